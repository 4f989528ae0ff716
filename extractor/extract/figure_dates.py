"""Dates: the `as_of` of each figure (the part's period end, a compared date `so với quý II/2024`, a
target's due date, a period line `9 tháng đầu năm:`, the year a plan states results for)."""

from __future__ import annotations

import bisect
import calendar
import re
from datetime import date, timedelta

from ..dates import bare_period_end, find_dates, last_of_month, parse_date, parse_date_phrase, quarter_number
from ..models import DocumentMeta
from ..vietnamese import fold
from .figure_candidates import (
    _ORG_UNITS,
    _SERIES,
    _Figure,
    _in_rank_move,
    _in_tasks_section,
    bounds_counted_units,
    goal_before_bracket,
    named_target_before,
    plain_kind,
    series_members,
)
from .figure_labels import _governing
from .figure_roles import (
    DUE_DAY_LEAD,
    _compared_in_clause,
    _due_date,
    _earlier_in_brackets,
    _tasks_period_end,
    compared_before_bracket,
)
from .prose import (
    _PERIOD_LINE,
    _TOP_HEADING,
    SECTION_NUMBER,
    _Doc,
    _enclosing_headings,
    _is_footnote_line,
    _sentence_start,
)

_SO_VOI = re.compile(r"(?i:so với\s+(?:ngày\s+|tháng\s+|năm\s+)?)([^()]*?)\s*$")


# `Trước sắp xếp, quý IV năm 2024 tỉnh Đắk Lắk đạt 79,15 điểm`, `khi chưa sắp xếp đơn vị hành chính, tháng 10/2024`
_BEFORE_MERGER = re.compile(r"(?i:trước(?: khi)? (?:sắp xếp|hợp nhất|sáp nhập)"
                            r"|(?:khi )?chưa (?:sắp xếp|hợp nhất|sáp nhập))(?![\wÀ-ỹ])")


def _before_the_merger(doc: _Doc, figure: _Figure, part: DocumentMeta) -> bool:
    """A figure its sentence states for the former units before the 2025 merger, dated before the report's period
    began (a quarter or year of the former provinces' results): their earlier value. One within the period (`6 tháng
    đầu năm (trước sắp xếp) Sở Xây dựng tỉnh Gia Lai tiếp nhận 8.426 hồ sơ` in a report on the year) stays a part."""
    if not (part.period_start and figure.as_of and figure.as_of < part.period_start):
        return False
    sentence = _sentence_start(doc, figure.start)
    found = _BEFORE_MERGER.search(doc.masked, sentence, figure.start)
    # (a sentence's lead, not a bracket naming a former unit: `tỉnh Đồng Nai (trước sắp xếp) đạt 87,46%` is the
    # latest result of a yearly index, `(số liệu ... cộng gộp của tỉnh A và tỉnh B trước hợp nhất)` a note on sources)
    return found is not None and doc.masked.count("(", sentence, found.start()) <= doc.masked.count(
        ")", sentence, found.start())


def _default_year(part: DocumentMeta) -> int | None:
    for value in (part.period_end, part.issued_date):
        if value and value[:4].isdigit():
            return int(value[:4])
    return None


def _assign_dates(doc: _Doc, figures: list[_Figure], parts: list[DocumentMeta]) -> None:
    by_clause: dict[int, _Figure] = {}
    starts = [f.start for f in figures]
    previous: _Figure | None = None
    last_value: _Figure | None = None
    # (sentence start, unit, date, whether that figure opened the sentence) a label's year set
    year_of_sentence: tuple[int, str | None, str, bool] | None = None
    for figure in figures:
        part = parts[_part_index(parts, figure.start)] if parts else DocumentMeta()
        year = _default_year(part)
        figure.as_of = part.period_end or part.issued_date  # a decision, a letter with no period: its own day
        clause = doc.clause_start(figure.start)
        if figure.kind == "previous":
            figure.as_of = None
            if figure.paren is not None:
                so_voi = _SO_VOI.search(doc.masked[max(clause, figure.paren - 60):figure.paren])
                earlier = _earlier_in_brackets(doc, figure)
                phrase = earlier or (so_voi.group(0) if so_voi else compared_before_bracket(doc, figure))
                figure.as_of = _compared_date(phrase, year, part.period_end, part.period_start) if phrase else None
                if figure.as_of is None and phrase:
                    figure.as_of = _bare_period_date(phrase, year, part, within=bool(earlier))
                if earlier and (figure.as_of is None or not part.period_end or figure.as_of >= part.period_end):
                    # the same period, or a later one; `(quý III: 3.514 hồ sơ; quý IV: 4.332 hồ sơ)` in a report for
                    # six months: parts of the period (each dated below), counts staying counts
                    figure.kind, figure.as_of = plain_kind(figure.unit), part.period_end
            elif compared := _compared_in_clause(doc, figure):
                figure.as_of = _compared_date(compared, year, part.period_end, part.period_start)
            if figure.as_of is None and previous is not None and previous.kind == "previous" and (
                    previous.paren == figure.paren):
                figure.as_of = previous.as_of  # `(năm 2023: 80,45% và 82,93%)`: dated as the bracket's first
            governing = _governing(doc, [f for f in by_clause.values()], figure)
            if governing and governing.unit == figure.unit and figure.max_value is None:
                figure.max_value = governing.max_value
        until = re.match(r"\s*\(\s*(?i:tính đến|đến)\s+(?:ngày\s+)?([^)]*)\)", doc.masked[figure.end:figure.end + 40])
        if until:
            figure.as_of = parse_date_phrase(until.group(1), year) or figure.as_of
        dated = _BRACKETED_DAY.match(doc.masked, figure.raw_unit_end)
        if dated and figure.kind in ("previous", "value"):
            figure.as_of = parse_date_phrase(dated.group(1), year) or figure.as_of  # `19,2/20 điểm (ngày 31/12/2024)`
        if figure.kind == "previous" and figure.as_of is None and _undated_move(doc, figure):
            figure.kind, figure.as_of = plain_kind(figure.unit), part.period_end
        elif (figure.kind == "previous" and figure.as_of is None and figure.unit == "hạng" and part.period_start
              and _in_rank_move(doc, figure.start)):
            # `(từ thứ 52 lên thứ 38)` naming no earlier period: the rank the period began from, the one before it
            figure.as_of = (date.fromisoformat(part.period_start) - timedelta(days=1)).isoformat()
        own = None  # the period the figure's own words name (`tháng 3/2026 đạt 86,24/100 điểm`)
        if figure.kind in ("value", "count"):
            own = (_series_period_date(doc, figure, year) or _item_period_date(doc, figure, year)
                   or _inline_period_date(doc, figure, year) or _bracketed_period_date(doc, figure, year))
            figure.as_of = own or figure.as_of
        elif figure.kind in ("rank", "change") and _ranks_the_value_before(doc, previous, last_value, figure):
            own = figure.as_of = last_value.as_of  # `tháng 02/2026 đạt 85,06 điểm (xếp thứ 13/34)`: that month's
        if figure.kind in ("value", "rank", "count", "change") and figure.as_of == part.period_end and not own:
            found = _sentence_period(doc, figure, starts)
            opening = _opening_date(found, year) if found is not None else None
            # (or a later month or quarter already over when the report was written: `tháng 10/2025 tỉnh đạt 76,92/100
            # điểm` in a report on quý III issued in November; not a day, which may end the span work was done in)
            if opening and part.period_end and (opening < part.period_end or (
                    found.group("period") and part.issued_date and len(part.issued_date) == 10
                    and opening <= part.issued_date)):
                figure.as_of = opening
            elif found is None and (heading := _results_period_end(doc, figure.start, year)) and (
                    part.period_end and heading < part.period_end):
                figure.as_of = heading
        if (figure.kind == "value" and figure.unit == "điểm" and figure.max_value is None
                and (own or (figure.as_of and figure.as_of != part.period_end))):
            figure.max_value = _scale_of_the_months(doc, figures, figure)
        if figure.kind == "target" and _bracketed_after_earlier_result(doc, figure, previous, year):
            figure.as_of = parse_date(31, 12, int(previous.as_of[:4]))  # `đạt 58,20% (chỉ tiêu 55%)` in 2024
        elif figure.kind == "target":
            lead_date = figure.goal_lead.as_of if figure.goal_lead is not None else None
            own_day = (_DUE_RIGHT_AFTER.match(doc.masked, figure.raw_unit_end)
                       or _DUE_RIGHT_BEFORE.search(doc.masked, max(0, figure.start - 40), figure.start))
            if figure.goal_lead is not None and own_day:
                lead_date = None  # `... và 80% đến ngày 31/12/2026`, `và đến ngày 31/12/2026 là 85%`: its own day
            figure.as_of = (_target_date(doc, figure, year) or _target_year(doc, figure, year) or lead_date
                            or _due_date(doc, figure)
                            or _tasks_period_end(doc, figure, part.period_end) or figure.as_of)
            if (previous is not None and previous.kind == "count" and previous.unit in _ORG_UNITS
                    and previous.start >= clause and bounds_counted_units(doc, previous, figure)):
                figure.as_of = previous.as_of  # `còn 22 xã có tỷ lệ ... dưới 50%` in a plan: the results' day
        if figure.kind == "value" and figure.unit == "%" and (due := _share_a_task_sets(doc, figure)):
            figure.kind, figure.as_of = "target", due
        labelled = re.search(r"(?<!đầu )(?<!cuối )(?i:năm)\s+(\d{4})", figure.label)
        results = _year_of_results(doc, figure.start)  # `I. ĐÁNH GIÁ KẾT QUẢ NĂM 2024` over a plan: all its figures
        stated_year = (labelled if figure.kind in ("value", "rank") else None) or (
            results if figure.kind in ("value", "rank", "count", "change") else None) or (
            # `Điều 1. Đánh giá ... năm 2025` over `mới đạt 34,16% (kế hoạch 50%)`: that year's plan, in brackets
            results if figure.kind == "target" and figure.paren is not None and figure.as_of == part.period_end
            else None)
        if stated_year and year and int(stated_year.group(1)) < year:
            stated = int(stated_year.group(1))
            if not (figure.as_of or "").startswith(f"{stated}-"):  # `Tháng 11/2024, tỉnh đạt ...` keeps its month
                figure.as_of = _results_until(doc, figure.start, stated) or parse_date(31, 12, stated)
        elif (index_year := _index_year(doc, figure)) and year and index_year < year:
            figure.as_of = parse_date(31, 12, index_year)
        sentence = _sentence_start(doc, figure.start)
        if figure.kind == "value" and labelled and figure.as_of and figure.as_of.endswith("-12-31") and (
                part.period_end and figure.as_of < part.period_end):
            opens = previous is None or _sentence_start(doc, previous.start) != sentence
            year_of_sentence = (sentence, figure.unit, figure.as_of, opens)
        elif (figure.kind == "value" and figure.as_of == part.period_end and year_of_sentence
              and year_of_sentence[:2] == (sentence, figure.unit)):
            # `Điểm bình quân Bộ chỉ số năm 2024 của khối sở là 89,12 điểm, cao nhất là Sở Tư pháp (95,40 điểm); của
            # khối huyện là 86,45 điểm`: the sentence's figures of that measure are of the year its first one names
            figure.as_of = year_of_sentence[2]
        elif (figure.kind == "change" and figure.as_of == part.period_end and year_of_sentence
              and year_of_sentence[0] == sentence and year_of_sentence[3]
              and last_value is not None and last_value.as_of == year_of_sentence[2]):
            # `Chỉ số SIPAS năm 2024 ... đạt 84,36%, xếp thứ 26/63, tăng 3,12 điểm phần trăm và tăng 9 bậc so với năm
            # 2023`: a change is dated with the figure it changes, the sentence's first, of a year its label names
            figure.as_of = year_of_sentence[2]
        if figure.kind in ("value", "count", "rank") and _before_the_merger(doc, figure, part):
            figure.kind = "previous"
            governing = _governing(doc, list(by_clause.values()), figure)
            if governing and governing.unit == figure.unit and figure.max_value is None:
                figure.max_value = governing.max_value  # `tỉnh Phú Thọ đạt 80,75 điểm` after the total out of 100
        if (figure.rank_of and not figure.rank_of.startswith("766.") and previous is not None
                and previous.kind != "change"):  # (`tăng 1,53%, xếp thứ 36/63`: the index's rank, not the rise's)
            figure.as_of = previous.as_of
        elif figure.kind == "rank" and last_value is not None and figure.as_of == part.period_end:
            figure.as_of = _ranked_value_date(doc, last_value, figure) or figure.as_of
        if figure.kind in ("value", "rank"):
            by_clause[figure.start] = figure
        if figure.kind == "value":
            last_value = figure
        previous = figure


# a period or moment a clause may name (`năm 2021`, `quý I`, `trong tháng 1`, `trước hợp nhất`, `cùng kỳ`); not a rate's
# `/năm`, `mỗi năm` (`186,4 tỷ đồng/năm`)
_PERIOD_WORDS = re.compile(r"(?<![\wÀ-ỹ/])(?<!mỗi )(?<!hằng )(?<!hàng )"
                           r"(?i:năm|quý|tháng|kỳ|trước|sau|đầu|cuối|ngày(?= \d))(?![\wÀ-ỹ])")


_DUE_RIGHT_BEFORE = re.compile(DUE_DAY_LEAD + r"\d{1,2}/\d{1,2}/\d{4}[ \t]+(?i:là|đạt)[ \t]*$")
_DUE_RIGHT_AFTER = re.compile(r"[ \t]*" + DUE_DAY_LEAD + r"\d")


def _undated_move(doc: _Doc, figure: _Figure) -> bool:
    """`Tổng thời gian ... giảm từ 2.916 ngày xuống còn 1.938 ngày`, `Chi phí ... giảm từ 186,4 tỷ đồng/năm xuống còn
    ...`: the figure before a cut, its clause naming no earlier period, is a value of the period (the cut's before and
    after both stand now)."""
    if figure.paren is not None or figure.unit in ("%", "điểm", "hạng"):
        return False  # `tăng từ 58,14% lên 63,27%`: a share or score that rose, the earlier period's (named elsewhere)
    clause = doc.masked[doc.clause_start(figure.start):doc.clause_end(figure.end)]
    return _PERIOD_WORDS.search(clause) is None


def _scale_of_the_months(doc: _Doc, figures: list[_Figure], figure: _Figure) -> float | None:
    """`tháng 01/2026 đạt 84,12 điểm ..., tháng 02/2026 đạt 85,06 điểm ... và tháng 3/2026 đạt 86,24/100 điểm`: the
    scores of a sentence's months (or of a list's items: `- Tháng 01/2026: 86,14 điểm;` over `- Tháng 3/2026: 88,36/100
    điểm.`) share the scale one of them states."""
    sentence, end = _months_span(doc, figure)
    first, last = (bisect.bisect_left(figures, pos, key=lambda f: f.start) for pos in (sentence, end))
    scales = {other.max_value for other in figures[first:last]
              if other is not figure and other.unit == "điểm"
              and other.max_value is not None and other.kind == "value"
              and (_inline_period_date(doc, other, None) or _item_period_date(doc, other, None))}
    return scales.pop() if len(scales) == 1 else None


_DASH_ITEM = re.compile(r"[ \t]*[-–•+][ \t]")
_SENTENCE_OR_PARAGRAPH_END = re.compile(r"\.(?=\s|$)|\n[ \t]*\n")


def _months_span(doc: _Doc, figure: _Figure) -> tuple[int, int]:
    """The sentence a figure stands in, or the run of dash items its line belongs to."""
    line_start, line_end = doc.line_bounds(figure.start)
    if not _DASH_ITEM.match(doc.masked, line_start):
        stop = _SENTENCE_OR_PARAGRAPH_END.search(doc.masked, figure.end)
        return _sentence_start(doc, figure.start), stop.start() if stop else len(doc.masked)
    start, end = line_start, line_end
    while start > 0 and _DASH_ITEM.match(doc.masked, doc.line_bounds(start - 1)[0]):
        start = doc.line_bounds(start - 1)[0]
    while end < len(doc.masked) and _DASH_ITEM.match(doc.masked, end + 1):
        end = doc.line_bounds(end + 1)[1]
    return start, end


def _ranks_the_value_before(doc: _Doc, previous: _Figure | None, value: _Figure | None, rank: _Figure) -> bool:
    """`tháng 01/2026 đạt 84,12 điểm (xếp thứ 15/34), tháng 02/2026 đạt 85,06 điểm (xếp thứ 13/34)`: a rank right
    after a value its sentence dates by its own month ranks that value, at its date; a change after it (`tháng 3/2026
    đạt 91,42/100 điểm, xếp thứ 3/19 (tháng 12/2025: ...), tăng 2,66 điểm`) is its change."""
    right_after = previous is value or (rank.kind == "change" and previous is not None and previous.kind != "value")
    return (value is not None and right_after and value.as_of is not None
            and _sentence_start(doc, rank.start) <= value.start
            and _inline_period_date(doc, value, None) is not None)


def _ranked_value_date(doc: _Doc, value: _Figure, rank: _Figure) -> str | None:
    """`Chỉ số ... năm 2023 ... đạt 86,74%, xếp thứ 21/63`: a rank naming no period, after a value of an earlier
    year in its sentence, ranks that value: its date."""
    same_sentence = _sentence_start(doc, rank.start) <= value.start
    earlier = value.as_of is not None and rank.as_of is not None and value.as_of < rank.as_of
    return value.as_of if same_sentence and earlier else None


_BRACKETED_DAY = re.compile(r"[ \t]*\([ \t]*(?i:ngày)[ \t]+(\d{1,2}[ \t]*/[ \t]*\d{1,2}[ \t]*/[ \t]*\d{4})[ \t]*\)")
_RESULTS_YEAR = re.compile(  # `1. Kết quả năm 2024`, `I. ĐÁNH GIÁ KẾT QUẢ NĂM 2024`, `II. KẾT QUẢ KIỂM TRA NĂM 2024`,
    r"^" + SECTION_NUMBER + r"[*\s]*"  # `2. Kết quả đánh giá cải cách hành chính năm 2024 ...:` (over a plan's items)
    r"(?i:(?:đánh giá\s+)?(?:kết quả|tình hình)(?: thực hiện| kiểm tra| giám sát| đánh giá(?: [^\W\d_]+){1,6}?)?"
    r"(?: kế hoạch)?(?: năm)?)\s+"
    r"(?:năm\s+)?(\d{4})\b"
)
# `Năm 2024, ...`, `Kết quả năm 2025, toàn tỉnh tiếp nhận ...`, `Năm 2025 là năm đầu tiên ...; toàn tỉnh có ...`
_SENTENCE_YEAR = re.compile(r"^[\s*]*(?i:(?:kết quả\s+)?(?:trong\s+)?năm)\s+(\d{4})(?:\s*,|\s+(?i:là)\s)")


def _year_of_results(doc: _Doc, pos: int) -> re.Match | None:
    """`1. Kết quả năm 2024` above, or a sentence opening `Năm 2024, ...` (or its paragraph, or the line leading the
    dash list it is in, when its own sentence names no period): the year the figure is a result of (a plan for 2025
    states 2024's results)."""
    sentence = doc.masked[_sentence_start(doc, pos):pos]
    # a bracket naming the paragraph's own year (`(chỉ tiêu năm 2024 là 45%, ...)`) leaves the sentence in it; one
    # naming another year (`từ mức 9,12% (năm 2021) lên 67,35%`) compares periods
    # (a sentence naming only the paragraph's year keeps it: `Kết quả năm 2025, ... . Tỷ lệ ... đạt 46,18%, chưa đạt
    # chỉ tiêu năm 2025 là 50%; tỷ lệ số hóa ... đạt 81,25%`)
    brackets = _BRACKET.findall(sentence)
    unbracketed = _BRACKET.sub("", sentence)
    paragraph = _paragraph_year(doc, pos)
    if paragraph and _OWN_PERIOD.search(unbracketed) and set(_YEAR.findall(unbracketed)) != {paragraph.group(1)}:
        paragraph = None
    if paragraph and {year for bracket in brackets for year in _YEAR.findall(bracket)} - {paragraph.group(1)}:
        paragraph = None
    return _SENTENCE_YEAR.match(sentence) or _RESULTS_LEAD.search(sentence) or paragraph or next(
        (found for heading in _enclosing_headings(doc, pos) if (found := _RESULTS_YEAR.match(heading))), None)


# `II. KẾT QUẢ QUÝ I NĂM 2026` over a plan for the second quarter: the quarter (or month) its results are of
_RESULTS_PERIOD = re.compile(
    r"^" + SECTION_NUMBER + r"[*\s]*(?i:(?:đánh giá\s+)?(?:kết quả|tình hình)(?:[ \t]+[^\W\d_]+){0,6}?)[ \t]+"
    r"(?P<period>(?i:quý)[ \t]+(?:[IVX]+|[1-4])|(?i:tháng)[ \t]+\d{1,2})"
    r"(?:[ \t]*/[ \t]*(?P<slashed>\d{4})|[ \t]+(?i:năm)[ \t]+(?P<named>\d{4}))?(?![\w/])")


def _results_period_end(doc: _Doc, pos: int, year: int | None) -> str | None:
    """The end of the quarter or month a results heading above `pos` names (`II. KẾT QUẢ QUÝ I NĂM 2026`), or the day
    the data under a heading are counted to (`I. SỰ CẦN THIẾT (số liệu tính đến ngày 30/4/2026)`)."""
    for heading in _enclosing_headings(doc, pos):
        if found := _RESULTS_PERIOD.match(heading):
            stated = found.group("slashed") or found.group("named")
            return _period_end(found.group("period"), int(stated) if stated else year)
        if (data_day := _DATA_DAY.search(heading)) and (days := find_dates(data_day.group("day"))):
            return days[0].iso if days[0].precision == "day" else None
    return None


_DATA_DAY = re.compile(r"\((?i:số liệu)[^()]{0,20}?(?i:đến)[ \t]+(?P<day>(?i:ngày)?[ \t]*\d{1,2}/\d{1,2}/\d{4})\)")


_BRACKET = re.compile(r"\([^()]*\)")
_YEAR = re.compile(r"\b\d{4}\b")


# `Các chỉ tiêu được xây dựng trên cơ sở kết quả năm 2024 của tỉnh: tỷ lệ ... đạt 61,48%; ...`: a list's lead
_RESULTS_LEAD = re.compile(r"(?i:kết quả)[ \t]+(?i:năm)[ \t]+(\d{4})\b[^:.;\n]{0,40}:[ \t]")
_OWN_PERIOD = re.compile(r"(?i:năm|quý|tháng|ngày)\s+(?:\d|[IVX]+\b)")
_LIST_ITEM = re.compile(r"[ \t]*[-+•–][ \t]")


def _results_until(doc: _Doc, pos: int, year: int) -> str | None:
    """The day a year's results are counted to, in a report on the next year (a plan, a proposal of targets): the
    months of that year (or the day) its sentence or list line names (`11 tháng năm 2024 đạt 58,20%`), else those its
    results heading gives (`I. KẾT QUẢ THỰC HIỆN NĂM 2024 (số liệu tính đến ngày 30/11/2024)`)."""
    line_start, _ = doc.line_bounds(pos)
    for words in (doc.masked[min(line_start, _sentence_start(doc, pos)):pos], *_enclosing_headings(doc, pos)):
        dates = [date for found in _OPENING_PERIOD.finditer(words) if found.group("months") or found.group("day")
                 if (date := _opening_date(found, year)) and date.startswith(f"{year}-")]
        if dates:
            return dates[-1]
    return None


def _bracketed_after_earlier_result(doc: _Doc, figure: _Figure, before: _Figure | None, year: int | None) -> bool:
    """`11 tháng năm 2024 đạt 58,20% (chỉ tiêu 55%)` in a proposal for 2025: a goal in brackets right after a result
    of an earlier year is that year's goal."""
    return bool(figure.paren is not None and before is not None and before.kind == "value" and before.as_of
                and year and int(before.as_of[:4]) < year and before.raw_unit_end <= figure.paren
                and not doc.masked[before.raw_unit_end:figure.paren].strip())


def _paragraph_year(doc: _Doc, pos: int) -> re.Match | None:
    """`Năm 2024, toàn tỉnh thực hiện ... . Các cơ quan, đơn vị đã tiếp nhận ...`, `Năm 2024, Bộ chỉ số ...; điểm các
    nhóm chỉ số như sau:` over `- Công khai, minh bạch: 17,20/18 điểm;`: the year opening the paragraph (also as the
    results of a year before a colon: `Kết quả xác định Chỉ số ... năm 2023 của các cơ quan ...:`), or the line
    leading the list."""
    start = doc.masked.rfind("\n", 0, pos) + 1
    while _LIST_ITEM.match(doc.masked, start) and start > 0:
        start = doc.masked.rfind("\n", 0, start - 1) + 1
    numbered = re.match(SECTION_NUMBER, doc.masked[start:pos])  # `1. Năm 2024, Bộ chỉ số ...`
    start += numbered.end() if numbered else 0
    return _SENTENCE_YEAR.match(doc.masked[start:pos]) or _PARAGRAPH_RESULTS_LEAD.match(doc.masked, start, pos)


# `Kết quả xác định Chỉ số cải cách hành chính năm 2023 của các cơ quan, địa phương trong tỉnh: ... . Có 06/19 sở, ban,
# ngành xếp loại Tốt`: a paragraph opening on the results of a year before a colon
_PARAGRAPH_RESULTS_LEAD = re.compile(r"[ \t*]*(?i:kết quả)(?:[ \t]+[^\W\d_]+){0,8}?[ \t]+(?i:năm)[ \t]+(\d{4})\b"
                                     r"[^:.;\n]{0,60}:[ \t]")


_PERIOD = (r"(?:(?i:tháng)[ \t]+\d{1,2}|(?i:quý)[ \t]+(?:[IVX]+|[1-4]))"
           r"(?:[ \t]*/[ \t]*\d{4}|[ \t]+(?i:năm)[ \t]+\d{4})?|(?i:năm)[ \t]+\d{4}")
_PERIODS_BEFORE_SERIES = re.compile(rf"(?:{_PERIOD})(?:[ \t]*(?:,|và|,[ \t]*và)[ \t]*(?:{_PERIOD}))+[ \t]*$")


def _series_period_date(doc: _Doc, figure: _Figure, year: int | None) -> str | None:
    """`số hồ sơ tiếp nhận tháng 7, tháng 8, tháng 9 lần lượt là 1.126 hồ sơ, 1.402 hồ sơ và 1.537 hồ sơ`: as many
    periods listed right before a series as it has members date them in order (each at its period's end)."""
    if figure.series is None:
        return None
    index, first = figure.series
    connectors = list(re.finditer(_SERIES, doc.masked[_sentence_start(doc, first):first]))
    if not connectors:
        return None
    sentence = _sentence_start(doc, first)
    size = len(series_members(doc, first))
    periods = _periods_listed(doc.masked[sentence:sentence + connectors[-1].start()])
    if len(periods) != size and _EACH_PERIOD.search(doc.masked, sentence, first):
        # `...; tỷ lệ nộp trực tuyến của từng quý tương ứng là ...`: the periods listed before, in the sentence
        periods = next((found for c in reversed(connectors[:-1]) if len(
            found := _periods_listed(doc.masked[sentence:sentence + c.start()])) == size), [])
    if len(periods) != size:
        return None
    return _period_end(periods[index], year)


# `các quý I, II, III và IV`, `tháng 7, 8 và 9/2025`: one period word over a list of numbers
_SHARED_PERIODS = re.compile(
    r"(?P<word>(?i:quý|tháng))[ \t]+(?P<items>(?:[IVX]+|\d{1,2})(?:[ \t]*(?:,|và|,[ \t]*và)[ \t]*(?:[IVX]+|\d{1,2}))+)"
    r"(?P<year>[ \t]*/[ \t]*\d{4}|[ \t]+(?i:năm)[ \t]+\d{4})?[ \t]*$"
)
_EACH_PERIOD = re.compile(r"(?<![\wÀ-ỹ])(?i:từng|mỗi)[ \t]+(?i:quý|tháng)(?![\wÀ-ỹ])")


def _periods_listed(before: str) -> list[str]:
    """The periods written right before a series' connector, each whole (`tháng 7, tháng 8, tháng 9`) or under one
    period word (`các quý I, II, III và IV`)."""
    listed = _PERIODS_BEFORE_SERIES.search(before)
    if listed:
        return re.findall(_PERIOD, listed.group())
    shared = _SHARED_PERIODS.search(before)
    if shared is None:
        return []
    year = " ".join((shared.group("year") or "").split())
    return [f"{shared.group('word')} {item}{year if year.startswith('/') else (' ' + year if year else '')}"
            for item in re.findall(r"[IVX]+|\d{1,2}", shared.group("items"))]


_ITEM_PERIOD = re.compile(r"[ \t]*[-+•*–][ \t]*(?P<period>" + _PERIOD + r")[ \t]*:")


def _item_period_date(doc: _Doc, figure: _Figure, year: int | None) -> str | None:
    """`Tỷ lệ nộp trực tuyến theo từng tháng:` over `- Tháng 10/2025: 72,18%;`: a list item opening with a period
    and a colon dates the figures on it."""
    line_start, _ = doc.line_bounds(figure.start)
    item = _ITEM_PERIOD.match(doc.masked, line_start, figure.start)
    return _period_end(item.group("period"), year) if item else None


# `trong đó: quý I 21.508 hồ sơ, quý II 23.916 hồ sơ`, `(quý III: 3.514 hồ sơ; quý IV: 4.332 hồ sơ)`, `(quý III đạt
# 68,55%, ...)`, `(quý III tiếp nhận 986 hồ sơ, ...)`: a period written right before a figure (or before its colon
# or verb), after a comma, colon, bracket or `và` (`..., tháng 02/2026 đạt 85,06 điểm và tháng 3/2026 đạt 86,24/100`)
_INLINE_PERIOD = re.compile(r"(?:^|[:,;(][ \t]*|(?<![\wÀ-ỹ])(?i:và)[ \t]+)(?P<period>" + _PERIOD
                            + r")[ \t]*(?:\([^()\n]{1,30}\)[ \t]*)?"
                            r"(?::\s*|(?:đạt|là|có|tiếp nhận|(?:đã )?giải quyết)\s+)?$")


def _inline_period_date(doc: _Doc, figure: _Figure, year: int | None) -> str | None:
    """`Trung tâm tiếp nhận 86.274 hồ sơ ..., trong đó: quý I 21.508 hồ sơ, quý II 23.916 hồ sơ`: a figure right
    after a month or quarter (and a comma, colon or bracket before it; a colon or `đạt` after it) is of that
    period."""
    found = _INLINE_PERIOD.search(doc.masked, max(0, figure.start - 60), figure.start)
    if found is None:
        found = _PERIOD_STATING.search(doc.masked, max(0, figure.start - 30), figure.start)
        if found and _NOT_THE_PERIOD.search(doc.masked, max(0, found.start() - 20), found.start()):
            found = None  # `so với quý I đạt ...`: the period compared with
    return _period_end(found.group("period"), year) if found else None


# `lần lượt là 78,16 điểm (quý I), 80,35 điểm (quý II)`: a bracket holding only a period, right after the figure
_BRACKETED_PERIOD = re.compile(r"[ \t]*\([ \t]*(?P<period>" + _PERIOD + r")[ \t]*\)")


def _bracketed_period_date(doc: _Doc, figure: _Figure, year: int | None) -> str | None:
    """`Điểm của tỉnh qua các quý lần lượt là 78,16 điểm (quý I), 80,35 điểm (quý II)`: a period alone in brackets
    right after a figure (and its unit) dates it."""
    found = _BRACKETED_PERIOD.match(doc.masked, figure.raw_unit_end)
    return _period_end(found.group("period"), year) if found else None


# `tỷ lệ này quý I đạt 70,86%, quý II đạt 75,62%`: a period stating the figure right after it
_PERIOD_STATING = re.compile(r"(?<![\wÀ-ỹ])(?P<period>(?i:quý)[ \t]+(?:[IVX]+|[1-4])|(?i:tháng)[ \t]+\d{1,2})"
                             r"[ \t]+(?i:đạt)[ \t]+$")


# `Theo kết quả đánh giá ... tháng 8/2025, tỉnh ... đạt 85,73/100 điểm`, `Cũng trong tháng 5/2025, điểm bình quân ...`
_OPENING_PERIOD = re.compile(r"(?P<period>(?:(?i:tháng)[ \t]+\d{1,2}|(?i:quý)[ \t]+(?:[IVX]+|[1-4]))"
                             r"(?:[ \t]*/[ \t]*\d{4}|[ \t]+(?i:năm)[ \t]+\d{4}))"
                             # `Tính đến ngày 31/12/2025, Sở ... đạt 91,26 điểm`: the day the figures stand at
                             r"|(?i:(?:tính[ \t]+)?đến(?:[ \t]+hết)?|tại)[ \t]+(?i:ngày)[ \t]+"
                             r"(?P<day>\d{1,2}[ \t]*/[ \t]*\d{1,2}[ \t]*/[ \t]*\d{4})"
                             # `Trong 10 tháng năm 2025, ...`: the months of a year run so far
                             # (`Trong 6 tháng đầu năm, ...`: of the report's year)
                             r"|(?<![\d/])(?P<months>\d{1,2})[ \t]+(?i:tháng)(?:[ \t]+(?i:đầu|(?P<last>cuối)))?"
                             r"[ \t]+(?i:năm)"
                             r"(?:[ \t]+(?P<months_year>\d{4})|(?![ \t]+\d))")
_NOT_THE_PERIOD = re.compile(r"(?i:so với|từ|sau|trước|kể từ|cùng kỳ)[ \t]*$")


def _sentence_period(doc: _Doc, figure: _Figure, starts: list[int]) -> re.Match | None:
    """A month or quarter with its year (or an as-of day) written in a sentence before its first figure, not in
    brackets and not as the period compared with or counted from (`so với tháng 7/2025`, `từ tháng 7/2025`): the
    period the sentence's figures are of (a report for six months stating the index of one month inside them)."""
    start = _sentence_start(doc, figure.start)
    semicolon = doc.masked.rfind(";", start, figure.start)
    # (a clause of its own after `;`: `...; 6 tháng cuối năm, tỉnh Tuyên Quang (mới) tiếp nhận 629.900 hồ sơ`)
    found = (_opening_period(doc, semicolon + 1, starts) if semicolon != -1 else None) or _opening_period(
        doc, start, starts)
    paragraph = doc.masked.rfind("\n", 0, figure.start) + 1
    if found is None and paragraph < start and not _OWN_PERIOD.search(doc.masked, start, _first_at(starts, start)):
        # `Trong 10 tháng năm 2025, ... . Tỷ lệ nộp trực tuyến ... tương ứng là 71,84% và 39,52%.`: the period opening
        # the paragraph
        found = _opening_period(doc, paragraph, starts)
        if found is not None and not _PARAGRAPH_LEAD.fullmatch(doc.masked, paragraph, paragraph + found.start()):
            found = None  # `Tỷ lệ ... tháng 9/2025 cao hơn tháng 1/2025 là 3,55%`: a period compared, not opening
    return found


def _opening_date(found: re.Match, year: int | None) -> str | None:
    """The date an `_OPENING_PERIOD` match stands for: its day, the end of its months so far, or its period's end."""
    if found.group("day"):
        return parse_date_phrase(found.group("day"), year)
    if found.group("months"):
        months = int(found.group("months"))
        in_year = int(found.group("months_year")) if found.group("months_year") else year
        months = 12 if found.group("last") else months  # `6 tháng cuối năm`: to the year's end
        return last_of_month(months, in_year) if 1 <= months <= 12 and in_year else None
    return _period_end(found.group("period"), year)


def _first_at(starts: list[int], start: int) -> int:
    """The start of the first figure at or after `start` (`start` itself when none follows)."""
    index = bisect.bisect_left(starts, start)
    return starts[index] if index < len(starts) else start


# `3. Tính đến ngày 28/02/2025, tỉnh đang thực hiện ...`: a numbered paragraph opens on its period as a plain one
_PARAGRAPH_LEAD = re.compile(r"(?:" + SECTION_NUMBER + r")?[\s*\-+•–]*"
                             r"(?:(?i:trong|cũng trong|lũy kế|lũy kế trong)[ \t]+)?")


def _opening_period(doc: _Doc, start: int, starts: list[int]) -> re.Match | None:
    """The last period written in the sentence at `start` before its first figure, outside brackets and not compared
    with or counted from."""
    opening = doc.masked[start:_first_at(starts, start)]
    found = None
    for match in _OPENING_PERIOD.finditer(opening):
        depth = opening.count("(", 0, match.start()) - opening.count(")", 0, match.start())
        if depth == 0 and not _NOT_THE_PERIOD.search(opening, 0, match.start()) and not _COMPARED_CLAUSE.match(
                opening[opening.rfind(",", 0, match.start()) + 1:match.start()]):
            found = match
    return found


# `So với điểm bình quân của hai tỉnh cũ trong quý II năm 2025 (82,70 điểm), tổng điểm ... tăng 1,67 điểm`: a clause
# opening on what the figures are compared with
_COMPARED_CLAUSE = re.compile(r"[\s*\-+•–]*(?i:so với)\s")


def _period_end(period: str, year: int | None) -> str | None:
    """The last day of `tháng 7`, `quý III/2024`, `năm 2023` (a bare month or quarter in `year`)."""
    words = period.lower().split()
    stated = re.search(r"\d{4}$", period)
    in_year = int(stated.group()) if stated else year
    if words[0] == "năm" or in_year is None:
        return parse_date_phrase(period, year)
    number = re.match(r"\d{1,2}|[ivx]+", words[1]).group()
    if words[0] == "tháng":
        return last_of_month(int(number), in_year)
    quarter = quarter_number(number)
    return last_of_month(3 * quarter, in_year) if quarter else None


_INDEX_CODES = ("par_index", "sipas", "pci")
_INDEX_YEAR = re.compile(r"[ \t]*(?:\([^()\n]{1,20}\)[ \t]*)?(?i:năm)[ \t]+(\d{4})\b")


def _index_year(doc: _Doc, figure: _Figure) -> int | None:
    """`công bố Chỉ số cải cách hành chính năm 2023 của các sở ...; kết quả có 06/19 sở, ban, ngành ... xếp loại
    Tốt`: a count or result in a sentence naming a national index of a year (PAR INDEX, SIPAS, PCI) is of that
    year, unless another index is named after it without one."""
    if figure.kind not in ("value", "rank", "count"):
        return None
    start = _sentence_start(doc, figure.start)
    named = [m for m in doc.overlapping(doc.mentions, start, figure.start)
             if start <= m.start and m.end <= figure.start and set(m.codes) & set(_INDEX_CODES)]
    year = _INDEX_YEAR.match(doc.masked, named[-1].end) if named else None
    if year:
        return int(year.group(1))  # the index named last: `PAR Index năm 2023 ...; SIPAS đạt 88,52%`
    return _heading_index_year(doc, figure.start)


def _heading_index_year(doc: _Doc, pos: int) -> int | None:
    """`I. KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH, CHỈ SỐ SIPAS NĂM 2024` over `- Cải cách thủ tục hành chính: 91,35%`:
    a heading naming a national index of a year dates the results under it."""
    for heading in _enclosing_headings(doc, pos):
        start = doc.masked.rfind(heading, 0, pos + len(heading))  # the heading may be the figure's own line
        if start < 0:
            continue
        named = [m for m in doc.overlapping(doc.mentions, start, start + len(heading))
                 if start <= m.start and m.end <= start + len(heading) and set(m.codes) & set(_INDEX_CODES)]
        year = _INDEX_YEAR.match(doc.masked, named[-1].end) if named else None
        if year and year.end() <= start + len(heading):
            return int(year.group(1))
    return None


_RELATIVE = re.compile(
    r"(?i:(tuần|tháng|quý|năm|kỳ) (?:trước|liền kề|báo cáo trước)|cùng kỳ(?: năm)?(?: trước| (\d{4}))?)")


def _compared_date(phrase: str, year: int | None, period_end: str | None,
                   period_start: str | None = None) -> str | None:
    """The date a `so với ...` phrase compares with: written (`ngày 31/7/2023`, `quý II/2024`) or relative
    to the period (`tháng trước`, `quý trước`, `cùng kỳ năm trước`, `cùng kỳ năm 2023`, `kỳ trước`: the period of
    the same length before)."""
    relative = _RELATIVE.search(phrase)
    if relative and period_end and len(period_end) == 10:
        end_year, end_month = int(period_end[:4]), int(period_end[5:7])
        unit = (relative.group(1) or "").lower()
        if unit == "kỳ" and period_start and len(period_start) == 10:
            months = (end_year - int(period_start[:4])) * 12 + end_month - int(period_start[5:7]) + 1
            unit = {1: "tháng", 3: "quý", 12: "năm"}.get(months, unit)
        if unit == "tuần":  # a weekly bulletin's week before: its last day, seven days back
            return (date.fromisoformat(period_end) - timedelta(days=7)).isoformat()
        if unit == "tháng":
            return last_of_month(end_month - 1 or 12, end_year - (end_month == 1))
        if unit == "quý":
            month = 3 * ((end_month - 1) // 3)
            return last_of_month(month or 12, end_year - (month == 0))
        if unit == "năm":
            return parse_date(31, 12, end_year - 1)
        if not unit:
            to_year = int(relative.group(2)) if relative.group(2) else end_year - 1
            return parse_date(min(int(period_end[8:]), calendar.monthrange(to_year, end_month)[1]), end_month, to_year)
    first_months = _FIRST_MONTHS.search(phrase)
    if first_months and (first_months.group(2) or year):
        return last_of_month(int(first_months.group(1)), int(first_months.group(2) or year))
    return parse_date_phrase(phrase, year)


_BARE_PERIOD = re.compile(r"(?i:\b(?:quý|tháng))\s+(?:[IV]+|\d{1,2})(?=\s*:?\s*$)")


def _bare_period_date(phrase: str, year: int | None, part: DocumentMeta, within: bool) -> str | None:
    """`tăng 12,43% so với quý I (52.418 hồ sơ)` in a report for six months of 2026: a quarter or month named with no
    year is the report's year's, or the year before's when that one ends after the period. Named `within` a bracket
    of earlier values (`... 90,12 điểm (quý III: 88,46 điểm)` in a report for quý IV), it is an earlier one only when
    it ends before the period starts: `(quý III: 3.514 hồ sơ; quý IV: 4.332 hồ sơ)` in a report for the last six
    months are its parts (None)."""
    bare = _BARE_PERIOD.search(phrase)
    if not bare or not year or not part.period_end:
        return None
    key = fold(bare.group())
    end = bare_period_end(key, str(year))
    if end and end > part.period_end:
        end = bare_period_end(key, str(year - 1))
    if within and end and not (part.period_start and end < part.period_start):
        return None
    return end


_FIRST_MONTHS = re.compile(r"(\d{1,2})\s+(?i:tháng\s+đầu\s+năm)(?:\s+(\d{4}))?")  # `6 tháng đầu năm`: its last month


def _target_date(doc: _Doc, figure: _Figure, year: int | None) -> str | None:
    if not _is_footnote_line(doc, figure.start):
        return None
    line_start, _ = doc.line_bounds(figure.start)
    before = doc.masked[line_start:figure.start]
    found = list(re.finditer(r"(?i:đến (?:hết )?(?:ngày )?)(\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}|năm \d{4})", before))
    return parse_date_phrase(found[-1].group(1), year) if found else None


def _target_year(doc: _Doc, figure: _Figure, year: int | None = None) -> str | None:
    """`Chỉ tiêu tỷ lệ ... năm 2024 UBND tỉnh giao cho Sở là 75%`, `chỉ tiêu tỉnh giao năm 2024 (cấp huyện 40%)`: a
    goal named for a year is due at its end."""
    named = named_target_before(doc, figure.start) or goal_before_bracket(doc, figure.start)
    if named is None and figure.paren is not None:
        # `đạt 82,86% kế hoạch năm 2024 (70 lớp)`: the plan of that year, stated in the bracket
        named = _PLAN_YEAR_BEFORE.search(doc.masked[max(0, figure.paren - 40):figure.paren])
    if named is None:
        line_start, _ = doc.line_bounds(figure.start)
        named = _GOAL_LINE.match(doc.masked[line_start:figure.start])
    stated = _YEAR_NAMED.search(named.group()) if named else None
    if stated is None and figure.kind == "target" and (heading := _goal_heading(doc, figure)):
        named, stated = heading, _YEAR_NAMED.search(heading.group())
    if stated:
        return parse_date(31, 12, int(stated.group(1)))
    # `bằng 60% kế hoạch năm (4.000 phút)`: this year's plan
    return parse_date(31, 12, year) if named and year and named.re is _PLAN_YEAR_BEFORE else None


_YEAR_NAMED = re.compile(r"(?i:năm)\s+(\d{4})\b")


def _goal_heading(doc: _Doc, figure: _Figure) -> re.Match | None:
    """`IV. SO SÁNH VỚI CHỈ TIÊU NĂM 2026` over `a) Tỷ lệ hồ sơ nộp trực tuyến: chỉ tiêu 75%; 6 tháng đạt 70,69%`: the
    heading on a year's goals a target's section sits under, when the target's sentence names no period of its own
    (the figure's own numbered line is no heading over it)."""
    if _DATED.search(doc.masked, _sentence_start(doc, figure.start), doc.clause_end(figure.end)):
        return None
    line_start, _ = doc.line_bounds(figure.start)
    return next((found for heading in _enclosing_headings(doc, figure.start)
                 if not doc.masked.startswith(heading, line_start)
                 and (found := _GOAL_HEADING.fullmatch(heading.strip(" \t*#:.")))), None)


# `Mục tiêu năm 2025: Chỉ số ... đạt trên 90 điểm; ...`: a line opening with the goals of a year
_GOAL_LINE = re.compile(
    r"[ \t\-–•*]*(?i:(?:các[ \t]+)?(?:mục tiêu|chỉ tiêu))[^:\n\d]{0,30}(?i:năm)[ \t]+\d{4}[^:\n]{0,30}:")
# a section on a year's goals, its heading naming no shorter period: `IV. SO SÁNH VỚI CHỈ TIÊU NĂM 2026`, `3. Kết quả
# thực hiện các mục tiêu năm 2025` (not `III. CHỈ TIÊU QUÝ II NĂM 2026`)
_GOAL_HEADING = re.compile(r"(?:[IVX]+|\d{1,2})\.[ \t]+[^\n\d]{0,50}?(?i:chỉ tiêu|mục tiêu)"
                           r"(?:[ \t,]+(?i:cụ thể|chủ yếu|chung|được giao|giao|của tỉnh|của thành phố))*"
                           r"[ \t]+(?i:năm)[ \t]+\d{4}")
# a period or a date a sentence names (`6 tháng đầu năm 2026`, `quý II/2026`, `đến 31/12/2026`, `năm 2027`)
_DATED = re.compile(_OWN_PERIOD.pattern + r"|\d{1,2}/\d{4}|\d{1,2}/\d{1,2}/\d{4}")
_PLAN_YEAR_BEFORE = re.compile(r"(?i:kế hoạch)[ \t]+(?i:năm)(?:[ \t]+\d{4})?[ \t]*$")


def _part_index(parts: list[DocumentMeta], pos: int) -> int:
    index = 0
    for i, part in enumerate(parts):
        if part.start <= pos and (pos < part.end or part.end <= part.start):
            index = i
    return index


def _period_phrases(doc: _Doc) -> list[tuple[int, int, str | None]]:
    """(start, end, phrase) regions where a period line like `9 tháng đầu năm:` applies."""
    regions: list[tuple[int, int, str | None]] = []
    current, current_start = None, 0
    pos = 0
    for line in doc.masked.split("\n"):
        match = _PERIOD_LINE.match(line)
        if _TOP_HEADING.match(line) or match:
            regions.append((current_start, pos, current))
            current = " ".join(match.group("phrase").split()) if match else None
            current = re.sub(r"^[Tt]rong ", "", current) if current else None
            current_start = pos
        pos += len(line) + 1
    regions.append((current_start, len(doc.masked), current))
    return regions


def _period_label(regions: list[tuple[int, int, str | None]], pos: int) -> str | None:
    for start, end, phrase in regions:
        if start <= pos < end:
            return phrase
    return None


def _period_as_of(phrase: str, fallback: str | None) -> str | None:
    year = int(fallback[:4]) if fallback else None
    months = re.match(r"(\d{1,2}) tháng đầu năm(?: (\d{4}))?", phrase)
    if months and year:
        return last_of_month(int(months.group(1)), int(months.group(2) or year))
    month = re.match(r"[Tt]háng (\d{1,2})(?:/(\d{4}))?", phrase)
    if month and year:
        return last_of_month(int(month.group(1)), int(month.group(2) or year))
    return fallback


# a request or an order (`Đề nghị Sở Y tế chỉ đạo 100% cơ sở ...`, `Yêu cầu UBND các xã ...`) opening a task's sentence
_DIRECTIVE_OPENING = re.compile(r"^[\s\-+•*–]*(?:\d{1,2}[.)]\s*)?(?i:đề nghị|yêu cầu|giao|chỉ đạo)(?![\wÀ-ỹ])")
_WITHIN_YEAR = re.compile(r"(?i:trong năm)\s+(\d{4})")


def _share_a_task_sets(doc: _Doc, figure: _Figure) -> str | None:
    """`Đề nghị Sở Y tế chỉ đạo 100% cơ sở khám bệnh ... liên thông ... trong năm 2026`, `UBND các xã, phường rà soát,
    gửi thư xin lỗi đối với 100% hồ sơ quá hạn, báo cáo kết quả ... trước ngày 31/01/2026`: the share a request sets,
    due at its deadline (a target)."""
    sentence = _sentence_start(doc, figure.start)
    if not (_DIRECTIVE_OPENING.match(doc.masked[sentence:figure.start]) or _in_tasks_section(doc, figure.start)):
        return None
    end = doc.masked.find(".", figure.end)
    within = _WITHIN_YEAR.search(doc.masked, figure.end, end if end > 0 else len(doc.masked))
    return _due_date(doc, figure) or (parse_date(31, 12, int(within.group(1))) if within else None)
