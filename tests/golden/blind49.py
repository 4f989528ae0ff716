"""Blind golden facts for corpus/blind49/320_quang_ninh.txt, 321_soc_trang.txt, 322_thai_binh.txt,
323_khanh_hoa.txt and 324_ho_chi_minh.txt.

The five documents were written by the developers for a forty-ninth blind measurement (issuers, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by reading
them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out text
for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind16.py and blind15.py: rows use `golden.facts.Fact` (context
string that occurs once in the document + the figure as written inside it). Prose and list counts are kind
`count`; table cells are kind `value` with `extra={"source": "table"}`; `as_of="period"` is the period's end;
`ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly names
none). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a count of the
files (or PAKN) an indicator is computed on carries that indicator's code; every "đã giải quyết" count and
the parts of a received or settled whole ("kỳ trước chuyển sang", "trước hạn", "đúng hạn" apart) have their
code unchecked; a relative change of a count has its code unchecked. A change is dated at the period end; a
fall ("giảm", "rút ngắn") is negative. A count of local units takes the unit of its first unit word; counts
of "cơ quan"/"sở, ban, ngành" are `đơn vị`, at the level of the bodies counted. Dates, document numbers,
cited plans, letters, decrees, resolutions and decisions ("Kế hoạch số 36/KH-SDL", "Công văn số
3018/VP-KSTT", "Quyết định số 2156/QĐ-UBND", "Kế hoạch số 18/KH-UBND", "Công văn số 1124/SNNMT-VP", "Nghị
quyết số 202/2025/QH15", "Quyết định số 876/QĐ-BNV", "Quyết định số 766/QĐ-TTg", "Nghị định số
61/2018/NĐ-CP"), "Lũy kế đến ngày 30/9/2025" (the period end), "Từ ngày 01/7/2025", section numbering ("I.",
"1.", "a)", "đ)"), the STT column, phone numbers ("0203.3835.196", "0299.3822.431", "028.3861.3000"), the names
"Tổng đài 1022", "Đề án 06" and "Bộ chỉ số 766" (in "kết quả Bộ chỉ số 766 của cơ quan"), street addresses
and names with numbers ("Trụ sở Liên cơ quan số 3", "tầng 9", "số 09 đường Trần Hưng Đạo, Phường 2", "số 76
đường Lê Lợi", "số 70A Thoại Ngọc Hầu"), "6 tháng đầu năm 2025" (a period), headings naming the next period
("II. NHIỆM VỤ QUÝ IV NĂM 2025", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025",
"II. NHIỆM VỤ THÁNG 10 NĂM 2024": no deadlines), "quý IV" in "chuyển sang quý IV", "quý I và quý II" and
years are not figures.

New in this set:
- 320 is a quarterly Báo cáo of Sở Du lịch tỉnh Quảng Ninh (header "UBND TỈNH QUẢNG NINH / SỞ DU LỊCH"), quý
  III năm 2025, issued 03/10/2025, on its own TTHC. Every figure is the Sở's (subject "Sở Du lịch", level
  tỉnh) except the province's stock "toàn tỉnh có 786 doanh nghiệp … và 3.924 hướng dẫn viên" (subject and
  level NULL: the whole province; units `doanh nghiệp`, `hướng dẫn viên`). "4 lĩnh vực" and "01 quyết định"
  are counts with code None; "gồm 05 TTHC" a count of published procedures (code unchecked). "31 TTHC,
  chiếm 79,49%" are the full-online procedures and their share. "tăng 214 hồ sơ so với quý II năm 2025
  (1.072 hồ sơ)", "(quý II năm 2025: 88,14%)" and "(quý II năm 2025: 90,17 điểm, xếp thứ 4/17)" are a change
  and previous values dated 2025-06-30 (the Sở's score has no max). "không có hồ sơ quá hạn" states no
  figure; "Tỷ lệ giải quyết đúng hạn đạt 100%" is the on-time share; "43 hồ sơ" in progress has its code
  unchecked. Licences and tour-guide cards are counts in units `giấy phép` and `thẻ` (code unchecked: no
  catalogued indicator); the card split in brackets "(thẻ quốc tế 157 thẻ, …)" are bare parts. Its
  tab-separated table by field ("(đơn vị tính: hồ sơ)" in the line before it; received, settled, "trước
  hạn", in progress; field rows subject ANY, level tỉnh) has a "Tổng cộng" row with an empty STT cell (= the
  Sở; its figures are also in the prose). "chỉ tiêu UBND tỉnh giao năm 2025 là 95%, Sở đã đạt chỉ tiêu": the
  Sở's target dated 2025-12-31, the 98,86% carries it with status "đạt". "(05 PAKN qua Tổng đài 1022 Quảng
  Ninh, 02 PAKN qua hộp thư …)" are bare parts of the PAKN received (code unchecked); "07/07 PAKN" is one
  count (max 7). "xếp thứ 2/17 sở, ban, ngành" ranks among the province's agencies; "Còn 02 chỉ tiêu bị trừ
  điểm" is a count in unit `chỉ tiêu` (code unchecked). The target "của Sở đạt tối thiểu 95% trong tháng
  11/2025" is the Sở's, dated at its due month (2025-11-30). Five deadlines: day, month (with the target),
  "chậm nhất" day in words, quarter, "trước ngày 18 hằng tháng" (issued 03/10/2025: first 18/10/2025).
- 321 is an annual Báo cáo of the Đài Phát thanh và Truyền hình tỉnh Sóc Trăng (header "UBND TỈNH SÓC TRĂNG
  / ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH"), năm 2024, issued 06/01/2025, on its communication of TTHC reform. Its
  own output has subject "Đài Phát thanh và Truyền hình" (as the header names it, the way a Sở is named),
  level tỉnh; code unchecked (no catalogued indicator). Counts of "tin, bài" take the unit of the first unit
  word, `tin` (the rule the local-unit counts follow); "phóng sự", "bài", "kỳ", "chương trình", "video",
  "phóng viên" are their own units; durations "mỗi kỳ 15 phút" are kind value in `phút`; visits "lượt truy
  cập" take the unit `lượt`; money "485,6 triệu đồng" is kind value in `triệu đồng`. "tăng 312 tin, bài so
  với năm 2023 (1.534 tin, bài)" and "(năm 2023: 334 phóng sự, tăng 64 phóng sự)", "(năm 2023: 72,16%)" are
  changes and previous values dated 2023-12-31. "chỉ tiêu kế hoạch năm là 1.500 tin, bài" is the Đài's
  target (kind target, unit `tin`, period end) and "đạt 123,07% kế hoạch" a share of it. Its Markdown table
  by platform (count, duration, share; one empty duration cell, no figure; platform rows subject ANY, level
  tỉnh) has a "Tổng cộng" row with an empty STT cell (= the Đài; its 1.846 is also in the prose). "chỉ tiêu
  Kế hoạch giao là 30%, Đài đã đạt chỉ tiêu": the target at the period end, the 34,18% carries it with status
  "đạt". Section 3 cites the province's own results (subject and level NULL, catalogued codes): online
  share with "(năm 2023: 38,27%)", payment and digitisation shares, `84,35/100` and `27/63`. "còn 03/11
  huyện, thị xã, thành phố" is a count (unit `huyện`, max 11, level huyện, code None). The target "tỷ lệ
  tin, bài của Đài … đạt tối thiểu 95% trong năm 2025" is the Đài's, dated 2025-12-31. Six deadlines: day,
  month, "chậm nhất" day in words, quarter, year (with the target), "trước ngày 25 hằng tháng" (issued
  06/01/2025: first 25/01/2025).
- 322 is a half-year Báo cáo of Chi cục Thủy lợi tỉnh Thái Bình (header "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH
  THÁI BÌNH / CHI CỤC THỦY LỢI"), 6 tháng đầu năm 2025, issued 27/6/2025 (before the merger). Every figure is
  the Chi cục's (subject "Chi cục Thủy lợi", level tỉnh) except: the two fields' procedure counts and their
  shares after "lần lượt chiếm", and the dash list of files by procedure "…: 104 hồ sơ, chiếm 55,91%;"
  (subject ANY, level tỉnh, code unchecked: the list does not say received or settled); and the Sở's 766
  score "Tháng 5/2025, Sở Nông nghiệp và Môi trường đạt 88,62 điểm, xếp thứ 6/19 sở, ban, ngành" (subject
  the Sở, level tỉnh, kind value dated 2025-05-31, before the period end). "2 lĩnh vực" and "02 quyết định"
  are counts with code None; "02 công chức" a count in `công chức`. "186 hồ sơ (kỳ trước chuyển sang 11 hồ
  sơ, tiếp nhận mới 175 hồ sơ)": the whole received, its parts code unchecked; "giảm 9 hồ sơ so với cùng kỳ
  năm 2024 (195 hồ sơ)": a fall and a previous value dated 2024-06-30. "Số hồ sơ tiếp nhận trong quý I và
  quý II năm 2025 lần lượt là 78 hồ sơ và 108 hồ sơ": counts of files received dated 2025-03-31 and at the
  period end. "(năm 2024: 71,30%)" is a previous value dated 2024-12-31. "175/175 hồ sơ" is one count (max
  175) of digitised files. "Chỉ tiêu Sở giao năm 2025 … tương ứng là 80% và 100%; Chi cục đã đạt cả hai chỉ
  tiêu": the n-th target is the n-th share's (payment, digitisation), dated 2025-12-31, both shares "đạt";
  "chưa đạt chỉ tiêu năm 2025 là 50%": the reuse share carries it with status "chưa đạt". "tăng 1,32% so với
  năm 2024" is the change of satisfaction. "dứt điểm 07 hồ sơ" and "đơn giản hóa 03 TTHC" in the tasks are
  counts (code unchecked); "của Chi cục đạt tối thiểu 50% trong quý III/2025" is the Chi cục's target dated
  2025-09-30. Six deadlines: day, month, quarter (with the target), "chậm nhất" day in words, year ("đến hết
  năm 2025"), "trước ngày 22 hằng tháng" (issued 27/6/2025: first 22/7/2025).
- 323 is a Tờ trình of Sở Nội vụ tỉnh Khánh Hòa (header "UBND TỈNH KHÁNH HÒA / SỞ NỘI VỤ", after the 1 July
  2025 merger with Ninh Thuận) to UBND tỉnh, issued 12/8/2025, proposing the 2025 Bộ chỉ số đánh giá cải cách
  hành chính of the province's agencies and communes (period "năm 2025", its title). "18 sở, ban, ngành" is a
  count (`đơn vị`, level tỉnh, code None); "65 xã, phường, đặc khu (48 xã, 16 phường và 01 đặc khu)" are
  counts of subject "cấp xã", level xã (units `xã`, `xã`, `phường`, `đặc khu`, code None). Last year's results
  are kind value dated 2024-12-31: the PAR INDEX "87,15%, xếp thứ 21/63" and SIPAS "82,47%" of the former
  tỉnh Khánh Hòa (subject and level unchecked: the province before the merger is not the document's province
  as it now is, nor plainly another one) and "84,62%, xếp thứ 39/63", "80,95%" of "tỉnh Ninh Thuận" (subject
  as written, level tỉnh), codes `par_index` and `sipas` (the ranks in `hạng`, max 63). The 2024 CCHC scores
  of blocks (subject ANY; level tỉnh for the sở, huyện for the districts; code unchecked: a unit's CCHC score
  is no catalogued indicator) and of named units in brackets (subject as written, "Sở Tư pháp", "UBND thành
  phố Nha Trang"); "09/20 cơ quan xếp loại Tốt, 10 cơ quan … và 01 cơ quan" and "05/07 huyện, thành phố"
  are counts by grade (code None). "tháng 7/2025 tỉnh Khánh Hòa đạt 85,46/100 điểm, xếp thứ 12/34 tỉnh,
  thành phố" is the merged province's 766 result (subject NULL) dated 2025-07-31, ranked among 34. The
  structure of the proposed index ("7 lĩnh vực, 32 tiêu chí, 74 tiêu chí thành phần"; units `lĩnh vực`,
  `tiêu chí`, `tiêu chí thành phần`), its points ("thang điểm 100", "70 điểm", each field's "10 điểm";
  kind value, unit `điểm`, no max_value) and the grade bounds ("Tốt: từ 90% trở lên; Khá: từ 80% đến dưới
  90%; …"; kind value, `%`) are figures at the period end with subject, level and code unchecked: they
  describe the index, not a unit's result. "Chỉ số cải cách hành chính của tỉnh đạt từ 88% trở lên" is the
  province's 2025 target (code `par_index`); "100% cơ quan, địa phương xếp loại Khá trở lên" a target with
  subject, level and code unchecked. "7.470 phiếu" and "mỗi cơ quan, địa phương 90 phiếu" are counts in
  `phiếu`; "650 triệu đồng" a value. Six deadlines: day, year, "chậm nhất" day in words, quarter and month in
  2026, "trước ngày 05 hằng tháng" (issued 12/8/2025: first 05/9/2025).
- 324 is a monthly Báo cáo of UBND quận Tân Phú (Thành phố Hồ Chí Minh, named in "Kính gửi"), tháng 9 năm
  2024, issued 04/10/2024, on the one-stop shops of the quận and its 11 phường. The district level is written
  "Cấp quận" and the commune level "Cấp phường": figures under "a) Cấp quận" have subject "cấp quận" (level
  huyện), those under "b) Cấp phường" subject "cấp phường" (level xã), as golden/blind15.py's 153 keeps "cấp
  Thành phố" as written; the same subjects after "của cấp quận và cấp phường tương ứng là / lần lượt là".
  The quận's own PAKN, satisfaction, certification total, score and rank have subject "UBND quận Tân Phú",
  level huyện. "tăng 8,7% so với tháng 8/2024" is a relative change (code unchecked); "(tháng 8/2024:
  95,87%)" and "(xếp thứ 10/22)" are previous values dated 2024-08-31. "đúng hạn và trước hạn 5.901 hồ sơ"
  carries the on-time code. Overdue files of two fields in brackets (subject ANY, level huyện). "Bộ phận Một
  cửa của 11 phường" is a count (unit `phường`, subject "cấp phường", level xã, code None); "09/11 phường"
  and the grade counts "04 phường … 06 phường … 01 phường" are counts (unit `phường`, subject ANY, level xã,
  code None); "đúng hạn 100% hồ sơ" is those wards' on-time share (subject ANY, level xã). Its Markdown
  table lists the 11 phường in official order (subject as written, "Phường Tân Sơn Nhì", level xã; received,
  online share, on-time share; nine "100" cells) with a "Cộng" row with an empty STT cell (= cấp phường; its
  figures are also in the prose). "chỉ tiêu Thành phố giao năm 2024 … (cấp huyện 80%, cấp xã 60%), cấp quận
  chưa đạt, cấp phường đã đạt chỉ tiêu": targets of subject "cấp huyện"/"cấp xã" dated 2024-12-31; 78,74%
  carries 80 with status "chưa đạt", 61,94% carries 60 with "đạt". "xếp thứ 7/22 quận, huyện và thành phố
  Thủ Đức" ranks among the city's 22 district-level units; "tăng 3 bậc" its rise. "Điểm bình quân của các
  phường" is the level average (subject ANY, level xã); "(phường Phú Trung, 78,64 điểm)" that ward's score.
  The task's "của cấp quận đạt tối thiểu 80% đến hết năm 2024" is the quận level's target (subject "cấp
  quận"), dated 2024-12-31. Six deadlines: day, month for two named wards, quarter, "chậm nhất" day in
  words, year (with the target), "trước ngày 20 hằng tháng" (issued 04/10/2024: first 20/10/2024).
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
_MOT = "766.dvctt.mot_phan"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_PAR = "par_index"
_SIPAS = "sipas"


def _cells(subject: object, level: object, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject, level=level,
              as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


# ------------------------------------------------------------ 320: Sở Du lịch tỉnh Quảng Ninh, quý III năm 2025
_SDL = "Sở Du lịch"
_Q2_2025 = "2025-06-30"


def _sdl(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SDL, level="tỉnh", **kw)


def _row_320(subject: object, received: str, settled: str, early: str, pending: str, after: str) -> list[Fact]:
    """One tab-separated row of a field (or the total): received, settled, settled early, in progress."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (settled, "hồ sơ", P, ANY, "period"),
             (early, "hồ sơ", P, ANY, "period"), (pending, "hồ sơ", P, ANY, "period")]
    return _cells(subject, "tỉnh", cells, after, "\t", "\n")


BLIND_320 = [
    # I.1 (36/KH-SDL of 20/01/2025, 3018/VP-KSTT of 15/9/2025, 2156/QĐ-UBND of 14/8/2025 cited)
    _sdl("của Sở: 39 TTHC", "39", 39, "TTHC", C, code=_TTHC),
    _sdl("thuộc 4 lĩnh vực", "4", 4, "lĩnh vực", C, code=None),
    _sdl("toàn trình: 31 TTHC", "31", 31, "TTHC", C, code=_TOAN),
    _sdl("chiếm 79,49%", "79,49%", 79.49, "%", code=_TOAN),
    _sdl("một phần: 8 TTHC", "8", 8, "TTHC", C, code=_MOT),
    _sdl("ban hành 01 quyết định", "01", 1, "quyết định", C, code=None),
    _sdl("gồm 05 TTHC", "05", 5, "TTHC", C, code=ANY),
    # I.2 quý II năm 2025 dated 2025-06-30
    _sdl("tiếp nhận: 1.286", "1.286", 1286, "hồ sơ", C, code=_TN),
    _sdl("tăng 214 hồ sơ", "214", 214, "hồ sơ", CH, code=_TN),
    _sdl("(1.072 hồ sơ)", "1.072", 1072, "hồ sơ", PR, as_of=_Q2_2025, code=_TN),
    _sdl("trực tuyến: 1.251", "1.251", 1251, "hồ sơ", C, code=_NOP),
    _sdl("chiếm 97,28%", "97,28%", 97.28, "%", code=_NOP),
    _sdl("giải quyết: 1.243", "1.243", 1243, "hồ sơ", C, code=ANY),
    _sdl("trước hạn 1.108", "1.108", 1108, "hồ sơ", C, code=ANY),
    _sdl("đúng hạn 135", "135", 135, "hồ sơ", C, code=ANY),
    _sdl("hạn đạt 100%", "100%", 100, "%", code=_DH),
    _sdl("quý IV: 43", "43", 43, "hồ sơ", C, code=ANY),
    _sdl("bình quân: 4,1", "4,1", 4.1, "ngày", code=_TIME),
    _sdl("rút ngắn 0,6", "0,6", -0.6, "ngày", CH, code=_TIME),
    # tab-separated table by field, "Tổng cộng" row (= the Sở)
    *_row_320(ANY, "214", "205", "187", "9", "2\tHướng dẫn viên"),
    *_row_320(ANY, "968", "938", "829", "30", "3\tCơ sở lưu trú"),
    *_row_320(ANY, "87", "84", "77", "3", "4\tDu lịch khác"),
    *_row_320(ANY, "17", "16", "15", "1", "\tTổng cộng"),
    *_row_320(_SDL, "1.286", "1.243", "1.108", "43", "\n3. Cấp giấy phép"),
    # I.3 licences and cards; the province's stock ("Lũy kế đến ngày 30/9/2025" is the period end)
    _sdl("Cấp mới 46", "46", 46, "giấy phép", C, code=ANY),
    _sdl("và 19 giấy phép", "19", 19, "giấy phép", C, code=ANY),
    _sdl("cấp đổi 23", "23", 23, "giấy phép", C, code=ANY),
    _sdl("thu hồi 04", "04", 4, "giấy phép", C, code=ANY),
    _sdl("Cấp mới 412", "412", 412, "thẻ", C, code=ANY),
    _sdl("quốc tế 157", "157", 157, "thẻ", C, code=ANY),
    _sdl("nội địa 231", "231", 231, "thẻ", C, code=ANY),
    _sdl("tại điểm 24", "24", 24, "thẻ", C, code=ANY),
    _sdl("cấp đổi 398", "398", 398, "thẻ", C, code=ANY),
    F("có 786 doanh nghiệp", "786", 786, "doanh nghiệp", C, code=ANY),
    F("và 3.924 hướng", "3.924", 3924, "hướng dẫn viên", C, code=ANY),
    # I.4 the 2025 target of the Sở (dated at the year's end), "đã đạt chỉ tiêu"
    _sdl("trực tuyến: 92,37%", "92,37%", 92.37, "%", code=_TT),
    _sdl("2025: 88,14%)", "88,14%", 88.14, "%", PR, as_of=_Q2_2025, code=_TT),
    _sdl("TTHC: 98,86%", "98,86%", 98.86, "%", code=_SH, target=95, stated_status="đạt"),
    _sdl("năm 2025 là 95%", "95%", 95, "%", T, as_of="2025-12-31", code=_SH),
    _sdl("điện tử: 100%", "100%", 100, "%", code=_KQ),
    _sdl("số hóa: 61,52%", "61,52%", 61.52, "%", code=_TSD),
    # I.5 ("Tổng đài 1022 Quảng Ninh" is a name)
    _sdl("Tiếp nhận 07 phản ánh", "07", 7, "PAKN", C, code=_PAKN_TN),
    _sdl("(05 PAKN", "05", 5, "PAKN", C, code=ANY),
    _sdl("02 PAKN qua", "02", 2, "PAKN", C, code=ANY),
    _sdl("xong 07/07 PAKN", "07/07", 7, "PAKN", C, max_value=7, code=_PAKN_XL),
    _sdl("07/07 PAKN, đạt 100%", "100%", 100, "%", code=_PAKN_TL),
    _sdl("Sở đạt 97,45%", "97,45%", 97.45, "%", code=_HL),
    # I.6 rank among the province's agencies; quý II năm 2025 dated 2025-06-30
    _sdl("đạt 92,68 điểm", "92,68", 92.68, "điểm", code=_TONG),
    _sdl("thứ 2/17", "2/17", 2, "hạng", R, max_value=17, code=_HANG),
    _sdl("2025: 90,17 điểm", "90,17", 90.17, "điểm", PR, as_of=_Q2_2025, code=_TONG),
    _sdl("thứ 4/17)", "4/17", 4, "hạng", PR, max_value=17, as_of=_Q2_2025, code=_HANG),
    _sdl("tăng 2,51 điểm", "2,51", 2.51, "điểm", CH, code=_TONG),
    _sdl("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    _sdl("Còn 02 chỉ tiêu", "02", 2, "chỉ tiêu", C, code=ANY),
    # II.2 the Sở's target in tháng 11/2025 (0203.3835.196 is a phone number)
    _sdl("tối thiểu 95%", "95%", 95, "%", T, as_of="2025-11-30", code=_TT),
]

# ------------------------------------------------------------ 321: Đài PT-TH tỉnh Sóc Trăng, năm 2024
_DAI = "Đài Phát thanh và Truyền hình"
_Y2023 = "2023-12-31"


def _dai(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Đài's own work (subject the Đài, level tỉnh, no catalogued code)."""
    kw.setdefault("code", ANY)
    return F(context, raw, value, unit, kind, subject=_DAI, level="tỉnh", **kw)


def _row_321(subject: object, items: str, minutes: str, share: str, after: str) -> list[Fact]:
    """One Markdown row of a platform (or the total): items, minutes on air, share of items."""
    cells = [(items, "tin", P, ANY, "period"), (minutes, "phút", P, ANY, "period"), (share, "%", P, ANY, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_321 = [
    # I.1 (18/KH-UBND of 26/01/2024 cited); năm 2023 dated 2023-12-31
    _dai("đăng tải 1.846 tin", "1.846", 1846, "tin", C),
    _dai("tăng 312 tin", "312", 312, "tin", CH),
    _dai("(1.534 tin", "1.534", 1534, "tin", PR, as_of=_Y2023),
    _dai("là 1.500 tin", "1.500", 1500, "tin", T),
    _dai("đạt 123,07%", "123,07%", 123.07, "%"),
    _dai("tin ngắn 1.214", "1.214", 1214, "tin", C),
    _dai("chiếm 65,76%", "65,76%", 65.76, "%"),
    _dai("nhanh 398 phóng sự", "398", 398, "phóng sự", C),
    _dai("chiếm 21,56%", "21,56%", 21.56, "%"),
    _dai("(năm 2023: 334", "334", 334, "phóng sự", PR, as_of=_Y2023),
    _dai("tăng 64 phóng sự", "64", 64, "phóng sự", CH),
    _dai("đề 234 bài", "234", 234, "bài", C),
    _dai("chiếm 12,68%", "12,68%", 12.68, "%"),
    # Markdown table by platform ("Tổng cộng" = the Đài; one empty duration cell)
    *_row_321(ANY, "598", "2.146", "32,39", "| 2 | Truyền hình"),
    *_row_321(ANY, "761", "3.425", "41,22", "| 3 | Trang thông tin"),
    F(" | 487 | | 26,38 |\n| | Tổng cộng", "487", 487, "tin", subject=ANY, level="tỉnh", code=ANY, extra=TAB),
    F(" | 26,38 |\n| | Tổng cộng", "26,38", 26.38, "%", subject=ANY, level="tỉnh", code=ANY, extra=TAB),
    *_row_321(_DAI, "1.846", "5.571", "100", "\n2. Chuyên mục"),
    # I.2
    _dai("phát 24 kỳ", "24", 24, "kỳ", C),
    _dai("kỳ 15 phút", "15", 15, "phút"),
    _dai("phát 48 kỳ", "48", 48, "kỳ", C),
    _dai("kỳ 10 phút", "10", 10, "phút"),
    _dai("Tổ chức 06 chương trình", "06", 6, "chương trình", C),
    _dai("Thực hiện 12 phóng sự", "12", 12, "phóng sự", C),
    _dai("trong đó 05 phóng sự", "05", 5, "phóng sự", C),
    _dai("(chiếm 41,67%)", "41,67%", 41.67, "%"),
    _dai("đạt 34,18%", "34,18%", 34.18, "%", target=30, stated_status="đạt"),
    _dai("giao là 30%", "30%", 30, "%", T),
    # I.3 the province's own results, as the Đài relays them; năm 2023 dated 2023-12-31
    F("toàn tỉnh đạt 56,84%", "56,84%", 56.84, "%", code=_NOP),
    F("(năm 2023: 38,27%)", "38,27%", 38.27, "%", PR, as_of=_Y2023, code=_NOP),
    F("trực tuyến đạt 41,06%", "41,06%", 41.06, "%", code=_TT),
    F("TTHC đạt 78,52%", "78,52%", 78.52, "%", code=_SH),
    F("đạt 84,35/100", "84,35/100", 84.35, "điểm", max_value=100, code=_TONG),
    F("thứ 27/63", "27/63", 27, "hạng", R, max_value=63, code=_HANG),
    # I.4
    _dai("Sản xuất 86 video", "86", 86, "video", C),
    _dai("trong đó 31 video", "31", 31, "video", C),
    _dai("chiếm 36,05%", "36,05%", 36.05, "%"),
    _dai("có 1.248.630 lượt", "1.248.630", 1248630, "lượt", C),
    _dai("đó 214.580 lượt", "214.580", 214580, "lượt", C),
    _dai("(chiếm 17,19%)", "17,19%", 17.19, "%"),
    _dai("đạt 87,43%", "87,43%", 87.43, "%"),
    _dai("(năm 2023: 72,16%)", "72,16%", 72.16, "%", PR, as_of=_Y2023),
    # I.5
    _dai("bố trí 14 phóng viên", "14", 14, "phóng viên", C),
    _dai("là 485,6 triệu", "485,6", 485.6, "triệu đồng"),
    _dai("hỗ trợ 320 triệu", "320", 320, "triệu đồng"),
    _dai("chiếm 65,90%", "65,90%", 65.90, "%"),
    # II. districts that send no information
    F("còn 03/11 huyện", "03/11", 3, "huyện", C, max_value=11, subject=ANY, level="huyện", code=None),
    # III.5 the Đài's target for 2025 (0299.3822.431 is a phone number; "Phường 2" a name)
    _dai("tối thiểu 95%", "95%", 95, "%", T, as_of="2025-12-31"),
]

# ---------------------------------------------------- 322: Chi cục Thủy lợi tỉnh Thái Bình, 6 tháng đầu năm 2025
_CC = "Chi cục Thủy lợi"
_Y2024 = "2024-12-31"
_Y2025 = "2025-12-31"


def _cc(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Chi cục itself (subject the Chi cục, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_CC, level="tỉnh", **kw)


def _part(context: str, raw: str, value: float, unit: str, kind: str = P) -> Fact:
    """A figure of one field or one procedure of the Chi cục (subject unchecked, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=ANY, level="tỉnh", code=ANY)


BLIND_322 = [
    # I.1 (1124/SNNMT-VP of 10/6/2025 cited; "số 76 đường Lê Lợi" is an address)
    _cc("hồ sơ của 14 TTHC", "14", 14, "TTHC", C, code=_TTHC),
    _cc("thuộc 2 lĩnh vực", "2", 2, "lĩnh vực", C, code=None),
    _part("thủy lợi (9 TTHC)", "9", 9, "TTHC", C),
    _part("đê điều (5 TTHC)", "5", 5, "TTHC", C),
    _part("lần lượt chiếm 64,29%", "64,29%", 64.29, "%"),
    _part("và 35,71%", "35,71%", 35.71, "%"),
    _cc("Trong đó, 10 TTHC", "10", 10, "TTHC", C, code=_TOAN),
    _cc("toàn trình và 4 TTHC", "4", 4, "TTHC", C, code=_MOT),
    _cc("ban hành 02 quyết định", "02", 2, "quyết định", C, code=None),
    _cc("cử 02 công chức", "02", 2, "công chức", C, code=ANY),
    # I.2 cùng kỳ năm 2024 dated 2024-06-30; quý I dated 2025-03-31
    _cc("tiếp nhận 186", "186", 186, "hồ sơ", C, code=_TN),
    _cc("chuyển sang 11", "11", 11, "hồ sơ", C, code=ANY),
    _cc("mới 175 hồ sơ)", "175", 175, "hồ sơ", C, code=ANY),
    _cc("giảm 9 hồ sơ", "9", -9, "hồ sơ", CH, code=_TN),
    _cc("(195 hồ sơ)", "195", 195, "hồ sơ", PR, as_of="2024-06-30", code=_TN),
    _cc("lần lượt là 78", "78", 78, "hồ sơ", C, as_of="2025-03-31", code=_TN),
    _cc("và 108 hồ sơ", "108", 108, "hồ sơ", C, code=_TN),
    _cc("trực tuyến là 171", "171", 171, "hồ sơ", C, code=_NOP),
    _cc("chiếm 97,71%", "97,71%", 97.71, "%", code=_NOP),
    _cc("giải quyết 179", "179", 179, "hồ sơ", C, code=ANY),
    _cc("trước hạn 152", "152", 152, "hồ sơ", C, code=ANY),
    _cc("đúng hạn 25", "25", 25, "hồ sơ", C, code=ANY),
    _cc("quá hạn 02", "02", 2, "hồ sơ", C, code=_QH),
    _cc("đạt 98,88%", "98,88%", 98.88, "%", code=_DH),
    _cc("Đang giải quyết 7", "7", 7, "hồ sơ", C, code=ANY),
    _cc("là 8,6 ngày", "8,6", 8.6, "ngày", code=_TIME),
    _cc("rút ngắn 1,2", "1,2", -1.2, "ngày", CH, code=_TIME),
    # đ) files by procedure
    _part("thủy lợi: 104 hồ sơ", "104", 104, "hồ sơ", C),
    _part("chiếm 55,91%", "55,91%", 55.91, "%"),
    _part("thủy lợi: 35 hồ sơ", "35", 35, "hồ sơ", C),
    _part("chiếm 18,82%", "18,82%", 18.82, "%"),
    _part("đê điều: 47 hồ sơ", "47", 47, "hồ sơ", C),
    _part("chiếm 25,27%", "25,27%", 25.27, "%"),
    # I.3 targets for 2025 (dated at the year's end): n-th target for the n-th share
    _cc("trực tuyến đạt 86,47%", "86,47%", 86.47, "%", code=_TT, target=80, stated_status="đạt"),
    _cc("(năm 2024: 71,30%)", "71,30%", 71.30, "%", PR, as_of=_Y2024, code=_TT),
    _cc("là 62,4 triệu", "62,4", 62.4, "triệu đồng", code=ANY),
    _cc("số hóa 175/175", "175/175", 175, "hồ sơ", C, max_value=175, code=_SH),
    _cc("hồ sơ đạt 100%", "100%", 100, "%", code=_SH, target=100, stated_status="đạt"),
    _cc("điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    _cc("tương ứng là 80%", "80%", 80, "%", T, as_of=_Y2025, code=_TT),
    _cc("80% và 100%;", "100%", 100, "%", T, as_of=_Y2025, code=_SH),
    _cc("đạt 42,18%", "42,18%", 42.18, "%", code=_TSD, target=50, stated_status="chưa đạt"),
    _cc("năm 2025 là 50%", "50%", 50, "%", T, as_of=_Y2025, code=_TSD),
    # I.4
    _cc("kiểm tra 23 công trình", "23", 23, "công trình", C, code=ANY),
    _cc("biên bản 09 trường hợp", "09", 9, "trường hợp", C, code=ANY),
    # I.5
    _cc("đạt 96,15%", "96,15%", 96.15, "%", code=_HL),
    _cc("tăng 1,32%", "1,32%", 1.32, "%", CH, code=_HL),
    # I.6 the Sở's score in tháng 5/2025 (dated 2025-05-31)
    F("đạt 88,62 điểm", "88,62", 88.62, "điểm", subject="Sở Nông nghiệp và Môi trường", level="tỉnh",
      as_of="2025-05-31", code=_TONG),
    F("thứ 6/19", "6/19", 6, "hạng", R, max_value=19, subject="Sở Nông nghiệp và Môi trường", level="tỉnh",
      as_of="2025-05-31", code=_HANG),
    # II. tasks
    _cc("dứt điểm 07 hồ sơ", "07", 7, "hồ sơ", C, code=ANY),
    _cc("tối thiểu 50%", "50%", 50, "%", T, as_of="2025-09-30", code=_TSD),
    _cc("hóa 03 TTHC", "03", 3, "TTHC", C, code=ANY),
]

# ------------------------------------------------------------ 323: Sở Nội vụ tỉnh Khánh Hòa, Tờ trình, năm 2025
_XA = {"subject": "cấp xã", "level": "xã", "code": None}


def _y24(context: str, raw: str, value: float, subject: object, level: object, code: object = ANY) -> Fact:
    """A 2024 CCHC result in `%` (kind value, dated 2024-12-31)."""
    return F(context, raw, value, "%", subject=subject, level=level, as_of=_Y2024, code=code)


def _idx(context: str, raw: str, value: float, unit: str, kind: str = P) -> Fact:
    """A figure describing the proposed index itself (subject, level and code unchecked)."""
    return F(context, raw, value, unit, kind, subject=ANY, level=ANY, code=ANY)


BLIND_323 = [
    # I. (202/2025/QH15 of 12/6/2025 and 876/QĐ-BNV of 10/11/2022 cited; "Từ ngày 01/7/2025" is a date)
    F("với 18 sở", "18", 18, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("và 65 xã", "65", 65, "xã", C, **_XA),
    F("(48 xã", "48", 48, "xã", C, **_XA),
    F("16 phường", "16", 16, "phường", C, **_XA),
    F("01 đặc khu", "01", 1, "đặc khu", C, **_XA),
    # I.1 the two former provinces in 2024
    _y24("đạt 87,15%", "87,15%", 87.15, ANY, ANY, _PAR),
    F("thứ 21/63", "21/63", 21, "hạng", R, max_value=63, subject=ANY, level=ANY, as_of=_Y2024, code=_PAR),
    _y24("đạt 84,62%", "84,62%", 84.62, "tỉnh Ninh Thuận", "tỉnh", _PAR),
    F("thứ 39/63", "39/63", 39, "hạng", R, max_value=63, subject="tỉnh Ninh Thuận", level="tỉnh", as_of=_Y2024,
      code=_PAR),
    _y24("lần lượt là 82,47%", "82,47%", 82.47, ANY, ANY, _SIPAS),
    _y24("và 80,95%", "80,95%", 80.95, "tỉnh Ninh Thuận", "tỉnh", _SIPAS),
    # I.2 blocks, best and worst units, counts by grade (2024)
    _y24("trung bình 86,34%", "86,34%", 86.34, ANY, "tỉnh"),
    _y24("(92,18%)", "92,18%", 92.18, "Sở Tư pháp", "tỉnh"),
    _y24("(78,05%)", "78,05%", 78.05, "Sở Xây dựng", "tỉnh"),
    F("có 09/20 cơ quan", "09/20", 9, "đơn vị", C, max_value=20, subject=ANY, level="tỉnh", as_of=_Y2024,
      code=None),
    F("10 cơ quan", "10", 10, "đơn vị", C, subject=ANY, level="tỉnh", as_of=_Y2024, code=None),
    F("01 cơ quan", "01", 1, "đơn vị", C, subject=ANY, level="tỉnh", as_of=_Y2024, code=None),
    _y24("trung bình 84,71%", "84,71%", 84.71, ANY, "tỉnh"),
    _y24("(89,12%)", "89,12%", 89.12, "Sở Công Thương", "tỉnh"),
    _y24("(79,36%)", "79,36%", 79.36, "Sở Văn hóa, Thể thao và Du lịch", "tỉnh"),
    _y24("trung bình 83,26%", "83,26%", 83.26, ANY, "huyện"),
    _y24("(89,40%)", "89,40%", 89.40, "UBND thành phố Nha Trang", "huyện"),
    _y24("(76,12%)", "76,12%", 76.12, "UBND huyện Khánh Sơn", "huyện"),
    _y24("trung bình 81,58%", "81,58%", 81.58, ANY, "huyện"),
    F("có 05/07 huyện", "05/07", 5, "huyện", C, max_value=7, subject=ANY, level="huyện", as_of=_Y2024, code=None),
    # I.3 the merged province's 766 result in tháng 7/2025, ranked among 34
    F("đạt 85,46/100", "85,46/100", 85.46, "điểm", max_value=100, as_of="2025-07-31", code=_TONG),
    F("thứ 12/34", "12/34", 12, "hạng", R, max_value=34, as_of="2025-07-31", code=_HANG),
    # II.1 the index of the sở, ban, ngành
    _idx("ngành gồm 7 lĩnh vực", "7", 7, "lĩnh vực", C),
    _idx("32 tiêu chí", "32", 32, "tiêu chí", C),
    _idx("74 tiêu chí", "74", 74, "tiêu chí thành phần", C),
    _idx("thang điểm 100, trong", "100", 100, "điểm"),
    _idx("thẩm định 70 điểm", "70", 70, "điểm"),
    _idx("xã hội học 30 điểm", "30", 30, "điểm"),
    _idx("hành chính: 10 điểm", "10", 10, "điểm"),
    _idx("pháp luật: 8 điểm", "8", 8, "điểm"),
    _idx("hành chính: 16 điểm", "16", 16, "điểm"),
    _idx("cơ quan: 6 điểm", "6", 6, "điểm"),
    _idx("bộ máy hành chính: 8 điểm", "8", 8, "điểm"),
    _idx("công vụ: 10 điểm", "10", 10, "điểm"),
    _idx("tài chính công: 6 điểm", "6", 6, "điểm"),
    _idx("Chính quyền số: 12 điểm", "12", 12, "điểm"),
    # II.2 the index of the xã, phường, đặc khu
    _idx("khu gồm 7 lĩnh vực", "7", 7, "lĩnh vực", C),
    _idx("28 tiêu chí", "28", 28, "tiêu chí", C),
    _idx("61 tiêu chí", "61", 61, "tiêu chí thành phần", C),
    _idx("thang điểm 100 (", "100", 100, "điểm"),
    _idx("thẩm định 65 điểm", "65", 65, "điểm"),
    _idx("xã hội học 35 điểm", "35", 35, "điểm"),
    # II.3 grade bounds
    _idx("từ 90% trở lên", "90%", 90, "%"),
    _idx("Khá: từ 80%", "80%", 80, "%"),
    _idx("dưới 90%;", "90%", 90, "%"),
    _idx("Trung bình: từ 65%", "65%", 65, "%"),
    _idx("dưới 80%;", "80%", 80, "%"),
    _idx("Yếu: dưới 65%", "65%", 65, "%"),
    # II.4 targets for 2025
    F("từ 88% trở lên", "88%", 88, "%", T, code=_PAR),
    _idx("100% cơ quan", "100%", 100, "%", T),
    # II.5 survey
    _idx("khảo sát 7.470 phiếu", "7.470", 7470, "phiếu", C),
    _idx("địa phương 90 phiếu", "90", 90, "phiếu", C),
    _idx("dự kiến 650 triệu", "650", 650, "triệu đồng"),
]

# ------------------------------------------------------------ 324: UBND quận Tân Phú (TP Hồ Chí Minh), tháng 9 năm 2024
_TP = "UBND quận Tân Phú"
_AUG_324 = "2024-08-31"
_QUAN = {"subject": "cấp quận", "level": "huyện"}
_PHUONG = {"subject": "cấp phường", "level": "xã"}
_OWN = {"subject": _TP, "level": "huyện"}
_WARDS = {"subject": ANY, "level": "xã"}


def _row_324(subject: str, received: str, online: str, on_time: str, after: str) -> list[Fact]:
    """One Markdown row of a phường (or "Cộng" = cấp phường): received, online share, on-time share."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"),
             (on_time, "%", P, _DH, "period")]
    return _cells(subject, "xã", cells, after, " | ", " |\n")


BLIND_324 = [
    # I.1 a) cấp quận (61/2018/NĐ-CP of 23/4/2018 cited)
    F("Tiếp nhận 6.214", "6.214", 6214, "hồ sơ", C, code=_TN, **_QUAN),
    F("tăng 8,7%", "8,7%", 8.7, "%", CH, code=ANY, **_QUAN),
    F("trực tuyến 4.893", "4.893", 4893, "hồ sơ", C, code=_NOP, **_QUAN),
    F("chiếm 78,74%", "78,74%", 78.74, "%", code=_NOP, target=80, stated_status="chưa đạt", **_QUAN),
    F("giải quyết 5.962", "5.962", 5962, "hồ sơ", C, code=ANY, **_QUAN),
    F("trước hạn 5.901", "5.901", 5901, "hồ sơ", C, code=_DH, **_QUAN),
    F("đạt 98,98%", "98,98%", 98.98, "%", code=_DH, **_QUAN),
    F("quá hạn 61", "61", 61, "hồ sơ", C, code=_QH, **_QUAN),
    F("đất đai (48 hồ sơ)", "48", 48, "hồ sơ", C, subject=ANY, level="huyện", code=_QH),
    F("xây dựng (13 hồ sơ)", "13", 13, "hồ sơ", C, subject=ANY, level="huyện", code=_QH),
    F("trực tuyến: 3.126", "3.126", 3126, "hồ sơ", C, code=_TT, **_QUAN),
    F("đạt 61,27%", "61,27%", 61.27, "%", code=_TT, **_QUAN),
    # b) cấp phường; best and worst wards in brackets
    F("của 11 phường", "11", 11, "phường", C, code=None, **_PHUONG),
    F("Tiếp nhận 4.385", "4.385", 4385, "hồ sơ", C, code=_TN, **_PHUONG),
    F("trực tuyến 2.716", "2.716", 2716, "hồ sơ", C, code=_NOP, **_PHUONG),
    F("chiếm 61,94%", "61,94%", 61.94, "%", code=_NOP, target=60, stated_status="đạt", **_PHUONG),
    F("giải quyết 4.352", "4.352", 4352, "hồ sơ", C, code=ANY, **_PHUONG),
    F("đạt 99,63%", "99,63%", 99.63, "%", code=_DH, **_PHUONG),
    F("có 09/11 phường", "09/11", 9, "phường", C, max_value=11, code=None, **_WARDS),
    F("đúng hạn 100% hồ sơ", "100%", 100, "%", code=_DH, **_WARDS),
    F("(77,18%)", "77,18%", 77.18, "%", subject="phường Tân Sơn Nhì", level="xã", code=_NOP),
    F("(48,32%)", "48,32%", 48.32, "%", subject="phường Phú Trung", level="xã", code=_NOP),
    # Markdown table of the 11 phường, "Cộng" row (= cấp phường)
    *_row_324("Phường Tân Sơn Nhì", "412", "77,18", "100", "| 2 | Phường Tây Thạnh"),
    *_row_324("Phường Tây Thạnh", "586", "60,07", "98,46", "| 3 | Phường Sơn Kỳ"),
    *_row_324("Phường Sơn Kỳ", "378", "63,76", "100", "| 4 | Phường Tân Quý"),
    *_row_324("Phường Tân Quý", "497", "62,17", "100", "| 5 | Phường Tân Thành"),
    *_row_324("Phường Tân Thành", "361", "60,94", "100", "| 6 | Phường Phú Thọ Hòa"),
    *_row_324("Phường Phú Thọ Hòa", "444", "64,64", "100", "| 7 | Phường Phú Thạnh"),
    *_row_324("Phường Phú Thạnh", "402", "58,71", "98,24", "| 8 | Phường Phú Trung"),
    *_row_324("Phường Phú Trung", "298", "48,32", "100", "| 9 | Phường Hòa Thạnh"),
    *_row_324("Phường Hòa Thạnh", "335", "60,60", "100", "| 10 | Phường Hiệp Tân"),
    *_row_324("Phường Hiệp Tân", "317", "59,62", "100", "| 11 | Phường Tân Thới Hòa"),
    *_row_324("Phường Tân Thới Hòa", "355", "61,13", "100", "| | Cộng"),
    *_row_324("cấp phường", "4.385", "61,94", "99,63", "\nSo với chỉ tiêu"),
    # the 2024 targets by level (dated at the year's end)
    F("(cấp huyện 80%", "80%", 80, "%", T, subject="cấp huyện", level="huyện", as_of="2024-12-31", code=_NOP),
    F("cấp xã 60%)", "60%", 60, "%", T, subject="cấp xã", level="xã", as_of="2024-12-31", code=_NOP),
    # I.2 by level after "tương ứng là" / "lần lượt là"
    F("tương ứng là 91,46%", "91,46%", 91.46, "%", code=_SH, **_QUAN),
    F("và 87,03%", "87,03%", 87.03, "%", code=_SH, **_PHUONG),
    F("lần lượt là 94,18%", "94,18%", 94.18, "%", code=_KQ, **_QUAN),
    F("và 89,55%", "89,55%", 89.55, "%", code=_KQ, **_PHUONG),
    F("chính 2.137", "2.137", 2137, "trường hợp", C, code=_CT, **_OWN),
    F("phường 1.652", "1.652", 1652, "trường hợp", C, code=_CT, **_PHUONG),
    F("(chiếm 77,30%)", "77,30%", 77.30, "%", code=ANY, **_PHUONG),
    # I.3 the quận's own PAKN and satisfaction; tháng 8/2024 dated 2024-08-31 ("Tổng đài 1022" is a name)
    F("tiếp nhận 23 phản ánh", "23", 23, "PAKN", C, code=_PAKN_TN, **_OWN),
    F("xử lý 21 PAKN", "21", 21, "PAKN", C, code=_PAKN_XL, **_OWN),
    F("đạt 91,30%", "91,30%", 91.30, "%", code=_PAKN_TL, **_OWN),
    F("02 PAKN đang", "02", 2, "PAKN", C, code=ANY, **_OWN),
    F("đạt 96,42%", "96,42%", 96.42, "%", code=_HL, **_OWN),
    F("(tháng 8/2024: 95,87%)", "95,87%", 95.87, "%", PR, as_of=_AUG_324, code=_HL, **_OWN),
    # I.4 rank among the city's 22 district-level units; ward average and grades
    F("đạt 85,73 điểm", "85,73", 85.73, "điểm", code=_TONG, **_OWN),
    F("thứ 7/22", "7/22", 7, "hạng", R, max_value=22, code=_HANG, **_OWN),
    F("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG, **_OWN),
    F("(xếp thứ 10/22)", "10/22", 10, "hạng", PR, max_value=22, as_of=_AUG_324, code=_HANG, **_OWN),
    F("đạt 81,92 điểm", "81,92", 81.92, "điểm", code=_TONG, **_WARDS),
    F("có 04 phường", "04", 4, "phường", C, code=None, **_WARDS),
    F("06 phường", "06", 6, "phường", C, code=None, **_WARDS),
    F("01 phường", "01", 1, "phường", C, code=None, **_WARDS),
    F("78,64 điểm", "78,64", 78.64, "điểm", subject="phường Phú Trung", level="xã", code=_TONG),
    # II.5 the quận level's target by the end of 2024 (028.3861.3000 and "số 70A" are no figures)
    F("tối thiểu 80%", "80%", 80, "%", T, as_of="2024-12-31", code=_NOP, **_QUAN),
]

BLIND = {"320": BLIND_320, "321": BLIND_321, "322": BLIND_322, "323": BLIND_323, "324": BLIND_324}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "320": [
        ("2025-10-31", "day", "31/10/2025", "cắt giảm thời gian giải quyết TTHC", "Phòng Quản lý lữ hành"),
        ("2025-11-30", "month", "tháng 11/2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "Văn phòng Sở"),
        ("2025-12-15", "day", "ngày 15 tháng 12 năm 2025", "số hóa dữ liệu hướng dẫn viên du lịch",
         "Trung tâm Thông tin và Xúc tiến du lịch"),
        ("2025-12-31", "quarter", "quý IV/2025", "niêm yết, công khai TTHC", "Thanh tra Sở"),
        # issued 03/10/2025: the first "ngày 18 hằng tháng" is 18/10/2025
        ("2025-10-18", "recurring", "18 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các phòng, đơn vị thuộc Sở"),
    ],
    "321": [
        ("2025-01-20", "day", "20/01/2025", "kế hoạch tuyên truyền cải cách hành chính năm 2025", "Phòng Thời sự"),
        ("2025-02-28", "month", "tháng 02/2025", "tọa đàm về Bộ chỉ số", "Phòng Thời sự"),
        ("2025-03-31", "day", "ngày 31 tháng 3 năm 2025", "lên nền tảng số", "Phòng Kỹ thuật - Công nghệ"),
        ("2025-06-30", "quarter", "quý II/2025", "phóng sự về thanh toán trực tuyến", "Phòng Chuyên đề"),
        ("2025-12-31", "year", "năm 2025", "đăng tải trên nền tảng số", "Ban Biên tập Trang thông tin điện tử"),
        # issued 06/01/2025: the first "ngày 25 hằng tháng" is 25/01/2025
        ("2025-01-25", "recurring", "25 hằng tháng", "gửi số liệu tuyên truyền cải cách hành chính",
         "Các phòng chuyên môn"),
    ],
    "322": [
        ("2025-07-15", "day", "15/7/2025", "giải quyết dứt điểm", "Phòng Quản lý công trình thủy lợi"),
        ("2025-08-31", "month", "tháng 8/2025", "rà soát hồ sơ cấp phép", "Phòng Quản lý đê điều"),
        ("2025-09-30", "quarter", "quý III/2025", "sử dụng lại dữ liệu số hóa", "Bộ phận Văn thư - Tổng hợp"),
        ("2025-09-30", "day", "ngày 30 tháng 9 năm 2025", "phương án đơn giản hóa", "Các phòng chuyên môn"),
        ("2025-12-31", "year", "năm 2025", "thanh toán trực tuyến", "Văn phòng Chi cục"),
        # issued 27/6/2025: the first "ngày 22 hằng tháng" is 22/7/2025
        ("2025-07-22", "recurring", "22 hằng tháng", "cập nhật kết quả giải quyết hồ sơ", "Các phòng chuyên môn"),
    ],
    "323": [
        ("2025-08-31", "day", "31/8/2025", "hướng dẫn chấm điểm", "Sở Nội vụ"),
        ("2025-12-31", "year", "năm 2025", "điều tra xã hội học", "Trung tâm Phục vụ hành chính công tỉnh"),
        ("2025-12-15", "day", "ngày 15 tháng 12 năm 2025", "tự đánh giá, chấm điểm",
         "Các sở, ban, ngành, UBND các xã, phường, đặc khu"),
        ("2026-03-31", "quarter", "quý I/2026", "thẩm định kết quả tự đánh giá",
         "Hội đồng thẩm định Chỉ số cải cách hành chính tỉnh"),
        ("2026-04-30", "month", "tháng 4/2026", "công bố kết quả", "Sở Nội vụ"),
        # issued 12/8/2025: the first "ngày 05 hằng tháng" is 05/9/2025
        ("2025-09-05", "recurring", "05 hằng tháng", "cập nhật tài liệu kiểm chứng",
         "Các sở, ban, ngành, UBND các xã, phường, đặc khu"),
    ],
    "324": [
        ("2024-10-15", "day", "15/10/2024", "giải quyết dứt điểm các hồ sơ đất đai, xây dựng quá hạn",
         "Phòng Tài nguyên và Môi trường, Phòng Quản lý đô thị"),
        ("2024-10-31", "month", "tháng 10/2024", "nâng tỷ lệ hồ sơ trực tuyến",
         "UBND phường Phú Trung, UBND phường Phú Thạnh"),
        ("2024-12-31", "quarter", "quý IV/2024", "chứng thực bản sao điện tử", "Phòng Tư pháp"),
        ("2024-10-31", "day", "ngày 31 tháng 10 năm 2024", "quy trình nội bộ", "Văn phòng HĐND và UBND quận"),
        ("2024-12-31", "year", "năm 2024", "tỷ lệ hồ sơ trực tuyến của cấp quận",
         "Các phòng, ban chuyên môn thuộc quận"),
        # issued 04/10/2024: the first "ngày 20 hằng tháng" is 20/10/2024
        ("2024-10-20", "recurring", "20 hằng tháng", "báo cáo kết quả hoạt động của Bộ phận Một cửa",
         "UBND các phường"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 320's issuer is Sở Du lịch under "UBND TỈNH QUẢNG NINH"; 321's is the Đài under "UBND TỈNH SÓC TRĂNG", an
# annual report issued in January 2025; 322's is a Chi cục under "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG TỈNH THÁI BÌNH";
# 323 is a Tờ trình whose period is the year in its title; 324's issuer is a quận of Thành phố Hồ Chí Minh (the
# city named in "Kính gửi"), period the month in its title.
META = {
    "320": {"doc_number": "412/BC-SDL", "doc_type": "Báo cáo", "issued_date": "2025-10-03",
            "province": "Quảng Ninh", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Phạm Thị Thu Hà"},
    "321": {"doc_number": "09/BC-PTTH", "doc_type": "Báo cáo", "issued_date": "2025-01-06",
            "province": "Sóc Trăng", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Lâm Văn Thạnh"},
    "322": {"doc_number": "87/BC-CCTL", "doc_type": "Báo cáo", "issued_date": "2025-06-27",
            "province": "Thái Bình", "period_label": "6 tháng đầu năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-06-30", "signer": "Nguyễn Văn Thịnh"},
    "323": {"doc_number": "215/TTr-SNV", "doc_type": "Tờ trình", "issued_date": "2025-08-12",
            "province": "Khánh Hòa", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Lê Thị Ngọc Diệp"},
    "324": {"doc_number": "398/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2024-10-04",
            "province": "Hồ Chí Minh", "period_label": "tháng 9 năm 2024", "period_start": "2024-09-01",
            "period_end": "2024-09-30", "signer": "Võ Thị Thanh Tâm"},
}
