"""Blind golden facts for corpus/blind81/480_quang_tri.txt, 481_tuyen_quang.txt, 482_hung_yen.txt, 483_lao_cai.txt and
484_bac_ninh.txt.

The five documents were written by the developers for an eighty-first blind measurement (merged provinces after the 1
July 2025 merger, ranks among 34; issuers, wording and layouts not used in sets 77–80; not real documents), and every
row below was written by reading them, before any extraction, restoration or pipeline code was run on them. They also
serve as held-out text for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind80.py, blind79.py, blind16.py and blind13.py: rows use
`golden.facts.Fact` (context string that occurs once in the document + the figure as written inside it). Prose and
list counts are kind `count`; table cells are kind `value` even when they count (rank cells kind `rank`, plain numbers
without max_value), with `extra={"source": "table"}`; `as_of="period"` is the period's end; a change is dated at the
period end and a fall ("giảm") is negative; "cùng kỳ năm 2024" in a report on quý III or 9 tháng năm 2025 is dated
2024-09-30, "quý II năm 2025" 2025-06-30, "tháng 8/2025" 2025-08-31. `ANY` leaves a field unchecked where the sentence
names no catalogued indicator (`None` where it clearly names none: counts of units, databases, teams, classes). "thủ
tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; every "đã giải quyết" count and a
relative change of a count have their code unchecked. Counts of local units take the unit of their first unit word
("72/104 xã, phường" → `xã`), counts of "cơ quan"/"đơn vị"/"sở, ban, ngành" → `đơn vị`, at the level of the bodies
counted. A provincial body's own figures naming no body are named by its kind ("Sở Khoa học và Công nghệ", "Công an
tỉnh", "Thanh tra tỉnh"), level tỉnh; a sentence naming the body in full keeps the name as written ("Ban Tiếp công dân
tỉnh"). Province-wide figures ("toàn tỉnh", "trên địa bàn tỉnh", "các cơ quan hành chính nhà nước trên địa bàn tỉnh")
have subject NULL. Dates, document numbers, cited laws, decrees, resolutions, decisions, plans and letters ("Quyết
định số 766/QĐ-TTg", "Công văn số 5418/VPCP-KSTT", "Nghị quyết số 202/2025/QH15", "Kế hoạch số 86/KH-UBND", "Quyết
định số 06/QĐ-TTg", "Kế hoạch số 152/KH-UBND", "Luật Tiếp công dân năm 2013", "Nghị định số 20/2008/NĐ-CP", "Công văn
số 3051/UBND-NC"), "Đề án 06", "Phòng PC06", "C06", "mức độ 2", "từ đủ 14 tuổi", "trẻ em dưới 6 tuổi", "ứng dụng Lào
Cai-S", "Lưu: VT, P1", "17 giờ ngày 30/9/2025", "Lũy kế đến ngày 30/9/2025", the period words "từ ngày 01/01/2025 đến
ngày 30/9/2025", section numbering ("I.", "1.", "a)", "đ)", "Bảng 1."), the STT/TT columns, the "-" rank cell, phone
numbers ("0232.3822.164", "0207.3822.590", "069.2858.115", "0214.3840.256", "0222.3822.516"), headings naming the next
period ("III. NHIỆM VỤ, GIẢI PHÁP QUÝ IV NĂM 2025", "VI. NHIỆM VỤ QUÝ IV NĂM 2025", "II. NHIỆM VỤ TRỌNG TÂM QUÝ IV NĂM
2025": no deadlines), "hai tỉnh cũ" (a number in words, no figure) and years are not figures.

New in this set (all after the 1 July 2025 merger, reports on quý III or 9 tháng năm 2025):
- 480 is a quarterly Báo cáo of UBND tỉnh Quảng Trị (merged with Quảng Bình) to the Văn phòng Chính phủ on the 766
  index, quý III năm 2025, issued 09/10/2025, the merged province's first assessment. NEW: the PREVIOUS VALUES ARE
  THOSE OF THE TWO FORMER PROVINCES, in brackets: "(quý II năm 2025, trước hợp nhất: tỉnh Quảng Trị cũ đạt 81,92 điểm,
  xếp thứ 38/63; tỉnh Quảng Bình cũ đạt 83,48 điểm, xếp thứ 26/63)" and, in a dash list of the six groups "- <group>:
  x/max điểm (Quảng Trị cũ a điểm; Quảng Bình cũ b điểm);", each group's two former values. Each is kind `previous`
  dated 2025-06-30 with the code and the maximum of the figure it follows (the total on the /100 scale, a group on its
  group's scale, as seed 003's "(15,1 điểm)"; the former ranks among 63, max 63); a former province is neither the new
  province nor one of its units, so subject and level are unchecked (as golden/blind60.py reads "khu vực tỉnh Hải
  Dương (cũ)"). The province's own earlier figure is "điểm bình quân của hai tỉnh cũ … (82,70 điểm)" (subject NULL,
  previous, max 100), "tăng 1,67 điểm" its change; "tăng 0,54 điểm so với bình quân hai tỉnh cũ" the payment group's
  change. "mới đạt 64,68% số điểm tối đa của nhóm" is a share (code unchecked). "78 đơn vị hành chính cấp xã (69 xã, 8
  phường và 01 đặc khu)" (whole "cấp xã", parts subject ANY). Its Markdown Bảng 1 has a COLUMN PER LEVEL ("Cấp tỉnh |
  Cấp xã | Toàn tỉnh", unit % from the caption): each cell's subject is its column's ("cấp tỉnh" level tỉnh, "cấp xã"
  level xã, "Toàn tỉnh" NULL) and its code its row's component. "chưa đạt chỉ tiêu UBND tỉnh giao năm 2025 là 70%":
  target dated 2025-12-31, 62,37% carries it ("chưa đạt"). Block averages (subject unchecked, levels tỉnh/xã), "21/78
  xã, phường, đặc khu xếp loại Tốt, 43 đơn vị … 14 đơn vị" (level xã, code None), best and worst units in brackets
  ("phường Đồng Hới", "xã Dân Hóa", level xã). The task's "tối thiểu 70%" is the communes' target (subject unchecked,
  level xã), dated 2025-12-31. Five deadlines: day, "chậm nhất" day in words, quarter (with the target), month, "trước
  ngày 05 hằng tháng" (issued 09/10/2025, after the 5th: first 05/11/2025).
- 481 is a Báo cáo of the Sở Khoa học và Công nghệ tỉnh Tuyên Quang (merged with Hà Giang; the Sở took over the former
  Sở Thông tin và Truyền thông), 9 tháng năm 2025, issued 06/10/2025, on digital infrastructure, data and online
  services. The province's platforms, networks, data warehouse and security centre name no body (the province's or the
  Sở's that runs them: subject and level unchecked); "Toàn tỉnh …" figures and the files, shares and group score "của
  tỉnh" or on the "Hệ thống thông tin giải quyết TTHC tỉnh" are the province's (subject NULL); the Sở's own files,
  classes and trainees are "Sở Khoa học và Công nghệ". "tăng 38,6% so với cùng kỳ năm 2024 (3.508.164 giao dịch)" and
  "(cùng kỳ năm 2024: 12 cơ sở dữ liệu)" are a relative change and previous values dated 2024-09-30. "lần lượt là
  1.126.402, 684.215 và 72.318 bản ghi": bare numbers taking the unit after the last; a dash list by database "- Đất
  đai: số hóa 1.284.630/1.512.406 thửa đất, đạt 84,94%;" (one count with its max, then its share). "bình quân 540.257
  giao dịch/tháng" is an average (kind value). "124/124 xã, phường" (unit `xã`, code None), "46 thôn", "39 thôn thuộc
  khu vực tỉnh Hà Giang cũ" (unit `thôn`, code None). The toàn trình files share "58,24% (cùng kỳ năm 2024: 41,37%),
  tăng 16,87%" has its code unchecked (as golden/blind78.py's 465). "so với chỉ tiêu năm 2025 … là 65% thì chưa đạt
  chỉ tiêu": target dated 2025-12-31. "nhóm chỉ số Số hóa hồ sơ … đạt 15,06/22 điểm, xếp thứ 12/34": a group score
  (group code) and the group's rank (not the 766 total's: code unchecked). "100% cơ quan nhà nước cấp tỉnh" is a share
  of the province's agencies (level tỉnh). New units as written: `hệ thống`, `giao dịch`, `máy chủ ảo`, `thôn`, `cơ sở
  dữ liệu`, `bản ghi`, `thửa đất`, `tỷ đồng`, `tổ`, `thành viên`, `lớp`, `lượt`, `người`. Counts repeated in tasks
  ("46 thôn", "15 hệ thống"): subject and level unchecked. Five deadlines: day, quarter, "chậm nhất" day in words
  (after "Đề nghị"), month, "trước ngày 25 hằng tháng" (issued 06/10/2025: first 25/10/2025).
- 482 is a quarterly Báo cáo of Công an tỉnh Hưng Yên (merged with Thái Bình; header "BỘ CÔNG AN / CÔNG AN TỈNH HƯNG
  YÊN"), quý III năm 2025, issued 03/10/2025, on Đề án 06. The police's own work ("Công an tỉnh …") is "Công an tỉnh",
  level tỉnh; the population "trên địa bàn tỉnh" and the accounts of "toàn tỉnh" are the province's (subject NULL):
  "2.286.137 tài khoản … đạt 87,46% số công dân … (2.613.920 người)", "so với quý II năm 2025 (2.198.405 tài khoản)
  tăng 87.732 tài khoản" (dated 2025-06-30), "chỉ tiêu năm 2025 là 90% … chưa đạt chỉ tiêu". Accounts and their share
  carry the identity-account code. Its Markdown table lists the 08 communes with the lowest activation share (subject
  as written, "Xã Quang Hưng", level xã: citizens `người`, accounts `tài khoản`, share, files via VNeID `hồ sơ`; the
  caption's "tại 08 xã" is a count) and a "Toàn tỉnh" row (the province, subject NULL; its first three cells repeat
  the prose); its header holds "từ đủ 14 tuổi" (no figure). The two integrated services (khai sinh …, khai tử …) and
  the criminal-record requests on VNeID name no body doing them (subject and level unchecked, units `hồ sơ`, `yêu
  cầu`). "29/29 PAKN" is one count; "xếp thứ 7/34 Công an các tỉnh, thành phố" ranks on Đề án 06, not the 766 index
  (code unchecked). The task's "tối thiểu 90%" is the target of the lagging communes' police (subject unchecked, level
  xã), dated 2025-12-31. Five deadlines: quarter (with the target) for "Công an 32 xã, phường chưa đạt chỉ tiêu", day,
  "chậm nhất" day in words, month, "trước ngày 20 hằng tháng" (issued 03/10/2025: first 20/10/2025).
- 483 is a Công văn of Thanh tra tỉnh Lào Cai (merged with Yên Bái; header "UBND TỈNH LÀO CAI / THANH TRA TỈNH", "V/v"
  line naming "9 tháng năm 2025"), issued 07/10/2025, on PAKN and complaints handled online. PAKN and letters of the
  province's bodies are the province's (subject NULL). "(cùng kỳ năm 2024, hai tỉnh cũ cộng lại: 1.215 PAKN)": the two
  former provinces added up are still the province's earlier figure (as golden/blind71.py's 430), dated 2024-09-30;
  "tăng 22,30%" a relative change. PAKN by channel are bare parts (code unchecked); "khu vực tỉnh Lào Cai cũ và khu
  vực tỉnh Yên Bái cũ tương ứng là 812 PAKN và 674 PAKN" are former provinces' parts (subject and level unchecked).
  "đúng hạn 1.371 PAKN, chiếm 97,79% số PAKN đã xử lý" is a share of the handled ones, not the 766 on-time ratio (code
  unchecked). "8,6 ngày/PAKN, rút ngắn 1,4 ngày" is the PAKN processing time and its fall. A dash list by block "-
  Khối sở, ban, ngành: tiếp nhận 538 PAKN, đã xử lý 521 PAKN (96,84%);" (subject unchecked, levels tỉnh/xã); "(214
  PAKN)" is the Sở Nông nghiệp và Môi trường's. "lần lượt chiếm 38,16%, 17,23% và 9,08%" are fields' shares (subject
  and level unchecked). "4,12/5 điểm" a satisfaction score with its max. Letters in `đơn`, cases in `vụ việc` ("51/58
  vụ việc", max 58, "đạt 87,93%. So với chỉ tiêu Thanh tra Chính phủ giao năm 2025 là trên 85% thì đã đạt chỉ tiêu":
  target dated 2025-12-31, status "đạt"). "tăng 121 đơn so với cùng kỳ" is a change; "112 đơn trùng lặp …" a count.
  "Riêng Thanh tra tỉnh …" figures are "Thanh tra tỉnh"; "Chủ tịch UBND tỉnh tiếp công dân định kỳ 9 buổi, trong đó 03
  buổi …" the Chairman's (as golden/blind65.py's 403); the online citizen reception is the "Ban Tiếp công dân tỉnh"'s
  (named in the sentence; units `buổi`, `lượt`; its "12 điểm cầu cấp xã" subject and level unchecked). "17/17 sở, ban,
  ngành" (unit `đơn vị`, level tỉnh), "98/99 xã, phường", "01 xã" (unit `xã`), code None. The province's satisfaction
  group "17,12/18 điểm, xếp thứ 9/34" (a group's rank: code unchecked), with the two former provinces' quý II scores
  in a bracket read as 480's (previous, max 18, subject and level unchecked). A count repeated in a task ("84 PAKN").
  Five deadlines in lettered items a)–đ): day, "chậm nhất" day in words, quarter, year ("hoàn thành trong năm 2025"),
  "trước ngày 18 hằng tháng" (issued 07/10/2025: first 18/10/2025).
- 484 is a monthly "BÁO CÁO NHANH" of the Văn phòng UBND tỉnh Bắc Ninh (merged with Bắc Giang; header "UBND TỈNH BẮC
  NINH / VĂN PHÒNG") to the Chairman, tháng 9 năm 2025, issued 02/10/2025. The figures of "khối sở, ban, ngành"
  (files, "(tháng 8/2025: 22.907 hồ sơ), tăng 1.711 hồ sơ", on-time, overdue) have subject unchecked, level tỉnh. NEW:
  its tab-separated table RANKS THE AGENCIES BY ON-TIME RATE, with a "Xếp hạng" column next to the TT column and TIED
  RANKS ("Sở Tư pháp" and "Sở Y tế" both "1", the next "3"): each rank cell is kind `rank`, unit `hạng`, no max_value
  (none written), code unchecked (not the 766 ranking); the TT cells are no figures; "Các cơ quan còn lại" (subject
  unchecked, level tỉnh) has "-" as its rank (no figure); the "Tổng cộng" row (empty TT and rank cells) is the block's
  total (subject unchecked, level tỉnh; it repeats the prose). Rows are agencies as written ("Ban Quản lý các khu công
  nghiệp", level tỉnh; received, on-time share, overdue; "100" and "0" cells). "Có 12/17 cơ quan đạt chỉ tiêu … (chỉ
  tiêu UBND tỉnh giao năm 2025 là 99%), 05 cơ quan chưa đạt chỉ tiêu": counts (unit `đơn vị`, level tỉnh) and a target
  dated 2025-12-31 whose holder is left open (subject and level unchecked). "Sở Xây dựng giảm 1 bậc so với tháng
  8/2025 (xếp thứ 9)": a fall in that on-time ranking and its previous rank (no max, dated 2025-08-31). The province's
  `86,12/100`, `6/34`, "tăng 2 bậc … (xếp thứ 8/34)" (dated 2025-08-31); block averages; "Trong 99 xã, phường, còn 14
  xã, phường" (unit `xã`). Five deadlines in "- Giao <body> …" items: day, "chậm nhất" day in words, month, quarter,
  "trước ngày 05 hằng tháng" for "các sở, ban, ngành chưa đạt chỉ tiêu" (lower case as written, after "Yêu cầu";
  issued 02/10/2025: first 05/10/2025).
"""

from __future__ import annotations

from golden.facts import (
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
_PAKN_HL = "766.hai_long.pakn"
_PAKN_DH = "766.hai_long.pakn_dung_han"
_Y2025 = "2025-12-31"
_Q2_2025 = "2025-06-30"
_SEP_2024 = "2024-09-30"
_AUG_2025 = "2025-08-31"


def _cells(subject: object, level: object, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject,
              level=level, as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


def _anyone(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure whose holder the sentence leaves open (a former province, a platform, a field): subject and level
    unchecked."""
    return F(context, raw, value, unit, kind, subject=ANY, level=ANY, **kw)


# ------------------------------------------------------------ 480: UBND tỉnh Quảng Trị, quý III năm 2025
def _group_480(context: str, score: str, maximum: float, code: str, former_qt: str, former_qb: str) -> list[Fact]:
    """One dash line "- <group>: x/max điểm (Quảng Trị cũ a điểm; Quảng Bình cũ b điểm);": the province's group
    score and the two former provinces' scores of quý II năm 2025 (previous, on the group's scale)."""
    return [
        F(context, f"{score}/{maximum:g}", _num(score), "điểm", max_value=maximum, code=code),
        _anyone(f"Quảng Trị cũ {former_qt}", former_qt, _num(former_qt), "điểm", PR, max_value=maximum,
                as_of=_Q2_2025, code=code),
        _anyone(f"Quảng Bình cũ {former_qb}", former_qb, _num(former_qb), "điểm", PR, max_value=maximum,
                as_of=_Q2_2025, code=code),
    ]


def _row_480(code: str, tinh: str, xa: str, whole: str, after: str) -> list[Fact]:
    """One Markdown row of Bảng 1: a component's share at cấp tỉnh, at cấp xã and for the whole province (each
    column its own subject)."""
    raws = [tinh, xa, whole]
    holders = [("cấp tỉnh", "tỉnh"), ("cấp xã", "xã"), (None, None)]
    return [F(" | " + " | ".join(raws[i:]) + " |\n" + after, raw, _num(raw), "%", P, subject=subject, level=level,
              code=code, extra=TAB)
            for i, (raw, (subject, level)) in enumerate(zip(raws, holders, strict=True))]


BLIND_480 = [
    # I.1 total and rank; the two former provinces in quý II năm 2025 (766/QĐ-TTg, 5418/VPCP-KSTT, 202/2025/QH15 cited)
    F("đạt 84,37/100", "84,37/100", 84.37, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 17/34", "17/34", 17, "hạng", R, max_value=34, code=_HANG),
    _anyone("cũ đạt 81,92 điểm", "81,92", 81.92, "điểm", PR, max_value=100, as_of=_Q2_2025, code=_TONG),
    _anyone("xếp thứ 38/63", "38/63", 38, "hạng", PR, max_value=63, as_of=_Q2_2025, code=_HANG),
    _anyone("cũ đạt 83,48 điểm", "83,48", 83.48, "điểm", PR, max_value=100, as_of=_Q2_2025, code=_TONG),
    _anyone("xếp thứ 26/63", "26/63", 26, "hạng", PR, max_value=63, as_of=_Q2_2025, code=_HANG),
    F("(82,70 điểm)", "82,70", 82.70, "điểm", PR, max_value=100, as_of=_Q2_2025, code=_TONG),
    F("tăng 1,67 điểm", "1,67", 1.67, "điểm", CH, code=_TONG),
    # I.2 the six groups with the former provinces' scores in brackets
    *_group_480("minh bạch: 16,86/18", "16,86", 18, "766.cong_khai", "16,12", "16,54"),
    *_group_480("giải quyết: 19,42/20", "19,42", 20, "766.tien_do", "19,05", "19,28"),
    *_group_480("trực tuyến: 9,73/12", "9,73", 12, "766.dvctt", "9,41", "9,86"),
    *_group_480("trực tuyến: 7,18/10", "7,18", 10, "766.thanh_toan", "6,36", "6,92"),
    *_group_480("hài lòng: 16,95/18", "16,95", 18, "766.hai_long", "17,02", "16,71"),
    *_group_480("hồ sơ: 14,23/22", "14,23", 22, "766.so_hoa", "13,96", "14,17"),
    F("tăng 0,54 điểm", "0,54", 0.54, "điểm", CH, code="766.thanh_toan"),
    F("đạt 64,68%", "64,68%", 64.68, "%", code=ANY),
    # I.3 communes, procedures, files; the 2025 payment target
    F("có 78 đơn vị", "78", 78, "đơn vị", C, subject="cấp xã", level="xã", code=None),
    F("(69 xã", "69", 69, "xã", C, subject=ANY, level="xã", code=None),
    F("8 phường", "8", 8, "phường", C, subject=ANY, level="xã", code=None),
    F("01 đặc khu", "01", 1, "đặc khu", C, subject=ANY, level="xã", code=None),
    F("cung cấp 1.846 TTHC", "1.846", 1846, "TTHC", C, code=_TTHC),
    F("trong đó 1.102 TTHC", "1.102", 1102, "TTHC", C, code=_TOAN),
    F("(chiếm 59,70%)", "59,70%", 59.70, "%", code=_TOAN),
    F("và 598 TTHC", "598", 598, "TTHC", C, code=_MOT),
    F("tiếp nhận 142.618", "142.618", 142618, "hồ sơ", C, code=_TN),
    F("trong đó 108.347", "108.347", 108347, "hồ sơ", C, code=_NOP),
    F("chiếm 75,97%", "75,97%", 75.97, "%", code=_NOP),
    F("giải quyết 136.905", "136.905", 136905, "hồ sơ", C, code=ANY),
    F("đúng hạn 135.672", "135.672", 135672, "hồ sơ", C, code=_DH),
    F("đạt 99,10%", "99,10%", 99.10, "%", code=_DH),
    F("quá hạn 1.233", "1.233", 1233, "hồ sơ", C, code=_QH),
    F("đạt 62,37%", "62,37%", 62.37, "%", code=_TT, target=70, stated_status="chưa đạt"),
    F("năm 2025 là 70%", "70%", 70, "%", T, as_of=_Y2025, code=_TT),
    # Bảng 1: one subject per column
    *_row_480(_NOP, "83,64", "72,15", "75,97", "| 2 | Hồ sơ giải quyết"),
    *_row_480(_DH, "98,72", "99,31", "99,10", "| 3 | Hồ sơ thanh toán"),
    *_row_480(_TT, "71,48", "58,06", "62,37", "| 4 | Hồ sơ được"),
    *_row_480(_SH, "91,25", "84,60", "86,92", "| 5 | Hồ sơ có"),
    *_row_480(_KQ, "97,84", "93,17", "94,80", "| 6 | Khai thác"),
    *_row_480(_TSD, "52,36", "38,41", "43,29", "| 7 | Hài lòng"),
    *_row_480(_HL, "98,95", "99,12", "99,06", "\nVề phản ánh"),
    F("tiếp nhận 64 PAKN", "64", 64, "PAKN", C, code=_PAKN_TN),
    F("xử lý 61 PAKN", "61", 61, "PAKN", C, code=_PAKN_XL),
    F("đạt 95,31%", "95,31%", 95.31, "%", code=_PAKN_TL),
    F("; 100% PAKN", "100%", 100, "%", code=_PAKN_DH),
    # I.4 block averages, counts by grade, best and worst units
    F("đạt 88,14 điểm", "88,14", 88.14, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("đạt 81,06 điểm", "81,06", 81.06, "điểm", subject=ANY, level="xã", code=_TONG),
    F("Có 21/78", "21/78", 21, "xã", C, max_value=78, subject=ANY, level="xã", code=None),
    F("43 đơn vị", "43", 43, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("14 đơn vị", "14", 14, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("(92,46 điểm)", "92,46", 92.46, "điểm", subject="phường Đồng Hới", level="xã", code=_TONG),
    F("(63,18 điểm)", "63,18", 63.18, "điểm", subject="xã Dân Hóa", level="xã", code=_TONG),
    # III.3 the communes' target for quý IV năm 2025 (0232.3822.164 is a phone number)
    F("tối thiểu 70%", "70%", 70, "%", T, subject=ANY, level="xã", as_of=_Y2025, code=_TT),
]

# ------------------------------------------------------------ 481: Sở Khoa học và Công nghệ tỉnh Tuyên Quang, 9 tháng
_KHCN = "Sở Khoa học và Công nghệ"


def _khcn(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Sở itself (named by its kind, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_KHCN, level="tỉnh", **kw)


BLIND_481 = [
    # I. platforms and networks (whose: the province's or the Sở's that runs them); cùng kỳ năm 2024 dated 2024-09-30
    _anyone("kết nối với 27 hệ thống", "27", 27, "hệ thống", C, code=None),
    _anyone("đó 11 hệ thống", "11", 11, "hệ thống", C, code=None),
    _anyone("và 16 hệ thống", "16", 16, "hệ thống", C, code=None),
    _anyone("xử lý 4.862.315", "4.862.315", 4862315, "giao dịch", C, code=ANY),
    _anyone("bình quân 540.257", "540.257", 540257, "giao dịch", code=ANY),
    _anyone("tăng 38,6%", "38,6%", 38.6, "%", CH, code=ANY),
    _anyone("(3.508.164 giao dịch)", "3.508.164", 3508164, "giao dịch", PR, as_of=_SEP_2024, code=ANY),
    F("đến 124/124", "124/124", 124, "xã", C, max_value=124, subject=ANY, level="xã", code=None),
    _anyone("vận hành 186 máy chủ", "186", 186, "máy chủ ảo", C, code=ANY),
    _anyone("đạt 71,40%", "71,40%", 71.40, "%", code=ANY),
    _anyone("đạt 97,82%", "97,82%", 97.82, "%", code=ANY),
    _anyone("còn 46 thôn", "46", 46, "thôn", C, code=None),
    _anyone("đó 39 thôn", "39", 39, "thôn", C, code=None),
    # II. data ("Toàn tỉnh" opens the first line)
    F("khai thác 19 cơ sở", "19", 19, "cơ sở dữ liệu", C, code=ANY),
    F("2024: 12 cơ sở", "12", 12, "cơ sở dữ liệu", PR, as_of=_SEP_2024, code=ANY),
    _anyone("lưu trữ 2.418.560", "2.418.560", 2418560, "bản ghi", C, code=ANY),
    _anyone("lần lượt là 1.126.402", "1.126.402", 1126402, "bản ghi", C, code=ANY),
    _anyone("1.126.402, 684.215", "684.215", 684215, "bản ghi", C, code=ANY),
    _anyone("và 72.318 bản ghi", "72.318", 72318, "bản ghi", C, code=ANY),
    # a dash list by database ("x/y" one count with its max)
    _anyone("số hóa 1.284.630/1.512.406", "1.284.630/1.512.406", 1284630, "thửa đất", C, max_value=1512406,
            code=ANY),
    _anyone("đạt 84,94%", "84,94%", 84.94, "%", code=ANY),
    _anyone("số hóa 1.126.402/1.208.915", "1.126.402/1.208.915", 1126402, "bản ghi", C, max_value=1208915,
            code=ANY),
    _anyone("đạt 93,17%", "93,17%", 93.17, "%", code=ANY),
    _anyone("đồng bộ 72.318/72.318", "72.318/72.318", 72318, "bản ghi", C, max_value=72318, code=ANY),
    _anyone("bản ghi, đạt 100%", "100%", 100, "%", code=ANY),
    _anyone("đạt 78,46%", "78,46%", 78.46, "%", code=ANY),
    _anyone("đạt 44,73%", "44,73%", 44.73, "%", code=_TSD),
    # III. the province's online services; the 2025 payment target (86/KH-UBND cited)
    F("cung cấp 1.912 TTHC", "1.912", 1912, "TTHC", C, code=_TTHC),
    F("trong đó 1.146 TTHC", "1.146", 1146, "TTHC", C, code=_TOAN),
    F("chiếm 59,94%", "59,94%", 59.94, "%", code=_TOAN),
    F("tiếp nhận 612.847", "612.847", 612847, "hồ sơ", C, code=_TN),
    F("trong đó 468.905", "468.905", 468905, "hồ sơ", C, code=_NOP),
    F("chiếm 76,51%", "76,51%", 76.51, "%", code=_NOP),
    F("đạt 58,24%", "58,24%", 58.24, "%", code=ANY),
    F("2024: 41,37%)", "41,37%", 41.37, "%", PR, as_of=_SEP_2024, code=ANY),
    F("tăng 16,87%", "16,87%", 16.87, "%", CH, code=ANY),
    F("đạt 61,05%", "61,05%", 61.05, "%", code=_TT, target=65, stated_status="chưa đạt"),
    F("trực tuyến 186,42 tỷ", "186,42", 186.42, "tỷ đồng", code=ANY),
    F("là 65%", "65%", 65, "%", T, as_of=_Y2025, code=_TT),
    F("đạt 15,06/22", "15,06/22", 15.06, "điểm", max_value=22, code="766.so_hoa"),
    F("xếp thứ 12/34", "12/34", 12, "hạng", R, max_value=34, code=ANY),
    _khcn("tiếp nhận 1.046", "1.046", 1046, "hồ sơ", C, code=_TN),
    _khcn("đúng hạn 100%", "100%", 100, "%", code=_DH),
    # IV. "Toàn tỉnh" teams; the Sở's classes; the learning platform's users
    F("có 1.862 Tổ", "1.862", 1862, "tổ", C, code=None),
    F("với 9.418 thành viên", "9.418", 9418, "thành viên", C, code=None),
    _anyone("dẫn 214.630 lượt", "214.630", 214630, "lượt", C, code=ANY),
    _khcn("tổ chức 14 lớp", "14", 14, "lớp", C, code=None),
    _khcn("cho 1.236 lượt", "1.236", 1236, "lượt", C, code=ANY),
    _anyone("có 86.305 người", "86.305", 86305, "người", C, code=ANY),
    _anyone("đó 41.270 người", "41.270", 41270, "người", C, code=ANY),
    _anyone("(chiếm 47,82%)", "47,82%", 47.82, "%", code=ANY),
    # V. security
    _anyone("chặn 1.284 lượt", "1.284", 1284, "lượt", C, code=ANY),
    _anyone("giảm 16,2%", "16,2%", -16.2, "%", CH, code=ANY),
    _anyone("Có 41/56", "41/56", 41, "hệ thống", C, max_value=56, code=ANY),
    _anyone("đạt 73,21%", "73,21%", 73.21, "%", code=ANY),
    F("; 100% cơ quan", "100%", 100, "%", subject=ANY, level="tỉnh", code=ANY),
    # VI. counts repeated in tasks (0207.3822.590 is a phone number)
    _anyone("cho 46 thôn", "46", 46, "thôn", C, code=ANY),
    _anyone("cho 15 hệ thống", "15", 15, "hệ thống", C, code=ANY),
]

# ------------------------------------------------------------ 482: Công an tỉnh Hưng Yên, quý III năm 2025
_CA = "Công an tỉnh"


def _ca(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the provincial police itself (named by its kind, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_CA, level="tỉnh", **kw)


def _row_482(subject: object, level: object, people: str, accounts: str, share: str, files: str,
             after: str) -> list[Fact]:
    """One Markdown row of a commune (or "Toàn tỉnh"): citizens aged 14 and over, level-2 accounts activated, the
    activation share, files filed through VNeID."""
    cells = [(people, "người", P, ANY, "period"), (accounts, "tài khoản", P, _TK, "period"),
             (share, "%", P, _TK, "period"), (files, "hồ sơ", P, ANY, "period")]
    return _cells(subject, level, cells, after, " | ", " |\n")


BLIND_482 = [
    # I.1 (06/QĐ-TTg, 152/KH-UBND cited) the province's population; the police's cleaning of records
    F("của 3.214.586", "3.214.586", 3214586, "nhân khẩu", C, code=ANY),
    _ca("làm sạch 28.415", "28.415", 28415, "trường hợp", C, code=ANY),
    # I.2 identity cards; the province's level-2 accounts ("mức độ 2", "từ đủ 14 tuổi" are no figures)
    _ca("thu nhận 96.318", "96.318", 96318, "hồ sơ", C, code=ANY),
    _ca("trả 94.607", "94.607", 94607, "thẻ", C, code=ANY),
    F("có 2.286.137", "2.286.137", 2286137, "tài khoản", C, code=_TK),
    F("đạt 87,46%", "87,46%", 87.46, "%", code=_TK, target=90, stated_status="chưa đạt"),
    F("(2.613.920 người)", "2.613.920", 2613920, "người", C, code=ANY),
    F("(2.198.405 tài khoản)", "2.198.405", 2198405, "tài khoản", PR, as_of=_Q2_2025, code=_TK),
    F("tăng 87.732", "87.732", 87732, "tài khoản", CH, code=_TK),
    F("năm 2025 là 90%", "90%", 90, "%", T, as_of=_Y2025, code=_TK),
    F("Có 72/104", "72/104", 72, "xã", C, max_value=104, subject=ANY, level="xã", code=None),
    F("32 xã, phường chưa đạt.", "32", 32, "xã", C, subject=ANY, level="xã", code=None),
    F("tại 08 xã", "08", 8, "xã", C, subject=ANY, level="xã", code=None),
    # the Markdown table of the eight lowest communes and the province
    *_row_482("Xã Quang Hưng", "xã", "18.462", "15.207", "82,37", "214", "| 2 | Xã Đồng Châu"),
    *_row_482("Xã Đồng Châu", "xã", "21.305", "17.628", "82,74", "306", "| 3 | Xã Ngự Thiện"),
    *_row_482("Xã Ngự Thiện", "xã", "16.874", "14.036", "83,18", "185", "| 4 | Xã Nam Cường"),
    *_row_482("Xã Nam Cường", "xã", "24.118", "20.146", "83,53", "342", "| 5 | Xã Tiên Tiến"),
    *_row_482("Xã Tiên Tiến", "xã", "19.760", "16.572", "83,87", "251", "| 6 | Xã Hưng Phú"),
    *_row_482("Xã Hưng Phú", "xã", "22.647", "19.048", "84,11", "297", "| 7 | Xã Thái Thụy"),
    *_row_482("Xã Thái Thụy", "xã", "26.935", "22.712", "84,32", "418", "| 8 | Xã Đông Thụy Anh"),
    *_row_482("Xã Đông Thụy Anh", "xã", "20.483", "17.334", "84,63", "263", "| | Toàn tỉnh"),
    *_row_482(None, None, "2.613.920", "2.286.137", "87,46", "52.806", "\n3. Giải quyết"),
    # I.3 the police's own procedures; integrated services and criminal-record requests ("dưới 6 tuổi" no figure)
    _ca("tiếp nhận 41.873", "41.873", 41873, "hồ sơ", C, code=_TN),
    _ca("trong đó 39.514", "39.514", 39514, "hồ sơ", C, code=_NOP),
    _ca("chiếm 94,37%", "94,37%", 94.37, "%", code=_NOP),
    _ca("đạt 99,86%", "99,86%", 99.86, "%", code=_DH),
    _ca("còn 07 hồ sơ", "07", 7, "hồ sơ", C, code=_QH),
    _anyone("tiếp nhận 12.406", "12.406", 12406, "hồ sơ", C, code=ANY),
    _anyone("tiếp nhận 5.218", "5.218", 5218, "hồ sơ", C, code=ANY),
    _anyone("tiếp nhận 8.624", "8.624", 8624, "yêu cầu", C, code=ANY),
    _anyone("chiếm 71,36%", "71,36%", 71.36, "%", code=ANY),
    # I.4 PAKN; the rank on Đề án 06 among the 34 provincial police
    _ca("tiếp nhận 29 PAKN", "29", 29, "PAKN", C, code=_PAKN_TN),
    _ca("xong 29/29", "29/29", 29, "PAKN", C, max_value=29, code=_PAKN_XL),
    _ca("thứ 7/34", "7/34", 7, "hạng", R, max_value=34, code=ANY),
    # II. a count repeated and the lagging communes' target (069.2858.115 is a phone number)
    F("Công an 32 xã", "32", 32, "xã", C, subject=ANY, level="xã", code=None),
    F("tối thiểu 90%", "90%", 90, "%", T, subject=ANY, level="xã", as_of=_Y2025, code=_TK),
    _anyone("dứt điểm 07 hồ sơ", "07", 7, "hồ sơ", C, code=ANY),
]

# ------------------------------------------------------------ 483: Thanh tra tỉnh Lào Cai, 9 tháng năm 2025
_TTR = "Thanh tra tỉnh"
_SNN = "Sở Nông nghiệp và Môi trường"
_BTCD = "Ban Tiếp công dân tỉnh"


def _ttr(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the Thanh tra tỉnh itself (named by its kind, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_TTR, level="tỉnh", **kw)


BLIND_483 = [
    # 1. the province's PAKN; the two former provinces added up in cùng kỳ năm 2024 (dated 2024-09-30)
    F("tiếp nhận 1.486 PAKN", "1.486", 1486, "PAKN", C, code=_PAKN_TN),
    F("cộng lại: 1.215 PAKN", "1.215", 1215, "PAKN", PR, as_of=_SEP_2024, code=_PAKN_TN),
    F("tăng 22,30%", "22,30%", 22.30, "%", CH, code=ANY),
    F("quốc gia 612 PAKN", "612", 612, "PAKN", C, code=ANY),
    F("tỉnh 874 PAKN", "874", 874, "PAKN", C, code=ANY),
    _anyone("là 812 PAKN", "812", 812, "PAKN", C, code=ANY),
    _anyone("và 674 PAKN", "674", 674, "PAKN", C, code=ANY),
    F("trả lời 1.402", "1.402", 1402, "PAKN", C, code=_PAKN_XL),
    F("đạt 94,35%", "94,35%", 94.35, "%", code=_PAKN_TL),
    F("đúng hạn 1.371", "1.371", 1371, "PAKN", C, code=ANY),
    F("chiếm 97,79%", "97,79%", 97.79, "%", code=ANY),
    F("Còn 84 PAKN", "84", 84, "PAKN", C, code=ANY),
    F("là 8,6 ngày", "8,6", 8.6, "ngày", code="pakn.thoi_gian"),
    F("rút ngắn 1,4 ngày", "1,4", -1.4, "ngày", CH, code="pakn.thoi_gian"),
    # the dash list by block (subject unchecked, levels tỉnh/xã); the Sở with most PAKN
    F("ngành: tiếp nhận 538", "538", 538, "PAKN", C, subject=ANY, level="tỉnh", code=_PAKN_TN),
    F("xử lý 521 PAKN", "521", 521, "PAKN", C, subject=ANY, level="tỉnh", code=_PAKN_XL),
    F("(96,84%)", "96,84%", 96.84, "%", subject=ANY, level="tỉnh", code=_PAKN_TL),
    F("phường: tiếp nhận 948", "948", 948, "PAKN", C, subject=ANY, level="xã", code=_PAKN_TN),
    F("xử lý 881 PAKN", "881", 881, "PAKN", C, subject=ANY, level="xã", code=_PAKN_XL),
    F("(92,93%)", "92,93%", 92.93, "%", subject=ANY, level="xã", code=_PAKN_TL),
    F("(214 PAKN)", "214", 214, "PAKN", C, subject=_SNN, level="tỉnh", code=_PAKN_TN),
    _anyone("lần lượt chiếm 38,16%", "38,16%", 38.16, "%", code=ANY),
    _anyone("38,16%, 17,23%", "17,23%", 17.23, "%", code=ANY),
    _anyone("và 9,08%", "9,08%", 9.08, "%", code=ANY),
    F("đạt 92,64%", "92,64%", 92.64, "%", code=_PAKN_HL),
    F("đạt 4,12/5", "4,12/5", 4.12, "điểm", max_value=5, code=ANY),
    # 2. letters in the province; cases handled against the 2025 target
    F("tiếp nhận 1.770 đơn", "1.770", 1770, "đơn", C, code=ANY),
    F("đó 326 đơn", "326", 326, "đơn", C, code=ANY),
    F("tăng 121 đơn", "121", 121, "đơn", CH, code=ANY),
    F("chiếm 18,42%", "18,42%", 18.42, "%", code=ANY),
    F("2024: 11,06%)", "11,06%", 11.06, "%", PR, as_of=_SEP_2024, code=ANY),
    F("tuyến: 142 đơn", "142", 142, "đơn", C, code=ANY),
    F("37 đơn tố cáo", "37", 37, "đơn", C, code=ANY),
    F("và 147 đơn", "147", 147, "đơn", C, code=ANY),
    F("có 112 đơn", "112", 112, "đơn", C, code=ANY),
    F("là 58 vụ việc", "58", 58, "vụ việc", C, code=ANY),
    F("(42 vụ việc", "42", 42, "vụ việc", C, code=ANY),
    F("16 vụ việc", "16", 16, "vụ việc", C, code=ANY),
    F("giải quyết 51/58", "51/58", 51, "vụ việc", C, max_value=58, code=ANY),
    F("đạt 87,93%", "87,93%", 87.93, "%", code=ANY, target=85, stated_status="đạt"),
    F("là trên 85%", "85%", 85, "%", T, as_of=_Y2025, code=ANY),
    _ttr("tiếp nhận 94 đơn", "94", 94, "đơn", C, code=ANY),
    _ttr("chuyển 61 đơn", "61", 61, "đơn", C, code=ANY),
    _ttr("dẫn 27 đơn", "27", 27, "đơn", C, code=ANY),
    _ttr("lưu 6 đơn", "6", 6, "đơn", C, code=ANY),
    # 3. the Chairman's and the Ban Tiếp công dân tỉnh's sessions, each named in its sentence
    F("định kỳ 9 buổi", "9", 9, "buổi", C, subject="Chủ tịch UBND tỉnh", level="tỉnh", code=ANY),
    F("đó 03 buổi", "03", 3, "buổi", C, subject="Chủ tịch UBND tỉnh", level="tỉnh", code=ANY),
    F("tổ chức 06 buổi", "06", 6, "buổi", C, subject=_BTCD, level="tỉnh", code=ANY),
    F("tiếp 41 lượt", "41", 41, "lượt", C, subject=_BTCD, level="tỉnh", code=ANY),
    _anyone("tại 12 điểm cầu", "12", 12, "điểm cầu", C, code=ANY),
    # 4. the national database ("Toàn tỉnh")
    F("cập nhật 1.712/1.770", "1.712/1.770", 1712, "đơn", C, max_value=1770, code=ANY),
    F("đạt 96,72%", "96,72%", 96.72, "%", code=ANY),
    F("Có 17/17", "17/17", 17, "đơn vị", C, max_value=17, subject=ANY, level="tỉnh", code=None),
    F("và 98/99", "98/99", 98, "xã", C, max_value=99, subject=ANY, level="xã", code=None),
    F("còn 01 xã", "01", 1, "xã", C, subject=ANY, level="xã", code=None),
    # 5. the province's satisfaction group and its rank among 34 (a group's rank)
    F("đạt 17,12/18", "17,12/18", 17.12, "điểm", max_value=18, code="766.hai_long"),
    F("xếp thứ 9/34", "9/34", 9, "hạng", R, max_value=34, code=ANY),
    _anyone("Lào Cai cũ 16,84", "16,84", 16.84, "điểm", PR, max_value=18, as_of=_Q2_2025, code="766.hai_long"),
    _anyone("Yên Bái cũ 17,05", "17,05", 17.05, "điểm", PR, max_value=18, as_of=_Q2_2025, code="766.hai_long"),
    # a count repeated in a task (0214.3840.256 is a phone number)
    _anyone("xử lý 84 PAKN", "84", 84, "PAKN", C, code=ANY),
]

# ------------------------------------------------------------ 484: Văn phòng UBND tỉnh Bắc Ninh, tháng 9 năm 2025
_SXD = "Sở Xây dựng"


def _khoi(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the block of provincial agencies ("khối sở, ban, ngành"): subject unchecked, level tỉnh."""
    return F(context, raw, value, unit, kind, subject=ANY, level="tỉnh", **kw)


def _row_484(subject: object, received: str, on_time: str, overdue: str, rank: str | None, after: str,
             end: str = "\n") -> list[Fact]:
    """One tab-separated row: files received, on-time share, overdue files and, where a number, the rank by on-time
    share (kind rank, no max written, not the 766 ranking). The TT cell is no figure."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (on_time, "%", P, _DH, "period"),
             (overdue, "hồ sơ", P, _QH, "period")]
    if rank is not None:
        cells.append((rank, "hạng", R, ANY, "period"))
    return _cells(subject, "tỉnh", cells, after, "\t", end)


BLIND_484 = [
    # 1. the block of agencies ("17 giờ ngày 30/9/2025" is no figure); tháng 8/2025 dated 2025-08-31
    _khoi("(17 sở", "17", 17, "đơn vị", C, code=None),
    _khoi("tiếp nhận 24.618", "24.618", 24618, "hồ sơ", C, code=_TN),
    _khoi("8/2025: 22.907", "22.907", 22907, "hồ sơ", PR, as_of=_AUG_2025, code=_TN),
    _khoi("tăng 1.711", "1.711", 1711, "hồ sơ", CH, code=_TN),
    _khoi("giải quyết 23.942", "23.942", 23942, "hồ sơ", C, code=ANY),
    _khoi("đúng hạn 23.601", "23.601", 23601, "hồ sơ", C, code=_DH),
    _khoi("đạt 98,58%", "98,58%", 98.58, "%", code=_DH),
    _khoi("quá hạn 341", "341", 341, "hồ sơ", C, code=_QH),
    _khoi("chiếm 1,42%", "1,42%", 1.42, "%", code=_QH),
    # 2. the tab-separated ranking (tied ranks; "-" no figure; "Tổng cộng" = the block)
    *_row_484("Sở Tư pháp", "3.846", "100", "0", "1", "2\tSở Y tế"),
    *_row_484("Sở Y tế", "1.204", "100", "0", "1", "3\tSở Công Thương"),
    *_row_484("Sở Công Thương", "1.587", "99,94", "1", "3", "4\tSở Giáo dục"),
    *_row_484("Sở Giáo dục và Đào tạo", "642", "99,84", "1", "4", "5\tSở Nội vụ"),
    *_row_484("Sở Nội vụ", "1.318", "99,62", "5", "5", "6\tSở Tài chính"),
    *_row_484("Sở Tài chính", "2.405", "99,25", "18", "6", "7\tSở Văn hóa"),
    *_row_484("Sở Văn hóa, Thể thao và Du lịch", "274", "98,91", "3", "7", "8\tSở Khoa học"),
    *_row_484("Sở Khoa học và Công nghệ", "386", "98,70", "5", "8", "9\tBan Quản lý"),
    *_row_484("Ban Quản lý các khu công nghiệp", "2.163", "98,32", "36", "9", "10\tSở Xây dựng"),
    *_row_484(_SXD, "2.516", "97,46", "62", "10", "11\tSở Nông nghiệp"),
    *_row_484(_SNN, "6.124", "96,38", "206", "11", "12\tCác cơ quan"),
    *_row_484(ANY, "2.153", "99,81", "4", None, "\tTổng cộng", end="\t-\n"),
    *_row_484(ANY, "24.618", "98,58", "341", None, "\nCó 12/17", end="\t\n"),
    # after the table: counts by target, the target of the year, the overdue files of two Sở
    _khoi("Có 12/17", "12/17", 12, "đơn vị", C, max_value=17, code=None),
    _anyone("là 99%", "99%", 99, "%", T, as_of=_Y2025, code=_DH),
    _khoi("05 cơ quan", "05", 5, "đơn vị", C, code=None),
    F("có 206 hồ sơ", "206", 206, "hồ sơ", C, subject=_SNN, level="tỉnh", code=_QH),
    F("chiếm 60,41%", "60,41%", 60.41, "%", subject=_SNN, level="tỉnh", code=ANY),
    _khoi("đất đai 174 hồ sơ", "174", 174, "hồ sơ", C, code=_QH),
    F("giảm 1 bậc", "1", -1, "hạng", CH, subject=_SXD, level="tỉnh", code=ANY),
    F("(xếp thứ 9)", "9", 9, "hạng", PR, subject=_SXD, level="tỉnh", as_of=_AUG_2025, code=ANY),
    F("phát sinh 62 hồ sơ", "62", 62, "hồ sơ", C, subject=_SXD, level="tỉnh", code=_QH),
    # 3. the province's index; block averages; communes
    F("đạt 86,12/100", "86,12/100", 86.12, "điểm", max_value=100, code=_TONG),
    F("xếp thứ 6/34", "6/34", 6, "hạng", R, max_value=34, code=_HANG),
    F("tăng 2 bậc", "2", 2, "hạng", CH, code=_HANG),
    F("(xếp thứ 8/34)", "8/34", 8, "hạng", PR, max_value=34, as_of=_AUG_2025, code=_HANG),
    _khoi("đạt 89,46 điểm", "89,46", 89.46, "điểm", code=_TONG),
    F("đạt 82,37 điểm", "82,37", 82.37, "điểm", subject=ANY, level="xã", code=_TONG),
    F("Trong 99 xã", "99", 99, "xã", C, subject=ANY, level="xã", code=None),
    F("còn 14 xã", "14", 14, "xã", C, subject=ANY, level="xã", code=None),
    # 4. a count repeated in a task (0222.3822.516 is a phone number)
    _anyone("dứt điểm 206 hồ sơ", "206", 206, "hồ sơ", C, code=ANY),
]

BLIND = {"480": BLIND_480, "481": BLIND_481, "482": BLIND_482, "483": BLIND_483, "484": BLIND_484}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "480": [
        ("2025-10-31", "day", "31/10/2025", "hợp nhất dữ liệu hồ sơ", "Sở Khoa học và Công nghệ"),
        ("2025-11-15", "day", "ngày 15 tháng 11 năm 2025", "kết nối thanh toán phí, lệ phí trực tuyến", "Sở Tài chính"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "nâng tỷ lệ hồ sơ thanh toán trực tuyến",
         "UBND các xã, phường, đặc khu"),
        ("2025-11-30", "month", "tháng 11/2025", "kiểm tra việc số hóa hồ sơ", "Văn phòng UBND tỉnh"),
        # issued 09/10/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/11/2025
        ("2025-11-05", "recurring", "05 hằng tháng", "cập nhật số liệu tự đánh giá",
         "Các sở, ban, ngành, UBND các xã, phường, đặc khu"),
    ],
    "481": [
        ("2025-11-15", "day", "15/11/2025", "kết nối Kho dữ liệu dùng chung", "Trung tâm Chuyển đổi số tỉnh"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "phủ sóng di động",
         "Phòng Bưu chính, Viễn thông và Chuyển đổi số"),
        ("2025-11-30", "day", "ngày 30 tháng 11 năm 2025", "cập nhật danh sách thành viên Tổ công nghệ số cộng đồng",
         "UBND các xã, phường"),
        ("2025-12-31", "month", "tháng 12/2025", "hồ sơ cấp độ", "Phòng Quản lý công nghệ và Dữ liệu"),
        # issued 06/10/2025: the first "ngày 25 hằng tháng" is 25/10/2025
        ("2025-10-25", "recurring", "25 hằng tháng", "gửi số liệu chuyển đổi số", "Các phòng, đơn vị thuộc Sở"),
    ],
    "482": [
        ("2025-12-31", "quarter", "quý IV năm 2025", "kích hoạt tài khoản định danh điện tử lưu động",
         "Công an 32 xã, phường chưa đạt chỉ tiêu"),
        ("2025-10-31", "day", "31/10/2025", "chuẩn hóa địa chỉ",
         "Phòng Cảnh sát quản lý hành chính về trật tự xã hội"),
        ("2025-11-20", "day", "ngày 20 tháng 11 năm 2025", "giải quyết dứt điểm 07 hồ sơ đăng ký xe quá hạn",
         "Phòng Cảnh sát giao thông"),
        ("2025-12-31", "month", "tháng 12/2025", "sơ kết Đề án 06", "Phòng Tham mưu"),
        # issued 03/10/2025: the first "ngày 20 hằng tháng" is 20/10/2025
        ("2025-10-20", "recurring", "20 hằng tháng", "báo cáo kết quả thực hiện", "Công an các xã, phường"),
    ],
    "483": [
        ("2025-11-30", "day", "30/11/2025", "tích hợp Hệ thống tiếp nhận PAKN", "Sở Khoa học và Công nghệ"),
        ("2025-10-31", "day", "ngày 31 tháng 10 năm 2025", "cập nhật đầy đủ số liệu tiếp công dân",
         "UBND các xã, phường"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "công khai kết quả xử lý 84 PAKN", "Văn phòng UBND tỉnh"),
        ("2025-12-31", "year", "năm 2025", "tiêu chí đánh giá người đứng đầu", "Sở Nội vụ"),
        # issued 07/10/2025: the first "ngày 18 hằng tháng" is 18/10/2025
        ("2025-10-18", "recurring", "18 hằng tháng", "gửi báo cáo kết quả tiếp nhận, xử lý PAKN",
         "Các sở, ban, ngành, UBND các xã, phường"),
    ],
    "484": [
        ("2025-10-10", "day", "10/10/2025", "giải quyết dứt điểm 206 hồ sơ quá hạn", "Sở Nông nghiệp và Môi trường"),
        ("2025-10-24", "day", "ngày 24 tháng 10 năm 2025", "báo cáo nguyên nhân quá hạn", "Sở Xây dựng"),
        ("2025-10-31", "month", "tháng 10/2025", "khắc phục lỗi đồng bộ trạng thái hồ sơ", "Sở Khoa học và Công nghệ"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "kiểm tra công vụ", "Sở Nội vụ"),
        # issued 02/10/2025: the first "ngày 05 hằng tháng" is 05/10/2025
        ("2025-10-05", "recurring", "05 hằng tháng", "gửi báo cáo giải trình", "các sở, ban, ngành chưa đạt chỉ tiêu"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 480's issuer is UBND
# tỉnh Quảng Trị, signed by a Phó Chủ tịch; 481's the Sở Khoa học và Công nghệ tỉnh Tuyên Quang; 482's Công an tỉnh
# Hưng Yên under "BỘ CÔNG AN", signed by a Phó Giám đốc with his rank ("Đại tá"), the signer being the name; 483 is a
# Công văn of Thanh tra tỉnh Lào Cai whose "V/v" line names the period; 484 is a "BÁO CÁO NHANH" of the Văn phòng UBND
# tỉnh Bắc Ninh.
META = {
    "480": {"doc_number": "1286/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-10-09",
            "province": "Quảng Trị", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Trần Minh Phương"},
    "481": {"doc_number": "1472/BC-SKHCN", "doc_type": "Báo cáo", "issued_date": "2025-10-06",
            "province": "Tuyên Quang", "period_label": "9 tháng năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-09-30", "signer": "Ma Văn Quyết"},
    "482": {"doc_number": "2154/BC-CAT-PC06", "doc_type": "Báo cáo", "issued_date": "2025-10-03",
            "province": "Hưng Yên", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Phạm Văn Khiêm"},
    "483": {"doc_number": "618/TTr-VP", "doc_type": "Công văn", "issued_date": "2025-10-07",
            "province": "Lào Cai", "period_label": "9 tháng năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-09-30", "signer": "Nông Văn Thắng"},
    "484": {"doc_number": "2847/BC-VP", "doc_type": "Báo cáo", "issued_date": "2025-10-02",
            "province": "Bắc Ninh", "period_label": "tháng 9 năm 2025", "period_start": "2025-09-01",
            "period_end": "2025-09-30", "signer": "Nguyễn Thị Hải Yến"},
}
