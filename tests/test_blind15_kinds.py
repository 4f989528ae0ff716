"""Kinds of misses measured on blind set 15, each on a text written here in another wording of the same form; the
expected values are what a reader takes from these texts.

- a table of fields whose headers are bare words (`Tiếp nhận | Đã giải quyết | Quá hạn`) and name no unit counts the
  one noun its numbered section heading names (`1. Công tác giải quyết hồ sơ`), and its columns are the indicators
  of that noun (files received, files overdue); a heading naming two nouns gives none;
- `cấp Thành phố` (capitalised) is the province level of a centrally-run city, alone and in a list of levels
  followed by a series (`lần lượt là`);
- a rate column named by a bare word (`Trực tuyến (%)`) in a table counting files is the online-files rate;
- a goal opening a sentence of its own that names no indicator (`Đối chiếu với chỉ tiêu ... năm 2024 là 55%, ...`)
  is the goal of the rate stated just before it;
- a deadline's assignee named with a capitalised name (`Trung tâm Công nghệ thông tin Thành phố`) ends at the verb
  `nâng` (`nâng tỷ lệ ...`), not at `năng` of a name (`Tiết kiệm năng lượng`).
"""

from __future__ import annotations

from figure_lookup import figure_at

from extractor.extract.deadlines import extract_deadlines
from extractor.extract.figures import extract_figures
from extractor.extract.tables import find_tables, table_indicators
from extractor.models import DocumentMeta, Indicator

_NOP = "766.dvctt.nop_truc_tuyen"


def _parts(text: str, issuer: str | None = None, period_end: str = "2024-09-30") -> list[DocumentMeta]:
    return [DocumentMeta(issuer=issuer, period_end=period_end, issued_date="2024-10-05", start=0, end=len(text))]


def _figures(text: str, issuer: str | None = None) -> list[Indicator]:
    return extract_figures(text, _parts(text, issuer), [])


def _cells(text: str, issuer: str | None = None) -> list[Indicator]:
    return table_indicators(text, find_tables(text, []), _parts(text, issuer))



# ---------------------------------------------------------------- a table of fields under a heading naming its noun

FIELDS = """Sở Xây dựng báo cáo kết quả quý III năm 2024 như sau:

1. Công tác giải quyết hồ sơ

Trong quý, Sở nhận 1.250 hồ sơ và đã trả kết quả 1.198 hồ sơ.

Chi tiết từng lĩnh vực như sau:

| TT | Lĩnh vực | Tiếp nhận | Đã giải quyết | Quá hạn |
|---|---|---|---|---|
| 1 | Hoạt động xây dựng | 830 | 801 | 4 |
| 2 | Nhà ở và thị trường bất động sản | 420 | 397 | 1 |
"""


def test_a_table_of_bare_columns_counts_the_noun_its_section_heading_names():
    cells = _cells(FIELDS, issuer="Sở Xây dựng")
    got = {c.raw: (c.unit, c.code) for c in cells}
    assert got["830"] == ("hồ sơ", "ho_so.tiep_nhan")
    assert got["420"] == ("hồ sơ", "ho_so.tiep_nhan")
    assert got["4"] == ("hồ sơ", "766.tien_do.qua_han")
    assert got["1"] == ("hồ sơ", "766.tien_do.qua_han")
    assert got["801"][0] == "hồ sơ"


def test_a_heading_naming_two_nouns_gives_the_table_no_unit():
    text = FIELDS.replace("1. Công tác giải quyết hồ sơ", "1. Công tác công bố TTHC và giải quyết hồ sơ")
    cells = _cells(text, issuer="Sở Xây dựng")
    assert next(c for c in cells if c.raw == "830").unit is None


# ---------------------------------------------------------------- the province level of a centrally-run city

CITY = """Hiện nay, trên địa bàn Thành phố đang áp dụng 1.890 TTHC, trong đó cấp Thành phố 1.402 TTHC, cấp huyện 301 \
TTHC, cấp xã 187 TTHC.

Tỷ lệ hồ sơ thanh toán trực tuyến của cấp Thành phố, cấp huyện và cấp xã lần lượt là 47,30%, 41,05% và 36,80%.
"""


def test_cap_thanh_pho_is_the_province_level_of_a_centrally_run_city():
    rows = _figures(CITY, issuer="UBND thành phố Đà Nẵng")
    assert (figure_at(rows, CITY, "cấp Thành phố 1.402", "1.402").subject,
            figure_at(rows, CITY, "cấp Thành phố 1.402", "1.402").level) == ("cấp Thành phố", "tỉnh")
    series = [figure_at(rows, CITY, "là 47,30%", "47,30%"), figure_at(rows, CITY, "41,05%", "41,05%"),
              figure_at(rows, CITY, "36,80%", "36,80%")]
    assert [(r.subject, r.level) for r in series] == [
        ("cấp Thành phố", "tỉnh"), ("cấp huyện", "huyện"), ("cấp xã", "xã")]


# ---------------------------------------------------------------- a rate column named by a bare word

RATES = """Kết quả của các quận, huyện trong quý:

| TT | Đơn vị | Hồ sơ nhận | Trực tuyến (%) |
|---|---|---|---|
| 1 | UBND quận Hải Châu | 5.210 | 81,40 |
| 2 | UBND huyện Hòa Vang | 3.075 | 64,15 |
"""


def test_a_rate_column_named_by_a_bare_word_is_the_online_files_rate():
    cells = _cells(RATES, issuer="UBND thành phố Đà Nẵng")
    got = {c.raw: (c.unit, c.code) for c in cells}
    assert got["81,40"] == ("%", _NOP)
    assert got["64,15"] == ("%", _NOP)


# ---------------------------------------------------------------- a goal in a sentence of its own

GOAL = """Tỷ lệ hồ sơ nộp trực tuyến của tỉnh đạt 52,30%, trong đó xã Hòa Bắc cao nhất (70,12%).

Đối chiếu với chỉ tiêu UBND tỉnh giao năm 2024 là 55%, tỉnh chưa đạt.
"""


def test_a_goal_opening_a_sentence_of_its_own_is_the_goal_of_the_rate_before_it():
    rows = _figures(GOAL)
    goal = figure_at(rows, GOAL, "năm 2024 là 55%", "55%")
    assert (goal.kind, goal.unit, goal.code) == ("target", "%", _NOP)


# ---------------------------------------------------------------- a deadline's assignee with a capitalised name

TASKS = """III. NHIỆM VỤ QUÝ IV

c) Trung tâm Công nghệ thông tin Thành phố nâng số hồ sơ thanh toán trực tuyến lên tối thiểu 50% trước ngày \
31/12/2024.

d) Trung tâm Tiết kiệm năng lượng nâng mức độ hài lòng lên tối thiểu 95% trước ngày 30/11/2024.
"""


def test_a_deadlines_assignee_ends_at_the_verb_nang():
    found = extract_deadlines(TASKS, _parts(TASKS))
    by_due = {d.due_date: d.assignee for d in found}
    assert by_due["2024-12-31"] == "Trung tâm Công nghệ thông tin Thành phố"
    assert by_due["2024-11-30"] == "Trung tâm Tiết kiệm năng lượng"
