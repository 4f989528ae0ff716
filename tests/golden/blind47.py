"""Blind golden facts for corpus/blind47/310_dak_nong.txt, 311_hau_giang.txt, 312_ba_ria_vung_tau.txt,
313_hoa_binh.txt and 314_vinh_phuc.txt.

The five documents were written by the developers for a forty-seventh blind measurement (provinces reused with
issuers, wording and layouts not used for them before; not real documents), and every row below was written by
reading them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out
text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind16.py (and the table conventions of blind13.py): rows use
`golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it). Prose
and list counts are kind `count`; table cells are kind `value` with `extra={"source": "table"}` (rank cells kind
`rank`, unit `hạng`, plain numbers without max_value; signed change cells kind `change`); `as_of="period"` is the
period's end; `ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it
clearly names none). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a count
of local units takes the unit of its first unit word ("06/08 huyện, thị xã, thành phố" → `huyện`, "82/82 xã,
phường, thị trấn" → `xã`), counts of "cơ quan"/"đơn vị" the unit `đơn vị`; every "đã giải quyết" count and the
parts of a settled whole ("trước hạn", "đúng hạn" apart) have their code unchecked; a relative change of a count
has its code unchecked. A table column dated before the period end keeps kind `value` with that date as `as_of`; a
change is dated at the period end; a fall ("giảm", "rút ngắn", "-1,08") is negative. Dates, document numbers, cited
decrees, decisions, plans and letters ("Nghị định số 20/2021/NĐ-CP", "Quyết định số 06/QĐ-TTg", "Quyết định số
766/QĐ-TTg", "Quyết định số 2048/QĐ-UBND", "Kế hoạch số 52/KH-UBND", "Công văn số 6318/VP-KSTT"), names with
numbers ("Đề án 06", "Tổ công tác triển khai Đề án 06", "Tổng cộng" rows' empty STT cells), "mức độ 2", "ba cấp",
"17 giờ ngày 30/11/2024", "Tính đến ngày 30/6/2024", "tháng 5/2024" (when an index was published), section
numbering ("I.", "1.", "- Quý I:"), the STT column, street addresses ("số 02 đường Trần Hưng Đạo", "số 2 đường Hai
Bà Trưng"), phone numbers ("0261.3546.118", "0293.3876.214", "0254.3852.417", "0211.3862.585"), headings naming the
next period ("III. NHIỆM VỤ TRỌNG TÂM NĂM 2025", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024", "III. NHIỆM
VỤ TRỌNG TÂM QUÝ I NĂM 2025", "III. NHIỆM VỤ, GIẢI PHÁP NĂM 2025", "III. NHIỆM VỤ THÁNG 12 NĂM 2024": no
deadlines), "chuyển sang năm 2025" and years are not figures.

New in this set:
- 310 is an annual Báo cáo of the Ban Dân tộc tỉnh Đắk Nông (header "UBND TỈNH ĐẮK NÔNG / BAN DÂN TỘC"), năm
  2024, issued 10/01/2025, on its own TTHC. Its own figures have subject "Ban Dân tộc", level tỉnh (as a Sở's).
  "02 quyết định", "02 lĩnh vực", "12 hội nghị" are counts with code None; "100% TTHC được niêm yết", "07/07 TTHC"
  rà soát (max 7), "02 TTHC" simplified and "tỷ lệ cắt giảm thời gian giải quyết là 31,25%" name no catalogued
  indicator (code unchecked). "(năm 2023: 131 hồ sơ), tăng 33 hồ sơ" are a previous value dated 2023-12-31 and a
  change. "nộp trực tiếp và qua dịch vụ bưu chính công ích 12 hồ sơ, chiếm 7,32%" is the non-online submission
  count and share (code `766.dvctt.nop_truc_tiep`). NEW: a dash list by quarter "- Quý I: 31 hồ sơ, trong đó trực
  tuyến 28 hồ sơ;" inside an annual report: each quarter's figures are dated at that quarter's end (2024-03-31,
  2024-06-30, 2024-09-30; quý IV at the period end), as golden/blind14.py's 152 dates its month rows. Two kinds of
  files with their shares of those received (code unchecked). "trước hạn 118 …, đúng hạn 43 …, không có hồ sơ quá
  hạn" (no figure for the last), "đạt 100%" on-time share, "6,4 ngày/hồ sơ, rút ngắn 1,8 ngày" (-1.8). "đạt chỉ
  tiêu UBND tỉnh giao năm 2024 (80%)" and "chưa đạt chỉ tiêu năm 2024 là 50%": targets at the period end carried by
  98,17% ("đạt") and 46,34% ("chưa đạt"). PAKN parts by channel are bare counts (code unchecked); "03/03 PAKN"
  one count (max 3). Score "90,46 điểm" (no max), rank "4/19 cơ quan cấp tỉnh", "(năm 2023 đạt 86,12 điểm, xếp thứ
  9/19)" dated 2023-12-31, "tăng 4,34 điểm và tăng 5 bậc", the agencies' average "(86,75 điểm)" (subject ANY, level
  tỉnh). NEW: the Ban's own six group scores as a dash list "- <group>: x/max điểm;" (subject the Ban), one written
  "10/10" and one "16,00/18". "Toàn tỉnh có 71 đơn vị hành chính cấp xã" is subject `cấp xã` (unit `đơn vị`, code
  None); "41 xã, thị trấn" a count of communes (unit `xã`, subject unchecked). People trained "1.085 người" with
  "chiếm 78,53%" and "356/374 người có uy tín … đạt 95,19%": whose figures these are (the Ban's work or the
  province's people) is genuinely open, so subject and level are ANY; codes unchecked (people, not accounts). The
  target "đến hết năm 2025 … của Ban đạt tối thiểu 60%" is the Ban's, dated 2025-12-31. Five deadlines: "chậm
  nhất" day, quarter, month, year (with the target), "trước ngày 15 hằng tháng" (issued 10/01/2025: first
  15/01/2025).
- 311 is a half-year Báo cáo of Sở Lao động - Thương binh và Xã hội tỉnh Hậu Giang (three-line header "UBND TỈNH
  HẬU GIANG / SỞ LAO ĐỘNG - THƯƠNG BINH / VÀ XÃ HỘI"), 6 tháng đầu năm 2024, issued 03/7/2024. NEW: a Sở's report
  mixing three subjects: the Sở's own figures (its TTHC, its Bộ phận Một cửa, payment, digitisation, PAKN, score:
  subject "Sở Lao động - Thương binh và Xã hội", level tỉnh; the TTHC split "cấp tỉnh 98 TTHC, cấp huyện 29 TTHC,
  cấp xã 15 TTHC" by level), the province's figures written "toàn tỉnh" (subject NULL), and those of the "Trung
  tâm Dịch vụ việc làm tỉnh" (subject as written, level tỉnh). Files and online shares of one group of TTHC
  (social assistance, unemployment benefit) carry the received/online codes, as the whole-province ones do.
  "chiếm 65,44%, đạt chỉ tiêu UBND tỉnh giao năm 2024 (tối thiểu 60%)": the year's target is dated 2024-12-31
  (after the period end) and the share carries it with status "đạt"; "cùng kỳ năm 2023 tỷ lệ này chỉ là 38,72%" is
  a previous value dated 2023-06-30. Its Markdown table by "Địa bàn" lists the 8 district-level units (subject as
  written, "Thành phố Vị Thanh", "Huyện Châu Thành A", level huyện; received, online, online share, on-time share;
  three "100" cells) with a "Toàn tỉnh" row with an empty STT cell: NEW, the total row is the province (subject
  NULL; three of its four figures are also in the prose). "7/8 huyện, thị xã, thành phố" is a count (unit `huyện`,
  code None); best and worst units carry their share in brackets (also in the table). "4.812/6.254 đối tượng" one
  count (max 6254, code unchecked). "tăng 12,3% so với cùng kỳ năm 2023" is a relative change (code unchecked).
  "trước hạn và đúng hạn 1.279 hồ sơ, đạt 99,61%" carries the on-time code. Previous values "(cùng kỳ năm 2023:
  18,65%)" dated 2023-06-30 and "(quý I năm 2024: 84,10 điểm, xếp thứ 11/20)" dated 2024-03-31 (no max on the
  Sở's score). The target "tỷ lệ … của huyện đạt tối thiểu 60% trong quý III năm 2024" in the task of UBND huyện
  Long Mỹ is the district's (subject unchecked: written "của huyện"; level huyện), dated 2024-09-30. Five deadlines:
  quarter (with the target), day, "chậm nhất" day in words, month, "trước ngày 22 hằng tháng" (issued 03/7/2024:
  first 22/7/2024).
- 312 is a quarterly Báo cáo of the Tổ công tác triển khai Đề án 06 tỉnh Bà Rịa - Vũng Tàu (header "UBND TỈNH BÀ RỊA -
  VŨNG TÀU / TỔ CÔNG TÁC TRIỂN KHAI ĐỀ ÁN 06", signed by its Tổ trưởng, a Phó Chủ tịch UBND tỉnh), quý IV năm 2024,
  issued 06/01/2025. NEW issuer: a provincial working group; its figures are the province's (subject NULL) except "Sở
  Tư pháp đã số hóa, cập nhật 1.284.903 bản ghi hộ tịch, đạt 96,15%" (subject "Sở Tư pháp", level tỉnh). Card
  applications "38.425 hồ sơ" and "lũy kế từ khi triển khai 1.048.716 hồ sơ" (a cumulative count at the period end),
  their fall "giảm 9.812 hồ sơ so với quý III năm 2024" (after the bracket, so the bracket is no previous value) and
  "đã trả 41.207 thẻ Căn cước" (unit `thẻ`) have code unchecked. VNeID accounts (unit `tài khoản`, code of identity
  accounts): "kích hoạt mới 46.318", "lên 712.954", "(quý III năm 2024: 666.636 tài khoản)" dated 2024-09-30, "đạt
  81,36%" carrying the target "(80%)" of năm 2024 (period end) with status "đạt"; "(876.300 công dân)" is the base
  (unit `công dân`, code unchecked). "24/25 dịch vụ công thiết yếu" is one count (unit `dịch vụ`, max 25). Online and
  payment shares with "(quý III năm 2024: …)" dated 2024-09-30. Its tab-separated table by service (no unit words
  except "(%)"; headers "Số hồ sơ …") has one row per service (subject unchecked, level NULL: the province's files of
  that service) and a "Tổng cộng" row with an empty STT cell (= the province, subject NULL; its figures are also in
  the prose). Two district-level units carry their online share in brackets. Counts with new units, all code
  unchecked: "1.012.584/1.036.215 nhân khẩu" (max 1036215), "1.284.903 bản ghi", "338/338 cơ sở" (max 338) and "(đạt
  100%)", "1.426.870 lượt", "21.946/23.508 đối tượng" (max 23508). District grades "06/08 huyện, thị xã, thành phố",
  "02/08 huyện" (unit `huyện`, code None) and "82/82 xã, phường, thị trấn" (unit `xã`, max 82, code None), "4.512
  thành viên" (level xã). Five deadlines: "chậm nhất" day in words, day, month ("tháng 02/2025"), quarter for two
  named districts, "trước ngày 20 hằng tháng" (issued 06/01/2025: first 20/01/2025).
- 313 is an annual Báo cáo of UBND tỉnh Hòa Bình to the Bộ Nội vụ and the Văn phòng Chính phủ, năm 2024, issued
  17/01/2025, on the 766 index, PAR Index and SIPAS. Province figures have subject NULL: "82,17/100", "36/63", "so
  với năm 2023 (76,54 điểm, xếp thứ 47/63) tăng 5,63 điểm và tăng 11 bậc" (previous values dated 2023-12-31, the
  previous total on the /100 scale). NEW: the six group names listed first, separated by ";", and their scores
  after "lần lượt là" in the same order ("17,12/18 điểm; 18,86/20 điểm; …"): each score takes the group in its
  position (sum 82,17). "chưa đạt chỉ tiêu Nghị quyết … năm 2024 là 50%": target at the period end, 42,15% carries
  it with status "chưa đạt". Block averages by level (subject unchecked; "khối UBND các huyện, thành phố" huyện,
  "khối UBND các xã, phường, thị trấn" xã). "Trong 19 sở, ban, ngành, có 12 cơ quan …, 06 cơ quan … và 01 cơ quan
  …" are counts (unit `đơn vị`, level tỉnh, code None). Its Markdown table lists the 10 district-level units in
  official order (subject as written, "Thành phố Hòa Bình", "Huyện Đà Bắc", level huyện): score "Điểm năm 2023"
  (kind value dated 2023-12-31), "Điểm năm 2024", a signed change ("-1,08" a fall) and "Xếp hạng năm 2024" (rank
  cells, plain numbers, not equal to the STT), with a "Bình quân" row with empty STT and rank cells (the
  district-level average: subject unchecked, level huyện; its 81,71 is also in the prose). Best and worst units
  with scores in brackets and "giảm 1,08 điểm so với năm 2023" (the worst unit's change). NEW: indexes of an
  earlier year inside an annual report: "PAR Index năm 2023 … đạt 85,47 điểm, xếp thứ 38/63" (code `par_index`,
  dated 2023-12-31, the score without max), "(năm 2022 xếp thứ 45/63)" a previous rank dated 2022-12-31, "SIPAS
  năm 2023 đạt 82,63%, xếp thứ 29/63" (code `sipas`, dated 2023-12-31). The province's own survey "đạt 88,40%" is
  a 2024 value (code unchecked: not the national SIPAS). The target "đến hết năm 2025 … toàn tỉnh đạt tối thiểu
  55%" in the task of Sở Tài chính is the province's, dated 2025-12-31. Six deadlines: day, "chậm nhất" day in
  words, month, quarter, year (with the target), "trước ngày 10 hằng tháng" (issued 17/01/2025, after the 10th:
  first 10/02/2025).
- 314 is a monthly Báo cáo of Sở Thông tin và Truyền thông tỉnh Vĩnh Phúc (header "UBND TỈNH VĨNH PHÚC / SỞ
  THÔNG TIN VÀ TRUYỀN THÔNG"), tháng 11 năm 2024, issued 04/12/2024, on DVCTT across the province and the
  provincial portal: every figure is about the province (subject NULL), its levels or its districts, none about
  the Sở itself (as seed 000). Dash items "- <label>: <figure>" including "chỉ cung cấp thông tin: 215 TTHC" (TTHC
  without online service, code `766.dvctt.chua_cung_cap`) and "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến:
  87,81%" (code `766.dvctt.tthc_cung_cap`). "(tháng 10/2024: 49.370 hồ sơ)" and "(tháng 10/2024: 83,22 điểm, xếp
  thứ 24/63)" are previous values dated 2024-10-31. Shares by level after "tương ứng là". NEW: a dash list of the
  9 district-level units "- UBND thành phố Vĩnh Yên: tiếp nhận 2.418 hồ sơ, trực tuyến 1.968 hồ sơ (81,39%);"
  (subject as written, level huyện; source text) and the level's totals "Tổng cộng cấp huyện tiếp nhận 12.649 hồ
  sơ, trực tuyến 8.702 hồ sơ" (subject `cấp huyện`). "7/9 huyện, thành phố" (unit `huyện`, code None) and the
  districts' target "(60%)" of năm 2024 (subject unchecked, level huyện, dated 2024-12-31). Portal figures with
  new units, code unchecked: "186.420 lượt", "24.318 tài khoản" (portal accounts registered with VNeID, not
  identity accounts issued), "21.063 giao dịch", "8,46 tỷ đồng" (kind value, unit `tỷ đồng`). "tăng 3,12% so với
  tháng 10/2024" is the payment share's change. Digitisation by level with a bare "cấp tỉnh 92,48%" list; signed
  documents "98,64%" (code `cds.ky_so`). Three of the six group scores "nhóm chỉ số … đạt x/max điểm". The target
  "của hai huyện đạt tối thiểu 60% trong tháng 12/2024" is the two districts' (subject unchecked, level huyện),
  dated 2024-12-31. Five deadlines: day, month for two named districts (with the target), "chậm nhất" day in
  words, quarter, "trước ngày 25 hằng tháng" (issued 04/12/2024: first 25/12/2024).
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
_TIME = "766.tien_do.thoi_gian"
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_Y2023 = "2023-12-31"
_Y2024 = "2024-12-31"
_Y2025 = "2025-12-31"


def _cells(subject: object, level: object, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs. A signed
    raw ("+6,33") is read without its plus sign."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw.lstrip("+")), unit, kind, subject=subject,
              level=level, as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


# ------------------------------------------------------------ 310: Ban Dân tộc tỉnh Đắk Nông, năm 2024
_BDT = "Ban Dân tộc"


def _ban(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Ban itself (subject the Ban, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_BDT, level="tỉnh", **kw)


def _quarter_310(label: str, received: str, online: str, as_of: str) -> list[Fact]:
    """One dash item of a quarter: files received and files submitted online, dated at the quarter's end."""
    return [_ban(f"- {label}: {received} hồ sơ", received, _num(received), "hồ sơ", C, as_of=as_of, code=_TN),
            _ban(f"{label}: {received} hồ sơ, trong đó trực tuyến {online}", online, _num(online), "hồ sơ", C,
                 as_of=as_of, code=_NOP)]


BLIND_310 = [
    # I.1 (52/KH-UBND of 24/01/2024 and 6318/VP-KSTT of 05/12/2024 cited; "31/12/2024" is the period end)
    _ban("ban hành 02 quyết định", "02", 2, "quyết định", C, code=None),
    _ban("thực hiện 07 TTHC", "07", 7, "TTHC", C, code=_TTHC),
    _ban("thuộc 02 lĩnh vực", "02", 2, "lĩnh vực", C, code=None),
    _ban("trong đó 05 TTHC", "05", 5, "TTHC", C, code=_TOAN),
    _ban("toàn trình và 02 TTHC", "02", 2, "TTHC", C, code=_MOT),
    _ban("100% TTHC được niêm yết", "100%", 100, "%", code=ANY),
    _ban("rà soát 07/07 TTHC", "07/07", 7, "TTHC", C, max_value=7, code=ANY),
    _ban("đơn giản hóa 02 TTHC", "02", 2, "TTHC", C, code=ANY),
    _ban("là 31,25%", "31,25%", 31.25, "%", code=ANY),
    # I.2 năm 2023 dated 2023-12-31
    _ban("Ban tiếp nhận 164", "164", 164, "hồ sơ", C, code=_TN),
    _ban("(năm 2023: 131 hồ sơ)", "131", 131, "hồ sơ", PR, as_of=_Y2023, code=_TN),
    _ban("tăng 33 hồ sơ", "33", 33, "hồ sơ", CH, code=_TN),
    _ban("nộp trực tuyến 152", "152", 152, "hồ sơ", C, code=_NOP),
    _ban("chiếm 92,68%", "92,68%", 92.68, "%", code=_NOP),
    _ban("công ích 12 hồ sơ", "12", 12, "hồ sơ", C, code=_NTT),
    _ban("chiếm 7,32%", "7,32%", 7.32, "%", code=_NTT),
    # dash list by quarter, each dated at its quarter's end
    *_quarter_310("Quý I", "31", "28", "2024-03-31"),
    *_quarter_310("Quý II", "45", "41", "2024-06-30"),
    *_quarter_310("Quý III", "38", "35", "2024-09-30"),
    *_quarter_310("Quý IV", "50", "48", "period"),
    # two kinds of files and their shares of those received
    _ban("là 97 hồ sơ", "97", 97, "hồ sơ", C, code=ANY),
    _ban("chiếm 59,15%", "59,15%", 59.15, "%", code=ANY),
    _ban("là 67 hồ sơ", "67", 67, "hồ sơ", C, code=ANY),
    _ban("chiếm 40,85%", "40,85%", 40.85, "%", code=ANY),
    # settled files and their parts; processing time and its fall
    _ban("giải quyết 161", "161", 161, "hồ sơ", C, code=ANY),
    _ban("trước hạn 118", "118", 118, "hồ sơ", C, code=ANY),
    _ban("đúng hạn 43", "43", 43, "hồ sơ", C, code=ANY),
    _ban("đúng hạn đạt 100%", "100%", 100, "%", code=_DH),
    _ban("là 03 hồ sơ", "03", 3, "hồ sơ", C, code=ANY),
    _ban("là 6,4 ngày", "6,4", 6.4, "ngày", code=_TIME),
    _ban("rút ngắn 1,8 ngày", "1,8", -1.8, "ngày", CH, code=_TIME),
    # I.3 targets of năm 2024 (the period end): 98,17% đạt, 46,34% chưa đạt
    _ban("đạt 98,17%", "98,17%", 98.17, "%", code=_SH, target=80, stated_status="đạt"),
    _ban("(năm 2023: 86,26%)", "86,26%", 86.26, "%", PR, as_of=_Y2023, code=_SH),
    _ban("năm 2024 (80%)", "80%", 80, "%", T, code=_SH),
    _ban("điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    _ban("đạt 46,34%", "46,34%", 46.34, "%", code=_TSD, target=50, stated_status="chưa đạt"),
    _ban("là 50%", "50%", 50, "%", T, code=_TSD),
    # I.4 PAKN with bare parts by channel
    _ban("tiếp nhận 03 phản ánh", "03", 3, "PAKN", C, code=_PAKN_TN),
    _ban("kiến nghị 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    _ban("nóng 01 PAKN", "01", 1, "PAKN", C, code=ANY),
    _ban("trả lời 03/03 PAKN", "03/03", 3, "PAKN", C, max_value=3, code=_PAKN_XL),
    _ban("PAKN, đạt 100%", "100%", 100, "%", code=_PAKN_TL),
    # I.5 satisfaction, score, rank among the province's agencies (năm 2023 dated 2023-12-31), the Ban's groups
    _ban("đạt 99,39%", "99,39%", 99.39, "%", code=_HL),
    _ban("đạt 90,46 điểm", "90,46", 90.46, "điểm", code=_TONG),
    _ban("thứ 4/19", "4/19", 4, "hạng", R, max_value=19, code=_HANG),
    _ban("đạt 86,12 điểm", "86,12", 86.12, "điểm", PR, as_of=_Y2023, code=_TONG),
    _ban("thứ 9/19)", "9/19", 9, "hạng", PR, max_value=19, as_of=_Y2023, code=_HANG),
    _ban("tăng 4,34 điểm", "4,34", 4.34, "điểm", CH, code=_TONG),
    _ban("tăng 5 bậc", "5", 5, "hạng", CH, code=_HANG),
    F("(86,75 điểm)", "86,75", 86.75, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    _ban("minh bạch: 17,62/18", "17,62/18", 17.62, "điểm", max_value=18, code="766.cong_khai"),
    _ban("giải quyết: 19,84/20", "19,84/20", 19.84, "điểm", max_value=20, code="766.tien_do"),
    _ban("trực tuyến: 11,48/12", "11,48/12", 11.48, "điểm", max_value=12, code="766.dvctt"),
    _ban("trực tuyến: 10/10", "10/10", 10, "điểm", max_value=10, code="766.thanh_toan"),
    _ban("hồ sơ: 15,52/22", "15,52/22", 15.52, "điểm", max_value=22, code="766.so_hoa"),
    _ban("hài lòng: 16,00/18", "16,00/18", 16.0, "điểm", max_value=18, code="766.hai_long"),
    # I.6 ("mức độ 2" and "Đến ngày 31/12/2024" are no figures)
    F("có 71 đơn vị", "71", 71, "đơn vị", C, subject="cấp xã", level="xã", code=None),
    F("có 41 xã", "41", 41, "xã", C, subject=ANY, level="xã", code=None),
    _ban("tổ chức 12 hội nghị", "12", 12, "hội nghị", C, code=None),
    F("cho 1.085 người", "1.085", 1085, "người", C, subject=ANY, level=ANY, code=ANY),
    F("chiếm 78,53%", "78,53%", 78.53, "%", subject=ANY, level=ANY, code=ANY),
    F("có 356/374", "356/374", 356, "người", C, max_value=374, subject=ANY, level=ANY, code=ANY),
    F("đạt 95,19%", "95,19%", 95.19, "%", subject=ANY, level=ANY, code=ANY),
    # III.4 the Ban's target by the end of 2025 (0261.3546.118 is a phone number)
    _ban("tối thiểu 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TSD),
]

# ------------------------------------------------------------ 311: Sở LĐTBXH tỉnh Hậu Giang, 6 tháng đầu năm 2024
_LDTBXH = "Sở Lao động - Thương binh và Xã hội"
_DVVL = "Trung tâm Dịch vụ việc làm tỉnh"
_H1_2023 = "2023-06-30"


def _sld(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_LDTBXH, level="tỉnh", **kw)


def _row_311(subject: str | None, received: str, online: str, share: str, on_time: str, after: str) -> list[Fact]:
    """One Markdown row of a district-level unit (or the province's total): received, online, online share,
    on-time share of the social-assistance files."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (share, "%", P, _NOP, "period"), (on_time, "%", P, _DH, "period")]
    return _cells(subject, "huyện" if subject else None, cells, after, " | ", " |\n")


BLIND_311 = [
    # I. (20/2021/NĐ-CP of 15/3/2021 and 38/KH-UBND of 29/02/2024 cited; "ba cấp" is no figure)
    _sld("quản lý 142 TTHC", "142", 142, "TTHC", C, code=_TTHC),
    F("cấp tỉnh 98 TTHC", "98", 98, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code=_TTHC),
    F("cấp huyện 29 TTHC", "29", 29, "TTHC", C, subject="cấp huyện", level="huyện", code=_TTHC),
    F("cấp xã 15 TTHC", "15", 15, "TTHC", C, subject="cấp xã", level="xã", code=_TTHC),
    _sld("Có 87 TTHC", "87", 87, "TTHC", C, code=_TOAN),
    _sld("và 41 TTHC", "41", 41, "TTHC", C, code=_MOT),
    # II.1 the province's social-assistance files; the 2024 target dated 2024-12-31; cùng kỳ dated 2023-06-30
    F("tiếp nhận 3.846", "3.846", 3846, "hồ sơ", C, code=_TN),
    F("nộp trực tuyến 2.517", "2.517", 2517, "hồ sơ", C, code=_NOP),
    F("chiếm 65,44%", "65,44%", 65.44, "%", code=_NOP, target=60, stated_status="đạt"),
    F("(tối thiểu 60%)", "60%", 60, "%", T, as_of=_Y2024, code=_NOP),
    F("chỉ là 38,72%", "38,72%", 38.72, "%", PR, as_of=_H1_2023, code=_NOP),
    # Markdown table of the 8 district-level units, "Toàn tỉnh" row (= the province)
    *_row_311("Thành phố Vị Thanh", "412", "318", "77,18", "100", "| 2 | Thành phố Ngã Bảy"),
    *_row_311("Thành phố Ngã Bảy", "356", "251", "70,51", "99,72", "| 3 | Thị xã Long Mỹ"),
    *_row_311("Thị xã Long Mỹ", "389", "246", "63,24", "99,49", "| 4 | Huyện Châu Thành |"),
    *_row_311("Huyện Châu Thành", "468", "309", "66,03", "100", "| 5 | Huyện Châu Thành A"),
    *_row_311("Huyện Châu Thành A", "521", "352", "67,56", "99,81", "| 6 | Huyện Phụng Hiệp"),
    *_row_311("Huyện Phụng Hiệp", "782", "476", "60,87", "99,36", "| 7 | Huyện Vị Thủy"),
    *_row_311("Huyện Vị Thủy", "437", "289", "66,13", "100", "| 8 | Huyện Long Mỹ"),
    *_row_311("Huyện Long Mỹ", "481", "276", "57,38", "98,96", "| | Toàn tỉnh"),
    *_row_311(None, "3.846", "2.517", "65,44", "99,64", "\nĐịa bàn có"),
    F("Vị Thanh (77,18%)", "77,18%", 77.18, "%", subject="thành phố Vị Thanh", level="huyện", code=_NOP),
    F("có 7/8", "7/8", 7, "huyện", C, max_value=8, subject=ANY, level="huyện", code=None),
    F("(57,38%)", "57,38%", 57.38, "%", subject="huyện Long Mỹ", level="huyện", code=_NOP, target=60,
      stated_status="chưa đạt"),
    F("cho 4.812/6.254", "4.812/6.254", 4812, "đối tượng", C, max_value=6254, code=ANY),
    F("đạt 76,94%", "76,94%", 76.94, "%", code=ANY),
    # II.2 the Trung tâm Dịch vụ việc làm tỉnh
    F("tiếp nhận 2.164", "2.164", 2164, "hồ sơ", C, subject=_DVVL, level="tỉnh", code=_TN),
    F("tăng 12,3%", "12,3%", 12.3, "%", CH, subject=_DVVL, level="tỉnh", code=ANY),
    F("trong đó 1.893", "1.893", 1893, "hồ sơ", C, subject=_DVVL, level="tỉnh", code=_NOP),
    F("đạt 87,48%", "87,48%", 87.48, "%", subject=_DVVL, level="tỉnh", code=_NOP),
    F("cho 2.098 người", "2.098", 2098, "người", C, subject=_DVVL, level="tỉnh", code=ANY),
    F("cho 5.426 người", "5.426", 5426, "người", C, subject=_DVVL, level="tỉnh", code=ANY),
    # II.3 the Sở's Bộ phận Một cửa; cùng kỳ năm 2023 dated 2023-06-30
    _sld("tiếp nhận 1.327", "1.327", 1327, "hồ sơ", C, code=_TN),
    _sld("trực tuyến 1.205", "1.205", 1205, "hồ sơ", C, code=_NOP),
    _sld("(90,81%)", "90,81%", 90.81, "%", code=_NOP),
    _sld("giải quyết 1.284", "1.284", 1284, "hồ sơ", C, code=ANY),
    _sld("đúng hạn 1.279", "1.279", 1279, "hồ sơ", C, code=_DH),
    _sld("đạt 99,61%", "99,61%", 99.61, "%", code=_DH),
    _sld("quá hạn 05", "05", 5, "hồ sơ", C, code=_QH),
    _sld("Sở đạt 41,27%", "41,27%", 41.27, "%", code=_TT),
    _sld("2023: 18,65%)", "18,65%", 18.65, "%", PR, as_of=_H1_2023, code=_TT),
    _sld("đạt 94,12%", "94,12%", 94.12, "%", code=_SH),
    _sld("đạt 96,38%", "96,38%", 96.38, "%", code=_KQ),
    # II.4
    _sld("tiếp nhận 07 phản ánh", "07", 7, "PAKN", C, code=_PAKN_TN),
    _sld("xử lý 06 PAKN", "06", 6, "PAKN", C, code=_PAKN_XL),
    _sld("đạt 85,71%", "85,71%", 85.71, "%", code=_PAKN_TL),
    _sld("01 PAKN đang", "01", 1, "PAKN", C, code=ANY),
    # II.5 rank among the province's agencies; quý I năm 2024 dated 2024-03-31
    _sld("Sở đạt 86,97 điểm", "86,97", 86.97, "điểm", code=_TONG),
    _sld("thứ 7/20", "7/20", 7, "hạng", R, max_value=20, code=_HANG),
    _sld("2024: 84,10 điểm", "84,10", 84.10, "điểm", PR, as_of="2024-03-31", code=_TONG),
    _sld("thứ 11/20)", "11/20", 11, "hạng", PR, max_value=20, as_of="2024-03-31", code=_HANG),
    _sld("tăng 2,87 điểm", "2,87", 2.87, "điểm", CH, code=_TONG),
    _sld("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    # III.1 the district's target for quý III năm 2024 (0293.3876.214 is a phone number)
    F("tối thiểu 60% trong", "60%", 60, "%", T, subject=ANY, level="huyện", as_of="2024-09-30", code=_NOP),
]

# ---------------------------------------------------- 312: Tổ công tác Đề án 06 tỉnh Bà Rịa - Vũng Tàu, quý IV/2024
_Q3_2024 = "2024-09-30"


def _service_312(received: str, online: str, share: str, after: str, subject: object = ANY) -> list[Fact]:
    """One tab-separated row of a service (or the total): files received, online, online share."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (share, "%", P, _NOP, "period")]
    return _cells(subject, None, cells, after, "\t", "\n")


BLIND_312 = [
    # I.1 (06/QĐ-TTg of 06/01/2022 and 35/KH-UBND of 22/02/2024 cited); quý III năm 2024 dated 2024-09-30
    F("thu nhận 38.425", "38.425", 38425, "hồ sơ", C, code=ANY),
    F("triển khai 1.048.716", "1.048.716", 1048716, "hồ sơ", C, code=ANY),
    F("giảm 9.812 hồ sơ", "9.812", -9812, "hồ sơ", CH, code=ANY),
    F("trả 41.207 thẻ", "41.207", 41207, "thẻ", C, code=ANY),
    F("kích hoạt mới 46.318", "46.318", 46318, "tài khoản", C, code=_TK),
    F("lên 712.954", "712.954", 712954, "tài khoản", C, code=_TK),
    F("(quý III năm 2024: 666.636", "666.636", 666636, "tài khoản", PR, as_of=_Q3_2024, code=_TK),
    F("đạt 81,36%", "81,36%", 81.36, "%", code=_TK, target=80, stated_status="đạt"),
    F("(876.300 công dân)", "876.300", 876300, "công dân", C, code=ANY),
    F("giao (80%)", "80%", 80, "%", T, code=_TK),
    # I.2
    F("cung cấp 24/25", "24/25", 24, "dịch vụ", C, max_value=25, code=ANY),
    F("tiếp nhận 61.238", "61.238", 61238, "hồ sơ", C, code=_TN),
    F("trực tuyến 48.702", "48.702", 48702, "hồ sơ", C, code=_NOP),
    F("đạt 79,53%", "79,53%", 79.53, "%", code=_NOP),
    F("2024: 71,06%)", "71,06%", 71.06, "%", PR, as_of=_Q3_2024, code=_NOP),
    F("đạt 46,82%", "46,82%", 46.82, "%", code=_TT),
    F("2024: 39,50%)", "39,50%", 39.50, "%", PR, as_of=_Q3_2024, code=_TT),
    # tab-separated table by service, "Tổng cộng" row (= the province)
    *_service_312("8.426", "7.913", "93,91", "2\tĐăng ký tạm trú"),
    *_service_312("12.817", "12.204", "95,22", "3\tThông báo lưu trú"),
    *_service_312("21.530", "20.730", "96,28", "4\tĐăng ký khai sinh"),
    *_service_312("3.912", "2.874", "73,47", "5\tĐăng ký khai tử"),
    *_service_312("1.206", "804", "66,67", "6\tCấp đổi"),
    *_service_312("4.318", "1.927", "44,63", "7\tCấp Phiếu"),
    *_service_312("5.147", "1.652", "32,10", "8\tĐăng ký xe"),
    *_service_312("3.882", "598", "15,40", "\tTổng cộng"),
    *_service_312("61.238", "48.702", "79,53", "\nTheo địa bàn", subject=None),
    F("cao nhất (88,14%)", "88,14%", 88.14, "%", subject="thành phố Vũng Tàu", level="huyện", code=_NOP),
    F("Côn Đảo (52,37%)", "52,37%", 52.37, "%", subject="huyện Côn Đảo", level="huyện", code=_NOP),
    # I.3
    F("xác thực 1.012.584/1.036.215", "1.012.584/1.036.215", 1012584, "nhân khẩu", C, max_value=1036215,
      code=ANY),
    F("đạt 97,72%", "97,72%", 97.72, "%", code=ANY),
    F("cập nhật 1.284.903", "1.284.903", 1284903, "bản ghi", C, subject="Sở Tư pháp", level="tỉnh", code=ANY),
    F("đạt 96,15%", "96,15%", 96.15, "%", subject="Sở Tư pháp", level="tỉnh", code=ANY),
    F("đạt 52,18%", "52,18%", 52.18, "%", code=_TSD),
    F("Có 338/338", "338/338", 338, "cơ sở", C, max_value=338, code=ANY),
    F("(đạt 100%)", "100%", 100, "%", code=ANY),
    F("có 1.426.870", "1.426.870", 1426870, "lượt", C, code=ANY),
    F("cho 21.946/23.508", "21.946/23.508", 21946, "đối tượng", C, max_value=23508, code=ANY),
    F("đạt 93,36%", "93,36%", 93.36, "%", code=ANY),
    # I.4 districts and communes
    F("có 06/08", "06/08", 6, "huyện", C, max_value=8, subject=ANY, level="huyện", code=None),
    F("02/08 huyện", "02/08", 2, "huyện", C, max_value=8, subject=ANY, level="huyện", code=None),
    F("82/82 xã", "82/82", 82, "xã", C, max_value=82, subject=ANY, level="xã", code=None),
    F("với 4.512 thành viên", "4.512", 4512, "thành viên", C, subject=ANY, level="xã", code=ANY),
    # (0254.3852.417 is a phone number)
]

# ------------------------------------------------------------ 313: UBND tỉnh Hòa Bình, năm 2024
_PAR = "par_index"


def _district_313(subject: str, before: str, now: str, change: str, rank: str, after: str) -> list[Fact]:
    """One Markdown row of a district-level unit: score of 2023 (dated 2023-12-31), score of 2024, signed change,
    rank of 2024 (a plain number)."""
    cells = [(before, "điểm", P, _TONG, _Y2023), (now, "điểm", P, _TONG, "period"),
             (change, "điểm", CH, _TONG, "period"), (rank, "hạng", R, _HANG, "period")]
    return _cells(subject, "huyện", cells, after, " | ", " |\n")


BLIND_313 = [
    # I.1 (766/QĐ-TTg of 23/6/2022 and 2048/QĐ-UBND of 18/9/2023 cited); năm 2023 dated 2023-12-31
    F("đạt 82,17/100", "82,17/100", 82.17, "điểm", max_value=100, code=_TONG),
    F("thứ 36/63", "36/63", 36, "hạng", R, max_value=63, code=_HANG),
    F("(76,54 điểm", "76,54", 76.54, "điểm", PR, max_value=100, as_of=_Y2023, code=_TONG),
    F("thứ 47/63)", "47/63", 47, "hạng", PR, max_value=63, as_of=_Y2023, code=_HANG),
    F("tăng 5,63 điểm", "5,63", 5.63, "điểm", CH, code=_TONG),
    F("tăng 11 bậc", "11", 11, "hạng", CH, code=_HANG),
    # the six groups named first, their scores after "lần lượt là" in the same order
    F("là 17,12/18", "17,12/18", 17.12, "điểm", max_value=18, code="766.cong_khai"),
    F("; 18,86/20", "18,86/20", 18.86, "điểm", max_value=20, code="766.tien_do"),
    F("; 9,41/12", "9,41/12", 9.41, "điểm", max_value=12, code="766.dvctt"),
    F("; 5,28/10", "5,28/10", 5.28, "điểm", max_value=10, code="766.thanh_toan"),
    F("; 17,64/18", "17,64/18", 17.64, "điểm", max_value=18, code="766.hai_long"),
    F("và 13,86/22", "13,86/22", 13.86, "điểm", max_value=22, code="766.so_hoa"),
    # the province's files; target of năm 2024 (the period end), "chưa đạt"
    F("tiếp nhận 412.386", "412.386", 412386, "hồ sơ", C, code=_TN),
    F("trực tuyến 253.617", "253.617", 253617, "hồ sơ", C, code=_NOP),
    F("chiếm 61,50%", "61,50%", 61.50, "%", code=_NOP),
    F("đạt 98,72%", "98,72%", 98.72, "%", code=_DH),
    F("đạt 42,15%", "42,15%", 42.15, "%", code=_TT, target=50, stated_status="chưa đạt"),
    F("là 50%", "50%", 50, "%", T, code=_TT),
    # I.2 block averages, counts of agencies by grade
    F("đạt 87,35 điểm", "87,35", 87.35, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("thành phố đạt 81,71 điểm", "81,71", 81.71, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("đạt 78,46 điểm", "78,46", 78.46, "điểm", subject=ANY, level="xã", code=_TONG),
    F("Trong 19 sở", "19", 19, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("có 12 cơ quan", "12", 12, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("06 cơ quan", "06", 6, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("01 cơ quan", "01", 1, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    # Markdown table of the 10 district-level units (official order), "Bình quân" row (= their average)
    *_district_313("Thành phố Hòa Bình", "80,12", "86,45", "+6,33", "1", "| 2 | Huyện Đà Bắc"),
    *_district_313("Huyện Đà Bắc", "78,04", "76,96", "-1,08", "10", "| 3 | Huyện Lương Sơn"),
    *_district_313("Huyện Lương Sơn", "79,40", "85,18", "+5,78", "2", "| 4 | Huyện Kim Bôi"),
    *_district_313("Huyện Kim Bôi", "76,85", "82,74", "+5,89", "4", "| 5 | Huyện Cao Phong"),
    *_district_313("Huyện Cao Phong", "78,02", "83,06", "+5,04", "3", "| 6 | Huyện Tân Lạc"),
    *_district_313("Huyện Tân Lạc", "75,31", "80,57", "+5,26", "7", "| 7 | Huyện Mai Châu"),
    *_district_313("Huyện Mai Châu", "74,92", "80,21", "+5,29", "8", "| 8 | Huyện Lạc Sơn"),
    *_district_313("Huyện Lạc Sơn", "74,66", "79,12", "+4,46", "9", "| 9 | Huyện Yên Thủy"),
    *_district_313("Huyện Yên Thủy", "76,10", "80,88", "+4,78", "6", "| 10 | Huyện Lạc Thủy"),
    *_district_313("Huyện Lạc Thủy", "77,54", "81,93", "+4,39", "5", "| | Bình quân"),
    *_cells(ANY, "huyện", [("77,10", "điểm", P, _TONG, _Y2023), ("81,71", "điểm", P, _TONG, "period"),
                           ("+4,61", "điểm", CH, _TONG, "period")], "\nDẫn đầu", " | ", " | |\n"),
    F("Hòa Bình (86,45 điểm)", "86,45", 86.45, "điểm", subject="thành phố Hòa Bình", level="huyện", code=_TONG),
    F("Bắc (76,96 điểm)", "76,96", 76.96, "điểm", subject="huyện Đà Bắc", level="huyện", code=_TONG),
    F("giảm 1,08 điểm", "1,08", -1.08, "điểm", CH, subject="huyện Đà Bắc", level="huyện", code=_TONG),
    # II. indexes of 2023 (published "tháng 5/2024"), the previous rank of 2022; the province's own 2024 survey
    F("đạt 85,47 điểm", "85,47", 85.47, "điểm", as_of=_Y2023, code=_PAR),
    F("thứ 38/63", "38/63", 38, "hạng", R, max_value=63, as_of=_Y2023, code=_PAR),
    F("thứ 45/63)", "45/63", 45, "hạng", PR, max_value=63, as_of="2022-12-31", code=_PAR),
    F("đạt 82,63%", "82,63%", 82.63, "%", as_of=_Y2023, code="sipas"),
    F("thứ 29/63", "29/63", 29, "hạng", R, max_value=63, as_of=_Y2023, code="sipas"),
    F("đạt 88,40%", "88,40%", 88.40, "%", code=ANY),
    # III.5 the province's target by the end of 2025
    F("tối thiểu 55%", "55%", 55, "%", T, as_of=_Y2025, code=_TT),
]

# ------------------------------------------------------------ 314: Sở TT&TT tỉnh Vĩnh Phúc, tháng 11 năm 2024
_OCT_314 = "2024-10-31"


def _district_314(subject: str, received: str, online: str, share: str) -> list[Fact]:
    """One dash item of a district-level unit: files received, files submitted online and their share."""
    return [F(f"tiếp nhận {received} hồ sơ, trực tuyến", received, _num(received), "hồ sơ", C, subject=subject,
              level="huyện", code=_TN),
            F(f"trực tuyến {online} hồ sơ (", online, _num(online), "hồ sơ", C, subject=subject, level="huyện",
              code=_NOP),
            F(f"{online} hồ sơ ({share})", share, _num(share), "%", subject=subject, level="huyện", code=_NOP)]


BLIND_314 = [
    # I.1 (187/KH-UBND of 12/3/2024 cited; "17 giờ ngày 30/11/2024" is a time)
    F("TTHC tỉnh: 1.764", "1.764", 1764, "TTHC", C, code=_TTHC),
    F("toàn trình: 1.028", "1.028", 1028, "TTHC", C, code=_TOAN),
    F("một phần: 521", "521", 521, "TTHC", C, code=_MOT),
    F("thông tin: 215", "215", 215, "TTHC", C, code="766.dvctt.chua_cung_cap"),
    F("trực tuyến: 87,81%", "87,81%", 87.81, "%", code="766.dvctt.tthc_cung_cap"),
    # I.2 tháng 10/2024 dated 2024-10-31; shares by level after "tương ứng là"
    F("tiếp nhận 52.914", "52.914", 52914, "hồ sơ", C, code=_TN),
    F("(tháng 10/2024: 49.370", "49.370", 49370, "hồ sơ", PR, as_of=_OCT_314, code=_TN),
    F("trực tuyến 38.207", "38.207", 38207, "hồ sơ", C, code=_NOP),
    F("đạt 72,21%", "72,21%", 72.21, "%", code=_NOP),
    F("là 91,36%", "91,36%", 91.36, "%", subject="cấp tỉnh", level="tỉnh", code=_NOP),
    F("%, 68,80%", "68,80%", 68.80, "%", subject="cấp huyện", level="huyện", code=_NOP),
    F("và 63,05%", "63,05%", 63.05, "%", subject="cấp xã", level="xã", code=_NOP),
    F("đạt 99,12%", "99,12%", 99.12, "%", code=ANY),
    # dash list of the 9 district-level units
    *_district_314("UBND thành phố Vĩnh Yên", "2.418", "1.968", "81,39%"),
    *_district_314("UBND thành phố Phúc Yên", "1.627", "1.203", "73,94%"),
    *_district_314("UBND huyện Lập Thạch", "1.104", "705", "63,86%"),
    *_district_314("UBND huyện Tam Dương", "1.236", "812", "65,70%"),
    *_district_314("UBND huyện Tam Đảo", "782", "451", "57,67%"),
    *_district_314("UBND huyện Bình Xuyên", "1.563", "1.102", "70,51%"),
    *_district_314("UBND huyện Yên Lạc", "1.318", "869", "65,93%"),
    *_district_314("UBND huyện Vĩnh Tường", "1.745", "1.128", "64,64%"),
    *_district_314("UBND huyện Sông Lô", "856", "464", "54,21%"),
    F("tiếp nhận 12.649", "12.649", 12649, "hồ sơ", C, subject="cấp huyện", level="huyện", code=_TN),
    F("trực tuyến 8.702", "8.702", 8702, "hồ sơ", C, subject="cấp huyện", level="huyện", code=_NOP),
    F("Có 7/9", "7/9", 7, "huyện", C, max_value=9, subject=ANY, level="huyện", code=None),
    F("năm 2024 (60%)", "60%", 60, "%", T, subject=ANY, level="huyện", as_of=_Y2024, code=_NOP),
    # I.3 the provincial portal
    F("tháng: 186.420", "186.420", 186420, "lượt", C, code=ANY),
    F("VNeID: 24.318", "24.318", 24318, "tài khoản", C, code=ANY),
    F("trực tuyến: 21.063", "21.063", 21063, "giao dịch", C, code=ANY),
    F("tiền 8,46", "8,46", 8.46, "tỷ đồng", code=ANY),
    F("trực tuyến: 47,35%", "47,35%", 47.35, "%", code=_TT),
    F("tăng 3,12%", "3,12%", 3.12, "%", CH, code=_TT),
    F("Tiếp nhận 38 phản ánh", "38", 38, "PAKN", C, code=_PAKN_TN),
    F("xử lý 35 PAKN", "35", 35, "PAKN", C, code=_PAKN_XL),
    F("(92,11%)", "92,11%", 92.11, "%", code=_PAKN_TL),
    # I.4
    F("cấp tỉnh 92,48%", "92,48%", 92.48, "%", subject="cấp tỉnh", level="tỉnh", code=_SH),
    F("cấp huyện 81,67%", "81,67%", 81.67, "%", subject="cấp huyện", level="huyện", code=_SH),
    F("cấp xã 74,30%", "74,30%", 74.30, "%", subject="cấp xã", level="xã", code=_SH),
    F("đạt 98,64%", "98,64%", 98.64, "%", code="cds.ky_so"),
    # I.5 tháng 10/2024 dated 2024-10-31 (the previous total on the /100 scale)
    F("đạt 84,06/100", "84,06/100", 84.06, "điểm", max_value=100, code=_TONG),
    F("thứ 21/63", "21/63", 21, "hạng", R, max_value=63, code=_HANG),
    F("2024: 83,22 điểm", "83,22", 83.22, "điểm", PR, max_value=100, as_of=_OCT_314, code=_TONG),
    F("thứ 24/63)", "24/63", 24, "hạng", PR, max_value=63, as_of=_OCT_314, code=_HANG),
    F("đạt 9,87/12", "9,87/12", 9.87, "điểm", max_value=12, code="766.dvctt"),
    F("đạt 6,12/10", "6,12/10", 6.12, "điểm", max_value=10, code="766.thanh_toan"),
    F("đạt 15,94/22", "15,94/22", 15.94, "điểm", max_value=22, code="766.so_hoa"),
    # III.2 the two districts' target for tháng 12/2024 ("số 2 đường Hai Bà Trưng", 0211.3862.585 are no figures)
    F("tối thiểu 60%", "60%", 60, "%", T, subject=ANY, level="huyện", as_of=_Y2024, code=_NOP),
]

BLIND = {"310": BLIND_310, "311": BLIND_311, "312": BLIND_312, "313": BLIND_313, "314": BLIND_314}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "310": [
        ("2025-02-28", "day", "28/02/2025", "đơn giản hóa thủ tục công nhận người có uy tín", "Văn phòng Ban"),
        ("2025-06-30", "quarter", "quý II năm 2025", "tái cấu trúc quy trình điện tử", "Phòng Chính sách dân tộc"),
        ("2025-06-30", "month", "tháng 6/2025", "kiểm tra việc tiếp nhận, giải quyết hồ sơ", "Thanh tra Ban"),
        ("2025-12-31", "year", "năm 2025", "khai thác, sử dụng lại dữ liệu", "Các phòng thuộc Ban"),
        # issued 10/01/2025: the first "ngày 15 hằng tháng" is 15/01/2025
        ("2025-01-15", "recurring", "15 hằng tháng", "tổng hợp kết quả cải cách thủ tục hành chính", "Văn phòng Ban"),
    ],
    "311": [
        ("2024-09-30", "quarter", "quý III năm 2024", "hướng dẫn đối tượng bảo trợ xã hội nộp hồ sơ trực tuyến",
         "UBND huyện Long Mỹ"),
        ("2024-07-31", "day", "31/7/2024", "kết nối dữ liệu người lao động", _DVVL),
        ("2024-08-15", "day", "ngày 15 tháng 8 năm 2024", "đề xuất danh mục TTHC cung cấp một phần", "Văn phòng Sở"),
        ("2024-09-30", "month", "tháng 9/2024", "kiểm tra việc tiếp nhận hồ sơ trợ giúp xã hội",
         "Phòng Bảo trợ xã hội - Trẻ em - Bình đẳng giới"),
        # issued 03/7/2024: the first "ngày 22 hằng tháng" is 22/7/2024
        ("2024-07-22", "recurring", "22 hằng tháng", "báo cáo kết quả tiếp nhận hồ sơ trực tuyến",
         "Phòng Lao động - Thương binh và Xã hội các huyện, thị xã, thành phố"),
    ],
    "312": [
        ("2025-03-31", "day", "ngày 31 tháng 3 năm 2025", "kích hoạt tài khoản định danh điện tử", "Công an tỉnh"),
        ("2025-03-15", "day", "15/3/2025", "số hóa dữ liệu hộ tịch", "Sở Tư pháp"),
        ("2025-02-28", "month", "tháng 02/2025", "sổ sức khỏe điện tử", "Sở Y tế"),
        ("2025-03-31", "quarter", "quý I năm 2025", "khắc phục các chỉ tiêu chưa hoàn thành",
         "UBND huyện Xuyên Mộc, UBND huyện Côn Đảo"),
        # issued 06/01/2025: the first "ngày 20 hằng tháng" is 20/01/2025
        ("2025-01-20", "recurring", "20 hằng tháng", "gửi báo cáo kết quả thực hiện", "Các thành viên Tổ công tác"),
    ],
    "313": [
        ("2025-02-25", "day", "25/02/2025", "Kế hoạch nâng cao Chỉ số PAR Index, SIPAS", "Sở Nội vụ"),
        ("2025-02-14", "day", "ngày 14 tháng 02 năm 2025", "xây dựng kế hoạch khắc phục", "UBND huyện Đà Bắc"),
        ("2025-04-30", "month", "tháng 4/2025", "nâng cấp Hệ thống thông tin giải quyết TTHC",
         "Sở Thông tin và Truyền thông"),
        ("2025-06-30", "quarter", "quý II năm 2025", "kiểm tra công tác giải quyết TTHC", "Văn phòng UBND tỉnh"),
        ("2025-12-31", "year", "năm 2025", "mở rộng phương thức thanh toán", "Sở Tài chính"),
        # issued 17/01/2025, after the 10th: the first "ngày 10 hằng tháng" is 10/02/2025
        ("2025-02-10", "recurring", "10 hằng tháng", "báo cáo kết quả khắc phục",
         "Các sở, ban, ngành, UBND các huyện, thành phố"),
    ],
    "314": [
        ("2024-12-20", "day", "20/12/2024", "nâng cấp hạ tầng máy chủ",
         "Trung tâm Công nghệ thông tin và Truyền thông"),
        ("2024-12-31", "month", "tháng 12/2024", "hướng dẫn người dân nộp hồ sơ trực tuyến",
         "UBND huyện Tam Đảo, UBND huyện Sông Lô"),
        ("2025-01-15", "day", "ngày 15 tháng 01 năm 2025", "tổng hợp danh mục dịch vụ công trực tuyến toàn trình",
         "Phòng Chuyển đổi số"),
        ("2025-03-31", "quarter", "quý I năm 2025", "đánh giá việc sử dụng Cổng Dịch vụ công tỉnh", "Văn phòng Sở"),
        # issued 04/12/2024: the first "ngày 25 hằng tháng" is 25/12/2024
        ("2024-12-25", "recurring", "25 hằng tháng", "cập nhật số liệu dịch vụ công trực tuyến",
         "Các sở, ban, ngành, UBND các huyện, thành phố"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 310's issuer is the Ban Dân tộc under "UBND TỈNH ĐẮK NÔNG", an annual report issued in January 2025; 311's issuer
# is the Sở under "UBND TỈNH HẬU GIANG" (its name on two header lines); 312's issuer is the provincial working group
# under "UBND TỈNH BÀ RỊA - VŨNG TÀU", signed by its Tổ trưởng (the name under "PHÓ CHỦ TỊCH UBND TỈNH"); 313's
# issuer is UBND tỉnh Hòa Bình, period the year in its title; 314's issuer is the Sở under "UBND TỈNH VĨNH PHÚC".
META = {
    "310": {"doc_number": "09/BC-BDT", "doc_type": "Báo cáo", "issued_date": "2025-01-10",
            "province": "Đắk Nông", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Điểu Minh Thuận"},
    "311": {"doc_number": "1248/BC-SLĐTBXH", "doc_type": "Báo cáo", "issued_date": "2024-07-03",
            "province": "Hậu Giang", "period_label": "6 tháng đầu năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-06-30", "signer": "Trần Thị Bích Ngọc"},
    "312": {"doc_number": "42/BC-TCTĐA06", "doc_type": "Báo cáo", "issued_date": "2025-01-06",
            "province": "Bà Rịa - Vũng Tàu", "period_label": "quý IV năm 2024", "period_start": "2024-10-01",
            "period_end": "2024-12-31", "signer": "Phạm Đức Thịnh"},
    "313": {"doc_number": "28/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-01-17",
            "province": "Hòa Bình", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Quách Văn Tường"},
    "314": {"doc_number": "214/BC-STTTT", "doc_type": "Báo cáo", "issued_date": "2024-12-04",
            "province": "Vĩnh Phúc", "period_label": "tháng 11 năm 2024", "period_start": "2024-11-01",
            "period_end": "2024-11-30", "signer": "Nguyễn Văn Khiêm"},
}
