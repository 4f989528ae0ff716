"""Blind golden facts for corpus/blind108/615_tay_ninh.txt, 616_gia_lai.txt, 617_ca_mau.txt, 618_quang_ngai.txt and
619_hung_yen.txt.

The five documents were written by the developers for a hundred-and-eighth blind measurement (sectors' issuers after
the 1 July 2025 merger, provinces little used in recent sets: a Sở Giáo dục và Đào tạo on online enrolment, diplomas
and cashless school fees, a Bệnh viện Đa khoa tỉnh on treatment with the identity card, the electronic health book and
electronic referral papers, a Thuế tỉnh after the 2025 tax reorganisation on e-filing, e-payment and e-invoices, a Văn
phòng Đăng ký đất đai with a table per branch, a Sở Tài chính on online business and household-business registration;
periods quý III năm 2025, tháng 11 năm 2025, 6 tháng đầu năm 2026, năm 2025 and tháng 4 năm 2026; not real
documents), and every row below was written by reading them, before any extraction, restoration or pipeline code was
run on them. They also serve as held-out text for diacritic restoration (marks stripped, restored, compared with the
file).

Same structure and conventions as golden/blind104.py, blind103.py, blind102.py, blind101.py, blind16.py and blind13.py:
rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it).
Prose and list counts are kind `count`; table cells are kind `value` even when they count, with `extra={"source":
"table"}`; `as_of="period"` is the period's end; a table column dated before the period end keeps kind `value` with
that date as `as_of`; a change is dated with the figure it changes and a fall ("giảm", "rút ngắn") is negative; a
change in "điểm phần trăm" is kind change in `%` with the number alone as raw. `ANY` leaves a field unchecked where the
sentence names no catalogued indicator (`None` where it clearly names none: counts of schools, communes, branches,
offices, machines). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" and a hospital's "phản ánh" the unit
`PAKN`; a count of the files (or PAKN) an indicator is computed on carries that indicator's code; every "đã giải quyết"
count, files by kind, pending files, tax returns and changes of counts have their code unchecked. Counts of local
units take the unit of their first unit word ("96/96 xã, phường", "64 xã, phường", "96/96 xã, phường, đặc khu",
"98/104 xã, phường" → `xã`), counts of "đơn vị" → `đơn vị`, at the level of the bodies counted (subject unchecked). A
provincial body's own figures naming no body are named by its kind, the province being the document's, level tỉnh:
"Sở …" → `Sở Giáo dục và Đào tạo`, `Sở Tài chính`; "Thuế tỉnh …" → `Thuế tỉnh` (as golden/blind98.py's 569); "Văn
phòng …" → `Văn phòng Đăng ký đất đai` (as golden/blind97.py's 562); a proper name that holds a place is kept whole:
"Bệnh viện …" in 616 → `Bệnh viện Đa khoa tỉnh Gia Lai` (its header and opening sentence name it so; unlike
golden/blind69.py's 423, whose header line held no place). Province-wide figures ("toàn tỉnh", "trên địa bàn tỉnh",
"tỉnh Tây Ninh đạt …") have subject NULL. Things counted take the noun as written (`trường`, `học sinh`, `bản`,
`trường hợp`, `lượt`, `giao dịch`, `giấy` for referral papers and birth and death certificates as golden/blind69.py,
`máy POS`, `mã QR`, `người bệnh`, `doanh nghiệp`, `hộ` for "hộ kinh doanh" as golden/blind98.py, `hóa đơn`, `chi
nhánh`, `giấy chứng nhận`, `thửa đất`); "doanh nghiệp, hộ kinh doanh" → `doanh nghiệp` (the first unit word); money
keeps the unit written (`tỷ đồng`; code unchecked); durations `ngày`, `phút`. Numbers written in words are no figures
("hai Sở cũ", "ba cấp học", "hai tỉnh cũ", "hai ngày đầu", "hai Văn phòng", "Hai chi nhánh", the days of "ngày hai
mươi tháng 11", "ngày ba mươi mốt tháng 12", "ngày hai mươi tháng 8", "ngày mười lăm tháng 3", "ngày mười lăm tháng
6"). Dates, document numbers, cited plans, letters, decisions and resolutions ("Kế hoạch số 96/KH-UBND", "Công văn số
1582/UBND-KSTT", "Công văn số 3275/SYT-NVY", "Quyết định số 381/QĐ-CT", "Nghị quyết số 198/2025/QH15", "Công văn số
46/SNNMT-VP", "Công văn số 812/UBND-KTTH"), the stated windows ("từ ngày 01/7/2025 đến ngày 30/9/2025", "từ ngày
01/01/2026 đến ngày 30/6/2026", "từ ngày 01/01/2025 đến ngày 30/6/2025"), "Từ ngày 01/7/2025", "Từ ngày 01/01/2026",
"Lũy kế từ ngày 01/01/2025", the period words ("6 tháng đầu năm 2026", "Lũy kế 4 tháng đầu năm 2026", "quý II
năm 2025"), grades and school years ("lớp 1", "lớp 6", "lớp 10", "năm học 2025-2026", "năm học
2026-2027"), "Đề án 06", "Bộ chỉ số 766", names holding numbers ("Thuế cơ sở 1 tỉnh Cà Mau" … "4"), the month labels
of 616's table header ("tháng 10/2025", "tháng 11/2025"), section and item numbering ("I.", "1.", "a)", "đ)", "Bảng
1."), the STT column, phone numbers ("0272.3826.514", "0269.3824.311", "0290.3831.526", "0255.3822.647",
"0221.3862.415"), headings naming the next period ("IV. NHIỆM VỤ QUÝ IV NĂM 2025", "V. NHIỆM VỤ THÁNG 12 NĂM 2025",
"III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026", "IV. NHIỆM VỤ NĂM 2026", "5. Nhiệm vụ tháng 5 năm 2026": no deadlines) and years
are not figures.

New in this set (the decisions are written here):
- 615 is a quarterly Báo cáo of the Sở Giáo dục và Đào tạo tỉnh Tây Ninh (merged with Long An; header "UBND TỈNH TÂY
  NINH / SỞ GIÁO DỤC VÀ ĐÀO TẠO", number "2146/BC-SGDĐT", signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"), quý III năm 2025,
  issued 07/10/2025. The province's schools "1.186 trường (mầm non 512 trường, …)" (the whole subject NULL, its parts by
  grade subject and level unchecked; code None) and "khoảng 612.000 học sinh" (an approximate count, the hedge out of
  the raw). The Sở's TTHC, files "(quý II năm 2025: 4.162 hồ sơ), tăng 1.266 hồ sơ", on-time and overdue, "2,4
  ngày/hồ sơ, rút ngắn 0,6 ngày", payment, digitisation and reuse; diplomas "2.846 bản sao … 2.318 bản … 81,45% …
  1.972 trường hợp" (the Sở's, `bản`). NEW: A PAST DATE WITH "TRƯỚC NGÀY" THAT IS NO DEADLINE: "Sở đã cập nhật 100%
  bằng tốt nghiệp …, xong trước ngày 15/9/2025" reports work done before the period end (no deadline; its "100%" is the
  Sở's figure). NEW: ONLINE ENROLMENT ACROSS THREE GRADES: "68.412 học sinh, trong đó 57.986 học sinh đăng ký trực
  tuyến, chiếm 84,76% (cùng kỳ năm 2024, cộng gộp của hai tỉnh cũ: 71,28%), tăng 13,48%" — the province's (subject
  NULL); the previous value of the enrolment season is dated at the end of quý III năm 2024 (2024-09-30, "cùng kỳ" of a
  quarter as golden/blind104.py's 596), its subject and level unchecked (the two former provinces' sum, as 598's
  predecessors); the dash list by grade "- Tuyển sinh lớp 1: 24.836 học sinh trúng tuyển, đăng ký trực tuyến 21.904
  học sinh, đạt 88,19%;" names no body (subject and level unchecked; codes unchecked). "96/96 xã, phường" (level xã);
  "146.250 lượt truy cập" (the system's: subject and level unchecked). CASHLESS SCHOOL FEES: "1.094/1.186 trường …,
  đạt 92,24%; so với chỉ tiêu UBND tỉnh giao năm 2025 là 90% số trường thì ngành giáo dục đã đạt chỉ tiêu" (subject
  NULL; the target dated 2025-12-31, after the period end, the share carrying it with "đạt"), "486.320 giao dịch …
  312,6 tỷ đồng, chiếm 78,35%", "Khối trung học phổ thông đạt 100% (62/62 trường); khối mầm non … 86,13%" (blocks of
  schools, not bodies: subject and level unchecked). PAKN "09 … 09/09", satisfaction "98,4 %" (the Sở's, the
  satisfaction code); the Sở's `89,56/100`, `5/17` "(quý II năm 2025: 86,20 điểm), tăng 3,36 điểm" (previous
  2025-06-30, max 100), its group scores `9,22/10`, `19,64/22`; the province's `84,18/100`, `11/34`. "Còn 92 trường …
  14 xã" (subject unchecked). Task 2's "92 trường" a count repeated and "nâng tỷ lệ trường thực hiện trên địa bàn tỉnh
  đạt 100% trong quý IV năm 2025" the province's target (subject NULL, dated 2025-12-31). Six deadlines: day, quarter
  (with the target), "chậm nhất" day in words "ngày hai mươi tháng 11 năm 2025", month, year in a request "Đề nghị Sở
  Khoa học và Công nghệ …", "trước ngày 18 hằng tháng" (issued 07/10/2025: first 18/10/2025).
- 616 is a monthly Báo cáo of the Bệnh viện Đa khoa tỉnh Gia Lai (header "SỞ Y TẾ TỈNH GIA LAI / BỆNH VIỆN ĐA KHOA TỈNH
  GIA LAI", number "1584/BC-BVĐK", signed "GIÁM ĐỐC" by a Jarai name "Rơ Mah Tuân") to the Sở Y tế, tháng 11 năm 2025,
  issued 03/12/2025. Every figure is the hospital's (`Bệnh viện Đa khoa tỉnh Gia Lai`, level tỉnh; codes unchecked: no
  catalogued indicator, as golden/blind69.py's 423) unless written otherwise: outpatient visits "38.462 lượt (tháng
  10/2025: 36.915 lượt), tăng 1.547 lượt" (previous dated 2025-10-31), visits with the identity card or VNeID "35.208
  lượt …, chiếm 91,54%", "99,6 %", "4,5 phút/lượt, giảm 1,8 phút". A TAB-SEPARATED TABLE BY DEPARTMENT with a column
  "Lượt khám tháng 10/2025" (kind value dated 2025-10-31) beside "Lượt khám tháng 11/2025", visits with the card, its
  share and the cashless share; department rows subject unchecked, level tỉnh; the "Cộng" row with an empty STT is the
  hospital (it repeats the prose). NEW: "Lũy kế từ ngày 01/01/2025, Bệnh viện đã liên thông 142.618 hồ sơ sức khỏe"
  in a monthly report (a window longer than the period: dated at the period end, as golden/blind101.py's cumulative
  figures), "riêng tháng 11/2025 … 12.406 hồ sơ"; ELECTRONIC REFERRAL PAPERS "1.246 giấy chuyển tuyến điện tử, đạt
  96,89% tổng số … (1.286 giấy); … 842 giấy" (`giấy`), "318 giấy chứng sinh và 46 giấy báo tử, trong đó 100% …".
  Cashless payments "24.518 lượt, chiếm 63,75% …, 18,42 tỷ đồng; so với chỉ tiêu Sở Y tế giao năm 2025 là 70% thì
  Bệnh viện chưa đạt chỉ tiêu" (target dated 2025-12-31), "14 máy POS và 22 mã QR" (code None). "27 phản ánh … 25
  phản ánh, 02 phản ánh" (`PAKN`), a survey "1.200 người bệnh … 93,8%, tăng 1,6 điểm phần trăm so với tháng 10/2025
  (92,2%)", "xếp thứ 3/21 bệnh viện" (a rank among the Sở's hospitals, code unchecked). Task 2's "06 máy POS" a count
  (subject and level unchecked, code None) and "của Bệnh viện đạt tối thiểu 70% trong quý I năm 2026" the hospital's
  target (2026-03-31). Six deadlines: day, quarter (with the target), "chậm nhất" day in words "ngày ba mươi mốt tháng
  12 năm 2025", month, year in a request "Đề nghị Sở Y tế …", "trước ngày 25 hằng tháng" (issued 03/12/2025: first
  25/12/2025).
- 617 is a half-year Báo cáo of Thuế tỉnh Cà Mau (merged with Bạc Liêu; header "CỤC THUẾ / THUẾ TỈNH CÀ MAU", number
  "1426/BC-TCM", to the Cục Thuế and UBND tỉnh, signed "TRƯỞNG THUẾ TỈNH"), 6 tháng đầu năm 2026, issued 06/7/2026.
  "64 xã, phường" (level xã), "04 đơn vị Thuế cơ sở" (`đơn vị`, subject and level unchecked, code None); the
  province's "6.842 doanh nghiệp … 48.615 hộ kinh doanh" ("Trên địa bàn tỉnh": subject NULL). The Thuế tỉnh's tax
  returns "96.248 … 95.612 …, đạt 99,34% (cùng kỳ năm 2025: 98,71%)" (previous 2025-06-30; codes unchecked), its
  invoice codes "1.284.506 hóa đơn" and TTHC files (received, settled, on time, overdue with their codes), refunds "46
  hồ sơ … 128,4 tỷ đồng … 4,2 ngày làm việc/hồ sơ" (one procedure: codes unchecked). Taxpayers' e-payment "6.815/6.842
  doanh nghiệp … 99,61% … 4.286,7 tỷ đồng … 98,12% … 31.406 hộ … 64,60%" and cash-register invoices "18.642.318 hóa
  đơn, tăng 46,8%" name no body (subject and level unchecked, as 569's taxpayers). NEW: A TARGET WRITTEN AS A COUNT:
  "Toàn tỉnh có 3.126 doanh nghiệp, hộ kinh doanh …, trong đó 2.418 hộ kinh doanh; so với chỉ tiêu Cục Thuế giao năm
  2026 là 3.500 doanh nghiệp, hộ kinh doanh thì mới đạt 89,31%" — the target is kind target in `doanh nghiệp` (dated
  2026-12-31) and the 89,31% a share of it (no status is stated: "mới đạt" is no "chưa đạt chỉ tiêu"); all subject
  NULL. A MARKDOWN TABLE BY OFFICE: "Văn phòng Thuế tỉnh" (part of the issuer: subject unchecked, level tỉnh), the
  four "Thuế cơ sở n tỉnh Cà Mau" (subject as written, level unchecked), returns, online returns and their share (codes
  unchecked), TTHC files received (files code) and overdue (overdue code; "0" cells and a "100" cell are figures), and
  a "Tổng cộng" row with an empty STT (= `Thuế tỉnh`; it repeats the prose). PAKN "14 … 14/14"; the province's
  `81,27/100`, `24/34`, `7,46/10` (subject NULL). Task 1's "1.215 hộ" a count (subject unchecked); task 2's "nâng tỷ
  lệ hộ kinh doanh nộp thuế điện tử trên địa bàn tỉnh đạt tối thiểu 75% trong quý III năm 2026" the province's target
  (subject NULL, 2026-09-30). Six deadlines: day for a Thuế cơ sở, quarter (with the target), "chậm nhất" day in words
  "ngày hai mươi tháng 8 năm 2026", month, year in a request "Đề nghị UBND các xã, phường …", "trước ngày 05 hằng
  tháng" (issued 06/7/2026, after the 5th: first 05/8/2026).
- 618 is an annual Báo cáo of the Văn phòng Đăng ký đất đai tỉnh Quảng Ngãi (merged with Kon Tum; header "UBND TỈNH
  QUẢNG NGÃI / SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG / VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI", number "86/BC-VPĐKĐĐ"), năm 2025, issued
  09/01/2026, to the Sở. "Văn phòng Đăng ký đất đai và 06 chi nhánh đã tiếp nhận 64.218 hồ sơ (năm 2024, cộng gộp của
  hai Văn phòng trước hợp nhất: 58.906 hồ sơ), tăng 5.312 hồ sơ, tương ứng tăng 9,02%" (the Văn phòng's; "06 chi
  nhánh" code None, subject and level unchecked; the predecessors' sum dated 2024-12-31 with the files code, subject
  unchecked, level tỉnh), files by kind (subject unchecked, level tỉnh), "24.698 hồ sơ, đạt 38,46%; so với chỉ tiêu
  UBND tỉnh giao năm 2025 cho lĩnh vực đất đai là 45% thì chưa đạt chỉ tiêu" (the land field's target: subject and
  level unchecked, at the period end; the share carries it, "chưa đạt"), postal files, settled, on time, overdue,
  pending, "21.406 giấy chứng nhận", "7,2 ngày/hồ sơ, rút ngắn 1,1 ngày so với năm 2024 (8,3 ngày)" (previous
  2024-12-31). A MARKDOWN TABLE PER BRANCH (six "Chi nhánh khu vực …", subject as written, level unchecked as 562's
  branches; received, online, online share, settled, overdue with the codes of their columns; "Tổng cộng" with an empty
  STT = the Văn phòng, repeating the prose); the two branches named before their overdue counts in brackets after it.
  Payment "28.412 … 17.186 … 60,49%", the land database "1.624.318 thửa đất của 96/96 xã, phường, đặc khu, trong đó
  1.102.546 thửa đất" (subject and level unchecked), PAKN "36 … 33 … 03", satisfaction "96,18%" (the Văn phòng's files:
  code unchecked); "Sở Nông nghiệp và Môi trường đạt 84,62/100 điểm, xếp thứ 14/19" (as written, level tỉnh); the
  province's `80,94/100`, `27/34`. Task 2's "của mỗi chi nhánh đạt tối thiểu 50% trong quý II năm 2026" each branch's
  target (subject and level unchecked, 2026-06-30). Six deadlines: day for two named branches, quarter (with the
  target), "chậm nhất" day in words "ngày mười lăm tháng 3 năm 2026", month, year in a request "Đề nghị Sở Nông
  nghiệp và Môi trường …", "trước ngày 20 hằng tháng" (issued 09/01/2026: first 20/01/2026).
- 619 is a Công văn of the Sở Tài chính tỉnh Hưng Yên (merged with Thái Bình; header "UBND TỈNH HƯNG YÊN / SỞ TÀI
  CHÍNH", number "1246/STC-ĐKKD", a "V/v" line naming the period) to UBND tỉnh, tháng 4 năm 2026, issued 05/5/2026,
  with no "BÁO CÁO" title. The province's enterprises ("toàn tỉnh có 412 doanh nghiệp … 5.284,6 tỷ đồng (tháng
  3/2026: 368 doanh nghiệp), tăng 44 doanh nghiệp; 126 … 214 … 58 doanh nghiệp", subject NULL, codes unchecked;
  previous 2026-03-31), an average "Vốn đăng ký bình quân đạt 12,83 tỷ đồng/doanh nghiệp" (kind value, `tỷ đồng`), a
  dash list by former province's area "- Khu vực tỉnh Hưng Yên cũ: 268 doanh nghiệp, vốn đăng ký 3.612,4 tỷ đồng,
  chiếm 65,05% số doanh nghiệp;" (areas: subject and level unchecked, as golden/blind97.py), the sectors' shares after
  "lần lượt là" (subject and level unchecked). NEW: A CUMULATIVE COUNT IN A MONTHLY LETTER WITH ITS "CÙNG KỲ": "Lũy
  kế 4 tháng đầu năm 2026 có 1.486 doanh nghiệp (cùng kỳ năm 2025: 1.264 doanh nghiệp), tăng 17,56%" — the count at
  the period end (codes unchecked), its previous value dated at the end of the same window a year before (2025-04-30).
  The Sở's own files "2.846 … 2.839 …, đạt 99,75%; so với chỉ tiêu UBND tỉnh giao năm 2026 là 95% thì Sở đã đạt chỉ
  tiêu" (target 2026-12-31), "2.846/2.846 hồ sơ" (one count, max 2846, the on-time code), "64 hồ sơ … 2,25%", "1,8
  ngày làm việc, rút ngắn 0,3 ngày" (one procedure: codes unchecked), "2.126 hồ sơ … 74,70%", "05 PAKN … 05/05 PAKN".
  NEW: HOUSEHOLD BUSINESSES REGISTERED BY THE COMMUNES: "UBND các xã, phường tiếp nhận 3.518 hồ sơ …, 2.864 hồ sơ …,
  chiếm 81,41%; cấp mới 1.942 giấy chứng nhận …; 1.126 hồ sơ …, chiếm 32,01%" (subject as written, level xã, codes
  unchecked: one field's files), "So với chỉ tiêu năm 2026 là 85% thì cấp xã chưa đạt chỉ tiêu" (cấp xã's target:
  subject unchecked, level xã, 2026-12-31; the 81,41% carries it with "chưa đạt"), "98/104 xã, phường", the best and
  worst commune in brackets (as written, level xã), the former provinces' areas after "lần lượt là". The Sở's
  `91,08/100`, `2/16` "(tháng 3/2026: 88,74 điểm, xếp thứ 5/16), tăng 2,34 điểm và tăng 3 bậc" (previous 2026-03-31),
  the blocks' averages (subject unchecked; tỉnh, xã), the province's `86,52/100`, `8/34`. "Còn 06 xã" and task a)'s
  "06 xã" (level xã); task b)'s "của mỗi xã đạt tối thiểu 60% trong quý II năm 2026" each named commune's target
  (subject unchecked, level xã, 2026-06-30). Six deadlines in lettered items: day, quarter (with the target) for two
  named communes, "chậm nhất" day in words "ngày mười lăm tháng 6 năm 2026", month and year in requests "Đề nghị Sở
  Khoa học và Công nghệ …", "Đề nghị Công an tỉnh …", "trước ngày 03 hằng tháng" (issued 05/5/2026, after the 3rd:
  first 03/6/2026).

Unsure readings (fields left `ANY`): the subject of 615's previous enrolment share (the two former provinces' sum or
the new province) and of the grade rows; 616's department rows; the subject of 617's taxpayers' figures (the
province's taxpayers or the Thuế tỉnh that collects from them; as 569); 618's land-field target and the parcels;
619's areas and sectors. 616's subject for sentences saying only "Bệnh viện" follows the fixed rule that a proper name
holding a place is kept whole; a reader could also write `Bệnh viện Đa khoa tỉnh` as golden/blind69.py did for a
header without the place.
"""

from __future__ import annotations

from golden.facts import (
    _DH,
    _HL,
    _NOP,
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
_Y2024 = "2024-12-31"
_Q3_2024 = "2024-09-30"
_H1_2025 = "2025-06-30"
_Y2025 = "2025-12-31"
_Q1_2026 = "2026-03-31"
_Y2026 = "2026-12-31"
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


def _markdown_table(rows: list[tuple[str, str, str]], total: tuple[str, str], after_total: str,
                    make_row) -> list[Fact]:
    """A Markdown table in order, each row `(stt, name, raws)`; each row's context runs into the next row's STT and
    name, the total row (empty STT) into the text after the table."""
    facts = []
    for i, (stt, name, raws) in enumerate(rows):
        after = f"| {rows[i + 1][0]} | {rows[i + 1][1]}" if i + 1 < len(rows) else f"| | {total[0]}"
        facts += make_row(stt, name, raws, after)
    facts += make_row("", total[0], total[1], after_total)
    return facts


# ------------------------------------------------------------ 615: Sở GD&ĐT tỉnh Tây Ninh, quý III năm 2025
_SGD = "Sở Giáo dục và Đào tạo"
_sgd = _by(_SGD, "tỉnh")


def _grade_615(grade: str, admitted: str, online: str, share: str) -> list[Fact]:
    """One dash item "- Tuyển sinh lớp n: a học sinh trúng tuyển, đăng ký trực tuyến b học sinh, đạt x%;" (a grade,
    not a body: subject and level unchecked, codes unchecked)."""
    return [F(f"lớp {grade}: {admitted}", admitted, _num(admitted), "học sinh", C, code=ANY, **_OPEN),
            F(f"{admitted} học sinh trúng tuyển, đăng ký trực tuyến {online}", online, _num(online), "học sinh", C,
              code=ANY, **_OPEN),
            F(f"{online} học sinh, đạt {share}", share, _num(share), "%", code=ANY, **_OPEN)]


BLIND_615 = [
    # I. the province's schools (96/KH-UBND, 1582/UBND-KSTT cited; "hai Sở cũ" in words), the Sở's procedures
    F("Toàn tỉnh có 1.186 trường", "1.186", 1186, "trường", C, code=None),
    F("(mầm non 512 trường", "512", 512, "trường", C, code=None, **_OPEN),
    F("tiểu học 398 trường", "398", 398, "trường", C, code=None, **_OPEN),
    F("cơ sở 214 trường", "214", 214, "trường", C, code=None, **_OPEN),
    F("phổ thông 62 trường)", "62", 62, "trường", C, code=None, **_OPEN),
    F("khoảng 612.000 học sinh", "612.000", 612000, "học sinh", C, code=ANY),
    _sgd("thực hiện 96 TTHC", "96", 96, "TTHC", C, code=_TTHC),
    _sgd("đó 58 TTHC", "58", 58, "TTHC", C, code=_TOAN),
    _sgd("và 38 TTHC", "38", 38, "TTHC", C, code=_MOT),
    # II.1 files (quý II dated 2025-06-30), payment, digitisation
    _sgd("Sở tiếp nhận 5.428 hồ sơ", "5.428", 5428, "hồ sơ", C, code=_TN),
    _sgd("(quý II năm 2025: 4.162", "4.162", 4162, "hồ sơ", PR, as_of=_H1_2025, code=_TN),
    _sgd("tăng 1.266 hồ sơ", "1.266", 1266, "hồ sơ", CH, code=ANY),
    _sgd("trực tuyến 5.104 hồ sơ", "5.104", 5104, "hồ sơ", C, code=_NOP),
    _sgd("chiếm 94,03%", "94,03%", 94.03, "%", code=_NOP),
    _sgd("giải quyết 5.372 hồ sơ", "5.372", 5372, "hồ sơ", C, code=ANY),
    _sgd("đúng hạn 5.359 hồ sơ", "5.359", 5359, "hồ sơ", C, code=_DH),
    _sgd("đạt 99,76%", "99,76%", 99.76, "%", code=_DH),
    _sgd("quá hạn 13 hồ sơ", "13", 13, "hồ sơ", C, code=_QH),
    _sgd("chiếm 0,24%", "0,24%", 0.24, "%", code=_QH),
    _sgd("bình quân 2,4 ngày", "2,4", 2.4, "ngày", code=_TIME),
    _sgd("rút ngắn 0,6 ngày", "0,6", -0.6, "ngày", CH, code=_TIME),
    _sgd("Sở có 1.846 hồ sơ", "1.846", 1846, "hồ sơ", C, code=ANY),
    _sgd("đó 1.702 hồ sơ", "1.702", 1702, "hồ sơ", C, code=_TT),
    _sgd("đạt 92,20%", "92,20%", 92.20, "%", code=_TT),
    _sgd("của Sở đạt 97,85%", "97,85%", 97.85, "%", code=_SH),
    _sgd("đạt 46,12%", "46,12%", 46.12, "%", code=_TSD),
    # II.2 diplomas (the Sở's copies in `bản`), the province's graduates; "trước ngày 15/9/2025" is past work
    _sgd("cấp 2.846 bản", "2.846", 2846, "bản", C, code=ANY),
    _sgd("đó 2.318 bản", "2.318", 2318, "bản", C, code=ANY),
    _sgd("chiếm 81,45%", "81,45%", 81.45, "%", code=ANY),
    _sgd("cho 1.972 trường hợp", "1.972", 1972, "trường hợp", C, code=ANY),
    F("có 24.615 học sinh", "24.615", 24615, "học sinh", C, code=ANY),
    F("đạt 99,12%", "99,12%", 99.12, "%", code=ANY),
    _sgd("cập nhật 100%", "100%", 100, "%", code=ANY),
    # II.3 online enrolment (the province's; cùng kỳ năm 2024 dated 2024-09-30; "ba cấp học", "hai tỉnh" in words)
    F("là 68.412 học sinh", "68.412", 68412, "học sinh", C, code=ANY),
    F("đó 57.986 học sinh", "57.986", 57986, "học sinh", C, code=ANY),
    F("chiếm 84,76%", "84,76%", 84.76, "%", code=ANY),
    F("hai tỉnh cũ: 71,28%", "71,28%", 71.28, "%", PR, as_of=_Q3_2024, code=ANY, **_OPEN),
    F("tăng 13,48%", "13,48%", 13.48, "%", CH, code=ANY),
    *_grade_615("1", "24.836", "21.904", "88,19%"),
    *_grade_615("6", "23.518", "19.712", "83,82%"),
    *_grade_615("10", "20.058", "16.370", "81,61%"),
    F("Có 96/96 xã", "96/96", 96, "xã", C, max_value=96, code=None, **_IN_XA),
    F("nhất 146.250 lượt", "146.250", 146250, "lượt", C, code=ANY, **_OPEN),
    # II.4 cashless school fees (the 2025 target after the period end)
    F("có 1.094/1.186 trường", "1.094/1.186", 1094, "trường", C, max_value=1186, code=ANY),
    F("đạt 92,24%", "92,24%", 92.24, "%", code=ANY, target=90, stated_status="đạt"),
    F("năm 2025 là 90%", "90%", 90, "%", T, as_of=_Y2025, code=ANY),
    F("có 486.320 giao dịch", "486.320", 486320, "giao dịch", C, code=ANY),
    F("tiền 312,6 tỷ đồng", "312,6", 312.6, "tỷ đồng", code=ANY),
    F("chiếm 78,35%", "78,35%", 78.35, "%", code=ANY),
    F("đạt 100% (62/62", "100%", 100, "%", code=ANY, **_OPEN),
    F("(62/62 trường)", "62/62", 62, "trường", C, max_value=62, code=ANY, **_OPEN),
    F("với 86,13%", "86,13%", 86.13, "%", code=ANY, **_OPEN),
    # II.5 PAKN, satisfaction, the Sở's 766 result (quý II dated 2025-06-30), the province's
    _sgd("tiếp nhận 09 PAKN", "09", 9, "PAKN", C, code=_PAKN_TN),
    _sgd("xong 09/09 PAKN", "09/09", 9, "PAKN", C, max_value=9, code=ANY),
    _sgd("đạt 98,4 %", "98,4 %", 98.4, "%", code=_HL),
    _sgd("đạt 89,56/100", "89,56/100", 89.56, "điểm", max_value=100, code=_TONG),
    _sgd("xếp thứ 5/17", "5/17", 5, "hạng", R, max_value=17, code=_HANG),
    _sgd("(quý II năm 2025: 86,20 điểm)", "86,20", 86.20, "điểm", PR, max_value=100, as_of=_H1_2025, code=_TONG),
    _sgd("tăng 3,36 điểm", "3,36", 3.36, "điểm", CH, code=_TONG),
    _sgd("đạt 9,22/10", "9,22/10", 9.22, "điểm", max_value=10, code="766.thanh_toan"),
    _sgd("đạt 19,64/22", "19,64/22", 19.64, "điểm", max_value=22, code="766.so_hoa"),
    F("đạt 84,18/100", "84,18/100", 84.18, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 11/34", "11/34", 11, "hạng", R, max_value=34, code=_HANG),
    # III. shortcomings ("hai ngày đầu" in words)
    F("Còn 92 trường", "92", 92, "trường", C, code=ANY, **_OPEN),
    F("tại 14 xã", "14", 14, "xã", C, code=None, **_IN_XA),
    # IV. a count repeated; the province's target for quý IV (phone number no figure)
    F("hướng dẫn 92 trường", "92", 92, "trường", C, code=ANY, **_OPEN),
    F("đạt 100% trong quý IV", "100%", 100, "%", T, as_of=_Y2025, code=ANY),
]

# ------------------------------------------------------------ 616: Bệnh viện Đa khoa tỉnh Gia Lai, tháng 11 năm 2025
_BV = "Bệnh viện Đa khoa tỉnh Gia Lai"
_bv = _by(_BV, "tỉnh")
_OCT_2025 = "2025-10-31"


def _dept_616(stt: str, name: str, raws: str, after: str) -> list[Fact]:
    """One tab-separated row of Bảng 1: visits in October (dated 2025-10-31) and November, visits with the identity
    card or VNeID, its share, the cashless share. A department has subject unchecked, level tỉnh; the "Cộng" row (empty
    STT) is the hospital. Codes unchecked."""
    oct_, nov, card, share, cashless = raws.split()
    line = "\t".join([stt, name, oct_, nov, card, share, cashless])
    subject = _BV if stt == "" else ANY
    return _cells(line, "\t", after, subject, "tỉnh", [
        (oct_, "lượt", P, ANY, _OCT_2025, None), (nov, "lượt", P, ANY, "period", None),
        (card, "lượt", P, ANY, "period", None), (share, "%", P, ANY, "period", None),
        (cashless, "%", P, ANY, "period", None)])


_DEPTS_616 = [
    ("Khoa Khám bệnh", "22.418 23.406 21.862 93,40 61,24"),
    ("Khoa Khám bệnh theo yêu cầu", "6.215 6.734 6.148 91,30 82,15"),
    ("Khoa Y học cổ truyền - Phục hồi chức năng", "3.126 3.302 2.894 87,64 55,36"),
    ("Khoa Cấp cứu", "5.156 5.020 4.304 85,74 48,92"),
]


def _table_616() -> list[Fact]:
    """Bảng 1 in order; each row's context runs into the next row's STT and name."""
    facts = []
    for i, (name, raws) in enumerate(_DEPTS_616):
        after = f"{i + 2}\t{_DEPTS_616[i + 1][0]}" if i + 1 < len(_DEPTS_616) else "\tCộng"
        facts += _dept_616(str(i + 1), name, raws, after)
    facts += _dept_616("", "Cộng", "36.915 38.462 35.208 91,54 63,75", "\nKhoa Cấp cứu có tỷ lệ")
    return facts


BLIND_616 = [
    # I. visits with the identity card (tháng 10 dated 2025-10-31; 3275/SYT-NVY cited)
    _bv("tiếp đón 38.462 lượt", "38.462", 38462, "lượt", C, code=ANY),
    _bv("(tháng 10/2025: 36.915 lượt)", "36.915", 36915, "lượt", PR, as_of=_OCT_2025, code=ANY),
    _bv("tăng 1.547 lượt", "1.547", 1547, "lượt", CH, code=ANY),
    _bv("đó 35.208 lượt", "35.208", 35208, "lượt", C, code=ANY),
    _bv("chiếm 91,54%", "91,54%", 91.54, "%", code=ANY),
    _bv("đạt 99,6 %", "99,6 %", 99.6, "%", code=ANY),
    _bv("bình quân 4,5 phút", "4,5", 4.5, "phút", code=ANY),
    _bv("giảm 1,8 phút", "1,8", -1.8, "phút", CH, code=ANY),
    # Bảng 1 (tab-separated, by department)
    *_table_616(),
    # II. health book (cumulative since 01/01/2025: dated at the period end), referral papers, birth and death papers
    _bv("liên thông 142.618 hồ sơ", "142.618", 142618, "hồ sơ", C, code=ANY),
    _bv("liên thông 12.406 hồ sơ", "12.406", 12406, "hồ sơ", C, code=ANY),
    _bv("cấp 1.246 giấy", "1.246", 1246, "giấy", C, code=ANY),
    _bv("đạt 96,89%", "96,89%", 96.89, "%", code=ANY),
    _bv("(1.286 giấy)", "1.286", 1286, "giấy", C, code=ANY),
    _bv("tiếp nhận 842 giấy", "842", 842, "giấy", C, code=ANY),
    _bv("cấp 318 giấy", "318", 318, "giấy", C, code=ANY),
    _bv("và 46 giấy", "46", 46, "giấy", C, code=ANY),
    _bv("đó 100% được", "100%", 100, "%", code=ANY),
    # III. cashless payments (the 2025 target after the period end), machines
    _bv("là 24.518 lượt", "24.518", 24518, "lượt", C, code=ANY),
    _bv("chiếm 63,75%", "63,75%", 63.75, "%", code=ANY, target=70, stated_status="chưa đạt"),
    _bv("tiền 18,42 tỷ đồng", "18,42", 18.42, "tỷ đồng", code=ANY),
    _bv("năm 2025 là 70%", "70%", 70, "%", T, as_of=_Y2025, code=ANY),
    _bv("có 14 máy POS", "14", 14, "máy POS", C, code=None),
    _bv("và 22 mã QR", "22", 22, "mã QR", C, code=None),
    # IV. complaints (`PAKN`), the survey (tháng 10 dated 2025-10-31), the Sở's ranking of its hospitals
    _bv("tiếp nhận 27 phản ánh", "27", 27, "PAKN", C, code=ANY),
    _bv("xử lý 25 phản ánh", "25", 25, "PAKN", C, code=ANY),
    _bv(", 02 phản ánh", "02", 2, "PAKN", C, code=ANY),
    _bv("Khảo sát 1.200 người bệnh", "1.200", 1200, "người bệnh", C, code=ANY),
    _bv("đạt 93,8%", "93,8%", 93.8, "%", code=ANY),
    _bv("tăng 1,6 điểm", "1,6", 1.6, "%", CH, code=ANY),
    _bv("(92,2%)", "92,2%", 92.2, "%", PR, as_of=_OCT_2025, code=ANY),
    _bv("xếp thứ 3/21", "3/21", 3, "hạng", R, max_value=21, code=ANY),
    # V. machines to add; the hospital's target for quý I/2026 (phone number no figure)
    F("thêm 06 máy POS", "06", 6, "máy POS", C, code=None, **_OPEN),
    _bv("tối thiểu 70%", "70%", 70, "%", T, as_of=_Q1_2026, code=ANY),
]

# ------------------------------------------------------------ 617: Thuế tỉnh Cà Mau, 6 tháng đầu năm 2026
_THUE = "Thuế tỉnh"
_thue = _by(_THUE, "tỉnh")


def _office_617(stt: str, name: str, raws: str, after: str) -> list[Fact]:
    """One Markdown row of Bảng 1: tax returns, online returns, online share (codes unchecked), TTHC files received
    (files code), overdue files (overdue code). "Văn phòng Thuế tỉnh" is part of the issuer (subject unchecked, level
    tỉnh); a Thuế cơ sở as written, level unchecked; "Tổng cộng" (empty STT) the Thuế tỉnh."""
    returns, online, share, files, overdue = raws.split()
    line = f"| {stt} | {name} | {returns} | {online} | {share} | {files} | {overdue} |".replace("|  |", "| |")
    if stt == "":
        subject, level = _THUE, "tỉnh"
    elif name.startswith("Văn phòng"):
        subject, level = ANY, "tỉnh"
    else:
        subject, level = name, ANY
    return _cells(line, " | ", after, subject, level, [
        (returns, "hồ sơ", P, ANY, "period", None), (online, "hồ sơ", P, ANY, "period", None),
        (share, "%", P, ANY, "period", None), (files, "hồ sơ", P, _TN, "period", None),
        (overdue, "hồ sơ", P, _QH, "period", None)])


_OFFICES_617 = [
    ("1", "Văn phòng Thuế tỉnh", "18.426 18.426 100 2.315 0"),
    ("2", "Thuế cơ sở 1 tỉnh Cà Mau", "24.318 24.106 99,13 3.412 2"),
    ("3", "Thuế cơ sở 2 tỉnh Cà Mau", "16.842 16.688 99,09 2.046 3"),
    ("4", "Thuế cơ sở 3 tỉnh Cà Mau", "21.506 21.342 99,24 2.718 0"),
    ("5", "Thuế cơ sở 4 tỉnh Cà Mau", "15.156 15.050 99,30 2.355 4"),
]

BLIND_617 = [
    # I. (381/QĐ-CT, 198/2025/QH15 cited) communes, offices, the province's taxpayers
    F("địa bàn 64 xã", "64", 64, "xã", C, code=None, **_IN_XA),
    F("và 04 đơn vị", "04", 4, "đơn vị", C, code=None, **_OPEN),
    F("có 6.842 doanh nghiệp", "6.842", 6842, "doanh nghiệp", C, code=ANY),
    F("và 48.615 hộ", "48.615", 48615, "hộ", C, code=ANY),
    # II.1 tax returns (cùng kỳ = 6 tháng đầu năm 2025, dated 2025-06-30)
    _thue("tiếp nhận 96.248 hồ sơ", "96.248", 96248, "hồ sơ", C, code=ANY),
    _thue("đó 95.612 hồ sơ", "95.612", 95612, "hồ sơ", C, code=ANY),
    _thue("đạt 99,34%", "99,34%", 99.34, "%", code=ANY),
    _thue("(cùng kỳ năm 2025: 98,71%)", "98,71%", 98.71, "%", PR, as_of=_H1_2025, code=ANY),
    # II.2 taxpayers' e-payment (subject and level unchecked)
    F("Có 6.815/6.842 doanh nghiệp", "6.815/6.842", 6815, "doanh nghiệp", C, max_value=6842, code=ANY, **_OPEN),
    F("đạt 99,61%", "99,61%", 99.61, "%", code=ANY, **_OPEN),
    F("là 4.286,7 tỷ đồng", "4.286,7", 4286.7, "tỷ đồng", code=ANY, **_OPEN),
    F("chiếm 98,12%", "98,12%", 98.12, "%", code=ANY, **_OPEN),
    F("Có 31.406 hộ", "31.406", 31406, "hộ", C, code=ANY, **_OPEN),
    F("chiếm 64,60%", "64,60%", 64.60, "%", code=ANY, **_OPEN),
    # II.3 invoices; the province's target as a count (dated 2026-12-31) and the share of it
    _thue("cho 1.284.506 hóa đơn", "1.284.506", 1284506, "hóa đơn", C, code=ANY),
    F("là 18.642.318 hóa đơn", "18.642.318", 18642318, "hóa đơn", C, code=ANY, **_OPEN),
    F("tăng 46,8%", "46,8%", 46.8, "%", CH, code=ANY, **_OPEN),
    F("có 3.126 doanh nghiệp", "3.126", 3126, "doanh nghiệp", C, code=ANY),
    F("đó 2.418 hộ", "2.418", 2418, "hộ", C, code=ANY),
    F("năm 2026 là 3.500", "3.500", 3500, "doanh nghiệp", T, as_of=_Y2026, code=ANY),
    F("mới đạt 89,31%", "89,31%", 89.31, "%", code=ANY),
    # II.4 TTHC files, refunds
    _thue("tiếp nhận 12.846 hồ sơ", "12.846", 12846, "hồ sơ", C, code=_TN),
    _thue("giải quyết 12.790 hồ sơ", "12.790", 12790, "hồ sơ", C, code=ANY),
    _thue("đúng hạn 12.781 hồ sơ", "12.781", 12781, "hồ sơ", C, code=_DH),
    _thue("đạt 99,93%", "99,93%", 99.93, "%", code=_DH),
    _thue("quá hạn 09 hồ sơ", "09", 9, "hồ sơ", C, code=_QH),
    _thue("giải quyết 46 hồ sơ", "46", 46, "hồ sơ", C, code=ANY),
    _thue("tiền 128,4 tỷ đồng", "128,4", 128.4, "tỷ đồng", code=ANY),
    _thue("bình quân 4,2 ngày", "4,2", 4.2, "ngày", code=ANY),
    # Bảng 1 (Markdown, by office)
    *_markdown_table(_OFFICES_617, ("Tổng cộng", "96.248 95.612 99,34 12.846 9"), "\nCác hồ sơ quá hạn",
                     _office_617),
    # 5. PAKN, the province's 766 result
    _thue("tiếp nhận 14 PAKN", "14", 14, "PAKN", C, code=_PAKN_TN),
    _thue("hạn 14/14 PAKN", "14/14", 14, "PAKN", C, max_value=14, code=ANY),
    F("đạt 81,27/100", "81,27/100", 81.27, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 24/34", "24/34", 24, "hạng", R, max_value=34, code=_HANG),
    F("đạt 7,46/10", "7,46/10", 7.46, "điểm", max_value=10, code="766.thanh_toan"),
    # III. a count in a task; the province's target for quý III (phone number no figure)
    F("của 1.215 hộ", "1.215", 1215, "hộ", C, code=ANY, **_OPEN),
    F("tối thiểu 75%", "75%", 75, "%", T, as_of="2026-09-30", code=ANY),
]

# ------------------------------------------------------------ 618: VPĐKĐĐ tỉnh Quảng Ngãi, năm 2025
_VP = "Văn phòng Đăng ký đất đai"
_vp = _by(_VP, "tỉnh")


def _branch_618(stt: str, name: str, raws: str, after: str) -> list[Fact]:
    """One Markdown row of Bảng 1: received, online, online share, settled (code unchecked), overdue. A branch as
    written, level unchecked; "Tổng cộng" (empty STT) the Văn phòng."""
    received, online, share, settled, overdue = raws.split()
    line = f"| {stt} | {name} | {received} | {online} | {share} | {settled} | {overdue} |".replace("|  |", "| |")
    subject, level = (_VP, "tỉnh") if stt == "" else (name, ANY)
    return _cells(line, " | ", after, subject, level, [
        (received, "hồ sơ", P, _TN, "period", None), (online, "hồ sơ", P, _NOP, "period", None),
        (share, "%", P, _NOP, "period", None), (settled, "hồ sơ", P, ANY, "period", None),
        (overdue, "hồ sơ", P, _QH, "period", None)])


_BRANCHES_618 = [
    ("1", "Chi nhánh khu vực Quảng Ngãi", "18.642 8.126 43,59 18.306 214"),
    ("2", "Chi nhánh khu vực Bình Sơn", "9.415 3.218 34,18 9.188 186"),
    ("3", "Chi nhánh khu vực Đức Phổ", "8.906 2.904 32,61 8.712 142"),
    ("4", "Chi nhánh khu vực Kon Tum", "12.318 5.406 43,89 12.046 268"),
    ("5", "Chi nhánh khu vực Ngọc Hồi", "6.215 2.016 32,44 6.094 156"),
    ("6", "Chi nhánh khu vực Đắk Hà", "8.722 3.028 34,72 8.558 160"),
]

BLIND_618 = [
    # I.1 files (the predecessors' sum dated 2024-12-31; 46/SNNMT-VP cited; "hai Văn phòng" in words), by kind
    F("và 06 chi nhánh", "06", 6, "chi nhánh", C, code=None, **_OPEN),
    _vp("tiếp nhận 64.218 hồ sơ", "64.218", 64218, "hồ sơ", C, code=_TN),
    F("trước hợp nhất: 58.906 hồ sơ", "58.906", 58906, "hồ sơ", PR, as_of=_Y2024, code=_TN, **_IN_TINH),
    _vp("tăng 5.312 hồ sơ", "5.312", 5312, "hồ sơ", CH, code=ANY),
    _vp("tăng 9,02%", "9,02%", 9.02, "%", CH, code=ANY),
    F("biến động 41.206", "41.206", 41206, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("lần đầu 6.418", "6.418", 6418, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("đất đai 16.594", "16.594", 16594, "hồ sơ", C, code=ANY, **_IN_TINH),
    # I.2 online (the land field's 2025 target at the period end), postal files
    _vp("là 24.698 hồ sơ", "24.698", 24698, "hồ sơ", C, code=_NOP),
    _vp("đạt 38,46%", "38,46%", 38.46, "%", code=_NOP, target=45, stated_status="chưa đạt"),
    F("đất đai là 45%", "45%", 45, "%", T, code=ANY, **_OPEN),
    _vp("tiếp nhận 3.846 hồ sơ", "3.846", 3846, "hồ sơ", C, code=ANY),
    # I.3 settled, on time, overdue, pending, certificates, time (năm 2024 dated 2024-12-31)
    _vp("giải quyết 62.904", "62.904", 62904, "hồ sơ", C, code=ANY),
    _vp("đúng hạn 61.778", "61.778", 61778, "hồ sơ", C, code=_DH),
    _vp("đạt 98,21%", "98,21%", 98.21, "%", code=_DH),
    _vp("quá hạn 1.126 hồ sơ", "1.126", 1126, "hồ sơ", C, code=_QH),
    _vp("chiếm 1,79%", "1,79%", 1.79, "%", code=_QH),
    _vp("đang giải quyết 1.314", "1.314", 1314, "hồ sơ", C, code=ANY),
    _vp("cấp 21.406 giấy", "21.406", 21406, "giấy chứng nhận", C, code=ANY),
    _vp("bình quân 7,2 ngày", "7,2", 7.2, "ngày", code=_TIME),
    _vp("rút ngắn 1,1 ngày", "1,1", -1.1, "ngày", CH, code=_TIME),
    _vp("(8,3 ngày)", "8,3", 8.3, "ngày", PR, as_of=_Y2024, code=_TIME),
    # Bảng 1 (Markdown, per branch)
    *_markdown_table(_BRANCHES_618, ("Tổng cộng", "64.218 24.698 38,46 62.904 1.126"), "\nHai chi nhánh có",
                     _branch_618),
    F("Kon Tum (268 hồ sơ)", "268", 268, "hồ sơ", C, subject="Chi nhánh khu vực Kon Tum", level=ANY, code=_QH),
    F("Quảng Ngãi (214 hồ sơ)", "214", 214, "hồ sơ", C, subject="Chi nhánh khu vực Quảng Ngãi", level=ANY,
      code=_QH),
    # II. payment, the land database
    _vp("Có 28.412 hồ sơ", "28.412", 28412, "hồ sơ", C, code=ANY),
    _vp("đó 17.186 hồ sơ", "17.186", 17186, "hồ sơ", C, code=_TT),
    _vp("chiếm 60,49%", "60,49%", 60.49, "%", code=_TT),
    F("cập nhật 1.624.318", "1.624.318", 1624318, "thửa đất", C, code=ANY, **_OPEN),
    F("của 96/96 xã", "96/96", 96, "xã", C, max_value=96, code=None, **_IN_XA),
    F("đó 1.102.546", "1.102.546", 1102546, "thửa đất", C, code=ANY, **_OPEN),
    # III. PAKN, satisfaction, the Sở's and the province's 766 results
    _vp("tiếp nhận 36 PAKN", "36", 36, "PAKN", C, code=_PAKN_TN),
    _vp("giải quyết 33 PAKN", "33", 33, "PAKN", C, code=ANY),
    _vp(", 03 PAKN", "03", 3, "PAKN", C, code=ANY),
    _vp("đạt 96,18%", "96,18%", 96.18, "%", code=ANY),
    F("đạt 84,62/100", "84,62/100", 84.62, "điểm", max_value=100, subject="Sở Nông nghiệp và Môi trường",
      level="tỉnh", code=_TONG),
    F("xếp thứ 14/19", "14/19", 14, "hạng", R, max_value=19, subject="Sở Nông nghiệp và Môi trường", level="tỉnh",
      code=_HANG),
    F("đạt 80,94/100", "80,94/100", 80.94, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 27/34", "27/34", 27, "hạng", R, max_value=34, code=_HANG),
    # IV. each branch's target for quý II/2026 (phone number no figure)
    F("tối thiểu 50%", "50%", 50, "%", T, as_of="2026-06-30", code=ANY, **_OPEN),
]

# ------------------------------------------------------------ 619: Sở Tài chính tỉnh Hưng Yên, tháng 4 năm 2026
_STC = "Sở Tài chính"
_stc = _by(_STC, "tỉnh")
_XA_UB = _by("UBND các xã, phường", "xã")
_MAR_2026 = "2026-03-31"


def _area_619(area: str, firms: str, money: str, share: str) -> list[Fact]:
    """One dash item "- Khu vực tỉnh … cũ: n doanh nghiệp, vốn đăng ký x tỷ đồng, chiếm y% số doanh nghiệp;" (a former
    province's area: subject and level unchecked; codes unchecked)."""
    return [F(f"{area} cũ: {firms} doanh nghiệp", firms, _num(firms), "doanh nghiệp", C, code=ANY, **_OPEN),
            F(f"đăng ký {money} tỷ đồng", money, _num(money), "tỷ đồng", code=ANY, **_OPEN),
            F(f"chiếm {share} số", share, _num(share), "%", code=ANY, **_OPEN)]


BLIND_619 = [
    # 1. the province's enterprises (812/UBND-KTTH cited; tháng 3 dated 2026-03-31)
    F("có 412 doanh nghiệp", "412", 412, "doanh nghiệp", C, code=ANY),
    F("ký 5.284,6 tỷ đồng", "5.284,6", 5284.6, "tỷ đồng", code=ANY),
    F("(tháng 3/2026: 368", "368", 368, "doanh nghiệp", PR, as_of=_MAR_2026, code=ANY),
    F("tăng 44 doanh nghiệp", "44", 44, "doanh nghiệp", CH, code=ANY),
    F("; 126 doanh nghiệp", "126", 126, "doanh nghiệp", C, code=ANY),
    F(", 214 doanh nghiệp", "214", 214, "doanh nghiệp", C, code=ANY),
    F("và 58 doanh nghiệp", "58", 58, "doanh nghiệp", C, code=ANY),
    F("đạt 12,83 tỷ đồng", "12,83", 12.83, "tỷ đồng", code=ANY),
    *_area_619("Khu vực tỉnh Hưng Yên", "268", "3.612,4", "65,05%"),
    *_area_619("Khu vực tỉnh Thái Bình", "144", "1.672,2", "34,95%"),
    F("dịch vụ 52,4%", "52,4%", 52.4, "%", code=ANY, **_OPEN),
    F("xây dựng 38,1%", "38,1%", 38.1, "%", code=ANY, **_OPEN),
    F("thủy sản 9,5%", "9,5%", 9.5, "%", code=ANY, **_OPEN),
    # cumulative 4 months at the period end; its cùng kỳ dated 2025-04-30
    F("có 1.486 doanh nghiệp", "1.486", 1486, "doanh nghiệp", C, code=ANY),
    F("(cùng kỳ năm 2025: 1.264", "1.264", 1264, "doanh nghiệp", PR, as_of="2025-04-30", code=ANY),
    F("tăng 17,56%", "17,56%", 17.56, "%", CH, code=ANY),
    # the Sở's own files (the 2026 target at the year's end)
    _stc("tiếp nhận 2.846 hồ sơ", "2.846", 2846, "hồ sơ", C, code=_TN),
    _stc("đó 2.839 hồ sơ", "2.839", 2839, "hồ sơ", C, code=_NOP),
    _stc("đạt 99,75%", "99,75%", 99.75, "%", code=_NOP, target=95, stated_status="đạt"),
    _stc("năm 2026 là 95%", "95%", 95, "%", T, as_of=_Y2026, code=_NOP),
    _stc("hạn 2.846/2.846 hồ sơ", "2.846/2.846", 2846, "hồ sơ", C, max_value=2846, code=_DH),
    _stc("; 64 hồ sơ", "64", 64, "hồ sơ", C, code=ANY),
    _stc("chiếm 2,25%", "2,25%", 2.25, "%", code=ANY),
    _stc("bình quân 1,8 ngày", "1,8", 1.8, "ngày", code=ANY),
    _stc("rút ngắn 0,3 ngày", "0,3", -0.3, "ngày", CH, code=ANY),
    _stc("Có 2.126 hồ sơ", "2.126", 2126, "hồ sơ", C, code=ANY),
    _stc("chiếm 74,70%", "74,70%", 74.70, "%", code=ANY),
    _stc("tiếp nhận 05 PAKN", "05", 5, "PAKN", C, code=_PAKN_TN),
    _stc("lời 05/05 PAKN", "05/05", 5, "PAKN", C, max_value=5, code=ANY),
    # 2. household businesses registered by the communes (cấp xã's 2026 target at the year's end)
    _XA_UB("tiếp nhận 3.518 hồ sơ", "3.518", 3518, "hồ sơ", C, code=ANY),
    _XA_UB("đó 2.864 hồ sơ", "2.864", 2864, "hồ sơ", C, code=ANY),
    _XA_UB("chiếm 81,41%", "81,41%", 81.41, "%", code=ANY, target=85, stated_status="chưa đạt"),
    _XA_UB("cấp mới 1.942 giấy", "1.942", 1942, "giấy chứng nhận", C, code=ANY),
    _XA_UB("; 1.126 hồ sơ", "1.126", 1126, "hồ sơ", C, code=ANY),
    _XA_UB("chiếm 32,01%", "32,01%", 32.01, "%", code=ANY),
    F("năm 2026 là 85%", "85%", 85, "%", T, as_of=_Y2026, code=ANY, **_IN_XA),
    F("Có 98/104 xã", "98/104", 98, "xã", C, max_value=104, code=None, **_IN_XA),
    F("Hiến (97,86%)", "97,86%", 97.86, "%", subject="phường Phố Hiến", level="xã", code=ANY),
    F("Châu (42,18%)", "42,18%", 42.18, "%", subject="xã Đồng Châu", level="xã", code=ANY),
    F("là 86,24%", "86,24%", 86.24, "%", code=ANY, **_OPEN),
    F("và 77,52%", "77,52%", 77.52, "%", code=ANY, **_OPEN),
    # 3. the Sở's 766 result (tháng 3 dated 2026-03-31), block averages, the province's
    _stc("đạt 91,08/100", "91,08/100", 91.08, "điểm", max_value=100, code=_TONG),
    _stc("xếp thứ 2/16", "2/16", 2, "hạng", R, max_value=16, code=_HANG),
    _stc("(tháng 3/2026: 88,74 điểm", "88,74", 88.74, "điểm", PR, max_value=100, as_of=_MAR_2026, code=_TONG),
    _stc("xếp thứ 5/16)", "5/16", 5, "hạng", PR, max_value=16, as_of=_MAR_2026, code=_HANG),
    _stc("tăng 2,34 điểm", "2,34", 2.34, "điểm", CH, code=_TONG),
    _stc("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    F("là 85,36 điểm", "85,36", 85.36, "điểm", code=_TONG, **_IN_TINH),
    F("là 79,14 điểm", "79,14", 79.14, "điểm", code=_TONG, **_IN_XA),
    F("đạt 86,52/100", "86,52/100", 86.52, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 8/34", "8/34", 8, "hạng", R, max_value=34, code=_HANG),
    # 4.–5. communes without online files, a count repeated, each named commune's target (phone number no figure)
    F("Còn 06 xã", "06", 6, "xã", C, code=None, **_IN_XA),
    F("của 06 xã", "06", 6, "xã", C, code=None, **_IN_XA),
    F("tối thiểu 60%", "60%", 60, "%", T, as_of="2026-06-30", code=ANY, **_IN_XA),
]

BLIND = {"615": BLIND_615, "616": BLIND_616, "617": BLIND_617, "618": BLIND_618, "619": BLIND_619}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "615": [
        ("2025-10-31", "day", "31/10/2025", "cấp bằng tốt nghiệp trung học phổ thông năm 2025 dạng điện tử",
         "Phòng Quản lý chất lượng"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "thu học phí không dùng tiền mặt", "Phòng Kế hoạch - Tài chính"),
        ("2025-11-20", "day", "ngày hai mươi tháng 11 năm 2025", "cập nhật quy trình nội bộ", "Văn phòng Sở"),
        ("2025-12-31", "month", "tháng 12/2025", "phương án tuyển sinh trực tuyến", "Phòng Giáo dục phổ thông"),
        ("2026-12-31", "year", "năm 2026", "nâng cấp đường truyền", "Sở Khoa học và Công nghệ"),
        # issued 07/10/2025: the first "ngày 18 hằng tháng" is 18/10/2025
        ("2025-10-18", "recurring", "18 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các phòng chuyên môn thuộc Sở"),
    ],
    "616": [
        ("2025-12-15", "day", "15/12/2025", "kết nối giấy chuyển tuyến điện tử", "Phòng Công nghệ thông tin"),
        ("2026-03-31", "quarter", "quý I năm 2026", "lắp đặt thêm 06 máy POS", "Phòng Tài chính kế toán"),
        ("2025-12-31", "day", "ngày ba mươi mốt tháng 12 năm 2025", "Sổ sức khỏe điện tử", "Khoa Khám bệnh"),
        ("2026-03-31", "month", "tháng 3/2026", "bệnh án điện tử", "Phòng Kế hoạch tổng hợp"),
        ("2026-12-31", "year", "năm 2026", "nâng cấp hạ tầng máy chủ", "Sở Y tế"),
        # issued 03/12/2025: the first "ngày 25 hằng tháng" is 25/12/2025
        ("2025-12-25", "recurring", "25 hằng tháng", "báo cáo kết quả thực hiện", "Các khoa, phòng"),
    ],
    "617": [
        ("2026-07-31", "day", "31/7/2026", "chuẩn hóa thông tin", "Thuế cơ sở 3 tỉnh Cà Mau"),
        ("2026-09-30", "quarter", "quý III năm 2026", "nộp thuế điện tử", "Phòng Quản lý hộ kinh doanh, cá nhân"),
        ("2026-08-20", "day", "ngày hai mươi tháng 8 năm 2026", "kết nối dữ liệu hóa đơn điện tử",
         "Văn phòng Thuế tỉnh"),
        ("2026-09-30", "month", "tháng 9/2026", "đối thoại với hộ kinh doanh",
         "Phòng Tuyên truyền và Hỗ trợ người nộp thuế"),
        ("2026-12-31", "year", "năm 2026", "rà soát hộ kinh doanh", "UBND các xã, phường"),
        # issued 06/7/2026, after the 5th: the first "ngày 05 hằng tháng" is 05/8/2026
        ("2026-08-05", "recurring", "05 hằng tháng", "báo cáo kết quả giải quyết TTHC thuế", "Các Thuế cơ sở"),
    ],
    "618": [
        ("2026-01-31", "day", "31/01/2026", "giải quyết dứt điểm hồ sơ quá hạn",
         "Chi nhánh khu vực Kon Tum và Chi nhánh khu vực Quảng Ngãi"),
        ("2026-06-30", "quarter", "quý II năm 2026", "nộp trực tuyến", "Các chi nhánh"),
        ("2026-03-15", "day", "ngày mười lăm tháng 3 năm 2026", "chuẩn hóa mẫu hồ sơ điện tử",
         "Phòng Đăng ký và Cấp giấy chứng nhận"),
        ("2026-06-30", "month", "tháng 6/2026", "đối chiếu dữ liệu thửa đất", "Phòng Kỹ thuật địa chính"),
        ("2026-12-31", "year", "năm 2026", "số hóa hồ sơ địa chính", "Sở Nông nghiệp và Môi trường"),
        # issued 09/01/2026: the first "ngày 20 hằng tháng" is 20/01/2026
        ("2026-01-20", "recurring", "20 hằng tháng", "báo cáo kết quả giải quyết hồ sơ", "Các chi nhánh"),
    ],
    "619": [
        ("2026-05-20", "day", "20/5/2026", "tập huấn nghiệp vụ đăng ký hộ kinh doanh trực tuyến",
         "Phòng Đăng ký kinh doanh"),
        ("2026-06-30", "quarter", "quý II năm 2026", "nộp hồ sơ qua mạng", "UBND xã Đồng Châu và UBND xã Nam Cường"),
        ("2026-06-15", "day", "ngày mười lăm tháng 6 năm 2026", "bộ câu hỏi thường gặp", "Văn phòng Sở"),
        ("2026-07-31", "month", "tháng 7/2026", "kết nối Hệ thống thông tin quốc gia về đăng ký hộ kinh doanh",
         "Sở Khoa học và Công nghệ"),
        ("2026-12-31", "year", "năm 2026", "xác thực thông tin chủ hộ kinh doanh", "Công an tỉnh"),
        # issued 05/5/2026, after the 3rd: the first "ngày 03 hằng tháng" is 03/6/2026
        ("2026-06-03", "recurring", "03 hằng tháng", "gửi báo cáo kết quả đăng ký hộ kinh doanh",
         "UBND các xã, phường"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 615 is a report of the Sở
# Giáo dục và Đào tạo under "UBND TỈNH TÂY NINH", signed by a deputy director; 616 a report of the Bệnh viện Đa khoa
# tỉnh Gia Lai under "SỞ Y TẾ TỈNH GIA LAI"; 617 a report of Thuế tỉnh Cà Mau under "CỤC THUẾ"; 618 a report of the Văn
# phòng Đăng ký đất đai under "UBND TỈNH QUẢNG NGÃI / SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"; 619 a Công văn of the Sở Tài chính
# under "UBND TỈNH HƯNG YÊN" whose period is named in its "V/v" line, signed by a deputy director.
META = {
    "615": {"doc_number": "2146/BC-SGDĐT", "doc_type": "Báo cáo", "issued_date": "2025-10-07",
            "province": "Tây Ninh", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Nguyễn Thị Bích Thủy"},
    "616": {"doc_number": "1584/BC-BVĐK", "doc_type": "Báo cáo", "issued_date": "2025-12-03",
            "province": "Gia Lai", "period_label": "tháng 11 năm 2025", "period_start": "2025-11-01",
            "period_end": "2025-11-30", "signer": "Rơ Mah Tuân"},
    "617": {"doc_number": "1426/BC-TCM", "doc_type": "Báo cáo", "issued_date": "2026-07-06",
            "province": "Cà Mau", "period_label": "6 tháng đầu năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-06-30", "signer": "Trần Minh Khoa"},
    "618": {"doc_number": "86/BC-VPĐKĐĐ", "doc_type": "Báo cáo", "issued_date": "2026-01-09",
            "province": "Quảng Ngãi", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Phạm Văn Long"},
    "619": {"doc_number": "1246/STC-ĐKKD", "doc_type": "Công văn", "issued_date": "2026-05-05",
            "province": "Hưng Yên", "period_label": "tháng 4 năm 2026", "period_start": "2026-04-01",
            "period_end": "2026-04-30", "signer": "Đỗ Thị Thu Hằng"},
}
