"""Blind golden facts for corpus/blind89/520_son_la.txt, 521_ha_tinh.txt, 522_an_giang.txt, 523_vinh_phuc.txt and
524_lam_dong.txt.

The five documents were written by the developers for an eighty-ninth blind measurement (provinces not used in sets
70–88; issuers at the district level before the 1 July 2025 merger and provincial bodies with their own procedures: a
UBND huyện's half-year report with a table of its communes, a Phòng Nội vụ huyện's report on the district's own
Chỉ số CCHC of its communes, a Trung tâm Phục vụ hành chính công tỉnh's monthly report by the agencies whose counters
it hosts, a Ban Quản lý các khu công nghiệp on investment, labour and construction procedures, a Sở Y tế after the
merger with a table by sub-field; not real documents), and every row below was written by reading them, before any
extraction, restoration or pipeline code was run on them. They also serve as held-out text for diacritic restoration
(marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind88.py, blind87.py, blind16.py and blind13.py: rows use
`golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it). Prose and list
counts are kind `count`; table cells are kind `value` even when they count, with `extra={"source": "table"}`;
`as_of="period"` is the period's end; a change is dated with the figure it changes (the period end unless that figure
is dated otherwise) and a fall ("giảm", "rút ngắn") is negative. `ANY` leaves a field unchecked where the sentence
names no catalogued indicator (`None` where it clearly names none: counts of decisions, documents, fields, criteria,
units, desks, staff, parks, meetings). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" and a firm's
"kiến nghị" the unit `PAKN`; a count of the files (or PAKN) an indicator is computed on carries that indicator's code;
every "đã giải quyết" count, files carried over or newly received, files pending, files returned, and the parts of a
settled whole given apart next to each other ("trước hạn …, đúng hạn …") have their code unchecked, "trước hạn và đúng
hạn" together the on-time code, the overdue part the overdue code. Counts of local units take the unit of their first
unit word ("11/11 xã", "124 xã, phường, đặc khu" → `xã`; "8/13 huyện, thị xã, thành phố" is a rank), counts of "đơn
vị", "cơ quan", "sở, ban, ngành" → `đơn vị`, at the level of the bodies counted (subject unchecked). A provincial
body's own figures naming no body are named by its kind ("Trung tâm Phục vụ hành chính công tỉnh", "Ban Quản lý các
khu công nghiệp" as golden/blind75.py's 454, "Sở Y tế"), level tỉnh; a district's own figures ("của huyện", "UBND
huyện …") have the district as subject ("UBND huyện Quỳnh Nhai", "UBND huyện Vũ Quang"), level huyện; figures under
"a) Cấp huyện" are "cấp huyện", under "b) Cấp xã" "cấp xã". Certified copies and self-declarations count in `bản`;
other things take the noun as written (`văn bản`, `quầy`, `công chức`, `kết quả`, `lượt`, `phiếu`, `lĩnh vực`, `tiêu
chí`, `khu công nghiệp`, `giấy chứng nhận`, `dự án`, `giấy phép`, `trường hợp`, `hội nghị`, `doanh nghiệp`,
`chứng chỉ`, `cơ sở`, `giấy chứng sinh`, `giấy báo tử`, `quyết định`); money keeps the unit written (`triệu USD`, `tỷ
đồng`; code unchecked). Numbers written in words are no figures ("ba tỉnh", "ba Sở", "quý đầu tiên"). Dates, document
numbers, cited decisions, plans, letters, decrees and laws ("Kế hoạch số 38/KH-UBND", "Công văn số 1537/VP-KSTT",
"Quyết định số 1124/QĐ-UBND", "Quyết định số 1126/QĐ-UBND", "Kế hoạch số 402/KH-UBND", "Quyết định số 468/QĐ-UBND",
"Kế hoạch số 27/KH-UBND", "Luật Đầu tư số 61/2020/QH14", "Nghị định số 118/2025/NĐ-CP", "Công văn số
215/VP-KSTT"), the stated windows ("từ ngày 01/01/2024 đến ngày 30/6/2024", "từ ngày 06/01/2025 đến ngày 24/01/2025",
"từ ngày 01/5/2025 đến ngày 31/5/2025", "từ ngày 01/01/2025 đến ngày 31/3/2025", "từ ngày 01/7/2025 đến ngày
30/9/2025"), "Trong 6 tháng", "Tính đến ngày 31/3/2025" (the period end), "Đề án 06", "Bảng 1.", "tháng 5/2025" in a
caption, section numbering ("I.", "1.", "a)"), the STT column, the numbers of a ranked list ("1." … "11." before each
commune: list numbering, the rank being the "xếp thứ n/11" that follows), phone numbers ("0212.3831.226",
"0239.3881.256", "0296.3857.115", "0263.3822.465"), the street address ("số 32 đường Nguyễn Văn Cưng"), "từ năm 2015",
headings naming the next period ("IV. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2024", "III. NHIỆM VỤ THÁNG 6 NĂM 2025", "VI.
NHIỆM VỤ QUÝ II NĂM 2025", "III. NHIỆM VỤ QUÝ IV NĂM 2025": no deadlines) and years are not figures.

New in this set:
- 520 is a half-year Báo cáo of UBND huyện Quỳnh Nhai (tỉnh Sơn La; header "ỦY BAN NHÂN DÂN / HUYỆN QUỲNH NHAI", to
  UBND tỉnh), 6 tháng đầu năm 2024 (stated 01/01–30/6/2024), issued 03/7/2024, before districts were abolished. The
  district's own figures ("UBND huyện …", "trên địa bàn huyện", "của huyện") have subject "UBND huyện Quỳnh Nhai",
  level huyện; TTHC by level ("cấp huyện 262 TTHC, cấp xã 112 TTHC"), "11/11 xã" (unit `xã`). Under "a) Cấp huyện":
  "3.486 hồ sơ (kỳ trước chuyển sang 124 hồ sơ, tiếp nhận mới 3.362 hồ sơ), tăng 418 hồ sơ so với 6 tháng đầu năm 2023
  (3.068 hồ sơ)": the whole is files received, its parts code unchecked, the previous value dated 2023-06-30 (the same
  window a year before); the land files "(29 hồ sơ)" subject unchecked, level huyện. Under "b) Cấp xã": "UBND 11 xã"
  (unit `xã`, code None), received, settled, on-time, overdue and online figures of cấp xã. NEW: its Markdown table
  lists the district's 11 communes (subject as written, "Xã Pá Ma Pha Khinh", level xã; files received, settled,
  on-time share, online share; two "100" cells; repeated values "99,43", "583" in different rows) with a "Tổng cộng"
  row with an empty STT cell (= cấp xã: the caption names "UBND các xã"; its figures repeat the prose). "04/11 xã" a
  count (unit `xã`), the two lowest communes in brackets. Digitisation by level; "Tỷ lệ hồ sơ thanh toán trực tuyến
  của huyện đạt 31,45% (năm 2023: 18,72%), tăng 12,73%; chỉ tiêu UBND tỉnh giao năm 2024 là 40%, chưa đạt": the
  district's, previous dated 2023-12-31, target dated 2024-12-31 carried with status "chưa đạt". Copies by level in
  `bản`. "09/09 PAKN" one count (max 9). The satisfaction "tại Bộ phận Một cửa huyện" has subject unchecked (the
  district's one-stop shop: the district or cấp huyện), level huyện. NEW: "Theo kết quả đánh giá của tỉnh tháng
  5/2024, UBND huyện Quỳnh Nhai đạt 78,64/100 điểm, xếp thứ 7/12 huyện, thành phố (tháng 4/2024: 76,90 điểm, xếp thứ
  9/12), tăng 1,74 điểm và tăng 2 bậc": the last month assessed precedes the period end, so the score, rank and
  changes are dated 2024-05-31 and the previous values 2024-04-30 (the previous score on the /100 scale); codes
  766.tong_hop / 766.xep_hang (the province's 766 assessment of its districts, as golden/blind88.py's 519). Task
  target "tỷ lệ hồ sơ nộp trực tuyến của cấp xã đạt tối thiểu 55% trong quý III năm 2024" is cấp xã's, dated
  2024-09-30; "29 hồ sơ" repeated in a task (unchecked). Six deadlines: day, "chậm nhất" day in words, quarter (with
  the target), month, year, "trước ngày 18 hằng tháng" (issued 03/7/2024: first 18/7/2024).
- 521 is a Báo cáo of the Phòng Nội vụ huyện Vũ Quang (tỉnh Hà Tĩnh; header "UBND HUYỆN VŨ QUANG / PHÒNG NỘI VỤ", to
  UBND huyện), issued 24/02/2025, on the district's own Chỉ số cải cách hành chính năm 2024 of its 11 xã, thị trấn
  (period năm 2024). A district's PAR index of its communes (and the province's of its districts) is not the
  catalogued national index: scores, ranks and changes have code unchecked (as golden/blind67.py's 411). "8 lĩnh
  vực", "36 tiêu chí" (code None, subject and level unchecked: the criteria set's structure); the survey "330 phiếu
  … 318 phiếu …, đạt 96,36%" (subject, level and code unchecked: the evaluation's, neither the Phòng's reform nor a
  commune's). The communes' average "84,32 điểm, tăng 2,15 điểm so với năm 2023 (82,17 điểm)" (subject unchecked,
  level xã; no max written; previous dated 2023-12-31); the best and worst communes "với 91,46 điểm", "với 76,38 điểm"
  (subject as written in the sentence, lower case). Counts by grade "02 đơn vị … 07 đơn vị … 02 đơn vị" and "tăng 01
  đơn vị" (a change of a count of units; unit `đơn vị`, level xã, code None). NEW: the ranking is a NUMBERED list "n.
  <unit>: x điểm, xếp thứ r/11 (năm 2023 xếp thứ p/11);" (the list number is numbering; the score has no max, the
  rank kind rank max 11, the previous rank kind previous max 11 dated 2023-12-31; subject as written, "Thị trấn Vũ
  Quang", "Xã Ân Phú", level xã). "xã Đức Bồng và xã Thọ Điền cùng tăng 2 bậc" (one change of two communes: subject
  unchecked, level xã), "xã Hương Điền giảm 1 bậc" (-1). NEW: the eight components as block averages "- <lĩnh vực>:
  x/max điểm, đạt y%" (subject unchecked, level xã, code unchecked; the score with its max, the share of the max),
  under a heading "(điểm bình quân của 11 đơn vị)" whose count is a figure (unit `đơn vị`, level xã, code None).
  The communes' online and payment shares for 2024 (subject "cấp xã"), "09/11 xã, thị trấn" (unit `xã`) "đạt … đúng
  hạn 100%" (subject unchecked, level xã, on-time code), "07 hồ sơ giải quyết quá hạn" of two communes (subject
  unchecked, level xã). The district's provincial PAR index "86,52/100 điểm, xếp thứ 8/13 huyện, thị xã, thành phố
  (năm 2023: 84,07 điểm, xếp thứ 10/13), tăng 2,45 điểm và tăng 2 bậc" (subject "UBND huyện Vũ Quang", level huyện,
  codes unchecked; previous dated 2023-12-31, the previous score on the /100 scale). The task target "của cấp xã đạt
  tối thiểu 60% trong quý II năm 2025" (cấp xã, dated 2025-06-30, online code). Five deadlines: day, "chậm nhất" day
  in words for two named communes, quarter (with the target), month, "trước ngày 25 hằng tháng" (issued 24/02/2025,
  before the 25th: first 25/02/2025).
- 522 is a monthly Báo cáo of the Trung tâm Phục vụ hành chính công tỉnh An Giang (header "UBND TỈNH AN GIANG /
  TRUNG TÂM PHỤC VỤ / HÀNH CHÍNH CÔNG"), tháng 5 năm 2025, issued 04/6/2025, before the merger. The Trung tâm's own
  figures (its counters, staff, TTHC, files received and settled there) have subject "Trung tâm Phục vụ hành chính
  công tỉnh", level tỉnh: "34 quầy", "41 công chức" (code None), "12 sở, ban, ngành" (unit `đơn vị`, subject
  unchecked), "1.842 TTHC … 1.106 TTHC … toàn trình". "tăng 448 hồ sơ so với tháng 4/2025 (6.512 hồ sơ)" previous
  dated 2025-04-30; "hồ sơ nộp trực tiếp và qua dịch vụ bưu chính công ích 1.113 hồ sơ" (two channels together: code
  unchecked); "quá hạn 46 hồ sơ, chiếm 0,70%" (the overdue code); "trả lại … 70 hồ sơ", "đang giải quyết 272 hồ sơ"
  (code unchecked). NEW: its TAB-SEPARATED table by the agency at the counters (subject as written, "Sở Nông nghiệp và
  Môi trường", "Ban Quản lý Khu kinh tế", level tỉnh; the unit from the caption "(đơn vị tính: hồ sơ)"): received
  (received code), settled (unchecked), on time (on-time code), overdue (overdue code), returned (unchecked); "0"
  cells; a "Tổng cộng" row with an empty STT cell (= the Trung tâm; its figures repeat the prose). The agencies with
  most overdue files in brackets "(28 hồ sơ, …)" and "(06 hồ sơ)"; "05/12 cơ quan" (unit `đơn vị`, max 12, code None).
  "58,36% (tháng 4/2025: 54,12%), tăng 4,24%; so với chỉ tiêu UBND tỉnh giao năm 2025 là 70% thì chưa đạt" (target
  dated 2025-12-31). The post office's "412 hồ sơ" and "1.836 kết quả" (subject "Bưu điện tỉnh", level tỉnh, code
  unchecked). Counter ratings "6.214 lượt … 6.187 lượt …, chiếm 99,57%; 27 lượt" (code unchecked: ratings of the
  counters, not the 766 survey). "05/05 PAKN" one count. "28 hồ sơ" repeated in a task (unchecked). Five deadlines:
  day, "chậm nhất" day in words, month, quarter, "trước ngày 03 hằng tháng" (issued 04/6/2025, after the 3rd: first
  03/7/2025).
- 523 is a quarterly Báo cáo of the Ban Quản lý các khu công nghiệp tỉnh Vĩnh Phúc (header "UBND TỈNH VĨNH PHÚC / BAN
  QUẢN LÝ CÁC KHU CÔNG NGHIỆP"), quý I năm 2025, issued 08/4/2025, before the merger. The Ban's own figures have
  subject "Ban Quản lý các khu công nghiệp", level tỉnh. "96 TTHC thuộc 7 lĩnh vực … 58 TTHC … toàn trình, 38 TTHC
  một phần". "trên địa bàn tỉnh có 18 khu công nghiệp …, trong đó 12 khu công nghiệp" are the province's (subject
  NULL, code None). "tăng 186 hồ sơ so với cùng kỳ năm 2024 (2.178 hồ sơ)" previous dated 2024-03-31; the settled
  whole's parts "trước hạn 1.964 …, đúng hạn 325 …, quá hạn 02" (the first two unchecked). NEW: investment, labour and
  construction procedures as dash lists under "a)", "b)", "c)": "14 Giấy chứng nhận đăng ký đầu tư" (unit `giấy chứng
  nhận`), projects (`dự án`) with capital "386,2 triệu USD" and "652,4 tỷ đồng", "37 lượt … 12 lượt … 158,4 triệu
  USD", "8,5 ngày làm việc, rút ngắn 1,2 ngày so với quý IV năm 2024" (a fall of the Ban's time, dated at the period
  end), work permits "486 giấy phép … (cấp mới 318 giấy phép, cấp lại 52 giấy phép, gia hạn 116 giấy phép)", "64
  trường hợp", the workers' nationalities "(58,23%)", "(27,16%)" (subject, level and code unchecked), "23 hồ sơ",
  "17 giấy phép xây dựng", "09 hồ sơ", "05 giấy phép môi trường", "(02 hồ sơ)" repeated (overdue). "88,46% (quý IV
  năm 2024: 81,30%), tăng 7,16%; so với chỉ tiêu UBND tỉnh giao cho Ban năm 2025 là 90% thì chưa đạt" (the Ban's
  target dated 2025-12-31). "04 kiến nghị của doanh nghiệp … 04/04 kiến nghị" (unit `PAKN`), "01 hội nghị", "126
  doanh nghiệp". The provincial Chỉ số CCHC năm 2024 of the Ban "88,72 điểm, xếp thứ 6/20 sở, ban, ngành (năm 2023:
  86,15 điểm, xếp thứ 9/20), tăng 2,57 điểm và tăng 3 bậc" (codes unchecked; dated 2024-12-31, the previous
  2023-12-31; no max written); its 766 result "tháng 3/2025" (the period end) "91,35/100 điểm, xếp thứ 4/17" and two
  group scores `x/max`. Task target "của Ban đạt tối thiểu 92% trong quý II năm 2025" (dated 2025-06-30). Six
  deadlines: day, "chậm nhất" day in words, quarter (with the target), month, year ("trong năm 2025", with "từ năm
  2015" before it), "trước ngày 15 hằng tháng" (issued 08/4/2025: first 15/4/2025).
- 524 is a quarterly Báo cáo of the Sở Y tế tỉnh Lâm Đồng (header "UBND TỈNH LÂM ĐỒNG / SỞ Y TẾ"), quý III năm 2025,
  issued 06/10/2025, after the 1 July 2025 merger of Lâm Đồng, Đắk Nông and Bình Thuận (two-level government, ranks
  /34). The Sở's own figures have subject "Sở Y tế", level tỉnh. "04 quyết định" (code None); TTHC by level; "112 TTHC
  …, chiếm 75,68%" (full-online code). "(quý II năm 2025: 3.512 hồ sơ, số liệu cộng gộp của ba Sở trước hợp nhất)"
  previous dated 2025-06-30 ("ba" a word). Overdue files by field "lĩnh vực khám bệnh, chữa bệnh 9 hồ sơ" (subject
  unchecked, level tỉnh). "7,4 ngày/hồ sơ" (time code). NEW: its Markdown table by sub-field (subject unchecked, level
  tỉnh, as golden/blind13.py's 146 field rows): received, online files, settled, on-time share, overdue; "100" and
  "0" cells; a "Tổng cộng" row with an empty STT cell (= the Sở). "(96/312 hồ sơ)" one count (max 312, online code).
  Licences and certificates as a dash list: "1.246 giấy phép hành nghề (cấp mới 812, cấp lại 106, điều chỉnh 328)"
  (the bare parts in `giấy phép`), "38 giấy phép", "214 chứng chỉ", "386 giấy chứng nhận", "342 cơ sở", "127 giấy
  chứng nhận", "96 bản tự công bố" (`bản`), "8.214 giấy chứng sinh", "1.102 giấy báo tử", "97,36%" (codes unchecked).
  "76,42% (quý II năm 2025: 68,90%); so với chỉ tiêu UBND tỉnh giao năm 2025 là 80% thì chưa đạt" (target dated
  2025-12-31). PAKN "12 … 11 …, đạt 91,67%; 01 PAKN" (the last unchecked). "Tháng 9/2025, Sở Y tế đạt 87,26/100 điểm,
  xếp thứ 5/15 sở, ban, ngành (tháng 8/2025: 85,94 điểm, xếp thứ 8/15), tăng 3 bậc" (previous dated 2025-08-31, the
  previous score on the /100 scale); "Tỉnh Lâm Đồng đạt 83,18/100 điểm, xếp thứ 17/34" (the province: subject NULL).
  "Toàn tỉnh có 124 xã, phường, đặc khu" (unit `xã`, level xã, code None), the communes' on-time share of health
  files (subject "cấp xã"). Task target "của Sở đạt tối thiểu 80% trong quý IV năm 2025" (dated 2025-12-31). Five
  deadlines: day, "chậm nhất" day in words, quarter (with the target), month, "trước ngày 20 hằng tháng" (issued
  06/10/2025: first 20/10/2025).

Unsure readings (fields left `ANY`): the subject of the satisfaction "tại Bộ phận Một cửa huyện" (520: the district
or cấp huyện); the survey's subject (521); the codes of the district's and the province's PAR indexes (521, 523); the
counter ratings' code (522: a share of satisfied ratings, not clearly the catalogued satisfaction with TTHC); whose
the foreign workers' nationality shares are (523).
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
_MOT = "766.dvctt.mot_phan"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_Y2023 = "2023-12-31"
_Y2024 = "2024-12-31"
_Y2025 = "2025-12-31"
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


# ------------------------------------------------------------ 520: UBND huyện Quỳnh Nhai, 6 tháng đầu năm 2024
_QN = "UBND huyện Quỳnh Nhai"
_MAY_2024 = "2024-05-31"
_APR_2024 = "2024-04-30"


def _qn(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the district itself."""
    return F(context, raw, value, unit, kind, subject=_QN, level="huyện", **kw)


def _commune_520(subject: str, received: str, settled: str, on_time: str, online: str, after: str) -> list[Fact]:
    """One Markdown row of a commune (or "Tổng cộng" = cấp xã): received, settled, on-time and online shares."""
    level = "xã"
    cells = [(received, "hồ sơ", P, _TN, "period"), (settled, "hồ sơ", P, ANY, "period"),
             (on_time, "%", P, _DH, "period"), (online, "%", P, _NOP, "period")]
    return _cells(subject, level, cells, after, " | ", " |\n")


BLIND_520 = [
    # I.
    _qn("ban hành 05 văn bản", "05", 5, "văn bản", C, code=None),
    # II.1
    _qn("hiện có 374 TTHC", "374", 374, "TTHC", C, code=_TTHC),
    F("cấp huyện 262 TTHC", "262", 262, "TTHC", C, code=_TTHC, **_HUYEN),
    F("cấp xã 112 TTHC", "112", 112, "TTHC", C, code=_TTHC, **_XA),
    _qn("112 TTHC. 100% TTHC", "100%", 100, "%", code=ANY),
    F("và 11/11 xã", "11/11", 11, "xã", C, max_value=11, subject=ANY, level="xã", code=None),
    # II.2 a) cấp huyện; 6 tháng đầu năm 2023 dated 2023-06-30
    F("tiếp nhận 3.486", "3.486", 3486, "hồ sơ", C, code=_TN, **_HUYEN),
    F("sang 124 hồ sơ", "124", 124, "hồ sơ", C, code=ANY, **_HUYEN),
    F("mới 3.362", "3.362", 3362, "hồ sơ", C, code=ANY, **_HUYEN),
    F("tăng 418 hồ sơ", "418", 418, "hồ sơ", CH, code=_TN, **_HUYEN),
    F("(3.068 hồ sơ)", "3.068", 3068, "hồ sơ", PR, as_of="2023-06-30", code=_TN, **_HUYEN),
    F("là 2.127 hồ sơ", "2.127", 2127, "hồ sơ", C, code=_NOP, **_HUYEN),
    F("chiếm 61,02%", "61,02%", 61.02, "%", code=_NOP, **_HUYEN),
    F("Đã giải quyết 3.352", "3.352", 3352, "hồ sơ", C, code=ANY, **_HUYEN),
    F("đúng hạn 3.318", "3.318", 3318, "hồ sơ", C, code=_DH, **_HUYEN),
    F("đạt 98,99%", "98,99%", 98.99, "%", code=_DH, **_HUYEN),
    F("quá hạn 34 hồ sơ", "34", 34, "hồ sơ", C, code=_QH, **_HUYEN),
    F("(29 hồ sơ)", "29", 29, "hồ sơ", C, subject=ANY, level="huyện", code=_QH),
    F("Đang giải quyết 134", "134", 134, "hồ sơ", C, code=ANY, **_HUYEN),
    # b) cấp xã
    F("UBND 11 xã", "11", 11, "xã", C, subject=ANY, level="xã", code=None),
    F("tổng số 6.842", "6.842", 6842, "hồ sơ", C, code=_TN, **_XA),
    F("giải quyết 6.781", "6.781", 6781, "hồ sơ", C, code=ANY, **_XA),
    F("đạt 99,54%", "99,54%", 99.54, "%", code=_DH, **_XA),
    F("còn 31 hồ sơ", "31", 31, "hồ sơ", C, code=_QH, **_XA),
    F("là 3.214", "3.214", 3214, "hồ sơ", C, code=_NOP, **_XA),
    F("đạt 46,97%", "46,97%", 46.97, "%", code=_NOP, **_XA),
    # Bảng 1 (Markdown); "Tổng cộng" (empty STT) = cấp xã
    *_commune_520("Xã Mường Giàng", "1.046", "1.037", "99,52", "58,51", "| 2 | Xã Chiềng Bằng"),
    *_commune_520("Xã Chiềng Bằng", "588", "583", "99,49", "51,19", "| 3 | Xã Mường Sại"),
    *_commune_520("Xã Mường Sại", "702", "696", "99,43", "45,30", "| 4 | Xã Chiềng Khay"),
    *_commune_520("Xã Chiềng Khay", "534", "530", "99,43", "46,07", "| 5 | Xã Mường Giôn"),
    *_commune_520("Xã Mường Giôn", "693", "686", "99,13", "43,00", "| 6 | Xã Pá Ma Pha Khinh"),
    *_commune_520("Xã Pá Ma Pha Khinh", "412", "409", "99,02", "28,40", "| 7 | Xã Chiềng Ơn"),
    *_commune_520("Xã Chiềng Ơn", "571", "566", "100", "47,99", "| 8 | Xã Nậm Ét"),
    *_commune_520("Xã Nậm Ét", "398", "394", "99,24", "31,16", "| 9 | Xã Cà Nàng"),
    *_commune_520("Xã Cà Nàng", "486", "482", "100", "32,51", "| 10 | Xã Chiềng Khoang"),
    *_commune_520("Xã Chiềng Khoang", "823", "815", "99,75", "54,56", "| 11 | Xã Mường Chiên"),
    *_commune_520("Xã Mường Chiên", "589", "583", "99,83", "53,82", "| | Tổng cộng"),
    *_commune_520("cấp xã", "6.842", "6.781", "99,54", "46,97", "\nCó 04/11"),
    F("Có 04/11 xã", "04/11", 4, "xã", C, max_value=11, subject=ANY, level="xã", code=None),
    F("Khinh (28,40%)", "28,40%", 28.40, "%", subject="xã Pá Ma Pha Khinh", level="xã", code=_NOP),
    F("Ét (31,16%)", "31,16%", 31.16, "%", subject="xã Nậm Ét", level="xã", code=_NOP),
    # II.3
    F("cấp huyện đạt 82,36%", "82,36%", 82.36, "%", code=_SH, **_HUYEN),
    F("cấp xã đạt 64,18%", "64,18%", 64.18, "%", code=_SH, **_XA),
    _qn("huyện đạt 31,45%", "31,45%", 31.45, "%", code=_TT, target=40, stated_status="chưa đạt"),
    _qn("(năm 2023: 18,72%)", "18,72%", 18.72, "%", PR, as_of=_Y2023, code=_TT),
    _qn("tăng 12,73%", "12,73%", 12.73, "%", CH, code=_TT),
    _qn("năm 2024 là 40%", "40%", 40, "%", T, as_of=_Y2024, code=_TT),
    F("thực hiện 412 bản", "412", 412, "bản", C, code=ANY, **_HUYEN),
    F("thực hiện 1.286 bản", "1.286", 1286, "bản", C, code=ANY, **_XA),
    # II.4
    _qn("tiếp nhận 09 phản ánh", "09", 9, "PAKN", C, code=_PAKN_TN),
    _qn("xong 09/09", "09/09", 9, "PAKN", C, max_value=9, code=_PAKN_XL),
    _qn("PAKN, đạt 100%", "100%", 100, "%", code=_PAKN_TL),
    F("huyện đạt 97,85%", "97,85%", 97.85, "%", subject=ANY, level="huyện", code=_HL),
    # II.5 the province's assessment of tháng 5/2024 (dated 2024-05-31), tháng 4/2024 dated 2024-04-30
    _qn("đạt 78,64/100", "78,64/100", 78.64, "điểm", max_value=100, as_of=_MAY_2024, code=_TONG),
    _qn("xếp thứ 7/12", "7/12", 7, "hạng", R, max_value=12, as_of=_MAY_2024, code=_HANG),
    _qn("(tháng 4/2024: 76,90 điểm", "76,90", 76.90, "điểm", PR, max_value=100, as_of=_APR_2024, code=_TONG),
    _qn("xếp thứ 9/12)", "9/12", 9, "hạng", PR, max_value=12, as_of=_APR_2024, code=_HANG),
    _qn("tăng 1,74 điểm", "1,74", 1.74, "điểm", CH, as_of=_MAY_2024, code=_TONG),
    _qn("tăng 2 bậc", "2", 2, "hạng", CH, as_of=_MAY_2024, code=_HANG),
    # IV. a count repeated and cấp xã's target for quý III (phone number no figure)
    F("dứt điểm 29 hồ sơ", "29", 29, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("tối thiểu 55%", "55%", 55, "%", T, as_of="2024-09-30", code=_NOP, **_XA),
]

# ------------------------------------------------------------ 521: Phòng Nội vụ huyện Vũ Quang, Chỉ số CCHC năm 2024
_VQ = "UBND huyện Vũ Quang"
_LIST_521 = [  # (unit as written, score, rank, rank năm 2023)
    ("Thị trấn Vũ Quang", "91,46", "1", "1"),
    ("Xã Đức Lĩnh", "90,18", "2", "3"),
    ("Xã Ân Phú", "87,92", "3", "2"),
    ("Xã Đức Bồng", "86,35", "4", "6"),
    ("Xã Quang Thọ", "85,74", "5", "4"),
    ("Xã Đức Giang", "84,60", "6", "5"),
    ("Xã Thọ Điền", "83,27", "7", "9"),
    ("Xã Đức Hương", "82,13", "8", "7"),
    ("Xã Đức Liên", "80,51", "9", "8"),
    ("Xã Hương Minh", "78,95", "10", "11"),
    ("Xã Hương Điền", "76,38", "11", "10"),
]
_FIELDS_521 = [  # (end of the field's label, score x/max, share of the max)
    ("điều hành cải cách hành chính: ", "10,24/12", "85,33%"),
    ("Cải cách thể chế: ", "6,95/8", "86,88%"),
    ("Cải cách thủ tục hành chính: ", "14,12/16", "88,25%"),
    ("tổ chức bộ máy hành chính: ", "7,16/8", "89,50%"),
    ("chế độ công vụ: ", "11,83/14", "84,50%"),
    ("tài chính công: ", "6,88/8", "86,00%"),
    ("phát triển chính quyền số: ", "9,41/12", "78,42%"),
    ("(điều tra xã hội học): ", "17,73/22", "80,59%"),
]


def _ranked_521(unit: str, score: str, rank: str, previous: str) -> list[Fact]:
    """One numbered item "n. <unit>: x điểm, xếp thứ r/11 (năm 2023 xếp thứ p/11)": score, rank, previous rank."""
    return [
        F(f"{unit}: {score} điểm", score, _num(score), "điểm", subject=unit, level="xã", code=ANY),
        F(f"{score} điểm, xếp thứ {rank}/11", f"{rank}/11", int(rank), "hạng", R, max_value=11, subject=unit,
          level="xã", code=ANY),
        F(f"(năm 2023 xếp thứ {previous}/11)", f"{previous}/11", int(previous), "hạng", PR, max_value=11,
          subject=unit, level="xã", as_of=_Y2023, code=ANY),
    ]


def _field_521(label: str, score: str, share: str) -> list[Fact]:
    """One component of the index as the communes' average: "x/max điểm, đạt y%"."""
    points, top = score.split("/")
    return [
        F(label + score, score, _num(points), "điểm", max_value=int(top), subject=ANY, level="xã", code=ANY),
        F(f"{score} điểm, đạt {share}", share, _num(share), "%", subject=ANY, level="xã", code=ANY),
    ]


BLIND_521 = [
    # I. the criteria set and the survey (1126/QĐ-UBND, 402/KH-UBND cited; the appraisal window no figure)
    F("thành 8 lĩnh vực", "8", 8, "lĩnh vực", C, subject=ANY, level=ANY, code=None),
    F("với 36 tiêu chí", "36", 36, "tiêu chí", C, subject=ANY, level=ANY, code=None),
    F("phát ra 330 phiếu", "330", 330, "phiếu", C, subject=ANY, level=ANY, code=ANY),
    F("thu về 318 phiếu", "318", 318, "phiếu", C, subject=ANY, level=ANY, code=ANY),
    F("đạt 96,36%", "96,36%", 96.36, "%", subject=ANY, level=ANY, code=ANY),
    # II.1 the communes' average (năm 2023 dated 2023-12-31), best and worst, counts by grade
    F("của 11 xã", "11", 11, "xã", C, subject=ANY, level="xã", code=None),
    F("đạt 84,32 điểm", "84,32", 84.32, "điểm", subject=ANY, level="xã", code=ANY),
    F("tăng 2,15 điểm", "2,15", 2.15, "điểm", CH, subject=ANY, level="xã", code=ANY),
    F("(82,17 điểm)", "82,17", 82.17, "điểm", PR, subject=ANY, level="xã", as_of=_Y2023, code=ANY),
    F("với 91,46 điểm", "91,46", 91.46, "điểm", subject="thị trấn Vũ Quang", level="xã", code=ANY),
    F("với 76,38 điểm", "76,38", 76.38, "điểm", subject="xã Hương Điền", level="xã", code=ANY),
    F("có 02 đơn vị", "02", 2, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("Tốt, 07 đơn vị", "07", 7, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("Khá, 02 đơn vị", "02", 2, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("tăng 01 đơn vị", "01", 1, "đơn vị", CH, subject=ANY, level="xã", code=None),
    # II.2 the numbered ranking (list numbers no figures)
    *[fact for row in _LIST_521 for fact in _ranked_521(*row)],
    F("cùng tăng 2 bậc", "2", 2, "hạng", CH, subject=ANY, level="xã", code=ANY),
    F("giảm 1 bậc", "1", -1, "hạng", CH, subject="xã Hương Điền", level="xã", code=ANY),
    # II.3 components (block averages), the communes' shares in 2024
    F("của 11 đơn vị", "11", 11, "đơn vị", C, subject=ANY, level="xã", code=None),
    *[fact for row in _FIELDS_521 for fact in _field_521(*row)],
    F("mới đạt 48,26%", "48,26%", 48.26, "%", code=_NOP, **_XA),
    F("đạt 29,64%", "29,64%", 29.64, "%", code=_TT, **_XA),
    F("Có 09/11 xã", "09/11", 9, "xã", C, max_value=11, subject=ANY, level="xã", code=None),
    F("đúng hạn 100%", "100%", 100, "%", subject=ANY, level="xã", code=_DH),
    F("còn 07 hồ sơ", "07", 7, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    # II.4 the district's provincial PAR index (năm 2023 dated 2023-12-31)
    F("đạt 86,52/100", "86,52/100", 86.52, "điểm", max_value=100, subject=_VQ, level="huyện", code=ANY),
    F("xếp thứ 8/13", "8/13", 8, "hạng", R, max_value=13, subject=_VQ, level="huyện", code=ANY),
    F("(năm 2023: 84,07 điểm", "84,07", 84.07, "điểm", PR, max_value=100, subject=_VQ, level="huyện",
      as_of=_Y2023, code=ANY),
    F("xếp thứ 10/13)", "10/13", 10, "hạng", PR, max_value=13, subject=_VQ, level="huyện", as_of=_Y2023,
      code=ANY),
    F("tăng 2,45 điểm", "2,45", 2.45, "điểm", CH, subject=_VQ, level="huyện", code=ANY),
    F("điểm và tăng 2 bậc", "2", 2, "hạng", CH, subject=_VQ, level="huyện", code=ANY),
    # III. cấp xã's target for quý II/2025 (phone number no figure)
    F("tối thiểu 60%", "60%", 60, "%", T, as_of="2025-06-30", code=_NOP, **_XA),
]

# ------------------------------------------------------------ 522: Trung tâm PVHCC tỉnh An Giang, tháng 5 năm 2025
_TTPV = "Trung tâm Phục vụ hành chính công tỉnh"


def _tt(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Trung tâm itself."""
    return F(context, raw, value, unit, kind, subject=_TTPV, level="tỉnh", **kw)


def _agency_522(subject: str, received: str, settled: str, on_time: str, overdue: str, returned: str,
                after: str) -> list[Fact]:
    """One tab-separated row of an agency (or "Tổng cộng" = the Trung tâm), all in hồ sơ."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (settled, "hồ sơ", P, ANY, "period"),
             (on_time, "hồ sơ", P, _DH, "period"), (overdue, "hồ sơ", P, _QH, "period"),
             (returned, "hồ sơ", P, ANY, "period")]
    return _cells(subject, "tỉnh", cells, after, "\t", "\n")


BLIND_522 = [
    # I. (468/QĐ-UBND cited)
    _tt("bố trí 34 quầy", "34", 34, "quầy", C, code=None),
    F("cho 12 sở", "12", 12, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    _tt("với 41 công chức", "41", 41, "công chức", C, code=None),
    _tt("có 1.842 TTHC", "1.842", 1842, "TTHC", C, code=_TTHC),
    _tt("đó 1.106 TTHC", "1.106", 1106, "TTHC", C, code=_TOAN),
    # II.1; tháng 4/2025 dated 2025-04-30
    _tt("tiếp nhận 6.960", "6.960", 6960, "hồ sơ", C, code=_TN),
    _tt("tăng 448 hồ sơ", "448", 448, "hồ sơ", CH, code=_TN),
    _tt("(6.512 hồ sơ)", "6.512", 6512, "hồ sơ", PR, as_of="2025-04-30", code=_TN),
    _tt("tuyến 5.847", "5.847", 5847, "hồ sơ", C, code=_NOP),
    _tt("chiếm 84,01%", "84,01%", 84.01, "%", code=_NOP),
    _tt("ích 1.113 hồ sơ", "1.113", 1113, "hồ sơ", C, code=ANY),
    _tt("giải quyết 6.618", "6.618", 6618, "hồ sơ", C, code=ANY),
    _tt("đúng hạn 6.572", "6.572", 6572, "hồ sơ", C, code=_DH),
    _tt("đạt 99,30%", "99,30%", 99.30, "%", code=_DH),
    _tt("quá hạn 46 hồ sơ", "46", 46, "hồ sơ", C, code=_QH),
    _tt("chiếm 0,70%", "0,70%", 0.70, "%", code=_QH),
    _tt("là 70 hồ sơ", "70", 70, "hồ sơ", C, code=ANY),
    _tt("đang giải quyết 272", "272", 272, "hồ sơ", C, code=ANY),
    # II.2 Bảng 1, tab-separated; "Tổng cộng" (empty STT) = the Trung tâm
    *_agency_522("Sở Tài chính", "1.184", "1.124", "1.121", "3", "14", "2\tSở Xây dựng"),
    *_agency_522("Sở Xây dựng", "642", "604", "598", "6", "9", "3\tSở Nông nghiệp"),
    *_agency_522("Sở Nông nghiệp và Môi trường", "1.326", "1.215", "1.187", "28", "21", "4\tSở Công Thương"),
    *_agency_522("Sở Công Thương", "538", "526", "526", "0", "4", "5\tSở Y tế"),
    *_agency_522("Sở Y tế", "714", "676", "671", "5", "8", "6\tSở Giáo dục"),
    *_agency_522("Sở Giáo dục và Đào tạo", "296", "289", "289", "0", "2", "7\tSở Tư pháp"),
    *_agency_522("Sở Tư pháp", "1.452", "1.420", "1.418", "2", "6", "8\tSở Nội vụ"),
    *_agency_522("Sở Nội vụ", "387", "363", "362", "1", "3", "9\tSở Văn hóa"),
    *_agency_522("Sở Văn hóa, Thể thao và Du lịch", "164", "158", "158", "0", "1", "10\tSở Khoa học"),
    *_agency_522("Sở Khoa học và Công nghệ", "92", "88", "88", "0", "0", "11\tSở Dân tộc"),
    *_agency_522("Sở Dân tộc và Tôn giáo", "37", "35", "35", "0", "0", "12\tBan Quản lý"),
    *_agency_522("Ban Quản lý Khu kinh tế", "128", "120", "119", "1", "2", "\tTổng cộng"),
    *_agency_522(_TTPV, "6.960", "6.618", "6.572", "46", "70", "\nSở Nông nghiệp"),
    F("nhất (28 hồ sơ", "28", 28, "hồ sơ", C, subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_QH),
    F("(06 hồ sơ)", "06", 6, "hồ sơ", C, subject="Sở Xây dựng", level="tỉnh", code=_QH),
    F("Có 05/12 cơ quan", "05/12", 5, "đơn vị", C, max_value=12, subject=ANY, level="tỉnh", code=None),
    # II.3 against the province's 2025 target; the post office's files and results
    _tt("Trung tâm đạt 96,48%", "96,48%", 96.48, "%", code=_SH),
    _tt("đạt 58,36%", "58,36%", 58.36, "%", code=_TT, target=70, stated_status="chưa đạt"),
    _tt("(tháng 4/2025: 54,12%)", "54,12%", 54.12, "%", PR, as_of="2025-04-30", code=_TT),
    _tt("tăng 4,24%", "4,24%", 4.24, "%", CH, code=_TT),
    _tt("năm 2025 là 70%", "70%", 70, "%", T, as_of=_Y2025, code=_TT),
    F("tiếp nhận 412 hồ sơ", "412", 412, "hồ sơ", C, subject="Bưu điện tỉnh", level="tỉnh", code=ANY),
    F("trả 1.836 kết quả", "1.836", 1836, "kết quả", C, subject="Bưu điện tỉnh", level="tỉnh", code=ANY),
    # II.4 counter ratings and PAKN (the hotline number no figure)
    _tt("có 6.214 lượt", "6.214", 6214, "lượt", C, code=ANY),
    _tt("đó 6.187 lượt", "6.187", 6187, "lượt", C, code=ANY),
    _tt("chiếm 99,57%", "99,57%", 99.57, "%", code=ANY),
    _tt("; 27 lượt", "27", 27, "lượt", C, code=ANY),
    _tt("tiếp nhận 05 phản ánh", "05", 5, "PAKN", C, code=_PAKN_TN),
    _tt("lời 05/05", "05/05", 5, "PAKN", C, max_value=5, code=_PAKN_XL),
    # III. a count repeated in a task (address no figure)
    F("dứt điểm 28 hồ sơ", "28", 28, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
]

# ------------------------------------------------------------ 523: Ban Quản lý các KCN tỉnh Vĩnh Phúc, quý I/2025
_BQL = "Ban Quản lý các khu công nghiệp"


def _bql(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Ban itself."""
    return F(context, raw, value, unit, kind, subject=_BQL, level="tỉnh", **kw)


BLIND_523 = [
    # I. (27/KH-UBND and Luật Đầu tư 61/2020/QH14 cited); the province's industrial parks
    _bql("thực hiện 96 TTHC", "96", 96, "TTHC", C, code=_TTHC),
    _bql("thuộc 7 lĩnh vực", "7", 7, "lĩnh vực", C, code=None),
    _bql("có 58 TTHC", "58", 58, "TTHC", C, code=_TOAN),
    _bql("38 TTHC một phần", "38", 38, "TTHC", C, code=_MOT),
    F("có 18 khu công nghiệp", "18", 18, "khu công nghiệp", C, code=None),
    F("đó 12 khu công nghiệp", "12", 12, "khu công nghiệp", C, code=None),
    # II.1; cùng kỳ năm 2024 dated 2024-03-31
    _bql("tiếp nhận 2.364", "2.364", 2364, "hồ sơ", C, code=_TN),
    _bql("tuyến 2.298", "2.298", 2298, "hồ sơ", C, code=_NOP),
    _bql("chiếm 97,21%", "97,21%", 97.21, "%", code=_NOP),
    _bql("tăng 186 hồ sơ", "186", 186, "hồ sơ", CH, code=_TN),
    _bql("(2.178 hồ sơ)", "2.178", 2178, "hồ sơ", PR, as_of="2024-03-31", code=_TN),
    _bql("giải quyết 2.291", "2.291", 2291, "hồ sơ", C, code=ANY),
    _bql("trước hạn 1.964", "1.964", 1964, "hồ sơ", C, code=ANY),
    _bql("đúng hạn 325", "325", 325, "hồ sơ", C, code=ANY),
    _bql("quá hạn 02 hồ sơ", "02", 2, "hồ sơ", C, code=_QH),
    _bql("đạt 99,91%", "99,91%", 99.91, "%", code=_DH),
    _bql("Đang giải quyết 73", "73", 73, "hồ sơ", C, code=ANY),
    # II.2 a) investment
    _bql("Cấp mới 14 Giấy", "14", 14, "giấy chứng nhận", C, code=ANY),
    _bql("đó 09 dự án", "09", 9, "dự án", C, code=ANY),
    _bql("đăng ký 386,2 triệu USD", "386,2", 386.2, "triệu USD", code=ANY),
    _bql("và 05 dự án", "05", 5, "dự án", C, code=ANY),
    _bql("đăng ký 652,4 tỷ đồng", "652,4", 652.4, "tỷ đồng", code=ANY),
    _bql("Điều chỉnh 37 lượt", "37", 37, "lượt", C, code=ANY),
    _bql("đó 12 lượt", "12", 12, "lượt", C, code=ANY),
    _bql("thêm 158,4 triệu USD", "158,4", 158.4, "triệu USD", code=ANY),
    _bql("là 8,5 ngày", "8,5", 8.5, "ngày", code=ANY),
    _bql("rút ngắn 1,2 ngày", "1,2", -1.2, "ngày", CH, code=ANY),
    # b) labour
    _bql("Cấp 486 giấy phép", "486", 486, "giấy phép", C, code=ANY),
    _bql("mới 318 giấy phép", "318", 318, "giấy phép", C, code=ANY),
    _bql("lại 52 giấy phép", "52", 52, "giấy phép", C, code=ANY),
    _bql("hạn 116 giấy phép", "116", 116, "giấy phép", C, code=ANY),
    _bql("nhận 64 trường hợp", "64", 64, "trường hợp", C, code=ANY),
    F("(58,23%)", "58,23%", 58.23, "%", subject=ANY, level=ANY, code=ANY),
    F("(27,16%)", "27,16%", 27.16, "%", subject=ANY, level=ANY, code=ANY),
    _bql("Tiếp nhận 23 hồ sơ", "23", 23, "hồ sơ", C, code=ANY),
    # c) construction, environment; the overdue files repeated
    _bql("Cấp 17 giấy phép", "17", 17, "giấy phép", C, code=ANY),
    _bql("thẩm định 09 hồ sơ", "09", 9, "hồ sơ", C, code=ANY),
    _bql("Cấp 05 giấy phép", "05", 5, "giấy phép", C, code=ANY),
    _bql("(02 hồ sơ)", "02", 2, "hồ sơ", C, code=_QH),
    # III. against the Ban's 2025 target; quý IV năm 2024 dated 2024-12-31
    _bql("Ban đạt 88,46%", "88,46%", 88.46, "%", code=_TT, target=90, stated_status="chưa đạt"),
    _bql("(quý IV năm 2024: 81,30%)", "81,30%", 81.30, "%", PR, as_of=_Y2024, code=_TT),
    _bql("tăng 7,16%", "7,16%", 7.16, "%", CH, code=_TT),
    _bql("năm 2025 là 90%", "90%", 90, "%", T, as_of=_Y2025, code=_TT),
    _bql("TTHC đạt 100%", "100%", 100, "%", code=_SH),
    _bql("đạt 62,38%", "62,38%", 62.38, "%", code=_TSD),
    # IV. firms' requests, a dialogue
    _bql("tiếp nhận 04 kiến nghị", "04", 4, "PAKN", C, code=_PAKN_TN),
    _bql("lời 04/04", "04/04", 4, "PAKN", C, max_value=4, code=_PAKN_XL),
    _bql("chức 01 hội nghị", "01", 1, "hội nghị", C, code=None),
    _bql("với 126 doanh nghiệp", "126", 126, "doanh nghiệp", C, code=ANY),
    # V. the provincial PAR index năm 2024 (dated 2024-12-31, năm 2023 2023-12-31); the 766 result of tháng 3/2025
    _bql("đạt 88,72 điểm", "88,72", 88.72, "điểm", as_of=_Y2024, code=ANY),
    _bql("xếp thứ 6/20", "6/20", 6, "hạng", R, max_value=20, as_of=_Y2024, code=ANY),
    _bql("(năm 2023: 86,15 điểm", "86,15", 86.15, "điểm", PR, as_of=_Y2023, code=ANY),
    _bql("xếp thứ 9/20)", "9/20", 9, "hạng", PR, max_value=20, as_of=_Y2023, code=ANY),
    _bql("tăng 2,57 điểm", "2,57", 2.57, "điểm", CH, as_of=_Y2024, code=ANY),
    _bql("tăng 3 bậc", "3", 3, "hạng", CH, as_of=_Y2024, code=ANY),
    _bql("đạt 91,35/100", "91,35/100", 91.35, "điểm", max_value=100, code=_TONG),
    _bql("xếp thứ 4/17", "4/17", 4, "hạng", R, max_value=17, code=_HANG),
    _bql("đạt 19,86/20", "19,86/20", 19.86, "điểm", max_value=20, code="766.tien_do"),
    _bql("đạt 8,85/10", "8,85/10", 8.85, "điểm", max_value=10, code="766.thanh_toan"),
    # VI. the Ban's target for quý II
    _bql("tối thiểu 92%", "92%", 92, "%", T, as_of="2025-06-30", code=_TT),
]

# ------------------------------------------------------------ 524: Sở Y tế tỉnh Lâm Đồng, quý III năm 2025
_SYT = "Sở Y tế"
_Q2_2025 = "2025-06-30"


def _syt(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Sở itself."""
    return F(context, raw, value, unit, kind, subject=_SYT, level="tỉnh", **kw)


def _field_524(subject: object, received: str, online: str, settled: str, on_time: str, overdue: str,
               after: str) -> list[Fact]:
    """One Markdown row of a sub-field (or "Tổng cộng" = the Sở): received, online, settled, on-time share, overdue."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (settled, "hồ sơ", P, ANY, "period"), (on_time, "%", P, _DH, "period"),
             (overdue, "hồ sơ", P, _QH, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_524 = [
    # I. (118/2025/NĐ-CP, 215/VP-KSTT cited; "ba tỉnh" words)
    _syt("ban hành 04 quyết định", "04", 4, "quyết định", C, code=None),
    _syt("thực hiện 148 TTHC", "148", 148, "TTHC", C, code=_TTHC),
    F("cấp tỉnh 138 TTHC", "138", 138, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code=_TTHC),
    F("cấp xã 10 TTHC", "10", 10, "TTHC", C, code=_TTHC, **_XA),
    _syt("; 112 TTHC", "112", 112, "TTHC", C, code=_TOAN),
    _syt("chiếm 75,68%", "75,68%", 75.68, "%", code=_TOAN),
    # II.1; quý II năm 2025 dated 2025-06-30
    _syt("tiếp nhận 3.969", "3.969", 3969, "hồ sơ", C, code=_TN),
    _syt("tăng 457 hồ sơ", "457", 457, "hồ sơ", CH, code=_TN),
    _syt("(3.512 hồ sơ", "3.512", 3512, "hồ sơ", PR, as_of=_Q2_2025, code=_TN),
    _syt("là 3.455", "3.455", 3455, "hồ sơ", C, code=_NOP),
    _syt("chiếm 87,05%", "87,05%", 87.05, "%", code=_NOP),
    _syt("giải quyết 3.812", "3.812", 3812, "hồ sơ", C, code=ANY),
    _syt("đạt 99,42%", "99,42%", 99.42, "%", code=_DH),
    _syt("quá hạn 22 hồ sơ", "22", 22, "hồ sơ", C, code=_QH),
    F("chữa bệnh 9 hồ sơ", "9", 9, "hồ sơ", C, subject=ANY, level="tỉnh", code=_QH),
    F("y khoa 5 hồ sơ", "5", 5, "hồ sơ", C, subject=ANY, level="tỉnh", code=_QH),
    _syt("là 7,4 ngày", "7,4", 7.4, "ngày", code=_TIME),
    # II.2 Bảng 1 (Markdown) by sub-field; "Tổng cộng" (empty STT) = the Sở
    *_field_524(ANY, "1.684", "1.537", "1.612", "99,44", "9", "| 2 | Dược phẩm"),
    *_field_524(ANY, "1.026", "968", "991", "99,60", "4", "| 3 | Mỹ phẩm"),
    *_field_524(ANY, "142", "142", "138", "100", "0", "| 4 | Trang thiết bị"),
    *_field_524(ANY, "218", "204", "209", "99,52", "1", "| 5 | An toàn thực phẩm"),
    *_field_524(ANY, "436", "371", "418", "99,28", "3", "| 6 | Y tế dự phòng"),
    *_field_524(ANY, "87", "79", "85", "100", "0", "| 7 | Giám định"),
    *_field_524(ANY, "312", "96", "297", "98,32", "5", "| 8 | Tổ chức"),
    *_field_524(ANY, "64", "58", "62", "100", "0", "| | Tổng cộng"),
    *_field_524(_SYT, "3.969", "3.455", "3.812", "99,42", "22", "\nLĩnh vực giám định"),
    F("(96/312 hồ sơ)", "96/312", 96, "hồ sơ", C, max_value=312, subject=ANY, level="tỉnh", code=_NOP),
    # II.3 licences and certificates (codes unchecked)
    _syt("cấp 1.246 giấy phép", "1.246", 1246, "giấy phép", C, code=ANY),
    _syt("(cấp mới 812", "812", 812, "giấy phép", C, code=ANY),
    _syt("cấp lại 106", "106", 106, "giấy phép", C, code=ANY),
    _syt("điều chỉnh 328", "328", 328, "giấy phép", C, code=ANY),
    _syt("cấp 38 giấy phép", "38", 38, "giấy phép", C, code=ANY),
    _syt("cấp 214 chứng chỉ", "214", 214, "chứng chỉ", C, code=ANY),
    _syt("cấp 386 giấy chứng nhận", "386", 386, "giấy chứng nhận", C, code=ANY),
    _syt("cho 342 cơ sở", "342", 342, "cơ sở", C, code=ANY),
    _syt("cấp 127 giấy chứng nhận", "127", 127, "giấy chứng nhận", C, code=ANY),
    _syt("nhận 96 bản", "96", 96, "bản", C, code=ANY),
    _syt("đẩy 8.214 giấy", "8.214", 8214, "giấy chứng sinh", C, code=ANY),
    _syt("và 1.102 giấy", "1.102", 1102, "giấy báo tử", C, code=ANY),
    _syt("đạt 97,36%", "97,36%", 97.36, "%", code=ANY),
    # II.4 against the 2025 target
    _syt("Sở đạt 76,42%", "76,42%", 76.42, "%", code=_TT, target=80, stated_status="chưa đạt"),
    _syt("(quý II năm 2025: 68,90%)", "68,90%", 68.90, "%", PR, as_of=_Q2_2025, code=_TT),
    _syt("năm 2025 là 80%", "80%", 80, "%", T, as_of=_Y2025, code=_TT),
    _syt("đạt 94,15%", "94,15%", 94.15, "%", code=_SH),
    _syt("điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    _syt("đạt 96,84%", "96,84%", 96.84, "%", code=_HL),
    # II.5
    _syt("tiếp nhận 12 phản ánh", "12", 12, "PAKN", C, code=_PAKN_TN),
    _syt("xử lý 11 PAKN", "11", 11, "PAKN", C, code=_PAKN_XL),
    _syt("đạt 91,67%", "91,67%", 91.67, "%", code=_PAKN_TL),
    _syt("; 01 PAKN", "01", 1, "PAKN", C, code=ANY),
    # II.6 the Sở's 766 result (tháng 8/2025 dated 2025-08-31), the province's among 34, the communes
    _syt("đạt 87,26/100", "87,26/100", 87.26, "điểm", max_value=100, code=_TONG),
    _syt("xếp thứ 5/15", "5/15", 5, "hạng", R, max_value=15, code=_HANG),
    _syt("(tháng 8/2025: 85,94 điểm", "85,94", 85.94, "điểm", PR, max_value=100, as_of="2025-08-31", code=_TONG),
    _syt("xếp thứ 8/15)", "8/15", 8, "hạng", PR, max_value=15, as_of="2025-08-31", code=_HANG),
    _syt("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    F("đạt 83,18/100", "83,18/100", 83.18, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 17/34", "17/34", 17, "hạng", R, max_value=34, code=_HANG),
    F("có 124 xã", "124", 124, "xã", C, subject=ANY, level="xã", code=None),
    F("đạt 98,76%", "98,76%", 98.76, "%", code=_DH, **_XA),
    # III. the Sở's target for quý IV (phone number no figure)
    _syt("tối thiểu 80%", "80%", 80, "%", T, as_of=_Y2025, code=_TT),
]

BLIND = {"520": BLIND_520, "521": BLIND_521, "522": BLIND_522, "523": BLIND_523, "524": BLIND_524}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "520": [
        ("2024-07-31", "day", "31/7/2024", "giải quyết dứt điểm 29 hồ sơ", "Phòng Tài nguyên và Môi trường huyện"),
        ("2024-08-20", "day", "ngày 20 tháng 8 năm 2024", "tập huấn kỹ năng", "Văn phòng HĐND và UBND huyện"),
        ("2024-09-30", "quarter", "quý III năm 2024", "hướng dẫn người dân nộp hồ sơ trực tuyến", "UBND các xã"),
        ("2024-09-30", "month", "tháng 9/2024", "nâng cấp đường truyền Internet", "Phòng Văn hóa và Thông tin huyện"),
        ("2024-12-31", "year", "năm 2024", "số hóa sổ hộ tịch", "Phòng Tư pháp huyện"),
        # issued 03/7/2024: the first "ngày 18 hằng tháng" is 18/7/2024
        ("2024-07-18", "recurring", "18 hằng tháng", "báo cáo kết quả giải quyết TTHC", "UBND các xã"),
    ],
    "521": [
        ("2025-03-10", "day", "10/3/2025", "dự thảo Quyết định công bố Chỉ số CCHC", "Phòng Nội vụ"),
        ("2025-03-31", "day", "ngày 31 tháng 3 năm 2025", "kế hoạch khắc phục",
         "UBND xã Hương Điền, UBND xã Hương Minh"),
        ("2025-06-30", "quarter", "quý II năm 2025", "nâng tỷ lệ hồ sơ nộp trực tuyến",
         "Văn phòng HĐND và UBND huyện"),
        ("2025-06-30", "month", "tháng 6/2025", "cập nhật tài liệu kiểm chứng", "UBND các xã, thị trấn"),
        # issued 24/02/2025, before the 25th: the first "ngày 25 hằng tháng" is 25/02/2025
        ("2025-02-25", "recurring", "25 hằng tháng", "báo cáo kết quả khắc phục", "UBND các xã, thị trấn"),
    ],
    "522": [
        ("2025-06-15", "day", "15/6/2025", "giải quyết dứt điểm 28 hồ sơ", "Sở Nông nghiệp và Môi trường"),
        ("2025-06-20", "day", "ngày 20 tháng 6 năm 2025", "rà soát quy trình nội bộ",
         "Phòng Tiếp nhận và Trả kết quả"),
        ("2025-06-30", "month", "tháng 6/2025", "gián đoạn kết nối", "Sở Khoa học và Công nghệ"),
        ("2025-09-30", "quarter", "quý III năm 2025", "nhận, trả hồ sơ tại nhà",
         "Trung tâm Phục vụ hành chính công tỉnh"),
        # issued 04/6/2025, after the 3rd: the first "ngày 03 hằng tháng" is 03/7/2025
        ("2025-07-03", "recurring", "03 hằng tháng", "gửi số liệu giải quyết hồ sơ",
         "Các sở, ban, ngành có quầy tại Trung tâm"),
    ],
    "523": [
        ("2025-04-30", "day", "30/4/2025", "quy trình nội bộ", "Phòng Quản lý đầu tư"),
        ("2025-05-15", "day", "ngày 15 tháng 5 năm 2025", "giấy phép lao động trực tuyến",
         "Phòng Quản lý lao động"),
        ("2025-06-30", "quarter", "quý II năm 2025", "thanh toán trực tuyến", "Văn phòng Ban"),
        ("2025-05-31", "month", "tháng 5/2025", "thẩm duyệt phòng cháy, chữa cháy",
         "Phòng Quản lý quy hoạch và xây dựng"),
        ("2025-12-31", "year", "năm 2025", "số hóa hồ sơ cấp phép xây dựng", "Văn phòng Ban"),
        # issued 08/4/2025: the first "ngày 15 hằng tháng" is 15/4/2025
        ("2025-04-15", "recurring", "15 hằng tháng", "gửi báo cáo kết quả giải quyết TTHC",
         "Các phòng, đơn vị thuộc Ban"),
    ],
    "524": [
        ("2025-10-31", "day", "31/10/2025", "đồng bộ dữ liệu chứng chỉ hành nghề dược", "Phòng Nghiệp vụ Dược"),
        ("2025-11-15", "day", "ngày 15 tháng 11 năm 2025", "giấy phép hành nghề tồn đọng", "Phòng Nghiệp vụ Y"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "thanh toán trực tuyến", "Văn phòng Sở"),
        ("2025-11-30", "month", "tháng 11/2025", "tự công bố sản phẩm trực tuyến",
         "Phòng Quản lý an toàn thực phẩm"),
        # issued 06/10/2025: the first "ngày 20 hằng tháng" is 20/10/2025
        ("2025-10-20", "recurring", "20 hằng tháng", "gửi số liệu giải quyết TTHC",
         "Các phòng chuyên môn, đơn vị trực thuộc"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 520's issuer is UBND huyện
# Quỳnh Nhai (tỉnh Sơn La); 521's the Phòng Nội vụ huyện Vũ Quang (tỉnh Hà Tĩnh); 522's the Trung tâm Phục vụ hành chính
# công tỉnh An Giang; 523's the Ban Quản lý các khu công nghiệp tỉnh Vĩnh Phúc; 524's the Sở Y tế tỉnh Lâm Đồng.
META = {
    "520": {"doc_number": "214/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2024-07-03",
            "province": "Sơn La", "period_label": "6 tháng đầu năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-06-30", "signer": "Lò Văn Thanh"},
    "521": {"doc_number": "18/BC-PNV", "doc_type": "Báo cáo", "issued_date": "2025-02-24",
            "province": "Hà Tĩnh", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Trần Đình Hùng"},
    "522": {"doc_number": "126/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2025-06-04",
            "province": "An Giang", "period_label": "tháng 5 năm 2025", "period_start": "2025-05-01",
            "period_end": "2025-05-31", "signer": "Nguyễn Thanh Phong"},
    "523": {"doc_number": "312/BC-BQLKCN", "doc_type": "Báo cáo", "issued_date": "2025-04-08",
            "province": "Vĩnh Phúc", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Đỗ Mạnh Hùng"},
    "524": {"doc_number": "2846/BC-SYT", "doc_type": "Báo cáo", "issued_date": "2025-10-06",
            "province": "Lâm Đồng", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Phạm Thị Thu Hà"},
}
