"""Candidate figures: a number that carries a unit (`%`, `điểm`, `x/y`, `hồ sơ`, `PAKN`, ...) or whose label
says what it counts (`Tổng số PAKN ... là 382`), with its first kind (value, count, rank, change, target)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..numbers import parse_number
from ..patterns import read_jsonl
from . import catalog
from .prose import _FIGURE, _NUM, SECTION_NUMBER, _covered, _Doc, _enclosing_headings, _sentence_start
from .subjects import SubjectMention

_UNIT_WORDS = [
    ("ngày/PAKN", "ngày"), ("ngày/hồ sơ", "ngày"), ("điểm", "điểm"), ("hồ sơ", "hồ sơ"),
    ("thủ tục hành chính", "TTHC"), ("TTHC", "TTHC"), ("thủ tục", "TTHC"), ("PAKN", "PAKN"),
    ("phản ánh, kiến nghị", "PAKN"), ("phản ánh", "PAKN"), ("ngày", "ngày"),
    ("cơ quan, đơn vị", "đơn vị"), ("đơn vị", "đơn vị"), ("cơ quan", "đơn vị"), ("địa phương", "đơn vị"),
    ("sở, ban, ngành", "đơn vị"), ("sở, ngành", "đơn vị"), ("sở ngành", "đơn vị"),
    ("xã, phường, thị trấn", "xã"), ("xã, phường", "xã"), ("xã", "xã"), ("bậc", "hạng"),
    ("huyện, thị xã, thành phố", "huyện"), ("huyện, thành phố", "huyện"), ("huyện, thị xã", "huyện"),
    ("huyện", "huyện"), ("chứng thư số", "chứng thư"), ("chứng thư", "chứng thư"),
    ("trường hợp", "trường hợp"), ("tài khoản", "tài khoản"),
    ("văn bản", "văn bản"), ("lượt", "lượt"), ("giao dịch", "giao dịch"), ("tỉnh, thành phố", "hạng"),
    ("dịch vụ công", "DVC"), ("DVC", "DVC"), ("quyết định", "quyết định"), ("tỷ đồng", "tỷ đồng"),
    ("triệu đồng", "triệu đồng"),
]
_FIGURE_WORDS = read_jsonl("figure_words.jsonl")
# Units of counts and measures read from data (`52.637 người`, `14,82 km²`, `18.736.420.000 đồng`).
_UNIT_WORDS += [
    (w["word"], w.get("unit", w["word"])) for w in _FIGURE_WORDS if w["kind"] in ("count_unit", "measure_unit")
]
# words opening on a unit that are no unit (`các tháng 7, 8 và 9 lần lượt là ...`: `lần lượt` is "respectively")
_NOT_UNITS = "|".join(re.escape(w["word"]) for w in _FIGURE_WORDS if w["kind"] == "not_unit") or "(?!)"
_UNIT_ALTERNATIVES = "|".join(re.escape(w) for w, _ in sorted(_UNIT_WORDS, key=lambda u: -len(u[0])))
_UNIT_ALTERNATIVES = rf"(?!(?:{_NOT_UNITS})(?![\wÀ-ỹ]))(?:{_UNIT_ALTERNATIVES})"
_UNIT_RE = re.compile(r"^\s*(" + _UNIT_ALTERNATIVES + r")(?![\wÀ-ỹ])")  # longest first: `điểm tiếp nhận`
_UNIT_NAME = dict(_UNIT_WORDS)
_ORG_UNITS = {"đơn vị", "xã", "huyện", "phường", "quận", "thị trấn", "đặc khu", "chi nhánh"}
_LEVEL_UNITS = {"xã", "huyện"}  # counted units that are a level of government
_AMOUNT_UNITS = {"tỷ đồng", "triệu đồng"}
_MEASURE_UNITS = {w.get("unit", w["word"]) for w in _FIGURE_WORDS if w["kind"] == "measure_unit"}
_COUNT_FROM_LABEL = re.compile(
    r"(?i:(?:tổng )?số (?:lượng )?)(PAKN|hồ sơ|TTHC|thủ tục hành chính|tài khoản|trường hợp)"
)
# each word whole: `thành phố Quy Nhơn 160.412 tài khoản` ends in `hơn` but states no bound
_THRESHOLD = re.compile(r"(?<!\w)(?i:(?:dưới|trên|hơn|từ|tối thiểu|ít nhất|không quá|tối đa|không dưới)\s*)$")
# a figure with its unit words and `và` before the next one (`giảm 2,6 và 1,3 điểm`, `tối thiểu 02 máy quét và 01`)
_JOINED_FIGURE = _NUM + r"(?:\s*%|\s+[^\W\d][^\d,;:()]{0,20}?)?\s+(?i:và)\s+$"
_TARGET_JOINED = re.compile(r"(?<!\w)(?i:tối thiểu|ít nhất|không dưới)\s+" + _JOINED_FIGURE)
_RANGE_UPPER = re.compile(r"(?<!\w)(?i:từ)[ \t]+\d[\d.,]*[ \t]*%?[ \t]*(?i:đến|-|–)[ \t]*$")
_RANK_FLOOR = re.compile(r"(?<!\w)(?i:từ)\s+(?i:thứ|vị trí|hạng)\s*$")
_TARGET_WORD = re.compile(r"(?<!\w)(?i:tối thiểu|ít nhất|không dưới)\s*$")
_CHANGE_SIGN = {w["word"]: w["sign"] for w in _FIGURE_WORDS if w["kind"] == "change"}
# `không thấp hơn 95%` is a threshold, not a change; `được giảm 50% mức thu` the reduction granted, a value
_CHANGE = re.compile(
    r"(?<!không )(?<!được )(?<!\w)(?i:("
    + "|".join(re.escape(w) for w in sorted(_CHANGE_SIGN, key=len, reverse=True)) + r")\s*)$"
)
_TARGET_LEAD = re.compile(
    r"(?i:\b(?:" + "|".join(re.escape(w["word"]) for w in _FIGURE_WORDS if w["kind"] == "target_lead") + r")\s*:?\s*)$"
)
# `(chỉ tiêu Chính phủ giao năm 2024 là 50%)`, `Chỉ tiêu tỷ lệ ... năm 2024 UBND tỉnh giao cho Sở là 75%`: a goal
# named, with whom it binds and its year, then stated by `là` or `:` (a budget too: `Dự toán ... giao năm 2025 là`;
# a proposal: `đề xuất năm 2025 là 70%`)
_NAMED_TARGET = re.compile(
    r"(?i:\b(?:chỉ tiêu|dự toán|đề xuất)\b)(?:[^\d,;:()\n]|(?i:năm|quý [IV]+/?)\s*\d{4}\b"
    # (`chỉ tiêu đến ngày 30/6/2026 là 70% và đến ngày 31/12/2026 là 80%`: a day it is due by, the goal before)
    r"|(?<![\d/])\d{1,2}/\d{1,2}/\d{4}\b|(?<![\d.,])\d[\d.,]*[ \t]*%[ \t]+(?i:và)[ \t]+(?=(?i:đến)\b))*?"
    r"(?:\s(?i:là)|\s*:)\s*$"
)
_SERIES = r"(?i:lần lượt|tương ứng)(?:[ \t]+(?i:là|đạt|với))?[ \t]*:?[ \t]*"
# `tương ứng tăng 2,14; 3,08 và 1,56 điểm phần trăm`: a series opened by its change verb (or another verb: `lần lượt
# tiếp nhận 98.642, 52.318, 28.614 và 6.838 hồ sơ`)
_SERIES_OPENING = _SERIES + r"(?:(?i:tăng|giảm)[ \t]+|(?:[a-zđà-ỹ]+[ \t]+){1,2}(?=\d))?"
# `tăng 3,47 điểm và 9 bậc`: a second figure joined by `và` to a change is a change in the same direction
_CHANGE_JOINED = re.compile(
    r"(?i:(" + "|".join(re.escape(w) for w in sorted(_CHANGE_SIGN, key=len, reverse=True)) + r"))\s+" + _JOINED_FIGURE
)
_FROM = re.compile(r"(?<!\w)(?i:từ\s+(?:vị trí(?:\s+thứ)?|mức|hạng|thứ)?\s*)$")
# `thấp hơn bình quân thành phố 4,30%`, `cao hơn mức trung bình của tỉnh 2,1 điểm`, `thấp hơn chỉ số chung của cấp
# tỉnh 5,74 điểm phần trăm`: the gap to an average named between the comparison and the figure, a change in its
# direction
_CHANGE_COMPARED = re.compile(
    r"(?<!\w)(?i:(cao hơn|thấp hơn)\s+(?:(?:so với|mức|điểm|tỷ lệ)\s+)*(?:bình quân|trung bình|chỉ số chung)"
    r"(?:\s+(?:chung|của|toàn|cả|tỉnh|thành phố|nước|khối|cấp|huyện|xã))*\s*(?:\([^()\n]{1,30}\)\s*)?(?:là\s+)?"
    # `Khối xã, phường bình quân đạt 78,64 điểm, thấp hơn khối sở, ban, ngành 8,92 điểm`: the gap to another block
    r"|(cao hơn|thấp hơn)\s+(?:khối|cấp)\s+[^\d.;:()\n]{1,30}?\s+)$")
# a score's maximum stated in brackets after its name (`Chỉ số "..." (tối đa 6 điểm)`): a figure, and the maximum of
# the score the sentence states after its colon
_MAX_IN_BRACKET = re.compile(r"\([ \t]*(?i:tối đa)[ \t]*$")
_BRACKETED_MAX = re.compile(r"\([ \t]*(?i:tối đa)[ \t]+(\d+(?:,\d+)?)[ \t]+(?i:điểm)[ \t]*\)[ \t]*:[^.;:()\d\n]*$")
_RANGE_TO = re.compile(r"[ \t]*(?:%[ \t]*)?(?:đến|-|–)[ \t]*(?=\d)")
# `đạt hơn 76%`, `tiếp nhận hơn 1.500 lượt`: a result stated roughly (not a comparison: `cao hơn`, `nhiều hơn`)
_APPROXIMATE = re.compile(r"(?<![\wÀ-ỹ])[^\W\d_]+(?<![\wÀ-ỹ]cao)(?<!thấp)(?<!nhiều)(?<![\wÀ-ỹ]ít)(?<!lớn)(?<!nhỏ)"
                          r"(?<!kém)(?<!tốt)(?<!chậm)(?<!nhanh)(?<!sớm)(?<!muộn)[ \t]+(?i:hơn)[ \t]*$")
# a clause opening on a share stated roughly (`; trên 90% kết quả ... được trả bằng bản điện tử`), or a part stated
# roughly (`lĩnh vực đường bộ chiếm trên 85%`)
_ROUGH_SHARE = re.compile(r"(?:^|[\n;:.]|(?<![\wÀ-ỹ])(?i:chiếm))[ \t\-–]*(?i:trên|hơn)[ \t]*$")
_MOVES_TO = re.compile(r"(?i:(?<!trở )\b(?:lên|xuống)\b)")
# a rate per so many inhabitants after a count's noun: `75 hồ sơ/1.000 dân`, `824 tài khoản/1.000 người dân`
_PER_POPULATION = re.compile(r"[ \t]*/[ \t]*(?P<base>\d{1,3}(?:\.\d{3})+)[ \t]+(?i:người[ \t]+)?(?i:dân)(?![\wÀ-ỹ])")
_SCALE_FACTOR = {w["word"]: w["factor"] for w in _FIGURE_WORDS if w["kind"] == "scale"}
# a scale word between a number and the noun it counts (`1,12 triệu tài khoản`; not `triệu đồng`, a unit of its own)
_SCALE = re.compile(r"^[ \t]+(?i:(" + "|".join(_SCALE_FACTOR) + r"))"
                    r"(?=[ \t]+(?:" + _UNIT_ALTERNATIVES + r")(?![\wÀ-ỹ]))")
_RANK_WORD = re.compile(r"(?i:(?:xếp hạng|vị trí|thứ hạng|hạng|đứng thứ|thứ)\s*)$")


@dataclass
class _Figure:
    start: int
    end: int
    value: float
    unit: str | None
    max_value: float | None
    kind: str
    raw_unit_end: int
    label: str = ""
    code_hint: str | None = None  # a label whose code this figure shares (same section, unnamed)
    rank_of: str | None = None  # for a rank: the non-766 index ranked just before it in the clause
    subject: SubjectMention | None = None
    as_of: str | None = None
    paren: int | None = None
    share_of: int | None = None  # index of the count this bracketed share is a share of (`52 PAKN (đạt 91,23%)`)
    governor: _Figure | None = None  # the figure a change, earlier value or bracketed target is about
    of_unit: str | None = None  # for a share: the unit of the count it follows in its clause (`1.438 TTHC (71,33%)`)
    part_of: _Figure | None = None  # the count this unnamed count is a part or running total of (same code)
    series: tuple[int, int] | None = None  # (position, first figure's start) in a `lần lượt là a, b và c` series
    goal_lead: _Figure | None = None  # the target this one is listed after (`là 60% đối với cấp huyện và 50% ...`)


def _parse_candidates(doc: _Doc) -> list[_Figure]:
    figures = []
    figure_parts: list[tuple[int, int]] = []
    for match in _FIGURE.finditer(doc.masked):
        start, end = match.start("num"), match.end()
        if _covered(doc.never, start, match.end("num")) or _covered(doc.skip, start, end):
            continue
        if _covered(figure_parts, start, end):
            continue  # the 63 of `xếp thứ 4 trong 63 tỉnh` (part of the rank), the 1.000 of `38 hồ sơ/1.000 dân`
        figure = _candidate(doc, match)
        if figure is not None:
            figures.append(figure)
            if total := _rank_total(doc, figure) or _rate_base(doc, figure):
                figure_parts.append(total)
    return figures


def _rate_base(doc: _Doc, figure: _Figure) -> tuple[int, int] | None:
    """The span of 1.000 in `38 hồ sơ/1.000 dân` (the base of a rate per inhabitants, no figure of its own)."""
    if not (figure.unit or "").endswith(" dân") or "/" not in figure.unit:
        return None
    base = re.search(r"/[ \t]*(\d[\d.]*)", doc.masked[figure.end:figure.raw_unit_end])
    return (figure.end + base.start(1), figure.end + base.end(1)) if base else None


_RANK_LEAD = re.compile(r"(?i:(?:xếp|đứng|xếp hạng|vị trí)\s+thứ\s*)$")
# `(từ thứ 52 lên thứ 38)`, `từ vị trí thứ 4 lên vị trí thứ 1`: a rank's move written with bare ordinals (not the days
# of a week, `từ thứ 2 đến thứ 6`)
_RANK_MOVE = re.compile(r"(?i:từ)\s+(?:(?i:vị trí)\s+)?(?i:thứ)\s+\d{1,3}\s+(?i:lên|xuống)\s+"
                        r"(?:(?i:vị trí)\s+)?(?i:thứ)\s+\d{1,3}(?![\d/])")


_ORDINAL_BEFORE = re.compile(r"(?i:thứ)\s+$")


def _in_rank_move(doc: _Doc, start: int) -> bool:
    """Whether the number at `start` is one of the two ordinals of a rank's move (`(từ thứ 14 lên thứ 9)`)."""
    if not _ORDINAL_BEFORE.search(doc.masked, max(0, start - 8), start):
        return False  # (most numbers: not after `thứ`)
    return any(m.start() <= start < m.end()
               for m in _RANK_MOVE.finditer(doc.masked, max(0, start - 40), min(len(doc.masked), start + 40)))
_RANK_TOTAL = re.compile(r"[ \t]+(?i:trong|trên)(?:[ \t]+(?i:tổng số|số))?[ \t]+(?P<n>\d+(?:[.,]\d+)*)(?![\w/])")


def _rank_total(doc: _Doc, figure: _Figure) -> tuple[int, int] | None:
    """The span of M in `xếp thứ N trong M ...` (N's rank among M), when N is a rank."""
    if figure.kind != "rank":
        return None
    total = _RANK_TOTAL.match(doc.masked, figure.end)
    return (total.start("n"), total.end("n")) if total else None


# indices counted by what they did: `08/10 chỉ số thành phần tăng điểm`, `02 chỉ số giảm điểm`, `05/19 chỉ số đạt`
_INDEX_COUNT_RESULT = re.compile(r"[ \t]+(?:[^\W\d]+[ \t]+){0,3}?(?i:tăng|giảm|đạt|chưa đạt|không đạt|vượt|cải thiện)"
                                 r"(?![\wÀ-ỹ])")


# the time a task is given, counted from an event (`trong vòng 05 ngày làm việc kể từ ngày nhận được ...`, `chậm nhất
# 05 ngày làm việc trước ngày kiểm tra`)
_LEAD_TIME_BEFORE = re.compile(r"(?<![\wÀ-ỹ])(?i:trong vòng|trong thời hạn|chậm nhất|trước)[ \t]+$")
_LEAD_TIME_AFTER = re.compile(
    r"[ \t]*(?i:ngày|giờ)(?:[ \t]+(?i:làm việc))?[ \t]+(?i:kể từ|trước ngày|sau khi|từ khi)\b")


def _candidate(doc: _Doc, match: re.Match) -> _Figure | None:
    num, den, pct = match.group("num"), match.group("den"), match.group("pct")
    value = parse_number(num, percent=bool(pct))
    if value is None:
        return None
    start = match.start("num")
    before = doc.masked[max(0, start - 40):start]
    after = doc.masked[match.end():match.end() + 40]
    if _LEAD_TIME_BEFORE.search(before) and _LEAD_TIME_AFTER.match(after):
        return None  # `khắc phục trong vòng 02 ngày làm việc kể từ khi phát hiện sự cố`: a task's time, no figure
    figure_end = match.end()
    unit_match = None if pct else _UNIT_RE.match(after) or _measure_in_text(doc, match.end())
    if unit_match is None and not pct and not den and (scale := _SCALE.match(after)):
        # `102,1 nghìn hồ sơ`, `3,5 triệu lượt truy cập`: the number times its scale word, a figure of the noun after
        figure_end += scale.end()
        unit_match = _UNIT_RE.match(doc.masked[figure_end:figure_end + 40])
        value = round(value * _SCALE_FACTOR[scale.group(1).lower()], 6)
    unit = "%" if pct else (_UNIT_NAME[unit_match.group(1)] if unit_match else None)
    unit_end = figure_end + (unit_match.end() if unit_match else 0)
    if unit_match and (per := _PER_POPULATION.match(doc.masked, unit_end)):
        unit, unit_end = f"{unit}/{per.group('base')} dân", per.end()  # `75 hồ sơ/1.000 dân`: a rate, a value
    max_value = parse_number(den) if den else None
    if unit == "điểm" and den is None:
        unit = _place_unit(doc, start, before) or unit
    if unit == "điểm" and den is None and (stated_max := _BRACKETED_MAX.search(doc.masked, max(0, start - 80), start)):
        max_value = parse_number(stated_max.group(1))  # `Nhóm "Số hóa hồ sơ" (tối đa 22 điểm): tỉnh đạt 15,47 điểm`
    if (unit == "hạng" and unit_match and unit_match.group(1) == "tỉnh, thành phố" and max_value not in (63.0, 34.0)
            and not _RANK_WORD.search(before)):
        unit = "tỉnh"  # `Có 04/11 tỉnh, thành phố có tỷ lệ ...`: provinces counted, not a rank among them
    if den and max_value in (63.0, 34.0) and (unit in (None, "hạng") or _RANK_WORD.search(before)):
        unit = "hạng"
    if den and unit is None and max_value is not None and _RANK_WORD.search(before):
        unit = "hạng"
    if not pct and unit is None and den is None and _opens_rank_item(doc, start, match.end()):
        unit = "hạng"  # `- Thứ 3: xã An Phú, đạt 88,10 điểm;`: the rank of the unit the list line names
    if not pct and (_RANK_LEAD.search(before) or _in_rank_move(doc, start)):
        # `xếp thứ 4 trong 63 tỉnh, thành phố`, `xếp thứ 7/124 xã`, `(xếp thứ 9)`: a rank, out of the total
        unit, unit_match = "hạng", None
        unit_end = match.end()
        total = None if den else _RANK_TOTAL.match(doc.masked, match.end())
        max_value = parse_number(total.group("n")) if total else max_value
    if re.match(r"^\s*(?:đến|-|–)\s*dưới\s*\d", after) and unit == "%":
        return None  # a band's bound: "0% đến dưới 2%"
    ranged = _RANGE_TO.match(after)  # `từ 2.800 đến 3.000 hồ sơ`, `từ 85% đến 90%`: the range's lower bound
    if ranged and unit is None and not pct:
        upper = re.match(r"[\d.,]+", doc.masked[match.end() + ranged.end():])
        upper_end = match.end() + ranged.end() + upper.end()
        unit_after = _UNIT_RE.match(doc.masked[upper_end:upper_end + 40]) or _measure_in_text(doc, upper_end)
        unit = _UNIT_NAME[unit_after.group(1)] if unit_after else None
    if unit == "chỉ số" and not _INDEX_COUNT_RESULT.match(doc.masked, unit_end):
        return None  # `khắc phục đối với 02 chỉ số thành phần (...)`: which components, not how many did what
    kind = "value"
    before = re.sub(_SERIES + "$", "", before)  # `chỉ tiêu lần lượt là 80%`: the series words say nothing
    joined = _CHANGE_JOINED.search(doc.masked[max(0, start - 60):start])
    if _CHANGE.search(before) and not _FROM.search(before):
        kind = "change"
        value = value * _CHANGE_SIGN.get(" ".join(_CHANGE.search(before).group(1).lower().split()), 1)
    elif joined:
        kind = "change"
        value = value * _CHANGE_SIGN.get(" ".join(joined.group(1).lower().split()), 1)
    elif compared := _CHANGE_COMPARED.search(doc.masked, max(0, start - 90), start):
        kind = "change"
        value = value * _CHANGE_SIGN[" ".join((compared.group(1) or compared.group(2)).lower().split())]
    elif series_change := _series_change_word(doc, start):
        kind = "change"
        value = value * _CHANGE_SIGN.get(" ".join(series_change.group(1).lower().split()), 1)
    elif _TARGET_LEAD.search(before) or named_target_before(doc, start):
        kind = "target"
    elif _TARGET_JOINED.search(doc.masked, max(0, start - 60), start):
        kind = "target"  # `bố trí tối thiểu 02 máy quét và 01 máy tính tra cứu`: the floor governs both
    elif _RANGE_UPPER.search(before) and _in_target_context(doc, start):
        kind = "target"  # `phấn đấu ... đạt từ 70% đến 75%`: both bounds of a goal
    elif (_RANK_FLOOR.search(before) and _AND_ABOVE.match(doc.masked, figure_end)
          and _in_target_context(doc, start)):
        kind = "target"  # `chỉ tiêu ... xếp hạng từ thứ 15/34 trở lên`: the lowest rank a goal allows
    elif _FROM.search(before) and _MOVES_TO.search(doc.masked[match.end():doc.clause_end(match.end())]):
        pass  # `giảm từ 19,2/20 điểm ... xuống 18,4/20 điểm`: the earlier value of a move, not a band
    elif _THRESHOLD.search(before) and not (unit == "điểm" and _MAX_IN_BRACKET.search(before)):
        if _TARGET_WORD.search(before) or _in_target_context(doc, start) or _floor_met(doc, start, unit_end):
            kind = "target"
        elif _CEILING.search(before) and unit == "%" and (_SCALE_BAND.search(before) or not _BAND_UPPER.search(before)):
            kind = "value" if _SCALE_BAND.search(before) else "target"
        elif not _stated_past_threshold(before, unit, scaled=figure_end > match.end(), ranged=bool(ranged)):
            return None  # `dưới 50%` states a band, not a figure
    if unit is None:  # `tương ứng tăng 2,14; 3,08 và 1,56 điểm phần trăm`: the series' unit
        unit = _series_unit(doc, start, match.end())
    if unit is None and kind == "change":
        unit = _joined_change_unit(doc, match.end())
    if unit is None and kind == "value":
        unit = (_breakdown_unit(doc, start) or _bracketed_part_unit(doc, start, value)
                or _named_part_unit(doc, start, value) or _listed_part_unit(doc, start, value)
                or _sub_item_unit(doc, start, value)
                or _unit_named_part(doc, start, value) or _item_noun_unit(doc, start)
                or _group_score_unit(doc, start, max_value) or _colon_parts_unit(doc, start))
    if unit is None and kind == "value":
        lead = doc.masked[doc.clause_start(start):start]
        counted = _COUNT_FROM_LABEL.findall(lead)
        if counted and re.search(r"(?i:\b(?:là|đạt|có|với|chiếm)\s*)$", lead):
            unit = _UNIT_NAME.get(counted[-1], counted[-1])
        else:
            unit = _unit_of_count_before(doc, start, match.end()) or _graded_count_unit(doc, start, den)
        if unit is None:
            return None
    if unit is None:
        return None
    if kind == "value" and unit != "hạng" and _in_target_section(doc, start):
        kind = "target"  # a plan's goals: shares, scores, amounts and counts alike
    per_time = _PER_TIME.match(doc.masked, unit_end)  # `tiếp nhận 1.161 hồ sơ/tháng`: a rate, a value
    averaged = (_AVERAGE.search(before) or _AVERAGE_EACH.search(doc.masked, max(0, start - 80), start)
                ) and unit not in _ORG_UNITS
    if (kind == "value" and not averaged and float(value).is_integer()
            and "/" not in unit and not (unit == "lần" and _MULTIPLE.search(before)) and not per_time):
        kind = plain_kind(unit)  # `bình quân 1.650 chứng từ mỗi ngày làm việc`: an average, a value not a count;
        # `mỗi tổ có 5,8 thành viên`: a number with decimals counts nothing
    return _Figure(start, figure_end, value, unit, max_value, kind, unit_end)


_PER_TIME = re.compile(r"[ \t]*/[ \t]*(?i:ngày|tuần|tháng|quý|năm)(?![\wÀ-ỹ])")


# `Còn 18 xã, phường có tỷ lệ thanh toán trực tuyến dưới 50%`: a ceiling the units counted fall under (a target, as a
# floor is), but not the upper bound of a band of results (`45 đơn vị có tỷ lệ 0% đến dưới 2%`); in a grading scale
# (`Khá: từ 80% đến dưới 90%; Yếu: dưới 65%`) a grade's bound (a value)
_CEILING = re.compile(r"(?<![\wÀ-ỹ])(?i:dưới)[ \t]*$")
_BAND_UPPER = re.compile(r"(?i:đến)[ \t]*(?i:dưới)[ \t]*$")
_SCALE_BAND = re.compile(r"(?:Xuất sắc|Tốt|Khá|Trung bình|Yếu|Kém|Đạt|Không đạt)[ \t]*:[ \t]*(?:(?i:từ)[ \t]*[\d.,]+"
                         r"[ \t]*%[ \t]*(?i:đến)[ \t]*)?(?i:dưới)[ \t]*$")
# `từ 90% trở lên`: a floor; `Có 8/11 huyện ... đạt tỷ lệ số hóa hồ sơ trên 90%`: units counted against a floor
_AND_ABOVE = re.compile(r"[ \t]*(?i:trở lên)(?![\wÀ-ỹ])")
_UNITS_COUNTED = re.compile(
    r"(?i:(?<![\wÀ-ỹ])(?:có|còn)[ \t]+\d{1,4}/\d{1,4}[ \t]+[^\d;:()\n]{2,120}(?:trên|từ)[ \t]*$)")
# `Hài lòng: 99,12% (trên 6.418 phiếu đánh giá)`: `trên` opening a bracket names the base the share is taken on
_BASE_IN_BRACKET = re.compile(r"\([ \t]*(?i:trên)[ \t]*$")


def bounds_counted_units(doc: _Doc, count: _Figure, figure: _Figure) -> bool:
    """Whether a target right after a count of bodies is the floor each body counted meets (`Có 51/64 xã, phường đạt
    tỷ lệ xử lý đúng hạn từ 90% trở lên`) or the ceiling they fall under (`còn 18 xã, phường có tỷ lệ thanh toán trực
    tuyến dưới 50%`): it is theirs, and of the day they are counted on."""
    return figure.kind == "target" and bool(_BOUND_WORD.search(doc.masked[count.end:figure.start]))


_BOUND_WORD = re.compile(r"(?i:(?<![\wÀ-ỹ])(?:trên|từ|dưới)[ \t]*)$")


def _floor_met(doc: _Doc, start: int, unit_end: int) -> bool:
    """Whether a share or score after `từ`/`trên` is a floor the sentence holds results against (`đạt từ 90% trở
    lên`, `Có 8/11 huyện ... đạt tỷ lệ ... trên 90%`): a target, as the count of units meeting it is a result. A
    ceiling (`dưới 50%`) is a band, not a figure."""
    if _AND_ABOVE.match(doc.masked, unit_end):
        return True
    return bool(_UNITS_COUNTED.search(doc.masked, doc.clause_start(start), start))


def _stated_past_threshold(before: str, unit: str | None, scaled: bool, ranged: bool) -> bool:
    """Whether a number after a threshold word (`trên`, `hơn`, `từ`) is still a figure: `hơn 96,4 tỷ đồng` an amount
    and `trên 1,35 triệu tài khoản` a count of a scale, `tiếp nhận hơn 1.500 lượt`, `; trên 90% kết quả ...` and
    `chiếm trên 85%` figures stated roughly, `từ 2.800 đến 3.000 hồ sơ` a range (its bounds are figures)."""
    return bool(((unit in _AMOUNT_UNITS or scaled) and re.search(r"(?i:(?:hơn|trên)\s*)$", before))
                or _BASE_IN_BRACKET.search(before)
                or (ranged and _FROM.search(before)) or _APPROXIMATE.search(before) or _ROUGH_SHARE.search(before))


def plain_kind(unit: str | None) -> str:
    """The kind of a figure stating nothing but itself: a rank in `hạng`, a count of things, else a value (a share,
    score, time, amount or measure)."""
    if unit == "hạng":
        return "rank"
    return "value" if unit in ("%", "điểm", "ngày", *_AMOUNT_UNITS, *_MEASURE_UNITS) else "count"


# `gấp 2 lần cùng kỳ`: a multiple, a value (`02 lần` alone counts times)
_MULTIPLE = re.compile(r"(?<![\wÀ-ỹ])(?i:gấp)[ \t]*$")
# `bình quân 1.650 chứng từ`, `trung bình là 25 hồ sơ`: the number right after the word is an average
_AVERAGE = re.compile(r"(?<![\wÀ-ỹ])(?:bình quân|trung bình)(?:[ \t]+(?:là|đạt|khoảng))?[ \t]*$")
# `bình quân mỗi tháng tiếp nhận 40.870 hồ sơ`, `Trung bình mỗi ngày toàn tỉnh tiếp nhận gần 3.900 hồ sơ`, `bình quân
# mỗi đơn vị 2.591 hồ sơ`: an average over each period or unit, the words between naming no other figure
_AVERAGE_EACH = re.compile(r"(?<![\wÀ-ỹ])(?i:bình quân|trung bình)[ \t]+mỗi[ \t]+[^\d,;.:()\n]{1,50}$")
_AT_PLACES = re.compile(r"(?i:(?<![\wÀ-ỹ])(?:tại|ở)[ \t]*)$")
_PLACE_UNITS = sorted(((w, u) for w, u in _UNIT_WORDS if w.startswith("điểm ")), key=lambda wu: -len(wu[0]))


def _place_unit(doc: _Doc, start: int, before: str) -> str | None:
    """`Sở tiếp nhận hồ sơ tại 02 điểm`: `N điểm` after `tại`/`ở` counts places, not points; the kind of place
    (`điểm tiếp nhận`, `điểm giao dịch`) is the one whose activity the clause names before it."""
    if not _AT_PLACES.search(before):
        return None
    lead = doc.masked[doc.clause_start(start):start].lower()
    for word, unit in _PLACE_UNITS:
        if word.split(" ", 1)[1].lower() in lead:
            return unit
    for word, unit in _PLACE_UNITS:  # `Sở nhận hồ sơ tại 04 điểm`: the activity's last word is enough
        if re.search(r"(?<![\wÀ-ỹ])" + re.escape(word.split()[-1].lower()) + r"(?![\wÀ-ỹ])", lead):
            return unit
    return None


_RANK_ITEM = re.compile(
    r"[ \t]*(?:[-+•*–][ \t]*)?(?i:" + "|".join(
        re.escape(w["word"]) for w in sorted(_FIGURE_WORDS, key=lambda w: -len(w["word"])) if w["kind"] == "rank_item"
    ) + r")[ \t]*$"
)


def _opens_rank_item(doc: _Doc, start: int, end: int) -> bool:
    """`- Thứ 3: xã An Phú, đạt 88,10 điểm;`: a number after a `rank_item` word opening a list line, followed by a
    colon, is the rank of what the line names."""
    line_start, _ = doc.line_bounds(start)
    return bool(_RANK_ITEM.fullmatch(doc.masked, line_start, start)) and bool(re.match(r"[ \t]*:", doc.masked[end:]))


# `so với chỉ tiêu tỉnh giao năm 2024 (`: a goal named (who set it, its year) right before a bracket
_GOAL_BEFORE_BRACKET = re.compile(r"(?i:chỉ tiêu)(?:[^(),;:\d]|(?<!\d)\d{4}(?!\d))*$")
# `chỉ tiêu năm 2025 tại Kế hoạch số 125/KH-UBND ngày 20/7/2025 của UBND tỉnh (...)`: the document setting the goal
_CITED_PLAN = re.compile(r"(?i:kế hoạch|quyết định|nghị quyết|chỉ thị|công văn|thông báo)\s+(?i:số)\s+\S+"
                         r"(?:\s+(?i:ngày)\s+\d{1,2}/\d{1,2}/\d{4})?")
_EARLIER_WORDS = re.compile(r"(?i:so với|cùng kỳ|kỳ trước|tháng trước|quý trước|năm trước)")


def goal_before_bracket(doc: _Doc, start: int) -> re.Match | None:
    """`vượt chỉ tiêu tỉnh giao (70%)`, `so với chỉ tiêu tỉnh giao năm 2024 (cấp huyện 40%, cấp xã 30%)`: the goal
    named right before the bracket holding `start` (the figures in it are that goal, one per body named beside
    it), or None (also when the bracket names an earlier period, or lists the bodies that reached the goal)."""
    clause = doc.clause_start(start)
    paren = doc.open_paren(start, clause)
    if paren is None or _EARLIER_WORDS.search(doc.masked[paren + 1:start]):
        return None
    # `chỉ tiêu UBND tỉnh giao năm 2025 về tỷ lệ hồ sơ nộp trực tuyến (cấp huyện 75%, ...)`: the goal and its name
    window = _CITED_PLAN.sub(lambda m: " " * len(m.group()), doc.masked[max(clause, paren - 120):paren])
    goal = _GOAL_BEFORE_BRACKET.search(window, max(0, len(window) - 90))
    if goal is None or not doc.masked[paren + 1:start].strip():
        return goal
    # `còn 02 đơn vị chưa đạt chỉ tiêu (Sở Tư pháp 44,18%, ...)`: the bodies that reached (or missed) the goal,
    # with their own results
    reached = re.search(r"(?i:đạt|vượt|hoàn thành)\s*$", window[:goal.start()])
    return None if reached else goal


def _clause_or_bracket(doc: _Doc, start: int) -> str:
    """The words before `start` in its clause, or in its bracket when it sits in one."""
    clause = doc.clause_start(start)
    paren = doc.open_paren(start, clause)
    return doc.masked[(paren + 1 if paren is not None else clause):start]


def named_target_before(doc: _Doc, start: int) -> re.Match | None:
    """`chỉ tiêu năm 2025 là 60%`, `chỉ tiêu Nghị quyết số 28/NQ-HĐND ngày 12/12/2024 của HĐND tỉnh giao năm 2025 là
    60%` (the document setting the goal blanked): the goal named right before `start` in its clause or bracket."""
    words = _clause_or_bracket(doc, start)
    return _NAMED_TARGET.search(_CITED_PLAN.sub(lambda m: " " * len(m.group()), words))


def series_members(doc: _Doc, start: int) -> list[tuple[int, int, re.Match]]:
    """`... lần lượt là 16,94/18; 19,12/20 và 15,77/22 điểm`: the figures of the series `start` belongs to, as
    (start, end, match) in order (empty when `start` is not in a series written after `lần lượt`/`tương ứng`)."""
    line_start, line_end = doc.line_bounds(start)
    window_start = max(line_start, start - 300)
    connectors = list(re.finditer(_SERIES_OPENING, doc.masked[window_start:start + 1]))  # (+1: the verb's lookahead)
    if not connectors:
        return []
    members = figure_run(doc, window_start + connectors[-1].end(), line_end)
    if len(members) < 2 or not any(s == start for s, _, _ in members):
        return []
    return members


def figure_run(doc: _Doc, pos: int, line_end: int) -> list[tuple[int, int, re.Match]]:
    """The figures written one after another from `pos` (`16,94/18; 19,12/20 và 15,77/22 điểm`), each maybe with
    its unit, joined by commas, semicolons or `và`: (start, end, match) in order."""
    members: list[tuple[int, int, re.Match]] = []
    while pos < line_end:
        found = _FIGURE.match(doc.masked, pos)
        if found is None:
            break
        members.append((found.start("num"), found.end(), found))
        after = run_member_end(doc, found.end())
        gap = re.match(r"[ \t]*(?:[,;][ \t]*(?:(?i:và)[ \t]+)?|(?i:và)[ \t]+)", doc.masked[after:])
        if gap is None:
            break
        pos = after + gap.end()
    return members


def run_member_end(doc: _Doc, end: int) -> int:
    """The end of a run's member whose number ends at `end`: after the unit written next to it, if any."""
    unit = _UNIT_RE.match(doc.masked[end:end + 40])
    return end + (unit.end() if unit else 0)


_COUNT_THEN_VERB = re.compile(
    r"(?<![\d.,])\d[\d.]*[ \t]+(?P<unit>" + _UNIT_ALTERNATIVES + r")[ \t]*,[ \t]*(?:(?i:đã)[ \t]+)?"
    r"(?:[a-zà-ỹđ]+[ \t]+){1,3}$"
)


_GRADE_BEFORE = re.compile(r"(?<![\wÀ-ỹ])(?i:xuất sắc|tốt|khá|trung bình|yếu|kém)(?:[ \t]+(?i:có))?[ \t]*$")


def _graded_count_unit(doc: _Doc, start: int, den: str | None) -> str | None:
    """`Xếp loại Tốt có 28/96 xã, phường; Khá 52/96; Trung bình 16/96`: a bare count of the same whole after the next
    grade counts what the first count of that whole in its sentence counts."""
    if den is None or not _GRADE_BEFORE.search(doc.masked, max(0, start - 20), start):
        return None
    lead = doc.masked[_sentence_start(doc, start):start]
    counts = re.finditer(r"\d+[ \t]*/[ \t]*" + re.escape(den) + r"[ \t]+(" + _UNIT_ALTERNATIVES + r")(?![\wÀ-ỹ])", lead)
    first = next(counts, None)
    unit = _UNIT_NAME[first.group(1)] if first else None
    return unit if unit not in (None, "%", "điểm", "hạng") else None


def _unit_of_count_before(doc: _Doc, start: int, end: int) -> str | None:
    """`- Sở Xây dựng: 87 PAKN, đã xử lý 85;`: a bare whole number closing a list item, right after a count and a
    verb, counts what that count counts."""
    line_start, line_end = doc.line_bounds(start)
    if not re.match(r"[ \t]*[;.]?[ \t]*$", doc.masked[end:line_end]) or not re.match(r"\d+$", doc.masked[start:end]):
        return None
    if not re.match(r"[ \t]*[-+•*–]", doc.masked[line_start:start]):
        return None
    before = _COUNT_THEN_VERB.search(doc.masked, line_start, start)
    unit = _UNIT_NAME[before.group("unit")] if before else None
    return unit if unit not in (None, "%", "điểm", "hạng", "ngày") else None


def _series_change_word(doc: _Doc, start: int) -> re.Match | None:
    """`điểm ba nhóm này tăng tương ứng 0,41 điểm, 0,73 điểm và 1,12 điểm` (or `tương ứng tăng 2,14; 3,08 và 1,56
    điểm`): every member of a series opened by a change verb is a change in its direction (the first member reads
    the verb itself)."""
    members = series_members(doc, start)
    if not members or members[0][0] == start:
        return None
    first = members[0][0]
    before = doc.masked[max(0, first - 60):first]
    if verb := _CHANGE.search(before):  # `tương ứng tăng 2,14; 3,08 và 1,56 điểm`
        return verb
    before = re.sub(_SERIES + "$", "", before)
    return None if _FROM.search(before) else _CHANGE.search(before)


_JOINED_NEXT = re.compile(r"[ \t]*(?:,[ \t]*|(?i:và)[ \t]+)\d[\d.,]*")


def _joined_change_unit(doc: _Doc, end: int) -> str | None:
    """`lần lượt giảm 2,6 và 1,3 điểm phần trăm`: a bare change joined to the next one takes the unit written after
    it."""
    joined = _JOINED_NEXT.match(doc.masked, end)
    if joined is None:
        return None
    after = doc.masked[joined.end():joined.end() + 40]
    if after.startswith("%"):
        return "%"
    unit = _UNIT_RE.match(after)
    return _UNIT_NAME[unit.group(1)] if unit else None


def _series_unit(doc: _Doc, start: int, end: int) -> str | None:
    """`lần lượt là 19,12/20; 9,86/12 và 15,77/22 điểm`: a bare member of a series takes the unit written after
    its last member (or after any member)."""
    members = series_members(doc, start)
    for _, member_end, _ in reversed(members):
        unit = _UNIT_RE.match(doc.masked[member_end:member_end + 40])
        if unit:
            return _UNIT_NAME[unit.group(1)]
    return None


def _named_part_unit(doc: _Doc, start: int, value: float) -> str | None:
    """`1.874 thủ tục (cấp tỉnh 1.452, cấp huyện 271, cấp xã 151)`, `312 thủ tục được cung cấp ... (toàn trình
    168, một phần 144)`: a bracket whose every part is `<name> <n>`, after a count in the same clause, splits that
    count (the parts add up to no more than it): each part is a count of its unit."""
    whole = _whole_before_bracket(doc, start)
    if whole is None:
        return None
    opening, closing, total, unit = whole
    matches = _named_parts(doc.masked, opening + 1, closing)
    if len(matches) < 2:
        return None
    offsets = [found.start("num") for found in matches]
    values = [parse_number(found.group("num")) for found in matches]
    if start not in offsets or None in values or sum(values) > total or value > total:
        return None
    return unit


# `sửa đổi, bổ sung 52`: a part's name may hold a comma; the part ends at its number and the `,`/`;` after it
_NAMED_PART = re.compile(r"[ \t]*(?P<name>[^\W\d][^\d();:]*?)[ \t]+(?P<num>\d+(?:[.,]\d+)*)[ \t]*")


def _named_parts(text: str, start: int, end: int) -> list[re.Match]:
    """The `<name> <n>` parts of text[start:end], separated by `,` or `;` (empty unless every part is one)."""
    parts, pos = [], start
    while pos < end:
        found = _NAMED_PART.match(text, pos, end)
        if found is None:
            return []
        parts.append(found)
        pos = found.end()
        if pos < end:
            if text[pos] not in ",;":
                return []
            pos += 1
    return parts


_PARTS_LEAD = re.compile(
    r"(?i:\b(?:" + "|".join(re.escape(w["word"]) for w in _FIGURE_WORDS if w["kind"] == "parts_lead") + r"))"
    r"(?!\w)[ \t]*:?[ \t]*"
)
_LISTED_GAP = re.compile(r"[ \t]*(?:[,;][ \t]*(?:(?i:và)[ \t]+)?|(?i:và)[ \t]+)")
_LISTED_PART = re.compile(r"(?P<name>[^\W\d][^\d();:,]*?)[ \t]+(?P<num>\d+(?:[.,]\d+)*)(?![\w/%]|[ \t]*%)")


def _listed_part_unit(doc: _Doc, start: int, value: float) -> str | None:
    """`1.874 thủ tục, trong đó cấp tỉnh 1.453, cấp huyện 287 và cấp xã 134 thủ tục`: after `trong đó` (`parts_lead`
    words), a list of `<name> <n>` parts whose last part writes the unit splits the count of that unit written before
    them in the clause (the parts add up to no more than it): each bare part is a count of that unit."""
    clause = doc.clause_start(start)
    leads = [m for m in _PARTS_LEAD.finditer(doc.masked, clause, start)]
    if not leads:
        return None
    parts, pos, unit = [], leads[-1].end(), None
    while unit is None:
        found = _LISTED_PART.match(doc.masked, pos)
        if found is None:
            return None
        parts.append(found)
        unit = _UNIT_RE.match(doc.masked[found.end():found.end() + 40])
        gap = None if unit else _LISTED_GAP.match(doc.masked, found.end())
        if unit is None and gap is None:
            return None
        pos = gap.end() if gap else pos
    name = _UNIT_NAME[unit.group(1)]
    whole = _count_before(doc, clause, leads[-1].start(), name)
    values = [parse_number(found.group("num")) for found in parts]
    if len(parts) < 2 or start not in [found.start("num") for found in parts] or whole is None or None in values:
        return None
    return name if sum(values) <= whole and value <= whole else None


# `  + Giấy phép bán lẻ rượu: 97;` under `- Số giấy phép đã cấp trong tháng: 195 giấy phép, gồm:`
_SUB_ITEM_LEAD = re.compile(r"[ \t]+[+•–-][ \t]+[^:\n\d]{2,120}:[ \t]*")
_WHOLE_BEFORE_LIST = re.compile(r"(?P<num>\d[\d.,]*)[ \t]+(?P<unit>[^\W\d][^,:;\n\d]{0,30}?)[ \t]*,?[ \t]*"
                                r"(?i:gồm|bao gồm|trong đó)[ \t]*:[ \t]*$")


def _sub_item_unit(doc: _Doc, start: int, value: float) -> str | None:
    """`- Số giấy phép đã cấp trong tháng: 195 giấy phép, gồm:` over indented `+ <kind>: 97;` lines: a bare number
    closing a sub-item counts the unit of the whole its parent line splits (no more than it)."""
    line_start = doc.masked.rfind("\n", 0, start) + 1
    if not _SUB_ITEM_LEAD.fullmatch(doc.masked, line_start, start):
        return None
    while line_start > 0:
        above = doc.masked.rfind("\n", 0, line_start - 1) + 1
        line = doc.masked[above:line_start - 1]
        if not _SUB_ITEM_LEAD.match(line):
            whole = _WHOLE_BEFORE_LIST.search(line)
            unit = _UNIT_RE.match(whole["unit"]) if whole else None
            total = parse_number(whole["num"]) if whole else None
            return _UNIT_NAME[unit.group(1)] if unit and total is not None and value <= total else None
        line_start = above
    return None


def _item_noun_unit(doc: _Doc, start: int) -> str | None:
    """`+ PAKN: nhận 46, đã xử lý 41, đạt 89,13%`: a list item headed by what it counts, a bare number after one or two
    verbs counts it."""
    line_start = doc.masked.rfind("\n", 0, start) + 1
    head = _ITEM_NOUN.match(doc.masked, line_start, start)
    if head is None or not _ITEM_VERBS.fullmatch(doc.masked, head.end(), start):
        return None
    return _UNIT_NAME[head.group("noun")]


# a list item's head naming a count unit (`+ PAKN:`, `- Hồ sơ:`), then the verbs before the count (`nhận`, `đã xử lý`)
_ITEM_NOUN = re.compile(r"[ \t]*[-+•–*][ \t]+(?P<noun>" + _UNIT_ALTERNATIVES + r")[ \t]*:[ \t]*")
_ITEM_VERBS = re.compile(r"(?:[^;:()\n]*,[ \t]*)?(?:[^\W\d]+[ \t]+){1,3}")


# a kind named by its number inside a part's name (`tài khoản mức độ 1 là 41`, `Phiếu ... số 2`)
_KIND_NUMBER = re.compile(r"(?i:mức độ|số|loại|nhóm)[ \t]+\d{1,2}(?![\d.,/])")
_NAME_NUMBER_BEFORE = re.compile(r"(?i:số|mức độ|mức|loại|nhóm|hạng|cấp|độ)[ \t]*$")


def _unit_named_part(doc: _Doc, start: int, value: float) -> str | None:
    """`17.954 chứng thư số đang hoạt động, trong đó chứng thư số cá nhân 16.318, chứng thư số cơ quan, tổ chức
    1.636`, `198 tài khoản (trong đó tài khoản mức độ 1 là 41, mức độ 2 là 157)`: after `trong đó`, a bare part of a
    list whose parts open with the unit of the whole counted before it in the clause is a count of that unit (no more
    than the whole)."""
    clause = doc.clause_start(start)
    leads = list(_PARTS_LEAD.finditer(doc.masked, clause, start))
    if not leads:
        return None
    segment = doc.masked[leads[-1].end():start]
    if _NAME_NUMBER_BEFORE.search(segment):
        return None  # `Phiếu lý lịch tư pháp số 1`, `tài khoản mức độ 2`: the number names the kind
    if re.search(r"[\d();:]", _KIND_NUMBER.sub("", re.split(r",[ \t]*", segment)[-1])):
        return None  # the part's own name holds no figure, but a kind's number (`mức độ 2 là 157`)
    named = re.match(r"(?P<unit>" + _UNIT_ALTERNATIVES + r")(?![\wÀ-ỹ])", segment)  # the list's first part
    if not named:
        return None
    name = _UNIT_NAME[named.group("unit")]
    whole = _count_before(doc, clause, leads[-1].start(), name)
    return name if whole is not None and value <= whole else None


def _count_before(doc: _Doc, start: int, end: int, unit: str) -> float | None:
    """The last count of `unit` written in masked[start:end], or None."""
    counts = [m for m in re.finditer(r"(?<![\w.,/])(?P<num>" + _NUM + r")[ \t]+(?P<unit>" + _UNIT_ALTERNATIVES
                                     + r")(?![\wÀ-ỹ])", doc.masked[start:end]) if _UNIT_NAME[m.group("unit")] == unit]
    return parse_number(counts[-1].group("num")) if counts else None


def _whole_before_bracket(doc: _Doc, start: int) -> tuple[int, int, float, str] | None:
    """(opening, closing, value, unit) of the bracket holding `start` and the count written before it in its
    clause (a count of files, procedures or PAKN, not a score, time or amount)."""
    line_start, line_end = doc.line_bounds(start)
    opening = doc.open_paren(start, line_start)  # `(cấp tỉnh 58.214; cấp huyện 96.437; ...)`: `;` inside the bracket
    closing = doc.masked.find(")", start, line_end)
    if opening is None or closing == -1 or "(" in doc.masked[start:closing]:
        return None
    clause = doc.clause_start(opening)
    counts = [m for m in re.finditer(r"(?<![\w.,/])(?P<num>" + _NUM + r")[ \t]+(?P<unit>" + _UNIT_ALTERNATIVES
                                     + r")(?![\wÀ-ỹ])", doc.masked[clause:opening])]
    if not counts:
        return None
    unit = _UNIT_NAME[counts[-1].group("unit")]
    total = parse_number(counts[-1].group("num"))
    if total is None or unit in ("điểm", "ngày", "hạng", *_AMOUNT_UNITS, *_MEASURE_UNITS):
        return None
    return opening, closing, total, unit


def _measure_in_text(doc: _Doc, end: int) -> re.Match | None:
    """`14,82 km²`: a unit of measure whose mark the mask blanks as a footnote marker, read in the text."""
    unit = _UNIT_RE.match(doc.text[end:end + 40])
    return unit if unit and _UNIT_NAME[unit.group(1)] in _MEASURE_UNITS else None


_BREAKDOWN = re.compile(
    _NUM + r"[ \t]+(?P<unit>" + "|".join(re.escape(w) for w, _ in _UNIT_WORDS) + r")(?![\wÀ-ỹ])[ \t]*"
    r"\((?:[^():;\n]{1,30}:[ \t]*" + _NUM + r"[ \t]*[;,][ \t]*)*[^():;\n\d]{1,30}:[ \t]*$"
)


def _breakdown_unit(doc: _Doc, start: int) -> str | None:
    """`1.784 thủ tục (cấp tỉnh: 1.365; cấp huyện: 276; cấp xã: 143)`: the parts named `<part>: <n>` in
    brackets right after a count are counts of its unit."""
    match = _BREAKDOWN.search(doc.masked[max(0, start - 200):start])
    return _UNIT_NAME[match.group("unit")] if match else None


_WHOLE_BEFORE_BRACKET = re.compile(
    r"(?<![\w.,/])(?P<num>" + _NUM + r")[ \t]+(?P<unit>" + "|".join(re.escape(w) for w, _ in _UNIT_WORDS)
    + r")(?![\wÀ-ỹ])[ \t]*$"
)
_PART = re.compile(r"[ \t]*(?P<num>\d+(?:[.,]\d+)*)[ \t]+[a-zđà-ỹ][^();:\n]*")


def _flat_bracket(doc: _Doc, start: int) -> tuple[int, int] | None:
    """(opening, closing) of the bracket on its line holding `start`, when no other bracket opens or closes inside."""
    line_start, line_end = doc.line_bounds(start)
    opening = doc.masked.rfind("(", line_start, start)
    closing = doc.masked.find(")", start, line_end)
    if opening == -1 or closing == -1 or ")" in doc.masked[opening:start] or "(" in doc.masked[start:closing]:
        return None
    return opening, closing


def _bracketed_part_unit(doc: _Doc, start: int, value: float) -> str | None:
    """`04 phản ánh, kiến nghị (02 qua Tổng đài, 02 qua hộp thư góp ý)`: bare numbers opening each part of a
    bracketed breakdown right after a count are parts of it, counted in the whole's unit (only when every part
    opens with a number and the parts add up to no more than the whole)."""
    line_start, _ = doc.line_bounds(start)
    if (bracket := _flat_bracket(doc, start)) is None:
        return None
    opening, closing = bracket
    whole = _WHOLE_BEFORE_BRACKET.search(doc.masked[max(line_start, opening - 80):opening])
    parts = list(re.finditer(r"[^,;]+(?:[,;](?![ \t]*\d)[^,;]*)*", doc.masked[opening + 1:closing]))
    matches = [_PART.fullmatch(part.group()) for part in parts]
    if whole is None or len(parts) < 2 or not all(matches):
        return None
    if start - opening - 1 not in {part.start() + m.start("num") for part, m in zip(parts, matches, strict=True)}:
        return None  # a number inside a part's words (`qua Tổng đài 1022`), not the part's count
    unit = _UNIT_NAME[whole.group("unit")]
    if unit in ("điểm", "ngày", "hạng", *_AMOUNT_UNITS, *_MEASURE_UNITS):
        return None  # a score, time or amount is not split into bare counts
    total = parse_number(whole.group("num"))
    values = [parse_number(m.group("num")) for m in matches]
    if total is None or None in values or sum(values) > total or value > total:
        return None
    return unit


_COLON_PART = r"[ \t]*[^\W\d][^\d();:\n]{1,30}?[ \t]*:[ \t]*\d[\d.,]*[ \t]*"
_COLON_PARTS = re.compile(_COLON_PART + r"(?:;" + _COLON_PART + r")+")


def _colon_parts_unit(doc: _Doc, start: int) -> str | None:
    """`Tổng số hồ sơ ... tiếp nhận trong tháng (tổng số: 13.918; trực tuyến: 12.046; trực tiếp: 1.872)`: a bracket
    of bare numbers each after its name and a colon, after a label counting a noun (`số hồ sơ`), counts that noun."""
    if (bracket := _flat_bracket(doc, start)) is None:
        return None
    opening, closing = bracket
    if not _COLON_PARTS.fullmatch(doc.masked, opening + 1, closing) or not re.search(
            r":[ \t]*$", doc.masked[opening:start]):
        return None
    counted = _COUNT_FROM_LABEL.findall(doc.masked[doc.line_bounds(start)[0]:opening])
    return _UNIT_NAME.get(counted[0], counted[0]) if counted else None


def _group_score_unit(doc: _Doc, start: int, max_value: float | None) -> str | None:
    """`Công khai, minh bạch 16,9/18; Tiến độ, kết quả giải quyết 18,7/20`: an `x/max` written right after
    the name of a catalogued score group whose maximum is that denominator is the group's score."""
    if max_value is None:
        return None
    lead = doc.masked[max(doc.clause_start(start), start - 80):start]
    pieces = re.split(r"[;:.]", lead)
    if len(pieces) > 1 and not pieces[-1].strip() and lead.rstrip().endswith(":"):
        pieces.pop()  # `- Công khai, minh bạch: 17,36/18`: the label before the colon
    lead = pieces[-1].strip(" ,\t-+•*")
    if not lead:
        return None
    code = catalog.code_for(lead, max_value=max_value, unit="điểm")
    entry = catalog.entries().get(code or "")
    if entry is None or entry.unit != "điểm" or entry.max is None or float(entry.max) != max_value:
        return None
    return "điểm"


_GOAL_VERB = re.compile(
    r"(?i:\b(?:" + "|".join(re.escape(w["word"]) for w in _FIGURE_WORDS if w["kind"] == "goal_verb") + r")\b)"
)
_TASKS_HEADING = re.compile(
    r"^[ \t#*]*(?:\d{1,2}|[IVX]+)\.\s+[*\s]*(?i:"
    + "|".join(re.escape(w["word"]) for w in _FIGURE_WORDS if w["kind"] == "tasks_heading") + r")\b"
)


def _in_target_context(doc: _Doc, pos: int) -> bool:
    """`chưa đạt chỉ tiêu ...`, `phấn đấu đến ngày 31/12/2024 ... đạt từ 55% trở lên`, `nâng tỷ lệ ... lên từ 65%
    trở lên` under a `Nhiệm vụ quý III` heading: a goal, not a band."""
    lead = doc.masked[doc.clause_start(pos):pos].lower()
    return ("chỉ tiêu" in lead or bool(re.search(r"phấn đấu|bảo đảm|đảm bảo|mục tiêu", lead))
            or _in_target_section(doc, pos) or bool(_GOAL_VERB.search(lead) and _in_tasks_section(doc, pos)))


def _in_tasks_section(doc: _Doc, pos: int) -> bool:
    """Under a heading `6. Nhiệm vụ tháng 11 năm 2024` (the tasks for a coming period), or in a numbered task of a
    part headed so (`II. NHIỆM VỤ QUÝ II NĂM 2025` over `2. Sở Y tế ... nâng tỷ lệ ... đạt trên 90%`)."""
    return any(_TASKS_HEADING.match(heading) for heading in _enclosing_headings(doc, pos))


_TARGET_HEADING = re.compile(r"^" + SECTION_NUMBER + r"[*\s]*(?i:(?:các\s+)?(?:chỉ tiêu|mục tiêu)\b)")


# `2. Các chỉ tiêu bị trừ điểm nhiều`, `Các chỉ tiêu còn thấp`: `chỉ tiêu` as the indicators reviewed, not as goals
_INDICATORS_REVIEWED = re.compile(r"(?i:bị trừ|trừ điểm|còn thấp|đạt thấp|chưa đạt|hạn chế|tồn tại|mất điểm)")


# a part on results alone (`II. KẾT QUẢ NĂM 2024`), not on results and goals (`II. KẾT QUẢ NĂM 2024 VÀ CHỈ TIÊU ...`)
_RESULTS_PART = re.compile(r"^[ \t#*]*[IVX]+\.\s+[*\s]*(?i:(?:đánh giá\s+)?kết quả)\b(?!.*(?i:chỉ tiêu|mục tiêu))")


def _in_target_section(doc: _Doc, pos: int) -> bool:
    """Under a heading `2. Chỉ tiêu đến hết năm 2025` (a plan's goals), every figure is a target; in a numbered
    paragraph that opens with the goals (`2. Chỉ tiêu năm 2025 ... là 80%. Như vậy, ... mới đạt 73,50%`) only its
    first sentence states them (the next ones hold the results)."""
    enclosing = _enclosing_headings(doc, pos)
    # `III. CHỈ TIÊU NĂM 2025` over `1. Tỷ lệ ... đạt từ 60% trở lên`: the part names the goals
    heading_line = next((line for line in enclosing if _TARGET_HEADING.match(line)), "")
    heading = _TARGET_HEADING.match(heading_line)
    if heading is None or _INDICATORS_REVIEWED.search(heading_line[heading.end():]):
        return False
    if any(_RESULTS_PART.match(part) for part in enclosing[1:]):
        return False  # `II. KẾT QUẢ NĂM 2024` over `2. Các chỉ tiêu khác`: the indicators' results, not goals
    line_start, _ = doc.line_bounds(pos)
    own_line = _TARGET_HEADING.match(doc.masked[line_start:pos])
    return own_line is None or not re.search(r"[.!?][ \t]", doc.masked[line_start + own_line.end():pos])
