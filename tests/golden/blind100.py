"""Blind golden facts for corpus/blind100/575_cao_bang.txt, 576_tuyen_quang.txt, 577_dong_thap.txt, 578_lai_chau.txt
and 579_quang_tri.txt.

The five documents were written by the developers for a hundredth blind measurement (provinces little used in recent
sets, all after the 1 July 2025 merger, ranks /34; genres not used before: a Chỉ thị of the Chủ tịch UBND tỉnh setting
the targets for 2026 by level, a UBND tỉnh's report to the Văn phòng Chính phủ explaining a low 766 score group by
group with the points lost and the corrected figures, a Ban Chỉ đạo Đề án 06 tỉnh's monthly report by commune after
the merger, a Kế hoạch cải cách hành chính năm 2026 with an indicator table (result, target, lead body, deadline per
row), a Sở Xây dựng's quarterly report with a table by division (phòng); periods năm 2026, quý III năm 2025, tháng 12
năm 2025, năm 2026 and quý IV năm 2025; not real documents), and every row below was written by reading them, before
any extraction, restoration or pipeline code was run on them. They also serve as held-out text for diacritic
restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind96.py, blind95.py, blind94.py, blind93.py, blind16.py and blind13.py:
rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it).
Prose and list counts are kind `count`; table cells are kind `value` even when they count, with `extra={"source":
"table"}`; `as_of="period"` is the period's end; a table column dated before the period end keeps kind `value` with
that date as `as_of`; a change is dated with the figure it changes and a fall ("giảm", "thấp hơn") is negative; a
signed difference from another subject ("thấp hơn điểm bình quân cả nước … là 8,78 điểm", "thấp hơn bình quân toàn
tỉnh 12,50%") is kind `change`, as golden/blind96.py's 555 and 559. `ANY` leaves a field unchecked where the sentence
names no catalogued indicator (`None` where it clearly names none: counts of units, machines, establishments).
"thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a count of the files (or PAKN) an
indicator is computed on carries that indicator's code; every "đã giải quyết" count has its code unchecked. Counts of
local units take the unit of their first unit word ("19/56 xã, phường", "41/124 xã, phường", "74/102 xã, phường",
"UBND 28 xã, phường" → `xã`), counts of "cơ quan", "đơn vị", "sở, ban, ngành" → `đơn vị`, at the level of the bodies
counted (subject unchecked); "toàn tỉnh có 56 đơn vị hành chính cấp xã (53 xã, 03 phường)" → the whole subject
`cấp xã` (unit `đơn vị`, level xã), its parts `xã` and `phường` (subject unchecked, level xã), as golden/blind95.py's
552. A provincial body's own figures naming no body are named by its kind ("Sở tiếp nhận …" → `Sở Xây dựng`), level
tỉnh; a sentence naming the body in full keeps the name as written ("Công an tỉnh thu nhận …", "Bảo hiểm xã hội tỉnh
đã xác thực …", "Sở Xây dựng đạt 88,72/100 điểm"). Things counted take the noun as written (`máy quét`, `máy tính`,
`dịch vụ`, `thẻ`, `trường hợp`, `dữ liệu`, `phiếu`, `cơ sở`, `lượt`, `người`, `đối tượng`, `tài khoản`); money keeps
the unit written (`triệu đồng`, `tỷ đồng`; code unchecked). Numbers written in words are no figures ("chính quyền địa
phương hai cấp", "Ba nhóm", the days of "ngày ba mươi mốt tháng 3", "ngày mười lăm tháng 12", "ngày hai mươi tháng 3",
"ngày ba mươi tháng 01"). Dates, document numbers, cited decrees, resolutions, decisions, plans, directives and letters
("Nghị định số 118/2025/NĐ-CP", "Nghị quyết số 66/NQ-CP", "Quyết định số 766/QĐ-TTg", "Công văn số 9125/VPCP-KSTT",
"Quyết định số 06/QĐ-TTg", "Kế hoạch số 318/KH-BCĐ", "Nghị quyết số 76/NQ-CP", "Chỉ thị số 03/CT-UBND", "Công văn số
2418/VP-KSTT"), "giai đoạn 2021 - 2030", "Đề án 06", "C06 - Bộ Công an", "Kho bạc Nhà nước khu vực VIII", the stated
windows ("từ ngày 01/12/2025 đến ngày 31/12/2025", "từ ngày 01/10/2025 đến ngày 31/12/2025", "Lũy kế đến ngày
31/12/2025" = the period end), "từ ngày 01/7/2025 đến ngày 15/8/2025" (a window inside the explanation), "dưới 6
tuổi", "từ đủ 14 tuổi", "mức độ 2", section and item numbering ("I.", "1.", "a)", "Bảng 1."), the STT column, the
table header words ("Kết quả năm 2025"), phone numbers ("0206.3852.146", "0207.3822.315", "0277.3851.426",
"0213.3876.512", "0232.3822.705"), headings naming a period ("I. MỤC TIÊU, CHỈ TIÊU NĂM 2026", "V. GIẢI PHÁP KHẮC PHỤC
TRONG QUÝ IV NĂM 2025", "IV. NHIỆM VỤ THÁNG 01 NĂM 2026", "III. CHỈ TIÊU NĂM 2026", "IV. NHIỆM VỤ QUÝ I NĂM 2026": no
deadlines), "Chỉ thị này có hiệu lực kể từ ngày ký" and "người đứng đầu năm 2026" (no deadlines) and years are not
figures.

New in this set (all after the 1 July 2025 merger; communes as named after it):
- 575 is a Chỉ thị of the Chủ tịch UBND tỉnh Cao Bằng (header "ỦY BAN NHÂN DÂN / TỈNH CAO BẰNG", number
  "02/CT-UBND", signed "CHỦ TỊCH"), issued 09/01/2026, on TTHC reform in năm 2026. NEW GENRE: A DIRECTIVE SETTING
  NEXT YEAR'S TARGETS; its period is the year its targets are for (năm 2026, as golden/blind96.py's 558). Its preamble
  describes 2025, so every figure before "I. MỤC TIÊU" is dated 2025-12-31 (files, shares by level after "lần lượt
  là", "(4.106 hồ sơ)" of a field (subject and level unchecked), "46,18%, chưa đạt chỉ tiêu năm 2025 là 50%" (target
  dated 2025-12-31), PAKN, the "Tháng 12/2025" score `84,62/100`, `17/34`, "tăng 4 bậc", block averages, counts by
  grade, the shortcomings "06/21 sở, ban, ngành và 19/56 xã, phường", "12 xã", "37 máy quét"), and so are the communes
  after the merger in the opening paragraph ("Sau sắp xếp, toàn tỉnh có 56 …", "56/56 xã, phường"): they are stated in
  the account of 2025, not as targets; "tháng 7/2025 (xếp thứ 21/34)" is dated 2025-07-31, the PAR INDEX năm 2024
  2024-12-31. Section I.2 lists the 2026 targets BY LEVEL: "của toàn tỉnh đạt tối thiểu 70%; trong đó cấp tỉnh tối
  thiểu 90%, cấp xã tối thiểu 60%" (subject NULL, `cấp tỉnh`, `cấp xã`), all dated at the period end with the codes
  their indicators name ("100% hồ sơ TTHC được số hóa" → số hóa, "100% kết quả … bản điện tử" → kết quả điện tử, "từ
  88 điểm trở lên" → the 766 total in `điểm`). NEW: THE MILESTONES "đến hết quý II năm 2026 … đạt tối thiểu 65% … đạt
  tối thiểu 52%; đến hết năm 2027 … đạt 80%" are targets dated at their milestone (2026-06-30, 2027-12-31), not
  deadlines: they name no body and no task, only the level a share must reach by then. The tasks name their assignee
  WITH THE HEAD'S TITLE ("Giám đốc Sở Nội vụ", "Chủ tịch UBND các xã, phường", "Thủ trưởng các sở, ban, ngành, Chủ tịch
  UBND các xã, phường": the assignee as written, as golden/blind96.py's 555 "Thủ trưởng Ban Dân tộc …"). Task 2's
  "100% TTHC có nghĩa vụ tài chính được tích hợp thanh toán trực tuyến … trong quý I năm 2026" is the province's
  target dated 2026-03-31 (code unchecked: the catalogue's payment codes are for files or for TTHC with transactions);
  task 3's "37 máy quét" a count repeated; task 4's "của từng xã, phường đạt tối thiểu 55% trong tháng 6/2026" each
  commune's (subject unchecked, level xã, dated 2026-06-30). Six deadlines: day, quarter, "chậm nhất" with the day
  FULLY IN WORDS "ngày ba mươi mốt tháng 3 năm 2026", month, year, "trước ngày 15 hằng tháng" (issued 09/01/2026:
  first 15/01/2026).
- 576 is a Báo cáo of UBND tỉnh Tuyên Quang (merged with Hà Giang) to the Văn phòng Chính phủ, issued 14/11/2025,
  NEW GENRE: EXPLAINING A LOW 766 SCORE of quý III năm 2025 (its period; 9125/VPCP-KSTT asked for it). The province's
  figures have subject NULL: `71,48/100`, `32/34`, "thấp hơn điểm bình quân cả nước (80,26 điểm) là 8,78 điểm" (the
  national average is no figure of the province: subject, level and code unchecked; the difference is the province's
  change, negative), "So với quý II năm 2025 (số liệu cộng gộp của tỉnh Tuyên Quang và tỉnh Hà Giang trước hợp nhất:
  77,83 điểm), … giảm 6,35 điểm" (previous dated 2025-06-30, on the /100 scale). "124 đơn vị hành chính cấp xã (117
  xã, 07 phường), trong đó 51 xã, phường thuộc khu vực tỉnh Hà Giang cũ". Its Markdown Bảng 1 has the six groups with
  "Điểm tối đa" (a figure of its own: no max, code unchecked, as golden/blind96.py's 556), "Điểm đạt" (the row's
  maximum and the group's code), NEW "Điểm bị trừ" (THE POINTS LOST: kind value, unit `điểm`, no max, code unchecked —
  it is the maximum less the score, not a score nor a change over time) and "Tỷ lệ đạt (%)" (the share of the maximum,
  code unchecked), and a "Tổng cộng" row with an empty STT (the total, code 766.tong_hop, max 100; its two "71,48" are
  both figures). Each group of section II opens "(đạt x/max điểm, bị trừ y điểm)" (the score with its maximum and the
  group's code, the points lost as in the table). NEW: THE PORTAL'S FIGURE AND THE CORRECTED ONE side by side ("Cổng
  … ghi nhận tỷ lệ hồ sơ được số hóa … chỉ đạt 48,26%" and "Sau khi rà soát, đồng bộ lại, tỷ lệ số hóa hồ sơ … trong
  quý đạt 79,85%"; "88,62% (Cổng ghi nhận 61,40%)"; "21,36%" and "tỷ lệ thực tế đạt 34,58%"): both are the period's
  figures of the same indicator, kind value, with its code — the report disputes one of them, and an analyst wants
  both, told apart by their snippets, not one dropped or turned into a previous value. The files and communes behind
  the gap ("24.318 hồ sơ tiếp nhận tại 46 xã", level xã, subject unchecked), "1.862 hồ sơ đất đai" (unchecked),
  "318 TTHC" (unchecked: the sentence says "chủ yếu … tại cấp xã"), PAKN "48 … 39 … 81,25%; 09 PAKN" (received, PAKN
  on time unchecked, the on-time share, overdue PAKN), "96/110 TTHC … đạt 87,27%" (published on time), "82,15%"
  (synchronised files: no catalogued code), files and overdue files with the former province's part "khu vực tỉnh
  Hà Giang cũ 2.914 hồ sơ" (subject and level unchecked, as golden/blind94.py's 549). NEW: ESTIMATES ON THE CORRECTED
  FIGURES "ước đạt 17,42/22 điểm … ước đạt 5,46/10 điểm … ước đạt 78,18/100 điểm" are the period's values with their
  maxima and codes unchecked (hypothetical, not the published index: whether an analyst files them under the groups'
  codes is genuinely open). "tháng 10/2025 tỉnh đạt 76,92/100 điểm, xếp thứ 27/34, tăng 5,44 điểm so với quý III năm
  2025": a month AFTER the period, dated 2025-10-31 (the change with it). Block averages (level tỉnh, xã), "41/124 xã,
  phường". Task 2's "đạt tối thiểu 40% trong quý IV năm 2025" is the province's target (dated 2025-12-31); "14 TTHC" a
  count repeated. Six deadlines: day, quarter (with the target), "chậm nhất" day fully in words "ngày mười lăm tháng 12
  năm 2025" for two named communes, month, year "hoàn thành trong năm 2026", "trước ngày 05 hằng tháng" (issued
  14/11/2025, after the 5th: first 05/12/2025).
- 577 is a monthly Báo cáo of the Ban Chỉ đạo Đề án 06 tỉnh Đồng Tháp (merged with Tiền Giang; header "UBND TỈNH ĐỒNG
  THÁP / BAN CHỈ ĐẠO ĐỀ ÁN 06", number "58/BC-BCĐ", signed "KT. TRƯỞNG BAN / PHÓ TRƯỞNG BAN THƯỜNG TRỰC / GIÁM ĐỐC CÔNG
  AN TỈNH / Đại tá Trần Minh Luân": the signer is the name), tháng 12 năm 2025, issued 06/01/2026. The Ban Chỉ đạo
  reports the province's figures (subject NULL). THE 25 ESSENTIAL PUBLIC SERVICES: "25/25 dịch vụ công thiết yếu …
  23 dịch vụ … 02 dịch vụ" (unit `dịch vụ`, code unchecked), their files "61.254 hồ sơ … 49.806 hồ sơ, đạt 81,31%
  (tháng 11/2025: 77,64%), tăng 3,67%" (codes unchecked: the essential services' files are not the 766 index's; the
  previous dated 2025-11-30); a service in brackets "(12.418 hồ sơ)", "(58,26%)" names no body (subject and level
  unchecked). The two groups of linked services as golden/blind96.py's 559 (subject, level and codes unchecked).
  Identity accounts "2.684.512 tài khoản …, đạt 86,42% … (3.106.356 người), tăng 18.406 tài khoản so với tháng 11/2025
  (2.666.106 tài khoản); so với chỉ tiêu năm 2025 là 90% thì chưa đạt chỉ tiêu" (identity-account code; the target at
  the period end), the former provinces' areas "Khu vực tỉnh Tiền Giang cũ đạt 87,95%" (subject and level unchecked).
  NEW: PER COMMUNE AFTER THE MERGER, a dash list "- Phường Mỹ Tho: 96.418 tài khoản, đạt 93,62%; hồ sơ dịch vụ công
  thiết yếu trực tuyến 92,15%;" (subject as written, level xã; the accounts with the identity-account code, the
  essential services' share unchecked) of eight of the 102 wards and communes, "74/102 xã, phường … 28 đơn vị", "Xã
  Tam Nông … thấp hơn bình quân toàn tỉnh 12,50%" (negative change). Members named in full: "Công an tỉnh" (`hồ sơ`,
  `thẻ`, `trường hợp`), "Sở Tư pháp" ("2.148.612 dữ liệu hộ tịch, đạt 97,14% kế hoạch": a share of its plan, code
  unchecked; `phiếu`), "Bảo hiểm xã hội tỉnh" ("1.612.845 người … đạt 98,36%"), all level tỉnh; "Trên địa bàn tỉnh có
  146/146 cơ sở … 1.286.430 lượt" and "Chi trả an sinh xã hội … cho 98.412/104.256 đối tượng, đạt 94,39%" name no body
  (the province, subject NULL). Task 1's "UBND 28 xã, phường" (a count repeated) and "đạt tối thiểu 90% trong quý I năm
  2026" (each lagging commune's target: subject unchecked, level xã, dated 2026-03-31). Six deadlines: quarter (with
  the target), day, "chậm nhất ngày 31 tháng 01 năm 2026" for two named communes, month, year, "trước ngày 25 hằng
  tháng" (issued 06/01/2026: first 25/01/2026).
- 578 is a Kế hoạch of UBND tỉnh Lai Châu (number "15/KH-UBND"), cải cách hành chính năm 2026, issued 16/01/2026; its
  period is the plan's year (as golden/blind96.py's 557). "II. KẾT QUẢ NĂM 2025" is dated 2025-12-31 (its "hiện có 38
  đơn vị hành chính cấp xã (36 xã, 02 phường) và 19 cơ quan chuyên môn", TTHC by level, files, PAKN, the "Tháng
  12/2025" score `82,14/100`, `24/34`, "tăng 6 bậc so với tháng 7/2025 (xếp thứ 30/34)" (previous 2025-07-31), the
  payment share "41,26%, chưa đạt chỉ tiêu năm 2025 là 45%", "09/19 cơ quan và 21/38 xã, phường"); the PAR INDEX and
  SIPAS năm 2024 are dated 2024-12-31 (the SIPAS rank's code unchecked, as golden/blind95.py's 554). NEW: A PLAN'S
  INDICATOR TABLE (Markdown) "STT | Chỉ tiêu | Kết quả năm 2025 | Chỉ tiêu | Cơ quan chủ trì | Thời hạn đạt chỉ tiêu":
  the unit is the bracket of the row label ("(%)", "(điểm)"), the code the indicator the label names, subject NULL (the
  province's, "Các chỉ tiêu trên là chỉ tiêu chung của tỉnh"); the "Kết quả năm 2025" cell is kind value dated
  2025-12-31 (a column dated before the period end); the "Chỉ tiêu" cell is kind target DATED AT ITS OWN ROW'S
  DEADLINE ("Quý II/2026" → 2026-06-30, "Tháng 9/2026" → 2026-09-30, "15/12/2026", "Năm 2026" → 2026-12-31), as a
  target "đạt tối thiểu x% trong quý …" is dated at its quarter elsewhere; the score row's cells have no max (none
  written). Each row is also a deadline, as golden/blind96.py's 557 reads its schedule: task the "Chỉ tiêu" cell,
  assignee the "Cơ quan chủ trì" cell, expression the "Thời hạn đạt chỉ tiêu" cell. After it "riêng cấp xã … tối thiểu
  60% … tối thiểu 50%" are cấp xã's targets (period end). The plan's own targets "tối thiểu 20% thời gian giải quyết và
  20% chi phí tuân thủ", "tối thiểu 30% số cơ quan chuyên môn và 40% số xã, phường" (subject, level and code
  unchecked), "120 TTHC", "tối thiểu 02 máy quét và 01 máy tính tra cứu … hoàn thành trong tháng 4/2026" (each
  commune's targets in `máy quét`, `máy tính`: level xã, dated 2026-04-30), "2.450 triệu đồng". Thirteen deadlines:
  nine table rows (day, quarter, month, year), day, "chậm nhất ngày hai mươi tháng 3 năm 2026" (day in words), month,
  "trước ngày 18 hằng tháng" (issued 16/01/2026: first 18/01/2026).
- 579 is a quarterly Báo cáo of the Sở Xây dựng tỉnh Quảng Trị (merged with Quảng Bình; header "UBND TỈNH QUẢNG TRỊ
  / SỞ XÂY DỰNG", number "1286/BC-SXD"; the Sở took over the Sở Giao thông vận tải's tasks), quý IV năm 2025, issued
  05/01/2026. The Sở's own figures ("Sở đang thực hiện …", "Sở tiếp nhận …", "của Sở") are `Sở Xây dựng`, level tỉnh:
  TTHC (toàn trình, một phần), files "(quý III năm 2025: 13.405 hồ sơ), tăng 1.457 hồ sơ" (previous dated 2025-09-30
  with the files' code; the change's code unchecked), online, on-time and overdue files, "bình quân 2,4 ngày/hồ sơ"
  (the 766 processing time), driving licences via VNeID (codes unchecked), payment "79,25% (quý III năm 2025: 74,16%),
  tăng 5,09%; so với chỉ tiêu UBND tỉnh giao năm 2025 là 80% thì Sở chưa đạt chỉ tiêu" (target at the period end),
  "6,84 tỷ đồng", digitisation "92,46%", e-results "100%", "16 PAKN … 16/16 PAKN" (one count, code unchecked). NEW: A
  TAB-SEPARATED TABLE BY DIVISION (phòng, đơn vị thuộc Sở): each row's figures are the division's, subject as written
  ("Phòng Quản lý hoạt động xây dựng", "Phòng Quy hoạch - Kiến trúc", "Văn phòng Sở"), level tỉnh (a division is part
  of a provincial body, not a level of its own); columns received, online files, online share, settled (code
  unchecked), overdue (two "0" cells), units from the headers' brackets; the "Cộng" row with an empty STT is the Sở
  (it repeats the prose). After it the divisions named before their brackets ("(10.842 hồ sơ, chiếm 72,95% tổng số hồ
  sơ của Sở)": a share of the Sở's files, code unchecked; "(56,16%)" Văn phòng Sở). The province's 766 assessment of
  its agencies "Sở Xây dựng đạt 88,72/100 điểm, xếp thứ 6/20 sở, ban, ngành (quý III năm 2025: 85,36 điểm, xếp thứ
  11/20), tăng 3,36 điểm và tăng 5 bậc" (codes 766.tong_hop / 766.xep_hang as golden/blind95.py's 552; previous dated
  2025-09-30 on the /100 scale); the province's `83,15/100`, `19/34` (subject NULL). Task 1's "82 hồ sơ" a count
  repeated, task 3's "của Văn phòng Sở đạt tối thiểu 70% trong quý I năm 2026" the division's target (dated
  2026-03-31). Six deadlines: day, "chậm nhất" day in words "ngày ba mươi tháng 01 năm 2026", quarter (with the
  target), month, year in a request "Đề nghị Sở Khoa học và Công nghệ …", "trước ngày 22 hằng tháng" (issued
  05/01/2026: first 22/01/2026).
"""

from __future__ import annotations

from golden.facts import (
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
_TIME = "766.tien_do.thoi_gian"
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_PAR = "par_index"
_SIPAS = "sipas"
_Y2024 = "2024-12-31"
_JUL_2025 = "2025-07-31"
_Q2_2025 = "2025-06-30"
_Q3_2025 = "2025-09-30"
_NOV_2025 = "2025-11-30"
_Y2025 = "2025-12-31"
_OPEN = {"subject": ANY, "level": ANY}
_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_XA = {"subject": "cấp xã", "level": "xã"}
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


# ------------------------------------------------------------ 575: Chủ tịch UBND tỉnh Cao Bằng, Chỉ thị, năm 2026
def _y25(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A result of năm 2025 (or of tháng 12/2025) quoted in a document whose period is năm 2026."""
    return F(context, raw, value, unit, kind, as_of=_Y2025, **kw)


BLIND_575 = [
    # preamble: the communes after the merger and the results of 2025 (NĐ 118/2025/NĐ-CP cited; "01/7/2025" a date)
    _y25("toàn tỉnh có 56 đơn vị", "56", 56, "đơn vị", C, code=None, **_XA),
    _y25("(53 xã", "53", 53, "xã", C, code=None, **_IN_XA),
    _y25(", 03 phường)", "03", 3, "phường", C, code=None, **_IN_XA),
    _y25("của 56/56 xã", "56/56", 56, "xã", C, max_value=56, code=None, **_IN_XA),
    _y25("tiếp nhận 312.486", "312.486", 312486, "hồ sơ", C, code=_TN),
    _y25("đó 195.304 hồ sơ", "195.304", 195304, "hồ sơ", C, code=_NOP),
    _y25("đạt 62,50%", "62,50%", 62.50, "%", code=_NOP),
    _y25("lần lượt là 88,42%", "88,42%", 88.42, "%", code=_NOP, **_TINH),
    _y25("và 51,36%", "51,36%", 51.36, "%", code=_NOP, **_XA),
    _y25("đạt 97,86%", "97,86%", 97.86, "%", code=_DH),
    _y25("còn 6.218 hồ sơ", "6.218", 6218, "hồ sơ", C, code=_QH),
    _y25("(4.106 hồ sơ)", "4.106", 4106, "hồ sơ", C, code=_QH, **_OPEN),
    _y25("đạt 46,18%", "46,18%", 46.18, "%", code=_TT, target=50, stated_status="chưa đạt"),
    _y25("năm 2025 là 50%", "50%", 50, "%", T, code=_TT),
    _y25("đạt 81,25%", "81,25%", 81.25, "%", code=_SH),
    _y25("mới đạt 32,74%", "32,74%", 32.74, "%", code=_TSD),
    _y25("tiếp nhận 186 phản ánh", "186", 186, "PAKN", C, code=_PAKN_TN),
    _y25("xử lý 179 PAKN", "179", 179, "PAKN", C, code=_PAKN_XL),
    _y25("đạt 96,24%", "96,24%", 96.24, "%", code=_PAKN_TL),
    _y25("đạt 93,12%", "93,12%", 93.12, "%", code=_HL),
    # tháng 12/2025 (tháng 7/2025 dated 2025-07-31), block averages and grades, PAR INDEX 2024
    _y25("đạt 84,62/100", "84,62/100", 84.62, "điểm", max_value=100, code=_TONG),
    _y25("xếp thứ 17/34", "17/34", 17, "hạng", R, max_value=34, code=_HANG),
    _y25("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    F("(xếp thứ 21/34)", "21/34", 21, "hạng", PR, max_value=34, as_of=_JUL_2025, code=_HANG),
    _y25("bình quân 87,46 điểm", "87,46", 87.46, "điểm", code=_TONG, **_IN_TINH),
    _y25("có 15/21 cơ quan", "15/21", 15, "đơn vị", C, max_value=21, code=None, **_IN_TINH),
    _y25("bình quân 76,18 điểm", "76,18", 76.18, "điểm", code=_TONG, **_IN_XA),
    _y25("có 14/56 xã", "14/56", 14, "xã", C, max_value=56, code=None, **_IN_XA),
    _y25("Tốt, 30 đơn vị", "30", 30, "đơn vị", C, code=None, **_IN_XA),
    _y25("và 12 đơn vị", "12", 12, "đơn vị", C, code=None, **_IN_XA),
    F("đạt 83,92%", "83,92%", 83.92, "%", as_of=_Y2024, code=_PAR),
    F("xếp thứ 41/63", "41/63", 41, "hạng", R, max_value=63, as_of=_Y2024, code=_PAR),
    # shortcomings of 2025
    _y25("còn 06/21 sở", "06/21", 6, "đơn vị", C, max_value=21, code=None, **_IN_TINH),
    _y25("và 19/56 xã", "19/56", 19, "xã", C, max_value=56, code=None, **_IN_XA),
    _y25("; 12 xã chưa", "12", 12, "xã", C, code=None, **_IN_XA),
    _y25("có 37 máy quét cần", "37", 37, "máy quét", C, code=None, **_OPEN),
    # I.2 the province's targets for 2026 by level (period end; "từ đủ 14 tuổi", "mức độ 2" no figures)
    F("của toàn tỉnh đạt tối thiểu 70%", "70%", 70, "%", T, code=_NOP),
    F("cấp tỉnh tối thiểu 90%", "90%", 90, "%", T, code=_NOP, **_TINH),
    F("cấp xã tối thiểu 60%", "60%", 60, "%", T, code=_NOP, **_XA),
    F("của toàn tỉnh đạt tối thiểu 60%", "60%", 60, "%", T, code=_TT),
    F("cấp xã tối thiểu 50%", "50%", 50, "%", T, code=_TT, **_XA),
    F("từ 98% trở lên", "98%", 98, "%", T, code=_DH),
    F("d) 100% hồ sơ", "100%", 100, "%", T, code=_SH),
    F("và 100% kết quả", "100%", 100, "%", T, code=_KQ),
    F("số hóa đạt tối thiểu 55%", "55%", 55, "%", T, code=_TSD),
    F("tối thiểu 95%", "95%", 95, "%", T, code=_HL),
    F("từ 88 điểm", "88", 88, "điểm", T, code=_TONG),
    F("tối thiểu 85%", "85%", 85, "%", T, code=_TK),
    # I.3 milestones: targets dated at their milestone, no deadlines (no body, no task)
    F("đạt tối thiểu 65%", "65%", 65, "%", T, as_of="2026-06-30", code=_NOP),
    F("tối thiểu 52%", "52%", 52, "%", T, as_of="2026-06-30", code=_TT),
    F("toàn tỉnh đạt 80%", "80%", 80, "%", T, as_of="2027-12-31", code=_NOP),
    # II. tasks: a target dated at its quarter, a count repeated, each commune's target dated at its month
    F("bảo đảm 100% TTHC", "100%", 100, "%", T, as_of="2026-03-31", code=ANY),
    F("thay thế 37 máy quét", "37", 37, "máy quét", C, code=None, **_OPEN),
    F("tối thiểu 55% trong", "55%", 55, "%", T, as_of="2026-06-30", code=_NOP, **_IN_XA),
]

# ------------------------------------------------------------ 576: UBND tỉnh Tuyên Quang, giải trình quý III/2025


def _group_576(stt: object, name: str, raws: str, code: str, after: str) -> list[Fact]:
    """One Markdown row of Bảng 1: the maximum (a figure of its own: no max, code unchecked), the score (the row's
    maximum and the group's code), the points lost and the share of the maximum (codes unchecked)."""
    top, score, lost, share = raws.split()
    line = f"| {stt} | {name} | {top} | {score} | {lost} | {share} |".replace("|  |", "| |")
    return _cells(line, " | ", after, None, None, [
        (top, "điểm", P, ANY, "period", None), (score, "điểm", P, code, "period", _num(top)),
        (lost, "điểm", P, ANY, "period", None), (share, "%", P, ANY, "period", None)])


_GROUPS_576 = [
    ("Công khai, minh bạch", "18 15,24 2,76 84,67", "766.cong_khai"),
    ("Tiến độ, kết quả giải quyết", "20 17,92 2,08 89,60", "766.tien_do"),
    ("Dịch vụ công trực tuyến", "12 7,86 4,14 65,50", "766.dvctt"),
    ("Thanh toán trực tuyến", "10 4,12 5,88 41,20", "766.thanh_toan"),
    ("Số hóa hồ sơ", "22 12,06 9,94 54,82", "766.so_hoa"),
    ("Mức độ hài lòng", "18 14,28 3,72 79,33", "766.hai_long"),
]


def _table_576() -> list[Fact]:
    """Bảng 1 in order; each row's context runs into the next row's STT and name; the "Tổng cộng" row (empty STT) is
    the province's total (code 766.tong_hop, max 100)."""
    facts = []
    for i, (name, raws, code) in enumerate(_GROUPS_576):
        after = f"| {i + 2} | {_GROUPS_576[i + 1][0]}" if i + 1 < len(_GROUPS_576) else "| | Tổng cộng"
        facts += _group_576(i + 1, name, raws, code, after)
    facts += _group_576("", "Tổng cộng", "100 71,48 28,52 71,48", _TONG, "\nBa nhóm")
    return facts


def _score_576(raw: str, top: float, lost: str, code: str) -> list[Fact]:
    """A group heading "(đạt x/max điểm, bị trừ y điểm)": the score with its maximum and the points lost."""
    return [F(f"(đạt {raw} điểm", raw, _num(raw.split("/")[0]), "điểm", max_value=top, code=code),
            F(f"bị trừ {lost} điểm)", lost, _num(lost), "điểm", code=ANY)]


BLIND_576 = [
    # I. (9125/VPCP-KSTT cited) the communes after the merger
    F("có 124 đơn vị", "124", 124, "đơn vị", C, code=None, **_XA),
    F("(117 xã", "117", 117, "xã", C, code=None, **_IN_XA),
    F(", 07 phường)", "07", 7, "phường", C, code=None, **_IN_XA),
    F("đó 51 xã", "51", 51, "xã", C, code=None, **_IN_XA),
    # the total, the national average, the merged quý II (dated 2025-06-30)
    F("đạt 71,48/100", "71,48/100", 71.48, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 32/34", "32/34", 32, "hạng", R, max_value=34, code=_HANG),
    F("(80,26 điểm)", "80,26", 80.26, "điểm", code=ANY, **_OPEN),
    F("là 8,78 điểm", "8,78", -8.78, "điểm", CH, code=_TONG),
    F("hợp nhất: 77,83 điểm", "77,83", 77.83, "điểm", PR, max_value=100, as_of=_Q2_2025, code=_TONG),
    F("giảm 6,35 điểm", "6,35", -6.35, "điểm", CH, code=_TONG),
    # Bảng 1 (Markdown)
    *_table_576(),
    F("lại 19,96 điểm", "19,96", 19.96, "điểm", code=ANY),
    F("chiếm 69,99%", "69,99%", 69.99, "%", code=ANY),
    F("tỉnh đạt 80,12 điểm", "80,12", 80.12, "điểm", code=_TONG, **_IN_TINH),
    F("phường đạt 66,35 điểm", "66,35", 66.35, "điểm", code=_TONG, **_IN_XA),
    F("có 41/124 xã", "41/124", 41, "xã", C, max_value=124, code=None, **_IN_XA),
    # II.1 Số hóa hồ sơ: the portal's figure and the corrected one (both the period's)
    *_score_576("12,06/22", 22, "9,94", "766.so_hoa"),
    F("chỉ đạt 48,26%", "48,26%", 48.26, "%", code=_SH),
    F(", 24.318 hồ sơ", "24.318", 24318, "hồ sơ", C, code=ANY, **_IN_XA),
    F("tại 46 xã", "46", 46, "xã", C, code=None, **_IN_XA),
    F("trong quý đạt 79,85%", "79,85%", 79.85, "%", code=_SH),
    F("đạt 88,62%", "88,62%", 88.62, "%", code=_KQ),
    F("(Cổng ghi nhận 61,40%)", "61,40%", 61.40, "%", code=_KQ),
    # II.2 Thanh toán trực tuyến ("Kho bạc Nhà nước khu vực VIII" a name)
    *_score_576("4,12/10", 10, "5,88", "766.thanh_toan"),
    F("trực tuyến 21,36%", "21,36%", 21.36, "%", code=_TT),
    F("do 1.862 hồ sơ", "1.862", 1862, "hồ sơ", C, code=ANY, **_OPEN),
    F("đạt 34,58%", "34,58%", 34.58, "%", code=_TT),
    F("đạt 52,40%", "52,40%", 52.40, "%", code="766.thanh_toan.tthc_giao_dich"),
    # II.3 Dịch vụ công trực tuyến
    *_score_576("7,86/12", 12, "4,14", "766.dvctt"),
    F("toàn trình đạt 65,50%", "65,50%", 65.50, "%", code=ANY),
    F("Có 318 TTHC", "318", 318, "TTHC", C, code=ANY, **_OPEN),
    # II.4 Mức độ hài lòng
    *_score_576("14,28/18", 18, "3,72", "766.hai_long"),
    F("tiếp nhận 48 PAKN", "48", 48, "PAKN", C, code=_PAKN_TN),
    F("đúng hạn 39 PAKN", "39", 39, "PAKN", C, code=ANY),
    F("đạt 81,25%", "81,25%", 81.25, "%", code="766.hai_long.pakn_dung_han"),
    F("; 09 PAKN", "09", 9, "PAKN", C, code="pakn.qua_han"),
    F("đạt 90,48%", "90,48%", 90.48, "%", code=_HL),
    # II.5 Công khai, minh bạch
    *_score_576("15,24/18", 18, "2,76", "766.cong_khai"),
    F("Có 96/110 TTHC", "96/110", 96, "TTHC", C, max_value=110, code="766.cong_khai.cong_bo_dung_han"),
    F("đạt 87,27%", "87,27%", 87.27, "%", code="766.cong_khai.cong_bo_dung_han"),
    F("; 14 TTHC công bố", "14", 14, "TTHC", C, code=ANY),
    F("đạt 82,15%", "82,15%", 82.15, "%", code=ANY),
    # II.6 Tiến độ, kết quả giải quyết
    *_score_576("17,92/20", 20, "2,08", "766.tien_do"),
    F("tiếp nhận 93.348", "93.348", 93348, "hồ sơ", C, code=_TN),
    F("đúng hạn đạt 89,60%", "89,60%", 89.60, "%", code=_DH),
    F("quá hạn 3.846", "3.846", 3846, "hồ sơ", C, code=_QH),
    F("chiếm 4,12%", "4,12%", 4.12, "%", code=_QH),
    F("cũ 2.914 hồ sơ", "2.914", 2914, "hồ sơ", C, code=_QH, **_OPEN),
    # III. estimates on the corrected figures (the period's; code unchecked: not the published index)
    F("ước đạt 17,42/22", "17,42/22", 17.42, "điểm", max_value=22, code=ANY),
    F("ước đạt 5,46/10", "5,46/10", 5.46, "điểm", max_value=10, code=ANY),
    F("ước đạt 78,18/100", "78,18/100", 78.18, "điểm", max_value=100, code=ANY),
    # IV. the month after the period (dated 2025-10-31)
    F("đạt 76,92/100", "76,92/100", 76.92, "điểm", max_value=100, as_of="2025-10-31", code=_TONG),
    F("xếp thứ 27/34", "27/34", 27, "hạng", R, max_value=34, as_of="2025-10-31", code=_HANG),
    F("tăng 5,44 điểm", "5,44", 5.44, "điểm", CH, as_of="2025-10-31", code=_TONG),
    # V. the province's target for quý IV, a count repeated (phone number no figure)
    F("tối thiểu 40%", "40%", 40, "%", T, as_of=_Y2025, code=_TT),
    F("công bố 14 TTHC", "14", 14, "TTHC", C, code=ANY, **_OPEN),
]

# ------------------------------------------------------------ 577: Ban Chỉ đạo Đề án 06 tỉnh Đồng Tháp, tháng 12/2025


def _commune_577(name: str, accounts: str, share: str, online: str) -> list[Fact]:
    """One dash item "- <phường/xã>: n tài khoản, đạt x%; hồ sơ dịch vụ công thiết yếu trực tuyến y%;" (subject as
    written, level xã; the accounts carry the identity-account code, the essential services' share is unchecked)."""
    return [F(f"{name}: {accounts} tài khoản", accounts, _num(accounts), "tài khoản", C, subject=name, level="xã",
              code=_TK),
            F(f"{accounts} tài khoản, đạt {share}", share, _num(share), "%", subject=name, level="xã", code=_TK),
            F(f"trực tuyến {online}", online, _num(online), "%", subject=name, level="xã", code=ANY)]


_CAT = {"subject": "Công an tỉnh", "level": "tỉnh"}
_STP = {"subject": "Sở Tư pháp", "level": "tỉnh"}
_BHXH = {"subject": "Bảo hiểm xã hội tỉnh", "level": "tỉnh"}

BLIND_577 = [
    # I.1 essential services (06/QĐ-TTg, 318/KH-BCĐ cited; the stated window is the period)
    F("cấp 25/25 dịch vụ", "25/25", 25, "dịch vụ", C, max_value=25, code=ANY),
    F("đó 23 dịch vụ", "23", 23, "dịch vụ", C, code=ANY),
    F("và 02 dịch vụ", "02", 2, "dịch vụ", C, code=ANY),
    # I.2 their files (tháng 11/2025 dated 2025-11-30); a service is no body
    F("tiếp nhận 61.254", "61.254", 61254, "hồ sơ", C, code=ANY),
    F("trực tuyến 49.806", "49.806", 49806, "hồ sơ", C, code=ANY),
    F("đạt 81,31%", "81,31%", 81.31, "%", code=ANY),
    F("(tháng 11/2025: 77,64%)", "77,64%", 77.64, "%", PR, as_of=_NOV_2025, code=ANY),
    F("tăng 3,67%", "3,67%", 3.67, "%", CH, code=ANY),
    F("(12.418 hồ sơ)", "12.418", 12418, "hồ sơ", C, code=ANY, **_OPEN),
    F("(58,26%)", "58,26%", 58.26, "%", code=ANY, **_OPEN),
    # I.3 the two groups of linked services ("dưới 6 tuổi" no figure; subject, level and codes unchecked)
    F("tiếp nhận 2.846", "2.846", 2846, "hồ sơ", C, code=ANY, **_OPEN),
    F("trực tuyến 2.412", "2.412", 2412, "hồ sơ", C, code=ANY, **_OPEN),
    F("đạt 84,75%", "84,75%", 84.75, "%", code=ANY, **_OPEN),
    F("giải quyết 2.798", "2.798", 2798, "hồ sơ", C, code=ANY, **_OPEN),
    F("đúng hạn 2.761", "2.761", 2761, "hồ sơ", C, code=ANY, **_OPEN),
    F("tiếp nhận 1.124", "1.124", 1124, "hồ sơ", C, code=ANY, **_OPEN),
    F("trực tuyến 862", "862", 862, "hồ sơ", C, code=ANY, **_OPEN),
    F("đạt 76,69%", "76,69%", 76.69, "%", code=ANY, **_OPEN),
    F("(tháng 11/2025: 72,18%)", "72,18%", 72.18, "%", PR, as_of=_NOV_2025, code=ANY, **_OPEN),
    F("giải quyết 1.098", "1.098", 1098, "hồ sơ", C, code=ANY, **_OPEN),
    F("quá hạn 17", "17", 17, "hồ sơ", C, code=ANY, **_OPEN),
    # II.1 identity accounts of the province ("mức độ 2", "từ đủ 14 tuổi" no figures; the target at the period end)
    F("kích hoạt 2.684.512", "2.684.512", 2684512, "tài khoản", C, code=_TK),
    F("đạt 86,42%", "86,42%", 86.42, "%", code=_TK, target=90, stated_status="chưa đạt"),
    F("(3.106.356 người)", "3.106.356", 3106356, "người", C, code=ANY),
    F("tăng 18.406", "18.406", 18406, "tài khoản", CH, code=_TK),
    F("(2.666.106 tài khoản)", "2.666.106", 2666106, "tài khoản", PR, as_of=_NOV_2025, code=_TK),
    F("năm 2025 là 90%", "90%", 90, "%", T, code=_TK),
    F("cũ đạt 87,95%", "87,95%", 87.95, "%", code=_TK, **_OPEN),
    F("cũ đạt 84,81%", "84,81%", 84.81, "%", code=_TK, **_OPEN),
    # II.2 the communes after the merger and a dash list of eight of them
    F("có 102 đơn vị", "102", 102, "đơn vị", C, code=None, **_XA),
    F("(82 xã", "82", 82, "xã", C, code=None, **_IN_XA),
    F(", 20 phường)", "20", 20, "phường", C, code=None, **_IN_XA),
    F("có 74/102 xã", "74/102", 74, "xã", C, max_value=102, code=None, **_IN_XA),
    F(", 28 đơn vị", "28", 28, "đơn vị", C, code=None, **_IN_XA),
    *_commune_577("Phường Mỹ Tho", "96.418", "93,62%", "92,15%"),
    *_commune_577("Phường Cao Lãnh", "84.206", "92,87%", "90,48%"),
    *_commune_577("Phường Sa Đéc", "71.352", "91,04%", "88,76%"),
    *_commune_577("Phường Gò Công", "52.184", "90,36%", "87,12%"),
    *_commune_577("Xã Cái Bè", "38.615", "85,24%", "79,40%"),
    *_commune_577("Xã Tháp Mười", "29.742", "82,16%", "75,83%"),
    *_commune_577("Xã Tân Hồng", "18.306", "74,58%", "61,35%"),
    *_commune_577("Xã Tam Nông", "16.927", "73,92%", "58,84%"),
    F("toàn tỉnh 12,50%", "12,50%", -12.50, "%", CH, subject="Xã Tam Nông", level="xã", code=_TK),
    # III. member bodies named in full; the province's ("Trên địa bàn tỉnh", a sentence naming no body)
    F("thu nhận 21.418", "21.418", 21418, "hồ sơ", C, code=ANY, **_CAT),
    F("trả 19.862 thẻ", "19.862", 19862, "thẻ", C, code=ANY, **_CAT),
    F("làm sạch 14.206", "14.206", 14206, "trường hợp", C, code=ANY, **_CAT),
    F("số hóa 2.148.612", "2.148.612", 2148612, "dữ liệu", C, code=ANY, **_STP),
    F("đạt 97,14%", "97,14%", 97.14, "%", code=ANY, **_STP),
    F("cấp 3.416 phiếu", "3.416", 3416, "phiếu", C, code=ANY, **_STP),
    F("có 146/146 cơ sở", "146/146", 146, "cơ sở", C, max_value=146, code=None),
    F("với 1.286.430 lượt", "1.286.430", 1286430, "lượt", C, code=ANY),
    F("xác thực 1.612.845", "1.612.845", 1612845, "người", C, code=ANY, **_BHXH),
    F("đạt 98,36%", "98,36%", 98.36, "%", code=ANY, **_BHXH),
    F("cho 98.412/104.256", "98.412/104.256", 98412, "đối tượng", C, max_value=104256, code=ANY),
    F("đạt 94,39%", "94,39%", 94.39, "%", code=ANY),
    # IV. a count repeated and each lagging commune's target for quý I (phone number, "C06" no figures)
    F("UBND 28 xã", "28", 28, "xã", C, code=None, **_IN_XA),
    F("tối thiểu 90%", "90%", 90, "%", T, as_of="2026-03-31", code=_TK, **_IN_XA),
]

# ------------------------------------------------------------ 578: UBND tỉnh Lai Châu, Kế hoạch CCHC năm 2026


def _target_578(stt: int, label: str, unit: str, code: str, result: str, target: str, body: str, when: str,
                due: str, after: str) -> list[Fact]:
    """One Markdown row of Bảng 1: the 2025 result (dated 2025-12-31) and the target (kind target, dated at the row's
    own deadline); the unit is the row label's bracket, the province's (subject NULL)."""
    line = f"| {stt} | {label} | {result} | {target} | {body} | {when} |"
    return _cells(line, " | ", after, None, None, [(result, unit, P, code, _Y2025, None),
                                                   (target, unit, T, code, due, None)])


_ROWS_578 = [
    ("Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến toàn trình (%)", "%", _TOAN, "62,35", "75", "Văn phòng UBND tỉnh",
     "Quý II/2026", "2026-06-30"),
    ("Tỷ lệ hồ sơ TTHC nộp trực tuyến (%)", "%", _NOP, "54,18", "70", "Sở Khoa học và Công nghệ", "31/12/2026",
     "2026-12-31"),
    ("Tỷ lệ hồ sơ thanh toán trực tuyến (%)", "%", _TT, "41,26", "60", "Sở Tài chính", "Quý III/2026", "2026-09-30"),
    ("Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC (%)", "%", _SH, "76,50", "100",
     "Trung tâm Phục vụ hành chính công tỉnh", "Tháng 9/2026", "2026-09-30"),
    ("Tỷ lệ hồ sơ giải quyết trước hạn, đúng hạn (%)", "%", _DH, "97,62", "99", "Sở Nội vụ", "Năm 2026", "2026-12-31"),
    ("Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa (%)", "%", _TSD, "28,40", "50", "Sở Khoa học và Công nghệ",
     "Tháng 10/2026", "2026-10-31"),
    ("Mức độ hài lòng của người dân, doanh nghiệp (%)", "%", _HL, "91,84", "95", "Sở Nội vụ", "15/12/2026",
     "2026-12-15"),
    ("Điểm Bộ chỉ số phục vụ người dân, doanh nghiệp (điểm)", "điểm", _TONG, "82,14", "86", "Văn phòng UBND tỉnh",
     "Quý IV/2026", "2026-12-31"),
    ("Tỷ lệ công dân có tài khoản định danh điện tử (%)", "%", _TK, "78,36", "88", "Công an tỉnh", "30/11/2026",
     "2026-11-30"),
]


def _table_578() -> list[Fact]:
    """Bảng 1 in order; each row's context runs into the next row's STT and label."""
    facts = []
    for i, row in enumerate(_ROWS_578):
        after = f"| {i + 2} | {_ROWS_578[i + 1][0]}" if i + 1 < len(_ROWS_578) else "\nCác chỉ tiêu trên"
        facts += _target_578(i + 1, *row, after)
    return facts


BLIND_578 = [
    # II.1 PAR INDEX and SIPAS of 2024 (76/NQ-CP, 766/QĐ-TTg, 03/CT-UBND cited; "giai đoạn 2021 - 2030")
    F("đạt 84,37%", "84,37%", 84.37, "%", as_of=_Y2024, code=_PAR),
    F("xếp thứ 38/63", "38/63", 38, "hạng", R, max_value=63, as_of=_Y2024, code=_PAR),
    F("đạt 80,15%", "80,15%", 80.15, "%", as_of=_Y2024, code=_SIPAS),
    F("xếp thứ 47/63", "47/63", 47, "hạng", R, max_value=63, as_of=_Y2024, code=ANY),
    # II.2 units and procedures (under "KẾT QUẢ NĂM 2025": dated 2025-12-31)
    _y25("có 38 đơn vị", "38", 38, "đơn vị", C, code=None, **_XA),
    _y25("(36 xã", "36", 36, "xã", C, code=None, **_IN_XA),
    _y25(", 02 phường)", "02", 2, "phường", C, code=None, **_IN_XA),
    _y25("và 19 cơ quan", "19", 19, "đơn vị", C, code=None, **_IN_TINH),
    _y25("gồm 1.684 TTHC", "1.684", 1684, "TTHC", C, code=_TTHC),
    _y25("cấp tỉnh 1.312 TTHC", "1.312", 1312, "TTHC", C, code=_TTHC, **_TINH),
    _y25("cấp xã 372 TTHC", "372", 372, "TTHC", C, code=_TTHC, **_XA),
    # II.3 files, PAKN, the 766 index (tháng 7/2025 dated 2025-07-31)
    _y25("tiếp nhận 148.625", "148.625", 148625, "hồ sơ", C, code=_TN),
    _y25("trực tuyến 80.525", "80.525", 80525, "hồ sơ", C, code=_NOP),
    _y25("chiếm 54,18%", "54,18%", 54.18, "%", code=_NOP),
    _y25("giải quyết 145.208", "145.208", 145208, "hồ sơ", C, code=ANY),
    _y25("trước hạn 141.752", "141.752", 141752, "hồ sơ", C, code=_DH),
    _y25("đạt 97,62%", "97,62%", 97.62, "%", code=_DH),
    _y25("Tiếp nhận 214 PAKN", "214", 214, "PAKN", C, code=_PAKN_TN),
    _y25("xử lý 208 PAKN", "208", 208, "PAKN", C, code=_PAKN_XL),
    _y25("đạt 97,20%", "97,20%", 97.20, "%", code=_PAKN_TL),
    _y25("đạt 82,14/100", "82,14/100", 82.14, "điểm", max_value=100, code=_TONG),
    _y25("xếp thứ 24/34", "24/34", 24, "hạng", R, max_value=34, code=_HANG),
    _y25("tăng 6 bậc", "6", 6, "hạng", CH, code=_HANG),
    F("(xếp thứ 30/34)", "30/34", 30, "hạng", PR, max_value=34, as_of=_JUL_2025, code=_HANG),
    # II.4 shortcomings
    _y25("mới đạt 41,26%", "41,26%", 41.26, "%", code=_TT, target=45, stated_status="chưa đạt"),
    _y25("năm 2025 là 45%", "45%", 45, "%", T, code=_TT),
    _y25("còn 09/19 cơ quan", "09/19", 9, "đơn vị", C, max_value=19, code=None, **_IN_TINH),
    _y25("và 21/38 xã", "21/38", 21, "xã", C, max_value=38, code=None, **_IN_XA),
    # III. Bảng 1 (Markdown): result, target; cấp xã's own targets after it (period end)
    *_table_578(),
    F("đạt tối thiểu 60% và", "60%", 60, "%", T, code=_NOP, **_XA),
    F("đạt tối thiểu 50%.", "50%", 50, "%", T, code=_TT, **_XA),
    # IV. the plan's own targets (the machines per commune dated at their month), money (phone number no figure)
    F("rà soát 120 TTHC", "120", 120, "TTHC", C, code=ANY, **_OPEN),
    F("tối thiểu 20% thời gian", "20%", 20, "%", T, code=ANY, **_OPEN),
    F("và 20% chi phí", "20%", 20, "%", T, code=ANY, **_OPEN),
    F("tối thiểu 02 máy quét", "02", 2, "máy quét", T, as_of="2026-04-30", code=ANY, **_IN_XA),
    F("và 01 máy tính", "01", 1, "máy tính", T, as_of="2026-04-30", code=ANY, **_IN_XA),
    F("tối thiểu 30% số", "30%", 30, "%", T, code=ANY, **_OPEN),
    F("và 40% số", "40%", 40, "%", T, code=ANY, **_OPEN),
    F("là 2.450 triệu đồng", "2.450", 2450, "triệu đồng", code=ANY, **_OPEN),
]

# ------------------------------------------------------------ 579: Sở Xây dựng tỉnh Quảng Trị, quý IV năm 2025
_SXD = "Sở Xây dựng"


def _sxd(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """The Sở's own figure (named by its kind, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SXD, level="tỉnh", **kw)


def _phong_579(stt: str, name: str, raws: str, subject: str, after: str) -> list[Fact]:
    """One tab-separated row of Bảng 1: received, online files, online share, settled, overdue (subject the division
    as written, level tỉnh)."""
    received, online, share, settled, overdue = raws.split()
    line = "\t".join([stt, name, received, online, share, settled, overdue])
    return _cells(line, "\t", after, subject, "tỉnh", [
        (received, "hồ sơ", P, _TN, "period", None), (online, "hồ sơ", P, _NOP, "period", None),
        (share, "%", P, _NOP, "period", None), (settled, "hồ sơ", P, ANY, "period", None),
        (overdue, "hồ sơ", P, _QH, "period", None)])


_PHONG_579 = [
    ("Phòng Quản lý hoạt động xây dựng", "1.246 1.038 83,31 1.214 12"),
    ("Phòng Quy hoạch - Kiến trúc", "412 386 93,69 405 0"),
    ("Phòng Phát triển đô thị và Hạ tầng kỹ thuật", "318 274 86,16 309 3"),
    ("Phòng Quản lý nhà và Thị trường bất động sản", "684 512 74,85 668 9"),
    ("Phòng Quản lý phương tiện và người lái", "10.842 9.164 84,52 10.586 82"),
    ("Phòng Quản lý kết cấu hạ tầng giao thông", "1.214 862 71,00 1.186 8"),
    ("Văn phòng Sở", "146 82 56,16 138 0"),
]


def _table_579() -> list[Fact]:
    """Bảng 1 in order; each row's context runs into the next row's STT and name; the "Cộng" row (empty STT) is the
    Sở's (it repeats the prose)."""
    facts = []
    for i, (name, raws) in enumerate(_PHONG_579):
        after = f"{i + 2}\t{_PHONG_579[i + 1][0]}" if i + 1 < len(_PHONG_579) else "\tCộng"
        facts += _phong_579(str(i + 1), name, raws, name, after)
    facts += _phong_579("", "Cộng", "14.862 12.318 82,88 14.506 114", _SXD,
                        "\nPhòng Quản lý phương tiện và người lái tiếp nhận")
    return facts


_Q3 = {"as_of": _Q3_2025}
_PTNL = {"subject": "Phòng Quản lý phương tiện và người lái", "level": "tỉnh"}

BLIND_579 = [
    # I. (2418/VP-KSTT cited; the stated window is the period)
    _sxd("thực hiện 168 TTHC", "168", 168, "TTHC", C, code=_TTHC),
    _sxd("đó 121 TTHC", "121", 121, "TTHC", C, code=_TOAN),
    _sxd("và 47 TTHC", "47", 47, "TTHC", C, code=_MOT),
    _sxd("tiếp nhận 14.862", "14.862", 14862, "hồ sơ", C, code=_TN),
    _sxd("(quý III năm 2025: 13.405", "13.405", 13405, "hồ sơ", PR, code=_TN, **_Q3),
    _sxd("tăng 1.457", "1.457", 1457, "hồ sơ", CH, code=ANY),
    _sxd("trực tuyến 12.318", "12.318", 12318, "hồ sơ", C, code=_NOP),
    _sxd("chiếm 82,88%", "82,88%", 82.88, "%", code=_NOP),
    _sxd("giải quyết 14.506", "14.506", 14506, "hồ sơ", C, code=ANY),
    _sxd("đúng hạn 14.392", "14.392", 14392, "hồ sơ", C, code=_DH),
    _sxd("đạt 99,21%", "99,21%", 99.21, "%", code=_DH),
    _sxd("quá hạn 114", "114", 114, "hồ sơ", C, code=_QH),
    _sxd("chiếm 0,79%", "0,79%", 0.79, "%", code=_QH),
    _sxd("bình quân 2,4 ngày", "2,4", 2.4, "ngày", code=_TIME),
    # II. Bảng 1 (tab-separated, by division) and the divisions named after it
    *_table_579(),
    F("(10.842 hồ sơ", "10.842", 10842, "hồ sơ", C, code=_TN, **_PTNL),
    F("chiếm 72,95%", "72,95%", 72.95, "%", code=ANY, **_PTNL),
    F("(56,16%)", "56,16%", 56.16, "%", subject="Văn phòng Sở", level="tỉnh", code=_NOP),
    _sxd("tiếp nhận 8.426", "8.426", 8426, "hồ sơ", C, code=ANY),
    _sxd("VNeID 5.318", "5.318", 5318, "hồ sơ", C, code=ANY),
    _sxd("chiếm 63,11%", "63,11%", 63.11, "%", code=ANY),
    # III.1 payment (quý III dated 2025-09-30; the 2025 target at the period end), fees
    _sxd("có 11.246 hồ sơ", "11.246", 11246, "hồ sơ", C, code=ANY),
    _sxd("đó 8.912 hồ sơ", "8.912", 8912, "hồ sơ", C, code=_TT),
    _sxd("đạt 79,25%", "79,25%", 79.25, "%", code=_TT, target=80, stated_status="chưa đạt"),
    _sxd("(quý III năm 2025: 74,16%)", "74,16%", 74.16, "%", PR, code=_TT, **_Q3),
    _sxd("tăng 5,09%", "5,09%", 5.09, "%", CH, code=_TT),
    _sxd("năm 2025 là 80%", "80%", 80, "%", T, code=_TT),
    _sxd("là 6,84 tỷ đồng", "6,84", 6.84, "tỷ đồng", code=ANY),
    # III.2–III.3
    _sxd("đạt 92,46%", "92,46%", 92.46, "%", code=_SH),
    _sxd("đạt 100%", "100%", 100, "%", code=_KQ),
    _sxd("tiếp nhận 16 PAKN", "16", 16, "PAKN", C, code=_PAKN_TN),
    _sxd("hạn 16/16 PAKN", "16/16", 16, "PAKN", C, max_value=16, code=ANY),
    # III.4 the province's 766 assessment of its agencies (the Sở named in full), the province's own
    _sxd("đạt 88,72/100", "88,72/100", 88.72, "điểm", max_value=100, code=_TONG),
    _sxd("xếp thứ 6/20", "6/20", 6, "hạng", R, max_value=20, code=_HANG),
    _sxd("(quý III năm 2025: 85,36 điểm", "85,36", 85.36, "điểm", PR, max_value=100, code=_TONG, **_Q3),
    _sxd("xếp thứ 11/20)", "11/20", 11, "hạng", PR, max_value=20, code=_HANG, **_Q3),
    _sxd("tăng 3,36 điểm", "3,36", 3.36, "điểm", CH, code=_TONG),
    _sxd("tăng 5 bậc", "5", 5, "hạng", CH, code=_HANG),
    F("đạt 83,15/100", "83,15/100", 83.15, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 19/34", "19/34", 19, "hạng", R, max_value=34, code=_HANG),
    # IV. a count repeated; the Văn phòng Sở's target for quý I (phone number no figure)
    F("dứt điểm 82 hồ sơ", "82", 82, "hồ sơ", C, code=ANY, **_OPEN),
    F("tối thiểu 70%", "70%", 70, "%", T, subject="Văn phòng Sở", level="tỉnh", as_of="2026-03-31", code=_NOP),
]

BLIND = {"575": BLIND_575, "576": BLIND_576, "577": BLIND_577, "578": BLIND_578, "579": BLIND_579}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "575": [
        ("2026-01-20", "day", "20/01/2026", "ban hành Kế hoạch cải cách hành chính năm 2026", "Giám đốc Sở Nội vụ"),
        ("2026-03-31", "quarter", "quý I năm 2026", "tích hợp thanh toán trực tuyến", "Giám đốc Sở Tài chính"),
        ("2026-03-31", "day", "ngày ba mươi mốt tháng 3 năm 2026", "nâng cấp Hệ thống thông tin giải quyết TTHC tỉnh",
         "Giám đốc Sở Khoa học và Công nghệ"),
        ("2026-06-30", "month", "tháng 6/2026", "bố trí đủ công chức", "Chủ tịch UBND các xã, phường"),
        ("2026-12-31", "year", "năm 2026", "kích hoạt tài khoản định danh điện tử", "Giám đốc Công an tỉnh"),
        # issued 09/01/2026: the first "ngày 15 hằng tháng" is 15/01/2026
        ("2026-01-15", "recurring", "15 hằng tháng", "báo cáo kết quả thực hiện Chỉ thị",
         "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các xã, phường"),
    ],
    "576": [
        ("2025-11-25", "day", "25/11/2025", "đồng bộ toàn bộ hồ sơ còn lệch trạng thái", "Sở Khoa học và Công nghệ"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "nâng tỷ lệ hồ sơ thanh toán trực tuyến", "Sở Tài chính"),
        ("2025-12-15", "day", "ngày mười lăm tháng 12 năm 2025", "giải quyết dứt điểm hồ sơ quá hạn",
         "UBND xã Mèo Vạc và UBND xã Đồng Văn"),
        ("2025-12-31", "month", "tháng 12/2025", "trình công bố 14 TTHC", "Văn phòng UBND tỉnh"),
        ("2026-12-31", "year", "năm 2026", "đưa kết quả Bộ chỉ số vào tiêu chí đánh giá", "Sở Nội vụ"),
        # issued 14/11/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/12/2025
        ("2025-12-05", "recurring", "05 hằng tháng", "gửi báo cáo tiến độ khắc phục",
         "Các sở, ban, ngành và UBND các xã, phường"),
    ],
    "577": [
        ("2026-03-31", "quarter", "quý I năm 2026", "kích hoạt lưu động tài khoản định danh điện tử", "Công an tỉnh"),
        ("2026-01-20", "day", "20/01/2026", "kết nối Hệ thống thông tin giải quyết TTHC tỉnh",
         "Sở Khoa học và Công nghệ"),
        ("2026-01-31", "day", "ngày 31 tháng 01 năm 2026", "hỗ trợ người dân nộp hồ sơ trực tuyến",
         "UBND xã Tân Hồng và UBND xã Tam Nông"),
        ("2026-02-28", "month", "tháng 02/2026", "sổ sức khỏe điện tử", "Sở Y tế"),
        ("2026-12-31", "year", "năm 2026", "đồng bộ dữ liệu người tham gia bảo hiểm xã hội tự nguyện",
         "Bảo hiểm xã hội tỉnh"),
        # issued 06/01/2026: the first "ngày 25 hằng tháng" is 25/01/2026
        ("2026-01-25", "recurring", "25 hằng tháng", "gửi báo cáo kết quả",
         "Các cơ quan thành viên Ban Chỉ đạo và UBND các xã, phường"),
    ],
    "578": [
        # Bảng 1: task the "Chỉ tiêu" cell, body the "Cơ quan chủ trì" cell, expression the "Thời hạn" cell
        ("2026-06-30", "quarter", "Quý II/2026", "dịch vụ công trực tuyến toàn trình", "Văn phòng UBND tỉnh"),
        ("2026-12-31", "day", "31/12/2026", "hồ sơ TTHC nộp trực tuyến", "Sở Khoa học và Công nghệ"),
        ("2026-09-30", "quarter", "Quý III/2026", "hồ sơ thanh toán trực tuyến", "Sở Tài chính"),
        ("2026-09-30", "month", "Tháng 9/2026", "số hóa hồ sơ, kết quả giải quyết TTHC",
         "Trung tâm Phục vụ hành chính công tỉnh"),
        ("2026-12-31", "year", "Năm 2026", "giải quyết trước hạn, đúng hạn", "Sở Nội vụ"),
        ("2026-10-31", "month", "Tháng 10/2026", "khai thác, sử dụng lại dữ liệu số hóa", "Sở Khoa học và Công nghệ"),
        ("2026-12-15", "day", "15/12/2026", "Mức độ hài lòng", "Sở Nội vụ"),
        ("2026-12-31", "quarter", "Quý IV/2026", "Điểm Bộ chỉ số", "Văn phòng UBND tỉnh"),
        ("2026-11-30", "day", "30/11/2026", "tài khoản định danh điện tử", "Công an tỉnh"),
        # IV. and V.
        ("2026-03-31", "day", "31/3/2026", "bãi bỏ các văn bản quy phạm pháp luật", "Sở Tư pháp"),
        ("2026-03-20", "day", "ngày hai mươi tháng 3 năm 2026", "vị trí việc làm", "Sở Nội vụ"),
        ("2026-04-30", "month", "tháng 4/2026", "bố trí tối thiểu 02 máy quét", "UBND các xã, phường"),
        # issued 16/01/2026: the first "ngày 18 hằng tháng" is 18/01/2026
        ("2026-01-18", "recurring", "18 hằng tháng", "báo cáo kết quả thực hiện Kế hoạch",
         "Các sở, ban, ngành, UBND các xã, phường"),
    ],
    "579": [
        ("2026-01-15", "day", "15/01/2026", "giải quyết dứt điểm 82 hồ sơ quá hạn",
         "Phòng Quản lý phương tiện và người lái"),
        ("2026-01-30", "day", "ngày ba mươi tháng 01 năm 2026", "cập nhật cơ sở dữ liệu về nhà ở",
         "Phòng Quản lý nhà và Thị trường bất động sản"),
        ("2026-03-31", "quarter", "quý I năm 2026", "nộp hồ sơ trực tuyến", "Văn phòng Sở"),
        ("2026-02-28", "month", "tháng 02/2026", "cấp giấy phép xây dựng nhà ở riêng lẻ",
         "Phòng Quản lý hoạt động xây dựng"),
        ("2026-12-31", "year", "năm 2026", "kết nối phần mềm quản lý phương tiện", "Sở Khoa học và Công nghệ"),
        # issued 05/01/2026: the first "ngày 22 hằng tháng" is 22/01/2026
        ("2026-01-22", "recurring", "22 hằng tháng", "báo cáo kết quả giải quyết TTHC", "Các phòng, đơn vị thuộc Sở"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 575 is a Chỉ thị of the
# Chủ tịch UBND tỉnh Cao Bằng whose period is the year of its targets; 576 a report of UBND tỉnh Tuyên Quang explaining
# its quý III score; 577 a report of the Ban Chỉ đạo Đề án 06 under "UBND TỈNH ĐỒNG THÁP", its signer written with his
# rank; 578 a Kế hoạch of UBND tỉnh Lai Châu for năm 2026; 579 a report of the Sở Xây dựng under "UBND TỈNH QUẢNG TRỊ".
META = {
    "575": {"doc_number": "02/CT-UBND", "doc_type": "Chỉ thị", "issued_date": "2026-01-09",
            "province": "Cao Bằng", "period_label": "năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-12-31", "signer": "Hoàng Xuân Thịnh"},
    "576": {"doc_number": "412/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-11-14",
            "province": "Tuyên Quang", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Nông Thị Bích Huệ"},
    "577": {"doc_number": "58/BC-BCĐ", "doc_type": "Báo cáo", "issued_date": "2026-01-06",
            "province": "Đồng Tháp", "period_label": "tháng 12 năm 2025", "period_start": "2025-12-01",
            "period_end": "2025-12-31", "signer": "Trần Minh Luân"},
    "578": {"doc_number": "15/KH-UBND", "doc_type": "Kế hoạch", "issued_date": "2026-01-16",
            "province": "Lai Châu", "period_label": "năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-12-31", "signer": "Tống Thanh Bình"},
    "579": {"doc_number": "1286/BC-SXD", "doc_type": "Báo cáo", "issued_date": "2026-01-05",
            "province": "Quảng Trị", "period_label": "quý IV năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-12-31", "signer": "Lê Quang Vinh"},
}
