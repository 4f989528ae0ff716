"""Blind golden facts for corpus/blind38/265_lao_cai.txt, 266_quang_ngai.txt, 267_cao_bang.txt, 268_tay_ninh.txt and
269_hue.txt.

The five documents were written by the developers for a thirty-eighth blind measurement (issuers, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by reading
them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out text
for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind16.py (and blind13.py's table conventions): rows use
`golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it).
Prose and list counts are kind `count`; table cells are kind `value` with `extra={"source": "table"}` (rank
cells kind `rank`, plain numbers without max_value); `as_of="period"` is the period's end; `ANY` leaves a
field unchecked where the sentence names no catalogued indicator (`None` where it clearly names none).
"thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a count of local units
takes the unit of its first unit word ("63/99 xã, phường" → `xã`; "sở, ban, ngành", "cơ quan", "đơn vị" →
`đơn vị`, level of the bodies counted); a count of the files (or PAKN) an indicator is computed on carries
that indicator's code; every "đã giải quyết" count, the parts of a settled whole ("trước hạn", "đúng hạn"
apart) and a relative change of a count have their code unchecked. A change is dated at the end of the
period it describes; a fall ("giảm", "rút ngắn") is negative. A table column dated before the period end
keeps kind `value` with that date as `as_of`. Dates, document numbers, cited decrees, resolutions,
decisions, plans and letters ("Nghị định số 63/2010/NĐ-CP", "Nghị định số 118/2025/NĐ-CP", "Nghị quyết số
202/2025/QH15", "Quyết định số 766/QĐ-TTg", "Quyết định số 214/QĐ-UBND", "Công văn số 2016/VP-KSTT", "Công
văn số 3125/UBND-KSTT", "Kế hoạch số 186/KH-UBND"), cut-off dates ("tính đến ngày 31/12/2025", "tính đến
ngày 31/10/2025", "lúc 17 giờ ngày 31/10/2025", "Lũy kế từ ngày 01/7/2025"), section numbering ("I.", "1.",
"a)", "đ)"), the STT/TT columns, "Bảng 1", phone numbers ("0214.3840.576", "0255.3822.578", "0206.3840.215",
"0276.3822.147", "0234.3823.416"), addresses ("số 02 đường Hùng Vương", "tổ 4, thị trấn Đông Khê", "số 24
đường Tố Hữu"), periods named in words or as spans ("9 tháng đầu năm 2024", "Trong 9 tháng", "6 tháng cuối
năm 2025"), headings naming a year or the next period ("I. KẾT QUẢ THỰC HIỆN NĂM 2025", "II. MỤC TIÊU, CHỈ TIÊU
NĂM 2026", "II. NHIỆM VỤ QUÝ IV NĂM 2024", "6. Nhiệm vụ tháng 12 năm 2025")
and the aim "Để cải thiện kết quả Bộ chỉ số trong tháng 11 năm 2025" (no deadlines), the table headers'
years ("Năm 2024 (%)", "Chỉ tiêu năm 2026 (%)") and years are not figures.

New in this set (2024–2026):
- 265 is a Kế hoạch of UBND tỉnh Lào Cai (the province formed on 1 July 2025 from Lào Cai and Yên Bái, which
  the text names) for năm 2026, issued 12/01/2026. Its period is the plan's year (2026-01-01 to
  2026-12-31, from the title), but section I states the 2025 results "tính đến ngày 31/12/2025": every
  figure of section I is dated 2025-12-31 (kind value/count, not previous: it is the result the section
  reports), "(năm 2024: 1.175.314 hồ sơ)" is a previous value dated 2024-12-31 and "tăng 9,3% so với năm
  trước" a relative change dated 2025-12-31 (code unchecked). Province figures have subject NULL; the two
  levels after the merger are "cấp tỉnh" and "cấp xã" (no district level). "58 quyết định" is a count with
  code None; "Có 1.508 TTHC được cung cấp dịch vụ công trực tuyến, gồm toàn trình 1.062 TTHC và một phần
  446 TTHC" carries the "tthc_cung_cap" code for the whole. "trước hạn và đúng hạn 1.247.268 hồ sơ (đạt
  98,84%)" carries the on-time code. "đạt 62,58%, chưa đạt chỉ tiêu năm 2025 là 65%": the target dated
  2025-12-31, the share carries it with status "chưa đạt". Its Markdown table "Bảng 1" has three columns
  per indicator row: "Năm 2024 (%)" (kind value dated 2024-12-31), "Năm 2025 (%)" (kind value dated
  2025-12-31) and "Chỉ tiêu năm 2026 (%)" (kind target, dated at the period end 2026-12-31; three "100"
  cells); the row names the indicator, subject NULL. The 766 result "năm 2025 ... 86,74/100 điểm, xếp thứ
  9/34" and its changes are dated 2025-12-31; "so với tháng 7/2025 (84,56 điểm, xếp thứ 12/34)" are
  previous values dated 2025-07-31 (the previous total on the /100 scale). Six group scores `x/max` after
  "lần lượt là" separated by ";" (sum 86,74). "Có 14/19 sở, ban, ngành và 63/99 xã, phường xếp loại Tốt;
  còn 04 xã": counts (code None). The 2026 targets of section II ("không quá 3 ngày", "từ 90 điểm trở
  lên") are the province's, dated 2026-12-31; the target "đạt tối thiểu 70% đến hết năm 2026" in the
  task of "UBND các xã, phường" is theirs (level xã). Six deadlines: day, quarter, "chậm nhất" day in
  words, year (with the target), month, "trước ngày 15 hằng tháng" (issued 12/01/2026: first 15/01/2026).
- 266 is a monthly Báo cáo of the Sở Khoa học và Công nghệ tỉnh Quảng Ngãi (header "UBND TỈNH QUẢNG NGÃI /
  SỞ KHOA HỌC VÀ CÔNG NGHỆ"; the Sở took over the Sở Thông tin và Truyền thông, the province merged with
  Kon Tum), tháng 10 năm 2025, issued 07/11/2025, to the UBND tỉnh. Unlike the Sở reports of earlier sets,
  the Sở reports on the whole province: its figures have subject NULL (the Sở is only the reporter),
  except its own row in the agencies' table. "1.587 TTHC được cung cấp dịch vụ công trực tuyến (toàn
  trình 1.093 TTHC, một phần 494 TTHC), đạt 75,43%" carries the "tthc_cung_cap" code for the whole and
  its share; "1.552 thủ tục" on the national portal is a TTHC count with code unchecked. "(tháng 9/2025:
  74,61%)" and "so với tháng 9/2025 (84,49 điểm, xếp thứ 16/34)" are previous values dated 2025-09-30 (the
  previous total on the /100 scale); "giảm 0,42 điểm nhưng tăng 1 bậc" a fall and a rise. "so với chỉ tiêu
  năm 2025 UBND tỉnh giao là 60% thì chưa đạt chỉ tiêu": the target dated 2025-12-31, 58,36% carries it
  with status "chưa đạt". Payment shares by level after "lần lượt là"; identity accounts with their share.
  The six group scores are a dash list "- <group>: x/max điểm;" (sum 84,07). Block averages (subject
  unchecked; levels tỉnh/xã). "Có 11/18 sở, ban, ngành xếp loại Tốt, 06 cơ quan xếp loại Khá và 01 cơ quan
  xếp loại Trung bình; ở cấp xã có 42/96 đơn vị xếp loại Tốt": counts, unit `đơn vị`, code None. Its
  tab-separated table (STT column, units in the headers) lists six agencies (subject as written, "Sở Tư
  pháp", level tỉnh): score "Điểm tháng 9/2025" (kind value dated 2025-09-30), score "Điểm tháng 10/2025",
  rank "Xếp hạng" (kind rank, plain numbers, no max; three ranks equal to the STT). "(186 hồ sơ)" is the
  Sở Nông nghiệp và Môi trường's overdue count. Five deadlines in lettered items a)–đ): day, "chậm nhất"
  day, month, quarter, "trước ngày 05 hằng tháng" (issued 07/11/2025, after the 5th: first 05/12/2025).
- 267 is a nine-month Báo cáo of UBND huyện Thạch An (tỉnh Cao Bằng, named in "Kính gửi"), "9 tháng đầu năm
  2024" (stated as 01/01–30/9/2024, issued 04/10/2024). Figures under "a) Cấp huyện" have subject "cấp
  huyện" (level huyện), those under "b) Cấp xã" subject "cấp xã" (level xã); the district's own PAKN, score
  and rank have subject "UBND huyện Thạch An", level huyện. "261 TTHC thuộc thẩm quyền giải quyết của cấp
  huyện và 113 TTHC ... của cấp xã" are procedures by level. "(cùng kỳ năm 2023: 2.519 hồ sơ)" is a
  previous value dated 2023-09-30. "(21 hồ sơ)" of land files is part of the district level's overdue
  files (subject unchecked, level huyện). "so với chỉ tiêu tỉnh giao năm 2024 là 40% thì chưa đạt chỉ
  tiêu": the target dated 2024-12-31 (subject and level unchecked: the province sets it for the district
  and the sentence does not tie it to one level's wording), 36,85% carries it with status "chưa đạt".
  Best and worst communes in brackets ("Thị trấn Đông Khê", "xã Trọng Con", as written; also in the
  table); "còn 03 xã" is a count (unit `xã`, code None). Its Markdown table lists the 14 xã, thị trấn
  (subject as written, "Thị trấn Đông Khê", "Xã Canh Tân", level xã; files received, online share,
  payment share) with a "Cộng cấp xã" row with an empty STT cell (= cấp xã; its 8.480 and 53,66 are also
  in the prose). Digitisation shares by level after "tương ứng là". "09/09 PAKN" is one count (max 9),
  "đạt 100%" the share handled. "xếp thứ 4/10 huyện, thành phố, tăng 3 bậc so với quý II năm 2024 (thứ
  7/10)": the previous rank dated 2024-06-30. The target "đạt tối thiểu 40% đến hết năm 2024" in the task
  of "UBND các xã, thị trấn" is theirs, dated 2024-12-31. Six deadlines: day for three named communes,
  "chậm nhất" day in words, month, year (with the target), quarter, "trước ngày 18 hằng tháng" (issued
  04/10/2024: first 18/10/2024).
- 268 is a Thông báo of the Văn phòng UBND tỉnh Tây Ninh (header "UBND TỈNH TÂY NINH / VĂN PHÒNG"; the
  province merged with Long An, commune names from both), on the files settled late in tháng 10 năm 2025,
  issued 10/11/2025. Province figures have subject NULL. "(tháng 9/2025: 4.215 hồ sơ)" and "(tháng 9/2025:
  2,31%)" are previous values of the overdue count and share dated 2025-09-30; "tăng 0,56% so với tháng
  9/2025" the change of the on-time share. Overdue counts and on-time shares by level ("lần lượt là").
  Overdue files by field "đất đai 2.187 hồ sơ, chiếm 66,56%; ..." are parts of the province's overdue
  files: subject and level unchecked (a field is no body), counts with the overdue code, their shares
  (share of the overdue files, not an overdue rate) code unchecked. The agencies and communes are dash
  lists "- <body>: quá hạn n/m hồ sơ, tỷ lệ đúng hạn x%;": "n/m" is one count of overdue files (max m,
  the files the body settled), x its on-time share; subject as written ("Sở Xây dựng" level tỉnh, "UBND
  xã Đức Hòa", "UBND phường Long An" level xã). "Có 05/19 sở, ban, ngành có hồ sơ quá hạn", "61/96 xã,
  phường" (unit `xã`) and "35 đơn vị còn lại" are counts (code None). "Riêng Sở Nông nghiệp và Môi trường
  chiếm 71,72% số hồ sơ quá hạn của cấp tỉnh" and "Các đơn vị trên chiếm 35,42%" are shares of a level's
  overdue files (code unchecked). "chậm 6,2 ngày" is the average delay (code unchecked). Apology letters
  "2.957 văn bản ... đạt 89,99%" and "329 hồ sơ" and the backlog "1.528 hồ sơ ... giảm 412 hồ sơ so với
  ngày 30/9/2025 (1.940 hồ sơ)" name no catalogued indicator (code unchecked; the previous value dated
  2025-09-30). "điểm nhóm chỉ tiêu tiến độ giải quyết ... 17,86/20 điểm, tăng 0,44 điểm so với tháng
  9/2025 (17,42 điểm)" is the group score with its change and previous value (max 20). Five deadlines:
  day (for the Sở Nông nghiệp và Môi trường, not the office it directs), "chậm nhất" day in words for
  three named communes, month, quarter, "trước ngày 03 hằng tháng" (issued 10/11/2025: first 03/12/2025).
- 269 is a monthly Báo cáo of UBND phường Thuận Hóa (thành phố Huế, named in "Kính gửi"), a ward formed on
  1 July 2025, tháng 11 năm 2025 (stated as 01/11–30/11/2025, issued 03/12/2025). Every figure is the
  ward's (subject "UBND phường Thuận Hóa", level xã), except files by field ("hộ tịch 1.126 hồ sơ",
  "(lĩnh vực đất đai 29 hồ sơ, hộ tịch 05 hồ sơ)": subject unchecked, level xã; the received parts code
  unchecked, the overdue parts the overdue code) and the block averages (subject unchecked, level xã).
  "301 TTHC ... và 77 TTHC" are parts of the 378 (code unchecked). "giảm 5,2% so với tháng 10/2025 (3.886
  hồ sơ)": a relative fall (code unchecked) and a previous value dated 2025-10-31, as are the other
  "(tháng 10/2025: …)" values and "(90,55 điểm, xếp thứ 4/40)" (the ward's score has no max). "So với chỉ
  tiêu năm 2025 thành phố giao cho phường là 80% thì ... đã đạt chỉ tiêu": the ward's target dated
  2025-12-31, 84,36% carries it with status "đạt". "Lũy kế từ ngày 01/7/2025 đến nay ... 18.462 hồ sơ ...
  81,94%" are dated at the period end. "1.427/1.718 hồ sơ" is one count (max 1718). "cấp 1.036 bản,
  chiếm 69,91%" are electronic certified copies (unit `bản`). The six group scores of the ward are a dash
  list (sum 90,18). Rank "5/40" among the city's 40 xã, phường. Five deadlines: day, day in words
  ("xong trước ngày 20 tháng 12 năm 2025"), month, quarter, "trước ngày 18 hằng tháng" (issued 03/12/2025:
  first 18/12/2025).
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
_MOT_PHAN = "766.dvctt.mot_phan"
_TIME = "766.tien_do.thoi_gian"
_CT = "chung_thuc_dien_tu"
_KY_SO = "cds.ky_so"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_G_CK = "766.cong_khai"
_G_TD = "766.tien_do"
_G_DV = "766.dvctt"
_G_TT = "766.thanh_toan"
_G_HL = "766.hai_long"
_G_SH = "766.so_hoa"
_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_HUYEN = {"subject": "cấp huyện", "level": "huyện"}
_XA = {"subject": "cấp xã", "level": "xã"}


def _cells(subject: object, level: object, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject, level=level,
              as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


# ------------------------------------------------------------ 265: UBND tỉnh Lào Cai, Kế hoạch năm 2026
_Y2024 = "2024-12-31"
_Y2025 = "2025-12-31"
_JUL_265 = "2025-07-31"


def _r25(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A 2025 result of section I, dated 2025-12-31 (the plan's period is 2026)."""
    return F(context, raw, value, unit, kind, as_of=_Y2025, **kw)


def _row_265(code: str, y2024: str, y2025: str, target: str, after: str) -> list[Fact]:
    """One Markdown row of Bảng 1: the 2024 result, the 2025 result and the 2026 target of one indicator."""
    cells = [(y2024, "%", P, code, _Y2024), (y2025, "%", P, code, _Y2025), (target, "%", T, code, "period")]
    return _cells(None, None, cells, after, " | ", " |\n")


BLIND_265 = [
    # I.1 (63/2010/NĐ-CP, 118/2025/NĐ-CP, 766/QĐ-TTg and 202/2025/QH15 cited; "31/12/2025" is the cut-off)
    _r25("ký ban hành 58 quyết định", "58", 58, "quyết định", C, code=None),
    _r25("là 1.936 TTHC", "1.936", 1936, "TTHC", C, code=_TTHC),
    _r25("cấp tỉnh 1.571", "1.571", 1571, "TTHC", C, code=_TTHC, **_TINH),
    _r25("cấp xã 365", "365", 365, "TTHC", C, code=_TTHC, **_XA),
    _r25("Có 1.508 TTHC", "1.508", 1508, "TTHC", C, code=_CUNG_CAP),
    _r25("toàn trình 1.062", "1.062", 1062, "TTHC", C, code=_TOAN),
    _r25("một phần 446", "446", 446, "TTHC", C, code=_MOT_PHAN),
    # I.2
    _r25("tiếp nhận 1.284.617", "1.284.617", 1284617, "hồ sơ", C, code=_TN),
    F("(năm 2024: 1.175.314 hồ sơ)", "1.175.314", 1175314, "hồ sơ", PR, as_of=_Y2024, code=_TN),
    _r25("tăng 9,3%", "9,3%", 9.3, "%", CH, code=ANY),
    _r25("trực tuyến 1.012.574", "1.012.574", 1012574, "hồ sơ", C, code=_NOP),
    _r25("chiếm 78,82%", "78,82%", 78.82, "%", code=_NOP),
    _r25("giải quyết 1.261.903", "1.261.903", 1261903, "hồ sơ", C, code=ANY),
    _r25("đúng hạn 1.247.268", "1.247.268", 1247268, "hồ sơ", C, code=_DH),
    _r25("(đạt 98,84%)", "98,84%", 98.84, "%", code=_DH),
    _r25("quá hạn 14.635", "14.635", 14635, "hồ sơ", C, code=_QH),
    _r25("(chiếm 1,16%)", "1,16%", 1.16, "%", code=_QH),
    _r25("lần lượt là 99,21%", "99,21%", 99.21, "%", code=_DH, **_TINH),
    _r25("và 98,37%", "98,37%", 98.37, "%", code=_DH, **_XA),
    # the 2025 target, "chưa đạt chỉ tiêu"
    _r25("cả năm đạt 62,58%", "62,58%", 62.58, "%", code=_TT, target=65, stated_status="chưa đạt"),
    _r25("năm 2025 là 65%", "65%", 65, "%", T, code=_TT),
    # Bảng 1 (Markdown): 2024 result, 2025 result, 2026 target
    *_row_265(_NOP, "64,15", "78,82", "85", "| 2 | Tỷ lệ hồ sơ giải quyết"),
    *_row_265(_DH, "97,92", "98,84", "99", "| 3 | Tỷ lệ hồ sơ thanh toán"),
    *_row_265(_TT, "41,37", "62,58", "75", "| 4 | Tỷ lệ số hóa"),
    *_row_265(_SH, "78,04", "91,26", "100", "| 5 | Tỷ lệ khai thác"),
    *_row_265(_TSD, "22,61", "48,93", "70", "| 6 | Tỷ lệ cấp kết quả"),
    *_row_265(_KQ, "80,45", "95,17", "100", "| 7 | Mức độ hài lòng"),
    *_row_265(_HL, "96,08", "97,64", "98", "\n3. Tiếp nhận"),
    # I.3
    _r25("tiếp nhận 214 phản ánh", "214", 214, "PAKN", C, code=_PAKN_TN),
    _r25("xong 207 PAKN", "207", 207, "PAKN", C, code=_PAKN_XL),
    _r25("đạt 96,73%", "96,73%", 96.73, "%", code=_PAKN_TL),
    _r25("còn 07 PAKN", "07", 7, "PAKN", C, code=ANY),
    # I.4 the 2025 index; tháng 7/2025 dated 2025-07-31
    _r25("đạt 86,74/100", "86,74/100", 86.74, "điểm", max_value=100, code=_TONG),
    _r25("thứ 9/34", "9/34", 9, "hạng", R, max_value=34, code=_HANG),
    _r25("tăng 2,18 điểm", "2,18", 2.18, "điểm", CH, code=_TONG),
    _r25("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    F("(84,56 điểm", "84,56", 84.56, "điểm", PR, max_value=100, as_of=_JUL_265, code=_TONG),
    F("thứ 12/34)", "12/34", 12, "hạng", PR, max_value=34, as_of=_JUL_265, code=_HANG),
    _r25("lần lượt là 17,28/18", "17,28/18", 17.28, "điểm", max_value=18, code=_G_CK),
    _r25("; 19,42/20", "19,42/20", 19.42, "điểm", max_value=20, code=_G_TD),
    _r25("; 10,36/12", "10,36/12", 10.36, "điểm", max_value=12, code=_G_DV),
    _r25("; 7,15/10", "7,15/10", 7.15, "điểm", max_value=10, code=_G_TT),
    _r25("; 17,64/18", "17,64/18", 17.64, "điểm", max_value=18, code=_G_HL),
    _r25("và 14,89/22", "14,89/22", 14.89, "điểm", max_value=22, code=_G_SH),
    _r25("Có 14/19 sở", "14/19", 14, "đơn vị", C, max_value=19, subject=ANY, level="tỉnh", code=None),
    _r25("và 63/99 xã", "63/99", 63, "xã", C, max_value=99, subject=ANY, level="xã", code=None),
    _r25("còn 04 xã", "04", 4, "xã", C, subject=ANY, level="xã", code=None),
    # II.2 the province's 2026 targets (period end)
    F("không quá 3 ngày", "3", 3, "ngày", T, code=_TIME),
    F("từ 90 điểm", "90", 90, "điểm", T, code=_TONG),
    # III.4 the communes' target by the end of 2026 (0214.3840.576 is a phone number)
    F("tối thiểu 70%", "70%", 70, "%", T, subject="UBND các xã, phường", level="xã", code=_TT),
]

# ------------------------------------------------------------ 266: Sở KH&CN tỉnh Quảng Ngãi, tháng 10 năm 2025
_SEP_266 = "2025-09-30"


def _row_266(subject: str, september: str, october: str, rank: str, after: str) -> list[Fact]:
    """One tab-separated row of an agency: score at September (dated 2025-09-30), score at October, rank."""
    cells = [(september, "điểm", P, _TONG, _SEP_266), (october, "điểm", P, _TONG, "period"),
             (rank, "hạng", R, _HANG, "period")]
    return _cells(subject, "tỉnh", cells, after, "\t", "\n")


BLIND_266 = [
    # 1. (214/QĐ-UBND of 18/7/2025 cited)
    F("có 2.104 TTHC", "2.104", 2104, "TTHC", C, code=_TTHC),
    F("trong đó 1.587 TTHC", "1.587", 1587, "TTHC", C, code=_CUNG_CAP),
    F("(toàn trình 1.093", "1.093", 1093, "TTHC", C, code=_TOAN),
    F("một phần 494", "494", 494, "TTHC", C, code=_MOT_PHAN),
    F("đạt 75,43%", "75,43%", 75.43, "%", code=_CUNG_CAP),
    F("là 1.552 thủ tục", "1.552", 1552, "TTHC", C, code=ANY),
    # 2. tháng 9/2025 dated 2025-09-30
    F("tiếp nhận 104.726", "104.726", 104726, "hồ sơ", C, code=_TN),
    F("là 81.935", "81.935", 81935, "hồ sơ", C, code=_NOP),
    F("đạt 78,24%", "78,24%", 78.24, "%", code=_NOP),
    F("(tháng 9/2025: 74,61%)", "74,61%", 74.61, "%", PR, as_of=_SEP_266, code=_NOP),
    F("tăng 3,63%", "3,63%", 3.63, "%", CH, code=_NOP),
    F("cấp tỉnh đạt 84,57%", "84,57%", 84.57, "%", code=_NOP, **_TINH),
    F("cấp xã đạt 75,12%", "75,12%", 75.12, "%", code=_NOP, **_XA),
    F("trung bình là 3,8", "3,8", 3.8, "ngày", code=_TIME),
    F("đạt 58,36%", "58,36%", 58.36, "%", code=_TT, target=60, stated_status="chưa đạt"),
    F("giao là 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TT),
    F("lần lượt là 66,14%", "66,14%", 66.14, "%", code=_TT, **_TINH),
    F("và 54,92%", "54,92%", 54.92, "%", code=_TT, **_XA),
    F("đạt 92,48%", "92,48%", 92.48, "%", code=_SH),
    F("đạt 96,05%", "96,05%", 96.05, "%", code=_KQ),
    F("đạt 41,27%", "41,27%", 41.27, "%", code=_TSD),
    F("có 1.126.480", "1.126.480", 1126480, "tài khoản", C, code=_TK),
    F("đạt 78,9%", "78,9%", 78.9, "%", code=_TK),
    # 3. ("tính đến ngày 31/10/2025" is the period end); tháng 9/2025 dated 2025-09-30
    F("đạt 84,07/100", "84,07/100", 84.07, "điểm", max_value=100, code=_TONG),
    F("thứ 15/34", "15/34", 15, "hạng", R, max_value=34, code=_HANG),
    F("giảm 0,42 điểm", "0,42", -0.42, "điểm", CH, code=_TONG),
    F("tăng 1 bậc", "1", 1, "hạng", CH, code=_HANG),
    F("(84,49 điểm", "84,49", 84.49, "điểm", PR, max_value=100, as_of=_SEP_266, code=_TONG),
    F("thứ 16/34)", "16/34", 16, "hạng", PR, max_value=34, as_of=_SEP_266, code=_HANG),
    F("minh bạch: 16,94/18", "16,94/18", 16.94, "điểm", max_value=18, code=_G_CK),
    F("giải quyết: 18,87/20", "18,87/20", 18.87, "điểm", max_value=20, code=_G_TD),
    F("trực tuyến: 9,82/12", "9,82/12", 9.82, "điểm", max_value=12, code=_G_DV),
    F("trực tuyến: 5,84/10", "5,84/10", 5.84, "điểm", max_value=10, code=_G_TT),
    F("hài lòng: 17,53/18", "17,53/18", 17.53, "điểm", max_value=18, code=_G_HL),
    F("hồ sơ: 15,07/22", "15,07/22", 15.07, "điểm", max_value=22, code=_G_SH),
    # block averages and counts by grade
    F("ngành là 87,26 điểm", "87,26", 87.26, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("đặc khu là 79,83 điểm", "79,83", 79.83, "điểm", subject=ANY, level="xã", code=_TONG),
    F("Có 11/18 sở", "11/18", 11, "đơn vị", C, max_value=18, subject=ANY, level="tỉnh", code=None),
    F("06 cơ quan", "06", 6, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("01 cơ quan", "01", 1, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("có 42/96 đơn vị", "42/96", 42, "đơn vị", C, max_value=96, subject=ANY, level="xã", code=None),
    # tab-separated table of six agencies
    *_row_266("Sở Tư pháp", "94,12", "95,36", "1", "2\tSở Khoa học và Công nghệ"),
    *_row_266("Sở Khoa học và Công nghệ", "93,05", "94,18", "2", "3\tSở Nội vụ"),
    *_row_266("Sở Nội vụ", "91,47", "92,60", "3", "4\tSở Công Thương"),
    *_row_266("Sở Công Thương", "88,20", "87,95", "9", "5\tSở Xây dựng"),
    *_row_266("Sở Xây dựng", "80,14", "81,72", "16", "6\tSở Nông nghiệp và Môi trường"),
    *_row_266("Sở Nông nghiệp và Môi trường", "78,36", "79,05", "18", "\nSở Nông nghiệp và Môi trường có"),
    F("(186 hồ sơ)", "186", 186, "hồ sơ", C, subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_QH),
    # 4. ("số 02 đường Hùng Vương" is an address, 0255.3822.578 a phone number)
]

# ------------------------------------------------------------ 267: UBND huyện Thạch An (Cao Bằng), 9 tháng 2024
_TA = "UBND huyện Thạch An"


def _dist(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the district itself (subject its UBND, level huyện)."""
    return F(context, raw, value, unit, kind, subject=_TA, level="huyện", **kw)


def _row_267(subject: str, received: str, online: str, payment: str, after: str) -> list[Fact]:
    """One Markdown row of a xã/thị trấn (or "Cộng cấp xã"): files received, online share, payment share."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"), (payment, "%", P, _TT, "period")]
    return _cells(subject, "xã", cells, after, " | ", " |\n")


BLIND_267 = [
    # I.1 (2016/VP-KSTT of 09/9/2024 cited; 01/01/2024 and 30/9/2024 state the period)
    F("công khai 261 TTHC", "261", 261, "TTHC", C, code=_TTHC, **_HUYEN),
    F("và 113 TTHC", "113", 113, "TTHC", C, code=_TTHC, **_XA),
    # I.2 a) cấp huyện; cùng kỳ năm 2023 dated 2023-09-30
    F("tiếp nhận 2.847", "2.847", 2847, "hồ sơ", C, code=_TN, **_HUYEN),
    F("(cùng kỳ năm 2023: 2.519 hồ sơ)", "2.519", 2519, "hồ sơ", PR, as_of="2023-09-30", code=_TN, **_HUYEN),
    F("trực tuyến 1.862", "1.862", 1862, "hồ sơ", C, code=_NOP, **_HUYEN),
    F("chiếm 65,40%", "65,40%", 65.40, "%", code=_NOP, **_HUYEN),
    F("giải quyết 2.731", "2.731", 2731, "hồ sơ", C, code=ANY, **_HUYEN),
    F("trước hạn 1.904", "1.904", 1904, "hồ sơ", C, code=ANY, **_HUYEN),
    F("đúng hạn 802", "802", 802, "hồ sơ", C, code=ANY, **_HUYEN),
    F("quá hạn 25", "25", 25, "hồ sơ", C, code=_QH, **_HUYEN),
    F("đạt 99,08%", "99,08%", 99.08, "%", code=_DH, **_HUYEN),
    F("(21 hồ sơ)", "21", 21, "hồ sơ", C, subject=ANY, level="huyện", code=_QH),
    F("huyện đạt 36,85%", "36,85%", 36.85, "%", code=_TT, target=40, stated_status="chưa đạt", **_HUYEN),
    F("năm 2024 là 40%", "40%", 40, "%", T, subject=ANY, level=ANY, as_of=_Y2024, code=_TT),
    # b) cấp xã; best and worst units in brackets
    F("tiếp nhận 8.480", "8.480", 8480, "hồ sơ", C, code=_TN, **_XA),
    F("trực tuyến 4.550", "4.550", 4550, "hồ sơ", C, code=_NOP, **_XA),
    F("đạt 53,66%", "53,66%", 53.66, "%", code=_NOP, **_XA),
    F("đạt 99,62%", "99,62%", 99.62, "%", code=_DH, **_XA),
    F("cao nhất (68,10%)", "68,10%", 68.10, "%", subject="Thị trấn Đông Khê", level="xã", code=_NOP),
    F("thấp nhất (38,01%)", "38,01%", 38.01, "%", subject="xã Trọng Con", level="xã", code=_NOP),
    F("còn 03 xã", "03", 3, "xã", C, subject=ANY, level="xã", code=None),
    # Markdown table of the 14 xã, thị trấn; "Cộng cấp xã" row (= cấp xã)
    *_row_267("Thị trấn Đông Khê", "1.486", "68,10", "45,39", "| 2 | Xã Canh Tân"),
    *_row_267("Xã Canh Tân", "512", "52,34", "33,59", "| 3 | Xã Đức Long"),
    *_row_267("Xã Đức Long", "634", "53,79", "36,08", "| 4 | Xã Đức Thông"),
    *_row_267("Xã Đức Thông", "547", "40,04", "26,76", "| 5 | Xã Đức Xuân"),
    *_row_267("Xã Đức Xuân", "418", "54,31", "32,11", "| 6 | Xã Kim Đồng"),
    *_row_267("Xã Kim Đồng", "703", "55,76", "34,66", "| 7 | Xã Lê Lai"),
    *_row_267("Xã Lê Lai", "596", "53,36", "32,67", "| 8 | Xã Lê Lợi"),
    *_row_267("Xã Lê Lợi", "681", "53,45", "34,32", "| 9 | Xã Minh Khai"),
    *_row_267("Xã Minh Khai", "489", "52,56", "33,06", "| 10 | Xã Quang Trọng"),
    *_row_267("Xã Quang Trọng", "574", "52,44", "32,64", "| 11 | Xã Thái Cường"),
    *_row_267("Xã Thái Cường", "452", "52,65", "33,04", "| 12 | Xã Thụy Hùng"),
    *_row_267("Xã Thụy Hùng", "527", "52,37", "33,83", "| 13 | Xã Trọng Con"),
    *_row_267("Xã Trọng Con", "463", "38,01", "24,58", "| 14 | Xã Vân Trình"),
    *_row_267("Xã Vân Trình", "398", "40,45", "26,80", "| | Cộng cấp xã"),
    *_row_267("cấp xã", "8.480", "53,66", "34,67", "\n3. Số hóa"),
    # I.3 digitisation by level after "tương ứng là"
    F("tương ứng là 84,12%", "84,12%", 84.12, "%", code=_SH, **_HUYEN),
    F("và 71,58%", "71,58%", 71.58, "%", code=_SH, **_XA),
    F("huyện đạt 90,36%", "90,36%", 90.36, "%", code=_KQ, **_HUYEN),
    # I.4 the district's own PAKN
    _dist("tiếp nhận 09 phản ánh", "09", 9, "PAKN", C, code=_PAKN_TN),
    _dist("xử lý 09/09", "09/09", 9, "PAKN", C, max_value=9, code=_PAKN_XL),
    _dist("đạt 100%", "100%", 100, "%", code=_PAKN_TL),
    # I.5 ("tính đến ngày 30/9/2024" is the period end); quý II năm 2024 dated 2024-06-30
    _dist("đạt 82,47 điểm", "82,47", 82.47, "điểm", code=_TONG),
    _dist("thứ 4/10", "4/10", 4, "hạng", R, max_value=10, code=_HANG),
    _dist("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    _dist("(thứ 7/10)", "7/10", 7, "hạng", PR, max_value=10, as_of="2024-06-30", code=_HANG),
    # II.4 the communes' target by the end of 2024 ("tổ 4" is an address, 0206.3840.215 a phone number)
    F("tối thiểu 40%", "40%", 40, "%", T, subject="UBND các xã, thị trấn", level="xã", as_of=_Y2024, code=_TT),
]

# ------------------------------------------------------------ 268: Văn phòng UBND tỉnh Tây Ninh, tháng 10 năm 2025
_SEP_268 = "2025-09-30"


def _body(subject: str, level: str, overdue: str, settled: float, on_time: str) -> list[Fact]:
    """One dash item "- <body>: quá hạn n/m hồ sơ, tỷ lệ đúng hạn x%": the overdue count (max m) and the
    body's on-time share."""
    return [F(f"quá hạn {overdue}", overdue, _num(overdue.split("/")[0]), "hồ sơ", C, max_value=settled,
              subject=subject, level=level, code=_QH),
            F(f"đúng hạn {on_time}", on_time, _num(on_time), "%", subject=subject, level=level, code=_DH)]


BLIND_268 = [
    # I. (3125/UBND-KSTT of 22/8/2025 cited; "lúc 17 giờ ngày 31/10/2025" is the cut-off); tháng 9/2025 dated
    # 2025-09-30
    F("tiếp nhận 196.835", "196.835", 196835, "hồ sơ", C, code=_TN),
    F("giải quyết 187.462", "187.462", 187462, "hồ sơ", C, code=ANY),
    F("quá hạn 3.286", "3.286", 3286, "hồ sơ", C, code=_QH),
    F("(tháng 9/2025: 4.215 hồ sơ)", "4.215", 4215, "hồ sơ", PR, as_of=_SEP_268, code=_QH),
    F("chiếm 1,75%", "1,75%", 1.75, "%", code=_QH),
    F("(tháng 9/2025: 2,31%)", "2,31%", 2.31, "%", PR, as_of=_SEP_268, code=_QH),
    F("toàn tỉnh đạt 98,25%", "98,25%", 98.25, "%", code=_DH),
    F("tăng 0,56%", "0,56%", 0.56, "%", CH, code=_DH),
    F("cấp tỉnh là 1.174", "1.174", 1174, "hồ sơ", C, code=_QH, **_TINH),
    F("cấp xã là 2.112", "2.112", 2112, "hồ sơ", C, code=_QH, **_XA),
    F("lần lượt là 98,72%", "98,72%", 98.72, "%", code=_DH, **_TINH),
    F("và 97,79%", "97,79%", 97.79, "%", code=_DH, **_XA),
    # overdue files by field (parts of the province's overdue files)
    F("đất đai 2.187", "2.187", 2187, "hồ sơ", C, subject=ANY, level=ANY, code=_QH),
    F("chiếm 66,56%", "66,56%", 66.56, "%", subject=ANY, level=ANY, code=ANY),
    F("xây dựng 398", "398", 398, "hồ sơ", C, subject=ANY, level=ANY, code=_QH),
    F("chiếm 12,11%", "12,11%", 12.11, "%", subject=ANY, level=ANY, code=ANY),
    F("hộ tịch 264", "264", 264, "hồ sơ", C, subject=ANY, level=ANY, code=_QH),
    F("chiếm 8,03%", "8,03%", 8.03, "%", subject=ANY, level=ANY, code=ANY),
    F("khác 437", "437", 437, "hồ sơ", C, subject=ANY, level=ANY, code=_QH),
    F("chiếm 13,30%", "13,30%", 13.30, "%", subject=ANY, level=ANY, code=ANY),
    # II.1 cấp tỉnh: dash list of agencies
    F("Có 05/19 sở", "05/19", 5, "đơn vị", C, max_value=19, subject=ANY, level="tỉnh", code=None),
    *_body("Sở Nông nghiệp và Môi trường", "tỉnh", "842/9.736", 9736, "91,35%"),
    *_body("Sở Xây dựng", "tỉnh", "167/3.418", 3418, "95,11%"),
    *_body("Sở Tài chính", "tỉnh", "96/5.207", 5207, "98,16%"),
    *_body("Sở Công Thương", "tỉnh", "41/2.964", 2964, "98,62%"),
    *_body("Sở Y tế", "tỉnh", "28/1.853", 1853, "98,49%"),
    F("chiếm 71,72%", "71,72%", 71.72, "%", subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=ANY),
    # II.2 cấp xã: dash list of communes
    *_body("UBND xã Đức Hòa", "xã", "214/4.127", 4127, "94,81%"),
    *_body("UBND xã Bến Lức", "xã", "176/3.862", 3862, "95,44%"),
    *_body("UBND phường Long An", "xã", "143/3.415", 3415, "95,81%"),
    *_body("UBND phường Trảng Bàng", "xã", "118/2.978", 2978, "96,04%"),
    *_body("UBND xã Cần Giuộc", "xã", "97/3.046", 3046, "96,82%"),
    F("chiếm 35,42%", "35,42%", 35.42, "%", subject=ANY, level="xã", code=ANY),
    F("có 61/96 xã", "61/96", 61, "xã", C, max_value=96, subject=ANY, level="xã", code=None),
    F("; 35 đơn vị", "35", 35, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("chậm 6,2 ngày", "6,2", 6.2, "ngày", subject=ANY, level="xã", code=ANY),
    # III. apology letters and the backlog; 30/9/2025 dated 2025-09-30
    F("gửi 2.957 văn bản", "2.957", 2957, "văn bản", C, code=ANY),
    F("đạt 89,99%", "89,99%", 89.99, "%", code=ANY),
    F("còn 329 hồ sơ", "329", 329, "hồ sơ", C, code=ANY),
    F("còn 1.528 hồ sơ", "1.528", 1528, "hồ sơ", C, code=ANY),
    F("giảm 412 hồ sơ", "412", -412, "hồ sơ", CH, code=ANY),
    F("(1.940 hồ sơ)", "1.940", 1940, "hồ sơ", PR, as_of=_SEP_268, code=ANY),
    F("đạt 17,86/20", "17,86/20", 17.86, "điểm", max_value=20, code=_G_TD),
    F("tăng 0,44 điểm", "0,44", 0.44, "điểm", CH, code=_G_TD),
    F("(17,42 điểm)", "17,42", 17.42, "điểm", PR, max_value=20, as_of=_SEP_268, code=_G_TD),
    F("là 4,6 ngày", "4,6", 4.6, "ngày", code=_TIME),
    # IV. (0276.3822.147 is a phone number)
]

# ------------------------------------------------------------ 269: UBND phường Thuận Hóa (Huế), tháng 11 năm 2025
_TH = "UBND phường Thuận Hóa"
_OCT_269 = "2025-10-31"


def _ward(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the ward itself (subject the ward's UBND, level xã)."""
    return F(context, raw, value, unit, kind, subject=_TH, level="xã", **kw)


def _field(context: str, raw: str, code: object) -> Fact:
    """A count of the ward's files in one field (subject unchecked, level xã)."""
    return F(context, raw, _num(raw), "hồ sơ", C, subject=ANY, level="xã", code=code)


BLIND_269 = [
    # 1. (186/KH-UBND of 08/7/2025 cited; "số 24 đường Tố Hữu" is an address); tháng 10/2025 dated 2025-10-31
    _ward("tiếp nhận 378 TTHC", "378", 378, "TTHC", C, code=_TTHC),
    _ward("gồm 301 TTHC", "301", 301, "TTHC", C, code=ANY),
    _ward("và 77 TTHC", "77", 77, "TTHC", C, code=ANY),
    _ward("tiếp nhận 3.684", "3.684", 3684, "hồ sơ", C, code=_TN),
    _ward("giảm 5,2%", "5,2%", -5.2, "%", CH, code=ANY),
    _ward("(3.886 hồ sơ)", "3.886", 3886, "hồ sơ", PR, as_of=_OCT_269, code=_TN),
    _ward("trực tuyến 3.108", "3.108", 3108, "hồ sơ", C, code=_NOP),
    _ward("đạt 84,36%", "84,36%", 84.36, "%", code=_NOP, target=80, stated_status="đạt"),
    _ward("(tháng 10/2025: 83,42%)", "83,42%", 83.42, "%", PR, as_of=_OCT_269, code=_NOP),
    _field("hộ tịch 1.126", "1.126", ANY),
    _field("chứng thực 1.482", "1.482", ANY),
    _field("đất đai 614", "614", ANY),
    _field("khác 462", "462", ANY),
    _ward("phường là 80%", "80%", 80, "%", T, as_of=_Y2025, code=_NOP),
    _ward("tiếp nhận 18.462", "18.462", 18462, "hồ sơ", C, code=_TN),
    _ward("bình quân đạt 81,94%", "81,94%", 81.94, "%", code=_NOP),
    _ward("giải quyết 3.592", "3.592", 3592, "hồ sơ", C, code=ANY),
    _ward("trước hạn 2.846", "2.846", 2846, "hồ sơ", C, code=ANY),
    _ward("đúng hạn 712", "712", 712, "hồ sơ", C, code=ANY),
    _ward("quá hạn 34", "34", 34, "hồ sơ", C, code=_QH),
    _field("đất đai 29", "29", _QH),
    _field("hộ tịch 05", "05", _QH),
    _ward("đạt 99,05%", "99,05%", 99.05, "%", code=_DH),
    _ward("trung bình 2,4", "2,4", 2.4, "ngày", code=_TIME),
    _ward("rút ngắn 0,3", "0,3", -0.3, "ngày", CH, code=_TIME),
    # 2.
    _ward("tuyến: 1.427/1.718", "1.427/1.718", 1427, "hồ sơ", C, max_value=1718, code=_TT),
    _ward("đạt 83,06%", "83,06%", 83.06, "%", code=_TT),
    _ward("(tháng 10/2025: 79,47%)", "79,47%", 79.47, "%", PR, as_of=_OCT_269, code=_TT),
    _ward("tiếp nhận: 99,21%", "99,21%", 99.21, "%", code=_SH),
    _ward("cấp 1.036 bản", "1.036", 1036, "bản", C, code=_CT),
    _ward("chiếm 69,91%", "69,91%", 69.91, "%", code=_CT),
    _ward("điện tử: 97,38%", "97,38%", 97.38, "%", code=_KQ),
    _ward("số hóa: 52,64%", "52,64%", 52.64, "%", code=_TSD),
    _ward("tăng 4,15%", "4,15%", 4.15, "%", CH, code=_TSD),
    # 3.
    _ward("mới 1.284 tài khoản", "1.284", 1284, "tài khoản", C, code=_TK),
    _ward("có 71.926", "71.926", 71926, "tài khoản", C, code=_TK),
    _ward("đạt 92,7%", "92,7%", 92.7, "%", code=_TK),
    _ward("ký số đạt 98,9%", "98,9%", 98.9, "%", code=_KY_SO),
    # 4. ("Hue-S" is a name)
    _ward("tiếp nhận 07 phản ánh", "07", 7, "PAKN", C, code=_PAKN_TN),
    _ward("xử lý 06 PAKN", "06", 6, "PAKN", C, code=_PAKN_XL),
    _ward("01 PAKN đang", "01", 1, "PAKN", C, code=ANY),
    _ward("đạt 98,83%", "98,83%", 98.83, "%", code=_HL),
    _ward("(tháng 10/2025: 98,52%)", "98,52%", 98.52, "%", PR, as_of=_OCT_269, code=_HL),
    # 5. rank among the city's 40 xã, phường; tháng 10/2025 dated 2025-10-31
    _ward("đạt 90,18 điểm", "90,18", 90.18, "điểm", code=_TONG),
    _ward("thứ 5/40", "5/40", 5, "hạng", R, max_value=40, code=_HANG),
    _ward("giảm 0,37 điểm", "0,37", -0.37, "điểm", CH, code=_TONG),
    _ward("giảm 1 bậc", "1", -1, "hạng", CH, code=_HANG),
    _ward("(90,55 điểm", "90,55", 90.55, "điểm", PR, as_of=_OCT_269, code=_TONG),
    _ward("thứ 4/40)", "4/40", 4, "hạng", PR, max_value=40, as_of=_OCT_269, code=_HANG),
    _ward("minh bạch: 17,62/18", "17,62/18", 17.62, "điểm", max_value=18, code=_G_CK),
    _ward("giải quyết: 19,54/20", "19,54/20", 19.54, "điểm", max_value=20, code=_G_TD),
    _ward("trực tuyến: 11,08/12", "11,08/12", 11.08, "điểm", max_value=12, code=_G_DV),
    _ward("trực tuyến: 8,36/10", "8,36/10", 8.36, "điểm", max_value=10, code=_G_TT),
    _ward("hài lòng: 17,91/18", "17,91/18", 17.91, "điểm", max_value=18, code=_G_HL),
    _ward("hồ sơ: 15,67/22", "15,67/22", 15.67, "điểm", max_value=22, code=_G_SH),
    F("phường là 86,42 điểm", "86,42", 86.42, "điểm", subject=ANY, level="xã", code=_TONG),
    F("xã là 82,15 điểm", "82,15", 82.15, "điểm", subject=ANY, level="xã", code=_TONG),
    # 6. (0234.3823.416 is a phone number)
]

BLIND = {"265": BLIND_265, "266": BLIND_266, "267": BLIND_267, "268": BLIND_268, "269": BLIND_269}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "265": [
        ("2026-03-15", "day", "15/3/2026", "công bố danh mục TTHC đã chuẩn hóa", "Văn phòng UBND tỉnh"),
        ("2026-06-30", "quarter", "quý II năm 2026", "mở rộng kênh thanh toán phí, lệ phí trực tuyến", "Sở Tài chính"),
        ("2026-04-30", "day", "ngày 30 tháng 4 năm 2026", "nâng cấp Hệ thống thông tin giải quyết TTHC tỉnh",
         "Sở Khoa học và Công nghệ"),
        ("2026-12-31", "year", "năm 2026", "tỷ lệ hồ sơ thanh toán trực tuyến", "UBND các xã, phường"),
        ("2026-06-30", "month", "tháng 6/2026", "tập huấn số hóa hồ sơ", "Trung tâm Phục vụ hành chính công tỉnh"),
        # issued 12/01/2026: the first "ngày 15 hằng tháng" is 15/01/2026
        ("2026-01-15", "recurring", "15 hằng tháng", "báo cáo kết quả thực hiện Kế hoạch",
         "Các sở, ban, ngành, UBND các xã, phường"),
    ],
    "266": [
        ("2025-11-20", "day", "20/11/2025", "khắc phục lỗi thanh toán phí, lệ phí trực tuyến", "Sở Tài chính"),
        ("2025-11-25", "day", "25/11/2025", "kiểm tra việc số hóa hồ sơ", "Trung tâm Phục vụ hành chính công tỉnh"),
        ("2025-12-31", "month", "tháng 12/2025", "sử dụng lại dữ liệu số hóa", "UBND các xã, phường, đặc khu"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "kết nối Hệ thống thông tin giải quyết TTHC",
         "Trung tâm Chuyển đổi số tỉnh"),
        # issued 07/11/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/12/2025
        ("2025-12-05", "recurring", "05 hằng tháng", "đồng bộ kết quả giải quyết hồ sơ",
         "Các sở, ban, ngành, UBND các xã, phường, đặc khu"),
    ],
    "267": [
        ("2024-10-15", "day", "15/10/2024", "xây dựng kế hoạch nâng cao tỷ lệ hồ sơ trực tuyến",
         "UBND xã Trọng Con, UBND xã Đức Thông, UBND xã Vân Trình"),
        ("2024-10-31", "day", "ngày 31 tháng 10 năm 2024", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "Phòng Tài nguyên và Môi trường"),
        ("2024-11-30", "month", "tháng 11/2024", "chứng thực bản sao điện tử", "Phòng Tư pháp"),
        ("2024-12-31", "year", "năm 2024", "tỷ lệ hồ sơ thanh toán trực tuyến", "UBND các xã, thị trấn"),
        ("2024-12-31", "quarter", "quý IV năm 2024", "kiểm tra công tác kiểm soát TTHC",
         "Văn phòng HĐND và UBND huyện"),
        # issued 04/10/2024: the first "ngày 18 hằng tháng" is 18/10/2024
        ("2024-10-18", "recurring", "18 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các cơ quan chuyên môn thuộc UBND huyện, UBND các xã, thị trấn"),
    ],
    "268": [
        ("2025-11-25", "day", "25/11/2025", "giải quyết dứt điểm hồ sơ đất đai quá hạn",
         "Sở Nông nghiệp và Môi trường"),
        ("2025-11-20", "day", "ngày 20 tháng 11 năm 2025", "rà soát nguyên nhân",
         "UBND xã Đức Hòa, UBND xã Bến Lức, UBND phường Long An"),
        ("2025-11-30", "month", "tháng 11/2025", "gửi văn bản xin lỗi", "Các sở, ban, ngành, UBND các xã, phường"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "cảnh báo hồ sơ sắp đến hạn", "Sở Khoa học và Công nghệ"),
        # issued 10/11/2025, after the 3rd: the first "ngày 03 hằng tháng" is 03/12/2025
        ("2025-12-03", "recurring", "03 hằng tháng", "báo cáo nguyên nhân hồ sơ quá hạn", "Các cơ quan, đơn vị"),
    ],
    "269": [
        ("2025-12-12", "day", "12/12/2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("2025-12-20", "day", "ngày 20 tháng 12 năm 2025", "báo cáo tổng kết công tác cải cách TTHC năm 2025",
         "Trung tâm Phục vụ hành chính công phường"),
        ("2026-01-31", "month", "tháng 01/2026", "Kế hoạch cải cách hành chính năm 2026",
         "Văn phòng HĐND và UBND phường"),
        ("2026-03-31", "quarter", "quý I năm 2026", "kích hoạt tài khoản định danh điện tử", "Phòng Văn hóa - Xã hội"),
        # issued 03/12/2025: the first "ngày 18 hằng tháng" is 18/12/2025
        ("2025-12-18", "recurring", "18 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Trung tâm Phục vụ hành chính công phường"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 265's issuer is UBND tỉnh Lào Cai, a Kế hoạch whose period is the year in its title (2026; its section I
# reports 2025); 266's issuer is the Sở Khoa học và Công nghệ under "UBND TỈNH QUẢNG NGÃI"; 267's issuer is a
# district of Cao Bằng (named in "Kính gửi"), period stated as 01/01–30/9/2024; 268's issuer is the Văn phòng
# under "UBND TỈNH TÂY NINH", a Thông báo whose period is the month in its title; 269's issuer is a
# post-merger ward of thành phố Huế (named in "Kính gửi"), period stated as 01/11–30/11/2025.
META = {
    "265": {"doc_number": "21/KH-UBND", "doc_type": "Kế hoạch", "issued_date": "2026-01-12",
            "province": "Lào Cai", "period_label": "năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-12-31", "signer": "Hoàng Quốc Khánh"},
    "266": {"doc_number": "1187/BC-SKHCN", "doc_type": "Báo cáo", "issued_date": "2025-11-07",
            "province": "Quảng Ngãi", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Trần Văn Mẫn"},
    "267": {"doc_number": "387/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2024-10-04",
            "province": "Cao Bằng", "period_label": "9 tháng đầu năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-09-30", "signer": "Nông Văn Thịnh"},
    "268": {"doc_number": "356/TB-VP", "doc_type": "Thông báo", "issued_date": "2025-11-10",
            "province": "Tây Ninh", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Nguyễn Thị Thu Hằng"},
    "269": {"doc_number": "412/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-12-03",
            "province": "Huế", "period_label": "tháng 11 năm 2025", "period_start": "2025-11-01",
            "period_end": "2025-11-30", "signer": "Phan Thanh Hải"},
}
