"""Blind golden facts for corpus/blind26/205_can_tho.txt, 206_vinh_phuc.txt, 207_binh_thuan.txt,
208_lao_cai.txt and 209_dong_thap.txt.

The five documents were written by the developers for a twenty-sixth blind measurement (issuers, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by reading
them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out text
for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind16.py and blind15.py: rows use `golden.facts.Fact` (context
string that occurs once in the document + the figure as written inside it). Prose and list counts are kind
`count`; table cells are kind `value` with `extra={"source": "table"}`; `as_of="period"` is the period's
end; `ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it
clearly names none). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`;
a count of the files (or PAKN) an indicator is computed on carries that indicator's code; every "đã giải
quyết" count and the parts of a received or settled whole have their code unchecked, except "trước hạn và
đúng hạn" / "đúng hạn" written as the whole on-time count (on-time code). A change is dated at the period
end; a fall ("giảm", "rút ngắn") is negative. A count of local units takes the unit of its first unit word;
counts of "sở, ngành", "đơn vị", "địa phương" use `đơn vị`. Dates, document numbers, cited circulars,
plans, letters and decisions ("Thông tư số 01/2020/TT-VPCP", "Kế hoạch số 36/KH-UBND", "Quyết định số
412/QĐ-UBND", "Công văn số 2317/UBND-NN4", "Quyết định số 1015/QĐ-UBND", "Kế hoạch số 18/KH-UBND",
"Quyết định số 06/QĐ-TTg", "Quyết định số 766/QĐ-TTg"), the name "Đề án 06" and "BCĐ06", section
numbering ("I.", "1.", "a)", "đ)"), the STT/TT column, phone numbers ("0292.3820.166", "0211.3862.437",
"0252.3836.789", "0214.3871.201", "0277.3851.114"), "đường dây nóng 1022", street addresses ("số 2 Hòa
Bình", "số 8 đường Hai Bà Trưng", "số 04 đường Nguyễn Tất Thành", "số 01 đường Thạch Sơn"), times ("7 giờ
00", "11 giờ 30", "13 giờ 30", "17 giờ 00"), "mức độ 2", "từ 14 tuổi trở lên", "5 tháng đầu năm 2025" and "6
tháng đầu năm 2025" (periods), "giai đoạn 2022 - 2025", "năm 2030", "ngày 31/5/2025" (the data date =
period end), "từ ngày 01/3/2025", headings naming the next period ("III. NHIỆM VỤ THÁNG 6 NĂM 2025", "II. NHIỆM VỤ THÁNG
6/2025", "II. NHIỆM VỤ THÁNG 5 NĂM 2025", "II. NHIỆM VỤ QUÝ II NĂM 2025": no deadlines), the words
"Tốt", "Khá", "Trung bình" and years are not figures.

New in this set (all in 2025, before the 1 July 2025 merger):
- 205 is a monthly Báo cáo of UBND thành phố Cần Thơ (a centrally-run city: its figures have subject NULL)
  to the Văn phòng Chính phủ, tháng 5 năm 2025, issued 06/6/2025. The city's own level is written "cấp
  thành phố" (lower case): subject "cấp thành phố", level tỉnh. "05 quyết định" is a count with code None;
  "64 TTHC" published procedures (code unchecked). "1.218 TTHC dưới hình thức dịch vụ công trực tuyến"
  carries the DVCTT-offered code; "toàn trình 846 TTHC (chiếm 69,46%)" the full-online code for both.
  "(cùng kỳ năm 2024: 37.815 hồ sơ)" is a previous value of files received dated 2024-05-31 (the same
  month a year before). "Lũy kế 5 tháng đầu năm 2025" figures are cumulative to the period end: as_of is
  the period end (2025-05-31), codes of files received and on-time share. Its Markdown table lists the 9
  quận, huyện (subject as written, "UBND quận Ninh Kiều", level huyện; files received, online, on-time and
  payment shares; one "100" cell) with a "Cộng cấp huyện" row with an empty STT cell (= cấp huyện; its
  62,08 is also in the prose). "tăng 3,18% so với tháng 4/2025" is the payment share's change; "chỉ tiêu
  năm 2025 UBND thành phố đề ra là 60%, như vậy đến nay chưa đạt chỉ tiêu": the target is dated 2025-12-31
  and the 52,64% carries it with status "chưa đạt". "tăng 0,96 điểm nhưng giữ nguyên thứ hạng so với tháng
  4/2025 (86,45 điểm, thứ 9/63)": a rise and previous values dated 2025-04-30 (the same rank twice). Six
  group scores "<group> x/max" separated by ";" with no "điểm" after them (sum 87,41). Block averages
  (subject unchecked; levels tỉnh/huyện/xã). Counts of units by grade: "5/9 quận, huyện" (unit `quận`, the
  first unit word, max 9), "3 quận, huyện" (unit `quận`), "01 huyện" (unit `huyện`), all level huyện,
  subject unchecked, code None. The target in Sở Tài chính's task "đạt tối thiểu 60% trong quý III năm
  2025" is the city's (subject NULL), dated 2025-09-30. Four deadlines: day, quarter (with the target),
  "chậm nhất" day in words, "trước ngày 15 hằng tháng" (issued 06/6/2025: first 15/6/2025).
- 206 is a monthly Báo cáo of Sở Nông nghiệp và Môi trường tỉnh Vĩnh Phúc (header "UBND TỈNH VĨNH PHÚC /
  SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", formed 01/3/2025 by the merger the text names) on land files, tháng 5 năm
  2025. The Sở's figures have subject "Sở Nông nghiệp và Môi trường", level tỉnh; figures of the land field
  ("58 TTHC", "9.354 hồ sơ, chiếm 89,24%", the three kinds of land files settled) have subject ANY, level
  tỉnh, code unchecked. "(tháng 4/2025: …)" values are previous values dated 2025-04-30; "rút ngắn 1,3 ngày"
  is the fall of the processing time. The Văn phòng Đăng ký đất đai's own figures at its head office have
  subject "Văn phòng Đăng ký đất đai", level tỉnh. Its Markdown table (TT column, no units in the headers
  except "(%)": counts of files) lists the nine Chi nhánh (subject as written, "Chi nhánh Vĩnh Yên"; level
  unchecked: a Chi nhánh is a provincial body's branch seated in a district, so tỉnh and huyện are both
  defensible) with received, settled, overdue and on-time share (one "0" and one "100" cell) and a "Cộng"
  row with an empty TT cell (the branches together: subject and level unchecked). Two branches carry their
  overdue files in brackets (also in the table). "đã đạt chỉ tiêu UBND tỉnh giao năm 2025 là 70%": the
  Sở's target dated 2025-12-31, the 71,24% carries it with status "đạt". "xếp thứ 15/19 cơ quan cấp tỉnh,
  giảm 2 bậc so với tháng 4/2025 (thứ 13/19)": a rank among the province's agencies, a fall (-2) and the
  previous rank dated 2025-04-30. Four deadlines: day for two named branches, "chậm nhất" day, month, "trước
  ngày 25 hằng tháng" (issued 04/6/2025: first 25/6/2025).
- 207 is a monthly Báo cáo of the Trung tâm Phục vụ hành chính công tỉnh Bình Thuận (issuer over two header
  lines under "UBND TỈNH BÌNH THUẬN", place "Phan Thiết"), tháng 4 năm 2025, issued 05/5/2025. The Centre's
  own figures have subject "Trung tâm Phục vụ hành chính công tỉnh", level tỉnh, as golden/blind10.py's 134
  does. "38 quầy" (unit `quầy`), "19 sở, ngành" and "03 đơn vị" (unit `đơn vị`) are counts with code None.
  The received files are split in "+" items; "tăng 1.024 hồ sơ so với tháng 3/2025" is a change (no
  previous value stated); "(tháng 3/2025: …)" values are previous values dated 2025-03-31. "trước hạn 8.937
  hồ sơ, đúng hạn 2.218 hồ sơ, trễ hạn 49 hồ sơ" are parts of the files settled (the first two code
  unchecked; "trễ hạn" is overdue); "10.958 kết quả giải quyết TTHC điện tử, đạt 97,80%" a count (unit
  `kết quả`) and share of electronic results. A dash list of six provincial agencies "- <Sở>: n hồ sơ, trễ
  hạn m hồ sơ, đúng hạn x%;" (subject as written, level tỉnh; files received, overdue, on-time share). "chưa
  đạt chỉ tiêu UBND tỉnh giao cho Trung tâm năm 2025 (75%)": the Centre's target dated 2025-12-31, the
  68,92% carries it with status "chưa đạt". Two Sở carry their payment share in brackets. "3.482 triệu
  đồng" is a sum of money (code unchecked). "05/05 PAKN" is one count of PAKN handled (max 5). Section 5 is
  about the province (subject NULL): total "85,92/100", rank "17/63", rises and previous values dated
  2025-03-31, six group scores "<group> x/max điểm" in lower case (sum 85,92). The target "số hóa 100% hồ
  sơ … trong quý II năm 2025" belongs to "Các sở, ngành có quầy tại Trung tâm" (subject unchecked, level
  tỉnh), dated 2025-06-30. Four deadlines: day for two named bodies, month, quarter (with the target),
  "trước ngày 03 hằng tháng" (issued 05/5/2025, after the 3rd: first 03/6/2025).
- 208 is a quarterly Báo cáo of UBND thị xã Sa Pa (tỉnh Lào Cai, named in "Kính gửi"), quý I năm 2025,
  issued 03/4/2025. Figures under "a) Cấp huyện (Bộ phận Một cửa thị xã)" have subject "cấp huyện" (level
  huyện), those under "b) Cấp xã" subject "cấp xã" (level xã); "276 TTHC" of "UBND thị xã" and "131 TTHC"
  of "UBND cấp xã" likewise by level; the thị xã's own PAKN, score and rank have subject "UBND thị xã Sa
  Pa", level huyện. "100% TTHC được công khai" covers both levels (subject and level unchecked, code
  unchecked). "(kỳ trước chuyển sang 154 hồ sơ, mới tiếp nhận 2.692 hồ sơ)" are parts (code unchecked);
  "chiếm 74,78% số hồ sơ mới tiếp nhận" is the online share. "So với quý IV năm 2024 (2.417 hồ sơ), … tăng
  429 hồ sơ": a previous value dated 2024-12-31 and a change. The 16 phường, xã are a dash list "- <unit>:
  n hồ sơ, trực tuyến x%;" (subject as written, "Phường Sa Pa", "Xã Tả Van", level xã). "Chỉ tiêu tỉnh
  giao năm 2025 … là 70% đối với cấp huyện và 60% đối với cấp xã. Như vậy, cấp huyện đạt chỉ tiêu, cấp xã
  đạt chỉ tiêu chung": each target is its level's, dated 2025-12-31; 74,78% carries 70 and 65,08% carries
  60, both "đạt". "còn 08/16 xã, phường chưa đạt" is a count (unit `xã`, max 16, subject unchecked, level
  xã, code None), as is "16/16 xã, phường" (chứng thực). "2.184 trường hợp" of electronic certification
  is done by the Phòng Tư pháp and the communes together (subject and level unchecked). Shares by level
  after "tương ứng là". "(quý IV năm 2024: 19 PAKN)" is a previous value dated 2024-12-31. Rank "2/9"
  among the province's 9 district-level units; "điểm bình quân khối huyện của tỉnh" is the level average
  (subject unchecked, level huyện). The target "đến hết năm 2025 … đạt tối thiểu 50%" in the task of "UBND
  các xã, phường" is theirs (level xã), dated 2025-12-31. Five deadlines: day for two named communes,
  "chậm nhất" day in words, quarter, year (with the target), "trước ngày 18 hằng tháng" (issued 03/4/2025:
  first 18/4/2025).
- 209 is a quarterly Báo cáo of the Ban Chỉ đạo Đề án 06 tỉnh Đồng Tháp (header "UBND TỈNH ĐỒNG THÁP /
  BAN CHỈ ĐẠO ĐỀ ÁN 06", number "38/BC-BCĐ06"), quý I năm 2025, issued 10/4/2025, on online payment,
  digitisation and identity accounts. Province figures have subject NULL. "48.612 hồ sơ phát sinh nghĩa vụ
  tài chính" (the base of the payment share) has its code unchecked; "27.405 hồ sơ được thanh toán trực
  tuyến" and the shares carry the payment code. "(quý IV năm 2024: 51,26%)" is a previous value dated
  2024-12-31. Figures "cấp tỉnh …" have subject "cấp tỉnh" (level tỉnh); "cấp huyện và cấp xã …" subject
  "cấp huyện và cấp xã" (level unchecked: two levels together). "18.964 triệu đồng" is a sum of money; the
  two channel shares name no catalogued indicator (code unchecked). "Chỉ tiêu năm 2025 của tỉnh … là 60%,
  như vậy toàn tỉnh chưa đạt chỉ tiêu": the target dated 2025-12-31, the 56,38% carries it with status
  "chưa đạt". "tăng 5,12% so với quý IV năm 2024" is the digitisation share's change. Identity accounts
  "1.204.385" and "986.142" (code of identity accounts); "đạt 78,6% dân số" and the VNeID-authenticated
  share have code unchecked. Its tab-separated table (units in the headers) lists the 12 district-level
  areas (subject as written, "Thành phố Cao Lãnh", "Huyện Tân Hồng", level huyện; files with a fee, files
  paid online, payment share, digitisation share) and a "Cộng" row with an empty STT cell (equal to the
  prose "cấp huyện và cấp xã" 31.775 / 16.576 / 52,17: subject and level unchecked). Best and worst areas
  carry their share in brackets (also in the table). "02/12 huyện, thành phố" (unit `huyện`, max 12) and
  "10 địa phương" (unit `đơn vị`) are counts (level huyện, subject unchecked, code None). The target "đến
  hết năm 2025 … toàn tỉnh đạt tối thiểu 60%" in Sở Tài chính's task is the province's (subject NULL),
  dated 2025-12-31. Six deadlines: day for two named districts, year (with the target), month, quarter,
  "chậm nhất" day in words, "trước ngày 22 hằng tháng" (issued 10/4/2025: first 22/4/2025).
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
_CUNG_CAP = "766.dvctt.tthc_cung_cap"
_CT = "chung_thuc_dien_tu"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_Y2025 = "2025-12-31"
_GROUPS = ("766.cong_khai", "766.tien_do", "766.dvctt", "766.thanh_toan", "766.hai_long", "766.so_hoa")
_MAXIMA = (18, 20, 12, 10, 18, 22)


def _cells(subject: object, level: object, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject, level=level,
              as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


def _groups(contexts: list[str]) -> list[Fact]:
    """The six 766 group scores `x/max`, in the portal's order, each found by its context (which ends with
    the score as written)."""
    facts = []
    for context, code, top in zip(contexts, _GROUPS, _MAXIMA, strict=True):
        raw = context.split(" ")[-1]
        facts.append(F(context, raw, _num(raw.split("/")[0]), "điểm", max_value=top, code=code))
    return facts


# ------------------------------------------------------------ 205: UBND thành phố Cần Thơ, tháng 5 năm 2025
_APR_205 = "2025-04-30"
_TP = {"subject": "cấp thành phố", "level": "tỉnh"}
_HUYEN = {"subject": "cấp huyện", "level": "huyện"}
_XA = {"subject": "cấp xã", "level": "xã"}


def _row_205(subject: str, received: str, online: str, on_time: str, paid: str, after: str) -> list[Fact]:
    """One Markdown row of a quận/huyện (or "Cộng cấp huyện"): received, online, on-time and payment shares."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"),
             (on_time, "%", P, _DH, "period"), (paid, "%", P, _TT, "period")]
    return _cells(subject, "huyện", cells, after, " | ", " |\n")


BLIND_205 = [
    # I.1 (01/2020/TT-VPCP of 21/10/2020 and 36/KH-UBND of 20/02/2025 cited)
    F("ban hành 05 quyết định", "05", 5, "quyết định", C, code=None),
    F("danh mục 64 TTHC", "64", 64, "TTHC", C, code=ANY),
    F("là 1.905 TTHC", "1.905", 1905, "TTHC", C, code=_TTHC),
    F("cấp thành phố 1.497", "1.497", 1497, "TTHC", C, code=_TTHC, **_TP),
    F("cấp huyện 276", "276", 276, "TTHC", C, code=_TTHC, **_HUYEN),
    F("cấp xã 132", "132", 132, "TTHC", C, code=_TTHC, **_XA),
    # I.2
    F("cung cấp 1.218 TTHC", "1.218", 1218, "TTHC", C, code=_CUNG_CAP),
    F("toàn trình 846", "846", 846, "TTHC", C, code=_TOAN),
    F("(chiếm 69,46%)", "69,46%", 69.46, "%", code=_TOAN),
    F("một phần 372", "372", 372, "TTHC", C, code="766.dvctt.mot_phan"),
    # I.3 cùng kỳ năm 2024 dated 2024-05-31; shares by level after "lần lượt là"
    F("tiếp nhận 42.376", "42.376", 42376, "hồ sơ", C, code=_TN),
    F("(cùng kỳ năm 2024: 37.815 hồ sơ)", "37.815", 37815, "hồ sơ", PR, as_of="2024-05-31", code=_TN),
    F("là 29.148 hồ sơ", "29.148", 29148, "hồ sơ", C, code=_NOP),
    F("chiếm 68,78%", "68,78%", 68.78, "%", code=_NOP),
    F("lần lượt là 91,25%", "91,25%", 91.25, "%", code=_NOP, **_TP),
    F(", 62,08%", "62,08%", 62.08, "%", code=_NOP, **_HUYEN),
    F("và 47,36%", "47,36%", 47.36, "%", code=_NOP, **_XA),
    F("giải quyết 40.913", "40.913", 40913, "hồ sơ", C, code=ANY),
    F("đúng hạn 40.527", "40.527", 40527, "hồ sơ", C, code=_DH),
    F("(đạt 99,06%)", "99,06%", 99.06, "%", code=_DH),
    F("quá hạn 386", "386", 386, "hồ sơ", C, code=_QH),
    F("(chiếm 0,94%)", "0,94%", 0.94, "%", code=_QH),
    # cumulative to the period end
    F("tiếp nhận 193.482", "193.482", 193482, "hồ sơ", C, code=_TN),
    F("lũy kế đạt 98,87%", "98,87%", 98.87, "%", code=_DH),
    # Markdown table of the 9 quận, huyện, "Cộng cấp huyện" row (= cấp huyện)
    *_row_205("UBND quận Ninh Kiều", "3.412", "74,35", "99,12", "58,40", "| 2 | UBND quận Bình Thủy"),
    *_row_205("UBND quận Bình Thủy", "1.268", "66,80", "98,74", "51,26", "| 3 | UBND quận Cái Răng"),
    *_row_205("UBND quận Cái Răng", "1.395", "69,18", "99,57", "54,03", "| 4 | UBND quận Ô Môn"),
    *_row_205("UBND quận Ô Môn", "1.104", "58,42", "97,46", "43,18", "| 5 | UBND quận Thốt Nốt"),
    *_row_205("UBND quận Thốt Nốt", "1.187", "55,90", "98,05", "40,77", "| 6 | UBND huyện Phong Điền"),
    *_row_205("UBND huyện Phong Điền", "842", "61,64", "100", "47,92", "| 7 | UBND huyện Cờ Đỏ"),
    *_row_205("UBND huyện Cờ Đỏ", "765", "49,15", "96,38", "35,60", "| 8 | UBND huyện Vĩnh Thạnh"),
    *_row_205("UBND huyện Vĩnh Thạnh", "693", "47,62", "95,81", "33,14", "| 9 | UBND huyện Thới Lai"),
    *_row_205("UBND huyện Thới Lai", "804", "52,36", "99,30", "38,55", "| | Cộng cấp huyện"),
    *_row_205("cấp huyện", "11.470", "62,08", "98,52", "47,21", "\n4. Thanh toán"),
    # I.4 the 2025 target (dated at the year's end), "chưa đạt chỉ tiêu"
    F("thành phố đạt 52,64%", "52,64%", 52.64, "%", code=_TT, target=60, stated_status="chưa đạt"),
    F("tăng 3,18%", "3,18%", 3.18, "%", CH, code=_TT),
    F("đề ra là 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TT),
    F("TTHC đạt 88,72%", "88,72%", 88.72, "%", code=_SH),
    F("số hóa đạt 46,15%", "46,15%", 46.15, "%", code=_TSD),
    F("điện tử đạt 94,03%", "94,03%", 94.03, "%", code=_KQ),
    # I.5 ("đường dây nóng 1022" is a name)
    F("tiếp nhận 23 phản ánh", "23", 23, "PAKN", C, code=_PAKN_TN),
    F("xử lý 21 PAKN", "21", 21, "PAKN", C, code=_PAKN_XL),
    F("(đạt 91,30%)", "91,30%", 91.30, "%", code=_PAKN_TL),
    F("còn 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    F("TTHC đạt 97,84%", "97,84%", 97.84, "%", code=_HL),
    # I.6 (766/QĐ-TTg of 23/6/2022 cited; "ngày 31/5/2025" is the period end); tháng 4/2025 dated 2025-04-30
    F("đạt 87,41/100", "87,41/100", 87.41, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 9/63", "9/63", 9, "hạng", R, max_value=63, code=_HANG),
    F("tăng 0,96 điểm", "0,96", 0.96, "điểm", CH, code=_TONG),
    F("(86,45 điểm", "86,45", 86.45, "điểm", PR, max_value=100, as_of=_APR_205, code=_TONG),
    F("thứ 9/63)", "9/63", 9, "hạng", PR, max_value=63, as_of=_APR_205, code=_HANG),
    *_groups(["minh bạch 17,62/18", "giải quyết 19,41/20", "trực tuyến 10,28/12", "trực tuyến 6,35/10",
              "hài lòng 17,80/18", "hồ sơ 15,95/22"]),
    # block averages; counts of units by grade
    F("ngành đạt 89,16 điểm", "89,16", 89.16, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("huyện đạt 85,73 điểm", "85,73", 85.73, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("trấn đạt 82,08 điểm", "82,08", 82.08, "điểm", subject=ANY, level="xã", code=_TONG),
    F("Có 5/9", "5/9", 5, "quận", C, max_value=9, subject=ANY, level="huyện", code=None),
    F("Tốt, 3 quận", "3", 3, "quận", C, subject=ANY, level="huyện", code=None),
    F("và 01 huyện", "01", 1, "huyện", C, subject=ANY, level="huyện", code=None),
    # III.2 the city's target in quý III năm 2025 (0292.3820.166 is a phone number, "số 2 Hòa Bình" an address)
    F("tối thiểu 60%", "60%", 60, "%", T, as_of="2025-09-30", code=_TT),
]

# ------------------------------------------------------------ 206: Sở NN&MT tỉnh Vĩnh Phúc, tháng 5 năm 2025
_SNN = "Sở Nông nghiệp và Môi trường"
_VPDK = "Văn phòng Đăng ký đất đai"
_APR_206 = "2025-04-30"


def _so(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SNN, level="tỉnh", **kw)


def _row_206(subject: object, received: str, settled: str, overdue: str, on_time: str, after: str) -> list[Fact]:
    """One Markdown row of a Chi nhánh (or "Cộng"): received, settled, overdue files, on-time share. The
    level of a branch is left unchecked (see the module docstring)."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (settled, "hồ sơ", P, ANY, "period"),
             (overdue, "hồ sơ", P, _QH, "period"), (on_time, "%", P, _DH, "period")]
    return _cells(subject, ANY, cells, after, " | ", " |\n")


BLIND_206 = [
    # intro (412/QĐ-UBND of 26/02/2025, "từ ngày 01/3/2025" and 2317/UBND-NN4 of 14/4/2025 are no figures)
    _so("thực hiện 214 TTHC", "214", 214, "TTHC", C, code=_TTHC),
    F("đất đai 58 TTHC", "58", 58, "TTHC", C, subject=ANY, level="tỉnh", code=ANY),
    _so("là 176 TTHC", "176", 176, "TTHC", C, code=_TOAN),
    # I.1 tháng 4/2025 dated 2025-04-30
    _so("tiếp nhận 10.482", "10.482", 10482, "hồ sơ", C, code=_TN),
    _so("(tháng 4/2025: 9.617 hồ sơ)", "9.617", 9617, "hồ sơ", PR, as_of=_APR_206, code=_TN),
    F("là 9.354 hồ sơ", "9.354", 9354, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    F("chiếm 89,24%", "89,24%", 89.24, "%", subject=ANY, level="tỉnh", code=ANY),
    _so("là 7.913 hồ sơ", "7.913", 7913, "hồ sơ", C, code=_NOP),
    _so("đạt 75,49%", "75,49%", 75.49, "%", code=_NOP),
    _so("giải quyết 9.965", "9.965", 9965, "hồ sơ", C, code=ANY),
    _so("đúng hạn 9.512", "9.512", 9512, "hồ sơ", C, code=_DH),
    _so("(đạt 95,45%)", "95,45%", 95.45, "%", code=_DH),
    _so("quá hạn 453", "453", 453, "hồ sơ", C, code=_QH),
    _so("là 6,8 ngày", "6,8", 6.8, "ngày", code=_TIME),
    _so("rút ngắn 1,3 ngày", "1,3", -1.3, "ngày", CH, code=_TIME),
    # I.2 land files settled and their three kinds
    F("giải quyết 8.881", "8.881", 8881, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    F("biến động 6.918", "6.918", 6918, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    F("Giấy chứng nhận 1.427", "1.427", 1427, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    F("lần đầu 536", "536", 536, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    # the Văn phòng Đăng ký đất đai at its head office
    F("tiếp nhận 669", "669", 669, "hồ sơ", C, subject=_VPDK, level="tỉnh", code=_TN),
    F("giải quyết 639", "639", 639, "hồ sơ", C, subject=_VPDK, level="tỉnh", code=ANY),
    F("quá hạn 40 hồ sơ", "40", 40, "hồ sơ", C, subject=_VPDK, level="tỉnh", code=_QH),
    # Markdown table of the nine branches, "Cộng" row (the branches together)
    *_row_206("Chi nhánh Vĩnh Yên", "1.426", "1.352", "96", "92,90", "| 2 | Chi nhánh Phúc Yên"),
    *_row_206("Chi nhánh Phúc Yên", "1.018", "964", "41", "95,75", "| 3 | Chi nhánh Bình Xuyên"),
    *_row_206("Chi nhánh Bình Xuyên", "1.207", "1.139", "78", "93,15", "| 4 | Chi nhánh Tam Dương"),
    *_row_206("Chi nhánh Tam Dương", "836", "801", "12", "98,50", "| 5 | Chi nhánh Tam Đảo"),
    *_row_206("Chi nhánh Tam Đảo", "542", "527", "0", "100", "| 6 | Chi nhánh Lập Thạch"),
    *_row_206("Chi nhánh Lập Thạch", "781", "744", "19", "97,45", "| 7 | Chi nhánh Sông Lô"),
    *_row_206("Chi nhánh Sông Lô", "498", "476", "7", "98,53", "| 8 | Chi nhánh Vĩnh Tường"),
    *_row_206("Chi nhánh Vĩnh Tường", "1.315", "1.236", "102", "91,75", "| 9 | Chi nhánh Yên Lạc"),
    *_row_206("Chi nhánh Yên Lạc", "1.062", "1.003", "58", "94,22", "| | Cộng"),
    *_row_206(ANY, "8.685", "8.242", "413", "94,99", "\nHồ sơ quá hạn"),
    F("Vĩnh Tường (102 hồ sơ)", "102", 102, "hồ sơ", C, subject="Chi nhánh Vĩnh Tường", level=ANY, code=_QH),
    F("Vĩnh Yên (96 hồ sơ)", "96", 96, "hồ sơ", C, subject="Chi nhánh Vĩnh Yên", level=ANY, code=_QH),
    # I.3 the Sở's 2025 target (dated at the year's end), "đã đạt chỉ tiêu"
    _so("Sở đạt 93,68%", "93,68%", 93.68, "%", code=_SH),
    _so("đạt 71,24%", "71,24%", 71.24, "%", code=_TT, target=70, stated_status="đạt"),
    _so("(tháng 4/2025: 68,05%)", "68,05%", 68.05, "%", PR, as_of=_APR_206, code=_TT),
    _so("năm 2025 là 70%", "70%", 70, "%", T, as_of=_Y2025, code=_TT),
    # I.4
    _so("tiếp nhận 09 phản ánh", "09", 9, "PAKN", C, code=_PAKN_TN),
    _so("xử lý 07 PAKN", "07", 7, "PAKN", C, code=_PAKN_XL),
    _so("02 PAKN đang", "02", 2, "PAKN", C, code=ANY),
    # I.5 rank among the province's agencies; tháng 4/2025 dated 2025-04-30
    _so("Sở đạt 84,62 điểm", "84,62", 84.62, "điểm", code=_TONG),
    _so("thứ 15/19", "15/19", 15, "hạng", R, max_value=19, code=_HANG),
    _so("giảm 2 bậc", "2", -2, "hạng", CH, code=_HANG),
    _so("(thứ 13/19)", "13/19", 13, "hạng", PR, max_value=19, as_of=_APR_206, code=_HANG),
    # II. (0211.3862.437 is a phone number, "số 8 đường Hai Bà Trưng" an address)
]

# ------------------------------------------------------------ 207: TT PVHCC tỉnh Bình Thuận, tháng 4 năm 2025
_TTPV = "Trung tâm Phục vụ hành chính công tỉnh"
_MAR_207 = "2025-03-31"


def _tt(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Centre itself (subject the Centre, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_TTPV, level="tỉnh", **kw)


def _agency(subject: str, received: str, on_time: str, overdue: str | None = None) -> list[Fact]:
    """One dash-list item of a provincial agency: files received, overdue files (when written), on-time share."""
    head = f"{subject}: {received}"
    facts = [F(head, received, _num(received), "hồ sơ", C, subject=subject, level="tỉnh", code=_TN)]
    tail = f"{received} hồ sơ, "
    if overdue is not None:
        facts.append(F(f"{tail}trễ hạn {overdue}", overdue, _num(overdue), "hồ sơ", C, subject=subject,
                       level="tỉnh", code=_QH))
        tail = f"trễ hạn {overdue} hồ sơ, "
    facts.append(F(f"{tail}đúng hạn {on_time}", on_time, _num(on_time), "%", subject=subject, level="tỉnh",
                   code=_DH))
    return facts


BLIND_207 = [
    # I.1 (1015/QĐ-UBND of 18/5/2023 cited; working hours are no figures)
    _tt("bố trí 38 quầy", "38", 38, "quầy", C, code=None),
    _tt("cho 19 sở", "19", 19, "đơn vị", C, code=None),
    _tt("và 03 đơn vị", "03", 3, "đơn vị", C, code=None),
    # I.2 "+" items; tháng 3/2025 dated 2025-03-31
    _tt("tiếp nhận 11.658", "11.658", 11658, "hồ sơ", C, code=_TN),
    _tt("tăng 1.024", "1.024", 1024, "hồ sơ", CH, code=_TN),
    _tt("trực tuyến: 9.871", "9.871", 9871, "hồ sơ", C, code=_NOP),
    _tt("chiếm 84,67%", "84,67%", 84.67, "%", code=_NOP),
    _tt("(tháng 3/2025: 83,15%)", "83,15%", 83.15, "%", PR, as_of=_MAR_207, code=_NOP),
    _tt("công ích: 1.787", "1.787", 1787, "hồ sơ", C, code=_NTT),
    _tt("chiếm 15,33%", "15,33%", 15.33, "%", code=_NTT),
    _tt("kết quả 11.204", "11.204", 11204, "hồ sơ", C, code=ANY),
    _tt("trước hạn 8.937", "8.937", 8937, "hồ sơ", C, code=ANY),
    _tt("đúng hạn 2.218", "2.218", 2218, "hồ sơ", C, code=ANY),
    _tt("trễ hạn 49", "49", 49, "hồ sơ", C, code=_QH),
    _tt("đạt 99,56%", "99,56%", 99.56, "%", code=_DH),
    _tt("Đang giải quyết 2.316", "2.316", 2316, "hồ sơ", C, code=ANY),
    _tt("cấp 10.958", "10.958", 10958, "kết quả", C, code=_KQ),
    _tt("đạt 97,80%", "97,80%", 97.80, "%", code=_KQ),
    # dash list of six provincial agencies
    *_agency("Sở Nông nghiệp và Môi trường", "4.215", "99,24%", "31"),
    *_agency("Sở Tư pháp", "2.106", "100%"),
    *_agency("Công an tỉnh", "1.512", "99,58%", "6"),
    *_agency("Sở Xây dựng", "1.143", "98,87%", "12"),
    *_agency("Sở Công Thương", "985", "100%"),
    *_agency("Sở Y tế", "634", "100%"),
    # I.3 the Centre's 2025 target (dated at the year's end), "chưa đạt chỉ tiêu"
    _tt("Trung tâm đạt 68,92%", "68,92%", 68.92, "%", code=_TT, target=75, stated_status="chưa đạt"),
    _tt("(tháng 3/2025: 65,37%)", "65,37%", 65.37, "%", PR, as_of=_MAR_207, code=_TT),
    _tt("năm 2025 (75%)", "75%", 75, "%", T, as_of=_Y2025, code=_TT),
    _tt("là 3.482 triệu", "3.482", 3482, "triệu đồng", code=ANY),
    F("Sở Xây dựng (41,26%)", "41,26%", 41.26, "%", subject="Sở Xây dựng", level="tỉnh", code=_TT),
    F("Sở Công Thương (45,80%)", "45,80%", 45.80, "%", subject="Sở Công Thương", level="tỉnh", code=_TT),
    _tt("TTHC đạt 97,35%", "97,35%", 97.35, "%", code=_SH),
    _tt("số hóa đạt 52,40%", "52,40%", 52.40, "%", code=_TSD),
    _tt("chính 1.326", "1.326", 1326, "trường hợp", C, code=_CT),
    _tt("kích hoạt 2.346", "2.346", 2346, "tài khoản", C, code=_TK),
    # I.4
    _tt("tiếp nhận 05 phản ánh", "05", 5, "PAKN", C, code=_PAKN_TN),
    _tt("xong 05/05", "05/05", 5, "PAKN", C, max_value=5, code=_PAKN_XL),
    _tt("đạt 100%", "100%", 100, "%", code=_PAKN_TL),
    _tt("Trung tâm đạt 98,70%", "98,70%", 98.70, "%", code=_HL),
    # I.5 the province (subject NULL); tháng 3/2025 dated 2025-03-31
    F("đạt 85,92/100", "85,92/100", 85.92, "điểm", max_value=100, code=_TONG),
    F("thứ 17/63", "17/63", 17, "hạng", R, max_value=63, code=_HANG),
    F("tăng 1,37 điểm", "1,37", 1.37, "điểm", CH, code=_TONG),
    F("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    F("(84,55 điểm", "84,55", 84.55, "điểm", PR, max_value=100, as_of=_MAR_207, code=_TONG),
    F("thứ 20/63)", "20/63", 20, "hạng", PR, max_value=63, as_of=_MAR_207, code=_HANG),
    *_groups(["minh bạch 17,48/18", "giải quyết 19,52/20", "trực tuyến 10,05/12", "trực tuyến 5,96/10",
              "hài lòng 17,75/18", "hồ sơ 15,16/22"]),
    # II.3 the agencies' target in quý II năm 2025 (0252.3836.789 is a phone number, "số 04" an address)
    F("hóa 100% hồ sơ", "100%", 100, "%", T, subject=ANY, level="tỉnh", as_of="2025-06-30", code=_SH),
]

# ------------------------------------------------------------ 208: UBND thị xã Sa Pa, quý I năm 2025
_SP = "UBND thị xã Sa Pa"
_Q4_2024 = "2024-12-31"


def _commune(name: str, received: str, online: str) -> list[Fact]:
    """One dash-list item of a phường/xã: files received, online share."""
    return [F(f"{name}: {received}", received, _num(received), "hồ sơ", C, subject=name, level="xã", code=_TN),
              F(f"{name}: {received} hồ sơ, trực tuyến {online}", online, _num(online), "%", subject=name,
                level="xã", code=_NOP)]


BLIND_208 = [
    # I.1 (18/KH-UBND of 09/01/2025 cited)
    F("thị xã là 276", "276", 276, "TTHC", C, code=_TTHC, **_HUYEN),
    F("cấp xã là 131", "131", 131, "TTHC", C, code=_TTHC, **_XA),
    F("; 100% TTHC", "100%", 100, "%", subject=ANY, level=ANY, code=ANY),
    # I.2 a) cấp huyện; quý IV năm 2024 dated 2024-12-31
    F("là 2.846 hồ sơ", "2.846", 2846, "hồ sơ", C, code=_TN, **_HUYEN),
    F("sang 154", "154", 154, "hồ sơ", C, code=ANY, **_HUYEN),
    F("mới tiếp nhận 2.692", "2.692", 2692, "hồ sơ", C, code=ANY, **_HUYEN),
    F("trực tuyến 2.013", "2.013", 2013, "hồ sơ", C, code=_NOP, **_HUYEN),
    F("chiếm 74,78%", "74,78%", 74.78, "%", code=_NOP, target=70, stated_status="đạt", **_HUYEN),
    F("(2.417 hồ sơ)", "2.417", 2417, "hồ sơ", PR, as_of=_Q4_2024, code=_TN, **_HUYEN),
    F("tăng 429", "429", 429, "hồ sơ", CH, code=_TN, **_HUYEN),
    F("giải quyết 2.598", "2.598", 2598, "hồ sơ", C, code=ANY, **_HUYEN),
    F("đúng hạn 2.571", "2.571", 2571, "hồ sơ", C, code=_DH, **_HUYEN),
    F("đạt 98,96%", "98,96%", 98.96, "%", code=_DH, **_HUYEN),
    F("quá hạn 27", "27", 27, "hồ sơ", C, code=_QH, **_HUYEN),
    # b) cấp xã and the dash list of the 16 phường, xã
    F("tiếp nhận 5.934", "5.934", 5934, "hồ sơ", C, code=_TN, **_XA),
    F("trực tuyến 3.862", "3.862", 3862, "hồ sơ", C, code=_NOP, **_XA),
    F("đạt 65,08%", "65,08%", 65.08, "%", code=_NOP, target=60, stated_status="đạt", **_XA),
    F("giải quyết 5.871", "5.871", 5871, "hồ sơ", C, code=ANY, **_XA),
    F("đạt 99,73%", "99,73%", 99.73, "%", code=_DH, **_XA),
    *_commune("Phường Sa Pa", "842", "81,47%"),
    *_commune("Phường Sa Pả", "516", "72,09%"),
    *_commune("Phường Ô Quý Hồ", "388", "69,85%"),
    *_commune("Phường Phan Si Păng", "475", "74,32%"),
    *_commune("Phường Hàm Rồng", "611", "77,41%"),
    *_commune("Phường Cầu Mây", "402", "70,15%"),
    *_commune("Xã Thanh Bình", "286", "55,24%"),
    *_commune("Xã Tả Phìn", "314", "58,92%"),
    *_commune("Xã Trung Chải", "297", "52,19%"),
    *_commune("Xã Hoàng Liên", "335", "60,30%"),
    *_commune("Xã Mường Hoa", "368", "57,34%"),
    *_commune("Xã Tả Van", "421", "63,18%"),
    *_commune("Xã Ngũ Chỉ Sơn", "214", "45,33%"),
    *_commune("Xã Bản Hồ", "183", "41,53%"),
    *_commune("Xã Liên Minh", "156", "39,74%"),
    *_commune("Xã Mường Bo", "126", "43,65%"),
    # the 2025 targets by level (dated at the year's end)
    F("là 70% đối", "70%", 70, "%", T, as_of=_Y2025, code=_NOP, **_HUYEN),
    F("và 60% đối", "60%", 60, "%", T, as_of=_Y2025, code=_NOP, **_XA),
    F("còn 08/16", "08/16", 8, "xã", C, max_value=16, subject=ANY, level="xã", code=None),
    # I.3 shares by level after "tương ứng là"; electronic certification
    F("tương ứng là 58,46%", "58,46%", 58.46, "%", code=_TT, **_HUYEN),
    F("và 37,92%", "37,92%", 37.92, "%", code=_TT, **_XA),
    F("tương ứng là 91,37%", "91,37%", 91.37, "%", code=_SH, **_HUYEN),
    F("và 76,58%", "76,58%", 76.58, "%", code=_SH, **_XA),
    F("và 16/16", "16/16", 16, "xã", C, max_value=16, subject=ANY, level="xã", code=None),
    F("thực hiện 2.184", "2.184", 2184, "trường hợp", C, subject=ANY, level=ANY, code=_CT),
    # I.4 the thị xã's own PAKN, score and rank; quý IV năm 2024 dated 2024-12-31
    F("tiếp nhận 14 phản ánh", "14", 14, "PAKN", C, subject=_SP, level="huyện", code=_PAKN_TN),
    F("(quý IV năm 2024: 19 PAKN)", "19", 19, "PAKN", PR, subject=_SP, level="huyện", as_of=_Q4_2024,
      code=_PAKN_TN),
    F("xử lý 13 PAKN", "13", 13, "PAKN", C, subject=_SP, level="huyện", code=_PAKN_XL),
    F("đạt 92,86%", "92,86%", 92.86, "%", subject=_SP, level="huyện", code=_PAKN_TL),
    F("đạt 86,14 điểm", "86,14", 86.14, "điểm", subject=_SP, level="huyện", code=_TONG),
    F("thứ 2/9", "2/9", 2, "hạng", R, max_value=9, subject=_SP, level="huyện", code=_HANG),
    F("là 83,27 điểm", "83,27", 83.27, "điểm", subject=ANY, level="huyện", code=_TONG),
    # II.4 the communes' target by the end of 2025 (0214.3871.201 is a phone number, "số 01" an address)
    F("tối thiểu 50%", "50%", 50, "%", T, subject="UBND các xã, phường", level="xã", as_of=_Y2025, code=_TT),
]

# ------------------------------------------------------------ 209: BCĐ Đề án 06 tỉnh Đồng Tháp, quý I năm 2025


def _row_209(subject: object, level: object, due: str, paid: str, share: str, digitised: str,
             after: str) -> list[Fact]:
    """One tab-separated row of a district-level area (or "Cộng"): files with a fee, files paid online,
    payment share, digitisation share."""
    cells = [(due, "hồ sơ", P, ANY, "period"), (paid, "hồ sơ", P, _TT, "period"), (share, "%", P, _TT, "period"),
             (digitised, "%", P, _SH, "period")]
    return _cells(subject, level, cells, after, "\t", "\n")


def _area(subject: str, due: str, paid: str, share: str, digitised: str, after: str) -> list[Fact]:
    """A named district-level area's row (level huyện)."""
    return _row_209(subject, "huyện", due, paid, share, digitised, after)


_HX = {"subject": "cấp huyện và cấp xã", "level": ANY}

BLIND_209 = [
    # 1. (06/QĐ-TTg of 06/01/2022 cited; "2022 - 2025", "năm 2030" are years)
    F("có 48.612", "48.612", 48612, "hồ sơ", C, code=ANY),
    F("đó 27.405", "27.405", 27405, "hồ sơ", C, code=_TT),
    F("đạt 56,38%", "56,38%", 56.38, "%", code=_TT, target=60, stated_status="chưa đạt"),
    F("(quý IV năm 2024: 51,26%)", "51,26%", 51.26, "%", PR, as_of="2024-12-31", code=_TT),
    F("là 18.964 triệu", "18.964", 18964, "triệu đồng", code=ANY),
    F("cấp tỉnh 16.837", "16.837", 16837, "hồ sơ", C, subject="cấp tỉnh", level="tỉnh", code=ANY),
    F("tuyến 10.829", "10.829", 10829, "hồ sơ", C, subject="cấp tỉnh", level="tỉnh", code=_TT),
    F("(đạt 64,32%)", "64,32%", 64.32, "%", subject="cấp tỉnh", level="tỉnh", code=_TT),
    F("cấp xã 31.775", "31.775", 31775, "hồ sơ", C, code=ANY, **_HX),
    F("tuyến 16.576", "16.576", 16576, "hồ sơ", C, code=_TT, **_HX),
    F("(đạt 52,17%)", "52,17%", 52.17, "%", code=_TT, **_HX),
    F("chiếm 72,30%", "72,30%", 72.30, "%", code=ANY),
    F("chiếm 27,70%", "27,70%", 27.70, "%", code=ANY),
    F("tuyến là 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TT),
    # 2.
    F("tỉnh đạt 84,26%", "84,26%", 84.26, "%", code=_SH),
    F("tăng 5,12%", "5,12%", 5.12, "%", CH, code=_SH),
    F("điện tử đạt 92,47%", "92,47%", 92.47, "%", code=_KQ),
    F("số hóa đạt 38,91%", "38,91%", 38.91, "%", code=_TSD),
    # 3. ("mức độ 2" and "14 tuổi" are no figures)
    F("cấp 1.204.385", "1.204.385", 1204385, "tài khoản", C, code=_TK),
    F("đó 986.142", "986.142", 986142, "tài khoản", C, code=_TK),
    F("đạt 78,6%", "78,6%", 78.6, "%", code=ANY),
    F("VNeID đạt 45,18%", "45,18%", 45.18, "%", code=ANY),
    # 4. tab-separated table of the 12 district-level areas, "Cộng" row
    *_area("Thành phố Cao Lãnh", "4.126", "2.713", "65,75", "90,12", "2\tThành phố Sa Đéc"),
    *_area("Thành phố Sa Đéc", "3.085", "1.942", "62,95", "88,47", "3\tThành phố Hồng Ngự"),
    *_area("Thành phố Hồng Ngự", "2.214", "1.187", "53,61", "83,05", "4\tHuyện Tân Hồng"),
    *_area("Huyện Tân Hồng", "1.862", "816", "43,82", "78,36", "5\tHuyện Hồng Ngự"),
    *_area("Huyện Hồng Ngự", "2.347", "1.093", "46,57", "80,41", "6\tHuyện Tam Nông"),
    *_area("Huyện Tam Nông", "1.958", "884", "45,15", "79,88", "7\tHuyện Thanh Bình"),
    *_area("Huyện Thanh Bình", "2.631", "1.302", "49,49", "81,67", "8\tHuyện Cao Lãnh"),
    *_area("Huyện Cao Lãnh", "3.174", "1.536", "48,39", "82,54", "9\tHuyện Lấp Vò"),
    *_area("Huyện Lấp Vò", "2.905", "1.498", "51,57", "84,93", "10\tHuyện Lai Vung"),
    *_area("Huyện Lai Vung", "2.486", "1.263", "50,80", "83,70", "11\tHuyện Châu Thành"),
    *_area("Huyện Châu Thành", "2.219", "1.047", "47,18", "80,26", "12\tHuyện Tháp Mười"),
    *_area("Huyện Tháp Mười", "2.768", "1.295", "46,78", "81,15", "\tCộng"),
    *_row_209(ANY, ANY, "31.775", "16.576", "52,17", "83,46", "\nThành phố Cao Lãnh dẫn"),
    F("(65,75%)", "65,75%", 65.75, "%", subject="Thành phố Cao Lãnh", level="huyện", code=_TT),
    F("(43,82%)", "43,82%", 43.82, "%", subject="huyện Tân Hồng", level="huyện", code=_TT),
    F("có 02/12", "02/12", 2, "huyện", C, max_value=12, subject=ANY, level="huyện", code=None),
    F("năm; 10 địa phương", "10", 10, "đơn vị", C, subject=ANY, level="huyện", code=None),
    # 5.b) the province's target by the end of 2025 (0277.3851.114 is a phone number)
    F("tối thiểu 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TT),
]

BLIND = {"205": BLIND_205, "206": BLIND_206, "207": BLIND_207, "208": BLIND_208, "209": BLIND_209}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "205": [
        ("2025-06-16", "day", "16/6/2025", "xây dựng kế hoạch khắc phục các chỉ tiêu Bộ chỉ số đạt thấp",
         "UBND huyện Vĩnh Thạnh, UBND huyện Cờ Đỏ"),
        ("2025-09-30", "quarter", "quý III năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "Sở Tài chính"),
        ("2025-06-27", "day", "ngày 27 tháng 6 năm 2025", "nâng cấp Hệ thống thông tin giải quyết TTHC",
         "Sở Khoa học và Công nghệ"),
        # issued 06/6/2025: the first "ngày 15 hằng tháng" is 15/6/2025
        ("2025-06-15", "recurring", "15 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các sở, ban, ngành, UBND các quận, huyện"),
    ],
    "206": [
        ("2025-06-20", "day", "20/6/2025", "giải quyết dứt điểm các hồ sơ cấp Giấy chứng nhận quá hạn",
         "Chi nhánh Vĩnh Tường, Chi nhánh Vĩnh Yên"),
        ("2025-06-30", "day", "30/6/2025", "ban hành quy trình nội bộ", "Phòng Quản lý đất đai"),
        ("2025-07-31", "month", "tháng 7/2025", "đồng bộ cơ sở dữ liệu đất đai", "Văn phòng Đăng ký đất đai"),
        # issued 04/6/2025: the first "ngày 25 hằng tháng" is 25/6/2025
        ("2025-06-25", "recurring", "25 hằng tháng", "báo cáo số liệu hồ sơ quá hạn",
         "Các Chi nhánh Văn phòng Đăng ký đất đai"),
    ],
    "207": [
        ("2025-05-12", "day", "12/5/2025", "giải trình các hồ sơ trễ hạn", "Sở Xây dựng, Công an tỉnh"),
        ("2025-06-30", "month", "tháng 6/2025", "lắp đặt ki-ốt thanh toán", "Phòng Tiếp nhận và Trả kết quả"),
        ("2025-06-30", "quarter", "quý II năm 2025", "số hóa", "Các sở, ngành có quầy tại Trung tâm"),
        # issued 05/5/2025, after the 3rd: the first "ngày 03 hằng tháng" is 03/6/2025
        ("2025-06-03", "recurring", "03 hằng tháng", "tổng hợp số liệu", "Phòng Hành chính - Tổng hợp"),
    ],
    "208": [
        ("2025-04-15", "day", "15/4/2025", "xây dựng kế hoạch nâng tỷ lệ hồ sơ nộp trực tuyến",
         "UBND xã Liên Minh, UBND xã Bản Hồ"),
        ("2025-04-30", "day", "ngày 30 tháng 4 năm 2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "Phòng Nông nghiệp và Môi trường"),
        ("2025-06-30", "quarter", "quý II năm 2025", "kiểm tra việc tiếp nhận, giải quyết TTHC",
         "Văn phòng HĐND và UBND thị xã"),
        ("2025-12-31", "year", "năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "UBND các xã, phường"),
        # issued 03/4/2025: the first "ngày 18 hằng tháng" is 18/4/2025
        ("2025-04-18", "recurring", "18 hằng tháng", "gửi báo cáo kết quả giải quyết TTHC",
         "Các cơ quan chuyên môn thuộc UBND thị xã, UBND các xã, phường"),
    ],
    "209": [
        ("2025-04-25", "day", "25/4/2025", "xây dựng kế hoạch nâng tỷ lệ thanh toán trực tuyến",
         "UBND huyện Tân Hồng, UBND huyện Tam Nông"),
        ("2025-12-31", "year", "năm 2025", "tỷ lệ thanh toán trực tuyến", "Sở Tài chính"),
        ("2025-05-31", "month", "tháng 5/2025", "kết nối kho dữ liệu", "Sở Khoa học và Công nghệ"),
        ("2025-06-30", "quarter", "quý II năm 2025", "kiểm tra việc số hóa hồ sơ", "Văn phòng UBND tỉnh"),
        ("2025-07-05", "day", "ngày 05 tháng 7 năm 2025", "tổng hợp kết quả 6 tháng đầu năm 2025", "Công an tỉnh"),
        # issued 10/4/2025: the first "ngày 22 hằng tháng" is 22/4/2025
        ("2025-04-22", "recurring", "22 hằng tháng", "cập nhật số liệu thực hiện Đề án 06",
         "Các thành viên Ban Chỉ đạo, UBND các huyện, thành phố"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 205's issuer is UBND thành phố Cần Thơ (a centrally-run city), period the month in its title; 206's issuer is
# Sở Nông nghiệp và Môi trường under "UBND TỈNH VĨNH PHÚC"; 207's is the Trung tâm Phục vụ hành chính công
# under "UBND TỈNH BÌNH THUẬN" (place "Phan Thiết"); 208's is a thị xã (province named in "Kính gửi"), a
# quarterly report issued in April 2025; 209's is the Ban Chỉ đạo Đề án 06 under "UBND TỈNH ĐỒNG THÁP".
META = {
    "205": {"doc_number": "187/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-06-06",
            "province": "Cần Thơ", "period_label": "tháng 5 năm 2025", "period_start": "2025-05-01",
            "period_end": "2025-05-31", "signer": "Trương Minh Đức"},
    "206": {"doc_number": "1286/BC-SNNMT", "doc_type": "Báo cáo", "issued_date": "2025-06-04",
            "province": "Vĩnh Phúc", "period_label": "tháng 5 năm 2025", "period_start": "2025-05-01",
            "period_end": "2025-05-31", "signer": "Nguyễn Đức Thắng"},
    "207": {"doc_number": "126/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2025-05-05",
            "province": "Bình Thuận", "period_label": "tháng 4 năm 2025", "period_start": "2025-04-01",
            "period_end": "2025-04-30", "signer": "Võ Thị Ngọc Hân"},
    "208": {"doc_number": "97/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-04-03",
            "province": "Lào Cai", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Hoàng Văn Sinh"},
    "209": {"doc_number": "38/BC-BCĐ06", "doc_type": "Báo cáo", "issued_date": "2025-04-10",
            "province": "Đồng Tháp", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Phạm Văn Lộc"},
}
