"""Blind golden facts for corpus/blind12/141_hung_yen.txt, 142_phu_yen.txt, 143_tra_vinh.txt and 144_kon_tum.txt.

The four documents were written by the developers for a twelfth blind measurement (provinces, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by
reading them, before any extraction, restoration or pipeline code was run on them. They also serve as
held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind10.py and blind11.py: rows use `golden.facts.Fact` (context
string that occurs once in the document + the figure as written inside it). Prose and list counts are
kind `count`; table cells are kind `value` even when they count (rank cells kind `rank`, plain numbers
without max_value; signed change cells kind `change`, an unsigned "0" change cell too); `as_of="period"`
is the period's end; `ANY` leaves a field unchecked where the sentence names no catalogued indicator
(`None` where it clearly names none). Table cells carry `extra={"source": "table"}`. "thủ tục" counts use
the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a count of the files (or PAKN) an
indicator is computed on carries that indicator's code. A table column dated before the period end keeps
its kind with that date as `as_of`; a change is dated at the period end. Dates, document numbers, cited
decisions, plans and notices ("Công văn số 1254/VPCP-KSTT", "Thông báo số 97/TB-VP", "Quyết định số
215/QĐ-UBND"), section numbering ("I.", "1.", "2.1.", "A."), the STT/TT column, phone numbers
("0221.3545.068", "0257.3842.515", "0294.3834.157", "0260.3862.435"), street addresses and place names
with numbers ("số 02 đường Trần Hưng Đạo, phường 1", "khóm 2"), "17 giờ" and years are not figures.

New in this set:
- 141 is a quarterly Báo cáo of UBND tỉnh Hưng Yên to the Văn phòng Chính phủ, quý I năm 2025 (stated
  as 01/01–31/3/2025), before the 1 July 2025 merger (three levels). Province figures have subject NULL.
  "118 TTHC (mới ban hành 37, sửa đổi, bổ sung 52, bãi bỏ 29)" are bare counts in a bracketed breakdown
  (code unchecked: no catalogued indicator counts published procedures); "14 quyết định" is a count with
  code None. Procedures by level come after "trong đó cấp tỉnh 1.453, cấp huyện 287 và cấp xã 134 thủ
  tục"; files by level after "cấp tỉnh, cấp huyện và cấp xã lần lượt tiếp nhận" and on-time shares by
  level after "tương ứng là". "(quý IV năm 2024: 71,35%)" and "(81,92 điểm, xếp thứ 25/63)" are previous
  values dated 2024-12-31 (the previous total on the /100 scale); "tăng 2,65 điểm và tăng 9 bậc" are
  changes; "tăng 2,05% so với quý IV năm 2024" a change of the electronic-results share. "lĩnh vực đất đai
  (806 hồ sơ) tại các huyện Văn Giang, Khoái Châu và thị xã Mỹ Hào" counts overdue files of one field at
  three district-level units (subject ANY, level huyện). Its Markdown table lists the 10 district-level
  units (subject as written, "UBND thị xã Mỹ Hào", level huyện; two "100" and two "0" cells) with a
  "Cộng cấp huyện" row with an empty STT cell (= cấp huyện; its 41.907 and 97,81 are also in the prose).
  "chỉ tiêu năm 2025 là 65% (chưa đạt chỉ tiêu)": the target is dated 2025-12-31 and the 52,17% carries
  it with status "chưa đạt". The six group scores are one sentence of `x/max` figures separated by ";".
  Four deadlines: day, month, day in words, monthly recurring "trước ngày 22 hằng tháng" (issued
  09/4/2025: first 22/4/2025).
- 142 is a quarterly Báo cáo of Sở Tư pháp tỉnh Phú Yên (header "UBND TỈNH PHÚ YÊN / SỞ TƯ PHÁP"), quý II
  năm 2024. Every figure is the Sở's (subject "Sở Tư pháp", level tỉnh); files by field in a dash list
  ("- Quốc tịch: 87 hồ sơ;") have subject ANY, level tỉnh. Previous values are written "(quý trước: …)",
  dated 2024-03-31, and "(cùng kỳ: …)", the same quarter of 2023, dated 2023-06-30 (kind previous; the
  previous score has no max_value, the current one states none). "tăng 25,1% so với cùng kỳ năm 2023" is
  a relative change (code unchecked). "16 lĩnh vực" is a count with code None; "1.412 Phiếu lý lịch tư
  pháp" a count of certificates issued (unit `phiếu`, code None). "15 TTHC chưa cung cấp dịch vụ công
  trực tuyến" carries the catalogued "chưa cung cấp" code. "4,2 ngày" is the average processing time and
  "rút ngắn 0,6 ngày" its fall (-0.6). "vượt chỉ tiêu UBND tỉnh giao năm 2024 là 50%" is the Sở's target
  dated 2024-12-31; the 81,45% carries it (no status word: left unchecked, as golden/blind10.py's 134
  does for "vượt chỉ tiêu"). "02/02 PAKN, đều đúng hạn" is one count of PAKN answered (max 2). "xếp thứ
  3/19 sở, ban, ngành (quý trước: thứ 6/19)" ranks among the province's agencies. The target "của Sở đạt
  tối thiểu 60%" by the end of quý III năm 2024 is dated 2024-09-30. Four deadlines: "chậm nhất" day,
  quarter (with the target), month, quarterly recurring "định kỳ hằng quý, trước ngày 10 của tháng cuối
  quý" (issued 05/7/2024: first 10/9/2024).
- 143 is an annual Báo cáo of UBND huyện Cầu Kè (tỉnh Trà Vinh, named only in "Kính gửi"), năm 2024
  (stated as 01/01–31/12/2024, issued 06/01/2025), before the 2025 reform. Figures after "Tại cấp huyện"
  have subject "cấp huyện" (level huyện) and after "Ở cấp xã" subject "cấp xã" (level xã), as
  golden/blind11.py's 139 does for "a) Cấp huyện" / "b) Cấp xã"; the district's own PAKN, score and rank
  have subject "UBND huyện Cầu Kè", level huyện. "(năm 2023: 24.372 hồ sơ)" and "(năm 2023 xếp thứ 4/9)"
  are previous values dated 2023-12-31; the rank "2/9" is among the province's 9 district-level units.
  Two communes carry their online share in brackets. "chỉ tiêu tỉnh giao năm 2024 lần lượt là 60% và 50%
  (cấp xã chưa đạt chỉ tiêu)": the n-th target is the n-th level's (dated at the period end); cấp xã's
  48,72% is "chưa đạt", cấp huyện's 63,15% carries its target without a stated status. Its tab-separated
  table ranks the 11 xã, thị trấn in official order (not by rank; subject as written, "Thị trấn Cầu Kè",
  "Xã An Phú Tân", level xã) with files received, online share, the 766 score of the commune (no
  max_value) and the rank among the 11 (plain numbers; in rows 1 and 11 the rank equals the STT), and no
  total row (the prose totals 27.915 and 75,87% are those of cấp xã). The sentence after the table names
  the best and the two worst units with their scores. "khóm 2" is a place. The target "của cấp xã đạt
  tối thiểu 60%" in the task of "UBND các xã, thị trấn" is theirs, dated 2025-12-31. Five deadlines: day,
  year (with the target), quarter, "chậm nhất" day in words, monthly recurring ("trước ngày 15 hằng
  tháng", issued 06/01/2025: first 15/01/2025).
- 144 is a monthly Thông báo of Văn phòng UBND tỉnh Kon Tum (header "UBND TỈNH KON TUM / VĂN PHÒNG"),
  tháng 5 năm 2025, before the 1 July 2025 merger (post-March 2025 agency names: "Sở Nông nghiệp và Môi
  trường"). Province figures have subject NULL: total "82,16/100", rank "27/63", previous values of tháng
  4/2025 dated 2025-04-30 ("(81,08 điểm)", "xếp thứ 25/63"), "tăng 1,08 điểm" and a fall "giảm 2 bậc"
  (-2). Six group scores `x/max` in one sentence; "(tăng 0,41 điểm)" and "giảm 0,07 điểm" are changes of
  two groups. "tăng 3,27% so với tháng trước" is a change of the payment share; "chỉ tiêu năm 2025 là
  60%" a target dated 2025-12-31 (the 46,83% carries it; no status word). Online shares by level after
  "tương ứng là". "Điểm bình quân khối sở, ban, ngành" and its "(tháng 4/2025: 87,95 điểm)" are level
  averages (subject ANY, level tỉnh); five agencies carry their score in brackets. "Có 07/10 đơn vị cấp
  huyện" is one count (max 10, unit `đơn vị`, code None). "(giảm 2,44 điểm, tụt 3 bậc)" are changes of
  UBND huyện Ia H'Drai (also in the table). Its Markdown ranking table lists the 10 district-level units
  in official order: "Điểm tháng 4/2025" (dated 2025-04-30), "Điểm tháng 5/2025", a signed score change,
  "Xếp hạng tháng 5/2025" (kind rank, plain numbers among the 10) and a signed rank change in `hạng`
  ("+2" a rise of two places, "-3" a fall, unsigned "0" no change); the last row "Bình quân khối huyện,
  thành phố" (empty STT and rank cells) is the average of the level (subject ANY, level huyện). The
  target "tỷ lệ hồ sơ thanh toán trực tuyến toàn tỉnh đạt tối thiểu 55%" in the task of Sở Tài chính is
  the province's (subject NULL), dated at the end of tháng 7/2025. Five deadlines: day, month (with the
  target), quarter, day in words, monthly recurring "trước ngày 03 hằng tháng" (issued 06/6/2025, after
  the 3rd: first 03/7/2025).
"""

from __future__ import annotations

from golden.facts import (
    _DH,
    _HL,
    _KQ,
    _NOP,
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
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_TIME = "766.tien_do.thoi_gian"


def _cells(subject: object, level: str | None, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs. A signed
    raw ("+1,17") is read without its plus sign."""
    facts = []
    raws = [cell[0] for cell in cells]
    for i, (raw, unit, kind, code, as_of) in enumerate(cells):
        context = sep + sep.join(raws[i:]) + end + after
        facts.append(F(context, raw, _num(raw.lstrip("+")), unit, kind, subject=subject, level=level,
                       as_of=as_of, code=code, extra=TAB))
    return facts


# ------------------------------------------------------------ 141: UBND tỉnh Hưng Yên, quý I năm 2025
_Q4_141 = "2024-12-31"


def _row_141(subject: str, received: str, online: str, on_time: str, overdue: str, after: str) -> list[Fact]:
    """One Markdown row of a district-level unit: files received, online share, on-time share, overdue files."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"),
             (on_time, "%", P, _DH, "period"), (overdue, "hồ sơ", P, _QH, "period")]
    return _cells(subject, "huyện", cells, after, " | ", " |\n")


BLIND_141 = [
    # I.1 (766/QĐ-TTg of 23/6/2022 and 1254/VPCP-KSTT of 27/02/2025 are cited)
    F("ban hành 14 quyết định", "14", 14, "quyết định", C, code=None),
    F("tổng số 118 TTHC", "118", 118, "TTHC", C, code=ANY),
    F("mới ban hành 37", "37", 37, "TTHC", C, code=ANY),
    F("bổ sung 52", "52", 52, "TTHC", C, code=ANY),
    F("bãi bỏ 29)", "29", 29, "TTHC", C, code=ANY),
    F("đúng hạn đạt 100%", "100%", 100, "%", code="766.cong_khai.cong_bo_dung_han"),
    F("hiện là 1.874", "1.874", 1874, "TTHC", C, code=_TTHC),
    F("cấp tỉnh 1.453", "1.453", 1453, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code=_TTHC),
    F("cấp huyện 287", "287", 287, "TTHC", C, subject="cấp huyện", level="huyện", code=_TTHC),
    F("cấp xã 134 thủ tục", "134", 134, "TTHC", C, subject="cấp xã", level="xã", code=_TTHC),
    F("Có 1.126 TTHC", "1.126", 1126, "TTHC", C, code="766.dvctt.toan_trinh"),
    F("(chiếm 60,09%)", "60,09%", 60.09, "%", code="766.dvctt.toan_trinh"),
    F("và 612 TTHC", "612", 612, "TTHC", C, code="766.dvctt.mot_phan"),
    F("(32,66%)", "32,66%", 32.66, "%", code="766.dvctt.mot_phan"),
    # I.2 by level after "lần lượt" and "tương ứng là"; quý IV năm 2024 dated 2024-12-31
    F("tiếp nhận 186.452", "186.452", 186452, "hồ sơ", C, code=_TN),
    F("tiếp nhận 24.318", "24.318", 24318, "hồ sơ", C, subject="cấp tỉnh", level="tỉnh", code=_TN),
    F("hồ sơ, 41.907 hồ sơ", "41.907", 41907, "hồ sơ", C, subject="cấp huyện", level="huyện", code=_TN),
    F("và 120.227", "120.227", 120227, "hồ sơ", C, subject="cấp xã", level="xã", code=_TN),
    F("là 139.615", "139.615", 139615, "hồ sơ", C, code=_NOP),
    F("chiếm 74,88%", "74,88%", 74.88, "%", code=_NOP),
    F("2024: 71,35%", "71,35%", 71.35, "%", PR, as_of=_Q4_141, code=_NOP),
    F("giải quyết 181.037", "181.037", 181037, "hồ sơ", C, code=ANY),
    F("đúng hạn 179.906", "179.906", 179906, "hồ sơ", C, code=_DH),
    F("(99,38%)", "99,38%", 99.38, "%", code=_DH),
    F("quá hạn 1.131", "1.131", 1131, "hồ sơ", C, code=_QH),
    F("(0,62%)", "0,62%", 0.62, "%", code=_QH),
    F("là 99,71%", "99,71%", 99.71, "%", subject="cấp tỉnh", level="tỉnh", code=_DH),
    F("%, 97,81% và", "97,81%", 97.81, "%", subject="cấp huyện", level="huyện", code=_DH),
    F("và 99,86%", "99,86%", 99.86, "%", subject="cấp xã", level="xã", code=_DH),
    F("đai (806 hồ sơ)", "806", 806, "hồ sơ", C, subject=ANY, level="huyện", code=_QH),
    # Markdown table of the district-level units, "Cộng cấp huyện" row (= cấp huyện)
    *_row_141("UBND thành phố Hưng Yên", "5.214", "78,42", "99,83", "6", "| 2 | UBND thị xã Mỹ Hào"),
    *_row_141("UBND thị xã Mỹ Hào", "5.876", "74,15", "95,62", "241", "| 3 | UBND huyện Văn Lâm"),
    *_row_141("UBND huyện Văn Lâm", "4.102", "71,90", "99,71", "9", "| 4 | UBND huyện Văn Giang"),
    *_row_141("UBND huyện Văn Giang", "6.318", "69,36", "94,86", "312", "| 5 | UBND huyện Yên Mỹ"),
    *_row_141("UBND huyện Yên Mỹ", "4.957", "72,08", "99,74", "11", "| 6 | UBND huyện Khoái Châu"),
    *_row_141("UBND huyện Khoái Châu", "5.406", "66,71", "94,52", "287", "| 7 | UBND huyện Ân Thi"),
    *_row_141("UBND huyện Ân Thi", "2.683", "63,25", "100", "0", "| 8 | UBND huyện Kim Động"),
    *_row_141("UBND huyện Kim Động", "2.915", "65,80", "99,85", "4", "| 9 | UBND huyện Phù Cừ"),
    *_row_141("UBND huyện Phù Cừ", "1.978", "61,47", "99,90", "2", "| 10 | UBND huyện Tiên Lữ"),
    *_row_141("UBND huyện Tiên Lữ", "2.458", "64,12", "100", "0", "| | Cộng cấp huyện"),
    *_row_141("cấp huyện", "41.907", "70,07", "97,81", "872", "\n3. Thanh toán"),
    # I.3 the 2025 target (dated at the year's end)
    F("đạt 52,17%", "52,17%", 52.17, "%", code=_TT, target=65, stated_status="chưa đạt"),
    F("năm 2025 là 65%", "65%", 65, "%", T, as_of="2025-12-31", code=_TT),
    F("tỉnh 95,40%", "95,40%", 95.4, "%", subject="cấp tỉnh", level="tỉnh", code=_SH),
    F("huyện 88,26%", "88,26%", 88.26, "%", subject="cấp huyện", level="huyện", code=_SH),
    F("xã 81,09%", "81,09%", 81.09, "%", subject="cấp xã", level="xã", code=_SH),
    F("đạt 90,73%", "90,73%", 90.73, "%", code=_KQ),
    F("tăng 2,05%", "2,05%", 2.05, "%", CH, code=_KQ),
    F("đạt 41,6%", "41,6%", 41.6, "%", code=_TSD),
    # I.4 (0221.3545.068 is a phone number)
    F("tiếp nhận 38", "38", 38, "PAKN", C, code=_PAKN_TN),
    F("xong 35 PAKN", "35", 35, "PAKN", C, code=_PAKN_XL),
    F("còn 03 PAKN", "03", 3, "PAKN", C, code=ANY),
    F("đạt 97,26%", "97,26%", 97.26, "%", code=_HL),
    # II. at 31/3/2025 (= period end); quý IV năm 2024 dated 2024-12-31
    F("đạt 84,57/100", "84,57/100", 84.57, "điểm", max_value=100, code=_TONG),
    F("thứ 16/63", "16/63", 16, "hạng", R, max_value=63, code=_HANG),
    F("(81,92 điểm", "81,92", 81.92, "điểm", PR, max_value=100, as_of=_Q4_141, code=_TONG),
    F("thứ 25/63)", "25/63", 25, "hạng", PR, max_value=63, as_of=_Q4_141, code=_HANG),
    F("tăng 2,65 điểm", "2,65", 2.65, "điểm", CH, code=_TONG),
    F("tăng 9 bậc", "9", 9, "hạng", CH, code=_HANG),
    F("minh bạch 16,42/18", "16,42/18", 16.42, "điểm", max_value=18, code="766.cong_khai"),
    F("giải quyết 19,35/20", "19,35/20", 19.35, "điểm", max_value=20, code="766.tien_do"),
    F("trực tuyến 9,18/12", "9,18/12", 9.18, "điểm", max_value=12, code="766.dvctt"),
    F("trực tuyến 6,87/10", "6,87/10", 6.87, "điểm", max_value=10, code="766.thanh_toan"),
    F("hài lòng 17,91/18", "17,91/18", 17.91, "điểm", max_value=18, code="766.hai_long"),
    F("hồ sơ 14,84/22", "14,84/22", 14.84, "điểm", max_value=22, code="766.so_hoa"),
]

# ------------------------------------------------------------ 142: Sở Tư pháp tỉnh Phú Yên, quý II năm 2024
_STP = "Sở Tư pháp"
_Q1_142 = "2024-03-31"
_LAST_YEAR_142 = "2023-06-30"


def _so(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_STP, level="tỉnh", **kw)


def _field(context: str, raw: str) -> Fact:
    """Files received in one field of procedures (a dash-list line; subject left unchecked, level tỉnh)."""
    return F(context, raw, _num(raw), "hồ sơ", C, subject=ANY, level="tỉnh", code=_TN)


BLIND_142 = [
    # A.1 (38/KH-UBND of 02/02/2024 is cited; "số 02 đường Trần Hưng Đạo, phường 1" is an address)
    _so("thực hiện 134 TTHC", "134", 134, "TTHC", C, code=_TTHC),
    _so("thuộc 16 lĩnh vực", "16", 16, "lĩnh vực", C, code=None),
    _so("đó 71 TTHC", "71", 71, "TTHC", C, code="766.dvctt.toan_trinh"),
    _so(", 48 TTHC", "48", 48, "TTHC", C, code="766.dvctt.mot_phan"),
    _so("; 15 TTHC", "15", 15, "TTHC", C, code="766.dvctt.chua_cung_cap"),
    # A.2.1 "quý trước" dated 2024-03-31, "cùng kỳ" dated 2023-06-30
    _so("tiếp nhận 2.386", "2.386", 2386, "hồ sơ", C, code=_TN),
    _so("trước: 2.041 hồ sơ", "2.041", 2041, "hồ sơ", PR, as_of=_Q1_142, code=_TN),
    _so("kỳ: 1.907 hồ sơ", "1.907", 1907, "hồ sơ", PR, as_of=_LAST_YEAR_142, code=_TN),
    _so("tăng 25,1%", "25,1%", 25.1, "%", CH, code=ANY),
    _field("tư pháp: 1.958", "1.958"),
    _field("ngoài: 214", "214"),
    _field("Quốc tịch: 87", "87"),
    _field("...): 127", "127"),
    # A.2.2
    _so("là 2.203", "2.203", 2203, "hồ sơ", C, code=_NOP),
    _so("đạt 92,33%", "92,33%", 92.33, "%", code=_NOP),
    _so("trước: 89,06%", "89,06%", 89.06, "%", PR, as_of=_Q1_142, code=_NOP),
    _so("cấp 1.412 Phiếu", "1.412", 1412, "phiếu", C, code=None),
    # A.2.3
    _so("giải quyết 2.297", "2.297", 2297, "hồ sơ", C, code=ANY),
    _so("đúng hạn 2.291", "2.291", 2291, "hồ sơ", C, code=_DH),
    _so("tỷ lệ 99,74%", "99,74%", 99.74, "%", code=_DH),
    _so("kỳ: 98,95%", "98,95%", 98.95, "%", PR, as_of=_LAST_YEAR_142, code=_DH),
    _so("quá hạn 06 hồ sơ", "06", 6, "hồ sơ", C, code=_QH),
    _so("giải quyết 89 hồ sơ", "89", 89, "hồ sơ", C, code=ANY),
    # A.2.4 processing time and its fall
    _so("là 4,2 ngày", "4,2", 4.2, "ngày", code=_TIME),
    _so("rút ngắn 0,6 ngày", "0,6", -0.6, "ngày", CH, code=_TIME),
    # A.3 the 2024 target set by UBND tỉnh (dated at the year's end)
    _so("đạt 81,45%", "81,45%", 81.45, "%", code=_TT, target=50),
    _so("trước: 76,12%", "76,12%", 76.12, "%", PR, as_of=_Q1_142, code=_TT),
    _so("năm 2024 là 50%", "50%", 50, "%", T, as_of="2024-12-31", code=_TT),
    _so("đạt 97,80%", "97,80%", 97.8, "%", code=_SH),
    _so("đạt 98,12%", "98,12%", 98.12, "%", code=_KQ),
    _so("đạt 46,37%", "46,37%", 46.37, "%", code=_TSD),
    _so("kỳ: 21,50%", "21,50%", 21.5, "%", PR, as_of=_LAST_YEAR_142, code=_TSD),
    # A.4 (0257.3842.515 is a phone number)
    _so("tiếp nhận 02 phản ánh", "02", 2, "PAKN", C, code=_PAKN_TN),
    _so("lời 02/02 PAKN", "02/02", 2, "PAKN", C, max_value=2, code=_PAKN_XL),
    _so("đạt 99,12%", "99,12%", 99.12, "%", code=_HL),
    # A.5 (97/TB-VP of 03/7/2024 is cited); "quý trước" dated 2024-03-31
    _so("đạt 91,36 điểm", "91,36", 91.36, "điểm", code=_TONG),
    _so("trước: 89,74 điểm", "89,74", 89.74, "điểm", PR, as_of=_Q1_142, code=_TONG),
    _so("thứ 3/19", "3/19", 3, "hạng", R, max_value=19, code=_HANG),
    _so("thứ 6/19)", "6/19", 6, "hạng", PR, max_value=19, as_of=_Q1_142, code=_HANG),
    # C.2 the Sở's target by the end of quý III năm 2024
    _so("tối thiểu 60%", "60%", 60, "%", T, as_of="2024-09-30", code=_TSD),
]

# ------------------------------------------------------------ 143: UBND huyện Cầu Kè (Trà Vinh), năm 2024
_CK = "UBND huyện Cầu Kè"
_Y2023 = "2023-12-31"


def _huyen(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure after "Tại cấp huyện" or about cấp huyện (subject "cấp huyện", level huyện)."""
    return F(context, raw, value, unit, kind, subject="cấp huyện", level="huyện", **kw)


def _xa(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure after "Ở cấp xã" or about cấp xã (subject "cấp xã", level xã)."""
    return F(context, raw, value, unit, kind, subject="cấp xã", level="xã", **kw)


def _ck(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the district as a whole (subject the district's UBND, level huyện)."""
    return F(context, raw, value, unit, kind, subject=_CK, level="huyện", **kw)


def _row_143(subject: str, received: str, online: str, score: str, rank: str, after: str) -> list[Fact]:
    """One tab-separated row of a commune: files received, online share, 766 score (no max_value) and rank
    among the 11 communes (a plain number). STT is no figure."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"),
             (score, "điểm", P, _TONG, "period"), (rank, "hạng", R, _HANG, "period")]
    return _cells(subject, "xã", cells, after, "\t", "\n")


BLIND_143 = [
    # I.1 (21/KH-UBND of 29/01/2024 is cited; "khóm 2" is a place, 0294.3834.157 a phone number)
    _huyen("công khai 291 TTHC", "291", 291, "TTHC", C, code=_TTHC),
    _xa("niêm yết 112 TTHC", "112", 112, "TTHC", C, code=_TTHC),
    # I.2 cấp huyện
    _huyen("tiếp nhận 12.846", "12.846", 12846, "hồ sơ", C, code=_TN),
    _huyen("trực tuyến 10.287", "10.287", 10287, "hồ sơ", C, code=_NOP),
    _huyen("(80,08%)", "80,08%", 80.08, "%", code=_NOP),
    _huyen("giải quyết 12.702", "12.702", 12702, "hồ sơ", C, code=ANY),
    _huyen("đúng hạn 12.618", "12.618", 12618, "hồ sơ", C, code=_DH),
    _huyen("(99,34%)", "99,34%", 99.34, "%", code=_DH),
    _huyen("quá hạn 84 hồ sơ", "84", 84, "hồ sơ", C, code=_QH),
    # I.2 cấp xã; năm 2023 dated 2023-12-31
    _xa("tiếp nhận 27.915", "27.915", 27915, "hồ sơ", C, code=_TN),
    _xa("2023: 24.372 hồ sơ", "24.372", 24372, "hồ sơ", PR, as_of=_Y2023, code=_TN),
    _xa("đạt 75,87%", "75,87%", 75.87, "%", code=_NOP),
    _xa("đạt 99,91%", "99,91%", 99.91, "%", code=_DH),
    F("Ninh Thới (64,20%)", "64,20%", 64.2, "%", subject="xã Ninh Thới", level="xã", code=_NOP),
    F("Thông Hòa (69,87%)", "69,87%", 69.87, "%", subject="xã Thông Hòa", level="xã", code=_NOP),
    # I.3 targets by level after "lần lượt là" (2024: the period end)
    _huyen("đạt 63,15%", "63,15%", 63.15, "%", code=_TT, target=60),
    _xa("đạt 48,72%", "48,72%", 48.72, "%", code=_TT, target=50, stated_status="chưa đạt"),
    _huyen("là 60% và", "60%", 60, "%", T, code=_TT),
    _xa("và 50% (cấp", "50%", 50, "%", T, code=_TT),
    _huyen("huyện là 91,27%", "91,27%", 91.27, "%", code=_SH),
    _xa("xã là 83,64%", "83,64%", 83.64, "%", code=_SH),
    _huyen("đạt 94,05%", "94,05%", 94.05, "%", code=_KQ),
    # I.4 the district's PAKN
    _ck("tiếp nhận 07", "07", 7, "PAKN", C, code=_PAKN_TN),
    _ck("xử lý 06 PAKN", "06", 6, "PAKN", C, code=_PAKN_XL),
    _ck("còn 01 PAKN", "01", 1, "PAKN", C, code=ANY),
    # I.5 rank among the 9 district-level units; năm 2023 dated 2023-12-31
    _ck("đạt 88,74 điểm", "88,74", 88.74, "điểm", code=_TONG),
    _ck("thứ 2/9", "2/9", 2, "hạng", R, max_value=9, code=_HANG),
    _ck("thứ 4/9)", "4/9", 4, "hạng", PR, max_value=9, as_of=_Y2023, code=_HANG),
    # tab-separated ranking table of the communes (official order, rank column, no total row)
    *_row_143("Thị trấn Cầu Kè", "4.126", "86,57", "94,12", "1", "2\tXã An Phú Tân"),
    *_row_143("Xã An Phú Tân", "2.318", "78,30", "88,46", "4", "3\tXã Châu Điền"),
    *_row_143("Xã Châu Điền", "2.574", "75,62", "86,03", "6", "4\tXã Hòa Ân"),
    *_row_143("Xã Hòa Ân", "2.687", "77,18", "90,27", "3", "5\tXã Hòa Tân"),
    *_row_143("Xã Hòa Tân", "2.205", "74,06", "84,95", "7", "6\tXã Ninh Thới"),
    *_row_143("Xã Ninh Thới", "3.012", "64,20", "80,18", "9", "7\tXã Phong Phú"),
    *_row_143("Xã Phong Phú", "2.463", "72,45", "79,05", "10", "8\tXã Phong Thạnh"),
    *_row_143("Xã Phong Thạnh", "2.391", "76,93", "87,61", "5", "9\tXã Tam Ngãi"),
    *_row_143("Xã Tam Ngãi", "2.146", "79,84", "91,34", "2", "10\tXã Thạnh Phú"),
    *_row_143("Xã Thạnh Phú", "2.108", "73,51", "83,72", "8", "11\tXã Thông Hòa"),
    *_row_143("Xã Thông Hòa", "1.885", "69,87", "78,36", "11", "\nDẫn đầu"),
    F("với 94,12 điểm", "94,12", 94.12, "điểm", subject="thị trấn Cầu Kè", level="xã", code=_TONG),
    F("(78,36 điểm)", "78,36", 78.36, "điểm", subject="xã Thông Hòa", level="xã", code=_TONG),
    F("(79,05 điểm)", "79,05", 79.05, "điểm", subject="xã Phong Phú", level="xã", code=_TONG),
    # III.2 the communes' target for 2025
    F("tối thiểu 60%", "60%", 60, "%", T, subject="UBND các xã, thị trấn", level="xã", as_of="2025-12-31",
      code=_TT),
]

# ------------------------------------------------------------ 144: VP UBND tỉnh Kon Tum, tháng 5 năm 2025
_APR = "2025-04-30"


def _row_144(subject: str, april: str, may: str, change: str, rank: str, rank_change: str,
             after: str) -> list[Fact]:
    """One Markdown row of a district-level unit: score of tháng 4/2025 (dated 2025-04-30), score of tháng
    5/2025, signed score change, rank of tháng 5/2025 among the 10 (plain number) and signed rank change."""
    cells = [(april, "điểm", P, _TONG, _APR), (may, "điểm", P, _TONG, "period"), (change, "điểm", CH, _TONG, "period"),
             (rank, "hạng", R, _HANG, "period"), (rank_change, "hạng", CH, _HANG, "period")]
    return _cells(subject, "huyện", cells, after, " | ", " |\n")


BLIND_144 = [
    # I.1 (215/QĐ-UBND of 14/3/2025 is cited; "17 giờ ngày 31/5/2025" is a time); tháng 4 dated 2025-04-30
    F("đạt 82,16/100", "82,16/100", 82.16, "điểm", max_value=100, code=_TONG),
    F("thứ 27/63", "27/63", 27, "hạng", R, max_value=63, code=_HANG),
    F("2025 (81,08 điểm)", "81,08", 81.08, "điểm", PR, max_value=100, as_of=_APR, code=_TONG),
    F("tăng 1,08 điểm", "1,08", 1.08, "điểm", CH, code=_TONG),
    F("giảm 2 bậc", "2", -2, "hạng", CH, code=_HANG),
    F("thứ 25/63)", "25/63", 25, "hạng", PR, max_value=63, as_of=_APR, code=_HANG),
    # I.2 group scores and two group changes
    F("minh bạch 16,12/18", "16,12/18", 16.12, "điểm", max_value=18, code="766.cong_khai"),
    F("giải quyết 18,96/20", "18,96/20", 18.96, "điểm", max_value=20, code="766.tien_do"),
    F("trực tuyến 8,45/12", "8,45/12", 8.45, "điểm", max_value=12, code="766.dvctt"),
    F("trực tuyến 6,02/10", "6,02/10", 6.02, "điểm", max_value=10, code="766.thanh_toan"),
    F("hài lòng 17,85/18", "17,85/18", 17.85, "điểm", max_value=18, code="766.hai_long"),
    F("hồ sơ 14,76/22", "14,76/22", 14.76, "điểm", max_value=22, code="766.so_hoa"),
    F("(tăng 0,41 điểm)", "0,41", 0.41, "điểm", CH, code="766.thanh_toan"),
    F("giảm 0,07 điểm", "0,07", -0.07, "điểm", CH, code="766.hai_long"),
    # I.3 the 2025 target; shares by level after "tương ứng là"
    F("đạt 46,83%", "46,83%", 46.83, "%", code=_TT, target=60),
    F("tăng 3,27%", "3,27%", 3.27, "%", CH, code=_TT),
    F("năm 2025 là 60%", "60%", 60, "%", T, as_of="2025-12-31", code=_TT),
    F("là 89,42%", "89,42%", 89.42, "%", subject="cấp tỉnh", level="tỉnh", code=_NOP),
    F("%, 71,36%", "71,36%", 71.36, "%", subject="cấp huyện", level="huyện", code=_NOP),
    F("và 58,90%", "58,90%", 58.9, "%", subject="cấp xã", level="xã", code=_NOP),
    # II.1 the agencies' average and five agencies
    F("đạt 88,37 điểm", "88,37", 88.37, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("2025: 87,95 điểm", "87,95", 87.95, "điểm", PR, subject=ANY, level="tỉnh", as_of=_APR, code=_TONG),
    F("(95,02 điểm)", "95,02", 95.02, "điểm", subject="Sở Tư pháp", level="tỉnh", code=_TONG),
    F("(94,38 điểm)", "94,38", 94.38, "điểm", subject="Sở Công Thương", level="tỉnh", code=_TONG),
    F("(93,71 điểm)", "93,71", 93.71, "điểm", subject="Sở Y tế", level="tỉnh", code=_TONG),
    F("(76,84 điểm)", "76,84", 76.84, "điểm", subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_TONG),
    F("(78,19 điểm)", "78,19", 78.19, "điểm", subject="Sở Xây dựng", level="tỉnh", code=_TONG),
    # II.2 district level
    F("Có 07/10", "07/10", 7, "đơn vị", C, max_value=10, subject="cấp huyện", level="huyện", code=None),
    F("(giảm 2,44 điểm", "2,44", -2.44, "điểm", CH, subject="UBND huyện Ia H'Drai", level="huyện", code=_TONG),
    F("tụt 3 bậc", "3", -3, "hạng", CH, subject="UBND huyện Ia H'Drai", level="huyện", code=_HANG),
    *_row_144("UBND thành phố Kon Tum", "88,95", "90,12", "+1,17", "1", "0", "| 2 | UBND huyện Đăk Hà"),
    *_row_144("UBND huyện Đăk Hà", "86,40", "87,83", "+1,43", "3", "0", "| 3 | UBND huyện Đăk Tô"),
    *_row_144("UBND huyện Đăk Tô", "87,12", "86,75", "-0,37", "4", "-2", "| 4 | UBND huyện Ngọc Hồi"),
    *_row_144("UBND huyện Ngọc Hồi", "85,06", "88,40", "+3,34", "2", "+2", "| 5 | UBND huyện Đăk Glei"),
    *_row_144("UBND huyện Đăk Glei", "80,23", "81,37", "+1,14", "7", "+1", "| 6 | UBND huyện Sa Thầy"),
    *_row_144("UBND huyện Sa Thầy", "83,58", "82,96", "-0,62", "6", "-1", "| 7 | UBND huyện Kon Rẫy"),
    *_row_144("UBND huyện Kon Rẫy", "82,77", "84,05", "+1,28", "5", "+1", "| 8 | UBND huyện Kon Plông"),
    *_row_144("UBND huyện Kon Plông", "79,64", "80,02", "+0,38", "8", "+1", "| 9 | UBND huyện Tu Mơ Rông"),
    *_row_144("UBND huyện Tu Mơ Rông", "78,15", "79,48", "+1,33", "9", "+1", "| 10 | UBND huyện Ia H'Drai"),
    *_row_144("UBND huyện Ia H'Drai", "81,30", "78,86", "-2,44", "10", "-3", "| | Bình quân"),
    # the "Bình quân khối huyện, thành phố" row: empty STT and rank cells
    F(" | 83,32 | 83,98", "83,32", 83.32, "điểm", subject=ANY, level="huyện", as_of=_APR, code=_TONG, extra=TAB),
    F(" | 83,98 | +0,66", "83,98", 83.98, "điểm", subject=ANY, level="huyện", code=_TONG, extra=TAB),
    F(" | +0,66 | | |", "+0,66", 0.66, "điểm", CH, subject=ANY, level="huyện", code=_TONG, extra=TAB),
    # III.2 the province's target by the end of tháng 7/2025 (in the task of Sở Tài chính)
    F("tối thiểu 55%", "55%", 55, "%", T, as_of="2025-07-31", code=_TT),
]

BLIND = {"141": BLIND_141, "142": BLIND_142, "143": BLIND_143, "144": BLIND_144}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "141": [
        ("2025-04-25", "day", "25/4/2025", "giải quyết dứt điểm hồ sơ đất đai quá hạn",
         "UBND huyện Văn Giang, UBND huyện Khoái Châu, UBND thị xã Mỹ Hào"),
        ("2025-05-31", "month", "tháng 5/2025", "mở rộng kênh thanh toán trực tuyến", "Sở Tài chính"),
        ("2025-06-15", "day", "ngày 15 tháng 6 năm 2025", "khắc phục tình trạng gián đoạn đường truyền",
         "Sở Thông tin và Truyền thông"),
        # issued 09/4/2025: the first "ngày 22 hằng tháng" is 22/4/2025
        ("2025-04-22", "recurring", "22 hằng tháng", "báo cáo kết quả thực hiện Bộ chỉ số",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
    ],
    "142": [
        ("2024-07-26", "day", "26/7/2024", "giải quyết dứt điểm các hồ sơ quốc tịch quá hạn",
         "Phòng Hành chính tư pháp"),
        ("2024-09-30", "quarter", "quý III năm 2024", "khai thác, sử dụng lại thông tin", "Văn phòng Sở"),
        ("2024-08-31", "month", "tháng 8/2024", "đơn giản hóa TTHC lĩnh vực công chứng", "Phòng Bổ trợ tư pháp"),
        # issued 05/7/2024: the first "ngày 10 của tháng cuối quý" is 10/9/2024
        ("2024-09-10", "recurring", "10 của tháng cuối quý", "tổng hợp kết quả giải quyết TTHC",
         "Các phòng, đơn vị thuộc Sở"),
    ],
    "143": [
        ("2025-01-20", "day", "20/01/2025", "xây dựng kế hoạch khắc phục các chỉ số đạt thấp",
         "UBND xã Thông Hòa, UBND xã Phong Phú"),
        ("2025-12-31", "year", "năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "UBND các xã, thị trấn"),
        ("2025-03-31", "quarter", "quý I năm 2025", "kiểm tra việc thực hiện cơ chế một cửa", "Phòng Nội vụ"),
        ("2025-02-28", "day", "ngày 28 tháng 02 năm 2025", "ban hành Kế hoạch kiểm soát TTHC năm 2025",
         "Văn phòng HĐND và UBND huyện"),
        # issued 06/01/2025: the first "ngày 15 hằng tháng" is 15/01/2025
        ("2025-01-15", "recurring", "15 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các cơ quan chuyên môn thuộc UBND huyện và UBND các xã, thị trấn"),
    ],
    "144": [
        ("2025-06-13", "day", "13/6/2025", "xây dựng kế hoạch khắc phục",
         "Sở Nông nghiệp và Môi trường, Sở Xây dựng, UBND huyện Ia H'Drai"),
        ("2025-07-31", "month", "tháng 7/2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "Sở Tài chính"),
        ("2025-09-30", "quarter", "quý III/2025", "nâng cấp Hệ thống thông tin giải quyết TTHC",
         "Sở Khoa học và Công nghệ"),
        ("2025-06-30", "day", "ngày 30 tháng 6 năm 2025", "bố trí đủ máy quét",
         "UBND huyện Tu Mơ Rông, UBND huyện Kon Plông"),
        # issued 06/6/2025, after the 3rd: the first "ngày 03 hằng tháng" is 03/7/2025
        ("2025-07-03", "recurring", "03 hằng tháng", "báo cáo kết quả khắc phục",
         "Các sở, ban, ngành, UBND các huyện, thành phố"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind11.py's META).
# 141's issuer is UBND tỉnh Hưng Yên before the 1 July 2025 merger, period stated as 01/01–31/3/2025; 142's
# issuer is Sở Tư pháp under "UBND TỈNH PHÚ YÊN"; 143's issuer is a district (province named only in "Kính
# gửi"), an annual report issued in January 2025; 144's issuer is the Văn phòng of UBND tỉnh Kon Tum, period
# the month in its title.
META = {
    "141": {"doc_number": "112/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-04-09",
            "province": "Hưng Yên", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Nguyễn Hùng Nam"},
    "142": {"doc_number": "1196/BC-STP", "doc_type": "Báo cáo", "issued_date": "2024-07-05",
            "province": "Phú Yên", "period_label": "quý II năm 2024", "period_start": "2024-04-01",
            "period_end": "2024-06-30", "signer": "Lê Thị Minh Nguyệt"},
    "143": {"doc_number": "06/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-01-06",
            "province": "Trà Vinh", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Thạch Văn Sơn"},
    "144": {"doc_number": "84/TB-VP", "doc_type": "Thông báo", "issued_date": "2025-06-06",
            "province": "Kon Tum", "period_label": "tháng 5 năm 2025", "period_start": "2025-05-01",
            "period_end": "2025-05-31", "signer": "Trần Văn Định"},
}
