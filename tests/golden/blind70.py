"""Blind golden facts for corpus/blind70/425_bac_ninh.txt, 426_quang_tri.txt, 427_dien_bien.txt, 428_hue.txt and
429_dong_thap.txt.

The five documents were written by the developers for the seventieth blind measurement (genres, wording and
layouts not used in the sets the writer read; not real documents), and every row below was written by reading
them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out text for
diacritic restoration (marks stripped, restored, compared with the file). All five are dated after the 1 July 2025
merger (two-tier local government: tỉnh and xã; ranks among 34 provincial units).

Same structure and conventions as golden/blind13.py … blind16.py: rows use `golden.facts.Fact` (context string
that occurs once in the document + the figure as written inside it). Prose and list counts are kind `count`;
table cells are kind `value` (rank cells `n/102` kind `rank`, unit `hạng`, max 102) with `extra={"source":
"table"}`; `as_of="period"` is the period's end; `ANY` leaves a field unchecked where the sentence names no
catalogued indicator (`None` where it clearly names none). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến
nghị" counts the unit `PAKN`; counts of "cơ quan"/"đơn vị"/"Chi nhánh" the unit `đơn vị` (level of the bodies
counted); every "đã giải quyết" count has its code unchecked; a relative change of a count has its code unchecked.
A change is dated at the period end; a fall ("giảm") is negative. A table column dated before the period end keeps
kind `value` with that date as `as_of`. Dates, document numbers, cited laws, resolutions, plans, letters and
decisions ("Nghị định số 101/2024/NĐ-CP", "Công văn số 318/HĐND-VP", "Quyết định số 2156/QĐ-UBND", "Kế hoạch số
198/KH-SNV", "Nghị quyết số 76/NQ-CP", "Kế hoạch số 4821/KH-UBND", "Luật … số 72/2025/QH15", "Nghị quyết số
57-NQ/TW", "Tờ trình số 9215/TTr-UBND", "Quyết định số 766/QĐ-TTg", "Quyết định số 1127/QĐ-UBND"), session names
("Kỳ họp thứ Mười", "KHÓA VIII"), terms and year spans ("nhiệm kỳ 2021 - 2026", "giai đoạn 2021 - 2030"),
"11 tháng năm 2025" / "10 tháng năm 2025" (periods), section numbering ("I.", "1.", "a)", "đ)"), the TT/STT
columns, the "Đơn vị tính" column, phone numbers ("0232.3822.456", "0215.3825.347", "0277.3851.626"), times ("08
giờ 00", "11 giờ 30", "17 giờ"), the address "số 12 đường 30 Tháng 4", "từ 15 tuổi trở lên", "mức độ 2",
headings naming a period ("Điều 2. Mục tiêu, chỉ tiêu chủ yếu năm 2026": no deadline) and years are not figures.

New in this set:
- 425 is a Báo cáo giải trình of the Giám đốc Sở Nông nghiệp và Môi trường tỉnh Bắc Ninh (merged with Bắc Giang;
  header "UBND TỈNH BẮC NINH / SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG") answering a HĐND delegate's question (chất vấn) on
  late land files, issued 05/12/2025, period "11 tháng năm 2025" (01/01–30/11/2025, stated). The Sở's figures
  have subject "Sở Nông nghiệp và Môi trường", level tỉnh (the Thường trực HĐND is only the addressee). "So với
  cùng kỳ năm 2024 (… 158.730 hồ sơ)" is a previous value dated 2024-11-30 (the same 11 months); "tăng 27.722 hồ
  sơ, tương ứng tăng 17,46%" a change and a relative change. The land field's own figures ("Riêng lĩnh vực đất
  đai …") have subject ANY, level tỉnh (as golden/blind13.py's 146 does for fields). "còn 1.284 hồ sơ đã quá hạn
  nhưng chưa trả kết quả" counts files pending and overdue (code unchecked). "05 Chi nhánh" counts bodies (unit
  `đơn vị`, code None). Five branches as dash-list items "- Chi nhánh khu vực X: tiếp nhận …, giải quyết …, quá
  hạn … hồ sơ (y%)" (counts; subject the branch as written, level tỉnh; the bracketed share is the overdue share).
  "(461 hồ sơ) thuộc Văn phòng Đăng ký đất đai" is that body's overdue count. The transfer to the tax office
  (38.512 files, 6,4 ngày) is the Sở's, code unchecked; "61,25% số thửa đất" names no body (subject, level
  unchecked); "412 người (viên chức và người lao động), giảm 37 người" counts the staff of the whole land-registry
  system (subject unchecked, level tỉnh; unit `người`). "5.904 văn bản xin lỗi" is a count (unit `văn bản`).
  "(chỉ tiêu năm 2025 là 90%, chưa đạt chỉ tiêu)" is the Sở's target dated 2025-12-31, held by 78,42%. "tháng
  11/2025 Sở đạt 79,36 điểm, xếp thứ 16/18 sở, ban, ngành (tháng 10/2025: 77,85 điểm, xếp thứ 17/18)": score
  without max, rank among the agencies, previous values dated 2025-10-31. "đến hết năm 2026 … xuống dưới 2%"
  is a target for the land field's overdue share (subject unchecked, level tỉnh), dated 2026-12-31. Six
  deadlines: day, month for two named branches, "chậm nhất" day in words, quarter, "trước ngày 10 hằng tháng"
  (issued 05/12/2025: first 10/12/2025), year (with the target).
- 426 is a Biên bản kiểm tra of the Đoàn kiểm tra CCHC of UBND tỉnh Quảng Trị (merged with Quảng Bình; header
  "UBND TỈNH QUẢNG TRỊ / ĐOÀN KIỂM TRA CÔNG TÁC CẢI CÁCH HÀNH CHÍNH") at UBND xã Phong Nha, kỳ kiểm tra
  01/7/2025–31/10/2025, issued 18/11/2025. Every finding is about the commune (subject "UBND xã Phong Nha", level
  xã), the inspection team being the issuer: a careful analyst does not take the commune's files for the
  province's. "06 văn bản", "24 nhiệm vụ" and "17/24 nhiệm vụ" are counts with code None (units `văn bản`,
  `nhiệm vụ`); "đạt 70,83%" their share (code unchecked). "326 TTHC" are the procedures published (TTHC count).
  Overdue files of two fields in brackets "(63 hồ sơ)" have subject ANY, level xã. "52/91 hồ sơ quá hạn" is one
  count (max 91, code unchecked). Its Markdown table by field (no units in the headers: counts of files) has a
  "Tổng" row with an empty TT cell (= the commune; its figures repeat the prose), one "0" cell. Sample checks (60,
  11, 07 files) are counts with code unchecked. "so với chỉ tiêu tỉnh giao cho cấp xã năm 2025 là 80% thì chưa
  đạt chỉ tiêu": the target is the commune level's (subject unchecked, level xã) dated 2025-12-31, held by
  71,36%. "02 PAKN đang xử lý đã quá thời hạn" is a count with code unchecked. Five deadlines: day, "chậm nhất"
  day in words, month, quarter, "trước ngày 25 hằng tháng" (issued 18/11/2025: first 25/11/2025). Two people
  sign (the commune's chairman on the left, the team leader on the right): the signer is left unchecked, and so is
  the period label (the period is written only inside the title's brackets).
- 427 is a Tờ trình of Sở Nội vụ tỉnh Điện Biên (header "UBND TỈNH ĐIỆN BIÊN / SỞ NỘI VỤ") asking UBND tỉnh to
  set the province's 2026 CCHC targets, issued 20/11/2025; its period is the year its title names ("năm 2026"),
  so the proposed targets are dated at the period end. Every figure is the province's (subject NULL): the text
  says "của tỉnh". PAR INDEX and SIPAS "Năm 2024" are dated 2024-12-31; figures "Tính đến ngày 31/10/2025", "Trong
  10 tháng năm 2025" and "Đến ngày 31/10/2025" are dated 2025-10-31 (the 766 total `80,14/100`, rank `21/34`, the
  files, PAKN and "6/10 chỉ tiêu", a count with unit `chỉ tiêu`, code None). Shares held against the 2025 targets
  ("(chỉ tiêu năm 2025 là 60%, chưa đạt chỉ tiêu)", "vượt chỉ tiêu 98% được giao") carry them; those targets are
  dated 2025-12-31. Online shares by level after "tương ứng là". Its Markdown table has a text "Đơn vị tính" column
  (`%` or `điểm`: the cells' unit), a column "Kết quả năm 2024" (dated 2024-12-31), "Thực hiện đến 31/10/2025"
  (dated 2025-10-31) and "Đề xuất năm 2026" (kind `target`, period end). Five deadlines: day, month, quarter,
  "chậm nhất" day in words, "trước ngày 25 hằng tháng" (issued 20/11/2025: first 25/11/2025).
- 428 is a Nghị quyết of HĐND thành phố Huế (a centrally-run city: its figures have subject NULL; header "HỘI ĐỒNG
  NHÂN DÂN / THÀNH PHỐ HUẾ") on the 2026 socio-economic plan, issued 10/12/2025; period "năm 2026". Điều 1's
  results of 2025 ("ước đạt …") are dated 2025-12-31; the PAR INDEX and SIPAS "năm 2024 của tỉnh Thừa Thiên Huế
  (nay là thành phố Huế)" are the city's (subject NULL), dated 2024-12-31. "(kế hoạch 50%)" is the 2025 target
  (dated 2025-12-31) held by the share before it. The city's own level is written "cấp thành phố" (subject "cấp
  thành phố", level tỉnh). Điều 2's figures are all targets (kind `target`, period end), economic ones included
  (units `tỷ đồng`, `triệu đồng`, `triệu USD`, `doanh nghiệp`; code unchecked), "trong đó cấp thành phố 95%, cấp xã
  75%" by level. Six deadlines in Điều 3: day, quarter, "chậm nhất" day in words, month, year, "trước ngày 15 hằng
  tháng" (issued 10/12/2025: first 15/12/2025).
- 429 is a Thông báo of the Văn phòng UBND tỉnh Đồng Tháp (merged with Tiền Giang; header "UBND TỈNH ĐỒNG THÁP /
  VĂN PHÒNG"), tháng 11 năm 2025, issued 08/12/2025, on the 766 index among 34 provincial units and 102 xã,
  phường. "so với tháng 10/2025 (83,41 điểm, xếp thứ 15/34) tăng 0,86 điểm và tăng 3 bậc": previous values dated
  2025-10-31 (the previous total on the /100 scale), rises. The six group scores "<group> x/max điểm" after
  "Điểm từng nhóm chỉ số:" separated by ";" (sum 84,27). Block averages (subject ANY, levels tỉnh/xã) with
  "(tháng 10/2025: …)" previous values. "16/20 cơ quan", "04 cơ quan" and "18 đơn vị … 61 đơn vị … 23 đơn vị"
  are counts by grade (unit `đơn vị`, code None); "Trong 102 xã, phường" counts communes (unit `xã`, level xã,
  code None). Its tab-separated table lists the 8 best and 4 worst xã, phường (subject as written, "Phường Cao
  Lãnh", "Xã Tháp Mười", level xã; score "Điểm tháng 10/2025" dated 2025-10-31, score of the month, rank
  `n/102`); "Xã Tân Phú Đông giảm 1,75 điểm" is that commune's fall. The target "đến hết quý I năm 2026 … toàn
  tỉnh đạt tối thiểu 60%" in Sở Tài chính's task is the province's (subject NULL), dated 2026-03-31. Five
  deadlines: day (for Sở Xây dựng), month for four named communes, quarter (with the target), "chậm nhất" day in
  words, "trước ngày 05 hằng tháng" (issued 08/12/2025, after the 5th: first 05/01/2026).
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
_PAR = "par_index"
_SIPAS = "sipas"
_KY = "cds.ky_so"


def _cells(subject: object, level: str | None, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs. A rank
    cell `n/m` carries m as its max_value."""
    facts = []
    raws = [cell[0] for cell in cells]
    for i, (raw, unit, kind, code, as_of) in enumerate(cells):
        context = sep + sep.join(raws[i:]) + end + after
        if "/" in raw:
            number, top = raw.split("/")
            facts.append(F(context, raw, _num(number), unit, kind, max_value=_num(top), subject=subject,
                           level=level, as_of=as_of, code=code, extra=TAB))
        else:
            facts.append(F(context, raw, _num(raw), unit, kind, subject=subject, level=level, as_of=as_of,
                           code=code, extra=TAB))
    return facts


# ------------------------------------------------------------ 425: Sở Nông nghiệp và Môi trường tỉnh Bắc Ninh
_SNN = "Sở Nông nghiệp và Môi trường"
_VPDK = "Văn phòng Đăng ký đất đai"
_NOV_2024 = "2024-11-30"
_OCT_2025 = "2025-10-31"
_Y2025 = "2025-12-31"
_Y2026 = "2026-12-31"


def _so(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SNN, level="tỉnh", **kw)


def _branch(name: str, received: str, settled: str, overdue: str, share_context: str, share: str) -> list[Fact]:
    """One dash-list item of a Chi nhánh: files received, settled, overdue, and the overdue share in brackets."""
    def fact(context: str, raw: str, unit: str, kind: str, code: object) -> Fact:
        return F(context, raw, _num(raw), unit, kind, subject=name, level="tỉnh", code=code)
    return [fact(f"tiếp nhận {received}", received, "hồ sơ", C, _TN),
            fact(f"giải quyết {settled}", settled, "hồ sơ", C, ANY),
            fact(f"quá hạn {overdue} hồ sơ (", overdue, "hồ sơ", C, _QH),
            fact(share_context, share, "%", P, _QH)]


BLIND_425 = [
    # II.1 (318/HĐND-VP of 24/11/2025, Luật Đất đai năm 2024, 101/2024/NĐ-CP of 29/7/2024 cited)
    _so("tổng cộng 186.452", "186.452", 186452, "hồ sơ", C, code=_TN),
    _so("trực tuyến 97.315", "97.315", 97315, "hồ sơ", C, code=_NOP),
    _so("chiếm 52,19%", "52,19%", 52.19, "%", code=_NOP),
    _so("cũ là 158.730", "158.730", 158730, "hồ sơ", PR, as_of=_NOV_2024, code=_TN),
    _so("tăng 27.722", "27.722", 27722, "hồ sơ", CH, code=_TN),
    _so("tăng 17,46%", "17,46%", 17.46, "%", CH, code=ANY),
    _so("giải quyết 171.208", "171.208", 171208, "hồ sơ", C, code=ANY),
    _so("đúng hạn 163.947", "163.947", 163947, "hồ sơ", C, code=_DH),
    _so("đạt 95,76%", "95,76%", 95.76, "%", code=_DH),
    _so("quá hạn 7.261", "7.261", 7261, "hồ sơ", C, code=_QH),
    _so("chiếm 4,24%", "4,24%", 4.24, "%", code=_QH),
    F("tiếp nhận 142.806", "142.806", 142806, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    F("chiếm 76,59%", "76,59%", 76.59, "%", subject=ANY, level="tỉnh", code=ANY),
    F("quá hạn là 7.018", "7.018", 7018, "hồ sơ", C, subject=ANY, level="tỉnh", code=_QH),
    F("tới 96,65%", "96,65%", 96.65, "%", subject=ANY, level="tỉnh", code=ANY),
    _so("còn 1.284", "1.284", 1284, "hồ sơ", C, code=ANY),
    # II.2 the branches as a dash list
    # a count of branches in the unit as written (`chi nhánh`, as golden/blind83.py's 490): aligned after sets 81-84
    F("tại 05 Chi nhánh", "05", 5, "chi nhánh", C, subject=ANY, level="tỉnh", code=None),
    *_branch("Chi nhánh khu vực Từ Sơn", "24.318", "22.406", "1.862", "(tỷ lệ quá hạn 8,31%)", "8,31%"),
    *_branch("Chi nhánh khu vực Bắc Ninh", "27.905", "26.117", "1.236", "(4,73%)", "4,73%"),
    *_branch("Chi nhánh khu vực Quế Võ", "15.742", "14.980", "904", "(6,03%)", "6,03%"),
    *_branch("Chi nhánh khu vực Bắc Giang", "25.634", "24.215", "1.408", "(5,81%)", "5,81%"),
    *_branch("Chi nhánh khu vực Việt Yên", "19.276", "18.030", "1.147", "(6,36%)", "6,36%"),
    F("(461 hồ sơ)", "461", 461, "hồ sơ", C, subject=_VPDK, level="tỉnh", code=_QH),
    # II.3 causes ("ngày 01/7/2025", "ngày 15/9/2025" are dates)
    _so("là 38.512", "38.512", 38512, "hồ sơ", C, code=ANY),
    _so("bình quân 6,4", "6,4", 6.4, "ngày", code=ANY),
    F("được 61,25%", "61,25%", 61.25, "%", subject=ANY, level=ANY, code=ANY),
    F("có 412 người", "412", 412, "người", C, subject=ANY, level="tỉnh", code=None),
    F("giảm 37 người", "37", -37, "người", CH, subject=ANY, level="tỉnh", code=None),
    # II.4
    _so("gửi 5.904", "5.904", 5904, "văn bản", C, code=ANY),
    _so("đạt 78,42%", "78,42%", 78.42, "%", code=_SH, target=90, stated_status="chưa đạt"),
    _so("là 90%, chưa", "90%", 90, "%", T, as_of=_Y2025, code=_SH),
    _so("đạt 41,07%", "41,07%", 41.07, "%", code=_TT),
    _so("Sở đạt 79,36", "79,36", 79.36, "điểm", code=_TONG),
    _so("thứ 16/18", "16/18", 16, "hạng", R, max_value=18, code=_HANG),
    _so("2025: 77,85", "77,85", 77.85, "điểm", PR, as_of=_OCT_2025, code=_TONG),
    _so("thứ 17/18)", "17/18", 17, "hạng", PR, max_value=18, as_of=_OCT_2025, code=_HANG),
    # III.6 the target of the land field by the end of 2026
    F("dưới 2%", "2%", 2, "%", T, subject=ANY, level="tỉnh", as_of=_Y2026, code=ANY),
]

# ------------------------------------------------------------ 426: Biên bản kiểm tra tại UBND xã Phong Nha (Quảng Trị)
_PN = "UBND xã Phong Nha"


def _xa(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A finding about the commune inspected (subject the commune, level xã)."""
    return F(context, raw, value, unit, kind, subject=_PN, level="xã", **kw)


def _field_426(subject: object, received: str, online: str, settled: str, overdue: str, after: str) -> list[Fact]:
    """One Markdown row of a field (or the total): received, online, settled and overdue files."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (settled, "hồ sơ", P, ANY, "period"), (overdue, "hồ sơ", P, _QH, "period")]
    return _cells(subject, "xã", cells, after, " | ", " |\n")


BLIND_426 = [
    # II.1 (2156/QĐ-UBND of 03/11/2025 and 198/KH-SNV of 05/11/2025 cited; "08 giờ 00" is a time)
    _xa("ban hành 06 văn bản", "06", 6, "văn bản", C, code=None),
    _xa("có 24 nhiệm vụ", "24", 24, "nhiệm vụ", C, code=None),
    _xa("thành 17/24", "17/24", 17, "nhiệm vụ", C, max_value=24, code=None),
    _xa("đạt 70,83%", "70,83%", 70.83, "%", code=ANY),
    # II.2
    _xa("công khai 326", "326", 326, "TTHC", C, code=_TTHC),
    _xa("còn 03 TTHC", "03", 3, "TTHC", C, code=ANY),
    # II.3
    _xa("tiếp nhận 3.412", "3.412", 3412, "hồ sơ", C, code=_TN),
    _xa("trực tuyến 2.187", "2.187", 2187, "hồ sơ", C, code=_NOP),
    _xa("(64,10%)", "64,10%", 64.10, "%", code=_NOP),
    _xa("giải quyết 3.296", "3.296", 3296, "hồ sơ", C, code=ANY),
    _xa("đúng hạn 3.205", "3.205", 3205, "hồ sơ", C, code=_DH),
    _xa("(97,24%)", "97,24%", 97.24, "%", code=_DH),
    _xa("quá hạn 91 hồ sơ;", "91", 91, "hồ sơ", C, code=_QH),
    _xa("giải quyết 116", "116", 116, "hồ sơ", C, code=ANY),
    F("(63 hồ sơ)", "63", 63, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    F("(19 hồ sơ)", "19", 19, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    _xa("đối với 52/91", "52/91", 52, "hồ sơ", C, max_value=91, code=ANY),
    # Markdown table by field, "Tổng" row = the commune
    *_field_426(ANY, "1.208", "1.015", "1.196", "19", "| 2 | Chứng thực"),
    *_field_426(ANY, "986", "702", "986", "0", "| 3 | Đất đai"),
    *_field_426(ANY, "612", "138", "517", "63", "| 4 | Bảo trợ"),
    *_field_426(ANY, "274", "196", "268", "4", "| 5 | Các lĩnh vực"),
    *_field_426(ANY, "332", "136", "329", "5", "| | Tổng"),
    *_field_426(_PN, "3.412", "2.187", "3.296", "91", "\nĐoàn kiểm tra xác suất"),
    _xa("xác suất 60", "60", 60, "hồ sơ", C, code=ANY),
    _xa("phát hiện 11", "11", 11, "hồ sơ", C, code=ANY),
    _xa("và 07 hồ sơ", "07", 7, "hồ sơ", C, code=ANY),
    # II.4 the commune level's target of 2025
    _xa("đạt 71,36%", "71,36%", 71.36, "%", code=_SH, target=80, stated_status="chưa đạt"),
    F("năm 2025 là 80%", "80%", 80, "%", T, subject=ANY, level="xã", as_of=_Y2025, code=_SH),
    _xa("điện tử đạt 88,52%", "88,52%", 88.52, "%", code=_KQ),
    _xa("mới đạt 23,40%", "23,40%", 23.40, "%", code=_TSD),
    _xa("đạt 36,85%", "36,85%", 36.85, "%", code=_TT),
    # II.5
    _xa("tiếp nhận 08 phản ánh", "08", 8, "PAKN", C, code=_PAKN_TN),
    _xa("xử lý 06 PAKN", "06", 6, "PAKN", C, code=_PAKN_XL),
    _xa("còn 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    # III ("11 giờ 30" is a time; 0232.3822.456 is a phone number)
]

# ------------------------------------------------------------ 427: Sở Nội vụ tỉnh Điện Biên, Tờ trình chỉ tiêu năm 2026
_Y2024 = "2024-12-31"


def _row_427(code: object, unit: str, y2024: str, oct2025: str, proposed: str, after: str) -> list[Fact]:
    """One Markdown row of an indicator: result of 2024, value at 31/10/2025, proposed target for 2026."""
    cells = [(y2024, unit, P, code, _Y2024), (oct2025, unit, P, code, _OCT_2025), (proposed, unit, T, code, "period")]
    return _cells(None, None, cells, after, " | ", " |\n")


BLIND_427 = [
    # I. (76/NQ-CP of 15/7/2021, 766/QĐ-TTg of 23/6/2022, 4821/KH-UBND of 26/12/2024 cited)
    F("đạt 83,47 điểm", "83,47", 83.47, "điểm", as_of=_Y2024, code=_PAR),
    F("thứ 41/63", "41/63", 41, "hạng", R, max_value=63, as_of=_Y2024, code=_PAR),
    F("đạt 80,26%", "80,26%", 80.26, "%", as_of=_Y2024, code=_SIPAS),
    F("đạt 80,14/100", "80,14/100", 80.14, "điểm", max_value=100, as_of=_OCT_2025, code=_TONG),
    F("thứ 21/34", "21/34", 21, "hạng", R, max_value=34, as_of=_OCT_2025, code=_HANG),
    F("tiếp nhận 286.413", "286.413", 286413, "hồ sơ", C, as_of=_OCT_2025, code=_TN),
    F("trực tuyến 161.165", "161.165", 161165, "hồ sơ", C, as_of=_OCT_2025, code=_NOP),
    F("giải quyết 279.034", "279.034", 279034, "hồ sơ", C, as_of=_OCT_2025, code=ANY),
    F("đúng hạn 275.183", "275.183", 275183, "hồ sơ", C, as_of=_OCT_2025, code=_DH),
    F("quá hạn 3.851", "3.851", 3851, "hồ sơ", C, as_of=_OCT_2025, code=_QH),
    F("là 71,84%", "71,84%", 71.84, "%", subject="cấp tỉnh", level="tỉnh", as_of=_OCT_2025, code=_NOP),
    F("và 39,52%", "39,52%", 39.52, "%", subject="cấp xã", level="xã", as_of=_OCT_2025, code=_NOP),
    F("tiếp nhận 214", "214", 214, "PAKN", C, as_of=_OCT_2025, code=_PAKN_TN),
    F("xử lý 209", "209", 209, "PAKN", C, as_of=_OCT_2025, code=_PAKN_XL),
    F("đạt 97,66%", "97,66%", 97.66, "%", as_of=_OCT_2025, code=_PAKN_TL),
    F("có 6/10", "6/10", 6, "chỉ tiêu", C, max_value=10, as_of=_OCT_2025, code=None),
    F("đạt, 4/10", "4/10", 4, "chỉ tiêu", C, max_value=10, as_of=_OCT_2025, code=None),
    F("mới đạt 56,27%", "56,27%", 56.27, "%", as_of=_OCT_2025, code=_NOP, target=60, stated_status="chưa đạt"),
    F("là 60%", "60%", 60, "%", T, as_of=_Y2025, code=_NOP),
    F("đạt 43,18%", "43,18%", 43.18, "%", as_of=_OCT_2025, code=_TT, target=50, stated_status="chưa đạt"),
    F("là 50%", "50%", 50, "%", T, as_of=_Y2025, code=_TT),
    F("đạt 98,62%", "98,62%", 98.62, "%", as_of=_OCT_2025, code=_DH, target=98),
    F("chỉ tiêu 98%", "98%", 98, "%", T, as_of=_Y2025, code=_DH),
    F("thực hiện 1.986", "1.986", 1986, "TTHC", C, as_of=_OCT_2025, code=_TTHC),
    F("cấp tỉnh 1.618", "1.618", 1618, "TTHC", C, subject="cấp tỉnh", level="tỉnh", as_of=_OCT_2025, code=_TTHC),
    F("cấp xã 368", "368", 368, "TTHC", C, subject="cấp xã", level="xã", as_of=_OCT_2025, code=_TTHC),
    F("có 1.154", "1.154", 1154, "TTHC", C, as_of=_OCT_2025, code=_TOAN),
    # II. proposal and Markdown table
    F("đề xuất 10 chỉ tiêu", "10", 10, "chỉ tiêu", C, code=None),
    *_row_427(_DH, "%", "97,85", "98,62", "99", "| 2 | Tỷ lệ hồ sơ nộp"),
    *_row_427(_NOP, "%", "38,41", "56,27", "70", "| 3 | Tỷ lệ hồ sơ thanh toán"),
    *_row_427(_TT, "%", "21,06", "43,18", "60", "| 4 | Tỷ lệ số hóa"),
    *_row_427(_SH, "%", "52,74", "79,35", "100", "| 5 | Tỷ lệ cấp kết quả"),
    *_row_427(_KQ, "%", "61,20", "87,46", "100", "| 6 | Tỷ lệ khai thác"),
    *_row_427(_TSD, "%", "9,85", "27,61", "50", "| 7 | Tỷ lệ TTHC"),
    *_row_427(_TOAN, "%", "41,36", "58,09", "80", "| 8 | Mức độ hài lòng"),
    *_row_427(_HL, "%", "91,72", "94,05", "95", "| 9 | Điểm Bộ chỉ số"),
    *_row_427(_TONG, "điểm", "71,58", "80,14", "88", "| 10 | Tỷ lệ văn bản"),
    *_row_427(_KY, "%", "89,30", "96,71", "100", "\nCác chỉ tiêu đề xuất"),
    # III. (0215.3825.347 is a phone number)
]

# ------------------------------------------------------------ 428: HĐND thành phố Huế, Nghị quyết kế hoạch năm 2026
_TPH = {"subject": "cấp thành phố", "level": "tỉnh"}
_XA = {"subject": "cấp xã", "level": "xã"}


def _y25(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A result of 2025 stated in Điều 1 (dated at the end of 2025)."""
    return F(context, raw, value, unit, kind, as_of=_Y2025, **kw)


def _goal(context: str, raw: str, value: float, unit: str, **kw) -> Fact:
    """A target for 2026 stated in Điều 2 (dated at the period end)."""
    return F(context, raw, value, unit, T, **kw)


BLIND_428 = [
    # Điều 1: results of 2025 (72/2025/QH15, 57-NQ/TW, 9215/TTr-UBND cited)
    _y25("ước đạt 8,72%", "8,72%", 8.72, "%", code=ANY),
    _y25("ước đạt 14.860", "14.860", 14860, "tỷ đồng", code=ANY),
    _y25("ước đạt 38.500", "38.500", 38500, "tỷ đồng", code=ANY),
    _y25("ước đạt 1.620", "1.620", 1620, "triệu USD", code=ANY),
    _y25("mới 1.045", "1.045", 1045, "doanh nghiệp", C, code=ANY),
    _y25("còn 1,56%", "1,56%", 1.56, "%", code=ANY),
    _y25("tiếp nhận 498.620", "498.620", 498620, "hồ sơ", C, code=_TN),
    _y25("trực tuyến 405.627", "405.627", 405627, "hồ sơ", C, code=_NOP),
    _y25("đạt 81,35%", "81,35%", 81.35, "%", code=_NOP),
    _y25("giải quyết 486.305", "486.305", 486305, "hồ sơ", C, code=ANY),
    _y25("đúng hạn 482.025", "482.025", 482025, "hồ sơ", C, code=_DH),
    _y25("đạt 99,12%", "99,12%", 99.12, "%", code=_DH),
    _y25("quá hạn 4.280", "4.280", 4280, "hồ sơ", C, code=_QH),
    _y25("đạt 99,64%", "99,64%", 99.64, "%", code=_DH, **_TPH),
    _y25("đạt 98,27%", "98,27%", 98.27, "%", code=_DH, **_XA),
    _y25("đạt 62,48%", "62,48%", 62.48, "%", code=_TT),
    _y25("đạt 92,74%", "92,74%", 92.74, "%", code=_SH),
    _y25("đạt 97,08%", "97,08%", 97.08, "%", code=_KQ),
    _y25("tiếp nhận 1.326", "1.326", 1326, "PAKN", C, code=_PAKN_TN),
    _y25("xử lý 1.297", "1.297", 1297, "PAKN", C, code=_PAKN_XL),
    _y25("(97,81%)", "97,81%", 97.81, "%", code=_PAKN_TL),
    _y25("đạt 89,57/100", "89,57/100", 89.57, "điểm", max_value=100, code=_TONG),
    _y25("thứ 4/34", "4/34", 4, "hạng", R, max_value=34, code=_HANG),
    _y25("đạt 86,9%", "86,9%", 86.9, "%", code=_TK),
    F("đạt 88,15 điểm", "88,15", 88.15, "điểm", as_of=_Y2024, code=_PAR),
    F("thứ 7/63", "7/63", 7, "hạng", R, max_value=63, as_of=_Y2024, code=_PAR),
    F("đạt 84,63%", "84,63%", 84.63, "%", as_of=_Y2024, code=_SIPAS),
    _y25("đạt 34,16%", "34,16%", 34.16, "%", code=_TSD, target=50, stated_status="chưa đạt"),
    _y25("(kế hoạch 50%)", "50%", 50, "%", T, code=_TSD),
    _y25("đạt 63,05%", "63,05%", 63.05, "%", code=ANY, target=70, stated_status="chưa đạt"),
    _y25("(kế hoạch 70%)", "70%", 70, "%", T, code=ANY),
    # Điều 2.2: economic targets of 2026
    _goal("từ 10%", "10%", 10, "%", code=ANY),
    _goal("đạt 112", "112", 112, "triệu đồng", code=ANY),
    _goal("đạt 16.500", "16.500", 16500, "tỷ đồng", code=ANY),
    _goal("đạt 43.000", "43.000", 43000, "tỷ đồng", code=ANY),
    _goal("đạt 1.850", "1.850", 1850, "triệu USD", code=ANY),
    _goal("mới 1.200", "1.200", 1200, "doanh nghiệp", code=ANY),
    _goal("đào tạo đạt 75%", "75%", 75, "%", code=ANY),
    _goal("đạt 96,5%", "96,5%", 96.5, "%", code=ANY),
    _goal("dưới 1,2%", "1,2%", 1.2, "%", code=ANY),
    # Điều 2.3: CCHC and digital targets of 2026
    _goal("tối thiểu 85%", "85%", 85, "%", code=_NOP),
    _goal("thành phố 95%", "95%", 95, "%", code=_NOP, **_TPH),
    _goal("cấp xã 75%", "75%", 75, "%", code=_NOP, **_XA),
    _goal("trên 99,5%", "99,5%", 99.5, "%", code=_DH),
    _goal("trực tuyến đạt 70%;", "70%", 70, "%", code=_TT),
    _goal("d) 100%", "100%", 100, "%", code=_SH),
    _goal("điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    _goal("tối thiểu 60%", "60%", 60, "%", code=_TSD),
    _goal("hồ sơ đạt 80%", "80%", 80, "%", code=ANY),
    _goal("từ 92 điểm", "92", 92, "điểm", code=_TONG),
    _goal("trên 95%", "95%", 95, "%", code=_HL),
    _goal("điện tử đạt 95%", "95%", 95, "%", code=_TK),
    _goal("chiếm 22%", "22%", 22, "%", code=ANY),
]

# ------------------------------------------------------------ 429: Văn phòng UBND tỉnh Đồng Tháp, tháng 11 năm 2025


def _row_429(subject: str, october: str, november: str, rank: str, after: str) -> list[Fact]:
    """One tab-separated row of a xã, phường: score of October (dated), score of the month, rank `n/102`."""
    cells = [(october, "điểm", P, _TONG, _OCT_2025), (november, "điểm", P, _TONG, "period"),
             (rank, "hạng", R, _HANG, "period")]
    return _cells(subject, "xã", cells, after, "\t", "\n")


BLIND_429 = [
    # 1. (766/QĐ-TTg of 23/6/2022, 1127/QĐ-UBND of 14/8/2025 cited; "17 giờ ngày 30/11/2025" is a time)
    F("đạt 84,27/100", "84,27/100", 84.27, "điểm", max_value=100, code=_TONG),
    F("thứ 12/34", "12/34", 12, "hạng", R, max_value=34, code=_HANG),
    F("(83,41 điểm", "83,41", 83.41, "điểm", PR, max_value=100, as_of=_OCT_2025, code=_TONG),
    F("thứ 15/34)", "15/34", 15, "hạng", PR, max_value=34, as_of=_OCT_2025, code=_HANG),
    F("tăng 0,86 điểm", "0,86", 0.86, "điểm", CH, code=_TONG),
    F("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    F("minh bạch 17,12/18", "17,12/18", 17.12, "điểm", max_value=18, code="766.cong_khai"),
    F("giải quyết 19,45/20", "19,45/20", 19.45, "điểm", max_value=20, code="766.tien_do"),
    F("trực tuyến 9,86/12", "9,86/12", 9.86, "điểm", max_value=12, code="766.dvctt"),
    F("trực tuyến 6,21/10", "6,21/10", 6.21, "điểm", max_value=10, code="766.thanh_toan"),
    F("hài lòng 17,68/18", "17,68/18", 17.68, "điểm", max_value=18, code="766.hai_long"),
    F("hồ sơ 13,95/22", "13,95/22", 13.95, "điểm", max_value=22, code="766.so_hoa"),
    F("mới đạt 68,90%", "68,90%", 68.90, "%", code=_SH),
    F("đạt 52,34%", "52,34%", 52.34, "%", code=_TT),
    F("tăng 3,08%", "3,08%", 3.08, "%", CH, code=_TT),
    F("là 92,36%", "92,36%", 92.36, "%", subject="cấp tỉnh", level="tỉnh", code=_NOP),
    F("và 58,47%", "58,47%", 58.47, "%", subject="cấp xã", level="xã", code=_NOP),
    # 2. the agencies' block
    F("đạt 88,95 điểm", "88,95", 88.95, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("2025: 88,12 điểm", "88,12", 88.12, "điểm", PR, subject=ANY, level="tỉnh", as_of=_OCT_2025, code=_TONG),
    F("Có 16/20", "16/20", 16, "đơn vị", C, max_value=20, subject=ANY, level="tỉnh", code=None),
    F("Tốt, 04 cơ quan", "04", 4, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("(95,40 điểm)", "95,40", 95.40, "điểm", subject="Sở Tư pháp", level="tỉnh", code=_TONG),
    F("(79,85 điểm)", "79,85", 79.85, "điểm", subject="Sở Xây dựng", level="tỉnh", code=_TONG),
    # 3. the communes' block and the tab-separated table
    F("đạt 81,64 điểm", "81,64", 81.64, "điểm", subject=ANY, level="xã", code=_TONG),
    F("2025: 80,37 điểm", "80,37", 80.37, "điểm", PR, subject=ANY, level="xã", as_of=_OCT_2025, code=_TONG),
    F("Trong 102 xã", "102", 102, "xã", C, subject=ANY, level="xã", code=None),
    F("có 18 đơn vị", "18", 18, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("Tốt, 61 đơn vị", "61", 61, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("và 23 đơn vị", "23", 23, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("giảm 1,75 điểm", "1,75", -1.75, "điểm", CH, subject="Xã Tân Phú Đông", level="xã", code=_TONG),
    *_row_429("Phường Cao Lãnh", "92,18", "94,06", "1/102", "2\tPhường Mỹ Tho"),
    *_row_429("Phường Mỹ Tho", "91,75", "93,52", "2/102", "3\tPhường Sa Đéc"),
    *_row_429("Phường Sa Đéc", "92,40", "93,17", "3/102", "4\tXã Tháp Mười"),
    *_row_429("Xã Tháp Mười", "89,63", "92,85", "4/102", "5\tPhường Gò Công"),
    *_row_429("Phường Gò Công", "90,12", "92,30", "5/102", "6\tXã Cái Bè"),
    *_row_429("Xã Cái Bè", "88,94", "91,76", "6/102", "7\tPhường Hồng Ngự"),
    *_row_429("Phường Hồng Ngự", "89,05", "91,42", "7/102", "8\tXã Chợ Gạo"),
    *_row_429("Xã Chợ Gạo", "87,36", "90,88", "8/102", "9\tXã Tân Phú Đông"),
    *_row_429("Xã Tân Phú Đông", "73,21", "71,46", "99/102", "10\tXã Tân Hồng"),
    *_row_429("Xã Tân Hồng", "72,58", "70,93", "100/102", "11\tXã Tam Nông"),
    *_row_429("Xã Tam Nông", "70,47", "69,85", "101/102", "12\tXã Phú Thành"),
    *_row_429("Xã Phú Thành", "68,92", "67,14", "102/102", "\n4. Đề nghị"),
    # 4.c) the province's target by the end of quý I năm 2026 (0277.3851.626 is a phone number)
    F("tối thiểu 60%", "60%", 60, "%", T, as_of="2026-03-31", code=_TT),
]

BLIND = {"425": BLIND_425, "426": BLIND_426, "427": BLIND_427, "428": BLIND_428, "429": BLIND_429}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "425": [
        ("2025-12-31", "day", "31/12/2025", "giải quyết dứt điểm toàn bộ hồ sơ đã quá hạn",
         "Văn phòng Đăng ký đất đai"),
        ("2026-01-31", "month", "tháng 01/2026", "phương án điều động, bổ sung nhân lực",
         "Chi nhánh khu vực Từ Sơn, Chi nhánh khu vực Việt Yên"),
        ("2026-01-15", "day", "ngày 15 tháng 01 năm 2026", "rút ngắn thời gian luân chuyển hồ sơ",
         "Phòng Quản lý đất đai"),
        ("2026-03-31", "quarter", "quý I năm 2026", "số hóa dữ liệu địa chính", "Văn phòng Sở"),
        # issued 05/12/2025: the first "ngày 10 hằng tháng" is 10/12/2025
        ("2025-12-10", "recurring", "10 hằng tháng", "báo cáo danh sách hồ sơ sắp đến hạn",
         "Các Chi nhánh Văn phòng Đăng ký đất đai"),
        ("2026-12-31", "year", "năm 2026", "giải quyết quá hạn xuống dưới 2%", "Văn phòng Đăng ký đất đai"),
    ],
    "426": [
        ("2025-11-30", "day", "30/11/2025", "văn bản xin lỗi", "UBND xã Phong Nha"),
        ("2025-12-05", "day", "ngày 05 tháng 12 năm 2025", "cập nhật đầy đủ trạng thái xử lý hồ sơ",
         "Trung tâm Phục vụ hành chính công xã"),
        ("2025-12-31", "month", "tháng 12/2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn", "Phòng Kinh tế xã"),
        ("2026-03-31", "quarter", "quý I năm 2026", "số hóa hồ sơ", "Văn phòng HĐND và UBND xã"),
        # issued 18/11/2025: the first "ngày 25 hằng tháng" is 25/11/2025
        ("2025-11-25", "recurring", "25 hằng tháng", "báo cáo kết quả khắc phục", "UBND xã Phong Nha"),
    ],
    "427": [
        ("2026-01-15", "day", "15/01/2026", "xây dựng kế hoạch thực hiện chỉ tiêu", "Sở Nội vụ"),
        ("2026-02-28", "month", "tháng 02/2026", "chuyển sang cung cấp dịch vụ công trực tuyến toàn trình",
         "Trung tâm Phục vụ hành chính công tỉnh"),
        ("2026-06-30", "quarter", "quý II năm 2026", "mở rộng các kênh thanh toán trực tuyến", "Sở Tài chính"),
        ("2026-03-31", "day", "ngày 31 tháng 3 năm 2026", "nâng cấp Hệ thống thông tin giải quyết TTHC tỉnh",
         "Sở Khoa học và Công nghệ"),
        # issued 20/11/2025: the first "ngày 25 hằng tháng" is 25/11/2025
        ("2025-11-25", "recurring", "25 hằng tháng", "báo cáo kết quả thực hiện chỉ tiêu",
         "Các sở, ban, ngành, UBND các xã, phường"),
    ],
    "428": [
        ("2026-01-31", "day", "31/01/2026", "ban hành kế hoạch triển khai thực hiện Nghị quyết", "UBND thành phố"),
        ("2026-06-30", "quarter", "quý II năm 2026", "kết nối Hệ thống thông tin giải quyết TTHC thành phố",
         "Sở Khoa học và Công nghệ"),
        ("2026-06-30", "day", "ngày 30 tháng 6 năm 2026", "không phụ thuộc địa giới hành chính",
         "Trung tâm Phục vụ hành chính công thành phố"),
        ("2026-03-31", "month", "tháng 3/2026", "phương thức không dùng tiền mặt", "Sở Tài chính"),
        ("2026-12-31", "year", "năm 2026", "số hóa toàn bộ hồ sơ", "UBND các xã, phường"),
        # issued 10/12/2025: the first "ngày 15 hằng tháng" is 15/12/2025
        ("2025-12-15", "recurring", "15 hằng tháng", "tiến độ thực hiện các chỉ tiêu", "UBND thành phố"),
    ],
    "429": [
        ("2025-12-20", "day", "20/12/2025", "rà soát các chỉ số thành phần bị trừ điểm", "Sở Xây dựng"),
        ("2025-12-31", "month", "tháng 12/2025", "kế hoạch nâng cao chất lượng phục vụ",
         "UBND xã Tân Phú Đông, UBND xã Tân Hồng, UBND xã Tam Nông, UBND xã Phú Thành"),
        ("2026-03-31", "quarter", "quý I năm 2026", "tỷ lệ hồ sơ thanh toán trực tuyến", "Sở Tài chính"),
        ("2025-12-31", "day", "ngày 31 tháng 12 năm 2025", "đồng bộ đầy đủ trạng thái hồ sơ",
         "Trung tâm Phục vụ hành chính công tỉnh"),
        # issued 08/12/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/01/2026
        ("2026-01-05", "recurring", "05 hằng tháng", "báo cáo kết quả khắc phục",
         "Các sở, ban, ngành, UBND các xã, phường"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 425's issuer is the
# Sở under "UBND TỈNH BẮC NINH", a Báo cáo (giải trình); 426 is a Biên bản whose signer and period label are left
# unchecked (two signatures; the period only in the title's brackets); 427 is a Tờ trình and 428 a Nghị quyết, each
# of the year its title names; 429 is a Thông báo of the Văn phòng under "UBND TỈNH ĐỒNG THÁP".
META = {
    "425": {"doc_number": "1246/BC-SNNMT", "doc_type": "Báo cáo", "issued_date": "2025-12-05",
            "province": "Bắc Ninh", "period_label": "11 tháng năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-11-30", "signer": "Trịnh Văn Quảng"},
    "426": {"doc_number": "27/BB-ĐKT", "doc_type": "Biên bản", "issued_date": "2025-11-18",
            "province": "Quảng Trị", "period_start": "2025-07-01", "period_end": "2025-10-31"},
    "427": {"doc_number": "389/TTr-SNV", "doc_type": "Tờ trình", "issued_date": "2025-11-20",
            "province": "Điện Biên", "period_label": "năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-12-31", "signer": "Lò Văn Tiến"},
    "428": {"doc_number": "45/NQ-HĐND", "doc_type": "Nghị quyết", "issued_date": "2025-12-10",
            "province": "Huế", "period_label": "năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-12-31", "signer": "Nguyễn Đình Đức"},
    "429": {"doc_number": "1873/TB-VPUBND", "doc_type": "Thông báo", "issued_date": "2025-12-08",
            "province": "Đồng Tháp", "period_label": "tháng 11 năm 2025", "period_start": "2025-11-01",
            "period_end": "2025-11-30", "signer": "Phạm Thị Thu Trang"},
}
