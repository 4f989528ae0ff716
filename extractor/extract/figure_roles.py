"""Roles a figure plays in its sentence: an earlier value in brackets (`so với ngày 31/7/2023 (15,1 điểm)`,
`từ vị trí 17/63 lên`), a target (`chỉ tiêu`, a goal with a due date, a footnote), and a target's due date."""

from __future__ import annotations

import bisect
import re

from ..dates import find_dates, last_day, last_of_month, parse_date_phrase
from ..patterns import read_jsonl
from .figure_candidates import (
    _FROM,
    _GOAL_VERB,
    _Figure,
    _in_tasks_section,
    figure_run,
    goal_before_bracket,
    series_members,
)
from .prose import _covered, _Doc, _enclosing_headings, _is_footnote_line, _sentence_start

# a share of the plan written right before the bracket stating the plan (`bằng 68,98% kế hoạch năm 2025 (60.000`)
_PLAN_BEFORE_BRACKET = re.compile(r"\d%[ \t]+kế hoạch(?:[ \t]+năm(?:[ \t]+\d{4})?)?[ \t]*$")


# a footnote on the goal a figure is measured against (`¹ Chỉ tiêu được giao tại Nghị quyết số 52-NQ/TU ...`)
_GOAL_WORDS = re.compile(r"(?i:(?<![\wÀ-ỹ])(?:chỉ tiêu|mục tiêu|kế hoạch|phấn đấu|tối thiểu)(?![\wÀ-ỹ]))")


def _names_goal(doc: _Doc, pos: int) -> bool:
    """Whether the footnote line at `pos` states a goal; one giving a figure's details (`² Riêng Trung tâm ... tiếp
    nhận 148.215 hồ sơ`) states figures."""
    line_start, line_end = doc.line_bounds(pos)
    return bool(_GOAL_WORDS.search(doc.masked, line_start, line_end))


def _mark_roles(doc: _Doc, figures: list[_Figure]) -> None:
    """Brackets, previous values (`so với ngày 31/7/2023 (15,1 điểm)`, `từ vị trí 17/63 lên`) and footnote targets."""
    for figure in figures:
        clause = doc.clause_start(figure.start)
        figure.paren = doc.open_paren(figure.start, clause)
        if figure.paren is None and figure.kind in ("value", "count", "rank"):
            figure.paren = _earlier_clause_of_bracket(doc, figure)
        if _is_footnote_line(doc, figure.start) and _names_goal(doc, figure.start):
            figure.kind = "target"
            continue
        if figure.paren is not None and figure.kind in ("value", "count", "rank"):
            window = doc.masked[max(clause, figure.paren - 60):figure.paren].lower()
            if figure.unit == "%" and goal_before_bracket(doc, figure.start):
                figure.kind = "target"  # `so với chỉ tiêu tỉnh giao năm 2024 (cấp huyện 40%, cấp xã 30%)`
            elif _compares_with_another_body(window):
                pass  # `thấp hơn nhiều so với bình quân cả nước (47,35%)`: another body's value, not an earlier one
            elif "so với" in window or _earlier_in_brackets(doc, figure) or compared_before_bracket(doc, figure):
                figure.kind = "previous"
            elif (re.search(r"chỉ tiêu[^(),;:\d]{0,60}$", window)
                  and not doc.masked[figure.paren + 1:figure.start].strip()):
                figure.kind = "target"
            elif _PLAN_BEFORE_BRACKET.search(window) and not doc.masked[figure.paren + 1:figure.start].strip():
                figure.kind = "target"  # `đạt 82,86% kế hoạch năm 2024 (70 lớp)`: the plan the share is of
        if figure.paren is None and figure.kind in ("value", "count", "rank") and _compared_in_clause(doc, figure):
            figure.kind = "previous"
        if figure.kind == "value" and _directive_deadline(doc, figure) is not None:
            figure.kind = "target"
        if figure.kind == "value" and figure.unit == "%" and _set_as_goal(doc, figure):
            figure.kind = "target"
        if _FROM.search(doc.masked[max(0, figure.start - 30):figure.start]) and re.search(
            r"(?i:(?<!trở )\b(?:lên|xuống)\b)", doc.masked[figure.end:doc.clause_end(figure.end)]
        ):
            figure.kind = "previous"
    _mark_listed_targets(doc, figures)
    _mark_series(doc, figures)
    _mark_bracket_runs(doc, figures)
    _link_parts(doc, figures)


# words between two shares that state a result, a change or a comparison, not one more goal of a list
_RESULT_WORDS = re.compile(
    r"(?i:(?<![\wÀ-ỹ])(?:đạt|chiếm|tăng|giảm|thực hiện|mới|còn|vượt|so với|cao hơn|thấp hơn|trong đó)(?![\wÀ-ỹ]))"
)


# `đối với cấp tỉnh là 90% (đã đạt chỉ tiêu), đối với cấp xã là 80%`: the status a goal is held to says no result
_STATUS_BRACKET = re.compile(
    r"\(\s*(?i:đã |chưa |không )?(?i:đạt|vượt|hoàn thành)(?: (?i:chỉ tiêu|kế hoạch|mục tiêu))?\s*\)"
)


# `đến ngày `, `trước `, `đến hết ngày `: the words before the day a goal is due by
DUE_DAY_LEAD = r"(?i:đến|trước)[ \t]+(?:(?i:hết)[ \t]+)?(?:(?i:ngày)[ \t]+)?"
_DUE_DAY = re.compile(r"(?<![\wÀ-ỹ])" + DUE_DAY_LEAD + r"\d{1,2}/\d{1,2}/\d{4}")


def _mark_listed_targets(doc: _Doc, figures: list[_Figure]) -> None:
    """`là 60% đối với cấp huyện và 50% đối với cấp xã`, `là 80%, về tỷ lệ thanh toán trực tuyến là 75%`: a share
    listed after a target in the same clause (joined by `,` or `và`, no result or comparison word between them) is
    one more goal of the same list; `goal_lead` points at the first (whose due date it shares)."""
    for before, figure in zip(figures, figures[1:], strict=False):
        if before.kind != "target" or figure.kind not in ("value", "target") or figure.unit != before.unit:
            continue
        between = _STATUS_BRACKET.sub("", doc.masked[before.raw_unit_end:figure.start])
        between = _DUE_DAY.sub(" ", between)  # `là 70% đến ngày 30/6/2026 và 80% đến ngày 31/12/2026`: each its day
        if (re.fullmatch(r"[^\d;.()]*", between) and re.search(r",|(?<![\wÀ-ỹ])(?i:và)(?![\wÀ-ỹ])", between)
                and not _RESULT_WORDS.search(between) and not re.search(r"[\n\f]", between)):
            figure.kind = "target"
            figure.goal_lead = before.goal_lead or before


_RUNNING_TOTAL = re.compile(
    r"(?i:\b(?:" + "|".join(re.escape(w["word"]) for w in read_jsonl("figure_words.jsonl")
                          if w["kind"] == "running_total") + r")"
    r"(?:\s+(?:[^\W\d][^\d,;:()]{0,30}?\s)?(?:có|là|đạt))?\s*:?\s*)$"  # `lũy kế toàn tỉnh có 302.145`, `lũy kế đạt`
)


def _link_parts(doc: _Doc, figures: list[_Figure]) -> None:
    """A count that is a part of a count before it (in brackets right after it: `16.485 hồ sơ (riêng ... 13.902
    hồ sơ)`; after `trong đó`: `tiếp nhận 1.286.540 hồ sơ, ..., trong đó cấp tỉnh ... là 214.306 hồ sơ`) or its
    running total (`kích hoạt thêm 428 tài khoản ...; lũy kế 10.964 tài khoản`) counts the same thing: `part_of`
    points at it."""
    starts = [f.start for f in figures]
    for index, figure in enumerate(figures):
        if figure.kind != "count":
            continue
        sentence = _sentence_start(doc, figure.start)
        earlier = [f for f in figures[bisect.bisect_left(starts, sentence):index]
                   if f.kind == "count" and f.unit == figure.unit]
        if not earlier:
            continue
        clause = doc.clause_start(figure.start)
        # the bracket may hold several `;` clauses: `06 phản ánh, kiến nghị (04 về ...; 02 về ...)`
        paren = doc.open_paren(figure.start, doc.line_bounds(figure.start)[0])
        if paren is not None:
            clause = doc.clause_start(paren)
            wholes = [f for f in earlier if clause <= f.start and f.raw_unit_end <= paren
                      and not re.search(r"[\d()]", _without_other_counts(doc, figures, f, paren))]
            wholes = wholes or _ranked_wholes(doc, earlier, paren)
        elif _RUNNING_TOTAL.search(doc.masked[clause:figure.start]):
            wholes = earlier
        else:
            found = doc.masked[clause:figure.start].lower().rfind("trong đó")
            parts_at = clause + found if found != -1 else -1
            # `... kích hoạt 763.518 tài khoản, đạt 71,46% ...; trong đó thành phố Nha Trang 248.176 tài khoản`: a
            # clause opening with `trong đó` splits a count of the clauses before it in the sentence
            opens = parts_at != -1 and not doc.masked[clause:parts_at].strip(" \t,;*")
            wholes = [f for f in earlier if (sentence if opens else clause) <= f.start and f.raw_unit_end <= parts_at]
        if wholes:
            figure.part_of = wholes[-1]


def _without_other_counts(doc: _Doc, figures: list[_Figure], whole: _Figure, paren: int) -> str:
    """The words between a whole and the bracket of its parts, without the figures of another unit in them
    (`178 TTHC thuộc 11 lĩnh vực (cấp tỉnh 96 TTHC, ...)`: the fields say what the procedures are in)."""
    chars = list(doc.masked[whole.raw_unit_end:paren])
    for other in figures:
        if whole.raw_unit_end <= other.start and other.raw_unit_end <= paren and other.unit != whole.unit:
            for i in range(other.start, max(other.end, other.raw_unit_end)):
                chars[i - whole.raw_unit_end] = " "
    return "".join(chars)


_RANKING = re.compile(
    r"(?i:\b(?:" + "|".join(re.escape(w["word"]) for w in read_jsonl("figure_words.jsonl")
                          if w["kind"] == "ranking_lead") + r")\b)"
)


def _ranked_wholes(doc: _Doc, earlier: list[_Figure], paren: int) -> list[_Figure]:
    """`tiếp nhận 4.962 hồ sơ (...), nhiều nhất là lĩnh vực A (2.815 hồ sơ), tiếp đến là B (764 hồ sơ)`: a bracketed
    count after a part named by ranking words is a part of the count (outside brackets) written before them."""
    wholes = []
    for whole in earlier:
        between = doc.masked[whole.raw_unit_end:paren]
        if whole.paren is None and whole.raw_unit_end <= paren and ";" not in between and _RANKING.search(between):
            wholes.append(whole)
    return wholes


def _mark_bracket_runs(doc: _Doc, figures: list[_Figure]) -> None:
    """`lần lượt là 82,17% và 84,06% (năm 2023: 80,45% và 82,93%)`: figures written one after another in a bracket
    that opens on an earlier period are all earlier values."""
    for before, figure in zip(figures, figures[1:], strict=False):
        if (figure.kind == "value" and before.kind == "previous" and figure.unit == before.unit
                and figure.paren is not None and figure.paren == before.paren
                and any(start == figure.start for start, _, _ in figure_run(doc, before.start, figure.end))):
            figure.kind = "previous"


def _mark_series(doc: _Doc, figures: list[_Figure]) -> None:
    """`chỉ tiêu lần lượt là 80%, 60% và 40%`: the members of a series play the role of its first member."""
    by_start = {figure.start: figure for figure in figures}
    for figure in figures:
        members = [by_start.get(start) for start, _, _ in series_members(doc, figure.start)]
        if not members or None in members:
            continue
        first = members[0]
        figure.series = (members.index(figure), first.start)
        if figure is not first and figure.kind == "value" and first.kind == "target" and figure.unit == first.unit:
            figure.kind = "target"


# `(năm 2023 tỷ lệ này là 1,32%)`, `(quý I/2024 xếp thứ 5/20)`: another period, then its value; `(quý II năm 2025,
# hai tỉnh trước hợp nhất: 102.375 hồ sơ)`: whose figure it was may follow the period, before a colon
_EARLIER_LEAD = re.compile(
    r"^\s*(?:(?i:tại|tính đến|đến)\s+)?(?:(?i:ngày)\s+)?"
    r"(?P<when>(?i:tháng|quý|năm)\s+[\dIVX]+(?:\s*/\s*\d{4}|\s+(?i:năm)\s+\d{4})?|\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}"
    r"|\d{1,2}\s+(?i:tháng\s+đầu\s+năm)(?:\s+\d{4})?|\d{1,2}\s+(?i:tháng\s+năm)\s+\d{4}"
    r"|(?i:cùng kỳ)(?:\s+năm)?(?:\s+(?:trước|\d{4}))?|(?i:(?:tuần|tháng|quý|năm|kỳ)\s+(?:trước|liền kề)))"
    r"(?:\s+[^\W\d][^\d,;:()]{0,20}?\s(?i:này)|\s*,\s*[^\W\d][^\d,;:()]{0,40}?(?=\s*:))?"
    r"\s*(?i:là|đạt|:|(?::\s*)?(?:(?:xếp|đứng)(?:\s+(?:hạng|thứ))?|hạng|thứ|vị trí)|ở vị trí)\s*$"
)


_WHEN = (r"(?:cùng kỳ(?:\s+năm)?(?:\s+(?:trước|\d{4}))?|(?:tuần|tháng|quý|năm|kỳ)\s+(?:trước|liền kề)"
         r"|(?:tháng|quý)\s+[\dIVX]+(?:\s*/\s*\d{4}|\s+năm\s+\d{4})?|năm\s+\d{4}"
         r"|0?[69]\s+tháng\s+(?:đầu\s+|cuối\s+)?năm\s+\d{4})")  # `(6 tháng cuối năm 2025: 21.946 hồ sơ)`
_COMPARED_LEAD = re.compile(
    r"(?i:so với\s+(?:[^,;:()\d]{0,30}?\s)?" + _WHEN + r"\s*(?:là|đạt|:)\s*$"  # `so với tỷ lệ cùng kỳ năm trước là`
    r"|so với\s+" + _WHEN + r"\s*,\s*khi\b[^,;:()]*$)"  # `so với cùng kỳ năm 2023, khi toàn tỉnh còn tới`
)


_LAST_SO_VOI = re.compile(r"(?i:so với)(?!.*(?i:so với))[^()]*$", re.S)


_OTHER_BODY = re.compile(r"so với (?:mức |điểm |tỷ lệ )?(?:bình quân |trung bình )?(?:chung )?(?:của )?"
                         r"(?:cả nước|toàn quốc)[^()]*$")


def _compares_with_another_body(window: str) -> bool:
    """`so với bình quân cả nước (...)`: the bracket holds the country's value, stated for the same period."""
    found = _OTHER_BODY.search(window)
    return found is not None and not re.search(r"tháng|quý|năm|kỳ|ngày", found.group())


def compared_before_bracket(doc: _Doc, figure: _Figure) -> str | None:
    """`tăng 386 hồ sơ so với tổng số hồ sơ của hai Sở trước hợp nhất trong quý II năm 2025 (2.074 hồ sơ)`: a
    bracket right after what a `so với` compares with, however long its words, holds that earlier value; returns the
    `so với ...` words (no other figure between them and the bracket), else None."""
    if figure.paren is None:
        return None
    clause = doc.clause_start(figure.paren)
    found = _LAST_SO_VOI.search(doc.masked, clause, figure.paren)
    if found is None:
        return None
    for number in re.finditer(r"\d+", found.group()):
        at = found.start() + number.start()
        if not _covered(doc.never, at, at + len(number.group())):
            return None  # `so với 2.000 hồ sơ của quý trước (...)`: the compared value is written before the bracket
    return found.group()


def _compared_in_clause(doc: _Doc, figure: _Figure) -> str | None:
    """`cao hơn 19,32% so với tỷ lệ cùng kỳ năm trước là 56,73%`, `giảm ... so với cùng kỳ năm 2023, khi toàn tỉnh
    còn tới 1.910 hồ sơ quá hạn`: a figure stated for the period a `so với` compares with is its earlier value;
    returns the `so với ...` words (dated against the part's period end later)."""
    lead = doc.masked[doc.clause_start(figure.start):figure.start]
    found = _COMPARED_LEAD.search(lead)
    return found.group() if found else None


def _earlier_clause_of_bracket(doc: _Doc, figure: _Figure) -> int | None:
    """`(quý trước: 2.041 hồ sơ; cùng kỳ: 1.907 hồ sơ)`: a `;` clause inside a bracket that opens with another
    period and its value sits in that bracket: the bracket's opening (else None)."""
    clause = doc.clause_start(figure.start)
    outer = doc.open_paren(figure.start, doc.line_bounds(figure.start)[0])
    if outer is None or outer >= clause or doc.masked[clause - 1] != ";":
        return None
    if _EARLIER_LEAD.match(doc.masked[clause:figure.start]):
        return outer
    # `(cấp tỉnh 58.214; cấp huyện 96.437; cấp xã 257.929)`: a part named by its body, one of the bracket's parts
    named = doc.overlapping(doc.subjects, clause, figure.start)
    if named and not doc.masked[clause:named[0].start].strip():
        return outer
    # `(Quảng Trị cũ 16,12 điểm; Quảng Bình cũ 16,54 điểm)`: a part named by a body no subject pattern reads
    words = doc.masked[clause:figure.start]
    return outer if words.strip() and _names_only_a_body(words) else None


_LEGEND = re.compile(r"\((?i:trong ngoặc(?: đơn)?(?: là)?)\s+(?P<when>[^()]*?)\)\s*:?\s*$")


def _bracket_legend(doc: _Doc, pos: int) -> str | None:
    """The period a legend line names for the bracketed figures of the list under it (`Điểm từng nhóm chỉ số (trong
    ngoặc là điểm tháng 9/2024):`): searched in the lines above, up to a blank line, or the heading right above the
    blank line that opens the list (`2. Điểm theo từng nhóm chỉ số (trong ngoặc là điểm quý II năm 2025 ...)`)."""
    line_start, _ = doc.line_bounds(pos)
    for _ in range(12):
        if line_start == 0:
            return None
        above_start, above_end = doc.line_bounds(line_start - 1)
        line = doc.masked[above_start:above_end]
        if not line.strip():
            heading = doc.masked[:above_start].rstrip().rsplit("\n", 1)[-1]
            legend = _LEGEND.search(heading)
            return legend.group("when") if legend else None
        legend = _LEGEND.search(line)
        if legend:
            return legend.group("when")
        line_start = above_start
    return None


# a report's own legend for its bracketed figures, in its opening sentence: `(số liệu trong ngoặc là của tháng
# 01/2026)`, `(số liệu tháng 10/2025 ghi trong ngoặc đơn)`
_DOCUMENT_LEGEND = re.compile(
    r"\((?i:số liệu)\s+(?:(?i:trong ngoặc(?: đơn)?\s+(?:là\s+)?(?:của\s+)?)(?P<when>[^()]*?)"
    r"|(?P<named>[^()]*?)\s+(?i:ghi|nêu|đặt)\s+(?i:trong ngoặc(?: đơn)?))\s*\)")


def _document_legend(doc: _Doc, pos: int) -> str | None:
    """The period the report's own legend (`(số liệu tháng 10/2025 ghi trong ngoặc đơn)`) names for its bracketed
    figures, when one stands before `pos`."""
    legend = _DOCUMENT_LEGEND.search(doc.masked, 0, pos)
    return (legend.group("when") or legend.group("named")) if legend else None


def _same_measure_before(doc: _Doc, figure: _Figure) -> bool:
    """`tiếp nhận 14.826 hồ sơ (15.412 hồ sơ)`, `172 TTHC cung cấp ... toàn trình (168 TTHC)`: a figure in the same
    unit, as written, stands earlier in the bracket's clause, outside brackets (not `tập trung tại Sở Nông nghiệp và
    Môi trường (68 hồ sơ), Sở Xây dựng (21 hồ sơ)`)."""
    written = doc.masked[figure.end:figure.raw_unit_end].strip() or ("%" if figure.unit == "%" else "")
    if not written:
        return False
    lead = re.sub(r"\([^()]*\)", " ", doc.masked[doc.clause_start(figure.paren):figure.paren])  # not another's
    return re.search(r"\d[ \t]*" + re.escape(written) + r"(?![\wÀ-ỹ])", lead) is not None


def _earlier_in_brackets(doc: _Doc, figure: _Figure) -> str | None:
    """`chiếm 68,95% (tháng 10/2024 là 66,12%)`: the bracket opens with another period and the value it had;
    returns that period's words (dated against the part's period end later)."""
    if figure.paren is None:
        return None
    inside = doc.masked[figure.paren + 1:figure.start]
    if _names_only_a_body(re.split(r"[;,]", inside)[-1]) and (legend := _bracket_legend(doc, figure.start)):
        # `(trong ngoặc là điểm tháng 9/2024):` over `+ Công khai, minh bạch: 16,38/18 điểm (16,52 điểm)`, and over
        # `(Quảng Trị cũ 16,12 điểm; Quảng Bình cũ 16,54 điểm)`: whose earlier value it is named before each
        return legend
    if not inside.strip() and _same_measure_before(doc, figure) and (legend := _document_legend(doc, figure.paren)):
        return legend  # `... như sau (số liệu tháng 10/2025 ghi trong ngoặc đơn):` over `tiếp nhận 14.826 hồ sơ (15.412
        # hồ sơ)`
    lead = _EARLIER_LEAD.match(inside)
    if lead:
        return lead.group("when")
    cuts = [0, *(m.end() for m in re.finditer(r"[,;]", inside))]
    own = _EARLIER_LEAD.match(inside[cuts[-1]:])
    if own:
        return own.group("when")  # `(quý trước: 2.041 hồ sơ; cùng kỳ: 1.907 hồ sơ)`: each part names its period
    # (`(tháng 3/2026: 1.812 hồ sơ; tháng 4/2025 của các xã, thị trấn cũ: 1.698 hồ sơ)`: the part holding the figure
    # names its own period)
    opened = _PERIOD_BEFORE_COLON.match(inside[inside.rfind(";") + 1:]) or _PERIOD_BEFORE_COLON.match(inside)
    if opened:
        # `(quý II năm 2025, trước hợp nhất: tỉnh Quảng Trị cũ đạt 81,92 điểm, xếp thứ 38/63; ...)`: a bracket opening
        # on an earlier period and a colon holds that period's figures
        return opened.group("when")
    # `(quý IV năm 2024: 90,47 điểm, xếp thứ 4/18)`: a later figure of a bracket opened by an earlier period
    if len(cuts) < 2 or re.search(r"\d", inside[cuts[-1]:]) or len(inside[cuts[-1]:].strip()) > _OWN_LEAD_CHARS:
        return None
    for cut in reversed(cuts[:-1]):
        segment = inside[cut:]
        for number in re.finditer(r"(?<![\d.,])\d", segment):
            opening = _EARLIER_LEAD.match(segment[:number.start()])
            if opening:
                return opening.group("when")
    return None


_OWN_LEAD_CHARS = 25  # `xếp thứ`, `đứng thứ`, `vị trí`, `đạt`: a figure's own words in the bracket are few
_OWN_NAME_CHARS = 40  # `Quảng Trị cũ`, `tỉnh Quảng Bình cũ`: the body a legend's bracketed figure is of


def _names_only_a_body(words: str) -> bool:
    """Nothing, or only the name of whose figure it is (`Quảng Trị cũ `, `tỉnh Quảng Bình cũ `, `Cấp xã `), before a
    bracketed figure: no number and no word of a result or a change (`tăng `)."""
    words = words.strip()
    if not words:
        return True
    if re.search(r"\d", words) or len(words) > _OWN_NAME_CHARS or _RESULT_WORDS.search(words):
        return False
    return words[0].isupper() or bool(re.search(r"(?<![\wÀ-ỹ])cũ$", words))
# (the words after the period name whose figures follow: `tổng của ba Sở Kế hoạch và Đầu tư và ba Sở Tài chính trước
# sắp xếp`, `số liệu cộng gộp của Sở Xây dựng tỉnh Tây Ninh và Sở Xây dựng tỉnh Long An trước hợp nhất`)
# (`năm 2024 bình quân của các đơn vị cũ`, `tháng 4/2025 của các xã, thị trấn cũ`: no comma after the period)
_PERIOD_BEFORE_COLON = re.compile(r"^\s*(?P<when>(?i:" + _WHEN + r"))(?:\s*,?\s*[^\W\d][^\d;:()]{0,120}?)?\s*:")


_DEADLINE = re.compile(
    r"(?i:trước ngày|đến ngày|trong)\s+(\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}|quý\s+[IV]+\s*(?:/|năm)\s*\d{4}|năm\s+\d{4})"
)
_QUARTER_END = {"I": 3, "II": 6, "III": 9, "IV": 12}


_DUE = re.compile(
    r"(?i:(?:trước|đến|tới|chậm nhất|muộn nhất|hạn|vào|trong)(?:\s+(?:ngày|hết|là|cuối))?)[\s*]*$"
)


def _due_date(doc: _Doc, figure: _Figure) -> str | None:
    """The due date a target's sentence sets after it (`tối thiểu 40%, hoàn thành trong tháng 12/2024`)."""
    end = doc.clause_end(figure.end)
    for found in find_dates(doc.masked[figure.end:end]):
        lead = doc.masked[figure.end:figure.end + found.start]
        if _ANOTHER_GOAL.match(doc.masked, figure.end + found.end):
            break  # `... là 70% và đến ngày 31/12/2026 là 80%`: the day the next goal is due by
        # a bare `năm 2025` dates nothing; `vào cuối năm 2025`, `đến hết năm 2025` set the year's end
        if (found.precision != "year" or re.search(r"(?i:hết|cuối)[\s*]*$", lead)) and _DUE.search(lead):
            return last_day(found.iso)
    # ... or before it (`phấn đấu đến hết quý II/2025 tỷ lệ ... đạt tối thiểu 60%`)
    before = doc.masked[doc.clause_start(figure.start):figure.start]
    for found in reversed(find_dates(before)):
        lead = before[: found.start]
        # `phấn đấu đến hết năm 2025 tỷ lệ ... đạt tối thiểu 50%`: a year is due only with `hết`/`cuối`, or as the
        # span a goal is set within (`phấn đấu trong năm 2025 tỷ lệ ... đạt tối thiểu 60%`)
        # (`bảo đảm năm 2025 tỷ lệ ... đạt tối thiểu 80%`: the year a directive's goal is set for)
        year_end = re.search(r"(?i:hết|cuối|(?:phấn đấu|bảo đảm|đảm bảo)(?:\s+trong)?)[\s*]*(?:năm\s*)?$", lead)
        if (found.precision != "year" or year_end) and _DUE_BEFORE.search(lead):
            return last_day(found.iso)
        # `phấn đấu tỷ lệ ... toàn ngành năm 2024 đạt từ 70% đến 75%`: the year the goal's measure is named for
        if (found.precision == "year" and _GOAL_VERB.search(lead)
                and _YEAR_THEN_FIGURE.fullmatch(before[found.end:])):
            return last_day(found.iso)
    return _directive_deadline(doc, figure, require_verb=False)


_ANOTHER_GOAL = re.compile(r"[ \t]*(?i:là|đạt)[ \t]+\d")
_YEAR_THEN_FIGURE = re.compile(r"[\s*]*(?i:đạt|là|lên)(?:[\s*]+(?i:từ|tối thiểu|ít nhất|trên))?[\s*]*"
                               r"(?:\d[\d.,]*[ \t]*%?[ \t]*(?i:đến|-|–)[ \t]*)?")


_DUE_BEFORE = re.compile(
    r"(?i:đến(?: hết| cuối)?|trước|chậm nhất|(?:phấn đấu|bảo đảm|đảm bảo)(?:\s+trong)?)\s*(?:ngày\s*)?$"
)


def _set_as_goal(doc: _Doc, figure: _Figure) -> bool:
    """`phấn đấu trong tháng 11/2025 tỷ lệ ... đạt 75%`, `phấn đấu tỷ lệ ... đạt 80%` under `IV. Nhiệm vụ tháng 11`:
    a share a goal verb sets, with a due date or in a tasks section, is a target."""
    lead = doc.masked[doc.clause_start(figure.start):figure.start]
    verb = _GOAL_VERB.search(lead)
    if not verb or re.search(r"(?i:\b(?:đã|được)\s+)$", lead[:verb.start()]):
        return False  # `đã nâng tỷ lệ ... lên 80% trong quý III` reports a result
    return _in_tasks_section(doc, figure.start) or _due_date(doc, figure) is not None


_NOTE_LINE = re.compile(r"[ \t]*\[\d{1,2}\]")


def _tasks_period_end(doc: _Doc, figure: _Figure, period_end: str | None) -> str | None:
    """A goal with no due date of its own under `6. Nhiệm vụ tháng 11 năm 2024`, or under a heading in a part so
    headed, is due at that period's end (when it is later than the report's own period)."""
    if not _in_tasks_section(doc, figure.start) or _NOTE_LINE.match(doc.masked, doc.line_bounds(figure.start)[0]):
        return None  # (a note at the document's foot, `[3] Chỉ tiêu ... năm thống kê 2025: ...`, is in no section)
    # (`1. Mục tiêu, chỉ tiêu` under `III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026`: the nearest heading naming a period)
    for heading in _enclosing_headings(doc, figure.start):
        found = [d for d in find_dates(heading) if d.precision in ("month", "quarter", "year")]
        if found:
            due = last_day(found[0].iso)
            return due if period_end is None or due > period_end else None
    return None


def _directive_deadline(doc: _Doc, figure: _Figure, require_verb: bool = True) -> str | None:
    """`hoàn thành ... 100% ... trước ngày 31/12/2024`: a goal with a due date, returned in ISO."""
    clause = doc.clause_start(figure.start)
    if require_verb and not re.search(r"(?i:hoàn thành|phấn đấu|bảo đảm|đảm bảo)", doc.masked[clause:figure.start]):
        return None
    after = _DEADLINE.search(doc.masked[figure.end:doc.clause_end(figure.end)])
    if not after and not require_verb:
        return None
    if not after:  # `hoàn thành số hóa 100% hồ sơ, kết quả giải quyết TTHC trong quý II năm 2025`: the sentence's
        stop = re.search(r"[.;\n]", doc.masked[figure.end:])
        after = _DEADLINE.search(doc.masked[figure.end:figure.end + (stop.start() if stop else 200)])
    if not after:
        return None
    phrase = " ".join(after.group(1).split())
    quarter = re.match(r"(?i:quý)\s+([IV]+)\s*(?:/|năm)\s*(\d{4})", phrase)
    if quarter:
        return last_of_month(_QUARTER_END.get(quarter.group(1).upper(), 12), int(quarter.group(2)))
    return parse_date_phrase(phrase, None)
