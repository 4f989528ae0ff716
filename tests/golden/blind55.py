"""Blind golden facts for corpus/blind55/350_lao_cai.txt, 351_bac_lieu.txt, 352_tuyen_quang.txt, 353_bac_ninh.txt
and 354_da_nang.txt.

The five documents were written by the developers for a fifty-fifth blind measurement (issuers, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by reading
them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out text
for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind16.py (and blind13.py's table conventions): rows use
`golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it). Prose
and list counts are kind `count`; table cells are kind `value` with `extra={"source": "table"}`, except rank
cells written as plain numbers (kind `rank`, unit `hạng`, no max_value, as golden/blind13.py's 148);
`as_of="period"` is the period's end; `ANY` leaves a field unchecked where the sentence names no catalogued
indicator (`None` where it clearly names none). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị"
counts the unit `PAKN`; a count of the files (or PAKN) an indicator is computed on carries that indicator's
code; every "đã giải quyết" count, the parts of a settled whole ("trước hạn", "đúng hạn" apart) and a relative
change of a count have their code unchecked. A change is dated at the period end; a fall ("giảm", "rút ngắn") is
negative. A table column dated before the period end keeps kind `value` with that date as as_of. A count of
local units takes the unit of its first unit word ("61/94 xã, phường, đặc khu" → `xã`); counts of "cơ quan" the
unit `đơn vị`. Dates, document numbers, cited circulars, plans, letters, decisions and resolutions ("Công văn số
2145/UBND-KSTT", "Kế hoạch số 36/KH-UBND", "Công văn số 1520/BGDĐT-VP", "Quyết định số 118/QĐ-UBND", "Nghị quyết
số 202/2025/QH15", "Quyết định số 766/QĐ-TTg"), section numbering ("I.", "1.", "a)"), the STT/TT column, phone
numbers ("0216.3855.127", "0291.3822.615", "0207.3822.418", "0222.3874.256", "0236.3822.104"), addresses and
names with numbers ("thon 4", "số 02 đường Hoàng Văn Thụ, Phường 3", "đường 17 Tháng 8", "số 10 đường Lý Thái
Tổ"), "mức độ 2", "17 giờ", "Bộ chỉ số 766" (a name), the grades "lớp 1", "lớp 6", "lớp 10", school years ("năm
học 2024-2025", "giai đoạn 1976-2024", "trước năm 1990"), month labels of a list ("Thang 7/2025"), headings
naming the next period ("III. NHIEM VU QUY IV NAM 2025", "III. NHIỆM VỤ NĂM HỌC 2025-2026", "III. NHIỆM VỤ THÁNG
5 NĂM 2025", "III. NHIỆM VỤ QUÝ IV NĂM 2025", "III. NHIỆM VỤ QUÝ II NĂM 2026": no deadlines), the numbers in
table headers ("Điểm quý I/2026") and years are not figures.

New in this set:
- 350 is a quarterly Báo cáo of a post-merger commune, UBND xã Trấn Yên (tỉnh Lào Cai, formed from Lào Cai
  and Yên Bái; province named in "Kinh gui" and the intro), quý III năm 2025 (stated as 01/7–30/9/2025,
  issued 03/10/2025), written in a badly OCR'd style: the header, the signature block's "Noi nhan" and
  several paragraphs have no diacritics at all, "S6:" stands for "Số:", "quy 111" for "quý III" and
  "ty 1e" for "tỷ lệ". The contexts are the text as written (no marks where it has none). Every figure is
  the commune's (subject "UBND xã Trấn Yên", level xã), as golden/blind14.py's 152 does for a ward.
  "100% TTHC duoc niem yet cong khai" is a share with code unchecked. "nop truc tiep va qua buu chinh cong
  ich 1.121 ho so" is the rest of the files received (code unchecked). Overdue land files "voi 35 ho so"
  have subject ANY. "So voi quy II nam 2025 (tong so cua cac xa cu la 3.562 ho so), so ho so tiep nhan tang
  575 ho so": the former communes' total is a previous value dated 2025-06-30 (subject ANY, level xã), the
  rise is the commune's; "2,6 ngay/ho so" is the processing time; files returned by post "214 ho so" name
  no catalogued indicator. A dash list by month ("- Thang 7/2025: tiep nhan 1.284 ho so, truc tuyen 902 ho so
  (70,25%);") dates each month's counts and online share at that month's end (the September item at the
  period end); a dash list by field counts files received (subject ANY, level xã). "Số hồ sơ có nghĩa vụ
  tài chính ... là 1.245 hồ sơ" is the base of the payment share (code unchecked), "thanh toán trực tuyến
  786 hồ sơ" carries the payment code; "so với chỉ tiêu năm 2025 UBND tỉnh giao cho cấp xã là 70% thì chưa
  đạt chỉ tiêu": the target is set for all communes (subject ANY, level xã), dated 2025-12-31, and 63,13%
  carries it with status "chưa đạt". "(quy II nam 2025, binh quan cua cac xa cu dat 27,40%)" is a previous
  value dated 2025-06-30 of the former communes (subject ANY, level xã). Electronic certification in
  "trường hợp", identity accounts in "tài khoản". "(qua duong day nong 05, qua Cong Dich vu cong quoc gia
  02)" are bare parts of the PAKN received and "con 01 PAKN dang xu ly" a count (code unchecked). Rank
  "23/99 xã, phường" among the province's communes, "(xếp thứ 34/99)" dated 2025-08-31; two group scores
  "nhóm <group> đạt x/max điểm" of the commune. Five deadlines: an
  OCR'd day item ("truoc ngay 17/10/2025", task and assignee "Phong Kinh te" as written), year ("đến hết
  năm 2025", with the commune's target 70%), month, "chậm nhất" day in words, monthly recurring "trước
  ngày 25 hằng tháng" (issued 03/10/2025: first 25/10/2025). META: the number and the period are read as a
  reader restores them ("86/BC-UBND", "quý III năm 2025", which the intro states with marks).
- 351 is a Báo cáo of Sở Giáo dục và Đào tạo tỉnh Bạc Liêu (header "UBND TỈNH BẠC LIÊU / SỞ GIÁO DỤC VÀ
  ĐÀO TẠO", before the 1 July 2025 merger with Cà Mau) for a school year, "năm học 2024-2025", whose data
  window is stated as 01/9/2024–31/5/2025 (period_start and period_end; issued 12/6/2025). The Sở's own
  one-stop figures, grade-10 enrolment (which the Sở runs), digitised registers, shares, PAKN and score are
  the Sở's (subject "Sở Giáo dục và Đào tạo", level tỉnh). "Bộ thủ tục hành chính ngành giáo dục áp dụng
  trên địa bàn tỉnh gồm 98 TTHC" and its "64 TTHC ... toàn trình và 34 TTHC một phần" are the sector's
  procedures in the province, not the Sở's own (subject and level unchecked: genuinely ambiguous); the
  split "(cấp tỉnh 71 TTHC, cấp huyện 19 TTHC, cấp xã 08 TTHC)" is by level. Kinds of diploma files
  ("cấp bản sao văn bằng, chứng chỉ từ sổ gốc", "chỉnh sửa nội dung văn bằng", "công nhận văn bằng") and
  their share, enrolment files, their online share and its rise "tăng 14,26% so với năm học 2023-2024
  (76,77%)" name no catalogued indicator (code unchecked); the previous school year's share is dated
  2024-05-31 (the end of the same window a year earlier). Grades 1 and 6 are run by the district-level
  Phòng: "có 11.236 hồ sơ ... và 10.874 hồ sơ ...; số hồ sơ nộp trực tuyến lần lượt là 9.412 hồ sơ
  (83,77%) và 9.683 hồ sơ (89,05%)" are level huyện (subject unchecked), and a dash list "- Thành phố Bạc
  Liêu: 2.148 hồ sơ, trực tuyến 2.043 hồ sơ (95,11%);" gives the seven district-level units (subject as
  written, "Thị xã Giá Rai", "Huyện Hồng Dân", level huyện; counts and share, code unchecked). "412 sổ gốc"
  (unit `sổ`) and "186.540 bản ghi" (unit `bản ghi`) and "87,35% kế hoạch" are the Sở's digitisation (code
  unchecked); "153/153 trường tiểu học" counts schools (unit `trường`, the noun counted; max 153; code None;
  whose: unchecked). "(chỉ tiêu năm 2025 là 80%, đạt chỉ tiêu)": the Sở's target dated 2025-12-31; 81,55%
  carries it with status "đạt". "09/09 PAKN" is one count (max 9). "xếp thứ 4/20 sở, ban, ngành" ranks among
  the province's agencies; "tăng 2,18 điểm so với tháng 5/2024 (88,28 điểm)" compares with the same month a
  year earlier (dated 2024-05-31; no max). The target "đạt tối thiểu 90% trong quý III năm 2025" is the
  district-level Phòng's (subject as written, level huyện), dated 2025-09-30. Five deadlines: day, month,
  quarter (with the target), "chậm nhất" day in words, monthly recurring "trước ngày 10 hằng tháng" (issued
  12/6/2025, after the 10th: first 10/7/2025).
- 352 is a monthly Báo cáo of Sở Xây dựng tỉnh Tuyên Quang (header "UBND TỈNH TUYÊN QUANG / SỞ XÂY DỰNG"),
  tháng 4 năm 2025, the Sở newly formed by merging the Sở Xây dựng and the Sở Giao thông vận tải (text
  names the decision and 01/3/2025). Every figure is the Sở's (subject "Sở Xây dựng", level tỉnh); the TTHC
  split by field "(xây dựng 62 TTHC, đường bộ 98 TTHC, đường thủy nội địa 27 TTHC)" and the procedure rows
  of the table have subject ANY, level tỉnh (code of the field parts unchecked). "12 lĩnh vực" is a count
  with code None. "(tháng 3/2025: 5.214 hồ sơ), tăng 622 hồ sơ": a previous value dated 2025-03-31 and a
  change. "trước hạn 4.975 hồ sơ, đúng hạn 702 hồ sơ, quá hạn 14 hồ sơ" are the parts of the settled files
  and "tỷ lệ giải quyết trước hạn, đúng hạn đạt 99,75%" the on-time share. Its Markdown table by procedure
  (intro "Kết quả theo thủ tục (số hồ sơ):", no units in the headers except "(%)"; driving licences and
  construction permits; "100" cells) has a "Tổng cộng" row with an empty STT cell (= the Sở; its figures are
  also in the prose); the online count column carries the online code. "2.846 hồ sơ sử dụng giấy khám sức
  khỏe điện tử ..., chiếm 83,41%" and "9,4 ngày/hồ sơ (tháng 3/2025: 11,2 ngày/hồ sơ)" (one procedure's
  processing time, previous dated 2025-03-31) name no catalogued indicator. "tăng 3,05% so với tháng 3/2025"
  is a change of the payment share; "so với chỉ tiêu UBND tỉnh giao năm 2025 là 75% thì đã đạt chỉ tiêu":
  the Sở's target dated 2025-12-31, 78,26% carries it with status "đạt". "(03 PAKN về ..., 02 PAKN về ...)"
  are bare parts (code unchecked); "đạt 80%" the share of PAKN handled. "xếp thứ 9/19 sở, ban, ngành
  (tháng 3/2025: 85,91 điểm, xếp thứ 12/19)": previous values dated 2025-03-31 (the Sở's score has no max).
  Five deadlines: day, month, "chậm nhất" day in words, quarter, monthly recurring "trước ngày 18 hằng
  tháng" (issued 05/5/2025: first 18/5/2025).
- 353 is a Báo cáo of Ban Quản lý các khu công nghiệp tỉnh Bắc Ninh (header "UBND TỈNH BẮC NINH / BAN QUẢN
  LÝ CÁC KHU CÔNG NGHIỆP"), "9 tháng năm 2025" (stated as 01/01–30/9/2025, issued 06/10/2025), after the
  1 July 2025 merger with Bắc Giang (its data include the former Bắc Giang Ban's before 01/7/2025). Every
  figure is the Ban's (subject "Ban Quản lý các khu công nghiệp", level tỉnh); files received at its two
  offices after "tương ứng là", overdue files by field "(lĩnh vực xây dựng 5 hồ sơ, môi trường 9 hồ sơ)"
  and the field rows of the table have subject ANY, level tỉnh. "7 lĩnh vực" is a count with code None;
  "100% TTHC đủ điều kiện ..., tương ứng 81 TTHC" a share (code unchecked) and a count of full-online TTHC.
  "(cùng kỳ năm 2024: 7.652 hồ sơ), tăng 19,81%": a previous value dated 2024-09-30 and a relative change
  (code unchecked). "riêng quý III năm 2025 ... tiếp nhận 3.907 hồ sơ" and "(quý III: 11 PAKN)" are parts of
  the period ending at its end (as_of the period end, code unchecked). Its tab-separated table by field
  (units in the headers "Tiếp nhận (hồ sơ)", "Tỷ lệ trực tuyến (%)"; "100" cells) has a "Cộng" row (= the
  Ban; its 9.168 and 99,85 are also in the prose). "Tỷ lệ hồ sơ nộp trực tuyến của Ban đạt 99,48%, so với
  chỉ tiêu UBND tỉnh giao năm 2025 (95%) đã đạt chỉ tiêu": the Ban's target dated 2025-12-31, status "đạt".
  Investment and labour figures name no catalogued indicator: "118 dự án", "246 dự án" (unit `dự án`),
  capital "3,62 tỷ USD" (unit `tỷ USD`, kind value), "4.826 giấy phép lao động", "gia hạn 1.347 giấy phép"
  (unit `giấy phép`), "312 trường hợp", "3,2 ngày làm việc" and its fall "rút ngắn 1,8 ngày so với cùng kỳ"
  (-1.8, dated at the period end). Two "100%" (payment and electronic results) are figures. "xếp thứ 2/18 cơ
  quan cấp tỉnh, tăng 1 bậc so với tháng 6/2025 (91,04 điểm, xếp thứ 3/18)": previous values dated
  2025-06-30 (no max on the score). Five deadlines: day, month, quarter, "chậm nhất" day, monthly recurring
  "trước ngày 22 hằng tháng" (issued 06/10/2025: first 22/10/2025).
- 354 is a quarterly Báo cáo of UBND thành phố Đà Nẵng (a centrally-run city formed with Quảng Nam: its
  figures have subject NULL) to the Văn phòng Chính phủ on the 766 index, quý I năm 2026 (issued
  10/4/2026), ranking among 34 ("xếp thứ 7/34"). "so với quý IV năm 2025 (86,92 điểm, xếp thứ 11/34) tăng
  1,82 điểm và tăng 4 bậc": previous values dated 2025-12-31 (the total on the /100 scale). The six groups
  are a dash list "- <group>: x/max điểm (quý IV/2025: y điểm);" whose bracketed previous score keeps the
  group's maximum and is dated 2025-12-31 (sum 88,74 and 86,92). "nhóm Mức độ hài lòng giảm 0,07 điểm" is
  the group's fall. "1.236/1.748 TTHC (70,71%)" is one count of full-online TTHC (max 1748) and its share.
  "(chỉ tiêu năm 2026 là 75%, chưa đạt chỉ tiêu)": the city's target dated 2026-12-31, 68,47% carries it with
  status "chưa đạt". Online shares of "cấp thành phố" (the city's own level: subject "cấp thành phố", level
  tỉnh) and "cấp xã" after "lần lượt là". Block averages with their quý IV values (subject ANY, levels
  tỉnh/xã); "Có 11/12 cơ quan" (unit `đơn vị`, code None) and "61/94 xã, phường, đặc khu" (unit `xã`, code
  None) are counts; "riêng Sở Du lịch giảm 0,54 điểm" is that agency's change. Its Markdown table of the 12
  agencies is in official order (TT no figure): score at quý IV/2025 (dated 2025-12-31), score at quý
  I/2026 and the rank "Xếp hạng quý I/2026" (plain numbers, kind rank, no max). Best and worst communes with
  scores in brackets (subject as written, "phường Hải Châu", "xã Hùng Sơn", level xã). The target "đến hết
  quý II năm 2026 ... toàn thành phố đạt tối thiểu 72%" in the task of Sở Tài chính is the city's (subject
  NULL), dated 2026-06-30. Six deadlines: day for three named bodies, month, quarter (with the target),
  "chậm nhất" day in words, year ("trong năm 2026"), monthly recurring "trước ngày 05 hằng tháng" (issued
  10/4/2026, after the 5th: first 05/5/2026).
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
_TOAN = "766.dvctt.toan_trinh"
_MOT = "766.dvctt.mot_phan"
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


# ------------------------------------------------------------ 350: UBND xã Trấn Yên (tỉnh Lào Cai), quý III năm 2025
_TY = "UBND xã Trấn Yên"
_AUG_350 = "2025-08-31"


def _xa(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the commune itself (subject its UBND, level xã)."""
    return F(context, raw, value, unit, kind, subject=_TY, level="xã", **kw)


def _month_350(as_of: str, received: str, online: str, share: str) -> list[Fact]:
    """One dash-list item of a month (dated at its end): files received, submitted online, online share."""
    return [_xa(f"tiep nhan {received}", received, _num(received), "hồ sơ", C, as_of=as_of, code=_TN),
            _xa(f"truc tuyen {online}", online, _num(online), "hồ sơ", C, as_of=as_of, code=_NOP),
            _xa(f"({share}%)", f"{share}%", _num(share), "%", as_of=as_of, code=_NOP)]


def _field_350(context: str, raw: str) -> Fact:
    """Files received in one field (a dash-list item): the field's, inside the commune."""
    return F(context, raw, _num(raw), "hồ sơ", C, subject=ANY, level="xã", code=_TN)


BLIND_350 = [
    # intro (2145/UBND-KSTT of 08/7/2025 cited; "quý III năm 2025" and "quy 111 nam 2025" are the period)
    # 1. ("thon 4" is a place name)
    _xa("giai quyet 358", "358", 358, "TTHC", C, code=_TTHC),
    _xa("trong do 274", "274", 274, "TTHC", C, code=_TOAN),
    _xa("va 84 TTHC", "84", 84, "TTHC", C, code=_MOT),
    _xa("100% TTHC", "100%", 100, "%", code=ANY),
    # 2. OCR'd paragraph: "ty 1e" is "tỷ lệ"
    _xa("tiep nhan 4.137", "4.137", 4137, "hồ sơ", C, code=_TN),
    _xa("nop truc tuyen 3.016", "3.016", 3016, "hồ sơ", C, code=_NOP),
    _xa("ty 1e 72,90%", "72,90%", 72.90, "%", code=_NOP),
    _xa("cong ich 1.121", "1.121", 1121, "hồ sơ", C, code=ANY),
    _xa("giai quyet 3.982", "3.982", 3982, "hồ sơ", C, code=ANY),
    _xa("dung han 3.941", "3.941", 3941, "hồ sơ", C, code=_DH),
    _xa("dat 98,97%", "98,97%", 98.97, "%", code=_DH),
    _xa("qua han 41", "41", 41, "hồ sơ", C, code=_QH),
    _xa("chiem 1,03%", "1,03%", 1.03, "%", code=_QH),
    F("voi 35 ho so", "35", 35, "hồ sơ", C, subject=ANY, level="xã", code=_QH),
    _xa("trong han 155", "155", 155, "hồ sơ", C, code=ANY),
    # quý II năm 2025 dated 2025-06-30: the former communes' total (subject unchecked), the commune's rise
    F("la 3.562", "3.562", 3562, "hồ sơ", PR, subject=ANY, level="xã", as_of="2025-06-30", code=_TN),
    _xa("tang 575", "575", 575, "hồ sơ", CH, code=_TN),
    _xa("trung binh 2,6", "2,6", 2.6, "ngày", code="766.tien_do.thoi_gian"),
    _xa("cong ich 214", "214", 214, "hồ sơ", C, code=ANY),
    # by month (each dated at its month's end; the labels "Thang 7/2025" are no figures)
    *_month_350("2025-07-31", "1.284", "902", "70,25"),
    *_month_350(_AUG_350, "1.397", "1.018", "72,87"),
    *_month_350("period", "1.456", "1.096", "75,27"),
    # by field
    _field_350("dat dai: 1.126", "1.126"),
    _field_350("ho tich: 1.874", "1.874"),
    _field_350("xa hoi: 412", "412"),
    _field_350("khac: 725", "725"),
    # 3. the target the province set for communes (dated at the year's end), "chưa đạt chỉ tiêu"
    _xa("là 1.245 hồ sơ", "1.245", 1245, "hồ sơ", C, code=ANY),
    _xa("trực tuyến 786", "786", 786, "hồ sơ", C, code=_TT),
    _xa("đạt 63,13%", "63,13%", 63.13, "%", code=_TT, target=70, stated_status="chưa đạt"),
    F("cấp xã là 70%", "70%", 70, "%", T, subject=ANY, level="xã", as_of="2025-12-31", code=_TT),
    _xa("dat 91,46%", "91,46%", 91.46, "%", code=_SH),
    _xa("dat 88,05%", "88,05%", 88.05, "%", code=_KQ),
    _xa("dat 32,18%", "32,18%", 32.18, "%", code=_TSD),
    F("dat 27,40%", "27,40%", 27.40, "%", PR, subject=ANY, level="xã", as_of="2025-06-30", code=_TSD),
    _xa("chính 1.362", "1.362", 1362, "trường hợp", C, code=_CT),
    _xa("mới 1.538", "1.538", 1538, "tài khoản", C, code=_TK),
    _xa("lũy kế 21.406", "21.406", 21406, "tài khoản", C, code=_TK),
    _xa("đạt 78,62%", "78,62%", 78.62, "%", code=_TK),
    # 4. OCR'd paragraph
    _xa("tiep nhan 07", "07", 7, "PAKN", C, code=_PAKN_TN),
    _xa("day nong 05", "05", 5, "PAKN", C, code=ANY),
    _xa("quoc gia 02", "02", 2, "PAKN", C, code=ANY),
    _xa("xong 06", "06", 6, "PAKN", C, code=_PAKN_XL),
    _xa("con 01", "01", 1, "PAKN", C, code=ANY),
    _xa("dat 96,35%", "96,35%", 96.35, "%", code=_HL),
    # 5. rank among the province's 99 xã, phường; tháng 8/2025 dated 2025-08-31
    _xa("đạt 84,27/100", "84,27/100", 84.27, "điểm", max_value=100, code=_TONG),
    _xa("thứ 23/99", "23/99", 23, "hạng", R, max_value=99, code=_HANG),
    _xa("tăng 11 bậc", "11", 11, "hạng", CH, code=_HANG),
    _xa("(xếp thứ 34/99)", "34/99", 34, "hạng", PR, max_value=99, as_of=_AUG_350, code=_HANG),
    _xa("trực tuyến đạt 6,12/10", "6,12/10", 6.12, "điểm", max_value=10, code="766.thanh_toan"),
    _xa("hồ sơ đạt 16,48/22", "16,48/22", 16.48, "điểm", max_value=22, code="766.so_hoa"),
    # III.2 the commune's target by the end of 2025 (0216.3855.127 is a phone number)
    _xa("tối thiểu 70%", "70%", 70, "%", T, as_of="2025-12-31", code=_TT),
]

# ------------------------------------------------------------ 351: Sở GD&ĐT tỉnh Bạc Liêu, năm học 2024-2025
_GD = "Sở Giáo dục và Đào tạo"
_MAY_2024 = "2024-05-31"


def _so(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_GD, level="tỉnh", **kw)


def _lop1(subject: str, files: str, online: str, share: str) -> list[Fact]:
    """One dash-list item of a district-level unit: grade-1 enrolment files, those submitted online, share."""
    return [F(f"{subject}: {files}", files, _num(files), "hồ sơ", C, subject=subject, level="huyện", code=ANY),
            F(f"trực tuyến {online}", online, _num(online), "hồ sơ", C, subject=subject, level="huyện", code=ANY),
            F(f"({share}%)", f"{share}%", _num(share), "%", subject=subject, level="huyện", code=ANY)]


BLIND_351 = [
    # intro (36/KH-UBND of 14/02/2025 and 1520/BGDĐT-VP of 28/3/2025 cited; the window 01/9/2024-31/5/2025)
    # 1. the sector's procedures in the province (whose: unchecked), by level
    F("gồm 98 TTHC", "98", 98, "TTHC", C, subject=ANY, level=ANY, code=_TTHC),
    F("(cấp tỉnh 71", "71", 71, "TTHC", C, subject="cấp tỉnh", level="tỉnh", code=_TTHC),
    F("cấp huyện 19", "19", 19, "TTHC", C, subject="cấp huyện", level="huyện", code=_TTHC),
    F("cấp xã 08", "08", 8, "TTHC", C, subject="cấp xã", level="xã", code=_TTHC),
    F("trong đó 64", "64", 64, "TTHC", C, subject=ANY, level=ANY, code=_TOAN),
    F("và 34 TTHC", "34", 34, "TTHC", C, subject=ANY, level=ANY, code=_MOT),
    _so("tiếp nhận 2.184", "2.184", 2184, "hồ sơ", C, code=_TN),
    _so("trực tuyến 1.967", "1.967", 1967, "hồ sơ", C, code=_NOP),
    _so("đạt 90,06%", "90,06%", 90.06, "%", code=_NOP),
    _so("giải quyết 2.139", "2.139", 2139, "hồ sơ", C, code=ANY),
    _so("đúng hạn 2.136", "2.136", 2136, "hồ sơ", C, code=_DH),
    _so("đạt 99,86%", "99,86%", 99.86, "%", code=_DH),
    _so("quá hạn 03", "03", 3, "hồ sơ", C, code=_QH),
    _so("giải quyết 45", "45", 45, "hồ sơ", C, code=ANY),
    # kinds of diploma files (no catalogued indicator)
    _so("có 1.326", "1.326", 1326, "hồ sơ", C, code=ANY),
    _so("(chiếm 60,71%)", "60,71%", 60.71, "%", code=ANY),
    _so("214 hồ sơ", "214", 214, "hồ sơ", C, code=ANY),
    _so("và 57 hồ sơ", "57", 57, "hồ sơ", C, code=ANY),
    # 2a. grade-10 enrolment run by the Sở ("lớp 10", "lớp 1", "lớp 6" are no figures); the previous school
    # year dated at the end of the same window a year earlier
    _so("tiếp nhận 8.742", "8.742", 8742, "hồ sơ", C, code=ANY),
    _so("trực tuyến 7.958", "7.958", 7958, "hồ sơ", C, code=ANY),
    _so("chiếm 91,03%", "91,03%", 91.03, "%", code=ANY),
    _so("tăng 14,26%", "14,26%", 14.26, "%", CH, code=ANY),
    _so("(76,77%)", "76,77%", 76.77, "%", PR, as_of=_MAY_2024, code=ANY),
    # 2b. grades 1 and 6, run by the district-level Phòng (level huyện, subject unchecked)
    F("có 11.236", "11.236", 11236, "hồ sơ", C, subject=ANY, level="huyện", code=ANY),
    F("và 10.874", "10.874", 10874, "hồ sơ", C, subject=ANY, level="huyện", code=ANY),
    F("là 9.412", "9.412", 9412, "hồ sơ", C, subject=ANY, level="huyện", code=ANY),
    F("(83,77%)", "83,77%", 83.77, "%", subject=ANY, level="huyện", code=ANY),
    F("và 9.683", "9.683", 9683, "hồ sơ", C, subject=ANY, level="huyện", code=ANY),
    F("(89,05%)", "89,05%", 89.05, "%", subject=ANY, level="huyện", code=ANY),
    *_lop1("Thành phố Bạc Liêu", "2.148", "2.043", "95,11"),
    *_lop1("Thị xã Giá Rai", "1.862", "1.594", "85,61"),
    *_lop1("Huyện Hồng Dân", "1.347", "1.006", "74,68"),
    *_lop1("Huyện Phước Long", "1.298", "1.037", "79,89"),
    *_lop1("Huyện Vĩnh Lợi", "1.416", "1.208", "85,31"),
    *_lop1("Huyện Hòa Bình", "1.509", "1.302", "86,28"),
    *_lop1("Huyện Đông Hải", "1.656", "1.222", "73,79"),
    # 3. ("giai đoạn 1976-2024" are years); the schools counted are the province's (whose: unchecked)
    _so("hóa 412 sổ", "412", 412, "sổ", C, code=ANY),
    _so("với 186.540", "186.540", 186540, "bản ghi", C, code=ANY),
    _so("đạt 87,35%", "87,35%", 87.35, "%", code=ANY),
    F("153/153", "153/153", 153, "trường", C, max_value=153, subject=ANY, level=ANY, code=None),
    _so("đạt 96,48%", "96,48%", 96.48, "%", code=_SH),
    _so("đạt 93,72%", "93,72%", 93.72, "%", code=_KQ),
    _so("đạt 81,55%", "81,55%", 81.55, "%", code=_TT, target=80, stated_status="đạt"),
    _so("năm 2025 là 80%", "80%", 80, "%", T, as_of="2025-12-31", code=_TT),
    # 4.
    _so("tiếp nhận 09 phản ánh", "09", 9, "PAKN", C, code=_PAKN_TN),
    _so("lời 09/09", "09/09", 9, "PAKN", C, max_value=9, code=_PAKN_XL),
    _so("đạt 97,84%", "97,84%", 97.84, "%", code=_HL),
    # 5. rank among the province's agencies; tháng 5/2024 dated 2024-05-31
    _so("đạt 90,46 điểm", "90,46", 90.46, "điểm", code=_TONG),
    _so("thứ 4/20", "4/20", 4, "hạng", R, max_value=20, code=_HANG),
    _so("tăng 2,18 điểm", "2,18", 2.18, "điểm", CH, code=_TONG),
    _so("(88,28 điểm)", "88,28", 88.28, "điểm", PR, as_of=_MAY_2024, code=_TONG),
    # III.3 the district-level Phòng's target for quý III năm 2025 (0291.3822.615 is a phone number, "số 02
    # đường Hoàng Văn Thụ, Phường 3" an address)
    F("tối thiểu 90%", "90%", 90, "%", T, subject="Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố",
      level="huyện", as_of="2025-09-30", code=ANY),
]

# ------------------------------------------------------------ 352: Sở Xây dựng tỉnh Tuyên Quang, tháng 4 năm 2025
_SXD = "Sở Xây dựng"
_MAR_352 = "2025-03-31"


def _sxd(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_SXD, level="tỉnh", **kw)


def _row_352(subject: object, received: str, online: str, share: str, on_time: str, after: str) -> list[Fact]:
    """One Markdown row of a procedure (or the total): files received, submitted online, online share, on-time
    share. The intro line names "số hồ sơ"; STT is no figure."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (share, "%", P, _NOP, "period"), (on_time, "%", P, _DH, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_352 = [
    # intro (118/QĐ-UBND of 28/02/2025 and 745/UBND-KSTT of 10/3/2025 cited)
    # 1.
    _sxd("thực hiện 187", "187", 187, "TTHC", C, code=_TTHC),
    _sxd("thuộc 12 lĩnh vực", "12", 12, "lĩnh vực", C, code=None),
    F("xây dựng 62", "62", 62, "TTHC", C, subject=ANY, level="tỉnh", code=ANY),
    F("đường bộ 98", "98", 98, "TTHC", C, subject=ANY, level="tỉnh", code=ANY),
    F("nội địa 27", "27", 27, "TTHC", C, subject=ANY, level="tỉnh", code=ANY),
    _sxd("trong đó 143", "143", 143, "TTHC", C, code=_TOAN),
    _sxd("chiếm 76,47%", "76,47%", 76.47, "%", code=_TOAN),
    # 2. tháng 3/2025 dated 2025-03-31
    _sxd("tiếp nhận 5.836", "5.836", 5836, "hồ sơ", C, code=_TN),
    _sxd("(tháng 3/2025: 5.214", "5.214", 5214, "hồ sơ", PR, as_of=_MAR_352, code=_TN),
    _sxd("tăng 622", "622", 622, "hồ sơ", CH, code=_TN),
    _sxd("trực tuyến 5.102", "5.102", 5102, "hồ sơ", C, code=_NOP),
    _sxd("đạt 87,42%", "87,42%", 87.42, "%", code=_NOP),
    _sxd("giải quyết 5.691", "5.691", 5691, "hồ sơ", C, code=ANY),
    _sxd("trước hạn 4.975", "4.975", 4975, "hồ sơ", C, code=ANY),
    _sxd("đúng hạn 702", "702", 702, "hồ sơ", C, code=ANY),
    _sxd("quá hạn 14", "14", 14, "hồ sơ", C, code=_QH),
    _sxd("đạt 99,75%", "99,75%", 99.75, "%", code=_DH),
    # Markdown table by procedure ("Tổng cộng" row with an empty STT cell = the Sở)
    *_row_352(ANY, "46", "39", "84,78", "100", "| 2 | Thẩm định"),
    *_row_352(ANY, "28", "28", "100", "96,43", "| 3 | Cấp đổi"),
    *_row_352(ANY, "3.412", "3.198", "93,73", "99,91", "| 4 | Cấp lại"),
    *_row_352(ANY, "684", "611", "89,33", "100", "| 5 | Cấp giấy phép lái xe quốc tế"),
    *_row_352(ANY, "96", "96", "100", "100", "| 6 | Đăng ký"),
    *_row_352(ANY, "142", "88", "61,97", "98,59", "| 7 | Các thủ tục"),
    *_row_352(ANY, "1.428", "1.042", "72,97", "99,44", "| | Tổng cộng"),
    *_row_352(_SXD, "5.836", "5.102", "87,42", "99,75", "\nĐối với"),
    # one procedure's files and processing time (no catalogued indicator)
    _sxd("có 2.846", "2.846", 2846, "hồ sơ", C, code=ANY),
    _sxd("chiếm 83,41%", "83,41%", 83.41, "%", code=ANY),
    _sxd("là 9,4", "9,4", 9.4, "ngày", code=ANY),
    _sxd("2025: 11,2", "11,2", 11.2, "ngày", PR, as_of=_MAR_352, code=ANY),
    # 3. the Sở's 2025 target (dated at the year's end), "đã đạt chỉ tiêu"
    _sxd("đạt 78,26%", "78,26%", 78.26, "%", code=_TT, target=75, stated_status="đạt"),
    _sxd("tăng 3,05%", "3,05%", 3.05, "%", CH, code=_TT),
    _sxd("năm 2025 là 75%", "75%", 75, "%", T, as_of="2025-12-31", code=_TT),
    _sxd("đạt 95,87%", "95,87%", 95.87, "%", code=_SH),
    _sxd("đạt 97,14%", "97,14%", 97.14, "%", code=_KQ),
    _sxd("đạt 38,62%", "38,62%", 38.62, "%", code=_TSD),
    # 4.
    _sxd("tiếp nhận 05 phản ánh", "05", 5, "PAKN", C, code=_PAKN_TN),
    _sxd("(03 PAKN", "03", 3, "PAKN", C, code=ANY),
    _sxd("02 PAKN về", "02", 2, "PAKN", C, code=ANY),
    _sxd("xử lý 04", "04", 4, "PAKN", C, code=_PAKN_XL),
    _sxd("đạt 80%", "80%", 80, "%", code=_PAKN_TL),
    # 5. rank among the province's agencies ("đường 17 Tháng 8" is a street name, 0207.3822.418 a phone number)
    _sxd("đạt 87,53", "87,53", 87.53, "điểm", code=_TONG),
    _sxd("thứ 9/19", "9/19", 9, "hạng", R, max_value=19, code=_HANG),
    _sxd("2025: 85,91", "85,91", 85.91, "điểm", PR, as_of=_MAR_352, code=_TONG),
    _sxd("thứ 12/19)", "12/19", 12, "hạng", PR, max_value=19, as_of=_MAR_352, code=_HANG),
]

# ------------------------------------------------------------ 353: Ban Quản lý các KCN tỉnh Bắc Ninh, 9 tháng năm 2025
_BQL = "Ban Quản lý các khu công nghiệp"


def _ban(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Ban itself (subject the Ban, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_BQL, level="tỉnh", **kw)


def _row_353(subject: object, received: str, online: str, share: str, on_time: str, after: str) -> list[Fact]:
    """One tab-separated row of a field (or the total): files received, submitted online (units in the
    headers), online share, on-time share."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (share, "%", P, _NOP, "period"), (on_time, "%", P, _DH, "period")]
    return _cells(subject, "tỉnh", cells, after, "\t", "\n")


BLIND_353 = [
    # intro (202/2025/QH15 of 12/6/2025 and 1052/QĐ-UBND of 01/7/2025 cited; the window 01/01-30/9/2025)
    # 1.
    _ban("thực hiện 96", "96", 96, "TTHC", C, code=_TTHC),
    _ban("thuộc 7 lĩnh vực", "7", 7, "lĩnh vực", C, code=None),
    _ban("100% TTHC", "100%", 100, "%", code=ANY),
    _ban("tương ứng 81", "81", 81, "TTHC", C, code=_TOAN),
    # 2. cùng kỳ năm 2024 dated 2024-09-30; quý III năm 2025 ends at the period end
    _ban("tiếp nhận 9.168", "9.168", 9168, "hồ sơ", C, code=_TN),
    _ban("2024: 7.652", "7.652", 7652, "hồ sơ", PR, as_of="2024-09-30", code=_TN),
    _ban("tăng 19,81%", "19,81%", 19.81, "%", CH, code=ANY),
    _ban("tiếp nhận 3.907", "3.907", 3907, "hồ sơ", C, code=ANY),
    F("là 6.222", "6.222", 6222, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    F("và 2.946", "2.946", 2946, "hồ sơ", C, subject=ANY, level="tỉnh", code=ANY),
    _ban("giải quyết 9.041", "9.041", 9041, "hồ sơ", C, code=ANY),
    _ban("đúng hạn 9.027", "9.027", 9027, "hồ sơ", C, code=_DH),
    _ban("(99,85%)", "99,85%", 99.85, "%", code=_DH),
    _ban("quá hạn 14", "14", 14, "hồ sơ", C, code=_QH),
    F("dựng 5 hồ sơ", "5", 5, "hồ sơ", C, subject=ANY, level="tỉnh", code=_QH),
    F("trường 9 hồ sơ", "9", 9, "hồ sơ", C, subject=ANY, level="tỉnh", code=_QH),
    # tab-separated table by field ("Cộng" = the Ban; its figures are also in the prose)
    *_row_353(ANY, "1.264", "1.264", "100", "99,76", "Lao động"),
    *_row_353(ANY, "6.938", "6.921", "99,75", "99,94", "Xây dựng"),
    *_row_353(ANY, "412", "398", "96,60", "98,79", "Môi trường"),
    *_row_353(ANY, "236", "219", "92,80", "96,12", "Thương mại"),
    *_row_353(ANY, "318", "318", "100", "100", "Cộng"),
    *_row_353(_BQL, "9.168", "9.120", "99,48", "99,85", "\nTỷ lệ"),
    # the Ban's 2025 target (dated at the year's end), "đã đạt chỉ tiêu"
    _ban("Ban đạt 99,48%", "99,48%", 99.48, "%", code=_NOP, target=95, stated_status="đạt"),
    _ban("(95%)", "95%", 95, "%", T, as_of="2025-12-31", code=_NOP),
    # 3. investment and labour (no catalogued indicator)
    _ban("cho 118 dự án", "118", 118, "dự án", C, code=ANY),
    _ban("3,62 tỷ USD", "3,62", 3.62, "tỷ USD", code=ANY),
    _ban("cho 246 dự án", "246", 246, "dự án", C, code=ANY),
    _ban("cấp 4.826", "4.826", 4826, "giấy phép", C, code=ANY),
    _ban("gia hạn 1.347", "1.347", 1347, "giấy phép", C, code=ANY),
    _ban("nhận 312", "312", 312, "trường hợp", C, code=ANY),
    _ban("là 3,2 ngày", "3,2", 3.2, "ngày", code=ANY),
    _ban("rút ngắn 1,8", "1,8", -1.8, "ngày", CH, code=ANY),
    # 4.
    _ban("trực tuyến đạt 100%", "100%", 100, "%", code=_TT),
    _ban("đạt 99,12%", "99,12%", 99.12, "%", code=_SH),
    _ban("điện tử đạt 100%", "100%", 100, "%", code=_KQ),
    _ban("đạt 98,76%", "98,76%", 98.76, "%", code=_HL),
    # 5. ("quý III: 11 PAKN" ends at the period end)
    _ban("tiếp nhận 23 phản ánh", "23", 23, "PAKN", C, code=_PAKN_TN),
    _ban("(quý III: 11 PAKN)", "11", 11, "PAKN", C, code=ANY),
    _ban("giải quyết 21", "21", 21, "PAKN", C, code=_PAKN_XL),
    _ban("đạt 91,30%", "91,30%", 91.30, "%", code=_PAKN_TL),
    _ban("02 PAKN về", "02", 2, "PAKN", C, code=ANY),
    # 6. rank among the province's agencies; tháng 6/2025 dated 2025-06-30 ("số 10 đường Lý Thái Tổ" is an
    # address, 0222.3874.256 a phone number)
    _ban("đạt 92,18", "92,18", 92.18, "điểm", code=_TONG),
    _ban("thứ 2/18", "2/18", 2, "hạng", R, max_value=18, code=_HANG),
    _ban("tăng 1 bậc", "1", 1, "hạng", CH, code=_HANG),
    _ban("(91,04 điểm", "91,04", 91.04, "điểm", PR, as_of="2025-06-30", code=_TONG),
    _ban("thứ 3/18)", "3/18", 3, "hạng", PR, max_value=18, as_of="2025-06-30", code=_HANG),
]

# ------------------------------------------------------------ 354: UBND thành phố Đà Nẵng, quý I năm 2026
_Q4_2025 = "2025-12-31"


def _group_354(name: str, code: str, score: str, top: int, previous: str) -> list[Fact]:
    """One dash-list item of a group: its score `x/max` and the quý IV/2025 score in brackets (dated
    2025-12-31, the group's maximum kept)."""
    return [F(f"{name}: {score}/{top}", f"{score}/{top}", _num(score), "điểm", max_value=top, code=code),
            F(f"2025: {previous} điểm)", previous, _num(previous), "điểm", PR, max_value=top, as_of=_Q4_2025,
              code=code)]


def _agency_354(subject: str, q4: str, q1: str, rank: str, after: str) -> list[Fact]:
    """One Markdown row of an agency (TT in official order, no figure): score at quý IV/2025 (dated
    2025-12-31), score at quý I/2026, rank in quý I/2026 (a plain number among the 12)."""
    cells = [(q4, "điểm", P, _TONG, _Q4_2025), (q1, "điểm", P, _TONG, "period"), (rank, "hạng", R, _HANG, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_354 = [
    # intro (766/QĐ-TTg of 23/6/2022 and 2318/VPCP-KSTT of 19/3/2026 cited; "17 giờ ngày 31/3/2026" a time)
    # I. the city (subject NULL); quý IV năm 2025 dated 2025-12-31
    F("đạt 88,74/100", "88,74/100", 88.74, "điểm", max_value=100, code=_TONG),
    F("thứ 7/34", "7/34", 7, "hạng", R, max_value=34, code=_HANG),
    F("(86,92 điểm", "86,92", 86.92, "điểm", PR, max_value=100, as_of=_Q4_2025, code=_TONG),
    F("thứ 11/34)", "11/34", 11, "hạng", PR, max_value=34, as_of=_Q4_2025, code=_HANG),
    F("tăng 1,82 điểm", "1,82", 1.82, "điểm", CH, code=_TONG),
    F("tăng 4 bậc", "4", 4, "hạng", CH, code=_HANG),
    *_group_354("minh bạch", "766.cong_khai", "17,12", 18, "16,85"),
    *_group_354("giải quyết", "766.tien_do", "19,63", 20, "19,48"),
    *_group_354("Dịch vụ công trực tuyến", "766.dvctt", "10,86", 12, "10,21"),
    *_group_354("Thanh toán trực tuyến", "766.thanh_toan", "7,92", 10, "7,34"),
    *_group_354("hài lòng", "766.hai_long", "17,59", 18, "17,66"),
    *_group_354("Số hóa hồ sơ", "766.so_hoa", "15,62", 22, "15,38"),
    F("giảm 0,07 điểm", "0,07", -0.07, "điểm", CH, code="766.hai_long"),
    F("với 1.236/1.748", "1.236/1.748", 1236, "TTHC", C, max_value=1748, code=_TOAN),
    F("(70,71%)", "70,71%", 70.71, "%", code=_TOAN),
    # the city's 2026 target (dated at the year's end), "chưa đạt chỉ tiêu"; shares by level after "lần lượt là"
    F("đạt 68,47%", "68,47%", 68.47, "%", code=_TT, target=75, stated_status="chưa đạt"),
    F("2026 là 75%", "75%", 75, "%", T, as_of="2026-12-31", code=_TT),
    F("là 92,16%", "92,16%", 92.16, "%", subject="cấp thành phố", level="tỉnh", code=_NOP),
    F("và 71,38%", "71,38%", 71.38, "%", subject="cấp xã", level="xã", code=_NOP),
    # II.1 the agencies' average, a count of agencies, one agency's fall, the table
    F("đạt 88,37 điểm", "88,37", 88.37, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("2025: 86,60 điểm", "86,60", 86.60, "điểm", PR, subject=ANY, level="tỉnh", as_of=_Q4_2025, code=_TONG),
    F("Có 11/12", "11/12", 11, "đơn vị", C, max_value=12, subject=ANY, level="tỉnh", code=None),
    F("giảm 0,54 điểm", "0,54", -0.54, "điểm", CH, subject="Sở Du lịch", level="tỉnh", code=_TONG),
    *_agency_354("Sở Tài chính", "87,45", "89,12", "6", "| 2 | Sở Nội vụ"),
    *_agency_354("Sở Nội vụ", "88,30", "90,04", "5", "| 3 | Sở Tư pháp"),
    *_agency_354("Sở Tư pháp", "93,86", "95,21", "1", "| 4 | Sở Xây dựng"),
    *_agency_354("Sở Xây dựng", "82,14", "84,67", "10", "| 5 | Sở Công Thương"),
    *_agency_354("Sở Công Thương", "90,72", "92,38", "3", "| 6 | Sở Nông nghiệp"),
    *_agency_354("Sở Nông nghiệp và Môi trường", "79,56", "81,93", "12", "| 7 | Sở Giáo dục"),
    *_agency_354("Sở Giáo dục và Đào tạo", "91,05", "93,47", "2", "| 8 | Sở Y tế"),
    *_agency_354("Sở Y tế", "89,18", "91,26", "4", "| 9 | Sở Khoa học"),
    *_agency_354("Sở Khoa học và Công nghệ", "86,27", "88,35", "7", "| 10 | Sở Văn hóa"),
    *_agency_354("Sở Văn hóa và Thể thao", "84,91", "86,02", "8", "| 11 | Sở Du lịch"),
    *_agency_354("Sở Du lịch", "85,33", "84,79", "9", "| 12 | Ban Quản lý"),
    *_agency_354("Ban Quản lý Khu công nghệ cao và các khu công nghiệp", "80,42", "83,15", "11", "\n2. Khối xã"),
    # II.2 the communes' average, a count of communes, best and worst units
    F("đạt 84,06 điểm", "84,06", 84.06, "điểm", subject=ANY, level="xã", code=_TONG),
    F("2025: 81,73 điểm", "81,73", 81.73, "điểm", PR, subject=ANY, level="xã", as_of=_Q4_2025, code=_TONG),
    F("61/94", "61/94", 61, "xã", C, max_value=94, subject=ANY, level="xã", code=None),
    F("(93,58 điểm)", "93,58", 93.58, "điểm", subject="phường Hải Châu", level="xã", code=_TONG),
    F("(92,91 điểm)", "92,91", 92.91, "điểm", subject="phường Hòa Cường", level="xã", code=_TONG),
    F("(71,24 điểm)", "71,24", 71.24, "điểm", subject="xã Hùng Sơn", level="xã", code=_TONG),
    F("(72,05 điểm)", "72,05", 72.05, "điểm", subject="xã Trà Tân", level="xã", code=_TONG),
    # III.3 the city's target by the end of quý II năm 2026 (in the task of Sở Tài chính; 0236.3822.104 is a
    # phone number)
    F("tối thiểu 72%", "72%", 72, "%", T, as_of="2026-06-30", code=_TT),
]

BLIND = {"350": BLIND_350, "351": BLIND_351, "352": BLIND_352, "353": BLIND_353, "354": BLIND_354}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "350": [
        # an OCR'd item without marks: task and assignee as written
        ("2025-10-17", "day", "17/10/2025", "giai quyet dut diem cac ho so dat dai qua han", "Phong Kinh te"),
        ("2025-12-31", "year", "năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến",
         "Trung tâm Phục vụ hành chính công xã"),
        ("2025-11-30", "month", "tháng 11/2025", "khắc phục đường truyền", "Văn phòng HĐND và UBND xã"),
        ("2025-12-15", "day", "ngày 15 tháng 12 năm 2025", "kích hoạt tài khoản định danh điện tử",
         "Phòng Văn hóa - Xã hội"),
        # issued 03/10/2025: the first "ngày 25 hằng tháng" is 25/10/2025
        ("2025-10-25", "recurring", "25 hằng tháng", "tổng hợp số liệu giải quyết TTHC", "Các bộ phận chuyên môn"),
    ],
    "351": [
        ("2025-08-31", "day", "31/8/2025", "số hóa toàn bộ sổ gốc văn bằng",
         "Phòng Khảo thí và Quản lý chất lượng giáo dục"),
        ("2025-07-31", "month", "tháng 7/2025", "nâng cấp phân hệ tuyển sinh trực tuyến", "Văn phòng Sở"),
        ("2025-09-30", "quarter", "quý III năm 2025", "tuyển sinh lớp 1 nộp trực tuyến",
         "Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố"),
        ("2025-06-25", "day", "ngày 25 tháng 6 năm 2025", "rà soát quy trình nội bộ",
         "Các phòng chuyên môn thuộc Sở"),
        # issued 12/6/2025, after the 10th: the first "ngày 10 hằng tháng" is 10/7/2025
        ("2025-07-10", "recurring", "10 hằng tháng", "báo cáo số liệu chuyển đổi số", "Các cơ sở giáo dục trực thuộc"),
    ],
    "352": [
        ("2025-05-15", "day", "15/5/2025", "giải quyết dứt điểm các hồ sơ quá hạn",
         "Phòng Quản lý vận tải, phương tiện và người lái"),
        ("2025-06-30", "month", "tháng 6/2025", "sang toàn trình", "Văn phòng Sở"),
        ("2025-05-30", "day", "ngày 30 tháng 5 năm 2025", "quy trình nội bộ cấp giấy phép xây dựng",
         "Phòng Quản lý hoạt động xây dựng"),
        ("2025-06-30", "quarter", "quý II năm 2025", "kiểm tra việc cấp đổi giấy phép lái xe", "Thanh tra Sở"),
        # issued 05/5/2025: the first "ngày 18 hằng tháng" is 18/5/2025
        ("2025-05-18", "recurring", "18 hằng tháng", "cập nhật kết quả giải quyết hồ sơ",
         "Các phòng, đơn vị thuộc Sở"),
    ],
    "353": [
        ("2025-10-20", "day", "20/10/2025", "giải quyết dứt điểm các hồ sơ môi trường quá hạn",
         "Phòng Quản lý môi trường"),
        ("2025-11-30", "month", "tháng 11/2025", "liên thông cấp giấy phép lao động", "Phòng Quản lý lao động"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "thống nhất quy trình nội bộ", "Văn phòng Ban"),
        ("2025-12-05", "day", "05/12/2025", "rà soát các dự án chậm tiến độ", "Phòng Quản lý đầu tư"),
        # issued 06/10/2025: the first "ngày 22 hằng tháng" is 22/10/2025
        ("2025-10-22", "recurring", "22 hằng tháng", "cập nhật kết quả giải quyết hồ sơ", "Các phòng chuyên môn"),
    ],
    "354": [
        ("2026-04-25", "day", "25/4/2026", "xây dựng kế hoạch khắc phục",
         "Sở Nông nghiệp và Môi trường, UBND xã Hùng Sơn, UBND xã Trà Tân"),
        ("2026-05-31", "month", "tháng 5/2026", "đồng bộ dữ liệu", "Sở Khoa học và Công nghệ"),
        ("2026-06-30", "quarter", "quý II năm 2026", "tỷ lệ hồ sơ thanh toán trực tuyến", "Sở Tài chính"),
        ("2026-06-15", "day", "ngày 15 tháng 6 năm 2026", "kiểm tra công tác kiểm soát TTHC", "Sở Nội vụ"),
        ("2026-12-31", "year", "năm 2026", "tiếp nhận hồ sơ không phụ thuộc địa giới hành chính",
         "Trung tâm Phục vụ hành chính công thành phố"),
        # issued 10/4/2026, after the 5th: the first "ngày 05 hằng tháng" is 05/5/2026
        ("2026-05-05", "recurring", "05 hằng tháng", "báo cáo kết quả khắc phục",
         "Các sở, ban, ngành, UBND các xã, phường, đặc khu"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 350's header is OCR'd without marks ("S6: 86/BC-UBND", "quy 111 nam 2025"): the number and the period are read
# as a reader restores them (the intro states "quý III năm 2025"), the province from "Kinh gui" and the intro;
# 351's period is the school year, stated as 01/9/2024-31/5/2025; 352's issuer is the merged Sở Xây dựng under
# "UBND TỈNH TUYÊN QUANG"; 353's issuer is the Ban under "UBND TỈNH BẮC NINH", period "9 tháng năm 2025";
# 354's issuer is UBND thành phố Đà Nẵng (a centrally-run city), period the quarter in its title.
META = {
    "350": {"doc_number": "86/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-10-03",
            "province": "Lào Cai", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Hoàng Văn Thành"},
    "351": {"doc_number": "1187/BC-SGDĐT", "doc_type": "Báo cáo", "issued_date": "2025-06-12",
            "province": "Bạc Liêu", "period_label": "năm học 2024-2025", "period_start": "2024-09-01",
            "period_end": "2025-05-31", "signer": "Lâm Thị Ngọc Hân"},
    "352": {"doc_number": "612/BC-SXD", "doc_type": "Báo cáo", "issued_date": "2025-05-05",
            "province": "Tuyên Quang", "period_label": "tháng 4 năm 2025", "period_start": "2025-04-01",
            "period_end": "2025-04-30", "signer": "Ma Văn Khánh"},
    "353": {"doc_number": "2356/BC-BQL", "doc_type": "Báo cáo", "issued_date": "2025-10-06",
            "province": "Bắc Ninh", "period_label": "9 tháng năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-09-30", "signer": "Nguyễn Đức Thắng"},
    "354": {"doc_number": "97/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2026-04-10",
            "province": "Đà Nẵng", "period_label": "quý I năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-03-31", "signer": "Trần Nam Hưng"},
}
