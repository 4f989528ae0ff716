"""Blind golden facts for corpus/blind74/445_vinh_phuc.txt, 446_hoa_binh.txt, 447_khanh_hoa.txt, 448_bac_giang.txt
and 449_binh_phuoc.txt.

The five documents were written by the developers for a seventy-fourth blind measurement (issuers, provinces,
wording and layouts not used in the sets the writer could read; not real documents), and every row below was
written by reading them, before any extraction, restoration or pipeline code was run on them. They also serve as
held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind13.py … blind16.py: rows use `golden.facts.Fact` (context string
that occurs once in the document + the figure as written inside it). Prose and list counts are kind `count`;
table cells are kind `value` even when they count, with `extra={"source": "table"}`; `as_of="period"` is the
period's end; a table column or list item dated before the period end keeps its kind with that date as `as_of`;
a change is dated at the period end (a fall "rút ngắn" negative); `ANY` leaves a field unchecked where the
sentence names no catalogued indicator. "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the
unit `PAKN`; every "đã giải quyết" count has its code unchecked; a relative change of a count ("tăng 9,3% so với
quý II năm 2024") has its code unchecked. Dates, document numbers, cited contracts, circulars, plans, letters and
decisions ("Hợp đồng số 26/2024/HĐ-VPC", "Công văn số 2315/UBND-KSTT", "Kế hoạch số 184/KH-CAT-PV01", "Thông tư
số 29/2016/TT-BCA", "Quyết định số 766/QĐ-TTg", "Kế hoạch số 1126/KH-UBND", "Quyết định số 1518/QĐ-UBND", "Kế
hoạch số 86/KH-UBND", "Thông tư số 01/2020/TT-VPCP", "Kế hoạch số 18/KH-UBND", "Báo cáo số 12/BC-UBND" in the
annex's heading), cut-off dates ("Lũy kế đến ngày 31/3/2025", "tính đến ngày 30/6/2024", "so với ngày
31/12/2023"), section numbering ("I.", "1.", "a)"), the STT column, phone numbers ("0211.3721.888",
"0218.3852.447", "0258.3822.469"), times ("7 giờ 30", "17 giờ", "19 giờ 45"), a radio frequency ("FM 94,3
MHz"), names with numbers ("Đề án 06"), a street address ("số 70 đường Lê Thánh Tôn"), the month labels of a
list ("Tháng 7/2024"), the column letters and numbers of an annex table ("A", "B", "(1)", "(2)", "(3) = (1) +
(2)", "(4) = (1)/(3)") and the formula in a row label ("(3) = (2)/(1)"), headings naming the next period ("III.
KẾ HOẠCH QUÝ II NĂM 2025", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ IV NĂM 2024", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024",
"III. NHIỆM VỤ QUÝ IV NĂM 2024", "II. NHIỆM VỤ NĂM 2025": no deadlines), "6 tháng" (a period), "quý IV năm
2024" in "chuyển sang quý IV năm 2024" and years ("từ năm 2015 đến năm 2020") are not figures.

New in this set (issuers that are not administrative bodies or are parts of one):
- 445 is a Công văn of Viễn thông Vĩnh Phúc (VNPT; header "TẬP ĐOÀN BƯU CHÍNH VIỄN THÔNG VIỆT NAM / VIỄN THÔNG
  VĨNH PHÚC", "V/v" line naming quý I năm 2025), issued 07/4/2025, to UBND tỉnh. The unit's own figures
  (certificates issued, SmartCA subscribers, support requests) are in sentences naming it in full: subject
  "Viễn thông Vĩnh Phúc" (a proper name holding a place, kept whole). Its level is left ANY: it is a provincial
  branch of a state corporation, not a tier of government, and an analyst could file it under `tỉnh` or under no
  level. Figures of "toàn tỉnh" and of the provincial TTHC information system ("Hệ thống đang cung cấp …",
  "Hệ thống tiếp nhận …", "Hệ thống gián đoạn 02 lần") are the province's (subject NULL). Counts take the noun
  counted as their unit ("chứng thư số", "thuê bao", "yêu cầu", "lần", "phút", "giờ"); code unchecked where no
  catalogued indicator is named. "tăng 214 chứng thư số so với quý IV năm 2024 (1.072 chứng thư số)": a change
  and a previous value dated 2024-12-31; "(quý IV năm 2024: 36,85%)" likewise, "tăng 4,42%" the change of the
  payment share. "bằng 68,98% kế hoạch năm 2025 (60.000 thuê bao)": the plan is a target in subscribers dated
  2025-12-31 (and again in task 4, where it is the plan handed to the Trung tâm Kinh doanh: subject ANY). "so
  với chỉ tiêu năm 2025 của tỉnh là 50% thì chưa đạt chỉ tiêu": the province's target dated 2025-12-31; 41,27%
  carries it with status "chưa đạt". Its Markdown table lists "Các cơ quan cấp tỉnh" (subject ANY, level tỉnh)
  and the nine district-level units (subject as written, "Thành phố Vĩnh Yên", "Huyện Tam Đảo", level huyện;
  new certificates, new SmartCA subscribers, support requests, share handled; one "100" cell) and a "Tổng cộng"
  row with an empty STT cell whose figures repeat the unit's prose figures: subject and level ANY (the unit's
  totals or the province's, both readings hold). "04 yêu cầu" is Huyện Sông Lô's. Five deadlines: day, month,
  day in words ("chậm nhất"), year ("trong năm 2025"), "trước ngày 25 hằng tháng" (issued 07/4/2025: first
  25/4/2025).
- 446 is a quarterly Báo cáo of the Phòng Quản lý xuất nhập cảnh of Công an tỉnh Hòa Bình (header "CÔNG AN TỈNH
  HÒA BÌNH / PHÒNG QUẢN LÝ XUẤT NHẬP CẢNH", "Số: 96/BC-PA08"), quý III năm 2024 (stated as 01/7–30/9/2024),
  to its Ban Giám đốc. The Phòng's own figures ("Phòng tiếp nhận …", and sentences naming no body) have subject
  "Phòng Quản lý xuất nhập cảnh" (named by its kind), level tỉnh. "Trên địa bàn tỉnh có 164/171 cơ sở lưu trú
  …, đạt 95,91%" is the province's (subject NULL; unit "cơ sở"). "Công an tỉnh Hòa Bình đạt 87,42 điểm, xếp
  thứ 18/63 Công an các tỉnh, thành phố, tăng 2,15 điểm và tăng 5 bậc so với tháng 6/2024 (85,27 điểm, xếp thứ
  23/63)": named in full (subject as written, level tỉnh), 766 score without max and rank among 63 police
  forces, previous values dated 2024-06-30. "tăng 9,3% so với quý II năm 2024 (5.124 hồ sơ)": a relative change
  (code unchecked) and a previous value dated 2024-06-30; "(cấp mới 4.716 hồ sơ, cấp lại 885 hồ sơ)" bare parts
  (code unchecked). "chỉ tiêu Bộ Công an giao cho đơn vị năm 2024 là 80%, đến nay đã đạt chỉ tiêu": the Phòng's
  target dated 2024-12-31; 83,59% carries it with status "đạt". The months of the quarter are a dash list "-
  Tháng 7/2024: tiếp nhận … hồ sơ, nộp trực tuyến … hồ sơ (x%), thanh toán lệ phí trực tuyến … hồ sơ;" (figures
  dated at each month's end, September's at the period end; the paid count carries the payment code).
  "4.449/4.682 hồ sơ" is one count (max 4682) with the payment code, "889.800.000 đồng" a sum (unit `đồng`).
  "3.926 hộ chiếu" counts passports (unit "hộ chiếu"). "rút ngắn 0,7 ngày" is the fall of the processing time.
  "06/06 PAKN" one count (max 6). The target "của Phòng đạt trên 85% trong quý IV năm 2024" is the Phòng's,
  dated 2024-12-31; "07 cơ sở lưu trú" in a task is a count (subject ANY). Five deadlines: quarter (with the
  target), day, month, "trước ngày 18 hằng tháng" (issued 03/10/2024: first 18/10/2024; the assignee "Đội Tham
  mưu tổng hợp" is followed by the verb "tổng hợp"), "chậm nhất" day in words.
- 447 is a half-year Báo cáo of the Đài Phát thanh và Truyền hình tỉnh Khánh Hòa (header "UBND TỈNH KHÁNH HÒA /
  ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH"), 6 tháng đầu năm 2024. The Đài's own figures ("Đài đã sản xuất …", "của Đài")
  have subject "Đài Phát thanh và Truyền hình tỉnh" (named by its kind), level tỉnh. Counts of news take the
  first unit word ("780 tin, bài" → unit "tin"), programmes "chương trình", air time "phút", audience "lượt",
  followers "người". "tăng 162 tin, bài so với cùng kỳ năm 2023 (618 tin, bài)": a change and a previous value
  dated 2023-06-30; "quý I có 348 tin, bài" is dated 2024-03-31, "quý II có 432 tin, bài" the period end.
  "đạt 52% kế hoạch năm 2024 (1.500 tin, bài)" and "bằng 60% kế hoạch năm (4.000 phút)": plans as targets
  dated 2024-12-31. The figures of each channel ("a) Kênh truyền hình KTV: 186 tin, bài; …") and of each topic
  (dash list) are not about a body: subject ANY, level tỉnh (as golden/blind15.py's fields of a Sở); the
  channels' followers ("Trang Fanpage KTV", "Kênh YouTube KTV") likewise. "09/09 huyện, thị xã, thành phố" is
  a count of district-level units (unit `huyện`, max 9, level huyện). The province's figures quoted by the Đài
  (online and payment shares, `83,57/100`, rank `20/63`, "tăng 3 bậc so với quý I năm 2024 (xếp thứ 23/63)"
  dated 2024-03-31) have subject NULL. The PAKN of the Đài's programme "Dân hỏi - Chính quyền trả lời" are not
  the province's PAKN on administrative rules: codes unchecked, subject ANY (the programme or the Đài). The
  Đài's own service files (advertising registrations: received, online, cashless) carry no TTHC code (code
  unchecked). "tăng 18.240 người so với ngày 31/12/2023" is a change of followers. No Markdown or
  tab-separated table. Five deadlines: quarter, day, month, "chậm nhất" day in words, "trước ngày 22 hằng
  tháng" (issued 05/7/2024: first 22/7/2024).
- 448 is a Báo cáo of the Trường Chính trị tỉnh Bắc Giang (header "UBND TỈNH BẮC GIANG / TRƯỜNG CHÍNH TRỊ"), 9
  tháng đầu năm 2024, on courses in digital skills and online public services for officials. The sentence
  naming the school in full ("Trường Chính trị tỉnh Bắc Giang đã tổ chức 58 lớp …") keeps that name as subject;
  its other figures ("Nhà trường", "Trường", no body named) have subject "Trường Chính trị tỉnh" (named by its
  kind), level tỉnh. Units: "lớp", "học viên", "giảng viên", "giấy chứng nhận", "máy". "đạt 82,86% kế hoạch năm
  2024 (70 lớp)": the plan (70 classes) is a target dated 2024-12-31. "1.400/1.455 học viên" is one count (max
  1455); "tỷ lệ 96,22% (chỉ tiêu Kế hoạch năm 2024 là 95%, đạt chỉ tiêu)": target dated 2024-12-31, status
  "đạt". Grades "giỏi 312 học viên (chiếm 21,44%), khá … (54,02%), trung bình … (20,76%)" are counts and their
  shares (code unchecked). "tại 10 huyện, thị xã, thành phố" counts district-level units (unit `huyện`, level
  huyện). Its tab-separated table lists the ten district-level units where classes were held (subject as
  written, "Thành phố Bắc Giang", "Thị xã Việt Yên", "Huyện Sơn Động", level huyện; classes, trainees, trainees
  passed, pass rate) with a "Tổng cộng" row with an empty STT cell (its figures repeat the school's prose
  figures: subject and level ANY, the school's totals or the districts' sum). Best and worst units repeat
  their pass rate in brackets. "tăng 1 lớp so với cùng kỳ năm 2023" is a change (unit "lớp"). Five deadlines:
  day, month (for the Phòng that leads, not the districts it works with), "chậm nhất" day in words, quarter,
  "trước ngày 20 hằng tháng" (issued 04/10/2024: first 20/10/2024).
- 449 is an annual Báo cáo of UBND tỉnh Bình Phước to the Văn phòng Chính phủ, năm 2024, issued 10/01/2025,
  whose figures are mostly in a "PHỤ LỤC" after the signature: three Markdown tables. Bảng 1 has a row of
  column letters and numbers ("A | B | (1) | (2) | (3) = (1) + (2) | (4) = (1)/(3)", no figures) and rows by
  level ("Cấp tỉnh" → subject "cấp tỉnh", level tỉnh; …) with a "Toàn tỉnh" row with an empty STT cell
  (subject NULL): files received online (online code), directly or by post (code unchecked), in total, online
  share. Bảng 2 gives the online share by level in columns "Quý I" … "Quý IV" (dated at each quarter's end,
  Quý IV at the period end) and "Cả năm" (period end); its "Cả năm" column and the "Toàn tỉnh" rows repeat
  Bảng 1 and the prose. Bảng 3's rows are indicators of the province with a unit column "Đơn vị tính" ("Hồ sơ"
  → `hồ sơ`, "%") and the same quarter columns plus "Năm 2024": files with fees (code unchecked), files paid
  online and their share (payment code), digitisation and electronic-result shares. The short prose body:
  `1.836 TTHC`, toàn trình `1.124 TTHC`, "(năm 2023: 48,72%), tăng 15,14% so với năm 2023" (previous dated
  2023-12-31 and the share's change), the 2024 targets 60% ("đã đạt chỉ tiêu") and 45% ("chưa đạt chỉ
  tiêu"), "trước hạn và đúng hạn 328.516 hồ sơ, đạt 98,99%" (on-time code), PAKN, `82,47/100`, rank `31/63`,
  "tăng 9 bậc so với năm 2023 (xếp thứ 40/63)". The target "toàn tỉnh đạt tối thiểu 50% trong quý II năm
  2025" in the task of Sở Tài chính is the province's (subject NULL), dated 2025-06-30. Five deadlines: day for
  two named districts, "chậm nhất" day in words, month, quarter (with the target), "trước ngày 18 hằng tháng"
  (issued 10/01/2025: first 18/01/2025).
"""

from __future__ import annotations

from golden.facts import (
    _DH,
    _HL,
    _KQ,
    _NOP,
    _QH,
    _SH,
    _TN,
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


def _cells(subject: object, level: object, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject, level=level,
              as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


# ------------------------------------------------------------ 445: Viễn thông Vĩnh Phúc, quý I năm 2025
_VNPT = "Viễn thông Vĩnh Phúc"
# certificates counted in `chứng thư` (first run: `chứng thư số`): the convention of golden/blind3.py and blind37.py
_Q4_2024 = "2024-12-31"
_Y2025 = "2025-12-31"


def _vnpt(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the VNPT unit itself (subject as named; level unchecked: not a tier of government)."""
    kw.setdefault("code", ANY)
    return F(context, raw, value, unit, kind, subject=_VNPT, level=ANY, **kw)


def _row_445(subject: object, level: object, certs: str, smartca: str, requests: str, handled: str,
             after: str) -> list[Fact]:
    """One Markdown row: new certificates, new SmartCA subscribers, support requests, share handled."""
    cells = [(certs, "chứng thư", P, ANY, "period"), (smartca, "thuê bao", P, ANY, "period"),
             (requests, "yêu cầu", P, ANY, "period"), (handled, "%", P, ANY, "period")]
    return _cells(subject, level, cells, after, " | ", " |\n")


BLIND_445 = [
    # I.1 (26/2024/HĐ-VPC of 18/12/2024 and 2315/UBND-KSTT of 27/3/2025 cited); quý IV năm 2024 dated 2024-12-31
    _vnpt("cấp mới 1.286", "1.286", 1286, "chứng thư", C),
    _vnpt("tăng 214 chứng", "214", 214, "chứng thư", CH),
    _vnpt("(1.072 chứng", "1.072", 1072, "chứng thư", PR, as_of=_Q4_2024),
    _vnpt("gia hạn 642", "642", 642, "chứng thư", C),
    _vnpt("thu hồi 37", "37", 37, "chứng thư", C),
    # "Lũy kế đến ngày 31/3/2025" is the period end; "toàn tỉnh" = the province
    F("toàn tỉnh có 17.954", "17.954", 17954, "chứng thư", C, code=ANY),
    F("cá nhân 16.318", "16.318", 16318, "chứng thư", C, code=ANY),
    F("tổ chức 1.636", "1.636", 1636, "chứng thư", C, code=ANY),
    # I.2 SmartCA; the 2025 plan is a target
    _vnpt("mới 8.742 thuê bao", "8.742", 8742, "thuê bao", C),
    _vnpt("(người dân 7.915", "7.915", 7915, "thuê bao", C),
    _vnpt("doanh nghiệp 827", "827", 827, "thuê bao", C),
    _vnpt("lên 41.386", "41.386", 41386, "thuê bao", C),
    _vnpt("bằng 68,98%", "68,98%", 68.98, "%"),
    _vnpt("(60.000 thuê bao)", "60.000", 60000, "thuê bao", T, as_of=_Y2025),
    # I.3 the provincial TTHC information system (the province's figures)
    F("cung cấp 1.874 TTHC", "1.874", 1874, "TTHC", C, code=ANY),
    F("trong đó 1.092 TTHC", "1.092", 1092, "TTHC", C, code=_TOAN),
    F("và 518 TTHC", "518", 518, "TTHC", C, code=_MOT),
    F("tiếp nhận 126.483", "126.483", 126483, "hồ sơ", C, code=_TN),
    F("trực tuyến 94.712", "94.712", 94712, "hồ sơ", C, code=_NOP),
    F("chiếm 74,88%", "74,88%", 74.88, "%", code=_NOP),
    F("Hệ thống đạt 41,27%", "41,27%", 41.27, "%", code=_TT, target=50, stated_status="chưa đạt"),
    F("(quý IV năm 2024: 36,85%)", "36,85%", 36.85, "%", PR, as_of=_Q4_2024, code=_TT),
    F("tăng 4,42%", "4,42%", 4.42, "%", CH, code=_TT),
    F("tỉnh là 50%", "50%", 50, "%", T, as_of=_Y2025, code=_TT),
    F("gián đoạn 02 lần", "02", 2, "lần", C, code=ANY),
    F("thời gian 47 phút", "47", 47, "phút", C, code=ANY),
    F("đạt 99,96%", "99,96%", 99.96, "%", code=ANY),
    # I.4 support requests, bare channel parts in brackets (0211.3721.888, "7 giờ 30", "17 giờ" are no figures)
    _vnpt("tiếp nhận 3.416", "3.416", 3416, "yêu cầu", C),
    _vnpt("tổng đài 1.928", "1.928", 1928, "yêu cầu", C),
    _vnpt("Zalo 1.061", "1.061", 1061, "yêu cầu", C),
    _vnpt("Một cửa 427", "427", 427, "yêu cầu", C),
    _vnpt("xong 3.389", "3.389", 3389, "yêu cầu", C),
    _vnpt("đạt 99,21%", "99,21%", 99.21, "%"),
    _vnpt("trung bình 2,4", "2,4", 2.4, "giờ"),
    # Markdown table by area; "Tổng cộng" row = the unit's prose figures (subject, level ANY)
    *_row_445(ANY, "tỉnh", "312", "684", "528", "99,62", "| 2 | Thành phố Vĩnh Yên"),
    *_row_445("Thành phố Vĩnh Yên", "huyện", "146", "1.512", "486", "99,38", "| 3 | Thành phố Phúc Yên"),
    *_row_445("Thành phố Phúc Yên", "huyện", "98", "936", "342", "99,42", "| 4 | Huyện Bình Xuyên"),
    *_row_445("Huyện Bình Xuyên", "huyện", "112", "1.048", "371", "99,19", "| 5 | Huyện Lập Thạch"),
    *_row_445("Huyện Lập Thạch", "huyện", "121", "712", "318", "98,74", "| 6 | Huyện Sông Lô"),
    *_row_445("Huyện Sông Lô", "huyện", "87", "503", "236", "98,31", "| 7 | Huyện Tam Dương"),
    *_row_445("Huyện Tam Dương", "huyện", "94", "731", "297", "99,33", "| 8 | Huyện Tam Đảo"),
    *_row_445("Huyện Tam Đảo", "huyện", "68", "418", "184", "100", "| 9 | Huyện Vĩnh Tường"),
    *_row_445("Huyện Vĩnh Tường", "huyện", "139", "1.236", "352", "99,15", "| 10 | Huyện Yên Lạc"),
    *_row_445("Huyện Yên Lạc", "huyện", "109", "962", "302", "98,68", "| | Tổng cộng"),
    *_row_445(ANY, ANY, "1.286", "8.742", "3.416", "99,21", "\nHuyện Sông Lô có"),
    F("do 04 yêu cầu", "04", 4, "yêu cầu", C, subject="Huyện Sông Lô", level="huyện", code=ANY),
    # III.4 the subscriber plan handed to the Trung tâm Kinh doanh
    F("kế hoạch 60.000 thuê bao", "60.000", 60000, "thuê bao", T, subject=ANY, level=ANY, as_of=_Y2025,
      code=ANY),
]

# ------------------------------------------------------------ 446: Phòng QLXNC Công an tỉnh Hòa Bình, quý III/2024
_XNC = "Phòng Quản lý xuất nhập cảnh"
_Q2_2024 = "2024-06-30"
_Y2024 = "2024-12-31"
_CATHB = "Công an tỉnh Hòa Bình"


def _xnc(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Phòng itself (subject named by its kind, level tỉnh)."""
    kw.setdefault("code", ANY)
    return F(context, raw, value, unit, kind, subject=_XNC, level="tỉnh", **kw)


def _month_446(as_of: str, received: str, online: str, share: str, paid: str) -> list[Fact]:
    """One dash-list month: files received, filed online, online share, fees paid online."""
    return [
        _xnc(f"tiếp nhận {received} hồ sơ, nộp", received, _num(received), "hồ sơ", C, as_of=as_of, code=_TN),
        _xnc(f"trực tuyến {online} hồ sơ (", online, _num(online), "hồ sơ", C, as_of=as_of, code=_NOP),
        _xnc(f"({share}%)", f"{share}%", _num(share), "%", as_of=as_of, code=_NOP),
        _xnc(f"tuyến {paid} hồ sơ", paid, _num(paid), "hồ sơ", C, as_of=as_of, code=_TT),
    ]


BLIND_446 = [
    # I.1 (184/KH-CAT-PV01 of 05/02/2024 and 29/2016/TT-BCA of 06/7/2016 cited; 01/7–30/9/2024 is the period)
    _xnc("thực hiện 12 TTHC", "12", 12, "TTHC", C, code=_TTHC),
    _xnc("trong đó 07 TTHC", "07", 7, "TTHC", C, code=_TOAN),
    _xnc("và 05 TTHC", "05", 5, "TTHC", C, code=_MOT),
    # I.2 a) quý II năm 2024 dated 2024-06-30; the Phòng's 2024 target
    _xnc("tiếp nhận 5.601", "5.601", 5601, "hồ sơ", C, code=_TN),
    _xnc("cấp mới 4.716", "4.716", 4716, "hồ sơ", C),
    _xnc("cấp lại 885", "885", 885, "hồ sơ", C),
    _xnc("tăng 9,3%", "9,3%", 9.3, "%", CH),
    _xnc("(5.124 hồ sơ)", "5.124", 5124, "hồ sơ", PR, as_of=_Q2_2024, code=_TN),
    _xnc("trực tuyến là 4.682", "4.682", 4682, "hồ sơ", C, code=_NOP),
    _xnc("chiếm 83,59%", "83,59%", 83.59, "%", code=_NOP, target=80, stated_status="đạt"),
    _xnc("2024: 78,42%)", "78,42%", 78.42, "%", PR, as_of=_Q2_2024, code=_NOP),
    _xnc("năm 2024 là 80%", "80%", 80, "%", T, as_of=_Y2024, code=_NOP),
    _xnc("Có 4.236", "4.236", 4236, "hồ sơ", C),
    _xnc("chiếm 90,47%", "90,47%", 90.47, "%"),
    # b) the months as a dash list (July and August dated at their ends, September at the period end)
    *_month_446("2024-07-31", "1.846", "1.512", "81,91", "1.428"),
    *_month_446("2024-08-31", "2.031", "1.702", "83,80", "1.619"),
    *_month_446("period", "1.724", "1.468", "85,15", "1.402"),
    # c) d)
    _xnc("giải quyết 5.418", "5.418", 5418, "hồ sơ", C),
    _xnc("100% trả kết quả", "100%", 100, "%", code=_DH),
    _xnc("; 183 hồ sơ", "183", 183, "hồ sơ", C),
    _xnc("là 3.926", "3.926", 3926, "hộ chiếu", C),
    _xnc("chiếm 72,46%", "72,46%", 72.46, "%"),
    _xnc("trung bình 5,6", "5,6", 5.6, "ngày", code=_TIME),
    _xnc("rút ngắn 0,7", "0,7", -0.7, "ngày", CH, code=_TIME),
    _xnc("tổ chức 14 đợt", "14", 14, "đợt", C),
    _xnc("tiếp nhận 412", "412", 412, "hồ sơ", C),
    # I.3
    _xnc("Có 4.449/4.682", "4.449/4.682", 4449, "hồ sơ", C, max_value=4682, code=_TT),
    _xnc("đạt 95,02%", "95,02%", 95.02, "%", code=_TT),
    _xnc("là 889.800.000", "889.800.000", 889800000, "đồng", C),
    _xnc("TTHC đạt 100%", "100%", 100, "%", code=_SH),
    # I.4 the establishments on the province's territory have subject NULL
    _xnc("Giải quyết 146", "146", 146, "hồ sơ", C),
    _xnc("trong đó 118", "118", 118, "hồ sơ", C),
    _xnc("xử lý 03 trường hợp", "03", 3, "trường hợp", C),
    _xnc("tiền 15.000.000", "15.000.000", 15000000, "đồng", C),
    _xnc("Tiếp nhận 2.318", "2.318", 2318, "lượt", C),
    _xnc("chiếm 97,15%", "97,15%", 97.15, "%"),
    _xnc("tổng số 2.386", "2.386", 2386, "lượt", C),
    F("có 164/171", "164/171", 164, "cơ sở", C, max_value=171, code=ANY),
    F("đạt 95,91%", "95,91%", 95.91, "%", code=ANY),
    # I.5 (0218.3852.447 is a phone number)
    _xnc("tiếp nhận 06 phản ánh", "06", 6, "PAKN", C, code=_PAKN_TN),
    _xnc("giải quyết 06/06", "06/06", 6, "PAKN", C, max_value=6, code=_PAKN_XL),
    _xnc("đạt 98,86%", "98,86%", 98.86, "%", code=_HL),
    # I.6 Công an tỉnh named in full; tháng 6/2024 dated 2024-06-30
    F("đạt 87,42 điểm", "87,42", 87.42, "điểm", subject=_CATHB, level="tỉnh", code=_TONG),
    F("thứ 18/63", "18/63", 18, "hạng", R, max_value=63, subject=_CATHB, level="tỉnh", code=_HANG),
    F("tăng 2,15 điểm", "2,15", 2.15, "điểm", CH, subject=_CATHB, level="tỉnh", code=_TONG),
    F("tăng 5 bậc", "5", 5, "hạng", CH, subject=_CATHB, level="tỉnh", code=_HANG),
    F("(85,27 điểm", "85,27", 85.27, "điểm", PR, subject=_CATHB, level="tỉnh", as_of=_Q2_2024, code=_TONG),
    F("thứ 23/63)", "23/63", 23, "hạng", PR, max_value=63, subject=_CATHB, level="tỉnh", as_of=_Q2_2024,
      code=_HANG),
    # II. the Phòng's target in quý IV năm 2024; a count in a task
    _xnc("trên 85%", "85%", 85, "%", T, as_of=_Y2024, code=_NOP),
    F("rà soát 07 cơ sở", "07", 7, "cơ sở", C, subject=ANY, level=ANY, code=ANY),
]

# ------------------------------------------------------------ 447: Đài PT-TH tỉnh Khánh Hòa, 6 tháng đầu năm 2024
# first run: "Đài Phát thanh và Truyền hình tỉnh"; set 49's golden (blind49.py, the same kind of issuer) names the
# station "Đài Phát thanh và Truyền hình": one convention for both
_DAI = "Đài Phát thanh và Truyền hình"
_H1_2023 = "2023-06-30"


def _dai(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Đài itself (subject named by its kind, level tỉnh)."""
    kw.setdefault("code", ANY)
    return F(context, raw, value, unit, kind, subject=_DAI, level="tỉnh", **kw)


def _part(context: str, raw: str, value: float, unit: str, kind: str = C) -> Fact:
    """A figure of one channel or topic of the Đài (not a body: subject ANY, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=ANY, level="tỉnh", code=ANY)


BLIND_447 = [
    # I.1 (1126/KH-UBND of 29/01/2024 cited; "FM 94,3 MHz" and "tối thứ Năm" are no figures)
    _dai("đăng tải 780", "780", 780, "tin", C),
    _dai("tăng 162 tin", "162", 162, "tin", CH),
    _dai("(618 tin", "618", 618, "tin", PR, as_of=_H1_2023),
    _dai("quý I có 348", "348", 348, "tin", C, as_of="2024-03-31"),
    _dai("quý II có 432", "432", 432, "tin", C),
    _dai("đạt 52%", "52%", 52, "%"),
    _dai("(1.500 tin", "1.500", 1500, "tin", T, as_of=_Y2024),
    _dai("sản xuất 80", "80", 80, "chương trình", C),
    _dai("trong đó 26", "26", 26, "chương trình", C),
    F("của 09/09", "09/09", 9, "huyện", C, max_value=9, subject=ANY, level="huyện", code=None),
    _dai("là 2.400", "2.400", 2400, "phút", C),
    _dai("bằng 60%", "60%", 60, "%"),
    _dai("(4.000 phút)", "4.000", 4000, "phút", T, as_of=_Y2024),
    _dai("là 4.670.280", "4.670.280", 4670280, "lượt", C),
    _dai("xã hội 2.915.630", "2.915.630", 2915630, "lượt", C),
    _dai("chiếm 62,43%", "62,43%", 62.43, "%"),
    # I.2 by channel ("19 giờ 45" is a time)
    _part("KTV: 186", "186", 186, "tin"),
    _part("(trong đó 42", "42", 42, "tin"),
    _part("; 24 chương", "24", 24, "chương trình"),
    _part("thời lượng 1.420", "1.420", 1420, "phút"),
    _part("; 1.268.400", "1.268.400", 1268400, "lượt"),
    _part("KTR: 142", "142", 142, "tin"),
    _part("; 26 chương", "26", 26, "chương trình"),
    _part("thời lượng 980", "980", 980, "phút"),
    _part("(ktv.org.vn): 214", "214", 214, "tin"),
    _part("; 12 chương", "12", 12, "chương trình"),
    _part("; 486.250", "486.250", 486250, "lượt"),
    _part("TikTok): 238", "238", 238, "tin"),
    _part("; 18 chương", "18", 18, "chương trình"),
    _part("phóng sự; 2.915.630", "2.915.630", 2915630, "lượt"),
    _part("có 168.300", "168.300", 168300, "người"),
    _dai("Có 47 tin", "47", 47, "tin", C),
    # I.3 by topic ("Đề án 06" is a name); the province's figures quoted (quý I năm 2024 dated 2024-03-31)
    _part("Một cửa: 214", "214", 214, "tin"),
    _part("thanh toán trực tuyến: 267", "267", 267, "tin"),
    _part("Đề án 06: 203", "203", 203, "tin"),
    _part("hài lòng: 96", "96", 96, "tin"),
    F("toàn tỉnh đạt 51,28%", "51,28%", 51.28, "%", code=_NOP),
    F("đạt 38,16%", "38,16%", 38.16, "%", code=_TT),
    F("đạt 83,57/100", "83,57/100", 83.57, "điểm", max_value=100, code=_TONG),
    F("thứ 20/63", "20/63", 20, "hạng", R, max_value=63, code=_HANG),
    F("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    F("(xếp thứ 23/63)", "23/63", 23, "hạng", PR, max_value=63, as_of="2024-03-31", code=_HANG),
    # I.4 the programme's PAKN (subject ANY)
    F("tiếp nhận 58", "58", 58, "PAKN", C, subject=ANY, level="tỉnh", code=ANY),
    F("chuyển 58/58", "58/58", 58, "PAKN", C, max_value=58, subject=ANY, level="tỉnh", code=ANY),
    F("lời 51 PAKN", "51", 51, "PAKN", C, subject=ANY, level="tỉnh", code=ANY),
    F("đạt 87,93%", "87,93%", 87.93, "%", subject=ANY, level="tỉnh", code=ANY),
    F("còn 07 PAKN", "07", 7, "PAKN", C, subject=ANY, level="tỉnh", code=ANY),
    # I.5 the Đài's own service files (no TTHC code)
    _dai("tiếp nhận 1.284", "1.284", 1284, "hồ sơ", C),
    _dai("trong đó 1.096", "1.096", 1096, "hồ sơ", C),
    _dai("chiếm 85,36%", "85,36%", 85.36, "%"),
    _dai("mặt 1.217", "1.217", 1217, "hồ sơ", C),
    _dai("đạt 94,78%", "94,78%", 94.78, "%"),
    _dai("đạt 98,72%", "98,72%", 98.72, "%"),
    _dai("tuyến 1.250", "1.250", 1250, "khán giả", C),
    _dai("có 92,4%", "92,4%", 92.4, "%"),
    # I.6 ("so với ngày 31/12/2023": the change is dated at the period end)
    _part("đạt 312.500", "312.500", 312500, "người"),
    _part("tăng 18.240", "18.240", 18240, "người", CH),
    _dai("xuất 34 video", "34", 34, "video clip", C),
    _dai("cử 16", "16", 16, "phóng viên", C),
    # II. (0258.3822.469 is a phone number, "số 70 đường Lê Thánh Tôn" an address)
]

# ------------------------------------------------------------ 448: Trường Chính trị tỉnh Bắc Giang, 9 tháng/2024
_TCT = "Trường Chính trị tỉnh"
_TCT_FULL = "Trường Chính trị tỉnh Bắc Giang"


def _tct(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the school itself (subject named by its kind, level tỉnh)."""
    kw.setdefault("code", ANY)
    kw.setdefault("subject", _TCT)
    return F(context, raw, value, unit, kind, level="tỉnh", **kw)


def _row_448(subject: object, level: object, classes: str, trainees: str, passed: str, rate: str,
             after: str) -> list[Fact]:
    """One tab-separated row: classes, trainees, trainees passed, pass rate. STT is no figure."""
    cells = [(classes, "lớp", P, ANY, "period"), (trainees, "học viên", P, ANY, "period"),
             (passed, "học viên", P, ANY, "period"), (rate, "%", P, ANY, "period")]
    return _cells(subject, level, cells, after, "\t", "\n")


BLIND_448 = [
    # I.1 the sentence names the school in full (1518/QĐ-UBND of 22/12/2023 and 86/KH-UBND of 08/3/2024 cited)
    _tct("tổ chức 58 lớp", "58", 58, "lớp", C, subject=_TCT_FULL),
    _tct("với 4.126", "4.126", 4126, "học viên", C, subject=_TCT_FULL),
    _tct("đạt 82,86%", "82,86%", 82.86, "%", subject=_TCT_FULL),
    _tct("(70 lớp)", "70", 70, "lớp", T, subject=_TCT_FULL, as_of=_Y2024),
    _tct("trong đó 12 lớp", "12", 12, "lớp", C, subject=_TCT_FULL),
    _tct("(1.036", "1.036", 1036, "học viên", C, subject=_TCT_FULL),
    _tct("và 46 lớp", "46", 46, "lớp", C, subject=_TCT_FULL),
    _tct("(3.090", "3.090", 3090, "học viên", C, subject=_TCT_FULL),
    # I.2 a)
    _tct("mở 23 lớp", "23", 23, "lớp", C),
    _tct("cho 1.455", "1.455", 1455, "học viên", C),
    F("tại 10 huyện", "10", 10, "huyện", C, subject=ANY, level="huyện", code=None),
    _tct("có 1.400/1.455", "1.400/1.455", 1400, "học viên", C, max_value=1455),
    _tct("tỷ lệ 96,22%", "96,22%", 96.22, "%", target=95, stated_status="đạt"),
    _tct("là 95%", "95%", 95, "%", T, as_of=_Y2024),
    _tct("giỏi 312", "312", 312, "học viên", C),
    _tct("(chiếm 21,44%)", "21,44%", 21.44, "%"),
    _tct("khá 786", "786", 786, "học viên", C),
    _tct("(54,02%)", "54,02%", 54.02, "%"),
    _tct("bình 302", "302", 302, "học viên", C),
    _tct("(20,76%)", "20,76%", 20.76, "%"),
    # tab-separated table of the ten district-level units; "Tổng cộng" row = the school's totals (ANY)
    *_row_448("Thành phố Bắc Giang", "huyện", "3", "186", "182", "97,85", "2\tThị xã Việt Yên"),
    *_row_448("Thị xã Việt Yên", "huyện", "2", "142", "138", "97,18", "3\tHuyện Yên Dũng"),
    *_row_448("Huyện Yên Dũng", "huyện", "2", "118", "113", "95,76", "4\tHuyện Hiệp Hòa"),
    *_row_448("Huyện Hiệp Hòa", "huyện", "3", "176", "171", "97,16", "5\tHuyện Lạng Giang"),
    *_row_448("Huyện Lạng Giang", "huyện", "2", "154", "149", "96,75", "6\tHuyện Tân Yên"),
    *_row_448("Huyện Tân Yên", "huyện", "2", "147", "144", "97,96", "7\tHuyện Yên Thế"),
    *_row_448("Huyện Yên Thế", "huyện", "2", "112", "106", "94,64", "8\tHuyện Lục Nam"),
    *_row_448("Huyện Lục Nam", "huyện", "2", "158", "151", "95,57", "9\tHuyện Lục Ngạn"),
    *_row_448("Huyện Lục Ngạn", "huyện", "3", "164", "155", "94,51", "10\tHuyện Sơn Động"),
    *_row_448("Huyện Sơn Động", "huyện", "2", "98", "91", "92,86", "\tTổng cộng"),
    *_row_448(ANY, ANY, "23", "1.455", "1.400", "96,22", "\nHuyện Tân Yên có"),
    F("cao nhất (97,96%)", "97,96%", 97.96, "%", subject="Huyện Tân Yên", level="huyện", code=ANY),
    F("thấp nhất (92,86%)", "92,86%", 92.86, "%", subject="huyện Sơn Động", level="huyện", code=ANY),
    # b) c)
    _tct("học, 1.128", "1.128", 1128, "học viên", C),
    _tct("chiếm 77,53%", "77,53%", 77.53, "%"),
    _tct("sát, 94,7%", "94,7%", 94.7, "%"),
    _tct("mở 04 lớp", "04", 4, "lớp", C),
    _tct("cho 268", "268", 268, "học viên", C),
    _tct("tăng 1 lớp", "1", 1, "lớp", CH),
    # I.3
    _tct("có 42 giảng viên", "42", 42, "giảng viên", C),
    _tct("trong đó 38", "38", 38, "giảng viên", C),
    _tct("chiếm 90,48%", "90,48%", 90.48, "%"),
    _tct("hóa 100%", "100%", 100, "%"),
    _tct("cấp 2.986", "2.986", 2986, "giấy chứng nhận", C),
    _tct("đạt 99,15%", "99,15%", 99.15, "%"),
    # II.
    _tct("có 35 máy", "35", 35, "máy", C),
]

# ------------------------------------------------------------ 449: UBND tỉnh Bình Phước, năm 2024
_Y2023 = "2023-12-31"
_QUARTERS = ("2024-03-31", "2024-06-30", "2024-09-30", "period", "period")
_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_HUYEN = {"subject": "cấp huyện", "level": "huyện"}
_XA = {"subject": "cấp xã", "level": "xã"}
_ALL = {"subject": None, "level": None}


def _row_449_1(who: dict, online: str, direct: str, total: str, share: str, after: str) -> list[Fact]:
    """One row of Bảng 1: files received online, directly or by post, in total, online share."""
    cells = [(online, "hồ sơ", P, _NOP, "period"), (direct, "hồ sơ", P, ANY, "period"),
             (total, "hồ sơ", P, _TN, "period"), (share, "%", P, _NOP, "period")]
    return _cells(who["subject"], who["level"], cells, after, " | ", " |\n")


def _row_449_q(who: dict, unit: str, code: object, raws: list[str], after: str) -> list[Fact]:
    """One row of Bảng 2 or 3: the four quarters (each dated at its end, Quý IV at the period end) and the year."""
    cells = [(raw, unit, P, code, as_of) for raw, as_of in zip(raws, _QUARTERS, strict=True)]
    return _cells(who["subject"], who["level"], cells, after, " | ", " |\n")


BLIND_449 = [
    # I. prose body (01/2020/TT-VPCP of 21/10/2020 and 18/KH-UBND of 16/01/2024 cited); năm 2023 dated 2023-12-31
    F("là 1.836 TTHC", "1.836", 1836, "TTHC", C, code=_TTHC),
    F("trong đó 1.124", "1.124", 1124, "TTHC", C, code=_TOAN),
    F("tiếp nhận 339.239", "339.239", 339239, "hồ sơ", C, code=_TN),
    F("trong đó 216.635", "216.635", 216635, "hồ sơ", C, code=_NOP),
    F("đạt 63,86%", "63,86%", 63.86, "%", code=_NOP, target=60, stated_status="đạt"),
    F("(năm 2023: 48,72%)", "48,72%", 48.72, "%", PR, as_of=_Y2023, code=_NOP),
    F("tăng 15,14%", "15,14%", 15.14, "%", CH, code=_NOP),
    F("là 60%", "60%", 60, "%", T, as_of=_Y2024, code=_NOP),
    F("giải quyết 331.874", "331.874", 331874, "hồ sơ", C, code=ANY),
    F("đúng hạn 328.516", "328.516", 328516, "hồ sơ", C, code=_DH),
    F("đạt 98,99%", "98,99%", 98.99, "%", code=_DH),
    F("quá hạn 3.358", "3.358", 3358, "hồ sơ", C, code=_QH),
    F("cả năm đạt 42,98%", "42,98%", 42.98, "%", code=_TT, target=45, stated_status="chưa đạt"),
    F("(45%)", "45%", 45, "%", T, as_of=_Y2024, code=_TT),
    F("TTHC đạt 79,72%", "79,72%", 79.72, "%", code=_SH),
    F("tiếp nhận 64", "64", 64, "PAKN", C, code=_PAKN_TN),
    F("xử lý 61", "61", 61, "PAKN", C, code=_PAKN_XL),
    F("đạt 95,31%", "95,31%", 95.31, "%", code=_PAKN_TL),
    F("đạt 82,47/100", "82,47/100", 82.47, "điểm", max_value=100, code=_TONG),
    F("thứ 31/63", "31/63", 31, "hạng", R, max_value=63, code=_HANG),
    F("tăng 9 bậc", "9", 9, "hạng", CH, code=_HANG),
    F("(xếp thứ 40/63)", "40/63", 40, "hạng", PR, max_value=63, as_of=_Y2023, code=_HANG),
    # II.4 the province's target in quý II năm 2025
    F("tối thiểu 50%", "50%", 50, "%", T, as_of="2025-06-30", code=_TT),
    # Phụ lục, Bảng 1 (the row "A | B | (1) | (2) | (3) = (1) + (2) | (4) = (1)/(3)" holds no figures)
    *_row_449_1(_TINH, "78.412", "9.236", "87.648", "89,46", "| 2 | Cấp huyện | 41.905"),
    *_row_449_1(_HUYEN, "41.905", "28.617", "70.522", "59,42", "| 3 | Cấp xã | 96.318"),
    *_row_449_1(_XA, "96.318", "84.751", "181.069", "53,19", "| | Toàn tỉnh | 216.635"),
    *_row_449_1(_ALL, "216.635", "122.604", "339.239", "63,86", "\nBảng 2."),
    # Bảng 2: online share by quarter
    *_row_449_q(_TINH, "%", _NOP, ["86,12", "88,57", "90,34", "92,41", "89,46"], "| 2 | Cấp huyện | 52,38"),
    *_row_449_q(_HUYEN, "%", _NOP, ["52,38", "57,91", "61,46", "64,85", "59,42"], "| 3 | Cấp xã | 44,76"),
    *_row_449_q(_XA, "%", _NOP, ["44,76", "50,12", "56,83", "59,87", "53,19"], "| | Toàn tỉnh | 56,34"),
    *_row_449_q(_ALL, "%", _NOP, ["56,34", "61,27", "66,18", "70,42", "63,86"], "\nBảng 3."),
    # Bảng 3: indicators with a unit column (the formula "(3) = (2)/(1)" in a label is no figure)
    *_row_449_q(_ALL, "hồ sơ", ANY, ["21.436", "23.918", "25.207", "27.861", "98.422"], "| 2 |"),
    *_row_449_q(_ALL, "hồ sơ", _TT, ["7.318", "9.426", "11.352", "14.207", "42.303"], "| 3 |"),
    *_row_449_q(_ALL, "%", _TT, ["34,14", "39,41", "45,04", "50,99", "42,98"], "| 4 |"),
    *_row_449_q(_ALL, "%", _SH, ["71,26", "76,85", "82,14", "87,63", "79,72"], "| 5 |"),
    *_row_449_q(_ALL, "%", _KQ, ["80,47", "84,19", "88,36", "91,08", "86,43"], ""),
]

BLIND = {"445": BLIND_445, "446": BLIND_446, "447": BLIND_447, "448": BLIND_448, "449": BLIND_449}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "445": [
        ("2025-04-30", "day", "30/4/2025", "cấp bổ sung chứng thư số", "Phòng Khách hàng tổ chức, doanh nghiệp"),
        ("2025-05-31", "month", "tháng 5/2025", "nâng cấp hạ tầng máy chủ", "Trung tâm Điều hành thông tin"),
        ("2025-06-15", "day", "ngày 15 tháng 6 năm 2025", "tích hợp ký số SmartCA", "Phòng Kỹ thuật - Đầu tư"),
        ("2025-12-31", "year", "năm 2025", "phát triển thuê bao SmartCA", "Trung tâm Kinh doanh VNPT - Vĩnh Phúc"),
        # issued 07/4/2025: the first "ngày 25 hằng tháng" is 25/4/2025
        ("2025-04-25", "recurring", "25 hằng tháng", "tổng hợp số liệu hỗ trợ",
         "Các Trung tâm Viễn thông huyện, thành phố"),
    ],
    "446": [
        ("2024-12-31", "quarter", "quý IV năm 2024", "hướng dẫn công dân nộp hồ sơ trực tuyến",
         "Đội Quản lý xuất nhập cảnh công dân Việt Nam"),
        ("2024-10-31", "day", "31/10/2024", "khai báo tạm trú trực tuyến", "Đội Quản lý người nước ngoài"),
        ("2024-11-30", "month", "tháng 11/2024", "mở rộng trả hộ chiếu qua bưu chính", "Đội Tham mưu tổng hợp"),
        # issued 03/10/2024: the first "ngày 18 hằng tháng" is 18/10/2024
        ("2024-10-18", "recurring", "18 hằng tháng", "tổng hợp số liệu", "Đội Tham mưu tổng hợp"),
        ("2024-12-20", "day", "ngày 20 tháng 12 năm 2024", "số hóa hồ sơ xuất nhập cảnh", "Các đội nghiệp vụ"),
    ],
    "447": [
        ("2024-09-30", "quarter", "quý III năm 2024", "loạt phóng sự", "Phòng Thời sự"),
        ("2024-08-31", "day", "31/8/2024", "video hướng dẫn thanh toán trực tuyến", "Phòng Thông tin điện tử"),
        ("2024-10-31", "month", "tháng 10/2024", "nâng cấp hệ thống tiếp nhận hồ sơ", "Phòng Kỹ thuật - Công nghệ"),
        ("2024-12-20", "day", "ngày 20 tháng 12 năm 2024", "tổng kết, đánh giá công tác tuyên truyền",
         "Phòng Tổ chức - Hành chính"),
        # issued 05/7/2024: the first "ngày 22 hằng tháng" is 22/7/2024
        ("2024-07-22", "recurring", "22 hằng tháng", "báo cáo kết quả tuyên truyền", "Các phòng chuyên môn"),
    ],
    "448": [
        ("2024-10-31", "day", "31/10/2024", "tài liệu bồi dưỡng", "Khoa Nhà nước và pháp luật"),
        ("2024-11-30", "month", "tháng 11/2024", "lớp bồi dưỡng bổ sung",
         "Phòng Quản lý đào tạo và Nghiên cứu khoa học"),
        ("2024-11-15", "day", "ngày 15 tháng 11 năm 2024", "kết quả khảo sát", "Khoa Xây dựng Đảng"),
        ("2024-12-31", "quarter", "quý IV năm 2024", "phòng máy tính thực hành", "Phòng Tổ chức - Hành chính"),
        # issued 04/10/2024: the first "ngày 20 hằng tháng" is 20/10/2024
        ("2024-10-20", "recurring", "20 hằng tháng", "báo cáo tiến độ", "Các khoa, phòng"),
    ],
    "449": [
        ("2025-02-28", "day", "28/02/2025", "giải quyết dứt điểm hồ sơ quá hạn",
         "UBND huyện Bù Gia Mập, UBND huyện Bù Đốp"),
        ("2025-02-25", "day", "ngày 25 tháng 02 năm 2025", "kết nối thanh toán trực tuyến",
         "Sở Thông tin và Truyền thông"),
        ("2025-03-31", "month", "tháng 3/2025", "kiểm tra công tác số hóa hồ sơ", "Văn phòng UBND tỉnh"),
        ("2025-06-30", "quarter", "quý II năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "Sở Tài chính"),
        # issued 10/01/2025: the first "ngày 18 hằng tháng" is 18/01/2025
        ("2025-01-18", "recurring", "18 hằng tháng", "gửi báo cáo kết quả giải quyết TTHC",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 445's issuer is Viễn thông Vĩnh Phúc (VNPT), a Công văn whose period is the quarter in its "V/v" line; 446's is
# the Phòng Quản lý xuất nhập cảnh under "CÔNG AN TỈNH HÒA BÌNH" (signer's line without a rank); 447's is the Đài
# under "UBND TỈNH KHÁNH HÒA"; 448's the Trường Chính trị under "UBND TỈNH BẮC GIANG"; 449's UBND tỉnh Bình Phước,
# the signature before the annex.
META = {
    "445": {"doc_number": "418/VNPT-VPC-KHDN", "doc_type": "Công văn", "issued_date": "2025-04-07",
            "province": "Vĩnh Phúc", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Nguyễn Đức Thắng"},
    "446": {"doc_number": "96/BC-PA08", "doc_type": "Báo cáo", "issued_date": "2024-10-03",
            "province": "Hòa Bình", "period_label": "quý III năm 2024", "period_start": "2024-07-01",
            "period_end": "2024-09-30", "signer": "Bùi Văn Hải"},
    "447": {"doc_number": "187/BC-ĐPTTH", "doc_type": "Báo cáo", "issued_date": "2024-07-05",
            "province": "Khánh Hòa", "period_label": "6 tháng đầu năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-06-30", "signer": "Phan Văn Lâm"},
    "448": {"doc_number": "342/BC-TCT", "doc_type": "Báo cáo", "issued_date": "2024-10-04",
            "province": "Bắc Giang", "period_label": "9 tháng đầu năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-09-30", "signer": "Nguyễn Thị Thu Hà"},
    "449": {"doc_number": "12/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-01-10",
            "province": "Bình Phước", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Trần Văn Mi"},
}
