"""Blind golden facts for corpus/blind20/175_cao_bang.txt, 176_quang_ngai.txt, 177_quy_nhon.txt, 178_tra_vinh.txt
and 179_hoa_binh.txt.

The five documents were written by the developers for a twentieth blind measurement (issuers, wording and layouts
not used elsewhere in the corpus; not real documents), and every row below was written by reading them, before
any extraction, restoration or pipeline code was run on them. They also serve as held-out text for diacritic
restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind13.py … blind16.py: rows use `golden.facts.Fact` (context string
that occurs once in the document + the figure as written inside it). Prose and list counts are kind `count`;
table cells are kind `value` even when they count, except rank cells written `n/14` (kind `rank`, unit `hạng`,
max 14, as golden/blind15.py's 156 does); `as_of="period"` is the period's end; `ANY` leaves a field unchecked
where the sentence names no catalogued indicator (`None` where it clearly names none). Table cells carry
`extra={"source": "table"}`. "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit
`PAKN`; a count of the files (or PAKN) an indicator is computed on carries that indicator's code; every "đã
giải quyết" count and the parts of a received or settled whole ("kỳ trước chuyển sang", "tiếp nhận mới",
"trước hạn", "đúng hạn" apart) have their code unchecked; a relative change of a count ("giảm 5,3% so với cùng
kỳ năm 2023") has its code unchecked. A table column dated before the period end keeps kind `value` with that
date as `as_of`; a change is dated at the period end; a fall ("giảm", "rút ngắn") is negative. Counts of local
units take the unit of their first unit word ("05/9 huyện, thị xã, thành phố" → `huyện`, subject "cấp huyện");
counts of "cơ quan"/"đơn vị" the unit `đơn vị` at the level of the bodies counted.

Not figures: dates, document numbers ("2186/BC-UBND", "28/BC-CAT-PC06", "PC06" in "Lưu: VT, PC06"), cited
circulars, letters, plans and decisions ("Thông tư số 01/2020/TT-VPCP", "Công văn số 4562/UBND-KSTT", "Công văn
số 7315/UBND-KSTT", "Quyết định số 766/QĐ-TTg", "Quyết định số 2034/QĐ-UBND", "Kế hoạch số 09/KH-UBND"), "Đề án
06" (a name), "số liệu tính đến hết ngày 30/9/2024", "tại thời điểm ngày 30/9/2024", "Tính đến ngày 30/11/2024",
"dữ liệu tổng hợp đến hết ngày 31/3/2025", "Lũy kế đến ngày 31/12/2024", "từ ngày 01/3/2025", section numbering
("I.", "1.", "1.1.", "a)", "đ)"), the STT column, "Bảng 1.", phone numbers ("0206.3852.199", "0255.3822.614",
"0256.3822.107", "0294.3862.445", "0218.3852.160"), "Tổng đài 1022 Bình Định" (a name), "mức độ 2", "14 tuổi",
"sáu nhóm" (a word), periods named in text ("9 tháng đầu năm 2024", "6 tháng đầu năm 2024"), headings naming the
next period ("III. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM 2024", "III. NHIỆM VỤ QUÝ IV NĂM 2024", "5. Nhiệm vụ tháng 12 năm
2024", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ QUÝ I NĂM 2025": no deadlines), the "-" cell of a table (no value), the text
column "Xếp loại", "Đại tá" (a rank before the signer's name) and years.

New in this set:
- 175 is a quarterly Báo cáo of UBND tỉnh Cao Bằng to the Văn phòng Chính phủ (Cục Kiểm soát TTHC) under
  Thông tư 01/2020/TT-VPCP, quý III năm 2024 (issued 08/10/2024). Province figures have subject NULL. "05 quyết
  định" is a count with code None; "công bố danh mục 94 TTHC, trong đó 38 …, 41 … và 15 …" are counts of
  published procedures (code unchecked). Procedures by level with the level after the count ("1.398 TTHC cấp
  tỉnh, 287 TTHC cấp huyện và 126 TTHC cấp xã"). "; 100% TTHC được công khai" is a share with code unchecked.
  "1.186 TTHC …, chiếm 65,49% tổng số TTHC; trong đó 742 TTHC toàn trình và 444 TTHC một phần": the whole and
  its share carry the "tthc_cung_cap" code. "(quý II/2024: …)" and "so với quý II/2024 (71,95 điểm, xếp thứ
  56/63)" are previous values dated 2024-06-30 (the previous total on the /100 scale); "tăng 3.418 hồ sơ so với
  quý trước" is a change of files received (no previous value given). Files received by level after "lần lượt
  là". Overdue land files of two named district-level units in brackets. Its Markdown table lists the 10
  district-level units (subject as written, "UBND thành phố Cao Bằng", level huyện; received, settled, on-time
  share, overdue; one "100" and one "0" cell) with a "Tổng cộng" row with an empty STT cell (= cấp huyện; its
  13.547 is also in the prose). "chỉ tiêu năm 2024 của tỉnh là 45%, đến nay tỉnh chưa đạt chỉ tiêu": the target
  is dated 2024-12-31 and the 34,85% carries it with status "chưa đạt"; the task's "đạt tối thiểu 45%" is the
  province's target again (subject NULL), dated 2024-12-31. Digitisation shares by level after "tương ứng là".
  "(quý II/2024: 12 PAKN)" is a previous count. The six group scores `x/max` after "lần lượt là:" separated by
  ";" (sum 74,26). Five deadlines: "chậm nhất" day in words, year ("đến hết năm 2024", with the target), month,
  quarter, monthly recurring "trước ngày 15 hằng tháng" (issued 08/10/2024: first 15/10/2024).
- 176 is a Báo cáo of Sở Công Thương tỉnh Quảng Ngãi (header "UBND TỈNH QUẢNG NGÃI / SỞ CÔNG THƯƠNG"), 9 tháng
  đầu năm 2024, in `1.1.`/`1.2.` items and a dash list. Every figure is the Sở's (subject "Sở Công Thương", level
  tỉnh); files by field in the list line "lưu thông hàng hóa trong nước 2.874 hồ sơ; hóa chất 486 hồ sơ; …"
  have subject ANY, level tỉnh, code files received (as golden/blind12.py's 142 does), and the overdue files by
  field in brackets "(lĩnh vực hóa chất 03 hồ sơ, lĩnh vực điện 01 hồ sơ)" subject ANY, level tỉnh, code
  overdue. "21 lĩnh vực" is a count with code None; "(chiếm 77,97%)" after "92 TTHC … toàn trình" is the
  fully-online share (toàn trình code); "41/41 TTHC có yêu cầu nghĩa vụ tài chính" one count (max 41, code
  unchecked); "03 quyết định" is a count with code None; "đơn giản hóa 07 TTHC" a count with code unchecked.
  "cùng kỳ năm 2023" of a nine-month period is dated 2023-09-30 ("giảm 5,3% so với cùng kỳ năm 2023 (4.515 hồ
  sơ)", "(cùng kỳ năm 2023: …)", "(2,1 ngày/hồ sơ)"); "(6 tháng đầu năm 2024: 96,12%)" is dated 2024-06-30.
  "Số hồ sơ đang giải quyết, chưa đến hạn: 73 hồ sơ" has its code unchecked. "1,8 ngày/hồ sơ" is the processing
  time and "rút ngắn 0,3 ngày" its fall. "Số hồ sơ có yêu cầu nghĩa vụ tài chính là 2.892 hồ sơ, trong đó thanh
  toán trực tuyến 2.418 hồ sơ, đạt 83,61%": the base has its code unchecked (the convention names the files an
  indicator counts, and whether a denominator is one is open), the 2.418 carries the payment code; "4.126 hồ
  sơ, đạt 98,17%" the digitisation code; "186.450.000 đồng" is a sum of money. Two of the Sở's 2024 targets
  (dated 2024-12-31): "so với chỉ tiêu UBND tỉnh giao năm 2024 là 60% thì Sở đã đạt chỉ tiêu" (payment, status
  "đạt") and "(chỉ tiêu năm 2024: 50%, chưa đạt chỉ tiêu)" (data reuse, status "chưa đạt"); the task's "đạt tối
  thiểu 50%" is the Sở's reuse target again. PAKN parts by channel are bare counts (code unchecked); "06/06 PAKN"
  is one count (max 6). "xếp thứ 6/20 sở, ban, ngành" ranks among the province's agencies; "so với 6 tháng đầu
  năm 2024 (87,45 điểm, xếp thứ 9/20)" are previous values dated 2024-06-30 (the score has no max). Five
  deadlines: day, year (with the target), month, "chậm nhất" day in words, "trước ngày 08 hằng tháng" (issued
  04/10/2024: first 08/10/2024).
- 177 is a monthly Báo cáo of UBND thành phố Quy Nhơn (a city under tỉnh Bình Định, named in "Kính gửi"),
  tháng 11 năm 2024 (issued 05/12/2024). Figures under "a) Cấp huyện" (the city's Bộ phận Một cửa) have subject
  "cấp huyện" (level huyện), those under "b) Cấp xã" subject "cấp xã" (level xã); overdue files by field in
  brackets ("lĩnh vực đất đai (35 hồ sơ)") have subject ANY, level huyện. "(tháng 10/2024: 2.615 hồ sơ)" is a
  previous value dated 2024-10-31. A dash list of five phường, xã "- <unit>: tiếp nhận n hồ sơ, trực tuyến đạt
  x%;" (subject as written, "Phường Ghềnh Ráng", "Xã Nhơn Châu", level xã; count and online share). Payment
  shares by level after "lần lượt là … và …", each held against its level's target written "cho cấp huyện là
  55%, cho cấp xã là 45%, thì cấp huyện đã đạt chỉ tiêu, cấp xã chưa đạt chỉ tiêu" (targets dated 2024-12-31).
  "tỷ lệ cấp kết quả … chung của thành phố" and the PAKN, score and rank are the city's own (subject "UBND thành
  phố Quy Nhơn", level huyện); "xếp thứ 2/11 huyện, thị xã, thành phố (tháng 10/2024: 85,94 điểm, xếp thứ 4/11)"
  ranks among the province's 11 district-level units, previous values dated 2024-10-31. The communes' average
  (subject ANY, level xã, with its "(tháng 10/2024: …)" value) and the best and worst with scores in brackets.
  "tăng 332 hồ sơ so với tháng trước" is a change of cấp huyện's files received; "Có 04/21 phường, xã còn hồ sơ
  trễ hạn" a count of communes (unit `phường`, max 21, subject "cấp xã", code None); "312.600.000 đồng" a sum of
  money (the city's). "Riêng UBND các phường, xã tiếp nhận 06 PAKN, đã xử lý 06/06 PAKN" stands outside the "b)
  Cấp xã" part and names the communes' committees: subject ANY (either "cấp xã" or the bodies as written), level
  xã; "06/06 PAKN" is one count (max 6). The city's satisfaction share is the city's. The target "của cấp xã
  đạt tối thiểu 45%" in the task of "UBND các phường, xã" is theirs, dated 2024-12-31. Five deadlines in
  `a)`–`đ)` items: day for two named communes, "chậm nhất" day in words, year (with the target), quarter of next
  year, "trước ngày 18 hằng tháng" (issued 05/12/2024: first 18/12/2024).
- 178 is a Thông báo of the Văn phòng UBND tỉnh Trà Vinh (header "UBND TỈNH TRÀ VINH / VĂN PHÒNG"), quý I năm
  2025 (issued 10/4/2025; post-March 2025 agency names, "Sở Dân tộc và Tôn giáo" formed 01/3/2025) on the 766
  index by agency. Province figures (subject NULL): total `84,37/100`, rank `23/63`, "so với quý IV năm 2024
  (82,91 điểm, xếp thứ 30/63), tỉnh tăng 1,46 điểm và tăng 7 bậc" (previous values dated 2024-12-31), two group
  scores "Nhóm chỉ số … đạt x/max điểm", one group's fall "giảm 0,41 điểm so với quý trước". Online shares by
  level after "tương ứng là". Block averages (subject ANY, levels tỉnh/huyện/xã) with "(quý IV năm 2024: …)"
  previous values or a fall. "Có 10/14 cơ quan xếp loại Tốt, chiếm 71,43%; 03 cơ quan … và 01 cơ quan …": counts
  of agencies (unit `đơn vị`, code None, level tỉnh, subject ANY) and the share of agencies graded Tốt (unit
  `%`, code unchecked, level tỉnh). Its tab-separated table "Bảng 1." ranks the 14 agencies (subject as written,
  "Sở Tư pháp", "Ban Quản lý Khu kinh tế tỉnh", "Công an tỉnh", level tỉnh): score quý IV/2024 (dated
  2024-12-31), score quý I/2025, rank `n/14` (equal to STT in every row), text grade; the new Sở's quý IV cell is
  "-" (no figure). "Có 05/9 huyện, thị xã, thành phố xếp loại Tốt, 04 đơn vị xếp loại Khá" and "12 đơn vị cấp xã
  xếp loại Trung bình" are counts (code None; "04" and "12" with subject ANY). Four named units with scores in
  brackets (level huyện). The target "đạt tối thiểu 50% trong quý II năm 2025" in the task of two named
  districts is theirs (subject "UBND huyện Trà Cú, UBND huyện Cầu Ngang"), dated 2025-06-30. Five deadlines:
  day, quarter (with the target), month, "chậm nhất" day in words, quarterly recurring "định kỳ hằng quý, trước
  ngày 05 của tháng đầu quý tiếp theo" (issued 10/4/2025: first 05/7/2025).
- 179 is a quarterly Báo cáo of Công an tỉnh Hòa Bình on its own online services (header "BỘ CÔNG AN / CÔNG AN
  TỈNH HÒA BÌNH", number "28/BC-CAT-PC06"), quý IV năm 2024 (issued 06/01/2025). The issuer's figures ("Công an
  tỉnh …", "lực lượng Công an tỉnh …", and figures naming no body) have subject "Công an tỉnh" (as golden/
  blind17.py's tables name it), level tỉnh. "11 lĩnh vực" is a count with code None; procedures by level in a
  bracket "(cấp tỉnh 96 TTHC, cấp huyện 52 TTHC, cấp xã 30 TTHC)" are by level (subject "cấp tỉnh"/"cấp
  huyện"/"cấp xã"). "Công an cấp tỉnh tiếp nhận 9.842 hồ sơ, Công an cấp huyện 21.375 hồ sơ, Công an cấp xã
  37.200 hồ sơ": files received by police level; whether the subject is "cấp huyện" or "Công an cấp huyện" is
  genuinely open, so the subject is ANY and only the level is checked. "tăng 4.186 hồ sơ so với quý III năm 2024
  (64.231 hồ sơ)" and "(quý III năm 2024: 65,29%)" are a change and previous values dated 2024-09-30. Its
  Markdown table by field (STT column, units in the headers; received, submitted online, online share, settled)
  has field rows (subject ANY, level tỉnh) and a "Tổng cộng" row with an empty STT cell (= Công an tỉnh; its
  figures are also in the prose). "2.486.750.000 đồng" is a sum of money. "tiếp nhận 38.612 hồ sơ đề nghị cấp
  tài khoản định danh điện tử mức độ 2" is a count of files (code unchecked). "toàn tỉnh đã kích hoạt 512.347
  tài khoản, đạt 82,15% …; so với chỉ tiêu năm 2024 là 80% thì đã đạt chỉ tiêu": the province's identity
  accounts (subject NULL: "toàn tỉnh" names the whole province), target dated 2024-12-31, status "đạt"; the
  task's "tỷ lệ kích hoạt toàn tỉnh đạt tối thiểu 85% trong quý I năm 2025" is the province's target, dated
  2025-03-31. "09/09 PAKN" is one count of PAKN settled (max 9). "xếp thứ 8/22 cơ quan cấp tỉnh, tăng 3 bậc so
  với quý III năm 2024 (xếp thứ 11/22)" ranks among the province's agencies, the previous rank dated
  2024-09-30. The signer is written after his rank ("Đại tá Bùi Đức Thắng"): the signer is the person. Five
  deadlines: day, quarter (with the target), month, "chậm nhất" day in words, "trước ngày 25 hằng tháng"
  (issued 06/01/2025: first 25/01/2025).
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
_CUNG_CAP = "766.dvctt.tthc_cung_cap"
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_TIME = "766.tien_do.thoi_gian"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_Y2024 = "2024-12-31"
_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_HUYEN = {"subject": "cấp huyện", "level": "huyện"}
_XA = {"subject": "cấp xã", "level": "xã"}


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


# ------------------------------------------------------------ 175: UBND tỉnh Cao Bằng, quý III năm 2024
_Q2_175 = "2024-06-30"


def _row_175(subject: str, received: str, settled: str, on_time: str, overdue: str, after: str) -> list[Fact]:
    """One Markdown row of a district-level unit (or the total): received, settled, on-time share, overdue."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (settled, "hồ sơ", P, ANY, "period"),
             (on_time, "%", P, _DH, "period"), (overdue, "hồ sơ", P, _QH, "period")]
    return _cells(subject, "huyện", cells, after, " | ", " |\n")


BLIND_175 = [
    # I.1 (01/2020/TT-VPCP of 21/10/2020 cited; "tính đến hết ngày 30/9/2024" is the period end)
    F("ban hành 05 quyết định", "05", 5, "quyết định", C, code=None),
    F("danh mục 94 TTHC", "94", 94, "TTHC", C, code=ANY),
    F("trong đó 38 TTHC", "38", 38, "TTHC", C, code=ANY),
    F("ban hành, 41 TTHC", "41", 41, "TTHC", C, code=ANY),
    F("và 15 TTHC", "15", 15, "TTHC", C, code=ANY),
    F("là 1.811 TTHC", "1.811", 1811, "TTHC", C, code=_TTHC),
    F("gồm 1.398 TTHC", "1.398", 1398, "TTHC", C, code=_TTHC, **_TINH),
    F(", 287 TTHC", "287", 287, "TTHC", C, code=_TTHC, **_HUYEN),
    F("và 126 TTHC", "126", 126, "TTHC", C, code=_TTHC, **_XA),
    F("; 100% TTHC", "100%", 100, "%", code=ANY),
    # I.2 quý II/2024 dated 2024-06-30
    F("có 1.186 TTHC", "1.186", 1186, "TTHC", C, code=_CUNG_CAP),
    F("chiếm 65,49%", "65,49%", 65.49, "%", code=_CUNG_CAP),
    F("trong đó 742 TTHC", "742", 742, "TTHC", C, code=_TOAN),
    F("và 444 TTHC", "444", 444, "TTHC", C, code=_MOT),
    F("toàn tỉnh đạt 49,36%", "49,36%", 49.36, "%", code=_NOP),
    F("(quý II/2024: 45,12%)", "45,12%", 45.12, "%", PR, as_of=_Q2_175, code=_NOP),
    F("cấp tỉnh 78,54%", "78,54%", 78.54, "%", code=_NOP, **_TINH),
    F("cấp huyện 41,27%", "41,27%", 41.27, "%", code=_NOP, **_HUYEN),
    F("cấp xã 32,08%", "32,08%", 32.08, "%", code=_NOP, **_XA),
    # I.3 received by level after "lần lượt là"; two named districts' overdue land files
    F("tiếp nhận 52.734", "52.734", 52734, "hồ sơ", C, code=_TN),
    F("tăng 3.418 hồ sơ", "3.418", 3418, "hồ sơ", CH, code=_TN),
    F("là 26.029 hồ sơ", "26.029", 26029, "hồ sơ", C, code=_NOP),
    F("là 11.862 hồ sơ", "11.862", 11862, "hồ sơ", C, code=_TN, **_TINH),
    F("hồ sơ, 13.547 hồ sơ", "13.547", 13547, "hồ sơ", C, code=_TN, **_HUYEN),
    F("và 27.325 hồ sơ", "27.325", 27325, "hồ sơ", C, code=_TN, **_XA),
    F("giải quyết 50.918", "50.918", 50918, "hồ sơ", C, code=ANY),
    F("đúng hạn 50.146", "50.146", 50146, "hồ sơ", C, code=_DH),
    F("đạt 98,48%", "98,48%", 98.48, "%", code=_DH),
    F("quá hạn 772", "772", 772, "hồ sơ", C, code=_QH),
    F("chiếm 1,52%", "1,52%", 1.52, "%", code=_QH),
    F("Hòa An (214 hồ sơ)", "214", 214, "hồ sơ", C, subject="UBND huyện Hòa An", level="huyện", code=_QH),
    F("Quảng Hòa (167 hồ sơ)", "167", 167, "hồ sơ", C, subject="UBND huyện Quảng Hòa", level="huyện", code=_QH),
    # Markdown table of the 10 district-level units, "Tổng cộng" row (= cấp huyện)
    *_row_175("UBND thành phố Cao Bằng", "2.964", "2.871", "99,69", "9", "| 2 | UBND huyện Bảo Lâm"),
    *_row_175("UBND huyện Bảo Lâm", "874", "851", "99,29", "6", "| 3 | UBND huyện Bảo Lạc"),
    *_row_175("UBND huyện Bảo Lạc", "912", "887", "98,76", "11", "| 4 | UBND huyện Hà Quảng"),
    *_row_175("UBND huyện Hà Quảng", "1.236", "1.198", "98,83", "14", "| 5 | UBND huyện Trùng Khánh"),
    *_row_175("UBND huyện Trùng Khánh", "1.302", "1.265", "99,37", "8", "| 6 | UBND huyện Hạ Lang"),
    *_row_175("UBND huyện Hạ Lang", "655", "640", "100", "0", "| 7 | UBND huyện Quảng Hòa"),
    *_row_175("UBND huyện Quảng Hòa", "1.688", "1.612", "89,64", "167", "| 8 | UBND huyện Hòa An"),
    *_row_175("UBND huyện Hòa An", "1.947", "1.863", "88,51", "214", "| 9 | UBND huyện Nguyên Bình"),
    *_row_175("UBND huyện Nguyên Bình", "1.043", "1.011", "98,81", "12", "| 10 | UBND huyện Thạch An"),
    *_row_175("UBND huyện Thạch An", "926", "903", "99,11", "8", "| | Tổng cộng"),
    *_row_175("cấp huyện", "13.547", "13.101", "96,57", "449", "\n4. Thanh toán"),
    # I.4 the 2024 target (dated at the year's end), "chưa đạt chỉ tiêu"; digitisation by level after "tương ứng là"
    F("tài chính đạt 34,85%", "34,85%", 34.85, "%", code=_TT, target=45, stated_status="chưa đạt"),
    F("của tỉnh là 45%", "45%", 45, "%", T, as_of=_Y2024, code=_TT),
    F("tương ứng là 92,14%", "92,14%", 92.14, "%", code=_SH, **_TINH),
    F(", 74,36%", "74,36%", 74.36, "%", code=_SH, **_HUYEN),
    F("và 58,71%", "58,71%", 58.71, "%", code=_SH, **_XA),
    F("điện tử đạt 88,23%", "88,23%", 88.23, "%", code=_KQ),
    F("số hóa đạt 28,64%", "28,64%", 28.64, "%", code=_TSD),
    F("tăng 5,17%", "5,17%", 5.17, "%", CH, code=_TSD),
    # I.5 quý II/2024 dated 2024-06-30 (0206.3852.199 is a phone number)
    F("tiếp nhận 15 phản ánh", "15", 15, "PAKN", C, code=_PAKN_TN),
    F("(quý II/2024: 12 PAKN)", "12", 12, "PAKN", PR, as_of=_Q2_175, code=_PAKN_TN),
    F("xong 13 PAKN", "13", 13, "PAKN", C, code=_PAKN_XL),
    F("đạt 86,67%", "86,67%", 86.67, "%", code=_PAKN_TL),
    F("còn 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    F("TTHC đạt 94,72%", "94,72%", 94.72, "%", code=_HL),
    # I.6 ("tại thời điểm ngày 30/9/2024" is the period end); quý II/2024 dated 2024-06-30
    F("đạt 74,26/100", "74,26/100", 74.26, "điểm", max_value=100, code=_TONG),
    F("thứ 52/63", "52/63", 52, "hạng", R, max_value=63, code=_HANG),
    F("tăng 2,31 điểm", "2,31", 2.31, "điểm", CH, code=_TONG),
    F("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    F("(71,95 điểm", "71,95", 71.95, "điểm", PR, max_value=100, as_of=_Q2_175, code=_TONG),
    F("thứ 56/63)", "56/63", 56, "hạng", PR, max_value=63, as_of=_Q2_175, code=_HANG),
    F("minh bạch 15,82/18", "15,82/18", 15.82, "điểm", max_value=18, code="766.cong_khai"),
    F("giải quyết 18,46/20", "18,46/20", 18.46, "điểm", max_value=20, code="766.tien_do"),
    F("trực tuyến 7,93/12", "7,93/12", 7.93, "điểm", max_value=12, code="766.dvctt"),
    F("trực tuyến 4,21/10", "4,21/10", 4.21, "điểm", max_value=10, code="766.thanh_toan"),
    F("hài lòng 16,94/18", "16,94/18", 16.94, "điểm", max_value=18, code="766.hai_long"),
    F("hồ sơ 10,90/22", "10,90/22", 10.90, "điểm", max_value=22, code="766.so_hoa"),
    # III.2 the province's target by the end of 2024 (in the task of Sở Tài chính)
    F("tối thiểu 45%", "45%", 45, "%", T, as_of=_Y2024, code=_TT),
]

# ------------------------------------------------------------ 176: Sở Công Thương tỉnh Quảng Ngãi, 9 tháng 2024
_SCT = "Sở Công Thương"
_LAST_YEAR_176 = "2023-09-30"
_H1_176 = "2024-06-30"


def _so(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SCT, level="tỉnh", **kw)


def _field(context: str, raw: str) -> Fact:
    """Files received in one field of procedures (a list line; subject left unchecked, level tỉnh)."""
    return F(context, raw, _num(raw), "hồ sơ", C, subject=ANY, level="tỉnh", code=_TN)


BLIND_176 = [
    # 1.1, 1.2 (4562/UBND-KSTT of 05/9/2024 cited)
    _so("thực hiện 118 TTHC", "118", 118, "TTHC", C, code=_TTHC),
    _so("thuộc 21 lĩnh vực", "21", 21, "lĩnh vực", C, code=None),
    _so("có 92 TTHC", "92", 92, "TTHC", C, code=_TOAN),
    _so("(chiếm 77,97%)", "77,97%", 77.97, "%", code=_TOAN),
    _so("và 26 TTHC", "26", 26, "TTHC", C, code=_MOT),
    _so("cho 41/41 TTHC", "41/41", 41, "TTHC", C, max_value=41, code=ANY),
    _so("ban hành 03 quyết định", "03", 3, "quyết định", C, code=None),
    _so("hóa 07 TTHC", "07", 7, "TTHC", C, code=ANY),
    # 2. the whole and its two parts; cùng kỳ năm 2023 dated 2023-09-30
    _so("tiếp nhận: 4.276", "4.276", 4276, "hồ sơ", C, code=_TN),
    _so("chuyển sang 58", "58", 58, "hồ sơ", C, code=ANY),
    _so("tiếp nhận mới 4.218", "4.218", 4218, "hồ sơ", C, code=ANY),
    _so("giảm 5,3%", "5,3%", -5.3, "%", CH, code=ANY),
    _so("2023 (4.515 hồ sơ)", "4.515", 4515, "hồ sơ", PR, as_of=_LAST_YEAR_176, code=_TN),
    _so("trực tuyến: 4.051", "4.051", 4051, "hồ sơ", C, code=_NOP),
    _so("chiếm 96,04%", "96,04%", 96.04, "%", code=_NOP),
    _so("2023: 91,68%)", "91,68%", 91.68, "%", PR, as_of=_LAST_YEAR_176, code=_NOP),
    _field("trong nước 2.874", "2.874"),
    _field("hóa chất 486", "486"),
    _field("thực phẩm 352", "352"),
    _field("điện 231", "231"),
    _field("còn lại 275", "275"),
    _so("giải quyết 4.203", "4.203", 4203, "hồ sơ", C, code=ANY),
    _so("trước hạn 3.768", "3.768", 3768, "hồ sơ", C, code=ANY),
    _so("đúng hạn 431", "431", 431, "hồ sơ", C, code=ANY),
    _so("quá hạn 04", "04", 4, "hồ sơ", C, code=_QH),
    F("hóa chất 03 hồ sơ", "03", 3, "hồ sơ", C, subject=ANY, level="tỉnh", code=_QH),
    F("điện 01 hồ sơ", "01", 1, "hồ sơ", C, subject=ANY, level="tỉnh", code=_QH),
    _so("đạt 99,90%", "99,90%", 99.90, "%", code=_DH),
    _so("2023: 99,62%)", "99,62%", 99.62, "%", PR, as_of=_LAST_YEAR_176, code=_DH),
    _so("hạn: 73", "73", 73, "hồ sơ", C, code=ANY),
    _so("trung bình 1,8", "1,8", 1.8, "ngày", code=_TIME),
    _so("rút ngắn 0,3", "0,3", -0.3, "ngày", CH, code=_TIME),
    _so("2023 (2,1 ngày", "2,1", 2.1, "ngày", PR, as_of=_LAST_YEAR_176, code=_TIME),
    # 3. the Sở's two 2024 targets (dated at the year's end): payment "đạt", data reuse "chưa đạt"
    _so("là 2.892 hồ sơ", "2.892", 2892, "hồ sơ", C, code=ANY),
    _so("trực tuyến 2.418", "2.418", 2418, "hồ sơ", C, code=_TT),
    _so("đạt 83,61%", "83,61%", 83.61, "%", code=_TT, target=60, stated_status="đạt"),
    _so("2023: 71,25%)", "71,25%", 71.25, "%", PR, as_of=_LAST_YEAR_176, code=_TT),
    _so("tiền 186.450.000", "186.450.000", 186450000, "đồng", code=ANY),
    _so("năm 2024 là 60%", "60%", 60, "%", T, as_of=_Y2024, code=_TT),
    _so("TTHC: 4.126", "4.126", 4126, "hồ sơ", C, code=_SH),
    _so("đạt 98,17%", "98,17%", 98.17, "%", code=_SH),
    _so("điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    _so("mới đạt 46,85%", "46,85%", 46.85, "%", code=_TSD, target=50, stated_status="chưa đạt"),
    _so("năm 2024: 50%", "50%", 50, "%", T, as_of=_Y2024, code=_TSD),
    # 4. PAKN parts by channel
    _so("tiếp nhận 06 phản ánh", "06", 6, "PAKN", C, code=_PAKN_TN),
    _so("2023: 09 PAKN)", "09", 9, "PAKN", PR, as_of=_LAST_YEAR_176, code=_PAKN_TN),
    _so("quốc gia 04 PAKN", "04", 4, "PAKN", C, code=ANY),
    _so("Sở 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    _so("trả lời 06/06", "06/06", 6, "PAKN", C, max_value=6, code=_PAKN_XL),
    _so("Sở đạt 97,35%", "97,35%", 97.35, "%", code=_HL),
    _so("2024: 96,12%)", "96,12%", 96.12, "%", PR, as_of=_H1_176, code=_HL),
    # 5. rank among the province's agencies; 6 tháng đầu năm 2024 dated 2024-06-30
    _so("đạt 88,92 điểm", "88,92", 88.92, "điểm", code=_TONG),
    _so("thứ 6/20", "6/20", 6, "hạng", R, max_value=20, code=_HANG),
    _so("tăng 1,47 điểm", "1,47", 1.47, "điểm", CH, code=_TONG),
    _so("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    _so("(87,45 điểm", "87,45", 87.45, "điểm", PR, as_of=_H1_176, code=_TONG),
    _so("thứ 9/20)", "9/20", 9, "hạng", PR, max_value=20, as_of=_H1_176, code=_HANG),
    # III.2 the Sở's reuse target by the end of 2024 (0255.3822.614 is a phone number)
    _so("tối thiểu 50%", "50%", 50, "%", T, as_of=_Y2024, code=_TSD),
]

# ------------------------------------------------------------ 177: UBND thành phố Quy Nhơn, tháng 11 năm 2024
_QN = "UBND thành phố Quy Nhơn"
_OCT_177 = "2024-10-31"


def _city(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the city itself (subject the city's UBND, level huyện)."""
    return F(context, raw, value, unit, kind, subject=_QN, level="huyện", **kw)


def _unit_177(subject: str, received: str, online: str, digitised: str) -> list[Fact]:
    """One dash-list line `- <unit>: tiếp nhận n hồ sơ, trực tuyến đạt x%, số hóa đạt y%;` of a phường or xã."""
    return [
        F(f"{subject}: tiếp nhận {received}", received, _num(received), "hồ sơ", C, subject=subject, level="xã",
          code=_TN),
        F(f"{received} hồ sơ, trực tuyến đạt {online}", online, _num(online), "%", subject=subject, level="xã",
          code=_NOP),
        F(f"{online}, số hóa đạt {digitised}", digitised, _num(digitised), "%", subject=subject, level="xã",
          code=_SH),
    ]


BLIND_177 = [
    # 1.a) cấp huyện (7315/UBND-KSTT of 18/10/2024 cited); tháng 10/2024 dated 2024-10-31
    F("tiếp nhận 2.947", "2.947", 2947, "hồ sơ", C, code=_TN, **_HUYEN),
    F("tăng 332 hồ sơ", "332", 332, "hồ sơ", CH, code=_TN, **_HUYEN),
    F("2024: 2.615 hồ sơ)", "2.615", 2615, "hồ sơ", PR, as_of=_OCT_177, code=_TN, **_HUYEN),
    F("trực tuyến 2.183", "2.183", 2183, "hồ sơ", C, code=_NOP, **_HUYEN),
    F("đạt 74,08%", "74,08%", 74.08, "%", code=_NOP, **_HUYEN),
    F("2024: 71,26%)", "71,26%", 71.26, "%", PR, as_of=_OCT_177, code=_NOP, **_HUYEN),
    F("giải quyết 2.812", "2.812", 2812, "hồ sơ", C, code=ANY, **_HUYEN),
    F("đúng hạn 2.771", "2.771", 2771, "hồ sơ", C, code=_DH, **_HUYEN),
    F("đạt 98,54%", "98,54%", 98.54, "%", code=_DH, **_HUYEN),
    F("trễ hạn 41", "41", 41, "hồ sơ", C, code=_QH, **_HUYEN),
    F("đất đai (35 hồ sơ)", "35", 35, "hồ sơ", C, subject=ANY, level="huyện", code=_QH),
    F("xây dựng (06 hồ sơ)", "06", 6, "hồ sơ", C, subject=ANY, level="huyện", code=_QH),
    # 1.b) cấp xã and a dash list of five units
    F("tiếp nhận 6.318", "6.318", 6318, "hồ sơ", C, code=_TN, **_XA),
    F("trực tuyến 4.226", "4.226", 4226, "hồ sơ", C, code=_NOP, **_XA),
    F("đạt 66,89%", "66,89%", 66.89, "%", code=_NOP, **_XA),
    F("giải quyết 6.205", "6.205", 6205, "hồ sơ", C, code=ANY, **_XA),
    F("đạt 99,71%", "99,71%", 99.71, "%", code=_DH, **_XA),
    F("trễ hạn 18", "18", 18, "hồ sơ", C, code=_QH, **_XA),
    F("Có 04/21", "04/21", 4, "phường", C, max_value=21, code=None, **_XA),
    *_unit_177("Phường Ghềnh Ráng", "648", "82,41%", "97,53%"),
    *_unit_177("Phường Nguyễn Văn Cừ", "597", "79,56%", "95,98%"),
    *_unit_177("Phường Nhơn Bình", "534", "71,35%", "92,70%"),
    *_unit_177("Xã Nhơn Hải", "118", "35,59%", "74,58%"),
    *_unit_177("Xã Nhơn Châu", "42", "28,57%", "66,67%"),
    # 2. payment shares by level against their 2024 targets (dated at the year's end)
    F("lần lượt là 58,36%", "58,36%", 58.36, "%", code=_TT, target=55, stated_status="đạt", **_HUYEN),
    F("và 41,72%", "41,72%", 41.72, "%", code=_TT, target=45, stated_status="chưa đạt", **_XA),
    F("cấp huyện là 55%", "55%", 55, "%", T, as_of=_Y2024, code=_TT, **_HUYEN),
    F("cấp xã là 45%", "45%", 45, "%", T, as_of=_Y2024, code=_TT, **_XA),
    F("huyện đạt 96,83%", "96,83%", 96.83, "%", code=_SH, **_HUYEN),
    F("xã đạt 89,14%", "89,14%", 89.14, "%", code=_SH, **_XA),
    _city("thành phố đạt 93,27%", "93,27%", 93.27, "%", code=_KQ),
    _city("là 312.600.000", "312.600.000", 312600000, "đồng", code=ANY),
    # 3. the city's PAKN ("Tổng đài 1022 Bình Định" is a name)
    _city("tiếp nhận 14 phản ánh", "14", 14, "PAKN", C, code=_PAKN_TN),
    _city("xử lý 12 PAKN", "12", 12, "PAKN", C, code=_PAKN_XL),
    _city("đạt 85,71%", "85,71%", 85.71, "%", code=_PAKN_TL),
    _city("02 PAKN còn", "02", 2, "PAKN", C, code=ANY),
    F("tiếp nhận 06 PAKN", "06", 6, "PAKN", C, subject=ANY, level="xã", code=_PAKN_TN),
    F("xử lý 06/06", "06/06", 6, "PAKN", C, max_value=6, subject=ANY, level="xã", code=_PAKN_XL),
    _city("thành phố đạt 97,84%", "97,84%", 97.84, "%", code=_HL),
    # 4. rank among the province's 11 district-level units; tháng 10/2024 dated 2024-10-31
    _city("đạt 87,26 điểm", "87,26", 87.26, "điểm", code=_TONG),
    _city("thứ 2/11", "2/11", 2, "hạng", R, max_value=11, code=_HANG),
    _city("2024: 85,94 điểm", "85,94", 85.94, "điểm", PR, as_of=_OCT_177, code=_TONG),
    _city("thứ 4/11)", "4/11", 4, "hạng", PR, max_value=11, as_of=_OCT_177, code=_HANG),
    _city("tăng 1,32 điểm", "1,32", 1.32, "điểm", CH, code=_TONG),
    _city("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    F("đạt 82,45 điểm", "82,45", 82.45, "điểm", subject=ANY, level="xã", code=_TONG),
    F("2024: 81,90 điểm)", "81,90", 81.90, "điểm", PR, subject=ANY, level="xã", as_of=_OCT_177, code=_TONG),
    F("(91,08 điểm)", "91,08", 91.08, "điểm", subject="phường Ghềnh Ráng", level="xã", code=_TONG),
    F("(69,37 điểm)", "69,37", 69.37, "điểm", subject="xã Nhơn Châu", level="xã", code=_TONG),
    # 5.c) the communes' target by the end of 2024 (0256.3822.107 is a phone number)
    F("tối thiểu 45%", "45%", 45, "%", T, subject="UBND các phường, xã", level="xã", as_of=_Y2024, code=_TT),
]

# ------------------------------------------------------------ 178: Văn phòng UBND tỉnh Trà Vinh, quý I năm 2025
_Q4_178 = "2024-12-31"


def _agency_178(subject: str, q4: str | None, q1: str, rank: str, grade: str, after: str) -> list[Fact]:
    """One tab-separated row of an agency: score quý IV/2024 (dated 2024-12-31; "-" for none), score quý I/2025,
    rank `n/14`; the grade is text."""
    cells = ([(q4, "điểm", P, _TONG, _Q4_178)] if q4 else []) + [(q1, "điểm", P, _TONG, "period"),
                                                                (rank, "hạng", R, _HANG, "period")]
    return _cells(subject, "tỉnh", cells, after, "\t", f"\t{grade}\n")


BLIND_178 = [
    # I. (766/QĐ-TTg and 2034/QĐ-UBND cited; "đến hết ngày 31/3/2025" is the period end); quý IV/2024 = 2024-12-31
    F("đạt 84,37/100", "84,37/100", 84.37, "điểm", max_value=100, code=_TONG),
    F("thứ 23/63", "23/63", 23, "hạng", R, max_value=63, code=_HANG),
    F("(82,91 điểm", "82,91", 82.91, "điểm", PR, max_value=100, as_of=_Q4_178, code=_TONG),
    F("thứ 30/63)", "30/63", 30, "hạng", PR, max_value=63, as_of=_Q4_178, code=_HANG),
    F("tăng 1,46 điểm", "1,46", 1.46, "điểm", CH, code=_TONG),
    F("tăng 7 bậc", "7", 7, "hạng", CH, code=_HANG),
    F("đạt 5,96/10", "5,96/10", 5.96, "điểm", max_value=10, code="766.thanh_toan"),
    F("đạt 15,12/22", "15,12/22", 15.12, "điểm", max_value=22, code="766.so_hoa"),
    F("giảm 0,41 điểm", "0,41", -0.41, "điểm", CH, code="766.so_hoa"),
    F("tương ứng là 91,26%", "91,26%", 91.26, "%", code=_NOP, **_TINH),
    F(", 68,47%", "68,47%", 68.47, "%", code=_NOP, **_HUYEN),
    F("và 54,93%", "54,93%", 54.93, "%", code=_NOP, **_XA),
    # II.1 the agencies' average, counts by grade, share graded Tốt
    F("đạt 87,04 điểm", "87,04", 87.04, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("2024: 86,09 điểm", "86,09", 86.09, "điểm", PR, subject=ANY, level="tỉnh", as_of=_Q4_178, code=_TONG),
    F("Có 10/14", "10/14", 10, "đơn vị", C, max_value=14, subject=ANY, level="tỉnh", code=None),
    F("chiếm 71,43%", "71,43%", 71.43, "%", subject=ANY, level="tỉnh", code=ANY),
    F("; 03 cơ quan", "03", 3, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("và 01 cơ quan", "01", 1, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    # "Bảng 1." tab-separated ranking of the 14 agencies (rank n/14 = STT)
    *_agency_178("Sở Tư pháp", "92,64", "94,21", "1/14", "Tốt", "2\tSở Công Thương"),
    *_agency_178("Sở Công Thương", "91,87", "93,05", "2/14", "Tốt", "3\tSở Y tế"),
    *_agency_178("Sở Y tế", "90,12", "91,48", "3/14", "Tốt", "4\tSở Giáo dục"),
    *_agency_178("Sở Giáo dục và Đào tạo", "89,95", "90,36", "4/14", "Tốt", "5\tSở Nội vụ"),
    *_agency_178("Sở Nội vụ", "87,40", "89,72", "5/14", "Tốt", "6\tSở Khoa học"),
    *_agency_178("Sở Khoa học và Công nghệ", "86,21", "88,94", "6/14", "Tốt", "7\tSở Văn hóa"),
    *_agency_178("Sở Văn hóa, Thể thao và Du lịch", "88,63", "88,15", "7/14", "Tốt", "8\tSở Dân tộc"),
    *_agency_178("Sở Dân tộc và Tôn giáo", None, "87,60", "8/14", "Tốt", "9\tBan Quản lý"),
    *_agency_178("Ban Quản lý Khu kinh tế tỉnh", "85,70", "86,83", "9/14", "Tốt", "10\tSở Tài chính"),
    *_agency_178("Sở Tài chính", "84,06", "85,27", "10/14", "Tốt", "11\tSở Xây dựng"),
    *_agency_178("Sở Xây dựng", "82,18", "83,94", "11/14", "Khá", "12\tThanh tra"),
    *_agency_178("Thanh tra tỉnh", "83,35", "82,51", "12/14", "Khá", "13\tSở Nông nghiệp"),
    *_agency_178("Sở Nông nghiệp và Môi trường", "79,84", "80,12", "13/14", "Khá", "14\tCông an"),
    *_agency_178("Công an tỉnh", "77,26", "76,35", "14/14", "Trung bình", "\n2. Khối"),
    # II.2 the districts' average, four named units, counts by grade
    F("đạt 83,06 điểm", "83,06", 83.06, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("2024: 81,72 điểm", "81,72", 81.72, "điểm", PR, subject=ANY, level="huyện", as_of=_Q4_178, code=_TONG),
    F("Vinh (89,45 điểm)", "89,45", 89.45, "điểm", subject="UBND thành phố Trà Vinh", level="huyện", code=_TONG),
    F("(87,12 điểm)", "87,12", 87.12, "điểm", subject="UBND thị xã Duyên Hải", level="huyện", code=_TONG),
    F("(77,84 điểm)", "77,84", 77.84, "điểm", subject="UBND huyện Trà Cú", level="huyện", code=_TONG),
    F("(78,30 điểm)", "78,30", 78.30, "điểm", subject="UBND huyện Cầu Ngang", level="huyện", code=_TONG),
    F("Có 05/9", "05/9", 5, "huyện", C, max_value=9, subject="cấp huyện", level="huyện", code=None),
    F("04 đơn vị", "04", 4, "đơn vị", C, subject=ANY, level="huyện", code=None),
    # II.3 the communes' average and its fall
    F("đạt 79,64 điểm", "79,64", 79.64, "điểm", subject=ANY, level="xã", code=_TONG),
    F("giảm 0,28 điểm", "0,28", -0.28, "điểm", CH, subject=ANY, level="xã", code=_TONG),
    F("có 12 đơn vị", "12", 12, "đơn vị", C, subject=ANY, level="xã", code=None),
    # III.2 two named districts' target in quý II năm 2025 (0294.3862.445 is a phone number)
    F("tối thiểu 50%", "50%", 50, "%", T, subject="UBND huyện Trà Cú, UBND huyện Cầu Ngang", level="huyện",
      as_of="2025-06-30", code=_TT),
]

# ------------------------------------------------------------ 179: Công an tỉnh Hòa Bình, quý IV năm 2024
_CAT = "Công an tỉnh"
_Q3_179 = "2024-09-30"


def _ca(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the issuer itself (subject "Công an tỉnh", level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_CAT, level="tỉnh", **kw)


def _row_179(subject: object, received: str, online: str, share: str, settled: str, after: str) -> list[Fact]:
    """One Markdown row of a field (or the total): received, submitted online, online share, settled."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (share, "%", P, _NOP, "period"), (settled, "hồ sơ", P, ANY, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_179 = [
    # I.1 (09/KH-UBND of 12/01/2024 cited; "Đề án 06" is a name); procedures by level in a bracket
    _ca("thực hiện 178 TTHC", "178", 178, "TTHC", C, code=_TTHC),
    _ca("thuộc 11 lĩnh vực", "11", 11, "lĩnh vực", C, code=None),
    F("(cấp tỉnh 96", "96", 96, "TTHC", C, code=_TTHC, **_TINH),
    F("cấp huyện 52", "52", 52, "TTHC", C, code=_TTHC, **_HUYEN),
    F("cấp xã 30", "30", 30, "TTHC", C, code=_TTHC, **_XA),
    _ca("trong đó 145 TTHC", "145", 145, "TTHC", C, code=_TOAN),
    _ca(", 33 TTHC", "33", 33, "TTHC", C, code=_MOT),
    # I.2 quý III năm 2024 dated 2024-09-30; files by police level (subject open, level checked)
    _ca("tiếp nhận 68.417", "68.417", 68417, "hồ sơ", C, code=_TN),
    _ca("tăng 4.186", "4.186", 4186, "hồ sơ", CH, code=_TN),
    _ca("(64.231 hồ sơ)", "64.231", 64231, "hồ sơ", PR, as_of=_Q3_179, code=_TN),
    _ca("trực tuyến 52.863", "52.863", 52863, "hồ sơ", C, code=_NOP),
    _ca("chiếm 77,27%", "77,27%", 77.27, "%", code=_NOP),
    F("tiếp nhận 9.842", "9.842", 9842, "hồ sơ", C, subject=ANY, level="tỉnh", code=_TN),
    F("huyện 21.375", "21.375", 21375, "hồ sơ", C, subject=ANY, level="huyện", code=_TN),
    F("xã 37.200", "37.200", 37200, "hồ sơ", C, subject=ANY, level="xã", code=_TN),
    _ca("giải quyết 67.105", "67.105", 67105, "hồ sơ", C, code=ANY),
    _ca("đúng hạn 67.012", "67.012", 67012, "hồ sơ", C, code=_DH),
    _ca("đạt 99,86%", "99,86%", 99.86, "%", code=_DH),
    _ca("quá hạn 93", "93", 93, "hồ sơ", C, code=_QH),
    # Markdown table by field, "Tổng cộng" row (= Công an tỉnh)
    *_row_179(ANY, "31.846", "29.512", "92,67", "31.420", "| 2 | Cấp, quản lý"),
    *_row_179(ANY, "18.935", "12.648", "66,80", "18.702", "| 3 | Đăng ký, quản lý phương tiện"),
    *_row_179(ANY, "11.264", "6.957", "61,76", "11.085", "| 4 | Xuất nhập cảnh"),
    *_row_179(ANY, "4.127", "3.418", "82,82", "4.086", "| 5 | Các lĩnh vực khác"),
    *_row_179(ANY, "2.245", "328", "14,61", "1.812", "| | Tổng cộng"),
    *_row_179(_CAT, "68.417", "52.863", "77,27", "67.105", "\n3. Thanh toán"),
    # I.3 quý III năm 2024 dated 2024-09-30
    _ca("đạt 71,84%", "71,84%", 71.84, "%", code=_TT),
    _ca("2024: 65,29%)", "65,29%", 65.29, "%", PR, as_of=_Q3_179, code=_TT),
    _ca("là 2.486.750.000", "2.486.750.000", 2486750000, "đồng", code=ANY),
    _ca("TTHC đạt 95,42%", "95,42%", 95.42, "%", code=_SH),
    _ca("điện tử đạt 97,16%", "97,16%", 97.16, "%", code=_KQ),
    # I.4 the files received by the Công an; the province's accounts and its 2024 target ("mức độ 2", "14 tuổi")
    _ca("tiếp nhận 38.612", "38.612", 38612, "hồ sơ", C, code=ANY),
    F("kích hoạt 512.347", "512.347", 512347, "tài khoản", C, code=_TK),
    F("đạt 82,15%", "82,15%", 82.15, "%", code=_TK, target=80, stated_status="đạt"),
    F("năm 2024 là 80%", "80%", 80, "%", T, as_of=_Y2024, code=_TK),
    # I.5 (0218.3852.160 is a phone number)
    _ca("tiếp nhận 09 phản ánh", "09", 9, "PAKN", C, code=_PAKN_TN),
    _ca("xong 09/09", "09/09", 9, "PAKN", C, max_value=9, code=_PAKN_XL),
    _ca("TTHC đạt 96,58%", "96,58%", 96.58, "%", code=_HL),
    # I.6 rank among the province's agencies; quý III năm 2024 dated 2024-09-30
    _ca("đạt 86,73 điểm", "86,73", 86.73, "điểm", code=_TONG),
    _ca("thứ 8/22", "8/22", 8, "hạng", R, max_value=22, code=_HANG),
    _ca("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    _ca("thứ 11/22)", "11/22", 11, "hạng", PR, max_value=22, as_of=_Q3_179, code=_HANG),
    # III.2 the province's activation target in quý I năm 2025
    F("tối thiểu 85%", "85%", 85, "%", T, as_of="2025-03-31", code=_TK),
]

BLIND = {"175": BLIND_175, "176": BLIND_176, "177": BLIND_177, "178": BLIND_178, "179": BLIND_179}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "175": [
        ("2024-10-25", "day", "ngày 25 tháng 10 năm 2024", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "UBND huyện Hòa An, UBND huyện Quảng Hòa"),
        ("2024-12-31", "year", "năm 2024", "tỷ lệ hồ sơ thanh toán trực tuyến", "Sở Tài chính"),
        ("2024-11-30", "month", "tháng 11/2024", "nâng cấp Hệ thống thông tin giải quyết TTHC",
         "Sở Thông tin và Truyền thông"),
        ("2024-12-31", "quarter", "quý IV năm 2024", "kiểm tra công tác kiểm soát TTHC", "Văn phòng UBND tỉnh"),
        # issued 08/10/2024: the first "ngày 15 hằng tháng" is 15/10/2024
        ("2024-10-15", "recurring", "15 hằng tháng", "cập nhật kết quả giải quyết hồ sơ",
         "Các sở, ban, ngành, UBND các huyện, thành phố"),
    ],
    "176": [
        ("2024-10-25", "day", "25/10/2024", "đề xuất đơn giản hóa TTHC", "Phòng Quản lý thương mại"),
        ("2024-12-31", "year", "năm 2024", "khai thác lại dữ liệu số hóa", "Văn phòng Sở"),
        ("2024-11-30", "month", "tháng 11/2024", "cập nhật quy trình nội bộ", "Phòng Kỹ thuật an toàn - Môi trường"),
        ("2024-12-15", "day", "ngày 15 tháng 12 năm 2024", "kiểm tra việc tiếp nhận, giải quyết hồ sơ",
         "Thanh tra Sở"),
        # issued 04/10/2024: the first "ngày 08 hằng tháng" is 08/10/2024
        ("2024-10-08", "recurring", "08 hằng tháng", "tổng hợp kết quả giải quyết TTHC",
         "Các phòng, đơn vị thuộc Sở"),
    ],
    "177": [
        ("2024-12-15", "day", "15/12/2024", "xây dựng kế hoạch nâng cao tỷ lệ hồ sơ nộp trực tuyến",
         "UBND xã Nhơn Châu, UBND xã Nhơn Hải"),
        ("2024-12-20", "day", "ngày 20 tháng 12 năm 2024", "giải quyết dứt điểm các hồ sơ đất đai trễ hạn",
         "Chi nhánh Văn phòng Đăng ký đất đai thành phố"),
        ("2024-12-31", "year", "năm 2024", "tỷ lệ hồ sơ thanh toán trực tuyến", "UBND các phường, xã"),
        ("2025-03-31", "quarter", "quý I năm 2025", "chứng thực bản sao điện tử", "Phòng Tư pháp"),
        # issued 05/12/2024: the first "ngày 18 hằng tháng" is 18/12/2024
        ("2024-12-18", "recurring", "18 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các cơ quan chuyên môn thuộc UBND thành phố, UBND các phường, xã"),
    ],
    "178": [
        ("2025-04-25", "day", "25/4/2025", "gửi báo cáo giải trình", "Công an tỉnh, Sở Nông nghiệp và Môi trường"),
        ("2025-06-30", "quarter", "quý II năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến",
         "UBND huyện Trà Cú, UBND huyện Cầu Ngang"),
        ("2025-05-31", "month", "tháng 5/2025", "đồng bộ trạng thái hồ sơ", "Sở Khoa học và Công nghệ"),
        ("2025-04-30", "day", "ngày 30 tháng 4 năm 2025", "công khai quy trình nội bộ", "Sở Dân tộc và Tôn giáo"),
        # every quarter; issued 10/4/2025: the first "ngày 05 của tháng đầu quý tiếp theo" is 05/7/2025
        ("2025-07-05", "recurring", "05 của tháng đầu quý", "phản hồi kết quả đánh giá",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
    ],
    "179": [
        ("2025-01-20", "day", "20/01/2025", "giải quyết dứt điểm các hồ sơ đăng ký xe quá hạn",
         "Phòng Cảnh sát giao thông"),
        ("2025-03-31", "quarter", "quý I năm 2025", "kích hoạt tài khoản định danh điện tử",
         "Phòng Cảnh sát quản lý hành chính về trật tự xã hội"),
        ("2025-02-28", "month", "tháng 02/2025", "số hóa kết quả giải quyết TTHC", "Phòng Quản lý xuất nhập cảnh"),
        ("2025-03-15", "day", "ngày 15 tháng 3 năm 2025", "thanh toán phí, lệ phí trực tuyến",
         "Công an các huyện, thành phố"),
        # issued 06/01/2025: the first "ngày 25 hằng tháng" is 25/01/2025
        ("2025-01-25", "recurring", "25 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các phòng nghiệp vụ, Công an các huyện, thành phố"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 175's issuer is UBND tỉnh Cao Bằng, period the quarter in its title; 176's issuer is Sở Công Thương under "UBND
# TỈNH QUẢNG NGÃI", period the nine months in its title; 177's issuer is a city under the province (province named
# in "Kính gửi"); 178's issuer is the Văn phòng under "UBND TỈNH TRÀ VINH", a Thông báo; 179's issuer is Công an
# tỉnh Hòa Bình under "BỘ CÔNG AN", signer written after the rank "Đại tá".
META = {
    "175": {"doc_number": "2186/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2024-10-08",
            "province": "Cao Bằng", "period_label": "quý III năm 2024", "period_start": "2024-07-01",
            "period_end": "2024-09-30", "signer": "Đàm Văn Tuấn"},
    "176": {"doc_number": "1874/BC-SCT", "doc_type": "Báo cáo", "issued_date": "2024-10-04",
            "province": "Quảng Ngãi", "period_label": "9 tháng đầu năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-09-30", "signer": "Võ Văn Thành"},
    "177": {"doc_number": "612/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2024-12-05",
            "province": "Bình Định", "period_label": "tháng 11 năm 2024", "period_start": "2024-11-01",
            "period_end": "2024-11-30", "signer": "Trần Văn Định"},
    "178": {"doc_number": "96/TB-VP", "doc_type": "Thông báo", "issued_date": "2025-04-10",
            "province": "Trà Vinh", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Lê Minh Tâm"},
    "179": {"doc_number": "28/BC-CAT-PC06", "doc_type": "Báo cáo", "issued_date": "2025-01-06",
            "province": "Hòa Bình", "period_label": "quý IV năm 2024", "period_start": "2024-10-01",
            "period_end": "2024-12-31", "signer": "Bùi Đức Thắng"},
}
