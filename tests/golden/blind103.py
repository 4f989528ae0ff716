"""Blind golden facts for corpus/blind103/590_bac_lieu.txt, 591_binh_thuan.txt, 592_ninh_binh.txt, 593_thai_nguyen.txt
and 594_hai_phong.txt.

The five documents were written by the developers for a hundred-and-third blind measurement (provinces little used in
recent sets; issuers not used recently: a Sở Thông tin và Truyền thông reporting the province's online services before
the merger, a Sở Tư pháp's annual report, a Sở Công Thương of a merged province, a Sở Văn hóa, Thể thao và Du lịch of a
merged province, the Trung tâm Phục vụ hành chính công of a centrally-run city after the merger; text as it arrives
from converters and scans; periods 6 tháng đầu năm 2024, năm 2024, quý I năm 2026, quý III năm 2025 and quý IV năm
2025; not real documents), and every row below was written by reading them, before any extraction, restoration or
pipeline code was run on them. They also serve as held-out text for diacritic restoration (593 is itself a text whose
marks were partly lost).

Same structure and conventions as golden/blind100.py, blind99.py, blind98.py, blind97.py, blind63.py, blind16.py and
blind13.py: rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written
inside it). Prose and list counts are kind `count`; table cells are kind `value` even when they count, with
`extra={"source": "table"}`; `as_of="period"` is the period's end; a change is dated with the figure it changes and a
fall ("giảm", "rút ngắn", "thấp hơn") is negative; a change in "điểm phần trăm" is kind change in `%` with the number
alone as raw. `ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly
names none: counts of decisions, units, banks, desks, establishments). "thủ tục" counts use the unit `TTHC`, "phản
ánh, kiến nghị" counts the unit `PAKN`; a count of the files (or PAKN) an indicator is computed on carries that
indicator's code; every "đã giải quyết" count, "trước hạn" and "đúng hạn" counts given apart, files pending, files by
field, reception point or channel (except "trực tiếp và qua bưu chính" as a whole, the direct share's code, as
golden/blind99.py's 571) and relative changes of counts have their code unchecked; "trước hạn và đúng hạn" together
carry the on-time code. Counts of local units take the unit of their first unit word ("104/124 xã, phường, thị trấn",
"52/114 xã, phường, đặc khu" → `xã`), counts of "sở, ban, ngành" → `đơn vị`, at the level of the bodies counted
(subject unchecked). A provincial body's own figures naming no body are named by its kind ("Sở Tư pháp", "Sở Công
Thương", "Sở Văn hóa, Thể thao và Du lịch" for "So …" in 593, "Trung tâm Phục vụ hành chính công thành phố" in a
centrally-run city), level tỉnh; a sentence naming it in full keeps the same name; province-wide figures ("toàn tỉnh",
"trên địa bàn tỉnh", "tỉnh Bạc Liêu đạt", "thành phố Hải Phòng đạt") have subject NULL; a proper name that holds a
place is kept whole ("Ban Quản lý Khu kinh tế Hải Phòng"). Fields ("lĩnh vực đất đai", a field row of a table) have
subject unchecked, level tỉnh in a Sở's report; the former provinces' areas ("khu vực tỉnh Nam Định cũ", "khu vực tỉnh
Hải Dương cũ") have subject and level unchecked (golden/blind97.py). Things counted take the noun as written
(`quyết định`, `ngân hàng`, `bản`, `dữ liệu`, `trường hợp`, `giấy chứng nhận`, `văn bản`, `giấy phép`, `cơ sở`,
`lượt`, `kết quả`, `quầy`); money keeps the unit written (`tỷ đồng`; code unchecked); durations `ngày`, `phút`.
Targets "chỉ tiêu … năm 2024 là 45%" are dated at that year's end and the figure they judge carries them with the
status stated; a target "đạt tối thiểu x% trong quý …" in a task is dated at the end of its quarter. Dates, document
numbers ("Số: 1126/BC-STTTT", "Số: 58/BC-STP", "Số: 412/BC-SCT", "S6: 1428/BC-SVHTTDL", "Số: 18/BC-TTPVHCC"), cited
plans, letters and decisions ("Kế hoạch số 38/KH-UBND", "Quyết định số 766/QĐ-TTg", "Kế hoạch số 214/KH-UBND", "Công
văn số 4875/UBND-NCKSTTHC", "Kế hoạch số 26/KH-UBND", "Ke hoach so 118/KH-UBND", "Quyết định số 3286/QĐ-UBND"), the
stated windows ("số liệu từ ngày 01/01/2024 đến ngày 30/6/2024", "Đến ngày 30/6/2024", "tu ngay 01/7/2025 den ngay
30/9/2025", …), the period words ("6 tháng đầu năm", "6 tháng cuối năm 2023" inside a previous value's sentence, "quý
II năm 2024"), names holding numbers ("Bộ chỉ số 766", "Bo chi so 766", "Tổng đài 1022", "Đề án 06", "DE AN 06",
"Phường 1"), the footnote markers "[^1]" … "[^5]" and the labels opening the footnotes, section and item numbering
("I.", "1.", "## I.", "Bảng 1.", "Bảng 2."), the STT column, the page footers "Trang 1/2", "Trang 2/2" and the running
header "Báo cáo số 412/BC-SCT ngày 07/4/2026 …", addresses ("số 05 đường Nguyễn Tất Thành", "số 18 đường Lê Hồng
Phong", "số 28 đường Trần Hưng Đạo", "so 12 duong Nha Trang", "số 18 đường Hoàng Diệu"), phone numbers
("0291.3822.468", "0252.3822.431", "0229.3871.246", "0208.3855.621", "0225.3842.615"), headings naming the next period
("## VI. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024", "VI. NHIỆM VỤ NĂM 2025", "V. NHIỆM VỤ QUÝ II NĂM 2026", "V. NHIEM VU QUY IV
NAM 2025", "## V. NHIỆM VỤ QUÝ I NĂM 2026": no deadlines), "chuyển sang năm 2025" and years are not figures. OCR noise
is no figure: "S6:" is "Số:", "quy 111" is "quý III".

New in this set (the forms were not met before; the decisions are written here):
- MARKDOWN FOOTNOTES (590): markers "[^1]" … "[^5]" glued to a figure or word ("**1.684 TTHC**[^1]", "248.612 hồ sơ
  TTHC[^2]", "18,62 tỷ đồng[^3]", "82,37%[^4]", "(77,46 điểm, xếp thứ 39/63)[^5]"; their digits are no figures and no
  part of the numbers) and their texts "[^1]: …" after the signature and a rule "---". As golden/blind90.py's 526 and
  golden/blind95.py's 553 read footnotes, each footnote's figures are read as the sentence they annotate (same period,
  same subject unless the footnote names another): [^1] TTHC by level (`cấp tỉnh`, `cấp huyện`, `cấp xã`, code
  unchecked as golden/blind97.py's 563), [^2] files received by level (files code), [^3] the parts of the money
  (`tỷ đồng`, code unchecked), [^4] the digitisation shares by level (the digitisation code), [^5] the payment group's
  fall "giảm 0,36 điểm so với quý I năm 2024 (6,28/10 điểm)" (a change of the group, negative, and its previous score
  with its maximum dated 2024-03-31) and cấp xã's payment share "27,94%".
- THOUSANDS SEPARATED BY SPACES AND THIN SPACES (591): the tab-separated Bảng by field writes "21 486", "2 846" with an
  ordinary space, "1 238", "3 126" with a thin space (U+2009) and the "Tổng cộng" row "31 846" with a narrow no-break
  space (U+202F), while the prose writes "31.846" with a dot. The raw is the cell as written (space included), the
  value the number a reader takes (21486, 31846): a space between digit groups inside one cell is a thousands
  separator, never two numbers. Cells: received, online files (files code), online share, settled (code unchecked),
  overdue (two "0" cells); field rows subject unchecked, level tỉnh; "Tổng cộng" (empty STT) = the Sở.
- A TWO-COLUMN TABLE EXTRACTED FROM A PDF AS DOT LEADERS (592): "Số hồ sơ tiếp nhận (hồ sơ) ........ 6.842", "Tỷ lệ hồ
  sơ giải quyết đúng hạn ........ 98,2%", "Công khai, minh bạch ........ 17,12/18", "Điểm tiếp nhận khu vực tỉnh Nam
  Định cũ ........ 2.046 hồ sơ". Each line is one row of a table (label | value; Bảng 1 and Bảng 2 keep their header
  line "Chỉ tiêu … Kết quả", "Nhóm chỉ số … Điểm đạt"; the reception points' lines follow "Hồ sơ tiếp nhận theo điểm
  tiếp nhận:"): source `table`, kind value even when it counts, unit from the label's bracket ("(hồ sơ)", "(ngày/hồ
  sơ)") or the value's sign or noun ("%", "hồ sơ"), code from the label; the dot run is no part of the context's meaning
  (a context is the whole line). Bảng 1 and Bảng 2 are the Sở's (the sentence introducing Bảng 1 and the title of Bảng 2
  name it); the group scores carry their maxima ("17,12/18") and "Tổng điểm … 91,44/100" is the Sở's total. The
  reception points are former provinces' areas and the head office (subject and level unchecked, code unchecked). The
  PDF also has a page break ("\\f") with a footer "Trang 1/2" and a running header, and its signature block in two
  columns ("Nơi nhận: … GIÁM ĐỐC" / "- Văn phòng UBND tỉnh; … Trần Đức Thịnh": the signer is the name).
- AN OCR WITH DIACRITICS PARTLY KEPT (593): unlike golden/blind99.py's 572 (every line but the place-date, title and
  signer lost its marks), here marks survive word by word inside a line ("ty le ho so dung hạn dat 99,31%", "So tiếp
  nhận 2.964 ho so", "Sở đang thực hiện 146 TTHC (cấp tỉnh 121 TTHC, cap xa 25 TTHC)", "Lĩnh vực văn hóa cơ sở: tiep
  nhan 842 ho so", "tăng 6,18 diem phan tram"), with "S6:" and "quy 111" as in golden/blind63.py's 392. Contexts are
  written as the file has them (mixed); subjects, units and metadata are the restored Vietnamese ("quý III năm 2025");
  tasks, assignees and date words of the deadlines are written unmarked (compared folded).
- A MARKDOWN TABLE WHOSE HEADER SPANS THREE ROWS (594): a Word table with merged header cells converted to a pipe
  table: the first header row ("STT | Cơ quan, đơn vị | Tiếp nhận | | | Giải quyết | | | Thanh toán trực tuyến") sits
  above the separator, the second and third below it as if they were data rows ("| | | Tổng số (hồ sơ) | Trong đó
  nộp trực tuyến | | Đã giải quyết (hồ sơ) | Trong đó | | Tỷ lệ (%) |", "| | | | Số hồ sơ | Tỷ lệ (%) | | Đúng hạn (%) |
  Quá hạn (hồ sơ) | |"), empty cells where a header spans. A cell's meaning is read down its column through all
  three header rows: received files, online files ("Trong đó nộp trực tuyến / Số hồ sơ"), online share ("Trong đó nộp
  trực tuyến / Tỷ lệ (%)"), settled (code unchecked), on-time share, overdue files, payment share. The two header rows
  below the separator hold no figures. Rows: the city's agencies as written ("Sở Nông nghiệp và Môi trường", "Ban Quản
  lý Khu kinh tế Hải Phòng", level tỉnh; "Các cơ quan còn lại" subject unchecked) and a bold "**Tổng cộng**" row with an
  empty STT: the files received at the Centre, so the Centre's (it repeats the prose), as the Centre's own prose
  figures; two "100" and two "0" cells.

Per document:
- 590 is a half-year Báo cáo of the Sở Thông tin và Truyền thông tỉnh Bạc Liêu (bold Markdown header "UBND TỈNH BẠC
  LIÊU / SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "#"/"##" headings), 6 tháng đầu năm 2024, issued 05/7/2024, before the merger
  (ranks /63), on the province's online services ("trên địa bàn tỉnh"): province figures have subject NULL. TTHC "1.684
  … 1.042 … (chiếm 61,88%) … 642", "So với cuối năm 2023 (876 TTHC toàn trình), … tăng thêm 166 TTHC" (previous dated
  2023-12-31); files and online shares by level after "lần lượt là" (the levels named before the figures); on-time
  "97,42% (cùng kỳ năm 2023: 95,18%)" (dated 2023-06-30); overdue files with the land part in brackets; payment
  "36,96%; so với chỉ tiêu UBND tỉnh giao năm 2024 là 45% thì tỉnh chưa đạt chỉ tiêu" (target dated 2024-12-31);
  Markdown Bảng 1 of the seven district-level committees (subject as written, level huyện; received, online share,
  payment share, digitisation share) with a "**Cộng cấp huyện**" row with an empty STT (= `cấp huyện`; its shares are
  repeated in the prose and footnote [^4]); reuse "18,26%, thấp hơn 6 tháng cuối năm 2023 (21,40%) là 3,14 điểm phần
  trăm" (previous dated 2023-12-31, the change negative); `79,64/100`, `34/63` "tăng 2,18 điểm và tăng 5 bậc so với
  quý I năm 2024 (77,46 điểm, xếp thứ 39/63)" (dated 2024-03-31, the previous total on the /100 scale); six group
  scores `x/max` in a dash list; PAKN, satisfaction. Task 1's "03 ngân hàng" a count, task 3's "toàn tỉnh đạt tối
  thiểu 45% trong quý IV năm 2024" the province's target (dated 2024-12-31). Six deadlines: day, "chậm nhất" day in
  words "ngày mười lăm tháng 8 năm 2024" for two named districts, quarter (with the target), month, year, "trước ngày
  20 hằng tháng" (issued 05/7/2024: first 20/7/2024).
- 591 is an annual Báo cáo of the Sở Tư pháp tỉnh Bình Thuận, năm 2024, issued 09/01/2025, before the merger into Lâm
  Đồng. The Sở's figures: "05 quyết định", the TTHC announced, amended and abolished (the sector's list: subject and
  level unchecked), "142 TTHC … 118 … 24", "100% TTHC được công khai đầy đủ, đúng hạn" (code unchecked), files "(năm
  2023: 27.512 hồ sơ), tăng 15,75%", online, direct-and-postal, settled with "trước hạn" and "đúng hạn" apart and
  together "99,89%", overdue, carried over; the space-separated Bảng (above); a field's share, "bình quân 1.791 hồ
  sơ/tháng" (the field's average: kind value), the field's lowest online share in brackets; time "3,8 ngày/hồ sơ, rút
  ngắn 0,6 ngày so với năm 2023 (4,4 ngày/hồ sơ)"; payment "84,62% (năm 2023: 61,38%), tăng 23,24 điểm phần trăm; so
  với chỉ tiêu … năm 2024 là 80% thì Sở đã đạt chỉ tiêu"; "2,46 tỷ đồng"; the province's electronic certification
  "48.216 bản, trong đó cấp xã 31.472 bản; … 83,87% (104/124 xã, phường, thị trấn)" (subject NULL, then `cấp xã`),
  civil-status records "2.184.306 dữ liệu hộ tịch, đạt 98,47% kế hoạch" and births "21.648 trường hợp … chiếm 72,14%"
  (the province's, codes unchecked); PAKN "18/18" one count, "5,2 ngày/PAKN"; the Sở named in full `91,36/100`,
  `2/19` "(năm 2023: 87,92 điểm, xếp thứ 6/19), tăng 3,44 điểm và tăng 4 bậc" (dated 2023-12-31); the province
  `82,58/100`, `26/63`; shortcomings "35 hồ sơ", fields in brackets, "34,12%", "20/124 xã, phường, thị trấn". Task 1's
  "12 TTHC" a count; task 3's "của lĩnh vực trợ giúp pháp lý đạt tối thiểu 75% trong quý II năm 2025" the field's
  target (subject unchecked, level tỉnh, dated 2025-06-30). Six deadlines: day, "chậm nhất ngày ba mươi mốt tháng 3
  năm 2025", quarter (with the target), month, year in a request "Đề nghị Công an tỉnh …", "trước ngày 18 hằng tháng"
  (issued 09/01/2025: first 18/01/2025).
- 592 is a quarterly Báo cáo of the Sở Công Thương tỉnh Ninh Bình (merged with Hà Nam and Nam Định; header in two
  space-aligned columns), quý I năm 2026, issued 07/4/2026, ranks /34. The Sở's figures: "02 quyết định", "06 TTHC", "04
  TTHC" (the sector's list: subject and level unchecked), "128 TTHC … 104 TTHC … (81,25%) … 24 TTHC"; the dot-leader
  Bảng 1 (above); "So với quý IV năm 2025 (5.936 hồ sơ), … tăng 906 hồ sơ, bình quân 2.281 hồ sơ/tháng" (dated
  2025-12-31; the monthly average kind value, code unchecked); "5.124 hồ sơ trước hạn (chiếm 76,27%) và 1.473 hồ sơ đúng
  hạn" (parts given apart: codes unchecked); the electricity field's overdue files "(86 hồ sơ, chiếm 71,07% số hồ sơ quá
  hạn)" (subject unchecked, level tỉnh; the share's code unchecked); the reception points (dot leaders); permits and
  certificates issued (`giấy chứng nhận`, `văn bản`, `giấy phép`); payment "71,46% (quý IV năm 2025: 66,20%), tăng 5,26
  điểm phần trăm; chỉ tiêu UBND tỉnh giao năm 2026 là 75%, Sở chưa đạt chỉ tiêu" (target dated 2026-12-31), "3,18 tỷ
  đồng", "2.318 hồ sơ, chiếm 33,88%" reusing the population database and "1.046 hồ sơ … VNeID, chiếm 16,83%" (codes
  unchecked), PAKN, satisfaction; Bảng 2 (dot leaders) the Sở's six group scores and total; "xếp thứ 4/18 sở, ban,
  ngành, tăng 2,47 điểm và tăng 2 bậc so với quý IV năm 2025 (88,97 điểm, xếp thứ 6/18)" (dated 2025-12-31, the previous
  score on the /100 scale); the province `84,36/100`, `14/34`; the block average of the sở, ban, ngành (subject
  unchecked, level tỉnh). Tasks: "86 hồ sơ" and "24 TTHC" counts repeated; task 3's "của Sở đạt tối thiểu 75% trong quý
  II năm 2026" the Sở's target (dated 2026-06-30). Six deadlines: day, "chậm nhất ngày ba mươi tháng 4 năm 2026",
  quarter (with the target), month, year in a request, "trước ngày 15 hằng tháng" (issued 07/4/2026: first 15/4/2026).
- 593 is a quarterly Báo cáo of the Sở Văn hóa, Thể thao và Du lịch tỉnh Thái Nguyên (merged with Bắc Kạn; header "UBND
  TINH THAI NGUYEN / SO VAN HOA, THE THAO / VA DU LICH"), quý III năm 2025 (title "quy 111 năm 2025", window "tu ngay
  01/7/2025 den ngay 30/9/2025"), issued 06/10/2025, OCR'd with marks partly kept (above). "toan tinh co 92 don vi hanh
  chinh cap xa (77 xa, 15 phuong)" → `cấp xã` (unit `đơn vị`) and its parts `xã`, `phường` (subject unchecked, level
  xã), as golden/blind100.py's 575. The Sở's figures: TTHC "146 … (cấp tỉnh 121 TTHC, cap xa 25 TTHC) … 112 … 76,71%",
  "03 quyet dinh", files "(quy II nam 2025: 2.518 ho so), tang 446 ho so, binh quan 988 ho so/thang" (dated 2025-06-30;
  the average kind value, code unchecked), online, postal "86 ho so" (code unchecked), settled, "ty le ho so dung hạn
  dat 99,31%", overdue with two fields in brackets, "4,6 ngay/ho so"; a dash list of five fields ("tiep nhan …, truc
  tuyen … (x%)": subject unchecked, level tỉnh; counts' codes unchecked, shares the online code); payment "58,34% (quy
  II nam 2025: 52,16%), tăng 6,18 diem phan tram; … chi tieu … nam 2025 la 60% thi So chua dat chi tieu" (target dated
  2025-12-31); digitisation, e-results, reuse "36,48%", "218 the huong dan vien du lich, 100% tiep nhan truc tuyen"
  (unit `thẻ`, codes unchecked); "Toan tinh co 186/250 co so luu tru du lich …, dat 74,40%" (the province's
  establishments: subject NULL, unit `cơ sở`, code None; the share's code unchecked); PAKN "04/04" one count next to
  "Tổng đài 1022"; the Sở named in full `86,52/100`, `9/17`, "tang 3,24 diem so voi thang 7/2025 (83,28 diem)" (dated
  2025-07-31, on the /100 scale), its groups "6,92/10", "18,64/22" (the groups' codes); the province `80,14/100`,
  `22/34` and the block average of the sở, ban, ngành (subject unchecked, level tỉnh). Tasks: "14 ho so", "34 TTHC"
  counts repeated; task 3's "cua So dat toi thieu 60% trong quy IV nam 2025" the Sở's target (dated 2025-12-31). Six
  deadlines written unmarked: day, "cham nhat ngay ba muoi mot thang 10 nam 2025", quarter (with the target), month,
  year "hoan thanh trong nam 2026" in a request, "truoc ngay 25 hang thang" (issued 06/10/2025: first 25/10/2025).
- 594 is a quarterly Báo cáo of the Trung tâm Phục vụ hành chính công thành phố Hải Phòng (merged with Hải Dương; header
  "UBND THÀNH PHỐ HẢI PHÒNG / TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"), quý IV năm 2025, issued 06/01/2026, on itself: its
  figures ("Trung tâm tiếp nhận …", "tại Trung tâm", "Trung tâm chưa đạt chỉ tiêu") are `Trung tâm Phục vụ hành chính
  công thành phố`, level tỉnh. Files "của 21 sở, ban, ngành (quý III năm 2025: 79.856 hồ sơ), tăng 6.556 hồ sơ, tương
  ứng tăng 8,21%" (dated 2025-09-30), online, settled, on-time, overdue "277 hồ sơ, trong đó Sở Nông nghiệp và Môi
  trường có 186 hồ sơ (chiếm 67,15%)" (the Sở named: its count with the overdue code, its share of the overdue files
  code unchecked); the former province's reception points "24.618 hồ sơ, chiếm 28,49%" (subject and level unchecked);
  the three-row header table (above); payment "77,96% (quý III năm 2025: 73,42%), tăng 4,54 điểm phần trăm; so với chỉ
  tiêu UBND thành phố giao năm 2025 là 80%, Trung tâm chưa đạt chỉ tiêu"; digitised files "84.926 hồ sơ, đạt 98,28%",
  e-results "81.304 hồ sơ"; postal "6.842 hồ sơ … 12.518 kết quả" (codes unchecked); PAKN "38 … 38 … 100%"; counter
  ratings "24.316 lượt … 99,12%" and waiting time "7,5 phút/lượt, giảm 2,3 phút" (codes unchecked: ratings on the
  counter devices, not the 766 survey); the city `86,74/100`, `7/34` (subject NULL), block averages (subject unchecked;
  levels tỉnh, xã), "52/114 xã, phường, đặc khu xếp loại Tốt". Tasks: "186 hồ sơ" a count repeated, "06 quầy", task 3's
  "lĩnh vực đất đai đạt tối thiểu 70% trong quý I năm 2026" (a field of the Sở named: subject unchecked, level tỉnh,
  dated 2026-03-31). Six deadlines: day, "chậm nhất ngày mười lăm tháng 02 năm 2026", quarter (with the target) in a
  request, month, year in a request, "trước ngày 05 hằng tháng" (issued 06/01/2026, after the 5th: first 05/02/2026).
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

_TONG = "766.tong_hop"
_HANG = "766.xep_hang"
_TTHC = "tthc.tong_so"
_TIME = "766.tien_do.thoi_gian"
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_PAKN_TIME = "pakn.thoi_gian"
_Q1_2024 = "2024-03-31"
_H1_2023 = "2023-06-30"
_Y2023 = "2023-12-31"
_Y2024 = "2024-12-31"
_Q2_2025 = "2025-06-30"
_JUL_2025 = "2025-07-31"
_Q3_2025 = "2025-09-30"
_Y2025 = "2025-12-31"
_OPEN = {"subject": ANY, "level": ANY}
_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_HUYEN = {"subject": "cấp huyện", "level": "huyện"}
_XA = {"subject": "cấp xã", "level": "xã"}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_XA = {"subject": ANY, "level": "xã"}

# A numeric cell: (raw, unit, kind, code, as_of, max_value).
Cell = tuple[str, str, str, object, str, float | None]


def _num(raw: str) -> float:
    """A number as a reader reads it; spaces and thin spaces between digit groups are thousands separators."""
    return vn_number(raw.replace(" ", "").replace("\u2009", "").replace("\u202f", ""))


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


def _leader(label: str, raw: str, unit: str, code: object, dots: int | None = None, noun: str = "", **kw) -> Fact:
    """One row of a two-column table a PDF extraction wrote as "<label> ..... <value>[ <noun>]" (592): the whole line
    is the context; the dot run fills the label out to 70 characters (one line is a dot short)."""
    line = f"{label} {'.' * (dots if dots is not None else 70 - len(label))} {raw}{noun}"
    top = _num(raw.split("/")[1]) if "/" in raw else None
    return F(line, raw, _num(raw.split("/")[0]), unit, P, max_value=top, code=code, extra=TAB, **kw)


# ------------------------------------------------------------ 590: Sở TT&TT Bạc Liêu, 6 tháng đầu năm 2024, footnotes
def _district_590(stt: str, name: str, raws: str, after: str, subject: str, level: str = "huyện") -> list[Fact]:
    """One Markdown row of Bảng 1: received files, online share, payment share, digitisation share."""
    received, online, pay, digit = raws.split()
    line = f"| {stt} | {name} | {received} | {online} | {pay} | {digit} |".replace("|  |", "| |")
    return _cells(line, " | ", after, subject, level, [
        (received, "hồ sơ", P, _TN, "period", None), (online, "%", P, _NOP, "period", None),
        (pay, "%", P, _TT, "period", None), (digit, "%", P, _SH, "period", None)])


_DISTRICTS_590 = [
    ("UBND thành phố Bạc Liêu", "9.846 58,24 41,36 86,12"),
    ("UBND thị xã Giá Rai", "7.412 49,18 33,85 79,46"),
    ("UBND huyện Hồng Dân", "4.186 42,07 28,14 71,28"),
    ("UBND huyện Phước Long", "4.528 44,63 30,52 74,90"),
    ("UBND huyện Vĩnh Lợi", "3.964 47,25 35,46 80,15"),
    ("UBND huyện Hòa Bình", "4.732 45,86 29,73 76,42"),
    ("UBND huyện Đông Hải", "3.618 38,41 24,67 68,35"),
]


def _table_590() -> list[Fact]:
    """Bảng 1 in order; each row's context runs into the next row's STT and name; the "Cộng cấp huyện" row (empty STT)
    is `cấp huyện`."""
    facts = []
    for i, (name, raws) in enumerate(_DISTRICTS_590):
        after = (f"| {i + 2} | {_DISTRICTS_590[i + 1][0]}" if i + 1 < len(_DISTRICTS_590)
                 else "| | **Cộng cấp huyện**")
        facts += _district_590(str(i + 1), name, raws, after, name)
    facts += _district_590("", "**Cộng cấp huyện**", "38.286 48,57 33,55 78,38", "\n## III. SỐ HÓA", "cấp huyện")
    return facts


BLIND_590 = [
    # I.1 TTHC (38/KH-UBND, 766/QĐ-TTg cited; the stated window is the period; "[^1]" no figure)
    F("cung cấp **1.684 TTHC", "1.684", 1684, "TTHC", C, code=_TTHC),
    F("trong đó 1.042 TTHC", "1.042", 1042, "TTHC", C, code=_TOAN),
    F("(chiếm 61,88%)", "61,88%", 61.88, "%", code=_TOAN),
    F("và 642 TTHC", "642", 642, "TTHC", C, code=_MOT),
    F("(876 TTHC toàn trình)", "876", 876, "TTHC", PR, as_of=_Y2023, code=_TOAN),
    F("tăng thêm 166 TTHC", "166", 166, "TTHC", CH, code=_TOAN),
    # I.2 files, online shares by level after "lần lượt là"
    F("tiếp nhận 248.612", "248.612", 248612, "hồ sơ", C, code=_TN),
    F("trực tuyến 140.717", "140.717", 140717, "hồ sơ", C, code=_NOP),
    F("chiếm 56,60%", "56,60%", 56.60, "%", code=_NOP),
    F("lần lượt là 78,14%", "78,14%", 78.14, "%", code=_NOP, **_TINH),
    F(", 48,57% và", "48,57%", 48.57, "%", code=_NOP, **_HUYEN),
    F("và 41,07%", "41,07%", 41.07, "%", code=_NOP, **_XA),
    # I.3 on time (cùng kỳ dated 2023-06-30), overdue with the land part
    F("đạt 97,42%", "97,42%", 97.42, "%", code=_DH),
    F("(cùng kỳ năm 2023: 95,18%)", "95,18%", 95.18, "%", PR, as_of=_H1_2023, code=_DH),
    F("còn 6.124 hồ sơ", "6.124", 6124, "hồ sơ", C, code=_QH),
    F("(4.318 hồ sơ)", "4.318", 4318, "hồ sơ", C, code=_QH, **_OPEN),
    # II. payment, the 2024 target, money
    F("có 86.214 hồ sơ", "86.214", 86214, "hồ sơ", C, code=ANY),
    F("đó 31.865 hồ sơ", "31.865", 31865, "hồ sơ", C, code=_TT),
    F("đạt 36,96%", "36,96%", 36.96, "%", code=_TT, target=45, stated_status="chưa đạt"),
    F("năm 2024 là 45%", "45%", 45, "%", T, as_of=_Y2024, code=_TT),
    F("là 18,62 tỷ đồng", "18,62", 18.62, "tỷ đồng", code=ANY),
    # Bảng 1 (Markdown) by district-level committee and its "Cộng cấp huyện" row
    *_table_590(),
    # III. digitisation, e-results, reuse (6 tháng cuối năm 2023 dated 2023-12-31)
    F("của tỉnh đạt 82,37%", "82,37%", 82.37, "%", code=_SH),
    F("điện tử đạt 91,05%", "91,05%", 91.05, "%", code=_KQ),
    F("mới đạt 18,26%", "18,26%", 18.26, "%", code=_TSD),
    F("(21,40%)", "21,40%", 21.40, "%", PR, as_of=_Y2023, code=_TSD),
    F("là 3,14 điểm phần trăm", "3,14", -3.14, "%", CH, code=_TSD),
    # IV. the 766 index (quý I năm 2024 dated 2024-03-31) and the six groups
    F("đạt **79,64/100", "79,64/100", 79.64, "điểm", max_value=100, code=_TONG),
    F("thứ **34/63", "34/63", 34, "hạng", R, max_value=63, code=_HANG),
    F("tăng 2,18 điểm", "2,18", 2.18, "điểm", CH, code=_TONG),
    F("tăng 5 bậc", "5", 5, "hạng", CH, code=_HANG),
    F("(77,46 điểm", "77,46", 77.46, "điểm", PR, max_value=100, as_of=_Q1_2024, code=_TONG),
    F("xếp thứ 39/63)", "39/63", 39, "hạng", PR, max_value=63, as_of=_Q1_2024, code=_HANG),
    F("minh bạch: 15,82/18", "15,82/18", 15.82, "điểm", max_value=18, code="766.cong_khai"),
    F("giải quyết: 18,36/20", "18,36/20", 18.36, "điểm", max_value=20, code="766.tien_do"),
    F("trực tuyến: 8,74/12", "8,74/12", 8.74, "điểm", max_value=12, code="766.dvctt"),
    F("trực tuyến: 5,92/10", "5,92/10", 5.92, "điểm", max_value=10, code="766.thanh_toan"),
    F("hồ sơ: 14,18/22", "14,18/22", 14.18, "điểm", max_value=22, code="766.so_hoa"),
    F("hài lòng: 16,62/18", "16,62/18", 16.62, "điểm", max_value=18, code="766.hai_long"),
    # V. PAKN, satisfaction
    F("tiếp nhận 142 PAKN", "142", 142, "PAKN", C, code=_PAKN_TN),
    F("xử lý 136 PAKN", "136", 136, "PAKN", C, code=_PAKN_XL),
    F("đạt 95,77%", "95,77%", 95.77, "%", code=_PAKN_TL),
    F("; 06 PAKN", "06", 6, "PAKN", C, code=ANY),
    F("TTHC đạt 94,28%", "94,28%", 94.28, "%", code=_HL),
    # VI. tasks: banks counted, the province's target for quý IV (address and phone number no figures)
    F("với 03 ngân hàng", "03", 3, "ngân hàng", C, code=None, **_OPEN),
    F("tối thiểu 45%", "45%", 45, "%", T, as_of=_Y2024, code=_TT),
    # footnotes after the signature: [^1] TTHC by level, [^2] files by level, [^3] money, [^4] digitisation by
    # level, [^5] the payment group's fall and cấp xã's payment share
    F("Cấp tỉnh 1.392 TTHC", "1.392", 1392, "TTHC", C, code=ANY, **_TINH),
    F("cấp huyện 206 TTHC", "206", 206, "TTHC", C, code=ANY, **_HUYEN),
    F("cấp xã 86 TTHC", "86", 86, "TTHC", C, code=ANY, **_XA),
    F("tiếp nhận 96.418 hồ sơ", "96.418", 96418, "hồ sơ", C, code=_TN, **_TINH),
    F("cấp huyện 38.286 hồ sơ", "38.286", 38286, "hồ sơ", C, code=_TN, **_HUYEN),
    F("cấp xã 113.908 hồ sơ", "113.908", 113908, "hồ sơ", C, code=_TN, **_XA),
    F("lệ phí 11,48 tỷ đồng", "11,48", 11.48, "tỷ đồng", code=ANY),
    F("đai 7,14 tỷ đồng", "7,14", 7.14, "tỷ đồng", code=ANY),
    F("Cấp tỉnh đạt 90,12%", "90,12%", 90.12, "%", code=_SH, **_TINH),
    F("cấp huyện đạt 78,38%", "78,38%", 78.38, "%", code=_SH, **_HUYEN),
    F("cấp xã đạt 74,93%", "74,93%", 74.93, "%", code=_SH, **_XA),
    F("giảm 0,36 điểm", "0,36", -0.36, "điểm", CH, code="766.thanh_toan"),
    F("(6,28/10 điểm)", "6,28/10", 6.28, "điểm", PR, max_value=10, as_of=_Q1_2024, code="766.thanh_toan"),
    F("chỉ đạt 27,94%", "27,94%", 27.94, "%", code=_TT, **_XA),
]

# ------------------------------------------------------------ 591: Sở Tư pháp Bình Thuận, năm 2024, spaced thousands
_STP = "Sở Tư pháp"
_TS = "\u2009"  # thin space
_NN = "\u202f"  # narrow no-break space


def _stp(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """The Sở's own figure (named by its kind, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_STP, level="tỉnh", **kw)


def _field_591(stt: str, name: str, raws: list[str], after: str, subject: object = ANY) -> list[Fact]:
    """One tab-separated row of the Bảng by field: received, online files, online share, settled, overdue (a field
    is no body: subject unchecked, level tỉnh; the total row is the Sở)."""
    received, online, share, settled, overdue = raws
    line = "\t".join([stt, name, *raws])
    return _cells(line, "\t", after, subject, "tỉnh", [
        (received, "hồ sơ", P, _TN, "period", None), (online, "hồ sơ", P, _NOP, "period", None),
        (share, "%", P, _NOP, "period", None), (settled, "hồ sơ", P, ANY, "period", None),
        (overdue, "hồ sơ", P, _QH, "period", None)])


_FIELDS_591 = [
    ("Lý lịch tư pháp", ["21 486", "20 912", "97,33", "21 274", "12"]),
    ("Quốc tịch", ["164", "98", "59,76", "158", "4"]),
    ("Hộ tịch có yếu tố nước ngoài", [f"1{_TS}238", f"1{_TS}046", "84,49", f"1{_TS}219", "7"]),
    ("Chứng thực", ["2 846", "2 314", "81,31", "2 831", "0"]),
    ("Luật sư, công chứng, đấu giá tài sản", [f"1{_TS}912", f"1{_TS}637", "85,62", f"1{_TS}896", "9"]),
    ("Trợ giúp pháp lý", [f"3{_TS}126", f"2{_TS}047", "65,48", f"3{_TS}068", "3"]),
    ("Bồi thường nhà nước, hòa giải thương mại và lĩnh vực khác", [f"1{_TS}074", "850", "79,14", f"1{_TS}066", "0"]),
]


def _table_591() -> list[Fact]:
    """The Bảng by field in order; each row's context runs into the next row's STT and name; "Tổng cộng" (empty STT)
    is the Sở."""
    facts = []
    for i, (name, raws) in enumerate(_FIELDS_591):
        after = f"{i + 2}\t{_FIELDS_591[i + 1][0]}" if i + 1 < len(_FIELDS_591) else "\tTổng cộng"
        facts += _field_591(str(i + 1), name, raws, after)
    facts += _field_591("", "Tổng cộng", [f"31{_NN}846", f"28{_NN}904", "90,76", f"31{_NN}512", "35"], "\nLĩnh vực lý",
                        _STP)
    return facts


BLIND_591 = [
    # I. (214/KH-UBND, 4875/UBND-NCKSTTHC cited) decisions, the sector's list, the Sở's TTHC
    _stp("ban hành 05 quyết định", "05", 5, "quyết định", C, code=None),
    F("gồm 14 TTHC", "14", 14, "TTHC", C, code=ANY, **_OPEN),
    F(", 22 TTHC", "22", 22, "TTHC", C, code=ANY, **_OPEN),
    F("và 09 TTHC", "09", 9, "TTHC", C, code=ANY, **_OPEN),
    _stp("của Sở là 142 TTHC", "142", 142, "TTHC", C, code=_TTHC),
    _stp("trong đó 118 TTHC", "118", 118, "TTHC", C, code=_TOAN),
    _stp(", 24 TTHC", "24", 24, "TTHC", C, code=_MOT),
    _stp("100% TTHC", "100%", 100, "%", code=ANY),
    # II.1–II.2 files (năm 2023 dated 2023-12-31)
    _stp("tiếp nhận 31.846", "31.846", 31846, "hồ sơ", C, code=_TN),
    _stp("(năm 2023: 27.512 hồ sơ)", "27.512", 27512, "hồ sơ", PR, as_of=_Y2023, code=_TN),
    _stp("tăng 15,75%", "15,75%", 15.75, "%", CH, code=ANY),
    _stp("trực tuyến 28.904", "28.904", 28904, "hồ sơ", C, code=_NOP),
    _stp("chiếm 90,76%", "90,76%", 90.76, "%", code=_NOP),
    _stp("ích 2.942 hồ sơ", "2.942", 2942, "hồ sơ", C, code=_NTT),
    _stp("giải quyết 31.512", "31.512", 31512, "hồ sơ", C, code=ANY),
    _stp("trước hạn 24.386", "24.386", 24386, "hồ sơ", C, code=ANY),
    _stp("đúng hạn 7.091", "7.091", 7091, "hồ sơ", C, code=ANY),
    _stp("quá hạn 35 hồ sơ;", "35", 35, "hồ sơ", C, code=_QH),
    _stp("đạt 99,89%", "99,89%", 99.89, "%", code=_DH),
    _stp("là 334 hồ sơ", "334", 334, "hồ sơ", C, code=ANY),
    # the tab-separated Bảng by field, thousands separated by spaces and thin spaces
    *_table_591(),
    # after the table: a field's share and monthly average, the lowest online share; processing time
    F("chiếm 67,47%", "67,47%", 67.47, "%", code=ANY, **_IN_TINH),
    F("bình quân 1.791 hồ sơ/tháng", "1.791", 1791, "hồ sơ", code=ANY, **_IN_TINH),
    F("(59,76%)", "59,76%", 59.76, "%", code=_NOP, **_IN_TINH),
    _stp("bình quân 3,8 ngày", "3,8", 3.8, "ngày", code=_TIME),
    _stp("rút ngắn 0,6 ngày", "0,6", -0.6, "ngày", CH, code=_TIME),
    _stp("(4,4 ngày/hồ sơ)", "4,4", 4.4, "ngày", PR, as_of=_Y2023, code=_TIME),
    # III. payment (the 2024 target, "đã đạt"), money, digitisation, e-results
    _stp("đạt 84,62%", "84,62%", 84.62, "%", code=_TT, target=80, stated_status="đạt"),
    _stp("(năm 2023: 61,38%)", "61,38%", 61.38, "%", PR, as_of=_Y2023, code=_TT),
    _stp("tăng 23,24 điểm", "23,24", 23.24, "%", CH, code=_TT),
    _stp("năm 2024 là 80%", "80%", 80, "%", T, code=_TT),
    _stp("là 2,46 tỷ đồng", "2,46", 2.46, "tỷ đồng", code=ANY),
    _stp("đạt 96,18%", "96,18%", 96.18, "%", code=_SH),
    _stp("điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    # the province's electronic certification, civil-status records and births
    F("bản chính 48.216 bản", "48.216", 48216, "bản", C, code=ANY),
    F("cấp xã 31.472 bản", "31.472", 31472, "bản", C, code=ANY, **_XA),
    F("đạt 83,87%", "83,87%", 83.87, "%", code=ANY, **_XA),
    F("(104/124 xã", "104/124", 104, "xã", C, max_value=124, code=None, **_IN_XA),
    F("hóa 2.184.306 dữ liệu", "2.184.306", 2184306, "dữ liệu", C, code=ANY),
    F("đạt 98,47% kế hoạch", "98,47%", 98.47, "%", code=ANY),
    F("có 21.648 trường hợp", "21.648", 21648, "trường hợp", C, code=ANY),
    F("chiếm 72,14%", "72,14%", 72.14, "%", code=ANY),
    # IV. PAKN, satisfaction, the Sở's and the province's 766 results (năm 2023 dated 2023-12-31)
    _stp("tiếp nhận 18 PAKN", "18", 18, "PAKN", C, code=_PAKN_TN),
    _stp("xử lý 18/18 PAKN", "18/18", 18, "PAKN", C, max_value=18, code=_PAKN_XL),
    _stp("PAKN, đạt 100%", "100%", 100, "%", code=_PAKN_TL),
    _stp("bình quân 5,2 ngày", "5,2", 5.2, "ngày", code=_PAKN_TIME),
    _stp("Sở đạt 98,86%", "98,86%", 98.86, "%", code=_HL),
    _stp("đạt 91,36/100", "91,36/100", 91.36, "điểm", max_value=100, code=_TONG),
    _stp("xếp thứ 2/19", "2/19", 2, "hạng", R, max_value=19, code=_HANG),
    _stp("(năm 2023: 87,92 điểm", "87,92", 87.92, "điểm", PR, max_value=100, as_of=_Y2023, code=_TONG),
    _stp("xếp thứ 6/19)", "6/19", 6, "hạng", PR, max_value=19, as_of=_Y2023, code=_HANG),
    _stp("tăng 3,44 điểm", "3,44", 3.44, "điểm", CH, code=_TONG),
    _stp("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    F("đạt 82,58/100", "82,58/100", 82.58, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 26/63", "26/63", 26, "hạng", R, max_value=63, code=_HANG),
    # V. shortcomings
    _stp("Còn 35 hồ sơ", "35", 35, "hồ sơ", C, code=_QH),
    F("(12 hồ sơ)", "12", 12, "hồ sơ", C, code=_QH, **_IN_TINH),
    F("(09 hồ sơ)", "09", 9, "hồ sơ", C, code=_QH, **_IN_TINH),
    _stp("mới đạt 34,12%", "34,12%", 34.12, "%", code=_TSD),
    F("còn 20/124 xã", "20/124", 20, "xã", C, max_value=124, code=None, **_IN_XA),
    # VI. a count in a task; the field's target for quý II năm 2025 (address and phone number no figures)
    F("đơn giản hóa 12 TTHC", "12", 12, "TTHC", C, code=ANY, **_OPEN),
    F("tối thiểu 75%", "75%", 75, "%", T, as_of=_Q2_2025, code=_NOP, **_IN_TINH),
]

# ------------------------------------------------------------ 592: Sở Công Thương Ninh Bình, quý I/2026, dot leaders
_SCT = {"subject": "Sở Công Thương", "level": "tỉnh"}
_Q4_2025 = "2025-12-31"


def _sct(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """The Sở's own figure (named by its kind, level tỉnh)."""
    return F(context, raw, value, unit, kind, **_SCT, **kw)


BLIND_592 = [
    # I. (26/KH-UBND cited; the stated window is the period) decisions, the sector's list, the Sở's TTHC
    _sct("ban hành 02 quyết định", "02", 2, "quyết định", C, code=None),
    F("công bố mới 06 TTHC", "06", 6, "TTHC", C, code=ANY, **_OPEN),
    F("bãi bỏ 04 TTHC", "04", 4, "TTHC", C, code=ANY, **_OPEN),
    _sct("thực hiện 128 TTHC", "128", 128, "TTHC", C, code=_TTHC),
    _sct("đó 104 TTHC", "104", 104, "TTHC", C, code=_TOAN),
    _sct("(81,25%)", "81,25%", 81.25, "%", code=_TOAN),
    _sct("và 24 TTHC", "24", 24, "TTHC", C, code=_MOT),
    # Bảng 1 as dot leaders (the Sở's)
    _leader("Số hồ sơ tiếp nhận (hồ sơ)", "6.842", "hồ sơ", _TN, **_SCT),
    _leader("Số hồ sơ nộp trực tuyến (hồ sơ)", "6.215", "hồ sơ", _NOP, **_SCT),
    _leader("Tỷ lệ hồ sơ nộp trực tuyến", "90,84%", "%", _NOP, **_SCT),
    _leader("Số hồ sơ đã giải quyết (hồ sơ)", "6.718", "hồ sơ", ANY, **_SCT),
    _leader("Tỷ lệ hồ sơ giải quyết đúng hạn", "98,2%", "%", _DH, **_SCT),
    _leader("Số hồ sơ quá hạn (hồ sơ)", "121", "hồ sơ", _QH, **_SCT),
    _leader("Số hồ sơ đang giải quyết (hồ sơ)", "124", "hồ sơ", ANY, **_SCT),
    _leader("Thời gian giải quyết bình quân (ngày/hồ sơ)", "2,7", "ngày", _TIME, **_SCT),
    _leader("Tỷ lệ hồ sơ thanh toán trực tuyến", "71,46%", "%", _TT, **_SCT),
    _leader("Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC", "94,32%", "%", _SH, **_SCT),
    _leader("Tỷ lệ cấp kết quả giải quyết TTHC điện tử", "100%", "%", _KQ, **_SCT),
    _leader("Tỷ lệ khai thác, sử dụng lại dữ liệu số hóa", "41,85%", "%", _TSD, **_SCT),
    # after Bảng 1: quý IV năm 2025 dated 2025-12-31, the electricity field's overdue files
    _sct("(5.936 hồ sơ)", "5.936", 5936, "hồ sơ", PR, as_of=_Q4_2025, code=_TN),
    _sct("tăng 906 hồ sơ", "906", 906, "hồ sơ", CH, code=ANY),
    _sct("bình quân 2.281 hồ sơ/tháng", "2.281", 2281, "hồ sơ", code=ANY),
    _sct("có 5.124 hồ sơ", "5.124", 5124, "hồ sơ", C, code=ANY),
    _sct("(chiếm 76,27%)", "76,27%", 76.27, "%", code=ANY),
    _sct("và 1.473 hồ sơ", "1.473", 1473, "hồ sơ", C, code=ANY),
    F("(86 hồ sơ", "86", 86, "hồ sơ", C, code=_QH, **_IN_TINH),
    F("chiếm 71,07%", "71,07%", 71.07, "%", code=ANY, **_IN_TINH),
    # the reception points as dot leaders (head office and former provinces' areas)
    _leader("Trung tâm Phục vụ hành chính công tỉnh (trụ sở chính)", "3.618", "hồ sơ", ANY, dots=16, noun=" hồ sơ",
            **_OPEN),
    _leader("Điểm tiếp nhận khu vực tỉnh Nam Định cũ", "2.046", "hồ sơ", ANY, noun=" hồ sơ", **_OPEN),
    _leader("Điểm tiếp nhận khu vực tỉnh Hà Nam cũ", "1.178", "hồ sơ", ANY, noun=" hồ sơ", **_OPEN),
    # certificates and permits issued (page footer "Trang 1/2" and the running header no figures)
    _sct("cấp 412 giấy chứng nhận", "412", 412, "giấy chứng nhận", C, code=ANY),
    _sct("1.286 văn bản", "1.286", 1286, "văn bản", C, code=ANY),
    _sct("và 38 giấy phép", "38", 38, "giấy phép", C, code=ANY),
    # III. payment (the 2026 target), money, reuse of the population database, PAKN, satisfaction
    _sct("đạt 71,46% (quý IV", "71,46%", 71.46, "%", code=_TT, target=75, stated_status="chưa đạt"),
    _sct("(quý IV năm 2025: 66,20%)", "66,20%", 66.20, "%", PR, as_of=_Q4_2025, code=_TT),
    _sct("tăng 5,26 điểm", "5,26", 5.26, "%", CH, code=_TT),
    _sct("năm 2026 là 75%", "75%", 75, "%", T, as_of="2026-12-31", code=_TT),
    _sct("là 3,18 tỷ đồng", "3,18", 3.18, "tỷ đồng", code=ANY),
    _sct("cho 2.318 hồ sơ", "2.318", 2318, "hồ sơ", C, code=ANY),
    _sct("chiếm 33,88%", "33,88%", 33.88, "%", code=ANY),
    _sct("có 1.046 hồ sơ", "1.046", 1046, "hồ sơ", C, code=ANY),
    _sct("chiếm 16,83%", "16,83%", 16.83, "%", code=ANY),
    _sct("tiếp nhận 09 PAKN", "09", 9, "PAKN", C, code=_PAKN_TN),
    _sct("xử lý 09 PAKN", "09", 9, "PAKN", C, code=ANY),
    _sct("đạt 97,64%", "97,64%", 97.64, "%", code=_HL),
    # Bảng 2 as dot leaders: the Sở's six groups and total
    _leader("Công khai, minh bạch", "17,12/18", "điểm", "766.cong_khai", **_SCT),
    _leader("Tiến độ, kết quả giải quyết", "18,46/20", "điểm", "766.tien_do", **_SCT),
    _leader("Dịch vụ công trực tuyến", "11,05/12", "điểm", "766.dvctt", **_SCT),
    _leader("Thanh toán trực tuyến", "7,86/10", "điểm", "766.thanh_toan", **_SCT),
    _leader("Mức độ số hóa hồ sơ", "19,74/22", "điểm", "766.so_hoa", **_SCT),
    _leader("Mức độ hài lòng", "17,21/18", "điểm", "766.hai_long", **_SCT),
    _leader("Tổng điểm", "91,44/100", "điểm", _TONG, **_SCT),
    # the Sở's rank (quý IV năm 2025 dated 2025-12-31), the province's result
    _sct("xếp thứ 4/18", "4/18", 4, "hạng", R, max_value=18, code=_HANG),
    _sct("tăng 2,47 điểm", "2,47", 2.47, "điểm", CH, code=_TONG),
    _sct("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    _sct("(88,97 điểm", "88,97", 88.97, "điểm", PR, max_value=100, as_of=_Q4_2025, code=_TONG),
    _sct("xếp thứ 6/18)", "6/18", 6, "hạng", PR, max_value=18, as_of=_Q4_2025, code=_HANG),
    F("đạt 84,36/100", "84,36/100", 84.36, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 14/34", "14/34", 14, "hạng", R, max_value=34, code=_HANG),
    F("bình quân 87,92 điểm", "87,92", 87.92, "điểm", code=_TONG, **_IN_TINH),
    # V. counts repeated in tasks; the Sở's target for quý II năm 2026 (address and phone number no figures)
    F("dứt điểm 86 hồ sơ", "86", 86, "hồ sơ", C, code=ANY, **_OPEN),
    F("của 24 TTHC", "24", 24, "TTHC", C, code=ANY, **_OPEN),
    _sct("tối thiểu 75%", "75%", 75, "%", T, as_of="2026-06-30", code=_TT),
]

# ------------------------------------------------------------ 593: Sở VH-TT-DL Thái Nguyên, quý III/2025, OCR'd
_SVH = "Sở Văn hóa, Thể thao và Du lịch"


def _svh(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """The Sở's own figure (named by its kind, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SVH, level="tỉnh", **kw)


def _field_593(received: str, online: str, share: str) -> list[Fact]:
    """One dash line "- <field>: tiep nhan n ho so, truc tuyen m ho so (x%);" (a field: subject unchecked, level
    tỉnh; the counts' codes unchecked, the share the online code)."""
    opening = "tiếp nhận" if received == "516" else "tiep nhan"
    return [F(f"{opening} {received}", received, _num(received), "hồ sơ", C, code=ANY, **_IN_TINH),
            F(f"truc tuyen {online}", online, _num(online), "hồ sơ", C, code=ANY, **_IN_TINH),
            F(f"({share})", share, _num(share), "%", code=_NOP, **_IN_TINH)]


BLIND_593 = [
    # I. ("S6: 1428/BC-SVHTTDL", "Ke hoach so 118/KH-UBND" and the stated window are no figures)
    F("co 92 don vi", "92", 92, "đơn vị", C, code=None, **_XA),
    F("(77 xa", "77", 77, "xã", C, code=None, **_IN_XA),
    F(", 15 phuong)", "15", 15, "phường", C, code=None, **_IN_XA),
    _svh("thực hiện 146 TTHC", "146", 146, "TTHC", C, code=_TTHC),
    F("(cấp tỉnh 121 TTHC", "121", 121, "TTHC", C, code=ANY, **_TINH),
    F("cap xa 25 TTHC)", "25", 25, "TTHC", C, code=ANY, **_XA),
    _svh("trong do 112 TTHC", "112", 112, "TTHC", C, code=_TOAN),
    _svh("chiem 76,71%", "76,71%", 76.71, "%", code=_TOAN),
    _svh("ban hanh 03 quyet dinh", "03", 3, "quyết định", C, code=None),
    # II.1–II.2 files (quý II năm 2025 dated 2025-06-30)
    _svh("tiếp nhận 2.964", "2.964", 2964, "hồ sơ", C, code=_TN),
    _svh("(quy II nam 2025: 2.518 ho so)", "2.518", 2518, "hồ sơ", PR, as_of=_Q2_2025, code=_TN),
    _svh("tang 446 ho so", "446", 446, "hồ sơ", CH, code=ANY),
    _svh("binh quan 988 ho so/thang", "988", 988, "hồ sơ", code=ANY),
    _svh("nop truc tuyen 2.687", "2.687", 2687, "hồ sơ", C, code=_NOP),
    _svh("dat 90,65%", "90,65%", 90.65, "%", code=_NOP),
    _svh("cong ich 86 ho so", "86", 86, "hồ sơ", C, code=ANY),
    _svh("Da giai quyet 2.902", "2.902", 2902, "hồ sơ", C, code=ANY),
    _svh("dung hạn dat 99,31%", "99,31%", 99.31, "%", code=_DH),
    _svh("qua han 20 ho so", "20", 20, "hồ sơ", C, code=_QH),
    F("(14 ho so)", "14", 14, "hồ sơ", C, code=_QH, **_IN_TINH),
    F("(06 ho so)", "06", 6, "hồ sơ", C, code=_QH, **_IN_TINH),
    _svh("binh quan 4,6", "4,6", 4.6, "ngày", code=_TIME),
    # II.3 the dash list by field
    *_field_593("1.236", "1.198", "96,93%"),
    *_field_593("842", "771", "91,57%"),
    *_field_593("516", "447", "86,63%"),
    *_field_593("214", "152", "71,03%"),
    *_field_593("156", "119", "76,28%"),
    # III. payment (the 2025 target, "chua dat"), digitisation, e-results, the province's lodging establishments
    _svh("dat 58,34%", "58,34%", 58.34, "%", code=_TT, target=60, stated_status="chưa đạt"),
    _svh("(quy II nam 2025: 52,16%)", "52,16%", 52.16, "%", PR, as_of=_Q2_2025, code=_TT),
    _svh("tăng 6,18 diem", "6,18", 6.18, "%", CH, code=_TT),
    _svh("nam 2025 la 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TT),
    _svh("TTHC đạt 88,72%", "88,72%", 88.72, "%", code=_SH),
    _svh("dien tu dat 100%", "100%", 100, "%", code=_KQ),
    _svh("moi dat 36,48%", "36,48%", 36.48, "%", code=_TSD),
    _svh("cap moi 218 the", "218", 218, "thẻ", C, code=ANY),
    _svh("100% tiep nhan", "100%", 100, "%", code=ANY),
    F("co 186/250 co so", "186/250", 186, "cơ sở", C, max_value=250, code=None),
    F("dat 74,40%", "74,40%", 74.40, "%", code=ANY),
    # IV. PAKN ("Tổng đài 1022" a name), the Sở's 766 result (tháng 7/2025 dated 2025-07-31), the province's
    _svh("tiep nhan 04 PAKN", "04", 4, "PAKN", C, code=_PAKN_TN),
    _svh("xu ly 04/04 PAKN", "04/04", 4, "PAKN", C, max_value=4, code=_PAKN_XL),
    _svh("PAKN, dat 100%", "100%", 100, "%", code=_PAKN_TL),
    _svh("dat 86,52/100", "86,52/100", 86.52, "điểm", max_value=100, code=_TONG),
    _svh("xep thu 9/17", "9/17", 9, "hạng", R, max_value=17, code=_HANG),
    _svh("tang 3,24 diem", "3,24", 3.24, "điểm", CH, code=_TONG),
    _svh("(83,28 diem)", "83,28", 83.28, "điểm", PR, max_value=100, as_of=_JUL_2025, code=_TONG),
    _svh("dat 6,92/10", "6,92/10", 6.92, "điểm", max_value=10, code="766.thanh_toan"),
    _svh("dat 18,64/22", "18,64/22", 18.64, "điểm", max_value=22, code="766.so_hoa"),
    F("dat 80,14/100", "80,14/100", 80.14, "điểm", max_value=100, code=_TONG),
    F("xep thu 22/34", "22/34", 22, "hạng", R, max_value=34, code=_HANG),
    F("binh quan 85,06 diem", "85,06", 85.06, "điểm", code=_TONG, **_IN_TINH),
    # V. counts repeated in tasks; the Sở's target for quý IV (address and phone number no figures)
    F("dut diem 14 ho so", "14", 14, "hồ sơ", C, code=ANY, **_OPEN),
    F("cua 34 TTHC", "34", 34, "TTHC", C, code=ANY, **_OPEN),
    _svh("toi thieu 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TT),
]

# ------------------------------------------------------------ 594: Trung tâm PVHCC Hải Phòng, quý IV/2025, 3-row header
_TTPV = "Trung tâm Phục vụ hành chính công thành phố"
_SNNMT = {"subject": "Sở Nông nghiệp và Môi trường", "level": "tỉnh"}


def _ttpv(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """The Centre's own figure (named by its kind in a centrally-run city, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_TTPV, level="tỉnh", **kw)


def _agency_594(stt: str, name: str, raws: str, after: str, subject: object) -> list[Fact]:
    """One Markdown row of Bảng 1 read down its three header rows: received, online files, online share, settled,
    on-time share, overdue files, payment share."""
    received, online, share, settled, on_time, overdue, pay = raws.split()
    line = f"| {stt} | {name} | {raws.replace(' ', ' | ')} |".replace("|  |", "| |")
    return _cells(line, " | ", after, subject, "tỉnh", [
        (received, "hồ sơ", P, _TN, "period", None), (online, "hồ sơ", P, _NOP, "period", None),
        (share, "%", P, _NOP, "period", None), (settled, "hồ sơ", P, ANY, "period", None),
        (on_time, "%", P, _DH, "period", None), (overdue, "hồ sơ", P, _QH, "period", None),
        (pay, "%", P, _TT, "period", None)])


_AGENCIES_594 = [
    ("Sở Xây dựng", "14.826 12.974 87,51 14.512 99,72 41 72,36"),
    ("Sở Nông nghiệp và Môi trường", "21.348 17.462 81,80 20.874 99,11 186 58,42"),
    ("Sở Tài chính", "9.614 9.402 97,79 9.588 99,94 6 91,18"),
    ("Sở Công Thương", "6.218 6.012 96,69 6.195 100 0 88,64"),
    ("Sở Y tế", "4.386 4.122 93,98 4.351 99,72 12 83,27"),
    ("Sở Tư pháp", "18.642 18.096 97,07 18.570 99,95 9 94,05"),
    ("Ban Quản lý Khu kinh tế Hải Phòng", "3.572 3.498 97,93 3.561 100 0 96,32"),
    ("Các cơ quan còn lại", "7.806 6.854 87,80 7.712 99,70 23 67,48"),
]


def _table_594() -> list[Fact]:
    """Bảng 1 in order; each row's context runs into the next row's STT and name; "Các cơ quan còn lại" has its
    subject unchecked; the "**Tổng cộng**" row (empty STT) is the Centre."""
    facts = []
    for i, (name, raws) in enumerate(_AGENCIES_594):
        after = f"| {i + 2} | {_AGENCIES_594[i + 1][0]}" if i + 1 < len(_AGENCIES_594) else "| | **Tổng cộng**"
        facts += _agency_594(str(i + 1), name, raws, after, ANY if name.startswith("Các") else name)
    facts += _agency_594("", "**Tổng cộng**", "86.412 78.420 90,75 85.363 99,68 277 77,96", "\n## II. THANH", _TTPV)
    return facts


BLIND_594 = [
    # I. (3286/QĐ-UBND cited; the stated window is the period) files (quý III năm 2025 dated 2025-09-30)
    _ttpv("tiếp nhận 86.412", "86.412", 86412, "hồ sơ", C, code=_TN),
    F("của 21 sở", "21", 21, "đơn vị", C, code=None, **_IN_TINH),
    _ttpv("(quý III năm 2025: 79.856 hồ sơ)", "79.856", 79856, "hồ sơ", PR, as_of=_Q3_2025, code=_TN),
    _ttpv("tăng 6.556 hồ sơ", "6.556", 6556, "hồ sơ", CH, code=ANY),
    _ttpv("tăng 8,21%", "8,21%", 8.21, "%", CH, code=ANY),
    _ttpv("trực tuyến 78.420", "78.420", 78420, "hồ sơ", C, code=_NOP),
    _ttpv("chiếm 90,75%", "90,75%", 90.75, "%", code=_NOP),
    _ttpv("giải quyết 85.363", "85.363", 85363, "hồ sơ", C, code=ANY),
    _ttpv("đạt 99,68%", "99,68%", 99.68, "%", code=_DH),
    _ttpv("quá hạn 277", "277", 277, "hồ sơ", C, code=_QH),
    F("có 186 hồ sơ", "186", 186, "hồ sơ", C, code=_QH, **_SNNMT),
    F("(chiếm 67,15%)", "67,15%", 67.15, "%", code=ANY, **_SNNMT),
    F("tiếp nhận 24.618", "24.618", 24618, "hồ sơ", C, code=ANY, **_OPEN),
    F("chiếm 28,49%", "28,49%", 28.49, "%", code=ANY, **_OPEN),
    # Bảng 1 (Markdown, header over three rows)
    *_table_594(),
    # II. payment (the 2025 target), digitisation, e-results, postal service
    _ttpv("đạt 77,96%", "77,96%", 77.96, "%", code=_TT, target=80, stated_status="chưa đạt"),
    _ttpv("(quý III năm 2025: 73,42%)", "73,42%", 73.42, "%", PR, as_of=_Q3_2025, code=_TT),
    _ttpv("tăng 4,54 điểm", "4,54", 4.54, "%", CH, code=_TT),
    _ttpv("năm 2025 là 80%", "80%", 80, "%", T, code=_TT),
    _ttpv("số hóa 84.926", "84.926", 84926, "hồ sơ", C, code=_SH),
    _ttpv("đạt 98,28%", "98,28%", 98.28, "%", code=_SH),
    _ttpv("điện tử 81.304", "81.304", 81304, "hồ sơ", C, code=_KQ),
    _ttpv("tiếp nhận 6.842", "6.842", 6842, "hồ sơ", C, code=ANY),
    _ttpv("trả 12.518 kết quả", "12.518", 12518, "kết quả", C, code=ANY),
    # III. PAKN, counter ratings, waiting time
    _ttpv("tiếp nhận 38 PAKN", "38", 38, "PAKN", C, code=_PAKN_TN),
    _ttpv("xử lý 38 PAKN", "38", 38, "PAKN", C, code=_PAKN_XL),
    _ttpv("đạt 100%;", "100%", 100, "%", code=_PAKN_TL),
    _ttpv("Qua 24.316 lượt", "24.316", 24316, "lượt", C, code=ANY),
    _ttpv("đạt 99,12%", "99,12%", 99.12, "%", code=ANY),
    _ttpv("là 7,5 phút", "7,5", 7.5, "phút", code=ANY),
    _ttpv("giảm 2,3 phút", "2,3", -2.3, "phút", CH, code=ANY),
    # IV. the city's 766 result, block averages, communes graded Tốt
    F("đạt 86,74/100", "86,74/100", 86.74, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 7/34", "7/34", 7, "hạng", R, max_value=34, code=_HANG),
    F("bình quân 89,35 điểm", "89,35", 89.35, "điểm", code=_TONG, **_IN_TINH),
    F("bình quân 84,62 điểm", "84,62", 84.62, "điểm", code=_TONG, **_IN_XA),
    F("có 52/114 xã", "52/114", 52, "xã", C, max_value=114, code=None, **_IN_XA),
    # V. counts in tasks; the land field's target for quý I năm 2026 (address and phone number no figures)
    F("dứt điểm 186 hồ sơ", "186", 186, "hồ sơ", C, code=ANY, **_OPEN),
    F("thêm 06 quầy", "06", 6, "quầy", C, code=None, **_OPEN),
    F("tối thiểu 70%", "70%", 70, "%", T, as_of="2026-03-31", code=_TT, **_IN_TINH),
]

BLIND = {"590": BLIND_590, "591": BLIND_591, "592": BLIND_592, "593": BLIND_593, "594": BLIND_594}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "590": [
        ("2024-08-31", "day", "31/8/2024", "hoàn thành kết nối thanh toán", "Sở Thông tin và Truyền thông"),
        ("2024-08-15", "day", "ngày mười lăm tháng 8 năm 2024", "giải quyết dứt điểm hồ sơ đất đai quá hạn",
         "UBND huyện Đông Hải và UBND huyện Hồng Dân"),
        ("2024-12-31", "quarter", "quý IV năm 2024", "hướng dẫn các đơn vị thu phí", "Sở Tài chính"),
        ("2024-10-31", "month", "tháng 10/2024", "số hóa kết quả giải quyết TTHC",
         "Trung tâm Phục vụ hành chính công tỉnh"),
        ("2024-12-31", "year", "năm 2024", "trang bị bổ sung máy quét", "UBND các huyện, thị xã, thành phố"),
        # issued 05/7/2024: the first "ngày 20 hằng tháng" is 20/7/2024
        ("2024-07-20", "recurring", "20 hằng tháng", "gửi báo cáo kết quả",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
    ],
    "591": [
        ("2025-02-28", "day", "28/02/2025", "đề xuất phương án đơn giản hóa 12 TTHC", "Văn phòng Sở"),
        ("2025-03-31", "day", "ngày ba mươi mốt tháng 3 năm 2025", "hướng dẫn các xã, phường, thị trấn",
         "Phòng Hành chính tư pháp"),
        ("2025-06-30", "quarter", "quý II năm 2025", "nâng tỷ lệ hồ sơ nộp trực tuyến",
         "Trung tâm Trợ giúp pháp lý nhà nước"),
        ("2025-06-30", "month", "tháng 6/2025", "kết nối phần mềm quản lý công chứng", "Phòng Bổ trợ tư pháp"),
        ("2025-12-31", "year", "năm 2025", "rút ngắn thời gian xác minh lý lịch tư pháp", "Công an tỉnh"),
        # issued 09/01/2025: the first "ngày 18 hằng tháng" is 18/01/2025
        ("2025-01-18", "recurring", "18 hằng tháng", "báo cáo kết quả giải quyết TTHC", "Các phòng, đơn vị thuộc Sở"),
    ],
    "592": [
        ("2026-04-20", "day", "20/4/2026", "giải quyết dứt điểm 86 hồ sơ điện lực quá hạn", "Phòng Quản lý năng lượng"),
        ("2026-04-30", "day", "ngày ba mươi tháng 4 năm 2026", "rà soát quy trình nội bộ của 24 TTHC một phần",
         "Văn phòng Sở"),
        ("2026-06-30", "quarter", "quý II năm 2026", "nộp phí qua nền tảng thanh toán", "Phòng Quản lý thương mại"),
        ("2026-05-31", "month", "tháng 5/2026", "kiểm tra việc thực hiện quy trình nội bộ", "Thanh tra Sở"),
        ("2026-12-31", "year", "năm 2026", "kết nối phần mềm cấp phép hoạt động điện lực", "Sở Khoa học và Công nghệ"),
        # issued 07/4/2026: the first "ngày 15 hằng tháng" is 15/4/2026
        ("2026-04-15", "recurring", "15 hằng tháng", "gửi báo cáo kết quả", "Các phòng, đơn vị thuộc Sở"),
    ],
    # written without marks as the file has them: tasks, assignees and date words compared folded
    "593": [
        ("2025-10-20", "day", "20/10/2025", "giai quyet dut diem 14 ho so qua han", "Phong Quan ly di san van hoa"),
        ("2025-10-31", "day", "ngay ba muoi mot thang 10 nam 2025", "hoan thien quy trinh noi bo", "Van phong So"),
        ("2025-12-31", "quarter", "quy IV nam 2025", "nang ty le ho so thanh toan truc tuyen", "Phong Quan ly du lich"),
        ("2025-11-30", "month", "thang 11/2025", "to chuc tap huan nghiep vu", "Phong Van hoa va Gia dinh"),
        ("2026-12-31", "year", "nam 2026", "bo tri may quet", "UBND cac xa, phuong"),
        # issued 06/10/2025: the first "ngay 25 hang thang" is 25/10/2025
        ("2025-10-25", "recurring", "25 hang thang", "bao cao ket qua giai quyet TTHC", "Cac phong, don vi thuoc So"),
    ],
    "594": [
        ("2026-01-25", "day", "25/01/2026", "giải quyết dứt điểm 186 hồ sơ quá hạn", "Phòng Tiếp nhận và Trả kết quả"),
        ("2026-02-15", "day", "ngày mười lăm tháng 02 năm 2026", "bố trí thêm 06 quầy", "Phòng Hành chính - Tổng hợp"),
        ("2026-03-31", "quarter", "quý I năm 2026", "thanh toán trực tuyến lĩnh vực đất đai",
         "Sở Nông nghiệp và Môi trường"),
        ("2026-03-31", "month", "tháng 3/2026", "làm sạch dữ liệu số hóa", "Phòng Kiểm soát TTHC và Số hóa"),
        ("2026-12-31", "year", "năm 2026", "hệ thống xếp hàng tự động", "Sở Khoa học và Công nghệ"),
        # issued 06/01/2026, after the 5th: the first "ngày 05 hằng tháng" is 05/02/2026
        ("2026-02-05", "recurring", "05 hằng tháng", "gửi báo cáo tình hình giải quyết hồ sơ", "Các sở, ban, ngành"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 590 is a report of the
# Sở Thông tin và Truyền thông under "UBND TỈNH BẠC LIÊU" (bold Markdown), signed by a deputy; 591 of the Sở Tư pháp
# under "UBND TỈNH BÌNH THUẬN"; 592 of the Sở Công Thương under "UBND TỈNH NINH BÌNH" (a PDF's two-column header and
# signature block); 593's number is read through the OCR'd "S6:" and its period through "quy 111"; 594 of the Centre
# under "UBND THÀNH PHỐ HẢI PHÒNG" (a centrally-run city: province "Hải Phòng").
META = {
    "590": {"doc_number": "1126/BC-STTTT", "doc_type": "Báo cáo", "issued_date": "2024-07-05",
            "province": "Bạc Liêu", "period_label": "6 tháng đầu năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-06-30", "signer": "Huỳnh Văn Khải"},
    "591": {"doc_number": "58/BC-STP", "doc_type": "Báo cáo", "issued_date": "2025-01-09",
            "province": "Bình Thuận", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Nguyễn Hồng Hải"},
    "592": {"doc_number": "412/BC-SCT", "doc_type": "Báo cáo", "issued_date": "2026-04-07",
            "province": "Ninh Bình", "period_label": "quý I năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-03-31", "signer": "Trần Đức Thịnh"},
    "593": {"doc_number": "1428/BC-SVHTTDL", "doc_type": "Báo cáo", "issued_date": "2025-10-06",
            "province": "Thái Nguyên", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Hoàng Thị Thu Hà"},
    "594": {"doc_number": "18/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2026-01-06",
            "province": "Hải Phòng", "period_label": "quý IV năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-12-31", "signer": "Vũ Thị Minh Nguyệt"},
}
