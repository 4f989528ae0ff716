"""Blind golden facts for corpus/blind65/400_thai_nguyen.txt, 401_soc_trang.txt, 402_khanh_hoa.txt,
403_hung_yen.txt and 404_dak_lak.txt.

The five documents were written by the developers for a sixty-fifth blind measurement (issuers, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by reading
them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out text
for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind16.py and blind13.py: rows use `golden.facts.Fact` (context
string that occurs once in the document + the figure as written inside it). Prose and list counts are kind
`count`; table cells are kind `value` with `extra={"source": "table"}`; `as_of="period"` is the period's end;
`ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly names
none). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; every "đã giải
quyết" count has its code unchecked; a relative change of a count ("tăng 9,3% so với cùng kỳ năm 2024") has its
code unchecked. A change is dated at the period end; a fall ("giảm", "rút ngắn") is negative. A count of local
units takes the unit of its first unit word ("98/104 xã, phường" → `xã`). Dates, document numbers, cited
circulars, letters, resolutions and decisions ("Văn bản số 1865/EVNNPC-KD", "Nghị quyết số 202/2025/QH15",
"Thông tư số 06/2019/TT-BTP", "Quyết định số 1526/QĐ-UBND", "Thông tư số 02/2021/TT-TTCP", "Quyết định số
06/QĐ-TTg"), the name "Đề án 06" and "giai đoạn 2022 - 2025, tầm nhìn đến năm 2030", reporting windows
("từ ngày 01/10/2023 đến ngày 30/9/2024", "từ ngày 15/12/2024 đến ngày 14/12/2025"), "tính đến ngày 30/9/2025",
section numbering ("I.", "1."), the STT column, phone and hotline numbers ("0208.3855.456",
"19006769", "0299.3822.618", "0258.3822.804", "0221.3862.517"), street addresses ("số 21 đường Đội Cấn", "số 18
đường Trần Hưng Đạo, Phường 2", "số 01 đường Trần Phú"), headings naming the next period ("III. NHIỆM VỤ QUÝ III
NĂM 2025", "V. NHIỆM VỤ NĂM 2025", "III. NHIỆM VỤ QUÝ IV NĂM 2025", "V. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026": no
deadlines) and years are not figures.

New in this set (issuers outside the government's own TTHC offices):
- 400 is a quarterly Báo cáo of Công ty Điện lực Thái Nguyên (header "TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC / CÔNG TY
  ĐIỆN LỰC THÁI NGUYÊN"), quý II năm 2025, issued 08/7/2025, after the merger with Bắc Kạn (its figures include
  "địa bàn tỉnh Bắc Kạn cũ"). The company's name holds a place, so it is kept whole, like "Bệnh viện Đa khoa
  Đồng Nai": its own figures (and the "Toàn Công ty" row) have subject "Công ty Điện lực Thái Nguyên", level
  tỉnh (a province-wide body). Electricity service requests filed on the Cổng DVC quốc gia are counted in "hồ
  sơ": received, on-time and overdue carry the usual codes; the services, customers, e-invoices, cashless
  payment, connection times, the satisfaction score "9,12/10 điểm" (max 10) and the rank "5/27 công ty điện
  lực thuộc Tổng công ty" (not the 766 ranking; "(quý I năm 2025 xếp thứ 8/27)" previous, dated 2025-03-31)
  name no catalogued indicator (code unchecked). "98.517 khách hàng" of "địa bàn tỉnh Bắc Kạn cũ" has subject
  and level unchecked. Three shares after "chiếm tỷ lệ lần lượt là" belong, in order, to the three kinds of
  request. "1.986,42 tỷ đồng" is money (unit `tỷ đồng`, kind value). Its Markdown table by Điện lực khu vực
  (subject as written; level unchecked: branches of a company, each over several districts of the old map; two
  "100" cells) has a "Toàn Công ty" row (= the company; 93,88 and 99,71 also in the prose). "so với chỉ tiêu
  Tổng công ty giao năm 2025 là 95% thì chưa đạt chỉ tiêu": the company's target dated 2025-12-31, 93,88%
  carries it with status "chưa đạt". "146/146 PAKN" is one count (max 146). The target "đạt tối thiểu 90%" in
  the task of two named Điện lực khu vực is theirs, dated 2025-09-30. Five deadlines: day, month, "chậm nhất"
  day in words, quarter (with the target), "trước ngày 05 hằng tháng" (issued 08/7/2025: first 05/8/2025).
- 401 is an annual Báo cáo of Cục Thi hành án dân sự tỉnh Sóc Trăng (header "TỔNG CỤC THI HÀNH ÁN DÂN SỰ /
  CỤC THI HÀNH ÁN DÂN SỰ TỈNH SÓC TRĂNG"), năm 2024, before the 2025 reforms, whose period is the THADS
  statistical year it states, "từ ngày 01/10/2023 đến ngày 30/9/2024" (as golden/blind6.py's 121 takes its
  stated window): figures are dated 2024-09-30 and "năm 2023" (the previous THADS year) 2023-09-30. The Cục's
  own figures (cases, money, TTHC, citizens, letters) are named by its kind, "Cục Thi hành án dân sự tỉnh",
  level tỉnh, as `Công an tỉnh`; the sentence naming it in full ("Cục Thi hành án dân sự tỉnh Sóc Trăng xếp
  thứ 14/63 ...") keeps the full name (rank among the 63 Cục, not the 766 ranking: code unchecked). Cases use
  the unit `việc`, money `tỷ đồng`, letters `đơn`, enforcement operations `cuộc`, auctioned assets `tài sản`.
  "đạt tỷ lệ 83,60% ... so với chỉ tiêu Quốc hội giao là 82% thì đã đạt chỉ tiêu" and "đạt 43,87% ... so với
  chỉ tiêu về tiền là 45% thì chưa đạt chỉ tiêu": targets at the period end, statuses "đạt" / "chưa đạt". Its
  tab-separated table (units in the headers) lists the 11 Chi cục (subject as written, "Chi cục Thi hành án
  dân sự thành phố Sóc Trăng", level huyện) with a "Cộng cấp huyện" row with an empty STT cell (= cấp huyện;
  its figures are not in the prose, the Cục's own cases making the difference). Best and worst Chi cục carry
  their share in brackets (also in the table). The targets "trên 83% về việc và trên 46% về tiền" in the
  task of "Các Chi cục Thi hành án dân sự" are theirs (level huyện), due "đến ngày 30/9/2025". Six deadlines:
  day for two named Chi cục, month, "chậm nhất" day in words, day (with the targets), quarter, "trước ngày 03
  hằng tháng" (issued 10/10/2024: first 03/11/2024).
- 402 is a Báo cáo of Sở Văn hóa, Thể thao và Du lịch tỉnh Khánh Hòa (header "UBND TỈNH KHÁNH HÒA / SỞ VĂN HÓA,
  THỂ THAO VÀ DU LỊCH"), 9 tháng năm 2025, issued 03/10/2025, after the merger with Ninh Thuận (data of the old
  Ninh Thuận Sở included). Every figure is the Sở's (subject "Sở Văn hóa, Thể thao và Du lịch", level tỉnh),
  except the province's tourism in "toàn tỉnh đón 8.236.400 lượt khách" (subject NULL, unit `lượt`) and the
  fields' overdue files in brackets and table rows (subject ANY, level tỉnh, as golden/blind13.py's 146).
  "(6 tháng đầu năm 2025: 94,82%)" and "so với quý II năm 2025 (88,57 điểm, xếp thứ 7/19)" are previous values
  dated 2025-06-30; "tăng 4,17% so với 6 tháng đầu năm 2025" is a change of the reuse share. "chỉ tiêu UBND tỉnh
  giao năm 2025 ... là 90% thì Sở đã đạt chỉ tiêu": the Sở's target dated 2025-12-31, 95,60% "đạt". "đúng hạn
  và trước hạn 4.639 hồ sơ (99,74%)" is the on-time whole. Its Markdown table by field (no units in the headers;
  procedures, files received, online share, on-time share; six "100" cells) has a "Tổng cộng" row (= the Sở).
  "712 thẻ", "86 giấy phép", "147 cơ sở" are counts of the Sở's acts; "03 di tích cấp tỉnh" names no body
  (a relic's rank), so it stays the Sở's. Five deadlines: day, month, "chậm nhất" day in words,
  quarter (with the Sở's target "tối thiểu 92%", dated 2025-12-31), "trước ngày 18 hằng tháng" (issued
  03/10/2025: first 18/10/2025).
- 403 is an annual Báo cáo of Thanh tra tỉnh Hưng Yên (header "UBND TỈNH HƯNG YÊN / THANH TRA TỈNH"), năm
  2025, issued 16/12/2025, after the merger with Thái Bình, whose period is the window it states, "từ ngày
  15/12/2024 đến ngày 14/12/2025": figures are dated 2025-12-14 and "(năm 2024: 91,27%)" 2024-12-14. Figures of
  all the province's bodies ("các cơ quan hành chính nhà nước trên địa bàn tỉnh", "Toàn tỉnh", the province's
  PAKN system) have subject NULL; Thanh tra tỉnh's own inspections have subject "Thanh tra tỉnh"; "Chủ tịch UBND
  tỉnh tiếp công dân định kỳ 12 buổi" is the chairman's (level tỉnh). Units: `lượt` (visits), `người`, `vụ
  việc`, `đoàn`, `buổi`, `đơn` (letters), `cuộc`, `tỷ đồng`, `ha`. "296/318 vụ việc" is one count (max 318);
  "đạt 93,08% ... So với chỉ tiêu Thanh tra Chính phủ giao là trên 85% thì đã đạt chỉ tiêu": the target at the
  period end, status "đạt". PAKN by channel in a bracket are bare parts (code unchecked); "3,62/5 điểm" is the
  PAKN satisfaction score (max 5). Results by body are a dash list "- <body>: tiếp n lượt, tiếp nhận n đơn;
  giải quyết a/b vụ việc, đạt x%" (subject as written, levels tỉnh/huyện/xã; counts, "19/21" one count with max
  21, "06/06" and "03/03" with no share after them; the Ban Tiếp công dân settles nothing itself). The line
  "UBND các huyện, thành phố (đến ngày 30/6/2025)" holds figures up to the end of district government: dated
  2025-06-30. Communes by grade "21/104 xã, phường xếp loại Tốt, 68 ..., 15 ..." and "98/104" are counts
  (unit `xã`, subject "cấp xã", code None). The target "đạt trên 90%" in the task of "UBND các xã, phường" is
  theirs, dated 2026-12-31. Six deadlines: day for two named communes, month, "chậm nhất" day in words,
  quarter, year (with the target), "trước ngày 15 hằng tháng" (issued 16/12/2025, after the 15th: first
  15/01/2026).
- 404 is a Thông báo kết luận of the Trưởng Ban Chỉ đạo Đề án 06 tỉnh Đắk Lắk (header "UBND TỈNH ĐẮK LẮK / BAN CHỈ
  ĐẠO ĐỀ ÁN 06"), on quý III năm 2025 (figures "tính đến ngày 30/9/2025"), issued 27/10/2025, after the merger
  with Phú Yên: "102 đơn vị hành chính cấp xã gồm 88 xã, 14 phường" → subject "cấp xã". Numbered paragraphs give
  figures of named bodies (subject as written: "Công an tỉnh", "Sở Nông nghiệp và Môi trường", "Sở Y tế", "Sở Nội
  vụ", "Sở Tư pháp", "Bảo hiểm xã hội tỉnh"; level tỉnh; "(96,17%)" is the Công an's cards handed out of files
  taken) and of the province (subject NULL: accounts, essential services "53/53", payment share, "(210.233 hồ sơ)"
  the previous quarter's online files dated 2025-06-30, the linked services as dash items "- Liên thông ...: tiếp
  nhận n hồ sơ, đã giải quyết n hồ sơ (x%);" with code unchecked, "148/152 cơ sở" one count with max 152). Online
  shares of the province and of the blocks "khối sở, ban, ngành" / "khối xã, phường" (subject ANY, levels
  tỉnh/xã). "1.402.637/1.702.115 thửa đất" and "96.418/104.226 người hưởng chính sách" are counts with their max;
  the shares after them are the same bodies'. The 766 index "tháng 9/2025" is at the period end, ranks out of 34,
  "so với tháng 8/2025 (81,96 điểm, xếp thứ 23/34)" dated 2025-08-31; the six groups are named in one list
  separated by ";" and their `x/max` scores follow "lần lượt là" in the same order; block averages (subject ANY,
  levels tỉnh/xã); communes by grade `11/102`, `57`, `34` and "38/102 xã, phường chưa được trang bị đủ máy quét"
  (unit `xã`, subject "cấp xã", code None). The target "đạt tối thiểu 70%" in the task of "UBND các xã, phường" is
  theirs, dated 2025-12-31. Six numbered deadlines: day, month, "chậm nhất" day in words, quarter (with the
  target), year ("trong năm 2026"), "trước ngày 20 hằng tháng" (issued 27/10/2025, after the 20th: first
  20/11/2025).
"""

from __future__ import annotations

from golden.facts import (
    _DH,
    _HL,
    _KQ,
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
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_PAKN_TG = "pakn.thoi_gian"


def _cells(subject: object, level: object, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs. A row whose
    last cell is `-` (no figure) passes it in `end`."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject, level=level,
              as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


# ------------------------------------------------------------ 400: Công ty Điện lực Thái Nguyên, quý II năm 2025
_PC = "Công ty Điện lực Thái Nguyên"
_Q1_400 = "2025-03-31"
_BBCD = "Điện lực khu vực Ba Bể - Chợ Đồn"


def _pc(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the company itself (subject its name as a proper name holding a place, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_PC, level="tỉnh", **kw)


def _row_400(subject: str, level: object, new: str, change: str, on_time: str, cashless: str,
             after: str) -> list[Fact]:
    """One Markdown row of an Điện lực khu vực (or the company's total): new connections, contract changes
    (files), on-time share, share of customers paying without cash."""
    cells = [(new, "hồ sơ", P, ANY, "period"), (change, "hồ sơ", P, ANY, "period"), (on_time, "%", P, _DH, "period"),
             (cashless, "%", P, ANY, "period")]
    return _cells(subject, level, cells, after, " | ", " |\n")


BLIND_400 = [
    # preamble (1865/EVNNPC-KD of 12/3/2025, 202/2025/QH15 of 12/6/2025 and 01/7/2025 are cited)
    # I.1
    _pc("cung cấp 12 dịch vụ", "12", 12, "dịch vụ", C, code=ANY),
    _pc("trong đó 08 dịch vụ", "08", 8, "dịch vụ", C, code=ANY),
    _pc("cho 712.384 khách hàng", "712.384", 712384, "khách hàng", C, code=ANY),
    F("là 98.517 khách hàng", "98.517", 98517, "khách hàng", C, subject=ANY, level=ANY, code=ANY),
    # I.2 quý I năm 2025 dated 2025-03-31
    _pc("tiếp nhận 21.436", "21.436", 21436, "hồ sơ", C, code=_TN),
    _pc("tăng 2.318 hồ sơ", "2.318", 2318, "hồ sơ", CH, code=_TN),
    _pc("(19.118 hồ sơ)", "19.118", 19118, "hồ sơ", PR, as_of=_Q1_400, code=_TN),
    _pc("cấp điện mới 6.794 hồ sơ", "6.794", 6794, "hồ sơ", C, code=ANY),
    _pc("mua bán điện 9.810", "9.810", 9810, "hồ sơ", C, code=ANY),
    _pc("khác 4.832 hồ sơ", "4.832", 4832, "hồ sơ", C, code=ANY),
    _pc("lần lượt là 31,69%", "31,69%", 31.69, "%", code=ANY),
    _pc("31,69%, 45,76%", "45,76%", 45.76, "%", code=ANY),
    _pc("và 22,54%", "22,54%", 22.54, "%", code=ANY),
    _pc("giải quyết 21.108", "21.108", 21108, "hồ sơ", C, code=ANY),
    _pc("đúng hạn 21.047", "21.047", 21047, "hồ sơ", C, code=_DH),
    _pc("đạt 99,71%", "99,71%", 99.71, "%", code=_DH),
    _pc("quá hạn 61", "61", 61, "hồ sơ", C, code=_QH),
    F("Chợ Đồn với 23 hồ sơ", "23", 23, "hồ sơ", C, subject=_BBCD, level=ANY, code=_QH),
    _pc("là 3,12 ngày", "3,12", 3.12, "ngày", code=ANY),
    _pc("rút ngắn 0,26 ngày", "0,26", -0.26, "ngày", CH, code=ANY),
    _pc("bình quân 1,84 ngày", "1,84", 1.84, "ngày", code=ANY),
    # Markdown table by Điện lực khu vực (level unchecked: branches of a company), "Toàn Công ty" row
    *_row_400("Điện lực khu vực Thái Nguyên", ANY, "1.842", "3.215", "99,86", "97,42", "| 2 | Điện lực khu vực Sông"),
    *_row_400("Điện lực khu vực Sông Công - Phổ Yên", ANY, "1.506", "2.468", "99,71", "96,18", "| 3 | Điện lực"),
    *_row_400("Điện lực khu vực Đại Từ - Định Hóa", ANY, "968", "1.137", "100", "91,35", "| 4 | Điện lực"),
    *_row_400("Điện lực khu vực Đồng Hỷ - Võ Nhai", ANY, "742", "906", "99,54", "90,27", "| 5 | Điện lực"),
    *_row_400("Điện lực khu vực Phú Lương - Phú Bình", ANY, "815", "1.024", "99,62", "92,06", "| 6 | Điện lực"),
    *_row_400("Điện lực khu vực Bắc Kạn", ANY, "634", "712", "100", "88,41", "| 7 | Điện lực"),
    *_row_400(_BBCD, ANY, "287", "348", "98,96", "79,53", "| | Toàn Công ty"),
    *_row_400(_PC, "tỉnh", "6.794", "9.810", "99,71", "93,88", "\n3. Hóa đơn"),
    # I.3 quý I năm 2025 dated 2025-03-31; the Tổng công ty's 2025 target (dated at the year's end)
    _pc("phát hành 2.136.907", "2.136.907", 2136907, "hóa đơn", C, code=ANY),
    _pc("100% khách hàng", "100%", 100, "%", code=ANY),
    _pc("đạt 64,35%", "64,35%", 64.35, "%", code=ANY),
    _pc("Công ty đạt 93,88%", "93,88%", 93.88, "%", code=ANY, target=95, stated_status="chưa đạt"),
    _pc("2025: 92,15%)", "92,15%", 92.15, "%", PR, as_of=_Q1_400, code=ANY),
    _pc("tăng 1,73%", "1,73%", 1.73, "%", CH, code=ANY),
    _pc("năm 2025 là 95%", "95%", 95, "%", T, as_of="2025-12-31", code=ANY),
    _pc("là 1.986,42 tỷ", "1.986,42", 1986.42, "tỷ đồng", code=ANY),
    _pc("chiếm 97,05%", "97,05%", 97.05, "%", code=ANY),
    F("Chợ Đồn (79,53%)", "79,53%", 79.53, "%", subject=_BBCD, level=ANY, code=ANY),
    # I.4 ("19006769" is a hotline number); quý I năm 2025 dated 2025-03-31
    _pc("tiếp nhận 146 phản ánh", "146", 146, "PAKN", C, code=_PAKN_TN),
    _pc("xong 146/146 PAKN", "146/146", 146, "PAKN", C, max_value=146, code=_PAKN_XL),
    _pc("PAKN, đạt 100%", "100%", 100, "%", code=_PAKN_TL),
    _pc("bình quân 1,6 ngày", "1,6", 1.6, "ngày", code=_PAKN_TG),
    _pc("đạt 9,12/10", "9,12/10", 9.12, "điểm", max_value=10, code=ANY),
    _pc("thứ 5/27", "5/27", 5, "hạng", R, max_value=27, code=ANY),
    _pc("thứ 8/27)", "8/27", 8, "hạng", PR, max_value=27, as_of=_Q1_400, code=ANY),
    _pc("tăng 3 bậc", "3", 3, "hạng", CH, code=ANY),
    # III.4 the two branches' target by the end of quý III/2025 (0208.3855.456 is a phone number)
    F("tối thiểu 90%", "90%", 90, "%", T, subject="Điện lực khu vực Bắc Kạn, Điện lực khu vực Ba Bể - Chợ Đồn",
      level=ANY, as_of="2025-09-30", code=ANY),
]


# ------------------------------------------------------------ 401: Cục Thi hành án dân sự tỉnh Sóc Trăng, năm 2024
# The THADS year: "số liệu từ ngày 01/10/2023 đến ngày 30/9/2024"; "năm 2023" is the year ending 30/9/2023.
_CUC = "Cục Thi hành án dân sự tỉnh"
_CUC_ST = "Cục Thi hành án dân sự tỉnh Sóc Trăng"
_Y2023_401 = "2023-09-30"
_CC = "Chi cục Thi hành án dân sự "


def _cuc(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Cục itself (named by its kind, the province being the document's; level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_CUC, level="tỉnh", **kw)


def _row_401(unit: str, due: str, able: str, done: str, share: str, after: str) -> list[Fact]:
    """One tab-separated row of a Chi cục (or "Cộng cấp huyện"): cases to enforce, cases able to be enforced,
    cases done (unit `việc`) and the share done."""
    subject = "cấp huyện" if unit == "cấp huyện" else _CC + unit
    cells = [(due, "việc", P, ANY, "period"), (able, "việc", P, ANY, "period"), (done, "việc", P, ANY, "period"),
             (share, "%", P, ANY, "period")]
    return _cells(subject, "huyện", cells, after, "\t", "\n")


BLIND_401 = [
    # preamble (06/2019/TT-BTP of 21/11/2019 cited; 01/10/2023–30/9/2024 is the period)
    # I.1 cases
    _cuc("là 15.418 việc", "15.418", 15418, "việc", C, code=ANY),
    _cuc("sang 4.236 việc", "4.236", 4236, "việc", C, code=ANY),
    _cuc("mới 11.182 việc", "11.182", 11182, "việc", C, code=ANY),
    _cuc("là 12.604 việc", "12.604", 12604, "việc", C, code=ANY),
    _cuc("thi hành 2.814 việc", "2.814", 2814, "việc", C, code=ANY),
    _cuc("xong 10.537 việc", "10.537", 10537, "việc", C, code=ANY),
    _cuc("tỷ lệ 83,60%", "83,60%", 83.60, "%", code=ANY, target=82, stated_status="đạt"),
    _cuc("tăng 1,46%", "1,46%", 1.46, "%", CH, code=ANY),
    _cuc("(82,14%)", "82,14%", 82.14, "%", PR, as_of=_Y2023_401, code=ANY),
    _cuc("giao là 82%", "82%", 82, "%", T, code=ANY),
    _cuc("là 4.881 việc", "4.881", 4881, "việc", C, code=ANY),
    # I.2 money
    _cuc("là 2.846,37 tỷ", "2.846,37", 2846.37, "tỷ đồng", code=ANY),
    _cuc("là 1.624,15 tỷ", "1.624,15", 1624.15, "tỷ đồng", code=ANY),
    _cuc("xong 712,48 tỷ", "712,48", 712.48, "tỷ đồng", code=ANY),
    _cuc("đạt 43,87%", "43,87%", 43.87, "%", code=ANY, target=45, stated_status="chưa đạt"),
    _cuc("tiền là 45%", "45%", 45, "%", T, code=ANY),
    _cuc("tổ chức 326 cuộc", "326", 326, "cuộc", C, code=ANY),
    _cuc("thành 214 tài sản", "214", 214, "tài sản", C, code=ANY),
    _cuc("thi hành án 148 việc", "148", 148, "việc", C, code=ANY),
    _cuc("tiền 3,42 tỷ", "3,42", 3.42, "tỷ đồng", code=ANY),
    # I.3 tab-separated table of the 11 Chi cục, "Cộng cấp huyện" row
    *_row_401("thành phố Sóc Trăng", "2.846", "2.318", "1.883", "81,23", "2\tChi cục"),
    *_row_401("huyện Châu Thành", "1.127", "924", "799", "86,47", "3\tChi cục"),
    *_row_401("huyện Kế Sách", "1.364", "1.116", "945", "84,68", "4\tChi cục"),
    *_row_401("huyện Mỹ Tú", "986", "812", "717", "88,30", "5\tChi cục"),
    *_row_401("huyện Cù Lao Dung", "612", "498", "450", "90,36", "6\tChi cục"),
    *_row_401("huyện Long Phú", "1.148", "947", "805", "85,01", "7\tChi cục"),
    *_row_401("huyện Mỹ Xuyên", "1.472", "1.213", "1.000", "82,44", "8\tChi cục"),
    *_row_401("thị xã Ngã Năm", "894", "731", "650", "88,92", "9\tChi cục"),
    *_row_401("huyện Thạnh Trị", "1.016", "838", "730", "87,11", "10\tChi cục"),
    *_row_401("thị xã Vĩnh Châu", "1.328", "1.087", "876", "80,59", "11\tChi cục"),
    *_row_401("huyện Trần Đề", "1.443", "1.218", "1.008", "82,76", "\tCộng cấp huyện"),
    *_row_401("cấp huyện", "14.236", "11.702", "9.863", "84,28", "\nChi cục"),
    F("cao nhất (90,36%)", "90,36%", 90.36, "%", subject=_CC + "huyện Cù Lao Dung", level="huyện", code=ANY),
    F("Vĩnh Châu (80,59%)", "80,59%", 80.59, "%", subject=_CC + "thị xã Vĩnh Châu", level="huyện", code=ANY),
    # II. TTHC
    _cuc("thực hiện 07 TTHC", "07", 7, "TTHC", C, code=_TTHC),
    _cuc("trong đó 05 TTHC", "05", 5, "TTHC", C, code=_TOAN),
    _cuc("tiếp nhận 1.384", "1.384", 1384, "hồ sơ", C, code=_TN),
    _cuc("trực tuyến 412", "412", 412, "hồ sơ", C, code=_NOP),
    _cuc("chiếm 29,77%", "29,77%", 29.77, "%", code=_NOP),
    _cuc("giải quyết 1.371", "1.371", 1371, "hồ sơ", C, code=ANY),
    _cuc("100% đúng hạn", "100%", 100, "%", code=_DH),
    _cuc("còn 13 hồ sơ", "13", 13, "hồ sơ", C, code=ANY),
    # III. citizens, complaints; rank among the 63 Cục (not the 766 ranking), "năm 2023" dated 2023-09-30
    _cuc("tiếp 237 lượt", "237", 237, "lượt", C, code=ANY),
    _cuc("Tiếp nhận 96 đơn", "96", 96, "đơn", C, code=ANY),
    _cuc("giải quyết 91 đơn", "91", 91, "đơn", C, code=ANY),
    _cuc("đạt 94,79%", "94,79%", 94.79, "%", code=ANY),
    F("thứ 14/63", "14/63", 14, "hạng", R, max_value=63, subject=_CUC_ST, level="tỉnh", code=ANY),
    F("thứ 21/63)", "21/63", 21, "hạng", PR, max_value=63, subject=_CUC_ST, level="tỉnh", as_of=_Y2023_401,
      code=ANY),
    # V.4 the Chi cục's targets by 30/9/2025 (0299.3822.618, "số 18 đường Trần Hưng Đạo, Phường 2" are no figures)
    F("trên 83%", "83%", 83, "%", T, subject="Các Chi cục Thi hành án dân sự", level="huyện", as_of="2025-09-30",
      code=ANY),
    F("trên 46%", "46%", 46, "%", T, subject="Các Chi cục Thi hành án dân sự", level="huyện", as_of="2025-09-30",
      code=ANY),
]


# ------------------------------------------------------------ 402: Sở VHTTDL tỉnh Khánh Hòa, 9 tháng năm 2025
_SVH = "Sở Văn hóa, Thể thao và Du lịch"
_H1_402 = "2025-06-30"


def _svh(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SVH, level="tỉnh", **kw)


def _row_402(subject: object, procedures: str, received: str, online: str, on_time: str, after: str) -> list[Fact]:
    """One Markdown row of a field (or the total): procedures, files received, online share, on-time share."""
    cells = [(procedures, "TTHC", P, _TTHC, "period"), (received, "hồ sơ", P, _TN, "period"),
             (online, "%", P, _NOP, "period"), (on_time, "%", P, _DH, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_402 = [
    # preamble (01/7/2025, 1526/QĐ-UBND of 30/6/2025, 01/01/2025–30/6/2025 are no figures)
    # I.1 ("số 01 đường Trần Phú" is an address)
    _svh("thực hiện 148 TTHC", "148", 148, "TTHC", C, code=_TTHC),
    _svh("thuộc 9 lĩnh vực", "9", 9, "lĩnh vực", C, code=None),
    _svh("trong đó 121 TTHC", "121", 121, "TTHC", C, code=_TOAN),
    _svh("toàn trình, 27 TTHC", "27", 27, "TTHC", C, code="766.dvctt.mot_phan"),
    _svh("100% TTHC", "100%", 100, "%", code=ANY),
    # I.2 "6 tháng đầu năm 2025" dated 2025-06-30; the province's 2025 target for the Sở (dated at the year's end)
    _svh("tiếp nhận 4.726", "4.726", 4726, "hồ sơ", C, code=_TN),
    _svh("tăng 9,3%", "9,3%", 9.3, "%", CH, code=ANY),
    _svh("trực tuyến 4.518", "4.518", 4518, "hồ sơ", C, code=_NOP),
    _svh("chiếm 95,60%", "95,60%", 95.60, "%", code=_NOP, target=90, stated_status="đạt"),
    _svh("2025: 94,82%)", "94,82%", 94.82, "%", PR, as_of=_H1_402, code=_NOP),
    _svh("tuyến là 90%", "90%", 90, "%", T, as_of="2025-12-31", code=_NOP),
    _svh("giải quyết 4.651", "4.651", 4651, "hồ sơ", C, code=ANY),
    _svh("trước hạn 4.639", "4.639", 4639, "hồ sơ", C, code=_DH),
    _svh("(99,74%)", "99,74%", 99.74, "%", code=_DH),
    _svh("quá hạn 12 hồ sơ", "12", 12, "hồ sơ", C, code=_QH),
    _svh("(0,26%)", "0,26%", 0.26, "%", code=_QH),
    _svh("đang giải quyết 75", "75", 75, "hồ sơ", C, code=ANY),
    F("Du lịch (05 hồ sơ)", "05", 5, "hồ sơ", C, subject=ANY, level="tỉnh", code=_QH),
    F("quảng cáo (03 hồ sơ)", "03", 3, "hồ sơ", C, subject=ANY, level="tỉnh", code=_QH),
    F("thể thao (04 hồ sơ)", "04", 4, "hồ sơ", C, subject=ANY, level="tỉnh", code=_QH),
    # Markdown table by field, "Tổng cộng" row (= the Sở; its figures are also in the prose)
    *_row_402(ANY, "24", "1.284", "97,43", "99,60", "| 2 | Di sản"),
    *_row_402(ANY, "16", "236", "92,37", "100", "| 3 | Văn hóa cơ sở"),
    *_row_402(ANY, "21", "1.697", "96,82", "99,82", "| 4 | Nghệ thuật"),
    *_row_402(ANY, "9", "318", "94,03", "100", "| 5 | Điện ảnh"),
    *_row_402(ANY, "4", "12", "83,33", "100", "| 6 | Thể dục"),
    *_row_402(ANY, "33", "842", "93,59", "99,52", "| 7 | Gia đình"),
    *_row_402(ANY, "12", "187", "89,30", "100", "| 8 | Thư viện"),
    *_row_402(ANY, "8", "41", "85,37", "100", "| 9 | Mỹ thuật"),
    *_row_402(ANY, "21", "109", "98,17", "100", "| | Tổng cộng"),
    *_row_402(_SVH, "148", "4.726", "95,60", "99,74", "\nRiêng lĩnh vực"),
    # counts of the Sở's own acts; "di tích cấp tỉnh" is a rank of the relic, no body
    _svh("cấp 712 thẻ", "712", 712, "thẻ", C, code=ANY),
    _svh("86 giấy phép", "86", 86, "giấy phép", C, code=ANY),
    _svh("cho 147 cơ sở", "147", 147, "cơ sở", C, code=ANY),
    _svh("hạng 03 di tích", "03", 3, "di tích", C, code=ANY),
    # I.3
    _svh("đạt 88,46%", "88,46%", 88.46, "%", code=_TT),
    _svh("đạt 96,12%", "96,12%", 96.12, "%", code=_SH),
    _svh("điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    _svh("đạt 58,33%", "58,33%", 58.33, "%", code=_TSD),
    _svh("tăng 4,17%", "4,17%", 4.17, "%", CH, code=_TSD),
    # I.4
    _svh("tiếp nhận 07 phản ánh", "07", 7, "PAKN", C, code=_PAKN_TN),
    _svh("trả lời 07/07 PAKN", "07/07", 7, "PAKN", C, max_value=7, code=_PAKN_XL),
    _svh("đạt 98,91%", "98,91%", 98.91, "%", code=_HL),
    # I.5 rank among the province's agencies; quý II năm 2025 dated 2025-06-30 ("đến ngày 30/9/2025" = period end)
    _svh("Sở đạt 90,84", "90,84", 90.84, "điểm", code=_TONG),
    _svh("thứ 4/19", "4/19", 4, "hạng", R, max_value=19, code=_HANG),
    _svh("tăng 2,27 điểm", "2,27", 2.27, "điểm", CH, code=_TONG),
    _svh("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    _svh("(88,57 điểm", "88,57", 88.57, "điểm", PR, as_of=_H1_402, code=_TONG),
    _svh("thứ 7/19)", "7/19", 7, "hạng", PR, max_value=19, as_of=_H1_402, code=_HANG),
    # I.6 the province's tourism ("toàn tỉnh": subject NULL)
    F("đón 8.236.400 lượt", "8.236.400", 8236400, "lượt", C, code=ANY),
    F("quốc tế 2.914.700 lượt", "2.914.700", 2914700, "lượt", C, code=ANY),
    F("đạt 38.562 tỷ", "38.562", 38562, "tỷ đồng", code=ANY),
    # III.4 the Sở's target by the end of quý IV năm 2025 (0258.3822.804 is a phone number)
    _svh("tối thiểu 92%", "92%", 92, "%", T, as_of="2025-12-31", code=_TT),
]


# ------------------------------------------------------------ 403: Thanh tra tỉnh Hưng Yên, năm 2025
# The period is the reporting window "từ ngày 15/12/2024 đến ngày 14/12/2025"; "năm 2024" ends 14/12/2024.
_TTR = "Thanh tra tỉnh"
_Y2024_403 = "2024-12-14"


def _body_403(subject: str, level: str, visits: str, letters: str, settled: str | None, max_value: float | None,
              share: str | None, as_of: str = "period") -> list[Fact]:
    """One dash line "- <body>: tiếp n lượt, tiếp nhận n đơn; giải quyết a/b vụ việc, đạt x%": visits, letters,
    cases settled of those within its power (max b) and their share, all the body's."""
    facts = [F(f"tiếp {visits} lượt", visits, _num(visits), "lượt", C, subject=subject, level=level, as_of=as_of,
               code=ANY),
             F(f"nhận {letters} đơn", letters, _num(letters), "đơn", C, subject=subject, level=level, as_of=as_of,
               code=ANY)]
    if settled is not None:
        facts.append(F(f"quyết {settled}", settled, _num(settled.split("/")[0]), "vụ việc", C, max_value=max_value,
                       subject=subject, level=level, as_of=as_of, code=ANY))
    if share is not None:
        facts.append(F(f"đạt {share}", share, _num(share), "%", subject=subject, level=level, as_of=as_of, code=ANY))
    return facts


BLIND_403 = [
    # preamble (02/2021/TT-TTCP of 22/3/2021 cited; 15/12/2024–14/12/2025 is the period; 01/7/2025 a date)
    # I. the province's bodies ("trên địa bàn tỉnh": subject NULL)
    F("tiếp 7.426 lượt", "7.426", 7426, "lượt", C, code=ANY),
    F("với 8.153 người", "8.153", 8153, "người", C, code=ANY),
    F("đến 1.962 vụ việc", "1.962", 1962, "vụ việc", C, code=ANY),
    F("có 38 đoàn", "38", 38, "đoàn", C, code=ANY),
    F("giảm 6,8%", "6,8%", -6.8, "%", CH, code=ANY),
    F("định kỳ 12 buổi", "12", 12, "buổi", C, subject="Chủ tịch UBND tỉnh", level="tỉnh", code=ANY),
    F("đột xuất 05 buổi", "05", 5, "buổi", C, subject="Chủ tịch UBND tỉnh", level="tỉnh", code=ANY),
    # II.1 letters ("Toàn tỉnh")
    F("tiếp nhận 3.862 đơn", "3.862", 3862, "đơn", C, code=ANY),
    F("sang 214 đơn", "214", 214, "đơn", C, code=ANY),
    F("là 2.947 đơn", "2.947", 2947, "đơn", C, code=ANY),
    F("gồm 286 đơn", "286", 286, "đơn", C, code=ANY),
    F("154 đơn tố cáo", "154", 154, "đơn", C, code=ANY),
    F("2.507 đơn kiến nghị", "2.507", 2507, "đơn", C, code=ANY),
    # II.2 cases; "năm 2024" dated 2024-12-14; the Thanh tra Chính phủ target for the year
    F("là 318 vụ việc", "318", 318, "vụ việc", C, code=ANY),
    F("(khiếu nại 205", "205", 205, "vụ việc", C, code=ANY),
    F("tố cáo 113 vụ việc", "113", 113, "vụ việc", C, code=ANY),
    F("giải quyết 296/318", "296/318", 296, "vụ việc", C, max_value=318, code=ANY),
    F("đạt 93,08%", "93,08%", 93.08, "%", code=ANY, target=85, stated_status="đạt"),
    F("(năm 2024: 91,27%)", "91,27%", 91.27, "%", PR, as_of=_Y2024_403, code=ANY),
    F("trên 85%", "85%", 85, "%", T, code=ANY),
    F("Nhà nước 3,28 tỷ", "3,28", 3.28, "tỷ đồng", code=ANY),
    F("và 1,46 ha", "1,46", 1.46, "ha", code=ANY),
    F("công dân 0,92 tỷ", "0,92", 0.92, "tỷ đồng", code=ANY),
    F("kỷ luật 07 người", "07", 7, "người", C, code=ANY),
    # dash list by body (subject as written); the district committees' line holds figures up to 30/6/2025
    *_body_403("Ban Tiếp công dân tỉnh", "tỉnh", "1.846", "1.214", None, None, None),
    *_body_403(_TTR, "tỉnh", "312", "268", "19/21", 21, "90,48%"),
    *_body_403("Sở Nông nghiệp và Môi trường", "tỉnh", "264", "187", "13/14", 14, "92,86%"),
    *_body_403("Sở Xây dựng", "tỉnh", "118", "96", "06/06", 6, None),
    *_body_403("Sở Y tế", "tỉnh", "42", "35", "03/03", 3, None),
    *_body_403("UBND các huyện, thành phố", "huyện", "2.108", "1.046", "116/127", 127, "91,34%", as_of="2025-06-30"),
    *_body_403("UBND các xã, phường", "xã", "2.736", "1.016", "139/147", 147, "94,56%"),
    # Thanh tra tỉnh's own inspections
    F("triển khai 42 cuộc", "42", 42, "cuộc", C, subject=_TTR, level="tỉnh", code=ANY),
    F("kinh tế 12,75 tỷ", "12,75", 12.75, "tỷ đồng", subject=_TTR, level="tỉnh", code=ANY),
    F("thu hồi 9,84 tỷ", "9,84", 9.84, "tỷ đồng", subject=_TTR, level="tỉnh", code=ANY),
    # III. PAKN of the province's system; channels are bare parts
    F("tiếp nhận 1.126 PAKN", "1.126", 1126, "PAKN", C, code=_PAKN_TN),
    F("quốc gia 684 PAKN", "684", 684, "PAKN", C, code=ANY),
    F("tỉnh 442 PAKN", "442", 442, "PAKN", C, code=ANY),
    F("xử lý 1.094 PAKN", "1.094", 1094, "PAKN", C, code=_PAKN_XL),
    F("đạt 97,16%", "97,16%", 97.16, "%", code=_PAKN_TL),
    F("còn 32 PAKN", "32", 32, "PAKN", C, code=ANY),
    F("là 6,4 ngày", "6,4", 6.4, "ngày", code=_PAKN_TG),
    F("đạt 3,62/5", "3,62/5", 3.62, "điểm", max_value=5, code="pakn.diem_hai_long"),
    # IV. communes and wards by grade (the new province's 104)
    F("Có 98/104", "98/104", 98, "xã", C, max_value=104, subject="cấp xã", level="xã", code=None),
    F("2025: 21/104", "21/104", 21, "xã", C, max_value=104, subject="cấp xã", level="xã", code=None),
    F("68 xã, phường", "68", 68, "xã", C, subject="cấp xã", level="xã", code=None),
    F("và 15 xã, phường", "15", 15, "xã", C, subject="cấp xã", level="xã", code=None),
    # V.5 the communes' and wards' target for 2026 (0221.3862.517 is a phone number)
    F("trên 90%", "90%", 90, "%", T, subject="UBND các xã, phường", level="xã", as_of="2026-12-31", code=ANY),
]


# ------------------------------------------------------------ 404: Ban Chỉ đạo Đề án 06 tỉnh Đắk Lắk, quý III năm 2025
_AUG_404 = "2025-08-31"
_CA = "Công an tỉnh"
_NNMT = "Sở Nông nghiệp và Môi trường"


def _xa(context: str, raw: str, value: float, unit: str, kind: str = C, **kw) -> Fact:
    """A count of the province's communes and wards (subject "cấp xã", level xã, no catalogued indicator)."""
    return F(context, raw, value, unit, kind, subject="cấp xã", level="xã", code=None, **kw)


BLIND_404 = [
    # preamble (22/10/2025, "Đề án 06", "giai đoạn 2022 - 2025", "năm 2030", 06/QĐ-TTg of 06/01/2022 are no
    # figures; "tính đến ngày 30/9/2025" is the period end)
    _xa("có 102 đơn vị", "102", 102, "đơn vị"),
    _xa("gồm 88 xã", "88", 88, "xã"),
    _xa("14 phường)", "14", 14, "phường"),
    # 1. Công an tỉnh's own work; the province's accounts
    F("thu nhận 186.452", "186.452", 186452, "hồ sơ", C, subject=_CA, level="tỉnh", code=ANY),
    F("trả 179.308", "179.308", 179308, "thẻ", C, subject=_CA, level="tỉnh", code=ANY),
    F("(96,17%)", "96,17%", 96.17, "%", subject=_CA, level="tỉnh", code=ANY),
    F("giải quyết 3.915", "3.915", 3915, "hồ sơ", C, subject=_CA, level="tỉnh", code=ANY),
    F("có 1.724.318", "1.724.318", 1724318, "tài khoản", C, code=_TK),
    F("đạt 81,46%", "81,46%", 81.46, "%", code=_TK),
    F("quốc gia 2.416.508 lượt", "2.416.508", 2416508, "lượt", C, code=ANY),
    # 2. quý II năm 2025 dated 2025-06-30
    F("cung cấp 53/53", "53/53", 53, "dịch vụ", C, max_value=53, code=ANY),
    F("tiếp nhận 248.916", "248.916", 248916, "hồ sơ", C, code=ANY),
    F("tăng 18,4%", "18,4%", 18.4, "%", CH, code=ANY),
    F("(210.233 hồ sơ)", "210.233", 210233, "hồ sơ", PR, as_of="2025-06-30", code=ANY),
    # the linked services as dash items (the province's; no catalogued indicator)
    F("tiếp nhận 21.384", "21.384", 21384, "hồ sơ", C, code=ANY),
    F("giải quyết 20.917", "20.917", 20917, "hồ sơ", C, code=ANY),
    F("(97,82%)", "97,82%", 97.82, "%", code=ANY),
    F("tiếp nhận 6.215", "6.215", 6215, "hồ sơ", C, code=ANY),
    F("giải quyết 6.042", "6.042", 6042, "hồ sơ", C, code=ANY),
    F("(97,22%)", "97,22%", 97.22, "%", code=ANY),
    F("VNeID: 18.406", "18.406", 18406, "hồ sơ", C, code=ANY),
    F("chiếm 72,35%", "72,35%", 72.35, "%", code=ANY),
    F("căn cước: 3.412.650", "3.412.650", 3412650, "lượt", C, code=ANY),
    F("tại 148/152", "148/152", 148, "cơ sở", C, max_value=152, code=ANY),
    # shares of the province and its blocks
    F("toàn tỉnh đạt 58,47%", "58,47%", 58.47, "%", code=_NOP),
    F("ngành đạt 86,12%", "86,12%", 86.12, "%", subject=ANY, level="tỉnh", code=_NOP),
    F("phường đạt 49,35%", "49,35%", 49.35, "%", subject=ANY, level="xã", code=_NOP),
    F("đạt 84,16%", "84,16%", 84.16, "%", code=_SH),
    F("tỉnh đạt 61,28%", "61,28%", 61.28, "%", code=_TT),
    F("2025: 55,93%)", "55,93%", 55.93, "%", PR, as_of="2025-06-30", code=_TT),
    # 3. named Sở
    F("làm sạch 1.402.637/1.702.115", "1.402.637/1.702.115", 1402637, "thửa", C, max_value=1702115,
      subject=_NNMT, level="tỉnh", code=ANY),
    F("đạt 82,41%", "82,41%", 82.41, "%", subject=_NNMT, level="tỉnh", code=ANY),
    F("cho 1.236.804", "1.236.804", 1236804, "người", C, subject="Sở Y tế", level="tỉnh", code=ANY),
    F("đạt 47,82%", "47,82%", 47.82, "%", subject="Sở Y tế", level="tỉnh", code=ANY),
    F("cho 96.418/104.226", "96.418/104.226", 96418, "người", C, max_value=104226, subject="Sở Nội vụ",
      level="tỉnh", code=ANY),
    F("đạt 92,51%", "92,51%", 92.51, "%", subject="Sở Nội vụ", level="tỉnh", code=ANY),
    F("cấp 126.418 bản", "126.418", 126418, "bản", C, subject="Sở Tư pháp", level="tỉnh", code=ANY),
    F("đạt 38,65%", "38,65%", 38.65, "%", subject="Sở Tư pháp", level="tỉnh", code=ANY),
    F("của 1.642.305 người", "1.642.305", 1642305, "người", C, subject="Bảo hiểm xã hội tỉnh", level="tỉnh",
      code=ANY),
    F("đạt 91,08%", "91,08%", 91.08, "%", subject="Bảo hiểm xã hội tỉnh", level="tỉnh", code=ANY),
    # 4. the 766 index at tháng 9/2025 (= period end); tháng 8/2025 dated 2025-08-31; ranks out of 34
    F("đạt 83,47/100", "83,47/100", 83.47, "điểm", max_value=100, code=_TONG),
    F("thứ 19/34", "19/34", 19, "hạng", R, max_value=34, code=_HANG),
    F("tăng 1,51 điểm", "1,51", 1.51, "điểm", CH, code=_TONG),
    F("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    F("(81,96 điểm", "81,96", 81.96, "điểm", PR, max_value=100, as_of=_AUG_404, code=_TONG),
    F("thứ 23/34)", "23/34", 23, "hạng", PR, max_value=34, as_of=_AUG_404, code=_HANG),
    # the six groups named in one list and scored after "lần lượt là" (sum 83,47)
    F("là 16,92/18", "16,92/18", 16.92, "điểm", max_value=18, code="766.cong_khai"),
    F("; 18,74/20", "18,74/20", 18.74, "điểm", max_value=20, code="766.tien_do"),
    F("; 9,68/12", "9,68/12", 9.68, "điểm", max_value=12, code="766.dvctt"),
    F("; 6,14/10", "6,14/10", 6.14, "điểm", max_value=10, code="766.thanh_toan"),
    F("; 16,13/18", "16,13/18", 16.13, "điểm", max_value=18, code="766.hai_long"),
    F("và 15,86/22", "15,86/22", 15.86, "điểm", max_value=22, code="766.so_hoa"),
    F("ngành là 86,24 điểm", "86,24", 86.24, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("phường là 78,15 điểm", "78,15", 78.15, "điểm", subject=ANY, level="xã", code=_TONG),
    _xa("có 11/102", "11/102", 11, "xã", max_value=102),
    _xa("57 xã, phường", "57", 57, "xã"),
    _xa("và 34 xã, phường", "34", 34, "xã"),
    # II.
    _xa("thiếu, 38/102", "38/102", 38, "xã", max_value=102),
    F("còn 1.236 hồ sơ", "1.236", 1236, "hồ sơ", C, code=ANY),
    # III.4 the communes' and wards' target by the end of quý IV/2025
    F("tối thiểu 70%", "70%", 70, "%", T, subject="UBND các xã, phường", level="xã", as_of="2025-12-31", code=_TT),
]

BLIND = {"400": BLIND_400, "401": BLIND_401, "402": BLIND_402, "403": BLIND_403, "404": BLIND_404}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "400": [
        ("2025-07-31", "day", "31/7/2025", "giải quyết dứt điểm các hồ sơ cấp điện mới", _BBCD),
        ("2025-08-31", "month", "tháng 8/2025", "hợp nhất dữ liệu khách hàng", "Phòng Kinh doanh"),
        ("2025-09-15", "day", "ngày 15 tháng 9 năm 2025", "kết nối ký hợp đồng điện tử",
         "Phòng Công nghệ thông tin"),
        ("2025-09-30", "quarter", "quý III/2025", "thanh toán tiền điện không dùng tiền mặt",
         "Điện lực khu vực Bắc Kạn, Điện lực khu vực Ba Bể - Chợ Đồn"),
        # issued 08/7/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/8/2025
        ("2025-08-05", "recurring", "05 hằng tháng", "báo cáo kết quả cung cấp dịch vụ điện trực tuyến",
         "Các Điện lực khu vực"),
    ],
    "401": [
        ("2024-10-31", "day", "31/10/2024", "phân loại chính xác các việc chưa có điều kiện thi hành",
         "Chi cục Thi hành án dân sự thị xã Vĩnh Châu, Chi cục Thi hành án dân sự huyện Trần Đề"),
        ("2024-12-31", "month", "tháng 12/2024", "phương án xử lý các việc thi hành án tín dụng",
         "Phòng Nghiệp vụ và Tổ chức thi hành án"),
        ("2024-11-30", "day", "ngày 30 tháng 11 năm 2024", "số hóa hồ sơ thi hành án", "Văn phòng Cục"),
        ("2025-09-30", "day", "30/9/2025", "thi hành xong", "Các Chi cục Thi hành án dân sự"),
        ("2025-03-31", "quarter", "quý I năm 2025", "kiểm tra công tác thi hành án",
         "Phòng Kiểm tra, giải quyết khiếu nại, tố cáo"),
        # issued 10/10/2024, after the 3rd: the first "ngày 03 hằng tháng" is 03/11/2024
        ("2024-11-03", "recurring", "03 hằng tháng", "gửi báo cáo thống kê", "Các Chi cục Thi hành án dân sự"),
    ],
    "402": [
        ("2025-10-20", "day", "20/10/2025", "cấp thẻ hướng dẫn viên", "Phòng Quản lý du lịch"),
        ("2025-11-30", "month", "tháng 11/2025", "chuẩn hóa dữ liệu hồ sơ", "Văn phòng Sở"),
        ("2025-12-15", "day", "ngày 15 tháng 12 năm 2025", "số hóa hồ sơ khoa học các di tích",
         "Phòng Quản lý di sản văn hóa"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "thanh toán phí, lệ phí", "Văn phòng Sở"),
        # issued 03/10/2025: the first "ngày 18 hằng tháng" is 18/10/2025
        ("2025-10-18", "recurring", "18 hằng tháng", "báo cáo kết quả giải quyết TTHC", "Các phòng, đơn vị thuộc Sở"),
    ],
    "403": [
        ("2026-01-31", "day", "31/01/2026", "giải quyết dứt điểm các vụ việc khiếu nại tồn đọng",
         "UBND xã Quỳnh Phụ, UBND phường Trà Lý"),
        ("2026-03-31", "month", "tháng 3/2026", "Cơ sở dữ liệu quốc gia về tiếp công dân", "Ban Tiếp công dân tỉnh"),
        ("2026-06-30", "day", "ngày 30 tháng 6 năm 2026", "nâng cấp Hệ thống tiếp nhận, trả lời phản ánh",
         "Sở Khoa học và Công nghệ"),
        ("2026-06-30", "quarter", "quý II năm 2026", "kiểm tra trách nhiệm thực hiện pháp luật về tiếp công dân",
         "Thanh tra tỉnh"),
        ("2026-12-31", "year", "năm 2026", "tỷ lệ giải quyết khiếu nại, tố cáo", "UBND các xã, phường"),
        # issued 16/12/2025, after the 15th: the first "ngày 15 hằng tháng" is 15/01/2026
        ("2026-01-15", "recurring", "15 hằng tháng", "báo cáo kết quả tiếp công dân",
         "Các sở, ban, ngành, UBND các xã, phường"),
    ],
    "404": [
        ("2025-11-15", "day", "15/11/2025", "đồng bộ dữ liệu dân cư", _CA),
        ("2025-12-31", "month", "tháng 12/2025", "làm sạch dữ liệu đất đai", _NNMT),
        ("2025-11-30", "day", "ngày 30 tháng 11 năm 2025", "sổ sức khỏe điện tử", "Sở Y tế"),
        ("2025-12-31", "quarter", "quý IV/2025", "thanh toán trực tuyến", "UBND các xã, phường"),
        ("2026-12-31", "year", "năm 2026", "trang bị máy quét", "Sở Tài chính"),
        # issued 27/10/2025, after the 20th: the first "ngày 20 hằng tháng" is 20/11/2025
        ("2025-11-20", "recurring", "20 hằng tháng", "báo cáo kết quả thực hiện",
         "Các thành viên Ban Chỉ đạo, các sở, ban, ngành, UBND các xã, phường"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 400's issuer is Công ty Điện lực Thái Nguyên under "TỔNG CÔNG TY ĐIỆN LỰC MIỀN BẮC" (province the new Thái
# Nguyên, named in "Kính gửi" and the place line); 401's issuer is the Cục THADS of Sóc Trăng, period the THADS
# year it states (01/10/2023–30/9/2024); 402's issuer is the Sở VHTTDL under "UBND TỈNH KHÁNH HÒA"; 403's issuer
# is Thanh tra tỉnh under "UBND TỈNH HƯNG YÊN", period the window it states (15/12/2024–14/12/2025); 404 is a
# Thông báo of the Ban Chỉ đạo Đề án 06 under "UBND TỈNH ĐẮK LẮK", period the quarter in its title, signed by
# the Trưởng Ban.
META = {
    "400": {"doc_number": "2147/BC-PCTN", "doc_type": "Báo cáo", "issued_date": "2025-07-08",
            "province": "Thái Nguyên", "period_label": "quý II năm 2025", "period_start": "2025-04-01",
            "period_end": "2025-06-30", "signer": "Hoàng Văn Thắng"},
    "401": {"doc_number": "1126/BC-CTHADS", "doc_type": "Báo cáo", "issued_date": "2024-10-10",
            "province": "Sóc Trăng", "period_label": "năm 2024", "period_start": "2023-10-01",
            "period_end": "2024-09-30", "signer": "Thạch Sô Phol"},
    "402": {"doc_number": "3058/BC-SVHTTDL", "doc_type": "Báo cáo", "issued_date": "2025-10-03",
            "province": "Khánh Hòa", "period_label": "9 tháng năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-09-30", "signer": "Nguyễn Thị Thanh Vân"},
    "403": {"doc_number": "486/BC-TTr", "doc_type": "Báo cáo", "issued_date": "2025-12-16",
            "province": "Hưng Yên", "period_label": "năm 2025", "period_start": "2024-12-15",
            "period_end": "2025-12-14", "signer": "Vũ Đức Cường"},
    "404": {"doc_number": "41/TB-BCĐ", "doc_type": "Thông báo", "issued_date": "2025-10-27",
            "province": "Đắk Lắk", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Tạ Minh Sơn"},
}
