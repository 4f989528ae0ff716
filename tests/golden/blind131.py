"""Blind golden facts for corpus/blind131/730_bac_kan.txt, 731_hai_duong.txt, 732_hau_giang.txt, 733_quang_ninh.txt and
734_an_giang.txt.

The five documents were written by the developers for a hundred-and-thirty-first blind measurement (REPORTS AS
CONVERTERS WRITE MARKDOWN: headings with "#", "##" and "###", figures in bold ("**95,65%**") or in italics
("*71,07%*"), nested lists ("-" with "  +" under them, three deep in 734), a pipe table whose merged header is written
as two header rows, a table with a bold total row, "[^1]" footnote markers with the footnotes after the signature,
block quotes holding a target or a conclusion, a report mixing a pipe table and a dash list of the same units;
provinces Bắc Kạn, Hải Dương and Hậu Giang before the 1 July 2025 merger, Quảng Ninh and An Giang after it; periods
quý III năm 2024, năm 2024, tháng 5 năm 2025, quý IV năm 2025 and 6 tháng đầu năm 2026; not real documents), and every
row below was written by reading them, before any extraction, restoration or pipeline code was run on them. They also
serve as held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind128.py, blind127.py, blind126.py, blind125.py, blind16.py and
blind13.py: rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written
inside it). Prose and list counts are kind `count`; table cells are kind `value` even when they count, with
`extra={"source": "table"}` (rank cells kind `rank` without a maximum; signed change cells kind `change`, "+1,88" read
without its plus sign); `as_of="period"` is the period's end; a table column dated before the period end keeps kind
`value` with that date as `as_of`; a change is dated with the figure it changes and a fall ("giảm", "rút ngắn") is
negative; a change in "điểm phần trăm" is kind change in `%` with the number alone as raw. `ANY` leaves a field
unchecked where the sentence names no catalogued indicator (`None` where it clearly names none: counts of communes,
bodies, decisions). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" the unit `PAKN`; a count of the files
(or PAKN) an indicator is computed on carries that indicator's code; every "đã giải quyết" count, one field's or one
channel's files, money, changes of counts and repeated counts have their code unchecked. Counts of local units take
the unit of their first unit word ("02/08 huyện, thành phố", "04/08 huyện, thị xã, thành phố" → `huyện`; "235/235 xã,
phường, thị trấn", "75 xã, phường, thị trấn", "102/102 xã, phường, đặc khu" → `xã`); counts of "sở, ban, ngành" and
"cơ quan" → `đơn vị` at the level of the bodies counted (subject unchecked); "54 đơn vị hành chính cấp xã (30 phường,
22 xã và 02 đặc khu)" → `cấp xã` (unit `đơn vị`, level xã) and its parts (`phường`, `xã`, `đặc khu`; subject
unchecked, level xã); "08 đơn vị cấp huyện" → `cấp huyện`. A provincial body's own figures naming no body are named by
its kind (`Công an tỉnh`, `Trung tâm Phục vụ hành chính công tỉnh`, level tỉnh; the Sở's own certificates "Sở đã phối
hợp cấp mới" `Sở Thông tin và Truyền thông`); a sentence naming a body keeps the name as written; province-wide
figures ("toàn tỉnh", "trên địa bàn tỉnh", "tỉnh Quảng Ninh đạt") and the UBND tỉnh's own figures in its own report
(730) have subject NULL. Things counted take the noun as written (`quyết định`, `giao dịch`, `bản`, `chứng thư`,
`thành viên`, `lượt`, `tài khoản`, `thẻ`, `người`, `buổi`, `phiếu`, `cán bộ`, `thư xin lỗi`, `Trung tâm`); money keeps
the unit written (`tỷ đồng`; code unchecked); durations `ngày`. Numbers written in words are no figures (the days of
"ngày mười lăm tháng 11", "ngày ba mươi mốt tháng 5", "ngày hai mươi tám tháng 6", "ngày mười tháng 3", "ngày mười lăm
tháng 9"). Dates, document numbers and cited texts ("Công văn số 6124/VPCP-KSTT", "Kế hoạch số 125/KH-UBND", "Quyết
định số 766/QĐ-TTg", "Kế hoạch số 46/KH-UBND", "1286/BC-CAT-PC06"), stated windows and data dates ("từ ngày 01/7/2024
đến ngày 30/9/2024", "chốt ngày 05/6/2025", "từ ngày 01/7/2025", "tính đến ngày 30/6/2026"), months naming a result or
a bracket ("Tháng 9/2024", "tháng 6/2024", "Tháng 5/2025", "tháng 12/2025", "tháng 3/2026"), the table headers' months
("Điểm tháng 4/2025"), "Bộ chỉ số 766", "Đề án 06", "mức độ 2", "từ đủ 14 tuổi", "dưới 14 tuổi", "dưới 6 tuổi", names
holding numbers ("Phường Móng Cái 1", "Trụ sở Liên cơ quan số 3", "tầng 1", "C06", "PC06"), "Trong 6 tháng",
"(điểm tối đa 100)", phone numbers
("0209.3870.526", "0220.3853.416", "0293.3878.624", "0203.3638.468", "0296.3852.614"), heading and item numbering
("# ", "## I.", "### 1.", "1.", "## 5."), the STT column, the footnote markers "[^1]" "[^2]" and the labels opening
the footnotes, headings naming the next period ("## II. NHIỆM VỤ QUÝ IV NĂM 2024", "## IV. NHIỆM VỤ NĂM 2025", "## IV.
NHIỆM VỤ QUÝ I NĂM 2026", "## V. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026": no deadlines) and years are not figures.

New in this set (the decisions are written here):
- BOLD AND ITALIC FIGURES (all five): "**96.418**", "*9,24%*", "**18,62 tỷ đồng**", "(*75,92 điểm, xếp thứ 48/63*)",
  "(**79,88** điểm, xếp thứ **34/63**)". The asterisks are markup, never part of a number: the raw is the figure
  without them ("96.418", "9,24%", "18,62", "75,92", "48/63"), the context is written as the text has it (asterisks
  included). A figure and its unit inside one bold span ("**18,62 tỷ đồng**") is read as if plain.
- A PIPE TABLE WHOSE MERGED HEADER IS WRITTEN AS TWO HEADER ROWS (730): "| STT | Đơn vị | Hồ sơ tiếp nhận | | Tỷ lệ
  (%) | |", the separator, then "| | | Tổng số | Trong đó trực tuyến | Đúng hạn | Thanh toán trực tuyến |" (the
  second header row as a converter leaves it, after the separator, with empty STT and name cells). It is no data
  row and holds no figure; the columns are read from both rows (received files, online files, on-time %, payment %).
- A BOLD TOTAL ROW (730): "| | **Tổng cộng cấp huyện** | **33.808** | **20.944** | **98,38** | **46,12** |" is
  `cấp huyện` with the columns' codes, raws without the asterisks.
- "[^1]" FOOTNOTES AFTER THE SIGNATURE (730, 734; as golden/blind103.py's 590): the markers are no figures and are no
  part of the figure before them ("**1.742** TTHC[^1]", "**52,36%**[^2]", "**43.794** hồ sơ[^1]", "**96,74%**[^2]");
  each footnote's figures are read as the sentence it annotates: 730 [^1] TTHC by level, [^2] the previous payment
  share (quý II năm 2024, dated 2024-06-30); 734 [^1] a part of the children's files (the Công an tỉnh's), [^2] the
  previous share of health-insurance visits by identity card (6 tháng đầu năm 2025, dated 2025-06-30, province).
- BLOCK QUOTES (">") HOLDING A TARGET OR A CONCLUSION: 730 "> Chỉ tiêu UBND tỉnh giao năm 2024: … tối thiểu **50%**;
  … **80%**." (the province's targets, kind target dated 2024-12-31; the shares stated earlier carry no target: the
  quote is a separate paragraph, and "chỉ tiêu số hóa còn thấp hơn mức giao" after it names no figure); 731 "> **Đánh
  giá chung:** … (*71,07%* so với chỉ tiêu 65%) … (*58,62%* so với chỉ tiêu 60%)" (the repeated shares are figures
  again, each carrying its target and the status the sentence states: "đã hoàn thành" → `đạt`, "chưa đạt"); 732 ">
  **Nhận xét:** … đạt **48,26%**, chưa đạt chỉ tiêu **55%** UBND tỉnh giao năm 2025" (target dated 2025-12-31); 733
  "> **Mục tiêu năm 2026 của Trung tâm:** … tối thiểu **92%**; … trên **98%**" (the Trung tâm's targets, dated
  2026-12-31); 734 "> Chỉ tiêu UBND tỉnh giao năm 2026: … toàn tỉnh đạt **80%**; … lĩnh vực công an đạt **95%**" (the
  province's accounts target, subject NULL; the Công an tỉnh's payment target). The ">" is markup, no figure.
- NESTED LISTS ("-" with "  +" under them; 731 numbered items with "   -" under them; 734 "   -" with "     +" a
  third level): each item is read as its own sentence; a parent item's figure is the whole and its children the parts
  (734's residence registrations "+ Đăng ký thường trú: **24.618** lượt;" under "- Đăng ký, quản lý cư trú: **58.412**
  hồ sơ": `lượt`, subject unchecked, level tỉnh, as one field's files).
- A PIPE TABLE AND A DASH LIST OF THE SAME UNITS (733): the table of six communes (received, online %, on-time %), then
  "Hồ sơ quá hạn và thư xin lỗi của các đơn vị trên:" and one dash item per unit ("- Phường Hạ Long: 38 hồ sơ quá hạn,
  đã gửi 38 thư xin lỗi;"). Both name the units as written (level xã); the list's figures are prose (source text),
  overdue files a count with the overdue code, letters a count `thư xin lỗi`; "chưa gửi thư xin lỗi" no figure.
- A TAB-SEPARATED TABLE IN A MARKDOWN DOCUMENT (732): the converter left the Word table as tab-separated lines between
  Markdown paragraphs; it is read as golden/blind126.py's 706 reads its table (scores with the title's maximum 100,
  the earlier month dated at its end, signed changes, ranks).

Per document:
- 730 is a quarterly Báo cáo of UBND tỉnh Bắc Kạn (before the merger; bold header "ỦY BAN NHÂN DÂN / TỈNH BẮC KẠN",
  signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") to the Văn phòng Chính phủ, quý III năm 2024, issued
  08/10/2024, ranks /63. Province figures (subject NULL): decisions and TTHC with nested items (full online, partial
  online, information-only "166 TTHC" code unchecked); files "(quý II năm 2024: **88.264** hồ sơ)" (previous
  2024-06-30), "tăng 8.154 hồ sơ, tương ứng tăng *9,24%*", online, settled, on time, overdue; the table (above; each
  district as written, `Thành phố Bắc Kạn`, `Huyện Ba Bể`, level huyện); "Thành phố Bắc Kạn … cao nhất (74,52%), huyện
  Pác Nặm thấp nhất (49,05%)" (computed online shares of the two units); cấp tỉnh and cấp xã files; payment with
  footnote [^2], "tăng *6,14* điểm phần trăm", money, digitisation by level in "+" items, reuse; the block quote's
  targets; PAKN "**44/46** … *02*", satisfaction; the province `78,64/100`, `41/63` "(*75,92 điểm, xếp thứ 48/63*)"
  (dated 2024-06-30, the quarter before), "tăng 2,72 điểm và tăng 7 bậc", six groups after "lần lượt là" with their
  maxima; block averages (subject unchecked; tỉnh, huyện, xã), grades "08/18 … 09/18 … 01/18 sở, ban, ngành" (`đơn vị`)
  and "02/08 huyện, thành phố". Task 3's "tối thiểu 75% trong quý IV năm 2024" (three districts' communes: subject and
  level unchecked, the digitisation code, 2024-12-31); task 4's "04 huyện". Six deadlines in numbered items: day,
  "chậm nhất ngày mười lăm tháng 11 năm 2024", quarter (with the target), month, year in a request "Đề nghị Bưu điện
  tỉnh Bắc Kạn …", "trước ngày 18 hằng tháng" (issued 08/10/2024: first 18/10/2024).
- 731 is an annual Báo cáo of the Sở Thông tin và Truyền thông tỉnh Hải Dương (before the merger; header "UBND TỈNH
  HẢI DƯƠNG / SỞ THÔNG TIN VÀ TRUYỀN THÔNG", signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"), năm 2024, issued 10/01/2025, figures
  in italics, ranks /63. Province figures (subject NULL, the Sở reporting the province): TTHC on the portal, full
  and partial online, integrated on the national portal (code unchecked); files "(năm 2023: *612.418* hồ sơ)"
  (previous 2023-12-31), online "*71,07%*; chỉ tiêu UBND tỉnh giao năm 2024 là 65%, đã đạt chỉ tiêu" (target at the
  period end), online by level in "+" items (`cấp tỉnh`, `cấp huyện`, `cấp xã`, the online code), the full-online
  share of online files (code unchecked); payment transactions (`giao dịch`), money "(năm 2023: *61,18 tỷ đồng*)"
  (previous), "tăng *41,26%*", the payment share "(*49,48%*)" (previous 2023-12-31) and by level after "lần lượt là";
  digitisation, e-results, reuse; "*126.418* bản" (whose: unchecked); the Sở's "*1.246* chứng thư" and the province's
  "*8.642* chứng thư", signed documents; the communes' teams "*235/235* xã, phường, thị trấn … *2.814* thành viên" and
  their nested items (subject unchecked, level xã); accounts; PAKN "*214* … *209* …, đạt *97,66%*", satisfaction; two
  groups with their maxima, the total `84,36/100`, `18/63`, "tăng *1,24* điểm" (the payment group's change), "tăng 5
  bậc (năm 2023: xếp thứ 23/63)" (previous 2023-12-31); the block quote (above). Task 1's "*186* TTHC" (subject and
  level unchecked); task 5's "tối thiểu 60% trong năm 2025" (the communes' payment target as the districts are asked to
  direct it: subject and level unchecked, 2025-12-31). Six deadlines in numbered items: day, "chậm nhất ngày ba mươi
  mốt tháng 5 năm 2025", quarter, month, year in a request "Đề nghị UBND các huyện, thị xã, thành phố …", "trước ngày
  15 hằng tháng" (issued 10/01/2025: first 15/01/2025).
- 732 is a THÔNG BÁO (doc_type "Thông báo") of the Văn phòng UBND tỉnh Hậu Giang (before the merger; header "ỦY BAN
  NHÂN DÂN TỈNH HẬU GIANG / VĂN PHÒNG", number "214/TB-VPUB", signed "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG") of
  the 766 results of tháng 5 năm 2025, issued 10/6/2025, ranks /63. The province (subject NULL) `81,46/100`, `29/63`
  "(**79,88** điểm, xếp thứ **34/63**)" (dated 2025-04-30), "tăng **1,58** điểm và tăng **5** bậc", six groups in a
  dash list with "(giảm **0,24** điểm so với tháng 4/2025)" (the payment group's fall); the month's files, online,
  on time, overdue by level. The block of sở "(20 cơ quan)", its average and "tăng 1,12 điểm" (subject unchecked,
  level tỉnh), grades "14/20 … 05/20 … 01/20 cơ quan" (`đơn vị`), three bodies as written ("Sở Xây dựng, 68,94 điểm",
  "Sở Tư pháp (*95,36* điểm)", "Sở Khoa học và Công nghệ với *94,82* điểm"; codes unchecked). "08 đơn vị cấp huyện";
  the tab-separated table (each unit as written, `Thành phố Vị Thanh`, `Huyện Châu Thành A`, level huyện); "04/08
  huyện, thị xã, thành phố"; "Huyện Phụng Hiệp … (giảm 0,74 điểm) … 10,26/22 điểm" (its fall, and its digitisation
  group with the maximum). The communes: "75 xã, phường, thị trấn … **74,86** điểm; … Tốt 21 xã, Khá 43 xã, Trung
  bình 11 xã" (`xã`), "xã Lương Nghĩa (huyện Long Mỹ) với 58,42 điểm" (as written). The block quote's payment share,
  target and status. The third request's "tối thiểu 55% trong tháng 6/2025" the districts' target (subject unchecked,
  level huyện, 2025-06-30). Six deadlines in dash items: day, "chậm nhất ngày hai mươi tám tháng 6 năm 2025", month
  (with the target), quarter, year in a request "Đề nghị Bưu điện tỉnh Hậu Giang …", "trước ngày 08 hằng tháng" (issued
  10/6/2025, after the 8th: first 08/7/2025).
- 733 is a quarterly Báo cáo of the Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh (after the merger, unchanged;
  header "UBND TỈNH QUẢNG NINH / TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", "Kính gửi" as a list, signed "GIÁM ĐỐC"), quý IV
  năm 2025, issued 06/01/2026, ranks /34. The communes after the merger ("54 … (30 phường, 22 xã và 02 đặc khu); 54/54
  Trung tâm …": `Trung tâm`, level xã); "21 cơ quan, đơn vị … 86 cán bộ" (level tỉnh, subject unchecked). The Trung
  tâm's own figures (`Trung tâm Phục vụ hành chính công tỉnh`, level tỉnh): files "(quý III năm 2025: **29.846** hồ
  sơ), tăng **8,62%**" (previous 2025-09-30) and by channel in "+" items (online the online code; postal and direct
  one channel's files, code unchecked), settled, on time, overdue, "**3,8** ngày/hồ sơ, rút ngắn **0,6** ngày"; the
  communes' centres "**148.612** … **118.246** …, chiếm **79,57%**" (subject unchecked: "Các Trung tâm cấp xã" is
  the communes' centres, read as `cấp xã` or as the centres; level xã) and "đúng hạn của cấp xã đạt **98,84%**"
  (`cấp xã`); "06 đơn vị"; the table and the list (above); payment, money, digitisation, reuse, "**12.418** bản"; PAKN
  "**58** … **58/58** …, đạt 100%", "**4.612** phiếu", satisfaction "(quý III năm 2025: **97,82%**)" (previous); the
  province `90,24/100`, `3/34` "(tháng 9/2025: **88,96** điểm, xếp thứ **5/34**)" (dated 2025-09-30); the block
  quote's targets. Task 3's "100% hồ sơ quá hạn trong tháng 01/2026" (two communes' apology target, subject unchecked,
  level xã, 2026-01-31); task 4's "tối thiểu 82% trong quý I năm 2026" (level xã, 2026-03-31). Six deadlines in
  numbered items: day, "chậm nhất ngày mười tháng 3 năm 2026", month, quarter in a request "Đề nghị UBND các xã,
  phường, đặc khu …", year, "trước ngày 20 hằng tháng" (issued 06/01/2026: first 20/01/2026).
- 734 is a half-year Báo cáo of the Công an tỉnh An Giang (merged with Kiên Giang; header "BỘ CÔNG AN / CÔNG AN TỈNH
  AN GIANG", number "1286/BC-CAT-PC06", signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Đại tá Lâm Văn Hùng": the signer is the
  name) to UBND tỉnh on Đề án 06 and its online services, 6 tháng đầu năm 2026, issued 06/7/2026, ranks /34 and /20.
  The Công an tỉnh's figures (`Công an tỉnh`): identity-card files by age with footnote [^1], "**181.246** thẻ căn
  cước, đạt **97,23%**" (`thẻ`); its TTHC, full online "(chiếm **75,68%**)", online files "(cùng kỳ năm 2025:
  **71.862** hồ sơ), tăng **33,89%**" (previous 2025-06-30) by field in items nested three deep (subject unchecked,
  level tỉnh), on time, payment, money, the driving-licence files (code unchecked); PAKN "**64** … **62** …, đạt
  **96,88%**"; its 766 result of tháng 6/2026 `91,62/100`, `2/20` "(tháng 3/2026: **89,84** điểm, xếp thứ **4/20**)"
  (dated 2026-03-31). Province figures (subject NULL): accounts "**2.846.312** …, đạt **74,86%**", by former
  province ("Khu vực tỉnh An Giang cũ: **1.462.418** tài khoản": subject and level unchecked, as golden/blind122.py
  reads the former provinces), "So với ngày 31/12/2025 (**2.612.846** tài khoản), tăng **233.466** tài khoản" (the
  previous count dated 2025-12-31); section III across the province (clean data, "102 đơn vị hành chính cấp xã (85
  xã, 14 phường và 03 đặc khu); 102/102 xã, phường, đặc khu", visits with footnote [^2], social payments `người`;
  "**412** buổi … **28.646** lượt" subject and level unchecked); the block quote's targets; the province `86,18/100`,
  `9/34`. Task 3's "100% hồ sơ đăng ký xe … trong quý III năm 2026" the traffic police's target (subject unchecked,
  level tỉnh, 2026-09-30). Six deadlines in dash items (the first with two "+" sub-items and no date of their own):
  day, "chậm nhất ngày mười lăm tháng 9 năm 2026", quarter (with the target), month, year in a request "Đề nghị Sở Y
  tế …", "trước ngày 25 hằng tháng" (issued 06/7/2026: first 25/7/2026).

Unsure readings (fields left `ANY`, or decided and written here): whose 733's "148.612 … 118.246 … 79,57%" are (the
communes' centres or `cấp xã`: subject unchecked) and the code of a channel's files ("qua dịch vụ bưu chính công ích",
"nộp trực tiếp": unchecked); the subject of 731's task 5 target (the districts asked to direct it, or the communes
whose share it is) and of 730's task 3 target; 733's "54/54 Trung tâm" unit (the noun as written, `Trung tâm`);
whether a repeated figure in a block quote (731) is a figure of its own (decided: yes, as every repeated figure is);
whether 730's block-quote targets should be linked to the shares stated above them (decided: no, target unchecked);
the owner of 731's "126.418 bản" and of 734's communication figures; the unit of "thẻ căn cước" (`thẻ`, as the earlier
sets count cards).
"""
from __future__ import annotations

from golden.facts import (
    _DH,
    _HL,
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
_KQ = "766.so_hoa.ket_qua_dien_tu"
_PAKN_TN = "pakn.tiep_nhan"
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_HUYEN = {"subject": ANY, "level": "huyện"}
_IN_XA = {"subject": ANY, "level": "xã"}
_CAP_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_CAP_HUYEN = {"subject": "cấp huyện", "level": "huyện"}
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
    first at the cell itself. A signed raw ("+0,72") is read without its plus sign."""
    facts, at = [], 0
    for raw, unit, kind, code, as_of, top in cells:
        at = _find_cell(line, sep, raw, at)
        facts.append(F(line[at:] + "\n" + after, raw, _num(raw.lstrip("+")), unit, kind, max_value=top,
                       subject=subject, level=level, as_of=as_of, code=code, extra=TAB))
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


def _table(rows: list[tuple[str, ...]], make_line, afters: dict[int, str], who_of, units: tuple,
           codes_of) -> list[Fact]:
    """All numeric cells of a table given as (STT, name, *values) rows, written by `make_line`. A row's `after` is
    the next row's STT and name unless `afters` gives what follows it in the document; `who_of(stt, name)` gives the
    row's subject and level, `codes_of(stt)` the codes of its columns."""
    facts = []
    for i, (stt, name, *values) in enumerate(rows):
        line = make_line((stt, name, *values))
        if i in afters:
            after = afters[i]
        else:
            after = make_line(rows[i + 1][:2])
            after = after.rsplit(" |", 1)[0] if after.endswith(" |") else after
        sep = " | " if line.startswith("|") else "\t"
        subject, level = who_of(stt, name)
        facts += _cells(line, sep, after, subject, level, [
            (raw, unit, P, code, "period", None)
            for raw, unit, code in zip(values, units, codes_of(stt), strict=True)])
    return facts


# ------------------------------------------------------------ 730: UBND tỉnh Bắc Kạn, quý III năm 2024 (Markdown:
# bold figures, nested "+" items, a pipe table with a two-row header and a bold total row, "[^1]" footnotes, a target in
# a block quote)
_prov = _by(None, None)
_Q2_2024 = "2024-06-30"

# the table by district: (STT, unit as written, received, online files, on-time %, payment %)
_DISTRICTS_730 = [
    ("1", "Thành phố Bắc Kạn", "8.612", "6.418", "99,42", "61,28"),
    ("2", "Huyện Ba Bể", "4.126", "2.386", "98,36", "42,16"),
    ("3", "Huyện Bạch Thông", "3.418", "2.104", "98,82", "44,52"),
    ("4", "Huyện Chợ Đồn", "4.862", "2.946", "97,64", "39,84"),
    ("5", "Huyện Chợ Mới", "3.946", "2.512", "99,08", "47,36"),
    ("6", "Huyện Na Rì", "3.784", "1.968", "97,12", "36,42"),
    ("7", "Huyện Ngân Sơn", "2.846", "1.524", "98,46", "40,18"),
    ("8", "Huyện Pác Nặm", "2.214", "1.086", "96,84", "34,26"),
]
_TOTAL_730 = ("33.808", "20.944", "98,38", "46,12")


def _districts_730() -> list[Fact]:
    """The pipe table whose header spans two rows ("| STT | Đơn vị | Hồ sơ tiếp nhận | | Tỷ lệ (%) | |", the separator,
    then "| | | Tổng số | Trong đó trực tuyến | Đúng hạn | Thanh toán trực tuyến |": the second header row is no data
    row and holds no figure). Each district-level unit as written, level huyện; received files, online files, on-time
    and payment shares with their codes. The bold total row "| | **Tổng cộng cấp huyện** | **33.808** | …" (empty
    STT) is `cấp huyện`; its raws are read without the asterisks."""
    codes = (_TN, _NOP, _DH, _TT)
    units = ("hồ sơ", "hồ sơ", "%", "%")
    facts = _table(_DISTRICTS_730, _md_line, {7: "| | **Tổng cộng cấp huyện**"},
                   lambda stt, name: (name, "huyện"), units, lambda stt: codes)
    line = "| | **Tổng cộng cấp huyện** | " + " | ".join(f"**{raw}**" for raw in _TOTAL_730) + " |"
    at = 0
    for raw, unit, code in zip(_TOTAL_730, units, codes, strict=True):
        at = line.index(f"**{raw}**", at)
        facts.append(F(line[at:] + "\n\nThành phố Bắc Kạn có", raw, _num(raw), unit, P, subject="cấp huyện",
                       level="huyện", code=code, extra=TAB))
        at += 1
    return facts


_GROUPS_730 = [
    ("minh bạch **16,12/18", "16,12/18", "766.cong_khai"),
    ("giải quyết **18,24/20", "18,24/20", "766.tien_do"),
    ("trực tuyến **8,46/12", "8,46/12", "766.dvctt"),
    ("trực tuyến **5,36/10", "5,36/10", "766.thanh_toan"),
    ("hài lòng **16,84/18", "16,84/18", "766.hai_long"),
    ("số hóa hồ sơ **13,62/22", "13,62/22", "766.so_hoa"),
]

BLIND_730 = [
    # I.1 decisions and TTHC ("**09** quyết định"; "[^1]" no figure) with the nested "+" items; footnote [^1] by level
    _prov("ban hành **09** quyết định", "09", 9, "quyết định", C, code=None),
    _prov("công bố mới **24** TTHC", "24", 24, "TTHC", C, code=ANY),
    _prov("bổ sung **31** TTHC", "31", 31, "TTHC", C, code=ANY),
    _prov("bãi bỏ **12** TTHC", "12", 12, "TTHC", C, code=ANY),
    _prov("là **1.742** TTHC", "1.742", 1742, "TTHC", C, code=_TTHC),
    _prov("toàn trình: **862** TTHC", "862", 862, "TTHC", C, code=_TOAN),
    _prov("chiếm **49,48%**", "49,48%", 49.48, "%", code=_TOAN),
    _prov("một phần: **714** TTHC", "714", 714, "TTHC", C, code=_MOT),
    _prov("chiếm **40,99%**", "40,99%", 40.99, "%", code=_MOT),
    _prov("trực tuyến: **166** TTHC", "166", 166, "TTHC", C, code=ANY),
    F("Cấp tỉnh 1.368 TTHC", "1.368", 1368, "TTHC", C, code=ANY, **_CAP_TINH),
    F("cấp huyện 246 TTHC", "246", 246, "TTHC", C, code=ANY, **_CAP_HUYEN),
    F("cấp xã 128 TTHC", "128", 128, "TTHC", C, code=ANY, **_CAP_XA),
    # I.2 files (quý II năm 2024 dated 2024-06-30), online, settled, on time, overdue
    _prov("tiếp nhận **96.418** hồ sơ", "96.418", 96418, "hồ sơ", C, code=_TN),
    _prov("(quý II năm 2024: **88.264**", "88.264", 88264, "hồ sơ", PR, as_of=_Q2_2024, code=_TN),
    _prov("tăng 8.154 hồ sơ", "8.154", 8154, "hồ sơ", CH, code=ANY),
    _prov("tăng *9,24%*", "9,24%", 9.24, "%", CH, code=ANY),
    _prov("là **61.236** hồ sơ", "61.236", 61236, "hồ sơ", C, code=_NOP),
    _prov("chiếm **63,51%**", "63,51%", 63.51, "%", code=_NOP),
    _prov("giải quyết **92.846** hồ sơ", "92.846", 92846, "hồ sơ", C, code=ANY),
    _prov("đúng hạn **91.614** hồ sơ", "91.614", 91614, "hồ sơ", C, code=_DH),
    _prov("đạt **98,67%**", "98,67%", 98.67, "%", code=_DH),
    _prov("quá hạn **1.232** hồ sơ", "1.232", 1232, "hồ sơ", C, code=_QH),
    _prov("chiếm **1,33%**", "1,33%", 1.33, "%", code=_QH),
    # the table; the highest and lowest online shares; the other levels' files
    *_districts_730(),
    F("cao nhất (74,52%)", "74,52%", 74.52, "%", subject="Thành phố Bắc Kạn", level="huyện", code=_NOP),
    F("thấp nhất (49,05%)", "49,05%", 49.05, "%", subject="huyện Pác Nặm", level="huyện", code=_NOP),
    F("cấp tỉnh tiếp nhận 18.236", "18.236", 18236, "hồ sơ", C, code=_TN, **_CAP_TINH),
    F("cấp xã tiếp nhận 44.374", "44.374", 44374, "hồ sơ", C, code=_TN, **_CAP_XA),
    # I.3 payment ("**52,36%**[^2]") and footnote [^2]'s previous (2024-06-30), money, digitisation by level, reuse;
    # the block quote's targets of the year (2024-12-31)
    _prov("toàn tỉnh đạt **52,36%**", "52,36%", 52.36, "%", code=_TT),
    _prov("tăng *6,14* điểm", "6,14", 6.14, "%", CH, code=ANY),
    _prov("tỷ lệ này đạt 46,22%", "46,22%", 46.22, "%", PR, as_of=_Q2_2024, code=_TT),
    _prov("là **18,62 tỷ đồng**", "18,62", 18.62, "tỷ đồng", code=ANY),
    _prov("đạt **78,46%**", "78,46%", 78.46, "%", code=_SH),
    F("Cấp tỉnh: **91,24%**", "91,24%", 91.24, "%", code=_SH, **_CAP_TINH),
    F("Cấp huyện: **80,18%**", "80,18%", 80.18, "%", code=_SH, **_CAP_HUYEN),
    F("Cấp xã: **71,06%**", "71,06%", 71.06, "%", code=_SH, **_CAP_XA),
    _prov("đạt **34,82%**", "34,82%", 34.82, "%", code=_TSD),
    _prov("tối thiểu **50%**", "50%", 50, "%", T, as_of="2024-12-31", code=_TT),
    _prov("đạt **80%**", "80%", 80, "%", T, as_of="2024-12-31", code=_SH),
    # I.4 PAKN ("*02*" italic), satisfaction
    _prov("tiếp nhận **46** PAKN", "46", 46, "PAKN", C, code=_PAKN_TN),
    _prov("xử lý **44/46** PAKN", "44/46", 44, "PAKN", C, max_value=46, code=ANY),
    _prov("đạt **95,65%**", "95,65%", 95.65, "%", code=ANY),
    _prov("*02* PAKN", "02", 2, "PAKN", C, code=ANY),
    _prov("đạt **93,18%**", "93,18%", 93.18, "%", code=_HL),
    # I.5 the province's result of tháng 9/2024 (tháng 6/2024 in italics dated 2024-06-30), the six groups, blocks
    _prov("đạt **78,64/100**", "78,64/100", 78.64, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ **41/63**", "41/63", 41, "hạng", R, max_value=63, code=_HANG),
    _prov("(*75,92 điểm", "75,92", 75.92, "điểm", PR, max_value=100, as_of=_Q2_2024, code=_TONG),
    _prov("xếp thứ 48/63*", "48/63", 48, "hạng", PR, max_value=63, as_of=_Q2_2024, code=_HANG),
    _prov("tăng 2,72 điểm", "2,72", 2.72, "điểm", CH, code=_TONG),
    _prov("tăng 7 bậc", "7", 7, "hạng", CH, code=_HANG),
    *[_prov(context, raw, _num(raw.split("/")[0]), "điểm", max_value=_num(raw.split("/")[1]), code=code)
      for context, raw, code in _GROUPS_730],
    F("bình quân 84,26 điểm", "84,26", 84.26, "điểm", code=ANY, **_IN_TINH),
    F("đạt 79,18 điểm", "79,18", 79.18, "điểm", code=ANY, **_IN_HUYEN),
    F("đạt 74,38 điểm", "74,38", 74.38, "điểm", code=ANY, **_IN_XA),
    F("Tốt có 08/18", "08/18", 8, "đơn vị", C, max_value=18, code=None, **_IN_TINH),
    F("Khá có 09/18", "09/18", 9, "đơn vị", C, max_value=18, code=None, **_IN_TINH),
    F("Trung bình có 01/18", "01/18", 1, "đơn vị", C, max_value=18, code=None, **_IN_TINH),
    F("có 02/08 huyện", "02/08", 2, "huyện", C, max_value=8, code=None, **_IN_HUYEN),
    # II. task 3's target of three named districts' communes for quý IV; task 4's districts (phone no figure)
    F("tối thiểu 75%", "75%", 75, "%", T, as_of="2024-12-31", code=_SH, **_OPEN),
    F("tại 04 huyện", "04", 4, "huyện", C, code=None, **_IN_HUYEN),
]


# ------------------------------------------------------------ 731: Sở Thông tin và Truyền thông tỉnh Hải Dương, năm
# 2024 (Markdown: figures in italics, numbered items and nested "+" and "-" items, a conclusion in a block quote)
_Y2023 = "2023-12-31"
_STTTT = "Sở Thông tin và Truyền thông"

BLIND_731 = [
    # I.1 the province's TTHC on its portal (subject NULL), full and partial online, integrated on the national portal
    _prov("cung cấp *1.846* TTHC", "1.846", 1846, "TTHC", C, code=_TTHC),
    _prov("*1.102* TTHC", "1.102", 1102, "TTHC", C, code=_TOAN),
    _prov("chiếm *59,70%*", "59,70%", 59.7, "%", code=_TOAN),
    _prov("*744* TTHC", "744", 744, "TTHC", C, code=_MOT),
    _prov("là *1.624* TTHC", "1.624", 1624, "TTHC", C, code=ANY),
    _prov("đạt *87,97%*", "87,97%", 87.97, "%", code=ANY),
    # I.2 files (năm 2023 dated 2023-12-31), online with the year's target (the period end), by level, full online
    _prov("tiếp nhận *684.126*", "684.126", 684126, "hồ sơ", C, code=_TN),
    _prov("(năm 2023: *612.418*", "612.418", 612418, "hồ sơ", PR, as_of=_Y2023, code=_TN),
    _prov("tăng 71.708 hồ sơ", "71.708", 71708, "hồ sơ", CH, code=ANY),
    _prov("là *486.214* hồ sơ", "486.214", 486214, "hồ sơ", C, code=_NOP),
    _prov("chiếm *71,07%*;", "71,07%", 71.07, "%", code=_NOP, target=65, stated_status="đạt"),
    _prov("năm 2024 là 65%", "65%", 65, "%", T, code=_NOP),
    F("Cấp tỉnh: *92.846*", "92.846", 92846, "hồ sơ", C, code=_NOP, **_CAP_TINH),
    F("chiếm *84,62%*", "84,62%", 84.62, "%", code=_NOP, **_CAP_TINH),
    F("Cấp huyện: *118.412*", "118.412", 118412, "hồ sơ", C, code=_NOP, **_CAP_HUYEN),
    F("chiếm *72,36%*", "72,36%", 72.36, "%", code=_NOP, **_CAP_HUYEN),
    F("Cấp xã: *274.956*", "274.956", 274956, "hồ sơ", C, code=_NOP, **_CAP_XA),
    F("chiếm *67,18%*", "67,18%", 67.18, "%", code=_NOP, **_CAP_XA),
    _prov("đạt *58,24%*", "58,24%", 58.24, "%", code=ANY),
    # I.3 payment transactions and money (năm 2023 dated 2023-12-31), the share and its previous, by level
    _prov("Có *312.418* giao dịch", "312.418", 312418, "giao dịch", C, code=ANY),
    _prov("tiền *86,42 tỷ đồng*", "86,42", 86.42, "tỷ đồng", code=ANY),
    _prov("(năm 2023: *61,18 tỷ đồng*)", "61,18", 61.18, "tỷ đồng", PR, as_of=_Y2023, code=ANY),
    _prov("tăng *41,26%*", "41,26%", 41.26, "%", CH, code=ANY),
    _prov("đạt *58,62%*,", "58,62%", 58.62, "%", code=_TT),
    _prov("tăng 9,14 điểm", "9,14", 9.14, "%", CH, code=ANY),
    _prov("(*49,48%*)", "49,48%", 49.48, "%", PR, as_of=_Y2023, code=_TT),
    F("lần lượt là *74,26%*", "74,26%", 74.26, "%", code=_TT, **_CAP_TINH),
    F("*61,48%* và", "61,48%", 61.48, "%", code=_TT, **_CAP_HUYEN),
    F("và *52,16%*", "52,16%", 52.16, "%", code=_TT, **_CAP_XA),
    # I.4 digitisation, e-results, reuse; the certified copies (whose: unchecked)
    _prov("đạt *82,46%*", "82,46%", 82.46, "%", code=_SH),
    _prov("đạt *96,38%*", "96,38%", 96.38, "%", code=_KQ),
    _prov("đạt *36,14%*", "36,14%", 36.14, "%", code=_TSD),
    F("cấp *126.418* bản", "126.418", 126418, "bản", C, code=ANY, **_OPEN),
    # II. certificates (the Sở's and the province's), signed documents, the communes' teams, Đề án 06 accounts
    F("cấp mới *1.246* chứng thư", "1.246", 1246, "chứng thư", C, subject=_STTTT, level="tỉnh", code=ANY),
    _prov("lên *8.642* chứng thư", "8.642", 8642, "chứng thư", C, code=ANY),
    _prov("đạt *98,12%*", "98,12%", 98.12, "%", code=ANY),
    F("*235/235* xã", "235/235", 235, "xã", C, max_value=235, code=None, **_IN_XA),
    F("với *2.814* thành viên", "2.814", 2814, "thành viên", C, code=ANY, **_IN_XA),
    F("hướng dẫn *184.612* lượt", "184.612", 184612, "lượt", C, code=ANY, **_IN_XA),
    F("kích hoạt *98.264* tài khoản", "98.264", 98264, "tài khoản", C, code=ANY, **_IN_XA),
    _prov("có *1.512.846* tài khoản", "1.512.846", 1512846, "tài khoản", C, code=_TK),
    _prov("đạt *78,64%*", "78,64%", 78.64, "%", code=_TK),
    # III. PAKN, satisfaction; two groups and the total of năm 2024 (năm 2023's rank dated 2023-12-31)
    _prov("ghi nhận *214* PAKN", "214", 214, "PAKN", C, code=_PAKN_TN),
    _prov("xử lý *209* PAKN", "209", 209, "PAKN", C, code=ANY),
    _prov("đạt *97,66%*", "97,66%", 97.66, "%", code=ANY),
    _prov("đạt *95,84%*", "95,84%", 95.84, "%", code=_HL),
    _prov("đạt *9,64/12*", "9,64/12", 9.64, "điểm", max_value=12, code="766.dvctt"),
    _prov("đạt *6,86/10*", "6,86/10", 6.86, "điểm", max_value=10, code="766.thanh_toan"),
    _prov("đạt *84,36/100*", "84,36/100", 84.36, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ *18/63*", "18/63", 18, "hạng", R, max_value=63, code=_HANG),
    _prov("tăng *1,24* điểm", "1,24", 1.24, "điểm", CH, code="766.thanh_toan"),
    _prov("tăng 5 bậc", "5", 5, "hạng", CH, code=_HANG),
    _prov("xếp thứ 23/63", "23/63", 23, "hạng", PR, max_value=63, as_of=_Y2023, code=_HANG),
    # the block quote: both shares repeated with their targets and stated status (the period end)
    _prov("(*71,07%* so", "71,07%", 71.07, "%", code=_NOP, target=65, stated_status="đạt"),
    _prov("chỉ tiêu 65%)", "65%", 65, "%", T, code=_NOP),
    _prov("(*58,62%* so", "58,62%", 58.62, "%", code=_TT, target=60, stated_status="chưa đạt"),
    _prov("chỉ tiêu 60%)", "60%", 60, "%", T, code=_TT),
    # IV. task 1's TTHC; task 5's target of the communes for năm 2025 (phone no figure)
    F("của *186* TTHC", "186", 186, "TTHC", C, code=ANY, **_OPEN),
    F("tối thiểu 60%", "60%", 60, "%", T, as_of="2025-12-31", code=_TT, **_OPEN),
]


# ------------------------------------------------------------ 732: Văn phòng UBND tỉnh Hậu Giang, Thông báo tháng 5 năm
# 2025 (Markdown headings and bold figures, a tab-separated table of the districts, a remark in a block quote)
_APR_2025 = "2025-04-30"

# the tab-separated table: (STT, unit as written, tháng 4/2025, tháng 5/2025, change, rank); the average has no rank
_DISTRICTS_732 = [
    ("1", "Thành phố Vị Thanh", "84,26", "86,14", "+1,88", "1"),
    ("2", "Thành phố Ngã Bảy", "82,48", "83,62", "+1,14", "2"),
    ("3", "Thị xã Long Mỹ", "76,34", "77,92", "+1,58", "6"),
    ("4", "Huyện Châu Thành", "80,12", "81,46", "+1,34", "3"),
    ("5", "Huyện Châu Thành A", "79,64", "80,28", "+0,64", "4"),
    ("6", "Huyện Phụng Hiệp", "75,86", "75,12", "-0,74", "8"),
    ("7", "Huyện Vị Thủy", "78,42", "79,36", "+0,94", "5"),
    ("8", "Huyện Long Mỹ", "76,18", "77,04", "+0,86", "7"),
    ("", "Bình quân khối huyện", "79,16", "80,12", "+0,96"),
]


def _districts_732() -> list[Fact]:
    """The tab-separated table "STT / Đơn vị / Điểm tháng 4/2025 / Điểm tháng 5/2025 / Tăng (+)/giảm (-) / Xếp hạng"
    under "(điểm tối đa 100)": each unit as written, level huyện; both scores carry the title's maximum 100 and the
    total's code (tháng 4/2025 dated 2025-04-30, kind value); the signed change kind change (no maximum, code
    unchecked; "+1,88" read without its plus sign); the rank kind rank without a maximum. "Bình quân khối huyện"
    (empty STT, no rank cell) is the block's average (subject and codes unchecked, level huyện)."""
    facts = []
    for i, (stt, name, *values) in enumerate(_DISTRICTS_732):
        line = "\t".join((stt, name, *values))
        after = ("\t".join(_DISTRICTS_732[i + 1][:2]) if i + 1 < len(_DISTRICTS_732) else "\nCó 04/08 huyện")
        average = stt == ""
        code = ANY if average else _TONG
        cells = [(values[0], "điểm", P, code, _APR_2025, 100), (values[1], "điểm", P, code, "period", 100),
                 (values[2], "điểm", CH, ANY, "period", None)]
        if not average:
            cells.append((values[3], "hạng", R, ANY, "period", None))
        facts += _cells(line, "\t", after, ANY if average else name, "huyện", cells)
    return facts


_GROUPS_732 = [
    ("minh bạch: **16,48/18**", "16,48/18", "766.cong_khai"),
    ("giải quyết: **18,62/20**", "18,62/20", "766.tien_do"),
    ("trực tuyến: **8,84/12**", "8,84/12", "766.dvctt"),
    ("trực tuyến: **6,12/10**", "6,12/10", "766.thanh_toan"),
    ("hài lòng: **16,96/18**", "16,96/18", "766.hai_long"),
    ("hồ sơ: **14,44/22**", "14,44/22", "766.so_hoa"),
]

BLIND_732 = [
    # 1. the province's result of tháng 5/2025 (tháng 4/2025 dated 2025-04-30), the six groups in a dash list with the
    # payment group's fall; the month's files, online, on time, overdue by level
    _prov("đạt **81,46/100**", "81,46/100", 81.46, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ **29/63**", "29/63", 29, "hạng", R, max_value=63, code=_HANG),
    _prov("(**79,88** điểm", "79,88", 79.88, "điểm", PR, max_value=100, as_of=_APR_2025, code=_TONG),
    _prov("xếp thứ **34/63**", "34/63", 34, "hạng", PR, max_value=63, as_of=_APR_2025, code=_HANG),
    _prov("tăng **1,58** điểm", "1,58", 1.58, "điểm", CH, code=_TONG),
    _prov("tăng **5** bậc", "5", 5, "hạng", CH, code=_HANG),
    *[_prov(context, raw, _num(raw.split("/")[0]), "điểm", max_value=_num(raw.split("/")[1]), code=code)
      for context, raw, code in _GROUPS_732],
    _prov("giảm **0,24** điểm", "0,24", -0.24, "điểm", CH, code="766.thanh_toan"),
    _prov("tiếp nhận **28.642** hồ sơ", "28.642", 28642, "hồ sơ", C, code=_TN),
    _prov("trực tuyến **19.318** hồ sơ", "19.318", 19318, "hồ sơ", C, code=_NOP),
    _prov("chiếm **67,45%**", "67,45%", 67.45, "%", code=_NOP),
    _prov("đạt **98,92%**", "98,92%", 98.92, "%", code=_DH),
    _prov("có **274** hồ sơ", "274", 274, "hồ sơ", C, code=_QH),
    F("cấp tỉnh 62 hồ sơ", "62", 62, "hồ sơ", C, code=_QH, **_CAP_TINH),
    F("cấp huyện 168 hồ sơ", "168", 168, "hồ sơ", C, code=_QH, **_CAP_HUYEN),
    F("cấp xã 44 hồ sơ", "44", 44, "hồ sơ", C, code=_QH, **_CAP_XA),
    # 2. the block of sở: size, average and its change, grades (`đơn vị`), three bodies as written
    F("(20 cơ quan)", "20", 20, "đơn vị", C, code=None, **_IN_TINH),
    F("đạt **86,72** điểm", "86,72", 86.72, "điểm", code=ANY, **_IN_TINH),
    F("tăng 1,12 điểm", "1,12", 1.12, "điểm", CH, code=ANY, **_IN_TINH),
    F("Có **14/20** cơ quan", "14/20", 14, "đơn vị", C, max_value=20, code=None, **_IN_TINH),
    F("**05/20** cơ quan", "05/20", 5, "đơn vị", C, max_value=20, code=None, **_IN_TINH),
    F("**01/20** cơ quan", "01/20", 1, "đơn vị", C, max_value=20, code=None, **_IN_TINH),
    F("(Sở Xây dựng, 68,94 điểm)", "68,94", 68.94, "điểm", subject="Sở Xây dựng", level="tỉnh", code=ANY),
    F("(*95,36* điểm)", "95,36", 95.36, "điểm", subject="Sở Tư pháp", level="tỉnh", code=ANY),
    F("với *94,82* điểm", "94,82", 94.82, "điểm", subject="Sở Khoa học và Công nghệ", level="tỉnh", code=ANY),
    # 3. the districts: their number, the table, the count graded Tốt, the one that fell and its weak group
    F("của 08 đơn vị", "08", 8, "đơn vị", C, code=None, **_CAP_HUYEN),
    *_districts_732(),
    F("Có 04/08 huyện", "04/08", 4, "huyện", C, max_value=8, code=None, **_IN_HUYEN),
    F("(giảm 0,74 điểm)", "0,74", -0.74, "điểm", CH, subject="Huyện Phụng Hiệp", level="huyện", code=ANY),
    F("đạt 10,26/22", "10,26/22", 10.26, "điểm", max_value=22, subject="Huyện Phụng Hiệp", level="huyện",
      code="766.so_hoa"),
    # 4. the communes (`xã`), their average and grades, the last one as written
    F("Bình quân 75 xã", "75", 75, "xã", C, code=None, **_IN_XA),
    F("đạt **74,86** điểm", "74,86", 74.86, "điểm", code=ANY, **_IN_XA),
    F("Tốt 21 xã", "21", 21, "xã", C, code=None, **_IN_XA),
    F("Khá 43 xã", "43", 43, "xã", C, code=None, **_IN_XA),
    F("Trung bình 11 xã", "11", 11, "xã", C, code=None, **_IN_XA),
    F("với 58,42 điểm", "58,42", 58.42, "điểm", subject="xã Lương Nghĩa", level="xã", code=ANY),
    # the block quote: the province's payment share with the year's target (2025-12-31) and its status
    _prov("đạt **48,26%**", "48,26%", 48.26, "%", code=_TT, target=55, stated_status="chưa đạt"),
    _prov("chỉ tiêu **55%**", "55%", 55, "%", T, as_of="2025-12-31", code=_TT),
    # 5. the third request's target of the districts for tháng 6/2025 (phone no figure)
    F("tối thiểu 55%", "55%", 55, "%", T, as_of="2025-06-30", code=_TT, **_IN_HUYEN),
]


# ------------------------------------------------------------ 733: Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh,
# quý IV năm 2025 (Markdown: a pipe table of six communes and a dash list of the same communes, a target in a block
# quote)
_PVHCC = "Trung tâm Phục vụ hành chính công tỉnh"
_tt = _by(_PVHCC, "tỉnh")
_Q3_2025 = "2025-09-30"

# the pipe table: (STT, unit as written, received, online %, on-time %)
_COMMUNES_733 = [
    ("1", "Phường Hạ Long", "9.846", "88,42", "99,36"),
    ("2", "Phường Bãi Cháy", "8.412", "86,18", "99,12"),
    ("3", "Phường Cẩm Phả", "7.926", "84,64", "98,76"),
    ("4", "Phường Uông Bí", "7.318", "85,26", "99,48"),
    ("5", "Phường Móng Cái 1", "6.842", "81,34", "97,92"),
    ("6", "Đặc khu Vân Đồn", "4.126", "72,18", "96,84"),
]

# the dash list of the same units: (unit, overdue files, apology letters or None)
_LATE_733 = [
    ("Phường Hạ Long", "38", "38"),
    ("Phường Bãi Cháy", "46", "41"),
    ("Phường Cẩm Phả", "72", "72"),
    ("Phường Uông Bí", "29", "25"),
    ("Phường Móng Cái 1", "104", "96"),
    ("Đặc khu Vân Đồn", "86", None),
]


def _communes_733() -> list[Fact]:
    """The pipe table "| STT | Đơn vị | Tiếp nhận (hồ sơ) | Trực tuyến (%) | Đúng hạn (%) |" of six communes and the
    dash list of the same units after it ("- Phường Hạ Long: 38 hồ sơ quá hạn, đã gửi 38 thư xin lỗi;"). Each unit as
    written, level xã (the numeral of "Phường Móng Cái 1" is part of the name); table cells with the received, online
    and on-time codes; in the list the overdue files a count with the overdue code and the letters a count
    `thư xin lỗi` (code unchecked); "chưa gửi thư xin lỗi" states no figure."""
    facts = _table(_COMMUNES_733, _md_line, {5: "\nHồ sơ quá hạn và thư"},
                   lambda stt, name: (name, "xã"), ("hồ sơ", "%", "%"), lambda stt: (_TN, _NOP, _DH))
    for name, late, letters in _LATE_733:
        who = {"subject": name, "level": "xã"}
        facts.append(F(f"{name}: {late} hồ sơ", late, _num(late), "hồ sơ", C, code=_QH, **who))
        if letters:
            facts.append(F(f"gửi {letters} thư", letters, _num(letters), "thư xin lỗi", C, code=ANY, **who))
    return facts


BLIND_733 = [
    # I. the communes after the merger (`cấp xã` and its parts), their centres, the bodies and staff at the Trung tâm
    F("có **54** đơn vị", "54", 54, "đơn vị", C, code=None, **_CAP_XA),
    F("(**30** phường", "30", 30, "phường", C, code=None, **_IN_XA),
    F("**22** xã", "22", 22, "xã", C, code=None, **_IN_XA),
    F("**02** đặc khu", "02", 2, "đặc khu", C, code=None, **_IN_XA),
    F("**54/54** Trung tâm", "54/54", 54, "Trung tâm", C, max_value=54, code=None, **_IN_XA),
    F("có **21** cơ quan", "21", 21, "đơn vị", C, code=None, **_IN_TINH),
    F("bố trí **86** cán bộ", "86", 86, "cán bộ", C, code=ANY, **_IN_TINH),
    # II.1 the Trung tâm's files (quý III năm 2025 dated 2025-09-30) by channel, settled, on time, overdue, duration
    _tt("Tiếp nhận **32.418** hồ sơ", "32.418", 32418, "hồ sơ", C, code=_TN),
    _tt("(quý III năm 2025: **29.846**", "29.846", 29846, "hồ sơ", PR, as_of=_Q3_2025, code=_TN),
    _tt("tăng **8,62%**", "8,62%", 8.62, "%", CH, code=ANY),
    _tt("trực tuyến: **28.946**", "28.946", 28946, "hồ sơ", C, code=_NOP),
    _tt("chiếm **89,29%**", "89,29%", 89.29, "%", code=_NOP),
    _tt("công ích: **1.212**", "1.212", 1212, "hồ sơ", C, code=ANY),
    _tt("trực tiếp: **2.260**", "2.260", 2260, "hồ sơ", C, code=ANY),
    _tt("giải quyết **31.064** hồ sơ", "31.064", 31064, "hồ sơ", C, code=ANY),
    _tt("đúng hạn **30.912** hồ sơ", "30.912", 30912, "hồ sơ", C, code=_DH),
    _tt("đạt **99,51%**", "99,51%", 99.51, "%", code=_DH),
    _tt("quá hạn **152** hồ sơ", "152", 152, "hồ sơ", C, code=_QH),
    _tt("bình quân **3,8** ngày", "3,8", 3.8, "ngày", code=ANY),
    _tt("rút ngắn **0,6** ngày", "0,6", -0.6, "ngày", CH, code=ANY),
    # II.2 the communes' centres (subject unchecked, level xã; on time "của cấp xã"), the six units: table and list
    F("tiếp nhận **148.612** hồ sơ", "148.612", 148612, "hồ sơ", C, code=_TN, **_IN_XA),
    F("trực tuyến **118.246** hồ sơ", "118.246", 118246, "hồ sơ", C, code=_NOP, **_IN_XA),
    F("chiếm **79,57%**", "79,57%", 79.57, "%", code=_NOP, **_IN_XA),
    F("đạt **98,84%**", "98,84%", 98.84, "%", code=_DH, **_CAP_XA),
    F("của 06 đơn vị", "06", 6, "đơn vị", C, code=None, **_IN_XA),
    *_communes_733(),
    # II.3 the Trung tâm's payment, money, digitisation, reuse, certified copies
    _tt("đạt **91,46%**", "91,46%", 91.46, "%", code=_TT),
    _tt("là **24,86 tỷ đồng**", "24,86", 24.86, "tỷ đồng", code=ANY),
    _tt("đạt **97,12%**", "97,12%", 97.12, "%", code=_SH),
    _tt("đạt **52,34%**", "52,34%", 52.34, "%", code=_TSD),
    _tt("cấp **12.418** bản", "12.418", 12418, "bản", C, code=ANY),
    # III. the Trung tâm's PAKN (phone no figure), survey, satisfaction (quý III dated 2025-09-30); the province's
    # result of tháng 12/2025 (tháng 9/2025 dated 2025-09-30)
    _tt("tiếp nhận **58** PAKN", "58", 58, "PAKN", C, code=_PAKN_TN),
    _tt("xử lý **58/58** PAKN", "58/58", 58, "PAKN", C, max_value=58, code=ANY),
    _tt("PAKN, đạt 100%", "100%", 100, "%", code=ANY),
    _tt("Khảo sát **4.612** phiếu", "4.612", 4612, "phiếu", C, code=ANY),
    _tt("đạt **98,46%**", "98,46%", 98.46, "%", code=_HL),
    _tt("(quý III năm 2025: **97,82%**)", "97,82%", 97.82, "%", PR, as_of=_Q3_2025, code=_HL),
    F("đạt **90,24/100**", "90,24/100", 90.24, "điểm", max_value=100, code=_TONG, **_NULL),
    F("xếp thứ **3/34**", "3/34", 3, "hạng", R, max_value=34, code=_HANG, **_NULL),
    F("(tháng 9/2025: **88,96**", "88,96", 88.96, "điểm", PR, max_value=100, as_of=_Q3_2025, code=_TONG, **_NULL),
    F("xếp thứ **5/34**", "5/34", 5, "hạng", PR, max_value=34, as_of=_Q3_2025, code=_HANG, **_NULL),
    # the block quote: the Trung tâm's targets of năm 2026
    _tt("tối thiểu **92%**", "92%", 92, "%", T, as_of="2026-12-31", code=_NOP),
    _tt("trên **98%**", "98%", 98, "%", T, as_of="2026-12-31", code=_HL),
    # IV. task 3's apology target of two communes for tháng 01/2026; task 4's target of the communes for quý I
    F("đối với 100% hồ sơ", "100%", 100, "%", T, as_of="2026-01-31", code=ANY, **_IN_XA),
    F("tối thiểu 82%", "82%", 82, "%", T, as_of="2026-03-31", code=_NOP, **_IN_XA),
]


# ------------------------------------------------------------ 734: Công an tỉnh An Giang, 6 tháng đầu năm 2026
# (Markdown: bold figures, lists nested three deep, "[^1]" footnotes after the signature, targets in a block quote)
_CAT = "Công an tỉnh"
_cat = _by(_CAT, "tỉnh")
_H1_2025 = "2025-06-30"
_MAR_2026 = "2026-03-31"

BLIND_734 = [
    # I.1 identity cards: files by age ("[^1]" no figure) and footnote [^1]'s part, cards returned (`thẻ`)
    _cat("thu nhận **186.412** hồ sơ", "186.412", 186412, "hồ sơ", C, code=ANY),
    _cat("trở lên: **142.618** hồ sơ", "142.618", 142618, "hồ sơ", C, code=ANY),
    _cat("dưới 14 tuổi: **43.794**", "43.794", 43794, "hồ sơ", C, code=ANY),
    _cat("tuổi **18.426** hồ sơ", "18.426", 18426, "hồ sơ", C, code=ANY),
    _cat("trả **181.246** thẻ", "181.246", 181246, "thẻ", C, code=ANY),
    _cat("đạt **97,23%**", "97,23%", 97.23, "%", code=ANY),
    # I.2 the province's electronic identity accounts (subject NULL), by former province (subject and level
    # unchecked), the count at 31/12/2025 (kind previous dated 2025-12-31) and the rise
    F("có **2.846.312** tài khoản", "2.846.312", 2846312, "tài khoản", C, code=_TK, **_NULL),
    F("đạt **74,86%**", "74,86%", 74.86, "%", code=_TK, **_NULL),
    F("cũ: **1.462.418**", "1.462.418", 1462418, "tài khoản", C, code=_TK, **_OPEN),
    F("cũ: **1.383.894**", "1.383.894", 1383894, "tài khoản", C, code=_TK, **_OPEN),
    F("(**2.612.846** tài khoản)", "2.612.846", 2612846, "tài khoản", PR, as_of="2025-12-31", code=_TK, **_NULL),
    F("tăng **233.466** tài khoản", "233.466", 233466, "tài khoản", CH, code=ANY, **_NULL),
    # II. the Công an tỉnh's TTHC, online files (cùng kỳ năm 2025 dated 2025-06-30) by field with the residence
    # registrations (`lượt`), on time, payment, money, driving-licence files
    _cat("thực hiện **148** TTHC", "148", 148, "TTHC", C, code=_TTHC),
    _cat("**112** TTHC", "112", 112, "TTHC", C, code=_TOAN),
    _cat("(chiếm **75,68%**)", "75,68%", 75.68, "%", code=_TOAN),
    _cat("tiếp nhận **96.214** hồ sơ", "96.214", 96214, "hồ sơ", C, code=_NOP),
    _cat("(cùng kỳ năm 2025: **71.862**", "71.862", 71862, "hồ sơ", PR, as_of=_H1_2025, code=_NOP),
    _cat("tăng **33,89%**", "33,89%", 33.89, "%", CH, code=ANY),
    F("cư trú: **58.412** hồ sơ", "58.412", 58412, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("thường trú: **24.618** lượt", "24.618", 24618, "lượt", C, code=ANY, **_IN_TINH),
    F("tạm trú: **33.794** lượt", "33.794", 33794, "lượt", C, code=ANY, **_IN_TINH),
    F("Đăng ký xe: **24.186**", "24.186", 24186, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("khác: **13.616** hồ sơ", "13.616", 13616, "hồ sơ", C, code=ANY, **_IN_TINH),
    _cat("đạt **99,86%**", "99,86%", 99.86, "%", code=_DH),
    _cat("đạt **94,12%**", "94,12%", 94.12, "%", code=_TT),
    _cat("thu **42,68 tỷ đồng**", "42,68", 42.68, "tỷ đồng", code=ANY),
    _cat("tiếp nhận **12.846** hồ sơ", "12.846", 12846, "hồ sơ", C, code=ANY),
    # III. Đề án 06 across the province (subject NULL): clean data, the communes (`cấp xã` and its parts), health
    # insurance visits ("[^2]") and footnote [^2]'s previous (2025-06-30), social payments, communication
    F("đạt **99,42%**", "99,42%", 99.42, "%", code=ANY, **_NULL),
    F("có **102** đơn vị", "102", 102, "đơn vị", C, code=None, **_CAP_XA),
    F("(**85** xã", "85", 85, "xã", C, code=None, **_IN_XA),
    F("**14** phường", "14", 14, "phường", C, code=None, **_IN_XA),
    F("**03** đặc khu", "03", 3, "đặc khu", C, code=None, **_IN_XA),
    F("**102/102** xã", "102/102", 102, "xã", C, max_value=102, code=None, **_IN_XA),
    F("căn cước: **3.126.418** lượt", "3.126.418", 3126418, "lượt", C, code=ANY, **_NULL),
    F("chiếm **96,74%**", "96,74%", 96.74, "%", code=ANY, **_NULL),
    F("đạt **91,58%**", "91,58%", 91.58, "%", PR, as_of=_H1_2025, code=ANY, **_NULL),
    F("cho **412.618** người", "412.618", 412618, "người", C, code=ANY, **_NULL),
    F("đạt **92,36%**", "92,36%", 92.36, "%", code=ANY, **_NULL),
    F("chức **412** buổi", "412", 412, "buổi", C, code=ANY, **_OPEN),
    F("với **28.646** lượt", "28.646", 28646, "lượt", C, code=ANY, **_OPEN),
    # the block quote's targets of năm 2026: the province's accounts, the Công an tỉnh's payment
    F("đạt **80%**", "80%", 80, "%", T, as_of="2026-12-31", code=_TK, **_NULL),
    _cat("đạt **95%**", "95%", 95, "%", T, as_of="2026-12-31", code=_TT),
    # IV. PAKN; the Công an tỉnh's 766 result of tháng 6/2026 (tháng 3/2026 dated 2026-03-31); the province
    _cat("tiếp nhận **64** PAKN", "64", 64, "PAKN", C, code=_PAKN_TN),
    _cat("giải quyết **62** PAKN", "62", 62, "PAKN", C, code=ANY),
    _cat("đạt **96,88%**", "96,88%", 96.88, "%", code=ANY),
    _cat("đạt **91,62/100**", "91,62/100", 91.62, "điểm", max_value=100, code=_TONG),
    _cat("xếp thứ **2/20**", "2/20", 2, "hạng", R, max_value=20, code=_HANG),
    _cat("(tháng 3/2026: **89,84**", "89,84", 89.84, "điểm", PR, max_value=100, as_of=_MAR_2026, code=_TONG),
    _cat("xếp thứ **4/20**", "4/20", 4, "hạng", PR, max_value=20, as_of=_MAR_2026, code=_HANG),
    F("đạt **86,18/100**", "86,18/100", 86.18, "điểm", max_value=100, code=_TONG, **_NULL),
    F("xếp thứ **9/34**", "9/34", 9, "hạng", R, max_value=34, code=_HANG, **_NULL),
    # V. the traffic police's target for quý III (phone no figure)
    F("trực tuyến 100% hồ sơ", "100%", 100, "%", T, as_of="2026-09-30", code=ANY, **_IN_TINH),
]

BLIND = {"730": BLIND_730, "731": BLIND_731, "732": BLIND_732, "733": BLIND_733, "734": BLIND_734}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "730": [
        ("2024-10-25", "day", "25/10/2024", "công bố danh mục TTHC", "Văn phòng UBND tỉnh"),
        ("2024-11-15", "day", "ngày mười lăm tháng 11 năm 2024", "Hệ thống thông tin giải quyết TTHC",
         "Sở Thông tin và Truyền thông"),
        ("2024-12-31", "quarter", "quý IV năm 2024", "số hóa hồ sơ cấp xã", "UBND các huyện Na Rì, Pác Nặm và Chợ Đồn"),
        ("2024-11-30", "month", "tháng 11/2024", "kiểm tra công tác cải cách hành chính", "Sở Nội vụ"),
        ("2024-12-31", "year", "năm 2024", "bưu chính công ích", "Bưu điện tỉnh Bắc Kạn"),
        # issued 08/10/2024: the first "ngày 18 hằng tháng" is 18/10/2024
        ("2024-10-18", "recurring", "18 hằng tháng", "gửi báo cáo kết quả giải quyết TTHC",
         "Các sở, ban, ngành, UBND các huyện, thành phố"),
    ],
    "731": [
        ("2025-03-31", "day", "31/3/2025", "tái cấu trúc quy trình", "Phòng Chuyển đổi số"),
        ("2025-05-31", "day", "ngày ba mươi mốt tháng 5 năm 2025", "nền tảng thanh toán tập trung",
         "Trung tâm Công nghệ thông tin và Truyền thông"),
        ("2025-06-30", "quarter", "quý II năm 2025", "bưu chính công ích", "Phòng Bưu chính, Viễn thông"),
        ("2025-08-31", "month", "tháng 8/2025", "an toàn thông tin", "Thanh tra Sở"),
        ("2025-12-31", "year", "năm 2025", "thanh toán trực tuyến", "UBND các huyện, thị xã, thành phố"),
        # issued 10/01/2025: the first "ngày 15 hằng tháng" is 15/01/2025
        ("2025-01-15", "recurring", "15 hằng tháng", "gửi báo cáo kết quả thực hiện", "Các phòng, đơn vị thuộc Sở"),
    ],
    "732": [
        ("2025-06-20", "day", "20/6/2025", "nguyên nhân giảm điểm", "Sở Xây dựng"),
        ("2025-06-28", "day", "ngày hai mươi tám tháng 6 năm 2025", "số hóa hồ sơ", "UBND huyện Phụng Hiệp"),
        ("2025-06-30", "month", "tháng 6/2025", "thanh toán trực tuyến", "UBND các huyện, thị xã, thành phố"),
        ("2025-09-30", "quarter", "quý III năm 2025", "chuyển đổi dữ liệu", "Sở Khoa học và Công nghệ"),
        ("2025-12-31", "year", "năm 2025", "bưu chính công ích", "Bưu điện tỉnh Hậu Giang"),
        # issued 10/6/2025, after the 8th: the first "ngày 08 hằng tháng" is 08/7/2025
        ("2025-07-08", "recurring", "08 hằng tháng", "báo cáo tự đánh giá", "Các cơ quan, địa phương"),
    ],
    "733": [
        ("2026-01-15", "day", "15/01/2026", "quầy giao dịch", "Phòng Tiếp nhận và Trả kết quả"),
        ("2026-03-10", "day", "ngày mười tháng 3 năm 2026", "đánh giá chất lượng phục vụ",
         "Phòng Kiểm soát TTHC và Giám sát"),
        ("2026-01-31", "month", "tháng 01/2026", "thư xin lỗi", "UBND đặc khu Vân Đồn và UBND phường Móng Cái 1"),
        ("2026-03-31", "quarter", "quý I năm 2026", "hồ sơ trực tuyến", "UBND các xã, phường, đặc khu"),
        ("2026-12-31", "year", "năm 2026", "ki-ốt tra cứu", "Văn phòng Trung tâm"),
        # issued 06/01/2026: the first "ngày 20 hằng tháng" is 20/01/2026
        ("2026-01-20", "recurring", "20 hằng tháng", "gửi báo cáo kết quả",
         "Các phòng thuộc Trung tâm và các cơ quan có bộ phận tại Trung tâm"),
    ],
    "734": [
        ("2026-07-31", "day", "31/7/2026", "dữ liệu căn cước của trẻ em",
         "Phòng Cảnh sát quản lý hành chính về trật tự xã hội"),
        ("2026-09-15", "day", "ngày mười lăm tháng 9 năm 2026", "kích hoạt tài khoản định danh điện tử",
         "Công an các xã, phường, đặc khu"),
        ("2026-09-30", "quarter", "quý III năm 2026", "hồ sơ đăng ký xe", "Phòng Cảnh sát giao thông"),
        ("2026-10-31", "month", "tháng 10/2026", "sơ kết Đề án 06", "Phòng Tham mưu"),
        ("2026-12-31", "year", "năm 2026", "sổ sức khỏe điện tử", "Sở Y tế"),
        # issued 06/7/2026: the first "ngày 25 hằng tháng" is 25/7/2026
        ("2026-07-25", "recurring", "25 hằng tháng", "gửi báo cáo kết quả", "Công an các đơn vị, địa phương"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META): 730 a UBND tỉnh's report
# under a bold header, its place-date in italics; 731 a Sở's report signed by a deputy director (the name in bold);
# 732 a Thông báo of the provincial office (the period "tháng 5 năm 2025" in its title), signed by a deputy chief; 733
# the Trung tâm's report signed by its director; 734 the Công an tỉnh's report signed by a deputy director after his
# rank "Đại tá" (the signer is the name).
META = {
    "730": {"doc_number": "186/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2024-10-08",
            "province": "Bắc Kạn", "period_label": "quý III năm 2024", "period_start": "2024-07-01",
            "period_end": "2024-09-30", "signer": "Hoàng Thị Thu Hà"},
    "731": {"doc_number": "48/BC-STTTT", "doc_type": "Báo cáo", "issued_date": "2025-01-10",
            "province": "Hải Dương", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Phạm Văn Thắng"},
    "732": {"doc_number": "214/TB-VPUB", "doc_type": "Thông báo", "issued_date": "2025-06-10",
            "province": "Hậu Giang", "period_label": "tháng 5 năm 2025", "period_start": "2025-05-01",
            "period_end": "2025-05-31", "signer": "Lê Thị Ngọc Hân"},
    "733": {"doc_number": "24/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2026-01-06",
            "province": "Quảng Ninh", "period_label": "quý IV năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-12-31", "signer": "Vũ Thị Minh Nguyệt"},
    "734": {"doc_number": "1286/BC-CAT-PC06", "doc_type": "Báo cáo", "issued_date": "2026-07-06",
            "province": "An Giang", "period_label": "6 tháng đầu năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-06-30", "signer": "Lâm Văn Hùng"},
}
