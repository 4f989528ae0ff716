"""Blind golden facts for corpus/blind21/180_lam_dong.txt, 181_nam_dinh.txt, 182_kon_tum.txt, 183_ho_chi_minh.txt and
184_ha_tinh.txt.

The five documents were written by the developers for a twenty-first blind measurement (issuers, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by reading them,
before any extraction, restoration or pipeline code was run on them. They also serve as held-out text for
diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind13.py … blind16.py: rows use `golden.facts.Fact` (context string
that occurs once in the document + the figure as written inside it). Prose and list counts are kind `count`;
table cells are kind `value` even when they count, with `extra={"source": "table"}`; `as_of="period"` is the
period's end; `ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it
clearly names none). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a count
of the files (or PAKN) an indicator is computed on carries that indicator's code; every "đã giải quyết" count and
the parts of a received or settled whole ("kỳ trước chuyển sang", "trước hạn", "đúng hạn" apart, files by field)
have their code unchecked; a relative change of a count ("tăng 9,4%") has its code unchecked. A change is dated at
the period end; a fall ("giảm", "rút ngắn") is negative. A table column dated before the period end keeps kind
`value` with that date as `as_of`. A count of local units takes the unit of its first unit word ("118/124 xã,
phường, đặc khu" → `xã`), a count of "đơn vị"/"cơ quan" the unit `đơn vị`, at the level of the bodies counted
(who they are unchecked). A target is dated at its due date (the year's end for a yearly target). Dates, document
numbers, cited circulars, decrees, resolutions, letters, plans and decisions ("Thông tư số 01/2020/TT-VPCP",
"Công văn số 6120/VPCP-KSTT", "Nghị quyết số 202/2025/QH15", "Quyết định số 766/QĐ-TTg", "Quyết định số
526/QĐ-UBND", "Kế hoạch số 28/KH-UBND", "Công văn số 1048/UBND-KSTT", "Kế hoạch số 35/KH-UBND", "Công văn số
4215/UBND-KSTT", "Nghị định số 61/2018/NĐ-CP", "Quyết định số 468/QĐ-TTg"), "Luật Đất đai năm 2024", section
numbering ("I.", "1.", "a)"), the STT/TT column, phone numbers ("0263.3822.108", "0228.3649.216", "0260.3821.265",
"0274.3822.156", "0239.3696.888"), addresses ("số 36 đường Trần Phú", "số 02 đường Hùng Vương", "số 01 đường
Quang Trung", "số 02 đường Nguyễn Chí Thanh"), "chính quyền địa phương 02 cấp", "mức độ 2", "Tổng đài 1022",
"mã QR", month labels in headers ("Tiếp nhận tháng 4/2025"), headings naming the next period ("IV. NHIỆM VỤ THÁNG
11 NĂM 2025", "III. NHIỆM VỤ THÁNG 6 NĂM 2025", "III. NHIỆM VỤ THÁNG 5 NĂM 2025", "6. Nhiệm vụ tháng 12 năm 2025",
"III. NHIỆM VỤ THÁNG 3 NĂM 2025": no deadlines), "từ ngày 01/7/2025" (a start date) and years are not figures.

New in this set:
- 180 is a monthly Báo cáo of UBND tỉnh Lâm Đồng after the 1 July 2025 merger (Lâm Đồng + Đắk Nông + Bình
  Thuận), tháng 10 năm 2025, issued 06/11/2025, to the Văn phòng Chính phủ. Province figures have subject NULL;
  ranks are out of 34. "toàn tỉnh có 124 đơn vị hành chính cấp xã (103 xã, 20 phường và 01 đặc khu)" are counts
  of subject "cấp xã" (units `đơn vị`, `xã`, `phường`, `đặc khu`, as golden/blind4.py's 113), code None.
  "07 quyết định" is a count with code None; the published procedures "công bố mới 38 TTHC, sửa đổi, bổ sung 54
  TTHC và bãi bỏ 21 TTHC" have code unchecked. Files received and online shares by level follow "trong đó cấp
  tỉnh …, cấp xã …" and "lần lượt là"; "(tháng 9/2025: …)" and "so với tháng 9/2025 (84,79 điểm, xếp thứ
  10/34)" are previous values dated 2025-09-30, "tăng 15.144 hồ sơ" a change of files received. "tại các xã thuộc
  khu vực tỉnh Bình Thuận cũ (1.406 hồ sơ)" counts overdue files of unnamed communes (subject ANY, level xã).
  "chỉ tiêu năm 2025 là 60% thì chưa đạt chỉ tiêu": the province's target dated 2025-12-31, carried by 52,38%
  with status "chưa đạt". "118/124 xã, phường, đặc khu, đạt 95,16%": a count of communes (unit `xã`, code
  unchecked) and the province's share of communes offering electronic certification (subject NULL, code
  766.so_hoa.chung_thuc). New form: the six groups are named first, separated by ";", and their scores follow
  "tương ứng là" in the same order ("17,36/18; 19,21/20; …; 17,62/18 và 13,77/22 điểm"; sum 84,37). Block averages
  (subject ANY, levels tỉnh/xã); counts by grade "71/124 đơn vị xếp loại Tốt, 46 đơn vị … 07 đơn vị" (unit `đơn
  vị`, level xã, code None); best and worst units with scores in brackets (subject as written, "phường Xuân Hương
  - Đà Lạt", "đặc khu Phú Quý", level xã). The task's "đạt tối thiểu 60%" is the province's target again (subject
  NULL), dated 2025-12-31. Five deadlines: day, year ("đến hết năm 2025", with the target), quarter, "chậm nhất"
  day in words, "trước ngày 22 hằng tháng" (issued 06/11/2025: first 22/11/2025).
- 181 is a monthly Báo cáo of Sở Nông nghiệp và Môi trường tỉnh Nam Định (header "UBND TỈNH NAM ĐỊNH / SỞ NÔNG
  NGHIỆP VÀ MÔI TRƯỜNG"), tháng 5 năm 2025, issued 04/6/2025. Every figure is the Sở's (subject "Sở Nông nghiệp
  và Môi trường", level tỉnh); overdue files by field in prose "(31 hồ sơ)", "(05 hồ sơ)" and the field rows of
  the table have subject ANY, level tỉnh (as golden/blind14.py's 150). "19 lĩnh vực" and "02 quyết định" are
  counts with code None; "tổng số 17 TTHC" (published) code unchecked. "giảm 128 hồ sơ so với tháng 4/2025 (1.974
  hồ sơ)": a fall and a previous value dated 2025-04-30. "trước hạn 1.419 hồ sơ, đúng hạn 296 hồ sơ, quá hạn 38
  hồ sơ" are the parts of the settled files; "93 hồ sơ" still in progress (code unchecked). Its Markdown table by
  field (TT column; "(đơn vị tính: hồ sơ)" in the line above) has a column "Tiếp nhận tháng 4/2025" dated
  2025-04-30 next to "Tiếp nhận tháng 5/2025", settled and overdue files (`0` cells, one `5` written "05" in the
  prose) and a "Tổng cộng" row with an empty TT cell (= the Sở; its figures are also in the prose). "so với chỉ
  tiêu UBND tỉnh giao cho Sở năm 2025 (50%) thì chưa đạt chỉ tiêu": the Sở's target dated 2025-12-31, carried by
  38,64% with status "chưa đạt". PAKN parts by channel in a bracket (code unchecked). "xếp thứ 11/19 sở, ban,
  ngành, tăng 3 bậc so với tháng 4/2025 (xếp thứ 14/19)"; the agencies' average is a level average (subject ANY,
  level tỉnh). The target "đạt tối thiểu 50% trước ngày 25 tháng 6 năm 2025" in the task of the two Chi cục is
  theirs (subject the two as written, level tỉnh), dated 2025-06-25. Four deadlines: "chậm nhất" day, month, day
  in words (with the target), "trước ngày 25 hằng tháng" (issued 04/6/2025: first 25/6/2025).
- 182 is a monthly Báo cáo of UBND huyện Đăk Hà (tỉnh Kon Tum, named in "Kính gửi"), tháng 4 năm 2025, issued
  05/5/2025, before the district level was abolished. Figures under "a) Cấp huyện" have subject "cấp huyện" (level
  huyện), those under "b) Cấp xã" subject "cấp xã" (level xã); "296 TTHC cấp huyện … 131 TTHC cấp xã" likewise;
  the district's own PAKN, score and rank have subject "UBND huyện Đăk Hà", level huyện. "(kỳ trước chuyển sang
  146 hồ sơ, tiếp nhận mới 1.138 hồ sơ)" are parts of files received (code unchecked); "chiếm 80,23% số hồ sơ
  tiếp nhận mới" is the online share; "tăng 9,4%" a relative change. Best and worst units with shares in brackets
  ("thị trấn Đăk Hà", "xã Ngọk Réo", as written; also in the table). Its Markdown table lists the 11 xã, thị trấn
  (subject as written, "Thị trấn Đăk Hà", "Xã Đăk La", level xã; files received, files submitted online (count,
  code of the online share), online share, on-time share; four `100` cells and one `50,00`) with a "Cộng" row
  with an empty STT cell (= cấp xã; its figures are also in the prose). New form: payment shares by level after
  "tương ứng là", then "Chỉ tiêu UBND tỉnh giao năm 2025 là 45% đối với cấp huyện và 35% đối với cấp xã; như vậy
  cấp huyện đạt chỉ tiêu, cấp xã chưa đạt chỉ tiêu": each target is its level's, dated 2025-12-31; 46,82% carries
  45 with "đạt", 33,15% carries 35 with "chưa đạt". "09/11 xã, thị trấn" offering electronic certification (unit
  `xã`, code unchecked). "05/05 PAKN" is one count of PAKN settled (max 5), "đạt 100%" their handled share.
  "xếp thứ 3/10 huyện, thành phố, tăng 0,91 điểm so với tháng 3/2025 (84,82 điểm)": the previous score dated
  2025-03-31 with no max (none is written). Communes by grade "04/11 xã, thị trấn xếp loại Tốt; 05 xã …; 02 xã
  …" (unit `xã`, level xã, code None). The target "cấp xã đạt tối thiểu 35%" by the end of quý II năm 2025 in the
  task of "UBND các xã, thị trấn" is theirs, dated 2025-06-30. Five deadlines: day for two named communes,
  "chậm nhất" day in words, quarter (with the target), month, "trước ngày 18 hằng tháng" (issued 05/5/2025: first
  18/5/2025).
- 183 is a monthly Báo cáo of UBND phường Thủ Dầu Một (Thành phố Hồ Chí Minh after the 1 July 2025 merger, named
  in "Kính gửi"; "tỉnh Bình Dương cũ" names its former province), tháng 11 năm 2025, issued 04/12/2025. Every
  figure is the ward's (subject "UBND phường Thủ Dầu Một", level xã), as golden/blind14.py's 152 does: its
  population "186.520 người" and "42 khu phố" (counts, code None), TTHC, files, shares, score, rank and the six
  group scores (a dash list "- <group>: x/max điểm;", one with its change in brackets "(tăng 0,82 điểm)").
  Files by field after "Theo lĩnh vực:" and overdue files by field in brackets are parts (subject ANY, level xã,
  code unchecked except the overdue code); "chiếm 38,24%" is hộ tịch's share of files received (code unchecked).
  "642 hồ sơ chứng thực bản sao điện tử …, chiếm 41,74%" carry the electronic-certification code. "Hồ sơ tiếp
  nhận không phụ thuộc địa giới hành chính: 1.126 hồ sơ, chiếm 17,82%" names no catalogued indicator (code
  unchecked). "Lũy kế từ ngày 01/7/2025 đến nay" counts (received, settled) are dated at the period end with
  code unchecked (a window longer than the period). "(tháng 10/2025: …)" and "so với tháng 10/2025 (86,88 điểm,
  xếp thứ 14/168)" are previous values dated 2025-10-31. "71,38% (3.011/4.218 hồ sơ có nghĩa vụ tài chính)": the
  count has max 4218. "chỉ tiêu Thành phố giao cho phường năm 2025 là 60%, chưa đạt chỉ tiêu": the ward's target
  dated 2025-12-31, carried by 56,27% with "chưa đạt"; the task's "của phường đạt tối thiểu 60%" again the
  ward's. The city's average over its communes (subject ANY, level xã) and "112/168 xã, phường, đặc khu đạt loại
  Tốt" (unit `xã`, level xã, code None). Five deadlines: day, year ("đến hết năm 2025", with the target), day in
  words, quarter of the next year ("quý I năm 2026"), "trước ngày 05 hằng tháng" (issued 04/12/2025: first
  05/12/2025).
- 184 is a monthly Báo cáo of the Trung tâm Phục vụ hành chính công tỉnh Hà Tĩnh (issuer over two lines under
  "UBND TỈNH HÀ TĨNH"), tháng 02 năm 2025, issued 05/3/2025. The Centre's own figures have subject "Trung tâm
  Phục vụ hành chính công tỉnh", level tỉnh, as its preamble names it; the province's 766 results (section II,
  "tỉnh Hà Tĩnh đạt …") have subject NULL. "22 cơ quan, đơn vị" with desks at the Centre is a count (unit `đơn
  vị`, level tỉnh, code None). `+` bullets. "tăng 1.283 hồ sơ so với tháng 01/2025 (8.193 hồ sơ)": a change and a
  previous value dated 2025-01-31. "chiếm 83,56%, đạt chỉ tiêu UBND tỉnh giao cho Trung tâm năm 2025 là 80%": the
  Centre's target dated 2025-12-31, carried with status "đạt". "hồ sơ nộp trực tiếp và qua dịch vụ bưu chính
  công ích 1.558 hồ sơ, chiếm 16,44%" carry the code of files not submitted online; "trả kết quả qua dịch vụ bưu
  chính công ích là 1.072 hồ sơ" names no catalogued indicator. Its tab-separated table (no units in the headers
  but "Tỷ lệ trực tuyến (%)"; "(đơn vị tính: hồ sơ)" in the line above) lists ten agencies with pre-March 2025
  names (subject as written, level tỉnh), a row "Các cơ quan còn lại" (subject ANY) and a "Tổng cộng" row with an
  empty STT cell: its figures are the Centre's prose figures, so its subject is the Centre (not "cấp tỉnh": the
  Centre receives files of bodies of other levels too); received, online share, settled, overdue (`0` cells). The
  device ratings "6.214 lượt đánh giá … 6.187 lượt, đạt 99,57%; không hài lòng 27 lượt" are counts in `lượt` and a
  share with code unchecked (ratings at the counters, not the portal's satisfaction indicator). Rank "xếp thứ 6/63
  …, tăng 3 bậc (tháng 01/2025 xếp thứ 9/63)" and two group scores `x/max`. Five deadlines: day, month, quarter,
  "chậm nhất" day in words, "trước ngày 03 hằng tháng" (issued 05/3/2025, after the 3rd: first 03/4/2025).
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
_CUNG_CAP = "766.dvctt.tthc_cung_cap"
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_Y2025 = "2025-12-31"


def _cells(subject: object, level: str | None, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject, level=level,
              as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


# ------------------------------------------------------------ 180: UBND tỉnh Lâm Đồng (mới), tháng 10 năm 2025
_SEP_180 = "2025-09-30"
_CAP_XA = {"subject": "cấp xã", "level": "xã"}

BLIND_180 = [
    # I. (01/7/2025, 202/2025/QH15 of 12/6/2025 cited; "02 cấp" is no figure)
    F("có 124 đơn vị", "124", 124, "đơn vị", C, code=None, **_CAP_XA),
    F("(103 xã", "103", 103, "xã", C, code=None, **_CAP_XA),
    F("xã, 20 phường", "20", 20, "phường", C, code=None, **_CAP_XA),
    F("và 01 đặc khu", "01", 1, "đặc khu", C, code=None, **_CAP_XA),
    # II.1
    F("ban hành 07 quyết định", "07", 7, "quyết định", C, code=None),
    F("công bố mới 38 TTHC", "38", 38, "TTHC", C, code=ANY),
    F("bổ sung 54 TTHC", "54", 54, "TTHC", C, code=ANY),
    F("bãi bỏ 21 TTHC", "21", 21, "TTHC", C, code=ANY),
    F("đúng hạn: 100%", "100%", 100, "%", code="766.cong_khai.cong_bo_dung_han"),
    F("là 2.047 TTHC", "2.047", 2047, "TTHC", C, code=_TTHC),
    F("cấp tỉnh 1.629", "1.629", 1629, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code=_TTHC),
    F("cấp xã 418", "418", 418, "TTHC", C, code=_TTHC, **_CAP_XA),
    # II.2
    F("có 1.476 TTHC", "1.476", 1476, "TTHC", C, code=_CUNG_CAP),
    F("chiếm 72,11%", "72,11%", 72.11, "%", code=_CUNG_CAP),
    F("toàn trình 958", "958", 958, "TTHC", C, code=_TOAN),
    F("một phần 518", "518", 518, "TTHC", C, code=_MOT),
    # II.3 tháng 9/2025 dated 2025-09-30
    F("tiếp nhận 186.352", "186.352", 186352, "hồ sơ", C, code=_TN),
    F("(tháng 9/2025: 171.208 hồ sơ)", "171.208", 171208, "hồ sơ", PR, as_of=_SEP_180, code=_TN),
    F("tăng 15.144", "15.144", 15144, "hồ sơ", CH, code=_TN),
    F("cấp tỉnh 41.275", "41.275", 41275, "hồ sơ", C, subject="cấp tỉnh", level="tỉnh", code=_TN),
    F("cấp xã 145.077", "145.077", 145077, "hồ sơ", C, code=_TN, **_CAP_XA),
    F("là 132.418", "132.418", 132418, "hồ sơ", C, code=_NOP),
    F("chiếm 71,06%", "71,06%", 71.06, "%", code=_NOP),
    F("lần lượt là 88,37%", "88,37%", 88.37, "%", subject="cấp tỉnh", level="tỉnh", code=_NOP),
    F("và 66,13%", "66,13%", 66.13, "%", code=_NOP, **_CAP_XA),
    F("giải quyết 179.634", "179.634", 179634, "hồ sơ", C, code=ANY),
    F("đúng hạn 177.512", "177.512", 177512, "hồ sơ", C, code=_DH),
    F("đạt 98,82%", "98,82%", 98.82, "%", code=_DH),
    F("quá hạn 2.122", "2.122", 2122, "hồ sơ", C, code=_QH),
    F("chiếm 1,18%", "1,18%", 1.18, "%", code=_QH),
    F("(1.406 hồ sơ)", "1.406", 1406, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    F("là 4,1 ngày", "4,1", 4.1, "ngày", code=_TIME),
    F("giảm 0,6 ngày", "0,6", -0.6, "ngày", CH, code=_TIME),
    # II.4 the 2025 target (dated at the year's end), "chưa đạt chỉ tiêu"
    F("toàn tỉnh đạt 52,38%", "52,38%", 52.38, "%", code=_TT, target=60, stated_status="chưa đạt"),
    F("năm 2025 là 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TT),
    F("đạt 87,46%", "87,46%", 87.46, "%", code=_SH),
    F("đạt 91,02%", "91,02%", 91.02, "%", code=_KQ),
    F("đạt 44,75%", "44,75%", 44.75, "%", code=_TSD),
    F("tại 118/124", "118/124", 118, "xã", C, max_value=124, subject=ANY, level="xã", code=ANY),
    F("đạt 95,16%", "95,16%", 95.16, "%", code="766.so_hoa.chung_thuc"),
    # II.5
    F("tiếp nhận 47 phản ánh", "47", 47, "PAKN", C, code=_PAKN_TN),
    F("(tháng 9/2025: 39 PAKN)", "39", 39, "PAKN", PR, as_of=_SEP_180, code=_PAKN_TN),
    F("xử lý 41 PAKN", "41", 41, "PAKN", C, code=_PAKN_XL),
    F("đạt 87,23%", "87,23%", 87.23, "%", code=_PAKN_TL),
    F("06 PAKN đang", "06", 6, "PAKN", C, code=ANY),
    F("đạt 96,84%", "96,84%", 96.84, "%", code=_HL),
    # II.6 ranks out of 34 (766/QĐ-TTg of 23/6/2022 cited); tháng 9/2025 dated 2025-09-30
    F("đạt 84,37/100", "84,37/100", 84.37, "điểm", max_value=100, code=_TONG),
    F("thứ 12/34", "12/34", 12, "hạng", R, max_value=34, code=_HANG),
    F("giảm 0,42 điểm", "0,42", -0.42, "điểm", CH, code=_TONG),
    F("giảm 2 bậc", "2", -2, "hạng", CH, code=_HANG),
    F("(84,79 điểm", "84,79", 84.79, "điểm", PR, max_value=100, as_of=_SEP_180, code=_TONG),
    F("thứ 10/34)", "10/34", 10, "hạng", PR, max_value=34, as_of=_SEP_180, code=_HANG),
    # the six groups named first, their scores after "tương ứng là" in the same order
    F("là 17,36/18", "17,36/18", 17.36, "điểm", max_value=18, code="766.cong_khai"),
    F("; 19,21/20", "19,21/20", 19.21, "điểm", max_value=20, code="766.tien_do"),
    F("; 9,84/12", "9,84/12", 9.84, "điểm", max_value=12, code="766.dvctt"),
    F("; 6,57/10", "6,57/10", 6.57, "điểm", max_value=10, code="766.thanh_toan"),
    F("; 17,62/18", "17,62/18", 17.62, "điểm", max_value=18, code="766.hai_long"),
    F("và 13,77/22", "13,77/22", 13.77, "điểm", max_value=22, code="766.so_hoa"),
    # block averages, counts by grade, best and worst units
    F("đạt 86,92 điểm", "86,92", 86.92, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("đạt 80,15 điểm", "80,15", 80.15, "điểm", subject=ANY, level="xã", code=_TONG),
    F("có 71/124 đơn vị", "71/124", 71, "đơn vị", C, max_value=124, subject=ANY, level="xã", code=None),
    F("Tốt, 46 đơn vị", "46", 46, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("và 07 đơn vị", "07", 7, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("(93,48 điểm)", "93,48", 93.48, "điểm", subject="phường Xuân Hương - Đà Lạt", level="xã", code=_TONG),
    F("(68,27 điểm)", "68,27", 68.27, "điểm", subject="đặc khu Phú Quý", level="xã", code=_TONG),
    # IV.2 the province's target by the end of 2025 (in the task of Sở Tài chính; "số 36 đường Trần Phú" is an
    # address, 0263.3822.108 a phone number)
    F("tối thiểu 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TT),
]

# ------------------------------------------------------------ 181: Sở NN&MT tỉnh Nam Định, tháng 5 năm 2025
_SNN = "Sở Nông nghiệp và Môi trường"
_APR_181 = "2025-04-30"


def _so(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SNN, level="tỉnh", **kw)


def _row_181(subject: object, april: str, may: str, settled: str, overdue: str, after: str) -> list[Fact]:
    """One Markdown row of a field (or the total): files received in tháng 4/2025 (dated 2025-04-30) and in
    tháng 5/2025, settled, overdue. TT is no figure; the unit comes from "(đơn vị tính: hồ sơ)"."""
    cells = [(april, "hồ sơ", P, _TN, _APR_181), (may, "hồ sơ", P, _TN, "period"), (settled, "hồ sơ", P, ANY, "period"),
             (overdue, "hồ sơ", P, _QH, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_181 = [
    # I.1 (526/QĐ-UBND of 03/3/2025 and 28/KH-UBND of 20/02/2025 cited)
    _so("thực hiện 176 TTHC", "176", 176, "TTHC", C, code=_TTHC),
    _so("thuộc 19 lĩnh vực", "19", 19, "lĩnh vực", C, code=None),
    _so("đó: 132 TTHC", "132", 132, "TTHC", C, code=_TOAN),
    _so("toàn trình, 36 TTHC", "36", 36, "TTHC", C, code=_MOT),
    _so("phần, 08 TTHC", "08", 8, "TTHC", C, code="766.dvctt.chua_cung_cap"),
    _so("ban hành 02 quyết định", "02", 2, "quyết định", C, code=None),
    _so("số 17 TTHC", "17", 17, "TTHC", C, code=ANY),
    # I.2 a) tháng 4/2025 dated 2025-04-30
    _so("Sở tiếp nhận 1.846", "1.846", 1846, "hồ sơ", C, code=_TN),
    _so("giảm 128 hồ sơ", "128", -128, "hồ sơ", CH, code=_TN),
    _so("(1.974 hồ sơ)", "1.974", 1974, "hồ sơ", PR, as_of=_APR_181, code=_TN),
    _so("là 1.602", "1.602", 1602, "hồ sơ", C, code=_NOP),
    _so("chiếm 86,78%", "86,78%", 86.78, "%", code=_NOP),
    # I.2 b) the settled files and their parts; overdue files by field
    _so("giải quyết 1.753", "1.753", 1753, "hồ sơ", C, code=ANY),
    _so("trước hạn 1.419", "1.419", 1419, "hồ sơ", C, code=ANY),
    _so("đúng hạn 296", "296", 296, "hồ sơ", C, code=ANY),
    _so("quá hạn 38 hồ sơ", "38", 38, "hồ sơ", C, code=_QH),
    _so("đạt 97,83%", "97,83%", 97.83, "%", code=_DH),
    _so("là 93 hồ sơ", "93", 93, "hồ sơ", C, code=ANY),
    F("đất đai (31 hồ sơ)", "31", 31, "hồ sơ", C, subject=ANY, level="tỉnh", code=_QH),
    F("môi trường (05 hồ sơ)", "05", 5, "hồ sơ", C, subject=ANY, level="tỉnh", code=_QH),
    # Markdown table by field, "Tổng cộng" row (= the Sở)
    *_row_181(ANY, "1.125", "1.038", "984", "31", "| 2 | Môi trường"),
    *_row_181(ANY, "146", "139", "128", "5", "| 3 | Tài nguyên nước"),
    *_row_181(ANY, "42", "37", "35", "0", "| 4 | Trồng trọt"),
    *_row_181(ANY, "268", "241", "236", "2", "| 5 | Chăn nuôi"),
    *_row_181(ANY, "203", "214", "207", "0", "| 6 | Thủy lợi"),
    *_row_181(ANY, "58", "49", "46", "0", "| 7 | Lâm nghiệp"),
    *_row_181(ANY, "87", "81", "79", "0", "| 8 | Các lĩnh vực"),
    *_row_181(ANY, "45", "47", "38", "0", "| | Tổng cộng"),
    *_row_181(_SNN, "1.974", "1.846", "1.753", "38", "\n3. Thanh toán"),
    # I.3 tháng 4/2025 dated 2025-04-30; the Sở's 2025 target (dated at the year's end), "chưa đạt chỉ tiêu"
    _so("Sở đạt 68,45%", "68,45%", 68.45, "%", code=_TT),
    _so("tăng 3,17%", "3,17%", 3.17, "%", CH, code=_TT),
    _so("(65,28%)", "65,28%", 65.28, "%", PR, as_of=_APR_181, code=_TT),
    _so("đạt 95,12%", "95,12%", 95.12, "%", code=_SH),
    _so("đạt 97,36%", "97,36%", 97.36, "%", code=_KQ),
    _so("đạt 38,64%", "38,64%", 38.64, "%", code=_TSD, target=50, stated_status="chưa đạt"),
    _so("năm 2025 (50%)", "50%", 50, "%", T, as_of=_Y2025, code=_TSD),
    # I.4 PAKN and their parts by channel
    _so("tiếp nhận 06 phản ánh", "06", 6, "PAKN", C, code=_PAKN_TN),
    _so("của tỉnh 04", "04", 4, "PAKN", C, code=ANY),
    _so("của Sở 02)", "02", 2, "PAKN", C, code=ANY),
    _so("xử lý 05 PAKN", "05", 5, "PAKN", C, code=_PAKN_XL),
    _so("đạt 83,33%", "83,33%", 83.33, "%", code=_PAKN_TL),
    _so("01 PAKN đang", "01", 1, "PAKN", C, code=ANY),
    _so("đạt 98,06%", "98,06%", 98.06, "%", code=_HL),
    # I.5 rank among the province's agencies; tháng 4/2025 dated 2025-04-30; the agencies' average
    _so("Sở đạt 84,26 điểm", "84,26", 84.26, "điểm", code=_TONG),
    _so("thứ 11/19", "11/19", 11, "hạng", R, max_value=19, code=_HANG),
    _so("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    _so("thứ 14/19)", "14/19", 14, "hạng", PR, max_value=19, as_of=_APR_181, code=_HANG),
    F("là 86,07 điểm", "86,07", 86.07, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    # III.3 the two Chi cục's target due 25/6/2025 (0228.3649.216 is a phone number)
    F("tối thiểu 50%", "50%", 50, "%", T, subject="Chi cục Chăn nuôi và Thú y, Chi cục Trồng trọt và Bảo vệ thực vật",
      level="tỉnh", as_of="2025-06-25", code=_TSD),
]

# ------------------------------------------------------------ 182: UBND huyện Đăk Hà (Kon Tum), tháng 4 năm 2025
_DH_182 = "UBND huyện Đăk Hà"


def _huyen(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "a) Cấp huyện" or about cấp huyện (subject "cấp huyện", level huyện)."""
    return F(context, raw, value, unit, kind, subject="cấp huyện", level="huyện", **kw)


def _xa(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "b) Cấp xã" or about cấp xã (subject "cấp xã", level xã)."""
    return F(context, raw, value, unit, kind, subject="cấp xã", level="xã", **kw)


def _district(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the district itself (subject the district's UBND, level huyện)."""
    return F(context, raw, value, unit, kind, subject=_DH_182, level="huyện", **kw)


def _row_182(subject: str, received: str, online: str, share: str, on_time: str, after: str) -> list[Fact]:
    """One Markdown row of a commune or the town (or "Cộng" = cấp xã): files received, files submitted online,
    online share, on-time share."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (share, "%", P, _NOP, "period"), (on_time, "%", P, _DH, "period")]
    return _cells(subject, "xã", cells, after, " | ", " |\n")


BLIND_182 = [
    # I.1 (1048/UBND-KSTT of 08/4/2025 and 35/KH-UBND of 21/02/2025 cited; "số 02 đường Hùng Vương" an address)
    _huyen("công khai 296 TTHC", "296", 296, "TTHC", C, code=_TTHC),
    _xa("và 131 TTHC", "131", 131, "TTHC", C, code=_TTHC),
    # I.2 a) cấp huyện: the whole and its two parts
    _huyen("tiếp nhận 1.284", "1.284", 1284, "hồ sơ", C, code=_TN),
    _huyen("chuyển sang 146", "146", 146, "hồ sơ", C, code=ANY),
    _huyen("tiếp nhận mới 1.138", "1.138", 1138, "hồ sơ", C, code=ANY),
    _huyen("trực tuyến 913", "913", 913, "hồ sơ", C, code=_NOP),
    _huyen("chiếm 80,23%", "80,23%", 80.23, "%", code=_NOP),
    _huyen("giải quyết 1.105", "1.105", 1105, "hồ sơ", C, code=ANY),
    _huyen("đúng hạn 1.087", "1.087", 1087, "hồ sơ", C, code=_DH),
    _huyen("(98,37%)", "98,37%", 98.37, "%", code=_DH),
    _huyen("quá hạn 18", "18", 18, "hồ sơ", C, code=_QH),
    _huyen("tăng 9,4%", "9,4%", 9.4, "%", CH, code=ANY),
    # I.2 b) cấp xã; best and worst units in brackets
    _xa("tiếp nhận 2.965", "2.965", 2965, "hồ sơ", C, code=_TN),
    _xa("trực tuyến 1.742", "1.742", 1742, "hồ sơ", C, code=_NOP),
    _xa("đạt 58,75%", "58,75%", 58.75, "%", code=_NOP),
    _xa("đạt 99,46%", "99,46%", 99.46, "%", code=_DH),
    F("Đăk Hà (78,12%)", "78,12%", 78.12, "%", subject="thị trấn Đăk Hà", level="xã", code=_NOP),
    F("Ngọk Réo (28,57%)", "28,57%", 28.57, "%", subject="xã Ngọk Réo", level="xã", code=_NOP),
    # Markdown table of the 11 xã, thị trấn, "Cộng" row (= cấp xã)
    *_row_182("Thị trấn Đăk Hà", "617", "482", "78,12", "99,18", "| 2 | Xã Đăk La"),
    *_row_182("Xã Đăk La", "384", "251", "65,36", "100", "| 3 | Xã Hà Mòn"),
    *_row_182("Xã Hà Mòn", "326", "204", "62,58", "99,67", "| 4 | Xã Đăk Mar"),
    *_row_182("Xã Đăk Mar", "298", "173", "58,05", "99,31", "| 5 | Xã Đăk Hring"),
    *_row_182("Xã Đăk Hring", "275", "149", "54,18", "100", "| 6 | Xã Đăk Ngọk"),
    *_row_182("Xã Đăk Ngọk", "241", "128", "53,11", "98,72", "| 7 | Xã Đăk Ui"),
    *_row_182("Xã Đăk Ui", "218", "109", "50,00", "100", "| 8 | Xã Đăk Pxi"),
    *_row_182("Xã Đăk Pxi", "186", "87", "46,77", "99,45", "| 9 | Xã Đăk Long"),
    *_row_182("Xã Đăk Long", "162", "71", "43,83", "98,96", "| 10 | Xã Ngọk Wang"),
    *_row_182("Xã Ngọk Wang", "153", "58", "37,91", "100", "| 11 | Xã Ngọk Réo"),
    *_row_182("Xã Ngọk Réo", "105", "30", "28,57", "97,83", "| | Cộng"),
    *_row_182("cấp xã", "2.965", "1.742", "58,75", "99,46", "\n3. Thanh toán"),
    # I.3 payment shares by level after "tương ứng là"; each level's 2025 target (dated at the year's end)
    _huyen("tương ứng là 46,82%", "46,82%", 46.82, "%", code=_TT, target=45, stated_status="đạt"),
    _xa("và 33,15%", "33,15%", 33.15, "%", code=_TT, target=35, stated_status="chưa đạt"),
    _huyen("năm 2025 là 45%", "45%", 45, "%", T, as_of=_Y2025, code=_TT),
    _xa("và 35% đối", "35%", 35, "%", T, as_of=_Y2025, code=_TT),
    _huyen("huyện đạt 92,64%", "92,64%", 92.64, "%", code=_SH),
    _xa("xã đạt 81,37%", "81,37%", 81.37, "%", code=_SH),
    F("Có 09/11", "09/11", 9, "xã", C, max_value=11, subject=ANY, level="xã", code=ANY),
    # I.4 the district's PAKN
    _district("tiếp nhận 05 phản ánh", "05", 5, "PAKN", C, code=_PAKN_TN),
    _district("xong 05/05", "05/05", 5, "PAKN", C, max_value=5, code=_PAKN_XL),
    _district("đạt 100%", "100%", 100, "%", code=_PAKN_TL),
    # I.5 rank among the province's 10 district-level units; tháng 3/2025 dated 2025-03-31; communes by grade
    _district("đạt 85,73 điểm", "85,73", 85.73, "điểm", code=_TONG),
    _district("thứ 3/10", "3/10", 3, "hạng", R, max_value=10, code=_HANG),
    _district("tăng 0,91 điểm", "0,91", 0.91, "điểm", CH, code=_TONG),
    _district("(84,82 điểm)", "84,82", 84.82, "điểm", PR, as_of="2025-03-31", code=_TONG),
    F("đạt 79,64 điểm", "79,64", 79.64, "điểm", subject=ANY, level="xã", code=_TONG),
    F("Có 04/11", "04/11", 4, "xã", C, max_value=11, subject=ANY, level="xã", code=None),
    F("; 05 xã", "05", 5, "xã", C, subject=ANY, level="xã", code=None),
    F("; 02 xã", "02", 2, "xã", C, subject=ANY, level="xã", code=None),
    # III.3 the communes' target by the end of quý II năm 2025 (0260.3821.265 is a phone number)
    F("tối thiểu 35%", "35%", 35, "%", T, subject="UBND các xã, thị trấn", level="xã", as_of="2025-06-30",
      code=_TT),
]

# ------------------------------------------------------------ 183: UBND phường Thủ Dầu Một (TP HCM), tháng 11/2025
_TDM = "UBND phường Thủ Dầu Một"
_OCT_183 = "2025-10-31"


def _ward(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the ward itself (subject the ward's UBND, level xã)."""
    return F(context, raw, value, unit, kind, subject=_TDM, level="xã", **kw)


def _part(context: str, raw: str, value: float, unit: str, code: object = ANY) -> Fact:
    """A part by field of the ward's files (subject unchecked, level xã)."""
    return F(context, raw, value, unit, C if unit != "%" else P, subject=ANY, level="xã", code=code)


BLIND_183 = [
    # 1. (4215/UBND-KSTT of 18/8/2025 cited; "số 01 đường Quang Trung" is an address)
    _ward("dân số 186.520", "186.520", 186520, "người", C, code=None),
    _ward("thành 42 khu phố", "42", 42, "khu phố", C, code=None),
    _ward("giải quyết 387 TTHC", "387", 387, "TTHC", C, code=_TTHC),
    _ward("trong đó 271 TTHC", "271", 271, "TTHC", C, code=_TOAN),
    _ward("toàn trình, 94 TTHC", "94", 94, "TTHC", C, code=_MOT),
    # 2. tháng 10/2025 dated 2025-10-31
    _ward("Tiếp nhận: 6.318", "6.318", 6318, "hồ sơ", C, code=_TN),
    _ward("(tháng 10/2025: 5.874 hồ sơ)", "5.874", 5874, "hồ sơ", PR, as_of=_OCT_183, code=_TN),
    _ward("trực tuyến 5.102", "5.102", 5102, "hồ sơ", C, code=_NOP),
    _ward("chiếm 80,75%", "80,75%", 80.75, "%", code=_NOP),
    _ward("(tháng 10/2025: 78,96%)", "78,96%", 78.96, "%", PR, as_of=_OCT_183, code=_NOP),
    _ward("hành chính: 1.126", "1.126", 1126, "hồ sơ", C, code=ANY),
    _ward("chiếm 17,82%", "17,82%", 17.82, "%", code=ANY),
    # files received by field (parts)
    _part("hộ tịch 2.416", "2.416", 2416, "hồ sơ"),
    _part("(chiếm 38,24%)", "38,24%", 38.24, "%"),
    _part("chứng thực 1.538", "1.538", 1538, "hồ sơ"),
    _part("đất đai 1.207", "1.207", 1207, "hồ sơ"),
    _part("xây dựng 386", "386", 386, "hồ sơ"),
    _part("thể 452 hồ sơ", "452", 452, "hồ sơ"),
    _part("khác 319 hồ sơ", "319", 319, "hồ sơ"),
    _ward("có 642 hồ sơ", "642", 642, "hồ sơ", C, code=_CT),
    _ward("chiếm 41,74%", "41,74%", 41.74, "%", code=_CT),
    # settled files, overdue files by field
    _ward("giải quyết: 6.045", "6.045", 6045, "hồ sơ", C, code=ANY),
    _ward("đúng hạn 5.998", "5.998", 5998, "hồ sơ", C, code=_DH),
    _ward("đạt 99,22%", "99,22%", 99.22, "%", code=_DH),
    _ward("quá hạn 47", "47", 47, "hồ sơ", C, code=_QH),
    _part("(đất đai 39 hồ sơ", "39", 39, "hồ sơ", code=_QH),
    _part("xây dựng 08 hồ sơ)", "08", 8, "hồ sơ", code=_QH),
    _ward("bình: 2,7 ngày", "2,7", 2.7, "ngày", code=_TIME),
    _ward("rút ngắn 0,3", "0,3", -0.3, "ngày", CH, code=_TIME),
    # cumulative since 01/7/2025 (dated at the period end)
    _ward("tiếp nhận 24.716", "24.716", 24716, "hồ sơ", C, code=ANY),
    _ward("giải quyết 23.958", "23.958", 23958, "hồ sơ", C, code=ANY),
    # 3. the ward's 2025 target (dated at the year's end), "chưa đạt chỉ tiêu"; "mức độ 2" is no figure
    _ward("trực tuyến: 71,38%", "71,38%", 71.38, "%", code=_TT),
    _ward("(3.011/4.218", "3.011/4.218", 3011, "hồ sơ", C, max_value=4218, code=_TT),
    _ward("tăng 4,06%", "4,06%", 4.06, "%", CH, code=_TT),
    _ward("TTHC: 97,85%", "97,85%", 97.85, "%", code=_SH),
    _ward("điện tử: 98,41%", "98,41%", 98.41, "%", code=_KQ),
    _ward("số hóa: 56,27%", "56,27%", 56.27, "%", code=_TSD, target=60, stated_status="chưa đạt"),
    _ward("năm 2025 là 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TSD),
    _ward("thêm 2.147", "2.147", 2147, "tài khoản", C, code=_TK),
    _ward("lũy kế 151.362", "151.362", 151362, "tài khoản", C, code=_TK),
    # 4. ("Tổng đài 1022" is a name)
    _ward("tiếp nhận 09 phản ánh", "09", 9, "PAKN", C, code=_PAKN_TN),
    _ward("đúng hạn 08 PAKN", "08", 8, "PAKN", C, code=_PAKN_XL),
    _ward("01 PAKN đang", "01", 1, "PAKN", C, code=ANY),
    _ward("đạt 98,93%", "98,93%", 98.93, "%", code=_HL),
    # 5. rank among the city's 168 xã, phường, đặc khu; tháng 10/2025 dated 2025-10-31
    _ward("đạt 88,14/100", "88,14/100", 88.14, "điểm", max_value=100, code=_TONG),
    _ward("thứ 9/168", "9/168", 9, "hạng", R, max_value=168, code=_HANG),
    _ward("tăng 1,26 điểm", "1,26", 1.26, "điểm", CH, code=_TONG),
    _ward("tăng 5 bậc", "5", 5, "hạng", CH, code=_HANG),
    _ward("(86,88 điểm", "86,88", 86.88, "điểm", PR, max_value=100, as_of=_OCT_183, code=_TONG),
    _ward("thứ 14/168)", "14/168", 14, "hạng", PR, max_value=168, as_of=_OCT_183, code=_HANG),
    # the six groups as a dash list, one with its change in brackets
    _ward("minh bạch: 17,64/18", "17,64/18", 17.64, "điểm", max_value=18, code="766.cong_khai"),
    _ward("giải quyết: 19,52/20", "19,52/20", 19.52, "điểm", max_value=20, code="766.tien_do"),
    _ward("trực tuyến: 10,36/12", "10,36/12", 10.36, "điểm", max_value=12, code="766.dvctt"),
    _ward("trực tuyến: 7,14/10", "7,14/10", 7.14, "điểm", max_value=10, code="766.thanh_toan"),
    _ward("(tăng 0,82 điểm)", "0,82", 0.82, "điểm", CH, code="766.thanh_toan"),
    _ward("hài lòng: 17,81/18", "17,81/18", 17.81, "điểm", max_value=18, code="766.hai_long"),
    _ward("hồ sơ: 15,67/22", "15,67/22", 15.67, "điểm", max_value=22, code="766.so_hoa"),
    # the city's communes: average and count graded Tốt
    F("là 82,47 điểm", "82,47", 82.47, "điểm", subject=ANY, level="xã", code=_TONG),
    F("có 112/168", "112/168", 112, "xã", C, max_value=168, subject=ANY, level="xã", code=None),
    # 6. the ward's target by the end of 2025 (0274.3822.156 is a phone number)
    _ward("tối thiểu 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TSD),
]

# ------------------------------------------------------------ 184: Trung tâm PVHCC tỉnh Hà Tĩnh, tháng 02 năm 2025
_TTPV = "Trung tâm Phục vụ hành chính công tỉnh"
_JAN_184 = "2025-01-31"


def _centre(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Centre itself (subject the Centre, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_TTPV, level="tỉnh", **kw)


def _row_184(subject: object, received: str, online: str, settled: str, overdue: str, after: str) -> list[Fact]:
    """One tab-separated row of an agency (or the rest, or the total = the Centre): files received, online
    share, settled, overdue. STT is no figure."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"),
             (settled, "hồ sơ", P, ANY, "period"), (overdue, "hồ sơ", P, _QH, "period")]
    return _cells(subject, "tỉnh", cells, after, "\t", "\n")


BLIND_184 = [
    # I.1 (61/2018/NĐ-CP of 23/4/2018 and 468/QĐ-TTg of 27/3/2021 cited; "số 02 đường Nguyễn Chí Thanh" an address)
    F("của 22 cơ quan", "22", 22, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    _centre("tiếp nhận 1.684 TTHC", "1.684", 1684, "TTHC", C, code=_TTHC),
    # I.2 tháng 01/2025 dated 2025-01-31; the Centre's 2025 target (dated at the year's end), "đạt chỉ tiêu"
    _centre("Trung tâm tiếp nhận 9.476", "9.476", 9476, "hồ sơ", C, code=_TN),
    _centre("tăng 1.283", "1.283", 1283, "hồ sơ", CH, code=_TN),
    _centre("(8.193 hồ sơ)", "8.193", 8193, "hồ sơ", PR, as_of=_JAN_184, code=_TN),
    _centre("trực tuyến 7.918", "7.918", 7918, "hồ sơ", C, code=_NOP),
    _centre("chiếm 83,56%", "83,56%", 83.56, "%", code=_NOP, target=80, stated_status="đạt"),
    _centre("năm 2025 là 80%", "80%", 80, "%", T, as_of=_Y2025, code=_NOP),
    _centre("công ích 1.558", "1.558", 1558, "hồ sơ", C, code=_NTT),
    _centre("chiếm 16,44%", "16,44%", 16.44, "%", code=_NTT),
    _centre("giải quyết 9.012", "9.012", 9012, "hồ sơ", C, code=ANY),
    _centre("trước hạn 7.634", "7.634", 7634, "hồ sơ", C, code=ANY),
    _centre("đúng hạn 1.329", "1.329", 1329, "hồ sơ", C, code=ANY),
    _centre("quá hạn 49", "49", 49, "hồ sơ", C, code=_QH),
    _centre("đạt 99,46%", "99,46%", 99.46, "%", code=_DH),
    _centre("là 1.072", "1.072", 1072, "hồ sơ", C, code=ANY),
    # tab-separated table of the agencies at the Centre, "Tổng cộng" row (= the Centre)
    *_row_184("Sở Tài nguyên và Môi trường", "2.846", "72,17", "2.688", "31", "2\tSở Giao thông"),
    *_row_184("Sở Giao thông vận tải", "1.935", "96,54", "1.902", "0", "3\tSở Kế hoạch"),
    *_row_184("Sở Kế hoạch và Đầu tư", "1.128", "98,94", "1.096", "2", "4\tSở Tư pháp"),
    *_row_184("Sở Tư pháp", "986", "91,38", "958", "0", "5\tSở Lao động"),
    *_row_184("Sở Lao động - Thương binh và Xã hội", "642", "84,27", "611", "6", "6\tSở Xây dựng"),
    *_row_184("Sở Xây dựng", "418", "79,43", "387", "7", "7\tSở Công Thương"),
    *_row_184("Sở Công Thương", "376", "95,21", "369", "0", "8\tSở Y tế"),
    *_row_184("Sở Y tế", "312", "74,68", "296", "3", "9\tSở Nông nghiệp"),
    *_row_184("Sở Nông nghiệp và Phát triển nông thôn", "287", "68,64", "271", "0", "10\tSở Giáo dục"),
    *_row_184("Sở Giáo dục và Đào tạo", "205", "82,93", "198", "0", "11\tCác cơ quan"),
    *_row_184(ANY, "341", "43,40", "236", "0", "\tTổng cộng"),
    *_row_184(_TTPV, "9.476", "83,56", "9.012", "49", "\nHồ sơ quá hạn"),
    # I.3
    _centre("Trung tâm đạt 63,72%", "63,72%", 63.72, "%", code=_TT),
    _centre("đạt 98,15%", "98,15%", 98.15, "%", code=_SH),
    _centre("đạt 96,48%", "96,48%", 96.48, "%", code=_KQ),
    # I.4 device ratings (code unchecked) and PAKN (the hotline 0239.3696.888 is a phone number)
    _centre("được 6.214 lượt", "6.214", 6214, "lượt", C, code=ANY),
    _centre("hài lòng 6.187", "6.187", 6187, "lượt", C, code=ANY),
    _centre("đạt 99,57%", "99,57%", 99.57, "%", code=ANY),
    _centre("lòng 27 lượt", "27", 27, "lượt", C, code=ANY),
    _centre("tiếp nhận 03 phản ánh", "03", 3, "PAKN", C, code=_PAKN_TN),
    _centre("xử lý 02 PAKN", "02", 2, "PAKN", C, code=_PAKN_XL),
    _centre("01 PAKN đang", "01", 1, "PAKN", C, code=ANY),
    # II. the province's 766 results; tháng 01/2025 dated 2025-01-31
    F("đạt 87,65/100", "87,65/100", 87.65, "điểm", max_value=100, code=_TONG),
    F("thứ 6/63", "6/63", 6, "hạng", R, max_value=63, code=_HANG),
    F("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    F("thứ 9/63)", "9/63", 9, "hạng", PR, max_value=63, as_of=_JAN_184, code=_HANG),
    F("đạt 19,62/20", "19,62/20", 19.62, "điểm", max_value=20, code="766.tien_do"),
    F("đạt 16,84/22", "16,84/22", 16.84, "điểm", max_value=22, code="766.so_hoa"),
]

BLIND = {"180": BLIND_180, "181": BLIND_181, "182": BLIND_182, "183": BLIND_183, "184": BLIND_184}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "180": [
        ("2025-11-20", "day", "20/11/2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "Sở Nông nghiệp và Môi trường"),
        ("2025-12-31", "year", "năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "Sở Tài chính"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "chuyển đổi, đồng bộ dữ liệu hồ sơ", "Sở Khoa học và Công nghệ"),
        ("2025-11-15", "day", "ngày 15 tháng 11 năm 2025", "xây dựng kế hoạch khắc phục", "UBND đặc khu Phú Quý"),
        # issued 06/11/2025: the first "ngày 22 hằng tháng" is 22/11/2025
        ("2025-11-22", "recurring", "22 hằng tháng", "cập nhật đầy đủ kết quả giải quyết hồ sơ",
         "Các sở, ban, ngành, UBND các xã, phường, đặc khu"),
    ],
    "181": [
        ("2025-06-13", "day", "13/6/2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "Văn phòng Đăng ký đất đai"),
        ("2025-06-30", "month", "tháng 6/2025", "chuẩn hóa quy trình nội bộ", "Văn phòng Sở"),
        ("2025-06-25", "day", "ngày 25 tháng 6 năm 2025", "khai thác dữ liệu đã số hóa",
         "Chi cục Chăn nuôi và Thú y, Chi cục Trồng trọt và Bảo vệ thực vật"),
        # issued 04/6/2025: the first "ngày 25 hằng tháng" is 25/6/2025
        ("2025-06-25", "recurring", "25 hằng tháng", "báo cáo kết quả giải quyết TTHC", "Các phòng, đơn vị thuộc Sở"),
    ],
    "182": [
        ("2025-05-15", "day", "15/5/2025", "xây dựng kế hoạch nâng cao tỷ lệ nộp hồ sơ trực tuyến",
         "UBND xã Ngọk Réo, UBND xã Ngọk Wang"),
        ("2025-05-20", "day", "ngày 20 tháng 5 năm 2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "Phòng Nông nghiệp và Môi trường"),
        ("2025-06-30", "quarter", "quý II năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "UBND các xã, thị trấn"),
        ("2025-06-30", "month", "tháng 6/2025", "chuẩn hóa dữ liệu hồ sơ TTHC", "Văn phòng HĐND và UBND huyện"),
        # issued 05/5/2025: the first "ngày 18 hằng tháng" is 18/5/2025
        ("2025-05-18", "recurring", "18 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các cơ quan chuyên môn thuộc UBND huyện, UBND các xã, thị trấn"),
    ],
    "183": [
        ("2025-12-12", "day", "12/12/2025", "giải quyết dứt điểm các hồ sơ đất đai, xây dựng quá hạn",
         "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("2025-12-31", "year", "năm 2025", "khai thác, sử dụng lại thông tin",
         "Trung tâm Phục vụ hành chính công phường"),
        ("2025-12-20", "day", "ngày 20 tháng 12 năm 2025", "báo cáo kết quả thực hiện năm 2025",
         "Văn phòng HĐND và UBND phường"),
        ("2026-03-31", "quarter", "quý I năm 2026", "tài khoản định danh điện tử", "Phòng Văn hóa - Xã hội"),
        # issued 04/12/2025: the first "ngày 05 hằng tháng" is 05/12/2025
        ("2025-12-05", "recurring", "05 hằng tháng", "cập nhật số liệu", "Trung tâm Phục vụ hành chính công phường"),
    ],
    "184": [
        ("2025-03-14", "day", "14/3/2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "Sở Nông nghiệp và Môi trường"),
        ("2025-04-30", "month", "tháng 4/2025", "nâng cấp hệ thống xếp hàng tự động", "Phòng Tiếp nhận và Trả kết quả"),
        ("2025-06-30", "quarter", "quý II năm 2025", "khảo sát mức độ hài lòng", "Phòng Hành chính - Tổng hợp"),
        ("2025-03-25", "day", "ngày 25 tháng 3 năm 2025", "rà soát các TTHC có tỷ lệ hồ sơ trực tuyến thấp",
         "Sở Y tế"),
        # issued 05/3/2025, after the 3rd: the first "ngày 03 hằng tháng" is 03/4/2025
        ("2025-04-03", "recurring", "03 hằng tháng", "gửi số liệu tiếp nhận, giải quyết hồ sơ",
         "Các cơ quan có bộ phận tiếp nhận tại Trung tâm"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 180's issuer is UBND tỉnh Lâm Đồng (the merged province, as named then); 181's issuer is Sở Nông nghiệp và Môi
# trường under "UBND TỈNH NAM ĐỊNH"; 182's issuer is a district (province named in "Kính gửi"); 183's issuer is a
# post-merger ward of Thành phố Hồ Chí Minh (named in "Kính gửi"; "tỉnh Bình Dương cũ" is its former province,
# not the document's); 184's issuer is the Trung tâm Phục vụ hành chính công under "UBND TỈNH HÀ TĨNH", period the
# month in its title ("tháng 02 năm 2025", written with a leading zero).
META = {
    "180": {"doc_number": "1186/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-11-06",
            "province": "Lâm Đồng", "period_label": "tháng 10 năm 2025", "period_start": "2025-10-01",
            "period_end": "2025-10-31", "signer": "Đinh Văn Tuấn"},
    "181": {"doc_number": "742/BC-SNNMT", "doc_type": "Báo cáo", "issued_date": "2025-06-04",
            "province": "Nam Định", "period_label": "tháng 5 năm 2025", "period_start": "2025-05-01",
            "period_end": "2025-05-31", "signer": "Trần Văn Thịnh"},
    "182": {"doc_number": "186/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-05-05",
            "province": "Kon Tum", "period_label": "tháng 4 năm 2025", "period_start": "2025-04-01",
            "period_end": "2025-04-30", "signer": "A Ngọc Thanh"},
    "183": {"doc_number": "342/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-12-04",
            "province": "Hồ Chí Minh", "period_label": "tháng 11 năm 2025", "period_start": "2025-11-01",
            "period_end": "2025-11-30", "signer": "Nguyễn Thanh Bình"},
    "184": {"doc_number": "58/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2025-03-05",
            "province": "Hà Tĩnh", "period_label": "tháng 02 năm 2025", "period_start": "2025-02-01",
            "period_end": "2025-02-28", "signer": "Lê Thị Hồng Vân"},
}
