"""Kinds of table (and one deadline) misses measured on blind set 9, each on a table or sentence written here
in another wording of the same form; expected values written by reading these texts.

- a unit stated in the line introducing a table (`(ĐVT: hồ sơ)`, `Đơn vị tính: %`) for every unit-less column;
- count columns headed by a bare verb (`Tiếp nhận`, `Quá hạn`) coded as the noun they count;
- a two-row header whose dates each span a score and a rank column (`\t\tĐiểm\tThứ hạng\tĐiểm\tThứ hạng\t`),
  and a signed change column whose header ends with its unit (`Chênh lệch điểm`);
- a list of bodies opening a task line whose name holds a verb (`Sở Xây dựng, Công an tỉnh tổng hợp ...`).
"""

from __future__ import annotations

from extractor.extract.deadlines import extract_deadlines
from extractor.extract.tables import find_tables, stated_unit, table_indicators
from extractor.models import DocumentMeta


def _cells(text: str, title: str | None = None, period_end: str = "2025-09-30") -> dict[str, list]:
    """Indicators of the tables of `text`, by raw figure (a raw may recur)."""
    parts = [DocumentMeta(title=title, period_end=period_end, start=0, end=len(text))]
    out: dict[str, list] = {}
    for indicator in table_indicators(text, find_tables(text, []), parts):
        out.setdefault(indicator.raw, []).append(indicator)
    return out


FIELDS = """Tình hình tiếp nhận, giải quyết hồ sơ quý III năm 2025.

Số liệu theo từng lĩnh vực (ĐVT: hồ sơ)

| Lĩnh vực | Tiếp nhận | Đã giải quyết | Quá hạn |
|---|---|---|---|
| Tư pháp | 320 | 305 | 3 |
| Nông nghiệp | 57 | 49 | 6 |
"""


def test_stated_unit_and_count_headers_name_every_column():
    cells = _cells(FIELDS)
    received, settled, overdue = cells["320"][0], cells["305"][0], cells["3"][0]
    assert [c.unit for c in (received, settled, overdue)] == ["hồ sơ", "hồ sơ", "hồ sơ"]
    assert all(c.kind == "value" for c in (received, settled, overdue))
    assert received.code == "ho_so.tiep_nhan"  # `Tiếp nhận` of files: files received
    assert overdue.code == "766.tien_do.qua_han"  # `Quá hạn` of files: files settled late
    assert [cells[raw][0].unit for raw in ("57", "49", "6")] == ["hồ sơ"] * 3
    assert cells["57"][0].code == "ho_so.tiep_nhan"


SHARES = """Kết quả số hóa hồ sơ của các xã
Đơn vị tính: %

Địa phương\tTháng 8/2025\tTháng 9/2025
Xã An Bình\t61,5\t64,2
Xã Tân Phú\t58,9\t60,4
"""


def test_stated_percent_unit_on_its_own_line():
    cells = _cells(SHARES)
    assert [(cells[raw][0].unit, cells[raw][0].as_of) for raw in ("61,5", "64,2")] == [
        ("%", "2025-08-31"), ("%", "2025-09-30")]
    assert cells["60,4"][0].unit == "%"


def test_a_unit_line_naming_no_unit_states_none():
    text = "Đơn vị: Sở Tư pháp\n\nLĩnh vực\tTiếp nhận\nChứng thực\t12\n"
    assert stated_unit(text, text.index("Lĩnh vực")) is None
    assert stated_unit("(Đơn vị tính: hồ sơ)\n", 21) == "hồ sơ"
    assert stated_unit("Số liệu chi tiết (đơn vị: TTHC):\n", 33) == "TTHC"


SCORES = """Bảng 2. Các sở có điểm cao nhất khối

TT\tĐơn vị\tĐến ngày 30/6/2025\t\tĐến ngày 30/9/2025\t\tChênh lệch điểm
\t\tĐiểm\tThứ hạng\tĐiểm\tThứ hạng\t
1\tSở Tư pháp\t90,12\t2\t91,05\t1\t+0,93
2\tSở Nội vụ\t88,70\t4\t88,25\t5\t-0,45

Các sở còn lại giữ ổn định.
"""
INDEX_TITLE = "Thông báo điểm Chỉ số phục vụ người dân, doanh nghiệp quý III năm 2025"


def test_two_row_header_with_dated_score_and_rank_pairs():
    cells = _cells(SCORES, title=INDEX_TITLE)
    old_score, old_rank, score, rank = cells["90,12"][0], cells["2"][0], cells["91,05"][0], cells["1"][0]
    assert (old_score.unit, old_score.kind, old_score.as_of, old_score.code) == (
        "điểm", "value", "2025-06-30", "766.tong_hop")
    assert (old_rank.unit, old_rank.kind, old_rank.as_of, old_rank.max_value) == ("hạng", "rank", "2025-06-30", None)
    assert (score.unit, score.kind, score.as_of, score.code) == ("điểm", "value", "2025-09-30", "766.tong_hop")
    assert (rank.unit, rank.kind, rank.as_of) == ("hạng", "rank", "2025-09-30")
    assert [c.subject for c in (old_score, rank)] == ["Sở Tư pháp", "Sở Tư pháp"]
    nv_rank = cells["5"][0]
    assert (nv_rank.kind, nv_rank.unit, nv_rank.subject) == ("rank", "hạng", "Sở Nội vụ")


def test_signed_change_column_named_by_its_unit():
    cells = _cells(SCORES, title=INDEX_TITLE)
    up, down = cells["+0,93"][0], cells["-0,45"][0]
    assert (up.value, up.unit, up.kind, up.as_of, up.code) == (0.93, "điểm", "change", "2025-09-30", "766.tong_hop")
    assert (down.value, down.unit, down.kind, down.code) == (-0.45, "điểm", "change", "766.tong_hop")


def test_bare_scores_are_the_index_total_only_in_a_report_on_the_index():
    cells = _cells(SCORES, title="Báo cáo kết quả thi đua quý III năm 2025")
    assert cells["90,12"][0].unit == "điểm"
    assert cells["90,12"][0].code is None  # a score of what? the report names no index


def test_bodies_whose_names_hold_a_verb_open_a_task_line():
    sentence = ("III. NHIỆM VỤ\n\n2. Sở Xây dựng, Công an tỉnh tổng hợp số liệu, gửi Văn phòng UBND tỉnh "
                "trước ngày 15/12/2025.\n")
    (deadline,) = extract_deadlines(sentence, [DocumentMeta(issued_date="2025-11-05", start=0, end=len(sentence))])
    assert deadline.due_date == "2025-12-15"
    assert deadline.assignee == "Sở Xây dựng, Công an tỉnh"
    other = "1. Sở Xây dựng chủ trì thẩm định hồ sơ, hoàn thành trước ngày 20/12/2025.\n"
    (deadline,) = extract_deadlines(other, [DocumentMeta(issued_date="2025-11-05", start=0, end=len(other))])
    assert deadline.assignee == "Sở Xây dựng"
