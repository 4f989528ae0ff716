"""Blind golden facts for corpus/blind19/170_binh_phuoc.txt, 171_vinh_phuc.txt, 172_hoa_binh.txt,
173_thai_binh.txt and 174_can_tho.txt.

The five documents were written by the developers for a nineteenth blind measurement (provinces reused with
issuers not used for them before, wording and layouts not used elsewhere in the corpus; not real documents),
and every row below was written by reading them, before any extraction, restoration or pipeline code was run
on them. They also serve as held-out text for diacritic restoration (marks stripped, restored, compared with
the file).

Same structure and conventions as golden/blind13.py … blind16.py: rows use `golden.facts.Fact` (context
string that occurs once in the document + the figure as written inside it). Prose and list counts are kind
`count`; table cells are kind `value` with `extra={"source": "table"}`; `as_of="period"` is the period's
end; `ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly
names none). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`, counts of
"cơ quan" the unit `đơn vị`, counts of local units the unit of their first unit word ("27/151 xã, phường,
thị trấn" → `xã`); a count of the files (or PAKN) an indicator is computed on carries that indicator's code;
every "đã giải quyết" count and the parts of a received or settled whole ("kỳ trước chuyển sang", "tiếp nhận
mới", "trước hạn", "đúng hạn" apart) have their code unchecked; files received in one field carry the
received code (subject ANY); a relative change of a count ("tăng 9,7% so với cùng kỳ năm 2024") has its code
unchecked; sums of money are kind value (code unchecked). A table column dated before the period end keeps
kind `value` with that date as `as_of`; a change is dated at the period end, a fall ("giảm") is negative. A
group score written without `/max` keeps the group's maximum when the sentence compares it with a scored
group (golden/blind6.py). Dates, document numbers, cited circulars, plans, letters, notices and decisions
("Thông tư số 01/2020/TT-VPCP", "Kế hoạch số 38/KH-UBND", "Quyết định số 2134/QĐ-UBND", "Công văn số
1526/UBND-KSTT", "Thông báo số 27/TB-UBND", "Kế hoạch số 21/KH-UBND", "Công văn số 3512/SNV-CCHC", "Công văn
số 2418/UBND-KSTT", "Quyết định số 766/QĐ-TTg"), "tính đến ngày 31/3/2025", "Tính đến hết ngày 28/02/2025",
"từ ngày 01/3/2025", section numbering ("I.", "1.", "a)", "đ)"), the STT column, phone numbers
("0271.3879.246", "0211.3862.417", "0218.3852.164", "0227.3823.518", "0292.3850.247"), street addresses ("số
688 đường Quốc lộ 14", "số 38 đường Nguyễn Trãi", "số 126 đường Hùng Thắng", "số 45 đường Lộ Vòng Cung"),
"hai cấp", the month label of a table header ("Tháng 4/2025 (%)"), headings naming the next period ("III.
NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2025", "III. NHIỆM VỤ THÁNG 6 NĂM 2025", "III. NHIỆM VỤ QUÝ I NĂM 2025", "6.
Nhiệm vụ tháng 11 năm 2025": no deadlines) and years are not figures.

New in this set:
- 170 is a quarterly Báo cáo of UBND tỉnh Bình Phước (South-East) to the Văn phòng Chính phủ, quý I năm
  2025, issued 08/4/2025. Province figures have subject NULL. "09 quyết định" is a count with code None;
  "công bố danh mục 146 TTHC (trong đó 58 …, 71 … và 17 TTHC …)" are counts of published procedures (code
  unchecked). Procedures by level "trong đó cấp tỉnh 1.512 TTHC, …"; files received by level after "lần
  lượt là" (the n-th count is the n-th level's); "(quý IV năm 2024: 68,84%)" and "so với quý IV năm 2024
  (83,44 điểm, xếp thứ 26/63)" are previous values dated 2024-12-31 (the previous total on the /100 scale).
  "trước hạn và đúng hạn 155.821 hồ sơ (đạt 98,65%)" carries the on-time code. "lĩnh vực đất đai với 1.684
  hồ sơ, chiếm 79,25% tổng số hồ sơ quá hạn": the land files are overdue files of one field (subject ANY,
  overdue code); their share of the overdue files is no catalogued indicator (code unchecked). Its Markdown
  table (units in the headers) lists the 11 district-level units (subject as written, "UBND thị xã Chơn
  Thành", level huyện; received, online share, overdue files) with a "Tổng cộng" row with an empty STT
  cell (= cấp huyện; its 41.906 is also in the prose). "tăng 6,14% so với quý IV năm 2024" is the change of
  the payment share; "chỉ tiêu năm 2025 là 60%, chưa đạt chỉ tiêu": the target dated 2025-12-31, the 52,36%
  carries it with status "chưa đạt"; the task's "đạt tối thiểu 60%" is the province's target again (subject
  NULL), dated 2025-12-31. "18,47 tỷ đồng" is a sum of money. Digitisation shares by level after "tương ứng
  là". New form: the six group scores follow the six group names after "tương ứng là", separated by ";"
  ("… Số hóa hồ sơ tương ứng là 16,92/18; 19,18/20; …; 17,64/18 và 15,01/22 điểm"): the n-th score is the
  n-th group's (sum 84,36). Five deadlines: day for two named districts, year ("đến hết năm 2025", with the
  target), month, quarter, "chậm nhất" day in words.
- 171 is a monthly Báo cáo of Sở Tài chính tỉnh Vĩnh Phúc (header "UBND TỈNH VĨNH PHÚC / SỞ TÀI CHÍNH"), tháng
  5 năm 2025, issued 06/6/2025, on the province's online payment of fees and on its own one-stop shop. New
  form: a Sở reporting province-wide results. Part I ("toàn tỉnh") is about the province: subject NULL, levels
  after "lần lượt đạt" with one target per level in brackets "(cấp tỉnh 70%, cấp huyện 55%, cấp xã 50%)" (each
  its level's, dated 2025-12-31; "cấp tỉnh và cấp huyện đã đạt, cấp xã chưa đạt chỉ tiêu"). Part II ("tại Sở
  Tài chính") is the Sở's own: subject "Sở Tài chính", level tỉnh. "21.846 hồ sơ có nghĩa vụ tài chính" (the
  denominator of the payment share) has its code unchecked; "12.964 hồ sơ được thanh toán trực tuyến" carries
  the payment code. "9.862,4 triệu đồng" is a sum of money. "(tháng 4/2025: …)" values are previous values
  dated 2025-04-30. Its tab-separated table (headers "Hồ sơ có nghĩa vụ tài chính", "Thanh toán trực tuyến" (a
  count of files, as the prose says), "Tỷ lệ (%)") lists the 9 district-level units (subject as written, level
  huyện; files with a financial obligation, files paid online, payment share, and a column "Tháng 4/2025 (%)"
  dated 2025-04-30, kind value) with a "Cộng" row with an empty STT cell (= cấp huyện; its 58,03 is also in
  the prose). "1.024 hồ sơ" of one field (subject ANY, level tỉnh). "03/03 PAKN" is one count of PAKN answered
  (max 3). "xếp thứ 6/19 sở, ban, ngành" ranks among the province's agencies; "(tháng 4/2025: 86,90 điểm, xếp
  thứ 9/19)" are previous values (the Sở's score has no max). Four deadlines: day, month for two named
  districts (written "Đề nghị UBND huyện …"), "chậm nhất" day in words, "trước ngày 05 hằng tháng" (issued
  06/6/2025, after the 5th: first 05/7/2025).
- 172 is a Công văn of the Văn phòng UBND tỉnh Hòa Bình (North-West; header "UBND TỈNH HÒA BÌNH / VĂN
  PHÒNG"; title in a "V/v" line placed before the place and date), tháng 02 năm 2025, issued 10/3/2025, on
  the 766 index. Province figures have subject NULL: "giảm 0,48 điểm và giảm 2 bậc so với tháng 01/2025
  (81,05 điểm, xếp thứ 39/63)" are falls (-0.48, -2) and previous values dated 2025-01-31; "xếp thứ 9/14"
  in the region is a rank with code unchecked (golden/blind6.py's 120). The six groups are a dash list "-
  Nhóm <group>: đạt x/max điểm (tháng 01/2025: y điểm);": y is the group's previous value, dated 2025-01-31,
  with the group's maximum. "(47,35%)" is the national average (subject "cả nước", level NULL). Block
  averages with previous values in brackets (subject ANY, levels tỉnh/huyện/xã). Counts of agencies by grade
  "Có 11/19 cơ quan xếp loại Tốt, 06 cơ quan … và 02 cơ quan …" and "08/19 cơ quan tăng điểm, 11 cơ quan
  giảm điểm" (unit `đơn vị`, code None, subject ANY, level tỉnh; "Có 05/10 đơn vị tăng điểm, 05 đơn vị giảm
  điểm" likewise, level huyện); the two Trung bình agencies and the leader
  carry their scores (subject as written, level tỉnh). New form: the ten district-level units as a dash list
  "- <unit>: x điểm (tháng 01/2025: y điểm);" in official order, not ranked (subject as written, "Thành phố
  Hòa Bình", "Huyện Lương Sơn", level huyện; previous values dated 2025-01-31, no max). "27/151 xã,
  phường, thị trấn xếp loại Trung bình và 04 xã xếp loại Yếu" are counts of communes (unit `xã`, code None,
  subject ANY, level xã). The target "tỷ lệ … của tỉnh đạt tối thiểu 45%" in quý II năm 2025 is the
  province's (subject NULL), dated 2025-06-30. Five deadlines (lettered `a)`–`đ)`): day, month for two named
  districts, quarter (with the target), "chậm nhất" day in words, "trước ngày 25 hằng tháng" (issued
  10/3/2025: first 25/3/2025).
- 173 is a quarterly Báo cáo of UBND huyện Tiền Hải (tỉnh Thái Bình, named in "Kính gửi"; Red River Delta),
  quý IV năm 2024, issued 06/01/2025. Figures under "a) Cấp huyện" have subject "cấp huyện" (level huyện),
  those under "b) Cấp xã" subject "cấp xã" (level xã); "274 TTHC cấp huyện … 119 TTHC cấp xã" likewise; the
  district's own PAKN, satisfaction, score and rank have subject "UBND huyện Tiền Hải", level huyện. "6.482
  hồ sơ (kỳ trước chuyển sang 215 hồ sơ, tiếp nhận mới 6.267 hồ sơ)": the whole is files received, its parts
  code unchecked; "chiếm 82,07% số hồ sơ tiếp nhận mới" is the online share. Its Markdown table by field (no
  units in the headers: counts of files; three "0" cells) has a "Tổng cộng" row with an empty STT cell (=
  cấp huyện; its figures are also in the prose); field rows have subject ANY, level huyện. "tăng 8,15% so với
  quý III năm 2024 (56,13%)": a change and a previous value dated 2024-09-30. Best and worst units with
  shares in brackets ("Thị trấn Tiền Hải", "xã Nam Hưng"). "05/32 xã, thị trấn" is a count of communes (unit
  `xã`, max 32). "chỉ tiêu UBND tỉnh giao năm 2024 là 50% đối với cả hai cấp … đều chưa đạt chỉ tiêu": one
  target for both levels (subject and level unchecked), at the period end; 47,16% and 33,82% carry it with
  status "chưa đạt". "1.286 trường hợp" of electronic certification are done by the Phòng Tư pháp and the
  communes together (subject and level unchecked). "xếp thứ 4/8 huyện, thành phố, tăng 2 bậc so với quý
  III năm 2024 (xếp thứ 6/8)": the previous rank dated 2024-09-30. The target "đạt tối thiểu 50%" in the
  task of "UBND các xã, thị trấn" is theirs, dated 2025-12-31. Six deadlines: day for two named communes,
  month, "chậm nhất" day in words, quarter, year (with the target), "trước ngày 12 hằng tháng" (issued
  06/01/2025: first 12/01/2025).
- 174 is a monthly Báo cáo of a post-merger commune, UBND xã Phong Điền (thành phố Cần Thơ after the 1 July
  2025 reform, named in "Kính gửi"; Mekong Delta), tháng 10 năm 2025, issued 05/11/2025. Every figure is
  the commune's (subject "UBND xã Phong Điền", level xã), except files by field (subject ANY). "9 tổ công
  nghệ số cộng đồng với 63 thành viên" are counts (units `tổ`, `thành viên`, code None). "tăng 312 hồ sơ so
  với tháng 9/2025 (2.635 hồ sơ)", "(tháng 9/2025: …)" and "so với tháng 9/2025 (88,02 điểm, thứ 16/103)"
  are a change and previous values dated 2025-09-30 (the commune's score has no max). "nộp trực tuyến toàn
  trình 1.648 hồ sơ, chiếm 74,40% số hồ sơ trực tuyến" names no catalogued indicator (code unchecked); "Nộp
  trực tiếp tại Trung tâm 732 hồ sơ (24,84%)" carries the direct-submission code. Files received by field
  after "lần lượt là". "1.032 hồ sơ có nghĩa vụ tài chính" (the denominator) has its code unchecked; "chỉ
  tiêu thành phố giao năm 2025 cho cấp xã là 80%, xã đã đạt chỉ tiêu": the commune's target dated
  2025-12-31, the 81,98% carries it with status "đạt". "215.640.000 đồng" is a sum of money. VNeID accounts:
  "thêm 684", "lũy kế đến nay 31.572" and their share. "06/06 PAKN" is one count of PAKN handled (max 6),
  "4,5 ngày/PAKN" their handling time, "2,4 ngày/hồ sơ" the processing time; "trả kết quả qua dịch vụ bưu
  chính công ích 286 hồ sơ" names no catalogued indicator (code unchecked).
  Rank "19/103" among the city's xã, phường; "giảm 0,88 điểm và giảm 3 bậc" are falls. The six group scores
  are a dash list "- <group>: x/max điểm;". The task "giải quyết dứt điểm 19 hồ sơ đất đai quá hạn" repeats
  the overdue land files (a count). The target "của xã đạt tối thiểu 60%" in quý IV năm 2025 is the
  commune's, dated 2025-12-31. Five deadlines: day, quarter (with the target), month, day in words, "trước
  ngày 03 hằng tháng" (issued 05/11/2025, after the 3rd: first 03/12/2025).
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
_CUNG_CAP = "766.dvctt.tthc_cung_cap"
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_GROUPS = ("766.cong_khai", "766.tien_do", "766.dvctt", "766.thanh_toan", "766.hai_long", "766.so_hoa")
_Y2025 = "2025-12-31"


def _cells(subject: object, level: object, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject, level=level,
              as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


def _level(level: str, context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about one level of government (subject "cấp <level>", that level)."""
    return F(context, raw, value, unit, kind, subject=f"cấp {level}", level=level, **kw)


# ------------------------------------------------------------ 170: UBND tỉnh Bình Phước, quý I năm 2025
_Q4_2024 = "2024-12-31"


def _row_170(subject: str, received: str, online: str, overdue: str, after: str) -> list[Fact]:
    """One Markdown row of a district-level unit (or the total): files received, online share, overdue files."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"),
             (overdue, "hồ sơ", P, _QH, "period")]
    return _cells(subject, "huyện", cells, after, " | ", " |\n")


BLIND_170 = [
    # I.1 (01/2020/TT-VPCP of 21/10/2020 and 38/KH-UBND of 16/01/2025 cited)
    F("ban hành 09 quyết định", "09", 9, "quyết định", C, code=None),
    F("danh mục 146 TTHC", "146", 146, "TTHC", C, code=ANY),
    F("trong đó 58 TTHC", "58", 58, "TTHC", C, code=ANY),
    F("ban hành, 71 TTHC", "71", 71, "TTHC", C, code=ANY),
    F("và 17 TTHC", "17", 17, "TTHC", C, code=ANY),
    F("đúng hạn đạt 100%", "100%", 100, "%", code="766.cong_khai.cong_bo_dung_han"),
    F("là 1.903 TTHC", "1.903", 1903, "TTHC", C, code=_TTHC),
    _level("tỉnh", "cấp tỉnh 1.512", "1.512", 1512, "TTHC", C, code=_TTHC),
    _level("huyện", "cấp huyện 263", "263", 263, "TTHC", C, code=_TTHC),
    _level("xã", "cấp xã 128", "128", 128, "TTHC", C, code=_TTHC),
    # I.2
    F("có 1.245 TTHC", "1.245", 1245, "TTHC", C, code=_CUNG_CAP),
    F("chiếm 65,42%", "65,42%", 65.42, "%", code=_CUNG_CAP),
    F("toàn trình 807", "807", 807, "TTHC", C, code=_TOAN),
    F("một phần 438", "438", 438, "TTHC", C, code=_MOT),
    # I.3 received by level after "lần lượt là"; quý IV năm 2024 dated 2024-12-31
    F("tiếp nhận 164.382", "164.382", 164382, "hồ sơ", C, code=_TN),
    F("tăng 9,7%", "9,7%", 9.7, "%", CH, code=ANY),
    _level("tỉnh", "lần lượt là 38.417", "38.417", 38417, "hồ sơ", C, code=_TN),
    _level("huyện", "hồ sơ, 41.906 hồ sơ", "41.906", 41906, "hồ sơ", C, code=_TN),
    _level("xã", "và 84.059", "84.059", 84059, "hồ sơ", C, code=_TN),
    F("là 118.523", "118.523", 118523, "hồ sơ", C, code=_NOP),
    F("chiếm 72,10%", "72,10%", 72.10, "%", code=_NOP),
    F("(quý IV năm 2024: 68,84%)", "68,84%", 68.84, "%", PR, as_of=_Q4_2024, code=_NOP),
    F("giải quyết 157.946", "157.946", 157946, "hồ sơ", C, code=ANY),
    F("đúng hạn 155.821", "155.821", 155821, "hồ sơ", C, code=_DH),
    F("(đạt 98,65%)", "98,65%", 98.65, "%", code=_DH),
    F("quá hạn 2.125", "2.125", 2125, "hồ sơ", C, code=_QH),
    F("(chiếm 1,35%)", "1,35%", 1.35, "%", code=_QH),
    F("với 1.684 hồ sơ", "1.684", 1684, "hồ sơ", C, subject=ANY, code=_QH),
    F("chiếm 79,25%", "79,25%", 79.25, "%", subject=ANY, code=ANY),
    # Markdown table of the 11 district-level units, "Tổng cộng" row (= cấp huyện)
    *_row_170("UBND thành phố Đồng Xoài", "7.048", "81,37", "42", "| 2 | UBND thị xã Bình Long"),
    *_row_170("UBND thị xã Bình Long", "2.917", "76,52", "31", "| 3 | UBND thị xã Phước Long"),
    *_row_170("UBND thị xã Phước Long", "2.685", "78,04", "18", "| 4 | UBND thị xã Chơn Thành"),
    *_row_170("UBND thị xã Chơn Thành", "4.872", "74,26", "96", "| 5 | UBND huyện Bù Đăng"),
    *_row_170("UBND huyện Bù Đăng", "4.815", "62,18", "412", "| 6 | UBND huyện Bù Đốp"),
    *_row_170("UBND huyện Bù Đốp", "1.764", "66,93", "27", "| 7 | UBND huyện Bù Gia Mập"),
    *_row_170("UBND huyện Bù Gia Mập", "2.306", "58,41", "74", "| 8 | UBND huyện Đồng Phú"),
    *_row_170("UBND huyện Đồng Phú", "4.149", "71,85", "88", "| 9 | UBND huyện Hớn Quản"),
    *_row_170("UBND huyện Hớn Quản", "3.718", "69,07", "105", "| 10 | UBND huyện Lộc Ninh"),
    *_row_170("UBND huyện Lộc Ninh", "4.126", "60,74", "356", "| 11 | UBND huyện Phú Riềng"),
    *_row_170("UBND huyện Phú Riềng", "3.506", "67,58", "69", "| | Tổng cộng"),
    *_row_170("cấp huyện", "41.906", "70,70", "1.318", "\n4. Thanh toán"),
    # I.4 the 2025 target (dated at the year's end), "chưa đạt chỉ tiêu"; digitisation by level after "tương ứng là"
    F("toàn tỉnh đạt 52,36%", "52,36%", 52.36, "%", code=_TT, target=60, stated_status="chưa đạt"),
    F("tăng 6,14%", "6,14%", 6.14, "%", CH, code=_TT),
    F("năm 2025 là 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TT),
    F("là 18,47 tỷ", "18,47", 18.47, "tỷ đồng", code=ANY),
    _level("tỉnh", "tương ứng là 96,18%", "96,18%", 96.18, "%", code=_SH),
    _level("huyện", ", 84,52%", "84,52%", 84.52, "%", code=_SH),
    _level("xã", "và 71,09%", "71,09%", 71.09, "%", code=_SH),
    F("điện tử đạt 93,70%", "93,70%", 93.70, "%", code=_KQ),
    F("hóa đạt 38,26%", "38,26%", 38.26, "%", code=_TSD),
    # I.5
    F("tiếp nhận 27 phản ánh", "27", 27, "PAKN", C, code=_PAKN_TN),
    F("xử lý 25 PAKN", "25", 25, "PAKN", C, code=_PAKN_XL),
    F("(đạt 92,59%)", "92,59%", 92.59, "%", code=_PAKN_TL),
    F("còn 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    F("TTHC đạt 96,42%", "96,42%", 96.42, "%", code=_HL),
    # I.6 (766/QĐ-TTg of 23/6/2022 cited; "tính đến ngày 31/3/2025" is the period end); quý IV năm 2024 dated
    # 2024-12-31; the six group scores after "tương ứng là", in the order of the names before it
    F("đạt 84,36/100", "84,36/100", 84.36, "điểm", max_value=100, code=_TONG),
    F("thứ 22/63", "22/63", 22, "hạng", R, max_value=63, code=_HANG),
    F("tăng 0,92 điểm", "0,92", 0.92, "điểm", CH, code=_TONG),
    F("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    F("(83,44 điểm", "83,44", 83.44, "điểm", PR, max_value=100, as_of=_Q4_2024, code=_TONG),
    F("thứ 26/63)", "26/63", 26, "hạng", PR, max_value=63, as_of=_Q4_2024, code=_HANG),
    *[F(context, raw, _num(raw.split("/")[0]), "điểm", max_value=_num(raw.split("/")[1]), code=code)
      for context, raw, code in zip(
          ("là 16,92/18", "; 19,18/20", "; 9,46/12", "; 6,15/10", "; 17,64/18", "và 15,01/22"),
          ("16,92/18", "19,18/20", "9,46/12", "6,15/10", "17,64/18", "15,01/22"), _GROUPS, strict=True)],
    # III.2 the province's target by the end of 2025 (in the task of Sở Tài chính; "số 688 đường Quốc lộ 14"
    # is an address, 0271.3879.246 a phone number)
    F("tối thiểu 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TT),
]

# ------------------------------------------------------------ 171: Sở Tài chính tỉnh Vĩnh Phúc, tháng 5 năm 2025
_STC = "Sở Tài chính"
_APR_171 = "2025-04-30"


def _so(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_STC, level="tỉnh", **kw)


def _row_171(subject: str, owed: str, paid: str, share: str, april: str, after: str) -> list[Fact]:
    """One tab-separated row of a district-level unit (or the total): files with a financial obligation,
    files paid online, payment share, payment share of tháng 4/2025 (dated 2025-04-30)."""
    cells = [(owed, "hồ sơ", P, ANY, "period"), (paid, "hồ sơ", P, _TT, "period"), (share, "%", P, _TT, "period"),
             (april, "%", P, _TT, _APR_171)]
    return _cells(subject, "huyện", cells, after, "\t", "\n")


BLIND_171 = [
    # I.1 the province (2134/QĐ-UBND of 18/12/2024 and 1526/UBND-KSTT of 10/3/2025 cited); tháng 4/2025 dated
    # 2025-04-30; shares by level after "lần lượt đạt", one 2025 target per level in brackets
    F("phát sinh 21.846", "21.846", 21846, "hồ sơ", C, code=ANY),
    F("trong đó 12.964", "12.964", 12964, "hồ sơ", C, code=_TT),
    F("đạt 59,34%", "59,34%", 59.34, "%", code=_TT),
    F("(tháng 4/2025: 55,81%)", "55,81%", 55.81, "%", PR, as_of=_APR_171, code=_TT),
    F("là 9.862,4 triệu", "9.862,4", 9862.4, "triệu đồng", code=ANY),
    _level("tỉnh", "lần lượt đạt 71,26%", "71,26%", 71.26, "%", code=_TT, target=70, stated_status="đạt"),
    _level("huyện", ", 58,03%", "58,03%", 58.03, "%", code=_TT, target=55, stated_status="đạt"),
    _level("xã", "và 49,17%", "49,17%", 49.17, "%", code=_TT, target=50, stated_status="chưa đạt"),
    _level("tỉnh", "(cấp tỉnh 70%", "70%", 70, "%", T, as_of=_Y2025, code=_TT),
    _level("huyện", "cấp huyện 55%", "55%", 55, "%", T, as_of=_Y2025, code=_TT),
    _level("xã", "cấp xã 50%)", "50%", 50, "%", T, as_of=_Y2025, code=_TT),
    # I.2 tab-separated table of the 9 district-level units, "Cộng" row (= cấp huyện)
    *_row_171("UBND thành phố Vĩnh Yên", "1.286", "880", "68,43", "65,10", "2\tUBND thành phố Phúc Yên"),
    *_row_171("UBND thành phố Phúc Yên", "942", "604", "64,12", "61,85", "3\tUBND huyện Bình Xuyên"),
    *_row_171("UBND huyện Bình Xuyên", "1.018", "625", "61,39", "57,42", "4\tUBND huyện Lập Thạch"),
    *_row_171("UBND huyện Lập Thạch", "612", "234", "38,24", "35,06", "5\tUBND huyện Sông Lô"),
    *_row_171("UBND huyện Sông Lô", "486", "177", "36,42", "37,18", "6\tUBND huyện Tam Dương"),
    *_row_171("UBND huyện Tam Dương", "731", "418", "57,18", "52,74", "7\tUBND huyện Tam Đảo"),
    *_row_171("UBND huyện Tam Đảo", "447", "236", "52,80", "49,33", "8\tUBND huyện Vĩnh Tường"),
    *_row_171("UBND huyện Vĩnh Tường", "1.127", "671", "59,54", "54,27", "9\tUBND huyện Yên Lạc"),
    *_row_171("UBND huyện Yên Lạc", "763", "456", "59,76", "56,09", "\tCộng"),
    *_row_171("cấp huyện", "7.412", "4.301", "58,03", "54,76", "\nUBND huyện Lập Thạch và"),
    # II.1 the Sở's own one-stop shop ("từ ngày 01/3/2025" is a date)
    _so("thực hiện 193 TTHC", "193", 193, "TTHC", C, code=_TTHC),
    _so("trong đó 142 TTHC", "142", 142, "TTHC", C, code=_TOAN),
    _so("Sở tiếp nhận 1.356", "1.356", 1356, "hồ sơ", C, code=_TN),
    _so("chuyển sang 84", "84", 84, "hồ sơ", C, code=ANY),
    _so("trực tuyến 1.318", "1.318", 1318, "hồ sơ", C, code=_NOP),
    _so("chiếm 97,20%", "97,20%", 97.20, "%", code=_NOP),
    F("nghiệp 1.024 hồ sơ", "1.024", 1024, "hồ sơ", C, subject=ANY, level="tỉnh", code=_TN),
    _so("giải quyết 1.297", "1.297", 1297, "hồ sơ", C, code=ANY),
    _so("trước hạn 1.106", "1.106", 1106, "hồ sơ", C, code=ANY),
    _so("đúng hạn 187", "187", 187, "hồ sơ", C, code=ANY),
    _so("quá hạn 04", "04", 4, "hồ sơ", C, code=_QH),
    _so("đạt 99,69%", "99,69%", 99.69, "%", code=_DH),
    # II.2
    _so("tiếp nhận 03 phản ánh", "03", 3, "PAKN", C, code=_PAKN_TN),
    _so("trả lời 03/03", "03/03", 3, "PAKN", C, max_value=3, code=_PAKN_XL),
    _so("đạt 98,06%", "98,06%", 98.06, "%", code=_HL),
    # II.3 rank among the province's agencies; tháng 4/2025 dated 2025-04-30 (0211.3862.417 is a phone number)
    _so("đạt 88,74 điểm", "88,74", 88.74, "điểm", code=_TONG),
    _so("thứ 6/19", "6/19", 6, "hạng", R, max_value=19, code=_HANG),
    _so("2025: 86,90 điểm", "86,90", 86.90, "điểm", PR, as_of=_APR_171, code=_TONG),
    _so("thứ 9/19)", "9/19", 9, "hạng", PR, max_value=19, as_of=_APR_171, code=_HANG),
]

# ------------------------------------------------------------ 172: Văn phòng UBND tỉnh Hòa Bình, tháng 02 năm 2025
_JAN_172 = "2025-01-31"


def _group_172(code: str, top: int, score: str, previous: str) -> list[Fact]:
    """One dash item "- Nhóm <group>: đạt x/max điểm (tháng 01/2025: y điểm);": the score and its previous
    value (dated 2025-01-31, with the group's maximum)."""
    return [
        F(f"đạt {score}/{top} điểm", f"{score}/{top}", _num(score), "điểm", max_value=top, code=code),
        F(f"(tháng 01/2025: {previous} điểm)", previous, _num(previous), "điểm", PR, max_value=top,
          as_of=_JAN_172, code=code),
    ]


def _unit_172(subject: str, score: str, previous: str) -> list[Fact]:
    """One dash item "- <unit>: x điểm (tháng 01/2025: y điểm);" of a district-level unit (no max)."""
    return [
        F(f"{subject}: {score} điểm", score, _num(score), "điểm", subject=subject, level="huyện", code=_TONG),
        F(f"(tháng 01/2025: {previous} điểm)", previous, _num(previous), "điểm", PR, subject=subject,
          level="huyện", as_of=_JAN_172, code=_TONG),
    ]


def _block(level: str, context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about a block of units (subject unchecked, that level)."""
    return F(context, raw, value, unit, kind, subject=ANY, level=level, **kw)


BLIND_172 = [
    # 1. (766/QĐ-TTg of 23/6/2022 and 27/TB-UBND of 24/02/2025 cited; "Tính đến hết ngày 28/02/2025" is the
    # period end); tháng 01/2025 dated 2025-01-31; the regional rank has its code unchecked
    F("đạt 80,57/100", "80,57/100", 80.57, "điểm", max_value=100, code=_TONG),
    F("thứ 41/63", "41/63", 41, "hạng", R, max_value=63, code=_HANG),
    F("giảm 0,48 điểm", "0,48", -0.48, "điểm", CH, code=_TONG),
    F("giảm 2 bậc", "2", -2, "hạng", CH, code=_HANG),
    F("(81,05 điểm", "81,05", 81.05, "điểm", PR, max_value=100, as_of=_JAN_172, code=_TONG),
    F("thứ 39/63)", "39/63", 39, "hạng", PR, max_value=63, as_of=_JAN_172, code=_HANG),
    F("thứ 9/14", "9/14", 9, "hạng", R, max_value=14, code=ANY),
    # the six groups as a dash list, each with its previous value in brackets
    *_group_172("766.cong_khai", 18, "15,86", "16,02"),
    *_group_172("766.tien_do", 20, "18,74", "18,81"),
    *_group_172("766.dvctt", 12, "8,92", "9,05"),
    *_group_172("766.thanh_toan", 10, "4,37", "4,29"),
    *_group_172("766.hai_long", 18, "17,52", "17,60"),
    *_group_172("766.so_hoa", 22, "15,16", "15,28"),
    F("mới đạt 31,48%", "31,48%", 31.48, "%", code=_TT),
    F("tăng 1,26%", "1,26%", 1.26, "%", CH, code=_TT),
    F("(47,35%)", "47,35%", 47.35, "%", subject="cả nước", level=None, code=_TT),
    # 2.a) the agencies' block: average, counts by grade and by change, three named agencies
    _block("tỉnh", "đạt 86,15 điểm", "86,15", 86.15, "điểm", code=_TONG),
    _block("tỉnh", "(tháng 01/2025: 85,73 điểm)", "85,73", 85.73, "điểm", PR, as_of=_JAN_172, code=_TONG),
    _block("tỉnh", "Có 11/19", "11/19", 11, "đơn vị", C, max_value=19, code=None),
    _block("tỉnh", "Tốt, 06 cơ quan", "06", 6, "đơn vị", C, code=None),
    _block("tỉnh", "và 02 cơ quan", "02", 2, "đơn vị", C, code=None),
    F("(68,42 điểm)", "68,42", 68.42, "điểm", subject="Sở Xây dựng", level="tỉnh", code=_TONG),
    F("(66,85 điểm)", "66,85", 66.85, "điểm", subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_TONG),
    F("với 95,08 điểm", "95,08", 95.08, "điểm", subject="Sở Tư pháp", level="tỉnh", code=_TONG),
    _block("tỉnh", "có 08/19", "08/19", 8, "đơn vị", C, max_value=19, code=None),
    _block("tỉnh", "điểm, 11 cơ quan", "11", 11, "đơn vị", C, code=None),
    # 2.b) the districts' block: average and the ten units in official order
    _block("huyện", "đạt 82,64 điểm", "82,64", 82.64, "điểm", code=_TONG),
    _block("huyện", "(tháng 01/2025: 82,58 điểm)", "82,58", 82.58, "điểm", PR, as_of=_JAN_172, code=_TONG),
    *_unit_172("Thành phố Hòa Bình", "89,46", "88,70"),
    *_unit_172("Huyện Lương Sơn", "89,12", "88,35"),
    *_unit_172("Huyện Cao Phong", "84,37", "84,82"),
    *_unit_172("Huyện Kim Bôi", "82,25", "81,36"),
    *_unit_172("Huyện Lạc Sơn", "79,84", "80,57"),
    *_unit_172("Huyện Lạc Thủy", "83,21", "82,64"),
    *_unit_172("Huyện Tân Lạc", "83,78", "83,13"),
    *_unit_172("Huyện Yên Thủy", "80,76", "81,42"),
    *_unit_172("Huyện Mai Châu", "77,63", "78,35"),
    *_unit_172("Huyện Đà Bắc", "75,98", "76,41"),
    _block("huyện", "Có 05/10", "05/10", 5, "đơn vị", C, max_value=10, code=None),
    _block("huyện", "điểm, 05 đơn vị", "05", 5, "đơn vị", C, code=None),
    # 2.c) the communes' block: average and counts of communes by grade
    _block("xã", "đạt 78,12 điểm", "78,12", 78.12, "điểm", code=_TONG),
    _block("xã", "(tháng 01/2025: 77,64 điểm)", "77,64", 77.64, "điểm", PR, as_of=_JAN_172, code=_TONG),
    _block("xã", "có 27/151", "27/151", 27, "xã", C, max_value=151, code=None),
    _block("xã", "và 04 xã", "04", 4, "xã", C, code=None),
    # 3.c) the province's target in quý II năm 2025 (in the task of Sở Tài chính; 0218.3852.164 is a phone
    # number)
    F("tối thiểu 45%", "45%", 45, "%", T, as_of="2025-06-30", code=_TT),
]

# ------------------------------------------------------------ 173: UBND huyện Tiền Hải (Thái Bình), quý IV năm 2024
_TH = "UBND huyện Tiền Hải"
_Q3_2024 = "2024-09-30"


def _huyen(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "a) Cấp huyện" or about cấp huyện (subject "cấp huyện", level huyện)."""
    return _level("huyện", context, raw, value, unit, kind, **kw)


def _xa(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "b) Cấp xã" or about cấp xã (subject "cấp xã", level xã)."""
    return _level("xã", context, raw, value, unit, kind, **kw)


def _district(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the district as a whole (subject the district's UBND, level huyện)."""
    return F(context, raw, value, unit, kind, subject=_TH, level="huyện", **kw)


def _row_173(subject: object, received: str, settled: str, overdue: str, after: str) -> list[Fact]:
    """One Markdown row of a field (or the total = cấp huyện): files received, settled, overdue."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (settled, "hồ sơ", P, ANY, "period"),
             (overdue, "hồ sơ", P, _QH, "period")]
    return _cells(subject, "huyện", cells, after, " | ", " |\n")


BLIND_173 = [
    # I.1 (21/KH-UBND of 25/01/2024 and 3512/SNV-CCHC of 12/12/2024 cited; "số 126 đường Hùng Thắng" is an
    # address)
    _huyen("công khai 274 TTHC", "274", 274, "TTHC", C, code=_TTHC),
    _xa("công khai 119 TTHC", "119", 119, "TTHC", C, code=_TTHC),
    # I.2 a) cấp huyện: the whole received and its parts; the settled whole and its parts
    _huyen("tiếp nhận 6.482", "6.482", 6482, "hồ sơ", C, code=_TN),
    _huyen("chuyển sang 215", "215", 215, "hồ sơ", C, code=ANY),
    _huyen("mới 6.267", "6.267", 6267, "hồ sơ", C, code=ANY),
    _huyen("trực tuyến 5.143", "5.143", 5143, "hồ sơ", C, code=_NOP),
    _huyen("chiếm 82,07%", "82,07%", 82.07, "%", code=_NOP),
    _huyen("giải quyết 6.208", "6.208", 6208, "hồ sơ", C, code=ANY),
    _huyen("trước hạn 5.392", "5.392", 5392, "hồ sơ", C, code=ANY),
    _huyen("đúng hạn 779", "779", 779, "hồ sơ", C, code=ANY),
    _huyen("quá hạn 37 hồ sơ", "37", 37, "hồ sơ", C, code=_QH),
    _huyen("đạt 99,40%", "99,40%", 99.40, "%", code=_DH),
    # Markdown table by field, "Tổng cộng" row (= cấp huyện)
    *_row_173(ANY, "2.146", "1.987", "29", "| 2 | Hộ tịch"),
    *_row_173(ANY, "1.873", "1.869", "0", "| 3 | Lao động"),
    *_row_173(ANY, "864", "841", "2", "| 4 | Kinh doanh"),
    *_row_173(ANY, "715", "702", "0", "| 5 | Xây dựng"),
    *_row_173(ANY, "327", "309", "6", "| 6 | Giáo dục"),
    *_row_173(ANY, "557", "500", "0", "| | Tổng cộng"),
    *_row_173("cấp huyện", "6.482", "6.208", "37", "\nb) Cấp xã"),
    # I.2 b) cấp xã; quý III năm 2024 dated 2024-09-30; best and worst units in brackets
    _xa("tiếp nhận 14.936", "14.936", 14936, "hồ sơ", C, code=_TN),
    _xa("đạt 64,28%", "64,28%", 64.28, "%", code=_NOP),
    _xa("tăng 8,15%", "8,15%", 8.15, "%", CH, code=_NOP),
    _xa("(56,13%)", "56,13%", 56.13, "%", PR, as_of=_Q3_2024, code=_NOP),
    _xa("đạt 99,81%", "99,81%", 99.81, "%", code=_DH),
    F("cao nhất (85,62%)", "85,62%", 85.62, "%", subject="Thị trấn Tiền Hải", level="xã", code=_NOP),
    F("thấp nhất (41,05%)", "41,05%", 41.05, "%", subject="xã Nam Hưng", level="xã", code=_NOP),
    F("Có 05/32", "05/32", 5, "xã", C, max_value=32, subject=ANY, level="xã", code=None),
    _xa("tổng số 18 hồ sơ", "18", 18, "hồ sơ", C, code=_QH),
    # I.3 one 2024 target for both levels (at the period end), both "chưa đạt"
    _huyen("huyện đạt 47,16%", "47,16%", 47.16, "%", code=_TT, target=50, stated_status="chưa đạt"),
    _xa("xã đạt 33,82%", "33,82%", 33.82, "%", code=_TT, target=50, stated_status="chưa đạt"),
    F("năm 2024 là 50%", "50%", 50, "%", T, subject=ANY, level=ANY, code=_TT),
    _huyen("huyện là 91,24%", "91,24%", 91.24, "%", code=_SH),
    _xa("xã là 78,63%", "78,63%", 78.63, "%", code=_SH),
    F("chính 1.286 trường hợp", "1.286", 1286, "trường hợp", C, subject=ANY, level=ANY, code=_CT),
    # I.4 the district's PAKN and satisfaction
    _district("tiếp nhận 14 phản ánh", "14", 14, "PAKN", C, code=_PAKN_TN),
    _district("giải quyết 13 PAKN", "13", 13, "PAKN", C, code=_PAKN_XL),
    _district("đạt 92,86%", "92,86%", 92.86, "%", code=_PAKN_TL),
    _district("còn 01 PAKN", "01", 1, "PAKN", C, code=ANY),
    _district("huyện đạt 97,35%", "97,35%", 97.35, "%", code=_HL),
    # I.5 rank among the province's 8 district-level units; quý III năm 2024 dated 2024-09-30
    _district("đạt 84,92 điểm", "84,92", 84.92, "điểm", code=_TONG),
    _district("thứ 4/8", "4/8", 4, "hạng", R, max_value=8, code=_HANG),
    _district("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    _district("(xếp thứ 6/8)", "6/8", 6, "hạng", PR, max_value=8, as_of=_Q3_2024, code=_HANG),
    F("đạt 81,36 điểm", "81,36", 81.36, "điểm", subject=ANY, level="xã", code=_TONG),
    F("(90,14 điểm)", "90,14", 90.14, "điểm", subject="xã Đông Cơ", level="xã", code=_TONG),
    F("(69,82 điểm)", "69,82", 69.82, "điểm", subject="xã Nam Hưng", level="xã", code=_TONG),
    # III.5 the communes' target for 2025 (0227.3823.518 is a phone number)
    F("tối thiểu 50%", "50%", 50, "%", T, subject="UBND các xã, thị trấn", level="xã", as_of=_Y2025, code=_TT),
]

# ------------------------------------------------------------ 174: UBND xã Phong Điền (Cần Thơ), tháng 10 năm 2025
_PD = "UBND xã Phong Điền"
_SEP_174 = "2025-09-30"


def _xa_pd(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the commune itself (subject the commune's UBND, level xã)."""
    return F(context, raw, value, unit, kind, subject=_PD, level="xã", **kw)


def _field(context: str, raw: str, code: str) -> Fact:
    """Files of one field of the commune (subject unchecked, level xã)."""
    return F(context, raw, _num(raw), "hồ sơ", C, subject=ANY, level="xã", code=code)


BLIND_174 = [
    # 1. (2418/UBND-KSTT of 22/7/2025 cited; "số 45 đường Lộ Vòng Cung" is an address)
    _xa_pd("giải quyết 356 TTHC", "356", 356, "TTHC", C, code=_TTHC),
    _xa_pd("trong đó 248 TTHC", "248", 248, "TTHC", C, code=_TOAN),
    _xa_pd("và 79 TTHC", "79", 79, "TTHC", C, code=_MOT),
    _xa_pd("duy trì 9 tổ", "9", 9, "tổ", C, code=None),
    _xa_pd("với 63 thành viên", "63", 63, "thành viên", C, code=None),
    # 2. tháng 9/2025 dated 2025-09-30; received by field after "lần lượt là"
    _xa_pd("tiếp nhận 2.947", "2.947", 2947, "hồ sơ", C, code=_TN),
    _xa_pd("tăng 312 hồ sơ", "312", 312, "hồ sơ", CH, code=_TN),
    _xa_pd("(2.635 hồ sơ)", "2.635", 2635, "hồ sơ", PR, as_of=_SEP_174, code=_TN),
    _xa_pd("là 2.215 hồ sơ", "2.215", 2215, "hồ sơ", C, code=_NOP),
    _xa_pd("chiếm 75,16%", "75,16%", 75.16, "%", code=_NOP),
    _xa_pd("tăng 3,74%", "3,74%", 3.74, "%", CH, code=_NOP),
    _xa_pd("(tháng 9/2025: 71,42%)", "71,42%", 71.42, "%", PR, as_of=_SEP_174, code=_NOP),
    _xa_pd("toàn trình 1.648", "1.648", 1648, "hồ sơ", C, code=ANY),
    _xa_pd("chiếm 74,40%", "74,40%", 74.40, "%", code=ANY),
    _xa_pd("Trung tâm 732", "732", 732, "hồ sơ", C, code=_NTT),
    _xa_pd("(24,84%)", "24,84%", 24.84, "%", code=_NTT),
    _field("lần lượt là 1.126", "1.126", _TN),
    _field("hồ sơ, 864 hồ sơ", "864", _TN),
    _field("hồ sơ, 517 hồ sơ", "517", _TN),
    _field("và 208 hồ sơ", "208", _TN),
    _xa_pd("giải quyết 2.804", "2.804", 2804, "hồ sơ", C, code=ANY),
    _xa_pd("đúng hạn 2.781", "2.781", 2781, "hồ sơ", C, code=_DH),
    _xa_pd("(99,18%)", "99,18%", 99.18, "%", code=_DH),
    _xa_pd("quá hạn 23", "23", 23, "hồ sơ", C, code=_QH),
    _field("đất đai (19 hồ sơ)", "19", _QH),
    _xa_pd("giải quyết 143", "143", 143, "hồ sơ", C, code=ANY),
    _xa_pd("trung bình 2,4", "2,4", 2.4, "ngày", code="766.tien_do.thoi_gian"),
    _xa_pd("công ích 286", "286", 286, "hồ sơ", C, code=ANY),
    # 3. the commune's 2025 target (dated at the year's end), "đã đạt chỉ tiêu"
    _xa_pd("có 1.032 hồ sơ", "1.032", 1032, "hồ sơ", C, code=ANY),
    _xa_pd("trong đó 846", "846", 846, "hồ sơ", C, code=_TT),
    _xa_pd("đạt 81,98%", "81,98%", 81.98, "%", code=_TT, target=80, stated_status="đạt"),
    _xa_pd("(tháng 9/2025: 78,06%)", "78,06%", 78.06, "%", PR, as_of=_SEP_174, code=_TT),
    _xa_pd("xã là 80%", "80%", 80, "%", T, as_of=_Y2025, code=_TT),
    _xa_pd("là 215.640.000", "215.640.000", 215640000, "đồng", code=ANY),
    _xa_pd("đạt 97,84%", "97,84%", 97.84, "%", code=_SH),
    _xa_pd("đạt 95,26%", "95,26%", 95.26, "%", code=_KQ),
    _xa_pd("đạt 52,37%", "52,37%", 52.37, "%", code=_TSD),
    _xa_pd("chính 412 trường hợp", "412", 412, "trường hợp", C, code=_CT),
    _xa_pd("thêm 684", "684", 684, "tài khoản", C, code=_TK),
    _xa_pd("nay 31.572", "31.572", 31572, "tài khoản", C, code=_TK),
    _xa_pd("đạt 86,45%", "86,45%", 86.45, "%", code=_TK),
    _xa_pd("(tháng 9/2025: 84,58%)", "84,58%", 84.58, "%", PR, as_of=_SEP_174, code=_TK),
    # 4.
    _xa_pd("tiếp nhận 06 phản ánh", "06", 6, "PAKN", C, code=_PAKN_TN),
    _xa_pd("xử lý 06/06", "06/06", 6, "PAKN", C, max_value=6, code=_PAKN_XL),
    _xa_pd("bình quân 4,5", "4,5", 4.5, "ngày", code="pakn.thoi_gian"),
    _xa_pd("đạt 98,91%", "98,91%", 98.91, "%", code=_HL),
    # 5. rank among the city's 103 xã, phường; tháng 9/2025 dated 2025-09-30; the six groups as a dash list
    _xa_pd("đạt 87,14 điểm", "87,14", 87.14, "điểm", code=_TONG),
    _xa_pd("thứ 19/103", "19/103", 19, "hạng", R, max_value=103, code=_HANG),
    _xa_pd("giảm 0,88 điểm", "0,88", -0.88, "điểm", CH, code=_TONG),
    _xa_pd("giảm 3 bậc", "3", -3, "hạng", CH, code=_HANG),
    _xa_pd("(88,02 điểm", "88,02", 88.02, "điểm", PR, as_of=_SEP_174, code=_TONG),
    _xa_pd("thứ 16/103)", "16/103", 16, "hạng", PR, max_value=103, as_of=_SEP_174, code=_HANG),
    *[_xa_pd(f"{label}: {raw} điểm", raw, _num(raw.split("/")[0]), "điểm", max_value=_num(raw.split("/")[1]),
             code=code)
      for label, raw, code in zip(
          ("minh bạch", "giải quyết", "Dịch vụ công trực tuyến", "Thanh toán trực tuyến", "hài lòng", "hồ sơ"),
          ("16,74/18", "18,96/20", "10,42/12", "8,15/10", "17,86/18", "15,01/22"), _GROUPS, strict=True)],
    # 6. the overdue land files again in a task; the commune's target in quý IV năm 2025 (0292.3850.247 is a
    # phone number)
    _field("dứt điểm 19 hồ sơ", "19", _QH),
    _xa_pd("tối thiểu 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TSD),
]

BLIND = {"170": BLIND_170, "171": BLIND_171, "172": BLIND_172, "173": BLIND_173, "174": BLIND_174}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "170": [
        ("2025-04-30", "day", "30/4/2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "UBND huyện Bù Đăng, UBND huyện Lộc Ninh"),
        ("2025-12-31", "year", "năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "Sở Tài chính"),
        ("2025-05-31", "month", "tháng 5/2025", "nâng cấp Hệ thống thông tin giải quyết TTHC",
         "Sở Khoa học và Công nghệ"),
        ("2025-06-30", "quarter", "quý II năm 2025", "kiểm tra công tác kiểm soát TTHC", "Văn phòng UBND tỉnh"),
        ("2025-05-15", "day", "ngày 15 tháng 5 năm 2025", "phương án sắp xếp Bộ phận Một cửa cấp xã", "Sở Nội vụ"),
    ],
    "171": [
        ("2025-06-20", "day", "20/6/2025", "bổ sung tài khoản thu phí, lệ phí", "Phòng Quản lý giá và Công sản"),
        ("2025-06-30", "month", "tháng 6/2025", "hướng dẫn người dân thanh toán trực tuyến",
         "UBND huyện Lập Thạch, UBND huyện Sông Lô"),
        ("2025-06-25", "day", "ngày 25 tháng 6 năm 2025", "kết nối số liệu thanh toán",
         "Phòng Tin học và Thống kê"),
        # issued 06/6/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/7/2025
        ("2025-07-05", "recurring", "05 hằng tháng", "tổng hợp kết quả thanh toán trực tuyến", "Văn phòng Sở"),
    ],
    "172": [
        ("2025-03-20", "day", "20/3/2025", "gửi báo cáo giải trình", "Sở Xây dựng, Sở Nông nghiệp và Môi trường"),
        ("2025-04-30", "month", "tháng 4/2025", "xây dựng kế hoạch khắc phục",
         "UBND huyện Đà Bắc, UBND huyện Mai Châu"),
        ("2025-06-30", "quarter", "quý II năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "Sở Tài chính"),
        ("2025-03-31", "day", "ngày 31 tháng 3 năm 2025", "đồng bộ trạng thái hồ sơ",
         "Trung tâm Phục vụ hành chính công tỉnh"),
        # issued 10/3/2025: the first "ngày 25 hằng tháng" is 25/3/2025
        ("2025-03-25", "recurring", "25 hằng tháng", "báo cáo kết quả khắc phục", "UBND các huyện, thành phố"),
    ],
    "173": [
        ("2025-01-15", "day", "15/01/2025", "xây dựng kế hoạch nâng cao tỷ lệ nộp hồ sơ trực tuyến",
         "UBND xã Nam Hưng, UBND xã Đông Hoàng"),
        ("2025-01-31", "month", "tháng 01/2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "Phòng Tài nguyên và Môi trường"),
        ("2025-02-28", "day", "ngày 28 tháng 02 năm 2025", "chứng thực bản sao điện tử", "Phòng Tư pháp"),
        ("2025-03-31", "quarter", "quý I năm 2025", "kiểm tra công tác cải cách TTHC",
         "Văn phòng HĐND và UBND huyện"),
        ("2025-12-31", "year", "năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "UBND các xã, thị trấn"),
        # issued 06/01/2025: the first "ngày 12 hằng tháng" is 12/01/2025
        ("2025-01-12", "recurring", "12 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các cơ quan chuyên môn thuộc UBND huyện, UBND các xã, thị trấn"),
    ],
    "174": [
        ("2025-11-14", "day", "14/11/2025", "giải quyết dứt điểm 19 hồ sơ đất đai quá hạn",
         "Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "khai thác, sử dụng lại thông tin",
         "Trung tâm Phục vụ hành chính công xã"),
        ("2025-12-31", "month", "tháng 12/2025", "bố trí thêm máy tính, máy quét", "Văn phòng HĐND và UBND xã"),
        ("2025-11-30", "day", "ngày 30 tháng 11 năm 2025", "kích hoạt tài khoản định danh điện tử", "Công an xã"),
        # issued 05/11/2025, after the 3rd: the first "ngày 03 hằng tháng" is 03/12/2025
        ("2025-12-03", "recurring", "03 hằng tháng", "tổng hợp số liệu, báo cáo Văn phòng UBND thành phố",
         "Trung tâm Phục vụ hành chính công xã"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 170's issuer is UBND tỉnh Bình Phước, period the quarter in its title; 171's issuer is Sở Tài chính under
# "UBND TỈNH VĨNH PHÚC"; 172's issuer is the Văn phòng under "UBND TỈNH HÒA BÌNH", a Công văn whose period is
# the month in its "V/v" line; 173's issuer is a district (province named in "Kính gửi"), a quarterly report
# issued in January 2025; 174's issuer is a post-merger commune of thành phố Cần Thơ (named in "Kính gửi").
META = {
    "170": {"doc_number": "96/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-04-08",
            "province": "Bình Phước", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Phạm Quốc Thắng"},
    "171": {"doc_number": "1387/BC-STC", "doc_type": "Báo cáo", "issued_date": "2025-06-06",
            "province": "Vĩnh Phúc", "period_label": "tháng 5 năm 2025", "period_start": "2025-05-01",
            "period_end": "2025-05-31", "signer": "Nguyễn Văn Khước"},
    "172": {"doc_number": "412/VPUBND-KSTT", "doc_type": "Công văn", "issued_date": "2025-03-10",
            "province": "Hòa Bình", "period_label": "tháng 02 năm 2025", "period_start": "2025-02-01",
            "period_end": "2025-02-28", "signer": "Bùi Thị Thu Hương"},
    "173": {"doc_number": "07/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-01-06",
            "province": "Thái Bình", "period_label": "quý IV năm 2024", "period_start": "2024-10-01",
            "period_end": "2024-12-31", "signer": "Đặng Văn Thuấn"},
    "174": {"doc_number": "142/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-11-05",
            "province": "Cần Thơ", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Trần Thanh Phong"},
}
