"""Blind golden facts for corpus/blind60/375_hai_phong.txt, 376_ho_chi_minh.txt, 377_hoa_binh.txt,
378_lam_dong.txt and 379_kien_giang.txt.

The five documents were written by the developers for a sixtieth blind measurement (provinces reused with
issuers, wording and layouts not used elsewhere in the corpus; not real documents), and every row below was
written by reading them, before any extraction, restoration or pipeline code was run on them. They also
serve as held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind13.py … blind16.py: rows use `golden.facts.Fact` (context
string that occurs once in the document + the figure as written inside it). Prose and list counts are kind
`count`; table cells are kind `value` with `extra={"source": "table"}`; `as_of="period"` is the period's
end; `ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it
clearly names none). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`;
other counted things keep their word as unit (`bộ`, `website`, `giấy phép`, `thẻ`, `di tích`, `lượt`,
`doanh nghiệp`, `công chức`); amounts of money are values in `tỷ đồng`. A count of the files an indicator
is computed on carries that indicator's code; every "đã giải quyết" count and the parts of a settled whole
("trước hạn", "đúng hạn" apart) have their code unchecked; a relative change of a count ("tăng 12,4% so với
cùng kỳ năm 2024") has its code unchecked. A change is dated at the period end; a fall is negative. Dates,
document numbers, cited resolutions, circulars, plans, letters and decisions ("Nghị quyết số
202/2025/QH15", "Công văn số 2318/VP-KSTT", "Công văn số 4127/VP-KSTT", "Kế hoạch số 19/KH-UBND", "Công văn
số 3015/VPUBND-KSTT", "Kế hoạch số 86/KH-UBND", "Quyết định số 876/QĐ-BNV", "Công văn số 7654/BNV-CCHC"),
section numbering ("I.", "1.", "a)", "đ)"), the STT column (also "3.1" … "7.4"), phone numbers
("0225.3842.571", "0274.3822.316", "0218.3852.296", "0263.3822.415", "0297.3862.134"), addresses ("số 7
đường Lê Đại Hành", "số 1 đường Quang Trung"), names with numbers ("mẫu EUR.1", "Khu phố 1" … "Khu phố 8",
"Cổng thông tin 1022", "Tiêu chí 3.3", "tiêu chí 7.3", "Lĩnh vực 8"), spans of time ("6 tháng đầu năm
2025", "bình quân 12 tháng", "giai đoạn 2019-2023", "9 tháng năm 2025"), the month labels of a table's
first column ("Tháng 1/2025", "Cộng 9 tháng"), headings naming the next period ("II. NHIỆM VỤ THÁNG 7 NĂM
2025", "6. Nhiệm vụ quý I năm 2026", "II. NHIỆM VỤ NĂM 2025", "II. NHIỆM VỤ QUÝ IV NĂM 2025", "III. NHIỆM
VỤ KHẮC PHỤC NĂM 2025": no deadlines) and years are not figures.

New in this set:
- 375 is a monthly Báo cáo of Sở Công Thương thành phố Hải Phòng (header "UBND THÀNH PHỐ HẢI PHÒNG / SỞ
  CÔNG THƯƠNG"), tháng 6 năm 2025, issued 04/7/2025, three days after the merger of Hải Phòng and Hải
  Dương (the text names it; the June figures add up the two former Sở). Every figure is the Sở's (subject
  "Sở Công Thương", level tỉnh). "03 quyết định" issued by the Chủ tịch UBND thành phố is a count with
  code None (subject and level unchecked). "Riêng khu vực tỉnh Hải Dương (cũ) tiếp nhận 1.124 hồ sơ,
  chiếm 32,24%": a former province inside the new city is neither the city nor one of its units, so
  subject and level are unchecked (the count keeps the files-received code). The dash list of files
  received by field ("- Xuất xứ hàng hóa (C/O): 1.892 hồ sơ;") has subject ANY, level tỉnh, with the
  files-received code, as golden/blind15.py's 154 table by field. C/O certificates count in `bộ` (the
  breakdown by form after "lần lượt là: mẫu D 642 bộ, …"); "2,5 giờ/bộ" is an average duration (unit
  `giờ`, code unchecked; unlike a time of day it is a figure). E-commerce websites count in `website`
  ("lũy kế 6 tháng đầu năm 2025 là 1.137 website" is dated at the period end). "vượt chỉ tiêu UBND thành
  phố giao năm 2025 là 80%": the target is dated 2025-12-31 and the 88,64% carries it with status "đạt"
  ("vượt" = exceeded). "(tháng 5/2025: …)" and "so với tháng 5/2025 (90,76 điểm, xếp thứ 4/19)" are
  previous values dated 2025-05-31 (the Sở's score has no max). PAKN by field in brackets are bare parts
  (code unchecked); "còn 01 PAKN đang xử lý" likewise. Counts inside tasks ("12 TTHC", "03 lớp") are
  figures with subject and level unchecked. Five deadlines: day, "chậm nhất" day in words, month, quarter,
  "trước ngày 18 hằng tháng" (issued 04/7/2025: first 18/7/2025).
- 376 is a quarterly Báo cáo of a post-merger ward of Thành phố Hồ Chí Minh, UBND phường Thủ Dầu Một
  (formed from wards of the former tỉnh Bình Dương; the city named in "Kính gửi"), quý IV năm 2025, issued
  05/01/2026. The ward's figures have subject "UBND phường Thủ Dầu Một", level xã (as golden/blind14.py's
  152). "tăng 1.147 hồ sơ so với quý III năm 2025 (7.487 hồ sơ)" and "(quý III năm 2025: 79,62%)" are a
  change and previous values dated 2025-09-30. "So với chỉ tiêu UBND Thành phố giao cho các xã, phường năm
  2025 (80%), phường đã đạt chỉ tiêu": the target is every xã's and phường's (subject unchecked, level xã),
  dated 2025-12-31; the 83,94% carries it with status "đạt". Overdue files by field in brackets "(24 hồ
  sơ)" have subject ANY, level xã. Its tab-separated table (no units in the headers; the intro line says
  "đơn vị tính: hồ sơ") lists the 8 khu phố by the residence of the applicant ("Khu phố 1": the number is
  part of the name; subject as written; a khu phố is a community below the xã, not an administrative level,
  so level is unchecked) with a "Tổng cộng" row with an empty STT cell (= the ward; its figures are also in
  the prose). "6/8 khu phố" is a count of khu phố (unit `khu phố`, max 8, code None, subject and level
  unchecked; "cao hơn chỉ tiêu của Thành phố" states no figure); best and worst khu phố carry their
  online share in brackets. "1.904/2.790 hồ sơ" is one
  count (max 2790) of the payment share. VNeID accounts: "thêm 2.315" and "nâng tổng số lên 96.480"
  (identity-account code), their share of citizens (code unchecked). "09/09 PAKN" is one count (max 9).
  Rank "14/168" among the city's xã, phường, đặc khu; "(thứ 19/168)" dated 2025-09-30; the average of the
  xã, phường, đặc khu is a level average (subject ANY, level xã). Counts of equipment in a task ("02 máy
  tính, 01 máy quét") are figures (code None). The target "tỷ lệ … của phường đạt tối thiểu 75% trong quý
  I năm 2026" is the ward's, dated 2026-03-31. Five deadlines: "chậm nhất" day in words, day for two
  khu phố's boards, month, quarter (with the target), "trước ngày 20 hằng tháng" (issued 05/01/2026: first
  20/01/2026).
- 377 is an annual Báo cáo of Sở Văn hóa, Thể thao và Du lịch tỉnh Hòa Bình (header "UBND TỈNH HÒA BÌNH
  / SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"), năm 2024, issued 10/01/2025, before the merger into Phú Thọ. The Sở's
  own figures have subject "Sở Văn hóa, Thể thao và Du lịch", level tỉnh. The total of the sector's
  procedures "trên địa bàn tỉnh" (137 TTHC) spans all levels (subject and level unchecked); its split
  "cấp tỉnh 118 TTHC, cấp huyện 12 TTHC, cấp xã 7 TTHC" is by level; "Trong số TTHC cấp tỉnh, có 96 TTHC
  … toàn trình và 22 TTHC một phần" are provincial-level counts (subject unchecked, level tỉnh). "tăng
  13,34% so với năm 2023 (1.312 hồ sơ)": a relative change and a previous value dated 2023-12-31. Licences
  as a dash list "- <field>: <verb> <n> <thing>" (counts with the thing as unit: `giấy phép`, `thẻ`, `cơ
  sở`, `hồ sơ`, `giấy chứng nhận`). Province-wide figures (listed relics "148 di tích (41 …, 107 …)",
  visitors "5.820.000 lượt", "634.000 lượt", revenue "8.940 tỷ đồng", "tăng 8,6%") have subject NULL.
  "10/10 huyện, thành phố" is a count of districts (unit `huyện`, max 10, code None); "486 hồ sơ", its
  online part and share and "tỷ lệ giải quyết đúng hạn của cấp huyện" are the district level's (subject
  "cấp huyện"); "4,2 ngày/hồ sơ" is the Sở's processing time; three districts' files after "lần lượt là
  112, 87 và 64 hồ sơ"
  (subject as written, "thành phố Hòa Bình", level huyện). "2.375/2.410 kết quả … đạt 98,55%" is one
  count (max 2410, unit `kết quả`) and its share (code unchecked: results digitised from earlier years).
  "Bảo tàng tỉnh Hòa Bình đã số hóa 1.260 hiện vật": a proper name holding a place, kept whole. "(chỉ tiêu
  năm 2024 là 45%, đạt chỉ tiêu)": the year's target dated at the period end, the 71,46% carries it with
  status "đạt". "cả 03 PAKN" is a count of PAKN answered. "Điểm Bộ chỉ số năm 2024 (bình quân 12 tháng)":
  the Sở's score; "so với năm 2023 (85,47 điểm, thứ 9/20)" previous values dated 2023-12-31. The target
  "của Sở đạt tối thiểu 80% đến hết năm 2025" is the Sở's, dated 2025-12-31. Five deadlines: day, "chậm
  nhất" day in words, month, quarter, year (with the target).
- 378 is a Báo cáo of Sở Tài chính tỉnh Lâm Đồng (merged with Sở Kế hoạch và Đầu tư on 01/3/2025, then
  with the Sở of Đắk Nông and Bình Thuận on 01/7/2025; header "UBND TỈNH LÂM ĐỒNG / SỞ TÀI CHÍNH"), 9
  tháng năm 2025, issued 06/10/2025. The Sở's figures have subject "Sở Tài chính", level tỉnh. "(cùng kỳ
  năm 2024: 91,86%)" is a previous value dated 2024-09-30. Its Markdown table (right-aligned separators,
  no units in the headers except "(%)"; the intro names "hồ sơ") has one row per month ("Tháng 1/2025" …
  "Tháng 9/2025"; figures dated at each month's end, September's at the period end) and a bold "**Cộng 9
  tháng**" row (the period; its bold cells are figures written without the asterisks; its four figures
  repeat the prose): files received, submitted online (count, online code), online share, on-time share.
  "tháng 9/2025 cao hơn tháng 1/2025 là 3,55%" is a change of the online share (dated at the period end).
  Province-wide business figures ("toàn tỉnh có 3.418 doanh nghiệp thành lập mới …", "1.276 doanh
  nghiệp") and the disbursement ("toàn tỉnh giải ngân 7.684,25 tỷ đồng, bằng 52,36% kế hoạch …
  (14.675,6 tỷ đồng)") have subject NULL, code unchecked; "bình quân cả nước (54,1%)" is subject "cả
  nước", level NULL (as golden/blind6.py's 120). "so với chỉ tiêu giải ngân đến ngày 30/9/2025 là 60% thì
  chưa đạt chỉ tiêu": the target is dated at the period end, the 52,36% carries it with status "chưa
  đạt". The shares of the three former provinces after "tương ứng là" have subject and level unchecked
  (as 375's former province). "Giá trị đề nghị quyết toán …, giá trị sau thẩm định …; chênh lệch 44,6 tỷ
  đồng" are values. "đúng hạn 379 hồ sơ" (no "trước hạn" part) carries the on-time code. The target "tỷ lệ
  giải ngân vốn đầu tư công của tỉnh đạt trên 95% kế hoạch đến hết năm 2025" is the province's (subject
  NULL), dated 2025-12-31. Rank "6/17 cơ quan cấp tỉnh". Five deadlines: day, month, quarter, year (with
  the target), "trước ngày 05 hằng tháng" (issued 06/10/2025, after the 5th: first 05/11/2025).
- 379 is a Báo cáo of UBND tỉnh Kiên Giang to the Bộ Nội vụ: its self-assessment of the Chỉ số cải cách
  hành chính (PAR Index) năm 2024, issued 17/01/2025 (before the merger into An Giang; a self-assessment
  scores a finished year, so the year is 2024). Province figures have subject NULL. No PAR Index figure
  names a catalogued 766 indicator, and whether the catalog holds PAR codes is not known to the writer:
  every PAR score, share and rank has its code unchecked (ANY), never a 766 code by intent. "62,95/67,50
  điểm" is the self-assessed total (max 67.5, the appraised part of the index); "tăng 1,47 điểm so với
  điểm thẩm định năm 2023 (61,48 điểm)": a change and a previous value dated 2023-12-31 on the same
  /67,50 scale. "(tối đa 32,50 điểm)" is the survey part's maximum (a value; subject and level
  unchecked). "Năm 2023, Chỉ số … đạt 86,74%, xếp thứ 31/63" are previous values dated 2023-12-31. Its
  Markdown table lists the 8 fields and the sub-criteria of fields 3 and 7 ("3.1" … "7.4" in the STT
  column are no figures) with columns "Điểm tối đa", "Điểm tự đánh giá", "Tỷ lệ đạt (%)" and a "Tổng
  cộng" row with an empty STT cell (its 67,50, 62,95 and 93,26 repeat the prose). A score cell carries its
  row's maximum as max_value (as `x/max` would); a maximum cell is itself a figure (kind value, unit
  `điểm`, no max), about the index rather than the province, so its subject and level are unchecked.
  "100" cells are shares. "Có 3 lĩnh vực" is a count (unit `lĩnh vực`, code None). Evidence figures: on-time
  shares by level after "lần lượt là" (on-time code), "214/214 phản ánh, kiến nghị" (one count, max 214),
  "giảm 7 đơn vị sự nghiệp công lập" (a fall, -7, unit `đơn vị`), "1.536/1.612 công chức" (one count, max
  1612), "(chỉ tiêu năm 2024 là 50%, chưa đạt chỉ tiêu)" (target at the period end; 46,12% carries it with
  status "chưa đạt"). The task's "toàn tỉnh đạt tối thiểu 50% trong quý II năm 2025" is the province's
  target, dated 2025-06-30. Five deadlines: day, "chậm nhất" day in words, month, quarter (with the
  target), "trước ngày 10 hằng tháng" (issued 17/01/2025, after the 10th: first 10/02/2025).
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
_MOT = "766.dvctt.mot_phan"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_Y2023 = "2023-12-31"
_Y2025 = "2025-12-31"


def _cells(subject: object, level: object, cells: list[tuple], after: str, sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(written, unit, kind, code, as_of, max_value)`. A cell's
    context is the separator before it, the rest of its row and the start of the next line (`after`), so
    that it occurs once and the raw text is found first at the cell itself even where the same figure
    recurs. A bold cell (`**11.463**`) is written with its asterisks; its raw figure is without them."""
    written = [cell[0] for cell in cells]
    facts = []
    for i, (text, unit, kind, code, as_of, top) in enumerate(cells):
        raw = text.strip("*")
        facts.append(F(sep + sep.join(written[i:]) + end + after, raw, _num(raw), unit, kind, max_value=top,
                       subject=subject, level=level, as_of=as_of, code=code, extra=TAB))
    return facts


# ------------------------------------------------------------ 375: Sở Công Thương thành phố Hải Phòng, tháng 6/2025
_SCT = "Sở Công Thương"
_MAY_375 = "2025-05-31"


def _sct(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SCT, level="tỉnh", **kw)


def _field_375(context: str, raw: str) -> Fact:
    """Files received in one field (dash list): subject unchecked, level tỉnh."""
    return F(context, raw, _num(raw), "hồ sơ", C, subject=ANY, level="tỉnh", code=_TN)


BLIND_375 = [
    # I.1 (202/2025/QH15 of 12/6/2025 and 2318/VP-KSTT of 26/6/2025 cited)
    _sct("thực hiện 128 TTHC", "128", 128, "TTHC", C, code=_TTHC),
    _sct("thuộc 19 lĩnh vực", "19", 19, "lĩnh vực", C, code=None),
    _sct("trong đó 104 TTHC", "104", 104, "TTHC", C, code=_TOAN),
    _sct("và 24 TTHC", "24", 24, "TTHC", C, code=_MOT),
    F("ban hành 03 quyết định", "03", 3, "quyết định", C, subject=ANY, level=ANY, code=None),
    # I.2 tháng 5/2025 dated 2025-05-31
    _sct("Sở tiếp nhận 3.486", "3.486", 3486, "hồ sơ", C, code=_TN),
    _sct("(tháng 5/2025: 3.102 hồ sơ)", "3.102", 3102, "hồ sơ", PR, as_of=_MAY_375, code=_TN),
    _sct("trực tuyến 3.391", "3.391", 3391, "hồ sơ", C, code=_NOP),
    _sct("chiếm 97,27%", "97,27%", 97.27, "%", code=_NOP),
    # the former province inside the new city
    F("tiếp nhận 1.124", "1.124", 1124, "hồ sơ", C, subject=ANY, level=ANY, code=_TN),
    F("chiếm 32,24%", "32,24%", 32.24, "%", subject=ANY, level=ANY, code=ANY),
    # files received by field (dash list)
    _field_375("(C/O): 1.892", "1.892"),
    _field_375("điện tử: 236", "236"),
    _field_375("công nghiệp: 418", "418"),
    _field_375("thực phẩm: 187", "187"),
    _field_375("Điện lực: 96", "96"),
    _field_375("thuốc lá): 534", "534"),
    _field_375("khác: 123", "123"),
    _sct("giải quyết 3.412", "3.412", 3412, "hồ sơ", C, code=ANY),
    _sct("trước hạn 2.954", "2.954", 2954, "hồ sơ", C, code=ANY),
    _sct("đúng hạn 452", "452", 452, "hồ sơ", C, code=ANY),
    _sct("quá hạn 06", "06", 6, "hồ sơ", C, code=_QH),
    _sct("đạt 99,82%", "99,82%", 99.82, "%", code=_DH),
    # I.3 a) C/O ("mẫu EUR.1" is a name)
    _sct("cấp 1.865 bộ", "1.865", 1865, "bộ", C, code=ANY),
    _sct("tăng 12,4%", "12,4%", 12.4, "%", CH, code=ANY),
    _sct("từ chối cấp 27", "27", 27, "hồ sơ", C, code=ANY),
    _sct("mẫu D 642", "642", 642, "bộ", C, code=ANY),
    _sct("mẫu E 518", "518", 518, "bộ", C, code=ANY),
    _sct("EUR.1 327 bộ", "327", 327, "bộ", C, code=ANY),
    _sct("CPTPP 146", "146", 146, "bộ", C, code=ANY),
    _sct("khác 232", "232", 232, "bộ", C, code=ANY),
    _sct("trung bình 2,5", "2,5", 2.5, "giờ", code=ANY),
    # b) e-commerce ("6 tháng đầu năm 2025" is a span; the cumulative count is dated at the period end)
    _sct("thông báo 214", "214", 214, "website", C, code=ANY),
    _sct("đăng ký 09 website", "09", 9, "website", C, code=ANY),
    _sct("là 1.137", "1.137", 1137, "website", C, code=ANY),
    _sct("tổ chức 02 lớp", "02", 2, "lớp", C, code=ANY),
    _sct("cho 165 học viên", "165", 165, "học viên", C, code=ANY),
    # c) industry
    _sct("cấp 47 giấy", "47", 47, "giấy chứng nhận", C, code=ANY),
    _sct("hóa chất, 29 giấy", "29", 29, "giấy chứng nhận", C, code=ANY),
    _sct("và 12 giấy phép", "12", 12, "giấy phép", C, code=ANY),
    _sct("100% hồ sơ lĩnh vực", "100%", 100, "%", code=ANY),
    # I.4 the city's 2025 target (dated at the year's end), "vượt chỉ tiêu" = đạt
    _sct("phí, lệ phí đạt 88,64%", "88,64%", 88.64, "%", code=_TT, target=80, stated_status="đạt"),
    _sct("(tháng 5/2025: 85,19%)", "85,19%", 85.19, "%", PR, as_of=_MAY_375, code=_TT),
    _sct("năm 2025 là 80%", "80%", 80, "%", T, as_of=_Y2025, code=_TT),
    _sct("đạt 96,35%", "96,35%", 96.35, "%", code=_SH),
    _sct("điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    _sct("đạt 52,48%", "52,48%", 52.48, "%", code=_TSD),
    # I.5 PAKN by field in brackets are bare parts
    _sct("tiếp nhận 05 phản ánh", "05", 5, "PAKN", C, code=_PAKN_TN),
    _sct("điện 03 PAKN", "03", 3, "PAKN", C, code=ANY),
    _sct("điện tử 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    _sct("xử lý 04 PAKN", "04", 4, "PAKN", C, code=_PAKN_XL),
    _sct("còn 01 PAKN", "01", 1, "PAKN", C, code=ANY),
    # I.6 rank among the city's agencies; tháng 5/2025 dated 2025-05-31
    _sct("Sở đạt 92,18", "92,18", 92.18, "điểm", code=_TONG),
    _sct("thứ 2/19", "2/19", 2, "hạng", R, max_value=19, code=_HANG),
    _sct("tăng 1,42 điểm", "1,42", 1.42, "điểm", CH, code=_TONG),
    _sct("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    _sct("(90,76 điểm", "90,76", 90.76, "điểm", PR, as_of=_MAY_375, code=_TONG),
    _sct("thứ 4/19)", "4/19", 4, "hạng", PR, max_value=19, as_of=_MAY_375, code=_HANG),
    # II. counts inside tasks (0225.3842.571 is a phone number, "số 7 đường Lê Đại Hành" an address)
    F("hóa 12 TTHC", "12", 12, "TTHC", C, subject=ANY, level=ANY, code=ANY),
    F("tổ chức 03 lớp", "03", 3, "lớp", C, subject=ANY, level=ANY, code=ANY),
]

# ------------------------------------------------------------ 376: UBND phường Thủ Dầu Một (TP.HCM), quý IV năm 2025
_TDM = "UBND phường Thủ Dầu Một"
_Q3_376 = "2025-09-30"


def _ward(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the ward itself (subject the ward's UBND, level xã)."""
    return F(context, raw, value, unit, kind, subject=_TDM, level="xã", **kw)


def _row_376(subject: str, level: object, received: str, online: str, share: str, after: str) -> list[Fact]:
    """One tab-separated row of a khu phố (or the total = the ward): received, submitted online, online share."""
    cells = [(received, "hồ sơ", P, _TN, "period", None), (online, "hồ sơ", P, _NOP, "period", None),
             (share, "%", P, _NOP, "period", None)]
    return _cells(subject, level, cells, after, "\t", "\n")


def _kp(n: int, received: str, online: str, share: str, after: str) -> list[Fact]:
    """A khu phố's row: subject as written ("Khu phố n"), level unchecked."""
    return _row_376(f"Khu phố {n}", ANY, received, online, share, after)


BLIND_376 = [
    # 1. (4127/VP-KSTT of 02/10/2025 cited; "số 1 đường Quang Trung" an address; "Khu phố 1 đến Khu phố 8" names)
    _ward("giải quyết 356 TTHC", "356", 356, "TTHC", C, code=_TTHC),
    _ward("trong đó 274 TTHC", "274", 274, "TTHC", C, code=_TOAN),
    _ward(", 82 TTHC", "82", 82, "TTHC", C, code=_MOT),
    # 2. quý III năm 2025 dated 2025-09-30; the 2025 target of every xã, phường
    _ward("phường tiếp nhận 8.634", "8.634", 8634, "hồ sơ", C, code=_TN),
    _ward("tăng 1.147", "1.147", 1147, "hồ sơ", CH, code=_TN),
    _ward("(7.487 hồ sơ)", "7.487", 7487, "hồ sơ", PR, as_of=_Q3_376, code=_TN),
    _ward("trực tuyến 7.247", "7.247", 7247, "hồ sơ", C, code=_NOP),
    _ward("đạt 83,94%", "83,94%", 83.94, "%", code=_NOP, target=80, stated_status="đạt"),
    _ward("(quý III năm 2025: 79,62%)", "79,62%", 79.62, "%", PR, as_of=_Q3_376, code=_NOP),
    F("năm 2025 (80%)", "80%", 80, "%", T, subject=ANY, level="xã", as_of=_Y2025, code=_NOP),
    _ward("giải quyết 8.402", "8.402", 8402, "hồ sơ", C, code=ANY),
    _ward("đúng hạn 8.371", "8.371", 8371, "hồ sơ", C, code=_DH),
    _ward("đạt 99,63%", "99,63%", 99.63, "%", code=_DH),
    _ward("quá hạn 31", "31", 31, "hồ sơ", C, code=_QH),
    F("(24 hồ sơ)", "24", 24, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    F("(07 hồ sơ)", "07", 7, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    # tab-separated table of the 8 khu phố; "Tổng cộng" row (= the ward)
    *_kp(1, "1.284", "1.102", "85,83", "2\tKhu phố 2"),
    *_kp(2, "1.057", "893", "84,48", "3\tKhu phố 3"),
    *_kp(3, "1.412", "1.236", "87,54", "4\tKhu phố 4"),
    *_kp(4, "968", "781", "80,68", "5\tKhu phố 5"),
    *_kp(5, "1.135", "974", "85,81", "6\tKhu phố 6"),
    *_kp(6, "842", "655", "77,79", "7\tKhu phố 7"),
    *_kp(7, "1.206", "1.058", "87,73", "8\tKhu phố 8"),
    *_kp(8, "730", "548", "75,07", "\tTổng cộng"),
    *_row_376(_TDM, "xã", "8.634", "7.247", "83,94", "\nCó 6/8"),
    F("Có 6/8 khu phố", "6/8", 6, "khu phố", C, max_value=8, subject=ANY, level=ANY, code=None),
    F("Khu phố 7 (87,73%)", "87,73%", 87.73, "%", subject="Khu phố 7", level=ANY, code=_NOP),
    F("Khu phố 8 (75,07%)", "75,07%", 75.07, "%", subject="Khu phố 8", level=ANY, code=_NOP),
    # 3.
    _ward("đạt 68,24%", "68,24%", 68.24, "%", code=_TT),
    _ward("(1.904/2.790", "1.904/2.790", 1904, "hồ sơ", C, max_value=2790, code=_TT),
    _ward("đạt 97,86%", "97,86%", 97.86, "%", code=_SH),
    _ward("đạt 95,40%", "95,40%", 95.40, "%", code=_KQ),
    _ward("đạt 51,37%", "51,37%", 51.37, "%", code=_TSD),
    _ward("thêm 2.315", "2.315", 2315, "tài khoản", C, code=_TK),
    _ward("lên 96.480", "96.480", 96480, "tài khoản", C, code=_TK),
    _ward("đạt 91,26%", "91,26%", 91.26, "%", code=ANY),
    # 4. ("Cổng thông tin 1022" is a name)
    _ward("tiếp nhận 09 phản ánh", "09", 9, "PAKN", C, code=_PAKN_TN),
    _ward("xử lý 09/09", "09/09", 9, "PAKN", C, max_value=9, code=_PAKN_XL),
    _ward("đạt 98,75%", "98,75%", 98.75, "%", code=_HL),
    # 5. rank among the city's 168 xã, phường, đặc khu; tháng 9/2025 dated 2025-09-30
    _ward("đạt 88,64 điểm", "88,64", 88.64, "điểm", code=_TONG),
    _ward("thứ 14/168", "14/168", 14, "hạng", R, max_value=168, code=_HANG),
    _ward("tăng 5 bậc", "5", 5, "hạng", CH, code=_HANG),
    _ward("(thứ 19/168)", "19/168", 19, "hạng", PR, max_value=168, as_of=_Q3_376, code=_HANG),
    F("là 84,37 điểm", "84,37", 84.37, "điểm", subject=ANY, level="xã", code=_TONG),
    # 6. counts inside tasks; the ward's target in quý I năm 2026 (0274.3822.316 is a phone number)
    F("dứt điểm 31 hồ sơ", "31", 31, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("thêm 02 máy tính", "02", 2, "máy tính", C, subject=ANY, level=ANY, code=None),
    F("01 máy quét", "01", 1, "máy quét", C, subject=ANY, level=ANY, code=None),
    _ward("tối thiểu 75%", "75%", 75, "%", T, as_of="2026-03-31", code=_TT),
]

# ------------------------------------------------------------ 377: Sở VH, TT và DL tỉnh Hòa Bình, năm 2024
_SVH = "Sở Văn hóa, Thể thao và Du lịch"


def _svh(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SVH, level="tỉnh", **kw)


def _tinh(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A province-wide figure (subject NULL), no catalogued indicator."""
    return F(context, raw, value, unit, kind, code=ANY, **kw)


BLIND_377 = [
    # I.1 (19/KH-UBND of 24/01/2024 and 3015/VPUBND-KSTT of 16/12/2024 cited)
    F("là 137 TTHC", "137", 137, "TTHC", C, subject=ANY, level=ANY, code=_TTHC),
    F("cấp tỉnh 118", "118", 118, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code=_TTHC),
    F("cấp huyện 12", "12", 12, "TTHC", C, subject="cấp huyện", level="huyện", code=_TTHC),
    F("cấp xã 7", "7", 7, "TTHC", C, subject="cấp xã", level="xã", code=_TTHC),
    F("có 96 TTHC", "96", 96, "TTHC", C, subject=ANY, level="tỉnh", code=_TOAN),
    F("và 22 TTHC", "22", 22, "TTHC", C, subject=ANY, level="tỉnh", code=_MOT),
    # I.2 năm 2023 dated 2023-12-31
    _svh("Sở tiếp nhận 1.487", "1.487", 1487, "hồ sơ", C, code=_TN),
    _svh("tăng 13,34%", "13,34%", 13.34, "%", CH, code=ANY),
    _svh("(1.312 hồ sơ)", "1.312", 1312, "hồ sơ", PR, as_of=_Y2023, code=_TN),
    _svh("là 1.402", "1.402", 1402, "hồ sơ", C, code=_NOP),
    _svh("chiếm 94,28%", "94,28%", 94.28, "%", code=_NOP),
    _svh("giải quyết 1.479", "1.479", 1479, "hồ sơ", C, code=ANY),
    _svh("(trước hạn 1.215", "1.215", 1215, "hồ sơ", C, code=ANY),
    _svh("đúng hạn 264", "264", 264, "hồ sơ", C, code=ANY),
    _svh("đạt 100%, không", "100%", 100, "%", code=_DH),
    _svh("trung bình 4,2", "4,2", 4.2, "ngày", code="766.tien_do.thoi_gian"),
    _svh("là 08 hồ sơ", "08", 8, "hồ sơ", C, code=ANY),
    # licences (dash list)
    _svh("mới 17 giấy phép", "17", 17, "giấy phép", C, code=ANY),
    _svh("đổi 04 giấy phép", "04", 4, "giấy phép", C, code=ANY),
    _svh("cấp 126 thẻ", "126", 126, "thẻ", C, code=ANY),
    _svh("mới 58 thẻ", "58", 58, "thẻ", C, code=ANY),
    _svh("đổi 68 thẻ", "68", 68, "thẻ", C, code=ANY),
    _svh("nhận 14 cơ sở", "14", 14, "cơ sở", C, code=ANY),
    _svh("thuận 23 hồ sơ", "23", 23, "hồ sơ", C, code=ANY),
    _svh("cấp 06 giấy phép", "06", 6, "giấy phép", C, code=ANY),
    _svh("cấp 11 giấy", "11", 11, "giấy chứng nhận", C, code=ANY),
    # relics: those the Sở submitted, then the province's total
    _svh("hạng 04 di tích", "04", 4, "di tích", C, code=ANY),
    _tinh("lên 148 di tích", "148", 148, "di tích", C),
    _tinh("(41 di tích", "41", 41, "di tích", C),
    _tinh("107 di tích", "107", 107, "di tích", C),
    # tourism, province-wide
    _tinh("khoảng 5.820.000", "5.820.000", 5820000, "lượt", C),
    _tinh("tăng 8,6%", "8,6%", 8.6, "%", CH),
    _tinh("quốc tế 634.000", "634.000", 634000, "lượt", C),
    _tinh("đạt 8.940", "8.940", 8940, "tỷ đồng"),
    # I.3 district level
    F("Có 10/10", "10/10", 10, "huyện", C, max_value=10, subject=ANY, level="huyện", code=None),
    F("tổng số 486", "486", 486, "hồ sơ", C, subject="cấp huyện", level="huyện", code=_TN),
    F("trực tuyến 312", "312", 312, "hồ sơ", C, subject="cấp huyện", level="huyện", code=_NOP),
    F("chiếm 64,20%", "64,20%", 64.20, "%", subject="cấp huyện", level="huyện", code=_NOP),
    F("huyện đạt 99,18%", "99,18%", 99.18, "%", subject="cấp huyện", level="huyện", code=_DH),
    F("là 112", "112", 112, "hồ sơ", C, subject="thành phố Hòa Bình", level="huyện", code=_TN),
    F(", 87 và", "87", 87, "hồ sơ", C, subject="huyện Lương Sơn", level="huyện", code=_TN),
    F("và 64 hồ sơ", "64", 64, "hồ sơ", C, subject="huyện Mai Châu", level="huyện", code=_TN),
    # I.4 ("giai đoạn 2019-2023" is a span); the 2024 target at the period end, "đạt chỉ tiêu"
    _svh("hóa 1.461", "1.461", 1461, "hồ sơ", C, code=_SH),
    _svh("đạt 98,78%", "98,78%", 98.78, "%", code=_SH),
    _svh("hóa 2.375/2.410", "2.375/2.410", 2375, "kết quả", C, max_value=2410, code=ANY),
    _svh("đạt 98,55%", "98,55%", 98.55, "%", code=ANY),
    _svh("100% kết quả", "100%", 100, "%", code=_KQ),
    F("hóa 1.260", "1.260", 1260, "hiện vật", C, subject="Bảo tàng tỉnh Hòa Bình", level="tỉnh", code=ANY),
    _svh("đạt 71,46%", "71,46%", 71.46, "%", code=_TT, target=45, stated_status="đạt"),
    _svh("năm 2024 là 45%", "45%", 45, "%", T, code=_TT),
    # I.5
    _svh("tiếp nhận 03 phản ánh", "03", 3, "PAKN", C, code=_PAKN_TN),
    _svh("cả 03 PAKN", "03", 3, "PAKN", C, code=_PAKN_XL),
    _svh("đạt 97,15%", "97,15%", 97.15, "%", code=_HL),
    # I.6 ("bình quân 12 tháng" is a span); năm 2023 dated 2023-12-31
    _svh("Sở đạt 88,92", "88,92", 88.92, "điểm", code=_TONG),
    _svh("thứ 5/20", "5/20", 5, "hạng", R, max_value=20, code=_HANG),
    _svh("tăng 3,45 điểm", "3,45", 3.45, "điểm", CH, code=_TONG),
    _svh("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    _svh("(85,47 điểm", "85,47", 85.47, "điểm", PR, as_of=_Y2023, code=_TONG),
    _svh("thứ 9/20)", "9/20", 9, "hạng", PR, max_value=20, as_of=_Y2023, code=_HANG),
    # II. (0218.3852.296 is a phone number)
    F("hóa 35 kết quả", "35", 35, "kết quả", C, subject=ANY, level=ANY, code=ANY),
    _svh("tối thiểu 80%", "80%", 80, "%", T, as_of=_Y2025, code=_TT),
]

# ------------------------------------------------------------ 378: Sở Tài chính tỉnh Lâm Đồng, 9 tháng năm 2025
_STC = "Sở Tài chính"
_MONTH_END = {1: "2025-01-31", 2: "2025-02-28", 3: "2025-03-31", 4: "2025-04-30", 5: "2025-05-31",
              6: "2025-06-30", 7: "2025-07-31", 8: "2025-08-31", 9: "period"}


def _stc(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_STC, level="tỉnh", **kw)


def _row_378(as_of: str, received: str, online: str, share: str, on_time: str, after: str) -> list[Fact]:
    """One Markdown row of a month (dated at its end) or of the nine months: files received, submitted
    online, online share, on-time share. The month label is no figure."""
    cells = [(received, "hồ sơ", P, _TN, as_of, None), (online, "hồ sơ", P, _NOP, as_of, None),
             (share, "%", P, _NOP, as_of, None), (on_time, "%", P, _DH, as_of, None)]
    return _cells(_STC, "tỉnh", cells, after, " | ", " |\n")


def _month_378(month: int, received: str, online: str, share: str, on_time: str) -> list[Fact]:
    """A month's row; the next line starts with the next month's label (or the bold total)."""
    after = f"| Tháng {month + 1}/2025" if month < 9 else "| **Cộng 9 tháng**"
    return _row_378(_MONTH_END[month], received, online, share, on_time, after)


def _former(context: str, raw: str) -> Fact:
    """A former province's disbursement share: subject and level unchecked."""
    return F(context, raw, _num(raw), "%", subject=ANY, level=ANY, code=ANY)


BLIND_378 = [
    # intro (202/2025/QH15 and 86/KH-UBND of 18/7/2025 cited; "tháng 1 đến tháng 6" a span)
    _stc("thực hiện 214 TTHC", "214", 214, "TTHC", C, code=_TTHC),
    _stc("thuộc 16 lĩnh vực", "16", 16, "lĩnh vực", C, code=None),
    _stc("trong đó 168 TTHC", "168", 168, "TTHC", C, code=_TOAN),
    _stc(", 46 TTHC", "46", 46, "TTHC", C, code=_MOT),
    # 2. cùng kỳ năm 2024 dated 2024-09-30
    _stc("Sở tiếp nhận 11.463", "11.463", 11463, "hồ sơ", C, code=_TN),
    _stc("điện tử 10.865", "10.865", 10865, "hồ sơ", C, code=_NOP),
    _stc("đạt 94,78%", "94,78%", 94.78, "%", code=_NOP),
    _stc("2024: 91,86%)", "91,86%", 91.86, "%", PR, as_of="2024-09-30", code=_NOP),
    _stc("đạt 99,33%", "99,33%", 99.33, "%", code=_DH),
    # Markdown table by month and the bold nine-month row
    *_month_378(1, "1.184", "1.102", "93,07", "98,97"),
    *_month_378(2, "968", "903", "93,29", "99,12"),
    *_month_378(3, "1.452", "1.367", "94,15", "99,45"),
    *_month_378(4, "1.376", "1.298", "94,33", "99,27"),
    *_month_378(5, "1.415", "1.339", "94,63", "99,51"),
    *_month_378(6, "1.348", "1.281", "95,03", "99,63"),
    *_month_378(7, "1.102", "1.051", "95,37", "98,91"),
    *_month_378(8, "1.287", "1.238", "96,19", "99,38"),
    *_month_378(9, "1.331", "1.286", "96,62", "99,55"),
    *_row_378("period", "**11.463**", "**10.865**", "**94,78**", "**99,33**", "\nTỷ lệ nộp"),
    _stc("là 3,55%", "3,55%", 3.55, "%", CH, code=_NOP),
    # province-wide business figures
    _tinh("có 3.418", "3.418", 3418, "doanh nghiệp", C),
    _tinh("ký 28.615", "28.615", 28615, "tỷ đồng"),
    _tinh("tăng 6,2%", "6,2%", 6.2, "%", CH),
    _tinh("1.276 doanh", "1.276", 1276, "doanh nghiệp", C),
    # 3. a) completed-project settlements
    _stc("tiếp nhận 418", "418", 418, "hồ sơ", C, code=_TN),
    _stc("thẩm định 386", "386", 386, "hồ sơ", C, code=ANY),
    _stc("đúng hạn 379", "379", 379, "hồ sơ", C, code=_DH),
    _stc("là 2.846,3", "2.846,3", 2846.3, "tỷ đồng", code=ANY),
    _stc("là 2.801,7", "2.801,7", 2801.7, "tỷ đồng", code=ANY),
    _stc("lệch 44,6", "44,6", 44.6, "tỷ đồng", code=ANY),
    # b) disbursement: the province's, the country's average, the target at the period end, former provinces
    _tinh("giải ngân 7.684,25", "7.684,25", 7684.25, "tỷ đồng"),
    _tinh("bằng 52,36%", "52,36%", 52.36, "%", target=60, stated_status="chưa đạt"),
    _tinh("(14.675,6", "14.675,6", 14675.6, "tỷ đồng"),
    F("(54,1%)", "54,1%", 54.1, "%", subject="cả nước", level=None, code=ANY),
    _tinh("là 60% thì", "60%", 60, "%", T),
    _former("là 58,12%", "58,12%"),
    _former("58,12%, 50,84%", "50,84%"),
    _former("và 46,37%", "46,37%"),
    # 4.
    _stc("Sở đạt 82,17%", "82,17%", 82.17, "%", code=_TT),
    _stc("đạt 95,62%", "95,62%", 95.62, "%", code=_SH),
    _stc("đạt 98,04%", "98,04%", 98.04, "%", code=_KQ),
    # 5.
    _stc("tiếp nhận 07 phản ánh", "07", 7, "PAKN", C, code=_PAKN_TN),
    _stc("xử lý 07 PAKN", "07", 7, "PAKN", C, code=_PAKN_XL),
    _stc("đạt 100%. Tháng", "100%", 100, "%", code=_PAKN_TL),
    _stc("Sở đạt 90,47", "90,47", 90.47, "điểm", code=_TONG),
    _stc("thứ 6/17", "6/17", 6, "hạng", R, max_value=17, code=_HANG),
    # II. a count inside a task; the province's disbursement target by the end of 2025 (0263.3822.415 a phone)
    F("dứt điểm 32", "32", 32, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    _tinh("trên 95%", "95%", 95, "%", T, as_of=_Y2025),
]

# ------------------------------------------------------------ 379: UBND tỉnh Kiên Giang, PAR Index năm 2024


def _par(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A PAR Index figure of the province (subject NULL; code unchecked: see the module docstring)."""
    return F(context, raw, value, unit, kind, code=ANY, **kw)


def _row_379(top: str, score: str, share: str, after: str) -> list[Fact]:
    """One Markdown row of a field or sub-criterion (or the total): maximum, self-assessed score (carrying the
    maximum), share of the maximum. The STT and the name are no figures."""
    cells = [(score, "điểm", P, ANY, "period", _num(top)), (share, "%", P, ANY, "period", None)]
    maximum = _cells(ANY, ANY, [(top, "điểm", P, ANY, "period", None)], "", " | ",
                     f" | {score} | {share} |\n{after}")
    return maximum + _cells(None, None, cells, after, " | ", " |\n")


BLIND_379 = [
    # 1. (876/QĐ-BNV of 10/11/2022 and 7654/BNV-CCHC of 20/12/2024 cited); năm 2023 dated 2023-12-31
    _par("là 62,95/67,50", "62,95/67,50", 62.95, "điểm", max_value=67.5),
    _par("đạt 93,26% điểm", "93,26%", 93.26, "%"),
    _par("tăng 1,47 điểm", "1,47", 1.47, "điểm", CH),
    _par("(61,48 điểm)", "61,48", 61.48, "điểm", PR, max_value=67.5, as_of=_Y2023),
    _par("(tối đa 32,50", "32,50", 32.5, "điểm", subject=ANY, level=ANY),
    _par("đạt 86,74%", "86,74%", 86.74, "%", PR, as_of=_Y2023),
    _par("thứ 31/63", "31/63", 31, "hạng", PR, max_value=63, as_of=_Y2023),
    # 2. Markdown table of the 8 fields and the sub-criteria of fields 3 and 7; "Tổng cộng" row
    *_row_379("9,00", "8,75", "97,22", "| 2 | Xây dựng"),
    *_row_379("5,50", "5,25", "95,45", "| 3 | Cải cách thủ tục"),
    *_row_379("8,50", "8,00", "94,12", "| 3.1 | Công bố"),
    *_row_379("2,00", "2,00", "100", "| 3.2 | Kết quả"),
    *_row_379("3,00", "2,75", "91,67", "| 3.3 | Thực hiện"),
    *_row_379("2,00", "1,75", "87,50", "| 3.4 | Tiếp nhận"),
    *_row_379("1,50", "1,50", "100", "| 4 | Cải cách tổ chức"),
    *_row_379("5,50", "5,50", "100", "| 5 | Cải cách chế độ"),
    *_row_379("9,50", "8,85", "93,16", "| 6 | Cải cách tài chính"),
    *_row_379("9,00", "8,25", "91,67", "| 7 | Xây dựng"),
    *_row_379("11,50", "10,60", "92,17", "| 7.1 | Hạ tầng"),
    *_row_379("3,00", "2,80", "93,33", "| 7.2 | Cung cấp"),
    *_row_379("4,50", "4,05", "90,00", "| 7.3 | Số hóa"),
    *_row_379("2,00", "1,75", "87,50", "| 7.4 | Chuyển đổi"),
    *_row_379("2,00", "2,00", "100", "| 8 | Tác động"),
    *_row_379("9,00", "7,75", "86,11", "| | Tổng cộng"),
    *_row_379("67,50", "62,95", "93,26", "\nCó 3 lĩnh vực"),
    F("Có 3 lĩnh vực", "3", 3, "lĩnh vực", C, code=None),
    _par("thấp nhất, 86,11%", "86,11%", 86.11, "%"),
    # 3. evidence ("Tiêu chí 3.3", "tiêu chí 7.3" and "Lĩnh vực 8" are names)
    F("lần lượt là 98,86%", "98,86%", 98.86, "%", subject="cấp tỉnh", level="tỉnh", code=_DH),
    F(", 97,42%", "97,42%", 97.42, "%", subject="cấp huyện", level="huyện", code=_DH),
    F("và 99,05%", "99,05%", 99.05, "%", subject="cấp xã", level="xã", code=_DH),
    F("xử lý 214/214", "214/214", 214, "PAKN", C, max_value=214, code=_PAKN_XL),
    _par("giảm 7 đơn vị", "7", -7, "đơn vị", CH),
    _par("1.536/1.612", "1.536/1.612", 1536, "công chức", C, max_value=1612),
    _par("đạt 95,29%", "95,29%", 95.29, "%"),
    _par("đạt 95,17%", "95,17%", 95.17, "%"),
    F("đạt 58,63%", "58,63%", 58.63, "%", code=_NOP),
    F("đạt 46,12%", "46,12%", 46.12, "%", code=_TT, target=50, stated_status="chưa đạt"),
    F("năm 2024 là 50%", "50%", 50, "%", T, code=_TT),
    # III. the province's target in quý II năm 2025 (0297.3862.134 is a phone number)
    F("tối thiểu 50%", "50%", 50, "%", T, as_of="2025-06-30", code=_TT),
]

BLIND = {"375": BLIND_375, "376": BLIND_376, "377": BLIND_377, "378": BLIND_378, "379": BLIND_379}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "375": [
        ("2025-07-15", "day", "15/7/2025", "hợp nhất cơ sở dữ liệu cấp C/O", "Phòng Quản lý thương mại"),
        ("2025-07-31", "day", "ngày 31 tháng 7 năm 2025", "công khai đầy đủ quy trình nội bộ",
         "Phòng Quản lý công nghiệp"),
        ("2025-08-31", "month", "tháng 8/2025", "đơn giản hóa 12 TTHC", "Văn phòng Sở"),
        ("2025-09-30", "quarter", "quý III năm 2025", "tập huấn thương mại điện tử",
         "Trung tâm Khuyến công và Xúc tiến thương mại"),
        # issued 04/7/2025: the first "ngày 18 hằng tháng" is 18/7/2025
        ("2025-07-18", "recurring", "18 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các phòng, đơn vị thuộc Sở"),
    ],
    "376": [
        ("2026-01-15", "day", "ngày 15 tháng 01 năm 2026", "giải quyết dứt điểm 31 hồ sơ",
         "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("2026-01-31", "day", "31/01/2026", "hướng dẫn người dân nộp hồ sơ trực tuyến",
         "Ban điều hành Khu phố 6 và Khu phố 8"),
        ("2026-02-28", "month", "tháng 02/2026", "bố trí thêm 02 máy tính", "Văn phòng HĐND và UBND phường"),
        ("2026-03-31", "quarter", "quý I năm 2026", "thanh toán trực tuyến",
         "Trung tâm Phục vụ hành chính công phường"),
        # issued 05/01/2026: the first "ngày 20 hằng tháng" is 20/01/2026
        ("2026-01-20", "recurring", "20 hằng tháng", "cập nhật số liệu giải quyết hồ sơ",
         "Các bộ phận chuyên môn thuộc UBND phường"),
    ],
    "377": [
        ("2025-02-28", "day", "28/02/2025", "cập nhật cơ sở dữ liệu hướng dẫn viên du lịch",
         "Phòng Quản lý du lịch"),
        ("2025-03-31", "day", "ngày 31 tháng 3 năm 2025", "số hóa 35 kết quả", "Văn phòng Sở"),
        ("2025-04-30", "month", "tháng 4/2025", "công bố danh mục TTHC", "Phòng Quản lý văn hóa và Gia đình"),
        ("2025-09-30", "quarter", "quý III năm 2025", "số hóa hiện vật", "Bảo tàng tỉnh Hòa Bình"),
        ("2025-12-31", "year", "năm 2025", "thanh toán trực tuyến", "Các phòng, đơn vị thuộc Sở"),
    ],
    "378": [
        ("2025-10-20", "day", "20/10/2025", "chuyển đổi dữ liệu đăng ký hộ kinh doanh", "Phòng Đăng ký kinh doanh"),
        ("2025-11-30", "month", "tháng 11/2025", "thẩm định dứt điểm 32 hồ sơ", "Phòng Quản lý đầu tư"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "chuẩn hóa quy trình nội bộ", "Văn phòng Sở"),
        ("2025-12-31", "year", "năm 2025", "giải ngân vốn đầu tư công", "Phòng Tài chính đầu tư"),
        # issued 06/10/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/11/2025
        ("2025-11-05", "recurring", "05 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các phòng, đơn vị thuộc Sở"),
    ],
    "379": [
        ("2025-02-28", "day", "28/02/2025", "hoàn thiện tài liệu kiểm chứng", "Sở Nội vụ"),
        ("2025-03-15", "day", "ngày 15 tháng 3 năm 2025", "cơ chế tự chủ", "Sở Tài chính"),
        ("2025-05-31", "month", "tháng 5/2025", "Kho dữ liệu số hóa", "Sở Thông tin và Truyền thông"),
        ("2025-06-30", "quarter", "quý II năm 2025", "mở rộng kênh thanh toán", "Văn phòng UBND tỉnh"),
        # issued 17/01/2025, after the 10th: the first "ngày 10 hằng tháng" is 10/02/2025
        ("2025-02-10", "recurring", "10 hằng tháng", "báo cáo tiến độ khắc phục",
         "Các sở, ban, ngành, UBND các huyện, thành phố"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 375's issuer is Sở Công Thương under "UBND THÀNH PHỐ HẢI PHÒNG" (after the merger with Hải Dương); 376's
# issuer is a post-merger ward of Thành phố Hồ Chí Minh (named in "Kính gửi"); 377's issuer is a Sở under
# "UBND TỈNH HÒA BÌNH", an annual report issued in January 2025; 378's issuer is Sở Tài chính under "UBND TỈNH
# LÂM ĐỒNG" (after the merger), period the nine months in its title; 379's issuer is UBND tỉnh Kiên Giang, a
# self-assessment of the PAR Index for the year 2024.
META = {
    "375": {"doc_number": "1425/BC-SCT", "doc_type": "Báo cáo", "issued_date": "2025-07-04",
            "province": "Hải Phòng", "period_label": "tháng 6 năm 2025", "period_start": "2025-06-01",
            "period_end": "2025-06-30", "signer": "Đỗ Mạnh Cường"},
    "376": {"doc_number": "08/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-01-05",
            "province": "Hồ Chí Minh", "period_label": "quý IV năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-12-31", "signer": "Nguyễn Thanh Phong"},
    "377": {"doc_number": "38/BC-SVHTTDL", "doc_type": "Báo cáo", "issued_date": "2025-01-10",
            "province": "Hòa Bình", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Bùi Văn Thắng"},
    "378": {"doc_number": "2764/BC-STC", "doc_type": "Báo cáo", "issued_date": "2025-10-06",
            "province": "Lâm Đồng", "period_label": "9 tháng năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-09-30", "signer": "Nguyễn Văn Sơn"},
    "379": {"doc_number": "21/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-01-17",
            "province": "Kiên Giang", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Lê Quốc Anh"},
}
