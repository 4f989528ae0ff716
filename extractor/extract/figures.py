"""Figures stated in prose and lists: value, unit, max, subject, level, as_of, kind, target, provenance.

The stages, each in its own module: `prose` masks the text (same length, so offsets stay offsets into the
document) and finds the numbers that are never figures; `figure_candidates` reads each remaining number
with its unit and first kind; `figure_roles` marks earlier values, targets and their due dates;
`figure_labels` names each figure; `figure_subjects` finds the body it is about; `figure_dates` dates it;
`figure_codes` links it to the catalog. This module runs them in order, attaches footnote targets and
national averages, and builds the `Indicator` rows with their snippets.
"""

from __future__ import annotations

import re

from ..gazetteer import find_province_in_text
from ..models import DocumentMeta, Indicator
from . import catalog
from .figure_candidates import _Figure, _in_tasks_section, _parse_candidates
from .figure_codes import _TOTAL, _code_of
from .figure_dates import _assign_dates, _part_index, _period_as_of, _period_label, _period_phrases
from .figure_labels import _assign_labels
from .figure_roles import _mark_roles
from .figure_subjects import _assign_subjects, _issuer_level, _issuing_district
from .prose import _SUPERSCRIPT, _TOP_HEADING, LIST_ITEM, SpanSet, _Doc, _heading_before, _sentence_start
from .subjects import (
    SubjectMention,
    as_former_district,
    as_of_day,
    is_national,
    national_issuer,
    of_other_provinces,
    subject_name,
    with_bare_region,
    with_item_divisions,
)


def _snippet(doc: _Doc, figure: _Figure) -> str:
    start = doc.clause_start(figure.start)
    if figure.paren is not None:
        start = doc.clause_start(figure.paren)
    line_start, line_end = doc.line_bounds(figure.start)
    end = doc.clause_end(figure.end)
    end = min(line_end, end + 1 if end < len(doc.text) and doc.text[end] in ".;" else end)
    return doc.text[max(start, line_start):end].strip()


def _footnote_targets(doc: _Doc, indicators: list[Indicator]) -> dict[str, list[Indicator]]:
    """Targets stated in footnote lines, keyed by the footnote marker."""
    result: dict[str, list[Indicator]] = {}
    for ind in indicators:
        if ind.kind != "target":
            continue
        line_start, _ = doc.line_bounds(ind.start)
        marker = doc.text[line_start:line_start + 3].lstrip()[:1]
        if marker in _SUPERSCRIPT:
            result.setdefault(marker, []).append(ind)
    return result


def _section_markers(doc: _Doc) -> list[tuple[int, str | None]]:
    """(start, footnote marker) of every top-level section, in order."""
    sections: list[tuple[int, str | None]] = []
    pos = 0
    for line in doc.text.split("\n"):
        if _TOP_HEADING.match(doc.masked[pos:pos + len(line)]):
            marker = next((c for c in line if c in _SUPERSCRIPT), None)
            sections.append((pos, marker))
        pos += len(line) + 1
    return sections


def _covers(target_subject: str | None, level: str | None) -> bool:
    words = (target_subject or "").lower()
    if level == "tỉnh":
        return bool(re.search(r"sở|cấp tỉnh|cấp thành phố|trung tâm hành chính công tỉnh", words))
    if level == "huyện":
        return bool(re.search(r"huyện", words))
    if level == "xã":
        return bool(re.search(r"(?<!thị )\bxã\b|cấp xã", words))
    return False


def _codes_named(target: Indicator) -> set[str]:
    codes = {c for m in catalog.find_mentions(target.label) for c in m.codes}
    return codes | ({target.code} if target.code else set())


def _attach_targets(doc: _Doc, indicators: list[Indicator]) -> None:
    targets = _footnote_targets(doc, indicators)
    sections = _section_markers(doc)
    for ind in indicators:
        if ind.kind != "value" or ind.unit != "%" or ind.code is None:
            continue
        marker = None
        for start, mark in sections:
            if start <= ind.start:
                marker = mark
        governing = [t for t in targets.get(marker or "", []) if ind.code in _codes_named(t)]
        if not governing:
            continue
        chosen = [t for t in governing if _covers(t.subject, ind.level)]
        if not chosen and len({t.value for t in governing}) == 1:
            chosen = governing[:1]
        if chosen:
            ind.target = chosen[0].value


def _stated_status(doc: _Doc, figure: _Figure) -> str | None:
    after = doc.masked[figure.end:figure.end + 30]
    match = re.match(r"\s*\(\s*(chưa đạt|không đạt|đạt|vượt)\b", after, re.IGNORECASE)
    if match:
        return "đạt" if match.group(1).lower() in ("đạt", "vượt") else "chưa đạt"
    if figure.paren is not None and " - " not in doc.masked[figure.paren:figure.start]:
        before = doc.masked[max(0, figure.paren - 25):figure.paren].lower()
        if re.search(r"(chưa|không) đạt chỉ tiêu\s*$", before):
            return "chưa đạt"
    return None


def _outside_names(mentions: list[SubjectMention], figures: list[_Figure]) -> list[_Figure]:
    """The figures whose number is no part of a body's name (`Đề nghị UBND xã Tam Xuân 1 trang bị thêm máy quét`)."""
    names = SpanSet((m.start, m.end) for m in mentions if _ends_on_a_number(m.text))
    return [f for f in figures if not names.covers(f.start, f.start + 1)]


def _ends_on_a_number(name: str) -> bool:
    """A proper name closed by a number (`xã Tam Xuân 1`, `Xã A Lưới 5`), not a unit named by its number alone (`xã
    06`, `Phường 7`)."""
    words = name.split()
    return len(words) >= 3 and words[-1].isdigit() and words[-2][0].isupper()


def _outside_unit_words(mentions: list[SubjectMention], figures: list[_Figure]) -> list[SubjectMention]:
    """The mentions that are not part of a figure's unit words (`12 xã`)."""
    unit_words = SpanSet((f.end, f.raw_unit_end) for f in figures)
    return [m for m in mentions if not unit_words.covers(m.start, m.end)]


def extract_figures(
    text: str, parts: list[DocumentMeta], skip_spans: list[tuple[int, int]]
) -> list[Indicator]:
    """Every figure stated in the prose and lists of `text` (tables in `skip_spans` are left out).

    `parts` are the documents in the file with their spans and periods; a figure's `as_of` is its
    part's `period_end` unless the sentence dates it (`so với ngày 31/7/2023 (15,1 điểm)` is a
    `previous` value as of 2023-07-31). Figures under a period line such as `9 tháng đầu năm:` carry
    that phrase in their label, in brackets. Changes (`giảm 0,5 điểm`) are signed. Targets in
    footnotes are rows of kind `target` and are attached to the figures of the section they govern.
    """
    doc = _Doc(text, skip_spans)
    doc.parts = parts
    doc.subjects = as_of_day(doc.subjects, next((p.issued_date or p.period_end for p in parts), None))
    national = _national_issuer(parts)
    province = None if national else next((p.province for p in parts if p.province), None)
    if province is None and not national and (found := find_province_in_text(text)):
        province = found[0]  # parts not read by metadata.extract_metadata (which names the province)
    doc.subjects = of_other_provinces(doc.masked, doc.subjects, province, national)
    doc.subjects = with_bare_region(doc.masked, doc.subjects)
    issuer = " ".join((parts[0].issuer or "").split()) if parts else ""
    doc.subjects = with_item_divisions(doc.masked, doc.subjects, issuer, _issuer_level(issuer) if issuer else None,
                                       lambda pos: not _in_tasks_section(doc, pos))
    figures = _parse_candidates(doc)
    doc.subjects = _outside_unit_words(doc.subjects, figures)
    figures = _outside_names(doc.subjects, figures)
    _mark_roles(doc, figures)
    _assign_labels(doc, figures)
    _assign_subjects(doc, figures)
    _assign_dates(doc, figures, parts)
    for figure in figures:
        if figure.subject is not None:
            figure.subject = as_former_district(doc.masked, figure.subject, figure.as_of)
    regions = _period_phrases(doc)
    indicators = []
    for figure in figures:
        indicators.append(_to_indicator(doc, figure, parts, regions))
    for figure, indicator in zip(figures, indicators, strict=True):
        if indicator.code is None and figure.share_of is not None:
            indicator.code = catalog.share_code(indicators[figure.share_of].code)
    _breakdowns_by_sum(doc, indicators)
    _rates_of_counts_before(figures, indicators)  # after the counts' codes from the whole they add up to
    _inherit_governor_codes(figures, indicators)
    _series_of_those_before(doc, figures, indicators)
    _procedures_with_online_parts(doc, indicators)
    _national_averages(doc, indicators)
    _ranks_of_total_scores(doc, indicators)
    _footnote_codes(doc, figures, indicators)
    _compared_goal_codes(doc, indicators)
    _attach_targets(doc, indicators)
    return indicators


# `so với chỉ tiêu UBND tỉnh giao năm 2025 là ` right before a goal: the goal a share is set against
_GOAL_COMPARED = re.compile(r"(?i:chỉ tiêu)[^;:.!?\n]{0,120}$")


def _compared_goal_codes(doc: _Doc, indicators: list[Indicator]) -> None:
    """`Tỷ lệ hồ sơ thanh toán trực tuyến của xã đạt 63,74%, so với chỉ tiêu UBND tỉnh giao năm 2025 là 60% thì đã
    đạt chỉ tiêu`: a goal naming no indicator, set against a share its sentence stated before it, is a goal for
    that share's indicator."""
    for index, goal in enumerate(indicators):
        if goal.kind != "target" or goal.code is not None or goal.unit != "%":
            continue
        sentence = _sentence_start(doc, goal.start)
        if not _GOAL_COMPARED.search(doc.masked, sentence, goal.start):
            continue
        shares = [i for i in indicators[:index] if i.start >= sentence and i.kind == "value" and i.unit == "%"
                  and i.code is not None]
        if shares:
            goal.code = shares[-1].code


_FOOTNOTE_MARK = re.compile(r"[ \t]*(\[\d{1,2}\]|[" + _SUPERSCRIPT + r"]+)")


def _footnote_codes(doc: _Doc, figures: list[_Figure], indicators: list[Indicator]) -> None:
    """`[4] Tập trung ở lĩnh vực đất đai (8.914 hồ sơ), xây dựng (1.207 hồ sơ)` under `quá hạn 10.773 hồ sơ[4]`: a
    footnote's figure naming no indicator counts what the figure its marker follows in the body counts."""
    anchors: dict[str, Indicator | None] = {}  # each marker's body figure, looked up once
    for figure, indicator in zip(figures, indicators, strict=True):
        line_start, _ = doc.line_bounds(figure.start)
        mark = _FOOTNOTE_MARK.match(doc.text, line_start) if indicator.code is None else None
        if mark is None:
            continue
        if mark.group(1) not in anchors:
            anchors[mark.group(1)] = _marked_in_body(doc, figures, indicators, mark.group(1), line_start)
        anchor = anchors[mark.group(1)]
        if anchor is not None and anchor.code and anchor.unit == indicator.unit:
            indicator.code = anchor.code


def _marked_in_body(doc: _Doc, figures: list[_Figure], indicators: list[Indicator], mark: str,
                    footnote: int) -> Indicator | None:
    """The figure a footnote's marker follows in the body (on its line, nothing but the marker between them)."""
    for found in re.finditer(re.escape(mark), doc.text[:footnote]):
        line_start, _ = doc.line_bounds(found.start())
        if not doc.text[line_start:found.start()].strip():
            continue  # another footnote's own marker
        before = [(f, i) for f, i in zip(figures, indicators, strict=True)
                  if line_start <= f.start and f.end <= found.start()
                  and not doc.text[max(f.end, f.raw_unit_end):found.start()].strip(" %*")]
        return before[-1][1] if before else None
    return None


def _breakdowns_by_sum(doc: _Doc, indicators: list[Indicator]) -> None:
    """`Hồ sơ tập trung ở các lĩnh vực: lưu thông hàng hóa trong nước 2.874 hồ sơ; hóa chất 486 hồ sơ; ...`: counts
    of one unit listed on one line, naming no indicator, that add up exactly to a count stated just before (`tiếp
    nhận mới 4.218 hồ sơ`) are its parts, and count what it counts."""
    first = 0
    while first < len(indicators):
        line_start, line_end = doc.line_bounds(indicators[first].start)
        after = first
        while after < len(indicators) and indicators[after].start < line_end:
            after += 1
        uncoded = [i for i in indicators[first:after] if i.kind == "count" and i.code is None]
        if len(uncoded) >= 2 and len({i.unit for i in uncoded}) == 1:
            _code_parts_by_their_whole(indicators, first, line_start, uncoded)
        first = max(after, first + 1)
    _breakdowns_by_sum_in_items(doc, indicators)


def _breakdowns_by_sum_in_items(doc: _Doc, indicators: list[Indicator]) -> None:
    """`• Toàn Thành phố tiếp nhận: 186.254 hồ sơ` over `– Cấp thành phố: 42.607 hồ sơ` and `– Cấp xã (168 xã,
    ...): 143.647 hồ sơ`: the first counts of one unit on consecutive list items, naming no indicator, that add up
    exactly to a count stated just before are its parts too."""
    runs: list[list[tuple[int, int]]] = []  # consecutive item lines: (line start, index of its first count)
    for index, indicator in enumerate(indicators):
        line_start, _ = doc.line_bounds(indicator.start)
        if indicator.kind != "count" or not LIST_ITEM.match(doc.masked, line_start):
            continue
        if runs and runs[-1][-1][0] == line_start:
            continue
        if runs and not doc.masked[doc.line_bounds(runs[-1][-1][0])[1]:line_start].strip("\n"):
            runs[-1].append((line_start, index))
        else:
            runs.append([(line_start, index)])
    for run in runs:
        for unit in sorted({indicators[index].unit or "" for _, index in run}):
            group: list[tuple[int, int, Indicator]] = []  # uncoded first counts naming parts, on consecutive lines
            for line_start, index in run:
                part = _first_count_of(doc, indicators, index, unit or None)
                if part is not None and part.code is None and _item_names_a_part(doc, line_start, part):
                    group.append((line_start, index, part))
                    continue
                _code_item_parts(indicators, group)
                group = []
            _code_item_parts(indicators, group)


def _code_item_parts(indicators: list[Indicator], group: list[tuple[int, int, Indicator]]) -> None:
    if len(group) >= 2:
        _code_parts_by_their_whole(indicators, group[0][1], group[0][0], [part for _, _, part in group])


def _item_names_a_part(doc: _Doc, line_start: int, part: Indicator) -> bool:
    """Whether a list item's words before its count name a part of a whole (a level or a body: `– Cấp xã (168 xã,
    ...): 143.647 hồ sơ`), not a stage of the work (`- Đã giải quyết: 6.152 hồ sơ`)."""
    bullet = LIST_ITEM.match(doc.masked, line_start)
    lead_start = bullet.end() if bullet else line_start
    lead_end = re.search(r"[:(]|$", doc.masked[lead_start:part.start]).start() + lead_start
    if re.match(r"(?i:cấp|khối)\s", doc.masked[lead_start:lead_end]):
        return True
    return any(m.start == lead_start and m.end <= lead_end for m in doc.subjects)


def _first_count_of(doc: _Doc, indicators: list[Indicator], index: int, unit: str | None) -> Indicator | None:
    """The first count of `unit` on the line of indicators[index], from it on."""
    _, line_end = doc.line_bounds(indicators[index].start)
    for indicator in indicators[index:]:
        if indicator.start >= line_end:
            return None
        if indicator.kind == "count" and indicator.unit == unit:
            return indicator
    return None


def _code_parts_by_their_whole(indicators: list[Indicator], first: int, line_start: int,
                               parts: list[Indicator]) -> None:
    """Give `parts` the code of the coded count of their unit, within 1,500 characters before their line, that
    they add up to exactly."""
    total = sum(part.value for part in parts)
    for index in range(first - 1, -1, -1):
        whole = indicators[index]
        if line_start - whole.start >= 1500:
            return
        if whole.kind == "count" and whole.unit == parts[0].unit and whole.code and whole.value == total:
            for part in parts:
                part.code = whole.code
            return


def _rates_of_counts_before(figures: list[_Figure], indicators: list[Indicator]) -> None:
    """`toàn tỉnh đã kích hoạt 512.347 tài khoản, đạt 82,15% số công dân ...`: a share right after a count in its
    clause, naming no indicator itself, is the rate of what the count counts (the count's code gave its own)."""
    for index, (figure, indicator) in enumerate(zip(figures, indicators, strict=True)):
        if indicator.code is not None or figure.unit != "%" or figure.kind != "value" or not figure.of_unit:
            continue
        if not index:
            continue
        count = indicators[index - 1]
        if count.kind == "count" and count.unit == figure.of_unit and count.code:
            indicator.code = catalog.share_code(count.code)


def _inherit_governor_codes(figures: list[_Figure], indicators: list[Indicator]) -> None:
    """`đạt tỷ lệ 54,12% (cùng kỳ năm 2024: 41,08%), tăng 13,04% so với cùng kỳ`: an earlier value or change of a
    share whose code is only known from the count it is a share of takes that code too (same unit)."""
    by_figure = {id(figure): indicator for figure, indicator in zip(figures, indicators, strict=True)}
    for figure, indicator in zip(figures, indicators, strict=True):
        governor = by_figure.get(id(figure.governor)) if figure.governor is not None else None
        if indicator.code is None and governor is not None and governor.code and governor.unit == indicator.unit:
            indicator.code = governor.code


_THOSE = re.compile(r"(?<![\wÀ-ỹ])(?i:này|trên)(?![\wÀ-ỹ])")


def _series_of_those_before(doc: _Doc, figures: list[_Figure], indicators: list[Indicator]) -> None:
    """`... nhóm Dịch vụ công trực tuyến đạt 9,47/12 điểm, nhóm Thanh toán trực tuyến đạt 6,02/10 điểm, nhóm Số hóa
    hồ sơ đạt 14,36/22 điểm. So với quý IV năm 2024, điểm ba nhóm này tăng tương ứng 0,41 điểm, 0,73 điểm và 1,12
    điểm.`: a series whose lead points back (`này`, `trên`) is of the last as many coded figures of its unit in the
    sentence before, in order."""
    by_first: dict[int, list[int]] = {}
    for i, figure in enumerate(figures):
        if figure.series is not None:
            by_first.setdefault(figure.series[1], []).append(i)
    for first, members in by_first.items():
        start = _sentence_start(doc, first)
        if start < 2 or not _THOSE.search(doc.masked, start, first):
            continue
        before = _sentence_start(doc, start - 2)
        unit = indicators[members[0]].unit
        earlier = [ind for ind in indicators if before <= ind.start < start and ind.unit == unit
                   and ind.kind == "value" and ind.code]
        if len(earlier) >= len(members) and len({ind.code for ind in earlier[-len(members):]}) == len(members):
            for i, ind in zip(members, earlier[-len(members):], strict=True):
                indicators[i].code = ind.code


_SENTENCE_STOP = re.compile(r"\.(?=\s|$)|\n")


def _procedures_with_online_parts(doc: _Doc, indicators: list[Indicator]) -> None:
    """`Toàn tỉnh hiện cung cấp 1.587 TTHC trên Hệ thống ..., trong đó 1.142 TTHC được cung cấp dịch vụ công trực
    tuyến`: a count of procedures naming no indicator, whose `trong đó` part in its sentence is a count of procedures
    with online service, is the count of procedures in force."""
    for i, ind in enumerate(indicators):
        if ind.unit != "TTHC" or ind.code is not None or ind.kind != "count":
            continue
        stop = _SENTENCE_STOP.search(doc.masked, ind.end)
        sentence_end = stop.start() if stop else len(doc.masked)
        parts = [other for other in indicators[i + 1:i + 4] if other.start < sentence_end and other.unit == "TTHC"]
        if parts and (parts[0].code or "").startswith("766.dvctt") and re.match(
                r"[^;]*?(?i:trong đó)", doc.masked[ind.end:parts[0].start]):
            ind.code = "tthc.tong_so"


def _national_averages(doc: _Doc, indicators: list[Indicator]) -> None:
    """`tỉnh đạt 17,2/18 điểm ... cao hơn bình quân cả nước (16,14 điểm)`: a national average score is compared
    with the province's score stated before it in the paragraph: a value of the same index, scale and date."""
    for i, ind in enumerate(indicators):
        if ind.unit != "điểm" or not ind.subject or not is_national(ind.subject) or ind.kind not in ("value",
                                                                                                      "previous"):
            continue
        paragraph, _ = doc.line_bounds(ind.start)
        compared = next((o for o in reversed(indicators[:i]) if paragraph <= o.start and o.unit == "điểm"
                         and o.kind == "value" and o.subject is None and o.max_value), None)
        if compared is None:
            continue
        ind.kind, ind.as_of, ind.max_value = "value", compared.as_of, compared.max_value
        ind.code = compared.code or ind.code


def _ranks_of_total_scores(doc: _Doc, indicators: list[Indicator]) -> None:
    """`Sở Nội vụ đạt 90,86 điểm Bộ chỉ số phục vụ người dân, doanh nghiệp, xếp thứ 6/17 sở, ban, ngành` in a report
    titled on the PAR Index: a rank right after a 766 total score in its sentence, naming no other index between
    them, ranks that score."""
    for before, rank in zip(indicators, indicators[1:], strict=False):
        if (rank.unit != "hạng" or rank.code == "766.xep_hang" or before.code != _TOTAL
                or before.kind != rank.kind and {before.kind, rank.kind} != {"value", "rank"}
                or _sentence_start(doc, rank.start) > before.start):
            continue
        if not [m for m in doc.overlapping(doc.mentions, before.end, rank.start)
                if before.end <= m.start and m.end <= rank.start
                and not all(code.startswith("766.") for code in m.codes)]:
            rank.code = "766.xep_hang"


def _national_issuer(parts: list[DocumentMeta]) -> bool:
    """`Cục Chuyển đổi số quốc gia`, `Bộ Nội vụ`: a national body's report is on no province of its own; every
    province it names is a body of its own (subjects.of_other_provinces)."""
    return national_issuer(parts[0].issuer if parts else None)


def _issuer_at(parts: list[DocumentMeta], pos: int) -> str | None:
    return parts[_part_index(parts, pos)].issuer if parts else None


_POINT_OF_THE_UNIT = re.compile(r"(?i:điểm tiếp nhận|điểm giao dịch)[ \t]")


def _level_of_subject(doc: _Doc, parts: list[DocumentMeta], subject: SubjectMention) -> str | None:
    """The subject's level; a reception point named by its place (`Điểm tiếp nhận Diên Phú`) is at the level of the
    body that runs it, the issuer (a commune's, or a provincial centre's)."""
    if subject.level is None and _POINT_OF_THE_UNIT.match(subject.text) and parts:
        issuer = " ".join((parts[_part_index(parts, subject.start)].issuer or "").split())
        return _issuer_level(issuer) if issuer else None
    return subject.level


def _to_indicator(doc: _Doc, figure: _Figure, parts: list[DocumentMeta], regions) -> Indicator:
    label = figure.label
    phrase = _period_label(regions, figure.start)
    as_of = figure.as_of
    if phrase and figure.kind not in ("previous", "target"):
        label = f"{label} ({phrase})"
        as_of = _period_as_of(phrase, as_of)
    line_start, line_end = doc.line_bounds(figure.start)
    context = doc.masked[line_start:line_end] + " " + _heading_before(doc, figure.start)
    code = _code_of(doc, figure, context)
    if not label.strip() and code:
        label = catalog.entries()[code].name
    max_value = figure.max_value
    subject = figure.subject or _issuing_district(doc, parts, figure.start)
    province = subject is None or subject.whole_province
    if figure.kind == "previous" and max_value is None and code and figure.unit == "điểm" and province:
        # the province's earlier score is on its index's scale; a body's or a level's average states none
        entry = catalog.entries()[code]
        max_value = entry.max if entry.unit == "điểm" and entry.max else None
    return Indicator(
        label=label,
        value=figure.value,
        raw=doc.text[figure.start:figure.end],
        start=figure.start,
        end=figure.end,
        snippet=_snippet(doc, figure),
        unit=figure.unit,
        code=code,
        max_value=max_value,
        subject=None if subject is None or subject.whole_province
        else subject_name(subject.text, _issuer_at(parts, figure.start)),
        # `Có 03/06 tỉnh, thành phố ...`: provinces counted are at the province level, whoever counts them
        level="tỉnh" if figure.unit == "tỉnh" else None if subject is None else _level_of_subject(doc, parts, subject),
        as_of=as_of,
        stated_status=_stated_status(doc, figure),
        kind=figure.kind,
        source="text",
        part=_part_index(parts, figure.start) if parts else 0,
    )
