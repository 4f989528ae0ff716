"""Blind golden facts for corpus/blind91/530_son_la.txt, 531_ha_tinh.txt, 532_thai_binh.txt, 533_quang_ninh.txt and
534_hai_duong.txt.

The five documents were written by the developers for a ninety-first blind measurement (provinces little used in
recent sets; issuers outside the people's committees: a Sở Tài nguyên và Môi trường on land files, a Thuế tỉnh on
e-tax and e-invoices, a Sở Giáo dục và Đào tạo on online enrolment and diplomas, a Sở Lao động - Thương binh và Xã
hội, a Công an tỉnh on Đề án 06; text as it arrives from PDFs, Word files and scans; not real documents), and every row
below was written by reading them, before any extraction, restoration or pipeline code was run on them. They also
serve as held-out text for diacritic restoration (534 is itself a text whose marks were mostly lost).

Same structure and conventions as golden/blind88.py, blind87.py, blind86.py, blind85.py, blind63.py, blind16.py and
blind13.py: rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written
inside it). Prose and list counts are kind `count`; table cells are kind `value` even when they count, with
`extra={"source": "table"}`; `as_of="period"` is the period's end; a change is dated with the figure it changes and a
fall ("giảm", "rút ngắn") is negative. `ANY` leaves a field unchecked where the sentence names no catalogued
indicator (`None` where it clearly names none: counts of decisions, units, branches). "thủ tục" counts use the unit
`TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a count of the files (or PAKN) an indicator is computed on
carries that indicator's code; every "đã giải quyết" count, files still pending and relative changes of counts have
their code unchecked. Counts of local units take the unit of their first unit word ("05/12 huyện, thị xã, thành phố"
→ `huyện`, "207/207 xã, phường, thị trấn" → `xã`), counts of "sở, ban, ngành" → `đơn vị`, at the level of the units
counted. A provincial body's own figures naming no body are named by its kind ("Sở Tài nguyên và Môi trường" for
"Sở …", "ngành …", "toàn ngành …"; "Thuế tỉnh"; "Sở Giáo dục và Đào tạo"; "Sở Lao động - Thương binh và Xã hội";
"Công an tỉnh" for "Cong an tinh …"), level tỉnh; a sentence naming the body in full keeps the name as written
("Thuế tỉnh Hà Tĩnh đạt …", "Cong an tinh Hai Duong xep thu …" → "Công an tỉnh Hải Dương"); "toàn tỉnh …" and "trên
địa bàn tỉnh" figures are the province's (subject NULL). Certified copies count in `bản`; other things counted take
the noun as written (`chi nhánh`, `thửa đất`, `giấy chứng nhận`, `doanh nghiệp`, `hộ kinh doanh`, `giao dịch`, `hóa
đơn`, `trường hợp`, `mã số thuế`, `lượt`, `văn bằng`, `học sinh`, `thí sinh`, `cơ sở giáo dục`, `cơ sở`, `đối tượng`,
`thẻ`, `tài khoản`, `nhân khẩu`); money keeps the unit written (`tỷ đồng`; code unchecked). Numbers written in words
are no figures ("năm đơn vị cấp huyện"). Dates, document numbers, cited decrees, decisions, plans and letters ("Kế
hoạch số 286/KH-UBND", "Công văn số 4127/VP-KSTT", "Quyết định số 766/QĐ-TTg", "Công văn số 2186/CT-CS", "Kế hoạch
số 318/KH-UBND", "Quyết định số 2915/QĐ-UBND", "Nghị định số 61/2018/NĐ-CP", "Kế hoạch số 02/KH-UBND", "Ke hoach so
215/KH-UBND"), the stated windows, "Từ ngày 01/6/2025", "Đến ngày 30/9/2025" and "Luy ke den ngay 31/5/2025" (period
ends or dates, no figures), "Bộ chỉ số 766", "Đề án 06"/"De an 06", "Cuc C06", "PV06", names holding numbers
("Thuế cơ sở 1" … "Thuế cơ sở 5"), "năm học 2024-2025", "lớp 1", "lớp 6", "lớp 10" (also in table headers), "từ năm
1975 đến năm 2023", "duoi 6 tuoi", "muc do 2", "tu du 14 tuoi", section numbering ("I.", "1.", "1.1.", "1.2.", "a)",
"Bảng 1.", "Biểu 1.", "Phụ lục I", "Phụ lục II"), the TT/STT columns, numbered tasks and targets, page footers ("Trang
1/4" … "Trang 4/4"), the repeated page header ("Báo cáo số 52/BC-STNMT ngày 10/01/2025 …"), addresses ("Tổ 2, phường
Chiềng Lề", "số 27 đường Phan Đình Phùng", "số 60 đường Nguyễn Văn Cừ", "so 22 duong Tran Hung Dao"), phone numbers
("0212.3852.416", "0239.3855.620", "0203.3835.642", "0220.3852.114"), headings naming the next period ("III. NHIỆM VỤ
TRỌNG TÂM NĂM 2025", "III. NHIỆM VỤ QUÝ IV NĂM 2025", "II. NHIỆM VỤ NĂM 2025", "II. NHIEM VU THANG 6 NAM 2025": no
deadlines) and years are not figures. OCR noise is no figure: "S6:" is "Số:", "ty 18" is "tỷ lệ", "hd so" is "hồ sơ",
"quy 111 nam 2025" is "quý III năm 2025".

New in this set (all but 531 before the 1 July 2025 merger, ranks /63; 531 after it, ranks /34):
- 530 is an annual Báo cáo of the Sở Tài nguyên và Môi trường tỉnh Sơn La (header "UBND TỈNH SƠN LA / SỞ TÀI NGUYÊN
  VÀ MÔI TRƯỜNG" laid out in two space-aligned columns), năm 2024, issued 10/01/2025, on land files. NEW: the text as
  pulled from a PDF with its layout: prose hard-wrapped at about 94 columns (contexts never cross a line end), four
  pages with a footer "Trang n/4" and, at the top of pages 2–4, a repeated page header holding the document number
  and date (no figures), and a SENTENCE BROKEN BY A PAGE BREAK ("… trong đó cấp lần đầu" / footer, form feed, page
  header / "3.126 giấy chứng nhận, cấp đổi, cấp lại 9.292 giấy chứng nhận."): the figures after the break belong to
  the sentence begun before it (the sector's certificates, unit `giấy chứng nhận`). Its Bảng 1 is laid out with runs
  of spaces, the header wrapped over three lines ("Hồ sơ / tiếp nhận / (hồ sơ)", "Tỷ lệ / trực tuyến / (%)"), a rule
  of dashes, the Văn phòng Đăng ký đất đai tỉnh (level tỉnh) and its 12 Chi nhánh seated in the districts (subject as
  written, "Chi nhánh huyện Mai Sơn"; level unchecked, as golden/blind83.py reads a provincial office's branches in
  districts), a "Tổng cộng" row without TT (= the sector, "Sở Tài nguyên và Môi trường"; it repeats the prose).
  "118 TTHC (cấp tỉnh 86 TTHC, cấp huyện 24 TTHC, cấp xã 8 TTHC)" the sector's TTHC and their levels; "(năm 2023:
  43.915 hồ sơ), tăng 4.555 hồ sơ, tương ứng tăng 10,37%" (previous dated 2023-12-31; the relative change code
  unchecked); overdue files of two branches in brackets (their subjects, level unchecked); the best and worst units in
  brackets; "so với chỉ tiêu UBND tỉnh giao năm 2024 là 45% thì chưa đạt chỉ tiêu" (the sector's target at the period
  end, 42,61% carries it); "05/12 huyện, thị xã, thành phố … 412.806 thửa đất" (the database's extent: subject and
  level of the parcels unchecked). The Sở's `84,26/100`, `9/21` "(năm 2023: 79,52 điểm, xếp thứ 14/21), tăng 4,74
  điểm và tăng 5 bậc", two group scores `x/max`; the province's `80,14/100`, `33/63` (subject NULL). Task 4's "của
  ngành đạt tối thiểu 50% trong quý II năm 2025" is the sector's target, dated 2025-06-30; "07 huyện" a count in a
  task. Six deadlines: day, "chậm nhất" day in words for two named branches, month, quarter (with the target), year
  (item 5, printed after a page footer and header), "trước ngày 18 hằng tháng" (issued 10/01/2025: first 18/01/2025).
- 531 is a quarterly Báo cáo of Thuế tỉnh Hà Tĩnh (header "CỤC THUẾ / THUẾ TỈNH HÀ TĨNH", the Cục Thuế's provincial
  office after the 1 July 2025 reorganisation), quý III năm 2025, issued 08/10/2025. NEW: a Word document converted to
  text: the two-column header, the "Nơi nhận" and the signature as tab-separated lines, one line per paragraph, numbered
  headings "I.", "1.", "1.1.", "1.2.", "a)" … "c)" (no figures), and a TAB-SEPARATED Biểu 1 (units in the headers) of
  the Văn phòng Thuế tỉnh and five "Thuế cơ sở" (names holding numbers; subject as written, "Thuế cơ sở 3"; level tỉnh:
  the branches of a provincial body after the merger, as golden/blind87.py's 512) with files received, online and
  on-time shares and tax paid electronically in `tỷ đồng` with decimal cells ("1.642,8" → 1642.8), a "Cộng" row with
  an empty STT cell (= the Thuế tỉnh; it repeats the prose). "(quý II năm 2025: 16.918 hồ sơ), tăng 1.508 hồ sơ" and
  "(quý II năm 2025: 3.872.406 hóa đơn), tăng 6,56%" dated 2025-06-30. "98,31%, chưa đạt chỉ tiêu Cục Thuế giao năm
  2025 là 100%" (on-time refunds: code unchecked; target dated 2025-12-31). The province's enterprises and households
  ("Toàn tỉnh có 6.842/6.851 doanh nghiệp …", "toàn tỉnh có 3.214 hộ kinh doanh", subject NULL); eTax Mobile
  transactions and their rise name no body (unchecked). "Thuế tỉnh Hà Tĩnh đạt 92,18/100 điểm, xếp thứ 8/34 Thuế
  tỉnh, thành phố (quý II năm 2025: xếp thứ 12/34), tăng 4 bậc" is the Cục Thuế's ranking (codes unchecked, subject as
  written); the province's `86,42/100`, `11/34` and `8,36/10` (subject NULL). Task 4's "của Thuế tỉnh đạt tối thiểu
  98% trong quý IV năm 2025" is the office's target (2025-12-31). Six deadlines: day, "chậm nhất" day in words, month,
  quarter (with the target), year "trong năm 2026", "trước ngày 05 hằng tháng" (issued 08/10/2025, after the 5th:
  first 05/11/2025).
- 532 is an annual Báo cáo of the Sở Giáo dục và Đào tạo tỉnh Thái Bình (header "UBND TỈNH THÁI BÌNH / SỞ GIÁO DỤC VÀ
  ĐÀO TẠO"), năm 2024, issued 13/01/2025. NEW: APPENDICES AFTER THE SIGNATURE hold most of its figures: "Phụ lục I"
  and "Phụ lục II", each with a caption naming the report ("Kèm theo Báo cáo số 18/BC-SGDĐT ngày 13/01/2025 …", no
  figures) and a Markdown table. They belong to the document (same period; figures after the signer's name are
  figures). Phụ lục I by field (subject unchecked, level tỉnh; received, online, share, settled with code unchecked,
  overdue; "0" cells) with a "Tổng cộng" row (= the Sở). Phụ lục II by district-level unit ("Thành phố Thái Bình",
  "Huyện Vũ Thư", level huyện) of pupils enrolled online for lớp 1 and lớp 6 (headers "Lớp 1 đăng ký trực tuyến (học
  sinh)": the "1" is no figure), both, all admitted and the share (unit `học sinh`, codes unchecked), with a "Toàn
  tỉnh" row (the province: subject NULL). The prose repeats the totals ("42.601 học sinh … chiếm 85,34% … (49.919 học
  sinh)", the province's), the best and worst districts in brackets. "64,20%; so với chỉ tiêu UBND tỉnh giao năm 2024
  là 60% thì Sở đã đạt chỉ tiêu" (target at the period end, "đạt"). "2.318 bản sao … 1.964 bản" (unit `bản`),
  "312.406 văn bằng, đạt 78,45% kế hoạch"; lớp 10 candidates "21.846/22.310 thí sinh" name no body (unchecked); the
  province's schools "742/751 cơ sở giáo dục … 9 cơ sở còn lại" (subject NULL). The Sở's `87,64/100`, `6/20` "(năm
  2023: xếp thứ 10/20)"; the province's "83,05 điểm" (no max written), `27/63`. Five deadlines: day, "chậm nhất" day in
  words, month, quarter, "trước ngày 25 hằng tháng" (issued 13/01/2025: first 25/01/2025).
- 533 is a Kế hoạch of the Sở Lao động - Thương binh và Xã hội tỉnh Quảng Ninh (header on three lines "UBND TỈNH
  QUẢNG NINH / SỞ LAO ĐỘNG - THƯƠNG BINH / VÀ XÃ HỘI"), issued 17/01/2025, for năm 2025. As golden/blind88.py's 516 (a
  proposal whose period is the year of its plan): the period is năm 2025, "I. KẾT QUẢ NĂM 2024" figures are dated
  2024-12-31 (TTHC, files, a dash list by field "- Người có công: 6.842 hồ sơ, trực tuyến 92,14%;" with subject
  unchecked, level tỉnh, "chưa đạt chỉ tiêu năm 2024 là 50%" with its target dated 2024-12-31, the province's
  beneficiaries paid to accounts "38.426/52.108 đối tượng" subject NULL, PAKN, the Sở's `85,72/100`, `11/19`,
  `5,12/10`), and "II. MỤC TIÊU NĂM 2025" lists the Sở's targets at the period end ("1. 100% TTHC đủ điều kiện …"
  code unchecked, `92%` online, `60%` payment, `100%` digitisation, "từ 88 điểm trở lên" in `điểm`). NEW: its tasks
  are a Markdown TASK TABLE "TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành": each row is
  a deadline whose task is the "Nhiệm vụ" cell, whose assignee is the "Cơ quan chủ trì" cell (not the "Cơ quan phối
  hợp"), and whose expression is the "Thời gian hoàn thành" cell as written, capitalised ("Trước ngày 28/02/2025",
  "Chậm nhất ngày 31 tháng 3 năm 2025", "Quý II/2025", "Tháng 6/2025", "Năm 2025", "Trước ngày 20 hằng tháng"). The
  figures inside its text cells ("15 TTHC", "112 hồ sơ", "24 TTHC", "đạt tối thiểu 85%") are read as in prose
  (counts, a target) with source table; subject, level and code unchecked (the 85% dated with its row's "Năm 2025",
  the period end). The budget "1,25 tỷ đồng" (unchecked). Six deadlines: day, "chậm nhất" day in words, quarter,
  month, year, "trước ngày 20 hằng tháng" (issued 17/01/2025: first 20/01/2025).
- 534 is a monthly Báo cáo of the Công an tỉnh Hải Dương (header "BO CONG AN / CONG AN TINH HAI DUONG"), tháng 5 năm
  2025, issued 05/6/2025 (before the merger into Hải Phòng; the district police were dissolved on 1 March 2025), on
  Đề án 06 and its own TTHC, OCR'd badly as golden/blind63.py's 392: the place-date line, the title, one prose line
  ("Công an 207/207 xã, phường, thị trấn …") and the signer kept their marks, every other line lost them, with "S6:",
  "ty 18", "hd so" and "quy 111". Contexts are written as the file has them (ASCII); subjects, units and metadata
  are the restored Vietnamese. The Công an tỉnh's own figures ("Cong an tinh thu nhan …", "cua Cong an tinh") are
  "Công an tỉnh", level tỉnh: identity-card applications "(thang 4/2025: 19.512 ho so), tang 2.334 ho so" (dated
  2025-04-30; codes unchecked: not TTHC files of the 766 index), "5,2 ngay, rut ngan 0,6 ngay"; its TTHC files carry
  the usual codes, the kinds of files in a dash list (subject unchecked, level tỉnh); "62,48% (thang 4/2025: 58,36%),
  tang 4,12%; so voi chi tieu Bo Cong an giao nam 2025 la 70% thi chua dat chi tieu". "toan tinh da cap 1.682.405 the
  can cuoc; kich hoat 1.248.316 tai khoan …, dat 76,84%" are the province's (subject NULL; the accounts carry the
  identity-account code), and so is each of the twelve district-level areas in a dash list written without marks
  ("- Huyen Ninh Giang: 89.686 tai khoan, ty 18 64,47%;": subject as a reader restores it, "Huyện Ninh Giang", level
  huyện); the lowest and highest in brackets. "2.146.812/2.172.418 nhan khau" one count (unit `nhân khẩu`), "18/18
  so, ban, nganh" (unit `đơn vị`), "207/207 xã" (unit `xã`). "Cong an tinh Hai Duong xep thu 9/63 … (thang 4/2025:
  xep thu 12/63), tang 3 bac" is the Ministry's Đề án 06 ranking (codes unchecked, subject "Công an tỉnh Hải Dương");
  the province's 766 `85,61/100`, `16/63` (subject NULL). Task 3's "cua Cong an tinh dat toi thieu 70% trong quy 111
  nam 2025" is the Công an tỉnh's target, dated 2025-09-30; "25.606 nhan khau" a count repeated. Five deadlines
  written without marks (compared folded): day, "cham nhat" day in words, quarter "trong quy 111 nam 2025" (date words
  "nam 2025" only: whether "111" comes back as "III" is the restorer's choice), month, "truoc ngay 25 hang thang"
  (issued 05/6/2025: first 25/6/2025).
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
_TIME = "766.tien_do.thoi_gian"
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_Y2023 = "2023-12-31"
_Y2024 = "2024-12-31"
_Y2025 = "2025-12-31"
_Q2_2025 = "2025-06-30"
_APR_2025 = "2025-04-30"
_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_HUYEN = {"subject": "cấp huyện", "level": "huyện"}
_XA = {"subject": "cấp xã", "level": "xã"}


def _cells(subject: object, level: object, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject,
              level=level, as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


def _spaced(subject: object, level: object, cells: list[tuple[str, str, object]], after: str) -> list[Fact]:
    """The cells of one row of a table laid out with spaces (each right-aligned in 12 columns), each
    `(raw, unit, code)`. A cell's context is the row from that cell on, the line break and the start of the
    next line (`after`)."""
    row = "".join(raw.rjust(12) for raw, _unit, _code in cells)
    facts = []
    for i, (raw, unit, code) in enumerate(cells):
        at = 12 * i + 12 - len(raw)
        facts.append(F(row[at:] + "\n" + after, raw, _num(raw), unit, P, subject=subject, level=level,
                       code=code, extra=TAB))
    return facts


# ------------------------------------------------------ 530: Sở Tài nguyên và Môi trường tỉnh Sơn La, năm 2024, PDF
_STN = "Sở Tài nguyên và Môi trường"


def _stn(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Sở (the sector, "toàn ngành", "của ngành") itself."""
    return F(context, raw, value, unit, kind, subject=_STN, level="tỉnh", **kw)


def _row_530(subject: str, level: object, received: str, online: str, share: str, overdue: str,
             after: str) -> list[Fact]:
    """One row of Bảng 1: files received, online files, online share, overdue files."""
    return _spaced(subject, level, [(received, "hồ sơ", _TN), (online, "hồ sơ", _NOP), (share, "%", _NOP),
                                    (overdue, "hồ sơ", _QH)], after)


BLIND_530 = [
    # I.1 (286/KH-UBND, 4127/VP-KSTT cited; the stated window, the page header and "Trang n/4" are no figures)
    _stn("ban hành 05 quyết định", "05", 5, "quyết định", C, code=None),
    _stn("thực hiện 118 TTHC", "118", 118, "TTHC", C, code=_TTHC),
    F("(cấp tỉnh 86 TTHC", "86", 86, "TTHC", C, code=_TTHC, **_TINH),
    F("cấp huyện 24 TTHC", "24", 24, "TTHC", C, code=_TTHC, **_HUYEN),
    F("cấp xã 8 TTHC", "8", 8, "TTHC", C, code=_TTHC, **_XA),
    _stn("; 100% TTHC", "100%", 100, "%", code=ANY),
    _stn("là 72 TTHC", "72", 72, "TTHC", C, code=_TOAN),
    _stn("chiếm 61,02%", "61,02%", 61.02, "%", code=_TOAN),
    _stn("còn lại 46", "46", 46, "TTHC", C, code=_MOT),
    # I.2 the sector ("toàn ngành"); năm 2023 dated 2023-12-31
    F("và 12 Chi nhánh", "12", 12, "chi nhánh", C, subject=ANY, level=ANY, code=None),
    _stn("tiếp nhận 48.470", "48.470", 48470, "hồ sơ", C, code=_TN),
    _stn("(năm 2023: 43.915", "43.915", 43915, "hồ sơ", PR, as_of=_Y2023, code=_TN),
    _stn("4.555 hồ sơ", "4.555", 4555, "hồ sơ", CH, code=_TN),
    _stn("tăng 10,37%", "10,37%", 10.37, "%", CH, code=ANY),
    _stn("trực tuyến 30.011", "30.011", 30011, "hồ sơ", C, code=_NOP),
    _stn("chiếm 61,92%", "61,92%", 61.92, "%", code=_NOP),
    _stn("Đã giải quyết 47.748", "47.748", 47748, "hồ sơ", C, code=ANY),
    _stn("đúng hạn 46.804", "46.804", 46804, "hồ sơ", C, code=_DH),
    _stn("đạt 98,02%", "98,02%", 98.02, "%", code=_DH),
    _stn("hạn 944 hồ sơ, chiếm", "944", 944, "hồ sơ", C, code=_QH),
    _stn("chiếm 1,98%", "1,98%", 1.98, "%", code=_QH),
    F("(318 hồ sơ)", "318", 318, "hồ sơ", C, subject="Chi nhánh thành phố Sơn La", level=ANY, code=_QH),
    F("(207 hồ sơ)", "207", 207, "hồ sơ", C, subject="Chi nhánh huyện Mai Sơn", level=ANY, code=_QH),
    _stn("Đang giải quyết 722", "722", 722, "hồ sơ", C, code=ANY),
    _stn("bình quân 8,6", "8,6", 8.6, "ngày", code=_TIME),
    _stn("rút ngắn 1,2", "1,2", -1.2, "ngày", CH, code=_TIME),
    # Bảng 1 laid out with spaces, header on three lines; branches seated in districts: level unchecked;
    # "Tổng cộng" (no TT) = the sector
    *_row_530("Văn phòng Đăng ký đất đai tỉnh", "tỉnh", "4.126", "3.318", "80,42", "12",
              "   2   Chi nhánh thành phố Sơn La"),
    *_row_530("Chi nhánh thành phố Sơn La", ANY, "10.842", "7.705", "71,07", "318", "   3   Chi nhánh huyện Mai Sơn"),
    *_row_530("Chi nhánh huyện Mai Sơn", ANY, "7.215", "4.306", "59,68", "207", "   4   Chi nhánh thị xã Mộc Châu"),
    *_row_530("Chi nhánh thị xã Mộc Châu", ANY, "4.908", "3.184", "64,87", "64", "   5   Chi nhánh huyện Thuận"),
    *_row_530("Chi nhánh huyện Thuận Châu", ANY, "3.624", "1.962", "54,14", "58", "   6   Chi nhánh huyện Yên Châu"),
    *_row_530("Chi nhánh huyện Yên Châu", ANY, "2.417", "1.385", "57,30", "41", "   7   Chi nhánh huyện Phù Yên"),
    *_row_530("Chi nhánh huyện Phù Yên", ANY, "2.986", "1.604", "53,72", "52", "   8   Chi nhánh huyện Sông Mã"),
    *_row_530("Chi nhánh huyện Sông Mã", ANY, "3.105", "1.528", "49,21", "47", "   9   Chi nhánh huyện Mường La"),
    *_row_530("Chi nhánh huyện Mường La", ANY, "2.238", "1.214", "54,24", "36", "  10   Chi nhánh huyện Bắc Yên"),
    *_row_530("Chi nhánh huyện Bắc Yên", ANY, "1.562", "802", "51,34", "29", "  11   Chi nhánh huyện Quỳnh Nhai"),
    *_row_530("Chi nhánh huyện Quỳnh Nhai", ANY, "1.846", "1.031", "55,85", "25", "  12   Chi nhánh huyện Vân Hồ"),
    *_row_530("Chi nhánh huyện Vân Hồ", ANY, "2.394", "1.406", "58,73", "31", "  13   Chi nhánh huyện Sốp Cộp"),
    *_row_530("Chi nhánh huyện Sốp Cộp", ANY, "1.207", "566", "46,89", "24", "       Tổng cộng"),
    *_row_530(_STN, "tỉnh", "48.470", "30.011", "61,92", "944", "\n    Đơn vị có tỷ lệ"),
    F("tỉnh (80,42%)", "80,42%", 80.42, "%", subject="Văn phòng Đăng ký đất đai tỉnh", level="tỉnh", code=_NOP),
    F("(46,89%)", "46,89%", 46.89, "%", subject="Chi nhánh huyện Sốp Cộp", level=ANY, code=_NOP),
    # I.3 after the page break
    _stn("ngành đạt 87,36%", "87,36%", 87.36, "%", code=_SH),
    _stn("(năm 2023: 71,20%)", "71,20%", 71.20, "%", PR, as_of=_Y2023, code=_SH),
    _stn("điện tử đạt 92,15%", "92,15%", 92.15, "%", code=_KQ),
    _stn("mới đạt 34,08%", "34,08%", 34.08, "%", code=_TSD),
    _stn("chính là 27.792", "27.792", 27792, "hồ sơ", C, code=ANY),
    _stn("đó 11.842 hồ sơ", "11.842", 11842, "hồ sơ", C, code=_TT),
    _stn("đạt 42,61%", "42,61%", 42.61, "%", code=_TT, target=45, stated_status="chưa đạt"),
    _stn("năm 2024 là 45%", "45%", 45, "%", T, code=_TT),
    _stn("là 86,42 tỷ đồng", "86,42", 86.42, "tỷ đồng", code=ANY),
    F("tại 05/12 huyện", "05/12", 5, "huyện", C, max_value=12, subject=ANY, level="huyện", code=None),
    F("412.806 thửa", "412.806", 412806, "thửa đất", C, subject=ANY, level=ANY, code=ANY),
    # I.4 a sentence broken by the page break: its parts are on both pages
    _stn("cấp 12.418 giấy", "12.418", 12418, "giấy chứng nhận", C, code=ANY),
    _stn("3.126 giấy chứng nhận", "3.126", 3126, "giấy chứng nhận", C, code=ANY),
    _stn("cấp lại 9.292", "9.292", 9292, "giấy chứng nhận", C, code=ANY),
    _stn("là 24.615 hồ sơ", "24.615", 24615, "hồ sơ", C, code=ANY),
    # I.5
    _stn("Sở tiếp nhận 46 PAKN", "46", 46, "PAKN", C, code=_PAKN_TN),
    _stn("xử lý 44/46", "44/46", 44, "PAKN", C, max_value=46, code=_PAKN_XL),
    _stn("đạt 95,65%", "95,65%", 95.65, "%", code=_PAKN_TL),
    _stn("còn 02", "02", 2, "PAKN", C, code=ANY),
    _stn("ngành đạt 93,84%", "93,84%", 93.84, "%", code=_HL),
    # I.6 the Sở among 21 agencies (năm 2023 dated 2023-12-31); the province (subject NULL)
    _stn("Sở đạt 84,26/100", "84,26/100", 84.26, "điểm", max_value=100, code=_TONG),
    _stn("thứ 9/21", "9/21", 9, "hạng", R, max_value=21, code=_HANG),
    _stn("(năm 2023: 79,52 điểm", "79,52", 79.52, "điểm", PR, max_value=100, as_of=_Y2023, code=_TONG),
    _stn("thứ 14/21)", "14/21", 14, "hạng", PR, max_value=21, as_of=_Y2023, code=_HANG),
    _stn("tăng 4,74 điểm", "4,74", 4.74, "điểm", CH, code=_TONG),
    _stn("tăng 5 bậc", "5", 5, "hạng", CH, code=_HANG),
    _stn("đạt 18,92/20", "18,92/20", 18.92, "điểm", max_value=20, code="766.tien_do"),
    _stn("đạt 17,15/22", "17,15/22", 17.15, "điểm", max_value=22, code="766.so_hoa"),
    F("đạt 80,14/100", "80,14/100", 80.14, "điểm", max_value=100, code=_TONG),
    F("thứ 33/63", "33/63", 33, "hạng", R, max_value=63, code=_HANG),
    # II. ("năm đơn vị" in words)
    _stn("Còn 944 hồ sơ", "944", 944, "hồ sơ", C, code=_QH),
    # III. the sector's target for quý II; a count in a task (address "Tổ 2" and the phone number no figures)
    _stn("tối thiểu 50%", "50%", 50, "%", T, as_of=_Q2_2025, code=_TT),
    F("cho 07 huyện", "07", 7, "huyện", C, subject=ANY, level="huyện", code=None),
]

# ------------------------------------------------------ 531: Thuế tỉnh Hà Tĩnh, quý III năm 2025, Word to text
_TH = "Thuế tỉnh"


def _th(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Thuế tỉnh itself."""
    return F(context, raw, value, unit, kind, subject=_TH, level="tỉnh", **kw)


def _row_531(subject: str, received: str, online: str, on_time: str, money: str, after: str) -> list[Fact]:
    """One tab-separated row of Biểu 1: files received, online share, on-time share, tax paid electronically."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"),
             (on_time, "%", P, _DH, "period"), (money, "tỷ đồng", P, ANY, "period")]
    return _cells(subject, "tỉnh", cells, after, "\t", "\n")


BLIND_531 = [
    # I.1.1 (2186/CT-CS, 318/KH-UBND cited; the stated window no figure)
    _th("thực hiện 236 TTHC", "236", 236, "TTHC", C, code=_TTHC),
    _th("thuế, 100% TTHC", "100%", 100, "%", code=ANY),
    _th("đó, 198 TTHC", "198", 198, "TTHC", C, code=_TOAN),
    _th("chiếm 83,90%", "83,90%", 83.90, "%", code=_TOAN),
    _th("; 38 TTHC", "38", 38, "TTHC", C, code=_MOT),
    # I.1.2; quý II năm 2025 dated 2025-06-30
    _th("tiếp nhận 18.426", "18.426", 18426, "hồ sơ", C, code=_TN),
    _th("(quý II năm 2025: 16.918", "16.918", 16918, "hồ sơ", PR, as_of=_Q2_2025, code=_TN),
    _th("tăng 1.508", "1.508", 1508, "hồ sơ", CH, code=_TN),
    _th("điện tử 17.902", "17.902", 17902, "hồ sơ", C, code=_NOP),
    _th("đạt 97,16%", "97,16%", 97.16, "%", code=_NOP),
    _th("giải quyết 18.311", "18.311", 18311, "hồ sơ", C, code=ANY),
    _th("đúng hạn 18.296", "18.296", 18296, "hồ sơ", C, code=_DH),
    _th("đạt 99,92%", "99,92%", 99.92, "%", code=_DH),
    _th("quá hạn 15 hồ sơ (", "15", 15, "hồ sơ", C, code=_QH),
    F("hoàn thuế 11 hồ sơ", "11", 11, "hồ sơ", C, subject=ANY, level="tỉnh", code=_QH),
    _th("đạt 98,31%", "98,31%", 98.31, "%", code=ANY, target=100, stated_status="chưa đạt"),
    _th("năm 2025 là 100%", "100%", 100, "%", T, as_of=_Y2025, code=ANY),
    # Biểu 1, tab-separated (units in the headers); the branches of a provincial body after the merger: level
    # tỉnh; "Cộng" (empty STT) = the Thuế tỉnh. "Thuế cơ sở 1" … "Thuế cơ sở 5" are names, no figures
    *_row_531("Văn phòng Thuế tỉnh", "5.126", "99,45", "99,96", "1.642,8", "2\tThuế cơ sở 1"),
    *_row_531("Thuế cơ sở 1", "3.984", "97,19", "99,95", "612,4", "3\tThuế cơ sở 2"),
    *_row_531("Thuế cơ sở 2", "2.715", "95,62", "99,89", "428,6", "4\tThuế cơ sở 3"),
    *_row_531("Thuế cơ sở 3", "2.408", "95,81", "99,92", "386,2", "5\tThuế cơ sở 4"),
    *_row_531("Thuế cơ sở 4", "2.216", "95,98", "99,86", "402,7", "6\tThuế cơ sở 5"),
    *_row_531("Thuế cơ sở 5", "1.977", "96,21", "99,90", "373,5", "\tCộng"),
    *_row_531(_TH, "18.426", "97,16", "99,92", "3.846,2", "\nGhi chú"),
    # I.2 the province's enterprises and households (subject NULL), the tax paid electronically (the issuer's,
    # as its "Cộng" row), eTax Mobile transactions (unchecked)
    F("có 6.842/6.851", "6.842/6.851", 6842, "doanh nghiệp", C, max_value=6851, code=ANY),
    F("đạt 99,87%", "99,87%", 99.87, "%", code=ANY),
    F("; 9 doanh nghiệp", "9", 9, "doanh nghiệp", C, code=ANY),
    _th("quý đạt 3.846,2", "3.846,2", 3846.2, "tỷ đồng", code=ANY),
    _th("chiếm 98,62%", "98,62%", 98.62, "%", code=ANY),
    F("ghi nhận 126.418", "126.418", 126418, "giao dịch", C, subject=ANY, level=ANY, code=ANY),
    F("tăng 21,4%", "21,4%", 21.4, "%", CH, subject=ANY, level=ANY, code=ANY),
    F("có 3.214 hộ", "3.214", 3214, "hộ kinh doanh", C, code=ANY),
    F("đạt 91,42%", "91,42%", 91.42, "%", code=ANY),
    # I.3 e-invoices (quý II năm 2025 dated 2025-06-30)
    _th("mã cho 4.126.518", "4.126.518", 4126518, "hóa đơn", C, code=ANY),
    _th("(quý II năm 2025: 3.872.406", "3.872.406", 3872406, "hóa đơn", PR, as_of=_Q2_2025, code=ANY),
    _th("tăng 6,56%", "6,56%", 6.56, "%", CH, code=ANY),
    _th("là 1.284.307", "1.284.307", 1284307, "hóa đơn", C, code=ANY),
    _th("chiếm 31,12%", "31,12%", 31.12, "%", code=ANY),
    F("là 47 trường hợp", "47", 47, "trường hợp", C, subject=ANY, level=ANY, code=ANY),
    # I.4 Đề án 06
    _th("chuẩn hóa 412.846/436.120", "412.846/436.120", 412846, "mã số thuế", C, max_value=436120, code=ANY),
    _th("đạt 94,66%", "94,66%", 94.66, "%", code=ANY),
    _th("thông tin 58.214 lượt", "58.214", 58214, "lượt", C, code=ANY),
    F("VNeID: 1.326 hồ sơ", "1.326", 1326, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    # I.5
    _th("tiếp nhận 38 phản ánh", "38", 38, "PAKN", C, code=_PAKN_TN),
    _th("trả lời 38/38", "38/38", 38, "PAKN", C, max_value=38, code=_PAKN_XL),
    _th("PAKN, đạt 100%", "100%", 100, "%", code=_PAKN_TL),
    _th("thuế đạt 96,45%", "96,45%", 96.45, "%", code=_HL),
    # I.6 the Cục Thuế's ranking of the 34 provincial tax offices (named in full; codes unchecked), the
    # province's 766 results (subject NULL)
    F("đạt 92,18/100", "92,18/100", 92.18, "điểm", max_value=100, subject="Thuế tỉnh Hà Tĩnh", level="tỉnh",
      code=ANY),
    F("xếp thứ 8/34", "8/34", 8, "hạng", R, max_value=34, subject="Thuế tỉnh Hà Tĩnh", level="tỉnh", code=ANY),
    F("xếp thứ 12/34)", "12/34", 12, "hạng", PR, max_value=34, subject="Thuế tỉnh Hà Tĩnh", level="tỉnh",
      as_of=_Q2_2025, code=ANY),
    F("tăng 4 bậc", "4", 4, "hạng", CH, subject="Thuế tỉnh Hà Tĩnh", level="tỉnh", code=ANY),
    F("đạt 86,42/100", "86,42/100", 86.42, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 11/34", "11/34", 11, "hạng", R, max_value=34, code=_HANG),
    F("đạt 8,36/10", "8,36/10", 8.36, "điểm", max_value=10, code="766.thanh_toan"),
    # II.
    _th("Còn 15 hồ sơ", "15", 15, "hồ sơ", C, code=_QH),
    _th("Còn 23.274", "23.274", 23274, "mã số thuế", C, code=ANY),
    # III. a count repeated, the Thuế tỉnh's target for quý IV (address "số 27" and phone number no figures)
    F("điểm 11 hồ sơ", "11", 11, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    _th("tối thiểu 98%", "98%", 98, "%", T, as_of=_Y2025, code=ANY),
]

# ------------------------------------------------------ 532: Sở Giáo dục và Đào tạo tỉnh Thái Bình, năm 2024, Phụ lục
_GD = "Sở Giáo dục và Đào tạo"


def _gd(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Sở itself."""
    return F(context, raw, value, unit, kind, subject=_GD, level="tỉnh", **kw)


def _field_532(subject: object, received: str, online: str, share: str, settled: str, overdue: str,
               after: str) -> list[Fact]:
    """One Markdown row of Phụ lục I: received, online, online share, settled, overdue."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (share, "%", P, _NOP, "period"), (settled, "hồ sơ", P, ANY, "period"),
             (overdue, "hồ sơ", P, _QH, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


def _district_532(subject: object, level: object, first: str, sixth: str, online: str, admitted: str,
                  share: str, after: str) -> list[Fact]:
    """One Markdown row of Phụ lục II: pupils enrolled online for lớp 1 and lớp 6, both, all admitted, share."""
    cells = [(first, "học sinh", P, ANY, "period"), (sixth, "học sinh", P, ANY, "period"),
             (online, "học sinh", P, ANY, "period"), (admitted, "học sinh", P, ANY, "period"),
             (share, "%", P, ANY, "period")]
    return _cells(subject, level, cells, after, " | ", " |\n")


BLIND_532 = [
    # I.1 (2915/QĐ-UBND cited)
    _gd("thực hiện 94 TTHC", "94", 94, "TTHC", C, code=_TTHC),
    F("(cấp tỉnh 68 TTHC", "68", 68, "TTHC", C, code=_TTHC, **_TINH),
    F("cấp huyện 17 TTHC", "17", 17, "TTHC", C, code=_TTHC, **_HUYEN),
    F("cấp xã 9 TTHC", "9", 9, "TTHC", C, code=_TTHC, **_XA),
    _gd("đó 61 TTHC", "61", 61, "TTHC", C, code=_TOAN),
    _gd("Sở tiếp nhận 7.846", "7.846", 7846, "hồ sơ", C, code=_TN),
    _gd("(năm 2023: 6.912", "6.912", 6912, "hồ sơ", PR, as_of=_Y2023, code=_TN),
    _gd("trực tuyến 7.215", "7.215", 7215, "hồ sơ", C, code=_NOP),
    _gd("đạt 91,96%", "91,96%", 91.96, "%", code=_NOP),
    _gd("giải quyết 7.812", "7.812", 7812, "hồ sơ", C, code=ANY),
    _gd("đạt 99,81%", "99,81%", 99.81, "%", code=_DH),
    _gd("còn 15 hồ sơ", "15", 15, "hồ sơ", C, code=_QH),
    _gd("Sở đạt 64,20%", "64,20%", 64.20, "%", code=_TT, target=60, stated_status="đạt"),
    _gd("năm 2024 là 60%", "60%", 60, "%", T, code=_TT),
    _gd("TTHC đạt 96,38%", "96,38%", 96.38, "%", code=_SH),
    # I.2 copies in `bản`, diplomas digitised ("từ năm 1975 đến năm 2023" no figures)
    _gd("cấp 2.318 bản", "2.318", 2318, "bản", C, code=ANY),
    _gd("đó 1.964 bản", "1.964", 1964, "bản", C, code=ANY),
    _gd("thành 312.406 văn bằng", "312.406", 312406, "văn bằng", C, code=ANY),
    _gd("đạt 78,45%", "78,45%", 78.45, "%", code=ANY),
    # I.3 the province's pupils (subject NULL); "năm học 2024-2025", "lớp 1", "lớp 6", "lớp 10" no figures
    F("có 42.601", "42.601", 42601, "học sinh", C, code=ANY),
    F("chiếm 85,34%", "85,34%", 85.34, "%", code=ANY),
    F("(49.919 học sinh)", "49.919", 49919, "học sinh", C, code=ANY),
    F("Thái Bình (93,09%)", "93,09%", 93.09, "%", subject="thành phố Thái Bình", level="huyện", code=ANY),
    F("(82,58%)", "82,58%", 82.58, "%", subject="huyện Thái Thụy", level="huyện", code=ANY),
    F("có 21.846/22.310", "21.846/22.310", 21846, "thí sinh", C, max_value=22310, subject=ANY, level=ANY,
      code=ANY),
    F("đạt 97,92%", "97,92%", 97.92, "%", subject=ANY, level=ANY, code=ANY),
    # I.4 the province's schools (subject NULL)
    F("Có 742/751", "742/751", 742, "cơ sở giáo dục", C, max_value=751, code=ANY),
    F("đạt 98,80%", "98,80%", 98.80, "%", code=ANY),
    F("; 9 cơ sở", "9", 9, "cơ sở", C, code=ANY),
    # I.5 the Sở among 20 agencies (năm 2023 dated 2023-12-31); the province (subject NULL, no max written)
    _gd("tiếp nhận 12 phản ánh", "12", 12, "PAKN", C, code=_PAKN_TN),
    _gd("xử lý 12/12", "12/12", 12, "PAKN", C, max_value=12, code=_PAKN_XL),
    _gd("Sở đạt 87,64/100", "87,64/100", 87.64, "điểm", max_value=100, code=_TONG),
    _gd("thứ 6/20", "6/20", 6, "hạng", R, max_value=20, code=_HANG),
    _gd("xếp thứ 10/20)", "10/20", 10, "hạng", PR, max_value=20, as_of=_Y2023, code=_HANG),
    F("đạt 83,05 điểm", "83,05", 83.05, "điểm", code=_TONG),
    F("thứ 27/63", "27/63", 27, "hạng", R, max_value=63, code=_HANG),
    # II. a count repeated in a task
    F("hướng dẫn 9 cơ sở", "9", 9, "cơ sở giáo dục", C, subject=ANY, level=ANY, code=ANY),
    # Phụ lục I after the signature: rows by field (subject unchecked, level tỉnh), "Tổng cộng" = the Sở
    *_field_532(ANY, "2.846", "2.712", "95,29", "2.840", "0", "| 2 | Thi, tuyển sinh"),
    *_field_532(ANY, "1.524", "1.498", "98,29", "1.524", "0", "| 3 | Giáo dục trung học"),
    *_field_532(ANY, "1.128", "1.002", "88,83", "1.119", "6", "| 4 | Giáo dục mầm non"),
    *_field_532(ANY, "642", "571", "88,94", "636", "2", "| 5 | Giáo dục thường xuyên"),
    *_field_532(ANY, "418", "352", "84,21", "410", "3", "| 6 | Cơ sở giáo dục khác"),
    *_field_532(ANY, "1.288", "1.080", "83,85", "1.283", "4", "| | Tổng cộng"),
    *_field_532(_GD, "7.846", "7.215", "91,96", "7.812", "15", "\nPhụ lục II"),
    # Phụ lục II: the eight district-level units (level huyện), "Toàn tỉnh" = the province (subject NULL)
    *_district_532("Thành phố Thái Bình", "huyện", "3.215", "2.968", "6.183", "6.642", "93,09",
                   "| 2 | Huyện Quỳnh Phụ"),
    *_district_532("Huyện Quỳnh Phụ", "huyện", "3.012", "2.740", "5.752", "6.924", "83,07", "| 3 | Huyện Hưng Hà"),
    *_district_532("Huyện Hưng Hà", "huyện", "2.906", "2.625", "5.531", "6.581", "84,04", "| 4 | Huyện Đông Hưng"),
    *_district_532("Huyện Đông Hưng", "huyện", "2.878", "2.602", "5.480", "6.510", "84,18", "| 5 | Huyện Thái Thụy"),
    *_district_532("Huyện Thái Thụy", "huyện", "3.090", "2.796", "5.886", "7.128", "82,58", "| 6 | Huyện Tiền Hải"),
    *_district_532("Huyện Tiền Hải", "huyện", "2.415", "2.184", "4.599", "5.402", "85,14", "| 7 | Huyện Kiến Xương"),
    *_district_532("Huyện Kiến Xương", "huyện", "2.478", "2.241", "4.719", "5.496", "85,86", "| 8 | Huyện Vũ Thư"),
    *_district_532("Huyện Vũ Thư", "huyện", "2.346", "2.105", "4.451", "5.236", "85,01", "| | Toàn tỉnh"),
    *_district_532(None, None, "22.340", "20.261", "42.601", "49.919", "85,34", ""),
]

# ------------------------------------------------------ 533: Sở LĐ-TB&XH tỉnh Quảng Ninh, Kế hoạch năm 2025
_LD = "Sở Lao động - Thương binh và Xã hội"


def _ld(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Sở itself."""
    return F(context, raw, value, unit, kind, subject=_LD, level="tỉnh", **kw)


def _field_533(name: str, received: str, share: str) -> list[Fact]:
    """One dash item "- <field>: n hồ sơ, trực tuyến x%;" of năm 2024 (kinds of files: subject unchecked)."""
    return [F(f"- {name}: {received}", received, _num(received), "hồ sơ", C, subject=ANY, level="tỉnh",
              as_of=_Y2024, code=_TN),
            F(f"trực tuyến {share}%", f"{share}%", _num(share), "%", subject=ANY, level="tỉnh", as_of=_Y2024,
              code=_NOP)]


BLIND_533 = [
    # I. năm 2024 (the plan's period is năm 2025): dated 2024-12-31 (61/2018/NĐ-CP, 766/QĐ-TTg, 02/KH-UBND cited)
    _ld("Sở thực hiện 142 TTHC", "142", 142, "TTHC", C, as_of=_Y2024, code=_TTHC),
    _ld("đó 97 TTHC", "97", 97, "TTHC", C, as_of=_Y2024, code=_TOAN),
    _ld("(68,31%)", "68,31%", 68.31, "%", as_of=_Y2024, code=_TOAN),
    _ld("45 TTHC trực tuyến", "45", 45, "TTHC", C, as_of=_Y2024, code=_MOT),
    _ld("tiếp nhận 21.684", "21.684", 21684, "hồ sơ", C, as_of=_Y2024, code=_TN),
    _ld("trực tuyến 19.512", "19.512", 19512, "hồ sơ", C, as_of=_Y2024, code=_NOP),
    _ld("đạt 89,98%", "89,98%", 89.98, "%", as_of=_Y2024, code=_NOP),
    _ld("giải quyết 21.530", "21.530", 21530, "hồ sơ", C, as_of=_Y2024, code=ANY),
    _ld("đúng hạn 21.418", "21.418", 21418, "hồ sơ", C, as_of=_Y2024, code=_DH),
    _ld("đạt 99,48%", "99,48%", 99.48, "%", as_of=_Y2024, code=_DH),
    _ld("quá hạn 112", "112", 112, "hồ sơ", C, as_of=_Y2024, code=_QH),
    F("người có công 86 hồ sơ", "86", 86, "hồ sơ", C, subject=ANY, level="tỉnh", as_of=_Y2024, code=_QH),
    *_field_533("Người có công", "6.842", "92,14"),
    *_field_533("Bảo trợ xã hội", "8.126", "89,02"),
    *_field_533("Lao động, việc làm", "4.315", "90,06"),
    *_field_533("Giáo dục nghề nghiệp", "1.246", "86,52"),
    *_field_533("An toàn, vệ sinh lao động", "1.155", "87,36"),
    _ld("Sở đạt 38,15%", "38,15%", 38.15, "%", as_of=_Y2024, code=_TT, target=50, stated_status="chưa đạt"),
    _ld("năm 2024 là 50%", "50%", 50, "%", T, as_of=_Y2024, code=_TT),
    _ld("TTHC đạt 91,26%", "91,26%", 91.26, "%", as_of=_Y2024, code=_SH),
    F("có 38.426/52.108", "38.426/52.108", 38426, "đối tượng", C, max_value=52108, as_of=_Y2024, code=ANY),
    F("đạt 73,74%", "73,74%", 73.74, "%", as_of=_Y2024, code=ANY),
    _ld("tiếp nhận 64 phản ánh", "64", 64, "PAKN", C, as_of=_Y2024, code=_PAKN_TN),
    _ld("xử lý 64/64", "64/64", 64, "PAKN", C, max_value=64, as_of=_Y2024, code=_PAKN_XL),
    _ld("đạt 85,72/100", "85,72/100", 85.72, "điểm", max_value=100, as_of=_Y2024, code=_TONG),
    _ld("thứ 11/19", "11/19", 11, "hạng", R, max_value=19, as_of=_Y2024, code=_HANG),
    _ld("đạt 5,12/10", "5,12/10", 5.12, "điểm", max_value=10, as_of=_Y2024, code="766.thanh_toan"),
    # II. the Sở's targets for the plan's year (the period end); the list numbers "1." … "5." no figures
    _ld("1. 100% TTHC", "100%", 100, "%", T, code=ANY),
    _ld("tối thiểu 92%", "92%", 92, "%", T, code=_NOP),
    _ld("tối thiểu 60%", "60%", 60, "%", T, code=_TT),
    _ld("TTHC đạt 100%", "100%", 100, "%", T, code=_SH),
    _ld("từ 88 điểm", "88", 88, "điểm", T, code=_TONG),
    # III. the task table: figures inside its text cells read as in prose (counts, a target), source table;
    # the TT column and the deadline cells are no figures
    F("giải quyết 15 TTHC", "15", 15, "TTHC", C, subject=ANY, level=ANY, code=ANY, extra=TAB),
    F("dứt điểm 112 hồ sơ", "112", 112, "hồ sơ", C, subject=ANY, level=ANY, code=ANY, extra=TAB),
    F("cho 24 TTHC", "24", 24, "TTHC", C, subject=ANY, level=ANY, code=ANY, extra=TAB),
    F("tối thiểu 85%", "85%", 85, "%", T, subject=ANY, level=ANY, code=ANY, extra=TAB),
    # IV. the plan's budget (address "số 60" and the phone number no figures)
    F("dự kiến 1,25 tỷ đồng", "1,25", 1.25, "tỷ đồng", subject=ANY, level=ANY, code=ANY),
]

# ------------------------------------------------------ 534: Công an tỉnh Hải Dương, tháng 5 năm 2025, OCR'd
_CA = "Công an tỉnh"


def _ca(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Công an tỉnh itself."""
    return F(context, raw, value, unit, kind, subject=_CA, level="tỉnh", **kw)


def _area_534(written: str, subject: str, accounts: str, share: str) -> list[Fact]:
    """One dash item "- <area>: n tai khoan, ty 18 x%;" written without marks (subject restored)."""
    return [F(f"{written}: {accounts}", accounts, _num(accounts), "tài khoản", C, subject=subject, level="huyện",
              code=_TK),
            F(f"ty 18 {share}%", f"{share}%", _num(share), "%", subject=subject, level="huyện", code=_TK)]


_CA_HD = "Công an tỉnh Hải Dương"

BLIND_534 = [
    # I.1 ("S6: 1426/BC-CAT-PV06", "Ke hoach so 215/KH-UBND", the window, "duoi 6 tuoi", "muc do 2", "tu du 14
    # tuoi" are no figures); tháng 4/2025 dated 2025-04-30
    _ca("thu nhan 21.846", "21.846", 21846, "hồ sơ", C, code=ANY),
    _ca("(thang 4/2025: 19.512", "19.512", 19512, "hồ sơ", PR, as_of=_APR_2025, code=ANY),
    _ca("tang 2.334", "2.334", 2334, "hồ sơ", CH, code=ANY),
    _ca("tuoi 4.126 ho so", "4.126", 4126, "hồ sơ", C, code=ANY),
    _ca("binh quan 5,2", "5,2", 5.2, "ngày", code=ANY),
    _ca("rut ngan 0,6", "0,6", -0.6, "ngày", CH, code=ANY),
    F("da cap 1.682.405", "1.682.405", 1682405, "thẻ", C, code=ANY),
    F("kich hoat 1.248.316", "1.248.316", 1248316, "tài khoản", C, code=_TK),
    F("dat 76,84%", "76,84%", 76.84, "%", code=_TK),
    *_area_534("Thanh pho Hai Duong", "Thành phố Hải Dương", "214.615", "85,10"),
    *_area_534("Thanh pho Chi Linh", "Thành phố Chí Linh", "118.426", "78,31"),
    *_area_534("Thi xa Kinh Mon", "Thị xã Kinh Môn", "112.308", "76,44"),
    *_area_534("Huyen Nam Sach", "Huyện Nam Sách", "84.512", "76,51"),
    *_area_534("Huyen Kim Thanh", "Huyện Kim Thành", "89.604", "75,84"),
    *_area_534("Huyen Thanh Ha", "Huyện Thanh Hà", "98.215", "76,29"),
    *_area_534("Huyen Cam Giang", "Huyện Cẩm Giàng", "96.830", "77,71"),
    *_area_534("Huyen Binh Giang", "Huyện Bình Giang", "72.418", "75,57"),
    *_area_534("Huyen Gia Loc", "Huyện Gia Lộc", "90.126", "76,76"),
    *_area_534("Huyen Tu Ky", "Huyện Tứ Kỳ", "101.322", "76,16"),
    *_area_534("Huyen Ninh Giang", "Huyện Ninh Giang", "89.686", "64,47"),
    *_area_534("Huyen Thanh Mien", "Huyện Thanh Miện", "80.254", "75,09"),
    F("Ninh Giang (64,47%)", "64,47%", 64.47, "%", subject="huyện Ninh Giang", level="huyện", code=_TK),
    F("Hai Duong (85,10%)", "85,10%", 85.10, "%", subject="thành phố Hải Dương", level="huyện", code=_TK),
    # I.2 the Công an tỉnh's files; a dash list by kind of file (subject unchecked, level tỉnh)
    _ca("tiep nhan 9.642", "9.642", 9642, "hồ sơ", C, code=_TN),
    _ca("nop truc tuyen 8.915", "8.915", 8915, "hồ sơ", C, code=_NOP),
    _ca("dat 92,46%", "92,46%", 92.46, "%", code=_NOP),
    _ca("dat 99,94%", "99,94%", 99.94, "%", code=_DH),
    F("thuong tru: 2.846", "2.846", 2846, "hồ sơ", C, subject=ANY, level="tỉnh", code=_TN),
    F("truc tuyen 96,35%", "96,35%", 96.35, "%", subject=ANY, level="tỉnh", code=_NOP),
    F("tam tru: 3.518", "3.518", 3518, "hồ sơ", C, subject=ANY, level="tỉnh", code=_TN),
    F("truc tuyen 98,12%", "98,12%", 98.12, "%", subject=ANY, level="tỉnh", code=_NOP),
    F("xe: 2.612", "2.612", 2612, "hồ sơ", C, subject=ANY, level="tỉnh", code=_TN),
    F("truc tuyen 78,65%", "78,65%", 78.65, "%", subject=ANY, level="tỉnh", code=_NOP),
    F("VNeID: 666", "666", 666, "hồ sơ", C, subject=ANY, level="tỉnh", code=_TN),
    _ca("dat 62,48%", "62,48%", 62.48, "%", code=_TT, target=70, stated_status="chưa đạt"),
    _ca("(thang 4/2025: 58,36%)", "58,36%", 58.36, "%", PR, as_of=_APR_2025, code=_TT),
    _ca("tang 4,12%", "4,12%", 4.12, "%", CH, code=_TT),
    _ca("nam 2025 la 70%", "70%", 70, "%", T, as_of=_Y2025, code=_TT),
    # I.3 (a line that kept its marks: "Công an 207/207 xã, phường, thị trấn")
    _ca("xac thuc 2.146.812/2.172.418", "2.146.812/2.172.418", 2146812, "nhân khẩu", C, max_value=2172418,
        code=ANY),
    _ca("dat 98,82%", "98,82%", 98.82, "%", code=ANY),
    F("voi 18/18", "18/18", 18, "đơn vị", C, max_value=18, subject=ANY, level="tỉnh", code=None),
    F("207/207 xã", "207/207", 207, "xã", C, max_value=207, subject=ANY, level="xã", code=None),
    # I.4 PAKN; the Ministry's Đề án 06 ranking of the provincial police (named in full, codes unchecked);
    # the province's 766 results (subject NULL)
    _ca("tiep nhan 27 phan anh", "27", 27, "PAKN", C, code=_PAKN_TN),
    _ca("xu ly 25 PAKN", "25", 25, "PAKN", C, code=_PAKN_XL),
    _ca("dat 92,59%", "92,59%", 92.59, "%", code=_PAKN_TL),
    _ca("; 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    F("xep thu 9/63", "9/63", 9, "hạng", R, max_value=63, subject=_CA_HD, level="tỉnh", code=ANY),
    F("xep thu 12/63)", "12/63", 12, "hạng", PR, max_value=63, subject=_CA_HD, level="tỉnh", as_of=_APR_2025,
      code=ANY),
    F("tang 3 bac", "3", 3, "hạng", CH, subject=_CA_HD, level="tỉnh", code=ANY),
    F("dat 85,61/100", "85,61/100", 85.61, "điểm", max_value=100, code=_TONG),
    F("xep thu 16/63", "16/63", 16, "hạng", R, max_value=63, code=_HANG),
    # II. the Công an tỉnh's target for quý III ("quy 111"), a count repeated in a task ("PV06", "C06", "De an
    # 06", "so 22", the phone number no figures)
    _ca("toi thieu 70%", "70%", 70, "%", T, as_of="2025-09-30", code=_TT),
    F("lam sach 25.606", "25.606", 25606, "nhân khẩu", C, subject=ANY, level=ANY, code=ANY),
]

BLIND = {"530": BLIND_530, "531": BLIND_531, "532": BLIND_532, "533": BLIND_533, "534": BLIND_534}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "530": [
        ("2025-02-28", "day", "28/02/2025", "giải quyết dứt điểm hồ sơ quá hạn", "Văn phòng Đăng ký đất đai"),
        ("2025-02-15", "day", "ngày 15 tháng 02 năm 2025", "rà soát nguyên nhân chậm trễ",
         "Chi nhánh thành phố Sơn La, Chi nhánh huyện Mai Sơn"),
        ("2025-03-31", "month", "tháng 3/2025", "hoàn thiện quy trình điện tử", "Văn phòng Sở"),
        ("2025-06-30", "quarter", "quý II năm 2025", "đẩy mạnh thanh toán trực tuyến", "Phòng Đăng ký đất đai"),
        # item 5 is on the page after the footer "Trang 3/4" and the repeated page header
        ("2025-12-31", "year", "năm 2025", "xây dựng cơ sở dữ liệu",
         "Trung tâm Công nghệ thông tin tài nguyên và môi trường"),
        # issued 10/01/2025: the first "ngày 18 hằng tháng" is 18/01/2025
        ("2025-01-18", "recurring", "18 hằng tháng", "báo cáo kết quả giải quyết hồ sơ đất đai",
         "Các phòng, đơn vị trực thuộc Sở"),
    ],
    "531": [
        ("2025-10-20", "day", "20/10/2025", "giải quyết dứt điểm 11 hồ sơ hoàn thuế", "Thuế cơ sở 2"),
        ("2025-10-31", "day", "ngày 31 tháng 10 năm 2025", "rà soát các hộ kinh doanh",
         "Phòng Quản lý hộ kinh doanh, cá nhân và thu khác"),
        ("2025-11-30", "month", "tháng 11/2025", "nâng cấp phần mềm đối chiếu", "Phòng Công nghệ thông tin"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "chuẩn hóa mã số thuế cá nhân",
         "Phòng Nghiệp vụ - Dự toán - Pháp chế"),
        ("2026-12-31", "year", "năm 2026", "ký số, lưu trữ điện tử", "Văn phòng Thuế tỉnh"),
        # issued 08/10/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/11/2025
        ("2025-11-05", "recurring", "05 hằng tháng", "gửi số liệu thu nộp điện tử", "Các Thuế cơ sở"),
    ],
    "532": [
        ("2025-03-15", "day", "15/3/2025", "số hóa sổ gốc văn bằng", "Phòng Quản lý chất lượng"),
        ("2025-04-30", "day", "ngày 30 tháng 4 năm 2025", "xây dựng phương án tuyển sinh trực tuyến",
         "Phòng Giáo dục phổ thông"),
        ("2025-05-31", "month", "tháng 5/2025", "nâng cấp Hệ thống tuyển sinh trực tuyến",
         "Trung tâm Công nghệ thông tin"),
        ("2025-09-30", "quarter", "quý III năm 2025", "chưa thu học phí không dùng tiền mặt",
         "Phòng Kế hoạch - Tài chính"),
        # issued 13/01/2025: the first "ngày 25 hằng tháng" is 25/01/2025
        ("2025-01-25", "recurring", "25 hằng tháng", "báo cáo kết quả giải quyết TTHC", "Các phòng thuộc Sở"),
    ],
    # the task table: task from "Nhiệm vụ", assignee from "Cơ quan chủ trì", expression from "Thời gian hoàn thành"
    "533": [
        ("2025-02-28", "day", "28/02/2025", "cắt giảm thời gian giải quyết", "Phòng Chính sách lao động"),
        ("2025-03-31", "day", "ngày 31 tháng 3 năm 2025", "Giải quyết dứt điểm 112 hồ sơ", "Văn phòng Sở"),
        ("2025-06-30", "quarter", "Quý II/2025", "Cấu hình thanh toán trực tuyến", "Phòng Kế hoạch - Tài chính"),
        ("2025-06-30", "month", "Tháng 6/2025", "Số hóa hồ sơ người có công", "Phòng Người có công"),
        ("2025-12-31", "year", "Năm 2025", "Chi trả trợ cấp xã hội qua tài khoản", "Phòng Bảo trợ xã hội"),
        # issued 17/01/2025: the first "ngày 20 hằng tháng" is 20/01/2025
        ("2025-01-20", "recurring", "20 hằng tháng", "Báo cáo kết quả thực hiện Kế hoạch",
         "Các phòng, đơn vị thuộc Sở"),
    ],
    # written without marks: compared folded
    "534": [
        ("2025-06-15", "day", "15/6/2025", "tra the can cuoc", "Phong Canh sat quan ly hanh chinh ve trat tu xa hoi"),
        ("2025-06-20", "day", "ngay 20 thang 6 nam 2025", "kich hoat tai khoan dinh danh dien tu luu dong",
         "Cong an cac xa, thi tran thuoc huyen Ninh Giang"),
        # "trong quy 111 nam 2025" (quý III): only "nam 2025" is required of the expression
        ("2025-09-30", "quarter", "nam 2025", "thanh toan truc tuyen cua Cong an tinh", "Phong Tham muu"),
        ("2025-07-31", "month", "thang 7/2025", "lam sach 25.606 nhan khau", "Phong Ho so nghiep vu"),
        # issued 05/6/2025: the first "ngày 25 hằng tháng" is 25/6/2025
        ("2025-06-25", "recurring", "25 hang thang", "bao cao ket qua thuc hien De an 06",
         "Cong an cac xa, phuong, thi tran"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META), restored where the file
# lost its marks. 530's issuer is the Sở Tài nguyên và Môi trường tỉnh Sơn La; 531's Thuế tỉnh Hà Tĩnh (under the
# Cục Thuế); 532's the Sở Giáo dục và Đào tạo tỉnh Thái Bình (the appendices after the signature belong to the same
# document); 533 is a Kế hoạch of the Sở Lao động - Thương binh và Xã hội tỉnh Quảng Ninh whose period is the year
# of the plan; 534's issuer is the Công an tỉnh Hải Dương, its number read through the OCR'd "S6:", its signer
# without the rank "Đại tá".
META = {
    "530": {"doc_number": "52/BC-STNMT", "doc_type": "Báo cáo", "issued_date": "2025-01-10",
            "province": "Sơn La", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Lò Văn Hưởng"},
    "531": {"doc_number": "1245/BC-HTI", "doc_type": "Báo cáo", "issued_date": "2025-10-08",
            "province": "Hà Tĩnh", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Trần Đình Khánh"},
    "532": {"doc_number": "18/BC-SGDĐT", "doc_type": "Báo cáo", "issued_date": "2025-01-13",
            "province": "Thái Bình", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Nguyễn Văn Thịnh"},
    "533": {"doc_number": "35/KH-SLĐTBXH", "doc_type": "Kế hoạch", "issued_date": "2025-01-17",
            "province": "Quảng Ninh", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Đỗ Thị Minh Hoa"},
    "534": {"doc_number": "1426/BC-CAT-PV06", "doc_type": "Báo cáo", "issued_date": "2025-06-05",
            "province": "Hải Dương", "period_label": "tháng 5 năm 2025", "period_start": "2025-05-01",
            "period_end": "2025-05-31", "signer": "Vũ Mạnh Hùng"},
}
