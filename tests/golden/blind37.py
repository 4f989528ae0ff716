"""Blind golden facts for corpus/blind37/260_thai_binh.txt, 261_gia_lai.txt, 262_can_tho.txt, 263_nghe_an.txt and
264_ca_mau.txt.

The five documents were written by the developers for a thirty-seventh blind measurement (provinces reused with
new issuers and new wording; not real documents), and every row below was written by reading them, before any
extraction, restoration or pipeline code was run on them. They also serve as held-out text for diacritic
restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind16.py: rows use `golden.facts.Fact` (context string that occurs
once in the document + the figure as written inside it). Prose and list counts are kind `count`; table cells
are kind `value` with `extra={"source": "table"}`; `as_of="period"` is the period's end; `ANY` leaves a field
unchecked where the sentence names no catalogued indicator (`None` where it clearly names none). "thủ tục" and
"TTHC" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; counts of "cơ quan", "đơn vị",
"sở, ngành" use `đơn vị` at the level of the bodies counted; a count of local units takes the unit of its first
unit word ("02 huyện" → `huyện`, "41/103 phường, xã" → `phường`). Every "đã giải quyết" count and the parts of
a settled whole ("trước hạn", "đúng hạn" apart) have their code unchecked; a relative change of a count has its
code unchecked. A change is dated at the period end; a rise is positive, a fall ("giảm", "rút ngắn")
negative. Dates, document numbers, cited decrees, circulars, plans, resolutions and decisions ("Kế hoạch số
18/KH-UBND", "Quyết định số 766/QĐ-TTg", "Nghị định số 61/2018/NĐ-CP", "Quyết định số 425/QĐ-UBND", "Thông tư
số 01/2020/TT-VPCP", "Nghị quyết số 202/2025/QH15", "Kế hoạch số 36/KH-UBND", "Quyết định số 2362/QĐ-UBND"),
"Từ ngày 01/7/2025", "Tính đến ngày 31/3/2025", section numbering ("I.", "1.", "a)"), the STT column, phone
numbers ("0227.3831.274", "0269.3719.779", "0238.3866.115", "0290.3831.542"), street addresses ("số 08 đường
Lê Lợi", "số 69 đường Hùng Vương", "số 01 đường Trần Hưng Đạo"), "Tổng đài 1022" (a name), numbers in words
("Mười phường, xã"), headings naming the next period ("II. NHIỆM VỤ TRỌNG TÂM THÁNG 6 NĂM 2025", "III. NHIỆM
VỤ QUÝ I NĂM 2025", "II. NHIỆM VỤ THÁNG 9 NĂM 2025", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025": no deadlines),
"chuyển sang quý I năm 2025" and years are not figures.

New in this set:
- 260 is a monthly Báo cáo of Sở Nội vụ tỉnh Thái Bình (header "UBND TỈNH THÁI BÌNH / SỞ NỘI VỤ") to UBND
  tỉnh, tháng 5 năm 2025, issued 05/6/2025, on administrative reform across the province: unlike a Sở's
  report on its own one-stop shop (golden/blind16.py's 158), the Sở reports the province's results, so the
  province's figures have subject NULL. Counts of the month's documents and inspection teams ("03 kế hoạch",
  "05 văn bản", "02 đoàn") have code None; "tại 04 sở, ngành và 02 huyện" are counts of the bodies inspected
  (`đơn vị` level tỉnh; `huyện` level huyện). TTHC by level "trong đó cấp tỉnh 1.379 thủ tục, …". "tăng 3.126
  hồ sơ so với tháng 4/2025 (49.721 hồ sơ)" and "so với tháng 4/2025 (85,61 điểm, xếp thứ 15/63)" are a
  change and previous values dated 2025-04-30 (the previous total on the /100 scale). "trước hạn và đúng hạn
  50.588 hồ sơ (đạt 99,26%)" carries the on-time code. Overdue land files of two districts in brackets. Its
  Markdown table lists the 8 district-level units (received, online, on-time and payment shares) with a "Cộng
  cấp huyện" row with an empty STT cell (= cấp huyện; not in the prose). "đạt 52,18%; chỉ tiêu năm 2025 UBND
  tỉnh giao là 60%, đến nay chưa đạt chỉ tiêu": target dated 2025-12-31, status "chưa đạt". Signing shares by
  level after "lần lượt là" (code cds.ky_so). "126 chứng thư số" is a count with every field but value, unit
  and kind unchecked (the Sở issues them to commune officials: subject and level genuinely ambiguous). Block
  averages by level (subject unchecked). "Trong 8 huyện, thành phố có 05 đơn vị đạt loại Tốt, 02 đơn vị …,
  01 đơn vị …" are counts (the 8 in unit `huyện`, the rest `đơn vị`, level huyện, code None). The PAR INDEX
  2024 (code par_index: score and rank dated 2024-12-31, "(năm 2023 xếp thứ 27/63)" a previous rank dated
  2023-12-31) and SIPAS 2024 (code sipas, dated 2024-12-31) are the previous year's published indices. The
  task's "đạt tối thiểu 60%" is the province's target (subject NULL) dated 2025-12-31. Five deadlines: day for
  two named districts, month, year ("đến hết năm 2025", with the target), "chậm nhất" day in words, "trước
  ngày 18 hằng tháng" (issued 05/6/2025: first 18/6/2025).
- 261 is a quarterly Báo cáo of the Trung tâm Phục vụ hành chính công tỉnh Gia Lai (header "UBND TỈNH GIA LAI
  / TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"), quý IV năm 2024, issued 06/01/2025. The Centre's own figures have
  subject "Trung tâm Phục vụ hành chính công tỉnh" (as its task lines and golden/blind16.py's 159 name it),
  level tỉnh. "19 sở, ban, ngành và 03 cơ quan ngành dọc" are counts of agencies (`đơn vị`, level tỉnh,
  subject unchecked); "58 công chức, viên chức" (unit `công chức`) and "46 quầy" (unit `quầy`) have code None.
  "1.218 thủ tục được cung cấp dịch vụ công trực tuyến toàn trình" carries the toàn trình code. "giảm 1.087 hồ
  sơ so với quý III năm 2024 (19.333 hồ sơ)": a fall (-1087) and a previous value dated 2024-09-30.
  "hồ sơ nộp trực tiếp và qua dịch vụ bưu chính công ích là 2.950 hồ sơ" is a count with code unchecked (the
  catalogued "hình thức khác" is a share). Its tab-separated table (units in the headers) lists the agencies
  at the counters (subject as written, level tỉnh; received, online share, on-time share, overdue files;
  "100" and "0" cells) plus a row "Các cơ quan còn lại" (subject unchecked) and a "Tổng cộng" row with an
  empty STT cell (= the Centre; its figures also in the prose). "(quý III năm 2024: 41,09%)" is dated
  2024-09-30. "Qua 6.518 phiếu" is a count (unit `phiếu`, code unchecked). "07/07 PAKN" is one count (max 7).
  "có 14/19 cơ quan xếp loại Tốt, 04 cơ quan … 01 cơ quan …" are counts of agencies (level tỉnh, code None).
  Four deadlines: day (for the Sở the Centre asks, "Đề nghị Sở Tài nguyên và Môi trường chỉ đạo …"), month,
  quarter ("trong quý I năm 2025", while the heading "III. NHIỆM VỤ QUÝ I NĂM 2025" is none), "trước ngày 22
  hằng tháng" (issued 06/01/2025: first 22/01/2025).
- 262 is a monthly Báo cáo of UBND thành phố Cần Thơ to the Văn phòng Chính phủ, tháng 8 năm 2025, issued
  08/9/2025, after the 1 July 2025 merger (two-level local government: no cấp huyện). The city's figures have
  subject NULL; its own level is written "cấp thành phố" (subject "cấp thành phố", level tỉnh). "toàn thành
  phố có 103 đơn vị hành chính cấp xã (31 phường, 72 xã)": the whole is subject "cấp xã", level xã, unit
  `đơn vị`; its two parts (units `phường`, `xã`) have subject unchecked, level xã. "103/103 phường, xã" is a
  count (unit `phường`, max 103). Online shares by level after "tương ứng là"; "trước hạn 61.384 hồ sơ, đúng
  hạn 29.867 hồ sơ, quá hạn 451 hồ sơ" are the parts of the settled files (the first two code unchecked);
  "99,51%" is the on-time share. Overdue land files of a phường and a xã in brackets (subject as written,
  level xã). Its Markdown table lists ten phường, xã (subject as written, "Phường Ninh Kiều", "Xã Phong
  Điền", level xã; received, online, on-time and payment shares; one "100" cell; no total row). "(tháng
  7/2025: 51,26%)" and "so với tháng 7/2025 (82,95 điểm, xếp thứ 13/34)" are dated 2025-07-31. Ranks are
  among the 34 provincial units after the merger ("xếp thứ 9/34", max 34). Six group scores `x/max` after
  "lần lượt là:" separated by ";" (sum 84,27). Block averages (subject unchecked; levels tỉnh/xã) and counts
  by grade "Có 41/103 phường, xã xếp loại Tốt, 47 đơn vị …, 15 đơn vị …" (level xã, code None). The task's
  "đạt tối thiểu 60%" is the city's target (subject NULL) dated 2025-12-31. Five deadlines: day for a phường
  and a xã, quarter, year (with the target), "chậm nhất" day in words, "trước ngày 15 hằng tháng" (issued
  08/9/2025: first 15/9/2025).
- 263 is an annual Báo cáo of UBND thị xã Hoàng Mai (tỉnh Nghệ An, named in "Kính gửi"), năm 2024, issued
  10/01/2025. Figures under "a) Cấp huyện (Bộ phận Một cửa thị xã)" have subject "cấp huyện" (level huyện),
  those under "b) Cấp xã" subject "cấp xã" (level xã); the thị xã's own figures (electronic certification,
  PAKN, satisfaction, score, rank) have subject "UBND thị xã Hoàng Mai", level huyện. "tăng 9,6% so với năm
  2023" is a relative change (code unchecked); "4,3 ngày/hồ sơ, rút ngắn 0,7 ngày" the processing time and its
  fall. "10 phường, xã" is a count (unit `phường`, level xã, code None). Best and worst units with shares in
  brackets (also in the list). The units' figures are a "+" list "+ <unit>: tiếp nhận N hồ sơ, trực tuyến x%,
  số hóa y%;" (text, not a table; subject as written, "Phường Quỳnh Thiện", "Xã Quỳnh Vinh", level xã;
  received sum 24.613). "lần lượt là 58,46% và 47,12%; so với chỉ tiêu tỉnh giao năm 2024 (cấp huyện 50%,
  cấp xã 45%) thì cả hai cấp đều đạt chỉ tiêu": each target is its level's (period end), both "đạt". "3.128
  trường hợp" counts electronic certified copies (code chung_thuc_dien_tu). "12/12 PAKN" one count (max 12),
  "đạt 100%" their handled share. "xếp thứ 3/21 đơn vị cấp huyện của tỉnh, tăng 4 bậc so với năm 2023 (xếp thứ
  7/21)": a rank, a rise and a previous rank dated 2023-12-31. The wards' and communes' average (subject
  unchecked, level xã) and counts by grade "06/10 đơn vị …, 03 đơn vị …, 01 đơn vị …" (level xã, code None).
  The target "của cấp xã đạt tối thiểu 55%" in the task of "UBND các phường, xã" is theirs, dated 2025-12-31.
  Five deadlines: day, month, quarter, year (with the target), "trước ngày 16 hằng tháng" (issued 10/01/2025:
  first 16/01/2025).
- 264 is a Công văn of Sở Tài chính tỉnh Cà Mau (header "UBND TỈNH CÀ MAU / SỞ TÀI CHÍNH"; "V/v" line naming
  quý I năm 2025), issued 09/4/2025, on online payment of fees and charges across the province: the province's
  figures have subject NULL. "1.208 TTHC có phát sinh phí, lệ phí" and "27.518 hồ sơ phát sinh phí, lệ phí"
  are counts with code unchecked (the bases); "1.136 TTHC, đạt 94,04%" carry the integration code, "63,18%"
  the transaction code; "13.047 hồ sơ được thanh toán trực tuyến, đạt 47,41%" the payment code. "tăng 6,35%
  so với quý IV năm 2024 (41,06%)": a change of the share and a previous value dated 2024-12-31. "3.846,2
  triệu đồng" (unit `triệu đồng`) and its share "chiếm 38,7%" have code unchecked. Shares by level after "lần
  lượt là". "Chỉ tiêu UBND tỉnh giao năm 2025 là 55%, đến nay toàn tỉnh chưa đạt chỉ tiêu": target dated
  2025-12-31; the province's 47,41% carries it with status "chưa đạt". The payment group "tháng 3/2025 … đạt
  5,92/10 điểm" (= the period end) and "tăng 0,64 điểm". The dash list by agency "- <agency>: a/b hồ sơ, đạt
  x%;" gives a count of files paid online out of the files with fees (kind count, max b, payment code) and
  its share (subject as written, level tỉnh; one agency is "Công an tỉnh"). A second dash list "- <unit>: đạt
  x% (quý IV năm 2024: y%), tương ứng a/b hồ sơ;" gives the 9 district-level units (subject as written, "UBND
  thành phố Cà Mau", level huyện): the share, its previous value dated 2024-12-31 and the count with its max;
  the sentence on the best and worst units then repeats no figure. "Có 04/9 huyện, thành phố …, 05
  đơn vị còn lại …" are counts (`huyện` max 9; `đơn vị`; level huyện; code None). The task's "đạt tối thiểu
  50%" (trong quý II năm 2025) is the province's target dated 2025-06-30. Lettered items a)–d) with four
  deadlines: "chậm nhất" day for two named bodies, month, quarter (with the target), "trước ngày 05 hằng
  tháng" (issued 09/4/2025, after the 5th: first 05/5/2025).
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
_TIME = "766.tien_do.thoi_gian"
_TOAN = "766.dvctt.toan_trinh"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"


def _cells(subject: object, level: str | None, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject, level=level,
              as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


# ------------------------------------------------------------ 260: Sở Nội vụ tỉnh Thái Bình, tháng 5 năm 2025
_APR_260 = "2025-04-30"


def _row_260(subject: str, received: str, online: str, on_time: str, paid: str, after: str) -> list[Fact]:
    """One Markdown row of a district-level unit (or the total): received, online, on-time and payment shares."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"),
             (on_time, "%", P, _DH, "period"), (paid, "%", P, _TT, "period")]
    return _cells(subject, "huyện", cells, after, " | ", " |\n")


BLIND_260 = [
    # I.1 (18/KH-UBND of 24/01/2025 and 766/QĐ-TTg of 23/6/2022 cited)
    F("ban hành 03 kế hoạch", "03", 3, "kế hoạch", C, code=None),
    F("và 05 văn bản", "05", 5, "văn bản", C, code=None),
    F("thành lập 02 đoàn", "02", 2, "đoàn", C, code=None),
    F("tại 04 sở, ngành", "04", 4, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("và 02 huyện;", "02", 2, "huyện", C, subject=ANY, level="huyện", code=None),
    # I.2 tháng 4/2025 dated 2025-04-30
    F("là 1.718 thủ tục", "1.718", 1718, "TTHC", C, code=_TTHC),
    F("cấp tỉnh 1.379", "1.379", 1379, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code=_TTHC),
    F("cấp huyện 226", "226", 226, "TTHC", C, subject="cấp huyện", level="huyện", code=_TTHC),
    F("cấp xã 113", "113", 113, "TTHC", C, subject="cấp xã", level="xã", code=_TTHC),
    F("tiếp nhận 52.847", "52.847", 52847, "hồ sơ", C, code=_TN),
    F("tăng 3.126 hồ sơ", "3.126", 3126, "hồ sơ", CH, code=_TN),
    F("(49.721 hồ sơ)", "49.721", 49721, "hồ sơ", PR, as_of=_APR_260, code=_TN),
    F("là 37.416 hồ sơ", "37.416", 37416, "hồ sơ", C, code=_NOP),
    F("chiếm 70,80%", "70,80%", 70.80, "%", code=_NOP),
    F("là 50.963 hồ sơ", "50.963", 50963, "hồ sơ", C, code=ANY),
    F("đúng hạn 50.588", "50.588", 50588, "hồ sơ", C, code=_DH),
    F("(đạt 99,26%)", "99,26%", 99.26, "%", code=_DH),
    F("quá hạn 375", "375", 375, "hồ sơ", C, code=_QH),
    F("(chiếm 0,74%)", "0,74%", 0.74, "%", code=_QH),
    F("Vũ Thư (31 hồ sơ)", "31", 31, "hồ sơ", C, subject="UBND huyện Vũ Thư", level="huyện", code=_QH),
    F("Tiền Hải (28 hồ sơ)", "28", 28, "hồ sơ", C, subject="UBND huyện Tiền Hải", level="huyện", code=_QH),
    # I.3 Markdown table of the 8 district-level units, "Cộng cấp huyện" row (= cấp huyện)
    *_row_260("UBND thành phố Thái Bình", "3.842", "80,82", "99,68", "59,03", "| 2 | UBND huyện Đông Hưng"),
    *_row_260("UBND huyện Đông Hưng", "2.615", "71,63", "99,88", "53,61", "| 3 | UBND huyện Hưng Hà"),
    *_row_260("UBND huyện Hưng Hà", "2.384", "71,39", "99,78", "51,09", "| 4 | UBND huyện Kiến Xương"),
    *_row_260("UBND huyện Kiến Xương", "1.976", "65,18", "99,89", "48,13", "| 5 | UBND huyện Quỳnh Phụ"),
    *_row_260("UBND huyện Quỳnh Phụ", "2.453", "73,18", "99,83", "53,16", "| 6 | UBND huyện Thái Thụy"),
    *_row_260("UBND huyện Thái Thụy", "2.207", "69,82", "99,58", "49,71", "| 7 | UBND huyện Tiền Hải"),
    *_row_260("UBND huyện Tiền Hải", "1.869", "65,12", "98,44", "44,62", "| 8 | UBND huyện Vũ Thư"),
    *_row_260("UBND huyện Vũ Thư", "1.734", "63,21", "98,14", "44,35", "| | Cộng cấp huyện"),
    *_row_260("cấp huyện", "19.080", "71,37", "99,49", "51,59", "\n4. Thanh toán"),
    # I.4 the 2025 target (dated at the year's end), "chưa đạt chỉ tiêu"
    F("toàn tỉnh đạt 52,18%", "52,18%", 52.18, "%", code=_TT, target=60, stated_status="chưa đạt"),
    F("giao là 60%", "60%", 60, "%", T, as_of="2025-12-31", code=_TT),
    F("TTHC đạt 88,35%", "88,35%", 88.35, "%", code=_SH),
    F("mới đạt 46,72%", "46,72%", 46.72, "%", code=_TSD),
    # I.5 signing by level after "lần lượt là"
    F("là 98,7%", "98,7%", 98.7, "%", subject="cấp tỉnh", level="tỉnh", code="cds.ky_so"),
    F("%, 96,4%", "96,4%", 96.4, "%", subject="cấp huyện", level="huyện", code="cds.ky_so"),
    F("và 91,2%", "91,2%", 91.2, "%", subject="cấp xã", level="xã", code="cds.ky_so"),
    # unit `chứng thư` (not `chứng thư số`): the convention of golden/blind3.py's "3.462 chứng thư số", set when
    # this file was first measured
    F("cấp mới 126 chứng thư", "126", 126, "chứng thư", C, subject=ANY, level=ANY, code=ANY),
    # I.6 tháng 4/2025 dated 2025-04-30; block averages; counts by grade
    F("đạt 86,54/100", "86,54/100", 86.54, "điểm", max_value=100, code=_TONG),
    F("thứ 12/63", "12/63", 12, "hạng", R, max_value=63, code=_HANG),
    F("tăng 0,93 điểm", "0,93", 0.93, "điểm", CH, code=_TONG),
    F("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    F("(85,61 điểm", "85,61", 85.61, "điểm", PR, max_value=100, as_of=_APR_260, code=_TONG),
    F("thứ 15/63)", "15/63", 15, "hạng", PR, max_value=63, as_of=_APR_260, code=_HANG),
    F("ngành là 88,06 điểm", "88,06", 88.06, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("thành phố là 83,72 điểm", "83,72", 83.72, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("Trong 8 huyện", "8", 8, "huyện", C, subject=ANY, level="huyện", code=None),
    F("có 05 đơn vị", "05", 5, "đơn vị", C, subject=ANY, level="huyện", code=None),
    F("Tốt, 02 đơn vị", "02", 2, "đơn vị", C, subject=ANY, level="huyện", code=None),
    F("và 01 đơn vị", "01", 1, "đơn vị", C, subject=ANY, level="huyện", code=None),
    # I.7 the indices of 2024 (dated 2024-12-31; 2023 dated 2023-12-31)
    F("đạt 87,05 điểm", "87,05", 87.05, "điểm", as_of="2024-12-31", code="par_index"),
    F("thứ 21/63 (", "21/63", 21, "hạng", R, max_value=63, as_of="2024-12-31", code="par_index"),
    F("thứ 27/63)", "27/63", 27, "hạng", PR, max_value=63, as_of="2023-12-31", code="par_index"),
    F("đạt 84,62%", "84,62%", 84.62, "%", as_of="2024-12-31", code="sipas"),
    # II.3 the province's target by the end of 2025 (0227.3831.274 is a phone number)
    F("tối thiểu 60%", "60%", 60, "%", T, as_of="2025-12-31", code=_TT),
]

# ------------------------------------------------------------ 261: TT PVHCC tỉnh Gia Lai, quý IV năm 2024
_TT_261 = "Trung tâm Phục vụ hành chính công tỉnh"
_Q3_261 = "2024-09-30"


def _centre(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Centre itself (subject the Centre, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_TT_261, level="tỉnh", **kw)


def _row_261(subject: object, received: str, online: str, on_time: str, overdue: str, after: str) -> list[Fact]:
    """One tab-separated row of an agency (or the total): received, online share, on-time share, overdue."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"),
             (on_time, "%", P, _DH, "period"), (overdue, "hồ sơ", P, _QH, "period")]
    return _cells(subject, "tỉnh", cells, after, "\t", "\n")


BLIND_261 = [
    # I. (61/2018/NĐ-CP and 425/QĐ-UBND cited; "số 69 đường Hùng Vương" is an address)
    F("có 19 sở", "19", 19, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("và 03 cơ quan", "03", 3, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("cử 58 công chức", "58", 58, "công chức", C, subject=ANY, level="tỉnh", code=None),
    _centre("tại 46 quầy", "46", 46, "quầy", C, code=None),
    _centre("là 1.526 thủ tục", "1.526", 1526, "TTHC", C, code=_TTHC),
    _centre("trong đó 1.218 thủ tục", "1.218", 1218, "TTHC", C, code=_TOAN),
    # II.1 quý III năm 2024 dated 2024-09-30
    _centre("tiếp nhận 18.246", "18.246", 18246, "hồ sơ", C, code=_TN),
    _centre("giảm 1.087 hồ sơ", "1.087", -1087, "hồ sơ", CH, code=_TN),
    _centre("(19.333 hồ sơ)", "19.333", 19333, "hồ sơ", PR, as_of=_Q3_261, code=_TN),
    _centre("là 15.296 hồ sơ", "15.296", 15296, "hồ sơ", C, code=_NOP),
    _centre("chiếm 83,83%", "83,83%", 83.83, "%", code=_NOP),
    _centre("là 2.950 hồ sơ", "2.950", 2950, "hồ sơ", C, code=ANY),
    _centre("giải quyết 17.815", "17.815", 17815, "hồ sơ", C, code=ANY),
    _centre("đúng hạn 17.702", "17.702", 17702, "hồ sơ", C, code=_DH),
    _centre("đạt 99,37%", "99,37%", 99.37, "%", code=_DH),
    _centre("quá hạn 113 hồ sơ", "113", 113, "hồ sơ", C, code=_QH),
    _centre("là 1.524 hồ sơ", "1.524", 1524, "hồ sơ", C, code=ANY),
    # II.2 tab-separated table of the agencies at the counters, "Tổng cộng" row (= the Centre)
    *_row_261("Sở Tài nguyên và Môi trường", "6.842", "71,25", "98,82", "78", "2\tSở Kế hoạch"),
    *_row_261("Sở Kế hoạch và Đầu tư", "1.926", "98,86", "100", "0", "3\tSở Giao thông"),
    *_row_261("Sở Giao thông vận tải", "3.418", "96,72", "99,71", "9", "4\tSở Xây dựng"),
    *_row_261("Sở Xây dựng", "512", "88,67", "98,79", "6", "5\tSở Tư pháp"),
    *_row_261("Sở Tư pháp", "2.137", "85,49", "100", "0", "6\tSở Lao động"),
    *_row_261("Sở Lao động - Thương binh và Xã hội", "846", "79,08", "99,63", "3", "7\tSở Y tế"),
    *_row_261("Sở Y tế", "1.073", "84,16", "98,93", "11", "8\tSở Công Thương"),
    *_row_261("Sở Công Thương", "694", "100", "100", "0", "9\tSở Nông nghiệp"),
    *_row_261("Sở Nông nghiệp và Phát triển nông thôn", "389", "90,23", "99,47", "2", "10\tCác cơ quan"),
    *_row_261(ANY, "409", "76,53", "99,01", "4", "\tTổng cộng"),
    *_row_261(_TT_261, "18.246", "83,83", "99,37", "113", "\nSở Tài nguyên và Môi trường có"),
    # II.3 quý III năm 2024 dated 2024-09-30
    _centre("đạt 48,27%", "48,27%", 48.27, "%", code=_TT),
    _centre("2024: 41,09%)", "41,09%", 41.09, "%", PR, as_of=_Q3_261, code=_TT),
    _centre("đạt 91,46%", "91,46%", 91.46, "%", code=_SH),
    _centre("đạt 95,18%", "95,18%", 95.18, "%", code=_KQ),
    # II.4 (0269.3719.779 is a phone number); agencies by grade
    _centre("Qua 6.518 phiếu", "6.518", 6518, "phiếu", C, code=ANY),
    _centre("hài lòng đạt 98,64%", "98,64%", 98.64, "%", code=_HL),
    _centre("tiếp nhận 07 phản ánh", "07", 7, "PAKN", C, code=_PAKN_TN),
    _centre("xong 07/07 PAKN", "07/07", 7, "PAKN", C, max_value=7, code=_PAKN_XL),
    F("có 14/19 cơ quan", "14/19", 14, "đơn vị", C, max_value=19, subject=ANY, level="tỉnh", code=None),
    F("Tốt, 04 cơ quan", "04", 4, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("và 01 cơ quan", "01", 1, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
]

# ------------------------------------------------------------ 262: UBND thành phố Cần Thơ, tháng 8 năm 2025
_JUL_262 = "2025-07-31"


def _row_262(subject: str, received: str, online: str, on_time: str, paid: str, after: str) -> list[Fact]:
    """One Markdown row of a phường or xã: received, online, on-time and payment shares."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"),
             (on_time, "%", P, _DH, "period"), (paid, "%", P, _TT, "period")]
    return _cells(subject, "xã", cells, after, " | ", " |\n")


BLIND_262 = [
    # I.1 ("Từ ngày 01/7/2025" is a date; 202/2025/QH15 cited)
    F("có 103 đơn vị", "103", 103, "đơn vị", C, subject="cấp xã", level="xã", code=None),
    F("(31 phường", "31", 31, "phường", C, subject=ANY, level="xã", code=None),
    F("72 xã)", "72", 72, "xã", C, subject=ANY, level="xã", code=None),
    F("của 103/103 phường", "103/103", 103, "phường", C, max_value=103, subject=ANY, level="xã", code=None),
    # I.2 (01/2020/TT-VPCP cited)
    F("ban hành 07 quyết định", "07", 7, "quyết định", C, code=None),
    F("là 1.984 TTHC", "1.984", 1984, "TTHC", C, code=_TTHC),
    F("cấp thành phố 1.617", "1.617", 1617, "TTHC", C, subject="cấp thành phố", level="tỉnh", code=_TTHC),
    F("cấp xã 367", "367", 367, "TTHC", C, subject="cấp xã", level="xã", code=_TTHC),
    # I.3 tháng 7/2025 dated 2025-07-31; online shares by level after "tương ứng là"
    F("tiếp nhận 96.418", "96.418", 96418, "hồ sơ", C, code=_TN),
    F("tăng 8.235 hồ sơ", "8.235", 8235, "hồ sơ", CH, code=_TN),
    F("(88.183 hồ sơ)", "88.183", 88183, "hồ sơ", PR, as_of=_JUL_262, code=_TN),
    F("là 91,36%", "91,36%", 91.36, "%", subject="cấp thành phố", level="tỉnh", code=_NOP),
    F("và 68,42%", "68,42%", 68.42, "%", subject="cấp xã", level="xã", code=_NOP),
    F("đạt 74,15%", "74,15%", 74.15, "%", code=_NOP),
    F("giải quyết 91.702", "91.702", 91702, "hồ sơ", C, code=ANY),
    F("trước hạn 61.384", "61.384", 61384, "hồ sơ", C, code=ANY),
    F("đúng hạn 29.867", "29.867", 29867, "hồ sơ", C, code=ANY),
    F("quá hạn 451", "451", 451, "hồ sơ", C, code=_QH),
    F("đạt 99,51%", "99,51%", 99.51, "%", code=_DH),
    F("Cái Răng (64 hồ sơ)", "64", 64, "hồ sơ", C, subject="phường Cái Răng", level="xã", code=_QH),
    F("Điền (38 hồ sơ)", "38", 38, "hồ sơ", C, subject="xã Phong Điền", level="xã", code=_QH),
    # Markdown table of ten phường, xã (no total row)
    *_row_262("Phường Ninh Kiều", "4.386", "82,17", "99,86", "61,42", "| 2 | Phường Cái Khế"),
    *_row_262("Phường Cái Khế", "3.952", "79,64", "99,91", "58,77", "| 3 | Phường Tân An"),
    *_row_262("Phường Tân An", "3.618", "77,05", "99,72", "57,30", "| 4 | Phường Bình Thủy"),
    *_row_262("Phường Bình Thủy", "3.204", "74,28", "99,65", "55,16", "| 5 | Phường Cái Răng"),
    *_row_262("Phường Cái Răng", "3.087", "71,93", "97,48", "52,84", "| 6 | Phường Sóc Trăng"),
    *_row_262("Phường Sóc Trăng", "2.963", "70,46", "99,80", "50,19", "| 7 | Phường Vị Thanh"),
    *_row_262("Phường Vị Thanh", "2.741", "69,12", "100", "49,63", "| 8 | Phường Ô Môn"),
    *_row_262("Phường Ô Môn", "2.518", "66,85", "99,56", "47,28", "| 9 | Xã Phong Điền"),
    *_row_262("Xã Phong Điền", "2.306", "63,40", "98,07", "44,95", "| 10 | Phường Thốt Nốt"),
    *_row_262("Phường Thốt Nốt", "2.279", "65,71", "99,69", "46,02", "\n4. Thanh toán"),
    # I.4 the 2025 target (dated at the year's end), "chưa đạt chỉ tiêu"; tháng 7/2025 dated 2025-07-31
    F("đạt 56,83%", "56,83%", 56.83, "%", code=_TT, target=60, stated_status="chưa đạt"),
    F("2025: 51,26%)", "51,26%", 51.26, "%", PR, as_of=_JUL_262, code=_TT),
    F("năm 2025 là 60%", "60%", 60, "%", T, as_of="2025-12-31", code=_TT),
    F("TTHC đạt 87,14%", "87,14%", 87.14, "%", code=_SH),
    F("điện tử đạt 93,52%", "93,52%", 93.52, "%", code=_KQ),
    F("số hóa đạt 41,08%", "41,08%", 41.08, "%", code=_TSD),
    # I.5 ("Tổng đài 1022" is a name)
    F("tiếp nhận 23 phản ánh", "23", 23, "PAKN", C, code=_PAKN_TN),
    F("xử lý 21 PAKN", "21", 21, "PAKN", C, code=_PAKN_XL),
    F("đạt 91,30%", "91,30%", 91.30, "%", code=_PAKN_TL),
    F("còn 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    # I.6 ranks among the 34 provincial units; tháng 7/2025 dated 2025-07-31; six groups after "lần lượt là:"
    F("đạt 84,27/100", "84,27/100", 84.27, "điểm", max_value=100, code=_TONG),
    F("thứ 9/34", "9/34", 9, "hạng", R, max_value=34, code=_HANG),
    F("tăng 1,32 điểm", "1,32", 1.32, "điểm", CH, code=_TONG),
    F("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    F("(82,95 điểm", "82,95", 82.95, "điểm", PR, max_value=100, as_of=_JUL_262, code=_TONG),
    F("thứ 13/34)", "13/34", 13, "hạng", PR, max_value=34, as_of=_JUL_262, code=_HANG),
    F("minh bạch 17,12/18", "17,12/18", 17.12, "điểm", max_value=18, code="766.cong_khai"),
    F("giải quyết 19,08/20", "19,08/20", 19.08, "điểm", max_value=20, code="766.tien_do"),
    F("trực tuyến 9,46/12", "9,46/12", 9.46, "điểm", max_value=12, code="766.dvctt"),
    F("trực tuyến 6,21/10", "6,21/10", 6.21, "điểm", max_value=10, code="766.thanh_toan"),
    F("hài lòng 17,64/18", "17,64/18", 17.64, "điểm", max_value=18, code="766.hai_long"),
    F("hồ sơ 14,76/22", "14,76/22", 14.76, "điểm", max_value=22, code="766.so_hoa"),
    F("ngành đạt 88,93 điểm", "88,93", 88.93, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("xã đạt 79,46 điểm", "79,46", 79.46, "điểm", subject=ANY, level="xã", code=_TONG),
    F("Có 41/103", "41/103", 41, "phường", C, max_value=103, subject=ANY, level="xã", code=None),
    F("Tốt, 47 đơn vị", "47", 47, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("và 15 đơn vị", "15", 15, "đơn vị", C, subject=ANY, level="xã", code=None),
    # II.3 the city's target by the end of 2025
    F("tối thiểu 60%", "60%", 60, "%", T, as_of="2025-12-31", code=_TT),
]

# ------------------------------------------------------------ 263: UBND thị xã Hoàng Mai, năm 2024
_HM = "UBND thị xã Hoàng Mai"
_Y2023 = "2023-12-31"


def _huyen(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "a) Cấp huyện" or about cấp huyện (subject "cấp huyện", level huyện)."""
    return F(context, raw, value, unit, kind, subject="cấp huyện", level="huyện", **kw)


def _xa(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "b) Cấp xã" or about cấp xã (subject "cấp xã", level xã)."""
    return F(context, raw, value, unit, kind, subject="cấp xã", level="xã", **kw)


def _town(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the thị xã as a whole (subject its UBND, level huyện)."""
    return F(context, raw, value, unit, kind, subject=_HM, level="huyện", **kw)


def _unit_263(subject: str, received: str, online: str, digitised: str) -> list[Fact]:
    """One "+" line `+ <unit>: tiếp nhận N hồ sơ, trực tuyến x%, số hóa y%`: received, online and digitisation."""
    return [
        F(f"{subject}: tiếp nhận {received}", received, _num(received), "hồ sơ", C, subject=subject, level="xã",
          code=_TN),
        F(f"{received} hồ sơ, trực tuyến {online}%", f"{online}%", _num(online), "%", subject=subject, level="xã",
          code=_NOP),
        F(f"trực tuyến {online}%, số hóa {digitised}%", f"{digitised}%", _num(digitised), "%", subject=subject,
          level="xã", code=_SH),
    ]


BLIND_263 = [
    # I.1 a) cấp huyện (36/KH-UBND of 19/01/2024 cited)
    _huyen("giải quyết 296 TTHC", "296", 296, "TTHC", C, code=_TTHC),
    _huyen("tiếp nhận 11.874", "11.874", 11874, "hồ sơ", C, code=_TN),
    _huyen("tăng 9,6%", "9,6%", 9.6, "%", CH, code=ANY),
    _huyen("tuyến 9.862", "9.862", 9862, "hồ sơ", C, code=_NOP),
    _huyen("chiếm 83,06%", "83,06%", 83.06, "%", code=_NOP),
    _huyen("giải quyết 11.701", "11.701", 11701, "hồ sơ", C, code=ANY),
    _huyen("đúng hạn 11.652", "11.652", 11652, "hồ sơ", C, code=_DH),
    _huyen("(đạt 99,58%)", "99,58%", 99.58, "%", code=_DH),
    _huyen("quá hạn 49", "49", 49, "hồ sơ", C, code=_QH),
    _huyen("trung bình 4,3", "4,3", 4.3, "ngày", code=_TIME),
    _huyen("rút ngắn 0,7", "0,7", -0.7, "ngày", CH, code=_TIME),
    # I.1 b) cấp xã
    _xa("thực hiện 118 TTHC", "118", 118, "TTHC", C, code=_TTHC),
    F("Năm 2024, 10 phường", "10", 10, "phường", C, subject=ANY, level="xã", code=None),
    _xa("tiếp nhận 24.613", "24.613", 24613, "hồ sơ", C, code=_TN),
    _xa("đạt 76,90%", "76,90%", 76.90, "%", code=_NOP),
    F("Thiện (88,28%)", "88,28%", 88.28, "%", subject="phường Quỳnh Thiện", level="xã", code=_NOP),
    F("Trang (61,33%)", "61,33%", 61.33, "%", subject="xã Quỳnh Trang", level="xã", code=_NOP),
    _xa("đạt 99,81%", "99,81%", 99.81, "%", code=_DH),
    _xa("còn 31 hồ sơ", "31", 31, "hồ sơ", C, code=_QH),
    # the "+" list of the 10 phường, xã
    *_unit_263("Phường Quỳnh Thiện", "3.412", "88,28", "93,14"),
    *_unit_263("Phường Mai Hùng", "2.186", "80,24", "90,37"),
    *_unit_263("Phường Quỳnh Dị", "2.975", "79,70", "89,52"),
    *_unit_263("Phường Quỳnh Phương", "2.894", "78,09", "88,06"),
    *_unit_263("Phường Quỳnh Xuân", "2.467", "76,61", "87,45"),
    *_unit_263("Xã Quỳnh Vinh", "3.058", "74,49", "85,93"),
    *_unit_263("Xã Quỳnh Lộc", "1.846", "74,16", "84,20"),
    *_unit_263("Xã Quỳnh Lập", "2.214", "73,26", "83,77"),
    *_unit_263("Xã Quỳnh Liên", "1.632", "72,79", "82,61"),
    *_unit_263("Xã Quỳnh Trang", "1.929", "61,33", "74,58"),
    # I.2 targets by level (2024: the period end), both "đạt chỉ tiêu"
    _huyen("lần lượt là 58,46%", "58,46%", 58.46, "%", code=_TT, target=50, stated_status="đạt"),
    _xa("và 47,12%", "47,12%", 47.12, "%", code=_TT, target=45, stated_status="đạt"),
    _huyen("(cấp huyện 50%", "50%", 50, "%", T, code=_TT),
    _xa("cấp xã 45%)", "45%", 45, "%", T, code=_TT),
    _huyen("huyện đạt 95,27%", "95,27%", 95.27, "%", code=_SH),
    _xa("cấp xã đạt 86,93%", "86,93%", 86.93, "%", code=_SH),
    _town("chính 3.128", "3.128", 3128, "trường hợp", C, code="chung_thuc_dien_tu"),
    # I.3 the thị xã's PAKN and satisfaction
    _town("tiếp nhận 12 phản ánh", "12", 12, "PAKN", C, code=_PAKN_TN),
    _town("trả lời 12/12 PAKN", "12/12", 12, "PAKN", C, max_value=12, code=_PAKN_XL),
    _town("đạt 100%", "100%", 100, "%", code=_PAKN_TL),
    _town("đạt 97,82%", "97,82%", 97.82, "%", code=_HL),
    # I.4 rank among the province's 21 district-level units; năm 2023 dated 2023-12-31
    _town("đạt 87,95 điểm", "87,95", 87.95, "điểm", code=_TONG),
    _town("thứ 3/21", "3/21", 3, "hạng", R, max_value=21, code=_HANG),
    _town("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    _town("thứ 7/21)", "7/21", 7, "hạng", PR, max_value=21, as_of=_Y2023, code=_HANG),
    F("đạt 83,14 điểm", "83,14", 83.14, "điểm", subject=ANY, level="xã", code=_TONG),
    F("có 06/10", "06/10", 6, "đơn vị", C, max_value=10, subject=ANY, level="xã", code=None),
    F("Tốt, 03 đơn vị", "03", 3, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("Khá, 01 đơn vị", "01", 1, "đơn vị", C, subject=ANY, level="xã", code=None),
    # II.4 the wards' and communes' target for 2025 (0238.3866.115 is a phone number)
    F("tối thiểu 55%", "55%", 55, "%", T, subject="UBND các phường, xã", level="xã", as_of="2025-12-31",
      code=_TT),
]

# ------------------------------------------------------------ 264: Sở Tài chính tỉnh Cà Mau, quý I năm 2025
_Q4_264 = "2024-12-31"


def _agency_264(subject: str, paid: str, total: str, share: str) -> list[Fact]:
    """One dash line `- <agency>: a/b hồ sơ, đạt x%;`: files paid online out of those with fees, and the share."""
    return [
        F(f"{subject}: {paid}/{total}", f"{paid}/{total}", _num(paid), "hồ sơ", C, max_value=_num(total),
          subject=subject, level="tỉnh", code=_TT),
        F(f"{total} hồ sơ, đạt {share}%", f"{share}%", _num(share), "%", subject=subject, level="tỉnh", code=_TT),
    ]


def _district_264(subject: str, share: str, previous: str, paid: str, total: str) -> list[Fact]:
    """One dash line `- <unit>: đạt x% (quý IV năm 2024: y%), tương ứng a/b hồ sơ;`: the payment share, its
    previous value (dated 2024-12-31) and the count of files paid online out of those with fees."""
    return [
        F(f"{subject}: đạt {share}%", f"{share}%", _num(share), "%", subject=subject, level="huyện", code=_TT),
        F(f"2024: {previous}%)", f"{previous}%", _num(previous), "%", PR, subject=subject, level="huyện",
          as_of=_Q4_264, code=_TT),
        F(f"tương ứng {paid}/{total}", f"{paid}/{total}", _num(paid), "hồ sơ", C, max_value=_num(total),
          subject=subject, level="huyện", code=_TT),
    ]


BLIND_264 = [
    # 1. (2362/QĐ-UBND of 28/12/2024 cited; "Tính đến ngày 31/3/2025" is the period end)
    F("có 1.208 TTHC", "1.208", 1208, "TTHC", C, code=ANY),
    F("quốc gia 1.136 TTHC", "1.136", 1136, "TTHC", C, code="766.thanh_toan.tthc_tich_hop"),
    F("đạt 94,04%", "94,04%", 94.04, "%", code="766.thanh_toan.tthc_tich_hop"),
    F("đạt 63,18%", "63,18%", 63.18, "%", code="766.thanh_toan.tthc_giao_dich"),
    F("có 27.518 hồ sơ", "27.518", 27518, "hồ sơ", C, code=ANY),
    F("đó 13.047 hồ sơ", "13.047", 13047, "hồ sơ", C, code=_TT),
    F("đạt 47,41%", "47,41%", 47.41, "%", code=_TT, target=55, stated_status="chưa đạt"),
    F("tăng 6,35%", "6,35%", 6.35, "%", CH, code=_TT),
    F("(41,06%)", "41,06%", 41.06, "%", PR, as_of=_Q4_264, code=_TT),
    F("là 3.846,2 triệu", "3.846,2", 3846.2, "triệu đồng", code=ANY),
    F("chiếm 38,7%", "38,7%", 38.7, "%", code=ANY),
    F("là 66,84%", "66,84%", 66.84, "%", subject="cấp tỉnh", level="tỉnh", code=_TT),
    F("%, 47,78%", "47,78%", 47.78, "%", subject="cấp huyện", level="huyện", code=_TT),
    F("và 35,06%", "35,06%", 35.06, "%", subject="cấp xã", level="xã", code=_TT),
    F("năm 2025 là 55%", "55%", 55, "%", T, as_of="2025-12-31", code=_TT),
    F("đạt 5,92/10", "5,92/10", 5.92, "điểm", max_value=10, code="766.thanh_toan"),
    F("tăng 0,64 điểm", "0,64", 0.64, "điểm", CH, code="766.thanh_toan"),
    # 2. dash list by agency
    *_agency_264("Sở Tư pháp", "1.204", "1.318", "91,35"),
    *_agency_264("Sở Xây dựng", "286", "341", "83,87"),
    *_agency_264("Sở Nông nghiệp và Môi trường", "2.137", "4.062", "52,61"),
    *_agency_264("Sở Công Thương", "418", "452", "92,48"),
    *_agency_264("Sở Y tế", "356", "497", "71,63"),
    *_agency_264("Sở Giáo dục và Đào tạo", "173", "219", "79,00"),
    *_agency_264("Sở Tài chính", "392", "406", "96,55"),
    *_agency_264("Công an tỉnh", "1.526", "2.235", "68,28"),
    # 3. dash list of the 9 district-level units (quý IV năm 2024 dated 2024-12-31); counts
    *_district_264("UBND thành phố Cà Mau", "61,28", "55,12", "2.146", "3.502"),
    *_district_264("UBND huyện Thới Bình", "37,59", "31,40", "318", "846"),
    *_district_264("UBND huyện U Minh", "35,86", "30,08", "241", "672"),
    *_district_264("UBND huyện Trần Văn Thời", "49,88", "44,63", "602", "1.207"),
    *_district_264("UBND huyện Cái Nước", "48,55", "42,91", "487", "1.003"),
    *_district_264("UBND huyện Đầm Dơi", "36,54", "33,57", "376", "1.029"),
    *_district_264("UBND huyện Năm Căn", "47,95", "41,72", "409", "853"),
    *_district_264("UBND huyện Phú Tân", "38,62", "29,85", "268", "694"),
    *_district_264("UBND huyện Ngọc Hiển", "22,45", "19,36", "143", "637"),
    F("Có 04/9", "04/9", 4, "huyện", C, max_value=9, subject=ANY, level="huyện", code=None),
    F("05 đơn vị còn", "05", 5, "đơn vị", C, subject=ANY, level="huyện", code=None),
    # 4.c) the province's target for quý II năm 2025 (0290.3831.542 is a phone number)
    F("tối thiểu 50%", "50%", 50, "%", T, as_of="2025-06-30", code=_TT),
]

BLIND = {"260": BLIND_260, "261": BLIND_261, "262": BLIND_262, "263": BLIND_263, "264": BLIND_264}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "260": [
        ("2025-06-20", "day", "20/6/2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "UBND huyện Vũ Thư, UBND huyện Tiền Hải"),
        ("2025-06-30", "month", "tháng 6/2025", "chuẩn hóa dữ liệu cán bộ, công chức",
         "Các sở, ban, ngành, UBND các huyện, thành phố"),
        ("2025-12-31", "year", "năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "Sở Tài chính"),
        ("2025-06-30", "day", "ngày 30 tháng 6 năm 2025", "Báo cáo tự đánh giá Chỉ số CCHC", "Sở Nội vụ"),
        # issued 05/6/2025: the first "ngày 18 hằng tháng" is 18/6/2025
        ("2025-06-18", "recurring", "18 hằng tháng", "gửi báo cáo kết quả CCHC", "Các cơ quan, đơn vị"),
    ],
    "261": [
        ("2025-01-24", "day", "24/01/2025", "giải quyết dứt điểm các hồ sơ quá hạn", "Sở Tài nguyên và Môi trường"),
        ("2025-02-28", "month", "tháng 02/2025", "bổ sung công chức", "Các sở, ngành có quầy tại Trung tâm"),
        ("2025-03-31", "quarter", "quý I năm 2025", "triển khai ki-ốt tra cứu", "Phòng Tiếp nhận và Trả kết quả"),
        # issued 06/01/2025: the first "ngày 22 hằng tháng" is 22/01/2025
        ("2025-01-22", "recurring", "22 hằng tháng", "gửi số liệu kết quả giải quyết hồ sơ",
         "Các cơ quan có quầy tại Trung tâm"),
    ],
    "262": [
        ("2025-09-20", "day", "20/9/2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "UBND phường Cái Răng, UBND xã Phong Điền"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "đồng bộ dữ liệu hồ sơ", "Sở Khoa học và Công nghệ"),
        ("2025-12-31", "year", "năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "Sở Tài chính"),
        ("2025-09-30", "day", "ngày 30 tháng 9 năm 2025", "kiểm tra hoạt động của Bộ phận Một cửa",
         "Văn phòng UBND thành phố"),
        # issued 08/9/2025: the first "ngày 15 hằng tháng" is 15/9/2025
        ("2025-09-15", "recurring", "15 hằng tháng", "báo cáo kết quả giải quyết TTHC", "UBND các phường, xã"),
    ],
    "263": [
        ("2025-01-25", "day", "25/01/2025", "xây dựng kế hoạch nâng cao tỷ lệ nộp hồ sơ trực tuyến",
         "UBND xã Quỳnh Trang"),
        ("2025-02-28", "month", "tháng 02/2025", "ban hành Kế hoạch kiểm soát TTHC năm 2025",
         "Văn phòng HĐND và UBND thị xã"),
        ("2025-06-30", "quarter", "quý II năm 2025", "kiểm tra công tác cải cách TTHC", "Phòng Nội vụ"),
        ("2025-12-31", "year", "năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "UBND các phường, xã"),
        # issued 10/01/2025: the first "ngày 16 hằng tháng" is 16/01/2025
        ("2025-01-16", "recurring", "16 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các cơ quan chuyên môn thuộc UBND thị xã và UBND các phường, xã"),
    ],
    "264": [
        ("2025-04-25", "day", "25/4/2025", "xây dựng giải pháp nâng tỷ lệ thanh toán trực tuyến",
         "Sở Nông nghiệp và Môi trường, UBND huyện Ngọc Hiển"),
        ("2025-05-31", "month", "tháng 5/2025", "cập nhật đầy đủ mức thu phí, lệ phí", "Các sở, ban, ngành"),
        ("2025-06-30", "quarter", "quý II năm 2025", "lắp đặt thiết bị thanh toán",
         "Trung tâm Phục vụ hành chính công tỉnh"),
        # issued 09/4/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/5/2025
        ("2025-05-05", "recurring", "05 hằng tháng", "báo cáo kết quả thu phí, lệ phí", "Các cơ quan, đơn vị"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 260's issuer is Sở Nội vụ under "UBND TỈNH THÁI BÌNH", period the month in its title; 261's issuer is the
# Centre under "UBND TỈNH GIA LAI"; 262's issuer is UBND thành phố Cần Thơ (a centrally-run city, merged on
# 1 July 2025); 263's issuer is a thị xã under the province (named in "Kính gửi"), an annual report issued in
# January 2025; 264's issuer is Sở Tài chính under "UBND TỈNH CÀ MAU", a Công văn whose period is the quarter in
# its "V/v" line.
META = {
    "260": {"doc_number": "412/BC-SNV", "doc_type": "Báo cáo", "issued_date": "2025-06-05",
            "province": "Thái Bình", "period_label": "tháng 5 năm 2025", "period_start": "2025-05-01",
            "period_end": "2025-05-31", "signer": "Nguyễn Thị Thanh Hương"},
    "261": {"doc_number": "09/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2025-01-06",
            "province": "Gia Lai", "period_label": "quý IV năm 2024", "period_start": "2024-10-01",
            "period_end": "2024-12-31", "signer": "Rah Lan Chung"},
    "262": {"doc_number": "287/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-09-08",
            "province": "Cần Thơ", "period_label": "tháng 8 năm 2025", "period_start": "2025-08-01",
            "period_end": "2025-08-31", "signer": "Lâm Quốc Thịnh"},
    "263": {"doc_number": "08/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-01-10",
            "province": "Nghệ An", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Hồ Sỹ Thành"},
    "264": {"doc_number": "1186/STC-QLNS", "doc_type": "Công văn", "issued_date": "2025-04-09",
            "province": "Cà Mau", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Trần Văn Khởi"},
}
