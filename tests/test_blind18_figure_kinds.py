"""Kinds of prose-figure misses measured on blind set 18, each on a text written here in another wording of the same
form (another province, other labels, other numbers); the expected values are what a reader takes from these texts.

- a number followed by the same number in words in brackets (`03 (ba) quyết định`, `12 (mười hai) phản ánh`) is
  the digits, counted in the unit written after the bracket; `tại N điểm` counts places (`điểm tiếp nhận`);
- a count of `chỉ tiêu` (goals) is a count with unit `chỉ tiêu`, out of a written total, with no indicator's code;
- a bracket right after the long words a `so với` compares with (`so với số hồ sơ của ba huyện trước sáp nhập trong
  quý I năm 2025 (4.512 hồ sơ)`), or an earlier period followed by whose figure it was (`(quý I năm 2025, ba huyện
  trước sáp nhập: 88.120 hồ sơ)`), holds an earlier value dated at that period's end;
- in a numbered paragraph opening with the goals (`3. Chỉ tiêu năm 2025 ...`) only its first sentence states goals;
  a share listed after a target in the same clause (`là 70%, về ... là 65%`, `là 55% đối với cấp huyện và 45% đối
  với cấp xã`) is one more target, due when the first is;
- codes: an earlier value or change of a share coded through its count shares that code; `số hóa 100% hồ sơ`
  is the digitised share; a satisfaction share naming TTHC is the TTHC satisfaction; a bare count on a list line
  splits the count of the paragraph that opens the list, and a share named only `trực tuyến` after a count of files
  is the online share;
- a percentage written with a space before its sign (`64,5 %`) is read like `64,5%`.
"""

from __future__ import annotations

import pytest
from figure_lookup import figure_at

from extractor.extract.figures import extract_figures
from extractor.models import DocumentMeta


def _parts(text: str, period_end: str, issued: str) -> list[DocumentMeta]:
    return [DocumentMeta(issuer="Sở Nội vụ", period_end=period_end, issued_date=issued, start=0, end=len(text))]


def _rows(text: str, period_end: str = "2025-06-30", issued: str = "2025-07-03"):
    return extract_figures(text, _parts(text, period_end, issued), [])


# ---------------------------------------------------------------- numbers repeated in words in brackets

WORDS = """1. Trong quý, Sở đã trình Chủ tịch UBND tỉnh ký 03 (ba) quyết định phê duyệt quy trình nội bộ. Sở nhận hồ \
sơ tại 04 (bốn) điểm: trụ sở chính và ba chi nhánh.
2. Sở tiếp nhận 12 (mười hai) phản ánh, kiến nghị; trễ hạn 02 (hai) hồ sơ do thiếu thành phần hồ sơ.
"""


@pytest.mark.parametrize("context, raw, value, unit", [
    ("ký 03 (ba) quyết định", "03", 3, "quyết định"),
    ("tại 04 (bốn) điểm", "04", 4, "điểm tiếp nhận"),
    ("tiếp nhận 12 (mười hai) phản ánh", "12", 12, "PAKN"),
    ("trễ hạn 02 (hai) hồ sơ", "02", 2, "hồ sơ"),
])
def test_a_number_repeated_in_words_is_counted_in_the_unit_after_the_bracket(context, raw, value, unit):
    row = figure_at(_rows(WORDS), WORDS, context, raw)
    assert (row.value, row.unit, row.kind, row.raw) == (value, unit, "count", raw)


def test_the_number_in_words_is_no_figure_and_places_are_no_files():
    rows = _rows(WORDS)
    assert not [row for row in rows if row.raw and not row.raw[0].isdigit()]
    places = figure_at(rows, WORDS, "tại 04 (bốn) điểm", "04")
    assert places.code is None  # four places of reception, not four files received
    assert figure_at(rows, WORDS, "tiếp nhận 12 (mười hai) phản ánh", "12").code == "pakn.tiep_nhan"


# ---------------------------------------------------------------- counts of goals

GOALS = """Kết quả 6 tháng: có 08/10 chỉ tiêu hoàn thành kế hoạch; còn 03 chỉ tiêu chưa hoàn thành là thanh toán \
trực tuyến, số hóa hồ sơ và cấp kết quả điện tử.
"""


def test_goals_are_counted_in_their_own_unit_with_no_code():
    rows = _rows(GOALS)
    done = figure_at(rows, GOALS, "có 08/10 chỉ tiêu", "08/10")
    left = figure_at(rows, GOALS, "còn 03 chỉ tiêu", "03")
    assert (done.value, done.max_value, done.unit, done.kind, done.code) == (8, 10, "chỉ tiêu", "count", None)
    assert (left.value, left.unit, left.kind, left.code) == (3, "chỉ tiêu", "count", None)


# ---------------------------------------------------------------- earlier values after long comparisons

EARLIER = """1. Trong quý II năm 2025, Sở tiếp nhận 5.030 hồ sơ, tăng 518 hồ sơ so với số hồ sơ của ba huyện trước \
sáp nhập trong quý I năm 2025 (4.512 hồ sơ); trong đó 4.100 hồ sơ trực tuyến.
2. Toàn tỉnh tiếp nhận 91.404 hồ sơ (quý I năm 2025, ba huyện trước sáp nhập: 88.120 hồ sơ).
"""


@pytest.mark.parametrize("context, raw, value", [
    ("(4.512 hồ sơ)", "4.512", 4512),
    ("sáp nhập: 88.120", "88.120", 88120),
])
def test_a_value_of_the_period_compared_with_is_previous(context, raw, value):
    row = figure_at(_rows(EARLIER), EARLIER, context, raw)
    assert (row.value, row.unit, row.kind, row.as_of) == (value, "hồ sơ", "previous", "2025-03-31")


def test_the_change_and_the_current_count_stay_what_they_are():
    rows = _rows(EARLIER)
    assert figure_at(rows, EARLIER, "tăng 518", "518").kind == "change"
    current = figure_at(rows, EARLIER, "tiếp nhận 91.404", "91.404")
    assert (current.kind, current.as_of) == ("count", "2025-06-30")


# ---------------------------------------------------------------- goals then results in one numbered paragraph

PLAN = """3. Chỉ tiêu năm 2025 UBND tỉnh giao cho Sở về tỷ lệ hồ sơ nộp trực tuyến là 70%, về tỷ lệ số hóa hồ sơ là \
65%. Đến nay, tỷ lệ số hóa hồ sơ quý II/2025 mới đạt 61,20%, chưa đạt chỉ tiêu. Riêng tháng 6/2025, tỷ lệ số hóa hồ sơ \
đạt 66,05%.
"""


@pytest.mark.parametrize("context, raw, kind, as_of", [
    ("trực tuyến là 70%", "70%", "target", "2025-12-31"),
    ("hồ sơ là 65%", "65%", "target", "2025-12-31"),
    ("mới đạt 61,20%", "61,20%", "value", "2025-06-30"),
    ("đạt 66,05%", "66,05%", "value", "2025-06-30"),
])
def test_only_the_opening_sentence_of_a_goals_paragraph_states_goals(context, raw, kind, as_of):
    row = figure_at(_rows(PLAN), PLAN, context, raw)
    assert (row.kind, row.as_of) == (kind, as_of)


LEVELS = """Chỉ tiêu UBND tỉnh giao năm 2024 về tỷ lệ hồ sơ nộp trực tuyến là 55 % đối với cấp huyện và 45 % đối với \
cấp xã; kết quả cấp huyện đạt 58,1 %, tăng 4,2 % so với năm 2023.
"""


@pytest.mark.parametrize("context, raw, value", [("là 55 %", "55 %", 55), ("và 45 %", "45 %", 45)])
def test_a_share_listed_after_a_target_is_a_target_due_with_it(context, raw, value):
    row = figure_at(_rows(LEVELS, "2024-12-31", "2025-01-06"), LEVELS, context, raw)
    assert (row.value, row.unit, row.kind, row.as_of) == (value, "%", "target", "2024-12-31")
    assert row.code == "766.dvctt.nop_truc_tuyen"


def test_results_after_a_listed_target_stay_results():
    rows = _rows(LEVELS, "2024-12-31", "2025-01-06")
    assert figure_at(rows, LEVELS, "đạt 58,1 %", "58,1 %").kind == "value"
    assert figure_at(rows, LEVELS, "tăng 4,2 %", "4,2 %").kind == "change"


# ---------------------------------------------------------------- codes

SHARES = """1. Số hồ sơ thanh toán trực tuyến phí, lệ phí là 18.450 hồ sơ, đạt tỷ lệ 47,30% (cùng kỳ năm 2024: \
36,15%), tăng 11,15% so với cùng kỳ.
2. Văn phòng Sở hoàn thành số hóa 100% hồ sơ tiếp nhận trong quý III/2025.
3. Mức độ hài lòng của tổ chức, cá nhân đối với việc giải quyết TTHC của Sở đạt 97,4%.
"""


@pytest.mark.parametrize("context, raw, code", [
    ("đạt tỷ lệ 47,30%", "47,30%", "766.thanh_toan.ho_so"),
    ("2024: 36,15%)", "36,15%", "766.thanh_toan.ho_so"),
    ("tăng 11,15%", "11,15%", "766.thanh_toan.ho_so"),
    ("số hóa 100%", "100%", "766.so_hoa.ho_so"),
    ("đạt 97,4%", "97,4%", "766.hai_long.tthc"),
])
def test_share_codes(context, raw, code):
    assert figure_at(_rows(SHARES), SHARES, context, raw).code == code


LIST = """Toàn huyện có 12 xã, thị trấn tiếp nhận 9.870 hồ sơ; trong đó hồ sơ trực tuyến 6.020 hồ sơ, đạt 61,0 %. Số \
liệu từng xã như sau:

- Thị trấn Phú Lộc: 3.410 hồ sơ, trực tuyến 70,4 %;
- Xã Lộc Bình: 2.260 hồ sơ, trực tuyến 58,3 %;
- Xã Vinh Hưng: 1.905 hồ sơ, trực tuyến 55,0 %.
"""


@pytest.mark.parametrize("context, raw, value, code", [
    ("Phú Lộc: 3.410", "3.410", 3410, "ho_so.tiep_nhan"),
    ("trực tuyến 70,4 %", "70,4 %", 70.4, "766.dvctt.nop_truc_tuyen"),
    ("Lộc Bình: 2.260", "2.260", 2260, "ho_so.tiep_nhan"),
    ("trực tuyến 55,0 %", "55,0 %", 55.0, "766.dvctt.nop_truc_tuyen"),
])
def test_a_list_line_counts_what_the_paragraph_opening_the_list_counts(context, raw, value, code):
    row = figure_at(_rows(LIST), LIST, context, raw)
    assert (row.value, row.code) == (value, code)


def test_a_list_larger_than_every_count_before_it_takes_no_code_from_them():
    text = LIST.replace("9.870 hồ sơ", "6.870 hồ sơ").replace("6.020 hồ sơ", "5.020 hồ sơ")
    assert figure_at(_rows(text), text, "Phú Lộc: 3.410", "3.410").code is None


# ---------------------------------------------------------------- percentages with a space before the sign

def test_a_percentage_with_a_space_is_read_like_one_without():
    spaced = "Tỷ lệ hồ sơ giải quyết đúng hạn đạt 98,7 % (năm 2023: 96,2 %), tăng 2,5 % so với năm 2023."
    plain = spaced.replace(" %", "%")
    for text in (spaced, plain):
        rows = _rows(text, "2024-12-31", "2025-01-06")
        got = [(row.value, row.unit, row.kind, row.code) for row in rows]
        assert got == [(98.7, "%", "value", "766.tien_do.dung_han"), (96.2, "%", "previous", "766.tien_do.dung_han"),
                       (2.5, "%", "change", "766.tien_do.dung_han")]
