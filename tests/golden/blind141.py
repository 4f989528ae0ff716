"""Blind golden facts for corpus/blind141/780_lao_cai.txt, 781_thanh_hoa.txt, 782_lam_dong.txt, 783_ca_mau.txt and
784_quang_ngai.txt.

The five documents were written by the developers for a hundred-and-forty-first blind measurement (ĐỀ ÁN 06 AND THE
DIGITAL CITIZEN IN LATE 2025, after the 1 July 2025 merger: a Công an tỉnh's, a UBND tỉnh's and a ward's monthly
reports, a UBND tỉnh's Công văn đôn đốc and a Sở Tư pháp's quarter on identity cards, VNeID accounts of level 1 and 2,
procedures on VNeID, judicial-record certificates requested online, health certificates, birth and death records
linked, data cleaned "đúng, đủ, sạch, sống", figures by commune, ward and former ward with shares of the population, a
table by month; provinces Lào Cai (merged with Yên Bái), Thanh Hóa (unchanged), Lâm Đồng (merged with Đắk Nông and
Bình Thuận), Cà Mau (merged with Bạc Liêu) and Quảng Ngãi (merged with Kon Tum); periods tháng 11 năm 2025, tháng 10
năm 2025, tháng 11 năm 2025, quý IV năm 2025 and tháng 12 năm 2025; not real documents), and every row below was
written by reading them, before any extraction, restoration or pipeline code was run on them. They also serve as
held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind140.py, blind139.py, blind138.py, blind137.py, blind130.py and
blind13.py: rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written
inside it). Prose and list counts are kind `count`; table cells are kind `value` even when they count, with
`extra={"source": "table"}`; `as_of="period"` is the period's end; a previous month or quarter in brackets is kind
previous dated at its end (a previous 766 total with the maximum 100); a change is dated with the figure it changes
and a fall ("giảm", "rút ngắn", "thấp hơn") is negative; a change in "điểm phần trăm" is kind change in `%` with the
number alone as raw; a change of a 766 score or rank carries the score's or rank's code. `ANY` leaves a field
unchecked where the sentence names no catalogued indicator (`None` where it clearly names none: counts of communes,
bodies, facilities, documents, residential groups, databases). As golden/blind130.py: the accounts activated (in
total, in a month, by commune, by former province) and the share of citizens from 14 with a level-2 account carry the
identity-account code (`tai_khoan_dinh_danh`); the parts by level ("mức 1 là …", "mức 2 là …", "trong đó 79.240 tài
khoản mức 2") and the accounts' share of the whole population have their code unchecked; card applications and cards
(`hồ sơ`, `thẻ`), records cleaned (`trường hợp`, `dữ liệu`), judicial-record requests (`yêu cầu`) and certificates
(`phiếu`), health-insurance checks (`lượt`) have their code unchecked; the figures of the two groups of linked
procedures (khai sinh …, khai tử …) have subject, level and code unchecked; Đề án 06 rankings by the ministry or the
province are ranks with their maximum, code unchecked; the 766 index keeps its codes (a Sở's own 766 result: codes
unchecked, as golden/blind140.py's 776). A threshold in a count of units ("từ 85% trở lên", "dưới 70%", "đạt dưới
75%", "từ 90% trở lên") is kind target, subject and code unchecked. Counts in "triệu" keep the word in the raw and are
scaled ("1,62 triệu thẻ" → 1620000). Counts of local units take the unit of their first unit word ("38/99 xã,
phường" → `xã`); "99 đơn vị hành chính cấp xã (89 xã, 10 phường)" → `cấp xã` (unit `đơn vị`, level xã) and its parts
(subject unchecked, level xã, units `xã`, `phường`, `đặc khu`); counts of "đơn vị" → `đơn vị` at the level counted.
A Công an tỉnh reporting "toàn tỉnh" and a UBND tỉnh reporting the province give subject NULL; the police's own work
("Công an tỉnh tiếp nhận …") is `Công an tỉnh`, level tỉnh; bodies named in full keep the name as written (`Sở Tư
pháp`, `UBND các xã, phường`, `Công an các xã, phường, đặc khu`, `Công an phường Cẩm Thành`, `Trạm Y tế phường Cẩm
Thành`); a ward's own figures are its UBND named in full (`UBND phường Cẩm Thành`, level xã), its Trung tâm Phục vụ
hành chính công named by its kind subject unchecked, level xã. A task quantity repeating an earlier count ("41.206 dữ
liệu", "186 yêu cầu", "14 bệnh viện" = 72 − 58) is a count as before; a task's threshold is a target dated at its
deadline. Things counted take the noun as written (`thẻ`, `tài khoản`, `người`, `công dân`, `yêu cầu`, `phiếu`,
`trường hợp`, `dữ liệu`, `cặp`, `bản`, `lượt`, `cơ sở`, `bệnh viện`, `văn bản`, `cơ sở dữ liệu`, `tổ dân phố`,
`thành viên`, `giấy chứng sinh`, `giấy báo tử`, `giấy khám sức khỏe`); money keeps the unit written (`triệu đồng`);
durations `ngày`. Dates, document numbers and cited texts ("Số: 2418/BC-CAT-PC06", "Quyết định số 06/QĐ-TTg",
"Kế hoạch số 126/KH-UBND", "Công văn số 1846/TCTĐA06", "Báo cáo số 3612/BC-CAT-PC06", "Kế hoạch số 214/KH-UBND"),
stated windows and data dates ("từ ngày 01/11/2025 đến ngày 30/11/2025", "Lũy kế đến ngày 30/11/2025", "Lũy kế đến
ngày 31/10/2025", "từ ngày 01/7/2025", "Lũy kế đến ngày 31/12/2025"), months and quarters naming a result, a row, an
evaluation or a bracket ("tháng 10/2025", "Tháng 7/2025", "quý III năm 2025", "tháng 10, tháng 11 và tháng 12", "quý
IV"), "Đề án 06", "Bộ chỉ số 766", "mức 1", "mức 2", "PC06", ages ("dưới 14 tuổi", "từ đủ 14 tuổi", "dưới 6 tuổi"),
"Bảng 1.", "Cộng 4 tháng", the STT column, addresses ("số 52
đường Hùng Vương"), phone numbers ("0214.3840.126", "0237.3852.614", "0263.3822.417", "0290.3831.248",
"0255.3822.613"), section and item numbering ("I.", "1.", "- ", "+ "), headings naming the next period ("IV. NHIỆM
VỤ THÁNG 12 NĂM 2025", "III. NHIỆM VỤ THÁNG 11 NĂM 2025", "VI. NHIỆM VỤ NĂM 2026", "III. NHIỆM VỤ THÁNG 01 NĂM 2026":
no deadlines), numbers in words ("hai cấp", "Hai nhóm", "hai nhóm", the days of "ngày ba mươi mốt tháng 12", "ngày
mười lăm tháng 12", "ngày hai mươi hai tháng 12", "ngày mười tháng 02", "ngày ba mươi tháng 01") and years are not
figures.

New in this set (the decisions are written here):
- A TAB-SEPARATED TABLE WITH MONTHS AS ROWS (781): "STT | Tháng | Hồ sơ cấp căn cước thu nhận (hồ sơ) | Tài khoản
  mức 2 kích hoạt mới (tài khoản) | Yêu cầu lý lịch tư pháp qua VNeID (yêu cầu) | Hồ sơ liên thông khai sinh (hồ sơ)
  | Hồ sơ liên thông khai tử (hồ sơ)", rows "Tháng 7/2025" … "Tháng 10/2025" and "Cộng 4 tháng" (empty STT): each
  row's cells are dated at the end of its month (kind value, as a dated column), October and the four-month total at
  the period end; all the province's (subject NULL); units from the header's brackets; the new level-2 accounts the
  accounts code, the rest unchecked.
- MONTHS OF A QUARTER AFTER "lần lượt là" (783 "của tháng 10, tháng 11 và tháng 12 lần lượt là 2.146, 2.318 và 2.382
  yêu cầu") and AS A DASH LIST (784 "- Tháng 10/2025: 1.214 tài khoản;"): counts dated at their month's end.
- AN EVALUATION NAMING AN EARLIER MONTH THAN THE PERIOD (780 "Theo kết quả đánh giá của Bộ Công an tháng 10/2025, …
  xếp thứ 18/34 … (tháng 9/2025: xếp thứ 21/34), tăng 3 bậc" in the November report; 781 "xếp thứ 6/34 … tháng
  9/2025" in the October report; 782 "tháng 10/2025 … xếp thứ 24/34 …, giảm 2 bậc so với tháng 9/2025"; 784 "Đề án
  06 tháng 11/2025 … xếp thứ 7/96 … (tháng 10/2025: xếp thứ 12/96), tăng 5 bậc"): the rank is kind rank dated at the
  end of the month it names (not the period end, not previous), its change dated with it.
- SHARES OF THE POPULATION (780 "chiếm 66,29% dân số toàn tỉnh", 781 "chiếm 71,39% dân số", 782 "chiếm 64,92% dân số
  toàn tỉnh", 784 "chiếm 78,26% dân số"): values in `%`, code unchecked (not the share of citizens from 14); the
  population "khoảng 1,79 triệu người" a count in `người` (scaled), the citizens from 14 a count in `người`.
- A COMMUNE TABLE WITH THE POPULATION FROM 14 (780 Markdown, ten named communes, no total row) and A WARD'S TABLE BY
  FORMER WARD (784 Markdown "| 1 | Lê Hồng Phong (cũ) | …" with "Toàn phường", empty STT): population cells `người`
  (code unchecked), level-2 accounts `tài khoản` and the share `%` (accounts code); communes as written ("Phường Lào
  Cai", "Xã Mường Khương", level xã); former wards' areas subject unchecked, level xã (as golden/blind139.py's 773);
  "Toàn phường" the ward (`UBND phường Cẩm Thành`).
- THE PROVINCE'S AVERAGE BESIDE A WARD'S (784 "cao hơn bình quân toàn tỉnh (84,12%) là 5,11 điểm phần trăm"): the
  bracket the province's (subject NULL, accounts code, period end), the gap the ward's positive change.
- HEALTH PAPERS BY THE NOUN AS WRITTEN: "5.312 giấy chứng sinh và 2.164 giấy báo tử" (`giấy chứng sinh`, `giấy báo
  tử`), "6.418 giấy khám sức khỏe", "264 giấy khám sức khỏe" (`giấy khám sức khỏe`); "8.612 lượt liên thông" `lượt`;
  "58/72 bệnh viện, trung tâm y tế" `bệnh viện` (the first noun) with its maximum.

Per document:
- 780 is a monthly Báo cáo of the Công an tỉnh Lào Cai (header "BỘ CÔNG AN / CÔNG AN TỈNH LÀO CAI", number
  "2418/BC-CAT-PC06", signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Đại tá Hoàng Văn Dũng"), tháng 11 năm 2025, issued
  04/12/2025, to the C06 and UBND tỉnh. Province (NULL): "99 đơn vị … (89 xã, 10 phường) … 1,79 triệu người … 1.312.846
  người"; cards "21.406 hồ sơ (tháng 10/2025: 18.932 hồ sơ), tăng 2.474 hồ sơ, tương ứng tăng 13,07%; … 3.128 hồ sơ,
  chiếm 14,61%", "20.118 thẻ", "1,62 triệu thẻ, đạt 99,12%"; accounts "1.186.512 … (tháng 10/2025: 1.158.274), tăng
  28.238; … mức 1 … mức 2 …", "66,29% dân số", "83,03% (tháng 10/2025: 81,12%), tăng 1,91 điểm phần trăm; … chỉ tiêu
  năm 2025 là 90% … chưa đạt" (target 2025-12-31); Bảng 1 (above); "Phường Lào Cai … (94,12%); xã Mường Khương …
  (68,46%), thấp hơn … 14,57 điểm phần trăm" (negative); "38/99 xã, phường … từ 85% trở lên; còn 17 xã … dưới 70%"; the
  Công an tỉnh's "14.826 hồ sơ … 9.418 hồ sơ, chiếm 63,52%" (received code; the residence part unchecked); the
  province's "6.214 yêu cầu … (tháng 10/2025: 5.486 yêu cầu), chiếm 78,46% … 7.920 yêu cầu"; the Công an tỉnh's
  "7.806 … 7.784 trường hợp, đạt 99,72%"; the linked groups "1.846 … 1.602 … 612 … lần lượt là 98,86% và 97,39%"; "42
  cơ sở … 8.612 lượt …, tăng 1.204 lượt"; the Công an tỉnh's "36.412 trường hợp"; "lũy kế 99,46%" (subject unchecked);
  the Sở Tư pháp's "24.618 dữ liệu"; "còn 41.206 dữ liệu" (unchecked) "tại 12 xã"; the rank (above); "222.752 công
  dân". Tasks: "tối thiểu 75%" the two communes' police's target (level xã, 2025-12-31), "41.206 dữ liệu" repeated,
  "100% cơ sở" the health facilities' target (2026-12-31). Six deadlines in numbered items: day, "chậm nhất ngày ba
  mươi mốt tháng 12 năm 2025", quarter in a request "Đề nghị Sở Tư pháp …", month, year in a request "Đề nghị Sở Y tế
  …", "trước ngày 25 hằng tháng" (issued 04/12/2025: first 25/12/2025).
- 781 is a monthly Báo cáo of UBND tỉnh Thanh Hóa (header "ỦY BAN NHÂN DÂN / TỈNH THANH HÓA", number "412/BC-UBND",
  signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH") to the Government's Đề án 06 working group, tháng 10 năm
  2025, issued 07/11/2025. Province (NULL): "166 đơn vị … (147 xã, 19 phường) … 3,76 triệu người … 2.860.146 người";
  "04 văn bản" of the steering committee (subject unchecked, level tỉnh); Bảng 1 (above); "tăng 2.716 hồ sơ …, tương
  ứng tăng 6,09%"; "2.684.126 tài khoản …, chiếm 71,39% dân số; … mức 2 là 2.498.612 …; … 87,36%, so với chỉ tiêu tỉnh
  giao đến hết tháng 10/2025 là 85% thì đã đạt chỉ tiêu" (the target at the period end); the blocks "khối phường (19
  đơn vị) … 92,48%, khối xã (147 đơn vị) … 86,12%" (subject unchecked, level xã); the Sở Tư pháp's "14.862 yêu cầu …
  12.046 … 81,05%; … 14.218 phiếu … 11.846 phiếu …, chiếm 83,32%. … 4,2 ngày (tháng 9/2025: 5,1 ngày), rút ngắn 0,9
  ngày"; the linked groups; "126 cơ sở … 5.312 giấy chứng sinh và 2.164 giấy báo tử", "3,18 triệu lượt …, chiếm
  97,84%"; the Công an tỉnh's "68.412 trường hợp"; "các sở, ngành … 12 cơ sở dữ liệu …, đạt 80% kế hoạch" (subject
  unchecked, level tỉnh); the Đề án 06 rank of September (above); the 766 `86,48/100`, `8/34` "(tháng 9/2025: 85,12
  điểm, xếp thứ 11/34), tăng 1,36 điểm và tăng 3 bậc", two groups `10,24/12`, `8,16/10`; grades "48 … 102 … 16 đơn vị"
  (level xã); "thấp hơn khối phường 6,36 điểm phần trăm" (the communes' block, negative). Task 3's "dưới 4 ngày" the
  Sở Tư pháp's target (subject unchecked, level tỉnh, 2025-12-31). Six deadlines in numbered items: day, "chậm nhất
  ngày mười lăm tháng 12 năm 2025", quarter, month, year, "trước ngày 20 hằng tháng" (issued 07/11/2025: first
  20/11/2025).
- 782 is a CÔNG VĂN (doc_type "Công văn") of UBND tỉnh Lâm Đồng (header "ỦY BAN NHÂN DÂN / TỈNH LÂM ĐỒNG", number
  "6418/UBND-NC", a "V/v" line naming tháng 11 năm 2025, signed "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"), issued 08/12/2025,
  quoting the police's report of tháng 11 năm 2025 in numbered results, then "Chủ tịch UBND tỉnh yêu cầu:". Province
  (NULL): "124 đơn vị … (103 xã, 20 phường, 01 đặc khu), … 3,87 triệu người, … 2.946.318 người"; cards; accounts
  "2.512.418 … đạt 85,27% … (tháng 10/2025: 83,94%), tăng 1,33 điểm phần trăm, chiếm 64,92% dân số …; … 31.846 tài
  khoản mức 2; … chỉ tiêu năm 2025 là 90% … chưa đạt"; THE THREE FORMER PROVINCES in dash items (subject and level
  unchecked, accounts code); "29/124 xã, phường, đặc khu đạt dưới 75%" and four "+" items (as written, level xã,
  accounts code); the Công an các xã, phường, đặc khu's "24.612 hồ sơ …, chiếm 91,46% …; … 23.918 hồ sơ, … 99,62%"
  (level xã, codes unchecked: one field's files); the Sở Tư pháp's "9.846 … 7.614 … 77,33%; … 9.412 phiếu … 7.248
  phiếu …; còn 186 yêu cầu"; "58/72 bệnh viện, trung tâm y tế …, đạt 80,56%; … 6.418 giấy khám sức khỏe"; the Công an
  tỉnh's "52.846 trường hợp"; "còn 18.412 trường hợp … khu vực Đắk Nông cũ 11.206 trường hợp, chiếm 60,86%"
  (unchecked); "xếp thứ 24/34 …, giảm 2 bậc" (October). Requests: "tối thiểu 75%" the four communes' target (level xã,
  2026-03-31), "186 yêu cầu" and "14 bệnh viện" repeated counts. Six deadlines: day, quarter (with the target), "chậm
  nhất ngày hai mươi hai tháng 12 năm 2025", month, year in a request "Đề nghị Viễn thông Lâm Đồng …", "trước ngày 03
  hằng tháng" (issued 08/12/2025, after the 3rd: first 03/01/2026).
- 783 is a quarterly Báo cáo of the Sở Tư pháp tỉnh Cà Mau (header "UBND TỈNH CÀ MAU / SỞ TƯ PHÁP", number
  "286/BC-STP", signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"), quý IV năm 2025, issued 06/01/2026. The Sở's own (`Sở Tư pháp`,
  level tỉnh): "8.412 yêu cầu (quý III năm 2025: 7.218 yêu cầu), tăng 1.194 yêu cầu, tương ứng tăng 16,54%; … 6.846
  yêu cầu …, chiếm 81,38%", the months after "lần lượt là" (above), "8.206 phiếu … 6.614 phiếu, chiếm 80,60%; … 8.178
  phiếu, đạt 99,66%; trễ hạn 28 phiếu", "3,6 ngày, rút ngắn 1,2 ngày", "412,6 triệu đồng, chiếm 92,18%", the year's
  "78,26%, so với chỉ tiêu UBND tỉnh giao là 75% thì đã đạt chỉ tiêu" (the year's end is the period's end); the
  communes' (`UBND các xã, phường`, level xã) "6.218 … 2.846 trường hợp, … 1.412 cặp; … 76,48% (quý III năm 2025:
  71,36%), tăng 5,12 điểm phần trăm" and "38.612 bản, chiếm 64,18%"; the linked groups; "5.812 giấy chứng sinh và
  2.218 giấy báo tử" (subject unchecked); "58/64 xã, phường … từ 90% trở lên; còn 06 xã"; the province's "2.418.612 dữ
  liệu …, đạt 98,92% kế hoạch" and parts; the Sở's "46.218 dữ liệu"; "còn 26.154 dữ liệu … (18.412 dữ liệu)"
  (unchecked); the Sở's 766 of tháng 12/2025 `92,36/100`, `3/17` "(tháng 9/2025: 89,84 điểm, xếp thứ 6/17), tăng 2,52
  điểm và tăng 3 bậc" (codes unchecked). Tasks: "tối thiểu 90%" the communes' target (level xã, 2026-03-31), "100% trạm
  y tế xã" (2026-12-31). Six deadlines in dash items: day, quarter, "chậm nhất ngày mười tháng 02 năm 2026", month and
  year in requests "Đề nghị Công an tỉnh …", "Đề nghị Sở Y tế …", "trước ngày 10 hằng tháng" (issued 06/01/2026: first
  10/01/2026).
- 784 is a monthly Báo cáo of UBND phường Cẩm Thành (tỉnh Quảng Ngãi; header "UBND TỈNH QUẢNG NGÃI / ỦY BAN NHÂN DÂN
  PHƯỜNG CẨM THÀNH", number "318/BC-UBND", signed "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH"), tháng 12 năm 2025, issued
  05/01/2026. The ward's (`UBND phường Cẩm Thành`, level xã): "05 phường cũ" (subject unchecked), "48 tổ dân phố,
  dân số 110.412 người, … 88.808 người"; the Công an phường Cẩm Thành's "1.846 hồ sơ (tháng 11/2025: 1.612 hồ sơ),
  tăng 234 hồ sơ; … 1.792 thẻ"; "86.412 tài khoản …, chiếm 78,26% dân số, … 79.240 tài khoản mức 2", "89,23%, cao hơn
  bình quân toàn tỉnh (84,12%) là 5,11 điểm phần trăm" (above), the months' new accounts (above); the table (above);
  the centre's "2.418 … 2.046 hồ sơ …, chiếm 84,62%" (subject unchecked, level xã, received and online codes); "142
  trường hợp" (the ward's), "138 trường hợp …, chiếm 97,18%" (the linked group: unchecked); "318 công dân"; the Trạm Y
  tế phường Cẩm Thành's "264 giấy khám sức khỏe"; the Công an phường's "2.146 trường hợp"; "99,38%" (subject
  unchecked, level xã); "48/48 tổ dân phố … 246 thành viên"; the November rank (above); the ward's 766 `88,46/100`.
  Task 3's "tối thiểu 90%" the centre's target (level xã, 2026-03-31). Six deadlines in numbered items: day, "chậm
  nhất ngày ba mươi tháng 01 năm 2026", quarter (with the target), month, year in a request "Đề nghị Công an tỉnh
  Quảng Ngãi …", "trước ngày 22 hằng tháng" (issued 05/01/2026: first 22/01/2026).

Unsure readings (fields left `ANY`, or decided and written here): the date of a ranking "theo kết quả đánh giá …
tháng 10/2025" in a November report (decided: the month it names, kind rank); whose "lũy kế 99,46% dữ liệu dân cư
của tỉnh" is after "Công an tỉnh đã rà soát …" (unchecked); the subject of 781's "04 văn bản" of the "Ban Chỉ đạo Đề
án 06 tỉnh" (unchecked, level tỉnh); the codes of block averages of the level-2 share (unchecked); the codes of the
residence-registration files of 782's commune police (unchecked: one field's files); the subject of the health
papers and of the hospitals counted "trên địa bàn" (the province's where the sentence names no body, unchecked where
"Các cơ sở y tế" are named); the subject of 784's "99,38%" (unchecked, level xã); the unit of "58/72 bệnh viện,
trung tâm y tế" (decided: the first noun, `bệnh viện`).
"""

from __future__ import annotations

from golden.facts import (
    _NOP,
    _TK,
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
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_XA = {"subject": ANY, "level": "xã"}
_CAP_XA = {"subject": "cấp xã", "level": "xã"}
_NULL = {"subject": None, "level": None}

# A numeric cell: (raw, unit, code).
Cell = tuple[str, str, object]


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
    """The numeric cells of one table row written as `line`, left to right, kind value. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs once and the
    raw text is found first at the cell itself."""
    facts, at = [], 0
    for raw, unit, code in cells:
        at = _find_cell(line, sep, raw, at)
        facts.append(F(line[at:] + "\n" + after, raw, _num(raw), unit, P, as_of=as_of, code=code, extra=TAB, **who))
        at += len(sep)
    return facts


def _md_line(cells: tuple[str, ...]) -> str:
    """A Markdown table row as the documents write it (an empty STT cell as "| |")."""
    return ("| " + " | ".join(cells) + " |").replace("|  |", "| |")


def _by(subject: str | None, level: str | None):
    """A row maker for one body's own figures (subject and level fixed)."""
    def make(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
        return F(context, raw, value, unit, kind, subject=subject, level=level, **kw)
    return make


def _linked(rows: list[tuple[str, str, str]]) -> list[Fact]:
    """Figures of the two groups of linked procedures (khai sinh …, khai tử …): subject, level and code unchecked;
    (context, raw, unit) with `%` a value and any other unit a count."""
    return [F(context, raw, _num(raw), unit, P if unit == "%" else C, code=ANY, **_OPEN) for context, raw, unit in rows]


_prov = _by(None, None)
_cat = _by("Công an tỉnh", "tỉnh")
_stp = _by("Sở Tư pháp", "tỉnh")

# ------------------------------------------------------------ 780: Công an tỉnh Lào Cai, tháng 11 năm 2025
# (a Markdown table of ten communes with their population from 14)
_OCT_2025 = "2025-10-31"
_SEP_2025 = "2025-09-30"
_Y2025 = "2025-12-31"
_COMMUNES_780 = [
    ("1", "Phường Lào Cai", "68.412", "64.389", "94,12"),
    ("2", "Phường Cam Đường", "52.186", "47.801", "91,60"),
    ("3", "Phường Yên Bái", "61.248", "56.416", "92,11"),
    ("4", "Phường Văn Phú", "24.816", "21.742", "87,61"),
    ("5", "Phường Nam Cường", "31.524", "28.318", "89,83"),
    ("6", "Phường Sa Pa", "38.162", "32.604", "85,44"),
    ("7", "Phường Nghĩa Lộ", "29.846", "25.612", "85,81"),
    ("8", "Xã Bảo Thắng", "34.518", "28.846", "83,57"),
    ("9", "Xã Bát Xát", "27.614", "20.218", "73,22"),
    ("10", "Xã Mường Khương", "21.408", "14.656", "68,46"),
]


def _communes_780() -> list[Fact]:
    """Bảng 1 (Markdown): each commune as written, level xã; the population from 14 (`người`, code unchecked), the
    level-2 accounts and their share (accounts code). No total row."""
    facts = []
    for i, (stt, name, people, accounts, share) in enumerate(_COMMUNES_780):
        line = _md_line((stt, name, people, accounts, share))
        after = (_md_line(_COMMUNES_780[i + 1][:2]).rsplit(" |", 1)[0] if i + 1 < len(_COMMUNES_780)
                 else "\nPhường Lào Cai dẫn đầu")
        facts += _cells(line, " | ", after, {"subject": name, "level": "xã"},
                        [(people, "người", ANY), (accounts, "tài khoản", _TK), (share, "%", _TK)])
    return facts


BLIND_780 = [
    # I. the communes and the population
    F("có 99 đơn vị", "99", 99, "đơn vị", C, code=None, **_CAP_XA),
    F("(89 xã", "89", 89, "xã", C, code=None, **_IN_XA),
    F("10 phường)", "10", 10, "phường", C, code=None, **_IN_XA),
    _prov("khoảng 1,79 triệu người", "1,79 triệu", 1790000, "người", C, code=ANY),
    _prov("có 1.312.846 người", "1.312.846", 1312846, "người", C, code=ANY),
    # II.1 cards (October in brackets)
    _prov("thu nhận 21.406 hồ sơ", "21.406", 21406, "hồ sơ", C, code=ANY),
    _prov("(tháng 10/2025: 18.932 hồ sơ)", "18.932", 18932, "hồ sơ", PR, as_of=_OCT_2025, code=ANY),
    _prov("tăng 2.474 hồ sơ", "2.474", 2474, "hồ sơ", CH, code=ANY),
    _prov("tăng 13,07%", "13,07%", 13.07, "%", CH, code=ANY),
    _prov("là 3.128 hồ sơ", "3.128", 3128, "hồ sơ", C, code=ANY),
    _prov("chiếm 14,61%", "14,61%", 14.61, "%", code=ANY),
    _prov("trả 20.118 thẻ", "20.118", 20118, "thẻ", C, code=ANY),
    _prov("cấp 1,62 triệu thẻ", "1,62 triệu", 1620000, "thẻ", C, code=ANY),
    _prov("đạt 99,12%", "99,12%", 99.12, "%", code=ANY),
    # II.2 accounts, their parts by level, the share of the population and of citizens from 14 against the target
    _prov("có 1.186.512 tài khoản", "1.186.512", 1186512, "tài khoản", C, code=_TK),
    _prov("(tháng 10/2025: 1.158.274 tài khoản)", "1.158.274", 1158274, "tài khoản", PR, as_of=_OCT_2025, code=_TK),
    _prov("tăng 28.238 tài khoản", "28.238", 28238, "tài khoản", CH, code=ANY),
    _prov("mức 1 là 96.418", "96.418", 96418, "tài khoản", C, code=ANY),
    _prov("mức 2 là 1.090.094", "1.090.094", 1090094, "tài khoản", C, code=ANY),
    _prov("chiếm 66,29%", "66,29%", 66.29, "%", code=ANY),
    _prov("đạt 83,03%", "83,03%", 83.03, "%", code=_TK, target=90, stated_status="chưa đạt"),
    _prov("(tháng 10/2025: 81,12%)", "81,12%", 81.12, "%", PR, as_of=_OCT_2025, code=_TK),
    _prov("tăng 1,91 điểm", "1,91", 1.91, "%", CH, code=ANY),
    _prov("năm 2025 là 90%", "90%", 90, "%", T, as_of=_Y2025, code=_TK),
    *_communes_780(),
    F("toàn tỉnh (94,12%)", "94,12%", 94.12, "%", subject="Phường Lào Cai", level="xã", code=_TK),
    F("nhóm (68,46%)", "68,46%", 68.46, "%", subject="xã Mường Khương", level="xã", code=_TK),
    F("toàn tỉnh 14,57 điểm", "14,57", -14.57, "%", CH, subject="xã Mường Khương", level="xã", code=ANY),
    F("có 38/99 xã", "38/99", 38, "xã", C, max_value=99, code=None, **_IN_XA),
    F("từ 85% trở lên", "85%", 85, "%", T, code=ANY, **_OPEN),
    F("còn 17 xã", "17", 17, "xã", C, code=None, **_IN_XA),
    F("dưới 70%", "70%", 70, "%", T, code=ANY, **_OPEN),
    # II.3 the police's own files, judicial records on VNeID, linked groups, health certificates
    _cat("tiếp nhận 14.826 hồ sơ", "14.826", 14826, "hồ sơ", C, code=_TN),
    _cat("là 9.418 hồ sơ", "9.418", 9418, "hồ sơ", C, code=ANY),
    _cat("chiếm 63,52%", "63,52%", 63.52, "%", code=ANY),
    _prov("tiếp nhận 6.214 yêu cầu", "6.214", 6214, "yêu cầu", C, code=ANY),
    _prov("(tháng 10/2025: 5.486 yêu cầu)", "5.486", 5486, "yêu cầu", PR, as_of=_OCT_2025, code=ANY),
    _prov("chiếm 78,46%", "78,46%", 78.46, "%", code=ANY),
    _prov("số 7.920 yêu cầu", "7.920", 7920, "yêu cầu", C, code=ANY),
    _cat("trả lời 7.806 trường hợp", "7.806", 7806, "trường hợp", C, code=ANY),
    _cat("đúng hạn 7.784 trường hợp", "7.784", 7784, "trường hợp", C, code=ANY),
    _cat("đạt 99,72%", "99,72%", 99.72, "%", code=ANY),
    *_linked([("tiếp nhận 1.846 hồ sơ", "1.846", "hồ sơ"), ("trong đó 1.602 hồ sơ", "1.602", "hồ sơ"),
              ("tiếp nhận 612 hồ sơ", "612", "hồ sơ"), ("lần lượt là 98,86%", "98,86%", "%"),
              ("và 97,39%", "97,39%", "%")]),
    _prov("Có 42 cơ sở", "42", 42, "cơ sở", C, code=None),
    _prov("có 8.612 lượt", "8.612", 8612, "lượt", C, code=ANY),
    _prov("tăng 1.204 lượt", "1.204", 1204, "lượt", CH, code=ANY),
    # II.4 data cleaned
    _cat("làm sạch 36.412 trường hợp", "36.412", 36412, "trường hợp", C, code=ANY),
    F("lũy kế 99,46%", "99,46%", 99.46, "%", code=ANY, **_OPEN),
    _stp("thêm 24.618 dữ liệu", "24.618", 24618, "dữ liệu", C, code=ANY),
    F("còn 41.206 dữ liệu hộ tịch chưa", "41.206", 41206, "dữ liệu", C, code=ANY, **_OPEN),
    F("tại 12 xã", "12", 12, "xã", C, code=None, **_IN_XA),
    # II.5 the ministry's October ranking (September in brackets)
    _prov("xếp thứ 18/34", "18/34", 18, "hạng", R, max_value=34, as_of=_OCT_2025, code=ANY),
    _prov("xếp thứ 21/34)", "21/34", 21, "hạng", PR, max_value=34, as_of=_SEP_2025, code=ANY),
    _prov("tăng 3 bậc", "3", 3, "hạng", CH, as_of=_OCT_2025, code=ANY),
    # III. citizens without a level-2 account; IV. tasks
    _prov("còn 222.752 công dân", "222.752", 222752, "công dân", C, code=ANY),
    F("tối thiểu 75%", "75%", 75, "%", T, as_of=_Y2025, code=_TK, **_IN_XA),
    F("làm sạch 41.206 dữ liệu hộ tịch còn", "41.206", 41206, "dữ liệu", C, code=ANY, **_OPEN),
    F("chỉ đạo 100% cơ sở", "100%", 100, "%", T, as_of="2026-12-31", code=ANY, **_OPEN),
]

# ------------------------------------------------------------ 781: UBND tỉnh Thanh Hóa, tháng 10 năm 2025
# (a tab-separated table with months as rows)
_MONTHS_781 = [
    ("1", "Tháng 7/2025", "41.286", "36.418", "9.846", "4.612", "1.928", "2025-07-31"),
    ("2", "Tháng 8/2025", "38.914", "34.106", "10.412", "4.386", "2.014", "2025-08-31"),
    ("3", "Tháng 9/2025", "44.602", "39.274", "11.238", "4.918", "1.876", _SEP_2025),
    ("4", "Tháng 10/2025", "47.318", "42.516", "12.046", "5.124", "2.108", "period"),
    ("", "Cộng 4 tháng", "172.120", "152.314", "43.542", "19.040", "7.926", "period"),
]


def _months_781() -> list[Fact]:
    """Bảng 1 (tab-separated, months as rows): each row's cells dated at its month's end (October and the four-month
    total at the period end), the province's (subject NULL); units from the header's brackets; the new level-2
    accounts the accounts code, the rest unchecked."""
    facts = []
    for i, (*row, as_of) in enumerate(_MONTHS_781):
        line = "\t".join(row)
        after = "\t".join(_MONTHS_781[i + 1][:2]) if i + 1 < len(_MONTHS_781) else "\nTrong tháng 10/2025"
        stt, name, cards, accounts, records, births, deaths = row
        facts += _cells(line, "\t", after, _NULL, [
            (cards, "hồ sơ", ANY), (accounts, "tài khoản", _TK), (records, "yêu cầu", ANY), (births, "hồ sơ", ANY),
            (deaths, "hồ sơ", ANY)], as_of=as_of)
    return facts


BLIND_781 = [
    # I.1 the communes, the population, the steering committee's documents
    F("có 166 đơn vị", "166", 166, "đơn vị", C, code=None, **_CAP_XA),
    F("(147 xã", "147", 147, "xã", C, code=None, **_IN_XA),
    F("19 phường)", "19", 19, "phường", C, code=None, **_IN_XA),
    _prov("khoảng 3,76 triệu người", "3,76 triệu", 3760000, "người", C, code=ANY),
    _prov("là 2.860.146 người", "2.860.146", 2860146, "người", C, code=ANY),
    F("ban hành 04 văn bản", "04", 4, "văn bản", C, code=None, **_IN_TINH),
    # I.2 Bảng 1 and the month's change
    *_months_781(),
    _prov("tăng 2.716 hồ sơ", "2.716", 2716, "hồ sơ", CH, code=ANY),
    _prov("tăng 6,09%", "6,09%", 6.09, "%", CH, code=ANY),
    # I.3 accounts against the target up to October (the period end), the blocks
    _prov("có 2.684.126 tài khoản", "2.684.126", 2684126, "tài khoản", C, code=_TK),
    _prov("chiếm 71,39%", "71,39%", 71.39, "%", code=ANY),
    _prov("mức 2 là 2.498.612", "2.498.612", 2498612, "tài khoản", C, code=ANY),
    _prov("đạt 87,36%", "87,36%", 87.36, "%", code=_TK, target=85, stated_status="đạt"),
    _prov("tháng 10/2025 là 85%", "85%", 85, "%", T, code=_TK),
    F("(19 đơn vị)", "19", 19, "đơn vị", C, code=None, **_IN_XA),
    F("đạt 92,48%", "92,48%", 92.48, "%", code=ANY, **_IN_XA),
    F("(147 đơn vị)", "147", 147, "đơn vị", C, code=None, **_IN_XA),
    F("đạt 86,12%", "86,12%", 86.12, "%", code=ANY, **_IN_XA),
    # I.4 the Sở Tư pháp's judicial records (September in brackets), linked groups, health papers, insurance checks
    _stp("tiếp nhận 14.862 yêu cầu", "14.862", 14862, "yêu cầu", C, code=ANY),
    _stp("trong đó 12.046 yêu cầu", "12.046", 12046, "yêu cầu", C, code=ANY),
    _stp("chiếm 81,05%", "81,05%", 81.05, "%", code=ANY),
    _stp("cấp 14.218 phiếu", "14.218", 14218, "phiếu", C, code=ANY),
    _stp("trong đó 11.846 phiếu", "11.846", 11846, "phiếu", C, code=ANY),
    _stp("chiếm 83,32%", "83,32%", 83.32, "%", code=ANY),
    _stp("bình quân 4,2 ngày", "4,2", 4.2, "ngày", code=ANY),
    _stp("(tháng 9/2025: 5,1 ngày)", "5,1", 5.1, "ngày", PR, as_of=_SEP_2025, code=ANY),
    _stp("rút ngắn 0,9 ngày", "0,9", -0.9, "ngày", CH, code=ANY),
    *_linked([("tiếp nhận 5.124 hồ sơ", "5.124", "hồ sơ"), ("đúng hạn 4.986 hồ sơ", "4.986", "hồ sơ"),
              ("đạt 97,31%", "97,31%", "%"), ("tiếp nhận 2.108 hồ sơ", "2.108", "hồ sơ"),
              ("đúng hạn 2.046 hồ sơ", "2.046", "hồ sơ")]),
    _prov("Có 126 cơ sở", "126", 126, "cơ sở", C, code=None),
    _prov("liên thông 5.312 giấy", "5.312", 5312, "giấy chứng sinh", C, code=ANY),
    _prov("và 2.164 giấy", "2.164", 2164, "giấy báo tử", C, code=ANY),
    _prov("có 3,18 triệu lượt", "3,18 triệu", 3180000, "lượt", C, code=ANY),
    _prov("chiếm 97,84%", "97,84%", 97.84, "%", code=ANY),
    # I.5 data cleaned
    _cat("làm sạch 68.412 trường hợp", "68.412", 68412, "trường hợp", C, code=ANY),
    F("làm sạch 12 cơ sở", "12", 12, "cơ sở dữ liệu", C, code=None, **_IN_TINH),
    F("đạt 80% kế hoạch", "80%", 80, "%", code=ANY, **_IN_TINH),
    # I.6 the ministry's September ranking, the 766 index (September in brackets), the communes' grades
    _prov("xếp thứ 6/34", "6/34", 6, "hạng", R, max_value=34, as_of=_SEP_2025, code=ANY),
    _prov("đạt 86,48/100", "86,48/100", 86.48, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 8/34", "8/34", 8, "hạng", R, max_value=34, code=_HANG),
    _prov("(tháng 9/2025: 85,12 điểm", "85,12", 85.12, "điểm", PR, max_value=100, as_of=_SEP_2025, code=_TONG),
    _prov("xếp thứ 11/34)", "11/34", 11, "hạng", PR, max_value=34, as_of=_SEP_2025, code=_HANG),
    _prov("tăng 1,36 điểm", "1,36", 1.36, "điểm", CH, code=_TONG),
    _prov("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    _prov("đạt 10,24/12", "10,24/12", 10.24, "điểm", max_value=12, code="766.dvctt"),
    _prov("đạt 8,16/10", "8,16/10", 8.16, "điểm", max_value=10, code="766.thanh_toan"),
    F("có 48 đơn vị", "48", 48, "đơn vị", C, code=None, **_IN_XA),
    F("Tốt, 102 đơn vị", "102", 102, "đơn vị", C, code=None, **_IN_XA),
    F("và 16 đơn vị", "16", 16, "đơn vị", C, code=None, **_IN_XA),
    # II. the communes' block behind the wards' (negative); III. task 3's target
    F("khối phường 6,36 điểm", "6,36", -6.36, "%", CH, code=ANY, **_IN_XA),
    F("dưới 4 ngày", "4", 4, "ngày", T, as_of=_Y2025, code=ANY, **_IN_TINH),
]

# ------------------------------------------------------------ 782: UBND tỉnh Lâm Đồng, Công văn, tháng 11 năm 2025
# (three former provinces in dash items, the lowest communes in "+" items, requests with deadlines)
_CA_XA = {"subject": "Công an các xã, phường, đặc khu", "level": "xã"}


def _former_782(rows: list[tuple[str, str, str, str]]) -> list[Fact]:
    """The former provinces' level-2 accounts and shares: subject and level unchecked, accounts code."""
    facts = []
    for count_ctx, count, share_ctx, share in rows:
        facts += [F(count_ctx, count, _num(count), "tài khoản", C, code=_TK, **_OPEN),
                  F(share_ctx, share, _num(share), "%", code=_TK, **_OPEN)]
    return facts


def _lowest_782(rows: list[tuple[str, str]]) -> list[Fact]:
    """The "+" items of the lowest communes: (name as written, share), level xã, accounts code."""
    return [F(f"{name}: {share}", share, _num(share), "%", subject=name, level="xã", code=_TK) for name, share in rows]


BLIND_782 = [
    # 1. the communes and the population
    F("có 124 đơn vị", "124", 124, "đơn vị", C, code=None, **_CAP_XA),
    F("(103 xã", "103", 103, "xã", C, code=None, **_IN_XA),
    F("20 phường", "20", 20, "phường", C, code=None, **_IN_XA),
    F("01 đặc khu)", "01", 1, "đặc khu", C, code=None, **_IN_XA),
    _prov("khoảng 3,87 triệu người", "3,87 triệu", 3870000, "người", C, code=ANY),
    _prov("trong đó 2.946.318 người", "2.946.318", 2946318, "người", C, code=ANY),
    # 2. cards
    _prov("thu nhận 38.246 hồ sơ", "38.246", 38246, "hồ sơ", C, code=ANY),
    _prov("trả 36.918 thẻ", "36.918", 36918, "thẻ", C, code=ANY),
    _prov("cấp 2,91 triệu thẻ", "2,91 triệu", 2910000, "thẻ", C, code=ANY),
    _prov("đạt 98,76%", "98,76%", 98.76, "%", code=ANY),
    # 3. level-2 accounts (October in brackets) against the year's target, the former provinces, the lowest communes
    _prov("có 2.512.418 tài khoản", "2.512.418", 2512418, "tài khoản", C, code=_TK),
    _prov("đạt 85,27%", "85,27%", 85.27, "%", code=_TK, target=90, stated_status="chưa đạt"),
    _prov("(tháng 10/2025: 83,94%)", "83,94%", 83.94, "%", PR, as_of=_OCT_2025, code=_TK),
    _prov("tăng 1,33 điểm", "1,33", 1.33, "%", CH, code=ANY),
    _prov("chiếm 64,92%", "64,92%", 64.92, "%", code=ANY),
    _prov("mới 31.846 tài khoản", "31.846", 31846, "tài khoản", C, code=_TK),
    _prov("năm 2025 là 90%", "90%", 90, "%", T, as_of=_Y2025, code=_TK),
    *_former_782([("cũ: 1.046.214 tài khoản", "1.046.214", "đạt 88,14%", "88,14%"),
                  ("cũ: 412.618 tài khoản", "412.618", "đạt 79,62%", "79,62%"),
                  ("cũ: 1.053.586 tài khoản", "1.053.586", "đạt 84,96%", "84,96%")]),
    F("Có 29/124 xã", "29/124", 29, "xã", C, max_value=124, code=None, **_IN_XA),
    F("đạt dưới 75%", "75%", 75, "%", T, code=ANY, **_OPEN),
    *_lowest_782([("Xã Quảng Sơn", "61,28%"), ("Xã Quảng Trực", "58,46%"), ("Xã Đạ Tẻh", "63,12%"),
                  ("Đặc khu Phú Quý", "66,84%")]),
    # 4. residence files of the commune police, the Sở Tư pháp's judicial records, health certificates
    F("tiếp nhận 24.612 hồ sơ", "24.612", 24612, "hồ sơ", C, code=ANY, **_CA_XA),
    F("chiếm 91,46%", "91,46%", 91.46, "%", code=ANY, **_CA_XA),
    F("giải quyết 23.918 hồ sơ", "23.918", 23918, "hồ sơ", C, code=ANY, **_CA_XA),
    F("đạt 99,62%", "99,62%", 99.62, "%", code=ANY, **_CA_XA),
    _stp("tiếp nhận 9.846 yêu cầu", "9.846", 9846, "yêu cầu", C, code=ANY),
    _stp("trong đó 7.614 yêu cầu", "7.614", 7614, "yêu cầu", C, code=ANY),
    _stp("chiếm 77,33%", "77,33%", 77.33, "%", code=ANY),
    _stp("cấp 9.412 phiếu", "9.412", 9412, "phiếu", C, code=ANY),
    _stp("trong đó 7.248 phiếu", "7.248", 7248, "phiếu", C, code=ANY),
    _stp("còn 186 yêu cầu", "186", 186, "yêu cầu", C, code=ANY),
    _prov("Có 58/72 bệnh viện", "58/72", 58, "bệnh viện", C, max_value=72, code=None),
    _prov("đạt 80,56%", "80,56%", 80.56, "%", code=ANY),
    _prov("đẩy 6.418 giấy", "6.418", 6418, "giấy khám sức khỏe", C, code=ANY),
    # 5. data cleaned (the backlog unchecked); 6. the ministry's October ranking and its fall
    _cat("làm sạch 52.846 trường hợp", "52.846", 52846, "trường hợp", C, code=ANY),
    F("còn 18.412 trường hợp", "18.412", 18412, "trường hợp", C, code=ANY, **_OPEN),
    F("cũ 11.206 trường hợp", "11.206", 11206, "trường hợp", C, code=ANY, **_OPEN),
    F("chiếm 60,86%", "60,86%", 60.86, "%", code=ANY, **_OPEN),
    _prov("xếp thứ 24/34", "24/34", 24, "hạng", R, max_value=34, as_of=_OCT_2025, code=ANY),
    _prov("giảm 2 bậc", "2", -2, "hạng", CH, as_of=_OCT_2025, code=ANY),
    # the requests: the four communes' target, repeated counts
    F("tối thiểu 75%", "75%", 75, "%", T, as_of="2026-03-31", code=_TK, **_IN_XA),
    _stp("dứt điểm 186 yêu cầu", "186", 186, "yêu cầu", C, code=ANY),
    F("chỉ đạo 14 bệnh viện", "14", 14, "bệnh viện", C, code=None, **_OPEN),
]

# ------------------------------------------------------------ 783: Sở Tư pháp tỉnh Cà Mau, quý IV năm 2025
# (months after "lần lượt là"; judicial records, civil status, linked groups, digitised records)
_XA = {"subject": "UBND các xã, phường", "level": "xã"}

BLIND_783 = [
    # I. judicial records (quý III in brackets), the months, certificates, time, fees, the year against the target
    _stp("tiếp nhận 8.412 yêu cầu", "8.412", 8412, "yêu cầu", C, code=ANY),
    _stp("(quý III năm 2025: 7.218 yêu cầu)", "7.218", 7218, "yêu cầu", PR, as_of=_SEP_2025, code=ANY),
    _stp("tăng 1.194 yêu cầu", "1.194", 1194, "yêu cầu", CH, code=ANY),
    _stp("tăng 16,54%", "16,54%", 16.54, "%", CH, code=ANY),
    _stp("trong đó 6.846 yêu cầu", "6.846", 6846, "yêu cầu", C, code=ANY),
    _stp("chiếm 81,38%", "81,38%", 81.38, "%", code=ANY),
    _stp("lần lượt là 2.146", "2.146", 2146, "yêu cầu", C, as_of=_OCT_2025, code=ANY),
    _stp(", 2.318 và", "2.318", 2318, "yêu cầu", C, as_of="2025-11-30", code=ANY),
    _stp("và 2.382 yêu cầu", "2.382", 2382, "yêu cầu", C, code=ANY),
    _stp("cấp 8.206 phiếu", "8.206", 8206, "phiếu", C, code=ANY),
    _stp("điện tử 6.614 phiếu", "6.614", 6614, "phiếu", C, code=ANY),
    _stp("chiếm 80,60%", "80,60%", 80.60, "%", code=ANY),
    _stp("đúng hạn 8.178 phiếu", "8.178", 8178, "phiếu", C, code=ANY),
    _stp("đạt 99,66%", "99,66%", 99.66, "%", code=ANY),
    _stp("trễ hạn 28 phiếu", "28", 28, "phiếu", C, code=ANY),
    _stp("bình quân 3,6 ngày", "3,6", 3.6, "ngày", code=ANY),
    _stp("rút ngắn 1,2 ngày", "1,2", -1.2, "ngày", CH, code=ANY),
    _stp("là 412,6 triệu đồng", "412,6", 412.6, "triệu đồng", code=ANY),
    _stp("chiếm 92,18%", "92,18%", 92.18, "%", code=ANY),
    _stp("đạt 78,26%", "78,26%", 78.26, "%", code=ANY, target=75, stated_status="đạt"),
    _stp("giao là 75%", "75%", 75, "%", T, code=ANY),
    # II. the communes' registrations (quý III in brackets), linked groups, health papers, communes by share
    F("sinh 6.218 trường hợp", "6.218", 6218, "trường hợp", C, code=ANY, **_XA),
    F("tử 2.846 trường hợp", "2.846", 2846, "trường hợp", C, code=ANY, **_XA),
    F("hôn 1.412 cặp", "1.412", 1412, "cặp", C, code=ANY, **_XA),
    F("đạt 76,48%", "76,48%", 76.48, "%", code=ANY, **_XA),
    F("(quý III năm 2025: 71,36%)", "71,36%", 71.36, "%", PR, as_of=_SEP_2025, code=ANY, **_XA),
    F("tăng 5,12 điểm", "5,12", 5.12, "%", CH, code=ANY, **_XA),
    *_linked([("tiếp nhận 5.946 hồ sơ", "5.946", "hồ sơ"), ("chiếm 95,63%", "95,63%", "%"),
              ("tiếp nhận 2.514 hồ sơ", "2.514", "hồ sơ"), ("chiếm 88,33%", "88,33%", "%")]),
    F("điện tử 5.812 giấy", "5.812", 5812, "giấy chứng sinh", C, code=ANY, **_OPEN),
    F("và 2.218 giấy", "2.218", 2218, "giấy báo tử", C, code=ANY, **_OPEN),
    F("Có 58/64 xã", "58/64", 58, "xã", C, max_value=64, code=None, **_IN_XA),
    F("từ 90% trở lên", "90%", 90, "%", T, code=ANY, **_OPEN),
    F("còn 06 xã", "06", 6, "xã", C, code=None, **_IN_XA),
    # III. records digitised across the province and their parts; the Sở's cleaning; the backlog (unchecked)
    _prov("số hóa 2.418.612 dữ liệu", "2.418.612", 2418612, "dữ liệu", C, code=ANY),
    _prov("đạt 98,92%", "98,92%", 98.92, "%", code=ANY),
    _prov("sinh 1.612.406 dữ liệu", "1.612.406", 1612406, "dữ liệu", C, code=ANY),
    _prov("hôn 468.318 dữ liệu", "468.318", 468318, "dữ liệu", C, code=ANY),
    _prov("tử 337.888 dữ liệu", "337.888", 337888, "dữ liệu", C, code=ANY),
    _stp("làm sạch 46.218 dữ liệu", "46.218", 46218, "dữ liệu", C, code=ANY),
    F("còn 26.154 dữ liệu", "26.154", 26154, "dữ liệu", C, code=ANY, **_OPEN),
    F("(18.412 dữ liệu)", "18.412", 18412, "dữ liệu", C, code=ANY, **_OPEN),
    # IV. electronic certified copies
    F("chính 38.612 bản", "38.612", 38612, "bản", C, code=ANY, **_XA),
    F("chiếm 64,18%", "64,18%", 64.18, "%", code=ANY, **_XA),
    # V. the Sở's 766 result of tháng 12/2025 among the sở (September in brackets; codes unchecked)
    _stp("đạt 92,36/100", "92,36/100", 92.36, "điểm", max_value=100, code=ANY),
    _stp("xếp thứ 3/17", "3/17", 3, "hạng", R, max_value=17, code=ANY),
    _stp("(tháng 9/2025: 89,84 điểm", "89,84", 89.84, "điểm", PR, max_value=100, as_of=_SEP_2025, code=ANY),
    _stp("xếp thứ 6/17)", "6/17", 6, "hạng", PR, max_value=17, as_of=_SEP_2025, code=ANY),
    _stp("tăng 2,52 điểm", "2,52", 2.52, "điểm", CH, code=ANY),
    _stp("tăng 3 bậc", "3", 3, "hạng", CH, code=ANY),
    # VI. targets of the tasks
    F("tối thiểu 90%", "90%", 90, "%", T, as_of="2026-03-31", code=ANY, **_IN_XA),
    F("chỉ đạo 100% trạm", "100%", 100, "%", T, as_of="2026-12-31", code=ANY, **_OPEN),
]

# ------------------------------------------------------------ 784: UBND phường Cẩm Thành (Quảng Ngãi), tháng 12 năm
# 2025 (a Markdown table by former ward with a "Toàn phường" row; new accounts by month in a dash list)
_CT_WARD = "UBND phường Cẩm Thành"
_cth = _by(_CT_WARD, "xã")
_cap = _by("Công an phường Cẩm Thành", "xã")
_NOV_2025 = "2025-11-30"
_AREAS_784 = [
    ("1", "Lê Hồng Phong (cũ)", "24.618", "19.846", "18.412", "92,77"),
    ("2", "Trần Phú (cũ)", "21.406", "17.218", "15.846", "92,03"),
    ("3", "Nghĩa Chánh (cũ)", "26.812", "21.614", "19.218", "88,91"),
    ("4", "Chánh Lộ (cũ)", "19.224", "15.412", "13.618", "88,36"),
    ("5", "Nghĩa Dõng (cũ)", "18.352", "14.718", "12.146", "82,52"),
    ("", "Toàn phường", "110.412", "88.808", "79.240", "89,23"),
]


def _areas_784() -> list[Fact]:
    """The Markdown table by former ward: the former wards' areas subject unchecked, level xã; "Toàn phường" (empty
    STT) the ward; population and citizens from 14 (`người`, code unchecked), level-2 accounts and the share (accounts
    code)."""
    facts = []
    for i, row in enumerate(_AREAS_784):
        stt, _name, people, adults, accounts, share = row
        line = _md_line(row)
        after = (_md_line(_AREAS_784[i + 1][:2]).rsplit(" |", 1)[0] if i + 1 < len(_AREAS_784)
                 else "\nKhu vực Nghĩa Dõng (cũ) còn thấp")
        who = {"subject": _CT_WARD, "level": "xã"} if stt == "" else _IN_XA
        facts += _cells(line, " | ", after, who, [(people, "người", ANY), (adults, "người", ANY),
                                                  (accounts, "tài khoản", _TK), (share, "%", _TK)])
    return facts


BLIND_784 = [
    # I. the ward: former wards, residential groups, population
    F("sở 05 phường", "05", 5, "phường", C, code=None, **_IN_XA),
    _cth("có 48 tổ dân phố", "48", 48, "tổ dân phố", C, code=None),
    _cth("số 110.412 người", "110.412", 110412, "người", C, code=ANY),
    _cth("trong đó 88.808 người", "88.808", 88808, "người", C, code=ANY),
    # II.1 the ward police's cards (November in brackets)
    _cap("thu nhận 1.846 hồ sơ", "1.846", 1846, "hồ sơ", C, code=ANY),
    _cap("(tháng 11/2025: 1.612 hồ sơ)", "1.612", 1612, "hồ sơ", PR, as_of=_NOV_2025, code=ANY),
    _cap("tăng 234 hồ sơ", "234", 234, "hồ sơ", CH, code=ANY),
    _cap("trả 1.792 thẻ", "1.792", 1792, "thẻ", C, code=ANY),
    # II.2 the ward's accounts, the province's average in brackets, the new accounts by month, the table
    _cth("có 86.412 tài khoản", "86.412", 86412, "tài khoản", C, code=_TK),
    _cth("chiếm 78,26%", "78,26%", 78.26, "%", code=ANY),
    _cth("trong đó 79.240 tài khoản", "79.240", 79240, "tài khoản", C, code=ANY),
    _cth("phường đạt 89,23%", "89,23%", 89.23, "%", code=_TK),
    _prov("(84,12%)", "84,12%", 84.12, "%", code=_TK),
    _cth("là 5,11 điểm", "5,11", 5.11, "%", CH, code=ANY),
    _cth("Tháng 10/2025: 1.214", "1.214", 1214, "tài khoản", C, as_of=_OCT_2025, code=_TK),
    _cth("Tháng 11/2025: 1.386", "1.386", 1386, "tài khoản", C, as_of=_NOV_2025, code=_TK),
    _cth("Tháng 12/2025: 1.518", "1.518", 1518, "tài khoản", C, code=_TK),
    *_areas_784(),
    # II.3 the ward's centre, births (the linked part unchecked), judicial-record help, health certificates
    F("tiếp nhận 2.418 hồ sơ", "2.418", 2418, "hồ sơ", C, code=_TN, **_IN_XA),
    F("trong đó 2.046 hồ sơ", "2.046", 2046, "hồ sơ", C, code=_NOP, **_IN_XA),
    F("chiếm 84,62%", "84,62%", 84.62, "%", code=_NOP, **_IN_XA),
    _cth("sinh 142 trường hợp", "142", 142, "trường hợp", C, code=ANY),
    F("trong đó 138 trường hợp", "138", 138, "trường hợp", C, code=ANY, **_OPEN),
    F("chiếm 97,18%", "97,18%", 97.18, "%", code=ANY, **_OPEN),
    _cth("Hỗ trợ 318 công dân", "318", 318, "công dân", C, code=ANY),
    F("liên thông 264 giấy", "264", 264, "giấy khám sức khỏe", C, subject="Trạm Y tế phường Cẩm Thành", level="xã",
      code=ANY),
    # II.4 data cleaned, the digital teams
    _cap("làm sạch 2.146 trường hợp", "2.146", 2146, "trường hợp", C, code=ANY),
    F("đạt 99,38%", "99,38%", 99.38, "%", code=ANY, **_IN_XA),
    _cth("Có 48/48 tổ", "48/48", 48, "tổ dân phố", C, max_value=48, code=None),
    F("với 246 thành viên", "246", 246, "thành viên", C, code=ANY, **_OPEN),
    # II.5 the province's November ranking of the ward (October in brackets), the ward's 766 of December
    _cth("xếp thứ 7/96", "7/96", 7, "hạng", R, max_value=96, as_of=_NOV_2025, code=ANY),
    _cth("xếp thứ 12/96)", "12/96", 12, "hạng", PR, max_value=96, as_of=_OCT_2025, code=ANY),
    _cth("tăng 5 bậc", "5", 5, "hạng", CH, as_of=_NOV_2025, code=ANY),
    _cth("đạt 88,46/100", "88,46/100", 88.46, "điểm", max_value=100, code=_TONG),
    # III. task 3's target of the centre for quý I năm 2026
    F("tối thiểu 90%", "90%", 90, "%", T, as_of="2026-03-31", code=_NOP, **_IN_XA),
]

BLIND = {"780": BLIND_780, "781": BLIND_781, "782": BLIND_782, "783": BLIND_783, "784": BLIND_784}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "780": [
        ("2025-12-20", "day", "20/12/2025", "thẻ căn cước", "Phòng Cảnh sát quản lý hành chính về trật tự xã hội"),
        ("2025-12-31", "day", "ngày ba mươi mốt tháng 12 năm 2025", "tài khoản mức 2",
         "Công an xã Mường Khương và Công an xã Bát Xát"),
        ("2026-03-31", "quarter", "quý I năm 2026", "làm sạch", "Sở Tư pháp"),
        ("2026-01-31", "month", "tháng 01/2026", "lý lịch tư pháp", "Phòng Hồ sơ nghiệp vụ"),
        ("2026-12-31", "year", "năm 2026", "giấy khám sức khỏe", "Sở Y tế"),
        # issued 04/12/2025, before the 25th: the first "ngày 25 hằng tháng" is 25/12/2025
        ("2025-12-25", "recurring", "25 hằng tháng", "báo cáo kết quả", "Công an các xã, phường"),
    ],
    "781": [
        ("2025-11-25", "day", "25/11/2025", "kích hoạt tài khoản", "Công an tỉnh"),
        ("2025-12-15", "day", "ngày mười lăm tháng 12 năm 2025", "tiêu chí bị trừ điểm",
         "UBND các xã xếp loại Trung bình"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "lý lịch tư pháp", "Sở Tư pháp"),
        ("2025-12-31", "month", "tháng 12/2025", "giấy chứng sinh", "Sở Y tế"),
        ("2026-12-31", "year", "năm 2026", "cơ sở dữ liệu chuyên ngành", "Sở Khoa học và Công nghệ"),
        # issued 07/11/2025, before the 20th: the first "ngày 20 hằng tháng" is 20/11/2025
        ("2025-11-20", "recurring", "20 hằng tháng", "báo cáo kết quả", "Các sở, ban, ngành, UBND các xã, phường"),
    ],
    "782": [
        ("2025-12-15", "day", "15/12/2025", "lưu động", "Công an tỉnh"),
        ("2026-03-31", "quarter", "quý I năm 2026", "tài khoản mức 2",
         "UBND các xã Quảng Sơn, Quảng Trực, Đạ Tẻh và UBND đặc khu Phú Quý"),
        ("2025-12-22", "day", "ngày hai mươi hai tháng 12 năm 2025", "quá hạn", "Sở Tư pháp"),
        ("2026-01-31", "month", "tháng 01/2026", "giấy khám sức khỏe", "Sở Y tế"),
        ("2026-12-31", "year", "năm 2026", "thiết bị", "Viễn thông Lâm Đồng"),
        # issued 08/12/2025, after the 3rd: the first "ngày 03 hằng tháng" is 03/01/2026
        ("2026-01-03", "recurring", "03 hằng tháng", "báo cáo kết quả",
         "Các sở, ngành, UBND các xã, phường, đặc khu"),
    ],
    "783": [
        ("2026-01-31", "day", "31/01/2026", "Kế hoạch cấp Phiếu lý lịch tư pháp", "Phòng Hành chính tư pháp"),
        ("2026-03-31", "quarter", "quý I năm 2026", "liên thông khai sinh", "Phòng Hành chính tư pháp"),
        ("2026-02-10", "day", "ngày mười tháng 02 năm 2026", "làm sạch", "Văn phòng Sở"),
        ("2026-03-31", "month", "tháng 3/2026", "xác minh lý lịch tư pháp", "Công an tỉnh"),
        ("2026-12-31", "year", "năm 2026", "giấy chứng sinh", "Sở Y tế"),
        # issued 06/01/2026, before the 10th: the first "ngày 10 hằng tháng" is 10/01/2026
        ("2026-01-10", "recurring", "10 hằng tháng", "đăng ký hộ tịch", "UBND các xã, phường"),
    ],
    "784": [
        ("2026-01-15", "day", "15/01/2026", "tài khoản mức 2", "Công an phường Cẩm Thành"),
        ("2026-01-30", "day", "ngày ba mươi tháng 01 năm 2026", "VNeID", "Tổ công nghệ số cộng đồng các tổ dân phố"),
        ("2026-03-31", "quarter", "quý I năm 2026", "nộp trực tuyến", "Trung tâm Phục vụ hành chính công phường"),
        ("2026-02-28", "month", "tháng 02/2026", "sổ sức khỏe điện tử", "Phòng Văn hóa - Xã hội"),
        ("2026-12-31", "year", "năm 2026", "thiết bị thu nhận căn cước", "Công an tỉnh Quảng Ngãi"),
        # issued 05/01/2026, before the 22nd: the first "ngày 22 hằng tháng" is 22/01/2026
        ("2026-01-22", "recurring", "22 hằng tháng", "báo cáo kết quả", "Các tổ dân phố"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind140.py's META): 780 a Công an tỉnh's,
# 781 a UBND tỉnh's and 784 a ward's monthly Báo cáo, 782 a UBND tỉnh's Công văn (the period from its "V/v" line),
# 783 a Sở's quarterly Báo cáo.
META = {
    "780": {"doc_number": "2418/BC-CAT-PC06", "doc_type": "Báo cáo", "issued_date": "2025-12-04",
            "province": "Lào Cai", "period_label": "tháng 11 năm 2025", "period_start": "2025-11-01",
            "period_end": "2025-11-30", "signer": "Hoàng Văn Dũng"},
    "781": {"doc_number": "412/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-11-07",
            "province": "Thanh Hóa", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Lê Đức Giang"},
    "782": {"doc_number": "6418/UBND-NC", "doc_type": "Công văn", "issued_date": "2025-12-08",
            "province": "Lâm Đồng", "period_label": "tháng 11 năm 2025", "period_start": "2025-11-01",
            "period_end": "2025-11-30", "signer": "Nguyễn Ngọc Phúc"},
    "783": {"doc_number": "286/BC-STP", "doc_type": "Báo cáo", "issued_date": "2026-01-06",
            "province": "Cà Mau", "period_label": "quý IV năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-12-31", "signer": "Trần Thị Mỹ Linh"},
    "784": {"doc_number": "318/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-01-05",
            "province": "Quảng Ngãi", "period_label": "tháng 12 năm 2025", "period_start": "2025-12-01",
            "period_end": "2025-12-31", "signer": "Phạm Minh Tuấn"},
}
