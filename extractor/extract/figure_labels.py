"""Labels: the words that name each figure (`Tỷ lệ hồ sơ thanh toán trực tuyến`), read before it, after
it, from the clause or the figure it depends on, so that the catalog can give it a code."""

from __future__ import annotations

import bisect
import re

from . import catalog
from .figure_candidates import _NAMED_TARGET, _ORG_UNITS, _UNIT_NAME, _Figure, _opens_rank_item, goal_before_bracket
from .prose import (
    _FIGURE,
    _HEADED_ITEM,
    LIST_ITEM,
    _Doc,
    _is_footnote_line,
    _same_section,
    _sentence_start,
    first_in_headed_item,
    list_lead,
)

_VERBS = (
    r"đạt tỷ lệ|chiếm tỷ lệ|đạt trung bình|đạt được|đạt|là|có|chiếm|với|bằng|ở mức|khoảng|gần|được|lên|xuống"
    r"|tăng từ vị trí|tăng từ|giảm từ|tăng|giảm|từ|vị trí|tính|đều|còn|đã|tương ứng|tương đương|mới|chỉ|lần lượt"
)
_TRAILING = re.compile(
    r"(?i:(?:\s|,|:|-)*(?:\b(?:" + _VERBS
    + r"|tối thiểu|ít nhất|tối đa|không dưới|không quá|dưới|hơn|tại|ở|của|trên|trong|và|hoặc)\b(?:\s|,|:|-)*)+)$"
)
_LEADING = re.compile(
    r"^(?i:(?:\s|,|:|-|\+)*(?:\b(?:trong đó|cụ thể|gồm|còn lại|còn|và|với|đối với|riêng|theo đó|đồng thời|trong khi"
    r"|qua thống kê|tuy nhiên|ngoài ra|chủ yếu|chủ yếu tại|tại)\b(?:\s|,|:|-)*)+)"
)
_SOURCE_PHRASE = re.compile(r"(?i:theo (?:số liệu|dữ liệu|thống kê)(?: của| từ)?)[^:;.\n]*[:,]")
_GENERIC = {"", "tỷ lệ", "tỷ lệ trung bình", "trung bình", "tổng số", "số", "kết quả", "tổng", "tỉnh", "số lượng",
            "chủ yếu",
            "xử lý"}


def _clean_label(doc: _Doc, start: int, end: int) -> str:
    """The indicator name in masked[start:end], without subjects, source phrases, verbs and connectors."""
    chars = list(doc.masked[start:end])
    inside = doc.overlapping(doc.subjects, start, end)
    for mention in inside:
        for i in range(max(mention.start, start) - start, min(mention.end, end) - start):
            chars[i] = " "
    piece = "".join(chars)
    if inside and inside[-1].end < end:
        # (a bracket after the body qualifies it, `tỉnh Quảng Bình (cũ) đạt`: it names no indicator)
        after = _strip_words(re.sub(r"\([^()\n]*\)", " ", doc.masked[inside[-1].end:end]))
        if after.lower() not in _GENERIC and not re.search(r"[()]", after) and not _WHEN_ONLY.fullmatch(after):
            return after
    piece = re.sub(r"\([^()]*\)?|\)", lambda m: " " * len(m.group()), piece)
    piece = re.sub(r"(?i:\b(?:của tỉnh|trên toàn tỉnh|trên địa bàn tỉnh)\b)", " ", piece)
    piece = _SOURCE_PHRASE.sub(lambda m: " " * len(m.group()), piece)
    piece = _BARE_BODY.sub(r"\1", piece)
    return _strip_words(piece)


# `đến ngày 30/6/2026`, `tính đến hết ngày 31/12/2026`: a day after the body, naming no indicator
_WHEN_ONLY = re.compile(r"(?i:(?:tính )?(?:đến|tới|tại|vào)(?: hết)?(?: ngày)?|ngày) \d{1,2}/\d{1,2}/\d{4}")


# `Số hồ sơ Sở tiếp nhận`, `số TTHC phường đang thực hiện`: the issuer written bare between the counted noun and
# its verb says whose count it is, not what it counts.
_BARE_BODY = re.compile(
    r"(?i:\b(hồ sơ|TTHC|PAKN|thủ tục hành chính|thủ tục) )(?:Sở|(?i:phường|xã|huyện|quận|thị xã|thị trấn))"
    r"(?= [a-zđà-ỹ])(?! hội)"
)


def _strip_words(piece: str) -> str:
    piece = " ".join(piece.split())
    for _ in range(3):
        piece = _LEADING.sub("", piece)
        piece = _TRAILING.sub("", piece)
    return piece.strip(" ,:;-+()/")


def _protected_chunks(doc: _Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Split [start, end) at commas and colons that are not inside a catalogued name or a body's name
    (`Điểm bình quân khối sở, ban, ngành đạt 88,36 điểm`)."""
    cuts = [start]
    for i in range(start, end):
        if doc.masked[i] in ",:" and not doc.inside_a_name(i):
            cuts.append(i + 1)
    cuts.append(end)
    return [(cuts[k], cuts[k + 1]) for k in range(len(cuts) - 1)]


def _lead_label(doc: _Doc, start: int, end: int, share: bool = False) -> str:
    """The label in the last comma/colon chunk of the lead text (commas inside catalogued names kept).

    For a share (`share`), a last chunk that names no indicator grows back to the chunk that does.
    """
    chunks = _protected_chunks(doc, start, end)
    label = _clean_label(doc, chunks[-1][0], end)
    k = len(chunks) - 1
    while not label and k > 0 and doc.masked[chunks[k][0] - 1] == ":":
        k -= 1
        label = _clean_label(doc, chunks[k][0], chunks[k][1] - 1)
    if share and label and not _names_an_indicator(doc, label, end):
        label = _named_label(doc, chunks, end) or label
    return label if len(label) < 160 else ""


def _names_an_indicator(doc: _Doc, label: str, pos: int) -> bool:
    """A catalogued name, or a guarded one whose line holds what it requires (`quá hạn 6,12%` after `số hóa hồ sơ`)."""
    if catalog.find_mentions(label):
        return True
    line_start, line_end = doc.line_bounds(pos)
    return catalog.code_for(label, None, "%", doc.masked[line_start:line_end]) is not None


def _named_label(doc: _Doc, chunks: list[tuple[int, int]], end: int) -> str:
    """`mức độ hài lòng trong giải quyết TTHC được người dân, doanh nghiệp đánh giá cao (97,92%)`: the
    last comma chunk names nothing, so the label starts at the nearest chunk that names an indicator."""
    for chunk_start, chunk_end in reversed(chunks[:-1]):
        if doc.masked[chunk_end - 1] == ":":
            return ""
        if any(chunk_start <= m.start and m.end <= chunk_end for m in doc.mentions):
            label = _clean_label(doc, chunk_start, end)
            return label if catalog.find_mentions(label) else ""
    return ""


# `tỷ lệ hồ sơ trực tuyến trên một nửa tổng số hồ sơ tiếp nhận`: a name after `trên (tổng) số` is a ratio's base
_BASE_BEFORE = re.compile(r"(?i:\s(?:trên|trong)\s+(?:một nửa\s+)?(?:(?:tổng\s+)?số\s+)?)$")


def _mention_label(doc: _Doc, start: int, end: int) -> str:
    """The nearest catalogued name in [start, end), with a `Tỷ lệ`/`Số`/`Điểm số` lead-in kept."""
    for mention in reversed(doc.mentions):
        if start <= mention.start and mention.end <= end and not _BASE_BEFORE.search(doc.masked, start, mention.start):
            lead_in = re.search(r"(?i:(?:tỷ lệ|tổng số|số lượng|số|điểm số|điểm)\s+)$", doc.masked[start:mention.start])
            begin = mention.start - (len(lead_in.group()) if lead_in else 0)
            return " ".join(doc.text[begin:mention.end].split())
    return ""


def score_named_after(doc: _Doc, figure: _Figure) -> str:
    """`đạt 90,86 điểm Bộ chỉ số phục vụ người dân, doanh nghiệp`: the catalogued name written right after a score's
    unit, in its clause, else ''."""
    if figure.unit != "điểm":
        return ""
    tail = doc.masked[figure.raw_unit_end:doc.clause_end(figure.raw_unit_end)]
    named = catalog.find_mentions(tail)
    return tail[:named[0].end].strip() if named and not tail[:named[0].start].strip() else ""


def _tail_label(doc: _Doc, figure: _Figure) -> str:
    """Words after a count (`1.148 hồ sơ trễ hạn`): the unit and what qualifies it, up to a break."""
    end = doc.clause_end(figure.raw_unit_end)
    unit_words = doc.masked[figure.end:figure.raw_unit_end]
    rest = doc.masked[figure.raw_unit_end:end]
    if not unit_words.strip() and re.match(r"\s*(?:trong |trên )?tổng số", rest):
        return ""
    stops = re.finditer(
        r"[,()]|\s(?:đạt|chiếm|là|với|so với)\s+[+-]?\d|\s(?:trong|trên) tổng số|\sso với"
        r"|\s(?:và|hoặc)\s(?=[^,;()\d]{0,30}\d)", rest)
    # a comma inside a catalogued name (`thanh toán phí, lệ phí trực tuyến`) ends nothing
    base = figure.raw_unit_end
    stop = next((m for m in stops if not (m.group() == "," and doc.overlapping(
        doc.mentions, base + m.start(), base + m.start() + 1))), None)
    if stop:
        rest = rest[: stop.start()]
    return " ".join((unit_words + rest).split()).strip(" ,:;-")


def _joined_count(doc: _Doc, previous: _Figure | None, figure: _Figure) -> bool:
    """`niêm yết công khai 312 TTHC cấp huyện tại Bộ phận Một cửa huyện (...) và 128 TTHC cấp xã tại ...`: a count
    written right after `và`, of the unit of the count before it in the sentence, with no indicator named in
    between (brackets aside) nor after it, counts what that count counts (for another body or place); not when
    that count's name is its own words after it (`gồm 1.541 TTHC cấp tỉnh và 385 TTHC cấp xã`)."""
    if (previous is None or figure.kind != "count" or previous.kind != "count" or previous.unit != figure.unit
            or not previous.label or previous.start < _sentence_start(doc, figure.start)):
        return False
    between = re.sub(r"\([^()]*\)", " ", doc.masked[previous.raw_unit_end:figure.start])
    if not re.search(r"\s(?:và)\s*$", " " + between) or re.search(r"[\d;.:()]", between):
        return False
    named = any(previous.raw_unit_end <= m.start and m.end <= figure.start for m in doc.mentions)
    own_words = previous.label in _tail_label(doc, previous)  # `gồm 1.541 TTHC cấp tỉnh và 385 TTHC cấp xã`
    return not named and not own_words and not catalog.find_mentions(_tail_label(doc, figure))


def _shortened_name(figure: _Figure, label: str, named: _Figure | None) -> bool:
    """`- Khối sở: điểm bình quân nhóm chỉ số Mức độ hài lòng đạt 17,48/18 điểm` then `- Khối huyện: điểm bình quân
    đạt 16,94/18 điểm`: a score on the same scale whose words are the opening of the name a score before it gave (and
    name no indicator of their own) is of the same indicator."""
    if named is None or figure.unit != "điểm" or figure.max_value != named.max_value or not label.strip():
        return False
    return (named.label.lower().startswith(label.lower().strip() + " ") and not catalog.find_mentions(label))


def _assign_labels(doc: _Doc, figures: list[_Figure]) -> None:
    previous: _Figure | None = None
    last_coded: _Figure | None = None
    last_score: _Figure | None = None  # the last score whose words named a catalogued indicator
    for figure in figures:
        clause = doc.clause_start(figure.start)
        same_clause = previous is not None and previous.end > clause
        paren = figure.paren
        if figure.kind == "target" and _is_footnote_line(doc, figure.start):
            figure.label = _footnote_label(doc, figure)
            continue
        governing = _governing(doc, figures, figure)
        named = (_named_since(doc, governing, figure) or _goal_named_in_bracket(doc, figure)
                 or _named_after_opening_comparison(doc, figure))
        if named:
            governing = None  # `nhóm Thanh toán trực tuyến tăng nhiều nhất (tăng 0,41 điểm)`: the group named before it
        if _clause_goal(doc, figure):
            governing = _goal_governor(doc, figures, figure, governing)
        opening_goal = _sentence_goal(doc, figure)
        if opening_goal and governing is None:
            governing = _goal_of_paragraph_before(doc, figures, figure)
        if (figure.kind in ("previous", "change") or _bracketed_goal(doc, figure) or _clause_goal(doc, figure)
                or opening_goal) and governing is not None:
            figure.label = governing.label
            figure.governor = governing
            previous = figure
            if (figure.kind == "previous" and figure.paren is not None and governing.kind == "count"
                    and not doc.masked[figure.paren + 1:figure.start].strip()):
                previous = governing  # `tiếp nhận 4.218 hồ sơ (4.406 hồ sơ), trực tuyến 78,64%`: a share of the count
            continue
        if named:
            figure.label = named
            previous = figure
            continue
        lead_start = max(clause, previous.raw_unit_end) if same_clause else clause
        closed = doc.masked.rfind(")", lead_start, figure.start)
        if closed != -1 and (paren is None or closed > paren) and same_clause and previous.start < closed:
            lead_start = closed + 1
        share = figure.unit == "%"
        if paren is not None and paren >= lead_start:
            label = _lead_label(doc, paren + 1, figure.start, share)
            if not label and not (same_clause and previous.end > paren):
                label = _lead_label(doc, lead_start, paren, share)
        else:
            label = _lead_label(doc, lead_start, figure.start, share)
        label = _noun_first_label(doc, figure, label)
        if figure.unit == "hạng" and _opens_rank_item(doc, figure.start, figure.end):
            label = ""  # `- Thứ 3: xã An Phú, ...`: the list word names no indicator; the rank is the 766 rank
        tail = _tail_label(doc, figure)
        lead_text = doc.masked[lead_start:figure.start].lower()
        rate_of = None  # the count this share is the rate of
        if figure.unit in _ORG_UNITS and figure.kind == "count" and tail:
            label = tail
        elif (figure.kind == "count" and tail and (not catalog.find_mentions(label) or _score_group(label, figure.unit))
              and catalog.find_mentions(tail) and figure.paren is None):
            # `Toàn tỉnh hiện có 1.673 TTHC được cung cấp dịch vụ công trực tuyến`: named after it; `d) Tiến độ giải
            # quyết: toàn tỉnh còn 1.247 hồ sơ quá hạn`: a count is no score of the group the item is headed by
            label = tail
        elif (same_clause and previous.kind == "count" and figure.unit == "%" and previous.unit != "%"
              and label.lower() in _GENERIC and _SHARE_VERB.search(lead_text) and previous.label):
            # `2.020 hồ sơ, chiếm 68,06% số hồ sơ tiếp nhận`: the words after the share are its base
            whole = _whole_of_closed_parts(doc, previous, figure)
            label, rate_of = whole.label, whole
        elif (same_clause and previous.kind == "count" and figure.unit == "%" and previous.unit != "%"
              and label.lower() in _GENERIC and "tỷ lệ" in lead_text):
            whole = _whole_before_parts(doc, figures, figure, previous)
            label = f"tỷ lệ {whole.label}" if whole is previous else ""
            rate_of = previous if whole is previous else None
        elif (same_clause and previous.kind == "count" and figure.unit == "%" and previous.unit != "%"
              and label.lower() in _GENERIC and _REACH_VERB.search(lead_text) and previous.part_of is not None):
            # `lũy kế 10.964 tài khoản, đạt 86,7% số công dân`: a running total's share is its rate
            whole = _whole_of_closed_parts(doc, previous, figure)
            label, rate_of = whole.label, whole
        elif (same_clause and label and previous.unit == figure.unit
              and not _names_an_indicator(doc, label, figure.start) and catalog.find_mentions(previous.label)):
            label = previous.label
        elif _bare_count_noun(label, figure) and _coded_in_sentence(doc, previous, figure):
            label = previous.label  # `Tổng số TTHC ... là 1.986 TTHC; số TTHC cấp tỉnh, ... lần lượt là 1.573 TTHC`
        elif label.lower() in _GENERIC and _parallel_clause(doc, previous, figure, clause):
            label = previous.label  # `Điểm bình quân khối sở đạt 88,36 điểm; khối xã, phường đạt 81,52 điểm`
        elif (figure.kind == "count" and not catalog.find_mentions(label)
              and _next_clause(doc, previous, figure, clause) and catalog.find_mentions(previous.label)
              and _same_verb(doc, previous, figure)):
            # `Bộ phận Một cửa quận đang tiếp nhận 318 TTHC ...; Bộ phận Một cửa các phường tiếp nhận 131 TTHC`
            label = previous.label
        elif label.lower() in _GENERIC and _joined_count(doc, previous, figure):
            label = previous.label  # `niêm yết 312 TTHC cấp huyện tại ... và 128 TTHC cấp xã`
        elif label.lower() in _GENERIC:
            label = _fallback_label(doc, figure, previous if same_clause else None, label, tail)
            if not label and figure.unit == "%":
                label = _share_named_by_list_lead(doc, figure)
            if (not label and last_coded is not None and _same_section(doc, last_coded.start, figure.start)
                    and not _score_opening_item(doc, figure) and not _standing_of_item_body(doc, figure)):
                label = last_coded.label
        if _shortened_name(figure, label, last_score) and _same_section(doc, last_score.start, figure.start):
            label = last_score.label  # `- Khối UBND các huyện: điểm bình quân đạt 16,94/18 điểm` under a sibling's name
        label = _breakdown_label(doc, figures, figure, label)
        figure.share_of = _share_of(doc, figures, figure)
        if not label and figure.unit == "%" and same_clause and previous.kind == "count":
            whole = _whole_before_parts(doc, figures, figure, previous)
            figure.share_of = figures.index(whole) if whole is not previous else figure.share_of
        if figure.share_of is None and rate_of is not None:
            figure.share_of = figures.index(rate_of)  # `trả lời 08 PAKN, đạt tỷ lệ 88,89%`: the count's rate
        figure.label = label
        figure.of_unit = previous.unit if same_clause and previous.kind == "count" and figure.unit == "%" else None
        if figure.of_unit is None and same_clause and figure.unit == "%" and previous.unit == "%" and previous.of_unit:
            figure.of_unit = previous.of_unit  # `tiếp nhận 648 hồ sơ, trực tuyến đạt 82,41%, số hóa đạt 97,53%`
        figure.rank_of = None
        if figure.unit == "hạng" and same_clause and previous.unit in ("điểm", "%"):
            # `PCI đạt 67,82 điểm, xếp thứ 24/63`, `PAR INDEX ... đạt 87,15%, xếp thứ 21/63`, `Chỉ số SIPAS ... đạt
            # 82,64%, xếp thứ 41/63`: the index's rank
            prior = catalog.code_for(previous.label, previous.max_value, previous.unit)
            entry = catalog.entries().get(prior or "")
            index = entry is not None and entry.unit in ("điểm", "%") and entry.max == 100  # (SIPAS is a share)
            figure.rank_of = prior if prior and not prior.startswith("766.") and (
                previous.unit == "điểm" or index) else None
        figure.code_hint = None
        if ((figure.unit == "%" or (figure.unit == "điểm" and figure.max_value)) and figure.kind == "value"
                and label and rate_of is None
                and not catalog.find_mentions(label) and not re.search(r"(?i:đơn vị|địa phương)", label)):
            figure.code_hint = _paragraph_topic(doc, figure) or (
                last_coded.label if last_coded is not None and _same_section(doc, last_coded.start, figure.start)
                else None)
        if figure.code_hint is None and not catalog.find_mentions(label):
            figure.code_hint = _field_breakdown_hint(doc, figures, figure, clause)
        previous = figure
        if catalog.find_mentions(label) and figure.unit == "%":
            last_coded = figure
        if catalog.find_mentions(label) and figure.unit == "điểm" and figure.max_value is not None:
            last_score = figure


_HEADED_SHARE = re.compile(_HEADED_ITEM.pattern + r"(?:(?:đạt|là|chiếm)[ \t]+)?")


def _share_named_by_list_lead(doc: _Doc, figure: _Figure) -> str:
    """`Còn 6/104 xã, phường có tỷ lệ nộp trực tuyến thấp, gồm:` over `- Xã Tiền Hải: 61,27%;`: a bare share first on
    a list item is of the share indicator the list's lead names (not of the one named last above it)."""
    start, colon = list_lead(doc, figure.start)
    line_start, _ = doc.line_bounds(figure.start)
    first = _HEADED_SHARE.fullmatch(doc.masked, line_start, figure.start)  # `- UBND huyện U Minh: đạt 35,86%`
    if colon == -1 or not first or ";" in doc.masked[start:colon]:
        return ""  # a legend `(số hồ sơ tiếp nhận; tỷ lệ nộp trực tuyến; tỷ lệ đúng hạn):` names each in turn
    label = _mention_label(doc, start, colon)
    entry = catalog.entries().get(catalog.code_for(label, None, "%") or "") if label else None
    return label if entry is not None and entry.unit == "%" else ""


_BY_FIELD = re.compile(r"(?i:theo lĩnh vực|thuộc lĩnh vực)")
_BARE_FIELD = re.compile(r"[ \t]*(?:(?i:các )?[a-zà-ỹđ]+(?:[ \t]+[a-zà-ỹđ]+){0,3})[ \t]*$")


def _field_breakdown_hint(doc: _Doc, figures: list[_Figure], figure: _Figure, clause: int) -> str | None:
    """`Phân theo lĩnh vực, hồ sơ quá hạn thuộc lĩnh vực đất đai 2.187 hồ sơ, chiếm 66,56%; xây dựng 398 hồ sơ, ...`:
    a count after a `;` headed only by a field's name, in a sentence breaking a count down by field, counts what
    the first part counts."""
    if figure.kind != "count" or clause == 0 or doc.masked[clause - 1] != ";":
        return None
    if not _BARE_FIELD.fullmatch(doc.masked, clause, figure.start) or _VERB_IN_CLAUSE.search(
            doc.masked, clause, figure.start):
        return None
    sentence = _sentence_start(doc, figure.start)
    if not _BY_FIELD.search(doc.masked, sentence, clause):
        return None
    first = next((f for f in figures if sentence <= f.start < clause and f.kind == "count" and f.unit == figure.unit
                  and catalog.find_mentions(f.label)), None)
    return first.label if first is not None else None


_VERB_IN_CLAUSE = re.compile(r"(?<![\wÀ-ỹ])(?i:đạt|là|có|tiếp nhận|giải quyết|trực tuyến|trực tiếp)(?![\wÀ-ỹ])")


def _paragraph_topic(doc: _Doc, figure: _Figure) -> str:
    """`Có 14/20 huyện ... có tỷ lệ hồ sơ trực tuyến cao hơn quý IV; dẫn đầu là thành phố Vinh (86,42%)`: a share
    naming no indicator is of the one its paragraph names last before it (before any earlier item's)."""
    line_start, _ = doc.line_bounds(figure.start)
    return _mention_label(doc, line_start, figure.start)


def _score_opening_item(doc: _Doc, figure: _Figure) -> bool:
    """`- Sở Xây dựng: 72,46 điểm, xếp thứ 19/20; tỷ lệ thanh toán trực tuyến đạt 27,30%;`: a score first on a
    list item headed by a name and a colon (or in brackets after the name) is that item's own score, not the share
    named last on the item above."""
    if figure.unit != "điểm":
        return False
    line_start, _ = doc.line_bounds(figure.start)
    # `- UBND huyện Đức Huệ (73,40 điểm): thanh toán trực tuyến 20,07%, ...`: the score in brackets after the name
    return first_in_headed_item(doc, figure.start) or bool(_NAME_THEN_BRACKET.fullmatch(doc.masked, line_start,
                                                                                        figure.start))


def _standing_of_item_body(doc: _Doc, figure: _Figure) -> bool:
    """`- Xã Phú Lộc tiến bộ nhiều nhất, tăng 6,42 điểm và tăng 11 bậc (từ thứ 27/40 lên thứ 16/40)`: a score or rank
    naming no indicator on a list item opening on a body's name is that body's standing, not the share named last on
    the item above."""
    if figure.unit not in ("điểm", "hạng"):
        return False
    line_start, _ = doc.line_bounds(figure.start)
    marker = LIST_ITEM.match(doc.masked, line_start)
    if marker is None or not any(m.start == marker.end() and not m.whole_province for m in doc.subjects):
        return False
    return not any(line_start <= m.start and m.end <= figure.start for m in doc.mentions)


_NAME_THEN_BRACKET = re.compile(r"[ \t]*[-+•*–][ \t]*[^\d:;()\n]{2,120}\([ \t]*")


def _score_group(label: str, unit: str | None) -> bool:
    """The label, read for a count of `unit`, names only a group of the 766 index scored in points (`Tiến độ giải
    quyết`), not the group's count of that unit (`Thanh toán trực tuyến` over files: the files paid online)."""
    entry = catalog.entries().get(catalog.code_for(label, None, unit) or "")
    return entry is not None and entry.unit == "điểm"


def _bare_count_noun(label: str, figure: _Figure) -> bool:
    """`số TTHC`, `số hồ sơ`: a count's label that only says what unit is counted."""
    if figure.kind != "count" or not figure.unit:
        return False
    words = re.sub(r"^(?i:tổng số|số lượng|số)\s+", "", label.strip())
    return words != label.strip() and (words == figure.unit or _UNIT_NAME.get(words) == figure.unit)


def _coded_in_sentence(doc: _Doc, previous: _Figure | None, figure: _Figure) -> bool:
    """The figure before, in the same sentence, counts the same unit under a catalogued name."""
    return (previous is not None and previous.kind == "count" and previous.unit == figure.unit and bool(previous.label)
            and previous.start >= _sentence_start(doc, figure.start) and bool(catalog.find_mentions(previous.label)))


def _next_clause(doc: _Doc, previous: _Figure | None, figure: _Figure, clause: int) -> bool:
    """The figure's clause follows, after a `;`, the clause of a count of the same unit and kind, and names a body."""
    if previous is None or previous.unit != figure.unit or previous.kind != figure.kind or not previous.label:
        return False
    between = doc.masked[previous.raw_unit_end:clause]
    if not between.rstrip().endswith(";") or re.search(r"[\d\n]", between):
        return False
    return any(clause <= m.start and m.end <= figure.start for m in doc.subjects)


def _same_verb(doc: _Doc, previous: _Figure, figure: _Figure) -> bool:
    """The word right before each count is the same verb (`tiếp nhận 318 ...; ... tiếp nhận 131 ...`)."""
    def verb(fig: _Figure) -> str:
        words = doc.masked[max(0, fig.start - 20):fig.start].split()
        return words[-1].lower() if words else ""
    return bool(verb(figure)) and verb(figure) == verb(previous)


def _parallel_clause(doc: _Doc, previous: _Figure | None, figure: _Figure, clause: int) -> bool:
    """`...; khối xã, phường đạt 81,52 điểm`: a clause right after a `;` that names only another body before a
    figure of the same unit and kind states the previous clause's indicator for that body."""
    if previous is None or previous.unit != figure.unit or previous.kind != figure.kind or not previous.label:
        return False
    between = doc.masked[previous.raw_unit_end:clause]
    if between.strip() != ";" or (LIST_ITEM.match(doc.masked, clause) and "\n" in between):
        return False  # a new list item (`;` then `- Sở Xây dựng: 87 PAKN`) is no clause of the item before
    return any(clause <= m.start and m.end <= figure.start for m in doc.subjects)


_SHARE_VERB = re.compile(r"(?:^|[\s,])chiếm(?:\s+tỷ lệ)?\s*$")
_REACH_VERB = re.compile(r"(?:^|[\s,])đạt\s*$")


def _noun_first_label(doc: _Doc, figure: _Figure, label: str) -> str:
    """`toàn trình 746 thủ tục`, `trực tuyến 27.108 hồ sơ`, `đã xử lý 35 PAKN`, `(toàn trình 168, ...)`: a count's
    qualifier written before it names, with the count's noun put first, a catalogued indicator (`thủ tục toàn trình`,
    `hồ sơ trực tuyến`, `PAKN đã xử lý`) where the qualifier alone names none."""
    # a bare part (`(toàn trình 168, một phần 144)` after `312 thủ tục`) is counted in its unit
    noun = " ".join(doc.text[figure.end:figure.raw_unit_end].split()) or (figure.unit or "")
    if figure.kind != "count" or not noun or not label.strip() or catalog.find_mentions(label):
        return label
    named = f"{noun} {label}"
    mentions = catalog.find_mentions(named)
    return named if mentions and mentions[0].start == 0 else label


def _whole_of_closed_parts(doc: _Doc, previous: _Figure, figure: _Figure) -> _Figure:
    """`1.137 TTHC cung cấp dịch vụ công trực tuyến (toàn trình 712 TTHC, một phần 425 TTHC), đạt 60,67%`: a share
    written after the bracket listing the parts of a count is a share of that count, not of its last part."""
    whole = previous.part_of
    if whole is None or ")" not in doc.masked[previous.raw_unit_end:figure.start]:
        return previous
    return whole if doc.masked.find("(", whole.raw_unit_end, previous.start) != -1 else previous


def _whole_before_parts(doc: _Doc, figures: list[_Figure], figure: _Figure, previous: _Figure) -> _Figure:
    """`cung cấp 1.196 TTHC ..., trong đó 812 TTHC toàn trình và 384 TTHC một phần, đạt tỷ lệ 64,75% trên
    tổng số TTHC`: a share after the parts listed by `trong đó` is a share of the whole before them."""
    clause = doc.clause_start(figure.start)
    parts_at = doc.masked.lower().rfind("trong đó", clause, figure.start)
    if parts_at == -1 or not re.match(r"\s*(?:trên|so với)\s+tổng", doc.masked[figure.end:figure.end + 20]):
        return previous
    wholes = [f for f in figures if clause <= f.start < parts_at and f.kind == "count" and f.unit == previous.unit]
    return wholes[-1] if wholes else previous


def _breakdown_label(doc: _Doc, figures: list[_Figure], figure: _Figure, label: str) -> str:
    """`Còn 1.058 hồ sơ trễ hạn, tập trung ở Sở X (173 hồ sơ)`: a bare figure in brackets after a body is
    that body's part of the last figure of the same unit in the sentence, and shares its name."""
    if figure.paren is None or doc.masked[figure.paren + 1:figure.start].strip() or catalog.find_mentions(label):
        return label
    clause = doc.clause_start(figure.start)
    whole = [f for f in figures if clause <= f.start < figure.start and f.unit == figure.unit and f.label]
    if not whole or not any(m.end <= figure.paren and m.start >= whole[-1].end for m in doc.subjects):
        return label
    return whole[-1].label if catalog.find_mentions(whole[-1].label) else label


def _share_of(doc: _Doc, figures: list[_Figure], figure: _Figure) -> int | None:
    """Index of the count a bracketed share right after it belongs to (`đã trả lời 52 PAKN (đạt 91,23%)`), or the
    count right before it in its bracket, when the share is named only `tỷ lệ` (`trực tuyến: 6.102 hồ sơ; tỷ lệ:
    95,08%`)."""
    if figure.unit != "%" or figure.kind not in ("value", "previous"):
        return None
    index = figures.index(figure)
    previous = figures[index - 1] if index else None
    if previous is None or previous.kind != "count":
        return None
    if figure.paren is None:
        line_start, _ = doc.line_bounds(figure.start)
        bracketed = doc.masked.rfind("(", line_start, previous.start) > doc.masked.rfind(")", line_start, figure.start)
        gap = doc.masked[previous.raw_unit_end:figure.start]
        return index - 1 if bracketed and re.fullmatch(r"[ \t]*;[ \t]*(?i:tỷ lệ)[ \t]*:[ \t]*", gap) else None
    if previous.end > figure.paren:
        return None
    gap = doc.masked[previous.raw_unit_end:figure.paren]
    inside = doc.masked[figure.paren + 1:figure.start]
    if re.search(r"[,;:.()]|\d", gap) or not re.fullmatch(r"\s*(?:(?i:đạt|bằng|chiếm|tỷ lệ|là)\s*)*", inside):
        return None
    return index - 1


def _noun_after(doc: _Doc, figure: _Figure) -> str:
    """`100% phản ánh, kiến nghị được xử lý đúng hạn`: the catalogued name right after a share names it."""
    if figure.unit != "%" or re.match(r"\s*(?i:tổng|trên|so với|của|trong)\b", doc.masked[figure.end:figure.end + 12]):
        return ""  # `chiếm 11,92% tổng số hồ sơ đã tiếp nhận`: the base of the share, not its name
    end = doc.clause_end(figure.end)
    nxt = _FIGURE.search(doc.masked, figure.end, end)
    stop = nxt.start() if nxt else end
    for mention in doc.mentions:
        if figure.end <= mention.start and mention.end <= stop:
            gap = doc.masked[figure.end:mention.start]
            if len(gap.split()) <= 2 and not re.search(r"[,;:()]", gap):
                return " ".join(doc.text[figure.end:mention.end].split())
            return ""
    return ""


def _governing(doc: _Doc, figures: list[_Figure], figure: _Figure) -> _Figure | None:
    """The figure a change or previous value belongs to: the last value (or count, for a count's change
    `tiếp nhận 148.327 hồ sơ, tăng 21.659 hồ sơ`) of the same unit on its line."""
    line_start, _ = doc.line_bounds(figure.start)
    kinds = ("value", "rank", "count") if figure.kind in ("change", "previous") else ("value", "rank")
    found = None
    for other in figures[bisect.bisect_left(figures, line_start, key=lambda f: f.start):]:
        if other.start >= figure.start:
            break
        if other.kind in kinds and other.unit == figure.unit:
            found = other
    return found


def _named_since(doc: _Doc, governing: _Figure | None, figure: _Figure) -> str:
    """`Số hóa hồ sơ 14,76/22. So với tháng trước, nhóm Thanh toán trực tuyến tăng nhiều nhất (tăng 0,41 điểm)`: a
    change is of the indicator of its unit named last in its sentence after the figure it would otherwise belong to
    (a score group for a change in points), not of that figure; returns the name ('' when none is)."""
    if figure.kind != "change" or governing is None:
        return ""
    start = max(_sentence_start(doc, figure.start), governing.raw_unit_end)
    for mention in reversed(doc.mentions):
        if start <= mention.start and mention.end <= figure.start:
            name = " ".join(doc.text[mention.start:mention.end].split())
            code = catalog.code_for(name, None, figure.unit)
            entry = catalog.entries().get(code or "")
            return name if entry is not None and entry.unit == figure.unit else ""
    return ""


_OPENING_COMPARISON = re.compile(r"[\s*]*(?i:so với)\s[^()]*\($")
_NAME_BEFORE_CHANGE = re.compile(r"[\s,]*(?P<name>[^\d()]{3,80}?)\s+(?i:tăng|giảm)\s")


def _named_after_opening_comparison(doc: _Doc, figure: _Figure) -> str:
    """`So với quý IV năm 2024 (2.417 hồ sơ), số hồ sơ tiếp nhận tăng 429 hồ sơ`: an earlier value in brackets in a
    sentence opening with the comparison is of the indicator the clause after the bracket names before its change."""
    if figure.kind != "previous" or figure.paren is None or doc.masked[figure.paren + 1:figure.start].strip():
        return ""  # the bracket's first figure only (`(81,95 điểm, xếp hạng 31/63)`: the rank is no score)
    if not _OPENING_COMPARISON.fullmatch(doc.masked, _sentence_start(doc, figure.start), figure.paren + 1):
        return ""
    close = doc.masked.find(")", figure.end)
    after = _NAME_BEFORE_CHANGE.match(doc.masked, close + 1) if close != -1 else None
    if after is None or not catalog.find_mentions(after.group("name")):
        return ""
    return " ".join(doc.text[after.start("name"):after.end("name")].split())


def _goal_named_in_bracket(doc: _Doc, figure: _Figure) -> str:
    """`So với chỉ tiêu UBND tỉnh giao năm 2025 (thanh toán trực tuyến 70%, số hóa hồ sơ 90%)`: a goal in brackets
    right after the indicator it names (in its own comma chunk) is that indicator's goal."""
    if figure.kind != "target" or figure.paren is None:
        return ""
    inside = doc.masked[figure.paren + 1:figure.start]
    start = figure.paren + 1 + max(inside.rfind(","), inside.rfind(";")) + 1
    words = doc.masked[start:figure.start]
    if not catalog.find_mentions(words) or re.search(r"\d", words):
        return ""
    return " ".join(doc.text[start:figure.start].split()).strip(" :")


def _bracketed_goal(doc: _Doc, figure: _Figure) -> bool:
    """`đạt tỷ lệ 72,79% ..., vượt chỉ tiêu tỉnh giao (70%)`, `cấp huyện đạt 42,85%, ...; so với chỉ tiêu tỉnh
    giao năm 2024 (cấp huyện 40%, cấp xã 30%)`: a target in brackets after `chỉ tiêu` (bare, or beside the body
    it binds) is the goal of the figure it is compared with, and shares its name."""
    if figure.kind != "target" or figure.paren is None:
        return False
    if goal_before_bracket(doc, figure.start) is not None:
        return True
    # `đạt 49,83% số hồ sơ ... (chỉ tiêu năm 2024 UBND tỉnh giao là 45%, đã đạt chỉ tiêu)`: a goal opening its bracket
    inside = doc.masked[figure.paren + 1:figure.start]
    return bool(_GOAL_CLAUSE.match(inside)) and not any(
        figure.paren < m.start and m.end <= figure.start for m in doc.mentions)


_GOAL_CLAUSE = re.compile(r"^\s*(?i:(?:và|còn|trong khi|so với|đối chiếu với)\s+)?" + _NAMED_TARGET.pattern)


def _clause_goal(doc: _Doc, figure: _Figure) -> bool:
    """`cấp huyện đạt 46,72%, cấp xã đạt 39,05%; chỉ tiêu UBND tỉnh giao năm 2024 là 50%`, `...; so với chỉ tiêu
    giao là 60% thì ...`: a goal stated in a clause of its own that names no indicator, after figures of the same
    sentence, is the goal of the figure before it (a later member of a series `tương ứng là 55% và 50%` too)."""
    if figure.kind != "target" or figure.paren is not None:
        return False
    first = figure.series[1] if figure.series else figure.start
    clause = doc.clause_start(first)
    if clause <= _sentence_start(doc, first) or not _GOAL_CLAUSE.match(doc.masked[clause:first]):
        return False
    return not any(clause <= m.start and m.end <= figure.start for m in doc.mentions)


def _sentence_goal(doc: _Doc, figure: _Figure) -> bool:
    """`So với chỉ tiêu tỉnh giao năm 2024 là 60%, cấp huyện đã đạt, cấp xã chưa đạt chỉ tiêu.`: a goal opening a
    sentence of its own that names no indicator anywhere (its figures were given before it)."""
    if figure.kind != "target" or figure.paren is not None or figure.series is not None:
        return False
    sentence = _sentence_start(doc, figure.start)
    if not _GOAL_CLAUSE.match(doc.masked[sentence:figure.start]):
        return False
    stops = [i for i in (doc.masked.find(".", figure.end), doc.masked.find(";", figure.end)) if i != -1]
    end = min([*stops, doc.line_bounds(figure.start)[1]])  # its own clause: `...; Nghệ An xếp thứ 41/63 về tỷ lệ ...`
    return not any(sentence <= m.start and m.end <= end for m in doc.mentions)


def _goal_of_paragraph_before(doc: _Doc, figures: list[_Figure], figure: _Figure) -> _Figure | None:
    """The figure a goal stated in a sentence of its own is the goal of: the last value of its unit in its own
    paragraph before it, else in the paragraph right before it (not across a heading or a table)."""
    line_start, _ = doc.line_bounds(figure.start)
    before = doc.masked[:line_start].rstrip()
    previous_start = doc.line_bounds(len(before))[0] if before else line_start
    found = [other for other in figures if previous_start <= other.start < figure.start
             and other.kind in ("value", "rank") and other.unit == figure.unit]
    return found[-1] if found else None


def _goal_governor(doc: _Doc, figures: list[_Figure], figure: _Figure, governing: _Figure | None) -> _Figure | None:
    """`cấp huyện đạt 61,3%, cấp xã đạt 52,8%; chỉ tiêu giao tương ứng là 55% và 50%`: the n-th goal of a series
    stated in a clause of its own is the goal of the n-th of as many figures of its unit before that clause in the
    sentence; else the goal of the figure before it."""
    if figure.series is None:
        return governing
    index, first = figure.series
    size = sum(1 for f in figures if f.series is not None and f.series[1] == first)
    clause, sentence = doc.clause_start(first), _sentence_start(doc, first)
    values = [f for f in figures
              if sentence <= f.start < clause and f.kind in ("value", "rank") and f.unit == figure.unit]
    return values[len(values) - size + index] if len(values) >= size else governing


def _footnote_label(doc: _Doc, figure: _Figure) -> str:
    """A footnote target's indicator: `Chỉ tiêu ...: <indicator> đến 31/12/2024, ...`, else the words after it."""
    line_start, line_end = doc.line_bounds(figure.start)
    line = doc.masked[line_start:figure.start]
    colon = line.rfind(":")
    if colon != -1:
        phrase = re.split(r"\s(?:đến|tới)\s", line[colon + 1:])[0]
        phrase = _strip_words(phrase)
        if phrase:
            return phrase
    tail = _tail_label(doc, figure)
    chars = list(tail)
    return _strip_words(re.split(r"\s(?:tại|ở)\s", tail)[0]) or "".join(chars)


def _fallback_label(doc: _Doc, figure: _Figure, previous: _Figure | None, lead: str, tail: str) -> str:
    tail = tail.strip(" )")
    bare_unit = _UNIT_NAME.get(tail) == figure.unit
    if figure.kind in ("count", "target") and tail and figure.unit not in ("%", "điểm") and not (
        bare_unit and previous is not None
    ):
        return f"{lead} {tail}".strip() if lead else tail
    if figure.unit == "%" and tail and catalog.find_mentions(tail):
        return tail
    noun = _noun_after(doc, figure)
    if noun:
        return noun
    if previous is not None and previous.label:
        return previous.label
    if named_after := score_named_after(doc, figure):
        return named_after  # `... đạt 97,20%. Tháng 12/2025, tỉnh đạt 82,14/100 điểm Bộ chỉ số ...`: not the line's
    line_start, _ = doc.line_bounds(figure.start)
    return _mention_label(doc, line_start, figure.start) or lead
