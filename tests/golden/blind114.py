"""Blind golden facts for corpus/blind114/645_nam_dinh.txt, 646_tra_vinh.txt, 647_dong_nai.txt, 648_hai_phong.txt and
649_can_tho.txt.

The five documents were written by the developers for a hundred-and-fourteenth blind measurement (online payment and
digitisation in depth: a Sở Tài chính on fees and charges paid online with money, transactions and a table per district,
a Văn phòng UBND tỉnh on digitised files and results, data reuse and the electronic data stores of citizens and
organisations, a Bưu điện tỉnh on the public postal service per commune, a Sở Khoa học và Công nghệ on digital-signature
certificates for officials and citizens, a Văn phòng UBND thành phố's Công văn đôn đốc on payment and digitisation;
periods quý III năm 2024, quý I năm 2025, tháng 10 năm 2025, năm 2025 and tháng 02 năm 2026; provinces not used in the
recent sets; not real documents), and every row below was written by reading them, before any extraction, restoration or
pipeline code was run on them. They also serve as held-out text for diacritic restoration (marks stripped, restored,
compared with the file).

Same structure and conventions as golden/blind112.py, blind111.py, blind110.py, blind109.py, blind16.py and blind13.py:
rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it). Prose
and list counts are kind `count`; table cells are kind `value` even when they count, with `extra={"source": "table"}`;
`as_of="period"` is the period's end; a change is dated with the figure it changes and a fall is negative; a change in
"điểm phần trăm" is kind change in `%` with the number alone as raw (code unchecked). `ANY` leaves a field unchecked
where the sentence names no catalogued indicator (`None` where it clearly names none: counts of communes, bodies,
machines, classes). "thủ tục" counts use the unit `TTHC`, "phản ánh" the unit `PAKN`; a count of the files (or TTHC) an
indicator is computed on carries that indicator's code; every "đã giải quyết" count, files by field, files "phát sinh
phí, lệ phí" (the base of the payment share, not a catalogued count) and changes of counts have their code unchecked.
Counts of local units take the unit of their first unit word ("03/10 huyện, thành phố", "06/9 huyện, thị xã, thành phố"
→ `huyện`; "95/95 xã, phường", "114/114 xã, phường, đặc khu" → `xã`); counts of "cơ quan", "đơn vị" → `đơn vị` at the
level of the bodies counted (subject unchecked). A provincial body's own figures naming no body are named by its kind,
level tỉnh: `Sở Tài chính`, `Bưu điện tỉnh`, `Sở Khoa học và Công nghệ`; a sentence naming a body in full keeps the name
as written ("Bưu điện tỉnh Đồng Nai xếp thứ 4/34", "Sở Tư pháp dẫn đầu", "UBND phường Ninh Kiều: …"); province-wide
figures ("toàn tỉnh", "toàn thành phố", "của tỉnh", "Thành phố Hải Phòng đạt …") have subject NULL (Hải Phòng and Cần
Thơ are centrally-run cities: "thành phố" there is the province). Things counted take the noun as written (`chứng thư`,
`giao dịch`, `kết quả`, `nhân viên`, `bưu cục`, `tài khoản`, `lượt`, `văn bản`, `doanh nghiệp`, `lớp`, `học viên`, `máy
quét`, `kho dữ liệu`, `giấy tờ`); money keeps the unit written (`tỷ đồng`, `triệu đồng`, `đồng`; code unchecked).
Numbers written in words are no figures ("ba cấp", "cả ba tỷ lệ", the days of "ngày mười lăm tháng 11", "ngày ba mươi
tháng 6", "ngày hai mươi tháng 12", "ngày ba mươi tháng 4", "ngày ba mươi mốt tháng 3"). Dates, document numbers and
cited texts ("Quyết định số 766/QĐ-TTg", "Kế hoạch số 21/KH-UBND", "Nghị định số 45/2020/NĐ-CP", "Kế hoạch số
09/KH-UBND", "Quyết định số 45/2016/QĐ-TTg", "Kế hoạch số 186/KH-UBND", "Nghị quyết số 12/2025/NQ-HĐND", "Nghị định số
23/2025/NĐ-CP", "Kế hoạch số 35/KH-UBND", "Công văn số 318/UBND-KSTT"), the stated windows and data dates ("từ ngày
01/7/2024 đến ngày 30/9/2024", "Đến ngày 30/9/2024", "Đến ngày 31/3/2025", "so với ngày 31/12/2024", "Lũy kế đến ngày
31/12/2025", "từ ngày 01/7/2025", "từ ngày 01/02/2026 đến ngày 28/02/2026"), the period words ("quý II năm 2024", "tháng
9/2024", "các tháng 7, 8 và 9" (the month numbers of the "lần lượt là" list), "tháng 12/2024", "tháng 9/2025", "năm
2024", "tháng 01/2026"), "tài khoản định danh điện tử mức độ 2", "Ngân hàng Nhà nước Chi nhánh Khu vực 14", provider
names ("VNPT-CA", "Viettel-CA", "BKAV-CA"), "cấp trước năm 2022", section and item numbering ("I.", "1.", "a)", "Bảng
1."), the STT column, addresses ("số 12 đường Trần Hưng Đạo", "số 01 đường 19/5, phường 1", "số 01 đường Hà Huy Giáp",
"số 10 đường Trần Phú", "số 02 đại lộ Hòa Bình"), phone numbers ("0228.3849.126", "0294.3862.451", "0251.3822.541",
"0225.3842.618", "0292.3820.316"), headings naming the next period ("III. NHIỆM VỤ QUÝ IV NĂM 2024", "III. NHIỆM VỤ QUÝ
II NĂM 2025", "IV. NHIỆM VỤ THÁNG 11 NĂM 2025", "VI. NHIỆM VỤ NĂM 2026": no deadlines) and years are not figures.

New in this set (the decisions are written here):
- 645 is a quarterly Báo cáo of the Sở Tài chính tỉnh Nam Định (before the merger; header "UBND TỈNH NAM ĐỊNH / SỞ TÀI
  CHÍNH", number "2386/BC-STC", signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"), quý III năm 2024, issued 09/10/2024, on ONLINE
  PAYMENT OF FEES AND CHARGES across the province (subject NULL). TTHC: "1.836 TTHC" (`tthc.tong_so`), "1.214 TTHC có
  phát sinh phí" (code unchecked), "1.102 TTHC, chiếm 90,77%" integrated (`766.thanh_toan.tthc_tich_hop`), "786 TTHC
  phát sinh giao dịch … (quý II năm 2024: 712 TTHC)" (`766.thanh_toan.tthc_giao_dich`, the previous dated 2024-06-30).
  Files: "96.428 hồ sơ phát sinh nghĩa vụ nộp phí, lệ phí" (code unchecked), "52.184 hồ sơ … đạt 54,12% (quý II năm
  2024: 47,86%), tăng 6,26 điểm phần trăm; so với chỉ tiêu UBND tỉnh giao năm 2024 là 60% thì toàn tỉnh chưa đạt chỉ
  tiêu" (`766.thanh_toan.ho_so`; the target at 2024-12-31, the share carrying it with "chưa đạt"). NEW: SHARES BY LEVEL
  WRITTEN AS x/y WITH THE BASE: "cấp tỉnh có 18.642/24.306 hồ sơ …, đạt 76,70%" (a count with max 24306, subject `cấp
  tỉnh`, code `766.thanh_toan.ho_so`). Files paid online per month after "lần lượt là" (each dated at its month's end,
  as golden/blind109.py's 624). NEW: MONEY AND TRANSACTIONS: "18,64 tỷ đồng, tăng 3,12 tỷ đồng so với quý II năm 2024
  (15,52 tỷ đồng); trong đó phí, lệ phí 6,38 tỷ đồng, nghĩa vụ tài chính về đất đai 12,26 tỷ đồng" (the province's, the
  parts too; the previous 2024-06-30), "54.826 giao dịch" with a dash list by channel ("38.412 giao dịch, chiếm 70,06%",
  the province's), "312 giao dịch lỗi … 148,6 triệu đồng". The Sở's own "214 hồ sơ …; 100% được … thanh toán trực tuyến"
  (`Sở Tài chính`). A MARKDOWN TABLE PER DISTRICT with money in `triệu đồng` ("3.126,4": a thousands dot and a decimal
  comma): "STT | Đơn vị | Hồ sơ phát sinh phí, lệ phí (hồ sơ) | Hồ sơ thanh toán trực tuyến (hồ sơ) | Tỷ lệ (%) | Số
  tiền thu trực tuyến (triệu đồng)", ten units as written ("Thành phố Nam Định", "Huyện Mỹ Lộc", level huyện) and a
  "Tổng cộng" row with an empty STT (= `cấp huyện`: the title names "UBND các huyện, thành phố"; its 42.915, 21.418 and
  49,91 repeat the prose); a "47,00" cell is 47. "(69,17%)", "(31,27%)" name their units; "03/10 huyện, thành phố … 07
  huyện" (counts, code None). The 766 payment group "6,84/10 điểm, tăng 0,72 điểm so với tháng 6/2024 (6,12 điểm)" (the
  previous with the group's max 10, dated 2024-06-30), `81,26/100`, `24/63`. Task 2's "nâng tỷ lệ … trên địa bàn mỗi
  huyện đạt tối thiểu 60% trong quý IV năm 2024" each district's target (subject unchecked, level huyện, 2024-12-31).
  Six deadlines: day, quarter (with the target), "chậm nhất ngày mười lăm tháng 11 năm 2024" (day in words), month, year
  in a request "Đề nghị Sở Thông tin và Truyền thông …", "trước ngày 20 hằng tháng" (issued 09/10/2024: first
  20/10/2024).
- 646 is a quarterly Báo cáo of the Văn phòng UBND tỉnh Trà Vinh (before the merger; header "UBND TỈNH TRÀ VINH / VĂN
  PHÒNG", number "128/BC-VPUBND", signed "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG") to the Chairman, quý I năm 2025,
  issued 10/4/2025, on DIGITISATION (post-March 2025 agency names). Province figures subject NULL: "84.612 hồ sơ …
  76.418 hồ sơ, đạt 90,32% (quý IV năm 2024: 86,15%), tăng 4,17 điểm phần trăm; so với chỉ tiêu … năm 2025 là 95% thì
  chưa đạt" (`766.so_hoa.ho_so`, target 2025-12-31). NEW: TWO SERIES BY LEVEL IN ONE SENTENCE, the counts after "tương
  ứng là" and the shares after "lần lượt là" (subjects `cấp tỉnh`, `cấp huyện`, `cấp xã`; counts `ho_so.tiep_nhan`,
  shares `766.so_hoa.ho_so`). "77.640 hồ sơ" settled (code unchecked), "71.925 kết quả …, đạt 92,64%"
  (`766.so_hoa.ket_qua_dien_tu`, unit `kết quả`). NEW: DIGITISED RESULTS OF EARLIER YEARS "126.480 kết quả … (hộ tịch
  98.214 kết quả, đất đai 28.266 kết quả), tăng 21.356 kết quả so với ngày 31/12/2024" (the province's, codes unchecked:
  not the 766 share). Reuse "28.416 hồ sơ …, chiếm 33,58% … (quý IV năm 2024: 27,64%)" (`766.so_hoa.tai_su_dung`), "ở
  cấp xã chỉ đạt 24,16%, thấp hơn bình quân toàn tỉnh 9,42 điểm phần trăm" (`cấp xã`; the gap a change in `%` of cấp xã,
  code unchecked). NEW: ELECTRONIC DATA STORES "214.386 kho dữ liệu điện tử của công dân và 6.842 kho dữ liệu điện tử
  của tổ chức … tăng 18.520 kho dữ liệu của công dân" (unit `kho dữ liệu`, the noun as written; subject NULL: stores of
  accounts in the province) and "386.940 giấy tờ … 41.218 giấy tờ" (unit `giấy tờ`; codes unchecked). A TAB-SEPARATED
  TABLE of the agencies at the Centre: "Hồ sơ tiếp nhận | Hồ sơ đã số hóa | Tỷ lệ số hóa hồ sơ (%) | Tỷ lệ kết quả điện
  tử (%) | Tỷ lệ sử dụng lại dữ liệu (%)" (the Sở as written, level tỉnh; "Các cơ quan còn lại" subject unchecked; "Cộng
  cấp tỉnh" with an empty STT = `cấp tỉnh`, its 12.486, 12.294 and 98,46 repeat the prose; "100" cells). "Sở Tư pháp dẫn
  đầu với tỷ lệ số hóa đạt 100%", "còn 77 hồ sơ" (the Sở Nông nghiệp và Môi trường's), "06/9 huyện, thị xã, thành phố",
  two districts in brackets, "58 xã, phường, thị trấn … 74 máy quét" (level xã). The 766 "17,86/22 điểm (tháng 12/2024:
  16,42 điểm)" (previous with max 22, 2024-12-31), `83,74/100`, `19/63`, "tăng 4 bậc so với tháng 12/2024 (xếp thứ
  23/63)". Task 2's "nâng tỷ lệ số hóa hồ sơ của cấp xã đạt tối thiểu 95% trong quý II năm 2025" (`cấp xã`, 2025-06-30);
  task 4's "12 xã" a count. Six deadlines: day, quarter (with the target), "chậm nhất ngày ba mươi tháng 6 năm 2025",
  month, year in a request "Đề nghị Sở Khoa học và Công nghệ …", "trước ngày 18 hằng tháng" (issued 10/4/2025: first
  18/4/2025).
- 647 is a monthly Báo cáo of the Bưu điện tỉnh Đồng Nai (merged with Bình Phước; header "TỔNG CÔNG TY BƯU ĐIỆN VIỆT NAM
  / BƯU ĐIỆN TỈNH ĐỒNG NAI", number "1186/BC-BĐĐN") to UBND tỉnh on the PUBLIC POSTAL SERVICE (BCCI), tháng 10 năm 2025,
  issued 05/11/2025. Its own figures have subject `Bưu điện tỉnh` (level tỉnh; codes unchecked, as golden/ blind86.py's
  508): "118 nhân viên … (06 nhân viên) … (112 nhân viên)", "164 bưu cục" (`bưu cục`), "6.842 hồ sơ … (tháng 9/2025:
  6.115 hồ sơ), tăng 727 hồ sơ, tương ứng tăng 11,89%; chiếm 4,86% … (140.782 hồ sơ)" (the previous 2025-09-30; the last
  the province's files received, subject NULL, `ho_so.tiep_nhan`), at home and at post offices, files by field (subject
  unchecked, level tỉnh), "2.318 hồ sơ, chiếm 33,88%", "3.412 tài khoản", results "18.426 kết quả …, tăng 2.184 kết quả
  so với tháng 9/2025 (16.242 kết quả); … 99,42%, còn 107 kết quả", "3.126 hồ sơ … 2,14 tỷ đồng", "612,4 triệu đồng"
  (the Bưu điện's), NEW: its parts by payer "ngân sách tỉnh hỗ trợ … 184,6 triệu đồng, người dân, tổ chức chi trả 427,8
  triệu đồng" (subject and level unchecked: the Bưu điện's revenue or the payers' spending), "18.500 đồng/hồ sơ"
  (`đồng`). A MARKDOWN TABLE PER COMMUNE "Hồ sơ tiếp nhận (hồ sơ) | Tiếp nhận tại nhà (hồ sơ) | Kết quả chuyển trả (kết
  quả) | Trả đúng hẹn (%)": ten communes as written ("Phường Trấn Biên", "Xã Long Thành", level xã), "Các xã, phường còn
  lại" (subject unchecked, level xã); its "Tổng cộng" row (empty STT) repeats the Bưu điện's own totals but sums the
  communes: subject and level unchecked (`Bưu điện tỉnh`, `cấp xã` or the province are all defensible). "86/95 xã,
  phường … còn 09 xã" (`xã`, code None), "Xã Bù Gia Mập … (06 hồ sơ)" (as written at the sentence's start, level xã),
  the survey "620 lượt … 608 lượt …, đạt 98,06%", "04 phản ánh … 04/04 phản ánh" (`PAKN`), "Bưu điện tỉnh Đồng Nai xếp
  thứ 4/34" (named in full; the Tổng công ty's ranking, code unchecked). Task 2's "nâng tỷ lệ kết quả trả đúng hẹn của
  Bưu điện tỉnh đạt tối thiểu 99,5% trong quý IV năm 2025" (`Bưu điện tỉnh`, 2025-12-31; "99,5%" with one decimal); task
  3's "09 xã" a count. Six deadlines: day, quarter (with the target), "chậm nhất ngày hai mươi tháng 12 năm 2025",
  month, year in a request "Đề nghị Sở Tài chính …", "trước ngày 03 hằng tháng" (issued 05/11/2025, after the 3rd: first
  03/12/2025).
- 648 is an annual Báo cáo of the Sở Khoa học và Công nghệ thành phố Hải Phòng (merged with Hải Dương; header "UBND
  THÀNH PHỐ HẢI PHÒNG / SỞ KHOA HỌC VÀ CÔNG NGHỆ", number "96/BC-SKHCN"), năm 2025, issued 13/01/2026, on
  DIGITAL-SIGNATURE CERTIFICATES (`chứng thư`). Officials' certificates "28.416 chứng thư … 24.862 chứng thư … 3.554
  chứng thư" (the city's state bodies together: subject NULL); the Sở's "cấp mới 6.248 chứng thư số, gia hạn 1.126 chứng
  thư, thu hồi 2.314 chứng thư", "… có 4.126 chứng thư … 2,5 ngày …, rút ngắn 0,5 ngày so với năm 2024"; "100% cán bộ,
  công chức tại 114/114 xã, phường, đặc khu" (level xã, subject unchecked). Citizens' certificates "612.840 chứng thư …
  (năm 2024: 286.412 chứng thư), tăng 326.428 chứng thư, chiếm 19,84% dân số trưởng thành; so với chỉ tiêu năm 2025 là
  25% thì thành phố chưa đạt chỉ tiêu" (the city's; the previous 2024-12-31; codes unchecked: no catalogued code for
  citizens' signatures), "418.216 chứng thư ký số từ xa, chiếm 68,24%". NEW: THE FORMER PROVINCES' PARTS AFTER "tương
  ứng là" ("khu vực thành phố Hải Phòng cũ và khu vực tỉnh Hải Dương cũ tương ứng là 386.214 chứng thư và 226.626 chứng
  thư": subject and level unchecked, as golden/ blind112.py's 636 former provinces) and A DASH LIST BY PROVIDER ("-
  VNPT-CA: 248.615 chứng thư, chiếm 40,57%;": providers are businesses, subject and level unchecked). "48.615 doanh
  nghiệp …, đạt 97,36%", "4,86 tỷ đồng … 86.000 chứng thư" (the city's). Signed documents "98,92% (năm 2024: 97,15%),
  tăng 1,77 điểm phần trăm" (`cds.ky_so`) and a dash list by block ("- Các sở, ban, ngành: 99,62%;" level tỉnh; "UBND
  các phường", "UBND các xã", "UBND các đặc khu" level xã; subjects unchecked: blocks), "trong 1.246.318 văn bản đi có
  1.232.859 văn bản được ký số" (the last `cds.ky_so`), "2.846.215 văn bản, tăng 18,6%", "1.426.318 kết quả …, đạt
  96,48%" (`766.so_hoa.ket_qua_dien_tu`), "214.630 hồ sơ …, chiếm 24,12% … (889.843 hồ sơ)" (the last the online files,
  `766.dvctt.nop_truc_tuyen`), the teams' "86.412 lượt" (subject and level unchecked), the Sở's "12 lớp … 1.846 học
  viên", its own "1.284 hồ sơ TTHC, 100% hồ sơ nộp trực tuyến" (`ho_so.tiep_nhan`, `766.dvctt.nop_truc_tuyen`),
  `92,18/100`, `2/18`, the city's `86,42/100`, `8/34`, "còn 06 xã, đặc khu". Task 2's "nâng tỷ lệ người trưởng thành
  trên địa bàn thành phố có chứng thư số công cộng đạt tối thiểu 30% trong quý III năm 2026" the city's target
  (2026-09-30). Six deadlines: day, quarter (with the target), "chậm nhất ngày ba mươi tháng 4 năm 2026", month, year in
  a request "Đề nghị Ban Cơ yếu Chính phủ …", "trước ngày 15 hằng tháng" (issued 13/01/2026: first 15/01/2026).
- 649 is a CÔNG VĂN ĐÔN ĐỐC (doc_type "Công văn") of the Văn phòng UBND thành phố Cần Thơ (merged with Hậu Giang and Sóc
  Trăng; header "UBND THÀNH PHỐ CẦN THƠ / VĂN PHÒNG", number "612/VP-KSTT", a "V/v" line naming the month, no title,
  signed "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG") to the agencies and communes, tháng 02 năm 2026, issued 06/3/2026.
  The city's figures (subject NULL) in a dash list: "118.426 hồ sơ" (`ho_so.tiep_nhan`), "64.218 hồ sơ phát sinh phí, lệ
  phí", "41.326 hồ sơ, đạt 64,35% (tháng 01/2026: 61,08%), tăng 3,27 điểm phần trăm" (previous 2026-01-31), money "28,46
  tỷ đồng (tháng 01/2026: 25,18 tỷ đồng) … 24,12 tỷ đồng … 4,34 tỷ đồng", "43.518 giao dịch … 126 giao dịch … 84,2 triệu
  đồng", "93,18%", "95,42%", "41,26%", "186.420 kho dữ liệu …, tăng 12.316 kho dữ liệu …; 24.618 hồ sơ … chiếm 20,79%"
  (reuse: `766.so_hoa.tai_su_dung`). NEW: THREE TARGETS IN ONE BRACKET AFTER THE FIGURES "So với chỉ tiêu UBND thành phố
  giao năm 2026 (thanh toán trực tuyến 80%, số hóa hồ sơ 100%, sử dụng lại dữ liệu 60%), cả ba tỷ lệ trên đều chưa đạt
  chỉ tiêu": each target kind target at 2026-12-31 with its indicator's code, and each of the three shares carries its
  target with "chưa đạt" (the e-results share has none). Blocks: "Khối sở, ban, ngành (19 cơ quan) … bình quân 82,46% …
  98,72%; có 15/19 cơ quan" (level tỉnh, subject unchecked; its "9,86 tỷ đồng" too), "Trung tâm Phục vụ hành chính công
  thành phố: … 8.912/10.046 hồ sơ, đạt 88,71%" (as written, level tỉnh), "Khối xã, phường (103 đơn vị) … 58,64% …
  90,15%; có 21/103 xã, phường …, 82 xã, phường" (level xã; its "18,60 tỷ đồng" too). A dash list naming late units ("-
  Sở Nông nghiệp và Môi trường: … 46,28%, còn 1.126 hồ sơ …", "còn 218 hồ sơ", "còn 2.046 hồ sơ", "- UBND phường Ninh
  Kiều: … 38,16%;", as written). The city's `81,64/100`, `23/34`, `7,18/10`, `17,26/22`, "So với tháng 01/2026 (80,92
  điểm, xếp thứ 25/34), thành phố tăng 0,72 điểm và tăng 2 bậc" (previous 2026-01-31, max 100 and 34). "96/103 xã,
  phường … 214 máy quét; còn 07 xã, phường" and task d)'s "07 xã, phường" (level xã). Task b)'s "nâng tỷ lệ thanh toán
  trực tuyến của đơn vị mình đạt tối thiểu 70% trong quý II năm 2026" each named commune's target (subject unchecked,
  level xã, 2026-06-30). Six deadlines in lettered items: day, quarter (with the target) for five named communes, "chậm
  nhất ngày ba mươi mốt tháng 3 năm 2026", month, year in a request "Đề nghị Ngân hàng Nhà nước Chi nhánh Khu vực 14 …",
  "trước ngày 05 hằng tháng" (issued 06/3/2026, after the 5th: first 05/4/2026).

Unsure readings (fields left `ANY`): the subject and level of 647's "Tổng cộng" row and of its cước parts by payer (see
above); the subjects of 648's blocks and providers and of the former provinces' parts; the codes of money, transactions,
data stores and certificates everywhere (no catalogued codes); 645's per-district money column. 646's field parts of the
results digitised in earlier years are given subject NULL (the province's total split by field); a reader could also
leave them unchecked.
"""

from __future__ import annotations

from golden.facts import (
    _KQ,
    _NOP,
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
_TICH_HOP = "766.thanh_toan.tthc_tich_hop"
_GIAO_DICH = "766.thanh_toan.tthc_giao_dich"
_NHOM_TT = "766.thanh_toan"
_NHOM_SH = "766.so_hoa"
_KY = "cds.ky_so"
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_HUYEN = {"subject": ANY, "level": "huyện"}
_IN_XA = {"subject": ANY, "level": "xã"}
_CAP_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_CAP_HUYEN = {"subject": "cấp huyện", "level": "huyện"}
_CAP_XA = {"subject": "cấp xã", "level": "xã"}

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


def _md_line(cells: tuple[str, ...]) -> str:
    """A Markdown table row as the documents write it (an empty STT cell as "| |")."""
    return ("| " + " | ".join(cells) + " |").replace("|  |", "| |")


# ------------------------------------------------------------ 645: Sở Tài chính tỉnh Nam Định, quý III năm 2024
_STC = "Sở Tài chính"
_stc = _by(_STC, "tỉnh")
_Q2_2024 = "2024-06-30"
_Y2024 = "2024-12-31"

_DISTRICTS_645 = [
    ("1", "Thành phố Nam Định", "8.214 5.682 69,17 3.126,4"),
    ("2", "Huyện Mỹ Lộc", "2.136 1.115 52,20 512,8"),
    ("3", "Huyện Vụ Bản", "3.418 1.506 44,06 684,2"),
    ("4", "Huyện Ý Yên", "5.126 2.409 47,00 1.046,5"),
    ("5", "Huyện Nam Trực", "4.312 2.100 48,70 902,6"),
    ("6", "Huyện Trực Ninh", "3.896 1.961 50,33 846,3"),
    ("7", "Huyện Xuân Trường", "3.508 1.097 31,27 478,9"),
    ("8", "Huyện Giao Thủy", "4.215 1.879 44,58 812,4"),
    ("9", "Huyện Hải Hậu", "5.082 2.477 48,74 1.094,7"),
    ("10", "Huyện Nghĩa Hưng", "3.008 1.192 39,63 541,6"),
    ("", "Tổng cộng", "42.915 21.418 49,91 10.046,4"),
]


def _districts_645() -> list[Fact]:
    """Bảng 1 (Markdown, per district): files with fees, files paid online, the share, money collected online (`triệu
    đồng`); a district as written (level huyện), "Tổng cộng" (empty STT) `cấp huyện`. Each row's context runs into the
    next row's STT and name."""
    facts = []
    for i, (stt, name, raws) in enumerate(_DISTRICTS_645):
        files, paid, share, money = raws.split()
        line = _md_line((stt, name, files, paid, share, money))
        if i + 1 < len(_DISTRICTS_645):
            after = _md_line(_DISTRICTS_645[i + 1][:2]).rsplit(" |", 1)[0]
        else:
            after = "\nThành phố Nam Định có"
        subject = "cấp huyện" if stt == "" else name
        facts += _cells(line, " | ", after, subject, "huyện", [
            (files, "hồ sơ", P, ANY, "period", None), (paid, "hồ sơ", P, _TT, "period", None),
            (share, "%", P, _TT, "period", None), (money, "triệu đồng", P, ANY, "period", None)])
    return facts


BLIND_645 = [
    # I.1 procedures (766/QĐ-TTg, 21/KH-UBND cited; "Đến ngày 30/9/2024" a date); quý II năm 2024 dated 2024-06-30
    F("thực hiện 1.836 TTHC", "1.836", 1836, "TTHC", C, code=_TTHC),
    F("trong đó 1.214 TTHC", "1.214", 1214, "TTHC", C, code=ANY),
    F("đối với 1.102 TTHC", "1.102", 1102, "TTHC", C, code=_TICH_HOP),
    F("chiếm 90,77%", "90,77%", 90.77, "%", code=_TICH_HOP),
    F("có 786 TTHC", "786", 786, "TTHC", C, code=_GIAO_DICH),
    F("(quý II năm 2024: 712 TTHC)", "712", 712, "TTHC", PR, as_of=_Q2_2024, code=_GIAO_DICH),
    # I.2 files paid online (the province's 2024 target at the year's end), by level (x/y with the base), by month
    F("có 96.428 hồ sơ", "96.428", 96428, "hồ sơ", C, code=ANY),
    F("trong đó 52.184 hồ sơ", "52.184", 52184, "hồ sơ", C, code=_TT),
    F("đạt 54,12%", "54,12%", 54.12, "%", code=_TT, target=60, stated_status="chưa đạt"),
    F("(quý II năm 2024: 47,86%)", "47,86%", 47.86, "%", PR, as_of=_Q2_2024, code=_TT),
    F("tăng 6,26 điểm", "6,26", 6.26, "%", CH, code=ANY),
    F("năm 2024 là 60%", "60%", 60, "%", T, as_of=_Y2024, code=_TT),
    F("có 18.642/24.306 hồ sơ", "18.642/24.306", 18642, "hồ sơ", C, max_value=24306, code=_TT, **_CAP_TINH),
    F("đạt 76,70%", "76,70%", 76.70, "%", code=_TT, **_CAP_TINH),
    F("có 21.418/42.915 hồ sơ", "21.418/42.915", 21418, "hồ sơ", C, max_value=42915, code=_TT, **_CAP_HUYEN),
    F("đạt 49,91%", "49,91%", 49.91, "%", code=_TT, **_CAP_HUYEN),
    F("có 12.124/29.207 hồ sơ", "12.124/29.207", 12124, "hồ sơ", C, max_value=29207, code=_TT, **_CAP_XA),
    F("đạt 41,51%", "41,51%", 41.51, "%", code=_TT, **_CAP_XA),
    F("lần lượt là 16.215", "16.215", 16215, "hồ sơ", C, as_of="2024-07-31", code=_TT),
    F("16.215, 17.406", "17.406", 17406, "hồ sơ", C, as_of="2024-08-31", code=_TT),
    F("và 18.563 hồ sơ", "18.563", 18563, "hồ sơ", C, as_of="2024-09-30", code=_TT),
    # I.3 money (quý II năm 2024 the base of the change) and transactions by channel
    F("quý là 18,64 tỷ đồng", "18,64", 18.64, "tỷ đồng", code=ANY),
    F("tăng 3,12 tỷ đồng", "3,12", 3.12, "tỷ đồng", CH, code=ANY),
    F("(15,52 tỷ đồng)", "15,52", 15.52, "tỷ đồng", PR, as_of=_Q2_2024, code=ANY),
    F("lệ phí 6,38 tỷ đồng", "6,38", 6.38, "tỷ đồng", code=ANY),
    F("đai 12,26 tỷ đồng", "12,26", 12.26, "tỷ đồng", code=ANY),
    F("là 54.826 giao dịch", "54.826", 54826, "giao dịch", C, code=ANY),
    F("gia: 38.412 giao dịch", "38.412", 38412, "giao dịch", C, code=ANY),
    F("chiếm 70,06%", "70,06%", 70.06, "%", code=ANY),
    F("nước: 16.414 giao dịch", "16.414", 16414, "giao dịch", C, code=ANY),
    F("chiếm 29,94%", "29,94%", 29.94, "%", code=ANY),
    F("Có 312 giao dịch", "312", 312, "giao dịch", C, code=ANY),
    F("tiền 148,6 triệu đồng", "148,6", 148.6, "triệu đồng", code=ANY),
    # the Sở's own files
    _stc("có 214 hồ sơ", "214", 214, "hồ sơ", C, code=ANY),
    _stc("; 100% được", "100%", 100, "%", code=_TT),
    # I.4 Bảng 1 (Markdown, per district) and the prose after it
    *_districts_645(),
    F("cao nhất (69,17%)", "69,17%", 69.17, "%", subject="Thành phố Nam Định", level="huyện", code=_TT),
    F("thấp nhất (31,27%)", "31,27%", 31.27, "%", subject="huyện Xuân Trường", level="huyện", code=_TT),
    F("Có 03/10 huyện", "03/10", 3, "huyện", C, max_value=10, code=None, **_IN_HUYEN),
    F("; 07 huyện", "07", 7, "huyện", C, code=None, **_IN_HUYEN),
    # I.5 the 766 payment group (tháng 6/2024 dated 2024-06-30) and the total
    F("đạt 6,84/10", "6,84/10", 6.84, "điểm", max_value=10, code=_NHOM_TT),
    F("tăng 0,72 điểm", "0,72", 0.72, "điểm", CH, code=_NHOM_TT),
    F("(6,12 điểm)", "6,12", 6.12, "điểm", PR, max_value=10, as_of=_Q2_2024, code=_NHOM_TT),
    F("đạt 81,26/100", "81,26/100", 81.26, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 24/63", "24/63", 24, "hạng", R, max_value=63, code=_HANG),
    # III. each district's target for quý IV/2024 (address and phone number no figures)
    F("tối thiểu 60%", "60%", 60, "%", T, as_of=_Y2024, code=_TT, **_IN_HUYEN),
]

# ------------------------------------------------------------ 646: Văn phòng UBND tỉnh Trà Vinh, quý I năm 2025
_Q4_2024 = "2024-12-31"
_Y2025 = "2025-12-31"

_AGENCIES_646 = [
    ("1", "Sở Tư pháp", "2.846 2.846 100 100 48,26"),
    ("2", "Sở Nông nghiệp và Môi trường", "2.318 2.241 96,68 94,12 22,14"),
    ("3", "Sở Tài chính", "1.624 1.618 99,63 99,18 36,58"),
    ("4", "Sở Xây dựng", "1.286 1.262 98,13 96,45 28,42"),
    ("5", "Sở Nội vụ", "1.142 1.139 99,74 98,86 41,06"),
    ("6", "Sở Y tế", "968 961 99,28 97,62 33,75"),
    ("7", "Sở Công Thương", "842 840 99,76 99,05 30,12"),
    ("8", "Sở Giáo dục và Đào tạo", "516 514 99,61 98,84 52,18"),
    ("9", "Các cơ quan còn lại", "944 873 92,48 90,16 18,64"),
    ("", "Cộng cấp tỉnh", "12.486 12.294 98,46 97,83 36,92"),
]


def _agencies_646() -> list[Fact]:
    """Bảng 1 (tab-separated, per agency at the Centre): files received, files digitised, digitisation share,
    e-results share, reuse share; an agency as written (level tỉnh), "Các cơ quan còn lại" subject unchecked, "Cộng cấp
    tỉnh" (empty STT) `cấp tỉnh`. Each row's context runs into the next row's STT and name."""
    facts = []
    for i, (stt, name, raws) in enumerate(_AGENCIES_646):
        received, digitised, share, results, reuse = raws.split()
        line = "\t".join([stt, name, received, digitised, share, results, reuse])
        after = ("\t".join(_AGENCIES_646[i + 1][:2]) if i + 1 < len(_AGENCIES_646)
                 else "\nSở Tư pháp dẫn đầu")
        subject = "cấp tỉnh" if stt == "" else ANY if stt == "9" else name
        facts += _cells(line, "\t", after, subject, "tỉnh", [
            (received, "hồ sơ", P, _TN, "period", None), (digitised, "hồ sơ", P, _SH, "period", None),
            (share, "%", P, _SH, "period", None), (results, "%", P, _KQ, "period", None),
            (reuse, "%", P, _TSD, "period", None)])
    return facts


BLIND_646 = [
    # I.1 files digitised (45/2020/NĐ-CP, 09/KH-UBND cited; the 2025 target at the year's end), by level
    F("tiếp nhận 84.612 hồ sơ", "84.612", 84612, "hồ sơ", C, code=_TN),
    F("số hóa 76.418 hồ sơ", "76.418", 76418, "hồ sơ", C, code=_SH),
    F("đạt 90,32%", "90,32%", 90.32, "%", code=_SH, target=95, stated_status="chưa đạt"),
    F("(quý IV năm 2024: 86,15%)", "86,15%", 86.15, "%", PR, as_of=_Q4_2024, code=_SH),
    F("tăng 4,17 điểm", "4,17", 4.17, "%", CH, code=ANY),
    F("năm 2025 là 95%", "95%", 95, "%", T, as_of=_Y2025, code=_SH),
    F("tương ứng là 12.486 hồ sơ", "12.486", 12486, "hồ sơ", C, code=_TN, **_CAP_TINH),
    F(", 24.318 hồ sơ", "24.318", 24318, "hồ sơ", C, code=_TN, **_CAP_HUYEN),
    F("và 47.808 hồ sơ", "47.808", 47808, "hồ sơ", C, code=_TN, **_CAP_XA),
    F("lần lượt là 98,46%", "98,46%", 98.46, "%", code=_SH, **_CAP_TINH),
    F(", 91,27%", "91,27%", 91.27, "%", code=_SH, **_CAP_HUYEN),
    F("và 87,70%", "87,70%", 87.70, "%", code=_SH, **_CAP_XA),
    # I.2 e-results; results of earlier years digitised (the fields' parts; 31/12/2024 the base of the change)
    F("giải quyết 77.640 hồ sơ", "77.640", 77640, "hồ sơ", C, code=ANY),
    F("là 71.925 kết quả", "71.925", 71925, "kết quả", C, code=_KQ),
    F("đạt 92,64%", "92,64%", 92.64, "%", code=_KQ),
    F("số hóa 126.480 kết quả", "126.480", 126480, "kết quả", C, code=ANY),
    F("(hộ tịch 98.214 kết quả", "98.214", 98214, "kết quả", C, code=ANY),
    F("đất đai 28.266 kết quả", "28.266", 28266, "kết quả", C, code=ANY),
    F("tăng 21.356 kết quả", "21.356", 21356, "kết quả", CH, code=ANY),
    # I.3 reuse (quý IV năm 2024 dated 2024-12-31); cấp xã and its gap
    F("Có 28.416 hồ sơ", "28.416", 28416, "hồ sơ", C, code=_TSD),
    F("chiếm 33,58%", "33,58%", 33.58, "%", code=_TSD),
    F("(quý IV năm 2024: 27,64%)", "27,64%", 27.64, "%", PR, as_of=_Q4_2024, code=_TSD),
    F("chỉ đạt 24,16%", "24,16%", 24.16, "%", code=_TSD, **_CAP_XA),
    F("tỉnh 9,42 điểm", "9,42", 9.42, "%", CH, code=ANY, **_CAP_XA),
    # I.4 electronic data stores ("Đến ngày 31/3/2025" the period end)
    F("có 214.386 kho dữ liệu", "214.386", 214386, "kho dữ liệu", C, code=ANY),
    F("và 6.842 kho dữ liệu", "6.842", 6842, "kho dữ liệu", C, code=ANY),
    F("tăng 18.520 kho dữ liệu", "18.520", 18520, "kho dữ liệu", CH, code=ANY),
    F("là 386.940 giấy tờ", "386.940", 386940, "giấy tờ", C, code=ANY),
    F("có 41.218 giấy tờ", "41.218", 41218, "giấy tờ", C, code=ANY),
    # I.5 Bảng 1 (tab-separated, per agency) and the prose after it
    *_agencies_646(),
    F("số hóa đạt 100%", "100%", 100, "%", subject="Sở Tư pháp", level="tỉnh", code=_SH),
    F("còn 77 hồ sơ", "77", 77, "hồ sơ", C, subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=ANY),
    # I.6 districts and communes
    F("Có 06/9 huyện", "06/9", 6, "huyện", C, max_value=9, code=None, **_IN_HUYEN),
    F("cao nhất (96,84%)", "96,84%", 96.84, "%", subject="thị xã Duyên Hải", level="huyện", code=_SH),
    F("thấp nhất (83,12%)", "83,12%", 83.12, "%", subject="huyện Trà Cú", level="huyện", code=_SH),
    F("Có 58 xã", "58", 58, "xã", C, code=None, **_IN_XA),
    F("bị 74 máy quét", "74", 74, "máy quét", C, code=None, **_IN_XA),
    # I.7 the 766 digitisation group and total (tháng 12/2024 dated 2024-12-31)
    F("đạt 17,86/22", "17,86/22", 17.86, "điểm", max_value=22, code=_NHOM_SH),
    F("(tháng 12/2024: 16,42 điểm)", "16,42", 16.42, "điểm", PR, max_value=22, as_of=_Q4_2024, code=_NHOM_SH),
    F("đạt 83,74/100", "83,74/100", 83.74, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 19/63", "19/63", 19, "hạng", R, max_value=63, code=_HANG),
    F("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    F("(xếp thứ 23/63)", "23/63", 23, "hạng", PR, max_value=63, as_of=_Q4_2024, code=_HANG),
    # III. cấp xã's target for quý II/2025; a count in a task (address "đường 19/5", phone number no figures)
    F("tối thiểu 95%", "95%", 95, "%", T, as_of="2025-06-30", code=_SH, **_CAP_XA),
    F("tại 12 xã", "12", 12, "xã", C, code=None, **_IN_XA),
]

# ------------------------------------------------------------ 647: Bưu điện tỉnh Đồng Nai, tháng 10 năm 2025
_BD = "Bưu điện tỉnh"
_bd = _by(_BD, "tỉnh")
_SEP_2025 = "2025-09-30"

_COMMUNES_647 = [
    ("1", "Phường Trấn Biên", "812 186 2.146 99,86"),
    ("2", "Phường Biên Hòa", "694 152 1.918 99,74"),
    ("3", "Phường Long Bình", "518 98 1.426 99,58"),
    ("4", "Phường Long Khánh", "426 84 1.184 99,66"),
    ("5", "Phường Đồng Xoài", "398 76 1.092 99,45"),
    ("6", "Phường Bình Phước", "352 58 968 99,38"),
    ("7", "Xã Long Thành", "318 64 846 99,29"),
    ("8", "Xã Nhơn Trạch", "296 52 814 99,14"),
    ("9", "Xã Trảng Bom", "284 48 772 99,22"),
    ("10", "Phường Bình Long", "216 34 586 98,98"),
    ("11", "Các xã, phường còn lại", "2.528 396 6.674 99,21"),
    ("", "Tổng cộng", "6.842 1.248 18.426 99,42"),
]


def _communes_647() -> list[Fact]:
    """Bảng 1 (Markdown, per commune): files received through BCCI, of them at home, results returned (`kết quả`),
    share returned on time; a commune as written (level xã), "Các xã, phường còn lại" subject unchecked (level xã),
    "Tổng cộng" (empty STT) subject and level unchecked; codes unchecked (the Bưu điện's files). Each row's context runs
    into the next row's STT and name."""
    facts = []
    for i, (stt, name, raws) in enumerate(_COMMUNES_647):
        received, home, results, on_time = raws.split()
        line = _md_line((stt, name, received, home, results, on_time))
        if i + 1 < len(_COMMUNES_647):
            after = _md_line(_COMMUNES_647[i + 1][:2]).rsplit(" |", 1)[0]
        else:
            after = "\nCó 86/95 xã"
        subject, level = (ANY, ANY) if stt == "" else (ANY, "xã") if stt == "11" else (name, "xã")
        facts += _cells(line, " | ", after, subject, level, [
            (received, "hồ sơ", P, ANY, "period", None), (home, "hồ sơ", P, ANY, "period", None),
            (results, "kết quả", P, ANY, "period", None), (on_time, "%", P, ANY, "period", None)])
    return facts


BLIND_647 = [
    # I. staff and post offices (45/2016/QĐ-TTg, 186/KH-UBND cited)
    _bd("bố trí 118 nhân viên", "118", 118, "nhân viên", C, code=ANY),
    _bd("(06 nhân viên)", "06", 6, "nhân viên", C, code=ANY),
    F("của 95/95 xã", "95/95", 95, "xã", C, max_value=95, code=None, **_IN_XA),
    _bd("(112 nhân viên)", "112", 112, "nhân viên", C, code=ANY),
    _bd("duy trì 164 bưu cục", "164", 164, "bưu cục", C, code=ANY),
    # II.1 files received (tháng 9/2025 dated 2025-09-30), the province's files, channels, fields, help
    _bd("tiếp nhận 6.842 hồ sơ", "6.842", 6842, "hồ sơ", C, code=ANY),
    _bd("(tháng 9/2025: 6.115 hồ sơ)", "6.115", 6115, "hồ sơ", PR, as_of=_SEP_2025, code=ANY),
    _bd("tăng 727 hồ sơ", "727", 727, "hồ sơ", CH, code=ANY),
    _bd("tăng 11,89%", "11,89%", 11.89, "%", CH, code=ANY),
    _bd("chiếm 4,86%", "4,86%", 4.86, "%", code=ANY),
    F("(140.782 hồ sơ)", "140.782", 140782, "hồ sơ", C, code=_TN),
    _bd("dân 1.248 hồ sơ", "1.248", 1248, "hồ sơ", C, code=ANY),
    _bd("cục 5.594 hồ sơ", "5.594", 5594, "hồ sơ", C, code=ANY),
    F("hộ tịch 2.416 hồ sơ", "2.416", 2416, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("đất đai 1.982 hồ sơ", "1.982", 1982, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("pháp 864 hồ sơ", "864", 864, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("xã hội 612 hồ sơ", "612", 612, "hồ sơ", C, code=ANY, **_IN_TINH),
    F("khác 968 hồ sơ", "968", 968, "hồ sơ", C, code=ANY, **_IN_TINH),
    _bd("giấy 2.318 hồ sơ", "2.318", 2318, "hồ sơ", C, code=ANY),
    _bd("chiếm 33,88%", "33,88%", 33.88, "%", code=ANY),
    _bd("kích hoạt 3.412 tài khoản", "3.412", 3412, "tài khoản", C, code=ANY),
    # II.2 results returned (tháng 9/2025 dated 2025-09-30)
    _bd("chuyển trả 18.426 kết quả", "18.426", 18426, "kết quả", C, code=ANY),
    _bd("tăng 2.184 kết quả", "2.184", 2184, "kết quả", CH, code=ANY),
    _bd("(16.242 kết quả)", "16.242", 16242, "kết quả", PR, as_of=_SEP_2025, code=ANY),
    _bd("đạt 99,42%", "99,42%", 99.42, "%", code=ANY),
    _bd("còn 107 kết quả", "107", 107, "kết quả", C, code=ANY),
    # II.3 fees collected for the agencies, the service's charges (12/2025/NQ-HĐND cited; its parts by payer)
    _bd("hộ phí, lệ phí cho 3.126 hồ sơ", "3.126", 3126, "hồ sơ", C, code=ANY),
    _bd("tiền 2,14 tỷ đồng", "2,14", 2.14, "tỷ đồng", code=ANY),
    _bd("là 612,4 triệu đồng", "612,4", 612.4, "triệu đồng", code=ANY),
    F("184,6 triệu đồng", "184,6", 184.6, "triệu đồng", code=ANY, **_OPEN),
    F("427,8 triệu đồng", "427,8", 427.8, "triệu đồng", code=ANY, **_OPEN),
    _bd("bình quân 18.500 đồng", "18.500", 18500, "đồng", code=ANY),
    # II.4 Bảng 1 (Markdown, per commune) and the prose after it
    *_communes_647(),
    F("Có 86/95 xã", "86/95", 86, "xã", C, max_value=95, code=None, **_IN_XA),
    F("còn 09 xã", "09", 9, "xã", C, code=None, **_IN_XA),
    F("(06 hồ sơ)", "06", 6, "hồ sơ", C, subject="Xã Bù Gia Mập", level="xã", code=ANY),
    # II.5 the Bưu điện's survey and complaints; the Tổng công ty's ranking
    _bd("nhiên 620 lượt", "620", 620, "lượt", C, code=ANY),
    _bd("có 608 lượt", "608", 608, "lượt", C, code=ANY),
    _bd("đạt 98,06%", "98,06%", 98.06, "%", code=ANY),
    _bd("tiếp nhận 04 phản ánh", "04", 4, "PAKN", C, code=ANY),
    _bd("xong 04/04 phản ánh", "04/04", 4, "PAKN", C, max_value=4, code=ANY),
    F("xếp thứ 4/34", "4/34", 4, "hạng", R, max_value=34, subject="Bưu điện tỉnh Đồng Nai", level="tỉnh", code=ANY),
    # IV. the Bưu điện's target for quý IV/2025; a count in a task (address and phone number no figures)
    _bd("tối thiểu 99,5%", "99,5%", 99.5, "%", T, as_of="2025-12-31", code=ANY),
    F("tại 09 xã", "09", 9, "xã", C, code=None, **_IN_XA),
]

# ------------------------------------------------------------ 648: Sở KH&CN thành phố Hải Phòng, năm 2025
_SKH = "Sở Khoa học và Công nghệ"
_skh = _by(_SKH, "tỉnh")


def _provider(name: str, count: str, share: str) -> list[Fact]:
    """One dash item "- <provider>: n chứng thư, chiếm x%;" (a business: subject and level unchecked)."""
    return [F(f"{name}: {count} chứng thư", count, _num(count), "chứng thư", C, code=ANY, **_OPEN),
            F(f"chiếm {share}%", share + "%", _num(share), "%", code=ANY, **_OPEN)]


BLIND_648 = [
    # I. officials' certificates (23/2025/NĐ-CP, 35/KH-UBND cited; "từ ngày 01/7/2025" a date)
    F("sử dụng 28.416 chứng thư", "28.416", 28416, "chứng thư", C, code=ANY),
    F("nhân 24.862 chứng thư", "24.862", 24862, "chứng thư", C, code=ANY),
    F("tổ chức 3.554 chứng thư", "3.554", 3554, "chứng thư", C, code=ANY),
    _skh("cấp mới 6.248 chứng thư", "6.248", 6248, "chứng thư", C, code=ANY),
    _skh("gia hạn 1.126 chứng thư", "1.126", 1126, "chứng thư", C, code=ANY),
    _skh("thu hồi 2.314 chứng thư", "2.314", 2314, "chứng thư", C, code=ANY),
    _skh("có 4.126 chứng thư", "4.126", 4126, "chứng thư", C, code=ANY),
    _skh("là 2,5 ngày", "2,5", 2.5, "ngày", code=ANY),
    _skh("rút ngắn 0,5 ngày", "0,5", -0.5, "ngày", CH, code=ANY),
    F("nay 100% cán bộ", "100%", 100, "%", code=ANY, **_IN_XA),
    F("tại 114/114 xã", "114/114", 114, "xã", C, max_value=114, code=None, **_IN_XA),
    # II.1 citizens' certificates (năm 2024 dated 2024-12-31; the 2025 target at the period end)
    F("có 612.840 chứng thư", "612.840", 612840, "chứng thư", C, code=ANY),
    F("(năm 2024: 286.412 chứng thư)", "286.412", 286412, "chứng thư", PR, as_of="2024-12-31", code=ANY),
    F("tăng 326.428 chứng thư", "326.428", 326428, "chứng thư", CH, code=ANY),
    F("chiếm 19,84%", "19,84%", 19.84, "%", code=ANY, target=25, stated_status="chưa đạt"),
    F("năm 2025 là 25%", "25%", 25, "%", T, code=ANY),
    F("có 418.216 chứng thư", "418.216", 418216, "chứng thư", C, code=ANY),
    F("chiếm 68,24%", "68,24%", 68.24, "%", code=ANY),
    # II.2 the former provinces' parts; II.3 providers
    F("là 386.214 chứng thư", "386.214", 386214, "chứng thư", C, code=ANY, **_OPEN),
    F("và 226.626 chứng thư", "226.626", 226626, "chứng thư", C, code=ANY, **_OPEN),
    *_provider("VNPT-CA", "248.615", "40,57"),
    *_provider("Viettel-CA", "196.342", "32,04"),
    *_provider("MISA eSign", "84.126", "13,73"),
    *_provider("BKAV-CA", "52.418", "8,55"),
    *_provider("Các tổ chức khác", "31.339", "5,11"),
    # II.4 enterprises, the city's budget
    F("Có 48.615 doanh nghiệp", "48.615", 48615, "doanh nghiệp", C, code=ANY),
    F("đạt 97,36%", "97,36%", 97.36, "%", code=ANY),
    F("bố trí 4,86 tỷ đồng", "4,86", 4.86, "tỷ đồng", code=ANY),
    F("miễn phí 86.000 chứng thư", "86.000", 86000, "chứng thư", C, code=ANY),
    # III.1 signed documents (năm 2024 dated 2024-12-31) by block
    F("đạt 98,92%", "98,92%", 98.92, "%", code=_KY),
    F("(năm 2024: 97,15%)", "97,15%", 97.15, "%", PR, as_of="2024-12-31", code=_KY),
    F("tăng 1,77 điểm", "1,77", 1.77, "%", CH, code=ANY),
    F("trong 1.246.318 văn bản", "1.246.318", 1246318, "văn bản", C, code=ANY),
    F("có 1.232.859 văn bản", "1.232.859", 1232859, "văn bản", C, code=_KY),
    F("ngành: 99,62%", "99,62%", 99.62, "%", code=_KY, **_IN_TINH),
    F("phường: 98,41%", "98,41%", 98.41, "%", code=_KY, **_IN_XA),
    F("xã: 97,52%", "97,52%", 97.52, "%", code=_KY, **_IN_XA),
    F("khu: 96,18%", "96,18%", 96.18, "%", code=_KY, **_IN_XA),
    # III.2–4 documents, signed results, signed online files, the teams' help and the Sở's classes
    F("là 2.846.215 văn bản", "2.846.215", 2846215, "văn bản", C, code=ANY),
    F("tăng 18,6%", "18,6%", 18.6, "%", CH, code=ANY),
    F("Có 1.426.318 kết quả", "1.426.318", 1426318, "kết quả", C, code=_KQ),
    F("đạt 96,48%", "96,48%", 96.48, "%", code=_KQ),
    F("nộp 214.630 hồ sơ", "214.630", 214630, "hồ sơ", C, code=ANY),
    F("chiếm 24,12%", "24,12%", 24.12, "%", code=ANY),
    F("(889.843 hồ sơ)", "889.843", 889843, "hồ sơ", C, code=_NOP),
    F("hướng dẫn 86.412 lượt", "86.412", 86412, "lượt", C, code=ANY, **_OPEN),
    _skh("chức 12 lớp", "12", 12, "lớp", C, code=None),
    _skh("cho 1.846 học viên", "1.846", 1846, "học viên", C, code=ANY),
    # IV. the Sở's own files; its 766 result and the city's (tháng 12/2025: the period end)
    _skh("tiếp nhận 1.284 hồ sơ", "1.284", 1284, "hồ sơ", C, code=_TN),
    _skh("TTHC, 100% hồ sơ", "100%", 100, "%", code=_NOP),
    _skh("đạt 92,18/100", "92,18/100", 92.18, "điểm", max_value=100, code=_TONG),
    _skh("xếp thứ 2/18", "2/18", 2, "hạng", R, max_value=18, code=_HANG),
    F("đạt 86,42/100", "86,42/100", 86.42, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 8/34", "8/34", 8, "hạng", R, max_value=34, code=_HANG),
    # V.–VI. shortcomings; the city's target for quý III/2026 (address and phone number no figures)
    F("còn 06 xã", "06", 6, "xã", C, code=None, **_IN_XA),
    F("tối thiểu 30%", "30%", 30, "%", T, as_of="2026-09-30", code=ANY),
]

# ------------------------------------------------------------ 649: Văn phòng UBND thành phố Cần Thơ, tháng 02/2026
_JAN_2026 = "2026-01-31"
_ttpv = _by("Trung tâm Phục vụ hành chính công thành phố", "tỉnh")
_Y2026 = "2026-12-31"


def _late(unit: str, level: str, context: str, raw: str, code: str) -> Fact:
    """A named body's share in the dash list of late units (as written)."""
    return F(context, raw, _num(raw), "%", subject=unit, level=level, code=code)


BLIND_649 = [
    # 1. the city's results (318/UBND-KSTT cited; tháng 01/2026 dated 2026-01-31)
    F("tiếp nhận 118.426 hồ sơ", "118.426", 118426, "hồ sơ", C, code=_TN),
    F("có 64.218 hồ sơ", "64.218", 64218, "hồ sơ", C, code=ANY),
    F("là 41.326 hồ sơ", "41.326", 41326, "hồ sơ", C, code=_TT),
    F("đạt 64,35%", "64,35%", 64.35, "%", code=_TT, target=80, stated_status="chưa đạt"),
    F("(tháng 01/2026: 61,08%)", "61,08%", 61.08, "%", PR, as_of=_JAN_2026, code=_TT),
    F("tăng 3,27 điểm", "3,27", 3.27, "%", CH, code=ANY),
    F("là 28,46 tỷ đồng", "28,46", 28.46, "tỷ đồng", code=ANY),
    F("(tháng 01/2026: 25,18 tỷ đồng)", "25,18", 25.18, "tỷ đồng", PR, as_of=_JAN_2026, code=ANY),
    F("gia 24,12 tỷ đồng", "24,12", 24.12, "tỷ đồng", code=ANY),
    F("phố 4,34 tỷ đồng", "4,34", 4.34, "tỷ đồng", code=ANY),
    F("là 43.518 giao dịch", "43.518", 43518, "giao dịch", C, code=ANY),
    F("có 126 giao dịch", "126", 126, "giao dịch", C, code=ANY),
    F("trả 84,2 triệu đồng", "84,2", 84.2, "triệu đồng", code=ANY),
    F("đạt 93,18%", "93,18%", 93.18, "%", code=_SH, target=100, stated_status="chưa đạt"),
    F("đạt 95,42%", "95,42%", 95.42, "%", code=_KQ),
    F("đạt 41,26%", "41,26%", 41.26, "%", code=_TSD, target=60, stated_status="chưa đạt"),
    F("Có 186.420 kho dữ liệu", "186.420", 186420, "kho dữ liệu", C, code=ANY),
    F("tăng 12.316 kho dữ liệu", "12.316", 12316, "kho dữ liệu", CH, code=ANY),
    F("; 24.618 hồ sơ", "24.618", 24618, "hồ sơ", C, code=_TSD),
    F("chiếm 20,79%", "20,79%", 20.79, "%", code=_TSD),
    F("trực tuyến 80%", "80%", 80, "%", T, as_of=_Y2026, code=_TT),
    F("hồ sơ 100%", "100%", 100, "%", T, as_of=_Y2026, code=_SH),
    F("dữ liệu 60%", "60%", 60, "%", T, as_of=_Y2026, code=_TSD),
    # 2. blocks
    F("(19 cơ quan)", "19", 19, "đơn vị", C, code=None, **_IN_TINH),
    F("bình quân 82,46%", "82,46%", 82.46, "%", code=_TT, **_IN_TINH),
    F("bình quân 98,72%", "98,72%", 98.72, "%", code=_SH, **_IN_TINH),
    F("tuyến 9,86 tỷ đồng", "9,86", 9.86, "tỷ đồng", code=ANY, **_IN_TINH),
    F("có 15/19 cơ quan", "15/19", 15, "đơn vị", C, max_value=19, code=None, **_IN_TINH),
    _ttpv("tuyến 8.912/10.046 hồ sơ", "8.912/10.046", 8912, "hồ sơ", C, max_value=10046, code=_TT),
    _ttpv("đạt 88,71%", "88,71%", 88.71, "%", code=_TT),
    F("(103 đơn vị)", "103", 103, "đơn vị", C, code=None, **_IN_XA),
    F("bình quân 58,64%", "58,64%", 58.64, "%", code=_TT, **_IN_XA),
    F("bình quân 90,15%", "90,15%", 90.15, "%", code=_SH, **_IN_XA),
    F("tuyến 18,60 tỷ đồng", "18,60", 18.60, "tỷ đồng", code=ANY, **_IN_XA),
    F("có 21/103 xã", "21/103", 21, "xã", C, max_value=103, code=None, **_IN_XA),
    F(", 82 xã", "82", 82, "xã", C, code=None, **_IN_XA),
    # 3. late units (as written)
    _late("Sở Nông nghiệp và Môi trường", "tỉnh", "tuyến 46,28%", "46,28%", _TT),
    F("còn 1.126 hồ sơ", "1.126", 1126, "hồ sơ", C, subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=ANY),
    _late("Sở Xây dựng", "tỉnh", "hồ sơ 86,42%", "86,42%", _SH),
    F("còn 218 hồ sơ", "218", 218, "hồ sơ", C, subject="Sở Xây dựng", level="tỉnh", code=ANY),
    _late("UBND phường Ninh Kiều", "xã", "tuyến 38,16%", "38,16%", _TT),
    F("còn 2.046 hồ sơ", "2.046", 2046, "hồ sơ", C, subject="UBND phường Ninh Kiều", level="xã", code=ANY),
    _late("UBND phường Vị Thanh", "xã", "tuyến 35,62%", "35,62%", _TT),
    _late("UBND xã Phong Điền", "xã", "tuyến 32,48%", "32,48%", _TT),
    _late("UBND xã Thạnh An", "xã", "tuyến 29,84%", "29,84%", _TT),
    _late("UBND xã Cù Lao Dung", "xã", "tuyến 27,16%", "27,16%", _TT),
    _late("UBND xã Cù Lao Dung", "xã", "hồ sơ 71,35%", "71,35%", _SH),
    # 4. the city's 766 result (tháng 01/2026 dated 2026-01-31)
    F("đạt 81,64/100", "81,64/100", 81.64, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 23/34", "23/34", 23, "hạng", R, max_value=34, code=_HANG),
    F("đạt 7,18/10", "7,18/10", 7.18, "điểm", max_value=10, code=_NHOM_TT),
    F("đạt 17,26/22", "17,26/22", 17.26, "điểm", max_value=22, code=_NHOM_SH),
    F("(80,92 điểm", "80,92", 80.92, "điểm", PR, max_value=100, as_of=_JAN_2026, code=_TONG),
    F("xếp thứ 25/34)", "25/34", 25, "hạng", PR, max_value=34, as_of=_JAN_2026, code=_HANG),
    F("tăng 0,72 điểm", "0,72", 0.72, "điểm", CH, code=_TONG),
    F("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    # 5. scanners
    F("có 96/103 xã", "96/103", 96, "xã", C, max_value=103, code=None, **_IN_XA),
    F("số 214 máy quét", "214", 214, "máy quét", C, code=None, **_IN_XA),
    F("còn 07 xã", "07", 7, "xã", C, code=None, **_IN_XA),
    # 6. each named commune's target for quý II/2026; a count in a task (address and phone number no figures)
    F("tối thiểu 70%", "70%", 70, "%", T, as_of="2026-06-30", code=_TT, **_IN_XA),
    F("của 07 xã", "07", 7, "xã", C, code=None, **_IN_XA),
]

BLIND = {"645": BLIND_645, "646": BLIND_646, "647": BLIND_647, "648": BLIND_648, "649": BLIND_649}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "645": [
        ("2024-10-31", "day", "31/10/2024", "đối soát các giao dịch lỗi", "Phòng Quản lý ngân sách"),
        ("2024-12-31", "quarter", "quý IV năm 2024", "hướng dẫn người dân thanh toán trực tuyến",
         "UBND các huyện, thành phố"),
        ("2024-11-15", "day", "ngày mười lăm tháng 11 năm 2024", "không cập nhật trạng thái giao dịch",
         "Phòng Tin học và Thống kê"),
        ("2024-12-31", "month", "tháng 12/2024", "tập huấn nghiệp vụ thanh toán trực tuyến", "Văn phòng Sở"),
        ("2025-12-31", "year", "năm 2025", "kết nối thêm các ngân hàng thương mại", "Sở Thông tin và Truyền thông"),
        # issued 09/10/2024: the first "ngày 20 hằng tháng" is 20/10/2024
        ("2024-10-20", "recurring", "20 hằng tháng", "gửi số liệu thanh toán trực tuyến", "UBND các huyện, thành phố"),
    ],
    "646": [
        ("2025-05-15", "day", "15/5/2025", "số hóa toàn bộ hồ sơ tồn đọng", "Sở Nông nghiệp và Môi trường"),
        ("2025-06-30", "quarter", "quý II năm 2025", "nâng tỷ lệ số hóa hồ sơ của cấp xã",
         "UBND các huyện, thị xã, thành phố"),
        ("2025-06-30", "day", "ngày ba mươi tháng 6 năm 2025", "kho dữ liệu điện tử cá nhân",
         "Trung tâm Phục vụ hành chính công tỉnh"),
        ("2025-05-31", "month", "tháng 5/2025", "kiểm tra việc số hóa", "Phòng Kiểm soát thủ tục hành chính"),
        ("2025-12-31", "year", "năm 2025", "Kho dữ liệu dùng chung", "Sở Khoa học và Công nghệ"),
        # issued 10/4/2025: the first "ngày 18 hằng tháng" is 18/4/2025
        ("2025-04-18", "recurring", "18 hằng tháng", "gửi báo cáo tình hình số hóa",
         "Các sở, ban, ngành và UBND các huyện, thị xã, thành phố"),
    ],
    "647": [
        ("2025-11-28", "day", "28/11/2025", "phần mềm theo dõi hồ sơ BCCI", "Phòng Kinh doanh dịch vụ"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "tỷ lệ kết quả trả đúng hẹn", "Các Bưu điện khu vực"),
        ("2025-12-20", "day", "ngày hai mươi tháng 12 năm 2025", "tuyên truyền dịch vụ BCCI",
         "Bưu điện khu vực Bình Phước"),
        ("2025-12-31", "month", "tháng 12/2025", "bố trí bổ sung nhân viên", "Phòng Tổ chức - Hành chính"),
        ("2026-12-31", "year", "năm 2026", "kinh phí hỗ trợ cước dịch vụ BCCI", "Sở Tài chính"),
        # issued 05/11/2025, after the 3rd: the first "ngày 03 hằng tháng" is 03/12/2025
        ("2025-12-03", "recurring", "03 hằng tháng", "gửi số liệu tiếp nhận, trả kết quả", "Các Bưu điện khu vực"),
    ],
    "648": [
        ("2026-03-31", "day", "31/3/2026", "thu hồi chứng thư số", "Phòng Bưu chính, Viễn thông và Chuyển đổi số"),
        ("2026-09-30", "quarter", "quý III năm 2026", "chứng thư số công cộng",
         "Phòng Bưu chính, Viễn thông và Chuyển đổi số"),
        ("2026-04-30", "day", "ngày ba mươi tháng 4 năm 2026", "ký số từ xa",
         "Trung tâm Công nghệ thông tin và Truyền thông"),
        ("2026-05-31", "month", "tháng 5/2026", "thiết bị lưu khóa bí mật", "Văn phòng Sở"),
        ("2026-12-31", "year", "năm 2026", "cấp đổi chứng thư số chuyên dùng", "Ban Cơ yếu Chính phủ"),
        # issued 13/01/2026: the first "ngày 15 hằng tháng" is 15/01/2026
        ("2026-01-15", "recurring", "15 hằng tháng", "báo cáo tình hình cấp, sử dụng chữ ký số",
         "Các sở, ban, ngành và UBND các xã, phường, đặc khu"),
    ],
    "649": [
        ("2026-03-20", "day", "20/3/2026", "sang thanh toán trực tuyến", "Sở Nông nghiệp và Môi trường"),
        ("2026-06-30", "quarter", "quý II năm 2026", "nâng tỷ lệ thanh toán trực tuyến",
         "UBND phường Ninh Kiều, UBND phường Vị Thanh, UBND xã Phong Điền, UBND xã Thạnh An và UBND xã Cù Lao Dung"),
        ("2026-03-31", "day", "ngày ba mươi mốt tháng 3 năm 2026", "số hóa hồ sơ cấp giấy phép xây dựng",
         "Sở Xây dựng"),
        ("2026-04-30", "month", "tháng 4/2026", "tập huấn kỹ năng số hóa",
         "Trung tâm Phục vụ hành chính công thành phố"),
        ("2026-12-31", "year", "năm 2026", "mở rộng kết nối thanh toán", "Ngân hàng Nhà nước Chi nhánh Khu vực 14"),
        # issued 06/3/2026, after the 5th: the first "ngày 05 hằng tháng" is 05/4/2026
        ("2026-04-05", "recurring", "05 hằng tháng", "báo cáo kết quả thanh toán trực tuyến",
         "Các sở, ban, ngành và UBND các xã, phường"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 645 is a report of the Sở
# Tài chính under "UBND TỈNH NAM ĐỊNH" (before the merger), signed by a deputy director; 646 a report of the Văn phòng
# under "UBND TỈNH TRÀ VINH" (before the merger), signed by a deputy chief; 647 a report of the Bưu điện tỉnh Đồng Nai
# under "TỔNG CÔNG TY BƯU ĐIỆN VIỆT NAM"; 648 a report of the Sở Khoa học và Công nghệ under "UBND THÀNH PHỐ HẢI PHÒNG"
# (the province: Hải Phòng); 649 a Công văn of the Văn phòng under "UBND THÀNH PHỐ CẦN THƠ" whose period is named in its
# "V/v" line, signed by a deputy chief.
META = {
    "645": {"doc_number": "2386/BC-STC", "doc_type": "Báo cáo", "issued_date": "2024-10-09",
            "province": "Nam Định", "period_label": "quý III năm 2024", "period_start": "2024-07-01",
            "period_end": "2024-09-30", "signer": "Trần Văn Khải"},
    "646": {"doc_number": "128/BC-VPUBND", "doc_type": "Báo cáo", "issued_date": "2025-04-10",
            "province": "Trà Vinh", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Thạch Minh Tâm"},
    "647": {"doc_number": "1186/BC-BĐĐN", "doc_type": "Báo cáo", "issued_date": "2025-11-05",
            "province": "Đồng Nai", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Nguyễn Thị Thu Hằng"},
    "648": {"doc_number": "96/BC-SKHCN", "doc_type": "Báo cáo", "issued_date": "2026-01-13",
            "province": "Hải Phòng", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Đỗ Mạnh Hùng"},
    "649": {"doc_number": "612/VP-KSTT", "doc_type": "Công văn", "issued_date": "2026-03-06",
            "province": "Cần Thơ", "period_label": "tháng 02 năm 2026", "period_start": "2026-02-01",
            "period_end": "2026-02-28", "signer": "Lê Thị Hồng Nhung"},
}
