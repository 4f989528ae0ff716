"""Blind golden facts for corpus/blind32/235_quang_nam.txt, 236_lai_chau.txt, 237_quang_ninh.txt,
238_binh_phuoc.txt and 239_nghe_an.txt.

The five documents were written by the developers for a thirty-second blind measurement (issuers and wording
not used elsewhere in the corpus; not real documents), and every row below was written by reading them,
before any extraction, restoration or pipeline code was run on them. They also serve as held-out text for
diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind13.py … blind16.py: rows use `golden.facts.Fact` (context string
that occurs once in the document + the figure as written inside it). Prose and list counts are kind `count`;
table cells are kind `value` with `extra={"source": "table"}`; `as_of="period"` is the period's end; `ANY`
leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly names
none). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`, counts of "cơ
quan", "sở, ban, ngành", "địa phương" the unit `đơn vị` (level of the bodies counted); a count of local units
takes the unit of its first unit word ("04 huyện, thị xã, thành phố" → `huyện`, "07 phường, xã" → `phường`).
A count of the files (or PAKN) an indicator is computed on carries that indicator's code; every "đã giải
quyết" count and the parts of a received or settled whole have their code unchecked; a relative change
("tăng 9,6% so với năm 2023") has its code unchecked. A change is dated with the value it belongs to
(normally the period end); a fall ("giảm") is negative. Dates, document numbers, cited resolutions,
decisions, plans and letters ("Nghị quyết số 76/NQ-CP", "giai đoạn 2021 - 2030", "Kế hoạch số
8215/KH-UBND", "Quyết định số 264/QĐ-BCĐ", "Quyết định số 766/QĐ-TTg", "Công văn số 2194/UBND-KSTT",
"Quyết định số 1128/QĐ-UBND", "Kế hoạch số 19/KH-UBND", "Quyết định số 06/QĐ-TTg", "Đề án 06", "PC06"),
"Tính đến ngày 31/5/2025", "Lũy kế đến ngày 31/10/2024", "từ ngày 01/7/2025" (a start date inside a task),
section numbering ("I.", "1.", "a)"), the STT column, phone numbers ("0235.3810.274", "0213.3876.325",
"0271.3778.236", "0238.3846.215"), addresses ("số 02 đường Trần Phú", "tầng 3, Khu hành chính chính trị
tỉnh", "tầng 1, Trụ sở Liên cơ quan số 3"), ages ("từ 14 tuổi trở lên", "dưới 6 tuổi"), "mức độ 2", the name
"Tổng đài 1022", headings naming the next period ("V. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025", "III. NHIỆM VỤ QUÝ I
NĂM 2025", "II. NHIỆM VỤ THÁNG 6 NĂM 2025", "III. NHIỆM VỤ QUÝ II NĂM 2025": no deadlines) and years are not
figures.

New in this set:
- 235 is an annual Báo cáo of the Ban Chỉ đạo Cải cách hành chính tỉnh Quảng Nam (header "UBND TỈNH QUẢNG
  NAM / BAN CHỈ ĐẠO CẢI CÁCH HÀNH CHÍNH", signed by its Trưởng ban), năm 2024, issued 10/01/2025. The
  province's figures have subject NULL. Counts of meetings, directives, resolutions, decisions, documents and
  "37 nội dung" have code None (units as written: `phiên họp`, `văn bản`, `nghị quyết`, `quyết định`, `nội
  dung`); "12 cơ quan, đơn vị" (mixed levels: level unchecked), "trong đó có 05 sở, ban, ngành, 04 huyện,
  thị xã, thành phố và 03 xã, phường, thị trấn" are counts by level. "4.850 triệu đồng" is a sum of money
  (a value, unit `triệu đồng`). "đã giảm 09 phòng chuyên môn … và 17 đơn vị sự nghiệp công lập so với năm
  2023" are two falls (-9 `phòng`, -17 `đơn vị`); "tinh giản biên chế 214 trường hợp" a count. "so với chỉ
  tiêu … năm 2024 là 45% thì đã đạt chỉ tiêu" and "chưa đạt chỉ tiêu 80%": targets at the period end carried
  by the shares before them. PAR INDEX and SIPAS of 2023 (codes `par_index`, `sipas`; PAR INDEX written in %)
  are dated 2023-12-31, with their ranks `27/63` and `30/63`; "tăng 9 bậc so với năm 2022 (xếp thứ 36/63)"
  is a rise dated with the 2023 rank it belongs to (2023-12-31) and a previous rank dated 2022-12-31. The
  province's own PAR results of 2023 for its agencies and districts ("khối sở, ban, ngành có điểm trung bình
  84,63%") are block averages (subject ANY, code unchecked: not the 766 index) and the counts by grade
  ("06/19 sở, ban, ngành xếp loại Tốt, 11 cơ quan …, 02 cơ quan …; 5/18 huyện, thị xã, thành phố …, 13 địa
  phương còn lại") are dated 2023-12-31 as well. The 766 total `84,27/100`, rank `24/63`, "tăng 3,15 điểm so
  với năm 2023 (81,12 điểm)" (previous dated 2023-12-31, on the /100 scale), six group scores `x/max` after
  "Điểm các nhóm chỉ số:" separated by ";" (sum 84,27), block averages and the best and worst district with
  scores in brackets. Five deadlines: day, quarter, "chậm nhất" day in words, year with the target of "UBND
  các huyện, thị xã, thành phố", quarterly recurring "trước ngày 15 của tháng cuối quý" (issued 10/01/2025:
  first 15/3/2025).
- 236 is a quarterly Báo cáo of Sở Tài nguyên và Môi trường tỉnh Lai Châu (header "UBND TỈNH LAI CHÂU / SỞ
  TÀI NGUYÊN VÀ MÔI TRƯỜNG"), quý IV năm 2024 (stated as 01/10–31/12/2024), issued 06/01/2025, on land and
  environment files. The Sở's figures have subject "Sở Tài nguyên và Môi trường", level tỉnh; files by field
  ("đất đai 3.742 hồ sơ", the environment paragraph) subject ANY, level tỉnh. "8 lĩnh vực" and "02 quyết
  định" have code None. "4.215 hồ sơ (kỳ trước chuyển sang 386 hồ sơ, tiếp nhận mới 3.829 hồ sơ)", "tăng 412
  hồ sơ so với quý III năm 2024 (3.803 hồ sơ)" (previous dated 2024-09-30). "2.146 giấy chứng nhận" is a
  count (unit `giấy chứng nhận`, code unchecked). "Văn phòng Đăng ký đất đai tỉnh" has its own two figures
  (subject as written, level tỉnh). The land-office branches are a dash list "- Chi nhánh Văn phòng Đăng ký
  đất đai huyện X: tiếp nhận … hồ sơ, giải quyết … hồ sơ, quá hạn … hồ sơ;" (subject as written; level
  unchecked: a branch of a provincial office sited in a district is genuinely either); "Toàn bộ 87 hồ sơ quá
  hạn … tại các Chi nhánh" is overdue files of the branches together (subject and level unchecked). "241 hồ
  sơ, 100% đúng hạn" is the environment field's on-time share. "(quý III năm 2024: 51,62%)" and "(85,99
  điểm)" are previous values dated 2024-09-30 (the Sở's score has no max); "giảm 1,37 điểm" a fall. "so với
  chỉ tiêu UBND tỉnh giao năm 2024 là 50% thì chưa đạt chỉ tiêu": the target (period end) carried by the
  reuse share. Rank `12/19` among the province's agencies. Four deadlines: day for two named branches, month,
  "chậm nhất" day, "trước ngày 12 hằng tháng" (issued 06/01/2025: first 12/01/2025).
- 237 is a monthly Báo cáo of the Trung tâm Phục vụ hành chính công tỉnh Quảng Ninh (header "UBND TỈNH
  QUẢNG NINH / TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"), tháng 5 năm 2025, issued 04/6/2025 (post-March 2025
  agency names). The Centre's own figures have subject "Trung tâm Phục vụ hành chính công tỉnh", level tỉnh,
  as a Sở's report has the Sở; "46 quầy" and "58 công chức" have code None. "tăng 1.266 hồ sơ so với tháng
  4/2025 (16.284 hồ sơ)": a change and a previous value dated 2025-04-30. Its Markdown table (units only in
  the intro line "(đơn vị tính: hồ sơ)") lists 13 agencies at the Centre (subject as written, level tỉnh;
  received, online share, on-time share, overdue; `100` and `0` cells) with a "Tổng cộng" row with an empty
  STT cell (= the Centre; its figures are also in the prose). "Có 7/13 cơ quan" is a count (code None). "tăng
  3,16% so với tháng trước" is the change of the payment share. "Qua 14.326 lượt đánh giá" and "26 lượt"
  are counts (unit `lượt`, code unchecked); "09/09 PAKN" one count of PAKN answered (max 9). The province's
  766 result ("tỉnh Quảng Ninh đạt 88,91/100 điểm") has subject NULL; "(88,44 điểm)" dated 2025-04-30,
  "giữ nguyên thứ hạng" states no figure. Four deadlines: day for two named Sở (after "Đề nghị"), month,
  "chậm nhất" day in words, "trước ngày 05 hằng tháng" (issued 04/6/2025: first 05/6/2025).
- 238 is a quarterly Báo cáo of UBND thị xã Phước Long (tỉnh Bình Phước, named in "Kính gửi"), quý I năm
  2025, issued 03/4/2025, before the 1 July 2025 reform. Figures under "a) Cấp huyện (Bộ phận Một cửa thị
  xã)" and of "Bộ phận Một cửa thị xã" have subject "cấp huyện" (level huyện), those under "b) Cấp xã"
  subject "cấp xã" (level xã); the thị xã's own PAKN, score and rank have subject "UBND thị xã Phước Long",
  level huyện. "cao hơn cùng kỳ năm 2024 (2.847 hồ sơ)" is a previous value dated 2024-03-31. Its Markdown
  table (alignment colons in the separator row) lists the 7 phường, xã (subject as written, level xã;
  received, online, payment and digitisation shares) with a "Cộng" row with an empty STT cell (= cấp xã).
  Payment shares by level after "tương ứng là"; "so với chỉ tiêu tỉnh giao năm 2025 (từ 50% trở lên) thì
  cấp huyện đã đạt, cấp xã chưa đạt chỉ tiêu": one target for both levels (subject and level unchecked),
  dated 2025-12-31. "7/7 phường, xã" (electronic certification) and "07 phường, xã" are counts of communes
  (unit `phường`, level xã). "11/11 PAKN" one count (max 11). Rank `4/11` among the province's district-level
  units, "tăng 2 bậc so với quý IV năm 2024 (xếp thứ 6/11)" (previous dated 2024-12-31). Five deadlines:
  day for two named communes, month, "chậm nhất" day in words, quarter with the communes' target, "trước
  ngày 18 hằng tháng" (issued 03/4/2025: first 18/4/2025).
- 239 is a monthly Báo cáo of Công an tỉnh Nghệ An (header "BỘ CÔNG AN / CÔNG AN TỈNH NGHỆ AN", signer
  written with his rank "Đại tá Trần Đức Thắng": the signer is the name), tháng 10 năm 2024, issued
  05/11/2024, on electronic identity (VNeID) accounts and the police's online services. Province-wide
  account figures ("toàn tỉnh đã kích hoạt 2.136.482 tài khoản") have subject NULL; the files and
  procedures of "Công an tỉnh" have subject "Công an tỉnh", level tỉnh; "Công an các đơn vị, địa phương"
  (all police units together) and the joint files "Phối hợp với Sở Tư pháp …" have subject and level
  unchecked. Account counts and the activation share carry the identity-account code; "(trong đó tài
  khoản mức độ 2 là 1.958.317 tài khoản)" is a part (code unchecked). "tăng 1,24% so với tháng 9/2024
  (75,38%)": change and previous value dated 2024-09-30. "So với chỉ tiêu Bộ Công an giao năm 2024 là 80%
  thì tỉnh chưa đạt chỉ tiêu": the target dated 2024-12-31 carried by 76,62%. "xếp thứ 41/63 … về tỷ lệ
  kích hoạt" is not the 766 rank (code unchecked). Its tab-separated table (units in the headers) lists
  the 21 district-level areas by name (subject as written, "Thành phố Vinh", "Huyện Kỳ Sơn", level huyện;
  accounts activated, activation share) with a "Toàn tỉnh" row with an empty STT cell (= the province,
  subject NULL). "3.215.640.000 đồng" is a sum of money (unit `đồng`); "chiếm 43,07% số hồ sơ trực tuyến"
  is a share with code unchecked (not the 766 payment share). "27.306 trường hợp" and "98,46%" of data
  cleaned have code unchecked. The task's "tỷ lệ kích hoạt … của tỉnh đạt tối thiểu 80% trong quý IV năm
  2024" is the province's target again, dated 2024-12-31. Five deadlines: day for three named district
  police, quarter with the target, "chậm nhất" day in words, year ("đến hết năm 2024"), "trước ngày 25 hằng
  tháng" (issued 05/11/2024: first 25/11/2024).
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


# ------------------------------------------------------------ 235: Ban Chỉ đạo CCHC tỉnh Quảng Nam, năm 2024
_Y2022 = "2022-12-31"
_Y2023 = "2023-12-31"

BLIND_235 = [
    # I. (76/NQ-CP of 15/7/2021 and 8215/KH-UBND of 25/12/2023 cited)
    F("tổ chức 02 phiên họp", "02", 2, "phiên họp", C, code=None),
    F("ban hành 14 văn bản", "14", 14, "văn bản", C, code=None),
    F("tại 12 cơ quan", "12", 12, "đơn vị", C, subject=ANY, level=ANY, code=None),
    F("có 05 sở", "05", 5, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("ngành, 04 huyện", "04", 4, "huyện", C, subject=ANY, level="huyện", code=None),
    F("và 03 xã", "03", 3, "xã", C, subject=ANY, level="xã", code=None),
    F("khắc phục 37 nội dung", "37", 37, "nội dung", C, code=None),
    F("là 4.850 triệu", "4.850", 4850, "triệu đồng", P, subject=ANY, level=ANY, code=ANY),
    # II.1
    F("ban hành 41 nghị quyết", "41", 41, "nghị quyết", C, code=None),
    F("ban hành 63 quyết định", "63", 63, "quyết định", C, code=None),
    F("rà soát 286 văn bản", "286", 286, "văn bản", C, code=None),
    F("bãi bỏ 19 văn bản", "19", 19, "văn bản", C, code=None),
    # II.2 procedures, files, payment and digitisation with their 2024 targets, PAKN, satisfaction
    F("ban hành 68 quyết định", "68", 68, "quyết định", C, code=None),
    F("là 1.876 TTHC", "1.876", 1876, "TTHC", C, code=_TTHC),
    F("đó 1.286 TTHC", "1.286", 1286, "TTHC", C, code=_CUNG_CAP),
    F("(734 TTHC", "734", 734, "TTHC", C, code=_TOAN),
    F("và 552 TTHC", "552", 552, "TTHC", C, code=_MOT),
    F("đạt 68,55%", "68,55%", 68.55, "%", code=_CUNG_CAP),
    F("tiếp nhận 684.215", "684.215", 684215, "hồ sơ", C, code=_TN),
    F("tăng 9,6%", "9,6%", 9.6, "%", CH, code=ANY),
    F("là 412.538", "412.538", 412538, "hồ sơ", C, code=_NOP),
    F("chiếm 60,29%", "60,29%", 60.29, "%", code=_NOP),
    F("lần lượt là 88,46%", "88,46%", 88.46, "%", subject="cấp tỉnh", level="tỉnh", code=_NOP),
    F("88,46%, 57,12%", "57,12%", 57.12, "%", subject="cấp huyện", level="huyện", code=_NOP),
    F("và 46,35%", "46,35%", 46.35, "%", subject="cấp xã", level="xã", code=_NOP),
    F("giải quyết 671.402", "671.402", 671402, "hồ sơ", C, code=ANY),
    F("đúng hạn 665.318", "665.318", 665318, "hồ sơ", C, code=_DH),
    F("tỷ lệ 99,09%", "99,09%", 99.09, "%", code=_DH),
    F("quá hạn 6.084", "6.084", 6084, "hồ sơ", C, code=_QH),
    F("đạt 52,36%", "52,36%", 52.36, "%", code=_TT, target=45, stated_status="đạt"),
    F("năm 2024 là 45%", "45%", 45, "%", T, code=_TT),
    F("đạt 78,42%", "78,42%", 78.42, "%", code=_SH, target=80, stated_status="chưa đạt"),
    F("chỉ tiêu 80%", "80%", 80, "%", T, code=_SH),
    F("đạt 91,27%", "91,27%", 91.27, "%", code=_KQ),
    F("tiếp nhận 327", "327", 327, "PAKN", C, code=_PAKN_TN),
    F("xử lý 319 PAKN", "319", 319, "PAKN", C, code=_PAKN_XL),
    F("đạt 97,55%", "97,55%", 97.55, "%", code=_PAKN_TL),
    F("đạt 97,84%", "97,84%", 97.84, "%", code=_HL),
    # II.3 two falls against 2023 and a count
    F("giảm 09 phòng", "09", -9, "phòng", CH, code=None),
    F("và 17 đơn vị", "17", -17, "đơn vị", CH, code=None),
    F("biên chế 214", "214", 214, "trường hợp", C, code=None),
    # II.4
    F("đạt 98,73%", "98,73%", 98.73, "%", code=ANY),
    F("100% cơ quan", "100%", 100, "%", subject=ANY, level=ANY, code=ANY),
    # III.1 PAR INDEX and SIPAS 2023 (264/QĐ-BCĐ of 15/5/2024 cited), dated 2023-12-31; 2022 dated 2022-12-31
    F("đạt 85,14%", "85,14%", 85.14, "%", as_of=_Y2023, code="par_index"),
    F("thứ 27/63", "27/63", 27, "hạng", R, max_value=63, as_of=_Y2023, code="par_index"),
    F("tăng 9 bậc", "9", 9, "hạng", CH, as_of=_Y2023, code="par_index"),
    F("(xếp thứ 36/63)", "36/63", 36, "hạng", PR, max_value=63, as_of=_Y2022, code="par_index"),
    F("đạt 81,36%", "81,36%", 81.36, "%", as_of=_Y2023, code="sipas"),
    F("thứ 30/63.", "30/63", 30, "hạng", R, max_value=63, as_of=_Y2023, code="sipas"),
    # the province's own PAR results of 2023: block averages and counts by grade
    F("trung bình 84,63%", "84,63%", 84.63, "%", subject=ANY, level="tỉnh", as_of=_Y2023, code=ANY),
    F("trung bình 81,90%", "81,90%", 81.90, "%", subject=ANY, level="huyện", as_of=_Y2023, code=ANY),
    F("Có 06/19", "06/19", 6, "đơn vị", C, max_value=19, subject=ANY, level="tỉnh", as_of=_Y2023, code=None),
    F("Tốt, 11 cơ quan", "11", 11, "đơn vị", C, subject=ANY, level="tỉnh", as_of=_Y2023, code=None),
    F("và 02 cơ quan", "02", 2, "đơn vị", C, subject=ANY, level="tỉnh", as_of=_Y2023, code=None),
    F("có 5/18", "5/18", 5, "huyện", C, max_value=18, subject=ANY, level="huyện", as_of=_Y2023, code=None),
    F("Tốt, 13 địa phương", "13", 13, "đơn vị", C, subject=ANY, level="huyện", as_of=_Y2023, code=None),
    # III.2 the 766 index at 31/12/2024 (= period end); năm 2023 dated 2023-12-31
    F("đạt 84,27/100", "84,27/100", 84.27, "điểm", max_value=100, code=_TONG),
    F("thứ 24/63", "24/63", 24, "hạng", R, max_value=63, code=_HANG),
    F("tăng 3,15 điểm", "3,15", 3.15, "điểm", CH, code=_TONG),
    F("(81,12 điểm)", "81,12", 81.12, "điểm", PR, max_value=100, as_of=_Y2023, code=_TONG),
    F("minh bạch 16,92/18", "16,92/18", 16.92, "điểm", max_value=18, code="766.cong_khai"),
    F("giải quyết 19,41/20", "19,41/20", 19.41, "điểm", max_value=20, code="766.tien_do"),
    F("trực tuyến 9,86/12", "9,86/12", 9.86, "điểm", max_value=12, code="766.dvctt"),
    F("trực tuyến 6,37/10", "6,37/10", 6.37, "điểm", max_value=10, code="766.thanh_toan"),
    F("hài lòng 17,85/18", "17,85/18", 17.85, "điểm", max_value=18, code="766.hai_long"),
    F("hồ sơ 13,86/22", "13,86/22", 13.86, "điểm", max_value=22, code="766.so_hoa"),
    F("ngành đạt 87,05 điểm", "87,05", 87.05, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("huyện đạt 82,64 điểm", "82,64", 82.64, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("xã đạt 80,19 điểm", "80,19", 80.19, "điểm", subject=ANY, level="xã", code=_TONG),
    F("(89,72 điểm)", "89,72", 89.72, "điểm", subject="UBND thành phố Tam Kỳ", level="huyện", code=_TONG),
    F("(74,08 điểm)", "74,08", 74.08, "điểm", subject="UBND huyện Nam Trà My", level="huyện", code=_TONG),
    # V.4 the districts' target for 2025 ("số 02 đường Trần Phú" is an address, 0235.3810.274 a phone number)
    F("tối thiểu 60%", "60%", 60, "%", T, subject="UBND các huyện, thị xã, thành phố", level="huyện",
      as_of="2025-12-31", code=_TT),
]

# ------------------------------------------------------------ 236: Sở TN&MT tỉnh Lai Châu, quý IV năm 2024
_STN = "Sở Tài nguyên và Môi trường"
_VPDK = "Văn phòng Đăng ký đất đai tỉnh"
_Q3_236 = "2024-09-30"


def _so(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_STN, level="tỉnh", **kw)


def _field(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of one field of the Sở's work (subject unchecked, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=ANY, level="tỉnh", **kw)


def _branch(place: str, received: str, settled: str, overdue: str, end: str) -> list[Fact]:
    """One dash-list item "- Chi nhánh Văn phòng Đăng ký đất đai <place>: tiếp nhận …, giải quyết …, quá hạn …"
    (subject the branch as written; level unchecked)."""
    name = f"Chi nhánh Văn phòng Đăng ký đất đai {place}"
    return [
        F(f"{place}: tiếp nhận {received} hồ sơ", received, _num(received), "hồ sơ", C, subject=name, level=ANY,
          code=_TN),
        F(f"giải quyết {settled} hồ sơ, quá hạn {overdue} hồ sơ{end}", settled, _num(settled), "hồ sơ", C,
          subject=name, level=ANY, code=ANY),
        F(f"hồ sơ, quá hạn {overdue} hồ sơ{end}", overdue, _num(overdue), "hồ sơ", C, subject=name, level=ANY,
          code=_QH),
    ]


BLIND_236 = [
    # I.1 (2194/UBND-KSTT of 18/9/2024 cited; 01/10/2024–31/12/2024 is the period)
    _so("thực hiện 103 TTHC", "103", 103, "TTHC", C, code=_TTHC),
    _so("thuộc 8 lĩnh vực", "8", 8, "lĩnh vực", C, code=None),
    _so("có 61 TTHC", "61", 61, "TTHC", C, code=_TOAN),
    _so("toàn trình, 35 TTHC", "35", 35, "TTHC", C, code=_MOT),
    _so("công bố 02 quyết định", "02", 2, "quyết định", C, code=None),
    # I.2 the whole and its parts; quý III năm 2024 dated 2024-09-30; files by field
    _so("Sở tiếp nhận 4.215", "4.215", 4215, "hồ sơ", C, code=_TN),
    _so("chuyển sang 386", "386", 386, "hồ sơ", C, code=ANY),
    _so("mới 3.829 hồ sơ", "3.829", 3829, "hồ sơ", C, code=ANY),
    _so("tăng 412 hồ sơ", "412", 412, "hồ sơ", CH, code=_TN),
    _so("(3.803 hồ sơ)", "3.803", 3803, "hồ sơ", PR, as_of=_Q3_236, code=_TN),
    _field("đất đai 3.742", "3.742", 3742, "hồ sơ", C, code=_TN),
    _field("môi trường 268 hồ sơ", "268", 268, "hồ sơ", C, code=_TN),
    _field("còn lại 205", "205", 205, "hồ sơ", C, code=_TN),
    _so("là 2.986", "2.986", 2986, "hồ sơ", C, code=_NOP),
    _so("chiếm 77,98%", "77,98%", 77.98, "%", code=_NOP),
    _so("giải quyết 3.874", "3.874", 3874, "hồ sơ", C, code=ANY),
    _so("(trước hạn 2.915", "2.915", 2915, "hồ sơ", C, code=ANY),
    _so("đúng hạn 872", "872", 872, "hồ sơ", C, code=ANY),
    _so("quá hạn 87 hồ sơ)", "87", 87, "hồ sơ", C, code=_QH),
    _so("đạt 97,75%", "97,75%", 97.75, "%", code=_DH),
    _so("là 341 hồ sơ", "341", 341, "hồ sơ", C, code=ANY),
    _so("cấp 2.146", "2.146", 2146, "giấy chứng nhận", C, code=ANY),
    # I.3 the provincial land office ("tầng 3, Khu hành chính chính trị tỉnh" is an address) and the branches
    F("tiếp nhận 512", "512", 512, "hồ sơ", C, subject=_VPDK, level="tỉnh", code=_TN),
    F("giải quyết 498", "498", 498, "hồ sơ", C, subject=_VPDK, level="tỉnh", code=ANY),
    *_branch("thành phố Lai Châu", "846", "781", "9", ";"),
    *_branch("huyện Tam Đường", "412", "386", "6", ";"),
    *_branch("huyện Phong Thổ", "398", "371", "8", ";"),
    *_branch("huyện Sìn Hồ", "356", "322", "21", ";"),
    *_branch("huyện Mường Tè", "214", "198", "4", ";"),
    *_branch("huyện Nậm Nhùn", "167", "152", "3", ";"),
    *_branch("huyện Than Uyên", "463", "418", "29", ";"),
    *_branch("huyện Tân Uyên", "374", "347", "7", "."),
    F("Toàn bộ 87", "87", 87, "hồ sơ", C, subject=ANY, level=ANY, code=_QH),
    # I.4 the environment field
    _field("Tiếp nhận 268", "268", 268, "hồ sơ", C, code=_TN),
    _field("môi trường 37", "37", 37, "hồ sơ", C, code=ANY),
    _field("trường 12 hồ sơ", "12", 12, "hồ sơ", C, code=ANY),
    _field("khác 219", "219", 219, "hồ sơ", C, code=ANY),
    _field("giải quyết 241", "241", 241, "hồ sơ", C, code=ANY),
    _field("100% đúng hạn", "100%", 100, "%", code=_DH),
    # I.5 quý III năm 2024 dated 2024-09-30; the 2024 target (period end), "chưa đạt chỉ tiêu"
    _so("đạt 58,14%", "58,14%", 58.14, "%", code=_TT),
    _so("2024: 51,62%)", "51,62%", 51.62, "%", PR, as_of=_Q3_236, code=_TT),
    _so("đạt 92,37%", "92,37%", 92.37, "%", code=_SH),
    _so("đạt 95,06%", "95,06%", 95.06, "%", code=_KQ),
    _so("đạt 41,28%", "41,28%", 41.28, "%", code=_TSD, target=50, stated_status="chưa đạt"),
    _so("năm 2024 là 50%", "50%", 50, "%", T, code=_TSD),
    # I.6
    _so("tiếp nhận 06 phản ánh", "06", 6, "PAKN", C, code=_PAKN_TN),
    _so("xử lý 05 PAKN", "05", 5, "PAKN", C, code=_PAKN_XL),
    _so("01 PAKN đang", "01", 1, "PAKN", C, code=ANY),
    # I.7 rank among the province's agencies; quý III năm 2024 dated 2024-09-30 (0213.3876.325 is a phone number)
    _so("đạt 84,62 điểm", "84,62", 84.62, "điểm", code=_TONG),
    _so("thứ 12/19", "12/19", 12, "hạng", R, max_value=19, code=_HANG),
    _so("giảm 1,37 điểm", "1,37", -1.37, "điểm", CH, code=_TONG),
    _so("(85,99 điểm)", "85,99", 85.99, "điểm", PR, as_of=_Q3_236, code=_TONG),
]

# ------------------------------------------------------------ 237: TTPVHCC tỉnh Quảng Ninh, tháng 5 năm 2025
_TTC = "Trung tâm Phục vụ hành chính công tỉnh"
_SNNMT = "Sở Nông nghiệp và Môi trường"
_APR_237 = "2025-04-30"


def _centre(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Centre itself (subject the Centre, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_TTC, level="tỉnh", **kw)


def _row_237(subject: str, received: str, online: str, on_time: str, overdue: str, after: str) -> list[Fact]:
    """One Markdown row of an agency at the Centre (or the total): received, online share, on-time share,
    overdue files."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"),
             (on_time, "%", P, _DH, "period"), (overdue, "hồ sơ", P, _QH, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_237 = [
    # I.1 (1128/QĐ-UBND of 22/4/2025 cited; "tầng 1, Trụ sở Liên cơ quan số 3" is an address)
    _centre("trả kết quả 1.428 TTHC", "1.428", 1428, "TTHC", C, code=ANY),
    F("của 13 sở", "13", 13, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    _centre("bố trí 46 quầy", "46", 46, "quầy", C, code=None),
    _centre("với 58 công chức", "58", 58, "công chức", C, code=None),
    # I.2 tháng 4/2025 dated 2025-04-30
    _centre("Trung tâm tiếp nhận 17.550", "17.550", 17550, "hồ sơ", C, code=_TN),
    _centre("tăng 1.266", "1.266", 1266, "hồ sơ", CH, code=_TN),
    _centre("(16.284 hồ sơ)", "16.284", 16284, "hồ sơ", PR, as_of=_APR_237, code=_TN),
    _centre("trực tuyến 16.716", "16.716", 16716, "hồ sơ", C, code=_NOP),
    _centre("chiếm 95,25%", "95,25%", 95.25, "%", code=_NOP),
    _centre("giải quyết 16.932", "16.932", 16932, "hồ sơ", C, code=ANY),
    _centre("đúng hạn 16.855", "16.855", 16855, "hồ sơ", C, code=_DH),
    _centre("đạt 99,55%", "99,55%", 99.55, "%", code=_DH),
    _centre("quá hạn 77 hồ sơ", "77", 77, "hồ sơ", C, code=_QH),
    _centre("là 1.184", "1.184", 1184, "hồ sơ", C, code=ANY),
    # Markdown table of the agencies, "Tổng cộng" row (= the Centre)
    *_row_237("Sở Tư pháp", "2.846", "96,13", "100", "0", "| 2 | Sở Xây dựng"),
    *_row_237("Sở Xây dựng", "1.275", "92,47", "98,82", "14", "| 3 | Sở Nông nghiệp"),
    *_row_237(_SNNMT, "1.932", "78,26", "97,41", "46", "| 4 | Sở Tài chính"),
    *_row_237("Sở Tài chính", "864", "99,31", "100", "0", "| 5 | Sở Công Thương"),
    *_row_237("Sở Công Thương", "3.418", "99,85", "100", "0", "| 6 | Sở Y tế"),
    *_row_237("Sở Y tế", "612", "95,10", "99,51", "3", "| 7 | Sở Giáo dục"),
    *_row_237("Sở Giáo dục và Đào tạo", "438", "97,49", "100", "0", "| 8 | Sở Nội vụ"),
    *_row_237("Sở Nội vụ", "1.046", "88,72", "99,12", "8", "| 9 | Sở Khoa học"),
    *_row_237("Sở Khoa học và Công nghệ", "257", "100", "100", "0", "| 10 | Sở Văn hóa"),
    *_row_237("Sở Văn hóa, Thể thao và Du lịch", "386", "93,78", "100", "0", "| 11 | Sở Dân tộc"),
    *_row_237("Sở Dân tộc và Tôn giáo", "41", "82,93", "100", "0", "| 12 | Ban Quản lý"),
    *_row_237("Ban Quản lý Khu kinh tế", "529", "98,68", "99,24", "4", "| 13 | Công an tỉnh"),
    *_row_237("Công an tỉnh", "3.906", "100", "99,95", "2", "| | Tổng cộng"),
    *_row_237(_TTC, "17.550", "95,25", "99,55", "77", "\nCó 7/13"),
    F("Có 7/13", "7/13", 7, "đơn vị", C, max_value=13, subject=ANY, level="tỉnh", code=None),
    F("thấp nhất (78,26%)", "78,26%", 78.26, "%", subject=_SNNMT, level="tỉnh", code=_NOP),
    F("(46 hồ sơ,", "46", 46, "hồ sơ", C, subject=_SNNMT, level="tỉnh", code=_QH),
    # I.3 the change of the payment share against the month before
    _centre("đạt 87,42%", "87,42%", 87.42, "%", code=_TT),
    _centre("tăng 3,16%", "3,16%", 3.16, "%", CH, code=_TT),
    _centre("đạt 98,65%", "98,65%", 98.65, "%", code=_SH),
    _centre("đạt 99,18%", "99,18%", 99.18, "%", code=_KQ),
    _centre("đạt 62,37%", "62,37%", 62.37, "%", code=_TSD),
    # I.4 ("Tổng đài 1022" is a name)
    _centre("Qua 14.326 lượt", "14.326", 14326, "lượt", C, code=ANY),
    _centre("đạt 99,82%", "99,82%", 99.82, "%", code=_HL),
    _centre("có 26 lượt", "26", 26, "lượt", C, code=ANY),
    _centre("tiếp nhận 09 phản ánh", "09", 9, "PAKN", C, code=_PAKN_TN),
    _centre("trả lời 09/09 PAKN", "09/09", 9, "PAKN", C, max_value=9, code=_PAKN_XL),
    # I.5 the province's 766 result at 31/5/2025 (= period end); tháng 4/2025 dated 2025-04-30
    F("đạt 88,91/100", "88,91/100", 88.91, "điểm", max_value=100, code=_TONG),
    F("thứ 3/63", "3/63", 3, "hạng", R, max_value=63, code=_HANG),
    F("tăng 0,47 điểm", "0,47", 0.47, "điểm", CH, code=_TONG),
    F("(88,44 điểm)", "88,44", 88.44, "điểm", PR, max_value=100, as_of=_APR_237, code=_TONG),
]

# ------------------------------------------------------------ 238: UBND thị xã Phước Long (Bình Phước), quý I năm 2025
_PL = "UBND thị xã Phước Long"
_HUYEN = {"subject": "cấp huyện", "level": "huyện"}
_XA = {"subject": "cấp xã", "level": "xã"}


def _row_238(subject: str, received: str, online: str, paid: str, digitised: str, after: str) -> list[Fact]:
    """One Markdown row of a ward or commune (or the total): received, online, payment and digitisation shares."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"),
             (paid, "%", P, _TT, "period"), (digitised, "%", P, _SH, "period")]
    return _cells(subject, "xã", cells, after, " | ", " |\n")


def _town(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the thị xã itself (subject its UBND, level huyện)."""
    return F(context, raw, value, unit, kind, subject=_PL, level="huyện", **kw)


BLIND_238 = [
    # I.1 (19/KH-UBND of 20/01/2025 cited)
    F("thực hiện 287 TTHC", "287", 287, "TTHC", C, code=_TTHC, **_HUYEN),
    F("và 118 TTHC", "118", 118, "TTHC", C, code=_TTHC, **_XA),
    # a) cấp huyện; cùng kỳ năm 2024 dated 2024-03-31
    F("tiếp nhận 3.126", "3.126", 3126, "hồ sơ", C, code=_TN, **_HUYEN),
    F("(2.847 hồ sơ)", "2.847", 2847, "hồ sơ", PR, as_of="2024-03-31", code=_TN, **_HUYEN),
    F("là 2.318", "2.318", 2318, "hồ sơ", C, code=_NOP, **_HUYEN),
    F("đạt 74,15%", "74,15%", 74.15, "%", code=_NOP, **_HUYEN),
    F("giải quyết 2.964", "2.964", 2964, "hồ sơ", C, code=ANY, **_HUYEN),
    F("trước hạn 2.931", "2.931", 2931, "hồ sơ", C, code=_DH, **_HUYEN),
    F("đạt 98,89%", "98,89%", 98.89, "%", code=_DH, **_HUYEN),
    F("trễ hạn 33", "33", 33, "hồ sơ", C, code=_QH, **_HUYEN),
    # b) cấp xã; best and worst units in brackets
    F("của 07 phường", "07", 7, "phường", C, subject=ANY, level="xã", code=None),
    F("tiếp nhận 6.984", "6.984", 6984, "hồ sơ", C, code=_TN, **_XA),
    F("đạt 64,42%", "64,42%", 64.42, "%", code=_NOP, **_XA),
    F("đạt 99,71%", "99,71%", 99.71, "%", code=_DH, **_XA),
    F("cao nhất (71,56%)", "71,56%", 71.56, "%", subject="Phường Phước Bình", level="xã", code=_NOP),
    F("thấp nhất (45,83%)", "45,83%", 45.83, "%", subject="xã Phước Tín", level="xã", code=_NOP),
    # Markdown table of the 7 phường, xã; "Cộng" row (= cấp xã)
    *_row_238("Phường Long Thủy", "1.248", "68,43", "52,17", "85,26", "| 2 | Phường Long Phước"),
    *_row_238("Phường Long Phước", "986", "63,08", "47,85", "82,41", "| 3 | Phường Phước Bình"),
    *_row_238("Phường Phước Bình", "1.315", "71,56", "55,02", "88,13", "| 4 | Phường Sơn Giang"),
    *_row_238("Phường Sơn Giang", "1.072", "66,32", "49,74", "83,90", "| 5 | Phường Thác Mơ"),
    *_row_238("Phường Thác Mơ", "1.134", "69,84", "51,36", "86,57", "| 6 | Xã Long Giang"),
    *_row_238("Xã Long Giang", "642", "48,29", "36,41", "74,62", "| 7 | Xã Phước Tín"),
    *_row_238("Xã Phước Tín", "587", "45,83", "34,28", "71,05", "| | Cộng"),
    *_row_238("cấp xã", "6.984", "64,42", "48,64", "83,23", "\n2. Thanh toán"),
    # I.2 payment shares by level after "tương ứng là"; one 2025 target for both levels
    F("là 63,28%", "63,28%", 63.28, "%", code=_TT, target=50, stated_status="đạt", **_HUYEN),
    F("và 48,64%", "48,64%", 48.64, "%", code=_TT, target=50, stated_status="chưa đạt", **_XA),
    F("(từ 50%", "50%", 50, "%", T, subject=ANY, level=ANY, as_of="2025-12-31", code=_TT),
    F("thị xã đạt 91,46%", "91,46%", 91.46, "%", code=_SH, **_HUYEN),
    F("nay 7/7", "7/7", 7, "phường", C, max_value=7, subject=ANY, level="xã", code=ANY),
    # I.3 the thị xã's own PAKN
    _town("tiếp nhận 11 phản ánh", "11", 11, "PAKN", C, code=_PAKN_TN),
    _town("xử lý 11/11 PAKN", "11/11", 11, "PAKN", C, max_value=11, code=_PAKN_XL),
    # I.4 rank among the province's 11 district-level units; quý IV năm 2024 dated 2024-12-31
    _town("đạt 86,74 điểm", "86,74", 86.74, "điểm", code=_TONG),
    _town("thứ 4/11", "4/11", 4, "hạng", R, max_value=11, code=_HANG),
    _town("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    _town("thứ 6/11)", "6/11", 6, "hạng", PR, max_value=11, as_of="2024-12-31", code=_HANG),
    F("đạt 83,46 điểm", "83,46", 83.46, "điểm", subject=ANY, level="xã", code=_TONG),
    F("(76,15 điểm)", "76,15", 76.15, "điểm", subject="UBND xã Phước Tín", level="xã", code=_TONG),
    # III.4 the communes' target for quý II năm 2025 (0271.3778.236 is a phone number)
    F("tối thiểu 50%", "50%", 50, "%", T, subject="UBND các phường, xã", level="xã", as_of="2025-06-30", code=_TT),
]

# ------------------------------------------------------------ 239: Công an tỉnh Nghệ An, tháng 10 năm 2024
_CAT = "Công an tỉnh"
_SEP_239 = "2024-09-30"
_AREAS_239 = [
    ("Thành phố Vinh", "318.426", "86,52"), ("Thị xã Cửa Lò", "41.235", "84,17"),
    ("Thị xã Thái Hòa", "46.318", "81,26"), ("Thị xã Hoàng Mai", "76.842", "80,93"),
    ("Huyện Anh Sơn", "73.516", "77,45"), ("Huyện Con Cuông", "41.027", "68,39"),
    ("Huyện Diễn Châu", "206.734", "77,42"), ("Huyện Đô Lương", "125.318", "77,84"),
    ("Huyện Hưng Nguyên", "83.462", "80,15"), ("Huyện Kỳ Sơn", "35.187", "54,76"),
    ("Huyện Nam Đàn", "111.253", "79,07"), ("Huyện Nghi Lộc", "142.615", "78,06"),
    ("Huyện Nghĩa Đàn", "89.436", "75,21"), ("Huyện Quế Phong", "33.905", "58,94"),
    ("Huyện Quỳ Châu", "30.148", "63,57"), ("Huyện Quỳ Hợp", "71.624", "70,82"),
    ("Huyện Quỳnh Lưu", "178.253", "76,05"), ("Huyện Tân Kỳ", "80.527", "72,63"),
    ("Huyện Thanh Chương", "132.681", "75,12"), ("Huyện Tương Dương", "34.762", "59,81"),
    ("Huyện Yên Thành", "183.213", "76,38"),
]


def _row_239(subject: str | None, level: str | None, accounts: str, share: str, after: str) -> list[Fact]:
    """One tab-separated row of a district-level area (or the province): accounts activated, activation share."""
    cells = [(accounts, "tài khoản", P, _TK, "period"), (share, "%", P, _TK, "period")]
    return _cells(subject, level, cells, after, "\t", "\n")


def _table_239() -> list[Fact]:
    """The 21 areas in table order (each followed by the next STT and name), then the "Toàn tỉnh" row."""
    facts = []
    for i, (name, accounts, share) in enumerate(_AREAS_239):
        after = f"{i + 2}\t{_AREAS_239[i + 1][0]}" if i + 1 < len(_AREAS_239) else "\tToàn tỉnh"
        facts += _row_239(name, "huyện", accounts, share, after)
    return facts + _row_239(None, None, "2.136.482", "76,62", "\n2. Cung cấp")


def _police(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Công an tỉnh's own procedures and files (subject "Công an tỉnh", level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_CAT, level="tỉnh", **kw)


BLIND_239 = [
    # I.1 (06/QĐ-TTg of 06/01/2022 and "Đề án 06" cited; "14 tuổi", "mức độ 2" are no figures)
    F("thu nhận 52.418", "52.418", 52418, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("thêm 38.615", "38.615", 38615, "tài khoản", C, subject=ANY, level=ANY, code=_TK),
    F("kích hoạt 2.136.482", "2.136.482", 2136482, "tài khoản", C, code=_TK),
    F("là 1.958.317", "1.958.317", 1958317, "tài khoản", C, code=ANY),
    F("đạt 76,62%", "76,62%", 76.62, "%", code=_TK, target=80, stated_status="chưa đạt"),
    F("tăng 1,24%", "1,24%", 1.24, "%", CH, code=_TK),
    F("(75,38%)", "75,38%", 75.38, "%", PR, as_of=_SEP_239, code=_TK),
    F("năm 2024 là 80%", "80%", 80, "%", T, as_of="2024-12-31", code=_TK),
    F("thứ 41/63", "41/63", 41, "hạng", R, max_value=63, code=ANY),
    F("cao nhất (86,52%)", "86,52%", 86.52, "%", subject="Thành phố Vinh", level="huyện", code=_TK),
    F("(54,76%)", "54,76%", 54.76, "%", subject="huyện Kỳ Sơn", level="huyện", code=_TK),
    F("(58,94%)", "58,94%", 58.94, "%", subject="huyện Quế Phong", level="huyện", code=_TK),
    F("(59,81%)", "59,81%", 59.81, "%", subject="huyện Tương Dương", level="huyện", code=_TK),
    # tab-separated table of the 21 areas, "Toàn tỉnh" row (= the province)
    *_table_239(),
    # I.2 the police's own procedures and files; files by field are parts
    _police("cung cấp 27 TTHC", "27", 27, "TTHC", C, code=_TOAN),
    _police("và 11 TTHC", "11", 11, "TTHC", C, code=_MOT),
    _police("tiếp nhận 58.214", "58.214", 58214, "hồ sơ", C, code=_TN),
    _police("trực tuyến 49.652", "49.652", 49652, "hồ sơ", C, code=_NOP),
    _police("chiếm 85,29%", "85,29%", 85.29, "%", code=_NOP),
    F("cư trú 31.247", "31.247", 31247, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    F("đăng ký xe 9.826", "9.826", 9826, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    F("xuất nhập cảnh 5.412", "5.412", 5412, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    F("khác 3.167", "3.167", 3167, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    _police("giải quyết 57.105", "57.105", 57105, "hồ sơ", C, code=ANY),
    _police("đạt 100%", "100%", 100, "%", code=_DH),
    _police("là 21.384", "21.384", 21384, "hồ sơ", C, code=ANY),
    _police("tiền 3.215.640.000", "3.215.640.000", 3215640000, "đồng", P, code=ANY),
    _police("chiếm 43,07%", "43,07%", 43.07, "%", code=ANY),
    # I.3 joint procedures ("dưới 6 tuổi" is no figure)
    F("quyết 4.128", "4.128", 4128, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("và 1.065", "1.065", 1065, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    # I.4
    F("chỉnh sửa 27.306", "27.306", 27306, "trường hợp", C, subject=ANY, level=ANY, code=ANY),
    F("làm sạch 98,46%", "98,46%", 98.46, "%", subject=ANY, level=ANY, code=ANY),
    # III.2 the province's target for quý IV năm 2024 (0238.3846.215 is a phone number)
    F("tối thiểu 80%", "80%", 80, "%", T, as_of="2024-12-31", code=_TK),
]

BLIND = {"235": BLIND_235, "236": BLIND_236, "237": BLIND_237, "238": BLIND_238, "239": BLIND_239}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "235": [
        ("2025-01-25", "day", "25/01/2025", "ban hành Kế hoạch cải cách hành chính năm 2025", "Sở Nội vụ"),
        ("2025-03-31", "quarter", "quý I năm 2025", "đơn giản hóa TTHC nội bộ", "Văn phòng UBND tỉnh"),
        ("2025-04-30", "day", "ngày 30 tháng 4 năm 2025", "nâng cấp Hệ thống thông tin giải quyết TTHC",
         "Sở Thông tin và Truyền thông"),
        ("2025-12-31", "year", "năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "UBND các huyện, thị xã, thành phố"),
        # issued 10/01/2025: the first "ngày 15 của tháng cuối quý" is 15/3/2025
        ("2025-03-15", "recurring", "15 của tháng cuối quý", "báo cáo kết quả cải cách hành chính",
         "Các thành viên Ban Chỉ đạo"),
    ],
    "236": [
        ("2025-01-20", "day", "20/01/2025", "giải quyết dứt điểm các hồ sơ quá hạn",
         "Chi nhánh Văn phòng Đăng ký đất đai huyện Than Uyên, Chi nhánh Văn phòng Đăng ký đất đai huyện Sìn Hồ"),
        ("2025-03-31", "month", "tháng 3/2025", "số hóa hồ sơ địa chính", "Văn phòng Đăng ký đất đai tỉnh"),
        ("2025-02-28", "day", "28/02/2025", "quy trình nội bộ", "Phòng Môi trường"),
        # issued 06/01/2025: the first "ngày 12 hằng tháng" is 12/01/2025
        ("2025-01-12", "recurring", "12 hằng tháng", "báo cáo kết quả giải quyết TTHC", "Các phòng, đơn vị thuộc Sở"),
    ],
    "237": [
        ("2025-06-15", "day", "15/6/2025", "giải quyết dứt điểm các hồ sơ quá hạn",
         "Sở Nông nghiệp và Môi trường, Sở Xây dựng"),
        ("2025-06-30", "month", "tháng 6/2025", "kết nối thiết bị đánh giá hài lòng", "Phòng Quản lý, giám sát hồ sơ"),
        ("2025-06-25", "day", "ngày 25 tháng 6 năm 2025", "danh sách công chức", "Phòng Hành chính - Tổng hợp"),
        # issued 04/6/2025: the first "ngày 05 hằng tháng" is 05/6/2025
        ("2025-06-05", "recurring", "05 hằng tháng", "lịch trực",
         "Các sở, ban, ngành có công chức làm việc tại Trung tâm"),
    ],
    "238": [
        ("2025-04-25", "day", "25/4/2025", "phương án nâng tỷ lệ nộp hồ sơ trực tuyến",
         "UBND xã Phước Tín, UBND xã Long Giang"),
        ("2025-05-31", "month", "tháng 5/2025", "hồ sơ đất đai trễ hạn", "Phòng Nông nghiệp và Môi trường"),
        ("2025-05-15", "day", "ngày 15 tháng 5 năm 2025", "kiểm tra việc số hóa hồ sơ",
         "Văn phòng HĐND và UBND thị xã"),
        ("2025-06-30", "quarter", "quý II năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "UBND các phường, xã"),
        # issued 03/4/2025: the first "ngày 18 hằng tháng" is 18/4/2025
        ("2025-04-18", "recurring", "18 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các cơ quan chuyên môn thuộc UBND thị xã, UBND các phường, xã"),
    ],
    "239": [
        ("2024-11-30", "day", "30/11/2024", "kích hoạt tài khoản định danh điện tử",
         "Công an huyện Kỳ Sơn, Công an huyện Quế Phong, Công an huyện Tương Dương"),
        ("2024-12-31", "quarter", "quý IV năm 2024", "tỷ lệ kích hoạt tài khoản định danh điện tử",
         "Phòng Cảnh sát quản lý hành chính về trật tự xã hội"),
        ("2024-11-20", "day", "ngày 20 tháng 11 năm 2024", "tổng hợp kết quả thực hiện Đề án 06", "Phòng Tham mưu"),
        ("2024-12-31", "year", "năm 2024", "đăng ký, cấp biển số xe trực tuyến toàn trình",
         "Phòng Cảnh sát giao thông"),
        # issued 05/11/2024: the first "ngày 25 hằng tháng" is 25/11/2024
        ("2024-11-25", "recurring", "25 hằng tháng", "báo cáo kết quả cấp, kích hoạt tài khoản",
         "Công an các huyện, thành phố, thị xã"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 235's issuer is the Ban Chỉ đạo CCHC under "UBND TỈNH QUẢNG NAM", an annual report issued in January 2025;
# 236's issuer is Sở TN&MT under "UBND TỈNH LAI CHÂU"; 237's is the Centre under "UBND TỈNH QUẢNG NINH"; 238's is
# a thị xã under the province named in "Kính gửi"; 239's is the Công an tỉnh (header "BỘ CÔNG AN / CÔNG AN TỈNH
# NGHỆ AN"), its signer written after his rank.
META = {
    "235": {"doc_number": "08/BC-BCĐ", "doc_type": "Báo cáo", "issued_date": "2025-01-10",
            "province": "Quảng Nam", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Võ Thanh Sơn"},
    "236": {"doc_number": "18/BC-STNMT", "doc_type": "Báo cáo", "issued_date": "2025-01-06",
            "province": "Lai Châu", "period_label": "quý IV năm 2024", "period_start": "2024-10-01",
            "period_end": "2024-12-31", "signer": "Lò Văn Hưởng"},
    "237": {"doc_number": "146/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2025-06-04",
            "province": "Quảng Ninh", "period_label": "tháng 5 năm 2025", "period_start": "2025-05-01",
            "period_end": "2025-05-31", "signer": "Đặng Thu Hiền"},
    "238": {"doc_number": "112/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-04-03",
            "province": "Bình Phước", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Nguyễn Thị Bích Ngọc"},
    "239": {"doc_number": "1375/BC-CAT-PC06", "doc_type": "Báo cáo", "issued_date": "2024-11-05",
            "province": "Nghệ An", "period_label": "tháng 10 năm 2024", "period_start": "2024-10-01",
            "period_end": "2024-10-31", "signer": "Trần Đức Thắng"},
}
