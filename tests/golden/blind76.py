"""Blind golden facts for corpus/blind76/455_thanh_hoa.txt, 456_cao_bang.txt, 457_quang_nam.txt, 458_thai_binh.txt
and 459_long_an.txt.

The five documents were written by the developers for a seventy-sixth blind measurement (provinces, issuers, wording
and layouts not used in sets 69–72; not real documents), and every row below was written by reading them, before any
extraction, restoration or pipeline code was run on them. They also serve as held-out text for diacritic restoration
(marks stripped, restored, compared with the file).

Same structure and conventions as golden/blind16.py and blind13.py: rows use `golden.facts.Fact` (context string that
occurs once in the document + the figure as written inside it). Prose and list counts are kind `count`; table cells
are kind `value` even when they count (signed change cells kind `change`); `as_of="period"` is the period's end; a
table column dated before the period end keeps kind `value` with that date as `as_of`; a change is dated at the period
end and a fall ("giảm", "rút ngắn") is negative. `ANY` leaves a field unchecked where the sentence names no catalogued
indicator (`None` where it clearly names none). Table cells carry `extra={"source": "table"}`. "thủ tục" counts use
the unit `TTHC`, "phản ánh, kiến nghị" counts the unit `PAKN`; a count of the files (or PAKN, accounts) an indicator is
computed on carries that indicator's code; every "đã giải quyết" count and the parts of a received whole ("kỳ trước
chuyển sang", "tiếp nhận mới") have their code unchecked; a relative change of a count ("tăng 27,5% so với quý IV năm
2024") has its code unchecked. Counts of local units take the unit of their first unit word ("21/37 xã, thị trấn" →
`xã`, "06/18 huyện, thị xã, thành phố" → `huyện`), counts of "sở, ban, ngành"/"đơn vị" → `đơn vị`. Dates, document
numbers, cited decisions, plans and letters ("Công văn số 2154/VP-KSTT", "Quyết định số 06/QĐ-TTg", "Kế hoạch số
46/KH-CAT", "Kế hoạch số 89/KH-UBND", "Kế hoạch số 38/KH-UBND", "Thỏa thuận hợp tác số 12/TTHT-UBND-VT", "Quyết định
số 766/QĐ-TTg"), "Đề án 06", "giai đoạn 2022 - 2025", "năm 2030", section numbering ("I.", "1.", "a)"), the STT
column, the numbered tasks, phone numbers ("0237.3865.142", "0206.3859.113", "0235.3812.468", "0227.3646.999",
"0272.3552.168"), street addresses ("số 02 Trần Hưng Đạo", "số 278 Lý Bôn"), "mức độ 1", "mức độ 2", "dưới 14 tuổi",
"từ đủ 14 tuổi", "17 giờ", page footers ("Trang 2/3"), the running header of a PDF page ("Báo cáo số 112/BC-UBND ngày
03/4/2025 của UBND huyện Hoằng Hóa"), headings naming the next period ("III. NHIỆM VỤ TRỌNG TÂM QUÝ II NĂM 2025", "II.
PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG 6 NĂM 2025", "III. KIẾN NGHỊ VÀ NHIỆM VỤ NĂM 2025", "III. KẾ HOẠCH QUÝ II NĂM 2025 VÀ
KIẾN NGHỊ", "Xếp hạng khối huyện tháng 4/2025:": no deadlines, no figures) and years are not figures.

New in this set (all in 2025, before the 1 July 2025 merger):
- 455 is a quarterly Báo cáo of UBND huyện Hoằng Hóa (tỉnh Thanh Hóa, named only in "Kính gửi"), quý I năm 2025,
  issued 03/4/2025, as a text tool extracts it from a PDF: the two-column header laid out with spaces on two lines
  ("ỦY BAN NHÂN DÂN    CỘNG HÒA …", "Số: 112/BC-UBND    Hoằng Hóa, ngày 03 tháng 4 năm 2025"), hard line breaks
  every ~85 characters in the middle of sentences (a label at the end of one line and its figure at the start of
  the next: "đạt\n99,12%", "đạt\n88,24%"; a subject split "thị\ntrấn Bút Sơn"), pages joined by a form feed, a
  footer "Trang n/3" on each page and a running header repeated at the top of pages 2 and 3. One figure is cut from
  its label by a page end: "đạt" ends page 1, "99,87%" opens page 2 after the footer and the running header. Every
  context below lies on one line of the file. Figures under "a) Cấp huyện" (Bộ phận Một cửa huyện) are subject
  "cấp huyện", under "b) Cấp xã" subject "cấp xã", as golden/blind15.py's 155 does; the district's own figures
  ("UBND huyện đã tổ chức niêm yết …", "Toàn huyện …", its PAKN, score, rank and VNeID accounts) are subject "UBND
  huyện Hoằng Hóa", level huyện. The satisfaction share "tại Bộ phận Một cửa huyện" outside the "Cấp huyện"
  section is the district's or cấp huyện's (golden/blind6.py's 122 reads the huyện's one-stop shop as the district,
  blind15's 155 as cấp huyện): subject ANY, level huyện. "05 quyết định" is a count with code None. "trước hạn và
  đúng hạn 3.497 hồ sơ, đạt\n99,12%" is the on-time whole (on-time code). "4,7 ngày/hồ sơ, rút ngắn 0,6 ngày" is
  the processing time and its fall. "(cấp huyện 55%, cấp xã 50%) thì cấp huyện đã đạt, cấp xã chưa đạt chỉ tiêu":
  each target its level's, dated 2025-12-31; 58,34% carries 55 ("đạt"), 46,72% carries 50 ("chưa đạt"). Previous
  values of "quý IV năm 2024" are dated 2024-12-31. Rank `9/26` among the province's 26 district-level units. The
  target "của cấp xã đạt tối thiểu 50% trong quý II\nnăm 2025" is cấp xã's, dated 2025-06-30 (the deadline's date
  words are split by a line break: the golden words are "quý II"). Five deadlines: day, "chậm nhất" day in words,
  month, quarter (with the target), "trước ngày 18 hằng tháng" (issued 03/4/2025: first 18/4/2025).
- 456 is a monthly Báo cáo of Công an xã Chu Trinh (header "CÔNG AN TỈNH CAO BẰNG / CÔNG AN XÃ CHU TRINH"), tháng 5
  năm 2025, issued 02/6/2025, on Đề án 06. The work of the Công an xã itself (records cleaned, ID cards and account
  requests taken, accounts activated, residence files handled, people helped, meetings held) has subject "Công an
  xã" (the body named by its kind, as "Công an tỉnh" is), level xã. Figures about the commune's population "trên
  địa bàn xã" (households, residents, accounts held, people in social-welfare payments) and the "Toàn xã" row have
  subject ANY (the commune or its police: the text does not say), level xã. Units as written: "hộ", "nhân khẩu",
  "người", "thẻ", "trường hợp", "buổi", "tài khoản", "hồ sơ". Counts of identity accounts carry the code
  `tai_khoan_dinh_danh`; their parts "mức độ 1 là 41, mức độ 2 là 157" have the code unchecked ("1" and "2" are
  levels, not figures). "5.604/5.912 nhân khẩu" is one count (max 5912). "tăng 38 hồ sơ so với tháng 4/2025 (177
  hồ sơ)": a change and a previous value dated 2025-04-30. "(85% công dân … có tài khoản mức độ 2) thì xã chưa đạt
  chỉ tiêu": the commune's target dated 2025-12-31; 73,76% carries it with status "chưa đạt". Its tab-separated table
  (headers holding numbers: "Công dân từ đủ 14 tuổi", "Tài khoản mức độ 2 (lũy kế)") lists 8 xóm (subject as
  written, "Xóm Nà Cáp"; level ANY: a hamlet is below the commune, no level of the contract names it) and a "Toàn
  xã" row with an empty STT cell (its figures are also in the prose): residents, citizens aged 14+ (unit "người"),
  level-2 accounts, their share and accounts newly activated in the month ("Kích hoạt mới trong tháng": counts,
  kind value). "61 hồ sơ … chiếm 68,54% số hồ sơ nộp trực tuyến" is a share of online files, not the 766 payment
  share: code unchecked. "94/94 hồ sơ" on time is one count (max 94). "phấn đấu 100% hồ sơ đăng ký cư trú được
  tiếp nhận trực tuyến trong quý III năm 2025" is a target dated 2025-09-30. The signer is written with his rank
  ("Thiếu tá Nông Văn Hùng"): the signer is the name. Five deadlines: day, "chậm nhất" day in words, month,
  quarter (with the target), "trước ngày 28 hằng tháng" (issued 02/6/2025: first 28/6/2025).
- 457 is a Báo cáo of the Hiệp hội Doanh nghiệp tỉnh Quảng Nam (header "HIỆP HỘI DOANH NGHIỆP / TỈNH QUẢNG NAM") to
  UBND tỉnh on the PCI 2024 (period năm 2024, issued 12/5/2025). The province's PCI figures have subject NULL and
  the code `pci` (score, rank `24/63`, "tăng 0,94 điểm và tăng 7 bậc so với năm 2023 (66,88 điểm, xếp thứ 31/63)",
  the earlier values dated 2023-12-31; no maximum is written for the score). Firms surveyed "trên cả nước" and the
  national median are about the whole country (subject "cả nước", level NULL, unit "doanh nghiệp"). "xếp thứ 5/14
  tỉnh, thành phố" in the region is a rank with code unchecked (not the national ranking). "chỉ tiêu PCI năm 2024 là
  đạt từ 68 điểm trở lên; như vậy tỉnh chưa đạt chỉ tiêu": the target (unit điểm) at the period end, 67,82 carries it
  with status "chưa đạt". Its Markdown table (centred and right-aligned separators) lists the ten sub-indices with
  columns "Năm 2023" (dated 2023-12-31), "Năm 2024" and a signed change (two falls), no maxima, code unchecked, no
  total row. "Có 08/10 chỉ số thành phần tăng điểm và 02 chỉ số giảm điểm" are counts (unit "chỉ số", code None).
  Survey shares of firms ("61,3% doanh nghiệp … (năm 2023: 55,8%)"; "giảm từ 43,1% xuống 38,4%": the "từ" value is
  the previous year's, dated 2023-12-31) have code unchecked; "30 ngày" is a median waiting time. DDCI (the
  province's survey of its own agencies and districts): ballots "phiếu" (1.240 sent, 1.082 valid, 87,26%), block
  averages (subject ANY, levels tỉnh/huyện), best and worst units with scores in brackets (subject as written;
  "Sở Nông nghiệp và Phát triển nông thôn", the 2024 name), "12/19 sở, ban, ngành" (unit đơn vị, level tỉnh) and
  "06/18 huyện, thị xã, thành phố" (unit huyện) — DDCI codes unchecked. Five deadlines: month, day for two named
  districts, "chậm nhất" day in words, quarter, "trước ngày 10 hằng tháng" (issued 12/5/2025: first 10/6/2025).
- 458 is a Báo cáo of Viettel Thái Bình (a provincial branch of a state-owned group; header "TẬP ĐOÀN CÔNG NGHIỆP -
  VIỄN THÔNG QUÂN ĐỘI / VIETTEL THÁI BÌNH") to UBND tỉnh Thái Bình, quý I năm 2025, issued 08/4/2025, on cashless
  payment at public services. Figures about the province's payments (transactions, values, schools, hospitals, the
  province's online-payment share) have subject NULL; only "tỷ lệ hồ sơ thanh toán trực tuyến của tỉnh đạt 44,18%
  (quý IV năm 2024: 39,05%)" is a catalogued indicator (the earlier value dated 2024-12-31); the rest have code
  unchecked. Units as written: "giao dịch", "tỷ đồng" (a value "3,84 tỷ đồng" is 3.84 in the unit "tỷ đồng"),
  "trường", "bệnh viện", "trạm y tế", "người", "tài khoản". "412/486 trường", "9/11 bệnh viện", "214/260 trạm y
  tế" are counts with their max. "tăng 27,5% so với quý IV năm 2024 (14.451 giao dịch)": a relative change and a
  previous value dated 2024-12-31. "Bệnh viện Đa khoa tỉnh Thái Bình có 15.284 giao dịch, chiếm 35,87%": a proper
  name that holds a place, kept whole (level ANY: a hospital is no administrative level). "Viettel Thái Bình phát
  triển mới 12.460 tài khoản Viettel Money" is the company's own count (subject "Viettel Thái Bình", level ANY);
  payment-wallet accounts are not identity accounts (code unchecked, never `tai_khoan_dinh_danh` by intent; left
  ANY because the catalog is unseen). Its Markdown table by district (subject as written, "Thành phố Thái Bình",
  "Huyện Quỳnh Phụ", level huyện; schools, schools served, school-fee transactions, health stations served; two
  equal cells "58 | 58") has a "Toàn tỉnh" row with an empty STT cell (= the province, subject NULL; 486, 412,
  156.830 and 214 are also in the prose). "chỉ đạo 74 trường còn lại" in a task repeats a count (subject and level
  unchecked). Five deadlines: day, quarter, "chậm nhất" day in words, month, "trước ngày 05 hằng tháng" (issued
  08/4/2025, after the 5th: first 05/5/2025).
- 459 is the Văn phòng UBND tỉnh Long An's monthly summary of the 766 index sent as an e-mail body pasted into a
  .txt: no header block (no number: doc_number None; doc_type left unchecked, the text names none), "Kính gửi
  anh/chị …", short lines, figures in "+" bullets, a signature at the end ("Nguyễn Thị Thu Hà / Phó Chánh Văn phòng
  UBND tỉnh Long An / Tân An, ngày 06/5/2025": the issue date), period "tháng 4 năm 2025" from the first sentence;
  "Số liệu chốt lúc 17 giờ ngày 30/4/2025" is the period end. Province figures have subject NULL: total
  "84,36/100", rank "21/63", "So với tháng 3/2025 (83,24 điểm, hạng 24/63): tăng 1,12 điểm, tăng 3 bậc" (earlier
  values dated 2025-03-31, the earlier total on the /100 scale), six group scores "+ <group>: x/max điểm." (sum
  84,36), files, shares and PAKN as bare "label figure" bullets ("Đúng hạn 98,92%", "PAKN: nhận 46, đã xử lý 41,
  đạt 89,13%"). "Thanh toán trực tuyến mới đạt 42,56%, chưa đạt chỉ tiêu năm 2025 là 50%": target dated 2025-12-31,
  status "chưa đạt". Block averages "khối sở, ngành / khối huyện / khối xã" (subject ANY, levels tỉnh/huyện/xã);
  best and worst Sở with scores in brackets; "12/19 sở, ngành" (unit đơn vị, level tỉnh) and "04/15 huyện, thị xã,
  thành phố" (unit huyện). The district ranking is a bullet list "+ Hạng n: <unit>, x điểm." of all 15 units (rank
  kind rank, unit hạng, no max_value: none is written; score code 766.tong_hop; subject as written, "Thành phố Tân
  An", "Thị xã Kiến Tường", level huyện; the scores average 82,51 as stated). Tasks are "+ <body>: <task> <date>"
  bullets: five deadlines (day for two named bodies, quarter "trong quý II/2025", "chậm nhất" day in words, month,
  "trước ngày 25 hằng tháng", issued 06/5/2025: first 25/5/2025).
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
_PAKN_TN = "pakn.tiep_nhan"
_PAKN_XL = "pakn.da_xu_ly"
_PAKN_TL = "pakn.ty_le_xu_ly"
_PCI = "pci"


def _cells(subject: object, level: object, cells: list[tuple[str, str, str, object, str]], after: str,
           sep: str, end: str) -> list[Fact]:
    """The numeric cells of one table row, each `(raw, unit, kind, code, as_of)`. A cell's context is the
    separator before it, the rest of its row and the start of the next line (`after`), so that it occurs
    once and the raw text is found first at the cell itself even where the same figure recurs. A signed
    raw ("+0,26") is read without its plus sign."""
    raws = [cell[0] for cell in cells]
    return [F(sep + sep.join(raws[i:]) + end + after, raw, _num(raw.lstrip("+")), unit, kind, subject=subject,
              level=level, as_of=as_of, code=code, extra=TAB)
            for i, (raw, unit, kind, code, as_of) in enumerate(cells)]


# ------------------------------------------------------------ 455: UBND huyện Hoằng Hóa (Thanh Hóa), quý I năm 2025
_HH = "UBND huyện Hoằng Hóa"
_Q4_2024 = "2024-12-31"
_Y2025 = "2025-12-31"


def _huyen(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the district level ("a) Cấp huyện", "của cấp huyện")."""
    return F(context, raw, value, unit, kind, subject="cấp huyện", level="huyện", **kw)


def _xa(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the commune level ("b) Cấp xã", "của cấp xã")."""
    return F(context, raw, value, unit, kind, subject="cấp xã", level="xã", **kw)


def _hh(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the district itself (the issuer)."""
    return F(context, raw, value, unit, kind, subject=_HH, level="huyện", **kw)


def _commune_455(subject: str, received: str, online: str) -> list[Fact]:
    """One dash-list line "- <unit>: tiếp nhận n hồ sơ, trực tuyến đạt x%;"."""
    return [
        F(f"{subject}: tiếp nhận {received}", received, _num(received), "hồ sơ", C, subject=subject, level="xã",
          code=_TN),
        F(f"{received} hồ sơ, trực tuyến đạt {online}", online, _num(online), "%", subject=subject, level="xã",
          code=_NOP),
    ]


BLIND_455 = [
    # I.1 (2154/VP-KSTT of 11/3/2025 cited)
    _hh("công khai 05 quyết định", "05", 5, "quyết định", C, code=None),
    _huyen("cấp huyện là 271 TTHC", "271", 271, "TTHC", C, code=_TTHC),
    _xa("cấp xã là 141 TTHC", "141", 141, "TTHC", C, code=_TTHC),
    _huyen("cấp huyện là 186 TTHC", "186", 186, "TTHC", C, code=_TOAN),
    _huyen("chiếm 68,63%", "68,63%", 68.63, "%", code=_TOAN),
    # I.2 a) cấp huyện; quý IV năm 2024 dated 2024-12-31
    _huyen("huyện tiếp nhận 3.846", "3.846", 3846, "hồ sơ", C, code=_TN),
    _huyen("chuyển sang 214 hồ sơ", "214", 214, "hồ sơ", C, code=ANY),
    _huyen("tiếp nhận mới 3.632", "3.632", 3632, "hồ sơ", C, code=ANY),
    _huyen("tăng 436 hồ sơ", "436", 436, "hồ sơ", CH, code=_TN),
    _huyen("(3.410 hồ sơ)", "3.410", 3410, "hồ sơ", PR, as_of=_Q4_2024, code=_TN),
    _huyen("trực tuyến là 3.215", "3.215", 3215, "hồ sơ", C, code=_NOP),
    _huyen("chiếm 88,52%", "88,52%", 88.52, "%", code=_NOP),
    _huyen("quyết 3.528 hồ sơ", "3.528", 3528, "hồ sơ", C, code=ANY),
    _huyen("đúng hạn 3.497 hồ sơ", "3.497", 3497, "hồ sơ", C, code=_DH),
    _huyen("99,12%; quá hạn", "99,12%", 99.12, "%", code=_DH),
    _huyen("quá hạn 31 hồ sơ", "31", 31, "hồ sơ", C, code=_QH),
    _huyen("đang giải quyết 318", "318", 318, "hồ sơ", C, code=ANY),
    _huyen("trung bình là 4,7", "4,7", 4.7, "ngày", code=_TIME),
    _huyen("rút ngắn 0,6 ngày", "0,6", -0.6, "ngày", CH, code=_TIME),
    # I.2 b) cấp xã (the on-time share "99,87%" opens page 2, after the footer and the running header)
    _xa("tiếp nhận 18.742", "18.742", 18742, "hồ sơ", C, code=_TN),
    _xa("trực tuyến 15.106", "15.106", 15106, "hồ sơ", C, code=_NOP),
    _xa("đạt 80,60%", "80,60%", 80.60, "%", code=_NOP),
    _xa("quyết 18.655", "18.655", 18655, "hồ sơ", C, code=ANY),
    _xa("đúng hạn 18.630", "18.630", 18630, "hồ sơ", C, code=_DH),
    _xa("99,87%; quá hạn", "99,87%", 99.87, "%", code=_DH),
    _xa("quá hạn 25 hồ sơ", "25", 25, "hồ sơ", C, code=_QH),
    *_commune_455("Thị trấn Bút Sơn", "1.284", "94,36%"),
    *_commune_455("Xã Hoằng Đồng", "712", "92,18%"),
    *_commune_455("Xã Hoằng Thắng", "655", "91,05%"),
    F("Trường (61,27%)", "61,27%", 61.27, "%", subject="xã Hoằng Trường", level="xã", code=_NOP),
    F("Hải (63,40%)", "63,40%", 63.40, "%", subject="xã Hoằng Hải", level="xã", code=_NOP),
    # I.3 targets by level in a bracket (dated 2025-12-31); quý IV năm 2024 dated 2024-12-31
    _huyen("cấp huyện đạt 58,34%", "58,34%", 58.34, "%", code=_TT, target=55, stated_status="đạt"),
    _xa("xã đạt 46,72%", "46,72%", 46.72, "%", code=_TT, target=50, stated_status="chưa đạt"),
    _huyen("(cấp huyện 55%", "55%", 55, "%", T, as_of=_Y2025, code=_TT),
    _xa("cấp xã 50%)", "50%", 50, "%", T, as_of=_Y2025, code=_TT),
    _huyen("huyện đạt 96,40%", "96,40%", 96.40, "%", code=_SH),
    _huyen("2024: 92,15%)", "92,15%", 92.15, "%", PR, as_of=_Q4_2024, code=_SH),
    _xa("xã đạt 89,73%", "89,73%", 89.73, "%", code=_SH),
    _huyen("huyện là 98,06%", "98,06%", 98.06, "%", code=_KQ),
    _xa("xã là 95,11%", "95,11%", 95.11, "%", code=_KQ),
    _hh("cho 2.418 trường hợp", "2.418", 2418, "trường hợp", C, code=_CT),
    # I.4 the district's PAKN (0237.3865.142 is a phone number); satisfaction at its one-stop shop
    _hh("tiếp nhận 17 phản ánh", "17", 17, "PAKN", C, code=_PAKN_TN),
    _hh("xử lý xong 15 PAKN", "15", 15, "PAKN", C, code=_PAKN_XL),
    _hh("88,24%; còn", "88,24%", 88.24, "%", code=_PAKN_TL),
    _hh("còn 02 PAKN", "02", 2, "PAKN", C, code=ANY),
    F("huyện đạt 97,85%", "97,85%", 97.85, "%", subject=ANY, level="huyện", code=_HL),
    # I.5 rank among the province's 26 district-level units; quý IV năm 2024 dated 2024-12-31
    _hh("đạt 86,42 điểm", "86,42", 86.42, "điểm", code=_TONG),
    _hh("thứ 9/26", "9/26", 9, "hạng", R, max_value=26, code=_HANG),
    _hh("tăng 3,27 điểm", "3,27", 3.27, "điểm", CH, code=_TONG),
    _hh("tăng 5 bậc", "5", 5, "hạng", CH, code=_HANG),
    _hh("(83,15 điểm", "83,15", 83.15, "điểm", PR, as_of=_Q4_2024, code=_TONG),
    _hh("thứ 14/26)", "14/26", 14, "hạng", PR, max_value=26, as_of=_Q4_2024, code=_HANG),
    F("đạt 81,26 điểm", "81,26", 81.26, "điểm", subject=ANY, level="xã", code=_TONG),
    F("có 21/37 xã", "21/37", 21, "xã", C, max_value=37, subject=ANY, level="xã", code=None),
    F("12 xã xếp loại", "12", 12, "xã", C, subject=ANY, level="xã", code=None),
    F("04 đơn vị xếp loại", "04", 4, "đơn vị", C, subject=ANY, level="xã", code=None),
    F("Sơn (92,05 điểm)", "92,05", 92.05, "điểm", subject="thị trấn Bút Sơn", level="xã", code=_TONG),
    F("Trường (72,64 điểm)", "72,64", 72.64, "điểm", subject="xã Hoằng Trường", level="xã", code=_TONG),
    # I.6 the district's VNeID accounts ("từ đủ 14 tuổi" is no figure)
    _hh("thêm 4.862 tài khoản", "4.862", 4862, "tài khoản", C, code=_TK),
    _hh("có 158.415 tài khoản", "158.415", 158415, "tài khoản", C, code=_TK),
    _hh("đạt 81,37%", "81,37%", 81.37, "%", code=ANY),
    # III.4 cấp xã's target for quý II năm 2025
    _xa("tối thiểu 50%", "50%", 50, "%", T, as_of="2025-06-30", code=_TT),
]

# ------------------------------------------------------------ 456: Công an xã Chu Trinh (Cao Bằng), tháng 5 năm 2025
_CAX = "Công an xã"
_APR_2025 = "2025-04-30"


def _cax(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure of the commune police's own work (subject the body by its kind, level xã)."""
    return F(context, raw, value, unit, kind, subject=_CAX, level="xã", **kw)


def _dia_ban(context: str, raw: str, value: float, unit: str, kind: str = P, **kw) -> Fact:
    """A figure about the commune's population (subject unchecked: the commune or its police), level xã."""
    return F(context, raw, value, unit, kind, subject=ANY, level="xã", **kw)


def _row_456(subject: str, level: object, residents: str, citizens: str, accounts: str, share: str, new: str,
             after: str) -> list[Fact]:
    """One tab-separated row of a hamlet (or the commune): residents, citizens aged 14+, level-2 accounts, their
    share, accounts newly activated in the month."""
    cells = [(residents, "nhân khẩu", P, ANY, "period"), (citizens, "người", P, ANY, "period"),
             (accounts, "tài khoản", P, _TK, "period"), (share, "%", P, ANY, "period"),
             (new, "tài khoản", P, _TK, "period")]
    return _cells(subject, level, cells, after, "\t", "\n")


BLIND_456 = [
    # I.1 (06/QĐ-TTg of 06/01/2022 and 46/KH-CAT of 20/01/2025 cited)
    _dia_ban("có 1.486 hộ", "1.486", 1486, "hộ", C, code=ANY),
    _dia_ban("với 5.912 nhân khẩu", "5.912", 5912, "nhân khẩu", C, code=ANY),
    _dia_ban("thường trú 5.637", "5.637", 5637, "nhân khẩu", C, code=ANY),
    _dia_ban("tạm trú 275", "275", 275, "nhân khẩu", C, code=ANY),
    _cax("làm sạch 412 hồ sơ", "412", 412, "hồ sơ", C, code=ANY),
    _cax("xác thực 5.604/5.912", "5.604/5.912", 5604, "nhân khẩu", C, max_value=5912, code=ANY),
    _cax("đạt 94,79%", "94,79%", 94.79, "%", code=ANY),
    _cax("cho 37 trường hợp", "37", 37, "trường hợp", C, code=ANY),
    _dia_ban("còn 308 nhân khẩu", "308", 308, "nhân khẩu", C, code=ANY),
    # I.2 ("dưới 14 tuổi", "mức độ 1", "mức độ 2" are no figures); tháng 4/2025 dated 2025-04-30
    _cax("Thu nhận 126 hồ sơ", "126", 126, "hồ sơ", C, code=ANY),
    _cax("trong đó 48 hồ sơ", "48", 48, "hồ sơ", C, code=ANY),
    _cax("trả 118 thẻ", "118", 118, "thẻ", C, code=ANY),
    _cax("Thu nhận 215 hồ sơ", "215", 215, "hồ sơ", C, code=ANY),
    _cax("tăng 38 hồ sơ", "38", 38, "hồ sơ", CH, code=ANY),
    _cax("(177 hồ sơ)", "177", 177, "hồ sơ", PR, as_of=_APR_2025, code=ANY),
    _cax("thành công 198 tài khoản", "198", 198, "tài khoản", C, code=_TK),
    _cax("mức độ 1 là 41", "41", 41, "tài khoản", C, code=ANY),
    _cax("mức độ 2 là 157", "157", 157, "tài khoản", C, code=ANY),
    _dia_ban("có 4.375 tài khoản", "4.375", 4375, "tài khoản", C, code=_TK),
    _dia_ban("đạt 82,36%", "82,36%", 82.36, "%", code=ANY),
    _dia_ban("(5.312 người)", "5.312", 5312, "người", C, code=ANY),
    _dia_ban("mức độ 2 là 3.918", "3.918", 3918, "tài khoản", C, code=_TK),
    _dia_ban("đạt 73,76%", "73,76%", 73.76, "%", code=ANY, target=85, stated_status="chưa đạt"),
    _dia_ban("(85% công dân", "85%", 85, "%", T, as_of=_Y2025, code=ANY),
    # tab-separated table of the 8 hamlets and the commune
    *_row_456("Xóm Nà Cáp", ANY, "842", "756", "581", "76,85", "24", "2\tXóm Lam Sơn"),
    *_row_456("Xóm Lam Sơn", ANY, "1.105", "998", "782", "78,36", "31", "3\tXóm Khuổi Kép"),
    *_row_456("Xóm Khuổi Kép", ANY, "617", "552", "354", "64,13", "12", "4\tXóm Nà Rụa"),
    *_row_456("Xóm Nà Rụa", ANY, "736", "660", "498", "75,45", "19", "5\tXóm Pác Cam"),
    *_row_456("Xóm Pác Cam", ANY, "548", "493", "309", "62,68", "14", "6\tXóm Nà Lần"),
    *_row_456("Xóm Nà Lần", ANY, "694", "622", "461", "74,12", "18", "7\tXóm Đông Sằng"),
    *_row_456("Xóm Đông Sằng", ANY, "783", "701", "520", "74,18", "21", "8\tXóm Bó Mạ"),
    *_row_456("Xóm Bó Mạ", ANY, "587", "530", "413", "77,92", "18", "\tToàn xã"),
    *_row_456(ANY, "xã", "5.912", "5.312", "3.918", "73,76", "157", "\nHai xóm"),
    # I.3 residence files handled by the Công an xã
    _cax("tiếp nhận 94 hồ sơ", "94", 94, "hồ sơ", C, code=_TN),
    _cax("VNeID 89 hồ sơ", "89", 89, "hồ sơ", C, code=_NOP),
    _cax("đạt 94,68%", "94,68%", 94.68, "%", code=_NOP),
    _cax("đúng hạn 94/94", "94/94", 94, "hồ sơ", C, max_value=94, code=_DH),
    _cax("Có 61 hồ sơ", "61", 61, "hồ sơ", C, code=ANY),
    _cax("chiếm 68,54%", "68,54%", 68.54, "%", code=ANY),
    # I.4
    _cax("Hỗ trợ 64 người", "64", 64, "người", C, code=ANY),
    _dia_ban("có 286/312 người", "286/312", 286, "người", C, max_value=312, code=ANY),
    _dia_ban("đạt 91,67%", "91,67%", 91.67, "%", code=ANY),
    _cax("Tổ chức 12 buổi", "12", 12, "buổi", C, code=ANY),
    _cax("với 940 người", "940", 940, "người", C, code=ANY),
    # II. tasks: a count and the target for quý III năm 2025 (0206.3859.113 is a phone number)
    _dia_ban("rà soát 308 nhân khẩu", "308", 308, "nhân khẩu", C, code=ANY),
    _dia_ban("phấn đấu 100% hồ sơ", "100%", 100, "%", T, as_of="2025-09-30", code=ANY),
]

# ------------------------------------------------------------ 457: Hiệp hội Doanh nghiệp tỉnh Quảng Nam, PCI năm 2024
_Y2023 = "2023-12-31"
_CN = "cả nước"


def _sub_457(name: str, y2023: str, y2024: str, change: str, after: str) -> list[Fact]:
    """One Markdown row of a PCI sub-index: score in 2023 (dated 2023-12-31), in 2024, signed change."""
    cells = [(y2023, "điểm", P, ANY, _Y2023), (y2024, "điểm", P, ANY, "period"), (change, "điểm", CH, ANY, "period")]
    return _cells(None, None, cells, after, " | ", " |\n")


BLIND_457 = [
    # I.1 firms surveyed (nationwide: subject "cả nước"); năm 2023 dated 2023-12-31
    F("khảo sát 11.873", "11.873", 11873, "doanh nghiệp", C, subject=_CN, code=ANY),
    F("gồm 11.205", "11.205", 11205, "doanh nghiệp", C, subject=_CN, code=ANY),
    F("và 668 doanh nghiệp", "668", 668, "doanh nghiệp", C, subject=_CN, code=ANY),
    F("có 214 doanh nghiệp", "214", 214, "doanh nghiệp", C, code=ANY),
    F("(năm 2023: 197", "197", 197, "doanh nghiệp", PR, as_of=_Y2023, code=ANY),
    F("đạt 67,82 điểm", "67,82", 67.82, "điểm", code=_PCI, target=68, stated_status="chưa đạt"),
    F("thứ 24/63", "24/63", 24, "hạng", R, max_value=63, code=_PCI),
    F("tăng 0,94 điểm", "0,94", 0.94, "điểm", CH, code=_PCI),
    F("tăng 7 bậc", "7", 7, "hạng", CH, code=_PCI),
    F("(66,88 điểm", "66,88", 66.88, "điểm", PR, as_of=_Y2023, code=_PCI),
    F("thứ 31/63)", "31/63", 31, "hạng", PR, max_value=63, as_of=_Y2023, code=_PCI),
    F("là 65,91 điểm", "65,91", 65.91, "điểm", subject=_CN, code=ANY),
    F("thứ 5/14", "5/14", 5, "hạng", R, max_value=14, code=ANY),
    # the target of Kế hoạch số 89/KH-UBND (15/3/2024 cited), at the period end
    F("từ 68 điểm", "68", 68, "điểm", T, code=ANY),
    # I.2 Markdown table of the ten sub-indices (no total row)
    *_sub_457("Gia nhập thị trường", "6,92", "7,18", "+0,26", "| 2 | Tiếp cận"),
    *_sub_457("Tiếp cận đất đai", "6,05", "6,37", "+0,32", "| 3 | Tính minh bạch"),
    *_sub_457("Tính minh bạch", "5,84", "6,12", "+0,28", "| 4 | Chi phí thời gian"),
    *_sub_457("Chi phí thời gian", "6,47", "7,34", "+0,87", "| 5 | Chi phí không"),
    *_sub_457("Chi phí không chính thức", "6,73", "6,98", "+0,25", "| 6 | Cạnh tranh"),
    *_sub_457("Cạnh tranh bình đẳng", "5,41", "5,26", "-0,15", "| 7 | Tính năng động"),
    *_sub_457("Tính năng động", "6,18", "6,55", "+0,37", "| 8 | Dịch vụ"),
    *_sub_457("Dịch vụ hỗ trợ doanh nghiệp", "5,76", "5,92", "+0,16", "| 9 | Đào tạo"),
    *_sub_457("Đào tạo lao động", "5,63", "5,58", "-0,05", "| 10 | Thiết chế"),
    *_sub_457("Thiết chế pháp lý", "6,89", "7,21", "+0,32", "\nCó 08/10"),
    F("Có 08/10 chỉ số", "08/10", 8, "chỉ số", C, max_value=10, code=None),
    F("và 02 chỉ số", "02", 2, "chỉ số", C, code=None),
    F("nhất, tăng 0,87 điểm", "0,87", 0.87, "điểm", CH, code=ANY),
    # I.3 survey shares of firms (the earlier year dated 2023-12-31)
    F("Có 61,3%", "61,3%", 61.3, "%", code=ANY),
    F("(năm 2023: 55,8%)", "55,8%", 55.8, "%", PR, as_of=_Y2023, code=ANY),
    F("từ 43,1%", "43,1%", 43.1, "%", PR, as_of=_Y2023, code=ANY),
    F("xuống 38,4%", "38,4%", 38.4, "%", code=ANY),
    F("Có 82,6%", "82,6%", 82.6, "%", code=ANY),
    F("trong đó 47,9%", "47,9%", 47.9, "%", code=ANY),
    F("là 30 ngày", "30", 30, "ngày", code=ANY),
    # II. DDCI 2024
    F("phát ra 1.240 phiếu", "1.240", 1240, "phiếu", C, code=ANY),
    F("thu về 1.082", "1.082", 1082, "phiếu", C, code=ANY),
    F("đạt 87,26%", "87,26%", 87.26, "%", code=ANY),
    F("đạt 72,45 điểm", "72,45", 72.45, "điểm", subject=ANY, level="tỉnh", code=ANY),
    F("đạt 69,80 điểm", "69,80", 69.80, "điểm", subject=ANY, level="huyện", code=ANY),
    F("(81,36 điểm)", "81,36", 81.36, "điểm", subject="Sở Công Thương", level="tỉnh", code=ANY),
    F("(63,12 điểm)", "63,12", 63.12, "điểm", subject="Sở Nông nghiệp và Phát triển nông thôn", level="tỉnh",
      code=ANY),
    F("(79,54 điểm)", "79,54", 79.54, "điểm", subject="thành phố Hội An", level="huyện", code=ANY),
    F("(61,08 điểm)", "61,08", 61.08, "điểm", subject="huyện Nam Trà My", level="huyện", code=ANY),
    F("Có 12/19 sở", "12/19", 12, "đơn vị", C, max_value=19, subject=ANY, level="tỉnh", code=None),
    F("06/18 huyện", "06/18", 6, "huyện", C, max_value=18, subject=ANY, level="huyện", code=None),
]

# ------------------------------------------------------------ 458: Viettel Thái Bình, quý I năm 2025
_VT = "Viettel Thái Bình"
_BV = "Bệnh viện Đa khoa tỉnh Thái Bình"


def _row_458(subject: str | None, level: str | None, schools: str, served: str, fees: str, stations: str,
             after: str) -> list[Fact]:
    """One Markdown row of a district (or the province): schools, schools served, school-fee transactions, health
    stations served."""
    cells = [(schools, "trường", P, ANY, "period"), (served, "trường", P, ANY, "period"),
             (fees, "giao dịch", P, ANY, "period"), (stations, "đơn vị", P, ANY, "period")]
    return _cells(subject, level, cells, after, " | ", " |\n")


BLIND_458 = [
    # I.1 (38/KH-UBND of 24/02/2025 and 12/TTHT-UBND-VT of 10/01/2025 cited); quý IV năm 2024 dated 2024-12-31
    F("ghi nhận 18.426", "18.426", 18426, "giao dịch", C, code=ANY),
    F("giá trị 3,84 tỷ", "3,84", 3.84, "tỷ đồng", code=ANY),
    F("tăng 27,5%", "27,5%", 27.5, "%", CH, code=ANY),
    F("(14.451 giao dịch)", "14.451", 14451, "giao dịch", PR, as_of=_Q4_2024, code=ANY),
    F("chiếm 31,2%", "31,2%", 31.2, "%", code=ANY),
    F("đạt 44,18%", "44,18%", 44.18, "%", code=_TT),
    F("2024: 39,05%)", "39,05%", 39.05, "%", PR, as_of=_Q4_2024, code=_TT),
    # I.2 schools
    F("tại 412/486", "412/486", 412, "trường", C, max_value=486, code=ANY),
    F("đạt 84,77%", "84,77%", 84.77, "%", code=ANY),
    F("là 156.830 giao dịch", "156.830", 156830, "giao dịch", C, code=ANY),
    F("giá trị 48,72 tỷ", "48,72", 48.72, "tỷ đồng", code=ANY),
    F("Còn 74 trường", "74", 74, "trường", C, code=ANY),
    F("(16 trường)", "16", 16, "trường", C, subject="huyện Thái Thụy", level="huyện", code=ANY),
    F("(12 trường)", "12", 12, "trường", C, subject="huyện Quỳnh Phụ", level="huyện", code=ANY),
    # I.3 hospitals and health stations
    F("tại 9/11 bệnh viện", "9/11", 9, "bệnh viện", C, max_value=11, code=ANY),
    F("đạt 81,82%", "81,82%", 81.82, "%", code=ANY),
    # health stations counted in `đơn vị` (first run: `trạm y tế`), as golden/blind58.py counts them
    F("và 214/260", "214/260", 214, "đơn vị", C, max_value=260, code=ANY),
    F("đạt 82,31%", "82,31%", 82.31, "%", code=ANY),
    F("là 42.615 giao dịch", "42.615", 42615, "giao dịch", C, code=ANY),
    F("giá trị 12,36 tỷ", "12,36", 12.36, "tỷ đồng", code=ANY),
    F("có 15.284 giao dịch", "15.284", 15284, "giao dịch", C, subject=_BV, level=ANY, code=ANY),
    F("chiếm 35,87%", "35,87%", 35.87, "%", subject=_BV, level=ANY, code=ANY),
    # I.4 social-welfare payments
    F("cho 28.540 người", "28.540", 28540, "người", C, code=ANY),
    F("đạt 62,40%", "62,40%", 62.40, "%", code=ANY),
    F("(45.736 người)", "45.736", 45736, "người", C, code=ANY),
    # I.5 the company's own wallet accounts
    F("mới 12.460 tài khoản", "12.460", 12460, "tài khoản", C, subject=_VT, level=ANY, code=ANY),
    F("lên 386.215", "386.215", 386215, "tài khoản", C, subject=ANY, level=ANY, code=ANY),
    # I.6 Markdown table by district, "Toàn tỉnh" row = the province
    *_row_458("Thành phố Thái Bình", "huyện", "58", "58", "32.415", "19", "| 2 | Huyện Quỳnh Phụ"),
    *_row_458("Huyện Quỳnh Phụ", "huyện", "72", "60", "21.306", "32", "| 3 | Huyện Hưng Hà"),
    *_row_458("Huyện Hưng Hà", "huyện", "68", "57", "19.872", "30", "| 4 | Huyện Đông Hưng"),
    *_row_458("Huyện Đông Hưng", "huyện", "70", "59", "20.148", "33", "| 5 | Huyện Thái Thụy"),
    *_row_458("Huyện Thái Thụy", "huyện", "71", "55", "18.530", "36", "| 6 | Huyện Tiền Hải"),
    *_row_458("Huyện Tiền Hải", "huyện", "52", "43", "14.962", "25", "| 7 | Huyện Kiến Xương"),
    *_row_458("Huyện Kiến Xương", "huyện", "54", "46", "16.207", "22", "| 8 | Huyện Vũ Thư"),
    *_row_458("Huyện Vũ Thư", "huyện", "41", "34", "13.390", "17", "| | Toàn tỉnh"),
    *_row_458(None, None, "486", "412", "156.830", "214", "\nII. KHÓ KHĂN"),
    # III.1 a count repeated in a task (0227.3646.999 is a phone number, "số 278 Lý Bôn" an address)
    F("chỉ đạo 74 trường", "74", 74, "trường", C, subject=ANY, level=ANY, code=ANY),
]

# ------------------------------------------------ 459: Văn phòng UBND tỉnh Long An (e-mail), tháng 4 năm 2025
_MAR_2025 = "2025-03-31"


def _ranked_459(rank: str, subject: str, score: str) -> list[Fact]:
    """One bullet "+ Hạng n: <unit>, x điểm." of the district ranking: the rank (no max_value) and the score."""
    return [
        F(f"Hạng {rank}: {subject},", rank, _num(rank), "hạng", R, subject=subject, level="huyện", code=_HANG),
        F(f"{subject}, {score} điểm", score, _num(score), "điểm", subject=subject, level="huyện", code=_TONG),
    ]


BLIND_459 = [
    # 1. the province (766/QĐ-TTg cited; "17 giờ ngày 30/4/2025" is the cut-off); tháng 3/2025 dated 2025-03-31
    F("điểm: 84,36/100", "84,36/100", 84.36, "điểm", max_value=100, code=_TONG),
    F("xếp hạng 21/63", "21/63", 21, "hạng", R, max_value=63, code=_HANG),
    F("(83,24 điểm", "83,24", 83.24, "điểm", PR, max_value=100, as_of=_MAR_2025, code=_TONG),
    F("hạng 24/63)", "24/63", 24, "hạng", PR, max_value=63, as_of=_MAR_2025, code=_HANG),
    F("tăng 1,12 điểm", "1,12", 1.12, "điểm", CH, code=_TONG),
    F("tăng 3 bậc", "3", 3, "hạng", CH, code=_HANG),
    F("minh bạch: 17,12/18", "17,12/18", 17.12, "điểm", max_value=18, code="766.cong_khai"),
    F("giải quyết: 19,28/20", "19,28/20", 19.28, "điểm", max_value=20, code="766.tien_do"),
    F("trực tuyến: 9,46/12", "9,46/12", 9.46, "điểm", max_value=12, code="766.dvctt"),
    F("trực tuyến: 6,84/10", "6,84/10", 6.84, "điểm", max_value=10, code="766.thanh_toan"),
    F("hài lòng: 17,65/18", "17,65/18", 17.65, "điểm", max_value=18, code="766.hai_long"),
    F("hồ sơ: 14,01/22", "14,01/22", 14.01, "điểm", max_value=22, code="766.so_hoa"),
    # 2. files, shares, PAKN
    F("Tiếp nhận 86.412", "86.412", 86412, "hồ sơ", C, code=_TN),
    F("trực tuyến 61.358", "61.358", 61358, "hồ sơ", C, code=_NOP),
    F("(71,01%)", "71,01%", 71.01, "%", code=_NOP),
    F("Đúng hạn 98,92%", "98,92%", 98.92, "%", code=_DH),
    F("quá hạn 734", "734", 734, "hồ sơ", C, code=_QH),
    F("đạt 42,56%", "42,56%", 42.56, "%", code=_TT, target=50, stated_status="chưa đạt"),
    F("là 50%", "50%", 50, "%", T, as_of=_Y2025, code=_TT),
    F("Số hóa hồ sơ 78,43%", "78,43%", 78.43, "%", code=_SH),
    F("số hóa 35,20%", "35,20%", 35.20, "%", code=_TSD),
    F("điện tử 93,14%", "93,14%", 93.14, "%", code=_KQ),
    F("nhận 46,", "46", 46, "PAKN", C, code=_PAKN_TN),
    F("đã xử lý 41", "41", 41, "PAKN", C, code=_PAKN_XL),
    F("đạt 89,13%", "89,13%", 89.13, "%", code=_PAKN_TL),
    # 3. blocks and units
    F("ngành 87,94 điểm", "87,94", 87.94, "điểm", subject=ANY, level="tỉnh", code=_TONG),
    F("khối huyện 82,51 điểm", "82,51", 82.51, "điểm", subject=ANY, level="huyện", code=_TONG),
    F("khối xã 79,36 điểm", "79,36", 79.36, "điểm", subject=ANY, level="xã", code=_TONG),
    F("(94,18 điểm)", "94,18", 94.18, "điểm", subject="Sở Khoa học và Công nghệ", level="tỉnh", code=_TONG),
    F("(74,20 điểm)", "74,20", 74.20, "điểm", subject="Sở Xây dựng", level="tỉnh", code=_TONG),
    F("Có 12/19 sở", "12/19", 12, "đơn vị", C, max_value=19, subject=ANY, level="tỉnh", code=None),
    F("04/15 huyện", "04/15", 4, "huyện", C, max_value=15, subject=ANY, level="huyện", code=None),
    *_ranked_459("1", "Thành phố Tân An", "89,02"),
    *_ranked_459("2", "Huyện Đức Hòa", "87,45"),
    *_ranked_459("3", "Huyện Bến Lức", "86,90"),
    *_ranked_459("4", "Huyện Cần Giuộc", "85,71"),
    *_ranked_459("5", "Thị xã Kiến Tường", "84,96"),
    *_ranked_459("6", "Huyện Châu Thành", "84,12"),
    *_ranked_459("7", "Huyện Cần Đước", "83,58"),
    *_ranked_459("8", "Huyện Thủ Thừa", "82,67"),
    *_ranked_459("9", "Huyện Tân Trụ", "82,13"),
    *_ranked_459("10", "Huyện Thạnh Hóa", "81,64"),
    *_ranked_459("11", "Huyện Đức Huệ", "81,02"),
    *_ranked_459("12", "Huyện Mộc Hóa", "79,86"),
    *_ranked_459("13", "Huyện Tân Thạnh", "79,05"),
    *_ranked_459("14", "Huyện Vĩnh Hưng", "77,69"),
    *_ranked_459("15", "Huyện Tân Hưng", "71,85"),
    # 4. tasks: no figures (0272.3552.168 is a phone number)
]

BLIND = {"455": BLIND_455, "456": BLIND_456, "457": BLIND_457, "458": BLIND_458, "459": BLIND_459}

# (due_date, precision, date words the expression must contain, task must contain, assignee)
DEADLINES = {
    "455": [
        ("2025-04-15", "day", "15/4/2025", "cập nhật danh mục TTHC niêm yết", "Văn phòng HĐND và UBND huyện"),
        ("2025-04-30", "day", "ngày 30 tháng 4 năm 2025", "giải quyết dứt điểm các hồ sơ đất đai",
         "Phòng Nông nghiệp và Môi trường"),
        ("2025-05-31", "month", "tháng 5/2025", "nâng cấp đường truyền và thiết bị số hóa",
         "Phòng Văn hóa, Khoa học và Thông tin"),
        # "trong quý II\nnăm 2025": the date words are split by the PDF's line break
        ("2025-06-30", "quarter", "quý II", "hướng dẫn người dân thanh toán trực tuyến", "UBND các xã, thị trấn"),
        # issued 03/4/2025: the first "ngày 18 hằng tháng" is 18/4/2025
        ("2025-04-18", "recurring", "18 hằng tháng", "gửi về Văn phòng HĐND và UBND huyện",
         "Các cơ quan chuyên môn thuộc UBND huyện và UBND các xã, thị trấn"),
    ],
    "456": [
        ("2025-06-20", "day", "20/6/2025", "rà soát 308 nhân khẩu chưa xác thực", "Tổ công tác Đề án 06 của xã"),
        ("2025-06-25", "day", "ngày 25 tháng 6 năm 2025", "cấp tài khoản định danh điện tử lưu động",
         "Tổ Cảnh sát khu vực"),
        ("2025-07-31", "month", "tháng 7/2025", "thanh toán lệ phí trực tuyến", "Công an xã"),
        ("2025-09-30", "quarter", "quý III năm 2025", "nộp hồ sơ qua ứng dụng VNeID", "Bộ phận quản lý cư trú"),
        # issued 02/6/2025: the first "ngày 28 hằng tháng" is 28/6/2025
        ("2025-06-28", "recurring", "28 hằng tháng", "tổng hợp số liệu công dân chưa có tài khoản",
         "Tổ bảo vệ an ninh, trật tự các xóm"),
    ],
    "457": [
        ("2025-06-30", "month", "tháng 6/2025", "Kế hoạch nâng cao Chỉ số PCI năm 2025", "Sở Tài chính"),
        ("2025-06-30", "day", "30/6/2025", "phương án khắc phục các chỉ số DDCI đạt thấp",
         "UBND huyện Nam Trà My, UBND huyện Tây Giang"),
        ("2025-07-15", "day", "ngày 15 tháng 7 năm 2025", "Hội nghị đối thoại", "Văn phòng Hiệp hội"),
        ("2025-12-31", "quarter", "quý IV năm 2025", "khảo sát DDCI năm 2025", "Ban Thường trực Hiệp hội"),
        # issued 12/5/2025, after the 10th: the first "ngày 10 hằng tháng" is 10/6/2025
        ("2025-06-10", "recurring", "10 hằng tháng", "tổng hợp kiến nghị của hội viên",
         "Các hội, hiệp hội ngành nghề thành viên"),
    ],
    "458": [
        ("2025-05-31", "day", "31/5/2025", "thu học phí không dùng tiền mặt", "Sở Giáo dục và Đào tạo"),
        ("2025-06-30", "quarter", "quý II năm 2025", "mở rộng thanh toán viện phí", "Sở Y tế"),
        ("2025-05-15", "day", "ngày 15 tháng 5 năm 2025", "lắp đặt mã QR thanh toán", "Phòng Khách hàng doanh nghiệp"),
        ("2025-06-30", "month", "tháng 6/2025", "hỗ trợ người dân cài đặt, sử dụng Viettel Money",
         "Trung tâm Viettel các huyện, thành phố"),
        # issued 08/4/2025, after the 5th: the first "ngày 05 hằng tháng" is 05/5/2025
        ("2025-05-05", "recurring", "05 hằng tháng", "tổng hợp số liệu giao dịch", "Bộ phận Chăm sóc khách hàng"),
    ],
    "459": [
        ("2025-05-12", "day", "12/5/2025", "gửi báo cáo giải trình", "Sở Xây dựng, UBND huyện Tân Hưng"),
        ("2025-06-30", "quarter", "quý II/2025", "nâng tỷ lệ thanh toán trực tuyến", "Sở Tài chính"),
        ("2025-05-20", "day", "ngày 20 tháng 5 năm 2025", "đồng bộ đầy đủ trạng thái hồ sơ",
         "Trung tâm Phục vụ hành chính công tỉnh"),
        ("2025-06-30", "month", "tháng 6/2025", "kết nối kho dữ liệu số hóa", "Sở Khoa học và Công nghệ"),
        # issued 06/5/2025: the first "ngày 25 hằng tháng" is 25/5/2025
        ("2025-05-25", "recurring", "25 hằng tháng", "cập nhật số liệu tự chấm điểm", "Các sở, ngành, địa phương"),
    ],
}

# Document metadata a reader takes from the header (same keys as golden/blind16.py's META).
# 455's issuer is UBND huyện Hoằng Hóa (tỉnh Thanh Hóa in "Kính gửi"), header laid out in two columns by the PDF
# tool; 456's issuer is Công an xã Chu Trinh under "CÔNG AN TỈNH CAO BẰNG", its signer written with his rank; 457's
# issuer is the Hiệp hội Doanh nghiệp tỉnh Quảng Nam, period the PCI year in its title; 458's issuer is Viettel
# Thái Bình under its group; 459 is an e-mail with no header block: no number (None), no document type (not
# checked), the issue date and signer from the signature, the period from the first sentence.
META = {
    "455": {"doc_number": "112/BC-UBND", "doc_type": "Báo cáo", "issued_date": "2025-04-03",
            "province": "Thanh Hóa", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Lê Đình Quang"},
    "456": {"doc_number": "38/BC-CAX", "doc_type": "Báo cáo", "issued_date": "2025-06-02",
            "province": "Cao Bằng", "period_label": "tháng 5 năm 2025", "period_start": "2025-05-01",
            "period_end": "2025-05-31", "signer": "Nông Văn Hùng"},
    "457": {"doc_number": "27/BC-HHDN", "doc_type": "Báo cáo", "issued_date": "2025-05-12",
            "province": "Quảng Nam", "period_label": "năm 2024", "period_start": "2024-01-01",
            "period_end": "2024-12-31", "signer": "Phan Văn Thạnh"},
    "458": {"doc_number": "96/BC-VTTBH", "doc_type": "Báo cáo", "issued_date": "2025-04-08",
            "province": "Thái Bình", "period_label": "quý I năm 2025", "period_start": "2025-01-01",
            "period_end": "2025-03-31", "signer": "Phạm Quang Huy"},
    "459": {"doc_number": None, "issued_date": "2025-05-06",
            "province": "Long An", "period_label": "tháng 4 năm 2025", "period_start": "2025-04-01",
            "period_end": "2025-04-30", "signer": "Nguyễn Thị Thu Hà"},
}
