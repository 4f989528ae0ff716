"""Blind golden facts for corpus/blind66/405_tay_ninh.txt, 406_son_la.txt, 407_cao_bang.txt, 408_quang_ninh.txt and
409_hai_phong.txt.

The five documents were written by the developers for a sixty-sixth blind measurement (issuers, wording and layouts
not used elsewhere in the corpus; not real documents), and every row below was written by reading them, before any
extraction, restoration or pipeline code was run on them. They also serve as held-out text for diacritic
restoration (407 is itself a text with every mark lost).

Same structure and conventions as golden/blind16.py: rows use `golden.facts.Fact` (context string that occurs once
in the document + the figure as written inside it). Prose and list counts are kind `count`; table cells are kind
`value` with `extra={"source": "table"}`; `as_of="period"` is the period's end; `ANY` leaves a field unchecked where
the sentence names no catalogued indicator (`None` where it clearly names none). "thủ tục" counts use the unit
`TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; every "đã giải quyết" count and the parts of a settled whole
("trước hạn", "đúng hạn" apart) have their code unchecked; a relative change of a count has its code unchecked. A
change is dated at the period end; a rise is positive, a fall ("rút ngắn") negative. A count of local units takes
the unit of its first unit word ("61/96 xã, phường" → `xã`, "03 phường" → `phường`); counts of "cơ quan" and "sở"
are `đơn vị` at the level of the bodies counted. Dates, document numbers, cited decrees, decisions, plans, letters
and resolutions ("Nghị định số 168/2025/NĐ-CP", "Kế hoạch số 94/KH-UBND", "Nghị quyết số 112/NQ-HĐND", "Cong van so
2318/UBND-KSTT", "Quyết định số 45/2019/QĐ-TTg", "Kế hoạch số 36/KH-UBND", "Nghị định số 70/2025/NĐ-CP", "Công văn
số 2045/THP-NVDTPC"), "(01/3/2025)", "Từ ngày 01/7/2025", "Lũy kế từ ngày 01/7/2025 đến hết tháng 8/2025", "Đến
ngày 30/9/2025", "(tu ngay 01/11/2025 den ngay 30/11/2025)", section numbering ("I.", "1.", "a)"), the STT column,
the month labels of a table's first column ("Tháng 3/2025"), phone numbers ("0272.3826.427", "0206.3826.115",
"0203.3835.718", "0220.3852.116"), names and addresses with numbers ("Thuế cơ sở 5", "tầng 1", "Trụ sở Liên cơ quan
số 3", "chinh quyen dia phuong 02 cap"), the OCR noise "Ty 1e", headings naming the next period ("IV. NHIỆM VỤ THÁNG
9 NĂM 2025", "II. NHIEM VU THANG 12 NAM 2025", "III. NHIỆM VỤ NĂM 2025", "IV. NHIỆM VỤ QUÝ IV NĂM 2025": no
deadlines), "năm 2025" in "chuyển sang năm 2025" and years are not figures.

New in this set:
- 405 is a monthly Báo cáo of Sở Tài chính tỉnh Tây Ninh (header "UBND TỈNH TÂY NINH / SỞ TÀI CHÍNH"; the Sở took in
  the Sở Kế hoạch và Đầu tư on 01/3/2025 and the province took in Long An on 01/7/2025), tháng 8 năm 2025, issued
  05/9/2025, on online business and household-business registration. The Sở's own registration figures have subject
  "Sở Tài chính", level tỉnh. "(tháng 7/2025: 1.734 hồ sơ)" and "(xếp thứ 7/19)" are previous values dated
  2025-07-31. "trước hạn và đúng hạn 1.801 hồ sơ, đạt 99,67%" carries the on-time code. Its Markdown table has one
  row per month (Tháng 3/2025 … Tháng 8/2025; each row dated at its month's end, kind value as a dated column is)
  with files received, files filed online (code of online filing), online share and on-time share, and a "Cộng" row
  (the Sở's total of the six months, dated at the period end). The note that the rows before July add Long An's
  figures names no other body: every cell is the Sở's. The figures under "3. Tình hình doanh nghiệp trên địa bàn
  tỉnh" are the province's ("Toàn tỉnh có 412 doanh nghiệp …": subject NULL, units `doanh nghiệp`, `lượt`, a sum of
  money `tỷ đồng`, kind value; "tăng 9,3% so với tháng 7/2025" a relative change, code unchecked; the cumulative
  "789 doanh nghiệp" since 01/7/2025 dated at the period end). Household-business registration is done by the
  communes since 01/7/2025: "cấp xã trên địa bàn tỉnh tiếp nhận …" has subject "cấp xã", level xã; "1.487 hộ kinh
  doanh" is unit `hộ kinh doanh`. "so với chỉ tiêu năm 2025 là 70% thì chưa đạt chỉ tiêu": the 65,03% carries the
  target with status "chưa đạt"; the target itself is dated 2025-12-31 with subject and level unchecked (it may be
  read as the province's target or as the communes'). "61/96 xã, phường" and "07 xã" are counts of communes (unit
  `xã`, subject unchecked, level xã). "05/05 PAKN" is one count (max 5); "xếp thứ 4/19 cơ quan cấp tỉnh" ranks the
  Sở among the province's agencies, "tăng 3 bậc" its rise. Four deadlines: day, day in words ("chậm nhất ngày 15
  tháng 10 năm 2025", for the Văn phòng Sở, not the Centre it works with), quarter, "trước ngày 22 hằng tháng"
  (issued 05/9/2025: first 22/9/2025).
- 406 is a Báo cáo of the Ban Pháp chế HĐND tỉnh Sơn La (header "HỘI ĐỒNG NHÂN DÂN TỈNH SƠN LA / BAN PHÁP CHẾ") on
  its supervision of TTHC settlement in năm 2025, issued 15/01/2026 to the Thường trực HĐND. The Ban states no
  figure of its own; the province's figures have subject NULL. "04 cơ quan cấp tỉnh" (unit `đơn vị`, level tỉnh),
  "04 xã, phường" and "75 xã, phường" (unit `xã`, level xã) count the bodies supervised (subject unchecked, code
  None). "(năm 2024: 48,35%)" and "(79,62 điểm, xếp thứ 45/63)" are previous values dated 2024-12-31 (the
  previous total on the /100 scale, the previous rank out of 63 before the merger; the current rank is out of 34).
  On-time shares "ở cấp tỉnh, cấp xã lần lượt là" by level. "88,16%, chưa đạt chỉ tiêu năm 2025 là 100%": the
  province's target dated 2025-12-31, the share carries it with status "chưa đạt". The findings by unit are a dash
  list "- <unit>: tiếp nhận …, đã giải quyết …, quá hạn … (tỷ lệ đúng hạn x%)" (subject as written: "Sở Nông nghiệp
  và Môi trường", "Sở Xây dựng", "Sở Tư pháp", "Công an tỉnh" level tỉnh; "UBND phường Tô Hiệu", "UBND phường Chiềng
  An", "UBND xã Mai Sơn", "UBND xã Sông Mã" level xã); "không có hồ sơ quá hạn" states no figure. "598/729 hồ sơ quá
  hạn, đạt 82,03%" are the supervised units' apologies (subject, level and code unchecked). The findings'
  "03/04 cơ quan cấp tỉnh", "04/04 xã, phường", "02 sở" and "09 xã" are counts of bodies (code None); "14 TTHC"
  not posted at the communes supervised has subject unchecked, level xã. The recommendations are addressed to
  bodies in their head ("Đối với <body>:"), which are the assignees. "tham mưu nâng tỷ lệ số hóa … của tỉnh đạt
  100% trong năm 2026" is the province's target dated 2026-12-31 (subject NULL). Five deadlines: day, quarter
  (two communes), day in words, year (with the target), "trước ngày 10 hằng tháng" (issued 15/01/2026: first
  10/02/2026).
- 407 is a monthly Báo cáo of UBND xã Trùng Khánh (tỉnh Cao Bằng after the 1 July 2025 reform, named in "Kính
  gửi"), tháng 11 năm 2025, issued 03/12/2025, OCR'd from a scan with every diacritic lost and some letters
  confused ("S6:" for "Số:", "hd so", "dich vy", "Ty 1e"). The contexts are written on the file as it came (ASCII);
  the expected subjects, units, labels and metadata are the restored Vietnamese ("UBND xã Trùng Khánh", `hồ sơ`,
  "tháng 11 năm 2025", the signer "Nông Văn Hải"), which is what a reader of the restored text expects. The
  commune's own figures have subject "UBND xã Trùng Khánh", level xã. "(thang 10/2025: …)" are previous values
  dated 2025-10-31. "dung han va truoc han 1.229 ho so, dat 99,03%" carries the on-time code; the overdue files by
  field in brackets ("linh vuc dat dai 09 ho so") have subject and code unchecked, level xã. Its tab-separated
  table by field (no units in the headers but "(%)"; four "100" cells) has subject unchecked, level xã, and a "Tong
  cong" row with an empty STT cell (= the commune; its figures are also in the prose). "164 truong hop" of
  electronic certification is unit `trường hợp`. "03/03 PAKN" is one count (max 3), "dat 100%" the handled share.
  "xep thu 12/56 xa, phuong cua tinh" ranks the commune among the province's 56 communes and wards, "tang 5 bac"
  its rise; "Diem binh quan cua cac xa, phuong" is the level average (subject unchecked, level xã). "dat tren 70%"
  in the task of the Bộ phận Một cửa xã is a target for the commune's online share (subject unchecked, level xã),
  dated 2025-12-31. Four deadlines, written without marks (date words, task and assignee compared folded): day,
  month, "cham nhat" day (with the target), "truoc ngay 25 hang thang" (issued 03/12/2025: first 25/12/2025).
- 408 is an annual Báo cáo of Sở Ngoại vụ tỉnh Quảng Ninh (header "UBND TỈNH QUẢNG NINH / SỞ NGOẠI VỤ", before the
  2025 reorganisation), năm 2024, issued 10/01/2025, on the APEC business travel card (ABTC) and visits abroad and
  from abroad. Every figure is the Sở's (subject "Sở Ngoại vụ", level tỉnh). "02 lĩnh vực" is a count with code
  None; "07 TTHC … toàn trình và 02 TTHC một phần" count procedures by online service. The quarterly online shares
  and files received "quý I, quý II, quý III, quý IV lần lượt là 98, 121, 134 và 133 hồ sơ" are dated at each
  quarter's end (the fourth at the period end); "(412 hồ sơ)", "(năm 2023: 187 hồ sơ)" and "(năm 2023: 90,48
  điểm, xếp thứ 3/20)" are previous values dated 2023-12-31 (the Sở's score has no max); "tăng 17,96% so với năm
  2023" a relative change. The ABTC files, the files of visits and of international conferences are parts of the
  827 received (code unchecked). "Tỷ lệ giải quyết trước hạn đạt 94,36%, so với chỉ tiêu năm 2024 là 80% thì đã
  đạt chỉ tiêu": the target at the period end, the share carries it with status "đạt" (no catalogued code).
  Counts of `doanh nghiệp`, `doanh nhân`, `người`, `khách` and `hội nghị` as written. "3,4 ngày/hồ sơ" is the
  processing time, "rút ngắn 0,6 ngày" its fall. "02/02 PAKN" is one count (max 2). "xếp thứ 2/20 sở, ban, ngành"
  ranks among the province's agencies. Four deadlines: day, quarter, month, "trước ngày 05 hằng tháng" (issued
  10/01/2025: first 05/02/2025).
- 409 is a quarterly Báo cáo of Thuế cơ sở 5 (header "THUẾ THÀNH PHỐ HẢI PHÒNG / THUẾ CƠ SỞ 5", the tax office of
  nine wards of the former Hải Dương city after Hải Dương joined Hải Phòng), quý III năm 2025, issued 06/10/2025,
  on e-invoices generated from cash registers, e-filing and e-payment. The office's own figures have subject "Thuế
  cơ sở 5" (as its header line writes it); its level is unchecked (a tax office over several wards is neither a
  provincial nor a commune body). Units as written: `người nộp thuế`, `doanh nghiệp`, `hóa đơn`, `hộ` (household
  businesses too, `hộ kinh doanh`, as golden/blind36.py's 257 counts them; the writer's `hộ kinh doanh` on two rows,
  405's and 409's, was brought to that after the first run), `người`, `tỷ đồng` (sums of money and the average
  "649 hóa đơn/người nộp thuế" kind value); no figure has a
  catalogued code but the PAKN counts. "(3.260 người nộp thuế)" and "(quý II/2025: 98,76%)" are previous values
  dated 2025-06-30; "tăng 1.126 người nộp thuế" and "tăng 18,6%" are changes. "1.208/1.354 hộ, đạt 89,22%; chỉ tiêu
  Thuế thành phố giao cho quý III/2025 là 95%, chưa đạt chỉ tiêu": the target at the period end, the share
  carries it with status "chưa đạt"; "đạt 98,65%, đạt chỉ tiêu năm 2025 (98%)": the target in brackets dated
  2025-12-31, status "đạt". Its Markdown table lists the nine wards (subject as written, "Phường Hải Dương", level
  xã; taxpayers, invoices, e-filing and e-payment shares) and a "Cộng" row with an empty STT cell (= the office;
  its figures are also in the prose). "Có 03 phường" is a count (unit `phường`, level xã); "Phường Tân Hưng có tỷ
  lệ thấp nhất (97,54%)" repeats its table cell. "xếp thứ 3/12 Thuế cơ sở" ranks the office among the city's tax
  offices (no catalogued code). "hướng dẫn 146 hộ còn lại" is a count in a task; "đến hết năm 2025 có 100% hộ kinh
  doanh thuộc diện bắt buộc …" is a target dated 2025-12-31 (subject and level unchecked). Five deadlines: day,
  month, day in words, year (with the target), "trước ngày 10 hằng tháng" (issued 06/10/2025: first 10/10/2025).
"""

from __future__ import annotations

from golden.facts import (
    _CT,
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


def _cells(subject: object, level: object, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject, level=level,
              as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


# ------------------------------------------------------------ 405: Sở Tài chính tỉnh Tây Ninh, tháng 8 năm 2025
_STC = "Sở Tài chính"
_JUL_405 = "2025-07-31"
_CAP_XA = {"subject": "cấp xã", "level": "xã"}


def _so405(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_STC, level="tỉnh", **kw)


def _row_405(as_of: str, received: str, online: str, share: str, on_time: str, after: str) -> list[Fact]:
    """One Markdown row of a month (or the total): received, filed online, online share, on-time share."""
    cells = [(received, "hồ sơ", P, _TN, as_of), (online, "hồ sơ", P, _NOP, as_of), (share, "%", P, _NOP, as_of),
             (on_time, "%", P, _DH, as_of)]
    return _cells(_STC, "tỉnh", cells, after, " | ", " |\n")


BLIND_405 = [
    # I.1 (168/2025/NĐ-CP of 30/6/2025 and 94/KH-UBND of 18/7/2025 cited); tháng 7/2025 dated 2025-07-31
    _so405("Sở tiếp nhận 1.862", "1.862", 1862, "hồ sơ", C, code=_TN),
    _so405("(tháng 7/2025: 1.734 hồ sơ)", "1.734", 1734, "hồ sơ", PR, as_of=_JUL_405, code=_TN),
    _so405("là 1.845 hồ sơ", "1.845", 1845, "hồ sơ", C, code=_NOP),
    _so405("chiếm 99,09%", "99,09%", 99.09, "%", code=_NOP),
    _so405("giải quyết là 1.807", "1.807", 1807, "hồ sơ", C, code=ANY),
    _so405("đúng hạn 1.801", "1.801", 1801, "hồ sơ", C, code=_DH),
    _so405("đạt 99,67%", "99,67%", 99.67, "%", code=_DH),
    _so405("quá hạn 06", "06", 6, "hồ sơ", C, code=_QH),
    _so405("của Sở đạt 97,84%", "97,84%", 97.84, "%", code=_TT),
    _so405("giải quyết đạt 100%", "100%", 100, "%", code=_SH),
    # I.2 Markdown table by month, each row dated at its month's end; "Cộng" (the six months) at the period end
    *_row_405("2025-03-31", "1.415", "1.398", "98,80", "99,21", "| Tháng 4/2025"),
    *_row_405("2025-04-30", "1.538", "1.522", "98,96", "99,48", "| Tháng 5/2025"),
    *_row_405("2025-05-31", "1.607", "1.593", "99,13", "99,35", "| Tháng 6/2025"),
    *_row_405("2025-06-30", "1.689", "1.672", "98,99", "99,52", "| Tháng 7/2025"),
    *_row_405(_JUL_405, "1.734", "1.718", "99,08", "99,61", "| Tháng 8/2025"),
    *_row_405("period", "1.862", "1.845", "99,09", "99,67", "| Cộng"),
    *_row_405("period", "9.845", "9.748", "99,01", "99,50", "\nGhi chú"),
    # I.3 the province's enterprises (subject NULL)
    F("Toàn tỉnh có 412", "412", 412, "doanh nghiệp", C, code=ANY),
    F("tăng 9,3%", "9,3%", 9.3, "%", CH, code=ANY),
    F("đăng ký 4.126 tỷ đồng", "4.126", 4126, "tỷ đồng", P, code=ANY),
    F("nội dung: 736", "736", 736, "lượt", C, code=ANY),
    F("là 96 doanh nghiệp", "96", 96, "doanh nghiệp", C, code=ANY),
    F("kinh doanh 214", "214", 214, "doanh nghiệp", C, code=ANY),
    F("giải thể 58", "58", 58, "doanh nghiệp", C, code=ANY),
    F("có 789 doanh", "789", 789, "doanh nghiệp", C, code=ANY),
    # II. cấp xã (household businesses); the 2025 target with subject and level unchecked
    F("tiếp nhận 3.254", "3.254", 3254, "hồ sơ", C, code=_TN, **_CAP_XA),
    F("đó 2.116 hồ sơ", "2.116", 2116, "hồ sơ", C, code=_NOP, **_CAP_XA),
    F("cho 1.487 hộ", "1.487", 1487, "hộ", C, code=ANY, **_CAP_XA),
    F("cấp xã đạt 65,03%", "65,03%", 65.03, "%", code=_NOP, target=70, stated_status="chưa đạt", **_CAP_XA),
    F("năm 2025 là 70%", "70%", 70, "%", T, subject=ANY, level=ANY, as_of="2025-12-31", code=_NOP),
    F("Có 61/96", "61/96", 61, "xã", C, max_value=96, subject=ANY, level="xã", code=None),
    F("còn 07 xã", "07", 7, "xã", C, subject=ANY, level="xã", code=None),
    F("cấp xã là 58,42%", "58,42%", 58.42, "%", code=_TT, **_CAP_XA),
    # III. PAKN, satisfaction, the Sở's 766 score and rank among the agencies (0272.3826.427 is a phone number)
    _so405("tiếp nhận 05 phản ánh", "05", 5, "PAKN", C, code=_PAKN_TN),
    _so405("xong 05/05", "05/05", 5, "PAKN", C, max_value=5, code=_PAKN_XL),
    _so405("Sở đạt 96,2%", "96,2%", 96.2, "%", code=_HL),
    _so405("đạt 89,74 điểm", "89,74", 89.74, "điểm", code=_TONG),
    _so405("thứ 4/19", "4/19", 4, "hạng", R, max_value=19, code=_HANG),
    _so405("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    _so405("thứ 7/19)", "7/19", 7, "hạng", PR, max_value=19, as_of=_JUL_405, code=_HANG),
]

# ------------------------------------------------------------ 406: Ban Pháp chế HĐND tỉnh Sơn La, năm 2025
_Y2024 = "2024-12-31"


def _unit406(subject: str, level: str, received: str, settled: str, overdue: str | None,
             on_time: str | None) -> list[Fact]:
    """One supervised unit of the dash list: received, settled, overdue, on-time share (contexts by verb)."""
    facts = [F(f"tiếp nhận {received}", received, _num(received), "hồ sơ", C, subject=subject, level=level,
               code=_TN),
             F(f"giải quyết {settled}", settled, _num(settled), "hồ sơ", C, subject=subject, level=level, code=ANY)]
    if overdue is not None:
        facts.append(F(f"quá hạn {overdue}", overdue, _num(overdue), "hồ sơ", C, subject=subject, level=level,
                       code=_QH))
    if on_time is not None:
        facts.append(F(f"đúng hạn {on_time}", on_time, _num(on_time), "%", subject=subject, level=level,
                       code=_DH))
    return facts


BLIND_406 = [
    # preamble (112/NQ-HĐND of 10/7/2025 cited): the bodies supervised
    F("tại 04 cơ quan", "04", 4, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("và 04 xã, phường;", "04", 4, "xã", C, subject=ANY, level="xã", code=None),
    F("đối với 75 xã", "75", 75, "xã", C, subject=ANY, level="xã", code=None),
    # I.1 the province; năm 2024 dated 2024-12-31
    F("tiếp nhận 412.586", "412.586", 412586, "hồ sơ", C, code=_TN),
    F("giải quyết 405.113", "405.113", 405113, "hồ sơ", C, code=ANY),
    F("đúng hạn 398.742", "398.742", 398742, "hồ sơ", C, code=_DH),
    F("(đạt 98,43%)", "98,43%", 98.43, "%", code=_DH),
    F("quá hạn 6.371", "6.371", 6371, "hồ sơ", C, code=_QH),
    F("đạt 61,27%", "61,27%", 61.27, "%", code=_NOP),
    F("(năm 2024: 48,35%)", "48,35%", 48.35, "%", PR, as_of=_Y2024, code=_NOP),
    F("lần lượt là 99,12%", "99,12%", 99.12, "%", subject="cấp tỉnh", level="tỉnh", code=_DH),
    F("và 97,86%", "97,86%", 97.86, "%", subject="cấp xã", level="xã", code=_DH),
    F("tỉnh đạt 52,08%", "52,08%", 52.08, "%", code=_TT),
    F("đạt 88,16%", "88,16%", 88.16, "%", code=_SH, target=100, stated_status="chưa đạt"),
    F("năm 2025 là 100%", "100%", 100, "%", T, as_of="2025-12-31", code=_SH),
    F("tiếp nhận 186", "186", 186, "PAKN", C, code=_PAKN_TN),
    F("xử lý 179", "179", 179, "PAKN", C, code=_PAKN_XL),
    F("đạt 96,24%", "96,24%", 96.24, "%", code=_PAKN_TL),
    F("đạt 84,37/100", "84,37/100", 84.37, "điểm", max_value=100, code=_TONG),
    F("thứ 21/34", "21/34", 21, "hạng", R, max_value=34, code=_HANG),
    F("tăng 4,75 điểm", "4,75", 4.75, "điểm", CH, code=_TONG),
    F("(79,62 điểm", "79,62", 79.62, "điểm", PR, max_value=100, as_of=_Y2024, code=_TONG),
    F("thứ 45/63)", "45/63", 45, "hạng", PR, max_value=63, as_of=_Y2024, code=_HANG),
    # I.2 the units supervised, a dash list
    *_unit406("Sở Nông nghiệp và Môi trường", "tỉnh", "6.842", "6.715", "263", "96,08%"),
    *_unit406("Sở Xây dựng", "tỉnh", "2.135", "2.098", "41", "98,05%"),
    *_unit406("Sở Tư pháp", "tỉnh", "9.416", "9.388", "12", "99,87%"),
    *_unit406("Công an tỉnh", "tỉnh", "18.524", "18.517", None, None),
    *_unit406("UBND phường Tô Hiệu", "xã", "7.308", "7.241", "51", "99,30%"),
    *_unit406("UBND phường Chiềng An", "xã", "3.926", "3.874", "48", "98,76%"),
    *_unit406("UBND xã Mai Sơn", "xã", "4.517", "4.402", "147", "96,66%"),
    *_unit406("UBND xã Sông Mã", "xã", "3.861", "3.720", "167", "95,51%"),
    F("đối với 598/729", "598/729", 598, "hồ sơ", C, max_value=729, subject=ANY, level=ANY, code=ANY),
    F("đạt 82,03%", "82,03%", 82.03, "%", subject=ANY, level=ANY, code=ANY),
    # II. findings: counts of bodies
    F("Có 03/04 cơ quan", "03/04", 3, "đơn vị", C, max_value=4, subject=ANY, level="tỉnh", code=None),
    F("và 04/04 xã", "04/04", 4, "xã", C, max_value=4, subject=ANY, level="xã", code=None),
    F("Còn 14 TTHC", "14", 14, "TTHC", C, subject=ANY, level="xã", code=ANY),
    F("02 sở chưa", "02", 2, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("tại 09 xã", "09", 9, "xã", C, subject=ANY, level="xã", code=None),
    # III.4 the province's target for 2026
    F("đạt 100% trong năm 2026", "100%", 100, "%", T, as_of="2026-12-31", code=_SH),
]

# ------------------------------------------------------------ 407: UBND xã Trùng Khánh (Cao Bằng), tháng 11 năm 2025
_XTK = "UBND xã Trùng Khánh"
_OCT_407 = "2025-10-31"


def _xa407(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the commune itself (subject the commune, level xã)."""
    return F(context, raw, value, unit, kind, subject=_XTK, level="xã", **kw)


def _row_407(subject: object, received: str, settled: str, on_time: str, online: str, after: str) -> list[Fact]:
    """One tab-separated row of a field (or the total): received, settled, on-time share, online share."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (settled, "hồ sơ", P, ANY, "period"),
             (on_time, "%", P, _DH, "period"), (online, "%", P, _NOP, "period")]
    return _cells(subject, "xã", cells, after, "\t", "\n")


BLIND_407 = [
    # I.1 (2318/UBND-KSTT of 14/10/2025 cited)
    _xa407("cong khai 312 TTHC", "312", 312, "TTHC", C, code=_TTHC),
    _xa407("trong do 238 TTHC", "238", 238, "TTHC", C, code=_TOAN),
    # I.2 tháng 10/2025 dated 2025-10-31
    _xa407("tiep nhan 1.286", "1.286", 1286, "hồ sơ", C, code=_TN),
    _xa407("(thang 10/2025: 1.154", "1.154", 1154, "hồ sơ", PR, as_of=_OCT_407, code=_TN),
    _xa407("tuyen 817 ho so", "817", 817, "hồ sơ", C, code=_NOP),
    _xa407("dat 63,53%", "63,53%", 63.53, "%", code=_NOP),
    _xa407("quyet 1.241", "1.241", 1241, "hồ sơ", C, code=ANY),
    _xa407("truoc han 1.229", "1.229", 1229, "hồ sơ", C, code=_DH),
    _xa407("dat 99,03%", "99,03%", 99.03, "%", code=_DH),
    _xa407("qua han 12 ho so", "12", 12, "hồ sơ", C, code=_QH),
    F("dai 09 ho so", "09", 9, "hồ sơ", C, subject=ANY, level="xã", code=ANY),
    F("dung 03 hd so", "03", 3, "hồ sơ", C, subject=ANY, level="xã", code=ANY),
    # Bảng 1, tab-separated by field; "Tong cong" (= the commune)
    *_row_407(ANY, "412", "409", "100", "82,52", "2\tChung thuc"),
    *_row_407(ANY, "356", "356", "100", "48,60", "3\tDat dai"),
    *_row_407(ANY, "148", "121", "92,56", "38,51", "4\tXay dung"),
    *_row_407(ANY, "37", "32", "90,63", "59,46", "5\tDang ky"),
    *_row_407(ANY, "64", "61", "100", "71,88", "6\tBao tro"),
    *_row_407(ANY, "183", "179", "100", "65,03", "7\tLinh vuc khac"),
    *_row_407(ANY, "86", "83", "100", "69,77", "\tTong cong"),
    *_row_407(_XTK, "1.286", "1.241", "99,03", "63,53", "\n3. So hoa"),
    # I.3 ("Ty 1e" is OCR noise, no figure)
    _xa407("TTHC: 91,84%", "91,84%", 91.84, "%", code=_SH),
    _xa407("(thang 10/2025: 87,20%)", "87,20%", 87.20, "%", PR, as_of=_OCT_407, code=_SH),
    _xa407("truc tuyen: 47,65%", "47,65%", 47.65, "%", code=_TT),
    _xa407("chinh: 164", "164", 164, "trường hợp", C, code=_CT),
    # I.4 (0206.3826.115 is a phone number)
    _xa407("tiep nhan 03 phan anh", "03", 3, "PAKN", C, code=_PAKN_TN),
    _xa407("ly 03/03 PAKN", "03/03", 3, "PAKN", C, max_value=3, code=_PAKN_XL),
    _xa407("PAKN, dat 100%", "100%", 100, "%", code=_PAKN_TL),
    # I.5 the commune's 766 score, rank among the province's 56 communes and wards; the level average
    _xa407("dat 82,46 diem", "82,46", 82.46, "điểm", code=_TONG),
    _xa407("thu 12/56", "12/56", 12, "hạng", R, max_value=56, code=_HANG),
    _xa407("5 bac so voi", "5", 5, "hạng", CH, code=_HANG),
    F("la 79,85 diem", "79,85", 79.85, "điểm", subject=ANY, level="xã", code=_TONG),
    # II.3 the target in the task of the Bộ phận Một cửa xã
    F("dat tren 70%", "70%", 70, "%", T, subject=ANY, level="xã", as_of="2025-12-31", code=_NOP),
]

# ------------------------------------------------------------ 408: Sở Ngoại vụ tỉnh Quảng Ninh, năm 2024
_SNV = "Sở Ngoại vụ"
_Y2023 = "2023-12-31"


def _so408(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SNV, level="tỉnh", **kw)


BLIND_408 = [
    # I. (45/2019/QĐ-TTg of 31/12/2019 and 36/KH-UBND of 22/01/2024 cited; "tầng 1", "số 3" are an address)
    _so408("thực hiện 09 TTHC", "09", 9, "TTHC", C, code=_TTHC),
    _so408("thuộc 02 lĩnh vực", "02", 2, "lĩnh vực", C, code=None),
    _so408("trong đó 07 TTHC", "07", 7, "TTHC", C, code=_TOAN),
    _so408("và 02 TTHC", "02", 2, "TTHC", C, code=_MOT),
    _so408("tổng số 827", "827", 827, "hồ sơ", C, code=_TN),
    _so408("trực tuyến 809", "809", 809, "hồ sơ", C, code=_NOP),
    _so408("đạt 97,82%", "97,82%", 97.82, "%", code=_NOP),
    _so408("TTHC đạt 100%", "100%", 100, "%", code=_SH),
    _so408("điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    # the four quarters' online shares, each dated at its quarter's end
    _so408("lần lượt là 96,15%", "96,15%", 96.15, "%", as_of="2024-03-31", code=_NOP),
    _so408(", 97,40%", "97,40%", 97.40, "%", as_of="2024-06-30", code=_NOP),
    _so408(", 98,21%", "98,21%", 98.21, "%", as_of="2024-09-30", code=_NOP),
    _so408("và 99,02%", "99,02%", 99.02, "%", code=_NOP),
    # II.1 ABTC; năm 2023 dated 2023-12-31
    _so408("Sở tiếp nhận 486", "486", 486, "hồ sơ", C, code=ANY),
    _so408("tăng 17,96%", "17,96%", 17.96, "%", CH, code=ANY),
    _so408("(412 hồ sơ)", "412", 412, "hồ sơ", PR, as_of=_Y2023, code=ANY),
    _so408("lần lượt là 98,", "98", 98, "hồ sơ", C, as_of="2024-03-31", code=ANY),
    _so408(", 121, 134", "121", 121, "hồ sơ", C, as_of="2024-06-30", code=ANY),
    _so408("134 và 133", "134", 134, "hồ sơ", C, as_of="2024-09-30", code=ANY),
    _so408("và 133 hồ sơ", "133", 133, "hồ sơ", C, code=ANY),
    _so408("giải quyết 479", "479", 479, "hồ sơ", C, code=ANY),
    _so408("trước hạn 452", "452", 452, "hồ sơ", C, code=ANY),
    _so408("đúng hạn 27", "27", 27, "hồ sơ", C, code=ANY),
    _so408("; 07 hồ sơ", "07", 7, "hồ sơ", C, code=ANY),
    _so408("đạt 94,36%", "94,36%", 94.36, "%", code=ANY, target=80, stated_status="đạt"),
    _so408("năm 2024 là 80%", "80%", 80, "%", T, code=ANY),
    _so408("cho phép 318", "318", 318, "doanh nghiệp", C, code=ANY),
    _so408("với 463", "463", 463, "doanh nhân", C, code=ANY),
    _so408("phép, 75 doanh", "75", 75, "doanh nghiệp", C, code=ANY),
    _so408("chiếm 23,58%", "23,58%", 23.58, "%", code=ANY),
    _so408("là 3,4 ngày", "3,4", 3.4, "ngày", code=_TIME),
    _so408("rút ngắn 0,6", "0,6", -0.6, "ngày", CH, code=_TIME),
    # II.2 visits abroad and from abroad
    _so408("Thẩm định 214", "214", 214, "hồ sơ", C, code=ANY),
    _so408("(năm 2023: 187", "187", 187, "hồ sơ", PR, as_of=_Y2023, code=ANY),
    _so408("với 1.126", "1.126", 1126, "người", C, code=ANY),
    _so408("Thẩm định 96", "96", 96, "hồ sơ", C, code=ANY),
    _so408("với 843", "843", 843, "khách", C, code=ANY),
    # II.3 international conferences
    _so408("Tiếp nhận 31", "31", 31, "hồ sơ", C, code=ANY),
    _so408("tổ chức 27", "27", 27, "hội nghị", C, code=ANY),
    _so408("trả lại 04", "04", 4, "hồ sơ", C, code=ANY),
    # II.4 (0203.3835.718 is a phone number); năm 2023 dated 2023-12-31
    _so408("tiếp nhận 02 phản ánh", "02", 2, "PAKN", C, code=_PAKN_TN),
    _so408("trả lời 02/02", "02/02", 2, "PAKN", C, max_value=2, code=_PAKN_XL),
    _so408("đạt 98,9%", "98,9%", 98.9, "%", code=_HL),
    _so408("Sở đạt 92,15", "92,15", 92.15, "điểm", code=_TONG),
    _so408("thứ 2/20", "2/20", 2, "hạng", R, max_value=20, code=_HANG),
    _so408("(năm 2023: 90,48", "90,48", 90.48, "điểm", PR, as_of=_Y2023, code=_TONG),
    _so408("thứ 3/20)", "3/20", 3, "hạng", PR, max_value=20, as_of=_Y2023, code=_HANG),
]

# ------------------------------------------------------------ 409: Thuế cơ sở 5 (Hải Phòng), quý III năm 2025
_TCS = "Thuế cơ sở 5"
_Q2_2025 = "2025-06-30"


def _tcs(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the tax office itself (subject as its header line writes it, level unchecked)."""
    return F(context, raw, value, unit, kind, subject=_TCS, level=ANY, **kw)


def _row_409(subject: str, level: object, payers: str, invoices: str, filing: str, paying: str,
             after: str) -> list[Fact]:
    """One Markdown row of a ward (or the total): taxpayers, invoices, e-filing and e-payment shares."""
    cells = [(payers, "người nộp thuế", P, ANY, "period"), (invoices, "hóa đơn", P, ANY, "period"),
             (filing, "%", P, ANY, "period"), (paying, "%", P, ANY, "period")]
    return _cells(subject, level, cells, after, " | ", " |\n")


BLIND_409 = [
    # I. (70/2025/NĐ-CP of 20/3/2025 and 2045/THP-NVDTPC of 15/7/2025 cited); quý II/2025 dated 2025-06-30
    _tcs("có 4.386", "4.386", 4386, "người nộp thuế", C, code=ANY),
    _tcs("(612 doanh", "612", 612, "doanh nghiệp", C, code=ANY),
    _tcs("và 3.774", "3.774", 3774, "hộ", C, code=ANY),
    _tcs("tăng 1.126", "1.126", 1126, "người nộp thuế", CH, code=ANY),
    _tcs("(3.260 người", "3.260", 3260, "người nộp thuế", PR, as_of=_Q2_2025, code=ANY),
    _tcs("là 2.845.613", "2.845.613", 2845613, "hóa đơn", C, code=ANY),
    _tcs("hóa đơn 1.247,6", "1.247,6", 1247.6, "tỷ đồng", code=ANY),
    _tcs("bình quân 649", "649", 649, "hóa đơn", code=ANY),
    _tcs("là 1.208/1.354", "1.208/1.354", 1208, "hộ", C, max_value=1354, code=ANY),
    _tcs("đạt 89,22%", "89,22%", 89.22, "%", code=ANY, target=95, stated_status="chưa đạt"),
    _tcs("quý III/2025 là 95%", "95%", 95, "%", T, code=ANY),
    # II.
    _tcs("điện tử đạt 99,12%", "99,12%", 99.12, "%", code=ANY),
    _tcs("(quý II/2025: 98,76%)", "98,76%", 98.76, "%", PR, as_of=_Q2_2025, code=ANY),
    _tcs("đạt 98,65%", "98,65%", 98.65, "%", code=ANY, target=98, stated_status="đạt"),
    _tcs("(98%)", "98%", 98, "%", T, as_of="2025-12-31", code=ANY),
    _tcs("là 1.836,4", "1.836,4", 1836.4, "tỷ đồng", code=ANY),
    _tcs("chiếm 97,21%", "97,21%", 97.21, "%", code=ANY),
    _tcs("là 12.415", "12.415", 12415, "người", C, code=ANY),
    _tcs("tăng 18,6%", "18,6%", 18.6, "%", CH, code=ANY),
    # Markdown table of the nine wards; "Cộng" (= the office)
    *_row_409("Phường Hải Dương", "xã", "856", "612.480", "99,46", "98,95", "| 2 | Phường Lê Thanh Nghị"),
    *_row_409("Phường Lê Thanh Nghị", "xã", "734", "541.237", "99,38", "99,01", "| 3 | Phường Việt Hòa"),
    *_row_409("Phường Việt Hòa", "xã", "412", "248.915", "98,91", "98,12", "| 4 | Phường Thành Đông"),
    *_row_409("Phường Thành Đông", "xã", "598", "402.118", "99,20", "98,70", "| 5 | Phường Nam Đồng"),
    *_row_409("Phường Nam Đồng", "xã", "327", "186.342", "98,64", "97,86", "| 6 | Phường Tân Hưng"),
    *_row_409("Phường Tân Hưng", "xã", "291", "151.706", "98,37", "97,54", "| 7 | Phường Thạch Khôi"),
    *_row_409("Phường Thạch Khôi", "xã", "386", "214.583", "98,85", "98,33", "| 8 | Phường Tứ Minh"),
    *_row_409("Phường Tứ Minh", "xã", "445", "287.609", "99,02", "98,47", "| 9 | Phường Ái Quốc"),
    *_row_409("Phường Ái Quốc", "xã", "337", "200.623", "98,73", "98,05", "| | Cộng"),
    *_row_409(_TCS, ANY, "4.386", "2.845.613", "99,12", "98,65", "\nCó 03 phường"),
    F("Có 03 phường", "03", 3, "phường", C, subject=ANY, level="xã", code=None),
    F("thấp nhất (97,54%)", "97,54%", 97.54, "%", subject="Phường Tân Hưng", level="xã", code=ANY),
    # III. (0220.3852.116 is a phone number)
    _tcs("tiếp nhận 09", "09", 9, "PAKN", C, code=_PAKN_TN),
    _tcs("giải quyết 08", "08", 8, "PAKN", C, code=_PAKN_XL),
    _tcs("01 PAKN", "01", 1, "PAKN", C, code=ANY),
    _tcs("thứ 3/12", "3/12", 3, "hạng", R, max_value=12, code=ANY),
    # IV. a count in a task; the target to the end of 2025
    F("hướng dẫn 146", "146", 146, "hộ", C, subject=ANY, level=ANY, code=ANY),
    F("có 100% hộ", "100%", 100, "%", T, subject=ANY, level=ANY, as_of="2025-12-31", code=ANY),
]

BLIND = {"405": BLIND_405, "406": BLIND_406, "407": BLIND_407, "408": BLIND_408, "409": BLIND_409}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "405": [
        ("2025-09-30", "day", "30/9/2025", "chuẩn hóa dữ liệu doanh nghiệp", "Phòng Đăng ký kinh doanh"),
        ("2025-10-15", "day", "ngày 15 tháng 10 năm 2025", "tiếp nhận hồ sơ hộ kinh doanh trực tuyến",
         "Văn phòng Sở"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "kiểm tra việc chấp hành quy định về đăng ký doanh nghiệp",
         "Thanh tra Sở"),
        # issued 05/9/2025: the first "ngày 22 hằng tháng" is 22/9/2025
        ("2025-09-22", "recurring", "22 hằng tháng", "tổng hợp số liệu đăng ký doanh nghiệp",
         "Các phòng, đơn vị thuộc Sở"),
    ],
    "406": [
        ("2026-03-31", "day", "31/3/2026", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "Sở Nông nghiệp và Môi trường"),
        ("2026-03-31", "quarter", "quý I năm 2026", "xin lỗi đầy đủ tổ chức, công dân",
         "UBND xã Mai Sơn, UBND xã Sông Mã"),
        ("2026-04-30", "day", "ngày 30 tháng 4 năm 2026", "nâng cấp đường truyền", "Sở Khoa học và Công nghệ"),
        ("2026-12-31", "year", "năm 2026", "nâng tỷ lệ số hóa hồ sơ", "Văn phòng UBND tỉnh"),
        # issued 15/01/2026: the first "ngày 10 hằng tháng" is 10/02/2026
        ("2026-02-10", "recurring", "10 hằng tháng", "báo cáo kết quả khắc phục", "UBND các xã, phường"),
    ],
    "407": [
        ("2025-12-15", "day", "15/12/2025", "giai quyet dut diem", "Cong chuc Dia chinh - Xay dung"),
        ("2025-12-31", "month", "thang 12/2025", "so hoa so ho tich", "Cong chuc Tu phap - Ho tich"),
        ("2025-12-31", "day", "31/12/2025", "ty le ho so nop truc tuyen", "Bo phan Mot cua xa"),
        # issued 03/12/2025: the first "ngay 25 hang thang" is 25/12/2025
        ("2025-12-25", "recurring", "25 hang thang", "cap nhat ket qua giai quyet ho so", "Cac cong chuc chuyen mon"),
    ],
    "408": [
        ("2025-02-28", "day", "28/02/2025", "đề xuất đơn giản hóa TTHC cấp thẻ ABTC",
         "Phòng Lãnh sự và Người Việt Nam ở nước ngoài"),
        ("2025-03-31", "quarter", "quý I năm 2025", "cập nhật quy trình nội bộ", "Văn phòng Sở"),
        ("2025-03-31", "month", "tháng 3/2025", "tập huấn cho doanh nghiệp", "Phòng Hợp tác quốc tế"),
        # issued 10/01/2025: the first "ngày 05 hằng tháng" is 05/02/2025
        ("2025-02-05", "recurring", "05 hằng tháng", "báo cáo kết quả giải quyết TTHC", "Các phòng thuộc Sở"),
    ],
    "409": [
        ("2025-10-31", "day", "31/10/2025", "đăng ký sử dụng hóa đơn điện tử", "Tổ Quản lý hộ kinh doanh, cá nhân"),
        ("2025-11-30", "month", "tháng 11/2025", "đôn đốc người nộp thuế chưa nộp thuế điện tử",
         "Tổ Kê khai - Kế toán thuế"),
        ("2025-12-15", "day", "ngày 15 tháng 12 năm 2025", "hội nghị đối thoại",
         "Tổ Tuyên truyền và Hỗ trợ người nộp thuế"),
        ("2025-12-31", "year", "năm 2025", "hóa đơn điện tử khởi tạo từ máy tính tiền",
         "Tổ Quản lý hộ kinh doanh, cá nhân"),
        # issued 06/10/2025: the first "ngày 10 hằng tháng" is 10/10/2025
        ("2025-10-10", "recurring", "10 hằng tháng", "báo cáo kết quả thực hiện", "Các tổ thuộc Thuế cơ sở 5"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 405's issuer is the Sở
# Tài chính under "UBND TỈNH TÂY NINH"; 406's the Ban Pháp chế under "HỘI ĐỒNG NHÂN DÂN TỈNH SƠN LA", its period the
# year in its title; 407's the UBND xã, its fields read from the restored text (province from "Kinh gui: UBND tinh Cao
# Bang", period label and signer with their marks); 408's the Sở Ngoại vụ under "UBND TỈNH QUẢNG NINH", period the
# year in its title; 409's the Thuế cơ sở 5 under "THUẾ THÀNH PHỐ HẢI PHÒNG" (Hải Phòng after the 1 July 2025 merger).
META = {
    "405": {"doc_number": "2186/BC-STC", "doc_type": "Báo cáo", "issued_date": "2025-09-05",
            "province": "Tây Ninh", "period_label": "tháng 8 năm 2025", "period_start": "2025-08-01",
            "period_end": "2025-08-31", "signer": "Nguyễn Thị Bích Hạnh"},
    "406": {"doc_number": "47/BC-BPC", "doc_type": "Báo cáo", "issued_date": "2026-01-15",
            "province": "Sơn La", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Lò Văn Tiến"},
    "407": {"doc_number": "245/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-12-03",
            "province": "Cao Bằng", "period_label": "tháng 11 năm 2025", "period_start": "2025-11-01",
            "period_end": "2025-11-30", "signer": "Nông Văn Hải"},
    "408": {"doc_number": "18/BC-SNgV", "doc_type": "Báo cáo", "issued_date": "2025-01-10",
            "province": "Quảng Ninh", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Vũ Thị Thu Hà"},
    "409": {"doc_number": "1372/BC-TCS5", "doc_type": "Báo cáo", "issued_date": "2025-10-06",
            "province": "Hải Phòng", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Phạm Quang Huy"},
}
