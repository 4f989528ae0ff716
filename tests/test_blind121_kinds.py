"""Kinds fixed after measuring blind sets 121 to 128, each on a text written here in another wording of the same form;
the expected values are what a reader takes from these texts.

- a report whose marks are normal but whose OCR read some letters as digits (`t1nh`, `ch1 tiêu`, `1ĩnh vực`, `S6 hóa`)
  and a quarter's numeral as digits (`quy 11/2024`, `quy 111/2024`) is read as `tỉnh`, `chỉ tiêu`, `lĩnh vực`, `Số
  hóa`, `quý II/2024`, `quý III/2024`; every other word is trusted as written, and codes (`C06`, `P1`) stay.
- a floor the sentence holds results against is a target: `đạt tỷ lệ ... từ 90% trở lên`, `Có 8/11 huyện ... đạt tỷ lệ
  ... trên 90%` (at the level of the units counted); a ceiling (`dưới 50%`) was a band, no figure, until the goldens
  from set 119 on wrote it as a target too (tests/test_blind137_kinds.py); `(trên 6.418 phiếu)` is the base a share
  was taken on, a figure.
- a line opening with a year's goals (`Mục tiêu năm 2025: ... đạt trên 90 điểm`) dates its targets at that year's end.
- days per petition (`bình quân 5,1 ngày/PAKN`) are the time to handle a petition.
- a list item opening on a department's division (`- Chi cục Kiểm lâm: tiếp nhận ...`, `7.2. Trung tâm Khuyến công
  ...: hỗ trợ ...`) is about that division, at the department's level, in every clause of the item; the desk files
  were received through (`tiếp nhận qua Trung tâm Phục vụ hành chính công tỉnh 9.842 hồ sơ`) is not who received them;
  services, badges, fairs, stalls, teams and projects are counted in their own nouns.
- a department's report with a part headed on the province's results (`I. KẾT QUẢ CỦA THÀNH PHỐ`) states the
  province's figures there, its own in its own part.
- counts by grade written bare after the first (`Xếp loại Tốt có 28/96 xã, phường; Khá 52/96; Trung bình 16/96`) count
  what the first counts; a block's gap to another block (`thấp hơn khối sở, ban, ngành 8,92 điểm`) is a change of the
  block before it, not of the one it is compared with.
- a series of changes opened by its verb after `tương ứng` (`tương ứng tăng 1,82; 2,40 và 0,96 điểm phần trăm`) is a
  change in every member, in the unit written after the last, of the body the figures before it are about.
- an item opening on one body's name (`- Xã Hương Phong là đơn vị duy nhất xếp loại Yếu; điểm bị trừ nhiều ở ...`,
  `3.2. Trung tâm Khuyến nông: ...; 100% hồ sơ ...`) is about that body in its later clauses naming none; a score or
  rank naming no indicator there (`- Xã Phú Vinh ... tăng 5,10 điểm và tăng 9 bậc`) is the body's total score or rank,
  not the group named on the item above; a commune's name may end on a number since the 2025 merger (`Xã A Lưới 3`),
  and that number is no figure (`UBND xã A Lưới 3 trang bị thêm máy quét`).
- parts named one by one after `lần lượt là` (`của cấp xã lần lượt là: công khai, minh bạch 16,02 điểm; tiến độ giải
  quyết 18,40 điểm; ...`) are all of the body named before it.
- letters of apology count in the noun as written (`gửi 96 thư xin lỗi`; `thư` when written bare), and no indicator of
  files counts them.
"""

from __future__ import annotations

from figure_lookup import figure_at, subject_and_level

from extractor.extract import extract_facts
from extractor.metadata import extract_metadata
from extractor.restore import restore_page


def _facts(text: str):
    return extract_facts(text, extract_metadata(text), [])


OCR_MARKED = """\
UBND TỈNH TRÀ VINH
SỞ TƯ PHÁP
S6: 412/BC-STP

BÁO CÁO
Kết quả cải cách thủ tục hành chính quy 111/2024

Kính gửi: Ủy ban nhân dân t1nh Trà Vinh.

1. Tỷ lệ hồ sơ trực tuyến đạt 71,25% (quy 11/2024: 66,40%); ch1 tiêu năm 2024 là 75%, chưa đạt ch1 tiêu.
2. Phản ánh tập trung ở 1ĩnh vực hộ tịch; đã phối hợp Cục C06 và gửi bản sao về P1.

| STT | Đơn vị | Tiếp nhận | S6 hóa (%) |
|---|---|---|---|
| 1 | Phòng Hành chính tư pháp | 1.204 | 88,12 |
"""


def test_ocr_confusions_in_a_marked_report_are_read():
    restored = restore_page(OCR_MARKED).text
    for written in ("Số: 412/BC-STP", "quý III/2024", "Ủy ban nhân dân tỉnh Trà Vinh", "(quý II/2024: 66,40%)",
                    "chỉ tiêu năm 2024 là 75%, chưa đạt chỉ tiêu", "ở lĩnh vực hộ tịch", "| Số hóa (%) |"):
        assert written in restored
    assert "Cục C06" in restored and "về P1." in restored
    assert "Tỷ lệ hồ sơ trực tuyến đạt 71,25%" in restored  # marked words are trusted as written


def test_an_ocr_quarter_dates_its_earlier_value():
    restored = restore_page(OCR_MARKED).text
    earlier = figure_at(_facts(restored).indicators, restored, "(quý II/2024: 66,40%)", "66,40%")
    assert (earlier.kind, earlier.as_of) == ("previous", "2024-06-30")


FLOORS = """\
UBND TỈNH PHÚ YÊN
SỞ NỘI VỤ

Số: 86/BC-SNV
Phú Yên, ngày 05 tháng 10 năm 2025

BÁO CÁO
Kết quả cải cách hành chính quý III năm 2025

1. Tỷ lệ hồ sơ giải quyết đúng hạn toàn tỉnh đạt 97,12%. Có 72/90 xã, phường đạt tỷ lệ đúng hạn từ 95% trở lên; \
có 6/9 huyện, thị xã, thành phố đạt tỷ lệ số hóa hồ sơ trên 80%.
2. Còn 14 đơn vị có tỷ lệ thanh toán trực tuyến dưới 50%.
3. Mức độ hài lòng đạt 98,40% (trên 5.214 phiếu đánh giá).
4. Thời gian xử lý phản ánh: đất đai bình quân 6,2 ngày/PAKN; giao thông bình quân 3,4 ngày/PAKN.

Mục tiêu năm 2026: Chỉ số SIPAS của tỉnh đạt từ 88% trở lên.
"""


def test_floors_held_against_results_are_targets():
    facts = _facts(FLOORS)
    communes = figure_at(facts.indicators, FLOORS, "từ 95% trở lên", "95%")
    assert (communes.kind, communes.level) == ("target", "xã")
    districts = figure_at(facts.indicators, FLOORS, "hồ sơ trên 80%", "80%")
    assert (districts.kind, districts.level) == ("target", "huyện")
    # the ceiling the units counted fall under is theirs too (goldens from set 119 on; tests/test_blind137_kinds.py)
    assert figure_at(facts.indicators, FLOORS, "dưới 50%", "50%").kind == "target"
    assert figure_at(facts.indicators, FLOORS, "trên 5.214 phiếu", "5.214").value == 5214


def test_a_years_goals_line_dates_its_targets_at_that_years_end():
    facts = _facts(FLOORS)
    goal = figure_at(facts.indicators, FLOORS, "từ 88% trở lên", "88%")
    assert (goal.kind, goal.as_of) == ("target", "2026-12-31")


def test_days_per_petition_are_the_time_to_handle_a_petition():
    facts = _facts(FLOORS)
    for context, raw in (("bình quân 6,2", "6,2"), ("bình quân 3,4", "3,4")):
        assert figure_at(facts.indicators, FLOORS, context, raw).code == "pakn.thoi_gian"


DEPARTMENT = """\
UBND TỈNH QUẢNG NGÃI
SỞ CÔNG THƯƠNG

Số: 52/BC-SCT
Quảng Ngãi, ngày 06 tháng 01 năm 2026

BÁO CÁO
Kết quả giải quyết thủ tục hành chính năm 2025

1. Sở Công Thương tiếp nhận 6.412 hồ sơ; trong đó tiếp nhận qua Trung tâm Phục vụ hành chính công tỉnh 5.918 hồ sơ, \
chiếm 92,30%. Sở cung cấp 14 dịch vụ trên ứng dụng di động.
2. Kết quả của các đơn vị thuộc Sở:
- Chi cục Quản lý thị trường (gồm 07 đội): kiểm tra 864 vụ việc; tiếp nhận 41 PAKN.
7.2. Trung tâm Khuyến công và Xúc tiến thương mại: hỗ trợ 22 đề án khuyến công; tổ chức 05 hội chợ với 618 gian hàng.
"""


def test_a_departments_divisions_state_their_own_figures():
    facts = _facts(DEPARTMENT)
    market = ("Chi cục Quản lý thị trường", "tỉnh")
    for context, raw in (("kiểm tra 864", "864"), ("nhận 41 PAKN", "41")):
        assert subject_and_level(figure_at(facts.indicators, DEPARTMENT, context, raw)) == market
    centre = ("Trung tâm Khuyến công và Xúc tiến thương mại", "tỉnh")
    for context, raw in (("hỗ trợ 22", "22"), ("tổ chức 05", "05"), ("với 618", "618")):
        assert subject_and_level(figure_at(facts.indicators, DEPARTMENT, context, raw)) == centre


def test_the_desk_files_came_through_is_not_who_received_them():
    facts = _facts(DEPARTMENT)
    for context, raw in (("tỉnh 5.918", "5.918"), ("chiếm 92,30%", "92,30%")):
        assert figure_at(facts.indicators, DEPARTMENT, context, raw).subject == "Sở Công Thương"


def test_things_counted_in_their_own_nouns():
    facts = _facts(DEPARTMENT)
    for context, raw, unit in (("cung cấp 14", "14", "dịch vụ"), ("gồm 07", "07", "đội"), ("hỗ trợ 22", "22", "đề án"),
                               ("tổ chức 05", "05", "hội chợ"), ("với 618", "618", "gian hàng")):
        assert figure_at(facts.indicators, DEPARTMENT, context, raw).unit == unit


CITY_PART = """\
UBND THÀNH PHỐ HẢI PHÒNG
SỞ KHOA HỌC VÀ CÔNG NGHỆ

Số: 14/BC-SKHCN
Hải Phòng, ngày 08 tháng 01 năm 2026

BÁO CÁO
Kết quả theo dõi Bộ chỉ số phục vụ người dân, doanh nghiệp quý IV năm 2025

I. KẾT QUẢ CỦA THÀNH PHỐ

1. Tỷ lệ hồ sơ thanh toán trực tuyến đạt 71,40%.

II. KẾT QUẢ CỦA SỞ

1. Sở tiếp nhận 1.208 hồ sơ, đúng hạn 100%.
"""


def test_a_part_headed_on_the_provinces_results_is_the_provinces():
    facts = _facts(CITY_PART)
    assert figure_at(facts.indicators, CITY_PART, "đạt 71,40%", "71,40%").subject is None
    assert figure_at(facts.indicators, CITY_PART, "tiếp nhận 1.208", "1.208").subject == "Sở Khoa học và Công nghệ"


BLOCKS = """\
UBND TỈNH ĐỒNG THÁP
SỞ NỘI VỤ

Số: 27/BC-SNV
Đồng Tháp, ngày 06 tháng 4 năm 2026

BÁO CÁO
Kết quả Bộ chỉ số 766 quý I năm 2026

Khối xã, phường bình quân đạt 80,12 điểm, thấp hơn khối sở, ban, ngành 7,40 điểm. Xếp loại Tốt có 31/102 xã, \
phường; Khá 58/102; Trung bình 13/102.
"""


def test_counts_by_grade_and_a_blocks_gap():
    facts = _facts(BLOCKS)
    for context, raw, value in (("Khá 58/102", "58/102", 58), ("Trung bình 13/102", "13/102", 13)):
        found = figure_at(facts.indicators, BLOCKS, context, raw)
        assert (found.value, found.unit, found.max_value) == (value, "xã", 102)
    gap = figure_at(facts.indicators, BLOCKS, "ngành 7,40 điểm", "7,40")
    assert (gap.kind, gap.value, gap.level) == ("change", -7.4, "xã")


SERIES_AND_ITEMS = """\
UBND THÀNH PHỐ HUẾ
SỞ NỘI VỤ

Số: 33/TB-SNV
Huế, ngày 07 tháng 4 năm 2026

THÔNG BÁO
Kết quả Bộ chỉ số 766 quý I năm 2026

1. Tỷ lệ hồ sơ trực tuyến của cấp xã đạt 70,16%, tỷ lệ thanh toán trực tuyến đạt 52,30%, tỷ lệ số hóa hồ sơ đạt \
81,05%, tương ứng tăng 1,82; 2,40 và 0,96 điểm phần trăm so với quý IV năm 2025.
2. Một số đơn vị cần lưu ý:
- Xã Hương Phong là đơn vị duy nhất xếp loại Yếu; điểm bị trừ nhiều ở nhóm thanh toán trực tuyến, chỉ đạt 2,10/10 \
điểm (05 hồ sơ quá hạn).
- Xã A Lưới 3 giảm 1,20 điểm so với quý trước do phát sinh 04 hồ sơ quá hạn.
- Xã Phú Vinh tiến bộ nhiều nhất, tăng 5,10 điểm và tăng 9 bậc (từ thứ 30/40 lên thứ 21/40).
3.2. Trung tâm Khuyến nông: tập huấn 14 lớp cho nông dân; 100% hồ sơ đề nghị hỗ trợ được tiếp nhận trực tuyến.
4. Đề nghị UBND xã A Lưới 3 trang bị thêm máy quét trong quý II năm 2026.
5. Điểm bình quân các nhóm chỉ số của cấp xã lần lượt là: công khai, minh bạch 16,02 điểm; tiến độ giải quyết 18,40 \
điểm; số hóa hồ sơ 13,96 điểm.
"""


def _bodies_at(facts, places) -> set[tuple[str | None, str | None]]:
    """The subjects and levels of the rows at (context, raw) places of SERIES_AND_ITEMS."""
    return {subject_and_level(figure_at(facts.indicators, SERIES_AND_ITEMS, c, r)) for c, r in places}


def test_a_series_of_changes_opened_by_its_verb():
    facts = _facts(SERIES_AND_ITEMS)
    for context, raw, value in (("tăng 1,82", "1,82", 1.82), ("; 2,40 và", "2,40", 2.4), ("và 0,96", "0,96", 0.96)):
        change = figure_at(facts.indicators, SERIES_AND_ITEMS, context, raw)
        assert (change.kind, change.value, change.unit) == ("change", value, "%")
        assert subject_and_level(change) == ("cấp xã", "xã")


def test_parts_named_one_by_one_after_lan_luot_are_of_the_body_before():
    facts = _facts(SERIES_AND_ITEMS)
    places = (("bạch 16,02", "16,02"), ("quyết 18,40", "18,40"), ("hồ sơ 13,96", "13,96"))
    assert _bodies_at(facts, places) == {("cấp xã", "xã")}


def test_an_item_opening_on_a_body_is_about_it_in_later_clauses():
    facts = _facts(SERIES_AND_ITEMS)
    assert _bodies_at(facts, (("đạt 2,10/10", "2,10/10"), ("(05 hồ sơ", "05"))) == {("Xã Hương Phong", "xã")}
    centre = figure_at(facts.indicators, SERIES_AND_ITEMS, "; 100% hồ sơ", "100%")
    assert subject_and_level(centre) == ("Trung tâm Khuyến nông", "tỉnh")


def test_an_items_body_standing_and_a_name_ending_on_a_number():
    facts = _facts(SERIES_AND_ITEMS)
    assert _bodies_at(facts, (("giảm 1,20", "1,20"), ("sinh 04", "04"))) == {("Xã A Lưới 3", "xã")}
    for context, raw, code in (("giảm 1,20", "1,20", "766.tong_hop"), ("tăng 5,10", "5,10", "766.tong_hop"),
                               ("tăng 9 bậc", "9", "766.xep_hang"), ("thứ 30/40", "30/40", "766.xep_hang"),
                               ("thứ 21/40", "21/40", "766.xep_hang")):
        assert figure_at(facts.indicators, SERIES_AND_ITEMS, context, raw).code == code
    named = SERIES_AND_ITEMS.index("A Lưới 3 trang") + len("A Lưới ")
    assert not [row for row in facts.indicators if row.start == named]


LETTERS = """\
UBND TỈNH LẠNG SƠN
VĂN PHÒNG

Số: 118/BC-VP
Lạng Sơn, ngày 05 tháng 10 năm 2025

BÁO CÁO
Tình hình giải quyết hồ sơ quý III năm 2025

- Phường Lương Văn Tri: 214 hồ sơ quá hạn, đã gửi 96 thư xin lỗi; trong đó gửi qua Hệ thống 80 thư.
"""


def test_letters_of_apology_in_the_noun_as_written():
    facts = _facts(LETTERS)
    for context, raw, unit in (("gửi 96 thư", "96", "thư xin lỗi"), ("Hệ thống 80 thư", "80", "thư")):
        letters = figure_at(facts.indicators, LETTERS, context, raw)
        assert (letters.unit, letters.code) == (unit, None)
    assert figure_at(facts.indicators, LETTERS, "Tri: 214", "214").code == "766.tien_do.qua_han"
