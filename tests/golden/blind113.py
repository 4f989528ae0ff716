"""Blind golden facts for corpus/blind113/640_dong_thap.txt, 641_ninh_binh.txt, 642_vinh_long.txt, 643_can_tho.txt and
644_tuyen_quang.txt.

The five documents were written by the developers for a hundred-and-thirteenth blind measurement (the consolidated
reports of provinces after the 1 July 2025 merger: a UBND tỉnh's quarterly report with one long table per sở, ban, ngành
and one per xã, phường, a Văn phòng UBND tỉnh on the province's Cổng dịch vụ công and Hệ thống thông tin giải quyết
TTHC, a provincial Đề án 06 working group on population data, identity cards and VNeID with figures per commune, a
centrally-run city's half-year report beside its three former provinces, a UBND tỉnh's Công văn on the 766 index of its
communes with a tab-separated table; provinces not used recently: Đồng Tháp, Ninh Bình, Vĩnh Long, Cần Thơ, Tuyên
Quang; periods quý III năm 2025, tháng 11 năm 2025, quý I năm 2026, 6 tháng đầu năm 2026 and quý IV năm 2025; not real
documents), and every row below was written by reading them, before any extraction, restoration or pipeline code was
run on them. They also serve as held-out text for diacritic restoration (marks stripped, restored, compared with the
file).

Same structure and conventions as golden/blind112.py, blind111.py, blind110.py, blind109.py, blind16.py and blind13.py:
rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it). Prose
and list counts are kind `count`; table cells are kind `value` even when they count, with `extra={"source": "table"}`
(rank cells kind `rank`, unit `hạng`, no max_value where none is written); `as_of="period"` is the period's end; a table
column dated before the period end keeps kind `value` (rank cells `rank`) with that date as `as_of`; a change is dated
with the figure it changes and a fall ("giảm", "thấp hơn") is negative; a change in "điểm phần trăm" is kind change in
`%`. `ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly names
none: counts of communes, bodies, decisions, incidents, software, machines). "thủ tục" counts use the unit `TTHC`, "phản
ánh, kiến nghị" the unit `PAKN`; a count of the files (or PAKN) an indicator is computed on carries that indicator's
code; every "đã giải quyết" count, files by field, pending files and changes of counts have their code unchecked. Counts
of local units take the unit of their first unit word ("129 xã, phường", "96/102 xã, phường" → `xã`); "102 đơn vị hành
chính cấp xã (82 xã, 20 phường)" → subject `cấp xã` (unit `đơn vị`, level xã), its parts `xã`, `phường` (subject
unchecked, level xã); counts of "cơ quan", "đơn vị" → `đơn vị` at the level of the bodies counted (subject unchecked).
Province-wide figures ("toàn tỉnh", "tỉnh Đồng Tháp đạt", "thành phố đạt" in the centrally-run city of Cần Thơ) have
subject NULL; "Cấp tỉnh"/"cấp xã" figures are `cấp tỉnh`/`cấp xã`; "cấp thành phố" in Cần Thơ is the provincial level
(level tỉnh, subject unchecked, as golden/blind112.py's 635). A body named in full keeps the name as written ("Công an
tỉnh thu nhận", "Sở Tư pháp đã liên thông", "Bảo hiểm xã hội tỉnh đã xác thực", "Công an các xã, phường đã làm sạch",
"xã Tân Hồng (91,36%)"). Things counted take the noun as written (`quyết định`, `tài khoản`, `lượt`, `giao dịch`, `giấy
tờ`, `sự cố`, `cuộc gọi`, `dịch vụ`, `phần mềm`, `nhân khẩu`, `trường hợp`, `thẻ`, `người`, `cơ sở`, `đối tượng`, `máy
quét`); durations `giờ`, `phút`, `ngày`; money keeps the unit written (`tỷ đồng`, code unchecked). Numbers written in
words are no figures ("hai cấp", "hai tỉnh cũ", "ba tỉnh Ninh Bình, Hà Nam, Nam Định", "ba địa phương", "một năm", the
days of "ngày hai mươi tháng 11", "ngày mười tháng 12", "ngày hai mươi tám tháng 4", "ngày mười lăm tháng 9", "ngày hai
mươi tám tháng 02"). Dates, document numbers and cited texts ("Nghị định số 118/2025/NĐ-CP", "Quyết định số
1126/QĐ-UBND", "Quyết định số 06/QĐ-TTg", "Kế hoạch số 36/KH-UBND", "Nghị quyết số 202/2025/QH15", "Quyết định số
766/QĐ-TTg"), "Đề án 06", "Bộ chỉ số 766", "giai đoạn 2022 - 2025", the stated windows and data dates ("từ ngày
01/7/2025 đến ngày 30/9/2025", "tính đến ngày 30/9/2025", "Đến ngày 31/3/2026", "đến ngày 30/6/2025", "công bố ngày
12/11/2025", "từ ngày 01/7/2025"), the period words ("6 tháng đầu năm 2026", "6 tháng đầu năm 2025", "6 THÁNG CUỐI
NĂM"), "PC06", "cơ sở 2", "mức độ 2", "dưới 14 tuổi", "từ đủ 14 tuổi", "dưới 6 tuổi", ward names holding a number
("Phường Hà Giang 1", "Phường Hà Giang 2"), "Ngân hàng Nhà nước Khu vực 14", section and item numbering ("I.", "1.",
"a)", "đ)", "Bảng 1."), the STT column and the numbered list's item numbers in 642, the text column "Đơn vị tính" and
the maximum in the row label "(tối đa 100)" / header "Tổng điểm (tối đa 100)" (carried by the cells), addresses ("số 23
đường Hùng Vương", "số 12 đường Lê Hồng Phong", "số 2 Hòa Bình", "số 160 đường Trần Hưng Đạo"), phone numbers
("0273.3873.512", "0229.3871.246", "0270.3822.614", "0292.3820.417", "0207.3822.846"), headings naming the next period
("IV. NHIỆM VỤ QUÝ IV NĂM 2025", "III. NHIỆM VỤ THÁNG 12 NĂM 2025", "III. NHIỆM VỤ QUÝ II NĂM 2026", "IV. NHIỆM VỤ 6
THÁNG CUỐI NĂM 2026", "5. Nhiệm vụ quý I năm 2026", the "V/v" line: no deadlines) and years are not figures.

New in this set (the decisions are written here):
- 640 is a quarterly Báo cáo of UBND tỉnh Đồng Tháp (merged with Tiền Giang; header "ỦY BAN NHÂN DÂN / TỈNH ĐỒNG THÁP",
  number "1486/BC-UBND", signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"), quý III năm 2025, issued
  10/10/2025. "102 đơn vị hành chính cấp xã (82 xã, 20 phường) và 19 cơ quan chuyên môn", "14 quyết định" (the
  Chairman's: subject and level unchecked), "1.964 TTHC, trong đó cấp tỉnh 1.582 TTHC, cấp xã 382 TTHC; … 1.126 TTHC
  … toàn trình (chiếm 57,33%) và 838 TTHC một phần". Files "118.054 hồ sơ; so với quý II năm 2025 (tổng của hai tỉnh
  cũ: 104.312 hồ sơ) tăng 13.742 hồ sơ, tương ứng tăng 13,17%" (the predecessors' sum: previous dated 2025-06-30, the
  received code, subject and level unchecked, as golden/blind105.py's 600), online, levels after "lần lượt là" and
  "tương ứng là", settled, on time, overdue with the land field in brackets (subject and level unchecked), pending. NEW:
  TWO LONG MARKDOWN TABLES IN ONE REPORT, "Bảng 1" by sở, ban, ngành and "Bảng 2" by xã, phường, with the same columns
  "Tiếp nhận (hồ sơ) | Trực tuyến (hồ sơ) | Đã giải quyết (hồ sơ) | Đúng hạn (hồ sơ) | Quá hạn (hồ sơ) | Tỷ lệ đúng hạn
  (%)" (codes: received, online, unchecked, on-time, overdue, on-time) and an upper-case "TỔNG CỘNG" row with an empty
  STT: Bảng 1's rows the agencies as written (`Sở Tài chính`, `Công an tỉnh`, level tỉnh), "Các cơ quan còn lại"
  subject unchecked, "TỔNG CỘNG" `cấp tỉnh` (its received and online cells repeat the prose's 28.566 and add up to
  it); Bảng 2's rows the communes as written (`Phường Mỹ Tho`, `Xã Cái Bè`, level xã), "Các xã, phường còn lại"
  subject unchecked, "TỔNG CỘNG" `cấp xã`; "0" and "100" cells are figures. After Bảng 1 "(216 hồ sơ, chiếm 80% số hồ
  sơ quá hạn của cấp tỉnh)" names the Sở Nông nghiệp và Môi trường (the 80% a share of overdue files: code
  unchecked), "03 cơ quan"; after Bảng 2 "96/102 xã, phường … 06 xã … xã Tân Hồng (91,36%)". Payment "64,28%
  (43.156/67.138 hồ sơ); so với chỉ tiêu UBND tỉnh giao năm 2025 là 70% thì chưa đạt chỉ tiêu" (the target dated
  2025-12-31), "38,64 tỷ đồng", digitisation, e-results, reuse; "86 phản ánh, kiến nghị … 81 PAKN (đạt 94,19%), còn 05
  PAKN"; `82,74/100`, `15/34` "so với tháng 7/2025 (79,86 điểm, xếp thứ 21/34) tăng 2,88 điểm và tăng 6 bậc" (previous
  2025-07-31), six group scores after "lần lượt là" with their maxima; block averages (level tỉnh / xã, subject
  unchecked, the total's code as golden/blind111.py), "08/19 cơ quan và 21/102 xã, phường xếp loại Tốt; 14/102 xã,
  phường xếp loại Yếu"; two communes' online shares in brackets. Task 2's "của cấp xã đạt tối thiểu 65% trong quý IV
  năm 2025" cấp xã's payment target (2025-12-31). Six deadlines: day, quarter (with the target), "chậm nhất ngày hai
  mươi tháng 11 năm 2025" (day in words), month, year in a request "Đề nghị Bưu điện tỉnh …", "trước ngày 18 hằng
  tháng" (issued 10/10/2025: first 18/10/2025).
- 641 is a monthly Báo cáo of the Văn phòng UBND tỉnh Ninh Bình (merged with Hà Nam and Nam Định; header "UBND TỈNH
  NINH BÌNH / VĂN PHÒNG", number "318/BC-VPUBND", signed "CHÁNH VĂN PHÒNG"), tháng 11 năm 2025, issued 03/12/2025, on
  the province's portal and TTHC information system, in dash lists. NEW: A SYSTEM'S OPERATING FIGURES: officials'
  accounts "6.418 tài khoản, trong đó cấp tỉnh 1.846 tài khoản, cấp xã 4.572 tài khoản; … 124 tài khoản, khóa 86 tài
  khoản" (the total and the changes subject and level unchecked: accounts on a system; the levels `cấp tỉnh`/`cấp
  xã`), the portal's citizens' and enterprises' accounts "lũy kế 1.284.506 tài khoản (tháng 10/2025: 1.246.318 tài
  khoản), tăng 38.188 tài khoản (người dân 36.942 tài khoản, doanh nghiệp 1.246 tài khoản); … VNeID 1.102.846 tài
  khoản, chiếm 85,86%" (portal accounts, not the identity-account code: codes unchecked; subject and level unchecked;
  previous 2025-10-31), visits "2.846.312 lượt, bình quân 94.877 lượt/ngày (an average: kind value); giảm 4,26% so với
  tháng 10/2025 (2.972.918 lượt)", "186.420 lượt … 64.318 lượt"; SYNCHRONISATION WITH THE NATIONAL PORTAL: "toàn tỉnh
  tiếp nhận 96.842 hồ sơ trên Hệ thống (cấp tỉnh 28.146 hồ sơ, cấp xã 68.696 hồ sơ), đã đồng bộ trạng thái 95.916 hồ
  sơ …, đạt 99,04%; còn 926 hồ sơ … (tháng 10/2025: 2.146 hồ sơ)" (the province's files: subject NULL; the received
  code on the receptions, the synchronisation figures' codes unchecked), "cấp tỉnh đạt 99,62%, cấp xã đạt 98,87%", the
  former provinces' shares of "Cùng kỳ năm trước" (tháng 11/2024: previous dated 2024-11-30, subject and level
  unchecked) after "lần lượt là"; "1.286 dịch vụ công trực tuyến, trong đó 724 dịch vụ toàn trình" (the portal's:
  subject and level unchecked, code unchecked), online files and shares by level, payment "28.615 giao dịch … 21,48 tỷ
  đồng … 58,72% (tháng 10/2025: 55,09%), tăng 3,63 điểm phần trăm", the data store "412.648 tài khoản … 1.846.205 giấy
  tờ điện tử", incidents "03 sự cố … 5,5 giờ … 99,24%", the helpdesk "1.412 cuộc gọi … 1.398 cuộc gọi … 4,2
  phút/cuộc gọi" (the system's and helpdesk's: subject and level unchecked). The 766 result "tháng 10/2025 (công bố
  ngày 12/11/2025) … 84,16/100 điểm, xếp thứ 11/34 …; 17,24/18 …; 10,12/12" dated 2025-10-31 (as golden/blind112.py's
  638). "14 xã", "06 phần mềm", task 1's "926 hồ sơ" repeated; task 3's "thời gian Hệ thống hoạt động ổn định đạt tối
  thiểu 99,5% trong quý I năm 2026" the system's target (2026-03-31, subject and level unchecked). Six deadlines: day,
  "chậm nhất ngày mười tháng 12 năm 2025" (day in words), quarter (with the target), month, year in a request "Đề nghị
  Viễn thông Ninh Bình …", "trước ngày 25 hằng tháng" (issued 03/12/2025: first 25/12/2025).
- 642 is a quarterly Báo cáo of the Tổ công tác triển khai Đề án 06 of tỉnh Vĩnh Long (merged with Bến Tre and Trà
  Vinh; header "UBND TỈNH VĨNH LONG / TỔ CÔNG TÁC TRIỂN KHAI ĐỀ ÁN 06", number "24/BC-TCT", signed "TỔ TRƯỞNG / PHÓ CHỦ
  TỊCH UBND TỈNH"), quý I năm 2026, issued 08/4/2026. NEW: A PROVINCIAL WORKING GROUP'S REPORT, whose own figures are
  the province's (subject NULL) and whose members' figures are named in full: the population database "4.268.415 nhân
  khẩu" (NULL), "Công an các xã, phường đã làm sạch 18.426 trường hợp …, cập nhật bổ sung 6.214 trường hợp" (as
  written, level xã), "đạt 99,12% (quý IV năm 2025: 98,46%)" (previous 2025-12-31), "3.862 trường hợp"; identity cards
  "Công an tỉnh đã thu nhận 42.618 hồ sơ cấp căn cước, trong đó 12.406 hồ sơ …; đã trả 40.962 thẻ căn cước (đạt
  96,11%), trong đó … 9.184 thẻ" (`Công an tỉnh`, codes unchecked); identity accounts "2.846.512 tài khoản … đạt
  78,46% …; so với chỉ tiêu năm 2026 là 85% thì chưa đạt chỉ tiêu … 64.218 tài khoản, tăng 12,6%" (the identity-account
  code; the target dated 2026-12-31; the relative change's code unchecked), the former provinces "đến ngày 30/6/2025 …
  lần lượt là 74,12%, 71,86% và 69,54%" (previous 2025-06-30, subject and level unchecked); essential services "48.775
  hồ sơ … 28.416 hồ sơ …, chiếm 58,26%" (codes unchecked: a group of services), "Sở Tư pháp đã liên thông 12.846 hồ
  sơ", "Bảo hiểm xã hội tỉnh đã xác thực 3.412.608 người …, đạt 99,86%"; a dash list by field: "126/128 cơ sở khám
  bệnh, chữa bệnh … 1.684.212 lượt" (facilities: subject and level unchecked), "98.426 đối tượng, đạt 94,18%" (NULL),
  "2.186.412 tài khoản thanh toán" (the banks': subject and level unchecked). NEW: FIGURES PER COMMUNE IN A NUMBERED
  LIST "1. Phường Long Châu: 46.218 tài khoản, đạt 92,36%; làm sạch 412 trường hợp." (the item number no figure; the
  commune as written, level xã; accounts and share with the identity-account code, the records cleaned code
  unchecked), "124 đơn vị hành chính cấp xã (105 xã, 19 phường)", "38/124 xã, phường … 86 xã, phường", "Xã Long Hiệp
  … thấp hơn bình quân toàn tỉnh 20,04 điểm phần trăm" (its negative change), "02 cơ sở". Task 2's "của mỗi xã đạt
  tối thiểu 70% trong quý II năm 2026" each named commune's target (subject unchecked, level xã, 2026-06-30). Six
  deadlines: day, quarter (with the target) for three named communes, "chậm nhất ngày hai mươi tám tháng 4 năm 2026"
  (day in words), month, year in a request "Đề nghị Bảo hiểm xã hội tỉnh …", "trước ngày 20 hằng tháng" (issued
  08/4/2026: first 20/4/2026).
- 643 is a half-year Báo cáo of UBND thành phố Cần Thơ (a centrally-run city merged with Sóc Trăng and Hậu Giang;
  header "ỦY BAN NHÂN DÂN / THÀNH PHỐ CẦN THƠ", number "286/BC-UBND"), 6 tháng đầu năm 2026, issued 08/7/2026. "103 đơn
  vị hành chính cấp xã (31 phường, 72 xã) và 18 cơ quan chuyên môn". NEW: THE FORMER PROVINCES IN SEPARATE COLUMNS OF A
  MARKDOWN TABLE: "STT | Chỉ tiêu | Đơn vị tính | Thành phố Cần Thơ 6 tháng đầu năm 2026 | Cần Thơ (cũ) 6 tháng đầu năm
  2025 | Sóc Trăng (cũ) … | Hậu Giang (cũ) …" with nine indicator rows: the city's column subject NULL at the period
  end; each former province's column dated 2025-06-30 (kind `value`, rank cells kind `rank`, as a table column dated
  before the period end), subject and level unchecked (the former provinces, as golden/blind105.py's 600); each cell
  in the unit of the row's "Đơn vị tính" (`hồ sơ`, `%`, `điểm`, `hạng`) with the row's code (received, online, online,
  on-time, overdue, payment, digitisation, total, rank); the score row "(tối đa 100)" carries max 100, the rank cells
  their written maxima (34 for the city, 63 for the former provinces). The prose: "412.618 hồ sơ …; so với tổng của ba
  địa phương cùng kỳ năm 2025 (373.002 hồ sơ), tăng 39.616 hồ sơ, tương ứng tăng 10,62%" (the predecessors' sum:
  previous 2025-06-30), "81,95%, … (bình quân chung cùng kỳ là 72,42%); trong đó cấp thành phố đạt 94,18%, cấp xã đạt
  76,24%", "98,92%; … 4.312 hồ sơ, giảm 2.842 hồ sơ so với tổng … (7.154 hồ sơ)", "71,8%" (the land field's share:
  subject and level unchecked), "68,42%; so với chỉ tiêu năm 2026 là 75% thì chưa đạt chỉ tiêu", "96,84 tỷ đồng",
  "91,26%", "46,28% (cùng kỳ năm 2025, bình quân ba địa phương: 31,46%)", PAKN "214 … 208 … (đạt 97,20%) … 6,4
  ngày/PAKN", `86,38/100`, `8/34` "(tháng 12/2025: 84,06 điểm, xếp thứ 12/34), tăng 2,32 điểm và tăng 4 bậc" (previous
  2025-12-31), block averages, "12/18 cơ quan và 46/103 xã, phường", the first and last communes' scores in brackets
  (as written, level xã). Task 2's "của cấp xã đạt tối thiểu 80% trong quý III năm 2026" cấp xã's online target
  (2026-09-30). Six deadlines: day, quarter (with the target), "chậm nhất ngày mười lăm tháng 9 năm 2026" (day in
  words), month, year in a request "Đề nghị Ngân hàng Nhà nước Khu vực 14 …", "trước ngày 03 hằng tháng" (issued
  08/7/2026, after the 3rd: first 03/8/2026).
- 644 is a CÔNG VĂN (doc_type "Công văn") of UBND tỉnh Tuyên Quang (merged with Hà Giang; header "ỦY BAN NHÂN DÂN /
  TỈNH TUYÊN QUANG", number "184/UBND-KSTT", a "V/v" line naming the quarter, no title) to the sở and the communes,
  issued 14/01/2026, on the 766 index of quý IV năm 2025. The province's `80,46/100`, `24/34` "tăng 3 bậc so với quý
  III năm 2025 (xếp thứ 27/34)" (previous 2025-09-30), six group scores with "điểm" after each; "124 đơn vị hành chính
  cấp xã (117 xã, 07 phường)", the communes' average "74,28 điểm, thấp hơn bình quân khối sở, ban, ngành (85,62 điểm)
  11,34 điểm" (level averages, subject unchecked, the total's code; the gap the communes' negative change, code
  unchecked), block averages of phường and xã, counts by grade "09/124 xã, phường … 41 đơn vị … 58 đơn vị … 16 đơn
  vị". NEW: A TAB-SEPARATED TABLE OF THE BEST AND WORST COMMUNES with the ranks among the 124 jumping from 8 to 121:
  "STT | Xã, phường | Tổng điểm (tối đa 100) | Xếp hạng | Tỷ lệ nộp trực tuyến (%) | Tỷ lệ số hóa hồ sơ (%)" — the
  commune as written (level xã; "Phường Hà Giang 1" a name holding a number), the score `điểm` with max 100 from the
  header, the rank kind `rank` without max (none written), the online and digitisation shares with their codes.
  "Xã Phó Bảng … thấp hơn bình quân cấp xã 20,22 điểm" (its negative change), "(19 cơ quan) có 11 cơ quan … 08 cơ
  quan", "Sở Tư pháp dẫn đầu (93,46 điểm), Sở Nông nghiệp và Môi trường thấp nhất (76,18 điểm)", "cấp xã mới đạt
  38,62%, thấp hơn bình quân toàn tỉnh (52,14%)" (the province's: NULL), "27 xã … 46 máy quét" (the communes': level
  xã). Task b)'s "của cấp xã đạt tối thiểu 50% trong quý I năm 2026" cấp xã's payment target (2026-03-31). Six
  deadlines in lettered items a)–e) with "đ)": day for four named communes, quarter (with the target), "chậm nhất ngày
  hai mươi tám tháng 02 năm 2026" (day in words), month, year in a request "Đề nghị Bưu điện tỉnh …", "trước ngày 22
  hằng tháng" (issued 14/01/2026: first 22/01/2026).

Unsure readings (fields left `ANY`): the subject and level of the system's accounts, visits, incidents and helpdesk
calls in 641 (a system, not a body; NULL for the province would also be defensible) and the codes of its portal
accounts and synchronisation figures (no catalogued code); the codes of 642's records cleaned, identity cards and
essential-service files (not the 766 index's files); the subject of "cấp thành phố" in 643 (`cấp thành phố` as written
or `cấp tỉnh`); the former provinces' subject in 641, 642 and 643 (the old province or the new one).
"""

from __future__ import annotations

from golden.facts import (
    _DH,
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
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_GROUPS = ("766.cong_khai", "766.tien_do", "766.dvctt", "766.thanh_toan", "766.so_hoa", "766.hai_long")
_MAXIMA = (18, 20, 12, 10, 22, 18)
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_XA = {"subject": ANY, "level": "xã"}
_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
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


def _value(raw: str) -> float:
    """A cell's number: the part before a slash for ranks and scores written `x/max`."""
    return _num(raw.split("/")[0])


def _cells(line: str, sep: str, after: str, subject: object, level: object, cells: list[Cell]) -> list[Fact]:
    """The numeric cells of one table row written as `line`, left to right. A cell's context is the separator before
    it, the rest of its row and the start of the next line (`after`), so that it occurs once and the raw text is found
    first at the cell itself."""
    facts, at = [], 0
    for raw, unit, kind, code, as_of, top in cells:
        at = _find_cell(line, sep, raw, at)
        facts.append(F(line[at:] + "\n" + after, raw, _value(raw), unit, kind, max_value=top, subject=subject,
                       level=level, as_of=as_of, code=code, extra=TAB))
        at += len(sep)
    return facts


def _by(subject: str, level: str):
    """A row maker for one body's own figures (subject and level fixed)."""
    def make(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
        return F(context, raw, value, unit, kind, subject=subject, level=level, **kw)
    return make


def _md_line(cells: tuple[str, ...]) -> str:
    """A Markdown table row as the documents write it (an empty STT cell as "| |")."""
    return ("| " + " | ".join(cells) + " |").replace("|  |", "| |")


def _groups(contexts: list[str], raws: list[str], **kw) -> list[Fact]:
    """The six 766 group scores `x/max` in the documents' order (công khai, tiến độ, DVCTT, thanh toán, số hóa, hài
    lòng), each with its group's code and maximum."""
    return [F(context, raw, _value(raw), "điểm", max_value=_MAXIMA[i], code=_GROUPS[i], **kw)
            for i, (context, raw) in enumerate(zip(contexts, raws, strict=True))]


# ------------------------------------------------------------ 640: UBND tỉnh Đồng Tháp, quý III năm 2025
_Q2_2025 = "2025-06-30"
_JUL_2025 = "2025-07-31"
_Y2025 = "2025-12-31"
_FILE_CODES = (_TN, _NOP, ANY, _DH, _QH, _DH)
_FILE_UNITS = ("hồ sơ", "hồ sơ", "hồ sơ", "hồ sơ", "hồ sơ", "%")

_AGENCIES_640 = [
    ("1", "Sở Nông nghiệp và Môi trường", "6.842 5.916 6.514 6.298 216 96,68"),
    ("2", "Sở Tài chính", "4.318 4.296 4.274 4.274 0 100"),
    ("3", "Công an tỉnh", "5.214 4.106 5.102 5.096 6 99,88"),
    ("4", "Sở Xây dựng", "3.126 2.987 3.042 3.018 24 99,21"),
    ("5", "Sở Công Thương", "2.418 2.402 2.396 2.395 1 99,96"),
    ("6", "Sở Tư pháp", "1.972 1.512 1.938 1.931 7 99,64"),
    ("7", "Các cơ quan còn lại", "4.676 4.303 4.598 4.582 16 99,65"),
    ("", "TỔNG CỘNG", "28.566 25.522 27.864 27.594 270 99,03"),
]

_COMMUNES_640 = [
    ("1", "Phường Mỹ Tho", "6.412 5.846 6.298 6.251 47 99,25"),
    ("2", "Phường Cao Lãnh", "5.286 4.712 5.204 5.168 36 99,31"),
    ("3", "Phường Sa Đéc", "4.138 3.516 4.046 4.009 37 99,09"),
    ("4", "Phường Gò Công", "3.246 2.684 3.182 3.141 41 98,71"),
    ("5", "Phường Cai Lậy", "2.984 2.316 2.912 2.866 46 98,42"),
    ("6", "Phường Hồng Ngự", "2.516 1.958 2.474 2.452 22 99,11"),
    ("7", "Xã Cái Bè", "2.308 1.612 2.246 2.188 58 97,42"),
    ("8", "Các xã, phường còn lại", "62.598 48.038 61.086 60.317 769 98,74"),
    ("", "TỔNG CỘNG", "89.488 70.682 87.448 86.392 1.056 98,79"),
]


def _file_table(rows: list[tuple[str, str, str]], level: str, total: str, last_after: str) -> list[Fact]:
    """Bảng 1 / Bảng 2 of 640 (Markdown): per row the six cells received, online, settled, on time, overdue, on-time
    share. A body as written at `level`, "Các … còn lại" subject unchecked, "TỔNG CỘNG" (empty STT) `total`. Each
    row's context runs into the next row's STT and name."""
    facts = []
    for i, (stt, name, raws) in enumerate(rows):
        line = _md_line((stt, name, *raws.split()))
        after = _md_line(rows[i + 1][:2]).rsplit(" |", 1)[0] if i + 1 < len(rows) else last_after
        subject = total if stt == "" else ANY if name.startswith("Các ") else name
        cells = [(raw, unit, P, code, "period", None)
                 for raw, unit, code in zip(raws.split(), _FILE_UNITS, _FILE_CODES, strict=True)]
        facts += _cells(line, " | ", after, subject, level, cells)
    return facts


BLIND_640 = [
    # I. the merged province (118/2025/NĐ-CP cited; "hai cấp" in words, "cơ sở 2" no figure), procedures
    F("với 102 đơn vị", "102", 102, "đơn vị", C, code=None, **_XA),
    F("(82 xã", "82", 82, "xã", C, code=None, **_IN_XA),
    F("20 phường)", "20", 20, "phường", C, code=None, **_IN_XA),
    F("và 19 cơ quan", "19", 19, "đơn vị", C, code=None, **_IN_TINH),
    F("ban hành 14 quyết định", "14", 14, "quyết định", C, code=None, **_OPEN),
    F("thực hiện 1.964 TTHC", "1.964", 1964, "TTHC", C, code=_TTHC),
    F("cấp tỉnh 1.582 TTHC", "1.582", 1582, "TTHC", C, code=ANY, **_TINH),
    F("cấp xã 382 TTHC", "382", 382, "TTHC", C, code=ANY, **_XA),
    F("có 1.126 TTHC", "1.126", 1126, "TTHC", C, code=_TOAN),
    F("(chiếm 57,33%)", "57,33%", 57.33, "%", code=_TOAN),
    F("và 838 TTHC", "838", 838, "TTHC", C, code=_MOT),
    # II.1 files (the two former provinces' sum of quý II dated 2025-06-30), levels
    F("tiếp nhận 118.054 hồ sơ", "118.054", 118054, "hồ sơ", C, code=_TN),
    F("cũ: 104.312 hồ sơ", "104.312", 104312, "hồ sơ", PR, as_of=_Q2_2025, code=_TN, **_OPEN),
    F("tăng 13.742 hồ sơ", "13.742", 13742, "hồ sơ", CH, code=ANY),
    F("tăng 13,17%", "13,17%", 13.17, "%", CH, code=ANY),
    F("trực tuyến 96.204 hồ sơ", "96.204", 96204, "hồ sơ", C, code=_NOP),
    F("chiếm 81,49%", "81,49%", 81.49, "%", code=_NOP),
    F("lần lượt là 28.566", "28.566", 28566, "hồ sơ", C, code=_TN, **_TINH),
    F("và 89.488 hồ sơ", "89.488", 89488, "hồ sơ", C, code=_TN, **_XA),
    F("tương ứng là 89,34%", "89,34%", 89.34, "%", code=_NOP, **_TINH),
    F("và 78,98%", "78,98%", 78.98, "%", code=_NOP, **_XA),
    F("giải quyết 115.312 hồ sơ", "115.312", 115312, "hồ sơ", C, code=ANY),
    F("đúng hạn 113.986 hồ sơ", "113.986", 113986, "hồ sơ", C, code=_DH),
    F("đạt 98,85%", "98,85%", 98.85, "%", code=_DH),
    F("quá hạn 1.326 hồ sơ", "1.326", 1326, "hồ sơ", C, code=_QH),
    F("chiếm 1,15%", "1,15%", 1.15, "%", code=_QH),
    F("(1.108 hồ sơ)", "1.108", 1108, "hồ sơ", C, code=_QH, **_OPEN),
    F("còn 2.742 hồ sơ", "2.742", 2742, "hồ sơ", C, code=ANY),
    # Bảng 1 (Markdown, per agency) and the prose after it
    *_file_table(_AGENCIES_640, "tỉnh", "cấp tỉnh", "\nSở Nông nghiệp và Môi trường có số"),
    F("nhiều nhất (216 hồ sơ", "216", 216, "hồ sơ", C, subject="Sở Nông nghiệp và Môi trường", level="tỉnh",
      code=_QH),
    F("chiếm 80%", "80%", 80, "%", subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=ANY),
    F("có 03 cơ quan", "03", 3, "đơn vị", C, code=None, **_IN_TINH),
    # Bảng 2 (Markdown, per commune) and the prose after it
    *_file_table(_COMMUNES_640, "xã", "cấp xã", "\nCó 96/102 xã"),
    F("Có 96/102 xã", "96/102", 96, "xã", C, max_value=102, code=None, **_IN_XA),
    F("; 06 xã", "06", 6, "xã", C, code=None, **_IN_XA),
    F("Tân Hồng (91,36%)", "91,36%", 91.36, "%", subject="xã Tân Hồng", level="xã", code=_DH),
    # II.2 payment (the 2025 target at the year's end), money, digitisation, e-results, reuse
    F("trực tuyến đạt 64,28%", "64,28%", 64.28, "%", code=_TT, target=70, stated_status="chưa đạt"),
    F("(43.156/67.138 hồ sơ)", "43.156/67.138", 43156, "hồ sơ", C, max_value=67138, code=_TT),
    F("năm 2025 là 70%", "70%", 70, "%", T, as_of=_Y2025, code=_TT),
    F("là 38,64 tỷ đồng", "38,64", 38.64, "tỷ đồng", code=ANY),
    F("TTHC đạt 88,46%", "88,46%", 88.46, "%", code=_SH),
    F("điện tử đạt 96,12%", "96,12%", 96.12, "%", code=_KQ),
    F("hóa đạt 41,35%", "41,35%", 41.35, "%", code=_TSD),
    # II.3 PAKN; the 766 result (tháng 7/2025 dated 2025-07-31), six groups, block averages, grades
    F("tiếp nhận 86 phản ánh", "86", 86, "PAKN", C, code=_PAKN_TN),
    F("xử lý 81 PAKN", "81", 81, "PAKN", C, code=_PAKN_XL),
    F("(đạt 94,19%)", "94,19%", 94.19, "%", code=_PAKN_TL),
    F("còn 05 PAKN", "05", 5, "PAKN", C, code=ANY),
    F("đạt 82,74/100", "82,74/100", 82.74, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 15/34", "15/34", 15, "hạng", R, max_value=34, code=_HANG),
    F("(79,86 điểm", "79,86", 79.86, "điểm", PR, max_value=100, as_of=_JUL_2025, code=_TONG),
    F("xếp thứ 21/34)", "21/34", 21, "hạng", PR, max_value=34, as_of=_JUL_2025, code=_HANG),
    F("tăng 2,88 điểm", "2,88", 2.88, "điểm", CH, code=_TONG),
    F("tăng 6 bậc", "6", 6, "hạng", CH, code=_HANG),
    *_groups(["minh bạch 16,42/18", "giải quyết 18,96/20", "trực tuyến 9,86/12", "trực tuyến 6,12/10",
              "hồ sơ 16,38/22", "hài lòng 15,00/18"],
             ["16,42/18", "18,96/20", "9,86/12", "6,12/10", "16,38/22", "15,00/18"]),
    F("ngành đạt 86,15 điểm", "86,15", 86.15, "điểm", code=_TONG, **_IN_TINH),
    F("phường đạt 78,42 điểm", "78,42", 78.42, "điểm", code=_TONG, **_IN_XA),
    F("Có 08/19 cơ quan", "08/19", 8, "đơn vị", C, max_value=19, code=None, **_IN_TINH),
    F("và 21/102 xã", "21/102", 21, "xã", C, max_value=102, code=None, **_IN_XA),
    F("Tốt; 14/102 xã", "14/102", 14, "xã", C, max_value=102, code=None, **_IN_XA),
    # III. two communes' online shares
    F("Tân Hồng (52,18%)", "52,18%", 52.18, "%", subject="xã Tân Hồng", level="xã", code=_NOP),
    F("Tháp Mười (55,46%)", "55,46%", 55.46, "%", subject="xã Tháp Mười", level="xã", code=_NOP),
    # IV. cấp xã's payment target for quý IV/2025 (address and phone number no figures)
    F("tối thiểu 65%", "65%", 65, "%", T, as_of=_Y2025, code=_TT, **_XA),
]

# ------------------------------------------------------------ 641: Văn phòng UBND tỉnh Ninh Bình, tháng 11 năm 2025
_OCT_2025 = "2025-10-31"
_NOV_2024 = "2024-11-30"

BLIND_641 = [
    # I. the system (1126/QĐ-UBND cited; "ba tỉnh" in words)
    F("với 20 cơ quan", "20", 20, "đơn vị", C, code=None, **_IN_TINH),
    F("và 129 xã", "129", 129, "xã", C, code=None, **_IN_XA),
    # 1. accounts: officials' on the system, citizens' and enterprises' on the portal (tháng 10/2025 dated 2025-10-31)
    F("tổng số 6.418 tài khoản", "6.418", 6418, "tài khoản", C, code=ANY, **_OPEN),
    F("cấp tỉnh 1.846 tài khoản", "1.846", 1846, "tài khoản", C, code=ANY, **_TINH),
    F("cấp xã 4.572 tài khoản", "4.572", 4572, "tài khoản", C, code=ANY, **_XA),
    F("tạo mới 124 tài khoản", "124", 124, "tài khoản", C, code=ANY, **_OPEN),
    F("khóa 86 tài khoản", "86", 86, "tài khoản", C, code=ANY, **_OPEN),
    F("lũy kế 1.284.506 tài khoản", "1.284.506", 1284506, "tài khoản", C, code=ANY, **_OPEN),
    F("(tháng 10/2025: 1.246.318", "1.246.318", 1246318, "tài khoản", PR, as_of=_OCT_2025, code=ANY, **_OPEN),
    F("tăng 38.188 tài khoản", "38.188", 38188, "tài khoản", CH, code=ANY, **_OPEN),
    F("(người dân 36.942", "36.942", 36942, "tài khoản", C, code=ANY, **_OPEN),
    F("doanh nghiệp 1.246 tài khoản", "1.246", 1246, "tài khoản", C, code=ANY, **_OPEN),
    F("VNeID 1.102.846", "1.102.846", 1102846, "tài khoản", C, code=ANY, **_OPEN),
    F("chiếm 85,86%", "85,86%", 85.86, "%", code=ANY, **_OPEN),
    # 2. visits (an average per day: kind value)
    F("tháng: 2.846.312 lượt", "2.846.312", 2846312, "lượt", C, code=ANY, **_OPEN),
    F("bình quân 94.877 lượt", "94.877", 94877, "lượt", code=ANY, **_OPEN),
    F("giảm 4,26%", "4,26%", -4.26, "%", CH, code=ANY, **_OPEN),
    F("(2.972.918 lượt)", "2.972.918", 2972918, "lượt", PR, as_of=_OCT_2025, code=ANY, **_OPEN),
    F("hồ sơ: 186.420 lượt", "186.420", 186420, "lượt", C, code=ANY, **_OPEN),
    F("hài lòng: 64.318 lượt", "64.318", 64318, "lượt", C, code=ANY, **_OPEN),
    # 3. synchronisation (the province's files); the former provinces of tháng 11/2024
    F("tiếp nhận 96.842 hồ sơ", "96.842", 96842, "hồ sơ", C, code=_TN),
    F("(cấp tỉnh 28.146 hồ sơ", "28.146", 28146, "hồ sơ", C, code=_TN, **_TINH),
    F("cấp xã 68.696 hồ sơ", "68.696", 68696, "hồ sơ", C, code=_TN, **_XA),
    F("trạng thái 95.916 hồ sơ", "95.916", 95916, "hồ sơ", C, code=ANY),
    F("đạt 99,04%", "99,04%", 99.04, "%", code=ANY),
    F("còn 926 hồ sơ", "926", 926, "hồ sơ", C, code=ANY),
    F("(tháng 10/2025: 2.146", "2.146", 2146, "hồ sơ", PR, as_of=_OCT_2025, code=ANY),
    F("cấp tỉnh đạt 99,62%", "99,62%", 99.62, "%", code=ANY, **_TINH),
    F("cấp xã đạt 98,87%", "98,87%", 98.87, "%", code=ANY, **_XA),
    F("lần lượt là 96,18%", "96,18%", 96.18, "%", PR, as_of=_NOV_2024, code=ANY, **_OPEN),
    F("96,18%, 94,72%", "94,72%", 94.72, "%", PR, as_of=_NOV_2024, code=ANY, **_OPEN),
    F("và 95,36%", "95,36%", 95.36, "%", PR, as_of=_NOV_2024, code=ANY, **_OPEN),
    # 4. services, online files by level, payment (tháng 10/2025 dated 2025-10-31), the data store
    F("cung cấp 1.286 dịch vụ", "1.286", 1286, "dịch vụ", C, code=ANY, **_OPEN),
    F("trong đó 724 dịch vụ", "724", 724, "dịch vụ", C, code=ANY, **_OPEN),
    F("Có 62.418 hồ sơ", "62.418", 62418, "hồ sơ", C, code=_NOP),
    F("chiếm 64,45%", "64,45%", 64.45, "%", code=_NOP),
    F("lần lượt là 86,42%", "86,42%", 86.42, "%", code=_NOP, **_TINH),
    F("và 55,45%", "55,45%", 55.45, "%", code=_NOP, **_XA),
    F("tuyến: 28.615 giao dịch", "28.615", 28615, "giao dịch", C, code=ANY),
    F("tiền 21,48 tỷ đồng", "21,48", 21.48, "tỷ đồng", code=ANY),
    F("đạt 58,72%", "58,72%", 58.72, "%", code=_TT),
    F("(tháng 10/2025: 55,09%)", "55,09%", 55.09, "%", PR, as_of=_OCT_2025, code=_TT),
    F("tăng 3,63 điểm", "3,63", 3.63, "%", CH, code=ANY),
    F("có 412.648 tài khoản", "412.648", 412648, "tài khoản", C, code=ANY, **_OPEN),
    F("trữ 1.846.205 giấy tờ", "1.846.205", 1846205, "giấy tờ", C, code=ANY, **_OPEN),
    # 5. incidents, uptime, helpdesk (phone number no figure)
    F("xảy ra 03 sự cố", "03", 3, "sự cố", C, code=None, **_OPEN),
    F("gián đoạn 5,5 giờ", "5,5", 5.5, "giờ", code=ANY, **_OPEN),
    F("định đạt 99,24%", "99,24%", 99.24, "%", code=ANY, **_OPEN),
    F("tiếp nhận 1.412 cuộc gọi", "1.412", 1412, "cuộc gọi", C, code=ANY, **_OPEN),
    F("xong 1.398 cuộc gọi", "1.398", 1398, "cuộc gọi", C, code=ANY, **_OPEN),
    F("bình quân 4,2 phút", "4,2", 4.2, "phút", code=ANY, **_OPEN),
    # 6. the 766 result of tháng 10/2025 (dated 2025-10-31)
    F("đạt 84,16/100", "84,16/100", 84.16, "điểm", max_value=100, as_of=_OCT_2025, code=_TONG),
    F("xếp thứ 11/34", "11/34", 11, "hạng", R, max_value=34, as_of=_OCT_2025, code=_HANG),
    F("đạt 17,24/18", "17,24/18", 17.24, "điểm", max_value=18, as_of=_OCT_2025, code="766.cong_khai"),
    F("đạt 10,12/12", "10,12/12", 10.12, "điểm", max_value=12, as_of=_OCT_2025, code="766.dvctt"),
    # II. shortcomings; III. tasks (the system's target for quý I/2026; address no figure)
    F("Còn 14 xã", "14", 14, "xã", C, code=None, **_IN_XA),
    F("; 06 phần mềm", "06", 6, "phần mềm", C, code=None, **_OPEN),
    F("dứt điểm 926 hồ sơ", "926", 926, "hồ sơ", C, code=ANY),
    F("tối thiểu 99,5%", "99,5%", 99.5, "%", T, as_of="2026-03-31", code=ANY, **_OPEN),
]

# ------------------------------------------------------------ 642: Tổ công tác Đề án 06 tỉnh Vĩnh Long, quý I năm 2026
_Q4_2025 = "2025-12-31"
_H1_2025 = "2025-06-30"
_cat = _by("Công an tỉnh", "tỉnh")
_caxa = _by("Công an các xã, phường", "xã")


def _commune_642(name: str, accounts: str, share: str, cleaned: str) -> list[Fact]:
    """One numbered item "n. Phường …: a tài khoản, đạt x%; làm sạch c trường hợp." (the commune as written, level xã;
    accounts and share with the identity-account code, the records cleaned code unchecked)."""
    return [F(f"{name}: {accounts}", accounts, _num(accounts), "tài khoản", C, subject=name, level="xã", code=_TK),
            F(f"{accounts} tài khoản, đạt {share}", share, _num(share), "%", subject=name, level="xã", code=_TK),
            F(f"làm sạch {cleaned} trường hợp", cleaned, _num(cleaned), "trường hợp", C, subject=name, level="xã",
              code=ANY)]


BLIND_642 = [
    # I.1 the population database (06/QĐ-TTg, 36/KH-UBND cited; quý IV năm 2025 dated 2025-12-31)
    F("của 4.268.415 nhân khẩu", "4.268.415", 4268415, "nhân khẩu", C, code=ANY),
    _caxa("sạch 18.426 trường hợp", "18.426", 18426, "trường hợp", C, code=ANY),
    _caxa("bổ sung 6.214 trường hợp", "6.214", 6214, "trường hợp", C, code=ANY),
    F("đạt 99,12%", "99,12%", 99.12, "%", code=ANY),
    F("(quý IV năm 2025: 98,46%)", "98,46%", 98.46, "%", PR, as_of=_Q4_2025, code=ANY),
    F("Còn 3.862 trường hợp", "3.862", 3862, "trường hợp", C, code=ANY),
    # I.2 identity cards ("dưới 14 tuổi" no figure)
    _cat("nhận 42.618 hồ sơ", "42.618", 42618, "hồ sơ", C, code=ANY),
    _cat("đó 12.406 hồ sơ", "12.406", 12406, "hồ sơ", C, code=ANY),
    _cat("trả 40.962 thẻ", "40.962", 40962, "thẻ", C, code=ANY),
    _cat("(đạt 96,11%)", "96,11%", 96.11, "%", code=ANY),
    _cat("chính 9.184 thẻ", "9.184", 9184, "thẻ", C, code=ANY),
    # I.3 identity accounts ("mức độ 2", "từ đủ 14 tuổi" no figures; the 2026 target at the year's end); the former
    # provinces at 30/6/2025
    F("có 2.846.512 tài khoản", "2.846.512", 2846512, "tài khoản", C, code=_TK),
    F("đạt 78,46%", "78,46%", 78.46, "%", code=_TK, target=85, stated_status="chưa đạt"),
    F("năm 2026 là 85%", "85%", 85, "%", T, as_of="2026-12-31", code=_TK),
    F("mới 64.218 tài khoản", "64.218", 64218, "tài khoản", C, code=_TK),
    F("tăng 12,6%", "12,6%", 12.6, "%", CH, code=ANY),
    F("lần lượt là 74,12%", "74,12%", 74.12, "%", PR, as_of=_H1_2025, code=_TK, **_OPEN),
    F("74,12%, 71,86%", "71,86%", 71.86, "%", PR, as_of=_H1_2025, code=_TK, **_OPEN),
    F("và 69,54%", "69,54%", 69.54, "%", PR, as_of=_H1_2025, code=_TK, **_OPEN),
    # I.4 essential services ("dưới 6 tuổi" no figure), members named in full
    F("tiếp nhận 48.775 hồ sơ", "48.775", 48775, "hồ sơ", C, code=ANY),
    F("đó 28.416 hồ sơ", "28.416", 28416, "hồ sơ", C, code=ANY),
    F("chiếm 58,26%", "58,26%", 58.26, "%", code=ANY),
    F("liên thông 12.846 hồ sơ", "12.846", 12846, "hồ sơ", C, subject="Sở Tư pháp", level="tỉnh", code=ANY),
    F("xác thực 3.412.608 người", "3.412.608", 3412608, "người", C, subject="Bảo hiểm xã hội tỉnh", level="tỉnh",
      code=ANY),
    F("đạt 99,86%", "99,86%", 99.86, "%", subject="Bảo hiểm xã hội tỉnh", level="tỉnh", code=ANY),
    # I.5 by field (facilities and banks: subject and level unchecked)
    F("Y tế: 126/128 cơ sở", "126/128", 126, "cơ sở", C, max_value=128, code=ANY, **_OPEN),
    F("với 1.684.212 lượt", "1.684.212", 1684212, "lượt", C, code=ANY, **_OPEN),
    F("cho 98.426 đối tượng", "98.426", 98426, "đối tượng", C, code=ANY),
    F("đạt 94,18%", "94,18%", 94.18, "%", code=ANY),
    F("cho 2.186.412 tài khoản", "2.186.412", 2186412, "tài khoản", C, code=ANY, **_OPEN),
    # I.6 the communes: the count and its parts, the 2026 target reached, the numbered list
    F("có 124 đơn vị", "124", 124, "đơn vị", C, code=None, **_XA),
    F("(105 xã", "105", 105, "xã", C, code=None, **_IN_XA),
    F("19 phường)", "19", 19, "phường", C, code=None, **_IN_XA),
    F("Có 38/124 xã", "38/124", 38, "xã", C, max_value=124, code=None, **_IN_XA),
    F("; 86 xã", "86", 86, "xã", C, code=None, **_IN_XA),
    *_commune_642("Phường Long Châu", "46.218", "92,36%", "412"),
    *_commune_642("Phường An Hội", "52.614", "91,08%", "386"),
    *_commune_642("Phường Trà Vinh", "48.306", "89,74%", "354"),
    *_commune_642("Xã Long Hiệp", "9.812", "58,42%", "96"),
    *_commune_642("Xã Hòa Minh", "8.146", "61,05%", "84"),
    *_commune_642("Xã Thạnh Phong", "10.318", "62,37%", "102"),
    F("toàn tỉnh 20,04 điểm", "20,04", -20.04, "%", CH, subject="Xã Long Hiệp", level="xã", code=_TK),
    # II. shortcomings; III. each named commune's target for quý II/2026 (phone number no figure)
    F("còn 02 cơ sở", "02", 2, "cơ sở", C, code=ANY, **_OPEN),
    F("tối thiểu 70%", "70%", 70, "%", T, as_of="2026-06-30", code=_TK, **_IN_XA),
]

# ------------------------------------------------------------ 643: UBND thành phố Cần Thơ, 6 tháng đầu năm 2026
_H1_2025_643 = "2025-06-30"
_DEC_2025 = "2025-12-31"

# (STT, indicator, unit cell, unit, code, max from the row label, the four cells)
_ROWS_643 = [
    ("1", "Hồ sơ tiếp nhận", "hồ sơ", "hồ sơ", _TN, None, "412.618 186.204 112.416 74.382"),
    ("2", "Hồ sơ nộp trực tuyến", "hồ sơ", "hồ sơ", _NOP, None, "338.146 142.618 78.306 49.214"),
    ("3", "Tỷ lệ nộp trực tuyến", "%", "%", _NOP, None, "81,95 76,59 69,66 66,16"),
    ("4", "Tỷ lệ giải quyết đúng hạn", "%", "%", _DH, None, "98,92 98,14 97,46 98,68"),
    ("5", "Hồ sơ quá hạn", "hồ sơ", "hồ sơ", _QH, None, "4.312 3.406 2.786 962"),
    ("6", "Tỷ lệ hồ sơ thanh toán trực tuyến", "%", "%", _TT, None, "68,42 54,36 48,12 51,08"),
    ("7", "Tỷ lệ số hóa hồ sơ, kết quả", "%", "%", _SH, None, "91,26 84,62 79,38 82,14"),
    ("8", "Điểm Bộ chỉ số 766 (tối đa 100)", "điểm", "điểm", _TONG, 100, "86,38 83,12 78,64 80,46"),
    ("9", "Xếp hạng Bộ chỉ số 766", "hạng", "hạng", _HANG, None, "8/34 21/63 45/63 36/63"),
]


def _compare_643() -> list[Fact]:
    """Bảng 1 (Markdown): per indicator the city's cell (subject NULL, the period end) and the three former provinces'
    cells (subject and level unchecked, dated 2025-06-30), in the row's unit and code; rank cells kind rank with their
    written maximum, score cells the row label's maximum. Each row's context runs into the next row."""
    facts = []
    for i, (stt, name, unit_cell, unit, code, top, raws) in enumerate(_ROWS_643):
        cells = raws.split()
        line = _md_line((stt, name, unit_cell, *cells))
        after = _md_line(_ROWS_643[i + 1][:2]).rsplit(" |", 1)[0] if i + 1 < len(_ROWS_643) else "\n1. Tiếp nhận"
        kind = R if unit == "hạng" else P
        for j, fact in enumerate(_cells(line, " | ", after, None, None, [
                (raw, unit, kind, code, "period" if j == 0 else _H1_2025_643,
                 _num(raw.split("/")[1]) if "/" in raw else top) for j, raw in enumerate(cells)])):
            if j > 0:
                fact.subject = fact.level = ANY
            facts.append(fact)
    return facts


BLIND_643 = [
    # I. (202/2025/QH15 cited; "ba địa phương" in words)
    F("có 103 đơn vị", "103", 103, "đơn vị", C, code=None, **_XA),
    F("(31 phường", "31", 31, "phường", C, code=None, **_IN_XA),
    F("72 xã)", "72", 72, "xã", C, code=None, **_IN_XA),
    F("và 18 cơ quan", "18", 18, "đơn vị", C, code=None, **_IN_TINH),
    # II. Bảng 1 (Markdown: the city and its three former provinces side by side)
    *_compare_643(),
    # II.1 files (the predecessors' sums dated 2025-06-30), online by level, on time, overdue
    F("tiếp nhận 412.618 hồ sơ", "412.618", 412618, "hồ sơ", C, code=_TN),
    F("(373.002 hồ sơ)", "373.002", 373002, "hồ sơ", PR, as_of=_H1_2025_643, code=_TN, **_OPEN),
    F("tăng 39.616 hồ sơ", "39.616", 39616, "hồ sơ", CH, code=ANY),
    F("tăng 10,62%", "10,62%", 10.62, "%", CH, code=ANY),
    F("tuyến đạt 81,95%", "81,95%", 81.95, "%", code=_NOP),
    F("cùng kỳ là 72,42%", "72,42%", 72.42, "%", PR, as_of=_H1_2025_643, code=_NOP, **_OPEN),
    F("cấp thành phố đạt 94,18%", "94,18%", 94.18, "%", code=_NOP, **_IN_TINH),
    F("cấp xã đạt 76,24%", "76,24%", 76.24, "%", code=_NOP, **_XA),
    F("hạn đạt 98,92%", "98,92%", 98.92, "%", code=_DH),
    F("là 4.312 hồ sơ", "4.312", 4312, "hồ sơ", C, code=_QH),
    F("giảm 2.842 hồ sơ", "2.842", -2842, "hồ sơ", CH, code=ANY),
    F("(7.154 hồ sơ)", "7.154", 7154, "hồ sơ", PR, as_of=_H1_2025_643, code=_QH, **_OPEN),
    F("chiếm 71,8%", "71,8%", 71.8, "%", code=ANY, **_OPEN),
    # II.2 payment (the 2026 target at the year's end), money, digitisation, reuse
    F("tuyến đạt 68,42%", "68,42%", 68.42, "%", code=_TT, target=75, stated_status="chưa đạt"),
    F("năm 2026 là 75%", "75%", 75, "%", T, as_of="2026-12-31", code=_TT),
    F("là 96,84 tỷ đồng", "96,84", 96.84, "tỷ đồng", code=ANY),
    F("TTHC đạt 91,26%", "91,26%", 91.26, "%", code=_SH),
    F("đạt 46,28%", "46,28%", 46.28, "%", code=_TSD),
    F("phương: 31,46%)", "31,46%", 31.46, "%", PR, as_of=_H1_2025_643, code=_TSD, **_OPEN),
    # II.3 PAKN
    F("tiếp nhận 214 phản ánh", "214", 214, "PAKN", C, code=_PAKN_TN),
    F("xử lý 208 PAKN", "208", 208, "PAKN", C, code=_PAKN_XL),
    F("(đạt 97,20%)", "97,20%", 97.20, "%", code=_PAKN_TL),
    F("bình quân 6,4 ngày", "6,4", 6.4, "ngày", code="pakn.thoi_gian"),
    # II.4 the 766 result (tháng 12/2025 dated 2025-12-31), block averages, grades, first and last communes
    F("đạt 86,38/100", "86,38/100", 86.38, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 8/34", "8/34", 8, "hạng", R, max_value=34, code=_HANG),
    F("(tháng 12/2025: 84,06", "84,06", 84.06, "điểm", PR, max_value=100, as_of=_DEC_2025, code=_TONG),
    F("xếp thứ 12/34)", "12/34", 12, "hạng", PR, max_value=34, as_of=_DEC_2025, code=_HANG),
    F("tăng 2,32 điểm", "2,32", 2.32, "điểm", CH, code=_TONG),
    F("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    F("bình quân 88,14 điểm", "88,14", 88.14, "điểm", code=_TONG, **_IN_TINH),
    F("bình quân 81,26 điểm", "81,26", 81.26, "điểm", code=_TONG, **_IN_XA),
    F("Có 12/18 cơ quan", "12/18", 12, "đơn vị", C, max_value=18, code=None, **_IN_TINH),
    F("và 46/103 xã", "46/103", 46, "xã", C, max_value=103, code=None, **_IN_XA),
    F("(94,62 điểm)", "94,62", 94.62, "điểm", subject="Phường Ninh Kiều", level="xã", code=_TONG),
    F("(68,14 điểm)", "68,14", 68.14, "điểm", subject="xã Trường Khánh", level="xã", code=_TONG),
    # IV. cấp xã's online target for quý III/2026 (address, phone number, "Khu vực 14" no figures)
    F("tối thiểu 80%", "80%", 80, "%", T, as_of="2026-09-30", code=_NOP, **_XA),
]

# ------------------------------------------------------------ 644: UBND tỉnh Tuyên Quang, quý IV năm 2025 (Công văn)
_Q3_2025 = "2025-09-30"

_COMMUNES_644 = [
    ("1", "Phường Minh Xuân", "91,84 1 88,62 98,14"),
    ("2", "Phường Hà Giang 1", "90,72 2 86,18 97,46"),
    ("3", "Phường Nông Tiến", "90,16 3 85,34 96,82"),
    ("4", "Xã Yên Sơn", "88,94 4 82,46 95,18"),
    ("5", "Phường Hà Giang 2", "88,36 5 83,72 95,64"),
    ("6", "Xã Hàm Yên", "87,12 6 79,58 94,26"),
    ("7", "Xã Sơn Dương", "86,48 7 78,94 93,82"),
    ("8", "Phường An Tường", "86,05 8 80,16 94,08"),
    ("9", "Xã Mậu Duệ", "58,42 121 31,26 62,14"),
    ("10", "Xã Lũng Cú", "57,16 122 28,84 60,46"),
    ("11", "Xã Sơn Vĩ", "55,38 123 26,12 58,72"),
    ("12", "Xã Phó Bảng", "54,06 124 24,38 55,36"),
]


def _communes_644() -> list[Fact]:
    """Bảng 1 (tab-separated): per commune the score (`điểm`, max 100 from the header), the rank among the 124 (kind
    rank, no max written), the online and digitisation shares; the commune as written, level xã. Each row's context
    runs into the next row's STT and name."""
    facts = []
    for i, (stt, name, raws) in enumerate(_COMMUNES_644):
        score, rank, online, digitised = raws.split()
        line = "\t".join([stt, name, score, rank, online, digitised])
        after = "\t".join(_COMMUNES_644[i + 1][:2]) if i + 1 < len(_COMMUNES_644) else "\nXã Phó Bảng có điểm"
        facts += _cells(line, "\t", after, name, "xã", [
            (score, "điểm", P, _TONG, "period", 100), (rank, "hạng", R, _HANG, "period", None),
            (online, "%", P, _NOP, "period", None), (digitised, "%", P, _SH, "period", None)])
    return facts


BLIND_644 = [
    # 1. the province (766/QĐ-TTg cited; quý III năm 2025 dated 2025-09-30), six groups
    F("đạt 80,46/100", "80,46/100", 80.46, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 24/34", "24/34", 24, "hạng", R, max_value=34, code=_HANG),
    F("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    F("(xếp thứ 27/34)", "27/34", 27, "hạng", PR, max_value=34, as_of=_Q3_2025, code=_HANG),
    *_groups(["minh bạch 15,86/18", "giải quyết 18,42/20", "trực tuyến 9,14/12", "trực tuyến 5,62/10",
              "hồ sơ 15,94/22", "hài lòng 15,48/18"],
             ["15,86/18", "18,42/20", "9,14/12", "5,62/10", "15,94/22", "15,48/18"]),
    # 2. the communes: count and parts, averages, the gap, grades
    F("có 124 đơn vị", "124", 124, "đơn vị", C, code=None, **_XA),
    F("(117 xã", "117", 117, "xã", C, code=None, **_IN_XA),
    F("07 phường)", "07", 7, "phường", C, code=None, **_IN_XA),
    F("đạt 74,28 điểm", "74,28", 74.28, "điểm", code=_TONG, **_IN_XA),
    F("(85,62 điểm)", "85,62", 85.62, "điểm", code=_TONG, **_IN_TINH),
    F("11,34 điểm", "11,34", -11.34, "điểm", CH, code=ANY, **_IN_XA),
    F("bình quân 84,16 điểm", "84,16", 84.16, "điểm", code=_TONG, **_IN_XA),
    F("bình quân 73,69 điểm", "73,69", 73.69, "điểm", code=_TONG, **_IN_XA),
    F("Có 09/124 xã", "09/124", 9, "xã", C, max_value=124, code=None, **_IN_XA),
    F("Tốt, 41 đơn vị", "41", 41, "đơn vị", C, code=None, **_IN_XA),
    F("58 đơn vị", "58", 58, "đơn vị", C, code=None, **_IN_XA),
    F("và 16 đơn vị", "16", 16, "đơn vị", C, code=None, **_IN_XA),
    # Bảng 1 (tab-separated, best and worst communes) and the prose after it
    *_communes_644(),
    F("cấp xã 20,22 điểm", "20,22", -20.22, "điểm", CH, subject="Xã Phó Bảng", level="xã", code=ANY),
    # 3. the agencies
    F("(19 cơ quan)", "19", 19, "đơn vị", C, code=None, **_IN_TINH),
    F("có 11 cơ quan", "11", 11, "đơn vị", C, code=None, **_IN_TINH),
    F("08 cơ quan", "08", 8, "đơn vị", C, code=None, **_IN_TINH),
    F("(93,46 điểm)", "93,46", 93.46, "điểm", subject="Sở Tư pháp", level="tỉnh", code=_TONG),
    F("(76,18 điểm)", "76,18", 76.18, "điểm", subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_TONG),
    # 4. shortcomings
    F("mới đạt 38,62%", "38,62%", 38.62, "%", code=_TT, **_XA),
    F("(52,14%)", "52,14%", 52.14, "%", code=_TT),
    F("Có 27 xã", "27", 27, "xã", C, code=None, **_IN_XA),
    F("thiếu 46 máy quét", "46", 46, "máy quét", C, code=None, **_IN_XA),
    # 5. cấp xã's payment target for quý I/2026 (address and phone number no figures)
    F("tối thiểu 50%", "50%", 50, "%", T, as_of="2026-03-31", code=_TT, **_XA),
]

BLIND = {"640": BLIND_640, "641": BLIND_641, "642": BLIND_642, "643": BLIND_643, "644": BLIND_644}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "640": [
        ("2025-10-31", "day", "31/10/2025", "hồ sơ đất đai quá hạn", "Sở Nông nghiệp và Môi trường"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "thanh toán trực tuyến", "UBND các xã, phường"),
        ("2025-11-20", "day", "ngày hai mươi tháng 11 năm 2025", "kiện toàn tài khoản của công chức",
         "Văn phòng UBND tỉnh"),
        ("2025-11-30", "month", "tháng 11/2025", "bổ sung máy quét", "Sở Khoa học và Công nghệ"),
        ("2026-12-31", "year", "năm 2026", "trả kết quả tại nhà", "Bưu điện tỉnh"),
        # issued 10/10/2025: the first "ngày 18 hằng tháng" is 18/10/2025
        ("2025-10-18", "recurring", "18 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các sở, ban, ngành và UBND các xã, phường"),
    ],
    "641": [
        ("2025-12-15", "day", "15/12/2025", "926 hồ sơ chưa đồng bộ", "Trung tâm Phục vụ hành chính công tỉnh"),
        ("2025-12-10", "day", "ngày mười tháng 12 năm 2025", "khóa các tài khoản công chức",
         "Phòng Kiểm soát thủ tục hành chính"),
        ("2026-03-31", "quarter", "quý I năm 2026", "nâng cấp hạ tầng máy chủ", "Sở Khoa học và Công nghệ"),
        ("2025-12-31", "month", "tháng 12/2025", "cập nhật đầy đủ trạng thái hồ sơ", "UBND các xã, phường"),
        ("2026-12-31", "year", "năm 2026", "đường truyền dự phòng", "Viễn thông Ninh Bình"),
        # issued 03/12/2025: the first "ngày 25 hằng tháng" is 25/12/2025
        ("2025-12-25", "recurring", "25 hằng tháng", "báo cáo tình hình sử dụng Hệ thống", "Các cơ quan, đơn vị"),
    ],
    "642": [
        ("2026-05-30", "day", "30/5/2026", "làm sạch các trường hợp dữ liệu", "Công an tỉnh"),
        ("2026-06-30", "quarter", "quý II năm 2026", "kích hoạt tài khoản định danh điện tử",
         "UBND xã Long Hiệp, xã Hòa Minh và xã Thạnh Phong"),
        ("2026-04-28", "day", "ngày hai mươi tám tháng 4 năm 2026", "thay thẻ bảo hiểm y tế", "Sở Y tế"),
        ("2026-05-31", "month", "tháng 5/2026", "đăng ký khai tử", "Sở Tư pháp"),
        ("2026-12-31", "year", "năm 2026", "xác thực thông tin người tham gia bảo hiểm", "Bảo hiểm xã hội tỉnh"),
        # issued 08/4/2026: the first "ngày 20 hằng tháng" is 20/4/2026
        ("2026-04-20", "recurring", "20 hằng tháng", "báo cáo kết quả thực hiện", "Các thành viên Tổ công tác"),
    ],
    "643": [
        ("2026-08-31", "day", "31/8/2026", "hồ sơ đất đai quá hạn", "Sở Nông nghiệp và Môi trường"),
        ("2026-09-30", "quarter", "quý III năm 2026", "nộp hồ sơ trực tuyến", "UBND các xã, phường"),
        ("2026-09-15", "day", "ngày mười lăm tháng 9 năm 2026", "số hóa kết quả giải quyết TTHC",
         "Trung tâm Phục vụ hành chính công thành phố"),
        ("2026-10-31", "month", "tháng 10/2026", "chức năng thanh toán trực tuyến", "Sở Khoa học và Công nghệ"),
        ("2026-12-31", "year", "năm 2026", "kênh thanh toán phí, lệ phí", "Ngân hàng Nhà nước Khu vực 14"),
        # issued 08/7/2026, after the 3rd: the first "ngày 03 hằng tháng" is 03/8/2026
        ("2026-08-03", "recurring", "03 hằng tháng", "gửi báo cáo kết quả",
         "Các sở, ban, ngành và UBND các xã, phường"),
    ],
    "644": [
        ("2026-01-31", "day", "31/01/2026", "kế hoạch khắc phục", "UBND các xã Mậu Duệ, Lũng Cú, Sơn Vĩ và Phó Bảng"),
        ("2026-03-31", "quarter", "quý I năm 2026", "thanh toán trực tuyến", "UBND các xã, phường"),
        ("2026-02-28", "day", "ngày hai mươi tám tháng 02 năm 2026", "bổ sung máy quét", "Sở Khoa học và Công nghệ"),
        ("2026-03-31", "month", "tháng 3/2026", "tập huấn nghiệp vụ một cửa", "Sở Nội vụ"),
        ("2026-12-31", "year", "năm 2026", "điểm hỗ trợ dịch vụ công", "Bưu điện tỉnh"),
        # issued 14/01/2026: the first "ngày 22 hằng tháng" is 22/01/2026
        ("2026-01-22", "recurring", "22 hằng tháng", "báo cáo kết quả thực hiện", "UBND các xã, phường"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 640 a report of UBND tỉnh
# Đồng Tháp signed by a vice-chairman; 641 a report of the Văn phòng under "UBND TỈNH NINH BÌNH" signed by its chief;
# 642 a report of the Đề án 06 working group under "UBND TỈNH VĨNH LONG" signed by its head (a vice-chairman); 643 a
# report of UBND thành phố Cần Thơ (a centrally-run city: the province is Cần Thơ); 644 a Công văn of UBND tỉnh Tuyên
# Quang whose period is named in its "V/v" line.
META = {
    "640": {"doc_number": "1486/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-10-10",
            "province": "Đồng Tháp", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Huỳnh Minh Tuấn"},
    "641": {"doc_number": "318/BC-VPUBND", "doc_type": "Báo cáo", "issued_date": "2025-12-03",
            "province": "Ninh Bình", "period_label": "tháng 11 năm 2025", "period_start": "2025-11-01",
            "period_end": "2025-11-30", "signer": "Đỗ Thanh Hải"},
    "642": {"doc_number": "24/BC-TCT", "doc_type": "Báo cáo", "issued_date": "2026-04-08",
            "province": "Vĩnh Long", "period_label": "quý I năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-03-31", "signer": "Trần Thanh Liêm"},
    "643": {"doc_number": "286/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-07-08",
            "province": "Cần Thơ", "period_label": "6 tháng đầu năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-06-30", "signer": "Lâm Văn Khải"},
    "644": {"doc_number": "184/UBND-KSTT", "doc_type": "Công văn", "issued_date": "2026-01-14",
            "province": "Tuyên Quang", "period_label": "quý IV năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-12-31", "signer": "Hoàng Việt Phương"},
}
