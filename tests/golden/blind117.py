"""Blind golden facts for corpus/blind117/660_ha_noi.txt, 661_kon_tum.txt, 662_dien_bien.txt, 663_binh_thuan.txt and
664_hung_yen.txt.

The five documents were written by the developers for a hundred-and-seventeenth blind measurement (small units before
and after the 2025 reform writing in a plain, hurried style: a ward of a centrally-run city on its own files by field;
a commune's one-stop desk on files received, returned late and apologised for; a commune's monthly report on online
services with the previous month in brackets; a provincial one-stop centre listing each department's files; a
commune's notice of its Decision 766 scores and rank among the province's communes; periods quý IV năm 2025, quý I năm
2025, tháng 02 năm 2026, năm 2024 and quý I năm 2026; not real documents), and every row below was written by reading
them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out text for
diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind116.py, blind115.py, blind114.py, blind113.py, blind16.py and
blind13.py: rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written
inside it). Prose and list counts are kind `count`; table cells are kind `value` even when they count, with
`extra={"source": "table"}`; `as_of="period"` is the period's end; a table column dated before the period end keeps
kind `value` with that date as `as_of`; a change is dated with the figure it changes and a fall ("giảm") is negative;
a change in "điểm phần trăm" is kind change in `%` with the number alone as raw. `ANY` leaves a field unchecked where
the sentence names no catalogued indicator (`None` where it clearly names none: counts of hamlets, residential groups,
counters, computers, scanners, communes and bodies). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" the
unit `PAKN`; a count of the files (or PAKN) an indicator is computed on carries that indicator's code; every "đã giải
quyết" count, pending files, the files of one field, money and changes of counts have their code unchecked.
Certified copies count in `bản`; things counted take the noun as written (`người`, `hộ`, `nhân khẩu`, `công chức`,
`nhân viên`, `quầy`, `máy tính`, `máy quét`, `lượt`, `trường hợp`, `tài khoản`, `thành viên`, `thôn`, `bản`, `tổ dân
phố`); money keeps the unit written (`triệu đồng`, `tỷ đồng`); durations `ngày`. Counts of local units take the unit
of their first unit word ("24 thôn, bản" → `thôn`); "Toàn tỉnh có 104 đơn vị hành chính cấp xã (93 xã, 11 phường)" →
subject `cấp xã` (unit `đơn vị`, level xã), its parts `xã`, `phường` (subject unchecked, level xã); counts of "cơ
quan" and of communes by grade are `đơn vị` at the level of the bodies counted. In a commune's or ward's own report
its own figures are the issuer as named (`UBND phường Phú Diễn`, `UBND xã Mường Ảng`, `UBND xã Tiên Lữ`, level xã),
as golden/blind13.py's 147 takes `UBND thành phố Bạc Liêu`; a provincial body's own figures are named by its kind
(`Trung tâm Phục vụ hành chính công tỉnh`, level tỉnh); a sentence naming a body in full keeps the name as written
("Sở Tài nguyên và Môi trường 412 hồ sơ", "UBND xã Đăk Ui đạt", "huyện Đăk Hà đạt"). Province-wide figures ("Thành
phố Hà Nội đạt", "tỉnh Điện Biên đạt", "tỉnh Bình Thuận đạt", "Tỉnh Hưng Yên đạt") have subject NULL. Numbers written
in words are no figures (the days of "ngày mười lăm tháng 02", "ngày ba mươi tháng 4", "ngày hai mươi lăm tháng 3",
"ngày mười tháng 3", "ngày hai mươi tháng 5"). Dates, document numbers and cited texts ("Kế hoạch số 279/KH-UBND",
"Công văn số 4126/VP-KSTT", "Quyết định số 4215/QĐ-UBND", "Nghị định số 61/2018/NĐ-CP", "Nghị định số
107/2021/NĐ-CP", "Công văn số 312/SKHCN-CĐS", "Quyết định số 2154/QĐ-UBND", "Quyết định số 766/QĐ-TTg", "Thông báo số
214/TB-VPUBND"), stated windows and data dates ("từ ngày 01/7/2025", "từ ngày 01/01/2025 đến ngày 31/3/2025", "cập
nhật ngày 10/02/2026"), period words and column headers ("quý III năm 2025", "tháng 12/2025", "Quý IV/2025", "Quý
I/2026"), "Bộ chỉ số 766", "mức độ 2", ages ("từ đủ 14 tuổi trở lên"), section and item numbering ("I.", "1.", "a)",
"Bảng 1."), the STT column, addresses ("số 7 phố Phú Diễn", "số 28 đường Tôn Đức Thắng"), phone numbers
("024.3765.2186", "0260.3821.418", "0215.3868.214", "0252.3836.688", "0221.3871.526"), headings naming the next period
("IV. NHIỆM VỤ QUÝ I NĂM 2026", "10. Đề xuất, nhiệm vụ quý II năm 2025", "9. Nhiệm vụ tháng 3 năm 2026", "IV. NHIỆM
VỤ NĂM 2025", "4. Nhiệm vụ quý II năm 2026": no deadlines) and years are not figures.

New in this set (the decisions are written here):
- 660 is a quarterly Báo cáo of UBND phường Phú Diễn (a ward of Hà Nội formed on 01/7/2025; header "ỦY BAN NHÂN DÂN /
  PHƯỜNG PHÚ DIỄN", number "86/BC-UBND", signed "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"), quý IV năm
  2025, issued 05/01/2026. The ward's own figures are `UBND phường Phú Diễn` (level xã) whether the sentence says
  "phường", "Phường" or nothing: "dân số 118.426 người", "14 công chức, viên chức … 12 quầy", "312 TTHC … 186 TTHC …
  98 TTHC", "100% TTHC", files "9.846 hồ sơ (quý III năm 2025: 8.214 hồ sơ), tăng 1.632 hồ sơ, tương ứng tăng 19,87%"
  with the channels, settled, on time, overdue with two fields in brackets (subject unchecked, level xã), pending,
  "2,8 ngày/hồ sơ (quý III năm 2025: 3,4 ngày)" (the time code). "42 tổ dân phố" and "Còn 06 tổ dân phố" count the
  ward's residential groups (below the commune level: subject and level unchecked). NEW: A WARD'S OWN MARKDOWN TABLE
  BY FIELD ("STT | Lĩnh vực | Tiếp nhận (hồ sơ) | Trực tuyến (hồ sơ) | Đã giải quyết (hồ sơ) | Quá hạn (hồ sơ) | Tỷ lệ
  đúng hạn (%)"; "0" and "100" cells; "Các lĩnh vực khác"; "Tổng cộng" with an empty STT the ward with every column's
  code, as golden/blind116.py's 656 does for a Sở). Certified copies "4.812 bản sao, trong đó 2.746 bản sao điện tử
  …, chiếm 57,07%" (`bản`, the electronic ones and their share the certification code), payment "86,13%; so với chỉ
  tiêu Thành phố giao năm 2025 là 80% thì phường đã đạt chỉ tiêu" (the ward's target at the period end), "186,4 triệu
  đồng", digitisation "94,26% (quý III năm 2025: 88,40%), tăng 5,86 điểm phần trăm", PAKN "27 … (qua ứng dụng iHanoi
  19 PAKN, trực tiếp 8 PAKN) … 26 … 96,30% … 01", satisfaction "98,6%". The city's ranking of its 126 communes and
  wards: "tháng 12/2025 … 88,74/100 điểm, xếp thứ 17/126 xã, phường (tháng 11/2025: 86,12 điểm, xếp thứ 29/126),
  tăng 2,62 điểm và tăng 12 bậc" (the period's last month: period end; previous 2025-11-30), "điểm bình quân khối
  phường đạt 85,46 điểm" (a level average: subject unchecked, level xã, the total's code), "Thành phố Hà Nội đạt
  87,92/100 điểm, xếp thứ 5/34" (the province: NULL). "Tỷ lệ nộp trực tuyến lĩnh vực đất đai mới đạt 60,75%" the
  field's (subject unchecked, level xã); task 2's "nâng tỷ lệ hồ sơ nộp trực tuyến của phường đạt tối thiểu 80% trong
  quý I năm 2026" the ward's target (2026-03-31). Six deadlines: day, quarter (with the target) for the "Trung tâm
  Phục vụ hành chính công phường", "chậm nhất ngày mười lăm tháng 02 năm 2026" (day in words), month, year in a
  request "Đề nghị Bưu điện Thành phố Hà Nội …", "trước ngày 20 hằng tháng" (issued 05/01/2026: first 20/01/2026).
- 661 is a quarterly Báo cáo of the Bộ phận Một cửa of UBND xã Đăk Ui (huyện Đăk Hà, tỉnh Kon Tum, before the
  merger; header "UBND XÃ ĐĂK UI / BỘ PHẬN MỘT CỬA", number "09/BC-BPMC", signed "TRƯỞNG BỘ PHẬN / PHÓ CHỦ TỊCH UBND
  XÃ / A Thuyên") to the commune's chairman and the district office, quý I năm 2025, issued 03/4/2025, ranks /63.
  NEW: A ONE-STOP DESK'S OWN REPORT: the desk is no body of its own but a part of UBND xã; its figures are the
  commune's files, and whether an analyst names them `Bộ phận Một cửa` (the issuer as headed), `UBND xã Đăk Ui` (the
  body it belongs to) or leaves them NULL is genuinely open: subject unchecked, level xã, for every figure of the desk
  and of the commune ("09 thôn" subject and level unchecked; "2.146 hộ với 8.426 nhân khẩu" level xã). Files "Tổng số
  hồ sơ 1.286 hồ sơ (kỳ trước chuyển sang 18 hồ sơ, tiếp nhận mới 1.268 hồ sơ)" (the whole the files code, its parts
  unchecked, as golden/blind13.py's 145) and the channels in a dash list "- Nộp trực tuyến: 742 hồ sơ, chiếm 58,52%
  số hồ sơ tiếp nhận mới;" (the online code), "So với quý IV năm 2024 (1.164 hồ sơ) … tăng 104 hồ sơ" (previous
  2024-12-31, of the new files: code unchecked); results "trước hạn 1.082 hồ sơ, đúng hạn 150 hồ sơ, trễ hạn 17 hồ sơ
  (chiếm 1,36%); … trước hạn và đúng hạn đạt 98,64%" ("trễ hạn" the overdue code; the parts before and on time
  unchecked; the share the on-time code), pending "37 … (trong hạn 35 hồ sơ, quá hạn 02 hồ sơ)" (unchecked). NEW:
  LATE FILES AND APOLOGIES: late files by field in a dash list "- Đất đai: 09 hồ sơ (…), do …;" (subject unchecked,
  level xã, code unchecked), "So với cùng kỳ năm 2024 (26 hồ sơ), số hồ sơ trễ hạn giảm 09 hồ sơ" (previous dated
  2024-03-31 with the overdue code; the fall negative), "17 thư xin lỗi, đạt 100% số hồ sơ trễ hạn; trong đó 12 thư
  xin lỗi …, 05 thư xin lỗi …" (unit `thư xin lỗi`, the noun as written; the share's code unchecked), "Thời gian trễ
  hạn bình quân 2,4 ngày/hồ sơ, dài nhất 7 ngày (01 hồ sơ đất đai)" (days late: not the processing time, code
  unchecked). Certified copies "2.318 bản … 1.046 bản, chiếm 45,13%; so với chỉ tiêu UBND tỉnh giao năm 2025 là 60%
  thì chưa đạt chỉ tiêu" (the target dated 2025-12-31, after the period end), births "146 trường hợp … 128 trường
  hợp", payment "1.012 … 538 hồ sơ, đạt 53,16%", "81,42%", "89,06%", the counters' ratings "826 lượt … 812 lượt …,
  đạt 98,31%; 14 lượt" (the satisfaction code on the share). "UBND xã Đăk Ui đạt 79,62/100 điểm, xếp thứ 5/11 xã,
  thị trấn của huyện" (named in full: that subject, level xã), "huyện Đăk Hà đạt 82,16 điểm" (as written, level
  huyện), "tỉnh Kon Tum đạt 80,48/100 điểm, xếp thứ 37/63" (NULL), all of tháng 3/2025 (the period's last month).
  The tasks' "02 hồ sơ" a count repeated, "01 máy quét" (level xã), "đạt tối thiểu 60% trong quý II năm 2025" the
  desk's certification target (2025-06-30). Six deadlines in dash items: day, quarter (with the target), "chậm nhất
  ngày ba mươi tháng 4 năm 2025" (day in words), month in a request "Đề nghị Văn phòng HĐND và UBND huyện …", year in
  a request "Đề nghị Bưu điện huyện Đăk Hà …", "trước ngày 10 hằng tháng" (issued 03/4/2025: first 10/4/2025).
- 662 is a monthly Báo cáo of UBND xã Mường Ảng (tỉnh Điện Biên, after the 2025 reform; header "ỦY BAN NHÂN DÂN / XÃ
  MƯỜNG ẢNG", number "58/BC-UBND") to the Sở Khoa học và Công nghệ, tháng 02 năm 2026, issued 03/3/2026. NEW: THE
  PREVIOUS MONTH IN BARE BRACKETS: the introduction says once "(số liệu trong ngoặc là của tháng 01/2026)", and then
  every bracket holds only the figure — "toàn trình (168 TTHC)", "1.024 hồ sơ (1.186 hồ sơ)", "chiếm 60,35%
  (55,99%)", "- Hộ tịch: 318 hồ sơ (296 hồ sơ);", "đạt 80,52% (79,86%)", "(412 lượt)" — each kind previous dated
  2026-01-31 with its figure's code, subject and level. The commune's own figures `UBND xã Mường Ảng` (level xã;
  "Trên địa bàn xã có 18.412 người", "Còn 3.586 người" too): "296 TTHC … 172 TTHC … 88 TTHC …; 36 TTHC chưa cung
  cấp trực tuyến" (the not-offered code), "giảm 162 hồ sơ" (negative), "tăng 4,36 điểm phần trăm", "Chỉ tiêu UBND
  tỉnh giao năm 2026 đối với cấp xã là 65%, xã chưa đạt chỉ tiêu" (the target `cấp xã`, level xã, 2026-12-31,
  carried by the 60,35% with "chưa đạt"), online files by field in a dash list (subject unchecked, level xã, code
  unchecked), on-time "986 … 99,10% (99,32%); quá hạn 9 hồ sơ", payment "214/386 hồ sơ …, đạt 55,44% (49,12%); số
  tiền 12,64 triệu đồng (14,18 triệu đồng)" (one count with its base), digitisation "1.002/1.024 hồ sơ, đạt 97,85%
  (93,68%)", e-results, VNeID "14.826 tài khoản … mức độ 2, đạt 80,52% (79,86%)" (the accounts code), "24 thôn, bản
  … (142 thành viên) … 386 lượt … (412 lượt)" (hamlets and their digital teams: subject and level unchecked), PAKN "02
  … 02/02". The 766 result of the month before the period: "Kết quả tháng 01/2026 …, xã đạt 76,18/100 điểm, xếp thứ
  21/45 xã, phường (tháng 12/2025: 73,52 điểm, xếp thứ 26/45), tăng 2,66 điểm, tăng 5 bậc" — dated 2026-01-31 with
  its changes (previous 2025-12-31), three group scores with their maxima, "Cùng kỳ, tỉnh Điện Biên đạt 77,94/100
  điểm, xếp thứ 29/34" (NULL, 2026-01-31). "5 bản" twice (hamlets, subject and level unchecked); task b)'s "của xã
  đạt tối thiểu 65% trong quý I năm 2026" the commune's target (2026-03-31). Six deadlines in lettered items a)–e)
  with "đ)": day, quarter (with the target), "chậm nhất ngày hai mươi lăm tháng 3 năm 2026" (day in words), month,
  year in a request "Đề nghị Viettel Điện Biên …", "trước ngày 25 hằng tháng" for "Các thôn, bản" (issued 03/3/2026:
  first 25/3/2026).
- 663 is an annual Báo cáo of the Trung tâm Phục vụ hành chính công tỉnh Bình Thuận (before the merger into Lâm
  Đồng; header "UBND TỈNH BÌNH THUẬN / TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", number "12/BC-TTPVHCC", signed by its
  director) to UBND tỉnh, năm 2024, issued 08/01/2025, ranks /63. The Centre's own figures `Trung tâm Phục vụ hành
  chính công tỉnh` (level tỉnh): "64 công chức, viên chức … 42 quầy", "1.486 TTHC … 1.112 TTHC", files "53.026 hồ sơ
  (năm 2023: 47.318 hồ sơ), tăng 5.708 hồ sơ, tương ứng tăng 12,06%" (previous 2023-12-31) with the channels,
  settled, on time, "trễ hạn 514 hồ sơ, chiếm 0,99%" (the overdue code), "riêng Sở Tài nguyên và Môi trường 412 hồ
  sơ, chiếm 80,16% số hồ sơ trễ hạn" (that Sở; its share of the late files code unchecked), pending; "18 cơ quan,
  đơn vị" at the Centre (level tỉnh, subject unchecked); "Các cơ quan đã gửi 514 thư xin lỗi" (the agencies': subject
  unchecked, level tỉnh, unit `thư xin lỗi`). A TAB-SEPARATED TABLE OF THE DEPARTMENTS AT THE CENTRE ("STT  Cơ quan
  Tiếp nhận (hồ sơ)  Trực tuyến (hồ sơ)  Đã giải quyết (hồ sơ)  Trễ hạn (hồ sơ)  Tỷ lệ đúng hạn (%)"; eleven rows,
  pre-2025 names "Sở Giao thông vận tải", "Sở Lao động - Thương binh và Xã hội", "Sở Nông nghiệp và Phát triển nông
  thôn"; "0" and "100" cells; "Các cơ quan còn lại"; "Cộng" with an empty STT the Centre): each agency as written with
  the codes of its columns, as golden/blind113.py's 640. "Có 03 cơ quan giải quyết 100% hồ sơ đúng hạn" (the count
  `đơn vị` and the 100% the on-time share, subject unchecked, level tỉnh), "Sở Tài nguyên và Môi trường có tỷ lệ nộp
  trực tuyến thấp nhất (63,37%)" (that Sở, the online code). Payment "31.846 … 24.612 …, đạt 77,28%; so với chỉ tiêu
  UBND tỉnh giao năm 2024 là 80% thì Trung tâm chưa đạt chỉ tiêu" (the Centre's target at the period end), "28,46 tỷ
  đồng", "50.112/53.026 hồ sơ, đạt 94,50%", e-results, reuse, "06 máy tính tự phục vụ và 04 nhân viên … 18.426 lượt",
  ratings "41.218 lượt … 40.896 lượt …, đạt 99,22%" (the satisfaction code), PAKN "46 … 45 … 97,83% … 01". The
  province's year "84,36/100 điểm, xếp thứ 23/63 … (năm 2023: xếp thứ 31/63), tăng 8 bậc" (previous 2023-12-31), two
  group scores, "Khối sở, ban, ngành đạt bình quân 88,12 điểm; có 12/18 cơ quan xếp loại Tốt, 06 cơ quan xếp loại
  Khá" (the block average subject unchecked, level tỉnh, the total's code; counts `đơn vị`). Task 2's "nâng tỷ lệ
  thanh toán trực tuyến tại Trung tâm đạt tối thiểu 85% trong quý II năm 2025" the Centre's target (2025-06-30). Six
  deadlines: day in a numbered request "1. Đề nghị Sở Tài nguyên và Môi trường …", quarter (with the target), "chậm
  nhất ngày mười tháng 3 năm 2025" (day in words), month, year in a request "Đề nghị Sở Thông tin và Truyền thông …",
  "trước ngày 15 hằng tháng" (issued 08/01/2025: first 15/01/2025).
- 664 is a THÔNG BÁO OF A COMMUNE ON ITS OWN 766 RESULT (doc_type "Thông báo"): UBND xã Tiên Lữ (tỉnh Hưng Yên,
  merged with Thái Bình; header "ỦY BAN NHÂN DÂN / XÃ TIÊN LỮ", number "46/TB-UBND", no "Kính gửi"), quý I năm 2026,
  issued 16/4/2026, ranks among the province's 104 communes and wards and /34. The commune `UBND xã Tiên Lữ` (level
  xã): "83,46/100 điểm, xếp thứ 28/104 xã, phường …; so với quý IV năm 2025 (80,12 điểm, xếp thứ 41/104) tăng 3,34
  điểm và tăng 13 bậc" (previous 2025-12-31), "Điểm bình quân khối xã đạt 81,27 điểm, khối phường đạt 86,94 điểm"
  (level averages, subject unchecked, level xã, the total's code), "cao hơn bình quân khối xã 2,19 điểm" (the
  commune's positive change, code unchecked), "104 đơn vị hành chính cấp xã (93 xã, 11 phường), trong đó 18 đơn vị
  xếp loại Tốt, 61 … 23 … 02 đơn vị" (counts by grade `đơn vị`, level xã), the province `84,62/100`, `14/34`. NEW: A
  GROUP TABLE WHOSE MAXIMA ARE WRITTEN IN THE ROW LABELS: "| 1 | Công khai, minh bạch (tối đa 18 điểm) | 16,24 | 16,86
  | +0,62 |" under "Quý IV/2025 | Quý I/2026 | Tăng (+), giảm (-)": the label's "(tối đa 18 điểm)" is no figure but
  the maximum each score of its row carries (as a header's "(tối đa 100)" in golden/blind113.py's 644); the quý
  IV/2025 column dated 2025-12-31 (kind value), quý I/2026 at the period end, the signed change kind change without
  maximum ("+0,62" read without its plus sign, "-0,46" a fall); each row the group's code, "Tổng điểm (tối đa 100
  điểm)" with an empty STT the total's. The component figures in a dash list "- Tỷ lệ thanh toán trực tuyến: 62,18%,
  tăng 9,46 điểm phần trăm …; chỉ tiêu UBND tỉnh giao năm 2026 là 70%, chưa đạt chỉ tiêu;" (the commune's target
  2026-12-31 carried by the share), "318 TTHC, đã công khai đầy đủ 318/318 TTHC" (the second code unchecked), files,
  on-time "99,36% (quý IV năm 2025: 98,92%)", "2,6 ngày/hồ sơ", "Tỷ lệ hài lòng: 86,42%, giảm 3,16 điểm phần trăm do
  14 PAKN …". "Nhóm mức độ hài lòng giảm 0,46 điểm …; xã xếp thứ 87/104 ở nhóm này" (the group's change with its code;
  the rank within one group is not the 766 ranking: code unchecked). Task a)'s "14 PAKN" a count repeated; task b)'s
  "của xã đạt tối thiểu 70% trong quý II năm 2026" the commune's target (2026-06-30). Six deadlines in lettered items
  a)–e) with "đ)": day, quarter (with the target), "chậm nhất ngày hai mươi tháng 5 năm 2026" (day in words), month,
  year in a request "Đề nghị Bưu điện tỉnh Hưng Yên …", "trước ngày 05 hằng tháng" (issued 16/4/2026, after the 5th:
  first 05/5/2026).

Unsure readings (fields left `ANY`): the subject of every figure of 661's one-stop desk (`Bộ phận Một cửa`, `UBND xã
Đăk Ui` or NULL); the residential groups and hamlets of 660, 661 and 662 (below the commune level: `xã` would also
be defensible); the codes of 661's days late and the share of late files apologised for (no catalogued code); the
subject of 663's "Có 03 cơ quan giải quyết 100% hồ sơ đúng hạn" (three agencies at once). 660's "Theo kết quả Thành
phố công bố tháng 12/2025" is read as the result of tháng 12/2025 (the bracket names tháng 11/2025 as the month
before); a reader taking it as the month it was published in would date it 2025-11-30.
"""

from __future__ import annotations

from golden.facts import (
    _CT,
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
_CHUA = "766.dvctt.chua_cung_cap"
_TG = "766.tien_do.thoi_gian"
_PAKN_TN = "pakn.tiep_nhan"
_GROUPS = ("766.cong_khai", "766.tien_do", "766.dvctt", "766.thanh_toan", "766.so_hoa", "766.hai_long")
_MAXIMA = (18, 20, 12, 10, 22, 18)
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_XA = {"subject": ANY, "level": "xã"}
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
    first at the cell itself. A signed raw ("+0,62") is read without its plus sign."""
    facts, at = [], 0
    for raw, unit, kind, code, as_of, top in cells:
        at = _find_cell(line, sep, raw, at)
        facts.append(F(line[at:] + "\n" + after, raw, _num(raw.lstrip("+")), unit, kind, max_value=top,
                       subject=subject, level=level, as_of=as_of, code=code, extra=TAB))
        at += len(sep)
    return facts


def _by(subject: object, level: str):
    """A row maker for one body's own figures (subject and level fixed)."""
    def make(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
        return F(context, raw, value, unit, kind, subject=subject, level=level, **kw)
    return make


def _md_line(cells: tuple[str, ...]) -> str:
    """A Markdown table row as the documents write it (an empty STT cell as "| |")."""
    return ("| " + " | ".join(cells) + " |").replace("|  |", "| |")


def _next_md(rows: list[tuple], i: int, last_after: str) -> str:
    """The start of the Markdown row after row `i` (its STT and name cells), or `last_after` after the last row."""
    return _md_line(rows[i + 1][:2]).rsplit(" |", 1)[0] if i + 1 < len(rows) else last_after


# ------------------------------------------------------------ 660: UBND phường Phú Diễn (Hà Nội), quý IV năm 2025
_PD = "UBND phường Phú Diễn"
_pd = _by(_PD, "xã")
_Q3_2025 = "2025-09-30"
_NOV_2025 = "2025-11-30"

_FIELDS_660 = [
    ("1", "Hộ tịch", "3.412 3.206 3.398 0 100"),
    ("2", "Chứng thực", "2.846 1.924 2.846 0 100"),
    ("3", "Đất đai", "1.126 684 918 31 96,62"),
    ("4", "Xây dựng", "642 512 587 13 97,79"),
    ("5", "Đăng ký hộ kinh doanh", "486 462 480 0 100"),
    ("6", "Các lĩnh vực khác", "1.334 430 1.183 0 100"),
    ("", "Tổng cộng", "9.846 7.218 9.412 44 99,53"),
]


def _fields_660() -> list[Fact]:
    """The Markdown table by field: received, online, settled, overdue files (`hồ sơ`) and the on-time share (`%`).
    The fields are the ward's (subject unchecked, level xã): their received, online and settled counts carry no checked
    code (one field's files), their overdue files and on-time shares the codes of their columns; "Tổng cộng" with an
    empty STT is the ward (it repeats the prose) with every column's code. "0" and "100" cells are figures."""
    facts = []
    for i, (stt, name, raws) in enumerate(_FIELDS_660):
        received, online, settled, overdue, on_time = raws.split()
        line = _md_line((stt, name, received, online, settled, overdue, on_time))
        total = stt == ""
        subject = _PD if total else ANY
        facts += _cells(line, " | ", _next_md(_FIELDS_660, i, "\n3. Chứng thực"), subject, "xã", [
            (received, "hồ sơ", P, _TN if total else ANY, "period", None),
            (online, "hồ sơ", P, _NOP if total else ANY, "period", None),
            (settled, "hồ sơ", P, ANY, "period", None),
            (overdue, "hồ sơ", P, _QH, "period", None),
            (on_time, "%", P, _DH, "period", None)])
    return facts


BLIND_660 = [
    # I. the ward (279/KH-UBND, 4126/VP-KSTT cited; "Từ ngày 01/7/2025" no figure; "số 7 phố Phú Diễn" an address)
    _pd("dân số 118.426 người", "118.426", 118426, "người", C, code=ANY),
    F("có 42 tổ dân phố", "42", 42, "tổ dân phố", C, code=None, **_OPEN),
    _pd("bố trí 14 công chức", "14", 14, "công chức", C, code=ANY),
    _pd("tại 12 quầy", "12", 12, "quầy", C, code=None),
    # II.1 TTHC (4215/QĐ-UBND cited)
    _pd("thực hiện 312 TTHC", "312", 312, "TTHC", C, code=_TTHC),
    _pd("trong đó 186 TTHC", "186", 186, "TTHC", C, code=_TOAN),
    _pd("và 98 TTHC", "98", 98, "TTHC", C, code=_MOT),
    _pd("công khai 100% TTHC", "100%", 100, "%", code=ANY),
    # II.2 files (quý III năm 2025 dated 2025-09-30)
    _pd("tiếp nhận 9.846 hồ sơ", "9.846", 9846, "hồ sơ", C, code=_TN),
    _pd("(quý III năm 2025: 8.214 hồ sơ)", "8.214", 8214, "hồ sơ", PR, as_of=_Q3_2025, code=_TN),
    _pd("tăng 1.632 hồ sơ", "1.632", 1632, "hồ sơ", CH, code=ANY),
    _pd("tăng 19,87%", "19,87%", 19.87, "%", CH, code=ANY),
    _pd("trực tuyến 7.218 hồ sơ", "7.218", 7218, "hồ sơ", C, code=_NOP),
    _pd("chiếm 73,31%", "73,31%", 73.31, "%", code=_NOP),
    _pd("trực tiếp 2.496 hồ sơ", "2.496", 2496, "hồ sơ", C, code=_NTT),
    _pd("công ích 132 hồ sơ", "132", 132, "hồ sơ", C, code=ANY),
    _pd("giải quyết 9.412 hồ sơ", "9.412", 9412, "hồ sơ", C, code=ANY),
    _pd("đúng hạn 9.368 hồ sơ", "9.368", 9368, "hồ sơ", C, code=_DH),
    _pd("đạt 99,53%", "99,53%", 99.53, "%", code=_DH),
    _pd("quá hạn 44 hồ sơ", "44", 44, "hồ sơ", C, code=_QH),
    _pd("chiếm 0,47%", "0,47%", 0.47, "%", code=_QH),
    F("(đất đai 31 hồ sơ", "31", 31, "hồ sơ", C, code=ANY, **_IN_XA),
    F("xây dựng 13 hồ sơ)", "13", 13, "hồ sơ", C, code=ANY, **_IN_XA),
    _pd("đang giải quyết 434 hồ sơ", "434", 434, "hồ sơ", C, code=ANY),
    _pd("trung bình 2,8 ngày", "2,8", 2.8, "ngày", code=_TG),
    _pd("(quý III năm 2025: 3,4 ngày)", "3,4", 3.4, "ngày", PR, as_of=_Q3_2025, code=_TG),
    # the Markdown table by field
    *_fields_660(),
    # II.3 certified copies (`bản`), II.4 payment (the 2025 target at the period end), II.5 digitisation
    _pd("chứng thực 4.812 bản", "4.812", 4812, "bản", C, code=ANY),
    _pd("trong đó 2.746 bản", "2.746", 2746, "bản", C, code=_CT),
    _pd("chiếm 57,07%", "57,07%", 57.07, "%", code=_CT),
    _pd("Có 3.128 hồ sơ", "3.128", 3128, "hồ sơ", C, code=ANY),
    _pd("trong đó 2.694 hồ sơ", "2.694", 2694, "hồ sơ", C, code=_TT),
    _pd("đạt 86,13%", "86,13%", 86.13, "%", code=_TT, target=80, stated_status="đạt"),
    _pd("năm 2025 là 80%", "80%", 80, "%", T, code=_TT),
    _pd("trực tuyến 186,4 triệu", "186,4", 186.4, "triệu đồng", code=ANY),
    _pd("hồ sơ đạt 94,26%", "94,26%", 94.26, "%", code=_SH),
    _pd("(quý III năm 2025: 88,40%)", "88,40%", 88.40, "%", PR, as_of=_Q3_2025, code=_SH),
    _pd("tăng 5,86 điểm", "5,86", 5.86, "%", CH, code=ANY),
    _pd("điện tử đạt 97,12%", "97,12%", 97.12, "%", code=_KQ),
    _pd("số hóa đạt 42,18%", "42,18%", 42.18, "%", code=_TSD),
    # II.6 PAKN ("iHanoi" the city's app), satisfaction
    _pd("Tiếp nhận 27 PAKN", "27", 27, "PAKN", C, code=_PAKN_TN),
    _pd("iHanoi 19 PAKN", "19", 19, "PAKN", C, code=ANY),
    _pd("trực tiếp 8 PAKN", "8", 8, "PAKN", C, code=ANY),
    _pd("xử lý 26 PAKN", "26", 26, "PAKN", C, code=ANY),
    _pd("đạt 96,30%", "96,30%", 96.30, "%", code=ANY),
    _pd("còn 01 PAKN", "01", 1, "PAKN", C, code=ANY),
    _pd("đạt 98,6%", "98,6%", 98.6, "%", code=_HL),
    # II.7 the ward's result of tháng 12/2025 (the period's last month) among the city's 126 communes and wards,
    # tháng 11/2025 dated 2025-11-30; the wards' block average; the city itself (subject NULL)
    _pd("đạt 88,74/100", "88,74/100", 88.74, "điểm", max_value=100, code=_TONG),
    _pd("xếp thứ 17/126", "17/126", 17, "hạng", R, max_value=126, code=_HANG),
    _pd("(tháng 11/2025: 86,12", "86,12", 86.12, "điểm", PR, max_value=100, as_of=_NOV_2025, code=_TONG),
    _pd("xếp thứ 29/126)", "29/126", 29, "hạng", PR, max_value=126, as_of=_NOV_2025, code=_HANG),
    _pd("tăng 2,62 điểm", "2,62", 2.62, "điểm", CH, code=_TONG),
    _pd("tăng 12 bậc", "12", 12, "hạng", CH, code=_HANG),
    F("khối phường đạt 85,46", "85,46", 85.46, "điểm", code=_TONG, **_IN_XA),
    F("đạt 87,92/100", "87,92/100", 87.92, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 5/34", "5/34", 5, "hạng", R, max_value=34, code=_HANG),
    # III. the land field's online share (as the table's field: subject unchecked); residential groups
    F("mới đạt 60,75%", "60,75%", 60.75, "%", code=_NOP, **_IN_XA),
    F("Còn 06 tổ dân phố", "06", 6, "tổ dân phố", C, code=None, **_OPEN),
    # IV. task 2's target for the ward in quý I/2026 (phone number no figure)
    _pd("tối thiểu 80%", "80%", 80, "%", T, as_of="2026-03-31", code=_NOP),
]

# ------------------------------------------------------------ 661: Bộ phận Một cửa xã Đăk Ui (Kon Tum), quý I/2025
# The one-stop's own figures: subject unchecked (see the docstring), level xã.
_bp = _by(ANY, "xã")
_Q4_2024 = "2024-12-31"
_Q1_2024 = "2024-03-31"
_DU = {"subject": "UBND xã Đăk Ui", "level": "xã"}

BLIND_661 = [
    # 1. the commune and the one-stop (61/2018/NĐ-CP, 107/2021/NĐ-CP cited; the data window no figure)
    F("có 09 thôn", "09", 9, "thôn", C, code=None, **_OPEN),
    _bp("2.146 hộ", "2.146", 2146, "hộ", C, code=ANY),
    _bp("với 8.426 nhân khẩu", "8.426", 8426, "nhân khẩu", C, code=ANY),
    _bp("có 05 công chức", "05", 5, "công chức", C, code=ANY),
    _bp("tại 04 quầy", "04", 4, "quầy", C, code=None),
    _bp("thực hiện 124 TTHC", "124", 124, "TTHC", C, code=_TTHC),
    _bp("trong đó 61 TTHC", "61", 61, "TTHC", C, code=_TOAN),
    # 2. files: the whole (carried over and new) the files code, its parts unchecked; the channels' shares of the new
    # files; quý IV năm 2024 dated 2024-12-31
    _bp("hồ sơ 1.286 hồ sơ", "1.286", 1286, "hồ sơ", C, code=_TN),
    _bp("sang 18 hồ sơ", "18", 18, "hồ sơ", C, code=ANY),
    _bp("mới 1.268 hồ sơ", "1.268", 1268, "hồ sơ", C, code=ANY),
    _bp("tuyến: 742 hồ sơ", "742", 742, "hồ sơ", C, code=_NOP),
    _bp("chiếm 58,52%", "58,52%", 58.52, "%", code=_NOP),
    _bp("tiếp: 511 hồ sơ", "511", 511, "hồ sơ", C, code=_NTT),
    _bp("ích: 15 hồ sơ", "15", 15, "hồ sơ", C, code=ANY),
    _bp("(1.164 hồ sơ)", "1.164", 1164, "hồ sơ", PR, as_of=_Q4_2024, code=ANY),
    _bp("tăng 104 hồ sơ", "104", 104, "hồ sơ", CH, code=ANY),
    # 3. results ("trễ hạn" the overdue code); pending files
    _bp("giải quyết 1.249 hồ sơ", "1.249", 1249, "hồ sơ", C, code=ANY),
    _bp("trước hạn 1.082 hồ sơ", "1.082", 1082, "hồ sơ", C, code=ANY),
    _bp("đúng hạn 150 hồ sơ", "150", 150, "hồ sơ", C, code=ANY),
    _bp("trễ hạn 17 hồ sơ", "17", 17, "hồ sơ", C, code=_QH),
    _bp("(chiếm 1,36%)", "1,36%", 1.36, "%", code=_QH),
    _bp("đạt 98,64%", "98,64%", 98.64, "%", code=_DH),
    _bp("giải quyết 37 hồ sơ", "37", 37, "hồ sơ", C, code=ANY),
    _bp("trong hạn 35 hồ sơ", "35", 35, "hồ sơ", C, code=ANY),
    _bp("quá hạn 02 hồ sơ)", "02", 2, "hồ sơ", C, code=ANY),
    # 4. late files by field (dash list), cùng kỳ năm 2024 dated 2024-03-31; apology letters (`thư xin lỗi`)
    F("Đất đai: 09 hồ sơ", "09", 9, "hồ sơ", C, code=ANY, **_IN_XA),
    F("Hộ tịch: 04 hồ sơ", "04", 4, "hồ sơ", C, code=ANY, **_IN_XA),
    F("Chứng thực: 01 hồ sơ", "01", 1, "hồ sơ", C, code=ANY, **_IN_XA),
    F("Người có công: 03 hồ sơ", "03", 3, "hồ sơ", C, code=ANY, **_IN_XA),
    _bp("(26 hồ sơ)", "26", 26, "hồ sơ", PR, as_of=_Q1_2024, code=_QH),
    _bp("giảm 09 hồ sơ", "09", -9, "hồ sơ", CH, code=ANY),
    _bp("ký 17 thư xin lỗi", "17", 17, "thư xin lỗi", C, code=ANY),
    _bp("đạt 100%", "100%", 100, "%", code=ANY),
    _bp("trong đó 12 thư", "12", 12, "thư xin lỗi", C, code=ANY),
    _bp(", 05 thư", "05", 5, "thư xin lỗi", C, code=ANY),
    _bp("bình quân 2,4 ngày", "2,4", 2.4, "ngày", code=ANY),
    _bp("dài nhất 7 ngày", "7", 7, "ngày", code=ANY),
    _bp("(01 hồ sơ đất đai)", "01", 1, "hồ sơ", C, code=ANY),
    # 5. certified copies (the 2025 target dated 2025-12-31, after the period end), births
    _bp("Chứng thực 2.318 bản", "2.318", 2318, "bản", C, code=ANY),
    _bp("điện tử 1.046 bản", "1.046", 1046, "bản", C, code=_CT),
    _bp("chiếm 45,13%", "45,13%", 45.13, "%", code=_CT, target=60, stated_status="chưa đạt"),
    _bp("năm 2025 là 60%", "60%", 60, "%", T, as_of="2025-12-31", code=_CT),
    _bp("khai sinh 146 trường hợp", "146", 146, "trường hợp", C, code=ANY),
    _bp("trực tuyến 128 trường hợp", "128", 128, "trường hợp", C, code=ANY),
    # 6. payment, digitisation; 7. satisfaction at the counters
    _bp("Có 1.012 hồ sơ", "1.012", 1012, "hồ sơ", C, code=ANY),
    _bp("tuyến 538 hồ sơ", "538", 538, "hồ sơ", C, code=_TT),
    _bp("đạt 53,16%", "53,16%", 53.16, "%", code=_TT),
    _bp("hồ sơ đạt 81,42%", "81,42%", 81.42, "%", code=_SH),
    _bp("điện tử đạt 89,06%", "89,06%", 89.06, "%", code=_KQ),
    _bp("Có 826 lượt", "826", 826, "lượt", C, code=ANY),
    _bp("trong đó 812 lượt", "812", 812, "lượt", C, code=ANY),
    _bp("đạt 98,31%", "98,31%", 98.31, "%", code=_HL),
    _bp("; 14 lượt", "14", 14, "lượt", C, code=ANY),
    # 8. tháng 3/2025 (the period's last month): the commune named in full, its district, the province
    F("đạt 79,62/100", "79,62/100", 79.62, "điểm", max_value=100, code=_TONG, **_DU),
    F("xếp thứ 5/11", "5/11", 5, "hạng", R, max_value=11, code=_HANG, **_DU),
    F("Hà đạt 82,16 điểm", "82,16", 82.16, "điểm", subject="huyện Đăk Hà", level="huyện", code=_TONG),
    F("đạt 80,48/100", "80,48/100", 80.48, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 37/63", "37/63", 37, "hạng", R, max_value=63, code=_HANG),
    # 10. a count repeated in a task; the quarter's target; a scanner (phone number no figure)
    _bp("xong 02 hồ sơ", "02", 2, "hồ sơ", C, code=ANY),
    _bp("tối thiểu 60%", "60%", 60, "%", T, as_of="2025-06-30", code=_CT),
    F("thay thế 01 máy quét", "01", 1, "máy quét", C, code=None, **_IN_XA),
]

# ------------------------------------------------------------ 662: UBND xã Mường Ảng (Điện Biên), tháng 02 năm 2026
# Bracketed figures without a label are tháng 01/2026's (the intro says so): previous values dated 2026-01-31.
_MA = "UBND xã Mường Ảng"
_ma = _by(_MA, "xã")
_JAN_2026 = "2026-01-31"
_DEC_2025 = "2025-12-31"

BLIND_662 = [
    # 1. TTHC (312/SKHCN-CĐS cited)
    _ma("thực hiện 296 TTHC", "296", 296, "TTHC", C, code=_TTHC),
    _ma("trong đó 172 TTHC", "172", 172, "TTHC", C, code=_TOAN),
    _ma("(168 TTHC)", "168", 168, "TTHC", PR, as_of=_JAN_2026, code=_TOAN),
    _ma("và 88 TTHC", "88", 88, "TTHC", C, code=_MOT),
    _ma("; 36 TTHC", "36", 36, "TTHC", C, code=_CHUA),
    # 2. files and the online share; cấp xã's 2026 target (dated 2026-12-31) carried by the share
    _ma("tiếp nhận 1.024 hồ sơ", "1.024", 1024, "hồ sơ", C, code=_TN),
    _ma("(1.186 hồ sơ)", "1.186", 1186, "hồ sơ", PR, as_of=_JAN_2026, code=_TN),
    _ma("giảm 162 hồ sơ", "162", -162, "hồ sơ", CH, code=ANY),
    _ma("trực tuyến 618 hồ sơ", "618", 618, "hồ sơ", C, code=_NOP),
    _ma("(664 hồ sơ)", "664", 664, "hồ sơ", PR, as_of=_JAN_2026, code=_NOP),
    _ma("chiếm 60,35%", "60,35%", 60.35, "%", code=_NOP, target=65, stated_status="chưa đạt"),
    _ma("(55,99%)", "55,99%", 55.99, "%", PR, as_of=_JAN_2026, code=_NOP),
    _ma("tăng 4,36 điểm", "4,36", 4.36, "%", CH, code=ANY),
    F("cấp xã là 65%", "65%", 65, "%", T, as_of="2026-12-31", code=_NOP, **_CAP_XA),
    # online files by field (dash list; the commune's fields: subject unchecked)
    F("Hộ tịch: 318 hồ sơ", "318", 318, "hồ sơ", C, code=ANY, **_IN_XA),
    F("(296 hồ sơ)", "296", 296, "hồ sơ", PR, as_of=_JAN_2026, code=ANY, **_IN_XA),
    F("Chứng thực: 146 hồ sơ", "146", 146, "hồ sơ", C, code=ANY, **_IN_XA),
    F("(182 hồ sơ)", "182", 182, "hồ sơ", PR, as_of=_JAN_2026, code=ANY, **_IN_XA),
    F("Đất đai: 62 hồ sơ", "62", 62, "hồ sơ", C, code=ANY, **_IN_XA),
    F("(71 hồ sơ)", "71", 71, "hồ sơ", PR, as_of=_JAN_2026, code=ANY, **_IN_XA),
    F("khác: 92 hồ sơ", "92", 92, "hồ sơ", C, code=ANY, **_IN_XA),
    F("(115 hồ sơ)", "115", 115, "hồ sơ", PR, as_of=_JAN_2026, code=ANY, **_IN_XA),
    _ma("đúng hạn 986 hồ sơ", "986", 986, "hồ sơ", C, code=_DH),
    _ma("đạt 99,10%", "99,10%", 99.10, "%", code=_DH),
    _ma("(99,32%)", "99,32%", 99.32, "%", PR, as_of=_JAN_2026, code=_DH),
    _ma("quá hạn 9 hồ sơ", "9", 9, "hồ sơ", C, code=_QH),
    # 3. payment (one count with its base), money; 4. digitisation
    _ma("tuyến 214/386 hồ sơ", "214/386", 214, "hồ sơ", C, max_value=386, code=_TT),
    _ma("đạt 55,44%", "55,44%", 55.44, "%", code=_TT),
    _ma("(49,12%)", "49,12%", 49.12, "%", PR, as_of=_JAN_2026, code=_TT),
    _ma("số tiền 12,64 triệu", "12,64", 12.64, "triệu đồng", code=ANY),
    _ma("(14,18 triệu", "14,18", 14.18, "triệu đồng", PR, as_of=_JAN_2026, code=ANY),
    _ma("hóa 1.002/1.024 hồ sơ", "1.002/1.024", 1002, "hồ sơ", C, max_value=1024, code=_SH),
    _ma("đạt 97,85%", "97,85%", 97.85, "%", code=_SH),
    _ma("(93,68%)", "93,68%", 93.68, "%", PR, as_of=_JAN_2026, code=_SH),
    _ma("đạt 98,12%", "98,12%", 98.12, "%", code=_KQ),
    _ma("(97,46%)", "97,46%", 97.46, "%", PR, as_of=_JAN_2026, code=_KQ),
    # 5. VNeID accounts ("mức độ 2", "từ đủ 14 tuổi" no figures); hamlets and their digital teams
    _ma("có 18.412 người", "18.412", 18412, "người", C, code=ANY),
    _ma("kích hoạt 14.826 tài khoản", "14.826", 14826, "tài khoản", C, code=_TK),
    _ma("đạt 80,52%", "80,52%", 80.52, "%", code=_TK),
    _ma("(79,86%)", "79,86%", 79.86, "%", PR, as_of=_JAN_2026, code=_TK),
    F("có 24 thôn", "24", 24, "thôn", C, code=None, **_OPEN),
    F("(142 thành viên)", "142", 142, "thành viên", C, code=ANY, **_OPEN),
    F("hỗ trợ 386 lượt", "386", 386, "lượt", C, code=ANY, **_OPEN),
    F("(412 lượt)", "412", 412, "lượt", PR, as_of=_JAN_2026, code=ANY, **_OPEN),
    # 6. PAKN (one count with its base)
    _ma("Tiếp nhận 02 PAKN", "02", 2, "PAKN", C, code=_PAKN_TN),
    _ma("lời 02/02 PAKN", "02/02", 2, "PAKN", C, max_value=2, code=ANY),
    # 7. the 766 result of tháng 01/2026 (dated 2026-01-31; its changes too), tháng 12/2025 dated 2025-12-31; three
    # groups; the province in the same evaluation ("10/02/2026" a date)
    _ma("đạt 76,18/100", "76,18/100", 76.18, "điểm", max_value=100, as_of=_JAN_2026, code=_TONG),
    _ma("xếp thứ 21/45", "21/45", 21, "hạng", R, max_value=45, as_of=_JAN_2026, code=_HANG),
    _ma("(tháng 12/2025: 73,52", "73,52", 73.52, "điểm", PR, max_value=100, as_of=_DEC_2025, code=_TONG),
    _ma("xếp thứ 26/45)", "26/45", 26, "hạng", PR, max_value=45, as_of=_DEC_2025, code=_HANG),
    _ma("tăng 2,66 điểm", "2,66", 2.66, "điểm", CH, as_of=_JAN_2026, code=_TONG),
    _ma("tăng 5 bậc", "5", 5, "hạng", CH, as_of=_JAN_2026, code=_HANG),
    _ma("trực tuyến 8,46/12", "8,46/12", 8.46, "điểm", max_value=12, as_of=_JAN_2026, code=_GROUPS[2]),
    _ma("trực tuyến 5,14/10", "5,14/10", 5.14, "điểm", max_value=10, as_of=_JAN_2026, code=_GROUPS[3]),
    _ma("hồ sơ 17,26/22", "17,26/22", 17.26, "điểm", max_value=22, as_of=_JAN_2026, code=_GROUPS[4]),
    F("đạt 77,94/100", "77,94/100", 77.94, "điểm", max_value=100, as_of=_JAN_2026, code=_TONG),
    F("xếp thứ 29/34", "29/34", 29, "hạng", R, max_value=34, as_of=_JAN_2026, code=_HANG),
    # 8. people without accounts; hamlets (also in task a); 9. task b)'s target for the commune in quý I/2026
    _ma("Còn 3.586 người", "3.586", 3586, "người", C, code=ANY),
    F("tại 5 bản chưa", "5", 5, "bản", C, code=None, **_OPEN),
    F("tại 5 bản vùng", "5", 5, "bản", C, code=None, **_OPEN),
    _ma("tối thiểu 65%", "65%", 65, "%", T, as_of="2026-03-31", code=_NOP),
]

# ------------------------------------------------------------ 663: Trung tâm PVHCC tỉnh Bình Thuận, năm 2024
_TTC = "Trung tâm Phục vụ hành chính công tỉnh"
_ttc = _by(_TTC, "tỉnh")
_Y2023 = "2023-12-31"
_TNMT = {"subject": "Sở Tài nguyên và Môi trường", "level": "tỉnh"}
_FILE_CODES = (_TN, _NOP, ANY, _QH, _DH)
_FILE_UNITS = ("hồ sơ", "hồ sơ", "hồ sơ", "hồ sơ", "%")

_AGENCIES_663 = [
    ("1", "Sở Tài nguyên và Môi trường", "14.862 9.418 14.126 412 97,08"),
    ("2", "Sở Giao thông vận tải", "11.246 10.812 11.198 6 99,95"),
    ("3", "Sở Kế hoạch và Đầu tư", "6.418 6.386 6.402 0 100"),
    ("4", "Sở Tư pháp", "5.926 4.862 5.884 18 99,69"),
    ("5", "Sở Lao động - Thương binh và Xã hội", "3.184 2.946 3.152 24 99,24"),
    ("6", "Sở Xây dựng", "2.846 2.618 2.790 37 98,67"),
    ("7", "Sở Y tế", "2.412 2.268 2.386 5 99,79"),
    ("8", "Sở Công Thương", "1.968 1.962 1.968 0 100"),
    ("9", "Sở Nông nghiệp và Phát triển nông thôn", "1.246 986 1.218 8 99,34"),
    ("10", "Sở Giáo dục và Đào tạo", "812 806 812 0 100"),
    ("11", "Các cơ quan còn lại", "2.106 1.846 2.088 4 99,81"),
    ("", "Cộng", "53.026 44.910 52.024 514 99,01"),
]


def _agencies_663() -> list[Fact]:
    """Bảng 1 (tab-separated, per agency at the Centre): received, online, settled and late files, on-time share; an
    agency as written (level tỉnh) with the codes of its columns (as golden/blind113.py's 640 agencies), "Các cơ quan
    còn lại" subject unchecked, "Cộng" (empty STT) the Centre. Each row's context runs into the next row's STT and
    name."""
    facts = []
    for i, (stt, name, raws) in enumerate(_AGENCIES_663):
        values = raws.split()
        line = "\t".join([stt, name, *values])
        after = "\t".join(_AGENCIES_663[i + 1][:2]) if i + 1 < len(_AGENCIES_663) else "\nCó 03 cơ quan"
        subject = _TTC if stt == "" else ANY if name.startswith("Các ") else name
        facts += _cells(line, "\t", after, subject, "tỉnh", [
            (raw, unit, P, code, "period", None)
            for raw, unit, code in zip(values, _FILE_UNITS, _FILE_CODES, strict=True)])
    return facts


BLIND_663 = [
    # I. the Centre (2154/QĐ-UBND cited): the agencies at it, its staff and counters, its TTHC
    F("có 18 cơ quan", "18", 18, "đơn vị", C, code=None, **_IN_TINH),
    _ttc("cử 64 công chức", "64", 64, "công chức", C, code=ANY),
    _ttc("tại 42 quầy", "42", 42, "quầy", C, code=None),
    _ttc("nhận 1.486 TTHC", "1.486", 1486, "TTHC", C, code=_TTHC),
    _ttc("trong đó 1.112 TTHC", "1.112", 1112, "TTHC", C, code=_TOAN),
    # II.1 files (năm 2023 dated 2023-12-31)
    _ttc("tiếp nhận 53.026 hồ sơ", "53.026", 53026, "hồ sơ", C, code=_TN),
    _ttc("(năm 2023: 47.318 hồ sơ)", "47.318", 47318, "hồ sơ", PR, as_of=_Y2023, code=_TN),
    _ttc("tăng 5.708 hồ sơ", "5.708", 5708, "hồ sơ", CH, code=ANY),
    _ttc("tăng 12,06%", "12,06%", 12.06, "%", CH, code=ANY),
    _ttc("trực tuyến 44.910 hồ sơ", "44.910", 44910, "hồ sơ", C, code=_NOP),
    _ttc("chiếm 84,69%", "84,69%", 84.69, "%", code=_NOP),
    _ttc("trực tiếp 7.642 hồ sơ", "7.642", 7642, "hồ sơ", C, code=_NTT),
    _ttc("công ích 474 hồ sơ", "474", 474, "hồ sơ", C, code=ANY),
    # II.2 results; the Sở named in the sentence; the agencies' apology letters (subject unchecked, level tỉnh)
    _ttc("giải quyết 52.024 hồ sơ", "52.024", 52024, "hồ sơ", C, code=ANY),
    _ttc("đúng hạn 51.510 hồ sơ", "51.510", 51510, "hồ sơ", C, code=_DH),
    _ttc("đạt 99,01%", "99,01%", 99.01, "%", code=_DH),
    _ttc("trễ hạn 514 hồ sơ", "514", 514, "hồ sơ", C, code=_QH),
    _ttc("chiếm 0,99%", "0,99%", 0.99, "%", code=_QH),
    F("Môi trường 412 hồ sơ", "412", 412, "hồ sơ", C, code=_QH, **_TNMT),
    F("chiếm 80,16%", "80,16%", 80.16, "%", code=ANY, **_TNMT),
    _ttc("giải quyết 1.002 hồ sơ", "1.002", 1002, "hồ sơ", C, code=ANY),
    F("gửi 514 thư", "514", 514, "thư xin lỗi", C, code=ANY, **_IN_TINH),
    # Bảng 1 (tab-separated, per agency) and the prose after it
    *_agencies_663(),
    F("Có 03 cơ quan", "03", 3, "đơn vị", C, code=None, **_IN_TINH),
    F("giải quyết 100% hồ sơ", "100%", 100, "%", code=_DH, **_IN_TINH),
    F("thấp nhất (63,37%)", "63,37%", 63.37, "%", code=_NOP, **_TNMT),
    # II.3 payment (the 2024 target at the period end), II.4 digitisation (one count with its base)
    _ttc("Có 31.846 hồ sơ", "31.846", 31846, "hồ sơ", C, code=ANY),
    _ttc("trong đó 24.612 hồ sơ", "24.612", 24612, "hồ sơ", C, code=_TT),
    _ttc("đạt 77,28%", "77,28%", 77.28, "%", code=_TT, target=80, stated_status="chưa đạt"),
    _ttc("năm 2024 là 80%", "80%", 80, "%", T, code=_TT),
    _ttc("trực tuyến 28,46 tỷ", "28,46", 28.46, "tỷ đồng", code=ANY),
    _ttc("hóa 50.112/53.026 hồ sơ", "50.112/53.026", 50112, "hồ sơ", C, max_value=53026, code=_SH),
    _ttc("đạt 94,50%", "94,50%", 94.50, "%", code=_SH),
    _ttc("điện tử đạt 96,84%", "96,84%", 96.84, "%", code=_KQ),
    _ttc("số hóa đạt 38,26%", "38,26%", 38.26, "%", code=_TSD),
    # II.5 support, satisfaction, PAKN
    _ttc("bố trí 06 máy tính", "06", 6, "máy tính", C, code=None),
    _ttc("và 04 nhân viên", "04", 4, "nhân viên", C, code=ANY),
    _ttc("hỗ trợ 18.426 lượt", "18.426", 18426, "lượt", C, code=ANY),
    _ttc("Có 41.218 lượt", "41.218", 41218, "lượt", C, code=ANY),
    _ttc("trong đó 40.896 lượt", "40.896", 40896, "lượt", C, code=ANY),
    _ttc("đạt 99,22%", "99,22%", 99.22, "%", code=_HL),
    _ttc("Tiếp nhận 46 PAKN", "46", 46, "PAKN", C, code=_PAKN_TN),
    _ttc("xử lý 45 PAKN", "45", 45, "PAKN", C, code=ANY),
    _ttc("đạt 97,83%", "97,83%", 97.83, "%", code=ANY),
    _ttc("còn 01 PAKN", "01", 1, "PAKN", C, code=ANY),
    # III. the province's year (năm 2023 dated 2023-12-31), two groups, the agencies' block average and grades
    F("đạt 84,36/100", "84,36/100", 84.36, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 23/63", "23/63", 23, "hạng", R, max_value=63, code=_HANG),
    F("(năm 2023: xếp thứ 31/63)", "31/63", 31, "hạng", PR, max_value=63, as_of=_Y2023, code=_HANG),
    F("tăng 8 bậc", "8", 8, "hạng", CH, code=_HANG),
    F("giải quyết 19,62/20", "19,62/20", 19.62, "điểm", max_value=20, code=_GROUPS[1]),
    F("trực tuyến 6,94/10", "6,94/10", 6.94, "điểm", max_value=10, code=_GROUPS[3]),
    F("bình quân 88,12 điểm", "88,12", 88.12, "điểm", code=_TONG, **_IN_TINH),
    F("có 12/18 cơ quan", "12/18", 12, "đơn vị", C, max_value=18, code=None, **_IN_TINH),
    F("06 cơ quan", "06", 6, "đơn vị", C, code=None, **_IN_TINH),
    # IV. task 2's target for the Centre in quý II/2025 (address, phone number no figures)
    _ttc("tối thiểu 85%", "85%", 85, "%", T, as_of="2025-06-30", code=_TT),
]

# ------------------------------------------------------------ 664: UBND xã Tiên Lữ (Hưng Yên), quý I năm 2026
_TL = "UBND xã Tiên Lữ"
_tl = _by(_TL, "xã")
_Q4_2025 = "2025-12-31"

# (STT, row label, Quý IV/2025, Quý I/2026, change); the maximum is written in the label
_GROUPS_664 = [
    ("1", "Công khai, minh bạch (tối đa 18 điểm)", "16,24 16,86 +0,62"),
    ("2", "Tiến độ, kết quả giải quyết (tối đa 20 điểm)", "19,12 19,58 +0,46"),
    ("3", "Dịch vụ công trực tuyến (tối đa 12 điểm)", "8,46 9,28 +0,82"),
    ("4", "Thanh toán trực tuyến (tối đa 10 điểm)", "5,84 6,92 +1,08"),
    ("5", "Số hóa hồ sơ (tối đa 22 điểm)", "15,32 16,14 +0,82"),
    ("6", "Mức độ hài lòng (tối đa 18 điểm)", "15,14 14,68 -0,46"),
    ("", "Tổng điểm (tối đa 100 điểm)", "80,12 83,46 +3,34"),
]


def _groups_664() -> list[Fact]:
    """The Markdown table of the six groups and the total: the commune's scores of quý IV/2025 (a column dated
    2025-12-31, kind value) and quý I/2026, each with the maximum its row's label states ("(tối đa 18 điểm)": no
    figure), and the signed change (kind change, no maximum); each row the group's code, "Tổng điểm" the total's."""
    facts = []
    for i, (stt, name, raws) in enumerate(_GROUPS_664):
        before, now, change = raws.split()
        line = _md_line((stt, name, before, now, change))
        code, top = (_GROUPS[i], _MAXIMA[i]) if stt else (_TONG, 100)
        facts += _cells(line, " | ", _next_md(_GROUPS_664, i, "\n3. Một số chỉ tiêu"), _TL, "xã", [
            (before, "điểm", P, code, _Q4_2025, top), (now, "điểm", P, code, "period", top),
            (change, "điểm", CH, code, "period", None)])
    return facts


BLIND_664 = [
    # 1. the commune's result (766/QĐ-TTg and 214/TB-VPUBND cited), quý IV/2025 dated 2025-12-31; block averages
    _tl("đạt 83,46/100", "83,46/100", 83.46, "điểm", max_value=100, code=_TONG),
    _tl("xếp thứ 28/104", "28/104", 28, "hạng", R, max_value=104, code=_HANG),
    _tl("(80,12 điểm", "80,12", 80.12, "điểm", PR, max_value=100, as_of=_Q4_2025, code=_TONG),
    _tl("xếp thứ 41/104)", "41/104", 41, "hạng", PR, max_value=104, as_of=_Q4_2025, code=_HANG),
    _tl("tăng 3,34 điểm", "3,34", 3.34, "điểm", CH, code=_TONG),
    _tl("tăng 13 bậc", "13", 13, "hạng", CH, code=_HANG),
    F("khối xã đạt 81,27", "81,27", 81.27, "điểm", code=_TONG, **_IN_XA),
    F("phường đạt 86,94", "86,94", 86.94, "điểm", code=_TONG, **_IN_XA),
    _tl("khối xã 2,19 điểm", "2,19", 2.19, "điểm", CH, code=ANY),
    # the province's communes and wards, counts by grade; the province
    F("có 104 đơn vị", "104", 104, "đơn vị", C, code=None, **_CAP_XA),
    F("(93 xã", "93", 93, "xã", C, code=None, **_IN_XA),
    F("11 phường)", "11", 11, "phường", C, code=None, **_IN_XA),
    F("trong đó 18 đơn vị", "18", 18, "đơn vị", C, code=None, **_IN_XA),
    F("Tốt, 61 đơn vị", "61", 61, "đơn vị", C, code=None, **_IN_XA),
    F("Khá, 23 đơn vị", "23", 23, "đơn vị", C, code=None, **_IN_XA),
    F("02 đơn vị", "02", 2, "đơn vị", C, code=None, **_IN_XA),
    F("đạt 84,62/100", "84,62/100", 84.62, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 14/34", "14/34", 14, "hạng", R, max_value=34, code=_HANG),
    # 2. the Markdown table of the groups
    *_groups_664(),
    # 3. the commune's component figures (dash list); the 2026 payment target dated 2026-12-31
    _tl("thực hiện: 318 TTHC", "318", 318, "TTHC", C, code=_TTHC),
    _tl("đủ 318/318 TTHC", "318/318", 318, "TTHC", C, max_value=318, code=ANY),
    _tl("quý: 2.846 hồ sơ", "2.846", 2846, "hồ sơ", C, code=_TN),
    _tl("trực tuyến 2.034 hồ sơ", "2.034", 2034, "hồ sơ", C, code=_NOP),
    _tl("chiếm 71,47%", "71,47%", 71.47, "%", code=_NOP),
    _tl("hạn: 99,36%", "99,36%", 99.36, "%", code=_DH),
    _tl("(quý IV năm 2025: 98,92%)", "98,92%", 98.92, "%", PR, as_of=_Q4_2025, code=_DH),
    _tl("quá hạn 18 hồ sơ", "18", 18, "hồ sơ", C, code=_QH),
    _tl("trung bình 2,6 ngày", "2,6", 2.6, "ngày", code=_TG),
    _tl("tuyến: 62,18%", "62,18%", 62.18, "%", code=_TT, target=70, stated_status="chưa đạt"),
    _tl("tăng 9,46 điểm", "9,46", 9.46, "%", CH, code=ANY),
    _tl("năm 2026 là 70%", "70%", 70, "%", T, as_of="2026-12-31", code=_TT),
    _tl("hồ sơ: 91,24%", "91,24%", 91.24, "%", code=_SH),
    _tl("tử: 94,06%", "94,06%", 94.06, "%", code=_KQ),
    _tl("hóa: 36,12%", "36,12%", 36.12, "%", code=_TSD),
    _tl("lòng: 86,42%", "86,42%", 86.42, "%", code=_HL),
    _tl("giảm 3,16 điểm", "3,16", -3.16, "%", CH, code=ANY),
    _tl("do 14 PAKN", "14", 14, "PAKN", C, code=ANY),
    # the satisfaction group's fall and the commune's rank in that group (not the overall ranking: code unchecked)
    _tl("giảm 0,46 điểm", "0,46", -0.46, "điểm", CH, code=_GROUPS[5]),
    _tl("xếp thứ 87/104", "87/104", 87, "hạng", R, max_value=104, code=ANY),
    # 4. a count repeated in task a); task b)'s target for the commune in quý II/2026 (phone number no figure)
    _tl("dứt điểm 14 PAKN", "14", 14, "PAKN", C, code=ANY),
    _tl("tối thiểu 70%", "70%", 70, "%", T, as_of="2026-06-30", code=_TT),
]

BLIND = {"660": BLIND_660, "661": BLIND_661, "662": BLIND_662, "663": BLIND_663, "664": BLIND_664}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "660": [
        ("2026-01-31", "day", "31/01/2026", "hồ sơ đất đai tồn đọng", "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("2026-03-31", "quarter", "quý I năm 2026", "nộp hồ sơ trực tuyến", "Trung tâm Phục vụ hành chính công phường"),
        ("2026-02-15", "day", "ngày mười lăm tháng 02 năm 2026", "quy trình nội bộ", "Văn phòng HĐND và UBND phường"),
        ("2026-03-31", "month", "tháng 3/2026", "kỹ năng số", "Phòng Văn hóa - Xã hội"),
        ("2026-12-31", "year", "năm 2026", "bưu chính công ích", "Bưu điện Thành phố Hà Nội"),
        # issued 05/01/2026: the first "ngày 20 hằng tháng" is 20/01/2026
        ("2026-01-20", "recurring", "20 hằng tháng", "gửi báo cáo kết quả", "Các bộ phận chuyên môn"),
    ],
    "661": [
        ("2025-04-15", "day", "15/4/2025", "hồ sơ đất đai quá hạn", "Công chức Địa chính - Xây dựng"),
        ("2025-06-30", "quarter", "quý II năm 2025", "chứng thực bản sao điện tử", "Công chức Tư pháp - Hộ tịch"),
        ("2025-04-30", "day", "ngày ba mươi tháng 4 năm 2025", "niêm yết lại bộ TTHC",
         "Công chức Văn phòng - Thống kê"),
        ("2025-05-31", "month", "tháng 5/2025", "máy quét", "Văn phòng HĐND và UBND huyện"),
        ("2025-12-31", "year", "năm 2025", "thu gom hồ sơ", "Bưu điện huyện Đăk Hà"),
        # issued 03/4/2025: the first "ngày 10 hằng tháng" is 10/4/2025
        ("2025-04-10", "recurring", "10 hằng tháng", "gửi số liệu", "Các công chức chuyên môn"),
    ],
    "662": [
        ("2026-03-20", "day", "20/3/2026", "hướng dẫn nộp hồ sơ trực tuyến", "Công chức Văn phòng - Thống kê"),
        ("2026-03-31", "quarter", "quý I năm 2026", "nộp trực tuyến", "Trung tâm Phục vụ hành chính công xã"),
        ("2026-03-25", "day", "ngày hai mươi lăm tháng 3 năm 2026", "hồ sơ đất đai quá hạn", "Phòng Kinh tế"),
        ("2026-04-30", "month", "tháng 4/2026", "tài khoản định danh điện tử", "Phòng Văn hóa - Xã hội"),
        ("2026-12-31", "year", "năm 2026", "trạm phát sóng", "Viettel Điện Biên"),
        # issued 03/3/2026: the first "ngày 25 hằng tháng" is 25/3/2026
        ("2026-03-25", "recurring", "25 hằng tháng", "báo cáo số liệu", "Các thôn, bản"),
    ],
    "663": [
        ("2025-02-28", "day", "28/02/2025", "hồ sơ đất đai trễ hạn", "Sở Tài nguyên và Môi trường"),
        ("2025-06-30", "quarter", "quý II năm 2025", "thanh toán trực tuyến", "Phòng Tiếp nhận và Trả kết quả"),
        ("2025-03-10", "day", "ngày mười tháng 3 năm 2025", "quy trình tiếp nhận hồ sơ", "Phòng Hành chính - Tổng hợp"),
        ("2025-06-30", "month", "tháng 6/2025", "khảo sát sự hài lòng", "Phòng Giám sát và Hỗ trợ"),
        ("2025-12-31", "year", "năm 2025", "camera giám sát", "Sở Thông tin và Truyền thông"),
        # issued 08/01/2025: the first "ngày 15 hằng tháng" is 15/01/2025
        ("2025-01-15", "recurring", "15 hằng tháng", "gửi báo cáo kết quả", "Các cơ quan có TTHC tại Trung tâm"),
    ],
    "664": [
        ("2026-04-30", "day", "30/4/2026", "14 PAKN về đất đai", "Phòng Kinh tế"),
        ("2026-06-30", "quarter", "quý II năm 2026", "thanh toán trực tuyến", "Trung tâm Phục vụ hành chính công xã"),
        ("2026-05-20", "day", "ngày hai mươi tháng 5 năm 2026", "công khai TTHC", "Văn phòng HĐND và UBND xã"),
        ("2026-06-30", "month", "tháng 6/2026", "đối thoại với người dân", "Phòng Văn hóa - Xã hội"),
        ("2026-12-31", "year", "năm 2026", "điểm thu hộ phí, lệ phí", "Bưu điện tỉnh Hưng Yên"),
        # issued 16/4/2026, after the 5th: the first "ngày 05 hằng tháng" is 05/5/2026
        ("2026-05-05", "recurring", "05 hằng tháng", "báo cáo kết quả thực hiện", "Các phòng, đơn vị thuộc UBND xã"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 660 a report of UBND
# phường Phú Diễn (Hà Nội, named in "Kính gửi") signed by a vice-chairwoman; 661 a report of the Bộ phận Một cửa under
# "UBND XÃ ĐĂK UI" (tỉnh Kon Tum, named in the 766 section) signed by its head, a vice-chairman of the commune; 662 a
# report of UBND xã Mường Ảng (tỉnh Điện Biên, named in "Kính gửi") signed by its chairman; 663 a report of the Trung
# tâm Phục vụ hành chính công under "UBND TỈNH BÌNH THUẬN" signed by its director; 664 a Thông báo of UBND xã Tiên Lữ
# (tỉnh Hưng Yên, named in the text) signed by its chairman.
META = {
    "660": {"doc_number": "86/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-01-05",
            "province": "Hà Nội", "period_label": "quý IV năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-12-31", "signer": "Nguyễn Thị Thu Hằng"},
    "661": {"doc_number": "09/BC-BPMC", "doc_type": "Báo cáo", "issued_date": "2025-04-03",
            "province": "Kon Tum", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "A Thuyên"},
    "662": {"doc_number": "58/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-03-03",
            "province": "Điện Biên", "period_label": "tháng 02 năm 2026", "period_start": "2026-02-01",
            "period_end": "2026-02-28", "signer": "Lò Văn Thưởng"},
    "663": {"doc_number": "12/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2025-01-08",
            "province": "Bình Thuận", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Trần Minh Khoa"},
    "664": {"doc_number": "46/TB-UBND", "doc_type": "Thông báo", "issued_date": "2026-04-16",
            "province": "Hưng Yên", "period_label": "quý I năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-03-31", "signer": "Đỗ Văn Hùng"},
}
