"""Blind golden facts for corpus/blind110/625_quang_nam.txt, 626_kien_giang.txt, 627_lam_dong.txt, 628_thanh_hoa.txt and
629_lao_cai.txt.

The five documents were written by the developers for a hundred-and-tenth blind measurement (inspection and
self-assessment genres, provinces little used in recent sets: an Đoàn kiểm tra's report on what four inspected units
did, their shortcomings and their figures, a Văn phòng UBND tỉnh's Thông báo kết luận of an inspection with tasks and
deadlines, a Sở's self-assessment of its Chỉ số cải cách hành chính (PAR Index) with a self-score table, a Sở Nội vụ's
SIPAS survey report with shares per criterion, level and unit, a ward's report explaining its late files and its letters
of apology; periods 9 tháng đầu năm 2024, quý I năm 2025, năm 2025, năm 2024 and quý I năm 2026; not real documents),
and every row below was written by reading them, before any extraction, restoration or pipeline code was run on them.
They also serve as held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind108.py, blind107.py, blind106.py, blind105.py, blind16.py and blind13.py:
rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it). Prose
and list counts are kind `count`; table cells are kind `value` even when they count, with `extra={"source": "table"}`;
`as_of="period"` is the period's end; a change is dated with the figure it changes and a fall ("giảm", "thấp hơn") is
negative; a change in "điểm phần trăm" is kind change in `%` with the number alone as raw. `ANY` leaves a field
unchecked where the sentence names no catalogued indicator (`None` where it clearly names none: counts of units, tasks,
documents, machines, offices, staff, criteria). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" and a ward's
"phản ánh" the unit `PAKN`; a count of the files (or PAKN) an indicator is computed on carries that indicator's code;
every "đã giải quyết" count, files by field or by cause, pending files, repeated counts and changes of counts have their
code unchecked. Counts of local units take the unit of their first unit word ("06 xã, phường", "15/15 xã, thị trấn",
"07/09 xã, phường", "78 xã, phường, thị trấn" → `xã`; "26 huyện, thị xã, thành phố" → `huyện`), counts of "cơ quan",
"đơn vị", "sở, ban, ngành" → `đơn vị`, at the level of the bodies counted (unchecked where they are of several levels,
as 625's "04/04 cơ quan, đơn vị": a Sở, two district-level units and a commune). A body's own figures naming no body are
named by the item that heads them ("1. Sở Công Thương … Sở tiếp nhận" → `Sở Công Thương`, "3. UBND huyện Tiên Phước …
Huyện tiếp nhận" → `UBND huyện Tiên Phước`), as golden/blind106.py's 605 reads the bodies' items; a Sở's own report
names it by its kind (`Sở Xây dựng`, `Sở Nội vụ`); a ward's own figures are the ward (`UBND phường Cam Đường`, level
xã). Things counted take the noun as written (`thư xin lỗi`, as WRITING.md settles it since sets 125–128; `nhiệm vụ`,
`văn bản`, `cuộc`, `bản`, `máy quét`, `công chức`, `phòng`, `đầu mối`, `lĩnh vực`, `tiêu chí`, `chỉ số`, `phiếu`, `ý
kiến`, `lượt`); money keeps the unit written (`tỷ đồng`); durations `ngày`. A self-score carries its row's maximum; a
"Điểm tối đa" cell is itself a figure (kind value, `điểm`, no max) about the index, its subject and level unchecked (as
golden/blind60.py's 379). Numbers
written in words are no figures ("ba tỉnh", "ba Sở cũ", "hai hệ thống", "một công chức", "hai khu vực", "một năm", "lần
thứ hai", "đợt I", the days of "ngày ba mươi tháng 11", "ngày mười lăm tháng 6", "ngày hai mươi tám tháng 02", "ngày hai
mươi tháng 3", "ngày mười lăm tháng 4"). Dates, document numbers and cited texts ("Kế hoạch số 1843/KH-UBND", "Quyết
định số 2156/QĐ-UBND", "Quyết định số 1468/QĐ-UBND", "Công văn số 2318/SNV-CCHC", "Kế hoạch số 96/KH-UBND", "Quyết định
số 3146/QĐ-BNV", "Công văn số 512/VP-KSTT"), the period words ("9 tháng đầu năm 2024", "Trong 9 tháng", "6 tháng đầu năm
(trước hợp nhất)", "Quý I năm 2026"), the windows ("từ ngày 07/10/2024 đến ngày 18/10/2024", "từ ngày 01/01/2024 đến
ngày 30/9/2024", "từ ngày 15/8/2024 đến ngày 30/10/2024", "từ ngày 12/01/2026 đến ngày 15/01/2026"), "Ngày 08/5/2025",
"từ ngày 01/7/2025", "đến ngày 30/9/2024" and "Đến ngày 31/3/2026" (the period ends), names holding numbers ("UBND xã
Tam Xuân 1", also as a table row), "Bộ chỉ số 766", "quý III" in a note, the months of a result ("tháng 9/2024", "tháng
11/2024"), section and item numbering ("I.", "1.", "a)", "3.1" … "3.4" in the STT column, "Bảng 1."), the STT column,
phone numbers ("0235.3852.416", "0297.3862.415", "0237.3852.614", "0214.3840.126"), headings naming the next period
("IV. TỒN TẠI, HẠN CHẾ VÀ NHIỆM VỤ NĂM 2026", "III. NHIỆM VỤ, GIẢI PHÁP NĂM 2025": no deadlines) and years are not
figures.

New in this set (the decisions are written here):
- AN INSPECTION TEAM'S REPORT UNIT BY UNIT (625): a Báo cáo of the Đoàn kiểm tra cải cách hành chính of UBND tỉnh Quảng
  Nam (header "UBND TỈNH QUẢNG NAM / ĐOÀN KIỂM TRA CẢI CÁCH HÀNH CHÍNH", number "52/BC-ĐKT", signed "TRƯỞNG ĐOÀN / PHÓ
  GIÁM ĐỐC SỞ NỘI VỤ") to the Chairman, 25/10/2024, before the merger (ranks /63); its period is the window inspected,
  "9 tháng đầu năm 2024" (title; "Thời kỳ kiểm tra từ ngày 01/01/2024 đến ngày 30/9/2024"). Each numbered unit has "a)
  Kết quả đạt được" and "b) Tồn tại, hạn chế"; every figure in a unit's block is that unit's (subject as its heading
  names it, its level), whichever of the two lettered parts it is in. The team's samples ("Đoàn kiểm tra xác suất 40 hồ
  sơ …, phát hiện 03 hồ sơ …") are files of the unit inspected: subject unchecked (the team that sampled or the unit
  whose files they are), level the unit's; codes unchecked. "(cùng kỳ năm 2023: 16.915 hồ sơ)" in a nine-month window is
  dated 2023-09-30; "tăng 2 bậc so với tháng 8/2024 (xếp thứ 5/18)" a previous rank dated 2024-08-31. "Chi nhánh Văn
  phòng Đăng ký đất đai thị xã Điện Bàn để quá hạn 318 hồ sơ" names the branch (level unchecked, as golden/blind106.py's
  606). LETTERS OF APOLOGY: "09 thư xin lỗi", "214 thư xin lỗi, đạt 55,44% số hồ sơ quá hạn" count in `thư xin lỗi`
  (codes unchecked); "gửi sau ngày hẹn trả 05 ngày" is a duration (value, `ngày`). "(chỉ tiêu năm 2024: 50%), đạt chỉ
  tiêu": the target dated 2024-12-31 (after the period end), the 52,18% carries it with "đạt". A TAB-SEPARATED TABLE of
  the four units (received with the files code, sampled, faulty, overdue with the overdue code, letters in `thư xin
  lỗi`; "0" cells are figures) whose "Cộng" row (empty STT) adds bodies of three levels: subject and level unchecked;
  "11,83%" after it is the sample's share (subject and level unchecked). The province's `83,16/100`, `22/63` "đến ngày
  30/9/2024" (subject
  NULL). "thấp hơn bình quân cấp xã của tỉnh 14,12 điểm phần trăm" is the commune's negative change. Six deadlines: day
  for a named Sở, "chậm nhất ngày ba mươi tháng 11 năm 2024" (day in words) and quarter (with the district's target) for
  one district, month, year in a request "Đề nghị UBND huyện Núi Thành …" (the commune is only helped), "trước ngày 10
  hằng tháng" (issued 25/10/2024: first 10/11/2024).
- A THÔNG BÁO KẾT LUẬN KIỂM TRA (626): the Văn phòng UBND tỉnh Kiên Giang (header "UBND TỈNH KIÊN GIANG / VĂN PHÒNG",
  number "118/TB-VP", signed "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG" by a Khmer name "Danh Hoàng Phúc") announces
  the conclusions of a Phó Chủ tịch after inspecting UBND thành phố Phú Quốc, 16/5/2025, before the merger; its period
  is the quarter the title names, "quý I năm 2025". The city's figures under "1. … tại UBND thành phố" ("Trên địa bàn
  thành phố … 498 TTHC", "UBND thành phố tiếp nhận", "Thành phố đã ban hành 312 thư xin lỗi", the shares below them) are
  `UBND thành phố Phú Quốc`, level huyện; "(quý IV năm 2024: 10.412 hồ sơ), giảm 566 hồ sơ" previous 2024-12-31 and a
  fall; the fields in brackets "(296 hồ sơ)" subject unchecked, level huyện. Under "2. … tại cấp xã" the figures "Cấp xã
  tiếp nhận …" are `cấp xã`; a MARKDOWN TABLE of the 9 xã, phường (subject as written "Phường Dương Đông", "Xã Thổ
  Châu", level xã; received, online, on-time and payment shares with their codes; "100" and "0" cells) and a "Cộng cấp
  xã" row with an empty STT (= `cấp xã`; it repeats the prose, its payment share only in the table). The city's 766
  result `86,12/100`, `2/15` "(quý IV năm 2024: 83,54 điểm, xếp thứ 4/15), tăng 2,58 điểm và tăng 2 bậc", two groups
  `18,76/20`, `6,42/10`; the province's `84,08/100`, `26/63`. "chỉ tiêu năm 2025 UBND tỉnh giao là 45%, chưa đạt chỉ
  tiêu" dated 2025-12-31; the task's "của thành phố đạt tối thiểu 45% trong quý II năm 2025" the city's (2025-06-30).
  "Chủ tịch UBND 09 xã, phường" (attendance) counts the communes; "03 máy quét", "04 công chức" of the city's one-stop
  shop (subject unchecked, level huyện). Six deadlines, three in lettered items a)–c) under "1. UBND thành phố Phú
  Quốc:" (the heading names the assignee): day, "chậm nhất ngày mười lăm tháng 6 năm 2025", quarter (with the target),
  month for a commune, year in a request "Đề nghị Sở Khoa học và Công nghệ …", "trước ngày 25 hằng tháng" (issued
  16/5/2025: first 25/5/2025).
- A SỞ'S PAR INDEX SELF-ASSESSMENT (627): a Báo cáo of the Sở Xây dựng tỉnh Lâm Đồng (merged with Đắk Nông and Bình
  Thuận; header "UBND TỈNH LÂM ĐỒNG / SỞ XÂY DỰNG", number "42/BC-SXD") to the Sở Nội vụ, năm 2025, issued 12/01/2026.
  As golden/blind60.py's 379, no PAR figure carries a catalogued code by intent (codes unchecked). The Sở's staff and
  offices ("11 phòng", "03 đơn vị", "286 công chức"), "Số đầu mối … giảm từ 27 đầu mối trước hợp nhất xuống còn 14 đầu
  mối, giảm 13 đầu mối" (the predecessors' 27 a previous value dated 2025-06-30, subject unchecked, level tỉnh; code
  None); the index's structure "8 lĩnh vực, 38 tiêu chí và 96 tiêu chí thành phần; tổng điểm tối đa 100 điểm, … 65 điểm
  … 35 điểm" (the index's: subject and level unchecked). "60,85/65 điểm, đạt 93,62% …; tăng 2,35 điểm so với điểm thẩm
  định năm 2024 của Sở Xây dựng tỉnh Lâm Đồng trước hợp nhất (58,50 điểm)": the predecessor's score a previous value
  dated 2024-12-31 on the /65 scale (subject unchecked, level tỉnh). NEW: A MARKDOWN SELF-SCORE TABLE "STT | Lĩnh
  vực/Tiêu chí | Điểm tối đa | Điểm tự chấm | Ghi chú" with sub-criteria "3.1" … "3.4", words-only notes, a total row
  "Tổng cộng phần tự đánh giá" (empty STT) whose maximum is 65,00, and the survey field "8" BELOW the total with a
  maximum 35,00 and an EMPTY self-score cell (no figure): each self-score is the Sở's with its row's maximum. "lần lượt
  là 0,90 điểm và 1,05 điểm" are points deducted in two fields (kind value, `điểm`, subject unchecked, level tỉnh).
  Evidence: tasks "23/24", "chậm 03 ngày", TTHC "186 … 132 … (chiếm 70,97%) … 54", files "24.618 …" with "6 tháng đầu
  năm (trước hợp nhất) Sở Xây dựng của ba tỉnh tiếp nhận 11.246 hồ sơ" (a part of the year's count dated 2025-06-30,
  subject unchecked, level tỉnh, as golden/blind105.py's 604), "24.386/24.502", "116/116 thư", "84,26%, chỉ tiêu UBND
  tỉnh giao năm 2025 là 80%, đã đạt chỉ tiêu" (target at the period end), "42/42 PAKN", "64 lượt", "284/286", "1,86 tỷ
  đồng"; the Sở's 766 result of quý IV năm 2025 (period end) `88,92/100`, `4/15`; the province's `82,46/100`, `19/34`;
  "Năm 2024, Chỉ số … của Sở Xây dựng tỉnh Lâm Đồng trước hợp nhất đạt 85,17%, xếp thứ 8/19" previous values of the
  predecessor (2024-12-31, subject unchecked, level tỉnh). The task's "của Sở đạt tối thiểu 99,8% trong quý I năm 2026"
  is the Sở's target (2026-03-31). Six deadlines in a dash list: day, "chậm nhất ngày hai mươi tám tháng 02 năm 2026",
  quarter (with the target), month in a request "Đề nghị Sở Nội vụ …", year, "trước ngày 05 hằng tháng" (issued
  12/01/2026, after the 5th: first 05/02/2026).
- A SIPAS SURVEY REPORT (628): a Báo cáo of the Sở Nội vụ tỉnh Thanh Hóa (header "UBND TỈNH THANH HÓA / SỞ NỘI VỤ",
  number "1986/BC-SNV") to UBND tỉnh, năm 2024, issued 18/12/2024, before the merger. The province's survey (subject
  NULL): the fieldwork window is no period; "6.240 phiếu (cấp tỉnh 1.600 phiếu, cấp huyện 2.080 phiếu, cấp xã 2.560
  phiếu)" (the parts by level `cấp tỉnh` …), "6.118 phiếu … 6.035 phiếu hợp lệ, đạt 96,71%"; the respondents' profile
  "nam chiếm 54,36%, nữ chiếm 45,64%; … 1.248 phiếu do đại diện tổ chức" (people, not bodies: subject and level
  unchecked) and "4.787 phiếu do người dân trả lời"; "2.146 phiếu được thực hiện trực tuyến …, chiếm 35,56% số phiếu hợp
  lệ" (the province's survey). The answers' shares "ý kiến "rất hài lòng" chiếm 41,28%, … "không hài lòng" 1,51%"
  (respondents: subject and level unchecked). The SIPAS "86,42%, tăng 2,17% so với kết quả khảo sát năm 2023 (84,25%);
  so với chỉ tiêu UBND tỉnh giao năm 2024 là 85% thì tỉnh đã đạt chỉ tiêu" carries the code `sipas` (as seed 101's "Chỉ
  số hài lòng … đạt 88,52%"), its previous 2023-12-31, the target at the period end; "Năm 2023, Chỉ số SIPAS … do Bộ Nội
  vụ công bố đạt 83,96%, xếp thứ 18/63" previous values 2023-12-31. NEW: SHARES PER CRITERION in a dash list "- Tiếp cận
  dịch vụ: 88,15%;" (the province's; codes unchecked; they average 86,42), the lowest and highest of "22 chỉ số thành
  phần" (`chỉ số`, code None), per level after "tương ứng là" (`cấp tỉnh`, `cấp huyện`, `cấp xã`), "tổ chức, doanh
  nghiệp đạt 84,86%, thấp hơn của người dân 1,95 điểm phần trăm" (respondents: subject and level unchecked; a negative
  change); PER UNIT by block: counts by grade "05/20 cơ quan … 14 cơ quan … 01 cơ quan" (level tỉnh), "08/26 đơn vị … 16
  đơn vị … 02 đơn vị" (level huyện), "So với năm 2023, có 17/20 sở, ban, ngành tăng chỉ số hài lòng" (level tỉnh), the
  communes "trong 78 đơn vị được khảo sát có 21 đơn vị … 52 đơn vị … 05 đơn vị" (level xã), the best and worst units in
  brackets (as written, "Sở Tư pháp", "Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp" level tỉnh; "Thành phố
  Sầm Sơn", "huyện Mường Lát" level huyện; "phường Ba Đình", "xã Trung Lý" level xã, the district in brackets only
  placing them). "412 ý kiến … 156 ý kiến … 98 ý kiến" (subject and level unchecked); the 766 satisfaction group "tháng
  11/2024 đạt 16,84/18 điểm" dated 2024-11-30 (the sentence dates it). Task 2's "nâng chỉ số hài lòng của huyện đạt tối
  thiểu 80% trong quý II năm 2025" each named district's target (subject unchecked, level huyện, 2025-06-30). Six
  deadlines: day for two named Sở, quarter (with the target) for two named districts, "chậm nhất ngày hai mươi tháng 3
  năm 2025", month in a request "Đề nghị Bưu điện tỉnh …", year, "trước ngày 20 hằng tháng" (issued 18/12/2024: first
  20/12/2024).
- A WARD'S REPORT EXPLAINING ITS LATE FILES (629): a Báo cáo of UBND phường Cam Đường (tỉnh Lào Cai, merged with Yên
  Bái; header "ỦY BAN NHÂN DÂN / PHƯỜNG CAM ĐƯỜNG", number "46/BC-UBND", signed "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH") to the
  Văn phòng UBND tỉnh and the Sở Nội vụ, quý I năm 2026, issued 08/4/2026. The ward's figures (`UBND phường Cam Đường`,
  level xã): "3.846 hồ sơ (quý IV năm 2025: 3.512 hồ sơ), tăng 334 hồ sơ", online, settled, on time, overdue, pending,
  "Số hồ sơ quá hạn giảm 27 hồ sơ so với quý IV năm 2025 (169 hồ sơ)" (a fall and a previous value dated 2025-12-31 with
  the overdue code); "Trung tâm Phục vụ hành chính công phường bố trí 06 quầy tiếp nhận với 08 công chức" (the ward's
  centre: subject unchecked, level xã, code None); "So với tỷ lệ đúng hạn bình quân cấp xã của tỉnh (98,62%), phường
  thấp hơn 2,53 điểm phần trăm" (the average: subject unchecked, level xã, the on-time code; the ward's negative
  change). NEW: OVERDUE FILES BY CHANNEL, FIELD AND CAUSE: "có 38 hồ sơ nộp trực tuyến và 104 hồ sơ nộp trực tiếp; thời
  gian quá hạn bình quân chung 5,4 ngày" (the channels: subject unchecked, level xã; the mean the ward's), a dash list
  "- Lĩnh vực đất đai: 98 hồ sơ quá hạn, chiếm 69,01% tổng số hồ sơ quá hạn, thời gian quá hạn bình quân 6,4 ngày;"
  (fields: subject unchecked, level xã; codes unchecked) and causes "1. Nguyên nhân khách quan (94 hồ sơ, chiếm
  66,20%):" with dash items "…: 54 hồ sơ;" (likewise). Letters of apology "128 thư xin lỗi, đạt 90,14% số hồ sơ quá hạn
  (quý IV năm 2025: 76,47%)" (previous 2025-12-31), "112 thư … 16 thư", "96/142 hồ sơ quá hạn" (one count, max 142), "06
  phản ánh … 06/06 phản ánh" (`PAKN`). The ward's 766 result `78,46/100`, `64/99` "(quý IV năm 2025: 81,20 điểm, xếp thứ
  41/99), giảm 2,74 điểm và giảm 23 bậc" (falls negative), `15,84/20`; the communes' average "80,15 điểm" (subject
  unchecked, level xã); the province's `83,72/100`, `21/34`. Tasks' "46 hồ sơ" and "14 hồ sơ" are counts repeated
  (subject unchecked); "nâng tỷ lệ hồ sơ giải quyết đúng hạn của phường đạt tối thiểu 98% trong quý II năm 2026" the
  ward's target (2026-06-30). Six deadlines: day, "chậm nhất ngày mười lăm tháng 4 năm 2026", quarter (with the target),
  month, year in a request "Đề nghị Sở Nông nghiệp và Môi trường …", "trước ngày 25 hằng tháng" (issued 08/4/2026: first
  25/4/2026).

Unsure readings (fields left `ANY`): the subject of an inspection team's samples (625: the team's check or the unit's
files) and of 625's "Cộng" row (four bodies of three levels); the subject of 626's one-stop-shop machines and staff;
627's points deducted per field (the Sở's deduction in a field; read as plain values, not changes: "bị trừ" states what
the Sở lacks of the maximum, no change over time) and the predecessors' figures (the merged Sở or the three former Sở,
as golden/blind105.py's predecessors' sums); 628's respondent shares and comments; 629's files by field and by cause.
626's lettered tasks have no body of their own: the assignee is the body heading the numbered item."""

from __future__ import annotations

from golden.facts import (
    _DH,
    _NOP,
    _QH,
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
_SIPAS = "sipas"
_Y2023 = "2023-12-31"
_Y2024 = "2024-12-31"
_Y2025 = "2025-12-31"
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_HUYEN = {"subject": ANY, "level": "huyện"}
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


def _pipe(cells: tuple[str, ...]) -> str:
    """A Markdown row as the documents write it (an empty cell is "| |")."""
    return ("| " + " | ".join(cells) + " |").replace("|  |", "| |")


# ------------------------------------------------------------ 625: Đoàn kiểm tra CCHC tỉnh Quảng Nam, 9 tháng 2024
_SCT = _by("Sở Công Thương", "tỉnh")
_DB = _by("UBND thị xã Điện Bàn", "huyện")
_TPH = _by("UBND huyện Tiên Phước", "huyện")
_TX1 = _by("UBND xã Tam Xuân 1", "xã")

_ROWS_625 = [
    ("1", "Sở Công Thương", "tỉnh", "3.412 40 03 17 09"),
    ("2", "UBND thị xã Điện Bàn", "huyện", "18.642 60 12 386 214"),
    ("3", "UBND huyện Tiên Phước", "huyện", "5.846 50 07 23 11"),
    ("4", "UBND xã Tam Xuân 1", "xã", "1.264 36 0 0 0"),
    ("", "Cộng", ANY, "29.164 186 22 426 234"),
]


def _table_625() -> list[Fact]:
    """Bảng 1 (tab-separated): received (files code), sampled, faulty, overdue (overdue code), letters of apology
    (`thư xin lỗi`). A unit's row is that unit; "Cộng" (empty STT) adds bodies of three levels: subject and level
    unchecked."""
    facts = []
    for i, (stt, name, level, raws) in enumerate(_ROWS_625):
        received, sampled, faulty, overdue, letters = raws.split()
        line = "\t".join([stt, name, received, sampled, faulty, overdue, letters])
        after = f"{_ROWS_625[i + 1][0]}\t{_ROWS_625[i + 1][1]}" if i + 1 < len(_ROWS_625) else "\nTỷ lệ hồ sơ"
        subject = ANY if stt == "" else name
        facts += _cells(line, "\t", after, subject, level, [
            (received, "hồ sơ", P, _TN, "period", None), (sampled, "hồ sơ", P, ANY, "period", None),
            (faulty, "hồ sơ", P, ANY, "period", None), (overdue, "hồ sơ", P, _QH, "period", None),
            (letters, "thư xin lỗi", P, ANY, "period", None)])
    return facts


BLIND_625 = [
    # intro (1843/KH-UBND, 2156/QĐ-UBND cited; the windows no figures)
    F("tại 04 cơ quan", "04", 4, "đơn vị", C, code=None, **_OPEN),
    # 1. Sở Công Thương
    _SCT("với 32 nhiệm vụ", "32", 32, "nhiệm vụ", C, code=None),
    _SCT("hoàn thành 26/32", "26/32", 26, "nhiệm vụ", C, max_value=32, code=None),
    _SCT("đạt 81,25%", "81,25%", 81.25, "%", code=ANY),
    _SCT("thực hiện 128 TTHC", "128", 128, "TTHC", C, code=_TTHC),
    _SCT("đó 86 TTHC", "86", 86, "TTHC", C, code=_TOAN),
    _SCT("chiếm 67,19%", "67,19%", 67.19, "%", code=ANY),
    _SCT("Sở tiếp nhận 3.412", "3.412", 3412, "hồ sơ", C, code=_TN),
    _SCT("trực tuyến 3.205", "3.205", 3205, "hồ sơ", C, code=_NOP),
    _SCT("chiếm 93,93%", "93,93%", 93.93, "%", code=_NOP),
    _SCT("giải quyết 3.368", "3.368", 3368, "hồ sơ", C, code=ANY),
    _SCT("đúng hạn 3.351", "3.351", 3351, "hồ sơ", C, code=_DH),
    _SCT("đạt 99,50%", "99,50%", 99.50, "%", code=_DH),
    _SCT("quá hạn 17 hồ sơ. Tỷ lệ", "17", 17, "hồ sơ", C, code=_QH),
    _SCT("đạt 88,42%", "88,42%", 88.42, "%", code=ANY),
    _SCT("đạt 86,45/100", "86,45/100", 86.45, "điểm", max_value=100, code=_TONG),
    _SCT("xếp thứ 7/21", "7/21", 7, "hạng", R, max_value=21, code=_HANG),
    _SCT("Có 17 hồ sơ", "17", 17, "hồ sơ", C, code=ANY),
    _SCT("ban hành 09 thư", "09", 9, "thư xin lỗi", C, code=ANY),
    _SCT("còn 08 hồ sơ", "08", 8, "hồ sơ", C, code=ANY),
    F("xác suất 40 hồ sơ", "40", 40, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("phát hiện 03 hồ sơ", "03", 3, "hồ sơ", C, code=ANY, **_IN_TINH),
    # 2. UBND thị xã Điện Bàn (cùng kỳ năm 2023 of a nine-month window dated 2023-09-30; tháng 8/2024 2024-08-31)
    _DB("ban hành 14 văn bản", "14", 14, "văn bản", C, code=None),
    _DB("tổ chức 02 cuộc", "02", 2, "cuộc", C, code=None),
    F("tại 06 xã", "06", 6, "xã", C, code=None, **_IN_XA),
    _DB("tiếp nhận 18.642", "18.642", 18642, "hồ sơ", C, code=_TN),
    _DB("(cùng kỳ năm 2023: 16.915", "16.915", 16915, "hồ sơ", PR, as_of="2023-09-30", code=_TN),
    _DB("tăng 1.727", "1.727", 1727, "hồ sơ", CH, code=ANY),
    _DB("tăng 10,21%", "10,21%", 10.21, "%", CH, code=ANY),
    _DB("trực tuyến 11.208", "11.208", 11208, "hồ sơ", C, code=_NOP),
    _DB("chiếm 60,12%", "60,12%", 60.12, "%", code=_NOP),
    _DB("đạt 97,86%", "97,86%", 97.86, "%", code=_DH),
    _DB("quá hạn 386 hồ sơ", "386", 386, "hồ sơ", C, code=_QH),
    F("(342 hồ sơ)", "342", 342, "hồ sơ", C, code=ANY, **_IN_HUYEN),
    _DB("đạt 46,35%", "46,35%", 46.35, "%", code=_TT, target=50, stated_status="chưa đạt"),
    _DB("năm 2024 là 50%", "50%", 50, "%", T, as_of=_Y2024, code=_TT),
    _DB("đạt 84,72/100", "84,72/100", 84.72, "điểm", max_value=100, code=_TONG),
    _DB("xếp thứ 3/18", "3/18", 3, "hạng", R, max_value=18, code=_HANG),
    _DB("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    _DB("(xếp thứ 5/18)", "5/18", 5, "hạng", PR, max_value=18, as_of="2024-08-31", code=_HANG),
    F("quá hạn 318 hồ sơ", "318", 318, "hồ sơ", C, subject="Chi nhánh Văn phòng Đăng ký đất đai thị xã Điện Bàn",
      level=ANY, code=_QH),
    _DB("ban hành 214 thư", "214", 214, "thư xin lỗi", C, code=ANY),
    _DB("đạt 55,44%", "55,44%", 55.44, "%", code=ANY),
    F("xác suất 60 hồ sơ", "60", 60, "hồ sơ", C, code=ANY, **_IN_HUYEN),
    F("có 12 hồ sơ", "12", 12, "hồ sơ", C, code=ANY, **_IN_HUYEN),
    # 3. UBND huyện Tiên Phước (the 2024 target after the period end)
    _TPH("Huyện tiếp nhận 5.846", "5.846", 5846, "hồ sơ", C, code=_TN),
    _TPH("trực tuyến 4.012", "4.012", 4012, "hồ sơ", C, code=_NOP),
    _TPH("chiếm 68,63%", "68,63%", 68.63, "%", code=_NOP),
    _TPH("hạn 5.781/5.804", "5.781/5.804", 5781, "hồ sơ", C, max_value=5804, code=_DH),
    _TPH("đạt 99,60%", "99,60%", 99.60, "%", code=_DH),
    _TPH("đạt 52,18%", "52,18%", 52.18, "%", code=_TT, target=50, stated_status="đạt"),
    _TPH("(chỉ tiêu năm 2024: 50%)", "50%", 50, "%", T, as_of=_Y2024, code=_TT),
    _TPH("đạt 81,36/100", "81,36/100", 81.36, "điểm", max_value=100, code=_TONG),
    _TPH("xếp thứ 9/18", "9/18", 9, "hạng", R, max_value=18, code=_HANG),
    F("- 15/15 xã", "15/15", 15, "xã", C, max_value=15, code=None, **_IN_XA),
    F("; 11/15 xã", "11/15", 11, "xã", C, max_value=15, code=None, **_IN_XA),
    _TPH("Còn 23 hồ sơ", "23", 23, "hồ sơ", C, code=ANY),
    F("đất đai 19 hồ sơ", "19", 19, "hồ sơ", C, code=ANY, **_IN_HUYEN),
    F("hộ tịch 04 hồ sơ", "04", 4, "hồ sơ", C, code=ANY, **_IN_HUYEN),
    _TPH("hẹn trả 05 ngày", "05", 5, "ngày", code=ANY),
    _TPH("đầy đủ 12 TTHC", "12", 12, "TTHC", C, code=ANY),
    # 4. UBND xã Tam Xuân 1 ("1" in its name no figure)
    _TX1("đầy đủ 112 TTHC", "112", 112, "TTHC", C, code=ANY),
    _TX1("tiếp nhận 1.264", "1.264", 1264, "hồ sơ", C, code=_TN),
    _TX1("trực tuyến 836", "836", 836, "hồ sơ", C, code=_NOP),
    _TX1("chiếm 66,14%", "66,14%", 66.14, "%", code=_NOP),
    _TX1("đúng hạn 100%", "100%", 100, "%", code=_DH),
    _TX1("đạt 72,40%", "72,40%", 72.40, "%", code=ANY),
    _TX1("với 1.186 bản", "1.186", 1186, "bản", C, code=ANY),
    _TX1("đạt 21,36%", "21,36%", 21.36, "%", code=_TT),
    _TX1("tỉnh 14,12 điểm", "14,12", -14.12, "%", CH, code=ANY),
    _TX1("có 01 máy quét", "01", 1, "máy quét", C, code=None),
    _TX1("; 02 công chức", "02", 2, "công chức", C, code=None),
    # II. Bảng 1 and the sample's share
    *_table_625(),
    F("là 11,83%", "11,83%", 11.83, "%", code=ANY, **_OPEN),
    # III. general assessment; the province's result at the period end
    F("1. Ưu điểm: 04/04", "04/04", 4, "đơn vị", C, max_value=4, code=None, **_OPEN),
    F("100% TTHC thuộc", "100%", 100, "%", code=ANY, **_OPEN),
    F("đạt 83,16/100", "83,16/100", 83.16, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 22/63", "22/63", 22, "hạng", R, max_value=63, code=_HANG),
    F("2. Hạn chế: 03/04", "03/04", 3, "đơn vị", C, max_value=4, code=None, **_OPEN),
    F("; 02 đơn vị", "02", 2, "đơn vị", C, code=None, **_OPEN),
    F("đạt 54,93%", "54,93%", 54.93, "%", code=ANY, **_OPEN),
    # IV. a count repeated; the district's target for quý IV (phone number no figure)
    F("đối với 08 hồ sơ", "08", 8, "hồ sơ", C, code=ANY, **_OPEN),
    _DB("tối thiểu 50%", "50%", 50, "%", T, as_of=_Y2024, code=_TT),
]

# ------------------------------------------------------------ 626: Văn phòng UBND tỉnh Kiên Giang, quý I năm 2025
_PQ = _by("UBND thành phố Phú Quốc", "huyện")
_CX = _by("cấp xã", "xã")
_Q4_2024 = "2024-12-31"

_COMMUNES_626 = [
    ("1", "Phường Dương Đông", "1.284 81,62 98,83 42,15"),
    ("2", "Phường An Thới", "842 78,86 99,29 39,60"),
    ("3", "Xã Cửa Dương", "436 72,48 100 31,42"),
    ("4", "Xã Dương Tơ", "398 70,35 98,74 28,14"),
    ("5", "Xã Hàm Ninh", "312 66,35 99,36 25,00"),
    ("6", "Xã Cửa Cạn", "286 64,34 100 22,73"),
    ("7", "Xã Gành Dầu", "254 61,42 98,82 20,47"),
    ("8", "Xã Bãi Thơm", "218 57,80 99,08 18,35"),
    ("9", "Xã Thổ Châu", "96 38,54 100 0"),
    ("", "Cộng cấp xã", "4.126 73,15 99,12 32,91"),
]


def _table_626() -> list[Fact]:
    """The Markdown table of the 9 xã, phường: received (files code), online, on-time and payment shares with their
    codes. A commune as written, level xã; "Cộng cấp xã" (empty STT) is `cấp xã`."""
    facts = []
    for i, (stt, name, raws) in enumerate(_COMMUNES_626):
        received, online, on_time, paid = raws.split()
        line = _pipe((stt, name, received, online, on_time, paid))
        after = (_pipe(_COMMUNES_626[i + 1][:2])[:-2] if i + 1 < len(_COMMUNES_626)
                 else "\nXã Thổ Châu chưa phát sinh")
        subject = "cấp xã" if stt == "" else name
        facts += _cells(line, " | ", after, subject, "xã", [
            (received, "hồ sơ", P, _TN, "period", None), (online, "%", P, _NOP, "period", None),
            (on_time, "%", P, _DH, "period", None), (paid, "%", P, _TT, "period", None)])
    return facts


BLIND_626 = [
    # attendance; I.1 the city (quý IV năm 2024 dated 2024-12-31)
    F("Chủ tịch UBND 09 xã", "09", 9, "xã", C, code=None, **_IN_XA),
    _PQ("thực hiện 498 TTHC", "498", 498, "TTHC", C, code=_TTHC),
    _PQ("đó 214 TTHC", "214", 214, "TTHC", C, code=_TOAN),
    _PQ("tiếp nhận 9.846", "9.846", 9846, "hồ sơ", C, code=_TN),
    _PQ("(quý IV năm 2024: 10.412", "10.412", 10412, "hồ sơ", PR, as_of=_Q4_2024, code=_TN),
    _PQ("giảm 566", "566", -566, "hồ sơ", CH, code=ANY),
    _PQ("trực tuyến 6.318", "6.318", 6318, "hồ sơ", C, code=_NOP),
    _PQ("chiếm 64,17%", "64,17%", 64.17, "%", code=_NOP),
    _PQ("giải quyết 9.441", "9.441", 9441, "hồ sơ", C, code=ANY),
    _PQ("đúng hạn 9.103", "9.103", 9103, "hồ sơ", C, code=_DH),
    _PQ("đạt 96,42%", "96,42%", 96.42, "%", code=_DH),
    _PQ("quá hạn 338", "338", 338, "hồ sơ", C, code=_QH),
    _PQ("chiếm 3,58%", "3,58%", 3.58, "%", code=_QH),
    F("(296 hồ sơ)", "296", 296, "hồ sơ", C, code=ANY, **_IN_HUYEN),
    F("(31 hồ sơ)", "31", 31, "hồ sơ", C, code=ANY, **_IN_HUYEN),
    _PQ("ban hành 312 thư", "312", 312, "thư xin lỗi", C, code=ANY),
    _PQ("đạt 92,31%", "92,31%", 92.31, "%", code=ANY),
    _PQ("; còn 26 hồ sơ", "26", 26, "hồ sơ", C, code=ANY),
    _PQ("đạt 38,64%", "38,64%", 38.64, "%", code=_TT, target=45, stated_status="chưa đạt"),
    _PQ("(quý IV năm 2024: 33,12%)", "33,12%", 33.12, "%", PR, as_of=_Q4_2024, code=_TT),
    _PQ("tăng 5,52%", "5,52%", 5.52, "%", CH, code=_TT),
    _PQ("giao là 45%", "45%", 45, "%", T, as_of=_Y2025, code=_TT),
    _PQ("đạt 81,25%", "81,25%", 81.25, "%", code=ANY),
    _PQ("đạt 29,86%", "29,86%", 29.86, "%", code=_TSD),
    # I.2 cấp xã and the Markdown table
    _CX("Cấp xã tiếp nhận 4.126", "4.126", 4126, "hồ sơ", C, code=_TN),
    _CX("trực tuyến 3.018", "3.018", 3018, "hồ sơ", C, code=_NOP),
    _CX("chiếm 73,15%", "73,15%", 73.15, "%", code=_NOP),
    _CX("đạt 99,12%", "99,12%", 99.12, "%", code=_DH),
    *_table_626(),
    # I.3 the city's 766 result (quý IV năm 2024 dated 2024-12-31), the province's
    _PQ("đạt 86,12/100", "86,12/100", 86.12, "điểm", max_value=100, code=_TONG),
    _PQ("xếp thứ 2/15", "2/15", 2, "hạng", R, max_value=15, code=_HANG),
    _PQ("(quý IV năm 2024: 83,54 điểm", "83,54", 83.54, "điểm", PR, max_value=100, as_of=_Q4_2024, code=_TONG),
    _PQ("xếp thứ 4/15)", "4/15", 4, "hạng", PR, max_value=15, as_of=_Q4_2024, code=_HANG),
    _PQ("tăng 2,58 điểm", "2,58", 2.58, "điểm", CH, code=_TONG),
    _PQ("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    _PQ("đạt 18,76/20", "18,76/20", 18.76, "điểm", max_value=20, code="766.tien_do"),
    _PQ("đạt 6,42/10", "6,42/10", 6.42, "điểm", max_value=10, code="766.thanh_toan"),
    F("đạt 84,08/100", "84,08/100", 84.08, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 26/63", "26/63", 26, "hạng", R, max_value=63, code=_HANG),
    # II. shortcomings ("lần thứ hai" in words)
    _PQ("- Còn 26 hồ sơ", "26", 26, "hồ sơ", C, code=ANY),
    _PQ("có 14 hồ sơ", "14", 14, "hồ sơ", C, code=ANY),
    F("; 07/09 xã", "07/09", 7, "xã", C, max_value=9, code=None, **_IN_XA),
    F("thiếu 03 máy quét", "03", 3, "máy quét", C, code=None, **_IN_HUYEN),
    F("; 04 công chức", "04", 4, "công chức", C, code=None, **_IN_HUYEN),
    # III. a count repeated; the city's target for quý II (phone number no figure)
    F("đối với 26 hồ sơ", "26", 26, "hồ sơ", C, code=ANY, **_OPEN),
    _PQ("tối thiểu 45%", "45%", 45, "%", T, as_of="2025-06-30", code=_TT),
]

# ------------------------------------------------------------ 627: Sở Xây dựng tỉnh Lâm Đồng, năm 2025 (PAR Index)
_SXD = _by("Sở Xây dựng", "tỉnh")
_H1_2025 = "2025-06-30"

_SCORES_627 = [
    ("1", "Công tác chỉ đạo, điều hành cải cách hành chính", "9,00", "8,50", "Chậm báo cáo quý III"),
    ("2", "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật", "6,00", "5,75", ""),
    ("3", "Cải cách thủ tục hành chính", "14,00", "13,10", ""),
    ("3.1", "Công khai, minh bạch thủ tục hành chính", "3,00", "3,00", "Đạt tối đa"),
    ("3.2", "Giải quyết thủ tục hành chính đúng hạn", "4,00", "3,85", "Còn hồ sơ quá hạn"),
    ("3.3", "Cung cấp dịch vụ công trực tuyến, thanh toán trực tuyến", "4,00", "3,50", ""),
    ("3.4", "Tiếp nhận, xử lý phản ánh, kiến nghị", "3,00", "2,75", ""),
    ("4", "Cải cách tổ chức bộ máy hành chính", "8,00", "7,50", ""),
    ("5", "Cải cách chế độ công vụ", "10,00", "9,25", ""),
    ("6", "Cải cách tài chính công", "6,00", "5,80", ""),
    ("7", "Xây dựng và phát triển chính quyền điện tử, chính quyền số", "12,00", "10,95", ""),
    ("", "Tổng cộng phần tự đánh giá", "65,00", "60,85", ""),
    ("8", "Tác động của cải cách hành chính (điều tra xã hội học)", "35,00", "", "Hội đồng thẩm định đánh giá"),
]


def _table_627() -> list[Fact]:
    """Bảng 1 (Markdown): "Điểm tối đa" (the index's: subject and level unchecked) and "Điểm tự chấm" (the Sở's,
    carrying its row's maximum); field 8's self-score cell is empty (no figure). Codes unchecked."""
    facts = []
    for i, row in enumerate(_SCORES_627):
        stt, _name, top, score, _note = row
        line = _pipe(row)
        after = _pipe(_SCORES_627[i + 1][:2])[:-2] if i + 1 < len(_SCORES_627) else "\nLĩnh vực cải cách"
        cells: list[Cell] = [(top, "điểm", P, ANY, "period", None)]
        if score:
            cells.append((score, "điểm", P, ANY, "period", _num(top)))
        row_facts = _cells(line, " | ", after, "Sở Xây dựng", "tỉnh", cells)
        row_facts[0].subject, row_facts[0].level = ANY, ANY
        facts += row_facts
    return facts


BLIND_627 = [
    # I. the Sở (1468/QĐ-UBND, 2318/SNV-CCHC cited; "ba tỉnh" in words); the predecessors' 27 dated 2025-06-30
    _SXD("có 11 phòng", "11", 11, "phòng", C, code=None),
    _SXD("và 03 đơn vị", "03", 3, "đơn vị", C, code=None),
    _SXD("với 286 công chức", "286", 286, "công chức", C, code=None),
    F("từ 27 đầu mối", "27", 27, "đầu mối", PR, as_of=_H1_2025, code=None, **_IN_TINH),
    _SXD("còn 14 đầu mối", "14", 14, "đầu mối", C, code=None),
    _SXD("giảm 13 đầu mối", "13", -13, "đầu mối", CH, code=None),
    F("gồm 8 lĩnh vực", "8", 8, "lĩnh vực", C, code=None, **_OPEN),
    F("38 tiêu chí và", "38", 38, "tiêu chí", C, code=None, **_OPEN),
    F("96 tiêu chí", "96", 96, "tiêu chí", C, code=None, **_OPEN),
    F("tối đa 100 điểm", "100", 100, "điểm", code=ANY, **_OPEN),
    F("tối đa 65 điểm", "65", 65, "điểm", code=ANY, **_OPEN),
    F("tối đa 35 điểm", "35", 35, "điểm", code=ANY, **_OPEN),
    # II. the self-assessed total (the predecessor's appraised 2024 score dated 2024-12-31), Bảng 1, deductions
    _SXD("là 60,85/65", "60,85/65", 60.85, "điểm", max_value=65, code=ANY),
    _SXD("đạt 93,62%", "93,62%", 93.62, "%", code=ANY),
    _SXD("tăng 2,35 điểm", "2,35", 2.35, "điểm", CH, code=ANY),
    F("(58,50 điểm)", "58,50", 58.50, "điểm", PR, max_value=65, as_of=_Y2024, code=ANY, **_IN_TINH),
    *_table_627(),
    F("lần lượt là 0,90 điểm", "0,90", 0.90, "điểm", code=ANY, **_IN_TINH),
    F("và 1,05 điểm", "1,05", 1.05, "điểm", code=ANY, **_IN_TINH),
    # III. evidence (the first half before the merger dated 2025-06-30; the 2025 target at the period end)
    _SXD("với 24 nhiệm vụ", "24", 24, "nhiệm vụ", C, code=None),
    _SXD("hoàn thành 23/24", "23/24", 23, "nhiệm vụ", C, max_value=24, code=None),
    _SXD("đạt 95,83%", "95,83%", 95.83, "%", code=ANY),
    _SXD("chậm 03 ngày", "03", 3, "ngày", code=ANY),
    _SXD("thực hiện 186 TTHC", "186", 186, "TTHC", C, code=_TTHC),
    _SXD("đó 132 TTHC", "132", 132, "TTHC", C, code=_TOAN),
    _SXD("(chiếm 70,97%)", "70,97%", 70.97, "%", code=ANY),
    _SXD("và 54 TTHC", "54", 54, "TTHC", C, code=_MOT),
    _SXD("tiếp nhận 24.618", "24.618", 24618, "hồ sơ", C, code=_TN),
    F("tiếp nhận 11.246", "11.246", 11246, "hồ sơ", C, as_of=_H1_2025, code=ANY, **_IN_TINH),
    _SXD("tuyến 23.105", "23.105", 23105, "hồ sơ", C, code=_NOP),
    _SXD("chiếm 93,85%", "93,85%", 93.85, "%", code=_NOP),
    _SXD("hạn 24.386/24.502", "24.386/24.502", 24386, "hồ sơ", C, max_value=24502, code=_DH),
    _SXD("đạt 99,53%", "99,53%", 99.53, "%", code=_DH),
    _SXD("quá hạn 116", "116", 116, "hồ sơ", C, code=_QH),
    _SXD("gửi 116/116 thư", "116/116", 116, "thư xin lỗi", C, max_value=116, code=ANY),
    _SXD("đạt 84,26%", "84,26%", 84.26, "%", code=_TT, target=80, stated_status="đạt"),
    _SXD("năm 2025 là 80%", "80%", 80, "%", T, code=_TT),
    _SXD("tiếp nhận 42 PAKN", "42", 42, "PAKN", C, code=_PAKN_TN),
    _SXD("xử lý 42/42", "42/42", 42, "PAKN", C, max_value=42, code=ANY),
    _SXD("đúng hạn 100%", "100%", 100, "%", code=ANY),
    _SXD("cử 64 lượt", "64", 64, "lượt", C, code=ANY),
    _SXD("; 284/286", "284/286", 284, "công chức", C, max_value=286, code=ANY),
    _SXD("đạt 96,42%", "96,42%", 96.42, "%", code=ANY),
    _SXD("thường xuyên 1,86", "1,86", 1.86, "tỷ đồng", code=ANY),
    _SXD("100% văn bản", "100%", 100, "%", code=ANY),
    _SXD("đạt 98,65%", "98,65%", 98.65, "%", code=ANY),
    _SXD("đạt 91,34%", "91,34%", 91.34, "%", code=ANY),
    # 6. the Sở's and the province's 766 results (quý IV = the period end); the predecessor's 2024 index
    _SXD("đạt 88,92/100", "88,92/100", 88.92, "điểm", max_value=100, code=_TONG),
    _SXD("xếp thứ 4/15", "4/15", 4, "hạng", R, max_value=15, code=_HANG),
    F("đạt 82,46/100", "82,46/100", 82.46, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 19/34", "19/34", 19, "hạng", R, max_value=34, code=_HANG),
    F("đạt 85,17%", "85,17%", 85.17, "%", PR, as_of=_Y2024, code=ANY, **_IN_TINH),
    F("xếp thứ 8/19", "8/19", 8, "hạng", PR, max_value=19, as_of=_Y2024, code=ANY, **_IN_TINH),
    # IV. the Sở's target for quý I năm 2026 ("hai hệ thống", "ba Sở cũ" in words)
    _SXD("tối thiểu 99,8%", "99,8%", 99.8, "%", T, as_of="2026-03-31", code=_DH),
]

# ------------------------------------------------------------ 628: Sở Nội vụ tỉnh Thanh Hóa, SIPAS năm 2024
_SIPAS_ROWS = [("Tiếp cận dịch vụ: 88,15%", "88,15%"), ("Thủ tục hành chính: 86,74%", "86,74%"),
               ("giải quyết công việc: 87,92%", "87,92%"), ("cung ứng dịch vụ: 85,36%", "85,36%"),
               ("phản ánh, kiến nghị: 83,93%", "83,93%")]

BLIND_628 = [
    # I. scope and forms (96/KH-UBND, 3146/QĐ-BNV cited; the fieldwork window and "một năm" no figures)
    F("tại 20 sở", "20", 20, "đơn vị", C, code=None, **_IN_TINH),
    F(", 26 huyện", "26", 26, "huyện", C, code=None, **_IN_HUYEN),
    F("và 78 xã", "78", 78, "xã", C, code=None, **_IN_XA),
    F("là 6.240 phiếu", "6.240", 6240, "phiếu", C, code=ANY),
    F("(cấp tỉnh 1.600 phiếu", "1.600", 1600, "phiếu", C, subject="cấp tỉnh", level="tỉnh", code=ANY),
    F("cấp huyện 2.080 phiếu", "2.080", 2080, "phiếu", C, subject="cấp huyện", level="huyện", code=ANY),
    F("cấp xã 2.560 phiếu", "2.560", 2560, "phiếu", C, subject="cấp xã", level="xã", code=ANY),
    F("thu về 6.118", "6.118", 6118, "phiếu", C, code=ANY),
    F("đó 6.035 phiếu", "6.035", 6035, "phiếu", C, code=ANY),
    F("đạt 96,71%", "96,71%", 96.71, "%", code=ANY),
    F("nam chiếm 54,36%", "54,36%", 54.36, "%", code=ANY, **_OPEN),
    F("nữ chiếm 45,64%", "45,64%", 45.64, "%", code=ANY, **_OPEN),
    F("có 1.248 phiếu", "1.248", 1248, "phiếu", C, code=ANY, **_OPEN),
    F("và 4.787 phiếu", "4.787", 4787, "phiếu", C, code=ANY, **_OPEN),
    F("; 2.146 phiếu", "2.146", 2146, "phiếu", C, code=ANY),
    F("chiếm 35,56%", "35,56%", 35.56, "%", code=ANY),
    # II.1 the province's SIPAS (its own 2023 survey and the Bộ's 2023 index dated 2023-12-31; target at period end)
    F("đạt 86,42%", "86,42%", 86.42, "%", code=_SIPAS, target=85, stated_status="đạt"),
    F("tăng 2,17%", "2,17%", 2.17, "%", CH, code=_SIPAS),
    F("(84,25%)", "84,25%", 84.25, "%", PR, as_of=_Y2023, code=_SIPAS),
    F("năm 2024 là 85%", "85%", 85, "%", T, code=ANY),
    F("chiếm 41,28%", "41,28%", 41.28, "%", code=ANY, **_OPEN),
    F("chiếm 47,35%", "47,35%", 47.35, "%", code=ANY, **_OPEN),
    F('thường" 9,86%', "9,86%", 9.86, "%", code=ANY, **_OPEN),
    F('hài lòng" 1,51%', "1,51%", 1.51, "%", code=ANY, **_OPEN),
    F("đạt 83,96%", "83,96%", 83.96, "%", PR, as_of=_Y2023, code=ANY),
    F("xếp thứ 18/63", "18/63", 18, "hạng", PR, max_value=63, as_of=_Y2023, code=ANY),
    # II.2 criteria, components
    *[F(context, raw, _num(raw), "%", code=ANY) for context, raw in _SIPAS_ROWS],
    F("Trong 22 chỉ số", "22", 22, "chỉ số", C, code=None, **_OPEN),
    F("đạt 82,45%", "82,45%", 82.45, "%", code=ANY),
    F("đạt 91,08%", "91,08%", 91.08, "%", code=ANY),
    # II.3 levels after "tương ứng là"; organisations vs. people
    F("tương ứng là 88,64%", "88,64%", 88.64, "%", subject="cấp tỉnh", level="tỉnh", code=ANY),
    F(", 85,97%", "85,97%", 85.97, "%", subject="cấp huyện", level="huyện", code=ANY),
    F("và 85,12%", "85,12%", 85.12, "%", subject="cấp xã", level="xã", code=ANY),
    F("đạt 84,86%", "84,86%", 84.86, "%", code=ANY, **_OPEN),
    F("dân 1,95 điểm", "1,95", -1.95, "%", CH, code=ANY, **_OPEN),
    # II.4 units by block
    F("có 05/20 cơ quan", "05/20", 5, "đơn vị", C, max_value=20, code=None, **_IN_TINH),
    F(", 14 cơ quan", "14", 14, "đơn vị", C, code=None, **_IN_TINH),
    F("và 01 cơ quan", "01", 1, "đơn vị", C, code=None, **_IN_TINH),
    F("Tư pháp (93,46%)", "93,46%", 93.46, "%", subject="Sở Tư pháp", level="tỉnh", code=ANY),
    F("Tài chính (92,18%)", "92,18%", 92.18, "%", subject="Sở Tài chính", level="tỉnh", code=ANY),
    F("(91,75%)", "91,75%", 91.75, "%", subject="Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp",
      level="tỉnh", code=ANY),
    F("Xây dựng (79,62%)", "79,62%", 79.62, "%", subject="Sở Xây dựng", level="tỉnh", code=ANY),
    F("Môi trường (80,14%)", "80,14%", 80.14, "%", subject="Sở Tài nguyên và Môi trường", level="tỉnh", code=ANY),
    F("có 17/20 sở", "17/20", 17, "đơn vị", C, max_value=20, code=None, **_IN_TINH),
    F("thành phố: 08/26", "08/26", 8, "đơn vị", C, max_value=26, code=None, **_IN_HUYEN),
    F(", 16 đơn vị", "16", 16, "đơn vị", C, code=None, **_IN_HUYEN),
    F(", 02 đơn vị", "02", 2, "đơn vị", C, code=None, **_IN_HUYEN),
    F("với 92,84%", "92,84%", 92.84, "%", subject="Thành phố Sầm Sơn", level="huyện", code=ANY),
    F("(76,35%)", "76,35%", 76.35, "%", subject="huyện Mường Lát", level="huyện", code=ANY),
    F("(77,18%)", "77,18%", 77.18, "%", subject="huyện Quan Sơn", level="huyện", code=ANY),
    F("trong 78 đơn vị", "78", 78, "đơn vị", C, code=None, **_IN_XA),
    F("có 21 đơn vị", "21", 21, "đơn vị", C, code=None, **_IN_XA),
    F(", 52 đơn vị", "52", 52, "đơn vị", C, code=None, **_IN_XA),
    F(", 05 đơn vị", "05", 5, "đơn vị", C, code=None, **_IN_XA),
    F("với 94,12%", "94,12%", 94.12, "%", subject="phường Ba Đình", level="xã", code=ANY),
    F("với 71,26%", "71,26%", 71.26, "%", subject="xã Trung Lý", level="xã", code=ANY),
    # II.5 comments; the 766 satisfaction group of tháng 11/2024 (dated by its sentence)
    F("ghi nhận 412 ý kiến", "412", 412, "ý kiến", C, code=ANY, **_OPEN),
    F("đó 156 ý kiến", "156", 156, "ý kiến", C, code=ANY, **_OPEN),
    F(", 98 ý kiến", "98", 98, "ý kiến", C, code=ANY, **_OPEN),
    F("đạt 16,84/18", "16,84/18", 16.84, "điểm", max_value=18, as_of="2024-11-30", code="766.hai_long"),
    # III. each named district's target for quý II năm 2025 (phone number no figure)
    F("tối thiểu 80%", "80%", 80, "%", T, as_of="2025-06-30", code=ANY, **_IN_HUYEN),
]

# ------------------------------------------------------------ 629: UBND phường Cam Đường (Lào Cai), quý I năm 2026
_CD = _by("UBND phường Cam Đường", "xã")
_Q4_2025 = "2025-12-31"


def _field_629(label: str, count: str, share: str, days: str) -> list[Fact]:
    """One dash item of overdue files by field: count, share of the overdue files, mean days late (a field of the
    ward's files: subject unchecked, level xã; codes unchecked)."""
    return [F(f"{label}: {count} hồ sơ", count, _num(count), "hồ sơ", C, code=ANY, **_IN_XA),
            F(f"chiếm {share}", share, _num(share), "%", code=ANY, **_IN_XA),
            F(f"bình quân {days} ngày", days, _num(days), "ngày", code=ANY, **_IN_XA)]


def _cause_629(context: str, raw: str) -> Fact:
    """Overdue files of one cause (subject unchecked, level xã; code unchecked)."""
    return F(context, raw, _num(raw), "hồ sơ", C, code=ANY, **_IN_XA)


BLIND_629 = [
    # I. files (quý IV năm 2025 dated 2025-12-31; 512/VP-KSTT cited); the communes' average
    F("bố trí 06 quầy", "06", 6, "quầy", C, code=None, **_IN_XA),
    F("với 08 công chức", "08", 8, "công chức", C, code=None, **_IN_XA),
    _CD("tiếp nhận 3.846", "3.846", 3846, "hồ sơ", C, code=_TN),
    _CD("(quý IV năm 2025: 3.512", "3.512", 3512, "hồ sơ", PR, as_of=_Q4_2025, code=_TN),
    _CD("tăng 334", "334", 334, "hồ sơ", CH, code=ANY),
    _CD("trực tuyến 3.204", "3.204", 3204, "hồ sơ", C, code=_NOP),
    _CD("chiếm 83,31%", "83,31%", 83.31, "%", code=_NOP),
    _CD("giải quyết 3.628", "3.628", 3628, "hồ sơ", C, code=ANY),
    _CD("đúng hạn 3.486", "3.486", 3486, "hồ sơ", C, code=_DH),
    _CD("đạt 96,09%", "96,09%", 96.09, "%", code=_DH),
    _CD("quá hạn 142 hồ sơ, chiếm", "142", 142, "hồ sơ", C, code=_QH),
    _CD("chiếm 3,91%", "3,91%", 3.91, "%", code=_QH),
    _CD("đang giải quyết 218", "218", 218, "hồ sơ", C, code=ANY),
    _CD("giảm 27 hồ sơ", "27", -27, "hồ sơ", CH, code=ANY),
    _CD("(169 hồ sơ)", "169", 169, "hồ sơ", PR, as_of=_Q4_2025, code=_QH),
    F("(98,62%)", "98,62%", 98.62, "%", code=_DH, **_IN_XA),
    _CD("thấp hơn 2,53", "2,53", -2.53, "%", CH, code=ANY),
    # II. by channel and by field
    F("có 38 hồ sơ", "38", 38, "hồ sơ", C, code=ANY, **_IN_XA),
    F("và 104 hồ sơ", "104", 104, "hồ sơ", C, code=ANY, **_IN_XA),
    _CD("chung 5,4 ngày", "5,4", 5.4, "ngày", code=ANY),
    *_field_629("đất đai", "98", "69,01%", "6,4"),
    *_field_629("riêng lẻ)", "26", "18,31%", "4,2"),
    *_field_629("hộ tịch", "11", "7,75%", "1,5"),
    *_field_629("lĩnh vực khác", "07", "4,93%", "1,2"),
    # III. by cause ("một công chức", "hai khu vực" in words)
    _cause_629("(94 hồ sơ", "94"),
    F("chiếm 66,20%", "66,20%", 66.20, "%", code=ANY, **_IN_XA),
    _cause_629("dân cư: 54 hồ sơ", "54"),
    _cause_629("thuế: 23 hồ sơ", "23"),
    _cause_629("nền tảng: 17 hồ sơ", "17"),
    _cause_629("(48 hồ sơ", "48"),
    F("chiếm 33,80%", "33,80%", 33.80, "%", code=ANY, **_IN_XA),
    _cause_629("Hệ thống: 31 hồ sơ", "31"),
    _cause_629("khu vực: 17 hồ sơ", "17"),
    # IV. letters of apology (quý IV năm 2025 dated 2025-12-31), files returned, PAKN
    _CD("ban hành 128 thư", "128", 128, "thư xin lỗi", C, code=ANY),
    _CD("đạt 90,14%", "90,14%", 90.14, "%", code=ANY),
    _CD("(quý IV năm 2025: 76,47%)", "76,47%", 76.47, "%", PR, as_of=_Q4_2025, code=ANY),
    _CD("Hệ thống 112 thư", "112", 112, "thư", C, code=ANY),
    _CD("trực tiếp 16 thư", "16", 16, "thư", C, code=ANY),
    _CD("quả 96/142", "96/142", 96, "hồ sơ", C, max_value=142, code=ANY),
    _CD("tiếp nhận 06 phản ánh", "06", 6, "PAKN", C, code=ANY),
    _CD("lời 06/06", "06/06", 6, "PAKN", C, max_value=6, code=ANY),
    # V. the ward's 766 result (quý IV năm 2025 dated 2025-12-31), the communes' average, the province's
    _CD("đạt 78,46/100", "78,46/100", 78.46, "điểm", max_value=100, code=_TONG),
    _CD("xếp thứ 64/99", "64/99", 64, "hạng", R, max_value=99, code=_HANG),
    _CD("(quý IV năm 2025: 81,20", "81,20", 81.20, "điểm", PR, max_value=100, as_of=_Q4_2025, code=_TONG),
    _CD("xếp thứ 41/99", "41/99", 41, "hạng", PR, max_value=99, as_of=_Q4_2025, code=_HANG),
    _CD("giảm 2,74", "2,74", -2.74, "điểm", CH, code=_TONG),
    _CD("giảm 23 bậc", "23", -23, "hạng", CH, code=_HANG),
    _CD("đạt 15,84/20", "15,84/20", 15.84, "điểm", max_value=20, code="766.tien_do"),
    F("là 80,15 điểm", "80,15", 80.15, "điểm", code=_TONG, **_IN_XA),
    F("đạt 83,72/100", "83,72/100", 83.72, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 21/34", "21/34", 21, "hạng", R, max_value=34, code=_HANG),
    # VI. counts repeated; the ward's target for quý II năm 2026 (phone number no figure)
    F("dứt điểm 46 hồ sơ", "46", 46, "hồ sơ", C, code=ANY, **_OPEN),
    F("đối với 14 hồ sơ", "14", 14, "hồ sơ", C, code=ANY, **_OPEN),
    _CD("tối thiểu 98%", "98%", 98, "%", T, as_of="2026-06-30", code=_DH),
]

BLIND = {"625": BLIND_625, "626": BLIND_626, "627": BLIND_627, "628": BLIND_628, "629": BLIND_629}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "625": [
        ("2024-11-05", "day", "05/11/2024", "ban hành văn bản xin lỗi", "Sở Công Thương"),
        ("2024-11-30", "day", "ngày ba mươi tháng 11 năm 2024", "giải quyết dứt điểm hồ sơ đất đai quá hạn",
         "UBND thị xã Điện Bàn"),
        ("2024-12-31", "quarter", "quý IV năm 2024", "thanh toán trực tuyến", "UBND thị xã Điện Bàn"),
        ("2024-11-30", "month", "tháng 11/2024", "cập nhật đầy đủ các TTHC mới công bố", "UBND huyện Tiên Phước"),
        ("2025-12-31", "year", "năm 2025", "trang bị thêm máy quét", "UBND huyện Núi Thành"),
        # issued 25/10/2024: the first "ngày 10 hằng tháng" is 10/11/2024
        ("2024-11-10", "recurring", "10 hằng tháng", "báo cáo kết quả khắc phục", "Các cơ quan, đơn vị được kiểm tra"),
    ],
    "626": [
        ("2025-05-31", "day", "31/5/2025", "xin lỗi", "UBND thành phố Phú Quốc"),
        ("2025-06-15", "day", "ngày mười lăm tháng 6 năm 2025", "giải quyết dứt điểm hồ sơ đất đai tồn đọng",
         "UBND thành phố Phú Quốc"),
        ("2025-06-30", "quarter", "quý II năm 2025", "thanh toán trực tuyến", "UBND thành phố Phú Quốc"),
        ("2025-07-31", "month", "tháng 7/2025", "khắc phục đường truyền", "UBND xã Thổ Châu"),
        ("2025-12-31", "year", "năm 2025", "bổ sung máy quét", "Sở Khoa học và Công nghệ"),
        # issued 16/5/2025: the first "ngày 25 hằng tháng" is 25/5/2025
        ("2025-05-25", "recurring", "25 hằng tháng", "báo cáo kết quả thực hiện Thông báo", "UBND thành phố Phú Quốc"),
    ],
    "627": [
        ("2026-01-20", "day", "20/01/2026", "hoàn thiện hồ sơ minh chứng", "Văn phòng Sở"),
        ("2026-02-28", "day", "ngày hai mươi tám tháng 02 năm 2026", "phản ánh, kiến nghị tồn đọng", "Thanh tra Sở"),
        ("2026-03-31", "quarter", "quý I năm 2026", "giải quyết đúng hạn", "Phòng Quản lý hoạt động xây dựng"),
        ("2026-03-31", "month", "tháng 3/2026", "tập huấn chấm điểm", "Sở Nội vụ"),
        ("2026-12-31", "year", "năm 2026", "số hóa hồ sơ lưu trữ",
         "Trung tâm Kiểm định chất lượng công trình xây dựng"),
        # issued 12/01/2026, after the 5th: the first "ngày 05 hằng tháng" is 05/02/2026
        ("2026-02-05", "recurring", "05 hằng tháng", "cập nhật minh chứng", "Các phòng, đơn vị thuộc Sở"),
    ],
    "628": [
        ("2025-01-15", "day", "15/01/2025", "kế hoạch nâng cao chất lượng phục vụ",
         "Sở Xây dựng và Sở Tài nguyên và Môi trường"),
        ("2025-06-30", "quarter", "quý II năm 2025", "rà soát quy trình tiếp nhận",
         "UBND huyện Mường Lát và UBND huyện Quan Sơn"),
        ("2025-03-20", "day", "ngày hai mươi tháng 3 năm 2025", "đơn giản hóa thời gian giải quyết",
         "Văn phòng UBND tỉnh"),
        ("2025-06-30", "month", "tháng 6/2025", "khảo sát đợt I năm 2025", "Bưu điện tỉnh"),
        ("2025-12-31", "year", "năm 2025", "khảo sát trực tuyến", "Sở Nội vụ"),
        # issued 18/12/2024: the first "ngày 20 hằng tháng" is 20/12/2024
        ("2024-12-20", "recurring", "20 hằng tháng", "cập nhật kết quả khắc phục",
         "Các sở, ban, ngành và UBND cấp huyện"),
    ],
    "629": [
        ("2026-04-20", "day", "20/4/2026", "giải quyết dứt điểm", "Công chức địa chính - xây dựng"),
        ("2026-04-15", "day", "ngày mười lăm tháng 4 năm 2026", "gửi thư xin lỗi", "Văn phòng HĐND và UBND phường"),
        ("2026-06-30", "quarter", "quý II năm 2026", "giải quyết đúng hạn", "Trung tâm Phục vụ hành chính công phường"),
        ("2026-05-31", "month", "tháng 5/2026", "rà soát quy trình nội bộ", "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("2026-12-31", "year", "năm 2026", "số hóa cơ sở dữ liệu đất đai", "Sở Nông nghiệp và Môi trường"),
        # issued 08/4/2026: the first "ngày 25 hằng tháng" is 25/4/2026
        ("2026-04-25", "recurring", "25 hằng tháng", "báo cáo tình hình hồ sơ sắp đến hạn", "Các công chức chuyên môn"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 625 is a report of an
# inspection team under "UBND TỈNH QUẢNG NAM", signed by its head; 626 a Thông báo of the Văn phòng UBND tỉnh signed by
# a deputy chief; 627 a report of the Sở Xây dựng under "UBND TỈNH LÂM ĐỒNG"; 628 a report of the Sở Nội vụ under "UBND
# TỈNH THANH HÓA"; 629 a report of a ward of Lào Cai (the province named in "Kính gửi"), signed by its chairman.
META = {
    "625": {"doc_number": "52/BC-ĐKT", "doc_type": "Báo cáo", "issued_date": "2024-10-25",
            "province": "Quảng Nam", "period_label": "9 tháng đầu năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-09-30", "signer": "Lê Thị Thu Hiền"},
    "626": {"doc_number": "118/TB-VP", "doc_type": "Thông báo", "issued_date": "2025-05-16",
            "province": "Kiên Giang", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Danh Hoàng Phúc"},
    "627": {"doc_number": "42/BC-SXD", "doc_type": "Báo cáo", "issued_date": "2026-01-12",
            "province": "Lâm Đồng", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Phạm Quốc Bảo"},
    "628": {"doc_number": "1986/BC-SNV", "doc_type": "Báo cáo", "issued_date": "2024-12-18",
            "province": "Thanh Hóa", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Nguyễn Thị Hồng Vân"},
    "629": {"doc_number": "46/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-04-08",
            "province": "Lào Cai", "period_label": "quý I năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-03-31", "signer": "Lò Văn Thắng"},
}
