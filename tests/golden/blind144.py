"""Blind golden facts for corpus/blind144/795_thanh_hoa.txt, 796_lao_cai.txt, 797_quang_ngai.txt, 798_hai_duong.txt and
799_hue.txt.

The five documents were written by the developers for a hundred-and-forty-fourth blind measurement (REPORTS AS A PDF
CONVERTED TO TEXT: running page headers and footers, form feeds between pages, footnote markers and footnotes at the
page's foot, sentences broken across lines and across pages, a table cut by a page break with its header repeated, a
table laid out with runs of spaces, numbered sub-items 1.1, 1.2.1, a), an appendix with a wide table; provinces Thanh
Hóa, Hải Dương before the 1 July 2025 merger, Lào Cai and Quảng Ngãi after it, the centrally-run city Huế; periods năm
2024, 9 tháng đầu năm 2024, quý III năm 2025, tháng 10 năm 2025 and tháng 11 năm 2025; not real documents), and every
row below was written by reading them, before any extraction, restoration or pipeline code was run on them. They also
serve as held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind140.py, blind139.py, blind138.py, blind137.py, blind128.py and
blind13.py: rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written
inside it). Prose and list counts are kind `count`; table cells are kind `value` even when they count, with
`extra={"source": "table"}` (rank cells kind `rank`); `as_of="period"` is the period's end; a previous year, month or
quarter in brackets is kind previous dated at its end (a previous 766 total with the maximum 100 of the current one);
a change is dated with the figure it changes and a fall ("thấp hơn") is negative; a change in "điểm phần trăm" is
kind change in `%` with the number alone as raw; a change of a 766 score or rank carries the score's or rank's code,
of a count or share none. `ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None`
where it clearly names none: counts of decisions, fields, branches, counters, staff, documents, classes, communes,
bodies by grade). A count of the files (or PAKN) an indicator is computed on carries that indicator's code; every "đã
giải quyết" count, pending and carried-over files, files of one field, files by a channel other than online, money,
letters, evaluations and PAKN handled have their code unchecked; overdue files named by field or body carry the
overdue code. Counts of local units take the unit of their first unit word ("9/26 huyện, thị xã, thành phố", "03
huyện" → `huyện`; "214/547 xã, phường, thị trấn", "38 xã, thị trấn", "31/96 xã, phường, đặc khu", "17 xã, thị
trấn", "17/40 xã, phường" → `xã`); counts of "sở, ban, ngành", "cơ quan" and "đơn vị" → `đơn vị` at the level of the
bodies counted; "96 đơn vị hành chính cấp xã, gồm 86 xã, 09 phường và 01 đặc khu" → `cấp xã` and its parts (units
`xã`, `phường`, `đặc khu`, level xã). Province-wide and city-wide figures have subject NULL (795 the UBND tỉnh's own
report; the province's or city's 766 result in 796, 797 and 799). A Sở's own figures are the Sở by its kind (`Sở Nông
nghiệp và Môi trường`); a centrally-run city's centre is `Trung tâm Phục vụ hành chính công thành phố` (level tỉnh); a
district's own figures are the issuer as its header names it (`UBND huyện Cẩm Giàng`, level huyện), its figures
under "a) Cấp huyện" `cấp huyện` and under "b) Cấp xã" `cấp xã`; a sentence or row naming a body keeps the name as
written ("Công an tỉnh", "Công an thành phố", "Bảo hiểm xã hội thành phố", "phường Cẩm Thành", "Thị trấn Lai
Cách"). Block and level averages have subject unchecked. Thresholds in a count of units or a description ("dưới 50%",
"dưới 40%", "từ 60% trở lên") are kind target with subject unchecked; task targets are kind target dated at their
task's deadline, and a task's quantity ("dứt điểm 176 hồ sơ") is a target dated at the task's deadline (as
golden/blind139.py). A self-score carries its row's or column's maximum. Certified copies count in `bản`; things
counted take the noun as written (`quyết định`, `lĩnh vực`, `chi nhánh`, `quầy`, `công chức`, `văn bản`, `lớp`,
`lượt`, `thư xin lỗi`); money keeps the unit written (`tỷ đồng`). Dates, document numbers and cited texts ("Số:
28/BC-UBND", "Công văn số 8846/VPCP-KSTT", "Công văn số 1468/VP-KSTT", "Quyết định số 2214/QĐ-UBND", "Quyết định số
766/QĐ-TTg", "Kế hoạch số 146/KH-UBND", "Công văn số 2418/VP-KSTT"), stated windows ("từ ngày 01/01/2024 đến ngày
31/12/2024", "Đến ngày 31/12/2024"), months, quarters and years naming a result or a bracket ("tháng 9/2025",
"(năm 2023: …)", "Tháng 11/2025"), "Bộ chỉ số 766", "Tổng đài 1022", "khu vực IV", addresses ("số 35 đại lộ Lê Lợi",
"số 01 đường Lê Lai"), phone numbers ("0237.3852.418", "0234.3822.655"), section and item numbering ("I.", "1.",
"1.1.", "2.2.1.", "1.2.3.", "3.6.", "a)"), STT cells, headings naming the next period ("IV. NHIỆM VỤ NĂM 2025", "6.
Nhiệm vụ quý IV năm 2025", "III. NHIỆM VỤ QUÝ IV NĂM 2024", "5. Nhiệm vụ tháng 12 năm 2025": no deadlines), numbers in
words ("Ba đơn vị", "sáu nhóm", the days of "ngày mười lăm tháng 3", "ngày ba mươi mốt tháng 10", "ngày ba mươi tháng
11", "ngày mười lăm tháng 12") and years are not figures.

New in this set (the decisions are written here):
- PAGES AS A PDF CONVERTER GIVES THEM. Form feeds ("\\f") end the pages of 795 and 798, each new page opening with a
  running header ("Báo cáo số 28/BC-UBND ngày 10/01/2025 của UBND tỉnh Thanh Hóa", "UBND huyện Cẩm Giàng - Báo cáo
  số 186/BC-UBND"); 796 and 799 have no form feeds, their footers ("Sở Nông nghiệp và Môi trường tỉnh Lào Cai   Trang
  1/4", "… Trang 1/3") and running headers ("Báo cáo số 2186/BC-SNNMT ngày 07/10/2025") standing between lines; 795
  and 798 footers "Trang 1/4", "Trang 1"; 797 BARE PAGE NUMBERS centred on a line of their own ("2", "3", "4", as
  Vietnamese administrative documents number pages from the second). Page numbers, headers and footers hold no
  figures and no deadlines; the text around them is read as if they were absent.
- A SENTENCE BROKEN ACROSS A PAGE (795 "tập trung ở lĩnh vực đất đai tại cấp" … footnotes, footer, form feed,
  header … "huyện (9.846 hồ sơ)": the overdue files of the land field at cấp huyện, subject unchecked, level huyện;
  799 "có 17/40 xã, phường" … footer, header … "xếp loại Tốt."). Sentences also wrap mid-phrase at line ends ("9/26\n
  huyện", "18,38\nđiểm phần trăm", "đạt tối\nthiểu 55%", "(tháng\n9/2025: 81,08 điểm", "phường Trương\nQuang Trọng",
  "quý IV năm\n2024"); a figure is never cut; names cut by the line's end are read whole. One word is hyphenated at a
  line's end (798 "giải-\nquyết"). Contexts are written inside one line as the file has them.
- FOOTNOTES AT THE PAGE'S FOOT under a rule, in three marker styles: 795 "¹ ² ³" (a count of decisions; "78,46%³"
  annotated by "³ Chỉ tiêu năm 2024 UBND tỉnh giao là 80%; năm 2023 tỷ lệ này của tỉnh đạt 52,18%": the target at the
  period end and a previous value dated 2023-12-31, both the digitisation code; the 78,46% keeps target unchecked as
  golden/blind128.py's 718), 796 "[1] [2] [3]" (fields, decision numbers, and "[3] Cộng gộp số liệu … hai tỉnh …
  trước hợp nhất" annotating "15.846 hồ sơ[3]"), 799 "(1)" glued to a word ("ngành dọc(1)"), and 797 MARKERS AS PLAIN
  DIGITS GLUED TO A WORD, as a converter flattens superscripts ("sau sắp xếp1", "miền núi2"), with the notes "1 Áp
  dụng đối với 96 đơn vị …" and "2 Các xã này có tỷ lệ … dưới 40% và … dưới 55%." at the page's foot: the marker digit
  and the note's leading number are no figures; the notes' figures are.
- A MARKDOWN TABLE CUT BY A PAGE BREAK WITH ITS HEADER REPEATED (795, as golden/blind128.py's 715, here with a form
  feed and a running header between the parts): one table of eight bodies and "Cộng cấp tỉnh" (empty STT, `cấp
  tỉnh`, its 186.246 and two shares repeat 3.1 and 3.2 a)); the repeated header row is no row.
- A TABLE LAID OUT WITH RUNS OF SPACES (798, as `pdftotext -layout` keeps a ruled table: header words and cells
  aligned by spaces, no separators; a "100" and a "0" cell; "Cộng cấp huyện" without STT). Cells are the
  space-separated fields after the field name; a cell's context is the cell, the rest of its line and the next line.
- AN APPENDIX WITH A WIDE TABLE after the signature: 796 tab-separated, nine columns (carried over, received, online,
  settled, overdue, pending, on-time share) of the land registration office and its five area branches; 797 a
  Markdown table of ten columns whose header states each maximum ("Công khai, minh bạch (18)" … "Tổng điểm (100)",
  "Xếp hạng (/96)"): the score cells carry their column's maximum and the rank cells the maximum 96.

Per document:
- 795 is an annual Báo cáo of UBND tỉnh Thanh Hóa (before the merger; header "ỦY BAN NHÂN DÂN / TỈNH THANH HÓA",
  number "28/BC-UBND", signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") to the Văn phòng Chính phủ, năm 2024,
  issued 10/01/2025 (ranks /63). Province figures (subject NULL): "52 quyết định … 684 TTHC (ban hành mới 168 TTHC, …
  402 TTHC, … 114 TTHC)¹", "100%", TTHC by level and by online service, files "1.284.612 hồ sơ (năm 2023: 1.126.418 hồ
  sơ), tăng 158.194 hồ sơ, tương ứng tăng 14,04%" by level, online "826.418 hồ sơ, chiếm 64,33%; so với chỉ tiêu …
  năm 2024 là 60% thì đã đạt chỉ tiêu", settled, on time, overdue (the land field's across the page), "12.914 thư xin
  lỗi, đạt 95,46%" (the bodies': open), pending; 3.2's a) b) c) shares by level; the page-broken table; the lowest
  Sở's "1.082 hồ sơ …, chiếm 82,41%" (overdue code; the share unchecked); payment "59,64% (năm 2023: 38,72%), tăng
  20,92 điểm phần trăm", "1.846,72 tỷ đồng", digitisation with footnote ³, e-results, reuse; PAKN, satisfaction; the
  766 result `84,36/100`, `19/63` "(năm 2023: 76,12 điểm, xếp thứ 38/63), tăng 8,24 điểm và tăng 19 bậc", six groups
  "đạt x/max điểm", three block averages, grades "12/21 sở, ban, ngành, 9/26 huyện, … 214/547 xã, … 03 huyện"; the
  communes' payment "41,26%, thấp hơn bình quân toàn tỉnh 18,38 điểm phần trăm" (`cấp xã`, the gap negative), "38 xã,
  thị trấn … dưới 50%". Task 3's "tối thiểu 55% trong quý II năm 2025" the communes' target (subject unchecked, level
  xã, 2025-06-30). Six deadlines in numbered items: day, "chậm nhất ngày mười lăm tháng 3 năm 2025" for three named
  districts, quarter (with the target), month, year in a request "Đề nghị Bưu điện tỉnh Thanh Hóa …", "trước ngày 18
  hằng tháng" (issued 10/01/2025: first 18/01/2025).
- 796 is a quarterly Báo cáo of the Sở Nông nghiệp và Môi trường tỉnh Lào Cai (merged with Yên Bái; header "UBND TỈNH
  LÀO CAI / SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", number "2186/BC-SNNMT", signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC") to UBND tỉnh,
  quý III năm 2025, issued 07/10/2025. The Sở's figures (`Sở Nông nghiệp và Môi trường`, level tỉnh): "236 TTHC thuộc
  14 lĩnh vực[1], … 168 TTHC … và 68 TTHC … của UBND cấp xã" (the 68 level xã, subject unchecked), "04 quyết định"
  (the Chairman's: subject unchecked, level tỉnh), "57 TTHC[2]; 100%", online services; files "17.520 hồ sơ (quý II
  năm 2025: 15.846 hồ sơ[3]), tăng 1.674 hồ sơ, tương ứng tăng 10,56%" (the previous value adds up the two former Sở:
  subject unchecked, level tỉnh, 2025-06-30), online "13.642 hồ sơ, chiếm 77,87%" against the target in the next
  sentence "Chỉ tiêu UBND tỉnh giao cho Sở năm 2025 là 80%, … chưa đạt chỉ tiêu" (2025-12-31), settled, on time,
  overdue, pending, "231 thư xin lỗi, đạt 92,40%" ("Sở và các đơn vị trực thuộc": subject unchecked); 2.2 the land
  field "Văn phòng Đăng ký đất đai tỉnh và 05 chi nhánh … 13.394 hồ sơ, chiếm 76,45%", sub-items 2.2.1 and 2.2.2
  (subject unchecked, level tỉnh; "quá hạn 64 hồ sơ" overdue code), the lowest branch "(95,68%) … (62,02%)" (as
  written, level tỉnh); 2.3 the other fields; payment "69,50% (quý II năm 2025: 61,24%)" (the previous value before
  the merger: subject unchecked), "126,48 tỷ đồng", digitisation, e-results, reuse; "14/14 PAKN, đạt 100%",
  satisfaction; the Sở's 766 of tháng 9/2025 `86,74/100`, `9/17` among the sở "(tháng 8/2025: 84,92 điểm, xếp thứ
  11/17), tăng 1,82 điểm và tăng 2 bậc" (codes unchecked: a Sở's result), the province's `83,18/100`, `16/34`; item c)'s
  "tối thiểu 80%" the branches' target (subject unchecked, level tỉnh, 2025-12-31); the appendix (area branches as
  written, level tỉnh: units of a provincial Sở; the head office's row and "Tổng cộng" subject unchecked; received,
  online, overdue and on-time columns with their codes, the others unchecked). Five deadlines in "a) … đ)" items: day,
  "chậm nhất ngày ba mươi mốt tháng 10 năm 2025", quarter (with the target), month, "trước ngày 22 hằng tháng" (issued
  07/10/2025: first 22/10/2025).
- 797 is a THÔNG BÁO of the Văn phòng UBND tỉnh Quảng Ngãi (merged with Kon Tum; header "UBND TỈNH QUẢNG NGÃI / VĂN
  PHÒNG", number "312/TB-VP", signed "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG") of the communes' 766 results, tháng 10
  năm 2025, issued 06/11/2025 (ranks /34). The province (subject NULL): `82,46/100`, `21/34` "(tháng 9/2025: 81,08
  điểm, xếp thứ 24/34), tăng 1,38 điểm và tăng 3 bậc", files, online, on time, payment. The communes (subject
  unchecked, level xã): the average "79,86 điểm (tháng 9/2025: 78,12 điểm), tăng 1,74 điểm" (no maximum written), the
  blocks "(10 đơn vị) … 86,42 điểm; … (86 đơn vị) … 79,10 điểm", grades "28 đơn vị … (chiếm 29,17%), 54 … 14 đơn vị";
  the first and last three in brackets (as written, level xã; codes unchecked); two group averages "6,12/10", "15,84/22"
  (the group codes); `cấp xã`'s "66,48%" and "54,26%"; "31/96 xã, phường, đặc khu … từ 60% trở lên". Task 3.2's "tối
  thiểu 60%" the communes' target (2025-12-31). Six deadlines in items 3.1–3.6: day for three named communes, quarter
  (with the target), "chậm nhất ngày ba mươi tháng 11 năm 2025", month, "trước ngày 05 hằng tháng" (issued 06/11/2025,
  after the 5th: first 05/12/2025), year in a request "Đề nghị Bưu điện tỉnh Quảng Ngãi …".
- 798 is a Báo cáo of UBND huyện Cẩm Giàng (tỉnh Hải Dương, before the merger; header "ỦY BAN NHÂN DÂN / HUYỆN CẨM
  GIÀNG", number "186/BC-UBND", signed "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH") to UBND tỉnh, 9 tháng đầu năm 2024, issued
  04/10/2024. The district's own figures (`UBND huyện Cẩm Giàng`): "06 văn bản", "02 lớp" (code None), "146 lượt công
  chức cấp huyện, cấp xã" (open), "100% TTHC", digitisation "toàn huyện đạt 84,62%", "9.846 bản", PAKN, its 766 of
  tháng 9/2024 `84,18/100`, `5/12` among the district-level units "(tháng 6/2024: 81,72 điểm, xếp thứ 8/12), tăng 2,46
  điểm và tăng 3 bậc" (the total and rank codes, as golden/blind140.py's ward). `cấp huyện`: "276 TTHC", "12.416 hồ sơ
  (9 tháng đầu năm 2023: 10.862 hồ sơ), tăng 14,31%" (previous 2023-09-30), online, settled, on time, overdue and the
  land field's "(176 hồ sơ)" (subject unchecked, level huyện), the layout table. `cấp xã`: "162 TTHC", "17 xã, thị
  trấn" (code None), files, online, on time, the highest and lowest units in brackets, "05/17 … dưới 50%". Payment by
  level with TWO TARGETS AFTER "tương ứng là" ("58,46% … 36,12%; so với chỉ tiêu UBND tỉnh giao năm 2024 tương ứng là
  50% và 40% thì cấp huyện đã đạt, cấp xã chưa đạt": targets dated 2024-12-31, after the period end); the communes'
  average "79,64 điểm" and "06/17". Task 2's "dứt điểm 176 hồ sơ" a target dated 2024-10-31 (subject unchecked, level
  huyện); task 3's "tối thiểu 40%" the communes' (2024-12-31). Six deadlines in numbered items: day, "chậm nhất ngày ba
  mươi mốt tháng 10 năm 2024" (with the quantity), a quarter cut by the line's end ("quý IV năm\n2024": the date words
  "quý IV"), month, year in a request "Đề nghị Viễn thông Hải Dương …", "trước ngày 20 hằng tháng" (issued 04/10/2024:
  first 20/10/2024).
- 799 is a monthly Báo cáo of the Trung tâm Phục vụ hành chính công thành phố Huế (a centrally-run city; header "UBND
  THÀNH PHỐ HUẾ / TRUNG TÂM PHỤC VỤ / HÀNH CHÍNH CÔNG", number "486/BC-TTPVHCC", signed "GIÁM ĐỐC") to UBND thành phố,
  tháng 11 năm 2025, issued 03/12/2025. The centre's figures (`Trung tâm Phục vụ hành chính công thành phố`, level
  tỉnh): "42 quầy", "68 công chức" (code None), files "9.846 hồ sơ (tháng 10/2025: 9.124 hồ sơ), tăng 722 hồ sơ,
  tương ứng tăng 7,91%" by channel, settled, on time, overdue "44 hồ sơ, gồm: Sở Nông nghiệp và Môi trường 31 hồ sơ,
  Sở Xây dựng 9 hồ sơ, Sở Công Thương 4 hồ sơ" (each Sở, overdue code), payment "76,28% (tháng 10/2025: 72,64%), tăng
  3,64 điểm phần trăm" against "chỉ tiêu UBND thành phố giao năm 2025 là 80%, Trung tâm chưa đạt chỉ tiêu" (2025-12-31),
  "18,46 tỷ đồng", digitisation, e-results, reuse, "2.418 bản", evaluations "6.214 lượt … 6.146 lượt …, đạt 98,91%; 68
  lượt …, chiếm 1,09%" (the share the satisfaction code), "09/09 PAKN, đạt 100%"; "19 sở, ban, ngành và 04 cơ quan
  ngành dọc(1)" (`đơn vị`, level tỉnh) and "44 thư xin lỗi" (subject unchecked); the dash list of five bodies (as
  written: "Công an thành phố", "Bảo hiểm xã hội thành phố"); the city (subject NULL) `86,18/100`, `8/34` "(tháng
  10/2025: 85,36 điểm, xếp thứ 9/34), tăng 0,82 điểm và tăng 1 bậc", six groups "x/max" (two raws "15,92"), block
  averages, "17/40 xã, phường". Task 5.2's "tối thiểu 80%" the centre's target (2025-12-31). Six deadlines in items
  5.1–5.6: day, month (with the target), "chậm nhất ngày mười lăm tháng 12 năm 2025", quarter and year in requests
  "Đề nghị Sở Khoa học và Công nghệ …", "Đề nghị Bưu điện thành phố Huế …", "trước ngày 25 hằng tháng" (issued
  03/12/2025: first 25/12/2025).

Unsure readings (fields left `ANY`, or decided and written here): the level of 796's area branches of the land
registration office (decided: tỉnh, units of a provincial Sở even though each serves an area of communes); the subject
of 796's previous values of quý II năm 2025 (unchecked: before the merger they add up two former Sở, footnote [3] says
so for the files, and the payment share in brackets is read the same way); whose 795's and 799's letters are (the
bodies', unchecked); the code of a commune's own scores and ranks in 797's appendix and brackets (unchecked, as a unit's
own result in golden/blind128.py's 717); whether 798's "toàn huyện" digitisation share is the district's (decided: the
issuer's, as the unit's own figure); the unit of "146 lượt công chức" (decided: `lượt`, the noun written first).
"""
from __future__ import annotations

import re

from golden.facts import (
    _DH,
    _HL,
    _KQ,
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
_PAKN_TN = "pakn.tiep_nhan"
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_CHUA = "766.dvctt.chua_cung_cap"
_GROUP_CODES = ["766.cong_khai", "766.tien_do", "766.dvctt", "766.thanh_toan", "766.so_hoa", "766.hai_long"]
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_HUYEN = {"subject": ANY, "level": "huyện"}
_IN_XA = {"subject": ANY, "level": "xã"}

# A numeric cell: (raw, unit, kind, code, max_value).
Cell = tuple[str, str, str, object, float | None]


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


def _cells(line: str, sep: str, after: str, who: dict, cells: list[Cell], as_of: str = "period") -> list[Fact]:
    """The numeric cells of one table row written as `line`, left to right. A cell's context is the separator before
    it, the rest of its row and the start of the next line (`after`), so that it occurs once and the raw text is found
    first at the cell itself."""
    facts, at = [], 0
    for raw, unit, kind, code, top in cells:
        at = _find_cell(line, sep, raw, at)
        facts.append(F(line[at:] + "\n" + after, raw, _num(raw), unit, kind, max_value=top, as_of=as_of, code=code,
                       extra=TAB, **who))
        at += len(sep)
    return facts


def _md_line(cells: tuple[str, ...]) -> str:
    """A Markdown table row as the documents write it (an empty cell as "| |")."""
    return ("| " + " | ".join(cells) + " |").replace("|  |", "| |")


def _layout_cells(line: str, after: str, who: dict, specs: list[tuple[str, object]]) -> list[Fact]:
    """The numeric cells of a row laid out with runs of spaces (as a PDF converter keeping the layout writes it): the
    last `len(specs)` space-separated fields, each `(unit, code)`. A cell's context is the cell, the rest of its row
    and the next line (`after`)."""
    fields = list(re.finditer(r"\S+(?: \S+)*", line))[-len(specs):]
    return [F(line[field.start():] + "\n" + after, field.group(), _num(field.group()), unit, P, code=code,
              extra=TAB, **who) for field, (unit, code) in zip(fields, specs, strict=True)]


def _by(subject: str | None, level: str | None):
    """A row maker for one body's own figures (subject and level fixed)."""
    def make(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
        return F(context, raw, value, unit, kind, subject=subject, level=level, **kw)
    return make


_prov = _by(None, None)


def _groups(contexts: list[tuple[str, str]]) -> list[Fact]:
    """The six group scores `x/max` of the 766 index (the province's or city's, subject NULL), each with its
    maximum."""
    facts = []
    for (context, raw), code in zip(contexts, _GROUP_CODES, strict=True):
        got, top = raw.split("/")
        facts.append(_prov(context, raw, _num(got), "điểm", max_value=_num(top), code=code))
    return facts


# ------------------------------------------------------------ 795: UBND tỉnh Thanh Hóa, năm 2024 (PDF text with form
# feeds, a Markdown table cut by a page break with its header repeated, footnotes "¹ ² ³" at the page's foot)
_Y2023 = "2023-12-31"
_BODIES_795 = [
    ("1", "Sở Tài nguyên và Môi trường", "38.412", "72,46", "97,18"),
    ("2", "Sở Giao thông vận tải", "31.846", "96,84", "99,92"),
    ("3", "Sở Tư pháp", "24.618", "91,36", "99,88"),
    ("4", "Sở Kế hoạch và Đầu tư", "18.204", "98,12", "100"),
    ("5", "Sở Y tế", "9.846", "86,54", "99,64"),
    ("6", "Sở Lao động - Thương binh và Xã hội", "8.412", "82,18", "99,46"),
    ("7", "Công an tỉnh", "22.618", "94,72", "99,96"),
    ("8", "Các cơ quan còn lại", "32.290", "87,05", "99,71"),
    ("", "Cộng cấp tỉnh", "186.246", "88,62", "99,54"),
]


def _bodies_795() -> list[Fact]:
    """The Markdown table of 3.3, rows 1-5 on page 2 and rows 6-8 and the total on page 3 under the repeated header
    (no row). Each body as written (level tỉnh), "Các cơ quan còn lại" subject unchecked, "Cộng cấp tỉnh" `cấp tỉnh`.
    Files received (received code), online and on-time shares. Row 5's next line is the page footer."""
    facts = []
    for i, row in enumerate(_BODIES_795):
        stt, name, files, online, on_time = row
        if i == 4:
            after = ""
        elif i + 1 == len(_BODIES_795):
            after = "\nSở Tài nguyên và Môi trường có"
        else:
            after = _md_line(_BODIES_795[i + 1][:2])
        if name == "Cộng cấp tỉnh":
            who = {"subject": "cấp tỉnh", "level": "tỉnh"}
        elif name.startswith("Các"):
            who = _IN_TINH
        else:
            who = {"subject": name, "level": "tỉnh"}
        facts += _cells(_md_line(row), " | ", after, who, [(files, "hồ sơ", P, _TN, None),
                                                          (online, "%", P, _NOP, None), (on_time, "%", P, _DH, None)])
    return facts


def _level(subject: str, level: str):
    return {"subject": subject, "level": level}


_TINH, _HUYEN, _XA = _level("cấp tỉnh", "tỉnh"), _level("cấp huyện", "huyện"), _level("cấp xã", "xã")
_TNMT = _level("Sở Tài nguyên và Môi trường", "tỉnh")

BLIND_795 = [
    # I.1.1 decisions and the procedures they publish (footnote ¹ a count of decisions), I.1.2 published on time
    _prov("ban hành 52 quyết định", "52", 52, "quyết định", C, code=None),
    _prov("danh mục với 684 TTHC", "684", 684, "TTHC", C, code=ANY),
    _prov("hành mới 168 TTHC", "168", 168, "TTHC", C, code=ANY),
    _prov("bổ sung 402 TTHC", "402", 402, "TTHC", C, code=ANY),
    _prov("bãi bỏ 114 TTHC", "114", 114, "TTHC", C, code=ANY),
    _prov("Trong đó có 18 quyết định", "18", 18, "quyết định", C, code=None),
    _prov("về TTHC đạt 100%", "100%", 100, "%", code=ANY),
    # I.2 procedures by level and by online service
    _prov("có 1.936 TTHC", "1.936", 1936, "TTHC", C, code=ANY),
    F("cấp tỉnh 1.498", "1.498", 1498, "TTHC", C, code=ANY, **_TINH),
    F("cấp huyện 276 TTHC", "276", 276, "TTHC", C, code=ANY, **_HUYEN),
    F("cấp xã 162 TTHC", "162", 162, "TTHC", C, code=ANY, **_XA),
    _prov("trình là 1.052 TTHC", "1.052", 1052, "TTHC", C, code=_TOAN),
    _prov("chiếm 54,34%", "54,34%", 54.34, "%", code=_TOAN),
    _prov("một phần là 734 TTHC", "734", 734, "TTHC", C, code=_MOT),
    _prov("chiếm 37,91%", "37,91%", 37.91, "%", code=_MOT),
    _prov("còn lại 150 TTHC", "150", 150, "TTHC", C, code=_CHUA),
    # I.3.1 files (2023 in brackets), by level, online against the year's target
    _prov("tiếp nhận 1.284.612 hồ sơ", "1.284.612", 1284612, "hồ sơ", C, code=_TN),
    _prov("(năm 2023: 1.126.418 hồ sơ)", "1.126.418", 1126418, "hồ sơ", PR, as_of=_Y2023, code=_TN),
    _prov("tăng 158.194 hồ", "158.194", 158194, "hồ sơ", CH, code=ANY),
    _prov("tương ứng tăng 14,04%", "14,04%", 14.04, "%", CH, code=ANY),
    F("cấp tỉnh 186.246 hồ sơ", "186.246", 186246, "hồ sơ", C, code=_TN, **_TINH),
    F("cấp huyện 312.408 hồ sơ", "312.408", 312408, "hồ sơ", C, code=_TN, **_HUYEN),
    F("xã 785.958 hồ sơ", "785.958", 785958, "hồ sơ", C, code=_TN, **_XA),
    _prov("là 826.418 hồ sơ", "826.418", 826418, "hồ sơ", C, code=_NOP),
    _prov("chiếm 64,33%", "64,33%", 64.33, "%", code=_NOP, target=60, stated_status="đạt"),
    _prov("năm 2024 là 60%", "60%", 60, "%", T, code=_NOP),
    # settled, on time, overdue; the sentence runs over the page break ("tại cấp" … "huyện (9.846 hồ sơ)")
    _prov("Đã giải quyết 1.262.846 hồ sơ", "1.262.846", 1262846, "hồ sơ", C, code=ANY),
    _prov("đúng hạn 1.249.318 hồ sơ", "1.249.318", 1249318, "hồ sơ", C, code=_DH),
    _prov("đạt 98,93%", "98,93%", 98.93, "%", code=_DH),
    _prov("quá hạn 13.528 hồ sơ", "13.528", 13528, "hồ sơ", C, code=_QH),
    _prov("chiếm 1,07%", "1,07%", 1.07, "%", code=_QH),
    F("huyện (9.846 hồ sơ)", "9.846", 9846, "hồ sơ", C, code=_QH, **_IN_HUYEN),
    F("gửi 12.914 thư", "12.914", 12914, "thư xin lỗi", C, code=ANY, **_OPEN),
    F("đạt 95,46%", "95,46%", 95.46, "%", code=ANY, **_OPEN),
    _prov("là 21.766 hồ sơ", "21.766", 21766, "hồ sơ", C, code=ANY),
    # I.3.2 a) b) c) shares by level
    F("trực tuyến đạt 88,62%", "88,62%", 88.62, "%", code=_NOP, **_TINH),
    F("hạn đạt 99,54%", "99,54%", 99.54, "%", code=_DH, **_TINH),
    F("trực tuyến đạt 61,28%", "61,28%", 61.28, "%", code=_NOP, **_HUYEN),
    F("hạn đạt 96,87%", "96,87%", 96.87, "%", code=_DH, **_HUYEN),
    F("trực tuyến đạt 59,79%", "59,79%", 59.79, "%", code=_NOP, **_XA),
    F("hạn đạt 99,26%", "99,26%", 99.26, "%", code=_DH, **_XA),
    # I.3.3 the page-broken table, then the lowest Sở
    *_bodies_795(),
    F("có 1.082 hồ sơ", "1.082", 1082, "hồ sơ", C, code=_QH, **_TNMT),
    F("chiếm 82,41%", "82,41%", 82.41, "%", code=ANY, **_TNMT),
    # I.4 payment (2023 in brackets), money, digitisation (footnote ³: the target and 2023), e-results, reuse
    _prov("có 412.846 hồ sơ", "412.846", 412846, "hồ sơ", C, code=ANY),
    _prov("trong đó 246.218 hồ sơ", "246.218", 246218, "hồ sơ", C, code=_TT),
    _prov("đạt 59,64%", "59,64%", 59.64, "%", code=_TT),
    _prov("(năm 2023: 38,72%)", "38,72%", 38.72, "%", PR, as_of=_Y2023, code=_TT),
    _prov("tăng 20,92 điểm", "20,92", 20.92, "%", CH, code=ANY),
    _prov("là 1.846,72 tỷ đồng", "1.846,72", 1846.72, "tỷ đồng", code=ANY),
    _prov("đạt 78,46%", "78,46%", 78.46, "%", code=_SH),
    _prov("đạt 92,18%", "92,18%", 92.18, "%", code=_KQ),
    _prov("đạt 41,36%", "41,36%", 41.36, "%", code=_TSD),
    _prov("giao là 80%", "80%", 80, "%", T, code=_SH),
    _prov("tỉnh đạt 52,18%", "52,18%", 52.18, "%", PR, as_of=_Y2023, code=_SH),
    # I.5 PAKN, satisfaction
    _prov("tiếp nhận 1.246 PAKN", "1.246", 1246, "PAKN", C, code=_PAKN_TN),
    _prov("lý 1.218 PAKN", "1.218", 1218, "PAKN", C, code=ANY),
    _prov("đạt 97,75%", "97,75%", 97.75, "%", code=ANY),
    _prov("97,75%; 28 PAKN", "28", 28, "PAKN", C, code=ANY),
    _prov("đạt 96,84%", "96,84%", 96.84, "%", code=_HL),
    # II. the 766 result of 2024 (2023 in brackets), six groups, blocks, grades
    _prov("84,36/100 điểm", "84,36/100", 84.36, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 19/63", "19/63", 19, "hạng", R, max_value=63, code=_HANG),
    _prov("(năm 2023: 76,12 điểm", "76,12", 76.12, "điểm", PR, max_value=100, as_of=_Y2023, code=_TONG),
    _prov("xếp thứ 38/63)", "38/63", 38, "hạng", PR, max_value=63, as_of=_Y2023, code=_HANG),
    _prov("8,24 điểm và", "8,24", 8.24, "điểm", CH, code=_TONG),
    _prov("tăng 19 bậc", "19", 19, "hạng", CH, code=_HANG),
    *_groups([("minh bạch đạt 16,92/18", "16,92/18"), ("giải quyết đạt 18,74/20", "18,74/20"),
              ("trực tuyến đạt 9,12/12", "9,12/12"), ("trực tuyến đạt 6,86/10", "6,86/10"),
              ("hồ sơ đạt 16,38/22", "16,38/22"), ("16,34/18 điểm", "16,34/18")]),
    F("bình quân đạt 86,14 điểm", "86,14", 86.14, "điểm", code=ANY, **_IN_TINH),
    F("80,26 điểm; khối xã", "80,26", 80.26, "điểm", code=ANY, **_IN_HUYEN),
    F("bình quân đạt 77,48 điểm", "77,48", 77.48, "điểm", code=ANY, **_IN_XA),
    F("Có 12/21", "12/21", 12, "đơn vị", C, max_value=21, code=None, **_IN_TINH),
    F("ngành, 9/26", "9/26", 9, "huyện", C, max_value=26, code=None, **_IN_HUYEN),
    F("và 214/547", "214/547", 214, "xã", C, max_value=547, code=None, **_IN_XA),
    F("03 huyện xếp loại", "03", 3, "huyện", C, code=None, **_IN_HUYEN),
    # III. the communes' payment share and its gap to the province's (negative), the threshold of a count
    F("mới đạt 41,26%", "41,26%", 41.26, "%", code=_TT, **_XA),
    F("toàn tỉnh 18,38", "18,38", -18.38, "%", CH, code=ANY, **_XA),
    F("Còn 38 xã", "38", 38, "xã", C, code=None, **_IN_XA),
    F("dưới 50%", "50%", 50, "%", T, code=ANY, **_IN_XA),
    # IV. task 3's target of the communes for quý II năm 2025
    F("thiểu 55% trong", "55%", 55, "%", T, as_of="2025-06-30", code=_TT, **_IN_XA),
]


# ------------------------------------------------------------ 796: Sở Nông nghiệp và Môi trường tỉnh Lào Cai, quý III
# năm 2025 (text footers and running headers, "[1]" footnotes, an appendix with a wide tab-separated table)
_SO_796 = "Sở Nông nghiệp và Môi trường"
_so = _by(_SO_796, "tỉnh")
_Q2_2025 = "2025-06-30"
_AUG_2025 = "2025-08-31"
_NL = "Chi nhánh Văn phòng Đăng ký đất đai khu vực Nghĩa Lộ"
_LAND_796 = [
    ("1", "Văn phòng Đăng ký đất đai (trụ sở chính)", "126", "1.846", "1.512", "1.804", "12", "168", "99,33"),
    ("2", "Chi nhánh khu vực Cam Đường", "214", "3.418", "2.734", "3.386", "48", "246", "98,58"),
    ("3", "Chi nhánh khu vực Sa Pa", "98", "1.612", "1.106", "1.574", "36", "136", "97,71"),
    ("4", "Chi nhánh khu vực Bảo Thắng", "142", "2.206", "1.618", "2.164", "22", "184", "98,98"),
    ("5", "Chi nhánh khu vực Văn Phú", "186", "2.948", "2.412", "2.902", "31", "232", "98,93"),
    ("6", "Chi nhánh khu vực Nghĩa Lộ", "118", "1.364", "846", "1.318", "57", "164", "95,68"),
    ("", "Tổng cộng", "884", "13.394", "10.228", "13.148", "206", "1.130", "98,43"),
]
# Columns after STT and name: carried over, received, of which online, settled, overdue, pending, on-time share.
_LAND_COLUMNS = [("hồ sơ", ANY), ("hồ sơ", _TN), ("hồ sơ", _NOP), ("hồ sơ", ANY), ("hồ sơ", _QH), ("hồ sơ", ANY),
                 ("%", _DH)]


def _land_796() -> list[Fact]:
    """The appendix's tab-separated table of the land registration office and its five area branches: the branches
    as written (level tỉnh: units of a provincial Sở), the head office's row and "Tổng cộng" subject unchecked (level
    tỉnh). Seven numeric columns; the next line after the total is the page footer."""
    facts = []
    for i, row in enumerate(_LAND_796):
        line = "\t".join(row)
        after = ("\t".join(_LAND_796[i + 1][:2]) if i + 1 < len(_LAND_796)
                 else "Sở Nông nghiệp và Môi trường tỉnh Lào Cai")
        who = {"subject": row[1], "level": "tỉnh"} if row[1].startswith("Chi nhánh") else _IN_TINH
        facts += _cells(line, "\t", after, who, [(raw, unit, P, code, None)
                                                  for raw, (unit, code) in zip(row[2:], _LAND_COLUMNS, strict=True)])
    return facts


BLIND_796 = [
    # 1.1 the Sở's procedures ("14 lĩnh vực[1]": the marker no figure), 1.2 decisions, 1.3 online services
    _so("thực hiện 236 TTHC", "236", 236, "TTHC", C, code=ANY),
    _so("thuộc 14 lĩnh vực", "14", 14, "lĩnh vực", C, code=None),
    _so("trong đó 168 TTHC", "168", 168, "TTHC", C, code=ANY),
    F("và 68 TTHC", "68", 68, "TTHC", C, code=ANY, **_IN_XA),
    F("ban hành 04 quyết định", "04", 4, "quyết định", C, code=None, **_IN_TINH),
    _so("bổ sung 57 TTHC", "57", 57, "TTHC", C, code=ANY),
    _so("; 100% TTHC", "100%", 100, "%", code=ANY),
    _so("toàn trình là 112 TTHC", "112", 112, "TTHC", C, code=_TOAN),
    _so("chiếm 47,46%", "47,46%", 47.46, "%", code=_TOAN),
    _so("96 TTHC, chiếm 40,68%", "96", 96, "TTHC", C, code=_MOT),
    _so("chiếm 40,68%", "40,68%", 40.68, "%", code=_MOT),
    # 2.1 files (quý II the two former Sở added up, footnote [3]), online against the Sở's target of the year
    _so("tiếp nhận 17.520 hồ sơ", "17.520", 17520, "hồ sơ", C, code=_TN),
    F("15.846 hồ sơ[3]", "15.846", 15846, "hồ sơ", PR, as_of=_Q2_2025, code=_TN, **_IN_TINH),
    _so("tăng 1.674 hồ sơ", "1.674", 1674, "hồ sơ", CH, code=ANY),
    _so("tăng 10,56%", "10,56%", 10.56, "%", CH, code=ANY),
    _so("trực tuyến 13.642 hồ sơ", "13.642", 13642, "hồ sơ", C, code=_NOP),
    _so("chiếm 77,87%", "77,87%", 77.87, "%", code=_NOP, target=80, stated_status="chưa đạt"),
    _so("năm 2025 là 80%", "80%", 80, "%", T, as_of="2025-12-31", code=_NOP),
    _so("Đã giải quyết 16.962 hồ sơ", "16.962", 16962, "hồ sơ", C, code=ANY),
    _so("trước hạn 16.712 hồ sơ", "16.712", 16712, "hồ sơ", C, code=_DH),
    _so("đạt 98,53%", "98,53%", 98.53, "%", code=_DH),
    _so("hạn 250 hồ sơ", "250", 250, "hồ sơ", C, code=_QH),
    _so("chiếm 1,47%", "1,47%", 1.47, "%", code=_QH),
    _so("đang giải quyết 1.570 hồ sơ", "1.570", 1570, "hồ sơ", C, code=ANY),
    F("231 thư xin lỗi", "231", 231, "thư xin lỗi", C, code=ANY, **_IN_TINH),
    F("đạt 92,40%", "92,40%", 92.4, "%", code=ANY, **_IN_TINH),
    # 2.2 the land field (after the page break): the office and its branches, 2.2.1 and 2.2.2, the lowest branch
    F("và 05 chi nhánh", "05", 5, "chi nhánh", C, code=None, **_IN_TINH),
    F("tiếp nhận 13.394 hồ sơ", "13.394", 13394, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("chiếm 76,45%", "76,45%", 76.45, "%", code=ANY, **_IN_TINH),
    F("đất đai: 9.846 hồ sơ", "9.846", 9846, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("trực tuyến 7.912 hồ sơ", "7.912", 7912, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("lần đầu: 1.218 hồ sơ", "1.218", 1218, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("quá hạn 64 hồ sơ", "64", 64, "hồ sơ", C, code=_QH, **_IN_TINH),
    F("(95,68%)", "95,68%", 95.68, "%", subject=_NL, level="tỉnh", code=_DH),
    F("(62,02%)", "62,02%", 62.02, "%", subject=_NL, level="tỉnh", code=_NOP),
    # 2.3 the other fields
    F("còn lại tiếp nhận 4.126 hồ sơ", "4.126", 4126, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("trực tuyến 3.414 hồ sơ", "3.414", 3414, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("quá hạn 44 hồ sơ", "44", 44, "hồ sơ", C, code=_QH, **_IN_TINH),
    # 3. payment (quý II in brackets: before the merger, subject unchecked), money, digitisation, e-results, reuse
    _so("là 8.412 hồ sơ", "8.412", 8412, "hồ sơ", C, code=ANY),
    _so("trực tuyến 5.846", "5.846", 5846, "hồ sơ", C, code=_TT),
    _so("đạt 69,50%", "69,50%", 69.5, "%", code=_TT),
    F("(quý II năm 2025: 61,24%)", "61,24%", 61.24, "%", PR, as_of=_Q2_2025, code=_TT, **_IN_TINH),
    _so("tăng 8,26 điểm", "8,26", 8.26, "%", CH, code=ANY),
    _so("tuyến 126,48 tỷ đồng", "126,48", 126.48, "tỷ đồng", code=ANY),
    _so("đạt 91,36%", "91,36%", 91.36, "%", code=_SH),
    _so("đạt 98,72%", "98,72%", 98.72, "%", code=_KQ),
    _so("đạt 46,18%", "46,18%", 46.18, "%", code=_TSD),
    # 4. PAKN, satisfaction
    _so("tiếp nhận 14 PAKN", "14", 14, "PAKN", C, code=_PAKN_TN),
    _so("14/14 PAKN", "14/14", 14, "PAKN", C, max_value=14, code=ANY),
    _so("PAKN, đạt 100%", "100%", 100, "%", code=ANY),
    _so("đạt 95,62%", "95,62%", 95.62, "%", code=_HL),
    # 5. the Sở's 766 result of tháng 9/2025 among the 17 sở (August in brackets); the province's
    _so("đạt 86,74/100", "86,74/100", 86.74, "điểm", max_value=100, code=ANY),
    _so("xếp thứ 9/17", "9/17", 9, "hạng", R, max_value=17, code=ANY),
    _so("(tháng 8/2025: 84,92 điểm", "84,92", 84.92, "điểm", PR, max_value=100, as_of=_AUG_2025, code=ANY),
    _so("xếp thứ 11/17)", "11/17", 11, "hạng", PR, max_value=17, as_of=_AUG_2025, code=ANY),
    _so("tăng 1,82 điểm", "1,82", 1.82, "điểm", CH, code=ANY),
    _so("tăng 2 bậc", "2", 2, "hạng", CH, code=ANY),
    _prov("đạt 83,18/100", "83,18/100", 83.18, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 16/34", "16/34", 16, "hạng", R, max_value=34, code=_HANG),
    # 6. c) the branches' target for quý IV năm 2025
    F("tối thiểu 80%", "80%", 80, "%", T, as_of="2025-12-31", code=_NOP, **_IN_TINH),
    # Phụ lục
    *_land_796(),
]


# ------------------------------------------------------------ 797: Văn phòng UBND tỉnh Quảng Ngãi, Thông báo tháng 10
# năm 2025 (bare page numbers, footnote markers as plain digits glued to words, a wide Markdown table in an appendix)
_SEP_2025 = "2025-09-30"
_MAXIMA_797 = [18, 20, 12, 10, 22, 18, 100]
_UNITS_797 = [
    ("1", "Phường Cẩm Thành", "17,86", "19,72", "11,24", "9,46", "19,88", "17,62", "95,78", "1"),
    ("2", "Phường Kon Tum", "17,74", "19,64", "11,06", "9,28", "19,42", "17,58", "94,72", "2"),
    ("3", "Phường Trương Quang Trọng", "17,52", "19,58", "10,94", "9,12", "19,36", "17,46", "93,98", "3"),
    ("4", "Xã Tịnh Khê", "17,48", "19,66", "10,82", "9,04", "19,18", "17,50", "93,68", "4"),
    ("5", "Xã Đăk Pét", "15,12", "17,46", "7,28", "4,86", "12,64", "15,18", "72,54", "94"),
    ("6", "Xã Ba Xa", "14,86", "17,12", "6,94", "4,52", "12,18", "14,92", "70,54", "95"),
    ("7", "Xã Ngọc Linh", "14,28", "16,84", "6,46", "3,94", "11,46", "14,36", "67,34", "96"),
]


def _units_797() -> list[Fact]:
    """The appendix's wide Markdown table: each commune as written (level xã); the six group scores and the total
    carry their column's maximum from the header ("(18)" … "(100)"), the rank "(/96)" is kind rank with maximum 96;
    a unit's own scores and rank have their code unchecked."""
    facts = []
    for i, row in enumerate(_UNITS_797):
        after = _md_line(_UNITS_797[i + 1][:2]) if i + 1 < len(_UNITS_797) else ""
        cells: list[Cell] = [(raw, "điểm", P, ANY, top) for raw, top in zip(row[2:9], _MAXIMA_797, strict=True)]
        cells.append((row[9], "hạng", R, ANY, 96))
        facts += _cells(_md_line(row), " | ", after, {"subject": row[1], "level": "xã"}, cells)
    return facts


BLIND_797 = [
    # footnote 1 (marker "sau sắp xếp1"): the communes after the reform and their kinds
    F("Áp dụng đối với 96 đơn vị", "96", 96, "đơn vị", C, subject="cấp xã", level="xã", code=None),
    F("gồm 86 xã", "86", 86, "xã", C, code=None, **_IN_XA),
    F("09 phường", "09", 9, "phường", C, code=None, **_IN_XA),
    F("01 đặc khu", "01", 1, "đặc khu", C, code=None, **_IN_XA),
    # 1. the province's 766 result of tháng 10/2025 (September in brackets, cut by the line's end) and its files
    _prov("đạt 82,46/100", "82,46/100", 82.46, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 21/34", "21/34", 21, "hạng", R, max_value=34, code=_HANG),
    _prov("9/2025: 81,08 điểm", "81,08", 81.08, "điểm", PR, max_value=100, as_of=_SEP_2025, code=_TONG),
    _prov("xếp thứ 24/34)", "24/34", 24, "hạng", PR, max_value=34, as_of=_SEP_2025, code=_HANG),
    _prov("tăng 1,38 điểm", "1,38", 1.38, "điểm", CH, code=_TONG),
    _prov("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    _prov("tiếp nhận 48.612 hồ sơ", "48.612", 48612, "hồ sơ", C, code=_TN),
    _prov("trực tuyến 34.218 hồ sơ", "34.218", 34218, "hồ sơ", C, code=_NOP),
    _prov("chiếm 70,39%", "70,39%", 70.39, "%", code=_NOP),
    _prov("đạt 98,94%", "98,94%", 98.94, "%", code=_DH),
    _prov("đạt 62,18%", "62,18%", 62.18, "%", code=_TT),
    # 2.1 the communes' average (September in brackets) and the blocks; 2.2 grades
    F("cấp xã đạt 79,86 điểm", "79,86", 79.86, "điểm", code=ANY, **_IN_XA),
    F("(tháng 9/2025: 78,12 điểm)", "78,12", 78.12, "điểm", PR, as_of=_SEP_2025, code=ANY, **_IN_XA),
    F("tăng 1,74 điểm", "1,74", 1.74, "điểm", CH, code=ANY, **_IN_XA),
    F("(10 đơn vị)", "10", 10, "đơn vị", C, code=None, **_IN_XA),
    F("bình quân đạt 86,42 điểm", "86,42", 86.42, "điểm", code=ANY, **_IN_XA),
    F("(86 đơn vị)", "86", 86, "đơn vị", C, code=None, **_IN_XA),
    F("79,10 điểm.", "79,10", 79.1, "điểm", code=ANY, **_IN_XA),
    F("Có 28 đơn vị", "28", 28, "đơn vị", C, code=None, **_IN_XA),
    F("(chiếm 29,17%)", "29,17%", 29.17, "%", code=ANY, **_IN_XA),
    F("54 đơn vị", "54", 54, "đơn vị", C, code=None, **_IN_XA),
    F("14 đơn vị", "14", 14, "đơn vị", C, code=None, **_IN_XA),
    # 2.3 the first three and the last three in brackets (names cut by the line's end read whole)
    F("(95,78 điểm)", "95,78", 95.78, "điểm", subject="phường Cẩm Thành", level="xã", code=ANY),
    F("(94,72 điểm)", "94,72", 94.72, "điểm", subject="phường Kon Tum", level="xã", code=ANY),
    F("(93,98 điểm)", "93,98", 93.98, "điểm", subject="phường Trương Quang Trọng", level="xã", code=ANY),
    F("(67,34 điểm)", "67,34", 67.34, "điểm", subject="xã Ngọc Linh", level="xã", code=ANY),
    F("(70,54 điểm)", "70,54", 70.54, "điểm", subject="xã Ba Xa", level="xã", code=ANY),
    F("(72,54 điểm)", "72,54", 72.54, "điểm", subject="xã Đăk Pét", level="xã", code=ANY),
    # footnote 2 (marker "miền núi2"): two thresholds
    F("dưới 40%", "40%", 40, "%", T, code=ANY, **_IN_XA),
    F("dưới 55%", "55%", 55, "%", T, code=ANY, **_IN_XA),
    # 2.4 two group scores of the communes (averages), 2.5 the communes' shares, the count above a threshold
    F("đạt 6,12/10", "6,12/10", 6.12, "điểm", max_value=10, code="766.thanh_toan", **_IN_XA),
    F("đạt 15,84/22", "15,84/22", 15.84, "điểm", max_value=22, code="766.so_hoa", **_IN_XA),
    F("cấp xã đạt 66,48%", "66,48%", 66.48, "%", code=_NOP, **_XA),
    F("đạt 54,26%", "54,26%", 54.26, "%", code=_TT, **_XA),
    F("Có 31/96", "31/96", 31, "xã", C, max_value=96, code=None, **_IN_XA),
    F("từ 60% trở lên", "60%", 60, "%", T, code=ANY, **_IN_XA),
    # 3.2 the communes' target for quý IV năm 2025
    F("tối thiểu 60%", "60%", 60, "%", T, as_of="2025-12-31", code=_TT, **_IN_XA),
    # Phụ lục
    *_units_797(),
]


# ------------------------------------------------------------ 798: UBND huyện Cẩm Giàng (tỉnh Hải Dương), 9 tháng đầu
# năm 2024 (PDF text with form feeds, a table laid out with runs of spaces, a hyphenated line end)
_UB = "UBND huyện Cẩm Giàng"
_ub = _by(_UB, "huyện")
_ch = _by("cấp huyện", "huyện")
_cx = _by("cấp xã", "xã")
_JUN_2024 = "2024-06-30"
# The table of a) as the file lays it out (STT, field, received, online, on-time share, overdue).
_FIELDS_798 = [
    '  1    Đất đai                                 3.846            2.118                95,42       176',
    '  2    Hộ tịch                                 1.248              986                99,68         4',
    '  3    Chứng thực                              2.614            1.412                  100         0',
    '  4    Đăng ký kinh doanh                      1.126            1.084                99,82         2',
    '  5    Xây dựng                                  486              312                97,64        11',
    '  6    Lao động, thương binh và xã hội         2.318            1.746                99,12        20',
    '  7    Các lĩnh vực khác                         778              744                97,18        20',
    '       Cộng cấp huyện                         12.416            8.402                98,09       233',
]


def _fields_798() -> list[Fact]:
    """The layout table of the district's one-stop shop by field: field rows subject unchecked (level huyện), codes
    unchecked except the overdue column; "Cộng cấp huyện" (no STT) is `cấp huyện` with the received, online, on-time
    and overdue codes. "100" and "0" cells are figures."""
    facts = []
    for i, line in enumerate(_FIELDS_798):
        after = _FIELDS_798[i + 1] if i + 1 < len(_FIELDS_798) else "\nb) Cấp xã"
        if "Cộng cấp huyện" in line:
            who, codes = _HUYEN, [_TN, _NOP, _DH, _QH]
        else:
            who, codes = _IN_HUYEN, [ANY, ANY, ANY, _QH]
        units = ["hồ sơ", "hồ sơ", "%", "hồ sơ"]
        facts += _layout_cells(line, after, who, list(zip(units, codes, strict=True)))
    return facts


BLIND_798 = [
    # I. the district's own instructions and training (the officials of both levels: open)
    _ub("ban hành 06 văn bản", "06", 6, "văn bản", C, code=None),
    _ub("tổ chức 02 lớp", "02", 2, "lớp", C, code=None),
    F("cho 146 lượt", "146", 146, "lượt", C, code=None, **_OPEN),
    # II.1 procedures by level, published
    _ch("cấp huyện là 276 TTHC", "276", 276, "TTHC", C, code=ANY),
    _cx("cấp xã là 162 TTHC", "162", 162, "TTHC", C, code=ANY),
    _ub("; 100% TTHC", "100%", 100, "%", code=ANY),
    # II.2 a) Cấp huyện: files (9 tháng đầu năm 2023 in brackets), online, settled, on time, overdue, the land field
    _ch("Tiếp nhận 12.416 hồ sơ", "12.416", 12416, "hồ sơ", C, code=_TN),
    _ch("(9 tháng đầu năm 2023: 10.862 hồ sơ)", "10.862", 10862, "hồ sơ", PR, as_of="2023-09-30", code=_TN),
    _ch("tăng 14,31%", "14,31%", 14.31, "%", CH, code=ANY),
    _ch("trực tuyến 8.402 hồ sơ", "8.402", 8402, "hồ sơ", C, code=_NOP),
    _ch("chiếm 67,67%", "67,67%", 67.67, "%", code=_NOP),
    _ch("Đã giải quyết 12.184 hồ sơ", "12.184", 12184, "hồ sơ", C, code=ANY),
    _ch("đúng hạn 11.951", "11.951", 11951, "hồ sơ", C, code=_DH),
    _ch("đạt 98,09%", "98,09%", 98.09, "%", code=_DH),
    _ch("quá hạn 233 hồ sơ", "233", 233, "hồ sơ", C, code=_QH),
    F("(176 hồ sơ)", "176", 176, "hồ sơ", C, code=_QH, **_IN_HUYEN),
    *_fields_798(),
    # II.2 b) Cấp xã: the communes, their files and shares, the highest and lowest, the count under a threshold
    F("UBND 17 xã", "17", 17, "xã", C, code=None, **_IN_XA),
    _cx("tiếp nhận 38.614 hồ sơ", "38.614", 38614, "hồ sơ", C, code=_TN),
    _cx("trực tuyến 24.126 hồ sơ", "24.126", 24126, "hồ sơ", C, code=_NOP),
    _cx("chiếm 62,48%", "62,48%", 62.48, "%", code=_NOP),
    _cx("đạt 99,36%", "99,36%", 99.36, "%", code=_DH),
    F("(81,26%)", "81,26%", 81.26, "%", subject="Thị trấn Lai Cách", level="xã", code=_NOP),
    F("(41,38%)", "41,38%", 41.38, "%", subject="xã Cẩm Đông", level="xã", code=_NOP),
    F("Có 05/17", "05/17", 5, "xã", C, max_value=17, code=None, **_IN_XA),
    F("dưới 50%", "50%", 50, "%", T, code=ANY, **_IN_XA),
    # II.3 payment by level against the year's targets after "tương ứng là" (dated 2024-12-31, after the period end)
    _ch("huyện đạt 58,46%", "58,46%", 58.46, "%", code=_TT, target=50, stated_status="đạt"),
    _cx("cấp xã đạt 36,12%", "36,12%", 36.12, "%", code=_TT, target=40, stated_status="chưa đạt"),
    _ch("là 50% và 40%", "50%", 50, "%", T, as_of="2024-12-31", code=_TT),
    _cx("50% và 40%", "40%", 40, "%", T, as_of="2024-12-31", code=_TT),
    _ub("toàn huyện đạt 84,62%", "84,62%", 84.62, "%", code=_SH),
    _ub("chính 9.846 bản", "9.846", 9846, "bản", C, code=ANY),
    # II.4 PAKN
    _ub("Tiếp nhận 23 PAKN", "23", 23, "PAKN", C, code=_PAKN_TN),
    _ub("xử lý 21 PAKN", "21", 21, "PAKN", C, code=ANY),
    _ub("đạt 91,30%", "91,30%", 91.3, "%", code=ANY),
    _ub("02 PAKN", "02", 2, "PAKN", C, code=ANY),
    # II.5 the district's 766 result of tháng 9/2024 among the 12 district-level units (June in brackets)
    _ub("đạt 84,18/100", "84,18/100", 84.18, "điểm", max_value=100, code=_TONG),
    _ub("xếp thứ 5/12", "5/12", 5, "hạng", R, max_value=12, code=_HANG),
    _ub("(tháng 6/2024: 81,72 điểm", "81,72", 81.72, "điểm", PR, max_value=100, as_of=_JUN_2024, code=_TONG),
    _ub("xếp thứ 8/12)", "8/12", 8, "hạng", PR, max_value=12, as_of=_JUN_2024, code=_HANG),
    _ub("2,46 điểm", "2,46", 2.46, "điểm", CH, code=_TONG),
    _ub("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    F("xã đạt 79,64 điểm", "79,64", 79.64, "điểm", code=ANY, **_IN_XA),
    F("có 06/17", "06/17", 6, "xã", C, max_value=17, code=None, **_IN_XA),
    # III. task 2's quantity (a target at its deadline), task 3's target of the communes
    F("dứt điểm 176 hồ sơ", "176", 176, "hồ sơ", T, as_of="2024-10-31", code=ANY, **_IN_HUYEN),
    F("tối thiểu 40%", "40%", 40, "%", T, as_of="2024-12-31", code=_TT, **_IN_XA),
]


# ------------------------------------------------------------ 799: Trung tâm Phục vụ hành chính công thành phố Huế,
# tháng 11 năm 2025 (text footers and running headers, a "(1)" footnote, numbered sub-items 1.2.1 … 5.6, a dash list)
_tt = _by("Trung tâm Phục vụ hành chính công thành phố", "tỉnh")
_OCT_2025 = "2025-10-31"
_BODIES_799 = [
    ("Sở Tư pháp", "Sở Tư pháp: tiếp nhận 1.846", "1.846", "trực tuyến 97,62%", "97,62%", "97,62%, đúng hạn 100%",
     "100%"),
    ("Sở Xây dựng", "tiếp nhận 612 hồ sơ", "612", "trực tuyến 88,24%", "88,24%", "đúng hạn 98,53%", "98,53%"),
    ("Sở Nông nghiệp và Môi trường", "tiếp nhận 1.418 hồ sơ", "1.418", "trực tuyến 71,86%", "71,86%",
     "đúng hạn 97,81%", "97,81%"),
    ("Công an thành phố", "tiếp nhận 2.964 hồ sơ", "2.964", "trực tuyến 92,14%", "92,14%", "đúng hạn 99,97%",
     "99,97%"),
    ("Bảo hiểm xã hội thành phố", "tiếp nhận 1.126 hồ sơ", "1.126", "trực tuyến 99,11%", "99,11%",
     "99,11%, đúng hạn 100%", "100%"),
]


def _bodies_799() -> list[Fact]:
    """The dash list of 1.2.3: each body as written (a city's bodies "Công an thành phố", "Bảo hiểm xã hội thành
    phố"), level tỉnh; files received, online and on-time shares."""
    facts = []
    for name, files_ctx, files, online_ctx, online, on_time_ctx, on_time in _BODIES_799:
        who = {"subject": name, "level": "tỉnh"}
        facts += [F(files_ctx, files, _num(files), "hồ sơ", C, code=_TN, **who),
                  F(online_ctx, online, _num(online), "%", code=_NOP, **who),
                  F(on_time_ctx, on_time, _num(on_time), "%", code=_DH, **who)]
    return facts


BLIND_799 = [
    # 1.1 counters, the bodies served (footnote (1) names the four; "khu vực IV" no figure), staff
    _tt("bố trí 42 quầy", "42", 42, "quầy", C, code=None),
    F("cho 19 sở", "19", 19, "đơn vị", C, code=None, **_IN_TINH),
    F("và 04 cơ quan", "04", 4, "đơn vị", C, code=None, **_IN_TINH),
    _tt("với 68 công chức", "68", 68, "công chức", C, code=None),
    # 1.2.1 files (October in brackets), by channel
    _tt("tiếp nhận 9.846 hồ sơ", "9.846", 9846, "hồ sơ", C, code=_TN),
    _tt("(tháng 10/2025: 9.124 hồ sơ)", "9.124", 9124, "hồ sơ", PR, as_of=_OCT_2025, code=_TN),
    _tt("tăng 722 hồ sơ", "722", 722, "hồ sơ", CH, code=ANY),
    _tt("tăng 7,91%", "7,91%", 7.91, "%", CH, code=ANY),
    _tt("trực tuyến 8.412 hồ sơ", "8.412", 8412, "hồ sơ", C, code=_NOP),
    _tt("chiếm 85,44%", "85,44%", 85.44, "%", code=_NOP),
    _tt("trực tiếp 1.148", "1.148", 1148, "hồ sơ", C, code=ANY),
    _tt("công ích 286 hồ sơ", "286", 286, "hồ sơ", C, code=ANY),
    # 1.2.2 settled, on time, overdue by Sở, letters passed on
    _tt("Đã giải quyết 9.512 hồ sơ", "9.512", 9512, "hồ sơ", C, code=ANY),
    _tt("đúng hạn 9.468 hồ sơ", "9.468", 9468, "hồ sơ", C, code=_DH),
    _tt("đạt 99,54%", "99,54%", 99.54, "%", code=_DH),
    _tt("44 hồ sơ, gồm", "44", 44, "hồ sơ", C, code=_QH),
    F("Môi trường 31 hồ sơ", "31", 31, "hồ sơ", C, subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_QH),
    F("Xây dựng 9 hồ sơ", "9", 9, "hồ sơ", C, subject="Sở Xây dựng", level="tỉnh", code=_QH),
    F("Sở Công Thương 4", "4", 4, "hồ sơ", C, subject="Sở Công Thương", level="tỉnh", code=_QH),
    F("chuyển 44 thư", "44", 44, "thư xin lỗi", C, code=ANY, **_IN_TINH),
    # 1.2.3 the bodies (after the page break)
    *_bodies_799(),
    # 2. payment (October in brackets) against the centre's target of the year, money, digitisation, copies
    _tt("đạt 76,28%", "76,28%", 76.28, "%", code=_TT, target=80, stated_status="chưa đạt"),
    _tt("(tháng 10/2025: 72,64%)", "72,64%", 72.64, "%", PR, as_of=_OCT_2025, code=_TT),
    _tt("3,64 điểm", "3,64", 3.64, "%", CH, code=ANY),
    _tt("là 18,46 tỷ đồng", "18,46", 18.46, "tỷ đồng", code=ANY),
    _tt("năm 2025 là 80%", "80%", 80, "%", T, as_of="2025-12-31", code=_TT),
    _tt("đạt 96,84%", "96,84%", 96.84, "%", code=_SH),
    _tt("đạt 99,12%", "99,12%", 99.12, "%", code=_KQ),
    _tt("đạt 63,48%", "63,48%", 63.48, "%", code=_TSD),
    _tt("chính 2.418 bản", "2.418", 2418, "bản", C, code=ANY),
    # 3. evaluations and PAKN
    _tt("nhận 6.214 lượt", "6.214", 6214, "lượt", C, code=ANY),
    _tt("trong đó 6.146 lượt", "6.146", 6146, "lượt", C, code=ANY),
    _tt("98,91%; 68 lượt", "98,91%", 98.91, "%", code=_HL),
    _tt("; 68 lượt", "68", 68, "lượt", C, code=ANY),
    _tt("chiếm 1,09%", "1,09%", 1.09, "%", code=ANY),
    _tt("tiếp nhận 09 PAKN", "09", 9, "PAKN", C, code=_PAKN_TN),
    _tt("09/09 PAKN", "09/09", 9, "PAKN", C, max_value=9, code=ANY),
    _tt("PAKN, đạt 100%", "100%", 100, "%", code=ANY),
    # 4. the city's 766 result of tháng 11/2025 (October in brackets, cut by the line's end), groups, blocks
    _prov("đạt 86,18/100", "86,18/100", 86.18, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 8/34", "8/34", 8, "hạng", R, max_value=34, code=_HANG),
    _prov("85,36 điểm", "85,36", 85.36, "điểm", PR, max_value=100, as_of=_OCT_2025, code=_TONG),
    _prov("xếp thứ 9/34)", "9/34", 9, "hạng", PR, max_value=34, as_of=_OCT_2025, code=_HANG),
    _prov("tăng 0,82 điểm", "0,82", 0.82, "điểm", CH, code=_TONG),
    _prov("tăng 1 bậc", "1", 1, "hạng", CH, code=_HANG),
    *_groups([("minh bạch 17,24/18", "17,24/18"), ("giải quyết 19,46/20", "19,46/20"),
              ("trực tuyến 10,18/12", "10,18/12"), ("trực tuyến 7,46/10", "7,46/10"),
              ("hồ sơ 15,92/22", "15,92/22"), ("hài lòng 15,92/18", "15,92/18")]),
    F("bình quân đạt 88,06 điểm", "88,06", 88.06, "điểm", code=ANY, **_IN_TINH),
    F("bình quân đạt 82,74 điểm", "82,74", 82.74, "điểm", code=ANY, **_IN_XA),
    F("có 17/40", "17/40", 17, "xã", C, max_value=40, code=None, **_IN_XA),
    # 5.2 the centre's target for tháng 12/2025
    _tt("tối thiểu 80%", "80%", 80, "%", T, as_of="2025-12-31", code=_TT),
]

BLIND = {"795": BLIND_795, "796": BLIND_796, "797": BLIND_797, "798": BLIND_798, "799": BLIND_799}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "795": [
        ("2025-02-28", "day", "28/02/2025", "Văn phòng Đăng ký đất đai", "Sở Tài nguyên và Môi trường"),
        ("2025-03-15", "day", "ngày mười lăm tháng 3 năm 2025", "chỉ số bị trừ điểm",
         "UBND huyện Mường Lát, huyện Quan Sơn và huyện Thường Xuân"),
        ("2025-06-30", "quarter", "quý II năm 2025", "thanh toán trực tuyến", "UBND các huyện, thị xã, thành phố"),
        ("2025-06-30", "month", "tháng 6/2025", "nâng cấp Hệ thống", "Trung tâm Phục vụ hành chính công tỉnh"),
        ("2025-12-31", "year", "năm 2025", "bưu chính công ích", "Bưu điện tỉnh Thanh Hóa"),
        # issued 10/01/2025, before the 18th: the first "ngày 18 hằng tháng" is 18/01/2025
        ("2025-01-18", "recurring", "18 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
    ],
    "796": [
        ("2025-10-20", "day", "20/10/2025", "hồ sơ quá hạn", "Văn phòng Đăng ký đất đai"),
        ("2025-10-31", "day", "ngày ba mươi mốt tháng 10 năm 2025", "quy trình nội bộ", "Phòng Quản lý đất đai"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "nộp trực tuyến", "Các Chi nhánh Văn phòng Đăng ký đất đai"),
        ("2025-11-30", "month", "tháng 11/2025", "đồng bộ dữ liệu đất đai", "Văn phòng Sở"),
        # issued 07/10/2025, before the 22nd: the first "ngày 22 hằng tháng" is 22/10/2025
        ("2025-10-22", "recurring", "22 hằng tháng", "báo cáo kết quả giải quyết TTHC", "Các phòng, đơn vị thuộc Sở"),
    ],
    "797": [
        ("2025-11-17", "day", "17/11/2025", "nguyên nhân", "UBND xã Ngọc Linh, xã Ba Xa và xã Đăk Pét"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "thanh toán trực tuyến", "UBND các xã, phường, đặc khu"),
        ("2025-11-30", "day", "ngày ba mươi tháng 11 năm 2025", "quy trình điện tử", "Sở Khoa học và Công nghệ"),
        ("2025-12-31", "month", "tháng 12/2025", "tập huấn", "Sở Nội vụ"),
        # issued 06/11/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/12/2025
        ("2025-12-05", "recurring", "05 hằng tháng", "tự đánh giá", "UBND các xã, phường, đặc khu"),
        ("2026-12-31", "year", "năm 2026", "hỗ trợ nộp hồ sơ trực tuyến", "Bưu điện tỉnh Quảng Ngãi"),
    ],
    "798": [
        ("2024-10-15", "day", "15/10/2024", "quy trình nội bộ", "Văn phòng HĐND và UBND huyện"),
        ("2024-10-31", "day", "ngày ba mươi mốt tháng 10 năm 2024", "hồ sơ đất đai quá hạn",
         "Phòng Tài nguyên và Môi trường"),
        # "trong quý IV năm\n2024": the quarter cut by the line's end
        ("2024-12-31", "quarter", "quý IV", "thanh toán trực tuyến", "UBND các xã, thị trấn"),
        ("2024-11-30", "month", "tháng 11/2024", "số hóa kết quả", "Phòng Văn hóa và Thông tin"),
        ("2024-12-31", "year", "năm 2024", "đường truyền", "Viễn thông Hải Dương"),
        # issued 04/10/2024, before the 20th: the first "ngày 20 hằng tháng" is 20/10/2024
        ("2024-10-20", "recurring", "20 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các phòng chuyên môn, UBND các xã, thị trấn"),
    ],
    "799": [
        ("2025-12-10", "day", "10/12/2025", "hồ sơ quá hạn", "Sở Nông nghiệp và Môi trường"),
        ("2025-12-31", "month", "tháng 12/2025", "thanh toán trực tuyến", "Phòng Tiếp nhận và Trả kết quả"),
        ("2025-12-15", "day", "ngày mười lăm tháng 12 năm 2025", "ki-ốt", "Phòng Hành chính - Tổng hợp"),
        ("2026-03-31", "quarter", "quý I năm 2026", "đường truyền", "Sở Khoa học và Công nghệ"),
        ("2026-12-31", "year", "năm 2026", "trả kết quả tại nhà", "Bưu điện thành phố Huế"),
        # issued 03/12/2025, before the 25th: the first "ngày 25 hằng tháng" is 25/12/2025
        ("2025-12-25", "recurring", "25 hằng tháng", "số liệu giải quyết hồ sơ", "Các sở, ngành có quầy tại Trung tâm"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind140.py's META); the running headers and
# footers repeat the number and date and change nothing.
META = {
    "795": {"doc_number": "28/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-01-10",
            "province": "Thanh Hóa", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Đầu Thanh Tùng"},
    "796": {"doc_number": "2186/BC-SNNMT", "doc_type": "Báo cáo", "issued_date": "2025-10-07",
            "province": "Lào Cai", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Nông Văn Thành"},
    "797": {"doc_number": "312/TB-VP", "doc_type": "Thông báo", "issued_date": "2025-11-06",
            "province": "Quảng Ngãi", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Trần Thị Mỹ Hạnh"},
    "798": {"doc_number": "186/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2024-10-04",
            "province": "Hải Dương", "period_label": "9 tháng đầu năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-09-30", "signer": "Nguyễn Đức Thịnh"},
    "799": {"doc_number": "486/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2025-12-03",
            "province": "Huế", "period_label": "tháng 11 năm 2025", "period_start": "2025-11-01",
            "period_end": "2025-11-30", "signer": "Hồ Thị Thanh Tâm"},
}
