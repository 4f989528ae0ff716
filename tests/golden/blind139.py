"""Blind golden facts for corpus/blind139/770_da_nang.txt, 771_ha_noi.txt, 772_ho_chi_minh.txt, 773_hai_phong.txt and
774_can_tho.txt.

The five documents were written by the developers for a hundred-and-thirty-ninth blind measurement (THE LARGEST CITIES
AFTER THE 1 JULY 2025 REFORM: a ward's public-service centre reporting its quarter month by month in a Markdown table,
the Hà Nội city centre reporting its head office and its 126 branch points with long lists of branches between
semicolons, the Hồ Chí Minh City Văn phòng UBND ranking the 168 communes by the 766 score with changes in a
tab-separated table, a Hải Phòng ward's Công văn with figures per former ward inside the new ward, a Cần Thơ ward's
quarterly report setting its figures beside the city's in one sentence with a Markdown table by field; cities Đà
Nẵng, Hà Nội, Thành phố Hồ Chí Minh, Hải Phòng and Cần Thơ; periods quý IV năm 2025, tháng 10 năm 2025, tháng 11 năm
2025, 6 tháng đầu năm 2026 and quý I năm 2026; not real documents), and every row below was written by reading them,
before any extraction, restoration or pipeline code was run on them. They also serve as held-out text for diacritic
restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind136.py, blind135.py, blind134.py, blind133.py, blind16.py and blind13.py:
rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it).
Prose and list counts are kind `count`; table cells are kind `value` even when they count, with `extra={"source":
"table"}` (rank cells kind `rank` without max_value where the header writes none; signed change cells kind `change`,
"+1,44" read without its plus sign); `as_of="period"` is the period's end; a table column dated before the period end
keeps its kind with that date as `as_of`; a previous month, quarter or half-year in brackets is kind previous dated at
its end (a previous 766 total with the maximum 100 of the current one); a change is dated with the figure it changes
and a fall ("giảm", "rút ngắn") is negative; a change in "điểm phần trăm" is kind change in `%` with the number alone
as raw; a change of a 766 score or rank carries the score's or rank's code, of a duration the duration's code, of a
count or share none. `ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it
clearly names none: counts of counters, staff, branches, reception points, communes, bodies by grade). "phản ánh, kiến
nghị" counts the unit `PAKN`; a count of the files (or PAKN) an indicator is computed on carries that indicator's code;
every "đã giải quyết" count, pending files, files of one field or former area, files by a channel other than online,
files taken regardless of residence, money and the PAKN handled have their code unchecked; overdue files named by
field or by branch carry the overdue code. Counts of local units take the unit of their first unit word ("94 xã,
phường, đặc khu", "48/126 xã, phường" → `xã`; "05 phường" → `phường`); counts of "đơn vị" → `đơn vị` at the level of
the bodies counted. Certified copies count in `bản`; things counted take the noun as written (`quầy`, `công chức`,
`người`, `điểm tiếp nhận`, `chi nhánh`, `máy scan`, `thư xin lỗi`, `lượt`, `tài khoản`); money keeps the unit
written (`triệu đồng`, `tỷ đồng`); durations `ngày`. City-wide figures ("Thành phố Đà Nẵng …", "thành phố Hà Nội
đạt", "Thành phố Hồ Chí Minh đạt", "bình quân của thành phố (71,26%)", "của thành phố đạt 99,21%") have subject NULL.
Block averages and the communes' averages have subject unchecked, level xã. Task targets are kind target dated at
their task's deadline; a task's quantity ("28 hồ sơ", "02 máy scan", "126 chi nhánh", "03 máy scan") is a target
dated at the task's deadline (as golden/blind136.py's 755 and 759). Dates, document numbers and cited texts ("Số:
62/BC-TTPVHCC", "Quyết định số 1126/QĐ-UBND", "Quyết định số 3412/QĐ-UBND", "Quyết định số 766/QĐ-TTg", "Công văn số
2418/SNV-CCHC", "Kế hoạch số 18/KH-UBND"), stated windows and data dates ("từ ngày 01/10/2025 đến ngày 31/12/2025",
"chốt ngày 05/12/2025"), the months, quarters and half-years naming a result or a bracket ("tháng 12/2025", "Tháng
10/2025", "tháng 6/2026", "Tháng 3/2026", "quý I", "quý II", "Tháng 12 có số hồ sơ cao nhất"), "6 tháng đầu năm
2026", "Bộ chỉ số 766", "Tổng đài 1022", "mức độ 2", "từ đủ 14 tuổi", addresses ("số 118 đường Lê Lợi", "số 52 phố
Lê Đại Hành", "số 16 đường Hoàng Văn Thụ", "số 45 đường Hàm Nghi"), phone numbers ("0236.3821.456", "024.3974.1268",
"028.3829.6052", "0225.3842.617", "0292.3846.219"), section, item and table numbering ("I.", "1.", "a)", "Bảng 1."),
STT cells, headings naming the next period ("IV. NHIỆM VỤ QUÝ I NĂM 2026", "IV. NHIỆM VỤ THÁNG 11 NĂM 2025", "8.
Nhiệm vụ 6 tháng cuối năm 2026", "III. NHIỆM VỤ QUÝ II NĂM 2026": no deadlines), numbers in words ("Tám đơn vị",
"năm đơn vị", the days of "ngày hai mươi tháng 02", "ngày mười lăm tháng 12", "ngày ba mươi mốt tháng 12", "ngày
mười lăm tháng 8", "ngày mười lăm tháng 5") and years are not figures.

New in this set (the decisions are written here):
- A QUARTER MONTH BY MONTH IN A TABLE WHOSE ROWS ARE INDICATORS (770, Markdown "| STT | Chỉ tiêu | Tháng 10/2025 |
  Tháng 11/2025 | Tháng 12/2025 | Quý IV/2025 |"): every cell is the issuer's (the centre), the row names the code
  (received, online count and share, settled unchecked, on-time share, overdue files, payment share); the columns of
  October and November are dated at their months' ends (2025-10-31, 2025-11-30, kind value), December and the quarter
  at the period end. The quarter's figures repeated in prose are rows of their own.
- A COMMUNE CENTRE AS ISSUER (770, header "UBND PHƯỜNG HẢI CHÂU / TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", signed "GIÁM
  ĐỐC"): as golden/blind133.py's 741, its own figures are `Trung tâm Phục vụ hành chính công phường Hải Châu`, level
  xã; the ward named in a sentence ("phường Hải Châu đạt 89,46/100", "của phường Hải Châu (74,64%)", its six groups)
  is `phường Hải Châu` as written; its reception points as written ("Điểm tiếp nhận Thạch Thang", "điểm tiếp nhận
  Phước Ninh"), level xã, the received code.
- THE CITY CENTRE WITH BRANCH POINTS (771, header "UBND THÀNH PHỐ HÀ NỘI / TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"): the
  centre's own figures ("Trung tâm (gồm trụ sở chính và các chi nhánh) tiếp nhận", "Tỷ lệ số hóa hồ sơ của Trung
  tâm", sentences naming no body) are named by its kind in a centrally-run city, `Trung tâm Phục vụ hành chính công
  thành phố`, level tỉnh; its head office ("trụ sở chính") subject unchecked, level tỉnh; the branches together
  ("các chi nhánh") subject and level unchecked; a branch named in a list between semicolons keeps its name as
  written ("Chi nhánh phường Hoàn Kiếm", "Chi nhánh xã Minh Châu"), level unchecked (a point of a city body set at a
  commune: neither reading is wrong). Files by level of authority ("thẩm quyền cấp tỉnh 38.246 hồ sơ, … cấp xã
  148.166 hồ sơ") are `cấp tỉnh` / `cấp xã` with their levels, code unchecked. Visits and ratings in `lượt`
  ("giảm 3.146 lượt" a negative change); the satisfaction share of the counter devices code unchecked (a rating of
  visits, not the 766 satisfaction ratio).
- A RANKING OF THE COMMUNES BY THE 766 SCORE WITH CHANGES (772, tab-separated "STT / Đơn vị / Điểm tháng 11/2025 /
  Điểm tháng 10/2025 / Tăng (+)/giảm (-) điểm / Xếp hạng tháng 11/2025 / Xếp hạng tháng 10/2025"): each unit as
  written ("Phường Sài Gòn", "Xã Thạnh An", "Đặc khu Côn Đảo"), level xã; the scores in `điểm` without a maximum (the
  header writes none) with the total's code, tháng 10/2025 dated 2025-10-31 (kind value); the signed change kind change
  with the total's code; both rank columns kind rank without a maximum with the rank's code, tháng 10/2025 dated
  2025-10-31 (kind rank, not previous: a table column). In prose "tăng 4 bậc", "giảm 4 bậc" are a unit's rank changes
  (`hạng`), "(từ thứ 14 lên thứ 9)" a previous rank (2025-10-31) and the rank, "(168/168)" a rank with its maximum.
- FIGURES PER FORMER WARD INSIDE ONE NEW WARD (773 "số hồ sơ của người dân khu vực Hoàng Văn Thụ, Minh Khai, Phan
  Bội Châu, Quang Trung và Phạm Hồng Thái lần lượt là 3.846, 2.918, 2.412, 3.264 và 2.422 hồ sơ"): the n-th figure
  the n-th former ward's area, subject unchecked, level xã, code unchecked (parts of the ward's files, as golden/
  blind133.py's 743 reads the former wards); the files by place of reception (head office subject unchecked, the
  points as written "điểm tiếp nhận Minh Khai"), level xã, the received code.
- THE CITY'S FIGURE BESIDE THE WARD'S IN ONE SENTENCE (770, 773, 774 "Tỷ lệ giải quyết đúng hạn của phường đạt
  99,63%, của thành phố đạt 99,21%", "Tỷ lệ số hóa hồ sơ của phường và của thành phố lần lượt là 95,82% và 92,64%",
  "97,14% (thành phố: 93,08%)", "phường đạt 87,94/100 điểm, xếp thứ 5/103 xã, phường; thành phố Cần Thơ đạt
  85,62/100 điểm, xếp thứ 10/34"): each figure its own body's with the same code, the city's subject NULL; a gap
  "cao hơn … là 3,56 điểm phần trăm" the ward's change in `%` (code unchecked), as golden/blind136.py's 757 and 758.
- A FORMER DISTRICT'S CÙNG KỲ (774 "cùng kỳ của quận Cái Răng (cũ) (quý I năm 2025: 61,24%)"): kind previous dated
  2025-03-31 with the online code, subject and level unchecked (a former unit, as golden/blind135.py's 753).

Per document:
- 770 is a quarterly Báo cáo of the Trung tâm Phục vụ hành chính công phường Hải Châu (thành phố Đà Nẵng, merged with
  Quảng Nam; above), quý IV năm 2025, issued 05/01/2026, to the ward's chairman and the city centre. Counters, staff,
  seconded staff, "02 điểm tiếp nhận"; THE MONTH TABLE (above); "10.416 hồ sơ, tăng 846 hồ sơ so với quý III năm 2025
  (9.570 hồ sơ), tương ứng tăng 8,84%" (previous 2025-09-30), channels, "74,64% (quý III năm 2025: 69,18%), tăng 5,46
  điểm phần trăm", the ward against the city (above), files regardless of residence, the points; settled with early,
  on-time and overdue parts, overdue by field "(lĩnh vực đất đai 31 hồ sơ, xây dựng 12 hồ sơ)" (subject unchecked,
  level xã, overdue code), "43 thư xin lỗi", pending; payment "64,86%; so với chỉ tiêu UBND thành phố giao cho cấp xã
  năm 2025 là 70% thì chưa đạt chỉ tiêu" (the target every commune's: subject unchecked, level xã, 2025-12-31), fees,
  digitisation, e-results, reuse, "4.286 bản, chiếm 61,42%"; PAKN "09 … 09/09 … 100%", satisfaction; the ward's
  `89,46/100`, `3/94` "(tháng 9/2025: 86,12 điểm, xếp thứ 8/94), tăng 3,34 điểm và tăng 5 bậc" (previous 2025-09-30)
  and its six groups after "lần lượt là" with their maxima, the blocks' averages, grades "19 xã, phường … 58 xã,
  phường … 17 đơn vị", the city `87,26/100`, `5/34`. Six deadlines in numbered items: day (with 28 files), "chậm nhất
  ngày hai mươi tháng 02 năm 2026", quarter (with the target), month in a request "Đề nghị UBND phường …" (with the
  scanners), year in a request "Đề nghị Bưu điện thành phố Đà Nẵng …", "trước ngày 22 hằng tháng" (issued 05/01/2026:
  first 22/01/2026).
- 771 is a monthly Báo cáo of the Trung tâm Phục vụ hành chính công thành phố Hà Nội (above; number
  "412/BC-TTPVHCC", signed "GIÁM ĐỐC") to UBND Thành phố, tháng 10 năm 2025, issued 06/11/2025. "126 chi nhánh … 126
  xã, phường", staff "1.486 … 214 người … 1.272 người"; files "186.412 hồ sơ (tháng 9/2025: 172.846 hồ sơ), tăng
  13.566 hồ sơ, tương ứng tăng 7,85%" (previous 2025-09-30) with the head office's and the branches' parts, by level of
  authority, online "142.618 … 76,51% (tháng 9/2025: 73,24%)", visits "68.412 lượt, giảm 3.146 lượt"; THE LISTS OF
  BRANCHES (leading received, lowest online, overdue) between semicolons; settled "179.864 … 178.742 … 99,38% …
  1.122 … 0,62%", "1.122 thư xin lỗi", "3,2 ngày/hồ sơ"; digitisation, e-results, reuse; payment "72,18%; chỉ tiêu UBND
  Thành phố giao cho Trung tâm năm 2025 là 80%, đến nay chưa đạt chỉ tiêu" (the centre's target, 2025-12-31), "18,46
  tỷ đồng", "52.418 bản, chiếm 64,72%"; PAKN "318 … 296 … 93,08%; 22 PAKN"; ratings "41.286 lượt … 98,46% … 412
  lượt … 1,00%"; the city's `88,74/100`, `4/34` "(tháng 9/2025: 87,16 điểm, xếp thứ 6/34), tăng 1,58 điểm và tăng 2
  bậc", the communes' average and grades "48/126 … 66 … 12 xã, phường". Task 3's "tối thiểu 80% trong quý IV năm 2025"
  the branches' target (subject and level unchecked), task 4's "126 chi nhánh" a target dated 2025-12-31. Six
  deadlines: day for three named branches (all the assignee), "chậm nhất ngày mười lăm tháng 12 năm 2025", quarter,
  month, year in a request "Đề nghị Bưu điện thành phố Hà Nội …", "trước ngày 25 hằng tháng" (issued 06/11/2025: first
  25/11/2025).
- 772 is a THÔNG BÁO (doc_type "Thông báo") of the Văn phòng UBND Thành phố Hồ Chí Minh (header "ỦY BAN NHÂN DÂN /
  THÀNH PHỐ HỒ CHÍ MINH / VĂN PHÒNG", number "486/TB-VP", signed "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG") of the
  766 results of the 168 communes, tháng 11 năm 2025, issued 10/12/2025. The city's `86,92/100`, `7/34` "(tháng
  10/2025: 85,48 điểm, xếp thứ 9/34), tăng 1,44 điểm và tăng 2 bậc" (previous 2025-10-31) and its six groups in a dash
  list; the communes' average "81,46 điểm (tháng 10/2025: 80,12 điểm), tăng 1,34 điểm" (previous 2025-10-31, no
  maximum), the blocks "khối phường (113 đơn vị) … 83,28 điểm, khối xã và đặc khu (55 đơn vị) … 77,72 điểm", grades
  "52 đơn vị …, chiếm 30,95%; 94 … 22 đơn vị"; THE RANKING TABLE (above); the communes' online, payment and
  digitisation averages, their on-time share "98,86%, thấp hơn tỷ lệ chung của Thành phố (99,12%)" (the city's
  subject NULL), the lowest payment shares named bare after "gồm:" with "xã"/"đặc khu" ("xã Thạnh An (38,14%)": as
  written, level xã), overdue "1.846 hồ sơ …, trong đó lĩnh vực đất đai 1.214 hồ sơ, chiếm 65,76%" (subject
  unchecked, level xã). Task b)'s "tối thiểu 75% trong quý I năm 2026" the communes' target. Six deadlines in "a)"
  items under "Chủ tịch UBND Thành phố yêu cầu:": day for five named communes (all the assignee), quarter (with the
  target), "chậm nhất ngày ba mươi mốt tháng 12 năm 2025", month, year in a request "Đề nghị Bưu điện Thành phố Hồ Chí
  Minh …", "trước ngày 05 hằng tháng" (issued 10/12/2025, after the 5th: first 05/01/2026).
- 773 is a CÔNG VĂN (doc_type "Công văn") of UBND phường Hồng Bàng (thành phố Hải Phòng, merged with Hải Dương; header
  "UBND THÀNH PHỐ HẢI PHÒNG / ỦY BAN NHÂN DÂN / PHƯỜNG HỒNG BÀNG", number "186/UBND-VP", a "V/v" line naming the
  half-year, signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") to the Sở Nội vụ, 6 tháng đầu năm 2026, issued
  02/7/2026. The ward's own figures are `UBND phường Hồng Bàng`, level xã (as golden/blind133.py's 742). "05 phường"
  (`phường`, subject unchecked, level xã), "dân số 98.416 người" (subject unchecked, level xã), "62 tổ dân phố" (open),
  "02 điểm tiếp nhận" (the centre's, subject unchecked, level xã); files "14.862 hồ sơ (6 tháng cuối năm 2025: 12.418
  hồ sơ), tăng 2.444 hồ sơ, tương ứng tăng 19,68%" (previous 2025-12-31), per former ward (above), by place of
  reception, online "11.246 … 75,67%, trong đó quý I đạt 72,84%, quý II đạt 78,12%" (quý I at 2026-03-31), "1.418 hồ
  sơ …, chiếm 9,54%"; settled, "99,71%", "42 hồ sơ", "42 thư xin lỗi", "2,4 ngày/hồ sơ (6 tháng cuối năm 2025: 2,9
  ngày), rút ngắn 0,5 ngày"; the ward against the city (above), "5.128 bản, chiếm 68,42%", accounts "Trên địa bàn"
  (the identity-account code, subject unchecked, level xã); "16 … 16/16 … 100%"; `88,62/100`, `7/114` "(tháng 12/2025:
  84,18 điểm, xếp thứ 21/114), tăng 4,44 điểm và tăng 14 bậc" (previous 2025-12-31), the city `85,96/100`, `12/34`; A
  DASH LIST OF THE YEAR'S TARGETS GIVEN TO THE WARD ("- Tỷ lệ hồ sơ nộp trực tuyến: chỉ tiêu 80%, thực hiện 75,67%,
  chưa đạt;"): the ward's targets dated 2026-12-31 (the year named, as golden/blind133.py's 743), each result carrying
  its target and status. Six deadlines in a dash list: day, quarter (with the target), "chậm nhất ngày mười lăm tháng 8
  năm 2026", month, year in a request "Đề nghị Viễn thông Hải Phòng …", "trước ngày 20 hằng tháng" (issued 02/7/2026:
  first 20/7/2026).
- 774 is a quarterly Báo cáo of UBND phường Cái Răng (thành phố Cần Thơ, merged with Sóc Trăng and Hậu Giang; header
  "UBND THÀNH PHỐ CẦN THƠ / ỦY BAN NHÂN DÂN PHƯỜNG CÁI RĂNG", number "42/BC-UBND", signed "TM. ỦY BAN NHÂN DÂN / CHỦ
  TỊCH") to UBND thành phố, quý I năm 2026, issued 03/4/2026. The ward's figures `UBND phường Cái Răng`, level xã:
  "9.538 hồ sơ (quý IV năm 2025: 8.846 hồ sơ), tăng 7,82%" (previous 2025-12-31), online "7.599 … 79,67%" beside the
  city's "(74,86%)" and the former quận's cùng kỳ (above); THE MARKDOWN TABLE BY FIELD (fields subject unchecked, level
  xã; received and settled counts code unchecked, online share, on-time share and overdue files their codes; two "100"
  and two "0" cells; "Tổng cộng" with an empty STT the ward with the received code); the sentences of the ward beside
  the city (above); "35 … 35 thư xin lỗi … 160 hồ sơ"; the payment share "72,46%" carries the target of the next
  sentence "chỉ tiêu thành phố giao cho cấp xã năm 2026 … là 70%, phường đã đạt chỉ tiêu" (the target every commune's:
  subject unchecked, level xã, 2026-12-31) with status "đạt"; "2.184 bản", fees "142,6 … 104,8 triệu đồng, chiếm
  73,49%"; PAKN "08 … 08/08", satisfaction; `87,94/100`, `5/103` beside the city's `85,62/100`, `10/34`, "So với tháng
  12/2025 (85,06 điểm, xếp thứ 12/103), phường tăng 2,88 điểm và tăng 7 bậc" (previous 2025-12-31), the blocks'
  averages, grades "26 … 64 … 13 xã, phường". Six deadlines in numbered items: day, quarter (with the target), "chậm
  nhất ngày mười lăm tháng 5 năm 2026", month, year in a request "Đề nghị Trung tâm Phục vụ hành chính công thành phố
  …" (with the scanners), "trước ngày 08 hằng tháng" (issued 03/4/2026, before the 8th: first 08/4/2026).

Unsure readings (fields left `ANY`, or decided and written here): the level of a named branch of the Hà Nội centre
(unchecked: a city body's point set at a commune); whether the centre's whole system figures in 771 are the city's
(decided: the centre's, "Trung tâm (gồm trụ sở chính và các chi nhánh)" names it); the code of the counter devices'
satisfaction share in 771 (unchecked); the code of the rank and change columns of 772's table (decided: the total's
and the rank's, as golden/blind133.py's 743; golden/blind131.py's 732 had left them unchecked); the subject of the
former wards' areas in 773 (unchecked, level xã); task quantities repeating no earlier count ("28 hồ sơ", "126 chi
nhánh": targets at their deadlines, as golden/blind136.py).
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
_TG = "766.tien_do.thoi_gian"
_PAKN_TN = "pakn.tiep_nhan"
_CK, _TD, _DV, _TTT, _SO, _HLG = (
    "766.cong_khai", "766.tien_do", "766.dvctt", "766.thanh_toan", "766.so_hoa", "766.hai_long")
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


def _cells(line: str, sep: str, after: str, who: dict, cells: list[Cell]) -> list[Fact]:
    """The numeric cells of one table row written as `line`, left to right. A cell's context is the separator before
    it, the rest of its row and the start of the next line (`after`), so that it occurs once and the raw text is found
    first at the cell itself. A signed raw ("+1,44") is read without its plus sign."""
    facts, at = [], 0
    for raw, unit, kind, code, as_of, top in cells:
        at = _find_cell(line, sep, raw, at)
        facts.append(F(line[at:] + "\n" + after, raw, _num(raw.lstrip("+")), unit, kind, max_value=top, as_of=as_of,
                       code=code, extra=TAB, **who))
        at += len(sep)
    return facts


def _md_line(cells: tuple[str, ...]) -> str:
    """A Markdown table row as the documents write it (an empty cell as "| |")."""
    return ("| " + " | ".join(cells) + " |").replace("|  |", "| |")


def _table(rows: list[tuple], make_line, end: str, row_facts) -> list[Fact]:
    """Every row of a table: `rows` are (STT, label, *cells) written by `make_line`; a row's context ends with the
    next row's STT and label (the last row's with `end`); `row_facts(line, after, row)` gives the row's facts."""
    facts = []
    for i, row in enumerate(rows):
        line = make_line(row)
        if i + 1 < len(rows):
            after = make_line(rows[i + 1][:2])
            after = after.rsplit(" |", 1)[0] if after.endswith(" |") else after
        else:
            after = end
        facts += row_facts(line, after, row)
    return facts


def _by(subject: str | None, level: str | None):
    """A row maker for one body's own figures (subject and level fixed)."""
    def make(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
        return F(context, raw, value, unit, kind, subject=subject, level=level, **kw)
    return make


_prov = _by(None, None)


# ------------------------------------------------------------ 770: Trung tâm Phục vụ hành chính công phường Hải Châu
# (Đà Nẵng), quý IV năm 2025 (a Markdown table whose rows are indicators and whose columns are the months)
_tt770 = _by("Trung tâm Phục vụ hành chính công phường Hải Châu", "xã")
_hc = _by("phường Hải Châu", "xã")
_SEP_2025 = "2025-09-30"
_MONTHS_770 = ("2025-10-31", "2025-11-30", "period", "period")

# (STT, row label, Tháng 10, Tháng 11, Tháng 12, Quý IV) and the row's (unit, code)
_ROWS_770 = [
    ("1", "Hồ sơ tiếp nhận", "3.412", "3.286", "3.718", "10.416"),
    ("2", "Hồ sơ nộp trực tuyến", "2.486", "2.448", "2.841", "7.775"),
    ("3", "Tỷ lệ nộp trực tuyến (%)", "72,86", "74,50", "76,41", "74,64"),
    ("4", "Hồ sơ đã giải quyết", "3.356", "3.301", "3.652", "10.309"),
    ("5", "Tỷ lệ giải quyết đúng hạn (%)", "99,40", "99,58", "99,75", "99,58"),
    ("6", "Hồ sơ quá hạn", "20", "14", "9", "43"),
    ("7", "Tỷ lệ thanh toán trực tuyến (%)", "61,24", "64,12", "68,46", "64,86"),
]
_ROW_KIND_770 = {"1": ("hồ sơ", _TN), "2": ("hồ sơ", _NOP), "3": ("%", _NOP), "4": ("hồ sơ", ANY),
                 "5": ("%", _DH), "6": ("hồ sơ", _QH), "7": ("%", _TT)}


def _months_770() -> list[Fact]:
    """Bảng 1 (Markdown, rows are indicators, columns the months and the quarter): every cell the centre's (level xã);
    the row gives unit and code; October and November dated at their months' ends (kind value), December and the
    quarter at the period end."""
    def row_facts(line: str, after: str, row: tuple) -> list[Fact]:
        stt, _label, *values = row
        unit, code = _ROW_KIND_770[stt]
        cells = [(raw, unit, P, code, as_of, None) for raw, as_of in zip(values, _MONTHS_770, strict=True)]
        return _cells(line, " | ", after, {"subject": "Trung tâm Phục vụ hành chính công phường Hải Châu",
                                           "level": "xã"}, cells)
    return _table(_ROWS_770, _md_line, "\n2. Tiếp nhận hồ sơ", row_facts)


_GROUPS_770 = [
    ("minh bạch 17,24/18", "17,24/18", 18, _CK),
    ("giải quyết 19,86/20", "19,86/20", 20, _TD),
    ("Dịch vụ công trực tuyến 10,46/12", "10,46/12", 12, _DV),
    ("Thanh toán trực tuyến 6,48/10", "6,48/10", 10, _TTT),
    ("hồ sơ 18,30/22", "18,30/22", 22, _SO),
    ("hài lòng 17,12/18", "17,12/18", 18, _HLG),
]

BLIND_770 = [
    # I. the centre's counters, staff, seconded staff, reception points ("số 118 đường Lê Lợi" an address)
    _tt770("bố trí 14 quầy", "14", 14, "quầy", C, code=None),
    _tt770("với 18 công chức", "18", 18, "công chức", C, code=None),
    _tt770("trong đó 03 người", "03", 3, "người", C, code=None),
    _tt770("duy trì 02 điểm", "02", 2, "điểm tiếp nhận", C, code=None),
    # II.1 Bảng 1
    *_months_770(),
    # II.2 received against quý III năm 2025 (2025-09-30), channels, the online share, the ward against the city,
    # files regardless of residence, the two points
    _tt770("tổng cộng 10.416 hồ sơ", "10.416", 10416, "hồ sơ", C, code=_TN),
    _tt770("tăng 846 hồ sơ", "846", 846, "hồ sơ", CH, code=ANY),
    _tt770("(9.570 hồ sơ)", "9.570", 9570, "hồ sơ", PR, as_of=_SEP_2025, code=_TN),
    _tt770("tăng 8,84%", "8,84%", 8.84, "%", CH, code=ANY),
    _tt770("trực tuyến 7.775 hồ sơ", "7.775", 7775, "hồ sơ", C, code=_NOP),
    _tt770("trực tiếp 2.384 hồ sơ", "2.384", 2384, "hồ sơ", C, code=ANY),
    _tt770("công ích 257 hồ sơ", "257", 257, "hồ sơ", C, code=ANY),
    _tt770("quý đạt 74,64%", "74,64%", 74.64, "%", code=_NOP),
    _tt770("(quý III năm 2025: 69,18%)", "69,18%", 69.18, "%", PR, as_of=_SEP_2025, code=_NOP),
    _tt770("tăng 5,46 điểm", "5,46", 5.46, "%", CH, code=ANY),
    _hc("Hải Châu (74,64%)", "74,64%", 74.64, "%", code=_NOP),
    _prov("thành phố (71,08%)", "71,08%", 71.08, "%", code=_NOP),
    _hc("là 3,56 điểm", "3,56", 3.56, "%", CH, code=ANY),
    _tt770("tiếp nhận 1.126 hồ sơ", "1.126", 1126, "hồ sơ", C, code=ANY),
    _tt770("chiếm 10,81%", "10,81%", 10.81, "%", code=ANY),
    F("Thạch Thang tiếp nhận 642", "642", 642, "hồ sơ", C, subject="Điểm tiếp nhận Thạch Thang", level="xã",
      code=_TN),
    F("Phước Ninh tiếp nhận 518", "518", 518, "hồ sơ", C, subject="điểm tiếp nhận Phước Ninh", level="xã",
      code=_TN),
    # II.3 settled (early, on-time, overdue by field), letters, pending
    _tt770("giải quyết 10.309 hồ sơ", "10.309", 10309, "hồ sơ", C, code=ANY),
    _tt770("trước hạn 7.218 hồ sơ", "7.218", 7218, "hồ sơ", C, code=ANY),
    _tt770("đúng hạn 3.048 hồ sơ", "3.048", 3048, "hồ sơ", C, code=ANY),
    _tt770("quá hạn 43 hồ sơ", "43", 43, "hồ sơ", C, code=_QH),
    F("đất đai 31 hồ sơ", "31", 31, "hồ sơ", C, code=_QH, **_IN_XA),
    F("xây dựng 12 hồ sơ", "12", 12, "hồ sơ", C, code=_QH, **_IN_XA),
    _tt770("gửi 43 thư", "43", 43, "thư xin lỗi", C, code=ANY),
    _tt770("trong hạn 368 hồ sơ", "368", 368, "hồ sơ", C, code=ANY),
    # II.4 payment against the communes' target of 2025, fees, digitisation, e-results, reuse, certification
    _tt770("quý IV đạt 64,86%", "64,86%", 64.86, "%", code=_TT, target=70, stated_status="chưa đạt"),
    F("năm 2025 là 70%", "70%", 70, "%", T, as_of="2025-12-31", code=_TT, **_IN_XA),
    _tt770("là 186,4 triệu đồng", "186,4", 186.4, "triệu đồng", code=ANY),
    _tt770("hồ sơ đạt 96,82%", "96,82%", 96.82, "%", code=_SH),
    _tt770("điện tử đạt 98,14%", "98,14%", 98.14, "%", code=_KQ),
    _tt770("số hóa đạt 52,36%", "52,36%", 52.36, "%", code=_TSD),
    _tt770("chính 4.286 bản", "4.286", 4286, "bản", C, code=_CT),
    _tt770("chiếm 61,42%", "61,42%", 61.42, "%", code=_CT),
    # II.5 PAKN ("09/09 PAKN" one count), satisfaction
    _tt770("tiếp nhận 09 PAKN", "09", 9, "PAKN", C, code=_PAKN_TN),
    _tt770("xử lý 09/09 PAKN", "09/09", 9, "PAKN", C, max_value=9, code=ANY),
    _tt770("đạt 100%. Tỷ", "100%", 100, "%", code=ANY),
    _tt770("nghiệp đạt 99,12%", "99,12%", 99.12, "%", code=_HL),
    # III. the ward among the city's 94 communes against tháng 9/2025, its six groups, blocks, grades, the city
    F("của 94 xã", "94", 94, "xã", C, code=None, **_IN_XA),
    _hc("đạt 89,46/100", "89,46/100", 89.46, "điểm", max_value=100, code=_TONG),
    _hc("xếp thứ 3/94", "3/94", 3, "hạng", R, max_value=94, code=_HANG),
    _hc("(tháng 9/2025: 86,12", "86,12", 86.12, "điểm", PR, max_value=100, as_of=_SEP_2025, code=_TONG),
    _hc("xếp thứ 8/94)", "8/94", 8, "hạng", PR, max_value=94, as_of=_SEP_2025, code=_HANG),
    _hc("tăng 3,34 điểm", "3,34", 3.34, "điểm", CH, code=_TONG),
    _hc("tăng 5 bậc", "5", 5, "hạng", CH, code=_HANG),
    *[_hc(context, raw, _num(raw.split("/")[0]), "điểm", max_value=top, code=code)
      for context, raw, top, code in _GROUPS_770],
    F("phường đạt 85,14 điểm", "85,14", 85.14, "điểm", code=ANY, **_IN_XA),
    F("xã đạt 78,62 điểm", "78,62", 78.62, "điểm", code=ANY, **_IN_XA),
    F("có 19 xã", "19", 19, "xã", C, code=None, **_IN_XA),
    F("Tốt, 58 xã", "58", 58, "xã", C, code=None, **_IN_XA),
    F("và 17 đơn vị", "17", 17, "đơn vị", C, code=None, **_IN_XA),
    _prov("đạt 87,26/100", "87,26/100", 87.26, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 5/34", "5/34", 5, "hạng", R, max_value=34, code=_HANG),
    # IV. task quantities and the quarter's target (at their deadlines)
    F("dứt điểm 28 hồ sơ", "28", 28, "hồ sơ", T, as_of="2026-01-31", code=ANY, **_IN_XA),
    F("tối thiểu 70%", "70%", 70, "%", T, as_of="2026-03-31", code=_TT, **_IN_XA),
    F("mua sắm 02 máy scan", "02", 2, "máy scan", T, as_of="2026-03-31", code=ANY, **_OPEN),
]


# ------------------------------------------------------------ 771: Trung tâm Phục vụ hành chính công thành phố Hà Nội,
# tháng 10 năm 2025 (head office and 126 branches; lists of branches between semicolons)
_tt771 = _by("Trung tâm Phục vụ hành chính công thành phố", "tỉnh")
_SEP_END = "2025-09-30"


def _branch(context: str, raw: str, unit: str, name: str, code: object) -> Fact:
    """A branch named in a list: subject as written, level unchecked."""
    kind = C if unit == "hồ sơ" else P
    return F(context, raw, _num(raw), unit, kind, subject=name, level=ANY, code=code)


BLIND_771 = [
    # I. branches, communes, staff ("số 52 phố Lê Đại Hành" an address)
    _tt771("và 126 chi nhánh", "126", 126, "chi nhánh", C, code=None),
    F("tại 126 xã", "126", 126, "xã", C, code=None, **_IN_XA),
    _tt771("là 1.486 công chức", "1.486", 1486, "công chức", C, code=None),
    F("chính 214 người", "214", 214, "người", C, code=None, **_IN_TINH),
    F("chi nhánh 1.272 người", "1.272", 1272, "người", C, code=None, **_OPEN),
    # II.1 received against tháng 9/2025 (2025-09-30), head office and branches, by level of authority, online,
    # visits, the lists of branches
    _tt771("tiếp nhận 186.412 hồ sơ", "186.412", 186412, "hồ sơ", C, code=_TN),
    _tt771("(tháng 9/2025: 172.846", "172.846", 172846, "hồ sơ", PR, as_of=_SEP_END, code=_TN),
    _tt771("tăng 13.566 hồ sơ", "13.566", 13566, "hồ sơ", CH, code=ANY),
    _tt771("tăng 7,85%", "7,85%", 7.85, "%", CH, code=ANY),
    F("chính tiếp nhận 24.318", "24.318", 24318, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("nhánh tiếp nhận 162.094", "162.094", 162094, "hồ sơ", C, code=ANY, **_OPEN),
    F("cấp tỉnh 38.246", "38.246", 38246, "hồ sơ", C, subject="cấp tỉnh", level="tỉnh", code=ANY),
    F("cấp xã 148.166", "148.166", 148166, "hồ sơ", C, subject="cấp xã", level="xã", code=ANY),
    _tt771("là 142.618 hồ sơ", "142.618", 142618, "hồ sơ", C, code=_NOP),
    _tt771("chiếm 76,51%", "76,51%", 76.51, "%", code=_NOP),
    _tt771("(tháng 9/2025: 73,24%)", "73,24%", 73.24, "%", PR, as_of=_SEP_END, code=_NOP),
    _tt771("là 68.412 lượt", "68.412", 68412, "lượt", C, code=ANY),
    _tt771("giảm 3.146 lượt", "3.146", -3146, "lượt", CH, code=ANY),
    _branch("Hoàn Kiếm 4.126 hồ sơ", "4.126", "hồ sơ", "Chi nhánh phường Hoàn Kiếm", _TN),
    _branch("Cầu Giấy 3.918 hồ sơ", "3.918", "hồ sơ", "Chi nhánh phường Cầu Giấy", _TN),
    _branch("Hà Đông 3.846 hồ sơ", "3.846", "hồ sơ", "Chi nhánh phường Hà Đông", _TN),
    _branch("Long Biên 3.612 hồ sơ", "3.612", "hồ sơ", "Chi nhánh phường Long Biên", _TN),
    _branch("Gia Lâm 3.405 hồ sơ", "3.405", "hồ sơ", "Chi nhánh xã Gia Lâm", _TN),
    _branch("(38,12%)", "38,12%", "%", "Chi nhánh xã Minh Châu", _NOP),
    _branch("(41,26%)", "41,26%", "%", "Chi nhánh xã Ba Vì", _NOP),
    _branch("(44,08%)", "44,08%", "%", "Chi nhánh xã Bất Bạt", _NOP),
    _branch("(45,36%)", "45,36%", "%", "Chi nhánh xã Cổ Đô", _NOP),
    # II.2 settled, on time, overdue (by branch and at the head office), letters, duration
    _tt771("giải quyết 179.864 hồ sơ", "179.864", 179864, "hồ sơ", C, code=ANY),
    _tt771("trước hạn 178.742 hồ sơ", "178.742", 178742, "hồ sơ", C, code=_DH),
    _tt771("đạt 99,38%", "99,38%", 99.38, "%", code=_DH),
    _tt771("quá hạn 1.122 hồ sơ", "1.122", 1122, "hồ sơ", C, code=_QH),
    _tt771("chiếm 0,62%", "0,62%", 0.62, "%", code=_QH),
    _branch("(86 hồ sơ)", "86", "hồ sơ", "Chi nhánh xã Sóc Sơn", _QH),
    _branch("(64 hồ sơ)", "64", "hồ sơ", "Chi nhánh phường Tây Hồ", _QH),
    _branch("(58 hồ sơ)", "58", "hồ sơ", "Chi nhánh xã Đông Anh", _QH),
    F("(41 hồ sơ", "41", 41, "hồ sơ", C, code=_QH, **_IN_TINH),
    _tt771("gửi 1.122 thư", "1.122", 1122, "thư xin lỗi", C, code=ANY),
    _tt771("bình quân 3,2 ngày", "3,2", 3.2, "ngày", code=_TG),
    # II.3 digitisation, e-results, reuse, payment against the centre's target of 2025, fees, certification
    _tt771("Trung tâm đạt 94,28%", "94,28%", 94.28, "%", code=_SH),
    _tt771("điện tử 97,62%", "97,62%", 97.62, "%", code=_KQ),
    _tt771("dữ liệu 48,74%", "48,74%", 48.74, "%", code=_TSD),
    _tt771("Trung tâm đạt 72,18%", "72,18%", 72.18, "%", code=_TT, target=80, stated_status="chưa đạt"),
    _tt771("năm 2025 là 80%", "80%", 80, "%", T, as_of="2025-12-31", code=_TT),
    _tt771("đạt 18,46 tỷ đồng", "18,46", 18.46, "tỷ đồng", code=ANY),
    _tt771("chính 52.418 bản", "52.418", 52418, "bản", C, code=_CT),
    _tt771("chiếm 64,72%", "64,72%", 64.72, "%", code=_CT),
    # II.4 PAKN, ratings at the counters (`lượt`)
    _tt771("tiếp nhận 318 PAKN", "318", 318, "PAKN", C, code=_PAKN_TN),
    _tt771("xử lý 296 PAKN", "296", 296, "PAKN", C, code=ANY),
    _tt771("đạt 93,08%", "93,08%", 93.08, "%", code=ANY),
    _tt771("; 22 PAKN", "22", 22, "PAKN", C, code=ANY),
    _tt771("Qua 41.286 lượt", "41.286", 41286, "lượt", C, code=ANY),
    _tt771("đạt 98,46%", "98,46%", 98.46, "%", code=ANY),
    _tt771("có 412 lượt", "412", 412, "lượt", C, code=ANY),
    _tt771("chiếm 1,00%", "1,00%", 1.0, "%", code=ANY),
    # III. the city's 766 against tháng 9/2025 (subject NULL), the communes' average and grades
    _prov("đạt 88,74/100", "88,74/100", 88.74, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 4/34", "4/34", 4, "hạng", R, max_value=34, code=_HANG),
    _prov("(tháng 9/2025: 87,16", "87,16", 87.16, "điểm", PR, max_value=100, as_of=_SEP_END, code=_TONG),
    _prov("xếp thứ 6/34)", "6/34", 6, "hạng", PR, max_value=34, as_of=_SEP_END, code=_HANG),
    _prov("tăng 1,58 điểm", "1,58", 1.58, "điểm", CH, code=_TONG),
    _prov("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    F("bình quân đạt 82,36", "82,36", 82.36, "điểm", code=ANY, **_IN_XA),
    F("có 48/126 xã", "48/126", 48, "xã", C, max_value=126, code=None, **_IN_XA),
    F("Tốt, 66 xã", "66", 66, "xã", C, code=None, **_IN_XA),
    F("Khá, 12 xã", "12", 12, "xã", C, code=None, **_IN_XA),
    # IV. the branches' quarter target, the task's quantity (at their deadlines)
    F("tối thiểu 80%", "80%", 80, "%", T, as_of="2025-12-31", code=_TT, **_OPEN),
    F("tại 126 chi nhánh", "126", 126, "chi nhánh", T, as_of="2025-12-31", code=None, **_OPEN),
]


# ------------------------------------------------------------ 772: Văn phòng UBND Thành phố Hồ Chí Minh, Thông báo
# tháng 11 năm 2025 (the 168 communes ranked by the 766 score: a tab-separated table with changes)
_OCT_2025 = "2025-10-31"

_RANKING_772 = [
    ("1", "Phường Sài Gòn", "93,62", "92,18", "+1,44", "1", "2"),
    ("2", "Phường Bến Thành", "93,14", "92,86", "+0,28", "2", "1"),
    ("3", "Phường Thủ Dầu Một", "92,76", "90,64", "+2,12", "3", "7"),
    ("4", "Phường Tân Định", "92,48", "91,62", "+0,86", "4", "3"),
    ("5", "Phường Vũng Tàu", "92,12", "91,08", "+1,04", "5", "5"),
    ("6", "Phường Bàn Cờ", "91,86", "91,24", "+0,62", "6", "4"),
    ("7", "Phường Thủ Đức", "91,54", "89,76", "+1,78", "7", "11"),
    ("8", "Phường Xuân Hòa", "91,32", "90,96", "+0,36", "8", "6"),
    ("9", "Xã Thạnh An", "72,14", "70,86", "+1,28", "164", "165"),
    ("10", "Xã Long Sơn", "71,62", "72,48", "-0,86", "165", "161"),
    ("11", "Xã Bình Khánh", "70,86", "69,92", "+0,94", "166", "167"),
    ("12", "Xã An Thới Đông", "69,48", "70,12", "-0,64", "167", "166"),
    ("13", "Đặc khu Côn Đảo", "67,36", "68,84", "-1,48", "168", "168"),
]


def _ranking_772() -> list[Fact]:
    """Bảng 1 (tab-separated): each unit as written, level xã; the two scores in `điểm` (no maximum written, the
    total's code; tháng 10/2025 dated 2025-10-31, kind value), the signed change (kind change, the total's code), the
    two ranks (kind rank, no maximum, the rank's code; tháng 10/2025 dated 2025-10-31)."""
    def row_facts(line: str, after: str, row: tuple) -> list[Fact]:
        _stt, name, score, before, change, rank, rank_before = row
        cells = [(score, "điểm", P, _TONG, "period", None), (before, "điểm", P, _TONG, _OCT_2025, None),
                 (change, "điểm", CH, _TONG, "period", None), (rank, "hạng", R, _HANG, "period", None),
                 (rank_before, "hạng", R, _HANG, _OCT_2025, None)]
        return _cells(line, "\t", after, {"subject": name, "level": "xã"}, cells)
    return _table(_RANKING_772, "\t".join, "\nCác đơn vị tăng hạng", row_facts)


_GROUPS_772 = [
    ("minh bạch: 16,84/18", "16,84/18", 18, _CK),
    ("giải quyết: 19,42/20", "19,42/20", 20, _TD),
    ("công trực tuyến: 10,12/12", "10,12/12", 12, _DV),
    ("Thanh toán trực tuyến: 7,36/10", "7,36/10", 10, _TTT),
    ("hồ sơ: 16,46/22", "16,46/22", 22, _SO),
    ("hài lòng: 16,72/18", "16,72/18", 18, _HLG),
]

BLIND_772 = [
    # 1. the city against tháng 10/2025 (2025-10-31) and its six groups in a dash list
    _prov("đạt 86,92/100", "86,92/100", 86.92, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 7/34", "7/34", 7, "hạng", R, max_value=34, code=_HANG),
    _prov("(tháng 10/2025: 85,48", "85,48", 85.48, "điểm", PR, max_value=100, as_of=_OCT_2025, code=_TONG),
    _prov("xếp thứ 9/34)", "9/34", 9, "hạng", PR, max_value=34, as_of=_OCT_2025, code=_HANG),
    _prov("tăng 1,44 điểm", "1,44", 1.44, "điểm", CH, code=_TONG),
    _prov("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    *[_prov(context, raw, _num(raw.split("/")[0]), "điểm", max_value=top, code=code)
      for context, raw, top, code in _GROUPS_772],
    # 2. the communes' average against tháng 10/2025, the blocks, grades
    F("của 168 xã", "168", 168, "xã", C, code=None, **_IN_XA),
    F("đạt 81,46 điểm", "81,46", 81.46, "điểm", code=ANY, **_IN_XA),
    F("(tháng 10/2025: 80,12", "80,12", 80.12, "điểm", PR, as_of=_OCT_2025, code=ANY, **_IN_XA),
    F("tăng 1,34 điểm", "1,34", 1.34, "điểm", CH, code=ANY, **_IN_XA),
    F("(113 đơn vị)", "113", 113, "đơn vị", C, code=None, **_IN_XA),
    F("bình quân 83,28", "83,28", 83.28, "điểm", code=ANY, **_IN_XA),
    F("(55 đơn vị)", "55", 55, "đơn vị", C, code=None, **_IN_XA),
    F("bình quân 77,72", "77,72", 77.72, "điểm", code=ANY, **_IN_XA),
    F("Có 52 đơn vị", "52", 52, "đơn vị", C, code=None, **_IN_XA),
    F("chiếm 30,95%", "30,95%", 30.95, "%", code=ANY, **_IN_XA),
    F("; 94 đơn vị", "94", 94, "đơn vị", C, code=None, **_IN_XA),
    F("; 22 đơn vị", "22", 22, "đơn vị", C, code=None, **_IN_XA),
    # Bảng 1
    *_ranking_772(),
    # rank changes of named units, Bà Rịa's previous and current rank, the last unit "(168/168)"
    F("Một tăng 4 bậc", "4", 4, "hạng", CH, subject="Phường Thủ Dầu Một", level="xã", code=_HANG),
    F("Đức tăng 4 bậc", "4", 4, "hạng", CH, subject="Phường Thủ Đức", level="xã", code=_HANG),
    F("Rịa tăng 5 bậc", "5", 5, "hạng", CH, subject="Phường Bà Rịa", level="xã", code=_HANG),
    F("(từ thứ 14", "14", 14, "hạng", PR, as_of=_OCT_2025, subject="Phường Bà Rịa", level="xã", code=_HANG),
    F("lên thứ 9)", "9", 9, "hạng", R, subject="Phường Bà Rịa", level="xã", code=_HANG),
    F("Sơn giảm 4 bậc", "4", -4, "hạng", CH, subject="Xã Long Sơn", level="xã", code=_HANG),
    F("(168/168)", "168/168", 168, "hạng", R, max_value=168, subject="Đặc khu Côn Đảo", level="xã", code=_HANG),
    # 3. the communes' component shares, their on-time share beside the city's, the lowest payment shares, overdue
    F("đặc khu đạt 78,14%", "78,14%", 78.14, "%", code=_NOP, **_IN_XA),
    F("trực tuyến 68,92%", "68,92%", 68.92, "%", code=_TT, **_IN_XA),
    F("số hóa hồ sơ 91,46%", "91,46%", 91.46, "%", code=_SH, **_IN_XA),
    F("đạt 98,86%", "98,86%", 98.86, "%", code=_DH, **_IN_XA),
    _prov("(99,12%)", "99,12%", 99.12, "%", code=_DH),
    F("(38,14%)", "38,14%", 38.14, "%", subject="xã Thạnh An", level="xã", code=_TT),
    F("(36,52%)", "36,52%", 36.52, "%", subject="đặc khu Côn Đảo", level="xã", code=_TT),
    F("(41,26%)", "41,26%", 41.26, "%", subject="xã Long Sơn", level="xã", code=_TT),
    F("(42,08%)", "42,08%", 42.08, "%", subject="xã Bình Khánh", level="xã", code=_TT),
    F("(46,74%)", "46,74%", 46.74, "%", subject="xã Cần Giờ", level="xã", code=_TT),
    F("Có 1.846 hồ sơ", "1.846", 1846, "hồ sơ", C, code=_QH, **_IN_XA),
    F("đai 1.214 hồ sơ", "1.214", 1214, "hồ sơ", C, code=_QH, **_IN_XA),
    F("chiếm 65,76%", "65,76%", 65.76, "%", code=ANY, **_IN_XA),
    # 4. b) the communes' target for quý I năm 2026
    F("tối thiểu 75%", "75%", 75, "%", T, as_of="2026-03-31", code=_TT, **_IN_XA),
]


# ------------------------------------------------------------ 773: UBND phường Hồng Bàng (Hải Phòng), Công văn 6
# tháng đầu năm 2026 (figures per former ward inside the new ward, the ward beside the city, a dash list of targets)
_hb = _by("UBND phường Hồng Bàng", "xã")
_DEC_2025 = "2025-12-31"
_Y2026 = "2026-12-31"

BLIND_773 = [
    # 1. the former wards, population, residential groups, reception points ("số 16 đường Hoàng Văn Thụ" an address)
    F("sắp xếp 05 phường", "05", 5, "phường", C, code=None, **_IN_XA),
    F("dân số 98.416 người", "98.416", 98416, "người", C, code=None, **_IN_XA),
    F("62 tổ dân phố", "62", 62, "tổ dân phố", C, code=None, **_OPEN),
    F("và 02 điểm", "02", 2, "điểm tiếp nhận", C, code=None, **_IN_XA),
    # 2. received against 6 tháng cuối năm 2025 (2025-12-31), per former ward, per place, online by quarter
    _hb("tiếp nhận 14.862 hồ sơ", "14.862", 14862, "hồ sơ", C, code=_TN),
    _hb("(6 tháng cuối năm 2025: 12.418", "12.418", 12418, "hồ sơ", PR, as_of=_DEC_2025, code=_TN),
    _hb("tăng 2.444 hồ sơ", "2.444", 2444, "hồ sơ", CH, code=ANY),
    _hb("tăng 19,68%", "19,68%", 19.68, "%", CH, code=ANY),
    F("là 3.846", "3.846", 3846, "hồ sơ", C, code=ANY, **_IN_XA),
    F("3.846, 2.918", "2.918", 2918, "hồ sơ", C, code=ANY, **_IN_XA),
    F("2.918, 2.412", "2.412", 2412, "hồ sơ", C, code=ANY, **_IN_XA),
    F("2.412, 3.264", "3.264", 3264, "hồ sơ", C, code=ANY, **_IN_XA),
    F("và 2.422 hồ sơ", "2.422", 2422, "hồ sơ", C, code=ANY, **_IN_XA),
    F("chính 10.126 hồ sơ", "10.126", 10126, "hồ sơ", C, code=_TN, **_IN_XA),
    F("Minh Khai 2.486 hồ sơ", "2.486", 2486, "hồ sơ", C, subject="điểm tiếp nhận Minh Khai", level="xã",
      code=_TN),
    F("Quang Trung 2.250 hồ sơ", "2.250", 2250, "hồ sơ", C, subject="điểm tiếp nhận Quang Trung", level="xã",
      code=_TN),
    _hb("tuyến 11.246 hồ sơ", "11.246", 11246, "hồ sơ", C, code=_NOP),
    _hb("chiếm 75,67%", "75,67%", 75.67, "%", code=_NOP),
    _hb("quý I đạt 72,84%", "72,84%", 72.84, "%", as_of="2026-03-31", code=_NOP),
    _hb("quý II đạt 78,12%", "78,12%", 78.12, "%", code=_NOP),
    _hb("tiếp nhận 1.418 hồ sơ", "1.418", 1418, "hồ sơ", C, code=ANY),
    _hb("chiếm 9,54%", "9,54%", 9.54, "%", code=ANY),
    # 3. settled, on time, overdue, letters, duration against 6 tháng cuối năm 2025
    _hb("giải quyết 14.318 hồ sơ", "14.318", 14318, "hồ sơ", C, code=ANY),
    _hb("đúng hạn 14.276 hồ sơ", "14.276", 14276, "hồ sơ", C, code=_DH),
    _hb("đạt 99,71%", "99,71%", 99.71, "%", code=_DH),
    _hb("quá hạn 42 hồ sơ", "42", 42, "hồ sơ", C, code=_QH),
    _hb("gửi 42 thư", "42", 42, "thư xin lỗi", C, code=ANY),
    _hb("bình quân 2,4 ngày", "2,4", 2.4, "ngày", code=_TG),
    _hb("(6 tháng cuối năm 2025: 2,9 ngày)", "2,9", 2.9, "ngày", PR, as_of=_DEC_2025, code=_TG),
    _hb("rút ngắn 0,5 ngày", "0,5", -0.5, "ngày", CH, code=_TG),
    # 4. the ward beside the city (subject NULL), certification, accounts "Trên địa bàn"
    _hb("phường đạt 76,48%", "76,48%", 76.48, "%", code=_TT),
    _prov("thành phố (71,26%)", "71,26%", 71.26, "%", code=_TT),
    _hb("là 5,22 điểm", "5,22", 5.22, "%", CH, code=ANY),
    _hb("hồ sơ đạt 97,14%", "97,14%", 97.14, "%", code=_SH),
    _prov("(thành phố: 93,08%)", "93,08%", 93.08, "%", code=_SH),
    _hb("điện tử 5.128 bản", "5.128", 5128, "bản", C, code=_CT),
    _hb("chiếm 68,42%", "68,42%", 68.42, "%", code=_CT),
    F("có 71.246 tài khoản", "71.246", 71246, "tài khoản", C, code=_TK, **_IN_XA),
    F("đạt 87,36%", "87,36%", 87.36, "%", code=_TK, **_IN_XA),
    # 5. PAKN ("16/16 PAKN" one count)
    _hb("tiếp nhận 16 PAKN", "16", 16, "PAKN", C, code=_PAKN_TN),
    _hb("xử lý 16/16 PAKN", "16/16", 16, "PAKN", C, max_value=16, code=ANY),
    _hb("đạt 100%.", "100%", 100, "%", code=ANY),
    # 6. the ward among the city's 114 communes against tháng 12/2025, the city (subject NULL)
    _hb("đạt 88,62/100", "88,62/100", 88.62, "điểm", max_value=100, code=_TONG),
    _hb("xếp thứ 7/114", "7/114", 7, "hạng", R, max_value=114, code=_HANG),
    _hb("(tháng 12/2025: 84,18", "84,18", 84.18, "điểm", PR, max_value=100, as_of=_DEC_2025, code=_TONG),
    _hb("xếp thứ 21/114)", "21/114", 21, "hạng", PR, max_value=114, as_of=_DEC_2025, code=_HANG),
    _hb("tăng 4,44 điểm", "4,44", 4.44, "điểm", CH, code=_TONG),
    _hb("tăng 14 bậc", "14", 14, "hạng", CH, code=_HANG),
    _prov("đạt 85,96/100", "85,96/100", 85.96, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 12/34", "12/34", 12, "hạng", R, max_value=34, code=_HANG),
    # 7. the year's targets given to the ward (2026-12-31) and the results against them
    _hb("chỉ tiêu 80%", "80%", 80, "%", T, as_of=_Y2026, code=_NOP),
    _hb("thực hiện 75,67%", "75,67%", 75.67, "%", code=_NOP, target=80, stated_status="chưa đạt"),
    _hb("chỉ tiêu 75%", "75%", 75, "%", T, as_of=_Y2026, code=_TT),
    _hb("thực hiện 76,48%", "76,48%", 76.48, "%", code=_TT, target=75, stated_status="đạt"),
    _hb("chỉ tiêu 95%", "95%", 95, "%", T, as_of=_Y2026, code=_SH),
    _hb("thực hiện 97,14%", "97,14%", 97.14, "%", code=_SH, target=95, stated_status="đạt"),
    # 8. the centre's target for quý III năm 2026
    F("tối thiểu 80%", "80%", 80, "%", T, as_of="2026-09-30", code=_NOP, **_IN_XA),
]


# ------------------------------------------------------------ 774: UBND phường Cái Răng (Cần Thơ), quý I năm 2026
# (a Markdown table by field; the ward's figures beside the city's in one sentence)
_cr = _by("UBND phường Cái Răng", "xã")

_FIELDS_774 = [
    ("1", "Hộ tịch", "2.846", "92,48", "2.812", "100", "0"),
    ("2", "Chứng thực", "3.412", "81,36", "3.406", "99,94", "2"),
    ("3", "Đất đai", "1.218", "58,62", "1.146", "97,82", "25"),
    ("4", "Xây dựng", "386", "84,20", "372", "98,92", "4"),
    ("5", "An sinh xã hội", "1.064", "70,11", "1.038", "99,61", "4"),
    ("6", "Lĩnh vực khác", "612", "66,34", "604", "100", "0"),
    ("", "Tổng cộng", "9.538", "79,67", "9.378", "99,63", "35"),
]


def _fields_774() -> list[Fact]:
    """Bảng 1 (Markdown, by field): fields subject unchecked, level xã (received and settled code unchecked: one
    field's files); online share, on-time share and overdue files carry their codes; "Tổng cộng" (empty STT) is the
    ward, its received count with the received code."""
    def row_facts(line: str, after: str, row: tuple) -> list[Fact]:
        stt, _name, received, online, settled, on_time, overdue = row
        total = stt == ""
        who = {"subject": "UBND phường Cái Răng", "level": "xã"} if total else _IN_XA
        cells = [(received, "hồ sơ", P, _TN if total else ANY, "period", None), (online, "%", P, _NOP, "period", None),
                 (settled, "hồ sơ", P, ANY, "period", None), (on_time, "%", P, _DH, "period", None),
                 (overdue, "hồ sơ", P, _QH, "period", None)]
        return _cells(line, " | ", after, who, cells)
    return _table(_FIELDS_774, _md_line, "\n3. Tỷ lệ giải quyết", row_facts)


BLIND_774 = [
    # I.1 received against quý IV năm 2025 (2025-12-31), online beside the city's and the former quận's cùng kỳ
    _cr("tiếp nhận 9.538 hồ sơ", "9.538", 9538, "hồ sơ", C, code=_TN),
    _cr("(quý IV năm 2025: 8.846", "8.846", 8846, "hồ sơ", PR, as_of="2025-12-31", code=_TN),
    _cr("tăng 7,82%", "7,82%", 7.82, "%", CH, code=ANY),
    _cr("trực tuyến 7.599 hồ sơ", "7.599", 7599, "hồ sơ", C, code=_NOP),
    _cr("chiếm 79,67%", "79,67%", 79.67, "%", code=_NOP),
    _prov("(74,86%)", "74,86%", 74.86, "%", code=_NOP),
    F("(quý I năm 2025: 61,24%)", "61,24%", 61.24, "%", PR, as_of="2025-03-31", code=_NOP, **_OPEN),
    # I.2 Bảng 1
    *_fields_774(),
    # I.3 the ward beside the city (subject NULL), letters, pending; I.4 the communes' payment target of 2026
    _cr("phường đạt 99,63%", "99,63%", 99.63, "%", code=_DH),
    _prov("thành phố đạt 99,21%", "99,21%", 99.21, "%", code=_DH),
    _cr("phường đạt 72,46%", "72,46%", 72.46, "%", code=_TT, target=70, stated_status="đạt"),
    _prov("thành phố đạt 68,18%", "68,18%", 68.18, "%", code=_TT),
    _cr("Đối với 35 hồ sơ", "35", 35, "hồ sơ", C, code=_QH),
    _cr("gửi 35 thư", "35", 35, "thư xin lỗi", C, code=ANY),
    _cr("trong hạn 160 hồ sơ", "160", 160, "hồ sơ", C, code=ANY),
    F("là 70%", "70%", 70, "%", T, as_of="2026-12-31", code=_TT, **_IN_XA),
    # I.5 digitisation of the ward and the city after "lần lượt là", certification, fees; I.6 PAKN, satisfaction
    _cr("lần lượt là 95,82%", "95,82%", 95.82, "%", code=_SH),
    _prov("và 92,64%", "92,64%", 92.64, "%", code=_SH),
    _cr("điện tử 2.184 bản", "2.184", 2184, "bản", C, code=_CT),
    _cr("thu được 142,6 triệu", "142,6", 142.6, "triệu đồng", code=ANY),
    _cr("tuyến 104,8 triệu", "104,8", 104.8, "triệu đồng", code=ANY),
    _cr("chiếm 73,49%", "73,49%", 73.49, "%", code=ANY),
    _cr("tiếp nhận 08 PAKN", "08", 8, "PAKN", C, code=_PAKN_TN),
    _cr("xử lý 08/08 PAKN", "08/08", 8, "PAKN", C, max_value=8, code=ANY),
    _cr("đạt 98,94%", "98,94%", 98.94, "%", code=_HL),
    # II. the ward and the city in one sentence, the ward against tháng 12/2025, blocks, grades
    _cr("phường đạt 87,94/100", "87,94/100", 87.94, "điểm", max_value=100, code=_TONG),
    _cr("xếp thứ 5/103", "5/103", 5, "hạng", R, max_value=103, code=_HANG),
    _prov("Thơ đạt 85,62/100", "85,62/100", 85.62, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 10/34", "10/34", 10, "hạng", R, max_value=34, code=_HANG),
    _cr("(85,06 điểm", "85,06", 85.06, "điểm", PR, max_value=100, as_of="2025-12-31", code=_TONG),
    _cr("xếp thứ 12/103)", "12/103", 12, "hạng", PR, max_value=103, as_of="2025-12-31", code=_HANG),
    _cr("tăng 2,88 điểm", "2,88", 2.88, "điểm", CH, code=_TONG),
    _cr("tăng 7 bậc", "7", 7, "hạng", CH, code=_HANG),
    F("phường là 84,36", "84,36", 84.36, "điểm", code=ANY, **_IN_XA),
    F("xã là 79,12", "79,12", 79.12, "điểm", code=ANY, **_IN_XA),
    F("Có 26 xã", "26", 26, "xã", C, code=None, **_IN_XA),
    F("; 64 xã", "64", 64, "xã", C, code=None, **_IN_XA),
    F("; 13 xã", "13", 13, "xã", C, code=None, **_IN_XA),
    # III. the centre's quarter target, the scanners asked of the city's centre (at their deadlines)
    F("tối thiểu 75%", "75%", 75, "%", T, as_of="2026-06-30", code=_TT, **_IN_XA),
    F("bổ sung 03 máy scan", "03", 3, "máy scan", T, as_of="2026-12-31", code=ANY, **_OPEN),
]

BLIND = {"770": BLIND_770, "771": BLIND_771, "772": BLIND_772, "773": BLIND_773, "774": BLIND_774}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "770": [
        ("2026-01-31", "day", "31/01/2026", "28 hồ sơ đất đai", "Tổ Đất đai - Xây dựng"),
        ("2026-02-20", "day", "ngày hai mươi tháng 02 năm 2026", "số hóa hồ sơ còn tồn", "Tổ Hành chính - Tổng hợp"),
        ("2026-03-31", "quarter", "quý I năm 2026", "thanh toán trực tuyến", "Các quầy tiếp nhận"),
        ("2026-03-31", "month", "tháng 3/2026", "02 máy scan", "UBND phường"),
        ("2026-12-31", "year", "năm 2026", "trả kết quả tại nhà", "Bưu điện thành phố Đà Nẵng"),
        # issued 05/01/2026, before the 22nd: the first "ngày 22 hằng tháng" is 22/01/2026
        ("2026-01-22", "recurring", "22 hằng tháng", "gửi số liệu", "Các tổ chuyên môn"),
    ],
    "771": [
        ("2025-11-20", "day", "20/11/2025", "hồ sơ quá hạn",
         "Chi nhánh xã Sóc Sơn, Chi nhánh phường Tây Hồ và Chi nhánh xã Đông Anh"),
        ("2025-12-15", "day", "ngày mười lăm tháng 12 năm 2025", "kế hoạch khắc phục", "Phòng Nghiệp vụ"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "thanh toán trực tuyến", "Các chi nhánh"),
        ("2025-12-31", "month", "tháng 12/2025", "hệ thống xếp hàng tự động", "Phòng Công nghệ thông tin"),
        ("2026-12-31", "year", "năm 2026", "bưu chính công ích", "Bưu điện thành phố Hà Nội"),
        # issued 06/11/2025, before the 25th: the first "ngày 25 hằng tháng" is 25/11/2025
        ("2025-11-25", "recurring", "25 hằng tháng", "báo cáo số liệu", "Các chi nhánh"),
    ],
    "772": [
        ("2025-12-20", "day", "20/12/2025", "nguyên nhân, giải pháp",
         "UBND xã Thạnh An, UBND xã Long Sơn, UBND xã Bình Khánh, UBND xã An Thới Đông và UBND đặc khu Côn Đảo"),
        ("2026-03-31", "quarter", "quý I năm 2026", "thanh toán trực tuyến", "UBND các xã, phường, đặc khu"),
        ("2025-12-31", "day", "ngày ba mươi mốt tháng 12 năm 2025", "đồng bộ dữ liệu", "Sở Khoa học và Công nghệ"),
        ("2026-01-31", "month", "tháng 01/2026", "tập huấn", "Trung tâm Phục vụ hành chính công Thành phố"),
        ("2026-12-31", "year", "năm 2026", "tiếp nhận hồ sơ tại nhà", "Bưu điện Thành phố Hồ Chí Minh"),
        # issued 10/12/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/01/2026
        ("2026-01-05", "recurring", "05 hằng tháng", "cập nhật số liệu", "UBND các xã, phường, đặc khu"),
    ],
    "773": [
        ("2026-07-31", "day", "31/7/2026", "hồ sơ đất đai quá hạn", "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("2026-09-30", "quarter", "quý III năm 2026", "nộp trực tuyến", "Trung tâm Phục vụ hành chính công phường"),
        ("2026-08-15", "day", "ngày mười lăm tháng 8 năm 2026", "quy trình nội bộ", "Văn phòng HĐND và UBND phường"),
        ("2026-09-30", "month", "tháng 9/2026", "tài khoản định danh điện tử", "Công an phường"),
        ("2026-12-31", "year", "năm 2026", "nâng cấp đường truyền", "Viễn thông Hải Phòng"),
        # issued 02/7/2026, before the 20th: the first "ngày 20 hằng tháng" is 20/7/2026
        ("2026-07-20", "recurring", "20 hằng tháng", "báo cáo kết quả giải quyết TTHC", "Các phòng chuyên môn"),
    ],
    "774": [
        ("2026-04-30", "day", "30/4/2026", "hồ sơ đất đai quá hạn", "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("2026-06-30", "quarter", "quý II năm 2026", "thanh toán trực tuyến",
         "Trung tâm Phục vụ hành chính công phường"),
        ("2026-05-15", "day", "ngày mười lăm tháng 5 năm 2026", "danh mục TTHC", "Văn phòng HĐND và UBND phường"),
        ("2026-06-30", "month", "tháng 6/2026", "an sinh xã hội", "Phòng Văn hóa - Xã hội"),
        ("2026-12-31", "year", "năm 2026", "03 máy scan", "Trung tâm Phục vụ hành chính công thành phố"),
        # issued 03/4/2026, before the 8th: the first "ngày 08 hằng tháng" is 08/4/2026
        ("2026-04-08", "recurring", "08 hằng tháng", "gửi số liệu", "Các phòng chuyên môn"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META): 770 and 771 centres'
# reports signed by their directors, 772 a Văn phòng UBND's Thông báo, 773 a ward's Công văn (its "V/v" line names the
# half-year), 774 a ward's report signed by its chairman.
META = {
    "770": {"doc_number": "62/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2026-01-05",
            "province": "Đà Nẵng", "period_label": "quý IV năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-12-31", "signer": "Lê Thị Hoài Thu"},
    "771": {"doc_number": "412/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2025-11-06",
            "province": "Hà Nội", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Trần Thị Thu Hương"},
    "772": {"doc_number": "486/TB-VP", "doc_type": "Thông báo", "issued_date": "2025-12-10",
            "province": "Hồ Chí Minh", "period_label": "tháng 11 năm 2025", "period_start": "2025-11-01",
            "period_end": "2025-11-30", "signer": "Nguyễn Văn Dũng"},
    "773": {"doc_number": "186/UBND-VP", "doc_type": "Công văn", "issued_date": "2026-07-02",
            "province": "Hải Phòng", "period_label": "6 tháng đầu năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-06-30", "signer": "Đỗ Thị Thanh Mai"},
    "774": {"doc_number": "42/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-04-03",
            "province": "Cần Thơ", "period_label": "quý I năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-03-31", "signer": "Trần Văn Lâm"},
}
