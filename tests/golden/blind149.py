"""Blind golden facts for corpus/blind149/820_lai_chau.txt, 821_thanh_hoa.txt, 822_gia_lai.txt, 823_dong_thap.txt and
824_ca_mau.txt.

The five documents were written by the developers for a hundred-and-forty-ninth blind measurement (MONTHLY REPORTS OF
COMMUNES AND WARDS IN 2026, after the two-level local government began: a xã's month with a tab-separated table by
field and the 766 result of the month before, a ward's month with a Markdown table whose columns are this month, last
month and the same month of 2025, a ward's month in prose with the six 766 groups and the communes by grade, a xã's
Công văn with a Markdown table by field of online, payment and digitisation shares, a ward's month with a dash list by
field; files by field (hộ tịch, chứng thực, đất đai, đăng ký kinh doanh, người có công), online payment, digitised
results, files returned late with letters of apology, last month and the same month of 2025 of the former communes or
wards, tasks for the next month with their days; provinces Lai Châu (unchanged by the 1 July 2025 merger), Thanh Hóa
(unchanged), Gia Lai (merged with Bình Định), Đồng Tháp (merged with Tiền Giang) and Cà Mau (merged with Bạc Liêu);
periods tháng 01, tháng 02, tháng 3, tháng 4 and tháng 5 năm 2026; not real documents), and every row below was written
by reading them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out text
for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind148.py, blind145.py, blind142.py, blind138.py, blind133.py and
blind13.py: rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written
inside it). Prose and list counts are kind `count`; table cells are kind `value` even when they count, with
`extra={"source": "table"}`; `as_of="period"` is the period's end; a table column dated before the period end keeps
kind `value` with that date as `as_of`; a previous month in brackets is kind previous dated at its end (a previous 766
total with the maximum 100 of the current one, a previous rank with its maximum); a change is dated with the figure
it changes and a fall ("giảm", "thấp hơn") is negative; a change in "điểm phần trăm" is kind change in `%` with the
number alone as raw; a change of a 766 score or rank carries the score's or rank's code, of a count or share none.
`ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly names none:
counts of villages, residential groups, counters, staff, communes and bodies by grade). A count of the files (or PAKN)
an indicator is computed on carries that indicator's code (received, online, on time, overdue; overdue files of one
field the overdue code); every "đã giải quyết" count, files settled before time and on time counted apart, pending
files, one field's files and shares, money, letters, certified copies and PAKN handled or by channel have their code
unchecked.

Subjects. A commune's or ward's own figures in its UBND's report (sentences naming no body, "xã tiếp nhận", "Phường
đã giải quyết", "UBND phường đã gửi", and the unit naming itself "xã Than Uyên đạt", "Phường Quy Nhơn đạt", "Xã Cái Bè
đạt") are its UBND named in full (`UBND xã Than Uyên`, `UBND phường Hạc Thành`, `UBND phường Quy Nhơn`, `UBND xã Cái
Bè`, `UBND phường An Xuyên`, level xã), as golden/blind117.py's 660, blind138.py's 768 and blind145.py's 802; its Trung
tâm Phục vụ hành chính công named by its kind ("Trung tâm đã gửi", "Trung tâm Phục vụ hành chính công xã … bố trí",
"Bộ phận tiếp nhận đã gửi") subject unchecked, level xã (as golden/blind145.py's 802), and so are the sentences that
follow it in the same paragraph (821's digitisation after "Trung tâm đã cấp", 824's section 1 opened by "Trung tâm
Phục vụ hành chính công phường tiếp nhận"). Fields (in prose, dash lists and table rows) have subject unchecked, level
xã. The province's 766 result ("tỉnh Lai Châu đạt", "Tỉnh Gia Lai", "Tỉnh Đồng Tháp", "Tỉnh Cà Mau") has subject
NULL; block and communes' averages subject unchecked, level xã, code unchecked; counts of communes by grade take the
first unit word ("135 xã, phường", "64/102 xã, phường", "64 xã, phường" → `xã`; "12 đơn vị" → `đơn vị`), subject
unchecked, level xã, code None; thresholds in such a count ("từ 80 điểm trở lên") kind target, subject unchecked,
level xã. Targets "chỉ tiêu UBND tỉnh giao cho cấp xã năm 2026 là x%" are every commune's (subject unchecked, level xã,
2026-12-31), "chỉ tiêu Nghị quyết (của) HĐND phường giao năm 2026" the ward's own (the issuer, 2026-12-31); the
commune's share carries the target with the status written. Task targets and quantities ("dứt điểm 10 hồ sơ",
"khẩn trương giải quyết 12 hồ sơ", "tối thiểu 62%") are kind target dated at their task's deadline, subject
unchecked, level xã. Things counted take the noun as written (`thôn` for "thôn, bản, tổ dân phố", `tổ dân phố`,
`người`, `quầy`, `công chức`, `thư xin lỗi` also for "14 thư", `bản`, `lượt`); money keeps the unit written (`triệu
đồng`); durations `ngày`.

Dates, document numbers and cited texts ("Số: 12/BC-UBND", "Công văn số 86/VP-KSTT", "Kế hoạch số 14/KH-UBND",
"Quyết định số 766/QĐ-TTg", "Công văn số 412/UBND-KSTT", "Số: 318/UBND-VP", "Công văn số 1126/VP-KSTT", "Số:
96/BC-UBND"), stated windows and data dates ("từ ngày 01/02/2026 đến ngày 28/02/2026", "đến ngày 28/02/2026", "công
bố ngày 20/01/2026"), months naming a result, a column or a bracket ("tháng 12/2025", "Tháng 02/2025", "tháng 4/2025
của các xã, thị trấn cũ", "tháng 02 trùng kỳ nghỉ Tết", "chuyển sang tháng 6"), "Bộ chỉ số 766", "Tổng đài 1022",
names with numbers ("Phường 1, Phường 2 và Phường 9 cũ"), addresses ("số 18 đường Trần Phú", "số 35 đại lộ Lê Lợi",
"số 02 đường Lê Thánh Tôn", "số 09 đường Hùng Vương"), phone numbers ("0213.3784.126", "0237.3852.614",
"0256.3822.418", "0290.3831.246"), section, item and table numbering ("I.", "1.", "(1)", "Bảng 1."), STT cells, "-"
cells, headings naming the next period ("II. NHIỆM VỤ THÁNG 02 NĂM 2026", "III. NHIỆM VỤ THÁNG 3 NĂM 2026", "5. Nhiệm
vụ tháng 4 năm 2026", "6. Nhiệm vụ tháng 5 năm 2026 và kiến nghị", "II. NHIỆM VỤ THÁNG 6 NĂM 2026": no deadlines),
numbers in words ("ba đơn vị cũ", the days of "ngày hai mươi tháng 02", "ngày ba mươi mốt tháng 3", "ngày hai mươi lăm
tháng 4", "ngày hai mươi tháng 5", "ngày mười tám tháng 6") and years are not figures.

New in this set (the decisions are written here):
- THE SAME MONTH OF 2025 OF THE FORMER UNITS: "so với cùng kỳ năm 2025 (tháng 01/2025 của ba đơn vị cũ cộng lại:
  1.108 hồ sơ)" (820), "(tháng 02/2025 của các phường cũ cộng lại: 3.062 hồ sơ)" (821), "cùng kỳ năm 2025 (2.460 hồ
  sơ)" (822), "tháng 4/2025 của các xã, thị trấn cũ: 1.698 hồ sơ" in one bracket with last month (823), "So với tháng
  5/2025 (cộng gộp số liệu của Phường 1, Phường 2 và Phường 9 cũ: 2.046 hồ sơ)" (824): kind previous dated at that
  month's end in 2025, the received code, subject unchecked (the commune did not exist then), level xã (as
  golden/blind145.py's 802 reads the former communes' quarter). The change against it is the present unit's.
- A TABLE COLUMN OF THE SAME MONTH OF 2025 (821's "Tháng 02/2025"): kind value dated 2025-02-28 (the fixed rule for a
  column dated before the period end), fields subject unchecked; its "Tổng cộng" cell the former wards' (subject
  unchecked, level xã, received code), while the row's other cells are the ward's. The column "Tháng 01/2026" is dated
  2026-01-31 (the ward's in the total row).
- THE 766 RESULT OF THE MONTH BEFORE THE PERIOD (820: "Theo kết quả Bộ chỉ số 766 tháng 12/2025 do UBND tỉnh công bố
  ngày 20/01/2026, xã Than Uyên đạt 81,26/100 điểm, xếp thứ 11/38 … (tháng 11/2025: 78,94 điểm, xếp thứ 17/38), tăng
  2,32 điểm và tăng 6 bậc. Cùng kỳ, tỉnh Lai Châu đạt 80,12/100 điểm, xếp thứ 27/34"): the latest published result is
  kind value / rank dated 2025-12-31 (as golden/blind133.py's 741), November's previous dated 2025-11-30, the changes
  dated with December's result, the province's figures dated 2025-12-31 too. 821's "Theo số liệu … đến ngày
  28/02/2026" and 822-824's results of the period's own month are dated at the period end.
- A TABLE WITHOUT AN STT COLUMN WITH A "-" CELL (823, Markdown: received files, online, payment and digitisation
  shares, overdue files): "-" (no fees for người có công) is no figure; the field rows' share columns have their code
  unchecked, the overdue column the overdue code; "Tổng cộng" (the first cell) is the commune with every column's code
  (received, online share, payment share, digitisation share, overdue).
- A DASH LIST BY FIELD WITH A SHARE IN BRACKETS (824 "- Hộ tịch: 684 hồ sơ, trực tuyến 652 hồ sơ (95,32%);"): each
  field's received, online count and online share, subject unchecked, level xã, codes unchecked.
- A GAP TO A TARGET (824 "phường chưa đạt chỉ tiêu (thấp hơn 0,14 điểm phần trăm)"): a negative change in `%`, code
  unchecked.
- THE RANK HELD (824 "giữ nguyên thứ hạng so với tháng 4/2026 (86,48 điểm), tăng 0,64 điểm"): "giữ nguyên" states no
  figure; the bracket is the previous total (max 100, 2026-04-30).

Per document:
- 820 is a monthly Báo cáo of UBND xã Than Uyên (tỉnh Lai Châu; header "UBND TỈNH LAI CHÂU / ỦY BAN NHÂN DÂN / XÃ THAN
  UYÊN", number "12/BC-UBND", signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") to the Văn phòng UBND tỉnh,
  tháng 01 năm 2026, issued 04/02/2026. "42 thôn, bản, tổ dân phố với dân số 31.846 người" (the commune's), the centre's
  "08 quầy … 10 công chức", "372 TTHC … 268 TTHC … (chiếm 72,04%)" (toàn trình); files in a dash list (above), "(tháng
  12/2025: 1.412 hồ sơ), giảm 126 hồ sơ", online "78,07% (tháng 12/2025: 75,42%), tăng 2,65 điểm phần trăm", settled,
  on time "1.234 hồ sơ, đạt 98,96%", overdue "13 hồ sơ, chiếm 1,04% (đất đai 10 hồ sơ, …)", the centre's "13 thư xin
  lỗi", pending; THE TAB-SEPARATED TABLE BY FIELD ("Tổng cộng" with an empty STT = the commune; "100" and "0" cells);
  "1.126 bản, chiếm 61,43% … (1.833 bản)"; payment "58,64% (tháng 12/2025: 55,18%) … 46,8 triệu đồng" against "cấp xã
  năm 2026 là 65%, xã chưa đạt chỉ tiêu"; digitisation, e-results, reuse; PAKN "05 PAKN (qua Tổng đài 1022: 03 PAKN;
  …), … 05/05 PAKN, đạt tỷ lệ 100%", satisfaction; December's 766 (above). Six deadlines in numbered items: day (with
  "dứt điểm 10 hồ sơ"), month (with "tối thiểu 62%"), "chậm nhất ngày hai mươi tháng 02 năm 2026", quarter, "trước ngày
  25 hằng tháng" (issued 04/02/2026: first 25/02/2026), year in a request "Đề nghị Viễn thông Lai Châu …".
- 821 is a monthly Báo cáo of UBND phường Hạc Thành (tỉnh Thanh Hóa; header "UBND TỈNH THANH HÓA / ỦY BAN NHÂN DÂN
  PHƯỜNG HẠC THÀNH", number "46/BC-UBND", two addressees, signed "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"), tháng 02 năm 2026
  (window 01/02–28/02/2026), issued 04/3/2026. "68 tổ dân phố, dân số 142.618 người" (the ward's), "16 quầy" (the
  centre's); "3.418 hồ sơ (tháng 01/2026: 4.126 hồ sơ), giảm 708 hồ sơ, tương ứng giảm 17,16%", the former wards'
  February (above), "tăng 356 hồ sơ", online "2.846 hồ sơ, chiếm 83,27%"; three fields' online shares after "lần lượt
  là"; THE MARKDOWN TABLE (above); settled, on time, "quá hạn 12 hồ sơ (tháng 01/2026: 19 hồ sơ)", "12 thư xin lỗi";
  payment "71,42% (tháng 01/2026: 69,86%), tăng 1,56 điểm phần trăm, … 128,6 triệu đồng" against the ward's own
  target "75%" ("chưa đạt"); the centre's "842 bản … 69,36%" and the digitisation after it; PAKN "07 PAKN (tháng
  01/2026: 11 PAKN) … 06 PAKN, đạt 85,71%; còn 01 PAKN"; "2.146 lượt … 98,46%" (the centre's ratings, the satisfaction
  code); the ward's 766 "86,74/100 … 8/166 … (tháng 01/2026: 84,92 điểm, xếp thứ 15/166), tăng 1,82 điểm và tăng 7
  bậc", the wards' block "83,18 điểm". Five deadlines in numbered items: day (with "dứt điểm 9 hồ sơ"), month (with
  "tối thiểu 74%"), "chậm nhất ngày ba mươi mốt tháng 3 năm 2026", quarter, "trước ngày 28 hằng tháng" (issued
  04/3/2026: first 28/3/2026).
- 822 is a monthly Báo cáo of UBND phường Quy Nhơn (tỉnh Gia Lai, named in "Kính gửi" and in the 766 paragraph; header
  "ỦY BAN NHÂN DÂN / PHƯỜNG QUY NHƠN", number "58/BC-UBND", signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ
  TỊCH"), tháng 3 năm 2026, issued 03/4/2026, in prose. "384 TTHC … 276 TTHC … toàn trình và 108 TTHC … một phần; 100%
  TTHC"; the centre's "14 quầy với 18 công chức"; "2.684 hồ sơ, tăng 412 hồ sơ so với tháng 02/2026 (2.272 hồ sơ) và
  tăng 9,11% so với cùng kỳ năm 2025 (2.460 hồ sơ)", the fields after "trong đó"; "Lũy kế quý I năm 2026 … 7.518 hồ
  sơ" (the quarter to the period end: kind count at the period end, the received code); online; settled "(trước hạn
  2.104 hồ sơ, đúng hạn 473 hồ sơ)", "99,27%, quá hạn 19 hồ sơ (đất đai 16 hồ sơ, người có công 03 hồ sơ)", "Bộ phận
  tiếp nhận đã gửi 19 thư xin lỗi" (the centre's); payment "76,18%" against the communes' "70%" ("đã đạt"); shares;
  "764 bản"; PAKN by channel "(qua Tổng đài 1022 là 05 PAKN, …)", "09/09 PAKN, đạt 100%", "4,6 ngày/PAKN"; the ward's
  766 "88,46/100 … 4/135 … (tháng 02/2026: 86,92 điểm, xếp thứ 9/135), tăng 1,54 điểm, tăng 5 bậc" and SIX GROUPS AS A
  DASH LIST "- Công khai, minh bạch: 17,24/18 điểm;" (the ward's, the groups' codes, each with its maximum); three
  averages; "135 xã, phường … 12 đơn vị … 94 đơn vị … 29 đơn vị"; the province "84,72/100 … 14/34". Six deadlines in
  dash items "- Body: task": day (with "dứt điểm 16 hồ sơ"), month (with "tối thiểu 78%"), "chậm nhất ngày hai mươi lăm
  tháng 4 năm 2026", quarter, "trước ngày 20 hằng tháng" (issued 03/4/2026: first 20/4/2026), year in a request "Đề
  nghị Bưu điện tỉnh Gia Lai: …".
- 823 is a CÔNG VĂN (doc_type "Công văn") of UBND xã Cái Bè (tỉnh Đồng Tháp; header "UBND TỈNH ĐỒNG THÁP / ỦY BAN NHÂN
  DÂN / XÃ CÁI BÈ", number "318/UBND-VP", a "V/v" line naming tháng 4 năm 2026, signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ
  TỊCH / PHÓ CHỦ TỊCH") to the Văn phòng UBND tỉnh, issued 05/5/2026. "1.946 hồ sơ (tháng 3/2026: 1.812 hồ sơ; tháng
  4/2025 của các xã, thị trấn cũ: 1.698 hồ sơ), tăng 134 hồ sơ … và tăng 14,61% so với cùng kỳ", online "1.553 hồ sơ,
  chiếm 79,80% (tháng 3/2026: 76,38%)"; THE MARKDOWN TABLE (above); settled, "1.871 hồ sơ, đạt 99,31%; quá hạn 13 hồ
  sơ", "13 thư xin lỗi, trong đó 09 thư …", "Tồn 62 hồ sơ"; payment "70,14% (tháng 3/2026: 66,82%) … 86,4 triệu đồng"
  against the communes' "70%" ("đạt chỉ tiêu"); "93,37%", "97,58%"; "418 bản, tương ứng 71,33%"; PAKN "04 … 03 … 01";
  the province "85,06/100 … 12/34", the commune "83,92/100 … 28/102 …, giảm 3 bậc so với tháng 3/2026 (xếp thứ
  25/102)", "81,46 điểm", "64/102 xã, phường … từ 80 điểm trở lên". Six deadlines in items "(1)"–"(6)": day (with
  "dứt điểm 11 hồ sơ"), quarter (with "tối thiểu 72%"), "chậm nhất ngày hai mươi tháng 5 năm 2026", month, "trước ngày
  22 hằng tháng" (issued 05/5/2026: first 22/5/2026), year in a request "Đề nghị Sở Nông nghiệp và Môi trường …".
- 824 is a monthly Báo cáo of UBND phường An Xuyên (tỉnh Cà Mau; header "UBND TỈNH CÀ MAU / ỦY BAN NHÂN DÂN / PHƯỜNG
  AN XUYÊN", number "96/BC-UBND", signed "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"), tháng 5 năm 2026, issued 04/6/2026. The
  centre's files (above) "2.318 hồ sơ, tăng 164 hồ sơ so với tháng 4/2026 (2.154 hồ sơ), tương ứng tăng 7,61%", the
  former wards' May (above), "1.818 hồ sơ, đạt 78,43%", THE DASH LIST BY FIELD (above); settled "trước hạn 1.812 hồ sơ,
  đúng hạn 418 hồ sơ, quá hạn 16 hồ sơ (tháng 4/2026: 21 hồ sơ); … 99,29%", overdue by field, "16 thư xin lỗi, trong
  đó 14 thư … và 02 thư …"; payment "74,86%" against the ward's own "75%" ("chưa đạt") and the gap (above); shares;
  "1.128 bản (tháng 4/2026: 1.046 bản)"; PAKN "06 … 05 … 83,33%; 01 PAKN"; the ward's 766 (above) "87,12/100 … 6/64",
  "64 xã, phường … 15 … 41 … 08 đơn vị", block averages, the province "82,86/100 … 21/34 (tháng 4/2026: xếp thứ 24/34),
  tăng 3 bậc". Six deadlines in numbered items: day (with "12 hồ sơ"), month (with "tối thiểu 76%"), "chậm nhất ngày
  mười tám tháng 6 năm 2026", quarter, "trước ngày 26 hằng tháng" (issued 04/6/2026: first 26/6/2026), year in a
  request "Đề nghị Sở Khoa học và Công nghệ …".

Unsure readings (fields left `ANY`, or decided and written here): whose are the figures in the sentences after one
naming the centre by its kind (decided: unchecked subject, level xã, as the centre's); whether the unit naming itself
("xã Than Uyên đạt", "Phường Quy Nhơn đạt") is its UBND or the place as written (decided: its UBND, as golden/
blind117.py's 660 reads the ward "whether the sentence says phường, Phường or nothing"); the date of the 766 result of
the month before published in the period (decided: that month's end, as golden/blind133.py's 741); the subject of the
same month of 2025 of the former units (unchecked); whether "42 thôn, bản, tổ dân phố" and "68 tổ dân phố" are the
commune's (decided: yes, as golden/blind145.py's 802); the code of 821's ratings "98,46%" at the centre (decided: the
satisfaction code, the sentence naming "mức độ hài lòng trong giải quyết TTHC"); the codes of the field rows' share
cells (unchecked).
"""

from __future__ import annotations

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
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_TG = "pakn.thoi_gian"
_GROUP_CODES = ["766.cong_khai", "766.tien_do", "766.dvctt", "766.thanh_toan", "766.so_hoa", "766.hai_long"]
_IN_XA = {"subject": ANY, "level": "xã"}
_Y2026 = "2026-12-31"
_NOV25 = "2025-11-30"
_DEC25 = "2025-12-31"
_JAN = "2026-01-31"
_FEB = "2026-02-28"
_MAR = "2026-03-31"
_APR = "2026-04-30"

# A numeric cell: (raw, unit, code, who, as_of).
Cell = tuple[str, str, object, dict, str]


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


def _cells(line: str, sep: str, after: str, cells: list[Cell]) -> list[Fact]:
    """The numeric cells of one table row written as `line`, left to right (kind value, source table). A cell's
    context is the separator before it, the rest of its row and the start of the next line (`after`)."""
    facts, at = [], 0
    for raw, unit, code, who, as_of in cells:
        at = _find_cell(line, sep, raw, at)
        facts.append(F(line[at:] + "\n" + after, raw, _num(raw), unit, P, as_of=as_of, code=code, extra=TAB, **who))
        at += len(sep)
    return facts


def _md_line(cells: tuple[str, ...]) -> str:
    """A Markdown table row as the documents write it (an empty cell as "| |")."""
    return ("| " + " | ".join(cells) + " |").replace("|  |", "| |")


def _by(subject: str | None, level: str | None):
    """A row maker for one body's own figures (subject and level fixed)."""
    def make(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
        return F(context, raw, value, unit, kind, subject=subject, level=level, **kw)
    return make


_prov = _by(None, None)
_field = _by(ANY, "xã")


def _n(make, context: str, raw: str, unit: str, kind: str = P, **kw) -> Fact:
    """A row whose value is the number as written (`1.286` → 1286, `78,07%` → 78.07; of `05/05` the first)."""
    return make(context, raw, _num(raw.split("/")[0]), unit, kind, **kw)


def _field_table(rows, markdown: bool, lead: int, specs, total_specs, last_after: str) -> list[Fact]:
    """Every numeric cell of a table by field: `rows` are tuples whose first `lead` cells are STT and/or the field;
    `specs` gives (unit, code, who, as_of) per numeric column for the field rows, `total_specs` for the last row
    ("Tổng cộng"). A "-" cell is no figure."""
    facts = []
    for i, row in enumerate(rows):
        if markdown:
            line, sep = _md_line(row), " | "
            after = _md_line(rows[i + 1][:lead]) if i + 1 < len(rows) else last_after
        else:
            line, sep = "\t".join(row), "\t"
            after = "\t".join(rows[i + 1][:lead]) if i + 1 < len(rows) else last_after
        use = total_specs if i == len(rows) - 1 else specs
        cells = [(raw, unit, code, who, as_of) for raw, (unit, code, who, as_of) in zip(row[lead:], use, strict=True)
                 if raw != "-"]
        facts += _cells(line, sep, after, cells)
    return facts


# ------------------------------------------------------------ 820: UBND xã Than Uyên (Lai Châu), tháng 01 năm 2026
# (a tab-separated table by field; December's 766 result published in January)
_TU = "UBND xã Than Uyên"
_tu = _by(_TU, "xã")
_ME_TU = {"subject": _TU, "level": "xã"}
_FIELDS_820 = [
    ("1", "Hộ tịch", "486", "452", "481", "100", "0"),
    ("2", "Chứng thực", "412", "318", "412", "100", "0"),
    ("3", "Đất đai", "168", "96", "142", "92,96", "10"),
    ("4", "Đăng ký kinh doanh", "74", "66", "71", "98,59", "1"),
    ("5", "Người có công", "58", "36", "55", "96,36", "2"),
    ("6", "Lĩnh vực khác", "88", "36", "86", "100", "0"),
    ("", "Tổng cộng", "1.286", "1.004", "1.247", "98,96", "13"),
]
_UNITS_820 = ["hồ sơ", "hồ sơ", "hồ sơ", "%", "hồ sơ"]
_SPEC_820 = [(u, c, _IN_XA, "period") for u, c in zip(_UNITS_820, [ANY, ANY, ANY, _DH, _QH], strict=True)]
_TOTAL_820 = [(u, c, _ME_TU, "period") for u, c in zip(_UNITS_820, [_TN, _NOP, ANY, _DH, _QH], strict=True)]

BLIND_820 = [
    # I.1 villages, population, the centre's counters and staff, procedures
    _tu("có 42 thôn", "42", 42, "thôn", C, code=None),
    _n(_tu, "dân số 31.846 người", "31.846", "người", C, code=ANY),
    F("bố trí 08 quầy", "08", 8, "quầy", C, code=None, **_IN_XA),
    F("với 10 công chức", "10", 10, "công chức", C, code=None, **_IN_XA),
    _n(_tu, "thực hiện 372 TTHC", "372", "TTHC", C, code=ANY),
    _n(_tu, "đó 268 TTHC", "268", "TTHC", C, code=_TOAN),
    _n(_tu, "(chiếm 72,04%)", "72,04%", "%", code=_TOAN),
    # I.2 files (December and the former units' January 2025 in brackets), online, settled, overdue by field
    _n(_tu, "tiếp nhận 1.286 hồ sơ", "1.286", "hồ sơ", C, code=_TN),
    _n(_tu, "(tháng 12/2025: 1.412 hồ sơ)", "1.412", "hồ sơ", PR, as_of=_DEC25, code=_TN),
    _tu("giảm 126 hồ sơ", "126", -126, "hồ sơ", CH, code=ANY),
    F("cộng lại: 1.108 hồ sơ", "1.108", 1108, "hồ sơ", PR, as_of="2025-01-31", code=_TN, **_IN_XA),
    _n(_tu, "tăng 178 hồ sơ", "178", "hồ sơ", CH, code=ANY),
    _n(_tu, "tăng 16,06%", "16,06%", "%", CH, code=ANY),
    _n(_tu, "trực tuyến 1.004 hồ sơ", "1.004", "hồ sơ", C, code=_NOP),
    _n(_tu, "chiếm 78,07%", "78,07%", "%", code=_NOP),
    _n(_tu, "(tháng 12/2025: 75,42%)", "75,42%", "%", PR, as_of=_DEC25, code=_NOP),
    _n(_tu, "tăng 2,65 điểm", "2,65", "%", CH, code=ANY),
    _n(_tu, "Đã giải quyết 1.247 hồ sơ", "1.247", "hồ sơ", C, code=ANY),
    _n(_tu, "đúng hạn 1.234 hồ sơ", "1.234", "hồ sơ", C, code=_DH),
    _n(_tu, "đạt 98,96%", "98,96%", "%", code=_DH),
    _n(_tu, "quá hạn 13 hồ sơ", "13", "hồ sơ", C, code=_QH),
    _n(_tu, "chiếm 1,04%", "1,04%", "%", code=_QH),
    _n(_field, "(đất đai 10 hồ sơ", "10", "hồ sơ", C, code=_QH),
    _n(_field, "kinh doanh 01 hồ sơ", "01", "hồ sơ", C, code=_QH),
    _n(_field, "người có công 02 hồ sơ", "02", "hồ sơ", C, code=_QH),
    F("gửi 13 thư xin lỗi", "13", 13, "thư xin lỗi", C, code=ANY, **_IN_XA),
    _n(_tu, "Đang giải quyết 39 hồ sơ", "39", "hồ sơ", C, code=ANY),
    # the table by field
    *_field_table(_FIELDS_820, False, 2, _SPEC_820, _TOTAL_820, "\n3. Chứng thực"),
    # I.3 certified copies, payment against the communes' target, digitisation
    _n(_tu, "bản chính 1.126 bản", "1.126", "bản", C, code=ANY),
    _n(_tu, "chiếm 61,43%", "61,43%", "%", code=ANY),
    _n(_tu, "(1.833 bản)", "1.833", "bản", C, code=ANY),
    _n(_tu, "đạt 58,64%", "58,64%", "%", code=_TT, target=65, stated_status="chưa đạt"),
    _n(_tu, "(tháng 12/2025: 55,18%)", "55,18%", "%", PR, as_of=_DEC25, code=_TT),
    _n(_tu, "trực tuyến 46,8 triệu đồng", "46,8", "triệu đồng", code=ANY),
    F("năm 2026 là 65%", "65%", 65, "%", T, as_of=_Y2026, code=_TT, **_IN_XA),
    _n(_tu, "TTHC đạt 86,42%", "86,42%", "%", code=_SH),
    _n(_tu, "điện tử đạt 97,36%", "97,36%", "%", code=_KQ),
    _n(_tu, "số hóa đạt 41,18%", "41,18%", "%", code=_TSD),
    # I.4 PAKN by channel, handled, satisfaction
    _n(_tu, "tiếp nhận 05 PAKN", "05", "PAKN", C, code=_PAKN_TN),
    _n(_tu, "1022: 03 PAKN", "03", "PAKN", C, code=ANY),
    _n(_tu, "Trung tâm: 02 PAKN", "02", "PAKN", C, code=ANY),
    _n(_tu, "xử lý 05/05 PAKN", "05/05", "PAKN", C, max_value=5, code=ANY),
    _n(_tu, "tỷ lệ 100%", "100%", "%", code=ANY),
    _n(_tu, "TTHC đạt 97,84%", "97,84%", "%", code=_HL),
    # I.5 December's 766 (November in brackets), the province's
    _n(_tu, "đạt 81,26/100", "81,26/100", "điểm", max_value=100, as_of=_DEC25, code=_TONG),
    _n(_tu, "xếp thứ 11/38", "11/38", "hạng", R, max_value=38, as_of=_DEC25, code=_HANG),
    _n(_tu, "(tháng 11/2025: 78,94 điểm", "78,94", "điểm", PR, max_value=100, as_of=_NOV25, code=_TONG),
    _n(_tu, "xếp thứ 17/38)", "17/38", "hạng", PR, max_value=38, as_of=_NOV25, code=_HANG),
    _n(_tu, "tăng 2,32 điểm", "2,32", "điểm", CH, as_of=_DEC25, code=_TONG),
    _n(_tu, "tăng 6 bậc", "6", "hạng", CH, as_of=_DEC25, code=_HANG),
    _n(_prov, "đạt 80,12/100", "80,12/100", "điểm", max_value=100, as_of=_DEC25, code=_TONG),
    _n(_prov, "xếp thứ 27/34", "27/34", "hạng", R, max_value=34, as_of=_DEC25, code=_HANG),
    # II. task quantity and the centre's target
    F("dứt điểm 10 hồ sơ", "10", 10, "hồ sơ", T, as_of="2026-02-13", code=ANY, **_IN_XA),
    F("tối thiểu 62%", "62%", 62, "%", T, as_of=_FEB, code=_TT, **_IN_XA),
]


# ------------------------------------------------------------ 821: UBND phường Hạc Thành (Thanh Hóa), tháng 02 năm
# 2026 (a Markdown table with this month, last month and the same month of 2025 as columns)
_HT = "UBND phường Hạc Thành"
_ht = _by(_HT, "xã")
_ME_HT = {"subject": _HT, "level": "xã"}
_FEB25 = "2025-02-28"
_FIELDS_821 = [
    ("1", "Hộ tịch", "1.126", "1.384", "1.012", "1.058", "0"),
    ("2", "Chứng thực", "1.214", "1.486", "1.106", "1.012", "0"),
    ("3", "Đất đai", "412", "518", "386", "246", "9"),
    ("4", "Đăng ký kinh doanh", "286", "312", "248", "264", "2"),
    ("5", "Người có công", "148", "164", "126", "118", "1"),
    ("6", "Lĩnh vực khác", "232", "262", "184", "148", "0"),
    ("", "Tổng cộng", "3.418", "4.126", "3.062", "2.846", "12"),
]
_DATES_821 = ["period", _JAN, _FEB25, "period", "period"]
_SPEC_821 = [("hồ sơ", c, _IN_XA, d) for c, d in zip([ANY, ANY, ANY, ANY, _QH], _DATES_821, strict=True)]
_TOTAL_821 = [("hồ sơ", _TN, _ME_HT, "period"), ("hồ sơ", _TN, _ME_HT, _JAN), ("hồ sơ", _TN, _IN_XA, _FEB25),
              ("hồ sơ", _NOP, _ME_HT, "period"), ("hồ sơ", _QH, _ME_HT, "period")]

BLIND_821 = [
    # I. residential groups, population, the centre's counters
    _ht("có 68 tổ dân phố", "68", 68, "tổ dân phố", C, code=None),
    _n(_ht, "dân số 142.618 người", "142.618", "người", C, code=ANY),
    F("bố trí 16 quầy", "16", 16, "quầy", C, code=None, **_IN_XA),
    # II.1 files (January and the former wards' February 2025 in brackets), online, three fields' online shares
    _n(_ht, "trong tháng là 3.418 hồ sơ", "3.418", "hồ sơ", C, code=_TN),
    _n(_ht, "(tháng 01/2026: 4.126 hồ sơ)", "4.126", "hồ sơ", PR, as_of=_JAN, code=_TN),
    _ht("giảm 708 hồ sơ", "708", -708, "hồ sơ", CH, code=ANY),
    _ht("giảm 17,16%", "17,16%", -17.16, "%", CH, code=ANY),
    F("cộng lại: 3.062 hồ sơ", "3.062", 3062, "hồ sơ", PR, as_of=_FEB25, code=_TN, **_IN_XA),
    _n(_ht, "tăng 356 hồ sơ", "356", "hồ sơ", CH, code=ANY),
    _n(_ht, "là 2.846 hồ sơ", "2.846", "hồ sơ", C, code=_NOP),
    _n(_ht, "chiếm 83,27%", "83,27%", "%", code=_NOP),
    _n(_field, "lần lượt là 93,96%", "93,96%", "%", code=ANY),
    _n(_field, "93,96%, 83,36%", "83,36%", "%", code=ANY),
    _n(_field, "và 59,71%", "59,71%", "%", code=ANY),
    # Bảng 1.
    *_field_table(_FIELDS_821, True, 2, _SPEC_821, _TOTAL_821, "\n2. Kết quả giải quyết"),
    # II.2 settled, on time, overdue (January in brackets), letters
    _n(_ht, "giải quyết 3.326 hồ sơ", "3.326", "hồ sơ", C, code=ANY),
    _n(_ht, "đúng hạn 3.314 hồ sơ", "3.314", "hồ sơ", C, code=_DH),
    _n(_ht, "đạt 99,64%", "99,64%", "%", code=_DH),
    _n(_ht, "quá hạn 12 hồ sơ", "12", "hồ sơ", C, code=_QH),
    _n(_ht, "(tháng 01/2026: 19 hồ sơ)", "19", "hồ sơ", PR, as_of=_JAN, code=_QH),
    _n(_ht, "gửi 12 thư", "12", "thư xin lỗi", C, code=ANY),
    # II.3 payment (January in brackets) against the ward's own target; the centre's copies and digitisation
    _n(_ht, "đạt 71,42%", "71,42%", "%", code=_TT, target=75, stated_status="chưa đạt"),
    _n(_ht, "(tháng 01/2026: 69,86%)", "69,86%", "%", PR, as_of=_JAN, code=_TT),
    _n(_ht, "tăng 1,56 điểm", "1,56", "%", CH, code=ANY),
    _n(_ht, "tiền 128,6 triệu đồng", "128,6", "triệu đồng", code=ANY),
    _n(_ht, "năm 2026 là 75%", "75%", "%", T, as_of=_Y2026, code=_TT),
    F("cấp 842 bản", "842", 842, "bản", C, code=ANY, **_IN_XA),
    F("chiếm 69,36%", "69,36%", 69.36, "%", code=ANY, **_IN_XA),
    F("TTHC đạt 94,12%", "94,12%", 94.12, "%", code=_SH, **_IN_XA),
    F("số hóa đạt 62,48%", "62,48%", 62.48, "%", code=_TSD, **_IN_XA),
    # II.4 PAKN (January in brackets), the centre's ratings
    _n(_ht, "Tiếp nhận 07 PAKN", "07", "PAKN", C, code=_PAKN_TN),
    _n(_ht, "(tháng 01/2026: 11 PAKN)", "11", "PAKN", PR, as_of=_JAN, code=_PAKN_TN),
    _n(_ht, "xử lý 06 PAKN", "06", "PAKN", C, code=ANY),
    _n(_ht, "đạt 85,71%", "85,71%", "%", code=ANY),
    _n(_ht, "còn 01 PAKN", "01", "PAKN", C, code=ANY),
    F("Qua 2.146 lượt", "2.146", 2146, "lượt", C, code=ANY, **_IN_XA),
    F("TTHC đạt 98,46%", "98,46%", 98.46, "%", code=_HL, **_IN_XA),
    # II.5 the ward's 766 to 28/02/2026 (January in brackets), the wards' block
    _n(_ht, "đạt 86,74/100", "86,74/100", "điểm", max_value=100, code=_TONG),
    _n(_ht, "xếp thứ 8/166", "8/166", "hạng", R, max_value=166, code=_HANG),
    _n(_ht, "(tháng 01/2026: 84,92 điểm", "84,92", "điểm", PR, max_value=100, as_of=_JAN, code=_TONG),
    _n(_ht, "xếp thứ 15/166)", "15/166", "hạng", PR, max_value=166, as_of=_JAN, code=_HANG),
    _n(_ht, "tăng 1,82 điểm", "1,82", "điểm", CH, code=_TONG),
    _n(_ht, "tăng 7 bậc", "7", "hạng", CH, code=_HANG),
    F("đạt 83,18 điểm", "83,18", 83.18, "điểm", code=ANY, **_IN_XA),
    # III. task quantity and the centre's target
    F("dứt điểm 9 hồ sơ", "9", 9, "hồ sơ", T, as_of="2026-03-13", code=ANY, **_IN_XA),
    F("tối thiểu 74%", "74%", 74, "%", T, as_of=_MAR, code=_TT, **_IN_XA),
]


# ------------------------------------------------------------ 822: UBND phường Quy Nhơn (Gia Lai), tháng 3 năm 2026
# (prose; six 766 groups as a dash list; communes by grade)
_qn = _by("UBND phường Quy Nhơn", "xã")
_GROUPS_822 = [("minh bạch: 17,24/18", "17,24/18"), ("giải quyết: 19,36/20", "19,36/20"),
               ("trực tuyến: 10,42/12", "10,42/12"), ("trực tuyến: 7,86/10", "7,86/10"),
               ("hồ sơ: 17,62/22", "17,62/22"), ("hài lòng: 15,96/18", "15,96/18")]


def _groups_822() -> list[Fact]:
    """The ward's six group scores `x/max` (its own, the groups' codes), each with its maximum."""
    facts = []
    for (context, raw), code in zip(_GROUPS_822, _GROUP_CODES, strict=True):
        got, top = raw.split("/")
        facts.append(_qn(context, raw, _num(got), "điểm", max_value=_num(top), code=code))
    return facts


BLIND_822 = [
    # procedures, the centre's counters and staff
    _n(_qn, "thực hiện 384 TTHC", "384", "TTHC", C, code=ANY),
    _n(_qn, "đó 276 TTHC", "276", "TTHC", C, code=_TOAN),
    _n(_qn, "và 108 TTHC", "108", "TTHC", C, code=_MOT),
    _n(_qn, "100% TTHC", "100%", "%", code=ANY),
    F("bố trí 14 quầy", "14", 14, "quầy", C, code=None, **_IN_XA),
    F("với 18 công chức", "18", 18, "công chức", C, code=None, **_IN_XA),
    # 1. files (February and the same month of 2025 in brackets), fields, the quarter to date, online
    _n(_qn, "tiếp nhận 2.684 hồ sơ", "2.684", "hồ sơ", C, code=_TN),
    _n(_qn, "tăng 412 hồ sơ", "412", "hồ sơ", CH, code=ANY),
    _n(_qn, "(2.272 hồ sơ)", "2.272", "hồ sơ", PR, as_of=_FEB, code=_TN),
    _n(_qn, "tăng 9,11%", "9,11%", "%", CH, code=ANY),
    F("(2.460 hồ sơ)", "2.460", 2460, "hồ sơ", PR, as_of="2025-03-31", code=_TN, **_IN_XA),
    _n(_field, "hộ tịch 896 hồ sơ", "896", "hồ sơ", C, code=ANY),
    _n(_field, "chứng thực 1.012 hồ sơ", "1.012", "hồ sơ", C, code=ANY),
    _n(_field, "đất đai 318 hồ sơ", "318", "hồ sơ", C, code=ANY),
    _n(_field, "kinh doanh 274 hồ sơ", "274", "hồ sơ", C, code=ANY),
    _n(_field, "có công 62 hồ sơ", "62", "hồ sơ", C, code=ANY),
    _n(_field, "khác 122 hồ sơ", "122", "hồ sơ", C, code=ANY),
    _n(_qn, "tiếp nhận 7.518 hồ sơ", "7.518", "hồ sơ", C, code=_TN),
    _n(_qn, "là 2.218 hồ sơ", "2.218", "hồ sơ", C, code=_NOP),
    _n(_qn, "chiếm 82,64%", "82,64%", "%", code=_NOP),
    # settled, its parts, on time, overdue by field, the centre's letters
    _n(_qn, "giải quyết 2.596 hồ sơ", "2.596", "hồ sơ", C, code=ANY),
    _n(_qn, "trước hạn 2.104 hồ sơ", "2.104", "hồ sơ", C, code=ANY),
    _n(_qn, "đúng hạn 473 hồ sơ", "473", "hồ sơ", C, code=ANY),
    _n(_qn, "đạt 99,27%", "99,27%", "%", code=_DH),
    _n(_qn, "quá hạn 19 hồ sơ", "19", "hồ sơ", C, code=_QH),
    _n(_field, "(đất đai 16 hồ sơ", "16", "hồ sơ", C, code=_QH),
    _n(_field, "có công 03 hồ sơ", "03", "hồ sơ", C, code=_QH),
    F("gửi 19 thư", "19", 19, "thư xin lỗi", C, code=ANY, **_IN_XA),
    # 2. payment against the communes' target, digitisation, certified copies
    _n(_qn, "phường đạt 76,18%", "76,18%", "%", code=_TT, target=70, stated_status="đạt"),
    F("năm 2026 là 70%", "70%", 70, "%", T, as_of=_Y2026, code=_TT, **_IN_XA),
    _n(_qn, "TTHC đạt 93,46%", "93,46%", "%", code=_SH),
    _n(_qn, "điện tử đạt 98,12%", "98,12%", "%", code=_KQ),
    _n(_qn, "số hóa đạt 55,24%", "55,24%", "%", code=_TSD),
    _n(_qn, "điện tử 764 bản", "764", "bản", C, code=ANY),
    # 3. PAKN by channel, handled, days
    _n(_qn, "Tiếp nhận 09 PAKN", "09", "PAKN", C, code=_PAKN_TN),
    _n(_qn, "1022 là 05 PAKN", "05", "PAKN", C, code=ANY),
    _n(_qn, "kiến nghị là 04 PAKN", "04", "PAKN", C, code=ANY),
    _n(_qn, "giải quyết 09/09 PAKN", "09/09", "PAKN", C, max_value=9, code=ANY),
    _n(_qn, "đạt 100%", "100%", "%", code=ANY),
    _n(_qn, "bình quân 4,6 ngày", "4,6", "ngày", code=_PAKN_TG),
    # 4. the ward's 766 (February in brackets), six groups, averages, communes by grade, the province
    _n(_qn, "đạt 88,46/100", "88,46/100", "điểm", max_value=100, code=_TONG),
    _n(_qn, "xếp thứ 4/135", "4/135", "hạng", R, max_value=135, code=_HANG),
    _n(_qn, "(tháng 02/2026: 86,92 điểm", "86,92", "điểm", PR, max_value=100, as_of=_FEB, code=_TONG),
    _n(_qn, "xếp thứ 9/135)", "9/135", "hạng", PR, max_value=135, as_of=_FEB, code=_HANG),
    _n(_qn, "tăng 1,54 điểm", "1,54", "điểm", CH, code=_TONG),
    _n(_qn, "tăng 5 bậc", "5", "hạng", CH, code=_HANG),
    *_groups_822(),
    F("khối phường đạt 84,36 điểm", "84,36", 84.36, "điểm", code=ANY, **_IN_XA),
    F("khối xã đạt 80,12 điểm", "80,12", 80.12, "điểm", code=ANY, **_IN_XA),
    F("toàn tỉnh 80,94 điểm", "80,94", 80.94, "điểm", code=ANY, **_IN_XA),
    F("Trong 135 xã", "135", 135, "xã", C, code=None, **_IN_XA),
    F("có 12 đơn vị", "12", 12, "đơn vị", C, code=None, **_IN_XA),
    F("Tốt, 94 đơn vị", "94", 94, "đơn vị", C, code=None, **_IN_XA),
    F("và 29 đơn vị", "29", 29, "đơn vị", C, code=None, **_IN_XA),
    _n(_prov, "đạt 84,72/100", "84,72/100", "điểm", max_value=100, code=_TONG),
    _n(_prov, "xếp thứ 14/34", "14/34", "hạng", R, max_value=34, code=_HANG),
    # 5. task quantity and the centre's target
    F("dứt điểm 16 hồ sơ", "16", 16, "hồ sơ", T, as_of="2026-04-15", code=ANY, **_IN_XA),
    F("tối thiểu 78%", "78%", 78, "%", T, as_of=_APR, code=_TT, **_IN_XA),
]


# ------------------------------------------------------------ 823: UBND xã Cái Bè (Đồng Tháp), Công văn tháng 4 năm
# 2026 (a Markdown table by field without STT, a "-" cell)
_CB = "UBND xã Cái Bè"
_cb = _by(_CB, "xã")
_ME_CB = {"subject": _CB, "level": "xã"}
_FIELDS_823 = [
    ("Hộ tịch", "712", "94,38", "82,16", "96,07", "0"),
    ("Chứng thực", "586", "80,20", "76,45", "91,30", "0"),
    ("Đất đai", "298", "51,34", "48,66", "88,26", "11"),
    ("Đăng ký kinh doanh", "168", "86,90", "80,36", "94,05", "0"),
    ("Người có công", "64", "59,38", "-", "97,12", "0"),
    ("Lĩnh vực khác", "118", "62,71", "55,93", "90,68", "2"),
    ("Tổng cộng", "1.946", "79,80", "70,14", "93,37", "13"),
]
_UNITS_823 = ["hồ sơ", "%", "%", "%", "hồ sơ"]
_SPEC_823 = [(u, c, _IN_XA, "period") for u, c in zip(_UNITS_823, [ANY, ANY, ANY, ANY, _QH], strict=True)]
_TOTAL_823 = [(u, c, _ME_CB, "period") for u, c in zip(_UNITS_823, [_TN, _NOP, _TT, _SH, _QH], strict=True)]

BLIND_823 = [
    # 1. files (March and the former communes' April 2025 in one bracket), online (March in brackets)
    _n(_cb, "tiếp nhận 1.946 hồ sơ", "1.946", "hồ sơ", C, code=_TN),
    _n(_cb, "(tháng 3/2026: 1.812 hồ sơ", "1.812", "hồ sơ", PR, as_of=_MAR, code=_TN),
    F("thị trấn cũ: 1.698 hồ sơ)", "1.698", 1698, "hồ sơ", PR, as_of="2025-04-30", code=_TN, **_IN_XA),
    _n(_cb, "tăng 134 hồ sơ", "134", "hồ sơ", CH, code=ANY),
    _n(_cb, "tăng 14,61%", "14,61%", "%", CH, code=ANY),
    _n(_cb, "trực tuyến 1.553 hồ sơ", "1.553", "hồ sơ", C, code=_NOP),
    _n(_cb, "chiếm 79,80%", "79,80%", "%", code=_NOP),
    _n(_cb, "(tháng 3/2026: 76,38%)", "76,38%", "%", PR, as_of=_MAR, code=_NOP),
    # the table by field
    *_field_table(_FIELDS_823, True, 1, _SPEC_823, _TOTAL_823, "\n2. Giải quyết hồ sơ"),
    # 2. settled, on time, overdue, letters, pending
    _n(_cb, "giải quyết 1.884 hồ sơ", "1.884", "hồ sơ", C, code=ANY),
    _n(_cb, "đúng hạn 1.871 hồ sơ", "1.871", "hồ sơ", C, code=_DH),
    _n(_cb, "đạt 99,31%", "99,31%", "%", code=_DH),
    _n(_cb, "quá hạn 13 hồ sơ", "13", "hồ sơ", C, code=_QH),
    _n(_cb, "gửi 13 thư", "13", "thư xin lỗi", C, code=ANY),
    _n(_cb, "đó 09 thư", "09", "thư xin lỗi", C, code=ANY),
    _n(_cb, "Tồn 62 hồ sơ", "62", "hồ sơ", C, code=ANY),
    # 3. payment (March in brackets) against the communes' target, digitisation, certified copies
    _n(_cb, "xã đạt 70,14%", "70,14%", "%", code=_TT, target=70, stated_status="đạt"),
    _n(_cb, "(tháng 3/2026: 66,82%)", "66,82%", "%", PR, as_of=_MAR, code=_TT),
    _n(_cb, "trực tuyến 86,4 triệu đồng", "86,4", "triệu đồng", code=ANY),
    F("năm 2026 là 70%", "70%", 70, "%", T, as_of=_Y2026, code=_TT, **_IN_XA),
    _n(_cb, "TTHC đạt 93,37%", "93,37%", "%", code=_SH),
    _n(_cb, "điện tử đạt 97,58%", "97,58%", "%", code=_KQ),
    _n(_cb, "điện tử 418 bản", "418", "bản", C, code=ANY),
    _n(_cb, "tương ứng 71,33%", "71,33%", "%", code=ANY),
    # 4. PAKN
    _n(_cb, "Tiếp nhận 04 PAKN", "04", "PAKN", C, code=_PAKN_TN),
    _n(_cb, "xong 03 PAKN", "03", "PAKN", C, code=ANY),
    _n(_cb, "còn 01 PAKN", "01", "PAKN", C, code=ANY),
    # 5. the province's and the commune's 766 (March's rank in brackets), the communes' average and count
    _n(_prov, "đạt 85,06/100", "85,06/100", "điểm", max_value=100, code=_TONG),
    _n(_prov, "xếp thứ 12/34", "12/34", "hạng", R, max_value=34, code=_HANG),
    _n(_cb, "đạt 83,92/100", "83,92/100", "điểm", max_value=100, code=_TONG),
    _n(_cb, "xếp thứ 28/102", "28/102", "hạng", R, max_value=102, code=_HANG),
    _cb("giảm 3 bậc", "3", -3, "hạng", CH, code=_HANG),
    _n(_cb, "(xếp thứ 25/102)", "25/102", "hạng", PR, max_value=102, as_of=_MAR, code=_HANG),
    F("đạt 81,46 điểm", "81,46", 81.46, "điểm", code=ANY, **_IN_XA),
    F("có 64/102 xã", "64/102", 64, "xã", C, max_value=102, code=None, **_IN_XA),
    F("từ 80 điểm", "80", 80, "điểm", T, code=ANY, **_IN_XA),
    # 6. task quantity and the centre's target
    F("dứt điểm 11 hồ sơ", "11", 11, "hồ sơ", T, as_of="2026-05-15", code=ANY, **_IN_XA),
    F("tối thiểu 72%", "72%", 72, "%", T, as_of="2026-06-30", code=_TT, **_IN_XA),
]


# ------------------------------------------------------------ 824: UBND phường An Xuyên (Cà Mau), tháng 5 năm 2026
# (the centre's files with a dash list by field; the ward's settled files, target gap and 766)
_ax = _by("UBND phường An Xuyên", "xã")
_ctr = _by(ANY, "xã")
_MAY25 = "2025-05-31"
_FIELDS_824 = [
    ("Hộ tịch", "684", "652", "95,32%"),
    ("Chứng thực", "746", "588", "78,82%"),
    ("Đất đai", "352", "196", "55,68%"),
    ("Đăng ký kinh doanh", "214", "188", "87,85%"),
    ("Người có công", "86", "52", "60,47%"),
    ("Lĩnh vực khác", "236", "142", "60,17%"),
]


def _fields_824() -> list[Fact]:
    """The dash list "- Field: n hồ sơ, trực tuyến m hồ sơ (x%);": received, online and online share per field."""
    facts = []
    for name, got, online, share in _FIELDS_824:
        facts += [_n(_field, f"{name}: {got} hồ sơ", got, "hồ sơ", C, code=ANY),
                  _n(_field, f"trực tuyến {online} hồ sơ", online, "hồ sơ", C, code=ANY),
                  _n(_field, f"({share})", share, "%", code=ANY)]
    return facts


BLIND_824 = [
    # I.1 the centre's files (April and the former wards' May 2025 in brackets), online, fields
    _n(_ctr, "tiếp nhận 2.318 hồ sơ", "2.318", "hồ sơ", C, code=_TN),
    _n(_ctr, "tăng 164 hồ sơ", "164", "hồ sơ", CH, code=ANY),
    _n(_ctr, "(2.154 hồ sơ)", "2.154", "hồ sơ", PR, as_of=_APR, code=_TN),
    _n(_ctr, "tăng 7,61%", "7,61%", "%", CH, code=ANY),
    _n(_ctr, "cũ: 2.046 hồ sơ)", "2.046", "hồ sơ", PR, as_of=_MAY25, code=_TN),
    _n(_ctr, "tăng 272 hồ sơ", "272", "hồ sơ", CH, code=ANY),
    _n(_ctr, "trực tuyến 1.818 hồ sơ", "1.818", "hồ sơ", C, code=_NOP),
    _n(_ctr, "đạt 78,43%", "78,43%", "%", code=_NOP),
    *_fields_824(),
    # I.2 settled in three parts (April's overdue in brackets), on time, overdue by field, letters
    _n(_ax, "giải quyết 2.246 hồ sơ", "2.246", "hồ sơ", C, code=ANY),
    _n(_ax, "trước hạn 1.812 hồ sơ", "1.812", "hồ sơ", C, code=ANY),
    _n(_ax, "đúng hạn 418 hồ sơ", "418", "hồ sơ", C, code=ANY),
    _n(_ax, "quá hạn 16 hồ sơ", "16", "hồ sơ", C, code=_QH),
    _n(_ax, "(tháng 4/2026: 21 hồ sơ)", "21", "hồ sơ", PR, as_of=_APR, code=_QH),
    _n(_ax, "đạt 99,29%", "99,29%", "%", code=_DH),
    _n(_field, "đất đai 12 hồ sơ", "12", "hồ sơ", C, code=_QH),
    _n(_field, "có công 04 hồ sơ", "04", "hồ sơ", C, code=_QH),
    _n(_ax, "gửi 16 thư", "16", "thư xin lỗi", C, code=ANY),
    _n(_ax, "đó 14 thư", "14", "thư xin lỗi", C, code=ANY),
    _n(_ax, "và 02 thư", "02", "thư xin lỗi", C, code=ANY),
    # I.3 payment against the ward's own target and the gap, digitisation, certified copies (April in brackets)
    _n(_ax, "đạt 74,86%", "74,86%", "%", code=_TT, target=75, stated_status="chưa đạt"),
    _n(_ax, "năm 2026 là 75%", "75%", "%", T, as_of=_Y2026, code=_TT),
    _ax("thấp hơn 0,14 điểm", "0,14", -0.14, "%", CH, code=ANY),
    _n(_ax, "TTHC đạt 95,18%", "95,18%", "%", code=_SH),
    _n(_ax, "điện tử 98,62%", "98,62%", "%", code=_KQ),
    _n(_ax, "số hóa 60,34%", "60,34%", "%", code=_TSD),
    _n(_ax, "điện tử 1.128 bản", "1.128", "bản", C, code=ANY),
    _n(_ax, "(tháng 4/2026: 1.046 bản)", "1.046", "bản", PR, as_of=_APR, code=ANY),
    # I.4 PAKN
    _n(_ax, "Tiếp nhận 06 PAKN", "06", "PAKN", C, code=_PAKN_TN),
    _n(_ax, "giải quyết 05 PAKN", "05", "PAKN", C, code=ANY),
    _n(_ax, "đạt 83,33%", "83,33%", "%", code=ANY),
    _n(_ax, "; 01 PAKN", "01", "PAKN", C, code=ANY),
    # I.5 the ward's 766 (April in brackets), communes by grade, blocks, the province (April's rank in brackets)
    _n(_ax, "đạt 87,12/100", "87,12/100", "điểm", max_value=100, code=_TONG),
    _n(_ax, "xếp thứ 6/64", "6/64", "hạng", R, max_value=64, code=_HANG),
    _n(_ax, "(86,48 điểm)", "86,48", "điểm", PR, max_value=100, as_of=_APR, code=_TONG),
    _n(_ax, "tăng 0,64 điểm", "0,64", "điểm", CH, code=_TONG),
    F("có 64 xã", "64", 64, "xã", C, code=None, **_IN_XA),
    F("đó 15 đơn vị", "15", 15, "đơn vị", C, code=None, **_IN_XA),
    F("Tốt, 41 đơn vị", "41", 41, "đơn vị", C, code=None, **_IN_XA),
    F("và 08 đơn vị", "08", 8, "đơn vị", C, code=None, **_IN_XA),
    F("bình quân 84,26 điểm", "84,26", 84.26, "điểm", code=ANY, **_IN_XA),
    F("bình quân 80,58 điểm", "80,58", 80.58, "điểm", code=ANY, **_IN_XA),
    _n(_prov, "đạt 82,86/100", "82,86/100", "điểm", max_value=100, code=_TONG),
    _n(_prov, "xếp thứ 21/34", "21/34", "hạng", R, max_value=34, code=_HANG),
    _n(_prov, "xếp thứ 24/34)", "24/34", "hạng", PR, max_value=34, as_of=_APR, code=_HANG),
    _n(_prov, "tăng 3 bậc", "3", "hạng", CH, code=_HANG),
    # II. task quantity and the centre's target
    F("giải quyết 12 hồ sơ", "12", 12, "hồ sơ", T, as_of="2026-06-12", code=ANY, **_IN_XA),
    F("tối thiểu 76%", "76%", 76, "%", T, as_of="2026-06-30", code=_TT, **_IN_XA),
]

BLIND = {"820": BLIND_820, "821": BLIND_821, "822": BLIND_822, "823": BLIND_823, "824": BLIND_824}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "820": [
        ("2026-02-13", "day", "13/02/2026", "dứt điểm 10 hồ sơ", "Phòng Kinh tế"),
        ("2026-02-28", "month", "tháng 02/2026", "thanh toán", "Trung tâm Phục vụ hành chính công xã"),
        ("2026-02-20", "day", "ngày hai mươi tháng 02 năm 2026", "danh mục TTHC", "Văn phòng HĐND và UBND xã"),
        ("2026-03-31", "quarter", "quý I năm 2026", "người có công", "Phòng Văn hóa - Xã hội"),
        # issued 04/02/2026, before the 25th: the first "ngày 25 hằng tháng" is 25/02/2026
        ("2026-02-25", "recurring", "25 hằng tháng", "hỗ trợ người dân", "Các thôn, bản, tổ dân phố"),
        ("2026-12-31", "year", "năm 2026", "đường truyền", "Viễn thông Lai Châu"),
    ],
    "821": [
        ("2026-03-13", "day", "13/3/2026", "dứt điểm 9 hồ sơ", "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("2026-03-31", "month", "tháng 3/2026", "thanh toán trực tuyến", "Trung tâm Phục vụ hành chính công phường"),
        ("2026-03-31", "day", "ngày ba mươi mốt tháng 3 năm 2026", "sổ hộ tịch", "Văn phòng HĐND và UBND phường"),
        ("2026-06-30", "quarter", "quý II năm 2026", "người có công", "Phòng Văn hóa - Xã hội"),
        # issued 04/3/2026, before the 28th: the first "ngày 28 hằng tháng" is 28/3/2026
        ("2026-03-28", "recurring", "28 hằng tháng", "phản ánh, kiến nghị", "Các tổ dân phố"),
    ],
    "822": [
        ("2026-04-15", "day", "15/4/2026", "dứt điểm 16 hồ sơ", "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("2026-04-30", "month", "tháng 4/2026", "thanh toán trực tuyến", "Trung tâm Phục vụ hành chính công phường"),
        ("2026-04-25", "day", "ngày hai mươi lăm tháng 4 năm 2026", "quy trình nội bộ",
         "Văn phòng HĐND và UBND phường"),
        ("2026-06-30", "quarter", "quý II năm 2026", "người có công", "Phòng Văn hóa - Xã hội"),
        # issued 03/4/2026, before the 20th: the first "ngày 20 hằng tháng" is 20/4/2026
        ("2026-04-20", "recurring", "20 hằng tháng", "Tổ công nghệ số cộng đồng", "Các tổ dân phố"),
        ("2026-12-31", "year", "năm 2026", "nhân viên bưu điện", "Bưu điện tỉnh Gia Lai"),
    ],
    "823": [
        ("2026-05-15", "day", "15/5/2026", "dứt điểm 11 hồ sơ", "Phòng Kinh tế"),
        ("2026-06-30", "quarter", "quý II năm 2026", "thanh toán trực tuyến", "Trung tâm Phục vụ hành chính công xã"),
        ("2026-05-20", "day", "ngày hai mươi tháng 5 năm 2026", "quy trình nội bộ", "Văn phòng HĐND và UBND xã"),
        ("2026-06-30", "month", "tháng 6/2026", "tập huấn", "Phòng Văn hóa - Xã hội"),
        # issued 05/5/2026, before the 22nd: the first "ngày 22 hằng tháng" is 22/5/2026
        ("2026-05-22", "recurring", "22 hằng tháng", "hỗ trợ nộp hồ sơ trực tuyến", "Các ấp, khu phố"),
        ("2026-12-31", "year", "năm 2026", "cơ sở dữ liệu đất đai", "Sở Nông nghiệp và Môi trường"),
    ],
    "824": [
        ("2026-06-12", "day", "12/6/2026", "12 hồ sơ đất đai", "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("2026-06-30", "month", "tháng 6/2026", "thanh toán trực tuyến", "Trung tâm Phục vụ hành chính công phường"),
        ("2026-06-18", "day", "ngày mười tám tháng 6 năm 2026", "bộ TTHC", "Văn phòng HĐND và UBND phường"),
        ("2026-09-30", "quarter", "quý III năm 2026", "người có công", "Phòng Văn hóa - Xã hội"),
        # issued 04/6/2026, before the 26th: the first "ngày 26 hằng tháng" is 26/6/2026
        ("2026-06-26", "recurring", "26 hằng tháng", "VNeID", "Các khóm"),
        ("2026-12-31", "year", "năm 2026", "ki-ốt", "Sở Khoa học và Công nghệ"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind148.py's META).
META = {
    "820": {"doc_number": "12/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-02-04", "province": "Lai Châu",
            "period_label": "tháng 01 năm 2026", "period_start": "2026-01-01", "period_end": "2026-01-31",
            "signer": "Lò Văn Thành"},
    "821": {"doc_number": "46/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-03-04", "province": "Thanh Hóa",
            "period_label": "tháng 02 năm 2026", "period_start": "2026-02-01", "period_end": "2026-02-28",
            "signer": "Lê Thị Thu Hương"},
    "822": {"doc_number": "58/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-04-03", "province": "Gia Lai",
            "period_label": "tháng 3 năm 2026", "period_start": "2026-03-01", "period_end": "2026-03-31",
            "signer": "Nguyễn Thị Mỹ Linh"},
    "823": {"doc_number": "318/UBND-VP", "doc_type": "Công văn", "issued_date": "2026-05-05", "province": "Đồng Tháp",
            "period_label": "tháng 4 năm 2026", "period_start": "2026-04-01", "period_end": "2026-04-30",
            "signer": "Trần Văn Phước"},
    "824": {"doc_number": "96/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-06-04", "province": "Cà Mau",
            "period_label": "tháng 5 năm 2026", "period_start": "2026-05-01", "period_end": "2026-05-31",
            "signer": "Phạm Minh Hải"},
}
