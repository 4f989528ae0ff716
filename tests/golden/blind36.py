"""Blind golden facts for corpus/blind36/255_binh_duong.txt, 256_ha_tinh.txt, 257_hoa_binh.txt, 258_long_an.txt
and 259_hung_yen.txt.

The five documents were written by the developers for a thirty-sixth blind measurement (provinces reused with
issuers and wording not used before; not real documents), and every row below was written by reading them,
before any extraction, restoration or pipeline code was run on them. They also serve as held-out text for
diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind13.py … blind16.py: rows use `golden.facts.Fact` (context string
that occurs once in the document + the figure as written inside it). Prose and list counts are kind `count`;
table cells are kind `value`; `as_of="period"` is the period's end; `ANY` leaves a field unchecked where the
sentence names no catalogued indicator (`None` where it clearly names none). Table cells carry
`extra={"source": "table"}`. "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`;
a count of local units takes the unit of its first unit word ("4/10 huyện, thành phố" → `huyện`, "27/188 xã,
phường, thị trấn" → `xã`), counts of "đơn vị"/"sở, ngành" the unit `đơn vị`, at the level of the bodies counted,
code None; every "đã giải quyết"/"trả kết quả" count and the parts of a received or settled whole ("kỳ trước
chuyển sang", "tiếp nhận mới", "trước hạn", "đúng hạn" apart) have their code unchecked, while "trước hạn và
đúng hạn <n> hồ sơ" as one whole carries the on-time code. A change is dated at the period end; a fall
("giảm", "rút ngắn") is negative. Dates, document numbers, cited decrees, resolutions, plans, letters and
decisions ("Nghị định số 01/2021/NĐ-CP", "Kế hoạch số 6120/KH-UBND", "Công văn số 2385/VP-KSTT", "Quyết định
số 749/QĐ-TTg", "Kế hoạch số 27/KH-BCĐ", "Quyết định số 766/QĐ-TTg", "Nghị quyết số 202/2025/QH15"), the
address "https://dichvucong.gov.vn", section numbering ("I.", "1.", "a)", "4.1."), the STT/TT column, phone
numbers ("0274.3822.047", "0239.3832.213", "0218.3898.606", "0272.3826.125", "0221.3555.168"), street
addresses ("Tầng 4, Tháp A", "số 4 đường An Dương Vương", "số 8 đường Chùa Chuông", "số 76 đường Lý Thường
Kiệt"), "Tổng đài 1022 Bình Dương" (a name), "mức độ 2", "14 tuổi", headings naming the next period ("III.
NHIỆM VỤ NĂM 2025", "II. NHIỆM VỤ QUÝ II NĂM 2025", "III. NHIỆM VỤ QUÝ IV NĂM 2025": no deadlines), "6 tháng
đầu năm", "9 tháng" (periods) and years are not figures.

New in this set (all in 2024–2025):
- 255 is an annual Báo cáo of Sở Kế hoạch và Đầu tư tỉnh Bình Dương (header "UBND TỈNH BÌNH DƯƠNG / SỞ KẾ
  HOẠCH VÀ ĐẦU TƯ"), năm 2024, issued 09/01/2025, on online business registration and its own TTHC. The Sở's
  figures have subject "Sở Kế hoạch và Đầu tư", level tỉnh. "6 lĩnh vực" and "03 quyết định" are counts with
  code None; "94 TTHC … toàn trình và 24 TTHC trực tuyến một phần" are the online procedures. "tăng 3.512 hồ
  sơ so với năm 2023 (38.324 hồ sơ)": a change and a previous value dated 2023-12-31. "gồm: trước hạn …,
  đúng hạn … và quá hạn …" are the parts of the settled files; "tỷ lệ giải quyết trước hạn và đúng hạn đạt
  99,87%" the on-time share. "chuyển sang năm 2025 là 334 hồ sơ" names no catalogued indicator. Its
  tab-separated table (intro "(đơn vị tính: hồ sơ)") lists five groups of business-registration procedures
  (subject ANY, level tỉnh, as field rows in golden/blind13.py's 146; total files, files online, online
  share; one "100" cell) with a "Cộng" row with an empty STT cell (= the Sở; its figures are not in the
  prose). "Trên địa bàn tỉnh có 5.962 doanh nghiệp thành lập mới với tổng vốn đăng ký 68.415 tỷ đồng, tăng
  8,4% …; vốn đăng ký bình quân 11,5 tỷ đồng/doanh nghiệp" and "1.274 doanh nghiệp quay trở lại hoạt động"
  are the province's (subject NULL), no catalogued indicator (units `doanh nghiệp`, `tỷ đồng`). "so với chỉ
  tiêu UBND tỉnh giao năm 2024 là 60%, Sở đã đạt chỉ tiêu": the Sở's target at the period end; 86,35%
  carries it with status "đạt". "(qua Cổng Dịch vụ công quốc gia 07 PAKN, qua Tổng đài 1022 Bình Dương 02
  PAKN)" are bare parts (code unchecked); "09/09 PAKN" is one count (max 9). "xếp thứ 2/20 sở, ban, ngành;
  tăng 2,69 điểm, tăng 4 bậc so với năm 2023 (87,95 điểm, xếp thứ 6/20)": rises and previous values dated
  2023-12-31 (the Sở's score has no max). Task targets: "đạt tối thiểu 95% trong quý I năm 2025" (the
  online share of the dissolution files: subject ANY, level tỉnh, code unchecked, dated 2025-03-31) and
  "của Sở đạt trên 60%, hoàn thành trong năm 2025" (the Sở's reuse share, dated 2025-12-31); "12 TTHC lĩnh
  vực đầu tư" is a count of the Sở's procedures (code unchecked). Five deadlines: quarter, "chậm nhất" day,
  "trước ngày 05 hằng tháng" (issued 09/01/2025: first 05/02/2025), month, year ("trong năm 2025").
- 256 is a half-year Báo cáo of UBND huyện Đức Thọ (tỉnh Hà Tĩnh, named in "Kính gửi"), 6 tháng đầu năm 2025,
  issued 18/6/2025, whose figures run "từ ngày 01/01/2025 đến ngày 15/6/2025": the period ends 2025-06-15, as
  golden/blind6.py's 121 takes a stated window. Figures under "a) Cấp huyện" have subject "cấp huyện" (level
  huyện), those under "b) Cấp xã" subject "cấp xã" (level xã); "286 TTHC cấp huyện và 117 TTHC cấp xã" are
  counts by level (code unchecked: procedures made public); the district's own PAKN and score and "Toàn
  huyện … 2.915 trường hợp" have subject "UBND huyện Đức Thọ", level huyện. "16/16 xã, thị trấn" and "của 16
  xã, thị trấn" count the district's communes (unit `xã`, subject unchecked, level xã, code None). The field's
  overdue files "(37 hồ sơ)" have subject ANY, level huyện. A dash list "- <commune>: <files> hồ sơ, trực
  tuyến x%, số hóa y%;" of five communes (subject as written, "Thị trấn Đức Thọ", "Xã Tùng Ảnh", level xã).
  "So với chỉ tiêu tỉnh giao năm 2025 là 80%, cấp huyện và cấp xã đều đạt chỉ tiêu; riêng xã Tân Dân và xã
  Đức Lạng chưa đạt": one target for both levels (subject and level unchecked), dated 2025-12-31; 84,56% and
  82,45% carry it with "đạt", the two communes' shares with "chưa đạt" (the other communes' status is not
  stated: unchecked). Payment and digitisation shares by level after "tương ứng"; the electronic
  certification split "(cấp huyện …, cấp xã …)" by level. "Theo kết quả đánh giá của UBND tỉnh tháng 5/2025
  … xếp thứ 5/13 huyện, thị xã, thành phố (tháng 4/2025 xếp thứ 8/13)": the score, rank, block average and
  the communes' scores of that paragraph ("Cũng trong tháng 5/2025") are dated 2025-05-31, not at the period
  end; the previous rank is dated 2025-04-30. The task's "đạt tối thiểu 80% trong tháng 6/2025" is the two
  named communes' target (level xã), dated 2025-06-30. Four deadlines: day, "chậm nhất" day in words, month
  for two named communes, "trước ngày 20 hằng tháng" (issued 18/6/2025: first 20/6/2025); "III. NHIỆM VỤ
  TRỌNG TÂM THỜI GIAN TỚI" names no period.
- 257 is a quarterly Báo cáo of the Ban Chỉ đạo Chuyển đổi số tỉnh Hòa Bình (header "UBND TỈNH HÒA BÌNH / BAN
  CHỈ ĐẠO CHUYỂN ĐỔI SỐ") to the national steering committee, quý I năm 2025, issued 07/4/2025. Its figures
  are the province's (subject NULL). Dash-list items "- <label>: <figure>" and "- <label>: cấp tỉnh x%, cấp
  huyện y%, cấp xã z%" (signing: `cds.ky_so`; work files handled online: `cds.ho_so_cong_viec`), the latter
  with "(chỉ tiêu năm 2025 tương ứng là 90%, 80% và 70%)": the n-th target is the n-th level's, dated
  2025-12-31, and each share carries its level's target (no status stated). "100% cơ quan nhà nước cấp tỉnh,
  cấp huyện, cấp xã" connected to the network, the fibre share, the digital-economy share "7,2%", "18.560 hộ
  kinh doanh" (unit `hộ`), "151/151 xã, phường, thị trấn" and "7.248 thành viên" name no catalogued
  indicator. "(quý IV năm 2024: 58,71%)" is a previous value dated 2024-12-31. Its Markdown table of the 08
  agencies with most files (subject as written, level tỉnh; files received, digitised files, "Số hóa kết
  quả (%)" (code unchecked: not the electronic-result indicator), reused data; three "100" cells) has a
  "Tổng cộng" row with an empty STT cell: the eight agencies' total, not the whole provincial level
  (subject unchecked, level tỉnh). "Có 02/08 sở, ngành số hóa 100% kết quả" is a count (max 8) and a share.
  The province's 766 total `80,57/100`, rank `38/63`, group `13,64/22`. Task targets: "đạt trên 90% trong
  tháng 5/2025" (the two named Sở, dated 2025-05-31) and "đạt 80% dân số trong độ tuổi trong quý II năm
  2025" (the province's identity accounts, dated 2025-06-30). Five deadlines: day, month for two named Sở,
  quarter, "chậm nhất" day in words, "trước ngày 15 của tháng cuối quý" (issued 07/4/2025: first 15/6/2025).
- 258 is a Công văn of UBND tỉnh Long An (title in a "V/v" line naming "sau quý I năm 2025"), issued
  15/4/2025, assigning tasks after a weak quarter. Province figures have subject NULL. "giảm 3,48 điểm và
  giảm 12 bậc so với quý IV năm 2024 (81,90 điểm, xếp thứ 29/63)": falls and previous values dated
  2024-12-31. Six group scores after "lần lượt là:" separated by ";" without "điểm" except the last (sum
  78,42) and two group falls in brackets "(giảm 1,92 điểm)". "quá hạn 3.127 hồ sơ, chiếm 2,84%, tăng 1,06%
  so với quý IV năm 2024" (a change of the overdue share); "lĩnh vực đất đai có 2.409 hồ sơ quá hạn" (one
  field, subject and level unchecked). "1.129 TTHC … toàn trình, chiếm 60,25%; tuy nhiên chỉ có 38,72% số TTHC
  này phát sinh hồ sơ trực tuyến": the last is the share of online procedures with files (as seed 000's
  "phát sinh hồ sơ"). "(chỉ tiêu năm 2025 là 60%, chưa đạt chỉ tiêu)": the province's
  target dated 2025-12-31, 31,27% carries it with "chưa đạt". Block averages (subject ANY, levels
  tỉnh/huyện/xã); counts by grade "05/21 đơn vị xếp loại Tốt, 12 đơn vị …, 04 đơn vị …" (level tỉnh),
  "5/15 huyện, thị xã, thành phố xếp loại Khá, 10 đơn vị còn lại" (unit `huyện` then `đơn vị`, level
  huyện), "27/188 xã, phường, thị trấn xếp loại Yếu" (unit `xã`); the two lowest Sở with scores in
  brackets. A dash list "- <unit> (<score> điểm): thanh toán trực tuyến x%, số hóa hồ sơ y%, quá hạn z%;" of
  three district-level units (subject as written, "UBND huyện Tân Hưng", level huyện). Numbered tasks
  "4.1."–"4.6."; their targets: "tỷ lệ … của tỉnh đạt tối thiểu 45% trong quý II năm 2025" (the province's,
  dated 2025-06-30) and "nâng tỷ lệ số hóa hồ sơ đạt tối thiểu 80%, hoàn thành trong tháng 6/2025" (the
  assignees', level unchecked, dated 2025-06-30). Six deadlines: quarter, day ("trước ngày 30/4/2025", for
  the Sở, not the Văn phòng Đăng ký đất đai it directs), "chậm nhất" day for three named districts, month,
  year ("đến hết năm 2025"), "trước ngày 10 hằng tháng" (issued 15/4/2025: first 10/5/2025).
- 259 is a Báo cáo of the Trung tâm Phục vụ hành chính công tỉnh Hưng Yên (header "UBND TỈNH HƯNG YÊN / TRUNG
  TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"), 9 tháng năm 2025, issued 03/10/2025, after the 1 July 2025 merger with Thái
  Bình (province "Hưng Yên"). "toàn tỉnh có 104 đơn vị hành chính cấp xã (93 xã, 11 phường)": subject "cấp
  xã", level xã, code None (units `đơn vị`, `xã`, `phường`). The Trung tâm's own figures have subject
  "Trung tâm Phục vụ hành chính công tỉnh", level tỉnh; "19 sở, ngành" is a count (level tỉnh). Files
  received by quarter "quý I 21.508 hồ sơ, quý II 23.916 hồ sơ, quý III (sau hợp nhất) 40.850 hồ sơ" are
  dated at each quarter's end (the third at the period end). "(6 tháng đầu năm 2025: 68,15%)" is a previous
  value dated 2025-06-30. Its Markdown table by agency (subject as written, "Công an tỉnh", level tỉnh; a row
  "Các cơ quan còn lại" with subject unchecked; received, online, on-time and payment shares; one "100" cell)
  has a "Tổng cộng" row with an empty TT cell (= the Trung tâm; 86.274, 82,80, 99,62 and 74,50 also in the
  prose). "Từ ngày 01/7/2025 đến ngày 30/9/2025, toàn tỉnh …" figures are the province's (subject NULL) or by
  level, dated at the period end; "so với chỉ tiêu năm 2025 là 80%, toàn tỉnh chưa đạt chỉ tiêu": the
  province's target dated 2025-12-31, 79,45% carries it with "chưa đạt". "Còn 6/104 xã, phường" is a count
  (unit `xã`, max 104), followed by a dash list "- <commune>: x%;" (subject as written, level xã, online
  share). "Theo kết quả đánh giá Bộ chỉ số … tháng 8/2025 …, xếp thứ 9/34 …, tăng 5 bậc so với tháng 7/2025
  (xếp thứ 14/34)": the score, rank and its rise are dated 2025-08-31 (the month evaluated, not the period
  end: the rise is between two named months), the previous rank 2025-07-31; ranks out of 34. The task's "đạt
  tối thiểu 80% trong tháng 11/2025" is the Sở Nông nghiệp và Môi trường's, dated 2025-11-30; "UBND 06 xã,
  phường nêu trên" is a count (unit `xã`). Five deadlines: day, month, quarter for the six communes,
  "chậm nhất" day in words, "trước ngày 25 hằng tháng" (issued 03/10/2025: first 25/10/2025).

Unsure readings, left unchecked (`ANY`) and said here: the subject of the level averages and of totals that
are not a whole level; the level of 258's "tối thiểu 80%" (sở and districts together) and of 256's one
target for both levels.
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
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
_KY = "cds.ky_so"
_KS = "cds.ho_so_cong_viec"
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


# ------------------------------------------------------------ 255: Sở Kế hoạch và Đầu tư tỉnh Bình Dương, năm 2024
_SKH = "Sở Kế hoạch và Đầu tư"
_Y2023 = "2023-12-31"


def _skh(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SKH, level="tỉnh", **kw)


def _row_255(subject: object, total: str, online: str, share: str, after: str) -> list[Fact]:
    """One tab-separated row of a group of business-registration procedures (or the Sở's total): files,
    files submitted online, online share."""
    cells = [(total, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (share, "%", P, _NOP, "period")]
    return _cells(subject, "tỉnh", cells, after, "\t", "\n")


BLIND_255 = [
    # I.1 (Nghị định số 01/2021/NĐ-CP of 04/01/2021 and Kế hoạch số 6120/KH-UBND of 28/12/2023 cited)
    _skh("thực hiện 118 TTHC", "118", 118, "TTHC", C, code=_TTHC),
    _skh("thuộc 6 lĩnh vực", "6", 6, "lĩnh vực", C, code=None),
    _skh("trong đó 94 TTHC", "94", 94, "TTHC", C, code=_TOAN),
    _skh("và 24 TTHC", "24", 24, "TTHC", C, code=_MOT),
    _skh("ban hành 03 quyết định", "03", 3, "quyết định", C, code=None),
    # I.2 năm 2023 dated 2023-12-31
    _skh("Sở tiếp nhận 41.836", "41.836", 41836, "hồ sơ", C, code=_TN),
    _skh("tăng 3.512 hồ sơ", "3.512", 3512, "hồ sơ", CH, code=_TN),
    _skh("(38.324 hồ sơ)", "38.324", 38324, "hồ sơ", PR, as_of=_Y2023, code=_TN),
    _skh("trực tuyến là 40.917", "40.917", 40917, "hồ sơ", C, code=_NOP),
    _skh("chiếm 97,80%", "97,80%", 97.80, "%", code=_NOP),
    _skh("giải quyết 41.502", "41.502", 41502, "hồ sơ", C, code=ANY),
    _skh("trước hạn 38.960", "38.960", 38960, "hồ sơ", C, code=ANY),
    _skh("đúng hạn 2.489", "2.489", 2489, "hồ sơ", C, code=ANY),
    _skh("quá hạn 53", "53", 53, "hồ sơ", C, code=_QH),
    _skh("đạt 99,87%", "99,87%", 99.87, "%", code=_DH),
    _skh("năm 2025 là 334", "334", 334, "hồ sơ", C, code=ANY),
    _skh("là 2,1 ngày", "2,1", 2.1, "ngày", code=_TIME),
    _skh("rút ngắn 0,3 ngày", "0,3", -0.3, "ngày", CH, code=_TIME),
    # I.3 tab-separated table by group of procedures (rows: subject ANY, level tỉnh; "Cộng" = the Sở)
    *_row_255(ANY, "6.105", "6.105", "100", "2\tĐăng ký hoạt động"),
    *_row_255(ANY, "2.318", "2.296", "99,05", "3\tĐăng ký thay đổi"),
    *_row_255(ANY, "22.740", "22.508", "98,98", "4\tThông báo tạm ngừng"),
    *_row_255(ANY, "4.126", "3.958", "95,93", "5\tGiải thể"),
    *_row_255(ANY, "1.987", "1.764", "88,78", "\tCộng"),
    *_row_255(_SKH, "37.276", "36.631", "98,27", "\nTrên địa bàn"),
    # "Trên địa bàn tỉnh": the province's businesses (subject NULL), no catalogued indicator
    F("có 5.962 doanh nghiệp", "5.962", 5962, "doanh nghiệp", C, code=ANY),
    F("68.415 tỷ đồng", "68.415", 68415, "tỷ đồng", code=ANY),
    F("tăng 8,4%", "8,4%", 8.4, "%", CH, code=ANY),
    F("bình quân 11,5 tỷ đồng", "11,5", 11.5, "tỷ đồng", code=ANY),
    F("có 1.274 doanh nghiệp", "1.274", 1274, "doanh nghiệp", C, code=ANY),
    # I.4 target of năm 2024 = the period end
    _skh("đạt 86,35%", "86,35%", 86.35, "%", code=_TT, target=60, stated_status="đạt"),
    _skh("(năm 2023: 72,18%)", "72,18%", 72.18, "%", PR, as_of=_Y2023, code=_TT),
    _skh("năm 2024 là 60%", "60%", 60, "%", T, code=_TT),
    _skh("đạt 95,62%", "95,62%", 95.62, "%", code=_SH),
    _skh("đạt 47,30%", "47,30%", 47.30, "%", code=_TSD),
    _skh("tăng 12,45%", "12,45%", 12.45, "%", CH, code=_TSD),
    _skh("điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    # I.5 ("Tổng đài 1022 Bình Dương" is a name)
    _skh("tiếp nhận 09 phản ánh", "09", 9, "PAKN", C, code=_PAKN_TN),
    _skh("quốc gia 07 PAKN", "07", 7, "PAKN", C, code=ANY),
    _skh("Bình Dương 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    _skh("xong 09/09 PAKN", "09/09", 9, "PAKN", C, max_value=9, code=_PAKN_XL),
    _skh("đạt 98,12%", "98,12%", 98.12, "%", code=_HL),
    # I.6 rank among the province's agencies; năm 2023 dated 2023-12-31
    _skh("Sở đạt 90,64", "90,64", 90.64, "điểm", code=_TONG),
    _skh("thứ 2/20", "2/20", 2, "hạng", R, max_value=20, code=_HANG),
    _skh("tăng 2,69 điểm", "2,69", 2.69, "điểm", CH, code=_TONG),
    _skh("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    _skh("(87,95 điểm", "87,95", 87.95, "điểm", PR, as_of=_Y2023, code=_TONG),
    _skh("thứ 6/20)", "6/20", 6, "hạng", PR, max_value=20, as_of=_Y2023, code=_HANG),
    # III. tasks (address "Tầng 4, Tháp A" and phone 0274.3822.047 are not figures)
    F("tối thiểu 95%", "95%", 95, "%", T, subject=ANY, level="tỉnh", as_of="2025-03-31", code=ANY),
    _skh("đối với 12 TTHC", "12", 12, "TTHC", C, code=ANY),
    _skh("đạt trên 60%", "60%", 60, "%", T, as_of="2025-12-31", code=_TSD),
]

# ------------------------------------------------------------ 256: UBND huyện Đức Thọ (Hà Tĩnh), 6 tháng đầu năm 2025
_DT = "UBND huyện Đức Thọ"
_MAY_256 = "2025-05-31"
_HUYEN = {"subject": "cấp huyện", "level": "huyện"}
_XA = {"subject": "cấp xã", "level": "xã"}


def _commune_256(name: str, files: str, online: str, digitised: str, **online_kw) -> list[Fact]:
    """One dash-list item "- <commune>: <files> hồ sơ, trực tuyến <x>%, số hóa <y>%" (level xã)."""
    return [F(f"{name}: {files}", files, _num(files), "hồ sơ", C, subject=name, level="xã", code=_TN),
            F(f"trực tuyến {online}", online, _num(online), "%", subject=name, level="xã", code=_NOP, **online_kw),
            F(f"số hóa {digitised}", digitised, _num(digitised), "%", subject=name, level="xã", code=_SH)]


_LATE = {"target": 80, "stated_status": "chưa đạt"}

BLIND_256 = [
    # I.1 (Công văn số 2385/VP-KSTT of 06/6/2025 cited; "từ ngày 01/01/2025 đến ngày 15/6/2025" is the period)
    F("công khai 286 TTHC", "286", 286, "TTHC", C, **_HUYEN, code=ANY),
    F("và 117 TTHC", "117", 117, "TTHC", C, **_XA, code=ANY),
    F("trong đó 198 TTHC", "198", 198, "TTHC", C, **_HUYEN, code=_TOAN),
    F("có 16/16", "16/16", 16, "xã", C, max_value=16, subject=ANY, level="xã", code=None),
    # I.2 a) Cấp huyện
    F("tiếp nhận 4.872", "4.872", 4872, "hồ sơ", C, **_HUYEN, code=_TN),
    F("chuyển sang 215", "215", 215, "hồ sơ", C, **_HUYEN, code=ANY),
    F("mới 4.657 hồ sơ)", "4.657", 4657, "hồ sơ", C, **_HUYEN, code=ANY),
    F("trực tuyến 3.938", "3.938", 3938, "hồ sơ", C, **_HUYEN, code=_NOP),
    F("chiếm 84,56%", "84,56%", 84.56, "%", **_HUYEN, code=_NOP, target=80, stated_status="đạt"),
    F("giải quyết 4.603", "4.603", 4603, "hồ sơ", C, **_HUYEN, code=ANY),
    F("đúng hạn 4.561", "4.561", 4561, "hồ sơ", C, **_HUYEN, code=_DH),
    F("đạt 99,09%", "99,09%", 99.09, "%", **_HUYEN, code=_DH),
    F("quá hạn 42", "42", 42, "hồ sơ", C, **_HUYEN, code=_QH),
    F("(37 hồ sơ)", "37", 37, "hồ sơ", C, subject=ANY, level="huyện", code=_QH),
    F("là 4,2 ngày", "4,2", 4.2, "ngày", **_HUYEN, code=_TIME),
    # I.2 b) Cấp xã
    F("của 16 xã", "16", 16, "xã", C, subject=ANY, level="xã", code=None),
    F("tiếp nhận 18.346", "18.346", 18346, "hồ sơ", C, **_XA, code=_TN),
    F("trực tuyến 15.127", "15.127", 15127, "hồ sơ", C, **_XA, code=_NOP),
    F("chiếm 82,45%", "82,45%", 82.45, "%", **_XA, code=_NOP, target=80, stated_status="đạt"),
    F("giải quyết 18.210", "18.210", 18210, "hồ sơ", C, **_XA, code=ANY),
    F("đạt 99,71%", "99,71%", 99.71, "%", **_XA, code=_DH),
    *_commune_256("Thị trấn Đức Thọ", "2.416", "93,18%", "96,40%"),
    *_commune_256("Xã Tùng Ảnh", "1.385", "90,04%", "92,57%"),
    *_commune_256("Xã Lâm Trung Thủy", "1.102", "88,57%", "89,93%"),
    *_commune_256("Xã Tân Dân", "946", "71,67%", "70,12%", **_LATE),
    *_commune_256("Xã Đức Lạng", "603", "64,18%", "66,50%", **_LATE),
    # one target for both levels (subject and level unchecked), dated at the end of 2025
    F("năm 2025 là 80%", "80%", 80, "%", T, subject=ANY, level=ANY, as_of="2025-12-31", code=_NOP),
    # I.3 by level after "tương ứng"
    F("tương ứng là 68,42%", "68,42%", 68.42, "%", **_HUYEN, code=_TT),
    F("và 55,17%", "55,17%", 55.17, "%", **_XA, code=_TT),
    F("tương ứng đạt 91,36%", "91,36%", 91.36, "%", **_HUYEN, code=_SH),
    F("và 83,08%", "83,08%", 83.08, "%", **_XA, code=_SH),
    F("bản chính 2.915", "2.915", 2915, "trường hợp", C, subject=_DT, level="huyện", code=_CT),
    F("(cấp huyện 1.126", "1.126", 1126, "trường hợp", C, **_HUYEN, code=_CT),
    F("cấp xã 1.789", "1.789", 1789, "trường hợp", C, **_XA, code=_CT),
    # I.4 the district's own PAKN
    F("tiếp nhận 06 phản ánh", "06", 6, "PAKN", C, subject=_DT, level="huyện", code=_PAKN_TN),
    F("xử lý 05 PAKN", "05", 5, "PAKN", C, subject=_DT, level="huyện", code=_PAKN_XL),
    F("đạt 83,33%", "83,33%", 83.33, "%", subject=_DT, level="huyện", code=_PAKN_TL),
    F("01 PAKN đang", "01", 1, "PAKN", C, subject=_DT, level="huyện", code=ANY),
    F("đạt 95,80%", "95,80%", 95.80, "%", subject=_DT, level="huyện", code=_HL),
    # I.5 the evaluation of tháng 5/2025 (dated 2025-05-31); tháng 4/2025 dated 2025-04-30
    F("đạt 84,26 điểm", "84,26", 84.26, "điểm", subject=_DT, level="huyện", as_of=_MAY_256, code=_TONG),
    F("thứ 5/13", "5/13", 5, "hạng", R, max_value=13, subject=_DT, level="huyện", as_of=_MAY_256, code=_HANG),
    F("thứ 8/13)", "8/13", 8, "hạng", PR, max_value=13, subject=_DT, level="huyện", as_of="2025-04-30",
      code=_HANG),
    F("(82,91 điểm)", "82,91", 82.91, "điểm", subject=ANY, level="huyện", as_of=_MAY_256, code=_TONG),
    F("là 80,15 điểm", "80,15", 80.15, "điểm", subject=ANY, level="xã", as_of=_MAY_256, code=_TONG),
    F("(88,40 điểm)", "88,40", 88.40, "điểm", subject="Thị trấn Đức Thọ", level="xã", as_of=_MAY_256, code=_TONG),
    F("(74,62 điểm)", "74,62", 74.62, "điểm", subject="xã Đức Lạng", level="xã", as_of=_MAY_256, code=_TONG),
    # III. tasks (phone 0239.3832.213 is not a figure)
    F("tối thiểu 80%", "80%", 80, "%", T, subject="UBND xã Tân Dân, UBND xã Đức Lạng", level="xã",
      as_of="2025-06-30", code=_NOP),
]

# ---------------------------------------- 257: Ban Chỉ đạo Chuyển đổi số tỉnh Hòa Bình, quý I năm 2025
_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_KQ_SH = ANY  # "Số hóa kết quả (%)": digitised results, no catalogued indicator read for sure


def _row_257(subject: object, files: str, digitised: str, results: str, reused: str, after: str) -> list[Fact]:
    """One Markdown row of a provincial agency (or the total of the eight): files received, digitised files,
    digitised results, reused data."""
    cells = [(files, "hồ sơ", P, _TN, "period"), (digitised, "%", P, _SH, "period"),
             (results, "%", P, _KQ_SH, "period"), (reused, "%", P, _TSD, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_257 = [
    # I.1 (Quyết định số 749/QĐ-TTg of 03/6/2020 and Kế hoạch số 27/KH-BCĐ of 20/01/2025 cited; "mức độ 2" and
    # "14 tuổi" are not figures)
    F("băng rộng: 78,6%", "78,6%", 78.6, "%", code=ANY),
    F("tới 100%", "100%", 100, "%", subject=ANY, level=ANY, code=ANY),
    F("kích hoạt: 512.384", "512.384", 512384, "tài khoản", C, code=_TK),
    F("đạt 71,25%", "71,25%", 71.25, "%", code=_TK),
    # I.2 by level
    F("cấp tỉnh 98,74%", "98,74%", 98.74, "%", **_TINH, code=_KY),
    F("cấp huyện 96,20%", "96,20%", 96.20, "%", **_HUYEN, code=_KY),
    F("cấp xã 91,05%", "91,05%", 91.05, "%", **_XA, code=_KY),
    F("cấp tỉnh 95,31%", "95,31%", 95.31, "%", **_TINH, code=_KS, target=90),
    F("cấp huyện 88,46%", "88,46%", 88.46, "%", **_HUYEN, code=_KS, target=80),
    F("cấp xã 76,92%", "76,92%", 76.92, "%", **_XA, code=_KS, target=70),
    F("tương ứng là 90%", "90%", 90, "%", T, **_TINH, as_of="2025-12-31", code=_KS),
    F("80% và 70%", "80%", 80, "%", T, **_HUYEN, as_of="2025-12-31", code=_KS),
    F("và 70%)", "70%", 70, "%", T, **_XA, as_of="2025-12-31", code=_KS),
    F("có 1.896 TTHC", "1.896", 1896, "TTHC", C, code=_TTHC),
    F("đó 1.104 TTHC", "1.104", 1104, "TTHC", C, code=_TOAN),
    F("chiếm 58,23%", "58,23%", 58.23, "%", code=_TOAN),
    F("tiếp nhận 96.418", "96.418", 96418, "hồ sơ", C, code=_TN),
    F("trực tuyến 61.275", "61.275", 61275, "hồ sơ", C, code=_NOP),
    F("chiếm 63,55%", "63,55%", 63.55, "%", code=_NOP),
    F("2024: 58,71%)", "58,71%", 58.71, "%", PR, as_of="2024-12-31", code=_NOP),
    F("tỉnh đạt 42,86%", "42,86%", 42.86, "%", code=_TT),
    # I.3
    F("toàn tỉnh đạt 84,37%", "84,37%", 84.37, "%", code=_SH),
    F("cấp huyện đạt 82,16%", "82,16%", 82.16, "%", **_HUYEN, code=_SH),
    F("cấp xã đạt 75,49%", "75,49%", 75.49, "%", **_XA, code=_SH),
    F("Có 4/10", "4/10", 4, "huyện", C, max_value=10, subject=ANY, level="huyện", code=None),
    F("của 08 sở", "08", 8, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    # Markdown table of eight agencies (subject as written, level tỉnh); "Tổng cộng" is the eight's total, not
    # the whole provincial level (subject unchecked, level tỉnh)
    *_row_257("Sở Nông nghiệp và Môi trường", "3.846", "92,15", "97,40", "41,08", "| 2 | Sở Xây dựng"),
    *_row_257("Sở Xây dựng", "1.275", "88,63", "95,12", "36,47", "| 3 | Sở Tư pháp"),
    *_row_257("Sở Tư pháp", "2.914", "99,52", "100", "68,33", "| 4 | Sở Tài chính"),
    *_row_257("Sở Tài chính", "1.602", "94,07", "98,25", "52,60", "| 5 | Sở Công Thương"),
    *_row_257("Sở Công Thương", "986", "97,87", "99,39", "47,15", "| 6 | Sở Y tế"),
    *_row_257("Sở Y tế", "1.138", "81,20", "93,06", "29,84", "| 7 | Sở Giáo dục"),
    *_row_257("Sở Giáo dục và Đào tạo", "734", "100", "100", "55,72", "| 8 | Sở Văn hóa"),
    *_row_257("Sở Văn hóa, Thể thao và Du lịch", "412", "76,46", "90,53", "18,20", "| | Tổng cộng"),
    *_row_257(ANY, "12.907", "93,12", "97,57", "47,78", "\nCó 02/08"),
    F("Có 02/08", "02/08", 2, "đơn vị", C, max_value=8, subject=ANY, level="tỉnh", code=None),
    F("hóa 100% kết quả", "100%", 100, "%", subject=ANY, level="tỉnh", code=ANY),
    # I.4 no catalogued indicator
    F("ước đạt 7,2%", "7,2%", 7.2, "%", code=ANY),
    F("Có 18.560", "18.560", 18560, "hộ", C, code=ANY),
    F("151/151", "151/151", 151, "xã", C, max_value=151, subject=ANY, level="xã", code=None),
    F("với 7.248", "7.248", 7248, "thành viên", C, subject=ANY, level=ANY, code=ANY),
    # I.5
    F("đạt 80,57/100", "80,57/100", 80.57, "điểm", max_value=100, code=_TONG),
    F("thứ 38/63", "38/63", 38, "hạng", R, max_value=63, code=_HANG),
    F("đạt 13,64/22", "13,64/22", 13.64, "điểm", max_value=22, code="766.so_hoa"),
    # II. tasks (address "số 4 đường An Dương Vương" and phone 0218.3898.606 are not figures)
    F("đạt trên 90%", "90%", 90, "%", T, subject="Sở Y tế, Sở Văn hóa, Thể thao và Du lịch", level="tỉnh",
      as_of="2025-05-31", code=_SH),
    F("đạt 80% dân số", "80%", 80, "%", T, as_of="2025-06-30", code=_TK),
]

# ------------------------------------------------------------ 258: UBND tỉnh Long An (Công văn), quý I năm 2025
_Q4_2024 = "2024-12-31"


def _district_258(name: str, score: str, paid: str, digitised: str, late: str) -> list[Fact]:
    """One dash-list item "- <unit> (<score> điểm): thanh toán trực tuyến x%, số hóa hồ sơ y%, quá hạn z%"."""
    return [F(f"({score} điểm)", score, _num(score), "điểm", subject=name, level="huyện", code=_TONG),
            F(f"trực tuyến {paid}", paid, _num(paid), "%", subject=name, level="huyện", code=_TT),
            F(f"hồ sơ {digitised}", digitised, _num(digitised), "%", subject=name, level="huyện", code=_SH),
            F(f"quá hạn {late}", late, _num(late), "%", subject=name, level="huyện", code=_QH)]


BLIND_258 = [
    # 1. (766/QĐ-TTg of 23/6/2022 and the address https://dichvucong.gov.vn cited); quý IV năm 2024 dated 2024-12-31
    F("đạt 78,42/100", "78,42/100", 78.42, "điểm", max_value=100, code=_TONG),
    F("thứ 41/63", "41/63", 41, "hạng", R, max_value=63, code=_HANG),
    F("giảm 3,48 điểm", "3,48", -3.48, "điểm", CH, code=_TONG),
    F("giảm 12 bậc", "12", -12, "hạng", CH, code=_HANG),
    F("(81,90 điểm", "81,90", 81.90, "điểm", PR, max_value=100, as_of=_Q4_2024, code=_TONG),
    F("thứ 29/63)", "29/63", 29, "hạng", PR, max_value=63, as_of=_Q4_2024, code=_HANG),
    # six groups after "lần lượt là:" separated by ";" (sum 78,42); two falls in brackets
    F("minh bạch 16,82/18", "16,82/18", 16.82, "điểm", max_value=18, code="766.cong_khai"),
    F("giải quyết 18,95/20", "18,95/20", 18.95, "điểm", max_value=20, code="766.tien_do"),
    F("trực tuyến 9,47/12", "9,47/12", 9.47, "điểm", max_value=12, code="766.dvctt"),
    F("trực tuyến 4,36/10", "4,36/10", 4.36, "điểm", max_value=10, code="766.thanh_toan"),
    F("hài lòng 16,20/18", "16,20/18", 16.20, "điểm", max_value=18, code="766.hai_long"),
    F("hồ sơ 12,62/22", "12,62/22", 12.62, "điểm", max_value=22, code="766.so_hoa"),
    F("(giảm 1,92 điểm)", "1,92", -1.92, "điểm", CH, code="766.so_hoa"),
    F("(giảm 1,35 điểm)", "1,35", -1.35, "điểm", CH, code="766.thanh_toan"),
    # 2.
    F("tiếp nhận 118.563", "118.563", 118563, "hồ sơ", C, code=_TN),
    F("giải quyết 110.092", "110.092", 110092, "hồ sơ", C, code=ANY),
    F("quá hạn 3.127", "3.127", 3127, "hồ sơ", C, code=_QH),
    F("chiếm 2,84%", "2,84%", 2.84, "%", code=_QH),
    F("tăng 1,06%", "1,06%", 1.06, "%", CH, code=_QH),
    F("có 2.409 hồ sơ", "2.409", 2409, "hồ sơ", C, subject=ANY, level=ANY, code=_QH),
    F("có 1.874 TTHC", "1.874", 1874, "TTHC", C, code=_TTHC),
    F("đó 1.129 TTHC", "1.129", 1129, "TTHC", C, code=_TOAN),
    F("chiếm 60,25%", "60,25%", 60.25, "%", code=_TOAN),
    F("có 38,72%", "38,72%", 38.72, "%", code="766.dvctt.phat_sinh_ho_so"),
    F("đạt 57,16%", "57,16%", 57.16, "%", code=_NOP),
    F("2024: 61,03%)", "61,03%", 61.03, "%", PR, as_of=_Q4_2024, code=_NOP),
    F("đạt 31,27%", "31,27%", 31.27, "%", code=_TT, target=60, stated_status="chưa đạt"),
    F("năm 2025 là 60%", "60%", 60, "%", T, as_of="2025-12-31", code=_TT),
    F("đạt 68,94%", "68,94%", 68.94, "%", code=_SH),
    F("giảm 5,12%", "5,12%", -5.12, "%", CH, code=_SH),
    F("tiếp nhận 46 PAKN", "46", 46, "PAKN", C, code=_PAKN_TN),
    F("xử lý 41 PAKN", "41", 41, "PAKN", C, code=_PAKN_XL),
    F("đạt 89,13%", "89,13%", 89.13, "%", code=_PAKN_TL),
    F("đạt 88,42%", "88,42%", 88.42, "%", code=_HL),
    # 3. block averages; counts of units by grade (code None)
    F("ngành là 84,15 điểm", "84,15", 84.15, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("thành phố là 79,36 điểm", "79,36", 79.36, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("thị trấn là 76,08 điểm", "76,08", 76.08, "điểm", subject=ANY, level="xã", code=_TONG),
    F("có 05/21", "05/21", 5, "đơn vị", C, max_value=21, subject=ANY, level="tỉnh", code=None),
    F("12 đơn vị", "12", 12, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("04 đơn vị", "04", 4, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("(71,24 điểm)", "71,24", 71.24, "điểm", subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_TONG),
    F("(73,05 điểm)", "73,05", 73.05, "điểm", subject="Sở Xây dựng", level="tỉnh", code=_TONG),
    F("có 5/15", "5/15", 5, "huyện", C, max_value=15, subject=ANY, level="huyện", code=None),
    F("10 đơn vị", "10", 10, "đơn vị", C, subject=ANY, level="huyện", code=None),
    F("có 27/188", "27/188", 27, "xã", C, max_value=188, subject=ANY, level="xã", code=None),
    *_district_258("UBND huyện Tân Hưng", "72,18", "18,45%", "52,30%", "6,12%"),
    *_district_258("UBND huyện Đức Huệ", "73,40", "20,07%", "55,81%", "5,36%"),
    *_district_258("UBND huyện Cần Giuộc", "74,95", "24,66%", "58,02%", "4,79%"),
    # 4. tasks ("4.1." … "4.6." are section numbers; phone 0272.3826.125 is not a figure)
    F("tối thiểu 45%", "45%", 45, "%", T, as_of="2025-06-30", code=_TT),
    F("tối thiểu 80%", "80%", 80, "%", T, subject="Các sở, ban, ngành, UBND các huyện, thị xã, thành phố",
      level=ANY, as_of="2025-06-30", code=_SH),
]

# -------------------- 259: Trung tâm Phục vụ hành chính công tỉnh Hưng Yên, 9 tháng năm 2025
_TTPV = "Trung tâm Phục vụ hành chính công tỉnh"
_AUG_259 = "2025-08-31"
_CAP_XA = {"subject": "cấp xã", "level": "xã", "code": None}


def _tt(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Trung tâm itself (subject the Trung tâm, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_TTPV, level="tỉnh", **kw)


def _row_259(subject: object, received: str, online: str, on_time: str, paid: str, after: str) -> list[Fact]:
    """One Markdown row of an agency at the Trung tâm (or the Trung tâm's total): files received, online,
    on-time and online-payment shares."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "%", P, _NOP, "period"),
             (on_time, "%", P, _DH, "period"), (paid, "%", P, _TT, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_259 = [
    # intro (Nghị quyết số 202/2025/QH15 of 12/6/2025 cited; "số 8 đường Chùa Chuông", "số 76 đường Lý Thường
    # Kiệt" are addresses): the province's communes after the merger
    F("có 104 đơn vị", "104", 104, "đơn vị", C, **_CAP_XA),
    F("(93 xã", "93", 93, "xã", C, **_CAP_XA),
    F("11 phường)", "11", 11, "phường", C, **_CAP_XA),
    # I.1 quarters dated at their ends
    _tt("tiếp nhận 86.274", "86.274", 86274, "hồ sơ", C, code=_TN),
    F("của 19 sở", "19", 19, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    _tt("quý I 21.508", "21.508", 21508, "hồ sơ", C, as_of="2025-03-31", code=_TN),
    _tt("quý II 23.916", "23.916", 23916, "hồ sơ", C, as_of="2025-06-30", code=_TN),
    _tt("hợp nhất) 40.850", "40.850", 40850, "hồ sơ", C, code=_TN),
    _tt("trực tuyến là 71.433", "71.433", 71433, "hồ sơ", C, code=_NOP),
    _tt("chiếm 82,80%", "82,80%", 82.80, "%", code=_NOP),
    _tt("trả kết quả 84.912", "84.912", 84912, "hồ sơ", C, code=ANY),
    _tt("đúng hạn 84.587", "84.587", 84587, "hồ sơ", C, code=_DH),
    _tt("đạt 99,62%", "99,62%", 99.62, "%", code=_DH),
    _tt("là 3,4 ngày", "3,4", 3.4, "ngày", code=_TIME),
    _tt("Trung tâm đạt 74,50%", "74,50%", 74.50, "%", code=_TT),
    _tt("2025: 68,15%)", "68,15%", 68.15, "%", PR, as_of="2025-06-30", code=_TT),
    # I.2 Markdown table by agency (subject as written, level tỉnh); "Tổng cộng" = the Trung tâm
    *_row_259("Công an tỉnh", "24.615", "91,26", "99,98", "85,40", "| 2 | Sở Nông nghiệp"),
    *_row_259("Sở Nông nghiệp và Môi trường", "15.382", "68,47", "98,71", "52,16", "| 3 | Sở Tư pháp"),
    *_row_259("Sở Tư pháp", "12.094", "89,63", "99,85", "90,07", "| 4 | Sở Xây dựng"),
    *_row_259("Sở Xây dựng", "8.736", "76,20", "99,12", "61,35", "| 5 | Sở Y tế"),
    *_row_259("Sở Y tế", "7.458", "80,14", "99,56", "73,92", "| 6 | Sở Tài chính"),
    *_row_259("Sở Tài chính", "6.927", "95,08", "100", "88,21", "| 7 | Các cơ quan"),
    *_row_259(ANY, "11.062", "75,75", "99,70", "66,48", "| | Tổng cộng"),
    *_row_259(_TTPV, "86.274", "82,80", "99,62", "74,50", "\nSở Nông nghiệp và Môi trường có"),
    # I.3
    _tt("tiếp nhận 21 phản ánh", "21", 21, "PAKN", C, code=_PAKN_TN),
    _tt("trả lời 20 PAKN", "20", 20, "PAKN", C, code=_PAKN_XL),
    _tt("01 PAKN đang", "01", 1, "PAKN", C, code=ANY),
    _tt("đạt 97,46%", "97,46%", 97.46, "%", code=_HL),
    # II. the whole province from 01/7/2025 to 30/9/2025 (dated at the period end)
    F("tiếp nhận 312.486", "312.486", 312486, "hồ sơ", C, code=_TN),
    F("cấp tỉnh 40.850", "40.850", 40850, "hồ sơ", C, **_TINH, code=_TN),
    F("cấp xã 271.636", "271.636", 271636, "hồ sơ", C, **_XA, code=_TN),
    F("toàn tỉnh đạt 79,45%", "79,45%", 79.45, "%", code=_NOP, target=80, stated_status="chưa đạt"),
    F("đạt 78,92%", "78,92%", 78.92, "%", **_XA, code=_NOP),
    F("năm 2025 là 80%", "80%", 80, "%", T, as_of="2025-12-31", code=_NOP),
    F("đạt 98,86%", "98,86%", 98.86, "%", **_XA, code=_DH),
    F("Còn 6/104", "6/104", 6, "xã", C, max_value=104, subject=ANY, level="xã", code=None),
    F("Tiền Hải: 61,27%", "61,27%", 61.27, "%", subject="Xã Tiền Hải", level="xã", code=_NOP),
    F("Hưng Hà: 63,90%", "63,90%", 63.90, "%", subject="Xã Hưng Hà", level="xã", code=_NOP),
    F("Quỳnh Phụ: 65,14%", "65,14%", 65.14, "%", subject="Xã Quỳnh Phụ", level="xã", code=_NOP),
    F("Trần Lãm: 66,03%", "66,03%", 66.03, "%", subject="Phường Trần Lãm", level="xã", code=_NOP),
    F("Thái Thụy: 67,58%", "67,58%", 67.58, "%", subject="Xã Thái Thụy", level="xã", code=_NOP),
    F("Kiến Xương: 68,72%", "68,72%", 68.72, "%", subject="Xã Kiến Xương", level="xã", code=_NOP),
    # the index of tháng 8/2025 (dated 2025-08-31, its rise too), ranks among 34 provinces; tháng 7/2025 dated
    # 2025-07-31
    F("đạt 85,73/100", "85,73/100", 85.73, "điểm", max_value=100, as_of=_AUG_259, code=_TONG),
    F("thứ 9/34", "9/34", 9, "hạng", R, max_value=34, as_of=_AUG_259, code=_HANG),
    F("tăng 5 bậc", "5", 5, "hạng", CH, as_of=_AUG_259, code=_HANG),
    F("thứ 14/34)", "14/34", 14, "hạng", PR, max_value=34, as_of="2025-07-31", code=_HANG),
    # III. tasks (phone 0221.3555.168 is not a figure)
    F("tối thiểu 80%", "80%", 80, "%", T, subject="Sở Nông nghiệp và Môi trường", level="tỉnh", as_of="2025-11-30",
      code=_NOP),
    F("UBND 06 xã", "06", 6, "xã", C, subject=ANY, level="xã", code=None),
]

BLIND = {"255": BLIND_255, "256": BLIND_256, "257": BLIND_257, "258": BLIND_258, "259": BLIND_259}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "255": [
        ("2025-03-31", "quarter", "quý I năm 2025", "nộp hồ sơ giải thể qua mạng", "Phòng Đăng ký kinh doanh"),
        ("2025-02-28", "day", "28/02/2025", "cắt giảm thời gian giải quyết", "Văn phòng Sở"),
        # issued 09/01/2025: the first "ngày 05 hằng tháng" is 05/02/2025
        ("2025-02-05", "recurring", "05 hằng tháng", "cập nhật số liệu đăng ký doanh nghiệp",
         "Phòng Đăng ký kinh doanh"),
        ("2025-03-31", "month", "tháng 3/2025", "chuẩn hóa dữ liệu hồ sơ dự án đầu tư",
         "Phòng Đấu thầu, thẩm định và giám sát đầu tư"),
        ("2025-12-31", "year", "năm 2025", "sử dụng lại dữ liệu số hóa", "Các phòng chuyên môn thuộc Sở"),
    ],
    "256": [
        ("2025-06-28", "day", "28/6/2025", "bàn giao hồ sơ đang giải quyết", "Văn phòng HĐND và UBND huyện"),
        ("2025-06-25", "day", "ngày 25 tháng 6 năm 2025", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "Phòng Nông nghiệp và Môi trường"),
        ("2025-06-30", "month", "tháng 6/2025", "nâng tỷ lệ nộp hồ sơ trực tuyến",
         "UBND xã Tân Dân, UBND xã Đức Lạng"),
        # issued 18/6/2025: the first "ngày 20 hằng tháng" is 20/6/2025
        ("2025-06-20", "recurring", "20 hằng tháng", "cập nhật kết quả giải quyết hồ sơ", "UBND các xã, thị trấn"),
    ],
    "257": [
        ("2025-04-30", "day", "30/4/2025", "nâng cấp Nền tảng tích hợp, chia sẻ dữ liệu", "Sở Khoa học và Công nghệ"),
        ("2025-05-31", "month", "tháng 5/2025", "nâng tỷ lệ số hóa hồ sơ TTHC",
         "Sở Y tế, Sở Văn hóa, Thể thao và Du lịch"),
        ("2025-06-30", "quarter", "quý II năm 2025", "kích hoạt tài khoản định danh điện tử", "Công an tỉnh"),
        ("2025-05-10", "day", "ngày 10 tháng 5 năm 2025", "đồng bộ dữ liệu hồ sơ số hóa", "Văn phòng UBND tỉnh"),
        # every quarter; issued 07/4/2025: the first "ngày 15 của tháng cuối quý" is 15/6/2025
        ("2025-06-15", "recurring", "ngày 15 của tháng cuối quý", "báo cáo kết quả chuyển đổi số",
         "UBND các huyện, thành phố"),
    ],
    "258": [
        ("2025-06-30", "quarter", "quý II năm 2025", "thanh toán trực tuyến", "Sở Tài chính"),
        ("2025-04-30", "day", "30/4/2025", "giải quyết dứt điểm hồ sơ đất đai quá hạn",
         "Sở Nông nghiệp và Môi trường"),
        ("2025-04-25", "day", "25/4/2025", "xây dựng kế hoạch khắc phục",
         "UBND huyện Tân Hưng, UBND huyện Đức Huệ, UBND huyện Cần Giuộc"),
        ("2025-06-30", "month", "tháng 6/2025", "nâng tỷ lệ số hóa hồ sơ",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
        ("2025-12-31", "year", "năm 2025", "không để phát sinh hồ sơ quá hạn", "UBND các huyện, thị xã, thành phố"),
        # issued 15/4/2025: the first "ngày 10 hằng tháng" is 10/5/2025
        ("2025-05-10", "recurring", "10 hằng tháng", "tổng hợp kết quả khắc phục", "Văn phòng UBND tỉnh"),
    ],
    "259": [
        ("2025-10-31", "day", "31/10/2025", "hợp nhất dữ liệu hồ sơ", "Phòng Hành chính - Tổng hợp"),
        ("2025-11-30", "month", "tháng 11/2025", "nâng tỷ lệ hồ sơ nộp trực tuyến", "Sở Nông nghiệp và Môi trường"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "nâng tỷ lệ nộp hồ sơ trực tuyến",
         "UBND 06 xã, phường nêu trên"),
        ("2025-11-15", "day", "ngày 15 tháng 11 năm 2025", "số hóa hồ sơ lưu trữ", "Phòng Tiếp nhận và Trả kết quả"),
        # issued 03/10/2025: the first "ngày 25 hằng tháng" is 25/10/2025
        ("2025-10-25", "recurring", "25 hằng tháng", "gửi số liệu về Trung tâm",
         "Các sở, ngành có TTHC tiếp nhận tại Trung tâm"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 256's period is the
# window it states ("từ ngày 01/01/2025 đến ngày 15/6/2025"), as golden/blind6.py's 121 does; 258 is a Công văn
# whose period is the quarter in its "V/v" line.
META = {
    "255": {"doc_number": "38/BC-SKHĐT", "doc_type": "Báo cáo", "issued_date": "2025-01-09",
            "province": "Bình Dương", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Nguyễn Thanh Tâm"},
    "256": {"doc_number": "214/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-06-18",
            "province": "Hà Tĩnh", "period_label": "6 tháng đầu năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-06-15", "signer": "Lê Văn Hòa"},
    "257": {"doc_number": "15/BC-BCĐ", "doc_type": "Báo cáo", "issued_date": "2025-04-07",
            "province": "Hòa Bình", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Hoàng Văn Lâm"},
    "258": {"doc_number": "2147/UBND-KSTT", "doc_type": "Công văn", "issued_date": "2025-04-15",
            "province": "Long An", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Trương Hoàng Phúc"},
    "259": {"doc_number": "126/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2025-10-03",
            "province": "Hưng Yên", "period_label": "9 tháng năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-09-30", "signer": "Vũ Thị Thanh Hương"},
}
