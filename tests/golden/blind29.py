"""Blind golden facts for corpus/blind29/220_gia_lai.txt, 221_soc_trang.txt, 222_quy_nhon.txt, 223_ha_nam.txt and
224_lam_dong.txt.

The five documents were written by the developers for a twenty-ninth blind measurement (issuers, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by reading them,
before any extraction, restoration or pipeline code was run on them. They also serve as held-out text for
diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind13.py … blind16.py: rows use `golden.facts.Fact` (context string that
occurs once in the document + the figure as written inside it). Prose and list counts are kind `count`; table cells
are kind `value` (rank cells written `n/13` kind `rank` with their max, signed change cells kind `change`) with
`extra={"source": "table"}`; `as_of="period"` is the period's end; `ANY` leaves a field unchecked where the
sentence names no catalogued indicator (`None` where it clearly names none). "thủ tục" counts use the unit `TTHC`,
"phản ánh, kiến nghị" counts the unit `PAKN`; a count of local units takes the unit of its first unit word
("131/135 xã, phường" → `xã`, "19/21 phường, xã" → `phường`), counts of "cơ quan" the unit `đơn vị` at the level of
the bodies counted; a count of the files (or PAKN) an indicator is computed on carries that indicator's code; every
"đã giải quyết" count and the parts of a settled whole given apart ("trước hạn …, đúng hạn …") have their code
unchecked, while "đúng hạn và trước hạn N hồ sơ" (the on-time whole) carries the on-time code; a relative change of
a count ("tương ứng tăng 22,58%") has its code unchecked. A table column dated before the period end keeps kind
`value` with that date as `as_of`; a change is dated at the period end; a fall ("giảm", "rút ngắn", a "-" cell) is
negative. Dates, document numbers, cited resolutions, circulars, plans, letters and decisions ("Nghị quyết số
202/2025/QH15", "Thông tư số 01/2020/TT-VPCP", "Kế hoạch số 18/KH-UBND", "Công văn số 1457/UBND-KSTT", "Quyết định
số 766/QĐ-TTg", "Quyết định số 1125/QĐ-UBND", "Công văn số 2176/UBND-KSTT"), period bounds ("từ ngày 01/7/2025 đến
ngày 30/9/2025", "đến hết ngày 31/5/2025"), "thời điểm 30/9/2025" / "31/7/2025" (the dates of the compared values),
"Tháng 4/2025", "tháng 5/2025" as period names, section numbering ("I.", "1.", "2.1.", "a)", "đ)"), the table
number "Bảng 1", the STT column, phone numbers ("0256.3822.645", "0299.3822.384", "0256.3815.115", "0226.3852.418",
"0263.3848.216"), the names "Tổng đài 1022", "Tổng đài 1022 Bình Định", "Tổng đài 1022 Lâm Đồng", an address with
numbers ("số 19 đường Hùng Vương, Phường 6"), "hai cấp", headings naming the next period ("III. NHIỆM VỤ QUÝ IV NĂM
2025", "III. NHIỆM VỤ NĂM 2025", "6. Nhiệm vụ tháng 5 năm 2025", "6. Nhiệm vụ tháng 11 năm 2025": no deadlines),
"chuyển sang năm 2025" and years are not figures.

New in this set:
- 220 is a quarterly Báo cáo of UBND tỉnh Gia Lai after the 1 July 2025 merger (Gia Lai + Bình Định), quý III
  năm 2025, issued 08/10/2025, to the Văn phòng Chính phủ. Province figures have subject NULL; only cấp tỉnh and
  cấp xã exist. "toàn tỉnh có 135 đơn vị hành chính cấp xã (110 xã, 25 phường)": subject "cấp xã", level xã
  (units `đơn vị`, `xã`, `phường`). "11 quyết định" has code None; "công bố mới 236 TTHC, sửa đổi, bổ sung 412
  TTHC và bãi bỏ 187 TTHC" are counts of published procedures (code unchecked). "1.492 TTHC, chiếm 72,50%
  (toàn trình 968 TTHC, một phần 524 TTHC)": the whole and its share carry the DVCTT-offered code. "tăng 14,47%
  so với quý II năm 2025 (61,84%, số liệu cộng gộp của hai tỉnh trước sắp xếp)": the change of the online share
  and a previous value dated 2025-06-30 (the province's, subject NULL: the merged figure of its two former
  provinces). Settled files split "trước hạn …, đúng hạn …, quá hạn … (chiếm 0,61%)" and the on-time share
  "99,39%"; "tập trung chủ yếu ở cấp xã, lĩnh vực đất đai (2.216 hồ sơ)" is overdue files of a field at cấp
  xã (subject unchecked, level xã). "4,7 ngày/hồ sơ, rút ngắn 0,6 ngày" is the processing time and its fall.
  Its Markdown table is by level: rows "Cấp tỉnh" (subject "cấp tỉnh", level tỉnh), "Cấp xã" (subject "cấp xã",
  level xã) and "Toàn tỉnh" (the province: subject and level NULL; its figures are also in the prose), with
  units only in the headers (received files; online, on-time, payment and digitisation shares). "so với chỉ
  tiêu năm 2025 là 80% thì chưa đạt chỉ tiêu": the target dated 2025-12-31, the 71,24% carries it with status
  "chưa đạt". "131/135 xã, phường" (max 135) and "04 xã còn lại" count the communes offering electronic
  certification: ANY for the code, since the chứng thực component of the index is computed on exactly that
  count but no earlier golden coded a count of communes. PAKN received, its two bare channel parts (code
  unchecked), handled and their share, "16 PAKN còn lại" (code unchecked). Total `84,36/100`, rank `15/34`,
  "so với thời điểm 31/7/2025 (82,91 điểm, xếp thứ 19/34) tăng 1,45 điểm và tăng 4 bậc": previous values dated
  2025-07-31 (the previous total on the /100 scale). Six group scores after "lần lượt là:" separated by ";"
  (sum 84,36). The communes' average (subject ANY, level xã); "27 xã, phường xếp loại Tốt và 19 xã, phường
  xếp loại Trung bình" are counts of communes (unit `xã`, code None). The target "đến hết quý IV năm 2025 …
  toàn tỉnh đạt tối thiểu 80%" in the task of Sở Tài chính is the province's (subject NULL), dated 2025-12-31.
  Five deadlines: day, quarter (with the target, assignee the Sở that "chủ trì", not its partners), "chậm nhất"
  day in words for "UBND các xã, phường xếp loại Trung bình" (the qualifier is part of the body named, as
  golden/blind13.py's "Các cơ quan xếp loại Khá, Trung bình"), month, "trước ngày 15 hằng tháng" (issued
  08/10/2025: first 15/10/2025).
- 221 is an annual Báo cáo of Sở Văn hóa, Thể thao và Du lịch tỉnh Sóc Trăng (header "UBND TỈNH SÓC TRĂNG / SỞ
  VĂN HÓA, THỂ THAO VÀ DU LỊCH"), năm 2024, issued 09/01/2025. Every figure is the Sở's (subject "Sở Văn hóa,
  Thể thao và Du lịch", level tỉnh). "9 lĩnh vực" and "05 quyết định" have code None; "94 TTHC … toàn trình, 27
  TTHC một phần và 07 TTHC chưa đủ điều kiện cung cấp trực tuyến" carry the three DVCTT codes; "đơn giản hóa 06
  TTHC" is a count with code unchecked. "2.964 hồ sơ (năm 2023: 2.418 hồ sơ), tăng 546 hồ sơ, tương ứng tăng
  22,58%": previous value dated 2023-12-31, the change of files received and a relative change (code
  unchecked). Online and direct files with their shares ("chiếm"). "đúng hạn và trước hạn 2.925 hồ sơ, đạt
  99,80%" is the on-time whole; "quá hạn 06 hồ sơ thuộc lĩnh vực du lịch" is still the Sở's overdue total;
  "còn 33 hồ sơ đang giải quyết" code unchecked. Its tab-separated table by field ("Bảng 1", STT column, units
  in the headers: "Số TTHC" procedures with the procedures code, received files, online share, settled files,
  overdue files; a "100" cell and eight "0" cells) has a "Tổng cộng" row with an empty STT cell (= the Sở; its
  figures are also in the prose); field rows have subject ANY, level tỉnh. "đạt 84,15% (năm 2023: 57,30%), đã
  đạt và vượt chỉ tiêu UBND tỉnh giao năm 2024 là 50%": the target is the Sở's at the period end, the share
  carries it with status "đạt". "tăng 11,05% so với năm 2023" is the change of the reuse share. PAKN parts by
  topic in a bracket (code unchecked), "07/07 PAKN" one count (max 7) and "đạt 100%" their handled share.
  Evaluations are counted in `lượt` (code unchecked): "1.284 lượt đánh giá, trong đó rất hài lòng 1.112 lượt,
  hài lòng 139 lượt, không hài lòng 33 lượt"; "97,43%" is the satisfaction share. "xếp thứ 4/19 sở, ban, ngành
  (năm 2023 đạt 86,54 điểm, xếp thứ 9/19), tăng 3,73 điểm và tăng 5 bậc": previous values dated 2023-12-31 (the
  Sở's score has no max). The target "đến hết năm 2025 … của Sở đạt tối thiểu 90%" is the Sở's, dated
  2025-12-31. Five deadlines: day, year (with the target), quarter, month, "trước ngày 10 hằng tháng" (issued
  09/01/2025: first 10/01/2025).
- 222 is a monthly Báo cáo of UBND thành phố Quy Nhơn (tỉnh Bình Định, named in "Kính gửi"), tháng 4 năm
  2025, issued 06/5/2025, before the July 2025 reform. "Thành phố có 21 đơn vị hành chính cấp xã (16 phường,
  05 xã)": subject "cấp xã", level xã. Procedures "thuộc thẩm quyền cấp huyện" / "cấp xã" are the levels'.
  Figures under "2.1. Cấp huyện" have subject "cấp huyện" (level huyện), those under "2.2. Cấp xã" subject
  "cấp xã" (level xã); overdue files by field in a bracket "(lĩnh vực đất đai 21 hồ sơ, lĩnh vực xây dựng 05
  hồ sơ)" have subject ANY, level huyện. "(tháng 3/2025: 3.512 hồ sơ)" is cấp huyện's previous value dated
  2025-03-31. Best and worst units carry their online share in brackets ("phường Lê Lợi", "xã Nhơn Châu", as
  written). A dash list "- Phường <name>: tiếp nhận N hồ sơ, nộp trực tuyến x%, số hóa y%;" gives five wards
  (subject as written, level xã; the count kind count). Payment shares of "cấp huyện và cấp xã lần lượt là …";
  "so với chỉ tiêu tỉnh giao năm 2025 (cấp huyện 70%, cấp xã 60%) thì cả hai cấp đều chưa đạt chỉ tiêu": each
  target is its level's, dated 2025-12-31, each share carries its level's target with status "chưa đạt".
  "19/21 phường, xã" (unit `phường`, max 21, code unchecked). The city's own figures (electronic
  certifications "2.364 trường hợp", PAKN, satisfaction, score, rank) have subject "UBND thành phố Quy Nhơn",
  level huyện; "xếp thứ 2/11 huyện, thị xã, thành phố (tháng 3/2025 xếp thứ 3/11)": the previous rank dated
  2025-03-31. The wards' and communes' average (subject ANY, level xã) and two units with scores in brackets.
  The target "đến hết tháng 6/2025 … của cấp xã đạt tối thiểu 60%" in the task of "UBND các phường, xã" is
  theirs (as golden/blind13.py's 147), dated 2025-06-30. Five deadlines: day for two named communes, "chậm
  nhất" day in words, month (with the target), quarter, "trước ngày 22 hằng tháng" (issued 06/5/2025: first
  22/5/2025).
- 223 is a Thông báo of the Văn phòng UBND tỉnh Hà Nam (header "UBND TỈNH HÀ NAM / VĂN PHÒNG"), tháng 5 năm
  2025, issued 09/6/2025, ranking the province's 13 agencies on the 766 index (no "Kính gửi"). The province's
  total `85,74/100`, rank `17/63`, "giảm 0,42 điểm và giảm 2 bậc so với tháng 4/2025 (86,16 điểm, xếp thứ
  15/63)": falls and previous values dated 2025-04-30. The agencies' average "(tháng 4/2025: 88,87 điểm), tăng
  0,33 điểm" (subject ANY, level tỉnh); counts of agencies by grade "08/13", "04", "01" (unit `đơn vị`, level
  tỉnh, code None). Its Markdown table (STT equal to the rank; rows in rank order) lists each agency (subject
  as written, "Ban Quản lý các khu công nghiệp tỉnh", "Thanh tra tỉnh", "Công an tỉnh", level tỉnh) with its
  score "Điểm tháng 4/2025" (dated 2025-04-30), "Điểm tháng 5/2025", a signed change (rises "+0,88", falls
  "-0,18", a zero "0,00") and a rank `n/13` (kind rank, max 13). The largest rise and fall in brackets are the
  named agencies' changes; "nhóm chỉ số Số hóa hồ sơ của Sở chỉ đạt 12,64/22 điểm" and "tỷ lệ hồ sơ quá hạn
  chiếm 2,37%" are Sở Nông nghiệp và Môi trường's. Province shares: payment (with "tăng 3,06% so với tháng
  4/2025"), digitisation; "tỷ lệ giải quyết hồ sơ đúng hạn của khối sở, ban, ngành đạt 99,12%" is the
  agencies' block (subject ANY, level tỉnh). The target "toàn tỉnh đạt tối thiểu 60% trong quý III năm 2025" in
  the task of Sở Tài chính is the province's (subject NULL), dated 2025-09-30. Five deadlines: day (for the
  Sở, not the office it directs nor the Văn phòng it reports to), month for two named bodies, quarter (with
  the target), "chậm nhất" day in words, "trước ngày 05 hằng tháng" (issued 09/6/2025, after the 5th: first
  05/7/2025).
- 224 is a monthly Báo cáo of UBND xã Ka Đô (tỉnh Lâm Đồng after the 1 July 2025 reform, named in "Kính
  gửi"), tháng 10 năm 2025, issued 05/11/2025. Every figure is the commune's (subject "UBND xã Ka Đô", level
  xã), including its area "187,6 km²" (unit `km²`), population "31.482 người" and "27 thôn" (codes unchecked:
  no reform indicator, but the catalog may hold such facts). "(tháng 9/2025: …)" values are previous values
  dated 2025-09-30; "tăng 142 hồ sơ" is the change of files received; the files of "cá nhân" and "tổ chức,
  doanh nghiệp" are parts (code unchecked). Settled files split "trước hạn …, đúng hạn …, quá hạn …";
  "(09 hồ sơ)" of the land field are overdue files (subject ANY, level xã). "3,4 ngày/hồ sơ" is the processing
  time. A "+" list by field "+ <field>: N hồ sơ, trực tuyến x%;" (subject ANY, level xã; files received and
  online share). "so với chỉ tiêu năm 2025 UBND tỉnh giao là 65% thì chưa đạt chỉ tiêu": the commune's target
  dated 2025-12-31, the 58,62% carries it with status "chưa đạt"; "tăng 7,25%" is the change of the payment
  share. "184 trường hợp, chiếm 62,37%" electronic certification (its code for both); "326" new and "21.947"
  cumulative identity accounts. "03/03 PAKN" one count (max 3). Score "86,42 điểm (tháng 9/2025: 83,19 điểm),
  tăng 3,23 điểm", rank "31/124 xã, phường, đặc khu" rising "9 bậc" from "(xếp thứ 40/124)"; "Điểm bình quân
  cấp xã toàn tỉnh" is the level average (subject ANY, level xã). The six group scores of the commune are a
  "+" list "+ <group>: x/max điểm;" (sum 86,42). The target "đến hết năm 2025 … của xã đạt tối thiểu 65%" is
  the commune's, dated 2025-12-31. Five deadlines: day (for "Phòng Kinh tế", not its partner), year (with the
  target), month, "chậm nhất" day in words, "trước ngày 18 hằng tháng" (issued 05/11/2025: first 18/11/2025).
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
_TIME = "766.tien_do.thoi_gian"
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_CUNG_CAP = "766.dvctt.tthc_cung_cap"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_Y2025 = "2025-12-31"


def _value(raw: str) -> float:
    """The number a cell states: a signed change read with its sign, a rank `n/13` read as n."""
    return _num(raw.lstrip("+").split("/")[0])


def _cells(subject: object, level: str | None, cells: list[tuple], after: str, sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of[, max_value])`. A cell's context
    is the separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    facts = []
    for i, (raw, unit, kind, code, as_of, *maximum) in enumerate(cells):
        facts.append(F(sep + sep.join(raws[i:]) + end + after, raw, _value(raw), unit, kind,
                       max_value=maximum[0] if maximum else None, subject=subject, level=level, as_of=as_of,
                       code=code, extra=TAB))
    return facts


# ------------------------------------------------------------ 220: UBND tỉnh Gia Lai (mới), quý III năm 2025
_Q2_220 = "2025-06-30"
_JUL_220 = "2025-07-31"


def _row_220(subject: str | None, level: str | None, received: str, online: str, on_time: str, paid: str,
             digitised: str, after: str) -> list[Fact]:
    """One Markdown row of a level (or the province): files received; online, on-time, payment and
    digitisation shares."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"),
             (on_time, "%", P, _DH, "period"), (paid, "%", P, _TT, "period"), (digitised, "%", P, _SH, "period")]
    return _cells(subject, level, cells, after, " | ", " |\n")


BLIND_220 = [
    # preamble (202/2025/QH15 of 12/6/2025 and 01/2020/TT-VPCP of 21/10/2020 cited; "hai cấp" is no figure)
    F("có 135 đơn vị", "135", 135, "đơn vị", C, subject="cấp xã", level="xã", code=None),
    F("(110 xã", "110", 110, "xã", C, subject="cấp xã", level="xã", code=None),
    F("25 phường)", "25", 25, "phường", C, subject="cấp xã", level="xã", code=None),
    # I.1
    F("ban hành 11 quyết định", "11", 11, "quyết định", C, code=None),
    F("công bố mới 236 TTHC", "236", 236, "TTHC", C, code=ANY),
    F("bổ sung 412 TTHC", "412", 412, "TTHC", C, code=ANY),
    F("bãi bỏ 187 TTHC", "187", 187, "TTHC", C, code=ANY),
    F("công bố đúng hạn đạt 100%", "100%", 100, "%", code="766.cong_khai.cong_bo_dung_han"),
    F("về TTHC đạt 97,26%", "97,26%", 97.26, "%", code="766.cong_khai.cap_nhat_dung_han"),
    F("tỉnh là 2.058 TTHC", "2.058", 2058, "TTHC", C, code=_TTHC),
    F("cấp tỉnh 1.623 TTHC", "1.623", 1623, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code=_TTHC),
    F("cấp xã 435 TTHC", "435", 435, "TTHC", C, subject="cấp xã", level="xã", code=_TTHC),
    F("trực tuyến là 1.492 TTHC", "1.492", 1492, "TTHC", C, code=_CUNG_CAP),
    F("chiếm 72,50%", "72,50%", 72.50, "%", code=_CUNG_CAP),
    F("(toàn trình 968 TTHC", "968", 968, "TTHC", C, code=_TOAN),
    F("một phần 524 TTHC", "524", 524, "TTHC", C, code=_MOT),
    # I.2 quý II năm 2025 dated 2025-06-30
    F("tiếp nhận 486.215 hồ sơ", "486.215", 486215, "hồ sơ", C, code=_TN),
    F("cấp tỉnh 74.382 hồ sơ", "74.382", 74382, "hồ sơ", C, subject="cấp tỉnh", level="tỉnh", code=_TN),
    F("cấp xã 411.833 hồ sơ", "411.833", 411833, "hồ sơ", C, subject="cấp xã", level="xã", code=_TN),
    F("trực tuyến là 371.046 hồ sơ", "371.046", 371046, "hồ sơ", C, code=_NOP),
    F("chiếm 76,31%", "76,31%", 76.31, "%", code=_NOP),
    F("tăng 14,47%", "14,47%", 14.47, "%", CH, code=_NOP),
    F("(61,84%", "61,84%", 61.84, "%", PR, as_of=_Q2_220, code=_NOP),
    F("giải quyết 462.908", "462.908", 462908, "hồ sơ", C, code=ANY),
    F("trước hạn 301.477", "301.477", 301477, "hồ sơ", C, code=ANY),
    F("đúng hạn 158.626", "158.626", 158626, "hồ sơ", C, code=ANY),
    F("quá hạn 2.805", "2.805", 2805, "hồ sơ", C, code=_QH),
    F("(chiếm 0,61%)", "0,61%", 0.61, "%", code=_QH),
    F("đúng hạn đạt 99,39%", "99,39%", 99.39, "%", code=_DH),
    F("(2.216 hồ sơ)", "2.216", 2216, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    F("là 4,7 ngày", "4,7", 4.7, "ngày", code=_TIME),
    F("rút ngắn 0,6 ngày", "0,6", -0.6, "ngày", CH, code=_TIME),
    # Markdown table by level, "Toàn tỉnh" row (= the province)
    *_row_220("cấp tỉnh", "tỉnh", "74.382", "88,14", "99,72", "81,06", "95,37", "| Cấp xã"),
    *_row_220("cấp xã", "xã", "411.833", "74,18", "99,33", "69,58", "86,42", "| Toàn tỉnh"),
    *_row_220(None, None, "486.215", "76,31", "99,39", "71,24", "87,79", "\n3. Thanh toán"),
    # I.3 the 2025 target (dated at the year's end), "chưa đạt chỉ tiêu"
    F("toàn tỉnh đạt 71,24%", "71,24%", 71.24, "%", code=_TT, target=80, stated_status="chưa đạt"),
    F("năm 2025 là 80%", "80%", 80, "%", T, as_of=_Y2025, code=_TT),
    F("quốc gia đạt 93,18%", "93,18%", 93.18, "%", code="766.thanh_toan.tthc_tich_hop"),
    F("toàn tỉnh là 87,79%", "87,79%", 87.79, "%", code=_SH),
    F("điện tử đạt 94,05%", "94,05%", 94.05, "%", code=_KQ),
    F("số hóa đạt 46,83%", "46,83%", 46.83, "%", code=_TSD),
    F("Có 131/135", "131/135", 131, "xã", C, max_value=135, subject=ANY, level="xã", code=ANY),
    F("04 xã còn lại", "04", 4, "xã", C, subject=ANY, level="xã", code=ANY),
    # I.4 ("Tổng đài 1022" is a name)
    F("tiếp nhận 214 phản ánh", "214", 214, "PAKN", C, code=_PAKN_TN),
    F("quốc gia 128 PAKN", "128", 128, "PAKN", C, code=ANY),
    F("là 86 PAKN", "86", 86, "PAKN", C, code=ANY),
    F("xử lý 198 PAKN", "198", 198, "PAKN", C, code=_PAKN_XL),
    F("đạt 92,52%", "92,52%", 92.52, "%", code=_PAKN_TL),
    F("16 PAKN còn lại", "16", 16, "PAKN", C, code=ANY),
    F("TTHC đạt 95,87%", "95,87%", 95.87, "%", code=_HL),
    # I.5 at 30/9/2025 (= period end); 31/7/2025 dates the previous values; ranks out of 34
    F("đạt 84,36/100", "84,36/100", 84.36, "điểm", max_value=100, code=_TONG),
    F("thứ 15/34", "15/34", 15, "hạng", R, max_value=34, code=_HANG),
    F("(82,91 điểm", "82,91", 82.91, "điểm", PR, max_value=100, as_of=_JUL_220, code=_TONG),
    F("thứ 19/34)", "19/34", 19, "hạng", PR, max_value=34, as_of=_JUL_220, code=_HANG),
    F("tăng 1,45 điểm", "1,45", 1.45, "điểm", CH, code=_TONG),
    F("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    F("minh bạch 17,12/18", "17,12/18", 17.12, "điểm", max_value=18, code="766.cong_khai"),
    F("giải quyết 19,53/20", "19,53/20", 19.53, "điểm", max_value=20, code="766.tien_do"),
    F("trực tuyến 9,28/12", "9,28/12", 9.28, "điểm", max_value=12, code="766.dvctt"),
    F("trực tuyến 7,46/10", "7,46/10", 7.46, "điểm", max_value=10, code="766.thanh_toan"),
    F("hài lòng 17,26/18", "17,26/18", 17.26, "điểm", max_value=18, code="766.hai_long"),
    F("hồ sơ 13,71/22", "13,71/22", 13.71, "điểm", max_value=22, code="766.so_hoa"),
    F("đạt 80,64 điểm", "80,64", 80.64, "điểm", subject=ANY, level="xã", code=_TONG),
    F("có 27 xã", "27", 27, "xã", C, subject=ANY, level="xã", code=None),
    F("và 19 xã", "19", 19, "xã", C, subject=ANY, level="xã", code=None),
    # III.2 the province's target by the end of quý IV năm 2025 (0256.3822.645 is a phone number)
    F("tối thiểu 80%", "80%", 80, "%", T, as_of=_Y2025, code=_TT),
]

# ------------------------------------------------------------ 221: Sở VHTTDL tỉnh Sóc Trăng, năm 2024
_SVH = "Sở Văn hóa, Thể thao và Du lịch"
_Y2023 = "2023-12-31"


def _so(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SVH, level="tỉnh", **kw)


def _row_221(subject: object, procedures: str, received: str, online: str, settled: str, overdue: str,
             after: str) -> list[Fact]:
    """One tab-separated row of a field (or the total): procedures, files received, online share, files
    settled, overdue files. STT is no figure."""
    cells = [(procedures, "TTHC", P, _TTHC, "period"), (received, "hồ sơ", P, _TN, "period"),
             (online, "%", P, _NOP, "period"), (settled, "hồ sơ", P, ANY, "period"),
             (overdue, "hồ sơ", P, _QH, "period")]
    return _cells(subject, "tỉnh", cells, after, "\t", "\n")


BLIND_221 = [
    # I.1 (18/KH-UBND of 24/01/2024 cited)
    _so("thực hiện 128 TTHC", "128", 128, "TTHC", C, code=_TTHC),
    _so("thuộc 9 lĩnh vực", "9", 9, "lĩnh vực", C, code=None),
    _so("trong đó 94 TTHC", "94", 94, "TTHC", C, code=_TOAN),
    _so("27 TTHC một phần", "27", 27, "TTHC", C, code=_MOT),
    _so("và 07 TTHC", "07", 7, "TTHC", C, code="766.dvctt.chua_cung_cap"),
    _so("ban hành 05 quyết định", "05", 5, "quyết định", C, code=None),
    _so("hóa 06 TTHC", "06", 6, "TTHC", C, code=ANY),
    # I.2 năm 2023 dated 2023-12-31
    _so("tiếp nhận 2.964", "2.964", 2964, "hồ sơ", C, code=_TN),
    _so("(năm 2023: 2.418 hồ sơ)", "2.418", 2418, "hồ sơ", PR, as_of=_Y2023, code=_TN),
    _so("tăng 546 hồ sơ", "546", 546, "hồ sơ", CH, code=_TN),
    _so("tăng 22,58%", "22,58%", 22.58, "%", CH, code=ANY),
    _so("trực tuyến 2.741", "2.741", 2741, "hồ sơ", C, code=_NOP),
    _so("chiếm 92,48%", "92,48%", 92.48, "%", code=_NOP),
    _so("công ích 223 hồ sơ", "223", 223, "hồ sơ", C, code=_NTT),
    _so("chiếm 7,52%", "7,52%", 7.52, "%", code=_NTT),
    _so("giải quyết 2.931", "2.931", 2931, "hồ sơ", C, code=ANY),
    _so("trước hạn 2.925", "2.925", 2925, "hồ sơ", C, code=_DH),
    _so("đạt 99,80%", "99,80%", 99.80, "%", code=_DH),
    _so("quá hạn 06 hồ sơ", "06", 6, "hồ sơ", C, code=_QH),
    _so("còn 33 hồ sơ", "33", 33, "hồ sơ", C, code=ANY),
    # Bảng 1: tab-separated table by field, "Tổng cộng" row (= the Sở)
    *_row_221(ANY, "27", "1.046", "93,21", "1.043", "0", "2\tDi sản"),
    *_row_221(ANY, "14", "87", "89,66", "85", "0", "3\tNghệ thuật"),
    *_row_221(ANY, "9", "356", "97,19", "352", "0", "4\tQuảng cáo"),
    *_row_221(ANY, "4", "418", "98,56", "416", "0", "5\tThể dục"),
    *_row_221(ANY, "26", "241", "86,72", "238", "0", "6\tDu lịch"),
    *_row_221(ANY, "31", "693", "90,33", "682", "6", "7\tGia đình"),
    *_row_221(ANY, "9", "35", "74,29", "35", "0", "8\tThư viện"),
    *_row_221(ANY, "3", "22", "100", "22", "0", "9\tĐiện ảnh"),
    *_row_221(ANY, "5", "66", "71,21", "58", "0", "\tTổng cộng"),
    *_row_221(_SVH, "128", "2.964", "92,48", "2.931", "6", "\n3. Thanh toán"),
    # I.3 the Sở's 2024 target (the period end), "đã đạt và vượt chỉ tiêu"
    _so("đạt 84,15%", "84,15%", 84.15, "%", code=_TT, target=50, stated_status="đạt"),
    _so("(năm 2023: 57,30%)", "57,30%", 57.30, "%", PR, as_of=_Y2023, code=_TT),
    _so("năm 2024 là 50%", "50%", 50, "%", T, code=_TT),
    _so("đạt 98,91%", "98,91%", 98.91, "%", code=_SH),
    _so("TTHC điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    _so("đạt 38,62%", "38,62%", 38.62, "%", code=_TSD),
    _so("tăng 11,05%", "11,05%", 11.05, "%", CH, code=_TSD),
    # I.4 PAKN parts by topic; evaluations counted in "lượt"
    _so("tiếp nhận 07 phản ánh", "07", 7, "PAKN", C, code=_PAKN_TN),
    _so("(06 PAKN", "06", 6, "PAKN", C, code=ANY),
    _so("01 PAKN về", "01", 1, "PAKN", C, code=ANY),
    _so("xong 07/07 PAKN", "07/07", 7, "PAKN", C, max_value=7, code=_PAKN_XL),
    _so("PAKN, đạt 100%", "100%", 100, "%", code=_PAKN_TL),
    _so("được 1.284 lượt", "1.284", 1284, "lượt", C, code=ANY),
    _so("rất hài lòng 1.112 lượt", "1.112", 1112, "lượt", C, code=ANY),
    _so("hài lòng 139 lượt", "139", 139, "lượt", C, code=ANY),
    _so("không hài lòng 33 lượt", "33", 33, "lượt", C, code=ANY),
    _so("đạt 97,43%", "97,43%", 97.43, "%", code=_HL),
    # I.5 rank among the province's agencies; năm 2023 dated 2023-12-31
    _so("đạt 90,27 điểm", "90,27", 90.27, "điểm", code=_TONG),
    _so("thứ 4/19", "4/19", 4, "hạng", R, max_value=19, code=_HANG),
    _so("đạt 86,54 điểm", "86,54", 86.54, "điểm", PR, as_of=_Y2023, code=_TONG),
    _so("thứ 9/19)", "9/19", 9, "hạng", PR, max_value=19, as_of=_Y2023, code=_HANG),
    _so("tăng 3,73 điểm", "3,73", 3.73, "điểm", CH, code=_TONG),
    _so("tăng 5 bậc", "5", 5, "hạng", CH, code=_HANG),
    # III.2 the Sở's target by the end of 2025 ("số 19 đường Hùng Vương, Phường 6" is an address,
    # 0299.3822.384 a phone number)
    _so("tối thiểu 90%", "90%", 90, "%", T, as_of=_Y2025, code=_TT),
]

# ------------------------------------------------------------ 222: UBND thành phố Quy Nhơn, tháng 4 năm 2025
_QN = "UBND thành phố Quy Nhơn"
_MAR_222 = "2025-03-31"


def _huyen(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "2.1. Cấp huyện" or about cấp huyện (subject "cấp huyện", level huyện)."""
    return F(context, raw, value, unit, kind, subject="cấp huyện", level="huyện", **kw)


def _xa(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "2.2. Cấp xã" or about cấp xã (subject "cấp xã", level xã)."""
    return F(context, raw, value, unit, kind, subject="cấp xã", level="xã", **kw)


def _city(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the city itself (subject the city's UBND, level huyện)."""
    return F(context, raw, value, unit, kind, subject=_QN, level="huyện", **kw)


def _ward_222(name: str, files: str, online: str, digitised: str) -> list[Fact]:
    """One dash-list line of a ward: files received (a count), online and digitisation shares."""
    return [
        F(f"{name}: tiếp nhận {files}", files, _num(files), "hồ sơ", C, subject=name, level="xã", code=_TN),
        F(f"nộp trực tuyến {online}%", f"{online}%", _num(online), "%", subject=name, level="xã", code=_NOP),
        F(f"số hóa {digitised}%", f"{digitised}%", _num(digitised), "%", subject=name, level="xã", code=_SH),
    ]


BLIND_222 = [
    # 1. (1457/UBND-KSTT of 11/3/2025 cited)
    F("có 21 đơn vị", "21", 21, "đơn vị", C, subject="cấp xã", level="xã", code=None),
    F("(16 phường", "16", 16, "phường", C, subject="cấp xã", level="xã", code=None),
    F("05 xã)", "05", 5, "xã", C, subject="cấp xã", level="xã", code=None),
    _huyen("thực hiện 276 TTHC", "276", 276, "TTHC", C, code=_TTHC),
    _xa("thực hiện 118 TTHC", "118", 118, "TTHC", C, code=_TTHC),
    # 2.1 cấp huyện; tháng 3/2025 dated 2025-03-31
    _huyen("tiếp nhận 3.846", "3.846", 3846, "hồ sơ", C, code=_TN),
    _huyen("(tháng 3/2025: 3.512 hồ sơ)", "3.512", 3512, "hồ sơ", PR, as_of=_MAR_222, code=_TN),
    _huyen("trực tuyến 3.209", "3.209", 3209, "hồ sơ", C, code=_NOP),
    _huyen("chiếm 83,44%", "83,44%", 83.44, "%", code=_NOP),
    _huyen("giải quyết 3.702", "3.702", 3702, "hồ sơ", C, code=ANY),
    _huyen("trước hạn 2.915", "2.915", 2915, "hồ sơ", C, code=ANY),
    _huyen("đúng hạn 761", "761", 761, "hồ sơ", C, code=ANY),
    _huyen("quá hạn 26", "26", 26, "hồ sơ", C, code=_QH),
    F("đất đai 21 hồ sơ", "21", 21, "hồ sơ", C, subject=ANY, level="huyện", code=_QH),
    F("xây dựng 05 hồ sơ", "05", 5, "hồ sơ", C, subject=ANY, level="huyện", code=_QH),
    _huyen("đạt 99,30%", "99,30%", 99.30, "%", code=_DH),
    # 2.2 cấp xã; best and worst units in brackets
    _xa("tiếp nhận 6.127", "6.127", 6127, "hồ sơ", C, code=_TN),
    _xa("trực tuyến 4.518", "4.518", 4518, "hồ sơ", C, code=_NOP),
    _xa("đạt 73,74%", "73,74%", 73.74, "%", code=_NOP),
    _xa("giải quyết 6.094", "6.094", 6094, "hồ sơ", C, code=ANY),
    _xa("trước hạn 6.081", "6.081", 6081, "hồ sơ", C, code=_DH),
    _xa("(99,79%)", "99,79%", 99.79, "%", code=_DH),
    _xa("quá hạn 13", "13", 13, "hồ sơ", C, code=_QH),
    F("Lê Lợi (91,26%)", "91,26%", 91.26, "%", subject="phường Lê Lợi", level="xã", code=_NOP),
    F("Châu (38,10%)", "38,10%", 38.10, "%", subject="xã Nhơn Châu", level="xã", code=_NOP),
    # dash list of five wards
    *_ward_222("Phường Trần Phú", "712", "85,39", "92,13"),
    *_ward_222("Phường Ghềnh Ráng", "604", "79,80", "90,56"),
    *_ward_222("Phường Nhơn Bình", "588", "76,70", "88,27"),
    *_ward_222("Phường Lê Lợi", "541", "91,26", "95,01"),
    *_ward_222("Phường Quang Trung", "497", "81,29", "89,74"),
    # 3. shares by level after "lần lượt là"; each level's 2025 target (dated at the year's end), "chưa đạt"
    _huyen("lần lượt là 68,52%", "68,52%", 68.52, "%", code=_TT, target=70, stated_status="chưa đạt"),
    _xa("và 57,14%", "57,14%", 57.14, "%", code=_TT, target=60, stated_status="chưa đạt"),
    _huyen("(cấp huyện 70%", "70%", 70, "%", T, as_of=_Y2025, code=_TT),
    _xa("cấp xã 60%)", "60%", 60, "%", T, as_of=_Y2025, code=_TT),
    _huyen("cấp huyện 96,48%", "96,48%", 96.48, "%", code=_SH),
    _xa("cấp xã 90,17%", "90,17%", 90.17, "%", code=_SH),
    F("Có 19/21", "19/21", 19, "phường", C, max_value=21, subject=ANY, level="xã", code=ANY),
    _city("thực hiện 2.364", "2.364", 2364, "trường hợp", C, code=_CT),
    # 4. the city's PAKN ("Tổng đài 1022 Bình Định" is a name)
    _city("tiếp nhận 09 phản ánh", "09", 9, "PAKN", C, code=_PAKN_TN),
    _city("Bình Định 05 PAKN", "05", 5, "PAKN", C, code=ANY),
    _city("trường 04 PAKN", "04", 4, "PAKN", C, code=ANY),
    _city("xử lý 08 PAKN", "08", 8, "PAKN", C, code=_PAKN_XL),
    _city("01 PAKN đang", "01", 1, "PAKN", C, code=ANY),
    _city("đạt 96,72%", "96,72%", 96.72, "%", code=_HL),
    # 5. rank among the province's 11 district-level units; tháng 3/2025 dated 2025-03-31
    _city("đạt 88,93 điểm", "88,93", 88.93, "điểm", code=_TONG),
    _city("thứ 2/11", "2/11", 2, "hạng", R, max_value=11, code=_HANG),
    _city("thứ 3/11)", "3/11", 3, "hạng", PR, max_value=11, as_of=_MAR_222, code=_HANG),
    F("đạt 84,06 điểm", "84,06", 84.06, "điểm", subject=ANY, level="xã", code=_TONG),
    F("(93,15 điểm)", "93,15", 93.15, "điểm", subject="phường Lê Lợi", level="xã", code=_TONG),
    F("(71,48 điểm)", "71,48", 71.48, "điểm", subject="xã Nhơn Châu", level="xã", code=_TONG),
    # 6. the wards' and communes' target by the end of tháng 6/2025 (0256.3815.115 is a phone number)
    F("tối thiểu 60%", "60%", 60, "%", T, subject="UBND các phường, xã", level="xã", as_of="2025-06-30", code=_TT),
]

# ------------------------------------------------------------ 223: Văn phòng UBND tỉnh Hà Nam, tháng 5 năm 2025
_APR_223 = "2025-04-30"
_NNMT = "Sở Nông nghiệp và Môi trường"


def _agency_223(subject: str, april: str, may: str, change: str, rank: str, after: str) -> list[Fact]:
    """One Markdown row of an agency: score of tháng 4/2025 (dated 2025-04-30), score of tháng 5/2025, the
    signed change and the rank `n/13`. STT is no figure."""
    cells = [(april, "điểm", P, _TONG, _APR_223), (may, "điểm", P, _TONG, "period"),
             (change, "điểm", CH, _TONG, "period"), (rank, "hạng", R, _HANG, "period", 13)]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_223 = [
    # 1. (766/QĐ-TTg of 23/6/2022 and 1125/QĐ-UBND of 14/8/2023 cited; "đến hết ngày 31/5/2025" is the period end)
    F("đạt 85,74/100", "85,74/100", 85.74, "điểm", max_value=100, code=_TONG),
    F("thứ 17/63", "17/63", 17, "hạng", R, max_value=63, code=_HANG),
    F("giảm 0,42 điểm", "0,42", -0.42, "điểm", CH, code=_TONG),
    F("giảm 2 bậc", "2", -2, "hạng", CH, code=_HANG),
    F("(86,16 điểm", "86,16", 86.16, "điểm", PR, max_value=100, as_of=_APR_223, code=_TONG),
    F("thứ 15/63)", "15/63", 15, "hạng", PR, max_value=63, as_of=_APR_223, code=_HANG),
    # 2. the agencies' average and counts by grade
    F("đạt 89,20 điểm", "89,20", 89.20, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("2025: 88,87 điểm)", "88,87", 88.87, "điểm", PR, subject=ANY, level="tỉnh", as_of=_APR_223, code=_TONG),
    F("tăng 0,33 điểm", "0,33", 0.33, "điểm", CH, subject=ANY, level="tỉnh", code=_TONG),
    F("Có 08/13", "08/13", 8, "đơn vị", C, max_value=13, subject=ANY, level="tỉnh", code=None),
    F("Tốt, 04 cơ quan", "04", 4, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("và 01 cơ quan", "01", 1, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    # Markdown ranking table (rows in rank order)
    *_agency_223("Sở Tư pháp", "94,18", "95,06", "+0,88", "1/13", "| 2 | Sở Khoa học"),
    *_agency_223("Sở Khoa học và Công nghệ", "93,47", "94,12", "+0,65", "2/13", "| 3 | Sở Y tế"),
    *_agency_223("Sở Y tế", "92,90", "93,35", "+0,45", "3/13", "| 4 | Sở Nội vụ"),
    *_agency_223("Sở Nội vụ", "92,64", "92,71", "+0,07", "4/13", "| 5 | Sở Công Thương"),
    *_agency_223("Sở Công Thương", "91,22", "91,86", "+0,64", "5/13", "| 6 | Sở Giáo dục"),
    *_agency_223("Sở Giáo dục và Đào tạo", "91,58", "91,40", "-0,18", "6/13", "| 7 | Sở Văn hóa"),
    *_agency_223("Sở Văn hóa, Thể thao và Du lịch", "89,95", "90,73", "+0,78", "7/13", "| 8 | Ban Quản lý"),
    *_agency_223("Ban Quản lý các khu công nghiệp tỉnh", "90,41", "90,12", "-0,29", "8/13", "| 9 | Sở Tài chính"),
    *_agency_223("Sở Tài chính", "86,37", "87,54", "+1,17", "9/13", "| 10 | Thanh tra"),
    *_agency_223("Thanh tra tỉnh", "86,02", "86,02", "0,00", "10/13", "| 11 | Công an"),
    *_agency_223("Công an tỉnh", "84,76", "85,31", "+0,55", "11/13", "| 12 | Sở Xây dựng"),
    *_agency_223("Sở Xây dựng", "81,93", "82,47", "+0,54", "12/13", "| 13 | Sở Nông nghiệp"),
    *_agency_223(_NNMT, "79,84", "78,96", "-0,88", "13/13", "\nCơ quan tăng"),
    # the largest rise and fall, and Sở Nông nghiệp và Môi trường's weak points
    F("(tăng 1,17 điểm)", "1,17", 1.17, "điểm", CH, subject="Sở Tài chính", level="tỉnh", code=_TONG),
    F("(giảm 0,88 điểm)", "0,88", -0.88, "điểm", CH, subject=_NNMT, level="tỉnh", code=_TONG),
    F("đạt 12,64/22", "12,64/22", 12.64, "điểm", max_value=22, subject=_NNMT, level="tỉnh", code="766.so_hoa"),
    F("chiếm 2,37%", "2,37%", 2.37, "%", subject=_NNMT, level="tỉnh", code=_QH),
    # 3. province shares; the agencies' on-time share
    F("đạt 52,18%", "52,18%", 52.18, "%", code=_TT),
    F("tăng 3,06%", "3,06%", 3.06, "%", CH, code=_TT),
    F("đạt 81,47%", "81,47%", 81.47, "%", code=_SH),
    F("đạt 99,12%", "99,12%", 99.12, "%", subject=ANY, level="tỉnh", code=_DH),
    # 4.c) the province's target in quý III năm 2025 (0226.3852.418 is a phone number)
    F("tối thiểu 60%", "60%", 60, "%", T, as_of="2025-09-30", code=_TT),
]

# ------------------------------------------------------------ 224: UBND xã Ka Đô (Lâm Đồng), tháng 10 năm 2025
_KD = "UBND xã Ka Đô"
_SEP_224 = "2025-09-30"


def _commune(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the commune itself (subject the commune's UBND, level xã)."""
    return F(context, raw, value, unit, kind, subject=_KD, level="xã", **kw)


def _field_224(field: str, files: str, online: str) -> list[Fact]:
    """One "+" line of a field: files received (a count) and online share."""
    return [
        F(f"{field}: {files} hồ sơ", files, _num(files), "hồ sơ", C, subject=ANY, level="xã", code=_TN),
        F(f"trực tuyến {online}%", f"{online}%", _num(online), "%", subject=ANY, level="xã", code=_NOP),
    ]


BLIND_224 = [
    # 1. (2176/UBND-KSTT of 18/7/2025 cited)
    _commune("tự nhiên 187,6 km²", "187,6", 187.6, "km²", code=ANY),
    _commune("dân số 31.482", "31.482", 31482, "người", C, code=ANY),
    _commune("gồm 27 thôn", "27", 27, "thôn", C, code=ANY),
    _commune("giải quyết 386 TTHC", "386", 386, "TTHC", C, code=_TTHC),
    _commune("trong đó 241 TTHC", "241", 241, "TTHC", C, code=_TOAN),
    _commune("và 97 TTHC", "97", 97, "TTHC", C, code=_MOT),
    # 2. tháng 9/2025 dated 2025-09-30
    _commune("tiếp nhận 1.126", "1.126", 1126, "hồ sơ", C, code=_TN),
    _commune("(tháng 9/2025: 984 hồ sơ)", "984", 984, "hồ sơ", PR, as_of=_SEP_224, code=_TN),
    _commune("tăng 142 hồ sơ", "142", 142, "hồ sơ", CH, code=_TN),
    _commune("cá nhân 1.071", "1.071", 1071, "hồ sơ", C, code=ANY),
    _commune("nghiệp 55 hồ sơ", "55", 55, "hồ sơ", C, code=ANY),
    _commune("là 872 hồ sơ", "872", 872, "hồ sơ", C, code=_NOP),
    _commune("chiếm 77,44%", "77,44%", 77.44, "%", code=_NOP),
    _commune("(tháng 9/2025: 71,63%)", "71,63%", 71.63, "%", PR, as_of=_SEP_224, code=_NOP),
    _commune("trực tiếp 254", "254", 254, "hồ sơ", C, code=_NTT),
    _commune("giải quyết 1.058", "1.058", 1058, "hồ sơ", C, code=ANY),
    _commune("trước hạn 846", "846", 846, "hồ sơ", C, code=ANY),
    _commune("đúng hạn 201", "201", 201, "hồ sơ", C, code=ANY),
    _commune("quá hạn 11", "11", 11, "hồ sơ", C, code=_QH),
    _commune("đạt 98,96%", "98,96%", 98.96, "%", code=_DH),
    F("(09 hồ sơ)", "09", 9, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    _commune("là 3,4 ngày", "3,4", 3.4, "ngày", code=_TIME),
    # "+" list by field
    *_field_224("Hộ tịch", "486", "92,80"),
    *_field_224("Chứng thực", "297", "61,28"),
    *_field_224("Đất đai", "173", "54,91"),
    *_field_224("Bảo trợ xã hội", "68", "86,76"),
    *_field_224("Các lĩnh vực khác", "102", "83,33"),
    # 3. the commune's 2025 target (dated at the year's end), "chưa đạt chỉ tiêu"
    _commune("đạt 58,62%", "58,62%", 58.62, "%", code=_TT, target=65, stated_status="chưa đạt"),
    _commune("(tháng 9/2025: 51,37%)", "51,37%", 51.37, "%", PR, as_of=_SEP_224, code=_TT),
    _commune("tăng 7,25%", "7,25%", 7.25, "%", CH, code=_TT),
    _commune("giao là 65%", "65%", 65, "%", T, as_of=_Y2025, code=_TT),
    _commune("đạt 94,28%", "94,28%", 94.28, "%", code=_SH),
    _commune("đạt 97,05%", "97,05%", 97.05, "%", code=_KQ),
    _commune("đạt 41,16%", "41,16%", 41.16, "%", code=_TSD),
    _commune("bản chính 184", "184", 184, "trường hợp", C, code=_CT),
    _commune("chiếm 62,37%", "62,37%", 62.37, "%", code=_CT),
    _commune("mới 326", "326", 326, "tài khoản", C, code=_TK),
    _commune("đạt 21.947", "21.947", 21947, "tài khoản", C, code=_TK),
    # 4. ("Tổng đài 1022 Lâm Đồng" is a name)
    _commune("tiếp nhận 03 phản ánh", "03", 3, "PAKN", C, code=_PAKN_TN),
    _commune("xử lý 03/03", "03/03", 3, "PAKN", C, max_value=3, code=_PAKN_XL),
    _commune("đạt 98,15%", "98,15%", 98.15, "%", code=_HL),
    # 5. rank among the province's 124 xã, phường, đặc khu; tháng 9/2025 dated 2025-09-30
    _commune("đạt 86,42 điểm", "86,42", 86.42, "điểm", code=_TONG),
    _commune("(tháng 9/2025: 83,19 điểm)", "83,19", 83.19, "điểm", PR, as_of=_SEP_224, code=_TONG),
    _commune("tăng 3,23 điểm", "3,23", 3.23, "điểm", CH, code=_TONG),
    _commune("thứ 31/124", "31/124", 31, "hạng", R, max_value=124, code=_HANG),
    _commune("tăng 9 bậc", "9", 9, "hạng", CH, code=_HANG),
    _commune("thứ 40/124)", "40/124", 40, "hạng", PR, max_value=124, as_of=_SEP_224, code=_HANG),
    F("là 82,57 điểm", "82,57", 82.57, "điểm", subject=ANY, level="xã", code=_TONG),
    _commune("minh bạch: 16,94/18", "16,94/18", 16.94, "điểm", max_value=18, code="766.cong_khai"),
    _commune("giải quyết: 19,62/20", "19,62/20", 19.62, "điểm", max_value=20, code="766.tien_do"),
    _commune("trực tuyến: 9,75/12", "9,75/12", 9.75, "điểm", max_value=12, code="766.dvctt"),
    _commune("trực tuyến: 6,87/10", "6,87/10", 6.87, "điểm", max_value=10, code="766.thanh_toan"),
    _commune("hài lòng: 17,91/18", "17,91/18", 17.91, "điểm", max_value=18, code="766.hai_long"),
    _commune("hồ sơ: 15,33/22", "15,33/22", 15.33, "điểm", max_value=22, code="766.so_hoa"),
    # 6. the commune's target by the end of 2025 (0263.3848.216 is a phone number)
    _commune("tối thiểu 65%", "65%", 65, "%", T, as_of=_Y2025, code=_TT),
]

BLIND = {"220": BLIND_220, "221": BLIND_221, "222": BLIND_222, "223": BLIND_223, "224": BLIND_224}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "220": [
        ("2025-10-31", "day", "31/10/2025", "hợp nhất dữ liệu", "Sở Khoa học và Công nghệ"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "thanh toán phí, lệ phí trực tuyến", "Sở Tài chính"),
        ("2025-11-15", "day", "ngày 15 tháng 11 năm 2025", "xây dựng kế hoạch khắc phục",
         "UBND các xã, phường xếp loại Trung bình"),
        ("2025-12-31", "month", "tháng 12/2025", "kiểm tra việc tiếp nhận, giải quyết TTHC", "Văn phòng UBND tỉnh"),
        # issued 08/10/2025: the first "ngày 15 hằng tháng" is 15/10/2025
        ("2025-10-15", "recurring", "15 hằng tháng", "báo cáo kết quả thực hiện",
         "Các sở, ban, ngành, UBND các xã, phường"),
    ],
    "221": [
        ("2025-02-28", "day", "28/02/2025", "rà soát quy trình thẩm định cơ sở lưu trú", "Phòng Quản lý du lịch"),
        ("2025-12-31", "year", "năm 2025", "thanh toán phí, lệ phí trực tuyến", "Văn phòng Sở"),
        ("2025-03-31", "quarter", "quý I năm 2025", "đề xuất phương án đơn giản hóa TTHC",
         "Phòng Quản lý Thể dục thể thao"),
        ("2025-03-31", "month", "tháng 3/2025", "hướng dẫn nộp hồ sơ trực tuyến", "Phòng Quản lý Văn hóa và Gia đình"),
        # issued 09/01/2025: the first "ngày 10 hằng tháng" is 10/01/2025
        ("2025-01-10", "recurring", "10 hằng tháng", "cập nhật kết quả giải quyết TTHC",
         "Các phòng, đơn vị thuộc Sở"),
    ],
    "222": [
        ("2025-05-15", "day", "15/5/2025", "xây dựng kế hoạch nâng tỷ lệ nộp hồ sơ trực tuyến",
         "UBND xã Nhơn Châu, UBND xã Nhơn Hải"),
        ("2025-05-20", "day", "ngày 20 tháng 5 năm 2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "Phòng Nông nghiệp và Môi trường"),
        ("2025-06-30", "month", "tháng 6/2025", "thanh toán phí, lệ phí trực tuyến", "UBND các phường, xã"),
        ("2025-06-30", "quarter", "quý II năm 2025", "kiểm tra hạ tầng, thiết bị số hóa",
         "Phòng Văn hóa, Khoa học và Thông tin"),
        # issued 06/5/2025: the first "ngày 22 hằng tháng" is 22/5/2025
        ("2025-05-22", "recurring", "22 hằng tháng", "báo cáo kết quả thực hiện",
         "Các cơ quan chuyên môn thuộc UBND thành phố, UBND các phường, xã"),
    ],
    "223": [
        ("2025-06-20", "day", "20/6/2025", "giải quyết dứt điểm hồ sơ quá hạn", "Sở Nông nghiệp và Môi trường"),
        ("2025-06-30", "month", "tháng 6/2025", "khắc phục các chỉ tiêu bị trừ điểm", "Sở Xây dựng, Công an tỉnh"),
        ("2025-09-30", "quarter", "quý III năm 2025", "nâng tỷ lệ hồ sơ thanh toán trực tuyến", "Sở Tài chính"),
        ("2025-06-25", "day", "ngày 25 tháng 6 năm 2025", "đồng bộ đầy đủ trạng thái hồ sơ", "Các sở, ban, ngành"),
        # issued 09/6/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/7/2025
        ("2025-07-05", "recurring", "05 hằng tháng", "gửi báo cáo tình hình khắc phục", "Các sở, ban, ngành"),
    ],
    "224": [
        ("2025-11-14", "day", "14/11/2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn", "Phòng Kinh tế"),
        ("2025-12-31", "year", "năm 2025", "thanh toán phí, lệ phí trực tuyến",
         "Trung tâm Phục vụ hành chính công xã"),
        ("2025-12-31", "month", "tháng 12/2025", "cập nhật dữ liệu hộ tịch", "Phòng Văn hóa - Xã hội"),
        ("2025-11-28", "day", "ngày 28 tháng 11 năm 2025", "trang bị thêm máy quét", "Văn phòng HĐND và UBND xã"),
        # issued 05/11/2025: the first "ngày 18 hằng tháng" is 18/11/2025
        ("2025-11-18", "recurring", "18 hằng tháng", "tổng hợp số liệu", "Trung tâm Phục vụ hành chính công xã"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 220's issuer is UBND tỉnh Gia Lai as named after the merger, period the quarter in its title; 221's issuer is
# the Sở under "UBND TỈNH SÓC TRĂNG", an annual report issued in January 2025; 222's issuer is a city under the
# province (province named in "Kính gửi"); 223's issuer is the Văn phòng under "UBND TỈNH HÀ NAM", a Thông báo
# whose period is the month in its title; 224's issuer is a commune after the reform (province named in "Kính
# gửi").
META = {
    "220": {"doc_number": "412/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-10-08",
            "province": "Gia Lai", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Trương Quốc Bảo"},
    "221": {"doc_number": "38/BC-SVHTTDL", "doc_type": "Báo cáo", "issued_date": "2025-01-09",
            "province": "Sóc Trăng", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Lâm Hoàng Phúc"},
    "222": {"doc_number": "186/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-05-06",
            "province": "Bình Định", "period_label": "tháng 4 năm 2025", "period_start": "2025-04-01",
            "period_end": "2025-04-30", "signer": "Đoàn Minh Tâm"},
    "223": {"doc_number": "97/TB-VPUBND", "doc_type": "Thông báo", "issued_date": "2025-06-09",
            "province": "Hà Nam", "period_label": "tháng 5 năm 2025", "period_start": "2025-05-01",
            "period_end": "2025-05-31", "signer": "Trần Đức Thịnh"},
    "224": {"doc_number": "152/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-11-05",
            "province": "Lâm Đồng", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Nguyễn Hữu Phước"},
}
