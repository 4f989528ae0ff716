"""Codes: the catalog code of each figure, from its label, the verb and noun around a count, a legend
line, the clause that names it, or the score group it belongs to."""

from __future__ import annotations

import bisect
import re
from functools import cache, lru_cache

from ..numbers import parse_number
from ..patterns import read_jsonl
from ..vietnamese import fold
from . import catalog
from .figure_candidates import (
    _AMOUNT_UNITS,
    _ORG_UNITS,
    _SERIES,
    _UNIT_NAME,
    _Figure,
    figure_run,
    run_member_end,
    series_members,
)
from .figure_dates import _part_index
from .figure_labels import _mention_label, _protected_chunks, _tail_label, score_named_after
from .prose import (
    LIST_ITEM,
    _Doc,
    _enclosing_headings,
    _heading_before,
    _sentence_start,
    first_in_headed_item,
    list_lead,
)
from .subjects import village_words

_LEGEND = re.compile(
    r"(?m)^[ \t]*\(?[ \t]*(?i:thứ tự|theo thứ tự|lần lượt(?: là)?)[ \t]*:[ \t]*(?P<items>[^()\n]+)\)?[ \t]*$"
    # `Kết quả từng đơn vị (số hồ sơ tiếp nhận; tỷ lệ nộp trực tuyến; tỷ lệ đúng hạn):` closing the line over the list
    r"|^[^\n]*\((?P<bracketed>[^()\n;]+(?:;[^()\n;]+)+)\)[ \t]*:[ \t]*$"
)


def _last_legend_before(doc: _Doc, pos: int) -> re.Match | None:
    """The last legend line ending at or before `pos` (legends are found once per document: each is one line)."""
    legends = getattr(doc, "_legends", None)
    if legends is None:
        matches = list(_LEGEND.finditer(doc.masked))
        legends = doc._legends = (matches, [m.end() for m in matches])
    before = bisect.bisect_right(legends[1], pos)
    return legends[0][before - 1] if before else None


def _legend_code(doc: _Doc, figure: _Figure) -> str | None:
    """`(Thứ tự: số hồ sơ tiếp nhận; tỷ lệ nộp trực tuyến; tỷ lệ số hóa hồ sơ)` over list lines `- X: a; b; c`, or
    a line closing `(số hồ sơ tiếp nhận; ...):` over them: the n-th clause of each line is the n-th named indicator."""
    line_start, line_end = doc.line_bounds(figure.start)
    if not re.match(r"[ \t]*[-+•*–]", doc.masked[line_start:line_end]):
        return None
    legend = _last_legend_before(doc, line_start)
    if legend is None:
        return None
    between = doc.masked[legend.end():line_start].strip("\n").split("\n")
    if not all(re.match(r"[ \t]*[-+•*–]", line) for line in between if line.strip()):
        return None  # a line that is no list item between: an earlier legend would have it between too
    items = [item.strip() for item in (legend["items"] or legend["bracketed"]).split(";")]
    body = doc.masked[line_start:figure.start]
    index = body[body.find(":") + 1:].count(";") if ":" in body else body.count(";")
    if index >= len(items):
        return None
    return catalog.code_for(items[index], figure.max_value, figure.unit)


_FILLER_BEFORE_COUNT = re.compile(r"(?i:\s+(?:tổng cộng|tổng số|tất cả|cả|thêm|được|đã))+\s*$")


def _count_phrase_code(doc: _Doc, figure: _Figure, context: str) -> str | None:
    """`đã tiếp nhận 1.208 phản ánh, kiến nghị`, `tiếp nhận tổng cộng 486.213 hồ sơ`: the verb right before
    a count and its noun name a catalogued count of that very unit, whatever the sentence began with."""
    if figure.kind not in ("count", "previous", "target") or figure.unit in ("%", "điểm", "hạng", "ngày"):
        return None
    lead = doc.masked[max(doc.clause_start(figure.start), figure.start - 40):figure.start]
    lead = _FILLER_BEFORE_COUNT.sub("", " " + lead)
    words = re.split(r"[\s,:;()]+", lead.strip())[-4:]
    unit_words = doc.masked[figure.end:figure.raw_unit_end].strip()
    shared = _shared_auxiliary(lead)
    for lead_words in [*(" ".join(words[-size:]) for size in range(len(words), 0, -1)), *shared]:
        # `đã xử lý 35 PAKN` → `PAKN đã xử lý` too, unless the lead already wrote the noun (`Số hồ sơ trực
        # tuyến tiếp nhận là 101.237 hồ sơ` names the online files, not the files received)
        noun_first = [] if unit_words and unit_words.lower() in lead.lower() else [f"{unit_words} {lead_words}"]
        for phrase in (f"{lead_words} {unit_words}", *noun_first):
            code = catalog.code_for(phrase, None, None, context)
            entry = catalog.entries().get(code or "")
            if entry is not None and entry.unit == figure.unit:
                return code
    return _share_base_code(doc, figure, context, unit_words)


_COORDINATED_VERBS = re.compile(r"(?i:\b(đang|đã)\s+[^\W\d][^,;:()\d]{0,20}?,\s*([^\W\d][^,;:()\d]{0,20}?))\s*$")


def _shared_auxiliary(lead: str) -> list[str]:
    """`đang tiếp nhận, giải quyết 382 TTHC`: verbs joined by a comma share the auxiliary before the first one;
    the last verb with it (`đang giải quyết`) is tried as the count's lead too."""
    found = _COORDINATED_VERBS.search(lead)
    return [f"{found.group(1)} {' '.join(found.group(2).split())}"] if found else []


def _share_base_code(doc: _Doc, figure: _Figure, context: str, unit_words: str) -> str | None:
    """`trong đó xử lý đúng hạn 301 PAKN`: the words written right before a count (no comma, colon or `và` between)
    that, with its noun, name a share computed on that very unit name the count behind the share."""
    lead = doc.masked[max(doc.clause_start(figure.start), figure.start - 40):figure.start]
    lead = re.split(r"[,:;()]|\b(?i:và|hoặc|trong đó|gồm)\b", lead)[-1]
    words = _FILLER_BEFORE_COUNT.sub("", " " + lead).split()[-5:]
    if not unit_words or len(words) < 2:
        return None
    for size in range(len(words), 1, -1):
        phrase = f"{unit_words} {' '.join(words[-size:])}"
        mentions = catalog.find_mentions(phrase)
        if len(mentions) != 1 or mentions[0].start != 0 or mentions[0].end != len(phrase):
            continue  # the words must be the share's name and nothing else (`hồ sơ trực tuyến là` is not)
        code = catalog.code_for(phrase, None, None, context)
        entry = catalog.entries().get(code or "")
        if entry is not None and entry.unit == "%" and _base_unit(entry) == figure.unit:
            return code
    return None


_BASE_NOUN = re.compile(r"(?i:\b(hồ sơ|TTHC|thủ tục hành chính|thủ tục|phản ánh, kiến nghị|phản ánh|PAKN)\b)")


def _base_unit(entry: catalog.Entry) -> str | None:
    """The unit a share indicator is computed on, read from its name (`Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn`
    → PAKN, `Tỷ lệ TTHC có yêu cầu nghĩa vụ tài chính ...` → TTHC)."""
    noun = _BASE_NOUN.search(re.sub(r"^(?i:tỷ lệ)\s+", "", entry.name))
    return _UNIT_NAME.get(noun.group(1), noun.group(1)) if noun and noun.start() == 0 else None


def _counts_in(entry: catalog.Entry, unit: str | None) -> bool:
    """Whether a count of `unit` can carry `entry`'s code: a count of that unit, or a share computed on that unit or
    on none its name writes (`02 điểm tiếp nhận hồ sơ` is no count of files, `389/516 hồ sơ có yêu cầu nghĩa vụ tài
    chính` no count of procedures)."""
    if entry.unit == unit or unit in entry.counted_in:
        return True
    base = _base_unit(entry)
    return entry.unit == "%" and (base == unit or base is None)


def _tail_code(doc: _Doc, figure: _Figure, context: str) -> str | None:
    """`còn 2.317 hồ sơ giải quyết quá hạn`, `1.356.920 tài khoản định danh điện tử`: the words after a
    count name it when the words before do not."""
    if figure.unit in ("%", "điểm", "hạng") or figure.kind not in ("count", "previous", "target"):
        return None
    tail = _tail_label(doc, figure)
    code = catalog.code_for(tail, None, figure.unit, context) if tail else None
    entry = catalog.entries().get(code or "")
    if entry is not None and not _counts_in(entry, figure.unit):
        return None  # `03 PAKN với thời gian xử lý bình quân ...`: a count is never a time, a score or another count
    return code


def _score_tail_code(doc: _Doc, figure: _Figure, context: str) -> str | None:
    """`Sở Nội vụ đạt 90,86 điểm Bộ chỉ số phục vụ người dân, doanh nghiệp`: a score naming nothing before it is
    named by the catalogued score written right after its unit."""
    if catalog.find_mentions(figure.label) or not (named := score_named_after(doc, figure)):
        return None
    code = catalog.code_for(named, figure.max_value, figure.unit, context)
    entry = catalog.entries().get(code or "")
    return code if entry is not None and entry.unit == "điểm" else None


# `So với chỉ tiêu ... giao cho phường là 80% thì tỷ lệ hồ sơ trực tuyến đã đạt`: the indicator a target governs,
# named right after it
_THEN = re.compile(r"[ \t*]*,?[ \t]*(?i:thì)[ \t]+")
_RATE_WORDS = re.compile(r"(?:(?i:tỷ lệ|số)[ \t]+)?")


def _target_then_code(doc: _Doc, figure: _Figure, context: str) -> str | None:
    """A target naming no indicator before it, followed by `thì <indicator> (đã/chưa) đạt`: that indicator's code."""
    then = _THEN.match(doc.masked, figure.raw_unit_end)
    if figure.kind != "target" or then is None:
        return None
    named = [m for m in doc.overlapping(doc.mentions, then.end(), then.end() + 12)
             if _RATE_WORDS.fullmatch(doc.masked[then.end():max(then.end(), m.start)])]
    return catalog.code_for(doc.masked[named[0].start:named[0].end], None, figure.unit, context) if named else None


def _clause_name_code(doc: _Doc, figure: _Figure, context: str) -> str | None:
    """`tình trạng hồ sơ quá hạn ..., như Sở X (1.926 hồ sơ)`, `thanh toán trực tuyến phí, lệ phí cho 148.062
    hồ sơ`: a count whose own words name nothing counts what its clause last named before it."""
    start = doc.clause_start(figure.paren if figure.paren is not None else figure.start)
    label = _mention_label(doc, start, figure.start)
    code = catalog.code_for(label, None, None, context) if label else None
    entry = catalog.entries().get(code or "")
    if entry is None or entry.unit in ("ngày",) or (entry.unit not in ("%", "điểm", figure.unit)):
        return None
    return code


def _count_of_group(figure: _Figure, code: str | None) -> str | None:
    """A count named by a group score (`cung cấp 1.196 TTHC dưới hình thức dịch vụ công trực tuyến`) is the
    group's count of that unit (`count_codes` in the catalog), else the component its share means."""
    entry = catalog.entries().get(code or "")
    if entry is None or entry.unit != "điểm" or figure.unit in ("%", "điểm", "hạng", "ngày", *_AMOUNT_UNITS):
        return code
    return entry.count_codes.get(figure.unit or "") or entry.percent_code or code


def _governor_code(doc: _Doc, figure: _Figure, context: str) -> str | None:
    """`tiếp nhận 148.327 hồ sơ, tăng 21.659 hồ sơ ... (126.668 hồ sơ)`: a change, earlier value or bracketed
    goal is of the figure it belongs to, unless its own words name a count (`giảm 1.126 hồ sơ quá hạn`)."""
    if figure.governor is None:
        return None
    own = _tail_code(doc, figure, context) if figure.kind != "previous" or figure.paren is None else None
    return own or _code_of(doc, figure.governor, context)


def _group_share_code(figure: _Figure, code: str | None) -> str | None:
    """`1.438 TTHC được cung cấp dưới hình thức dịch vụ công trực tuyến (71,33%)`, `số hồ sơ tiếp nhận qua dịch
    vụ công trực tuyến ..., chiếm 76,05%`: a share named by a score group is the share of the group's count of
    the unit it is a share of (the count before it, or the noun its label writes)."""
    entry = catalog.entries().get(code or "")
    if figure.unit != "%" or entry is None or entry.unit != "điểm" or not entry.count_codes:
        return code
    unit = figure.of_unit
    if unit not in entry.count_codes:
        noun = _LABEL_NOUN.search(figure.label)
        unit = _UNIT_NAME.get(noun.group(1).lower(), noun.group(1)) if noun else None
    return entry.count_codes.get(unit or "", code)


def _group_component_code(figure: _Figure, code: str | None) -> str | None:
    """`Mức độ hài lòng ... đối với việc giải quyết TTHC ... đạt 98,9%`: a share named by a score group that has no
    main share is the one share of the group whose name writes the noun the label writes (TTHC, PAKN, hồ sơ)."""
    entry = catalog.entries().get(code or "")
    if figure.unit != "%" or entry is None or entry.unit != "điểm" or entry.percent_code:
        return code
    nouns = {_noun_key(n) for n in _ANY_NOUN.findall(figure.label)}
    if not nouns:
        return code
    shares = [e.code for e in catalog.entries().values() if e.group == code and e.code != code and e.unit == "%"
              and nouns & {_noun_key(n) for n in _ANY_NOUN.findall(e.name)}]
    return shares[0] if len(shares) == 1 else code


_ANY_NOUN = re.compile(r"(?i:(?<![\wÀ-ỹ])(hồ sơ|TTHC|thủ tục hành chính|thủ tục|phản ánh, kiến nghị|phản ánh|PAKN)"
                       r"(?![\wÀ-ỹ]))")


def _noun_key(noun: str) -> str:
    """`thủ tục hành chính` → `TTHC`, `phản ánh, kiến nghị` → `PAKN`: one key per counted noun."""
    return _UNIT_NAME.get(noun, _UNIT_NAME.get(noun.lower(), noun))


_LABEL_NOUN = re.compile(r"(?i:\b(hồ sơ|TTHC|thủ tục hành chính|thủ tục)\b)")


def _fits(figure: _Figure, code: str | None) -> str | None:
    """`code` when its indicator can be stated as `figure` (a score of that scale, a share, a count of that unit)."""
    entry = catalog.entries().get(code or "")
    if entry is None:
        return None
    if figure.unit == "điểm":
        return code if entry.unit == "điểm" and (figure.max_value is None or entry.max == figure.max_value) else None
    if figure.unit == "%":
        return code if entry.unit == "%" or entry.share_code or _index_of_a_hundred(entry) else None
    return code if entry.unit == figure.unit else None


def _count_fits(figure: _Figure, code: str | None) -> str | None:
    """`code` when it fits `figure` (`_fits`), or when `figure` is a count of the unit `code`'s share is computed
    on (`Các xã có số hồ sơ quá hạn cao:` over `- Xã A: 412 hồ sơ`: the overdue files)."""
    entry = catalog.entries().get(code or "")
    if entry is not None and figure.kind == "count" and entry.unit == "%" and _counts_in(entry, figure.unit):
        return code
    return _fits(figure, code)


def _share_of_counts_in(entry: catalog.Entry, unit: str | None) -> bool:
    """`TTHC cung cấp dịch vụ công trực tuyến toàn trình` (a share): a count of the procedures its name counts
    (`281 TTHC`), or of a unit it is also counted in, carries it."""
    if unit is None or entry.unit != "%":
        return False
    return unit in entry.counted_in or bool(re.search(rf"(?<![\wÀ-ỹ]){re.escape(unit)}(?![\wÀ-ỹ])", entry.name))


def _index_of_a_hundred(entry: catalog.Entry) -> bool:
    """PAR INDEX, PCI: indices scored out of 100, which reports also write as a share (`đạt 86,74%`)."""
    return entry.unit == "điểm" and _outside_766_index(entry)


def _outside_766_index(entry: catalog.Entry) -> bool:
    """PAR INDEX, SIPAS, PCI: the national indices scored out of 100 besides Decision 766's."""
    return entry.max == 100 and not entry.code.startswith("766.")


_TOPIC_LEAD = re.compile(r"^[\s*]*(?:[a-zđ\d]{1,2}[.)]\s*)?(?i:(?:về|đối với|riêng về)\s+)?")


def _opening_topic_code(doc: _Doc, figure: _Figure, context: str) -> str | None:
    """`Về tiến độ, kết quả giải quyết, tỉnh giữ nguyên 19,1/20 điểm`, `Thanh toán trực tuyến được cải thiện: nhóm
    chỉ số đạt 7,6/10 điểm`: a figure that names nothing is of the indicator its sentence opens with (the words
    before the first comma or colon, after `Về`), when that indicator can take the figure's unit."""
    start = _sentence_start(doc, figure.start)
    chunks = _protected_chunks(doc, start, figure.start)
    if len(chunks) < 2:
        return None
    first_start, first_end = chunks[0]
    opening = doc.masked[first_start:first_end - 1]
    lead = _TOPIC_LEAD.match(opening)
    if doc.masked[first_end - 1] != ":" and not (lead and lead.group().strip(" *\t")):
        return None  # `X, ...` opens a topic only after `Về`; `X: ...` always does
    if any(first_end <= m.start and m.end <= figure.start for m in doc.mentions):
        return None  # the figure's own clause names another indicator (`...; có 806.215 tài khoản định danh`)
    topic = opening[lead.end():] if lead else opening
    code = catalog.code_for(topic, figure.max_value, figure.unit, context) if topic.strip() else None
    return _fits(figure, code)


_BREAKDOWN_LEADS = {
    " ".join(w["word"].lower().split()): (w["unit"], w["code"])
    for w in read_jsonl("figure_words.jsonl") if w["kind"] == "breakdown_lead"
}


def _breakdown_code(doc: _Doc, figure: _Figure) -> str | None:
    """`Theo lĩnh vực: lý lịch tư pháp 3.684 hồ sơ, ...; các lĩnh vực khác 1.052 hồ sơ`: a count named only by a
    field, in a sentence that opens by splitting a count by field, is that count (`breakdown_lead` words)."""
    if figure.kind != "count":
        return None
    sentence = _sentence_start(doc, figure.start)
    for start, colon in ((sentence, doc.masked.find(":", sentence, figure.start)), list_lead(doc, figure.start)):
        if colon == -1:
            continue
        opening = " ".join(re.sub(r"^[\s*]*(?:[a-zđ\d]{1,2}[.)]\s*)?", "", doc.masked[start:colon]).lower().split())
        unit, code = _BREAKDOWN_LEADS.get(_BREAKDOWN_FILLER.sub("", opening), (None, None))
        if unit == figure.unit:
            return code
    return None


_BREAKDOWN_FILLER = re.compile(r"^(?:cụ thể|chi tiết|trong đó)\s*,?\s*")


_SUPERLATIVE = re.compile(r"(?i:^(?P<what>[^,;:()\d]*?)\s+nhất\s*(?:là|gồm|:))")
_SUPERLATIVE_WORDS = re.compile(r"(?i:\b(?:nhiều|ít|lớn|cao|thấp)\b)")


def _superlative_code(doc: _Doc, figure: _Figure, context: str) -> str | None:
    """`Lĩnh vực tiếp nhận nhiều hồ sơ nhất là việc làm (2.874 hồ sơ), tiếp đến là người có công (1.956 hồ sơ)`:
    the parts a sentence ranks by `nhiều ... nhất` are counts of what its opening counts (`tiếp nhận hồ sơ`)."""
    if figure.kind != "count":
        return None
    start = _sentence_start(doc, figure.start)
    list_start, colon = list_lead(doc, figure.start)
    if colon != -1 and first_in_headed_item(doc, figure.start):
        start = list_start  # `Các đơn vị tiếp nhận nhiều PAKN nhất:` over `- Sở Xây dựng: 87 PAKN, đã xử lý 85;`
    clause = doc.clause_start(figure.start)
    if clause > start and doc.masked[clause - 1] == ";" and _SUPERLATIVE.match(doc.masked[clause:figure.start].strip()):
        start = clause  # `Có 04/17 sở ... để xảy ra hồ sơ quá hạn; nhiều nhất là Sở X (1.126 hồ sơ, ...)`
    lead = re.sub(r"^[\s*\-+•–]*(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?", "", doc.masked[start:figure.start])
    opening = _SUPERLATIVE.match(lead)
    if opening is None or not _SUPERLATIVE_WORDS.search(opening.group("what")):
        return None
    what = " ".join(_SUPERLATIVE_WORDS.sub(" ", opening.group("what")).split())
    if not what and start == clause:
        what = doc.masked[doc.clause_start(clause - 1):clause - 1]  # the clause before names what is ranked
    return _count_fits(figure, catalog.code_for(what, None, figure.unit, context))


def _list_lead_verb_code(doc: _Doc, figure: _Figure, context: str) -> str | None:
    """`Hồ sơ đăng ký thường trú, tạm trú do Công an cấp xã tiếp nhận theo từng địa bàn:` over `- Công an các phường
    thuộc thành phố Dĩ An: 5.732 hồ sơ, ...`: the first count of each item is the count the lead's verb names."""
    if figure.kind != "count" or not figure.unit or not first_in_headed_item(doc, figure.start):
        return None
    start, colon = list_lead(doc, figure.start)
    if colon == -1:
        return None
    words = re.findall(r"[a-zđà-ỹ]+", doc.masked[start:colon])
    for end in range(len(words), 0, -1):
        for size in (2, 1):
            if end - size < 0:
                continue
            code = _count_fits(figure, catalog.code_for(f"{' '.join(words[end - size:end])} {figure.unit}", None,
                                                        figure.unit, context))
            if code:
                return code
    default = _list_count_defaults().get(figure.unit)
    lead = doc.masked[start:colon]
    # the lead names the unit (`Số hồ sơ của các xã:`) or the units' results (`Kết quả của một số xã, thị trấn ...:`)
    if default and re.search(rf"(?<![\wÀ-ỹ])(?:{re.escape(figure.unit)}|(?i:kết quả))(?![\wÀ-ỹ])", lead):
        return _fits(figure, catalog.code_for(default, None, figure.unit, context))
    return None


@cache
def _list_count_defaults() -> dict[str, str]:
    return {r["word"]: r["phrase"] for r in read_jsonl("figure_words.jsonl") if r["kind"] == "list_count_default"}


_LEVEL_ONLY_LEAD = re.compile(r"\s*(?i:(?:ở|tại|của)\s+)?(?i:cấp)\s+(?i:tỉnh|huyện|xã|cơ sở)\s+(?i:là|có)\s*")


def _parallel_clause_code(doc: _Doc, figure: _Figure, context: str) -> str | None:
    """`Hồ sơ quá hạn ở cấp tỉnh là 1.873 hồ sơ, ...; ở cấp xã là 4.539 hồ sơ`: a count in a clause naming only
    another level counts what the clause before it, on the first level, named before its first figure."""
    clause = doc.clause_start(figure.start)
    if figure.kind != "count" or clause < 2 or doc.masked[clause - 1] != ";":
        return None
    if not _LEVEL_ONLY_LEAD.fullmatch(doc.masked, clause, figure.start):
        return None
    before = doc.clause_start(clause - 1)
    first = re.search(r"\d", doc.masked[before:clause])
    if first is None or not _LEVEL_ONLY_LEAD.search(doc.masked[before:before + first.start()]):
        return None
    return _count_fits(figure, catalog.code_for(f"{doc.masked[before:before + first.start()]} {figure.unit}", None,
                                                figure.unit, context))


def _contrast_code(doc: _Doc, figure: _Figure, context: str) -> str | None:
    """`Toàn bộ hồ sơ ... được số hóa; riêng Văn phòng X đạt 91,2%`: a clause opened by `riêng` (only, except)
    states the indicator of the clause before it for one body."""
    clause = doc.clause_start(figure.start)
    if not re.match(r"\s*(?i:riêng)\b", doc.masked[clause:figure.start]) or clause < 2:
        return None
    before = doc.masked[doc.clause_start(clause - 1):clause - 1]
    return _fits(figure, catalog.code_for(before, figure.max_value, figure.unit, context))


# Asides inside a series' names that are no figure: `Chỉ số cải cách hành chính (PAR INDEX)`, `năm 2023`
_NAME_ASIDES = re.compile(r"\([ \t]*[A-ZĐ][A-ZĐ \t-]*[ \t]*\)|(?i:năm)[ \t]+\d{4}\b")


_BRACKETED_NAMES = re.compile(r"\((?P<names>[^()\n\d]+;[^()\n\d]+)\)[ \t]*$")


def _series_names(doc: _Doc, first_start: int) -> list[str]:
    """`Điểm các nhóm chỉ số A; B; C và D lần lượt là ...`: the names a series lists before `lần lượt`, split at `;`
    (else at commas outside catalogued names) and at the last `và`."""
    line_start, _ = doc.line_bounds(first_start)
    connectors = list(re.finditer(_SERIES, doc.masked[line_start:first_start]))
    if not connectors:
        return []
    end = line_start + connectors[-1].start()
    bracketed = _BRACKETED_NAMES.search(doc.masked, line_start, end)
    if bracketed:  # `Điểm của sáu nhóm chỉ tiêu (công khai, minh bạch; tiến độ giải quyết; ...) lần lượt là`
        start, end = bracketed.span("names")
    else:
        lead = _NAME_ASIDES.sub(lambda m: " " * len(m.group()), doc.masked[line_start:end])
        start = max(_sentence_start(doc, first_start), line_start,
                    *(m.end() + line_start for m in re.finditer(r"[\d()]", lead)))
    text = doc.masked[start:end]
    protected = [(m.start, m.end) for m in catalog.find_mentions(text)]
    separator = ";" if ";" in text else ","
    cuts = [i for i, c in enumerate(text) if c == separator and not any(a <= i < b for a, b in protected)]
    names = [text[a + 1:b] for a, b in zip([-1, *cuts], [*cuts, len(text)], strict=True)]
    last = [m for m in re.finditer(r"\s(?i:và)\s", names[-1])
            if not any(a <= m.start() + len(text) - len(names[-1]) < b for a, b in protected)]
    if last:
        names[-1:] = [names[-1][:last[-1].start()], names[-1][last[-1].end():]]
    return [" ".join(name.split()) for name in names]


def _series_code(doc: _Doc, figure: _Figure, context: str) -> str | None:
    """`Điểm các nhóm chỉ số Công khai, minh bạch; Tiến độ ... và Số hóa hồ sơ lần lượt là 16,94/18; ... và 15,77/22
    điểm`: the n-th member of a series is the n-th indicator named before it, when every name is catalogued."""
    if figure.series is None:
        return None
    index, first_start = figure.series
    size = len(series_members(doc, first_start))
    names = _series_names(doc, first_start)
    if size < 2 or len(names) < size:
        return None
    names = names[len(names) - size:]
    codes = [catalog.code_for(name, figure.max_value, figure.unit, context) for name in names]
    codes = [code or _code_of_shared_head(names[0], codes[0], name, figure, context) for name, code in zip(
        names, codes, strict=True)]
    if not all(codes):
        return None
    entry = catalog.entries()[codes[index]]
    return _fits(figure, codes[index]) or (codes[index] if _share_of_counts_in(entry, figure.unit) else None)


def _code_of_shared_head(first: str, first_code: str | None, name: str, figure: _Figure, context: str) -> str | None:
    """`số TTHC cung cấp dịch vụ công trực tuyến toàn trình và một phần lần lượt là ...`: a bare qualifier listed
    after a catalogued name shares that name's head, in place of the qualifier the first name ends with (as many
    words as it has)."""
    words, own = first.split(), name.split()
    if first_code is None or not own or len(own) >= len(words):
        return None
    code = catalog.code_for(" ".join([*words[:-len(own)], *own]), figure.max_value, figure.unit, context)
    return code if code != first_code else None


# `..., xếp thứ 21/63 và 30/63`: the words opening a run of ranks right after a series
_RANKS_LEAD = re.compile(r"[ \t]*,[ \t]*(?i:(?:cùng[ \t]+)?(?:xếp|đứng)(?:[ \t]+(?:hạng|thứ))?(?:[ \t]+thứ)?)[ \t]+")


def _ranks_after_series(doc: _Doc, figure: _Figure) -> str | None:
    """`PAR INDEX và SIPAS năm 2023 ... lần lượt đạt 86,74% và 82,15%, xếp thứ 21/63 và 30/63`: as many ranks as the
    series before them, listed right after it, rank its indices in order (a 766 score's rank is `766.xep_hang`)."""
    if figure.unit != "hạng":
        return None
    sentence = _sentence_start(doc, figure.start)
    connectors = list(re.finditer(_SERIES, doc.masked[sentence:figure.start]))
    if not connectors:
        return None
    line_end = doc.line_bounds(figure.start)[1]
    series = figure_run(doc, sentence + connectors[-1].end(), line_end)
    lead = _RANKS_LEAD.match(doc.masked, run_member_end(doc, series[-1][1])) if len(series) >= 2 else None
    ranks = figure_run(doc, lead.end(), line_end) if lead else []
    starts = [start for start, _, _ in ranks]
    if len(ranks) != len(series) or figure.start not in starts:
        return None
    names = _series_names(doc, series[0][0])[-len(series):]
    code = catalog.code_for(names[starts.index(figure.start)], None, "điểm", "") if len(names) == len(series) else None
    entry = catalog.entries().get(code or "")
    return None if entry is None else code if _outside_766_index(entry) else "766.xep_hang"


_GOALS = "chỉ tiêu"


@cache
def _village_units() -> frozenset[str]:
    """The units of counts of villages and residential groups (patterns/subjects.jsonl kind `village`), but `bản`,
    which also counts copies (`1.287 bản sao chứng thực điện tử`)."""
    return village_words() - {"bản"}


def _qualified_share_code(figure: _Figure, context: str) -> str | None:
    """`- Xã A: 1.112 hồ sơ, trực tuyến 52,4 %`: a share named only by a qualifier, right after a count in its clause,
    is the share of that count's unit so qualified (`hồ sơ trực tuyến`)."""
    if figure.unit != "%" or figure.of_unit in (None, "%", "điểm", "hạng", "ngày") or not figure.label.strip():
        return None
    for name in (f"{figure.of_unit} {figure.label}", f"tỷ lệ {figure.label} {figure.of_unit}"):  # `số hóa hồ sơ`
        code = catalog.code_for(name, None, "%", context)
        entry = catalog.entries().get(code or "")
        if entry is not None and entry.unit == "%":
            return code
    return None


_SHARE_NOUN = re.compile(r"[ \t]+(?P<noun>hồ sơ|TTHC|thủ tục hành chính|phản ánh, kiến nghị|PAKN)(?![\wÀ-ỹ])")


def _share_before_noun_code(doc: _Doc, figure: _Figure, context: str) -> str | None:
    """`hoàn thành số hóa 100% hồ sơ`: a share written between a verb and the noun it is a share of names the share
    of that noun so treated (`số hóa hồ sơ`)."""
    noun = _SHARE_NOUN.match(doc.masked, figure.end) if figure.unit == "%" else None
    if noun is None:
        return None
    words = doc.masked[doc.clause_start(figure.start):figure.start].split()
    for size in range(min(3, len(words)), 0, -1):
        code = catalog.code_for(f"{' '.join(words[-size:])} {noun.group('noun')}", None, "%", context)
        entry = catalog.entries().get(code or "")
        if entry is not None and entry.unit == "%":
            return code
    return None


def _list_whole_code(doc: _Doc, figure: _Figure, context: str) -> str | None:
    """`UBND 16 xã, phường tiếp nhận 22.480 hồ sơ ... Kết quả của từng đơn vị như sau:` over lines `- Xã A: 1.112 hồ
    sơ, ...`: a count naming nothing in a list item splits the first count of its unit in the paragraph that opens the
    list (as large as the list's counts together) and counts what that count counts."""
    if figure.kind != "count":
        return None
    colon = _list_opening_colon(doc, figure.start)
    if colon is None:
        return None
    paragraph, _ = doc.line_bounds(colon)
    items = _list_counts(doc, colon, figure.unit)
    for whole in _UNIT_COUNT.finditer(doc.masked, paragraph, colon):
        if _UNIT_NAME.get(whole.group("unit")) != figure.unit:
            continue
        total = parse_number(whole.group("num"))
        if total is None or sum(items) > total:
            return None
        words = re.split(r"[\s,:;()]+", doc.masked[doc.clause_start(whole.start()):whole.start()].strip())[-3:]
        for size in range(len(words), 0, -1):
            code = _fits(figure, catalog.code_for(f"{' '.join(words[-size:])} {whole.group('unit')}", None,
                                                  figure.unit, context))
            if code:
                return code
        return None
    return None


def _list_share_lead_code(doc: _Doc, figure: _Figure, context: str) -> str | None:
    """`Tỷ lệ đoàn viên có tài khoản định danh điện tử tại một số đơn vị:` over `- Liên đoàn Lao động thành phố Vinh:
    94,12% ...`: a share in a list item naming no indicator of its own is the share its lead names."""
    if figure.unit != "%":
        return None
    lead = _list_lead(doc, figure.start)
    item_start, _ = doc.line_bounds(figure.start)
    if lead is None or catalog.find_mentions(doc.masked[item_start:figure.start]):
        return None
    lead = re.split(r"(?<=\.)\s+(?=[A-ZĐÀ-Ỹ])", lead)[-1]  # the lead's own sentence
    # the lead is the share, or names it after a count (`Số hồ sơ tiếp nhận và tỷ lệ nộp trực tuyến của từng xã:`)
    share = _LEAD_SHARE.search(lead)
    return _fits(figure, catalog.code_for(share.group("share"), None, "%", context)) if share else None


_LEAD_SHARE = re.compile(r"(?:^[ \t*#]*|(?<![\wÀ-ỹ])(?i:và)[ \t]+)(?P<share>(?i:tỷ lệ|tỉ lệ)\s.*)$", re.S)


def _lead_shares_in_order_code(doc: _Doc, figure: _Figure, context: str) -> str | None:
    """`Kết quả của 08 huyện, thành phố về tỷ lệ hồ sơ nộp trực tuyến và thanh toán trực tuyến năm 2024:` over `-
    Huyện Cư Jút: trực tuyến 63,48%, thanh toán 46,72%;`: a lead naming shares joined by `và` and items giving as
    many shares: the item's n-th share is the lead's n-th."""
    lead = _list_lead(doc, figure.start) if figure.unit == "%" else None
    named = _LEAD_SHARES.search(lead) if lead else None
    if named is None:
        return None
    shares = [part for part in re.split(r"[ \t]*(?:,|(?<![\wÀ-ỹ])và(?![\wÀ-ỹ]))[ \t]*", named["shares"]) if part]
    item_start, item_end = doc.line_bounds(figure.start)
    given = [m.start() + item_start for m in _ITEM_SHARE.finditer(doc.masked[item_start:item_end])]
    if len(shares) < 2 or len(given) != len(shares) or figure.start not in given:
        return None
    return _fits(figure, catalog.code_for(f"tỷ lệ {shares[given.index(figure.start)]}", None, "%", context))


_LEAD_SHARES = re.compile(r"(?<![\wÀ-ỹ])(?i:tỷ lệ|tỉ lệ)[ \t]+(?P<shares>[^:;()]+)$")
_ITEM_SHARE = re.compile(r"(?<![\d.,/])\d{1,3}(?:,\d{1,2})?(?=[ \t]*%)")


def _list_lead_noun_code(doc: _Doc, figure: _Figure, context: str) -> str | None:
    """`Số lượt người dân được hướng dẫn và số tài khoản định danh điện tử được hỗ trợ kích hoạt:` over `- Thành Đoàn
    Đồng Xoài: 31.408 lượt, 21.536 tài khoản;`: a count in a list item is what the lead names with its unit."""
    lead = _list_lead(doc, figure.start) if figure.kind == "count" and figure.unit else None
    if lead is None:
        return None
    named = re.search(r"(?<![\wÀ-ỹ])(?P<noun>" + re.escape(figure.unit) + r"(?![\wÀ-ỹ])[^,;:()]*?)"
                      r"(?=[ \t]+và[ \t]|[ \t]+tại[ \t]|[,;:(])", lead + ":")
    return _fits(figure, catalog.code_for(named.group("noun"), None, figure.unit, context)) if named else None


def _list_lead(doc: _Doc, pos: int) -> str | None:
    """For a figure on a list line, the line leading the list, up to its closing `:`; None when there is none."""
    colon = _list_opening_colon(doc, pos)
    if colon is None:
        return None
    line_start, _ = doc.line_bounds(colon)
    return doc.masked[line_start:colon]


def _list_opening_colon(doc: _Doc, pos: int) -> int | None:
    """For a figure on a list line, the `:` ending the paragraph above the list (blank lines allowed between), or
    None."""
    above = _line_over_list(doc, pos)
    if above is None:
        return None
    start, line = above
    return start + len(line) - 1 if line.endswith(":") else None


def _line_over_list(doc: _Doc, pos: int) -> tuple[int, str] | None:
    """For a figure on a list line, the start and text of the first line above the list that is not one of its
    lines (blank lines allowed between), or None."""
    line_start, _ = doc.line_bounds(pos)
    if not LIST_ITEM.match(doc.masked, line_start):
        return None
    while line_start > 0:
        above, _ = doc.line_bounds(line_start - 1)
        line = doc.masked[above:line_start - 1].rstrip()
        if line.strip() and not LIST_ITEM.match(line):
            return above, line
        line_start = above
    return None


_UNIT_COUNT = re.compile(
    r"(?<![\w.,/])(?P<num>\d+(?:[.,]\d+)*)[ \t]+(?P<unit>" + "|".join(
        re.escape(w) for w in sorted(_UNIT_NAME, key=len, reverse=True)) + r")(?![\wÀ-ỹ])"
)


def _list_counts(doc: _Doc, colon: int, unit: str | None) -> list[float]:
    """The first count of `unit` on each list line under the lead ending at `colon`."""
    values, pos = [], doc.masked.find("\n", colon)
    while pos != -1:
        line_start = pos + 1
        _, line_end = doc.line_bounds(line_start)
        if not LIST_ITEM.match(doc.masked, line_start):
            if doc.masked[line_start:line_end].strip():
                break
            pos = doc.masked.find("\n", line_start) if not values else -1
            continue
        found = next((m for m in _UNIT_COUNT.finditer(doc.masked, line_start, line_end)
                      if _UNIT_NAME.get(m.group("unit")) == unit), None)
        value = parse_number(found.group("num")) if found else None
        values += [value] if value is not None else []
        pos = doc.masked.find("\n", line_start) if line_end < len(doc.masked) else -1
    return values


def _code_of(doc: _Doc, figure: _Figure, context: str) -> str | None:
    """The catalog code of a figure: from its label, else its unit, its section, or the score it is."""
    if figure.unit in _ORG_UNITS or figure.unit in (_GOALS, "tỉnh") or figure.unit in _village_units():
        # a count of bodies, provinces, villages (`34 tổ dân phố`) or goals (`còn 02 chỉ tiêu chưa đạt là ...`): no
        # indicator's
        return None
    if "/" in (figure.unit or ""):
        return None  # `75 hồ sơ/1.000 dân`: a rate per inhabitants, not the count or share an indicator states
    code = (_list_share_lead_code(doc, figure, context)
            or _series_code(doc, figure, context) or _governor_code(doc, figure, context) or _legend_code(doc, figure)
            or _count_phrase_code(doc, figure, context) or _tail_code(doc, figure, context)
            or catalog.code_for(figure.label, figure.max_value, figure.unit, context))
    code = _group_component_code(figure, _group_share_code(figure, code))
    if code is not None and figure.unit == "điểm" and figure.max_value == 100 and _fits(figure, code) is None:
        # `Sở ... đạt 85,26/100 điểm` whose label was carried from a paragraph on petitions: a score out of 100 is
        # no count's, share's or group's
        code = None
    if code is None and figure.unit not in ("%", "điểm", "hạng"):
        code = catalog.code_for(f"{figure.label} {figure.unit}", figure.max_value, figure.unit, context)
    if code is None:
        code = _tail_code(doc, figure, context)
    if code is None and figure.part_of is not None and not catalog.find_mentions(figure.label):
        code = _code_of(doc, figure.part_of, context)  # a part or running total counts what its whole counts
    if code is None and figure.kind == "count":
        code = _clause_name_code(doc, figure, context)
    if code is None:
        code = _average_time_code(doc, figure)
    code = _count_of_group(figure, code)
    if figure.part_of is not None and _other_unit(figure, code):
        code = _code_of(doc, figure.part_of, context)
    entry = catalog.entries().get(code or "")
    if figure.unit == "%" and entry is not None and entry.share_code and entry.unit not in ("%", None):
        code = entry.share_code  # `đã xử lý xong 209 PAKN, đạt 97,66%`: a share of a count is its rate
    if code is None and not catalog.find_mentions(figure.label):
        code = (_target_then_code(doc, figure, context) or _score_tail_code(doc, figure, context)
                or _opening_topic_code(doc, figure, context)
                or _contrast_code(doc, figure, context) or _parallel_clause_code(doc, figure, context)
                or _breakdown_code(doc, figure) or _superlative_code(doc, figure, context)
                or _list_lead_verb_code(doc, figure, context)
                or _qualified_share_code(figure, context) or _share_before_noun_code(doc, figure, context)
                or _list_whole_code(doc, figure, context) or _list_lead_noun_code(doc, figure, context)
                or _lead_shares_in_order_code(doc, figure, context)
                or _heading_count_code(doc, figure, context))
    if code is None and figure.code_hint and figure.unit == "điểm":
        code = _fits(figure, catalog.code_for(figure.code_hint, figure.max_value, figure.unit, context))
    elif code is None and figure.code_hint:
        code = catalog.code_for(figure.code_hint, None, figure.unit, context)
    if code is None and (_bare_list_figure(doc, figure) or _bare_share(doc, figure)) and (
            topic := titled_topic(_title_at(doc, figure.start))):
        code = catalog.code_for(topic, None, figure.unit, context)
    if figure.unit == "hạng" and code in (None, "766.xep_hang"):
        code = _ranks_after_series(doc, figure) or figure.rank_of or titled_index(doc.masked) or "766.xep_hang"
    if _beyond_scale(figure, code):
        # `nhóm số hóa hồ sơ đạt 14,37/22 điểm. Thị xã Giá Rai đạt 81,26 điểm`: too high for the group it was named by
        return "766.tong_hop" if _total_score_by_size(doc, figure, named=False) else None
    if (code is None and figure.unit == "điểm" and figure.max_value in (None, 100)
            and not catalog.find_mentions(figure.label)):
        code = titled_index(doc.masked)  # a score naming nothing in a report titled on the PAR INDEX
    if code is None and figure.unit == "điểm" and (figure.max_value == 100 or not figure.label.strip()):
        code = "766.tong_hop"
    if code is None and (_total_score_by_size(doc, figure) or _total_score_change(doc, figure)):
        code = "766.tong_hop"
    return None if _other_count(figure, code) else code


_OCCURRENCES = ("trường hợp", "lượt")
# the work of settling a file (not delivering its result, answering a petition or a late file's delay)
_AVERAGE_TIME = re.compile(r"(?i:\bthời gian[ \t]+(?:giải quyết|xử lý|thẩm định|xét duyệt|kiểm soát chi|cấp giấy)"
                           r"[^,;:()\d]{0,40}?\b(?:bình quân|trung bình)\b)")


def _average_time_code(doc: _Doc, figure: _Figure) -> str | None:
    """`Thời gian kiểm soát chi bình quân 0,6 ngày/hồ sơ`, `Thời gian thẩm định bình quân`: an average time in days
    to settle, appraise or license (not a catalogued wording) is the average time to settle a procedure; days per
    petition (`bình quân 5,1 ngày/PAKN`) are the time to handle a petition."""
    if figure.unit != "ngày":
        return None
    if _DAYS_PER_PETITION.match(doc.masked, figure.end):
        return "pakn.thoi_gian"
    return "766.tien_do.thoi_gian" if _AVERAGE_TIME.search(figure.label) else None


_DAYS_PER_PETITION = re.compile(r"[ \t]*(?i:ngày)[ \t]*/[ \t]*(?:PAKN|(?i:phản ánh|kiến nghị))(?![\wÀ-ỹ])")


def _other_unit(figure: _Figure, code: str | None) -> bool:
    """`còn 24 PAKN quá hạn xử lý (cấp tỉnh 09 PAKN, ...)`: the part's words name an indicator of another unit (the
    share of files overdue), so the part counts what its whole counts."""
    entry = catalog.entries().get(code or "")
    return entry is not None and figure.unit not in ("%", "điểm", "hạng") and not _counts_in(entry, figure.unit)


def _heading_count_code(doc: _Doc, figure: _Figure, context: str) -> str | None:
    """`4. Cấp tài khoản định danh điện tử` over `toàn tỉnh đã kích hoạt 512.347 tài khoản`: a count naming nothing
    but its unit counts what the numbered heading over it names, when that indicator counts the same unit or is a
    share computed on it."""
    if figure.kind != "count" or not figure.unit:
        return None
    heading = _heading_before(doc, figure.start)
    code = catalog.code_for(heading, None, figure.unit, context) if heading else None
    entry = catalog.entries().get(code or "")
    if entry is not None and entry.unit != figure.unit and _counts_in(entry, figure.unit):
        # `2. Hồ sơ quá hạn theo lĩnh vực` right over `- Đất đai: 21 hồ sơ;`: a list breaking down the files the
        # heading names by the share's own words (not any count under a heading naming a topic, nor the base of a
        # share its item states: `- Đầu tư tại Việt Nam: 214 hồ sơ, trực tuyến 96,26%` under `Tỷ lệ hồ sơ trực
        # tuyến theo lĩnh vực`)
        named = any(code in m.codes and fold(figure.unit) in fold(heading[m.start:m.end])
                    for m in catalog.find_mentions(heading))
        line_start, line_end = doc.line_bounds(figure.start)
        return code if (named and "%" not in doc.masked[line_start:line_end]
                        and _listed_right_under(doc, figure.start, heading)) else None
    return code if entry is not None and entry.unit == figure.unit else None


def _listed_right_under(doc: _Doc, pos: int, heading: str) -> bool:
    """Whether `pos` lies on a list line of a list that opens right under `heading` (list lines only between)."""
    above = _line_over_list(doc, pos)
    return above is not None and above[1] == heading.rstrip()


def _other_count(figure: _Figure, code: str | None) -> bool:
    """`Sở tiếp nhận hồ sơ tại 02 điểm`: a count of one thing (places, decisions) never carries the code of a count
    of another (files), whatever its clause names; `trường hợp`, `lượt` (cases, times) count whatever is named."""
    entry = catalog.entries().get(code or "")
    if (entry is None or figure.kind not in ("count", "previous", "target")
            or figure.unit in ("%", "điểm", "hạng", *_OCCURRENCES)):
        return False
    if figure.unit in _PEOPLE_AND_GROUPS:
        return True  # `duy trì 9 tổ công nghệ số cộng đồng với 63 thành viên` (hỗ trợ nộp hồ sơ trực tuyến): no rate's
    return entry.unit not in ("%", "điểm", figure.unit)


# Counts of people and groups of them, and letters (of apology): no catalogued indicator counts them (the rates are of
# files and procedures: `gửi 96 thư xin lỗi` after `214 hồ sơ quá hạn` is no overdue file).
_PEOPLE_AND_GROUPS = ("tổ", "thành viên", "tổ chức", "công chức", "viên chức", "cán bộ", "hộ", "thư", "thư xin lỗi")


_TOTAL = "766.tong_hop"


def _beyond_scale(figure: _Figure, code: str | None) -> bool:
    """A score with no maximum of its own, higher than the scale of the indicator its words named."""
    entry = catalog.entries().get(code or "")
    return (figure.unit == "điểm" and figure.max_value is None and entry is not None and entry.unit == "điểm"
            and entry.max is not None and figure.value > entry.max)


def _total_score_by_size(doc: _Doc, figure: _Figure, named: bool = True) -> bool:
    """`Dẫn đầu khối là Sở Tư pháp (95,42 điểm)`, `phường X đạt 93,15 điểm (thứ 1/65)`: in a document about the
    766 index (naming its total or its groups) that names no other index scored on a larger scale (PCI, PAR Index),
    a score naming nothing that is too high for any group of the index can only be a body's total score (also one
    whose words named a group it is too high for: `named=False`)."""
    if figure.unit != "điểm" or figure.max_value is not None or (named and catalog.find_mentions(figure.label)):
        return False
    largest_group, _ = _score_scales()
    if not largest_group < figure.value <= catalog.entries()[_TOTAL].max:
        return False
    return _paragraph_about_the_index(doc, figure) or _about_the_index(doc)


def _paragraph_about_the_index(doc: _Doc, figure: _Figure) -> bool:
    """`Bộ chỉ số ... theo Quyết định số 766/QĐ-TTg của tỉnh đạt 84,62/100 điểm ... Điểm trung bình của khối sở,
    ban, ngành đạt 86,25 điểm`: the figure's paragraph (or, where its line names no indicator before it, the heading
    over it) names the 766 index and no other index scored on a larger scale, in a report that names the PAR Index
    elsewhere."""
    _, others = _score_scales()
    line_start, _ = doc.line_bounds(figure.start)
    named = {code for mention in doc.mentions if line_start <= mention.start < figure.start for code in mention.codes}
    # `6. Bộ chỉ số phục vụ người dân, doanh nghiệp` over the paragraph: the section is on the index; a section that
    # names none (`2. Kết quả của các cơ quan, địa phương`) sits in the part that does (`I. KẾT QUẢ BỘ CHỈ SỐ ...`)
    for heading in [] if named else _enclosing_headings(doc, figure.start):
        named = {code for mention in catalog.find_mentions(heading) for code in mention.codes}
        if named:
            break
    return _names_the_index(named) and not named & others


def _total_score_change(doc: _Doc, figure: _Figure) -> bool:
    """`UBND huyện X giảm mạnh nhất (giảm 2,44 điểm, tụt 3 bậc)`: in a document about the 766 index alone, a change in
    points that names no group (groups are named where their changes are stated) is a change of the total score."""
    if figure.unit != "điểm" or figure.kind != "change" or figure.max_value is not None:
        return False
    return not catalog.find_mentions(figure.label) and _about_the_index(doc)


def _about_the_index(doc: _Doc) -> bool:
    """Whether the document names the 766 index (its total, or its groups and components) and no other index scored
    on a larger scale (PCI, PAR Index)."""
    _, others = _score_scales()
    named = {code for mention in doc.mentions for code in mention.codes}
    return _names_the_index(named) and not named & others


_TITLE_REACH = 1500  # the header and title of a report: its first lines, before `Kính gửi` and the body


# where a document's body begins after its header and title: the addressees, the legal grounds, or the first section
# (the index must be the title's; a 766 name anywhere before `Kính gửi` still makes the report one on the 766 index)
_BODY_OPENING = re.compile(r"(?i:kính gửi)|(?m:^[ \t*#]*(?:(?i:căn cứ|thực hiện)\s|(?:I|1)\.\s))")


@lru_cache(maxsize=16)
def titled_index(text: str) -> str | None:
    """`BÁO CÁO Kết quả xác định Chỉ số cải cách hành chính năm 2024 của các sở, ban, ngành ...`: the national index
    scored out of 100 other than Decision 766's (PAR INDEX, PCI) that a report's title names alone, else None."""
    head = text[:_TITLE_REACH]
    addressed = re.search(r"(?i:kính gửi)", head)
    mentions = catalog.find_mentions(head[:addressed.start() if addressed else len(head)])
    named = {code for m in mentions for code in m.codes}
    body = _BODY_OPENING.search(head)  # (not a plan's results: `1. Chỉ số cải cách hành chính (PAR INDEX) năm 2024`)
    titled = {code for m in mentions if not body or m.end <= body.start() for code in m.codes}
    indices = {code for code in titled if (entry := catalog.entries().get(code)) is not None
               and entry.unit == "điểm" and entry.max == 100 and not code.startswith("766.")}
    return indices.pop() if len(indices) == 1 and not _names_the_index(named) else None


@lru_cache(maxsize=64)
def titled_topic(title: str | None) -> str | None:
    """`kết quả thanh toán trực tuyến phí, lệ phí trong giải quyết TTHC quý I năm 2025` (a letter's `V/v` line): the
    one catalogued indicator a report's title names (as written), else None."""
    mentions = catalog.find_mentions(title) if title else []
    if len({m.codes for m in mentions}) != 1 or _TOTAL in mentions[0].codes:
        return None
    return title[mentions[0].start:mentions[0].end]


def _title_at(doc: _Doc, pos: int) -> str | None:
    """The title of the part (a covering letter, the report it forwards) holding `pos`, as the header gives it."""
    return doc.parts[_part_index(doc.parts, pos)].title if doc.parts else None


def _bare_list_figure(doc: _Doc, figure: _Figure) -> bool:
    """A share or count of files on a list item that names no indicator (`- Sở Tư pháp: 1.204/1.318 hồ sơ, đạt
    91,35%;` under `2. Kết quả của một số cơ quan ...`)."""
    line_start, _ = doc.line_bounds(figure.start)
    return (figure.kind in ("value", "count") and figure.unit in ("%", "hồ sơ")
            and bool(LIST_ITEM.match(doc.masked, line_start)) and not catalog.find_mentions(figure.label))


def _bare_share(doc: _Doc, figure: _Figure) -> bool:
    """A share in a sentence that says only `tỷ lệ` (`Ở cấp huyện, tỷ lệ bình quân đạt 49,85%; ... cao nhất là thành
    phố Long Khánh (68,52%)`, `Tỷ lệ của thành phố Biên Hòa ... lần lượt là 57,36%`), naming no indicator nor the
    count it is of: in a report titled on one indicator, that indicator's."""
    sentence = doc.masked[_sentence_start(doc, figure.start):figure.start]
    return (figure.kind in ("value", "previous") and figure.unit == "%" and figure.of_unit is None
            and figure.share_of is None and not catalog.find_mentions(figure.label)
            and bool(_BARE_RATE.search(sentence)) and not catalog.find_mentions(sentence))


# `tỷ lệ` followed by no noun saying of what (`tỷ lệ bình quân đạt`, `Tỷ lệ của thành phố ...`)
_BARE_RATE = re.compile(r"(?<![\wÀ-ỹ])(?i:tỷ lệ|tỉ lệ)[ \t]+(?i:bình quân|trung bình|chung|này|của|đạt|là|lần lượt)"
                        r"(?![\wÀ-ỹ])")


def _names_the_index(named: set[str]) -> bool:
    """Whether a document's catalogued names are of the 766 index: its total, or its groups and components (a report
    on `Kết quả đánh giá Bộ chỉ số` that names its groups, not its number)."""
    return any(code == _TOTAL or code.startswith("766.") and code != "766.xep_hang" for code in named)


def _score_scales() -> tuple[float, set[str]]:
    """The largest maximum of a 766 group score, and the other indices scored above it (or on no stated scale)."""
    entries = catalog.entries().values()
    groups = [e.max for e in entries if e.code.startswith("766.") and e.code != _TOTAL and e.unit == "điểm" and e.max]
    largest = max(groups)
    others = {e.code for e in entries if not e.code.startswith("766.") and e.unit == "điểm"
              and (e.max is None or e.max > largest)}
    return largest, others
