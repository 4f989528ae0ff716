"""Blind golden facts for corpus/blind61/380_lao_cai.txt, 381_gia_lai.txt, 382_thanh_hoa.txt, 383_dong_thap.txt and
384_ninh_binh.txt.

The five documents were written by the developers for a sixty-first blind measurement (issuers, wording and
layouts not used elsewhere in the corpus; not real documents), and every row below was written by reading
them, before any extraction, restoration or pipeline code was run on them. They also serve as held-out text
for diacritic restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind15.py and blind16.py: rows use `golden.facts.Fact` (context
string that occurs once in the document + the figure as written inside it). Prose and list counts are kind
`count`; table cells are kind `value` with `extra={"source": "table"}`; `as_of="period"` is the period's end;
`ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly names
none: counts of "quyết định", "lĩnh vực", "lớp", "hội nghị", of local units and of agencies). "thủ tục" counts
use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; every "đã giải quyết" count, the parts of a
whole and a relative change of a count have their code unchecked. A change is dated at the period end; a fall
("rút ngắn") is negative. A count of local units takes the unit of its first unit word ("129/129 xã, phường"
→ `xã`, "1.126 thôn, tổ dân phố" → `thôn`); counts of "sở, ban, ngành" and "cơ quan" the unit `đơn vị`.
Dates, document numbers, cited plans, letters, resolutions and decisions ("Công văn số 2318/UBND-KSTT", "Nghị quyết
số 202/2025/QH15", "Kế hoạch số 58/KH-UBND", "Công văn số 1127/BDTTG-VP", "Quyết định số 4851/QĐ-UBND", "Kế hoạch số
97/KH-UBND", "Kế hoạch số 35-KH/CCB", "Nghị quyết số 57-NQ/TW", "Đề án 06"), "Đến ngày 30/6/2025", "đến hết tháng
6/2025", "Tính đến ngày 31/12/2024", "Lũy kế đến ngày 30/6/2025", "Đến ngày 30/9/2025" (period ends or cut-offs),
the dates naming a previous value ("tháng 12/2024", "quý I/2025"), section numbering ("I.", "1.", "a)"), the STT
column, phone numbers ("0214.3820.196", "0269.3824.517", "0237.3617.268", "0277.3851.326", "0229.3871.245"), the
address "số 28 Đại lộ Lê Lợi", "mức độ 2", "01 năm" (a duration), "3 sao" (an OCOP grade), periods ("6 tháng đầu
năm", "6 tháng cuối năm 2025", "9 tháng"), "ba tỉnh", year spans ("giai đoạn 2015 - 2020"), headings naming the next
period ("III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025", "III. NHIỆM VỤ NĂM 2026", "II. NHIỆM VỤ QUÝ III NĂM 2025", "III.
PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025", "II. NHIỆM VỤ QUÝ IV NĂM 2025": no deadlines) and years are not figures.

New in this set (new issuers; each document has five deadlines of the kinds listed with it):
- 380 is a half-year Báo cáo of Sở Nội vụ tỉnh Lào Cai (header "UBND TỈNH LÀO CAI / SỞ NỘI VỤ"), merged with
  Sở Lao động - Thương binh và Xã hội on 01/3/2025; issued 07/7/2025, after the province's merger with Yên
  Bái, on figures of the Lào Cai Sở before it. Every figure is the Sở's (subject "Sở Nội vụ", level tỉnh);
  the rows of its Markdown table by field (units in the headers; "Số TTHC" cells `TTHC`; two "100" cells)
  have subject ANY, level tỉnh, and its "Tổng cộng" row is the Sở (its figures are also in the prose).
  "139 TTHC … toàn trình, 31 TTHC … một phần; còn 16 TTHC chưa đủ điều kiện" are the three DVCTT counts.
  "tăng 1.935 hồ sơ so với cùng kỳ năm 2024 (10.911 hồ sơ)" and "(cùng kỳ năm 2024: 38,90%)" are a change
  and previous values dated 2024-06-30. Records of cán bộ, công chức, viên chức updated and synced (hồ sơ,
  code unchecked: no catalogued indicator); "03 lớp … 245 cán bộ" code None. Linked procedures with the
  Bảo hiểm xã hội tỉnh: the Sở's "1.318 hồ sơ, trong đó 1.027 … chiếm 77,92%" (a sub-group's online share:
  code unchecked); the sentence naming "Bảo hiểm xã hội tỉnh" gives it subject "Bảo hiểm xã hội tỉnh";
  pensioners paid through a bank "28.416/39.882 người" name no body (subject and level ANY: the province's
  pensioners or the Bảo hiểm xã hội's, the text does not say). "(chỉ tiêu năm 2025 UBND tỉnh giao là 70%,
  chưa đạt chỉ tiêu)": the Sở's target dated 2025-12-31, the 67,25% carries it with status "chưa đạt".
  "04 PAKN … 03 PAKN" are bare parts; "07/07 PAKN" one count (max 7). Rank "4/17 cơ quan cấp tỉnh", "tăng 3
  bậc so với tháng 12/2024 (86,90 điểm, xếp thứ 7/17)" dated 2024-12-31 (no max on the Sở's score: none is
  written); the Sở's six group scores "<group> x/max" separated by ";" (sum 88,74). Targets in the tasks:
  "tiếp nhận 100% hồ sơ …" of the Trung tâm Dịch vụ việc làm in quý III/2025 (dated 2025-09-30, code
  unchecked) and the Sở's "tối thiểu 70%" by the end of 2025. Deadlines: "chậm nhất" day, day in words (for
  the Phòng, not the Bảo hiểm xã hội tỉnh it works with), quarter, year, "trước ngày 25 hằng tháng" (issued
  07/7/2025: first 25/7/2025).
- 381 is an annual Báo cáo of the Sở Dân tộc và Tôn giáo tỉnh Gia Lai (header "UBND TỈNH GIA LAI / SỞ DÂN
  TỘC VÀ TÔN GIÁO"), năm 2025, issued 09/01/2026, after the merger with Bình Định. The Sở's figures have
  subject "Sở Dân tộc và Tôn giáo" (level tỉnh); procedures and files by field (religion, ethnic affairs)
  are parts with code unchecked; "100% TTHC được công khai" a share with code unchecked; "tỷ lệ giải quyết
  đúng hạn đạt 100%" and "số hóa … của Sở đạt 100%" are the on-time and digitisation shares; "không nhận
  được phản ánh, kiến nghị nào" has no figure. "64 xã vùng đồng bào dân tộc thiểu số" and "08 xã … thí điểm"
  are counts of communes (unit `xã`, subject ANY, level xã). Its Markdown table lists the eight pilot communes
  (subject as written, "Xã Kbang", level xã; files received, online, online share, people guided — unit
  `người` from the header "Người dân được hướng dẫn") with a "Cộng" row: the pilot communes are a subset of
  the province's communes, so the row is subject ANY, level xã (not "cấp xã"); "bình quân của các xã thí
  điểm là 58,98%" likewise; best and worst communes in brackets (subject as written in the prose, "xã Chư
  Păh"). "Toàn tỉnh hiện có 1.287 người có uy tín … 538 người … 41,80%" are the province's (subject NULL).
  The Sở's total on the /100 scale "91,35/100", rank "2/15 sở, ban, ngành", "tăng 2,08 điểm so với năm 2024
  (89,27 điểm)" (the previous total on the /100 scale, dated 2024-12-31), six group scores after "lần lượt
  là:" (sum 91,35). The agencies' average (subject ANY, level tỉnh) and counts by grade "11/15 sở, ban,
  ngành xếp loại Tốt, 04 cơ quan xếp loại Khá" (unit `đơn vị`, code None). "Đề nghị UBND các xã thí điểm …
  phấn đấu … đạt tối thiểu 65%, chậm nhất ngày 30 tháng 6 năm 2026": the communes' target dated 2026-06-30
  and a day deadline in words. Deadlines: day, month, quarter, day in words, "trước ngày 20 hằng tháng"
  (issued 09/01/2026: first 20/01/2026).
- 382 is a quarterly Báo cáo of the Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp (header "UBND
  TỈNH THANH HÓA / BAN QUẢN LÝ KHU KINH TẾ NGHI SƠN VÀ CÁC KHU CÔNG NGHIỆP"), quý II năm 2025, issued
  03/7/2025. The Ban's own figures ("Ban …") have subject the Ban's full name, which holds a place (Nghi Sơn)
  and is kept whole, level tỉnh. "(quý I/2025: 1.106 hồ sơ)" and "rút ngắn 1,7 ngày so với quý I/2025 (10,2
  ngày)" are previous values dated 2025-03-31; "tăng 14,2% so với cùng kỳ năm 2024" a relative change (code
  unchecked). Overdue files by field in brackets (subject ANY, level tỉnh). Its tab-separated table by
  procedure (units in the headers; four "100" cells, one row of three equal "95") has rows subject ANY, level
  tỉnh, and a "Cộng" row with an empty STT cell (= the Ban; its figures are also in the prose). Investment
  figures in money ("18.642,5 tỷ đồng", "612,4 triệu USD": kind value, the unit as written); "Khu kinh tế
  Nghi Sơn và các khu công nghiệp có 418 dự án" and workers by nationality "(163 người)" are no body's
  (subject and level ANY). "so với chỉ tiêu năm 2025 UBND tỉnh giao (80%) thì đã đạt chỉ tiêu": target dated
  2025-12-31, status "đạt". "02/02 PAKN" one count (max 2). The Ban's score without max, rank "5/20 cơ quan
  cấp tỉnh", "tăng 1,46 điểm so với quý I/2025" (no previous value written), two group scores "x/max điểm".
  Deadlines: "chậm nhất" day, month, day in words, quarter, "trước ngày 22 hằng tháng" (issued 03/7/2025:
  first 22/7/2025).
- 383 is an annual Báo cáo of the Liên minh Hợp tác xã tỉnh Đồng Tháp (header "LIÊN MINH HỢP TÁC XÃ VIỆT NAM /
  LIÊN MINH HỢP TÁC XÃ TỈNH ĐỒNG THÁP"), năm 2024, issued 10/01/2025, before the merger with Tiền Giang. Its
  cooperatives are counted in the unit `HTX` (also "246 hợp tác xã (HTX)", as "phản ánh, kiến nghị" counts
  are `PAKN`). Figures of "toàn tỉnh" and of the province's cooperatives naming no body have subject NULL;
  those of "Liên minh …" the kind name "Liên minh Hợp tác xã tỉnh" (level tỉnh); those of the "Quỹ Hỗ trợ
  phát triển HTX tỉnh" that name. "tăng 18 HTX so với năm 2023 (228 HTX)", "(năm 2023: …)" are a change and
  previous values dated 2023-12-31. "198/246 HTX … đạt 80,49% … so với chỉ tiêu năm 2024 là 85% thì chưa
  đạt chỉ tiêu" and "71,54%, đạt chỉ tiêu năm 2024 (70%)": targets at the period end, statuses "chưa đạt" and
  "đạt". Its dash list by district "- <unit>: n/m HTX (x%);" (subject as written, "Huyện Tháp Mười",
  "Thành phố Sa Đéc", level huyện; "Các huyện, thành phố còn lại" subject ANY). "Tỷ lệ văn bản đi của Liên
  minh được ký số" is the digital-signature share (`cds.ky_so`). A survey score "2,64/5 điểm (năm 2023: 2,21
  điểm)" (max 5, the previous on the same scale). "06/06 phản ánh, kiến nghị" one count (max 6). "xếp thứ
  3/13 tỉnh, thành phố vùng đồng bằng sông Cửu Long" a regional rank (code unchecked). The task's "có 90% HTX
  trên địa bàn tỉnh" is the province's target, dated 2025-12-31. Deadlines: day, quarter, month, "chậm nhất"
  day in words, year (for the Trung tâm, not the Cục Thuế tỉnh it works with).
- 384 is a nine-month Báo cáo of the Hội Cựu chiến binh tỉnh Ninh Bình (header "HỘI CỰU CHIẾN BINH VIỆT NAM /
  HỘI CỰU CHIẾN BINH TỈNH NINH BÌNH", number "128-BC/CCB"), 9 tháng năm 2025, issued 06/10/2025, after the
  merger with Hà Nam and Nam Định. Figures of "toàn Hội", "các cấp Hội" and "Hội" have the kind name "Hội Cựu
  chiến binh tỉnh" (level tỉnh); those of "Ban Thường vụ Hội tỉnh" subject ANY, level tỉnh. Members with a
  VNeID account: "119.372 hội viên … đạt 92,86%, tăng 5,71% so với 6 tháng đầu năm 2025 (87,15%); chưa đạt
  chỉ tiêu 95% …" (code unchecked: a share of members, not of the population; previous dated 2025-06-30;
  target dated 2025-12-31, status "chưa đạt"). The dash list by former province "- Khu vực tỉnh … (cũ):
  n/m hội viên, đạt x%" names no body (subject and level ANY). "87/129 xã, phường", "06 xã, phường" are
  counts of communes (unit `xã`, level xã). Its dash list of eight communes "- <unit>: n/m hội viên đã kích
  hoạt (x%), nộp k hồ sơ trực tuyến;" (subject as written, "Phường Hoa Lư", "Xã Gia Viễn", level xã; the two
  lowest also in the prose, "xã Nghĩa Hưng (78,46%)"). "(cùng kỳ năm 2024: 1.392 buổi)" is dated 2024-09-30.
  "trong quý I, quý II và quý III lần lượt là 2.814, 3.396 và 3.462 hội viên": each quarter's count dated at
  its end (2025-03-31, 2025-06-30, the period end). The province's "87,46/100 điểm … xếp thứ 9/34" of
  "tháng 8/2025" are dated 2025-08-31 (subject NULL); the province's nine-month online share is dated at the
  period end. "xếp thứ 2/6 tổ chức chính trị - xã hội" ranks the Hội among mass organisations (code
  unchecked). Deadlines: day, month, day in words, quarter, "trước ngày 25 hằng tháng" (issued 06/10/2025:
  first 25/10/2025).
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
_MP = "766.dvctt.mot_phan"
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_Y2024 = "2024-12-31"
_Y2025 = "2025-12-31"


def _cells(subject: object, level: object, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw), unit, kind, subject=subject, level=level,
              as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


def _body(name: str):
    """A maker of facts about one provincial body (subject the body, level tỉnh)."""
    def make(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
        return F(context, raw, value, unit, kind, subject=name, level="tỉnh", **kw)
    return make


def _groups(make, scores: list[tuple[str, str]]) -> list[Fact]:
    """The six 766 group scores `x/max`, each `(context, raw)`, in the portal's order."""
    codes = [("766.cong_khai", 18), ("766.tien_do", 20), ("766.dvctt", 12), ("766.thanh_toan", 10),
             ("766.so_hoa", 22), ("766.hai_long", 18)]
    return [make(context, raw, _num(raw.split("/")[0]), "điểm", max_value=top, code=code)
            for (context, raw), (code, top) in zip(scores, codes, strict=True)]


# ------------------------------------------------------------ 380: Sở Nội vụ tỉnh Lào Cai, 6 tháng đầu năm 2025
_SNV = "Sở Nội vụ"
_so380 = _body(_SNV)
_H1_2024 = "2024-06-30"


def _row_380(subject: object, tthc: str, received: str, online: str, share: str, on_time: str,
             after: str) -> list[Fact]:
    """One Markdown row of a field (or the total): procedures, files received, files submitted online,
    online share, on-time share (units from the headers)."""
    cells = [(tthc, "TTHC", P, _TTHC, "period"), (received, "hồ sơ", P, _TN, "period"),
             (online, "hồ sơ", P, _NOP, "period"), (share, "%", P, _NOP, "period"),
             (on_time, "%", P, _DH, "period")]
    return _cells(subject, "tỉnh", cells, after, " | ", " |\n")


BLIND_380 = [
    # intro (2318/UBND-KSTT of 20/6/2025 and Nghị quyết số 202/2025/QH15 cited; dates of the merger)
    # I.1
    _so380("thực hiện 186 TTHC", "186", 186, "TTHC", C, code=_TTHC),
    _so380("thuộc 14 lĩnh vực", "14", 14, "lĩnh vực", C, code=None),
    _so380("trong đó 139 TTHC", "139", 139, "TTHC", C, code=_TOAN),
    _so380("toàn trình, 31 TTHC", "31", 31, "TTHC", C, code=_MP),
    _so380("còn 16 TTHC", "16", 16, "TTHC", C, code="766.dvctt.chua_cung_cap"),
    _so380("ban hành 05 quyết định", "05", 5, "quyết định", C, code=None),
    _so380("chuẩn hóa 23 TTHC", "23", 23, "TTHC", C, code=ANY),
    # I.2 cùng kỳ năm 2024 dated 2024-06-30
    _so380("Sở tiếp nhận 12.846", "12.846", 12846, "hồ sơ", C, code=_TN),
    _so380("tăng 1.935 hồ sơ", "1.935", 1935, "hồ sơ", CH, code=_TN),
    _so380("(10.911 hồ sơ)", "10.911", 10911, "hồ sơ", PR, as_of=_H1_2024, code=_TN),
    _so380("trực tuyến là 11.372", "11.372", 11372, "hồ sơ", C, code=_NOP),
    _so380("chiếm 88,53%", "88,53%", 88.53, "%", code=_NOP),
    _so380("giải quyết 12.418", "12.418", 12418, "hồ sơ", C, code=ANY),
    _so380("đúng hạn 12.379", "12.379", 12379, "hồ sơ", C, code=_DH),
    _so380("đạt 99,69%", "99,69%", 99.69, "%", code=_DH),
    _so380("quá hạn 39 hồ sơ", "39", 39, "hồ sơ", C, code=_QH),
    _so380("là 428 hồ sơ", "428", 428, "hồ sơ", C, code=ANY),
    _so380("là 4,6 ngày", "4,6", 4.6, "ngày", code=_TIME),
    _so380("rút ngắn 1,3 ngày", "1,3", -1.3, "ngày", CH, code=_TIME),
    # Markdown table by field (field rows: subject ANY, level tỉnh), "Tổng cộng" row (= the Sở)
    *_row_380(ANY, "18", "1.204", "1.187", "98,59", "100", "| 2 | Bảo hiểm thất nghiệp"),
    *_row_380(ANY, "6", "5.318", "5.126", "96,39", "99,87", "| 3 | Người có công"),
    *_row_380(ANY, "42", "2.947", "2.316", "78,59", "99,12", "| 4 | Lao động, tiền lương"),
    *_row_380(ANY, "27", "836", "812", "97,13", "100", "| 5 | Công chức, viên chức"),
    *_row_380(ANY, "35", "1.652", "1.209", "73,18", "99,58", "| 6 | Các lĩnh vực khác"),
    *_row_380(ANY, "58", "889", "722", "81,21", "99,78", "| | Tổng cộng"),
    *_row_380(_SNV, "186", "12.846", "11.372", "88,53", "99,69", "\n3. Quản lý hồ sơ"),
    # I.3 records of cán bộ, công chức, viên chức ("Đến ngày 30/6/2025" is the period end)
    _so380("cập nhật 41.582", "41.582", 41582, "hồ sơ", C, code=ANY),
    _so380("đạt 97,46%", "97,46%", 97.46, "%", code=ANY),
    _so380("(42.665 hồ sơ)", "42.665", 42665, "hồ sơ", C, code=ANY),
    _so380("viên chức 40.127 hồ sơ", "40.127", 40127, "hồ sơ", C, code=ANY),
    _so380("mở 03 lớp", "03", 3, "lớp", C, code=None),
    _so380("cho 245 cán bộ", "245", 245, "cán bộ", C, code=None),
    # I.4 the Sở's linked procedures; the Bảo hiểm xã hội tỉnh's own figures; pensioners (no body named)
    _so380("liên thông 1.318 hồ sơ", "1.318", 1318, "hồ sơ", C, code=ANY),
    _so380("trong đó 1.027 hồ sơ", "1.027", 1027, "hồ sơ", C, code=ANY),
    _so380("chiếm 77,92%", "77,92%", 77.92, "%", code=ANY),
    F("giải quyết 3.862", "3.862", 3862, "hồ sơ", C, subject="Bảo hiểm xã hội tỉnh", level="tỉnh", code=ANY),
    F("trong đó 3.104 hồ sơ", "3.104", 3104, "hồ sơ", C, subject="Bảo hiểm xã hội tỉnh", level="tỉnh", code=ANY),
    F("đạt 80,37%", "80,37%", 80.37, "%", subject="Bảo hiểm xã hội tỉnh", level="tỉnh", code=ANY),
    F("là 28.416/39.882 người", "28.416/39.882", 28416, "người", C, max_value=39882, subject=ANY, level=ANY,
      code=ANY),
    F("đạt 71,25%", "71,25%", 71.25, "%", subject=ANY, level=ANY, code=ANY),
    # I.5 target of năm 2025 dated 2025-12-31; cùng kỳ năm 2024 dated 2024-06-30
    _so380("Sở đạt 67,25%", "67,25%", 67.25, "%", code=_TT, target=70, stated_status="chưa đạt"),
    _so380("giao là 70%", "70%", 70, "%", T, as_of=_Y2025, code=_TT),
    _so380("đạt 93,84%", "93,84%", 93.84, "%", code=_SH),
    _so380("đạt 98,12%", "98,12%", 98.12, "%", code=_KQ),
    _so380("đạt 52,37%", "52,37%", 52.37, "%", code=_TSD),
    _so380("2024: 38,90%)", "38,90%", 38.90, "%", PR, as_of=_H1_2024, code=_TSD),
    # I.6 bare parts of the PAKN received
    _so380("tiếp nhận 07 phản ánh", "07", 7, "PAKN", C, code=_PAKN_TN),
    _so380("quốc gia 04 PAKN", "04", 4, "PAKN", C, code=ANY),
    _so380("nóng 03 PAKN", "03", 3, "PAKN", C, code=ANY),
    _so380("xong 07/07 PAKN", "07/07", 7, "PAKN", C, max_value=7, code=_PAKN_XL),
    _so380("đạt 100%", "100%", 100, "%", code=_PAKN_TL),
    _so380("đạt 95,62%", "95,62%", 95.62, "%", code=_HL),
    # I.7 rank among the province's agencies; tháng 12/2024 dated 2024-12-31; the Sở's six group scores
    _so380("Sở đạt 88,74 điểm", "88,74", 88.74, "điểm", code=_TONG),
    _so380("thứ 4/17", "4/17", 4, "hạng", R, max_value=17, code=_HANG),
    _so380("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    _so380("(86,90 điểm", "86,90", 86.90, "điểm", PR, as_of=_Y2024, code=_TONG),
    _so380("thứ 7/17)", "7/17", 7, "hạng", PR, max_value=17, as_of=_Y2024, code=_HANG),
    *_groups(_so380, [("minh bạch 17,20/18", "17,20/18"), ("giải quyết 19,48/20", "19,48/20"),
                      ("trực tuyến 10,86/12", "10,86/12"), ("trực tuyến 6,74/10", "6,74/10"),
                      ("hồ sơ 17,35/22", "17,35/22"), ("hài lòng 17,11/18", "17,11/18")]),
    # III. targets in the tasks (0214.3820.196 is a phone number)
    F("tiếp nhận 100% hồ sơ", "100%", 100, "%", T, subject="Trung tâm Dịch vụ việc làm", level="tỉnh",
      as_of="2025-09-30", code=ANY),
    _so380("tối thiểu 70%", "70%", 70, "%", T, as_of=_Y2025, code=_TT),
]

# ------------------------------------------------------------ 381: Sở Dân tộc và Tôn giáo tỉnh Gia Lai, năm 2025
_SDT = "Sở Dân tộc và Tôn giáo"
_so381 = _body(_SDT)


def _row_381(subject: object, received: str, online: str, share: str, guided: str, after: str) -> list[Fact]:
    """One Markdown row of a pilot commune (or their sum): files received, submitted online, online share,
    people guided (no units in the headers: "Hồ sơ …", "Tỷ lệ … (%)", "Người dân …")."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (share, "%", P, _NOP, "period"), (guided, "người", P, ANY, "period")]
    return _cells(subject, "xã", cells, after, " | ", " |\n")


BLIND_381 = [
    # intro (58/KH-UBND of 14/01/2025 and 1127/BDTTG-VP of 08/12/2025 cited)
    # I.1 the parts by field name no catalogued indicator
    _so381("thực hiện 41 TTHC", "41", 41, "TTHC", C, code=_TTHC),
    _so381("gồm 33 TTHC", "33", 33, "TTHC", C, code=ANY),
    _so381("và 8 TTHC", "8", 8, "TTHC", C, code=ANY),
    _so381("100% TTHC được", "100%", 100, "%", code=ANY),
    _so381("Có 29 TTHC", "29", 29, "TTHC", C, code=_TOAN),
    _so381("và 12 TTHC", "12", 12, "TTHC", C, code=_MP),
    # I.2 năm 2024 dated 2024-12-31
    _so381("Sở tiếp nhận 684", "684", 684, "hồ sơ", C, code=_TN),
    _so381("(năm 2024: 512 hồ sơ)", "512", 512, "hồ sơ", PR, as_of=_Y2024, code=_TN),
    _so381("tuyến 593 hồ sơ", "593", 593, "hồ sơ", C, code=_NOP),
    _so381("đạt 86,70%", "86,70%", 86.70, "%", code=_NOP),
    _so381("giải quyết 671", "671", 671, "hồ sơ", C, code=ANY),
    _so381("hạn đạt 100%", "100%", 100, "%", code=_DH),
    _so381("còn 13 hồ sơ", "13", 13, "hồ sơ", C, code=ANY),
    _so381("tôn giáo 418 hồ sơ", "418", 418, "hồ sơ", C, code=ANY),
    _so381("(196 hồ sơ)", "196", 196, "hồ sơ", C, code=ANY),
    _so381("(87 hồ sơ)", "87", 87, "hồ sơ", C, code=ANY),
    _so381("dân tộc 266 hồ sơ", "266", 266, "hồ sơ", C, code=ANY),
    _so381("Sở đạt 100%", "100%", 100, "%", code=_SH),
    _so381("là 97,32%", "97,32%", 97.32, "%", code=_KQ),
    _so381("đạt 98,37%", "98,37%", 98.37, "%", code=_HL),
    # I.3 counts of communes; Markdown table of the pilot communes, "Cộng" row (a subset: subject ANY)
    F("có 64 xã", "64", 64, "xã", C, subject=ANY, level="xã", code=None),
    F("chọn 08 xã", "08", 8, "xã", C, subject=ANY, level="xã", code=None),
    *_row_381("Xã Kbang", "2.416", "1.538", "63,66", "412", "| 2 | Xã Kông Chro"),
    *_row_381("Xã Kông Chro", "1.872", "1.046", "55,88", "367", "| 3 | Xã Ia Pa"),
    *_row_381("Xã Ia Pa", "1.305", "694", "53,18", "298", "| 4 | Xã Chư Păh"),
    *_row_381("Xã Chư Păh", "2.184", "1.463", "66,99", "325", "| 5 | Xã Đức Cơ"),
    *_row_381("Xã Đức Cơ", "1.958", "1.207", "61,64", "274", "| 6 | Xã Vĩnh Thạnh"),
    *_row_381("Xã Vĩnh Thạnh", "1.127", "582", "51,64", "236", "| 7 | Xã An Lão"),
    *_row_381("Xã An Lão", "986", "473", "47,97", "219", "| 8 | Xã Vân Canh"),
    *_row_381("Xã Vân Canh", "1.064", "612", "57,52", "241", "| | Cộng"),
    *_row_381(ANY, "12.912", "7.615", "58,98", "2.372", "\nTỷ lệ nộp hồ sơ"),
    F("thí điểm là 58,98%", "58,98%", 58.98, "%", subject=ANY, level="xã", code=_NOP),
    F("(66,99%)", "66,99%", 66.99, "%", subject="xã Chư Păh", level="xã", code=_NOP),
    F("(47,97%)", "47,97%", 47.97, "%", subject="xã An Lão", level="xã", code=_NOP),
    # the province's people of standing (subject NULL)
    F("có 1.287 người", "1.287", 1287, "người", C, code=ANY),
    F("trong đó 538 người", "538", 538, "người", C, code=ANY),
    F("chiếm 41,80%", "41,80%", 41.80, "%", code=ANY),
    # I.4 the Sở's score on the /100 scale, so the năm 2024 score (dated 2024-12-31) too
    _so381("đạt 91,35/100", "91,35/100", 91.35, "điểm", max_value=100, code=_TONG),
    _so381("thứ 2/15", "2/15", 2, "hạng", R, max_value=15, code=_HANG),
    _so381("tăng 2,08 điểm", "2,08", 2.08, "điểm", CH, code=_TONG),
    _so381("(89,27 điểm)", "89,27", 89.27, "điểm", PR, max_value=100, as_of=_Y2024, code=_TONG),
    *_groups(_so381, [("minh bạch 17,62/18", "17,62/18"), ("giải quyết 19,85/20", "19,85/20"),
                      ("trực tuyến 11,40/12", "11,40/12"), ("trực tuyến 7,16/10", "7,16/10"),
                      ("hồ sơ 17,94/22", "17,94/22"), ("hài lòng 17,38/18", "17,38/18")]),
    F("ngành là 87,64 điểm", "87,64", 87.64, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("có 11/15", "11/15", 11, "đơn vị", C, max_value=15, subject=ANY, level="tỉnh", code=None),
    F("04 cơ quan", "04", 4, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    # III. the pilot communes' target by the 30/6/2026 deadline (0269.3824.517 is a phone number)
    F("tối thiểu 65%", "65%", 65, "%", T, subject="UBND các xã thí điểm", level="xã", as_of="2026-06-30",
      code=_NOP),
]

# ------------------------------------------------------------ 382: BQL KKT Nghi Sơn (Thanh Hóa), quý II năm 2025
_BQL = "Ban Quản lý Khu kinh tế Nghi Sơn và các khu công nghiệp"
_ban = _body(_BQL)
_Q1_2025 = "2025-03-31"


def _row_382(subject: object, received: str, online: str, settled: str, on_time: str, after: str) -> list[Fact]:
    """One tab-separated row of a procedure (or the total): received, submitted online, settled, on-time."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (online, "hồ sơ", P, _NOP, "period"),
             (settled, "hồ sơ", P, ANY, "period"), (on_time, "%", P, _DH, "period")]
    return _cells(subject, "tỉnh", cells, after, "\t", "\n")


BLIND_382 = [
    # intro (4851/QĐ-UBND of 27/12/2024 cited); I.1 ("số 28 Đại lộ Lê Lợi" is an address)
    _ban("thực hiện 96 TTHC", "96", 96, "TTHC", C, code=_TTHC),
    _ban("thuộc 7 lĩnh vực", "7", 7, "lĩnh vực", C, code=None),
    _ban("trong đó 71 TTHC", "71", 71, "TTHC", C, code=_TOAN),
    _ban("toàn trình, 25 TTHC", "25", 25, "TTHC", C, code=_MP),
    # I.2 quý I/2025 dated 2025-03-31; a relative change (code unchecked); overdue files by field
    _ban("Ban tiếp nhận 1.202", "1.202", 1202, "hồ sơ", C, code=_TN),
    _ban("(quý I/2025: 1.106 hồ sơ)", "1.106", 1106, "hồ sơ", PR, as_of=_Q1_2025, code=_TN),
    _ban("tăng 14,2%", "14,2%", 14.2, "%", CH, code=ANY),
    _ban("trong đó 1.123 hồ sơ", "1.123", 1123, "hồ sơ", C, code=_NOP),
    _ban("chiếm 93,43%", "93,43%", 93.43, "%", code=_NOP),
    _ban("giải quyết 1.165", "1.165", 1165, "hồ sơ", C, code=ANY),
    _ban("đúng hạn 1.158", "1.158", 1158, "hồ sơ", C, code=_DH),
    _ban("đạt 99,40%", "99,40%", 99.40, "%", code=_DH),
    _ban("quá hạn 07 hồ sơ", "07", 7, "hồ sơ", C, code=_QH),
    F("xây dựng 02 hồ sơ", "02", 2, "hồ sơ", C, subject=ANY, level="tỉnh", code=_QH),
    F("lao động 01 hồ sơ", "01", 1, "hồ sơ", C, subject=ANY, level="tỉnh", code=_QH),
    F("khác 04 hồ sơ", "04", 4, "hồ sơ", C, subject=ANY, level="tỉnh", code=_QH),
    # tab-separated table by procedure (rows: subject ANY, level tỉnh), "Cộng" row (= the Ban)
    *_row_382(ANY, "14", "14", "12", "100", "2\tĐiều chỉnh"),
    *_row_382(ANY, "63", "61", "58", "100", "3\tCấp giấy phép xây dựng"),
    *_row_382(ANY, "48", "39", "45", "97,78", "4\tThẩm định"),
    *_row_382(ANY, "37", "29", "33", "96,97", "5\tCấp giấy phép lao động"),
    *_row_382(ANY, "286", "286", "279", "99,64", "6\tCấp lại"),
    *_row_382(ANY, "131", "128", "127", "100", "7\tXác nhận"),
    *_row_382(ANY, "95", "95", "95", "100", "8\tCác thủ tục khác"),
    *_row_382(ANY, "528", "471", "516", "99,22", "\tCộng"),
    *_row_382(_BQL, "1.202", "1.123", "1.165", "99,40", "\n3. Kết quả nổi bật"),
    # I.3 a) investment (money in tỷ đồng and triệu USD); the zone's projects (no body: subject ANY)
    _ban("cho 12 dự án", "12", 12, "dự án", C, code=ANY),
    _ban("ký 18.642,5 tỷ đồng", "18.642,5", 18642.5, "tỷ đồng", code=ANY),
    _ban("trong đó 03 dự án", "03", 3, "dự án", C, code=ANY),
    _ban("vốn 612,4 triệu USD", "612,4", 612.4, "triệu USD", code=ANY),
    _ban("điều chỉnh 58 lượt", "58", 58, "lượt", C, code=ANY),
    F("có 418 dự án", "418", 418, "dự án", C, subject=ANY, level=ANY, code=ANY),
    _ban("là 8,5 ngày", "8,5", 8.5, "ngày", code=ANY),
    _ban("rút ngắn 1,7 ngày", "1,7", -1.7, "ngày", CH, code=ANY),
    _ban("(10,2 ngày)", "10,2", 10.2, "ngày", PR, as_of=_Q1_2025, code=ANY),
    # I.3 b) labour permits; workers by nationality (no body: subject and level ANY)
    _ban("cho 279 lượt", "279", 279, "lượt", C, code=ANY),
    F("(163 người)", "163", 163, "người", C, subject=ANY, level=ANY, code=ANY),
    F("(41 người)", "41", 41, "người", C, subject=ANY, level=ANY, code=ANY),
    F("(27 người)", "27", 27, "người", C, subject=ANY, level=ANY, code=ANY),
    _ban("; 100% giấy phép", "100%", 100, "%", code=ANY),
    # I.4 target of năm 2025 dated 2025-12-31
    _ban("đạt 84,60%", "84,60%", 84.60, "%", code=_TT, target=80, stated_status="đạt"),
    _ban("giao (80%)", "80%", 80, "%", T, as_of=_Y2025, code=_TT),
    _ban("đạt 91,27%", "91,27%", 91.27, "%", code=_SH),
    _ban("đạt 47,85%", "47,85%", 47.85, "%", code=_TSD),
    # I.5
    _ban("tiếp nhận 02 phản ánh", "02", 2, "PAKN", C, code=_PAKN_TN),
    _ban("trả lời 02/02 PAKN", "02/02", 2, "PAKN", C, max_value=2, code=_PAKN_XL),
    # I.6 rank among the province's agencies; two group scores (0237.3617.268 is a phone number)
    _ban("Ban đạt 89,32 điểm", "89,32", 89.32, "điểm", code=_TONG),
    _ban("thứ 5/20", "5/20", 5, "hạng", R, max_value=20, code=_HANG),
    _ban("tăng 1,46 điểm", "1,46", 1.46, "điểm", CH, code=_TONG),
    _ban("đạt 8,12/10", "8,12/10", 8.12, "điểm", max_value=10, code="766.thanh_toan"),
    _ban("đạt 16,54/22", "16,54/22", 16.54, "điểm", max_value=22, code="766.so_hoa"),
]

# ------------------------------------------------------------ 383: Liên minh Hợp tác xã tỉnh Đồng Tháp, năm 2024
_LM = "Liên minh Hợp tác xã tỉnh"
_lm = _body(_LM)
_QUY = "Quỹ Hỗ trợ phát triển HTX tỉnh"
_Y2023 = "2023-12-31"


def _area_383(subject: object, count: str, share: str) -> list[Fact]:
    """One dash item "- <area>: n/m HTX (x%);": the count of cooperatives using e-invoices and its share."""
    used, total = count.split("/")
    return [F(f": {count} HTX", count, _num(used), "HTX", C, max_value=_num(total), subject=subject,
              level="huyện", code=ANY),
            F(f"HTX ({share})", share, _num(share), "%", subject=subject, level="huyện", code=ANY)]


BLIND_383 = [
    # I. the province's cooperatives (subject NULL); năm 2023 dated 2023-12-31 ("Tính đến ngày 31/12/2024" is
    # the period end; 97/KH-UBND of 22/3/2024 cited)
    F("có 246 hợp tác xã", "246", 246, "HTX", C, code=ANY),
    F("tăng 18 HTX", "18", 18, "HTX", CH, code=ANY),
    F("(228 HTX)", "228", 228, "HTX", PR, as_of=_Y2023, code=ANY),
    F("với 38.419 thành viên", "38.419", 38419, "thành viên", C, code=ANY),
    F("trong đó 187 HTX", "187", 187, "HTX", C, code=ANY),
    F("chiếm 76,02%", "76,02%", 76.02, "%", code=ANY),
    F("thành lập mới 31 HTX", "31", 31, "HTX", C, code=ANY),
    F("giải thể 13 HTX", "13", 13, "HTX", C, code=ANY),
    # II.1
    F("có 24 HTX", "24", 24, "HTX", C, code=ANY),
    F("chiếm 77,42%", "77,42%", 77.42, "%", code=ANY),
    F("có 58 lượt", "58", 58, "lượt", C, code=ANY),
    F("tăng 21 lượt", "21", 21, "lượt", CH, code=ANY),
    _lm("hướng dẫn 19 HTX", "19", 19, "HTX", C, code=ANY),
    # II.2 the target of năm 2024 is the period's end
    F("có 198/246 HTX", "198/246", 198, "HTX", C, max_value=246, code=ANY),
    F("đạt 80,49%", "80,49%", 80.49, "%", code=ANY, target=85, stated_status="chưa đạt"),
    F("(năm 2023: 61,40%)", "61,40%", 61.40, "%", PR, as_of=_Y2023, code=ANY),
    F("là 85% thì", "85%", 85, "%", T, code=ANY),
    F("lập 41.826 hóa đơn", "41.826", 41826, "hóa đơn", C, code=ANY),
    *_area_383("Huyện Tháp Mười", "31/33", "93,94%"),
    *_area_383("Huyện Cao Lãnh", "27/30", "90,00%"),
    *_area_383("Huyện Tam Nông", "19/22", "86,36%"),
    *_area_383("Huyện Lai Vung", "16/21", "76,19%"),
    *_area_383("Thành phố Sa Đéc", "9/14", "64,29%"),
    *_area_383("Huyện Tân Hồng", "11/19", "57,89%"),
    *_area_383(ANY, "85/107", "79,44%"),
    # II.3 ("01 năm" is a duration, not a figure)
    F("Có 176 HTX", "176", 176, "HTX", C, code=ANY),
    F("chiếm 71,54%", "71,54%", 71.54, "%", code=ANY, target=70, stated_status="đạt"),
    F("năm 2024 (70%)", "70%", 70, "%", T, code=ANY),
    _lm("cho 45 HTX", "45", 45, "HTX", C, code=ANY),
    # II.4 the Liên minh's own work; the Quỹ's ("3 sao" is a grade, not a figure)
    _lm("tổ chức 14 lớp", "14", 14, "lớp", C, code=None),
    _lm("cho 623 lượt", "623", 623, "lượt", C, code=ANY),
    _lm("hỗ trợ 42 HTX", "42", 42, "HTX", C, code=ANY),
    _lm("đưa 96 sản phẩm", "96", 96, "sản phẩm", C, code=ANY),
    _lm("trong đó 36 sản phẩm", "36", 36, "sản phẩm", C, code=ANY),
    F("cho 27 dự án", "27", 27, "dự án", C, subject=_QUY, level="tỉnh", code=ANY),
    F("tiền 18,6 tỷ đồng", "18,6", 18.6, "tỷ đồng", subject=_QUY, level="tỉnh", code=ANY),
    F("đồng, 100% hồ sơ", "100%", 100, "%", subject=_QUY, level="tỉnh", code=ANY),
    _lm("ký số đạt 98,60%", "98,60%", 98.60, "%", code="cds.ky_so"),
    _lm("số hóa 1.126 hồ sơ", "1.126", 1126, "hồ sơ", C, code=ANY),
    # II.5 survey of the province's cooperatives (subject NULL): a score out of 5, năm 2023 on the same scale
    F("đạt 2,64/5 điểm", "2,64/5", 2.64, "điểm", max_value=5, code=ANY),
    F("(năm 2023: 2,21 điểm)", "2,21", 2.21, "điểm", PR, max_value=5, as_of=_Y2023, code=ANY),
    F("riêng: 68 HTX", "68", 68, "HTX", C, code=ANY),
    F("chiếm 27,64%", "27,64%", 27.64, "%", code=ANY),
    F("kế toán: 121 HTX", "121", 121, "HTX", C, code=ANY),
    F("chiếm 49,19%", "49,19%", 49.19, "%", code=ANY),
    F("thành viên: 154 HTX", "154", 154, "HTX", C, code=ANY),
    F("chiếm 62,60%", "62,60%", 62.60, "%", code=ANY),
    F("(năm 2023: 52,19%)", "52,19%", 52.19, "%", PR, as_of=_Y2023, code=ANY),
    F("mã QR: 39 HTX", "39", 39, "HTX", C, code=ANY),
    F("chiếm 15,85%", "15,85%", 15.85, "%", code=ANY),
    # II.6 the Liên minh's PAKN (not on administrative rules: code unchecked); a regional rank (subject NULL)
    _lm("tiếp nhận 06 phản ánh", "06", 6, "PAKN", C, code=ANY),
    _lm("trả lời 06/06", "06/06", 6, "PAKN", C, max_value=6, code=ANY),
    F("thứ 3/13", "3/13", 3, "hạng", R, max_value=13, code=ANY),
    # III. the province's target by the end of 2025 (0277.3851.326 is a phone number)
    F("có 90% HTX", "90%", 90, "%", T, as_of=_Y2025, code=ANY),
]

# ------------------------------------------------------------ 384: Hội Cựu chiến binh tỉnh Ninh Bình, 9 tháng năm 2025
_HCCB = "Hội Cựu chiến binh tỉnh"
_hoi = _body(_HCCB)


def _commune_384(subject: str, count: str, share: str, files: str) -> list[Fact]:
    """One dash item "- <unit>: n/m hội viên đã kích hoạt (x%), nộp k hồ sơ trực tuyến;"."""
    done, total = count.split("/")
    return [F(f": {count} hội viên", count, _num(done), "hội viên", C, max_value=_num(total), subject=subject,
              level="xã", code=ANY),
            F(f"({share}), nộp", share, _num(share), "%", subject=subject, level="xã", code=ANY),
            F(f"nộp {files} hồ sơ", files, _num(files), "hồ sơ", C, subject=subject, level="xã", code=ANY)]


def _area_384(count: str, share: str) -> list[Fact]:
    """One dash item of a former province's area (not a body: subject and level ANY)."""
    done, total = count.split("/")
    return [F(f"{count} hội viên", count, _num(done), "hội viên", C, max_value=_num(total), subject=ANY,
              level=ANY, code=ANY),
            F(f"đạt {share};", share, _num(share), "%", subject=ANY, level=ANY, code=ANY)]


BLIND_384 = [
    # intro (35-KH/CCB of 12/02/2025, "Đề án 06", 57-NQ/TW cited; "ba tỉnh" is a word)
    F("ở 129/129 xã", "129/129", 129, "xã", C, max_value=129, subject=ANY, level="xã", code=None),
    # I.1 ("Đến ngày 30/9/2025" is the period end, "mức độ 2" no figure); 6 tháng đầu năm 2025 dated 2025-06-30
    _hoi("có 128.546 hội viên", "128.546", 128546, "hội viên", C, code=ANY),
    _hoi("trong đó 119.372", "119.372", 119372, "hội viên", C, code=ANY),
    _hoi("đạt 92,86%", "92,86%", 92.86, "%", code=ANY, target=95, stated_status="chưa đạt"),
    _hoi("tăng 5,71%", "5,71%", 5.71, "%", CH, code=ANY),
    _hoi("(87,15%)", "87,15%", 87.15, "%", PR, as_of="2025-06-30", code=ANY),
    _hoi("tiêu 95%", "95%", 95, "%", T, as_of=_Y2025, code=ANY),
    *_area_384("29.874/31.208", "95,73%"),
    *_area_384("22.946/24.517", "93,59%"),
    F("66.552/72.821 hội viên", "66.552/72.821", 66552, "hội viên", C, max_value=72821, subject=ANY, level=ANY,
      code=ANY),
    F("đạt 91,39%.", "91,39%", 91.39, "%", subject=ANY, level=ANY, code=ANY),
    F("Có 87/129", "87/129", 87, "xã", C, max_value=129, subject=ANY, level="xã", code=None),
    F("06 xã, phường", "06", 6, "xã", C, subject=ANY, level="xã", code=None),
    F("Nghĩa Hưng (78,46%)", "78,46%", 78.46, "%", subject="xã Nghĩa Hưng", level="xã", code=ANY),
    F("Hải Hậu (80,12%)", "80,12%", 80.12, "%", subject="xã Hải Hậu", level="xã", code=ANY),
    *_commune_384("Phường Hoa Lư", "1.842/1.896", "97,15%", "612"),
    *_commune_384("Phường Phủ Lý", "1.507/1.563", "96,42%", "548"),
    *_commune_384("Phường Nam Định", "2.318/2.436", "95,16%", "731"),
    *_commune_384("Xã Gia Viễn", "1.214/1.268", "95,74%", "386"),
    *_commune_384("Xã Kim Sơn", "1.391/1.502", "92,61%", "417"),
    *_commune_384("Xã Lý Nhân", "1.087/1.196", "90,89%", "295"),
    *_commune_384("Xã Hải Hậu", "1.652/2.062", "80,12%", "264"),
    *_commune_384("Xã Nghĩa Hưng", "1.275/1.625", "78,46%", "203"),
    # I.2 the Hội's work at all levels; cùng kỳ năm 2024 dated 2024-09-30; quarters dated at their ends
    _hoi("tổ chức 1.846 buổi", "1.846", 1846, "buổi", C, code=ANY),
    _hoi("2024: 1.392 buổi)", "1.392", 1392, "buổi", PR, as_of="2024-09-30", code=ANY),
    _hoi("với 64.215 lượt", "64.215", 64215, "lượt", C, code=ANY),
    _hoi("phát 28.500 tờ rơi", "28.500", 28500, "tờ rơi", C, code=ANY),
    F("tổ chức 02 hội nghị", "02", 2, "hội nghị", C, subject=ANY, level="tỉnh", code=None),
    F("cho 356 cán bộ", "356", 356, "cán bộ", C, subject=ANY, level="tỉnh", code=None),
    _hoi("Có 3.487 hội viên", "3.487", 3487, "hội viên", C, code=ANY),
    F("tại 1.126 thôn", "1.126", 1126, "thôn", C, subject=ANY, level=ANY, code=None),
    _hoi("nộp 21.408 hồ sơ", "21.408", 21408, "hồ sơ", C, code=ANY),
    _hoi("trú; 9.672 hội viên", "9.672", 9672, "hội viên", C, code=ANY),
    _hoi("là 2.814", "2.814", 2814, "hội viên", C, as_of="2025-03-31", code=ANY),
    _hoi("2.814, 3.396", "3.396", 3396, "hội viên", C, as_of="2025-06-30", code=ANY),
    _hoi("và 3.462 hội viên", "3.462", 3462, "hội viên", C, code=ANY),
    # I.3 the province's figures (subject NULL): the index of tháng 8/2025 dated 2025-08-31
    F("đạt 87,46/100", "87,46/100", 87.46, "điểm", max_value=100, as_of="2025-08-31", code=_TONG),
    F("thứ 9/34", "9/34", 9, "hạng", R, max_value=34, as_of="2025-08-31", code=_HANG),
    F("toàn tỉnh đạt 61,37%", "61,37%", 61.37, "%", code=_NOP),
    # I.4 a rank among the province's mass organisations (code unchecked); awards (0229.3871.245 is a phone
    # number)
    _hoi("thứ 2/6", "2/6", 2, "hạng", R, max_value=6, code=ANY),
    F("; 12 tập thể", "12", 12, "tập thể", C, subject=ANY, level=ANY, code=None),
    F("và 27 cá nhân", "27", 27, "cá nhân", C, subject=ANY, level=ANY, code=None),
]

BLIND = {"380": BLIND_380, "381": BLIND_381, "382": BLIND_382, "383": BLIND_383, "384": BLIND_384}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "380": [
        ("2025-08-31", "day", "31/8/2025", "đồng bộ hồ sơ cán bộ, công chức, viên chức", "Phòng Công chức, viên chức"),
        # for the Phòng, not the Bảo hiểm xã hội tỉnh it works with
        ("2025-09-15", "day", "ngày 15 tháng 9 năm 2025", "giải quyết dứt điểm các hồ sơ quá hạn",
         "Phòng Người có công"),
        ("2025-09-30", "quarter", "quý III/2025", "hồ sơ hưởng trợ cấp thất nghiệp", "Trung tâm Dịch vụ việc làm"),
        ("2025-12-31", "year", "năm 2025", "tỷ lệ hồ sơ thanh toán trực tuyến", "Văn phòng Sở"),
        # issued 07/7/2025: the first "ngày 25 hằng tháng" is 25/7/2025
        ("2025-07-25", "recurring", "25 hằng tháng", "báo cáo kết quả giải quyết TTHC",
         "Các phòng, đơn vị thuộc Sở"),
    ],
    "381": [
        ("2026-03-31", "day", "31/3/2026", "đơn giản hóa các TTHC lĩnh vực tôn giáo", "Phòng Quản lý tôn giáo"),
        ("2026-02-28", "month", "tháng 02/2026", "sử dụng ứng dụng VNeID", "Phòng Chính sách dân tộc"),
        ("2026-06-30", "quarter", "quý II/2026", "Kho quản lý dữ liệu điện tử", "Văn phòng Sở"),
        # "Đề nghị UBND các xã thí điểm ...": the communes, with their target
        ("2026-06-30", "day", "ngày 30 tháng 6 năm 2026", "bố trí công chức hỗ trợ", "UBND các xã thí điểm"),
        # issued 09/01/2026: the first "ngày 20 hằng tháng" is 20/01/2026
        ("2026-01-20", "recurring", "20 hằng tháng", "cập nhật tình hình giải quyết hồ sơ", "Các phòng thuộc Sở"),
    ],
    "382": [
        ("2025-07-25", "day", "25/7/2025", "cập nhật đầy đủ hồ sơ dự án", "Phòng Quản lý đầu tư"),
        ("2025-08-31", "month", "tháng 8/2025", "thẩm định thiết kế xây dựng quá hạn",
         "Phòng Quản lý quy hoạch và xây dựng"),
        ("2025-09-15", "day", "ngày 15 tháng 9 năm 2025", "mẫu giấy phép lao động điện tử mới",
         "Phòng Quản lý lao động"),
        ("2025-09-30", "quarter", "quý III/2025", "số hóa kết quả giải quyết TTHC", "Văn phòng Ban"),
        # issued 03/7/2025: the first "ngày 22 hằng tháng" is 22/7/2025
        ("2025-07-22", "recurring", "22 hằng tháng", "gửi số liệu giải quyết hồ sơ", "Các phòng, đơn vị thuộc Ban"),
    ],
    "383": [
        ("2025-02-28", "day", "28/02/2025", "nhu cầu sử dụng hóa đơn điện tử", "Trung tâm Tư vấn và Hỗ trợ HTX"),
        ("2025-03-31", "quarter", "quý I/2025", "hướng dẫn đăng ký HTX qua mạng", "Ban Kế hoạch - Tổng hợp"),
        ("2025-06-30", "month", "tháng 6/2025", "số hóa hồ sơ, tài liệu lưu trữ", "Văn phòng Liên minh"),
        ("2025-04-15", "day", "ngày 15 tháng 4 năm 2025", "biểu dương HTX chuyển đổi số tiêu biểu",
         "Ban Tuyên truyền - Thi đua"),
        # for the Trung tâm, not the Cục Thuế tỉnh it works with
        ("2025-12-31", "year", "năm 2025", "sử dụng hóa đơn điện tử", "Trung tâm Tư vấn và Hỗ trợ HTX"),
    ],
    "384": [
        ("2025-11-30", "day", "30/11/2025", "kích hoạt tài khoản định danh điện tử",
         "Hội Cựu chiến binh các xã, phường"),
        ("2025-10-31", "month", "tháng 10/2025", "tài liệu hỏi - đáp về dịch vụ công trực tuyến",
         "Ban Tuyên giáo Hội tỉnh"),
        ("2025-12-15", "day", "ngày 15 tháng 12 năm 2025", "báo cáo Trung ương Hội kết quả năm 2025",
         "Văn phòng Hội tỉnh"),
        ("2025-12-31", "quarter", "quý IV/2025", "kiện toàn Tổ công nghệ số cộng đồng", "Ban Tổ chức - Chính sách"),
        # issued 06/10/2025: the first "ngày 25 hằng tháng" is 25/10/2025
        ("2025-10-25", "recurring", "25 hằng tháng", "báo cáo tiến độ", "Hội Cựu chiến binh các xã, phường"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 380-382 are a
# Sở's or a Ban's under "UBND TỈNH …"; 383 and 384 are a mass organisation's under its national body
# ("LIÊN MINH HỢP TÁC XÃ VIỆT NAM", "HỘI CỰU CHIẾN BINH VIỆT NAM"), the province named in the second line;
# 384's number is written in the Party style with a hyphen ("128-BC/CCB").
META = {
    "380": {"doc_number": "412/BC-SNV", "doc_type": "Báo cáo", "issued_date": "2025-07-07",
            "province": "Lào Cai", "period_label": "6 tháng đầu năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-06-30", "signer": "Hoàng Văn Quyết"},
    "381": {"doc_number": "26/BC-SDTTG", "doc_type": "Báo cáo", "issued_date": "2026-01-09",
            "province": "Gia Lai", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Rah Lan Chung"},
    "382": {"doc_number": "1524/BC-BQLKKT", "doc_type": "Báo cáo", "issued_date": "2025-07-03",
            "province": "Thanh Hóa", "period_label": "quý II năm 2025", "period_start": "2025-04-01",
            "period_end": "2025-06-30", "signer": "Lê Quang Hưng"},
    "383": {"doc_number": "186/BC-LMHTX", "doc_type": "Báo cáo", "issued_date": "2025-01-10",
            "province": "Đồng Tháp", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Nguyễn Văn Dũng"},
    "384": {"doc_number": "128-BC/CCB", "doc_type": "Báo cáo", "issued_date": "2025-10-06",
            "province": "Ninh Bình", "period_label": "9 tháng năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-09-30", "signer": "Phạm Văn Thịnh"},
}
