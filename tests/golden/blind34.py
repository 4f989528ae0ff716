"""Blind golden facts for corpus/blind34/245_kon_tum.txt … 249_phu_yen.txt.

The five documents were written by the developers for a thirty-fourth blind measurement (new issuers and
wording for provinces already used; not real documents), and every row below was written by reading them,
before any extraction, restoration or pipeline code was run on them. They also serve as held-out text for
diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind16.py and blind13.py: rows use `golden.facts.Fact` (context
string that occurs once in the document + the figure as written inside it). Prose and list counts are kind
`count`; table cells are kind `value` with `extra={"source": "table"}`; `as_of="period"` is the period's end;
`ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly names
none). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" the unit `PAKN`, counts of "cơ quan" /
"đơn vị" the unit `đơn vị`, counts of local units the unit of their first unit word; every "đã giải quyết"
count has its code unchecked. A change is dated at the end of the period it closes; a rise is positive, a
fall negative ("giảm 1 bậc" → -1). Dates, document numbers, cited decrees, decisions, plans and letters
("Quyết định số 06/QĐ-TTg", "Nghị định số 61/2018/NĐ-CP", "Công văn số 318/UBND-KSTT", "Chỉ thị số
27/CT-TTg"), "Đề án 06", "mức độ 2" (the account level's name), "Tổ công tác", section numbering ("I.",
"1.", "a)", "Phần I."), the STT column, phone numbers ("0260.3862.417", "0221.3862.509", "0299.3612.345",
"0257.3842.116"), addresses ("số 6 đường Chùa Chuông", "số 19 đường Trần Hưng Đạo, Phường 2", "số 02 đường
Lê Lợi"), "Hệ thống thông tin 1022", headings naming the next period ("II. NHIỆM VỤ QUÝ II NĂM 2025",
"PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025", "V. NHIỆM VỤ NĂM 2025": no deadlines), "6 tháng" and years
("từ năm 2019") are not figures.

New in this set (all in 2024–2025):
- 245 is a quarterly Báo cáo of the Ban Chỉ đạo Đề án 06 tỉnh Kon Tum (header "UBND TỈNH KON TUM / BAN CHỈ
  ĐẠO ĐỀ ÁN 06"), quý I năm 2025, issued 08/4/2025. The province's figures have subject NULL. Accounts use
  the unit `tài khoản` and the code `tai_khoan_dinh_danh` (issued, level-2, the rise and the previous value
  "(293.986 tài khoản)" dated 2024-12-31); activated accounts and their share, and the share of level-2
  accounts, name no catalogued indicator (code unchecked). "lần lượt tiếp nhận 1.284 hồ sơ và 417 hồ sơ"
  are files of two bundled procedures (code unchecked). "so với chỉ tiêu năm 2025 là 50% thì chưa đạt chỉ
  tiêu": the target is dated 2025-12-31, the 41,38% carries it with status "chưa đạt". Its TAB-SEPARATED
  table (header "STT<TAB>Đơn vị<TAB>Tài khoản mức độ 2<TAB>Hồ sơ tiếp nhận<TAB>Tỷ lệ trực tuyến (%)") lists
  the ten district-level units with capitalised names as written ("Thành phố Kon Tum", "Huyện Ia H'Drai",
  level huyện), no total row (the accounts add up to the prose 287.915). "Có 58/102 xã, phường, thị trấn"
  counts communes (unit `xã`, max 102, code None); "còn 02 huyện" counts districts (unit `huyện`). Records
  cleaned "214.730 trường hợp, đạt 81,06% kế hoạch" name no catalogued indicator. Five deadlines: day,
  month for two named districts, "chậm nhất" day in words, quarter, "trước ngày 22 hằng tháng" (issued
  08/4/2025: first 22/4/2025).
- 246 is a quarterly Báo cáo of Sở Xây dựng tỉnh Hưng Yên (header "UBND TỈNH HƯNG YÊN / SỞ XÂY DỰNG"), quý I
  năm 2025, issued 05/4/2025, to the UBND tỉnh. The Sở's own figures have subject "Sở Xây dựng", level tỉnh.
  "giảm 87 hồ sơ so với quý IV năm 2024 (1.213 hồ sơ)" is a fall (-87) and a previous value dated
  2024-12-31. Settled files are split "trước hạn 615 hồ sơ, đúng hạn 452 hồ sơ, quá hạn 5 hồ sơ" (the two
  on-time parts unchecked, the overdue count `766.tien_do.qua_han`) and "tỷ lệ giải quyết trước và đúng
  hạn đạt 99,53%" carries the on-time code. The building-permit files of the Sở (received, "59 giấy phép",
  "trả lại 3 hồ sơ") name no catalogued indicator. "chỉ tiêu UBND tỉnh giao năm 2025 là 65%, Sở đã đạt chỉ
  tiêu": the Sở's target dated 2025-12-31, the 68,40% carries it with status "đạt". Its Markdown table of
  building permits at the ten district-level units (subject as written, level huyện; "Hồ sơ tiếp nhận" unit
  `hồ sơ`, "Giấy phép đã cấp" unit `giấy phép`, "Tỷ lệ cấp phép (%)"; all codes unchecked: permits are no
  catalogued indicator; two "100" cells) has a "Tổng cộng" row with an empty STT cell (= cấp huyện; the
  section is "… TẠI CẤP HUYỆN"). "Có 2/10 đơn vị cấp huyện" is a count (unit `đơn vị`, level huyện).
  "03/03 PAKN" is one count (max 3); "xếp thứ 6/19 sở, ngành, tăng 3 bậc" ranks among the province's
  agencies. "05 hồ sơ giải quyết quá hạn" inside a task is a count (the Sở's overdue files again). Four
  deadlines: day, month, day written "ngày 15 tháng 5 năm 2025" for two named districts (not for the Sở
  they report to), "trước ngày 18 hằng tháng" (issued 05/4/2025: first 18/4/2025).
- 247 is a six-month Báo cáo of the Trung tâm Phục vụ hành chính công tỉnh Sóc Trăng (header "ỦY BAN NHÂN
  DÂN TỈNH SÓC TRĂNG / TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"), "6 tháng đầu năm 2025", issued 20/6/2025
  (before the period ends; the period is still January–June). The Trung tâm's own figures have subject
  "Trung tâm Phục vụ hành chính công tỉnh", level tỉnh. Staff, agencies and desks ("42 công chức", "17 cơ
  quan", "31 quầy") are counts with code None. "tăng 3.215 hồ sơ so với 6 tháng đầu năm 2024" is a change
  of the files received (no previous value stated). Channels after "lần lượt là" (online, postal, in
  person) with shares after "tương ứng" (postal unchecked, in person `766.dvctt.nop_truc_tiep`).
  "(147 hồ sơ)" counts the overdue files of the Sở Nông nghiệp và Môi trường. "159 thư xin lỗi" is a count
  with code None. Its Markdown table of seven agencies (subject as written, level tỉnh: received, settled,
  on-time share; one "100" cell) has a "Cộng" row with an empty STT cell (= the Trung tâm; its figures are
  also in the prose). "tăng 9,12% so với năm 2024" is a change of the payment share. Satisfaction
  "12.904 lượt … 12.871 lượt" (code unchecked) and "chiếm 99,74%". The 766 figures are the province's
  (subject NULL) for "tháng 5 năm 2025", so dated 2025-05-31, not the period end: "17,62/18 điểm về mức
  độ hài lòng" (group `766.hai_long`), total `85,09/100`, rank `24/63`, and the previous rank "(tháng 4
  năm 2025: xếp thứ 29/63)" dated 2025-04-30. Four deadlines: day, "chậm nhất" day in words ("ngày ba mươi
  tháng sáu năm 2025"), quarter, "trước ngày 05 hằng tháng" (issued 20/6/2025: first 05/7/2025).
- 248 is an annual Báo cáo of UBND thành phố Lạng Sơn (tỉnh Lạng Sơn, named in "Kính gửi"), năm 2024,
  issued 10/01/2025. Figures under "a) Cấp huyện" have subject "cấp huyện" (level huyện), those under "b)
  Cấp xã" subject "cấp xã" (level xã); the city's own documents, PAKN, score and rank have subject "UBND
  thành phố Lạng Sơn", level huyện. "tăng 1.935 hồ sơ so với năm 2023 (14.547 hồ sơ)" and "(xếp thứ
  1/11)" are a change and previous values dated 2023-12-31; "giảm 1 bậc" is -1. "vượt chỉ tiêu tỉnh giao
  năm 2024 là 45%" is read as status "đạt" (exceeding is meeting); "chưa đạt chỉ tiêu 45%" for the cấp xã
  share; each target is its level's, dated at the period end. The eight wards and communes are a dash list
  "- Phường Chi Lăng: 6.214 hồ sơ, đạt 79,40%;" (subject as written, level xã; received count and online
  share; they add up to the prose 38.905). "8/8 phường, xã" and "Trong 8 phường, xã" count communes (unit
  `phường`, the first unit word; level xã). Counts of units by grade "05 đơn vị xếp loại tốt, 03 đơn vị
  xếp loại khá" (level xã); averages "của các phường" and "của các xã" (subject unchecked, level
  xã). "thấp nhất (62,46%)" repeats Xã Quảng Lạc's share. The task target "phấn đấu đạt tối thiểu 75%
  trong quý II năm 2025" is the two named communes' (level xã, subject unchecked), dated 2025-06-30. Five
  deadlines: day, quarter (with the target), month, year, "trước ngày 16
  hằng tháng" (issued 10/01/2025: first 16/01/2025).
- 249 is a Kế hoạch of UBND tỉnh Phú Yên for năm 2025 (issued 17/01/2025; period the year 2025), whose part I
  states the 2024 results and part II the 2025 targets. Following the fixed rule for dated table columns,
  the 2024 results keep their kind (value/count/rank) with as_of 2024-12-31 (not `previous`); the 2023 rank
  "(xếp thứ 36/63)" is a previous value dated 2023-12-31; "tăng 9 bậc" is a change dated 2024-12-31. The
  2024 targets "chỉ tiêu năm 2024 là 50%" / "là 45%" are dated 2024-12-31 and the shares carry them
  ("vượt" → "đạt", "chưa đạt"). Digitisation shares by level after "lần lượt là" (subjects "cấp tỉnh",
  "cấp huyện", "cấp xã"). Six group scores "<group> x/max điểm" separated by ";" (sum 84,37); block averages
  (subject unchecked, levels tỉnh/huyện); "Trong 9 đơn vị cấp huyện, có 03 … 05 … 01 đơn vị" are counts
  (unit `đơn vị`, level huyện, code None); "(thị xã Đông Hòa, 76,93 điểm)" is that town's score. The 2025
  targets in part II are dash items of kind `target` at the period end ("tối thiểu 99%", "từ 65% trở lên",
  "là 50%", "90% … cấp tỉnh, 80% … cấp huyện và 70% … cấp xã" by level, "trên 88 điểm" of the total, no
  max). Six deadlines: quarter, "chậm nhất" day, day written "ngày 10 tháng 3 năm 2025", month, "trước
  ngày 15 hằng tháng" (issued 17/01/2025: first 15/02/2025, the 15th of January being before the issue),
  day at the year's end.

Unsure (a careful analyst could read otherwise): 245's capitalised table names ("Thành phố Kon Tum") are kept
as written; 246's building-permit columns and 247's postal channel have codes unchecked; 249's 2024 results
could also be read as kind `previous` — the fixed rule for dated table columns is applied to prose here.
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
_Q4_2024 = "2024-12-31"
_Y2023 = "2023-12-31"
_Y2025 = "2025-12-31"


def _cells(subject: object, level: str | None, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject, level=level,
              as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


# ------------------------------------------------------------ 245: BCĐ Đề án 06 tỉnh Kon Tum, quý I năm 2025


def _row_245(subject: str, accounts: str, received: str, online: str, after: str) -> list[Fact]:
    """One tab-separated row of a district-level unit: level-2 accounts, files received, online share."""
    cells = [(accounts, "tài khoản", P, _TK, "period"), (received, "hồ sơ", P, _TN, "period"),
             (online, "%", P, _NOP, "period")]
    return _cells(subject, "huyện", cells, after, "\t", "\n")


BLIND_245 = [
    # I.1 (06/QĐ-TTg of 06/01/2022 and 19/KH-BCĐ of 20/01/2025 cited; "ngày 31/3/2025" is the period end)
    F("cấp 312.406", "312.406", 312406, "tài khoản", C, code=_TK),
    F("mức độ 2 là 287.915", "287.915", 287915, "tài khoản", C, code=_TK),
    F("chiếm 92,16%", "92,16%", 92.16, "%", code=ANY),
    F("tăng 18.420", "18.420", 18420, "tài khoản", CH, code=_TK),
    F("(293.986 tài khoản)", "293.986", 293986, "tài khoản", PR, as_of=_Q4_2024, code=_TK),
    F("sử dụng là 276.538", "276.538", 276538, "tài khoản", C, code=ANY),
    F("đạt 88,52%", "88,52%", 88.52, "%", code=ANY),
    # I.2
    F("tiếp nhận 96.274", "96.274", 96274, "hồ sơ", C, code=_TN),
    F("trực tuyến 61.853", "61.853", 61853, "hồ sơ", C, code=_NOP),
    F("chiếm 64,25%", "64,25%", 64.25, "%", code=_NOP),
    F("2024: 58,17%)", "58,17%", 58.17, "%", PR, as_of=_Q4_2024, code=_NOP),
    F("tiếp nhận 1.284", "1.284", 1284, "hồ sơ", C, code=ANY),
    F("và 417 hồ sơ", "417", 417, "hồ sơ", C, code=ANY),
    F("đạt 41,38%", "41,38%", 41.38, "%", code=_TT, target=50, stated_status="chưa đạt"),
    F("năm 2025 là 50%", "50%", 50, "%", T, as_of=_Y2025, code=_TT),
    F("TTHC đạt 79,64%", "79,64%", 79.64, "%", code=_SH),
    # I.3 tab-separated table of the ten district-level units, no total row
    *_row_245("Thành phố Kon Tum", "114.312", "18.406", "71,25", "2\tHuyện Đắk Hà"),
    *_row_245("Huyện Đắk Hà", "31.207", "6.118", "66,42", "3\tHuyện Đắk Tô"),
    *_row_245("Huyện Đắk Tô", "22.846", "4.375", "63,09", "4\tHuyện Ngọc Hồi"),
    *_row_245("Huyện Ngọc Hồi", "26.318", "5.027", "65,81", "5\tHuyện Đắk Glei"),
    *_row_245("Huyện Đắk Glei", "20.154", "3.862", "58,34", "6\tHuyện Sa Thầy"),
    *_row_245("Huyện Sa Thầy", "24.773", "4.511", "61,76", "7\tHuyện Kon Rẫy"),
    *_row_245("Huyện Kon Rẫy", "12.905", "2.248", "59,12", "8\tHuyện Kon Plông"),
    *_row_245("Huyện Kon Plông", "13.688", "2.604", "57,45", "9\tHuyện Tu Mơ Rông"),
    *_row_245("Huyện Tu Mơ Rông", "14.297", "1.983", "47,28", "10\tHuyện Ia H'Drai"),
    *_row_245("Huyện Ia H'Drai", "7.415", "1.106", "44,67", "\nCó 58/102"),
    F("Có 58/102", "58/102", 58, "xã", C, max_value=102, subject=ANY, level="xã", code=None),
    F("còn 02 huyện", "02", 2, "huyện", C, subject=ANY, level="huyện", code=None),
    # I.4 (0260.3862.417 is a phone number)
    F("thành 214.730", "214.730", 214730, "trường hợp", C, code=ANY),
    F("đạt 81,06%", "81,06%", 81.06, "%", code=ANY),
]

# ------------------------------------------------------------ 246: Sở Xây dựng tỉnh Hưng Yên, quý I năm 2025
_SXD = "Sở Xây dựng"


def _so(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SXD, level="tỉnh", **kw)


def _row_246(subject: str, received: str, issued: str, share: str, after: str) -> list[Fact]:
    """One Markdown row of building permits at a district-level unit (or the total)."""
    cells = [(received, "hồ sơ", P, ANY, "period"), (issued, "giấy phép", P, ANY, "period"),
             (share, "%", P, ANY, "period")]
    return _cells(subject, "huyện", cells, after, " | ", " |\n")


BLIND_246 = [
    # I.1 (318/UBND-KSTT of 14/02/2025 cited)
    _so("thực hiện 96 TTHC", "96", 96, "TTHC", C, code=_TTHC),
    _so("thuộc 9 lĩnh vực", "9", 9, "lĩnh vực", C, code=None),
    _so("ban hành 01 quyết định", "01", 1, "quyết định", C, code=None),
    _so("toàn trình là 71", "71", 71, "TTHC", C, code=_TOAN),
    _so("chiếm 73,96%", "73,96%", 73.96, "%", code=_TOAN),
    # I.2 quý IV năm 2024 dated 2024-12-31
    _so("Sở tiếp nhận 1.126", "1.126", 1126, "hồ sơ", C, code=_TN),
    _so("giảm 87", "87", -87, "hồ sơ", CH, code=_TN),
    _so("(1.213 hồ sơ)", "1.213", 1213, "hồ sơ", PR, as_of=_Q4_2024, code=_TN),
    _so("trực tuyến 948", "948", 948, "hồ sơ", C, code=_NOP),
    _so("chiếm 84,19%", "84,19%", 84.19, "%", code=_NOP),
    _so("giải quyết 1.072", "1.072", 1072, "hồ sơ", C, code=ANY),
    _so("trước hạn 615", "615", 615, "hồ sơ", C, code=ANY),
    _so("đúng hạn 452", "452", 452, "hồ sơ", C, code=ANY),
    _so("quá hạn 5 hồ sơ", "5", 5, "hồ sơ", C, code=_QH),
    _so("đạt 99,53%", "99,53%", 99.53, "%", code=_DH),
    _so("là 54 hồ sơ", "54", 54, "hồ sơ", C, code=ANY),
    _so("tiếp nhận 64 hồ sơ", "64", 64, "hồ sơ", C, code=ANY),
    _so("cấp 59 giấy phép", "59", 59, "giấy phép", C, code=ANY),
    _so("lại 3 hồ sơ", "3", 3, "hồ sơ", C, code=ANY),
    # I.3 the Sở's 2025 target, "đã đạt chỉ tiêu"
    _so("đạt 68,40%", "68,40%", 68.40, "%", code=_TT, target=65, stated_status="đạt"),
    _so("2024: 61,72%)", "61,72%", 61.72, "%", PR, as_of=_Q4_2024, code=_TT),
    _so("năm 2025 là 65%", "65%", 65, "%", T, as_of=_Y2025, code=_TT),
    _so("đạt 96,15%", "96,15%", 96.15, "%", code=_SH),
    _so("đạt 52,80%", "52,80%", 52.80, "%", code=_TSD),
    # II. Markdown table of building permits at the ten district-level units, "Tổng cộng" row (= cấp huyện)
    *_row_246("UBND thành phố Hưng Yên", "148", "142", "95,95", "| 2 | UBND thị xã Mỹ Hào"),
    *_row_246("UBND thị xã Mỹ Hào", "96", "93", "96,88", "| 3 | UBND huyện Văn Lâm"),
    *_row_246("UBND huyện Văn Lâm", "71", "71", "100", "| 4 | UBND huyện Văn Giang"),
    *_row_246("UBND huyện Văn Giang", "133", "127", "95,49", "| 5 | UBND huyện Yên Mỹ"),
    *_row_246("UBND huyện Yên Mỹ", "84", "80", "95,24", "| 6 | UBND huyện Khoái Châu"),
    *_row_246("UBND huyện Khoái Châu", "62", "60", "96,77", "| 7 | UBND huyện Ân Thi"),
    *_row_246("UBND huyện Ân Thi", "38", "38", "100", "| 8 | UBND huyện Kim Động"),
    *_row_246("UBND huyện Kim Động", "45", "43", "95,56", "| 9 | UBND huyện Phù Cừ"),
    *_row_246("UBND huyện Phù Cừ", "27", "26", "96,30", "| 10 | UBND huyện Tiên Lữ"),
    *_row_246("UBND huyện Tiên Lữ", "31", "29", "93,55", "| | Tổng cộng"),
    *_row_246("cấp huyện", "735", "709", "96,46", "\nCó 2/10"),
    F("Có 2/10", "2/10", 2, "đơn vị", C, max_value=10, subject=ANY, level="huyện", code=None),
    # III. (address "số 6 đường Chùa Chuông" and 0221.3862.509 are not figures)
    _so("nhận 03 phản ánh", "03", 3, "PAKN", C, code=_PAKN_TN),
    _so("xong 03/03 PAKN", "03/03", 3, "PAKN", C, max_value=3, code=_PAKN_XL),
    _so("đạt 95,70%", "95,70%", 95.70, "%", code=_HL),
    _so("Sở đạt 88,92", "88,92", 88.92, "điểm", code=_TONG),
    _so("thứ 6/19", "6/19", 6, "hạng", R, max_value=19, code=_HANG),
    _so("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    # IV. a count inside a task
    _so("nguyên nhân 05 hồ sơ", "05", 5, "hồ sơ", C, code=ANY),
]

# ------------------------------------------------------------ 247: Trung tâm PVHCC tỉnh Sóc Trăng, 6 tháng đầu năm 2025
_TTPV = "Trung tâm Phục vụ hành chính công tỉnh"
_MAY = "2025-05-31"


def _tt(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Trung tâm itself (level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_TTPV, level="tỉnh", **kw)


def _row_247(subject: str, received: str, settled: str, on_time: str, after: str) -> list[Fact]:
    """One Markdown row of an agency at the Trung tâm (or the total): received, settled, on-time share."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (settled, "hồ sơ", P, ANY, "period"),
             (on_time, "%", P, _DH, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_247 = [
    # Phần I.1 (61/2018/NĐ-CP and 107/2021/NĐ-CP cited; address "số 19 đường Trần Hưng Đạo, Phường 2")
    _tt("bố trí 42 công chức", "42", 42, "công chức", C, code=None),
    F("của 17 cơ quan", "17", 17, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    _tt("tại 31 quầy", "31", 31, "quầy", C, code=None),
    _tt("công khai 1.536", "1.536", 1536, "TTHC", C, code=ANY),
    _tt("Trung tâm là 1.198", "1.198", 1198, "TTHC", C, code=ANY),
    _tt("chiếm 78,00%", "78,00%", 78.00, "%", code=ANY),
    # Phần I.2
    _tt("tiếp nhận là 20.546", "20.546", 20546, "hồ sơ", C, code=_TN),
    _tt("tăng 3.215", "3.215", 3215, "hồ sơ", CH, code=_TN),
    _tt("lần lượt là 14.382", "14.382", 14382, "hồ sơ", C, code=_NOP),
    _tt("hồ sơ, 1.027", "1.027", 1027, "hồ sơ", C, code=ANY),
    _tt("và 5.137", "5.137", 5137, "hồ sơ", C, code=_NTT),
    _tt("tương ứng 70,00%", "70,00%", 70.00, "%", code=_NOP),
    _tt("70,00%, 5,00%", "5,00%", 5.00, "%", code=ANY),
    _tt("và 25,00%", "25,00%", 25.00, "%", code=_NTT),
    _tt("giải quyết 20.199", "20.199", 20199, "hồ sơ", C, code=ANY),
    _tt("hạn là 20.040", "20.040", 20040, "hồ sơ", C, code=_DH),
    _tt("hồ sơ, đạt 99,21%", "99,21%", 99.21, "%", code=_DH),
    _tt("quá hạn là 159", "159", 159, "hồ sơ", C, code=_QH),
    F("(147 hồ sơ)", "147", 147, "hồ sơ", C, subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_QH),
    _tt("gửi 159 thư", "159", 159, "thư xin lỗi", C, code=None),
    # Markdown table of seven agencies, "Cộng" row (= the Trung tâm)
    *_row_247("Sở Tư pháp", "6.842", "6.795", "99,85", "| 2 | Sở Nông nghiệp"),
    *_row_247("Sở Nông nghiệp và Môi trường", "4.317", "4.106", "97,32", "| 3 | Sở Xây dựng"),
    *_row_247("Sở Xây dựng", "1.208", "1.187", "98,74", "| 4 | Sở Công Thương"),
    *_row_247("Sở Công Thương", "2.596", "2.590", "100", "| 5 | Sở Y tế"),
    *_row_247("Sở Y tế", "1.134", "1.102", "99,09", "| 6 | Sở Tài chính"),
    *_row_247("Sở Tài chính", "962", "948", "99,37", "| 7 | Công an tỉnh"),
    *_row_247("Công an tỉnh", "3.487", "3.471", "99,94", "| | Cộng"),
    *_row_247(_TTPV, "20.546", "20.199", "99,21", "\n3. Về thanh toán"),
    # Phần I.3
    _tt("đạt 46,83%", "46,83%", 46.83, "%", code=_TT),
    _tt("tăng 9,12%", "9,12%", 9.12, "%", CH, code=_TT),
    _tt("là 91,47%", "91,47%", 91.47, "%", code=_SH),
    _tt("và 94,06%", "94,06%", 94.06, "%", code=_KQ),
    # Phần I.4 the province's 766 figures of tháng 5/2025 (previous: tháng 4/2025)
    _tt("Có 12.904", "12.904", 12904, "lượt", C, code=ANY),
    _tt("trong đó 12.871", "12.871", 12871, "lượt", C, code=ANY),
    _tt("chiếm 99,74%", "99,74%", 99.74, "%", code=_HL),
    F("đạt 17,62/18", "17,62/18", 17.62, "điểm", max_value=18, as_of=_MAY, code="766.hai_long"),
    F("đạt 85,09/100", "85,09/100", 85.09, "điểm", max_value=100, as_of=_MAY, code=_TONG),
    F("thứ 24/63", "24/63", 24, "hạng", R, max_value=63, as_of=_MAY, code=_HANG),
    F("thứ 29/63)", "29/63", 29, "hạng", PR, max_value=63, as_of="2025-04-30", code=_HANG),
    # Phần II (0299.3612.345 is a phone number)
]

# ------------------------------------------------------------ 248: UBND thành phố Lạng Sơn, năm 2024
_TP = "UBND thành phố Lạng Sơn"
_HUYEN = {"subject": "cấp huyện", "level": "huyện"}
_XA = {"subject": "cấp xã", "level": "xã"}


def _tp(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the city itself (level huyện)."""
    return F(context, raw, value, unit, kind, subject=_TP, level="huyện", **kw)


def _ward(subject: str, received: str, online: str) -> list[Fact]:
    """One dash item "- <unit>: <received> hồ sơ, đạt <online>%"."""
    return [F(f"{subject}: {received}", received, _num(received), "hồ sơ", C, subject=subject, level="xã",
              code=_TN),
            F(f"{received} hồ sơ, đạt {online}", online, _num(online), "%", subject=subject, level="xã",
              code=_NOP)]


BLIND_248 = [
    # I. (12/KH-UBND of 19/01/2024 cited)
    _tp("ban hành 07 kế hoạch", "07", 7, "kế hoạch", C, code=None),
    _tp("và 23 văn bản", "23", 23, "văn bản", C, code=None),
    _tp("tổ chức 02 đợt", "02", 2, "đợt", C, code=None),
    F("tại 8/8 phường", "8/8", 8, "phường", C, max_value=8, subject=ANY, level="xã", code=None),
    # II.a cấp huyện; năm 2023 dated 2023-12-31
    F("tiếp nhận 16.482", "16.482", 16482, "hồ sơ", C, code=_TN, **_HUYEN),
    F("tăng 1.935", "1.935", 1935, "hồ sơ", CH, code=_TN, **_HUYEN),
    F("(14.547 hồ sơ)", "14.547", 14547, "hồ sơ", PR, as_of=_Y2023, code=_TN, **_HUYEN),
    F("trực tuyến 11.210", "11.210", 11210, "hồ sơ", C, code=_NOP, **_HUYEN),
    F("chiếm 68,01%", "68,01%", 68.01, "%", code=_NOP, **_HUYEN),
    F("giải quyết 16.251", "16.251", 16251, "hồ sơ", C, code=ANY, **_HUYEN),
    F("hạn 16.163", "16.163", 16163, "hồ sơ", C, code=_DH, **_HUYEN),
    F("đạt 99,46%", "99,46%", 99.46, "%", code=_DH, **_HUYEN),
    F("quá hạn 88", "88", 88, "hồ sơ", C, code=_QH, **_HUYEN),
    F("chiếm 0,54%", "0,54%", 0.54, "%", code=_QH, **_HUYEN),
    F("đạt 52,36%", "52,36%", 52.36, "%", code=_TT, target=45, stated_status="đạt", **_HUYEN),
    F("năm 2024 là 45%", "45%", 45, "%", T, code=_TT, **_HUYEN),
    # II.b cấp xã
    F("tổng số 38.905", "38.905", 38905, "hồ sơ", C, code=_TN, **_XA),
    F("trực tuyến 29.648", "29.648", 29648, "hồ sơ", C, code=_NOP, **_XA),
    F("chiếm 76,21%", "76,21%", 76.21, "%", code=_NOP, **_XA),
    F("đạt 99,87%", "99,87%", 99.87, "%", code=_DH, **_XA),
    F("là 43,15%", "43,15%", 43.15, "%", code=_TT, target=45, stated_status="chưa đạt", **_XA),
    F("chỉ tiêu 45%", "45%", 45, "%", T, code=_TT, **_XA),
    *_ward("Phường Chi Lăng", "6.214", "79,40"),
    *_ward("Phường Đông Kinh", "5.873", "80,12"),
    *_ward("Phường Hoàng Văn Thụ", "7.106", "78,95"),
    *_ward("Phường Tam Thanh", "5.392", "77,64"),
    *_ward("Phường Vĩnh Trại", "6.027", "76,88"),
    *_ward("Xã Hoàng Đồng", "3.418", "69,27"),
    *_ward("Xã Mai Pha", "2.965", "71,03"),
    *_ward("Xã Quảng Lạc", "1.910", "62,46"),
    # III.1 ("Hệ thống thông tin 1022" is a name)
    _tp("tiếp nhận 21 phản ánh", "21", 21, "PAKN", C, code=_PAKN_TN),
    _tp("xử lý 20 PAKN", "20", 20, "PAKN", C, code=_PAKN_XL),
    _tp("đạt 95,24%", "95,24%", 95.24, "%", code=_PAKN_TL),
    _tp("01 PAKN đang", "01", 1, "PAKN", C, code=ANY),
    # III.2 rank among the province's 11 district-level units; năm 2023 dated 2023-12-31
    _tp("đạt 88,74", "88,74", 88.74, "điểm", code=_TONG),
    _tp("thứ 2/11", "2/11", 2, "hạng", R, max_value=11, code=_HANG),
    _tp("giảm 1 bậc", "1", -1, "hạng", CH, code=_HANG),
    _tp("(xếp thứ 1/11)", "1/11", 1, "hạng", PR, max_value=11, as_of=_Y2023, code=_HANG),
    F("Trong 8 phường", "8", 8, "phường", C, subject=ANY, level="xã", code=None),
    F("xã: 05 đơn vị", "05", 5, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("tốt, 03 đơn vị", "03", 3, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("phường là 86,15", "86,15", 86.15, "điểm", subject=ANY, level="xã", code=_TONG),
    F("xã là 81,92", "81,92", 81.92, "điểm", subject=ANY, level="xã", code=_TONG),
    # IV. (address "số 02 đường Lê Lợi" is not a figure)
    F("thấp nhất (62,46%)", "62,46%", 62.46, "%", subject="Xã Quảng Lạc", level="xã", code=_NOP),
    # V.2 the two communes' target for quý II năm 2025
    F("tối thiểu 75%", "75%", 75, "%", T, subject=ANY, level="xã", as_of="2025-06-30", code=_NOP),
]

# ------------------------------------------------------------ 249: UBND tỉnh Phú Yên, Kế hoạch năm 2025
_Y2024 = "2024-12-31"
_L = {"tỉnh": {"subject": "cấp tỉnh", "level": "tỉnh"}, "huyện": {"subject": "cấp huyện", "level": "huyện"},
      "xã": {"subject": "cấp xã", "level": "xã"}}


def _y24(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A 2024 result stated in the 2025 plan (dated at the end of 2024)."""
    return F(context, raw, value, unit, kind, as_of=_Y2024, **kw)


BLIND_249 = [
    # I.1 (63/2010/NĐ-CP, 766/QĐ-TTg and 27/CT-TTg cited)
    _y24("có 1.874", "1.874", 1874, "TTHC", C, code=_TTHC),
    _y24("cấp tỉnh 1.452", "1.452", 1452, "TTHC", C, code=_TTHC, **_L["tỉnh"]),
    _y24("cấp huyện 284", "284", 284, "TTHC", C, code=_TTHC, **_L["huyện"]),
    _y24("cấp xã 138", "138", 138, "TTHC", C, code=_TTHC, **_L["xã"]),
    _y24("tiếp nhận 412.358", "412.358", 412358, "hồ sơ", C, code=_TN),
    _y24("đạt 98,72%", "98,72%", 98.72, "%", code=_DH),
    _y24("đạt 58,46%", "58,46%", 58.46, "%", code=_NOP, target=50, stated_status="đạt"),
    _y24("năm 2024 là 50%", "50%", 50, "%", T, code=_NOP),
    # I.2
    _y24("đạt 38,90%", "38,90%", 38.90, "%", code=_TT, target=45, stated_status="chưa đạt"),
    _y24("năm 2024 là 45%", "45%", 45, "%", T, code=_TT),
    _y24("lần lượt là 88,14%", "88,14%", 88.14, "%", code=_SH, **_L["tỉnh"]),
    _y24("72,35% và", "72,35%", 72.35, "%", code=_SH, **_L["huyện"]),
    _y24("và 61,08%", "61,08%", 61.08, "%", code=_SH, **_L["xã"]),
    # I.3 the 766 index of 2024; 2023 dated 2023-12-31
    _y24("đạt 84,37/100", "84,37/100", 84.37, "điểm", max_value=100, code=_TONG),
    _y24("thứ 27/63", "27/63", 27, "hạng", R, max_value=63, code=_HANG),
    _y24("tăng 9 bậc", "9", 9, "hạng", CH, code=_HANG),
    F("(xếp thứ 36/63)", "36/63", 36, "hạng", PR, max_value=63, as_of=_Y2023, code=_HANG),
    _y24("minh bạch 16,82/18", "16,82/18", 16.82, "điểm", max_value=18, code="766.cong_khai"),
    _y24("giải quyết 19,05/20", "19,05/20", 19.05, "điểm", max_value=20, code="766.tien_do"),
    _y24("trực tuyến 9,76/12", "9,76/12", 9.76, "điểm", max_value=12, code="766.dvctt"),
    _y24("trực tuyến 5,21/10", "5,21/10", 5.21, "điểm", max_value=10, code="766.thanh_toan"),
    _y24("hài lòng 17,48/18", "17,48/18", 17.48, "điểm", max_value=18, code="766.hai_long"),
    _y24("hồ sơ 16,05/22", "16,05/22", 16.05, "điểm", max_value=22, code="766.so_hoa"),
    # I.4 block averages; counts of district-level units by grade
    _y24("ngành là 87,26", "87,26", 87.26, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    _y24("huyện là 83,41", "83,41", 83.41, "điểm", subject=ANY, level="huyện", code=_TONG),
    _y24("Trong 9 đơn vị", "9", 9, "đơn vị", C, subject=ANY, level="huyện", code=None),
    _y24("có 03 đơn vị", "03", 3, "đơn vị", C, subject=ANY, level="huyện", code=None),
    _y24("xuất sắc, 05 đơn vị", "05", 5, "đơn vị", C, subject=ANY, level="huyện", code=None),
    _y24("và 01 đơn vị", "01", 1, "đơn vị", C, subject=ANY, level="huyện", code=None),
    _y24("Hòa, 76,93 điểm", "76,93", 76.93, "điểm", subject="thị xã Đông Hòa", level="huyện", code=_TONG),
    # I.5
    _y24("còn 4.126", "4.126", 4126, "hồ sơ", C, code=_QH),
    _y24("(chiếm 87,40%)", "87,40%", 87.40, "%", code=ANY),
    # II. the 2025 targets (period end)
    F("tối thiểu 99%", "99%", 99, "%", T, code=_DH),
    F("từ 65% trở lên", "65%", 65, "%", T, code=_NOP),
    F("tài chính là 50%", "50%", 50, "%", T, code=_TT),
    F("đạt 90% đối", "90%", 90, "%", T, code=_SH, **_L["tỉnh"]),
    F("tỉnh, 80% đối", "80%", 80, "%", T, code=_SH, **_L["huyện"]),
    F("và 70% đối", "70%", 70, "%", T, code=_SH, **_L["xã"]),
    F("trên 88 điểm", "88", 88, "điểm", T, code=_TONG),
    # IV. (0257.3842.116 is a phone number)
]

BLIND = {"245": BLIND_245, "246": BLIND_246, "247": BLIND_247, "248": BLIND_248, "249": BLIND_249}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "245": [
        ("2025-06-30", "day", "30/6/2025", "cấp, kích hoạt tài khoản định danh điện tử", "Công an tỉnh"),
        ("2025-05-31", "month", "tháng 5/2025", "hướng dẫn người dân nộp hồ sơ trực tuyến",
         "UBND huyện Tu Mơ Rông, UBND huyện Ia H'Drai"),
        ("2025-05-15", "day", "ngày mười lăm tháng 5 năm 2025", "làm sạch dữ liệu hộ tịch điện tử", "Sở Tư pháp"),
        ("2025-09-30", "quarter", "quý III năm 2025", "tích hợp thanh toán trực tuyến", "Văn phòng UBND tỉnh"),
        # issued 08/4/2025: the first "ngày 22 hằng tháng" is 22/4/2025
        ("2025-04-22", "recurring", "22 hằng tháng", "gửi báo cáo kết quả thực hiện Đề án 06",
         "Các thành viên Ban Chỉ đạo"),
    ],
    "246": [
        ("2025-04-25", "day", "25/4/2025", "rà soát nguyên nhân", "Phòng Quản lý hoạt động xây dựng"),
        ("2025-06-30", "month", "tháng 6/2025", "số hóa kết quả giải quyết TTHC", "Văn phòng Sở"),
        ("2025-05-15", "day", "ngày 15 tháng 5 năm 2025", "rà soát quy trình thẩm định",
         "UBND huyện Tiên Lữ, UBND huyện Văn Giang"),
        # issued 05/4/2025: the first "ngày 18 hằng tháng" is 18/4/2025
        ("2025-04-18", "recurring", "18 hằng tháng", "cập nhật tình hình giải quyết hồ sơ",
         "Các phòng chuyên môn thuộc Sở"),
    ],
    "247": [
        ("2025-07-10", "day", "10/7/2025", "xử lý dứt điểm hồ sơ đất đai quá hạn", "Sở Nông nghiệp và Môi trường"),
        ("2025-06-30", "day", "ngày ba mươi tháng sáu năm 2025", "chuyển giao dữ liệu hồ sơ",
         "Phòng Kiểm soát TTHC và Giám sát thuộc Trung tâm"),
        ("2025-09-30", "quarter", "quý III năm 2025", "đề xuất nâng cấp trang thiết bị",
         "Các cơ quan có công chức làm việc tại Trung tâm"),
        # issued 20/6/2025: the first "ngày 05 hằng tháng" is 05/7/2025
        ("2025-07-05", "recurring", "05 hằng tháng", "tổng hợp số liệu hồ sơ tồn đọng", "Viên chức Trung tâm"),
    ],
    "248": [
        ("2025-01-25", "day", "25/01/2025", "tham mưu ban hành Kế hoạch cải cách TTHC",
         "Văn phòng HĐND và UBND thành phố"),
        ("2025-06-30", "quarter", "quý II năm 2025", "nâng tỷ lệ hồ sơ nộp trực tuyến",
         "UBND xã Quảng Lạc, UBND xã Mai Pha"),
        ("2025-03-31", "month", "tháng 3/2025", "hướng dẫn thanh toán trực tuyến",
         "Phòng Tài chính - Kế hoạch thành phố"),
        ("2025-12-31", "year", "năm 2025", "số hóa hồ sơ hộ tịch", "UBND các phường, xã"),
        # issued 10/01/2025: the first "ngày 16 hằng tháng" is 16/01/2025
        ("2025-01-16", "recurring", "16 hằng tháng", "báo cáo tình hình giải quyết TTHC", "Các cơ quan, đơn vị"),
    ],
    "249": [
        ("2025-03-31", "quarter", "quý I năm 2025", "công bố danh mục TTHC được chuẩn hóa", "Văn phòng UBND tỉnh"),
        ("2025-04-30", "day", "30/4/2025", "giải quyết dứt điểm hồ sơ đất đai tồn đọng",
         "Sở Nông nghiệp và Môi trường"),
        ("2025-03-10", "day", "ngày 10 tháng 3 năm 2025", "phương án khắc phục các chỉ tiêu bị trừ điểm",
         "UBND thị xã Đông Hòa"),
        ("2025-06-30", "month", "tháng 6/2025", "nâng cấp Hệ thống thông tin giải quyết TTHC",
         "Sở Khoa học và Công nghệ"),
        # issued 17/01/2025: the first "ngày 15 hằng tháng" after it is 15/02/2025
        ("2025-02-15", "recurring", "15 hằng tháng", "báo cáo tình hình thực hiện Kế hoạch",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
        ("2025-12-15", "day", "15/12/2025", "tổng hợp, báo cáo kết quả thực hiện Kế hoạch", "Văn phòng UBND tỉnh"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 245's issuer is the Ban Chỉ đạo under "UBND TỈNH KON TUM"; 246's the Sở under "UBND TỈNH HƯNG YÊN"; 247's the
# Trung tâm under "ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG" (period the first half of 2025); 248's issuer is UBND thành
# phố Lạng Sơn (province from "Kính gửi"); 249 is a Kế hoạch whose period is the year it plans.
META = {
    "245": {"doc_number": "27/BC-BCĐ", "doc_type": "Báo cáo", "issued_date": "2025-04-08",
            "province": "Kon Tum", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Nguyễn Ngọc Sâm"},
    "246": {"doc_number": "412/BC-SXD", "doc_type": "Báo cáo", "issued_date": "2025-04-05",
            "province": "Hưng Yên", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Đỗ Văn Thành"},
    "247": {"doc_number": "96/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2025-06-20",
            "province": "Sóc Trăng", "period_label": "6 tháng đầu năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-06-30", "signer": "Lâm Thị Ngọc Hà"},
    "248": {"doc_number": "18/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-01-10",
            "province": "Lạng Sơn", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Hoàng Đình Thắng"},
    "249": {"doc_number": "21/KH-UBND", "doc_type": "Kế hoạch", "issued_date": "2025-01-17",
            "province": "Phú Yên", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Lê Tấn Hổ"},
}
