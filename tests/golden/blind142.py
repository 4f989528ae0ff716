"""Blind golden facts for corpus/blind142/785_quang_ninh.txt, 786_son_la.txt, 787_thai_nguyen.txt, 788_vinh_long.txt
and 789_yen_bai.txt.

The five documents were written by the developers for a hundred-and-forty-second blind measurement (CITIZENS'
FEEDBACK AND SATISFACTION IN 2025: a Văn phòng UBND tỉnh's quarterly report on PAKN by channel, field and level with
a Markdown table of the provincial bodies' PAKN; a Sở Nội vụ's SIPAS survey of the year with its five factors out of
100 and a tab-separated table ranking the departments with their rank changes; a provincial public-service centre's
Thông báo of counter ratings out of 5 by criterion and by agency, overdue files and letters of apology in a Markdown
table; a new ward's Công văn on overdue files, letters of apology and PAKN by channel; a UBND tỉnh's quarterly report
before the merger on PAKN by level, the 766 satisfaction group, the ministry's SIPAS of 2024 and a self-survey;
provinces Quảng Ninh and Sơn La, unchanged by the 1 July 2025 merger, Thái Nguyên and Vĩnh Long after it, Yên Bái
before it; periods quý III năm 2025, năm 2025, tháng 10 năm 2025, tháng 11 năm 2025 and quý I năm 2025; not real
documents), and every row below was written by reading them, before any extraction, restoration or pipeline code was
run on them. They also serve as held-out text for diacritic restoration (marks stripped, restored, compared with the
file).

Same structure and conventions as golden/blind140.py, blind139.py, blind138.py, blind137.py and blind13.py: rows use
`golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it). Prose and
list counts are kind `count`; table cells are kind `value` even when they count, with `extra={"source": "table"}`
(rank cells kind `rank` without max_value where the header writes none; signed change cells kind `change`, the raw as
the cell writes it, "+1" read 1, "-2" read -2, "0" a figure); `as_of="period"` is the period's end; a table column
dated before the period end keeps its kind with that date as `as_of`; a previous month, quarter or year in brackets is
kind previous dated at its end (a previous 766 total with the maximum 100, a previous group score with its group's
maximum); a change is dated with the figure it changes and a fall ("giảm", "rút ngắn", "thấp hơn") is negative; a
change in "điểm phần trăm" is kind change in `%` with the number alone as raw; a change of a 766 score or rank
carries the score's or rank's code, of a duration the duration's code (`pakn.thoi_gian`), of a count or share none.
`ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly names none:
counts of bodies, communes, districts). "phản ánh, kiến nghị" counts use the unit `PAKN`; the PAKN received carry
`pakn.tiep_nhan`, overdue PAKN `pakn.qua_han`, days per PAKN `pakn.thoi_gian`; PAKN handled, handled on time, pending,
by channel and by field and every share of them have their code unchecked (as golden/blind123.py's 693). A count of
the files an indicator is computed on carries that indicator's code; every "đã giải quyết" count, pending files and
letters have their code unchecked; overdue files named by field or by office carry the overdue code. Counts of local
units take the unit of their first unit word ("41/54 xã, phường, đặc khu", "40 xã, phường", "126 xã, phường, thị
trấn" → `xã`; "9 huyện, thị xã, thành phố", "5/9 huyện, …" → `huyện`); counts of "sở, ban, ngành", "cơ quan" and
"đơn vị" → `đơn vị` at the level of the bodies counted. A threshold in a count of units ("xử lý đúng hạn 100% PAKN",
"từ 90% trở lên") is kind target (as golden/blind123.py). Province-wide figures (a Văn phòng UBND tỉnh reporting the
province, a UBND tỉnh's own report, "toàn tỉnh", "của tỉnh", "tỉnh Thái Nguyên đạt") have subject NULL; "a) Cấp tỉnh:
…", "b) Cấp xã: …" are `cấp tỉnh` / `cấp xã` (and "c) Cấp huyện" `cấp huyện` before the merger); a provincial centre's
own figures are `Trung tâm Phục vụ hành chính công tỉnh` (level tỉnh); a ward's own figures in its UBND's Công văn are
its UBND named in full (`UBND phường Long Châu`, level xã); a sentence or a row naming a body keeps the name as written
("Công an tỉnh", "UBND phường Hạ Long", "UBND huyện Văn Chấn", "phường Tô Hiệu", "Phòng Kinh tế, Hạ tầng và Đô thị").
A field is no body (subject unchecked; level unchecked in a province's report, xã in a ward's). Things counted take
the noun as written (`phiếu`, `lượt`, `cuộc gọi`, `thư xin lỗi` for letters of apology, also "29 thư" and "06 thư"
among them); durations `ngày`. Dates, document numbers and cited texts ("Số: 312/BC-VP", "Quyết định số
2418/QĐ-UBND", "Kế hoạch số 96/KH-UBND", "Nghị quyết số 42/NQ-HĐND", "Quyết định số 1126/QĐ-UBND", "Công văn số
3264/VP-KSTT", "Nghị định số 20/2008/NĐ-CP", "Quyết định số 766/QĐ-TTg"), stated windows and data dates ("từ ngày
01/7/2025 đến ngày 30/9/2025", "Đến ngày 30/9/2025", "từ ngày 15/9/2025 đến ngày 31/10/2025", "chốt ngày 03/11/2025",
"Lũy kế từ ngày 01/7/2025 đến ngày 30/11/2025", "Ngày 28/3/2025"), months, quarters and years naming a result, a
bracket or a column ("Tháng 9/2025", "tháng 6/2025", "năm 2024", "Chỉ số năm 2025 (%)"), "Bộ chỉ số 766", "Tổng đài
1022" (wherever it stands), "(thang 5)" in a header, section, item and table numbering ("I.", "1.", "a)", "Bảng 1."),
STT cells, addresses ("Trụ sở Liên cơ quan số 3", "số 12 đường Phạm Thái Bường"), phone numbers ("0203.3835.218",
"0208.3656.112", "0270.3822.645"), headings naming the next period ("IV. NHIỆM VỤ QUÝ IV NĂM 2025", "III. NHIỆM VỤ
NĂM 2026", "5. Nhiệm vụ tháng 12 năm 2025", "III. NHIỆM VỤ QUÝ II NĂM 2025": no deadlines), numbers in words (the days
of "ngày mười lăm tháng 10", "ngày ba mươi mốt tháng 01", "ngày mười tháng 11", "ngày mười tháng 12", "ngày hai mươi
tháng 4") and years are not figures.

New in this set (the decisions are written here):
- A TABLE RANKING THE DEPARTMENTS BY SATISFACTION WITH RANK CHANGES (786, tab-separated "STT / Cơ quan / Chỉ số năm
  2025 (%) / Chỉ số năm 2024 (%) / Xếp hạng năm 2025 / Xếp hạng năm 2024 / Thay đổi thứ hạng"): each body as written,
  level tỉnh; both indices `%` with their code unchecked (a single body's index, as golden/blind136.py's 758), the
  2024 column dated 2024-12-31 (kind value); both ranks kind rank without a maximum (the header writes none; ranks
  among the ten listed), 2024 dated 2024-12-31; the rank change "+1", "-1", "0" kind change in `hạng` (code
  unchecked). In prose "Sở Tài chính tăng 3 bậc", "Sở Công Thương giảm 2 bậc", "… cũng giảm 2 bậc" are each body's
  change (`hạng`, negative for a fall).
- SIPAS FACTORS AS `x/100 điểm` (786 "- Tiếp cận dịch vụ: 89,12/100 điểm;"): kind value in `điểm` with max_value 100,
  code unchecked (a factor), the province's (subject NULL); "thấp hơn chỉ số chung 3,20 điểm phần trăm" the lowest
  factor's gap, a negative change in `%` (subject NULL). The ministry's SIPAS of the year before stated alone (786
  "năm 2024 … 82,64%, xếp thứ 41/63"; 789 "năm 2024 … 84,36%, xếp thứ 26/63") is kind value/rank dated 2024-12-31 with
  `sipas`; 789's comparison with 2023 in brackets "(81,24%, xếp thứ 35/63)" is kind previous dated 2023-12-31, its
  "tăng 3,12 điểm phần trăm và tăng 9 bậc" changes dated 2024-12-31 (codes unchecked); its five factors after "lần
  lượt là" (`%`, dated 2024-12-31, code unchecked).
- RATINGS OUT OF 5 (787, 788): "Điểm hài lòng bình quân đạt 4,62/5 điểm (tháng 9/2025: 4,55 điểm), tăng 0,07 điểm":
  the score in `điểm` with max_value 5, code unchecked (a rating at the counters, not the catalogued PAKN score); the
  previous month with the maximum 5 of the current one (as a previous 766 total takes 100); the change `điểm`. The
  criteria in a dash list "- Thái độ phục vụ của công chức: 4,71/5 điểm;" are the Centre's (max 5). In 787's Markdown
  table the header "Điểm bình quân (thang 5)" writes the scale: a careful reader gives each score cell max_value 5.
  Shares by level of satisfaction ("98,64%", "1,08%", "0,28%, tương ứng 20 lượt") have their code unchecked (ratings
  of visits, as golden/blind139.py's 771); the share of files rated "75,88% số hồ sơ đã trả kết quả" too.
- LETTERS OF APOLOGY IN A TABLE COLUMN (787 "| Hồ sơ quá hạn | Thư xin lỗi |"): overdue files with the overdue code,
  letters in `thư xin lỗi` (code unchecked); "Các cơ quan đã gửi 72 thư xin lỗi, đạt 97,30%" the agencies together
  (subject unchecked, level tỉnh); "còn 02 hồ sơ của Sở Giáo dục và Đào tạo" that Sở's (code unchecked). The table's
  "Tổng cộng" row is the Centre (its own files and ratings, as golden/blind140.py's 776 reads a Sở's total row).
- PAKN BY CHANNEL (785 dash list "- Tổng đài 1022: 612 PAKN, chiếm 41,18%;"; 788 dash list without shares; 789 one
  sentence "lần lượt là 286, 214, 118 và 66 PAKN, tương ứng chiếm 41,81%, 31,29%, 17,25% và 9,65%", the n-th figure
  the n-th channel): the reporting body's (subject NULL for a province, the ward in 788), code unchecked. The hotline's
  calls (785 "2.846 cuộc gọi … 2.234 cuộc gọi") count in `cuộc gọi`, subject and level unchecked (a hotline is no
  body). Ratings after handling ("1.126 lượt … chiếm 86,35% tổng số 1.304 lượt") are the province's in `lượt`.
- OVERDUE FILES BY THE WARD'S OFFICES (788 "Phòng Kinh tế, Hạ tầng và Đô thị 31 hồ sơ; Văn phòng HĐND và UBND 4 hồ
  sơ; Phòng Văn hóa - Xã hội 2 hồ sơ"): each office as written, level xã, the overdue code; a cumulative line "Lũy kế
  từ ngày 01/7/2025 đến ngày 30/11/2025 …" ends at the period end (dated at it; the received, overdue codes).

Per document:
- 785 is a quarterly Báo cáo of the Văn phòng UBND tỉnh Quảng Ninh (header "UBND TỈNH QUẢNG NINH / VĂN PHÒNG", number
  "312/BC-VP", signed "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG") to the Chairman on PAKN, quý III năm 2025, issued
  06/10/2025 (ranks /34). "1.486 … (quý II năm 2025: 1.212 PAKN), tăng 274 PAKN, tương ứng tăng 22,61%" (previous
  2025-06-30), five channels, the hotline's calls, fields (subject and level unchecked), "1.402/1.486 PAKN, đạt 94,35%;
  … 1.338 PAKN, chiếm 95,44% …; quá hạn 64 PAKN. Còn 84 PAKN" with "Chỉ tiêu UBND tỉnh giao năm 2025 … là 98%, … chưa
  đạt chỉ tiêu" (the 95,44% carries it; target dated 2025-12-31), "5,8 ngày/PAKN (quý II năm 2025: 6,6 ngày/PAKN),
  rút ngắn 0,8 ngày", ratings; "a) Cấp tỉnh" and "b) Cấp xã"; "41/54 xã, phường, đặc khu … 100% PAKN"; three bodies
  with overdue PAKN in brackets; the MARKDOWN TABLE of provincial bodies (received, handled, on-time share, overdue,
  days; "Cộng cấp tỉnh" `cấp tỉnh`); the 766 group `16,84/18` "(tháng 6/2025: 16,12 điểm), tăng 0,72 điểm", "96,42%"
  (`766.hai_long.tthc`), `88,46/100`, `6/34`. Task 3's "tối thiểu 97% trong quý IV năm 2025" the communes' target
  (subject unchecked, level xã, 2025-12-31). Five deadlines in numbered items: day, "chậm nhất ngày mười lăm tháng 10
  năm 2025" for two named wards, quarter (with the target), month, "trước ngày 25 hằng tháng" (issued 06/10/2025: first
  25/10/2025).
- 786 is an annual Báo cáo of the Sở Nội vụ tỉnh Sơn La (header "UBND TỈNH SƠN LA / SỞ NỘI VỤ", number
  "1846/BC-SNV", signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC") to UBND tỉnh on its SIPAS survey, năm 2025, issued 15/12/2025.
  The survey's scope and forms (`phiếu`, the province's; "cấp tỉnh 1.980 phiếu, cấp xã 2.456 phiếu" by level); the
  province's SIPAS "87,46%, tăng 2,18 điểm phần trăm so với năm 2024 (85,28%)" against the HĐND's "từ 86% trở lên"
  ("đã đạt chỉ tiêu"; target at the period end), the ministry's 2024 index; five factors (above); "cấp tỉnh và cấp xã
  lần lượt là 88,92% và 86,28%"; shares of answers; THE RANKING TABLE (above) and rank changes in prose; the lowest
  Sở "(83,18%), thấp hơn chỉ số chung của cấp tỉnh 5,74 điểm phần trăm" (its negative change); communes by grade
  ("12 đơn vị … 24 đơn vị … 04 đơn vị": `đơn vị`, level xã), the highest ward and lowest commune as written; "386
  phiếu … 8,70%"; the 766 group of tháng 11/2025 `16,46/18` (dated 2025-11-30); the target of 2026 "Chỉ số SIPAS …
  từ 88% trở lên" (`sipas`, 2026-12-31). Six deadlines in numbered items: day, "chậm nhất ngày ba mươi mốt tháng 01
  năm 2026", quarter, month, "trước ngày 10 hằng tháng" (issued 15/12/2025, after the 10th: first 10/01/2026), year in
  a request "Đề nghị Sở Khoa học và Công nghệ …".
- 787 is a THÔNG BÁO (doc_type "Thông báo") of the Trung tâm Phục vụ hành chính công tỉnh Thái Nguyên (merged with
  Bắc Kạn; header "UBND TỈNH THÁI NGUYÊN / TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", number "86/TB-TTPVHCC", signed "GIÁM
  ĐỐC"), tháng 10 năm 2025, issued 05/11/2025. The Centre's files ("9.846 … 19 cơ quan … 9.512 … 9.438 …, đạt 99,22%;
  … 74 hồ sơ, chiếm 0,78%"), ratings and criteria out of 5 (above), THE TABLE BY AGENCY (above), the lowest agency
  "(4,41 điểm) … (38 hồ sơ, chiếm 51,35% …)" (that Sở's), letters (above), PAKN "12 … 12/12 PAKN, đạt 100%" (the
  Centre's), the province's `86,74/100`, `9/34`, group `16,92/18` (subject NULL). The third dash item's "tối thiểu 99%
  trong quý IV năm 2025" the agencies' target (subject unchecked, level tỉnh, 2025-12-31). Five deadlines in dash items:
  day, "chậm nhất ngày mười tháng 11 năm 2025", quarter (with the target), month in a request "Đề nghị Viễn thông Thái
  Nguyên …", "trước ngày 03 hằng tháng" (issued 05/11/2025, after the 3rd: first 03/12/2025).
- 788 is a CÔNG VĂN (doc_type "Công văn") of UBND phường Long Châu (tỉnh Vĩnh Long, merged with Bến Tre and Trà Vinh;
  header "UBND TỈNH VĨNH LONG / ỦY BAN NHÂN DÂN / PHƯỜNG LONG CHÂU", number "428/UBND-VP", a "V/v" line naming the
  month, signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") to the Văn phòng UBND tỉnh, tháng 11 năm 2025,
  issued 04/12/2025. The ward's files "2.146 hồ sơ (tháng 10/2025: 1.984 hồ sơ) … 1.712 hồ sơ, chiếm 79,78% … 2.058 …
  2.021 …, đạt 98,20%; quá hạn 37 hồ sơ, chiếm 1,80% (tháng 10/2025: 52 hồ sơ, chiếm 2,71%)" (previous 2025-10-31,
  overdue code), overdue by field (dash list) and by office (above), letters "35 thư xin lỗi …, đạt 94,59%, trong đó 29
  thư … và 06 thư …; còn 02 hồ sơ", the cumulative line; PAKN "19 PAKN (tháng 10/2025: 14 PAKN), tăng 5 PAKN", four
  channels, four fields, "17/19 PAKN, đạt 89,47% … 16 PAKN, quá hạn 01 PAKN …; còn 02 PAKN", "4,2 ngày/PAKN (tháng
  10/2025: 5,1 ngày/PAKN)"; ratings "1.326 lượt … 97,36%; … 4,58/5 điểm"; the ward's 766 group `17,12/18`, total
  `84,36/100`, `21/124` "so với tháng 10/2025 (82,94 điểm, xếp thứ 36/124) tăng 1,42 điểm và tăng 15 bậc". The third
  dash item's "tối thiểu 99% trong tháng 12/2025" the centre's on-time target (subject unchecked, level xã,
  2025-12-31). Five deadlines in dash items: day, "chậm nhất ngày mười tháng 12 năm 2025", month (with the target),
  "trước ngày 25 hằng tháng" (issued 04/12/2025: first 25/12/2025), quarter in a request "Đề nghị Sở Nông nghiệp và Môi
  trường …".
- 789 is a quarterly Báo cáo of UBND tỉnh Yên Bái (before the merger into Lào Cai; header "ỦY BAN NHÂN DÂN / TỈNH YÊN
  BÁI", number "126/BC-UBND", signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") to the Văn phòng Chính phủ,
  quý I năm 2025, issued 10/4/2025 (ranks /63). "684 PAKN, giảm 58 PAKN so với quý IV năm 2024 (742 PAKN), tương ứng
  giảm 7,82%" (previous 2024-12-31, falls negative), channels (above), "126 xã, phường, thị trấn"; "652/684 PAKN, đạt
  95,32%; … 631 PAKN, chiếm 96,78%; quá hạn 21 PAKN; còn 32 PAKN" with the year's target "95%, tỉnh đã đạt chỉ tiêu"
  (the 96,78% carries it; target dated 2025-12-31); the three levels; "6,4 ngày/PAKN, rút ngắn 1,1 ngày", "UBND huyện
  Văn Chấn (11,2 ngày/PAKN)"; the 766 group of tháng 3/2025 `16,28/18` "(tháng 12/2024: 15,74 điểm), tăng 0,54 điểm",
  "95,86%" (`766.hai_long.tthc`), "97,12%" (`766.hai_long.pakn_dung_han`), `82,16/100`, `23/63` "(tháng 12/2024: 80,92
  điểm, xếp thứ 29/63), tăng 1,24 điểm và tăng 6 bậc"; SIPAS 2024 (above); the self-survey "20 sở, ban, ngành và 9
  huyện, thị xã, thành phố với 2.700 phiếu … 90,46% … 91,82% … 88,64%. Có 14/20 … và 5/9 … từ 90% trở lên; … UBND
  huyện Trạm Tấu (82,46%)" (the blocks subject unchecked at their levels; the shared threshold a target, subject and
  level unchecked). Task 3's "tối thiểu 98% trong quý II năm 2025" (subject and level unchecked, 2025-06-30). Six
  deadlines in numbered items: day, "chậm nhất ngày hai mươi tháng 4 năm 2025" for two named districts, quarter (with
  the target), month, year in a request "Đề nghị VNPT Yên Bái …", "trước ngày 18 hằng tháng" (issued 10/4/2025: first
  18/4/2025).

Unsure readings (fields left `ANY`, or decided and written here): the codes of a body's satisfaction index and rank
among the departments (786's table: unchecked); the code of counter ratings out of 5 (787, 788: unchecked, not
`pakn.diem_hai_long`, which scores PAKN handling); the max_value 5 of 787's table scores (decided from the header's
"(thang 5)"); the previous rating "(tháng 9/2025: 4,55 điểm)" with the maximum 5 of the current one (decided); the
on-time share of PAKN handled (785, 789: unchecked, as golden/blind123.py's 693, except 789's "tỷ lệ PAKN được xử lý
đúng hạn theo Bộ chỉ số đạt 97,12%", which the sentence names as the 766 index's sub-criterion); the subject of 787's
"Các cơ quan đã gửi 72 thư xin lỗi" (unchecked: the agencies together); the codes of the SIPAS changes against 2023
(789: unchecked); the subject of the PAKN handled, on time, overdue and pending in sentences opened by "các cơ quan,
địa phương đã xử lý" (785, 789: subject and level unchecked, as golden/blind140.py's 779; the year's target itself is
the province's); 789's self-survey share "Tỷ lệ hài lòng chung đạt 90,46%" (the province's, code unchecked: a
self-survey, not the ministry's SIPAS).
"""

from __future__ import annotations

from golden.facts import (
    _DH,
    _HL,
    _NOP,
    _QH,
    _TN,
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
_HLG = "766.hai_long"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_QH = "pakn.qua_han"
_PAKN_TG = "pakn.thoi_gian"
_PAKN_DH = "766.hai_long.pakn_dung_han"
_SIPAS = "sipas"
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_HUYEN = {"subject": ANY, "level": "huyện"}
_IN_XA = {"subject": ANY, "level": "xã"}
_Y2023 = "2023-12-31"
_Y2024 = "2024-12-31"
_Y2025 = "2025-12-31"

# A numeric cell: (raw, unit, kind, code, value, extra fields); value None = read the raw as a Vietnamese number.
Cell = tuple


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
    first at the cell itself. Each cell is (raw, unit, kind, code, keyword fields such as as_of and max_value)."""
    facts, at = [], 0
    for raw, unit, kind, code, more in cells:
        at = _find_cell(line, sep, raw, at)
        facts.append(F(line[at:] + "\n" + after, raw, _num(raw), unit, kind, code=code, extra=TAB, **who, **more))
        at += len(sep)
    return facts


def _md_line(cells: tuple[str, ...]) -> str:
    """A Markdown table row as the documents write it (an empty cell as "| |")."""
    return ("| " + " | ".join(cells) + " |").replace("|  |", "| |")


def _md_head(cells: tuple[str, ...]) -> str:
    """The start of a Markdown row up to its second cell (what follows a row's line in a cell's context)."""
    return _md_line(cells[:2]).rsplit(" |", 1)[0]


def _by(subject: str | None, level: str | None):
    """A row maker for one body's own figures (subject and level fixed)."""
    def make(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
        return F(context, raw, value, unit, kind, subject=subject, level=level, **kw)
    return make


_prov = _by(None, None)


def _row_who(name: str, stt: str, total: dict) -> dict:
    """Who a table row is about: a named body as written (level tỉnh), "Các cơ quan còn lại" unchecked, the total row
    as given."""
    if not stt:
        return total
    if name.startswith("Các "):
        return _IN_TINH
    return {"subject": name, "level": "tỉnh"}


# ------------------------------------------------------------ 785: Văn phòng UBND tỉnh Quảng Ninh, PAKN quý III/2025
# (channels in a dash list, a Markdown table of the provincial bodies' PAKN)
_Q2_2025 = "2025-06-30"
_NNMT = "Sở Nông nghiệp và Môi trường"
_BODIES_785 = [
    ("1", _NNMT, "186", "174", "95,40", "8", "8,4"),
    ("2", "Sở Xây dựng", "92", "90", "97,78", "2", "6,1"),
    ("3", "Sở Tài chính", "48", "48", "100", "0", "3,2"),
    ("4", "Sở Tư pháp", "36", "36", "100", "0", "2,8"),
    ("5", "Sở Y tế", "41", "40", "97,50", "1", "4,6"),
    ("6", "Sở Công Thương", "27", "27", "100", "0", "3,5"),
    ("7", "Công an tỉnh", "64", "63", "100", "0", "2,4"),
    ("8", "Các cơ quan còn lại", "44", "43", "97,67", "1", "4,1"),
    ("", "Cộng cấp tỉnh", "538", "521", "97,70", "12", "5,3"),
]


def _bodies_785() -> list[Fact]:
    """The Markdown table: each body as written (level tỉnh; `Công an tỉnh` as written), "Các cơ quan còn lại" subject
    unchecked, "Cộng cấp tỉnh" `cấp tỉnh`. Received (`PAKN`, received code), handled (unchecked), on-time share (`%`,
    unchecked), overdue (`PAKN`, overdue PAKN code), days per PAKN (`ngày`, PAKN time code)."""
    facts = []
    for i, row in enumerate(_BODIES_785):
        stt, name, received, handled, on_time, late, days = row
        after = _md_head(_BODIES_785[i + 1]) if i + 1 < len(_BODIES_785) else "\nIII. MỨC ĐỘ HÀI LÒNG"
        who = _row_who(name, stt, {"subject": "cấp tỉnh", "level": "tỉnh"})
        facts += _cells(_md_line(row), " | ", after, who, [
            (received, "PAKN", P, _PAKN_TN, {}), (handled, "PAKN", P, ANY, {}), (on_time, "%", P, ANY, {}),
            (late, "PAKN", P, _PAKN_QH, {}), (days, "ngày", P, _PAKN_TG, {})])
    return facts


def _channels_785() -> list[Fact]:
    """The dash list of channels "- <channel>: <n> PAKN, chiếm <x>%;" (the province's; code unchecked)."""
    rows = [("1022: 612 PAKN", "612", "chiếm 41,18%", "41,18%"), ("tỉnh: 398 PAKN", "398", "chiếm 26,78%", "26,78%"),
            ("quốc gia: 214 PAKN", "214", "chiếm 14,40%", "14,40%"),
            ('trực tuyến": 176 PAKN', "176", "chiếm 11,84%", "11,84%"),
            ("một cửa: 86 PAKN", "86", "chiếm 5,79%", "5,79%")]
    facts = []
    for count_ctx, count, share_ctx, share in rows:
        facts.append(_prov(count_ctx, count, _num(count), "PAKN", C, code=ANY))
        facts.append(_prov(share_ctx, share, _num(share), "%", code=ANY))
    return facts


_TINH_785 = {"subject": "cấp tỉnh", "level": "tỉnh"}
_XA_785 = {"subject": "cấp xã", "level": "xã"}

BLIND_785 = [
    # I.1 PAKN received (quý II in brackets, 2025-06-30), change
    _prov("tiếp nhận 1.486 phản ánh", "1.486", 1486, "PAKN", C, code=_PAKN_TN),
    _prov("(quý II năm 2025: 1.212 PAKN)", "1.212", 1212, "PAKN", PR, as_of=_Q2_2025, code=_PAKN_TN),
    _prov("tăng 274 PAKN", "274", 274, "PAKN", CH, code=ANY),
    _prov("tăng 22,61%", "22,61%", 22.61, "%", CH, code=ANY),
    # I.2 channels, the hotline's calls (a hotline is no body)
    *_channels_785(),
    F("nhận 2.846 cuộc gọi", "2.846", 2846, "cuộc gọi", C, code=ANY, **_OPEN),
    F("đó 2.234 cuộc gọi", "2.234", 2234, "cuộc gọi", C, code=ANY, **_OPEN),
    # I.3 fields (a field is no body)
    F("với 418 PAKN", "418", 418, "PAKN", C, code=ANY, **_OPEN),
    F("chiếm 28,13%", "28,13%", 28.13, "%", code=ANY, **_OPEN),
    F("thị 276 PAKN", "276", 276, "PAKN", C, code=ANY, **_OPEN),
    F("chiếm 18,57%", "18,57%", 18.57, "%", code=ANY, **_OPEN),
    F("trường 194 PAKN", "194", 194, "PAKN", C, code=ANY, **_OPEN),
    F("thông 152 PAKN", "152", 152, "PAKN", C, code=ANY, **_OPEN),
    F("lại 446 PAKN", "446", 446, "PAKN", C, code=ANY, **_OPEN),
    # II.1 handled, on time against the year's target (2025-12-31, "chưa đạt"), overdue, pending, days, ratings
    F("trả lời 1.402/1.486 PAKN", "1.402/1.486", 1402, "PAKN", C, max_value=1486, code=ANY, **_OPEN),
    F("đạt 94,35%", "94,35%", 94.35, "%", code=ANY, **_OPEN),
    F("đúng hạn 1.338 PAKN", "1.338", 1338, "PAKN", C, code=ANY, **_OPEN),
    F("chiếm 95,44%", "95,44%", 95.44, "%", code=ANY, target=98, stated_status="chưa đạt", **_OPEN),
    F("quá hạn 64 PAKN", "64", 64, "PAKN", C, code=_PAKN_QH, **_OPEN),
    F("Còn 84 PAKN", "84", 84, "PAKN", C, code=ANY, **_OPEN),
    _prov("đúng hạn là 98%", "98%", 98, "%", T, as_of=_Y2025, code=ANY),
    _prov("bình quân 5,8 ngày", "5,8", 5.8, "ngày", code=_PAKN_TG),
    _prov("(quý II năm 2025: 6,6 ngày/PAKN)", "6,6", 6.6, "ngày", PR, as_of=_Q2_2025, code=_PAKN_TG),
    _prov("rút ngắn 0,8 ngày", "0,8", -0.8, "ngày", CH, code=_PAKN_TG),
    _prov("có 1.126 lượt", "1.126", 1126, "lượt", C, code=ANY),
    _prov("chiếm 86,35%", "86,35%", 86.35, "%", code=ANY),
    _prov("số 1.304 lượt", "1.304", 1304, "lượt", C, code=ANY),
    # II.2 by level; the communes by count; the bodies with overdue PAKN
    F("tiếp nhận 538 PAKN", "538", 538, "PAKN", C, code=_PAKN_TN, **_TINH_785),
    F("xử lý 521 PAKN", "521", 521, "PAKN", C, code=ANY, **_TINH_785),
    F("hạn 509 PAKN", "509", 509, "PAKN", C, code=ANY, **_TINH_785),
    F("đạt 97,70%", "97,70%", 97.70, "%", code=ANY, **_TINH_785),
    F("tiếp nhận 948 PAKN", "948", 948, "PAKN", C, code=_PAKN_TN, **_XA_785),
    F("xử lý 881 PAKN", "881", 881, "PAKN", C, code=ANY, **_XA_785),
    F("hạn 829 PAKN", "829", 829, "PAKN", C, code=ANY, **_XA_785),
    F("đạt 94,10%", "94,10%", 94.10, "%", code=ANY, **_XA_785),
    F("Có 41/54 xã", "41/54", 41, "xã", C, max_value=54, code=None, **_IN_XA),
    F("hạn 100% PAKN", "100%", 100, "%", T, code=ANY, **_IN_XA),
    F("(08 PAKN)", "08", 8, "PAKN", C, subject=_NNMT, level="tỉnh", code=_PAKN_QH),
    F("(11 PAKN)", "11", 11, "PAKN", C, subject="UBND phường Hạ Long", level="xã", code=_PAKN_QH),
    F("(09 PAKN)", "09", 9, "PAKN", C, subject="UBND phường Cẩm Phả", level="xã", code=_PAKN_QH),
    # II.3 the table of provincial bodies
    *_bodies_785(),
    # III. the 766 satisfaction group of tháng 9/2025 (the period's last month; June in brackets), total and rank
    _prov("đạt 16,84/18", "16,84/18", 16.84, "điểm", max_value=18, code=_HLG),
    _prov("(tháng 6/2025: 16,12 điểm)", "16,12", 16.12, "điểm", PR, max_value=18, as_of=_Q2_2025, code=_HLG),
    _prov("tăng 0,72 điểm", "0,72", 0.72, "điểm", CH, code=_HLG),
    _prov("đạt 96,42%", "96,42%", 96.42, "%", code=_HL),
    _prov("đạt 88,46/100", "88,46/100", 88.46, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 6/34", "6/34", 6, "hạng", R, max_value=34, code=_HANG),
    # IV. task 3's target of the communes for quý IV năm 2025
    F("tối thiểu 97%", "97%", 97, "%", T, as_of=_Y2025, code=ANY, **_IN_XA),
]


# ------------------------------------------------------------ 786: Sở Nội vụ tỉnh Sơn La, SIPAS năm 2025 (a
# tab-separated table ranking the departments with rank changes)
_RANKING_786 = [
    ("1", "Sở Tư pháp", "93,42", "90,16", "1", "2", "+1"),
    ("2", "Công an tỉnh", "92,86", "91,08", "2", "1", "-1"),
    ("3", "Sở Tài chính", "91,74", "88,42", "3", "6", "+3"),
    ("4", "Sở Y tế", "90,58", "89,64", "4", "4", "0"),
    ("5", "Sở Công Thương", "89,96", "89,82", "5", "3", "-2"),
    ("6", "Sở Giáo dục và Đào tạo", "89,12", "87,10", "6", "7", "+1"),
    ("7", "Sở Văn hóa, Thể thao và Du lịch", "88,40", "88,96", "7", "5", "-2"),
    ("8", "Sở Khoa học và Công nghệ", "87,66", "86,24", "8", "8", "0"),
    ("9", "Sở Xây dựng", "85,94", "84,36", "9", "9", "0"),
    ("10", _NNMT, "83,18", "84,02", "10", "10", "0"),
]


def _ranking_786() -> list[Fact]:
    """Bảng 1 (tab-separated): each body as written (level tỉnh); its index of 2025 and 2024 (`%`, code unchecked: a
    body's index; 2024 dated 2024-12-31, kind value), its ranks among the ten (kind rank, no maximum written; 2024
    dated 2024-12-31) and the signed change of rank (kind change in `hạng`; "+1" read 1, "-2" read -2, "0" a
    figure)."""
    facts = []
    for i, row in enumerate(_RANKING_786):
        _stt, name, now, before, rank, rank_before, moved = row
        after = "\t".join(_RANKING_786[i + 1][:2]) if i + 1 < len(_RANKING_786) else "\nSở Tài chính tăng 3 bậc"
        facts += _cells("\t".join(row), "\t", after, {"subject": name, "level": "tỉnh"}, [
            (now, "%", P, ANY, {}), (before, "%", P, ANY, {"as_of": _Y2024}), (rank, "hạng", R, ANY, {}),
            (rank_before, "hạng", R, ANY, {"as_of": _Y2024}), (moved, "hạng", CH, ANY, {})])
    return facts


_FACTORS_786 = [("Tiếp cận dịch vụ: 89,12/100", "89,12/100"), ("hành chính: 86,48/100", "86,48/100"),
                ("công việc: 88,76/100", "88,76/100"), ("cung ứng dịch vụ: 87,30/100", "87,30/100"),
                ("kiến nghị: 84,26/100", "84,26/100")]

BLIND_786 = [
    # I. the survey: bodies and communes surveyed, forms (the province's), forms by level
    F("tại 18 sở", "18", 18, "đơn vị", C, code=None, **_IN_TINH),
    F("và 40 xã", "40", 40, "xã", C, code=None, **_IN_XA),
    _prov("là 4.600 phiếu", "4.600", 4600, "phiếu", C, code=ANY),
    _prov("về 4.512 phiếu", "4.512", 4512, "phiếu", C, code=ANY),
    _prov("đó 4.436 phiếu", "4.436", 4436, "phiếu", C, code=ANY),
    _prov("đạt 96,43%", "96,43%", 96.43, "%", code=ANY),
    F("tỉnh 1.980 phiếu", "1.980", 1980, "phiếu", C, subject="cấp tỉnh", level="tỉnh", code=ANY),
    F("xã 2.456 phiếu", "2.456", 2456, "phiếu", C, subject="cấp xã", level="xã", code=ANY),
    # II.1 the province's SIPAS of 2025 against 2024 and the HĐND's target; the ministry's 2024 index stated alone
    _prov("năm 2025 đạt 87,46%", "87,46%", 87.46, "%", code=_SIPAS, target=86, stated_status="đạt"),
    _prov("tăng 2,18 điểm", "2,18", 2.18, "%", CH, code=ANY),
    _prov("(85,28%)", "85,28%", 85.28, "%", PR, as_of=_Y2024, code=_SIPAS),
    _prov("từ 86%", "86%", 86, "%", T, code=_SIPAS),
    _prov("đạt 82,64%", "82,64%", 82.64, "%", as_of=_Y2024, code=_SIPAS),
    _prov("xếp thứ 41/63", "41/63", 41, "hạng", R, max_value=63, as_of=_Y2024, code=_SIPAS),
    # II.2 the five factors `x/100` (code unchecked), the lowest factor's gap (negative)
    *[_prov(context, raw, _num(raw.split("/")[0]), "điểm", max_value=100, code=ANY) for context, raw in _FACTORS_786],
    _prov("chung 3,20 điểm", "3,20", -3.2, "%", CH, code=ANY),
    # II.3 by level after "lần lượt là"; shares of answers
    F("là 88,92%", "88,92%", 88.92, "%", subject="cấp tỉnh", level="tỉnh", code=ANY),
    F("và 86,28%", "86,28%", 86.28, "%", subject="cấp xã", level="xã", code=ANY),
    _prov("chiếm 91,36%", "91,36%", 91.36, "%", code=ANY),
    _prov("chiếm 1,84%", "1,84%", 1.84, "%", code=ANY),
    # II.4 the ranking table and the rank changes in prose; the lowest body and its gap (negative)
    *_ranking_786(),
    F("tăng 3 bậc", "3", 3, "hạng", CH, subject="Sở Tài chính", level="tỉnh", code=ANY),
    F("Thương giảm 2 bậc", "2", -2, "hạng", CH, subject="Sở Công Thương", level="tỉnh", code=ANY),
    F("cũng giảm 2 bậc", "2", -2, "hạng", CH, subject="Sở Văn hóa, Thể thao và Du lịch", level="tỉnh", code=ANY),
    F("(83,18%)", "83,18%", 83.18, "%", subject=_NNMT, level="tỉnh", code=ANY),
    F("tỉnh 5,74 điểm", "5,74", -5.74, "%", CH, subject=_NNMT, level="tỉnh", code=ANY),
    # II.5 the communes by grade, the highest and lowest, comments
    F("có 12 đơn vị", "12", 12, "đơn vị", C, code=None, **_IN_XA),
    F(", 24 đơn vị", "24", 24, "đơn vị", C, code=None, **_IN_XA),
    F("và 04 đơn vị", "04", 4, "đơn vị", C, code=None, **_IN_XA),
    F("(94,12%)", "94,12%", 94.12, "%", subject="phường Tô Hiệu", level="xã", code=ANY),
    F("(76,38%)", "76,38%", 76.38, "%", subject="xã Mường Lạn", level="xã", code=ANY),
    _prov("Có 386 phiếu", "386", 386, "phiếu", C, code=ANY),
    _prov("chiếm 8,70%", "8,70%", 8.70, "%", code=ANY),
    # the 766 satisfaction group of tháng 11/2025 (dated at that month's end)
    _prov("đạt 16,46/18", "16,46/18", 16.46, "điểm", max_value=18, as_of="2025-11-30", code=_HLG),
    # III. the target of 2026
    _prov("từ 88%", "88%", 88, "%", T, as_of="2026-12-31", code=_SIPAS),
]


# ------------------------------------------------------------ 787: Trung tâm Phục vụ hành chính công tỉnh Thái
# Nguyên, Thông báo tháng 10/2025 (ratings out of 5; a Markdown table by agency with letters of apology)
_TTT = "Trung tâm Phục vụ hành chính công tỉnh"
_tt = _by(_TTT, "tỉnh")
_SEP_2025 = "2025-09-30"
_AGENCIES_787 = [
    ("1", _NNMT, "1.486", "4,41", "96,84", "38", "38"),
    ("2", "Sở Xây dựng", "642", "4,55", "98,13", "9", "9"),
    ("3", "Sở Tư pháp", "1.124", "4,74", "99,47", "0", "0"),
    ("4", "Sở Tài chính", "918", "4,68", "99,02", "6", "6"),
    ("5", "Sở Công Thương", "586", "4,70", "99,32", "0", "0"),
    ("6", "Sở Y tế", "472", "4,63", "98,94", "4", "4"),
    ("7", "Công an tỉnh", "1.264", "4,72", "99,21", "3", "3"),
    ("8", "Các cơ quan còn lại", "726", "4,65", "99,31", "14", "12"),
    ("", "Tổng cộng", "7.218", "4,62", "98,64", "74", "72"),
]


def _agencies_787() -> list[Fact]:
    """The Markdown table by agency: each as written (level tỉnh), "Các cơ quan còn lại" subject unchecked, "Tổng
    cộng" the Centre. Ratings in `lượt`, the average score in `điểm` with the maximum 5 its header writes ("thang 5"),
    the satisfied share `%` (all unchecked), overdue files (`hồ sơ`, overdue code), letters (`thư xin lỗi`)."""
    facts = []
    for i, row in enumerate(_AGENCIES_787):
        stt, name, votes, score, share, late, letters = row
        after = _md_head(_AGENCIES_787[i + 1]) if i + 1 < len(_AGENCIES_787) else "\nSở Nông nghiệp và Môi trường có"
        who = _row_who(name, stt, {"subject": _TTT, "level": "tỉnh"})
        facts += _cells(_md_line(row), " | ", after, who, [
            (votes, "lượt", P, ANY, {}), (score, "điểm", P, ANY, {"max_value": 5}), (share, "%", P, ANY, {}),
            (late, "hồ sơ", P, _QH, {}), (letters, "thư xin lỗi", P, ANY, {})])
    return facts


_CRITERIA_787 = [("công chức: 4,71/5", "4,71/5"), ("tại quầy: 4,48/5", "4,48/5"), ("hồ sơ: 4,66/5", "4,66/5"),
                 ("đúng hẹn: 4,58/5", "4,58/5"), ("thiết bị: 4,67/5", "4,67/5")]

BLIND_787 = [
    # 1. the Centre's files of the month, the agencies with counters
    _tt("tiếp nhận 9.846 hồ sơ", "9.846", 9846, "hồ sơ", C, code=_TN),
    F("của 19 cơ quan", "19", 19, "đơn vị", C, code=None, **_IN_TINH),
    _tt("kết quả 9.512 hồ sơ", "9.512", 9512, "hồ sơ", C, code=ANY),
    _tt("trước hạn 9.438 hồ sơ", "9.438", 9438, "hồ sơ", C, code=_DH),
    _tt("đạt 99,22%", "99,22%", 99.22, "%", code=_DH),
    _tt("quá hạn 74 hồ sơ", "74", 74, "hồ sơ", C, code=_QH),
    _tt("chiếm 0,78%", "0,78%", 0.78, "%", code=_QH),
    # 2. ratings (September in brackets, 2025-09-30), the score out of 5, shares by level of satisfaction, criteria
    _tt("Có 7.218 lượt", "7.218", 7218, "lượt", C, code=ANY),
    _tt("chiếm 75,88%", "75,88%", 75.88, "%", code=ANY),
    _tt("(tháng 9/2025: 68,42%)", "68,42%", 68.42, "%", PR, as_of=_SEP_2025, code=ANY),
    _tt("đạt 4,62/5", "4,62/5", 4.62, "điểm", max_value=5, code=ANY),
    _tt("(tháng 9/2025: 4,55 điểm)", "4,55", 4.55, "điểm", PR, max_value=5, as_of=_SEP_2025, code=ANY),
    _tt("tăng 0,07 điểm", "0,07", 0.07, "điểm", CH, code=ANY),
    _tt("đạt 98,64%", "98,64%", 98.64, "%", code=ANY),
    _tt('thường" 1,08%', "1,08%", 1.08, "%", code=ANY),
    _tt('lòng" 0,28%', "0,28%", 0.28, "%", code=ANY),
    _tt("tương ứng 20 lượt", "20", 20, "lượt", C, code=ANY),
    *[_tt(context, raw, _num(raw.split("/")[0]), "điểm", max_value=5, code=ANY) for context, raw in _CRITERIA_787],
    # 3. the table by agency; the lowest agency
    *_agencies_787(),
    F("(4,41 điểm)", "4,41", 4.41, "điểm", subject=_NNMT, level="tỉnh", code=ANY),
    F("(38 hồ sơ", "38", 38, "hồ sơ", C, subject=_NNMT, level="tỉnh", code=_QH),
    F("chiếm 51,35%", "51,35%", 51.35, "%", subject=_NNMT, level="tỉnh", code=ANY),
    # 4. letters of apology (the agencies together: subject unchecked), the files without one
    F("gửi 72 thư", "72", 72, "thư xin lỗi", C, code=ANY, **_IN_TINH),
    F("đạt 97,30%", "97,30%", 97.30, "%", code=ANY, **_IN_TINH),
    F("còn 02 hồ sơ", "02", 2, "hồ sơ", C, subject="Sở Giáo dục và Đào tạo", level="tỉnh", code=ANY),
    # 5. PAKN at the Centre; the province's 766 result of tháng 10/2025
    _tt("tiếp nhận 12 phản ánh", "12", 12, "PAKN", C, code=_PAKN_TN),
    _tt("xử lý 12/12 PAKN", "12/12", 12, "PAKN", C, max_value=12, code=ANY),
    _tt("đạt 100%", "100%", 100, "%", code=ANY),
    _prov("đạt 86,74/100", "86,74/100", 86.74, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 9/34", "9/34", 9, "hạng", R, max_value=34, code=_HANG),
    _prov("đạt 16,92/18", "16,92/18", 16.92, "điểm", max_value=18, code=_HLG),
    # 6. the agencies' target for quý IV năm 2025
    F("tối thiểu 99%", "99%", 99, "%", T, as_of=_Y2025, code=ANY, **_IN_TINH),
]


# ------------------------------------------------------------ 788: UBND phường Long Châu (Vĩnh Long), Công văn
# tháng 11/2025 (overdue files, letters of apology, PAKN by channel)
_LC = "UBND phường Long Châu"
_lc = _by(_LC, "xã")
_OCT_2025 = "2025-10-31"

BLIND_788 = [
    # 1. files (October in brackets), online, settled, on time, overdue (October's in brackets)
    _lc("tiếp nhận 2.146 hồ sơ", "2.146", 2146, "hồ sơ", C, code=_TN),
    _lc("(tháng 10/2025: 1.984 hồ sơ)", "1.984", 1984, "hồ sơ", PR, as_of=_OCT_2025, code=_TN),
    _lc("tuyến 1.712 hồ sơ", "1.712", 1712, "hồ sơ", C, code=_NOP),
    _lc("chiếm 79,78%", "79,78%", 79.78, "%", code=_NOP),
    _lc("giải quyết 2.058 hồ sơ", "2.058", 2058, "hồ sơ", C, code=ANY),
    _lc("trước hạn 2.021 hồ sơ", "2.021", 2021, "hồ sơ", C, code=_DH),
    _lc("đạt 98,20%", "98,20%", 98.20, "%", code=_DH),
    _lc("quá hạn 37 hồ sơ", "37", 37, "hồ sơ", C, code=_QH),
    _lc("chiếm 1,80%", "1,80%", 1.80, "%", code=_QH),
    _lc("(tháng 10/2025: 52 hồ sơ", "52", 52, "hồ sơ", PR, as_of=_OCT_2025, code=_QH),
    _lc("chiếm 2,71%)", "2,71%", 2.71, "%", PR, as_of=_OCT_2025, code=_QH),
    # overdue by field (subject unchecked, level xã) and by the ward's offices (as written)
    F("Đất đai: 24", "24", 24, "hồ sơ", C, code=_QH, **_IN_XA),
    F("Xây dựng: 7", "7", 7, "hồ sơ", C, code=_QH, **_IN_XA),
    F("Hộ tịch: 4", "4", 4, "hồ sơ", C, code=_QH, **_IN_XA),
    F("khác: 2 hồ sơ", "2", 2, "hồ sơ", C, code=_QH, **_IN_XA),
    F("Đô thị 31 hồ sơ", "31", 31, "hồ sơ", C, subject="Phòng Kinh tế, Hạ tầng và Đô thị", level="xã", code=_QH),
    F("UBND 4 hồ sơ", "4", 4, "hồ sơ", C, subject="Văn phòng HĐND và UBND", level="xã", code=_QH),
    F("Xã hội 2 hồ sơ", "2", 2, "hồ sơ", C, subject="Phòng Văn hóa - Xã hội", level="xã", code=_QH),
    # 2. letters of apology; cumulative since 01/7/2025 (to the period end)
    _lc("gửi 35 thư", "35", 35, "thư xin lỗi", C, code=ANY),
    _lc("đạt 94,59%", "94,59%", 94.59, "%", code=ANY),
    _lc("đó 29 thư", "29", 29, "thư xin lỗi", C, code=ANY),
    _lc("và 06 thư", "06", 6, "thư xin lỗi", C, code=ANY),
    _lc("còn 02 hồ sơ", "02", 2, "hồ sơ", C, code=ANY),
    _lc("tiếp nhận 9.412 hồ sơ", "9.412", 9412, "hồ sơ", C, code=_TN),
    _lc("quá hạn 198 hồ sơ", "198", 198, "hồ sơ", C, code=_QH),
    _lc("chiếm 2,10%", "2,10%", 2.10, "%", code=_QH),
    _lc("gửi 186 thư", "186", 186, "thư xin lỗi", C, code=ANY),
    _lc("đạt 93,94%", "93,94%", 93.94, "%", code=ANY),
    # 3. PAKN (October in brackets), channels, fields (subject unchecked, level xã), handling, days
    _lc("tiếp nhận 19 PAKN", "19", 19, "PAKN", C, code=_PAKN_TN),
    _lc("(tháng 10/2025: 14 PAKN)", "14", 14, "PAKN", PR, as_of=_OCT_2025, code=_PAKN_TN),
    _lc("tăng 5 PAKN", "5", 5, "PAKN", CH, code=ANY),
    _lc("1022: 8 PAKN", "8", 8, "PAKN", C, code=ANY),
    _lc("phường: 6 PAKN", "6", 6, "PAKN", C, code=ANY),
    _lc("phường: 3 PAKN", "3", 3, "PAKN", C, code=ANY),
    _lc("góp ý: 2 PAKN", "2", 2, "PAKN", C, code=ANY),
    F("đất đai 9 PAKN", "9", 9, "PAKN", C, code=ANY, **_IN_XA),
    F("đô thị 5 PAKN", "5", 5, "PAKN", C, code=ANY, **_IN_XA),
    F("môi trường 3 PAKN", "3", 3, "PAKN", C, code=ANY, **_IN_XA),
    F("khác 2 PAKN", "2", 2, "PAKN", C, code=ANY, **_IN_XA),
    _lc("xử lý 17/19 PAKN", "17/19", 17, "PAKN", C, max_value=19, code=ANY),
    _lc("đạt 89,47%", "89,47%", 89.47, "%", code=ANY),
    _lc("đúng hạn 16 PAKN", "16", 16, "PAKN", C, code=ANY),
    _lc("quá hạn 01 PAKN", "01", 1, "PAKN", C, code=_PAKN_QH),
    _lc("còn 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    _lc("bình quân 4,2 ngày", "4,2", 4.2, "ngày", code=_PAKN_TG),
    _lc("(tháng 10/2025: 5,1 ngày/PAKN)", "5,1", 5.1, "ngày", PR, as_of=_OCT_2025, code=_PAKN_TG),
    # 4. ratings; the ward's 766 group, total and rank of tháng 11/2025 (October in brackets)
    _lc("Qua 1.326 lượt", "1.326", 1326, "lượt", C, code=ANY),
    _lc("đạt 97,36%", "97,36%", 97.36, "%", code=ANY),
    _lc("bình quân 4,58/5", "4,58/5", 4.58, "điểm", max_value=5, code=ANY),
    _lc("đạt 17,12/18", "17,12/18", 17.12, "điểm", max_value=18, code=_HLG),
    _lc("đạt 84,36/100", "84,36/100", 84.36, "điểm", max_value=100, code=_TONG),
    _lc("xếp thứ 21/124", "21/124", 21, "hạng", R, max_value=124, code=_HANG),
    _lc("(82,94 điểm", "82,94", 82.94, "điểm", PR, max_value=100, as_of=_OCT_2025, code=_TONG),
    _lc("xếp thứ 36/124)", "36/124", 36, "hạng", PR, max_value=124, as_of=_OCT_2025, code=_HANG),
    _lc("tăng 1,42 điểm", "1,42", 1.42, "điểm", CH, code=_TONG),
    _lc("tăng 15 bậc", "15", 15, "hạng", CH, code=_HANG),
    # 5. the centre's target for tháng 12/2025
    F("tối thiểu 99%", "99%", 99, "%", T, as_of=_Y2025, code=_DH, **_IN_XA),
]


# ------------------------------------------------------------ 789: UBND tỉnh Yên Bái, quý I năm 2025 (before the
# merger; channels after "lần lượt là", PAKN by level, the 766 group, SIPAS 2024, a self-survey)
_CAP_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_CAP_HUYEN = {"subject": "cấp huyện", "level": "huyện"}
_CAP_XA = {"subject": "cấp xã", "level": "xã"}


def _levels_789() -> list[Fact]:
    """"a) Cấp tỉnh: tiếp nhận … đã xử lý … đúng hạn …, đạt …" for the three levels (received the PAKN code, the rest
    unchecked)."""
    rows = [(_CAP_TINH, "248", "241", "236", "97,93%"), (_CAP_HUYEN, "302", "286", "276", "96,50%"),
            (_CAP_XA, "134", "125", "119", "95,20%")]
    facts = []
    for who, received, handled, on_time, share in rows:
        facts += [F(f"tiếp nhận {received} PAKN", received, _num(received), "PAKN", C, code=_PAKN_TN, **who),
                  F(f"xử lý {handled} PAKN", handled, _num(handled), "PAKN", C, code=ANY, **who),
                  F(f"hạn {on_time} PAKN", on_time, _num(on_time), "PAKN", C, code=ANY, **who),
                  F(f"đạt {share}", share, _num(share), "%", code=ANY, **who)]
    return facts


_DEC_2024 = "2024-12-31"
_SIPAS_FACTORS_789 = [("dịch vụ 86,12%", "86,12%"), ("hành chính 84,05%", "84,05%"), ("công chức 85,48%", "85,48%"),
                      ("cung ứng dịch vụ 84,92%", "84,92%"), ("kiến nghị 81,22%", "81,22%")]

BLIND_789 = [
    # I.1 PAKN received (quý IV năm 2024 in brackets), falls (negative), channels after "lần lượt là … tương ứng"
    _prov("tiếp nhận 684 PAKN", "684", 684, "PAKN", C, code=_PAKN_TN),
    _prov("giảm 58 PAKN", "58", -58, "PAKN", CH, code=ANY),
    _prov("(742 PAKN)", "742", 742, "PAKN", PR, as_of=_DEC_2024, code=_PAKN_TN),
    _prov("giảm 7,82%", "7,82%", -7.82, "%", CH, code=ANY),
    _prov("lần lượt là 286", "286", 286, "PAKN", C, code=ANY),
    _prov("286, 214", "214", 214, "PAKN", C, code=ANY),
    _prov("214, 118", "118", 118, "PAKN", C, code=ANY),
    _prov("118 và 66 PAKN", "66", 66, "PAKN", C, code=ANY),
    _prov("chiếm 41,81%", "41,81%", 41.81, "%", code=ANY),
    _prov("41,81%, 31,29%", "31,29%", 31.29, "%", code=ANY),
    _prov("31,29%, 17,25%", "17,25%", 17.25, "%", code=ANY),
    _prov("và 9,65%", "9,65%", 9.65, "%", code=ANY),
    F("Có 126 xã", "126", 126, "xã", C, code=None, **_IN_XA),
    # I.2 handling against the year's target (2025-12-31, "đạt"), by level, days
    F("xử lý 652/684 PAKN", "652/684", 652, "PAKN", C, max_value=684, code=ANY, **_OPEN),
    F("đạt 95,32%", "95,32%", 95.32, "%", code=ANY, **_OPEN),
    F("đúng hạn 631 PAKN", "631", 631, "PAKN", C, code=ANY, **_OPEN),
    F("chiếm 96,78%", "96,78%", 96.78, "%", code=ANY, target=95, stated_status="đạt", **_OPEN),
    F("quá hạn 21 PAKN", "21", 21, "PAKN", C, code=_PAKN_QH, **_OPEN),
    F("còn 32 PAKN", "32", 32, "PAKN", C, code=ANY, **_OPEN),
    _prov("đúng hạn là 95%", "95%", 95, "%", T, as_of=_Y2025, code=ANY),
    *_levels_789(),
    _prov("bình quân 6,4 ngày", "6,4", 6.4, "ngày", code=_PAKN_TG),
    _prov("rút ngắn 1,1 ngày", "1,1", -1.1, "ngày", CH, code=_PAKN_TG),
    F("(11,2 ngày/PAKN)", "11,2", 11.2, "ngày", subject="UBND huyện Văn Chấn", level="huyện", code=_PAKN_TG),
    # II.1 the 766 satisfaction group and total of tháng 3/2025 (the period's last month; December in brackets)
    _prov("đạt 16,28/18", "16,28/18", 16.28, "điểm", max_value=18, code=_HLG),
    _prov("(tháng 12/2024: 15,74 điểm)", "15,74", 15.74, "điểm", PR, max_value=18, as_of=_DEC_2024, code=_HLG),
    _prov("tăng 0,54 điểm", "0,54", 0.54, "điểm", CH, code=_HLG),
    _prov("đạt 95,86%", "95,86%", 95.86, "%", code=_HL),
    _prov("đạt 97,12%", "97,12%", 97.12, "%", code=_PAKN_DH),
    _prov("đạt 82,16/100", "82,16/100", 82.16, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 23/63", "23/63", 23, "hạng", R, max_value=63, code=_HANG),
    _prov("(tháng 12/2024: 80,92 điểm", "80,92", 80.92, "điểm", PR, max_value=100, as_of=_DEC_2024, code=_TONG),
    _prov("xếp thứ 29/63)", "29/63", 29, "hạng", PR, max_value=63, as_of=_DEC_2024, code=_HANG),
    _prov("tăng 1,24 điểm", "1,24", 1.24, "điểm", CH, code=_TONG),
    _prov("tăng 6 bậc", "6", 6, "hạng", CH, code=_HANG),
    # II.2 the ministry's SIPAS of 2024 (dated 2024-12-31) against 2023 in brackets; the five factors
    _prov("đạt 84,36%", "84,36%", 84.36, "%", as_of=_Y2024, code=_SIPAS),
    _prov("xếp thứ 26/63", "26/63", 26, "hạng", R, max_value=63, as_of=_Y2024, code=_SIPAS),
    _prov("tăng 3,12 điểm", "3,12", 3.12, "%", CH, as_of=_Y2024, code=ANY),
    _prov("tăng 9 bậc", "9", 9, "hạng", CH, as_of=_Y2024, code=ANY),
    _prov("(81,24%", "81,24%", 81.24, "%", PR, as_of=_Y2023, code=_SIPAS),
    _prov("xếp thứ 35/63)", "35/63", 35, "hạng", PR, max_value=63, as_of=_Y2023, code=_SIPAS),
    *[_prov(context, raw, _num(raw), "%", as_of=_Y2024, code=ANY) for context, raw in _SIPAS_FACTORS_789],
    # II.3 the province's self-survey: bodies, forms, shares, blocks, counts above the threshold (a target)
    F("tại 20 sở", "20", 20, "đơn vị", C, code=None, **_IN_TINH),
    F("và 9 huyện", "9", 9, "huyện", C, code=None, **_IN_HUYEN),
    _prov("với 2.700 phiếu", "2.700", 2700, "phiếu", C, code=ANY),
    _prov("chung đạt 90,46%", "90,46%", 90.46, "%", code=ANY),
    F("bình quân 91,82%", "91,82%", 91.82, "%", code=ANY, **_IN_TINH),
    F("bình quân 88,64%", "88,64%", 88.64, "%", code=ANY, **_IN_HUYEN),
    F("Có 14/20 sở", "14/20", 14, "đơn vị", C, max_value=20, code=None, **_IN_TINH),
    F("và 5/9 huyện", "5/9", 5, "huyện", C, max_value=9, code=None, **_IN_HUYEN),
    F("từ 90% trở lên", "90%", 90, "%", T, code=ANY, **_OPEN),
    F("(82,46%)", "82,46%", 82.46, "%", subject="UBND huyện Trạm Tấu", level="huyện", code=ANY),
    # III. task 3's target for quý II năm 2025
    F("tối thiểu 98%", "98%", 98, "%", T, as_of="2025-06-30", code=ANY, **_OPEN),
]

BLIND = {"785": BLIND_785, "786": BLIND_786, "787": BLIND_787, "788": BLIND_788, "789": BLIND_789}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "785": [
        ("2025-10-20", "day", "20/10/2025", "PAKN quá hạn lĩnh vực đất đai", _NNMT),
        ("2025-10-15", "day", "ngày mười lăm tháng 10 năm 2025", "nguyên nhân PAKN quá hạn",
         "UBND phường Hạ Long và UBND phường Cẩm Phả"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "xử lý đúng hạn", "UBND các xã, phường, đặc khu"),
        ("2025-11-30", "month", "tháng 11/2025", "kết nối Zalo", "Sở Khoa học và Công nghệ"),
        # issued 06/10/2025, before the 25th: the first "ngày 25 hằng tháng" is 25/10/2025
        ("2025-10-25", "recurring", "25 hằng tháng", "cập nhật kết quả xử lý PAKN",
         "Các sở, ban, ngành, UBND các xã, phường, đặc khu"),
    ],
    "786": [
        ("2026-01-15", "day", "15/01/2026", "kế hoạch khắc phục", _NNMT),
        ("2026-01-31", "day", "ngày ba mươi mốt tháng 01 năm 2026", "quy trình tiếp nhận", "UBND xã Mường Lạn"),
        ("2026-06-30", "quarter", "quý II năm 2026", "tự khảo sát", "Các sở, ban, ngành, UBND các xã, phường"),
        ("2026-01-31", "month", "tháng 01/2026", "công bố Chỉ số hài lòng", "Sở Nội vụ"),
        # issued 15/12/2025, after the 10th: the first "ngày 10 hằng tháng" is 10/01/2026
        ("2026-01-10", "recurring", "10 hằng tháng", "kết quả tự khảo sát", "Các sở, ban, ngành, UBND các xã, phường"),
        ("2026-12-31", "year", "năm 2026", "phiếu khảo sát điện tử", "Sở Khoa học và Công nghệ"),
    ],
    "787": [
        ("2025-11-14", "day", "14/11/2025", "hồ sơ quá hạn", _NNMT),
        ("2025-11-10", "day", "ngày mười tháng 11 năm 2025", "xin lỗi", "Sở Giáo dục và Đào tạo"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "tỷ lệ hài lòng", "Các cơ quan có quầy tại Trung tâm"),
        ("2025-12-31", "month", "tháng 12/2025", "phần mềm đánh giá", "Viễn thông Thái Nguyên"),
        # issued 05/11/2025, after the 3rd: the first "ngày 03 hằng tháng" is 03/12/2025
        ("2025-12-03", "recurring", "03 hằng tháng", "việc xin lỗi", "Các cơ quan có quầy tại Trung tâm"),
    ],
    "788": [
        ("2025-12-15", "day", "15/12/2025", "hồ sơ đất đai quá hạn", "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("2025-12-10", "day", "ngày mười tháng 12 năm 2025", "thư xin lỗi", "Văn phòng HĐND và UBND phường"),
        ("2025-12-31", "month", "tháng 12/2025", "đúng hạn", "Trung tâm Phục vụ hành chính công phường"),
        # issued 04/12/2025, before the 25th: the first "ngày 25 hằng tháng" is 25/12/2025
        ("2025-12-25", "recurring", "25 hằng tháng", "cập nhật kết quả", "Các bộ phận chuyên môn"),
        ("2026-03-31", "quarter", "quý I năm 2026", "đo đạc", _NNMT),
    ],
    "789": [
        ("2025-04-25", "day", "25/4/2025", "tự khảo sát", "Sở Nội vụ"),
        ("2025-04-20", "day", "ngày hai mươi tháng 4 năm 2025", "kế hoạch khắc phục",
         "UBND huyện Văn Chấn và UBND huyện Trạm Tấu"),
        ("2025-06-30", "quarter", "quý II năm 2025", "xử lý đúng hạn",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
        ("2025-05-31", "month", "tháng 5/2025", "tích hợp kênh Zalo", "Văn phòng UBND tỉnh"),
        ("2025-12-31", "year", "năm 2025", "Tổng đài 1022", "VNPT Yên Bái"),
        # issued 10/4/2025, before the 18th: the first "ngày 18 hằng tháng" is 18/4/2025
        ("2025-04-18", "recurring", "18 hằng tháng", "báo cáo kết quả xử lý PAKN",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind140.py's META).
META = {
    "785": {"doc_number": "312/BC-VP", "doc_type": "Báo cáo", "issued_date": "2025-10-06",
            "province": "Quảng Ninh", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Vũ Thị Minh Thu"},
    "786": {"doc_number": "1846/BC-SNV", "doc_type": "Báo cáo", "issued_date": "2025-12-15",
            "province": "Sơn La", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Lò Văn Hiếu"},
    "787": {"doc_number": "86/TB-TTPVHCC", "doc_type": "Thông báo", "issued_date": "2025-11-05",
            "province": "Thái Nguyên", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Hoàng Thị Thu Trang"},
    "788": {"doc_number": "428/UBND-VP", "doc_type": "Công văn", "issued_date": "2025-12-04",
            "province": "Vĩnh Long", "period_label": "tháng 11 năm 2025", "period_start": "2025-11-01",
            "period_end": "2025-11-30", "signer": "Trần Minh Nhựt"},
    "789": {"doc_number": "126/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-04-10",
            "province": "Yên Bái", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Hoàng Văn Kiên"},
}
