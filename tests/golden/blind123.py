"""Blind golden facts for corpus/blind123/690_ninh_thuan.txt, 691_binh_dinh.txt, 692_bac_ninh.txt, 693_ca_mau.txt and
694_khanh_hoa.txt.

The five documents were written by the developers for a hundred-and-twenty-third blind measurement (THEMATIC REPORTS
ON MONEY AND DATA: a provincial one-stop centre's quarterly report on online payment of fees and charges, a Văn phòng
UBND tỉnh's Thông báo on digitisation of files and results and the reuse of data, a Công an tỉnh's report on Đề án 06
(identity accounts of level 1 and 2, judicial-record certificates through VNeID, residence notices), a Văn phòng UBND
tỉnh's report on PAKN received through the 1022 hotline and the portal with processing times, a Sở Tài chính's budget
report on spending for the one-stop desks; provinces Ninh Thuận and Bình Định before the 1 July 2025 merger, Bắc Ninh,
Cà Mau and Khánh Hòa after it; periods quý I năm 2025, tháng 4 năm 2025, quý III năm 2025, quý I năm 2026 and năm
2025; not real documents), and every row below was written by reading them, before any extraction, restoration or
pipeline code was run on them. They also serve as held-out text for diacritic restoration.

Same structure and conventions as golden/blind120.py, blind119.py, blind118.py, blind117.py, blind16.py and
blind13.py: rows use `golden.facts.Fact` (context string that occurs once in the document + the figure as written
inside it). Prose and list counts are kind `count`; table cells are kind `value` even when they count, with
`extra={"source": "table"}`; `as_of="period"` is the period's end; a change is dated with the figure it changes and a
fall ("rút ngắn", "thấp hơn") is negative; a change in "điểm phần trăm" is kind change in `%` with the number alone as
raw. `ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly names
none: counts of communes, bodies, teams). "phản ánh, kiến nghị" counts use the unit `PAKN`, "thủ tục" counts `TTHC`;
a count of the files (or PAKN) an indicator is computed on carries that indicator's code; files with fees, money,
transactions, changes of counts and repeated counts have their code unchecked. Counts of local units take the unit
of their first unit word ("3/7 huyện, thành phố" → `huyện`, "24/61 xã, phường, thị trấn", "71/99 xã, phường",
"65/65 xã, phường, đặc khu" → `xã`), counts of "sở, ban, ngành" and "đơn vị" → `đơn vị` at the level of the bodies
counted; "99 đơn vị hành chính cấp xã (66 xã, 33 phường)" → subject `cấp xã` (unit `đơn vị`, level xã), its parts
`xã`, `phường`, `đặc khu` (subject unchecked, level xã). A threshold in a count of units ("đạt tỷ lệ từ 70% trở
lên", "dưới 70% dự toán") is kind target (as golden/blind115.py and blind119.py). Province-wide figures ("toàn
tỉnh", "của tỉnh", a report on the province's channels) have subject NULL; a provincial body's own figures naming no
body are named by its kind (`Công an tỉnh`); a sentence naming a body keeps the name as written ("Sở Tư pháp đã cấp
8.312 phiếu", "Sở Công Thương", "xã Sơn Động", "Thành phố Phan Rang - Tháp Chàm"). Things counted take the noun as
written (`giao dịch`, `giấy tờ`, `kết quả`, `tài khoản`, `yêu cầu`, `phiếu`, `lượt`, `cơ sở`, `trường hợp`, `nhân
khẩu`, `cuộc gọi`, `tổ`, `máy tính`, `máy quét`, `ki-ốt`, `công chức`, `trang`, `người`); money keeps the unit written
(`đồng`, `triệu đồng`, `tỷ đồng`; code unchecked); durations `ngày`, `giây`; "3,6 triệu người" → 3600000 `người`
(as golden/blind101's counts in triệu). Dates, document numbers and cited texts ("Kế hoạch số 1142/KH-UBND", "Công
văn số 608/VPUB-KSTT", "Nghị định số 45/2020/NĐ-CP", "Kế hoạch số 27/KH-UBND", "Quyết định số 06/QĐ-TTg", "Kế hoạch số
214/KH-UBND", "Quyết định số 186/QĐ-UBND", "Thông tư số 172/2012/TT-BTC", "Nghị quyết số 26/2024/NQ-HĐND", "Văn bản
số 4128/UBND-KT"), stated windows and data dates ("từ ngày 01/01/2025 đến ngày 31/3/2025", "Đến ngày 31/3/2025",
"Lũy kế đến ngày 30/9/2025", "Từ ngày 01/7/2025", "ngày 30/6/2025"), months naming a result ("Tháng 3/2025", "tháng
4/2025", "Tháng 3/2026"), "Bộ chỉ số 766", "Đề án 06", "mức 1", "mức 2", "từ đủ 14 tuổi", "Tổng đài 1022" (a
hotline's number, wherever it stands), "(C06)", "PC06", section and item numbering ("I.", "1.", "a)", "1)", "Bảng
1."), the STT column, addresses ("số 450 đường 21 tháng 8", "số 01 đường Trần Phú", "số 10 đường Lý Thái Tổ", "số 02
đường Hùng Vương", "số 04 đường Phan Chu Trinh"), phone numbers ("0259.3836.246", "0256.3822.614", "0222.3822.418",
"0290.3831.214", "0258.3822.416"), headings naming the next period ("III. NHIỆM VỤ QUÝ II NĂM 2025", "III. NHIỆM VỤ
QUÝ IV NĂM 2025", "6. Nhiệm vụ quý II năm 2026", "III. KIẾN NGHỊ VÀ NHIỆM VỤ NĂM 2026": no deadlines), numbers in
words ("ba đơn vị còn lại", "hai tỉnh", the days of "ngày hai mươi tám tháng 5", "ngày hai mươi chín tháng 5", "ngày
mười chín tháng 11", "ngày mười hai tháng 5", "ngày mười sáu tháng 3") and years are not figures.

New in this set (the decisions are written here):
- MONEY IN THREE SCALES IN ONE SENTENCE (690): "tổng số tiền 5.842.360.000 đồng (khoảng 5,84 tỷ đồng), trong đó tiền
  phí là 1.926,4 triệu đồng, tiền lệ phí là 3.915,96 triệu đồng; bình quân 141.580 đồng/giao dịch": every amount a
  figure of kind value in the unit written (`đồng`, `tỷ đồng`, `triệu đồng`; the approximate restatement too, as an
  approximate figure is a figure); the average per transaction `đồng` (kind value). Transactions by channel after
  "lần lượt là … tương ứng 72,33% và 27,67%" (the province's: subject NULL, code unchecked); the shares by means of
  payment code unchecked.
- A BUDGET REPORT (694): the Sở Tài chính reports the province's spending (subject NULL: "của toàn tỉnh"); the table
  by item of expenditure ("Thuê, sửa chữa, cải tạo trụ sở" …) has subject and level unchecked on its item rows (an
  item of spending is no body) and NULL on "Tổng cộng"; its header states the unit once in brackets "(đơn vị tính:
  triệu đồng)" for the two money columns ("Dự toán", "Thực hiện": kind value, not target: the budget allocated is a
  fact of the year). "cấp huyện (đến ngày 30/6/2025) 9.214 triệu đồng" is dated 2025-06-30 (the district level's
  spending stopped on that date, as a column dated before the period end). "năm 2024 (29.816 triệu đồng, cộng gộp
  hai tỉnh trước sắp xếp)" a previous value dated 2024-12-31 (subject and level unchecked, as golden/blind120.py's
  pre-merger sums); "bình quân 211,05 triệu đồng/đơn vị" the communes' average (`cấp xã`, kind value).
- A COUNT WITH ITS BASE IN ANOTHER UNIT (691: "44.186/47.920 kết quả"; 692: "1.426/1.547 cơ sở"; 693:
  "2.718/2.846 PAKN"): kind count with max_value the base.
- THE POLICE AND THE SỞ TƯ PHÁP IN ONE SECTION (692): "Công an tỉnh tiếp nhận và chuyển Sở Tư pháp 9.750 yêu cầu"
  are the Công an tỉnh's; "Sở Tư pháp đã cấp 8.312 phiếu, trong đó đúng hạn 8.206 phiếu, đạt 98,72%" are the Sở Tư
  pháp's (named in full); "thời gian xác minh bình quân của Công an tỉnh là 3,2 ngày/yêu cầu" the police's; the fee
  revenue "1.264,8 triệu đồng" names no one (subject and level unchecked).
- A HOTLINE'S CALLS (693): "Tổng đài 1022 nhận 6.418 cuộc gọi …" counts in `cuộc gọi` (subject and level unchecked:
  a hotline is no body), the wait "38 giây/cuộc gọi" in `giây`; the PAKN by channel and by field are the province's
  (channels subject NULL; the field rows subject and level unchecked, as a field is no body) with "ngày/PAKN" in
  `ngày`.

Per document:
- 690 is a quarterly Báo cáo of the Trung tâm Phục vụ hành chính công tỉnh Ninh Thuận (header "UBND TỈNH NINH THUẬN /
  TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG", number "186/BC-TTPVHCC", signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"), quý I năm 2025,
  issued 08/4/2025, before the merger (ranks /63). Province-wide: "1.682 TTHC … 946 TTHC … 938 TTHC, đạt 99,15%";
  "38.426 hồ sơ có phát sinh phí, lệ phí, trong đó 27.318 hồ sơ …, đạt 71,09% (quý IV năm 2024: 64,86%), tăng 6,23
  điểm phần trăm. So với chỉ tiêu UBND tỉnh giao năm 2025 là 80% thì … chưa đạt" (the 71,09% carries the target,
  dated 2025-12-31); the three levels in a dash list (`cấp tỉnh`, `cấp huyện`, `cấp xã`; the paid count and share the
  payment code); money (above); "386 giao dịch, chiếm 0,93%", "58 giao dịch … 12,45 triệu đồng". A MARKDOWN TABLE
  BY SỞ (as written, level tỉnh; "Các cơ quan khác" subject unchecked; "Cộng cấp tỉnh" `cấp tỉnh`; the share the
  payment code, counts and money unchecked); "Sở Công Thương … thấp hơn bình quân cấp tỉnh 31,17 điểm phần trăm" (its
  negative change). Districts "78,42% … (38,15%) … (42,60%)" (as written, level huyện, the payment code), "3/7 huyện,
  thành phố … từ 70% trở lên", "24/61 xã, phường, thị trấn … trên 60%", "9 xã". The province's 766 group "6,84/10
  điểm (tháng 12/2024: 5,92 điểm), tăng 0,92 điểm" (`766.thanh_toan`), `79,46/100`, `24/63`. Task 1's "08 TTHC" and
  task 3's "58 giao dịch" counts repeated; task 2's "tối thiểu 70% trong quý II năm 2025" the named Sở's target
  (subject and level unchecked, 2025-06-30). Six deadlines: day, quarter (with the target), "chậm nhất ngày hai mươi
  tám tháng 5 năm 2025", month, year in a request "Đề nghị Bưu điện tỉnh Ninh Thuận …", "trước ngày 05 hằng tháng"
  (issued 08/4/2025, after the 5th: first 05/5/2025).
- 691 is a THÔNG BÁO (doc_type "Thông báo") of the Văn phòng UBND tỉnh Bình Định (header "UBND TỈNH BÌNH ĐỊNH / VĂN
  PHÒNG", number "98/TB-VPUB", signed "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG"), tháng 4 năm 2025, issued
  07/5/2025. Province-wide: "52.648 hồ sơ … 49.312 hồ sơ, đạt 93,66% (tháng 3/2025: 91,08%)" (previous 2025-03-31);
  the three levels after "lần lượt là"; "44.186/47.920 kết quả, đạt 92,21%" (e-results code); reuse "46,38%, tăng 5,14
  điểm phần trăm"; the three targets of 2025 in one sentence ("số hóa 100% hồ sơ, cấp bản điện tử cho 100% kết quả …
  tối thiểu 50%; … cả ba chỉ tiêu đều chưa đạt": each carried by its share with "chưa đạt", dated 2025-12-31);
  "312.486 giấy tờ, tăng 18.624 giấy tờ", "27 TTHC". A dash list of four provincial bodies (as written, level tỉnh;
  `Công an tỉnh`). A TAB-SEPARATED TABLE BY DISTRICT ("Thành phố Quy Nhơn" … "Huyện Vĩnh Thạnh" as written, level
  huyện; "Cộng cấp huyện" `cấp huyện`; received, digitisation, e-results and reuse codes). "8/11 huyện, thị xã, thành
  phố … trên 90%", "huyện An Lão thấp hơn bình quân cấp huyện 8,76 điểm phần trăm", "121/155 xã, phường, thị trấn … từ
  90% trở lên; 34 đơn vị". Task 2's "tối thiểu 50% trong quý II năm 2025" (subject and level unchecked, 2025-06-30).
  Six deadlines: day for three named districts, quarter (with the target), "chậm nhất ngày hai mươi chín tháng 5 năm
  2025", month, year in a request "Đề nghị Công an tỉnh …", "trước ngày 10 hằng tháng" (issued 07/5/2025: first
  10/5/2025).
- 692 is a quarterly Báo cáo of the Công an tỉnh Bắc Ninh (merged with Bắc Giang; header "BỘ CÔNG AN / CÔNG AN TỈNH BẮC
  NINH", number "3126/BC-CAT-PC06", signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC / Đại tá Thân Văn Khoa": the signer without his
  rank), quý III năm 2025, issued 07/10/2025. "99 đơn vị hành chính cấp xã (66 xã, 33 phường) … trên 3,6 triệu người"
  (the province's), "04 tổ công tác" (the police's, code None). Accounts (cumulative to the period end, the police's):
  "2.486.412 hồ sơ … 2.318.615 tài khoản (identity-account code); … mức 1 là 296.204 …, mức 2 là 2.022.411 …" (parts:
  code unchecked), "86.318 tài khoản mức 2"; "d) Trên địa bàn tỉnh, …" a dash list of the province's uses of VNeID
  ("412.618 lượt", "146/152 cơ sở …, chiếm 96,05%", "186.412 giấy phép", "1.024.316 người …, đạt 28,45% dân số": subject
  NULL, codes unchecked), "tạm khóa 1.286 tài khoản" (the police's); the province's share "76,84% (quý II năm 2025:
  71,26%), tăng 5,58 điểm phần trăm; chỉ tiêu năm 2025 là 80%, chưa đạt" (identity-account code); the former provinces
  "tương ứng là 81,12% và 73,05%" (subject and level unchecked); "71/99 xã, phường … từ 75% trở lên" and three communes
  in brackets (as written, level xã). Judicial records, residence notices ("684.215 lượt …, tăng 96.318 lượt … (587.897
  lượt)": previous 2025-06-30), "1.426/1.547 cơ sở …, chiếm 92,18%" (the establishments: subject and level unchecked),
  "38 trường hợp … 71,5 triệu đồng"; the police's own services "64.812 … 61.406 …, chiếm 94,74% … đúng hạn 100% hồ sơ …
  38.615 hồ sơ … 12,86 tỷ đồng", "3.642.108 nhân khẩu, đạt 99,36%", PAKN "146 … 142 (đạt 97,26%) … 04 … 2,4 ngày/PAKN".
  Task 2's "tối thiểu 70% trong quý IV năm 2025" and task 5's "cho 100% yêu cầu … trong năm 2026" targets (subject and
  level unchecked; 2025-12-31, 2026-12-31). Six deadlines: day, quarter for three named commune police (with the
  target), "chậm nhất ngày mười chín tháng 11 năm 2025", month, year in a request "Đề nghị Sở Tư pháp …", "trước ngày 22
  hằng tháng" (issued 07/10/2025: first 22/10/2025).
- 693 is a quarterly Báo cáo of the Văn phòng UBND tỉnh Cà Mau (merged with Bạc Liêu; header "UBND TỈNH CÀ MAU / VĂN
  PHÒNG", number "214/BC-VP", signed "KT. CHÁNH VĂN PHÒNG / PHÓ CHÁNH VĂN PHÒNG"), quý I năm 2026, issued 03/4/2026,
  ranks /34. Province-wide PAKN "2.846 … tăng 412 PAKN … (2.434 PAKN)" (previous 2025-12-31), four channels in a dash
  list, the hotline's calls (above), "2.718/2.846 PAKN, đạt 95,50% … 2.604 PAKN, chiếm 95,81% … 114 … 128 … chỉ tiêu
  năm 2026 … là 95%, … đã đạt" (the 95,81% carries it; target dated 2026-12-31), "4,6 ngày/PAKN, rút ngắn 0,8 ngày …
  (5,4 ngày/PAKN)" (`pakn.thoi_gian`), "91,24%"; six fields in a dash list; "a) Cấp tỉnh: … 1.126 PAKN … 97,12%"
  (`cấp tỉnh`), "14/17 sở, ban, ngành … đúng hạn 100% PAKN" (the threshold a target), "Sở Nông nghiệp và Môi trường
  còn 46 PAKN"; "b) Cấp xã: … 1.720 … 94,18%" (`cấp xã`), "64 đơn vị hành chính cấp xã (55 xã, 09 phường)", "51/64 xã,
  phường … từ 90% trở lên", three communes in brackets; the province's 766 group "16,42/18 điểm (tháng 12/2025: 15,86
  điểm)" (`766.hai_long`), `84,18/100`, `14/34`, "tăng 3 bậc". Task 1's "46 PAKN" repeated; task 2's "tối thiểu 90%
  trong quý II năm 2026" (subject and level unchecked, 2026-06-30). Six deadlines in items "1)" … "6)": day, quarter
  (with the target), "chậm nhất ngày mười hai tháng 5 năm 2026", month, year in a request "Đề nghị VNPT Cà Mau …",
  "trước ngày 28 hằng tháng" (issued 03/4/2026: first 28/4/2026).
- 694 is an annual Báo cáo of the Sở Tài chính tỉnh Khánh Hòa (merged with Ninh Thuận; header "UBND TỈNH KHÁNH HÒA /
  SỞ TÀI CHÍNH", number "246/BC-STC", signed "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC"), năm 2025, issued 16/01/2026. "65 đơn vị
  hành chính cấp xã (48 xã, 16 phường, 01 đặc khu) … 65/65 xã, phường, đặc khu"; the budget (above), the split by
  level and by former province, A MARKDOWN TABLE BY ITEM OF EXPENDITURE, "146 máy tính, 92 máy quét và 24 ki-ốt",
  "1.500.000 đồng/người/tháng cho 486 công chức, viên chức", "1.284.600 trang", "18.426 hồ sơ"; fees "186,42 tỷ đồng
  … 128,64 tỷ đồng, chiếm 69,01% (năm 2024: 58,36%); chỉ tiêu năm 2025 là 70%, chưa đạt" (a share of money, code
  unchecked; the target dated 2025-12-31), "412.638 giao dịch, tăng 96.214 … 318.412 giao dịch, chiếm 77,16%";
  unspent "3.224 … 2.816 … 408 triệu đồng", "7/65 xã, phường, đặc khu … dưới
  70% dự toán". Task 2's "tối thiểu 40% dự toán … trong quý II năm 2026" (subject and level unchecked, 2026-06-30);
  task 4's "92 máy quét" repeated. Six deadlines: day, quarter (with the target), "chậm nhất ngày mười sáu tháng 3 năm
  2026", month, year in a request "Đề nghị Văn phòng UBND tỉnh …", "trước ngày 12 hằng tháng" (issued 16/01/2026,
  after the 12th: first 12/02/2026).

Unsure readings (fields left `ANY`, or decided and written here): the subject of the fields of 693 and of the items of
694's table (no body: unchecked); the owner of 692's fee revenue and of the lodging establishments (unchecked); the
former provinces' figures of 692 and 694 (unchecked, as earlier sets); 694's "cấp huyện (đến ngày 30/6/2025)" dated
2025-06-30 (a reader could date it at the period end, the district level having spent nothing after June); 694's
"69,01%" is a share of money paid online, not of files (code unchecked rather than the payment code); the codes of the
PAKN handled/on-time/overdue/pending counts and shares (unchecked: the catalogue's PAKN codes are not certain for
"đang trong thời hạn xử lý"); 690's "đạt 99,15%" of TTHC integrated with payment (code unchecked).
"""
from __future__ import annotations

from golden.facts import (
    _DH,
    _KQ,
    _NOP,
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
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_TG = "pakn.thoi_gian"
_OPEN = {"subject": ANY, "level": ANY}
_IN_TINH = {"subject": ANY, "level": "tỉnh"}
_IN_HUYEN = {"subject": ANY, "level": "huyện"}
_IN_XA = {"subject": ANY, "level": "xã"}
_CAP_XA = {"subject": "cấp xã", "level": "xã"}
_NULL = {"subject": None, "level": None}
_TINH = {"subject": "cấp tỉnh", "level": "tỉnh"}
_HUYEN = {"subject": "cấp huyện", "level": "huyện"}
_XA = {"subject": "cấp xã", "level": "xã"}


def _by(subject: object, level: object):
    """A row maker for one body's own figures (subject and level fixed)."""
    def make(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
        return F(context, raw, value, unit, kind, subject=subject, level=level, **kw)
    return make


_prov = _by(None, None)


def _row_cells(line: str, sep: str, after: str, who: dict, cells: list[tuple[str, str, object]]) -> list[Fact]:
    """The numeric cells of one table row written as `line` (cells separated by `sep`), left to right: a cell's
    context is the separator before it, the rest of its row and the start of the next line (`after`), so that it
    occurs once and the raw text is found first at the cell itself."""
    facts, at = [], 0
    for raw, unit, code in cells:
        at = line.find(sep + raw, at)
        while True:
            rest = line[at + len(sep) + len(raw):]
            if rest.startswith(sep) or rest in ("", " |"):
                break
            at = line.find(sep + raw, at + 1)
        facts.append(F(line[at:] + "\n" + after, raw, _num(raw), unit, P, code=code, extra=TAB, **who))
        at += len(sep)
    return facts


def _table(rows: list[tuple[str, ...]], make_line, after_last: str, who_of, units: tuple, codes: tuple) -> list[Fact]:
    """All numeric cells of a table given as (STT, name, *values) rows; `make_line` writes a row as the document does,
    `who_of(name)` gives the row's subject and level."""
    facts = []
    for i, (stt, name, *values) in enumerate(rows):
        line = make_line((stt, name, *values))
        if i + 1 < len(rows):
            nxt = rows[i + 1]
            after = make_line((nxt[0], nxt[1]))
            after = after.rsplit(" |", 1)[0] if after.endswith(" |") else after
        else:
            after = after_last
        sep = " | " if line.startswith("|") else "\t"
        facts += _row_cells(line, sep, after, who_of(name), list(zip(values, units, codes, strict=True)))
    return facts


def _md_line(cells: tuple[str, ...]) -> str:
    """A Markdown table row as the documents write it (an empty STT cell as "| |")."""
    return ("| " + " | ".join(cells) + " |").replace("|  |", "| |")


def _tab_line(cells: tuple[str, ...]) -> str:
    """A tab-separated table row."""
    return "\t".join(cells)


# ------------------------------------------------------------ 690: Trung tâm PVHCC tỉnh Ninh Thuận, quý I năm 2025
_Q4_2024 = "2024-12-31"

_AGENCIES_690 = [
    ("1", "Sở Tư pháp", "3.846", "3.612", "93,92", "412,6"),
    ("2", "Sở Xây dựng", "1.218", "1.046", "85,88", "286,4"),
    ("3", "Sở Nông nghiệp và Môi trường", "2.964", "2.108", "71,12", "1.126,8"),
    ("4", "Sở Y tế", "2.486", "2.214", "89,06", "618,2"),
    ("5", "Sở Tài chính", "1.126", "986", "87,57", "164,5"),
    ("6", "Sở Công Thương", "612", "318", "51,96", "48,6"),
    ("7", "Các cơ quan khác", "362", "202", "55,80", "36,9"),
    ("", "Cộng cấp tỉnh", "12.614", "10.486", "83,13", "2.694,0"),
]


def _who_690(name: str) -> dict:
    """Bảng 1's rows: a Sở as written (level tỉnh), the other bodies together (subject unchecked), the total the
    provincial level."""
    if name == "Cộng cấp tỉnh":
        return _TINH
    if name == "Các cơ quan khác":
        return _IN_TINH
    return {"subject": name, "level": "tỉnh"}


def _agencies_690() -> list[Fact]:
    """Bảng 1 (Markdown, by Sở): files with fees (`hồ sơ`), files paid online (`hồ sơ`), the share (`%`, the payment
    code) and the money collected (`triệu đồng`)."""
    return _table(_AGENCIES_690, _md_line, "\nSở Tư pháp dẫn đầu", _who_690,
                  ("hồ sơ", "hồ sơ", "%", "triệu đồng"), (ANY, ANY, _TT, ANY))


BLIND_690 = [
    # I. the province's TTHC with fees and those integrated with online payment
    _prov("hiện có 1.682 TTHC", "1.682", 1682, "TTHC", C, code=ANY),
    _prov("có 946 TTHC", "946", 946, "TTHC", C, code=ANY),
    _prov("cho 938 TTHC", "938", 938, "TTHC", C, code=ANY),
    _prov("đạt 99,15%", "99,15%", 99.15, "%", code=ANY),
    # II.1 files with fees (quý IV năm 2024 dated 2024-12-31; the target dated 2025-12-31) and the three levels
    _prov("tiếp nhận 38.426 hồ sơ", "38.426", 38426, "hồ sơ", C, code=ANY),
    _prov("đó 27.318 hồ sơ", "27.318", 27318, "hồ sơ", C, code=_TT),
    _prov("đạt 71,09%", "71,09%", 71.09, "%", code=_TT, target=80, stated_status="chưa đạt"),
    _prov("(quý IV năm 2024: 64,86%)", "64,86%", 64.86, "%", PR, as_of=_Q4_2024, code=_TT),
    _prov("tăng 6,23 điểm", "6,23", 6.23, "%", CH, code=ANY),
    _prov("năm 2025 là 80%", "80%", 80, "%", T, as_of="2025-12-31", code=_TT),
    F("Cấp tỉnh: 12.614", "12.614", 12614, "hồ sơ", C, code=ANY, **_TINH),
    F("trực tuyến 10.486 hồ sơ", "10.486", 10486, "hồ sơ", C, code=_TT, **_TINH),
    F("đạt 83,13%", "83,13%", 83.13, "%", code=_TT, **_TINH),
    F("Cấp huyện: 17.208", "17.208", 17208, "hồ sơ", C, code=ANY, **_HUYEN),
    F("trực tuyến 11.962 hồ sơ", "11.962", 11962, "hồ sơ", C, code=_TT, **_HUYEN),
    F("đạt 69,51%", "69,51%", 69.51, "%", code=_TT, **_HUYEN),
    F("Cấp xã: 8.604", "8.604", 8604, "hồ sơ", C, code=ANY, **_XA),
    F("trực tuyến 4.870 hồ sơ", "4.870", 4870, "hồ sơ", C, code=_TT, **_XA),
    F("đạt 56,60%", "56,60%", 56.6, "%", code=_TT, **_XA),
    # II.2 transactions and money in three scales; channels after "lần lượt là"; means of payment; unreconciled
    _prov("ghi nhận 41.265 giao dịch", "41.265", 41265, "giao dịch", C, code=ANY),
    _prov("tiền 5.842.360.000 đồng", "5.842.360.000", 5842360000, "đồng", code=ANY),
    _prov("(khoảng 5,84 tỷ đồng)", "5,84", 5.84, "tỷ đồng", code=ANY),
    _prov("phí là 1.926,4 triệu", "1.926,4", 1926.4, "triệu đồng", code=ANY),
    _prov("lệ phí là 3.915,96", "3.915,96", 3915.96, "triệu đồng", code=ANY),
    _prov("bình quân 141.580 đồng", "141.580", 141580, "đồng", code=ANY),
    _prov("là 386 giao dịch", "386", 386, "giao dịch", C, code=ANY),
    _prov("chiếm 0,93%", "0,93%", 0.93, "%", code=ANY),
    _prov("lần lượt là 29.846 giao dịch", "29.846", 29846, "giao dịch", C, code=ANY),
    _prov("và 11.419 giao dịch", "11.419", 11419, "giao dịch", C, code=ANY),
    _prov("tương ứng 72,33%", "72,33%", 72.33, "%", code=ANY),
    _prov("và 27,67%", "27,67%", 27.67, "%", code=ANY),
    _prov("chiếm 68,4%", "68,4%", 68.4, "%", code=ANY),
    _prov("chiếm 19,2%", "19,2%", 19.2, "%", code=ANY),
    _prov("chiếm 12,4%", "12,4%", 12.4, "%", code=ANY),
    _prov("còn 58 giao dịch", "58", 58, "giao dịch", C, code=ANY),
    _prov("tiền 12,45 triệu đồng", "12,45", 12.45, "triệu đồng", code=ANY),
    # II.3 Bảng 1 and the lowest Sở's gap
    *_agencies_690(),
    F("cấp tỉnh 31,17 điểm", "31,17", -31.17, "%", CH, subject="Sở Công Thương", level="tỉnh", code=ANY),
    # II.4 districts and communes (the thresholds targets)
    F("cao nhất với 78,42%", "78,42%", 78.42, "%", subject="Thành phố Phan Rang - Tháp Chàm", level="huyện",
      code=_TT),
    F("(38,15%)", "38,15%", 38.15, "%", subject="huyện Bác Ái", level="huyện", code=_TT),
    F("(42,60%)", "42,60%", 42.6, "%", subject="huyện Thuận Bắc", level="huyện", code=_TT),
    F("Có 3/7 huyện", "3/7", 3, "huyện", C, max_value=7, code=None, **_IN_HUYEN),
    F("từ 70% trở lên", "70%", 70, "%", T, code=ANY, **_IN_HUYEN),
    F("có 24/61 xã", "24/61", 24, "xã", C, max_value=61, code=None, **_IN_XA),
    F("tỷ lệ trên 60%", "60%", 60, "%", T, code=ANY, **_IN_XA),
    F("còn 9 xã", "9", 9, "xã", C, code=None, **_IN_XA),
    # II.5 the province's 766 result of tháng 3/2025 (the period's last month); tháng 12/2024 dated 2024-12-31
    _prov("đạt 6,84/10", "6,84/10", 6.84, "điểm", max_value=10, code="766.thanh_toan"),
    _prov("(tháng 12/2024: 5,92 điểm)", "5,92", 5.92, "điểm", PR, max_value=10, as_of=_Q4_2024,
          code="766.thanh_toan"),
    _prov("tăng 0,92 điểm", "0,92", 0.92, "điểm", CH, code="766.thanh_toan"),
    _prov("đạt 79,46/100", "79,46/100", 79.46, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 24/63", "24/63", 24, "hạng", R, max_value=63, code=_HANG),
    # III. counts repeated in tasks 1 and 3; task 2's target for quý II (address "đường 21 tháng 8", phone no figures)
    F("cho 08 TTHC", "08", 8, "TTHC", C, code=ANY, **_OPEN),
    F("tối thiểu 70% trong quý II", "70%", 70, "%", T, as_of="2025-06-30", code=ANY, **_OPEN),
    F("đối soát 58 giao dịch", "58", 58, "giao dịch", C, code=ANY, **_OPEN),
]

# ------------------------------------------------------------ 691: Văn phòng UBND tỉnh Bình Định, tháng 4 năm 2025
_DISTRICTS_691 = [
    ("1", "Thành phố Quy Nhơn", "6.842", "96,18", "95,42", "52,16"),
    ("2", "Thị xã An Nhơn", "2.316", "94,52", "93,08", "48,74"),
    ("3", "Thị xã Hoài Nhơn", "2.618", "93,84", "92,66", "47,92"),
    ("4", "Huyện Tuy Phước", "1.942", "92,36", "90,84", "45,18"),
    ("5", "Huyện Phù Cát", "1.806", "91,72", "90,16", "44,62"),
    ("6", "Huyện Phù Mỹ", "1.734", "91,08", "89,42", "43,86"),
    ("7", "Huyện Tây Sơn", "1.528", "90,64", "88,96", "42,38"),
    ("8", "Huyện Hoài Ân", "986", "90,12", "88,14", "41,06"),
    ("9", "Huyện An Lão", "312", "84,62", "82,48", "36,24"),
    ("10", "Huyện Vân Canh", "286", "86,36", "84,12", "38,46"),
    ("11", "Huyện Vĩnh Thạnh", "348", "87,93", "85,26", "39,08"),
    ("", "Cộng cấp huyện", "20.718", "93,38", "92,08", "47,34"),
]


def _districts_691() -> list[Fact]:
    """Bảng 1 (tab-separated, by district-level unit as written, level huyện; "Cộng cấp huyện" `cấp huyện`): files
    received (the received code), digitisation, e-results and reuse shares (their codes)."""
    return _table(_DISTRICTS_691, _tab_line, "\nCó 8/11",
                  lambda name: _HUYEN if name == "Cộng cấp huyện" else {"subject": name, "level": "huyện"},
                  ("hồ sơ", "%", "%", "%"), (_TN, _SH, _KQ, _TSD))


def _bodies_691() -> list[Fact]:
    """The dash list "- <body>: số hóa x%, tái sử dụng y%;" of four provincial bodies (as written, level tỉnh)."""
    rows = [("Sở Tư pháp", "99,46", "62,18"), ("Sở Xây dựng", "98,36", "51,20"),
            ("Sở Nông nghiệp và Môi trường", "95,12", "38,64"), ("Công an tỉnh", "99,82", "68,45")]
    facts = []
    for name, digitised, reused in rows:
        who = {"subject": name, "level": "tỉnh"}
        facts.append(F(f"{name}: số hóa {digitised}%", f"{digitised}%", _num(digitised), "%", code=_SH, **who))
        facts.append(F(f"tái sử dụng {reused}%", f"{reused}%", _num(reused), "%", code=_TSD, **who))
    return facts


BLIND_691 = [
    # I. the province (tháng 3/2025 dated 2025-03-31; the three targets of 2025 each carried by its share)
    _prov("tiếp nhận 52.648 hồ sơ", "52.648", 52648, "hồ sơ", C, code=_TN),
    _prov("số hóa 49.312 hồ sơ", "49.312", 49312, "hồ sơ", C, code=_SH),
    _prov("đạt 93,66%", "93,66%", 93.66, "%", code=_SH, target=100, stated_status="chưa đạt"),
    _prov("(tháng 3/2025: 91,08%)", "91,08%", 91.08, "%", PR, as_of="2025-03-31", code=_SH),
    F("lần lượt là 97,84%", "97,84%", 97.84, "%", code=_SH, **_TINH),
    F("97,84%, 93,38%", "93,38%", 93.38, "%", code=_SH, **_HUYEN),
    F("và 88,40%", "88,40%", 88.4, "%", code=_SH, **_XA),
    _prov("là 44.186/47.920 kết quả", "44.186/47.920", 44186, "kết quả", C, max_value=47920, code=_KQ),
    _prov("đạt 92,21%", "92,21%", 92.21, "%", code=_KQ, target=100, stated_status="chưa đạt"),
    _prov("đạt 46,38%", "46,38%", 46.38, "%", code=_TSD, target=50, stated_status="chưa đạt"),
    _prov("tăng 5,14 điểm", "5,14", 5.14, "%", CH, code=ANY),
    _prov("số hóa 100% hồ sơ", "100%", 100, "%", T, as_of="2025-12-31", code=_SH),
    _prov("cho 100% kết quả", "100%", 100, "%", T, as_of="2025-12-31", code=_KQ),
    _prov("đạt tối thiểu 50%;", "50%", 50, "%", T, as_of="2025-12-31", code=_TSD),
    _prov("lưu 312.486 giấy tờ", "312.486", 312486, "giấy tờ", C, code=ANY),
    _prov("tăng 18.624 giấy tờ", "18.624", 18624, "giấy tờ", CH, code=ANY),
    _prov("có 27 TTHC", "27", 27, "TTHC", C, code=ANY),
    # II.1 the provincial bodies; II.2 Bảng 1, the count above a threshold, the lowest district's gap; II.3 communes
    *_bodies_691(),
    *_districts_691(),
    F("Có 8/11 huyện", "8/11", 8, "huyện", C, max_value=11, code=None, **_IN_HUYEN),
    F("hồ sơ trên 90%", "90%", 90, "%", T, code=ANY, **_IN_HUYEN),
    F("cấp huyện 8,76 điểm", "8,76", -8.76, "%", CH, subject="huyện An Lão", level="huyện", code=ANY),
    F("Có 121/155 xã", "121/155", 121, "xã", C, max_value=155, code=None, **_IN_XA),
    F("từ 90% trở lên", "90%", 90, "%", T, code=ANY, **_IN_XA),
    F("34 đơn vị", "34", 34, "đơn vị", C, code=None, **_IN_XA),
    # III. task 2's target for quý II (address, phone no figures)
    F("tối thiểu 50% trong quý II", "50%", 50, "%", T, as_of="2025-06-30", code=ANY, **_OPEN),
]

# ------------------------------------------------------------ 692: Công an tỉnh Bắc Ninh, quý III năm 2025
_CA = "Công an tỉnh"
_cat = _by(_CA, "tỉnh")
_Q2_2025 = "2025-06-30"

BLIND_692 = [
    # I. the province after the merger; the police's mobile teams
    F("có 99 đơn vị", "99", 99, "đơn vị", C, code=None, **_CAP_XA),
    F("(66 xã", "66", 66, "xã", C, code=None, **_IN_XA),
    F("33 phường)", "33", 33, "phường", C, code=None, **_IN_XA),
    _prov("trên 3,6 triệu", "3,6 triệu", 3600000, "người", C, code=ANY),
    _cat("lập 04 tổ", "04", 4, "tổ", C, code=None),
    # II.1 identity accounts (cumulative to the period end); the province's share (quý II dated 2025-06-30; the
    # target dated 2025-12-31); the former provinces; communes (the threshold a target)
    _cat("tiếp nhận 2.486.412 hồ sơ", "2.486.412", 2486412, "hồ sơ", C, code=ANY),
    _cat("kích hoạt 2.318.615 tài khoản", "2.318.615", 2318615, "tài khoản", C, code=_TK),
    _cat("mức 1 là 296.204", "296.204", 296204, "tài khoản", C, code=ANY),
    _cat("mức 2 là 2.022.411", "2.022.411", 2022411, "tài khoản", C, code=ANY),
    _cat("mới 86.318 tài khoản", "86.318", 86318, "tài khoản", C, code=ANY),
    # II.1 d) the province's use of VNeID services (codes unchecked); the accounts the police locked
    _prov("- 412.618 lượt", "412.618", 412618, "lượt", C, code=ANY),
    _prov("- 146/152 cơ sở", "146/152", 146, "cơ sở", C, max_value=152, code=ANY),
    _prov("chiếm 96,05%", "96,05%", 96.05, "%", code=ANY),
    _prov("- 186.412 giấy phép", "186.412", 186412, "giấy phép", C, code=ANY),
    _prov("- 1.024.316 người", "1.024.316", 1024316, "người", C, code=ANY),
    _prov("đạt 28,45%", "28,45%", 28.45, "%", code=ANY),
    _cat("khóa 1.286 tài khoản", "1.286", 1286, "tài khoản", C, code=ANY),
    _prov("đạt 76,84%", "76,84%", 76.84, "%", code=_TK, target=80, stated_status="chưa đạt"),
    _prov("(quý II năm 2025: 71,26%)", "71,26%", 71.26, "%", PR, as_of=_Q2_2025, code=_TK),
    _prov("tăng 5,58 điểm", "5,58", 5.58, "%", CH, code=ANY),
    _prov("năm 2025 là 80%", "80%", 80, "%", T, as_of="2025-12-31", code=_TK),
    F("tương ứng là 81,12%", "81,12%", 81.12, "%", code=_TK, **_OPEN),
    F("và 73,05%", "73,05%", 73.05, "%", code=_TK, **_OPEN),
    F("Có 71/99 xã", "71/99", 71, "xã", C, max_value=99, code=None, **_IN_XA),
    F("từ 75% trở lên", "75%", 75, "%", T, code=ANY, **_IN_XA),
    F("(58,46%)", "58,46%", 58.46, "%", subject="xã Sơn Động", level="xã", code=_TK),
    F("(60,12%)", "60,12%", 60.12, "%", subject="xã Tây Yên Tử", level="xã", code=_TK),
    F("(62,38%)", "62,38%", 62.38, "%", subject="xã Đại Sơn", level="xã", code=_TK),
    # II.2 judicial records: the police's requests, the Sở Tư pháp's certificates (named), the police's checks
    _cat("Sở Tư pháp 9.750 yêu cầu", "9.750", 9750, "yêu cầu", C, code=ANY),
    _cat("VNeID 8.426 yêu cầu", "8.426", 8426, "yêu cầu", C, code=ANY),
    _cat("chiếm 86,42%", "86,42%", 86.42, "%", code=ANY),
    F("cấp 8.312 phiếu", "8.312", 8312, "phiếu", C, subject="Sở Tư pháp", level="tỉnh", code=ANY),
    F("đúng hạn 8.206 phiếu", "8.206", 8206, "phiếu", C, subject="Sở Tư pháp", level="tỉnh", code=ANY),
    F("đạt 98,72%", "98,72%", 98.72, "%", subject="Sở Tư pháp", level="tỉnh", code=ANY),
    _cat("là 3,2 ngày", "3,2", 3.2, "ngày", code=ANY),
    _cat("rút ngắn 1,1 ngày", "1,1", -1.1, "ngày", CH, code=ANY),
    F("là 1.264,8 triệu", "1.264,8", 1264.8, "triệu đồng", code=ANY, **_OPEN),
    # II.3 residence notices (quý II dated 2025-06-30), establishments, fines
    _cat("Tiếp nhận 684.215 lượt", "684.215", 684215, "lượt", C, code=ANY),
    _cat("tăng 96.318 lượt", "96.318", 96318, "lượt", CH, code=ANY),
    _cat("(587.897 lượt)", "587.897", 587897, "lượt", PR, as_of=_Q2_2025, code=ANY),
    F("Có 1.426/1.547 cơ sở", "1.426/1.547", 1426, "cơ sở", C, max_value=1547, code=ANY, **_OPEN),
    F("chiếm 92,18%", "92,18%", 92.18, "%", code=ANY, **_OPEN),
    _cat("xử lý 38 trường hợp", "38", 38, "trường hợp", C, code=ANY),
    _cat("phạt tiền 71,5 triệu", "71,5", 71.5, "triệu đồng", code=ANY),
    # II.4 the police's own services; data cleaning; II.5 PAKN
    _cat("tiếp nhận 64.812 hồ sơ", "64.812", 64812, "hồ sơ", C, code=_TN),
    _cat("đó 61.406 hồ sơ", "61.406", 61406, "hồ sơ", C, code=_NOP),
    _cat("chiếm 94,74%", "94,74%", 94.74, "%", code=_NOP),
    _cat("hạn 100% hồ sơ", "100%", 100, "%", code=_DH),
    _cat("Có 38.615 hồ sơ", "38.615", 38615, "hồ sơ", C, code=_TT),
    _cat("tiền 12,86 tỷ đồng", "12,86", 12.86, "tỷ đồng", code=ANY),
    _cat("của 3.642.108 nhân khẩu", "3.642.108", 3642108, "nhân khẩu", C, code=ANY),
    _cat("đạt 99,36%", "99,36%", 99.36, "%", code=ANY),
    _cat("Tiếp nhận 146 PAKN", "146", 146, "PAKN", C, code=_PAKN_TN),
    _cat("giải quyết 142 PAKN", "142", 142, "PAKN", C, code=ANY),
    _cat("(đạt 97,26%)", "97,26%", 97.26, "%", code=ANY),
    _cat("còn 04 PAKN", "04", 4, "PAKN", C, code=ANY),
    _cat("bình quân 2,4 ngày", "2,4", 2.4, "ngày", code=ANY),
    # III. targets in tasks 2 and 5 (address, phone no figures)
    F("tối thiểu 70% trong quý IV", "70%", 70, "%", T, as_of="2025-12-31", code=ANY, **_OPEN),
    F("cho 100% yêu cầu", "100%", 100, "%", T, as_of="2026-12-31", code=ANY, **_OPEN),
]

# ------------------------------------------------------------ 693: Văn phòng UBND tỉnh Cà Mau, quý I năm 2026
_Q4_2025 = "2025-12-31"


def _channels_693() -> list[Fact]:
    """The dash list of channels "- Qua <channel>: <n> PAKN, chiếm <x>%;" (the province's; code unchecked)."""
    rows = [("1022: 1.624 PAKN", "1.624", "chiếm 57,06%", "57,06%"),
            ("tỉnh: 786 PAKN", "786", "chiếm 27,62%", "27,62%"),
            ("quốc gia: 312 PAKN", "312", "chiếm 10,96%", "10,96%"),
            ("khác: 124 PAKN", "124", "chiếm 4,36%", "4,36%")]
    facts = []
    for count_ctx, count, share_ctx, share in rows:
        facts.append(_prov(count_ctx, count, _num(count), "PAKN", C, code=ANY))
        facts.append(_prov(share_ctx, share, _num(share), "%", code=ANY))
    return facts


def _fields_693() -> list[Fact]:
    """The dash list of fields "- <field>: <n> PAKN, … bình quân <d> ngày/PAKN;" (a field is no body: subject and level
    unchecked; the days the PAKN time code)."""
    rows = [("Đất đai: 842 PAKN", "842", "7,2 ngày", "7,2"), ("đô thị: 486 PAKN", "486", "5,1 ngày", "5,1"),
            ("Môi trường: 394 PAKN", "394", "4,3 ngày", "4,3"), ("Giao thông: 356 PAKN", "356", "3,8 ngày", "3,8"),
            ("viễn thông: 412 PAKN", "412", "2,6 ngày", "2,6"), ("khác: 356 PAKN", "356", "3,2 ngày", "3,2")]
    facts = []
    for count_ctx, count, days_ctx, days in rows:
        facts.append(F(count_ctx, count, _num(count), "PAKN", C, code=ANY, **_OPEN))
        facts.append(F(days_ctx, days, _num(days), "ngày", code=_PAKN_TG, **_OPEN))
    return facts


BLIND_693 = [
    # 1. PAKN received (quý IV năm 2025 dated 2025-12-31), channels, the hotline's calls
    _prov("tiếp nhận 2.846 phản ánh", "2.846", 2846, "PAKN", C, code=_PAKN_TN),
    _prov("tăng 412 PAKN", "412", 412, "PAKN", CH, code=ANY),
    _prov("(2.434 PAKN)", "2.434", 2434, "PAKN", PR, as_of=_Q4_2025, code=_PAKN_TN),
    *_channels_693(),
    F("nhận 6.418 cuộc gọi", "6.418", 6418, "cuộc gọi", C, code=ANY, **_OPEN),
    F("đó 4.794 cuộc gọi", "4.794", 4794, "cuộc gọi", C, code=ANY, **_OPEN),
    F("ngay, 1.624 cuộc gọi", "1.624", 1624, "cuộc gọi", C, code=ANY, **_OPEN),
    F("bình quân 38 giây", "38", 38, "giây", code=ANY, **_OPEN),
    # 2. handling (the 95% target of 2026 carried by the on-time share), time, satisfaction
    _prov("xử lý 2.718/2.846 PAKN", "2.718/2.846", 2718, "PAKN", C, max_value=2846, code=ANY),
    _prov("đạt 95,50%", "95,50%", 95.5, "%", code=ANY),
    _prov("đúng hạn 2.604 PAKN", "2.604", 2604, "PAKN", C, code=ANY),
    _prov("chiếm 95,81%", "95,81%", 95.81, "%", code=ANY, target=95, stated_status="đạt"),
    _prov("quá hạn 114 PAKN", "114", 114, "PAKN", C, code=ANY),
    _prov("còn 128 PAKN", "128", 128, "PAKN", C, code=ANY),
    _prov("đúng hạn là 95%", "95%", 95, "%", T, as_of="2026-12-31", code=ANY),
    _prov("bình quân là 4,6 ngày", "4,6", 4.6, "ngày", code=_PAKN_TG),
    _prov("rút ngắn 0,8 ngày", "0,8", -0.8, "ngày", CH, code=ANY),
    _prov("(5,4 ngày/PAKN)", "5,4", 5.4, "ngày", PR, as_of=_Q4_2025, code=_PAKN_TG),
    _prov("xử lý đạt 91,24%", "91,24%", 91.24, "%", code=ANY),
    # 3. fields; 4. levels (the thresholds targets), the communes
    *_fields_693(),
    F("tiếp nhận 1.126 PAKN", "1.126", 1126, "PAKN", C, code=_PAKN_TN, **_TINH),
    F("đạt 97,12%", "97,12%", 97.12, "%", code=ANY, **_TINH),
    F("Có 14/17 sở", "14/17", 14, "đơn vị", C, max_value=17, code=None, **_IN_TINH),
    F("hạn 100% PAKN", "100%", 100, "%", T, code=ANY, **_IN_TINH),
    F("còn 46 PAKN", "46", 46, "PAKN", C, subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=ANY),
    F("tiếp nhận 1.720 PAKN", "1.720", 1720, "PAKN", C, code=_PAKN_TN, **_XA),
    F("đạt 94,18%", "94,18%", 94.18, "%", code=ANY, **_XA),
    F("có 64 đơn vị", "64", 64, "đơn vị", C, code=None, **_CAP_XA),
    F("(55 xã", "55", 55, "xã", C, code=None, **_IN_XA),
    F("09 phường)", "09", 9, "phường", C, code=None, **_IN_XA),
    F("có 51/64 xã", "51/64", 51, "xã", C, max_value=64, code=None, **_IN_XA),
    F("từ 90% trở lên", "90%", 90, "%", T, code=ANY, **_IN_XA),
    F("(71,43%)", "71,43%", 71.43, "%", subject="xã Đất Mũi", level="xã", code=ANY),
    F("(74,12%)", "74,12%", 74.12, "%", subject="xã Vĩnh Hậu", level="xã", code=ANY),
    F("(78,26%)", "78,26%", 78.26, "%", subject="phường Giá Rai", level="xã", code=ANY),
    # 5. the province's 766 result of tháng 3/2026 (the period's last month; tháng 12/2025 dated 2025-12-31)
    _prov("đạt 16,42/18", "16,42/18", 16.42, "điểm", max_value=18, code="766.hai_long"),
    _prov("(tháng 12/2025: 15,86 điểm)", "15,86", 15.86, "điểm", PR, max_value=18, as_of=_Q4_2025,
          code="766.hai_long"),
    _prov("đạt 84,18/100", "84,18/100", 84.18, "điểm", max_value=100, code=_TONG),
    _prov("xếp thứ 14/34", "14/34", 14, "hạng", R, max_value=34, code=_HANG),
    _prov("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    # 6. task 1's count repeated; task 2's target for quý II (address, phone no figures)
    F("dứt điểm 46 PAKN", "46", 46, "PAKN", C, code=ANY, **_OPEN),
    F("tối thiểu 90% trong quý II", "90%", 90, "%", T, as_of="2026-06-30", code=ANY, **_OPEN),
]

# ------------------------------------------------------------ 694: Sở Tài chính tỉnh Khánh Hòa, năm 2025
_ITEMS_694 = [
    ("1", "Thuê, sửa chữa, cải tạo trụ sở", "6.820", "6.412", "94,02"),
    ("2", "Mua sắm trang thiết bị (máy tính, máy quét, ki-ốt)", "9.846", "8.726", "88,62"),
    ("3", "Hỗ trợ công chức, viên chức làm việc tại Bộ phận Một cửa", "11.284", "10.962", "97,15"),
    ("4", "Số hóa hồ sơ, kết quả giải quyết TTHC", "5.418", "4.806", "88,70"),
    ("5", "Cước bưu chính công ích, tin nhắn, đường truyền", "2.614", "2.318", "88,68"),
    ("6", "Chi khác (tập huấn, tuyên truyền, văn phòng phẩm)", "2.660", "2.194", "82,48"),
    ("", "Tổng cộng", "38.642", "35.418", "91,66"),
]


def _items_694() -> list[Fact]:
    """Bảng 1 (Markdown, by item of expenditure; the unit "(đơn vị tính: triệu đồng)" in the title): budget and
    spending (`triệu đồng`, kind value) and the share spent (`%`); items subject and level unchecked, the total the
    province's (NULL)."""
    return _table(_ITEMS_694, _md_line, "\nTrong năm, toàn tỉnh",
                  lambda name: _NULL if name == "Tổng cộng" else _OPEN,
                  ("triệu đồng", "triệu đồng", "%"), (ANY, ANY, ANY))


BLIND_694 = [
    # I. the communes after the merger
    F("với 65 đơn vị", "65", 65, "đơn vị", C, code=None, **_CAP_XA),
    F("(48 xã", "48", 48, "xã", C, code=None, **_IN_XA),
    F("16 phường", "16", 16, "phường", C, code=None, **_IN_XA),
    F("01 đặc khu)", "01", 1, "đặc khu", C, code=None, **_IN_XA),
    F("65/65 xã", "65/65", 65, "xã", C, max_value=65, code=None, **_IN_XA),
    # II.1 the province's budget and spending (năm 2024's pre-merger sum dated 2024-12-31); by level (the district
    # level's spending to 30/6/2025 dated then) and by former province
    _prov("là 38.642 triệu đồng", "38.642", 38642, "triệu đồng", code=ANY),
    _prov("thực hiện 35.418 triệu", "35.418", 35418, "triệu đồng", code=ANY),
    _prov("đạt 91,66% dự toán", "91,66%", 91.66, "%", code=ANY),
    F("(29.816 triệu đồng", "29.816", 29816, "triệu đồng", PR, as_of="2024-12-31", code=ANY, **_OPEN),
    _prov("tăng 5.602 triệu", "5.602", 5602, "triệu đồng", CH, code=ANY),
    _prov("tăng 18,79%", "18,79%", 18.79, "%", CH, code=ANY),
    F("cấp tỉnh 12.486 triệu", "12.486", 12486, "triệu đồng", code=ANY, **_TINH),
    F("30/6/2025) 9.214", "9.214", 9214, "triệu đồng", as_of="2025-06-30", code=ANY, **_HUYEN),
    F("cấp xã 13.718 triệu", "13.718", 13718, "triệu đồng", code=ANY, **_XA),
    F("bình quân 211,05", "211,05", 211.05, "triệu đồng", code=ANY, **_XA),
    F("(cũ) thực hiện 22.146", "22.146", 22146, "triệu đồng", code=ANY, **_OPEN),
    F("(cũ) thực hiện 13.272", "13.272", 13272, "triệu đồng", code=ANY, **_OPEN),
    # II.2 Bảng 1; equipment, staff allowance, pages digitised, postal files
    *_items_694(),
    _prov("sắm 146 máy tính", "146", 146, "máy tính", C, code=ANY),
    _prov("tính, 92 máy quét", "92", 92, "máy quét", C, code=ANY),
    _prov("và 24 ki-ốt", "24", 24, "ki-ốt", C, code=ANY),
    _prov("mức 1.500.000 đồng", "1.500.000", 1500000, "đồng", code=ANY),
    _prov("cho 486 công chức", "486", 486, "công chức", C, code=ANY),
    _prov("hóa 1.284.600 trang", "1.284.600", 1284600, "trang", C, code=ANY),
    _prov("cho 18.426 hồ sơ", "18.426", 18426, "hồ sơ", C, code=ANY),
    # II.3 fees (năm 2024 dated 2024-12-31; the 70% target of 2025 carried by the 69,01%)
    _prov("là 186,42 tỷ đồng", "186,42", 186.42, "tỷ đồng", code=ANY),
    _prov("tuyến 128,64 tỷ đồng", "128,64", 128.64, "tỷ đồng", code=ANY),
    _prov("chiếm 69,01%", "69,01%", 69.01, "%", code=ANY, target=70, stated_status="chưa đạt"),
    _prov("(năm 2024: 58,36%)", "58,36%", 58.36, "%", PR, as_of="2024-12-31", code=ANY),
    _prov("năm 2025 là 70%", "70%", 70, "%", T, as_of="2025-12-31", code=ANY),
    _prov("là 412.638 giao dịch", "412.638", 412638, "giao dịch", C, code=ANY),
    _prov("tăng 96.214 giao dịch", "96.214", 96214, "giao dịch", CH, code=ANY),
    _prov("quốc gia 318.412 giao dịch", "318.412", 318412, "giao dịch", C, code=ANY),
    _prov("chiếm 77,16%", "77,16%", 77.16, "%", code=ANY),
    # II.4 unspent money; communes below a threshold
    _prov("hết là 3.224 triệu", "3.224", 3224, "triệu đồng", code=ANY),
    _prov("năm 2026 là 2.816", "2.816", 2816, "triệu đồng", code=ANY),
    _prov("dự toán 408 triệu", "408", 408, "triệu đồng", code=ANY),
    F("Có 7/65 xã", "7/65", 7, "xã", C, max_value=65, code=None, **_IN_XA),
    F("dưới 70% dự toán", "70%", 70, "%", T, code=ANY, **_IN_XA),
    # III. task 2's target for quý II năm 2026; task 4's scanners repeated (address, phone no figures)
    F("tối thiểu 40% dự toán", "40%", 40, "%", T, as_of="2026-06-30", code=ANY, **_OPEN),
    F("bổ 92 máy quét", "92", 92, "máy quét", C, code=ANY, **_OPEN),
]

BLIND = {"690": BLIND_690, "691": BLIND_691, "692": BLIND_692, "693": BLIND_693, "694": BLIND_694}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "690": [
        ("2025-04-30", "day", "30/4/2025", "tích hợp thanh toán trực tuyến", "Phòng Kiểm soát thủ tục hành chính"),
        ("2025-06-30", "quarter", "quý II năm 2025", "thanh toán trực tuyến phí, lệ phí", "Sở Công Thương"),
        ("2025-05-28", "day", "ngày hai mươi tám tháng 5 năm 2025", "đối soát 58 giao dịch",
         "Phòng Công nghệ thông tin và Giám sát"),
        ("2025-06-30", "month", "tháng 6/2025", "thanh toán qua ứng dụng ngân hàng", "Phòng Tiếp nhận và Trả kết quả"),
        ("2025-12-31", "year", "năm 2025", "thu hộ phí, lệ phí", "Bưu điện tỉnh Ninh Thuận"),
        # issued 08/4/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/5/2025
        ("2025-05-05", "recurring", "05 hằng tháng", "số liệu đối soát", "Các sở, ngành có quầy tại Trung tâm"),
    ],
    "691": [
        ("2025-05-31", "day", "31/5/2025", "số hóa hồ sơ tiếp nhận còn tồn",
         "UBND huyện An Lão, huyện Vân Canh và huyện Vĩnh Thạnh"),
        ("2025-06-30", "quarter", "quý II năm 2025", "tái sử dụng dữ liệu số hóa", "Sở Nông nghiệp và Môi trường"),
        ("2025-05-29", "day", "ngày hai mươi chín tháng 5 năm 2025", "Kho quản lý dữ liệu điện tử",
         "Trung tâm Phục vụ hành chính công tỉnh"),
        ("2025-06-30", "month", "tháng 6/2025", "cấu hình máy quét", "Sở Khoa học và Công nghệ"),
        ("2025-12-31", "year", "năm 2025", "chia sẻ dữ liệu dân cư", "Công an tỉnh"),
        # issued 07/5/2025: the first "ngày 10 hằng tháng" is 10/5/2025
        ("2025-05-10", "recurring", "10 hằng tháng", "báo cáo kết quả số hóa", "UBND các huyện, thị xã, thành phố"),
    ],
    "692": [
        ("2025-10-31", "day", "31/10/2025", "chưa kích hoạt tài khoản mức 2",
         "Phòng Cảnh sát quản lý hành chính về trật tự xã hội"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "kích hoạt tài khoản mức 2",
         "Công an xã Sơn Động, xã Tây Yên Tử và xã Đại Sơn"),
        ("2025-11-19", "day", "ngày mười chín tháng 11 năm 2025", "xác minh lý lịch tư pháp",
         "Phòng Hồ sơ nghiệp vụ"),
        ("2025-12-31", "month", "tháng 12/2025", "cơ sở lưu trú", "Phòng Quản lý xuất nhập cảnh"),
        ("2026-12-31", "year", "năm 2026", "Phiếu lý lịch tư pháp số", "Sở Tư pháp"),
        # issued 07/10/2025: the first "ngày 22 hằng tháng" is 22/10/2025
        ("2025-10-22", "recurring", "22 hằng tháng", "gửi báo cáo kết quả", "Công an các xã, phường"),
    ],
    "693": [
        ("2026-04-30", "day", "30/4/2026", "46 PAKN quá hạn", "Sở Nông nghiệp và Môi trường"),
        ("2026-06-30", "quarter", "quý II năm 2026", "xử lý PAKN đúng hạn",
         "UBND xã Đất Mũi, xã Vĩnh Hậu và phường Giá Rai"),
        ("2026-05-12", "day", "ngày mười hai tháng 5 năm 2026", "kết nối Tổng đài 1022",
         "Trung tâm Giám sát, điều hành thông minh tỉnh"),
        ("2026-06-30", "month", "tháng 6/2026", "bộ câu hỏi thường gặp", "Phòng Kiểm soát thủ tục hành chính"),
        ("2026-12-31", "year", "năm 2026", "số kênh đồng thời", "VNPT Cà Mau"),
        # issued 03/4/2026: the first "ngày 28 hằng tháng" is 28/4/2026
        ("2026-04-28", "recurring", "28 hằng tháng", "cập nhật kết quả xử lý",
         "Các sở, ban, ngành và UBND các xã, phường"),
    ],
    "694": [
        ("2026-02-28", "day", "28/02/2026", "quyết toán kinh phí năm 2025", "Trung tâm Phục vụ hành chính công tỉnh"),
        ("2026-06-30", "quarter", "quý II năm 2026", "giải ngân", "UBND các xã, phường, đặc khu"),
        ("2026-03-16", "day", "ngày mười sáu tháng 3 năm 2026", "kinh phí số hóa", "Phòng Quản lý ngân sách"),
        ("2026-04-30", "month", "tháng 4/2026", "phương án phân bổ", "Phòng Quản lý giá và công sản"),
        ("2026-12-31", "year", "năm 2026", "định mức trang thiết bị", "Văn phòng UBND tỉnh"),
        # issued 16/01/2026, after the 12th: the first "ngày 12 hằng tháng" is 12/02/2026
        ("2026-02-12", "recurring", "12 hằng tháng", "tình hình giải ngân", "UBND các xã, phường, đặc khu"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META). 690 a report of a
# provincial one-stop centre under "UBND TỈNH NINH THUẬN"; 691 a Thông báo of a Văn phòng UBND tỉnh whose period is the
# month its title names; 692 a report of a Công an tỉnh under "BỘ CÔNG AN" signed by a colonel (the name without the
# rank); 693 a report of a Văn phòng UBND tỉnh; 694 a report of a Sở Tài chính.
META = {
    "690": {"doc_number": "186/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2025-04-08",
            "province": "Ninh Thuận", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Phạm Văn Hậu"},
    "691": {"doc_number": "98/TB-VPUB", "doc_type": "Thông báo", "issued_date": "2025-05-07",
            "province": "Bình Định", "period_label": "tháng 4 năm 2025", "period_start": "2025-04-01",
            "period_end": "2025-04-30", "signer": "Nguyễn Văn Tuấn"},
    "692": {"doc_number": "3126/BC-CAT-PC06", "doc_type": "Báo cáo", "issued_date": "2025-10-07",
            "province": "Bắc Ninh", "period_label": "quý III năm 2025", "period_start": "2025-07-01",
            "period_end": "2025-09-30", "signer": "Thân Văn Khoa"},
    "693": {"doc_number": "214/BC-VP", "doc_type": "Báo cáo", "issued_date": "2026-04-03",
            "province": "Cà Mau", "period_label": "quý I năm 2026", "period_start": "2026-01-01",
            "period_end": "2026-03-31", "signer": "Lâm Thị Thúy Hằng"},
    "694": {"doc_number": "246/BC-STC", "doc_type": "Báo cáo", "issued_date": "2026-01-16",
            "province": "Khánh Hòa", "period_label": "năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-12-31", "signer": "Trần Văn Hiếu"},
}
