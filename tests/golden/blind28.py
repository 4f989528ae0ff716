"""Blind golden facts for corpus/blind28/215_binh_phuoc.txt, 216_kon_tum.txt, 217_nam_dinh.txt, 218_lang_son.txt and
219_phu_yen.txt.

The five documents were written by the developers for a twenty-eighth blind measurement (provinces reused with
issuers, wording and layouts not used for them before; not real documents), and every row below was written by
reading them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out
text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind16.py and blind13.py: rows use `golden.facts.Fact` (context string
that occurs once in the document + the figure as written inside it). Prose and list counts are kind `count`;
table cells are kind `value` with `extra={"source": "table"}`; `as_of="period"` is the period's end; `ANY`
leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly names none).
"thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; counts of "cơ quan", "đơn
vị", "sở, ban, ngành" the unit `đơn vị`; a count of communes "14/22 xã, thị trấn" the unit `xã`. Every "đã giải
quyết" count and the parts of a received or settled whole ("kỳ trước chuyển sang", "trước hạn", "đúng hạn"
apart) have their code unchecked; "đúng hạn và trước hạn" as one whole carries the on-time code; a relative
change of a count ("tăng 9,4% so với quý II năm 2024") has its code unchecked. A change is dated at the period
end; a rise is positive, a fall ("giảm", "rút ngắn") negative. Dates, document numbers, cited decrees, plans,
letters and decisions ("Quyết định số 766/QĐ-TTg", "Công văn số 2035/VPCP-KSTT", "Quyết định số 112/QĐ-UBND",
"Kế hoạch số 2145/KH-BHXH", "Quyết định số 422/QĐ-TTg", "Kế hoạch số 12/KH-UBND", "Nghị định số
61/2018/NĐ-CP", "Nghị định số 107/2021/NĐ-CP"), "từ ngày 01/3/2025", "so với ngày 30/6/2024" (the date of a
previous value), "17 giờ 00 ngày 31/5/2025", section numbering ("I.", "1.", "a)"), the STT column, phone
numbers ("0271.3879.456", "0260.3862.418", "0228.3849.652", "0205.3861.247", "0257.3818.186") and the hotline
"Tổng đài 1900.9068", addresses ("số 100 đường Trần Phú", "khối 6, thị trấn Cao Lộc", "số 136 đường Hùng Vương,
Phường 5"), "trẻ em dưới 6 tuổi" (an age in a procedure's name), headings naming the next period ("III. NHIỆM VỤ
TRỌNG TÂM THÁNG 6 NĂM 2025", "II. NHIỆM VỤ THÁNG 6 NĂM 2025", "II. NHIỆM VỤ QUÝ IV NĂM 2024", "II. NHIỆM VỤ QUÝ
II NĂM 2025", "II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025": no deadlines) and years are not figures.

New in this set:
- 215 is a monthly Báo cáo of UBND tỉnh Bình Phước to the Văn phòng Chính phủ, tháng 5 năm 2025, issued
  06/6/2025, on the 766 index. Province figures have subject NULL: total "84,57/100", rank "21/63", "so với
  tháng 4/2025 (82,96 điểm, xếp thứ 27/63), điểm số của tỉnh tăng 1,61 điểm và thứ hạng tăng 6 bậc" (previous
  values dated 2025-04-30, the previous total on the /100 scale; the change verbs follow their nouns). The six
  group scores are numbered items "n. <group>: đạt x/max điểm" (sum 84,57); two carry a change ("tăng 0,62
  điểm so với tháng trước", "giảm 0,08 điểm"). "tỷ lệ hồ sơ thanh toán trực tuyến toàn tỉnh đạt 52,38%, trong
  khi chỉ tiêu UBND tỉnh giao năm 2025 là 60%, chưa đạt chỉ tiêu": the target is dated 2025-12-31 and the
  share carries it with status "chưa đạt". "02 phản ánh, kiến nghị … cấp xã" is a count of PAKN (subject ANY,
  level xã, code unchecked). Block averages (subject ANY; levels tỉnh/huyện/xã). "04/11 đơn vị đạt loại Tốt, 06
  đơn vị đạt loại Khá và 01 đơn vị loại Trung bình" are counts of district-level units (unit `đơn vị`, level
  huyện, code None; the first with max 11). Best and worst units with scores in brackets ("thị xã Chơn Thành",
  "huyện Bù Gia Mập", level huyện). Its tab-separated table lists the 11 district-level units (subject as
  written, "UBND thành phố Đồng Xoài", level huyện) with the six group scores and the total ("Tổng điểm",
  code 766.tong_hop): no maximum is written in the headers (max_value None), every row sums to its total, no
  total row. Five deadlines: day, "chậm nhất" day in words, month, quarter, "trước ngày 10 hằng tháng"
  (issued 06/6/2025: first 10/6/2025).
- 216 is a monthly Báo cáo of Sở Xây dựng tỉnh Kon Tum (header "UBND TỈNH KON TUM / SỞ XÂY DỰNG"; it took over
  the Sở Giao thông vận tải on 01/3/2025), tháng 5 năm 2025, issued 05/6/2025, on driving-licence and
  construction-permit files. Every figure is the Sở's (subject "Sở Xây dựng", level tỉnh), except those of one
  field (subject ANY, level tỉnh, as golden/blind13.py's 146): "71 TTHC lĩnh vực đường bộ, đăng kiểm" (code
  unchecked), the field rows of its Markdown table, and the sentences on the driving-licence and
  construction-permit fields after it ("3.105 hồ sơ đổi giấy phép lái xe … chiếm 85,87%": one kind of file and
  its share, code unchecked; "tỷ lệ nộp trực tuyến mới đạt 32,08%" the field's online share; "11 hồ sơ quá hạn"
  its overdue files). "14 lĩnh vực" is a count with code None. "tăng 612 hồ sơ so với tháng 4/2025 (4.736 hồ
  sơ)": a change and a previous value dated 2025-04-30. "trước hạn 3.869 hồ sơ, đúng hạn 1.236 hồ sơ, quá hạn
  21 hồ sơ" are the parts of the settled files; "99,59%" the on-time share. The Markdown table (no units in the
  headers; the line above names "Số hồ sơ"; four "0" cells) has a "Tổng cộng" row with an empty STT cell (= the
  Sở; its figures are also in the prose). "Chỉ tiêu UBND tỉnh giao cho Sở năm 2025 về thanh toán trực tuyến là
  70%, Sở đã đạt chỉ tiêu": the Sở's target dated 2025-12-31; 78,64% carries it with status "đạt". "(05 PAKN
  về …, 02 PAKN về …)" are bare parts of the PAKN received (code unchecked). "xếp thứ 6/19 sở, ban, ngành
  (tháng 4/2025: 84,05 điểm, xếp thứ 9/19), tăng 2,69 điểm và tăng 3 bậc": rank among the province's agencies,
  previous values dated 2025-04-30 (the Sở's score has no max). Four deadlines: day, quarter, "chậm nhất" day in
  words, "trước ngày 22 hằng tháng" (issued 05/6/2025: first 22/6/2025).
- 217 is a quarterly Báo cáo of Bảo hiểm xã hội tỉnh Nam Định (header "BẢO HIỂM XÃ HỘI VIỆT NAM / BẢO HIỂM XÃ
  HỘI TỈNH NAM ĐỊNH": a body of a central agency, not of the UBND), quý III năm 2024, issued 07/10/2024. Its
  own figures (the whole branch: "toàn ngành BHXH tỉnh", "BHXH tỉnh tiếp nhận …") are at level tỉnh with
  subject ANY: whether a reader names it "Bảo hiểm xã hội tỉnh", "BHXH tỉnh" or "Bảo hiểm xã hội tỉnh Nam Định"
  is a naming choice. Its two parts have subject as written: "Văn phòng BHXH tỉnh" (level tỉnh) and "BHXH các
  huyện, thành phố" (level huyện). "25/25 TTHC … toàn trình …, đạt 100%" counts the procedures offered fully
  online (max 25) and their share. "hồ sơ nộp qua giao dịch điện tử và dịch vụ công trực tuyến" is the online
  submission. Files by kind ("hồ sơ thu, cấp sổ …", "hồ sơ giải quyết các chế độ …", "hồ sơ giám định …") and
  the linked-service files ("liên thông … lần lượt 9.804 hồ sơ và 3.351 hồ sơ") name no catalogued indicator
  (code unchecked). "đúng hạn và trước hạn 210.912 hồ sơ, đạt 99,86%" carries the on-time code. Its Markdown
  table (alignment colons in the separator row; units in two headers, "Hồ sơ tiếp nhận" and "Nộp trực tuyến
  (%)", the third "Quá hạn" counting files) lists the 10 district branches (subject as written, "BHXH thành phố
  Nam Định", "BHXH huyện Hải Hậu", level huyện), no total row; their received files add up to the prose
  138.540. "chiếm 36,49% số hồ sơ quá hạn của khối huyện" is the two named branches' share of the overdue files
  (subject ANY, level huyện, code unchecked). The share of pensions paid into accounts "92,38%; chỉ tiêu BHXH
  Việt Nam giao năm 2024 là 90%, đã đạt chỉ tiêu" (code unchecked: not a catalogued indicator) carries a target
  dated 2024-12-31 with status "đạt". VssID users "652.418 người, tăng 18.206 người so với ngày 30/6/2024
  (634.212 người)" (unit `người`, code unchecked; subject and level ANY: users living in the province, counted
  by the branch; the previous value dated 2024-06-30). "(quý II năm 2024: 45 PAKN)" is a previous count dated
  2024-06-30; "38/38 PAKN" one count of PAKN answered (max 38). "xếp thứ 9/63 BHXH các tỉnh, thành phố … (quý
  II năm 2024 xếp thứ 14/63)" ranks the branch among the 63 provincial branches (not the 766 ranking: code
  unchecked), the previous rank dated 2024-06-30. The target "đến hết năm 2024 … đạt tối thiểu 95%" in the task
  of "Phòng Kế hoạch - Tài chính" is the branch's (subject ANY, level tỉnh), dated 2024-12-31. Five deadlines:
  day, month for two named branches, "chậm nhất" day in words, year (with the target), "trước ngày 18 hằng
  tháng" (issued 07/10/2024: first 18/10/2024).
- 218 is a quarterly Báo cáo of UBND huyện Cao Lộc (tỉnh Lạng Sơn, named only in "Kính gửi"), quý I năm 2025,
  issued 03/4/2025, before the July 2025 reform. Figures under "a) Cấp huyện" have subject "cấp huyện" (level
  huyện), those under "b) Cấp xã" subject "cấp xã" (level xã), as golden/blind14.py's 151 does; "268 TTHC cấp
  huyện … 117 TTHC cấp xã" likewise; the district's own decisions, PAKN, score and rank have subject "UBND
  huyện Cao Lộc", level huyện. "(kỳ trước chuyển sang 238 hồ sơ)" is a part (code unchecked); "So với quý IV
  năm 2024 (3.687 hồ sơ), số hồ sơ tiếp nhận tăng 439 hồ sơ": previous value dated 2024-12-31 and a change;
  "tập trung ở lĩnh vực đất đai (38 hồ sơ)" the overdue files of one field (subject ANY, level huyện). Targets
  by level in a bracket "(cấp huyện 75%, cấp xã 55%)", dated 2025-12-31; both levels "đã đạt chỉ tiêu".
  "14/22 xã, thị trấn đạt chỉ tiêu; 08 xã chưa đạt" are counts of communes (unit `xã`, subject "cấp xã", code
  None). Then a dash list "- Xã <name>: tiếp nhận a hồ sơ, nộp trực tuyến b hồ sơ, đạt c%;" of the eight
  communes (subject as written, "Xã Mẫu Sơn", level xã; two shares written "40,00%" and "50,00%"). Shares by
  level after "lần lượt là". "(qua Cổng Dịch vụ công 02 PAKN, qua đường dây nóng 03 PAKN)" are bare parts of the
  PAKN received (code unchecked); "05/05 PAKN" one count (max 5). "xếp thứ 4/11 huyện, thành phố, tăng 2 bậc so
  với quý IV năm 2024 (xếp thứ 6/11)": rank among the province's 11 district-level units, previous rank dated
  2024-12-31. "Điểm bình quân của UBND các xã, thị trấn" is a level average (subject ANY, level xã); best and
  worst communes with scores in brackets ("thị trấn Đồng Đăng", "xã Mẫu Sơn", level xã). The target "đến hết quý
  II năm 2025 … của cấp xã đạt tối thiểu 50%" in the task of "UBND các xã, thị trấn" is theirs, dated
  2025-06-30. Five deadlines: day for two named communes, month, "chậm nhất" day in words, quarter (with the
  target), "trước ngày 16 hằng tháng" (issued 03/4/2025: first 16/4/2025).
- 219 is an annual Báo cáo of the Trung tâm Phục vụ hành chính công tỉnh Phú Yên (header "VĂN PHÒNG UBND TỈNH
  PHÚ YÊN / TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", place line "Tuy Hòa"), năm 2024 (title also names "năm
  2025"), issued 10/01/2025. The Centre's own figures have subject "Trung tâm Phục vụ hành chính công tỉnh",
  level tỉnh, as golden/blind10.py's 134 does; "46 quầy", "19 sở, ban, ngành" and "05 cơ quan ngành dọc" are
  counts with code None. "1.128 TTHC được cung cấp dịch vụ công trực tuyến (toàn trình 742 TTHC, một phần 386
  TTHC)": the whole has its code unchecked. New: figures by quarter after "lần lượt là" ("trong các quý I, II,
  III và IV lần lượt là 21.436, 24.918, 23.057 và 26.311 hồ sơ"; "tỷ lệ nộp trực tuyến của từng quý tương ứng
  là 68,40%, 72,15%, 75,86% và 79,45%"): the n-th figure is dated at the n-th quarter's end (2024-03-31,
  2024-06-30, 2024-09-30, period end). "(năm 2023: 63,85%)" and "(năm 2023: 87 PAKN)" are previous values dated
  2023-12-31. Two Sở with overdue files in brackets (subject as written, level tỉnh). "4,8 ngày/hồ sơ, rút ngắn
  0,6 ngày" the processing time and its fall. "8.236 hồ sơ" returned by post has its code unchecked. The
  province-wide sentence "toàn tỉnh tiếp nhận 512.684 hồ sơ, trong đó cấp tỉnh …, cấp huyện …, cấp xã …; tỷ lệ
  nộp trực tuyến tương ứng là …" is the province's (subject NULL) and its levels' ("cấp tỉnh" level tỉnh …).
  "vượt chỉ tiêu UBND tỉnh giao năm 2024 (50%)": the target at the period end; 61,42% carries it with status
  "đạt". "5.618 trường hợp" of electronic certification (unit `trường hợp`); "3.415 tài khoản định danh điện
  tử" activated at the counters (unit `tài khoản`, code unchecked: a part of the province's accounts). Section 6
  is about the province (subject NULL): total "83,92/100", rank "24/63", "(năm 2023: 78,45 điểm, xếp thứ 41/63)"
  dated 2023-12-31, "tăng 5,47 điểm và tăng 17 bậc", two group scores. The target "đến hết năm 2025 … của Trung
  tâm đạt tối thiểu 70%" is the Centre's, dated 2025-12-31. Five deadlines: day, quarter, "chậm nhất" day in
  words for a Sở the Centre writes "Đề nghị" to, year (with the target), "trước ngày 20 hằng tháng" (issued
  10/01/2025: first 20/01/2025).
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
_GROUPS = ("766.cong_khai", "766.tien_do", "766.dvctt", "766.thanh_toan", "766.hai_long", "766.so_hoa")


def _cells(subject: object, level: object, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject, level=level,
              as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


# ------------------------------------------------------------ 215: UBND tỉnh Bình Phước, tháng 5 năm 2025
_APR_215 = "2025-04-30"


def _row_215(subject: str, scores: str, after: str) -> list[Fact]:
    """One tab-separated row of a district-level unit: the six group scores, then the total (no maxima)."""
    raws = scores.split()
    codes = (*_GROUPS, _TONG)
    cells = [(raw, "điểm", P, code, "period") for raw, code in zip(raws, codes, strict=True)]
    return _cells(subject, "huyện", cells, after, "\t", "\n")


BLIND_215 = [
    # I. (766/QĐ-TTg of 23/6/2022 and 2035/VPCP-KSTT of 18/3/2025 cited; "17 giờ 00 ngày 31/5/2025" is a time)
    F("đạt 84,57/100", "84,57/100", 84.57, "điểm", max_value=100, code=_TONG),
    F("thứ 21/63", "21/63", 21, "hạng", R, max_value=63, code=_HANG),
    F("(82,96 điểm", "82,96", 82.96, "điểm", PR, max_value=100, as_of=_APR_215, code=_TONG),
    F("thứ 27/63)", "27/63", 27, "hạng", PR, max_value=63, as_of=_APR_215, code=_HANG),
    F("tăng 1,61 điểm", "1,61", 1.61, "điểm", CH, code=_TONG),
    F("tăng 6 bậc", "6", 6, "hạng", CH, code=_HANG),
    # the six groups as numbered items
    F("đạt 16,92/18", "16,92/18", 16.92, "điểm", max_value=18, code="766.cong_khai"),
    F("đạt 19,38/20", "19,38/20", 19.38, "điểm", max_value=20, code="766.tien_do"),
    F("đạt 9,46/12", "9,46/12", 9.46, "điểm", max_value=12, code="766.dvctt"),
    F("đạt 6,85/10", "6,85/10", 6.85, "điểm", max_value=10, code="766.thanh_toan"),
    F("tăng 0,62 điểm", "0,62", 0.62, "điểm", CH, code="766.thanh_toan"),
    F("toàn tỉnh đạt 52,38%", "52,38%", 52.38, "%", code=_TT, target=60, stated_status="chưa đạt"),
    F("năm 2025 là 60%", "60%", 60, "%", T, as_of="2025-12-31", code=_TT),
    F("đạt 17,64/18", "17,64/18", 17.64, "điểm", max_value=18, code="766.hai_long"),
    F("giảm 0,08 điểm", "0,08", -0.08, "điểm", CH, code="766.hai_long"),
    F("phát sinh 02 phản ánh", "02", 2, "PAKN", C, subject=ANY, level="xã", code=ANY),
    F("đạt 14,32/22", "14,32/22", 14.32, "điểm", max_value=22, code="766.so_hoa"),
    # II.1, II.2 block averages, counts by grade, best and worst units
    F("ngành đạt 87,12 điểm", "87,12", 87.12, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("thành phố đạt 82,50 điểm", "82,50", 82.50, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("loại: 04/11", "04/11", 4, "đơn vị", C, max_value=11, subject=ANY, level="huyện", code=None),
    F("Tốt, 06 đơn vị", "06", 6, "đơn vị", C, subject=ANY, level="huyện", code=None),
    F("và 01 đơn vị", "01", 1, "đơn vị", C, subject=ANY, level="huyện", code=None),
    F("Chơn Thành (89,36 điểm)", "89,36", 89.36, "điểm", subject="thị xã Chơn Thành", level="huyện", code=_TONG),
    F("Bù Gia Mập (69,84 điểm)", "69,84", 69.84, "điểm", subject="huyện Bù Gia Mập", level="huyện", code=_TONG),
    # tab-separated table of the 11 district-level units (six groups, total)
    *_row_215("UBND thành phố Đồng Xoài", "16,94 19,05 10,42 7,38 17,72 16,61 88,12", "2\tUBND thị xã Bình Long"),
    *_row_215("UBND thị xã Bình Long", "16,38 19,33 9,56 7,04 17,08 14,98 84,37", "3\tUBND thị xã Phước Long"),
    *_row_215("UBND thị xã Phước Long", "16,49 19,56 8,91 6,15 17,59 14,76 83,46", "4\tUBND thị xã Chơn Thành"),
    *_row_215("UBND thị xã Chơn Thành", "17,23 19,35 10,70 7,47 17,88 16,73 89,36", "5\tUBND huyện Bù Đăng"),
    *_row_215("UBND huyện Bù Đăng", "16,07 18,41 9,02 6,57 16,93 14,05 81,05", "6\tUBND huyện Bù Đốp"),
    *_row_215("UBND huyện Bù Đốp", "16,59 18,60 8,77 5,68 16,56 12,74 78,94", "7\tUBND huyện Bù Gia Mập"),
    *_row_215("UBND huyện Bù Gia Mập", "15,71 17,64 6,33 4,48 16,16 9,52 69,84", "8\tUBND huyện Đồng Phú"),
    *_row_215("UBND huyện Đồng Phú", "17,18 19,53 9,40 6,72 17,59 15,31 85,73", "9\tUBND huyện Hớn Quản"),
    *_row_215("UBND huyện Hớn Quản", "16,67 18,42 9,04 5,66 17,02 13,46 80,27", "10\tUBND huyện Lộc Ninh"),
    *_row_215("UBND huyện Lộc Ninh", "15,87 18,75 8,27 6,08 17,42 13,23 79,62", "11\tUBND huyện Phú Riềng"),
    *_row_215("UBND huyện Phú Riềng", "17,38 19,05 10,08 7,12 17,71 15,44 86,78", "\n3. Khối xã"),
    # II.3 (0271.3879.456 is a phone number)
    F("trấn đạt 79,64 điểm", "79,64", 79.64, "điểm", subject=ANY, level="xã", code=_TONG),
]

# ------------------------------------------------------------ 216: Sở Xây dựng tỉnh Kon Tum, tháng 5 năm 2025
_SXD = "Sở Xây dựng"
_APR_216 = "2025-04-30"


def _so(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SXD, level="tỉnh", **kw)


def _field(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about one field of the Sở's work (subject unchecked, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=ANY, level="tỉnh", **kw)


def _row_216(subject: object, received: str, online: str, settled: str, overdue: str, after: str) -> list[Fact]:
    """One Markdown row of a field (or the total): files received, submitted online, settled, overdue."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (settled, "hồ sơ", P, ANY, "period"), (overdue, "hồ sơ", P, _QH, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_216 = [
    # I.1 (1187/UBND-KSTT of 14/4/2025 and 112/QĐ-UBND of 26/02/2025 cited; "từ ngày 01/3/2025" is a date)
    _so("thực hiện 156 TTHC", "156", 156, "TTHC", C, code=_TTHC),
    _so("thuộc 14 lĩnh vực", "14", 14, "lĩnh vực", C, code=None),
    _field("có 71 TTHC", "71", 71, "TTHC", C, code=ANY),
    _so("là 98 TTHC", "98", 98, "TTHC", C, code=_TOAN),
    _so("chiếm 62,82%", "62,82%", 62.82, "%", code=_TOAN),
    # I.2 tháng 4/2025 dated 2025-04-30
    _so("tiếp nhận 5.348", "5.348", 5348, "hồ sơ", C, code=_TN),
    _so("tăng 612 hồ sơ", "612", 612, "hồ sơ", CH, code=_TN),
    _so("(4.736 hồ sơ)", "4.736", 4736, "hồ sơ", PR, as_of=_APR_216, code=_TN),
    _so("trực tuyến 4.417", "4.417", 4417, "hồ sơ", C, code=_NOP),
    _so("chiếm 82,59%", "82,59%", 82.59, "%", code=_NOP),
    _so("giải quyết 5.126", "5.126", 5126, "hồ sơ", C, code=ANY),
    _so("trước hạn 3.869", "3.869", 3869, "hồ sơ", C, code=ANY),
    _so("đúng hạn 1.236", "1.236", 1236, "hồ sơ", C, code=ANY),
    _so("quá hạn 21 hồ sơ", "21", 21, "hồ sơ", C, code=_QH),
    _so("đạt 99,59%", "99,59%", 99.59, "%", code=_DH),
    _so("là 222 hồ sơ", "222", 222, "hồ sơ", C, code=ANY),
    # Markdown table by field, "Tổng cộng" row (= the Sở)
    *_row_216(ANY, "3.962", "3.616", "3.874", "0", "| 2 | Đăng ký"),
    *_row_216(ANY, "126", "98", "119", "0", "| 3 | Vận tải"),
    *_row_216(ANY, "512", "447", "498", "2", "| 4 | Cấp giấy phép"),
    *_row_216(ANY, "318", "102", "284", "11", "| 5 | Quản lý"),
    *_row_216(ANY, "147", "63", "131", "6", "| 6 | Nhà ở"),
    *_row_216(ANY, "183", "54", "169", "2", "| 7 | Các lĩnh vực"),
    *_row_216(ANY, "100", "37", "51", "0", "| | Tổng cộng"),
    *_row_216(_SXD, "5.348", "4.417", "5.126", "21", "\nTrong lĩnh vực"),
    # the driving-licence and construction-permit fields
    _field("có 3.105 hồ sơ", "3.105", 3105, "hồ sơ", C, code=ANY),
    _field("chiếm 85,87%", "85,87%", 85.87, "%", code=ANY),
    _field("mới đạt 32,08%", "32,08%", 32.08, "%", code=_NOP),
    _field("; 11 hồ sơ quá hạn", "11", 11, "hồ sơ", C, code=_QH),
    # I.3 the Sở's 2025 target (dated at the year's end), "đã đạt chỉ tiêu"
    _so("Sở đạt 78,64%", "78,64%", 78.64, "%", code=_TT, target=70, stated_status="đạt"),
    _so("2025: 74,12%)", "74,12%", 74.12, "%", PR, as_of=_APR_216, code=_TT),
    _so("trực tuyến là 70%", "70%", 70, "%", T, as_of="2025-12-31", code=_TT),
    _so("đạt 95,37%", "95,37%", 95.37, "%", code=_SH),
    _so("đạt 97,81%", "97,81%", 97.81, "%", code=_KQ),
    # I.4
    _so("tiếp nhận 07 phản ánh", "07", 7, "PAKN", C, code=_PAKN_TN),
    _so("(05 PAKN", "05", 5, "PAKN", C, code=ANY),
    _so("02 PAKN về", "02", 2, "PAKN", C, code=ANY),
    _so("xử lý 06 PAKN", "06", 6, "PAKN", C, code=_PAKN_XL),
    _so("còn 01 PAKN", "01", 1, "PAKN", C, code=ANY),
    _so("đạt 94,18%", "94,18%", 94.18, "%", code=_HL),
    # I.5 rank among the province's agencies; tháng 4/2025 dated 2025-04-30 ("số 100 đường Trần Phú" is an
    # address, 0260.3862.418 a phone number)
    _so("đạt 86,74 điểm", "86,74", 86.74, "điểm", code=_TONG),
    _so("thứ 6/19", "6/19", 6, "hạng", R, max_value=19, code=_HANG),
    _so("2025: 84,05 điểm", "84,05", 84.05, "điểm", PR, as_of=_APR_216, code=_TONG),
    _so("thứ 9/19)", "9/19", 9, "hạng", PR, max_value=19, as_of=_APR_216, code=_HANG),
    _so("tăng 2,69 điểm", "2,69", 2.69, "điểm", CH, code=_TONG),
    _so("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
]

# ------------------------------------------------------------ 217: BHXH tỉnh Nam Định, quý III năm 2024
_Q2_217 = "2024-06-30"


def _bh(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the provincial social-insurance branch itself (level tỉnh; its name left unchecked)."""
    return F(context, raw, value, unit, kind, subject=ANY, level="tỉnh", **kw)


def _row_217(subject: str, received: str, online: str, overdue: str, after: str) -> list[Fact]:
    """One Markdown row of a district branch: files received, online share, overdue files."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"),
             (overdue, "hồ sơ", P, _QH, "period")]
    return _cells(subject, "huyện", cells, after, " | ", " |\n")


BLIND_217 = [
    # I.1 (2145/KH-BHXH of 28/12/2023 and 422/QĐ-TTg of 04/4/2022 cited)
    _bh("thực hiện 25 TTHC", "25", 25, "TTHC", C, code=_TTHC),
    _bh("; 25/25 TTHC", "25/25", 25, "TTHC", C, max_value=25, code=_TOAN),
    _bh("Nam, đạt 100%", "100%", 100, "%", code=_TOAN),
    # I.2
    _bh("tiếp nhận 214.386", "214.386", 214386, "hồ sơ", C, code=_TN),
    _bh("tăng 9,4%", "9,4%", 9.4, "%", CH, code=ANY),
    _bh("là 205.917", "205.917", 205917, "hồ sơ", C, code=_NOP),
    _bh("chiếm 96,05%", "96,05%", 96.05, "%", code=_NOP),
    F("tiếp nhận 75.846", "75.846", 75846, "hồ sơ", C, subject="Văn phòng BHXH tỉnh", level="tỉnh", code=_TN),
    F("tiếp nhận 138.540", "138.540", 138540, "hồ sơ", C, subject="BHXH các huyện, thành phố", level="huyện",
      code=_TN),
    _bh("là 148.602", "148.602", 148602, "hồ sơ", C, code=ANY),
    _bh("là 52.319", "52.319", 52319, "hồ sơ", C, code=ANY),
    _bh("là 13.465", "13.465", 13465, "hồ sơ", C, code=ANY),
    _bh("giải quyết 211.208", "211.208", 211208, "hồ sơ", C, code=ANY),
    _bh("trước hạn 210.912", "210.912", 210912, "hồ sơ", C, code=_DH),
    _bh("đạt 99,86%", "99,86%", 99.86, "%", code=_DH),
    _bh("quá hạn 296", "296", 296, "hồ sơ", C, code=_QH),
    # Markdown table of the 10 district branches (no total row)
    *_row_217("BHXH thành phố Nam Định", "24.318", "97,82", "34", "| 2 | BHXH huyện Mỹ Lộc"),
    *_row_217("BHXH huyện Mỹ Lộc", "6.205", "96,15", "8", "| 3 | BHXH huyện Vụ Bản"),
    *_row_217("BHXH huyện Vụ Bản", "11.472", "95,47", "17", "| 4 | BHXH huyện Ý Yên"),
    *_row_217("BHXH huyện Ý Yên", "17.936", "93,06", "41", "| 5 | BHXH huyện Nghĩa Hưng"),
    *_row_217("BHXH huyện Nghĩa Hưng", "14.083", "92,84", "36", "| 6 | BHXH huyện Nam Trực"),
    *_row_217("BHXH huyện Nam Trực", "13.517", "95,91", "19", "| 7 | BHXH huyện Trực Ninh"),
    *_row_217("BHXH huyện Trực Ninh", "12.694", "96,38", "14", "| 8 | BHXH huyện Xuân Trường"),
    *_row_217("BHXH huyện Xuân Trường", "10.862", "97,05", "9", "| 9 | BHXH huyện Giao Thủy"),
    *_row_217("BHXH huyện Giao Thủy", "12.375", "94,72", "16", "| 10 | BHXH huyện Hải Hậu"),
    *_row_217("BHXH huyện Hải Hậu", "15.078", "95,63", "17", "\nHai đơn vị"),
    F("chiếm 36,49%", "36,49%", 36.49, "%", subject=ANY, level="huyện", code=ANY),
    # I.3 linked services ("trẻ em dưới 6 tuổi" is no figure)
    _bh("Tiếp nhận 9.872", "9.872", 9872, "hồ sơ", C, code=ANY),
    _bh("và 3.415 hồ sơ", "3.415", 3415, "hồ sơ", C, code=ANY),
    _bh("lần lượt 9.804", "9.804", 9804, "hồ sơ", C, code=ANY),
    _bh("và 3.351 hồ sơ", "3.351", 3351, "hồ sơ", C, code=ANY),
    # I.4 the 2024 target (dated at the year's end), "đã đạt chỉ tiêu"; ngày 30/6/2024 = end of quý II
    _bh("đạt 92,38%", "92,38%", 92.38, "%", code=ANY, target=90, stated_status="đạt"),
    _bh("năm 2024 là 90%", "90%", 90, "%", T, as_of="2024-12-31", code=ANY),
    F("là 652.418", "652.418", 652418, "người", C, subject=ANY, level=ANY, code=ANY),
    F("tăng 18.206", "18.206", 18206, "người", CH, subject=ANY, level=ANY, code=ANY),
    F("(634.212 người)", "634.212", 634212, "người", PR, subject=ANY, level=ANY, as_of=_Q2_217, code=ANY),
    # I.5
    _bh("đạt 98,47%", "98,47%", 98.47, "%", code=_SH),
    _bh("điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    # I.6 ("Tổng đài 1900.9068" is a hotline)
    _bh("tiếp nhận 38 phản ánh", "38", 38, "PAKN", C, code=_PAKN_TN),
    _bh("2024: 45 PAKN)", "45", 45, "PAKN", PR, as_of=_Q2_217, code=_PAKN_TN),
    _bh("trả lời 38/38", "38/38", 38, "PAKN", C, max_value=38, code=_PAKN_XL),
    _bh("PAKN, đạt 100%", "100%", 100, "%", code=_PAKN_TL),
    _bh("đạt 97,26%", "97,26%", 97.26, "%", code=_HL),
    # I.7 rank among the 63 provincial branches (not the 766 ranking)
    _bh("thứ 9/63", "9/63", 9, "hạng", R, max_value=63, code=ANY),
    _bh("thứ 14/63)", "14/63", 14, "hạng", PR, max_value=63, as_of=_Q2_217, code=ANY),
    # II.4 the branch's target by the end of 2024 (0228.3849.652 is a phone number)
    _bh("tối thiểu 95%", "95%", 95, "%", T, as_of="2024-12-31", code=ANY),
]

# ------------------------------------------------------------ 218: UBND huyện Cao Lộc (Lạng Sơn), quý I năm 2025
_CL = "UBND huyện Cao Lộc"
_Q4_218 = "2024-12-31"


def _huyen(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "a) Cấp huyện" or about cấp huyện (subject "cấp huyện", level huyện)."""
    return F(context, raw, value, unit, kind, subject="cấp huyện", level="huyện", **kw)


def _xa(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure under "b) Cấp xã" or about cấp xã (subject "cấp xã", level xã)."""
    return F(context, raw, value, unit, kind, subject="cấp xã", level="xã", **kw)


def _district(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the district itself (subject its UBND, level huyện)."""
    return F(context, raw, value, unit, kind, subject=_CL, level="huyện", **kw)


def _commune(name: str, received: str, online: str, share: str) -> list[Fact]:
    """One dash-list line `- Xã <name>: tiếp nhận a hồ sơ, nộp trực tuyến b hồ sơ, đạt c%`."""
    subject = f"Xã {name}"
    return [
        F(f"{subject}: tiếp nhận {received}", received, _num(received), "hồ sơ", C, subject=subject, level="xã",
          code=_TN),
        F(f"{received} hồ sơ, nộp trực tuyến {online}", online, _num(online), "hồ sơ", C, subject=subject,
          level="xã", code=_NOP),
        F(f"{online} hồ sơ, đạt {share}", share, _num(share), "%", subject=subject, level="xã", code=_NOP,
          target=55, stated_status="chưa đạt"),
    ]


BLIND_218 = [
    # I.1 (12/KH-UBND of 20/01/2025 cited; "khối 6, thị trấn Cao Lộc" is an address)
    _district("triển khai 03 quyết định", "03", 3, "quyết định", C, code=None),
    _huyen("khai 268 TTHC", "268", 268, "TTHC", C, code=_TTHC),
    _xa("và 117 TTHC", "117", 117, "TTHC", C, code=_TTHC),
    # I.2 a) cấp huyện; quý IV năm 2024 dated 2024-12-31
    _huyen("tiếp nhận 4.126", "4.126", 4126, "hồ sơ", C, code=_TN),
    _huyen("sang 238 hồ sơ", "238", 238, "hồ sơ", C, code=ANY),
    _huyen("trực tuyến 3.302", "3.302", 3302, "hồ sơ", C, code=_NOP),
    _huyen("đạt 80,03%", "80,03%", 80.03, "%", code=_NOP, target=75, stated_status="đạt"),
    _huyen("(3.687 hồ sơ)", "3.687", 3687, "hồ sơ", PR, as_of=_Q4_218, code=_TN),
    _huyen("tăng 439 hồ sơ", "439", 439, "hồ sơ", CH, code=_TN),
    _huyen("giải quyết 3.915", "3.915", 3915, "hồ sơ", C, code=ANY),
    _huyen("đúng hạn 3.871", "3.871", 3871, "hồ sơ", C, code=_DH),
    _huyen("đạt 98,88%", "98,88%", 98.88, "%", code=_DH),
    _huyen("quá hạn 44 hồ sơ", "44", 44, "hồ sơ", C, code=_QH),
    F("đai (38 hồ sơ)", "38", 38, "hồ sơ", C, subject=ANY, level="huyện", code=_QH),
    # I.2 b) cấp xã
    _xa("tiếp nhận 6.854", "6.854", 6854, "hồ sơ", C, code=_TN),
    _xa("trực tuyến 4.251", "4.251", 4251, "hồ sơ", C, code=_NOP),
    _xa("đạt 62,02%", "62,02%", 62.02, "%", code=_NOP, target=55, stated_status="đạt"),
    _xa("giải quyết 6.790", "6.790", 6790, "hồ sơ", C, code=ANY),
    _xa("đúng hạn 6.781", "6.781", 6781, "hồ sơ", C, code=_DH),
    _xa("(99,87%)", "99,87%", 99.87, "%", code=_DH),
    _xa("quá hạn 09 hồ sơ", "09", 9, "hồ sơ", C, code=_QH),
    # targets by level in a bracket (2025: dated at the year's end); counts of communes; the eight communes
    _huyen("(cấp huyện 75%", "75%", 75, "%", T, as_of="2025-12-31", code=_NOP),
    _xa("cấp xã 55%)", "55%", 55, "%", T, as_of="2025-12-31", code=_NOP),
    _xa("có 14/22", "14/22", 14, "xã", C, max_value=22, code=None),
    _xa("; 08 xã", "08", 8, "xã", C, code=None),
    *_commune("Mẫu Sơn", "96", "30", "31,25%"),
    *_commune("Công Sơn", "142", "53", "37,32%"),
    *_commune("Xuất Lễ", "185", "74", "40,00%"),
    *_commune("Thanh Lòa", "167", "71", "42,51%"),
    *_commune("Cao Lâu", "203", "94", "46,31%"),
    *_commune("Bảo Lâm", "158", "79", "50,00%"),
    *_commune("Hải Yến", "221", "115", "52,04%"),
    *_commune("Lộc Yên", "176", "95", "53,98%"),
    # I.3 by level
    _huyen("huyện đạt 58,16%", "58,16%", 58.16, "%", code=_TT),
    _xa("xã đạt 41,27%", "41,27%", 41.27, "%", code=_TT),
    _huyen("là 92,64%", "92,64%", 92.64, "%", code=_SH),
    _xa("và 81,35%", "81,35%", 81.35, "%", code=_SH),
    # I.4 the district's PAKN
    _district("tiếp nhận 05 phản ánh", "05", 5, "PAKN", C, code=_PAKN_TN),
    _district("công 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    _district("nóng 03 PAKN", "03", 3, "PAKN", C, code=ANY),
    _district("xử lý 05/05", "05/05", 5, "PAKN", C, max_value=5, code=_PAKN_XL),
    _district("đạt 100%", "100%", 100, "%", code=_PAKN_TL),
    # I.5 rank among the province's 11 district-level units; quý IV năm 2024 dated 2024-12-31
    _district("đạt 84,26 điểm", "84,26", 84.26, "điểm", code=_TONG),
    _district("thứ 4/11", "4/11", 4, "hạng", R, max_value=11, code=_HANG),
    _district("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    _district("thứ 6/11)", "6/11", 6, "hạng", PR, max_value=11, as_of=_Q4_218, code=_HANG),
    F("đạt 78,42 điểm", "78,42", 78.42, "điểm", subject=ANY, level="xã", code=_TONG),
    F("(88,15 điểm)", "88,15", 88.15, "điểm", subject="thị trấn Đồng Đăng", level="xã", code=_TONG),
    F("(65,30 điểm)", "65,30", 65.30, "điểm", subject="xã Mẫu Sơn", level="xã", code=_TONG),
    # II.4 the communes' target by the end of quý II năm 2025 (0205.3861.247 is a phone number)
    F("tối thiểu 50%", "50%", 50, "%", T, subject="UBND các xã, thị trấn", level="xã", as_of="2025-06-30",
      code=_TT),
]

# ------------------------------------------------------------ 219: TTPVHCC tỉnh Phú Yên, năm 2024
_TTC = "Trung tâm Phục vụ hành chính công tỉnh"
_Y2023 = "2023-12-31"


def _ttc(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Centre itself (subject the Centre, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_TTC, level="tỉnh", **kw)


BLIND_219 = [
    # I.1 (61/2018/NĐ-CP and 107/2021/NĐ-CP cited; "số 136 đường Hùng Vương, Phường 5" is an address)
    _ttc("bố trí 46 quầy", "46", 46, "quầy", C, code=None),
    _ttc("cho 19 sở", "19", 19, "đơn vị", C, code=None),
    _ttc("và 05 cơ quan", "05", 5, "đơn vị", C, code=None),
    # I.2
    _ttc("là 1.386 TTHC", "1.386", 1386, "TTHC", C, code=_TTHC),
    _ttc("trong đó 1.128 TTHC", "1.128", 1128, "TTHC", C, code=ANY),
    _ttc("toàn trình 742", "742", 742, "TTHC", C, code=_TOAN),
    _ttc("một phần 386", "386", 386, "TTHC", C, code=_MOT),
    # I.3 the year, then its quarters (the n-th figure dated at the n-th quarter's end)
    _ttc("tiếp nhận 95.722", "95.722", 95722, "hồ sơ", C, code=_TN),
    _ttc("tăng 14,6%", "14,6%", 14.6, "%", CH, code=ANY),
    _ttc("là 21.436", "21.436", 21436, "hồ sơ", C, as_of="2024-03-31", code=_TN),
    _ttc("21.436, 24.918", "24.918", 24918, "hồ sơ", C, as_of="2024-06-30", code=_TN),
    _ttc("24.918, 23.057", "23.057", 23057, "hồ sơ", C, as_of="2024-09-30", code=_TN),
    _ttc("và 26.311", "26.311", 26311, "hồ sơ", C, code=_TN),
    _ttc("là 68,40%", "68,40%", 68.40, "%", as_of="2024-03-31", code=_NOP),
    _ttc("68,40%, 72,15%", "72,15%", 72.15, "%", as_of="2024-06-30", code=_NOP),
    _ttc("72,15%, 75,86%", "75,86%", 75.86, "%", as_of="2024-09-30", code=_NOP),
    _ttc("và 79,45%", "79,45%", 79.45, "%", code=_NOP),
    _ttc("có 71.035", "71.035", 71035, "hồ sơ", C, code=_NOP),
    _ttc("chiếm 74,21%", "74,21%", 74.21, "%", code=_NOP),
    _ttc("2023: 63,85%)", "63,85%", 63.85, "%", PR, as_of=_Y2023, code=_NOP),
    _ttc("giải quyết 94.180", "94.180", 94180, "hồ sơ", C, code=ANY),
    _ttc("đúng hạn 93.742", "93.742", 93742, "hồ sơ", C, code=_DH),
    _ttc("đạt 99,53%", "99,53%", 99.53, "%", code=_DH),
    _ttc("quá hạn 438", "438", 438, "hồ sơ", C, code=_QH),
    _ttc("chiếm 0,47%", "0,47%", 0.47, "%", code=_QH),
    F("(286 hồ sơ)", "286", 286, "hồ sơ", C, subject="Sở Tài nguyên và Môi trường", level="tỉnh", code=_QH),
    F("(74 hồ sơ)", "74", 74, "hồ sơ", C, subject="Sở Xây dựng", level="tỉnh", code=_QH),
    _ttc("là 4,8 ngày", "4,8", 4.8, "ngày", code=_TIME),
    _ttc("rút ngắn 0,6 ngày", "0,6", -0.6, "ngày", CH, code=_TIME),
    _ttc("ích 8.236", "8.236", 8236, "hồ sơ", C, code=ANY),
    # the province and its levels
    F("tiếp nhận 512.684", "512.684", 512684, "hồ sơ", C, code=_TN),
    F("cấp tỉnh 95.722", "95.722", 95722, "hồ sơ", C, subject="cấp tỉnh", level="tỉnh", code=_TN),
    F("cấp huyện 148.305", "148.305", 148305, "hồ sơ", C, subject="cấp huyện", level="huyện", code=_TN),
    F("cấp xã 268.657", "268.657", 268657, "hồ sơ", C, subject="cấp xã", level="xã", code=_TN),
    F("là 74,21%", "74,21%", 74.21, "%", subject="cấp tỉnh", level="tỉnh", code=_NOP),
    F("74,21%, 58,36%", "58,36%", 58.36, "%", subject="cấp huyện", level="huyện", code=_NOP),
    F("và 41,92%", "41,92%", 41.92, "%", subject="cấp xã", level="xã", code=_NOP),
    # I.4 the 2024 target (the period end), "vượt chỉ tiêu"
    _ttc("đạt 61,42%", "61,42%", 61.42, "%", code=_TT, target=50, stated_status="đạt"),
    _ttc("2024 (50%)", "50%", 50, "%", T, code=_TT),
    _ttc("đạt 93,18%", "93,18%", 93.18, "%", code=_SH),
    _ttc("đạt 96,54%", "96,54%", 96.54, "%", code=_KQ),
    _ttc("đạt 46,09%", "46,09%", 46.09, "%", code=_TSD),
    _ttc("tăng 21,73%", "21,73%", 21.73, "%", CH, code=_TSD),
    _ttc("chính 5.618", "5.618", 5618, "trường hợp", C, code=_CT),
    _ttc("kích hoạt 3.415", "3.415", 3415, "tài khoản", C, code=ANY),
    # I.5 năm 2023 dated 2023-12-31
    _ttc("tiếp nhận 64 phản ánh", "64", 64, "PAKN", C, code=_PAKN_TN),
    _ttc("2023: 87 PAKN)", "87", 87, "PAKN", PR, as_of=_Y2023, code=_PAKN_TN),
    _ttc("xử lý 61 PAKN", "61", 61, "PAKN", C, code=_PAKN_XL),
    _ttc("(đạt 95,31%)", "95,31%", 95.31, "%", code=_PAKN_TL),
    _ttc("03 PAKN đang", "03", 3, "PAKN", C, code=ANY),
    _ttc("đạt 98,62%", "98,62%", 98.62, "%", code=_HL),
    # I.6 the province (subject NULL); năm 2023 dated 2023-12-31
    F("đạt 83,92/100", "83,92/100", 83.92, "điểm", max_value=100, code=_TONG),
    F("thứ 24/63", "24/63", 24, "hạng", R, max_value=63, code=_HANG),
    F("2023: 78,45 điểm", "78,45", 78.45, "điểm", PR, max_value=100, as_of=_Y2023, code=_TONG),
    F("thứ 41/63)", "41/63", 41, "hạng", PR, max_value=63, as_of=_Y2023, code=_HANG),
    F("tăng 5,47 điểm", "5,47", 5.47, "điểm", CH, code=_TONG),
    F("tăng 17 bậc", "17", 17, "hạng", CH, code=_HANG),
    F("đạt 19,52/20", "19,52/20", 19.52, "điểm", max_value=20, code="766.tien_do"),
    F("đạt 7,36/10", "7,36/10", 7.36, "điểm", max_value=10, code="766.thanh_toan"),
    # II.4 the Centre's target by the end of 2025 (0257.3818.186 is a phone number)
    _ttc("tối thiểu 70%", "70%", 70, "%", T, as_of="2025-12-31", code=_TT),
]

BLIND = {"215": BLIND_215, "216": BLIND_216, "217": BLIND_217, "218": BLIND_218, "219": BLIND_219}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "215": [
        ("2025-06-20", "day", "20/6/2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "Sở Nông nghiệp và Môi trường"),
        ("2025-06-16", "day", "ngày 16 tháng 6 năm 2025", "xây dựng kế hoạch khắc phục các chỉ số bị trừ điểm",
         "UBND huyện Bù Gia Mập"),
        ("2025-06-30", "month", "tháng 6/2025", "chuẩn hóa dữ liệu TTHC", "Văn phòng UBND tỉnh"),
        ("2025-09-30", "quarter", "quý III năm 2025", "mở rộng các kênh thanh toán", "Sở Tài chính"),
        # issued 06/6/2025: the first "ngày 10 hằng tháng" is 10/6/2025
        ("2025-06-10", "recurring", "10 hằng tháng", "báo cáo kết quả khắc phục",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
    ],
    "216": [
        ("2025-06-15", "day", "15/6/2025", "giải quyết dứt điểm các hồ sơ cấp giấy phép xây dựng quá hạn",
         "Phòng Quản lý hoạt động xây dựng"),
        ("2025-09-30", "quarter", "quý III năm 2025", "đồng bộ dữ liệu giấy phép lái xe",
         "Phòng Quản lý vận tải, phương tiện và người lái"),
        ("2025-06-25", "day", "ngày 25 tháng 6 năm 2025", "đề xuất bổ sung các TTHC", "Văn phòng Sở"),
        # issued 05/6/2025: the first "ngày 22 hằng tháng" is 22/6/2025
        ("2025-06-22", "recurring", "22 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các phòng, đơn vị thuộc Sở"),
    ],
    "217": [
        ("2024-10-25", "day", "25/10/2024", "giải quyết dứt điểm các hồ sơ ốm đau, thai sản quá hạn",
         "Phòng Chế độ BHXH"),
        ("2024-11-30", "month", "tháng 11/2024", "chuyển sang giao dịch điện tử",
         "BHXH huyện Nghĩa Hưng, BHXH huyện Ý Yên"),
        ("2024-12-31", "day", "ngày 31 tháng 12 năm 2024", "số hóa hồ sơ hưởng BHXH", "Phòng Công nghệ thông tin"),
        ("2024-12-31", "year", "năm 2024", "nhận lương hưu qua tài khoản cá nhân", "Phòng Kế hoạch - Tài chính"),
        # issued 07/10/2024: the first "ngày 18 hằng tháng" is 18/10/2024
        ("2024-10-18", "recurring", "18 hằng tháng", "tổng hợp kết quả giải quyết TTHC",
         "BHXH các huyện, thành phố"),
    ],
    "218": [
        ("2025-04-15", "day", "15/4/2025", "xây dựng kế hoạch nâng cao tỷ lệ hồ sơ nộp trực tuyến",
         "UBND xã Mẫu Sơn, UBND xã Công Sơn"),
        ("2025-04-30", "month", "tháng 4/2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "Phòng Nông nghiệp và Môi trường"),
        ("2025-05-30", "day", "ngày 30 tháng 5 năm 2025", "kiểm tra việc số hóa hồ sơ",
         "Văn phòng HĐND và UBND huyện"),
        ("2025-06-30", "quarter", "quý II năm 2025", "thanh toán phí, lệ phí trực tuyến", "UBND các xã, thị trấn"),
        # issued 03/4/2025: the first "ngày 16 hằng tháng" is 16/4/2025
        ("2025-04-16", "recurring", "16 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các cơ quan chuyên môn thuộc UBND huyện và UBND các xã, thị trấn"),
    ],
    "219": [
        ("2025-02-28", "day", "28/02/2025", "rà soát quy trình nội bộ", "Phòng Tiếp nhận và Trả kết quả"),
        ("2025-06-30", "quarter", "quý II năm 2025", "triển khai hệ thống xếp hàng tự động",
         "Phòng Hành chính - Tổng hợp"),
        ("2025-01-31", "day", "ngày 31 tháng 01 năm 2025", "giải quyết dứt điểm các hồ sơ quá hạn",
         "Sở Tài nguyên và Môi trường"),
        ("2025-12-31", "year", "năm 2025", "thanh toán trực tuyến", "Phòng Tiếp nhận và Trả kết quả"),
        # issued 10/01/2025: the first "ngày 20 hằng tháng" is 20/01/2025
        ("2025-01-20", "recurring", "20 hằng tháng", "báo cáo tình hình giải quyết hồ sơ",
         "Các sở, ban, ngành có TTHC tiếp nhận tại Trung tâm"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 215's issuer is UBND tỉnh Bình Phước, period the month in its title; 216's issuer is Sở Xây dựng under "UBND
# TỈNH KON TUM"; 217's issuer is the social-insurance branch under "BẢO HIỂM XÃ HỘI VIỆT NAM" (province from
# "BẢO HIỂM XÃ HỘI TỈNH NAM ĐỊNH"); 218's issuer is a district (province named in "Kính gửi"); 219's issuer is
# the Centre under "VĂN PHÒNG UBND TỈNH PHÚ YÊN", an annual report whose title also names the next year.
META = {
    "215": {"doc_number": "187/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-06-06",
            "province": "Bình Phước", "period_label": "tháng 5 năm 2025", "period_start": "2025-05-01",
            "period_end": "2025-05-31", "signer": "Huỳnh Anh Minh"},
    "216": {"doc_number": "1245/BC-SXD", "doc_type": "Báo cáo", "issued_date": "2025-06-05",
            "province": "Kon Tum", "period_label": "tháng 5 năm 2025", "period_start": "2025-05-01",
            "period_end": "2025-05-31", "signer": "Trần Văn Hòa"},
    "217": {"doc_number": "1486/BC-BHXH", "doc_type": "Báo cáo", "issued_date": "2024-10-07",
            "province": "Nam Định", "period_label": "quý III năm 2024", "period_start": "2024-07-01",
            "period_end": "2024-09-30", "signer": "Vũ Đức Thành"},
    "218": {"doc_number": "96/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-04-03",
            "province": "Lạng Sơn", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Hoàng Văn Sáng"},
    "219": {"doc_number": "08/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2025-01-10",
            "province": "Phú Yên", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Đoàn Minh Tâm"},
}
