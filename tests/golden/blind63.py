"""Blind golden facts for corpus/blind63/390_quang_tri.txt, 391_kon_tum.txt, 392_long_an.txt, 393_dien_bien.txt
and 394_dong_nai.txt.

The five documents were written by the developers for a sixty-third blind measurement (issuers, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by reading
them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out text
for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind13.py … blind16.py: rows use `golden.facts.Fact` (context string
that occurs once in the document + the figure as written inside it). Prose and list counts are kind `count`;
table cells are kind `value` with `extra={"source": "table"}`; `as_of="period"` is the period's end; `ANY`
leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly names
none). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; every "đã giải
quyết" count has its code unchecked; a count of local units takes the unit of its first unit word, counts of
"đơn vị"/"sở, ban, ngành" the unit `đơn vị`. A change is dated at the period end; a fall ("giảm", "rút
ngắn") is negative. Dates, document numbers, cited decrees, decisions, plans, regulations, guidance and
letters ("Nghị định số 45/2020/NĐ-CP", "Quyết định số 766/QĐ-TTg", "Kế hoạch số 28/KH-UBND", "Quy định số
22-QĐ/TW", "Hướng dẫn số 02-HD/TW", "Kế hoạch số 15-KH/UBKTTU", "Kế hoạch so 412/KH-UBND", "Thông báo số
415/TB-UBND", "Quyết định số 23/2025/QĐ-TTg", "Kế hoạch số 98/KH-SGDĐT", "Công văn số 6127/UBND-KGVX"),
"Tính đến ngày 31/3/2025", "Đến ngày 31/12/2024", "Tính đến ngày 31/12/2025" (period ends), the stated
windows "(tu ngay 01/3/2025 den ngay 31/3/2025)" and "(số liệu từ ngày 05/9/2025 đến ngày 31/12/2025)",
section numbering ("PHẦN I.", "I.", "1.", "a)", "đ)", "e)"), the STT column, "Biểu 01.", page markers ("---
Trang 2 ---", "--- Trang 3 ---"), phone numbers ("0233.3852.614", "0260.3862.419", "0272.3847.125",
"0215.3825.744", "0251.3847.265"), addresses and names with numbers ("số 45 đường Hùng Vương, phường 1", "số
126 đường Trần Phú", "Khu pho 1", "số 2 đường Nguyễn Văn Trị"), "khóa XVI", "giai đoạn 2020-2024", school
years ("năm học 2025-2026"), "lớp 1", "lớp 6", "lớp 10", "Bộ chỉ số 766"/"BO CHI SO 766", headings naming the
next period ("6. Nhiệm vụ trọng tâm quý II năm 2025", "III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025", "IV. NHIEM VU
THANG 4 NAM 2025", "IV. NHIỆM VỤ HỌC KỲ II NĂM HỌC 2025-2026": no deadlines) and years are not figures.

New in this set:
- 390 is a quarterly Báo cáo of UBND tỉnh Quảng Trị (before the merger with Quảng Bình) to the Văn phòng
  Chính phủ, quý I năm 2025, issued 09/4/2025, in two parts in one file: "PHẦN I. KẾT QUẢ THỰC HIỆN" (prose
  and lettered tasks, then the signature) and "PHẦN II. PHỤ LỤC SỐ LIỆU" (attached "Kèm theo Báo cáo số
  112/BC-UBND"), a Markdown table of the 10 district-level units (subject as written, "UBND thành phố Đông
  Hà", "UBND huyện Cồn Cỏ", level huyện; received, online files, online share, payment share, digitisation
  share; four "100" cells) split by a page marker written as a line "--- Trang 3 ---" after which the header
  and separator repeat; its "Tổng cộng" row (empty STT cell) is subject "cấp huyện" (the table covers only the
  district-level units; its online share 61,86 repeats the prose "cấp huyện" figure, its digitisation share
  74,12 too). Province figures have subject NULL. "1.129 TTHC … toàn trình và 498 TTHC … một phần, chiếm lần
  lượt 61,13% và 26,96%": each share follows its count. "tăng 9.214 hồ sơ so với quý IV năm 2024 (133.154 hồ
  sơ)" and "(quý IV năm 2024: 63,42%)" are a change and previous values dated 2024-12-31. Online shares by
  level after "tương ứng là" against "chỉ tiêu năm 2025 UBND tỉnh giao là 70% thì cấp tỉnh đã đạt, cấp huyện
  và cấp xã chưa đạt chỉ tiêu": one target for three levels (subject and level unchecked, dated 2025-12-31),
  84,56% "đạt", 61,86% and 58,73% "chưa đạt". "trước hạn và đúng hạn 136.215 hồ sơ, đạt 98,07%" carries the
  on-time code. Overdue land files of two districts in brackets (subject as written, level huyện). "tăng 5,17%
  so với quý IV năm 2024" is the change of the payment share; "so với chỉ tiêu năm 2025 là 50% thì chưa đạt
  chỉ tiêu": the target dated 2025-12-31, 46,28% "chưa đạt". "38.745 giao dịch" (unit `giao dịch`) and "52,6
  tỷ đồng" have no catalogued code. "giảm 0,38 điểm nhưng tăng 2 bậc so với ngày 31/12/2024 (82,85 điểm, xếp
  thứ 33/63)": a fall, a rise and previous values dated 2024-12-31. "Trong 10 đơn vị cấp huyện" counts the
  level (subject "cấp huyện"); the graded counts "03 đơn vị xếp loại Tốt …" have subject unchecked, level
  huyện, code None. The target "đạt tối thiểu 50% trong quý II năm 2025" in the Sở Tài chính's task is the
  province's (subject NULL), dated 2025-06-30. Five deadlines: day for two named districts, quarter (with the
  target), month, "chậm nhất" day in words, "trước ngày 22 hằng tháng" (issued 09/4/2025: first 22/4/2025).
- 391 is an annual Báo cáo of the Ủy ban Kiểm tra Tỉnh ủy Kon Tum (a Party body: header "ĐẢNG BỘ TỈNH KON TUM
  / ỦY BAN KIỂM TRA", number "Số 58-BC/UBKTTU", before the merger with Quảng Ngãi), năm 2024, issued
  10/01/2025, to the Ban Thường vụ Tỉnh ủy, on denunciations received online and digitised inspection files.
  Its own figures are subject "Ủy ban Kiểm tra Tỉnh ủy" (as written and as the body's kind), level tỉnh; those
  of "Ủy ban Kiểm tra các huyện ủy, thành ủy" have that subject, level huyện; the dash list names each
  district's committee ("Ủy ban Kiểm tra Thành ủy Kon Tum", "Ủy ban Kiểm tra Huyện ủy Ia H'Drai", level
  huyện) with four figures each: letters received, letters online, digitised files `a/b` (max b), share.
  Letters use the unit `đơn`, Party members `đảng viên`, Party organisations `tổ chức đảng`, pages `trang`,
  officials `cán bộ`, documents `văn bản`. No figure here names a catalogued indicator (the inspection files
  are not TTHC files): codes unchecked, except the disciplinary counts (code None). "tăng 23 đơn so với năm
  2023 (163 đơn)" and "(năm 2023: 44,79%)" are a change and previous values dated 2023-12-31; "rút ngắn 6
  ngày" is a fall (-6). "44/47 đơn" is one count (max 47). "vượt chỉ tiêu 80% … (đạt chỉ tiêu)" and "chưa
  đạt chỉ tiêu 70% của năm 2024" are targets dated at the period end, of the body they follow; "cả 10/10 đơn
  vị đều chưa đạt chỉ tiêu" counts the district committees (subject unchecked, level huyện, code None). The
  target "đạt tối thiểu 80% trong năm 2025" is the district committees', dated 2025-12-31. Six deadlines:
  day, month, quarter, year (with the target), "chậm nhất" day in words, "trước ngày 25 hằng tháng" (issued
  10/01/2025: first 25/01/2025).
- 392 is a monthly Báo cáo of UBND huyện Thạnh Hóa (tỉnh Long An before the merger with Tây Ninh, named in
  "Kinh gui"), tháng 3 năm 2025, issued 02/4/2025, as OCR'd from a scan: the header, "Kinh gui", most prose
  and list lines, the table header and the tasks lost their diacritics; "S6:" stands for "Số:", "ty 18" for
  "tỷ lệ" (in prose and in the table header "Ty 18 truc tuyen (%)"), "quy 111" for "quý III" (their "6",
  "18" and "111" are letters, not figures). Contexts are
  written as the file has them (test_blind_reports finds them in the raw text when restoration changed
  them). Figures under "a) Cấp huyện" have subject "cấp huyện" (level huyện), those under "b) Cấp xã" subject
  "cấp xã" (level xã); the district's own PAKN, score, rank and satisfaction have subject "UBND huyện Thạnh
  Hóa", level huyện. "(chủ yếu lĩnh vực đất đai, 24 hồ sơ)" is a part of the cấp huyện overdue files. Its
  tab-separated table (units in the headers) lists the 11 xã, thị trấn (subject as written with diacritics,
  "Thị trấn Thạnh Hóa", "Xã Thuận Nghĩa Hòa", level xã; received, online, online share, on-time share; three
  "100" cells) with a "Cộng" row with an empty STT cell (= cấp xã; its figures repeat the prose). The best and
  worst units in brackets are written without marks ("Thi tran Thanh Hoa", "xa Thuy Tay"): subject as a
  reader restores them. "so voi chi tieu tinh giao nam 2025 la 50% thi ca hai cap deu chua dat chi tieu": one
  target for both levels (subject, level unchecked; dated 2025-12-31), both shares "chưa đạt".
  "(thang 02/2025: 39,75%)" and "(thang 02/2025 xep thu 9/15)" are previous values dated 2025-02-28; "6/15
  huyen, thi xa, thanh pho" ranks among Long An's 15 district-level units; the score has no max. "05/05 PAKN"
  is one count (max 5). The target "cấp huyện đạt 50% trong tháng 6/2025" is cấp huyện's, dated 2025-06-30.
  Five deadlines: day, "cham nhat" day in words, month, quarter written "trong quy 111 nam 2025" (date words
  "nam 2025" only: whether "111" comes back as "III" is the restorer's choice), "truoc ngay 20 hang thang"
  (issued 02/4/2025: first 20/4/2025); tasks and assignees on unmarked lines are written unmarked (compared
  folded).
- 393 is a Công văn of the Văn phòng UBND tỉnh Điện Biên (header "UBND TỈNH ĐIỆN BIÊN / VĂN PHÒNG"; title in a
  "V/v" line naming tháng 9 năm 2025), issued 08/10/2025 after the 1 July 2025 reform (only cấp tỉnh and cấp
  xã; ranks out of 34), addressed to the sở and "UBND các xã, phường", urging them to clear overdue files.
  Province figures have subject NULL. "tăng 0,64% so với tháng 8/2025 (2,25%)" is a change and a previous
  value of the overdue share dated 2025-08-31. Overdue and settled files by level ("Cấp tỉnh quá hạn 436 hồ sơ
  trên tổng số 12.807 hồ sơ đã giải quyết (chiếm 3,40%)"). "7/19 sở, ban, ngành" (unit `đơn vị`, level tỉnh)
  and "21/45 xã, phường" (unit `xã`, subject "cấp xã") are counts with code None; "quá 47 ngày" is a duration
  with no catalogued code. The group score "Tiến độ giải quyết … 18,64/20 điểm, giảm 0,27 điểm" carries the
  group's code. Dash lists "- <unit>: n hồ sơ quá hạn/m hồ sơ đã giải quyết (x%)" for seven sở (level tỉnh)
  and five UBND phường/xã (subject as written, "UBND phường Điện Biên Phủ", level xã): n overdue, m settled
  (code unchecked), x the overdue share; "riêng lĩnh vực đất đai 176 hồ sơ" is the Sở's overdue land files.
  "16 xã, phường còn lại có tổng cộng 320 hồ sơ quá hạn": a count of communes (subject unchecked, code None)
  and their overdue files. Six deadlines: day for two named sở, "chậm nhất" day in words for three named
  units, month, quarter, year ("đến hết năm 2025"), "trước ngày 05 hằng tháng" (issued 08/10/2025, after the
  5th: first 05/11/2025).
- 394 is a Báo cáo of Sở Giáo dục và Đào tạo tỉnh Đồng Nai (after the merger with Bình Phước; header "UBND
  TỈNH ĐỒNG NAI / SỞ GIÁO DỤC VÀ ĐÀO TẠO"), học kỳ I năm học 2025-2026, whose period is the window it states
  "từ ngày 05/9/2025 đến ngày 31/12/2025" (issued 12/01/2026), on online school admissions and cashless
  school-fee payment. Figures about the schools of the whole province ("toàn tỉnh …", "Số học sinh toàn tỉnh
  …") have subject NULL: they are not the Sở's own; only "III. GIẢI QUYẾT TTHC TẠI SỞ" ("Sở tiếp nhận …", "Sở
  đạt 90,84 điểm, xếp thứ 5/21 sở, ban, ngành") is subject "Sở Giáo dục và Đào tạo", level tỉnh. Admissions
  and fee figures name no catalogued indicator (codes unchecked; units `hồ sơ`, `trường`, `học sinh`). "tăng
  19,50% so với năm học 2024-2025" and "tăng 11,73% so với học kỳ I năm học 2024-2025" are relative changes
  (no previous value stated). Two targets "chỉ tiêu học kỳ I là 90%/80% thì đã đạt chỉ tiêu", dated at the
  period end; 91,36% and 82,98% carry them with status "đạt". Shares by school level ("bậc mầm non, tiểu học,
  trung học cơ sở và trung học phổ thông tương ứng là …") have subject and level unchecked (school levels, not
  administrative ones). "95 xã, phường" counts the province's communes (subject "cấp xã"); "71/95 xã, phường
  đạt chỉ tiêu, còn 24 xã, phường chưa đạt" are counts with subject unchecked. Its Markdown table lists 12
  xã/phường after the merger (subject as written, "Phường Trấn Biên", "Xã Xuân Lộc", level xã; schools,
  online admission files, pupils paying cashless, share) with no total row. The target "toàn tỉnh đạt tối
  thiểu 90% đến hết năm 2026" in the task of UBND các xã, phường is the province's (subject NULL), dated
  2026-12-31. Six deadlines: day, month, quarter, year (with the target), "chậm nhất" day in words, "trước
  ngày 10 hằng tháng" (issued 12/01/2026, after the 10th: first 10/02/2026).
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
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_TIME = "766.tien_do.thoi_gian"


def _cells(subject: object, level: str | None, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject, level=level,
              as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


# ------------------------------------------------------------ 390: UBND tỉnh Quảng Trị, quý I năm 2025
_Q4_2024 = "2024-12-31"
_Y2025 = "2025-12-31"


def _row_390(subject: str, received: str, online: str, share: str, paid: str, digitised: str,
             after: str) -> list[Fact]:
    """One Markdown row of the Phụ lục: received, online files, online share, payment and digitisation shares."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (share, "%", P, _NOP, "period"), (paid, "%", P, _TT, "period"), (digitised, "%", P, _SH, "period")]
    return _cells(subject, "huyện", cells, after, " | ", " |\n")


BLIND_390 = [
    # PHẦN I.1 (45/2020/NĐ-CP, 766/QĐ-TTg, 28/KH-UBND cited)
    F("tỉnh là 1.847 TTHC", "1.847", 1847, "TTHC", C, code=_TTHC),
    F("có 1.129 TTHC", "1.129", 1129, "TTHC", C, code=_TOAN),
    F("và 498 TTHC", "498", 498, "TTHC", C, code=_MOT),
    F("lượt 61,13%", "61,13%", 61.13, "%", code=_TOAN),
    F("61,13% và 26,96%", "26,96%", 26.96, "%", code=_MOT),
    F("tiếp nhận 142.368", "142.368", 142368, "hồ sơ", C, code=_TN),
    F("tăng 9.214 hồ sơ", "9.214", 9214, "hồ sơ", CH, code=_TN),
    F("(133.154 hồ sơ)", "133.154", 133154, "hồ sơ", PR, as_of=_Q4_2024, code=_TN),
    F("trực tuyến là 96.517", "96.517", 96517, "hồ sơ", C, code=_NOP),
    F("chiếm 67,79%", "67,79%", 67.79, "%", code=_NOP),
    F("2024: 63,42%)", "63,42%", 63.42, "%", PR, as_of=_Q4_2024, code=_NOP),
    F("là 84,56%", "84,56%", 84.56, "%", subject="cấp tỉnh", level="tỉnh", code=_NOP, target=70,
      stated_status="đạt"),
    F("84,56%, 61,86%", "61,86%", 61.86, "%", subject="cấp huyện", level="huyện", code=_NOP, target=70,
      stated_status="chưa đạt"),
    F("và 58,73%", "58,73%", 58.73, "%", subject="cấp xã", level="xã", code=_NOP, target=70,
      stated_status="chưa đạt"),
    F("giao là 70%", "70%", 70, "%", T, subject=ANY, level=ANY, as_of=_Y2025, code=_NOP),
    # PHẦN I.2
    F("giải quyết 138.902", "138.902", 138902, "hồ sơ", C, code=ANY),
    F("hạn 136.215", "136.215", 136215, "hồ sơ", C, code=_DH),
    F("đạt 98,07%", "98,07%", 98.07, "%", code=_DH),
    F("quá hạn 2.687", "2.687", 2687, "hồ sơ", C, code=_QH),
    F("chiếm 1,93%", "1,93%", 1.93, "%", code=_QH),
    F("Hướng Hóa (612 hồ sơ)", "612", 612, "hồ sơ", C, subject="UBND huyện Hướng Hóa", level="huyện", code=_QH),
    F("Hải Lăng (437 hồ sơ)", "437", 437, "hồ sơ", C, subject="UBND huyện Hải Lăng", level="huyện", code=_QH),
    # PHẦN I.3 (after "--- Trang 2 ---")
    F("tỉnh đạt 46,28%", "46,28%", 46.28, "%", code=_TT, target=50, stated_status="chưa đạt"),
    F("tăng 5,17%", "5,17%", 5.17, "%", CH, code=_TT),
    F("năm 2025 là 50%", "50%", 50, "%", T, as_of=_Y2025, code=_TT),
    F("có 38.745 giao dịch", "38.745", 38745, "giao dịch", C, code=ANY),
    F("hơn 52,6 tỷ", "52,6", 52.6, "tỷ đồng", code=ANY),
    # PHẦN I.4
    F("toàn tỉnh đạt 78,64%", "78,64%", 78.64, "%", code=_SH),
    F("cấp tỉnh 91,05%", "91,05%", 91.05, "%", subject="cấp tỉnh", level="tỉnh", code=_SH),
    F("cấp huyện 74,12%", "74,12%", 74.12, "%", subject="cấp huyện", level="huyện", code=_SH),
    F("cấp xã 69,80%", "69,80%", 69.80, "%", subject="cấp xã", level="xã", code=_SH),
    F("điện tử đạt 88,37%", "88,37%", 88.37, "%", code=_KQ),
    F("số hóa đạt 36,15%", "36,15%", 36.15, "%", code=_TSD),
    # PHẦN I.5 ("Tính đến ngày 31/3/2025" is the period end; 31/12/2024 dates the previous values)
    F("đạt 82,47/100", "82,47/100", 82.47, "điểm", max_value=100, code=_TONG),
    F("thứ 31/63", "31/63", 31, "hạng", R, max_value=63, code=_HANG),
    F("giảm 0,38 điểm", "0,38", -0.38, "điểm", CH, code=_TONG),
    F("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    F("(82,85 điểm", "82,85", 82.85, "điểm", PR, max_value=100, as_of=_Q4_2024, code=_TONG),
    F("thứ 33/63)", "33/63", 33, "hạng", PR, max_value=63, as_of=_Q4_2024, code=_HANG),
    F("Trong 10 đơn vị", "10", 10, "đơn vị", C, subject="cấp huyện", level="huyện", code=None),
    F("có 03 đơn vị", "03", 3, "đơn vị", C, subject=ANY, level="huyện", code=None),
    F("05 đơn vị", "05", 5, "đơn vị", C, subject=ANY, level="huyện", code=None),
    F("và 02 đơn vị", "02", 2, "đơn vị", C, subject=ANY, level="huyện", code=None),
    # PHẦN I.6 b) the province's target for quý II năm 2025 (0233.3852.614 is a phone number)
    F("tối thiểu 50%", "50%", 50, "%", T, as_of="2025-06-30", code=_TT),
    # PHẦN II Phụ lục: one Markdown table split by "--- Trang 3 ---", header repeated; "Tổng cộng" = cấp huyện
    *_row_390("UBND thành phố Đông Hà", "9.842", "7.002", "71,14", "58,42", "86,35", "| 2 | UBND thị xã"),
    *_row_390("UBND thị xã Quảng Trị", "2.156", "1.478", "68,55", "52,16", "81,70", "| 3 | UBND huyện Vĩnh Linh"),
    *_row_390("UBND huyện Vĩnh Linh", "5.318", "3.415", "64,22", "44,08", "76,52", "| 4 | UBND huyện Gio Linh"),
    *_row_390("UBND huyện Gio Linh", "4.627", "2.793", "60,36", "40,25", "73,18", "| 5 | UBND huyện Cam Lộ"),
    *_row_390("UBND huyện Cam Lộ", "3.204", "2.118", "66,10", "47,90", "78,04", "| 6 | UBND huyện Triệu"),
    *_row_390("UBND huyện Triệu Phong", "4.981", "2.973", "59,69", "38,61", "71,45", "\n--- Trang 3 ---"),
    *_row_390("UBND huyện Hải Lăng", "5.106", "2.923", "57,25", "35,72", "68,93", "| 8 | UBND huyện Hướng"),
    *_row_390("UBND huyện Hướng Hóa", "6.215", "3.223", "51,86", "29,84", "62,37", "| 9 | UBND huyện Đakrông"),
    *_row_390("UBND huyện Đakrông", "2.387", "1.158", "48,51", "26,15", "58,06", "| 10 | UBND huyện Cồn Cỏ"),
    *_row_390("UBND huyện Cồn Cỏ", "94", "94", "100", "100", "100", "| | Tổng cộng"),
    *_row_390("cấp huyện", "43.930", "27.177", "61,86", "44,37", "74,12", "\nGhi chú"),
]

# ------------------------------------------------------------ 391: Ủy ban Kiểm tra Tỉnh ủy Kon Tum, năm 2024
_UBKT = "Ủy ban Kiểm tra Tỉnh ủy"
_UBKT_H = "Ủy ban Kiểm tra các huyện ủy, thành ủy"
_Y2023 = "2023-12-31"


def _ubkt(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Ủy ban Kiểm tra Tỉnh ủy itself (level tỉnh); code unchecked unless given."""
    kw.setdefault("code", ANY)
    return F(context, raw, value, unit, kind, subject=_UBKT, level="tỉnh", **kw)


def _district_391(name: str, received: str, online: str, done: str, total: str, share: str) -> list[Fact]:
    """One dash-list item of a district committee: letters received and online, digitised files a/b, share."""
    where = {"subject": name, "level": "huyện", "code": ANY}
    return [
        F(f"{name}: tiếp nhận {received} đơn", received, _num(received), "đơn", C, **where),
        F(f"(trực tuyến {online} đơn); số hóa {done}/{total}", online, _num(online), "đơn", C, **where),
        F(f"số hóa {done}/{total} hồ sơ", f"{done}/{total}", _num(done), "hồ sơ", C, max_value=_num(total),
          **where),
        F(f"hồ sơ, đạt {share}%", f"{share}%", _num(share), "%", **where),
    ]


BLIND_391 = [
    # I.1 (22-QĐ/TW, 02-HD/TW, 15-KH/UBKTTU cited; "khóa XVI" is a name); năm 2023 dated 2023-12-31
    _ubkt("tiếp nhận 186 đơn", "186", 186, "đơn", C),
    _ubkt("tăng 23 đơn", "23", 23, "đơn", CH),
    _ubkt("(163 đơn)", "163", 163, "đơn", PR, as_of=_Y2023),
    _ubkt("thư điện tử là 112 đơn", "112", 112, "đơn", C),
    _ubkt("chiếm 60,22%", "60,22%", 60.22, "%"),
    _ubkt("(năm 2023: 44,79%)", "44,79%", 44.79, "%", PR, as_of=_Y2023),
    _ubkt("có 47 đơn", "47", 47, "đơn", C),
    _ubkt("; 139 đơn", "139", 139, "đơn", C),
    _ubkt("xong 44/47", "44/47", 44, "đơn", C, max_value=47),
    _ubkt("đạt 93,62%", "93,62%", 93.62, "%"),
    _ubkt("còn 03 đơn", "03", 3, "đơn", C),
    _ubkt("là 42 ngày", "42", 42, "ngày"),
    _ubkt("rút ngắn 6 ngày", "6", -6, "ngày", CH),
    _ubkt("kiểm tra 07 tổ chức", "07", 7, "tổ chức đảng", C, code=None),
    _ubkt("và 15 đảng viên", "15", 15, "đảng viên", C, code=None),
    _ubkt("kết luận 09 đảng viên", "09", 9, "đảng viên", C, code=None),
    _ubkt("kỷ luật 04 đảng viên", "04", 4, "đảng viên", C, code=None),
    # I.2 the district committees together
    F("cộng 274 đơn", "274", 274, "đơn", C, subject=_UBKT_H, level="huyện", code=ANY),
    F("trực tuyến 131 đơn", "131", 131, "đơn", C, subject=_UBKT_H, level="huyện", code=ANY),
    F("chiếm 47,81%", "47,81%", 47.81, "%", subject=_UBKT_H, level="huyện", code=ANY),
    F("quyết 58 đơn", "58", 58, "đơn", C, subject=_UBKT_H, level="huyện", code=ANY),
    F("đạt 89,23%", "89,23%", 89.23, "%", subject=_UBKT_H, level="huyện", code=ANY),
    # II.1 ("giai đoạn 2020-2024" and "Đến ngày 31/12/2024" are not figures)
    _ubkt("là 1.248 hồ sơ", "1.248", 1248, "hồ sơ", C),
    _ubkt("số hóa 1.036", "1.036", 1036, "hồ sơ", C),
    _ubkt("đạt 83,01%", "83,01%", 83.01, "%", target=80, stated_status="đạt"),
    _ubkt("chỉ tiêu 80%", "80%", 80, "%", T),
    _ubkt("số hóa 214/214", "214/214", 214, "hồ sơ", C, max_value=214),
    _ubkt("hồ sơ, đạt 100%", "100%", 100, "%"),
    _ubkt("là 86.450 trang", "86.450", 86450, "trang", C),
    _ubkt("Có 36/36", "36/36", 36, "cán bộ", C, max_value=36),
    _ubkt("là 1.564 văn bản", "1.564", 1564, "văn bản", C),
    _ubkt("chiếm 98,80%", "98,80%", 98.80, "%"),
    # II.2 the district committees together, then one dash item each
    F("số hóa 2.115/3.460", "2.115/3.460", 2115, "hồ sơ", C, max_value=3460, subject=_UBKT_H, level="huyện",
      code=ANY),
    F("đạt 61,13%", "61,13%", 61.13, "%", subject=_UBKT_H, level="huyện", code=ANY, target=70,
      stated_status="chưa đạt"),
    F("chỉ tiêu 70%", "70%", 70, "%", T, subject=_UBKT_H, level="huyện", code=ANY),
    *_district_391("Ủy ban Kiểm tra Thành ủy Kon Tum", "62", "35", "512", "736", "69,57"),
    *_district_391("Ủy ban Kiểm tra Huyện ủy Đắk Hà", "31", "16", "268", "402", "66,67"),
    *_district_391("Ủy ban Kiểm tra Huyện ủy Đắk Tô", "24", "12", "231", "355", "65,07"),
    *_district_391("Ủy ban Kiểm tra Huyện ủy Ngọc Hồi", "27", "13", "219", "348", "62,93"),
    *_district_391("Ủy ban Kiểm tra Huyện ủy Đắk Glei", "22", "9", "174", "301", "57,81"),
    *_district_391("Ủy ban Kiểm tra Huyện ủy Sa Thầy", "25", "11", "186", "327", "56,88"),
    *_district_391("Ủy ban Kiểm tra Huyện ủy Kon Rẫy", "18", "8", "142", "262", "54,20"),
    *_district_391("Ủy ban Kiểm tra Huyện ủy Kon Plông", "21", "10", "158", "281", "56,23"),
    *_district_391("Ủy ban Kiểm tra Huyện ủy Tu Mơ Rông", "26", "10", "120", "259", "46,33"),
    *_district_391("Ủy ban Kiểm tra Huyện ủy Ia H'Drai", "18", "7", "105", "189", "55,56"),
    F("cả 10/10", "10/10", 10, "đơn vị", C, max_value=10, subject=ANY, level="huyện", code=None),
    # III.4 the district committees' target for 2025 (0260.3862.419 is a phone number)
    F("tối thiểu 80%", "80%", 80, "%", T, subject=_UBKT_H, level="huyện", as_of=_Y2025, code=ANY),
]

# ------------------------------------------------------------ 392: UBND huyện Thạnh Hóa (Long An), tháng 3/2025, OCR'd
_TH = "UBND huyện Thạnh Hóa"
_FEB_2025 = "2025-02-28"
_HUYEN = {"subject": "cấp huyện", "level": "huyện"}
_XA = {"subject": "cấp xã", "level": "xã"}


def _row_392(subject: str, received: str, online: str, share: str, on_time: str, after: str) -> list[Fact]:
    """One tab-separated row of a commune: received, online files, online share, on-time share."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (share, "%", P, _NOP, "period"), (on_time, "%", P, _DH, "period")]
    return _cells(subject, "xã", cells, after, "\t", "\n")


BLIND_392 = [
    # I.a) Cấp huyện ("S6: 87/BC-UBND", "Ke hoach so 412/KH-UBND" and the stated window are not figures)
    F("tiep nhan 1.846", "1.846", 1846, "hồ sơ", C, code=_TN, **_HUYEN),
    F("nop truc tuyen 1.297", "1.297", 1297, "hồ sơ", C, code=_NOP, **_HUYEN),
    F("ty 18 70,26%", "70,26%", 70.26, "%", code=_NOP, **_HUYEN),
    F("Đã giải quyết 1.782", "1.782", 1782, "hồ sơ", C, code=ANY, **_HUYEN),
    F("đúng hạn 1.751", "1.751", 1751, "hồ sơ", C, code=_DH, **_HUYEN),
    F("đạt 98,26%", "98,26%", 98.26, "%", code=_DH, **_HUYEN),
    F("quá hạn 31 hồ sơ", "31", 31, "hồ sơ", C, code=_QH, **_HUYEN),
    F("đất đai, 24 hồ sơ", "24", 24, "hồ sơ", C, code=_QH, **_HUYEN),
    F("binh quan 4,1", "4,1", 4.1, "ngày", code=_TIME, **_HUYEN),
    # I.b) Cấp xã
    F("tiep nhan 2.635", "2.635", 2635, "hồ sơ", C, code=_TN, **_XA),
    F("truc tuyen 1.683 ho so", "1.683", 1683, "hồ sơ", C, code=_NOP, **_XA),
    F("ty 18 63,87%", "63,87%", 63.87, "%", code=_NOP, **_XA),
    F("dat 99,12%", "99,12%", 99.12, "%", code=_DH, **_XA),
    # tab-separated table of the 11 xã, thị trấn; "Cộng" row (empty STT) = cấp xã
    *_row_392("Thị trấn Thạnh Hóa", "612", "454", "74,18", "98,86", "2\tXã Tân Đông"),
    *_row_392("Xã Tân Đông", "203", "126", "62,07", "100", "3\tXã Tân Hiệp"),
    *_row_392("Xã Tân Hiệp", "248", "162", "65,32", "99,19", "4\tXã Tân Tây"),
    *_row_392("Xã Tân Tây", "187", "109", "58,29", "100", "5\tXã Thạnh An"),
    *_row_392("Xã Thạnh An", "164", "90", "54,88", "98,78", "6\tXã Thạnh Phú"),
    *_row_392("Xã Thạnh Phú", "295", "199", "67,46", "99,32", "7\tXã Thạnh Phước"),
    *_row_392("Xã Thạnh Phước", "176", "105", "59,66", "100", "8\tXã Thuận Bình"),
    *_row_392("Xã Thuận Bình", "158", "83", "52,53", "98,10", "9\tXã Thuận Nghĩa Hòa"),
    *_row_392("Xã Thuận Nghĩa Hòa", "231", "147", "63,64", "99,57", "10\tXã Thủy Đông"),
    *_row_392("Xã Thủy Đông", "219", "135", "61,64", "99,09", "11\tXã Thủy Tây"),
    *_row_392("Xã Thủy Tây", "142", "73", "51,41", "97,89", "\tCộng"),
    *_row_392("cấp xã", "2.635", "1.683", "63,87", "99,12", "\nDon vi"),
    # best and worst, written without marks
    F("Thanh Hoa (74,18%)", "74,18%", 74.18, "%", subject="Thị trấn Thạnh Hóa", level="xã", code=_NOP),
    F("(51,41%)", "51,41%", 51.41, "%", subject="xã Thủy Tây", level="xã", code=_NOP),
    # II. one 2025 target for both levels; February 2025 dated 2025-02-28
    F("cap huyen dat 41,37%", "41,37%", 41.37, "%", code=_TT, target=50, stated_status="chưa đạt", **_HUYEN),
    F("cap xa dat 35,82%", "35,82%", 35.82, "%", code=_TT, target=50, stated_status="chưa đạt", **_XA),
    F("nam 2025 la 50%", "50%", 50, "%", T, subject=ANY, level=ANY, as_of=_Y2025, code=_TT),
    F("cấp huyện đạt 82,46%", "82,46%", 82.46, "%", code=_SH, **_HUYEN),
    F("cấp xã đạt 71,09%", "71,09%", 71.09, "%", code=_SH, **_XA),
    F("cap xa dat 46,30%", "46,30%", 46.30, "%", code=_CT, **_XA),
    F("02/2025: 39,75%)", "39,75%", 39.75, "%", PR, as_of=_FEB_2025, code=_CT, **_XA),
    # III. the district's own PAKN, score and rank among Long An's 15 district-level units
    F("tiep nhan 05 phan anh", "05", 5, "PAKN", C, subject=_TH, level="huyện", code="pakn.tiep_nhan"),
    F("xu ly 05/05", "05/05", 5, "PAKN", C, max_value=5, subject=_TH, level="huyện", code="pakn.da_xu_ly"),
    F("PAKN, dat 100%", "100%", 100, "%", subject=_TH, level="huyện", code="pakn.ty_le_xu_ly"),
    F("dat 84,15 diem", "84,15", 84.15, "điểm", subject=_TH, level="huyện", code=_TONG),
    F("thu 6/15", "6/15", 6, "hạng", R, max_value=15, subject=_TH, level="huyện", code=_HANG),
    F("thu 9/15)", "9/15", 9, "hạng", PR, max_value=15, subject=_TH, level="huyện", as_of=_FEB_2025, code=_HANG),
    F("tang 3 bac", "3", 3, "hạng", CH, subject=_TH, level="huyện", code=_HANG),
    F("TTHC dat 97,64%", "97,64%", 97.64, "%", subject=_TH, level="huyện", code=_HL),
    # IV.3 cấp huyện's target for June 2025 ("Khu pho 1" and 0272.3847.125 are not figures)
    F("cấp huyện đạt 50%", "50%", 50, "%", T, as_of="2025-06-30", code=_TT, **_HUYEN),
]

# ------------------------------------------------------------ 393: Văn phòng UBND tỉnh Điện Biên, tháng 9 năm 2025


def _late_393(name: str, level: str, overdue: str, settled: str, share: str) -> list[Fact]:
    """One dash item "<unit>: n hồ sơ quá hạn/m hồ sơ đã giải quyết (x%)"."""
    where = {"subject": name, "level": level}
    return [
        F(f"{name}: {overdue} hồ sơ", overdue, _num(overdue), "hồ sơ", C, code=_QH, **where),
        F(f"quá hạn/{settled} hồ sơ", settled, _num(settled), "hồ sơ", C, code=ANY, **where),
        F(f"({share}%)", f"{share}%", _num(share), "%", code=_QH, **where),
    ]


BLIND_393 = [
    # 1. (415/TB-UBND cited)
    F("tiếp nhận 41.728", "41.728", 41728, "hồ sơ", C, code=_TN),
    F("giải quyết 39.516 hồ sơ;", "39.516", 39516, "hồ sơ", C, code=ANY),
    F("đúng hạn 38.374", "38.374", 38374, "hồ sơ", C, code=_DH),
    F("đạt 97,11%", "97,11%", 97.11, "%", code=_DH),
    F("quá hạn 1.142", "1.142", 1142, "hồ sơ", C, code=_QH),
    F("chiếm 2,89%", "2,89%", 2.89, "%", code=_QH),
    F("tăng 0,64%", "0,64%", 0.64, "%", CH, code=_QH),
    F("(2,25%)", "2,25%", 2.25, "%", PR, as_of="2025-08-31", code=_QH),
    F("quá hạn 436 hồ sơ", "436", 436, "hồ sơ", C, subject="cấp tỉnh", level="tỉnh", code=_QH),
    F("số 12.807", "12.807", 12807, "hồ sơ", C, subject="cấp tỉnh", level="tỉnh", code=ANY),
    F("(chiếm 3,40%)", "3,40%", 3.40, "%", subject="cấp tỉnh", level="tỉnh", code=_QH),
    F("quá hạn 706 hồ sơ", "706", 706, "hồ sơ", C, subject="cấp xã", level="xã", code=_QH),
    F("số 26.709", "26.709", 26709, "hồ sơ", C, subject="cấp xã", level="xã", code=ANY),
    F("(chiếm 2,64%)", "2,64%", 2.64, "%", subject="cấp xã", level="xã", code=_QH),
    F("có 7/19", "7/19", 7, "đơn vị", C, max_value=19, subject=ANY, level="tỉnh", code=None),
    F("và 21/45", "21/45", 21, "xã", C, max_value=45, subject="cấp xã", level="xã", code=None),
    F("quá 47 ngày", "47", 47, "ngày", code=ANY),
    F("đạt 18,64/20", "18,64/20", 18.64, "điểm", max_value=20, code="766.tien_do"),
    F("giảm 0,27 điểm", "0,27", -0.27, "điểm", CH, code="766.tien_do"),
    F("đạt 82,36/100", "82,36/100", 82.36, "điểm", max_value=100, code=_TONG),
    F("thứ 21/34", "21/34", 21, "hạng", R, max_value=34, code=_HANG),
    # 2.a) seven sở
    *_late_393("Sở Nông nghiệp và Môi trường", "tỉnh", "198", "2.846", "6,96"),
    F("đất đai 176 hồ sơ", "176", 176, "hồ sơ", C, subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_QH),
    *_late_393("Sở Xây dựng", "tỉnh", "87", "1.204", "7,23"),
    *_late_393("Sở Y tế", "tỉnh", "64", "1.538", "4,16"),
    *_late_393("Sở Công Thương", "tỉnh", "41", "2.113", "1,94"),
    *_late_393("Sở Tư pháp", "tỉnh", "23", "3.372", "0,68"),
    *_late_393("Sở Văn hóa, Thể thao và Du lịch", "tỉnh", "14", "627", "2,23"),
    *_late_393("Sở Giáo dục và Đào tạo", "tỉnh", "9", "488", "1,84"),
    # 2.b) five UBND phường/xã, then the rest
    *_late_393("UBND phường Điện Biên Phủ", "xã", "112", "3.415", "3,28"),
    *_late_393("UBND phường Mường Thanh", "xã", "86", "2.974", "2,89"),
    *_late_393("UBND xã Tuần Giáo", "xã", "74", "1.386", "5,34"),
    *_late_393("UBND xã Mường Ảng", "xã", "63", "1.052", "5,99"),
    *_late_393("UBND xã Thanh Nưa", "xã", "51", "968", "5,27"),
    F("16 xã, phường", "16", 16, "xã", C, subject=ANY, level="xã", code=None),
    F("cộng 320 hồ sơ", "320", 320, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    # 3. (23/2025/QĐ-TTg cited; 0215.3825.744 is a phone number)
]

# ------------------------------------------------------------ 394: Sở GD&ĐT tỉnh Đồng Nai, học kỳ I 2025-2026
_SGD = "Sở Giáo dục và Đào tạo"


def _row_394(subject: str, schools: str, files: str, pupils: str, share: str, after: str) -> list[Fact]:
    """One Markdown row of a xã/phường: schools, online admission files, pupils paying cashless, their share."""
    cells = [(schools, "trường", P, ANY, "period"), (files, "hồ sơ", P, ANY, "period"),
             (pupils, "học sinh", P, ANY, "period"), (share, "%", P, ANY, "period")]
    return _cells(subject, "xã", cells, after, " | ", " |\n")


BLIND_394 = [
    # I. (98/KH-SGDĐT and 6127/UBND-KGVX cited; "lớp 1", "lớp 6", "lớp 10" are names)
    F("có 95 xã, phường", "95", 95, "xã", C, subject="cấp xã", level="xã", code=None),
    F("100% trường mầm non", "100%", 100, "%", code=ANY),
    F("tiếp nhận 112.486", "112.486", 112486, "hồ sơ", C, code=ANY),
    F("tăng 19,50%", "19,50%", 19.50, "%", CH, code=ANY),
    F("lớp 1: 48.215", "48.215", 48215, "hồ sơ", C, code=ANY),
    F("lớp 6: 41.037", "41.037", 41037, "hồ sơ", C, code=ANY),
    F("công lập: 23.234", "23.234", 23234, "hồ sơ", C, code=ANY),
    F("chiếm 91,36%", "91,36%", 91.36, "%", code=ANY, target=90, stated_status="đạt"),
    F("tổng số 123.124", "123.124", 123124, "hồ sơ", C, code=ANY),
    F("kỳ I là 90%", "90%", 90, "%", T, code=ANY),
    F("quân 2,5 ngày", "2,5", 2.5, "ngày", code=ANY),
    F("giảm 1,5 ngày", "1,5", -1.5, "ngày", CH, code=ANY),
    # II.
    F("có 1.074/1.126", "1.074/1.126", 1074, "trường", C, max_value=1126, code=ANY),
    F("đạt 95,38%", "95,38%", 95.38, "%", code=ANY),
    F("còn 52 trường", "52", 52, "trường", C, code=ANY),
    F("là 612.540/738.215", "612.540/738.215", 612540, "học sinh", C, max_value=738215, code=ANY),
    F("đạt 82,98%", "82,98%", 82.98, "%", code=ANY, target=80, stated_status="đạt"),
    F("tăng 11,73%", "11,73%", 11.73, "%", CH, code=ANY),
    F("kỳ I là 80%", "80%", 80, "%", T, code=ANY),
    F("là 486,7 tỷ", "486,7", 486.7, "tỷ đồng", code=ANY),
    F("là 74,36%", "74,36%", 74.36, "%", subject=ANY, level=ANY, code=ANY),
    F("74,36%, 85,12%", "85,12%", 85.12, "%", subject=ANY, level=ANY, code=ANY),
    F("85,12%, 84,07%", "84,07%", 84.07, "%", subject=ANY, level=ANY, code=ANY),
    F("và 88,91%", "88,91%", 88.91, "%", subject=ANY, level=ANY, code=ANY),
    F("có 71/95", "71/95", 71, "xã", C, max_value=95, subject=ANY, level="xã", code=None),
    F("còn 24 xã", "24", 24, "xã", C, subject=ANY, level="xã", code=None),
    # Markdown table of 12 xã/phường (no total row)
    *_row_394("Phường Trấn Biên", "38", "4.215", "19.949", "91,24", "| 2 | Phường Biên Hòa"),
    *_row_394("Phường Biên Hòa", "34", "3.862", "17.401", "89,57", "| 3 | Phường Tam Hiệp"),
    *_row_394("Phường Tam Hiệp", "27", "3.108", "14.328", "88,36", "| 4 | Phường Long Bình"),
    *_row_394("Phường Long Bình", "31", "3.540", "15.529", "86,12", "| 5 | Phường Trảng Dài"),
    *_row_394("Phường Trảng Dài", "24", "2.987", "12.917", "84,05", "| 6 | Phường Hố Nai"),
    *_row_394("Phường Hố Nai", "22", "2.451", "10.442", "82,18", "| 7 | Phường Long Khánh"),
    *_row_394("Phường Long Khánh", "29", "2.204", "10.018", "86,49", "| 8 | Phường Đồng Xoài"),
    *_row_394("Phường Đồng Xoài", "26", "2.318", "10.085", "83,71", "| 9 | Xã Long Thành"),
    *_row_394("Xã Long Thành", "33", "3.012", "12.063", "79,03", "| 10 | Xã Nhơn Trạch"),
    *_row_394("Xã Nhơn Trạch", "30", "2.876", "11.951", "80,64", "| 11 | Xã Trảng Bom"),
    *_row_394("Xã Trảng Bom", "28", "2.690", "10.778", "77,25", "| 12 | Xã Xuân Lộc"),
    *_row_394("Xã Xuân Lộc", "25", "1.783", "6.891", "73,18", "\nIII. GIẢI QUYẾT"),
    # III. the Sở's own one-stop shop and index ("quý IV/2025" ends with the period)
    F("Sở tiếp nhận 3.418", "3.418", 3418, "hồ sơ", C, subject=_SGD, level="tỉnh", code=_TN),
    F("trực tuyến 3.296", "3.296", 3296, "hồ sơ", C, subject=_SGD, level="tỉnh", code=_NOP),
    F("đạt 96,43%", "96,43%", 96.43, "%", subject=_SGD, level="tỉnh", code=_NOP),
    F("100% hồ sơ được", "100%", 100, "%", subject=_SGD, level="tỉnh", code=_DH),
    F("đạt 90,84 điểm", "90,84", 90.84, "điểm", subject=_SGD, level="tỉnh", code=_TONG),
    F("thứ 5/21", "5/21", 5, "hạng", R, max_value=21, subject=_SGD, level="tỉnh", code=_HANG),
    # IV.4 the province's target for 2026 (0251.3847.265 is a phone number)
    F("tối thiểu 90%", "90%", 90, "%", T, as_of="2026-12-31", code=ANY),
]

BLIND = {"390": BLIND_390, "391": BLIND_391, "392": BLIND_392, "393": BLIND_393, "394": BLIND_394}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "390": [
        ("2025-04-30", "day", "30/4/2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "UBND huyện Hướng Hóa, UBND huyện Hải Lăng"),
        ("2025-06-30", "quarter", "quý II năm 2025", "mở rộng kênh thanh toán trực tuyến", "Sở Tài chính"),
        ("2025-05-31", "month", "tháng 5/2025", "đồng bộ dữ liệu hồ sơ", "Sở Khoa học và Công nghệ"),
        ("2025-06-15", "day", "ngày 15 tháng 6 năm 2025", "kiểm tra việc số hóa hồ sơ", "Văn phòng UBND tỉnh"),
        # issued 09/4/2025: the first "ngày 22 hằng tháng" is 22/4/2025
        ("2025-04-22", "recurring", "22 hằng tháng", "gửi số liệu số hóa và thanh toán trực tuyến",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
    ],
    "391": [
        ("2025-06-30", "day", "30/6/2025", "hoàn thành số hóa toàn bộ hồ sơ kiểm tra, giám sát",
         "Văn phòng Ủy ban Kiểm tra Tỉnh ủy"),
        ("2025-04-30", "month", "tháng 4/2025", "nâng cấp chuyên mục tiếp nhận đơn tố cáo trực tuyến",
         "Văn phòng Ủy ban Kiểm tra Tỉnh ủy"),
        ("2025-03-31", "quarter", "quý I năm 2025", "xác minh, kết luận dứt điểm các đơn tố cáo",
         "Phòng Kiểm tra, giải quyết tố cáo"),
        ("2025-12-31", "year", "năm 2025", "đẩy nhanh số hóa hồ sơ", "Ủy ban Kiểm tra các huyện ủy, thành ủy"),
        ("2025-03-20", "day", "ngày 20 tháng 3 năm 2025", "báo cáo nguyên nhân và giải pháp khắc phục",
         "Ủy ban Kiểm tra Huyện ủy Tu Mơ Rông"),
        # issued 10/01/2025: the first "ngày 25 hằng tháng" is 25/01/2025
        ("2025-01-25", "recurring", "25 hằng tháng", "báo cáo kết quả tiếp nhận, giải quyết đơn tố cáo",
         "Ủy ban Kiểm tra các huyện ủy, thành ủy"),
    ],
    "392": [
        ("2025-04-15", "day", "15/4/2025", "giai quyet dut diem cac ho so dat dai qua han",
         "Van phong HDND va UBND huyen"),
        ("2025-04-10", "day", "ngay 10 thang 4 nam 2025", "xay dung ke hoach", "UBND xa Thuy Tay, UBND xa Thuan Binh"),
        ("2025-06-30", "month", "tháng 6/2025", "hướng dẫn người dân thanh toán trực tuyến",
         "Phòng Tài chính - Kế hoạch"),
        # "trong quy 111 nam 2025" (quý III): only "nam 2025" is required of the expression
        ("2025-09-30", "quarter", "nam 2025", "trang bi may quet", "Phong Van hoa, Khoa hoc va Thong tin"),
        # issued 02/4/2025: the first "ngay 20 hang thang" is 20/4/2025
        ("2025-04-20", "recurring", "20 hang thang", "bao cao ket qua so hoa ho so", "UBND cac xa, thi tran"),
    ],
    "393": [
        ("2025-10-20", "day", "20/10/2025", "giải quyết dứt điểm các hồ sơ đang quá hạn",
         "Sở Nông nghiệp và Môi trường, Sở Xây dựng"),
        ("2025-10-15", "day", "ngày 15 tháng 10 năm 2025", "gửi văn bản xin lỗi",
         "UBND phường Điện Biên Phủ, UBND phường Mường Thanh, UBND xã Tuần Giáo"),
        ("2025-11-30", "month", "tháng 11/2025", "chuẩn hóa quy trình nội bộ", "Các sở, ban, ngành"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "cảnh báo hồ sơ sắp đến hạn", "Sở Khoa học và Công nghệ"),
        ("2025-12-31", "year", "năm 2025", "xếp loại thi đua", "Sở Nội vụ"),
        # issued 08/10/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/11/2025
        ("2025-11-05", "recurring", "05 hằng tháng", "báo cáo tình hình hồ sơ quá hạn", "UBND các xã, phường"),
    ],
    "394": [
        ("2026-01-31", "day", "31/01/2026", "hỗ trợ các trường chưa triển khai", "Phòng Kế hoạch - Tài chính"),
        ("2026-03-31", "month", "tháng 3/2026", "đối soát toàn bộ các khoản thu",
         "Hiệu trưởng các trường trung học phổ thông công lập"),
        ("2026-06-30", "quarter", "quý II năm 2026", "nâng cấp Hệ thống tuyển sinh đầu cấp",
         "Phòng Quản lý chất lượng và Công nghệ thông tin"),
        ("2026-12-31", "year", "năm 2026", "đẩy mạnh thu không dùng tiền mặt", "UBND các xã, phường"),
        ("2026-02-25", "day", "ngày 25 tháng 02 năm 2026", "báo cáo UBND tỉnh", "Văn phòng Sở"),
        # issued 12/01/2026, after the 10th: the first "ngày 10 hằng tháng" is 10/02/2026
        ("2026-02-10", "recurring", "10 hằng tháng", "cập nhật số liệu thu không dùng tiền mặt",
         "Các trường trực thuộc Sở"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 390's issuer is UBND tỉnh Quảng Trị, period the quarter in its title; 391's is the Ủy ban Kiểm tra of the Kon
# Tum Party committee, a Party "Số 58-BC/UBKTTU"; 392's number is read through the OCR'd "S6:"; 393 is a
# Công văn whose period is the month in its "V/v" line; 394's period is the window it states.
META = {
    "390": {"doc_number": "112/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-04-09",
            "province": "Quảng Trị", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Nguyễn Quang Thịnh"},
    "391": {"doc_number": "58-BC/UBKTTU", "doc_type": "Báo cáo", "issued_date": "2025-01-10",
            "province": "Kon Tum", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Võ Minh Tâm"},
    "392": {"doc_number": "87/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-04-02",
            "province": "Long An", "period_label": "tháng 3 năm 2025", "period_start": "2025-03-01",
            "period_end": "2025-03-31", "signer": "Phan Văn Lợi"},
    "393": {"doc_number": "1864/VP-KSTT", "doc_type": "Công văn", "issued_date": "2025-10-08",
            "province": "Điện Biên", "period_label": "tháng 9 năm 2025", "period_start": "2025-09-01",
            "period_end": "2025-09-30", "signer": "Lò Văn Tiến"},
    "394": {"doc_number": "215/BC-SGDĐT", "doc_type": "Báo cáo", "issued_date": "2026-01-12",
            "province": "Đồng Nai", "period_label": "học kỳ I năm học 2025-2026", "period_start": "2025-09-05",
            "period_end": "2025-12-31", "signer": "Trần Thị Hồng Nhung"},
}
