"""Blind golden facts for corpus/blind88/515_binh_thuan.txt, 516_phu_yen.txt, 517_hau_giang.txt, 518_lai_chau.txt and
519_ba_ria_vung_tau.txt.

The five documents were written by the developers for an eighty-eighth blind measurement (provinces little used in
recent sets; issuers and genres: a Bảo hiểm xã hội tỉnh and a Sở Tư pháp as badly OCR'd scans, a Tờ trình of a Sở, a
Báo cáo chuyên đề on online payment, a Thông báo kết quả kiểm tra of a Đoàn kiểm tra; not real documents), and every
row below was written by reading them, before any extraction, restoration or pipeline code was run on them. They also
serve as held-out text for diacritic restoration (515 and 518 are themselves texts with every mark lost).

Same structure and conventions as golden/blind84.py, blind66.py, blind63.py, blind16.py and blind13.py: rows use
`golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it). Prose and list
counts are kind `count`; table cells are kind `value` even when they count (target cells kind `target`), with
`extra={"source": "table"}`; `as_of="period"` is the period's end; a table column dated before the period end keeps its
kind with that date as `as_of`; a change is dated with the figure it changes (the period end unless that figure is
dated otherwise, as golden/blind67.py) and a fall ("giảm", "rút ngắn") is negative. `ANY` leaves a field unchecked
where the sentence names no catalogued indicator (`None` where it clearly names none: counts of decisions, units,
staff, machines). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a count of the
files (or PAKN) an indicator is computed on carries that indicator's code; every "đã giải quyết" count and the parts of
a settled whole given apart ("trước hạn …", "đúng hạn …") have their code unchecked, the overdue part the overdue code.
Counts of local units take the unit of their first unit word ("17/106 xã, phường, thị trấn" → `xã`, "03/08 huyện, thị
xã, thành phố" → `huyện`), at the level of the units counted (subject unchecked). A provincial body's own figures
naming no body are named by its kind ("Bảo hiểm xã hội tỉnh" for "BHXH tinh …", "Sở Tư pháp"), level tỉnh. Certified
copies count in `bản`, machines take the noun as written (`máy POS`, `máy tính`, `máy quét`), money keeps the unit
written (`tỷ đồng`, `triệu đồng`; code unchecked). Numbers written in words ("sáu nhóm chỉ số", "mot lan") are no
figures. Dates, document numbers, cited decrees, decisions, plans and letters ("Cong van so 1215/BHXH-VP", "Nghị định
số 45/2020/NĐ-CP", "Quyết định số 766/QĐ-TTg", "Quyết định số 2051/QĐ-UBND", "Công văn số 1286/VPCP-KSTT", "Ke hoach so
2964/KH-UBND", "Cong van so 1742/VP-KSTT", "Quyết định số 612/QĐ-UBND"), "Đề án 06"/"De an 06", "Bộ chỉ số 766"/"Bo chi
so 766", "mức độ 2", "duoi 6 tuoi", the stated windows ("tu ngay 01/01/2025 den ngay 31/3/2025", "từ ngày 01/01/2025
đến ngày 30/4/2025", "Từ đầu năm đến ngày 30/4/2025", "den ngay 30/9/2025"), "4 tháng đầu năm 2024" (a window), "Tính
đến ngày 28/02/2025" (a date: the figures it heads are dated 2025-02-28), section numbering ("I.", "1.", "a)", "Bảng
1."), the STT/TT column, numbered tasks, the hotline "1900.9068", street addresses ("so 01 duong Tran Hung Dao", "số 08
đường Trần Phú, phường 7"), phone numbers ("0252.3821.460", "0257.3842.619", "0213.3876.245", "0254.3852.617"), "tháng
02/2025" (a date), headings naming the next period ("VI. NHIEM VU TRONG TAM QUY II NAM 2025", "V. NHIỆM VỤ, GIẢI PHÁP
QUÝ II NĂM 2025", "V. NHIEM VU QUY IV NAM 2025": no deadlines) and years are not figures. OCR noise is no figure: "S6:"
is "Số:", "ty 18" and "Ty 1e" are "tỷ lệ", "hd so" is "hồ sơ", "dich vy" is "dịch vụ", "quy 11/2025" is "quý II/2025"
(not November), "quy 111/2025" is "quý III/2025".

New in this set (all but 518 before the 1 July 2025 merger, ranks /63; 518 after it, ranks /34):
- 515 is a quarterly Báo cáo of Bảo hiểm xã hội tỉnh Bình Thuận (header "BAO HIEM XA HOI VIET NAM / BAO HIEM XA HOI
  TINH BINH THUAN", to Bảo hiểm xã hội Việt Nam), quý I năm 2025, issued 07/4/2025, OCR'd from a scan with every
  diacritic lost (header, title, prose, table, tasks, signer). Contexts are written on the file as it came (ASCII);
  subjects, units and metadata are the restored Vietnamese. The issuer's own figures ("BHXH tinh …", "toan nganh …",
  naming no other body) have subject "Bảo hiểm xã hội tỉnh", level tỉnh. "27 TTHC … 100% TTHC duoc cong khai … 25 TTHC
  … toan trinh, chiem ty 18 92,59%; 02 TTHC con lai … mot phan". "(quy IV/2024: …)" values are previous, dated
  2024-12-31; "tang 11.142 ho so", "rut ngan 0,4 ngay", "tang 6,35%" (the reuse share's), "tang 4,75%" changes. The
  overdue files of one field "(linh vuc che do om dau, thai san 305 hd so)" have subject unchecked, level tỉnh, overdue
  code. NEW: its tab-separated table "Bang 1" lists the Văn phòng BHXH tỉnh (level tỉnh) and the ten district offices
  written without marks ("BHXH thanh pho Phan Thiet", "BHXH huyen Phu Quy"): subject as a reader restores them ("BHXH
  thành phố Phan Thiết", "BHXH huyện Phú Quý"), level huyện; received, online files, online share, on-time share (one
  "100" cell); the "Cong" row with an empty STT cell is the issuer's whole (its figures repeat the prose). The lowest
  office in brackets. "46.318 giao dich" (unit `giao dịch`) and "52,84 ty dong" (code unchecked). "63,15% (quy IV/2024:
  58,40%), tang 4,75%; so voi chi tieu nam 2025 BHXH Viet Nam giao la 70% thi chua dat": the target dated 2025-12-31,
  63,15% carries it. Đề án 06: "Toan tinh co 1.084.362 nguoi tham gia BHYT …" is the province's (subject NULL; unit
  `người`, code unchecked); visits "Tai cac co so kham chua benh tren dia ban tinh" (unit `lượt`, subject and level
  unchecked); "18.426/23.105 nguoi huong" one count (max 23105), "79,75% (chi tieu 80%, chua dat chi tieu)": the target
  at the period end. PAKN parts by channel (code unchecked), "126/126 PAKN" one count. "BHXH tinh dat 88,46/100 diem,
  xep thu 14/63 BHXH cac tinh, thanh pho (quy IV/2024: 86,92 diem, xep thu 19/63), tang 1,54 diem va tang 5 bac" and
  the two group scores are Bảo hiểm xã hội Việt Nam's own ranking of its provincial offices: codes unchecked (as
  golden/blind84.py's ministry ranking of provincial police: ambiguous between the 766 index applied to the sector's
  units and a sector ranking). Tasks: "377 ho so qua han" repeated (subject, level, code unchecked), the target "toi
  thieu 68% trong quy 11/2025" (subject and level unchecked, dated 2025-06-30). Five deadlines, written without marks
  (compared folded): day, "cham nhat" day in words, the quarter "trong quy 11/2025" (date words "2025" only: whether
  "11" comes back as "II" is the restorer's choice, and it must not be read as November), month, "truoc ngay 22 hang
  thang" (issued 07/4/2025: first 22/4/2025).
- 516 is a Tờ trình of Sở Khoa học và Công nghệ tỉnh Phú Yên (header "UBND TỈNH PHÚ YÊN / SỞ KHOA HỌC VÀ CÔNG NGHỆ",
  number "146/TTr-SKHCN") asking UBND tỉnh to approve the province's plan for digital TTHC in năm 2025, issued
  21/3/2025. Its period is the year of the plan (năm 2025), so the proposed targets are dated at the period end; every
  figure is the province's (subject NULL: "của tỉnh", "toàn tỉnh") but those given by level. "Năm 2024" figures are
  dated 2024-12-31 (the total `79,36/100`, rank `38/63`, "tăng 4,12 điểm và tăng 9 bậc" dated with them, "(75,24 điểm,
  xếp thứ 47/63)" dated 2023-12-31, two group scores in brackets `x/max`, files by level in a bracket, online shares by
  level after "tương ứng là", PAKN, satisfaction); "(chỉ tiêu năm 2024 là 45%, chưa đạt chỉ tiêu)" a target dated
  2024-12-31 that 36,52% carries. "Tính đến ngày 28/02/2025" heads figures dated 2025-02-28 (TTHC, "14 cơ sở dữ liệu"
  unit `cơ sở dữ liệu` code None, "17/106 xã, phường, thị trấn"). NEW: its Markdown table has a target column of the
  past year next to the result: "Chỉ tiêu năm 2024" (kind `target`, dated 2024-12-31), "Kết quả năm 2024" (kind value,
  2024-12-31) and "Đề xuất năm 2025" (kind `target`, period end), units from the "Đơn vị tính" column, codes from the
  row labels (row 8's score has no max written). Targets by level after the table ("tối thiểu 50% ở cấp huyện và 40% ở
  cấp xã": subjects "cấp huyện", "cấp xã"). The budget "4,86 tỷ đồng, trong đó ngân sách tỉnh 3,92 tỷ đồng, ngân sách
  cấp huyện 0,94 tỷ đồng" (parts: subject and level unchecked). Five deadlines: day, quarter, "chậm nhất" day in words,
  month, "trước ngày 18 hằng tháng" (issued 21/3/2025, after the 18th: first 18/4/2025).
- 517 is a Báo cáo chuyên đề of UBND tỉnh Hậu Giang to the Văn phòng Chính phủ on online payment of fees and financial
  obligations, quý I năm 2025, issued 14/4/2025. Province figures have subject NULL. TTHC with fees "684 TTHC, trong đó
  652 TTHC (chiếm 95,32%) đã được tích hợp … 418 TTHC đã phát sinh giao dịch …, chiếm 61,11%": the shares carry
  `766.thanh_toan.tthc_tich_hop` and `766.thanh_toan.tthc_giao_dich`, the counts unchecked. "58.426 hồ sơ phát sinh
  nghĩa vụ tài chính" (the denominator: code unchecked), "27.184 hồ sơ được thanh toán trực tuyến, đạt 46,53% (quý IV
  năm 2024: 40,18%), tăng 6,35%; so với chỉ tiêu năm 2025 UBND tỉnh giao là 55% thì chưa đạt": payment code, previous
  dated 2024-12-31, target dated 2025-12-31. Shares by level after "lần lượt là". Money "38,62 tỷ đồng, tăng 7,94 tỷ
  đồng so với quý IV năm 2024 (30,68 tỷ đồng)" and its part "29,15 tỷ đồng, chiếm 75,48%" (codes unchecked). A dash
  list by payment channel ("<channel>: n giao dịch, chiếm x%", codes unchecked), "126 máy POS" (unit `máy POS`, code
  None). NEW: its Markdown table (centred and right-aligned separators) of the eight district-level units (subject as
  written, "UBND thị xã Long Mỹ", level huyện) has a money column "Số tiền (triệu đồng)" with decimal cells ("2.846,5"
  → 2846.5, unit `triệu đồng`, code unchecked) and a previous-quarter column "Tỷ lệ quý IV/2024 (%)" (kind value, dated
  2024-12-31, payment code); files with obligations (code unchecked), paid files and share (payment code); the "Tổng
  cộng" row with an empty STT cell is "cấp huyện" (the caption names "UBND cấp huyện"; its 46,00 repeats the prose).
  "03/08 huyện, thị xã, thành phố đã đạt chỉ tiêu" (unit `huyện`), the two lowest in brackets ("huyện Long Mỹ", level
  huyện). "61/75 xã, phường, thị trấn … còn 14 xã" (unit `xã`, code None); the shares of "các phường" and "các xã, thị
  trấn" (subject unchecked, level xã). Failed payments "214 giao dịch", "486,5 triệu đồng" (subject and level
  unchecked). Group score `6,48/10`, "tăng 0,86 điểm", total `82,74/100`, rank `24/63`. Targets in tasks: "tỷ lệ của
  cấp xã đạt tối thiểu 45% trong quý II năm 2025" (subject "cấp xã", dated 2025-06-30) and "cho 100% Bộ phận Một cửa
  cấp xã trong năm 2025" (subject unchecked, level xã, dated 2025-12-31). Six deadlines: day, "chậm nhất" day in words
  for two named districts, month, quarter (with the target), year (with the target), "trước ngày 10 hằng tháng" (issued
  14/4/2025, after the 10th: first 10/5/2025).
- 518 is a Báo cáo of the Sở Tư pháp tỉnh Lai Châu (header "UBND TINH LAI CHAU / SO TU PHAP"), 9 tháng đầu năm 2025,
  issued 03/10/2025, after the 1 July 2025 reform (cấp tỉnh and cấp xã only; 38 xã, phường; the province ranked /34),
  OCR'd from a scan with every diacritic lost; contexts as the file has them, subjects restored. The Sở's own figures
  ("So …", "cua So", "tai So", "So Tu phap dat") have subject "Sở Tư pháp", level tỉnh; TTHC by level in a bracket
  "(cap tinh 96 TTHC, cap xa 32 TTHC)"; "03 quyet dinh" (code None). "(9 thang nam 2024: 3.412 ho so), tang 12,72%":
  previous dated 2024-09-30 and a relative change (code unchecked). NEW: "Rieng quy 111/2025, So tiep nhan 1.402 ho so,
  tang 118 ho so so voi quy 11/2025 (1.284 ho so)": the OCR'd quarters are no figures; the quarter's files are dated at
  its end (the period end), the previous quarter's 2025-06-30. One field's files "2.915 ho so (75,79%)", its
  certificates by VNeID "1.428 phieu" (unit `phiếu`) and "4,2 ngay" (subject unchecked, level tỉnh, codes unchecked).
  Under "2. Tai cap xa" figures are "cấp xã" (level xã); "UBND 38 xa, phuong" counts communes (unit `xã`, code None);
  "4.186/4.602 truong hop" one count (max 4602, unit `trường hợp`); "12.408 ban sao dien tu" (unit `bản`); "(9 thang
  nam 2024: 58,14%), tang 7,48%" and "(9 thang nam 2024: 41,20%)" dated 2024-09-30; best and worst communes written
  without marks (subjects restored: "phường Tân Phong", "xã Pa Vệ Sủ", "xã Thu Lũm"). "72,48% (chi tieu UBND tinh giao
  nam 2025 la 70%, dat chi tieu)": the Sở's target dated 2025-12-31; its satisfaction share "98,75%". "412.356 ban ghi"
  (unit `bản ghi`), "02 nhom TTHC" (unit `nhóm`, code None), the inter-agency files of cấp xã (codes unchecked). "07/07
  PAKN" one count. "So Tu phap dat 91,28/100 diem, xep thu 3/14 so, ban, nganh (thang 6/2025: xep thu 6/14), tang 3
  bac" (previous dated 2025-06-30); "Tinh Lai Chau dat 84,17/100 diem, xep thu 12/34" the province's; the Sở's two
  group scores `x/max` follow it ("cua So"). The task target "dat toi thieu 60% trong thang 12/2025" is of a phòng of
  the Sở (subject unchecked, level tỉnh, dated 2025-12-31). Five deadlines written without marks: day, "cham nhat" day
  in words, month (with the target), quarter, "truoc ngay 20 hang thang" (issued 03/10/2025: first 20/10/2025).
- 519 is a Thông báo of the Đoàn kiểm tra công tác cải cách hành chính năm 2025 of UBND tỉnh Bà Rịa - Vũng Tàu (header
  "UBND TỈNH BÀ RỊA - VŨNG TÀU / ĐOÀN KIỂM TRA CÔNG TÁC / CẢI CÁCH HÀNH CHÍNH NĂM 2025", number "07/TB-ĐKT", no "Kính
  gửi"), on its inspection of UBND huyện Châu Đức, issued 16/5/2025; its period is the window inspected, "4 tháng đầu
  năm 2025 (từ ngày 01/01/2025 đến ngày 30/4/2025)". NEW: the inspected district is the subject of its own figures
  ("UBND huyện …", "huyện …", "của huyện"): "UBND huyện Châu Đức", level huyện; figures under "a) Cấp huyện" are "cấp
  huyện", under "b) Cấp xã" "cấp xã"; the three communes inspected keep their names ("xã Kim Long", level xã). "(4
  tháng đầu năm 2024: 5.772 hồ sơ), tăng 512 hồ sơ" of cấp huyện: a previous value dated 2024-04-30 (the same window a
  year before) and its change; "5,6 ngày/hồ sơ" cấp huyện's time, "còn 37 hồ sơ quá hạn" cấp xã's overdue files. The
  Đoàn's random sample "150 hồ sơ (cấp huyện 90 hồ sơ, cấp xã 60 hồ sơ) … 138 hồ sơ …, chiếm 92,00%; 12 hồ sơ …, gồm 09
  hồ sơ … và 03 hồ sơ" (codes unchecked; the whole and its findings subject and level unchecked, the parts by level
  their level). "03 xã", "03/03 xã", "UBND 16 xã, thị trấn", "16/16 xã, thị trấn" count communes (unit `xã`, code
  None); "12 công chức, 14 máy tính và 06 máy quét" of the district's one-stop shop (subject unchecked, level huyện,
  code None). "(chỉ tiêu tỉnh giao năm 2025 là 60%, chưa đạt chỉ tiêu)": the district's target dated 2025-12-31, 52,84%
  carries it; the district's e-results, reuse and satisfaction shares. Copies by commune after "lần lượt là" with the
  commune in brackets after each share. "83,12/100 điểm, xếp thứ 5/7 huyện, thị xã, thành phố (năm 2024: 80,47 điểm,
  xếp thứ 6/7), tăng 2,65 điểm và tăng 1 bậc" (previous dated 2024-12-31). VNeID accounts "Trên địa bàn huyện" (subject
  unchecked, level huyện). Counts repeated in the findings and tasks ("Còn 91 hồ sơ quá hạn ở cấp huyện": cấp huyện's;
  "76 hồ sơ", "52 hồ sơ" in tasks: unchecked). The target "của huyện đạt tối thiểu 60% trong tháng 6/2025" is the
  district's, dated 2025-06-30. Six deadlines: day, "chậm nhất" day in words, quarter, month (with the target), a
  second day, "trước ngày 25 hằng tháng" (issued 16/5/2025: first 25/5/2025).

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
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_PAKN_TIME = "pakn.thoi_gian"
_TT_TICH_HOP = "766.thanh_toan.tthc_tich_hop"
_TT_GIAO_DICH = "766.thanh_toan.tthc_giao_dich"
_Y2023 = "2023-12-31"
_Y2024 = "2024-12-31"
_Y2025 = "2025-12-31"
_Q4_2024 = "2024-12-31"
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


# ------------------------------------------------------ 515: Bảo hiểm xã hội tỉnh Bình Thuận, quý I/2025, OCR'd
_BH = "Bảo hiểm xã hội tỉnh"


def _bh(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the provincial social insurance office itself."""
    return F(context, raw, value, unit, kind, subject=_BH, level="tỉnh", **kw)


def _row_515(subject: str, level: str, received: str, online: str, share: str, on_time: str,
             after: str) -> list[Fact]:
    """One tab-separated row of an office (or "Cong" = the issuer): received, online files and share, on-time."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (share, "%", P, _NOP, "period"), (on_time, "%", P, _DH, "period")]
    return _cells(subject, level, cells, after, "\t", "\n")


BLIND_515 = [
    # I. ("S6: 412/BC-BHXH", "Cong van so 1215/BHXH-VP" and the stated window are no figures)
    _bh("thuc hien 27 TTHC", "27", 27, "TTHC", C, code=_TTHC),
    _bh("nganh; 100% TTHC", "100%", 100, "%", code=ANY),
    _bh("Trong do 25 TTHC", "25", 25, "TTHC", C, code=_TOAN),
    _bh("ty 18 92,59%", "92,59%", 92.59, "%", code=_TOAN),
    _bh("02 TTHC con lai", "02", 2, "TTHC", C, code=_MOT),
    # II.1; quý IV/2024 dated 2024-12-31
    _bh("tiep nhan 181.526", "181.526", 181526, "hồ sơ", C, code=_TN),
    _bh("(quy IV/2024: 170.384", "170.384", 170384, "hồ sơ", PR, as_of=_Q4_2024, code=_TN),
    _bh("tang 11.142 ho so", "11.142", 11142, "hồ sơ", CH, code=_TN),
    _bh("tuyen 176.909 ho so", "176.909", 176909, "hồ sơ", C, code=_NOP),
    _bh("chiem 97,46%", "97,46%", 97.46, "%", code=_NOP),
    _bh("quyet 179.804", "179.804", 179804, "hồ sơ", C, code=ANY),
    _bh("han 179.427", "179.427", 179427, "hồ sơ", C, code=_DH),
    _bh("dat 99,79%", "99,79%", 99.79, "%", code=_DH),
    _bh("qua han 377", "377", 377, "hồ sơ", C, code=_QH),
    F("thai san 305", "305", 305, "hồ sơ", C, subject=ANY, level="tỉnh", code=_QH),
    _bh("binh quan 2,6", "2,6", 2.6, "ngày", code=_TIME),
    _bh("rut ngan 0,4", "0,4", -0.4, "ngày", CH, code=_TIME),
    # Bang 1, tab-separated, written without marks; "Cong" (empty STT) = the issuer
    *_row_515("Văn phòng BHXH tỉnh", "tỉnh", "38.615", "38.402", "99,45", "99,92", "2\tBHXH thanh pho"),
    *_row_515("BHXH thành phố Phan Thiết", "huyện", "34.208", "33.416", "97,68", "99,81", "3\tBHXH thi xa"),
    *_row_515("BHXH thị xã La Gi", "huyện", "14.862", "14.431", "97,10", "99,76", "4\tBHXH huyen Tuy Phong"),
    *_row_515("BHXH huyện Tuy Phong", "huyện", "15.347", "14.896", "97,06", "99,85", "5\tBHXH huyen Bac Binh"),
    *_row_515("BHXH huyện Bắc Bình", "huyện", "12.604", "12.188", "96,70", "99,70", "6\tBHXH huyen Ham Thuan Bac"),
    *_row_515("BHXH huyện Hàm Thuận Bắc", "huyện", "18.231", "17.702", "97,10", "99,64",
              "7\tBHXH huyen Ham Thuan Nam"),
    *_row_515("BHXH huyện Hàm Thuận Nam", "huyện", "11.478", "11.109", "96,79", "99,79", "8\tBHXH huyen Ham Tan"),
    *_row_515("BHXH huyện Hàm Tân", "huyện", "9.326", "9.021", "96,73", "99,83", "9\tBHXH huyen Duc Linh"),
    *_row_515("BHXH huyện Đức Linh", "huyện", "13.045", "12.617", "96,72", "99,71", "10\tBHXH huyen Tanh Linh"),
    *_row_515("BHXH huyện Tánh Linh", "huyện", "11.392", "10.981", "96,39", "99,88", "11\tBHXH huyen Phu Quy"),
    *_row_515("BHXH huyện Phú Quý", "huyện", "2.418", "2.146", "88,75", "100", "\tCong"),
    *_row_515(_BH, "tỉnh", "181.526", "176.909", "97,46", "99,79", "\nDon vi co"),
    F("Phu Quy (88,75%)", "88,75%", 88.75, "%", subject="BHXH huyện Phú Quý", level="huyện", code=_NOP),
    # II.2 ("Ty 1e" is OCR noise, no figure)
    _bh("TTHC dat 96,84%", "96,84%", 96.84, "%", code=_SH),
    _bh("(quy IV/2024: 94,10%)", "94,10%", 94.10, "%", PR, as_of=_Q4_2024, code=_SH),
    _bh("dien tu dat 100%", "100%", 100, "%", code=_KQ),
    _bh("dat 41,27%", "41,27%", 41.27, "%", code=_TSD),
    _bh("tang 6,35%", "6,35%", 6.35, "%", CH, code=_TSD),
    # II.3 against the sector's 2025 target
    _bh("co 46.318 giao dich", "46.318", 46318, "giao dịch", C, code=ANY),
    _bh("tien 52,84 ty dong", "52,84", 52.84, "tỷ đồng", code=ANY),
    _bh("dat 63,15%", "63,15%", 63.15, "%", code=_TT, target=70, stated_status="chưa đạt"),
    _bh("(quy IV/2024: 58,40%)", "58,40%", 58.40, "%", PR, as_of=_Q4_2024, code=_TT),
    _bh("tang 4,75%", "4,75%", 4.75, "%", CH, code=_TT),
    _bh("la 70%", "70%", 70, "%", T, as_of=_Y2025, code=_TT),
    # III. Đề án 06: the province's insured, visits at the facilities, pensions paid to accounts
    F("co 1.084.362", "1.084.362", 1084362, "người", C, code=ANY),
    F("do 1.074.816", "1.074.816", 1074816, "người", C, code=ANY),
    F("dat 99,12%", "99,12%", 99.12, "%", code=ANY),
    F("co 612.437 luot", "612.437", 612437, "lượt", C, subject=ANY, level=ANY, code=ANY),
    F("chiem 71,58%", "71,58%", 71.58, "%", subject=ANY, level=ANY, code=ANY),
    _bh("cho 18.426/23.105", "18.426/23.105", 18426, "người", C, max_value=23105, code=ANY),
    _bh("dat 79,75%", "79,75%", 79.75, "%", code=ANY, target=80, stated_status="chưa đạt"),
    _bh("(chi tieu 80%", "80%", 80, "%", T, code=ANY),
    # IV. (the hotline 1900.9068 is no figure)
    _bh("tiep nhan 126 phan anh", "126", 126, "PAKN", C, code=_PAKN_TN),
    _bh("9068: 94 PAKN", "94", 94, "PAKN", C, code=ANY),
    _bh("quoc gia: 32 PAKN", "32", 32, "PAKN", C, code=ANY),
    _bh("loi 126/126", "126/126", 126, "PAKN", C, max_value=126, code=_PAKN_XL),
    _bh("PAKN, dat 100%", "100%", 100, "%", code=_PAKN_TL),
    _bh("binh quan 2,4", "2,4", 2.4, "ngày", code=_PAKN_TIME),
    _bh("TTHC dat 96,35%", "96,35%", 96.35, "%", code=_HL),
    # V. the sector's own ranking of its provincial offices (codes unchecked)
    _bh("dat 88,46/100", "88,46/100", 88.46, "điểm", max_value=100, code=ANY),
    _bh("thu 14/63", "14/63", 14, "hạng", R, max_value=63, code=ANY),
    _bh("(quy IV/2024: 86,92 diem", "86,92", 86.92, "điểm", PR, max_value=100, as_of=_Q4_2024, code=ANY),
    _bh("thu 19/63)", "19/63", 19, "hạng", PR, max_value=63, as_of=_Q4_2024, code=ANY),
    _bh("tang 1,54 diem", "1,54", 1.54, "điểm", CH, code=ANY),
    _bh("tang 5 bac", "5", 5, "hạng", CH, code=ANY),
    _bh("dat 20,36/22", "20,36/22", 20.36, "điểm", max_value=22, code=ANY),
    _bh("dat 8,15/10", "8,15/10", 8.15, "điểm", max_value=10, code=ANY),
    # VI. a count repeated, a target for quý II ("quy 11/2025"); address and phone number no figures
    F("dut diem 377 ho so", "377", 377, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("toi thieu 68%", "68%", 68, "%", T, subject=ANY, level=ANY, as_of="2025-06-30", code=_TT),
]

# ------------------------------------------------------ 516: Sở Khoa học và Công nghệ tỉnh Phú Yên, Tờ trình năm 2025
_FEB_2025 = "2025-02-28"


def _row_516(code: str, unit: str, target_2024: str, result_2024: str, proposed: str, after: str) -> list[Fact]:
    """One Markdown row: the 2024 target and result (dated 2024-12-31), the proposed 2025 target (period end)."""
    cells = [(target_2024, unit, T, code, _Y2024), (result_2024, unit, P, code, _Y2024),
             (proposed, unit, T, code, "period")]
    return _cells(None, None, cells, after, " | ", " |\n")


BLIND_516 = [
    # I.1 năm 2024 dated 2024-12-31 (its rise too), năm 2023 dated 2023-12-31 (45/2020/NĐ-CP, 766/QĐ-TTg,
    # 2051/QĐ-UBND cited; "sáu nhóm" is a word)
    F("đạt 79,36/100", "79,36/100", 79.36, "điểm", max_value=100, as_of=_Y2024, code=_TONG),
    F("xếp thứ 38/63", "38/63", 38, "hạng", R, max_value=63, as_of=_Y2024, code=_HANG),
    F("tăng 4,12 điểm", "4,12", 4.12, "điểm", CH, as_of=_Y2024, code=_TONG),
    F("tăng 9 bậc", "9", 9, "hạng", CH, as_of=_Y2024, code=_HANG),
    F("(75,24 điểm", "75,24", 75.24, "điểm", PR, max_value=100, as_of=_Y2023, code=_TONG),
    F("xếp thứ 47/63)", "47/63", 47, "hạng", PR, max_value=63, as_of=_Y2023, code=_HANG),
    F("(5,84/10 điểm)", "5,84/10", 5.84, "điểm", max_value=10, as_of=_Y2024, code="766.thanh_toan"),
    F("(14,26/22 điểm)", "14,26/22", 14.26, "điểm", max_value=22, as_of=_Y2024, code="766.so_hoa"),
    # I.2 năm 2024
    F("tiếp nhận 412.538", "412.538", 412538, "hồ sơ", C, as_of=_Y2024, code=_TN),
    F("(cấp tỉnh 98.126", "98.126", 98126, "hồ sơ", C, subject="cấp tỉnh", level="tỉnh", as_of=_Y2024, code=_TN),
    F("cấp huyện 141.307", "141.307", 141307, "hồ sơ", C, as_of=_Y2024, code=_TN, **_HUYEN),
    F("cấp xã 173.105", "173.105", 173105, "hồ sơ", C, as_of=_Y2024, code=_TN, **_XA),
    F("trực tuyến 168.641", "168.641", 168641, "hồ sơ", C, as_of=_Y2024, code=_NOP),
    F("chiếm 40,88%", "40,88%", 40.88, "%", as_of=_Y2024, code=_NOP),
    F("là 72,15%", "72,15%", 72.15, "%", subject="cấp tỉnh", level="tỉnh", as_of=_Y2024, code=_NOP),
    F("72,15%, 38,64%", "38,64%", 38.64, "%", as_of=_Y2024, code=_NOP, **_HUYEN),
    F("và 29,07%", "29,07%", 29.07, "%", as_of=_Y2024, code=_NOP, **_XA),
    F("tỉnh đạt 36,52%", "36,52%", 36.52, "%", as_of=_Y2024, code=_TT, target=45, stated_status="chưa đạt"),
    F("năm 2024 là 45%", "45%", 45, "%", T, as_of=_Y2024, code=_TT),
    F("đạt 61,38%", "61,38%", 61.38, "%", as_of=_Y2024, code=_SH),
    F("mới đạt 18,45%", "18,45%", 18.45, "%", as_of=_Y2024, code=_TSD),
    F("tiếp nhận 318", "318", 318, "PAKN", C, as_of=_Y2024, code=_PAKN_TN),
    F("xử lý 309", "309", 309, "PAKN", C, as_of=_Y2024, code=_PAKN_XL),
    F("đạt 97,17%", "97,17%", 97.17, "%", as_of=_Y2024, code=_PAKN_TL),
    F("đạt 92,46%", "92,46%", 92.46, "%", as_of=_Y2024, code=_HL),
    # I.3 "Tính đến ngày 28/02/2025"
    F("thực hiện 1.842", "1.842", 1842, "TTHC", C, as_of=_FEB_2025, code=_TTHC),
    F("đó 1.026", "1.026", 1026, "TTHC", C, as_of=_FEB_2025, code=_TOAN),
    F("(chiếm 55,70%)", "55,70%", 55.70, "%", as_of=_FEB_2025, code=_TOAN),
    F("và 597 TTHC", "597", 597, "TTHC", C, as_of=_FEB_2025, code=_MOT),
    F("với 14 cơ sở", "14", 14, "cơ sở dữ liệu", C, as_of=_FEB_2025, code=None),
    F("còn 17/106", "17/106", 17, "xã", C, max_value=106, subject=ANY, level="xã", as_of=_FEB_2025, code=None),
    # II. proposal, Markdown table (2024 target and result, proposed 2025 target), targets by level
    F("đề xuất 08 chỉ tiêu", "08", 8, "chỉ tiêu", C, code=None),
    *_row_516(_NOP, "%", "40", "40,88", "60", "| 2 | Tỷ lệ hồ sơ thanh toán"),
    *_row_516(_TT, "%", "45", "36,52", "55", "| 3 | Tỷ lệ số hóa"),
    *_row_516(_SH, "%", "70", "61,38", "90", "| 4 | Tỷ lệ khai thác"),
    *_row_516(_TSD, "%", "30", "18,45", "50", "| 5 | Tỷ lệ hồ sơ giải quyết đúng hạn"),
    *_row_516(_DH, "%", "98", "98,76", "99", "| 6 | Tỷ lệ TTHC"),
    *_row_516(_TOAN, "%", "50", "54,91", "70", "| 7 | Tỷ lệ cấp kết quả"),
    *_row_516(_KQ, "%", "80", "84,30", "100", "| 8 | Điểm Bộ chỉ số"),
    *_row_516(_TONG, "điểm", "78", "79,36", "85", "\nRiêng tỷ lệ"),
    F("tối thiểu 50% ở cấp huyện", "50%", 50, "%", T, code=_TT, **_HUYEN),
    F("và 40% ở cấp xã", "40%", 40, "%", T, code=_TT, **_XA),
    # III. a count repeated in a task
    F("tại 17 xã", "17", 17, "xã", C, subject=ANY, level="xã", code=None),
    # IV. budget (address "số 08 đường Trần Phú, phường 7" and phone number no figures)
    F("dự kiến 4,86 tỷ đồng", "4,86", 4.86, "tỷ đồng", code=ANY),
    F("sách tỉnh 3,92", "3,92", 3.92, "tỷ đồng", subject=ANY, level=ANY, code=ANY),
    F("cấp huyện 0,94", "0,94", 0.94, "tỷ đồng", subject=ANY, level=ANY, code=ANY),
]

# ---------------------------------------------- 517: UBND tỉnh Hậu Giang, chuyên đề thanh toán trực tuyến, quý I/2025


def _district_517(subject: str, files: str, paid: str, share: str, money: str, share_q4: str,
                  after: str) -> list[Fact]:
    """One Markdown row: files with obligations, files paid online, share, money (triệu đồng), quý IV/2024 share."""
    cells = [(files, "hồ sơ", P, ANY, "period"), (paid, "hồ sơ", P, _TT, "period"), (share, "%", P, _TT, "period"),
             (money, "triệu đồng", P, ANY, "period"), (share_q4, "%", P, _TT, _Q4_2024)]
    return _cells(subject, "huyện", cells, after, " | ", " |\n")


BLIND_517 = [
    # I. (1286/VPCP-KSTT cited)
    F("là 684 TTHC", "684", 684, "TTHC", C, code=ANY),
    F("đó 652 TTHC", "652", 652, "TTHC", C, code=ANY),
    F("(chiếm 95,32%)", "95,32%", 95.32, "%", code=_TT_TICH_HOP),
    F("; 418 TTHC", "418", 418, "TTHC", C, code=ANY),
    F("chiếm 61,11%", "61,11%", 61.11, "%", code=_TT_GIAO_DICH),
    # II.1; quý IV năm 2024 dated 2024-12-31
    F("có 58.426", "58.426", 58426, "hồ sơ", C, code=ANY),
    F("đó 27.184", "27.184", 27184, "hồ sơ", C, code=_TT),
    F("đạt 46,53%", "46,53%", 46.53, "%", code=_TT, target=55, stated_status="chưa đạt"),
    F("(quý IV năm 2024: 40,18%)", "40,18%", 40.18, "%", PR, as_of=_Q4_2024, code=_TT),
    F("tăng 6,35%", "6,35%", 6.35, "%", CH, code=_TT),
    F("giao là 55%", "55%", 55, "%", T, as_of=_Y2025, code=_TT),
    F("là 71,78%", "71,78%", 71.78, "%", subject="cấp tỉnh", level="tỉnh", code=_TT),
    F("71,78%, 46,00%", "46,00%", 46.00, "%", code=_TT, **_HUYEN),
    F("và 33,73%", "33,73%", 33.73, "%", code=_TT, **_XA),
    F("đạt 38,62 tỷ đồng", "38,62", 38.62, "tỷ đồng", code=ANY),
    F("tăng 7,94 tỷ đồng", "7,94", 7.94, "tỷ đồng", CH, code=ANY),
    F("(30,68 tỷ đồng)", "30,68", 30.68, "tỷ đồng", PR, as_of=_Q4_2024, code=ANY),
    F("là 29,15 tỷ đồng", "29,15", 29.15, "tỷ đồng", code=ANY),
    F("chiếm 75,48%", "75,48%", 75.48, "%", code=ANY),
    # II.2 by channel
    F("quốc gia: 19.846", "19.846", 19846, "giao dịch", C, code=ANY),
    F("chiếm 73,01%", "73,01%", 73.01, "%", code=ANY),
    F("tỉnh: 6.215", "6.215", 6215, "giao dịch", C, code=ANY),
    F("chiếm 22,86%", "22,86%", 22.86, "%", code=ANY),
    F("Một cửa: 1.123", "1.123", 1123, "giao dịch", C, code=ANY),
    F("chiếm 4,13%", "4,13%", 4.13, "%", code=ANY),
    F("đặt 126 máy POS", "126", 126, "máy POS", C, subject=ANY, level=ANY, code=None),
    # II.3 Bảng 1 (Markdown, aligned separators); "Tổng cộng" (empty STT) = cấp huyện
    *_district_517("UBND thành phố Vị Thanh", "2.148", "1.236", "57,54", "2.846,5", "51,20",
                   "| 2 | UBND thành phố Ngã Bảy"),
    *_district_517("UBND thành phố Ngã Bảy", "1.876", "1.058", "56,40", "2.214,8", "49,62",
                   "| 3 | UBND thị xã Long Mỹ"),
    *_district_517("UBND thị xã Long Mỹ", "1.402", "541", "38,59", "1.126,4", "33,15",
                   "| 4 | UBND huyện Châu Thành |"),
    *_district_517("UBND huyện Châu Thành", "2.315", "1.087", "46,95", "2.408,2", "40,36",
                   "| 5 | UBND huyện Châu Thành A"),
    *_district_517("UBND huyện Châu Thành A", "2.604", "1.461", "56,11", "3.012,6", "50,04",
                   "| 6 | UBND huyện Phụng Hiệp"),
    *_district_517("UBND huyện Phụng Hiệp", "2.987", "1.034", "34,62", "2.176,9", "30,12",
                   "| 7 | UBND huyện Vị Thủy"),
    *_district_517("UBND huyện Vị Thủy", "1.538", "712", "46,29", "1.395,7", "39,80", "| 8 | UBND huyện Long Mỹ"),
    *_district_517("UBND huyện Long Mỹ", "1.992", "627", "31,48", "1.244,3", "25,46", "| | Tổng cộng"),
    *_district_517("cấp huyện", "16.862", "7.756", "46,00", "16.425,4", "39,87", "\nCó 03/08"),
    F("Có 03/08 huyện", "03/08", 3, "huyện", C, max_value=8, subject=ANY, level="huyện", code=None),
    F("Long Mỹ (31,48%)", "31,48%", 31.48, "%", subject="huyện Long Mỹ", level="huyện", code=_TT),
    F("Phụng Hiệp (34,62%)", "34,62%", 34.62, "%", subject="huyện Phụng Hiệp", level="huyện", code=_TT),
    # II.4 communes
    F("Có 61/75 xã", "61/75", 61, "xã", C, max_value=75, subject=ANY, level="xã", code=None),
    F("còn 14 xã", "14", 14, "xã", C, subject=ANY, level="xã", code=None),
    F("phường đạt 48,26%", "48,26%", 48.26, "%", subject=ANY, level="xã", code=_TT),
    F("trấn đạt 29,84%", "29,84%", 29.84, "%", subject=ANY, level="xã", code=_TT),
    # III. failed payments
    F("còn 214 giao dịch", "214", 214, "giao dịch", C, subject=ANY, level=ANY, code=ANY),
    F("tiền 486,5 triệu", "486,5", 486.5, "triệu đồng", subject=ANY, level=ANY, code=ANY),
    # IV. group score, total and rank
    F("đạt 6,48/10", "6,48/10", 6.48, "điểm", max_value=10, code="766.thanh_toan"),
    F("tăng 0,86 điểm", "0,86", 0.86, "điểm", CH, code="766.thanh_toan"),
    F("đạt 82,74/100", "82,74/100", 82.74, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 24/63", "24/63", 24, "hạng", R, max_value=63, code=_HANG),
    # V. a count repeated and two targets in tasks
    F("đạo 14 xã", "14", 14, "xã", C, subject=ANY, level="xã", code=None),
    F("tối thiểu 45%", "45%", 45, "%", T, as_of="2025-06-30", code=_TT, **_XA),
    F("cho 100% Bộ phận", "100%", 100, "%", T, subject=ANY, level="xã", as_of=_Y2025, code=ANY),
]

# ------------------------------------------------------ 518: Sở Tư pháp tỉnh Lai Châu, 9 tháng đầu năm 2025, OCR'd
_STP = "Sở Tư pháp"
_9M_2024 = "2024-09-30"


def _stp(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Sở itself."""
    return F(context, raw, value, unit, kind, subject=_STP, level="tỉnh", **kw)


BLIND_518 = [
    # I. (2964/KH-UBND, 1742/VP-KSTT cited; "S6: 1086/BC-STP" no figure)
    _stp("thuc hien 128 TTHC", "128", 128, "TTHC", C, code=_TTHC),
    F("(cap tinh 96 TTHC", "96", 96, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code=_TTHC),
    F("cap xa 32", "32", 32, "TTHC", C, code=_TTHC, **_XA),
    _stp("do 74 TTHC", "74", 74, "TTHC", C, code=_TOAN),
    _stp("trinh, 39 TTHC", "39", 39, "TTHC", C, code=_MOT),
    _stp("bo 03 quyet dinh", "03", 3, "quyết định", C, code=None),
    # II.1 the Sở; 9 tháng năm 2024 dated 2024-09-30, quý II/2025 ("quy 11/2025") 2025-06-30
    _stp("So tiep nhan 3.846", "3.846", 3846, "hồ sơ", C, code=_TN),
    _stp("(9 thang nam 2024: 3.412", "3.412", 3412, "hồ sơ", PR, as_of=_9M_2024, code=_TN),
    _stp("tang 12,72%", "12,72%", 12.72, "%", CH, code=ANY),
    _stp("truc tuyen 3.512", "3.512", 3512, "hồ sơ", C, code=_NOP),
    _stp("dat 91,32%", "91,32%", 91.32, "%", code=_NOP),
    _stp("quyet 3.781", "3.781", 3781, "hồ sơ", C, code=ANY),
    _stp("truoc han 3.402", "3.402", 3402, "hồ sơ", C, code=ANY),
    _stp("dung han 361", "361", 361, "hồ sơ", C, code=ANY),
    _stp("qua han 18 ho so", "18", 18, "hồ sơ", C, code=_QH),
    _stp("dat 99,52%", "99,52%", 99.52, "%", code=_DH),
    _stp("tiep nhan 1.402", "1.402", 1402, "hồ sơ", C, code=_TN),
    _stp("tang 118 ho so", "118", 118, "hồ sơ", CH, code=_TN),
    _stp("(1.284 ho so)", "1.284", 1284, "hồ sơ", PR, as_of="2025-06-30", code=_TN),
    F("voi 2.915 ho so", "2.915", 2915, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    F("(75,79%)", "75,79%", 75.79, "%", subject=ANY, level="tỉnh", code=ANY),
    F("VNeID 1.428 phieu", "1.428", 1428, "phiếu", C, subject=ANY, level="tỉnh", code=ANY),
    F("chiem 48,99%", "48,99%", 48.99, "%", subject=ANY, level="tỉnh", code=ANY),
    F("binh quan 4,2", "4,2", 4.2, "ngày", subject=ANY, level="tỉnh", code=ANY),
    # II.2 cấp xã
    F("UBND 38 xa", "38", 38, "xã", C, subject=ANY, level="xã", code=None),
    F("tiep nhan 41.627", "41.627", 41627, "hồ sơ", C, code=_TN, **_XA),
    F("truc tuyen 27.315", "27.315", 27315, "hồ sơ", C, code=_NOP, **_XA),
    F("dat 65,62%", "65,62%", 65.62, "%", code=_NOP, **_XA),
    F("(9 thang nam 2024: 58,14%)", "58,14%", 58.14, "%", PR, as_of=_9M_2024, code=_NOP, **_XA),
    F("tang 7,48%", "7,48%", 7.48, "%", CH, code=_NOP, **_XA),
    F("dat 99,86%", "99,86%", 99.86, "%", code=_DH, **_XA),
    F("tuyen 4.186/4.602", "4.186/4.602", 4186, "trường hợp", C, max_value=4602, code=ANY, **_XA),
    F("dat 90,96%", "90,96%", 90.96, "%", code=ANY, **_XA),
    F("Cap 12.408 ban", "12.408", 12408, "bản", C, code=ANY, **_XA),
    F("dat 58,36%", "58,36%", 58.36, "%", code=_CT, **_XA),
    F("(9 thang nam 2024: 41,20%)", "41,20%", 41.20, "%", PR, as_of=_9M_2024, code=_CT, **_XA),
    F("Tan Phong (88,46%)", "88,46%", 88.46, "%", subject="phường Tân Phong", level="xã", code=_NOP),
    F("Pa Ve Su (31,27%)", "31,27%", 31.27, "%", subject="xã Pa Vệ Sủ", level="xã", code=_NOP),
    F("Thu Lum (28,64%)", "28,64%", 28.64, "%", subject="xã Thu Lũm", level="xã", code=_NOP),
    # III. ("duoi 6 tuoi" no figure)
    _stp("So dat 98,14%", "98,14%", 98.14, "%", code=_SH),
    _stp("dien tu dat 100%", "100%", 100, "%", code=_KQ),
    _stp("So dat 72,48%", "72,48%", 72.48, "%", code=_TT, target=70, stated_status="đạt"),
    _stp("nam 2025 la 70%", "70%", 70, "%", T, as_of=_Y2025, code=_TT),
    _stp("So dat 98,75%", "98,75%", 98.75, "%", code=_HL),
    _stp("hoa 412.356 ban ghi", "412.356", 412356, "bản ghi", C, code=ANY),
    _stp("dat 86,27%", "86,27%", 86.27, "%", code=ANY),
    F("Lien thong 02 nhom", "02", 2, "nhóm", C, subject=ANY, level=ANY, code=None),
    F("tiep nhan 3.652", "3.652", 3652, "hồ sơ", C, code=ANY, **_XA),
    F("do 3.571 ho so", "3.571", 3571, "hồ sơ", C, code=ANY, **_XA),
    F("dat 97,78%", "97,78%", 97.78, "%", code=ANY, **_XA),
    # IV. the Sở's PAKN, score and rank among 14 agencies (tháng 6/2025 dated 2025-06-30); the province's /34
    _stp("tiep nhan 07 phan anh", "07", 7, "PAKN", C, code=_PAKN_TN),
    _stp("xu ly 07/07", "07/07", 7, "PAKN", C, max_value=7, code=_PAKN_XL),
    _stp("PAKN, dat 100%", "100%", 100, "%", code=_PAKN_TL),
    _stp("dat 91,28/100", "91,28/100", 91.28, "điểm", max_value=100, code=_TONG),
    _stp("thu 3/14", "3/14", 3, "hạng", R, max_value=14, code=_HANG),
    _stp("thu 6/14)", "6/14", 6, "hạng", PR, max_value=14, as_of="2025-06-30", code=_HANG),
    _stp("tang 3 bac", "3", 3, "hạng", CH, code=_HANG),
    F("dat 84,17/100", "84,17/100", 84.17, "điểm", max_value=100, code=_TONG),
    F("thu 12/34", "12/34", 12, "hạng", R, max_value=34, code=_HANG),
    _stp("So dat 9,12/10", "9,12/10", 9.12, "điểm", max_value=10, code="766.thanh_toan"),
    _stp("20,46/22 diem", "20,46/22", 20.46, "điểm", max_value=22, code="766.so_hoa"),
    # V. a phòng's target for December (phone number no figure)
    F("toi thieu 60%", "60%", 60, "%", T, subject=ANY, level="tỉnh", as_of=_Y2025, code=ANY),
]

# ---------------------------------------------- 519: Đoàn kiểm tra CCHC tỉnh Bà Rịa - Vũng Tàu tại huyện Châu Đức
_CD = "UBND huyện Châu Đức"


def _cd(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the inspected district itself."""
    return F(context, raw, value, unit, kind, subject=_CD, level="huyện", **kw)


BLIND_519 = [
    # intro (612/QĐ-UBND cited; the window inspected is the period)
    F("tại 03 xã (", "03", 3, "xã", C, subject=ANY, level="xã", code=None),
    # I.1
    F("đủ 412 TTHC", "412", 412, "TTHC", C, code=_TTHC, **_HUYEN),
    F("và 124 TTHC", "124", 124, "TTHC", C, code=_TTHC, **_XA),
    F("; 03/03 xã", "03/03", 3, "xã", C, max_value=3, subject=ANY, level="xã", code=None),
    # I.2 a) cấp huyện
    F("tiếp nhận 6.284", "6.284", 6284, "hồ sơ", C, code=_TN, **_HUYEN),
    F("(4 tháng đầu năm 2024: 5.772", "5.772", 5772, "hồ sơ", PR, as_of="2024-04-30", code=_TN, **_HUYEN),
    F("tăng 512 hồ sơ", "512", 512, "hồ sơ", CH, code=_TN, **_HUYEN),
    F("trực tuyến 4.915", "4.915", 4915, "hồ sơ", C, code=_NOP, **_HUYEN),
    F("đạt 78,21%", "78,21%", 78.21, "%", code=_NOP, **_HUYEN),
    F("giải quyết 6.027", "6.027", 6027, "hồ sơ", C, code=ANY, **_HUYEN),
    F("đúng hạn 5.936", "5.936", 5936, "hồ sơ", C, code=_DH, **_HUYEN),
    F("đạt 98,49%", "98,49%", 98.49, "%", code=_DH, **_HUYEN),
    F("quá hạn 91 hồ sơ, tập", "91", 91, "hồ sơ", C, code=_QH, **_HUYEN),
    F("(76 hồ sơ)", "76", 76, "hồ sơ", C, subject=ANY, level="huyện", code=_QH),
    F("bình quân 5,6", "5,6", 5.6, "ngày", code=_TIME, **_HUYEN),
    # b) cấp xã
    F("UBND 16 xã", "16", 16, "xã", C, subject=ANY, level="xã", code=None),
    F("tiếp nhận 9.846", "9.846", 9846, "hồ sơ", C, code=_TN, **_XA),
    F("trực tuyến 5.317", "5.317", 5317, "hồ sơ", C, code=_NOP, **_XA),
    F("đạt 54,00%", "54,00%", 54.00, "%", code=_NOP, **_XA),
    F("đạt 99,62%", "99,62%", 99.62, "%", code=_DH, **_XA),
    F("còn 37 hồ sơ", "37", 37, "hồ sơ", C, code=_QH, **_XA),
    # c) the Đoàn's random sample
    F("xác suất 150 hồ sơ", "150", 150, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("(cấp huyện 90", "90", 90, "hồ sơ", C, code=ANY, **_HUYEN),
    F("cấp xã 60 hồ sơ", "60", 60, "hồ sơ", C, code=ANY, **_XA),
    F("có 138 hồ sơ", "138", 138, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("chiếm 92,00%", "92,00%", 92.00, "%", subject=ANY, level=ANY, code=ANY),
    F("; 12 hồ sơ", "12", 12, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("gồm 09 hồ sơ", "09", 9, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("và 03 hồ sơ", "03", 3, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    # I.3
    F("cấp huyện đạt 92,35%", "92,35%", 92.35, "%", code=_SH, **_HUYEN),
    F("cấp xã đạt 81,60%", "81,60%", 81.60, "%", code=_SH, **_XA),
    _cd("huyện đạt 52,84%", "52,84%", 52.84, "%", code=_TT, target=60, stated_status="chưa đạt"),
    _cd("năm 2025 là 60%", "60%", 60, "%", T, as_of=_Y2025, code=_TT),
    _cd("huyện đạt 96,72%", "96,72%", 96.72, "%", code=_KQ),
    _cd("đạt 36,15%", "36,15%", 36.15, "%", code=_TSD),
    F("là 74,26%", "74,26%", 74.26, "%", subject="xã Bình Ba", level="xã", code=_CT),
    F("Bình Ba), 68,15%", "68,15%", 68.15, "%", subject="xã Suối Nghệ", level="xã", code=_CT),
    F("và 41,38%", "41,38%", 41.38, "%", subject="xã Kim Long", level="xã", code=_CT),
    # I.4 the district's PAKN, score and rank among the province's 7 district-level units (năm 2024 dated
    # 2024-12-31), VNeID accounts in its area ("mức độ 2" no figure)
    _cd("huyện tiếp nhận 17 PAKN", "17", 17, "PAKN", C, code=_PAKN_TN),
    _cd("xử lý 15 PAKN", "15", 15, "PAKN", C, code=_PAKN_XL),
    _cd("đạt 88,24%", "88,24%", 88.24, "%", code=_PAKN_TL),
    _cd("còn 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    _cd("huyện đạt 95,40%", "95,40%", 95.40, "%", code=_HL),
    _cd("đạt 83,12/100", "83,12/100", 83.12, "điểm", max_value=100, code=_TONG),
    _cd("xếp thứ 5/7", "5/7", 5, "hạng", R, max_value=7, code=_HANG),
    _cd("(năm 2024: 80,47 điểm", "80,47", 80.47, "điểm", PR, max_value=100, as_of=_Y2024, code=_TONG),
    _cd("xếp thứ 6/7)", "6/7", 6, "hạng", PR, max_value=7, as_of=_Y2024, code=_HANG),
    _cd("tăng 2,65 điểm", "2,65", 2.65, "điểm", CH, code=_TONG),
    _cd("tăng 1 bậc", "1", 1, "hạng", CH, code=_HANG),
    F("có 112.408", "112.408", 112408, "tài khoản", C, subject=ANY, level="huyện", code=_TK),
    F("đạt 81,26%", "81,26%", 81.26, "%", subject=ANY, level="huyện", code=_TK),
    # I.5 the district's one-stop shop; communes
    F("bố trí 12 công chức", "12", 12, "công chức", C, subject=ANY, level="huyện", code=None),
    F("14 máy tính", "14", 14, "máy tính", C, subject=ANY, level="huyện", code=None),
    F("06 máy quét", "06", 6, "máy quét", C, subject=ANY, level="huyện", code=None),
    F("16/16 xã", "16/16", 16, "xã", C, max_value=16, subject=ANY, level="xã", code=None),
    # II. findings
    F("Còn 91 hồ sơ", "91", 91, "hồ sơ", C, code=_QH, **_HUYEN),
    F("đó 52 hồ sơ", "52", 52, "hồ sơ", C, code=ANY, **_HUYEN),
    F("chỉ đạt 38,47%", "38,47%", 38.47, "%", subject="xã Kim Long", level="xã", code=_NOP),
    # III. counts repeated in tasks, the district's target for June (phone number no figure)
    F("dứt điểm 76 hồ sơ", "76", 76, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    F("đối với 52 hồ sơ", "52", 52, "hồ sơ", C, subject=ANY, level=ANY, code=ANY),
    _cd("tối thiểu 60%", "60%", 60, "%", T, as_of="2025-06-30", code=_TT),
]

BLIND = {"515": BLIND_515, "516": BLIND_516, "517": BLIND_517, "518": BLIND_518, "519": BLIND_519}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "515": [
        ("2025-04-20", "day", "20/4/2025", "giai quyet dut diem", "Phong Chinh sach BHXH"),
        ("2025-05-15", "day", "ngay 15 thang 5 nam 2025", "so hoa ho so huong che do", "Van phong BHXH tinh"),
        # "trong quy 11/2025" (quý II): only "2025" is required of the expression
        ("2025-06-30", "quarter", "2025", "day manh thanh toan truc tuyen", "Phong Quan ly thu - So the"),
        ("2025-06-30", "month", "thang 6/2025", "chi tra luong huu", "BHXH cac huyen, thi xa, thanh pho"),
        # issued 07/4/2025: the first "ngay 22 hang thang" is 22/4/2025
        ("2025-04-22", "recurring", "22 hang thang", "bao cao ket qua giai quyet TTHC",
         "Cac phong nghiep vu, BHXH cac huyen, thi xa, thanh pho"),
    ],
    "516": [
        ("2025-04-30", "day", "30/4/2025", "bổ sung danh mục TTHC", "Trung tâm Phục vụ hành chính công tỉnh"),
        ("2025-06-30", "quarter", "quý II năm 2025", "triển khai thanh toán trực tuyến", "Sở Tài chính"),
        ("2025-06-30", "day", "ngày 30 tháng 6 năm 2025", "nâng cấp Hệ thống thông tin",
         "Sở Khoa học và Công nghệ"),
        ("2025-05-31", "month", "tháng 5/2025", "bố trí đủ máy quét", "UBND các huyện, thị xã, thành phố"),
        # issued 21/3/2025, after the 18th: the first "ngày 18 hằng tháng" is 18/4/2025
        ("2025-04-18", "recurring", "18 hằng tháng", "báo cáo kết quả thực hiện Kế hoạch",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
    ],
    "517": [
        ("2025-05-15", "day", "15/5/2025", "chuẩn hóa biểu mẫu", "Sở Tài chính"),
        ("2025-05-05", "day", "ngày 05 tháng 5 năm 2025", "giải pháp nâng tỷ lệ thanh toán trực tuyến",
         "UBND huyện Long Mỹ, UBND huyện Phụng Hiệp"),
        ("2025-05-31", "month", "tháng 5/2025", "khắc phục lỗi kết nối", "Sở Khoa học và Công nghệ"),
        ("2025-06-30", "quarter", "quý II năm 2025", "triển khai thanh toán trực tuyến",
         "UBND các huyện, thị xã, thành phố"),
        ("2025-12-31", "year", "năm 2025", "thiết bị thanh toán không dùng tiền mặt", "VNPT Hậu Giang"),
        # issued 14/4/2025, after the 10th: the first "ngày 10 hằng tháng" is 10/5/2025
        ("2025-05-10", "recurring", "10 hằng tháng", "tổng hợp số liệu thanh toán trực tuyến",
         "Trung tâm Phục vụ hành chính công tỉnh"),
    ],
    "518": [
        ("2025-10-31", "day", "31/10/2025", "ho so truc tuyen", "Phong Hanh chinh tu phap - Bo tro tu phap"),
        ("2025-11-15", "day", "ngay 15 thang 11 nam 2025", "dong bo du lieu ho tich", "Van phong So"),
        ("2025-12-31", "month", "thang 12/2025", "Phieu ly lich tu phap qua VNeID", "Phong Quan ly ly lich tu phap"),
        ("2025-12-31", "quarter", "quy IV nam 2025", "so hoa so ho tich", "UBND cac xa, phuong"),
        # issued 03/10/2025: the first "ngay 20 hang thang" is 20/10/2025
        ("2025-10-20", "recurring", "20 hang thang", "gui so lieu", "Cac phong, don vi thuoc So"),
    ],
    "519": [
        ("2025-05-31", "day", "31/5/2025", "giải quyết dứt điểm 76 hồ sơ",
         "Phòng Tài nguyên và Môi trường huyện Châu Đức"),
        ("2025-06-10", "day", "ngày 10 tháng 6 năm 2025", "xây dựng kế hoạch", "UBND xã Kim Long"),
        ("2025-06-30", "quarter", "quý II năm 2025", "xin lỗi bằng văn bản", "Văn phòng HĐND và UBND huyện"),
        ("2025-06-30", "month", "tháng 6/2025", "đẩy mạnh thanh toán trực tuyến", "UBND huyện Châu Đức"),
        ("2025-05-30", "day", "30/5/2025", "sửa chữa hệ thống camera", "UBND xã Suối Nghệ"),
        # issued 16/5/2025: the first "ngày 25 hằng tháng" is 25/5/2025
        ("2025-05-25", "recurring", "25 hằng tháng", "báo cáo kết quả khắc phục", "UBND huyện Châu Đức"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META), restored where the file
# lost its marks. 515's issuer is Bảo hiểm xã hội tỉnh Bình Thuận; 516's the Sở Khoa học và Công nghệ tỉnh Phú Yên
# (a Tờ trình whose period is the year of the plan); 517's UBND tỉnh Hậu Giang; 518's the Sở Tư pháp tỉnh Lai Châu;
# 519 is a Thông báo of a Đoàn kiểm tra of UBND tỉnh Bà Rịa - Vũng Tàu, period the window it inspected.
META = {
    "515": {"doc_number": "412/BC-BHXH", "doc_type": "Báo cáo", "issued_date": "2025-04-07",
            "province": "Bình Thuận", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Lê Quang Minh"},
    "516": {"doc_number": "146/TTr-SKHCN", "doc_type": "Tờ trình", "issued_date": "2025-03-21",
            "province": "Phú Yên", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Nguyễn Minh Tuấn"},
    "517": {"doc_number": "98/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-04-14",
            "province": "Hậu Giang", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Lê Hoàng Nam"},
    "518": {"doc_number": "1086/BC-STP", "doc_type": "Báo cáo", "issued_date": "2025-10-03",
            "province": "Lai Châu", "period_label": "9 tháng đầu năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-09-30", "signer": "Nguyễn Thị Hương"},
    "519": {"doc_number": "07/TB-ĐKT", "doc_type": "Thông báo", "issued_date": "2025-05-16",
            "province": "Bà Rịa - Vũng Tàu", "period_label": "4 tháng đầu năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-04-30", "signer": "Huỳnh Văn Phúc"},
}
