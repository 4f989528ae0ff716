"""Blind golden facts for corpus/blind31/230_ninh_binh.txt, 231_gia_lai.txt, 232_ca_mau.txt, 233_thai_nguyen.txt and
234_ha_noi.txt.

The five documents were written by the developers for a thirty-first blind measurement (issuers, wording and layouts
not used elsewhere in the corpus; not real documents), and every row below was written by reading them, before any
extraction, restoration or pipeline code was run on them. They also serve as held-out text for diacritic
restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind16.py and blind13.py: rows use `golden.facts.Fact` (context string
that occurs once in the document + the figure as written inside it). Prose and list counts are kind `count`; table
cells are kind `value` with `extra={"source": "table"}`; `as_of="period"` is the period's end; `ANY` leaves a field
unchecked where the sentence names no catalogued indicator (`None` where it clearly names none). "thủ tục" counts use
the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a count of the files (or PAKN) an indicator is
computed on carries that indicator's code; every "đã giải quyết" count, the parts of a received or settled whole
("kỳ trước chuyển sang", "trước hạn", "đúng hạn" apart) and a relative change of a count ("tăng 13,6% so với cùng kỳ
năm 2023") have their code unchecked. A count of local units takes the unit of its first unit word ("09/13 xã, thị
trấn" → `xã`); counts of "cơ quan", "đơn vị", "sở, ban, ngành" use `đơn vị` at the level of the bodies counted. A
table column dated before the period end keeps kind `value` with that date as `as_of`; a change is dated at the
period end; a fall ("giảm", "rút ngắn") is negative. Dates, document numbers, cited circulars, decrees, plans,
letters, resolutions and decisions ("Thông tư số 01/2020/TT-VPCP", "Nghị định số 61/2018/NĐ-CP", "Công văn số
7412/VPCP-KSTT", "Nghị quyết số 202/2025/QH15", "Kế hoạch số 118/KH-UBND", "Công văn số 4127/VP-KSTT", "Công văn số
512/UBND-KSTT", "Quyết định số 766/QĐ-TTg", "Kế hoạch số 215/KH-UBND"), data cut-offs ("tại thời điểm 30/9/2025",
"đến ngày 30/11/2025"), "chính quyền địa phương 02 cấp", section numbering ("I.", "1.", "a)", "đ)"), the STT
column, phone numbers ("0229.3871.402", "0269.3824.571", "0290.3895.214", "0208.3851.946", "024.3793.2615"), the
name "Tổng đài 1022", addresses ("số 09 đường Trần Hưng Đạo", "khóm 9, thị trấn Trần Văn Thời", "số 36 phố Trần Thái
Tông"), periods ("9 tháng"), headings naming the next period ("IV. NHIỆM VỤ THÁNG 10 NĂM 2025", "III. NHIỆM VỤ QUÝ I
NĂM 2025", "III. NHIỆM VỤ QUÝ IV NĂM 2024", "6. Nhiệm vụ tháng 12 năm 2025": no deadlines) and years are not figures.

New in this set:
- 230 is a monthly Báo cáo of UBND tỉnh Ninh Bình (mới) to the Văn phòng Chính phủ, tháng 9 năm 2025, issued
  06/10/2025, after the 1 July 2025 merger of Hà Nam, Nam Định and Ninh Bình: only cấp tỉnh and cấp xã, ranks out of
  34. "129 đơn vị hành chính cấp xã (97 xã, 32 phường)" are counts of cấp xã (units `đơn vị`, `xã`, `phường`; code
  None). "07 quyết định" is a count with code None; "công bố mới 46 TTHC, sửa đổi, bổ sung 85 TTHC và bãi bỏ 23
  TTHC" are counts of published procedures (code unchecked). "1.598 TTHC, đạt 76,57% (toàn trình 1.024 TTHC, một
  phần 574 TTHC)" carries the "tthc_cung_cap" code for the whole and its share. "(tháng 8/2025: …)" and "so với
  tháng 8/2025 (82,95 điểm, thứ 15/34)" are previous values dated 2025-08-31 (the previous total on the /100
  scale); "tăng 3,44% so với tháng trước" is the change of the online share. On-time shares by level after "lần
  lượt là". "tại các xã, phường thuộc khu vực tỉnh Nam Định (cũ) (612 hồ sơ)" counts overdue files of communes
  (subject ANY, level xã). Its Markdown table lists the 12 provincial agencies (subject as written, level tỉnh;
  received, on-time share, overdue; five "100" and five "0" cells) with a "Tổng cộng" row with an empty STT cell:
  the table covers the provincial agencies, so the total is subject "cấp tỉnh" (as golden/blind6.py's 123; its
  14.236 and 99,64 are also in the prose). "so với chỉ tiêu năm 2025 là 65% thì chưa đạt chỉ tiêu": the target is
  dated 2025-12-31 and 58,27% carries it with status "chưa đạt". "118/129 xã, phường … chiếm 91,47%": the count is
  of cấp xã (code unchecked); its share is the electronic-certification coverage (subject and level unchecked: the
  province's rate or cấp xã's). Six group scores "<group> x/max" separated by ";" (sum 84,37). Averages of the
  agencies (level tỉnh) and of the communes (level xã), subject unchecked; "21/129 xã, phường xếp loại Tốt; 09 xã,
  phường xếp loại Trung bình" are counts of cấp xã (code None). The target "đến hết quý IV năm 2025 … toàn tỉnh đạt
  tối thiểu 65%" in the task of Sở Tài chính is the province's (subject NULL), dated 2025-12-31. Five deadlines:
  day, quarter (with the target), month, "chậm nhất" day in words, "trước ngày 18 hằng tháng" (issued 06/10/2025:
  first 18/10/2025).
- 231 is a quarterly Báo cáo of Sở Y tế tỉnh Gia Lai (header "UBND TỈNH GIA LAI / SỞ Y TẾ"), quý IV năm 2024,
  issued 06/01/2025, on its own procedures. Every figure is the Sở's (subject "Sở Y tế", level tỉnh); overdue files
  of a field in prose "(11 hồ sơ)" and the field rows of the table have subject ANY, level tỉnh. "7 lĩnh vực" and
  "02 quyết định" are counts with code None; "(03 TTHC mới ban hành, 05 TTHC được sửa đổi, bổ sung)" counts of
  published procedures (code unchecked); "100% TTHC được niêm yết công khai" a share with code unchecked. "tăng 417
  hồ sơ so với quý III năm 2024 (3.425 hồ sơ)", "(quý III năm 2024: 80,12%)" and "(thứ 5/20)" are a change and
  previous values dated 2024-09-30. "trước hạn 2.957 hồ sơ, đúng hạn 631 hồ sơ, quá hạn 16 hồ sơ" are the parts of
  the settled files (the first two code unchecked, the third overdue); "99,56%" the on-time share. "6,4
  ngày/hồ sơ" is the processing time and "rút ngắn 0,7 ngày" its fall. Its Markdown table by field (STT column; "Số
  TTHC" cells are counts of procedures, unit `TTHC`; a column "Tiếp nhận quý III/2024" dated 2024-09-30 next to
  "Tiếp nhận quý IV/2024"; on-time share; "Quá hạn" counts files, as the intro line says; "100" and "0" cells) has a
  "Tổng cộng" row with an empty STT cell (= the Sở; its figures are also in the prose). "so với chỉ tiêu UBND tỉnh
  giao năm 2024 là 60% thì đã đạt chỉ tiêu": the Sở's target at the year's end (= the period end), 68,35% carries it
  with status "đạt". "1.284,6 triệu đồng" is a sum of money (code unchecked). "tăng 5,12% so với quý III năm 2024"
  is the change of the reuse share. "(qua Tổng đài 1022 Gia Lai 04 PAKN, qua Cổng Dịch vụ công quốc gia 02 PAKN)"
  are bare parts of the PAKN received (code unchecked); "06/06 PAKN" is one count of PAKN handled (max 6). "xếp thứ
  6/20 sở, ban, ngành, giảm 1 bậc": the Sở's rank among the province's agencies and its fall; "điểm bình quân của
  các sở, ban, ngành" is the level average (subject ANY, level tỉnh). The target "của Sở đạt tối thiểu 50% trong
  tháng 3/2025" is the Sở's, dated 2025-03-31. Four deadlines: day, quarter, month (with the target), "trước ngày 10
  hằng tháng" (issued 06/01/2025: first 10/01/2025).
- 232 is a Báo cáo of UBND huyện Trần Văn Thời (tỉnh Cà Mau, named in "Kính gửi"), 9 tháng năm 2024 (stated as
  01/01–30/9/2024, issued 02/10/2024), before the 2025 reform. "13 đơn vị hành chính cấp xã (11 xã, 02 thị trấn)"
  are counts of cấp xã (code None). Figures under "a) Cấp huyện" have subject "cấp huyện" (level huyện), those under
  "b) Cấp xã" subject "cấp xã" (level xã); "288 TTHC cấp huyện … 121 TTHC cấp xã" likewise; the district's own PAKN,
  score and rank have subject "UBND huyện Trần Văn Thời", level huyện. "9.846 hồ sơ (kỳ trước chuyển sang 412 hồ sơ,
  tiếp nhận mới 9.434 hồ sơ)": the whole is files received, its parts code unchecked; "tăng 13,6%" and "tăng 9,2% so
  với cùng kỳ năm 2023" are relative changes (code unchecked); "riêng lĩnh vực đất đai có 176 hồ sơ" counts overdue
  land files at cấp huyện (subject ANY, level huyện). Best and worst communes carry their online share in brackets
  ("Thị trấn Sông Đốc", "xã Khánh Bình Tây Bắc", as written; also in the table). Its tab-separated table (units in
  the headers) lists the 13 xã, thị trấn in official order (subject as written, "Thị trấn Trần Văn Thời", "Xã Khánh
  Bình", level xã; files received, online share, on-time share; two "100" cells) with a "Cộng" row with an empty STT
  cell (= cấp xã; its 21.373 and 99,44 are also in the prose). "Tỷ lệ hồ sơ nộp trực tuyến của cấp huyện và cấp xã
  tương ứng là 71,15% và 64,73%; so với chỉ tiêu tỉnh giao năm 2024 là 65% thì cấp huyện đạt chỉ tiêu, cấp xã chưa
  đạt chỉ tiêu": one target for both levels (subject and level unchecked), dated 2024-12-31; 71,15% carries it with
  status "đạt", 64,73% with "chưa đạt". "xếp thứ 4/9 huyện, thành phố (6 tháng đầu năm 2024 xếp thứ 6/9)": rank
  among the province's 9 district-level units, the previous one dated 2024-06-30. "Điểm bình quân của UBND các xã,
  thị trấn" is the level average (subject ANY, level xã); two communes carry their score in brackets; "09/13 xã, thị
  trấn xếp loại Tốt" is a count of cấp xã (code None). The target "đến hết năm 2024 … đạt tối thiểu 65%" in the task
  of "UBND các xã, thị trấn" is theirs, dated 2024-12-31. Five deadlines: day for two named communes, "chậm nhất" day
  in words, quarter, year (with the target), "trước ngày 12 hằng tháng" (issued 02/10/2024: first 12/10/2024).
- 233 is a Công văn of the Văn phòng UBND tỉnh Thái Nguyên (header "UBND TỈNH THÁI NGUYÊN / VĂN PHÒNG"; title in
  a "V/v" line naming quý I năm 2025), issued 14/4/2025, on the satisfaction group of the 766 index and PAKN, before
  the 2025 merger (ranks out of 63). The province's figures have subject NULL. The group score "17,26/18" (code
  766.hai_long) and its rank "thứ 9/63 trong nhóm chỉ số" (code unchecked: a group's rank, as golden/blind4.py's
  113), "(quý IV năm 2024 xếp thứ 6/63), giảm 3 bậc" (previous rank dated 2024-12-31 and a fall, code unchecked),
  "giảm 0,31 điểm so với quý IV năm 2024 (17,57 điểm)" (the previous group score keeps the group's max 18). "cao
  hơn điểm bình quân cả nước của nhóm chỉ số này (16,85 điểm)" is a value about the whole country (subject "cả nước",
  level NULL, max 18, as golden/blind6.py's 120). The three component shares carry their codes (PAKN handled on time,
  satisfaction with PAKN handling, satisfaction with TTHC); their points "5,61/6" … "5,84/6" are scores with max 6
  and code unchecked (no catalogued code for a component's points); "(quý IV năm 2024: 96,30%)" and "(quý IV năm
  2024: 97,86%)" are previous values dated 2024-12-31; "giảm 2,75% so với quý trước" is the on-time share's fall.
  PAKN received "31 PAKN … (quý IV năm 2024: 27 PAKN)", bare parts by channel (code unchecked), counts by level
  after "lần lượt là 12, 11 và 08 PAKN" (code of PAKN received), three bodies with their PAKN in brackets (code of
  PAKN received), PAKN by field "(14 PAKN, chiếm 45,16%)", "(07 PAKN)", "(03 PAKN)" (a field is no body: subject,
  level and code unchecked). "Đã xử lý xong 28 PAKN, đạt 90,32%" is the handled count and share; the two overdue PAKN
  belong to the bodies in brackets after them (code pakn.qua_han); "còn 03 PAKN đang xử lý" code unchecked. "8,6
  ngày/PAKN" and "rút ngắn 1,9 ngày" are the PAKN processing time and its fall. "52.418 hồ sơ", "1.364 hồ sơ" and
  "48.215 tin nhắn" are counts with code unchecked. Satisfaction by level after "tương ứng là"; "16/19 sở, ban,
  ngành" (unit `đơn vị`, level tỉnh) and "06/9 huyện, thành phố" (unit `huyện`, subject "cấp huyện") are counts with
  code None; three bodies carry their satisfaction share in brackets. The dash list of blocks gives each block's
  average group score `x/18` (subject ANY; levels tỉnh/huyện/xã) with its previous value "(quý IV năm 2024: … điểm)"
  (max 18, dated 2024-12-31); "12/19 cơ quan đạt điểm tối đa 18/18": a count of agencies and their group score (subject
  ANY, level tỉnh). "Có 05 đơn vị cấp huyện" is a count (subject "cấp huyện"); "giảm 1,24 điểm", "giảm 0,87 điểm" are
  the falls of the two named units' group scores. The target "trong quý II năm 2025 tỷ lệ PAKN được xử lý đúng hạn
  của tỉnh đạt 100%" is the province's, dated 2025-06-30. "trong quý II năm 2025" in the sentence introducing the
  requests frames them and is no deadline. Five deadlines: day, month for two named units, quarter (with the target),
  "chậm nhất" day in words, "trước ngày 05 hằng tháng" (issued 14/4/2025, after the 5th: first 05/5/2025).
- 234 is a monthly Báo cáo of UBND phường Cầu Giấy (thành phố Hà Nội after the 1 July 2025 reform, named in "Kính
  gửi"), tháng 11 năm 2025, issued 04/12/2025. Every figure is the ward's (subject "UBND phường Cầu Giấy", level xã);
  overdue files by field in brackets "(đất đai 12 hồ sơ, xây dựng 06 hồ sơ)" and the "+" list of fields (files
  received and online share per field) have subject ANY, level xã. "14 quầy" is a count with code None; "1.952 lượt"
  a count with code unchecked. "(tháng 10/2025: …)" values are previous values dated 2025-10-31 (the ward's previous
  score has no max); "tăng 329 hồ sơ" the change of files received. Cumulative figures "Lũy kế từ ngày 01/7/2025 đến
  ngày 30/11/2025" and "Từ ngày 01/7/2025 đến nay" are dated at the period end. "1.247/1.563 hồ sơ" is one count (max
  1563); "chỉ tiêu Thành phố giao năm 2025 cho cấp xã là 80%, phường chưa đạt chỉ tiêu": the target is every
  commune's (subject unchecked, level xã), dated 2025-12-31; 79,78% carries it with status "chưa đạt". "1.836 trường
  hợp" counts electronic certifications; "thêm 2.415" and "có 71.628" identity accounts. Rank "5/126" among the
  city's 126 xã, phường, "thứ 9/126" dated 2025-10-31; two group scores "19,86/22", "7,98/10"; the city's commune
  average (subject ANY, level xã). The target "của phường đạt tối thiểu 80% trong tháng 12/2025" is the ward's, dated
  2025-12-31. Five deadlines: day, month (with the target), day in words, quarter of the next year, "trước ngày 25
  hằng tháng" (issued 04/12/2025: first 25/12/2025).
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
_CUNG = "766.dvctt.tthc_cung_cap"
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_CHUA = "766.dvctt.chua_cung_cap"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_PAKN_QH = "pakn.qua_han"
_HLG = "766.hai_long"


def _cells(subject: object, level: str | None, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject, level=level,
              as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


# ------------------------------------------------------------ 230: UBND tỉnh Ninh Bình (mới), tháng 9 năm 2025
_AUG_230 = "2025-08-31"


def _row_230(subject: str, received: str, on_time: str, overdue: str, after: str) -> list[Fact]:
    """One Markdown row of a provincial agency (or the total): files received, on-time share, overdue files."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (on_time, "%", P, _DH, "period"),
             (overdue, "hồ sơ", P, _QH, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


def _xa230(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about cấp xã of the province (subject "cấp xã", level xã)."""
    return F(context, raw, value, unit, kind, subject="cấp xã", level="xã", **kw)


BLIND_230 = [
    # I. (202/2025/QH15 of 12/6/2025 cited; "02 cấp" is no figure)
    _xa230("có 129 đơn vị", "129", 129, "đơn vị", C, code=None),
    _xa230("(97 xã", "97", 97, "xã", C, code=None),
    _xa230("32 phường)", "32", 32, "phường", C, code=None),
    # II.1
    F("ban hành 07 quyết định", "07", 7, "quyết định", C, code=None),
    F("mới 46 TTHC", "46", 46, "TTHC", C, code=ANY),
    F("bổ sung 85 TTHC", "85", 85, "TTHC", C, code=ANY),
    F("bãi bỏ 23 TTHC", "23", 23, "TTHC", C, code=ANY),
    F("công bố đúng hạn đạt 100%", "100%", 100, "%", code="766.cong_khai.cong_bo_dung_han"),
    F("đạt 97,4%", "97,4%", 97.4, "%", code="766.cong_khai.cap_nhat_dung_han"),
    F("là 2.087 TTHC", "2.087", 2087, "TTHC", C, code=_TTHC),
    F("gồm 1.721", "1.721", 1721, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code=_TTHC),
    _xa230("và 366 TTHC", "366", 366, "TTHC", C, code=_TTHC),
    # II.2 tháng 8/2025 dated 2025-08-31
    F("trực tuyến: 1.598", "1.598", 1598, "TTHC", C, code=_CUNG),
    F("đạt 76,57%", "76,57%", 76.57, "%", code=_CUNG),
    F("(toàn trình 1.024", "1.024", 1024, "TTHC", C, code=_TOAN),
    F("một phần 574", "574", 574, "TTHC", C, code=_MOT),
    F("trực tuyến: 71,86%", "71,86%", 71.86, "%", code=_NOP),
    F("(tháng 8/2025: 68,42%)", "68,42%", 68.42, "%", PR, as_of=_AUG_230, code=_NOP),
    F("tăng 3,44%", "3,44%", 3.44, "%", CH, code=_NOP),
    F("phát sinh hồ sơ: 58,13%", "58,13%", 58.13, "%", code="766.dvctt.phat_sinh_ho_so"),
    # II.3 files by level in brackets; on-time shares by level after "lần lượt là"
    F("tháng là 96.418", "96.418", 96418, "hồ sơ", C, code=_TN),
    F("(cấp tỉnh 14.236", "14.236", 14236, "hồ sơ", C, subject="cấp tỉnh", level="tỉnh", code=_TN),
    _xa230("cấp xã 82.182", "82.182", 82182, "hồ sơ", C, code=_TN),
    F("trực tuyến 69.286", "69.286", 69286, "hồ sơ", C, code=_NOP),
    F("giải quyết 91.754", "91.754", 91754, "hồ sơ", C, code=ANY),
    F("đúng hạn 90.937", "90.937", 90937, "hồ sơ", C, code=_DH),
    F("(99,11%)", "99,11%", 99.11, "%", code=_DH),
    F("quá hạn 817", "817", 817, "hồ sơ", C, code=_QH),
    F("(0,89%)", "0,89%", 0.89, "%", code=_QH),
    F("là 99,64%", "99,64%", 99.64, "%", subject="cấp tỉnh", level="tỉnh", code=_DH),
    _xa230("và 99,02%", "99,02%", 99.02, "%", code=_DH),
    F("(cũ) (612 hồ sơ)", "612", 612, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    # Markdown table of the 12 provincial agencies, "Tổng cộng" row (= cấp tỉnh)
    *_row_230("Sở Nội vụ", "512", "100", "0", "| 2 | Sở Tư pháp"),
    *_row_230("Sở Tư pháp", "1.846", "99,78", "4", "| 3 | Sở Tài chính"),
    *_row_230("Sở Tài chính", "1.203", "99,50", "6", "| 4 | Sở Công Thương"),
    *_row_230("Sở Công Thương", "2.118", "99,86", "3", "| 5 | Sở Nông nghiệp"),
    *_row_230("Sở Nông nghiệp và Môi trường", "2.964", "98,72", "27", "| 6 | Sở Xây dựng"),
    *_row_230("Sở Xây dựng", "987", "99,28", "7", "| 7 | Sở Khoa học"),
    *_row_230("Sở Khoa học và Công nghệ", "354", "100", "0", "| 8 | Sở Giáo dục"),
    *_row_230("Sở Giáo dục và Đào tạo", "1.126", "100", "0", "| 9 | Sở Y tế"),
    *_row_230("Sở Y tế", "1.478", "99,86", "2", "| 10 | Sở Văn hóa"),
    *_row_230("Sở Văn hóa, Thể thao và Du lịch", "436", "100", "0", "| 11 | Sở Dân tộc"),
    *_row_230("Sở Dân tộc và Tôn giáo", "58", "100", "0", "| 12 | Ban Quản lý"),
    *_row_230("Ban Quản lý các khu công nghiệp tỉnh", "1.154", "100", "0", "| | Tổng cộng"),
    *_row_230("cấp tỉnh", "14.236", "99,64", "49", "\nSở Nông nghiệp và Môi trường là"),
    F("(27 hồ sơ", "27", 27, "hồ sơ", C, subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_QH),
    # II.4 the 2025 target (dated at the year's end)
    F("toàn tỉnh đạt 58,27%", "58,27%", 58.27, "%", code=_TT, target=65, stated_status="chưa đạt"),
    F("năm 2025 là 65%", "65%", 65, "%", T, as_of="2025-12-31", code=_TT),
    F("cấp tỉnh 94,18%", "94,18%", 94.18, "%", subject="cấp tỉnh", level="tỉnh", code=_SH),
    _xa230("cấp xã 81,35%", "81,35%", 81.35, "%", code=_SH),
    F("điện tử: 92,06%", "92,06%", 92.06, "%", code=_KQ),
    F("số hóa: 41,73%", "41,73%", 41.73, "%", code=_TSD),
    _xa230("Có 118/129", "118/129", 118, "xã", C, max_value=129, code=ANY),
    F("chiếm 91,47%", "91,47%", 91.47, "%", subject=ANY, level=ANY, code="766.so_hoa.chung_thuc"),
    # II.5 tháng 8/2025 dated 2025-08-31 (0229.3871.402 is a phone number)
    F("tiếp nhận 38 phản ánh", "38", 38, "PAKN", C, code=_PAKN_TN),
    F("(tháng 8/2025: 45 PAKN)", "45", 45, "PAKN", PR, as_of=_AUG_230, code=_PAKN_TN),
    F("xử lý 35 PAKN", "35", 35, "PAKN", C, code=_PAKN_XL),
    F("đạt 92,11%", "92,11%", 92.11, "%", code=_PAKN_TL),
    F("; 03 PAKN", "03", 3, "PAKN", C, code=ANY),
    F("đạt 96,82%", "96,82%", 96.82, "%", code=_HL),
    # II.6 at 30/9/2025 (= period end); ranks out of 34
    F("đạt 84,37/100", "84,37/100", 84.37, "điểm", max_value=100, code=_TONG),
    F("thứ 12/34", "12/34", 12, "hạng", R, max_value=34, code=_HANG),
    F("(82,95 điểm", "82,95", 82.95, "điểm", PR, max_value=100, as_of=_AUG_230, code=_TONG),
    F("thứ 15/34)", "15/34", 15, "hạng", PR, max_value=34, as_of=_AUG_230, code=_HANG),
    F("tăng 1,42 điểm", "1,42", 1.42, "điểm", CH, code=_TONG),
    F("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    F("minh bạch 16,85/18", "16,85/18", 16.85, "điểm", max_value=18, code="766.cong_khai"),
    F("giải quyết 19,62/20", "19,62/20", 19.62, "điểm", max_value=20, code="766.tien_do"),
    F("Dịch vụ công trực tuyến 9,74/12", "9,74/12", 9.74, "điểm", max_value=12, code="766.dvctt"),
    F("Thanh toán trực tuyến 6,53/10", "6,53/10", 6.53, "điểm", max_value=10, code="766.thanh_toan"),
    F("hài lòng 17,41/18", "17,41/18", 17.41, "điểm", max_value=18, code=_HLG),
    F("hồ sơ 14,22/22", "14,22/22", 14.22, "điểm", max_value=22, code="766.so_hoa"),
    F("ngành là 87,15 điểm", "87,15", 87.15, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("phường là 80,64 điểm", "80,64", 80.64, "điểm", subject=ANY, level="xã", code=_TONG),
    _xa230("Có 21/129", "21/129", 21, "xã", C, max_value=129, code=None),
    _xa230("; 09 xã", "09", 9, "xã", C, code=None),
    # IV.2 the province's target for quý IV năm 2025 (in the task of Sở Tài chính)
    F("tối thiểu 65%", "65%", 65, "%", T, as_of="2025-12-31", code=_TT),
]

# ------------------------------------------------------------ 231: Sở Y tế tỉnh Gia Lai, quý IV năm 2024
_SYT = "Sở Y tế"
_Q3_231 = "2024-09-30"


def _so(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SYT, level="tỉnh", **kw)


def _row_231(subject: object, tthc: str, q3: str, q4: str, on_time: str, overdue: str, after: str) -> list[Fact]:
    """One Markdown row of a field (or the total): procedures, files received in quý III/2024 (dated 2024-09-30)
    and in quý IV/2024, on-time share, overdue files. STT is no figure."""
    cells = [(tthc, "TTHC", P, _TTHC, "period"), (q3, "hồ sơ", P, _TN, _Q3_231), (q4, "hồ sơ", P, _TN, "period"),
             (on_time, "%", P, _DH, "period"), (overdue, "hồ sơ", P, _QH, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_231 = [
    # I.1 (118/KH-UBND of 22/01/2024 cited)
    _so("thực hiện 128 TTHC", "128", 128, "TTHC", C, code=_TTHC),
    _so("thuộc 7 lĩnh vực", "7", 7, "lĩnh vực", C, code=None),
    _so("có 84 TTHC", "84", 84, "TTHC", C, code=_TOAN),
    _so("toàn trình, 37 TTHC", "37", 37, "TTHC", C, code=_MOT),
    _so("và 07 TTHC", "07", 7, "TTHC", C, code=_CHUA),
    _so("ban hành 02 quyết định", "02", 2, "quyết định", C, code=None),
    _so("(03 TTHC", "03", 3, "TTHC", C, code=ANY),
    _so("05 TTHC được", "05", 5, "TTHC", C, code=ANY),
    _so("100% TTHC", "100%", 100, "%", code=ANY),
    # I.2 quý III năm 2024 dated 2024-09-30
    _so("tiếp nhận 3.842", "3.842", 3842, "hồ sơ", C, code=_TN),
    _so("tăng 417 hồ sơ", "417", 417, "hồ sơ", CH, code=_TN),
    _so("2024 (3.425 hồ sơ)", "3.425", 3425, "hồ sơ", PR, as_of=_Q3_231, code=_TN),
    _so("là 3.215 hồ sơ", "3.215", 3215, "hồ sơ", C, code=_NOP),
    _so("chiếm 83,68%", "83,68%", 83.68, "%", code=_NOP),
    _so("2024: 80,12%)", "80,12%", 80.12, "%", PR, as_of=_Q3_231, code=_NOP),
    _so("giải quyết 3.604", "3.604", 3604, "hồ sơ", C, code=ANY),
    _so("trước hạn 2.957", "2.957", 2957, "hồ sơ", C, code=ANY),
    _so("đúng hạn 631", "631", 631, "hồ sơ", C, code=ANY),
    _so("quá hạn 16 hồ sơ", "16", 16, "hồ sơ", C, code=_QH),
    _so("đạt 99,56%", "99,56%", 99.56, "%", code=_DH),
    F("chữa bệnh (11 hồ sơ)", "11", 11, "hồ sơ", C, subject=ANY, level="tỉnh", code=_QH),
    F("y tế (05 hồ sơ)", "05", 5, "hồ sơ", C, subject=ANY, level="tỉnh", code=_QH),
    _so("là 238 hồ sơ", "238", 238, "hồ sơ", C, code=ANY),
    _so("là 6,4 ngày", "6,4", 6.4, "ngày", code=_TIME),
    _so("rút ngắn 0,7 ngày", "0,7", -0.7, "ngày", CH, code=_TIME),
    # Markdown table by field, "Tổng cộng" row (= the Sở)
    *_row_231(ANY, "34", "1.216", "1.408", "99,14", "11", "| 2 | Dược phẩm"),
    *_row_231(ANY, "27", "912", "1.037", "100", "0", "| 3 | Mỹ phẩm"),
    *_row_231(ANY, "9", "64", "71", "100", "0", "| 4 | An toàn"),
    *_row_231(ANY, "19", "683", "742", "100", "0", "| 5 | Trang thiết bị"),
    *_row_231(ANY, "16", "241", "263", "97,96", "5", "| 6 | Y tế dự phòng"),
    *_row_231(ANY, "13", "187", "194", "100", "0", "| 7 | Giám định"),
    *_row_231(ANY, "10", "122", "127", "100", "0", "| | Tổng cộng"),
    *_row_231(_SYT, "128", "3.425", "3.842", "99,56", "16", "\n3. Thanh toán"),
    # I.3 the Sở's 2024 target (the year's end = the period end), "đã đạt chỉ tiêu"
    _so("Sở đạt 68,35%", "68,35%", 68.35, "%", code=_TT, target=60, stated_status="đạt"),
    _so("năm 2024 là 60%", "60%", 60, "%", T, as_of="2024-12-31", code=_TT),
    _so("là 1.284,6 triệu", "1.284,6", 1284.6, "triệu đồng", code=ANY),
    _so("đạt 95,72%", "95,72%", 95.72, "%", code=_SH),
    _so("đạt 97,30%", "97,30%", 97.30, "%", code=_KQ),
    _so("đạt 38,46%", "38,46%", 38.46, "%", code=_TSD),
    _so("tăng 5,12%", "5,12%", 5.12, "%", CH, code=_TSD),
    # I.4 ("Tổng đài 1022" is a name)
    _so("tiếp nhận 06 phản ánh", "06", 6, "PAKN", C, code=_PAKN_TN),
    _so("Gia Lai 04 PAKN", "04", 4, "PAKN", C, code=ANY),
    _so("quốc gia 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    _so("hạn 06/06 PAKN", "06/06", 6, "PAKN", C, max_value=6, code=_PAKN_XL),
    _so("đạt 97,84%", "97,84%", 97.84, "%", code=_HL),
    # I.5 rank among the province's agencies; quý III năm 2024 dated 2024-09-30
    _so("đạt 88,92 điểm", "88,92", 88.92, "điểm", code=_TONG),
    _so("thứ 6/20", "6/20", 6, "hạng", R, max_value=20, code=_HANG),
    _so("giảm 1 bậc", "1", -1, "hạng", CH, code=_HANG),
    _so("(thứ 5/20)", "5/20", 5, "hạng", PR, max_value=20, as_of=_Q3_231, code=_HANG),
    F("là 86,07 điểm", "86,07", 86.07, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    # III.3 the Sở's target in tháng 3/2025 (address "số 09 đường Trần Hưng Đạo" and phone 0269.3824.571 are no figures)
    _so("tối thiểu 50%", "50%", 50, "%", T, as_of="2025-03-31", code=_TSD),
]

# ------------------------------------------------------------ 232: UBND huyện Trần Văn Thời (Cà Mau), 9 tháng 2024
_TVT = "UBND huyện Trần Văn Thời"
_Y2024 = "2024-12-31"


def _huyen(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "a) Cấp huyện" or about cấp huyện (subject "cấp huyện", level huyện)."""
    return F(context, raw, value, unit, kind, subject="cấp huyện", level="huyện", **kw)


def _xa(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "b) Cấp xã" or about cấp xã (subject "cấp xã", level xã)."""
    return F(context, raw, value, unit, kind, subject="cấp xã", level="xã", **kw)


def _district(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the district itself (subject the district's UBND, level huyện)."""
    return F(context, raw, value, unit, kind, subject=_TVT, level="huyện", **kw)


def _row_232(subject: str, received: str, online: str, on_time: str, after: str) -> list[Fact]:
    """One tab-separated row of a commune (or the "Cộng" row): files received, online share, on-time share."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"), (on_time, "%", P, _DH, "period")]
    return _cells(subject, "xã", cells, after, "\t", "\n")


BLIND_232 = [
    # I.1 (4127/VP-KSTT of 10/9/2024 cited)
    _xa("có 13 đơn vị", "13", 13, "đơn vị", C, code=None),
    _xa("(11 xã", "11", 11, "xã", C, code=None),
    _xa("02 thị trấn)", "02", 2, "thị trấn", C, code=None),
    _huyen("giải quyết 288 TTHC", "288", 288, "TTHC", C, code=_TTHC),
    _xa("giải quyết 121 TTHC", "121", 121, "TTHC", C, code=_TTHC),
    # I.2 a) cấp huyện: the whole and its two parts; cùng kỳ năm 2023 is a relative change
    _huyen("tiếp nhận 9.846", "9.846", 9846, "hồ sơ", C, code=_TN),
    _huyen("chuyển sang 412", "412", 412, "hồ sơ", C, code=ANY),
    _huyen("mới 9.434", "9.434", 9434, "hồ sơ", C, code=ANY),
    _huyen("tăng 13,6%", "13,6%", 13.6, "%", CH, code=ANY),
    _huyen("trực tuyến 6.712", "6.712", 6712, "hồ sơ", C, code=_NOP),
    _huyen("giải quyết 9.518", "9.518", 9518, "hồ sơ", C, code=ANY),
    _huyen("đúng hạn 9.327", "9.327", 9327, "hồ sơ", C, code=_DH),
    _huyen("đạt 97,99%", "97,99%", 97.99, "%", code=_DH),
    _huyen("quá hạn 191", "191", 191, "hồ sơ", C, code=_QH),
    F("có 176 hồ sơ", "176", 176, "hồ sơ", C, subject=ANY, level="huyện", code=_QH),
    # I.2 b) cấp xã; best and worst communes (as written)
    _xa("tiếp nhận 21.373", "21.373", 21373, "hồ sơ", C, code=_TN),
    _xa("tăng 9,2%", "9,2%", 9.2, "%", CH, code=ANY),
    _xa("giải quyết 20.964", "20.964", 20964, "hồ sơ", C, code=ANY),
    _xa("hạn 99,44%", "99,44%", 99.44, "%", code=_DH),
    _xa("xã đạt 78,41%", "78,41%", 78.41, "%", code=_SH),
    F("Sông Đốc (79,46%)", "79,46%", 79.46, "%", subject="Thị trấn Sông Đốc", level="xã", code=_NOP),
    F("Tây Bắc (48,12%)", "48,12%", 48.12, "%", subject="xã Khánh Bình Tây Bắc", level="xã", code=_NOP),
    # tab-separated table of the 13 xã, thị trấn, "Cộng" row (= cấp xã)
    *_row_232("Thị trấn Trần Văn Thời", "2.614", "72,35", "99,62", "2\tThị trấn Sông Đốc"),
    *_row_232("Thị trấn Sông Đốc", "2.387", "79,46", "99,71", "3\tXã Khánh Bình\t"),
    *_row_232("Xã Khánh Bình", "1.528", "66,23", "99,41", "4\tXã Khánh Bình Đông"),
    *_row_232("Xã Khánh Bình Đông", "1.412", "61,90", "99,22", "5\tXã Khánh Bình Tây\t"),
    *_row_232("Xã Khánh Bình Tây", "1.695", "63,07", "99,35", "6\tXã Khánh Bình Tây Bắc"),
    *_row_232("Xã Khánh Bình Tây Bắc", "1.246", "48,12", "98,87", "7\tXã Khánh Hải"),
    *_row_232("Xã Khánh Hải", "1.583", "59,74", "100", "8\tXã Khánh Hưng"),
    *_row_232("Xã Khánh Hưng", "1.371", "62,58", "99,13", "9\tXã Khánh Lộc"),
    *_row_232("Xã Khánh Lộc", "1.459", "60,11", "99,45", "10\tXã Lợi An"),
    *_row_232("Xã Lợi An", "1.317", "58,69", "100", "11\tXã Phong Điền"),
    *_row_232("Xã Phong Điền", "1.642", "65,04", "99,27", "12\tXã Phong Lạc"),
    *_row_232("Xã Phong Lạc", "1.798", "67,41", "98,96", "13\tXã Trần Hợi"),
    *_row_232("Xã Trần Hợi", "1.321", "57,36", "99,50", "\tCộng"),
    *_row_232("cấp xã", "21.373", "64,73", "99,44", "\nc) Đánh giá chung"),
    # I.2 c) shares by level after "tương ứng là"; one 2024 target for both levels
    _huyen("là 71,15%", "71,15%", 71.15, "%", code=_NOP, target=65, stated_status="đạt"),
    _xa("và 64,73%", "64,73%", 64.73, "%", code=_NOP, target=65, stated_status="chưa đạt"),
    F("năm 2024 là 65%", "65%", 65, "%", T, subject=ANY, level=ANY, as_of=_Y2024, code=_NOP),
    _huyen("huyện đạt 43,56%", "43,56%", 43.56, "%", code=_TT),
    _xa("xã đạt 31,08%", "31,08%", 31.08, "%", code=_TT),
    # I.3 the district's own PAKN ("Trong 9 tháng" is the period)
    _district("tiếp nhận 17 phản ánh", "17", 17, "PAKN", C, code=_PAKN_TN),
    _district("xử lý 15 PAKN", "15", 15, "PAKN", C, code=_PAKN_XL),
    _district("(đạt 88,24%)", "88,24%", 88.24, "%", code=_PAKN_TL),
    _district("còn 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    # I.4 rank among the province's 9 district-level units; 6 tháng đầu năm 2024 dated 2024-06-30
    _district("đạt 83,17 điểm", "83,17", 83.17, "điểm", code=_TONG),
    _district("thứ 4/9", "4/9", 4, "hạng", R, max_value=9, code=_HANG),
    _district("thứ 6/9)", "6/9", 6, "hạng", PR, max_value=9, as_of="2024-06-30", code=_HANG),
    F("là 79,85 điểm", "79,85", 79.85, "điểm", subject=ANY, level="xã", code=_TONG),
    F("(88,42 điểm)", "88,42", 88.42, "điểm", subject="Thị trấn Sông Đốc", level="xã", code=_TONG),
    F("(71,06 điểm)", "71,06", 71.06, "điểm", subject="xã Khánh Bình Tây Bắc", level="xã", code=_TONG),
    _xa("có 09/13", "09/13", 9, "xã", C, max_value=13, code=None),
    # III.4 the communes' own target by the end of 2024 (phone 0290.3895.214 and "khóm 9" are no figures)
    F("tối thiểu 65%", "65%", 65, "%", T, subject="UBND các xã, thị trấn", level="xã", as_of=_Y2024, code=_NOP),
]

# ------------------------------------------------------------ 233: Văn phòng UBND tỉnh Thái Nguyên, quý I năm 2025
_Q4_233 = "2024-12-31"

BLIND_233 = [
    # 1. (512/UBND-KSTT of 18/02/2025 and 766/QĐ-TTg of 23/6/2022 cited); quý IV năm 2024 dated 2024-12-31
    F("đạt 85,94/100", "85,94/100", 85.94, "điểm", max_value=100, code=_TONG),
    F("thứ 11/63", "11/63", 11, "hạng", R, max_value=63, code=_HANG),
    F("đạt 17,26/18", "17,26/18", 17.26, "điểm", max_value=18, code=_HLG),
    F("thứ 9/63", "9/63", 9, "hạng", R, max_value=63, code=ANY),
    F("xếp thứ 6/63)", "6/63", 6, "hạng", PR, max_value=63, as_of=_Q4_233, code=ANY),
    F("giảm 3 bậc", "3", -3, "hạng", CH, code=ANY),
    F("giảm 0,31 điểm", "0,31", -0.31, "điểm", CH, code=_HLG),
    F("(17,57 điểm)", "17,57", 17.57, "điểm", PR, max_value=18, as_of=_Q4_233, code=_HLG),
    F("(16,85 điểm)", "16,85", 16.85, "điểm", max_value=18, subject="cả nước", level=None, code=_HLG),
    # the three components, their points (max 6) and previous values
    F("đúng hạn: 93,55%", "93,55%", 93.55, "%", code="766.hai_long.pakn_dung_han"),
    F("đạt 5,61/6", "5,61/6", 5.61, "điểm", max_value=6, code=ANY),
    F("(quý IV năm 2024: 96,30%)", "96,30%", 96.30, "%", PR, as_of=_Q4_233, code="766.hai_long.pakn_dung_han"),
    F("giảm 2,75%", "2,75%", -2.75, "%", CH, code="766.hai_long.pakn_dung_han"),
    F("PAKN: 96,77%", "96,77%", 96.77, "%", code="766.hai_long.pakn"),
    F("đạt 5,81/6", "5,81/6", 5.81, "điểm", max_value=6, code=ANY),
    F("TTHC: 97,40%", "97,40%", 97.40, "%", code=_HL),
    F("đạt 5,84/6", "5,84/6", 5.84, "điểm", max_value=6, code=ANY),
    F("(quý IV năm 2024: 97,86%)", "97,86%", 97.86, "%", PR, as_of=_Q4_233, code=_HL),
    # 2. PAKN received, by channel (bare parts), by level after "lần lượt là", by body, by field
    F("tiếp nhận 31 PAKN", "31", 31, "PAKN", C, code=_PAKN_TN),
    F("(quý IV năm 2024: 27 PAKN)", "27", 27, "PAKN", PR, as_of=_Q4_233, code=_PAKN_TN),
    F("quốc gia 19 PAKN", "19", 19, "PAKN", C, code=ANY),
    F("tỉnh 08 PAKN", "08", 8, "PAKN", C, code=ANY),
    F("nóng 04 PAKN", "04", 4, "PAKN", C, code=ANY),
    F("là 12, 11", "12", 12, "PAKN", C, subject="cấp tỉnh", level="tỉnh", code=_PAKN_TN),
    F("12, 11 và", "11", 11, "PAKN", C, subject="cấp huyện", level="huyện", code=_PAKN_TN),
    F("và 08 PAKN", "08", 8, "PAKN", C, subject="cấp xã", level="xã", code=_PAKN_TN),
    F("(06 PAKN)", "06", 6, "PAKN", C, subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_PAKN_TN),
    F("(05 PAKN)", "05", 5, "PAKN", C, subject="UBND thành phố Thái Nguyên", level="huyện", code=_PAKN_TN),
    F("(04 PAKN)", "04", 4, "PAKN", C, subject="Sở Xây dựng", level="tỉnh", code=_PAKN_TN),
    F("(14 PAKN", "14", 14, "PAKN", C, subject=ANY, level=ANY, code=ANY),
    F("chiếm 45,16%", "45,16%", 45.16, "%", subject=ANY, level=ANY, code=ANY),
    F("(07 PAKN)", "07", 7, "PAKN", C, subject=ANY, level=ANY, code=ANY),
    F("(03 PAKN)", "03", 3, "PAKN", C, subject=ANY, level=ANY, code=ANY),
    F("xong 28 PAKN", "28", 28, "PAKN", C, code=_PAKN_XL),
    F("đạt 90,32%", "90,32%", 90.32, "%", code=_PAKN_TL),
    F("quá hạn 01 PAKN", "01", 1, "PAKN", C, subject="UBND huyện Đồng Hỷ", level="huyện", code=_PAKN_QH),
    F("còn 03 PAKN", "03", 3, "PAKN", C, code=ANY),
    F("trong đó 01 PAKN", "01", 1, "PAKN", C, subject="Sở Xây dựng", level="tỉnh", code=_PAKN_QH),
    F("là 8,6 ngày", "8,6", 8.6, "ngày", code="pakn.thoi_gian"),
    F("rút ngắn 1,9 ngày", "1,9", -1.9, "ngày", CH, code="pakn.thoi_gian"),
    # 3. counts behind the satisfaction share (no catalogued code); shares by level after "tương ứng là"
    F("là 52.418 hồ sơ", "52.418", 52418, "hồ sơ", C, code=ANY),
    F("trong đó 1.364", "1.364", 1364, "hồ sơ", C, code=ANY),
    F("gửi 48.215", "48.215", 48215, "tin nhắn", C, code=ANY),
    F("là 98,12%", "98,12%", 98.12, "%", subject="cấp tỉnh", level="tỉnh", code=_HL),
    F("98,12%, 96,85%", "96,85%", 96.85, "%", subject="cấp huyện", level="huyện", code=_HL),
    F("và 97,23%", "97,23%", 97.23, "%", subject="cấp xã", level="xã", code=_HL),
    F("có 16/19", "16/19", 16, "đơn vị", C, max_value=19, subject=ANY, level="tỉnh", code=None),
    F("06/9 huyện", "06/9", 6, "huyện", C, max_value=9, subject="cấp huyện", level="huyện", code=None),
    F("(91,46%)", "91,46%", 91.46, "%", subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_HL),
    F("(92,08%)", "92,08%", 92.08, "%", subject="UBND thành phố Phổ Yên", level="huyện", code=_HL),
    F("(93,17%)", "93,17%", 93.17, "%", subject="UBND huyện Võ Nhai", level="huyện", code=_HL),
    # 4. block averages of the group (max 18) with their quý IV năm 2024 values
    F("đạt 17,48/18", "17,48/18", 17.48, "điểm", max_value=18, subject=ANY, level="tỉnh", code=_HLG),
    F("17,62 điểm)", "17,62", 17.62, "điểm", PR, max_value=18, subject=ANY, level="tỉnh", as_of=_Q4_233, code=_HLG),
    F("có 12/19", "12/19", 12, "đơn vị", C, max_value=19, subject=ANY, level="tỉnh", code=None),
    F("tối đa 18/18", "18/18", 18, "điểm", max_value=18, subject=ANY, level="tỉnh", code=_HLG),
    F("đạt 16,94/18", "16,94/18", 16.94, "điểm", max_value=18, subject=ANY, level="huyện", code=_HLG),
    F("17,21 điểm)", "17,21", 17.21, "điểm", PR, max_value=18, subject=ANY, level="huyện", as_of=_Q4_233, code=_HLG),
    F("đạt 16,52/18", "16,52/18", 16.52, "điểm", max_value=18, subject=ANY, level="xã", code=_HLG),
    F("16,38 điểm)", "16,38", 16.38, "điểm", PR, max_value=18, subject=ANY, level="xã", as_of=_Q4_233, code=_HLG),
    F("Có 05 đơn vị", "05", 5, "đơn vị", C, subject="cấp huyện", level="huyện", code=None),
    F("giảm 1,24 điểm", "1,24", -1.24, "điểm", CH, subject="UBND huyện Đồng Hỷ", level="huyện", code=_HLG),
    F("giảm 0,87 điểm", "0,87", -0.87, "điểm", CH, subject="UBND thành phố Phổ Yên", level="huyện", code=_HLG),
    # 5.c) the province's target for quý II năm 2025 (phone 0208.3851.946 is no figure)
    F("tỉnh đạt 100%", "100%", 100, "%", T, as_of="2025-06-30", code="766.hai_long.pakn_dung_han"),
]

# ------------------------------------------------------------ 234: UBND phường Cầu Giấy (Hà Nội), tháng 11 năm 2025
_CG = "UBND phường Cầu Giấy"
_OCT_234 = "2025-10-31"


def _ward(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the ward itself (subject the ward's UBND, level xã)."""
    return F(context, raw, value, unit, kind, subject=_CG, level="xã", **kw)


def _field_234(name: str, files: str, online: str) -> list[Fact]:
    """One "+" line of a field: files received and the field's online share (subject ANY, level xã)."""
    return [
        F(f"{name}: {files}", files, _num(files), "hồ sơ", C, subject=ANY, level="xã", code=_TN),
        F(f"tuyến {online}%", f"{online}%", _num(online), "%", subject=ANY, level="xã", code=_NOP),
    ]


BLIND_234 = [
    # 1. (215/KH-UBND of 08/7/2025 cited; "02 cấp" and "số 36 phố Trần Thái Tông" are no figures)
    _ward("bố trí 14 quầy", "14", 14, "quầy", C, code=None),
    _ward("giải quyết 362 TTHC", "362", 362, "TTHC", C, code=_TTHC),
    _ward("trong đó 241 TTHC", "241", 241, "TTHC", C, code=_TOAN),
    _ward("108 TTHC", "108", 108, "TTHC", C, code=_MOT),
    _ward("và 13 TTHC", "13", 13, "TTHC", C, code=_CHUA),
    # 2. tháng 10/2025 dated 2025-10-31
    _ward("tiếp nhận: 4.286", "4.286", 4286, "hồ sơ", C, code=_TN),
    _ward("(tháng 10/2025: 3.957 hồ sơ)", "3.957", 3957, "hồ sơ", PR, as_of=_OCT_234, code=_TN),
    _ward("tăng 329", "329", 329, "hồ sơ", CH, code=_TN),
    _ward("trực tuyến: 3.518", "3.518", 3518, "hồ sơ", C, code=_NOP),
    _ward("chiếm 82,08%", "82,08%", 82.08, "%", code=_NOP),
    _ward("(tháng 10/2025: 80,47%)", "80,47%", 80.47, "%", PR, as_of=_OCT_234, code=_NOP),
    _ward("giải quyết: 4.105", "4.105", 4105, "hồ sơ", C, code=ANY),
    _ward("đúng hạn 4.087", "4.087", 4087, "hồ sơ", C, code=_DH),
    _ward("(99,56%)", "99,56%", 99.56, "%", code=_DH),
    _ward("quá hạn 18", "18", 18, "hồ sơ", C, code=_QH),
    F("(đất đai 12 hồ sơ", "12", 12, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    F("xây dựng 06 hồ sơ", "06", 6, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    _ward("trung bình: 2,9", "2,9", 2.9, "ngày", code=_TIME),
    _ward("hướng dẫn 1.952", "1.952", 1952, "lượt", C, code=ANY),
    # "+" list by field
    *_field_234("Hộ tịch", "1.428", "93,42"),
    *_field_234("Chứng thực", "1.106", "71,25"),
    *_field_234("Đất đai", "486", "64,81"),
    *_field_234("Xây dựng", "312", "85,26"),
    *_field_234("Đăng ký hộ kinh doanh", "627", "90,11"),
    *_field_234("Các lĩnh vực khác", "327", "76,45"),
    # cumulative since 01/7/2025 (dated at the period end)
    _ward("tiếp nhận 19.734", "19.734", 19734, "hồ sơ", C, code=_TN),
    _ward("trực tuyến 15.621", "15.621", 15621, "hồ sơ", C, code=_NOP),
    _ward("(79,16%)", "79,16%", 79.16, "%", code=_NOP),
    _ward("đạt 99,21%", "99,21%", 99.21, "%", code=_DH),
    # 3. the 2025 target of every commune (dated at the year's end), "chưa đạt chỉ tiêu"
    _ward("tuyến: 1.247/1.563", "1.247/1.563", 1247, "hồ sơ", C, max_value=1563, code=_TT),
    _ward("đạt 79,78%", "79,78%", 79.78, "%", code=_TT, target=80, stated_status="chưa đạt"),
    F("cấp xã là 80%", "80%", 80, "%", T, subject=ANY, level="xã", as_of="2025-12-31", code=_TT),
    _ward("TTHC: 98,91%", "98,91%", 98.91, "%", code=_SH),
    _ward("điện tử: 97,45%", "97,45%", 97.45, "%", code=_KQ),
    _ward("số hóa: 52,36%", "52,36%", 52.36, "%", code=_TSD),
    _ward("(tháng 10/2025: 48,07%)", "48,07%", 48.07, "%", PR, as_of=_OCT_234, code=_TSD),
    _ward("Thực hiện 1.836", "1.836", 1836, "trường hợp", C, code=_CT),
    _ward("thêm 2.415", "2.415", 2415, "tài khoản", C, code=_TK),
    _ward("có 71.628", "71.628", 71628, "tài khoản", C, code=_TK),
    # 4.
    _ward("tiếp nhận 09 phản ánh", "09", 9, "PAKN", C, code=_PAKN_TN),
    _ward("xử lý 08 PAKN", "08", 8, "PAKN", C, code=_PAKN_XL),
    _ward("đạt 88,89%", "88,89%", 88.89, "%", code=_PAKN_TL),
    _ward("; 01 PAKN", "01", 1, "PAKN", C, code=ANY),
    _ward("tiếp nhận 41 PAKN", "41", 41, "PAKN", C, code=_PAKN_TN),
    _ward("xử lý 40 PAKN", "40", 40, "PAKN", C, code=_PAKN_XL),
    _ward("đạt 98,76%", "98,76%", 98.76, "%", code=_HL),
    # 5. rank among the city's 126 xã, phường; tháng 10/2025 dated 2025-10-31
    _ward("đạt 90,42 điểm", "90,42", 90.42, "điểm", code=_TONG),
    _ward("thứ 5/126", "5/126", 5, "hạng", R, max_value=126, code=_HANG),
    _ward("(tháng 10/2025: 88,76 điểm", "88,76", 88.76, "điểm", PR, as_of=_OCT_234, code=_TONG),
    _ward("thứ 9/126)", "9/126", 9, "hạng", PR, max_value=126, as_of=_OCT_234, code=_HANG),
    _ward("tăng 1,66 điểm", "1,66", 1.66, "điểm", CH, code=_TONG),
    _ward("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    _ward("đạt 19,86/22", "19,86/22", 19.86, "điểm", max_value=22, code="766.so_hoa"),
    _ward("đạt 7,98/10", "7,98/10", 7.98, "điểm", max_value=10, code="766.thanh_toan"),
    F("là 84,37 điểm", "84,37", 84.37, "điểm", subject=ANY, level="xã", code=_TONG),
    # 6. the ward's target in tháng 12/2025 (phone 024.3793.2615 is no figure)
    _ward("tối thiểu 80%", "80%", 80, "%", T, as_of="2025-12-31", code=_TT),
]

BLIND = {"230": BLIND_230, "231": BLIND_231, "232": BLIND_232, "233": BLIND_233, "234": BLIND_234}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "230": [
        ("2025-10-20", "day", "20/10/2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "Sở Nông nghiệp và Môi trường"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "Sở Tài chính"),
        ("2025-11-30", "month", "tháng 11/2025", "chuyển đổi, đồng bộ dữ liệu hồ sơ", "Sở Khoa học và Công nghệ"),
        ("2025-11-15", "day", "ngày 15 tháng 11 năm 2025", "kiểm tra việc số hóa hồ sơ", "Văn phòng UBND tỉnh"),
        # issued 06/10/2025: the first "ngày 18 hằng tháng" is 18/10/2025
        ("2025-10-18", "recurring", "18 hằng tháng", "báo cáo kết quả thực hiện",
         "Các sở, ban, ngành, UBND các xã, phường"),
    ],
    "231": [
        ("2025-01-15", "day", "15/01/2025", "giải quyết dứt điểm các hồ sơ khám bệnh, chữa bệnh", "Phòng Nghiệp vụ Y"),
        ("2025-03-31", "quarter", "quý I năm 2025", "đề xuất phương án cung cấp trực tuyến một phần",
         "Phòng Nghiệp vụ Dược"),
        ("2025-03-31", "month", "tháng 3/2025", "sử dụng lại dữ liệu số hóa", "Văn phòng Sở"),
        # issued 06/01/2025: the first "ngày 10 hằng tháng" is 10/01/2025
        ("2025-01-10", "recurring", "10 hằng tháng", "báo cáo kết quả giải quyết TTHC", "Các phòng chức năng thuộc Sở"),
    ],
    "232": [
        ("2024-10-15", "day", "15/10/2024", "xây dựng kế hoạch nâng tỷ lệ hồ sơ nộp trực tuyến",
         "UBND xã Khánh Bình Tây Bắc, UBND xã Trần Hợi"),
        ("2024-10-31", "day", "ngày 31 tháng 10 năm 2024", "giải quyết dứt điểm hồ sơ đất đai quá hạn",
         "Chi nhánh Văn phòng Đăng ký đất đai huyện"),
        ("2024-12-31", "quarter", "quý IV năm 2024", "chứng thực bản sao điện tử", "Phòng Tư pháp huyện"),
        ("2024-12-31", "year", "năm 2024", "tỷ lệ hồ sơ nộp trực tuyến", "UBND các xã, thị trấn"),
        # issued 02/10/2024: the first "ngày 12 hằng tháng" is 12/10/2024
        ("2024-10-12", "recurring", "12 hằng tháng", "tổng hợp kết quả, báo cáo UBND tỉnh",
         "Văn phòng HĐND và UBND huyện"),
    ],
    "233": [
        ("2025-04-25", "day", "25/4/2025", "xử lý dứt điểm PAKN quá hạn", "Sở Xây dựng"),
        ("2025-05-31", "month", "tháng 5/2025", "rà soát nguyên nhân giảm điểm",
         "UBND huyện Đồng Hỷ, UBND thành phố Phổ Yên"),
        ("2025-06-30", "quarter", "quý II năm 2025", "tỷ lệ PAKN được xử lý đúng hạn",
         "Các sở, ban, ngành, UBND các huyện, thành phố"),
        ("2025-05-30", "day", "ngày 30 tháng 5 năm 2025", "bố trí thiết bị đánh giá",
         "Trung tâm Phục vụ hành chính công tỉnh"),
        # issued 14/4/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/5/2025
        ("2025-05-05", "recurring", "05 hằng tháng", "báo cáo kết quả tiếp nhận, xử lý PAKN", "Các cơ quan, đơn vị"),
    ],
    "234": [
        ("2025-12-10", "day", "10/12/2025", "giải quyết dứt điểm các hồ sơ đất đai, xây dựng quá hạn",
         "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("2025-12-31", "month", "tháng 12/2025", "thanh toán phí, lệ phí trực tuyến",
         "Trung tâm Phục vụ hành chính công phường"),
        ("2025-12-31", "day", "ngày 31 tháng 12 năm 2025", "kích hoạt tài khoản định danh điện tử",
         "Phòng Văn hóa - Xã hội"),
        ("2026-03-31", "quarter", "quý I năm 2026", "chuẩn hóa quy trình nội bộ", "Văn phòng HĐND và UBND phường"),
        # issued 04/12/2025: the first "ngày 25 hằng tháng" is 25/12/2025
        ("2025-12-25", "recurring", "25 hằng tháng", "tổng hợp số liệu, báo cáo UBND Thành phố",
         "Trung tâm Phục vụ hành chính công phường"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 230's issuer is UBND tỉnh Ninh Bình (the merged province, as named then); 231's issuer is Sở Y tế under "UBND TỈNH
# GIA LAI"; 232's issuer is a district (province named in "Kính gửi"), period stated as 01/01–30/9/2024; 233's issuer
# is the Văn phòng under "UBND TỈNH THÁI NGUYÊN", a Công văn whose period is the quarter in its "V/v" line; 234's
# issuer is a post-reform ward of thành phố Hà Nội (named in "Kính gửi").
META = {
    "230": {"doc_number": "412/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-10-06",
            "province": "Ninh Bình", "period_label": "tháng 9 năm 2025", "period_start": "2025-09-01",
            "period_end": "2025-09-30", "signer": "Trần Song Tùng"},
    "231": {"doc_number": "28/BC-SYT", "doc_type": "Báo cáo", "issued_date": "2025-01-06",
            "province": "Gia Lai", "period_label": "quý IV năm 2024", "period_start": "2024-10-01",
            "period_end": "2024-12-31", "signer": "Nguyễn Đình Tuấn"},
    "232": {"doc_number": "386/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2024-10-02",
            "province": "Cà Mau", "period_label": "9 tháng năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-09-30", "signer": "Huỳnh Chí Nguyện"},
    "233": {"doc_number": "986/VP-KSTT", "doc_type": "Công văn", "issued_date": "2025-04-14",
            "province": "Thái Nguyên", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Dương Thị Hồng Nhung"},
    "234": {"doc_number": "318/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-12-04",
            "province": "Hà Nội", "period_label": "tháng 11 năm 2025", "period_start": "2025-11-01",
            "period_end": "2025-11-30", "signer": "Nguyễn Quang Hiếu"},
}
