"""Blind golden facts for corpus/blind68/415_da_nang.txt, 416_hau_giang.txt, 417_lai_chau.txt, 418_hoa_binh.txt
and 419_lam_dong.txt.

The five documents were written by the developers for a sixty-eighth blind measurement (provinces reused with
new forms and new wording; not real documents), and every row below was written by reading them, before any
extraction, restoration or pipeline code was run on them. They also serve as held-out text for diacritic
restoration (marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind16.py and blind15.py: rows use `golden.facts.Fact` (context
string that occurs once in the document + the figure as written inside it). Prose and list counts are kind
`count`; table cells are kind `value` with `extra={"source": "table"}`; `as_of="period"` is the period's end;
`ANY` leaves a field unchecked where the sentence names no catalogued indicator (`None` where it clearly names
none). "thủ tục" counts use the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; every "đã giải
quyết" count has its code unchecked; counts of "cơ quan"/"đơn vị"/"sở, ban, ngành" use `đơn vị`, "37/106 xã,
phường, thị trấn" the unit `xã`. A change is dated at the period end; a fall ("giảm") is negative. Dates,
document numbers, cited circulars, decisions and letters ("Thông tư số 01/2020/TT-VPCP", "Công văn số
2417/VP-KSTTHC", "Kế hoạch số 36/KH-UBND", "Quyết định số 766/QĐ-TTg", "Quyết định số 468/QĐ-TTg", "Quyết định
số 1152/QĐ-UBND", "Quyết định số 06/QĐ-TTg", "Công văn số 1095/BHXH-VP"), the name "Đề án 06", "mức độ 2",
"dưới 6 tuổi", "từ ngày 01/5/2025 đến ngày 31/5/2025", "từ ngày 01/7/2025", table titles "Bảng 1"–"Bảng 3",
row labels "Tháng 10/2024" … "Tháng 12/2024", section numbering ("I.", "1.", "a)", "### 3."), the STT column,
phone numbers ("0236.3822.176", "0293.3876.555", "0213.3876.028", "0218.3898.666", "0263.3843.215"), the hotline
"Tổng đài 1900 9068", addresses ("Tầng 9, … số 24 Trần Phú", "số 17 đường Trần Hưng Đạo", "số 126 đường Thống
Nhất"), page footers "Trang 1/3" … "Trang 3/3" and running headers, headings naming the next period ("II.
NHIỆM VỤ QUÝ I NĂM 2025", "III. NHIỆM VỤ TRỌNG TÂM THÁNG 7 NĂM 2024", "II. NHIỆM VỤ THÁNG 6 NĂM 2025", "II.
NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025": no deadlines) and years are not figures.

New in this set:
- 415 is a quarterly Báo cáo of Sở Tư pháp thành phố Đà Nẵng (header "UBND THÀNH PHỐ ĐÀ NẴNG / **SỞ TƯ
  PHÁP**"), quý IV năm 2024, issued 06/01/2025, in Markdown exported from Word: `#` headings, `**bold**`
  figures in prose and bold total rows (a bold cell's context keeps its asterisks, its raw figure is the number
  without them, as golden/blind60.py says; brought to that after the first run, which counted the nine bold
  total cells as written with the asterisks), italic lines. The Sở's own figures have subject "Sở Tư pháp",
  level tỉnh. "(quý III năm 2024:
  **6.215** hồ sơ)" and "(quý III năm 2024: **88,97** điểm, xếp thứ **4/19**)" are previous values dated
  2024-09-30. "trước hạn và đúng hạn **6.688** hồ sơ (**99,81%**)" carries the on-time code. Bảng 1 (hộ tịch,
  "Đơn vị tính: trường hợp" above it) lists the seven districts as areas ("Quận Hải Châu", "Huyện Hòa Vang",
  subject as written, level huyện; births and deaths in unit `trường hợp`, online share; code unchecked: no
  catalogued indicator) with a total row "**Toàn thành phố**" = the whole city (subject and level NULL, as
  is "tăng **6,4%**", the relative change of the city's births). Lý lịch tư pháp: counts of requests (unit
  `yêu cầu`) and of certificates issued (unit `phiếu`, "Phiếu" as written), on-time and VNeID shares of
  them (code unchecked). Bảng 2 has one ROW per month: cells of "Tháng 10/2024" are dated 2024-10-31, of
  "Tháng 11/2024" 2024-11-30, of "Tháng 12/2024" the period end (kind value, like a dated column); units from
  the headers "(yêu cầu)", "(Phiếu)"; the "**Cộng**" row is the quarter's (the Sở). Bảng 3 (chứng thực điện
  tử at "UBND các quận, huyện"; units "(bản)" in the headers; the share column carries the chứng thực code)
  has a "**Tổng cộng**" row = "cấp huyện" (the prose repeats 67,08% as "của cấp huyện"). "so với chỉ tiêu
  năm 2024 là **70%** thì chưa đạt chỉ tiêu": the target is dated 2024-12-31 and 67,08% carries it with
  status "chưa đạt"; whose target it is (the city's for the district level) is not said: subject and level
  unchecked. "**03/7** đơn vị cấp huyện" counts units (max 7, level huyện). "**05/05** PAKN" is one count
  (max 5). Rank `2/19` among the city's agencies. Three deadlines: day, quarter ("trong quý I/2025", for
  UBND huyện Hòa Vang: "Đề nghị" is not part of the name), "trước ngày 25 hằng tháng" (issued 06/01/2025:
  first 25/01/2025).
- 416 is an OCR-ed monthly Báo cáo of UBND tỉnh Hậu Giang, tháng 6 năm 2024, issued 05/7/2024: pages joined
  by "\\f", a running header "Báo cáo số 178/BC-UBND ngày 05/7/2024 của UBND tỉnh Hậu Giang" on pages 2–3 and
  a footer "Trang n/3" on every page (not figures), lines wrapped mid-sentence, four words hyphenated
  across line breaks ("Một cử-\\na", "xác mi-\\nnh", "thanh to-\\nán", "tuyên truy-\\nền": no context spans
  them) and four figures with OCR digit confusions: "l2.408" (l for 1), "(98,O2%)" and "59,2O%" (O for 0),
  "98,l6%". For those the raw is the text as it stands in the file and the value what a reader takes from
  it (12408, 98.02, 59.20, 98.16). Province figures have subject NULL; files by level after "trong đó: cấp
  tỉnh … cấp huyện … cấp xã …" and on-time shares by level after "lần lượt là". "(tháng 5/2024: …)" and
  "(78,34 điểm, xếp thứ 33/63)" are previous values dated 2024-05-31. "100% TTHC được công khai" is a share
  (code unchecked). Overdue land files "tại cấp huyện (611 hồ sơ)" are subject "cấp huyện". A dash list
  "- <district>: x%;" of online shares (subject as written, "Thành phố Vị Thanh", level huyện), split by a
  page break. "so với chỉ tiêu năm 2024 là 40% thì chưa đạt chỉ tiêu": target dated 2024-12-31 (the
  province's), 31,46% carries it with "chưa đạt"; the task's "đến hết năm 2024 … của tỉnh đạt tối thiểu
  40%" is the province's target again. "tăng 3,52% so với tháng trước" is the change of the reuse share.
  Six group scores `x/max` after "lần lượt là:" separated by ";" (sum 79,58), several broken over lines
  between score and "điểm". Block averages (subject unchecked; levels tỉnh/huyện/xã) and counts by grade
  "06/19 sở, ban, ngành xếp loại Tốt, 11 cơ quan … 02 cơ quan …" (unit `đơn vị`, code None). Four
  deadlines: month (for Sở Tài chính, not the Kho bạc it works with), day, "chậm nhất" day in words, year
  (with the target).
- 417 is a Công điện of Chủ tịch UBND tỉnh Lai Châu (doc_type "Công điện", number "07/CĐ-UBND"), issued
  08/10/2024, whose title names "quý III năm 2024" (the period). Province figures have subject NULL. "(quý II
  năm 2024: 1,64%)" and "(xếp thứ 46/63)" are previous values dated 2024-06-30; "giảm 3 bậc" is -3. "chỉ tiêu
  năm 2024 là 98%, chưa đạt chỉ tiêu": target dated 2024-12-31 that 97,48% carries ("chưa đạt"). Overdue files
  by level (subject "cấp tỉnh"/"cấp huyện"/"cấp xã", code overdue); "riêng lĩnh vực đất đai có 880 hồ sơ,
  chiếm 68,38%" is one field's part (subject and level unchecked; its share code unchecked). "1.104/1.287 hồ
  sơ quá hạn chưa được gửi Phiếu xin lỗi" is one count (max 1287, code unchecked); "37/106 xã, phường, thị
  trấn" (unit `xã`, level xã) and "12/19 sở, ban, ngành" (unit `đơn vị`, level tỉnh) are counts of units (code
  None). Three sở with overdue files in brackets (subject as written, level tỉnh; 2024 names). A dash list of
  the eight district-level units "- UBND huyện …: giải quyết n hồ sơ, quá hạn n hồ sơ, tỷ lệ đúng hạn x%;"
  (subject as written, level huyện; settled counts' code unchecked; "không có hồ sơ quá hạn" is no figure).
  Three group scores `x/max` only (tiến độ, thanh toán, số hóa). "14 phản ánh, kiến nghị" received, "còn 5
  PAKN chưa được trả lời" (code unchecked). Deadlines are addressed to office holders; the assignee is the
  item's addressee as written, title included ("Giám đốc Sở Tài nguyên và Môi trường"); this reading is a
  choice (the body alone would also be defensible). Five deadlines: day for three named districts, "chậm nhất"
  day in words, quarter ("trong quý IV/2024"), year (with the target "đạt tối thiểu 98%", the province's),
  "trước ngày 05 hằng tháng" (issued 08/10/2024, after the 5th: first 05/11/2024).
- 418 is a monthly Báo cáo of the Trung tâm Phục vụ hành chính công tỉnh Hòa Bình (header "UBND TỈNH HÒA
  BÌNH / TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG"), tháng 5 năm 2025, issued 03/6/2025 (post-March 2025 agency
  names). The Centre's own figures have subject "Trung tâm Phục vụ hành chính công tỉnh", level tỉnh.
  "giảm 412 hồ sơ so với tháng 4/2025 (8.240 hồ sơ)": a fall of files received (-412) and a previous value
  dated 2025-04-30; "(tháng 4/2025: 54,76%)" likewise. "so với chỉ tiêu năm 2025 là 85% thì đã đạt chỉ tiêu":
  the target (2025-12-31; subject and level unchecked as in 415) carried by 87,97% with status "đạt". Its
  tab-separated table ("đơn vị tính: hồ sơ" in the line above; received, settled, on time, overdue, online;
  many "0" cells) lists 12 agencies (subject as written, "Ban Quản lý các khu công nghiệp tỉnh", "Sở Văn
  hóa, Thể thao và Du lịch", level tỉnh) with a "Tổng cộng" row with an empty STT cell = the Centre (its
  figures are the Centre's prose figures). Counts in the table carry the code of the indicator they count
  (on time, overdue, online). "7/12 cơ quan" and "12 cơ quan" count agencies (code None); "có 100% hồ sơ nộp
  trực tuyến" is Sở Dân tộc và Tôn giáo's online share; "37 hồ sơ" recurs in a task ("giải quyết dứt điểm
  37 hồ sơ quá hạn"), a figure too. "số hóa kết quả giải quyết TTHC đạt 96,42%" may be read as digitisation
  or as electronic results: code unchecked. "3.592 lượt đánh giá" (unit `lượt`). Four deadlines: day,
  month, "chậm nhất" day in words, "trước ngày 25 hằng tháng" (issued 03/6/2025: first 25/6/2025).
- 419 is a half-year Báo cáo of Bảo hiểm xã hội cơ sở Đức Trọng (header "BẢO HIỂM XÃ HỘI TỈNH LÂM ĐỒNG / BẢO
  HIỂM XÃ HỘI CƠ SỞ ĐỨC TRỌNG"), "6 tháng năm 2025", issued 04/7/2025, after the merger (tỉnh Lâm Đồng
  with Đắk Nông and Bình Thuận; new communes). The office's own figures have subject "Bảo hiểm xã hội cơ sở
  Đức Trọng" (the header's line, written in full in the opening sentence); its level is left unchecked: a
  district-wide office after district level was abolished is neither tỉnh nor xã, and "huyện" no longer
  exists. "(6 tháng năm 2024: 93,35%)" is a previous value dated 2024-06-30. Its Markdown table of files by
  commune area (subject as written, "Xã Hiệp Thạnh", level xã; received, electronic, share) has a "Cộng"
  row = the office (its figures repeat the prose). Counts of people (`người`) with `x/y` ("201.486/205.112
  người", "4.126/5.873 người": one count, max the whole), visits (`lượt`), VssID accounts (`tài khoản`),
  survey forms (`phiếu`): code unchecked (no catalogued indicator). "so với chỉ tiêu năm 2025 Bảo hiểm xã
  hội tỉnh giao là 75% thì chưa đạt chỉ tiêu": target dated 2025-12-31 (subject and level unchecked),
  70,25% carries it with "chưa đạt". "5. Một số kết quả khác" is a dash list: files returned by post and
  their share, insured people, "tăng 3,8% so với cùng kỳ năm 2024" (a relative change, code unchecked) and
  the area's health-insurance coverage "94,15% dân số (chỉ tiêu năm 2025 là 95%)" (subject unchecked; target
  dated 2025-12-31; no status stated). The target "đạt tối thiểu 80%" in the task of "Các Tổ nghiệp vụ" is
  the office's, dated 2025-12-31 (subject and level unchecked). Five deadlines: day, quarter, "chậm nhất"
  day in words, year (with the target), "trước ngày 20 hằng tháng" (issued 04/7/2025: first 20/7/2025).
"""

from __future__ import annotations

from golden.facts import (
    _CT,
    _DH,
    _HL,
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
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"


def _cells(subject: object, level: object, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs."""
    raws = [cell[0] for cell in cells]
    # a bold cell (`**7.243**`) is written with its markup in the context; the figure is the number itself
    return [F(sep + sep.join(raws[i:]) + end + after, raw.strip("*"), _num(raw.strip("*")), unit, kind,
              subject=subject, level=level, as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


# ------------------------------------------------------------ 415: Sở Tư pháp thành phố Đà Nẵng, quý IV năm 2024
_STP = "Sở Tư pháp"
_Q3_2024 = "2024-09-30"
_MD = " | "
_MD_END = " |\n"


def _so(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Sở itself (subject the Sở, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_STP, level="tỉnh", **kw)


def _hotich(subject: object, level: object, births: str, deaths: str, online: str, after: str) -> list[Fact]:
    """One Markdown row of Bảng 1: births and deaths registered (`trường hợp`), online share."""
    cells = [(births, "trường hợp", P, ANY, "period"), (deaths, "trường hợp", P, ANY, "period"),
             (online, "%", P, ANY, "period")]
    return _cells(subject, level, cells, after, _MD, _MD_END)


def _lltp(as_of: str, received: str, vneid: str, issued: str, after: str) -> list[Fact]:
    """One Markdown row of Bảng 2 (one month, or the quarter): requests, of which via VNeID, certificates."""
    cells = [(received, "yêu cầu", P, ANY, as_of), (vneid, "yêu cầu", P, ANY, as_of),
             (issued, "phiếu", P, ANY, as_of)]
    return _cells(_STP, "tỉnh", cells, after, _MD, _MD_END)


def _chungthuc(subject: str, total: str, electronic: str, share: str, after: str) -> list[Fact]:
    """One Markdown row of Bảng 3: copies certified, of which electronic, share (the chứng thực code)."""
    cells = [(total, "bản", P, ANY, "period"), (electronic, "bản", P, ANY, "period"),
             (share, "%", P, _CT, "period")]
    return _cells(subject, "huyện", cells, after, _MD, _MD_END)


BLIND_415 = [
    # 1. công bố, công khai
    _so("ban hành **03** quyết định", "03", 3, "quyết định", C, code=None),
    _so("với **27** TTHC", "27", 27, "TTHC", C, code=ANY),
    _so("Sở là **139** TTHC", "139", 139, "TTHC", C, code=_TTHC),
    _so("trong đó **121** TTHC", "121", 121, "TTHC", C, code=_TOAN),
    _so("chiếm **87,05%**", "87,05%", 87.05, "%", code=_TOAN),
    # 2. tiếp nhận, giải quyết (quý III năm 2024 dated 2024-09-30)
    _so("Sở tiếp nhận **6.874**", "6.874", 6874, "hồ sơ", C, code=_TN),
    _so("2024: **6.215** hồ sơ", "6.215", 6215, "hồ sơ", PR, as_of=_Q3_2024, code=_TN),
    _so("trực tuyến **5.902**", "5.902", 5902, "hồ sơ", C, code=_NOP),
    _so("đạt **85,86%**", "85,86%", 85.86, "%", code=_NOP),
    _so("Đã giải quyết **6.701**", "6.701", 6701, "hồ sơ", C, code=ANY),
    _so("đúng hạn **6.688**", "6.688", 6688, "hồ sơ", C, code=_DH),
    _so("(**99,81%**)", "99,81%", 99.81, "%", code=_DH),
    _so("quá hạn **13**", "13", 13, "hồ sơ", C, code=_QH),
    _so("(**0,19%**)", "0,19%", 0.19, "%", code=_QH),
    _so("năm 2025: **173**", "173", 173, "hồ sơ", C, code=ANY),
    # 3. Bảng 1 hộ tịch by district area ("Đơn vị tính: trường hợp"); "Toàn thành phố" = the city
    *_hotich("Quận Hải Châu", "huyện", "1.236", "412", "91,42", "| 2 | Quận Thanh Khê"),
    *_hotich("Quận Thanh Khê", "huyện", "1.105", "389", "89,70", "| 3 | Quận Sơn Trà"),
    *_hotich("Quận Sơn Trà", "huyện", "978", "301", "88,15", "| 4 | Quận Ngũ Hành Sơn"),
    *_hotich("Quận Ngũ Hành Sơn", "huyện", "712", "205", "90,06", "| 5 | Quận Liên Chiểu"),
    *_hotich("Quận Liên Chiểu", "huyện", "1.347", "356", "87,33", "| 6 | Quận Cẩm Lệ"),
    *_hotich("Quận Cẩm Lệ", "huyện", "1.019", "297", "92,18", "| 7 | Huyện Hòa Vang"),
    *_hotich("Huyện Hòa Vang", "huyện", "846", "338", "78,64", "| | **Toàn thành phố**"),
    *_hotich(None, None, "**7.243**", "**2.298**", "**88,94**", "\nSố trường hợp"),
    F("tăng **6,4%**", "6,4%", 6.4, "%", CH, code=ANY),
    # 4. lý lịch tư pháp
    _so("tiếp nhận **3.482** yêu cầu", "3.482", 3482, "yêu cầu", C, code=ANY),
    _so("VNeID **2.105** yêu cầu", "2.105", 2105, "yêu cầu", C, code=ANY),
    _so("chiếm **60,45%**", "60,45%", 60.45, "%", code=ANY),
    _so("đã cấp **3.398** Phiếu", "3.398", 3398, "phiếu", C, code=ANY),
    _so("đúng hạn **3.391** Phiếu", "3.391", 3391, "phiếu", C, code=ANY),
    _so("(đạt **99,79%**)", "99,79%", 99.79, "%", code=ANY),
    # Bảng 2: one row per month, dated at the month's end
    *_lltp("2024-10-31", "1.126", "671", "1.098", "| Tháng 11/2024"),
    *_lltp("2024-11-30", "1.187", "712", "1.151", "| Tháng 12/2024"),
    *_lltp("period", "1.169", "722", "1.149", "| **Cộng**"),
    *_lltp("period", "**3.482**", "**2.105**", "**3.398**", "\n### 5."),
    # 5. Bảng 3 chứng thực điện tử; "Tổng cộng" = cấp huyện
    *_chungthuc("UBND quận Hải Châu", "21.436", "15.218", "70,99", "| 2 | UBND quận Thanh Khê"),
    *_chungthuc("UBND quận Thanh Khê", "17.208", "12.391", "72,01", "| 3 | UBND quận Sơn Trà"),
    *_chungthuc("UBND quận Sơn Trà", "12.517", "8.104", "64,74", "| 4 | UBND quận Ngũ Hành Sơn"),
    *_chungthuc("UBND quận Ngũ Hành Sơn", "8.342", "6.109", "73,23", "| 5 | UBND quận Liên Chiểu"),
    *_chungthuc("UBND quận Liên Chiểu", "14.870", "10.322", "69,41", "| 6 | UBND quận Cẩm Lệ"),
    *_chungthuc("UBND quận Cẩm Lệ", "11.025", "7.458", "67,65", "| 7 | UBND huyện Hòa Vang"),
    *_chungthuc("UBND huyện Hòa Vang", "9.613", "4.127", "42,93", "| | **Tổng cộng**"),
    *_chungthuc("cấp huyện", "**95.011**", "**63.729**", "**67,08**", "\nTỷ lệ chứng thực"),
    F("cấp huyện đạt **67,08%**", "67,08%", 67.08, "%", subject="cấp huyện", level="huyện", code=_CT, target=70,
      stated_status="chưa đạt"),
    F("năm 2024 là **70%**", "70%", 70, "%", T, subject=ANY, level=ANY, as_of="2024-12-31", code=_CT),
    F("có **03/7** đơn vị", "03/7", 3, "đơn vị", C, max_value=7, subject=ANY, level="huyện", code=None),
    # 6. PAKN, hài lòng
    _so("Sở tiếp nhận **05** phản ánh", "05", 5, "PAKN", C, code=_PAKN_TN),
    _so("xong **05/05** PAKN", "05/05", 5, "PAKN", C, max_value=5, code=_PAKN_XL),
    _so("(đạt **100%**)", "100%", 100, "%", code=_PAKN_TL),
    _so("đạt **98,12%**", "98,12%", 98.12, "%", code=_HL),
    # 7. 766 (rank among the city's 19 agencies); quý III năm 2024 dated 2024-09-30
    _so("đạt **90,44** điểm", "90,44", 90.44, "điểm", code=_TONG),
    _so("thứ **2/19**", "2/19", 2, "hạng", R, max_value=19, code=_HANG),
    _so("2024: **88,97**", "88,97", 88.97, "điểm", PR, as_of=_Q3_2024, code=_TONG),
    _so("thứ **4/19**", "4/19", 4, "hạng", PR, max_value=19, as_of=_Q3_2024, code=_HANG),
]

# ------------------------------------------------------------ 416: UBND tỉnh Hậu Giang (OCR), tháng 6 năm 2024
_MAY_416 = "2024-05-31"


def _huyen_416(context: str, raw: str, value: float, subject: str) -> Fact:
    """One item of the dash list of district-level online shares."""
    return F(context, raw, value, "%", subject=subject, level="huyện", code=_NOP)


BLIND_416 = [
    # 1. (01/2020/TT-VPCP of 21/10/2020 and 36/KH-UBND of 22/01/2024 cited)
    F("ban hành 05 quyết định", "05", 5, "quyết định", C, code=None),
    F("48 TTHC mới", "48", 48, "TTHC", C, code=ANY),
    F("bổ sung; 100% TTHC", "100%", 100, "%", code=ANY),
    # 2. files by level; OCR confusions "l2.408", "98,O2%", "98,l6%" read as 12408, 98.02, 98.16
    F("Toàn tỉnh tiếp nhận 41.873", "41.873", 41873, "hồ sơ", C, code=_TN),
    F("cấp tỉnh 9.216", "9.216", 9216, "hồ sơ", C, subject="cấp tỉnh", level="tỉnh", code=_TN),
    F("l2.408 hồ sơ", "l2.408", 12408, "hồ sơ", C, subject="cấp huyện", level="huyện", code=_TN),
    F("cấp xã 20.249", "20.249", 20249, "hồ sơ", C, subject="cấp xã", level="xã", code=_TN),
    F("trực tuyến là 27.104", "27.104", 27104, "hồ sơ", C, code=_NOP),
    F("chiếm 64,73%", "64,73%", 64.73, "%", code=_NOP),
    F("(tháng 5/2024: 61,29%)", "61,29%", 61.29, "%", PR, as_of=_MAY_416, code=_NOP),
    F("Đã giải quyết 40.112", "40.112", 40112, "hồ sơ", C, code=ANY),
    F("đúng hạn 39.318", "39.318", 39318, "hồ sơ", C, code=_DH),
    F("(98,O2%)", "98,O2%", 98.02, "%", code=_DH),
    F("794 hồ sơ (1,98%)", "794", 794, "hồ sơ", C, code=_QH),
    F("(1,98%)", "1,98%", 1.98, "%", code=_QH),
    F("là 99,47%", "99,47%", 99.47, "%", subject="cấp tỉnh", level="tỉnh", code=_DH),
    F("%, 96,85%", "96,85%", 96.85, "%", subject="cấp huyện", level="huyện", code=_DH),
    F("và 98,l6%", "98,l6%", 98.16, "%", subject="cấp xã", level="xã", code=_DH),
    F("(611 hồ sơ)", "611", 611, "hồ sơ", C, subject="cấp huyện", level="huyện", code=_QH),
    # dash list of district-level online shares, across the page break ("59,2O%" read as 59.20)
    _huyen_416("Thành phố Vị Thanh: 71,36%", "71,36%", 71.36, "Thành phố Vị Thanh"),
    _huyen_416("Thành phố Ngã Bảy: 66,08%", "66,08%", 66.08, "Thành phố Ngã Bảy"),
    _huyen_416("Thị xã Long Mỹ: 58,47%", "58,47%", 58.47, "Thị xã Long Mỹ"),
    _huyen_416("Huyện Châu Thành A: 63,92%", "63,92%", 63.92, "Huyện Châu Thành A"),
    _huyen_416("Huyện Châu Thành: 61,15%", "61,15%", 61.15, "Huyện Châu Thành"),
    _huyen_416("Huyện Phụng Hiệp: 55,73%", "55,73%", 55.73, "Huyện Phụng Hiệp"),
    _huyen_416("Huyện Vị Thủy: 59,2O%", "59,2O%", 59.20, "Huyện Vị Thủy"),
    _huyen_416("Huyện Long Mỹ: 52,81%", "52,81%", 52.81, "Huyện Long Mỹ"),
    # 3. payment (target 2024 dated 2024-12-31), digitisation
    F("toàn tỉnh đạt 31,46%", "31,46%", 31.46, "%", code=_TT, target=40, stated_status="chưa đạt"),
    F("2024 là 40%", "40%", 40, "%", T, as_of="2024-12-31", code=_TT),
    F("TTHC đạt 72,18%", "72,18%", 72.18, "%", code=_SH),
    F("(tháng 5/2024: 69,84%)", "69,84%", 69.84, "%", PR, as_of=_MAY_416, code=_SH),
    F("số hóa đạt 41,07%", "41,07%", 41.07, "%", code=_TSD),
    F("tăng 3,52%", "3,52%", 3.52, "%", CH, code=_TSD),
    # 4. PAKN (0293.3876.555 is a phone number)
    F("tiếp nhận 9 phản ánh", "9", 9, "PAKN", C, code=_PAKN_TN),
    F("xử lý 8 PAKN", "8", 8, "PAKN", C, code=_PAKN_XL),
    F("còn 01 PAKN", "01", 1, "PAKN", C, code=ANY),
    # 5. 766 ("tính đến ngày 30/6/2024" is the period end); tháng 5/2024 dated 2024-05-31
    F("đạt 79,58/100", "79,58/100", 79.58, "điểm", max_value=100, code=_TONG),
    F("thứ 27/63", "27/63", 27, "hạng", R, max_value=63, code=_HANG),
    F("tăng 1,24 điểm", "1,24", 1.24, "điểm", CH, code=_TONG),
    F("tăng 6 bậc", "6", 6, "hạng", CH, code=_HANG),
    F("(78,34 điểm", "78,34", 78.34, "điểm", PR, max_value=100, as_of=_MAY_416, code=_TONG),
    F("thứ 33/63)", "33/63", 33, "hạng", PR, max_value=63, as_of=_MAY_416, code=_HANG),
    F("15,82/18", "15,82/18", 15.82, "điểm", max_value=18, code="766.cong_khai"),
    F("18,47/20", "18,47/20", 18.47, "điểm", max_value=20, code="766.tien_do"),
    F("9,63/12", "9,63/12", 9.63, "điểm", max_value=12, code="766.dvctt"),
    F("4,15/10", "4,15/10", 4.15, "điểm", max_value=10, code="766.thanh_toan"),
    F("17,36/18", "17,36/18", 17.36, "điểm", max_value=18, code="766.hai_long"),
    F("14,15/22", "14,15/22", 14.15, "điểm", max_value=22, code="766.so_hoa"),
    F("ngành đạt 82,16 điểm", "82,16", 82.16, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("phố đạt 78,05 điểm", "78,05", 78.05, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("74,39 điểm", "74,39", 74.39, "điểm", subject=ANY, level="xã", code=_TONG),
    F("Có 06/19", "06/19", 6, "đơn vị", C, max_value=19, subject=ANY, level="tỉnh", code=None),
    F("11 cơ quan", "11", 11, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    F("02 cơ quan", "02", 2, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    # III. task 4: the province's target for 2024
    F("đạt tối thiểu 40%", "40%", 40, "%", T, as_of="2024-12-31", code=_TT),
]

# ------------------------------------------------------------ 417: Công điện, UBND tỉnh Lai Châu, quý III/2024
_Q2_2024 = "2024-06-30"
_Y2024 = "2024-12-31"


def _huyen_417(name: str, settled: str, overdue: str, on_time: str) -> list[Fact]:
    """One dash-list item "- <unit>: giải quyết n hồ sơ, quá hạn n hồ sơ, tỷ lệ đúng hạn x%;" of a
    district-level unit (the settled count's code unchecked)."""
    return [F(f"{name}: giải quyết {settled}", settled, _num(settled), "hồ sơ", C, subject=name, level="huyện",
              code=ANY),
            F(f"hồ sơ, quá hạn {overdue} hồ sơ", overdue, _num(overdue), "hồ sơ", C, subject=name, level="huyện",
              code=_QH),
            F(f"{overdue} hồ sơ, tỷ lệ đúng hạn {on_time}", on_time, _num(on_time), "%", subject=name,
              level="huyện", code=_DH)]


BLIND_417 = [
    F("tiếp nhận 52.418", "52.418", 52418, "hồ sơ", C, code=_TN),
    F("giải quyết 50.973", "50.973", 50973, "hồ sơ", C, code=ANY),
    F("trong đó quá hạn 1.287", "1.287", 1287, "hồ sơ", C, code=_QH),
    F("chiếm 2,52%", "2,52%", 2.52, "%", code=_QH),
    F("(quý II năm 2024: 1,64%)", "1,64%", 1.64, "%", PR, as_of=_Q2_2024, code=_QH),
    F("chỉ đạt 97,48%", "97,48%", 97.48, "%", code=_DH, target=98, stated_status="chưa đạt"),
    F("2024 là 98%", "98%", 98, "%", T, as_of=_Y2024, code=_DH),
    F("cấp tỉnh 214", "214", 214, "hồ sơ", C, subject="cấp tỉnh", level="tỉnh", code=_QH),
    F("cấp huyện 836", "836", 836, "hồ sơ", C, subject="cấp huyện", level="huyện", code=_QH),
    F("cấp xã 237", "237", 237, "hồ sơ", C, subject="cấp xã", level="xã", code=_QH),
    F("có 880 hồ sơ", "880", 880, "hồ sơ", C, subject=ANY, level=ANY, code=_QH),
    F("chiếm 68,38%", "68,38%", 68.38, "%", subject=ANY, level=ANY, code=ANY),
    F("có 1.104/1.287", "1.104/1.287", 1104, "hồ sơ", C, max_value=1287, code=ANY),
    F("có 37/106", "37/106", 37, "xã", C, max_value=106, subject=ANY, level="xã", code=None),
    F("có 12/19", "12/19", 12, "đơn vị", C, max_value=19, subject=ANY, level="tỉnh", code=None),
    F("(98 hồ sơ)", "98", 98, "hồ sơ", C, subject="Sở Tài nguyên và Môi trường", level="tỉnh", code=_QH),
    F("(71 hồ sơ)", "71", 71, "hồ sơ", C, subject="Sở Nông nghiệp và Phát triển nông thôn", level="tỉnh",
      code=_QH),
    F("(23 hồ sơ)", "23", 23, "hồ sơ", C, subject="Sở Giao thông vận tải", level="tỉnh", code=_QH),
    *_huyen_417("UBND huyện Phong Thổ", "3.414", "312", "90,86%"),
    *_huyen_417("UBND huyện Sìn Hồ", "2.680", "227", "91,53%"),
    *_huyen_417("UBND huyện Mường Tè", "2.071", "164", "92,08%"),
    *_huyen_417("UBND huyện Than Uyên", "2.239", "58", "97,41%"),
    *_huyen_417("UBND huyện Tam Đường", "2.010", "41", "97,96%"),
    *_huyen_417("UBND huyện Tân Uyên", "1.947", "22", "98,87%"),
    *_huyen_417("UBND huyện Nậm Nhùn", "1.143", "12", "98,95%"),
    F("Lai Châu: giải quyết 4.218", "4.218", 4218, "hồ sơ", C, subject="UBND thành phố Lai Châu", level="huyện",
      code=ANY),
    F("tỷ lệ đúng hạn 100%", "100%", 100, "%", subject="UBND thành phố Lai Châu", level="huyện", code=_DH),
    F("mới đạt 38,61%", "38,61%", 38.61, "%", code=_NOP),
    F("trực tuyến đạt 19,27%", "19,27%", 19.27, "%", code=_TT),
    # 766 (766/QĐ-TTg of 23/6/2022 cited); quý II năm 2024 dated 2024-06-30
    F("đạt 76,12/100", "76,12/100", 76.12, "điểm", max_value=100, code=_TONG),
    F("thứ 49/63", "49/63", 49, "hạng", R, max_value=63, code=_HANG),
    F("giảm 3 bậc", "3", -3, "hạng", CH, code=_HANG),
    F("(xếp thứ 46/63)", "46/63", 46, "hạng", PR, max_value=63, as_of=_Q2_2024, code=_HANG),
    F("chỉ đạt 16,84/20", "16,84/20", 16.84, "điểm", max_value=20, code="766.tien_do"),
    F("đạt 3,12/10", "3,12/10", 3.12, "điểm", max_value=10, code="766.thanh_toan"),
    F("đạt 11,47/22", "11,47/22", 11.47, "điểm", max_value=22, code="766.so_hoa"),
    F("tiếp nhận 14 phản ánh", "14", 14, "PAKN", C, code=_PAKN_TN),
    F("còn 5 PAKN", "5", 5, "PAKN", C, code=ANY),
    # task 4: the province's target, due at the end of 2024 (0213.3876.028 is a phone number)
    F("đạt tối thiểu 98%", "98%", 98, "%", T, as_of=_Y2024, code=_DH),
]

# ------------------------------------------------------------ 418: Trung tâm PVHCC tỉnh Hòa Bình, tháng 5 năm 2025
_TTPV = "Trung tâm Phục vụ hành chính công tỉnh"
_APR_418 = "2025-04-30"


def _tt(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the Centre itself (subject the Centre, level tỉnh)."""
    return F(context, raw, value, unit, kind, subject=_TTPV, level="tỉnh", **kw)


def _row_418(subject: str, received: str, settled: str, on_time: str, overdue: str, online: str,
             after: str) -> list[Fact]:
    """One tab-separated row of an agency (or the total = the Centre): five counts of files."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (settled, "hồ sơ", P, ANY, "period"),
             (on_time, "hồ sơ", P, _DH, "period"), (overdue, "hồ sơ", P, _QH, "period"),
             (online, "hồ sơ", P, _NOP, "period")]
    return _cells(subject, "tỉnh", cells, after, "\t", "\n")


BLIND_418 = [
    # I.1 (468/QĐ-TTg of 27/3/2021 and 1152/QĐ-UBND of 12/6/2023 cited)
    _tt("là 1.284 TTHC", "1.284", 1284, "TTHC", C, code=_TTHC),
    F("của 12 cơ quan", "12", 12, "đơn vị", C, subject=ANY, level="tỉnh", code=None),
    _tt("Trung tâm tiếp nhận 7.828", "7.828", 7828, "hồ sơ", C, code=_TN),
    _tt("giảm 412 hồ sơ", "412", -412, "hồ sơ", CH, code=_TN),
    _tt("(8.240 hồ sơ)", "8.240", 8240, "hồ sơ", PR, as_of=_APR_418, code=_TN),
    _tt("trực tuyến 6.886", "6.886", 6886, "hồ sơ", C, code=_NOP),
    _tt("chiếm 87,97%", "87,97%", 87.97, "%", code=_NOP, target=85, stated_status="đạt"),
    F("2025 là 85%", "85%", 85, "%", T, subject=ANY, level=ANY, as_of="2025-12-31", code=_NOP),
    _tt("giải quyết 7.650", "7.650", 7650, "hồ sơ", C, code=ANY),
    _tt("đúng hạn 7.595", "7.595", 7595, "hồ sơ", C, code=_DH),
    _tt("đạt 99,28%", "99,28%", 99.28, "%", code=_DH),
    _tt("quá hạn 55 hồ sơ, chiếm", "55", 55, "hồ sơ", C, code=_QH),
    _tt("chiếm 0,72%", "0,72%", 0.72, "%", code=_QH),
    _tt("là 178 hồ sơ", "178", 178, "hồ sơ", C, code=ANY),
    # I.2 tab-separated table of the 12 agencies; "Tổng cộng" (empty STT cell) = the Centre
    *_row_418("Sở Nội vụ", "214", "210", "209", "1", "204", "2\tSở Tài chính"),
    *_row_418("Sở Tài chính", "1.386", "1.333", "1.325", "8", "1.143", "3\tSở Tư pháp"),
    *_row_418("Sở Tư pháp", "957", "928", "922", "6", "938", "4\tSở Xây dựng"),
    *_row_418("Sở Xây dựng", "412", "411", "411", "0", "345", "5\tSở Công Thương"),
    *_row_418("Sở Công Thương", "1.873", "1.813", "1.810", "3", "1.657", "6\tSở Nông nghiệp"),
    *_row_418("Sở Nông nghiệp và Môi trường", "2.164", "2.151", "2.114", "37", "1.866", "7\tSở Y tế"),
    *_row_418("Sở Y tế", "318", "307", "307", "0", "282", "8\tSở Giáo dục"),
    *_row_418("Sở Giáo dục và Đào tạo", "176", "174", "174", "0", "171", "9\tSở Văn hóa"),
    *_row_418("Sở Văn hóa, Thể thao và Du lịch", "143", "140", "140", "0", "121", "10\tSở Khoa học"),
    *_row_418("Sở Khoa học và Công nghệ", "62", "62", "62", "0", "52", "11\tSở Dân tộc"),
    *_row_418("Sở Dân tộc và Tôn giáo", "27", "26", "26", "0", "27", "12\tBan Quản lý"),
    *_row_418("Ban Quản lý các khu công nghiệp tỉnh", "96", "95", "95", "0", "80", "\tTổng cộng"),
    *_row_418(_TTPV, "7.828", "7.650", "7.595", "55", "6.886", "\nSở Nông nghiệp"),
    F("(37 hồ sơ, chủ yếu", "37", 37, "hồ sơ", C, subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_QH),
    F("7/12 cơ quan", "7/12", 7, "đơn vị", C, max_value=12, subject=ANY, level="tỉnh", code=None),
    F("có 100% hồ sơ", "100%", 100, "%", subject="Sở Dân tộc và Tôn giáo", level="tỉnh", code=_NOP),
    # I.3 (tháng 4/2025 dated 2025-04-30)
    _tt("là 2.917 hồ sơ", "2.917", 2917, "hồ sơ", C, code=_TT),
    _tt("đạt 58,31%", "58,31%", 58.31, "%", code=_TT),
    _tt("(tháng 4/2025: 54,76%)", "54,76%", 54.76, "%", PR, as_of=_APR_418, code=_TT),
    _tt("công ích 1.046 hồ sơ", "1.046", 1046, "hồ sơ", C, code=ANY),
    _tt("TTHC đạt 96,42%", "96,42%", 96.42, "%", code=ANY),
    # I.4 (0218.3898.666 is a phone number)
    _tt("Có 3.592 lượt", "3.592", 3592, "lượt", C, code=ANY),
    _tt("chiếm 99,64%", "99,64%", 99.64, "%", code=_HL),
    _tt("tiếp nhận 03 phản ánh", "03", 3, "PAKN", C, code=_PAKN_TN),
    _tt("lời 03/03 PAKN", "03/03", 3, "PAKN", C, max_value=3, code=_PAKN_XL),
    # II. task 1 restates the agency's overdue files
    F("dứt điểm 37 hồ sơ", "37", 37, "hồ sơ", C, subject="Sở Nông nghiệp và Môi trường", level="tỉnh", code=_QH),
]

# ------------------------------------------------------------ 419: Bảo hiểm xã hội cơ sở Đức Trọng, 6 tháng năm 2025
_BH = "Bảo hiểm xã hội cơ sở Đức Trọng"


def _bh(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the office itself (subject the office; level unchecked, see the docstring)."""
    return F(context, raw, value, unit, kind, subject=_BH, level=ANY, **kw)


def _row_419(subject: str, level: object, received: str, electronic: str, share: str, after: str) -> list[Fact]:
    """One Markdown row of a commune area (or "Cộng" = the office): files received, electronic, share."""
    cells = [(received, "hồ sơ", P, _TN, "period"), (electronic, "hồ sơ", P, _NOP, "period"),
             (share, "%", P, _NOP, "period")]
    return _cells(subject, level, cells, after, _MD, _MD_END)


BLIND_419 = [
    # 1. a) (06/QĐ-TTg of 06/01/2022, "Đề án 06" and 1095/BHXH-VP of 20/6/2025 cited)
    _bh("đơn vị tiếp nhận 18.742", "18.742", 18742, "hồ sơ", C, code=_TN),
    _bh("điện tử 17.936 hồ sơ, đạt", "17.936", 17936, "hồ sơ", C, code=_NOP),
    _bh("đạt 95,70% (6", "95,70%", 95.70, "%", code=_NOP),
    _bh("(6 tháng năm 2024: 93,35%)", "93,35%", 93.35, "%", PR, as_of="2024-06-30", code=_NOP),
    _bh("giải quyết 18.521", "18.521", 18521, "hồ sơ", C, code=ANY),
    _bh("đúng hạn 18.517", "18.517", 18517, "hồ sơ", C, code=_DH),
    _bh("đạt 99,98%", "99,98%", 99.98, "%", code=_DH),
    _bh("quá hạn 04 hồ sơ", "04", 4, "hồ sơ", C, code=_QH),
    # b) Markdown table by commune area; "Cộng" = the office
    *_row_419("Xã Hiệp Thạnh", "xã", "3.412", "3.301", "96,75", "| 2 | Xã Đức Trọng"),
    *_row_419("Xã Đức Trọng", "xã", "5.896", "5.734", "97,25", "| 3 | Xã Tân Hội"),
    *_row_419("Xã Tân Hội", "xã", "2.735", "2.598", "94,99", "| 4 | Xã Tà Hine"),
    *_row_419("Xã Tà Hine", "xã", "1.268", "1.156", "91,17", "| 5 | Xã Tà Năng"),
    *_row_419("Xã Tà Năng", "xã", "1.547", "1.438", "92,95", "| 6 | Xã Ninh Gia"),
    *_row_419("Xã Ninh Gia", "xã", "3.884", "3.709", "95,49", "| | Cộng"),
    *_row_419(_BH, ANY, "18.742", "17.936", "95,70", "\nc) Thực hiện"),
    # c) the two linked groups ("dưới 6 tuổi" is no figure)
    _bh("tiếp nhận 1.312 hồ sơ", "1.312", 1312, "hồ sơ", C, code=ANY),
    _bh("tiếp nhận 287 hồ sơ", "287", 287, "hồ sơ", C, code=ANY),
    _bh("287 hồ sơ, 100%", "100%", 100, "%", code=ANY),
    # 2. xác thực, VNeID, VssID
    _bh("là 201.486/205.112", "201.486/205.112", 201486, "người", C, max_value=205112, code=ANY),
    _bh("đạt 98,23%", "98,23%", 98.23, "%", code=ANY),
    _bh("còn 3.626 người", "3.626", 3626, "người", C, code=ANY),
    _bh("là 63.418 lượt", "63.418", 63418, "lượt", C, code=ANY),
    _bh("chiếm 81,57%", "81,57%", 81.57, "%", code=ANY),
    _bh("là 96.305 tài khoản", "96.305", 96305, "tài khoản", C, code=ANY),
    _bh("chiếm 46,95%", "46,95%", 46.95, "%", code=ANY),
    # 3. chi trả qua tài khoản (target 2025 dated 2025-12-31)
    _bh("là 4.126/5.873", "4.126/5.873", 4126, "người", C, max_value=5873, code=ANY),
    _bh("đạt 70,25%", "70,25%", 70.25, "%", code=ANY, target=75, stated_status="chưa đạt"),
    F("giao là 75%", "75%", 75, "%", T, subject=ANY, level=ANY, as_of="2025-12-31", code=ANY),
    _bh("tài khoản đạt 97,16%", "97,16%", 97.16, "%", code=ANY),
    # 4. ("Tổng đài 1900 9068" is a name)
    _bh("khảo sát 1.250 phiếu", "1.250", 1250, "phiếu", C, code=ANY),
    _bh("đạt 98,40%", "98,40%", 98.40, "%", code=_HL),
    _bh("trả lời 14 phản ánh", "14", 14, "PAKN", C, code=ANY),
    # 5. other results ("cùng kỳ năm 2024" dates the relative change's base; the coverage is the area's)
    _bh("ích: 5.218 hồ sơ", "5.218", 5218, "hồ sơ", C, code=ANY),
    _bh("chiếm 28,17%", "28,17%", 28.17, "%", code=ANY),
    _bh("bắt buộc: 21.406 người", "21.406", 21406, "người", C, code=ANY),
    _bh("tăng 3,8%", "3,8%", 3.8, "%", CH, code=ANY),
    _bh("tự nguyện: 9.872 người", "9.872", 9872, "người", C, code=ANY),
    F("đạt 94,15%", "94,15%", 94.15, "%", subject=ANY, level=ANY, code=ANY, target=95),
    F("2025 là 95%", "95%", 95, "%", T, subject=ANY, level=ANY, as_of="2025-12-31", code=ANY),
    # II. task 4: the office's target for 2025 (0263.3843.215 is a phone number)
    F("đạt tối thiểu 80%", "80%", 80, "%", T, subject=ANY, level=ANY, as_of="2025-12-31", code=ANY),
]

BLIND = {"415": BLIND_415, "416": BLIND_416, "417": BLIND_417, "418": BLIND_418, "419": BLIND_419}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "415": [
        ("2025-02-15", "day", "15/02/2025", "cắt giảm thành phần hồ sơ", "Phòng Hành chính tư pháp"),
        ("2025-03-31", "quarter", "quý I/2025", "chứng thực bản sao điện tử", "UBND huyện Hòa Vang"),
        # issued 06/01/2025: the first "ngày 25 hằng tháng" is 25/01/2025
        ("2025-01-25", "recurring", "25 hằng tháng", "tổng hợp số liệu giải quyết TTHC", "Văn phòng Sở"),
    ],
    "416": [
        ("2024-07-31", "month", "tháng 7/2024", "thu phí, lệ phí trực tuyến", "Sở Tài chính"),
        ("2024-07-20", "day", "20/7/2024", "hồ sơ đất đai quá hạn", "UBND huyện Long Mỹ"),
        ("2024-08-31", "day", "ngày 31 tháng 8 năm 2024", "số hóa kết quả giải quyết TTHC", "Các sở, ban, ngành tỉnh"),
        ("2024-12-31", "year", "năm 2024", "tỷ lệ hồ sơ thanh toán trực tuyến",
         "Các sở, ban, ngành, UBND các huyện, thị xã, thành phố"),
    ],
    "417": [
        ("2024-10-25", "day", "25/10/2024", "giải quyết dứt điểm các hồ sơ đất đai quá hạn",
         "Chủ tịch UBND các huyện Phong Thổ, Sìn Hồ, Mường Tè"),
        ("2024-11-15", "day", "ngày 15 tháng 11 năm 2024", "giải quyết xong số hồ sơ tồn đọng",
         "Giám đốc Sở Tài nguyên và Môi trường"),
        ("2024-12-31", "quarter", "quý IV/2024", "tự động gửi Phiếu xin lỗi", "Giám đốc Sở Thông tin và Truyền thông"),
        ("2024-12-31", "year", "năm 2024", "tỷ lệ giải quyết hồ sơ đúng hạn",
         "Thủ trưởng các sở, ban, ngành, Chủ tịch UBND các huyện, thành phố"),
        # issued 08/10/2024, after the 5th: the first "ngày 05 hằng tháng" is 05/11/2024
        ("2024-11-05", "recurring", "05 hằng tháng", "đôn đốc việc thực hiện Công điện", "Văn phòng UBND tỉnh"),
    ],
    "418": [
        ("2025-06-10", "day", "10/6/2025", "giải quyết dứt điểm 37 hồ sơ quá hạn", "Sở Nông nghiệp và Môi trường"),
        ("2025-06-30", "month", "tháng 6/2025", "bàn giao, lưu trữ hồ sơ", "Các cơ quan có TTHC tại Trung tâm"),
        ("2025-06-20", "day", "ngày 20 tháng 6 năm 2025", "đánh giá mức độ hài lòng",
         "Bộ phận Tiếp nhận và Trả kết quả của Trung tâm"),
        # issued 03/6/2025: the first "ngày 25 hằng tháng" is 25/6/2025
        ("2025-06-25", "recurring", "25 hằng tháng", "báo cáo kết quả giải quyết TTHC", "Các cơ quan"),
    ],
    "419": [
        ("2025-07-31", "day", "31/7/2025", "điều chỉnh địa bàn tiếp nhận hồ sơ", "Bộ phận Một cửa"),
        ("2025-09-30", "quarter", "quý III/2025", "xác thực thông tin", "Tổ Quản lý thu - Sổ, thẻ"),
        ("2025-08-15", "day", "ngày 15 tháng 8 năm 2025", "cập nhật đầy đủ số tài khoản cá nhân", "Tổ Chế độ BHXH"),
        ("2025-12-31", "year", "năm 2025", "nhận qua tài khoản", "Các Tổ nghiệp vụ"),
        # issued 04/7/2025: the first "ngày 20 hằng tháng" is 20/7/2025
        ("2025-07-20", "recurring", "20 hằng tháng", "gửi số liệu về Bộ phận Tổng hợp", "Các Tổ nghiệp vụ"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 415's issuer is Sở Tư pháp under "UBND THÀNH PHỐ ĐÀ NẴNG" (bold lines in Markdown); 416 is OCR-ed, its header
# two columns on one line; 417 is a Công điện whose period is the quarter in its "Về việc" line; 418's issuer is
# the Trung tâm Phục vụ hành chính công under "UBND TỈNH HÒA BÌNH"; 419's issuer is Bảo hiểm xã hội cơ sở Đức
# Trọng under "BẢO HIỂM XÃ HỘI TỈNH LÂM ĐỒNG" (the merged province, named as it was then).
META = {
    "415": {"doc_number": "318/BC-STP", "doc_type": "Báo cáo", "issued_date": "2025-01-06",
            "province": "Đà Nẵng", "period_label": "quý IV năm 2024", "period_start": "2024-10-01",
            "period_end": "2024-12-31", "signer": "Phan Thị Thu Hà"},
    "416": {"doc_number": "178/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2024-07-05",
            "province": "Hậu Giang", "period_label": "tháng 6 năm 2024", "period_start": "2024-06-01",
            "period_end": "2024-06-30", "signer": "Trương Minh Tuấn"},
    "417": {"doc_number": "07/CĐ-UBND", "doc_type": "Công điện", "issued_date": "2024-10-08",
            "province": "Lai Châu", "period_label": "quý III năm 2024", "period_start": "2024-07-01",
            "period_end": "2024-09-30", "signer": "Lò Văn Hùng"},
    "418": {"doc_number": "95/BC-TTPVHCC", "doc_type": "Báo cáo", "issued_date": "2025-06-03",
            "province": "Hòa Bình", "period_label": "tháng 5 năm 2025", "period_start": "2025-05-01",
            "period_end": "2025-05-31", "signer": "Bùi Văn Quang"},
    "419": {"doc_number": "112/BC-BHXH", "doc_type": "Báo cáo", "issued_date": "2025-07-04",
            "province": "Lâm Đồng", "period_label": "6 tháng năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-06-30", "signer": "Nguyễn Đức Minh"},
}
