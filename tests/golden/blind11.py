"""Blind golden facts for corpus/blind11/137_lai_chau.txt, 138_quang_nam.txt, 139_nam_dinh.txt and 140_binh_duong.txt.

The four documents were written by the developers for an eleventh blind measurement (provinces, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by
reading them, before any extraction, restoration or pipeline code was run on them. They also serve as
held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind9.py and blind10.py: rows use `golden.facts.Fact` (context
string that occurs once in the document + the figure as written inside it). Prose and list counts are
kind `count`; table cells are kind `value` even when they count (rank cells kind `rank`, plain numbers
without max_value; signed change cells kind `change`); `as_of="period"` is the period's end; `ANY` leaves a
field unchecked where the sentence names no catalogued indicator (`None` where it clearly names none).
Table cells carry `extra={"source": "table"}`. "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến
nghị" counts the unit `PAKN`; a count of the files (or PAKN) an indicator is computed on carries that
indicator's code. A table column dated before the period end keeps its kind with that date as `as_of`; a
change is dated at the period end. Dates, document numbers, cited decisions, plans and notices ("Kế hoạch
số 3120/KH-UBND", "Thông báo số 142/TB-VP3"), section numbering ("I.", "1.", "a)", the numbered group
lines "1."–"6." of 138), the STT column, phone numbers ("0213.3876.012", "0228.3877.116"), "Tổng đài
1022", street addresses ("số 68 đường Trần Nhân Tông"), "tầng 1, tháp A", "08 giờ", "mức độ 2",
"9 tháng", "hai cấp" and years are not figures.

New in this set:
- 137 is a monthly Báo cáo of UBND tỉnh Lai Châu, tháng 10 năm 2025 (stated as 01/10–31/10/2025), after
  the two-level reform: levels cấp tỉnh and cấp xã only, rank "19/34" among the 34 provinces. Province
  figures have subject NULL. Counts by level after "cấp tỉnh và cấp xã lần lượt tiếp nhận" and shares by
  level after "tương ứng là"; "(tháng 9/2025: 28.912 hồ sơ)", "(tháng 9/2025 đạt 68,47%)" and "(80,61
  điểm, xếp thứ 23/34)" are previous values dated 2025-09-30; "tăng 1,86 điểm và tăng 4 bậc" changes;
  "tăng 3,12% so với tháng 9/2025" a change of the electronic-results share. The target "(chỉ tiêu năm
  2025 là 70% …), chưa đạt chỉ tiêu" is dated 2025-12-31 and the 58,36% carries it with status "chưa
  đạt". "lĩnh vực đất đai (274 hồ sơ) tại các xã Bình Lư, Phong Thổ, Sìn Hồ" is a count of overdue files
  of one field at three communes (subject ANY, level xã). "kích hoạt thêm 5.206 tài khoản" is done by
  Công an tỉnh with the communes (subject and level unchecked); "lũy kế toàn tỉnh có 302.145 tài khoản"
  is the province's. Its Markdown table lists the xã/phường with most files (subject as written,
  "Phường Tân Phong", "Xã Than Uyên", level xã; a "100" cell) with no total row; the sentence after it
  names the best and the worst unit with their 766 score ("phường Tân Phong", "xã Pa Ủ"). The target
  "tỷ lệ số hóa hồ sơ của cấp xã đạt tối thiểu 85%" in the task of "UBND các xã, phường" is theirs
  (like golden/blind9.py's 132), dated at the end of tháng 12/2025. Five deadlines: day, month (with the
  target), quarter, day in words, monthly recurring "vào ngày 05 hằng tháng" (issued 06/11/2025, after
  the 5th: first 05/12/2025).
- 138 is a quarterly Báo cáo of Sở Nội vụ tỉnh Quảng Nam (header "UBND TỈNH QUẢNG NAM / SỞ NỘI VỤ"),
  quý II năm 2024, about the province's 766 index and the ranking of its agencies. Total "80,36/100",
  rank "29/63", "tăng 2,11 điểm (quý I năm 2024 đạt 78,25 điểm)" and "tăng 6 bậc (quý I năm 2024 xếp
  thứ 35/63)": previous values dated 2024-03-31 (the previous total on the /100 scale). The six group
  scores are numbered lines "1."–"6." of `x/max` figures, each with its previous score "(quý I năm
  2024: 15,62 điểm)" (kind previous, max_value the group's maximum, dated 2024-03-31); "giảm 0,06 điểm"
  and "(tăng 0,67 điểm)" are changes of two groups. "Điểm bình quân khối sở, ban, ngành … 87,33 điểm
  (quý I năm 2024: 86,24 điểm)" and "Điểm bình quân cấp huyện đạt 78,95 điểm" are level averages
  (subject left ANY, level tỉnh/huyện, no max_value). Its tab-separated table lists the 19 sở, ban,
  ngành in their official order (not by rank) with "Điểm quý I/2024" (dated 2024-03-31), "Điểm quý
  II/2024" and "Xếp hạng quý II/2024" (kind rank, plain numbers; in rows 2, 11, 12 and 17 the rank equals
  the STT). "Có 05/18 đơn vị cấp huyện đạt loại Tốt" is one count (max 18, unit `đơn vị`, code None).
  Five district-level units carry their score in brackets (subject as written, "thị xã Điện Bàn").
  "08 giờ" is a time. Four deadlines: day, month, a quarterly recurring one "trước ngày 03 của tháng đầu
  quý tiếp theo" (issued 10/7/2024: first 03/10/2024), quarter.
- 139 is a nine-month Báo cáo of UBND huyện Hải Hậu (tỉnh Nam Định, named only in "Kính gửi"), 9 tháng
  đầu năm 2024 (stated as 01/01–30/9/2024; the title also names "quý IV năm 2024", the next period), in
  `I.`/`1.`/`a)` sections, before the 2025 reform. Figures under "a) Cấp huyện" have subject "cấp huyện"
  (level huyện) and those under "b) Cấp xã" subject "cấp xã" (level xã), as golden/blind4.py's 112 does
  for "cấp huyện 9.862" in a town's report; figures of the district as a whole (its plans and letters,
  PAKN received by "UBND huyện", its 766 score and rank) have subject "UBND huyện Hải Hậu", level huyện.
  "286 TTHC thuộc thẩm quyền giải quyết của cấp huyện" and "108 TTHC cấp xã" count procedures by level.
  "tăng 9,6% so với cùng kỳ năm 2023" is a relative change (code unchecked). Three communes carry their
  online share in brackets ("xã Hải Châu (41,5%)"). "chỉ tiêu UBND tỉnh giao năm 2024 là 50% (chưa đạt
  chỉ tiêu)" is a target for both levels (subject ANY, level NULL, dated 2024-12-31), held against the
  payment shares of cấp huyện and cấp xã, both "chưa đạt". "09/09 PAKN" is one count (max 9). "xếp thứ
  3/10 huyện, thành phố (quý II năm 2024 xếp thứ 5/10)": rank among the 10 district-level units, the
  previous one dated 2024-06-30. The target "của cấp xã đạt tối thiểu 50%" in the task of "UBND các xã,
  thị trấn" is theirs, dated 2024-12-31. Five deadlines: day, "chậm nhất" day in words, year (with the
  target), month, monthly recurring ("trước ngày 12 hằng tháng", issued 03/10/2024: first 12/10/2024).
- 140 is a quarterly Báo cáo of Sở Công Thương tỉnh Bình Dương (header "UBND TỈNH BÌNH DƯƠNG / SỞ CÔNG
  THƯƠNG"), quý I năm 2025, on its one-stop shop. Every figure is the Sở's (subject "Sở Công Thương",
  level tỉnh); files by field in brackets and overdue files by field have subject ANY, level tỉnh. "18
  lĩnh vực" and "03 công chức" are counts with code None. Its Markdown table compares the quarter with
  the same quarter of 2024: rows are indicators with the unit in the row label ("(hồ sơ)", "(%)"),
  "Quý I/2024" cells are dated 2024-03-31 (kind value), "Quý I/2025" cells the period end, and the signed
  "Tăng (+)/giảm (-)" cells are changes ("+6,18" of a share in `%`). "4.962" and "4.903" are written in
  the prose and in the table. "412.650.000 đồng" is a sum of money. "thấp hơn chỉ tiêu UBND tỉnh giao
  (60%)" is an undated target (period end) with no stated status. "05/05 PAKN" is one count (max 5).
  "xếp thứ 2/18 sở, ban, ngành (quý IV năm 2024: 90,47 điểm, xếp thứ 4/18)": previous values dated
  2024-12-31 (no max_value for the score: the current one states none). The target "của Sở đạt tối
  thiểu 60%" in quý II năm 2025 is dated 2025-06-30. Four deadlines: day, quarter (with the target), day
  in words, monthly recurring ("trước ngày 15 hằng tháng", issued 08/4/2025: first 15/4/2025).
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
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"


def _cells(subject: object, level: str | None, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs. A signed
    raw ("+644") is read without its plus sign."""
    facts = []
    raws = [cell[0] for cell in cells]
    for i, (raw, unit, kind, code, as_of) in enumerate(cells):
        context = sep + sep.join(raws[i:]) + end + after
        facts.append(F(context, raw, _num(raw.lstrip("+")), unit, kind, subject=subject, level=level,
                       as_of=as_of, code=code, extra=TAB))
    return facts


# ------------------------------------------------------------ 137: UBND tỉnh Lai Châu, tháng 10 năm 2025
_SEP_137 = "2025-09-30"


def _row_137(subject: str, received: str, online: str, on_time: str, digitised: str, after: str) -> list[Fact]:
    """One Markdown row of a commune or ward: files received, online share, on-time share, digitised share."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"),
             (on_time, "%", P, _DH, "period"), (digitised, "%", P, _SH, "period")]
    return _cells(subject, "xã", cells, after, " | ", " |\n")


BLIND_137 = [
    # I. (5187/VPCP-KSTT of 18/7/2025 is cited)
    F("ban hành 06 quyết định", "06", 6, "quyết định", C, code=None),
    F("mới 23 TTHC", "23", 23, "TTHC", C, code=ANY),
    F("bổ sung 41 TTHC", "41", 41, "TTHC", C, code=ANY),
    F("bãi bỏ 17 TTHC", "17", 17, "TTHC", C, code=ANY),
    F("đúng hạn đạt 100%", "100%", 100, "%", code="766.cong_khai.cong_bo_dung_han"),
    F("là 1.926 thủ tục", "1.926", 1926, "TTHC", C, code=_TTHC),
    F("gồm 1.541", "1.541", 1541, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code=_TTHC),
    F("và 385 TTHC", "385", 385, "TTHC", C, subject="cấp xã", level="xã", code=_TTHC),
    # II.1 by level after "lần lượt"; tháng 9/2025 dated 2025-09-30
    F("tiếp nhận 31.847", "31.847", 31847, "hồ sơ", C, code=_TN),
    F("2025: 28.912", "28.912", 28912, "hồ sơ", PR, as_of=_SEP_137, code=_TN),
    F("tiếp nhận 9.264", "9.264", 9264, "hồ sơ", C, subject="cấp tỉnh", level="tỉnh", code=_TN),
    F("và 22.583", "22.583", 22583, "hồ sơ", C, subject="cấp xã", level="xã", code=_TN),
    F("là 22.618", "22.618", 22618, "hồ sơ", C, code=_NOP),
    F("chiếm 71,02%", "71,02%", 71.02, "%", code=_NOP),
    F("đạt 68,47%", "68,47%", 68.47, "%", PR, as_of=_SEP_137, code=_NOP),
    # II.2 shares by level after "tương ứng là"
    F("giải quyết 30.215", "30.215", 30215, "hồ sơ", C, code=ANY),
    F("đúng hạn 29.894", "29.894", 29894, "hồ sơ", C, code=_DH),
    F("đạt 98,94%", "98,94%", 98.94, "%", code=_DH),
    F("quá hạn 321", "321", 321, "hồ sơ", C, code=_QH),
    F("chiếm 1,06%", "1,06%", 1.06, "%", code=_QH),
    F("là 99,62%", "99,62%", 99.62, "%", subject="cấp tỉnh", level="tỉnh", code=_DH),
    F("và 98,61%", "98,61%", 98.61, "%", subject="cấp xã", level="xã", code=_DH),
    F("đai (274 hồ sơ)", "274", 274, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    # III. the 2025 target (3120/KH-UBND of 21/8/2025 is cited)
    F("đạt 58,36%", "58,36%", 58.36, "%", code=_TT, target=70, stated_status="chưa đạt"),
    F("năm 2025 là 70%", "70%", 70, "%", T, as_of="2025-12-31", code=_TT),
    F("cấp tỉnh đạt 94,18%", "94,18%", 94.18, "%", subject="cấp tỉnh", level="tỉnh", code=_SH),
    F("cấp xã đạt 81,75%", "81,75%", 81.75, "%", subject="cấp xã", level="xã", code=_SH),
    F("đạt 89,40%", "89,40%", 89.4, "%", code=_KQ),
    F("tăng 3,12%", "3,12%", 3.12, "%", CH, code=_KQ),
    F("đạt 36,8%", "36,8%", 36.8, "%", code=_TSD),
    F("thêm 5.206", "5.206", 5206, "tài khoản", C, subject=ANY, level=ANY, code=_TK),
    F("có 302.145", "302.145", 302145, "tài khoản", C, code=_TK),
    # IV. at 31/10/2025 (= period end); tháng 9/2025 dated 2025-09-30
    F("đạt 82,47/100", "82,47/100", 82.47, "điểm", max_value=100, code=_TONG),
    F("thứ 19/34", "19/34", 19, "hạng", R, max_value=34, code=_HANG),
    F("tăng 1,86 điểm", "1,86", 1.86, "điểm", CH, code=_TONG),
    F("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    F("(80,61 điểm", "80,61", 80.61, "điểm", PR, max_value=100, as_of=_SEP_137, code=_TONG),
    F("thứ 23/34)", "23/34", 23, "hạng", PR, max_value=34, as_of=_SEP_137, code=_HANG),
    # Markdown table of communes and wards (no total row)
    *_row_137("Phường Tân Phong", "2.146", "88,40", "99,86", "95,12", "| 2 | Phường Đoàn Kết"),
    *_row_137("Phường Đoàn Kết", "1.873", "86,95", "99,79", "93,40", "| 3 | Xã Than Uyên"),
    *_row_137("Xã Than Uyên", "1.412", "74,36", "99,15", "86,27", "| 4 | Xã Tân Uyên"),
    *_row_137("Xã Tân Uyên", "1.238", "71,08", "98,70", "84,55", "| 5 | Xã Tam Đường"),
    *_row_137("Xã Tam Đường", "1.104", "69,57", "98,91", "80,16", "| 6 | Xã Phong Thổ"),
    *_row_137("Xã Phong Thổ", "987", "62,31", "96,42", "77,08", "| 7 | Xã Sìn Hồ"),
    *_row_137("Xã Sìn Hồ", "865", "58,03", "96,88", "72,49", "| 8 | Xã Bình Lư"),
    *_row_137("Xã Bình Lư", "842", "60,45", "95,37", "75,30", "| 9 | Xã Mường Tè"),
    *_row_137("Xã Mường Tè", "776", "55,67", "98,20", "70,62", "| 10 | Xã Nậm Nhùn"),
    *_row_137("Xã Nậm Nhùn", "693", "51,22", "100", "68,91", "\nTrong các xã"),
    F("với 94,36 điểm", "94,36", 94.36, "điểm", subject="phường Tân Phong", level="xã", code=_TONG),
    F("(61,02 điểm)", "61,02", 61.02, "điểm", subject="xã Pa Ủ", level="xã", code=_TONG),
    # V. (0213.3876.012 is a phone number)
    F("tiếp nhận 14 phản ánh", "14", 14, "PAKN", C, code=_PAKN_TN),
    F("xong 12 PAKN", "12", 12, "PAKN", C, code=_PAKN_XL),
    F(", 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    F("đạt 96,85%", "96,85%", 96.85, "%", code=_HL),
    # VII.2 the communes' and wards' target for tháng 12/2025
    F("tối thiểu 85%", "85%", 85, "%", T, subject="UBND các xã, phường", level="xã", as_of="2025-12-31",
      code=_SH),
]

# ------------------------------------------------------------ 138: Sở Nội vụ tỉnh Quảng Nam, quý II năm 2024
_Q1_138 = "2024-03-31"


def _row_138(subject: str, q1: str, q2: str, rank: str, after: str) -> list[Fact]:
    """One tab-separated row of an agency: score of quý I/2024 (dated 2024-03-31), score of quý II/2024
    and rank of quý II/2024 among the 19 agencies (a plain number: no max_value). STT is no figure."""
    cells = [(q1, "điểm", P, _TONG, _Q1_138), (q2, "điểm", P, _TONG, "period"), (rank, "hạng", R, _HANG, "period")]
    return _cells(subject, "tỉnh", cells, after, "\t", "\n")


def _group_138(label: str, score: str, maximum: int, previous: str, code: str) -> list[Fact]:
    """One numbered group line: `label: x/max điểm (quý I năm 2024: y điểm)`."""
    return [
        F(f"{label}: {score}/{maximum}", f"{score}/{maximum}", _num(score), "điểm", max_value=maximum, code=code),
        F(f"2024: {previous} điểm", previous, _num(previous), "điểm", PR, max_value=maximum, as_of=_Q1_138,
          code=code),
    ]


BLIND_138 = [
    # I. (2051/QĐ-UBND of 15/9/2023 is cited; "08 giờ ngày 01/7/2024" is a time)
    F("đạt 80,36/100", "80,36/100", 80.36, "điểm", max_value=100, code=_TONG),
    F("thứ 29/63", "29/63", 29, "hạng", R, max_value=63, code=_HANG),
    F("tăng 2,11 điểm", "2,11", 2.11, "điểm", CH, code=_TONG),
    F("đạt 78,25 điểm", "78,25", 78.25, "điểm", PR, max_value=100, as_of=_Q1_138, code=_TONG),
    F("tăng 6 bậc", "6", 6, "hạng", CH, code=_HANG),
    F("thứ 35/63", "35/63", 35, "hạng", PR, max_value=63, as_of=_Q1_138, code=_HANG),
    *_group_138("minh bạch", "16,05", 18, "15,62", "766.cong_khai"),
    *_group_138("giải quyết", "18,74", 20, "18,80", "766.tien_do"),
    *_group_138("Dịch vụ công trực tuyến", "8,12", 12, "7,45", "766.dvctt"),
    *_group_138("Thanh toán trực tuyến", "6,38", 10, "5,78", "766.thanh_toan"),
    *_group_138("hài lòng", "17,46", 18, "17,39", "766.hai_long"),
    *_group_138("Số hóa hồ sơ", "13,61", 22, "13,21", "766.so_hoa"),
    F("giảm 0,06 điểm", "0,06", -0.06, "điểm", CH, code="766.tien_do"),
    F("(tăng 0,67 điểm)", "0,67", 0.67, "điểm", CH, code="766.dvctt"),
    # II.1 the agencies' average, then the table (official order, rank column)
    F("đạt 87,33 điểm", "87,33", 87.33, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("2024: 86,24 điểm", "86,24", 86.24, "điểm", PR, subject=ANY, level="tỉnh", as_of=_Q1_138, code=_TONG),
    *_row_138("Sở Nội vụ", "88,45", "90,12", "6", "2\tSở Tư pháp"),
    *_row_138("Sở Tư pháp", "91,20", "92,48", "2", "3\tSở Kế hoạch"),
    *_row_138("Sở Kế hoạch và Đầu tư", "86,37", "88,05", "10", "4\tSở Tài chính"),
    *_row_138("Sở Tài chính", "89,62", "89,10", "7", "5\tSở Công Thương"),
    *_row_138("Sở Công Thương", "90,14", "91,37", "4", "6\tSở Nông nghiệp"),
    *_row_138("Sở Nông nghiệp và Phát triển nông thôn", "84,26", "85,93", "13", "7\tSở Giao thông"),
    *_row_138("Sở Giao thông vận tải", "87,58", "88,76", "8", "8\tSở Xây dựng"),
    *_row_138("Sở Xây dựng", "82,91", "84,15", "15", "9\tSở Tài nguyên"),
    *_row_138("Sở Tài nguyên và Môi trường", "76,43", "78,20", "19", "10\tSở Thông tin"),
    *_row_138("Sở Thông tin và Truyền thông", "92,05", "93,14", "1", "11\tSở Lao động"),
    *_row_138("Sở Lao động - Thương binh và Xã hội", "85,70", "87,51", "11", "12\tSở Văn hóa"),
    *_row_138("Sở Văn hóa, Thể thao và Du lịch", "86,88", "86,54", "12", "13\tSở Khoa học"),
    *_row_138("Sở Khoa học và Công nghệ", "89,03", "90,65", "5", "14\tSở Giáo dục"),
    *_row_138("Sở Giáo dục và Đào tạo", "87,16", "88,42", "9", "15\tSở Y tế"),
    *_row_138("Sở Y tế", "83,40", "85,07", "14", "16\tSở Ngoại vụ"),
    *_row_138("Sở Ngoại vụ", "90,86", "91,95", "3", "17\tBan Dân tộc"),
    *_row_138("Ban Dân tộc", "81,25", "82,68", "17", "18\tBan Quản lý"),
    *_row_138("Ban Quản lý các Khu kinh tế và Khu công nghiệp tỉnh", "84,92", "83,76", "16", "19\tThanh tra"),
    *_row_138("Thanh tra tỉnh", "80,37", "81,44", "18", "\n2. Khối huyện"),
    # II.2 district level
    F("đạt 78,95 điểm", "78,95", 78.95, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("Có 05/18", "05/18", 5, "đơn vị", C, max_value=18, subject="cấp huyện", level="huyện", code=None),
    F("(86,72 điểm)", "86,72", 86.72, "điểm", subject="thị xã Điện Bàn", level="huyện", code=_TONG),
    F("(85,90 điểm)", "85,90", 85.9, "điểm", subject="thành phố Hội An", level="huyện", code=_TONG),
    F("(85,14 điểm)", "85,14", 85.14, "điểm", subject="thành phố Tam Kỳ", level="huyện", code=_TONG),
    F("(68,30 điểm)", "68,30", 68.3, "điểm", subject="huyện Tây Giang", level="huyện", code=_TONG),
    F("(69,05 điểm)", "69,05", 69.05, "điểm", subject="huyện Nam Trà My", level="huyện", code=_TONG),
    F("đạt 21,7%", "21,7%", 21.7, "%", subject="cấp huyện", level="huyện", code=_TT),
    F("đạt 12,4%", "12,4%", 12.4, "%", subject="cấp xã", level="xã", code=_TT),
]

# ------------------------------------------------------------ 139: UBND huyện Hải Hậu (Nam Định), 9 tháng 2024
_HH = "UBND huyện Hải Hậu"
_HUYEN = "cấp huyện"
_XA = "cấp xã"


def _hh(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the district as a whole (subject the district's UBND, level huyện)."""
    return F(context, raw, value, unit, kind, subject=_HH, level="huyện", **kw)


def _huyen(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "a) Cấp huyện" (subject "cấp huyện", level huyện)."""
    return F(context, raw, value, unit, kind, subject=_HUYEN, level="huyện", **kw)


def _xa(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "b) Cấp xã" or about cấp xã (subject "cấp xã", level xã)."""
    return F(context, raw, value, unit, kind, subject=_XA, level="xã", **kw)


BLIND_139 = [
    # I.1 (1056/VP3 of 12/9/2024 and 27/KH-UBND of 22/01/2024 are cited)
    _hh("hành 05 kế hoạch", "05", 5, "kế hoạch", C, code=None),
    _hh("và 12 văn bản", "12", 12, "văn bản", C, code=None),
    # I.2 ("số 68 đường Trần Nhân Tông" is an address)
    _huyen("đủ 286 TTHC", "286", 286, "TTHC", C, code=_TTHC),
    _xa("niêm yết 108 TTHC", "108", 108, "TTHC", C, code=_TTHC),
    # I.3.a) cấp huyện
    _huyen("tiếp nhận 14.682", "14.682", 14682, "hồ sơ", C, code=_TN),
    _huyen("sang 312 hồ sơ", "312", 312, "hồ sơ", C, code=ANY),
    _huyen("trực tuyến 9.745", "9.745", 9745, "hồ sơ", C, code=_NOP),
    _huyen("chiếm 66,37%", "66,37%", 66.37, "%", code=_NOP),
    _huyen("giải quyết 14.405", "14.405", 14405, "hồ sơ", C, code=ANY),
    _huyen("đúng hạn 14.296", "14.296", 14296, "hồ sơ", C, code=_DH),
    _huyen("(đạt 99,24%)", "99,24%", 99.24, "%", code=_DH),
    _huyen("quá hạn 109", "109", 109, "hồ sơ", C, code=_QH),
    _huyen("giải quyết 589", "589", 589, "hồ sơ", C, code=ANY),
    # I.3.b) cấp xã; "cùng kỳ năm 2023" is only the base of a relative change
    _xa("tiếp nhận 38.517", "38.517", 38517, "hồ sơ", C, code=_TN),
    _xa("tăng 9,6%", "9,6%", 9.6, "%", CH, code=ANY),
    _xa("giải quyết 38.402", "38.402", 38402, "hồ sơ", C, code=ANY),
    _xa("đúng hạn 38.355", "38.355", 38355, "hồ sơ", C, code=_DH),
    _xa("đạt 99,88%", "99,88%", 99.88, "%", code=_DH),
    _xa("đạt 72,14%", "72,14%", 72.14, "%", code=_NOP),
    F("(41,5%)", "41,5%", 41.5, "%", subject="xã Hải Châu", level="xã", code=_NOP),
    F("(44,2%)", "44,2%", 44.2, "%", subject="xã Hải Đông", level="xã", code=_NOP),
    F("(46,8%)", "46,8%", 46.8, "%", subject="xã Hải Lý", level="xã", code=_NOP),
    # I.4 the 2024 target for both levels (dated at the period's year end)
    _huyen("đạt 46,72%", "46,72%", 46.72, "%", code=_TT, target=50, stated_status="chưa đạt"),
    _xa("đạt 39,05%", "39,05%", 39.05, "%", code=_TT, target=50, stated_status="chưa đạt"),
    F("là 50% (chưa", "50%", 50, "%", T, subject=ANY, level=None, as_of="2024-12-31", code=_TT),
    _huyen("huyện 88,15%", "88,15%", 88.15, "%", code=_SH),
    _xa("xã 79,60%", "79,60%", 79.6, "%", code=_SH),
    _huyen("đạt 92,37%", "92,37%", 92.37, "%", code=_KQ),
    _xa("cho 3.126", "3.126", 3126, "trường hợp", C, code=_CT),
    _xa("tỷ lệ 64,8%", "64,8%", 64.8, "%", code=_CT),
    # I.5 ("Trong 9 tháng" is the period; 0228.3877.116 is a phone number)
    _hh("tiếp nhận 09 PAKN", "09", 9, "PAKN", C, code=_PAKN_TN),
    _hh("lời 09/09", "09/09", 9, "PAKN", C, max_value=9, code=_PAKN_XL),
    _hh("hạn đạt 100%", "100%", 100, "%", code="766.hai_long.pakn_dung_han"),
    # I.6 quý III năm 2024 (= period end); quý II dated 2024-06-30 (142/TB-VP3 of 02/10/2024 is cited)
    _hh("đạt 87,65 điểm", "87,65", 87.65, "điểm", code=_TONG),
    _hh("thứ 3/10", "3/10", 3, "hạng", R, max_value=10, code=_HANG),
    _hh("thứ 5/10", "5/10", 5, "hạng", PR, max_value=10, as_of="2024-06-30", code=_HANG),
    # III.3 the communes' target by the end of 2024
    F("tối thiểu 50%", "50%", 50, "%", T, subject="UBND các xã, thị trấn", level="xã", as_of="2024-12-31",
      code=_TT),
]

# ------------------------------------------------------------ 140: Sở Công Thương tỉnh Bình Dương, quý I năm 2025
_SCT = "Sở Công Thương"
_Q1_2024 = "2024-03-31"
_Q4_140 = "2024-12-31"


def _so(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SCT, level="tỉnh", **kw)


def _row_140(unit: str, code: object, last_year: str, now: str, change: str, after: str) -> list[Fact]:
    """One indicator row of the comparison table: quý I/2024 (dated 2024-03-31), quý I/2025, signed change."""
    cells = [(last_year, unit, P, code, _Q1_2024), (now, unit, P, code, "period"), (change, unit, CH, code, "period")]
    return _cells(_SCT, "tỉnh", cells, after, " | ", " |\n")


BLIND_140 = [
    # I. (512/KH-UBND of 24/01/2025 and 1024/QĐ-UBND of 11/3/2025 are cited; "tầng 1, tháp A" is a place)
    _so("là 143 thủ tục", "143", 143, "TTHC", C, code=_TTHC),
    _so("thuộc 18 lĩnh vực", "18", 18, "lĩnh vực", C, code=None),
    _so("đó 118 TTHC", "118", 118, "TTHC", C, code="766.dvctt.toan_trinh"),
    _so(", 25 TTHC", "25", 25, "TTHC", C, code="766.dvctt.mot_phan"),
    _so("bố trí 03 công chức", "03", 3, "công chức", C, code=None),
    # II. fields with their files in brackets
    _so("tiếp nhận 4.962", "4.962", 4962, "hồ sơ", C, code=_TN),
    _so("sang 87 hồ sơ", "87", 87, "hồ sơ", C, code=ANY),
    F("(2.815 hồ sơ)", "2.815", 2815, "hồ sơ", C, subject=ANY, level="tỉnh", code=_TN),
    F("(764 hồ sơ)", "764", 764, "hồ sơ", C, subject=ANY, level="tỉnh", code=_TN),
    F("(512 hồ sơ)", "512", 512, "hồ sơ", C, subject=ANY, level="tỉnh", code=_TN),
    # Markdown table: indicators as rows, quý I/2024 vs quý I/2025 and the signed change
    *_row_140("hồ sơ", _TN, "4.318", "4.962", "+644", "| 2 | Hồ sơ nộp"),
    *_row_140("hồ sơ", _NOP, "3.902", "4.791", "+889", "| 3 | Tỷ lệ hồ sơ nộp"),
    *_row_140("%", _NOP, "90,37", "96,55", "+6,18", "| 4 | Hồ sơ đã giải quyết"),
    *_row_140("hồ sơ", ANY, "4.251", "4.903", "+652", "| 5 | Tỷ lệ giải quyết"),
    *_row_140("%", _DH, "99,53", "99,88", "+0,35", "| 6 | Tỷ lệ hồ sơ thanh toán"),
    *_row_140("%", _TT, "61,24", "78,06", "+16,82", "\nTrong số hồ sơ"),
    _so("có 4.897", "4.897", 4897, "hồ sơ", C, code=_DH),
    _so("; 06 hồ sơ", "06", 6, "hồ sơ", C, code=_QH),
    F("điện 04 hồ sơ", "04", 4, "hồ sơ", C, subject=ANY, level="tỉnh", code=_QH),
    F("chất 02 hồ sơ", "02", 2, "hồ sơ", C, subject=ANY, level="tỉnh", code=_QH),
    _so("còn 146 hồ sơ", "146", 146, "hồ sơ", C, code=ANY),
    # III.
    _so("đạt 98,72%", "98,72%", 98.72, "%", code=_SH),
    _so("đạt 97,15%", "97,15%", 97.15, "%", code=_KQ),
    _so("là 412.650.000", "412.650.000", 412650000, "đồng", code=ANY),
    _so("đạt 52,4%", "52,4%", 52.4, "%", code=_TSD, target=60),
    _so("giao (60%)", "60%", 60, "%", T, code=_TSD),
    # IV. ("Tổng đài 1022" is a hotline)
    _so("tiếp nhận 05", "05", 5, "PAKN", C, code=_PAKN_TN),
    _so("(03 PAKN", "03", 3, "PAKN", C, code=ANY),
    _so(", 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    _so("xong 05/05", "05/05", 5, "PAKN", C, max_value=5, code=_PAKN_XL),
    _so("đạt 99,64%", "99,64%", 99.64, "%", code=_HL),
    # V. (85/TB-VP of 03/4/2025 is cited); quý IV năm 2024 dated 2024-12-31
    _so("đạt 91,82 điểm", "91,82", 91.82, "điểm", code=_TONG),
    _so("thứ 2/18", "2/18", 2, "hạng", R, max_value=18, code=_HANG),
    _so("2024: 90,47 điểm", "90,47", 90.47, "điểm", PR, as_of=_Q4_140, code=_TONG),
    _so("thứ 4/18)", "4/18", 4, "hạng", PR, max_value=18, as_of=_Q4_140, code=_HANG),
    # VII.2 the Sở's target for quý II năm 2025
    _so("tối thiểu 60%", "60%", 60, "%", T, as_of="2025-06-30", code=_TSD),
]

BLIND = {"137": BLIND_137, "138": BLIND_138, "139": BLIND_139, "140": BLIND_140}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "137": [
        ("2025-11-20", "day", "20/11/2025", "giải quyết dứt điểm hồ sơ đất đai quá hạn",
         "UBND các xã Bình Lư, Phong Thổ, Sìn Hồ"),
        ("2025-12-31", "month", "tháng 12/2025", "số hóa hồ sơ", "UBND các xã, phường"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "khắc phục tình trạng gián đoạn đường truyền",
         "Sở Khoa học và Công nghệ"),
        ("2025-12-15", "day", "ngày 15 tháng 12 năm 2025", "kích hoạt tài khoản định danh điện tử", "Công an tỉnh"),
        # issued 06/11/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/12/2025
        ("2025-12-05", "recurring", "05 hằng tháng", "kết quả thực hiện Bộ chỉ số", "Văn phòng UBND tỉnh"),
    ],
    "138": [
        ("2024-07-31", "day", "31/7/2024", "xây dựng kế hoạch khắc phục các chỉ số đạt thấp",
         "Sở Tài nguyên và Môi trường, UBND huyện Tây Giang, UBND huyện Nam Trà My"),
        ("2024-08-31", "month", "tháng 8/2024", "nâng cấp chức năng thanh toán trực tuyến",
         "Sở Thông tin và Truyền thông"),
        # issued 10/7/2024: the first "ngày 03 của tháng đầu quý tiếp theo" is 03/10/2024
        ("2024-10-03", "recurring", "03 của tháng đầu quý", "báo cáo kết quả khắc phục các chỉ số",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
        ("2024-09-30", "quarter", "quý III năm 2024", "kiểm tra việc thực hiện Bộ chỉ số", "Sở Nội vụ"),
    ],
    "139": [
        ("2024-12-15", "day", "15/12/2024", "tham mưu ban hành Kế hoạch kiểm soát TTHC năm 2025",
         "Văn phòng HĐND và UBND huyện"),
        ("2024-10-31", "day", "ngày 31 tháng 10 năm 2024", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "Phòng Tài nguyên và Môi trường, Chi nhánh Văn phòng đăng ký đất đai huyện"),
        ("2024-12-31", "year", "năm 2024", "tỷ lệ hồ sơ thanh toán trực tuyến", "UBND các xã, thị trấn"),
        ("2024-11-30", "month", "tháng 11/2024", "kiểm tra công tác cải cách hành chính", "Phòng Nội vụ"),
        # issued 03/10/2024: the first "ngày 12 hằng tháng" is 12/10/2024
        ("2024-10-12", "recurring", "12 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các phòng, ban chuyên môn và UBND các xã, thị trấn"),
    ],
    "140": [
        ("2025-04-30", "day", "30/4/2025", "rút ngắn thời gian giải quyết TTHC lĩnh vực điện",
         "Phòng Quản lý Năng lượng"),
        ("2025-06-30", "quarter", "quý II năm 2025", "tỷ lệ khai thác, sử dụng lại thông tin", "Văn phòng Sở"),
        ("2025-05-20", "day", "ngày 20 tháng 5 năm 2025", "đề xuất phương án đơn giản hóa TTHC",
         "Phòng Quản lý Thương mại"),
        # issued 08/4/2025: the first "ngày 15 hằng tháng" is 15/4/2025
        ("2025-04-15", "recurring", "15 hằng tháng", "cập nhật tình hình giải quyết hồ sơ", "Các phòng chuyên môn"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind10.py's META).
# 137's issuer is UBND tỉnh Lai Châu after the two-level reform, period stated as 01/10–31/10/2025; 138's
# issuer is Sở Nội vụ under "UBND TỈNH QUẢNG NAM"; 139's issuer is a district (province named only in
# "Kính gửi"), its title also names the next quarter; 140's issuer is Sở Công Thương under "UBND TỈNH BÌNH
# DƯƠNG", before the 1 July 2025 merger.
META = {
    "137": {"doc_number": "431/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-11-06",
            "province": "Lai Châu", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Vàng Văn Phúc"},
    "138": {"doc_number": "1287/BC-SNV", "doc_type": "Báo cáo", "issued_date": "2024-07-10",
            "province": "Quảng Nam", "period_label": "quý II năm 2024", "period_start": "2024-04-01",
            "period_end": "2024-06-30", "signer": "Trần Thị Kim Hoa"},
    "139": {"doc_number": "318/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2024-10-03",
            "province": "Nam Định", "period_label": "9 tháng đầu năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-09-30", "signer": "Vũ Văn Thiện"},
    "140": {"doc_number": "642/BC-SCT", "doc_type": "Báo cáo", "issued_date": "2025-04-08",
            "province": "Bình Dương", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Lê Thị Thu Trang"},
}
