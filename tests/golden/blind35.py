"""Blind golden facts for corpus/blind35/250_lam_dong.txt, 251_phu_tho.txt, 252_ha_noi.txt, 253_vinh_long.txt
and 254_khanh_hoa.txt.

The five documents were written by the developers for a thirty-fifth blind measurement (issuers, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by reading
them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out text
for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind16.py: rows use `golden.facts.Fact` (context string that occurs
once in the document + the figure as written inside it). Prose and list counts are kind `count`; table cells
are kind `value` with `extra={"source": "table"}`; `as_of="period"` is the period's end; `ANY` leaves a field
unchecked where the sentence names no catalogued indicator (`None` where it clearly names none). "thủ tục"
counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a count of the files (or PAKN) an
indicator is computed on carries that indicator's code; every "đã giải quyết" count and the parts of a
received or settled whole ("trước hạn", "đúng hạn" apart, channels) have their code unchecked. A count of
local units takes the unit of its first unit word ("8/8 huyện, thị xã, thành phố" → `huyện`, "89/107 xã,
phường, thị trấn" → `xã`), counts of "cơ quan"/"đơn vị" the unit `đơn vị`, at the level of the bodies counted.
A change is dated at the period end; a rise is positive, a fall ("rút ngắn") negative; a relative change of a
count ("tăng 8,7% so với năm 2023") has its code unchecked. Previous values are dated at the end of the
period they name. Dates, document numbers, cited decrees, plans, letters and decisions ("Quyết định số
766/QĐ-TTg", "Kế hoạch số 118/KH-UBND", "Công văn số 2974/UBND-KSTTHC", "Kế hoạch số 21/KH-UBND", "Nghị định
số 61/2018/NĐ-CP", "Nghị định số 107/2021/NĐ-CP", "Công văn số 3318/UBND-KSTT"), "từ ngày 01/5/2025 đến ngày
31/5/2025", "Tính từ ngày 01/7/2025 đến hết tháng 9/2025", section numbering ("I.", "1.", "a)"), the STT
column, phone numbers ("0263.3822.147", "0210.3846.215", "024.3767.3852", "0270.3823.562", "0258.3850.216"),
street addresses and names with numbers ("số 36 đường Trần Phú, Phường 4", "số 1525 đại lộ Hùng Vương", "số
4 phố Trần Đăng Ninh", "số 88 đường Hoàng Thái Hiếu, Phường 1", "số 02 đường Lý Tự Trọng"), "Tổng đài 1022",
"Tổ công tác đề án 06", "mức độ 2", "hai cấp", headings naming the next period ("III. NHIỆM VỤ TRỌNG TÂM NĂM
2025", "III. NHIỆM VỤ QUÝ I NĂM 2025", "II. NHIỆM VỤ THÁNG 6 NĂM 2025", "III. NHIỆM VỤ QUÝ II NĂM 2025",
"II. NHIỆM VỤ THÁNG 10 NĂM 2025": no deadlines) and years are not figures.

New in this set:
- 250 is an annual Báo cáo of UBND tỉnh Lâm Đồng to the Văn phòng Chính phủ, năm 2024, issued 10/01/2025.
  Province figures have subject NULL. "47 quyết định" is a count with code None. "1.823 thủ tục, trong đó
  cấp tỉnh 1.436 TTHC, cấp huyện 254 TTHC và cấp xã 133 TTHC" are procedure counts by level (the whole
  written "thủ tục": unit `TTHC`). "tăng 8,7% so với năm 2023" is a relative change (code unchecked); "(năm
  2023 chỉ đạt 51,36%)", "(năm 2023: 27,65%)" and "so với năm 2023 (82,32 điểm, xếp thứ 26/63)" are previous
  values dated 2023-12-31 (the previous total on the /100 scale). "trước hạn và đúng hạn 589.236 hồ sơ, đạt
  98,63%" carries the on-time code. On-time shares by level after "lần lượt là". "đạt 41,28% …, chưa đạt chỉ
  tiêu Kế hoạch năm 2024 là 45%": the target is dated at the period end and the share carries it with
  status "chưa đạt". Six group scores `x/max` after "lần lượt là:" separated by ";" (sum 84,37). Block
  averages (subject unchecked; levels tỉnh/huyện/xã); "11/19 cơ quan xếp loại Tốt, 6 cơ quan … và 2 cơ
  quan" are counts by grade (unit `đơn vị`, level tỉnh, code None; the first with max 19). Its tab-separated
  table (no STT total row, no maxima in the headers: max_value None) lists seven agencies (subject as
  written, "Sở Tư pháp", level tỉnh) with their six group scores and total (codes of the six groups and
  766.tong_hop). Best and worst district-level units ("thành phố Bảo Lộc … với 89,46 điểm"). The target "đạt
  tối thiểu 50% trong quý II năm 2025" in the task of Sở Tài chính is the province's (subject NULL), dated
  2025-06-30. Five deadlines: quarter (with the target), day, "chậm nhất" day in words, month, "trước ngày
  18 hằng tháng" (issued 10/01/2025: first 18/01/2025).
- 251 is a quarterly Báo cáo of Sở Lao động - Thương binh và Xã hội tỉnh Phú Thọ (header "UBND TỈNH PHÚ THỌ
  / SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"), quý IV năm 2024, issued 06/01/2025 (before the Sở was merged on
  01/3/2025). Every figure is the Sở's (subject "Sở Lao động - Thương binh và Xã hội", level tỉnh); the dash
  list of service groups ("- Hưởng trợ cấp thất nghiệp: 2.418 hồ sơ, trong đó trực tuyến 2.052 hồ sơ
  (84,86%);") has subject ANY, level tỉnh, as field rows do (received count code of files received, online
  count and share the online code; "nộp trực tuyến 100%" is a share). "03 quyết định" and "12 lĩnh vực" are
  counts with code None. "(quý III năm 2024: …)" values and "so với quý III năm 2024 (88,97 điểm, xếp thứ
  7/20)" are previous values dated 2024-09-30. "nộp trực tiếp tại Bộ phận Một cửa 735 hồ sơ" is a part of
  the received files (code unchecked). "4,1 ngày/hồ sơ, rút ngắn 0,6 ngày" is the processing time and its
  fall. "Lũy kế năm 2024" figures are at the period end (the quarter ends the year). Welfare paid through
  accounts: "28.416 đối tượng …, chiếm 71,30% trên tổng số 39.854 đối tượng" (unit `đối tượng`, code
  unchecked: no catalogued indicator). "so với chỉ tiêu UBND tỉnh giao năm 2024 là 60% thì Sở đã đạt chỉ
  tiêu": the Sở's target at the period end, the 72,16% carries it with status "đạt". "07/07 PAKN" is one
  count (max 7). Rank "4/20 sở, ban, ngành", "tăng 3 bậc", the agencies' average in brackets (subject ANY,
  level tỉnh) and two group scores `x/max` of the Sở. Five deadlines: day, month, "chậm nhất" day in words,
  quarter, "trước ngày 15 hằng tháng" (issued 06/01/2025: first 15/01/2025).
- 252 is a monthly Báo cáo of UBND quận Cầu Giấy (thành phố Hà Nội, named in "Kính gửi"), tháng 5 năm 2025,
  issued 04/6/2025, before the 1 July 2025 reform. Figures under "a) Cấp huyện (Bộ phận Một cửa quận)" have
  subject "cấp huyện" (level huyện), those under "b) Cấp xã" subject "cấp xã" (level xã); the quận's own PAKN,
  score and rank ("UBND quận …") have subject "UBND quận Cầu Giấy", level huyện. "(tháng 4/2025: …)" and
  "(xếp thứ 6/30)" are previous values dated 2025-04-30. Overdue files by field in brackets "(lĩnh vực đất
  đai 41 hồ sơ, xây dựng 14 hồ sơ)": subject ANY, level huyện. Best and worst wards with shares and scores
  in brackets (subject as written, level xã). Its Markdown table lists the 8 phường (subject as written,
  "Phường Dịch Vọng", level xã; received, online, on-time and payment shares; two "100" cells) with a "Cộng"
  row with an empty STT cell (= cấp xã; its figures are also in the prose). Targets by level in a bracket
  "(cấp huyện 70%, cấp xã 65%) thì cấp huyện đã đạt, cấp xã chưa đạt chỉ tiêu": each its level's, dated
  2025-12-31. "3,5 ngày/PAKN" is the PAKN handling time. Rank "4/30 quận, huyện, thị xã". Four deadlines:
  day for a named ward, month, "chậm nhất" day in words, "trước ngày 22 hằng tháng" (issued 04/6/2025: first
  22/6/2025).
- 253 is a quarterly Báo cáo of the Văn phòng UBND tỉnh Vĩnh Long (header "UBND TỈNH VĨNH LONG / VĂN
  PHÒNG") to the Chairman, quý I năm 2025, issued 08/4/2025, on the Bộ phận Một cửa at three levels.
  Province figures have subject NULL. "21 cơ quan, đơn vị" (unit `đơn vị`, level tỉnh), "8/8 huyện, thị xã,
  thành phố" (unit `huyện`, max 8), "89/107 xã, phường, thị trấn" and "còn 18 xã, phường, thị trấn" (unit
  `xã`) count bodies with code None, subject ANY. "tăng 9.846 hồ sơ so với quý IV năm 2024 (107.311 hồ sơ)":
  a change and a previous value dated 2024-12-31. Its Markdown table (alignment colons in the separator
  row, no STT column) has one row per level, "Cấp tỉnh", "Cấp huyện", "Cấp xã" (subject "cấp tỉnh" … in lower
  case, level as named), and "Toàn tỉnh" (the province: subject and level NULL): received, online share,
  settled, on-time share, digitisation share. "riêng cấp huyện có 616 hồ sơ quá hạn" is the level's overdue
  count; two named districts' overdue counts in brackets. PAKN received by level in a bracket "(cấp tỉnh 14
  PAKN, …)" (subject "cấp tỉnh" …, code of PAKN received); "5,2 ngày/PAKN" (and 254's "4,2 ngày/PAKN") is
  the PAKN handling time. "tăng 1,55 điểm và tăng 3 bậc" are changes; the districts' average (subject ANY,
  level huyện). Payment shares by level after "lần lượt là"; "bình quân toàn tỉnh đạt 55,08%, đạt chỉ tiêu
  quý I năm 2025 là 50%": the target at the period end, status "đạt". Electronic certification by level
  ("cấp huyện cấp bản sao … cho 2.846 trường hợp"). "3/8 huyện, thị xã, thành phố xếp loại Tốt, 5 đơn vị còn
  lại xếp loại Khá": counts at level huyện (units `huyện`, `đơn vị`). Five deadlines: day for two named
  districts, "chậm nhất" day in words, month, quarter, "trước ngày 12 hằng tháng" (issued 08/4/2025: first
  12/4/2025).
- 254 is a monthly Báo cáo of a post-merger commune, UBND xã Diên Khánh (tỉnh Khánh Hòa, named in "Kính
  gửi"), tháng 9 năm 2025, issued 03/10/2025. Every figure is the commune's (subject "UBND xã Diên Khánh",
  level xã); files by field ("lĩnh vực hộ tịch 1.024 hồ sơ", "riêng lĩnh vực đất đai 29 hồ sơ") have
  subject ANY. "(tháng 8/2025: …)", "(52,58%)" after "so với tháng 8/2025" and "(85,56 điểm, thứ 19/65)" are previous
  values dated 2025-08-31 (the score has no max); "tăng 329 hồ sơ", "tăng 1,86 điểm" and "tăng 7 bậc" are
  changes. On-time shares by field after "theo lĩnh vực:" (two "100%") have subject ANY. Online files by channel in
  brackets are parts (code unchecked). "so với chỉ tiêu tỉnh giao năm 2025 cho cấp xã là 70%, xã đã đạt chỉ
  tiêu": the commune's target dated 2025-12-31, the 77,06% carries it with status "đạt". "chuyển sang tháng
  sau là 145 hồ sơ" (files in progress, code unchecked). "Tính từ ngày 01/7/2025 đến hết tháng 9/2025 …
  8.109 hồ sơ … 98,52%": figures of the quarter so far, dated at the period end (30/9/2025 is also the
  month's end). VNeID accounts: "thêm 1.348", "lũy kế đến nay có 31.627", "đạt 82,14%". "còn 01 PAKN đang
  xác minh" is a count with code unchecked. Rank "12/65 xã, phường, đặc khu", the communes' average in
  brackets (subject ANY, level xã), six group scores `x/max` separated by ";" (sum 87,42). The target "của xã
  đạt tối thiểu 65% trong quý IV năm 2025" is the commune's, dated 2025-12-31. Five deadlines: day, "chậm
  nhất" day in words, month, quarter (with the target), "trước ngày 25 hằng tháng" (issued 03/10/2025: first
  25/10/2025).
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
_TIME = "766.tien_do.thoi_gian"
_TOAN = "766.dvctt.toan_trinh"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_GROUPS = ("766.cong_khai", "766.tien_do", "766.dvctt", "766.thanh_toan", "766.hai_long", "766.so_hoa")


def _cells(subject: object, level: str | None, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject, level=level,
              as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


def _groups(scores: list[str], labels: list[str], **kw) -> list[Fact]:
    """Six group scores written `<label> x/max` in the order of `_GROUPS` (the label ends the context)."""
    maxima = (18, 20, 12, 10, 18, 22)
    return [F(f"{label} {raw}", raw, _num(raw.split("/")[0]), "điểm", max_value=top, code=code, **kw)
            for label, raw, top, code in zip(labels, scores, maxima, _GROUPS, strict=True)]


# ------------------------------------------------------------ 250: UBND tỉnh Lâm Đồng, năm 2024
_Y2023 = "2023-12-31"


def _agency_250(subject: str, scores: list[str], after: str) -> list[Fact]:
    """One tab-separated row of an agency: its six group scores and total (no maxima written)."""
    cells = [(raw, "điểm", P, code, "period") for raw, code in zip(scores, (*_GROUPS, _TONG), strict=True)]
    return _cells(subject, "tỉnh", cells, after, "\t", "\n")


_LABELS_250 = ["minh bạch", "giải quyết", "trực tuyến", "thanh toán trực tuyến", "hài lòng", "hồ sơ"]

BLIND_250 = [
    # I.1 (766/QĐ-TTg of 23/6/2022 and 118/KH-UBND of 08/01/2024 cited)
    F("ban hành 47 quyết định", "47", 47, "quyết định", C, code=None),
    F("tỉnh là 1.823 thủ tục", "1.823", 1823, "TTHC", C, code=_TTHC),
    F("cấp tỉnh 1.436 TTHC", "1.436", 1436, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code=_TTHC),
    F("cấp huyện 254 TTHC", "254", 254, "TTHC", C, subject="cấp huyện", level="huyện", code=_TTHC),
    F("cấp xã 133 TTHC", "133", 133, "TTHC", C, subject="cấp xã", level="xã", code=_TTHC),
    F("toàn trình là 1.102 TTHC", "1.102", 1102, "TTHC", C, code=_TOAN),
    F("chiếm 60,45%", "60,45%", 60.45, "%", code=_TOAN),
    # I.2 năm 2023 dated 2023-12-31
    F("tiếp nhận 612.384 hồ sơ", "612.384", 612384, "hồ sơ", C, code=_TN),
    F("tăng 8,7%", "8,7%", 8.7, "%", CH, code=ANY),
    F("trực tuyến là 398.217", "398.217", 398217, "hồ sơ", C, code=_NOP),
    F("chiếm 65,03%", "65,03%", 65.03, "%", code=_NOP),
    F("chỉ đạt 51,36%", "51,36%", 51.36, "%", PR, as_of=_Y2023, code=_NOP),
    F("giải quyết 597.410", "597.410", 597410, "hồ sơ", C, code=ANY),
    F("đúng hạn 589.236", "589.236", 589236, "hồ sơ", C, code=_DH),
    F("đạt 98,63%", "98,63%", 98.63, "%", code=_DH),
    F("quá hạn 8.174", "8.174", 8174, "hồ sơ", C, code=_QH),
    F("là 99,12%", "99,12%", 99.12, "%", subject="cấp tỉnh", level="tỉnh", code=_DH),
    F("%, 97,85%", "97,85%", 97.85, "%", subject="cấp huyện", level="huyện", code=_DH),
    F("và 98,94%", "98,94%", 98.94, "%", subject="cấp xã", level="xã", code=_DH),
    # I.3 the 2024 target at the period end, "chưa đạt chỉ tiêu"
    F("đạt 41,28%", "41,28%", 41.28, "%", code=_TT, target=45, stated_status="chưa đạt"),
    F("(năm 2023: 27,65%)", "27,65%", 27.65, "%", PR, as_of=_Y2023, code=_TT),
    F("năm 2024 là 45%", "45%", 45, "%", T, code=_TT),
    F("đạt 86,72%", "86,72%", 86.72, "%", code=_SH),
    F("đạt 92,15%", "92,15%", 92.15, "%", code=_KQ),
    F("mới đạt 38,40%", "38,40%", 38.40, "%", code=_TSD),
    # I.4
    F("tiếp nhận 214 phản ánh", "214", 214, "PAKN", C, code=_PAKN_TN),
    F("xử lý 206 PAKN", "206", 206, "PAKN", C, code=_PAKN_XL),
    F("đạt 96,26%", "96,26%", 96.26, "%", code=_PAKN_TL),
    F("đạt 95,84%", "95,84%", 95.84, "%", code=_HL),
    # I.5 total, rank, previous values dated 2023-12-31, six groups
    F("đạt 84,37/100", "84,37/100", 84.37, "điểm", max_value=100, code=_TONG),
    F("thứ 17/63", "17/63", 17, "hạng", R, max_value=63, code=_HANG),
    F("(82,32 điểm", "82,32", 82.32, "điểm", PR, max_value=100, as_of=_Y2023, code=_TONG),
    F("thứ 26/63)", "26/63", 26, "hạng", PR, max_value=63, as_of=_Y2023, code=_HANG),
    F("tăng 2,05 điểm", "2,05", 2.05, "điểm", CH, code=_TONG),
    F("tăng 9 bậc", "9", 9, "hạng", CH, code=_HANG),
    *_groups(["17,12/18", "19,48/20", "9,86/12", "5,94/10", "17,65/18", "14,32/22"], _LABELS_250),
    # block averages and counts by grade
    F("đạt 88,14 điểm", "88,14", 88.14, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("đạt 83,26 điểm", "83,26", 83.26, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("đạt 80,57 điểm", "80,57", 80.57, "điểm", subject=ANY, level="xã", code=_TONG),
    F("có 11/19 cơ quan", "11/19", 11, "đơn vị", C, max_value=19, subject=ANY, level="tỉnh", code=None),
    F("Tốt, 6 cơ quan", "6", 6, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("và 2 cơ quan", "2", 2, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    # tab-separated table of seven agencies
    *_agency_250("Sở Tư pháp", ["17,85", "19,92", "11,46", "8,12", "17,96", "19,84", "95,15"],
                 "2\tSở Kế hoạch"),
    *_agency_250("Sở Kế hoạch và Đầu tư", ["17,60", "19,75", "11,20", "7,35", "17,90", "18,62", "92,42"],
                 "3\tSở Công Thương"),
    *_agency_250("Sở Công Thương", ["17,42", "19,80", "10,95", "7,10", "17,88", "18,05", "91,20"], "4\tSở Y tế"),
    *_agency_250("Sở Y tế", ["17,15", "19,64", "10,48", "6,24", "17,82", "17,36", "88,69"], "5\tSở Giao"),
    *_agency_250("Sở Giao thông vận tải", ["17,05", "19,58", "10,62", "6,85", "17,79", "16,40", "88,29"],
                 "6\tSở Xây dựng"),
    *_agency_250("Sở Xây dựng", ["16,94", "19,12", "9,87", "5,46", "17,70", "15,93", "85,02"], "7\tSở Tài nguyên"),
    *_agency_250("Sở Tài nguyên và Môi trường", ["16,48", "17,26", "8,74", "4,92", "17,35", "13,57", "78,32"],
                 "\nỞ khối huyện"),
    F("với 89,46 điểm", "89,46", 89.46, "điểm", subject="thành phố Bảo Lộc", level="huyện", code=_TONG),
    F("với 76,83 điểm", "76,83", 76.83, "điểm", subject="huyện Đam Rông", level="huyện", code=_TONG),
    # III.1 the province's target by the end of quý II năm 2025 (0263.3822.147 is a phone number)
    F("tối thiểu 50%", "50%", 50, "%", T, as_of="2025-06-30", code=_TT),
]

# ------------------------------------------------------------ 251: Sở LĐ-TB&XH tỉnh Phú Thọ, quý IV năm 2024
_SLD = "Sở Lao động - Thương binh và Xã hội"
_Q3_2024 = "2024-09-30"


def _so(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SLD, level="tỉnh", **kw)


def _field(context: str, raw: str, unit: str, kind: str, code: object) -> Fact:
    """A figure of one group of services in the dash list (subject unchecked, level tỉnh)."""
    return F(context, raw, _num(raw), unit, kind, subject=ANY, level="tỉnh", code=code)


BLIND_251 = [
    # I.1 (2974/UBND-KSTTHC of 11/7/2024 cited)
    _so("ban hành 03 quyết định", "03", 3, "quyết định", C, code=None),
    _so("thực hiện 156 TTHC", "156", 156, "TTHC", C, code=_TTHC),
    _so("thuộc 12 lĩnh vực", "12", 12, "lĩnh vực", C, code=None),
    _so("trong đó 98 TTHC", "98", 98, "TTHC", C, code=_TOAN),
    _so("(chiếm 62,82%)", "62,82%", 62.82, "%", code=_TOAN),
    _so("và 41 TTHC", "41", 41, "TTHC", C, code="766.dvctt.mot_phan"),
    # I.2 quý III năm 2024 dated 2024-09-30
    _so("trong quý là 4.862", "4.862", 4862, "hồ sơ", C, code=_TN),
    _so("(quý III năm 2024: 4.215 hồ sơ)", "4.215", 4215, "hồ sơ", PR, as_of=_Q3_2024, code=_TN),
    _so("trực tuyến 4.127", "4.127", 4127, "hồ sơ", C, code=_NOP),
    _so("chiếm 84,88%", "84,88%", 84.88, "%", code=_NOP),
    _so("Một cửa 735 hồ sơ", "735", 735, "hồ sơ", C, code=ANY),
    _so("giải quyết 4.705", "4.705", 4705, "hồ sơ", C, code=ANY),
    _so("trước hạn 3.912", "3.912", 3912, "hồ sơ", C, code=ANY),
    _so("đúng hạn 781", "781", 781, "hồ sơ", C, code=ANY),
    _so("quá hạn 12 hồ sơ", "12", 12, "hồ sơ", C, code=_QH),
    _so("đạt 99,74%", "99,74%", 99.74, "%", code=_DH),
    _so("là 4,1 ngày", "4,1", 4.1, "ngày", code=_TIME),
    _so("rút ngắn 0,6 ngày", "0,6", -0.6, "ngày", CH, code=_TIME),
    # "Lũy kế năm 2024" (the quarter ends the year)
    _so("Sở tiếp nhận 17.936", "17.936", 17936, "hồ sơ", C, code=_TN),
    _so("giải quyết 17.708", "17.708", 17708, "hồ sơ", C, code=ANY),
    _so("đạt 99,58%", "99,58%", 99.58, "%", code=_DH),
    # I.3 dash list of service groups
    _field("công: 1.214 hồ sơ", "1.214", "hồ sơ", C, _TN),
    _field("trực tuyến 1.137", "1.137", "hồ sơ", C, _NOP),
    _field("(93,66%)", "93,66%", "%", P, _NOP),
    _field("nghiệp: 2.418 hồ sơ", "2.418", "hồ sơ", C, _TN),
    _field("trực tuyến 2.052", "2.052", "hồ sơ", C, _NOP),
    _field("(84,86%)", "84,86%", "%", P, _NOP),
    _field("ngoài: 386 hồ sơ", "386", "hồ sơ", C, _TN),
    _field("trực tuyến 100%", "100%", "%", P, _NOP),
    _field("lại: 844 hồ sơ", "844", "hồ sơ", C, _TN),
    _field("trực tuyến 552", "552", "hồ sơ", C, _NOP),
    _field("(65,40%)", "65,40%", "%", P, _NOP),
    # welfare paid through accounts (no catalogued indicator)
    _so("có 28.416 đối tượng", "28.416", 28416, "đối tượng", C, code=ANY),
    _so("chiếm 71,30%", "71,30%", 71.30, "%", code=ANY),
    _so("tổng số 39.854 đối tượng", "39.854", 39854, "đối tượng", C, code=ANY),
    # I.4 the Sở's 2024 target (period end), "đã đạt chỉ tiêu"
    _so("đạt 72,16%", "72,16%", 72.16, "%", code=_TT, target=60, stated_status="đạt"),
    _so("tăng 5,42%", "5,42%", 5.42, "%", CH, code=_TT),
    _so("(66,74%)", "66,74%", 66.74, "%", PR, as_of=_Q3_2024, code=_TT),
    _so("năm 2024 là 60%", "60%", 60, "%", T, code=_TT),
    _so("đạt 95,27%", "95,27%", 95.27, "%", code=_SH),
    _so("đạt 97,80%", "97,80%", 97.80, "%", code=_KQ),
    _so("đạt 46,15%", "46,15%", 46.15, "%", code=_TSD),
    # I.5 ("Tổng đài 1022" is a name)
    _so("tiếp nhận 07 phản ánh", "07", 7, "PAKN", C, code=_PAKN_TN),
    _so("Phú Thọ 04 PAKN", "04", 4, "PAKN", C, code=ANY),
    _so("quốc gia 03 PAKN", "03", 3, "PAKN", C, code=ANY),
    _so("xử lý 07/07 PAKN", "07/07", 7, "PAKN", C, max_value=7, code=_PAKN_XL),
    _so("đạt 100%", "100%", 100, "%", code=_PAKN_TL),
    _so("đạt 98,12%", "98,12%", 98.12, "%", code=_HL),
    # I.6 rank among the province's agencies; quý III năm 2024 dated 2024-09-30
    _so("đạt 90,84 điểm", "90,84", 90.84, "điểm", code=_TONG),
    _so("thứ 4/20", "4/20", 4, "hạng", R, max_value=20, code=_HANG),
    _so("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    _so("(88,97 điểm", "88,97", 88.97, "điểm", PR, as_of=_Q3_2024, code=_TONG),
    _so("thứ 7/20)", "7/20", 7, "hạng", PR, max_value=20, as_of=_Q3_2024, code=_HANG),
    F("(86,52 điểm)", "86,52", 86.52, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    _so("đạt 7,84/10", "7,84/10", 7.84, "điểm", max_value=10, code="766.thanh_toan"),
    _so("đạt 18,96/22", "18,96/22", 18.96, "điểm", max_value=22, code="766.so_hoa"),
    # (0210.3846.215 is a phone number)
]

# ------------------------------------------------------------ 252: UBND quận Cầu Giấy (Hà Nội), tháng 5 năm 2025
_QUAN = "UBND quận Cầu Giấy"
_APR_2025 = "2025-04-30"


def _ward_252(subject: str, received: str, online: str, on_time: str, paid: str, after: str) -> list[Fact]:
    """One Markdown row of a ward (or the "Cộng" row): received, online, on-time and payment shares."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"),
             (on_time, "%", P, _DH, "period"), (paid, "%", P, _TT, "period")]
    return _cells(subject, "xã", cells, after, " | ", " |\n")


BLIND_252 = [
    # I.1 a) cấp huyện (21/KH-UBND of 17/01/2025 cited); tháng 4/2025 dated 2025-04-30
    F("thực hiện 287 TTHC", "287", 287, "TTHC", C, subject="cấp huyện", level="huyện", code=_TTHC),
    F("tiếp nhận 6.418", "6.418", 6418, "hồ sơ", C, subject="cấp huyện", level="huyện", code=_TN),
    F("(tháng 4/2025: 5.963 hồ sơ)", "5.963", 5963, "hồ sơ", PR, subject="cấp huyện", level="huyện",
      as_of=_APR_2025, code=_TN),
    F("trực tuyến 5.276", "5.276", 5276, "hồ sơ", C, subject="cấp huyện", level="huyện", code=_NOP),
    F("đạt 82,21%", "82,21%", 82.21, "%", subject="cấp huyện", level="huyện", code=_NOP),
    F("giải quyết 6.102", "6.102", 6102, "hồ sơ", C, subject="cấp huyện", level="huyện", code=ANY),
    F("trước hạn 6.047", "6.047", 6047, "hồ sơ", C, subject="cấp huyện", level="huyện", code=_DH),
    F("đạt 99,10%", "99,10%", 99.10, "%", subject="cấp huyện", level="huyện", code=_DH),
    F("quá hạn 55 hồ sơ", "55", 55, "hồ sơ", C, subject="cấp huyện", level="huyện", code=_QH),
    F("đai 41 hồ sơ", "41", 41, "hồ sơ", C, subject=ANY, level="huyện", code=_QH),
    F("xây dựng 14 hồ sơ", "14", 14, "hồ sơ", C, subject=ANY, level="huyện", code=_QH),
    # b) cấp xã
    F("phường tiếp nhận 9.742", "9.742", 9742, "hồ sơ", C, subject="cấp xã", level="xã", code=_TN),
    F("trực tuyến 7.915", "7.915", 7915, "hồ sơ", C, subject="cấp xã", level="xã", code=_NOP),
    F("chiếm 81,25%", "81,25%", 81.25, "%", subject="cấp xã", level="xã", code=_NOP),
    F("đạt 99,63%", "99,63%", 99.63, "%", subject="cấp xã", level="xã", code=_DH),
    F("cao nhất (88,47%)", "88,47%", 88.47, "%", subject="Phường Dịch Vọng Hậu", level="xã", code=_NOP),
    F("thấp nhất (72,63%)", "72,63%", 72.63, "%", subject="phường Nghĩa Tân", level="xã", code=_NOP),
    # Markdown table of the 8 phường, "Cộng" row (= cấp xã)
    *_ward_252("Phường Dịch Vọng", "1.136", "82,04", "99,56", "63,85", "| 2 | Phường Dịch Vọng Hậu"),
    *_ward_252("Phường Dịch Vọng Hậu", "1.587", "88,47", "99,81", "70,12", "| 3 | Phường Mai Dịch"),
    *_ward_252("Phường Mai Dịch", "1.204", "79,82", "100", "61,40", "| 4 | Phường Nghĩa Đô"),
    *_ward_252("Phường Nghĩa Đô", "1.318", "80,58", "99,47", "62,95", "| 5 | Phường Nghĩa Tân"),
    *_ward_252("Phường Nghĩa Tân", "972", "72,63", "100", "58,36", "| 6 | Phường Quan Hoa"),
    *_ward_252("Phường Quan Hoa", "1.045", "80,19", "99,62", "64,02", "| 7 | Phường Trung Hòa"),
    *_ward_252("Phường Trung Hòa", "1.463", "80,72", "99,58", "66,48", "| 8 | Phường Yên Hòa"),
    *_ward_252("Phường Yên Hòa", "1.017", "81,71", "99,70", "62,57", "| | Cộng"),
    *_ward_252("cấp xã", "9.742", "81,25", "99,63", "64,18", "\n2. Thanh toán"),
    # I.2 targets by level for 2025 (dated 2025-12-31)
    F("huyện đạt 71,42%", "71,42%", 71.42, "%", subject="cấp huyện", level="huyện", code=_TT, target=70,
      stated_status="đạt"),
    F("cấp xã đạt 64,18%", "64,18%", 64.18, "%", subject="cấp xã", level="xã", code=_TT, target=65,
      stated_status="chưa đạt"),
    F("(cấp huyện 70%", "70%", 70, "%", T, subject="cấp huyện", level="huyện", as_of="2025-12-31", code=_TT),
    F("cấp xã 65%)", "65%", 65, "%", T, subject="cấp xã", level="xã", as_of="2025-12-31", code=_TT),
    F("là 93,58%", "93,58%", 93.58, "%", subject="cấp huyện", level="huyện", code=_SH),
    F("và 90,24%", "90,24%", 90.24, "%", subject="cấp xã", level="xã", code=_SH),
    # I.3 the quận's own PAKN
    F("tiếp nhận 26 phản ánh", "26", 26, "PAKN", C, subject=_QUAN, level="huyện", code=_PAKN_TN),
    F("xử lý 24 PAKN", "24", 24, "PAKN", C, subject=_QUAN, level="huyện", code=_PAKN_XL),
    F("đạt 92,31%", "92,31%", 92.31, "%", subject=_QUAN, level="huyện", code=_PAKN_TL),
    F("bình quân 3,5 ngày", "3,5", 3.5, "ngày", subject=_QUAN, level="huyện", code="pakn.thoi_gian"),
    # I.4 the quận's score and rank; the wards' average and two wards
    F("đạt 88,76 điểm", "88,76", 88.76, "điểm", subject=_QUAN, level="huyện", code=_TONG),
    F("thứ 4/30", "4/30", 4, "hạng", R, max_value=30, subject=_QUAN, level="huyện", code=_HANG),
    F("tăng 2 bậc", "2", 2, "hạng", CH, subject=_QUAN, level="huyện", code=_HANG),
    F("(xếp thứ 6/30)", "6/30", 6, "hạng", PR, max_value=30, subject=_QUAN, level="huyện", as_of=_APR_2025,
      code=_HANG),
    F("đạt 85,93 điểm", "85,93", 85.93, "điểm", subject=ANY, level="xã", code=_TONG),
    F("(91,24 điểm)", "91,24", 91.24, "điểm", subject="Phường Dịch Vọng Hậu", level="xã", code=_TONG),
    F("(80,15 điểm)", "80,15", 80.15, "điểm", subject="Phường Nghĩa Tân", level="xã", code=_TONG),
    # ("số 4 phố Trần Đăng Ninh" is an address, 024.3767.3852 a phone number)
]

# ------------------------------------------------------------ 253: Văn phòng UBND tỉnh Vĩnh Long, quý I năm 2025
_Q4_2024 = "2024-12-31"


def _level_253(subject: str | None, level: str | None, received: str, online: str, settled: str, on_time: str,
               digitised: str, after: str) -> list[Fact]:
    """One Markdown row of a level (or the province): received, online share, settled, on-time share,
    digitisation share."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"),
             (settled, "hồ sơ", P, ANY, "period"), (on_time, "%", P, _DH, "period"),
             (digitised, "%", P, _SH, "period")]
    return _cells(subject, level, cells, after, " | ", " |\n")


BLIND_253 = [
    # I. (61/2018/NĐ-CP and 107/2021/NĐ-CP cited) counts of bodies
    F("có 21 cơ quan", "21", 21, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("8/8 huyện", "8/8", 8, "huyện", C, max_value=8, subject=ANY, level="huyện", code=None),
    F("89/107 xã", "89/107", 89, "xã", C, max_value=107, subject=ANY, level="xã", code=None),
    F("còn 18 xã", "18", 18, "xã", C, subject=ANY, level="xã", code=None),
    # II.1 quý IV năm 2024 dated 2024-12-31
    F("tiếp nhận 117.157", "117.157", 117157, "hồ sơ", C, code=_TN),
    F("tăng 9.846 hồ sơ", "9.846", 9846, "hồ sơ", CH, code=_TN),
    F("(107.311 hồ sơ)", "107.311", 107311, "hồ sơ", PR, as_of=_Q4_2024, code=_TN),
    F("là 1.138 hồ sơ", "1.138", 1138, "hồ sơ", C, code=_QH),
    F("chiếm 1,00%", "1,00%", 1.0, "%", code=_QH),
    F("có 616 hồ sơ", "616", 616, "hồ sơ", C, subject="cấp huyện", level="huyện", code=_QH),
    F("(214 hồ sơ)", "214", 214, "hồ sơ", C, subject="UBND huyện Vũng Liêm", level="huyện", code=_QH),
    F("(178 hồ sơ)", "178", 178, "hồ sơ", C, subject="UBND huyện Trà Ôn", level="huyện", code=_QH),
    # Markdown table by level ("Toàn tỉnh" = the province)
    *_level_253("cấp tỉnh", "tỉnh", "38.614", "91,26", "36.982", "99,48", "96,15", "| Cấp huyện"),
    *_level_253("cấp huyện", "huyện", "27.305", "74,83", "25.871", "97,62", "88,40", "| Cấp xã"),
    *_level_253("cấp xã", "xã", "51.238", "68,17", "50.694", "99,35", "84,72", "| Toàn tỉnh"),
    *_level_253(None, None, "117.157", "77,33", "113.547", "99,00", "89,35", "\n2. Thanh toán"),
    # II.2 payment shares by level; the province's target for quý I năm 2025 (the period end), "đạt"
    F("là 68,42%", "68,42%", 68.42, "%", subject="cấp tỉnh", level="tỉnh", code=_TT),
    F("%, 52,16%", "52,16%", 52.16, "%", subject="cấp huyện", level="huyện", code=_TT),
    F("và 47,39%", "47,39%", 47.39, "%", subject="cấp xã", level="xã", code=_TT),
    F("đạt 55,08%", "55,08%", 55.08, "%", code=_TT, target=50, stated_status="đạt"),
    F("năm 2025 là 50%", "50%", 50, "%", T, code=_TT),
    F("cho 2.846 trường hợp", "2.846", 2846, "trường hợp", C, subject="cấp huyện", level="huyện", code=_CT),
    F("cho 5.172 trường hợp", "5.172", 5172, "trường hợp", C, subject="cấp xã", level="xã", code=_CT),
    # II.3 ("Tổng đài 1022" is a name)
    F("tiếp nhận 35 phản ánh", "35", 35, "PAKN", C, code=_PAKN_TN),
    F("cấp tỉnh 14 PAKN", "14", 14, "PAKN", C, subject="cấp tỉnh", level="tỉnh", code=_PAKN_TN),
    F("cấp huyện 15 PAKN", "15", 15, "PAKN", C, subject="cấp huyện", level="huyện", code=_PAKN_TN),
    F("cấp xã 6 PAKN", "6", 6, "PAKN", C, subject="cấp xã", level="xã", code=_PAKN_TN),
    F("xử lý 33 PAKN", "33", 33, "PAKN", C, code=_PAKN_XL),
    F("đạt 94,29%", "94,29%", 94.29, "%", code=_PAKN_TL),
    F("bình quân 5,2 ngày", "5,2", 5.2, "ngày", code="pakn.thoi_gian"),
    F("đạt 97,46%", "97,46%", 97.46, "%", code=_HL),
    # II.4 total, rank, previous values dated 2024-12-31; district-level grades and two units
    F("đạt 86,95/100", "86,95/100", 86.95, "điểm", max_value=100, code=_TONG),
    F("thứ 12/63", "12/63", 12, "hạng", R, max_value=63, code=_HANG),
    F("tăng 1,55 điểm", "1,55", 1.55, "điểm", CH, code=_TONG),
    F("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    F("(85,40 điểm", "85,40", 85.40, "điểm", PR, max_value=100, as_of=_Q4_2024, code=_TONG),
    F("thứ 15/63)", "15/63", 15, "hạng", PR, max_value=63, as_of=_Q4_2024, code=_HANG),
    F("đạt 85,74 điểm", "85,74", 85.74, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("có 3/8 huyện", "3/8", 3, "huyện", C, max_value=8, subject=ANY, level="huyện", code=None),
    F("Tốt, 5 đơn vị", "5", 5, "đơn vị", C, subject=ANY, level="huyện", code=None),
    F("(90,12 điểm)", "90,12", 90.12, "điểm", subject="thành phố Vĩnh Long", level="huyện", code=_TONG),
    F("(81,36 điểm)", "81,36", 81.36, "điểm", subject="huyện Vũng Liêm", level="huyện", code=_TONG),
    # (0270.3823.562 is a phone number)
]

# ------------------------------------------------------------ 254: UBND xã Diên Khánh (Khánh Hòa), tháng 9 năm 2025
_XA = "UBND xã Diên Khánh"
_AUG_2025 = "2025-08-31"
_Y2025 = "2025-12-31"


def _xa(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the commune itself (subject the commune, level xã)."""
    return F(context, raw, value, unit, kind, subject=_XA, level="xã", **kw)


def _part(context: str, raw: str, code: object) -> Fact:
    """Files of one field (subject unchecked, level xã)."""
    return F(context, raw, _num(raw), "hồ sơ", C, subject=ANY, level="xã", code=code)


_LABELS_254 = ["minh bạch", "giải quyết", "dịch vụ công trực tuyến", "thanh toán trực tuyến", "hài lòng",
               "số hóa hồ sơ"]

BLIND_254 = [
    # I.1 (3318/UBND-KSTT of 15/7/2025 cited)
    _xa("giải quyết 364 TTHC", "364", 364, "TTHC", C, code=_TTHC),
    _xa("có 221 TTHC", "221", 221, "TTHC", C, code=_TOAN),
    _xa("và 97 TTHC", "97", 97, "TTHC", C, code="766.dvctt.mot_phan"),
    # I.2 tháng 8/2025 dated 2025-08-31; the commune's 2025 target, "đã đạt chỉ tiêu"
    _xa("xã tiếp nhận 2.846", "2.846", 2846, "hồ sơ", C, code=_TN),
    _xa("(tháng 8/2025: 2.517 hồ sơ)", "2.517", 2517, "hồ sơ", PR, as_of=_AUG_2025, code=_TN),
    _xa("tăng 329 hồ sơ", "329", 329, "hồ sơ", CH, code=_TN),
    _part("hộ tịch 1.024", "1.024", _TN),
    _part("chứng thực 915", "915", _TN),
    _part("đất đai 486", "486", _TN),
    _part("khác 421", "421", _TN),
    _xa("trực tuyến là 2.193", "2.193", 2193, "hồ sơ", C, code=_NOP),
    _xa("quốc gia 1.472", "1.472", 1472, "hồ sơ", C, code=ANY),
    _xa("tỉnh 721 hồ sơ", "721", 721, "hồ sơ", C, code=ANY),
    _xa("đạt 77,06%", "77,06%", 77.06, "%", code=_NOP, target=70, stated_status="đạt"),
    _xa("cấp xã là 70%", "70%", 70, "%", T, as_of=_Y2025, code=_NOP),
    # I.3
    _xa("giải quyết 2.701", "2.701", 2701, "hồ sơ", C, code=ANY),
    _xa("trước hạn 2.116", "2.116", 2116, "hồ sơ", C, code=ANY),
    _xa("đúng hạn 552", "552", 552, "hồ sơ", C, code=ANY),
    _xa("quá hạn 33", "33", 33, "hồ sơ", C, code=_QH),
    _part("đất đai 29", "29", _QH),
    _xa("đạt 98,78%", "98,78%", 98.78, "%", code=_DH),
    F("hộ tịch 100%", "100%", 100, "%", subject=ANY, level="xã", code=_DH),
    F("chứng thực 100%", "100%", 100, "%", subject=ANY, level="xã", code=_DH),
    F("đất đai 93,62%", "93,62%", 93.62, "%", subject=ANY, level="xã", code=_DH),
    F("khác 99,28%", "99,28%", 99.28, "%", subject=ANY, level="xã", code=_DH),
    _xa("sau là 145", "145", 145, "hồ sơ", C, code=ANY),
    _xa("tiếp nhận 8.109", "8.109", 8109, "hồ sơ", C, code=_TN),
    _xa("đạt 98,52%", "98,52%", 98.52, "%", code=_DH),
    # I.4
    _xa("đạt 88,41%", "88,41%", 88.41, "%", code=_SH),
    _xa("đạt 94,20%", "94,20%", 94.20, "%", code=_KQ),
    _xa("đạt 58,73%", "58,73%", 58.73, "%", code=_TT),
    _xa("tăng 6,15%", "6,15%", 6.15, "%", CH, code=_TT),
    _xa("(52,58%)", "52,58%", 52.58, "%", PR, as_of=_AUG_2025, code=_TT),
    _xa("cho 612 trường hợp", "612", 612, "trường hợp", C, code=_CT),
    # I.5 ("Tổ công tác đề án 06" is a name, "mức độ 2" no figure)
    _xa("thêm 1.348", "1.348", 1348, "tài khoản", C, code=_TK),
    _xa("có 31.627", "31.627", 31627, "tài khoản", C, code=_TK),
    _xa("đạt 82,14%", "82,14%", 82.14, "%", code=_TK),
    # I.6
    _xa("tiếp nhận 09 phản ánh", "09", 9, "PAKN", C, code=_PAKN_TN),
    _xa("xong 8 PAKN", "8", 8, "PAKN", C, code=_PAKN_XL),
    _xa("còn 01 PAKN", "01", 1, "PAKN", C, code=ANY),
    _xa("bình quân 4,2 ngày", "4,2", 4.2, "ngày", code="pakn.thoi_gian"),
    _xa("đạt 96,37%", "96,37%", 96.37, "%", code=_HL),
    # I.7 score, rank among the province's 65 xã, phường, đặc khu; tháng 8/2025 dated 2025-08-31
    _xa("đạt 87,42 điểm", "87,42", 87.42, "điểm", code=_TONG),
    _xa("thứ 12/65", "12/65", 12, "hạng", R, max_value=65, code=_HANG),
    _xa("tăng 1,86 điểm", "1,86", 1.86, "điểm", CH, code=_TONG),
    _xa("tăng 7 bậc", "7", 7, "hạng", CH, code=_HANG),
    _xa("(85,56 điểm", "85,56", 85.56, "điểm", PR, as_of=_AUG_2025, code=_TONG),
    _xa("thứ 19/65)", "19/65", 19, "hạng", PR, max_value=65, as_of=_AUG_2025, code=_HANG),
    F("(84,06 điểm)", "84,06", 84.06, "điểm", subject=ANY, level="xã", code=_TONG),
    *_groups(["16,95/18", "19,12/20", "10,35/12", "6,48/10", "17,34/18", "17,18/22"], _LABELS_254,
             subject=_XA, level="xã"),
    # II.4 the commune's target for quý IV năm 2025 (0258.3850.216 is a phone number)
    _xa("tối thiểu 65%", "65%", 65, "%", T, as_of=_Y2025, code=_TT),
]

BLIND = {"250": BLIND_250, "251": BLIND_251, "252": BLIND_252, "253": BLIND_253, "254": BLIND_254}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "250": [
        ("2025-06-30", "quarter", "quý II năm 2025", "mở rộng các kênh thanh toán", "Sở Tài chính"),
        ("2025-02-28", "day", "28/02/2025", "nâng cấp Hệ thống thông tin giải quyết TTHC",
         "Sở Thông tin và Truyền thông"),
        ("2025-03-15", "day", "ngày 15 tháng 3 năm 2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "Sở Tài nguyên và Môi trường"),
        ("2025-04-30", "month", "tháng 4/2025", "bố trí đủ thiết bị số hóa", "UBND các huyện, thành phố"),
        # issued 10/01/2025: the first "ngày 18 hằng tháng" is 18/01/2025
        ("2025-01-18", "recurring", "18 hằng tháng", "báo cáo kết quả thực hiện Bộ chỉ số",
         "Các sở, ban, ngành, UBND các huyện, thành phố"),
    ],
    "251": [
        ("2025-01-20", "day", "20/01/2025", "giải quyết dứt điểm các hồ sơ quá hạn", "Phòng Người có công"),
        ("2025-02-28", "month", "tháng 02/2025", "bàn giao hồ sơ, dữ liệu TTHC", "Văn phòng Sở"),
        ("2025-02-25", "day", "ngày 25 tháng 02 năm 2025", "trợ cấp thất nghiệp qua ứng dụng VNeID",
         "Trung tâm Dịch vụ việc làm tỉnh"),
        ("2025-03-31", "quarter", "quý I năm 2025", "mở tài khoản cho đối tượng bảo trợ xã hội",
         "Phòng Bảo trợ xã hội"),
        # issued 06/01/2025: the first "ngày 15 hằng tháng" is 15/01/2025
        ("2025-01-15", "recurring", "15 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các phòng, đơn vị thuộc Sở"),
    ],
    "252": [
        ("2025-06-20", "day", "20/6/2025", "hướng dẫn người dân nộp hồ sơ trực tuyến", "UBND phường Nghĩa Tân"),
        ("2025-06-30", "month", "tháng 6/2025", "giải quyết dứt điểm các hồ sơ đất đai, xây dựng quá hạn",
         "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("2025-06-25", "day", "ngày 25 tháng 6 năm 2025", "bàn giao hồ sơ, dữ liệu TTHC",
         "Văn phòng HĐND và UBND quận"),
        # issued 04/6/2025: the first "ngày 22 hằng tháng" is 22/6/2025
        ("2025-06-22", "recurring", "22 hằng tháng", "cập nhật đầy đủ kết quả số hóa hồ sơ", "UBND các phường"),
    ],
    "253": [
        ("2025-04-30", "day", "30/4/2025", "giải quyết dứt điểm các hồ sơ quá hạn",
         "UBND huyện Vũng Liêm, UBND huyện Trà Ôn"),
        ("2025-05-15", "day", "ngày 15 tháng 5 năm 2025", "không phụ thuộc địa giới hành chính",
         "Trung tâm Phục vụ hành chính công tỉnh"),
        ("2025-05-31", "month", "tháng 5/2025", "thanh toán bằng mã QR", "Sở Tài chính"),
        ("2025-06-30", "quarter", "quý II năm 2025", "trang bị đủ máy quét tài liệu",
         "UBND các huyện, thị xã, thành phố"),
        # issued 08/4/2025: the first "ngày 12 hằng tháng" is 12/4/2025
        ("2025-04-12", "recurring", "12 hằng tháng", "gửi báo cáo tình hình hoạt động của Bộ phận Một cửa",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
    ],
    "254": [
        ("2025-10-15", "day", "15/10/2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn", "Phòng Kinh tế"),
        ("2025-10-31", "day", "ngày 31 tháng 10 năm 2025", "số hóa hồ sơ hộ tịch tồn đọng",
         "Trung tâm Phục vụ hành chính công xã"),
        ("2025-11-30", "month", "tháng 11/2025", "kích hoạt tài khoản định danh điện tử", "Phòng Văn hóa - Xã hội"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "nâng tỷ lệ hồ sơ thanh toán trực tuyến",
         "Văn phòng HĐND và UBND xã"),
        # issued 03/10/2025: the first "ngày 25 hằng tháng" is 25/10/2025
        ("2025-10-25", "recurring", "25 hằng tháng", "gửi số liệu kết quả giải quyết TTHC",
         "Các phòng, đơn vị thuộc UBND xã"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 250's issuer is UBND tỉnh Lâm Đồng, period the year in its title; 251's issuer is the Sở under "UBND TỈNH PHÚ
# THỌ"; 252's issuer is UBND quận Cầu Giấy (province Hà Nội, from "Kính gửi"); 253's issuer is the Văn phòng
# under "UBND TỈNH VĨNH LONG"; 254's issuer is UBND xã Diên Khánh (province Khánh Hòa, from "Kính gửi").
META = {
    "250": {"doc_number": "09/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-01-10",
            "province": "Lâm Đồng", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Võ Ngọc Hiệp"},
    "251": {"doc_number": "15/BC-LĐTBXH", "doc_type": "Báo cáo", "issued_date": "2025-01-06",
            "province": "Phú Thọ", "period_label": "quý IV năm 2024", "period_start": "2024-10-01",
            "period_end": "2024-12-31", "signer": "Nguyễn Thị Thu Hà"},
    "252": {"doc_number": "187/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-06-04",
            "province": "Hà Nội", "period_label": "tháng 5 năm 2025", "period_start": "2025-05-01",
            "period_end": "2025-05-31", "signer": "Đỗ Minh Tuấn"},
    "253": {"doc_number": "64/BC-VPUBND", "doc_type": "Báo cáo", "issued_date": "2025-04-08",
            "province": "Vĩnh Long", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Nguyễn Văn Thanh"},
    "254": {"doc_number": "58/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-10-03",
            "province": "Khánh Hòa", "period_label": "tháng 9 năm 2025", "period_start": "2025-09-01",
            "period_end": "2025-09-30", "signer": "Trần Văn Hùng"},
}
