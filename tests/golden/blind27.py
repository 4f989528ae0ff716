"""Blind golden facts for corpus/blind27/210_hoa_binh.txt, 211_hai_duong.txt, 212_ho_chi_minh.txt, 213_an_giang.txt
and 214_ha_tinh.txt.

The five documents were written by the developers for a twenty-seventh blind measurement (new issuers and wording
for provinces used before; not real documents), and every row below was written by reading them, before any
extraction, restoration or pipeline code was run on them. They also serve as held-out text for diacritic
restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind16.py: rows use `golden.facts.Fact` (context string that occurs
once in the document + the figure as written inside it). Prose and list counts are kind `count`; table cells are
kind `value` with `extra={"source": "table"}`; `as_of="period"` is the period's end; `ANY` leaves a field
unchecked where the sentence names no catalogued indicator (`None` where it clearly names none). "thủ tục" counts
use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; every "đã giải quyết" count and the parts of
a settled whole ("trước hạn", "đúng hạn" apart) have their code unchecked; a relative change of a count ("tăng
9,7% so với cùng kỳ năm 2023") has its code unchecked. A change is dated at the period end; a rise is positive,
a fall ("giảm", "rút ngắn") negative. A count of local units takes the unit of its first unit word ("08/11 huyện,
thị xã, thành phố" → `huyện`, "08/11 phường" → `phường`), counts of "cơ quan"/"đơn vị"/"sở, ban, ngành" the unit
`đơn vị`, level of the bodies counted. Dates, document numbers, cited circulars, plans, letters and decisions
("Thông tư số 01/2020/TT-VPCP", "Kế hoạch số 428/KH-UBND", "Công văn số 2174/VP-KSTT", "Công văn số
3418/UBND-KSTT", "Quyết định số 766/QĐ-TTg"), "tính đến ngày 30/9/2024" and "tính đến ngày 31/3/2025", section
numbering ("I.", "1.", "a)", "đ)"), the STT column, phone numbers ("0218.3852.104", "0220.3852.617",
"028.3861.2046", "0296.3852.176", "0239.3855.268"), the address "số 70A Thoại Ngọc Hầu", the names "Phiếu lý
lịch tư pháp số 1/số 2", "Hệ thống tiếp nhận, giải đáp thông tin 1022", "mức độ 2", number words ("ba cấp",
"hai cấp"), "9 tháng" and "6 tháng" (periods: "9 tháng năm 2024", "6 tháng đầu năm 2024"),
headings naming the next period ("III. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2024", "III. NHIỆM VỤ QUÝ IV NĂM
2024", "II. NHIỆM VỤ THÁNG 6 NĂM 2025", "6. Nhiệm vụ tháng 12 năm 2025": no deadlines), "quý IV" in "chuyển
sang quý IV" and years are not figures.

New in this set:
- 210 is a nine-month Báo cáo of UBND tỉnh Hòa Bình to the Văn phòng Chính phủ, "9 tháng năm 2024" (stated as
  01/01–30/9/2024, issued 08/10/2024). Province figures have subject NULL. "37 quyết định" is a count with code
  None. Procedures by level after "gồm:" ("cấp tỉnh 1.452 TTHC, cấp huyện 287 TTHC và cấp xã 135 TTHC").
  "(6 tháng đầu năm 2024: 54,26%)" and "so với thời điểm ngày 30/6/2024 (78,11 điểm, xếp thứ 45/63)" are
  previous values dated 2024-06-30 (the previous total on the /100 scale); "tăng 8,15% so với 6 tháng đầu năm
  2024" is a change of the digitisation share. Online shares by level after "lần lượt là". "trước hạn và đúng
  hạn 394.915 hồ sơ, đạt 99,04%" carries the on-time code. Overdue land files of two districts in brackets.
  "so với chỉ tiêu năm 2024 là 50% thì chưa đạt chỉ tiêu": the target is dated 2024-12-31, 41,26% carries it
  with status "chưa đạt". Its Markdown table lists ten sở (subject as written, level tỉnh; files received,
  online-payment share, digitisation share; two "100" cells and one "0" cell; a name with a hyphen "Sở Lao động
  - Thương binh và Xã hội") with a "Tổng cộng" row with an empty STT cell: the table's title names "các sở,
  ban, ngành", so the total is subject "cấp tỉnh" (its figures are not in the prose). "có 04 cơ quan đạt …" is
  a count (code None). "còn 15 PAKN đang …" is a count with code unchecked. Six group scores after "lần lượt
  là:" separated by ";" (sum 80,47). Block averages (subject ANY, levels tỉnh/huyện/xã) and counts of units by
  grade ("07/19 cơ quan xếp loại Tốt, 10 cơ quan … 02 cơ quan", "03/10 đơn vị … 07 đơn vị": unit `đơn vị`,
  subject ANY, code None). The target "tỷ lệ hồ sơ thanh toán trực tuyến toàn tỉnh đạt tối thiểu 50%" in the
  task of Sở Tài chính is the province's (subject NULL), dated 2024-12-31. Six deadlines: day, year ("đến hết
  năm 2024", for Sở Tài chính, not its partner), "chậm nhất" day in words, month, quarter, monthly recurring
  "trước ngày 15 hằng tháng" (issued 08/10/2024: first 15/10/2024).
- 211 is a quarterly Báo cáo of Sở Tư pháp tỉnh Hải Dương (header "UBND TỈNH HẢI DƯƠNG / SỞ TƯ PHÁP"), quý III
  năm 2024, on the civil-status, criminal-record and other procedures it handles. Every figure is the Sở's
  (subject "Sở Tư pháp", level tỉnh), except counts of one field's procedures ("lĩnh vực hộ tịch có 11 TTHC")
  and the field rows of its table, which have subject ANY, level tỉnh. "10 lĩnh vực" is a count with code
  None; "100% TTHC được niêm yết" a share with code unchecked. "(quý II năm 2024: 6.218 hồ sơ)", "(quý II năm
  2024: 95,46%)" and "so với quý II năm 2024 (86,94 điểm, xếp thứ 9/20)" are previous values dated 2024-06-30
  (the Sở's score has no max); "rút ngắn 0,8 ngày" is the fall of the processing time (-0.8); "tăng 6,38% so
  với quý trước" the change of the reuse share. Its tab-separated table (units in the headers: "(hồ sơ)",
  "(%)") lists six fields ("Lý lịch tư pháp" … "Các lĩnh vực khác"; received, online, settled, on-time share,
  payment share; four "100" cells and one "0" cell) with a "Tổng cộng" row without an STT column (= the Sở; its 6.947,
  6.105, 6.652, 99,35 and 81,94 are also in the prose). Criminal-record certificates are counted in the unit
  `phiếu` ("5.604 Phiếu lý lịch tư pháp", "4.871 phiếu", "733 phiếu", "3.928 phiếu"; code unchecked: no
  catalogued indicator), their VNeID share likewise. Civil-status records entered into the database are
  "trường hợp" (code unchecked) with "đạt 91,36% kế hoạch". "so với chỉ tiêu UBND tỉnh giao năm 2024 là 60%
  thì đã đạt chỉ tiêu": the Sở's target dated 2024-12-31, 81,94% carries it with status "đạt". "05 PAKN liên
  quan …" and "01 PAKN đang xác minh" are counts with code unchecked; "đã trả lời 06 PAKN" the PAKN handled.
  "xếp thứ 6/20 sở, ban, ngành" ranks among the province's agencies. The target "đến hết năm 2024 … của Sở đạt
  tối thiểu 60%" is the Sở's, dated 2024-12-31. Five deadlines: "chậm nhất" day, month, quarter, year (with the
  target), monthly recurring "trước ngày 12 hằng tháng" (issued 03/10/2024: first 12/10/2024).
- 212 is a monthly Báo cáo of UBND quận Tân Phú (Thành phố Hồ Chí Minh, named in "Kính gửi" and the body),
  tháng 5 năm 2025, issued 05/6/2025, before the 1 July 2025 reform. A quận writes its levels "Cấp quận" and
  "Cấp phường": figures under "a) Cấp quận (Bộ phận Một cửa quận)" have subject "cấp quận" (level huyện), those
  under "b) Cấp phường" subject "cấp phường" (level xã), as the "Cấp huyện"/"Cấp xã" sections of earlier
  district reports do; the quận's own digitisation, PAKN, score and rank have subject "UBND quận Tân Phú", level
  huyện. The procedures "Bộ phận Một cửa quận đang tiếp nhận 318 …" / "Bộ phận Một cửa các phường tiếp nhận
  131 …" are counts of TTHC by level with subject unchecked (the quận itself or its level). "tăng 412 hồ sơ so
  với tháng 4/2025 (4.414 hồ sơ)", "(tháng 4/2025: 95,08%)" and "so với tháng 4/2025 (90,26 điểm, xếp thứ
  5/22)" are a change and previous values dated 2025-04-30; "giảm 0,52 điểm nhưng tăng 1 bậc": -0.52 and +1.
  "(24 hồ sơ)" of one field: subject ANY, level huyện. The best and worst wards carry their online share in
  brackets (subject as written, "Phường Tân Thành" at the start of a sentence, "phường Phú Trung"; also in the
  table). Its Markdown table lists the 11 phường in alphabetical order (subject as written, "Phường Hiệp Tân",
  level xã; files received, online share, on-time share; five "100" cells) with a "Cộng" row with an empty STT
  cell (= cấp phường; its three figures are also in the prose). Payment shares of the two levels after "tương
  ứng là"; "so với chỉ tiêu Thành phố giao năm 2025 là 70% thì cấp quận chưa đạt, cấp phường đã đạt chỉ tiêu":
  one target for both levels (subject and level unchecked), dated 2025-12-31; 68,42% carries it with status
  "chưa đạt", 74,15% with "đạt". "xếp thứ 4/22 quận, huyện và thành phố Thủ Đức" ranks among the city's 22
  district-level units. "Điểm bình quân của UBND các phường" is the level average (subject ANY, level xã);
  "có 08/11 phường xếp loại Tốt, 03 phường xếp loại Khá" are counts (unit `phường`, subject ANY, level xã, code
  None); two wards carry their score in brackets. The target "đến hết tháng 6/2025 … của cấp quận đạt tối
  thiểu 70%" is the level's (subject "cấp quận"), dated 2025-06-30. Four deadlines: day, "chậm nhất" day in words
  for two named wards, month (with the target), quarter.
- 213 is a Công văn of the Văn phòng UBND tỉnh An Giang (header "UBND TỈNH AN GIANG / VĂN PHÒNG"; "V/v" line
  naming tháng 3 năm 2025, placed before the place and date), issued 07/4/2025 (post-March 2025 agency names),
  reminding agencies of overdue files and PAKN. Province figures have subject NULL. "(tháng 02/2025: 1,21%)",
  "so với tháng 02/2025 (1.121 hồ sơ)" and "(xếp thứ 30/63)" are previous values dated 2025-02-28; "tăng 174 hồ
  sơ", "giảm 3 bậc" and "giảm 0,42 điểm so với tháng trước" (the group tien_do) are changes. "còn 417 hồ sơ
  đang giải quyết đã quá thời hạn" names no catalogued indicator (code unchecked). "Có 05/17 sở, ban, ngành và
  08/11 huyện, thị xã, thành phố" are counts (units `đơn vị` and `huyện`; subject ANY; levels tỉnh and huyện;
  code None); "cấp xã không có hồ sơ quá hạn" has no figure. PAKN: "còn 24 PAKN quá hạn xử lý (cấp tỉnh 09
  PAKN, cấp huyện 15 PAKN)" are counts of overdue PAKN by level (code pakn.qua_han); "thời gian xử lý bình quân
  11,4 ngày/PAKN" the PAKN time; the satisfaction with PAKN handling "76,25%" has code unchecked. The agencies
  are a dash list "- <body>: <n> hồ sơ quá hạn …; <m> PAKN quá hạn;" under the lettered headings "a) Cấp tỉnh:
  496 hồ sơ quá hạn, chiếm 38,30% …" and "b) Cấp huyện: 799 hồ sơ quá hạn" (subject "cấp tỉnh"/"cấp huyện").
  Each item's figures are that body's (subject as written, "Sở Nông nghiệp và Môi trường" level tỉnh, "UBND
  huyện Chợ Mới" level huyện): overdue files (code _QH), "chiếm x% số hồ sơ đã giải quyết" (the overdue share,
  code _QH), "chiếm 29,81% tổng số hồ sơ quá hạn của toàn tỉnh" and "chiếm 38,30% tổng số hồ sơ quá hạn" (a
  share of the province's overdue files, code unchecked), "(tháng 02/2025: 58 hồ sơ)" (previous overdue count
  dated 2025-02-28) and overdue PAKN (code pakn.qua_han); the last item names three units at once
  ("UBND huyện Phú Tân, UBND huyện Thoại Sơn, UBND thị xã Tân Châu: 105 hồ sơ …": subject ANY, level huyện).
  Total `82,64/100`, rank `33/63`, the group score `17,86/20`. The target "phấn đấu trong quý II năm 2025 tỷ lệ
  giải quyết hồ sơ đúng hạn của toàn tỉnh đạt trên 99%" is the province's (subject NULL), dated 2025-06-30.
  Five deadlines in lettered items a)–đ): day for three named bodies, "chậm nhất" day in words, month, quarter
  (with the target), monthly recurring "trước ngày 05 hằng tháng" (issued 07/4/2025, after the 5th: first
  05/5/2025).
- 214 is a monthly Báo cáo of UBND phường Thành Sen (tỉnh Hà Tĩnh after the 1 July 2025 reform, named in "Kính
  gửi"), tháng 11 năm 2025, issued 03/12/2025. Every figure is the ward's (subject "UBND phường Thành Sen", level
  xã), except overdue files by field in brackets "(đất đai 12 hồ sơ, hộ tịch 05 hồ sơ)" and the dash list by
  field "- <field>: tiếp nhận a hồ sơ, trực tuyến b hồ sơ; đúng hạn x%;" (subject ANY, level xã; received,
  online count, on-time share), and the average of the province's xã, phường (subject ANY, level xã). "(tháng
  10/2025: 3.152 hồ sơ)" and "so với tháng 10/2025 (86,31 điểm, xếp thứ 12/69)" are previous values dated
  2025-10-31; "tăng 10,60%" is a relative change (code unchecked), "tăng 4,91% so với tháng 10/2025" the change
  of the payment share, "tăng 0,84 điểm và tăng 5 bậc" changes of the total and rank. "412 hồ sơ" received
  regardless of residence has code unchecked. "2,4 ngày/hồ sơ" is the processing time. Electronic
  certification "1.108 trường hợp, chiếm 77,70%" carries the certification code. "chỉ tiêu UBND tỉnh giao cho
  phường năm 2025 là 70%, phường đã đạt chỉ tiêu": the ward's target dated 2025-12-31, 72,36% carries it with
  status "đạt". Three shares after "tương ứng là" (digitisation, electronic results, reuse). VNeID accounts
  "mới 1.138", "lên 41.726" and "đạt 89,52%" (identity-account code). Total `87,15/100`, rank `7/69` among the
  province's xã, phường, and six group scores `x/max` without the word "điểm" (sum 87,15). The target "đến hết
  năm 2025 … của phường đạt tối thiểu 60%" is the ward's, dated 2025-12-31. Six deadlines in a dash list: day,
  year (with the target), month, "chậm nhất" day in words, quarter of the next year ("quý I năm 2026"), monthly
  recurring "trước ngày 18 hằng tháng" (issued 03/12/2025: first 18/12/2025).
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
_MOT = "766.dvctt.mot_phan"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_PAKN_QH = "pakn.qua_han"


def _cells(subject: object, level: str | None, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject, level=level,
              as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


# ------------------------------------------------------------ 210: UBND tỉnh Hòa Bình, 9 tháng năm 2024
_JUN_210 = "2024-06-30"
_Y2024 = "2024-12-31"


def _row_210(subject: str, received: str, paid: str, digitised: str, after: str) -> list[Fact]:
    """One Markdown row of a sở (or the total): files received, online-payment share, digitisation share."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (paid, "%", P, _TT, "period"), (digitised, "%", P, _SH, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_210 = [
    # I.1 (01/2020/TT-VPCP of 21/10/2020 cited; "ba cấp" is a word)
    F("ban hành 37 quyết định", "37", 37, "quyết định", C, code=None),
    F("địa bàn tỉnh là 1.874 TTHC", "1.874", 1874, "TTHC", C, code=_TTHC),
    F("cấp tỉnh 1.452 TTHC", "1.452", 1452, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code=_TTHC),
    F("cấp huyện 287 TTHC", "287", 287, "TTHC", C, subject="cấp huyện", level="huyện", code=_TTHC),
    F("cấp xã 135 TTHC", "135", 135, "TTHC", C, subject="cấp xã", level="xã", code=_TTHC),
    F("có 1.106 TTHC", "1.106", 1106, "TTHC", C, code=_TOAN),
    F("và 498 TTHC", "498", 498, "TTHC", C, code=_MOT),
    # I.2 (6 tháng đầu năm 2024 dated 2024-06-30)
    F("tổng cộng 412.586", "412.586", 412586, "hồ sơ", C, code=_TN),
    F("tăng 9,7%", "9,7%", 9.7, "%", CH, code=ANY),
    F("là 246.318 hồ sơ", "246.318", 246318, "hồ sơ", C, code=_NOP),
    F("chiếm 59,70%", "59,70%", 59.70, "%", code=_NOP),
    F("2024: 54,26%)", "54,26%", 54.26, "%", PR, as_of=_JUN_210, code=_NOP),
    F("lần lượt là 81,35%", "81,35%", 81.35, "%", subject="cấp tỉnh", level="tỉnh", code=_NOP),
    F("81,35%, 52,48%", "52,48%", 52.48, "%", subject="cấp huyện", level="huyện", code=_NOP),
    F("và 47,92%", "47,92%", 47.92, "%", subject="cấp xã", level="xã", code=_NOP),
    F("Đã giải quyết 398.742", "398.742", 398742, "hồ sơ", C, code=ANY),
    F("đúng hạn 394.915", "394.915", 394915, "hồ sơ", C, code=_DH),
    F("đạt 99,04%", "99,04%", 99.04, "%", code=_DH),
    F("quá hạn 3.827", "3.827", 3827, "hồ sơ", C, code=_QH),
    F("chiếm 0,96%", "0,96%", 0.96, "%", code=_QH),
    F("(1.126 hồ sơ)", "1.126", 1126, "hồ sơ", C, subject="UBND huyện Lương Sơn", level="huyện", code=_QH),
    F("(684 hồ sơ)", "684", 684, "hồ sơ", C, subject="UBND huyện Kim Bôi", level="huyện", code=_QH),
    # I.3 the 2024 target (dated at the year's end), "chưa đạt chỉ tiêu"
    F("toàn tỉnh đạt 41,26%", "41,26%", 41.26, "%", code=_TT, target=50, stated_status="chưa đạt"),
    F("năm 2024 là 50%", "50%", 50, "%", T, as_of=_Y2024, code=_TT),
    F("đạt 72,84%", "72,84%", 72.84, "%", code=_SH),
    F("tăng 8,15%", "8,15%", 8.15, "%", CH, code=_SH),
    F("đạt 88,63%", "88,63%", 88.63, "%", code=_KQ),
    F("mới đạt 31,07%", "31,07%", 31.07, "%", code=_TSD),
    # Markdown table of ten sở, "Tổng cộng" row (= cấp tỉnh: the title names "các sở, ban, ngành")
    *_row_210("Sở Tư pháp", "8.412", "62,17", "95,40", "| 2 | Sở Xây dựng"),
    *_row_210("Sở Xây dựng", "2.376", "48,05", "91,26", "| 3 | Sở Tài nguyên"),
    *_row_210("Sở Tài nguyên và Môi trường", "21.845", "35,62", "78,93", "| 4 | Sở Giao thông"),
    *_row_210("Sở Giao thông vận tải", "14.208", "71,84", "96,15", "| 5 | Sở Kế hoạch"),
    *_row_210("Sở Kế hoạch và Đầu tư", "3.917", "0", "88,72", "| 6 | Sở Công Thương"),
    *_row_210("Sở Công Thương", "1.534", "55,30", "100", "| 7 | Sở Y tế"),
    *_row_210("Sở Y tế", "2.861", "39,48", "84,06", "| 8 | Sở Lao động"),
    *_row_210("Sở Lao động - Thương binh và Xã hội", "1.205", "27,93", "73,51", "| 9 | Sở Giáo dục"),
    *_row_210("Sở Giáo dục và Đào tạo", "968", "100", "97,83", "| 10 | Sở Nông nghiệp"),
    *_row_210("Sở Nông nghiệp và Phát triển nông thôn", "1.742", "44,16", "81,39", "| | Tổng cộng"),
    *_row_210("cấp tỉnh", "59.068", "46,85", "85,21", "\nTrong số"),
    F("có 04 cơ quan", "04", 4, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    # I.4
    F("tiếp nhận 286 phản ánh", "286", 286, "PAKN", C, code=_PAKN_TN),
    F("xử lý 271 PAKN", "271", 271, "PAKN", C, code=_PAKN_XL),
    F("đạt 94,76%", "94,76%", 94.76, "%", code=_PAKN_TL),
    F("còn 15 PAKN", "15", 15, "PAKN", C, code=ANY),
    F("đạt 92,18%", "92,18%", 92.18, "%", code=_HL),
    # I.5 (766/QĐ-TTg of 23/6/2022 cited; "tính đến ngày 30/9/2024" is the period end; 30/6/2024 dated 2024-06-30)
    F("đạt 80,47/100", "80,47/100", 80.47, "điểm", max_value=100, code=_TONG),
    F("thứ 38/63", "38/63", 38, "hạng", R, max_value=63, code=_HANG),
    F("tăng 2,36 điểm", "2,36", 2.36, "điểm", CH, code=_TONG),
    F("tăng 7 bậc", "7", 7, "hạng", CH, code=_HANG),
    F("(78,11 điểm", "78,11", 78.11, "điểm", PR, max_value=100, as_of=_JUN_210, code=_TONG),
    F("thứ 45/63)", "45/63", 45, "hạng", PR, max_value=63, as_of=_JUN_210, code=_HANG),
    F("minh bạch 16,82/18", "16,82/18", 16.82, "điểm", max_value=18, code="766.cong_khai"),
    F("giải quyết 19,35/20", "19,35/20", 19.35, "điểm", max_value=20, code="766.tien_do"),
    F("trực tuyến 9,46/12", "9,46/12", 9.46, "điểm", max_value=12, code="766.dvctt"),
    F("trực tuyến 6,12/10", "6,12/10", 6.12, "điểm", max_value=10, code="766.thanh_toan"),
    F("hài lòng 16,95/18", "16,95/18", 16.95, "điểm", max_value=18, code="766.hai_long"),
    F("hồ sơ 11,77/22", "11,77/22", 11.77, "điểm", max_value=22, code="766.so_hoa"),
    F("ngành là 84,62 điểm", "84,62", 84.62, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("thành phố là 78,35 điểm", "78,35", 78.35, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("thị trấn là 72,90 điểm", "72,90", 72.90, "điểm", subject=ANY, level="xã", code=_TONG),
    F("có 07/19", "07/19", 7, "đơn vị", C, max_value=19, subject=ANY, level="tỉnh", code=None),
    F("Tốt, 10 cơ quan", "10", 10, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("và 02 cơ quan", "02", 2, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("có 03/10", "03/10", 3, "đơn vị", C, max_value=10, subject=ANY, level="huyện", code=None),
    F("và 07 đơn vị", "07", 7, "đơn vị", C, subject=ANY, level="huyện", code=None),
    # III.2 the province's target for 2024 (0218.3852.104 is a phone number)
    F("tối thiểu 50%", "50%", 50, "%", T, as_of=_Y2024, code=_TT),
]

# ------------------------------------------------------------ 211: Sở Tư pháp tỉnh Hải Dương, quý III năm 2024
_STP = "Sở Tư pháp"
_Q2_211 = "2024-06-30"


def _so(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_STP, level="tỉnh", **kw)


def _row_211(subject: object, received: str, online: str, settled: str, on_time: str, paid: str,
             after: str) -> list[Fact]:
    """One tab-separated row of a field (or the total): received, online, settled, on-time share, payment share.
    The field's name is no figure."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (settled, "hồ sơ", P, ANY, "period"), (on_time, "%", P, _DH, "period"), (paid, "%", P, _TT, "period")]
    return _cells(subject, "tỉnh", cells, after, "\t", "\n")


BLIND_211 = [
    # I.1 (428/KH-UBND of 05/02/2024 cited)
    _so("thực hiện 136 TTHC", "136", 136, "TTHC", C, code=_TTHC),
    _so("thuộc 10 lĩnh vực", "10", 10, "lĩnh vực", C, code=None),
    F("hộ tịch có 11 TTHC", "11", 11, "TTHC", C, subject=ANY, level="tỉnh", code=ANY),
    F("tư pháp có 3 TTHC", "3", 3, "TTHC", C, subject=ANY, level="tỉnh", code=ANY),
    _so("đối với 98 TTHC", "98", 98, "TTHC", C, code=_TOAN),
    _so("đối với 38 TTHC", "38", 38, "TTHC", C, code=_MOT),
    _so("100% TTHC được", "100%", 100, "%", code=ANY),
    # I.2 quý II năm 2024 dated 2024-06-30
    _so("Sở tiếp nhận 6.947", "6.947", 6947, "hồ sơ", C, code=_TN),
    _so("2024: 6.218 hồ sơ)", "6.218", 6218, "hồ sơ", PR, as_of=_Q2_211, code=_TN),
    _so("là 6.105 hồ sơ", "6.105", 6105, "hồ sơ", C, code=_NOP),
    _so("chiếm 87,88%", "87,88%", 87.88, "%", code=_NOP),
    _so("giải quyết 6.652 hồ sơ, gồm", "6.652", 6652, "hồ sơ", C, code=ANY),
    _so("trước hạn 4.318", "4.318", 4318, "hồ sơ", C, code=ANY),
    _so("đúng hạn 2.291", "2.291", 2291, "hồ sơ", C, code=ANY),
    _so("quá hạn 43", "43", 43, "hồ sơ", C, code=_QH),
    _so("đạt 99,35%", "99,35%", 99.35, "%", code=_DH),
    _so("quý IV là 295", "295", 295, "hồ sơ", C, code=ANY),
    # tab-separated table by field, "Tổng cộng" row (= the Sở)
    *_row_211(ANY, "5.862", "5.391", "5.604", "99,27", "86,45", "Hộ tịch\t"),
    *_row_211(ANY, "412", "287", "398", "99,75", "61,20", "Quốc tịch\t"),
    *_row_211(ANY, "58", "21", "47", "100", "0", "Công chứng\t"),
    *_row_211(ANY, "276", "142", "269", "100", "52,94", "Luật sư\t"),
    *_row_211(ANY, "84", "76", "80", "100", "100", "Các lĩnh vực khác\t"),
    *_row_211(ANY, "255", "188", "254", "99,61", "38,16", "Tổng cộng\t"),
    *_row_211(_STP, "6.947", "6.105", "6.652", "99,35", "81,94", "\na) Lĩnh vực"),
    # a) criminal records ("Phiếu lý lịch tư pháp số 1/số 2" are names)
    _so("cấp 5.604 Phiếu", "5.604", 5604, "phiếu", C, code=ANY),
    _so("là 4.871 phiếu", "4.871", 4871, "phiếu", C, code=ANY),
    _so("là 733 phiếu", "733", 733, "phiếu", C, code=ANY),
    _so("VNeID là 3.928", "3.928", 3928, "phiếu", C, code=ANY),
    _so("chiếm 70,09%", "70,09%", 70.09, "%", code=ANY),
    _so("là 4,6 ngày", "4,6", 4.6, "ngày", code=_TIME),
    _so("rút ngắn 0,8", "0,8", -0.8, "ngày", CH, code=_TIME),
    # b) civil status ("ngày 30/9/2024" is a date)
    _so("cập nhật 186.420", "186.420", 186420, "trường hợp", C, code=ANY),
    _so("cập nhật 1.248.367", "1.248.367", 1248367, "trường hợp", C, code=ANY),
    _so("đạt 91,36%", "91,36%", 91.36, "%", code=ANY),
    # I.3 the Sở's 2024 target (dated at the year's end), "đã đạt chỉ tiêu"
    _so("quý đạt 81,94%", "81,94%", 81.94, "%", code=_TT, target=60, stated_status="đạt"),
    _so("năm 2024 là 60%", "60%", 60, "%", T, as_of="2024-12-31", code=_TT),
    _so("đạt 98,12%", "98,12%", 98.12, "%", code=_SH),
    _so("2024: 95,46%)", "95,46%", 95.46, "%", PR, as_of=_Q2_211, code=_SH),
    _so("điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    _so("đạt 54,73%", "54,73%", 54.73, "%", code=_TSD),
    _so("tăng 6,38%", "6,38%", 6.38, "%", CH, code=_TSD),
    # I.4
    _so("tiếp nhận 07 phản ánh", "07", 7, "PAKN", C, code=_PAKN_TN),
    _so("trong đó 05 PAKN", "05", 5, "PAKN", C, code=ANY),
    _so("trả lời 06 PAKN", "06", 6, "PAKN", C, code=_PAKN_XL),
    _so("còn 01 PAKN", "01", 1, "PAKN", C, code=ANY),
    _so("đạt 97,45%", "97,45%", 97.45, "%", code=_HL),
    # I.5 rank among the province's agencies; quý II năm 2024 dated 2024-06-30
    _so("đạt 88,26 điểm", "88,26", 88.26, "điểm", code=_TONG),
    _so("thứ 6/20", "6/20", 6, "hạng", R, max_value=20, code=_HANG),
    _so("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    _so("(86,94 điểm", "86,94", 86.94, "điểm", PR, as_of=_Q2_211, code=_TONG),
    _so("thứ 9/20)", "9/20", 9, "hạng", PR, max_value=20, as_of=_Q2_211, code=_HANG),
    # III.4 the Sở's target for 2024 (0220.3852.617 is a phone number)
    _so("tối thiểu 60%", "60%", 60, "%", T, as_of="2024-12-31", code=_TSD),
]

# ------------------------------------------------------------ 212: UBND quận Tân Phú (Hồ Chí Minh), tháng 5 năm 2025
_TP = "UBND quận Tân Phú"
_APR_212 = "2025-04-30"


def _quan_level(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "a) Cấp quận" (subject "cấp quận", level huyện)."""
    return F(context, raw, value, unit, kind, subject="cấp quận", level="huyện", **kw)


def _phuong_level(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "b) Cấp phường" (subject "cấp phường", level xã)."""
    return F(context, raw, value, unit, kind, subject="cấp phường", level="xã", **kw)


def _quan(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the quận itself (subject its UBND, level huyện)."""
    return F(context, raw, value, unit, kind, subject=_TP, level="huyện", **kw)


def _row_212(subject: str, received: str, online: str, on_time: str, after: str) -> list[Fact]:
    """One Markdown row of a phường (or the "Cộng" row): files received, online share, on-time share."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"), (on_time, "%", P, _DH, "period")]
    return _cells(subject, "xã", cells, after, " | ", " |\n")


BLIND_212 = [
    # I.1 (2174/VP-KSTT of 18/3/2025 cited)
    F("tiếp nhận 318 thủ tục", "318", 318, "TTHC", C, subject=ANY, level="huyện", code=_TTHC),
    F("tiếp nhận 131 thủ tục", "131", 131, "TTHC", C, subject=ANY, level="xã", code=_TTHC),
    # I.2 a) cấp quận; tháng 4/2025 dated 2025-04-30
    _quan_level("tiếp nhận 4.826", "4.826", 4826, "hồ sơ", C, code=_TN),
    _quan_level("tăng 412 hồ sơ", "412", 412, "hồ sơ", CH, code=_TN),
    _quan_level("(4.414 hồ sơ)", "4.414", 4414, "hồ sơ", PR, as_of=_APR_212, code=_TN),
    _quan_level("là 3.958 hồ sơ", "3.958", 3958, "hồ sơ", C, code=_NOP),
    _quan_level("đạt 82,01%", "82,01%", 82.01, "%", code=_NOP),
    _quan_level("giải quyết 4.702", "4.702", 4702, "hồ sơ", C, code=ANY),
    _quan_level("đúng hạn 4.671", "4.671", 4671, "hồ sơ", C, code=_DH),
    _quan_level("đạt 99,34%", "99,34%", 99.34, "%", code=_DH),
    _quan_level("quá hạn 31", "31", 31, "hồ sơ", C, code=_QH),
    F("(24 hồ sơ)", "24", 24, "hồ sơ", C, subject=ANY, level="huyện", code=_QH),
    # I.2 b) cấp phường; best and worst wards in brackets
    _phuong_level("tiếp nhận 10.537", "10.537", 10537, "hồ sơ", C, code=_TN),
    _phuong_level("trực tuyến 9.214", "9.214", 9214, "hồ sơ", C, code=_NOP),
    _phuong_level("đạt 87,44%", "87,44%", 87.44, "%", code=_NOP),
    _phuong_level("đạt 99,87%", "99,87%", 99.87, "%", code=_DH),
    F("(93,48%)", "93,48%", 93.48, "%", subject="Phường Tân Thành", level="xã", code=_NOP),
    F("(79,18%)", "79,18%", 79.18, "%", subject="phường Phú Trung", level="xã", code=_NOP),
    # Markdown table of the 11 phường, "Cộng" row (= cấp phường)
    *_row_212("Phường Hiệp Tân", "812", "87,19", "100", "| 2 | Phường Hòa Thạnh"),
    *_row_212("Phường Hòa Thạnh", "764", "85,34", "99,86", "| 3 | Phường Phú Thạnh"),
    *_row_212("Phường Phú Thạnh", "1.036", "88,03", "100", "| 4 | Phường Phú Thọ Hòa"),
    *_row_212("Phường Phú Thọ Hòa", "973", "88,49", "99,89", "| 5 | Phường Phú Trung"),
    *_row_212("Phường Phú Trung", "687", "79,18", "99,41", "| 6 | Phường Sơn Kỳ"),
    *_row_212("Phường Sơn Kỳ", "1.152", "88,63", "100", "| 7 | Phường Tân Quý"),
    *_row_212("Phường Tân Quý", "1.218", "87,68", "99,74", "| 8 | Phường Tân Sơn Nhì"),
    *_row_212("Phường Tân Sơn Nhì", "846", "86,41", "100", "| 9 | Phường Tân Thành"),
    *_row_212("Phường Tân Thành", "905", "93,48", "100", "| 10 | Phường Tân Thới Hòa"),
    *_row_212("Phường Tân Thới Hòa", "797", "86,45", "99,87", "| 11 | Phường Tây Thạnh"),
    *_row_212("Phường Tây Thạnh", "1.347", "87,75", "99,92", "| | Cộng"),
    *_row_212("cấp phường", "10.537", "87,44", "99,87", "\n3. Thanh toán"),
    # I.3 one target for both levels (dated at the year's end): cấp quận "chưa đạt", cấp phường "đạt"
    _quan_level("tương ứng là 68,42%", "68,42%", 68.42, "%", code=_TT, target=70, stated_status="chưa đạt"),
    _phuong_level("68,42% và 74,15%", "74,15%", 74.15, "%", code=_TT, target=70, stated_status="đạt"),
    F("năm 2025 là 70%", "70%", 70, "%", T, subject=ANY, level=ANY, as_of="2025-12-31", code=_TT),
    _quan("quận đạt 97,36%", "97,36%", 97.36, "%", code=_SH),
    _quan("(tháng 4/2025: 95,08%)", "95,08%", 95.08, "%", PR, as_of=_APR_212, code=_SH),
    _quan("điện tử đạt 95,82%", "95,82%", 95.82, "%", code=_KQ),
    # I.4 ("1022" names the city's system)
    _quan("tiếp nhận 23 phản ánh", "23", 23, "PAKN", C, code=_PAKN_TN),
    _quan("xử lý 21 PAKN", "21", 21, "PAKN", C, code=_PAKN_XL),
    _quan("đạt 91,30%", "91,30%", 91.30, "%", code=_PAKN_TL),
    _quan("đạt 98,76%", "98,76%", 98.76, "%", code=_HL),
    # I.5 rank among the city's 22 district-level units; tháng 4/2025 dated 2025-04-30
    _quan("đạt 89,74 điểm", "89,74", 89.74, "điểm", code=_TONG),
    _quan("thứ 4/22", "4/22", 4, "hạng", R, max_value=22, code=_HANG),
    _quan("giảm 0,52 điểm", "0,52", -0.52, "điểm", CH, code=_TONG),
    _quan("tăng 1 bậc", "1", 1, "hạng", CH, code=_HANG),
    _quan("(90,26 điểm", "90,26", 90.26, "điểm", PR, as_of=_APR_212, code=_TONG),
    _quan("thứ 5/22)", "5/22", 5, "hạng", PR, max_value=22, as_of=_APR_212, code=_HANG),
    F("phường đạt 86,35 điểm", "86,35", 86.35, "điểm", subject=ANY, level="xã", code=_TONG),
    F("có 08/11 phường", "08/11", 8, "phường", C, max_value=11, subject=ANY, level="xã", code=None),
    F("Tốt, 03 phường", "03", 3, "phường", C, subject=ANY, level="xã", code=None),
    F("(92,18 điểm)", "92,18", 92.18, "điểm", subject="phường Tân Thành", level="xã", code=_TONG),
    F("(81,47 điểm)", "81,47", 81.47, "điểm", subject="phường Sơn Kỳ", level="xã", code=_TONG),
    # II.3 the level's target by the end of June 2025 ("số 70A Thoại Ngọc Hầu" is an address, 028.3861.2046 a
    # phone number)
    _quan_level("tối thiểu 70%", "70%", 70, "%", T, as_of="2025-06-30", code=_TT),
]

# ------------------------------------------------------------ 213: Văn phòng UBND tỉnh An Giang, tháng 3 năm 2025
_FEB_213 = "2025-02-28"


def _body(subject: str, level: str, context: str, raw: str, value: float, unit: str, kind: str = C,
          **kw) -> Fact:
    """A figure of one dash-list item about the body it names."""
    return F(context, raw, value, unit, kind, subject=subject, level=level, **kw)


_SNN = "Sở Nông nghiệp và Môi trường"
_SXD = "Sở Xây dựng"
_STC = "Sở Tài chính"
_SYT = "Sở Y tế"
_SNV = "Sở Nội vụ"
_CM = "UBND huyện Chợ Mới"
_LX = "UBND thành phố Long Xuyên"
_CP = "UBND huyện Châu Phú"
_TB = "UBND thị xã Tịnh Biên"
_TTN = "UBND huyện Tri Tôn"

BLIND_213 = [
    # 1. ("tính đến ngày 31/3/2025" is the period end; tháng 02/2025 dated 2025-02-28)
    F("tiếp nhận 86.412", "86.412", 86412, "hồ sơ", C, code=_TN),
    F("trực tuyến 52.318", "52.318", 52318, "hồ sơ", C, code=_NOP),
    F("chiếm 60,54%", "60,54%", 60.54, "%", code=_NOP),
    F("giải quyết 83.957", "83.957", 83957, "hồ sơ", C, code=ANY),
    F("có 1.295", "1.295", 1295, "hồ sơ", C, code=_QH),
    F("chiếm 1,54%", "1,54%", 1.54, "%", code=_QH),
    F("2025: 1,21%)", "1,21%", 1.21, "%", PR, as_of=_FEB_213, code=_QH),
    F("tăng 174", "174", 174, "hồ sơ", CH, code=_QH),
    F("(1.121 hồ sơ)", "1.121", 1121, "hồ sơ", PR, as_of=_FEB_213, code=_QH),
    F("chỉ đạt 98,46%", "98,46%", 98.46, "%", code=_DH),
    F("còn 417", "417", 417, "hồ sơ", C, code=ANY),
    F("Có 05/17", "05/17", 5, "đơn vị", C, max_value=17, subject=ANY, level="tỉnh", code=None),
    F("và 08/11", "08/11", 8, "huyện", C, max_value=11, subject=ANY, level="huyện", code=None),
    # 2.
    F("tiếp nhận 142 PAKN", "142", 142, "PAKN", C, code=_PAKN_TN),
    F("xử lý 118 PAKN", "118", 118, "PAKN", C, code=_PAKN_XL),
    F("đạt 83,10%", "83,10%", 83.10, "%", code=_PAKN_TL),
    F("bình quân 11,4", "11,4", 11.4, "ngày", code="pakn.thoi_gian"),
    F("còn 24 PAKN", "24", 24, "PAKN", C, code=_PAKN_QH),
    F("(cấp tỉnh 09 PAKN", "09", 9, "PAKN", C, subject="cấp tỉnh", level="tỉnh", code=_PAKN_QH),
    F("cấp huyện 15 PAKN", "15", 15, "PAKN", C, subject="cấp huyện", level="huyện", code=_PAKN_QH),
    F("chỉ đạt 76,25%", "76,25%", 76.25, "%", code=ANY),
    # 3. a) cấp tỉnh and its dash list
    F("Cấp tỉnh: 496", "496", 496, "hồ sơ", C, subject="cấp tỉnh", level="tỉnh", code=_QH),
    F("chiếm 38,30%", "38,30%", 38.30, "%", subject="cấp tỉnh", level="tỉnh", code=ANY),
    _body(_SNN, "tỉnh", "Môi trường: 386", "386", 386, "hồ sơ", code=_QH),
    _body(_SNN, "tỉnh", "chiếm 29,81%", "29,81%", 29.81, "%", P, code=ANY),
    _body(_SNN, "tỉnh", "; 06 PAKN", "06", 6, "PAKN", code=_PAKN_QH),
    _body(_SXD, "tỉnh", "Xây dựng: 72", "72", 72, "hồ sơ", code=_QH),
    _body(_SXD, "tỉnh", "(tháng 02/2025: 58 hồ sơ)", "58", 58, "hồ sơ", PR, as_of=_FEB_213, code=_QH),
    _body(_SXD, "tỉnh", "58 hồ sơ); 02 PAKN", "02", 2, "PAKN", code=_PAKN_QH),
    _body(_STC, "tỉnh", "Tài chính: 18", "18", 18, "hồ sơ", code=_QH),
    _body(_STC, "tỉnh", "chiếm 0,64%", "0,64%", 0.64, "%", P, code=_QH),
    _body(_SYT, "tỉnh", "Y tế: 11", "11", 11, "hồ sơ", code=_QH),
    _body(_SYT, "tỉnh", "(tháng 02/2025: 15 hồ sơ)", "15", 15, "hồ sơ", PR, as_of=_FEB_213, code=_QH),
    _body(_SNV, "tỉnh", "Nội vụ: 09", "09", 9, "hồ sơ", code=_QH),
    _body(_SNV, "tỉnh", "09 hồ sơ quá hạn; 01 PAKN", "01", 1, "PAKN", code=_PAKN_QH),
    # 3. b) cấp huyện and its dash list
    F("Cấp huyện: 799", "799", 799, "hồ sơ", C, subject="cấp huyện", level="huyện", code=_QH),
    _body(_CM, "huyện", "Chợ Mới: 214", "214", 214, "hồ sơ", code=_QH),
    _body(_CM, "huyện", "(tháng 02/2025: 187 hồ sơ)", "187", 187, "hồ sơ", PR, as_of=_FEB_213, code=_QH),
    _body(_CM, "huyện", "chiếm 4,86%", "4,86%", 4.86, "%", P, code=_QH),
    _body(_CM, "huyện", "; 05 PAKN", "05", 5, "PAKN", code=_PAKN_QH),
    _body(_LX, "huyện", "Long Xuyên: 176", "176", 176, "hồ sơ", code=_QH),
    _body(_LX, "huyện", "(tháng 02/2025: 131 hồ sơ)", "131", 131, "hồ sơ", PR, as_of=_FEB_213, code=_QH),
    _body(_LX, "huyện", "; 04 PAKN", "04", 4, "PAKN", code=_PAKN_QH),
    _body(_CP, "huyện", "Châu Phú: 139", "139", 139, "hồ sơ", code=_QH),
    _body(_CP, "huyện", "chiếm 3,71%", "3,71%", 3.71, "%", P, code=_QH),
    _body(_CP, "huyện", "giải quyết; 02 PAKN", "02", 2, "PAKN", code=_PAKN_QH),
    _body(_TB, "huyện", "Tịnh Biên: 97", "97", 97, "hồ sơ", code=_QH),
    _body(_TB, "huyện", "; 03 PAKN", "03", 3, "PAKN", code=_PAKN_QH),
    _body(_TTN, "huyện", "Tri Tôn: 68", "68", 68, "hồ sơ", code=_QH),
    _body(_TTN, "huyện", "chiếm 2,12%", "2,12%", 2.12, "%", P, code=_QH),
    F("Tân Châu: 105", "105", 105, "hồ sơ", C, subject=ANY, level="huyện", code=_QH),
    F("105 hồ sơ quá hạn; 01 PAKN", "01", 1, "PAKN", C, subject=ANY, level="huyện", code=_PAKN_QH),
    # the index (tháng 02/2025 dated 2025-02-28)
    F("đạt 82,64/100", "82,64/100", 82.64, "điểm", max_value=100, code=_TONG),
    F("thứ 33/63", "33/63", 33, "hạng", R, max_value=63, code=_HANG),
    F("giảm 3 bậc", "3", -3, "hạng", CH, code=_HANG),
    F("(xếp thứ 30/63)", "30/63", 30, "hạng", PR, max_value=63, as_of=_FEB_213, code=_HANG),
    F("đạt 17,86/20", "17,86/20", 17.86, "điểm", max_value=20, code="766.tien_do"),
    F("giảm 0,42 điểm", "0,42", -0.42, "điểm", CH, code="766.tien_do"),
    # 4. d) the province's target for quý II năm 2025 (0296.3852.176 is a phone number)
    F("trên 99%", "99%", 99, "%", T, as_of="2025-06-30", code=_DH),
]

# ------------------------------------------------------------ 214: UBND phường Thành Sen (Hà Tĩnh), tháng 11/2025
_TS = "UBND phường Thành Sen"
_OCT_214 = "2025-10-31"
_Y2025 = "2025-12-31"


def _ward(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the ward itself (subject the ward's UBND, level xã)."""
    return F(context, raw, value, unit, kind, subject=_TS, level="xã", **kw)


def _field(received_ctx: str, received: str, online_ctx: str, online: str, on_time_ctx: str,
           on_time: str) -> list[Fact]:
    """One dash-list item of a field: files received, files online, on-time share (subject ANY, level xã)."""
    return [F(received_ctx, received, _num(received), "hồ sơ", C, subject=ANY, level="xã", code=_TN),
            F(online_ctx, online, _num(online), "hồ sơ", C, subject=ANY, level="xã", code=_NOP),
            F(on_time_ctx, on_time, _num(on_time), "%", P, subject=ANY, level="xã", code=_DH)]


BLIND_214 = [
    # 1. (3418/UBND-KSTT of 09/7/2025 cited; "hai cấp" is a word)
    _ward("giải quyết 356 TTHC", "356", 356, "TTHC", C, code=_TTHC),
    _ward("có 271 TTHC", "271", 271, "TTHC", C, code=_TOAN),
    _ward("và 61 TTHC", "61", 61, "TTHC", C, code=_MOT),
    # 2. tháng 10/2025 dated 2025-10-31
    _ward("tiếp nhận 3.486", "3.486", 3486, "hồ sơ", C, code=_TN),
    _ward("(tháng 10/2025: 3.152 hồ sơ)", "3.152", 3152, "hồ sơ", PR, as_of=_OCT_214, code=_TN),
    _ward("tăng 10,60%", "10,60%", 10.60, "%", CH, code=ANY),
    _ward("là 2.917 hồ sơ", "2.917", 2917, "hồ sơ", C, code=_NOP),
    _ward("chiếm 83,68%", "83,68%", 83.68, "%", code=_NOP),
    _ward("là 412 hồ sơ", "412", 412, "hồ sơ", C, code=ANY),
    _ward("giải quyết 3.318", "3.318", 3318, "hồ sơ", C, code=ANY),
    _ward("trước hạn 2.104", "2.104", 2104, "hồ sơ", C, code=ANY),
    _ward("đúng hạn 1.197", "1.197", 1197, "hồ sơ", C, code=ANY),
    _ward("quá hạn 17", "17", 17, "hồ sơ", C, code=_QH),
    F("đất đai 12 hồ sơ", "12", 12, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    F("hộ tịch 05 hồ sơ", "05", 5, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    _ward("đạt 99,49%", "99,49%", 99.49, "%", code=_DH),
    _ward("là 2,4 ngày", "2,4", 2.4, "ngày", code=_TIME),
    # dash list by field
    *_field("tiếp nhận 1.426", "1.426", "trực tuyến 1.302", "1.302", "1.302 hồ sơ; đúng hạn 100%", "100%"),
    *_field("tiếp nhận 687", "687", "trực tuyến 629", "629", "đúng hạn 99,27%", "99,27%"),
    *_field("tiếp nhận 394", "394", "trực tuyến 247", "247", "đúng hạn 96,88%", "96,88%"),
    *_field("tiếp nhận 216", "216", "trực tuyến 158", "158", "158 hồ sơ; đúng hạn 100%", "100%"),
    *_field("tiếp nhận 763", "763", "trực tuyến 581", "581", "581 hồ sơ; đúng hạn 100%", "100%"),
    _ward("chính 1.108", "1.108", 1108, "trường hợp", C, code=_CT),
    _ward("chiếm 77,70%", "77,70%", 77.70, "%", code=_CT),
    # 3. the ward's 2025 target (dated at the year's end), "đã đạt chỉ tiêu"; "mức độ 2" is no figure
    _ward("đạt 72,36%", "72,36%", 72.36, "%", code=_TT, target=70, stated_status="đạt"),
    _ward("tăng 4,91%", "4,91%", 4.91, "%", CH, code=_TT),
    _ward("năm 2025 là 70%", "70%", 70, "%", T, as_of=_Y2025, code=_TT),
    _ward("tương ứng là 96,83%", "96,83%", 96.83, "%", code=_SH),
    _ward("96,83%, 98,15%", "98,15%", 98.15, "%", code=_KQ),
    _ward("và 52,47%", "52,47%", 52.47, "%", code=_TSD),
    _ward("mới 1.138", "1.138", 1138, "tài khoản", C, code=_TK),
    _ward("lên 41.726", "41.726", 41726, "tài khoản", C, code=_TK),
    _ward("đạt 89,52%", "89,52%", 89.52, "%", code=_TK),
    # 4.
    _ward("tiếp nhận 09 PAKN", "09", 9, "PAKN", C, code=_PAKN_TN),
    _ward("xử lý 08 PAKN", "08", 8, "PAKN", C, code=_PAKN_XL),
    _ward("01 PAKN đang", "01", 1, "PAKN", C, code=ANY),
    _ward("đạt 98,94%", "98,94%", 98.94, "%", code=_HL),
    # 5. rank among the province's 69 xã, phường; tháng 10/2025 dated 2025-10-31
    _ward("đạt 87,15/100", "87,15/100", 87.15, "điểm", max_value=100, code=_TONG),
    _ward("thứ 7/69", "7/69", 7, "hạng", R, max_value=69, code=_HANG),
    _ward("tăng 0,84 điểm", "0,84", 0.84, "điểm", CH, code=_TONG),
    _ward("tăng 5 bậc", "5", 5, "hạng", CH, code=_HANG),
    _ward("(86,31 điểm", "86,31", 86.31, "điểm", PR, max_value=100, as_of=_OCT_214, code=_TONG),
    _ward("thứ 12/69)", "12/69", 12, "hạng", PR, max_value=69, as_of=_OCT_214, code=_HANG),
    _ward("minh bạch 17,20/18", "17,20/18", 17.20, "điểm", max_value=18, code="766.cong_khai"),
    _ward("giải quyết 19,64/20", "19,64/20", 19.64, "điểm", max_value=20, code="766.tien_do"),
    _ward("trực tuyến 10,05/12", "10,05/12", 10.05, "điểm", max_value=12, code="766.dvctt"),
    _ward("trực tuyến 7,38/10", "7,38/10", 7.38, "điểm", max_value=10, code="766.thanh_toan"),
    _ward("hài lòng 17,52/18", "17,52/18", 17.52, "điểm", max_value=18, code="766.hai_long"),
    _ward("hồ sơ 15,36/22", "15,36/22", 15.36, "điểm", max_value=22, code="766.so_hoa"),
    F("tỉnh là 82,40 điểm", "82,40", 82.40, "điểm", subject=ANY, level="xã", code=_TONG),
    # 6. the ward's target for 2025 (0239.3855.268 is a phone number)
    _ward("tối thiểu 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TSD),
]

BLIND = {"210": BLIND_210, "211": BLIND_211, "212": BLIND_212, "213": BLIND_213, "214": BLIND_214}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "210": [
        ("2024-10-25", "day", "25/10/2024", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "UBND huyện Lương Sơn, UBND huyện Kim Bôi"),
        ("2024-12-31", "year", "năm 2024", "tỷ lệ hồ sơ thanh toán trực tuyến", "Sở Tài chính"),
        ("2024-11-15", "day", "ngày 15 tháng 11 năm 2024", "nâng cấp Hệ thống thông tin giải quyết TTHC",
         "Sở Thông tin và Truyền thông"),
        ("2024-12-31", "month", "tháng 12/2024", "số hóa kết quả giải quyết TTHC lĩnh vực đất đai",
         "Sở Tài nguyên và Môi trường"),
        ("2024-12-31", "quarter", "quý IV năm 2024", "kiểm tra công tác kiểm soát TTHC", "Văn phòng UBND tỉnh"),
        # issued 08/10/2024: the first "ngày 15 hằng tháng" is 15/10/2024
        ("2024-10-15", "recurring", "15 hằng tháng", "báo cáo kết quả thực hiện Bộ chỉ số",
         "Các sở, ban, ngành, UBND các huyện, thành phố"),
    ],
    "211": [
        ("2024-10-18", "day", "18/10/2024", "giải quyết dứt điểm các hồ sơ lý lịch tư pháp quá hạn",
         "Phòng Hành chính tư pháp"),
        ("2024-11-30", "month", "tháng 11/2024", "cập nhật dữ liệu hộ tịch lịch sử",
         "Phòng Hộ tịch, quốc tịch, chứng thực"),
        ("2024-12-31", "quarter", "quý IV năm 2024", "thanh toán phí công chứng trực tuyến", "Phòng Bổ trợ tư pháp"),
        ("2024-12-31", "year", "năm 2024", "tỷ lệ khai thác, sử dụng lại thông tin", "Văn phòng Sở"),
        # issued 03/10/2024: the first "ngày 12 hằng tháng" is 12/10/2024
        ("2024-10-12", "recurring", "12 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các phòng, đơn vị thuộc Sở"),
    ],
    "212": [
        ("2025-06-16", "day", "16/6/2025", "giải quyết dứt điểm các hồ sơ xây dựng quá hạn",
         "Phòng Quản lý đô thị"),
        ("2025-06-20", "day", "ngày 20 tháng 6 năm 2025", "nâng cao tỷ lệ hồ sơ trực tuyến",
         "UBND phường Phú Trung, UBND phường Sơn Kỳ"),
        ("2025-06-30", "month", "tháng 6/2025", "thanh toán trực tuyến phí, lệ phí", "Phòng Tài chính - Kế hoạch"),
        ("2025-06-30", "quarter", "quý II năm 2025", "bàn giao hồ sơ, dữ liệu TTHC",
         "Văn phòng HĐND và UBND quận"),
    ],
    "213": [
        ("2025-04-20", "day", "20/4/2025", "giải quyết dứt điểm các hồ sơ quá hạn",
         "Sở Nông nghiệp và Môi trường, UBND huyện Chợ Mới, UBND thành phố Long Xuyên"),
        ("2025-04-25", "day", "ngày 25 tháng 4 năm 2025", "trả lời người phản ánh",
         "Các cơ quan, đơn vị có PAKN quá hạn"),
        ("2025-04-30", "month", "tháng 4/2025", "đồng bộ trạng thái hồ sơ", "Sở Khoa học và Công nghệ"),
        ("2025-06-30", "quarter", "quý II năm 2025", "tỷ lệ giải quyết hồ sơ đúng hạn",
         "Trung tâm Phục vụ hành chính công tỉnh"),
        # issued 07/4/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/5/2025
        ("2025-05-05", "recurring", "05 hằng tháng", "báo cáo tình hình khắc phục hồ sơ quá hạn",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
    ],
    "214": [
        ("2025-12-12", "day", "12/12/2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("2025-12-31", "year", "năm 2025", "tỷ lệ khai thác, sử dụng lại thông tin",
         "Trung tâm Phục vụ hành chính công phường"),
        ("2025-12-31", "month", "tháng 12/2025", "kích hoạt tài khoản định danh điện tử", "Phòng Văn hóa - Xã hội"),
        ("2025-12-26", "day", "ngày 26 tháng 12 năm 2025", "báo cáo tổng kết công tác cải cách hành chính",
         "Văn phòng HĐND và UBND phường"),
        ("2026-03-31", "quarter", "quý I năm 2026", "đơn giản hóa quy trình nội bộ",
         "Phòng Kinh tế, Hạ tầng và Đô thị"),
        # issued 03/12/2025: the first "ngày 18 hằng tháng" is 18/12/2025
        ("2025-12-18", "recurring", "18 hằng tháng", "tổng hợp số liệu, báo cáo UBND tỉnh",
         "Trung tâm Phục vụ hành chính công phường"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 210's issuer is UBND tỉnh Hòa Bình, period the nine months in its title (stated 01/01–30/9/2024); 211's issuer
# is Sở Tư pháp under "UBND TỈNH HẢI DƯƠNG"; 212's issuer is UBND quận Tân Phú (the city named in "Kính gửi"),
# period the month in its title; 213's issuer is the Văn phòng under "UBND TỈNH AN GIANG", a Công văn whose
# period is the month in its "V/v" line; 214's issuer is a post-merger ward (province named in "Kính gửi").
META = {
    "210": {"doc_number": "368/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2024-10-08",
            "province": "Hòa Bình", "period_label": "9 tháng năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-09-30", "signer": "Đinh Văn Thắng"},
    "211": {"doc_number": "1186/BC-STP", "doc_type": "Báo cáo", "issued_date": "2024-10-03",
            "province": "Hải Dương", "period_label": "quý III năm 2024", "period_start": "2024-07-01",
            "period_end": "2024-09-30", "signer": "Vũ Thị Thu Hường"},
    "212": {"doc_number": "286/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-06-05",
            "province": "Hồ Chí Minh", "period_label": "tháng 5 năm 2025", "period_start": "2025-05-01",
            "period_end": "2025-05-31", "signer": "Phạm Minh Tuấn"},
    "213": {"doc_number": "1127/VPUBND-KSTT", "doc_type": "Công văn", "issued_date": "2025-04-07",
            "province": "An Giang", "period_label": "tháng 3 năm 2025", "period_start": "2025-03-01",
            "period_end": "2025-03-31", "signer": "Nguyễn Thanh Phong"},
    "214": {"doc_number": "97/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-12-03",
            "province": "Hà Tĩnh", "period_label": "tháng 11 năm 2025", "period_start": "2025-11-01",
            "period_end": "2025-11-30", "signer": "Trần Đình Quang"},
}
