"""Blind golden facts for corpus/blind79/470_tien_giang.txt, 471_ha_nam.txt, 472_bac_kan.txt, 473_phu_tho.txt and
474_binh_dinh.txt.

The five documents were written by the developers for a seventy-ninth blind measurement (issuers, wording and
layouts not used in the sets this writer read; not real documents), and every row below was written by reading them,
before any extraction, restoration or pipeline code was run on them. They also serve as held-out text for diacritic
restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind76.py, blind16.py and blind13.py: rows use `golden.facts.Fact`
(context string that occurs once in the document + the figure as written inside it). Prose and list counts are kind
`count`; table cells are kind `value` even when they count, with `extra={"source": "table"}`; `as_of="period"` is
the period's end; a table column dated before the period end keeps kind `value` with that date as `as_of`; a change
is dated at the period end and a fall ("giảm", "rút ngắn") is negative; `ANY` leaves a field unchecked where the
sentence names no catalogued indicator (`None` where it clearly names none: counts of decisions, classes, trainees
and of units). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" (and bare "kiến nghị") counts the unit
`PAKN`; every "đã giải quyết" count has its code unchecked; a relative change of a count has its code unchecked.
Counts of local units take the unit of their first unit word ("11/11 huyện, thị xã, thành phố" → `huyện`), counts of
"đơn vị" → `đơn vị` at the level of the bodies counted. A provincial body's own figures naming no body are named by
its kind ("Sở Giáo dục và Đào tạo", "Sở Công Thương", "Bảo hiểm xã hội tỉnh" also for "BHXH tỉnh …", "Thuế tỉnh"
also for "Thuế tỉnh tiếp nhận …", "Sở Xây dựng"), level tỉnh; a sentence naming the body in full keeps the name as
written ("Thuế tỉnh Phú Thọ xếp thứ 6/34 …"). Dates, document numbers, cited decisions, letters, plans, decrees,
laws and resolutions ("Quyết định số 766/QĐ-TTg", "Công văn số 4127/UBND-KSTT", "Công văn số 985/VP-KSTT", "Quyết định
số 06/QĐ-TTg", "Kế hoạch số 1214/KH-BHXH", "Nghị quyết số 12/NQ-HĐND", "Quyết định số 1237/QĐ-CT", "Công văn số
3316/UBND-KSTT", "Luật Xây dựng năm 2014 (sửa đổi, bổ sung năm 2020)", "Nghị định số 15/2021/NĐ-CP", "Quyết định số
1620/QĐ-UBND"), "Đề án 06", "năm học 2024 - 2025", "lớp 1", "lớp 6", "lớp 10", "cấp I, cấp II" (grades of works),
period words and cut-offs ("từ ngày 01/4/2025 đến ngày 30/4/2025", "Đến hết tháng 9/2024", "Lũy kế đến ngày
30/4/2025", "Đến ngày 30/9/2025", "lũy kế 9 tháng"), the month labels of a table header ("Tháng 7/2024"), names
holding numbers ("Thuế cơ sở 1 tỉnh Phú Thọ" … "Thuế cơ sở 12 tỉnh Phú Thọ", "phường 1"), footnote markers "[1]" …
"[5]" and the footnotes' own numbers, section numbering ("I.", "1.", the STT column, numbered tasks), street
addresses ("số 19 đường Nguyễn Huệ", "số 12 đường Trường Chinh", "số 1 đường Trần Phú", "số 02 Trần Phú"), phone
numbers ("0273.3872.115", "0209.3870.245", "0210.3846.257", "0256.3822.409"), headings naming the next period ("V.
NHIỆM VỤ QUÝ IV NĂM 2024", "5. Nhiệm vụ tháng 5 năm 2025", "II. NHIỆM VỤ NĂM 2025", "III. NHIỆM VỤ QUÝ IV NĂM 2025":
no deadlines) and years are not figures.

New in this set (issuers: a Sở Giáo dục và Đào tạo, a Sở Công Thương, a Bảo hiểm xã hội tỉnh, a Thuế tỉnh after the
2025 reorganisation, a Sở Xây dựng):
- 470 is a quarterly Báo cáo of the Sở Giáo dục và Đào tạo tỉnh Tiền Giang (header "UBND TỈNH TIỀN GIANG / SỞ GIÁO
  DỤC VÀ ĐÀO TẠO"), quý III năm 2024, issued 07/10/2024, before the merger. The Sở's procedures, files, payment,
  digitisation, score "88,64/100", rank "4/20 sở, ban, ngành" and "tăng 3 bậc so với quý II năm 2024 (xếp thứ
  7/20)" (dated 2024-06-30) and PAKN are the Sở's. Online enrolment: the lớp 1 line opens with "toàn tỉnh" (subject
  NULL); the lớp 6 and lớp 10 lines name no body (the province's or the Sở's: subject and level unchecked);
  "(tuyển sinh năm 2023: 61,45%)" is dated 2023-12-31, "tăng 17,52% so với năm trước" its change; two districts
  with their share in brackets. Its tab-separated table has a THREE-ROW HEADER: a group header "Số trường thu phí
  không dùng tiền mặt" over the month columns "Tháng 7/2024", "Tháng 8/2024", "Tháng 9/2024" (each spanning two
  cells, the second empty) over "Số lượng | Tỷ lệ (%)". A cell under "Tháng 7/2024" is dated 2024-07-31, under
  "Tháng 8/2024" 2024-08-31, under "Tháng 9/2024" (the period's last month) the period end; "Tổng số trường" the
  period end. Units: "Số lượng" counts schools (`trường`), "Tỷ lệ (%)" `%`. Rows are school levels ("Mầm non",
  "Tiểu học", …, "Trung tâm GDNN-GDTX"): a category, not a body or an administrative level (subject and level
  unchecked); "Toàn tỉnh" (empty STT cell) is the province. "(tháng 7/2024: 67,30%)" in the prose is a previous
  value dated 2024-07-31. Digital school records, diplomas: subject unchecked (whose work is not said). Five
  deadlines: day, "chậm nhất" day in words, month, quarter, "trước ngày 20 hằng tháng" (issued 07/10/2024: first
  20/10/2024).
- 471 is a Công văn of the Sở Công Thương tỉnh Hà Nam ("V/v báo cáo … tháng 4 năm 2025", number "712/SCT-VP"),
  issued 06/5/2025, before the merger, written in dash bullets with "+" sub-bullets: A FIGURE SPLIT ACROSS A BULLET
  AND ITS SUB-BULLETS. "- Hồ sơ tiếp nhận trong tháng:" has no figure, its sub-bullets "+ Tổng số: 1.936 hồ sơ;"
  "+ Nộp trực tuyến: 1.912 hồ sơ, đạt 98,76%;" carry the label's indicator; "- Số giấy phép đã cấp trong tháng: 195
  giấy phép, gồm:" is a whole whose kinds are bare numbers in sub-bullets ("+ Giấy phép bán lẻ rượu: 97;"): each is a
  count in the parent's unit `giấy phép` (code unchecked); the Sở's score "90,12/100 điểm, xếp thứ 2/19 sở, ngành
  (tháng 3/2025: 88,75 điểm, xếp thứ 4/19), cụ thể:" opens sub-bullets of the six groups "+ <group>: x/max điểm;"
  (sum 90,12; earlier values dated 2025-03-31, the earlier total on the /100 scale). Files "qua bưu chính công ích"
  carry the offline-filing code. "tỷ lệ tái sử dụng dữ liệu số hóa đạt 46,18%, chỉ tiêu UBND tỉnh giao năm 2025 là
  50%, chưa đạt chỉ tiêu": target dated 2025-12-31. The province's e-commerce platform, OCOP products and websites
  have subject unchecked (the province's or the Sở's that runs it). Units as written: "giấy chứng nhận", "sản phẩm",
  "đơn hàng", "website", "lớp", "học viên", "tỷ đồng". Five deadlines: day, "chậm nhất" day in words, quarter (with
  the target "tối thiểu 50%", dated 2025-06-30), year ("trong năm 2025"), "trước ngày 22 hằng tháng" (issued
  06/5/2025: first 22/5/2025).
- 472 is an annual Báo cáo of Bảo hiểm xã hội tỉnh Bắc Kạn (header "BẢO HIỂM XÃ HỘI VIỆT NAM / BẢO HIỂM XÃ HỘI TỈNH
  BẮC KẠN"), năm 2024, issued 10/01/2025, before the merger, on e-transactions, online services and Đề án 06. Its
  Markdown table has a "CÙNG KỲ NĂM TRƯỚC" COLUMN AND A "% SO VỚI CÙNG KỲ" COLUMN, with a unit column "Đơn vị tính"
  ("Đơn vị" → `đơn vị`, "Người" → `người`, "Hồ sơ" → `hồ sơ`, "%"). "Cùng kỳ năm trước" in an annual report is
  năm 2023: kind `value` dated 2023-12-31 (a table column dated before the period end). "% so với cùng kỳ" ("103,0",
  "128,9") is this year as a percentage of last year, not a rise ("tăng 3,0%" would be one): kind `value`, unit
  `%`, dated at the period end, code unchecked. Whose figures the rows are (the province's participants or the
  office's work) the table leaves open: subject and level unchecked. "tăng 14,8% so với năm 2023 (162.387 hồ sơ)":
  relative change and previous value dated 2023-12-31. The coverage shares "trên địa bàn tỉnh" are the province's
  (subject NULL) with their targets: "chỉ tiêu Nghị quyết số 12/NQ-HĐND giao năm 2024 là 22,5%, đạt chỉ tiêu" and
  "(chỉ tiêu năm 2024 là 96,5%), chưa đạt chỉ tiêu" at the period end. "BHXH thành phố Bắc Kạn", "BHXH huyện Pác
  Nặm" keep their names (level huyện); "Có 3/8 đơn vị BHXH cấp huyện" (unit `đơn vị`, level huyện). "xếp thứ 18/63
  BHXH tỉnh, thành phố về chỉ số giao dịch điện tử (năm 2023: xếp thứ 27/63), tăng 9 bậc": not the 766 ranking
  (code unchecked). Five deadlines: quarter, day, "chậm nhất" day in words, year ("đến hết năm 2025", with a target
  dated 2025-12-31), "trước ngày 15 hằng tháng" (issued 10/01/2025: first 15/01/2025).
- 473 is a Báo cáo of Thuế tỉnh Phú Thọ (header "CỤC THUẾ / THUẾ TỈNH PHÚ THỌ": the provincial tax office after the 2025
  reorganisation, in the merged province), quý III năm 2025, issued 08/10/2025. NUMBERED FOOTNOTES AT THE END, after the
  signature and a rule "_______________", hold figures: "[1] Có 53 doanh nghiệp …", "[2] Dự toán … là 23.170 tỷ đồng; …
  23.500 tỷ đồng" (targets of the year in `tỷ đồng`, dated 2025-12-31), "[3] … 1.946.208 hóa đơn; … 472.422 hóa đơn",
  "[4] Thuế cơ sở 1 tỉnh Phú Thọ: 1.126 hộ; …", "[5] Gồm 18 hồ sơ … và 168 hồ sơ …"; the markers "[1]" … "[5]" glued to
  the figure before them ("đạt 99,64%[1]") are no figures. Taxpayers, revenue and invoices in the province name no body
  (the province's or the tax office's: subject and level unchecked, except "toàn tỉnh" → NULL; "lần lượt là 100%, 99,87%
  và 99,61%" over three kinds of firms likewise); the office's procedures, refunds, requests and code conversion are
  "Thuế tỉnh" (level tỉnh). "tăng 12,4% so với cùng kỳ năm 2024 (6.087,8 tỷ đồng)": a relative change and a previous
  value dated 2024-09-30. "100% hồ sơ hoàn thuế điện tử (chỉ tiêu Cục Thuế giao năm 2025 là 98%, đã đạt chỉ tiêu)":
  target dated 2025-12-31, status "đạt". "xếp thứ 6/34 Thuế tỉnh, thành phố" ranks among the 34 provincial tax offices
  (code unchecked), "(quý II năm 2025: xếp thứ 9/34)" dated 2025-06-30. A dash list of Thuế cơ sở whose names hold
  numbers ("Thuế cơ sở 12 tỉnh Phú Thọ: quản lý 2.746 hộ, tỷ lệ kê khai điện tử 57,92%"; subject as written, level
  unchecked: a sub-office of the provincial tax office, no administrative level). Units as written: "doanh nghiệp", "tỷ
  đồng", "hóa đơn", "người nộp thuế", "hộ", "người", "tài khoản" (eTax Mobile accounts, not identity accounts), "lượt".
  Five deadlines: day, "chậm nhất" day in words, month, quarter, "trước ngày 05 hằng tháng" (issued 08/10/2025, after
  the 5th: first 05/11/2025).
- 474 is a Thông báo of the Sở Xây dựng tỉnh Bình Định (doc_type "Thông báo", number "94/TB-SXD", no "Kính gửi"),
  6 tháng đầu năm 2024, issued 08/7/2024, before the merger, on construction permits online. The Sở's own files,
  permits for works of "cấp đặc biệt, cấp I, cấp II", score "82,47/100" and rank "12/20" are "Sở Xây dựng";
  "(6 tháng đầu năm 2023: 1.106 hồ sơ)" and "(2.418 giấy phép)" are dated 2023-06-30. "UBND cấp huyện tiếp nhận …"
  keeps the name as written (subject "UBND cấp huyện", level huyện, as golden/blind75.py's "UBND cấp xã");
  its parts "trong đó giấy phép tại đô thị 2.104 giấy phép và tại nông thôn 759 giấy phép, tương ứng 73,49% và
  26,51%" have subject unchecked (level huyện); "Chỉ tiêu UBND tỉnh giao năm 2024 … là 80%; tính chung cấp huyện đã
  đạt chỉ tiêu": the target dated 2024-12-31 (the year's, not the half-year's end), 84,05% carries it with status
  "đạt". Its Markdown table (centred and
  right-aligned separators) lists the 11 district-level units (subject as written, "Thị xã Hoài Nhơn", level huyện)
  and a "Tổng cộng" row with an empty STT cell (the level's sum, repeating the prose: subject unchecked, level
  huyện). "Có 05/11 huyện, thị xã, thành phố đạt chỉ tiêu; 06 đơn vị chưa đạt" are counts (units `huyện`, `đơn
  vị`). "toàn tỉnh đạt 84,10 điểm, xếp thứ 19/63" is the province's (subject NULL); block averages "khối sở,
  ban, ngành" / "khối huyện" (subject unchecked, levels tỉnh/huyện); "có 09/20 sở, ban, ngành xếp loại Tốt, 11 đơn
  vị xếp loại Khá" (unit `đơn vị`, level tỉnh). The inspection team "Đoàn kiểm
  tra của Sở" (subject unchecked, level tỉnh) counts works (`công trình`). "đạt tối thiểu 60% trong quý III năm
  2024" is the target of "UBND các huyện Vân Canh, Vĩnh Thạnh, An Lão" (the body opening the line), dated
  2024-09-30. Five deadlines: quarter (with the target), day, "chậm nhất" day in words, month, "trước ngày 25 hằng
  tháng" (issued 08/7/2024: first 25/7/2024).
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
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"


def _cells(subject: object, level: object, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject,
              level=level, as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


# ------------------------------------------------------ 470: Sở Giáo dục và Đào tạo tỉnh Tiền Giang, quý III năm 2024
_SGD = "Sở Giáo dục và Đào tạo"
_Q2_2024 = "2024-06-30"
_JUL_2024 = "2024-07-31"
_AUG_2024 = "2024-08-31"


def _sgd(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Sở itself (named by its kind, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SGD, level="tỉnh", **kw)


def _row_470(subject: object, level: object, total: str, jul: tuple[str, str], aug: tuple[str, str],
             sep_: tuple[str, str], after: str) -> list[Fact]:
    """One tab-separated row under the three-row header: schools in all, then schools collecting fees without
    cash and their share in July, August (dated at each month's end) and September (the period end)."""
    cells = [(total, "trường", P, ANY, "period"),
             (jul[0], "trường", P, ANY, _JUL_2024), (jul[1], "%", P, ANY, _JUL_2024),
             (aug[0], "trường", P, ANY, _AUG_2024), (aug[1], "%", P, ANY, _AUG_2024),
             (sep_[0], "trường", P, ANY, "period"), (sep_[1], "%", P, ANY, "period")]
    return _cells(subject, level, cells, after, "\t", "\n")


BLIND_470 = [
    # I.1 (766/QĐ-TTg of 23/6/2022 and 4127/UBND-KSTT of 12/7/2024 cited)
    _sgd("công khai 74 TTHC", "74", 74, "TTHC", C, code=_TTHC),
    _sgd("trong đó 58 TTHC", "58", 58, "TTHC", C, code=_TOAN),
    _sgd("(chiếm 78,38%)", "78,38%", 78.38, "%", code=_TOAN),
    _sgd("và 16 TTHC", "16", 16, "TTHC", C, code=_MOT),
    _sgd("ban hành 02 quyết định", "02", 2, "quyết định", C, code=None),
    # I.2 the Sở's files; quý II năm 2024 dated 2024-06-30
    _sgd("Sở tiếp nhận 2.846", "2.846", 2846, "hồ sơ", C, code=_TN),
    _sgd("(quý II năm 2024: 1.935", "1.935", 1935, "hồ sơ", PR, as_of=_Q2_2024, code=_TN),
    _sgd("điện tử 2.719 hồ sơ", "2.719", 2719, "hồ sơ", C, code=_NOP),
    _sgd("chiếm 95,54%", "95,54%", 95.54, "%", code=_NOP),
    _sgd("Đã giải quyết 2.801", "2.801", 2801, "hồ sơ", C, code=ANY),
    _sgd("đúng hạn 2.797 hồ sơ", "2.797", 2797, "hồ sơ", C, code=_DH),
    _sgd("đạt 99,86%", "99,86%", 99.86, "%", code=_DH),
    _sgd("quá hạn 04 hồ sơ", "04", 4, "hồ sơ", C, code=_QH),
    _sgd("đang giải quyết 45 hồ sơ", "45", 45, "hồ sơ", C, code=ANY),
    _sgd("phí là 458 hồ sơ", "458", 458, "hồ sơ", C, code=ANY),
    _sgd("trực tuyến 418 hồ sơ", "418", 418, "hồ sơ", C, code=_TT),
    _sgd("đạt 91,27%", "91,27%", 91.27, "%", code=_TT),
    _sgd("hồ sơ đạt 97,12%", "97,12%", 97.12, "%", code=_SH),
    _sgd("điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    # I.3 the Sở's score and its rank among the province's 20 agencies; PAKN
    _sgd("đạt 88,64/100", "88,64/100", 88.64, "điểm", max_value=100, code=_TONG),
    _sgd("thứ 4/20", "4/20", 4, "hạng", R, max_value=20, code=_HANG),
    _sgd("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    _sgd("(xếp thứ 7/20)", "7/20", 7, "hạng", PR, max_value=20, as_of=_Q2_2024, code=_HANG),
    _sgd("tiếp nhận 26 phản ánh", "26", 26, "PAKN", C, code=_PAKN_TN),
    _sgd("xong 24 PAKN", "24", 24, "PAKN", C, code=_PAKN_XL),
    _sgd("đạt 92,31%", "92,31%", 92.31, "%", code=_PAKN_TL),
    _sgd("02 PAKN còn lại", "02", 2, "PAKN", C, code=ANY),
    # II. online enrolment ("năm học 2024 - 2025" is no figure); the lớp 1 line opens with "toàn tỉnh"
    F("tại 11/11 huyện", "11/11", 11, "huyện", C, max_value=11, subject=ANY, level="huyện", code=None),
    F("có 24.518 hồ sơ", "24.518", 24518, "hồ sơ", C, code=ANY),
    F("trực tuyến 19.362", "19.362", 19362, "hồ sơ", C, code=ANY),
    F("chiếm 78,97%", "78,97%", 78.97, "%", code=ANY),
    F("năm 2023: 61,45%)", "61,45%", 61.45, "%", PR, as_of="2023-12-31", code=ANY),
    F("tăng 17,52%", "17,52%", 17.52, "%", CH, code=ANY),
    F("(92,36%)", "92,36%", 92.36, "%", subject="thành phố Mỹ Tho", level="huyện", code=ANY),
    F("(41,08%)", "41,08%", 41.08, "%", subject="huyện Tân Phú Đông", level="huyện", code=ANY),
    F("tổng số 22.874", "22.874", 22874, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("trực tuyến 16.105", "16.105", 16105, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("chiếm 70,41%", "70,41%", 70.41, "%", subject=ANY, level=ANY, code=ANY),
    F("có 16.482 thí sinh", "16.482", 16482, "thí sinh", C, subject=ANY, level=ANY, code=ANY),
    F("100% đăng ký trực tuyến", "100%", 100, "%", subject=ANY, level=ANY, code=ANY),
    F("có 15.907 thí sinh", "15.907", 15907, "thí sinh", C, subject=ANY, level=ANY, code=ANY),
    # III. schools collecting fees without cash ("Đến hết tháng 9/2024" is the period end); tháng 7/2024 dated
    # 2024-07-31
    F("có 548/627 trường", "548/627", 548, "trường", C, max_value=627, code=ANY),
    F("đạt 87,40% (tháng", "87,40%", 87.40, "%", code=ANY),
    F("(tháng 7/2024: 67,30%)", "67,30%", 67.30, "%", PR, as_of=_JUL_2024, code=ANY),
    F("là 186.472 giao dịch", "186.472", 186472, "giao dịch", C, code=ANY),
    F("giá trị 92,35 tỷ", "92,35", 92.35, "tỷ đồng", code=ANY),
    # the tab-separated table under a three-row header (group / month / "Số lượng | Tỷ lệ (%)"); rows are school
    # levels (a category, not a body: subject and level unchecked), "Toàn tỉnh" is the province
    *_row_470(ANY, ANY, "198", ("120", "60,61"), ("146", "73,74"), ("163", "82,32"), "2\tTiểu học"),
    *_row_470(ANY, ANY, "231", ("158", "68,40"), ("189", "81,82"), ("203", "87,88"), "3\tTrung học cơ sở"),
    *_row_470(ANY, ANY, "142", ("101", "71,13"), ("117", "82,39"), ("126", "88,73"), "4\tTrung học phổ thông"),
    *_row_470(ANY, ANY, "46", ("39", "84,78"), ("42", "91,30"), ("46", "100,00"), "5\tTrung tâm GDNN"),
    *_row_470(ANY, ANY, "10", ("4", "40,00"), ("6", "60,00"), ("10", "100,00"), "\tToàn tỉnh"),
    *_row_470(None, None, "627", ("422", "67,30"), ("500", "79,74"), ("548", "87,40"), "\nCòn 79"),
    F("Còn 79 trường", "79", 79, "trường", C, code=ANY),
    F("(35 trường)", "35", 35, "trường", C, subject=ANY, level=ANY, code=ANY),
    F("(28 trường)", "28", 28, "trường", C, subject=ANY, level=ANY, code=ANY),
    # IV. digital school records and diplomas (whose work the sentences leave unsaid: subject unchecked)
    F("tại 231/231 trường", "231/231", 231, "trường", C, max_value=231, subject=ANY, level=ANY, code=ANY),
    F("đạt 100%, với", "100%", 100, "%", subject=ANY, level=ANY, code=ANY),
    F("với 118.642 học bạ", "118.642", 118642, "học bạ", C, subject=ANY, level=ANY, code=ANY),
    F("tại 36 trường", "36", 36, "trường", C, subject=ANY, level=ANY, code=ANY),
    F("hóa 312.480/356.200", "312.480/356.200", 312480, "bản ghi", C, max_value=356200, subject=ANY, level=ANY,
      code=ANY),
    F("đạt 87,73%", "87,73%", 87.73, "%", subject=ANY, level=ANY, code=ANY),
    # aligned after the first run with sets 34, 39, 40 and 65 (certified copies counted in `bản`)
    F("cấp 1.284 bản sao", "1.284", 1284, "bản", C, subject=ANY, level=ANY, code=ANY),
    # V. counts repeated in tasks (0273.3872.115 is a phone number, "số 19 đường Nguyễn Huệ, phường 1" an address)
    F("chỉ đạo 79 trường", "79", 79, "trường", C, subject=ANY, level=ANY, code=ANY),
    F("nâng cấp 16 TTHC", "16", 16, "TTHC", C, subject=ANY, level=ANY, code=ANY),
]

# ------------------------------------------------------------- 471: Sở Công Thương tỉnh Hà Nam, tháng 4 năm 2025
_SCT = "Sở Công Thương"
_MAR_2025 = "2025-03-31"
_Y2025 = "2025-12-31"


def _sct(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Sở itself (named by its kind, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SCT, level="tỉnh", **kw)


BLIND_471 = [
    # 1. procedures and files, wholes in a bullet and their parts in "+" sub-bullets (985/VP-KSTT of 18/3/2025 cited;
    # "từ ngày 01/4/2025 đến ngày 30/4/2025" are the period's bounds)
    _sct("Sở: 128 TTHC", "128", 128, "TTHC", C, code=_TTHC),
    _sct("toàn trình: 104 TTHC", "104", 104, "TTHC", C, code=_TOAN),
    _sct("(chiếm 81,25%)", "81,25%", 81.25, "%", code=_TOAN),
    _sct("một phần: 24 TTHC", "24", 24, "TTHC", C, code=_MOT),
    _sct("Tổng số: 1.936", "1.936", 1936, "hồ sơ", C, code=_TN),
    _sct("trực tuyến: 1.912", "1.912", 1912, "hồ sơ", C, code=_NOP),
    _sct("đạt 98,76%", "98,76%", 98.76, "%", code=_NOP),
    _sct("công ích: 24 hồ sơ", "24", 24, "hồ sơ", C, code=_NTT),
    _sct("giải quyết: 1.901", "1.901", 1901, "hồ sơ", C, code=ANY),
    _sct("đúng hạn: 1.899", "1.899", 1899, "hồ sơ", C, code=_DH),
    _sct("(99,89%)", "99,89%", 99.89, "%", code=_DH),
    _sct("Quá hạn: 02", "02", 2, "hồ sơ", C, code=_QH),
    _sct("có 1.104 hồ sơ", "1.104", 1104, "hồ sơ", C, code=ANY),
    _sct("trong đó 1.027", "1.027", 1027, "hồ sơ", C, code=_TT),
    _sct("đạt 93,03%", "93,03%", 93.03, "%", code=_TT),
    _sct("giải quyết đạt 100%", "100%", 100, "%", code=ANY),
    _sct("đạt 46,18%", "46,18%", 46.18, "%", code=_TSD, target=50, stated_status="chưa đạt"),
    _sct("năm 2025 là 50%", "50%", 50, "%", T, as_of=_Y2025, code=_TSD),
    # 2. licences: the whole in the bullet, each kind's bare number in a sub-bullet takes its unit
    _sct("tháng: 195 giấy phép", "195", 195, "giấy phép", C, code=ANY),
    _sct("bán lẻ rượu: 97", "97", 97, "giấy phép", C, code=ANY),
    _sct("bán buôn rượu: 12", "12", 12, "giấy phép", C, code=ANY),
    _sct("thuốc lá: 64", "64", 64, "giấy phép", C, code=ANY),
    _sct("kinh doanh: 17", "17", 17, "giấy phép", C, code=ANY),
    _sct("nước ngoài: 5.", "5", 5, "giấy phép", C, code=ANY),
    _sct("LPG chai: 38", "38", 38, "giấy chứng nhận", C, code=ANY),
    _sct("xăng dầu: 21", "21", 21, "giấy chứng nhận", C, code=ANY),
    _sct("khuyến mại: 146 hồ sơ", "146", 146, "hồ sơ", C, code=ANY),
    _sct("100% nộp trực tuyến", "100%", 100, "%", code=ANY),
    _sct("quân: 3,2 ngày", "3,2", 3.2, "ngày", code=ANY),
    _sct("rút ngắn 0,8 ngày", "0,8", -0.8, "ngày", CH, code=ANY),
    # 3. the province's e-commerce platform ("Lũy kế đến ngày 30/4/2025" is the period end): whose figures (the
    # province's or the Sở's that runs it) the text leaves open
    F("có 1.248 doanh nghiệp", "1.248", 1248, "doanh nghiệp", C, subject=ANY, level=ANY, code=ANY),
    F("(tăng 57 doanh nghiệp", "57", 57, "doanh nghiệp", CH, subject=ANY, level=ANY, code=ANY),
    F("sàn: 214/236", "214/236", 214, "sản phẩm", C, max_value=236, subject=ANY, level=ANY, code=ANY),
    F("đạt 90,68%", "90,68%", 90.68, "%", subject=ANY, level=ANY, code=ANY),
    F("tháng: 3.846 đơn hàng", "3.846", 3846, "đơn hàng", C, subject=ANY, level=ANY, code=ANY),
    F("giá trị 5,72 tỷ", "5,72", 5.72, "tỷ đồng", subject=ANY, level=ANY, code=ANY),
    F("điện tử: 52,6%", "52,6%", 52.6, "%", code=ANY),
    F("(năm 2024: 47,3%)", "47,3%", 47.3, "%", PR, as_of="2024-12-31", code=ANY),
    F("thông báo: 36 website", "36", 36, "website", C, subject=ANY, level=ANY, code=ANY),
    _sct("số: 04 lớp", "04", 4, "lớp", C, code=None),
    _sct("với 312 học viên", "312", 312, "học viên", C, code=None),
    # 4. the Sở's score in a bullet, its six groups in sub-bullets; tháng 3/2025 dated 2025-03-31 (the earlier
    # total on the /100 scale)
    _sct("tháng 4/2025: 90,12/100", "90,12/100", 90.12, "điểm", max_value=100, code=_TONG),
    _sct("thứ 2/19", "2/19", 2, "hạng", R, max_value=19, code=_HANG),
    _sct("(tháng 3/2025: 88,75 điểm", "88,75", 88.75, "điểm", PR, max_value=100, as_of=_MAR_2025, code=_TONG),
    _sct("thứ 4/19)", "4/19", 4, "hạng", PR, max_value=19, as_of=_MAR_2025, code=_HANG),
    _sct("minh bạch: 17,80/18", "17,80/18", 17.80, "điểm", max_value=18, code="766.cong_khai"),
    _sct("giải quyết: 19,96/20", "19,96/20", 19.96, "điểm", max_value=20, code="766.tien_do"),
    _sct("trực tuyến: 11,45/12", "11,45/12", 11.45, "điểm", max_value=12, code="766.dvctt"),
    _sct("trực tuyến: 7,92/10", "7,92/10", 7.92, "điểm", max_value=10, code="766.thanh_toan"),
    _sct("hài lòng: 17,60/18", "17,60/18", 17.60, "điểm", max_value=18, code="766.hai_long"),
    _sct("hồ sơ: 15,39/22", "15,39/22", 15.39, "điểm", max_value=22, code="766.so_hoa"),
    _sct("tiếp nhận 05 PAKN", "05", 5, "PAKN", C, code=_PAKN_TN),
    _sct("hạn 05/05 PAKN", "05/05", 5, "PAKN", C, max_value=5, code=ANY),
    _sct("đạt 96,40%", "96,40%", 96.40, "%", code=_HL),
    # 5. tasks: counts repeated and the target for quý II năm 2025
    F("với 24 TTHC một phần", "24", 24, "TTHC", C, subject=ANY, level=ANY, code=ANY),
    F("đưa 22 sản phẩm", "22", 22, "sản phẩm", C, subject=ANY, level=ANY, code=ANY),
    F("tối thiểu 50%", "50%", 50, "%", T, subject=ANY, level=ANY, as_of="2025-06-30", code=_TSD),
]

# ------------------------------------------------------------- 472: Bảo hiểm xã hội tỉnh Bắc Kạn, năm 2024
_BH = "Bảo hiểm xã hội tỉnh"
_Y2023 = "2023-12-31"


def _bh(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the issuer itself ("BHXH tỉnh", or naming no body): named by its kind, level tỉnh."""
    return F(context, raw, value, unit, kind, subject=_BH, level="tỉnh", **kw)


def _row_472(unit: str, value: str, last_year: str, ratio: str, after: str) -> list[Fact]:
    """One Markdown row: the year's value (unit from the "Đơn vị tính" column), "Cùng kỳ năm trước" (a column dated
    2023-12-31, kind value) and "% so với cùng kỳ" (this year as a percentage of last year: a value in %). Whose
    figures (the province's participants or the office's own work) the table leaves open: subject and level ANY."""
    cells = [(value, unit, P, ANY, "period"), (last_year, unit, P, ANY, _Y2023), (ratio, "%", P, ANY, "period")]
    return _cells(ANY, ANY, cells, after, " | ", " |\n")


BLIND_472 = [
    # I.1 (06/QĐ-TTg of 06/01/2022 and 1214/KH-BHXH of 15/4/2024 cited); năm 2023 dated 2023-12-31
    _bh("tiếp nhận 186.420", "186.420", 186420, "hồ sơ", C, code=ANY),
    _bh("tăng 14,8%", "14,8%", 14.8, "%", CH, code=ANY),
    _bh("(162.387 hồ sơ)", "162.387", 162387, "hồ sơ", PR, as_of=_Y2023, code=ANY),
    _bh("đạt 96,35%", "96,35%", 96.35, "%", code=ANY),
    F("Có 1.846/1.846", "1.846/1.846", 1846, "đơn vị", C, max_value=1846, subject=ANY, level=ANY, code=ANY),
    F("100% hồ sơ được số hóa", "100%", 100, "%", subject=ANY, level=ANY, code=ANY),
    _bh("là 2,3 ngày", "2,3", 2.3, "ngày", code=ANY),
    _bh("giảm 0,5 ngày", "0,5", -0.5, "ngày", CH, code=ANY),
    _bh("cung cấp 25 thủ tục", "25", 25, "TTHC", C, code=_TOAN),
    _bh("giải quyết 42.316", "42.316", 42316, "hồ sơ", C, code=_NOP),
    _bh("đó 41.985 hồ sơ", "41.985", 41985, "hồ sơ", C, code=_DH),
    _bh("đạt 99,22%", "99,22%", 99.22, "%", code=_DH),
    # I.2 Markdown table with "Cùng kỳ năm trước" and "% so với cùng kỳ"
    *_row_472("đơn vị", "1.846", "1.792", "103,0", "| 2 | Người tham gia BHXH bắt buộc"),
    *_row_472("người", "27.615", "26.884", "102,7", "| 3 | Người tham gia BHXH tự nguyện"),
    *_row_472("người", "9.482", "7.356", "128,9", "| 4 | Người tham gia BHYT"),
    *_row_472("người", "295.108", "291.437", "101,3", "| 5 | Hồ sơ giao dịch"),
    *_row_472("hồ sơ", "186.420", "162.387", "114,8", "| 6 | Hồ sơ giải quyết"),
    *_row_472("hồ sơ", "42.316", "31.505", "134,3", "| 7 | Người hưởng"),
    *_row_472("người", "11.274", "8.962", "125,8", "| 8 | Tỷ lệ chi trả"),
    *_row_472("%", "78,46", "69,12", "113,5", "\nTỷ lệ người tham gia"),
    # the province's coverage ("trên địa bàn tỉnh"); the targets of the year (Nghị quyết số 12/NQ-HĐND cited)
    F("độ tuổi (161.010 người)", "161.010", 161010, "người", C, code=ANY),
    F("tỉnh đạt 23,04%", "23,04%", 23.04, "%", code=ANY, target=22.5, stated_status="đạt"),
    F("là 22,5%", "22,5%", 22.5, "%", T, code=ANY),
    F("BHYT đạt 96,12%", "96,12%", 96.12, "%", code=ANY, target=96.5, stated_status="chưa đạt"),
    F("năm 2024 là 96,5%", "96,5%", 96.5, "%", T, code=ANY),
    # I.3 payments through accounts (whose share, the province's or the office's, is left open)
    F("đạt 78,46% (11.274", "78,46%", 78.46, "%", subject=ANY, level=ANY, code=ANY),
    F("(11.274/14.369 người)", "11.274/14.369", 11274, "người", C, max_value=14369, subject=ANY, level=ANY,
      code=ANY),
    F("(91,64%)", "91,64%", 91.64, "%", subject="BHXH thành phố Bắc Kạn", level="huyện", code=ANY),
    F("(52,18%)", "52,18%", 52.18, "%", subject="BHXH huyện Pác Nặm", level="huyện", code=ANY),
    F("Có 3/8 đơn vị", "3/8", 3, "đơn vị", C, max_value=8, subject=ANY, level="huyện", code=None),
    # I.4 Đề án 06: the office's own matching; the province's patients and app users
    _bh("xác thực 292.846/295.108", "292.846/295.108", 292846, "người", C, max_value=295108, code=ANY),
    _bh("đạt 99,23%", "99,23%", 99.23, "%", code=ANY),
    F("còn 2.262 trường hợp", "2.262", 2262, "trường hợp", C, subject=ANY, level=ANY, code=ANY),
    F("VNeID: 612.384 lượt", "612.384", 612384, "lượt", C, subject=ANY, level=ANY, code=ANY),
    F("chiếm 71,36%", "71,36%", 71.36, "%", subject=ANY, level=ANY, code=ANY),
    F("(858.160 lượt)", "858.160", 858160, "lượt", C, subject=ANY, level=ANY, code=ANY),
    F("37/37 cơ sở", "37/37", 37, "cơ sở", C, max_value=37, subject=ANY, level=ANY, code=ANY),
    F("có 168.245 người", "168.245", 168245, "người", C, subject=ANY, level=ANY, code=ANY),
    F("chiếm 57,01%", "57,01%", 57.01, "%", subject=ANY, level=ANY, code=ANY),
    _bh("tiếp nhận 4.126 hồ sơ", "4.126", 4126, "hồ sơ", C, code=ANY),
    # I.5 rank among the 63 provincial offices (not the 766 ranking)
    _bh("thứ 18/63", "18/63", 18, "hạng", R, max_value=63, code=ANY),
    _bh("xếp thứ 27/63)", "27/63", 27, "hạng", PR, max_value=63, as_of=_Y2023, code=ANY),
    _bh("tăng 9 bậc", "9", 9, "hạng", CH, code=ANY),
    # II. counts repeated in tasks and the target of task 4 (0209.3870.245 is a phone number)
    F("vận động 54 đơn vị", "54", 54, "đơn vị", C, subject=ANY, level=ANY, code=None),
    F("điều chỉnh 2.262", "2.262", 2262, "trường hợp", C, subject=ANY, level=ANY, code=ANY),
    F("đạt 85% đến", "85%", 85, "%", T, subject=ANY, level=ANY, as_of=_Y2025, code=ANY),
]

# ------------------------------------------------------------- 473: Thuế tỉnh Phú Thọ, quý III năm 2025
_THUE = "Thuế tỉnh"
_Q2_2025 = "2025-06-30"


def _thue(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the issuer itself ("Thuế tỉnh", or naming no body): named by its kind, level tỉnh."""
    return F(context, raw, value, unit, kind, subject=_THUE, level="tỉnh", **kw)


def _anyone(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of taxpayers or revenue in the province that names no body (the province's or the tax office's):
    subject and level unchecked."""
    return F(context, raw, value, unit, kind, subject=ANY, level=ANY, **kw)


def _coso_473(number: str, households: str, share: str) -> list[Fact]:
    """One dash line "- Thuế cơ sở n tỉnh Phú Thọ: quản lý h hộ, tỷ lệ kê khai điện tử x%;" (n is a name)."""
    name = f"Thuế cơ sở {number} tỉnh Phú Thọ"
    return [F(f"{name}: quản lý {households}", households, _num(households), "hộ", C, subject=name, level=ANY,
              code=ANY),
            F(f"{households} hộ, tỷ lệ kê khai điện tử {share}", share, _num(share), "%", subject=name, level=ANY,
              code=ANY)]


BLIND_473 = [
    # I.1 (1237/QĐ-CT of 30/6/2025 and 3316/UBND-KSTT of 15/7/2025 cited; "Đến ngày 30/9/2025" is the period end;
    # footnote markers "[1]" … "[5]" are no figures); cùng kỳ năm 2024 dated 2024-09-30
    F("có 14.862/14.915", "14.862/14.915", 14862, "doanh nghiệp", C, max_value=14915, code=ANY),
    F("đạt 99,64%", "99,64%", 99.64, "%", code=ANY),
    # "lần lượt là" over three kinds of firms (categories, not bodies: subject and level unchecked)
    _anyone("lần lượt là 100%", "100%", 100, "%", code=ANY),
    _anyone("100%, 99,87%", "99,87%", 99.87, "%", code=ANY),
    _anyone("và 99,61%", "99,61%", 99.61, "%", code=ANY),
    _anyone("đạt 18.426,5", "18.426,5", 18426.5, "tỷ đồng", code=ANY),
    _anyone("chiếm 97,82%", "97,82%", 97.82, "%", code=ANY),
    _anyone("năm 2025 đạt 6.842,7", "6.842,7", 6842.7, "tỷ đồng", code=ANY),
    _anyone("tăng 12,4%", "12,4%", 12.4, "%", CH, code=ANY),
    _anyone("(6.087,8 tỷ đồng)", "6.087,8", 6087.8, "tỷ đồng", PR, as_of="2024-09-30", code=ANY),
    _anyone("đạt 18.837,2", "18.837,2", 18837.2, "tỷ đồng", code=ANY),
    _anyone("bằng 81,3%", "81,3%", 81.3, "%", code=ANY),
    # I.2 e-invoices; quý II năm 2025 is only the base of the change
    _anyone("cấp mã 2.418.630", "2.418.630", 2418630, "hóa đơn", C, code=ANY),
    _anyone("của 21.862.415", "21.862.415", 21862415, "hóa đơn", C, code=ANY),
    _anyone("Lũy kế có 4.126", "4.126", 4126, "người nộp thuế", C, code=ANY),
    _anyone("tăng 1.204", "1.204", 1204, "người nộp thuế", CH, code=ANY),
    _anyone("trong đó 3.418 hộ", "3.418", 3418, "hộ", C, code=ANY),
    # I.3 the office's procedures, refunds and taxpayers' requests ("kiến nghị" counted as PAKN)
    _thue("Thuế tỉnh tiếp nhận 186.245", "186.245", 186245, "hồ sơ", C, code=_TN),
    _thue("trong đó 184.930", "184.930", 184930, "hồ sơ", C, code=_NOP),
    _thue("chiếm 99,29%", "99,29%", 99.29, "%", code=_NOP),
    _thue("; 100% hồ sơ được", "100%", 100, "%", code=_DH),
    _thue("giải quyết 186 hồ sơ", "186", 186, "hồ sơ", C, code=ANY),
    _thue("tiền 642,18 tỷ", "642,18", 642.18, "tỷ đồng", code=ANY),
    _thue("100% hồ sơ hoàn thuế điện tử", "100%", 100, "%", code=ANY, target=98, stated_status="đạt"),
    _thue("năm 2025 là 98%", "98%", 98, "%", T, as_of=_Y2025, code=ANY),
    _thue("bình quân 4,6 ngày", "4,6", 4.6, "ngày", code=ANY),
    _thue("rút ngắn 1,2 ngày", "1,2", -1.2, "ngày", CH, code=ANY),
    _thue("Tiếp nhận 64 kiến nghị", "64", 64, "PAKN", C, code=_PAKN_TN),
    _thue("trả lời 61 kiến nghị", "61", 61, "PAKN", C, code=ANY),
    _thue("đạt 95,31%", "95,31%", 95.31, "%", code=ANY),
    _thue("03 kiến nghị", "03", 3, "PAKN", C, code=ANY),
    # I.4 the office's conversion of tax codes; eTax Mobile; the rank among the 34 provincial tax offices (named in
    # full: kept as written; not the 766 ranking); quý II năm 2025 dated 2025-06-30
    _thue("cho 1.284.516/1.302.448", "1.284.516/1.302.448", 1284516, "người", C, max_value=1302448, code=ANY),
    _thue("đạt 98,62%", "98,62%", 98.62, "%", code=ANY),
    _anyone("có 126.480 tài khoản", "126.480", 126480, "tài khoản", C, code=ANY),
    _anyone("(quý II năm 2025: 108.265", "108.265", 108265, "tài khoản", PR, as_of=_Q2_2025, code=ANY),
    _anyone("VNeID 38.746 lượt", "38.746", 38746, "lượt", C, code=ANY),
    F("thứ 6/34", "6/34", 6, "hạng", R, max_value=34, subject="Thuế tỉnh Phú Thọ", level="tỉnh", code=ANY),
    F("xếp thứ 9/34)", "9/34", 9, "hạng", PR, max_value=34, as_of=_Q2_2025, subject="Thuế tỉnh Phú Thọ",
      level="tỉnh", code=ANY),
    # I.5 households ("Toàn tỉnh"), then a dash list of Thuế cơ sở whose names hold numbers
    F("có 48.630 hộ", "48.630", 48630, "hộ", C, code=ANY),
    F("đạt 81,24%", "81,24%", 81.24, "%", code=ANY),
    *_coso_473("1", "8.426", "92,18%"),
    *_coso_473("2", "6.315", "88,46%"),
    *_coso_473("5", "7.904", "90,27%"),
    *_coso_473("9", "3.218", "61,35%"),
    *_coso_473("12", "2.746", "57,92%"),
    # III. a count repeated in a task (0210.3846.257 is a phone number, "số 1 đường Trần Phú" an address)
    _anyone("hướng dẫn 53 doanh nghiệp", "53", 53, "doanh nghiệp", C, code=ANY),
    # footnotes at the end hold figures
    _anyone("Có 53 doanh nghiệp", "53", 53, "doanh nghiệp", C, code=ANY),
    _anyone("là 23.170 tỷ", "23.170", 23170, "tỷ đồng", T, as_of=_Y2025, code=ANY),
    _anyone("giao là 23.500 tỷ", "23.500", 23500, "tỷ đồng", T, as_of=_Y2025, code=ANY),
    _anyone("bằng 80,16%", "80,16%", 80.16, "%", code=ANY),
    _anyone("gia tăng 1.946.208", "1.946.208", 1946208, "hóa đơn", C, code=ANY),
    _anyone("hàng 472.422", "472.422", 472422, "hóa đơn", C, code=ANY),
    F("Thuế cơ sở 1 tỉnh Phú Thọ: 1.126", "1.126", 1126, "hộ", C, subject="Thuế cơ sở 1 tỉnh Phú Thọ", level=ANY,
      code=ANY),
    F("Phú Thọ: 864 hộ", "864", 864, "hộ", C, subject="Thuế cơ sở 5 tỉnh Phú Thọ", level=ANY, code=ANY),
    _anyone("lại: 1.428 hộ", "1.428", 1428, "hộ", C, code=ANY),
    _anyone("Gồm 18 hồ sơ", "18", 18, "hồ sơ", C, code=ANY),
    _anyone("và 168 hồ sơ", "168", 168, "hồ sơ", C, code=ANY),
]

# ------------------------------------------------------------- 474: Sở Xây dựng tỉnh Bình Định, 6 tháng đầu năm 2024
_SXD = "Sở Xây dựng"
_H1_2023 = "2023-06-30"
# aligned after the first run with the convention of the earlier sets (since set 12): under a heading naming the level
# ("2. Kết quả cấp giấy phép xây dựng tại cấp huyện"), a mention restating it ("UBND cấp huyện tiếp nhận ...") is the
# level as the heading names it
_CAP_HUYEN = "cấp huyện"


def _sxd(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Sở itself (named by its kind, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SXD, level="tỉnh", **kw)


def _huyen(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the district level, written "UBND cấp huyện" under a heading naming the level: `cấp huyện`."""
    return F(context, raw, value, unit, kind, subject=_CAP_HUYEN, level="huyện", **kw)


def _row_474(subject: object, received: str, online: str, share: str, granted: str, after: str) -> list[Fact]:
    """One Markdown row of a district-level unit: permit files received, filed online, online share, permits
    granted."""
    cells = [(received, "hồ sơ", P, ANY, "period"), (online, "hồ sơ", P, ANY, "period"),
             (share, "%", P, ANY, "period"), (granted, "giấy phép", P, ANY, "period")]
    return _cells(subject, "huyện", cells, after, " | ", " |\n")


BLIND_474 = [
    # 1. the Sở's procedures (Luật Xây dựng năm 2014, 15/2021/NĐ-CP, 1620/QĐ-UBND cited; "cấp I, cấp II" are
    # grades of works); 6 tháng đầu năm 2023 dated 2023-06-30
    _sxd("thực hiện 86 TTHC", "86", 86, "TTHC", C, code=_TTHC),
    _sxd("trong đó 62 TTHC", "62", 62, "TTHC", C, code=_TOAN),
    _sxd("chiếm 72,09%", "72,09%", 72.09, "%", code=_TOAN),
    _sxd("Sở tiếp nhận 1.248", "1.248", 1248, "hồ sơ", C, code=_TN),
    _sxd("(6 tháng đầu năm 2023: 1.106", "1.106", 1106, "hồ sơ", PR, as_of=_H1_2023, code=_TN),
    _sxd("trực tuyến 1.203", "1.203", 1203, "hồ sơ", C, code=_NOP),
    _sxd("đạt 96,39%", "96,39%", 96.39, "%", code=_NOP),
    _sxd("hạn 1.236/1.241", "1.236/1.241", 1236, "hồ sơ", C, max_value=1241, code=_DH),
    _sxd("đạt 99,60%", "99,60%", 99.60, "%", code=_DH),
    _sxd("tiếp nhận 126 hồ sơ", "126", 126, "hồ sơ", C, code=ANY),
    _sxd("100% nộp trực tuyến", "100%", 100, "%", code=ANY),
    _sxd("cấp 118 giấy phép", "118", 118, "giấy phép", C, code=ANY),
    _sxd("đạt 93,65%", "93,65%", 93.65, "%", code=ANY),
    _sxd("08 hồ sơ", "08", 8, "hồ sơ", C, code=ANY),
    _sxd("bình quân 12,5 ngày", "12,5", 12.5, "ngày", code=ANY),
    # 2. permits at the district level; the target set for the year (dated 2024-12-31), which the level reached
    _huyen("huyện tiếp nhận 2.953", "2.953", 2953, "hồ sơ", C, code=ANY),
    _huyen("trực tuyến 2.482", "2.482", 2482, "hồ sơ", C, code=ANY),
    _huyen("đạt 84,05%", "84,05%", 84.05, "%", code=ANY, target=80, stated_status="đạt"),
    _huyen("cấp 2.863 giấy phép", "2.863", 2863, "giấy phép", C, code=ANY),
    _huyen("tăng 18,4%", "18,4%", 18.4, "%", CH, code=ANY),
    _huyen("(2.418 giấy phép)", "2.418", 2418, "giấy phép", PR, as_of=_H1_2023, code=ANY),
    # its parts by area after "trong đó" and their shares after "tương ứng" (subject unchecked, level huyện)
    F("đô thị 2.104", "2.104", 2104, "giấy phép", C, subject=ANY, level="huyện", code=ANY),
    F("thôn 759 giấy phép", "759", 759, "giấy phép", C, subject=ANY, level="huyện", code=ANY),
    F("tương ứng 73,49%", "73,49%", 73.49, "%", subject=ANY, level="huyện", code=ANY),
    F("và 26,51%", "26,51%", 26.51, "%", subject=ANY, level="huyện", code=ANY),
    F("là 80%", "80%", 80, "%", T, subject=ANY, level=ANY, as_of="2024-12-31", code=ANY),
    # the Markdown table (centred and right-aligned separators); "Tổng cộng" sums the level (subject unchecked)
    *_row_474("Thành phố Quy Nhơn", "842", "796", "94,54", "815", "| 2 | Thị xã An Nhơn"),
    *_row_474("Thị xã An Nhơn", "356", "318", "89,33", "347", "| 3 | Thị xã Hoài Nhơn"),
    *_row_474("Thị xã Hoài Nhơn", "412", "354", "85,92", "398", "| 4 | Huyện Tuy Phước"),
    *_row_474("Huyện Tuy Phước", "298", "241", "80,87", "290", "| 5 | Huyện Phù Cát"),
    *_row_474("Huyện Phù Cát", "274", "205", "74,82", "266", "| 6 | Huyện Phù Mỹ"),
    *_row_474("Huyện Phù Mỹ", "236", "188", "79,66", "229", "| 7 | Huyện Tây Sơn"),
    *_row_474("Huyện Tây Sơn", "251", "214", "85,26", "245", "| 8 | Huyện Hoài Ân"),
    *_row_474("Huyện Hoài Ân", "148", "103", "69,59", "142", "| 9 | Huyện Vân Canh"),
    *_row_474("Huyện Vân Canh", "46", "21", "45,65", "44", "| 10 | Huyện Vĩnh Thạnh"),
    *_row_474("Huyện Vĩnh Thạnh", "52", "27", "51,92", "50", "| 11 | Huyện An Lão"),
    *_row_474("Huyện An Lão", "38", "15", "39,47", "37", "| | Tổng cộng"),
    *_row_474(ANY, "2.953", "2.482", "84,05", "2.863", "\nCó 05/11"),
    F("Có 05/11 huyện", "05/11", 5, "huyện", C, max_value=11, subject=ANY, level="huyện", code=None),
    F("06 đơn vị chưa đạt", "06", 6, "đơn vị", C, subject=ANY, level="huyện", code=None),
    F("(39,47%)", "39,47%", 39.47, "%", subject="huyện An Lão", level="huyện", code=ANY),
    F("(45,65%)", "45,65%", 45.65, "%", subject="huyện Vân Canh", level="huyện", code=ANY),
    # 3. the Sở's inspection team
    F("kiểm tra 46 công trình", "46", 46, "công trình", C, subject=ANY, level="tỉnh", code=ANY),
    F("phát hiện 07 công trình", "07", 7, "công trình", C, subject=ANY, level="tỉnh", code=ANY),
    # 4. the Sở's score and rank among 20 agencies; the province's ("toàn tỉnh") score and rank
    _sxd("đạt 82,47/100", "82,47/100", 82.47, "điểm", max_value=100, code=_TONG),
    _sxd("thứ 12/20", "12/20", 12, "hạng", R, max_value=20, code=_HANG),
    F("đạt 84,10 điểm", "84,10", 84.10, "điểm", code=_TONG),
    F("thứ 19/63", "19/63", 19, "hạng", R, max_value=63, code=_HANG),
    # block averages (subject unchecked; levels tỉnh/huyện) and counts of agencies by grade
    F("là 85,32 điểm", "85,32", 85.32, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("huyện là 83,16 điểm", "83,16", 83.16, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("có 09/20 sở", "09/20", 9, "đơn vị", C, max_value=20, subject=ANY, level="tỉnh", code=None),
    F("11 đơn vị xếp loại", "11", 11, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    # 5. the target of three named districts for quý III năm 2024; counts repeated in tasks (0256.3822.409 is a
    # phone number, "số 02 Trần Phú" an address)
    F("tối thiểu 60%", "60%", 60, "%", T, subject="UBND các huyện Vân Canh, Vĩnh Thạnh, An Lão", level="huyện",
      as_of="2024-09-30", code=ANY),
    F("nâng cấp 24 TTHC", "24", 24, "TTHC", C, subject=ANY, level=ANY, code=ANY),
    F("xử lý 07 công trình", "07", 7, "công trình", C, subject=ANY, level=ANY, code=ANY),
]

BLIND = {"470": BLIND_470, "471": BLIND_471, "472": BLIND_472, "473": BLIND_473, "474": BLIND_474}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "470": [
        ("2024-11-30", "day", "30/11/2024", "triển khai thu học phí không dùng tiền mặt",
         "Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố"),
        ("2024-11-15", "day", "ngày 15 tháng 11 năm 2024", "đề xuất nâng cấp 16 TTHC một phần", "Văn phòng Sở"),
        ("2024-12-31", "month", "tháng 12/2024", "số hóa toàn bộ sổ gốc văn bằng", "Phòng Quản lý chất lượng"),
        ("2025-03-31", "quarter", "quý I năm 2025", "mở rộng học bạ số", "Phòng Giáo dục Tiểu học và Trung học"),
        # issued 07/10/2024: the first "ngày 20 hằng tháng" is 20/10/2024
        ("2024-10-20", "recurring", "20 hằng tháng", "gửi số liệu thanh toán không dùng tiền mặt",
         "Các trường trung học phổ thông, Trung tâm GDNN-GDTX"),
    ],
    "471": [
        ("2025-05-20", "day", "20/5/2025", "cung cấp toàn trình đối với 24 TTHC một phần", "Phòng Quản lý thương mại"),
        ("2025-05-31", "day", "ngày 31 tháng 5 năm 2025", "đưa 22 sản phẩm OCOP còn lại lên sàn",
         "Trung tâm Khuyến công và Xúc tiến thương mại"),
        ("2025-06-30", "quarter", "quý II năm 2025", "tái sử dụng dữ liệu số hóa", "Văn phòng Sở"),
        ("2025-12-31", "year", "năm 2025", "kinh doanh thương mại điện tử", "Thanh tra Sở"),
        # issued 06/5/2025: the first "ngày 22 hằng tháng" is 22/5/2025
        ("2025-05-22", "recurring", "22 hằng tháng", "gửi số liệu về Văn phòng Sở", "Các phòng chuyên môn"),
    ],
    "472": [
        ("2025-03-31", "quarter", "quý I năm 2025", "vận động 54 đơn vị mới thành lập tham gia BHXH",
         "Phòng Quản lý thu và Phát triển người tham gia"),
        ("2025-02-28", "day", "28/02/2025", "điều chỉnh 2.262 trường hợp sai lệch thông tin",
         "BHXH các huyện, thành phố"),
        ("2025-03-31", "day", "ngày 31 tháng 3 năm 2025", "tiếp nhận hồ sơ hưởng chế độ qua ứng dụng VNeID",
         "Phòng Chế độ BHXH"),
        ("2025-12-31", "year", "năm 2025", "chi trả không dùng tiền mặt tại đô thị", "Văn phòng"),
        # issued 10/01/2025: the first "ngày 15 hằng tháng" is 15/01/2025
        ("2025-01-15", "recurring", "15 hằng tháng", "báo cáo tiến độ", "BHXH các huyện, thành phố"),
    ],
    "473": [
        ("2025-10-31", "day", "31/10/2025", "chuyển sang khai thuế điện tử", "Phòng Quản lý, hỗ trợ doanh nghiệp"),
        ("2025-12-15", "day", "ngày 15 tháng 12 năm 2025", "hóa đơn điện tử khởi tạo từ máy tính tiền",
         "Các Thuế cơ sở"),
        ("2025-11-30", "month", "tháng 11/2025", "đơn giản hóa TTHC thuế", "Phòng Nghiệp vụ - Dự toán - Pháp chế"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "chuyển đổi mã số thuế sang số định danh cá nhân",
         "Văn phòng Thuế tỉnh"),
        # issued 08/10/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/11/2025
        ("2025-11-05", "recurring", "05 hằng tháng", "gửi báo cáo kết quả về Thuế tỉnh", "Các Thuế cơ sở"),
    ],
    "474": [
        ("2024-09-30", "quarter", "quý III năm 2024", "nâng tỷ lệ hồ sơ cấp giấy phép xây dựng nộp trực tuyến",
         "UBND các huyện Vân Canh, Vĩnh Thạnh, An Lão"),
        ("2024-08-15", "day", "15/8/2024", "cập nhật quy trình điện tử cấp giấy phép xây dựng",
         "Phòng Quản lý hoạt động xây dựng"),
        ("2024-07-31", "day", "ngày 31 tháng 7 năm 2024", "đề xuất nâng cấp 24 TTHC", "Văn phòng Sở"),
        ("2024-09-30", "month", "tháng 9/2024", "kiểm tra việc xử lý 07 công trình sai phép", "Thanh tra Sở"),
        # issued 08/7/2024: the first "ngày 25 hằng tháng" is 25/7/2024
        ("2024-07-25", "recurring", "25 hằng tháng", "gửi số liệu cấp phép về Sở",
         "Phòng Quản lý đô thị các thị xã, thành phố và Phòng Kinh tế - Hạ tầng các huyện"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 471 is a Công văn whose
# "V/v" line names the month; 473's issuer is Thuế tỉnh Phú Thọ under "CỤC THUẾ", its footnotes after the signature;
# 474 is a Thông báo with no "Kính gửi".
META = {
    "470": {"doc_number": "1862/BC-SGDĐT", "doc_type": "Báo cáo", "issued_date": "2024-10-07",
            "province": "Tiền Giang", "period_label": "quý III năm 2024", "period_start": "2024-07-01",
            "period_end": "2024-09-30", "signer": "Võ Thị Kim Loan"},
    "471": {"doc_number": "712/SCT-VP", "doc_type": "Công văn", "issued_date": "2025-05-06",
            "province": "Hà Nam", "period_label": "tháng 4 năm 2025", "period_start": "2025-04-01",
            "period_end": "2025-04-30", "signer": "Trần Quang Vinh"},
    "472": {"doc_number": "28/BC-BHXH", "doc_type": "Báo cáo", "issued_date": "2025-01-10",
            "province": "Bắc Kạn", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Hoàng Văn Khánh"},
    "473": {"doc_number": "2157/BC-PTH", "doc_type": "Báo cáo", "issued_date": "2025-10-08",
            "province": "Phú Thọ", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Nguyễn Mạnh Cường"},
    "474": {"doc_number": "94/TB-SXD", "doc_type": "Thông báo", "issued_date": "2024-07-08",
            "province": "Bình Định", "period_label": "6 tháng đầu năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-06-30", "signer": "Đặng Văn Tuấn"},
}
