"""Blind golden facts for corpus/blind41/280_dong_nai.txt, 281_nghe_an.txt, 282_ca_mau.txt, 283_hai_duong.txt and
284_lam_dong.txt.

The five documents were written by the developers for a forty-first blind measurement (provinces reused with
new issuers and new wording; not real documents), and every row below was written by reading them, before
any extraction, restoration or pipeline code was run on them. They also serve as held-out text for
diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind13.py … blind16.py: rows use `golden.facts.Fact` (context
string that occurs once in the document + the figure as written inside it). Prose and list counts are kind
`count`; table cells are kind `value` (signed change cells kind `change`, read without their plus sign) with
`extra={"source": "table"}`; `as_of="period"` is the period's end; a table column dated before the period end
keeps kind `value` with that date as `as_of`; a change is dated at the period end and a fall is negative.
`ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly
names none). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a count of
the files (or PAKN) an indicator is computed on carries that indicator's code; every "đã giải quyết" count
and the parts of a received or settled whole ("kỳ trước chuyển sang", "mới tiếp nhận", "trước hạn",
"đúng hạn" apart) have their code unchecked; a relative change of a count ("tăng 9,3% so với cùng kỳ năm
2024") has its code unchecked. Counts of local units take the unit of their first unit word and the level
of the units counted ("9/11 huyện, thành phố" → `huyện`, subject "cấp huyện"; "06/17 xã, phường" → `xã`,
subject "cấp xã"); counts of "sở, ban, ngành" and "cơ quan" use `đơn vị` (level tỉnh, subject unchecked).
A group score written without `/max` keeps the group's maximum when it is compared with a scored group (as
golden/blind6.py states). Dates, document numbers, cited decisions, plans and letters ("Quyết định số
766/QĐ-TTg", "Kế hoạch số 27/KH-UBND", "Công văn số 6712/UBND-KSTT", "Kế hoạch số 14/KH-UBND"), "tính đến
ngày 30/9/2024", section numbering ("I.", "1.", "a)", "3.1."), the STT/TT column, phone numbers
("0238.3844.626", "0290.3831.257", "0263.3822.119"), addresses and names with numbers ("số 16 đường Trường
Thi", "số 36 đường Trần Phú", "Phường 2", "Phường 5", "Phòng họp số 2"), "14 giờ 00", "mức độ 2", "6
tháng", "6 tháng đầu năm" as a period, "quý IV" / "tháng 11" in "chuyển sang quý IV" / "chuyển sang tháng
11", "ba cơ sở" (a number in words), headings naming the next period ("III. NHIỆM VỤ TRỌNG TÂM 6 THÁNG
CUỐI NĂM 2025", "6. Nhiệm vụ quý IV năm 2024", "II. NHIỆM VỤ QUÝ II NĂM 2025", "II. NHIỆM VỤ THÁNG 11 NĂM
2025": no deadlines) and years are not figures.

New in this set (the five issuers are new for their provinces):
- 280 is a half-year sơ kết Báo cáo of UBND tỉnh Đồng Nai (before the 1 July 2025 merger with Bình Phước),
  "6 tháng đầu năm 2025", issued 24/6/2025, whose title also names "6 tháng cuối năm 2025" (the period is
  the first half). Province figures have subject NULL. "03 kế hoạch", "11 văn bản" and "21 quyết định"
  are counts with code None; "công bố 318 TTHC (trong đó 142 …, 151 … và 25 …)" are published procedures
  (code unchecked). "1.284 TTHC … chiếm 65,64%" carries the "tthc_cung_cap" code. Online shares by level
  after "lần lượt là". "so với chỉ tiêu năm 2025 là 50% thì chưa đạt": the target is dated 2025-12-31
  and 46,83% carries it with status "chưa đạt"; the task's "đạt tối thiểu 50%" is the province's target
  again (subject NULL). "tăng 6,15% so với quý I năm 2025 (78,12%)": a change and a previous value dated
  2025-03-31. "cao hơn điểm bình quân cả nước (82,47 điểm)": subject "cả nước", level NULL, max 100. Its
  Markdown table compares the six groups at "Quý I/2025" (dated 2025-03-31) and "Quý II/2025" (quý II ends
  with the half-year: the period end), with a signed change column (one fall "-0,06"), no maxima written
  (max_value None), and a "Tổng điểm" row (code 766.tong_hop; its three values repeat the prose). Block
  averages (subject unchecked); counts by grade "14/18 sở, ban, ngành", "04 sở, ban, ngành" (`đơn vị`)
  and "9/11 huyện, thành phố", "02 huyện" (`huyện`, subject "cấp huyện"), code None. "còn 2.146 hồ sơ quá
  hạn, chiếm 32,45% tổng số hồ sơ quá hạn của tỉnh": the Sở's overdue count and its share of the
  province's overdue files (no catalogued indicator: code unchecked). Six deadlines: day, year (with the
  target), quarter, "chậm nhất" day in words, month, "trước ngày 10 hằng tháng" (issued 24/6/2025: first
  10/7/2025; assigned to the post-merger "UBND các xã, phường").
- 281 is a Báo cáo of Sở Công Thương tỉnh Nghệ An (header "UBND TỈNH NGHỆ AN / SỞ CÔNG THƯƠNG") on its own
  online procedures, "9 tháng năm 2024" (01/01–30/9/2024), issued 02/10/2024. Every figure is the Sở's
  (subject "Sở Công Thương", level tỉnh); the field rows of its table have subject ANY. "14 lĩnh vực" is a
  count with code None; "104 TTHC … toàn trình, chiếm 81,25%" and "24 TTHC còn lại … một phần". "tăng
  20,0% so với cùng kỳ năm 2023 (18.206 hồ sơ)": a relative change (code unchecked) and a previous value
  dated 2023-09-30. Its Markdown table by field (no units in the headers; counts of files received,
  submitted online (code of the online share), settled and overdue; "0" cells; the first row's two equal
  "17.416") has a "Tổng cộng" row with an empty STT cell (= the Sở; its four figures are also in the
  prose). "rút ngắn 0,3 ngày" is a fall of the processing time. "4.215 hồ sơ phát sinh phí, lệ phí" is
  the payment share's denominator (code unchecked), "thanh toán trực tuyến 3.482 hồ sơ" its numerator.
  "(6 tháng đầu năm 2024: 78,40%)" is dated 2024-06-30. "So với chỉ tiêu UBND tỉnh giao năm 2024 (70%),
  Sở đã đạt và vượt chỉ tiêu": the Sở's target dated 2024-12-31; 82,61% carries it with status "đạt".
  "02/02 PAKN" is one count (max 2). "xếp thứ 2/21 sở, ban, ngành, giữ nguyên thứ hạng" (no change
  figure); the agencies' average "87,57 điểm" is a level average (subject unchecked). The target "đến hết
  năm 2024 … của Sở đạt trên 60%" is the Sở's, dated 2024-12-31. Five deadlines in lettered items a)–đ):
  day, month (for "Văn phòng Sở", not the Centre it works with), "chậm nhất" day in words, year (with the
  target), "trước ngày 12 hằng tháng" (issued 02/10/2024: first 12/10/2024).
- 282 is a quarterly Báo cáo of UBND thành phố Cà Mau (a city under tỉnh Cà Mau, named in "Kính gửi"),
  quý I năm 2025, issued 03/4/2025, before the 2025 reform (post-March 2025 office "Phòng Nông nghiệp và
  Môi trường"). Figures under "a) Cấp huyện (Bộ phận Một cửa thành phố)" have subject "cấp huyện" (level
  huyện), those under "b) Cấp xã" subject "cấp xã" (level xã); "437 TTHC", "100% TTHC" (code unchecked),
  VNeID accounts, PAKN, score and rank are the city's own (subject "UBND thành phố Cà Mau", level huyện).
  "tăng 812 hồ sơ so với quý IV năm 2024 (5.506 hồ sơ)": a change and a previous value dated 2024-12-31;
  "4,6 ngày/hồ sơ" is cấp huyện's processing time.
  "chủ yếu thuộc lĩnh vực đất đai (84 hồ sơ)": overdue files of one field (subject unchecked, level
  huyện). "So với chỉ tiêu tỉnh giao năm 2025 … (60%), cả cấp huyện và cấp xã đều đạt chỉ tiêu": one
  target for both levels (subject and level unchecked), dated 2025-12-31; 73,05% and 62,59% carry it with
  status "đạt". "còn 06/17 xã, phường chưa đạt, cụ thể:" is followed by a dash list "- <unit>: tiếp nhận n
  hồ sơ, trực tuyến x%;" (subject as written, "Xã Lý Văn Lâm", "Phường Tân Thành", "Phường 2" whose name
  holds a number, level xã; their target and status are left unchecked). Payment shares by level after
  "tương ứng là". "17/17 xã, phường đã triển khai chứng thực bản sao điện tử" is a count of communes
  (code unchecked); "2.846 trường hợp" the electronic certifications of cấp xã. "xếp thứ 2/9 huyện, thành
  phố, tăng 1 bậc (quý IV năm 2024 xếp thứ 3/9)" and "tăng 2,14 điểm so với quý IV năm 2024 (85,12
  điểm)": changes and previous values dated 2024-12-31 (the city's score has no max). The communes'
  average (subject unchecked, level xã) and two communes with scores in brackets ("Phường 5", "xã Lý Văn
  Lâm"). Five deadlines: day for two named communes, "chậm nhất" day in words, month, quarter, "trước ngày
  14 hằng tháng" (issued 03/4/2025: first 14/4/2025).
- 283 is a Thông báo kết luận of the Chủ tịch UBND tỉnh Hải Dương at a meeting on TTHC reform, issued by the
  Văn phòng (header "UBND TỈNH HẢI DƯƠNG / VĂN PHÒNG", 58/TB-VP), quý I năm 2025 (in its title), issued
  18/4/2025; the meeting "Lúc 14 giờ 00 ngày 15/4/2025, tại Phòng họp số 2" has no figure and no deadline.
  Province figures have subject NULL. Online shares by level after "lần lượt là", files received by
  level "Cấp tỉnh tiếp nhận …, cấp huyện …, cấp xã …", digitisation shares by level in a bracket after
  "tương ứng là"; "tăng 4,62% so với quý IV năm 2024" is a change of the payment share. "120/207 xã, phường, thị
  trấn triển khai chứng thực bản sao điện tử từ bản chính, đạt 57,97%": a count of communes (unit `xã`,
  subject "cấp xã", code unchecked) and the province's share of communes offering the service (code
  766.so_hoa.chung_thuc; subject and level unchecked: the share is read about the province or about cấp
  xã with equal right). "(đứng thứ 3/11 tỉnh, thành phố vùng đồng bằng sông Hồng)" is a regional rank
  (code unchecked, as golden/blind6.py's "3/14"). "tăng 1,94 điểm và tăng 2 bậc so với quý IV năm 2024
  (84,92 điểm, xếp thứ 11/63)": changes and previous values dated 2024-12-31 (the previous total on the
  /100 scale). The six groups are a dash list "- <group>: x/max điểm (quý IV/2024: y điểm);": y is a
  previous value dated 2024-12-31 with the group's maximum. Averages of the agencies and of the districts
  (subject unchecked); "15/19 sở, ban, ngành" (`đơn vị`) and "10/12 huyện, thị xã, thành phố", "03/12 huyện,
  thị xã, thành phố" (`huyện`, subject "cấp huyện"), code None. Overdue files of three named bodies in brackets and
  three districts with their payment share in brackets (subject as written). The target "trong quý II năm 2025 …
  toàn tỉnh đạt trên 55%" is the province's, dated 2025-06-30. Five deadlines in numbered items 3.1.–3.5.: "chậm
  nhất" day (for the Sở, not the office it directs), day in words for two named units, quarter (with the target),
  month, "trước ngày 25 hằng tháng" (issued 18/4/2025: first 25/4/2025).
- 284 is a monthly Báo cáo of the Trung tâm Phục vụ hành chính công tỉnh Lâm Đồng (after the 1 July 2025
  merger with Đắk Nông and Bình Thuận; issuer over two header lines), tháng 10 năm 2025, issued 04/11/2025.
  The Centre's own figures have subject "Trung tâm Phục vụ hành chính công tỉnh", level tỉnh (as
  golden/blind10.py's 134); the province's 766 figures (subject NULL) rank it out of 34. "1.624 TTHC" is
  a count of procedures received at the Centre (code unchecked); "17 cơ quan" a count (`đơn vị`, code
  None). "(tháng 9/2025: 21.574 hồ sơ)" and "(thứ 14/34)" are previous values dated 2025-09-30. Files by
  channel: online (code and share), "trực tiếp 3.902" (code of direct submission), "bưu chính công ích
  443" (code unchecked). Its tab-separated table of the Centre's counters (units in the headers; subject
  the agency as written, "Công an tỉnh", level tỉnh; "Các cơ quan khác" subject unchecked; three "100"
  cells) has a "Cộng" row with an empty STT cell (= the Centre; its figures are also in the prose). A sum
  of money "3.846.250.000 đồng" (kind value, code unchecked); device ratings "12.604 lượt", "12.487 lượt"
  (counts, code unchecked) and their satisfaction share. Five deadlines: day (for the Sở, after "Đề
  nghị"), "chậm nhất" day in words, month, quarter, "trước ngày 25 hằng tháng" (issued 04/11/2025: first
  25/11/2025).
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
_SNN = "Sở Nông nghiệp và Môi trường"
_HUYEN = {"subject": "cấp huyện", "level": "huyện"}
_XA = {"subject": "cấp xã", "level": "xã"}


def _cells(subject: object, level: str | None, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs. A signed
    raw ("+0,46") is read without its plus sign."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw.lstrip("+")), unit, kind, subject=subject,
              level=level, as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


# ------------------------------------------------------------ 280: UBND tỉnh Đồng Nai, 6 tháng đầu năm 2025
_Q1_2025 = "2025-03-31"
_Y2025 = "2025-12-31"


def _group_280(code: str, q1: str, q2: str, change: str, after: str) -> list[Fact]:
    """One Markdown row of a group (or the total): score at quý I/2025 (dated 2025-03-31), at quý II/2025
    (the period end) and the signed change. No maximum is written in the table."""
    cells = [(q1, "điểm", P, code, _Q1_2025), (q2, "điểm", P, code, "period"), (change, "điểm", CH, code, "period")]
    return _cells(None, None, cells, after, " | ", " |\n")


BLIND_280 = [
    # I.1 (766/QĐ-TTg of 23/6/2022 and 27/KH-UBND of 17/01/2025 cited)
    F("ban hành 03 kế hoạch", "03", 3, "kế hoạch", C, code=None),
    F("và 11 văn bản", "11", 11, "văn bản", C, code=None),
    # I.2 published procedures (code unchecked); procedures by level
    F("ký 21 quyết định", "21", 21, "quyết định", C, code=None),
    F("công bố 318 TTHC", "318", 318, "TTHC", C, code=ANY),
    F("(trong đó 142 TTHC", "142", 142, "TTHC", C, code=ANY),
    F("hành, 151 TTHC", "151", 151, "TTHC", C, code=ANY),
    F("và 25 TTHC", "25", 25, "TTHC", C, code=ANY),
    F("tỉnh là 1.956 TTHC", "1.956", 1956, "TTHC", C, code=_TTHC),
    F("cấp tỉnh 1.571", "1.571", 1571, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code=_TTHC),
    F("cấp huyện 249", "249", 249, "TTHC", C, code=_TTHC, **_HUYEN),
    F("cấp xã 136", "136", 136, "TTHC", C, code=_TTHC, **_XA),
    # I.3
    F("có 1.284 TTHC", "1.284", 1284, "TTHC", C, code=_CUNG_CAP),
    F("chiếm 65,64%", "65,64%", 65.64, "%", code=_CUNG_CAP),
    F("toàn trình 873", "873", 873, "TTHC", C, code=_TOAN),
    F("một phần 411", "411", 411, "TTHC", C, code=_MOT),
    # I.4 online shares by level after "lần lượt là"
    F("tiếp nhận 612.438", "612.438", 612438, "hồ sơ", C, code=_TN),
    F("tăng 9,3%", "9,3%", 9.3, "%", CH, code=ANY),
    F("là 401.257", "401.257", 401257, "hồ sơ", C, code=_NOP),
    F("chiếm 65,52%", "65,52%", 65.52, "%", code=_NOP),
    F("lần lượt là 88,41%", "88,41%", 88.41, "%", subject="cấp tỉnh", level="tỉnh", code=_NOP),
    F(", 61,07%", "61,07%", 61.07, "%", code=_NOP, **_HUYEN),
    F("và 54,36%", "54,36%", 54.36, "%", code=_NOP, **_XA),
    F("giải quyết 587.916", "587.916", 587916, "hồ sơ", C, code=ANY),
    F("đúng hạn 581.303", "581.303", 581303, "hồ sơ", C, code=_DH),
    F("(đạt 98,88%)", "98,88%", 98.88, "%", code=_DH),
    F("quá hạn 6.613", "6.613", 6613, "hồ sơ", C, code=_QH),
    F("(chiếm 1,12%)", "1,12%", 1.12, "%", code=_QH),
    # I.5 the 2025 target (dated at the year's end), "chưa đạt"; quý I năm 2025 dated 2025-03-31
    F("toàn tỉnh đạt 46,83%", "46,83%", 46.83, "%", code=_TT, target=50, stated_status="chưa đạt"),
    F("năm 2025 là 50%", "50%", 50, "%", T, as_of=_Y2025, code=_TT),
    F("TTHC đạt 84,27%", "84,27%", 84.27, "%", code=_SH),
    F("tăng 6,15%", "6,15%", 6.15, "%", CH, code=_SH),
    F("(78,12%)", "78,12%", 78.12, "%", PR, as_of=_Q1_2025, code=_SH),
    F("điện tử đạt 92,64%", "92,64%", 92.64, "%", code=_KQ),
    F("mới đạt 37,18%", "37,18%", 37.18, "%", code=_TSD),
    # I.6
    F("tiếp nhận 58 phản ánh", "58", 58, "PAKN", C, code=_PAKN_TN),
    F("xử lý 52 PAKN", "52", 52, "PAKN", C, code=_PAKN_XL),
    F("(đạt 89,66%)", "89,66%", 89.66, "%", code=_PAKN_TL),
    F("còn 06 PAKN", "06", 6, "PAKN", C, code=ANY),
    F("TTHC đạt 96,72%", "96,72%", 96.72, "%", code=_HL),
    # I.7 quý I năm 2025 dated 2025-03-31; the national average
    F("đạt 86,50/100", "86,50/100", 86.50, "điểm", max_value=100, code=_TONG),
    F("thứ 17/63", "17/63", 17, "hạng", R, max_value=63, code=_HANG),
    F("tăng 3,20 điểm", "3,20", 3.20, "điểm", CH, code=_TONG),
    F("tăng 6 bậc", "6", 6, "hạng", CH, code=_HANG),
    F("(83,30 điểm", "83,30", 83.30, "điểm", PR, max_value=100, as_of=_Q1_2025, code=_TONG),
    F("thứ 23/63)", "23/63", 23, "hạng", PR, max_value=63, as_of=_Q1_2025, code=_HANG),
    F("(82,47 điểm)", "82,47", 82.47, "điểm", max_value=100, subject="cả nước", level=None, code=_TONG),
    # Markdown table of the six groups and the total at quý I and quý II
    *_group_280("766.cong_khai", "16,92", "17,38", "+0,46", "| 2 | Tiến độ"),
    *_group_280("766.tien_do", "19,18", "19,42", "+0,24", "| 3 | Dịch vụ"),
    *_group_280("766.dvctt", "9,46", "10,05", "+0,59", "| 4 | Thanh toán"),
    *_group_280("766.thanh_toan", "5,73", "6,21", "+0,48", "| 5 | Mức độ"),
    *_group_280("766.hai_long", "17,64", "17,58", "-0,06", "| 6 | Số hóa"),
    *_group_280("766.so_hoa", "14,37", "15,86", "+1,49", "| | Tổng điểm"),
    *_group_280(_TONG, "83,30", "86,50", "+3,20", "\nĐiểm bình quân"),
    # block averages, counts by grade, best and worst district-level units
    F("đạt 88,15 điểm", "88,15", 88.15, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("đạt 83,92 điểm", "83,92", 83.92, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("đạt 79,36 điểm", "79,36", 79.36, "điểm", subject=ANY, level="xã", code=_TONG),
    F("Có 14/18", "14/18", 14, "đơn vị", C, max_value=18, subject=ANY, level="tỉnh", code=None),
    F("Tốt, 04 sở", "04", 4, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("Khá; 9/11", "9/11", 9, "huyện", C, max_value=11, code=None, **_HUYEN),
    F("Tốt, 02 huyện", "02", 2, "huyện", C, code=None, **_HUYEN),
    F("(90,12 điểm)", "90,12", 90.12, "điểm", subject="thành phố Long Khánh", level="huyện", code=_TONG),
    F("(78,45 điểm)", "78,45", 78.45, "điểm", subject="huyện Tân Phú", level="huyện", code=_TONG),
    # II. the Sở's overdue files and their share of the province's overdue files
    F("còn 2.146", "2.146", 2146, "hồ sơ", C, subject=_SNN, level="tỉnh", code=_QH),
    F("chiếm 32,45%", "32,45%", 32.45, "%", subject=_SNN, level="tỉnh", code=ANY),
    # III.2 the province's target by the end of 2025 (in the task of Sở Tài chính)
    F("tối thiểu 50%", "50%", 50, "%", T, as_of=_Y2025, code=_TT),
]

# ------------------------------------------------------------ 281: Sở Công Thương tỉnh Nghệ An, 9 tháng năm 2024
_SCT = "Sở Công Thương"
_Y2024 = "2024-12-31"


def _so(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SCT, level="tỉnh", **kw)


def _row_281(subject: object, received: str, online: str, settled: str, overdue: str, after: str) -> list[Fact]:
    """One Markdown row of a field (or the total): files received, submitted online, settled, overdue."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (settled, "hồ sơ", P, ANY, "period"), (overdue, "hồ sơ", P, _QH, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_281 = [
    # 1. (6712/UBND-KSTT of 16/9/2024 cited; "số 16 đường Trường Thi" is an address)
    _so("thực hiện 128 TTHC", "128", 128, "TTHC", C, code=_TTHC),
    _so("thuộc 14 lĩnh vực", "14", 14, "lĩnh vực", C, code=None),
    _so("Có 104 TTHC", "104", 104, "TTHC", C, code=_TOAN),
    _so("chiếm 81,25%", "81,25%", 81.25, "%", code=_TOAN),
    _so("; 24 TTHC", "24", 24, "TTHC", C, code=_MOT),
    # 2. cùng kỳ năm 2023 dated 2023-09-30
    _so("Sở tiếp nhận 21.847", "21.847", 21847, "hồ sơ", C, code=_TN),
    _so("tăng 20,0%", "20,0%", 20.0, "%", CH, code=ANY),
    _so("(18.206 hồ sơ)", "18.206", 18206, "hồ sơ", PR, as_of="2023-09-30", code=_TN),
    _so("là 21.629 hồ sơ", "21.629", 21629, "hồ sơ", C, code=_NOP),
    _so("đạt 99,00%", "99,00%", 99.0, "%", code=_NOP),
    # Markdown table by field, "Tổng cộng" row (= the Sở)
    *_row_281(ANY, "17.416", "17.416", "17.402", "0", "| 2 | Lưu thông"),
    *_row_281(ANY, "2.138", "2.097", "2.105", "3", "| 3 | An toàn"),
    *_row_281(ANY, "812", "784", "776", "5", "| 4 | Điện"),
    *_row_281(ANY, "594", "571", "582", "2", "| 5 | Hóa chất"),
    *_row_281(ANY, "346", "331", "338", "0", "| 6 | Các lĩnh vực"),
    *_row_281(ANY, "541", "430", "531", "1", "| | Tổng cộng"),
    *_row_281(_SCT, "21.847", "21.629", "21.734", "11", "\nSở đã giải quyết"),
    # settled files and their parts; processing time and its fall
    _so("giải quyết 21.734", "21.734", 21734, "hồ sơ", C, code=ANY),
    _so("trước hạn 20.918", "20.918", 20918, "hồ sơ", C, code=ANY),
    _so("đúng hạn 805", "805", 805, "hồ sơ", C, code=ANY),
    _so("quá hạn 11 hồ sơ", "11", 11, "hồ sơ", C, code=_QH),
    _so("đạt 99,95%", "99,95%", 99.95, "%", code=_DH),
    _so("là 113 hồ sơ", "113", 113, "hồ sơ", C, code=ANY),
    _so("là 1,8 ngày", "1,8", 1.8, "ngày", code=_TIME),
    _so("rút ngắn 0,3", "0,3", -0.3, "ngày", CH, code=_TIME),
    # 3. 6 tháng đầu năm 2024 dated 2024-06-30; the Sở's 2024 target, "đã đạt và vượt chỉ tiêu"
    _so("có 4.215 hồ sơ", "4.215", 4215, "hồ sơ", C, code=ANY),
    _so("trực tuyến 3.482", "3.482", 3482, "hồ sơ", C, code=_TT),
    _so("đạt 82,61%", "82,61%", 82.61, "%", code=_TT, target=70, stated_status="đạt"),
    _so("2024: 78,40%)", "78,40%", 78.40, "%", PR, as_of="2024-06-30", code=_TT),
    _so("năm 2024 (70%)", "70%", 70, "%", T, as_of=_Y2024, code=_TT),
    _so("TTHC đạt 97,26%", "97,26%", 97.26, "%", code=_SH),
    _so("điện tử đạt 99,12%", "99,12%", 99.12, "%", code=_KQ),
    _so("hóa đạt 52,40%", "52,40%", 52.40, "%", code=_TSD),
    # 4.
    _so("tiếp nhận 02 phản ánh", "02", 2, "PAKN", C, code=_PAKN_TN),
    _so("xong 02/02", "02/02", 2, "PAKN", C, max_value=2, code=_PAKN_XL),
    _so("TTHC đạt 98,37%", "98,37%", 98.37, "%", code=_HL),
    # 5. rank among the province's agencies ("tính đến ngày 30/9/2024" is the period end); their average
    _so("đạt 91,84 điểm", "91,84", 91.84, "điểm", code=_TONG),
    _so("thứ 2/21", "2/21", 2, "hạng", R, max_value=21, code=_HANG),
    F("là 87,57 điểm", "87,57", 87.57, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    # 6.d) the Sở's target by the end of 2024 (0238.3844.626 is a phone number)
    _so("trên 60%", "60%", 60, "%", T, as_of=_Y2024, code=_TSD),
]

# ------------------------------------------------------------ 282: UBND thành phố Cà Mau, quý I năm 2025
_CM = "UBND thành phố Cà Mau"
_Q4_2024 = "2024-12-31"


def _city(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the city itself (subject the city's UBND, level huyện)."""
    return F(context, raw, value, unit, kind, subject=_CM, level="huyện", **kw)


def _unit_282(name: str, received: str, online: str) -> list[Fact]:
    """One dash-list item "- <unit>: tiếp nhận n hồ sơ, trực tuyến x%;" of a commune below the target."""
    return [F(f"tiếp nhận {received} hồ sơ", received, _num(received), "hồ sơ", C, subject=name, level="xã",
              code=_TN),
            F(f"trực tuyến {online}%", f"{online}%", _num(online), "%", subject=name, level="xã", code=_NOP)]


BLIND_282 = [
    # I.1 (14/KH-UBND of 21/01/2025 cited)
    _city("triển khai 437 TTHC", "437", 437, "TTHC", C, code=_TTHC),
    F("gồm 309 TTHC", "309", 309, "TTHC", C, code=_TTHC, **_HUYEN),
    F("và 128 TTHC", "128", 128, "TTHC", C, code=_TTHC, **_XA),
    _city("100% TTHC", "100%", 100, "%", code=ANY),
    # I.2 a) cấp huyện; quý IV năm 2024 dated 2024-12-31
    F("là 6.318 hồ sơ", "6.318", 6318, "hồ sơ", C, code=_TN, **_HUYEN),
    F("chuyển sang 274", "274", 274, "hồ sơ", C, code=ANY, **_HUYEN),
    F("mới tiếp nhận 6.044", "6.044", 6044, "hồ sơ", C, code=ANY, **_HUYEN),
    F("tăng 812 hồ sơ", "812", 812, "hồ sơ", CH, code=_TN, **_HUYEN),
    F("(5.506 hồ sơ)", "5.506", 5506, "hồ sơ", PR, as_of=_Q4_2024, code=_TN, **_HUYEN),
    F("là 4.415 hồ sơ", "4.415", 4415, "hồ sơ", C, code=_NOP, **_HUYEN),
    F("chiếm 73,05%", "73,05%", 73.05, "%", code=_NOP, target=60, stated_status="đạt", **_HUYEN),
    F("giải quyết 5.962", "5.962", 5962, "hồ sơ", C, code=ANY, **_HUYEN),
    F("đúng hạn 5.871", "5.871", 5871, "hồ sơ", C, code=_DH, **_HUYEN),
    F("đạt 98,47%", "98,47%", 98.47, "%", code=_DH, **_HUYEN),
    F("quá hạn 91", "91", 91, "hồ sơ", C, code=_QH, **_HUYEN),
    F("(84 hồ sơ)", "84", 84, "hồ sơ", C, subject=ANY, level="huyện", code=_QH),
    F("là 4,6 ngày", "4,6", 4.6, "ngày", code=_TIME, **_HUYEN),
    # I.2 b) cấp xã
    F("tiếp nhận 14.275", "14.275", 14275, "hồ sơ", C, code=_TN, **_XA),
    F("trực tuyến 8.934", "8.934", 8934, "hồ sơ", C, code=_NOP, **_XA),
    F("đạt 62,59%", "62,59%", 62.59, "%", code=_NOP, target=60, stated_status="đạt", **_XA),
    F("giải quyết 14.102", "14.102", 14102, "hồ sơ", C, code=ANY, **_XA),
    F("đạt 99,61%", "99,61%", 99.61, "%", code=_DH, **_XA),
    F("quá hạn 55", "55", 55, "hồ sơ", C, code=_QH, **_XA),
    # one 2025 target for both levels; the communes below it as a dash list
    F("trực tuyến (60%)", "60%", 60, "%", T, subject=ANY, level=ANY, as_of="2025-12-31", code=_NOP),
    F("còn 06/17", "06/17", 6, "xã", C, max_value=17, code=None, **_XA),
    *_unit_282("Xã Lý Văn Lâm", "412", "41,26"),
    *_unit_282("Xã Định Bình", "538", "46,83"),
    *_unit_282("Xã An Xuyên", "706", "50,17"),
    *_unit_282("Phường Tân Thành", "925", "53,92"),
    *_unit_282("Xã Hòa Tân", "467", "55,40"),
    *_unit_282("Phường 2", "1.083", "57,64"),
    # I.3 payment shares by level after "tương ứng là"; electronic certification
    F("tương ứng là 48,27%", "48,27%", 48.27, "%", code=_TT, **_HUYEN),
    F("và 35,14%", "35,14%", 35.14, "%", code=_TT, **_XA),
    F("huyện đạt 91,35%", "91,35%", 91.35, "%", code=_SH, **_HUYEN),
    F("xã đạt 78,62%", "78,62%", 78.62, "%", code=_SH, **_XA),
    F("huyện đạt 95,08%", "95,08%", 95.08, "%", code=_KQ, **_HUYEN),
    F("nay 17/17", "17/17", 17, "xã", C, max_value=17, code=ANY, **_XA),
    F("điện tử 2.846", "2.846", 2846, "trường hợp", C, code=_CT, **_XA),
    # I.4 VNeID accounts ("mức độ 2" is no figure)
    _city("thêm 9.417", "9.417", 9417, "tài khoản", C, code=_TK),
    _city("kế 176.352", "176.352", 176352, "tài khoản", C, code=_TK),
    _city("đạt 81,46%", "81,46%", 81.46, "%", code=_TK),
    # I.5 (0290.3831.257 is a phone number)
    _city("tiếp nhận 09 phản ánh", "09", 9, "PAKN", C, code=_PAKN_TN),
    _city("xử lý 08 PAKN", "08", 8, "PAKN", C, code=_PAKN_XL),
    _city("(đạt 88,89%)", "88,89%", 88.89, "%", code=_PAKN_TL),
    _city("còn 01 PAKN", "01", 1, "PAKN", C, code=ANY),
    _city("thành phố đạt 97,85%", "97,85%", 97.85, "%", code=_HL),
    # I.6 rank among the province's 9 district-level units; quý IV năm 2024 dated 2024-12-31
    _city("đạt 87,26 điểm", "87,26", 87.26, "điểm", code=_TONG),
    _city("tăng 2,14 điểm", "2,14", 2.14, "điểm", CH, code=_TONG),
    _city("(85,12 điểm)", "85,12", 85.12, "điểm", PR, as_of=_Q4_2024, code=_TONG),
    _city("thứ 2/9", "2/9", 2, "hạng", R, max_value=9, code=_HANG),
    _city("tăng 1 bậc", "1", 1, "hạng", CH, code=_HANG),
    _city("thứ 3/9)", "3/9", 3, "hạng", PR, max_value=9, as_of=_Q4_2024, code=_HANG),
    F("đạt 82,05 điểm", "82,05", 82.05, "điểm", subject=ANY, level="xã", code=_TONG),
    F("(89,40 điểm)", "89,40", 89.40, "điểm", subject="Phường 5", level="xã", code=_TONG),
    F("(74,12 điểm)", "74,12", 74.12, "điểm", subject="xã Lý Văn Lâm", level="xã", code=_TONG),
]

# ------------------------------------------------------------ 283: VP UBND tỉnh Hải Dương, quý I năm 2025


def _group_283(code: str, raw: str, top: int, previous: str) -> list[Fact]:
    """One dash-list line "- <group>: x/max điểm (quý IV/2024: y điểm);": the score and the previous one
    (dated 2024-12-31, with the group's maximum)."""
    score = raw.split("/")[0]
    return [F(f": {raw} điểm", raw, _num(score), "điểm", max_value=top, code=code),
            F(f"2024: {previous} điểm", previous, _num(previous), "điểm", PR, max_value=top, as_of=_Q4_2024,
              code=code)]


BLIND_283 = [
    # 1. ("Lúc 14 giờ 00 ngày 15/4/2025, tại Phòng họp số 2" is the meeting); online shares by level
    F("tiếp nhận 168.347", "168.347", 168347, "hồ sơ", C, code=_TN),
    F("trong đó 121.509", "121.509", 121509, "hồ sơ", C, code=_NOP),
    F("(72,18%)", "72,18%", 72.18, "%", code=_NOP),
    F("lần lượt là 91,56%", "91,56%", 91.56, "%", subject="cấp tỉnh", level="tỉnh", code=_NOP),
    F(", 70,23%", "70,23%", 70.23, "%", code=_NOP, **_HUYEN),
    F("và 64,85%", "64,85%", 64.85, "%", code=_NOP, **_XA),
    F("Cấp tỉnh tiếp nhận 38.416", "38.416", 38416, "hồ sơ", C, subject="cấp tỉnh", level="tỉnh", code=_TN),
    F("cấp huyện 41.257", "41.257", 41257, "hồ sơ", C, code=_TN, **_HUYEN),
    F("cấp xã 88.674", "88.674", 88674, "hồ sơ", C, code=_TN, **_XA),
    F("bình quân là 3,4", "3,4", 3.4, "ngày", code=_TIME),
    F("giải quyết 151.852", "151.852", 151852, "hồ sơ", C, code=ANY),
    F("đạt 99,06%", "99,06%", 99.06, "%", code=_DH),
    F("đạt 51,32%", "51,32%", 51.32, "%", code=_TT),
    F("tăng 4,62%", "4,62%", 4.62, "%", CH, code=_TT),
    F("đạt 88,45%", "88,45%", 88.45, "%", code=_SH),
    F("tương ứng là 95,12%", "95,12%", 95.12, "%", subject="cấp tỉnh", level="tỉnh", code=_SH),
    F(", 87,36%", "87,36%", 87.36, "%", code=_SH, **_HUYEN),
    F("và 81,04%", "81,04%", 81.04, "%", code=_SH, **_XA),
    F("TTHC đạt 96,41%", "96,41%", 96.41, "%", code=_HL),
    F("có 120/207", "120/207", 120, "xã", C, max_value=207, code=ANY, **_XA),
    F("đạt 57,97%", "57,97%", 57.97, "%", subject=ANY, level=ANY, code="766.so_hoa.chung_thuc"),
    F("tiếp nhận 47 phản ánh", "47", 47, "PAKN", C, code=_PAKN_TN),
    F("xử lý 45 PAKN", "45", 45, "PAKN", C, code=_PAKN_XL),
    F("(đạt 95,74%)", "95,74%", 95.74, "%", code=_PAKN_TL),
    # quý IV năm 2024 dated 2024-12-31; a regional rank
    F("đạt 86,86/100", "86,86/100", 86.86, "điểm", max_value=100, code=_TONG),
    F("thứ 9/63", "9/63", 9, "hạng", R, max_value=63, code=_HANG),
    F("thứ 3/11", "3/11", 3, "hạng", R, max_value=11, code=ANY),
    F("tăng 1,94 điểm", "1,94", 1.94, "điểm", CH, code=_TONG),
    F("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    F("(84,92 điểm", "84,92", 84.92, "điểm", PR, max_value=100, as_of=_Q4_2024, code=_TONG),
    F("thứ 11/63)", "11/63", 11, "hạng", PR, max_value=63, as_of=_Q4_2024, code=_HANG),
    # the six groups as a dash list, each with its quý IV/2024 score in brackets
    *_group_283("766.cong_khai", "17,26/18", 18, "17,02"),
    *_group_283("766.tien_do", "19,45/20", 20, "19,38"),
    *_group_283("766.dvctt", "10,34/12", 12, "9,87"),
    *_group_283("766.thanh_toan", "6,12/10", 10, "5,64"),
    *_group_283("766.hai_long", "17,82/18", 18, "17,90"),
    *_group_283("766.so_hoa", "15,87/22", 22, "15,11"),
    # averages and counts by grade
    F("ngành là 89,03 điểm", "89,03", 89.03, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("thành phố là 85,27 điểm", "85,27", 85.27, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("Có 15/19", "15/19", 15, "đơn vị", C, max_value=19, subject=ANY, level="tỉnh", code=None),
    F("và 10/12", "10/12", 10, "huyện", C, max_value=12, code=None, **_HUYEN),
    # 2. overdue files of three named bodies; districts below the province's average
    F("còn 1.426", "1.426", 1426, "hồ sơ", C, code=_QH),
    F("(612 hồ sơ)", "612", 612, "hồ sơ", C, subject=_SNN, level="tỉnh", code=_QH),
    F("(287 hồ sơ)", "287", 287, "hồ sơ", C, subject="UBND thành phố Chí Linh", level="huyện", code=_QH),
    F("(194 hồ sơ)", "194", 194, "hồ sơ", C, subject="UBND huyện Kim Thành", level="huyện", code=_QH),
    F("Còn 03/12", "03/12", 3, "huyện", C, max_value=12, code=None, **_HUYEN),
    F("(32,08%)", "32,08%", 32.08, "%", subject="huyện Thanh Hà", level="huyện", code=_TT),
    F("(35,47%)", "35,47%", 35.47, "%", subject="huyện Ninh Giang", level="huyện", code=_TT),
    F("(38,90%)", "38,90%", 38.90, "%", subject="huyện Thanh Miện", level="huyện", code=_TT),
    F("đạt 34,72%", "34,72%", 34.72, "%", code=_TSD),
    # 3.3 the province's target in quý II năm 2025 (in the task of Sở Tài chính)
    F("trên 55%", "55%", 55, "%", T, as_of="2025-06-30", code=_TT),
]

# ------------------------------------------------------------ 284: Trung tâm PVHCC tỉnh Lâm Đồng, tháng 10 năm 2025
_TTC = "Trung tâm Phục vụ hành chính công tỉnh"
_SEP_2025 = "2025-09-30"


def _centre(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Centre itself (subject the Centre, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_TTC, level="tỉnh", **kw)


def _row_284(subject: object, received: str, online: str, settled: str, on_time: str, after: str) -> list[Fact]:
    """One tab-separated row of a counter (or the total): files received, online share, files settled,
    on-time share. STT is no figure."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"),
             (settled, "hồ sơ", P, ANY, "period"), (on_time, "%", P, _DH, "period")]
    return _cells(subject, "tỉnh", cells, after, "\t", "\n")


BLIND_284 = [
    # I.1 ("số 36 đường Trần Phú" is an address, "ba cơ sở" a number in words)
    _centre("của 1.624 TTHC", "1.624", 1624, "TTHC", C, code=ANY),
    F("của 17 cơ quan", "17", 17, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    # I.2 tháng 9/2025 dated 2025-09-30; files by channel
    _centre("là 24.863 hồ sơ", "24.863", 24863, "hồ sơ", C, code=_TN),
    _centre("(tháng 9/2025: 21.574 hồ sơ)", "21.574", 21574, "hồ sơ", PR, as_of=_SEP_2025, code=_TN),
    _centre("trực tuyến 20.518", "20.518", 20518, "hồ sơ", C, code=_NOP),
    _centre("(82,52%)", "82,52%", 82.52, "%", code=_NOP),
    _centre("trực tiếp 3.902", "3.902", 3902, "hồ sơ", C, code=_NTT),
    _centre("ích 443", "443", 443, "hồ sơ", C, code=ANY),
    # tab-separated table of the counters, "Cộng" row (= the Centre)
    *_row_284(_SNN, "6.218", "70,02", "5.904", "96,82", "2\tSở Xây dựng"),
    *_row_284("Sở Xây dựng", "1.046", "91,40", "1.012", "99,41", "3\tSở Công Thương"),
    *_row_284("Sở Công Thương", "3.875", "99,85", "3.869", "100", "4\tSở Y tế"),
    *_row_284("Sở Y tế", "1.582", "88,24", "1.537", "99,74", "5\tSở Tư pháp"),
    *_row_284("Sở Tư pháp", "4.936", "86,91", "4.902", "99,88", "6\tSở Giáo dục"),
    *_row_284("Sở Giáo dục và Đào tạo", "1.213", "95,13", "1.198", "100", "7\tSở Tài chính"),
    *_row_284("Sở Tài chính", "2.407", "78,65", "2.361", "99,15", "8\tSở Nội vụ"),
    *_row_284("Sở Nội vụ", "684", "82,16", "671", "99,70", "9\tSở Văn hóa"),
    *_row_284("Sở Văn hóa, Thể thao và Du lịch", "512", "90,23", "497", "100", "10\tCông an tỉnh"),
    *_row_284("Công an tỉnh", "1.845", "64,55", "1.832", "99,95", "11\tCác cơ quan khác"),
    *_row_284(ANY, "545", "71,74", "529", "99,62", "\tCộng"),
    *_row_284(_TTC, "24.863", "82,52", "24.312", "99,06", "\n3. Tình hình"),
    # I.3 the settled files; one Sở's overdue files
    _centre("giải quyết 24.312", "24.312", 24312, "hồ sơ", C, code=ANY),
    _centre("đúng hạn 24.083", "24.083", 24083, "hồ sơ", C, code=_DH),
    _centre("đạt 99,06%", "99,06%", 99.06, "%", code=_DH),
    _centre("quá hạn 229", "229", 229, "hồ sơ", C, code=_QH),
    F("Môi trường 188", "188", 188, "hồ sơ", C, subject=_SNN, level="tỉnh", code=_QH),
    _centre("là 3.127", "3.127", 3127, "hồ sơ", C, code=ANY),
    # I.4 a sum of money
    _centre("đạt 68,73%", "68,73%", 68.73, "%", code=_TT),
    _centre("là 3.846.250.000", "3.846.250.000", 3846250000, "đồng", code=ANY),
    _centre("TTHC đạt 93,58%", "93,58%", 93.58, "%", code=_SH),
    _centre("điện tử đạt 97,14%", "97,14%", 97.14, "%", code=_KQ),
    # I.5 device ratings (0263.3822.119 is a phone number)
    _centre("được 12.604 lượt", "12.604", 12604, "lượt", C, code=ANY),
    _centre("hài lòng 12.487", "12.487", 12487, "lượt", C, code=ANY),
    _centre("đạt 99,07%", "99,07%", 99.07, "%", code=_HL),
    # I.6 the province's index, rank out of 34; tháng 9/2025 dated 2025-09-30
    F("đạt 84,37/100", "84,37/100", 84.37, "điểm", max_value=100, code=_TONG),
    F("thứ 12/34", "12/34", 12, "hạng", R, max_value=34, code=_HANG),
    F("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    F("(thứ 14/34)", "14/34", 14, "hạng", PR, max_value=34, as_of=_SEP_2025, code=_HANG),
    F("đạt 19,21/20", "19,21/20", 19.21, "điểm", max_value=20, code="766.tien_do"),
    F("đạt 6,88/10", "6,88/10", 6.88, "điểm", max_value=10, code="766.thanh_toan"),
]

BLIND = {"280": BLIND_280, "281": BLIND_281, "282": BLIND_282, "283": BLIND_283, "284": BLIND_284}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "280": [
        ("2025-07-15", "day", "15/7/2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn", _SNN),
        ("2025-12-31", "year", "năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "Sở Tài chính"),
        ("2025-09-30", "quarter", "quý III năm 2025", "nâng cấp Hệ thống thông tin giải quyết TTHC",
         "Sở Khoa học và Công nghệ"),
        ("2025-07-31", "day", "ngày 31 tháng 7 năm 2025", "quy trình nội bộ giải quyết TTHC", "Sở Nội vụ"),
        ("2025-08-31", "month", "tháng 8/2025", "kiểm tra việc số hóa hồ sơ", "Văn phòng UBND tỉnh"),
        # issued 24/6/2025: the first "ngày 10 hằng tháng" is 10/7/2025
        ("2025-07-10", "recurring", "10 hằng tháng", "cập nhật kết quả thực hiện Bộ chỉ số",
         "Các sở, ban, ngành, UBND các xã, phường"),
    ],
    "281": [
        ("2024-10-25", "day", "25/10/2024", "cắt giảm thành phần hồ sơ", "Phòng Quản lý thương mại"),
        ("2024-11-30", "month", "tháng 11/2024", "số hóa kết quả giải quyết TTHC", "Văn phòng Sở"),
        ("2024-11-15", "day", "ngày 15 tháng 11 năm 2024", "giải quyết dứt điểm hồ sơ an toàn thực phẩm quá hạn",
         "Phòng Kỹ thuật an toàn - Môi trường"),
        ("2024-12-31", "year", "năm 2024", "sử dụng lại thông tin, dữ liệu số hóa", "Văn phòng Sở"),
        # issued 02/10/2024: the first "ngày 12 hằng tháng" is 12/10/2024
        ("2024-10-12", "recurring", "12 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các phòng, đơn vị thuộc Sở"),
    ],
    "282": [
        ("2025-04-18", "day", "18/4/2025", "xây dựng kế hoạch nâng cao tỷ lệ hồ sơ trực tuyến",
         "UBND xã Lý Văn Lâm, UBND xã Định Bình"),
        ("2025-04-30", "day", "ngày 30 tháng 4 năm 2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "Phòng Nông nghiệp và Môi trường"),
        ("2025-05-31", "month", "tháng 5/2025", "bố trí thêm máy quét", "Văn phòng HĐND và UBND thành phố"),
        ("2025-06-30", "quarter", "quý II năm 2025", "kiểm tra việc chứng thực bản sao điện tử", "Phòng Tư pháp"),
        # issued 03/4/2025: the first "ngày 14 hằng tháng" is 14/4/2025
        ("2025-04-14", "recurring", "14 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các cơ quan chuyên môn thuộc UBND thành phố, UBND các xã, phường"),
    ],
    "283": [
        ("2025-04-30", "day", "30/4/2025", "giải quyết dứt điểm các hồ sơ quá hạn", _SNN),
        ("2025-05-10", "day", "ngày 10 tháng 5 năm 2025", "báo cáo kết quả khắc phục",
         "UBND thành phố Chí Linh, UBND huyện Kim Thành"),
        ("2025-06-30", "quarter", "quý II năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "Sở Tài chính"),
        ("2025-05-31", "month", "tháng 5/2025", "kết nối, chia sẻ dữ liệu", "Sở Khoa học và Công nghệ"),
        # issued 18/4/2025: the first "ngày 25 hằng tháng" is 25/4/2025
        ("2025-04-25", "recurring", "25 hằng tháng", "báo cáo Chủ tịch UBND tỉnh", "Văn phòng UBND tỉnh"),
    ],
    "284": [
        ("2025-11-15", "day", "15/11/2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn", _SNN),
        ("2025-11-20", "day", "ngày 20 tháng 11 năm 2025", "hướng dẫn người dân nộp hồ sơ trực tuyến",
         "Phòng Tiếp nhận và Trả kết quả"),
        ("2025-12-31", "month", "tháng 12/2025", "nâng tỷ lệ hồ sơ nộp trực tuyến", "Công an tỉnh"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "số hóa kết quả giải quyết TTHC",
         "Phòng Hành chính - Tổng hợp"),
        # issued 04/11/2025: the first "ngày 25 hằng tháng" is 25/11/2025
        ("2025-11-25", "recurring", "25 hằng tháng", "cập nhật số liệu giải quyết hồ sơ",
         "Các sở, ngành có quầy tại Trung tâm"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 280's issuer is UBND tỉnh Đồng Nai, period the first half of 2025 (its title also names the second half);
# 281's issuer is Sở Công Thương under "UBND TỈNH NGHỆ AN"; 282's issuer is a city under the province (named
# in "Kính gửi"); 283 is a Thông báo of the Văn phòng under "UBND TỈNH HẢI DƯƠNG", period the quarter in its
# title; 284's issuer is the Centre under "UBND TỈNH LÂM ĐỒNG" (the merged province), period the month in
# its title.
META = {
    "280": {"doc_number": "186/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-06-24",
            "province": "Đồng Nai", "period_label": "6 tháng đầu năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-06-30", "signer": "Nguyễn Thành Trung"},
    "281": {"doc_number": "2318/BC-SCT", "doc_type": "Báo cáo", "issued_date": "2024-10-02",
            "province": "Nghệ An", "period_label": "9 tháng năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-09-30", "signer": "Phạm Văn Hóa"},
    "282": {"doc_number": "96/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-04-03",
            "province": "Cà Mau", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Lê Minh Triều"},
    "283": {"doc_number": "58/TB-VP", "doc_type": "Thông báo", "issued_date": "2025-04-18",
            "province": "Hải Dương", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Trần Đức Thắng"},
    "284": {"doc_number": "312/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2025-11-04",
            "province": "Lâm Đồng", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Đinh Thị Hồng Nhung"},
}
