"""Blind golden facts for corpus/blind134/745_thanh_hoa.txt, 746_son_la.txt, 747_quang_ngai.txt, 748_vinh_long.txt and
749_ho_chi_minh.txt.

The five documents were written by the developers for a hundred-and-thirty-fourth blind measurement (SECTOR
DEPARTMENTS REPORTING ON THEIR OWN PROCEDURES: a Sở Tài chính on business registration and its one-stop files, a land
registration office on land files, certificates and overdue files with their reasons, a Sở Xây dựng on construction
permits and driving licences, a Sở Y tế on practising and operating licences, a second Sở Tài chính in a centrally-run
city; each with files by procedure field, the online share per field, fees collected and its procedures by level of
online service; provinces Thanh Hóa and Sơn La, unchanged by the 1 July 2025 merger, Quảng Ngãi, Vĩnh Long and Thành
phố Hồ Chí Minh after it; periods quý I năm 2026, 6 tháng đầu năm 2025, tháng 10 năm 2025, năm 2025 and tháng 4 năm
2026; not real documents), and every row below was written by reading them, before any extraction, restoration or
pipeline code was run on them. They also serve as held-out text for diacritic restoration (marks stripped, restored,
compared with the file).

Same structure and conventions as golden/blind132.py, blind131.py, blind130.py, blind129.py, blind16.py and
blind13.py: rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written
inside it). Prose and list counts are kind `count`; table cells are kind `value` even when they count, with
`extra={"source": "table"}`; `as_of="period"` is the period's end; a change is dated with the figure it changes and a
fall ("giảm", "rút ngắn") is negative; a change in "điểm phần trăm" is kind change in `%` with the number alone as
raw. `ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly names
none: counts of fields, branches, bodies). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" the unit
`PAKN`; a count of the files (or PAKN) an indicator is computed on carries that indicator's code; every "đã giải
quyết" count, pending files, the files of one field, the files owing fees, money, changes of counts and shares and
the PAKN handled have their code unchecked; a field's online share carries the online code; the parts of the overdue
files named by field carry the overdue code, those named by reason (746) leave it unchecked. A provincial body's own
figures naming no body are named by its kind, level tỉnh: `Sở Tài chính` (745, 749), `Văn phòng Đăng ký đất đai`
(746), `Sở Xây dựng` (747), `Sở Y tế` (748), also where the sentence names it in full ("Sở Tài chính đạt 90,36/100
điểm"); a sentence naming another body keeps the name as written ("UBND các xã, phường đã cấp mới", "Sở Nông nghiệp
và Môi trường đạt", "Chi nhánh thành phố Sơn La"). Province-wide and city-wide figures ("toàn tỉnh", "trên địa bàn
Thành phố", "Toàn tỉnh Thanh Hóa đạt", "Thành phố đạt") have subject NULL. Things counted take the noun as written
(`doanh nghiệp`, `giấy chứng nhận`, `giấy phép` also for "giấy phép xây dựng", "giấy phép lái xe", "giấy phép hành
nghề" and "giấy phép hoạt động", `chi nhánh`, `thửa đất`, `lĩnh vực`, `thư xin lỗi`); money keeps the unit written
(`tỷ đồng`, `triệu đồng`); durations `ngày` (also "ngày làm việc", "ngày/giấy phép"). Counts of local units take the
unit of their first unit word ("6/12 huyện, thành phố" → `huyện`); counts of "cơ quan" → `đơn vị` at the level of the
bodies counted. Numbers written in words are no figures ("ba tỉnh", "ba Sở", "hai cấp", the days of "ngày mười lăm
tháng 5", "ngày hai mươi tháng 8", "ngày ba mươi tháng 11", "ngày ba mươi mốt tháng 5"). Dates, document numbers and
cited texts ("Quyết định số 766/QĐ-TTg", "Kế hoạch số 38/KH-UBND", "Công văn số 1846/SNNMT-VP", "Quyết định số
412/QĐ-UBND", "Nghị định số 61/2018/NĐ-CP", "Nghị định số 118/2025/NĐ-CP", "Quyết định số 1024/QĐ-UBND"), the stated
windows ("từ ngày 01/01/2026 đến ngày 31/3/2026", "từ ngày 01/10/2025 đến ngày 31/10/2025"), the length of a window
("Trong 6 tháng", "Lũy kế 4 tháng"), months and quarters naming a bracket ("quý IV năm 2025", "tháng 9/2025", "tháng
3/2026"), "Bộ chỉ số 766", "Tổng đài 1022", "Bảng 1", "cơ sở 2", addresses ("số 28 Đại lộ Lê Lợi", "số 56 đường Tô
Hiệu", "số 15 đường Trần Hưng Đạo", "số 47 đường Lê Văn Tám", "số 32 Lê Thánh Tôn"), phone numbers ("0237.3852.366",
"0212.3852.618", "0255.3822.146", "0270.3822.418", "028.3829.7345"), section and item numbering ("I.", "1.", "7."),
STT cells, "-" cells, headings naming the next period ("IV. NHIỆM VỤ QUÝ II NĂM 2026", "III. NHIỆM VỤ 6 THÁNG CUỐI
NĂM 2025", "7. Nhiệm vụ tháng 11 năm 2025", "IV. NHIỆM VỤ NĂM 2026", "IV. NHIỆM VỤ THÁNG 5 NĂM 2026": no deadlines)
and years are not figures.

New in this set (the decisions are written here):
- A TABLE OF A DEPARTMENT'S PROCEDURES BY LEVEL OF ONLINE SERVICE (745's Markdown "Bảng 1" with columns "Số TTHC |
  Toàn trình | Một phần" by field; 747's Markdown table with "Số TTHC | Trong đó toàn trình" beside files, online
  share and fees by field): cells in `TTHC`; the full-online and partly-online columns carry 766.dvctt.toan_trinh and
  766.dvctt.mot_phan in every row, the "Số TTHC" column tthc.tong_so in the total row only (a field's count of TTHC
  leaves it unchecked, as golden/blind125.py's "chữa bệnh 38 TTHC"). Field rows have subject unchecked, level tỉnh
  (the department's fields, as golden/blind13.py's 146); the "Tổng cộng" row with an empty STT is the department.
  The same breakdown as a dash list with shares (746 "- Dịch vụ công trực tuyến toàn trình: 9 TTHC, chiếm 23,68%;",
  "Chưa cung cấp …: 5 TTHC" → 766.dvctt.chua_cung_cap), after "tương ứng" (748) and after "lần lượt là" (749).
- FILES AND FEES BY FIELD IN A TABLE (747 Markdown, 748 tab-separated): a field row's file counts leave the code
  unchecked (one field's files), its online share carries the online code and its on-time share the on-time code;
  fees in `triệu đồng` (code unchecked); the total row's counts carry the received and online codes. 748's table has
  an online-count column (a field's: code unchecked; the total's: online code).
- FEES COLLECTED AND THEIR ONLINE PART ("Tổng số phí, lệ phí thu được là 468,5 triệu đồng, trong đó thu qua thanh
  toán trực tuyến 412,3 triệu đồng, chiếm 88,00%"): money and its share, codes unchecked (the share of money is not
  766.thanh_toan.ho_so, a share of files). The files owing fees ("3.962 hồ sơ phát sinh phí, lệ phí") leave the code
  unchecked; the files paid online carry 766.thanh_toan.ho_so.
- OVERDUE LAND FILES BY REASON (746's dash list "- Chờ cơ quan thuế xác định nghĩa vụ tài chính: 96 hồ sơ;"): the
  Văn phòng's parts, subject unchecked, level tỉnh, code unchecked.
- BUSINESS REGISTRATION (745, 749): new enterprises, capital, returns, suspensions and dissolutions are the
  province's or city's (subject NULL, codes unchecked); sectors and former provinces after "lần lượt là" have subject
  and level unchecked; household businesses registered by the communes are theirs as written, level xã.
- LAND CERTIFICATES (746) and permits (747, 748) are counts of the issuing body in `giấy chứng nhận` / `giấy phép`,
  their parts in brackets without a unit ("(cấp mới 1.418, cấp lại 312, điều chỉnh 416)") in the total's unit.

Unsure readings (fields left `ANY`, or decided and written here): the code of a field's TTHC count in a table
(unchecked); whether the overdue parts by reason carry the overdue code (unchecked); the subject of 746's land
target "cho lĩnh vực đất đai" (unchecked, as golden/blind108.py's 618) and of the task targets set for a named
division or for "Các chi nhánh" (unchecked; the level tỉnh except the branches', whose level golden/blind108.py leaves
unchecked); the Sở's yearly average in 748 ("Bình quân năm 2025, Sở Y tế đạt 88,46 điểm": code unchecked, an average
of months).

Per document:
- 745 is a quarterly Báo cáo of the Sở Tài chính tỉnh Thanh Hóa (header "UBND TỈNH THANH HÓA / SỞ TÀI CHÍNH", number
  "1186/BC-STC", signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC") to UBND tỉnh, quý I năm 2026, issued 07/4/2026 (ranks /34).
  The province's "1.146 doanh nghiệp … 12.418,6 tỷ đồng; so với cùng kỳ năm 2025 (982 doanh nghiệp) tăng 164
  doanh nghiệp, tương ứng tăng 16,70%" (previous 2025-03-31), "10,84 tỷ đồng/doanh nghiệp" (kind value), returns,
  suspensions, dissolutions, sectors "lần lượt là 438, 276 và 164 doanh nghiệp"; the communes' "3.862 giấy chứng nhận
  … 2.914 hồ sơ …, chiếm 75,45%". The Sở's "186 TTHC thuộc 11 lĩnh vực … 124 TTHC …, chiếm 66,67%, và 62 TTHC", Bảng
  1 (above), files "5.284 hồ sơ (quý IV năm 2025: 4.912 hồ sơ), tăng 372 hồ sơ, tương ứng tăng 7,57%" (previous
  2025-12-31) by channel, A DASH LIST OF FIELDS WITH THEIR ONLINE SHARE ("- Đầu tư tại Việt Nam: 214 hồ sơ, trực tuyến
  71,03%;"), settled, on time "99,84%", overdue "08 hồ sơ (lĩnh vực đầu tư 05 hồ sơ, …)", "08 thư xin lỗi", pending
  "158", "1,6 ngày làm việc, rút ngắn 0,4 ngày … (2,0 ngày)"; payment "3.962 … 3.418 …, đạt 86,27%; so với chỉ tiêu
  UBND tỉnh giao năm 2026 là 90% thì chưa đạt chỉ tiêu" (target 2026-12-31), fees (above), digitisation, e-results
  "100%", reuse "46,18% (quý IV năm 2025: 39,62%), tăng 6,56 điểm phần trăm", "07/07 PAKN" (one count, max 7), "đạt
  100%", satisfaction; the Sở's 766 `90,36/100`, `3/19` "(tháng 12/2025: 88,12 điểm, xếp thứ 6/19), tăng 2,24 điểm và
  tăng 3 bậc" (previous 2025-12-31, the score with max 100), six groups, the block average, "11/19 … 07 … 01 cơ quan",
  the province's `86,92/100`, `11/34`. Task 2's "06 TTHC" a count (subject unchecked, level tỉnh); task 3's "của Sở
  đạt tối thiểu 90% trong quý II năm 2026" the Sở's target (2026-06-30). Six deadlines in numbered items: day,
  "chậm nhất ngày mười lăm tháng 5 năm 2026", quarter (with the target), month, year in a request "Đề nghị Sở Khoa học
  và Công nghệ …", "trước ngày 20 hằng tháng" (issued 07/4/2026: first 20/4/2026).
- 746 is a half-year Báo cáo of the Văn phòng Đăng ký đất đai tỉnh Sơn La (header "UBND TỈNH SƠN LA / SỞ NÔNG NGHIỆP
  VÀ MÔI TRƯỜNG / VĂN PHÒNG ĐĂNG KÝ ĐẤT ĐAI", number "412/BC-VPĐKĐĐ", signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC") to the Sở,
  6 tháng đầu năm 2025, issued 04/7/2025 (ranks /63, branches by former district). "12 chi nhánh" (code None, subject
  and level unchecked), the dash list of TTHC by level (above), files "28.426 hồ sơ (cùng kỳ năm 2024: 26.118 hồ sơ),
  tăng 2.308 hồ sơ, tương ứng tăng 8,84%" (previous 2024-06-30), four kinds after "lần lượt là" (subject unchecked,
  level tỉnh, codes unchecked), online "11.642 hồ sơ, chiếm 40,96%; so với chỉ tiêu UBND tỉnh giao năm 2025 cho lĩnh
  vực đất đai là 45% thì chưa đạt chỉ tiêu" (target 2025-12-31, subject and level unchecked); settled, on time, overdue
  "534 hồ sơ, chiếm 1,98%" and its reasons (above), "534 thư xin lỗi", pending; A DASH LIST OF BRANCHES ("- Chi nhánh
  huyện Mai Sơn: tiếp nhận 4.126 hồ sơ, trực tuyến 44,28%, quá hạn 96 hồ sơ;": subject as written, level unchecked;
  "Các chi nhánh còn lại" subject unchecked); certificates "12.846 … 1.118 … 11.728 giấy chứng nhận"; payment "9.418
  hồ sơ … trên tổng số 24.312 hồ sơ …, đạt 38,74%", fees "2.846,2 … 1.214,6 triệu đồng, chiếm 42,67%", digitisation
  "88,46%, tăng 12,18 điểm phần trăm so với cùng kỳ năm 2024 (76,28%)"; "6/12 huyện, thành phố với 1.426.318 thửa
  đất" (the parcels subject and level unchecked); PAKN "14 … 12 … 02", satisfaction "93,12%" (code unchecked); the
  Sở Nông nghiệp và Môi trường's `81,26/100`, `15/20` (as written, level tỉnh), the province's `79,84/100`, `42/63`.
  Task 3's "Các chi nhánh … tối thiểu 45% trong quý IV năm 2025" the branches' target (subject and level unchecked,
  2025-12-31). Six deadlines in numbered items: day for two named branches, "chậm nhất ngày hai mươi tháng 8 năm
  2025", quarter (with the target), month, year in a request "Đề nghị Sở Nông nghiệp và Môi trường …", "trước ngày 25
  hằng tháng" (issued 04/7/2025: first 25/7/2025).
- 747 is a CÔNG VĂN (doc_type "Công văn") of the Sở Xây dựng tỉnh Quảng Ngãi (merged with Kon Tum; header "UBND TỈNH
  QUẢNG NGÃI / SỞ XÂY DỰNG", number "3264/SXD-VP", a "V/v" line naming the month, signed "KT. GIÁM ĐỐC / PHÓ GIÁM
  ĐỐC") to the Văn phòng UBND tỉnh, tháng 10 năm 2025, issued 04/11/2025 (ranks /34). The Sở's "148 TTHC … 86 TTHC
  …, chiếm 58,11%, còn lại 62 TTHC", files "7.080 hồ sơ (tháng 9/2025: 6.612 hồ sơ), tăng 468 hồ sơ, tương ứng tăng
  7,08%" (previous 2025-09-30), online "6.670 hồ sơ, chiếm 94,21%; so với chỉ tiêu UBND tỉnh giao năm 2025 là 80% thì
  Sở đã đạt chỉ tiêu" (target 2025-12-31), settled, on time "99,50%", overdue "34 hồ sơ (lĩnh vực hoạt động xây dựng 21
  hồ sơ, …)"; THE MARKDOWN TABLE BY FIELD (above; a "-" fee cell); permits "38 giấy phép xây dựng (tháng 9/2025: 31
  giấy phép), … 11,4 ngày/giấy phép" (the Sở's), "UBND các xã, phường cấp 1.126 giấy phép" (as written, level xã),
  driving licences "5.846 … 5.412 giấy phép, chiếm 92,58%" (codes unchecked); payment "81,36% (tháng 9/2025:
  78,12%)", fees "1.970,4 … 1.612,8 triệu đồng, chiếm 81,85%", digitisation "91,24%"; PAKN "05 … 04 … 01"; the Sở's
  `84,62/100`, `8/18` "(tháng 9/2025: 82,94 điểm, xếp thứ 10/18), tăng 1,68 điểm", the province's `81,18/100`,
  `26/34`. The first task's "21 hồ sơ" a count repeated (subject unchecked, level tỉnh); the transport division's
  "tối thiểu 90% trong quý I năm 2026" (subject unchecked, level tỉnh, 2026-03-31). Six deadlines in a dash list: day,
  "chậm nhất ngày ba mươi tháng 11 năm 2025", month, quarter (with the target), year in a request "Đề nghị Sở Khoa học
  và Công nghệ …", "trước ngày 03 hằng tháng" (issued 04/11/2025, after the 3rd: first 03/12/2025).
- 748 is an annual Báo cáo of the Sở Y tế tỉnh Vĩnh Long (merged with Bến Tre and Trà Vinh; header "ỦY BAN NHÂN DÂN
  TỈNH VĨNH LONG / SỞ Y TẾ", number "86/BC-SYT", "Kính gửi" as a list, signed "GIÁM ĐỐC") on its procedures, năm 2025,
  issued 12/01/2026. The Sở's "172 TTHC thuộc 14 lĩnh vực … 104 … 58 … 10 TTHC …, tương ứng 60,47%, 33,72% và 5,81%",
  files "9.846 hồ sơ (năm 2024, cộng gộp ba Sở Y tế trước hợp nhất: 8.912 hồ sơ)" (previous 2024-12-31, subject
  unchecked, level tỉnh, as golden/blind125.py's 700), "tăng 934 hồ sơ, tương ứng tăng 10,48%", online "8.684 hồ sơ,
  chiếm 88,20%", settled, on time "99,11%", overdue "86 hồ sơ, chiếm 0,89%" with a field's "(54 hồ sơ)"; THE
  TAB-SEPARATED TABLE BY FIELD (received, online, online share, on-time share, fees; "100" cells and a "-" cell; a
  "Tổng cộng" row with an empty STT = the Sở); licences "2.146 giấy phép hành nghề … (cấp mới 1.418, cấp lại 312,
  điều chỉnh 416); 186 giấy phép hoạt động …; 412 giấy chứng nhận"; payment "6.418 … 7.126 …, đạt 90,06%; so với chỉ
  tiêu UBND tỉnh giao năm 2025 là 85% thì đạt chỉ tiêu" (target at the period end), fees "2.659,0 triệu đồng (năm
  2024: 2.318,4 triệu đồng), tăng 14,69%"; digitisation, reuse, PAKN "42 … 41 …, đạt 97,62%", satisfaction; the
  year's average (above), tháng 12/2025 `89,72/100`, `5/19` "(tháng 11/2025: xếp thứ 7/19), tăng 2 bậc" (previous
  2025-11-30), the block average, "13 … 06 cơ quan", the province's `85,64/100`, `16/34`. Task 3's "Trung tâm Giám
  định y khoa … tối thiểu 70% trong quý II năm 2026" (subject unchecked, level tỉnh, 2026-06-30). Six deadlines in
  numbered items: day, "chậm nhất ngày mười lăm tháng 3 năm 2026", quarter (with the target), month, year in a request
  "Đề nghị Bảo hiểm xã hội tỉnh Vĩnh Long …", "trước ngày 05 hằng tháng" (issued 12/01/2026, after the 5th: first
  05/02/2026).
- 749 is a monthly Báo cáo of the Sở Tài chính Thành phố Hồ Chí Minh (a centrally-run city merged with Bình Dương and
  Bà Rịa - Vũng Tàu; header "ỦY BAN NHÂN DÂN / THÀNH PHỐ HỒ CHÍ MINH / SỞ TÀI CHÍNH", number "5126/BC-STC", signed
  "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC") to UBND Thành phố, tháng 4 năm 2026, issued 06/5/2026. The city's "5.846 doanh
  nghiệp …, vốn đăng ký 48.612,4 tỷ đồng (tháng 3/2026: 5.412 doanh nghiệp, 41.268,2 tỷ đồng)" (both previous
  2026-03-31), "tăng 434 doanh nghiệp, tương ứng tăng 8,02%", the former provinces' areas after "lần lượt có" (subject
  and level unchecked), "Lũy kế 4 tháng đầu năm 2026 có 20.418 doanh nghiệp … (cùng kỳ năm 2025: 18.126 doanh
  nghiệp), tăng 12,64%" (the count at the period end, its previous 2025-04-30), returns, suspensions, dissolutions;
  the communes' "12.846 giấy chứng nhận" ("UBND các xã, phường, đặc khu", level xã). The Sở's "214 TTHC" and the three
  levels after "lần lượt là 146, 61 và 7 TTHC", files "34.346 hồ sơ (tháng 3/2026: 32.918 hồ sơ), tăng 4,34%", online
  "33.449 hồ sơ, chiếm 97,39%", a dash list of fields with online shares, settled, on time "99,92%", overdue "26",
  "1,8 ngày làm việc" (one procedure: code unchecked), payment "96,74% (tháng 3/2026: 95,18%); so với chỉ tiêu UBND
  Thành phố giao năm 2026 là 95% thì đạt chỉ tiêu" (target 2026-12-31), fees "3,46 tỷ đồng, trong đó 3,41 tỷ đồng",
  PAKN "46 … (qua Tổng đài 1022: 28 PAKN) … 44 PAKN, đạt 95,65%"; the Sở's `92,18/100`, `2/26` "(tháng 3/2026: 91,46
  điểm, xếp thứ 2/26), giữ nguyên thứ hạng" (no change figure), the block average, "21/26 … 05 cơ quan", the city's
  `88,34/100`, `6/34` (subject NULL). Task 3's field target "tối thiểu 80% trong quý III năm 2026" (subject unchecked,
  level tỉnh, the online code, 2026-09-30). Six deadlines in numbered items: day, "chậm nhất ngày ba mươi mốt tháng 5
  năm 2026", quarter (with the target), month, year in a request "Đề nghị Thuế Thành phố Hồ Chí Minh …", "trước ngày
  25 hằng tháng" (issued 06/5/2026: first 25/5/2026).
"""
from __future__ import annotations

from golden.facts import (
    _DH,
    _HL,
    _NOP,
    _NTT,
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
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_CHUA = "766.dvctt.chua_cung_cap"
_PAKN_TN = "pakn.tiep_nhan"
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_HUYEN = {"subject": ANY, "level": "huyện"}
_NULL = {"subject": None, "level": None}

# A numeric cell: (raw, unit, code) of one column; kind value at the period end.
Column = tuple[str, object]


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


def _md_line(cells: tuple[str, ...]) -> str:
    """A Markdown table row as the documents write it (an empty cell as "| |")."""
    return ("| " + " | ".join(cells) + " |").replace("|  |", "| |")


def _tab_line(cells: tuple[str, ...]) -> str:
    """A tab-separated table row."""
    return "\t".join(cells)


def _table(rows: list[tuple[str, ...]], make_line, after_last: str, columns: list[Column], total_columns:
           list[Column], total: dict) -> list[Fact]:
    """A table by field: `rows` are (STT, field, *cells). A field row's cells have subject unchecked, level tỉnh, with
    the codes of `columns`; the "Tổng cộng" row (empty STT) is the department (`total`), with `total_columns`. A cell's
    context is the separator before it, the rest of its row and the start of the next row (or `after_last`), so that
    it occurs once and the raw text is found first at the cell itself; a "-" cell is no figure."""
    sep = " | " if make_line is _md_line else "\t"
    facts = []
    for i, (stt, name, *values) in enumerate(rows):
        line = make_line((stt, name, *values))
        if i + 1 < len(rows):
            after = make_line(rows[i + 1][:2])
            after = after.rsplit(" |", 1)[0] if after.endswith(" |") else after
        else:
            after = after_last
        who, cols = (total, total_columns) if stt == "" else (_IN_TINH, columns)
        at = 0
        for raw, (unit, code) in zip(values, cols, strict=True):
            if raw == "-":
                continue
            at = _find_cell(line, sep, raw, at)
            facts.append(F(line[at:] + "\n" + after, raw, _num(raw), unit, P, code=code, extra=TAB, **who))
            at += len(sep)
    return facts


def _by(subject: str | None, level: str | None):
    """A row maker for one body's own figures (subject and level fixed)."""
    def make(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
        return F(context, raw, value, unit, kind, subject=subject, level=level, **kw)
    return make


def _groups(items: list[tuple[str, str, str]], who: dict) -> list[Fact]:
    """Six 766 group scores written "x/max" (context, raw, code), each with its maximum."""
    return [F(context, raw, _num(raw.split("/")[0]), "điểm", max_value=_num(raw.split("/")[1]), code=code, **who)
            for context, raw, code in items]


def _fields(items: list[tuple[str, str, str, str]]) -> list[Fact]:
    """A dash list of fields "- <field>: n hồ sơ, trực tuyến x%;" as (count context, count, share context, share):
    each field's files (code unchecked) and its online share (the online code); subject unchecked, level tỉnh."""
    facts = []
    for count_context, count, share_context, share in items:
        facts.append(F(count_context, count, _num(count), "hồ sơ", C, code=ANY, **_IN_TINH))
        facts.append(F(share_context, share, _num(share), "%", code=_NOP, **_IN_TINH))
    return facts


_prov = _by(None, None)
_STC = "Sở Tài chính"
_stc = _by(_STC, "tỉnh")
_STC_WHO = {"subject": _STC, "level": "tỉnh"}


# ------------------------------------------------------------ 745: Sở Tài chính tỉnh Thanh Hóa, quý I năm 2026
_Q1_2025 = "2025-03-31"
_Q4_2025 = "2025-12-31"

_BANG1_745 = [
    ("1", "Thành lập và hoạt động của doanh nghiệp", "58", "52", "6"),
    ("2", "Đầu tư tại Việt Nam", "42", "18", "24"),
    ("3", "Đấu thầu, lựa chọn nhà đầu tư", "12", "6", "6"),
    ("4", "Quản lý công sản", "21", "14", "7"),
    ("5", "Thành lập và hoạt động của hợp tác xã", "19", "16", "3"),
    ("6", "Quản lý giá", "9", "5", "4"),
    ("7", "Các lĩnh vực còn lại", "25", "13", "12"),
    ("", "Tổng cộng", "186", "124", "62"),
]


def _bang1_745() -> list[Fact]:
    """Bảng 1 "| STT | Lĩnh vực | Số TTHC | Toàn trình | Một phần |": the Sở's TTHC by field and level of online
    service (fields subject unchecked, level tỉnh; "Tổng cộng" the Sở)."""
    return _table(_BANG1_745, _md_line, "\n2. Tiếp nhận hồ sơ",
                  [("TTHC", ANY), ("TTHC", _TOAN), ("TTHC", _MOT)],
                  [("TTHC", _TTHC), ("TTHC", _TOAN), ("TTHC", _MOT)], _STC_WHO)


BLIND_745 = [
    # I. the province's enterprises (cùng kỳ dated 2025-03-31), sectors after "lần lượt là", the communes' households
    _prov("có 1.146 doanh nghiệp", "1.146", 1146, "doanh nghiệp", C, code=ANY),
    _prov("đăng ký 12.418,6 tỷ đồng", "12.418,6", 12418.6, "tỷ đồng", code=ANY),
    _prov("(982 doanh nghiệp)", "982", 982, "doanh nghiệp", PR, as_of=_Q1_2025, code=ANY),
    _prov("tăng 164 doanh nghiệp", "164", 164, "doanh nghiệp", CH, code=ANY),
    _prov("tăng 16,70%", "16,70%", 16.70, "%", CH, code=ANY),
    _prov("đạt 10,84 tỷ đồng", "10,84", 10.84, "tỷ đồng", code=ANY),
    _prov("là 412 doanh nghiệp", "412", 412, "doanh nghiệp", C, code=ANY),
    _prov("hạn 986 doanh nghiệp", "986", 986, "doanh nghiệp", C, code=ANY),
    _prov("giải thể 138 doanh nghiệp", "138", 138, "doanh nghiệp", C, code=ANY),
    F("là 438", "438", 438, "doanh nghiệp", C, code=ANY, **_OPEN),
    F("438, 276", "276", 276, "doanh nghiệp", C, code=ANY, **_OPEN),
    F("và 164 doanh nghiệp", "164", 164, "doanh nghiệp", C, code=ANY, **_OPEN),
    F("cấp mới 3.862 giấy", "3.862", 3862, "giấy chứng nhận", C, subject="UBND các xã, phường", level="xã", code=ANY),
    F("trong đó 2.914 hồ sơ", "2.914", 2914, "hồ sơ", C, subject="UBND các xã, phường", level="xã", code=ANY),
    F("chiếm 75,45%", "75,45%", 75.45, "%", subject="UBND các xã, phường", level="xã", code=ANY),
    # II.1 the Sở's TTHC by level and Bảng 1
    _stc("thực hiện 186 TTHC", "186", 186, "TTHC", C, code=_TTHC),
    _stc("thuộc 11 lĩnh vực", "11", 11, "lĩnh vực", C, code=None),
    _stc("trong đó 124 TTHC", "124", 124, "TTHC", C, code=_TOAN),
    _stc("chiếm 66,67%", "66,67%", 66.67, "%", code=_TOAN),
    _stc("và 62 TTHC", "62", 62, "TTHC", C, code=_MOT),
    *_bang1_745(),
    # II.2 files against quý IV năm 2025 (dated 2025-12-31), by channel; II.3 the fields' online shares
    _stc("tiếp nhận 5.284 hồ sơ", "5.284", 5284, "hồ sơ", C, code=_TN),
    _stc("(quý IV năm 2025: 4.912", "4.912", 4912, "hồ sơ", PR, as_of=_Q4_2025, code=_TN),
    _stc("tăng 372 hồ sơ", "372", 372, "hồ sơ", CH, code=ANY),
    _stc("tăng 7,57%", "7,57%", 7.57, "%", CH, code=ANY),
    _stc("trực tuyến 4.826 hồ sơ", "4.826", 4826, "hồ sơ", C, code=_NOP),
    _stc("chiếm 91,33%", "91,33%", 91.33, "%", code=_NOP),
    _stc("tỉnh 386 hồ sơ", "386", 386, "hồ sơ", C, code=_NTT),
    _stc("công ích 72 hồ sơ", "72", 72, "hồ sơ", C, code=ANY),
    *_fields([
        ("doanh nghiệp: 4.318 hồ sơ", "4.318", "trực tuyến 98,33%", "98,33%"),
        ("Việt Nam: 214 hồ sơ", "214", "trực tuyến 71,03%", "71,03%"),
        ("hợp tác xã: 186 hồ sơ", "186", "trực tuyến 64,52%", "64,52%"),
        ("công sản: 352 hồ sơ", "352", "trực tuyến 58,24%", "58,24%"),
        ("còn lại: 214 hồ sơ", "214", "trực tuyến 48,13%", "48,13%"),
    ]),
    # II.4 settled, on time, overdue by field, apology letters, pending, duration (quý IV dated 2025-12-31)
    _stc("giải quyết 5.126 hồ sơ", "5.126", 5126, "hồ sơ", C, code=ANY),
    _stc("đúng hạn 5.118 hồ sơ", "5.118", 5118, "hồ sơ", C, code=_DH),
    _stc("đạt 99,84%", "99,84%", 99.84, "%", code=_DH),
    _stc("quá hạn 08 hồ sơ", "08", 8, "hồ sơ", C, code=_QH),
    F("đầu tư 05 hồ sơ", "05", 5, "hồ sơ", C, code=_QH, **_IN_TINH),
    F("công sản 03 hồ sơ", "03", 3, "hồ sơ", C, code=_QH, **_IN_TINH),
    _stc("gửi 08 thư xin lỗi", "08", 8, "thư xin lỗi", C, code=ANY),
    _stc("quý II là 158 hồ sơ", "158", 158, "hồ sơ", C, code=ANY),
    _stc("là 1,6 ngày", "1,6", 1.6, "ngày", code=ANY),
    _stc("rút ngắn 0,4 ngày", "0,4", -0.4, "ngày", CH, code=ANY),
    _stc("(2,0 ngày)", "2,0", 2.0, "ngày", PR, as_of=_Q4_2025, code=ANY),
    # II.5 payment against the year's target (2026-12-31), fees; II.6 digitisation; II.7 PAKN, satisfaction
    _stc("có 3.962 hồ sơ", "3.962", 3962, "hồ sơ", C, code=ANY),
    _stc("đó 3.418 hồ sơ", "3.418", 3418, "hồ sơ", C, code=_TT),
    _stc("đạt 86,27%", "86,27%", 86.27, "%", code=_TT, target=90, stated_status="chưa đạt"),
    _stc("năm 2026 là 90%", "90%", 90, "%", T, as_of="2026-12-31", code=_TT),
    _stc("là 468,5 triệu đồng", "468,5", 468.5, "triệu đồng", code=ANY),
    _stc("trực tuyến 412,3 triệu đồng", "412,3", 412.3, "triệu đồng", code=ANY),
    _stc("chiếm 88,00%", "88,00%", 88.0, "%", code=ANY),
    _stc("đạt 97,42%", "97,42%", 97.42, "%", code=_SH),
    _stc("điện tử đạt 100%", "100%", 100, "%", code="766.so_hoa.ket_qua_dien_tu"),
    _stc("đạt 46,18%", "46,18%", 46.18, "%", code=_TSD),
    _stc("(quý IV năm 2025: 39,62%)", "39,62%", 39.62, "%", PR, as_of=_Q4_2025, code=_TSD),
    _stc("tăng 6,56 điểm", "6,56", 6.56, "%", CH, code=ANY),
    _stc("tiếp nhận 07 phản ánh", "07", 7, "PAKN", C, code=_PAKN_TN),
    _stc("xử lý 07/07 PAKN", "07/07", 7, "PAKN", C, max_value=7, code=ANY),
    _stc("PAKN, đạt 100%", "100%", 100, "%", code=ANY),
    _stc("đạt 98,46%", "98,46%", 98.46, "%", code=_HL),
    # III. the Sở's 766 of tháng 3/2026 against tháng 12/2025 (dated 2025-12-31), groups; the block; the province
    _stc("đạt 90,36/100", "90,36/100", 90.36, "điểm", max_value=100, code=_TONG),
    _stc("xếp thứ 3/19", "3/19", 3, "hạng", R, max_value=19, code=_HANG),
    _stc("(tháng 12/2025: 88,12", "88,12", 88.12, "điểm", PR, max_value=100, as_of=_Q4_2025, code=_TONG),
    _stc("xếp thứ 6/19)", "6/19", 6, "hạng", PR, max_value=19, as_of=_Q4_2025, code=_HANG),
    _stc("tăng 2,24 điểm", "2,24", 2.24, "điểm", CH, code=_TONG),
    _stc("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    *_groups([
        ("minh bạch 17,46/18", "17,46/18", "766.cong_khai"),
        ("giải quyết 19,82/20", "19,82/20", "766.tien_do"),
        ("trực tuyến 11,24/12", "11,24/12", "766.dvctt"),
        ("trực tuyến 8,12/10", "8,12/10", "766.thanh_toan"),
        ("hồ sơ 17,36/22", "17,36/22", "766.so_hoa"),
        ("hài lòng 16,36/18", "16,36/18", "766.hai_long"),
    ], _STC_WHO),
    F("đạt 86,74 điểm", "86,74", 86.74, "điểm", code=ANY, **_IN_TINH),
    F("có 11/19 cơ quan", "11/19", 11, "đơn vị", C, max_value=19, code=None, **_IN_TINH),
    F("07 cơ quan", "07", 7, "đơn vị", C, code=None, **_IN_TINH),
    F("01 cơ quan", "01", 1, "đơn vị", C, code=None, **_IN_TINH),
    F("đạt 86,92/100", "86,92/100", 86.92, "điểm", max_value=100, code=_TONG, **_NULL),
    F("xếp thứ 11/34", "11/34", 11, "hạng", R, max_value=34, code=_HANG, **_NULL),
    # IV. task 2's TTHC (a count); task 3's target of the Sở for quý II năm 2026
    F("chuyển 06 TTHC", "06", 6, "TTHC", C, code=ANY, **_IN_TINH),
    _stc("tối thiểu 90%", "90%", 90, "%", T, as_of="2026-06-30", code=_TT),
]


# ------------------------------------------------------------ 746: Văn phòng Đăng ký đất đai tỉnh Sơn La, 6 tháng đầu
# năm 2025 (TTHC by level in a dash list, files by kind, overdue files by reason, a dash list of branches)
_VP = "Văn phòng Đăng ký đất đai"
_vp = _by(_VP, "tỉnh")
_H1_2024 = "2024-06-30"


def _branch_746(name: str | None, received: str, online: str, overdue: str) -> list[Fact]:
    """One dash item "- <branch>: tiếp nhận n hồ sơ, trực tuyến x%, quá hạn m hồ sơ;" — the branch as written (level
    unchecked; `None` for "Các chi nhánh còn lại", subject unchecked): received, online share, overdue files."""
    who = {"subject": ANY if name is None else name, "level": ANY}
    label = "còn lại" if name is None else name.split(" ", 1)[1]
    return [F(f"{label}: tiếp nhận {received}", received, _num(received), "hồ sơ", C, code=_TN, **who),
            F(f"trực tuyến {online}%", f"{online}%", _num(online), "%", code=_NOP, **who),
            F(f"quá hạn {overdue} hồ sơ", overdue, _num(overdue), "hồ sơ", C, code=_QH, **who)]


BLIND_746 = [
    # I. branches (code None), TTHC by level of online service
    F("có 12 chi nhánh", "12", 12, "chi nhánh", C, code=None, **_OPEN),
    _vp("thực hiện 38 TTHC", "38", 38, "TTHC", C, code=_TTHC),
    _vp("toàn trình: 9 TTHC", "9", 9, "TTHC", C, code=_TOAN),
    _vp("chiếm 23,68%", "23,68%", 23.68, "%", code=_TOAN),
    _vp("một phần: 24 TTHC", "24", 24, "TTHC", C, code=_MOT),
    _vp("chiếm 63,16%", "63,16%", 63.16, "%", code=_MOT),
    _vp("trực tuyến: 5 TTHC", "5", 5, "TTHC", C, code=_CHUA),
    _vp("chiếm 13,16%", "13,16%", 13.16, "%", code=_CHUA),
    # II.1 files against cùng kỳ (2024-06-30), by kind after "lần lượt là", online against the land field's target
    _vp("tiếp nhận 28.426 hồ sơ", "28.426", 28426, "hồ sơ", C, code=_TN),
    _vp("(cùng kỳ năm 2024: 26.118", "26.118", 26118, "hồ sơ", PR, as_of=_H1_2024, code=_TN),
    _vp("tăng 2.308 hồ sơ", "2.308", 2308, "hồ sơ", CH, code=ANY),
    _vp("tăng 8,84%", "8,84%", 8.84, "%", CH, code=ANY),
    F("là 14.862 hồ sơ", "14.862", 14862, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("hồ sơ, 5.416 hồ sơ", "5.416", 5416, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("hồ sơ, 6.912 hồ sơ", "6.912", 6912, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("và 1.236 hồ sơ", "1.236", 1236, "hồ sơ", C, code=ANY, **_IN_TINH),
    _vp("trực tuyến 11.642 hồ sơ", "11.642", 11642, "hồ sơ", C, code=_NOP),
    _vp("chiếm 40,96%", "40,96%", 40.96, "%", code=_NOP, target=45, stated_status="chưa đạt"),
    F("đất đai là 45%", "45%", 45, "%", T, as_of="2025-12-31", code=_NOP, **_OPEN),
    # II.2 settled, on time, overdue and its reasons (subject unchecked, level tỉnh), letters, pending
    _vp("giải quyết 26.918 hồ sơ", "26.918", 26918, "hồ sơ", C, code=ANY),
    _vp("đúng hạn 26.384 hồ sơ", "26.384", 26384, "hồ sơ", C, code=_DH),
    _vp("đạt 98,02%", "98,02%", 98.02, "%", code=_DH),
    _vp("quá hạn 534 hồ sơ", "534", 534, "hồ sơ", C, code=_QH),
    _vp("chiếm 1,98%", "1,98%", 1.98, "%", code=_QH),
    F("cấp xã: 236 hồ sơ", "236", 236, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("thửa đất: 148 hồ sơ", "148", 148, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("tài chính: 96 hồ sơ", "96", 96, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("chậm xử lý: 54 hồ sơ", "54", 54, "hồ sơ", C, code=ANY, **_IN_TINH),
    _vp("gửi 534 thư xin lỗi", "534", 534, "thư xin lỗi", C, code=ANY),
    _vp("kỳ sau là 1.508 hồ sơ", "1.508", 1508, "hồ sơ", C, code=ANY),
    # II.3 the branches
    *_branch_746("Chi nhánh thành phố Sơn La", "6.418", "56,12", "38"),
    *_branch_746("Chi nhánh huyện Mai Sơn", "4.126", "44,28", "96"),
    *_branch_746("Chi nhánh huyện Mộc Châu", "3.912", "48,36", "52"),
    *_branch_746("Chi nhánh huyện Thuận Châu", "2.846", "31,48", "118"),
    *_branch_746("Chi nhánh huyện Sông Mã", "2.218", "28,63", "84"),
    *_branch_746(None, "8.906", "31,33", "146"),
    # II.4 certificates; II.5 payment, fees, digitisation (cùng kỳ 2024-06-30), the land database
    _vp("đã cấp 12.846 giấy", "12.846", 12846, "giấy chứng nhận", C, code=ANY),
    _vp("lần đầu 1.118 giấy", "1.118", 1118, "giấy chứng nhận", C, code=ANY),
    _vp("cấp lại 11.728 giấy", "11.728", 11728, "giấy chứng nhận", C, code=ANY),
    _vp("Có 9.418 hồ sơ", "9.418", 9418, "hồ sơ", C, code=_TT),
    _vp("số 24.312 hồ sơ", "24.312", 24312, "hồ sơ", C, code=ANY),
    _vp("đạt 38,74%", "38,74%", 38.74, "%", code=_TT),
    _vp("thu được 2.846,2 triệu đồng", "2.846,2", 2846.2, "triệu đồng", code=ANY),
    _vp("trực tuyến 1.214,6 triệu đồng", "1.214,6", 1214.6, "triệu đồng", code=ANY),
    _vp("chiếm 42,67%", "42,67%", 42.67, "%", code=ANY),
    _vp("đạt 88,46%", "88,46%", 88.46, "%", code=_SH),
    _vp("tăng 12,18 điểm", "12,18", 12.18, "%", CH, code=ANY),
    _vp("năm 2024 (76,28%)", "76,28%", 76.28, "%", PR, as_of=_H1_2024, code=_SH),
    F("tại 6/12 huyện", "6/12", 6, "huyện", C, max_value=12, code=None, **_IN_HUYEN),
    F("với 1.426.318 thửa đất", "1.426.318", 1426318, "thửa đất", C, code=ANY, **_OPEN),
    # II.6 PAKN, satisfaction (the Văn phòng's files: code unchecked); II.7 the Sở's and the province's 766
    _vp("Tiếp nhận 14 phản ánh", "14", 14, "PAKN", C, code=_PAKN_TN),
    _vp("xử lý 12 PAKN", "12", 12, "PAKN", C, code=ANY),
    _vp("còn 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    _vp("đạt 93,12%", "93,12%", 93.12, "%", code=ANY),
    F("đạt 81,26/100", "81,26/100", 81.26, "điểm", max_value=100, subject="Sở Nông nghiệp và Môi trường",
      level="tỉnh", code=_TONG),
    F("xếp thứ 15/20", "15/20", 15, "hạng", R, max_value=20, subject="Sở Nông nghiệp và Môi trường", level="tỉnh",
      code=_HANG),
    F("đạt 79,84/100", "79,84/100", 79.84, "điểm", max_value=100, code=_TONG, **_NULL),
    F("xếp thứ 42/63", "42/63", 42, "hạng", R, max_value=63, code=_HANG, **_NULL),
    # III. task 3's target of the branches for quý IV năm 2025
    F("tối thiểu 45%", "45%", 45, "%", T, as_of="2025-12-31", code=_NOP, **_OPEN),
]


# ------------------------------------------------------------ 747: Sở Xây dựng tỉnh Quảng Ngãi, tháng 10 năm 2025
# (a Công văn; a Markdown table by field with TTHC, files, online share and fees)
_SXD = "Sở Xây dựng"
_sxd = _by(_SXD, "tỉnh")
_SEP_2025 = "2025-09-30"

_FIELDS_747 = [
    ("1", "Hoạt động xây dựng", "34", "16", "412", "88,59", "86,4"),
    ("2", "Quy hoạch xây dựng, kiến trúc", "8", "2", "46", "71,74", "-"),
    ("3", "Nhà ở và thị trường bất động sản", "18", "10", "128", "82,81", "12,6"),
    ("4", "Đường bộ", "52", "44", "6.214", "96,41", "1.846,2"),
    ("5", "Đường thủy nội địa", "21", "9", "186", "64,52", "18,4"),
    ("6", "Các lĩnh vực khác", "15", "5", "94", "58,51", "6,8"),
    ("", "Tổng cộng", "148", "86", "7.080", "94,21", "1.970,4"),
]


def _fields_747() -> list[Fact]:
    """"| STT | Lĩnh vực | Số TTHC | Trong đó toàn trình | Hồ sơ tiếp nhận | Tỷ lệ trực tuyến (%) | Phí, lệ phí (triệu
    đồng) |": fields subject unchecked, level tỉnh (a field's TTHC and files: codes unchecked); "Tổng cộng" the Sở."""
    return _table(_FIELDS_747, _md_line, "\n3. Cấp giấy phép xây dựng",
                  [("TTHC", ANY), ("TTHC", _TOAN), ("hồ sơ", ANY), ("%", _NOP), ("triệu đồng", ANY)],
                  [("TTHC", _TTHC), ("TTHC", _TOAN), ("hồ sơ", _TN), ("%", _NOP), ("triệu đồng", ANY)],
                  {"subject": _SXD, "level": "tỉnh"})


BLIND_747 = [
    # 1. TTHC by level; 2. files against tháng 9/2025 (dated 2025-09-30), online against the year's target
    _sxd("thực hiện 148 TTHC", "148", 148, "TTHC", C, code=_TTHC),
    _sxd("trong đó 86 TTHC", "86", 86, "TTHC", C, code=_TOAN),
    _sxd("chiếm 58,11%", "58,11%", 58.11, "%", code=_TOAN),
    _sxd("còn lại 62 TTHC", "62", 62, "TTHC", C, code=_MOT),
    _sxd("tiếp nhận 7.080 hồ sơ", "7.080", 7080, "hồ sơ", C, code=_TN),
    _sxd("(tháng 9/2025: 6.612", "6.612", 6612, "hồ sơ", PR, as_of=_SEP_2025, code=_TN),
    _sxd("tăng 468 hồ sơ", "468", 468, "hồ sơ", CH, code=ANY),
    _sxd("tăng 7,08%", "7,08%", 7.08, "%", CH, code=ANY),
    _sxd("trực tuyến 6.670 hồ sơ", "6.670", 6670, "hồ sơ", C, code=_NOP),
    _sxd("chiếm 94,21%", "94,21%", 94.21, "%", code=_NOP, target=80, stated_status="đạt"),
    _sxd("năm 2025 là 80%", "80%", 80, "%", T, as_of="2025-12-31", code=_NOP),
    _sxd("giải quyết 6.846 hồ sơ", "6.846", 6846, "hồ sơ", C, code=ANY),
    _sxd("đúng hạn 6.812 hồ sơ", "6.812", 6812, "hồ sơ", C, code=_DH),
    _sxd("đạt 99,50%", "99,50%", 99.50, "%", code=_DH),
    _sxd("quá hạn 34 hồ sơ", "34", 34, "hồ sơ", C, code=_QH),
    F("xây dựng 21 hồ sơ", "21", 21, "hồ sơ", C, code=_QH, **_IN_TINH),
    F("nội địa 13 hồ sơ", "13", 13, "hồ sơ", C, code=_QH, **_IN_TINH),
    *_fields_747(),
    # 3. permits (tháng 9/2025 dated 2025-09-30), the communes' permits, driving licences
    _sxd("cấp 38 giấy phép", "38", 38, "giấy phép", C, code=ANY),
    _sxd("(tháng 9/2025: 31 giấy phép)", "31", 31, "giấy phép", PR, as_of=_SEP_2025, code=ANY),
    _sxd("bình quân 11,4 ngày", "11,4", 11.4, "ngày", code=ANY),
    F("cấp 1.126 giấy phép", "1.126", 1126, "giấy phép", C, subject="UBND các xã, phường", level="xã", code=ANY),
    _sxd("cấp đổi 5.846 giấy phép", "5.846", 5846, "giấy phép", C, code=ANY),
    _sxd("trực tuyến 5.412 giấy phép", "5.412", 5412, "giấy phép", C, code=ANY),
    _sxd("chiếm 92,58%", "92,58%", 92.58, "%", code=ANY),
    # 4. payment (tháng 9/2025), fees, digitisation; 5. PAKN
    _sxd("đạt 81,36%", "81,36%", 81.36, "%", code=_TT),
    _sxd("(tháng 9/2025: 78,12%)", "78,12%", 78.12, "%", PR, as_of=_SEP_2025, code=_TT),
    _sxd("là 1.970,4 triệu đồng", "1.970,4", 1970.4, "triệu đồng", code=ANY),
    _sxd("trực tuyến 1.612,8 triệu đồng", "1.612,8", 1612.8, "triệu đồng", code=ANY),
    _sxd("chiếm 81,85%", "81,85%", 81.85, "%", code=ANY),
    _sxd("đạt 91,24%", "91,24%", 91.24, "%", code=_SH),
    _sxd("tiếp nhận 05 PAKN", "05", 5, "PAKN", C, code=_PAKN_TN),
    _sxd("xử lý 04 PAKN", "04", 4, "PAKN", C, code=ANY),
    _sxd("01 PAKN đang", "01", 1, "PAKN", C, code=ANY),
    # 6. the Sở's 766 against tháng 9/2025 (2025-09-30); the province
    _sxd("đạt 84,62/100", "84,62/100", 84.62, "điểm", max_value=100, code=_TONG),
    _sxd("xếp thứ 8/18", "8/18", 8, "hạng", R, max_value=18, code=_HANG),
    _sxd("(tháng 9/2025: 82,94", "82,94", 82.94, "điểm", PR, max_value=100, as_of=_SEP_2025, code=_TONG),
    _sxd("xếp thứ 10/18)", "10/18", 10, "hạng", PR, max_value=18, as_of=_SEP_2025, code=_HANG),
    _sxd("tăng 1,68 điểm", "1,68", 1.68, "điểm", CH, code=_TONG),
    F("đạt 81,18/100", "81,18/100", 81.18, "điểm", max_value=100, code=_TONG, **_NULL),
    F("xếp thứ 26/34", "26/34", 26, "hạng", R, max_value=34, code=_HANG, **_NULL),
    # 7. the first task's files (a count repeated); the transport division's target for quý I năm 2026
    F("dứt điểm 21 hồ sơ", "21", 21, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("tối thiểu 90%", "90%", 90, "%", T, as_of="2026-03-31", code=_TT, **_IN_TINH),
]


# ------------------------------------------------------------ 748: Sở Y tế tỉnh Vĩnh Long, năm 2025 (a tab-separated
# table by field: files, online files and share, on-time share, fees)
_SYT = "Sở Y tế"
_syt = _by(_SYT, "tỉnh")
_Y2024 = "2024-12-31"

_FIELDS_748 = [
    ("1", "Khám bệnh, chữa bệnh", "3.412", "2.986", "87,51", "98,42", "1.246,8"),
    ("2", "Dược phẩm", "2.618", "2.504", "95,65", "99,62", "842,6"),
    ("3", "Mỹ phẩm", "486", "472", "97,12", "100", "96,4"),
    ("4", "An toàn thực phẩm và dinh dưỡng", "1.864", "1.612", "86,48", "99,14", "412,2"),
    ("5", "Trang thiết bị y tế", "712", "698", "98,03", "100", "38,6"),
    ("6", "Giám định y khoa", "418", "214", "51,20", "98,80", "-"),
    ("7", "Các lĩnh vực khác", "336", "198", "58,93", "99,40", "22,4"),
    ("", "Tổng cộng", "9.846", "8.684", "88,20", "99,11", "2.659,0"),
]


def _fields_748() -> list[Fact]:
    """"STT / Lĩnh vực / Tiếp nhận (hồ sơ) / Trực tuyến (hồ sơ) / Tỷ lệ trực tuyến (%) / Đúng hạn (%) / Phí, lệ phí
    (triệu đồng)" separated by tabs: fields subject unchecked, level tỉnh (their counts' codes unchecked, their shares
    the online and on-time codes); "Tổng cộng" (empty STT) the Sở; "100" cells are figures, "-" none."""
    return _table(_FIELDS_748, _tab_line, "\n4. Cấp giấy phép",
                  [("hồ sơ", ANY), ("hồ sơ", ANY), ("%", _NOP), ("%", _DH), ("triệu đồng", ANY)],
                  [("hồ sơ", _TN), ("hồ sơ", _NOP), ("%", _NOP), ("%", _DH), ("triệu đồng", ANY)],
                  {"subject": _SYT, "level": "tỉnh"})


BLIND_748 = [
    # I. TTHC by level after "tương ứng"
    _syt("thực hiện 172 TTHC", "172", 172, "TTHC", C, code=_TTHC),
    _syt("thuộc 14 lĩnh vực", "14", 14, "lĩnh vực", C, code=None),
    _syt("trong đó 104 TTHC", "104", 104, "TTHC", C, code=_TOAN),
    _syt("trình, 58 TTHC", "58", 58, "TTHC", C, code=_MOT),
    _syt("và 10 TTHC", "10", 10, "TTHC", C, code=_CHUA),
    _syt("tương ứng 60,47%", "60,47%", 60.47, "%", code=_TOAN),
    _syt("60,47%, 33,72%", "33,72%", 33.72, "%", code=_MOT),
    _syt("và 5,81%", "5,81%", 5.81, "%", code=_CHUA),
    # II.1 files against năm 2024 (the three former Sở combined: subject unchecked), online; II.2 settled, overdue
    _syt("tiếp nhận 9.846 hồ sơ", "9.846", 9846, "hồ sơ", C, code=_TN),
    F("hợp nhất: 8.912 hồ sơ", "8.912", 8912, "hồ sơ", PR, as_of=_Y2024, code=_TN, **_IN_TINH),
    _syt("tăng 934 hồ sơ", "934", 934, "hồ sơ", CH, code=ANY),
    _syt("tăng 10,48%", "10,48%", 10.48, "%", CH, code=ANY),
    _syt("trực tuyến 8.684 hồ sơ", "8.684", 8684, "hồ sơ", C, code=_NOP),
    _syt("chiếm 88,20%", "88,20%", 88.20, "%", code=_NOP),
    _syt("giải quyết 9.712 hồ sơ", "9.712", 9712, "hồ sơ", C, code=ANY),
    _syt("đúng hạn 9.626 hồ sơ", "9.626", 9626, "hồ sơ", C, code=_DH),
    _syt("đạt 99,11%", "99,11%", 99.11, "%", code=_DH),
    _syt("quá hạn 86 hồ sơ", "86", 86, "hồ sơ", C, code=_QH),
    _syt("chiếm 0,89%", "0,89%", 0.89, "%", code=_QH),
    F("(54 hồ sơ)", "54", 54, "hồ sơ", C, code=_QH, **_IN_TINH),
    # II.3 the table by field
    *_fields_748(),
    # II.4 licences and certificates (the bracketed parts in the total's unit)
    _syt("cấp 2.146 giấy phép", "2.146", 2146, "giấy phép", C, code=ANY),
    _syt("cấp mới 1.418", "1.418", 1418, "giấy phép", C, code=ANY),
    _syt("cấp lại 312", "312", 312, "giấy phép", C, code=ANY),
    _syt("điều chỉnh 416", "416", 416, "giấy phép", C, code=ANY),
    _syt("186 giấy phép", "186", 186, "giấy phép", C, code=ANY),
    _syt("412 giấy chứng nhận", "412", 412, "giấy chứng nhận", C, code=ANY),
    # II.5 payment against the year's target (the period end), fees against năm 2024; II.6 digitisation, reuse
    _syt("có 6.418 hồ sơ", "6.418", 6418, "hồ sơ", C, code=_TT),
    _syt("trên 7.126 hồ sơ", "7.126", 7126, "hồ sơ", C, code=ANY),
    _syt("đạt 90,06%", "90,06%", 90.06, "%", code=_TT, target=85, stated_status="đạt"),
    _syt("năm 2025 là 85%", "85%", 85, "%", T, code=_TT),
    _syt("thu được 2.659,0 triệu đồng", "2.659,0", 2659.0, "triệu đồng", code=ANY),
    _syt("(năm 2024: 2.318,4", "2.318,4", 2318.4, "triệu đồng", PR, as_of=_Y2024, code=ANY),
    _syt("tăng 14,69%", "14,69%", 14.69, "%", CH, code=ANY),
    _syt("đạt 95,36%", "95,36%", 95.36, "%", code=_SH),
    _syt("đạt 48,72%", "48,72%", 48.72, "%", code=_TSD),
    # II.7 PAKN, satisfaction
    _syt("tiếp nhận 42 PAKN", "42", 42, "PAKN", C, code=_PAKN_TN),
    _syt("xử lý 41 PAKN", "41", 41, "PAKN", C, code=ANY),
    _syt("đạt 97,62%", "97,62%", 97.62, "%", code=ANY),
    _syt("đạt 97,84%", "97,84%", 97.84, "%", code=_HL),
    # III. the year's average (code unchecked), tháng 12/2025 against tháng 11/2025 (2025-11-30); block; province
    _syt("đạt 88,46 điểm", "88,46", 88.46, "điểm", code=ANY),
    _syt("đạt 89,72/100", "89,72/100", 89.72, "điểm", max_value=100, code=_TONG),
    _syt("xếp thứ 5/19", "5/19", 5, "hạng", R, max_value=19, code=_HANG),
    _syt("xếp thứ 7/19)", "7/19", 7, "hạng", PR, max_value=19, as_of="2025-11-30", code=_HANG),
    _syt("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    F("là 86,18 điểm", "86,18", 86.18, "điểm", code=ANY, **_IN_TINH),
    F("13 cơ quan", "13", 13, "đơn vị", C, code=None, **_IN_TINH),
    F("06 cơ quan", "06", 6, "đơn vị", C, code=None, **_IN_TINH),
    F("đạt 85,64/100", "85,64/100", 85.64, "điểm", max_value=100, code=_TONG, **_NULL),
    F("xếp thứ 16/34", "16/34", 16, "hạng", R, max_value=34, code=_HANG, **_NULL),
    # IV. task 3's target of the Trung tâm Giám định y khoa for quý II năm 2026
    F("tối thiểu 70%", "70%", 70, "%", T, as_of="2026-06-30", code=_NOP, **_IN_TINH),
]


# ------------------------------------------------------------ 749: Sở Tài chính Thành phố Hồ Chí Minh, tháng 4 năm 2026
# (a centrally-run city: the city's enterprises, the Sở's TTHC after "lần lượt là", a dash list of fields)
_MAR_2026 = "2026-03-31"

BLIND_749 = [
    # I. the city's enterprises against tháng 3/2026 (2026-03-31), the former provinces' areas, cumulative (cùng kỳ
    # dated 2025-04-30), returns, suspensions, dissolutions; the communes' households
    _prov("có 5.846 doanh nghiệp", "5.846", 5846, "doanh nghiệp", C, code=ANY),
    _prov("đăng ký 48.612,4 tỷ đồng", "48.612,4", 48612.4, "tỷ đồng", code=ANY),
    _prov("(tháng 3/2026: 5.412", "5.412", 5412, "doanh nghiệp", PR, as_of=_MAR_2026, code=ANY),
    _prov("41.268,2 tỷ đồng)", "41.268,2", 41268.2, "tỷ đồng", PR, as_of=_MAR_2026, code=ANY),
    _prov("tăng 434 doanh nghiệp", "434", 434, "doanh nghiệp", CH, code=ANY),
    _prov("tăng 8,02%", "8,02%", 8.02, "%", CH, code=ANY),
    F("có 4.612", "4.612", 4612, "doanh nghiệp", C, code=ANY, **_OPEN),
    F("4.612, 836", "836", 836, "doanh nghiệp", C, code=ANY, **_OPEN),
    F("và 398 doanh nghiệp", "398", 398, "doanh nghiệp", C, code=ANY, **_OPEN),
    _prov("có 20.418 doanh nghiệp", "20.418", 20418, "doanh nghiệp", C, code=ANY),
    _prov("(cùng kỳ năm 2025: 18.126", "18.126", 18126, "doanh nghiệp", PR, as_of="2025-04-30", code=ANY),
    _prov("tăng 12,64%", "12,64%", 12.64, "%", CH, code=ANY),
    _prov("có 2.146 doanh nghiệp", "2.146", 2146, "doanh nghiệp", C, code=ANY),
    _prov("; 4.318 doanh nghiệp", "4.318", 4318, "doanh nghiệp", C, code=ANY),
    _prov("; 1.126 doanh nghiệp", "1.126", 1126, "doanh nghiệp", C, code=ANY),
    F("cấp mới 12.846 giấy", "12.846", 12846, "giấy chứng nhận", C, subject="UBND các xã, phường, đặc khu",
      level="xã", code=ANY),
    # II.1 the Sở's TTHC by level after "lần lượt là"; II.2 files against tháng 3/2026, the fields
    _stc("thực hiện 214 TTHC", "214", 214, "TTHC", C, code=_TTHC),
    _stc("là 146", "146", 146, "TTHC", C, code=_TOAN),
    _stc("146, 61", "61", 61, "TTHC", C, code=_MOT),
    _stc("và 7 TTHC", "7", 7, "TTHC", C, code=_CHUA),
    _stc("tiếp nhận 34.346 hồ sơ", "34.346", 34346, "hồ sơ", C, code=_TN),
    _stc("(tháng 3/2026: 32.918", "32.918", 32918, "hồ sơ", PR, as_of=_MAR_2026, code=_TN),
    _stc("tăng 4,34%", "4,34%", 4.34, "%", CH, code=ANY),
    _stc("trực tuyến 33.449 hồ sơ", "33.449", 33449, "hồ sơ", C, code=_NOP),
    _stc("chiếm 97,39%", "97,39%", 97.39, "%", code=_NOP),
    *_fields([
        ("doanh nghiệp: 31.246 hồ sơ", "31.246", "trực tuyến 99,86%", "99,86%"),
        ("Việt Nam: 1.418 hồ sơ", "1.418", "trực tuyến 86,46%", "86,46%"),
        ("hợp tác xã: 212 hồ sơ", "212", "trực tuyến 72,64%", "72,64%"),
        ("giá: 846 hồ sơ", "846", "trực tuyến 61,82%", "61,82%"),
        ("khác: 624 hồ sơ", "624", "trực tuyến 55,13%", "55,13%"),
    ]),
    # II.3 settled, on time, overdue, duration; II.4 payment (tháng 3/2026) against the year's target, fees; II.5 PAKN
    _stc("giải quyết 33.912 hồ sơ", "33.912", 33912, "hồ sơ", C, code=ANY),
    _stc("đúng hạn 33.886 hồ sơ", "33.886", 33886, "hồ sơ", C, code=_DH),
    _stc("đạt 99,92%", "99,92%", 99.92, "%", code=_DH),
    _stc("quá hạn 26 hồ sơ", "26", 26, "hồ sơ", C, code=_QH),
    _stc("bình quân 1,8 ngày", "1,8", 1.8, "ngày", code=ANY),
    _stc("đạt 96,74%", "96,74%", 96.74, "%", code=_TT, target=95, stated_status="đạt"),
    _stc("(tháng 3/2026: 95,18%)", "95,18%", 95.18, "%", PR, as_of=_MAR_2026, code=_TT),
    _stc("năm 2026 là 95%", "95%", 95, "%", T, as_of="2026-12-31", code=_TT),
    _stc("thu được 3,46 tỷ đồng", "3,46", 3.46, "tỷ đồng", code=ANY),
    _stc("đó 3,41 tỷ đồng", "3,41", 3.41, "tỷ đồng", code=ANY),
    _stc("tiếp nhận 46 phản ánh", "46", 46, "PAKN", C, code=_PAKN_TN),
    _stc("1022: 28 PAKN", "28", 28, "PAKN", C, code=ANY),
    _stc("xử lý 44 PAKN", "44", 44, "PAKN", C, code=ANY),
    _stc("đạt 95,65%", "95,65%", 95.65, "%", code=ANY),
    # III. the Sở's 766 against tháng 3/2026 ("giữ nguyên thứ hạng": no figure); the block; the city (subject NULL)
    _stc("đạt 92,18/100", "92,18/100", 92.18, "điểm", max_value=100, code=_TONG),
    _stc("xếp thứ 2/26 sở", "2/26", 2, "hạng", R, max_value=26, code=_HANG),
    _stc("(tháng 3/2026: 91,46", "91,46", 91.46, "điểm", PR, max_value=100, as_of=_MAR_2026, code=_TONG),
    _stc("xếp thứ 2/26)", "2/26", 2, "hạng", PR, max_value=26, as_of=_MAR_2026, code=_HANG),
    F("đạt 87,62 điểm", "87,62", 87.62, "điểm", code=ANY, **_IN_TINH),
    F("có 21/26 cơ quan", "21/26", 21, "đơn vị", C, max_value=26, code=None, **_IN_TINH),
    F("05 cơ quan", "05", 5, "đơn vị", C, code=None, **_IN_TINH),
    F("đạt 88,34/100", "88,34/100", 88.34, "điểm", max_value=100, code=_TONG, **_NULL),
    F("xếp thứ 6/34", "6/34", 6, "hạng", R, max_value=34, code=_HANG, **_NULL),
    # IV. task 3's field target for quý III năm 2026
    F("tối thiểu 80%", "80%", 80, "%", T, as_of="2026-09-30", code=_NOP, **_IN_TINH),
]

BLIND = {"745": BLIND_745, "746": BLIND_746, "747": BLIND_747, "748": BLIND_748, "749": BLIND_749}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "745": [
        ("2026-04-30", "day", "30/4/2026", "chuẩn hóa dữ liệu đăng ký doanh nghiệp", "Phòng Đăng ký kinh doanh"),
        ("2026-05-15", "day", "ngày mười lăm tháng 5 năm 2026", "toàn trình", "Phòng Đầu tư"),
        ("2026-06-30", "quarter", "quý II năm 2026", "thanh toán trực tuyến", "Văn phòng Sở"),
        ("2026-05-31", "month", "tháng 5/2026", "quy trình nội bộ", "Phòng Quản lý giá và công sản"),
        ("2026-12-31", "year", "năm 2026", "dữ liệu đăng ký hộ kinh doanh", "Sở Khoa học và Công nghệ"),
        # issued 07/4/2026: the first "ngày 20 hằng tháng" is 20/4/2026
        ("2026-04-20", "recurring", "20 hằng tháng", "kết quả giải quyết TTHC", "Các phòng chuyên môn"),
    ],
    "746": [
        ("2025-07-31", "day", "31/7/2025", "hồ sơ quá hạn",
         "Chi nhánh huyện Thuận Châu và Chi nhánh huyện Sông Mã"),
        ("2025-08-20", "day", "ngày hai mươi tháng 8 năm 2025", "quy trình nội bộ",
         "Phòng Đăng ký và Cấp giấy chứng nhận"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "nộp trực tuyến", "Các chi nhánh"),
        ("2025-09-30", "month", "tháng 9/2025", "bản đồ địa chính", "Phòng Kỹ thuật địa chính"),
        ("2026-12-31", "year", "năm 2026", "cơ sở dữ liệu đất đai", "Sở Nông nghiệp và Môi trường"),
        # issued 04/7/2025: the first "ngày 25 hằng tháng" is 25/7/2025
        ("2025-07-25", "recurring", "25 hằng tháng", "báo cáo số liệu", "Các chi nhánh"),
    ],
    "747": [
        ("2025-11-15", "day", "15/11/2025", "hồ sơ quá hạn", "Phòng Quản lý hoạt động xây dựng"),
        ("2025-11-30", "day", "ngày ba mươi tháng 11 năm 2025", "quy trình nội bộ",
         "Phòng Quản lý nhà và thị trường bất động sản"),
        ("2025-12-31", "month", "tháng 12/2025", "quầy tiếp nhận", "Văn phòng Sở"),
        ("2026-03-31", "quarter", "quý I năm 2026", "thanh toán trực tuyến",
         "Phòng Quản lý vận tải, phương tiện và người lái"),
        ("2026-12-31", "year", "năm 2026", "dữ liệu giấy phép xây dựng", "Sở Khoa học và Công nghệ"),
        # issued 04/11/2025, after the 3rd: the first "ngày 03 hằng tháng" is 03/12/2025
        ("2025-12-03", "recurring", "03 hằng tháng", "cập nhật số liệu", "Các phòng chuyên môn"),
    ],
    "748": [
        ("2026-02-28", "day", "28/02/2026", "đủ điều kiện kinh doanh dược", "Phòng Nghiệp vụ Dược"),
        ("2026-03-15", "day", "ngày mười lăm tháng 3 năm 2026", "giấy phép hành nghề", "Phòng Nghiệp vụ Y"),
        ("2026-06-30", "quarter", "quý II năm 2026", "nộp trực tuyến", "Trung tâm Giám định y khoa"),
        ("2026-06-30", "month", "tháng 6/2026", "số hóa hồ sơ", "Văn phòng Sở"),
        ("2026-12-31", "year", "năm 2026", "giám định y khoa", "Bảo hiểm xã hội tỉnh Vĩnh Long"),
        # issued 12/01/2026, after the 5th: the first "ngày 05 hằng tháng" is 05/02/2026
        ("2026-02-05", "recurring", "05 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các phòng, đơn vị trực thuộc"),
    ],
    "749": [
        ("2026-05-20", "day", "20/5/2026", "chủ sở hữu hưởng lợi", "Phòng Đăng ký kinh doanh"),
        ("2026-05-31", "day", "ngày ba mươi mốt tháng 5 năm 2026", "hồ sơ quá hạn", "Phòng Đầu tư"),
        ("2026-09-30", "quarter", "quý III năm 2026", "nộp trực tuyến", "Phòng Quản lý công sản và giá"),
        ("2026-06-30", "month", "tháng 6/2026", "bộ phận tiếp nhận hồ sơ", "Văn phòng Sở"),
        ("2026-12-31", "year", "năm 2026", "đăng ký thuế của hộ kinh doanh", "Thuế Thành phố Hồ Chí Minh"),
        # issued 06/5/2026: the first "ngày 25 hằng tháng" is 25/5/2026
        ("2026-05-25", "recurring", "25 hằng tháng", "gửi số liệu", "Các phòng chuyên môn"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META): four Báo cáo of
# departments (745, 748, 749) and a land registration office (746), one Công văn (747; its "V/v" line names the month).
META = {
    "745": {"doc_number": "1186/BC-STC", "doc_type": "Báo cáo", "issued_date": "2026-04-07",
            "province": "Thanh Hóa", "period_label": "quý I năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-03-31", "signer": "Lê Văn Tuấn"},
    "746": {"doc_number": "412/BC-VPĐKĐĐ", "doc_type": "Báo cáo", "issued_date": "2025-07-04",
            "province": "Sơn La", "period_label": "6 tháng đầu năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-06-30", "signer": "Cầm Văn Thắng"},
    "747": {"doc_number": "3264/SXD-VP", "doc_type": "Công văn", "issued_date": "2025-11-04",
            "province": "Quảng Ngãi", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Trương Minh Đức"},
    "748": {"doc_number": "86/BC-SYT", "doc_type": "Báo cáo", "issued_date": "2026-01-12",
            "province": "Vĩnh Long", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Nguyễn Thị Bích Thủy"},
    "749": {"doc_number": "5126/BC-STC", "doc_type": "Báo cáo", "issued_date": "2026-05-06",
            "province": "Hồ Chí Minh", "period_label": "tháng 4 năm 2026", "period_start": "2026-04-01",
            "period_end": "2026-04-30", "signer": "Phạm Quốc Hưng"},
}
