"""Blind golden facts for corpus/blind54/345_gia_lai.txt, 346_vinh_phuc.txt, 347_dong_nai.txt, 348_ha_noi.txt and
349_dien_bien.txt.

The five documents were written by the developers for a fifty-fourth blind measurement (issuers, wording and
layouts not used in the earlier sets the writer read; not real documents), and every row below was written by
reading them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out
text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind16.py and blind15.py: rows use `golden.facts.Fact` (context string
that occurs once in the document + the figure as written inside it). Prose and list counts are kind `count`;
table cells are kind `value` with `extra={"source": "table"}`; `as_of="period"` is the period's end; `ANY`
leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly names none).
"thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; every "đã giải quyết" count
has its code unchecked; a count of the files an indicator is computed on carries that indicator's code, and so
does a change of that count. A change is dated at the period end; a rise is positive, a fall ("giảm", "rút
ngắn") negative; a relative change of a count ("tăng 8,7% so với cùng kỳ năm 2023") has its code unchecked. A
count of local units takes the unit of its first unit word ("131/135 xã, phường" → `xã`). Dates, document
numbers, cited laws, decrees, circulars, plans, directives, submissions and decisions ("Luật Việc làm năm 2013",
"Nghị định số 28/2015/NĐ-CP", "Thông tư số 46/2018/TT-BYT", "Kế hoạch số 112-KH/TĐTN-PT", "Chỉ thị số
07/CT-BYT", "Tờ trình số 412/TTr-VPUBND", "Quyết định số 1127/QĐ-UBND"), "Tính đến ngày 30/9/2025", "từ ngày
01/7/2024", section and article numbering ("I.", "1.", "a)", "Điều 1." … "Điều 4."), the STT/TT column, weekdays
("thứ Hai", "thứ Sáu", "thứ Bảy"), "mức độ 2", phone numbers ("0269.3824.517", "0211.3862.459", "0251.3822.034",
"024.3858.4612"), street addresses ("số 126 đường Trần Hưng Đạo", "số 08 đường Lê Xoay", "số 2 đường Đồng
Khởi", "số 9 Khuất Duy Tiến"), "6 tháng" as a period, headings naming the next period ("II. PHƯƠNG HƯỚNG, NHIỆM
VỤ THÁNG 10 NĂM 2025", "III. NHIỆM VỤ QUÝ III NĂM 2025", "II. NHIỆM VỤ NĂM 2025", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM
2024": no deadlines) and years are not figures.

New in this set:
- 345 is a monthly Báo cáo of the Tỉnh đoàn Gia Lai (header "BCH ĐOÀN TNCS HỒ CHÍ MINH / TỈNH GIA LAI" with
  "ĐOÀN TNCS HỒ CHÍ MINH" on the right; a Đoàn number with hyphens "386-BC/TĐTN-PT"), tháng 9 năm 2025 (after
  the merger with Bình Định: only xã, phường), issued 03/10/2025, on youth volunteer teams helping people with
  online public services. As a Sở's report is about the Sở, the youth union's own counts (teams, members,
  people helped, files, payments, accounts, sessions, PAKN passed on, survey) have subject "Tỉnh đoàn", level
  tỉnh; their codes are unchecked (help given is no catalogued indicator), their units the noun counted
  (`đội hình`, `đoàn viên`, `lượt`, `giao dịch`, `tài khoản`, `buổi`, `người`). "tăng 14 đội hình và tăng 182
  đoàn viên so với tháng 8/2025 (128 đội hình, 1.204 đoàn viên)": changes and previous values dated 2025-08-31.
  "131/135 xã, phường" and "04 xã" are counts of communes (unit `xã`, level xã, subject unchecked, code None);
  "riêng 18 đội hình tại các phường trung tâm" is a part whose body is genuinely unclear (subject and level
  unchecked). "hỗ trợ tại Trung tâm Phục vụ hành chính công tỉnh 2.415 lượt, tại các xã, phường 25.199 lượt"
  are parts by place (subject unchecked; levels tỉnh and xã). "chiếm 71,96% số lượt hỗ trợ (chỉ tiêu Kế hoạch
  năm 2025 là 70%, đạt chỉ tiêu)": the Tỉnh đoàn's target dated 2025-12-31, the share carries it with status
  "đạt". The province's own figures quoted from the Trung tâm Phục vụ hành chính công tỉnh ("tỷ lệ hồ sơ nộp
  trực tuyến của tỉnh đạt 64,38%, tăng 5,12%", "thanh toán trực tuyến đạt 52,70%") have subject NULL and the
  catalogued codes. A dash list "- Đoàn phường Quy Nhơn: 5 đội hình, 62 đoàn viên, hỗ trợ 1.846 lượt người
  dân;" gives three counts per youth branch (subject as written, level xã). Five deadlines: day for two named
  branches, month, quarter, "chậm nhất" day in words, "trước ngày 25 hằng tháng" (issued 03/10/2025: first
  25/10/2025).
- 346 is a quarterly Báo cáo of the Trung tâm Dịch vụ việc làm tỉnh Vĩnh Phúc (header "SỞ NỘI VỤ TỈNH VĨNH
  PHÚC / TRUNG TÂM DỊCH VỤ VIỆC LÀM"), quý II năm 2025, issued 30/6/2025 (the last day before the merger into
  Phú Thọ), on unemployment-insurance files. Every figure is the Trung tâm's (subject "Trung tâm Dịch vụ việc
  làm", level tỉnh): files received, online (and their share, with the 2025 target 80% "đạt chỉ tiêu"), direct
  (code `766.dvctt.nop_truc_tiep`), "100% hồ sơ tiếp nhận trực tiếp đã được số hóa" (digitisation share),
  settled, on time, overdue, electronic results, processing time "14,2 ngày làm việc/hồ sơ" and its fall
  "rút ngắn 1,3 ngày" (-1.3). "giảm 412 hồ sơ so với quý I năm 2025 (6.258 hồ sơ)" and "cao hơn quý I năm 2025
  (79,36%)" are a fall (-412) and previous values dated 2025-03-31. Money "96,48 tỷ đồng" has unit `tỷ đồng`;
  people "người", counselling "lượt", job fairs "phiên" (codes unchecked). Its Markdown table of the Trung
  tâm's five intake points (TT column; received, online, online share, on-time share; one "100" cell) has
  level tỉnh like a Sở's divisions: "Điểm giao dịch Phúc Yên" etc. as written; the first row "Trụ sở Trung tâm
  (thành phố Vĩnh Yên)" is named with a bracket, so its subject is unchecked; the "Tổng cộng" row with an empty
  TT cell is the Trung tâm (its figures repeat the prose). "07/07 PAKN" is one count (max 7). Five deadlines:
  day, month for two named intake points, "chậm nhất" day in words, quarter, "trước ngày 05 hằng tháng"
  (issued 30/6/2025: first 05/7/2025).
- 347 is an annual Báo cáo of the Bệnh viện Đa khoa Đồng Nai (header "SỞ Y TẾ TỈNH ĐỒNG NAI / BỆNH VIỆN ĐA KHOA
  ĐỒNG NAI", place "Biên Hòa"), năm 2024, issued 10/01/2025, before the merger with Bình Phước. Every figure is
  the hospital's (subject "Bệnh viện Đa khoa Đồng Nai", level tỉnh) and names no catalogued indicator (cashless
  payment of hospital fees, medical records, patient satisfaction are not the 766 TTHC indicators): codes
  unchecked. Parts by kind of patient ("ngoại trú 441.382 lượt, nội trú 44.833 lượt") stay the hospital's.
  "(năm 2023: 22,85%)" and "(năm 2023: 94,52%)" are previous values dated 2023-12-31; "so với chỉ tiêu Sở Y tế
  giao năm 2024 là 40% thì chưa đạt chỉ tiêu": the 35,36% carries target 40 with status "chưa đạt". New: the
  quarterly counts after "các quý I, II, III và IV lần lượt là 38.412, 41.276, 44.905 và 47.318 giao dịch" are
  each dated at its quarter's end (the last at the period end), kind count. "36/36 khoa lâm sàng" counts the
  hospital's departments (unit `khoa`, its first unit word; subject unchecked, level tỉnh, code None). "giảm
  còn 42 phút" is a value (reduced to), not a change. "4,52/5 điểm" has max 5; "xếp thứ 2/14 bệnh viện tuyến
  tỉnh" is a rank of the Sở Y tế's quality assessment (max 14, code unchecked: not the 766 ranking). The target
  "tỷ lệ giao dịch không dùng tiền mặt của Bệnh viện đạt tối thiểu 50% trong năm 2025" is the hospital's, dated
  2025-12-31. Six deadlines: day, quarter and year (two in one item, both for "Phòng Tài chính kế toán", the
  year one with the target; "phối hợp với các ngân hàng" names a partner, not the assignee), "chậm nhất" day in
  words, month, "trước ngày 15 hằng tháng" (issued 10/01/2025: first 15/01/2025).
- 348 is a half-year Báo cáo of UBND quận Thanh Xuân (Hà Nội, named in "Kính gửi: UBND thành phố Hà Nội"),
  6 tháng đầu năm 2024, issued 05/7/2024. Figures under "a) Cấp huyện (Bộ phận Một cửa quận)" have subject
  "cấp huyện" (level huyện), those under "b) Cấp xã" subject "cấp xã" (level xã); "248 TTHC cấp huyện và 107
  TTHC cấp xã" likewise; the quận's own "100% TTHC được công khai", PAKN, score and rank have subject "UBND quận
  Thanh Xuân", level huyện. "trước hạn và đúng hạn 24.035 hồ sơ, đạt 99,69%" carries the on-time code;
  overdue land files "(61 hồ sơ)" have subject unchecked, level huyện. Best and worst wards in brackets
  ("Phường Nhân Chính", "phường Hạ Đình", as written; also in the table). "Chỉ tiêu Thành phố giao năm 2024 về
  tỷ lệ hồ sơ nộp trực tuyến là 75%: cấp huyện đạt chỉ tiêu, cấp xã chưa đạt chỉ tiêu": one target for both
  levels (subject and level unchecked), dated 2024-12-31; 78,83% carries it "đạt", 73,20% "chưa đạt". Its
  tab-separated table (units in the headers) lists the 11 phường (subject as written, "Phường Hạ Đình", level
  xã; received, online, online share, on-time share; two "100" cells) with a "Cộng cấp xã" row with an empty
  STT cell (= cấp xã; its figures repeat the prose). Payment shares by level after "lần lượt là". "chứng thực
  bản sao điện tử 3.154 trường hợp" done by the quận's Phòng Tư pháp and the wards together (subject and level
  unchecked). "xếp thứ 7/30 quận, huyện, thị xã, tăng 3 bậc so với quý I năm 2024 (xếp thứ 10/30)": the
  previous rank dated 2024-03-31. The target "đạt tối thiểu 75% đến hết năm 2024" in the task of "UBND các
  phường" is theirs (level xã), dated 2024-12-31. Six deadlines: day for two named wards, "chậm nhất" day in
  words, month, quarter, year (with the target), "trước ngày 18 hằng tháng" (issued 05/7/2024: first
  18/7/2024).
- 349 is a Quyết định of the Chủ tịch UBND tỉnh Điện Biên công bố danh mục TTHC (Số 2186/QĐ-UBND, issued
  18/10/2024; "Căn cứ …", "QUYẾT ĐỊNH:", "Điều 1." … "Điều 4."). A Quyết định states no reporting period:
  period_label, period_start and period_end are NULL, and every figure is dated at the date of issue
  (2024-10-18), the day the list it publishes holds. Province figures have subject NULL: "Danh mục 1.784 thủ
  tục hành chính thuộc 41 lĩnh vực" ("41 lĩnh vực": code None), the split by level "cấp tỉnh 1.389 TTHC, cấp
  huyện 262 TTHC, cấp xã 133 TTHC", "1.548 TTHC cung cấp dịch vụ công trực tuyến, đạt 86,77%", "toàn trình
  1.012 TTHC (chiếm 56,73%)", "một phần 536 TTHC", "còn 236 TTHC chưa đủ điều kiện" (not offered online).
  Its Markdown table counts TTHC by field (rows) and level (columns "Cấp tỉnh", "Cấp huyện", "Cấp xã"; then
  "Tổng số", "Toàn trình", "Một phần"; many "0" cells): a field row's level cell has subject unchecked (a field
  is no body) and that column's level; its other cells have subject and level unchecked. The "Tổng cộng" row
  (empty STT cell) is the province: its level cells are subject "cấp tỉnh"/"cấp huyện"/"cấp xã", its other
  cells subject and level NULL (all repeat Điều 1). The target "đến hết năm 2024 tỷ lệ TTHC cung cấp dịch vụ
  công trực tuyến toàn trình của tỉnh đạt tối thiểu 60%" is the province's (subject NULL), dated 2024-12-31.
  "Quyết định này có hiệu lực kể từ ngày ký" is no deadline. Six deadlines in "Điều 2. Tổ chức thực hiện":
  "chậm nhất" day in words, day and year (two in one item, both for the Sở Thông tin và Truyền thông, the year
  one with the target), month, quarter, "trước ngày 20 hằng tháng" (issued 18/10/2024: first 20/10/2024).
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
_CHUA = "766.dvctt.chua_cung_cap"
_CC = "766.dvctt.tthc_cung_cap"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"


def _cells(subject: object, level: object, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str, **kw) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject, level=level,
              as_of=as_of, code=code, extra=TAB, **kw)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


# ------------------------------------------------------------ 345: Tỉnh đoàn Gia Lai, tháng 9 năm 2025
_TD = "Tỉnh đoàn"
_AUG_345 = "2025-08-31"


def _td(context: str, raw: str, value: float, unit: str, kind: str = C, **kw) -> Fact:
    """A figure about the youth union's own work (subject the Tỉnh đoàn, level tỉnh, code unchecked)."""
    kw.setdefault("code", ANY)
    return F(context, raw, value, unit, kind, subject=_TD, level="tỉnh", **kw)


def _branch_345(name: str, teams: str, members: str, helped: str) -> list[Fact]:
    """One dash item "- <branch>: n đội hình, n đoàn viên, hỗ trợ n lượt người dân" (level xã)."""
    short = name.split(" ", 2)[2]
    return [F(f"{short}: {teams} đội hình", teams, _num(teams), "đội hình", C, subject=name, level="xã"),
            F(f" {members} đoàn viên, hỗ trợ", members, _num(members), "đoàn viên", C, subject=name, level="xã"),
            F(f"hỗ trợ {helped} lượt", helped, _num(helped), "lượt", C, subject=name, level="xã")]


BLIND_345 = [
    # I.1 (112-KH/TĐTN-PT of 15/7/2025 cited; "Tính đến ngày 30/9/2025" is the period end); tháng 8/2025 dated
    # 2025-08-31
    _td("duy trì 142 đội hình", "142", 142, "đội hình"),
    _td("với 1.386 đoàn viên", "1.386", 1386, "đoàn viên"),
    _td("tăng 14 đội hình", "14", 14, "đội hình", CH),
    _td("tăng 182 đoàn viên", "182", 182, "đoàn viên", CH),
    _td("(128 đội hình", "128", 128, "đội hình", PR, as_of=_AUG_345),
    _td("1.204 đoàn viên)", "1.204", 1204, "đoàn viên", PR, as_of=_AUG_345),
    F("có 131/135 xã", "131/135", 131, "xã", C, max_value=135, subject=ANY, level="xã", code=None),
    F("còn 04 xã", "04", 4, "xã", C, subject=ANY, level="xã", code=None),
    F("riêng 18 đội hình", "18", 18, "đội hình", C, subject=ANY, level=ANY),
    # I.2 dash list of the help given
    _td("hỗ trợ: 27.614 lượt", "27.614", 27614, "lượt"),
    _td("tăng 3.218 lượt", "3.218", 3218, "lượt", CH),
    F("tỉnh 2.415 lượt", "2.415", 2415, "lượt", C, subject=ANY, level="tỉnh"),
    F("phường 25.199 lượt", "25.199", 25199, "lượt", C, subject=ANY, level="xã"),
    _td("thành công: 19.872 hồ sơ", "19.872", 19872, "hồ sơ"),
    _td("chiếm 71,96%", "71,96%", 71.96, "%", P, target=70, stated_status="đạt"),
    _td("năm 2025 là 70%", "70%", 70, "%", T, as_of="2025-12-31"),
    _td("hỗ trợ: 6.135 giao dịch", "6.135", 6135, "giao dịch"),
    _td("kích hoạt: 4.927 tài khoản", "4.927", 4927, "tài khoản"),
    _td("tận nơi: 1.932 lượt", "1.932", 1932, "lượt"),
    _td("Tổ chức 48 buổi", "48", 48, "buổi"),
    # the province's figures quoted from the Trung tâm Phục vụ hành chính công tỉnh
    F("tỉnh đạt 64,38%", "64,38%", 64.38, "%", code=_NOP),
    F("tăng 5,12%", "5,12%", 5.12, "%", CH, code=_NOP),
    F("trực tuyến đạt 52,70%", "52,70%", 52.70, "%", code=_TT),
    # I.3 youth branches as a dash list
    *_branch_345("Đoàn phường Quy Nhơn", "5", "62", "1.846"),
    *_branch_345("Đoàn phường Pleiku", "4", "48", "1.527"),
    *_branch_345("Đoàn phường An Nhơn", "3", "35", "1.108"),
    *_branch_345("Đoàn phường Hoài Nhơn", "3", "31", "972"),
    *_branch_345("Đoàn xã Chư Sê", "2", "24", "736"),
    *_branch_345("Đoàn xã Ia Grai", "2", "21", "684"),
    # I.4 PAKN passed on and the survey
    _td("chuyển 36 phản ánh", "36", 36, "PAKN"),
    _td("khảo sát 1.250 người", "1.250", 1250, "người"),
    _td("có 1.208 người", "1.208", 1208, "người"),
    _td("đạt 96,64%", "96,64%", 96.64, "%", P),
    # II. (0269.3824.517 is a phone number, "số 126 đường Trần Hưng Đạo" an address)
]

# ------------------------------------------------------------ 346: Trung tâm DVVL Vĩnh Phúc, quý II năm 2025
_TTVL = "Trung tâm Dịch vụ việc làm"
_Q1_346 = "2025-03-31"


def _tt(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Trung tâm itself (subject the Trung tâm, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_TTVL, level="tỉnh", **kw)


def _row_346(subject: object, received: str, online: str, share: str, on_time: str, after: str) -> list[Fact]:
    """One Markdown row of an intake point (or the total): received, online, online share, on-time share."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (share, "%", P, _NOP, "period"), (on_time, "%", P, _DH, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_346 = [
    # I.1 (Luật Việc làm năm 2013, 28/2015/NĐ-CP of 12/3/2015 and 1157/QĐ-UBND of 24/3/2025 cited)
    _tt("tiếp nhận 5.846 hồ sơ", "5.846", 5846, "hồ sơ", C, code=_TN),
    _tt("giảm 412 hồ sơ", "412", -412, "hồ sơ", CH, code=_TN),
    _tt("(6.258 hồ sơ)", "6.258", 6258, "hồ sơ", PR, as_of=_Q1_346, code=_TN),
    _tt("quốc gia là 4.973", "4.973", 4973, "hồ sơ", C, code=_NOP),
    _tt("chiếm 85,07%", "85,07%", 85.07, "%", code=_NOP, target=80, stated_status="đạt"),
    _tt("năm 2025 là 80%", "80%", 80, "%", T, as_of="2025-12-31", code=_NOP),
    _tt("(79,36%)", "79,36%", 79.36, "%", PR, as_of=_Q1_346, code=_NOP),
    _tt("tiếp nhận là 873", "873", 873, "hồ sơ", C, code=_NTT),
    _tt("chiếm 14,93%", "14,93%", 14.93, "%", code=_NTT),
    _tt("100% hồ sơ", "100%", 100, "%", code=_SH),
    # I.2
    _tt("giải quyết 5.612", "5.612", 5612, "hồ sơ", C, code=ANY),
    _tt("đúng hạn 5.598", "5.598", 5598, "hồ sơ", C, code=_DH),
    _tt("đạt 99,75%", "99,75%", 99.75, "%", code=_DH),
    _tt("quá hạn 14", "14", 14, "hồ sơ", C, code=_QH),
    _tt("là 5.127", "5.127", 5127, "hồ sơ", C, code=_KQ),
    _tt("đạt 91,36%", "91,36%", 91.36, "%", code=_KQ),
    _tt("trung bình là 14,2", "14,2", 14.2, "ngày", code=_TIME),
    _tt("rút ngắn 1,3", "1,3", -1.3, "ngày", CH, code=_TIME),
    _tt("có 5.431 người", "5.431", 5431, "người", C, code=ANY),
    _tt("tiền 96,48 tỷ", "96,48", 96.48, "tỷ đồng", code=ANY),
    _tt("1.216 người", "1.216", 1216, "người", C, code=ANY),
    # I.3 Markdown table of the intake points, "Tổng cộng" row (= the Trung tâm)
    *_row_346(ANY, "2.184", "1.896", "86,81", "99,82", "| 2 | Điểm giao dịch Phúc Yên"),
    *_row_346("Điểm giao dịch Phúc Yên", "1.326", "1.147", "86,50", "99,68", "| 3 | Điểm giao dịch Bình Xuyên"),
    *_row_346("Điểm giao dịch Bình Xuyên", "1.248", "1.062", "85,10", "99,76", "| 4 | Điểm giao dịch Vĩnh Tường"),
    *_row_346("Điểm giao dịch Vĩnh Tường", "612", "487", "79,58", "100", "| 5 | Điểm giao dịch Lập Thạch"),
    *_row_346("Điểm giao dịch Lập Thạch", "476", "381", "80,04", "99,37", "| | Tổng cộng"),
    *_row_346(_TTVL, "5.846", "4.973", "85,07", "99,75", "\n4. Tư vấn"),
    # I.4
    _tt("cho 7.215 lượt", "7.215", 7215, "lượt", C, code=ANY),
    _tt("cho 2.384 lượt", "2.384", 2384, "lượt", C, code=ANY),
    _tt("đó 1.136 người", "1.136", 1136, "người", C, code=ANY),
    _tt("Tổ chức 18 phiên", "18", 18, "phiên", C, code=ANY),
    _tt("có 06 phiên", "06", 6, "phiên", C, code=ANY),
    # I.5 (0211.3862.459 is a phone number)
    _tt("tiếp nhận 07 phản ánh", "07", 7, "PAKN", C, code=_PAKN_TN),
    _tt("trả lời 07/07", "07/07", 7, "PAKN", C, max_value=7, code=_PAKN_XL),
    _tt("PAKN, đạt 100%", "100%", 100, "%", code=_PAKN_TL),
    _tt("khảo sát 1.024", "1.024", 1024, "người", C, code=ANY),
    _tt("hài lòng đạt 98,24%", "98,24%", 98.24, "%", code=_HL),
]

# ------------------------------------------------------------ 347: Bệnh viện Đa khoa Đồng Nai, năm 2024
_BV = "Bệnh viện Đa khoa Đồng Nai"
_Y2023 = "2023-12-31"


def _bv(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the hospital itself (subject the hospital, level tỉnh, code unchecked)."""
    kw.setdefault("code", ANY)
    return F(context, raw, value, unit, kind, subject=_BV, level="tỉnh", **kw)


BLIND_347 = [
    # I.1 (46/2018/TT-BYT of 28/12/2018, 07/CT-BYT of 25/9/2023 and 214/KH-SYT of 22/01/2024 cited)
    _bv("thực hiện 486.215 lượt", "486.215", 486215, "lượt", C),
    _bv("(ngoại trú 441.382", "441.382", 441382, "lượt", C),
    _bv("nội trú 44.833 lượt", "44.833", 44833, "lượt", C),
    _bv("tăng 6,4%", "6,4%", 6.4, "%", CH),
    _bv("đạt 104,6%", "104,6%", 104.6, "%"),
    # I.2 year 2023 dated 2023-12-31; the quarters dated at their ends
    _bv("có 171.911 giao dịch", "171.911", 171911, "giao dịch", C),
    _bv("chiếm 35,36%", "35,36%", 35.36, "%", target=40, stated_status="chưa đạt"),
    _bv("(năm 2023: 22,85%)", "22,85%", 22.85, "%", PR, as_of=_Y2023),
    _bv("tăng 12,51%", "12,51%", 12.51, "%", CH),
    _bv("năm 2024 là 40%", "40%", 40, "%", T),
    _bv("lần lượt là 38.412", "38.412", 38412, "giao dịch", C, as_of="2024-03-31"),
    _bv(", 41.276", "41.276", 41276, "giao dịch", C, as_of="2024-06-30"),
    _bv(", 44.905", "44.905", 44905, "giao dịch", C, as_of="2024-09-30"),
    _bv("và 47.318", "47.318", 47318, "giao dịch", C),
    _bv("mã QR 112.406", "112.406", 112406, "giao dịch", C),
    _bv("POS 47.215", "47.215", 47215, "giao dịch", C),
    _bv("điện tử 12.290", "12.290", 12290, "giao dịch", C),
    _bv("đạt 218,64 tỷ", "218,64", 218.64, "tỷ đồng"),
    _bv("chiếm 41,27%", "41,27%", 41.27, "%"),
    # I.3 ("từ ngày 01/7/2024" is a date)
    F("tại 36/36 khoa", "36/36", 36, "khoa", C, max_value=36, subject=ANY, level="tỉnh", code=None),
    _bv("lập 44.833 bệnh án", "44.833", 44833, "bệnh án", C),
    _bv("đạt 100% số", "100%", 100, "%"),
    _bv("kê 312.640 đơn", "312.640", 312640, "đơn", C),
    _bv("đạt 98,72%", "98,72%", 98.72, "%"),
    _bv("tích hợp 58.417 hồ sơ", "58.417", 58417, "hồ sơ", C),
    _bv("kết nối 24 máy", "24", 24, "máy", C),
    _bv("còn 42 phút", "42", 42, "phút"),
    # I.4 survey; rank in the Sở Y tế's quality assessment
    _bv("khảo sát 2.400 người", "2.400", 2400, "người", C),
    _bv("(ngoại trú 1.200 người", "1.200", 1200, "người", C),
    _bv("nội trú 1.200 người)", "1.200", 1200, "người", C),
    _bv("chung đạt 96,18%", "96,18%", 96.18, "%"),
    _bv("(năm 2023: 94,52%)", "94,52%", 94.52, "%", PR, as_of=_Y2023),
    _bv("ngoại trú 95,40%", "95,40%", 95.40, "%"),
    _bv("nội trú 96,96%", "96,96%", 96.96, "%"),
    _bv("đạt 4,52/5", "4,52/5", 4.52, "điểm", max_value=5),
    _bv("y tế đạt 92,35%", "92,35%", 92.35, "%"),
    _bv("đạt 4,21 điểm", "4,21", 4.21, "điểm"),
    _bv("thứ 2/14", "2/14", 2, "hạng", R, max_value=14),
    # I.5 (0251.3822.034 is a phone number)
    _bv("tiếp nhận 126 phản ánh", "126", 126, "PAKN", C),
    _bv("giải quyết 121 phản ánh", "121", 121, "PAKN", C),
    _bv("đạt 96,03%", "96,03%", 96.03, "%"),
    _bv("còn 05 phản ánh", "05", 5, "PAKN", C),
    # II.2 the hospital's target in 2025
    _bv("tối thiểu 50%", "50%", 50, "%", T, as_of="2025-12-31"),
]

# ------------------------------------------------------------ 348: UBND quận Thanh Xuân (Hà Nội), 6 tháng đầu năm 2024
_TX = "UBND quận Thanh Xuân"
_HUYEN = {"subject": "cấp huyện", "level": "huyện"}
_XA = {"subject": "cấp xã", "level": "xã"}
_Y2024 = "2024-12-31"


def _quan(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the quận itself (subject the UBND quận, level huyện)."""
    return F(context, raw, value, unit, kind, subject=_TX, level="huyện", **kw)


def _row_348(subject: str, received: str, online: str, share: str, on_time: str, after: str) -> list[Fact]:
    """One tab-separated row of a phường (or "Cộng cấp xã"): received, online, online share, on-time share."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (share, "%", P, _NOP, "period"), (on_time, "%", P, _DH, "period")]
    return _cells(subject, "xã", cells, after, "\t", "\n")


BLIND_348 = [
    # I.1 (15/KH-UBND of 18/01/2024 cited)
    F("thực hiện 248 TTHC", "248", 248, "TTHC", C, code=_TTHC, **_HUYEN),
    F("và 107 TTHC", "107", 107, "TTHC", C, code=_TTHC, **_XA),
    _quan("100% TTHC", "100%", 100, "%", code=ANY),
    # I.2 a) cấp huyện
    F("Tiếp nhận 24.816", "24.816", 24816, "hồ sơ", C, code=_TN, **_HUYEN),
    F("tăng 8,7%", "8,7%", 8.7, "%", CH, code=ANY, **_HUYEN),
    F("trực tuyến là 19.562", "19.562", 19562, "hồ sơ", C, code=_NOP, **_HUYEN),
    F("chiếm 78,83%", "78,83%", 78.83, "%", code=_NOP, target=75, stated_status="đạt", **_HUYEN),
    F("giải quyết 24.109", "24.109", 24109, "hồ sơ", C, code=ANY, **_HUYEN),
    F("đúng hạn 24.035", "24.035", 24035, "hồ sơ", C, code=_DH, **_HUYEN),
    F("đạt 99,69%", "99,69%", 99.69, "%", code=_DH, **_HUYEN),
    F("quá hạn 74", "74", 74, "hồ sơ", C, code=_QH, **_HUYEN),
    F("(61 hồ sơ)", "61", 61, "hồ sơ", C, subject=ANY, level="huyện", code=_QH),
    # I.2 b) cấp xã; best and worst wards in brackets; one 2024 target for both levels
    F("phường tiếp nhận 31.207", "31.207", 31207, "hồ sơ", C, code=_TN, **_XA),
    F("trực tuyến 22.845 hồ sơ", "22.845", 22845, "hồ sơ", C, code=_NOP, **_XA),
    F("hồ sơ, đạt 73,20%", "73,20%", 73.20, "%", code=_NOP, target=75, stated_status="chưa đạt", **_XA),
    F("hạn đạt 99,91%", "99,91%", 99.91, "%", code=_DH, **_XA),
    F("cao nhất (82,46%)", "82,46%", 82.46, "%", subject="Phường Nhân Chính", level="xã", code=_NOP),
    F("thấp nhất (61,38%)", "61,38%", 61.38, "%", subject="phường Hạ Đình", level="xã", code=_NOP),
    F("tuyến là 75%", "75%", 75, "%", T, subject=ANY, level=ANY, as_of=_Y2024, code=_NOP),
    # tab-separated table of the 11 phường, "Cộng cấp xã" row (= cấp xã)
    *_row_348("Phường Hạ Đình", "1.854", "1.138", "61,38", "99,84", "2\tPhường Khương Đình"),
    *_row_348("Phường Khương Đình", "2.731", "1.721", "63,02", "99,93", "3\tPhường Khương Mai"),
    *_row_348("Phường Khương Mai", "2.486", "1.802", "72,49", "100", "4\tPhường Khương Trung"),
    *_row_348("Phường Khương Trung", "3.012", "2.111", "70,09", "99,87", "5\tPhường Kim Giang"),
    *_row_348("Phường Kim Giang", "2.215", "1.526", "68,89", "99,95", "6\tPhường Nhân Chính"),
    *_row_348("Phường Nhân Chính", "3.968", "3.272", "82,46", "99,90", "7\tPhường Phương Liệt"),
    *_row_348("Phường Phương Liệt", "2.654", "1.969", "74,19", "99,89", "8\tPhường Thanh Xuân Bắc"),
    *_row_348("Phường Thanh Xuân Bắc", "3.175", "2.391", "75,31", "99,94", "9\tPhường Thanh Xuân Nam"),
    *_row_348("Phường Thanh Xuân Nam", "1.742", "1.216", "69,80", "100", "10\tPhường Thanh Xuân Trung"),
    *_row_348("Phường Thanh Xuân Trung", "4.326", "3.526", "81,51", "99,91", "11\tPhường Thượng Đình"),
    *_row_348("Phường Thượng Đình", "3.044", "2.173", "71,39", "99,86", "\tCộng cấp xã"),
    *_row_348("cấp xã", "31.207", "22.845", "73,20", "99,91", "\n3. Thanh toán"),
    # I.3 payment shares by level after "lần lượt là"; digitisation by level
    F("lần lượt là 46,25%", "46,25%", 46.25, "%", code=_TT, **_HUYEN),
    F("và 38,12%", "38,12%", 38.12, "%", code=_TT, **_XA),
    F("huyện đạt 96,48%", "96,48%", 96.48, "%", code=_SH, **_HUYEN),
    F("xã đạt 91,70%", "91,70%", 91.70, "%", code=_SH, **_XA),
    F("điện tử 3.154", "3.154", 3154, "trường hợp", C, subject=ANY, level=ANY, code=_CT),
    # I.4 the quận's PAKN
    _quan("tiếp nhận 27 phản ánh", "27", 27, "PAKN", C, code=_PAKN_TN),
    _quan("xử lý 25 PAKN", "25", 25, "PAKN", C, code=_PAKN_XL),
    _quan("đạt 92,59%", "92,59%", 92.59, "%", code=_PAKN_TL),
    _quan("còn 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    # I.5 the quận's score and rank; quý I năm 2024 dated 2024-03-31
    _quan("đạt 88,14 điểm", "88,14", 88.14, "điểm", code=_TONG),
    _quan("thứ 7/30", "7/30", 7, "hạng", R, max_value=30, code=_HANG),
    _quan("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    _quan("thứ 10/30)", "10/30", 10, "hạng", PR, max_value=30, as_of="2024-03-31", code=_HANG),
    # II.5 the wards' target by the end of 2024 (024.3858.4612 is a phone number, "số 9 Khuất Duy Tiến" an address)
    F("tối thiểu 75%", "75%", 75, "%", T, subject="UBND các phường", level="xã", as_of=_Y2024, code=_NOP),
]

# ------------------------------------------------------------ 349: Quyết định of UBND tỉnh Điện Biên, 18/10/2024
_QD = "2024-10-18"  # no reporting period: every figure holds on the day of issue
_LEVELS = (("tỉnh", "cấp tỉnh"), ("huyện", "cấp huyện"), ("xã", "cấp xã"))


def _qd(context: str, raw: str, value: float, unit: str, kind: str = C, **kw) -> Fact:
    """A figure of the Quyết định, dated at its issue."""
    return F(context, raw, value, unit, kind, as_of=_QD, **kw)


def _row_349(raws: tuple[str, str, str, str, str, str], after: str, total: bool = False) -> list[Fact]:
    """One Markdown row of a field (or the total): TTHC of cấp tỉnh, cấp huyện, cấp xã, all, toàn trình, một
    phần. A field row's level cells have that level (subject unchecked), its other cells nothing checked; the
    total row is the province (level cells subject "cấp …")."""
    facts = []
    codes = (_TTHC, _TTHC, _TTHC, _TTHC, _TOAN, _MOT)
    for i, raw in enumerate(raws):
        context = " | " + " | ".join(raws[i:]) + " |\n" + after
        if i < 3:
            level, name = _LEVELS[i]
            subject = name if total else ANY
        else:
            level = subject = None if total else ANY
        facts.append(F(context, raw, _num(raw), "TTHC", P, subject=subject, level=level, as_of=_QD,
                       code=codes[i], extra=TAB))
    return facts


BLIND_349 = [
    # Căn cứ … (laws, decrees, 412/TTr-VPUBND of 14/10/2024 cited); Điều 1
    _qd("Danh mục 1.784", "1.784", 1784, "TTHC", code=_TTHC),
    _qd("thuộc 41 lĩnh vực", "41", 41, "lĩnh vực", code=None),
    _qd("cấp tỉnh 1.389", "1.389", 1389, "TTHC", subject="cấp tỉnh", level="tỉnh", code=_TTHC),
    _qd("cấp huyện 262", "262", 262, "TTHC", subject="cấp huyện", level="huyện", code=_TTHC),
    _qd("cấp xã 133", "133", 133, "TTHC", subject="cấp xã", level="xã", code=_TTHC),
    _qd("có 1.548 TTHC", "1.548", 1548, "TTHC", code=_CC),
    _qd("đạt 86,77%", "86,77%", 86.77, "%", P, code=_CC),
    _qd("toàn trình 1.012", "1.012", 1012, "TTHC", code=_TOAN),
    _qd("(chiếm 56,73%)", "56,73%", 56.73, "%", P, code=_TOAN),
    _qd("một phần 536", "536", 536, "TTHC", code=_MOT),
    _qd("còn 236 TTHC", "236", 236, "TTHC", code=_CHUA),
    # Markdown table by field and level, "Tổng cộng" row (= the province)
    *_row_349(("64", "28", "4", "96", "38", "52"), "| 2 | Xây dựng"),
    *_row_349(("52", "12", "0", "64", "30", "30"), "| 3 | Đầu tư"),
    *_row_349(("68", "0", "0", "68", "52", "14"), "| 4 | Thành lập"),
    *_row_349(("96", "0", "0", "96", "90", "6"), "| 5 | Giáo dục"),
    *_row_349(("74", "18", "6", "98", "60", "30"), "| 6 | Y tế"),
    *_row_349(("118", "4", "2", "124", "70", "44"), "| 7 | Việc làm"),
    *_row_349(("72", "10", "8", "90", "46", "36"), "| 8 | Hộ tịch"),
    *_row_349(("48", "36", "42", "126", "58", "58"), "| 9 | Văn hóa"),
    *_row_349(("112", "6", "4", "122", "70", "44"), "| 10 | Đường bộ"),
    *_row_349(("124", "6", "0", "130", "96", "28"), "| 11 | Nông nghiệp"),
    *_row_349(("138", "22", "18", "178", "100", "62"), "| 12 | Các lĩnh vực"),
    *_row_349(("423", "120", "49", "592", "302", "132"), "| | Tổng cộng"),
    *_row_349(("1.389", "262", "133", "1.784", "1.012", "536"), "\nĐiều 2", total=True),
    # Điều 2.2 the province's target by the end of 2024
    F("tối thiểu 60%", "60%", 60, "%", T, as_of="2024-12-31", code=_TOAN),
]

BLIND = {"345": BLIND_345, "346": BLIND_346, "347": BLIND_347, "348": BLIND_348, "349": BLIND_349}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "345": [
        ("2025-10-15", "day", "15/10/2025", "thành lập đội hình", "Đoàn xã Ia Hrú, Đoàn xã Ia Mơ"),
        ("2025-10-31", "month", "tháng 10/2025", "tập huấn kỹ năng hướng dẫn dịch vụ công trực tuyến",
         "Ban Phong trào Tỉnh đoàn"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "đánh giá hiệu quả hoạt động của các đội hình",
         "Ban Tổ chức - Kiểm tra Tỉnh đoàn"),
        ("2025-12-05", "day", "ngày 05 tháng 12 năm 2025", "đề xuất khen thưởng", "Văn phòng Tỉnh đoàn"),
        # issued 03/10/2025: the first "ngày 25 hằng tháng" is 25/10/2025
        ("2025-10-25", "recurring", "25 hằng tháng", "gửi báo cáo kết quả hoạt động của đội hình",
         "Các cơ sở Đoàn trực thuộc"),
    ],
    "346": [
        ("2025-07-10", "day", "10/7/2025", "giải quyết dứt điểm các hồ sơ quá hạn", "Phòng Bảo hiểm thất nghiệp"),
        ("2025-08-31", "month", "tháng 8/2025", "nâng tỷ lệ hồ sơ nộp trực tuyến",
         "Điểm giao dịch Vĩnh Tường, Điểm giao dịch Lập Thạch"),
        ("2025-07-31", "day", "ngày 31 tháng 7 năm 2025", "bàn giao hồ sơ, tài liệu lưu trữ",
         "Phòng Hành chính - Tổng hợp"),
        ("2025-09-30", "quarter", "quý III năm 2025", "phiên giao dịch việc làm trực tuyến",
         "Phòng Tư vấn - Giới thiệu việc làm"),
        # issued 30/6/2025: the first "ngày 05 hằng tháng" is 05/7/2025
        ("2025-07-05", "recurring", "05 hằng tháng", "gửi số liệu", "Các phòng chuyên môn, các Điểm giao dịch"),
    ],
    "347": [
        ("2025-02-28", "day", "28/02/2025", "kết nối thanh toán viện phí qua ứng dụng VNeID",
         "Phòng Công nghệ thông tin"),
        ("2025-03-31", "quarter", "quý I năm 2025", "mở rộng điểm thanh toán bằng mã QR", "Phòng Tài chính kế toán"),
        ("2025-12-31", "year", "năm 2025", "tỷ lệ giao dịch không dùng tiền mặt", "Phòng Tài chính kế toán"),
        ("2025-06-30", "day", "ngày 30 tháng 6 năm 2025", "lưu trữ bệnh án điện tử", "Phòng Kế hoạch tổng hợp"),
        ("2025-09-30", "month", "tháng 9/2025", "ký số trên bệnh án điện tử", "Các khoa lâm sàng"),
        # issued 10/01/2025: the first "ngày 15 hằng tháng" is 15/01/2025
        ("2025-01-15", "recurring", "15 hằng tháng", "tổng hợp kết quả khảo sát hài lòng",
         "Phòng Quản lý chất lượng"),
    ],
    "348": [
        ("2024-07-31", "day", "31/7/2024", "nâng tỷ lệ hồ sơ nộp trực tuyến",
         "UBND phường Hạ Đình, UBND phường Khương Đình"),
        ("2024-08-15", "day", "ngày 15 tháng 8 năm 2024", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "Phòng Tài nguyên và Môi trường"),
        ("2024-09-30", "month", "tháng 9/2024", "chứng thực bản sao điện tử", "Phòng Tư pháp"),
        ("2024-09-30", "quarter", "quý III năm 2024", "kiểm tra việc thực hiện cơ chế một cửa",
         "Văn phòng HĐND và UBND quận"),
        ("2024-12-31", "year", "năm 2024", "tỷ lệ hồ sơ nộp trực tuyến", "UBND các phường"),
        # issued 05/7/2024: the first "ngày 18 hằng tháng" is 18/7/2024
        ("2024-07-18", "recurring", "18 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các phòng, ban chuyên môn, UBND các phường"),
    ],
    "349": [
        ("2024-10-25", "day", "ngày 25 tháng 10 năm 2024", "cập nhật, công khai Danh mục TTHC",
         "Văn phòng UBND tỉnh"),
        ("2024-10-31", "day", "31/10/2024", "cấu hình quy trình điện tử", "Sở Thông tin và Truyền thông"),
        ("2024-12-31", "year", "năm 2024", "toàn trình", "Sở Thông tin và Truyền thông"),
        ("2024-11-30", "month", "tháng 11/2024", "niêm yết công khai Danh mục TTHC",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
        ("2025-03-31", "quarter", "quý I năm 2025", "đơn giản hóa", "Sở Tư pháp"),
        # issued 18/10/2024: the first "ngày 20 hằng tháng" is 20/10/2024
        ("2024-10-20", "recurring", "20 hằng tháng", "báo cáo tình hình tiếp nhận hồ sơ trực tuyến",
         "UBND các huyện, thị xã, thành phố"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 345's issuer is the Tỉnh đoàn Gia Lai (a Đoàn number with hyphens), period the month in its title; 346's issuer
# is the Trung tâm under "SỞ NỘI VỤ TỈNH VĨNH PHÚC", issued at the quarter's last day; 347's issuer is the hospital
# under "SỞ Y TẾ TỈNH ĐỒNG NAI" (place "Biên Hòa"); 348's issuer is a quận of Hà Nội; 349 is a Quyết định with no
# reporting period.
META = {
    "345": {"doc_number": "386-BC/TĐTN-PT", "doc_type": "Báo cáo", "issued_date": "2025-10-03",
            "province": "Gia Lai", "period_label": "tháng 9 năm 2025", "period_start": "2025-09-01",
            "period_end": "2025-09-30", "signer": "Nguyễn Quang Vinh"},
    "346": {"doc_number": "274/BC-TTDVVL", "doc_type": "Báo cáo", "issued_date": "2025-06-30",
            "province": "Vĩnh Phúc", "period_label": "quý II năm 2025", "period_start": "2025-04-01",
            "period_end": "2025-06-30", "signer": "Trần Thị Minh Nguyệt"},
    "347": {"doc_number": "58/BC-BVĐKĐN", "doc_type": "Báo cáo", "issued_date": "2025-01-10",
            "province": "Đồng Nai", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Lê Hoàng Phúc"},
    "348": {"doc_number": "318/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2024-07-05",
            "province": "Hà Nội", "period_label": "6 tháng đầu năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-06-30", "signer": "Vũ Đức Thắng"},
    "349": {"doc_number": "2186/QĐ-UBND", "doc_type": "Quyết định", "issued_date": "2024-10-18",
            "province": "Điện Biên", "period_label": None, "period_start": None, "period_end": None,
            "signer": "Lường Văn Hòa"},
}
