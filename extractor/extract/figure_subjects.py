"""Subjects: the body or level each figure is about (`Sở Tư pháp`, `UBND các huyện`, `cấp xã`), the owners
of targets, and the issuer's own figures in a report about itself."""

from __future__ import annotations

import re
from functools import cache

from ..models import DocumentMeta
from ..patterns import read_jsonl
from ..vietnamese import fold
from .figure_candidates import _LEVEL_UNITS, _ORG_UNITS, _Figure
from .figure_dates import _part_index
from .prose import _FIGURE, _Doc, _heading_before, _is_footnote_line, _sentence_start, join_wrapped_lines, mask_text
from .subjects import SubjectMention, find_subjects, is_national


def _assign_subjects(doc: _Doc, figures: list[_Figure]) -> None:
    previous: _Figure | None = None
    for figure in figures:
        clause = doc.clause_start(figure.start)
        same_clause = previous is not None and previous.end > clause
        org_count = figure.unit in _ORG_UNITS and figure.kind in ("count", "value")
        scope = max(clause, previous.end) if same_clause and not org_count else clause
        paren = figure.paren
        subject = None
        if figure.kind == "target" and _is_footnote_line(doc, figure.start):
            subject = _subject_after(doc, figure) or doc.subject_in(scope, figure.start)
        elif paren is not None and paren >= clause:
            subject = doc.subject_in(paren + 1, figure.start, org_count)
            if subject is None:
                subject = doc.subject_in(max(scope, clause) if paren >= scope else clause, paren, org_count)
                if subject is None and not org_count:
                    subject = doc.subject_in(clause, paren)
        else:
            subject = doc.subject_in(scope, figure.start, org_count)
        if (subject is None and same_clause and not org_count and previous.subject is not None
                and not is_national(previous.subject.text)):
            subject = previous.subject
        if org_count:
            subject = _governing_subject(doc, figure) or subject
        if subject is None and org_count:
            subject = doc.subject_in(_sentence_start(doc, figure.start), figure.start, levels_only=True)
        if (subject is None or subject.whole_province) and org_count and figure.unit in _LEVEL_UNITS:
            # `7/12 huyện, thành phố có ...`: a count of the units of one level is about that level
            subject = SubjectMention(figure.end, figure.raw_unit_end, f"cấp {figure.unit}", figure.unit)
        if subject is None:
            subject = _line_heading_body(doc, figure.start)
        if figure.kind == "target" and subject is not None:
            subject = _task_opener(doc, subject)
        if figure.kind == "target" and subject is not None and _coordinating_assignee(doc, subject):
            subject = None  # `Sở X phối hợp với ... phấn đấu ... tỷ lệ ... đạt tối thiểu 60%`: the province's rate
        if figure.kind == "target" and subject is not None:
            subject = _task_bodies(doc, subject)
        figure.subject = subject
        previous = figure


def _line_heading_body(doc: _Doc, pos: int) -> SubjectMention | None:
    """`- Phường Phước Hội: 2.105 hồ sơ; trực tuyến 86,4%; số hóa 97,2%.`: a list line headed by a body and a
    colon is about that body, in every clause of the line."""
    line_start, _ = doc.line_bounds(pos)
    for mention in doc.subjects:
        if line_start <= mention.start and mention.end <= pos:
            lead = doc.masked[line_start:mention.start]
            opens = not re.sub(r"^[\s\-+•*]*(?:[a-zđ\d]{1,2}[.)])?\s*", "", lead)
            return mention if opens and re.match(r"[\s*]*:", doc.masked[mention.end:pos]) else None
    return None


_BODY_JOINER = re.compile(r"\s*(?:,|;|và|,\s*và)\s*")


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
    if first == index or re.sub(r"^[\s\-+•*]*(?:[a-zđ\d]{1,2}[.)])?\s*", "", doc.masked[line_start:opening.start]):
        return subject
    bodies = doc.subjects[first:index + 1]
    levels = {m.level for m in bodies}
    text = doc.text[opening.start:subject.end]
    return SubjectMention(opening.start, subject.end, text, levels.pop() if len(levels) == 1 else None)


_ORDINAL_ITEM = r"(?:Một|Hai|Ba|Bốn|Năm|Sáu|Bảy|Tám|Chín|Mười) là,|Thứ (?:nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười),"
_PARTNER_LEAD = re.compile(r"(?i:phối hợp với|cùng với|phối hợp cùng)\s*$")


def _task_opener(doc: _Doc, subject: SubjectMention) -> SubjectMention:
    """`Công an tỉnh phối hợp với UBND các huyện ... phấn đấu ... đạt 95%`: the partner named after `phối hợp
    với` is not the target's owner; the body that opens the task is."""
    if not _PARTNER_LEAD.search(doc.masked[max(0, subject.start - 25):subject.start]):
        return subject
    start = _sentence_start(doc, subject.start)
    return next((m for m in doc.subjects if start <= m.start < subject.start), subject)


def _coordinating_assignee(doc: _Doc, subject: SubjectMention) -> bool:
    """A single named body that opens a task and works with others (`Sở Thông tin và Truyền thông phối hợp
    với các ngân hàng ...`) carries out a province-wide goal: the goal's figure is not that body's own."""
    if re.match(r"(?i:các|ubnd các|cấp)\b", subject.text) or subject.level != "tỉnh":
        return False
    line_start, _ = doc.line_bounds(subject.start)
    lead = doc.masked[line_start:subject.start]
    opens = not re.sub(r"^[\s\-+•*]*(?:[a-zđ\d]{1,2}[.)]|" + _ORDINAL_ITEM + r")?\s*(?:(?i:giao)\s+)?", "", lead)
    after = doc.masked[subject.end:subject.end + 30]
    return opens and bool(re.match(r"\s*(?i:phối hợp với|chủ trì, phối hợp)", after))


def _governing_subject(doc: _Doc, figure: _Figure) -> SubjectMention | None:
    """`Thị xã Kỳ Anh có 12/12 xã` or `3 đơn vị cấp huyện`: the body right before `có N` or right after the unit."""
    for mention in doc.subjects:
        if figure.start - 16 <= mention.end <= figure.start and re.fullmatch(
            r"[\s,:*]*(?:(?:đã )?có|gồm)?[\s*]*", doc.masked[mention.end:figure.start]
        ):
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


def _issuing_district(doc: _Doc, parts: list[DocumentMeta], pos: int) -> SubjectMention | None:
    """The issuer's own figures. A district- or commune-level committee's report (`UBND thị xã La Gi`, `UBND
    phường Thanh Đức`): a figure naming no body is that unit's, as a provincial report would name it. A
    provincial body's report (`Sở Tư pháp`): a figure naming no body under a section heading that names the
    issuer (`1. KẾT QUẢ ... TẠI SỞ TƯ PHÁP`) is the issuer's; elsewhere it stays the province's."""
    if not parts:
        return None
    issuer = " ".join((parts[_part_index(parts, pos)].issuer or "").split())
    mentions = find_subjects(issuer) if issuer else []
    if len(mentions) != 1 or mentions[0].text != issuer or mentions[0].whole_province or mentions[0].level is None:
        return None
    level = mentions[0].level
    if level in ("huyện", "xã") and fold(issuer).startswith("ubnd "):
        return SubjectMention(pos, pos, issuer, level)
    if level == "tỉnh" and fold(issuer) in fold(_heading_before(doc, pos)):
        return SubjectMention(pos, pos, issuer, level)
    if level == "tỉnh" and _speaks_only_of_itself(doc, parts[_part_index(parts, pos)], issuer):
        return SubjectMention(pos, pos, issuer, level)
    return None


class _MaskedText:
    """Just the masked text, for the issuer rules outside the prose pass."""

    def __init__(self, masked: str):
        self.masked = masked


def issuer_own_subject(text: str, parts: list[DocumentMeta], skip_spans: list[tuple[int, int]], pos: int
                       ) -> SubjectMention | None:
    """The issuer, when a figure at `pos` naming no body is the issuer's own (same rules as for prose figures:
    a district or commune committee's report, or a provincial body's report on itself)."""
    return _issuing_district(_MaskedText(join_wrapped_lines(text, mask_text(text, skip_spans))), parts, pos)


def _speaks_only_of_itself(doc: _Doc, part: DocumentMeta, issuer: str) -> bool:
    """A provincial department's report (`Sở Tài nguyên và Môi trường`) that never names the province-wide
    scope (`toàn tỉnh`, `trên địa bàn tỉnh`: patterns/subjects.jsonl kinds `whole` and `scope`) reports on the
    department itself: its figures naming no body are the department's."""
    if not fold(issuer).startswith("so "):
        return False
    start, end = part.start or 0, part.end or len(doc.masked)
    return not _province_scope().search(fold(doc.masked[start:end]))


@cache
def _province_scope() -> re.Pattern:
    phrases = [r["phrase"] for r in read_jsonl("subjects.jsonl") if r["kind"] in ("whole", "scope")]
    words = "|".join(re.escape(fold(p)) for p in sorted(phrases, key=len, reverse=True))
    return re.compile(rf"(?<![a-z])(?:{words})(?![a-z])")
