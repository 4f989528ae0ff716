"""Blind golden facts for corpus/blind122/685_bac_ninh.txt, 686_thai_nguyen.txt, 687_khanh_hoa.txt, 688_hai_phong.txt
and 689_lao_cai.txt.

The five documents were written by the developers for a hundred-and-twenty-second blind measurement (THE TWO-LEVEL
LOCAL GOVERNMENT AFTER THE 1 JULY 2025 MERGER: a merged province reporting its former provinces side by side, a new
commune formed from four old ones reporting its first quarter, a provincial Trung tâm Phục vụ hành chính công with its
new branches and service points, a Sở Nội vụ's Công văn summarising the communes' one-stop desks, a Văn phòng UBND
tỉnh's Thông báo ranking the communes; provinces Bắc Ninh (merged with Bắc Giang), Thái Nguyên (merged with Bắc Kạn),
Khánh Hòa (merged with Ninh Thuận), the centrally-run city of Hải Phòng (merged with Hải Dương) and Lào Cai (merged
with Yên Bái); periods năm 2025, quý III năm 2025, tháng 3 năm 2026, quý I năm 2026 and quý II năm 2026; not real
documents), and every row below was written by reading them, before any extraction, restoration or pipeline code was
run on them. They also serve as held-out text for diacritic restoration (marks stripped, restored, compared with the
file).

Same structure and conventions as golden/blind120.py, blind119.py, blind118.py, blind117.py, blind16.py and
blind13.py: rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written
inside it). Prose and list counts are kind `count`; table cells are kind `value` even when they count, with
`extra={"source": "table"}`; `as_of="period"` is the period's end; a table row dated before the period end keeps kind
`value` with that date as `as_of`; a change is dated with the figure it changes and a fall ("giảm") is negative; a
change in "điểm phần trăm" is kind change in `%` with the number alone as raw. `ANY` leaves a field unchecked where the
sentence names no catalogued indicator (`None` where it clearly names none: counts of communes, bodies, decisions,
hamlets, branches, rooms). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" the unit `PAKN`; a count of the
files (or PAKN) an indicator is computed on carries that indicator's code; every "đã giải quyết" count, pending files,
files with fees, files by field or channel other than online and direct, money, averages and changes of counts have
their code unchecked. Counts of local units take the unit of their first unit word ("87/99 xã, phường", "52/52 xóm,
tổ dân phố", "23/99 xã, phường" → `xã`/`xóm`); "99 đơn vị hành chính cấp xã (66 xã, 33 phường)" → subject `cấp xã`
(unit `đơn vị`, level xã), its parts `xã`, `phường`, `đặc khu` (subject unchecked, level xã); counts of "cơ quan" and
"đơn vị" → `đơn vị` at the level of the bodies counted, subject unchecked. Province-wide figures have subject NULL
(the city's in 688 too); figures of the level ("cấp tỉnh …", "cấp xã …", "Bộ phận Một cửa cấp xã …") are `cấp tỉnh` /
`cấp xã`. A provincial body's own figures naming no body are named by its kind, level tỉnh (`Trung tâm Phục vụ hành
chính công tỉnh`, `Sở Nội vụ` — a Sở keeps its name in the centrally-run city); a commune's own figures are the
issuer's (`UBND xã Định Hóa`, level xã); a sentence naming a body in full keeps the name as written ("Công an xã",
"UBND các xã, phường, đặc khu", "xã Tuấn Đạo", "Chi nhánh Phan Rang"). Things counted take the noun as written
(`quyết định`, `hộ`, `nhân khẩu`, `phòng`, `người`, `văn bản`, `tài khoản`, `thành viên`, `lượt`, `công chức`,
`quầy`, `cuộc gọi`, `lớp`, `chi nhánh`, `điểm tiếp nhận`, `điểm phục vụ`); money keeps `tỷ đồng`. A score out of 100
stated with its maximum carries it; a group score its group's maximum. Numbers written in words are no figures ("hai
tỉnh Bắc Giang và Bắc Ninh", "hai tỉnh cũ", "hai hệ thống", "bốn đơn vị cũ", "hai chi nhánh", "ba nhóm còn lại", the
days of "ngày hai mươi tháng 4", "ngày ba mươi tháng 11", "ngày mười lăm tháng 5", "ngày hai mươi tháng 5", "ngày
mười tháng 8"). Dates, document numbers and cited texts ("Nghị định số 61/2018/NĐ-CP", "Công văn số
9468/VPCP-KSTT", "Kế hoạch số 146/KH-UBND", "Quyết định số 1875/QĐ-UBND", "Công văn số 812/UBND-NC", "Quyết định số
766/QĐ-TTg", "Quyết định số 1214/QĐ-UBND"), the stated windows ("Từ ngày 01/7/2025 đến ngày 30/9/2025", "từ ngày
01/7/2025"), the periods labelling rows, brackets and lines ("6 tháng đầu năm", "6 tháng cuối năm", "Cả năm 2025",
"tháng 6/2025", "tháng 12/2025", "tháng 3/2026", "quý I", "(3 tháng đầu vận hành …)" in 686's title), "Đề án 06",
"Bộ chỉ số 766", "mức độ 2", "từ đủ 14 tuổi", "Tổng đài 1022", "Bộ phận Một cửa", section and item numbering ("I.",
"1.", "a)", "Bảng 1."; the ranked list's "1." … "5."), the STT column, addresses ("số 10 đường Phù Đổng Thiên
Vương", "số 01 đường Trần Phú", "số 18 đường Hoàng Diệu"), phone numbers ("0222.3822.566", "0208.3878.216",
"0258.3560.246", "0225.3842.615", "0214.3840.125"), headings naming the next period ("IV. NHIỆM VỤ NĂM 2026", "III.
NHIỆM VỤ QUÝ IV NĂM 2025", "III. NHIỆM VỤ THÁNG 4 NĂM 2026", "4. Nhiệm vụ quý III năm 2026": no deadlines) and years
are not figures.

New in this set (the decisions are written here):
- A MERGED PROVINCE'S YEAR SPLIT BY FORMER PROVINCE AND HALF-YEAR (685): the prose "6 tháng đầu năm tiếp nhận 598.206
  hồ sơ (Bắc Giang cũ 271.418 hồ sơ, Bắc Ninh cũ 326.788 hồ sơ) và 6 tháng cuối năm tiếp nhận 688.209 hồ sơ": counts
  of the received files dated at the half they cover (the first half 2025-06-30, kind count, not previous: nothing is
  compared), the whole first half the province's (subject NULL), each former province's share subject and level
  unchecked (as golden/blind113.py's 643 and golden/blind105.py's 600); the second half at the period end. A MARKDOWN
  TABLE WHOSE ROWS ARE THE FORMER PROVINCES AND THE HALVES ("| 1 | Tỉnh Bắc Giang (cũ), 6 tháng đầu năm | 271.418 |
  62,84 | …"): rows 1–2 dated 2025-06-30 (kind value), subject and level unchecked; row 3 "Tỉnh Bắc Ninh, 6 tháng cuối
  năm" and "Cả năm 2025" (empty STT) the province (subject NULL) at the period end; each column's code (received,
  online, on-time, payment, digitisation). "tháng 6/2025 tỉnh Bắc Giang (cũ) đạt 84,12/100 điểm, xếp thứ 18/63"
  (stated alone, no comparison: kind value and rank, dated 2025-06-30, subject and level unchecked, as
  golden/blind119.py's 673), the province's tháng 12/2025 (the period's last month) `88,26/100`, `6/34`. "6 tháng
  cuối năm (77,09%) cao hơn 12,21 điểm phần trăm so với 6 tháng đầu năm (64,88%, tính chung hai tỉnh cũ)": the
  bracketed 77,09% a value of the province, the 64,88% previous (2025-06-30, subject and level unchecked).
- A NEW COMMUNE'S FIRST QUARTER BESIDE ITS PREDECESSORS (686): "so với quý II năm 2025 (tổng của 04 đơn vị cũ trước
  sắp xếp: 2.312 hồ sơ)" the predecessors' sum, previous 2025-06-30, subject unchecked, level xã (all four were
  communes); "04 đơn vị cũ" a count `đơn vị` (level xã). A DASH LIST OF THE RECEPTION POINTS AT THE OLD COMMUNES' SEATS
  ("- Trụ sở chính (thị trấn Chợ Chu cũ): 1.612 hồ sơ, trực tuyến 74,07%;" the head office, part of the issuer:
  subject unchecked, level xã; "- Điểm tiếp nhận Phúc Chu: 386 hồ sơ, trực tuyến 66,32%;" the point as written, level
  unchecked, as golden/blind105.py's branches); received code and online code. "03 điểm tiếp nhận" is unit `điểm tiếp
  nhận` (not `điểm`, the unit of scores), code None. The points' digitisation shares after "lần lượt là" (each point,
  digitisation code). The commune's 766 of tháng 9/2025 (the period's last month) with the previous rank of tháng
  8/2025 (2025-08-31).
- A PROVINCIAL SERVICE CENTRE WITH BRANCHES AND SERVICE POINTS (687): a TAB-SEPARATED Bảng 1 "STT | Nơi tiếp nhận |
  Hồ sơ tiếp nhận | Trực tuyến (%) | Đã giải quyết | Đúng hạn (%) | Quá hạn": "Trụ sở chính (phường Nha Trang)"
  (subject unchecked, level tỉnh), "Chi nhánh Phan Rang", "Chi nhánh Cam Ranh", "Điểm phục vụ xã Vạn Ninh" … (as
  written, level unchecked: a point of a provincial body placed in a commune is not the commune), "Tổng cộng" (empty
  STT) the Centre; units from the header words (`hồ sơ` for the bare count columns), codes received, online, settled
  unchecked, on-time, overdue; "100" and "0" cells are figures. "05 điểm phục vụ" unit `điểm phục vụ`.
- A SỞ NỘI VỤ'S CÔNG VĂN ON THE COMMUNES' ONE-STOP DESKS (688, doc_type "Công văn", period from its "V/v" line): a
  MARKDOWN TABLE OF COMMUNES "| STT | Xã, phường, đặc khu | Hồ sơ tiếp nhận | Đúng hạn | Quá hạn | Tỷ lệ đúng hạn (%)
  |": each unit as written ("Phường Hồng Bàng", "Xã Thanh Hà", "Đặc khu Cát Hải"), level xã; "Các đơn vị còn lại"
  subject unchecked, level xã; "Tổng cộng" `cấp xã`; the on-time count carries the on-time code, the late count the
  overdue code. "Xã Ninh Giang … chiếm 4,35% tổng số hồ sơ quá hạn của cấp xã" (the commune's share of the level's
  late files: code unchecked).
- A VĂN PHÒNG UBND TỈNH'S THÔNG BÁO RANKING THE COMMUNES (689): a numbered list "1. Phường Lào Cai: 94,62/100 điểm,
  xếp thứ 1/99 (quý I: xếp thứ 2/99);" and a dash list of the last five, each unit as written (level xã) with the
  total's and rank's codes (a commune's 766 result, as golden/blind117.py's 664), "(quý I: …)" previous 2026-03-31,
  "tăng 11 bậc" / "giảm 9 bậc" the unit's rank change, "giảm 0,84 điểm … (63,96 điểm)" its score's change and previous
  (max 100); "Điểm bình quân cấp xã đạt 80,26 điểm" `cấp xã` (the total's code, no maximum written), the blocks
  "khối phường … khối xã" (subject unchecked, level xã), the level's six groups in a dash list (`cấp xã`, the group
  codes and maxima), "(64,80% số điểm tối đa)" the level's share (code unchecked), counts by grade (`đơn vị`).

Per document:
- 685 is an annual Báo cáo of UBND tỉnh Bắc Ninh (header "ỦY BAN NHÂN DÂN / TỈNH BẮC NINH", number "24/BC-UBND",
  signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") to the Văn phòng Chính phủ, năm 2025, issued
  14/01/2026. "99 đơn vị … 19 cơ quan" (level tỉnh), "58 quyết định", "1.946 TTHC (cấp tỉnh 1.612 TTHC, cấp xã 334
  TTHC) … 1.128 … 57,97% … 702"; the year's files "1.286.415 hồ sơ, tăng 9,84% so với năm 2024 (1.171.178 hồ sơ, cộng
  gộp của hai tỉnh cũ)" (previous 2024-12-31, subject unchecked), online "71,41% (năm 2024: 58,36%), tăng 13,05 điểm
  phần trăm; so với chỉ tiêu … năm 2025 là 80% thì chưa đạt", settled, on-time, overdue, pending; the table and the
  halves (above); levels `cấp tỉnh` / `cấp xã`; "87/99 xã, phường … 12 xã, phường … xã Tuấn Đạo (186 hồ sơ)";
  payment, money, digitisation, e-results, reuse; PAKN "1.214 … 1.198 … 98,68%", satisfaction; the former provinces'
  and the province's 766 (above), the six groups of tháng 12/2025 with their maxima. Task 2's "đạt tối thiểu 98% trong
  quý I năm 2026" the two named communes' target (subject unchecked, level xã, 2026-03-31). Six deadlines: day,
  quarter (with the target), "chậm nhất ngày hai mươi tháng 4 năm 2026", month, year in a request "Đề nghị Bưu điện
  tỉnh Bắc Ninh …", "trước ngày 18 hằng tháng" (issued 14/01/2026: first 18/01/2026).
- 686 is a quarterly Báo cáo of UBND xã Định Hóa (tỉnh Thái Nguyên; formed from thị trấn Chợ Chu and three communes;
  header "ỦY BAN NHÂN DÂN / XÃ ĐỊNH HÓA", number "42/BC-UBND", signed "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"), quý III năm
  2025, issued 06/10/2025, ranks /92. The commune's size "52 xóm, tổ dân phố với 8.412 hộ, 31.628 nhân khẩu", "04
  phòng", staff "46 người, trong đó 12 người" (the 12 at the Centre: subject unchecked, level xã); its TTHC "318 … 206
  … 112"; files "2.846 … bình quân 949 hồ sơ/tháng" (an average: kind value), the predecessors (above), channels
  (the postal channel's code unchecked), settled, on-time, overdue, pending, "lĩnh vực đất đai (19 hồ sơ)" (a field:
  subject and code unchecked), "23 văn bản xin lỗi"; the points (above); payment "1.126 … 684 … 60,75%; so với chỉ
  tiêu UBND tỉnh giao năm 2025 là 70% thì chưa đạt" (target 2025-12-31); "Công an xã … 2.614 tài khoản" (as written,
  level xã; code unchecked: accounts activated, not the accounts held), "24.186 tài khoản, đạt 87,32%" (the commune's,
  the identity-account code), the community digital teams "52/52 xóm … 218 thành viên … 3.412 lượt" (subject
  unchecked, level xã); PAKN "18 … 17/18 … 01", satisfaction; 766 `79,36/100`, `41/92`, "tăng 12 bậc … (xếp thứ
  53/92)", the block average "78,12 điểm". Task 2's "đạt tối thiểu 70% trong quý IV năm 2025" (subject unchecked,
  level xã, 2025-12-31). Six deadlines: day, quarter (with the target), "chậm nhất ngày ba mươi tháng 11 năm 2025",
  month, year in a request "Đề nghị Viễn thông Thái Nguyên …", "trước ngày 22 hằng tháng" (issued 06/10/2025: first
  22/10/2025).
- 687 is a monthly Báo cáo of the Trung tâm Phục vụ hành chính công tỉnh Khánh Hòa (header "ỦY BAN NHÂN DÂN TỈNH
  KHÁNH HÒA / TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", number "86/BC-TTPVHCC", signed "GIÁM ĐỐC"), tháng 3 năm 2026,
  issued 03/4/2026, ranks /34. "02 chi nhánh … 05 điểm phục vụ … 21 cơ quan, đơn vị … 86 công chức, viên chức … 54
  quầy"; the Centre's files "21.486 hồ sơ (tháng 02/2026: 16.912 hồ sơ), tăng 4.574 …, tương ứng tăng 27,05%"
  (previous 2026-02-28), online, settled, on-time, overdue; the tab-separated table (above); "Chi nhánh Phan Rang …
  (41 hồ sơ)", "Điểm phục vụ xã Bác Ái … (56,14%)", "Bình quân mỗi điểm phục vụ tiếp nhận 602 hồ sơ/tháng" (subject
  and level unchecked, kind value), the postal files "lần lượt là 214, 168 và 96 hồ sơ" (the head office level
  tỉnh, the two branches as written; code unchecked); payment "8.412 … 6.186 … 73,54%", "4,86 tỷ đồng",
  digitisation "94,28% (tháng 02/2026: 91,76%)", e-results; ratings "18.642 lượt … 18.486 lượt …, đạt 99,16%" (the
  share the satisfaction code), PAKN "09 … 09/09", "1.248 cuộc gọi"; the province `85,74/100`, `12/34`, the group
  "19,38/20". Task 1's "41 hồ sơ" a count repeated (the branch); task 2's "đạt tối thiểu 65% trong quý II năm 2026"
  the two named points' target (subject and level unchecked, 2026-06-30). Six deadlines: day, quarter (with the
  target), "chậm nhất ngày mười lăm tháng 5 năm 2026", month, year in a request "Đề nghị Sở Khoa học và Công nghệ
  …", "trước ngày 25 hằng tháng" (issued 03/4/2026: first 25/4/2026).
- 688 is a CÔNG VĂN of the Sở Nội vụ thành phố Hải Phòng (header "UBND THÀNH PHỐ HẢI PHÒNG / SỞ NỘI VỤ", number
  "1246/SNV-CCHC", "V/v tình hình hoạt động của Bộ phận Một cửa cấp xã quý I năm 2026", signed "KT. GIÁM ĐỐC / PHÓ
  GIÁM ĐỐC"), quý I năm 2026, issued 08/4/2026. "114 đơn vị hành chính cấp xã (45 phường, 67 xã, 02 đặc khu);
  114/114 đơn vị", staff "1.026 người, bình quân 9 người/đơn vị; có 17 đơn vị" (subject unchecked, level xã); the
  level's files `cấp xã` "412.618 … 318.246 … 77,13% … 398.412 … 394.186 … 98,94% … 4.226 … 1,06%", "So với quý IV
  năm 2025 (386.214 hồ sơ) … tăng 6,84%; … tăng 0,62 điểm phần trăm (quý IV năm 2025: 98,32%)" (previous
  2025-12-31); the Markdown table (above); grades "64 … 38 … 12 đơn vị"; "4,35%"; digitisation, payment "61,48%,
  chưa đạt chỉ tiêu năm 2026 (75%)" (target in brackets, 2026-12-31), PAKN of "UBND các xã, phường, đặc khu" (as
  written, level xã) "386 … 372 … 96,37%", satisfaction `cấp xã`; the Sở's inspections "12 xã, phường" (`xã`) and
  "04 lớp" (the Sở's), "468 công chức" (trainees: subject and level unchecked); the city `87,12/100`, `7/34`. Task
  b)'s "đạt tối thiểu 98% trong quý II năm 2026" the units graded Trung bình (subject unchecked, level xã,
  2026-06-30). Six deadlines in lettered items a)–e) with "đ)": day, quarter (with the target), "chậm nhất ngày hai
  mươi tháng 5 năm 2026", month, year in a request "Đề nghị UBND thành phố …", "trước ngày 20 hằng tháng" (issued
  08/4/2026: first 20/4/2026).
- 689 is a THÔNG BÁO of the Văn phòng UBND tỉnh Lào Cai (header "UBND TỈNH LÀO CAI / VĂN PHÒNG", number
  "186/TB-VPUBND", no "Kính gửi", signed "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG"), quý II năm 2026, issued
  09/7/2026. "99 xã, phường" (`xã`), the province `83,48/100`, `19/34`, "tăng 2,16 điểm và tăng 4 bậc so với quý I
  năm 2026 (81,32 điểm, xếp thứ 23/34)" (previous 2026-03-31, the score on the /100 scale); the level (above); grades
  "14 … 41 … 36 … 08", "tăng 05 đơn vị" (a change of a count, code None); "74,26%; có 23/99 xã, phường chưa đạt chỉ
  tiêu nộp trực tuyến năm 2026 là 70%" (the level's online share; the target of the communes, subject unchecked,
  level xã, 2026-12-31; the 74,26% carries no target: the sentence holds the 23 units against it, not the average),
  "58,62%, tăng 7,14 điểm phần trăm … (51,48%)", "71,36%"; "61/99 xã, phường … 38 xã, phường", "chi tiết 99 xã";
  the ranked lists (above). Task 2's "đạt tối thiểu 65% trong quý III năm 2026" (subject unchecked, level xã,
  2026-09-30). Six deadlines: day, quarter (with the target), "chậm nhất ngày mười tháng 8 năm 2026", month, year in
  a request "Đề nghị Sở Khoa học và Công nghệ …", "trước ngày 05 hằng tháng" (issued 09/7/2026, after the 5th: first
  05/8/2026).

Unsure readings (fields left `ANY`, or decided and written here): the kind of 685's first-half counts in prose (read
as counts dated 2025-06-30; a reader could call them previous values, but the sentence compares nothing); the subject
of the former provinces' rows and figures (the former province or the new one: unchecked); the level of 686's and
687's reception and service points (unchecked, as branches); who owns the 12 officials at 686's Centre and the 468
trainees of 688 (unchecked); the unit of "03 điểm tiếp nhận" / "05 điểm phục vụ" (the noun as written, so as not to
be read as a score in `điểm`); 689's "Điểm bình quân cấp xã đạt 80,26 điểm" carries no maximum (none written); 689's
70% target is linked to no figure (the 23 units are the ones below it).
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
_GROUP_CODES = {
    "công khai": ("766.cong_khai", 18), "tiến độ": ("766.tien_do", 20), "dịch vụ": ("766.dvctt", 12),
    "thanh toán": ("766.thanh_toan", 10), "mức độ": ("766.hai_long", 18), "số hóa": ("766.so_hoa", 22),
}
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_XA = {"subject": ANY, "level": "xã"}
_CAP_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
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


def _cells(line: str, sep: str, after: str, who: dict, cells: list[Cell]) -> list[Fact]:
    """The numeric cells of one table row written as `line`, left to right. A cell's context is the separator before
    it, the rest of its row and the start of the next line (`after`), so that it occurs once and the raw text is found
    first at the cell itself."""
    facts, at = [], 0
    for raw, unit, kind, code, as_of, top in cells:
        at = _find_cell(line, sep, raw, at)
        facts.append(F(line[at:] + "\n" + after, raw, _num(raw), unit, kind, max_value=top, as_of=as_of, code=code,
                       extra=TAB, **who))
        at += len(sep)
    return facts


def _md_line(cells: tuple[str, ...]) -> str:
    """A Markdown table row as the documents write it (an empty STT cell as "| |")."""
    return ("| " + " | ".join(cells) + " |").replace("|  |", "| |")


def _by(subject: str, level: str):
    """A row maker for one body's own figures (subject and level fixed)."""
    def make(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
        return F(context, raw, value, unit, kind, subject=subject, level=level, **kw)
    return make


def _groups(items: list[tuple[str, str]], who: dict) -> list[Fact]:
    """Group scores "x/max" named by their group's words: the group's code and maximum."""
    facts = []
    for context, raw in items:
        code, top = next(pair for words, pair in _GROUP_CODES.items() if words in context.lower())
        assert _num(raw.split("/")[1]) == top, raw
        facts.append(F(context, raw, _num(raw.split("/")[0]), "điểm", max_value=top, code=code, **who))
    return facts


# ------------------------------------------------------------ 685: UBND tỉnh Bắc Ninh, năm 2025
_H1_2025 = "2025-06-30"
_Y2024 = "2024-12-31"

# Bảng 1: (STT, row label, as_of, who, received, online %, on time %, payment %, digitisation %)
_ROWS_685 = [
    ("1", "Tỉnh Bắc Giang (cũ), 6 tháng đầu năm", _H1_2025, _OPEN, "271.418 62,84 98,12 41,26 72,48"),
    ("2", "Tỉnh Bắc Ninh (cũ), 6 tháng đầu năm", _H1_2025, _OPEN, "326.788 66,57 98,64 48,92 78,16"),
    ("3", "Tỉnh Bắc Ninh, 6 tháng cuối năm", "period", _NULL, "688.209 77,09 99,35 64,91 88,96"),
    ("", "Cả năm 2025", "period", _NULL, "1.286.415 71,41 98,93 55,86 82,74"),
]


def _table_685() -> list[Fact]:
    """Bảng 1 (Markdown): the former provinces' first half (rows dated 2025-06-30, kind value, subject and level
    unchecked), the province's second half and the whole year (subject NULL, period end); each column's code."""
    facts = []
    units = ("hồ sơ", "%", "%", "%", "%")
    codes = (_TN, _NOP, _DH, _TT, _SH)
    for i, (stt, label, as_of, who, raws) in enumerate(_ROWS_685):
        values = raws.split()
        line = _md_line((stt, label, *values))
        after = (_md_line(_ROWS_685[i + 1][:2]).rsplit(" |", 1)[0] if i + 1 < len(_ROWS_685)
                 else "\nSau sắp xếp")
        facts += _cells(line, " | ", after, who, [(raw, unit, P, code, as_of, None)
                                                  for raw, unit, code in zip(values, units, codes, strict=True)])
    return facts


BLIND_685 = [
    # I. the province's units and TTHC (61/2018/NĐ-CP, 9468/VPCP-KSTT cited; "hai tỉnh" in words)
    F("có 99 đơn vị", "99", 99, "đơn vị", C, code=None, **_CAP_XA),
    F("(66 xã", "66", 66, "xã", C, code=None, **_IN_XA),
    F("33 phường)", "33", 33, "phường", C, code=None, **_IN_XA),
    F("và 19 cơ quan", "19", 19, "đơn vị", C, code=None, **_IN_TINH),
    F("ban hành 58 quyết định", "58", 58, "quyết định", C, code=None, **_OPEN),
    F("là 1.946 TTHC", "1.946", 1946, "TTHC", C, code=_TTHC, **_NULL),
    F("(cấp tỉnh 1.612 TTHC", "1.612", 1612, "TTHC", C, code=ANY, **_CAP_TINH),
    F("cấp xã 334 TTHC", "334", 334, "TTHC", C, code=ANY, **_CAP_XA),
    F("trong đó 1.128 TTHC", "1.128", 1128, "TTHC", C, code=_TOAN, **_NULL),
    F("chiếm 57,97%", "57,97%", 57.97, "%", code=_TOAN, **_NULL),
    F("và 702 TTHC", "702", 702, "TTHC", C, code=_MOT, **_NULL),
    # II.1 the year's files; the halves and the former provinces' first half (dated 2025-06-30)
    F("tiếp nhận 1.286.415 hồ sơ", "1.286.415", 1286415, "hồ sơ", C, code=_TN, **_NULL),
    F("tăng 9,84%", "9,84%", 9.84, "%", CH, code=ANY, **_NULL),
    F("(1.171.178 hồ sơ", "1.171.178", 1171178, "hồ sơ", PR, as_of=_Y2024, code=_TN, **_OPEN),
    F("tiếp nhận 598.206 hồ sơ", "598.206", 598206, "hồ sơ", C, as_of=_H1_2025, code=_TN, **_NULL),
    F("Giang cũ 271.418 hồ sơ", "271.418", 271418, "hồ sơ", C, as_of=_H1_2025, code=_TN, **_OPEN),
    F("Ninh cũ 326.788 hồ sơ", "326.788", 326788, "hồ sơ", C, as_of=_H1_2025, code=_TN, **_OPEN),
    F("tiếp nhận 688.209 hồ sơ", "688.209", 688209, "hồ sơ", C, code=_TN, **_NULL),
    F("là 918.642 hồ sơ", "918.642", 918642, "hồ sơ", C, code=_NOP, **_NULL),
    F("chiếm 71,41%", "71,41%", 71.41, "%", code=_NOP, target=80, stated_status="chưa đạt", **_NULL),
    F("(năm 2024: 58,36%)", "58,36%", 58.36, "%", PR, as_of=_Y2024, code=_NOP, **_OPEN),
    F("tăng 13,05 điểm", "13,05", 13.05, "%", CH, code=ANY, **_NULL),
    F("năm 2025 là 80%", "80%", 80, "%", T, as_of="2025-12-31", code=_NOP, **_NULL),
    F("giải quyết 1.262.384 hồ sơ", "1.262.384", 1262384, "hồ sơ", C, code=ANY, **_NULL),
    F("đúng hạn 1.248.917 hồ sơ", "1.248.917", 1248917, "hồ sơ", C, code=_DH, **_NULL),
    F("đạt 98,93%", "98,93%", 98.93, "%", code=_DH, **_NULL),
    F("quá hạn 13.467 hồ sơ", "13.467", 13467, "hồ sơ", C, code=_QH, **_NULL),
    F("chiếm 1,07%", "1,07%", 1.07, "%", code=_QH, **_NULL),
    F("giải quyết 24.031 hồ sơ", "24.031", 24031, "hồ sơ", C, code=ANY, **_NULL),
    # II.2 the table by half and former province; the halves compared
    *_table_685(),
    F("năm (77,09%)", "77,09%", 77.09, "%", code=_NOP, **_NULL),
    F("cao hơn 12,21 điểm", "12,21", 12.21, "%", CH, code=ANY, **_NULL),
    F("(64,88%, tính chung", "64,88%", 64.88, "%", PR, as_of=_H1_2025, code=_NOP, **_OPEN),
    # II.3 levels; the communes without late files; the commune with most late files
    F("tiếp nhận 246.318 hồ sơ", "246.318", 246318, "hồ sơ", C, code=_TN, **_CAP_TINH),
    F("đạt 99,52%", "99,52%", 99.52, "%", code=_DH, **_CAP_TINH),
    F("tiếp nhận 1.040.097 hồ sơ", "1.040.097", 1040097, "hồ sơ", C, code=_TN, **_CAP_XA),
    F("đạt 98,79%", "98,79%", 98.79, "%", code=_DH, **_CAP_XA),
    F("87/99 xã", "87/99", 87, "xã", C, max_value=99, code=None, **_IN_XA),
    F("12 xã, phường còn", "12", 12, "xã", C, code=None, **_IN_XA),
    F("(186 hồ sơ)", "186", 186, "hồ sơ", C, subject="xã Tuấn Đạo", level="xã", code=_QH),
    # II.4 payment, money, digitisation, e-results, reuse
    F("cả năm đạt 55,86%", "55,86%", 55.86, "%", code=_TT, **_NULL),
    F("là 186,42 tỷ đồng", "186,42", 186.42, "tỷ đồng", code=ANY, **_NULL),
    F("hồ sơ đạt 82,74%", "82,74%", 82.74, "%", code=_SH, **_NULL),
    F("điện tử đạt 96,18%", "96,18%", 96.18, "%", code=_KQ, **_NULL),
    F("số hóa đạt 41,36%", "41,36%", 41.36, "%", code=_TSD, **_NULL),
    # III. PAKN, satisfaction; the former provinces' 766 of tháng 6/2025 (stated alone), the province's tháng
    # 12/2025 (the period's last month) and its six groups
    F("tiếp nhận 1.214 PAKN", "1.214", 1214, "PAKN", C, code=_PAKN_TN, **_NULL),
    F("xử lý 1.198 PAKN", "1.198", 1198, "PAKN", C, code=ANY, **_NULL),
    F("đạt 98,68%", "98,68%", 98.68, "%", code=ANY, **_NULL),
    F("TTHC đạt 93,46%", "93,46%", 93.46, "%", code=_HL, **_NULL),
    F("đạt 84,12/100", "84,12/100", 84.12, "điểm", max_value=100, as_of=_H1_2025, code=_TONG, **_OPEN),
    F("xếp thứ 18/63", "18/63", 18, "hạng", R, max_value=63, as_of=_H1_2025, code=_HANG, **_OPEN),
    F("đạt 86,74/100", "86,74/100", 86.74, "điểm", max_value=100, as_of=_H1_2025, code=_TONG, **_OPEN),
    F("xếp thứ 9/63", "9/63", 9, "hạng", R, max_value=63, as_of=_H1_2025, code=_HANG, **_OPEN),
    F("đạt 88,26/100", "88,26/100", 88.26, "điểm", max_value=100, code=_TONG, **_NULL),
    F("xếp thứ 6/34", "6/34", 6, "hạng", R, max_value=34, code=_HANG, **_NULL),
    *_groups([("công khai, minh bạch 17,26/18", "17,26/18"), ("tiến độ, kết quả giải quyết 19,42/20", "19,42/20"),
              ("dịch vụ công trực tuyến 10,84/12", "10,84/12"), ("thanh toán trực tuyến 8,16/10", "8,16/10"),
              ("mức độ hài lòng 17,02/18", "17,02/18"), ("số hóa hồ sơ 15,56/22", "15,56/22")], _NULL),
    # IV. task 2's target of the two named communes for quý I/2026 (address, phone no figures)
    F("tối thiểu 98%", "98%", 98, "%", T, as_of="2026-03-31", code=_DH, **_IN_XA),
]

# ------------------------------------------------------------ 686: UBND xã Định Hóa (Thái Nguyên), quý III năm 2025
_DHX = "UBND xã Định Hóa"
_dhx = _by(_DHX, "xã")

# the dash list of reception points: (context of the count, raw count, online share, who)
_POINTS_686 = [
    ("cũ): 1.612 hồ sơ", "1.612", "74,07%", _IN_XA),
    ("Phúc Chu: 386 hồ sơ", "386", "66,32%", {"subject": "Điểm tiếp nhận Phúc Chu", "level": ANY}),
    ("Bảo Linh: 412 hồ sơ", "412", "64,81%", {"subject": "Điểm tiếp nhận Bảo Linh", "level": ANY}),
    ("Đồng Thịnh: 436 hồ sơ", "436", "69,04%", {"subject": "Điểm tiếp nhận Đồng Thịnh", "level": ANY}),
]


def _points_686() -> list[Fact]:
    """The dash list of the head office and the three reception points at the old communes' seats: received files
    (received code) and online share (online code)."""
    facts = []
    for context, raw, share, who in _POINTS_686:
        facts.append(F(context, raw, _num(raw), "hồ sơ", C, code=_TN, **who))
        facts.append(F(f"trực tuyến {share}", share, _num(share), "%", code=_NOP, **who))
    return facts


BLIND_686 = [
    # I. the commune (146/KH-UBND cited; "3 tháng đầu" in the title no figure)
    F("có 52 xóm", "52", 52, "xóm", C, code=None, **_IN_XA),
    F("với 8.412 hộ", "8.412", 8412, "hộ", C, code=ANY, **_IN_XA),
    F("31.628 nhân khẩu", "31.628", 31628, "nhân khẩu", C, code=ANY, **_IN_XA),
    F("gồm 04 phòng", "04", 4, "phòng", C, code=None, **_IN_XA),
    _dhx("là 46 người", "46", 46, "người", C, code=ANY),
    F("trong đó 12 người", "12", 12, "người", C, code=ANY, **_IN_XA),
    _dhx("thực hiện 318 TTHC", "318", 318, "TTHC", C, code=_TTHC),
    _dhx("trong đó 206 TTHC", "206", 206, "TTHC", C, code=_TOAN),
    _dhx("112 TTHC", "112", 112, "TTHC", C, code=_MOT),
    # II.1 files against the predecessors' quý II (dated 2025-06-30), channels, results
    _dhx("tiếp nhận 2.846 hồ sơ", "2.846", 2846, "hồ sơ", C, code=_TN),
    _dhx("bình quân 949", "949", 949, "hồ sơ", code=ANY),
    F("của 04 đơn vị", "04", 4, "đơn vị", C, code=None, **_IN_XA),
    F("sắp xếp: 2.312 hồ sơ", "2.312", 2312, "hồ sơ", PR, as_of="2025-06-30", code=_TN, **_IN_XA),
    _dhx("tăng 534 hồ sơ", "534", 534, "hồ sơ", CH, code=ANY),
    _dhx("tăng 23,10%", "23,10%", 23.1, "%", CH, code=ANY),
    _dhx("trực tuyến 2.018 hồ sơ", "2.018", 2018, "hồ sơ", C, code=_NOP),
    _dhx("chiếm 70,91%", "70,91%", 70.91, "%", code=_NOP),
    _dhx("trực tiếp 764 hồ sơ", "764", 764, "hồ sơ", C, code=_NTT),
    _dhx("chiếm 26,84%", "26,84%", 26.84, "%", code=_NTT),
    _dhx("công ích 64 hồ sơ", "64", 64, "hồ sơ", C, code=ANY),
    _dhx("chiếm 2,25%", "2,25%", 2.25, "%", code=ANY),
    _dhx("giải quyết 2.712 hồ sơ", "2.712", 2712, "hồ sơ", C, code=ANY),
    _dhx("đúng hạn 2.689 hồ sơ", "2.689", 2689, "hồ sơ", C, code=_DH),
    _dhx("đạt 99,15%", "99,15%", 99.15, "%", code=_DH),
    _dhx("quá hạn 23 hồ sơ", "23", 23, "hồ sơ", C, code=_QH),
    _dhx("giải quyết 134 hồ sơ", "134", 134, "hồ sơ", C, code=ANY),
    F("(19 hồ sơ)", "19", 19, "hồ sơ", C, code=ANY, **_IN_XA),
    _dhx("ban hành 23 văn bản", "23", 23, "văn bản", C, code=ANY),
    # the reception points
    F("duy trì 03 điểm", "03", 3, "điểm tiếp nhận", C, code=None, **_OPEN),
    *_points_686(),
    F("lần lượt là 81,25%", "81,25%", 81.25, "%", subject="Điểm tiếp nhận Phúc Chu", level=ANY, code=_SH),
    F("81,25%, 79,61%", "79,61%", 79.61, "%", subject="Điểm tiếp nhận Bảo Linh", level=ANY, code=_SH),
    F("và 83,49%", "83,49%", 83.49, "%", subject="Điểm tiếp nhận Đồng Thịnh", level=ANY, code=_SH),
    # II.2 payment against the year's target (dated 2025-12-31), digitisation, e-results
    _dhx("Có 1.126 hồ sơ", "1.126", 1126, "hồ sơ", C, code=ANY),
    _dhx("trong đó 684 hồ sơ", "684", 684, "hồ sơ", C, code=_TT),
    _dhx("đạt 60,75%", "60,75%", 60.75, "%", code=_TT, target=70, stated_status="chưa đạt"),
    _dhx("năm 2025 là 70%", "70%", 70, "%", T, as_of="2025-12-31", code=_TT),
    _dhx("của xã đạt 86,42%", "86,42%", 86.42, "%", code=_SH),
    _dhx("điện tử đạt 92,18%", "92,18%", 92.18, "%", code=_KQ),
    # II.3 Đề án 06 ("mức độ 2", "từ đủ 14 tuổi" no figures); the community digital teams
    F("kích hoạt 2.614 tài khoản", "2.614", 2614, "tài khoản", C, subject="Công an xã", level="xã", code=ANY),
    _dhx("lên 24.186 tài khoản", "24.186", 24186, "tài khoản", C, code=_TK),
    _dhx("đạt 87,32%", "87,32%", 87.32, "%", code=_TK),
    F("tại 52/52 xóm", "52/52", 52, "xóm", C, max_value=52, code=None, **_IN_XA),
    F("với 218 thành viên", "218", 218, "thành viên", C, code=ANY, **_IN_XA),
    F("hỗ trợ 3.412 lượt", "3.412", 3412, "lượt", C, code=ANY, **_IN_XA),
    # II.4 PAKN, satisfaction, the commune's 766 of tháng 9/2025 (tháng 8/2025 dated 2025-08-31), the block average
    _dhx("tiếp nhận 18 PAKN", "18", 18, "PAKN", C, code=_PAKN_TN),
    _dhx("xử lý 17/18 PAKN", "17/18", 17, "PAKN", C, max_value=18, code=ANY),
    _dhx("còn 01 PAKN", "01", 1, "PAKN", C, code=ANY),
    _dhx("TTHC đạt 91,24%", "91,24%", 91.24, "%", code=_HL),
    _dhx("đạt 79,36/100", "79,36/100", 79.36, "điểm", max_value=100, code=_TONG),
    _dhx("xếp thứ 41/92", "41/92", 41, "hạng", R, max_value=92, code=_HANG),
    _dhx("tăng 12 bậc", "12", 12, "hạng", CH, code=_HANG),
    _dhx("(xếp thứ 53/92)", "53/92", 53, "hạng", PR, max_value=92, as_of="2025-08-31", code=_HANG),
    F("khối xã đạt 78,12", "78,12", 78.12, "điểm", code=_TONG, **_IN_XA),
    # III. task 2's target for quý IV/2025 (phone no figure)
    F("tối thiểu 70%", "70%", 70, "%", T, as_of="2025-12-31", code=_TT, **_IN_XA),
]

# ------------------------------------------------------------ 687: Trung tâm Phục vụ hành chính công tỉnh Khánh Hòa,
# tháng 3 năm 2026 (tab-separated table)
_TTPV = "Trung tâm Phục vụ hành chính công tỉnh"
_tt = _by(_TTPV, "tỉnh")
_FEB_2026 = "2026-02-28"

# Bảng 1: (STT, place, who, received, online %, settled, on time %, overdue)
_ROWS_687 = [
    ("1", "Trụ sở chính (phường Nha Trang)", _IN_TINH, "9.846 85,04 9.512 99,62 36"),
    ("2", "Chi nhánh Phan Rang", None, "5.214 78,46 4.986 99,18 41"),
    ("3", "Chi nhánh Cam Ranh", None, "3.418 80,34 3.286 99,39 20"),
    ("4", "Điểm phục vụ xã Vạn Ninh", None, "842 72,45 806 99,50 4"),
    ("5", "Điểm phục vụ xã Diên Khánh", None, "1.026 76,22 984 99,19 8"),
    ("6", "Điểm phục vụ xã Ninh Hải", None, "486 68,31 468 99,57 2"),
    ("7", "Điểm phục vụ xã Khánh Sơn", None, "312 61,54 298 99,66 1"),
    ("8", "Điểm phục vụ xã Bác Ái", None, "342 56,14 274 100 0"),
    ("", "Tổng cộng", {"subject": _TTPV, "level": "tỉnh"}, "21.486 80,60 20.614 99,46 112"),
]


def _table_687() -> list[Fact]:
    """Bảng 1 (tab-separated): the head office (subject unchecked, level tỉnh), each branch and service point as
    written (level unchecked), "Tổng cộng" the Centre; received (received code), online share (online code), settled
    (unchecked), on-time share (on-time code), overdue (overdue code)."""
    facts = []
    units = ("hồ sơ", "%", "hồ sơ", "%", "hồ sơ")
    codes = (_TN, _NOP, ANY, _DH, _QH)
    for i, (stt, place, who, raws) in enumerate(_ROWS_687):
        values = raws.split()
        line = "\t".join((stt, place, *values))
        after = "\t".join(_ROWS_687[i + 1][:2]) if i + 1 < len(_ROWS_687) else "\nChi nhánh Phan Rang có"
        facts += _cells(line, "\t", after, who or {"subject": place, "level": ANY},
                        [(raw, unit, P, code, "period", None) for raw, unit, code in zip(values, units, codes,
                                                                                        strict=True)])
    return facts


BLIND_687 = [
    # I. the Centre (1875/QĐ-UBND cited; "số 01 đường Trần Phú" an address; "hai chi nhánh" in words)
    F("02 chi nhánh", "02", 2, "chi nhánh", C, code=None, **_OPEN),
    F("và 05 điểm phục vụ", "05", 5, "điểm phục vụ", C, code=None, **_OPEN),
    F("có 21 cơ quan", "21", 21, "đơn vị", C, code=None, **_IN_TINH),
    _tt("cử 86 công chức", "86", 86, "công chức", C, code=ANY),
    _tt("tại 54 quầy", "54", 54, "quầy", C, code=ANY),
    # II.1 the Centre's files (tháng 02/2026 dated 2026-02-28)
    _tt("tiếp nhận 21.486 hồ sơ", "21.486", 21486, "hồ sơ", C, code=_TN),
    _tt("(tháng 02/2026: 16.912 hồ sơ)", "16.912", 16912, "hồ sơ", PR, as_of=_FEB_2026, code=_TN),
    _tt("tăng 4.574 hồ sơ", "4.574", 4574, "hồ sơ", CH, code=ANY),
    _tt("tăng 27,05%", "27,05%", 27.05, "%", CH, code=ANY),
    _tt("tuyến 17.318 hồ sơ", "17.318", 17318, "hồ sơ", C, code=_NOP),
    _tt("chiếm 80,60%", "80,60%", 80.6, "%", code=_NOP),
    _tt("giải quyết 20.614 hồ sơ", "20.614", 20614, "hồ sơ", C, code=ANY),
    _tt("đúng hạn 20.502 hồ sơ", "20.502", 20502, "hồ sơ", C, code=_DH),
    _tt("đạt 99,46%", "99,46%", 99.46, "%", code=_DH),
    _tt("quá hạn 112 hồ sơ", "112", 112, "hồ sơ", C, code=_QH),
    _tt("chiếm 0,54%", "0,54%", 0.54, "%", code=_QH),
    *_table_687(),
    # after the table: the branch and the point named; the points' average; postal files by place
    F("nhiều nhất (41 hồ sơ)", "41", 41, "hồ sơ", C, subject="Chi nhánh Phan Rang", level=ANY, code=_QH),
    F("thấp nhất (56,14%)", "56,14%", 56.14, "%", subject="Điểm phục vụ xã Bác Ái", level=ANY, code=_NOP),
    F("tiếp nhận 602 hồ sơ", "602", 602, "hồ sơ", code=ANY, **_OPEN),
    F("lần lượt là 214", "214", 214, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("214, 168", "168", 168, "hồ sơ", C, subject="Chi nhánh Phan Rang", level=ANY, code=ANY),
    F("và 96 hồ sơ", "96", 96, "hồ sơ", C, subject="Chi nhánh Cam Ranh", level=ANY, code=ANY),
    # II.2 payment, money, digitisation (tháng 02/2026 dated 2026-02-28), e-results, ratings, PAKN, calls
    # ("Tổng đài 1022" no figure); the province's 766 of tháng 3/2026
    _tt("là 8.412 hồ sơ", "8.412", 8412, "hồ sơ", C, code=ANY),
    _tt("tuyến 6.186 hồ sơ", "6.186", 6186, "hồ sơ", C, code=_TT),
    _tt("đạt 73,54%", "73,54%", 73.54, "%", code=_TT),
    _tt("là 4,86 tỷ đồng", "4,86", 4.86, "tỷ đồng", code=ANY),
    _tt("hồ sơ đạt 94,28%", "94,28%", 94.28, "%", code=_SH),
    _tt("(tháng 02/2026: 91,76%)", "91,76%", 91.76, "%", PR, as_of=_FEB_2026, code=_SH),
    _tt("điện tử đạt 97,12%", "97,12%", 97.12, "%", code=_KQ),
    _tt("Có 18.642 lượt", "18.642", 18642, "lượt", C, code=ANY),
    _tt("đó 18.486 lượt", "18.486", 18486, "lượt", C, code=ANY),
    _tt("đạt 99,16%", "99,16%", 99.16, "%", code=_HL),
    _tt("tiếp nhận 09 PAKN", "09", 9, "PAKN", C, code=_PAKN_TN),
    _tt("trả lời 09/09 PAKN", "09/09", 9, "PAKN", C, max_value=9, code=ANY),
    _tt("hỗ trợ 1.248 cuộc gọi", "1.248", 1248, "cuộc gọi", C, code=ANY),
    F("đạt 85,74/100", "85,74/100", 85.74, "điểm", max_value=100, code=_TONG, **_NULL),
    F("xếp thứ 12/34", "12/34", 12, "hạng", R, max_value=34, code=_HANG, **_NULL),
    F("đạt 19,38/20", "19,38/20", 19.38, "điểm", max_value=20, code="766.tien_do", **_NULL),
    # III. task 1's count repeated (the branch); task 2's target of two named points for quý II/2026 (phone no figure)
    F("dứt điểm 41 hồ sơ", "41", 41, "hồ sơ", C, subject="Chi nhánh Phan Rang", level=ANY, code=ANY),
    F("tối thiểu 65%", "65%", 65, "%", T, as_of="2026-06-30", code=_NOP, **_OPEN),
]

# ------------------------------------------------------------ 688: Sở Nội vụ thành phố Hải Phòng, quý I năm 2026
# (Markdown table of communes)
_snv = _by("Sở Nội vụ", "tỉnh")
_Q4_2025 = "2025-12-31"
_UBND_XA = {"subject": "UBND các xã, phường, đặc khu", "level": "xã"}

# Bảng 1: (STT, unit, received, on time, late, on-time share)
_ROWS_688 = [
    ("1", "Phường Hồng Bàng", "18.642 17.418 18 99,90"),
    ("2", "Phường Lê Chân", "16.418 15.796 22 99,86"),
    ("3", "Phường Ngô Quyền", "15.206 14.692 14 99,90"),
    ("4", "Phường Hải Dương", "14.872 13.941 31 99,78"),
    ("5", "Phường Thủy Nguyên", "12.846 12.100 46 99,62"),
    ("6", "Xã Thanh Hà", "4.218 4.020 38 99,06"),
    ("7", "Xã Ninh Giang", "3.946 3.642 184 95,19"),
    ("8", "Đặc khu Cát Hải", "2.614 2.528 6 99,76"),
    ("9", "Đặc khu Bạch Long Vĩ", "46 44 0 100"),
    ("10", "Các đơn vị còn lại", "323.810 310.005 3.867 98,77"),
    ("", "Tổng cộng", "412.618 394.186 4.226 98,94"),
]


def _table_688() -> list[Fact]:
    """Bảng 1 (Markdown, by commune): each unit as written, level xã; "Các đơn vị còn lại" subject unchecked; "Tổng
    cộng" `cấp xã`. Received (received code), on time (on-time code), late (overdue code), on-time share."""
    facts = []
    units = ("hồ sơ", "hồ sơ", "hồ sơ", "%")
    codes = (_TN, _DH, _QH, _DH)
    for i, (stt, name, raws) in enumerate(_ROWS_688):
        values = raws.split()
        line = _md_line((stt, name, *values))
        after = (_md_line(_ROWS_688[i + 1][:2]).rsplit(" |", 1)[0] if i + 1 < len(_ROWS_688)
                 else "\nTheo tiêu chí")
        who = _CAP_XA if not stt else _IN_XA if name == "Các đơn vị còn lại" else {"subject": name, "level": "xã"}
        facts += _cells(line, " | ", after, who, [(raw, unit, P, code, "period", None)
                                                  for raw, unit, code in zip(values, units, codes, strict=True)])
    return facts


BLIND_688 = [
    # 1. units and staff (812/UBND-NC cited)
    F("có 114 đơn vị", "114", 114, "đơn vị", C, code=None, **_CAP_XA),
    F("(45 phường", "45", 45, "phường", C, code=None, **_IN_XA),
    F("67 xã", "67", 67, "xã", C, code=None, **_IN_XA),
    F("02 đặc khu)", "02", 2, "đặc khu", C, code=None, **_IN_XA),
    F("114/114 đơn vị", "114/114", 114, "đơn vị", C, max_value=114, code=None, **_IN_XA),
    F("là 1.026 người", "1.026", 1026, "người", C, code=ANY, **_IN_XA),
    F("bình quân 9 người", "9", 9, "người", code=ANY, **_IN_XA),
    F("có 17 đơn vị", "17", 17, "đơn vị", C, code=None, **_IN_XA),
    # 2. the level's files (quý IV năm 2025 dated 2025-12-31)
    F("tiếp nhận 412.618 hồ sơ", "412.618", 412618, "hồ sơ", C, code=_TN, **_CAP_XA),
    F("tuyến 318.246 hồ sơ", "318.246", 318246, "hồ sơ", C, code=_NOP, **_CAP_XA),
    F("chiếm 77,13%", "77,13%", 77.13, "%", code=_NOP, **_CAP_XA),
    F("giải quyết 398.412 hồ sơ", "398.412", 398412, "hồ sơ", C, code=ANY, **_CAP_XA),
    F("đúng hạn 394.186 hồ sơ", "394.186", 394186, "hồ sơ", C, code=_DH, **_CAP_XA),
    F("đạt 98,94%", "98,94%", 98.94, "%", code=_DH, **_CAP_XA),
    F("quá hạn 4.226 hồ sơ", "4.226", 4226, "hồ sơ", C, code=_QH, **_CAP_XA),
    F("chiếm 1,06%", "1,06%", 1.06, "%", code=_QH, **_CAP_XA),
    F("(386.214 hồ sơ)", "386.214", 386214, "hồ sơ", PR, as_of=_Q4_2025, code=_TN, **_CAP_XA),
    F("tăng 6,84%", "6,84%", 6.84, "%", CH, code=ANY, **_CAP_XA),
    F("tăng 0,62 điểm", "0,62", 0.62, "%", CH, code=ANY, **_CAP_XA),
    F("(quý IV năm 2025: 98,32%)", "98,32%", 98.32, "%", PR, as_of=_Q4_2025, code=_DH, **_CAP_XA),
    *_table_688(),
    # grades; the commune's share of the level's late files
    F("thành phố, 64 đơn vị", "64", 64, "đơn vị", C, code=None, **_IN_XA),
    F("Tốt, 38 đơn vị", "38", 38, "đơn vị", C, code=None, **_IN_XA),
    F("Khá, 12 đơn vị", "12", 12, "đơn vị", C, code=None, **_IN_XA),
    F("chiếm 4,35%", "4,35%", 4.35, "%", subject="Xã Ninh Giang", level="xã", code=ANY),
    # 3. digitisation, payment against the 2026 target in brackets (dated 2026-12-31), PAKN, satisfaction
    F("cấp xã đạt 83,26%", "83,26%", 83.26, "%", code=_SH, **_CAP_XA),
    F("cấp xã đạt 61,48%", "61,48%", 61.48, "%", code=_TT, target=75, stated_status="chưa đạt", **_CAP_XA),
    F("(75%)", "75%", 75, "%", T, as_of="2026-12-31", code=_TT, **_CAP_XA),
    F("tiếp nhận 386 PAKN", "386", 386, "PAKN", C, code=_PAKN_TN, **_UBND_XA),
    F("xử lý 372 PAKN", "372", 372, "PAKN", C, code=ANY, **_UBND_XA),
    F("đạt 96,37%", "96,37%", 96.37, "%", code=ANY, **_UBND_XA),
    F("cấp xã đạt 92,86%", "92,86%", 92.86, "%", code=_HL, **_CAP_XA),
    # the Sở's inspections and training; the city's 766 of tháng 3/2026
    F("tại 12 xã", "12", 12, "xã", C, code=None, **_IN_XA),
    _snv("chức 04 lớp", "04", 4, "lớp", C, code=ANY),
    F("cho 468 công chức", "468", 468, "công chức", C, code=ANY, **_OPEN),
    F("đạt 87,12/100", "87,12/100", 87.12, "điểm", max_value=100, code=_TONG, **_NULL),
    F("xếp thứ 7/34", "7/34", 7, "hạng", R, max_value=34, code=_HANG, **_NULL),
    # 4. task b)'s target of the units graded Trung bình for quý II/2026 (address, phone no figures)
    F("tối thiểu 98%", "98%", 98, "%", T, as_of="2026-06-30", code=_DH, **_IN_XA),
]

# ------------------------------------------------------------ 689: Văn phòng UBND tỉnh Lào Cai, quý II năm 2026
# (ranking of communes)
_Q1_2026 = "2026-03-31"

# the ranked units: (unit as written, score context, raw score, rank context, raw rank)
_RANKED_689 = [
    ("Phường Lào Cai", "Cai: 94,62/100", "94,62/100", "điểm, xếp thứ 1/99", "1/99"),
    ("Phường Yên Bái", "Bái: 93,84/100", "93,84/100", "điểm, xếp thứ 2/99", "2/99"),
    ("Phường Cam Đường", "Đường: 92,46/100", "92,46/100", "xếp thứ 3/99", "3/99"),
    ("Xã Bảo Thắng", "Thắng: 91,72/100", "91,72/100", "xếp thứ 4/99", "4/99"),
    ("Phường Sa Pa", "Pa: 91,08/100", "91,08/100", "xếp thứ 5/99", "5/99"),
    ("Xã Y Tý", "Tý: 68,14/100", "68,14/100", "xếp thứ 95/99", "95/99"),
    ("Xã Bản Xèo", "Xèo: 67,52/100", "67,52/100", "xếp thứ 96/99", "96/99"),
    ("Xã Mù Cang Chải", "Chải: 66,86/100", "66,86/100", "xếp thứ 97/99", "97/99"),
    ("Xã Trạm Tấu", "Tấu: 65,38/100", "65,38/100", "xếp thứ 98/99", "98/99"),
    ("Xã Púng Luông", "Luông: 63,12/100", "63,12/100", "xếp thứ 99/99", "99/99"),
]


def _ranked_689() -> list[Fact]:
    """The numbered list of the first five and the dash list of the last five: each unit as written, level xã, its
    766 total (max 100) and rank among the province's 99 communes and wards."""
    facts = []
    for name, score_context, score, rank_context, rank in _RANKED_689:
        who = {"subject": name, "level": "xã"}
        facts.append(F(score_context, score, _num(score.split("/")[0]), "điểm", max_value=100, code=_TONG, **who))
        facts.append(F(rank_context, rank, _num(rank.split("/")[0]), "hạng", R, max_value=99, code=_HANG, **who))
    return facts


def _unit(name: str) -> dict:
    return {"subject": name, "level": "xã"}


BLIND_689 = [
    # the units ranked (766/QĐ-TTg, 1214/QĐ-UBND cited)
    F("xếp hạng 99 xã", "99", 99, "xã", C, code=None, **_IN_XA),
    # 1. the province (quý I năm 2026 dated 2026-03-31, on the /100 scale)
    F("đạt 83,48/100", "83,48/100", 83.48, "điểm", max_value=100, code=_TONG, **_NULL),
    F("xếp thứ 19/34", "19/34", 19, "hạng", R, max_value=34, code=_HANG, **_NULL),
    F("tăng 2,16 điểm", "2,16", 2.16, "điểm", CH, code=_TONG, **_NULL),
    F("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG, **_NULL),
    F("(81,32 điểm", "81,32", 81.32, "điểm", PR, max_value=100, as_of=_Q1_2026, code=_TONG, **_NULL),
    F("xếp thứ 23/34)", "23/34", 23, "hạng", PR, max_value=34, as_of=_Q1_2026, code=_HANG, **_NULL),
    # 2. the level, its blocks and groups; grades; components ("ba nhóm" in words)
    F("cấp xã đạt 80,26", "80,26", 80.26, "điểm", code=_TONG, **_CAP_XA),
    F("khối phường đạt 86,74", "86,74", 86.74, "điểm", code=_TONG, **_IN_XA),
    F("khối xã đạt 79,53", "79,53", 79.53, "điểm", code=_TONG, **_IN_XA),
    *_groups([("Công khai, minh bạch: 15,86/18", "15,86/18"), ("Tiến độ, kết quả giải quyết: 18,42/20", "18,42/20"),
              ("Dịch vụ công trực tuyến: 9,64/12", "9,64/12"), ("Thanh toán trực tuyến: 6,48/10", "6,48/10"),
              ("Số hóa hồ sơ: 14,12/22", "14,12/22"), ("Mức độ hài lòng: 15,74/18", "15,74/18")], _CAP_XA),
    F("(64,80%", "64,80%", 64.8, "%", code=ANY, **_CAP_XA),
    F("14 đơn vị Xuất sắc", "14", 14, "đơn vị", C, code=None, **_IN_XA),
    F("41 đơn vị Tốt", "41", 41, "đơn vị", C, code=None, **_IN_XA),
    F("36 đơn vị Khá", "36", 36, "đơn vị", C, code=None, **_IN_XA),
    F("08 đơn vị Trung bình", "08", 8, "đơn vị", C, code=None, **_IN_XA),
    F("tăng 05 đơn vị", "05", 5, "đơn vị", CH, code=None, **_IN_XA),
    F("cấp xã đạt 74,26%", "74,26%", 74.26, "%", code=_NOP, **_CAP_XA),
    F("có 23/99 xã", "23/99", 23, "xã", C, max_value=99, code=None, **_IN_XA),
    F("năm 2026 là 70%", "70%", 70, "%", T, as_of="2026-12-31", code=_NOP, **_IN_XA),
    F("cấp xã đạt 58,62%", "58,62%", 58.62, "%", code=_TT, **_CAP_XA),
    F("tăng 7,14 điểm", "7,14", 7.14, "%", CH, code=ANY, **_CAP_XA),
    F("(51,48%)", "51,48%", 51.48, "%", PR, as_of=_Q1_2026, code=_TT, **_CAP_XA),
    F("cấp xã đạt 71,36%", "71,36%", 71.36, "%", code=_SH, **_CAP_XA),
    # 3. the ranked lists; the quý I ranks (dated 2026-03-31) and the changes of single units
    *_ranked_689(),
    F("(quý I: xếp thứ 2/99)", "2/99", 2, "hạng", PR, max_value=99, as_of=_Q1_2026, code=_HANG,
      **_unit("Phường Lào Cai")),
    F("(quý I: xếp thứ 1/99)", "1/99", 1, "hạng", PR, max_value=99, as_of=_Q1_2026, code=_HANG,
      **_unit("Phường Yên Bái")),
    F("tăng 11 bậc", "11", 11, "hạng", CH, code=_HANG, **_unit("Xã Bảo Thắng")),
    F("giảm 9 bậc", "9", -9, "hạng", CH, code=_HANG, **_unit("Xã Bản Xèo")),
    F("giảm 0,84 điểm", "0,84", -0.84, "điểm", CH, code=_TONG, **_unit("Xã Púng Luông")),
    F("(63,96 điểm)", "63,96", 63.96, "điểm", PR, max_value=100, as_of=_Q1_2026, code=_TONG,
      **_unit("Xã Púng Luông")),
    F("2026: 61/99 xã", "61/99", 61, "xã", C, max_value=99, code=None, **_IN_XA),
    F("điểm: 38 xã", "38", 38, "xã", C, code=None, **_IN_XA),
    F("chi tiết 99 xã", "99", 99, "xã", C, code=None, **_IN_XA),
    # 4. task 2's target of the communes graded Trung bình for quý III/2026 (phone no figure)
    F("tối thiểu 65%", "65%", 65, "%", T, as_of="2026-09-30", code=_TT, **_IN_XA),
]

BLIND = {"685": BLIND_685, "686": BLIND_686, "687": BLIND_687, "688": BLIND_688, "689": BLIND_689}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "685": [
        ("2026-03-31", "day", "31/3/2026", "quy trình nội bộ", "Sở Nội vụ"),
        ("2026-03-31", "quarter", "quý I năm 2026", "hồ sơ quá hạn", "UBND xã Tuấn Đạo và UBND xã Sơn Động"),
        ("2026-04-20", "day", "ngày hai mươi tháng 4 năm 2026", "Cơ sở dữ liệu quốc gia về dân cư",
         "Văn phòng UBND tỉnh"),
        ("2026-05-31", "month", "tháng 5/2026", "Cổng dịch vụ công", "Sở Khoa học và Công nghệ"),
        ("2026-12-31", "year", "năm 2026", "bưu chính công ích", "Bưu điện tỉnh Bắc Ninh"),
        # issued 14/01/2026: the first "ngày 18 hằng tháng" is 18/01/2026
        ("2026-01-18", "recurring", "18 hằng tháng", "gửi báo cáo kết quả giải quyết TTHC",
         "Các sở, ban, ngành và UBND các xã, phường"),
    ],
    "686": [
        ("2025-10-31", "day", "31/10/2025", "số hóa hồ sơ TTHC", "Văn phòng HĐND và UBND xã"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "thanh toán trực tuyến", "Phòng Kinh tế"),
        ("2025-11-30", "day", "ngày ba mươi tháng 11 năm 2025", "định danh điện tử", "Công an xã"),
        ("2025-12-31", "month", "tháng 12/2025", "quầy tiếp nhận", "Trung tâm Phục vụ hành chính công xã"),
        ("2026-12-31", "year", "năm 2026", "đường truyền", "Viễn thông Thái Nguyên"),
        # issued 06/10/2025: the first "ngày 22 hằng tháng" is 22/10/2025
        ("2025-10-22", "recurring", "22 hằng tháng", "gửi báo cáo kết quả",
         "Các phòng chuyên môn và Trung tâm Phục vụ hành chính công xã"),
    ],
    "687": [
        ("2026-04-15", "day", "15/4/2026", "hồ sơ quá hạn", "Chi nhánh Phan Rang"),
        ("2026-06-30", "quarter", "quý II năm 2026", "nộp trực tuyến",
         "Điểm phục vụ xã Bác Ái và Điểm phục vụ xã Khánh Sơn"),
        ("2026-05-15", "day", "ngày mười lăm tháng 5 năm 2026", "ki-ốt tra cứu", "Phòng Hành chính - Tổng hợp"),
        ("2026-06-30", "month", "tháng 6/2026", "bộ tiêu chí đánh giá", "Phòng Nghiệp vụ"),
        ("2026-12-31", "year", "năm 2026", "thiết bị số hóa", "Sở Khoa học và Công nghệ"),
        # issued 03/4/2026: the first "ngày 25 hằng tháng" is 25/4/2026
        ("2026-04-25", "recurring", "25 hằng tháng", "gửi báo cáo kết quả", "Các chi nhánh, điểm phục vụ"),
    ],
    "688": [
        ("2026-04-30", "day", "30/4/2026", "hồ sơ quá hạn", "UBND xã Ninh Giang"),
        ("2026-06-30", "quarter", "quý II năm 2026", "giải quyết đúng hạn",
         "UBND các đơn vị xếp loại Trung bình"),
        ("2026-05-20", "day", "ngày hai mươi tháng 5 năm 2026", "bố trí công chức",
         "Phòng Cải cách hành chính thuộc Sở Nội vụ"),
        ("2026-06-30", "month", "tháng 6/2026", "phần mềm theo dõi nhân sự", "Văn phòng Sở"),
        ("2026-12-31", "year", "năm 2026", "bổ sung biên chế", "UBND thành phố"),
        # issued 08/4/2026: the first "ngày 20 hằng tháng" is 20/4/2026
        ("2026-04-20", "recurring", "20 hằng tháng", "gửi báo cáo tình hình hoạt động",
         "UBND các xã, phường, đặc khu"),
    ],
    "689": [
        ("2026-07-25", "day", "25/7/2026", "kế hoạch khắc phục",
         "UBND các xã Y Tý, Bản Xèo, Mù Cang Chải, Trạm Tấu và Púng Luông"),
        ("2026-09-30", "quarter", "quý III năm 2026", "thanh toán trực tuyến", "UBND các xã xếp loại Trung bình"),
        ("2026-08-10", "day", "ngày mười tháng 8 năm 2026", "số hóa hồ sơ", "Trung tâm Phục vụ hành chính công tỉnh"),
        ("2026-09-30", "month", "tháng 9/2026", "công khai kết quả xếp hạng", "Phòng Kiểm soát thủ tục hành chính"),
        ("2026-12-31", "year", "năm 2026", "đường truyền", "Sở Khoa học và Công nghệ"),
        # issued 09/7/2026, after the 5th: the first "ngày 05 hằng tháng" is 05/8/2026
        ("2026-08-05", "recurring", "05 hằng tháng", "cập nhật số liệu Bộ chỉ số", "UBND các xã, phường"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 685 a report of a merged
# province's people's committee signed by a vice-chairman; 686 a report of a new commune signed by its chairman; 687 a
# report of a provincial service centre under "ỦY BAN NHÂN DÂN TỈNH KHÁNH HÒA" signed by its director; 688 a Công văn
# of a Sở of a centrally-run city whose period is named in its "V/v" line, signed by a deputy director; 689 a Thông
# báo of the provincial office under "UBND TỈNH LÀO CAI", signed by a deputy chief.
META = {
    "685": {"doc_number": "24/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-01-14",
            "province": "Bắc Ninh", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Lương Thanh Tùng"},
    "686": {"doc_number": "42/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-10-06",
            "province": "Thái Nguyên", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Ma Văn Khánh"},
    "687": {"doc_number": "86/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2026-04-03",
            "province": "Khánh Hòa", "period_label": "tháng 3 năm 2026", "period_start": "2026-03-01",
            "period_end": "2026-03-31", "signer": "Lê Thị Ngọc Hân"},
    "688": {"doc_number": "1246/SNV-CCHC", "doc_type": "Công văn", "issued_date": "2026-04-08",
            "province": "Hải Phòng", "period_label": "quý I năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-03-31", "signer": "Vũ Đức Thắng"},
    "689": {"doc_number": "186/TB-VPUBND", "doc_type": "Thông báo", "issued_date": "2026-07-09",
            "province": "Lào Cai", "period_label": "quý II năm 2026", "period_start": "2026-04-01",
            "period_end": "2026-06-30", "signer": "Hoàng Thị Thu Trang"},
}
