"""Blind golden facts for corpus/blind62/385_dong_nai.txt, 386_quang_ngai.txt, 387_bac_ninh.txt,
388_tuyen_quang.txt and 389_vinh_long.txt.

The five documents were written by the developers for a sixty-second blind measurement (issuers, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by reading
them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out text
for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind16.py: rows use `golden.facts.Fact` (context string that
occurs once in the document + the figure as written inside it). Prose and list counts are kind `count`;
table cells are kind `value` with `extra={"source": "table"}` (a column or row dated before the period end
keeps kind `value` with that date as `as_of`); `as_of="period"` is the period's end; `ANY` leaves a field
unchecked where the sentence names no catalogued indicator (`None` where it clearly names none). "thủ tục"
counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; every "đã giải quyết" count and the
parts of a settled whole ("trước hạn", "đúng hạn" apart) have their code unchecked. A count of local units
takes the unit of its first unit word ("84/99 xã, phường" → `xã`, "5/7 huyện, thành phố" → `huyện`); counts of
"đơn vị", "cơ quan", "sở, ban, ngành" → `đơn vị`, at the level of the bodies counted, code None. Other count
units are the noun as written (`vụ`, `gian hàng`, `văn bản`, `công chức`, `đối tượng`, `mũi`, `lượt`,
`máy chủ`, `hệ thống`, `giao dịch`, `dự án`, `tin nhắn`, `người`; "chứng thư số" → `chứng thư`, as
golden/blind3.py's 111); sums of money are kind `value` in `triệu đồng` / `tỷ đồng`. A change is dated at the
period end; a fall ("rút ngắn") is negative; a relative change ("tăng 22,94% so với năm 2023") has its code
unchecked. A plan or chỉ tiêu is kind `target` dated at the end of the year it names. Dates, document numbers,
cited decrees, plans, letters and decisions ("Nghị định số 98/2023/NĐ-CP", "Kế hoạch số 86/KH-SCT", "Công văn
số 2841/SYT-VP", "Quyết định số 1124/QĐ-UBND"), "Đến ngày 30/9/2025", "đến ngày 30/6/2025", "từ ngày
01/7/2025", section numbering ("I.", "1."), the STT column, phone numbers ("0251.3823.614", "0255.3822.415",
"0222.3822.536", "0207.3822.148", "0270.3823.179"), addresses and names with numbers ("số 1597 đường Phạm Văn
Thuận", "số 06 đường Lý Thái Tổ", "số 42 đường 2 Tháng 9, Phường 1", "Đội Quản lý thị trường số 1" … "số 5"),
periods ("6 tháng cuối năm 2025", "Lũy kế 9 tháng", "6 tháng đầu năm 2025"), "trẻ em dưới 1 tuổi" (an age
that defines the group), the month and quarter labels of a table's first column, "hai cấp", headings naming
the next period ("II. NHIỆM VỤ THÁNG 10 NĂM 2025", "III. NHIỆM VỤ QUÝ IV NĂM 2025", "III. NHIỆM VỤ NĂM 2026",
"II. NHIỆM VỤ NĂM 2025", "III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025": no deadlines) and years are not figures.

New in this set (issuers that are provincial bodies other than a Sở or a UBND; each one's own figures are
named by its kind, the province being the document's: "Chi cục Quản lý thị trường tỉnh", "Trung tâm Kiểm
soát bệnh tật tỉnh", "Hội đồng Thi đua - Khen thưởng tỉnh", "Quỹ Đầu tư phát triển tỉnh", as `Công an tỉnh`
is; a Sở keeps its name, "Sở Khoa học và Công nghệ"; all level tỉnh). After the first run these four names were
brought back to the convention of golden/blind54.py (346's "Trung tâm Dịch vụ việc làm" and 343's "Văn phòng Đăng ký
đất đai", under a parent in the same kind of header): a body under its parent is named as the header's own line writes
it, with `tỉnh` only when that line has it; so "Chi cục Quản lý thị trường", "Trung tâm Kiểm soát bệnh tật", "Hội đồng
Thi đua - Khen thưởng" and "Quỹ Đầu tư phát triển" (the first run counted the names with `tỉnh`):
- 385 is a monthly Báo cáo of the Chi cục Quản lý thị trường of Đồng Nai (header "SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI / CHI
  CỤC QUẢN LÝ THỊ TRƯỜNG"; Đồng Nai after its merger with Bình Phước), tháng 9 năm 2025, issued 03/10/2025, on
  inspections, online administrative-violation files and cashless payment of fines. The subject "Chi cục Quản lý thị
  trường tỉnh" (with "tỉnh", as the Chi cục's official name "Chi cục Quản lý thị trường tỉnh Đồng Nai" is shortened,
  like `Công an tỉnh`; not `Sở`-like) is a decision of this set. Cases in `vụ` (inspected, handled, by kind of
  violation: the kinds have subject ANY, as a field's), fines and seized goods in `triệu đồng`; "tăng 37 vụ so với
  tháng 8/2025 (249 vụ)" a change and a previous value dated 2025-08-31; "19 gian hàng" (unit `gian hàng`). "kế
  hoạch thu năm 2025 là 24.000 triệu đồng" is a target dated 2025-12-31 (the 81,13% of it has code unchecked). Its
  Markdown table lists the five teams (subject as written, "Đội Quản lý thị trường số 1", level tỉnh: the Chi cục's
  own divisions, as golden/blind6.py's 121; "số n" is part of the name): cases inspected, handled, fines (`triệu
  đồng`), online-file and cashless shares (two "100" cells), with a "Toàn Chi cục" row (= the Chi cục; its figures
  recur in the prose). "Có 02/05 đơn vị" counts teams (unit `đơn vị`, level tỉnh, code None). "209/214 hồ sơ" is one
  count (max 214). "So với chỉ tiêu Sở Công Thương giao năm 2025 … là 80%, Chi cục chưa đạt chỉ tiêu": the Chi cục's
  target dated 2025-12-31, the 73,36% carries it with status "chưa đạt". "(1.284/1.302 văn bản)" one count (max
  1302); "100% hồ sơ vụ việc" a share. PAKN received with three bare parts in brackets (code unchecked), "21/23
  PAKN" handled (max 23) and "đạt 91,30%" their handled share. Apart from the PAKN, none of its figures is a
  catalogued TTHC indicator (fines, cases, signed documents), so codes are unchecked. The task's "tối thiểu 80%
  trong quý IV năm 2025" of "Các Đội Quản lý thị trường" is a target (subject unchecked, level tỉnh). Five
  deadlines: day for two named teams, "chậm nhất" day in words, month, quarter (with the target), "trước ngày 25
  hằng tháng" (issued 03/10/2025: first 25/10/2025).
- 386 is a quarterly Báo cáo of the Trung tâm Kiểm soát bệnh tật of Quảng Ngãi (header "SỞ Y TẾ TỈNH QUẢNG NGÃI /
  TRUNG TÂM KIỂM SOÁT BỆNH TẬT"; after the merger with Kon Tum), quý III năm 2025, issued 07/10/2025. Its TTHC
  figures are the Trung tâm's; "(quý II năm 2025: …)" values are dated 2025-06-30. "hồ sơ tiếp nhận tại Điểm tiếp
  nhận Kon Tum là 1.128 hồ sơ" is a part received at one reception point (subject ANY, level tỉnh, code unchecked).
  "trước hạn 1.946 hồ sơ, đúng hạn 1.741 hồ sơ, quá hạn 15 hồ sơ" are parts of the settled files (the first two code
  unchecked); "99,59%" the on-time share. The Sở Y tế's 2025 target (80%) for the online share, "chưa đạt chỉ tiêu".
  Its tab-separated table (units stated in the line before it; first column "Thời gian") has one row per month dated
  at each month's end and a "Quý III/2025" row (the period; its cells recur in the prose): files received, online
  and on-time shares (the Trung tâm's), and doses entered on the national vaccination system by all facilities of
  the province (subject and level unchecked, code unchecked). Province-wide vaccination figures: "toàn tỉnh có
  1.642.857 đối tượng …" (subject NULL), doses "186.420 mũi" entered by "các cơ sở tiêm chủng" and the children's
  coverage (subject, level unchecked). "88/96 xã, phường, đặc khu" and "08 xã" are counts of communes (unit `xã`,
  level xã, code None). Health checks in `lượt`; fees collected and collected without cash in `triệu đồng`; the Sở Y
  tế's own scoring "92,40/100 điểm, xếp thứ 2/14 đơn vị trực thuộc Sở" is not the 766 index (code unchecked). The
  target "của Trung tâm đạt tối thiểu 75%" is the Trung tâm's, dated 2025-12-31. Five deadlines: day, month (with
  the target), "chậm nhất" day in words, quarter, "trước ngày 05 hằng tháng" (issued 07/10/2025, after the 5th:
  first 05/11/2025).
- 387 is an annual Báo cáo of the Sở Khoa học và Công nghệ of Bắc Ninh (header "UBND TỈNH BẮC NINH / SỞ KHOA HỌC VÀ
  CÔNG NGHỆ", which took over the Sở Thông tin và Truyền thông on 01/3/2025), năm 2025, issued 08/01/2026, on the
  provincial DVCTT system, the data centre and digital certificates. The system's and the province's figures ("Trên
  địa bàn toàn tỉnh", "toàn tỉnh") have subject NULL, not the Sở's; "(năm 2024 tính chung hai tỉnh Bắc Ninh, Bắc
  Giang: 61,47%)" is a previous value dated 2024-12-31; "So với chỉ tiêu UBND tỉnh giao năm 2025 (80%) … chưa đạt
  chỉ tiêu": the province's target at the period end, carried by the 78,31%. Averages of the agencies and of cấp xã
  (subject ANY, levels tỉnh/xã). Its Markdown table lists eight agencies (subject as written, level tỉnh; received
  files, online, payment and on-time shares; two "100" cells; no total row). Counts by grade "12/17 sở, ban, ngành …
  04 sở, ngành … 01 sở" (unit `đơn vị`) and "84/99 xã, phường … 15 xã, phường" (unit `xã`). The data centre's and
  LGSP's figures (`máy chủ`, `TB`, `hệ thống`, `giao dịch`, "tăng 41,6%") and the certificates issued through the Sở
  for the province's staff and people (`chứng thư`) are left with subject and level unchecked: the Sở runs them, the
  province owns them. "Riêng tại Sở …" figures are the Sở's. The province's 766 total and rank "7/34" (after the
  merger) with "(năm 2024: 84,15 điểm, xếp thứ 19/63)" dated 2024-12-31 (the previous total on the /100 scale), two
  group scores `x/max`; the Sở's score and rank `3/17`. Five deadlines: quarter, "chậm nhất" day, month, year (with
  the province's 2026 target, dated 2026-12-31), "trước ngày 10 hằng tháng" (issued 08/01/2026: first 10/01/2026).
- 388 is an annual Báo cáo of the Hội đồng Thi đua - Khen thưởng of Tuyên Quang (header "UBND TỈNH TUYÊN QUANG / HỘI
  ĐỒNG THI ĐUA - KHEN THƯỞNG"; before the merger with Hà Giang), năm 2024, issued 10/01/2025, on commendation files
  submitted online. "tăng 22,94% so với năm 2023 (2.315 hồ sơ)": a relative change and a previous value dated
  2023-12-31. "Chỉ tiêu năm 2024 … là 75%, như vậy Hội đồng đã đạt chỉ tiêu": the target at the period end, the
  84,93% carries it with status "đạt". The files of submitters after "lần lượt là" (agencies: level tỉnh; "UBND các
  huyện, thành phố": level huyện; enterprises: level unchecked; subjects unchecked). The dash list by form of award
  (with parts in brackets and after "trong đó") counts files by the award's level ("cấp Nhà nước", "Chiến sĩ thi đua
  cấp tỉnh"), which is no body's administrative level: subject and level unchecked, as is genuinely ambiguous.
  "trong đó đúng hạn 2.748 hồ sơ, đạt 98,46%" is the on-time whole; "127 hồ sơ" returned for completion and their
  share (code unchecked); "12,6 ngày/hồ sơ, rút ngắn 2,1 ngày" the time and its fall (-2.1). "(năm 2023: 05 PAKN)"
  and "(năm 2023: 94,80%)" are previous values dated 2023-12-31; "Ban Thi đua - Khen thưởng đã cấp 214 tài khoản"
  names its body (subject as written, level tỉnh; code unchecked: accounts for officials, not identity accounts). A
  dash list "- <unit>: n hồ sơ, đúng hạn x%;" of the seven district-level units (subject as written, "UBND thành phố
  Tuyên Quang", level huyện; code unchecked: the files each submitted, settled by the Hội đồng). Counts "19/21 sở,
  ban, ngành", "5/7 huyện, thành phố", "02 cơ quan cấp tỉnh", "02 huyện". The province's total `82,47/100` and rank
  `27/63`; the Sở Nội vụ's score and rank `4/21` (named in full) with "(năm 2023 xếp thứ 8/21)" dated 2023-12-31.
  The target "đạt 100% đến hết năm 2025" of the agencies and districts together (subject and level unchecked, dated
  2025-12-31). Five deadlines: quarter, day for two named districts, "chậm nhất" day in words, year (with the
  target), "trước ngày 20 hằng tháng" (issued 10/01/2025: first 20/01/2025).
- 389 is a half-year Báo cáo of the Quỹ Đầu tư phát triển of Vĩnh Long (header "UBND TỈNH VĨNH LONG / QUỸ ĐẦU TƯ
  PHÁT TRIỂN"), 6 tháng đầu năm 2025, issued 04/7/2025 (after Vĩnh Long, Bến Tre and Trà Vinh merged on 01/7/2025;
  its figures are the former Vĩnh Long Quỹ's), on online loan applications and cashless disbursement and collection.
  Loan applications are not TTHC files: codes unchecked throughout. Sums in `tỷ đồng` (kind `value`); "tăng 86,4 tỷ
  đồng so với ngày 31/12/2024 (1.162,2 tỷ đồng)" a change and a previous value dated 2024-12-31; "(cùng kỳ năm 2024:
  …)" values dated 2024-06-30. "24 khách hàng" (unit `khách hàng`) and its share of the approved projects. The 2025
  target of the online share (70%, "đã đạt chỉ tiêu") and the year's disbursement plan "520 tỷ đồng" are targets
  dated 2025-12-31. "40/42 hồ sơ" one count (max 42), "1.126/1.240 hồ sơ" one count (max 1240). A dash list by
  programme "- <programme>: n dự án, x tỷ đồng;" and outstanding loans by sector after "lần lượt là" are parts
  (subject ANY, level tỉnh). Collections by channel after "lần lượt là … tương ứng …". Staff counts in `người` (code
  None). The target "của Quỹ đạt tối thiểu 90% đến hết năm 2025" is the Quỹ's. "Còn 02 hồ sơ thẩm định quá hạn" (in
  II.) is a count. Six deadlines: day, month, "chậm nhất" day in words, quarter, year (with the target), "trước ngày
  08 hằng tháng" (issued 04/7/2025: first 08/7/2025).
"""

from __future__ import annotations

from dataclasses import replace

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
_TRD = "triệu đồng"
_TYD = "tỷ đồng"


def _cells(subject: object, level: object, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject, level=level,
              as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


# ------------------------------------------------------------ 385: Chi cục QLTT tỉnh Đồng Nai, tháng 9 năm 2025
_CC = "Chi cục Quản lý thị trường"
_AUG_385 = "2025-08-31"
_Y2025 = "2025-12-31"


def _cc(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Chi cục itself (subject the Chi cục named by its kind, level tỉnh)."""
    kw.setdefault("code", ANY)
    return F(context, raw, value, unit, kind, subject=_CC, level="tỉnh", **kw)


def _team_385(subject: str, checked: str, handled: str, fines: str, online: str, cashless: str,
              after: str) -> list[Fact]:
    """One Markdown row of a team (or the whole Chi cục): cases inspected, cases handled, fines (triệu
    đồng), share of files drawn up online, share of fines paid without cash. STT is no figure."""
    cells = [(checked, "vụ", P, ANY, "period"), (handled, "vụ", P, ANY, "period"),
             (fines, _TRD, P, ANY, "period"), (online, "%", P, ANY, "period"), (cashless, "%", P, ANY, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


def _kind_385(context: str, raw: str) -> Fact:
    """Cases of one kind of violation (a part of the cases handled; subject unchecked, as a field's)."""
    return F(context, raw, _num(raw), "vụ", C, subject=ANY, level="tỉnh", code=ANY)


_DOI = "Đội Quản lý thị trường số "

BLIND_385 = [
    # I.1 (86/KH-SCT of 14/7/2025 and 1523/SCT-QLTT of 22/8/2025 cited); tháng 8/2025 dated 2025-08-31
    _cc("kiểm tra 286 vụ", "286", 286, "vụ", C),
    _cc("tăng 37 vụ", "37", 37, "vụ", CH),
    _cc("(249 vụ)", "249", 249, "vụ", PR, as_of=_AUG_385),
    _cc("xử lý 214 vụ", "214", 214, "vụ", C),
    _cc("chiếm 74,83%", "74,83%", 74.83, "%"),
    _cc("là 1.862,5 triệu", "1.862,5", 1862.5, _TRD),
    _cc("tịch thu 743,2", "743,2", 743.2, _TRD),
    _cc("tiêu hủy 318,6", "318,6", 318.6, _TRD),
    _cc("tháng là 2.605,7", "2.605,7", 2605.7, _TRD),
    _kind_385("trí tuệ 38 vụ", "38"),
    _kind_385("nhập lậu 52 vụ", "52"),
    _kind_385("thực phẩm 47 vụ", "47"),
    _kind_385("niêm yết giá 41 vụ", "41"),
    _kind_385("khác 36 vụ", "36"),
    _cc("xác minh 19 gian hàng", "19", 19, "gian hàng", C),
    _cc("xử lý 11 vụ", "11", 11, "vụ", C),
    _cc("phạt 148,5 triệu", "148,5", 148.5, _TRD),
    # "Lũy kế 9 tháng năm 2025" runs to the period end; the year's plan is a target dated 2025-12-31
    _cc("kiểm tra 2.318 vụ", "2.318", 2318, "vụ", C),
    _cc("xử lý 1.745 vụ", "1.745", 1745, "vụ", C),
    _cc("sách 19.472,3 triệu", "19.472,3", 19472.3, _TRD),
    _cc("bằng 81,13%", "81,13%", 81.13, "%"),
    _cc("là 24.000 triệu", "24.000", 24000, _TRD, T, as_of=_Y2025),
    # I.2 Markdown table of the five teams ("số 1" … "số 5" are names), "Toàn Chi cục" row (= the Chi cục)
    *_team_385(_DOI + "1", "68", "51", "436,8", "100", "78,43", "| 2 | Đội Quản lý thị trường số 2"),
    *_team_385(_DOI + "2", "59", "44", "392,5", "97,73", "72,73", "| 3 | Đội Quản lý thị trường số 3"),
    *_team_385(_DOI + "3", "54", "40", "351,4", "95,00", "70,00", "| 4 | Đội Quản lý thị trường số 4"),
    *_team_385(_DOI + "4", "57", "43", "387,2", "100", "76,74", "| 5 | Đội Quản lý thị trường số 5"),
    *_team_385(_DOI + "5", "48", "36", "294,6", "94,44", "66,67", "| | Toàn Chi cục"),
    *_team_385(_CC, "286", "214", "1.862,5", "97,66", "73,36", "\nCó 02/05"),
    F("Có 02/05", "02/05", 2, "đơn vị", C, max_value=5, subject=ANY, level="tỉnh", code=None),
    # I.3 tháng 8/2025 dated 2025-08-31; the Sở's 2025 target (80%), "chưa đạt chỉ tiêu"
    _cc("lập 209/214 hồ sơ", "209/214", 209, "hồ sơ", C, max_value=214),
    _cc("đạt 97,66%", "97,66%", 97.66, "%"),
    _cc("(tháng 8/2025: 91,24%)", "91,24%", 91.24, "%", PR, as_of=_AUG_385),
    _cc("05 hồ sơ còn lại", "05", 5, "hồ sơ", C),
    _cc("là 157 quyết định", "157", 157, "quyết định", C),
    _cc("chiếm 73,36%", "73,36%", 73.36, "%", target=80, stated_status="chưa đạt"),
    _cc("tăng 8,15%", "8,15%", 8.15, "%", CH),
    _cc("là 1.405,8 triệu", "1.405,8", 1405.8, _TRD),
    _cc("chiếm 75,48%", "75,48%", 75.48, "%"),
    _cc("là 80%, Chi cục", "80%", 80, "%", T, as_of=_Y2025),
    # I.4 (0251.3823.614 is a phone number, "số 1597 đường Phạm Văn Thuận" an address)
    _cc("đạt 98,62%", "98,62%", 98.62, "%"),
    _cc("(1.284/1.302 văn bản)", "1.284/1.302", 1284, "văn bản", C, max_value=1302),
    _cc("100% hồ sơ vụ việc", "100%", 100, "%"),
    _cc("có 112 công chức", "112", 112, "công chức", C, code=None),
    _cc("tiếp nhận 23 phản ánh", "23", 23, "PAKN", C, code=_PAKN_TN),
    _cc("nóng 12 PAKN", "12", 12, "PAKN", C),
    _cc("điện tử 07 PAKN", "07", 7, "PAKN", C),
    _cc("trực tiếp 04 PAKN", "04", 4, "PAKN", C),
    _cc("xử lý 21/23 PAKN", "21/23", 21, "PAKN", C, max_value=23, code=_PAKN_XL),
    _cc("đạt 91,30%", "91,30%", 91.30, "%", code=_PAKN_TL),
    _cc("02 PAKN đang", "02", 2, "PAKN", C),
    # II.4 the teams' target for quý IV năm 2025
    F("tối thiểu 80%", "80%", 80, "%", T, subject=ANY, level="tỉnh", as_of=_Y2025, code=ANY),
]

# ------------------------------------------------------------ 386: CDC tỉnh Quảng Ngãi, quý III năm 2025
_CDC = "Trung tâm Kiểm soát bệnh tật"
_Q2_386 = "2025-06-30"


def _cdc(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Trung tâm itself (subject the CDC named by its kind, level tỉnh)."""
    kw.setdefault("code", ANY)
    return F(context, raw, value, unit, kind, subject=_CDC, level="tỉnh", **kw)


def _vaccine(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of all vaccination facilities of the province (who is counted is left unchecked)."""
    return F(context, raw, value, unit, kind, subject=ANY, level=ANY, code=ANY, **kw)


def _month_386(as_of: str, received: str, online: str, on_time: str, doses: str, after: str) -> list[Fact]:
    """One tab-separated row of a month (dated at its end) or of the quarter: the Trung tâm's files received,
    online and on-time shares, then the doses entered by all facilities (subject and level unchecked)."""
    cells = [(received, "hồ sơ", P, _TN, as_of), (online, "%", P, _NOP, as_of), (on_time, "%", P, _DH, as_of),
             (doses, "mũi", P, ANY, as_of)]
    *own, dose = _cells(_CDC, "tỉnh", cells, after, "\t", "\n")
    return [*own, replace(dose, subject=ANY, level=ANY)]


BLIND_386 = [
    # I.1 (2841/SYT-VP of 18/9/2025 cited; "từ ngày 01/7/2025" a date)
    _cdc("thực hiện 14 TTHC", "14", 14, "TTHC", C, code=_TTHC),
    _cdc("thuộc 03 lĩnh vực", "03", 3, "lĩnh vực", C, code=None),
    _cdc("trong đó 09 TTHC", "09", 9, "TTHC", C, code=_TOAN),
    _cdc("trình, 05 TTHC", "05", 5, "TTHC", C, code=_MOT),
    # I.2 quý II năm 2025 dated 2025-06-30; the Sở Y tế's 2025 target (80%), "chưa đạt chỉ tiêu"
    _cdc("tiếp nhận 3.846 hồ sơ", "3.846", 3846, "hồ sơ", C, code=_TN),
    _cdc("(quý II năm 2025: 2.917 hồ sơ)", "2.917", 2917, "hồ sơ", PR, as_of=_Q2_386, code=_TN),
    F("Kon Tum là 1.128", "1.128", 1128, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    _cdc("là 2.961 hồ sơ", "2.961", 2961, "hồ sơ", C, code=_NOP),
    _cdc("chiếm 76,99%", "76,99%", 76.99, "%", code=_NOP, target=80, stated_status="chưa đạt"),
    _cdc("là 80% thì", "80%", 80, "%", T, as_of=_Y2025, code=_NOP),
    _cdc("giải quyết 3.702", "3.702", 3702, "hồ sơ", C),
    _cdc("trước hạn 1.946", "1.946", 1946, "hồ sơ", C),
    _cdc("đúng hạn 1.741", "1.741", 1741, "hồ sơ", C),
    _cdc("quá hạn 15", "15", 15, "hồ sơ", C, code=_QH),
    _cdc("đạt 99,59%", "99,59%", 99.59, "%", code=_DH),
    _cdc("Còn 144 hồ sơ", "144", 144, "hồ sơ", C),
    # tab-separated table by month (units stated in the line before it), "Quý III/2025" row (= the period)
    *_month_386("2025-07-31", "1.214", "75,86", "99,50", "58.914", "Tháng 8/2025"),
    *_month_386("2025-08-31", "1.305", "76,86", "99,62", "63.287", "Tháng 9/2025"),
    *_month_386("2025-09-30", "1.327", "78,15", "99,64", "64.219", "Quý III/2025"),
    *_month_386("period", "3.846", "76,99", "99,59", "186.420", "\nTỷ lệ hồ sơ"),
    _cdc("trực tuyến đạt 52,36%", "52,36%", 52.36, "%", code=_TT),
    _cdc("TTHC đạt 94,12%", "94,12%", 94.12, "%", code=_SH),
    _cdc("điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    # I.3
    _cdc("tiếp nhận 07 phản ánh", "07", 7, "PAKN", C, code=_PAKN_TN),
    _cdc("quyết 07/07 PAKN", "07/07", 7, "PAKN", C, max_value=7, code=_PAKN_XL),
    _cdc("đạt 97,85%", "97,85%", 97.85, "%", code=_HL),
    # II.1 "toàn tỉnh" figures have subject NULL ("Đến ngày 30/9/2025" is the period end; "dưới 1 tuổi" is no
    # figure); doses of all facilities unchecked; quý II năm 2025 dated 2025-06-30
    F("có 1.642.857 đối tượng", "1.642.857", 1642857, "đối tượng", C, code=ANY),
    F("trong đó 1.598.214", "1.598.214", 1598214, "đối tượng", C, code=ANY),
    F("đạt 97,28%", "97,28%", 97.28, "%", code=ANY),
    _vaccine("Hệ thống 186.420 mũi", "186.420", 186420, "mũi", C),
    _vaccine("(quý II năm 2025: 172.305 mũi)", "172.305", 172305, "mũi", PR, as_of=_Q2_386),
    _vaccine("mở rộng 141.736", "141.736", 141736, "mũi", C),
    _vaccine("dịch vụ 44.684", "44.684", 44684, "mũi", C),
    _vaccine("đạt 71,45%", "71,45%", 71.45, "%"),
    _cdc("cấp 9.862 lượt", "9.862", 9862, "lượt", C),
    F("Có 88/96", "88/96", 88, "xã", C, max_value=96, subject=ANY, level="xã", code=None),
    F("08 xã còn", "08", 8, "xã", C, subject=ANY, level="xã", code=None),
    # II.2 quý II năm 2025 dated 2025-06-30
    _cdc("cho 6.518 lượt", "6.518", 6518, "lượt", C),
    _cdc("lái xe 4.236 lượt", "4.236", 4236, "lượt", C),
    _cdc("quốc gia đạt 100%", "100%", 100, "%"),
    _cdc("đạt 91,07%", "91,07%", 91.07, "%"),
    _cdc("là 3.412,6 triệu", "3.412,6", 3412.6, _TRD),
    _cdc("mặt 2.329,8 triệu", "2.329,8", 2329.8, _TRD),
    _cdc("đạt 68,27%", "68,27%", 68.27, "%"),
    _cdc("(quý II năm 2025: 54,90%)", "54,90%", 54.90, "%", PR, as_of=_Q2_386),
    _cdc("tăng 13,37%", "13,37%", 13.37, "%", CH),
    # II.3 the Sở Y tế's own scoring (not the 766 index): code unchecked
    _cdc("đạt 92,40/100", "92,40/100", 92.40, "điểm", max_value=100),
    _cdc("thứ 2/14", "2/14", 2, "hạng", R, max_value=14),
    # III.2 the Trung tâm's target for tháng 12/2025 (0255.3822.415 is a phone number)
    _cdc("tối thiểu 75%", "75%", 75, "%", T, as_of=_Y2025),
]

# ------------------------------------------------------------ 387: Sở KH&CN tỉnh Bắc Ninh, năm 2025
_SKH = "Sở Khoa học và Công nghệ"
_Y2024 = "2024-12-31"


def _skh(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    kw.setdefault("code", ANY)
    return F(context, raw, value, unit, kind, subject=_SKH, level="tỉnh", **kw)


def _infra(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the province's shared infrastructure or certificates (whose it is left unchecked)."""
    return F(context, raw, value, unit, kind, subject=ANY, level=ANY, code=ANY, **kw)


def _agency_387(subject: str, received: str, online: str, paid: str, on_time: str, after: str) -> list[Fact]:
    """One Markdown row of an agency: files received, online, online-payment and on-time shares."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"),
             (paid, "%", P, _TT, "period"), (on_time, "%", P, _DH, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_387 = [
    # I.1 the provincial system's and the province's figures (subject NULL; 17/KH-UBND of 20/01/2025 and
    # 766/QĐ-TTg of 23/6/2022 cited; "từ ngày 01/3/2025" a date); năm 2024 dated 2024-12-31
    F("cung cấp 1.986 TTHC", "1.986", 1986, "TTHC", C, code=_TTHC),
    F("trong đó 1.142 TTHC", "1.142", 1142, "TTHC", C, code=_TOAN),
    F("trình, 628 TTHC", "628", 628, "TTHC", C, code=_MOT),
    F("đồng bộ 1.754 TTHC", "1.754", 1754, "TTHC", C, code=ANY),
    F("đạt 88,32%", "88,32%", 88.32, "%", code=ANY),
    F("tiếp nhận 1.486.372", "1.486.372", 1486372, "hồ sơ", C, code=_TN),
    F("trong đó 1.163.905", "1.163.905", 1163905, "hồ sơ", C, code=_NOP),
    F("chiếm 78,31%", "78,31%", 78.31, "%", code=_NOP, target=80, stated_status="chưa đạt"),
    F("Bắc Giang: 61,47%)", "61,47%", 61.47, "%", PR, as_of=_Y2024, code=_NOP),
    F("năm 2025 (80%)", "80%", 80, "%", T, code=_NOP),
    F("toàn tỉnh đạt 98,87%", "98,87%", 98.87, "%", code=_DH),
    F("toàn tỉnh đạt 64,52%", "64,52%", 64.52, "%", code=_TT),
    F("toàn tỉnh đạt 89,16%", "89,16%", 89.16, "%", code=_SH),
    F("ngành là 90,58%", "90,58%", 90.58, "%", subject=ANY, level="tỉnh", code=_NOP),
    F("cấp xã là 74,26%", "74,26%", 74.26, "%", subject=ANY, level="xã", code=_NOP),
    # I.2 Markdown table of eight agencies (no total row)
    *_agency_387("Sở Nông nghiệp và Môi trường", "38.412", "84,27", "61,35", "97,82", "| 2 | Sở Xây dựng"),
    *_agency_387("Sở Xây dựng", "12.586", "91,44", "72,18", "98,96", "| 3 | Sở Tài chính"),
    *_agency_387("Sở Tài chính", "9.874", "99,85", "88,40", "99,91", "| 4 | Sở Công Thương"),
    *_agency_387("Sở Công Thương", "7.215", "98,62", "80,06", "100", "| 5 | Sở Y tế"),
    *_agency_387("Sở Y tế", "6.903", "76,18", "58,72", "99,37", "| 6 | Sở Tư pháp"),
    *_agency_387("Sở Tư pháp", "24.617", "95,36", "83,24", "99,88", "| 7 | Sở Nội vụ"),
    *_agency_387("Sở Nội vụ", "3.148", "73,41", "45,90", "98,41", "| 8 | Sở Khoa học"),
    *_agency_387(_SKH, "4.215", "99,12", "87,45", "100", "\nCó 12/17"),
    # counts of agencies by grade and of communes
    F("Có 12/17", "12/17", 12, "đơn vị", C, max_value=17, subject=ANY, level="tỉnh", code=None),
    F("04 sở, ngành", "04", 4, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("01 sở được", "01", 1, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("84/99 xã", "84/99", 84, "xã", C, max_value=99, subject=ANY, level="xã", code=None),
    F("15 xã, phường", "15", 15, "xã", C, subject=ANY, level="xã", code=None),
    # II.1 the data centre and LGSP; năm 2024 compared
    _infra("vận hành 412 máy chủ", "412", 412, "máy chủ", C),
    _infra("lưu trữ 1.850 TB", "1.850", 1850, "TB"),
    _infra("đạt 99,95%", "99,95%", 99.95, "%"),
    _infra("kết nối 27 hệ thống", "27", 27, "hệ thống", C),
    _infra("phát sinh 18.642.307", "18.642.307", 18642307, "giao dịch", C),
    _infra("tăng 41,6%", "41,6%", 41.6, "%", CH),
    # II.2 certificates issued through the Sở for the province's staff and people (whose: unchecked)
    _infra("cấp mới 3.874", "3.874", 3874, "chứng thư", C),
    _infra("lên 21.506 chứng thư", "21.506", 21506, "chứng thư", C),
    _infra("đăng ký 186.215", "186.215", 186215, "chứng thư", C),
    F("toàn tỉnh đạt 98,74%", "98,74%", 98.74, "%", code=ANY),
    _skh("tiếp nhận 4.215 hồ sơ", "4.215", 4215, "hồ sơ", C, code=_TN),
    _skh("ký số đạt 100%", "100%", 100, "%"),
    _skh("đạt 98,93%", "98,93%", 98.93, "%", code=_HL),
    # II.3 the province (ranked among 34 after the merger; năm 2024 among 63, dated 2024-12-31) and the Sở
    F("đạt 88,64/100", "88,64/100", 88.64, "điểm", max_value=100, code=_TONG),
    F("thứ 7/34", "7/34", 7, "hạng", R, max_value=34, code=_HANG),
    F("(năm 2024: 84,15 điểm", "84,15", 84.15, "điểm", PR, max_value=100, as_of=_Y2024, code=_TONG),
    F("thứ 19/63)", "19/63", 19, "hạng", PR, max_value=63, as_of=_Y2024, code=_HANG),
    F("đạt 10,86/12", "10,86/12", 10.86, "điểm", max_value=12, code="766.dvctt"),
    F("đạt 7,42/10", "7,42/10", 7.42, "điểm", max_value=10, code="766.thanh_toan"),
    _skh("Công nghệ đạt 93,27", "93,27", 93.27, "điểm", code=_TONG),
    _skh("thứ 3/17", "3/17", 3, "hạng", R, max_value=17, code=_HANG),
    # III.4 the province's target for 2026 (0222.3822.536 is a phone number, "số 06 đường Lý Thái Tổ" an address)
    F("tối thiểu 85%", "85%", 85, "%", T, as_of="2026-12-31", code=_NOP),
]

# ------------------------------------------------------------ 388: Hội đồng TĐ-KT tỉnh Tuyên Quang, năm 2024
_HD = "Hội đồng Thi đua - Khen thưởng"
_Y2023 = "2023-12-31"


def _hd(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Hội đồng itself (subject the Hội đồng named by its kind, level tỉnh)."""
    kw.setdefault("code", ANY)
    return F(context, raw, value, unit, kind, subject=_HD, level="tỉnh", **kw)


def _award(context: str, raw: str) -> Fact:
    """Files of one form of award: the award's level ("cấp Nhà nước", "cấp tỉnh") is no administrative level
    of a body, so subject and level are left unchecked."""
    return F(context, raw, _num(raw), "hồ sơ", C, subject=ANY, level=ANY, code=ANY)


def _district_388(subject: str, files: str, on_time: str) -> list[Fact]:
    """One dash-list line `- <unit>: n hồ sơ, đúng hạn x%;` of the files a district-level unit submitted."""
    return [F(f"{subject}: {files} hồ sơ", files, _num(files), "hồ sơ", C, subject=subject, level="huyện",
              code=ANY),
            F(f"{files} hồ sơ, đúng hạn {on_time}%", f"{on_time}%", _num(on_time), "%", subject=subject,
              level="huyện", code=ANY)]


BLIND_388 = [
    # I.1 (98/2023/NĐ-CP of 31/12/2023 and 36/KH-UBND of 05/3/2024 cited); năm 2023 dated 2023-12-31; the 2024
    # target (75%) is dated at the period end, "đã đạt chỉ tiêu"
    _hd("tiếp nhận 2.846 hồ sơ", "2.846", 2846, "hồ sơ", C, code=_TN),
    _hd("tăng 22,94%", "22,94%", 22.94, "%", CH),
    _hd("(2.315 hồ sơ)", "2.315", 2315, "hồ sơ", PR, as_of=_Y2023, code=_TN),
    _hd("tỉnh 2.417 hồ sơ", "2.417", 2417, "hồ sơ", C, code=_NOP),
    _hd("chiếm 84,93%", "84,93%", 84.93, "%", code=_NOP, target=75, stated_status="đạt"),
    _hd("là 75%", "75%", 75, "%", T, code=_NOP),
    # submitters after "lần lượt là"
    F("là 1.128 hồ sơ", "1.128", 1128, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    F("hồ sơ, 1.406 hồ sơ", "1.406", 1406, "hồ sơ", C, subject=ANY, level="huyện", code=ANY),
    F("và 312 hồ sơ", "312", 312, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    # forms of award (dash list with parts in brackets and after "trong đó")
    _award("Nhà nước: 186", "186"),
    _award("Huân chương 24", "24"),
    _award("Chính phủ 97", "97"),
    _award("toàn quốc 11", "11"),
    _award("hình thức khác 54", "54"),
    _award("tỉnh: 2.104", "2.104"),
    _award("Bằng khen 1.682", "1.682"),
    _award("cấp tỉnh 318", "318"),
    _award("Cờ thi đua 104", "104"),
    _award("xuất sắc: 556", "556"),
    # I.2 "đúng hạn" without a "trước hạn" part is the on-time whole; a fall in time is negative
    _hd("giải quyết 2.791", "2.791", 2791, "hồ sơ", C),
    _hd("đúng hạn 2.748", "2.748", 2748, "hồ sơ", C, code=_DH),
    _hd("đạt 98,46%", "98,46%", 98.46, "%", code=_DH),
    _hd("quá hạn 43", "43", 43, "hồ sơ", C, code=_QH),
    _hd("chiếm 1,54%", "1,54%", 1.54, "%", code=_QH),
    _hd("còn 55 hồ sơ", "55", 55, "hồ sơ", C),
    _hd("là 127 hồ sơ", "127", 127, "hồ sơ", C),
    _hd("chiếm 4,46%", "4,46%", 4.46, "%"),
    _hd("là 12,6 ngày", "12,6", 12.6, "ngày", code=_TIME),
    _hd("rút ngắn 2,1 ngày", "2,1", -2.1, "ngày", CH, code=_TIME),
    _hd("đạt 91,38%", "91,38%", 91.38, "%", code=_KQ),
    _hd("đạt 88,72%", "88,72%", 88.72, "%", code=_SH),
    # dash list of the seven district-level units (their files; code unchecked)
    *_district_388("UBND thành phố Tuyên Quang", "312", "100"),
    *_district_388("UBND huyện Yên Sơn", "246", "98,78"),
    *_district_388("UBND huyện Sơn Dương", "268", "97,76"),
    *_district_388("UBND huyện Hàm Yên", "184", "98,91"),
    *_district_388("UBND huyện Chiêm Hóa", "196", "96,94"),
    *_district_388("UBND huyện Na Hang", "102", "99,02"),
    *_district_388("UBND huyện Lâm Bình", "98", "95,92"),
    F("Có 19/21", "19/21", 19, "đơn vị", C, max_value=21, subject=ANY, level="tỉnh", code=None),
    F("5/7 huyện", "5/7", 5, "huyện", C, max_value=7, subject=ANY, level="huyện", code=None),
    F("02 cơ quan", "02", 2, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("02 huyện", "02", 2, "huyện", C, subject=ANY, level="huyện", code=None),
    # I.3
    _hd("tiếp nhận 03 phản ánh", "03", 3, "PAKN", C, code=_PAKN_TN),
    _hd("(năm 2023: 05 PAKN)", "05", 5, "PAKN", PR, as_of=_Y2023, code=_PAKN_TN),
    _hd("xong 03/03 PAKN", "03/03", 3, "PAKN", C, max_value=3, code=_PAKN_XL),
    _hd("đạt 96,15%", "96,15%", 96.15, "%", code=_HL),
    _hd("(năm 2023: 94,80%)", "94,80%", 94.80, "%", PR, as_of=_Y2023, code=_HL),
    F("cấp 214 tài khoản", "214", 214, "tài khoản", C, subject="Ban Thi đua - Khen thưởng", level="tỉnh",
      code=ANY),
    # I.4 the province and the Sở Nội vụ (rank among the province's agencies; năm 2023 dated 2023-12-31)
    F("đạt 82,47/100", "82,47/100", 82.47, "điểm", max_value=100, code=_TONG),
    F("thứ 27/63", "27/63", 27, "hạng", R, max_value=63, code=_HANG),
    F("đạt 90,84 điểm", "90,84", 90.84, "điểm", subject="Sở Nội vụ", level="tỉnh", code=_TONG),
    F("thứ 4/21", "4/21", 4, "hạng", R, max_value=21, subject="Sở Nội vụ", level="tỉnh", code=_HANG),
    F("thứ 8/21)", "8/21", 8, "hạng", PR, max_value=21, subject="Sở Nội vụ", level="tỉnh", as_of=_Y2023,
      code=_HANG),
    # II.4 the target for 2025 of the agencies and districts together (0207.3822.148 is a phone number)
    F("đạt 100% đến", "100%", 100, "%", T, subject=ANY, level=ANY, as_of=_Y2025, code=_NOP),
]

# ------------------------------------------------------------ 389: Quỹ ĐTPT tỉnh Vĩnh Long, 6 tháng đầu năm 2025
_QUY = "Quỹ Đầu tư phát triển"
_H1_2024 = "2024-06-30"


def _quy(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Quỹ itself (subject the Quỹ named by its kind, level tỉnh; no catalogued code)."""
    return F(context, raw, value, unit, kind, subject=_QUY, level="tỉnh", code=kw.pop("code", ANY), **kw)


def _part(context: str, raw: str, unit: str, kind: str = P) -> Fact:
    """A part of the Quỹ's loans by programme or sector (subject unchecked, as a field's)."""
    return F(context, raw, _num(raw), unit, kind, subject=ANY, level="tỉnh", code=ANY)


def _programme_389(label: str, projects: str, amount: str) -> list[Fact]:
    """One dash-list line `- <programme>: n dự án, x tỷ đồng;`."""
    return [_part(f"{label}: {projects} dự án", projects, "dự án", C),
            _part(f"{projects} dự án, {amount} tỷ", amount, _TYD)]


BLIND_389 = [
    # I.1 (1124/QĐ-UBND of 12/5/2023 and 2187/UBND-KTTC of 16/6/2025 cited; "từ ngày 01/7/2025" and "đến
    # ngày 30/6/2025" are dates); 31/12/2024 dated 2024-12-31
    _quy("là 1.248,6 tỷ", "1.248,6", 1248.6, _TYD),
    _quy("tăng 86,4 tỷ", "86,4", 86.4, _TYD, CH),
    _quy("(1.162,2 tỷ đồng)", "1.162,2", 1162.2, _TYD, PR, as_of=_Y2024),
    _quy("là 612,5 tỷ", "612,5", 612.5, _TYD),
    _quy("chiếm 49,06%", "49,06%", 49.06, "%"),
    _quy("là 236,8 tỷ", "236,8", 236.8, _TYD),
    _quy("chiếm 18,97%", "18,97%", 18.97, "%"),
    # I.2 loan applications (not TTHC files); the 2025 target (70%), "đã đạt chỉ tiêu"; cùng kỳ dated 2024-06-30
    _quy("tiếp nhận 47 hồ sơ", "47", 47, "hồ sơ", C),
    _quy("trong đó 39 hồ sơ", "39", 39, "hồ sơ", C),
    _quy("chiếm 82,98%", "82,98%", 82.98, "%", target=70, stated_status="đạt"),
    _quy("là 70%, Quỹ", "70%", 70, "%", T, as_of=_Y2025),
    _quy("thẩm định 42 hồ sơ", "42", 42, "hồ sơ", C),
    _quy("vay 31 dự án", "31", 31, "dự án", C),
    _quy("tiền 386,4 tỷ", "386,4", 386.4, _TYD),
    _quy("là 40/42 hồ sơ", "40/42", 40, "hồ sơ", C, max_value=42),
    _quy("đạt 95,24%", "95,24%", 95.24, "%"),
    _quy("Có 24 khách hàng", "24", 24, "khách hàng", C),
    _quy("chiếm 77,42%", "77,42%", 77.42, "%"),
    _quy("là 14,5 ngày", "14,5", 14.5, "ngày"),
    _quy("2024: 18 ngày)", "18", 18, "ngày", PR, as_of=_H1_2024),
    *_programme_389("Hạ tầng kỹ thuật đô thị", "7", "162,5"),
    *_programme_389("Hạ tầng cụm công nghiệp", "4", "98,6"),
    *_programme_389("Trường học, cơ sở y tế ngoài công lập", "6", "54,3"),
    *_programme_389("Nông nghiệp ứng dụng công nghệ cao", "9", "47,2"),
    *_programme_389("Nước sạch nông thôn, xử lý chất thải rắn", "5", "23,8"),
    _quy("là 753,8 tỷ", "753,8", 753.8, _TYD),
    _part("là 412,7 tỷ", "412,7", _TYD),
    _part("đồng, 186,3 tỷ", "186,3", _TYD),
    _part("và 154,8 tỷ", "154,8", _TYD),
    _quy("là 4,12 tỷ", "4,12", 4.12, _TYD),
    _quy("chiếm 0,55%", "0,55%", 0.55, "%"),
    # I.3 the year's plan (520 tỷ đồng) is a target dated 2025-12-31
    _quy("giải ngân 294,6 tỷ", "294,6", 294.6, _TYD),
    _quy("với 118 lượt", "118", 118, "lượt", C),
    _quy("bằng 56,65%", "56,65%", 56.65, "%"),
    _quy("giao là 520 tỷ", "520", 520, _TYD, T, as_of=_Y2025),
    _quy("gốc 152,3 tỷ", "152,3", 152.3, _TYD),
    _quy("lãi 31,85 tỷ", "31,85", 31.85, _TYD),
    _quy("là 179,62 tỷ", "179,62", 179.62, _TYD),
    _quy("chiếm 97,54%", "97,54%", 97.54, "%"),
    _quy("có 386 lượt", "386", 386, "lượt", C),
    _quy("là 264 lượt", "264", 264, "lượt", C),
    _quy("và 87 lượt", "87", 87, "lượt", C),
    _quy("tương ứng 68,39%", "68,39%", 68.39, "%"),
    _quy("và 22,54%", "22,54%", 22.54, "%"),
    # I.4 cùng kỳ năm 2024 dated 2024-06-30 (0270.3823.179 is a phone number; "số 42 đường 2 Tháng 9, Phường 1"
    # an address)
    _quy("hóa 1.126/1.240", "1.126/1.240", 1126, "hồ sơ", C, max_value=1240),
    _quy("đạt 90,81%", "90,81%", 90.81, "%"),
    _quy("đạt 96,30%", "96,30%", 96.30, "%"),
    _quy("2024: 81,45%)", "81,45%", 81.45, "%", PR, as_of=_H1_2024),
    _quy("nhận 12.486 lượt", "12.486", 12486, "lượt", C),
    _quy("và 214 lượt", "214", 214, "lượt", C),
    _quy("gửi 1.872 tin nhắn", "1.872", 1872, "tin nhắn", C),
    _quy("tăng 35,4%", "35,4%", 35.4, "%", CH),
    _quy("có 34 người", "34", 34, "người", C, code=None),
    _quy("trong đó 29 người", "29", 29, "người", C, code=None),
    # II.
    _quy("Còn 02 hồ sơ", "02", 2, "hồ sơ", C),
    # III.5 the Quỹ's target by the end of 2025
    _quy("tối thiểu 90%", "90%", 90, "%", T, as_of=_Y2025),
]

BLIND = {"385": BLIND_385, "386": BLIND_386, "387": BLIND_387, "388": BLIND_388, "389": BLIND_389}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "385": [
        ("2025-10-15", "day", "15/10/2025", "cập nhật đầy đủ hồ sơ xử phạt",
         "Đội Quản lý thị trường số 3, Đội Quản lý thị trường số 5"),
        ("2025-10-20", "day", "ngày 20 tháng 10 năm 2025", "xây dựng kế hoạch kiểm tra cao điểm",
         "Phòng Nghiệp vụ - Tổng hợp"),
        ("2025-11-30", "month", "tháng 11/2025", "thu tiền phạt bằng mã QR", "Phòng Tổ chức - Hành chính"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "tỷ lệ nộp phạt không dùng tiền mặt",
         "Các Đội Quản lý thị trường"),
        # issued 03/10/2025: the first "ngày 25 hằng tháng" is 25/10/2025
        ("2025-10-25", "recurring", "25 hằng tháng", "gửi báo cáo kết quả kiểm tra, xử lý",
         "Các Đội Quản lý thị trường"),
    ],
    "386": [
        ("2025-10-31", "day", "31/10/2025", "làm sạch dữ liệu các đối tượng tiêm chủng",
         "Khoa Phòng, chống bệnh truyền nhiễm"),
        ("2025-12-31", "month", "tháng 12/2025", "thu phí khám sức khỏe không dùng tiền mặt", "Phòng Khám đa khoa"),
        ("2025-11-15", "day", "ngày 15 tháng 11 năm 2025", "cung cấp dịch vụ công trực tuyến toàn trình",
         "Phòng Kế hoạch - Nghiệp vụ"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "kiểm tra việc tiếp nhận, trả kết quả hồ sơ",
         "Phòng Tổ chức - Hành chính"),
        # issued 07/10/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/11/2025
        ("2025-11-05", "recurring", "05 hằng tháng", "báo cáo số liệu tiêm chủng",
         "Trạm Y tế các xã, phường, đặc khu"),
    ],
    "387": [
        ("2026-03-31", "quarter", "quý I năm 2026", "nâng cấp Hệ thống thông tin giải quyết TTHC tỉnh",
         "Phòng Chuyển đổi số"),
        ("2026-02-27", "day", "27/02/2026", "di chuyển các hệ thống thông tin",
         "Trung tâm Công nghệ thông tin và Truyền thông"),
        ("2026-03-31", "month", "tháng 3/2026", "quy chế quản lý, sử dụng chứng thư số", "Văn phòng Sở"),
        ("2026-12-31", "year", "năm 2026", "tỷ lệ hồ sơ nộp trực tuyến", "Các sở, ban, ngành, UBND các xã, phường"),
        # issued 08/01/2026: the first "ngày 10 hằng tháng" is 10/01/2026
        ("2026-01-10", "recurring", "10 hằng tháng", "báo cáo tình hình sử dụng chứng thư số",
         "Các sở, ban, ngành, UBND các xã, phường"),
    ],
    "388": [
        ("2025-03-31", "quarter", "quý I năm 2025", "hướng dẫn quy trình nộp hồ sơ đề nghị khen thưởng trực tuyến",
         "Ban Thi đua - Khen thưởng"),
        ("2025-02-28", "day", "28/02/2025", "khắc phục tình trạng trình hồ sơ chậm",
         "UBND huyện Lâm Bình, UBND huyện Chiêm Hóa"),
        ("2025-03-14", "day", "ngày 14 tháng 3 năm 2025", "tích hợp chức năng ký số quyết định khen thưởng",
         "Sở Thông tin và Truyền thông"),
        ("2025-12-31", "year", "năm 2025", "nộp trực tuyến", "Các sở, ban, ngành, UBND các huyện, thành phố"),
        # issued 10/01/2025: the first "ngày 20 hằng tháng" is 20/01/2025
        ("2025-01-20", "recurring", "20 hằng tháng", "cập nhật kết quả khen thưởng",
         "Các cơ quan, đơn vị thành viên Hội đồng"),
    ],
    "389": [
        ("2025-07-31", "day", "31/7/2025", "thẩm định các hồ sơ vay vốn còn tồn đọng", "Phòng Tín dụng"),
        ("2025-09-30", "month", "tháng 9/2025", "thu nợ bằng mã QR động", "Phòng Kế toán - Ngân quỹ"),
        ("2025-09-30", "day", "ngày 30 tháng 9 năm 2025", "số hóa toàn bộ hồ sơ tín dụng",
         "Phòng Tổ chức - Hành chính"),
        ("2025-09-30", "quarter", "quý III năm 2025", "phương án giải ngân", "Phòng Kế hoạch - Đầu tư"),
        ("2025-12-31", "year", "năm 2025", "hướng dẫn khách hàng nộp hồ sơ trực tuyến", "Phòng Tín dụng"),
        # issued 04/7/2025: the first "ngày 08 hằng tháng" is 08/7/2025
        ("2025-07-08", "recurring", "08 hằng tháng", "báo cáo tình hình giải ngân, thu nợ",
         "Các phòng nghiệp vụ"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). Each issuer is a
# provincial body under the header line naming its parent ("SỞ CÔNG THƯƠNG TỈNH ĐỒNG NAI", "SỞ Y TẾ TỈNH QUẢNG
# NGÃI", "UBND TỈNH BẮC NINH", "UBND TỈNH TUYÊN QUANG", "UBND TỈNH VĨNH LONG"); 387 is issued in 2026 on 2025.
META = {
    "385": {"doc_number": "412/BC-QLTT", "doc_type": "Báo cáo", "issued_date": "2025-10-03",
            "province": "Đồng Nai", "period_label": "tháng 9 năm 2025", "period_start": "2025-09-01",
            "period_end": "2025-09-30", "signer": "Nguyễn Hoàng Phúc"},
    "386": {"doc_number": "1187/BC-KSBT", "doc_type": "Báo cáo", "issued_date": "2025-10-07",
            "province": "Quảng Ngãi", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Trần Thị Mỹ Hạnh"},
    "387": {"doc_number": "38/BC-SKHCN", "doc_type": "Báo cáo", "issued_date": "2026-01-08",
            "province": "Bắc Ninh", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Ngô Văn Thịnh"},
    "388": {"doc_number": "15/BC-HĐTĐKT", "doc_type": "Báo cáo", "issued_date": "2025-01-10",
            "province": "Tuyên Quang", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Hoàng Văn Khánh"},
    "389": {"doc_number": "96/BC-QĐTPT", "doc_type": "Báo cáo", "issued_date": "2025-07-04",
            "province": "Vĩnh Long", "period_label": "6 tháng đầu năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-06-30", "signer": "Lê Minh Trí"},
}
