"""Blind golden facts for corpus/blind46/305_da_nang.txt, 306_binh_duong.txt, 307_bac_ninh.txt, 308_quang_tri.txt
and 309_ha_noi.txt.

The five documents were written by the developers for a forty-sixth blind measurement (issuers, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by reading
them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out text
for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind16.py (and blind13-15): rows use `golden.facts.Fact` (context
string that occurs once in the document + the figure as written inside it). Prose and list counts are kind
`count`; table cells are kind `value` with `extra={"source": "table"}` (a column dated before the period end
keeps kind `value` with that date as `as_of`); `as_of="period"` is the period's end; `ANY` leaves a field
unchecked where the sentence names no catalogued indicator (`None` where it clearly names none). "thủ tục"
counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a count of local units takes the unit
of its first unit word ("27/99 xã, phường" → `xã`), counts of "cơ quan"/"đơn vị" the unit `đơn vị`, at the
level of the bodies counted. Every "đã giải quyết" count and the parts of a received or settled whole ("kỳ
trước chuyển sang", "tiếp nhận mới", "trước hạn", "đúng hạn" apart) have their code unchecked; a relative
change of a count ("tăng 9,7% so với năm 2023") has its code unchecked. A change is dated at the period end; a
fall ("rút ngắn") is negative. Dates, document numbers, cited circulars, plans, resolutions and decisions
("Công văn số 215/VP-KSTT", "Kế hoạch số 6894/KH-UBND", "Quyết định số 35/2022/QĐ-TTg", "Nghị quyết số
202/2025/QH15", "Kế hoạch số 125/KH-UBND", "Quyết định số 18/QĐ-UBND", "Thông tư số 01/2020/TT-VPCP", "Công văn
số 4562/VP-KSTT"), "tính đến hết ngày 31/12/2024", "Lũy kế đến ngày 31/10/2025", section numbering ("I.",
"1.", "a)", "đ)"), the STT/TT column, phone numbers ("0236.3822.980", "0274.3822.597", "0222.3822.519",
"0232.3822.714", "024.3756.2145"), addresses ("số 90 đường Bạch Đằng", "tầng 9, Tháp A", "số 112 Hoàng Quốc
Việt"), names with numbers ("Bảng 1", "Tổ dân phố số 7" … "Tổ dân phố số 26"), "mức độ 2", ages that qualify
a population ("trẻ em dưới 6 tuổi", "công dân từ 14 tuổi trở lên"), "từ năm 2020 trở về trước", headings
naming the next period ("III. NHIỆM VỤ THÁNG 8 NĂM 2025", "IV. NHIỆM VỤ NĂM 2025", "6. Nhiệm vụ quý IV năm
2025", "6. Nhiệm vụ tháng 11 năm 2025": no deadlines), "quý II năm 2025" and "tháng 9/2025" as compared
periods, and years are not figures.

New in this set (all fictional):
- 305 is a monthly Báo cáo of Sở Văn hóa, Thể thao và Du lịch thành phố Đà Nẵng (header "UBND THÀNH PHỐ ĐÀ
  NẴNG / SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"), tháng 7 năm 2025, the first month after the merger with Quảng
  Nam, issued 05/8/2025. Every figure is the Sở's (subject "Sở Văn hóa, Thể thao và Du lịch", level tỉnh).
  "03 quyết định" and "8 lĩnh vực" are counts with code None; "146 TTHC … 112 TTHC … toàn trình, 27 TTHC …
  một phần và 07 TTHC chưa đủ điều kiện cung cấp trực tuyến" are the total, full-online, part-online and
  not-offered counts. "tăng 186 hồ sơ so với tháng 6/2025 (1.052 hồ sơ, cộng số liệu của hai Sở trước hợp
  nhất)": a change and a previous value dated 2025-06-30 (the merged sum is still the Sở's comparison). The
  files filed in person and by post "134 hồ sơ, chiếm 10,82%" carry the in-person code. "(kể cả trước hạn)
  đạt 98,98%" is the on-time share. Overdue files of two fields in brackets "(09 hồ sơ …)", "(03 hồ sơ)":
  subject ANY, level tỉnh. "4,6 ngày/hồ sơ" and "rút ngắn 0,8 ngày" are the processing time and its fall. Its
  Markdown table by field (no units in the headers; counts of files and "Đúng hạn (%)"; four "100" and four
  "0" cells) has a "Tổng cộng" row with an empty STT cell (= the Sở; its figures repeat the prose); the field
  rows have subject ANY, level tỉnh. "716 hồ sơ" liable to fees is the payment share's denominator (code
  unchecked). "chỉ tiêu UBND thành phố giao cho Sở năm 2025 là 80% thì Sở đã đạt chỉ tiêu": the Sở's target
  dated 2025-12-31, the 81,42% carries it with status "đạt". "(tháng 6/2025: 95,12%)" is dated 2025-06-30;
  "tăng 6,85% so với tháng trước" is a change of the reuse share. "(03 qua ứng dụng Góp ý Đà Nẵng, 02 qua
  Cổng …)" are bare parts of the PAKN received (code unchecked); "05/05 PAKN" is one count (max 5). The Sở's
  score is written "90,14/100" (max 100), rank "4/19 sở, ban, ngành"; "điểm bình quân khối sở, ban, ngành" is
  a level average (subject ANY, level tỉnh); the six group scores are a dash list "- <group>: x/max điểm;" (sum
  90,14). "7/19 đơn vị xếp loại Xuất sắc, 10 đơn vị … Tốt và 02 đơn vị … Khá" count agencies by grade (unit
  `đơn vị`, level tỉnh, subject ANY, code None; the first with max 19). The target "của Sở đạt tối thiểu 60%"
  in quý III năm 2025 is the Sở's, dated 2025-09-30. Five deadlines: day, "chậm nhất" day in words, quarter
  (with the target), month, "trước ngày 18 hằng tháng" (issued 05/8/2025: first 18/8/2025).
- 306 is an annual Báo cáo of the Ban Quản lý các khu công nghiệp tỉnh Bình Dương (header "ỦY BAN NHÂN DÂN
  TỈNH BÌNH DƯƠNG / BAN QUẢN LÝ CÁC KHU CÔNG NGHIỆP"; "sau đây gọi tắt là Ban Quản lý"), năm 2024, issued
  10/01/2025, before the 2025 merger. The Ban's own figures have subject "Ban Quản lý các khu công nghiệp"
  (its name as the document writes it before the province), level tỉnh. "29 khu công nghiệp" (unit `khu
  công nghiệp`, code None), "12.734 ha" (unit `ha`, kind value) and the occupancy "86,5%" (code unchecked:
  no TTHC indicator) describe what the Ban manages. "7 lĩnh vực" is a count with code None. "tăng 9,7% so
  với năm 2023 (13.548 hồ sơ)": a relative change (code unchecked) and a previous value dated 2023-12-31.
  "đúng hạn và trước hạn 14.598 hồ sơ (đạt 99,95%)" carries the on-time code; "còn 257 hồ sơ đang giải
  quyết" is code unchecked. Its tab-separated table by field has a column "Tiếp nhận năm 2023 (hồ sơ)"
  (dated 2023-12-31, kind value), "Tiếp nhận năm 2024 (hồ sơ)", online and on-time shares (three "100"
  cells), field rows subject ANY, level tỉnh, and a "Tổng cộng" row with an empty TT cell (= the Ban; its
  figures repeat the prose). Work permits, confirmations, firms, projects are counts with their own nouns as
  units (`giấy phép`, `trường hợp`, `doanh nghiệp`, `dự án`; code unchecked); "1.846 triệu USD" is a value
  with unit `triệu USD`. "3,5 ngày/hồ sơ" is the time for one kind of file (work permits), "rút ngắn 0,6
  ngày so với năm 2023" its fall: code unchecked (not the Ban's overall processing time). "(năm 2023:
  88,60%)" is dated 2023-12-31; "chỉ tiêu UBND tỉnh giao năm 2024 là 90%, Ban Quản lý đã đạt chỉ tiêu": the
  Ban's target at the period end, the 94,12% carries it with status "đạt". The two "100%" (digitisation,
  electronic results) are figures. "2.318/2.436 doanh nghiệp … chiếm 95,16%": firms in the parks with portal
  accounts, one count (max 2436) and its share; whose figure it is is left unchecked (subject and level ANY,
  code unchecked). "14/14 PAKN" is one count (max 14), "đạt 100%" the handled share, "6,2 ngày/PAKN" the PAKN
  time. "tỉnh Bình Dương đạt 87,35/100 điểm, xếp thứ 9/63" is the province's (subject NULL, level NULL) in a
  Ban's report; the Ban's "93,26 điểm, xếp thứ 2/22" rank among the province's agencies, "tăng 3 bậc so với
  năm 2023 (đạt 90,84 điểm, xếp thứ 5/22)" previous values dated 2023-12-31 (no max on the scores: none is
  written). The target "của Ban Quản lý đạt tối thiểu 96%" by the end of 2025 is the Ban's, dated 2025-12-31.
  Six deadlines: quarter, day, "chậm nhất" day in words, month, year (with the target), "trước ngày 15 hằng
  tháng" (issued 10/01/2025: first 15/01/2025).
- 307 is a Công văn đôn đốc of UBND tỉnh Bắc Ninh (after the merger with Bắc Giang; "V/v" line naming quý III
  năm 2025, the window "từ ngày 01/7/2025 đến ngày 30/9/2025" stated), issued 09/10/2025. Province figures
  have subject NULL. Files received split by level in brackets without colons "(cấp tỉnh 98.732 hồ sơ, cấp
  xã 187.683 hồ sơ)". "tăng 4,82% so với quý II năm 2025 (66,35%)": a change and a previous value dated
  2025-06-30. "So với chỉ tiêu năm 2025 tại Kế hoạch … (hồ sơ trực tuyến 80%, số hóa 90%) thì cả hai chỉ tiêu
  đều chưa đạt": the n-th target is the n-th figure's (online share 71,17%, digitisation 84,36%), each dated
  2025-12-31, both "chưa đạt"; the payment share between them has no target. Level shares after "tương ứng
  là" ("ở cấp xã tương ứng là 60,02% và 78,73%": online then digitisation). "03/18 cơ quan cấp tỉnh" and
  "27/99 xã, phường" count units (unit `đơn vị`, level tỉnh; unit `xã`, level xã; subject ANY, code None);
  three agencies carry their online share in brackets (subject as written, level tỉnh). Its Markdown table
  ("Bảng 1", units in the headers) lists eight commune-level units (subject as written, "UBND xã Tây Yên Tử",
  "UBND phường Chũ", level xã; files received, files online, online share, digitisation share; no total row).
  Total "84,57/100", rank "12/34" (the 34 provincial units after July 2025). "Điểm bình quân của cấp xã" is a
  level average (subject ANY, level xã); "14 xã, phường xếp loại Xuất sắc, 52 đơn vị …, 29 đơn vị … và 04 đơn
  vị …" count communes by grade (unit `xã` for the first, `đơn vị` for the others, level xã, subject ANY, code
  None). In the tasks, "tỷ lệ số hóa hồ sơ của mỗi đơn vị đạt tối thiểu 80%" by the end of tháng 11/2025 is
  the listed communes' target (subject ANY: the bodies of Bảng 1, level xã, dated 2025-11-30) and "tỷ lệ hồ
  sơ nộp trực tuyến toàn tỉnh đạt tối thiểu 80%" by the end of 2025 the province's (subject NULL). Six
  deadlines: day for three named agencies, month ("đến hết tháng 11/2025", with the target), "chậm nhất" day
  in words, quarter, year (with the target), "trước ngày 25 hằng tháng" (issued 09/10/2025: first
  25/10/2025).
- 308 is a quarterly Báo cáo of Sở Ngoại vụ tỉnh Quảng Trị (header "UBND TỈNH QUẢNG TRỊ / SỞ NGOẠI VỤ",
  formed from the two former Sở on 01/7/2025), quý III năm 2025, issued 06/10/2025. The Sở's figures have
  subject "Sở Ngoại vụ", level tỉnh, including its counts of work (delegations "186 đoàn", "642 lượt" people,
  ABTC cards "87 thẻ", "31 thẻ", firms, programmes, NGOs registered, conferences: units as the nouns, code
  unchecked). "4 lĩnh vực" is a count with code None. "386 hồ sơ (kỳ trước chuyển sang 24 hồ sơ, tiếp nhận
  mới 362 hồ sơ)": the whole is files received, its parts code unchecked. "100% hồ sơ được nộp trực tuyến" is
  the online share. Files by kind after "lần lượt là 214, 96, 41 và 35 hồ sơ" have subject ANY, level tỉnh,
  code unchecked. "không có hồ sơ quá hạn" and "không nhận được phản ánh, kiến nghị nào" state no figure.
  "tăng 23 đoàn so với quý II năm 2025 (163 đoàn)": a change and a previous value dated 2025-06-30. "nâng
  tổng số tổ chức phi chính phủ nước ngoài đang hoạt động trên địa bàn tỉnh lên 47 tổ chức" is about the
  province's territory, not the Sở's work: subject and level ANY. "2,86 triệu USD" is a value (unit `triệu
  USD`). "28 hồ sơ có nghĩa vụ tài chính" is the payment share's denominator (code unchecked), "21 hồ sơ"
  and "đạt 75%" the payment count and share. "(quý II năm 2025: 38,15%)" dated 2025-06-30; "chỉ tiêu năm 2025
  UBND tỉnh giao cho Sở là 50% thì chưa đạt": the Sở's target dated 2025-12-31, the 44,72% carries it with
  status "chưa đạt". Rank "3/17 cơ quan cấp tỉnh"; "(điểm bình quân khối cơ quan cấp tỉnh là 85,96 điểm)" a
  level average (subject ANY, level tỉnh); "tăng 1,73 điểm và tăng 2 bậc so với quý II năm 2025 (89,85 điểm,
  xếp thứ 5/17)" changes and previous values dated 2025-06-30 (no max on the scores). The six group scores
  follow "lần lượt là" separated by ";" (sum 91,58, one "20/20"). The target "của Sở đạt tối thiểu 50%" by
  the end of quý IV năm 2025 is the Sở's, dated 2025-12-31. Five deadlines, items `a)`–`đ)`: month, day,
  quarter (with the target), day in words, "trước ngày 10 hằng tháng" (issued 06/10/2025: first 10/10/2025).
- 309 is a monthly Báo cáo of UBND phường Nghĩa Đô (thành phố Hà Nội after the 1 July 2025 reform, named in
  "Kính gửi"), tháng 10 năm 2025, issued 04/11/2025. The ward's figures have subject "UBND phường Nghĩa Đô",
  level xã. "(tháng 9/2025: 3.215 hồ sơ), tăng 469 hồ sơ": a previous value dated 2025-09-30 and a change.
  Overdue files by field in brackets "(lĩnh vực đất đai 15 hồ sơ, hộ tịch 04 hồ sơ)" and the largest field
  "chứng thực (1.426 hồ sơ, chiếm 38,71% …)" have subject ANY, level xã (the field figures code unchecked).
  "612 trường hợp (tháng 9/2025: 548 trường hợp)" are electronic certifications (unit `trường hợp`), the
  earlier one dated 2025-09-30. "02 nhóm thủ tục liên thông" is a count with code None (unit `nhóm`); "186 hồ
  sơ" through them code unchecked. "chỉ tiêu Thành phố giao năm 2025 (90%) phường đã đạt chỉ tiêu": the
  ward's target dated 2025-12-31, the 91,37% carries it with status "đạt". "34 tổ dân phố" counts the ward's
  residential groups (unit `tổ dân phố`, code None); "1.865 lượt" (unit `lượt`, code unchecked), "496 tài
  khoản", "112.408 tài khoản" and "88,62%" of citizens are the ward's identity-account figures. The dash list
  "- Tổ dân phố số n: hỗ trợ x lượt, kích hoạt y tài khoản;" gives six residential groups (subject as written,
  "Tổ dân phố số 7"; level ANY: a tổ dân phố is below the commune level, which the schema's three levels do
  not name, so `xã` and NULL are both defensible); the "số n" in their names is no figure. "đã xử lý 25 PAKN
  (đạt 92,59%)" is the handled share; "02 PAKN đang xử lý" code unchecked. Rank "11/126 xã, phường" (Hà
  Nội's 126 commune-level units), "tăng 5 bậc so với tháng 9/2025 (thứ 16/126)" dated 2025-09-30; "điểm
  bình quân khối phường" a level average (subject ANY, level xã). The six group scores are a dash list "-
  <group>: x/max;" without the word "điểm" (sum 88,74). The target "của phường đạt tối thiểu 65%" in quý IV
  năm 2025 is the ward's, dated 2025-12-31. Five deadlines: day, month, "chậm nhất" day in words, quarter
  (with the target), "trước ngày 26 hằng tháng" (issued 04/11/2025, after the 4th: first 26/11/2025).
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
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_TIME = "766.tien_do.thoi_gian"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_GROUPS = ("766.cong_khai", "766.tien_do", "766.dvctt", "766.thanh_toan", "766.so_hoa", "766.hai_long")


def _cells(subject: object, level: object, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject, level=level,
              as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


def _groups(subject: object, level: object, rows: list[tuple[str, str]]) -> list[Fact]:
    """The six group scores `x/max` in the index's order, each `(context, raw)`."""
    facts = []
    for code, (context, raw) in zip(_GROUPS, rows, strict=True):
        score, top = raw.split("/")
        facts.append(F(context, raw, _num(score), "điểm", max_value=float(top), subject=subject, level=level,
                       code=code))
    return facts


# ------------------------------------------------------------ 305: Sở VHTTDL thành phố Đà Nẵng, tháng 7 năm 2025
_SVH = "Sở Văn hóa, Thể thao và Du lịch"
_JUN_305 = "2025-06-30"


def _svh(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SVH, level="tỉnh", **kw)


def _row_305(subject: object, received: str, online: str, settled: str, overdue: str, on_time: str,
             after: str) -> list[Fact]:
    """One Markdown row of a field (or the total): received, online, settled, overdue, on-time share."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (settled, "hồ sơ", P, ANY, "period"), (overdue, "hồ sơ", P, _QH, "period"),
             (on_time, "%", P, _DH, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_305 = [
    # I.1 (215/VP-KSTT of 03/7/2025 cited; "từ ngày 01/7/2025 đến ngày 31/7/2025" is the period)
    _svh("ban hành 03 quyết định", "03", 3, "quyết định", C, code=None),
    _svh("tổng số 146 TTHC", "146", 146, "TTHC", C, code=_TTHC),
    _svh("thuộc 8 lĩnh vực", "8", 8, "lĩnh vực", C, code=None),
    _svh("trong đó 112 TTHC", "112", 112, "TTHC", C, code=_TOAN),
    _svh("27 TTHC cung cấp một phần", "27", 27, "TTHC", C, code=_MOT),
    _svh("và 07 TTHC", "07", 7, "TTHC", C, code="766.dvctt.chua_cung_cap"),
    # I.2 tháng 6/2025 dated 2025-06-30
    _svh("Sở tiếp nhận 1.238", "1.238", 1238, "hồ sơ", C, code=_TN),
    _svh("tăng 186 hồ sơ", "186", 186, "hồ sơ", CH, code=_TN),
    _svh("(1.052 hồ sơ", "1.052", 1052, "hồ sơ", PR, as_of=_JUN_305, code=_TN),
    _svh("trực tuyến 1.104", "1.104", 1104, "hồ sơ", C, code=_NOP),
    _svh("chiếm 89,18%", "89,18%", 89.18, "%", code=_NOP),
    _svh("ích 134 hồ sơ", "134", 134, "hồ sơ", C, code=_NTT),
    _svh("chiếm 10,82%", "10,82%", 10.82, "%", code=_NTT),
    _svh("giải quyết là 1.175", "1.175", 1175, "hồ sơ", C, code=ANY),
    _svh("trước hạn 842", "842", 842, "hồ sơ", C, code=ANY),
    _svh("đúng hạn 321", "321", 321, "hồ sơ", C, code=ANY),
    _svh("quá hạn 12 hồ sơ", "12", 12, "hồ sơ", C, code=_QH),
    _svh("đạt 98,98%", "98,98%", 98.98, "%", code=_DH),
    _svh("kỳ sau là 63", "63", 63, "hồ sơ", C, code=ANY),
    F("(09 hồ sơ", "09", 9, "hồ sơ", C, subject=ANY, level="tỉnh", code=_QH),
    F("(03 hồ sơ)", "03", 3, "hồ sơ", C, subject=ANY, level="tỉnh", code=_QH),
    _svh("là 4,6 ngày", "4,6", 4.6, "ngày", code=_TIME),
    _svh("rút ngắn 0,8 ngày", "0,8", -0.8, "ngày", CH, code=_TIME),
    # Markdown table by field, "Tổng cộng" row (= the Sở)
    *_row_305(ANY, "486", "471", "462", "9", "98,05", "| 2 | Văn hóa"),
    *_row_305(ANY, "398", "352", "381", "3", "99,21", "| 3 | Thể dục"),
    *_row_305(ANY, "157", "139", "150", "0", "100", "| 4 | Gia đình"),
    *_row_305(ANY, "42", "35", "40", "0", "100", "| 5 | Di sản"),
    *_row_305(ANY, "88", "57", "81", "0", "100", "| 6 | Các lĩnh vực"),
    *_row_305(ANY, "67", "50", "61", "0", "100", "| | Tổng cộng"),
    *_row_305(_SVH, "1.238", "1.104", "1.175", "12", "98,98", "\n3. Thanh toán"),
    # I.3 the Sở's 2025 target (dated at the year's end), "đã đạt chỉ tiêu"; tháng 6/2025 dated 2025-06-30
    _svh("là 716 hồ sơ", "716", 716, "hồ sơ", C, code=ANY),
    _svh("tuyến 583 hồ sơ", "583", 583, "hồ sơ", C, code=_TT),
    _svh("đạt 81,42%", "81,42%", 81.42, "%", code=_TT, target=80, stated_status="đạt"),
    _svh("năm 2025 là 80%", "80%", 80, "%", T, as_of="2025-12-31", code=_TT),
    _svh("TTHC: 97,36%", "97,36%", 97.36, "%", code=_SH),
    _svh("(tháng 6/2025: 95,12%)", "95,12%", 95.12, "%", PR, as_of=_JUN_305, code=_SH),
    _svh("điện tử: 99,15%", "99,15%", 99.15, "%", code=_KQ),
    _svh("số hóa: 52,40%", "52,40%", 52.40, "%", code=_TSD),
    _svh("tăng 6,85%", "6,85%", 6.85, "%", CH, code=_TSD),
    # I.4 ("Góp ý Đà Nẵng" is a name)
    _svh("tiếp nhận 05 phản ánh", "05", 5, "PAKN", C, code=_PAKN_TN),
    _svh("(03 qua", "03", 3, "PAKN", C, code=ANY),
    _svh("02 qua Cổng", "02", 2, "PAKN", C, code=ANY),
    _svh("xong 05/05", "05/05", 5, "PAKN", C, max_value=5, code=_PAKN_XL),
    _svh("đạt 98,72%", "98,72%", 98.72, "%", code=_HL),
    # I.5 rank among the city's agencies; their average; six groups; agencies by grade
    _svh("đạt 90,14/100", "90,14/100", 90.14, "điểm", max_value=100, code=_TONG),
    _svh("thứ 4/19", "4/19", 4, "hạng", R, max_value=19, code=_HANG),
    F("là 86,37 điểm", "86,37", 86.37, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    *_groups(_SVH, "tỉnh", [("minh bạch: 17,62/18", "17,62/18"), ("giải quyết: 19,48/20", "19,48/20"),
                            ("trực tuyến: 11,36/12", "11,36/12"), ("trực tuyến: 7,80/10", "7,80/10"),
                            ("hồ sơ: 16,21/22", "16,21/22"), ("hài lòng: 17,67/18", "17,67/18")]),
    F("có 7/19 đơn vị", "7/19", 7, "đơn vị", C, max_value=19, subject=ANY, level="tỉnh", code=None),
    F("10 đơn vị xếp loại", "10", 10, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("02 đơn vị xếp loại", "02", 2, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    # III.3 the Sở's target in quý III năm 2025 (0236.3822.980 is a phone number, "số 90" an address)
    _svh("tối thiểu 60%", "60%", 60, "%", T, as_of="2025-09-30", code=_TSD),
]

# ------------------------------------------------------------ 306: Ban Quản lý các KCN tỉnh Bình Dương, năm 2024
_BQL = "Ban Quản lý các khu công nghiệp"
_Y2023 = "2023-12-31"


def _ban(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Ban itself (subject the Ban, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_BQL, level="tỉnh", **kw)


def _row_306(subject: object, before: str, received: str, online: str, on_time: str, after: str) -> list[Fact]:
    """One tab-separated row of a field (or the total): received in 2023 (dated 2023-12-31) and in 2024,
    online share, on-time share."""
    cells = [(before, "hồ sơ", P, _TN, _Y2023), (received, "hồ sơ", P, _TN, "period"),
             (online, "%", P, _NOP, "period"), (on_time, "%", P, _DH, "period")]
    return _cells(subject, "tỉnh", cells, after, "\t", "\n")


BLIND_306 = [
    # I. (6894/KH-UBND of 28/12/2023 and 35/2022/QĐ-TTg cited; "tầng 9, Tháp A" is an address)
    _ban("quản lý 29 khu", "29", 29, "khu công nghiệp", C, code=None),
    _ban("12.734 ha", "12.734", 12734, "ha", code=ANY),
    _ban("đạt 86,5%", "86,5%", 86.5, "%", code=ANY),
    _ban("giải quyết 98 TTHC", "98", 98, "TTHC", C, code=_TTHC),
    _ban("thuộc 7 lĩnh vực", "7", 7, "lĩnh vực", C, code=None),
    _ban("trong đó 86 TTHC", "86", 86, "TTHC", C, code=_TOAN),
    _ban("và 12 TTHC", "12", 12, "TTHC", C, code=_MOT),
    # II.1 năm 2023 dated 2023-12-31
    _ban("tiếp nhận 14.862", "14.862", 14862, "hồ sơ", C, code=_TN),
    _ban("tăng 9,7%", "9,7%", 9.7, "%", CH, code=ANY),
    _ban("(13.548 hồ sơ)", "13.548", 13548, "hồ sơ", PR, as_of=_Y2023, code=_TN),
    _ban("là 14.517", "14.517", 14517, "hồ sơ", C, code=_NOP),
    _ban("tỷ lệ 97,68%", "97,68%", 97.68, "%", code=_NOP),
    _ban("giải quyết 14.605", "14.605", 14605, "hồ sơ", C, code=ANY),
    _ban("trước hạn 14.598", "14.598", 14598, "hồ sơ", C, code=_DH),
    _ban("đạt 99,95%", "99,95%", 99.95, "%", code=_DH),
    _ban("quá hạn 07", "07", 7, "hồ sơ", C, code=_QH),
    _ban("còn 257", "257", 257, "hồ sơ", C, code=ANY),
    # tab-separated table by field, "Tổng cộng" row (= the Ban)
    *_row_306(ANY, "1.126", "1.284", "99,14", "100", "2\tLao động"),
    *_row_306(ANY, "8.412", "9.357", "98,34", "99,96", "3\tXây dựng"),
    *_row_306(ANY, "1.215", "1.342", "95,83", "99,85", "4\tMôi trường"),
    *_row_306(ANY, "604", "587", "92,50", "99,83", "5\tThương mại"),
    *_row_306(ANY, "1.948", "2.064", "97,24", "100", "6\tCác lĩnh vực"),
    *_row_306(ANY, "243", "228", "90,35", "100", "\tTổng cộng"),
    *_row_306(_BQL, "13.548", "14.862", "97,68", "99,95", "\n2. Lĩnh vực lao động"),
    # II.2 work permits (counts named by their nouns); time of one kind of file, năm 2023 compared
    _ban("cấp mới 3.126", "3.126", 3126, "giấy phép", C, code=ANY),
    _ban("cấp lại 1.874", "1.874", 1874, "giấy phép", C, code=ANY),
    _ban("gia hạn 2.215", "2.215", 2215, "giấy phép", C, code=ANY),
    _ban("xác nhận 1.048", "1.048", 1048, "trường hợp", C, code=ANY),
    _ban("của 396 doanh", "396", 396, "doanh nghiệp", C, code=ANY),
    _ban("là 3,5 ngày", "3,5", 3.5, "ngày", code=ANY),
    _ban("rút ngắn 0,6 ngày", "0,6", -0.6, "ngày", CH, code=ANY),
    # II.3
    _ban("cho 112 dự án", "112", 112, "dự án", C, code=ANY),
    _ban("(87 dự án", "87", 87, "dự án", C, code=ANY),
    _ban("25 dự án", "25", 25, "dự án", C, code=ANY),
    _ban("cho 245 dự án", "245", 245, "dự án", C, code=ANY),
    _ban("1.846 triệu USD", "1.846", 1846, "triệu USD", code=ANY),
    # II.4 the Ban's 2024 target (period end), "đã đạt chỉ tiêu"; năm 2023 dated 2023-12-31
    _ban("đạt 94,12%", "94,12%", 94.12, "%", code=_TT, target=90, stated_status="đạt"),
    _ban("(năm 2023: 88,60%)", "88,60%", 88.60, "%", PR, as_of=_Y2023, code=_TT),
    _ban("năm 2024 là 90%", "90%", 90, "%", T, code=_TT),
    _ban("TTHC đạt 100%", "100%", 100, "%", code=_SH),
    _ban("điện tử là 100%", "100%", 100, "%", code=_KQ),
    _ban("đạt 61,35%", "61,35%", 61.35, "%", code=_TSD),
    F("Có 2.318/2.436", "2.318/2.436", 2318, "doanh nghiệp", C, max_value=2436, subject=ANY, level=ANY, code=ANY),
    F("chiếm 95,16%", "95,16%", 95.16, "%", subject=ANY, level=ANY, code=ANY),
    # II.5
    _ban("tiếp nhận 14 phản ánh", "14", 14, "PAKN", C, code=_PAKN_TN),
    _ban("xử lý 14/14", "14/14", 14, "PAKN", C, max_value=14, code=_PAKN_XL),
    _ban("PAKN, đạt 100%", "100%", 100, "%", code=_PAKN_TL),
    _ban("bình quân 6,2 ngày", "6,2", 6.2, "ngày", code="pakn.thoi_gian"),
    _ban("đạt 99,41%", "99,41%", 99.41, "%", code=_HL),
    # II.6 the province's total and rank; the Ban's among the province's agencies, năm 2023 dated 2023-12-31
    F("đạt 87,35/100", "87,35/100", 87.35, "điểm", max_value=100, code=_TONG),
    F("thứ 9/63", "9/63", 9, "hạng", R, max_value=63, code=_HANG),
    _ban("đạt 93,26 điểm", "93,26", 93.26, "điểm", code=_TONG),
    _ban("thứ 2/22", "2/22", 2, "hạng", R, max_value=22, code=_HANG),
    _ban("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    _ban("đạt 90,84 điểm", "90,84", 90.84, "điểm", PR, as_of=_Y2023, code=_TONG),
    _ban("thứ 5/22)", "5/22", 5, "hạng", PR, max_value=22, as_of=_Y2023, code=_HANG),
    # IV.5 the Ban's target by the end of 2025 (0274.3822.597 is a phone number)
    _ban("tối thiểu 96%", "96%", 96, "%", T, as_of="2025-12-31", code=_TT),
]

# ------------------------------------------------------------ 307: UBND tỉnh Bắc Ninh, Công văn, quý III năm 2025
_Q2_307 = "2025-06-30"
_Y2025 = "2025-12-31"
_NN = "Sở Nông nghiệp và Môi trường"


def _row_307(subject: str, received: str, online: str, share: str, digitised: str, after: str) -> list[Fact]:
    """One Markdown row of a commune-level unit: files received, files online, online share, digitisation."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (share, "%", P, _NOP, "period"), (digitised, "%", P, _SH, "period")]
    return _cells(subject, "xã", cells, after, " | ", " |\n")


BLIND_307 = [
    # (202/2025/QH15 and 125/KH-UBND cited; "từ ngày 01/7/2025 đến ngày 30/9/2025" is the period)
    F("tiếp nhận 286.415", "286.415", 286415, "hồ sơ", C, code=_TN),
    F("(cấp tỉnh 98.732", "98.732", 98732, "hồ sơ", C, subject="cấp tỉnh", level="tỉnh", code=_TN),
    F("cấp xã 187.683", "187.683", 187683, "hồ sơ", C, subject="cấp xã", level="xã", code=_TN),
    F("trực tuyến 203.842", "203.842", 203842, "hồ sơ", C, code=_NOP),
    F("chiếm 71,17%", "71,17%", 71.17, "%", code=_NOP, target=80, stated_status="chưa đạt"),
    F("tăng 4,82%", "4,82%", 4.82, "%", CH, code=_NOP),
    F("(66,35%)", "66,35%", 66.35, "%", PR, as_of=_Q2_307, code=_NOP),
    F("toàn tỉnh đạt 84,36%", "84,36%", 84.36, "%", code=_SH, target=90, stated_status="chưa đạt"),
    F("đạt 58,14%", "58,14%", 58.14, "%", code=_TT),
    F("trực tuyến 80%", "80%", 80, "%", T, as_of=_Y2025, code=_NOP),
    F("số hóa 90%", "90%", 90, "%", T, as_of=_Y2025, code=_SH),
    # levels; "tương ứng là" online then digitisation
    F("trực tuyến đạt 92,36%", "92,36%", 92.36, "%", subject="cấp tỉnh", level="tỉnh", code=_NOP),
    F("số hóa đạt 95,07%", "95,07%", 95.07, "%", subject="cấp tỉnh", level="tỉnh", code=_SH),
    F("là 60,02%", "60,02%", 60.02, "%", subject="cấp xã", level="xã", code=_NOP),
    F("và 78,73%", "78,73%", 78.73, "%", subject="cấp xã", level="xã", code=_SH),
    F("có 1.986 TTHC", "1.986", 1986, "TTHC", C, code=_TTHC),
    F("trong đó 1.214", "1.214", 1214, "TTHC", C, code=_TOAN),
    # agencies with low shares
    F("còn 03/18", "03/18", 3, "đơn vị", C, max_value=18, subject=ANY, level="tỉnh", code=None),
    F("(58,62%)", "58,62%", 58.62, "%", subject=_NN, level="tỉnh", code=_NOP),
    F("(64,05%)", "64,05%", 64.05, "%", subject="Sở Xây dựng", level="tỉnh", code=_NOP),
    F("(66,70%)", "66,70%", 66.70, "%", subject="Sở Dân tộc và Tôn giáo", level="tỉnh", code=_NOP),
    F("mới đạt 71,48%", "71,48%", 71.48, "%", subject=_NN, level="tỉnh", code=_SH),
    # communes; "Bảng 1" is a name
    F("có 27/99", "27/99", 27, "xã", C, max_value=99, subject=ANY, level="xã", code=None),
    F("trong đó 08 đơn vị", "08", 8, "đơn vị", C, subject=ANY, level="xã", code=None),
    *_row_307("UBND xã Tây Yên Tử", "1.206", "389", "32,26", "58,71", "| 2 | UBND xã Biển Động"),
    *_row_307("UBND xã Biển Động", "984", "342", "34,76", "61,40", "| 3 | UBND xã Sơn Động"),
    *_row_307("UBND xã Sơn Động", "1.532", "571", "37,27", "66,25", "| 4 | UBND xã Tuấn Đạo"),
    *_row_307("UBND xã Tuấn Đạo", "768", "301", "39,19", "55,93", "| 5 | UBND xã Lục Ngạn"),
    *_row_307("UBND xã Lục Ngạn", "2.145", "867", "40,42", "70,08", "| 6 | UBND xã Sa Lý"),
    *_row_307("UBND xã Sa Lý", "612", "254", "41,50", "52,46", "| 7 | UBND xã Xuân Lương"),
    *_row_307("UBND xã Xuân Lương", "705", "301", "42,70", "63,12", "| 8 | UBND phường Chũ"),
    *_row_307("UBND phường Chũ", "2.318", "1.011", "43,62", "74,35", "\nTheo kết quả"),
    # the province's score and rank among the 34; the communes' average and grades
    F("đạt 84,57/100", "84,57/100", 84.57, "điểm", max_value=100, code=_TONG),
    F("thứ 12/34", "12/34", 12, "hạng", R, max_value=34, code=_HANG),
    F("cấp xã đạt 78,26", "78,26", 78.26, "điểm", subject=ANY, level="xã", code=_TONG),
    F("có 14 xã", "14", 14, "xã", C, subject=ANY, level="xã", code=None),
    F("52 đơn vị", "52", 52, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("29 đơn vị", "29", 29, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("04 đơn vị", "04", 4, "đơn vị", C, subject=ANY, level="xã", code=None),
    # tasks: the listed communes' target by the end of tháng 11/2025; the province's by the end of 2025
    # (0222.3822.519 is a phone number)
    F("mỗi đơn vị đạt tối thiểu 80%", "80%", 80, "%", T, subject=ANY, level="xã", as_of="2025-11-30", code=_SH),
    F("toàn tỉnh đạt tối thiểu 80%", "80%", 80, "%", T, as_of=_Y2025, code=_NOP),
]

# ------------------------------------------------------------ 308: Sở Ngoại vụ tỉnh Quảng Trị, quý III năm 2025
_SNV = "Sở Ngoại vụ"
_Q2_308 = "2025-06-30"


def _sng(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SNV, level="tỉnh", **kw)


BLIND_308 = [
    # 1. (18/QĐ-UBND of 01/7/2025 and 01/2020/TT-VPCP cited)
    _sng("thực hiện 21 TTHC", "21", 21, "TTHC", C, code=_TTHC),
    _sng("thuộc 4 lĩnh vực", "4", 4, "lĩnh vực", C, code=None),
    _sng("trong đó 17 TTHC", "17", 17, "TTHC", C, code=_TOAN),
    _sng("và 04 TTHC", "04", 4, "TTHC", C, code=_MOT),
    # 2.a) the whole and its two parts; files by kind after "lần lượt là"
    _sng("tiếp nhận 386", "386", 386, "hồ sơ", C, code=_TN),
    _sng("chuyển sang 24", "24", 24, "hồ sơ", C, code=ANY),
    _sng("tiếp nhận mới 362", "362", 362, "hồ sơ", C, code=ANY),
    _sng("100% hồ sơ được nộp", "100%", 100, "%", code=_NOP),
    F("là 214, 96", "214", 214, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    F(", 96, 41", "96", 96, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    F(", 41 và 35", "41", 41, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    F("và 35 hồ sơ", "35", 35, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    # 2.b)
    _sng("giải quyết 371", "371", 371, "hồ sơ", C, code=ANY),
    _sng("trước hạn 329", "329", 329, "hồ sơ", C, code=ANY),
    _sng("đúng hạn 42", "42", 42, "hồ sơ", C, code=ANY),
    _sng("đúng hạn đạt 100%", "100%", 100, "%", code=_DH),
    _sng("Đang giải quyết 15", "15", 15, "hồ sơ", C, code=ANY),
    _sng("trung bình 2,4 ngày", "2,4", 2.4, "ngày", code=_TIME),
    # 2.c)-e) the Sở's work, counts named by their nouns; quý II năm 2025 dated 2025-06-30
    _sng("cho phép 186 đoàn", "186", 186, "đoàn", C, code=ANY),
    _sng("với 642 lượt", "642", 642, "lượt", C, code=ANY),
    _sng("(128 đoàn", "128", 128, "đoàn", C, code=ANY),
    _sng("58 đoàn", "58", 58, "đoàn", C, code=ANY),
    _sng("tăng 23 đoàn", "23", 23, "đoàn", CH, code=ANY),
    _sng("(163 đoàn)", "163", 163, "đoàn", PR, as_of=_Q2_308, code=ANY),
    _sng("cấp mới 87 thẻ", "87", 87, "thẻ", C, code=ANY),
    _sng("của 52 doanh", "52", 52, "doanh nghiệp", C, code=ANY),
    _sng("gia hạn 31 thẻ", "31", 31, "thẻ", C, code=ANY),
    _sng("thẩm định 12 chương", "12", 12, "chương trình", C, code=ANY),
    _sng("cam kết 2,86 triệu USD", "2,86", 2.86, "triệu USD", code=ANY),
    _sng("cho 06 tổ chức", "06", 6, "tổ chức", C, code=ANY),
    F("lên 47 tổ chức", "47", 47, "tổ chức", C, subject=ANY, level=ANY, code=ANY),
    _sng("tổ chức 39 hội nghị", "39", 39, "hội nghị", C, code=ANY),
    _sng("02 hồ sơ đang", "02", 2, "hồ sơ", C, code=ANY),
    # 3. the Sở's 2025 target (dated at the year's end), "chưa đạt chỉ tiêu"; quý II năm 2025 dated 2025-06-30
    _sng("phát sinh 28 hồ sơ", "28", 28, "hồ sơ", C, code=ANY),
    _sng("trực tuyến 21 hồ sơ", "21", 21, "hồ sơ", C, code=_TT),
    _sng("đạt 75%", "75%", 75, "%", code=_TT),
    _sng("TTHC đạt 100%", "100%", 100, "%", code=_SH),
    _sng("đạt 98,38%", "98,38%", 98.38, "%", code=_KQ),
    _sng("đạt 44,72%", "44,72%", 44.72, "%", code=_TSD, target=50, stated_status="chưa đạt"),
    _sng("2025: 38,15%)", "38,15%", 38.15, "%", PR, as_of=_Q2_308, code=_TSD),
    _sng("cho Sở là 50%", "50%", 50, "%", T, as_of="2025-12-31", code=_TSD),
    # 4. (0232.3822.714 is a phone number)
    _sng("đạt 99,47%", "99,47%", 99.47, "%", code=_HL),
    # 5. rank among the province's agencies; their average; quý II năm 2025 dated 2025-06-30
    _sng("Sở đạt 91,58 điểm", "91,58", 91.58, "điểm", code=_TONG),
    _sng("thứ 3/17", "3/17", 3, "hạng", R, max_value=17, code=_HANG),
    F("là 85,96 điểm", "85,96", 85.96, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    _sng("tăng 1,73 điểm", "1,73", 1.73, "điểm", CH, code=_TONG),
    _sng("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    _sng("(89,85 điểm", "89,85", 89.85, "điểm", PR, as_of=_Q2_308, code=_TONG),
    _sng("thứ 5/17)", "5/17", 5, "hạng", PR, max_value=17, as_of=_Q2_308, code=_HANG),
    *_groups(_SNV, "tỉnh", [("là 17,84/18", "17,84/18"), ("18; 20/20;", "20/20"), ("20; 11,26/12", "11,26/12"),
                            ("12; 7,50/10", "7,50/10"), ("10; 17,11/22", "17,11/22"), ("và 17,87/18", "17,87/18")]),
    # 6.c) the Sở's target by the end of quý IV năm 2025
    _sng("tối thiểu 50%", "50%", 50, "%", T, as_of="2025-12-31", code=_TSD),
]

# ------------------------------------------------------------ 309: UBND phường Nghĩa Đô (Hà Nội), tháng 10 năm 2025
_WARD = "UBND phường Nghĩa Đô"
_SEP_309 = "2025-09-30"


def _ward(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the ward itself (subject the ward's committee, level xã)."""
    return F(context, raw, value, unit, kind, subject=_WARD, level="xã", **kw)


def _to(name: str, helped: str, accounts: str) -> list[Fact]:
    """One dash item of a residential group: people helped (`lượt`) and identity accounts activated."""
    return [F(f"hỗ trợ {helped} lượt", helped, _num(helped), "lượt", C, subject=name, level=ANY, code=ANY),
            F(f"kích hoạt {accounts} tài khoản", accounts, _num(accounts), "tài khoản", C, subject=name,
              level=ANY, code=_TK)]


BLIND_309 = [
    # 1. (4562/VP-KSTT of 18/7/2025 cited; "số 112 Hoàng Quốc Việt" is an address); tháng 9/2025 dated 2025-09-30
    _ward("tiếp nhận 398 TTHC", "398", 398, "TTHC", C, code=_TTHC),
    _ward("trong đó 327 TTHC", "327", 327, "TTHC", C, code=_TOAN),
    _ward("tiếp nhận 3.684", "3.684", 3684, "hồ sơ", C, code=_TN),
    _ward("(tháng 9/2025: 3.215", "3.215", 3215, "hồ sơ", PR, as_of=_SEP_309, code=_TN),
    _ward("tăng 469 hồ sơ", "469", 469, "hồ sơ", CH, code=_TN),
    _ward("trực tuyến 3.142", "3.142", 3142, "hồ sơ", C, code=_NOP),
    _ward("chiếm 85,29%", "85,29%", 85.29, "%", code=_NOP),
    _ward("giải quyết 3.517", "3.517", 3517, "hồ sơ", C, code=ANY),
    _ward("đúng hạn 3.498", "3.498", 3498, "hồ sơ", C, code=_DH),
    _ward("(đạt 99,46%)", "99,46%", 99.46, "%", code=_DH),
    _ward("quá hạn 19", "19", 19, "hồ sơ", C, code=_QH),
    F("đất đai 15 hồ sơ", "15", 15, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    F("hộ tịch 04 hồ sơ", "04", 4, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    F("(1.426 hồ sơ", "1.426", 1426, "hồ sơ", C, subject=ANY, level="xã", code=ANY),
    F("chiếm 38,71%", "38,71%", 38.71, "%", subject=ANY, level="xã", code=ANY),
    _ward("được 612 trường hợp", "612", 612, "trường hợp", C, code=_CT),
    _ward("(tháng 9/2025: 548", "548", 548, "trường hợp", PR, as_of=_SEP_309, code=_CT),
    _ward("Thực hiện 02 nhóm", "02", 2, "nhóm", C, code=None),
    _ward("với 186 hồ sơ", "186", 186, "hồ sơ", C, code=ANY),
    # 2. the ward's 2025 target (dated at the year's end), "đã đạt chỉ tiêu"
    _ward("đạt 91,37%", "91,37%", 91.37, "%", code=_TT, target=90, stated_status="đạt"),
    _ward("năm 2025 (90%)", "90%", 90, "%", T, as_of="2025-12-31", code=_TT),
    _ward("đạt 96,84%", "96,84%", 96.84, "%", code=_SH),
    _ward("tăng 1,92%", "1,92%", 1.92, "%", CH, code=_SH),
    _ward("đạt 98,50%", "98,50%", 98.50, "%", code=_KQ),
    _ward("đạt 57,06%", "57,06%", 57.06, "%", code=_TSD),
    # 3. ("mức độ 2", "từ 14 tuổi" and "Tổ dân phố số n" are not figures)
    _ward("của 34 tổ", "34", 34, "tổ dân phố", C, code=None),
    _ward("hỗ trợ 1.865", "1.865", 1865, "lượt", C, code=ANY),
    _ward("kích hoạt 496", "496", 496, "tài khoản", C, code=_TK),
    _ward("có 112.408", "112.408", 112408, "tài khoản", C, code=_TK),
    _ward("đạt 88,62%", "88,62%", 88.62, "%", code=_TK),
    *_to("Tổ dân phố số 7", "142", "38"),
    *_to("Tổ dân phố số 12", "126", "41"),
    *_to("Tổ dân phố số 15", "118", "29"),
    *_to("Tổ dân phố số 21", "97", "33"),
    *_to("Tổ dân phố số 3", "85", "22"),
    *_to("Tổ dân phố số 26", "79", "27"),
    # 4. ("iHanoi" is a name)
    _ward("tiếp nhận 27 phản ánh", "27", 27, "PAKN", C, code=_PAKN_TN),
    _ward("xử lý 25 PAKN", "25", 25, "PAKN", C, code=_PAKN_XL),
    _ward("(đạt 92,59%)", "92,59%", 92.59, "%", code=_PAKN_TL),
    _ward("02 PAKN đang", "02", 2, "PAKN", C, code=ANY),
    _ward("đạt 98,95%", "98,95%", 98.95, "%", code=_HL),
    # 5. rank among Hà Nội's 126 xã, phường; tháng 9/2025 dated 2025-09-30; the wards' average; six groups
    _ward("đạt 88,74 điểm", "88,74", 88.74, "điểm", code=_TONG),
    _ward("thứ 11/126", "11/126", 11, "hạng", R, max_value=126, code=_HANG),
    _ward("tăng 5 bậc", "5", 5, "hạng", CH, code=_HANG),
    _ward("(thứ 16/126)", "16/126", 16, "hạng", PR, max_value=126, as_of=_SEP_309, code=_HANG),
    F("là 85,10 điểm", "85,10", 85.10, "điểm", subject=ANY, level="xã", code=_TONG),
    *_groups(_WARD, "xã", [("minh bạch: 17,36/18", "17,36/18"), ("giải quyết: 19,85/20", "19,85/20"),
                           ("trực tuyến: 11,42/12", "11,42/12"), ("trực tuyến: 8,96/10", "8,96/10"),
                           ("hồ sơ: 15,28/22", "15,28/22"), ("hài lòng: 15,87/18", "15,87/18")]),
    # 6. the ward's target in quý IV năm 2025 (024.3756.2145 is a phone number)
    _ward("tối thiểu 65%", "65%", 65, "%", T, as_of="2025-12-31", code=_TSD),
]

BLIND = {"305": BLIND_305, "306": BLIND_306, "307": BLIND_307, "308": BLIND_308, "309": BLIND_309}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "305": [
        ("2025-08-15", "day", "15/8/2025", "giải quyết dứt điểm các hồ sơ cấp giấy phép kinh doanh dịch vụ lữ hành",
         "Phòng Quản lý Du lịch"),
        ("2025-08-29", "day", "ngày 29 tháng 8 năm 2025", "rà soát, chuẩn hóa dữ liệu hồ sơ TTHC", "Văn phòng Sở"),
        ("2025-09-30", "quarter", "quý III năm 2025", "sử dụng lại dữ liệu đã số hóa",
         "Phòng Quản lý Văn hóa và Gia đình"),
        ("2025-09-30", "month", "tháng 9/2025", "phương án đơn giản hóa TTHC", "Phòng Quản lý Thể dục thể thao"),
        # issued 05/8/2025: the first "ngày 18 hằng tháng" is 18/8/2025
        ("2025-08-18", "recurring", "18 hằng tháng", "cập nhật kết quả giải quyết hồ sơ",
         "Các phòng, đơn vị thuộc Sở"),
    ],
    "306": [
        ("2025-03-31", "quarter", "quý I năm 2025", "cấp giấy phép lao động có sử dụng dữ liệu dân cư",
         "Phòng Quản lý lao động"),
        ("2025-02-28", "day", "28/02/2025", "đề xuất cắt giảm thời gian giải quyết TTHC", "Phòng Quản lý đầu tư"),
        ("2025-06-30", "day", "ngày 30 tháng 6 năm 2025", "số hóa toàn bộ hồ sơ TTHC", "Văn phòng Ban"),
        ("2025-04-30", "month", "tháng 4/2025", "cập nhật quy trình nội bộ", "Phòng Quản lý môi trường"),
        ("2025-12-31", "year", "năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "Văn phòng Ban"),
        # issued 10/01/2025: the first "ngày 15 hằng tháng" is 15/01/2025
        ("2025-01-15", "recurring", "15 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các phòng, đơn vị thuộc Ban Quản lý"),
    ],
    "307": [
        ("2025-10-20", "day", "20/10/2025", "xây dựng giải pháp nâng cao tỷ lệ hồ sơ trực tuyến",
         "Sở Nông nghiệp và Môi trường, Sở Xây dựng, Sở Dân tộc và Tôn giáo"),
        ("2025-11-30", "month", "tháng 11/2025", "bố trí đủ nhân lực, thiết bị số hóa",
         "UBND các xã, phường nêu tại Bảng 1"),
        ("2025-10-31", "day", "ngày 31 tháng 10 năm 2025", "nâng cấp chức năng tái sử dụng dữ liệu số hóa",
         "Sở Khoa học và Công nghệ"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "kiểm tra việc tiếp nhận, số hóa hồ sơ", "Văn phòng UBND tỉnh"),
        ("2025-12-31", "year", "năm 2025", "hướng dẫn người dân nộp hồ sơ trực tuyến",
         "Trung tâm Phục vụ hành chính công tỉnh"),
        # issued 09/10/2025: the first "ngày 25 hằng tháng" is 25/10/2025
        ("2025-10-25", "recurring", "25 hằng tháng", "báo cáo kết quả thực hiện Công văn",
         "Các sở, ban, ngành, UBND các xã, phường"),
    ],
    "308": [
        ("2025-11-30", "month", "tháng 11/2025", "rút ngắn thời gian thẩm định hồ sơ cấp thẻ ABTC",
         "Phòng Lãnh sự và Hợp tác quốc tế"),
        ("2025-11-14", "day", "14/11/2025", "số hóa hồ sơ đoàn ra", "Văn phòng Sở"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "sử dụng lại kết quả số hóa", "Văn phòng Sở"),
        ("2025-12-15", "day", "ngày 15 tháng 12 năm 2025", "tổng hợp tình hình hoạt động của các tổ chức phi chính phủ",
         "Phòng Quản lý tổ chức phi chính phủ nước ngoài"),
        # issued 06/10/2025: the first "ngày 10 hằng tháng" is 10/10/2025
        ("2025-10-10", "recurring", "10 hằng tháng", "cập nhật kết quả giải quyết TTHC", "Các phòng thuộc Sở"),
    ],
    "309": [
        ("2025-11-14", "day", "14/11/2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("2025-12-31", "month", "tháng 12/2025", "trang bị thêm máy quét", "Văn phòng HĐND và UBND phường"),
        ("2025-11-25", "day", "ngày 25 tháng 11 năm 2025", "rà soát công dân chưa kích hoạt tài khoản",
         "Phòng Văn hóa - Xã hội"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "sử dụng lại dữ liệu số hóa",
         "Chi nhánh Trung tâm Phục vụ hành chính công Thành phố tại phường"),
        # issued 04/11/2025: the first "ngày 26 hằng tháng" is 26/11/2025
        ("2025-11-26", "recurring", "26 hằng tháng", "báo cáo kết quả hỗ trợ người dân",
         "Các Tổ công nghệ số cộng đồng"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 305's issuer is the Sở under "UBND THÀNH PHỐ ĐÀ NẴNG" (the merged city); 306's is the Ban Quản lý under "ỦY
# BAN NHÂN DÂN TỈNH BÌNH DƯƠNG", an annual report issued in January 2025; 307 is a Công văn of UBND tỉnh Bắc
# Ninh whose period is the quarter in its "V/v" line (stated as 01/7–30/9/2025); 308's issuer is the Sở under
# "UBND TỈNH QUẢNG TRỊ" (the merged province); 309's issuer is a ward of Hà Nội (named in "Kính gửi").
META = {
    "305": {"doc_number": "1526/BC-SVHTTDL", "doc_type": "Báo cáo", "issued_date": "2025-08-05",
            "province": "Đà Nẵng", "period_label": "tháng 7 năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-07-31", "signer": "Nguyễn Văn Phú"},
    "306": {"doc_number": "128/BC-BQL", "doc_type": "Báo cáo", "issued_date": "2025-01-10",
            "province": "Bình Dương", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Võ Văn Minh"},
    "307": {"doc_number": "3417/UBND-KSTT", "doc_type": "Công văn", "issued_date": "2025-10-09",
            "province": "Bắc Ninh", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Đào Quang Khải"},
    "308": {"doc_number": "412/BC-SNgV", "doc_type": "Báo cáo", "issued_date": "2025-10-06",
            "province": "Quảng Trị", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Hoàng Thị Thu Hương"},
    "309": {"doc_number": "286/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-11-04",
            "province": "Hà Nội", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Phạm Thị Minh Ngọc"},
}
