"""Subjects: the body or level each figure is about (`Sở Tư pháp`, `UBND các huyện`, `cấp xã`), the owners
of targets, and the issuer's own figures in a report about itself."""

from __future__ import annotations

import re
from functools import cache

from ..gazetteer import is_centrally_run_city
from ..metadata import district_issuer, find_parts
from ..models import DocumentMeta
from ..patterns import read_jsonl
from ..vietnamese import fold, fold_keep_length, nfc
from .figure_candidates import _LEVEL_UNITS, _ORG_UNITS, _UNIT_ALTERNATIVES, _Figure, bounds_counted_units
from .figure_dates import _part_index
from .prose import (
    _FIGURE,
    _TOP_HEADING,
    SpanSet,
    _Doc,
    _enclosing_headings,
    _heading_before,
    _is_footnote_line,
    _line_starts_before,
    _sentence_start,
    join_wrapped_lines,
    mask_text,
    never_figure_spans,
)
from .subjects import _NAME, CITY_LEVEL, SubjectMention, above_province, find_subjects


def _assign_subjects(doc: _Doc, figures: list[_Figure]) -> None:
    mentions = doc.subjects
    ranked = _ranked_groups(doc, figures)
    doc.subjects = _with_bare_issuer(_not_givers([m for m in mentions if m.start not in ranked], doc), doc)
    try:
        previous: _Figure | None = None
        for index, figure in enumerate(figures):
            subject = _body_it_applies_to(doc, figure) or _subject_of(doc, figure, previous)
            if subject is None:
                subject = _place_after(doc, figure)
            if subject is None and figure.kind == "target":
                subject = _levels_compared(doc, figures[:index], figure)
            if subject is None and _AVERAGE.search(figure.label):
                subject = _averaged_bodies(doc, figures[:index], figure)
            if subject is None:
                subject = _province_of_total_before(doc, figures[:index], figure)
            if (subject is None or subject.whole_province) and figure.unit == "đơn vị" and figure.kind == "count":
                subject = _bodies_counted_before(doc, figures[:index], figure) or subject
            figure.subject = _under_level_heading(doc, figure, subject)
            previous = figure
        _distribute_respectively(doc, figures)
        for figure in figures:
            figure.subject = _as_district_city_level(doc, figure.subject)
    finally:
        doc.subjects = mentions


def _province_of_total_before(doc: _Doc, before: list[_Figure], figure: _Figure) -> SubjectMention | None:
    """`Tháng 12/2025, thành phố Đà Nẵng đạt 88,92/100 điểm ..., xếp thứ 4/34 tỉnh, thành phố; nhóm Tiến độ, kết quả
    giải quyết đạt 19,46/20 điểm`: a group's score naming no body, in the sentence where the province scored its
    total, is the province's too (not the reporting centre's)."""
    if figure.unit != "điểm" or not figure.max_value or figure.max_value >= 100:
        return None
    sentence = _sentence_start(doc, figure.start)
    total = next((f for f in reversed(before) if f.start >= sentence and f.unit == "điểm" and f.max_value == 100), None)
    return total.subject if total is not None and total.subject is not None and total.subject.whole_province else None


def _bodies_counted_before(doc: _Doc, before: list[_Figure], figure: _Figure) -> SubjectMention | None:
    """`Trong 135 xã, phường của tỉnh có 12 đơn vị xếp loại Tốt, 94 đơn vị xếp loại Khá`, `Có 14/21 sở, ban, ngành
    đạt ... từ 85% trở lên; 07 đơn vị dưới 85%`: a count of `đơn vị` naming no body counts some of the bodies its
    sentence counted before it, when they are of one level (not `tại 04 sở, ngành ..., 03 huyện ... và 06 xã; ... đối
    với 22 cơ quan, đơn vị còn lại`) and it names no kind of its own (`04 đơn vị Thuế cơ sở`)."""
    if _NAME_START.match(doc.masked, figure.raw_unit_end):
        return None
    sentence = _sentence_start(doc, figure.start)
    counts = [f for f in before if f.start >= sentence and _counts_its_subject(f) and not f.subject.whole_province
              and f.subject.level is not None and (_is_group(f.subject) or _plural_bodies(f.subject))]
    return counts[-1].subject if counts and len({f.subject.level for f in counts}) == 1 else None


_RESPECTIVELY = re.compile(r"(?<![\wÀ-ỹ])(?i:lần lượt|tương ứng)(?:\s+(?i:là|đạt|bằng|với))?[\s:*]*")
# The verb between `lần lượt` and the figures it lists (`lần lượt tiếp nhận ...`): a few lower-case words.
_SERIES_VERB = re.compile(r"(?:[a-zđà-ỹ]+[ \t]+){1,4}")
_LIST_GAP = re.compile(r"[\s*]*(?:,|;|và|,\s*và)[\s*]*")


def _distribute_respectively(doc: _Doc, figures: list[_Figure]) -> None:
    """`cấp tỉnh, cấp huyện và cấp xã lần lượt là 214.306 hồ sơ, 305.117 hồ sơ và 767.117 hồ sơ` (or `tương ứng
    là`, and `(chỉ tiêu lần lượt là 80%, 60% và 40%)` after them): as many figures listed as bodies named before
    them, the n-th figure is the n-th body's."""
    series: list[tuple[list[_Figure], SubjectMention]] = []
    for keyword in _RESPECTIVELY.finditer(doc.masked):
        run = _listed_figures(doc, figures, keyword.end())
        verb = _SERIES_VERB.match(doc.masked, keyword.end())
        if len(run) < 2 and verb is not None:
            run = _listed_figures(doc, figures, verb.end())  # `lần lượt tiếp nhận 9.264 hồ sơ và 22.583 hồ sơ`
        if len(run) < 2:
            _name_the_named_parts(doc, figures, keyword)
            continue
        if run[0].subject is None and series and _same_sentence(doc, series[-1][0][-1], run[0]):
            run[0].subject = series[-1][1]  # `...; tỷ lệ số hóa ... lần lượt là 95,17% và 90,84%`: the same bodies
        elif run[0].subject is None and (parts := _parts_before(doc, figures, run, keyword.start())):
            for figure, body in zip(run, parts, strict=True):
                figure.subject = body
            continue
        if run[0].subject is None or run[0].subject.end > keyword.start():
            continue
        listed = run[0].subject
        bodies = _listed_bodies(doc, listed, keyword.start())
        if len(bodies) != len(run) and (parts := _parts_before(doc, figures, run, keyword.start())):
            for figure, body in zip(run, parts, strict=True):
                figure.subject = body  # `cấp xã 76,92% (chỉ tiêu tương ứng là 90%, 80% và 70%)`: not the last one's
            continue
        if len(bodies) == len(run):
            for figure, body in zip(run, bodies, strict=True):
                figure.subject = body
            series.append((run, listed))
    in_series = {id(figure) for run, _ in series for figure in run}
    for run, listed in series:
        _sum_after_series(doc, [f for f in figures if id(f) not in in_series], run[-1], listed)


def _name_the_named_parts(doc: _Doc, figures: list[_Figure], keyword: re.Match) -> None:
    """`Điểm bình quân sáu nhóm chỉ số của cấp xã lần lượt là: công khai, minh bạch 16,24 điểm; tiến độ ... 18,86
    điểm; ...`: the parts named one by one after `lần lượt là` are all of the body named before it (the first took it,
    the later clauses name none)."""
    end = min(_sentence_end(doc, keyword.end()), doc.line_bounds(keyword.end())[1])
    parts = [f for f in figures if keyword.end() <= f.start < end]
    if len(parts) < 2 or parts[0].subject is None or parts[0].subject.end > keyword.start():
        return
    if all(f.subject is None for f in parts[1:]):
        for figure in parts[1:]:
            figure.subject = parts[0].subject


def _as_district_city_level(doc: _Doc, subject: SubjectMention | None) -> SubjectMention | None:
    """`cấp thành phố` before a lower level is a centrally-run city's own, the province level; in the report of a
    city within a province (`UBND thành phố Thủ Dầu Một`) it is that city's, the district level."""
    if subject is None or subject.level != "tỉnh" or " ".join(subject.text.split()) != "cấp thành phố":
        return subject
    issuer = _district_issuer_at(doc, subject.start)
    if issuer is None or not fold(issuer).startswith("ubnd thanh pho "):
        return subject
    return SubjectMention(subject.start, subject.end, subject.text, "huyện")


def _parts_before(doc: _Doc, figures: list[_Figure], run: list[_Figure], keyword: int) -> list[SubjectMention]:
    """`..., trong đó cấp tỉnh 95.722 hồ sơ, cấp huyện 148.305 hồ sơ, cấp xã 268.657 hồ sơ; tỷ lệ nộp trực tuyến
    tương ứng là 74,21%, 58,36% và 41,92%`: a series naming no bodies takes, in order, those of as many figures
    right before its clause (or its bracket: `cấp tỉnh 95,31%, cấp huyện 88,46%, cấp xã 76,92% (chỉ tiêu năm 2025
    tương ứng là 90%, 80% và 70%)`) in the sentence, each of another level or all of one body."""
    start, clause = _sentence_start(doc, run[0].start), doc.clause_start(run[0].start)
    if run[0].paren is not None and run[0].paren > clause:
        clause = run[0].paren
    if clause <= start:  # `..., 76,18%, tương ứng tăng 2,14; ...`: the figures before the series' keyword
        clause = keyword
    before = [f for f in figures if start <= f.start < clause and f.subject is not None]
    named = [f.subject for f in before[-len(run):]]
    if len(named) != len(run) or None in {m.level for m in named}:
        return []
    if run[0].subject is not None and len({" ".join(m.text.lower().split()) for m in (*named, run[0].subject)}) == 1:
        return named  # `tỷ lệ ... của cấp xã đạt 72,84%, ... 76,18%, tương ứng tăng 2,14; 3,08 và 1,56 điểm`
    return named if len({m.level for m in named}) == len(run) else []


_SENTENCE_STOP = re.compile(r"\.(?:\s|$)")


def _sentence_end(doc: _Doc, pos: int) -> int:
    """Where the sentence going on at `pos` stops (its full stop), else the text's end."""
    stop = _SENTENCE_STOP.search(doc.masked, pos)
    return stop.start() if stop else len(doc.masked)


def _same_sentence(doc: _Doc, earlier: _Figure, later: _Figure) -> bool:
    return _sentence_start(doc, later.start) <= earlier.start


def _sum_after_series(doc: _Doc, figures: list[_Figure], last: _Figure, listed: SubjectMention) -> None:
    """`... cấp tỉnh, cấp xã lần lượt là 1.592 TTHC và 356 TTHC; trong đó 1.104 TTHC ...`: the figures of the same
    sentence after a series that took the list of levels as their subject (and in no series of their own) state
    the sum over them, the whole."""
    if len(_mention_parts(listed)) < 2:
        return
    sentence_end = _sentence_end(doc, last.end)
    for figure in figures:
        if last.end < figure.start < sentence_end and figure.subject is not None and (
                (figure.subject.start, figure.subject.end) == (listed.start, listed.end)):
            figure.subject = None


def _listed_figures(doc: _Doc, figures: list[_Figure], start: int) -> list[_Figure]:
    """The figures listed from `start` on, one after another, separated only by `,`, `;` or `và`."""
    run: list[_Figure] = []
    for figure in figures:
        if figure.start < start:
            continue
        end = max(run[-1].end, run[-1].raw_unit_end) if run else start
        gap = doc.masked[end:figure.start]
        if (run and not _LIST_GAP.fullmatch(gap)) or (not run and gap.strip(" *")):
            break
        run.append(figure)
    return run


def _listed_bodies(doc: _Doc, subject: SubjectMention, keyword: int) -> list[SubjectMention]:
    """The bodies a list names: the parts of one merged mention (`cấp tỉnh, cấp huyện và cấp xã`), or the named
    bodies joined by `,`/`và` around `subject` before the keyword at `keyword` (`Sở Tư pháp, Sở Y tế và Sở Xây dựng`;
    `trên địa bàn tỉnh Bình Dương, tỉnh Bình Phước, tỉnh Tây Ninh tương ứng là ...` when the first is the subject)."""
    parts = _mention_parts(subject)
    if len(parts) >= 2:
        return parts
    index = next((i for i, m in enumerate(doc.subjects) if m.start == subject.start), None)
    if index is None:
        return [subject]
    first = last = index
    while first > 0 and _BODY_JOINER.fullmatch(doc.masked[doc.subjects[first - 1].end:doc.subjects[first].start]):
        first -= 1
    while (last + 1 < len(doc.subjects) and doc.subjects[last + 1].end <= keyword
           and _BODY_JOINER.fullmatch(doc.masked[doc.subjects[last].end:doc.subjects[last + 1].start])):
        last += 1
    return doc.subjects[first:last + 1]


_BARE_LEVELS = ("tỉnh", "huyện", "xã", "thị xã", "quận", "phường")


def _mention_parts(subject: SubjectMention) -> list[SubjectMention]:
    """`cấp tỉnh, cấp huyện và cấp xã` (or `cấp tỉnh, huyện, xã`) → its three levels (offsets kept); [] unless every
    part names one body or level by itself, each at a different level."""
    parts = []
    pos = 0
    for piece in re.split(r"(,\s*và\s+|,\s*|\s+và\s+)", subject.text):
        if piece and not re.fullmatch(r",\s*và\s+|,\s*|\s+và\s+", piece):
            # `cấp tỉnh, huyện, xã`: a bare level word after `cấp ...` is that level (`cấp huyện`)
            name = f"cấp {piece}" if parts and piece in _BARE_LEVELS and subject.text.startswith("cấp ") else piece
            found = find_subjects(name)
            if not found and name == "cấp thành phố" and CITY_LEVEL.search(subject.text):
                found = [SubjectMention(0, len(name), name, "tỉnh")]  # a centrally-run city's own level
            if len(found) != 1 or found[0].text != name or found[0].level is None or found[0].whole_province:
                return []
            parts.append(SubjectMention(subject.start + pos, subject.start + pos + len(piece), name, found[0].level))
        pos += len(piece)
    return parts if len({p.level for p in parts}) == len(parts) else []


# a number and a few words right before a mention: the mention is what the number counts (`99 đơn vị hành chính `)
_COUNTED_RIGHT_BEFORE = re.compile(r"(?<![\d.,/])\d[\d.,]*[ \t]+[^\d,;:()\n]{0,30}$")


def _subject_of(doc: _Doc, figure: _Figure, previous: _Figure | None) -> SubjectMention | None:
    clause = doc.clause_start(figure.start)
    same_clause = previous is not None and previous.end > clause
    org_count = figure.unit in _ORG_UNITS and figure.kind in ("count", "value")
    scope = max(clause, previous.end) if same_clause and not org_count else clause
    paren = figure.paren
    subject = None
    if figure.kind == "rank" and (named := _ranked_body(doc, figure)) is not None:
        subject = named
    elif figure.kind == "target" and _is_footnote_line(doc, figure.start):
        subject = _subject_after(doc, figure) or _subject_in(doc, scope, figure.start)
    elif paren is not None and paren >= clause:
        subject = _subject_in(doc, paren + 1, figure.start, org_count)
        if subject is None:
            subject = _subject_in(doc, max(scope, clause) if paren >= scope else clause, paren, org_count)
            if subject is None and not org_count:
                subject = _subject_in(doc, clause, paren)
    else:
        subject = _subject_in(doc, scope, figure.start, org_count)
    if subject is not None and same_clause and _qualifies_count(doc, previous, subject):
        subject = previous.subject  # `324 TTHC thuộc thẩm quyền cấp xã, trong đó 246 TTHC ...`: part of that count
    if (subject is None and same_clause and not org_count and previous.subject is not None
            and not above_province(previous.subject.text) and not _left_bracket_of(previous, figure)
            and not _former(doc, previous.subject)):  # (`sắp xếp 04 đơn vị hành chính cấp xã cũ, có 52 tổ dân phố`)
        subject = previous.subject
        if _counts_its_subject(previous) and not bounds_counted_units(doc, previous, figure):
            # `Có 171/171 xã, phường, thị trấn đã cung cấp ..., đạt tỷ lệ 100%`: the rate of a count of bodies is
            # the whole's, not the bodies'
            subject = None
    if subject is None and not org_count and _continues_previous_clause(doc, figure, previous, clause):
        subject = previous.subject
    if (subject is None and same_clause and not org_count and paren is None
            and _left_bracket_of(previous, figure) and clause < previous.paren):
        # `khối sở, ban, ngành (17 sở, ban, ngành có TTHC) tiếp nhận 24.618 hồ sơ`: the body named before the
        # bracket that counted its members (not the level a count before the bracket counts: `có 99 đơn vị hành
        # chính cấp xã (89 xã, 10 phường), dân số khoảng 1,79 triệu người`)
        subject = _subject_in(doc, clause, previous.paren)
        if subject is not None and _COUNTED_RIGHT_BEFORE.search(doc.masked, clause, subject.start):
            subject = None
    if org_count:
        subject = _governing_subject(doc, figure) or subject
        # `02/12 huyện, thành phố đạt chỉ tiêu năm; 10 địa phương còn lại chưa đạt`: the rest of the same bodies
        rest = bool(re.match(r"[ \t]*(?i:còn lại)", doc.masked[figure.raw_unit_end:]))
        before = same_clause or (rest and previous is not None and _same_sentence(doc, previous, figure))
        subject = _counted_bodies(doc, figure, subject, previous if before else None)
    if subject is None and org_count:
        subject = _subject_in(doc, _sentence_start(doc, figure.start), figure.start, levels_only=True)
        if subject is not None and figure.unit in _LEVEL_UNITS and subject.level != figure.unit:
            subject = None  # `... thẩm quyền cấp huyện; Bộ phận Một cửa của 13 xã`: a count of communes is theirs
    if subject is None and org_count and _counted_level(doc, figure) is None:
        subject = _group_named_before(doc, figure)
    if (subject is None or subject.whole_province) and org_count and figure.unit in _LEVEL_UNITS:
        # `7/12 huyện, thành phố có ...`: a count of the units of one level is about that level
        subject = SubjectMention(figure.end, figure.raw_unit_end, f"cấp {figure.unit}", figure.unit)
    subject = _level_after_count(doc, figure, subject)
    if subject is not None and subject.whole_province:
        subject = _group_qualified_by(doc, subject) or subject
    if figure.kind == "rank" and subject is not None and _plural_bodies(subject):
        subject = _one_body_before(doc, figure)
    if subject is None:
        subject = (_line_heading_body(doc, figure.start) or _item_opener(doc, figure.start)
                   or _parent_item_body(doc, figure.start) or _numbered_section_body(doc, figure.start))
    if figure.kind == "target" and subject is not None:
        subject = _task_opener(doc, subject)
    elif subject is not None:
        subject = _partners_opener(doc, subject)
    if figure.kind == "target" and subject is not None and (_coordinating_assignee(doc, subject) or any(
            m.whole_province and subject.end <= m.start and m.end <= figure.start for m in doc.subjects)):
        # `Sở X phối hợp với ... phấn đấu ... tỷ lệ ... đạt tối thiểu 60%`, `Văn phòng UBND tỉnh đôn đốc ..., bảo đảm
        # tỷ lệ ... toàn tỉnh đạt tối thiểu 60%`: the province's rate
        return None
    if figure.kind == "target" and subject is not None:
        subject = _task_bodies(doc, subject)
    if figure.kind == "target" and subject is None:
        subject = _section_bodies(doc, figure.start)
    if subject is not None and (_issuer_itself(doc, subject) or _issuer_by_name(doc, subject)
                                or _owner_named_after(doc, subject, figure)):
        return None  # the issuer's own figure: `_issuing_district` names it
    if subject is not None and _is_channel(doc, subject):
        return SubjectMention(subject.start, subject.end, subject.text, None, whole_province=True)
    return subject


_RANK_COLON = re.compile(r"[ \t*]*:[ \t*]*")


def _ranked_body(doc: _Doc, figure: _Figure) -> SubjectMention | None:
    """`- Thứ 1: Phường 7, đạt 92,48 điểm`, `Hạng 2: Sở Tư pháp`: the body named right after a rank and its colon
    holds that rank."""
    colon = _RANK_COLON.match(doc.masked, figure.end)
    if colon is None:
        return None
    return next((m for m in doc.subjects if m.start == colon.end() and not m.whole_province), None)


_PART_OF_BEFORE = re.compile(r"\s*(?i:riêng|trong đó)\s")


def _left_bracket_of(previous: _Figure, figure: _Figure) -> bool:
    """`(cấp tỉnh 58.214; cấp huyện 96.437; cấp xã 257.929), trong đó trực tuyến 318.642 hồ sơ`: the figure stands
    after the bracket that held the one before it and named its body, or counted bodies (`có 99 đơn vị hành chính
    cấp xã (89 xã, 10 phường), dân số khoảng 1,79 triệu người`), which it does not share."""
    return (previous.paren is not None and figure.paren != previous.paren and previous.subject is not None
            and (previous.subject.start > previous.paren
                 or (previous.kind == "count" and previous.unit in _ORG_UNITS and previous.start > previous.paren)))


def _continues_previous_clause(doc: _Doc, figure: _Figure, previous: _Figure | None, clause: int) -> bool:
    """`tỉnh An Giang đạt 84,37/100 điểm ...; riêng nhóm chỉ số X đạt 7,85/10 điểm`: a clause of the same sentence
    opening with `riêng` (or `trong đó`) and naming no body speaks of a part of what the clause before measured,
    so it keeps that clause's subject; one opening on a verb (`; đã xử lý 41 PAKN`) goes on with the actor the clause
    before named ahead of its figure. A bracket that names no body of its own (`Trường Chính trị tỉnh Bắc Giang đã tổ
    chức 58 lớp ..., đạt 82,86% kế hoạch (70 lớp); trong đó 12 lớp`) does not end the sentence's actor."""
    if previous is None or previous.subject is None or above_province(previous.subject.text):
        return False
    if _counts_its_subject(previous):
        return False  # `tiếp nhận 412.386 hồ sơ của 21 sở, ban, ngành và 94 xã, phường; trong đó ...`: not the 94's
    if previous.end < _sentence_start(doc, figure.start) or previous.end > clause:
        return False
    if previous.paren is not None and previous.subject.start > previous.paren:
        return False  # `(cấp tỉnh 96 TTHC, ..., cấp xã 30 TTHC); trong đó 145 TTHC`: of the whole, not the last part
    if doc.masked[clause - 1] != ";":
        return False
    if _PART_OF_BEFORE.match(doc.masked, clause):
        return True
    # `Trung tâm ... tiếp nhận 46 phản ánh ...; đã xử lý 41 PAKN`, `BHXH tỉnh cung cấp 25 TTHC ...; tiếp nhận, giải
    # quyết 42.316 hồ sơ`: a clause opening on a verb (or on the change of
    # what the clause before measured: `... xếp thứ 8/63; tăng 2,05 điểm`) goes on with the actor the clause before
    # named before its figure
    actor = previous.subject
    if _owner_before_colon(doc, actor, figure):
        return True
    opening = _ACTORLESS_CLAUSE.match(doc.masked, clause)
    if opening and opening.group("change") and _LEVEL_MENTION.fullmatch(" ".join(actor.text.split())):
        return False  # `đánh giá ... các cơ quan, đơn vị cấp tỉnh ..., Ban đạt 91,48 điểm`: the level ranks nobody
    if _WHERE_MOST.search(doc.masked, max(0, actor.start - 120), actor.start):
        # `quá hạn 38 hồ sơ, tập trung tại Điện lực Sông Hinh (14 hồ sơ) và Điện lực Đồng Xuân (11 hồ sơ)`: where
        # the parts lie, no actor
        return False
    # (the actor of a clause that itself went on from the one before: `VP tiếp nhận ...; đã giải quyết ...; quá hạn`)
    return bool(opening) and _sentence_start(doc, figure.start) <= actor.start < previous.start


_WHERE_MOST = re.compile(r"(?<![\wÀ-ỹ])(?i:tập trung|chủ yếu)(?:[ \t]+(?i:tại|ở|vào))?[ \t]+[^;.\n]*$")


_ACTORLESS_CLAUSE = re.compile(r"\s*(?:(?i:đã|đang|cũng đã)\s+[a-zđà-ỹ]|(?P<change>(?i:tăng|giảm))\s+\d"
                               r"|(?:tiếp nhận|giải quyết|xử lý|thực hiện|tổ chức|hướng dẫn|hỗ trợ)(?![\wÀ-ỹ])"
                               r"|(?:quá hạn|trễ hạn)[ \t]+\d)")


_COLON_AFTER = re.compile(r"[ \t*]*:")


def _owner_before_colon(doc: _Doc, actor: SubjectMention, figure: _Figure) -> bool:
    """`Điểm các nhóm chỉ số của tỉnh Nghệ An: công khai, minh bạch 17,62/18; tiến độ giải quyết 19,48/20`: the body
    a sentence names right before the colon opening its list owns every item of the list."""
    colon = _COLON_AFTER.match(doc.masked, actor.end)
    owned = _OWNER_LEAD.search(doc.masked, max(0, actor.start - 8), actor.start)
    return (colon is not None and owned is not None and _sentence_start(doc, figure.start) <= actor.start
            and colon.end() <= figure.start)


_PORTAL = re.compile(r"(?:Cổng )?(?:DVC|Dịch vụ công) tỉnh")


def _is_channel(doc: _Doc, subject: SubjectMention) -> bool:
    """`Trong tháng, Cổng Dịch vụ công tỉnh tiếp nhận 57 phản ánh, kiến nghị`: the provincial portal is the
    channel the province's figure came through, not a body. Only in brackets beside another value of the same
    figure (`đúng hạn đạt 96,9% (DVC tỉnh đạt 99,7%)`) does it name the part measured on it."""
    if not _PORTAL.fullmatch(" ".join(subject.text.split())):
        return False
    return doc.open_paren(subject.start, doc.clause_start(subject.start)) is None


_NUMBERED = r"[ \t#*]*(?:\d{1,2}|[IVX]+)\.\s+[*\s]*"
_SECTION_LEAD = re.compile(_NUMBERED + r"(?i:(?:kính\s+)?(?:yêu cầu|đề nghị|giao|đối với))\s+")


# `1. Các sở, ban, ngành, UBND các xã, phường:` under `Chủ tịch UBND tỉnh yêu cầu:`: a heading that is only bodies
_BODIES_HEADING = re.compile(_NUMBERED)


def _section_bodies(doc: _Doc, pos: int) -> SubjectMention | None:
    """`3. Yêu cầu UBND các xã, thị trấn` over `d) Phấn đấu ... tỷ lệ ... của mỗi xã, thị trấn đạt từ 60%`: a
    target naming no body, in an item under a numbered heading that asks only some bodies (or names only them,
    ending on a colon), is theirs."""
    line_start, _ = doc.line_bounds(pos)
    if _TOP_HEADING.match(doc.masked[line_start:pos]):
        return None  # the target's own line is the numbered item: its body, if any, was read already
    for start in _line_starts_before(doc, line_start):
        end = doc.masked.find("\n", start)
        line = doc.masked[start:end if end != -1 else len(doc.masked)]
        if not _TOP_HEADING.match(line):
            continue
        lead = _SECTION_LEAD.match(line) or _BODIES_HEADING.match(line)
        if lead is None or (lead.re is _BODIES_HEADING and not line.rstrip(" *").endswith(":")):
            return None
        named = [m for m in doc.subjects if start + lead.end() <= m.start and m.end <= start + len(line)]
        rest = line[lead.end():]
        for mention in reversed(named):
            rest = rest[:mention.start - start - lead.end()] + rest[mention.end - start - lead.end():]
        if not named or any(m.whole_province for m in named) or re.sub(r"[\s,;:*]|\bvà\b", "", rest):
            return None
        return named[0] if len(named) == 1 else _joined(doc, named)
    return None


def _joined(doc: _Doc, bodies: list[SubjectMention]) -> SubjectMention:
    levels = {m.level for m in bodies}
    return SubjectMention(bodies[0].start, bodies[-1].end, doc.text[bodies[0].start:bodies[-1].end],
                          levels.pop() if len(levels) == 1 else None)


def _subject_in(doc: _Doc, start: int, end: int, levels_only: bool = False) -> SubjectMention | None:
    """`doc.subject_in` without the bodies named in an aside in brackets that closes before `end`
    (`Trung tâm ... phường (kế thừa Bộ phận Một cửa của các phường, xã trước sắp xếp) đang tiếp nhận 367 TTHC`)."""
    found = doc.subject_in(start, end, levels_only)
    while found is not None and (_in_aside(doc, found, end) or _places_another(doc, found) or _former(doc, found)
                                 or _assessor(doc, found) or _channel(doc, found) or _compared_with(doc, found)):
        found = doc.subject_in(start, found.start, levels_only)
    return found


# `Qua đánh giá của Ban Dân vận Tỉnh ủy, có 52/69 xã, phường xếp loại Tốt`: who assessed, not who was assessed
_ASSESSOR_LEAD = re.compile(r"(?i:qua|theo)[ \t]+(?i:kết quả[ \t]+)?(?i:đánh giá|kiểm tra|rà soát|theo dõi|thống kê"
                            r"|khảo sát|giám sát)[ \t]+(?i:của)[ \t]+$")


def _assessor(doc: _Doc, mention: SubjectMention) -> bool:
    """A body named as the one whose assessment a sentence reports (`Qua đánh giá của X, ...`) is not its subject."""
    return bool(_ASSESSOR_LEAD.search(doc.masked[max(0, mention.start - 40):mention.start]))


# `hồ sơ tiếp nhận qua Trung tâm Phục vụ hành chính công tỉnh là 3.918 hồ sơ`: the desk files came through
_THROUGH = re.compile(r"(?<![\wÀ-ỹ])(?i:tiếp nhận|nộp|gửi)[ \t]*:?[ \t]+(?i:qua)[ \t]+$")


# `thấp hơn khối sở, ban, ngành 8,92 điểm`, `thấp hơn bình quân cấp huyện 16,88 điểm phần trăm`: what is compared with
_COMPARED_LEAD = re.compile(r"(?<![\wÀ-ỹ])(?i:cao hơn|thấp hơn)[ \t]+"
                            r"(?:(?i:so với|mức|điểm|tỷ lệ|bình quân|trung bình|khối|chỉ số chung của)[ \t]+)*$")


def _compared_with(doc: _Doc, mention: SubjectMention) -> bool:
    """A body or level named as what a gap written right after it is taken to (`thấp hơn khối sở, ban, ngành 8,92
    điểm`) is not the gap's subject; the clause's body before it is."""
    if not re.match(r"[ \t]+\d", doc.masked[mention.end:mention.end + 3]):
        return False  # `thấp hơn bình quân cả nước (16,14 điểm)`: the bracket is the compared body's own figure
    return bool(_COMPARED_LEAD.search(doc.masked[max(0, mention.start - 40):mention.start]))


def _channel(doc: _Doc, mention: SubjectMention) -> bool:
    """A body named as the desk a department's files were received through is not who received them; the sentence's
    actor (or the issuer) is."""
    return bool(_THROUGH.search(doc.masked[max(0, mention.start - 20):mention.start]))


def _mentions_by(doc: _Doc) -> tuple[dict[int, SubjectMention], dict[int, SubjectMention]]:
    """The document's subject mentions by start and by end, built once per list of mentions (the subject pass asks
    for them at every figure)."""
    cached = getattr(doc, "_mentions_index", None)
    if cached is None or cached[0] is not doc.subjects:  # the list itself is kept, so its identity cannot be reused
        cached = doc._mentions_index = (doc.subjects, {m.start: m for m in doc.subjects},
                                        {m.end: m for m in doc.subjects})
    return cached[1], cached[2]


def _former(doc: _Doc, mention: SubjectMention) -> bool:
    """`trên cơ sở sắp xếp xã Ka Đô, xã Quảng Lập và xã Pró thuộc huyện Đơn Dương cũ, có diện tích ...`, `(tỉnh Bình
    Dương cũ)`: units named as they were before a merger (a chain of units closed by `cũ`) are no subject now."""
    pos = mention.end
    by_start = _mentions_by(doc)[0]
    while True:
        joiner = re.match(r"(?:[ \t]*,[ \t]*|[ \t]+(?i:và|thuộc)[ \t]+)", doc.masked[pos:])
        if joiner is None or pos + joiner.end() not in by_start:
            break
        pos = by_start[pos + joiner.end()].end
    return bool(re.match(r"[ \t]+(?i:cũ)(?![\wÀ-ỹ])", doc.masked[pos:])) or _merged_into_the_new(doc, mention)


# `được thành lập trên cơ sở sắp xếp thị trấn Hưng Hà và các xã lân cận thuộc huyện Hưng Hà`: the units merged
_MERGED_FROM = re.compile(r"(?i:trên cơ sở|từ việc|sau khi)[ \t]+(?i:sắp xếp|hợp nhất|sáp nhập|nhập)(?![\wÀ-ỹ])")
_CLAUSE_GOES_ON = re.compile(r"[\d;]|,[ \t]*(?i:có|với|gồm|đạt|là)(?![\wÀ-ỹ])")


def _merged_into_the_new(doc: _Doc, mention: SubjectMention) -> bool:
    """A unit listed after `trên cơ sở sắp xếp` (`hợp nhất`, `sáp nhập`) in the sentence that founds the new one is
    one of the units merged, not the body the sentence's figures are about."""
    sentence = doc.masked[_sentence_start(doc, mention.start):mention.start]
    merges = list(_MERGED_FROM.finditer(sentence))
    return bool(merges) and not _CLAUSE_GOES_ON.search(sentence[merges[-1].end():])


def _places_another(doc: _Doc, mention: SubjectMention) -> bool:
    """`Công an các phường thuộc thành phố Dĩ An`: a unit after `thuộc` right after another body only says where
    that body is."""
    lead = re.search(r"[ \t]+(?i:thuộc)[ \t]+$", doc.masked[max(0, mention.start - 12):mention.start])
    if lead is None:
        return False
    return mention.start - len(lead.group()) in _mentions_by(doc)[1]


def _in_aside(doc: _Doc, mention: SubjectMention, end: int) -> bool:
    """A mention inside brackets closed before `end`, whose words say more than the body's name."""
    line_start, _ = doc.line_bounds(mention.start)
    opening = doc.masked.rfind("(", line_start, mention.start)
    if opening == -1 or ")" in doc.masked[opening:mention.start]:
        return False
    closing = doc.masked.find(")", mention.end, end)
    if closing == -1 or "(" in doc.masked[mention.end:closing]:
        return False
    rest = doc.masked[opening + 1:mention.start] + " " + doc.masked[mention.end:closing]
    if _SITE_BEFORE.search(doc.masked, line_start, opening):
        return True  # `tại trụ sở chính (phường Xuân Hương - Đà Lạt)`: where a site is
    return len(re.findall(r"[a-zđà-ỹ]+|\d+", rest)) >= 2  # `(khối 6, thị trấn Cao Lộc)`: an address


_SITE_BEFORE = re.compile(r"(?<![\wÀ-ỹ])(?i:trụ sở(?: chính)?|cơ sở \d{1,2}|điểm tiếp nhận(?: số)?(?: \d{1,2})?)"
                          r"[ \t]*$")


def _ranked_groups(doc: _Doc, figures: list[_Figure]) -> set[int]:
    """Starts of the mentions right after a rank (`xếp thứ 4/20 sở, ban, ngành của tỉnh`): the group a rank is
    counted in is no subject."""
    rank_ends = {f.end for f in figures if f.kind == "rank"}
    groups = set()
    for mention in doc.subjects:
        lead = _RANKED_AMONG.search(doc.masked, max(0, mention.start - 40), mention.start)
        if (lead is not None and lead.start() in rank_ends) or _LEADS_GROUP.search(
                doc.masked, max(0, mention.start - 40), mention.start):
            groups.add(mention.start)
    return groups


# `Sở Tư pháp dẫn đầu khối sở, ban, ngành với 94,62 điểm`, `Sở ... có tỷ lệ ... thấp nhất trong các sở, ngành
# (67,04%)`: the group a body leads (or closes) is no subject
_LEADS_GROUP = re.compile(
    r"(?<![\wÀ-ỹ])(?:(?i:dẫn đầu|đứng đầu|đứng cuối|xếp cuối)[ \t]+(?:(?i:trong)[ \t]+)?(?i:khối)"
    r"|(?i:cao nhất|thấp nhất|nhiều nhất|ít nhất)[ \t]+(?i:trong|của)(?:[ \t]+(?i:khối))?)[ \t]+$")


# between a rank and the group it is counted in: nothing, or the bodies' noun (`xếp thứ 5/19 cơ quan cấp tỉnh`)
_RANKED_AMONG = re.compile(r"[ \t]*(?:(?i:cơ quan|đơn vị|địa phương)(?:,?[ \t]+))*$")


# `284 TTHC thuộc thẩm quyền cấp huyện`, `1.612 TTHC cấp tỉnh`, `148 đơn vị hành chính cấp xã`: a level
# named right after a count's unit.
_LEVEL_LINK = re.compile(
    r"[ \t]*(?:hành chính[ \t]+)?(?:thuộc[ \t]+)?(?:thẩm quyền[ \t]+)?(?:giải quyết[ \t]+)?(?:của[ \t]+)?"
)
_LEVEL_MENTION = re.compile(r"(?i:(?:các )?(?:UBND )?cấp (?:tỉnh|huyện|thị xã|quận|xã|phường))")


def _counts_its_subject(figure: _Figure) -> bool:
    """A count of bodies whose subject is the bodies it counts (`171/171 xã, phường, thị trấn`), or the bodies
    counted just before it (`19 sở, ban, ngành và 03 cơ quan Trung ương ...`)."""
    subject = figure.subject
    if figure.kind != "count" or figure.unit not in _ORG_UNITS or subject is None:
        return False
    inside = figure.end <= subject.start and subject.end <= max(figure.raw_unit_end, figure.end)
    return inside or _plural_bodies(subject)


_SERVED_LEAD = re.compile(r"(?<![\wÀ-ỹ])(?i:cho|với|của)[ \t]+$")


def _counted_bodies(doc: _Doc, figure: _Figure, subject: SubjectMention | None,
                    previous: _Figure | None) -> SubjectMention | None:
    """A count of bodies is about the bodies it counts: `12/16 sở, ban, ngành` (level tỉnh), `11/13 huyện, thị xã,
    thành phố` (level huyện) even after `14/17 cơ quan cấp tỉnh và ...`; `04 cơ quan xếp loại Khá` right after
    `12/16 sở, ban, ngành xếp loại Tốt,` counts the same bodies. A named body before it keeps the count."""
    if subject is not None and not subject.whole_province and not _is_group(subject) and not _LEVEL_MENTION.fullmatch(
            " ".join(subject.text.split())):
        return subject
    if _SERVED_LEAD.search(doc.masked, max(0, figure.start - 12), figure.start):
        # `bố trí 48 quầy giao dịch cho 21 sở, ban, ngành`: the bodies served, not the subject; with no subject
        # (`chấm điểm của 20 sở, ban, ngành`, `được xác định đối với 17 sở, ban, ngành`), the bodies counted
        of = re.search(r"(?i:của|với)[ \t]+$", doc.masked[max(0, figure.start - 12):figure.start])
        return subject or (_counted_level(doc, figure) if of else None)
    counted = _counted_level(doc, figure)
    if counted is not None and subject is not None and not subject.whole_province and subject.level == counted.level:
        return subject  # `Cấp tỉnh, có 15/17 sở, ban, ngành`: the level named before the count, as named
    found = counted or _same_bodies_as_before(figure, subject, previous)
    if found is None and previous is None and _AGENCIES.fullmatch(doc.masked[figure.end:figure.raw_unit_end]):
        # `Trong số các cơ quan nêu trên, có 04 cơ quan đạt ...`: agencies, with no group named, are the province's
        return SubjectMention(figure.end, figure.raw_unit_end, "cơ quan", "tỉnh")
    return found


_AGENCIES = re.compile(r"[ \t]*(?i:cơ quan)[ \t]*")
_DEPARTMENTS = re.compile(r"[ \t]*(?i:sở)[ \t]*")


def _counted_level(doc: _Doc, figure: _Figure) -> SubjectMention | None:
    """The bodies a count counts, as a mention: named in its unit words, or the level its unit is."""
    unit_words = doc.masked[figure.end:figure.raw_unit_end]  # mentions inside a count's unit are not subjects
    counted = [m for m in find_subjects(unit_words) if m.level is not None and not m.whole_province]
    if counted:
        start, end = figure.end + counted[0].start, figure.end + counted[0].end
        return SubjectMention(start, end, doc.text[start:end], counted[0].level)
    if figure.unit in _LEVEL_UNITS:
        return SubjectMention(figure.end, figure.raw_unit_end, f"cấp {figure.unit}", figure.unit)
    if (listed := _bodies_listed_after(doc, figure)) is not None:
        return listed
    if _DEPARTMENTS.fullmatch(unit_words):  # `gồm 02 sở và 06 xã, phường`: departments, of the province's level
        return SubjectMention(figure.end, figure.raw_unit_end, unit_words.strip(), "tỉnh")
    level = _unit_levels_map().get(figure.unit or "")
    if level in _LEVEL_UNITS:  # `5/9 quận, huyện`: urban districts, of the district level
        return SubjectMention(figure.end, figure.raw_unit_end, f"cấp {level}", level)
    return None


_LIST_OPENS = re.compile(r"[ \t*]*:[ \t*]*")


def _bodies_listed_after(doc: _Doc, figure: _Figure) -> SubjectMention | None:
    """`kiểm tra đột xuất tại 04 đơn vị: UBND phường An Xuyên, UBND phường Bạc Liêu, UBND xã Đầm Dơi và UBND xã Năm
    Căn`: the bodies a count of units lists after a colon, joined, when there are as many as it counts."""
    opens = _LIST_OPENS.match(doc.masked, figure.raw_unit_end)
    first = _mentions_by(doc)[0].get(opens.end()) if opens is not None else None
    if first is None or first.level is None:
        return None
    bodies = _listed_bodies(doc, first, _sentence_end(doc, first.start))
    if len(bodies) < 2 or len(bodies) != figure.value or bodies[0] is not first:
        return None
    return _joined(doc, bodies)


def _same_bodies_as_before(figure: _Figure, subject: SubjectMention | None,
                           previous: _Figure | None) -> SubjectMention | None:
    """`12/16 sở, ban, ngành xếp loại Tốt, 04 cơ quan xếp loại Khá`: the second count counts the same bodies."""
    if subject is None and previous is not None and previous.unit in _ORG_UNITS and previous.kind == figure.kind:
        return previous.subject
    return subject


_LEVEL_ONE_STOP = re.compile(r"(?i:bộ phận (?:một cửa|tiếp nhận và trả kết quả))")


def _qualifies_count(doc: _Doc, previous: _Figure, mention: SubjectMention) -> bool:
    """Whether `mention` is a level written right after the count before it (`324 TTHC thuộc thẩm quyền cấp xã`),
    saying whose procedures they are rather than naming a body of its own."""
    if previous.kind != "count" or previous.raw_unit_end <= previous.end:
        return False
    link = _LEVEL_LINK.match(doc.masked, previous.raw_unit_end)
    return link.end() == mention.start and bool(_LEVEL_MENTION.fullmatch(" ".join(mention.text.split())))


def _level_after_count(doc: _Doc, figure: _Figure, subject: SubjectMention | None) -> SubjectMention | None:
    """A count whose unit is followed by a level (`hồ sơ cấp xã`, `TTHC thuộc thẩm quyền cấp huyện`) is that
    level's, unless a single body of that same level is named before it (`Trung tâm ... phường ... tiếp nhận
    367 TTHC thuộc thẩm quyền cấp xã`: the level only says whose procedures they are)."""
    if figure.kind != "count" or figure.raw_unit_end <= figure.end:
        return subject
    link = _LEVEL_LINK.match(doc.masked, figure.raw_unit_end)
    after = _mentions_by(doc)[0].get(link.end())
    if after is not None and after.level is None and ";" in after.text:
        head = after.text.split(";")[0]  # `274 TTHC cấp huyện; UBND các xã ...`: the level right after the count
        found = find_subjects(head)
        if len(found) == 1 and found[0].text == head:
            after = SubjectMention(after.start, after.start + len(head), head, found[0].level)
    if after is None or after.level is None or not _LEVEL_MENTION.fullmatch(after.text):
        return subject
    if (subject is not None and not subject.whole_province and subject.level == after.level and not _is_group(subject)
            and not (_LEVEL_ONE_STOP.match(" ".join(subject.text.split())) and _issuer_itself(doc, subject))):
        return subject  # (the issuer's own one-stop shop, `Bộ phận Một cửa huyện ... 274 TTHC cấp huyện`, is the level)
    if subject is None and _bare_unit_opening(doc, figure.start) == after.level:
        return subject  # `Phường đang thực hiện 352 TTHC thuộc thẩm quyền ... cấp xã`: the issuer's own count
    return after


def _bare_unit_opening(doc: _Doc, pos: int) -> str | None:
    """The level of the bare unit word that opens the clause before `pos` (`Phường đang thực hiện ...`, `Sở đã
    giải quyết ...`): written without a name it stands for the issuer itself, in its own report."""
    lead = doc.masked[doc.clause_start(pos):pos]
    opening = re.match(r"[\s\-+•*–]*(?:(?:[a-zđ]|\d{1,2}(?:\.\d{1,2})*)[.)]\s*)?(?:(?i:trong) [^,]{1,30},\s*)?"
                       r"((?i:" + _unit_alternation() + r"|sở))(?=[ \t]+[a-zđà-ỹ])", lead)
    if opening is None:
        return None
    word = opening.group(1).lower()
    return "tỉnh" if word == "sở" else _unit_levels_map().get(word)


def _is_group(subject: SubjectMention) -> bool:
    """A plural or level mention (`các xã, phường`, `UBND các huyện`, `cấp huyện`), not one named body."""
    return bool(re.match(r"(?i:(?:UBND |Ủy ban nhân dân |Uỷ ban nhân dân )?(?:các|cấp)\b)", subject.text))


_AVERAGE = re.compile(r"(?i:bình quân|trung bình)")


def _averaged_bodies(doc: _Doc, earlier: list[_Figure], figure: _Figure) -> SubjectMention | None:
    """`Kết quả đánh giá ... của 20 huyện, thành phố, thị xã: 03 đơn vị xếp loại Tốt, ...; điểm bình quân đạt 71,58
    điểm`: an average naming no body is of the bodies its sentence counts."""
    start = _sentence_start(doc, figure.start)
    counts = [f for f in earlier if f.start >= start and f.kind == "count" and f.subject is not None
              and (f.unit in _ORG_UNITS or f.unit in _LEVEL_UNITS) and not f.subject.whole_province]
    return counts[-1].subject if counts and (_is_group(counts[-1].subject) or _plural_bodies(counts[-1].subject)) \
        else None


def _group_qualified_by(doc: _Doc, scope: SubjectMention) -> SubjectMention | None:
    """`Điểm bình quân của các xã, phường trong tỉnh là 84,35 điểm`, `cấp xã toàn tỉnh`, `Khối UBND cấp huyện tỉnh
    Khánh Hòa`: the province named right after a group only says which group it is; the figure is the group's."""
    window = max(0, scope.start - 20)
    bare = scope.text.lower().startswith(("toàn", "tỉnh "))
    gap = _QUALIFYING_SCOPE.search(doc.masked, window, scope.start) or (
        _SPACE_BEFORE.search(doc.masked, window, scope.start) if bare else None)
    group = _mentions_by(doc)[1].get(gap.start()) if gap else None
    return group if group is not None and (_is_group(group) or _plural_bodies(group)) else None


_SPACE_BEFORE = re.compile(r"[ \t]+$")
_QUALIFYING_SCOPE = re.compile(r"[ \t]+(?i:trong|của|thuộc|trên địa bàn|toàn)[ \t]+$")


def _plural_bodies(subject: SubjectMention) -> bool:
    """`các xã, phường`, `UBND các huyện`, `sở, ban, ngành`, `khối huyện`: many bodies (a level, `cấp xã`, is not)."""
    plural = re.match(r"(?i:(?:UBND |Ủy ban nhân dân |Uỷ ban nhân dân )?các\b|khối\b)", subject.text)
    return plural is not None or "," in subject.text


def _one_body_before(doc: _Doc, figure: _Figure) -> SubjectMention | None:
    """`xã Kiến Xương đạt 86,15 điểm, cao hơn bình quân các xã, phường trong tỉnh (83,92 điểm), xếp thứ 23/104`: a
    rank is one body's, so past a group named only to compare with, the last single body named in its sentence."""
    start = _sentence_start(doc, figure.start)
    single = [m for m in doc.subjects if start <= m.start and m.end <= figure.start and not _plural_bodies(m)]
    return single[-1] if single else None


def _group_named_before(doc: _Doc, figure: _Figure) -> SubjectMention | None:
    """`Khối sở, ban, ngành bình quân đạt 84,26 điểm; có 11/20 cơ quan xếp loại Tốt`, `Điểm bình quân của UBND các
    phường đạt 84,63 điểm; ... Có 07/10 đơn vị xếp loại Tốt`: a count of bodies by a generic noun (`cơ quan`, `đơn
    vị`) counts the bodies of the last group named before it in its paragraph."""
    line_start, _ = doc.line_bounds(figure.start)
    groups = [m for m in doc.subjects if line_start <= m.start and m.end <= figure.start and m.level is not None
              and not m.whole_province and (_is_group(m) or _plural_bodies(m))]
    return groups[-1] if groups else None


_LOWER_UNIT = {"tỉnh": ("huyện", "xã"), "huyện": ("xã",)}


def _issuer_by_name(doc: _Doc, subject: SubjectMention) -> bool:
    """`tháng 11/2025 xã Nam Tuấn đạt 84,52 điểm` in the report of `UBND xã Nam Tuấn`: the unit the issuing
    committee governs, named by its unit word, is the issuer itself (named as the issuer is)."""
    if subject.level not in ("huyện", "xã") or subject.whole_province or _is_group(subject):
        return False
    issuer = _district_issuer_at(doc, subject.start)
    if issuer is None:
        return False
    name = re.sub(r"^(?:ubnd|uy ban nhan dan) ", "", fold(" ".join(subject.text.split())))
    return fold(issuer) == "ubnd " + name


def _district_issuer_at(doc: _Doc, pos: int) -> str | None:
    """The district- or commune-level committee heading the document part that holds `pos` (metadata rules)."""
    spans = getattr(doc, "_part_spans", None)
    if spans is None:
        spans = doc._part_spans = [(start, end, district_issuer(doc.text[start:end], fold_keep_length(
            doc.text[start:end]).replace("\f", "\n"))) for start, end in find_parts(doc.text)]
    return next((issuer for start, end, issuer in spans if start <= pos < end), None)


def _issuer_itself(doc: _Doc, subject: SubjectMention) -> bool:
    """Mentions that stand for the issuer in its own report (the figure then names no body, and the issuer
    rules of `_issuing_district` apply): `Bộ phận Một cửa thị xã và các xã, phường` (the unit itself with
    all its lower units: the whole unit), `Trung tâm Phục vụ hành chính công phường` (the one-stop centre of
    a unit written without its name: the issuer's own), and a place after `tại`/`thuộc` where the work is
    done by the issuer (`Bộ phận Một cửa của Sở tại Trung tâm Phục vụ hành chính công tỉnh`)."""
    return (_whole_with_lower_units(doc, subject) or _own_centre(subject) or _place_of_own_work(doc, subject)
            or _bare_issuer_word(doc, subject) or _branch_in_the_unit(doc, subject))


_BRANCH_AT = re.compile(r"[ \t]+(?:(?:Thành phố|thành phố|Tỉnh|tỉnh)[ \t]+)?(?i:tại|ở)[ \t]+(?P<word>\w+)")


def _branch_in_the_unit(doc: _Doc, subject: SubjectMention) -> bool:
    """`Chi nhánh Trung tâm Phục vụ hành chính công Thành phố tại phường` in a ward's report: the city centre's branch
    placed in the issuing unit, named by its bare unit word, is the unit's own one-stop office."""
    if not re.search(r"(?i:chi nhánh)[ \t]+$", doc.masked[max(0, subject.start - 12):subject.start]):
        return False
    placed = _BRANCH_AT.match(doc.masked, subject.end)
    issuer = _district_issuer_at(doc, subject.start)
    return bool(placed and issuer) and fold(issuer).startswith(fold(f"ubnd {placed['word'].lower()} "))


def _bare_issuer_word(doc: _Doc, subject: SubjectMention) -> bool:
    """`thành phố đạt 93,27%` in the report of `UBND thành phố Quy Nhơn`: the issuer's unit word written alone
    (read elsewhere as the province, a centrally-run city) is the issuer itself."""
    word = " ".join(subject.text.split()).lower()
    if word not in ("thành phố", "thị xã", "huyện", "quận", "phường", "xã"):
        return False
    issuer = _district_issuer_at(doc, subject.start)
    return issuer is not None and fold(issuer).startswith(fold(f"ubnd {word} "))


def _whole_with_lower_units(doc: _Doc, subject: SubjectMention) -> bool:
    if not _is_group(subject) or subject.level is None:
        return False
    before = doc.masked[max(0, subject.start - 40):subject.start]
    bare = re.search(r"(?<![\wÀ-ỹ])(" + _unit_alternation(with_province=True) + r")\s*(?:,|và)\s*$", before,
                     re.IGNORECASE)
    if bare is None:
        return False
    where = subject.start - len(before) + bare.start(1)
    if any(m.start <= where < m.end for m in doc.subjects):
        return False  # `Trung tâm ... tỉnh và các huyện`: two bodies, not one unit with its lower units
    level = "tỉnh" if bare.group(1).lower() == "tỉnh" else _unit_levels_map().get(bare.group(1).lower())
    return subject.level in _LOWER_UNIT.get(level or "", ())


def _own_centre(subject: SubjectMention) -> bool:
    return bool(re.fullmatch(r"(?i:Trung tâm (?:Phục vụ )?hành chính công) (?i:" + _unit_alternation() + r")",
                             " ".join(subject.text.split())))


_SELF_OWNER = re.compile(r"(?<![\wÀ-ỹ])của\s+(?:Sở|(?i:phường|xã|thị trấn|thị xã|huyện|quận))(?![\wÀ-ỹ])"
                         r"(?!\s+[A-ZĐÂÊÔƠƯĂ])")


def _owner_named_after(doc: _Doc, subject: SubjectMention, figure: _Figure) -> bool:
    """`Văn phòng Sở phối hợp với Trung tâm Phục vụ hành chính công tỉnh ..., phấn đấu ... tỷ lệ ... của Sở đạt
    tối thiểu 50%`: a bare owner (`của Sở`, `của phường`) between the body named and the figure says whose the
    figure is, unless that body's name holds the word (`Sở Tư pháp phấn đấu ... của Sở`, `UBND phường A ... của
    phường`)."""
    owner = _SELF_OWNER.search(doc.masked, subject.end, figure.start)
    if owner is None:
        return False
    word = owner.group().split()[-1]
    return not re.search(r"(?<![\wÀ-ỹ])" + re.escape(word) + r"(?![\wÀ-ỹ])", subject.text, re.IGNORECASE)


def _place_of_own_work(doc: _Doc, subject: SubjectMention) -> bool:
    """`của Sở tại Trung tâm ...`, `tại quầy của Sở ở Trung tâm ...`, or `Điểm ... của phường trên Hệ thống đánh
    giá của tỉnh đạt 90,27/100`: after the issuer named as owner (`của Sở`, `của phường`), a place (`tại`, `thuộc`,
    `ở`) or the province qualifies a noun."""
    lead = doc.masked[max(0, subject.start - 8):subject.start]
    place = re.search(r"(?<![\wÀ-ỹ])(?i:tại|thuộc|ở)\s+$", lead)
    owned_province = subject.whole_province and re.search(r"(?<![\wÀ-ỹ])của\s+$", lead) and fold(
        subject.text) in ("tinh", "thanh pho")
    if not place and not owned_province:
        return False
    clause = doc.clause_start(subject.start)
    return bool(_SELF_OWNER.search(doc.masked[clause:subject.start]))


@cache
def _unit_levels_map() -> dict[str, str]:
    return {r["word"]: r["level"] for r in read_jsonl("subjects.jsonl") if r["kind"] == "unit"}


@cache
def _unit_alternation(with_province: bool = False) -> str:
    words = sorted([*_unit_levels_map(), *(["tỉnh"] if with_province else [])], key=len, reverse=True)
    return "|".join(re.escape(w) for w in words)


# the colon closing a list line's heading body, maybe after a bracket on where it works (`- Phòng Giao dịch số 1 (khu
# vực Bến Tre): 5.318 hồ sơ; 99,81%`)
_HEADING_COLON = re.compile(r"(?:[ \t]*\([^()\n]{1,60}\))?[\s*]*:")


def _line_heading_body(doc: _Doc, pos: int) -> SubjectMention | None:
    """`- Phường Phước Hội: 2.105 hồ sơ; trực tuyến 86,4%; số hóa 97,2%.`: a list line headed by a body and a
    colon is about that body, in every clause of the line."""
    line_start, _ = doc.line_bounds(pos)
    named = [m for m in doc.subjects if line_start <= m.start and m.end <= pos]
    if not named:
        return None
    lead = doc.masked[line_start:named[0].start]  # (a footnote's marker may lead: `[4] Thuế cơ sở 1 ...: 1.126 hộ`)
    if re.sub(r"^[\s\-+•*–]*(?:\d{1,2}(?:\.\d{1,2})+\.?|[a-zđ\d]{1,2}[.)]|\[\d{1,2}\])?\s*", "", lead):
        return None  # (`7.2. Trung tâm Xúc tiến thương mại: ...`: the marker read whole, before `7.` alone)
    last = 0  # `- UBND huyện Phú Tân, UBND huyện Thoại Sơn, UBND thị xã Tân Châu: 105 hồ sơ quá hạn; 01 PAKN`
    while last + 1 < len(named) and _BODY_JOINER.fullmatch(doc.masked[named[last].end:named[last + 1].start]):
        last += 1
    if _HEADING_COLON.match(doc.masked, named[last].end, pos):
        return named[0] if last == 0 else _joined(doc, named[:last + 1])
    # `- Công an các phường thuộc thành phố Dĩ An: 5.732 hồ sơ`: the bodies, placed by the unit after `thuộc`
    place = named[last + 1] if last + 1 < len(named) else None
    if (place is not None and re.fullmatch(r"[ \t]+(?i:thuộc)[ \t]+", doc.masked[named[last].end:place.start])
            and re.match(r"[\s*]*:", doc.masked[place.end:pos])):
        return named[0] if last == 0 else _joined(doc, named[:last + 1])
    return None


def _item_opener(doc: _Doc, pos: int) -> SubjectMention | None:
    """`- Xã Long Quảng là đơn vị duy nhất xếp loại Yếu; các chỉ tiêu bị trừ điểm nhiều: ... đạt 1,84/6 điểm`: a
    bulleted or numbered item opening on one body's name is about that body in the later clauses of its first
    sentence naming none."""
    line_start, _ = doc.line_bounds(pos)
    if not _ITEM_MARK.match(doc.masked, line_start):
        return None
    opener = next((m for m in doc.subjects if line_start <= m.start and m.end <= pos), None)
    if opener is None or opener.whole_province or not _opens_line(doc, opener) or _plural_bodies(opener):
        return None
    if _sentence_start(doc, pos) > opener.start:
        return None  # `1. Công an tỉnh đã thu nhận ... . Toàn tỉnh có ...`: a later sentence speaks for itself
    return opener


_BODY_SECTION = re.compile(r"[ \t#*]*\d{1,2}\.[ \t]+")


def _numbered_section_body(doc: _Doc, pos: int) -> SubjectMention | None:
    """`1. Sở Công Thương` over `a) Kết quả đạt được` and `- Sở ban hành Kế hoạch ... với 32 nhiệm vụ`: a numbered
    heading that is only one body's name governs the items and paragraphs under it naming no body (the lines between
    pass, lettered sub-headings among them; the first numbered line or Roman heading above ends the search)."""
    line_start, _ = doc.line_bounds(pos)
    while line_start > 0:
        above, above_end = doc.line_bounds(line_start - 1)
        line = doc.masked[above:above_end]
        numbered = _BODY_SECTION.match(line)
        if numbered:
            named = [m for m in doc.subjects if above + numbered.end() == m.start and m.end <= above_end]
            tail = doc.masked[named[0].end:above_end] if named else ""
            return named[0] if named and re.fullmatch(r"[ \t*:.]*", tail) else None
        if _TOP_HEADING.match(line):
            return None
        line_start = above
    return None


_SUB_ITEM = re.compile(r"[ \t]*\+[ \t]")
_PARENT_ITEM = re.compile(r"[ \t]*[-•–][ \t]*")


def _parent_item_body(doc: _Doc, pos: int) -> SubjectMention | None:
    """`- Thành phố Tuy Hòa:` over `  + Tiếp nhận qua BCCI 2.614 hồ sơ, chiếm 31,02%;`: a `+` sub-item naming no body
    is about the body its parent item names alone before a colon."""
    line_start, _ = doc.line_bounds(pos)
    if not _SUB_ITEM.match(doc.masked, line_start):
        return None
    while line_start > 0:
        above, above_end = doc.line_bounds(line_start - 1)
        if not _SUB_ITEM.match(doc.masked, above):
            bullet = _PARENT_ITEM.match(doc.masked, above)
            named = [m for m in doc.subjects if bullet and bullet.end() == m.start and m.end <= above_end]
            tail = doc.masked[named[0].end:above_end] if named else ""
            return named[0] if named and re.fullmatch(r"[ \t*]*:[ \t*]*", tail) else None
        line_start = above
    return None


# `khối sở, ban, ngành, khối UBND cấp huyện và khối UBND cấp xã`: the block word may open each next item
_BODY_JOINER = re.compile(r"\s*(?:,|;|và|,\s*và)\s*(?:(?i:khối)\s+)?")


def _task_bodies(doc: _Doc, subject: SubjectMention) -> SubjectMention:
    """`UBND huyện Ba Tơ, UBND huyện Lý Sơn tăng cường ..., bảo đảm ... đạt tối thiểu 70%`: a target set for
    the list of bodies that opens its task line belongs to all of them, not to the last one named."""
    index = next((i for i, m in enumerate(doc.subjects) if m.start == subject.start), None)
    if index is None:
        return subject
    first = index
    while first > 0 and _BODY_JOINER.fullmatch(doc.masked[doc.subjects[first - 1].end:doc.subjects[first].start]):
        first -= 1
    opening = doc.subjects[first]
    line_start, _ = doc.line_bounds(opening.start)
    if first == index or re.sub(r"^[\s\-+•*–]*(?:[a-zđ\d]{1,2}[.)])?\s*", "", doc.masked[line_start:opening.start]):
        return subject
    bodies = doc.subjects[first:index + 1]
    levels = {m.level for m in bodies}
    text = doc.text[opening.start:subject.end]
    return SubjectMention(opening.start, subject.end, text, levels.pop() if len(levels) == 1 else None)


_ORDINAL_ITEM = r"(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là,|Thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười),"
_PARTNER_LEAD = re.compile(r"(?i:phối hợp với|cùng với|phối hợp cùng)\s*$")
# `Sở đã trình UBND tỉnh xếp hạng 04 di tích`: the body a proposal goes to does not do the work
_RECIPIENT_LEAD = re.compile(r"(?<![\wÀ-ỹ])(?i:đã trình|trình)\s*$")
_OWNER_LEAD = re.compile(r"(?<![\wÀ-ỹ])của\s+$")
_DIRECTIVE = re.compile(r"(?<![\wÀ-ỹ])(?i:chỉ đạo|đôn đốc)(?![\wÀ-ỹ])")


def _task_opener(doc: _Doc, subject: SubjectMention) -> SubjectMention:
    """`Công an tỉnh phối hợp với UBND các huyện ... phấn đấu ... đạt 95%`: the partner named after `phối hợp
    với` is not the target's owner; the body that opens the task is. Likewise the bodies a task's opener
    directs (`UBND các huyện chỉ đạo Bộ phận Một cửa cấp huyện, cấp xã ..., bảo đảm tỷ lệ ... đạt từ 90%`), and
    the bodies opening the task when the rate is then said to be their level's (`... của cấp xã`)."""
    opener = _sentence_opener(doc, subject)
    if _is_partner(doc, subject):
        return opener  # none when the opener is no body we know (`Phòng Hành chính phối hợp với Bưu điện tỉnh`)
    if (opener is not None and _opens_line(doc, opener) and _DIRECTIVE.search(doc.masked[opener.end:subject.start])
            and not _OWNER_LEAD.search(doc.masked[max(0, subject.start - 8):subject.start])):
        return opener  # (not when the rate names its own bodies: `tỷ lệ ... của cấp huyện, cấp xã đạt 50%`)
    if (opener is not None and opener is not subject and _opens_line(doc, opener) and _is_group(opener)
            and _LEVEL_MENTION.fullmatch(subject.text) and opener.level == subject.level):
        return opener  # `UBND các xã, phường phấn đấu ... tỷ lệ ... của cấp xã đạt 50%`: the bodies of that level
    return subject


def _partners_opener(doc: _Doc, subject: SubjectMention) -> SubjectMention | None:
    """`Sở Nội vụ phối hợp với Bưu điện tỉnh phát ra 1.850 phiếu`: what bodies do together is the work of the one
    that opens the sentence, not of its partner; and what a body proposes to another (`Sở đã trình UBND tỉnh xếp
    hạng 04 di tích`) is the proposer's work (none when the proposer is no body named: the issuer's)."""
    if _is_partner(doc, subject):
        opener = _sentence_opener(doc, subject)
        if opener is not None and _is_partner(doc, opener):
            return None  # `Phối hợp với Sở Tư pháp, Bảo hiểm xã hội tỉnh giải quyết ...`: all partners, of the issuer
        return opener or subject
    if _RECIPIENT_LEAD.search(doc.masked[max(0, subject.start - 12):subject.start]):
        return _sentence_opener(doc, subject)
    return subject


def _is_partner(doc: _Doc, subject: SubjectMention) -> bool:
    """Whether the body is named right after `phối hợp với` (`cùng với`, `phối hợp cùng`), or in the list of partners
    it opens (`phối hợp với Sở Thông tin và Truyền thông, Sở Nội vụ mở 23 lớp`)."""
    if _PARTNER_LEAD.search(doc.masked[max(0, subject.start - 25):subject.start]):
        return True
    joiner = _LISTED_BEFORE.search(doc.masked, max(0, subject.start - 8), subject.start)
    listed = _mentions_by(doc)[1].get(joiner.start()) if joiner else None
    return listed is not None and _is_partner(doc, listed)


# between two bodies of a list, right before the second (`Sở Thông tin và Truyền thông, Sở Nội vụ`)
_LISTED_BEFORE = re.compile(r"[ \t]*(?:,|(?<![\wÀ-ỹ])và)[ \t]*$")


def _sentence_opener(doc: _Doc, subject: SubjectMention) -> SubjectMention | None:
    """The first body named in the sentence before `subject`."""
    start = _sentence_start(doc, subject.start)
    return next((m for m in doc.subjects if start <= m.start < subject.start), None)


def _opens_line(doc: _Doc, mention: SubjectMention) -> bool:
    """Whether only an item marker comes before `mention` on its line."""
    line_start, _ = doc.line_bounds(mention.start)
    lead = doc.masked[line_start:mention.start]
    return not re.sub(r"^[\s\-+•*–]*(?:(?:[a-zđ]|\d{1,2}(?:\.\d{1,2})*)[.)])?\s*", "", lead)


def _coordinating_assignee(doc: _Doc, subject: SubjectMention) -> bool:
    """A single named body that opens a task and works with others (`Sở Thông tin và Truyền thông phối hợp
    với các ngân hàng ...`) carries out a province-wide goal: the goal's figure is not that body's own."""
    if re.match(r"(?i:các|ubnd các|cấp)\b", subject.text) or subject.level != "tỉnh":
        return False
    line_start, _ = doc.line_bounds(subject.start)
    lead = doc.masked[line_start:subject.start]
    opens = not re.sub(r"^[\s\-+•*–]*(?:[a-zđ\d]{1,2}[.)]|" + _ORDINAL_ITEM + r")?\s*(?:(?i:giao)\s+)?", "", lead)
    after = doc.masked[subject.end:subject.end + 30]
    return opens and bool(re.match(r"\s*(?i:phối hợp với|chủ trì, phối hợp)", after))


def _governing_subject(doc: _Doc, figure: _Figure) -> SubjectMention | None:
    """`Thị xã Kỳ Anh có 12/12 xã` or `3 đơn vị cấp huyện`: the body right before `có N` or right after the unit."""
    after_unit = re.compile(r"\s*").match(doc.masked, figure.raw_unit_end).end()
    for mention in doc.overlapping(doc.subjects, figure.start - 17, after_unit + 1):
        if figure.start - 16 <= mention.end <= figure.start and re.fullmatch(
            r"[\s,:*]*(?:(?:đã )?có|gồm)?[\s*]*", doc.masked[mention.end:figure.start]
        ) and not _assessor(doc, mention):
            return mention
        if figure.raw_unit_end <= mention.start and not doc.masked[figure.raw_unit_end:mention.start].strip():
            return mention
    return None


def _subject_after(doc: _Doc, figure: _Figure) -> SubjectMention | None:
    end = doc.clause_end(figure.end)
    nxt = _FIGURE.search(doc.masked, figure.end, end)
    stop = nxt.start() if nxt else end
    for mention in doc.subjects:
        if figure.end <= mention.start and mention.end <= stop:
            return mention
    return None


# the verbs of a clause whose actor is the body just named (`Bệnh viện đạt`, `Trung tâm đã tiếp nhận`)
_ACTING = r"(?=\s+(?:đã\s|đang\s|đạt\s|có\s|tiếp nhận|giải quyết|thực hiện|cấp\s|xếp|phối hợp|mở\s|tổ chức))"
# `so với chỉ tiêu Sở Y tế giao năm 2024 là 40%`, `đạt chỉ tiêu năm 2024 Tỉnh ủy giao (80%)`: the body that set a
# target, not the one it is for
_GIVER_BEFORE = re.compile(r"(?i:chỉ tiêu|kế hoạch)\s+(?:(?i:năm|quý|tháng)\s+[\dIVX/]+\s+)?(?:do\s+)?$")
_GIVER_AFTER = re.compile(r"\s+(?i:giao|đề ra)(?![\wÀ-ỹ])")


# `Căn cứ bộ tiêu chí do Sở Nội vụ ban hành (...), điểm đánh giá bình quân của các Trung tâm là 81,37/100 điểm`: the
# body that wrote the rules a figure is measured by
_AUTHOR_BEFORE = re.compile(r"(?<![\wÀ-ỹ])(?i:do)\s+$")
_AUTHOR_AFTER = re.compile(r"\s+(?i:ban hành|công bố)(?![\wÀ-ỹ])")


# `hồ sơ nhận bàn giao từ cấp huyện`, `hồ sơ do UBND thành phố Vĩnh Long (cũ) chuyển giao`, `UBND quận Ninh Kiều (cũ)
# bàn giao cho phường 1.264 hồ sơ`: the body that handed files over, not the one now settling them
_HANDED_FROM = re.compile(r"(?<![\wÀ-ỹ])(?i:bàn giao|chuyển giao)\s+(?i:từ)\s+$")
_HANDING_OVER = re.compile(r"(?:\s*\((?i:cũ)\))?\s+(?:(?i:đã)\s+)?(?i:bàn giao|chuyển giao)(?![\wÀ-ỹ])")


def _handed_files_over(doc: _Doc, mention: SubjectMention) -> bool:
    """A body named as the one that handed files over to another (`nhận bàn giao từ cấp huyện`, `do UBND quận Ninh
    Kiều (cũ) chuyển giao`)."""
    return bool(_HANDING_OVER.match(doc.masked, mention.end)
                or _HANDED_FROM.search(doc.masked, max(0, mention.start - 30), mention.start))


_HANDED_TO = re.compile(r"[ \t]+(?i:cho)[ \t]+(?P<word>(?i:phường|xã|đặc khu))(?![\wÀ-ỹ])")


def _receivers(mentions: list[SubjectMention], doc: _Doc) -> list[SubjectMention]:
    """`UBND quận Ninh Kiều (cũ) bàn giao cho phường 1.264 hồ sơ` in the report of `UBND phường Ninh Kiều`: the
    issuer, named by its bare unit word as the body receiving the files."""
    parts = getattr(doc, "parts", None) or []
    found = []
    for mention in mentions if parts else []:
        handing = _HANDING_OVER.match(doc.masked, mention.end)
        to = _HANDED_TO.match(doc.masked, handing.end()) if handing else None
        if to is None:
            continue
        issuer = " ".join((parts[_part_index(parts, mention.start)].issuer or "").split())
        if re.search(rf"(?<![\wÀ-ỹ]){to['word']}(?![\wÀ-ỹ])", issuer, re.IGNORECASE):
            found.append(SubjectMention(to.start("word"), to.end("word"), issuer, _issuer_level(issuer)))
    return found


def _not_givers(mentions: list[SubjectMention], doc: _Doc) -> list[SubjectMention]:
    """The mentions but those of a body setting a target (`chỉ tiêu Sở Y tế giao`), issuing the rules a figure is
    measured by (`bộ tiêu chí do Sở Nội vụ ban hành`) or handing its files over to another (`hồ sơ do UBND thành phố
    Vĩnh Long (cũ) chuyển giao`)."""
    kept = [m for m in mentions if not (_GIVER_AFTER.match(doc.masked, m.end)
                                        and _GIVER_BEFORE.search(doc.masked[max(0, m.start - 20):m.start]))
            and not (_AUTHOR_AFTER.match(doc.masked, m.end) and _AUTHOR_BEFORE.search(doc.masked, max(0, m.start - 4),
                                                                                      m.start))
            and not _handed_files_over(doc, m)]
    return sorted(kept + _receivers(mentions, doc), key=lambda m: m.start)


def _with_bare_issuer(mentions: list[SubjectMention], doc: _Doc) -> list[SubjectMention]:
    """`Trong đánh giá ... của Sở Y tế, Bệnh viện đạt 4,21 điểm` in the report of `Bệnh viện Đa khoa Đồng Nai`: a body
    reporting on its own work (`own_work`) written by its bare word as the actor of a clause (a capital, no name after
    it, not a place after `tại`) is named there, as the issuer. So is any other self-reporter (a Sở) written so after a
    sentence's opening that names another body (`Tại Trung tâm Phục vụ hành chính công tỉnh, Sở đang tiếp nhận, giải
    quyết 96 TTHC`); elsewhere its figures follow the report's scope."""
    found = []
    for part in getattr(doc, "parts", None) or []:
        issuer = " ".join((part.issuer or "").split())
        found += _party_committees_council(doc, part, issuer)
        reporter = _self_reporter_of(issuer) if issuer else None
        if reporter is None:
            continue
        organ = _organ_body(issuer)
        record = _reporter_records()[reporter]
        names = [record.get("short") or reporter.strip(), *record.get("also", [])]  # `Trường`, `Nhà trường`
        bare = re.compile(r"(?<![a-z0-9])(?<!tai )(?<!o )(?:" + "|".join(
            r"\s+".join(re.escape(fold(w)) for w in name.split()) for name in names) + ")" + fold(_ACTING))
        start, end = part.start or 0, part.end or len(doc.masked)
        for match in bare.finditer(_folded(doc), start, end):
            if not doc.masked[match.start()].isupper():
                continue
            if (named := _same_kind_named_before(doc, mentions, match, issuer)) is not None:
                found.append(SubjectMention(match.start(), match.end(), named.text, named.level))
            elif organ or _after_another_body(doc, mentions, match.start()):
                found.append(SubjectMention(match.start(), match.end(), issuer, _issuer_level(issuer)))
    if not found:
        return mentions
    taken = SpanSet((m.start, m.end) for m in mentions)
    return sorted(mentions + [m for m in found if not taken.overlaps(m.start, m.end)], key=lambda m: m.start)


_LOCAL_PARTY_ISSUER = re.compile(r"(?:Đảng ủy|HĐND) (?P<unit>xã|phường|đặc khu) (?P<name>.+)")
_BARE_COUNCIL = re.compile(r"(?<![\wÀ-ỹ])(?:UBND|Ủy ban nhân dân) (?P<unit>xã|phường|đặc khu)(?![\wÀ-ỹ])"
                           r"(?![ \t]+[A-ZĐÂÊÔƠƯĂÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])")


def _commune_committee(issuer: str) -> tuple[str, str] | None:
    """(unit word, `UBND xã Đồng Lộc`) of the commune whose Party committee or people's council issues
    (`Đảng ủy xã Đồng Lộc`, `HĐND xã Di Linh`), else None."""
    party = _LOCAL_PARTY_ISSUER.fullmatch(issuer)
    return (party["unit"], f"UBND {party['unit']} {party['name']}") if party else None


def _party_committees_council(doc: _Doc, part: DocumentMeta, issuer: str) -> list[SubjectMention]:
    """`UBND xã tiếp nhận 9.412 hồ sơ` in the report of `Đảng ủy xã Đồng Lộc` (or `HĐND xã Di Linh`): the commune's
    committee written without its name is that commune's (`UBND xã Đồng Lộc`), the Party committee (or the council)
    reporting on the work it led (or supervised)."""
    if (committee := _commune_committee(issuer)) is None:
        return []
    unit, name = committee
    start, end = part.start or 0, part.end or len(doc.masked)
    return [SubjectMention(m.start(), m.end(), name, "xã")
            for m in _BARE_COUNCIL.finditer(doc.masked, start, end) if m["unit"] == unit]


def _council_in_paragraph(doc: _Doc, issuer: str, pos: int) -> SubjectMention | None:
    """`UBND xã tiếp nhận 7.134 hồ sơ; số hồ sơ ... lần lượt là 1.046, ... . Hồ sơ nộp trực tuyến 4.526 hồ sơ` in the
    report of `HĐND xã Di Linh`: a figure naming no body, in a paragraph on the work of the commune's committee
    (written there without its name), is that committee's, not the council's or the Party committee's."""
    if (committee := _commune_committee(issuer)) is None:
        return None
    unit, name = committee
    start, end = doc.line_bounds(pos)
    if not any(m["unit"] == unit for m in _BARE_COUNCIL.finditer(doc.masked, start, end)):
        return None
    return SubjectMention(pos, pos, name, "xã")


def _same_kind_named_before(doc: _Doc, mentions: list[SubjectMention], bare: re.Match,
                            issuer: str) -> SubjectMention | None:
    """`Sở Nông nghiệp và Môi trường chỉ đạo ..., nâng tỷ lệ ... của Sở đạt tối thiểu 75%` in another Sở's report:
    the bare word as owner stands for the body of its kind the sentence named before it, not for the issuer."""
    if not re.search(r"(?<![\wÀ-ỹ])của\s+$", doc.masked[max(0, bare.start() - 8):bare.start()]):
        return None  # `Sau khi tiếp nhận ... của Sở Giao thông vận tải, Sở đang thực hiện`: the actor is the issuer
    word = " ".join(bare.group().split()[:1])
    sentence_start = _sentence_start(doc, bare.start())
    named = [m for m in mentions if sentence_start <= m.start and m.end <= bare.start()
             and fold(m.text).startswith(word + " ") and not fold(m.text).startswith(fold(issuer))]
    return named[-1] if named else None


def _after_another_body(doc: _Doc, mentions: list[SubjectMention], pos: int) -> bool:
    """Whether the sentence before `pos` names a body (one that would otherwise own the clause's figures)."""
    sentence_start = max(doc.masked.rfind(". ", 0, pos), doc.masked.rfind("\n", 0, pos), doc.masked.rfind(";", 0, pos))
    return any(sentence_start < m.start and m.end <= pos and not m.whole_province for m in mentions)


def _folded(doc: _Doc) -> str:
    """The masked text folded (lower case, no marks), offsets kept; computed once per document."""
    if getattr(doc, "_folded_masked", None) is None:
        doc._folded_masked = fold_keep_length(doc.masked)
    return doc._folded_masked


def _issuer_level(issuer: str) -> str:
    """The level of a body reporting on its own work: the one its name states (`Trung tâm Y tế huyện Châu Thành`),
    the one of the kind it is named by (`Công an xã`), else the province's (`Chi cục Thủy lợi`, `Bệnh viện Đa khoa
    Đồng Nai`)."""
    named = find_subjects(issuer)
    return named[0].level if len(named) == 1 and named[0].text == issuer and named[0].level else _organ_level(issuer)


def _organ_level(issuer: str) -> str:
    """The level of a body named by its kind: a commune's (`Công an xã`, named so for `CÔNG AN XÃ CHU TRINH`), a
    district's (`... huyện`), else the province's (`Chi cục Thủy lợi`)."""
    last = _ORGAN_LEVEL_WORD.search(fold(issuer))
    if last is None:
        return "tỉnh"
    return "xã" if last.group(1) in ("xa", "phuong", "thi tran", "dac khu") else "huyện"


_ORGAN_LEVEL_WORD = re.compile(r" (xa|phuong|thi tran|dac khu|huyen|quan|thi xa)$")


def _local_parent(doc: _Doc, part: DocumentMeta) -> str | None:
    """The level of the district or commune committee whose header line stands over the issuer's (`UBND HUYỆN TIÊN
    LỮ` over `PHÒNG TƯ PHÁP`: `huyện`), else None (a provincial parent, or none)."""
    head = doc.masked[part.start:part.start + 400]
    cut = fold(head).find("cong hoa")
    committee = _LOCAL_COMMITTEE.search(fold(head[:cut] if cut > 0 else head))
    if committee is None or (committee["unit"] == "thanh pho" and is_centrally_run_city(committee["name"])):
        return None
    return "xã" if committee["unit"] in ("xa", "phuong", "thi tran", "dac khu") else "huyện"


# a district's or commune's committee as a header line (`UBND HUYỆN TIÊN LỮ`, `ỦY BAN NHÂN DÂN` over `XÃ AN PHÚ`)
_LOCAL_COMMITTEE = re.compile(r"(?m)^[ \t*#]*(?:uy ban nhan dan|ubnd)[ \t*]*\n?[ \t*#]*"
                              r"(?P<unit>huyen|thi xa|quan|thanh pho|phuong|thi tran|xa|dac khu)[ \t]+"
                              r"(?P<name>[a-z][a-z ]*?)[ \t*]*$")


def _organ_body(issuer: str) -> bool:
    """Whether the issuer is a body reporting on its own work that no subject pattern names (`Chi cục Thủy lợi`,
    `Bệnh viện Đa khoa Đồng Nai`, `Tỉnh đoàn`: patterns/subjects.jsonl `self_reporter` with `own_work`), or a body
    issuing under a parent that reports on its members too (`Liên minh Hợp tác xã tỉnh`: `organ` only)."""
    reporter = _self_reporter_of(issuer)
    return reporter is not None and (_own_work(reporter) or bool(_reporter_records()[reporter].get("organ")))


# `Biên bản kiểm tra công tác cải cách hành chính ... tại UBND xã Phong Nha`: what an inspection's record is about
_INSPECTED_AT = re.compile(r"(?<![\wÀ-ỹ])(?i:kiểm tra|giám sát|làm việc)(?![\wÀ-ỹ])[^()]*?(?<![\wÀ-ỹ])(?i:tại)[ \t]+")
_AT = re.compile(r"(?<![\wÀ-ỹ])(?i:tại)[ \t]+")
_SEVERAL_COMMUNES = re.compile(r"(?i:một số|các)[ \t]+(?i:xã|phường)(?:,[ \t]*(?i:xã|phường|thị trấn|đặc khu))*"
                               r"(?![\wÀ-ỹ])")


def _inspected_body(part: DocumentMeta) -> SubjectMention | None:
    """The one body a record (`Biên bản`) or an inspection's or supervision's report names in its title after `tại`
    (`... tại UBND xã Phong Nha`), the figures naming no body being that body's, not the inspecting team's; else
    None."""
    title = part.title or ""
    found = (_AT if part.doc_type == "Biên bản" else _INSPECTED_AT).search(title)
    if found and (several := _SEVERAL_COMMUNES.match(title, found.end())):
        # `... năm 2025 tại một số xã, phường`: the communes inspected, together (the figures of their files)
        return SubjectMention(0, 0, several.group(), "xã")
    named = find_subjects(title[found.end():]) if found else []
    if not named or named[0].start != 0 or named[0].whole_province or named[0].level is None:
        return None
    return named[0]


# an inspection whose sentence lists the units it covered: `Tổ kiểm tra ... kiểm tra đột xuất tại 04 đơn vị: UBND
# phường An Xuyên, UBND phường Bạc Liêu, UBND xã Đầm Dơi và UBND xã Năm Căn.`
_INSPECTED_LIST = re.compile(r"(?<![\wÀ-ỹ])(?i:kiểm tra)(?![\wÀ-ỹ])[^.\n]{0,60}?(?<![\wÀ-ỹ])(?i:tại)[ \t]+\d{1,3}[ \t]+"
                             r"(?i:đơn vị|cơ quan, đơn vị|xã, phường)[ \t]*:[ \t]*(?P<list>[^.\n]+)")


def _inspected_lists(doc: _Doc) -> list[re.Match]:
    """The document's inspections that list their units, read once per document (asked at every figure naming no
    body)."""
    cached = getattr(doc, "_inspected_lists", None)
    if cached is None:
        cached = doc._inspected_lists = list(_INSPECTED_LIST.finditer(doc.masked))
    return cached


def _inspected_in_section(doc: _Doc, pos: int) -> SubjectMention | None:
    """The communes an inspection in the body lists (`kiểm tra đột xuất tại 04 đơn vị: UBND phường An Xuyên, ... và
    UBND xã Năm Căn`), together: the figures naming no body after it in its section (the files checked, their faults)
    are theirs, as an inspected body's in a title are; None unless every unit listed is a commune."""
    found = next((m for m in reversed(_inspected_lists(doc)) if m.end() <= pos), None)
    if found is None:
        return None
    heading = _heading_before(doc, pos)
    if heading and doc.masked.rfind(heading, found.end(), pos + len(heading)) != -1:
        return None  # (in an earlier section than the figure's)
    listed = find_subjects(found.group("list"))
    if len(listed) < 2 or any(m.level != "xã" for m in listed):
        return None
    return SubjectMention(found.start("list"), found.end("list"), " ".join(found.group("list").split()), "xã")


# a title on the one-stop bodies of a lower level as a whole (`... hoạt động của Trung tâm Phục vụ hành chính công các
# xã, phường, đặc khu tháng 10 năm 2025`), folded
_LOWER_BODIES_TITLE = re.compile(r"(?<![a-z])(?:cua|tai|doi voi|van hanh)\s+(?:cac\s+)?"
                                 r"(?:trung tam phuc vu hanh chinh cong|bo phan mot cua"
                                 r"|bo phan tiep nhan va tra ket qua|ubnd|uy ban nhan dan)"
                                 r"\s+(?:cac|cap)\s+(?P<unit>xa|huyen)(?![a-z])")


# a title on the province's agencies as a whole, and no other bodies (`Tình hình giải quyết hồ sơ TTHC của các sở,
# ban, ngành tháng 9 năm 2025`), folded
_AGENCIES_TITLE = re.compile(r"(?<![a-z])(?:cua|tai|doi voi)\s+(?:cac\s+)?(?:khoi\s+)?so,\s*ban,\s*nganh(?![a-z])"
                             r"(?!.*(?<![a-z])(?:huyen|xa|phuong|thi tran|dia phuong)(?![a-z]))")


def _lower_bodies_titled(part: DocumentMeta, issuer: str) -> tuple[str, str] | None:
    """The bodies a provincial body's report is titled on as a whole, and their level: the communes' one-stop centres
    (`Kết quả rà soát, đánh giá hoạt động của Trung tâm Phục vụ hành chính công các xã, phường, đặc khu` by a Sở Nội
    vụ, `Tình hình bố trí cán bộ, công chức và vận hành Trung tâm Phục vụ hành chính công cấp xã`: `cấp xã`), or the
    province's agencies (`... của các sở, ban, ngành tháng 9 năm 2025` by the Văn phòng: `sở, ban, ngành`). Its
    figures naming no body (`các Trung tâm bố trí 652 quầy`, `Có 76/93 đơn vị ...`) are theirs, not the issuer's;
    else None."""
    return _titled_bodies(part.title or "", issuer) if issuer else None


@cache
def _titled_bodies(title: str, issuer: str) -> tuple[str, str] | None:
    """`_lower_bodies_titled` for one title and issuer (asked once per figure naming no body: computed once)."""
    if _issuer_level(issuer) != "tỉnh":
        return None
    title = fold(title)
    if _AGENCIES_TITLE.search(title):
        return "sở, ban, ngành", "tỉnh"
    found = _LOWER_BODIES_TITLE.search(title)
    if found is None:
        return None
    return ("cấp xã", "xã") if found["unit"] == "xa" else ("cấp huyện", "huyện")


_AMONG_PROVINCES = re.compile(r"\d{1,2}[ \t]*/[ \t]*(?:34|63)[ \t]+(?i:tỉnh)(?![\wÀ-ỹ])")


def _issuing_district(doc: _Doc, parts: list[DocumentMeta], pos: int) -> SubjectMention | None:
    """The issuer's own figures. A district- or commune-level committee's report (`UBND thị xã La Gi`, `UBND
    phường Thanh Đức`): a figure naming no body is that unit's, as a provincial report would name it. A
    provincial body's report (`Sở Tư pháp`): a figure naming no body under a section heading that names the
    issuer (`1. KẾT QUẢ ... TẠI SỞ TƯ PHÁP`) is the issuer's; elsewhere it stays the province's."""
    if not parts or _AMONG_PROVINCES.match(doc.masked, pos):
        return None  # `xếp thứ 6/34 tỉnh, thành phố`: the province's rank, whoever reports it
    if (inspected := _inspected_body(parts[_part_index(parts, pos)]) or _inspected_in_section(doc, pos)) is not None:
        return SubjectMention(pos, pos, inspected.text, inspected.level)
    issuer = " ".join((parts[_part_index(parts, pos)].issuer or "").split())
    if _city_named_bare(doc, parts[_part_index(parts, pos)], pos):
        return None
    if (titled := _lower_bodies_titled(parts[_part_index(parts, pos)], issuer)) is not None:
        # (`1. Kết quả chung của tỉnh` over the province's own figures in a notice on the communes)
        province = _province_sentence(doc, issuer, pos) or _heading_names_province(doc, pos)
        return None if province else SubjectMention(pos, pos, *titled)
    if _runs_the_systems(issuer) and _on_the_system(doc, pos):
        return None
    mentions = find_subjects(issuer) if issuer else []
    if _organ_body(issuer) and not (len(mentions) == 1 and mentions[0].text == issuer):
        # `Chi cục Thủy lợi`, `Trung tâm Dịch vụ việc làm`, `Cục Thuế tỉnh`: a body under a provincial parent (also
        # `Chi nhánh Ngân hàng Chính sách xã hội tỉnh`, which the subject patterns read only in part)
        level = _organ_level(issuer)
        if level == "tỉnh" and (parent := _local_parent(doc, parts[_part_index(parts, pos)])):
            level = parent  # `UBND HUYỆN TIÊN LỮ / PHÒNG TƯ PHÁP`: the district's office
        mentions = [SubjectMention(0, len(issuer), issuer, level)]
    if len(mentions) != 1 or mentions[0].text != issuer or mentions[0].whole_province or mentions[0].level is None:
        return None
    level = mentions[0].level
    if level == "xã" and (council := _council_in_paragraph(doc, issuer, pos)) is not None:
        return council
    if level in ("huyện", "xã") and (fold(issuer).startswith(("ubnd ", "trung tam phuc vu hanh chinh cong ",
                                                              "dang uy ", "hdnd ")) or _organ_body(issuer)):
        # a commune's own centre too (`... công xã Ea Kar`), its Party committee or council (`Đảng ủy xã Đồng Lộc`), a
        # district's body on its own work (`Trung tâm Y tế huyện Châu Thành`)
        return SubjectMention(pos, pos, issuer, level)
    if level == "tỉnh" and _owned_by_issuer(doc, issuer, pos):
        return SubjectMention(pos, pos, issuer, level)
    if level == "tỉnh" and (fold(issuer) in fold(_heading_before(doc, pos)) or _headed_as_issuers_own(
            doc, issuer, pos)):
        return None if _province_sentence(doc, issuer, pos) else SubjectMention(pos, pos, issuer, level)
    if level == "tỉnh" and (_heading_names_province(doc, pos) or _heading_names_city(doc, parts, pos)):
        return None
    if level == "tỉnh" and any(fold(issuer) in fold(heading) for heading in _enclosing_headings(doc, pos)):
        # `1. Tiếp nhận ...` in `II. KẾT QUẢ ... TẠI SỞ TÀI CHÍNH`
        return None if _province_sentence(doc, issuer, pos) else SubjectMention(pos, pos, issuer, level)
    if level == "tỉnh" and _speaks_of_itself_at(doc, parts[_part_index(parts, pos)], issuer, pos):
        return SubjectMention(pos, pos, issuer, level)
    if level == "tỉnh" and _titled_on_itself(doc, parts[_part_index(parts, pos)], issuer, pos):
        return SubjectMention(pos, pos, issuer, level)
    return None


# a sentence whose actor is the province's information system (`- Trong quý, Hệ thống tiếp nhận 126.483 hồ sơ`), or
# a figure measured on it (`Tỷ lệ hồ sơ thanh toán trực tuyến trên Hệ thống đạt 41,27%`)
_SYSTEM_ACTOR = re.compile(r"^[\s\-+•–*]*(?:(?:Trong|Tính đến|Đến|Lũy kế)[^,]{0,40},\s*)?Hệ thống(?![\wÀ-ỹ])")
_ON_THE_SYSTEM = re.compile(r"(?<![\wÀ-ỹ])(?:trên|qua) Hệ thống(?![\wÀ-ỹ])")


def _runs_the_systems(issuer: str) -> bool:
    """Whether the issuer runs the province's information systems for it (`Viễn thông Vĩnh Phúc`: patterns/
    subjects.jsonl `self_reporter` with `operator`)."""
    reporter = _self_reporter_of(issuer)
    return reporter is not None and bool(_reporter_records()[reporter].get("operator"))


def _on_the_system(doc: _Doc, pos: int) -> bool:
    """`Hệ thống đang cung cấp 1.874 TTHC`, `... trên Hệ thống đạt 41,27%` in a telecom's report on the provincial
    system it runs: the province's figures, not the operator's (a capital `Hệ thống`: the one the report named)."""
    line = doc.masked[doc.masked.rfind("\n", 0, pos) + 1:pos]
    sentence = re.split(r"(?<=[.;])\s+(?=[A-ZĐÀ-Ỹ])", line)[-1]
    return bool(_SYSTEM_ACTOR.match(sentence) or _ON_THE_SYSTEM.search(sentence))


def _province_sentence(doc: _Doc, issuer: str, pos: int) -> bool:
    """Under a heading on the issuer (`2. Tiếp nhận, giải quyết hồ sơ tại Sở`), a sentence that speaks of the
    province-wide scope (`năm 2024 toàn tỉnh đón ...`) gives the province's figures; so does the rest of a sentence
    after such a scope when the issuer is not named again (`Sở đã trình ... xếp hạng 04 di tích, nâng tổng số di
    tích được xếp hạng trên địa bàn tỉnh lên 148 di tích`)."""
    reporter = _self_reporter_of(issuer)
    if reporter is None or not isinstance(doc, _Doc):
        return False
    return _sentence_speaks_of_province(doc, issuer, reporter, pos) or _scope_since_issuer(doc, issuer, reporter, pos)


def _scope_since_issuer(doc: _Doc, issuer: str, reporter: str, pos: int) -> bool:
    """Whether the sentence before `pos` names the province-wide scope after its last mention of the issuer."""
    start = _sentence_start(doc, pos)
    before = fold_keep_length(doc.masked[start:pos])
    scopes = [m.start() for m in _province_scope().finditer(before)
              if _scope_owner(doc.masked[start:pos].lower(), m.start()) != "owned_thing"]
    if not scopes:
        return False
    named = [m.end() for m in re.finditer(r"(?<![a-z0-9])(?:" + re.escape(fold(issuer)) + "|" + _issuer_words(reporter)
                                          + r")(?![a-z0-9])", before) if doc.masked[start + m.start()].isupper()]
    return not named or scopes[-1] > named[-1]


# `... CỦA SỞ QUÝ III NĂM 2025`: the period a heading may end with (folded)
_PERIOD_TAIL = (r"(?:\s+(?:quy\s+[ivx\d]+|thang\s+\d{1,2}|\d{1,2}\s+thang(?:\s+(?:dau|cuoi))?)?"
                r"(?:\s*(?:/|nam)\s*\d{4}))?")


def _headed_as_issuers_own(doc: _Doc, issuer: str, pos: int) -> bool:
    """`I. KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH CỦA SỞ` (`... CỦA SỞ QUÝ III NĂM 2025`) over the figures: a part
    whose heading ends naming the issuer by its bare word as owner or place (`của Sở`, `tại Trung tâm`), and maybe a
    period, is about the issuer; so are the tables in that part (`_MaskedText`) whose rows name no body."""
    reporter = _self_reporter_of(issuer)
    if reporter is None:
        return False
    ending = re.compile(r"(?<![a-z])(?:cua|tai)\s+(?:" + _issuer_words(reporter) + r")" + _PERIOD_TAIL + r"[\s.:*]*$")
    return any(ending.search(fold(heading).strip()) for heading in _enclosing_headings(doc, pos))


def _owned_by_issuer(doc: _Doc, issuer: str, pos: int) -> bool:
    """`phấn đấu ... tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa của Sở đạt tối thiểu 70%` in a Sở's
    report, `1.486 TTHC được tiếp nhận tại Trung tâm` in the one-stop centre's: a figure whose sentence names the
    issuer by its bare word as owner or place (`của Sở`, `tại Trung tâm`), with no body named after it, is the
    issuer's."""
    reporter = _self_reporter_of(issuer)
    if reporter is None or not isinstance(doc, _Doc):
        return False  # a table's cells (`_MaskedText`) have no sentence of their own
    start = _sentence_start(doc, pos)
    before = doc.masked[start:pos]
    owners = [m for m in re.finditer(r"(?<![a-z0-9])(?:cua|tai)\s+(" + _issuer_words(reporter) + r")(?![a-z0-9])",
                                     fold_keep_length(before))
              if before[m.start(1)].isupper() and not _NAME_START.match(before, m.end())]
    return bool(owners) and not any(start + owners[-1].end() <= m.start < pos for m in doc.subjects)


def _titled_on_itself(doc: _Doc, part: DocumentMeta, issuer: str, pos: int) -> bool:
    """A report titled on the issuer itself (`Kết quả ... giải quyết TTHC của Công an tỉnh quý IV năm 2024`): a
    figure naming no body is the issuer's, unless its own sentence speaks of the province-wide scope (`Lũy kế ...,
    toàn tỉnh đã kích hoạt 512.347 tài khoản`)."""
    words = fold(issuer)
    reporter = _self_reporter_of(issuer)
    if reporter is None or not part.title:
        return False
    police_force = reporter.startswith("cong an ") and re.search(r"(?<![a-z])luc luong cong an(?![a-z])",
                                                                 fold(part.title))
    if not police_force and not re.search(rf"(?<![a-z]){re.escape(words)}(?![a-z])", fold(part.title)):
        return False  # (`... của lực lượng Công an`: the police force, the issuing police itself)
    return not _sentence_speaks_of_province(doc, issuer, reporter, pos)


def _sentence_speaks_of_province(doc: _Doc, issuer: str, reporter: str, pos: int) -> bool:
    """Whether the whole sentence at `pos`, `;` clauses included (`năm 2024 toàn tỉnh đón khoảng 5.820.000 lượt
    khách ...; tổng thu từ du lịch đạt 8.940 tỷ đồng`), speaks of the province-wide scope."""
    breaks = [m.end() for m in _FULL_STOP.finditer(doc.masked, max(0, pos - 2000), pos)]
    start = breaks[-1] if breaks else max(0, pos - 2000)
    stop = _FULL_STOP.search(doc.masked, pos)
    return _speaks_of_province(doc.masked[start:stop.start() if stop else len(doc.masked)], issuer, reporter)


_FULL_STOP = re.compile(r"\.(?=\s)|\n")


class _MaskedText:
    """Just the masked text, for the issuer rules outside the prose pass (and the bodies it names, read when a rule
    first asks)."""

    def __init__(self, masked: str):
        self.masked = masked
        self._subjects: list[SubjectMention] | None = None

    @property
    def subjects(self) -> list[SubjectMention]:
        """The bodies the masked text names."""
        if self._subjects is None:
            self._subjects = find_subjects(self.masked)
        return self._subjects


def issuer_own_subject(text: str, parts: list[DocumentMeta], skip_spans: list[tuple[int, int]], pos: int
                       ) -> SubjectMention | None:
    """The issuer, when a figure at `pos` naming no body is the issuer's own (same rules as for prose figures:
    a district or commune committee's report, or a provincial body's report on itself)."""
    return _issuing_district(_MaskedText(join_wrapped_lines(text, mask_text(text, skip_spans))), parts, pos)


def _speaks_of_itself_at(doc: _Doc, part: DocumentMeta, issuer: str, pos: int) -> bool:
    """Whether the figure at `pos` naming no body is the issuer's in a report on itself. A provincial department's
    report (`Sở Tài nguyên và Môi trường`), or the provincial one-stop centre's (patterns/subjects.jsonl kind
    `self_reporter`), is on the issuer unless one of its sentences speaks of the province-wide scope (`toàn tỉnh`,
    `trên địa bàn tỉnh`, `của tỉnh`: kinds `whole` and `scope`) as the scope of figures (`_speaks_of_province`: a
    sentence stating a figure, or the scope of data or results; not `Hệ thống ... của tỉnh`). Not counted: the `Kính
    gửi` and `Nơi nhận` lists, headings (a heading governs only its section: `_issuing_district`), the titles of
    cited documents (`Kế hoạch số ... về cải cách hành chính trên địa bàn tỉnh`), and a sentence giving a figure of
    the issuer named in it, where the scope only qualifies a system or the group a rank is counted in (`Bộ chỉ số ...
    của các cơ quan, địa phương trên địa bàn tỉnh, quý III năm 2024 Sở Xây dựng đạt 87,64 điểm`, `Sở đạt 86,42/100
    điểm, xếp thứ 4/20 sở, ban, ngành của tỉnh`).

    A report that speaks of itself far more than of the province stays on the issuer except in the paragraphs that
    speak of the province (`Sở tiếp nhận 41.836 hồ sơ ...`, `Sở đã giải quyết ...`, `Sở đạt 90,64 điểm` around one
    `Trên địa bàn tỉnh có 5.962 doanh nghiệp thành lập mới`)."""
    reporter = _self_reporter_of(issuer)
    if reporter is None:
        return False
    if isinstance(doc, _Doc) and any(_PROVINCE_PART.match(fold(h)) for h in _enclosing_headings(doc, pos)):
        return False  # `I. KẾT QUẢ CỦA THÀNH PHỐ` in a department's report: the province's results
    sentences = _sentences_on(doc, part, issuer, reporter)
    if not sentences["province"]:
        return True
    line_start = doc.masked.rfind("\n", 0, pos) + 1
    spoken = [(s, kind) for kind, spans in sentences.items() for s, _ in spans if line_start <= s <= pos]
    if not _own_work(reporter) and (len(sentences["self"]) < _SELF_SENTENCES or len(sentences["self"])
                                    < _SELF_OVER_PROVINCE * len(sentences["province"])):
        # a report on the province as well: only a paragraph the issuer opens as its actor is its own (`Sở đã cấp
        # 5.102 Phiếu ...; quá hạn 13 phiếu. Số Phiếu cấp bản điện tử là 3.748 phiếu ...`), and a paragraph naming no
        # actor that goes on from such a paragraph under the same heading (`Chia theo lĩnh vực: lĩnh vực tôn giáo 418
        # hồ sơ ...` after `Năm 2025, Sở tiếp nhận 684 hồ sơ ...`)
        only_self = all(kind == "self" for _, kind in spoken)  # (or none spoken)
        if spoken and only_self and _opened_by_issuer(doc, line_start, issuer, reporter):
            return True
        if not spoken and isinstance(doc, _Doc) and _judged_as_issuers(doc, reporter, pos):
            return True
        if only_self and _continues_a_paragraph(doc, line_start):
            # decided by all it says (its line's end); a paragraph opening on a verb with no actor at all (`Đã giải
            # quyết 46.904 hồ sơ`) goes on across its sub-heading (`2. Kết quả giải quyết`)
            previous = _previous_paragraph(doc, line_start, _ACTORLESS_CLAUSE.match(doc.masked, line_start) is not None)
            if previous is None:
                return False
            end = doc.masked.find("\n", previous)
            return _speaks_of_itself_at(doc, part, issuer, end if end != -1 else len(doc.masked))
        return False
    # the last sentence of the paragraph so far that speaks of either decides (`Trên địa bàn tỉnh có 5.962 doanh
    # nghiệp ...; vốn đăng ký bình quân 11,5 tỷ đồng/doanh nghiệp. Bên cạnh đó, có 1.274 doanh nghiệp ...`)
    return not spoken or max(spoken)[1] == "self"


# a part of a report headed on the province's results (`I. KẾT QUẢ CỦA THÀNH PHỐ`, `II. KẾT QUẢ CHUNG TOÀN TỈNH`)
_PROVINCE_PART = re.compile(r"^[ \t#*]*[ivx]+\.\s+[*\s]*(?:ket qua|danh gia)(?: chung)?(?: (?:cua|toan))"
                            r" (?:tinh|thanh pho)[\s*:.]*$")


def _judged_as_issuers(doc: _Doc, reporter: str, pos: int) -> bool:
    """`Trong năm có 6.248 hồ sơ phát sinh phí, ..., đạt 85,82%; so với chỉ tiêu ... là 80% thì Sở đã đạt chỉ tiêu`: a
    sentence naming no body before its figures, whose own verdict on a target says the issuer met it (or not)."""
    line_start, line_end = doc.line_bounds(pos)
    if not _names_no_body(doc, line_start, doc.masked[line_start:line_end]):
        return False
    stop = doc.masked.find(". ", pos, line_end)
    tail = fold(doc.masked[pos:stop if stop != -1 else line_end])
    return re.search(r"\bthi (?:" + _issuer_words(reporter) + r") (?:da |van |)(?:dat|chua dat|vuot|hoan thanh)\b",
                     tail) is not None


def _previous_paragraph(doc: _Doc, line_start: int, across_subheading: bool = False) -> int | None:
    """The start of the paragraph before the one at `line_start` (blank lines between), unless it is a heading; a
    dash list and the line leading it that names no body (`3. Hồ sơ tiếp nhận theo lĩnh vực:`) are passed over to
    the paragraph before them, and so, `across_subheading`, is a numbered sub-heading naming no body and no figure
    (`2. Kết quả giải quyết`). An item's own parent item (`- Công an tỉnh đã thu nhận 186.412 hồ sơ ..., trong đó:`
    over `  + Trẻ em dưới 14 tuổi: 43.794 hồ sơ`) is its paragraph, and so is the item before an item opening on a verb
    with no actor (`- Đã trả 181.246 thẻ căn cước ...` after it)."""
    item = _DASH_ITEM.match(doc.masked, line_start)
    depth = _item_depth(item.group()) if item else None
    actorless = item is not None and _ACTORLESS_CLAUSE.match(doc.masked, item.end()) is not None
    previous = doc.masked[:line_start].rstrip()
    while previous:
        start = previous.rfind("\n") + 1
        line = previous[start:]
        numbered = _TOP_HEADING.match(line)
        bare_lead = line.rstrip(" *").endswith(":") and not _FIGURE.search(line, numbered.end() - 1 if numbered else 0)
        subheading = (across_subheading and numbered is not None and _SUBHEADING.match(line) is not None
                      and not _FIGURE.search(line, numbered.end()) and _names_no_body(doc, start, line))
        above = _DASH_ITEM.match(line)
        if above and depth is not None and (_item_depth(above.group()) < depth
                                            or actorless and _item_depth(above.group()) == depth):
            return start
        if above or (bare_lead and _names_no_body(doc, start, line)) or subheading:
            previous = previous[:start].rstrip()
            across_subheading = False  # one sub-heading only
            continue
        return None if _TOP_HEADING.match(line) and not _numbered_paragraph(line) else start
    return None


_DASH_ITEM = re.compile(r"[ \t]*[-+•–][ \t]")
_SUBHEADING = re.compile(r"[ \t#*]*\d{1,2}\.[ \t]+[^\n.;:]{3,80}$")


def _item_depth(marker: str) -> tuple[int, int]:
    """How deep a list marker sits: by its indent, then `+` under `-`."""
    return len(marker) - len(marker.lstrip(" \t")), marker.strip() == "+"


def _continues_a_paragraph(doc: _Doc, line_start: int) -> bool:
    """Whether the paragraph at `line_start` names no body before its first figure and no item marker opens it."""
    line_end = doc.masked.find("\n", line_start)
    line = doc.masked[line_start:line_end if line_end != -1 else len(doc.masked)]
    if not line.strip() or (_TOP_HEADING.match(line) and not _numbered_paragraph(line)) or re.match(
            r"[ \t]*(?:\*|[a-zđ]\))", line):
        return False
    return _names_no_body(doc, line_start, line)


def _names_no_body(doc: _Doc, line_start: int, line: str) -> bool:
    """Whether the line at `line_start` names no body before its first figure."""
    first = _FIGURE.search(line)
    stop = line_start + (first.start() if first else len(line))
    return not any(line_start <= m.start < stop for m in doc.subjects)


# an item's marker and its label before a colon (`a) Thẩm định quyết toán: `), before a paragraph's actor
# (no bracket or figure inside the label: `1. Trong năm 2024, Sở tiếp nhận 4.826 hồ sơ (năm 2023: ...` and `- Công an
# tỉnh đã thu nhận 186.412 hồ sơ ..., trong đó:` have none)
_ITEM_LABEL = re.compile(r"[ \t*]*(?:(?:[a-zđ]\)|\d{1,2}(?:\.\d{1,2})*\.|[-+•–])[ \t]+(?:[^:\n(\d]{1,80}:[ \t]*)?)?")
# `Trong tháng, `, `Trong quý III năm 2025, `, `Hiện nay `: a time lead before a paragraph's actor
_TIME_LEAD = re.compile(r"[ \t*]*(?:(?:trong )?(?:thang|quy|nam|ky|6 thang|9 thang)[^,\n]{0,30},[ \t]*"
                        r"|(?:hien nay|hien tai),?[ \t]*)?")


def _opened_by_issuer(doc: _Doc, line_start: int, issuer: str, reporter: str) -> bool:
    """Whether the paragraph at `line_start` opens with the issuer as its actor, by name or bare word (`Sở đã cấp`,
    `Trong tháng, Sở Tư pháp tiếp nhận`, `Sở (gồm Văn phòng Đăng ký đất đai và các chi nhánh) tiếp nhận`)."""
    key = fold(doc.masked[line_start:line_start + 200])
    key = key[_ITEM_LABEL.match(key).end():]  # `a) Thẩm định quyết toán dự án hoàn thành: Sở tiếp nhận ...`
    lead = _TIME_LEAD.match(key)
    rest = key[lead.end():]
    bare = re.match(r"(?:" + _issuer_words(reporter) + r")(?: \([^()]{1,80}\))?(?= (?:da |dang |tiep nhan|giai quyet"
                    r"|cap |thuc hien|to chuc |ho tro |trien khai |dat |xep |tham muu ))", rest)
    named = rest.startswith(fold(issuer) + " ") and not _PROPOSING.match(rest, len(fold(issuer)) + 1)
    return named or bare is not None


# `Sở Nội vụ đề xuất 10 chỉ tiêu năm 2026 ... như sau:`: the body proposing others' targets does no work of its own
_PROPOSING = re.compile(r"(?:kinh )?(?:de xuat|de nghi|trinh)\b")


# A report that gives figures of the issuer by name (or bare word) in at least this many sentences, and this many times
# as many as it speaks of the province, is on the issuer except where it speaks of the province.
_SELF_SENTENCES = 3
_SELF_OVER_PROVINCE = 4


def _sentences_on(doc: _Doc, part: DocumentMeta, issuer: str, reporter: str) -> dict[str, list[tuple[int, int]]]:
    """The body sentences of a part that speak of the province (`province`) and those stating a figure that name
    the issuer, by name or bare word (`self`); built once per part."""
    start, end = part.start or 0, part.end or len(doc.masked)
    cache = doc.__dict__.setdefault("_sentences_on", {})
    key = (start, end, issuer)
    if key not in cache:
        found: dict[str, list[tuple[int, int]]] = {"self": [], "province": []}
        for s, e in _body_sentences(doc.masked, start, end):
            sentence = doc.masked[s:e]
            if _speaks_of_province(sentence, issuer, reporter):
                found["province"].append((s, e))
            elif _holds_figure(sentence) and (fold(issuer) in fold(sentence) or _names_bare_reporter(sentence,
                                                                                                      reporter)):
                found["self"].append((s, e))
        cache[key] = found
    return cache[key]


_SENTENCE_BREAK = re.compile(r"[\n\f;]|\.(?=\s)")
_ADDRESS_LINE = re.compile(r"[\s*_]*(?i:kính gửi|nơi nhận)\b")
_CITED = re.compile(r"(?i:quyết định|kế hoạch|công văn|chỉ thị|nghị quyết|nghị định|thông tư|thông báo|văn bản"
                    r"|báo cáo|quy chế|hướng dẫn)\s+số\s[^,;\n]*")


def _body_sentences(masked: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the body's sentences (and `;` clauses) in `masked[start:end]`, without the `Kính gửi` block, the
    `Nơi nhận` list and what follows it, and headings."""
    spans: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        line_end = masked.find("\n", pos, end)
        line_end = end if line_end == -1 else line_end
        line = masked[pos:line_end]
        if _ADDRESS_LINE.match(line) and fold(line).lstrip(" *_").startswith("noi nhan"):
            break
        if _ADDRESS_LINE.match(line):
            pos = _end_of_list(masked, line_end, end)
            continue
        if not _TOP_HEADING.match(line) or _numbered_paragraph(line):
            begin = pos
            for brk in _SENTENCE_BREAK.finditer(masked, pos, line_end):
                spans.append((begin, brk.start()))
                begin = brk.end()
            spans.append((begin, line_end))
        pos = line_end + 1
    return [(s, e) for s, e in spans if e > s]


# a number with a unit of the figure reader's own vocabulary (`4.826 hồ sơ`, `04 quyết định`, `99,83%`)
_STATED_FIGURE = re.compile(r"\d[\d.,]*[ \t]*(?:%|(?:" + _UNIT_ALTERNATIVES + r")(?![\wÀ-ỹ]))")


def _numbered_paragraph(line: str) -> bool:
    """`1. Trong năm 2024, Sở tiếp nhận 4.826 hồ sơ ...`: a numbered line that states figures or goes on past a sentence
    is a paragraph of the body, not a heading (`1. Kết quả năm 2024`)."""
    rest = line[_TOP_HEADING.match(line).end() - 1:]
    sentence = bool(re.search(r"\d", rest)) and rest.rstrip(" *").endswith((".", ";"))  # `4. Sở cấp 386 giấy phép.`
    return ". " in rest or len(rest) > 150 or sentence or bool(_STATED_FIGURE.search(rest))


def _end_of_list(masked: str, line_end: int, end: int) -> int:
    """After `Kính gửi:`, the lines of its list (`- Ủy ban nhân dân tỉnh Đồng Nai;`) up to the first other line."""
    pos = line_end + 1
    while pos < end:
        nxt = masked.find("\n", pos, end)
        nxt = end if nxt == -1 else nxt
        if not re.match(r"[ \t]*[-+•–]", masked[pos:nxt]):
            return pos
        pos = nxt + 1
    return end


def _speaks_of_province(sentence: str, issuer: str, reporter: str) -> bool:
    """Whether a body sentence speaks of the province-wide scope as the scope of figures, other than beside a
    figure of the issuer: a scope naming the province's data or results (`số liệu ... của tỉnh`, `Điểm ... của
    tỉnh đạt`), or any scope in a sentence stating a figure (`toàn tỉnh tiếp nhận 41.372 hồ sơ`). A scope that
    only owns a thing (`Hệ thống thông tin giải quyết TTHC của tỉnh`, `Cổng Dịch vụ công của tỉnh`: kind
    `owned_thing`) does not count."""
    sentence = _CITED.sub(lambda m: " " * len(m.group()), sentence)
    lowered = " ".join(sentence.lower().split())
    folded = fold_keep_length(lowered)
    owners = [_scope_owner(lowered, m.start()) for m in _province_scope().finditer(folded)]
    owners = [owner for owner in owners if owner != "owned_thing"]
    if not owners:
        return False
    holds_figure = _holds_figure(sentence)
    names_issuer = fold(issuer) in folded or _names_bare_reporter(sentence, reporter)
    if names_issuer and holds_figure:
        return False
    return holds_figure or "owned_result" in owners


def _scope_owner(lowered: str, pos: int) -> str | None:
    """What the province-wide scope at `pos` qualifies: `owned_thing` (a system, portal or plan named in the
    stretch right before it, no comma between), `owned_result` (data or results named earlier in the sentence:
    the nearest such noun is a result, not a thing), or None. Matched with marks (`cổng` is not `công`)."""
    before = lowered[:pos]
    nouns = _owner_nouns()
    cut = max(before.rfind(mark) for mark in ",;:()") + 1
    words = [m.start() for m in re.finditer(r"\S+", before[cut:])]
    start = cut + (words[-_OWNED_REACH] if len(words) > _OWNED_REACH else 0)
    thing = max((m.end() for m in nouns["owned_thing"].finditer(before, start)), default=-1)
    result = max((m.end() for m in nouns["owned_result"].finditer(before)), default=-1)
    if thing > result:
        return "owned_thing"
    return "owned_result" if result >= 0 else None


# Words between a thing and the scope that owns it (`Hệ thống thông tin giải quyết TTHC của tỉnh`: 7).
_OWNED_REACH = 10


@cache
def _owner_nouns() -> dict[str, re.Pattern]:
    patterns = {}
    for kind in ("owned_thing", "owned_result"):
        words = [nfc(r["word"]).lower() for r in read_jsonl("subjects.jsonl") if r["kind"] == kind]
        alternation = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) or "(?!)"
        patterns[kind] = re.compile(rf"(?<!\w)(?:{alternation})(?!\w)")
    return patterns


def _holds_figure(sentence: str) -> bool:
    never = never_figure_spans(sentence)
    return any(not any(s < m.end() and m.start() < e for s, e in never) for m in _FIGURE.finditer(sentence))


_NAME_START = re.compile(r"\s+[A-ZĐÂÊÔƠƯĂÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ]")


def _names_bare_reporter(sentence: str, reporter: str) -> bool:
    """The issuer's unit word, or its short form, written alone and capitalised (`Sở tiếp nhận ...`, `của Sở`,
    `Ban Quản lý tiếp nhận`), not a name's start."""
    folded = fold_keep_length(sentence)
    for found in re.finditer(r"(?<![a-z0-9])(?:" + _issuer_words(reporter) + r")(?![a-z0-9])", folded):
        if (sentence[found.start()].isupper() and not _NAME_START.match(sentence, found.end())
                and not _THROUGH_BEFORE.search(sentence, 0, found.start())):
            return True
    return False


# `Tổng thu ngân sách nhà nước trên địa bàn tỉnh hạch toán qua Kho bạc là ...`: what passed through the issuer is not
# the issuer's own figure
_THROUGH_BEFORE = re.compile(r"(?<![\wÀ-ỹ])(?i:qua)[ \t]+$")


def _heading_names_province(doc: _Doc, pos: int) -> bool:
    """`5. Kết quả Bộ chỉ số phục vụ người dân, doanh nghiệp của tỉnh`: a section heading naming the province-wide
    scope; the figures under it naming no body are the province's, in a report on the issuer itself too."""
    return bool(_province_scope().search(fold(_heading_before(doc, pos))))


# the bare `thành phố` (no name after it) a figure is given to right before it: `của thành phố đạt 99,21%`, `(thành
# phố: 93,08%)`, `bình quân của thành phố (71,26%)`
_BARE_CITY_BEFORE = re.compile(r"(?<![\wÀ-ỹ])(?i:thành phố)[ \t]*(?:\(|:|(?i:đạt|là))?[ \t]*$")


def _city_named_bare(doc: _Doc, part: DocumentMeta, pos: int) -> bool:
    """In a ward's or commune's report in a centrally-run city, a figure written right after the bare `thành phố`
    (`tỷ lệ ... của phường đạt 99,63%, của thành phố đạt 99,21%`) is the city's, the province's, not the issuer's."""
    issuer = " ".join((part.issuer or "").split())
    return (_in_centrally_run_city(part) and bool(issuer) and _issuer_level(issuer) == "xã"
            and bool(_BARE_CITY_BEFORE.search(doc.masked, max(0, pos - 30), pos)))


def _heading_names_city(doc: _Doc, parts: list[DocumentMeta], pos: int) -> bool:
    """`4. Kết quả Bộ chỉ số 766 của thành phố` in a report of a centrally-run city's body (Huế, Hải Phòng): the city is
    the province, and the figures under the heading naming no body are its own."""
    return _in_centrally_run_city(parts[_part_index(parts, pos)]) and bool(
        re.search(r"(?<![a-z])cua thanh pho(?![a-z])", fold(_heading_before(doc, pos))))


def _in_centrally_run_city(part: DocumentMeta) -> bool:
    """Whether the report is of a centrally-run city (`thành phố` bare is then the province)."""
    return part.province is not None and is_centrally_run_city(part.province)


@cache
def _province_scope() -> re.Pattern:
    phrases = [r["phrase"] for r in read_jsonl("subjects.jsonl") if r["kind"] in ("whole", "scope")]
    words = "|".join(re.escape(fold(p)) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![a-z])(?:{words})(?![a-z])")


@cache
def _self_reporter_of(issuer: str) -> str | None:
    """The `self_reporter` words (folded, with a trailing space) the issuer's name opens with, if any."""
    words = fold(issuer) + " "
    return next((w for w in _self_reporters() if words.startswith(w)), None)


@cache
def _issuer_words(reporter: str) -> str:
    """The bare words (folded, as a regex alternation) a report calls its issuer by: its opening (`so`) and any
    `short` form of it (`trung tam`)."""
    record = _reporter_records()[reporter]
    short = record.get("short")
    names = (reporter.strip(), *([fold(short)] if short else []), *(fold(name) for name in record.get("also", [])))
    return "|".join(re.escape(w) for w in names)


def _own_work(reporter: str) -> bool:
    """Whether the issuer opening with `reporter` (a station, a union) reports only its own work (`own_work`)."""
    return bool(_reporter_records()[reporter].get("own_work"))


@cache
def _reporter_records() -> dict[str, dict]:
    """The `self_reporter` records of patterns/subjects.jsonl by their opening (folded, with a trailing space), in
    file order."""
    return {fold(r["word"]) + " ": r for r in read_jsonl("subjects.jsonl") if r["kind"] == "self_reporter"}


def _self_reporters() -> tuple[str, ...]:
    return tuple(_reporter_records())


# An item heading (`a)`, `2.`, `2.1.`, `II.`) or a bullet (`-`, `+`) opening a line.
_ITEM_MARK = re.compile(r"[ \t#*]*(?:(?P<item>[a-zđ][).]|\d{1,2}(?:\.\d{1,2})*[.)]|[IVX]+\.)|[-+•–])[ \t*]+")


@cache
def _heading_leads() -> str:
    phrases = [r["phrase"] for r in read_jsonl("subjects.jsonl") if r["kind"] == "level_heading_lead"]
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True)) or "(?!)"


def _level_heading_of(line: str) -> str | None:
    """`a) Cấp huyện`, `- Đối với cấp xã:`: the level an item heading names and nothing else (but an aside in
    brackets: `a) Cấp huyện (Bộ phận Một cửa thành phố)`), or that ends on the level as the place or owner of its
    work (`3. Tiếp nhận, giải quyết hồ sơ tại cấp huyện`), or None. A supervision or inspection at a level (`3. Kết
    quả giám sát tại cấp xã`) reports on the units it visited, not the level."""
    mark = _ITEM_MARK.match(line)
    if mark is None:
        return None
    rest = re.sub(r"\s*\([^()]*\)[ \t*:.]*$", "", line[mark.end():].strip(" \t*:.")).strip(" \t*:.")
    found = re.fullmatch(r"(?:(?:" + _heading_leads() + r")\s+|(?![^\n]*(?i:giám sát|kiểm tra))[^()\n]{0,80}?\s"
                         r"(?:tại|của)\s+)?cấp (tỉnh|huyện|thị xã|quận|xã|phường)", rest, re.IGNORECASE)
    return found.group(1).lower() if found else (_block_level(rest) or _units_owning(rest))


def _units_owning(words: str) -> str | None:
    """`II. KẾT QUẢ CỦA CÁC XÃ, PHƯỜNG, ĐẶC KHU`: a heading ending on the units of one level as a group, as the owner
    or place of its work, names that level."""
    found = re.search(r"\s(?i:tại|của)\s+(.+)$", words)
    if found is None or re.search(r"(?i:giám sát|kiểm tra)", words) or not _units_of_level(found[1]):
        return None
    levels = {_unit_levels_map()[w] for w in re.findall(_unit_alternation(), found[1].lower())}
    return levels.pop() if len(levels) == 1 else None


# `1. Cấp thị xã` in a thị xã's report: its own district level, named by its kind
_LEVEL_OF_WORD = {"tỉnh": "tỉnh", "huyện": "huyện", "thị xã": "huyện", "quận": "huyện", "xã": "xã", "phường": "xã"}


def _block_level(words: str) -> str | None:
    """`Khối sở, ban, ngành`, `Khối huyện, thị xã, thành phố`: a heading naming one block of bodies of one level
    and nothing else names that level."""
    lead = re.match(r"(?i:khối)\s+", words)
    if lead is None:
        return None
    found = find_subjects(words)
    if len(found) != 1 or found[0].end != len(words) or found[0].start > lead.end() or found[0].whole_province:
        return None
    return found[0].level


def level_heading(doc: _Doc, pos: int) -> str | None:
    """The level (`huyện`, `xã`) whose item heading `pos` sits under: `a) Cấp huyện` over the lines that follow it,
    up to the next lettered or numbered heading. A bullet heading (`- Cấp xã:`) governs the lines below it too;
    other bullet lines are passed over."""
    line_start, _ = doc.line_bounds(pos)
    cache = doc.__dict__.setdefault("_level_headings", {})
    if line_start not in cache:
        cache[line_start] = _level_heading_above(doc, line_start)
    return cache[line_start]


def _level_heading_above(doc: _Doc, line_start: int) -> str | None:
    """The nearest heading above `line_start` that names a level: an item heading right above, or a section over the
    numbered items the line stands among (`II. KẾT QUẢ CỦA CÁC XÃ, PHƯỜNG, ĐẶC KHU` over `2. Xếp loại: ...`). A
    heading of another kind at or above the line's rank ends the search."""
    if line_start == 0:
        return None
    end = doc.masked.find("\n", line_start)
    floor = _item_rank(doc.masked[line_start:end if end != -1 else len(doc.masked)])
    among_items = False  # past an item of the line's rank: a bullet heading (`- Cấp xã:`) no longer governs
    for start in _line_starts_before(doc, line_start - 1):
        end = doc.masked.find("\n", start)
        line = doc.masked[start:end if end != -1 else len(doc.masked)]
        level = _level_heading_of(line)
        rank = _item_rank(line)
        if level is not None and ((rank is None and not among_items) or (
                rank is not None and (floor is None or rank > floor))):
            return level
        if rank is None:
            continue
        if floor is None or rank > floor + 1 or (rank == floor + 1 and not _SECTION_MARK.match(line)):
            return None  # a heading of another kind over the line (or any item, for a line that is none)
        among_items = True
        floor = max(floor, rank)  # past the line's section mark: look further up for the heading over it
    return None


# a section's mark over numbered items (`II.`), ranked above numbers (`2.`) and letters (`b)`)
_SECTION_MARK = re.compile(r"[ \t#*]*[IVX]+\.[ \t*]+")


def _item_rank(line: str) -> int | None:
    """The rank of a line's item mark: 0 for a letter (`b)`), 1 for a number (`2.`), 2 for a Roman section (`II.`);
    None for a line that is no item (bullets included)."""
    mark = _ITEM_MARK.match(line)
    if mark is None or mark.group("item") is None:
        return None
    item = mark.group("item")
    return 2 if re.fullmatch(r"[IVX]+\.", item) else 1 if item[0].isdigit() else 0


def _under_level_heading(doc: _Doc, figure: _Figure, subject: SubjectMention | None) -> SubjectMention | None:
    """Under an item heading naming one level (`b) Cấp xã`), or in a sentence opening with that level as its
    setting (`Tại cấp huyện, ...`, `Ở cấp xã, ...`), a figure naming no body is that level's (not the issuer's),
    and a restated mention of that level (`Cấp xã tiếp nhận ...`, `cấp xã, các xã, thị trấn` with the level's
    units in apposition) is the level as the heading names it: `cấp xã`. Figures naming another body keep it."""
    opening = sentence_level(doc, figure.start)
    word = opening or level_heading(doc, figure.start)
    if word is None:
        return subject
    level = _LEVEL_OF_WORD.get(word, word)
    if subject is None or _names_issuing_unit(doc, subject, word):
        return SubjectMention(figure.start, figure.start, f"cấp {word}", level)
    words = " ".join(subject.text.split())
    if subject.level == level and (_restates_level(words) or (not opening and (
            _LEVEL_MENTION.fullmatch(words) or _units_of_level(words)))):
        return SubjectMention(subject.start, subject.end, f"cấp {word}", level)
    return subject


def _names_issuing_unit(doc: _Doc, subject: SubjectMention, word: str) -> bool:
    """Under `1. Cấp thị xã` in the thị xã's own report, the issuer taken for a figure (`Bộ phận Một cửa thị xã
    tiếp nhận ...`) is the level the heading names: the district level's own one-stop shop, not the whole unit."""
    issuer = _district_issuer_at(doc, subject.start)
    if issuer is None or subject.level != _LEVEL_OF_WORD.get(word, word):
        return False
    return fold(" ".join(subject.text.split())) == fold(issuer) and word in fold(issuer)


def _units_of_level(words: str) -> bool:
    """`Các phường, xã`, `các xã, thị trấn`, `UBND các xã, thị trấn`: the units of one level (or their committees)
    as a group, with no name (under a heading naming that level they restate it)."""
    unit = "(?:" + _unit_alternation() + ")"
    committee = r"(?:(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân) )?"
    return bool(re.fullmatch(r"(?i:" + committee + r"(?:các|khối) " + unit + r"(?:(?:,\s*|\s+và\s+)" + unit + r")*)",
                             words))


def _restates_level(words: str) -> bool:
    """`cấp xã`, or `cấp xã, các xã, thị trấn`: the bare level, alone or followed by its units as a group (one
    mention of one level, so every unit named is of that level). `các UBND cấp huyện còn lại` names bodies."""
    lead = re.match(r"(?i:cấp) (?:tỉnh|huyện|xã)", words)
    return lead is not None and (lead.end() == len(words) or bool(re.match(r",\s*(?i:các)\s", words[lead.end():])))


def sentence_level(doc: _Doc, pos: int) -> str | None:
    """The level (`huyện`, `xã`) the sentence holding `pos` opens with as its setting: a `level_heading_lead` word
    of patterns/subjects.jsonl (`Tại`, `Ở`, `Đối với`), the level and a comma (`Tại cấp huyện, trong năm đã tiếp
    nhận ...; đã giải quyết ...`), after an optional item marker."""
    start = _sentence_start(doc, pos)
    opening = re.match(r"[ \t#*]*(?:(?:[a-zđ][).]|\d{1,2}(?:\.\d{1,2})*[.)]|[-+•–])[ \t*]+)?(?i:" + _heading_leads()
                       + r")[ \t]+(?i:cấp)[ \t]+(tỉnh|huyện|xã)[ \t*]*,", doc.masked[start:pos])
    return opening.group(1).lower() if opening else None


# `(274 hồ sơ) tại các xã Bình Lư, Phong Thổ`: the place a count was recorded at, right after it; or after a few
# words saying what was counted (`03 phản ánh, kiến nghị về thái độ phục vụ tại cấp xã`, `... của công chức Bộ phận
# Một cửa cấp xã`).
_PLACE_LEAD = re.compile(r"[ \t]*\)?[ \t]*(?:(?:[a-zđà-ỹ]+[ \t]+){1,6}?)?(?i:tại|ở|của(?:[ \t]+(?:cán bộ|công chức))?"
                         r"[ \t]+Bộ phận Một cửa)[ \t]+(?P<plural>(?i:các)[ \t]+)?")
_PLACE_RIGHT_AFTER = re.compile(r"[ \t]*\)?[ \t]*(?i:tại|ở)[ \t]")


_APPLIES_TO = re.compile(r"[ \t]*\)?[ \t]*(?i:đối với)[ \t]+")


def _body_it_applies_to(doc: _Doc, figure: _Figure) -> SubjectMention | None:
    """`là 60 % đối với cấp huyện và 50 % đối với cấp xã`: a figure followed at once by `đối với <body or level>`
    is that body's."""
    lead = _APPLIES_TO.match(doc.masked, max(figure.end, figure.raw_unit_end))
    if lead is None:
        return None
    return next((m for m in doc.subjects if m.start == lead.end() and not m.whole_province), None)


def _place_after(doc: _Doc, figure: _Figure) -> SubjectMention | None:
    """A figure naming no body, followed (after its unit or closing bracket, and maybe a few words on what was
    counted) by `tại <local unit>` or `tại cấp <level>`: the figure was recorded at that district or commune
    (`tại các xã A, B, C`: at those communes, level xã), or at that level. After other words only a count is."""
    if figure.kind not in ("count", "value"):
        return None
    end = max(figure.end, figure.raw_unit_end)
    lead = _PLACE_LEAD.match(doc.masked, end)
    if lead is None or (figure.kind != "count" and not _PLACE_RIGHT_AFTER.match(doc.masked, end)):
        return None
    mention = next((m for m in doc.subjects if m.start == lead.end()), None)
    if mention is not None and _LEVEL_MENTION.fullmatch(" ".join(mention.text.split())) and mention.level in (
            "huyện", "xã"):
        return mention
    if mention is None or mention.whole_province or mention.level not in ("huyện", "xã") or _is_group(mention):
        return None
    if _issuer_by_name(doc, mention):
        return None
    if lead.group("plural") is None:
        return mention
    names = re.match(r"(?:(?:,[ \t]*|[ \t]+và[ \t]+)" + _CAPITALISED + r")*", doc.masked[mention.end:])
    end = mention.end + names.end()
    start = lead.start("plural")
    return SubjectMention(start, end, doc.text[start:end], mention.level)


_CAPITALISED = _NAME


def _levels_compared(doc: _Doc, earlier: list[_Figure], target: _Figure) -> SubjectMention | None:
    """`... của cấp huyện đạt 46,72%, cấp xã đạt 39,05%; chỉ tiêu ... là 50%`: a target naming no owner, after the
    figures of two or more levels in its sentence, is held against all of them: their levels together, with no
    one level."""
    start = _sentence_start(doc, target.start)
    in_sentence = [f for f in earlier if f.start >= start and f.kind != "target"]
    if _total_before_its_parts(in_sentence, target):
        return None
    subjects = [f.subject for f in in_sentence if f.subject is not None]
    levels = {s.level for s in subjects if not s.whole_province}
    if len(levels) < 2 or None in levels:
        return None
    names = ", ".join(dict.fromkeys(" ".join(s.text.split()) for s in subjects))
    return SubjectMention(subjects[0].start, subjects[-1].end, names, None)


def _total_before_its_parts(in_sentence: list[_Figure], target: _Figure) -> bool:
    """`... đạt 41,57%, trong đó cấp tỉnh 63,84%, cấp huyện 38,20%; so với chỉ tiêu năm 2024 là 50%`: the sentence
    opens with the whole's figure in the target's unit, naming no body, so the target is held against that whole."""
    first = next((f for f in in_sentence if f.unit == target.unit), None)
    return first is not None and (first.subject is None or first.subject.whole_province)
