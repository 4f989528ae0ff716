"""Blind golden facts for corpus/blind83/490_kien_giang.txt, 491_bac_lieu.txt, 492_yen_bai.txt, 493_ha_giang.txt and
494_dak_nong.txt.

The five documents were written by the developers for an eighty-third blind measurement (provinces, issuers, genres
and layouts not used in the sets this writer read; not real documents), and every row below was written by reading
them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out text for
diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind80.py, blind16.py and blind13.py: rows use `golden.facts.Fact`
(context string that occurs once in the document + the figure as written inside it). Prose and list counts are kind
`count`; table cells are kind `value` even when they count (signed change cells kind `change`), with
`extra={"source": "table"}`; `as_of="period"` is the period's end; a table column dated before the period end keeps
kind `value` with that date as `as_of`; a change is dated at the period end and a fall ("giảm", "rút ngắn", a "-"
cell) is negative. `ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it
clearly names none: counts of decisions, branches and units). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến
nghị" counts the unit `PAKN`; a count of the files (or PAKN) an indicator is computed on carries that indicator's
code; every "đã giải quyết" count, the parts of a settled whole given apart ("trước hạn …", "đúng hạn …": code
unchecked, as golden/blind78.py's 469) and a relative change of a count have their code unchecked; "trễ hạn" is
"quá hạn" (overdue code, as golden/blind77.py). Counts of local units take the unit of their first unit word ("9/15
huyện, thành phố" → `huyện`, "18/23 xã, thị trấn" → `xã`). A provincial body's own figures naming no body are named
by its kind ("Sở Tài nguyên và Môi trường", "Sở Y tế", "Sở Lao động - Thương binh và Xã hội"), level tỉnh; a
sentence naming the body in full keeps the name as written ("Riêng Sở Tài chính …", "Trung tâm Dịch vụ việc làm tỉnh
…", "Bệnh viện Đa khoa tỉnh Bạc Liêu"); in a district's own report the figures of "toàn huyện"/"huyện"/"của huyện"
are the issuer's ("UBND huyện Bắc Quang", level huyện), those under "a) Cấp huyện" subject "cấp huyện", under "b) Cấp
xã" subject "cấp xã". Money keeps the unit written, `triệu đồng` or `tỷ đồng` (code unchecked); durations `ngày` or
`giờ`. Dates, document numbers, cited letters, plans, decisions, laws and resolutions ("Công văn số 1526/VP-KSTT",
"Kế hoạch số 38/KH-UBND", "Quyết định số 766/QĐ-TTg", "Luật Khám bệnh, chữa bệnh năm 2023", "Kế hoạch số
04/KH-UBND", "Công văn số 2873/UBND-KSTT", "Công văn số 1187/UBND-KSTT", "Nghị quyết số 12/2023/NQ-HĐND"), period
words ("từ ngày 01/7/2024 đến ngày 30/9/2024", "Lũy kế đến ngày 31/12/2024", "(tháng 6/2022) đến ngày 31/3/2025"),
"Đề án 06", "Bộ chỉ số 766", the periods "6 tháng đầu năm 2024", "9 tháng đầu năm 2024", "Trong 6 tháng" (also as the
column headers "6 tháng đầu năm 2023 | 6 tháng đầu năm 2024"), section numbering ("I.", "1.", "a)", "đ)", "Bảng
1."), the STT/TT column, numbered and lettered tasks, "phường 1", "tổ 5", street
addresses ("số 01 đường Mạc Cửu", "số 07 đường Nguyễn Tất Thành", "số 125 đường Đinh Tiên Hoàng"), phone numbers
("0297.3862.415", "0291.3822.617", "0216.3852.364", "0219.3820.135", "0261.3544.219"), headings naming the next
period ("III. NHIỆM VỤ QUÝ IV NĂM 2024", "II. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2024", "V. NHIỆM VỤ NĂM 2025", "IV. NHIỆM VỤ
QUÝ IV NĂM 2024": no deadlines), "chuyển sang năm 2025", the framing "Để nâng tỷ lệ … trong quý II năm 2025" (a
goal's period, no deadline) and years are not figures.

New in this set (issuers: a Sở Tài nguyên và Môi trường on land files, a Sở Y tế, a Sở Lao động - Thương binh và Xã
hội, a UBND huyện in 2024, a Sở Tài chính on online fee payment; all before the 1 July 2025 merger, ranks /63):
- 490 is a quarterly Báo cáo of the Sở Tài nguyên và Môi trường tỉnh Kiên Giang (header "UBND TỈNH KIÊN GIANG / SỞ
  TÀI NGUYÊN VÀ MÔI TRƯỜNG"), quý III năm 2024, issued 08/10/2024, on land files. The Sở's own figures ("Sở tiếp
  nhận …", naming no body) are "Sở Tài nguyên và Môi trường", level tỉnh. Files by channel: online (code and share),
  "nộp trực tiếp tại Bộ phận Một cửa 15.904" (direct-submission code), "qua dịch vụ bưu chính công ích 912" (code
  unchecked, as golden/blind77.py's 460 where the channels are given apart). NEW: "bình quân 12.884 hồ sơ/tháng" is
  an average per month: kind value, unit `hồ sơ` (the unit before the slash, as "ngày/hồ sơ" → `ngày`), code
  unchecked. Durations in hours "bình quân trong 4,5 giờ làm việc", "bình quân 18 giờ làm việc" (unit `giờ`, code
  unchecked); "rút ngắn 1,2 ngày so với quý II năm 2024 (8,8 ngày)" a fall and a previous value dated 2024-06-30.
  Settled files "gồm: trước hạn …, đúng hạn …, trễ hạn …" (parts; the overdue part carries the overdue code) and the
  shares "96,90%" (on-time) and "3,10%" (overdue). The dash list of the provincial land registration office and its
  branches ("- Chi nhánh Văn phòng Đăng ký đất đai thành phố Phú Quốc: tiếp nhận …, trễ hạn …, thời gian giải quyết
  bình quân … ngày"): the office "Văn phòng Đăng ký đất đai tỉnh" is level tỉnh; a branch keeps its name as written
  but its level is left unchecked (a provincial office's branch seated in a district: golden seeds file "Chi nhánh …
  cấp huyện" under huyện, golden/blind77.py's 462 files a city Centre's branches under tỉnh; genuinely ambiguous);
  "- 10 Chi nhánh còn lại" is a count (unit `chi nhánh`, code None) and its figures have subject and level
  unchecked. "lũy kế từ đầu năm 1.186.240 trang" is cumulative to the period end (unit `trang`). "9/15 huyện, thành
  phố" (unit `huyện`). "chưa đạt chỉ tiêu UBND tỉnh giao năm 2024 là 90%": the Sở's target dated 2024-12-31,
  88,72% carries it ("chưa đạt"). Money "2.846,5 triệu đồng" and "47,3 tỷ đồng". The Sở's 766 score "79,84 điểm" (no
  max), rank `18/20` among the province's agencies, two group scores `x/max`. Six deadlines: day, "chậm nhất" day in
  words, month, quarter (with the target "tối thiểu 40%", the Sở's, dated 2024-12-31), year ("trong năm 2025"),
  "trước ngày 25 hằng tháng" (issued 08/10/2024: first 25/10/2024).
- 491 is a Thông báo of the Sở Y tế tỉnh Bạc Liêu (header "UBND TỈNH BẠC LIÊU / SỞ Y TẾ", number "86/TB-SYT", no
  "Kính gửi"), 6 tháng đầu năm 2024, issued 12/7/2024. NEW: its Markdown table "STT | Chỉ tiêu | ĐVT | 6 tháng đầu
  năm 2023 | 6 tháng đầu năm 2024 | Tăng (+), giảm (-)" gives each row's unit in the ĐVT column ("TTHC", "Hồ sơ" →
  `hồ sơ`, "%", "Ngày" → `ngày`, "PAKN"); the 2023 column is dated 2023-06-30 (kind value), the 2024 column the
  period end, the signed change cell kind `change` in the row's unit (a fall "-4", "-1,6", "-3" negative), each with
  the row's code; the caption names the Sở ("Kết quả giải quyết TTHC của Sở Y tế"): subject "Sở Y tế", level tỉnh.
  "bình quân 562 hồ sơ/tháng" an average (kind value). Files by field in prose (subject ANY, level tỉnh).
  "trước hạn và đúng hạn 3.075 hồ sơ, đạt 99,64%" is the on-time whole (on-time code). "16 giờ làm việc" (unit
  `giờ`). "chỉ tiêu UBND tỉnh giao năm 2024 là 50%, như vậy Sở chưa đạt chỉ tiêu": target dated 2024-12-31, 47,82%
  carries it. Đề án 06 figures of the health facilities ("48/48 cơ sở" one count, unit `cơ sở`; "412.836 lượt";
  "6.284 giấy khám sức khỏe" unit `giấy khám sức khỏe` as written; "trường hợp"): subject and level unchecked;
  "Bệnh viện Đa khoa tỉnh Bạc Liêu" kept whole (level tỉnh), "Trung tâm Y tế huyện Hồng Dân (52,37%)" level huyện.
  "06/06 PAKN" one count (max 6). The Sở's score "86,25 điểm" (no max), "xếp thứ 7/21 sở, ban, ngành, tăng 4 bậc so
  với năm 2023 (xếp thứ 11/21)" (dated 2023-12-31). The target "đạt tối thiểu 70% trong quý III năm 2024" is that of
  the body opening the task (Trung tâm Y tế huyện Hồng Dân), dated 2024-09-30. Five deadlines: day, "chậm nhất" day
  in words, quarter, month, "trước ngày 10 hằng tháng" (issued 12/7/2024, after the 10th: first 10/8/2024).
- 492 is an annual Báo cáo of the Sở Lao động - Thương binh và Xã hội tỉnh Yên Bái (header "UBND TỈNH YÊN BÁI / SỞ
  LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI"), năm 2024, issued 08/01/2025. NEW: its Markdown table by channel has THE TOTAL ROW
  FIRST ("| | Tổng số | …" with an empty STT cell, before "| 1 | Trực tiếp", "| 2 | Trực tuyến", "| 3 | Bưu chính
  công ích"): the total row is the Sở's (received code, share "100" code unchecked, settled, on-time code); the
  channel rows are kinds of files (subject ANY, level tỉnh, as golden/blind13.py's field rows): "Trực tiếp" carries
  the direct-submission code on its received count and share, "Trực tuyến" the online code, "Bưu chính công ích"
  and every channel's settled count and on-time share are left unchecked. "(năm 2023: 15.937 hồ sơ), tăng 15,62%": a
  previous value dated 2023-12-31 and a relative change. "bình quân 1.536 hồ sơ/tháng", "bình quân 15,54 tỷ
  đồng/tháng" averages (kind value). "Lũy kế đến ngày 31/12/2024, toàn tỉnh …" is the province's (subject NULL):
  "21.846/35.037 người" one count (max 35037), its share, the year's amount "186,42 tỷ đồng", "tăng 48,6 tỷ đồng so
  với năm 2023 (137,82 tỷ đồng)" (a change and a previous value dated 2023-12-31). "Phòng Lao động - Thương binh và
  Xã hội các huyện, thị xã, thành phố giải quyết 9.426 hồ sơ" (subject ANY, level huyện), "cấp xã … 14.318 hồ sơ"
  (cấp xã). "Trung tâm Dịch vụ việc làm tỉnh" keeps its name ("52.640 triệu đồng"). "so với chỉ tiêu năm 2024 UBND
  tỉnh giao là 40% thì đã đạt chỉ tiêu": target at the period end, 41,57% carries it ("đạt"). "11/11 PAKN" one
  count; "6,5 ngày/PAKN" the PAKN handling time. "(năm 2023: 81,36 điểm, xếp thứ 13/19)" dated 2023-12-31. Six
  deadlines: day, "chậm nhất" day in words, month, quarter (with the target "tối thiểu 50%", the Sở's, dated
  2025-06-30), year, "trước ngày 18 hằng tháng" (issued 08/01/2025: first 18/01/2025).
- 493 is a Báo cáo of UBND huyện Bắc Quang, tỉnh Hà Giang (header "ỦY BAN NHÂN DÂN / HUYỆN BẮC QUANG"; two
  addressees in a dash list), 9 tháng đầu năm 2024, issued 04/10/2024. NEW: its tab-separated table by lĩnh vực
  "TT | Lĩnh vực | Đã giải quyết | Trước hạn | Tỷ lệ trước hạn (%) | Đúng hạn | Tỷ lệ đúng hạn (%) | Trễ hạn | Tỷ lệ
  trễ hạn (%)" gives counts (`hồ sơ`) and their shares (`%`) for each timeliness class; "0" cells are figures; the
  field rows ("Đất đai", "Hộ tịch", "Chứng thực", …) are kinds of files of both levels (subject and level
  unchecked); the "Cộng" row with an empty TT cell is the district's whole (the caption names "cấp huyện và cấp xã"):
  subject "UBND huyện Bắc Quang", level huyện. Only the overdue count and share carry a code (overdue). In the prose,
  "trước hạn 3.984 hồ sơ, đúng hạn 1.706 hồ sơ, trễ hạn 119 hồ sơ, tương ứng 68,58%, 29,37% và 2,05%": the n-th share
  is the n-th class's. "(kỳ trước chuyển sang 318 hồ sơ, tiếp nhận mới 6.524 hồ sơ)" parts of the received whole
  (code unchecked). "UBND 23 xã, thị trấn", "05 xã" count communes (unit `xã`, code None); "Có 18/23 xã, thị trấn"
  (subject "cấp xã"); two communes' overdue files in brackets ("xã Tân Thành", level xã). "bình quân 2,5 giờ" under
  "b) Cấp xã" is cấp xã's. "(chỉ tiêu tỉnh giao năm 2024 là 35%, chưa đạt chỉ tiêu)": the district's target dated
  2024-12-31. Rank "4/11 huyện, thành phố" among the province's district-level units, "tăng 2 bậc so với 6 tháng
  đầu năm 2024 (xếp thứ 6/11)" dated 2024-06-30; "Điểm bình quân khối huyện của tỉnh" a level average (subject ANY,
  level huyện). Five deadlines: day, "chậm nhất" day in words, month for two named communes, quarter, "trước ngày 22
  hằng tháng" (issued 04/10/2024: first 22/10/2024).
- 494 is a Công văn of the Sở Tài chính tỉnh Đắk Nông ("V/v báo cáo kết quả thu phí, lệ phí và thanh toán trực
  tuyến quý I năm 2025", number "1126/STC-QLNS"), issued 08/4/2025. NEW: money in both `tỷ đồng` and `triệu đồng`
  in one sentence, by level ("cấp tỉnh 9,84 tỷ đồng, cấp huyện 3,96 tỷ đồng, cấp xã 820,5 triệu đồng": each its
  level's, each in its own unit); the province's amounts (subject NULL) "14,62 tỷ đồng, tăng 3,85 tỷ đồng so với
  quý IV năm 2024 (10,77 tỷ đồng)" (previous dated 2024-12-31), "(20,46 tỷ đồng)" in brackets after a share (the
  whole the share is of: kind value, not previous), "bình quân 12.805 giao dịch/tháng" (unit `giao dịch`, kind
  value); a cumulative "Lũy kế từ … (tháng 6/2022) đến ngày 31/3/2025, toàn tỉnh thu 61,38 tỷ đồng với 162.450 giao
  dịch" dated at the period end (the cut-off is the period end). "Số tiền người dân, doanh nghiệp được giảm … là
  2,86 tỷ đồng" (subject and level unchecked). "31.254/67.533 hồ sơ" one count (max 67533, payment code); "46,28%
  (quý IV năm 2024: 39,15%), tăng 7,13%, chưa đạt chỉ tiêu năm 2025 là 50%": previous dated 2024-12-31, change, the
  target dated 2025-12-31 ("chưa đạt"). Levels after "lần lượt là". TTHC with fees: "598 TTHC (chiếm 95,83%)" (the
  share carries `766.thanh_toan.tthc_tich_hop`), "412 TTHC, chiếm 66,03%" (`766.thanh_toan.tthc_giao_dich`), the
  counts unchecked. "Riêng Sở Tài chính …" keeps the name (level tỉnh). The dash list of the 8 district-level units
  ("- UBND huyện Cư Jút: thu 486,2 triệu đồng; tỷ lệ hồ sơ thanh toán trực tuyến 43,65%."; level huyện; amounts sum
  to the 3,96 tỷ đồng of cấp huyện). "04/08 huyện, thành phố" (unit `huyện`). Failed payments ("37 giao dịch", "18,6
  triệu đồng", "03 giao dịch") have subject and level unchecked. The group score `6,12/10`, "tăng 0,74 điểm", total
  `80,74/100`, rank `36/63`. Lettered requests a)–đ): five deadlines (day in words for two named districts, day,
  month, quarter with the target "tối thiểu 45%" of UBND các huyện, thành phố (subject ANY, level huyện, dated
  2025-06-30), "trước ngày 05 hằng tháng": issued 08/4/2025, after the 5th: first 05/5/2025).
"""

from __future__ import annotations

from golden.facts import (
    _DH,
    _HL,
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
_TIME = "766.tien_do.thoi_gian"
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_Y2023 = "2023-12-31"
_Y2024 = "2024-12-31"
_Y2025 = "2025-12-31"


def _cells(subject: object, level: object, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself. A signed raw ("+19") is read without its plus sign."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw.lstrip("+")), unit, kind, subject=subject,
              level=level, as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


# ------------------------------------------------- 490: Sở Tài nguyên và Môi trường tỉnh Kiên Giang, quý III năm 2024
_TNMT = "Sở Tài nguyên và Môi trường"
_Q2_2024 = "2024-06-30"


def _tnmt(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Sở itself."""
    return F(context, raw, value, unit, kind, subject=_TNMT, level="tỉnh", **kw)


def _office_490(subject: object, level: object, received: str, overdue: str, days: str) -> list[Fact]:
    """One dash item of the land registration office or a branch: received, overdue files, average days."""
    return [F(f"tiếp nhận {received}", received, _num(received), "hồ sơ", C, subject=subject, level=level, code=_TN),
            F(f"trễ hạn {overdue} hồ sơ, thời", overdue, _num(overdue), "hồ sơ", C, subject=subject, level=level,
              code=_QH),
            F(f"bình quân {days}", days, _num(days), "ngày", subject=subject, level=level, code=_TIME)]


_CN = "Chi nhánh Văn phòng Đăng ký đất đai "
BLIND_490 = [
    # I. (1526/VP-KSTT cited)
    _tnmt("thực hiện 112 TTHC", "112", 112, "TTHC", C, code=_TTHC),
    _tnmt("đai có 47 TTHC", "47", 47, "TTHC", C, code=ANY),
    _tnmt("chiếm 41,96%", "41,96%", 41.96, "%", code=ANY),
    _tnmt("toàn trình là 58 TTHC", "58", 58, "TTHC", C, code=_TOAN),
    _tnmt("còn lại 54 TTHC", "54", 54, "TTHC", C, code=_MOT),
    F("và 15 Chi nhánh", "15", 15, "chi nhánh", C, subject=ANY, level=ANY, code=None),
    # II.1 quý II năm 2024 dated 2024-06-30
    _tnmt("Sở tiếp nhận 38.652", "38.652", 38652, "hồ sơ", C, code=_TN),
    _tnmt("tăng 2.418", "2.418", 2418, "hồ sơ", CH, code=_TN),
    _tnmt("(36.234 hồ sơ)", "36.234", 36234, "hồ sơ", PR, as_of=_Q2_2024, code=_TN),
    _tnmt("bình quân 12.884", "12.884", 12884, "hồ sơ", code=ANY),
    _tnmt("trực tuyến 21.836", "21.836", 21836, "hồ sơ", C, code=_NOP),
    _tnmt("chiếm 56,49%", "56,49%", 56.49, "%", code=_NOP),
    _tnmt("Một cửa 15.904", "15.904", 15904, "hồ sơ", C, code=_NTT),
    _tnmt("công ích 912", "912", 912, "hồ sơ", C, code=ANY),
    # II.2
    _tnmt("giải quyết 36.918", "36.918", 36918, "hồ sơ", C, code=ANY),
    _tnmt("trước hạn 24.571", "24.571", 24571, "hồ sơ", C, code=ANY),
    _tnmt("đúng hạn 11.204", "11.204", 11204, "hồ sơ", C, code=ANY),
    _tnmt("trễ hạn 1.143", "1.143", 1143, "hồ sơ", C, code=_QH),
    _tnmt("đạt 96,90%", "96,90%", 96.90, "%", code=_DH),
    _tnmt("chiếm 3,10%", "3,10%", 3.10, "%", code=_QH),
    _tnmt("Đang giải quyết 4.286", "4.286", 4286, "hồ sơ", C, code=ANY),
    _tnmt("có 205 hồ sơ", "205", 205, "hồ sơ", C, code=ANY),
    _tnmt("là 7,6 ngày", "7,6", 7.6, "ngày", code=_TIME),
    _tnmt("rút ngắn 1,2 ngày", "1,2", -1.2, "ngày", CH, code=_TIME),
    _tnmt("(8,8 ngày)", "8,8", 8.8, "ngày", PR, as_of=_Q2_2024, code=_TIME),
    _tnmt("trong 4,5 giờ", "4,5", 4.5, "giờ", code=ANY),
    _tnmt("bình quân 18 giờ", "18", 18, "giờ", code=ANY),
    # II.3 the office and its branches (a branch's level unchecked)
    *_office_490("Văn phòng Đăng ký đất đai tỉnh", "tỉnh", "2.570", "112", "8,3"),
    *_office_490(_CN + "thành phố Phú Quốc", ANY, "6.482", "318", "10,4"),
    *_office_490(_CN + "thành phố Rạch Giá", ANY, "5.214", "236", "9,1"),
    *_office_490(_CN + "huyện Châu Thành", ANY, "3.126", "84", "7,2"),
    *_office_490(_CN + "huyện Giồng Riềng", ANY, "2.865", "57", "6,8"),
    *_office_490(_CN + "thành phố Hà Tiên", ANY, "1.438", "41", "7,9"),
    F("- 10 Chi nhánh", "10", 10, "chi nhánh", C, subject=ANY, level=ANY, code=None),
    *_office_490(ANY, ANY, "16.957", "295", "6,5"),
    F("(554 hồ sơ", "554", 554, "hồ sơ", C, subject=ANY, level=ANY, code=_QH),
    F("chiếm 48,47%", "48,47%", 48.47, "%", subject=ANY, level=ANY, code=ANY),
    # II.4
    _tnmt("Sở đạt 88,72%", "88,72%", 88.72, "%", code=_SH, target=90, stated_status="chưa đạt"),
    _tnmt("là 90%", "90%", 90, "%", T, as_of=_Y2024, code=_SH),
    _tnmt("số hóa 412.560", "412.560", 412560, "trang", C, code=ANY),
    _tnmt("đầu năm 1.186.240", "1.186.240", 1186240, "trang", C, code=ANY),
    F("tại 9/15", "9/15", 9, "huyện", C, max_value=15, subject=ANY, level="huyện", code=None),
    _tnmt("đạt 34,18%", "34,18%", 34.18, "%", code=_TT),
    _tnmt("tăng 6,25%", "6,25%", 6.25, "%", CH, code=_TT),
    _tnmt("là 2.846,5", "2.846,5", 2846.5, "triệu đồng", code=ANY),
    _tnmt("quốc gia 47,3", "47,3", 47.3, "tỷ đồng", code=ANY),
    # II.5
    _tnmt("tiếp nhận 14 PAKN", "14", 14, "PAKN", C, code=_PAKN_TN),
    _tnmt("xử lý 12 PAKN", "12", 12, "PAKN", C, code=_PAKN_XL),
    F("còn 02 PAKN", "02", 2, "PAKN", C, subject=ANY, level=ANY, code=ANY),
    # II.6 the Sở's score (no max), rank among 20 agencies, two groups
    _tnmt("đạt 79,84", "79,84", 79.84, "điểm", code=_TONG),
    _tnmt("thứ 18/20", "18/20", 18, "hạng", R, max_value=20, code=_HANG),
    _tnmt("đạt 17,85/20", "17,85/20", 17.85, "điểm", max_value=20, code="766.tien_do"),
    _tnmt("đạt 16,92/22", "16,92/22", 16.92, "điểm", max_value=22, code="766.so_hoa"),
    # III. tasks: a count repeated, the Sở's target for quý IV, the districts still without a land database
    F("dứt điểm 205", "205", 205, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("tối thiểu 40%", "40%", 40, "%", T, subject=ANY, level="tỉnh", as_of=_Y2024, code=_TT),
    F("cho 06 huyện", "06", 6, "huyện", C, subject=ANY, level="huyện", code=None),
]

# ------------------------------------------------------------ 491: Sở Y tế tỉnh Bạc Liêu, 6 tháng đầu năm 2024
_SYT = "Sở Y tế"
_H1_2023 = "2023-06-30"


def _syt(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Sở itself."""
    return F(context, raw, value, unit, kind, subject=_SYT, level="tỉnh", **kw)


def _row_491(unit: str, code: object, before: str, now: str, change: str, after: str) -> list[Fact]:
    """One Markdown row of Bảng 1: 6 tháng đầu năm 2023 (dated 2023-06-30), 6 tháng đầu năm 2024, the signed change;
    the unit from the ĐVT column."""
    cells = [(before, unit, P, code, _H1_2023), (now, unit, P, code, "period"), (change, unit, CH, code, "period")]
    return _cells(_SYT, "tỉnh", cells, after, " | ", " |\n")


_TTYT = "Trung tâm Y tế huyện Hồng Dân"
BLIND_491 = [
    # 1. Bảng 1 (38/KH-UBND and 766/QĐ-TTg cited)
    *_row_491("TTHC", _TTHC, "128", "124", "-4", "| 2 | TTHC cung cấp"),
    *_row_491("TTHC", _TOAN, "52", "71", "+19", "| 3 | Hồ sơ tiếp nhận"),
    *_row_491("hồ sơ", _TN, "2.846", "3.372", "+526", "| 4 | Hồ sơ nộp"),
    *_row_491("hồ sơ", _NOP, "1.934", "2.915", "+981", "| 5 | Tỷ lệ hồ sơ nộp"),
    *_row_491("%", _NOP, "67,96", "86,45", "+18,49", "| 6 | Tỷ lệ hồ sơ giải"),
    *_row_491("%", _DH, "98,12", "99,64", "+1,52", "| 7 | Thời gian"),
    *_row_491("ngày", _TIME, "9,4", "7,8", "-1,6", "| 8 | Tỷ lệ hồ sơ thanh"),
    *_row_491("%", _TT, "21,36", "47,82", "+26,46", "| 9 | Phản ánh"),
    *_row_491("PAKN", _PAKN_TN, "9", "6", "-3", "\n2. Tiếp nhận"),
    # 2. prose
    _syt("Sở tiếp nhận 3.372", "3.372", 3372, "hồ sơ", C, code=_TN),
    _syt("bình quân 562", "562", 562, "hồ sơ", code=ANY),
    F("chữa bệnh 1.826", "1.826", 1826, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    F("mỹ phẩm 1.104", "1.104", 1104, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    F("còn lại 442", "442", 442, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    _syt("giải quyết 3.086", "3.086", 3086, "hồ sơ", C, code=ANY),
    _syt("đúng hạn 3.075", "3.075", 3075, "hồ sơ", C, code=_DH),
    _syt("đạt 99,64%", "99,64%", 99.64, "%", code=_DH),
    _syt("trễ hạn 11 hồ sơ", "11", 11, "hồ sơ", C, code=_QH),
    _syt("trong 16 giờ", "16", 16, "giờ", code=ANY),
    _syt("Sở đạt 47,82%", "47,82%", 47.82, "%", code=_TT, target=50, stated_status="chưa đạt"),
    _syt("là 50%", "50%", 50, "%", T, as_of=_Y2024, code=_TT),
    _syt("là 862,4", "862,4", 862.4, "triệu đồng", code=ANY),
    # 3. Đề án 06: the health facilities' figures
    F("Có 48/48", "48/48", 48, "cơ sở", C, max_value=48, subject=ANY, level=ANY, code=ANY),
    F("(đạt 100%)", "100%", 100, "%", subject=ANY, level=ANY, code=ANY),
    F("hiện 412.836", "412.836", 412836, "lượt", C, subject=ANY, level=ANY, code=ANY),
    F("chiếm 78,41%", "78,41%", 78.41, "%", subject=ANY, level=ANY, code=ANY),
    F("với 96,12%", "96,12%", 96.12, "%", subject="Bệnh viện Đa khoa tỉnh Bạc Liêu", level="tỉnh", code=ANY),
    F("(52,37%)", "52,37%", 52.37, "%", subject=_TTYT, level="huyện", code=ANY),
    F("điện tử 1.926", "1.926", 1926, "trường hợp", C, subject=ANY, level=ANY, code=ANY),
    F("báo tử 418", "418", 418, "trường hợp", C, subject=ANY, level=ANY, code=ANY),
    F("cấp 6.284", "6.284", 6284, "giấy khám sức khỏe", C, subject=ANY, level=ANY, code=ANY),
    # 4.
    _syt("tiếp nhận 06 PAKN", "06", 6, "PAKN", C, code=_PAKN_TN),
    _syt("xong 06/06 PAKN", "06/06", 6, "PAKN", C, max_value=6, code=_PAKN_XL),
    _syt("đạt 97,86%", "97,86%", 97.86, "%", code=_HL),
    # 5. the Sở's score (no max) and rank among 21 agencies; năm 2023 dated 2023-12-31
    _syt("đạt 86,25", "86,25", 86.25, "điểm", code=_TONG),
    _syt("thứ 7/21", "7/21", 7, "hạng", R, max_value=21, code=_HANG),
    _syt("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    _syt("(xếp thứ 11/21)", "11/21", 11, "hạng", PR, max_value=21, as_of=_Y2023, code=_HANG),
    # II. tasks: a count repeated; the target of the body opening the task
    F("nhân 11 hồ sơ", "11", 11, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("tối thiểu 70%", "70%", 70, "%", T, subject=_TTYT, level="huyện", as_of="2024-09-30", code=ANY),
]

# ------------------------------------------------ 492: Sở Lao động - Thương binh và Xã hội tỉnh Yên Bái, năm 2024
_LD = "Sở Lao động - Thương binh và Xã hội"


def _ld(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Sở itself."""
    return F(context, raw, value, unit, kind, subject=_LD, level="tỉnh", **kw)


def _row_492(subject: object, received: str, share: str, settled: str, on_time: str, codes: tuple[object, object],
             on_time_code: object, after: str) -> list[Fact]:
    """One Markdown row of Bảng 1: received, its share of the total, settled, on-time share."""
    cells = [(received, "hồ sơ", P, codes[0], "period"), (share, "%", P, codes[1], "period"),
             (settled, "hồ sơ", P, ANY, "period"), (on_time, "%", P, on_time_code, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_492 = [
    # I. (04/KH-UBND cited)
    _ld("hành 06 quyết định", "06", 6, "quyết định", C, code=None),
    _ld("thực hiện 136 TTHC", "136", 136, "TTHC", C, code=_TTHC),
    _ld("trong đó 89 TTHC", "89", 89, "TTHC", C, code=_TOAN),
    _ld("(chiếm 65,44%)", "65,44%", 65.44, "%", code=_TOAN),
    # II.1 Bảng 1: the total row first (the Sở), then the channels (kinds of files)
    *_row_492(_LD, "18.426", "100", "17.985", "99,21", (_TN, ANY), _DH, "| 1 | Trực tiếp"),
    *_row_492(ANY, "3.148", "17,08", "3.102", "98,45", (_NTT, _NTT), ANY, "| 2 | Trực tuyến"),
    *_row_492(ANY, "14.862", "80,66", "14.487", "99,41", (_NOP, _NOP), ANY, "| 3 | Bưu chính"),
    *_row_492(ANY, "416", "2,26", "396", "97,73", (ANY, ANY), ANY, "\nNăm 2024, Sở"),
    # prose; năm 2023 dated 2023-12-31
    _ld("Sở tiếp nhận 18.426", "18.426", 18426, "hồ sơ", C, code=_TN),
    _ld("(năm 2023: 15.937", "15.937", 15937, "hồ sơ", PR, as_of=_Y2023, code=_TN),
    _ld("tăng 15,62%", "15,62%", 15.62, "%", CH, code=ANY),
    _ld("bình quân 1.536", "1.536", 1536, "hồ sơ", code=ANY),
    F("người có công 6.214", "6.214", 6214, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    F("xã hội 5.862", "5.862", 5862, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    F("việc làm 4.105", "4.105", 4105, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    F("nghề nghiệp 1.318", "1.318", 1318, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    F("lĩnh vực khác 927", "927", 927, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    # II.2
    _ld("là 4,2 ngày", "4,2", 4.2, "ngày", code=_TIME),
    _ld("Còn 441", "441", 441, "hồ sơ", C, code=ANY),
    F("giải quyết 9.426", "9.426", 9426, "hồ sơ", C, subject=ANY, level="huyện", code=ANY),
    F("ban đầu 14.318", "14.318", 14318, "hồ sơ", C, subject="cấp xã", level="xã", code=ANY),
    # II.3
    _ld("đạt 92,14%", "92,14%", 92.14, "%", code=_SH),
    _ld("đạt 38,26%", "38,26%", 38.26, "%", code=_TSD),
    _ld("đạt 41,57%", "41,57%", 41.57, "%", code=_TT, target=40, stated_status="đạt"),
    _ld("là 40%", "40%", 40, "%", T, as_of=_Y2024, code=_TT),
    # III. the province's payments through accounts (toàn tỉnh: subject NULL); năm 2023 dated 2023-12-31
    F("cho 21.846/35.037", "21.846/35.037", 21846, "người", C, max_value=35037, code=ANY),
    F("chiếm 62,35%", "62,35%", 62.35, "%", code=ANY),
    F("là 186,42", "186,42", 186.42, "tỷ đồng", code=ANY),
    F("tăng 48,6", "48,6", 48.6, "tỷ đồng", CH, code=ANY),
    F("(137,82 tỷ đồng)", "137,82", 137.82, "tỷ đồng", PR, as_of=_Y2023, code=ANY),
    F("bình quân 15,54", "15,54", 15.54, "tỷ đồng", code=ANY),
    F("nhận 3.268 hồ sơ", "3.268", 3268, "hồ sơ", C, subject="Trung tâm Dịch vụ việc làm tỉnh", level="tỉnh",
      code=ANY),
    F("100% hồ sơ nộp", "100%", 100, "%", subject="Trung tâm Dịch vụ việc làm tỉnh", level="tỉnh", code=ANY),
    F("thất nghiệp 52.640", "52.640", 52640, "triệu đồng", subject="Trung tâm Dịch vụ việc làm tỉnh", level="tỉnh",
      code=ANY),
    # IV.
    _ld("tiếp nhận 11 PAKN", "11", 11, "PAKN", C, code=_PAKN_TN),
    _ld("xử lý 11/11 PAKN", "11/11", 11, "PAKN", C, max_value=11, code=_PAKN_XL),
    _ld("bình quân 6,5", "6,5", 6.5, "ngày", code="pakn.thoi_gian"),
    _ld("đạt 98,64%", "98,64%", 98.64, "%", code=_HL),
    _ld("đạt 84,92", "84,92", 84.92, "điểm", code=_TONG),
    _ld("thứ 9/19", "9/19", 9, "hạng", R, max_value=19, code=_HANG),
    _ld("(năm 2023: 81,36", "81,36", 81.36, "điểm", PR, as_of=_Y2023, code=_TONG),
    _ld("xếp thứ 13/19)", "13/19", 13, "hạng", PR, max_value=19, as_of=_Y2023, code=_HANG),
    # V. tasks: a count of procedures, the Sở's target for quý II
    F("của 05 TTHC", "05", 5, "TTHC", C, subject=ANY, level=ANY, code=ANY),
    F("tối thiểu 50%", "50%", 50, "%", T, subject=ANY, level="tỉnh", as_of="2025-06-30", code=_TT),
]

# ------------------------------------------------------ 493: UBND huyện Bắc Quang (Hà Giang), 9 tháng đầu năm 2024
_BQ = "UBND huyện Bắc Quang"


def _bq(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the district itself ("toàn huyện", "huyện", "của huyện")."""
    return F(context, raw, value, unit, kind, subject=_BQ, level="huyện", **kw)


def _hu(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "a) Cấp huyện"."""
    return F(context, raw, value, unit, kind, subject="cấp huyện", level="huyện", **kw)


def _xa(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "b) Cấp xã"."""
    return F(context, raw, value, unit, kind, subject="cấp xã", level="xã", **kw)


def _row_493(subject: object, level: object, settled: str, early: str, early_pct: str, on_time: str,
             on_time_pct: str, late: str, late_pct: str, after: str) -> list[Fact]:
    """One tab-separated row of Bảng 1: settled, then each timeliness class's count and share (only the overdue
    class carries a code)."""
    cells = [(settled, "hồ sơ", P, ANY, "period"), (early, "hồ sơ", P, ANY, "period"),
             (early_pct, "%", P, ANY, "period"), (on_time, "hồ sơ", P, ANY, "period"),
             (on_time_pct, "%", P, ANY, "period"), (late, "hồ sơ", P, _QH, "period"), (late_pct, "%", P, _QH, "period")]
    return _cells(subject, level, cells, after, "\t", "\n")


BLIND_493 = [
    # I. the district (2873/UBND-KSTT cited)
    _bq("Toàn huyện tiếp nhận 16.466", "16.466", 16466, "hồ sơ", C, code=_TN),
    _bq("trực tuyến 9.634", "9.634", 9634, "hồ sơ", C, code=_NOP),
    _bq("đạt 58,51%", "58,51%", 58.51, "%", code=_NOP),
    _bq("bình quân 1.830", "1.830", 1830, "hồ sơ", code=ANY),
    # a) Cấp huyện
    _hu("tiếp nhận 6.842", "6.842", 6842, "hồ sơ", C, code=_TN),
    _hu("sang 318", "318", 318, "hồ sơ", C, code=ANY),
    _hu("mới 6.524", "6.524", 6524, "hồ sơ", C, code=ANY),
    _hu("trực tuyến 4.516", "4.516", 4516, "hồ sơ", C, code=_NOP),
    _hu("đạt 66,00%", "66,00%", 66, "%", code=_NOP),
    _hu("giải quyết 5.809", "5.809", 5809, "hồ sơ", C, code=ANY),
    _hu("trước hạn 3.984", "3.984", 3984, "hồ sơ", C, code=ANY),
    _hu("đúng hạn 1.706", "1.706", 1706, "hồ sơ", C, code=ANY),
    _hu("trễ hạn 119", "119", 119, "hồ sơ", C, code=_QH),
    _hu("tương ứng 68,58%", "68,58%", 68.58, "%", code=ANY),
    _hu("29,37% và", "29,37%", 29.37, "%", code=ANY),
    _hu("và 2,05%", "2,05%", 2.05, "%", code=_QH),
    _hu("là 5,4 ngày", "5,4", 5.4, "ngày", code=_TIME),
    # b) Cấp xã
    F("UBND 23 xã", "23", 23, "xã", C, subject=ANY, level="xã", code=None),
    _xa("tiếp nhận 9.624", "9.624", 9624, "hồ sơ", C, code=_TN),
    _xa("trực tuyến 5.118", "5.118", 5118, "hồ sơ", C, code=_NOP),
    _xa("đạt 53,18%", "53,18%", 53.18, "%", code=_NOP),
    _xa("giải quyết 9.201", "9.201", 9201, "hồ sơ", C, code=ANY),
    _xa("đúng hạn 9.152", "9.152", 9152, "hồ sơ", C, code=_DH),
    _xa("đạt 99,47%", "99,47%", 99.47, "%", code=_DH),
    _xa("trễ hạn 49", "49", 49, "hồ sơ", C, code=_QH),
    _xa("chiếm 0,53%", "0,53%", 0.53, "%", code=_QH),
    _xa("là 1,8 ngày", "1,8", 1.8, "ngày", code=_TIME),
    _xa("bình quân 2,5 giờ", "2,5", 2.5, "giờ", code=ANY),
    _xa("Có 18/23", "18/23", 18, "xã", C, max_value=23, code=None),
    F("05 xã còn", "05", 5, "xã", C, subject=ANY, level="xã", code=None),
    F("(14 hồ sơ)", "14", 14, "hồ sơ", C, subject="xã Tân Thành", level="xã", code=_QH),
    F("(11 hồ sơ)", "11", 11, "hồ sơ", C, subject="xã Vĩnh Phúc", level="xã", code=_QH),
    # c) Bảng 1 by field (tab-separated); "Cộng" = the district
    *_row_493(ANY, ANY, "3.215", "1.846", "57,42", "1.262", "39,25", "107", "3,33", "2\tHộ tịch"),
    *_row_493(ANY, ANY, "5.164", "4.912", "95,12", "244", "4,73", "8", "0,15", "3\tChứng thực"),
    *_row_493(ANY, ANY, "4.386", "4.358", "99,36", "28", "0,64", "0", "0", "4\tXây dựng"),
    *_row_493(ANY, ANY, "412", "198", "48,06", "187", "45,39", "27", "6,55", "5\tĐăng ký"),
    *_row_493(ANY, ANY, "586", "531", "90,61", "55", "9,39", "0", "0", "6\tLĩnh vực khác"),
    *_row_493(ANY, ANY, "1.247", "803", "64,39", "418", "33,52", "26", "2,09", "\tCộng"),
    *_row_493(_BQ, "huyện", "15.010", "12.648", "84,26", "2.194", "14,62", "168", "1,12", "\nHồ sơ trễ hạn chủ"),
    F("(107 hồ sơ", "107", 107, "hồ sơ", C, subject=ANY, level=ANY, code=_QH),
    F("chiếm 63,69%", "63,69%", 63.69, "%", subject=ANY, level=ANY, code=ANY),
    # II.
    _hu("huyện đạt 86,34%", "86,34%", 86.34, "%", code=_SH),
    _xa("xã đạt 72,15%", "72,15%", 72.15, "%", code=_SH),
    _bq("huyện đạt 31,46%", "31,46%", 31.46, "%", code=_TT, target=35, stated_status="chưa đạt"),
    _bq("là 35%", "35%", 35, "%", T, as_of=_Y2024, code=_TT),
    _bq("là 412,8", "412,8", 412.8, "triệu đồng", code=ANY),
    _bq("tiếp nhận 07 PAKN", "07", 7, "PAKN", C, code=_PAKN_TN),
    _bq("xử lý 07/07 PAKN", "07/07", 7, "PAKN", C, max_value=7, code=_PAKN_XL),
    # III. rank among the province's 11 district-level units; 6 tháng đầu năm 2024 dated 2024-06-30
    _bq("đạt 80,26", "80,26", 80.26, "điểm", code=_TONG),
    _bq("thứ 4/11", "4/11", 4, "hạng", R, max_value=11, code=_HANG),
    _bq("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    _bq("(xếp thứ 6/11)", "6/11", 6, "hạng", PR, max_value=11, as_of="2024-06-30", code=_HANG),
    F("là 78,94", "78,94", 78.94, "điểm", subject=ANY, level="huyện", code=ANY),
]

# ------------------------------------------------------------ 494: Sở Tài chính tỉnh Đắk Nông, quý I năm 2025
_Q4_2024 = "2024-12-31"
_STC = "Sở Tài chính"


def _district_494(subject: str, amount: str, share: str) -> list[Fact]:
    """One dash item of a district-level unit: fees collected online (triệu đồng) and its payment share."""
    return [F(f"thu {amount}", amount, _num(amount), "triệu đồng", subject=subject, level="huyện", code=ANY),
            F(f"tuyến {share}%", f"{share}%", _num(share), "%", subject=subject, level="huyện", code=_TT)]


BLIND_494 = [
    # 1. the province's fees collected online (1187/UBND-KSTT cited); quý IV năm 2024 dated 2024-12-31
    F("trực tuyến 14,62", "14,62", 14.62, "tỷ đồng", code=ANY),
    F("tăng 3,85", "3,85", 3.85, "tỷ đồng", CH, code=ANY),
    F("(10,77 tỷ đồng)", "10,77", 10.77, "tỷ đồng", PR, as_of=_Q4_2024, code=ANY),
    F("tỉnh 9,84", "9,84", 9.84, "tỷ đồng", subject="cấp tỉnh", level="tỉnh", code=ANY),
    F("huyện 3,96", "3,96", 3.96, "tỷ đồng", subject="cấp huyện", level="huyện", code=ANY),
    F("xã 820,5", "820,5", 820.5, "triệu đồng", subject="cấp xã", level="xã", code=ANY),
    F("chiếm 71,46%", "71,46%", 71.46, "%", code=ANY),
    F("(20,46 tỷ đồng)", "20,46", 20.46, "tỷ đồng", code=ANY),
    F("là 38.416", "38.416", 38416, "giao dịch", C, code=ANY),
    F("ngân hàng 29.870", "29.870", 29870, "giao dịch", C, code=ANY),
    F("điện tử 8.546", "8.546", 8546, "giao dịch", C, code=ANY),
    F("bình quân 12.805", "12.805", 12805, "giao dịch", code=ANY),
    F("thu 61,38", "61,38", 61.38, "tỷ đồng", code=ANY),
    F("với 162.450", "162.450", 162450, "giao dịch", C, code=ANY),
    F("là 2,86", "2,86", 2.86, "tỷ đồng", subject=ANY, level=ANY, code=ANY),
    # 2. payment shares (the province), by level after "lần lượt là"
    F("là 31.254/67.533", "31.254/67.533", 31254, "hồ sơ", C, max_value=67533, code=_TT),
    F("tỉnh đạt 46,28%", "46,28%", 46.28, "%", code=_TT, target=50, stated_status="chưa đạt"),
    F("2024: 39,15%", "39,15%", 39.15, "%", PR, as_of=_Q4_2024, code=_TT),
    F("tăng 7,13%", "7,13%", 7.13, "%", CH, code=_TT),
    F("là 50%", "50%", 50, "%", T, as_of=_Y2025, code=_TT),
    F("là 58,64%", "58,64%", 58.64, "%", subject="cấp tỉnh", level="tỉnh", code=_TT),
    F("41,07% và", "41,07%", 41.07, "%", subject="cấp huyện", level="huyện", code=_TT),
    F("và 27,39%", "27,39%", 27.39, "%", subject="cấp xã", level="xã", code=_TT),
    F("có 624 TTHC", "624", 624, "TTHC", C, code=ANY),
    F("trực tuyến 598", "598", 598, "TTHC", C, code=ANY),
    F("(chiếm 95,83%)", "95,83%", 95.83, "%", code="766.thanh_toan.tthc_tich_hop"),
    F("toán 412 TTHC", "412", 412, "TTHC", C, code=ANY),
    F("chiếm 66,03%", "66,03%", 66.03, "%", code="766.thanh_toan.tthc_giao_dich"),
    F("tiếp nhận 1.284", "1.284", 1284, "hồ sơ", C, subject=_STC, level="tỉnh", code=_TN),
    F("100% hồ sơ", "100%", 100, "%", subject=_STC, level="tỉnh", code=ANY),
    F("được 126,4", "126,4", 126.4, "triệu đồng", subject=_STC, level="tỉnh", code=ANY),
    # 3. the eight district-level units
    *_district_494("UBND thành phố Gia Nghĩa", "812,6", "52,18"),
    *_district_494("UBND huyện Cư Jút", "486,2", "43,65"),
    *_district_494("UBND huyện Đắk Glong", "298,4", "28,92"),
    *_district_494("UBND huyện Đắk Mil", "614,8", "46,37"),
    *_district_494("UBND huyện Đắk R'lấp", "583,5", "44,81"),
    *_district_494("UBND huyện Đắk Song", "452,1", "39,24"),
    *_district_494("UBND huyện Krông Nô", "397,6", "36,58"),
    *_district_494("UBND huyện Tuy Đức", "314,8", "25,73"),
    F("Có 04/08", "04/08", 4, "huyện", C, max_value=8, subject=ANY, level="huyện", code=None),
    # 4. failed payments; the province's group score, total and rank
    F("trả 37 giao dịch", "37", 37, "giao dịch", C, subject=ANY, level=ANY, code=ANY),
    F("tiền 18,6", "18,6", 18.6, "triệu đồng", subject=ANY, level=ANY, code=ANY),
    F("còn 03 giao dịch", "03", 3, "giao dịch", C, subject=ANY, level=ANY, code=ANY),
    F("đạt 6,12/10", "6,12/10", 6.12, "điểm", max_value=10, code="766.thanh_toan"),
    F("tăng 0,74", "0,74", 0.74, "điểm", CH, code="766.thanh_toan"),
    F("đạt 80,74/100", "80,74/100", 80.74, "điểm", max_value=100, code=_TONG),
    F("thứ 36/63", "36/63", 36, "hạng", R, max_value=63, code=_HANG),
    # 5. requests: a count repeated, the districts' target for quý II
    F("đối soát 03 giao dịch", "03", 3, "giao dịch", C, subject=ANY, level=ANY, code=ANY),
    F("tối thiểu 45%", "45%", 45, "%", T, subject=ANY, level="huyện", as_of="2025-06-30", code=_TT),
]

BLIND = {"490": BLIND_490, "491": BLIND_491, "492": BLIND_492, "493": BLIND_493, "494": BLIND_494}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "490": [
        ("2024-10-31", "day", "31/10/2024", "giải quyết dứt điểm 205 hồ sơ", "Văn phòng Đăng ký đất đai tỉnh"),
        ("2024-11-15", "day", "ngày 15 tháng 11 năm 2024", "báo cáo nguyên nhân",
         "Chi nhánh Văn phòng Đăng ký đất đai thành phố Phú Quốc"),
        ("2024-12-31", "month", "tháng 12/2024", "số hóa hồ sơ địa chính", "Phòng Đăng ký và Cấp giấy chứng nhận"),
        ("2024-12-31", "quarter", "quý IV năm 2024", "thanh toán trực tuyến", "Văn phòng Sở"),
        ("2025-12-31", "year", "năm 2025", "cơ sở dữ liệu đất đai",
         "Trung tâm Công nghệ thông tin tài nguyên và môi trường"),
        # issued 08/10/2024: the first "ngày 25 hằng tháng" is 25/10/2024
        ("2024-10-25", "recurring", "25 hằng tháng", "cập nhật số liệu giải quyết hồ sơ",
         "Các Chi nhánh Văn phòng Đăng ký đất đai"),
    ],
    "491": [
        ("2024-07-31", "day", "31/7/2024", "công bố danh mục TTHC", "Văn phòng Sở"),
        ("2024-08-30", "day", "ngày 30 tháng 8 năm 2024", "nguyên nhân 11 hồ sơ trễ hạn", "Phòng Nghiệp vụ Dược"),
        ("2024-09-30", "quarter", "quý III năm 2024", "tra cứu thông tin thẻ bảo hiểm y tế", _TTYT),
        ("2024-09-30", "month", "tháng 9/2024", "nộp hồ sơ và thanh toán trực tuyến",
         "Phòng Quản lý hành nghề y dược tư nhân"),
        # issued 12/7/2024, after the 10th: the first "ngày 10 hằng tháng" is 10/8/2024
        ("2024-08-10", "recurring", "10 hằng tháng", "báo cáo kết quả thực hiện Đề án 06",
         "Các bệnh viện, trung tâm y tế tuyến huyện"),
    ],
    "492": [
        ("2025-02-28", "day", "28/02/2025", "cắt giảm thành phần hồ sơ", "Phòng Người có công"),
        ("2025-03-31", "day", "ngày 31 tháng 3 năm 2025", "quy trình điện tử", "Trung tâm Dịch vụ việc làm tỉnh"),
        ("2025-04-30", "month", "tháng 4/2025", "chi trả trợ cấp xã hội qua tài khoản", "Phòng Bảo trợ xã hội"),
        ("2025-06-30", "quarter", "quý II năm 2025", "thanh toán trực tuyến", "Văn phòng Sở"),
        ("2025-12-31", "year", "năm 2025", "số hóa toàn bộ hồ sơ", "Phòng Giáo dục nghề nghiệp"),
        # issued 08/01/2025: the first "ngày 18 hằng tháng" is 18/01/2025
        ("2025-01-18", "recurring", "18 hằng tháng", "tổng hợp kết quả giải quyết TTHC",
         "Các phòng, đơn vị trực thuộc"),
    ],
    "493": [
        ("2024-10-20", "day", "20/10/2024", "kiểm tra việc tiếp nhận, trả kết quả", "Văn phòng HĐND và UBND huyện"),
        ("2024-11-15", "day", "ngày 15 tháng 11 năm 2024", "giải quyết dứt điểm hồ sơ đất đai trễ hạn",
         "Phòng Tài nguyên và Môi trường huyện"),
        ("2024-11-30", "month", "tháng 11/2024", "kiểm điểm trách nhiệm", "UBND các xã Tân Thành, Vĩnh Phúc"),
        ("2024-12-31", "quarter", "quý IV năm 2024", "chứng thực bản sao điện tử", "Phòng Tư pháp"),
        # issued 04/10/2024: the first "ngày 22 hằng tháng" is 22/10/2024
        ("2024-10-22", "recurring", "22 hằng tháng", "báo cáo kết quả giải quyết TTHC", "UBND các xã, thị trấn"),
    ],
    "494": [
        ("2025-04-30", "day", "ngày 30 tháng 4 năm 2025", "hỗ trợ người dân mở tài khoản",
         "UBND huyện Tuy Đức và UBND huyện Đắk Glong"),
        ("2025-04-25", "day", "25/4/2025", "điểm hướng dẫn thanh toán trực tuyến",
         "Trung tâm Phục vụ hành chính công tỉnh"),
        ("2025-05-31", "month", "tháng 5/2025", "đối soát 03 giao dịch", "Các ngân hàng thương mại trên địa bàn"),
        ("2025-06-30", "quarter", "quý II năm 2025", "nâng tỷ lệ hồ sơ thanh toán trực tuyến",
         "UBND các huyện, thành phố"),
        # issued 08/4/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/5/2025
        ("2025-05-05", "recurring", "05 hằng tháng", "tổng hợp số thu phí, lệ phí trực tuyến", "Các sở, ban, ngành"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 490's issuer is the Sở Tài nguyên và Môi trường tỉnh Kiên Giang; 491 is a Thông báo of the Sở Y tế tỉnh Bạc Liêu
# (no "Kính gửi"); 492's the Sở Lao động - Thương binh và Xã hội tỉnh Yên Bái; 493's UBND huyện Bắc Quang (the
# province named in "Kính gửi"); 494 is a Công văn ("V/v" line) of the Sở Tài chính tỉnh Đắk Nông, period the quarter
# of its "V/v" line.
META = {
    "490": {"doc_number": "2164/BC-STNMT", "doc_type": "Báo cáo", "issued_date": "2024-10-08",
            "province": "Kiên Giang", "period_label": "quý III năm 2024", "period_start": "2024-07-01",
            "period_end": "2024-09-30", "signer": "Trần Minh Khoa"},
    "491": {"doc_number": "86/TB-SYT", "doc_type": "Thông báo", "issued_date": "2024-07-12",
            "province": "Bạc Liêu", "period_label": "6 tháng đầu năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-06-30", "signer": "Lê Thị Thu Hà"},
    "492": {"doc_number": "42/BC-SLĐTBXH", "doc_type": "Báo cáo", "issued_date": "2025-01-08",
            "province": "Yên Bái", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Hoàng Văn Thắng"},
    "493": {"doc_number": "412/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2024-10-04",
            "province": "Hà Giang", "period_label": "9 tháng đầu năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-09-30", "signer": "Nguyễn Đức Thịnh"},
    "494": {"doc_number": "1126/STC-QLNS", "doc_type": "Công văn", "issued_date": "2025-04-08",
            "province": "Đắk Nông", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Phạm Thị Ngọc Lan"},
}
