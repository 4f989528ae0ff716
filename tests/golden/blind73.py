"""Blind golden facts for corpus/blind73/440_yen_bai.txt, 441_vinh_phuc.txt, 442_khanh_hoa.txt, 443_dong_nai.txt and
444_hung_yen.txt.

The five documents were written by the developers for the seventy-third blind measurement (issuers, wording and
layouts not used in the sets this writer read; not real documents), and every row below was written by reading
them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out text for
diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind13.py … blind16.py: rows use `golden.facts.Fact` (context string
that occurs once in the document + the figure as written inside it). Prose and list counts are kind `count`;
table cells are kind `value` with `extra={"source": "table"}`; `as_of="period"` is the period's end; `ANY`
leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly names none).
"thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; every "đã giải quyết" count
and the parts of a whole (kinds of files) have their code unchecked. A count of local units takes the unit of its
first unit word ("05/13 xã, thị trấn" → `xã`), counts of "cơ quan"/"đơn vị" the unit `đơn vị`, at the level of
the bodies counted. A change is dated at the period end; a rise is positive. Dates, document numbers, cited
decisions, plans, letters and resolutions ("Quyết định số 06/QĐ-TTg", "Kế hoạch số 38/KH-ĐCT", "Văn bản số
9118/NHCS-CNTT", "Báo cáo số 412/BC-UBND", "Nghị quyết số 28/NQ-HĐND", "Công văn số 6127/UBND-KGVX", "Nghị định
số 23/2015/NĐ-CP", "Kế hoạch số 74/KH-UBND"), "Đề án 06", "giai đoạn 2022 - 2025", "mức độ 2", "chính quyền địa
phương 02 cấp" / "hai cấp", "Đến 31/12/2024", "(Đồng Nai, 07/11/2025)", "công bố ngày 05/11/2025", "Kết quả tháng
10", "hơn ba tháng", "(từ ngày 01/5/2025 đến ngày 31/5/2025)", section numbering ("I.", "1.", "a)"), the STT/TT
columns, street addresses ("số 258 đường Điện Biên", "số 16 đường Nguyễn Trãi"), phone numbers ("0216.3852.417",
"0211.3861.540", "0251.3822.746", "0221.3883.215"), "Ngày thứ Bảy", headings naming the next period ("III. NHIỆM
VỤ TRỌNG TÂM QUÝ II NĂM 2025", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025", "II. NHIỆM VỤ THÁNG 6 NĂM 2025": no
deadlines) and years are not figures.

New in this set (issuers that are no state administrative body, a council's verification report, a press release,
a district's Phòng):
- 440 is a quarterly Báo cáo of the Hội Liên hiệp Phụ nữ tỉnh Yên Bái (header "HỘI LHPN VIỆT NAM / BAN CHẤP HÀNH
  HỘI LHPN TỈNH YÊN BÁI", signed for the Đoàn Chủ tịch), quý I năm 2025, issued 09/4/2025, before the merger. Every
  figure naming no body is the union's own ("Các cấp Hội", "toàn Hội"): subject "Hội Liên hiệp Phụ nữ tỉnh" (a
  provincial body named by its kind, as `Hội Nông dân tỉnh`), level tỉnh, also in the sentence where it works
  "phối hợp với Công an tỉnh" (the police is only a partner). Counts of sessions, articles, classes, trainees,
  "tổ", "người", "ý kiến" take the noun after the number as their unit ("21.734 lượt" → `lượt`, "128 bài viết" →
  `bài viết`, "156 cán bộ" → `cán bộ`); sessions, articles, classes, trainees and "tổ" clearly name no indicator
  (code None); people helped, files helped and opinions have code unchecked. VNeID accounts activated and the
  share of members with an account carry the identity-account code; "(quý IV năm 2024: 7.415 tài khoản)" is a
  previous value dated 2024-12-31; "tăng 84 tổ so với quý IV năm 2024" a change. "chưa đạt chỉ tiêu năm 2025 là
  95%": the target dated 2025-12-31, 87,36% carries it with status "chưa đạt". Files helped are a whole with four
  kinds after "trong đó:" separated by ";" and a share "chiếm 18,47%" of the province's online files (code
  unchecked: the union's help, not the province's online share). "37/37 ý kiến" is one count (max 37). Its
  tab-separated table (units in the headers) lists the 9 district chapters by their district's name as written
  ("Thành phố Yên Bái", "Huyện Lục Yên"; level huyện) with a "Toàn Hội" row with an empty STT cell: like "Toàn Sở",
  the issuer itself (its figures repeat the prose). "Có 04/9 đơn vị" counts district chapters (unit `đơn vị`,
  level huyện, max 9); two chapters carry their share in brackets. The target "đạt tối thiểu 85%" in the task of
  "Hội LHPN huyện Trạm Tấu" (the body opening the line) is that chapter's, dated 2025-06-30. Four deadlines: day,
  quarter (with the target), "chậm nhất" day in words, "trước ngày 20 hằng tháng" (issued 09/4/2025: first
  20/4/2025).
- 441 is an annual Báo cáo of the Chi nhánh Ngân hàng Chính sách xã hội tỉnh Vĩnh Phúc (header "NGÂN HÀNG CHÍNH
  SÁCH XÃ HỘI / CHI NHÁNH TỈNH VĨNH PHÚC", signed by its Giám đốc), năm 2024, issued 10/01/2025. Every figure
  naming no body is the branch's: subject "Chi nhánh Ngân hàng Chính sách xã hội tỉnh", level tỉnh. Sums of money
  keep the unit as written after the number, "5.186,42 tỷ đồng" → 5186.42 `tỷ đồng` (kind value: an amount, not a
  count of things); loans, collections and disbursements name no catalogued indicator (code unchecked), and so do
  the bank's own shares (online collections "chiếm 14,18%", non-cash disbursement 43,20%), its payment accounts,
  its customers' satisfaction and the digitisation of its stored loan files. "tăng 438,75 tỷ đồng so với năm 2023
  (4.747,67 tỷ đồng)" and "(năm 2023: 6,92%)" are a change and previous values dated 2023-12-31. "so với chỉ tiêu
  năm 2024 Tổng Giám đốc giao là 40% thì Chi nhánh đã đạt chỉ tiêu": the target at the period end, 43,20% carries
  it with status "đạt". "136 điểm giao dịch" and "1.842 tổ" count network points (units `điểm giao dịch`, `tổ`,
  code None). The bank's procedures on the national portal are the usual TTHC indicators ("07 TTHC" total, "05
  TTHC" toàn trình, "2.316 hồ sơ ... nộp trực tuyến, chiếm 9,74%" the online files and share, "đúng hạn 2.287
  hồ sơ, đạt 100%" on time). Its Markdown table by Phòng giao dịch (subject as written, "Phòng giao dịch huyện
  Lập Thạch", level huyện; outstanding loans in `tỷ đồng`, online collections in `giao dịch`, two shares) has a
  "Toàn Chi nhánh" row with an empty STT cell (= the issuer; its figures repeat the prose). "14/14 PAKN" is one
  count (max 14), "đạt 100%" its handled share. "xếp thứ 12/63 chi nhánh" ranks the branch within the bank's 63
  branches (not the 766 ranking: code unchecked), "tăng 7 bậc" and "(xếp thứ 19/63)" (dated 2023-12-31) likewise.
  The target "toàn Chi nhánh đạt tối thiểu 50%" is the issuer's, dated 2025-12-31. Four deadlines: year ("đến hết
  năm 2025", with the target), day for three named transaction offices, quarter, month.
- 442 is a Báo cáo thẩm tra of the Ban Kinh tế - Ngân sách HĐND tỉnh Khánh Hòa (header "HỘI ĐỒNG NHÂN DÂN / TỈNH
  KHÁNH HÒA / BAN KINH TẾ - NGÂN SÁCH"; doc_type "Báo cáo"), after the 1 July 2025 merger, on the UBND's report for
  năm 2025, issued 04/12/2025. The figures it quotes ("Theo báo cáo của UBND tỉnh", "Theo báo cáo") are the
  province's (subject NULL). "65 đơn vị hành chính cấp xã (48 xã, 16 phường và 01 đặc khu)": the whole is subject
  "cấp xã" (unit `đơn vị`), its parts counts of `xã`, `phường`, `đặc khu` (subject unchecked, level xã, code
  None); "100% Trung tâm Phục vụ hành chính công cấp xã" is a share at level xã (subject and code unchecked).
  Received files and online shares by level after "trong đó" and "tương ứng là" (post-merger: only "cấp tỉnh" and
  "cấp xã"). "(năm 2024: 58,62%)" is dated 2024-12-31. The committee's own findings "qua giám sát tại 06 xã,
  phường ... còn 1.342 hồ sơ đất đai tồn đọng" are about communes (subject unchecked, level xã). "chưa đạt chỉ
  tiêu Nghị quyết số 28/NQ-HĐND ... giao năm 2025 là 60%": the target at the period end, 52,37% carries it with
  status "chưa đạt". The committee questions the figure: "(52,37%)" repeated and the portal's "(47,91%)" are both
  the province's payment share. The 766 total, rank "15/34" and "tăng 2,62 điểm và 4 bậc so với tháng 7/2025 (82,05
  điểm, xếp thứ 19/34)" (previous values dated 2025-07-31, the total on the /100 scale); two group scores `x/max`.
  Averages of the agencies and of "UBND các xã, phường, đặc khu" are level averages (subject unchecked). Counts by
  grade "22/65 xã, phường, đặc khu" (unit `xã`, max 65) and "34 đơn vị", "09 đơn vị" (unit `đơn vị`), level xã.
  The target "trong quý I năm 2026 ... toàn tỉnh đạt tối thiểu 60%" in the task of Sở Tài chính is the
  province's (subject NULL), dated 2026-03-31. The recommendations open under "Ban đề nghị UBND tỉnh quan tâm chỉ
  đạo ..." but each item names the body that acts: that body is the assignee. Four deadlines: "chậm nhất" day,
  quarter (with the target), day in words, month.
- 443 is a Thông cáo báo chí (doc_type "Thông cáo báo chí", number "31/TCBC-SKHCN") of the Sở Khoa học và Công nghệ
  tỉnh Đồng Nai (header "UBND TỈNH ĐỒNG NAI / SỞ KHOA HỌC VÀ CÔNG NGHỆ"), after the merger, on the province's 766
  index for tháng 10 năm 2025, issued 07/11/2025: a capitalised headline with a figure ("ĐỒNG NAI TĂNG 4 BẬC": the
  rank's rise, stated again in the lead), a lead paragraph, no numbered sections, a quote of the Sở's director and
  no signature (signer NULL). The province's figures have subject NULL; rank `8/34` and "(87,65 điểm, xếp thứ
  12/34)" dated 2025-09-30. Six group scores after "nhóm" written once, the later ones by their bare group name
  ("Tiến độ giải quyết 19,42/20 điểm") separated by ";". "(tăng 0,92 điểm)" is the payment group's change; "tăng từ
  58,14% lên 63,27%" a previous payment share dated 2025-09-30 and the current one; "Riêng nhóm Số hóa hồ sơ giảm
  0,21 điểm" a fall (-0.21) of that group. "Tổng đài 1022" is a name. "20/21 cơ quan" counts agencies
  (unit `đơn vị`, level tỉnh, max 21); "Trong số 95 xã, phường" is a count of communes (unit `xã`, subject
  unchecked, level xã); grades "38 đơn vị", "49 đơn vị", "08 đơn vị" at level xã. Block averages (subject
  unchecked); best and worst communes with scores in brackets (subject as written, "phường Trấn Biên", "xã Bù Gia
  Mập", level xã). Inside the quote: the province's reuse share and "bình quân cả nước (46,35%)" (subject "cả
  nước", level NULL). Three deadlines in one paragraph: day, month (for "UBND các xã xếp loại Trung bình"),
  "trước ngày 10 hằng tháng" (issued 07/11/2025: first 10/11/2025).
- 444 is a monthly Báo cáo of the Phòng Tư pháp of huyện Tiên Lữ (header "UBND HUYỆN TIÊN LỮ / PHÒNG TƯ PHÁP";
  tỉnh Hưng Yên named in "Kính gửi"), tháng 5 năm 2025 (stated 01/5–31/5/2025), issued 05/6/2025, before the
  merger. Figures under "a) Tại Phòng Tư pháp" are the issuer's: subject "Phòng Tư pháp" (named by its kind, as
  `Sở Tư pháp`), level huyện; those under "b) Cấp xã" are subject "cấp xã", level xã. Certification counts use the
  unit `trường hợp`, the fee "4.865.000 đồng" the unit `đồng` (code unchecked); "(tháng 4/2025: 61,23%)" is dated
  2025-04-30. "chưa đạt chỉ tiêu UBND tỉnh giao năm 2025 là 60%": cấp xã's target dated 2025-12-31, 55,17%
  carries it with status "chưa đạt". "Có 05/13 xã, thị trấn" counts communes (unit `xã`, max 13); two communes
  carry their share in brackets. "Toàn huyện" civil-status figures are the district's as a whole, written in a
  report of one of its divisions: the subject is genuinely ambiguous (the district's UBND or the Phòng), so it is
  unchecked (level huyện); their kinds after "Theo loại việc:" likewise (code unchecked). "quá hạn 05 hồ sơ tại
  UBND xã Lệ Xá" is that commune's overdue count. Its Markdown table (TT column, units in the headers) lists the 13
  xã, thị trấn in official order (subject as written, "Thị trấn Vương", "Xã An Viên", level xã; certifications,
  electronic certifications, their share, online civil-status files) with a "Cộng" row with an empty TT cell (=
  cấp xã; its first three figures repeat the prose, its "1.062" does not). "xếp thứ 6/10 huyện, thị xã, thành
  phố", "tăng 2 bậc", "(xếp thứ 8/10)" (dated 2025-04-30) rank the district's cấp xã rate in the province (subject
  and code unchecked, level huyện). Four deadlines: day for two named communes, "chậm nhất" day in words (for
  the Phòng), month, "trước ngày 25 hằng tháng" (issued 05/6/2025: first 25/6/2025).
"""

from __future__ import annotations

from golden.facts import (
    _CT,
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
_CUNG_CAP = "766.dvctt.tthc_cung_cap"
_TIME = "766.tien_do.thoi_gian"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"


def _cells(subject: object, level: str | None, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject, level=level,
              as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


# ------------------------------------------------------------ 440: Hội LHPN tỉnh Yên Bái, quý I năm 2025
# first run: "Hội Liên hiệp Phụ nữ tỉnh". The report calls itself "Hội LHPN tỉnh" (line 24, line 60), and set 53's 342
# names the same kind of issuer as its text writes it ("Hội LHPN tỉnh"): one convention for both.
_HPN = "Hội LHPN tỉnh"
_Q4_2024 = "2024-12-31"


def _hoi(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the union itself (subject the union named by its kind, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_HPN, level="tỉnh", **kw)


def _row_440(subject: str, level: str, groups: str, accounts: str, files: str, share: str,
             after: str) -> list[Fact]:
    """One tab-separated row of a district chapter (or the whole union): support groups, VNeID accounts
    activated, online files helped, share of members with an account."""
    cells = [(groups, "tổ", P, None, "period"), (accounts, "tài khoản", P, _TK, "period"),
             (files, "hồ sơ", P, ANY, "period"), (share, "%", P, _TK, "period")]
    return _cells(subject, level, cells, after, "\t", "\n")


BLIND_440 = [
    # I.1 (06/QĐ-TTg of 06/01/2022 and 38/KH-ĐCT of 10/01/2025 cited; "Đề án 06" is a name)
    _hoi("tổ chức 486 buổi", "486", 486, "buổi", C, code=None),
    _hoi("hút 21.734 lượt", "21.734", 21734, "lượt", C, code=None),
    _hoi("đăng tải 128 bài viết", "128", 128, "bài viết", C, code=None),
    _hoi("mở 02 lớp", "02", 2, "lớp", C, code=None),
    _hoi("cho 156 cán bộ", "156", 156, "cán bộ", C, code=None),
    # I.2 quý IV năm 2024 dated 2024-12-31; the 2025 target dated at the year's end
    _hoi("kích hoạt 9.862 tài khoản", "9.862", 9862, "tài khoản", C, code=_TK),
    _hoi("2024: 7.415 tài khoản)", "7.415", 7415, "tài khoản", PR, as_of=_Q4_2024, code=_TK),
    _hoi("lên 68.427", "68.427", 68427, "tài khoản", C, code=_TK),
    _hoi("toàn Hội đạt 87,36%", "87,36%", 87.36, "%", code=_TK, target=95, stated_status="chưa đạt"),
    _hoi("năm 2025 là 95%", "95%", 95, "%", T, as_of="2025-12-31", code=_TK),
    # I.3 the whole of files helped and its four kinds; people helped; opinions
    _hoi("trì 1.157 Tổ", "1.157", 1157, "tổ", C, code=None),
    _hoi("tăng 84 tổ", "84", 84, "tổ", CH, code=None),
    _hoi("nộp 14.296 hồ sơ", "14.296", 14296, "hồ sơ", C, code=ANY),
    _hoi("khai tử 3.871", "3.871", 3871, "hồ sơ", C, code=ANY),
    _hoi("tạm trú 5.204", "5.204", 5204, "hồ sơ", C, code=ANY),
    _hoi("lái xe 1.132", "1.132", 1132, "hồ sơ", C, code=ANY),
    _hoi("khác 4.089", "4.089", 4089, "hồ sơ", C, code=ANY),
    _hoi("chiếm 18,47%", "18,47%", 18.47, "%", code=ANY),
    _hoi("hướng dẫn 3.218 người", "3.218", 3218, "người", C, code=ANY),
    _hoi("hỗ trợ 2.645 người", "2.645", 2645, "người", C, code=ANY),
    _hoi("tiếp nhận 37 ý kiến", "37", 37, "ý kiến", C, code=ANY),
    _hoi("chuyển 37/37 ý kiến", "37/37", 37, "ý kiến", C, max_value=37, code=ANY),
    # I.4 tab-separated table of the 9 district chapters, "Toàn Hội" row (= the union)
    *_row_440("Thành phố Yên Bái", "huyện", "118", "1.386", "2.574", "93,12", "2\tThị xã Nghĩa Lộ"),
    *_row_440("Thị xã Nghĩa Lộ", "huyện", "64", "542", "918", "90,45", "3\tHuyện Lục Yên"),
    *_row_440("Huyện Lục Yên", "huyện", "142", "1.174", "1.726", "86,08", "4\tHuyện Văn Yên"),
    *_row_440("Huyện Văn Yên", "huyện", "151", "1.238", "1.842", "85,71", "5\tHuyện Mù Cang Chải"),
    *_row_440("Huyện Mù Cang Chải", "huyện", "96", "987", "864", "76,34", "6\tHuyện Trấn Yên"),
    *_row_440("Huyện Trấn Yên", "huyện", "137", "1.046", "1.903", "91,27", "7\tHuyện Trạm Tấu"),
    *_row_440("Huyện Trạm Tấu", "huyện", "71", "628", "512", "74,19", "8\tHuyện Văn Chấn"),
    *_row_440("Huyện Văn Chấn", "huyện", "198", "1.512", "2.081", "84,56", "9\tHuyện Yên Bình"),
    *_row_440("Huyện Yên Bình", "huyện", "180", "1.349", "1.876", "89,83", "\tToàn Hội"),
    *_row_440(_HPN, "tỉnh", "1.157", "9.862", "14.296", "87,36", "\nCó 04/9"),
    F("Có 04/9 đơn vị", "04/9", 4, "đơn vị", C, max_value=9, subject=ANY, level="huyện", code=None),
    F("Tấu (74,19%)", "74,19%", 74.19, "%", subject="Huyện Trạm Tấu", level="huyện", code=_TK),
    F("Chải (76,34%)", "76,34%", 76.34, "%", subject="Huyện Mù Cang Chải", level="huyện", code=_TK),
    # III.2 the chapter's target by the end of quý II năm 2025 (0216.3852.417 is a phone number)
    F("tối thiểu 85%", "85%", 85, "%", T, subject="Hội LHPN huyện Trạm Tấu", level="huyện", as_of="2025-06-30",
      code=_TK),
]

# ------------------------------------------------------------ 441: Chi nhánh NHCSXH tỉnh Vĩnh Phúc, năm 2024
_NH = "Chi nhánh Ngân hàng Chính sách xã hội tỉnh"
_Y2023 = "2023-12-31"


def _bank(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the branch itself (subject the branch named by its kind, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_NH, level="tỉnh", **kw)


def _row_441(subject: str, level: str, loans: str, payments: str, online: str, cashless: str,
             after: str) -> list[Fact]:
    """One Markdown row of a transaction office (or the whole branch): outstanding loans, online collections,
    online-collection share, non-cash disbursement share (no catalogued indicator)."""
    cells = [(loans, "tỷ đồng", P, ANY, "period"), (payments, "giao dịch", P, ANY, "period"),
             (online, "%", P, ANY, "period"), (cashless, "%", P, ANY, "period")]
    return _cells(subject, level, cells, after, " | ", " |\n")


BLIND_441 = [
    # I.1 (215/KH-UBND of 22/12/2023 and 9118/NHCS-CNTT of 05/10/2023 cited; "Đến 31/12/2024" is the period end)
    _bank("đạt 5.186,42 tỷ đồng", "5.186,42", 5186.42, "tỷ đồng", code=ANY),
    _bank("tăng 438,75 tỷ đồng", "438,75", 438.75, "tỷ đồng", CH, code=ANY),
    _bank("(4.747,67 tỷ đồng)", "4.747,67", 4747.67, "tỷ đồng", PR, as_of=_Y2023, code=ANY),
    _bank("với 71.305 khách hàng", "71.305", 71305, "khách hàng", C, code=ANY),
    _bank("136 điểm giao dịch", "136", 136, "điểm giao dịch", C, code=None),
    _bank("1.842 tổ", "1.842", 1842, "tổ", C, code=None),
    # I.2 collections, online collections, non-cash disbursement; năm 2023 dated 2023-12-31
    _bank("gốc 1.024,38 tỷ đồng", "1.024,38", 1024.38, "tỷ đồng", code=ANY),
    _bank("lãi 296,15 tỷ đồng", "296,15", 296.15, "tỷ đồng", code=ANY),
    _bank("là 41.862 giao dịch", "41.862", 41862, "giao dịch", C, code=ANY),
    _bank("tương ứng 187,26 tỷ đồng", "187,26", 187.26, "tỷ đồng", code=ANY),
    _bank("chiếm 14,18%", "14,18%", 14.18, "%", code=ANY),
    _bank("(năm 2023: 6,92%)", "6,92%", 6.92, "%", PR, as_of=_Y2023, code=ANY),
    _bank("đạt 612,84 tỷ đồng", "612,84", 612.84, "tỷ đồng", code=ANY),
    _bank("vay 1.418,50 tỷ đồng", "1.418,50", 1418.50, "tỷ đồng", code=ANY),
    _bank("chiếm 43,20%", "43,20%", 43.20, "%", code=ANY, target=40, stated_status="đạt"),
    _bank("giao là 40%", "40%", 40, "%", T, code=ANY),
    _bank("là 18.247 tài khoản", "18.247", 18247, "tài khoản", C, code=ANY),
    _bank("tăng 5.316 tài khoản", "5.316", 5316, "tài khoản", CH, code=ANY),
    _bank("có 12.085 khách hàng", "12.085", 12085, "khách hàng", C, code=ANY),
    # I.3 the branch's procedures on the national portal
    _bank("thực hiện 07 TTHC", "07", 7, "TTHC", C, code=_TTHC),
    _bank("trong đó 05 TTHC", "05", 5, "TTHC", C, code=_TOAN),
    _bank("tiếp nhận 2.316 hồ sơ", "2.316", 2316, "hồ sơ", C, code=_NOP),
    _bank("chiếm 9,74%", "9,74%", 9.74, "%", code=_NOP),
    _bank("giải quyết 2.287 hồ sơ", "2.287", 2287, "hồ sơ", C, code=ANY),
    _bank("đúng hạn 2.287 hồ sơ", "2.287", 2287, "hồ sơ", C, code=_DH),
    _bank("đạt 100%; 29", "100%", 100, "%", code=_DH),
    _bank("29 hồ sơ chuyển", "29", 29, "hồ sơ", C, code=ANY),
    _bank("đạt 68,35%", "68,35%", 68.35, "%", code=ANY),
    # I.4 Markdown table by transaction office, "Toàn Chi nhánh" row (= the branch)
    *_row_441("Phòng giao dịch thành phố Vĩnh Yên", "huyện", "512,36", "6.418", "21,37", "58,42",
              "| 2 | Phòng giao dịch thành phố Phúc Yên"),
    *_row_441("Phòng giao dịch thành phố Phúc Yên", "huyện", "386,14", "4.926", "19,85", "55,10",
              "| 3 | Phòng giao dịch huyện Bình Xuyên"),
    *_row_441("Phòng giao dịch huyện Bình Xuyên", "huyện", "574,29", "5.207", "16,42", "47,36",
              "| 4 | Phòng giao dịch huyện Lập Thạch"),
    *_row_441("Phòng giao dịch huyện Lập Thạch", "huyện", "682,51", "3.184", "9,16", "35,28",
              "| 5 | Phòng giao dịch huyện Sông Lô"),
    *_row_441("Phòng giao dịch huyện Sông Lô", "huyện", "498,73", "2.615", "8,74", "33,05",
              "| 6 | Phòng giao dịch huyện Tam Dương"),
    *_row_441("Phòng giao dịch huyện Tam Dương", "huyện", "547,08", "4.372", "13,59", "41,67",
              "| 7 | Phòng giao dịch huyện Tam Đảo"),
    *_row_441("Phòng giao dịch huyện Tam Đảo", "huyện", "412,66", "2.958", "11,02", "36,94",
              "| 8 | Phòng giao dịch huyện Vĩnh Tường"),
    *_row_441("Phòng giao dịch huyện Vĩnh Tường", "huyện", "843,25", "6.731", "12,86", "42,15",
              "| 9 | Phòng giao dịch huyện Yên Lạc"),
    *_row_441("Phòng giao dịch huyện Yên Lạc", "huyện", "729,40", "5.451", "13,27", "44,83", "| | Toàn Chi nhánh"),
    *_row_441(_NH, "tỉnh", "5.186,42", "41.862", "14,18", "43,20", "\n5. Tiếp nhận"),
    # I.5 PAKN; rank among the bank's 63 branches (not the 766 ranking); năm 2023 dated 2023-12-31
    _bank("tiếp nhận 14 phản ánh", "14", 14, "PAKN", C, code=_PAKN_TN),
    _bank("xong 14/14 PAKN", "14/14", 14, "PAKN", C, max_value=14, code=_PAKN_XL),
    _bank("đạt 100%. Tỷ lệ", "100%", 100, "%", code=_PAKN_TL),
    _bank("đạt 97,82%", "97,82%", 97.82, "%", code=ANY),
    _bank("thứ 12/63", "12/63", 12, "hạng", R, max_value=63, code=ANY),
    _bank("tăng 7 bậc", "7", 7, "hạng", CH, code=ANY),
    _bank("thứ 19/63)", "19/63", 19, "hạng", PR, max_value=63, as_of=_Y2023, code=ANY),
    # III.1 the branch's target for 2025 (0211.3861.540 is a phone number, "số 16 đường Nguyễn Trãi" an address)
    _bank("tối thiểu 50%", "50%", 50, "%", T, as_of="2025-12-31", code=ANY),
]

# ------------------------------------------------------------ 442: Ban KT-NS HĐND tỉnh Khánh Hòa, năm 2025
_JUL_442 = "2025-07-31"


def _level(level: str) -> dict:
    """The subject and level of a figure of one level ("cấp tỉnh", "cấp xã")."""
    return {"subject": f"cấp {level}", "level": level}


BLIND_442 = [
    # I.1 (412/BC-UBND of 20/11/2025 cited; "02 cấp" and "01/7/2025" are no figures)
    F("ban hành 46 quyết định", "46", 46, "quyết định", C, code=None),
    F("là 1.986 TTHC", "1.986", 1986, "TTHC", C, code=_TTHC),
    F("cấp tỉnh 1.612", "1.612", 1612, "TTHC", C, **_level("tỉnh"), code=_TTHC),
    F("cấp xã 374", "374", 374, "TTHC", C, **_level("xã"), code=_TTHC),
    F("có 65 đơn vị", "65", 65, "đơn vị", C, **_level("xã"), code=None),
    F("(48 xã", "48", 48, "xã", C, subject=ANY, level="xã", code=None),
    F("16 phường", "16", 16, "phường", C, subject=ANY, level="xã", code=None),
    F("01 đặc khu", "01", 1, "đặc khu", C, subject=ANY, level="xã", code=None),
    F("; 100% Trung tâm", "100%", 100, "%", subject=ANY, level="xã", code=ANY),
    # I.2 received files and online shares by level; năm 2024 dated 2024-12-31
    F("có 1.712 TTHC", "1.712", 1712, "TTHC", C, code=_CUNG_CAP),
    F("trong đó 1.104 TTHC", "1.104", 1104, "TTHC", C, code=_TOAN),
    F("chiếm 64,49%", "64,49%", 64.49, "%", code=_TOAN),
    F("tiếp nhận 1.236.418", "1.236.418", 1236418, "hồ sơ", C, code=_TN),
    F("cấp tỉnh 318.652", "318.652", 318652, "hồ sơ", C, **_level("tỉnh"), code=_TN),
    F("cấp xã 917.766", "917.766", 917766, "hồ sơ", C, **_level("xã"), code=_TN),
    F("là 904.275", "904.275", 904275, "hồ sơ", C, code=_NOP),
    F("chiếm 73,14%", "73,14%", 73.14, "%", code=_NOP),
    F("(năm 2024: 58,62%)", "58,62%", 58.62, "%", PR, as_of="2024-12-31", code=_NOP),
    F("là 86,27%", "86,27%", 86.27, "%", **_level("tỉnh"), code=_NOP),
    F("và 68,58%", "68,58%", 68.58, "%", **_level("xã"), code=_NOP),
    F("giải quyết 1.198.534", "1.198.534", 1198534, "hồ sơ", C, code=ANY),
    F("trước hạn 1.181.869", "1.181.869", 1181869, "hồ sơ", C, code=_DH),
    F("đạt 98,61%", "98,61%", 98.61, "%", code=_DH),
    F("quá hạn 16.665", "16.665", 16665, "hồ sơ", C, code=_QH),
    # the committee's own findings about communes
    F("tại 06 xã", "06", 6, "xã", C, subject=ANY, level="xã", code=None),
    F("còn 1.342 hồ sơ", "1.342", 1342, "hồ sơ", C, subject=ANY, level="xã", code=ANY),
    # I.3 the 2025 target (28/NQ-HĐND of 12/12/2024 cited); the questioned figure and the portal's
    F("đạt 52,37%", "52,37%", 52.37, "%", code=_TT, target=60, stated_status="chưa đạt"),
    F("năm 2025 là 60%", "60%", 60, "%", T, code=_TT),
    F("đạt 91,24%", "91,24%", 91.24, "%", code=_SH),
    F("đạt 96,08%", "96,08%", 96.08, "%", code=_KQ),
    F("đạt 38,75%", "38,75%", 38.75, "%", code=_TSD),
    F("tỉnh (52,37%)", "52,37%", 52.37, "%", code=_TT),
    F("(47,91%)", "47,91%", 47.91, "%", code=_TT),
    # I.4 tháng 7/2025 dated 2025-07-31; level averages; counts by grade
    F("đạt 84,67/100", "84,67/100", 84.67, "điểm", max_value=100, code=_TONG),
    F("thứ 15/34", "15/34", 15, "hạng", R, max_value=34, code=_HANG),
    F("tăng 2,62 điểm", "2,62", 2.62, "điểm", CH, code=_TONG),
    F("và 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    F("(82,05 điểm", "82,05", 82.05, "điểm", PR, max_value=100, as_of=_JUL_442, code=_TONG),
    F("thứ 19/34)", "19/34", 19, "hạng", PR, max_value=34, as_of=_JUL_442, code=_HANG),
    F("đạt 17,02/22", "17,02/22", 17.02, "điểm", max_value=22, code="766.so_hoa"),
    F("đạt 6,38/10", "6,38/10", 6.38, "điểm", max_value=10, code="766.thanh_toan"),
    F("ngành là 87,15 điểm", "87,15", 87.15, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("là 79,42 điểm", "79,42", 79.42, "điểm", subject=ANY, level="xã", code=_TONG),
    F("Có 22/65", "22/65", 22, "xã", C, max_value=65, subject=ANY, level="xã", code=None),
    F("34 đơn vị", "34", 34, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("09 đơn vị", "09", 9, "đơn vị", C, subject=ANY, level="xã", code=None),
    # I.5
    F("tiếp nhận 96 phản ánh", "96", 96, "PAKN", C, code=_PAKN_TN),
    F("xử lý 91 PAKN", "91", 91, "PAKN", C, code=_PAKN_XL),
    F("đạt 94,79%", "94,79%", 94.79, "%", code=_PAKN_TL),
    F("còn 05 PAKN", "05", 5, "PAKN", C, code=ANY),
    F("là 4,8 ngày", "4,8", 4.8, "ngày", code=_TIME),
    F("đạt 93,46%", "93,46%", 93.46, "%", code=_HL),
    # II. the province's target in the task of Sở Tài chính; the land files in the communes' task
    F("tối thiểu 60%", "60%", 60, "%", T, as_of="2026-03-31", code=_TT),
    F("dứt điểm 1.342", "1.342", 1342, "hồ sơ", C, subject=ANY, level="xã", code=ANY),
]

# ------------------------------------------------------------ 443: Sở KH&CN tỉnh Đồng Nai, tháng 10 năm 2025
_SEP_443 = "2025-09-30"

BLIND_443 = [
    # headline and lead (766/QĐ-TTg of 23/6/2022 cited; "(Đồng Nai, 07/11/2025)" and "05/11/2025" are dates)
    F("NAI TĂNG 4 BẬC", "4", 4, "hạng", CH, code=_HANG),
    F("đạt 89,12/100", "89,12/100", 89.12, "điểm", max_value=100, code=_TONG),
    F("thứ 8/34", "8/34", 8, "hạng", R, max_value=34, code=_HANG),
    F("tăng 1,47 điểm", "1,47", 1.47, "điểm", CH, code=_TONG),
    F("và tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    F("(87,65 điểm", "87,65", 87.65, "điểm", PR, max_value=100, as_of=_SEP_443, code=_TONG),
    F("thứ 12/34)", "12/34", 12, "hạng", PR, max_value=34, as_of=_SEP_443, code=_HANG),
    # the six groups, the later ones by their bare name
    F("minh bạch đạt 17,36/18", "17,36/18", 17.36, "điểm", max_value=18, code="766.cong_khai"),
    F("giải quyết 19,42/20", "19,42/20", 19.42, "điểm", max_value=20, code="766.tien_do"),
    F("trực tuyến 10,58/12", "10,58/12", 10.58, "điểm", max_value=12, code="766.dvctt"),
    F("trực tuyến 7,84/10", "7,84/10", 7.84, "điểm", max_value=10, code="766.thanh_toan"),
    F("hài lòng 17,75/18", "17,75/18", 17.75, "điểm", max_value=18, code="766.hai_long"),
    F("hồ sơ 16,17/22", "16,17/22", 16.17, "điểm", max_value=22, code="766.so_hoa"),
    F("(tăng 0,92 điểm)", "0,92", 0.92, "điểm", CH, code="766.thanh_toan"),
    F("từ 58,14%", "58,14%", 58.14, "%", PR, as_of=_SEP_443, code=_TT),
    F("lên 63,27%", "63,27%", 63.27, "%", code=_TT),
    F("giảm 0,21 điểm", "0,21", -0.21, "điểm", CH, code="766.so_hoa"),
    F("tiếp nhận 148.326", "148.326", 148326, "hồ sơ", C, code=_TN),
    F("trực tuyến 121.604", "121.604", 121604, "hồ sơ", C, code=_NOP),
    F("chiếm 81,98%", "81,98%", 81.98, "%", code=_NOP),
    F("đạt 99,04%", "99,04%", 99.04, "%", code=_DH),
    F("đạt 98,76%", "98,76%", 98.76, "%", code=_HL),
    F("cấp 1.846 TTHC", "1.846", 1846, "TTHC", C, code=_CUNG_CAP),
    F("trong đó 1.209 TTHC", "1.209", 1209, "TTHC", C, code=_TOAN),
    F("chiếm 65,49%", "65,49%", 65.49, "%", code=_TOAN),
    F("đạt 93,52%", "93,52%", 93.52, "%", code=_SH),
    F("đạt 97,64%", "97,64%", 97.64, "%", code=_KQ),
    F("tiếp nhận 64 phản ánh", "64", 64, "PAKN", C, code=_PAKN_TN),
    F("xử lý 61 PAKN", "61", 61, "PAKN", C, code=_PAKN_XL),
    F("đạt 95,31%", "95,31%", 95.31, "%", code=_PAKN_TL),
    # agencies and communes: counts by grade, block averages, best and worst communes
    F("20/21 cơ quan", "20/21", 20, "đơn vị", C, max_value=21, subject=ANY, level="tỉnh", code=None),
    F("khối đạt 90,46 điểm", "90,46", 90.46, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("số 95 xã", "95", 95, "xã", C, subject=ANY, level="xã", code=None),
    F("có 38 đơn vị", "38", 38, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("49 đơn vị", "49", 49, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("08 đơn vị", "08", 8, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("phường đạt 84,03 điểm", "84,03", 84.03, "điểm", subject=ANY, level="xã", code=_TONG),
    F("(95,81 điểm)", "95,81", 95.81, "điểm", subject="phường Trấn Biên", level="xã", code=_TONG),
    F("(71,26 điểm)", "71,26", 71.26, "điểm", subject="xã Bù Gia Mập", level="xã", code=_TONG),
    # the director's quote ("tháng 10", "ba tháng", "hai cấp" are no figures)
    F("mới đạt 42,18%", "42,18%", 42.18, "%", code=_TSD),
    F("(46,35%)", "46,35%", 46.35, "%", subject="cả nước", level=None, code=_TSD),
    # the tasks (6127/UBND-KGVX of 03/11/2025 cited; 0251.3822.746 is a phone number)
]

# ------------------------------------------------------------ 444: Phòng Tư pháp huyện Tiên Lữ, tháng 5 năm 2025
_PTP = "Phòng Tư pháp"


def _phong(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "a) Tại Phòng Tư pháp" (subject the Phòng named by its kind, level huyện)."""
    return F(context, raw, value, unit, kind, subject=_PTP, level="huyện", **kw)


def _xa(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "b) Cấp xã" (subject "cấp xã", level xã)."""
    return F(context, raw, value, unit, kind, subject="cấp xã", level="xã", **kw)


def _district(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A "Toàn huyện" figure or the district's rank (subject unchecked: the district or the Phòng; level huyện)."""
    return F(context, raw, value, unit, kind, subject=ANY, level="huyện", **kw)


def _row_444(subject: str, requests: str, electronic: str, share: str, civil: str, after: str) -> list[Fact]:
    """One Markdown row of a commune (or the "Cộng" row = cấp xã): certifications, electronic ones, their share,
    online civil-status files."""
    cells = [(requests, "trường hợp", P, ANY, "period"), (electronic, "trường hợp", P, _CT, "period"),
             (share, "%", P, _CT, "period"), (civil, "hồ sơ", P, ANY, "period")]
    return _cells(subject, "xã", cells, after, " | ", " |\n")


_APR_444 = "2025-04-30"

BLIND_444 = [
    # I.1 a) (23/2015/NĐ-CP of 16/02/2015 and 74/KH-UBND of 21/02/2025 cited); tháng 4/2025 dated 2025-04-30
    _phong("tiếp nhận 412 trường hợp", "412", 412, "trường hợp", C, code=ANY),
    _phong("điện tử 287 trường hợp", "287", 287, "trường hợp", C, code=_CT),
    _phong("chiếm 69,66%", "69,66%", 69.66, "%", code=_CT),
    _phong("(tháng 4/2025: 61,23%)", "61,23%", 61.23, "%", PR, as_of=_APR_444, code=_CT),
    _phong("phí 4.865.000 đồng", "4.865.000", 4865000, "đồng", code=ANY),
    # I.1 b) cấp xã, the 2025 target (dated at the year's end), "chưa đạt chỉ tiêu"
    _xa("tiếp nhận 3.946", "3.946", 3946, "trường hợp", C, code=ANY),
    _xa("điện tử 2.177 trường hợp", "2.177", 2177, "trường hợp", C, code=_CT),
    _xa("đạt 55,17%", "55,17%", 55.17, "%", code=_CT, target=60, stated_status="chưa đạt"),
    _xa("năm 2025 là 60%", "60%", 60, "%", T, as_of="2025-12-31", code=_CT),
    F("Có 05/13", "05/13", 5, "xã", C, max_value=13, subject=ANY, level="xã", code=None),
    F("(31,39%)", "31,39%", 31.39, "%", subject="xã Lệ Xá", level="xã", code=_CT),
    F("(38,60%)", "38,60%", 38.6, "%", subject="xã Thụy Lôi", level="xã", code=_CT),
    # I.2 "Toàn huyện" civil-status files and their kinds; one commune's overdue files
    _district("tiếp nhận 1.268", "1.268", 1268, "hồ sơ", C, code=_TN),
    _district("trong đó 1.105", "1.105", 1105, "hồ sơ", C, code=_NOP),
    _district("chiếm 87,15%", "87,15%", 87.15, "%", code=_NOP),
    _district("giải quyết 1.241", "1.241", 1241, "hồ sơ", C, code=ANY),
    _district("đúng hạn 1.236", "1.236", 1236, "hồ sơ", C, code=_DH),
    _district("đạt 99,60%", "99,60%", 99.6, "%", code=_DH),
    F("quá hạn 05 hồ sơ", "05", 5, "hồ sơ", C, subject="UBND xã Lệ Xá", level="xã", code=_QH),
    _district("khai sinh 562", "562", 562, "hồ sơ", C, code=ANY),
    _district("khai tử 148", "148", 148, "hồ sơ", C, code=ANY),
    _district("kết hôn 96", "96", 96, "hồ sơ", C, code=ANY),
    _district("hộ tịch 374", "374", 374, "hồ sơ", C, code=ANY),
    _district("khác 88", "88", 88, "hồ sơ", C, code=ANY),
    # I.3 Markdown table of the 13 xã, thị trấn (official order), "Cộng" row (= cấp xã)
    *_row_444("Thị trấn Vương", "612", "431", "70,42", "168", "| 2 | Xã An Viên"),
    *_row_444("Xã An Viên", "284", "176", "61,97", "74", "| 3 | Xã Dị Chế"),
    *_row_444("Xã Dị Chế", "318", "163", "51,26", "86", "| 4 | Xã Đức Thắng"),
    *_row_444("Xã Đức Thắng", "196", "128", "65,31", "52", "| 5 | Xã Hải Triều"),
    *_row_444("Xã Hải Triều", "305", "187", "61,31", "81", "| 6 | Xã Hưng Đạo"),
    *_row_444("Xã Hưng Đạo", "347", "162", "46,69", "95", "| 7 | Xã Lệ Xá"),
    *_row_444("Xã Lệ Xá", "274", "86", "31,39", "71", "| 8 | Xã Ngô Quyền"),
    *_row_444("Xã Ngô Quyền", "263", "146", "55,51", "69", "| 9 | Xã Nhật Tân"),
    *_row_444("Xã Nhật Tân", "287", "154", "53,66", "78", "| 10 | Xã Thiện Phiến"),
    *_row_444("Xã Thiện Phiến", "240", "149", "62,08", "63", "| 11 | Xã Thủ Sỹ"),
    *_row_444("Xã Thủ Sỹ", "256", "132", "51,56", "72", "| 12 | Xã Thụy Lôi"),
    *_row_444("Xã Thụy Lôi", "228", "88", "38,60", "61", "| 13 | Xã Trung Dũng"),
    *_row_444("Xã Trung Dũng", "336", "175", "52,08", "92", "| | Cộng"),
    *_row_444("cấp xã", "3.946", "2.177", "55,17", "1.062", "\n4. Đánh giá"),
    # I.4 the district's rank in the province; tháng 4/2025 dated 2025-04-30 (0221.3883.215 is a phone number)
    _district("thứ 6/10", "6/10", 6, "hạng", R, max_value=10, code=ANY),
    _district("tăng 2 bậc", "2", 2, "hạng", CH, code=ANY),
    _district("thứ 8/10)", "8/10", 8, "hạng", PR, max_value=10, as_of=_APR_444, code=ANY),
]

BLIND = {"440": BLIND_440, "441": BLIND_441, "442": BLIND_442, "443": BLIND_443, "444": BLIND_444}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "440": [
        ("2025-04-25", "day", "25/4/2025", "biên soạn bộ tài liệu hướng dẫn", "Ban Tuyên giáo Hội LHPN tỉnh"),
        ("2025-06-30", "quarter", "quý II năm 2025", "rà soát hội viên chưa có tài khoản", "Hội LHPN huyện Trạm Tấu"),
        ("2025-05-15", "day", "ngày 15 tháng 5 năm 2025", "tổ chức ra quân",
         "Các Hội LHPN huyện, thị xã, thành phố"),
        # issued 09/4/2025: the first "ngày 20 hằng tháng" is 20/4/2025
        ("2025-04-20", "recurring", "20 hằng tháng", "tổng hợp, báo cáo kết quả",
         "Các Hội LHPN huyện, thị xã, thành phố"),
    ],
    "441": [
        ("2025-12-31", "year", "năm 2025", "mở tài khoản cho khách hàng", "Phòng Kế hoạch - Nghiệp vụ tín dụng"),
        ("2025-01-25", "day", "25/01/2025", "xây dựng kế hoạch nâng tỷ lệ thu nợ",
         "Các Phòng giao dịch huyện Lập Thạch, Sông Lô, Tam Đảo"),
        ("2025-06-30", "quarter", "quý II năm 2025", "số hóa toàn bộ hồ sơ vay vốn", "Phòng Tin học"),
        ("2025-03-31", "month", "tháng 3/2025", "thu lãi bằng mã QR", "Phòng Kế toán - Ngân quỹ"),
    ],
    "442": [
        ("2026-01-15", "day", "15/01/2026", "đồng bộ số liệu hồ sơ", "Văn phòng UBND tỉnh"),
        ("2026-03-31", "quarter", "quý I năm 2026", "mở rộng kênh thanh toán", "Sở Tài chính"),
        ("2026-03-31", "day", "ngày 31 tháng 3 năm 2026", "giải quyết dứt điểm", "UBND các xã, phường, đặc khu"),
        ("2026-06-30", "month", "tháng 6/2026", "kết nối, chia sẻ dữ liệu số hóa", "Sở Khoa học và Công nghệ"),
    ],
    "443": [
        ("2025-11-20", "day", "20/11/2025", "đồng bộ dữ liệu hồ sơ", "Trung tâm Phục vụ hành chính công tỉnh"),
        ("2025-11-30", "month", "tháng 11/2025", "xây dựng kế hoạch khắc phục", "UBND các xã xếp loại Trung bình"),
        # issued 07/11/2025: the first "ngày 10 hằng tháng" is 10/11/2025
        ("2025-11-10", "recurring", "10 hằng tháng", "công bố kết quả Bộ chỉ số", "Sở Khoa học và Công nghệ"),
    ],
    "444": [
        ("2025-06-15", "day", "15/6/2025", "bố trí công chức tư pháp - hộ tịch", "UBND xã Lệ Xá, UBND xã Thụy Lôi"),
        ("2025-06-25", "day", "ngày 25 tháng 6 năm 2025", "bàn giao sổ hộ tịch", "Phòng Tư pháp"),
        ("2025-06-30", "month", "tháng 6/2025", "số hóa toàn bộ sổ hộ tịch", "UBND các xã, thị trấn"),
        # issued 05/6/2025: the first "ngày 25 hằng tháng" is 25/6/2025
        ("2025-06-25", "recurring", "25 hằng tháng", "gửi số liệu chứng thực, hộ tịch", "UBND các xã, thị trấn"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 440's issuer is the Hội LHPN tỉnh Yên Bái (signed for its Đoàn Chủ tịch); 441's the Chi nhánh NHCSXH tỉnh Vĩnh
# Phúc; 442's the Ban Kinh tế - Ngân sách HĐND tỉnh Khánh Hòa, a "BÁO CÁO THẨM TRA" (doc_type "Báo cáo") whose
# period is the year in its title; 443 is an unsigned press release of a Sở of Đồng Nai (signer NULL); 444's issuer
# is the Phòng Tư pháp under "UBND HUYỆN TIÊN LỮ", province Hưng Yên named in "Kính gửi".
META = {
    "440": {"doc_number": "142/BC-ĐCT", "doc_type": "Báo cáo", "issued_date": "2025-04-09",
            "province": "Yên Bái", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Hoàng Thị Thu Hằng"},
    "441": {"doc_number": "27/NHCS-KHNV", "doc_type": "Báo cáo", "issued_date": "2025-01-10",
            "province": "Vĩnh Phúc", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Nguyễn Quang Huy"},
    "442": {"doc_number": "118/BC-KTNS", "doc_type": "Báo cáo", "issued_date": "2025-12-04",
            "province": "Khánh Hòa", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Võ Thị Ngọc Lan"},
    "443": {"doc_number": "31/TCBC-SKHCN", "doc_type": "Thông cáo báo chí", "issued_date": "2025-11-07",
            "province": "Đồng Nai", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": None},
    "444": {"doc_number": "38/BC-PTP", "doc_type": "Báo cáo", "issued_date": "2025-06-05",
            "province": "Hưng Yên", "period_label": "tháng 5 năm 2025", "period_start": "2025-05-01",
            "period_end": "2025-05-31", "signer": "Đỗ Văn Thắng"},
}
