"""Kinds of misses measured on blind sets 23 and 24, each on a text written here in another wording of the same
form; the expected values are what a reader takes from these texts.

- a line closing with a bracketed legend `(số hồ sơ tiếp nhận; tỷ lệ nộp trực tuyến; tỷ lệ đúng hạn):` names the
  n-th figure of each dash item under it;
- the procedures in force: `Bộ thủ tục hành chính ... gồm N thủ tục`, a count split `trong đó` into procedures with
  online service, `N TTHC được tiếp nhận tại Trung tâm` (the centre's own, in its report);
- a share naming no indicator is of the one its paragraph names before it, not of an earlier item's;
- `tăng tương ứng a, b và c` are all changes; `điểm ba nhóm này` points back to the groups of the sentence before;
- an average naming no body is of the bodies its sentence counts;
- a goal opening its own bracket after a share is that share's goal; goals named inside a bracket are of the
  indicator each names;
- a clause opening with `trong đó` splits a count of the clause before it;
- counts of firms, inspection teams and resolutions are counts;
- a block's average score in a paragraph on the 766 index is a total score, even where the report names PAR Index;
- `Công an các huyện, thị xã, thành phố` is a body; `toàn tỉnh` before a goal makes it the province's;
- a count of communes after a clause naming another level is of the communes;
- a level is stored in lower case wherever the sentence puts it;
- assignees `Phòng Tham mưu tổng hợp` and a division before the task verb `thay thế`.
"""

from __future__ import annotations

import pytest
from figure_lookup import figure_at, subject_and_level

from extractor.extract.deadlines import extract_deadlines
from extractor.extract.figures import extract_figures
from extractor.models import DocumentMeta, Indicator


def _parts(text: str, issuer: str | None = None, period_end: str = "2025-03-31") -> list[DocumentMeta]:
    return [DocumentMeta(issuer=issuer, period_end=period_end, issued_date=period_end, start=0, end=len(text))]


def _figures(text: str, issuer: str | None = None, period_end: str = "2025-03-31") -> list[Indicator]:
    return extract_figures(text, _parts(text, issuer, period_end), [])


LEGEND = """b) Cấp xã

UBND các xã tiếp nhận 4.120 hồ sơ. Kết quả của từng xã (số hồ sơ tiếp nhận; tỷ lệ nộp trực tuyến; tỷ lệ giải quyết \
đúng hạn):
- Xã Tân Hòa: 812 hồ sơ; 74,10%; 100%;
- Xã Phú Lâm: 655 hồ sơ; 68,42%; 99,54%.
"""


@pytest.mark.parametrize("context, raw, code", [
    ("Tân Hòa: 812", "812", "ho_so.tiep_nhan"), ("hồ sơ; 74,10%", "74,10%", "766.dvctt.nop_truc_tuyen"),
    ("74,10%; 100%", "100%", "766.tien_do.dung_han"), ("68,42%; 99,54%", "99,54%", "766.tien_do.dung_han"),
])
def test_a_bracketed_legend_closing_the_line_codes_the_list_under_it(context, raw, code):
    assert figure_at(_figures(LEGEND), LEGEND, context, raw).code == code


PROCEDURES = """Tính đến ngày 31/3/2025, Bộ thủ tục hành chính áp dụng tại tỉnh gồm 1.804 thủ tục; trong đó cấp tỉnh \
1.452 thủ tục, cấp huyện 231 thủ tục, cấp xã 121 thủ tục.

Toàn tỉnh hiện công khai 1.690 TTHC trên Cổng Dịch vụ công tỉnh, trong đó 1.205 TTHC được cung cấp dịch vụ công \
trực tuyến.
"""


@pytest.mark.parametrize("context, raw", [
    ("gồm 1.804", "1.804"), ("cấp tỉnh 1.452", "1.452"), ("cấp xã 121", "121"), ("công khai 1.690", "1.690"),
])
def test_the_procedures_in_force_are_coded_as_such(context, raw):
    assert figure_at(_figures(PROCEDURES), PROCEDURES, context, raw).code == "tthc.tong_so"


CENTRE = """Hiện có 21 sở, ban, ngành cử công chức đến làm việc tại Trung tâm, với 1.512 TTHC được tiếp nhận tại \
Trung tâm.
"""


def test_procedures_received_at_the_centre_are_the_centres_in_its_own_report():
    row = figure_at(_figures(CENTRE, issuer="Trung tâm Phục vụ hành chính công tỉnh"), CENTRE, "với 1.512", "1.512")
    assert row.code == "tthc.tong_so"
    assert subject_and_level(row) == ("Trung tâm Phục vụ hành chính công tỉnh", "tỉnh")


TOPIC = """1.3. Số TTHC có phát sinh hồ sơ trực tuyến: 880/1.205 TTHC, đạt 73,03%.

1.4. Có 12/18 huyện có tỷ lệ hồ sơ trực tuyến cao hơn quý trước; cao nhất là thành phố Thanh Hóa (84,12%). Ở khối \
sở, ban, ngành, thấp nhất là Sở Y tế (60,05%).
"""


@pytest.mark.parametrize("context, raw", [("Thanh Hóa (84,12%)", "84,12%"), ("Y tế (60,05%)", "60,05%")])
def test_a_share_naming_nothing_takes_its_paragraphs_indicator(context, raw):
    assert figure_at(_figures(TOPIC), TOPIC, context, raw).code == "766.dvctt.nop_truc_tuyen"


GROUPS = """Tỉnh đạt 83,10/100 điểm; trong đó nhóm Dịch vụ công trực tuyến đạt 9,80/12 điểm, nhóm Thanh toán trực \
tuyến đạt 6,40/10 điểm, nhóm Số hóa hồ sơ đạt 15,02/22 điểm. So với tháng trước, điểm ba nhóm này giảm tương ứng \
0,12 điểm, 0,30 điểm và 0,45 điểm.
"""


@pytest.mark.parametrize("context, raw, value, code", [
    ("tương ứng 0,12", "0,12", -0.12, "766.dvctt"), ("điểm, 0,30", "0,30", -0.30, "766.thanh_toan"),
    ("và 0,45", "0,45", -0.45, "766.so_hoa"),
])
def test_a_change_series_pointing_back_takes_the_groups_before_it(context, raw, value, code):
    row = figure_at(_figures(GROUPS), GROUPS, context, raw)
    assert (row.kind, row.value, row.code) == ("change", value, code)


AVERAGE = """Kết quả đánh giá mức độ chuyển đổi số của 18 huyện, thị xã: 05 đơn vị xếp loại Tốt, 13 đơn vị xếp loại \
Khá; điểm bình quân đạt 74,20 điểm.
"""


def test_an_average_is_of_the_bodies_its_sentence_counts():
    row = figure_at(_figures(AVERAGE), AVERAGE, "đạt 74,20", "74,20")
    assert row.level == "huyện"


GOALS = """Số hồ sơ thanh toán trực tuyến là 12.408 hồ sơ, đạt 52,10% số hồ sơ có nghĩa vụ tài chính (chỉ tiêu năm \
2025 UBND tỉnh giao là 50%, đã đạt chỉ tiêu).

Tỷ lệ hồ sơ thanh toán trực tuyến và tỷ lệ số hóa hồ sơ của Sở tương ứng là 71,20% và 93,05%. So với chỉ tiêu \
UBND tỉnh giao năm 2025 (thanh toán trực tuyến 65%, số hóa hồ sơ 85%), Sở đã đạt cả hai chỉ tiêu.
"""


@pytest.mark.parametrize("context, raw, code", [
    ("giao là 50%", "50%", "766.thanh_toan.ho_so"), ("trực tuyến 65%", "65%", "766.thanh_toan.ho_so"),
    ("hồ sơ 85%", "85%", "766.so_hoa.ho_so"),
])
def test_goals_in_brackets_are_of_the_share_before_or_the_indicator_named(context, raw, code):
    row = figure_at(_figures(GOALS), GOALS, context, raw)
    assert (row.kind, row.code) == ("target", code)


ACCOUNTS = """Lũy kế đến ngày 31/3/2025, toàn tỉnh đã kích hoạt 512.300 tài khoản định danh điện tử, đạt 68,20% số \
công dân đủ điều kiện; trong đó thành phố Quy Nhơn 160.412 tài khoản.

Trong quý, Sở cấp đăng ký thành lập mới cho 214 doanh nghiệp; Ban Chỉ đạo thành lập 04 đoàn kiểm tra; HĐND tỉnh \
ban hành 08 nghị quyết.
"""


def test_a_clause_opening_with_trong_do_splits_the_count_before():
    row = figure_at(_figures(ACCOUNTS), ACCOUNTS, "Quy Nhơn 160.412", "160.412")
    assert row.code == "tai_khoan_dinh_danh"


@pytest.mark.parametrize("context, raw, unit", [
    ("cho 214", "214", "doanh nghiệp"), ("lập 04", "04", "đoàn"), ("hành 08", "08", "nghị quyết"),
])
def test_firms_teams_and_resolutions_are_counts(context, raw, unit):
    row = figure_at(_figures(ACCOUNTS), ACCOUNTS, context, raw)
    assert (row.kind, row.unit) == ("count", unit)


BLOCKS = """Chỉ số cải cách hành chính (PAR Index) năm 2023 của tỉnh đạt 88,10%.

Bộ chỉ số phục vụ người dân, doanh nghiệp theo Quyết định số 766/QĐ-TTg của tỉnh đạt 83,40/100 điểm. Điểm trung \
bình của khối sở, ban, ngành đạt 85,02 điểm; khối UBND cấp xã đạt 76,40 điểm.
"""


@pytest.mark.parametrize("context, raw", [("ngành đạt 85,02", "85,02"), ("cấp xã đạt 76,40", "76,40")])
def test_a_blocks_average_in_a_paragraph_on_the_766_index_is_a_total(context, raw):
    assert figure_at(_figures(BLOCKS, period_end="2024-06-30"), BLOCKS, context, raw).code == "766.tong_hop"


TASKS = """III. NHIỆM VỤ

2. Công an các huyện, thị xã, thành phố phấn đấu đến hết năm 2025 tỷ lệ hồ sơ trực tuyến đạt tối thiểu 70%.

3. Văn phòng UBND tỉnh đôn đốc các cơ quan, bảo đảm tỷ lệ hồ sơ thanh toán trực tuyến toàn tỉnh đạt tối thiểu 55% \
trong quý II năm 2025.
"""


def test_a_provincial_services_local_units_are_a_body():
    row = figure_at(_figures(TASKS), TASKS, "tối thiểu 70%", "70%")
    assert subject_and_level(row) == ("Công an các huyện, thị xã, thành phố", "huyện")


def test_toan_tinh_before_a_goal_makes_it_the_provinces():
    row = figure_at(_figures(TASKS), TASKS, "tối thiểu 55%", "55%")
    assert subject_and_level(row) == (None, None)


COMMUNES = """Bộ phận Một cửa huyện đang thực hiện 270 TTHC thuộc thẩm quyền cấp huyện; Bộ phận Một cửa của 11 xã, \
thị trấn thực hiện 105 TTHC thuộc thẩm quyền cấp xã. Cấp tỉnh, cấp huyện và cấp xã tiếp nhận lần lượt là 9.402 hồ \
sơ, 7.215 hồ sơ và 15.230 hồ sơ.
"""


def test_a_count_of_communes_after_another_level_is_theirs():
    assert figure_at(_figures(COMMUNES), COMMUNES, "của 11", "11").level == "xã"


def test_a_level_is_stored_in_lower_case():
    assert subject_and_level(figure_at(_figures(COMMUNES), COMMUNES, "là 9.402", "9.402")) == ("cấp tỉnh", "tỉnh")


ASSIGNEES = """III. NHIỆM VỤ

3. Phòng Văn hóa và Thông tin thay thế máy scan tại Bộ phận Một cửa các xã, hoàn thành trong tháng 6/2025.
4. Phòng Tham mưu tổng hợp tổng kết Đề án 06, trình Giám đốc Công an tỉnh chậm nhất ngày 15 tháng 6 năm 2025.
"""


@pytest.mark.parametrize("date, assignee", [
    ("2025-06-30", "Phòng Văn hóa và Thông tin"), ("2025-06-15", "Phòng Tham mưu tổng hợp"),
])
def test_a_divisions_name_ends_before_its_task(date, assignee):
    rows = {row.due_date: row for row in extract_deadlines(ASSIGNEES, _parts(ASSIGNEES, period_end="2025-03-31"))}
    assert rows[date].assignee == assignee
