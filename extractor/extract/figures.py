"""Figures stated in prose and lists: value, unit, max, subject, level, as_of, kind, target, provenance.

The text is read through a *masked* copy of the same length: markup (`**`, `<b>`), footnote markers
and table regions become spaces, so every offset found in the mask is an offset into the document
text and `text[start:end]` is the figure as written. Numbers that are never figures (document and
decision numbers, dates, years, list numbering, legal references, phone numbers, links) are found
first and skipped. Each remaining number becomes a figure when it carries a unit (`%`, `điểm`,
`x/y`, `hồ sơ`, `PAKN`, ...) or when its label says what it counts (`Tổng số PAKN ... là 382`).
"""

from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass
from functools import cache

from ..dates import find_dates, last_day, period_bounds
from ..models import DocumentMeta, Indicator
from ..numbers import parse_number
from ..patterns import read_jsonl
from ..vietnamese import fold
from . import catalog
from .subjects import SubjectMention, find_subjects, is_national

_MARKUP = re.compile(r"</?(?:b|i|u|em|strong|sup|sub)>|\*+|__|[¹²³⁴⁵⁶⁷⁸⁹⁰]")
_SUPERSCRIPT = "¹²³⁴⁵⁶⁷⁸⁹⁰"
_NUM = r"[+-]?\d+(?:[.,]\d+)*"
_FIGURE = re.compile(
    r"(?<![\w.,/+-])(?P<num>" + _NUM + r")(?![\w])"
    r"(?:[ \t]*/[ \t]*(?P<den>\d+(?:[.,]\d+)*)(?![\w/]))?(?P<pct>[ \u00a0]?%)?"
)
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
_UNIT_RE = re.compile(
    r"^\s*(" + "|".join(re.escape(w) for w, _ in _UNIT_WORDS) + r")(?![\wÀ-ỹ])"
)
_UNIT_NAME = dict(_UNIT_WORDS)
_ORG_UNITS = {"đơn vị", "xã", "huyện"}
_LEVEL_UNITS = {"xã", "huyện"}  # counted units that are a level of government
_AMOUNT_UNITS = {"tỷ đồng", "triệu đồng"}
_MEASURE_UNITS = {w.get("unit", w["word"]) for w in _FIGURE_WORDS if w["kind"] == "measure_unit"}
_COUNT_FROM_LABEL = re.compile(
    r"(?i:(?:tổng )?số (?:lượng )?)(PAKN|hồ sơ|TTHC|thủ tục hành chính|tài khoản|trường hợp)"
)

_DATE = r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{2,4}"
_NEVER = [
    r"https?://\S+|www\.\S+|\S+@\S+\.\w+",
    r"\d+\s*/\s*[A-ZĐ][\wĐ&.\-]*(?:\s?[/-]\s?[\wĐ&.\-]+)*",  # 4352/UBND-NC, 2062 /SNV-CCHC, 545/QĐ BGTVT
    r"\d+-[A-ZĐ]+/[A-ZĐ]+",  # 52-NQ/TU
    _DATE,
    r"\d{1,2}-\d{1,2}-\d{4}",
    r"(?i:ngày)\s+\d{1,2}(?:\s*/\s*\d{1,2})?(?:\s*/\s*\d{2,4})?",
    r"(?i:tháng)\s+\d{1,2}(?:\s*/\s*\d{4})?(?:\s+năm\s+\d{4})?",
    r"(?i:năm)\s+\d{4}",
    r"(?i:quý)\s+[IVX\d]+(?:\s*/\s*\d{4})?",
    r"\d{1,2}\s*/\s*(?:19|20)\d{2}(?!\d)",
    r"(?<![\d.,])(?:19|20)\d{2}(?![\d.,%])",
    r"\d+\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?",
    r"\d+\s*giờ(?:\s*\d+\s*phút)?",
    r"(?:Điều|điều|[Kk]hoản|Chương|Mục|[Pp]hụ lục|Chỉ thị|chỉ thị|Nghị quyết|Quyết định|Nghị định|Thông tư|Công văn"
    r"|Báo cáo|Kế hoạch|Thông báo|Tờ trình|Luật|Biểu|[Bb]iểu mẫu)(?:\s+số)?\s+[\dIVXLC]+(?:\s?[.,/-]\s?[\dIVXLC]+)*"
    r"(?:\s*(?:,|và)\s*[\dIVX]+(?:\.\d+)+)*",
    r"(?i:(?:chỉ số|bộ chỉ số|theo)\s+)766",
    r"(?i:(?:điện thoại|đt|tel|fax|hotline)\s*:?\s*)[\d .()+-]{6,}",
    r"(?<!\d)0\d{2,3}[.\s]\d{3}[.\s]?\d{3,4}(?!\d)",
    r"(?m)^[ \t#>\-+•]*(?:(?:[IVXLC]+|\d{1,2}(?:[.,]\d{1,2})*|[a-zđ])[.)](?:\d{1,2}[.)]?)*"
    r"|\d{1,2}(?:\.\d{1,2})+)(?=\s)",
]
_NEVER_RE = [re.compile(p) for p in _NEVER]
_THRESHOLD = re.compile(r"(?i:(?:dưới|trên|hơn|từ|tối thiểu|ít nhất|không quá|tối đa|không dưới)\s*)$")
_TARGET_WORD = re.compile(r"(?i:tối thiểu|ít nhất|không dưới)\s*$")
_CHANGE_SIGN = {w["word"]: w["sign"] for w in _FIGURE_WORDS if w["kind"] == "change"}
_CHANGE = re.compile(  # `không thấp hơn 95%` is a threshold, not a change
    r"(?<!không )(?i:(" + "|".join(re.escape(w) for w in sorted(_CHANGE_SIGN, key=len, reverse=True)) + r")\s*)$"
)
_TARGET_LEAD = re.compile(
    r"(?i:\b(?:" + "|".join(re.escape(w["word"]) for w in _FIGURE_WORDS if w["kind"] == "target_lead") + r")\s*:?\s*)$"
)
_FROM = re.compile(r"(?i:từ\s+(?:vị trí|mức|hạng|thứ)?\s*)$")
_RANK_WORD = re.compile(r"(?i:(?:xếp hạng|vị trí|thứ hạng|hạng|đứng thứ|thứ)\s*)$")
_VERBS = (
    r"đạt tỷ lệ|chiếm tỷ lệ|đạt trung bình|đạt được|đạt|là|có|chiếm|với|bằng|ở mức|khoảng|gần|được|lên|xuống"
    r"|tăng từ vị trí|tăng từ|giảm từ|tăng|giảm|từ|vị trí|tính|đều|còn|đã|tương ứng|tương đương|mới|chỉ"
)
_TRAILING = re.compile(
    r"(?i:(?:\s|,|:|-)*(?:\b(?:" + _VERBS
    + r"|tối thiểu|ít nhất|tối đa|không dưới|không quá|tại|ở|của|trên|trong|và|hoặc)\b(?:\s|,|:|-)*)+)$"
)
_LEADING = re.compile(
    r"^(?i:(?:\s|,|:|-|\+)*(?:\b(?:trong đó|cụ thể|gồm|còn lại|còn|và|với|đối với|riêng|theo đó|đồng thời|trong khi"
    r"|qua thống kê|tuy nhiên|ngoài ra|chủ yếu|chủ yếu tại|tại)\b(?:\s|,|:|-)*)+)"
)
_SOURCE_PHRASE = re.compile(r"(?i:theo (?:số liệu|dữ liệu|thống kê)(?: của| từ)?)[^:;.\n]*[:,]")
_GENERIC = {"", "tỷ lệ", "tỷ lệ trung bình", "trung bình", "tổng số", "số", "kết quả", "tổng", "tỉnh", "số lượng",
            "chủ yếu",
            "xử lý"}
_PERIOD_LINE = re.compile(
    r"^\s*(?P<phrase>(?:[Tt]rong )?[Tt]háng \d{1,2}(?:/\d{4})?|(?:\d{1,2}) tháng (?:đầu|cuối) năm(?: \d{4})?"
    r"|[Qq]uý [IVX]+(?:/\d{4})?|[Ll]ũy kế(?: từ đầu năm)?|[Tt]ừ đầu năm(?: đến nay)?)\s*:"
)
_TOP_HEADING = re.compile(r"^[ \t#*]*(?:\d{1,2}|[IVX]+)\.\s+\S")
_SO_VOI = re.compile(r"(?i:so với\s+(?:ngày\s+|tháng\s+|năm\s+)?)([^()]*?)\s*$")
_DATE_VALUE = re.compile(
    r"(?P<d>\d{1,2})\s*/\s*(?P<m>\d{1,2})(?:\s*/\s*(?P<y>\d{4}))?|(?i:tháng)\s+(?P<m2>\d{1,2})\s*(?:/|năm)\s*(?P<y2>\d{4})"
    r"|(?i:năm)\s+(?P<y3>\d{4})"
)


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


def mask_text(text: str, skip_spans: list[tuple[int, int]] | None = None) -> str:
    """Return a same-length copy of `text` with markup, footnote markers and skipped regions blanked."""
    chars = list(_MARKUP.sub(lambda m: " " * len(m.group()), text))
    for start, end in skip_spans or []:
        for i in range(max(0, start), min(end, len(chars))):
            if chars[i] not in "\n\f":
                chars[i] = " "
    return "".join(chars)


_ITEM_START = re.compile(
    r"^[ \t>*_#]*(?:[-+•–*_]\s|\d{1,2}(?:[.,]\d{1,2})*[.)]\s|\d{1,2}(?:\.\d{1,2})+\s|[IVXLC]+[.)]\s"
    r"|[a-zđ][.)]\s|#|\||[¹²³⁴⁵⁶⁷⁸⁹⁰])"
)
_SENTENCE_END = re.compile(r"[.:!?][\s*_)\]\"”]*$")
_CAPITALISED = re.compile(r"^[\s*_(“\"]*[A-ZĐÀ-Ỹ]")
_LONG_LINE = 0.6  # share of the usual line width: a line this long may wrap onto the next
_FULL_LINE = 0.9  # a line this long with the next word added is full: the break was forced
_NEAR_WIDTH, _WRAPPED_SHARE = 0.85, 0.3  # wrapped text: 30% of its lines are 85% of the usual width


def _usual_width(text: str, masked: str, lines: list[tuple[int, int]]) -> tuple[int, bool]:
    """The usual width of the prose lines and whether the text is wrapped (many lines near it)."""
    prose = sorted(e - s for s, e in lines if masked[s:e].strip() and "\t" not in text[s:e])
    if not prose:
        return 0, False
    width = prose[int(0.9 * (len(prose) - 1))]
    near = sum(1 for length in prose if length >= _NEAR_WIDTH * width)
    return width, near >= _WRAPPED_SHARE * len(prose)


def _wraps(before: str, after: str, width: int, wrapped: bool) -> bool:
    """Tell whether the line `after` goes on with the line `before` (a wrapped paragraph or item)."""
    if _ITEM_START.match(after) or _PERIOD_LINE.match(after) or "\t" in before + after:
        return False
    if re.fullmatch(r"\s*\d+\s*", after):
        return False  # a page number
    open_sentence = not _SENTENCE_END.search(before) and not _CAPITALISED.match(after)
    if not wrapped:
        return open_sentence and bool(re.match(r"\s*[a-zđà-ỹ]", after))
    first_word = (after.split() or [""])[0]
    full = len(before) + 1 + len(first_word) > _FULL_LINE * width
    return full or (open_sentence and len(before) >= _LONG_LINE * width)


def soft_breaks(text: str, masked: str | None = None) -> list[int]:
    """Offsets of the line and page breaks in `text` that only wrap a paragraph or list item.

    A break is soft when the next line does not start a list item (`- `, `+ `, `1.`, `a)`, `•`), a
    heading, a period line (`Trong tháng 9:`), a table row or a footnote, and neither line is blank
    (in `masked` tables are blank too). In wrapped text (PDF, OCR, hard-wrapped: a third of the
    lines are about as long as the page is wide) the line must also be full (its next word would
    not have fitted) or be long, not end with `.`/`:` and be followed by a lower-case start. In
    one-paragraph-per-line text only a line that does not end a sentence followed by a line in
    lower case continues.
    """
    masked = text if masked is None else masked
    bounds = [m.start() for m in re.finditer(r"[\n\f]", text)]
    lines = list(zip([0] + [b + 1 for b in bounds], bounds + [len(text)], strict=True))
    width, wrapped = _usual_width(text, masked, lines)
    soft = []
    for k, brk in enumerate(bounds):
        (a_start, a_end), (b_start, b_end) = lines[k], lines[k + 1]
        if not (masked[a_start:a_end].strip() and masked[b_start:b_end].strip()):
            continue
        if _wraps(text[a_start:a_end].rstrip(), text[b_start:b_end], width, wrapped):
            soft.append(brk)
    return soft


def join_wrapped_lines(text: str, masked: str | None = None) -> str:
    """`masked` (default `text`) with every soft break of `text` made a space: same length, same offsets."""
    chars = list(text if masked is None else masked)
    for brk in soft_breaks(text, masked):
        chars[brk] = " "
    return "".join(chars)


def never_figure_spans(masked: str) -> list[tuple[int, int]]:
    """Spans of numbers that are never figures: document numbers, dates, numbering, legal references."""
    spans = []
    for regex in _NEVER_RE:
        spans.extend((m.start(), m.end()) for m in regex.finditer(masked))
    return sorted(spans)


def _covered(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s < end and start < e for s, e in spans)


def _iso(day: int, month: int, year: int) -> str | None:
    if not (1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _month_end(month: int, year: int) -> str | None:
    if not 1 <= month <= 12:
        return None
    return _iso(calendar.monthrange(year, month)[1], month, year)


def parse_date_phrase(phrase: str, default_year: int | None) -> str | None:
    """ISO date of `31/7/2023`, `30/9` (year from context), `tháng 7/2023` (month end), `năm 2025`,
    `quý II/2024` (quarter end), `6 tháng đầu năm 2024` (period end)."""
    match = _DATE_VALUE.search(phrase)
    written = find_dates(phrase)
    if written and (not match or written[0].start < match.start()) and written[0].precision == "quarter":
        return last_day(written[0].iso)
    if not match:
        bounds = period_bounds(phrase)
        return bounds[1] if bounds else None
    if match.group("d"):
        year = int(match.group("y")) if match.group("y") else default_year
        return _iso(int(match.group("d")), int(match.group("m")), year) if year else None
    if match.group("m2"):
        return _month_end(int(match.group("m2")), int(match.group("y2")))
    return _iso(31, 12, int(match.group("y3")))


class _Doc:
    """The document text with its mask, clause boundaries and subject mentions."""

    def __init__(self, text: str, skip_spans: list[tuple[int, int]]):
        self.text = text
        self.masked = join_wrapped_lines(text, mask_text(text, skip_spans))
        self.skip = skip_spans
        self.never = never_figure_spans(self.masked)
        self.mentions = catalog.find_mentions(self.masked)
        starts = [m.start for m in self.mentions]
        self.subjects = [
            s for s in find_subjects(self.masked)
            if not self._in_source_phrase(s) and not self._inside_mention(s, starts)
        ]

    def _inside_mention(self, subject: SubjectMention, starts: list[int]) -> bool:
        index = bisect.bisect_right(starts, subject.start) - 1
        return index >= 0 and self.mentions[index].end >= subject.end

    def _in_source_phrase(self, mention: SubjectMention) -> bool:
        before = self.masked[max(0, mention.start - 40):mention.start]
        return bool(re.search(r"(?i:theo (?:số liệu|dữ liệu|thống kê)(?: của| từ)?)\s*$", before))

    def _joins_bodies(self, i: int) -> bool:
        """A `;` inside one subject mention (`Các sở, ban, ngành; UBND các huyện`) ends no clause."""
        return any(m.start < i < m.end for m in getattr(self, "subjects", ()))

    def clause_start(self, pos: int) -> int:
        """Start of the clause holding `pos`: after the last newline, `;` or sentence-ending `.`."""
        i = pos - 1
        while i >= 0:
            c = self.masked[i]
            if c in "\n\f" or (c == ";" and not self._joins_bodies(i)):
                return i + 1
            if c == "." and i + 1 < len(self.masked) and self.masked[i + 1] in " \n" and not self._abbrev(i):
                return i + 1
            i -= 1
        return 0

    def clause_end(self, pos: int) -> int:
        """End of the clause holding `pos` (exclusive)."""
        n = len(self.masked)
        i = pos
        while i < n:
            c = self.masked[i]
            if c in "\n\f" or (c == ";" and not self._joins_bodies(i)):
                return i
            if c == "." and (i + 1 == n or self.masked[i + 1] in " \n") and not self._abbrev(i):
                return i
            i += 1
        return n

    def _abbrev(self, i: int) -> bool:
        return bool(re.search(r"(?:TP|Tp|TX|ThS|TS|Th|v\.v|P)$", self.masked[max(0, i - 3):i]))

    def open_paren(self, pos: int, floor: int) -> int | None:
        """Position of the unclosed `(` before `pos` in the same clause, if the figure sits in brackets."""
        depth = 0
        for i in range(pos - 1, floor - 1, -1):
            c = self.masked[i]
            if c == ")":
                depth += 1
            elif c == "(":
                if depth == 0:
                    return i
                depth -= 1
        return None

    def line_bounds(self, pos: int) -> tuple[int, int]:
        start = max(self.masked.rfind("\n", 0, pos), self.masked.rfind("\f", 0, pos)) + 1
        end_n = self.masked.find("\n", pos)
        return start, (end_n if end_n != -1 else len(self.masked))

    def subject_in(self, start: int, end: int, levels_only: bool = False) -> SubjectMention | None:
        found = None
        for mention in self.subjects:
            if mention.start >= start and mention.end <= end:
                if levels_only and not (mention.whole_province or "cấp" in mention.text.lower()):
                    continue
                found = mention
        return found


def _parse_candidates(doc: _Doc) -> list[_Figure]:
    figures = []
    rank_totals: list[tuple[int, int]] = []
    for match in _FIGURE.finditer(doc.masked):
        start, end = match.start("num"), match.end()
        if _covered(doc.never, start, match.end("num")) or _covered(doc.skip, start, end):
            continue
        if _covered(rank_totals, start, end):
            continue  # the 63 of `xếp thứ 4 trong 63 tỉnh`: part of the rank
        figure = _candidate(doc, match)
        if figure is not None:
            figures.append(figure)
            if total := _rank_total(doc, figure):
                rank_totals.append(total)
    return figures


_RANK_LEAD = re.compile(r"(?i:(?:xếp|đứng|xếp hạng)\s+thứ\s*)$")
_RANK_TOTAL = re.compile(r"[ \t]+(?i:trong|trên)(?:[ \t]+(?i:tổng số|số))?[ \t]+(?P<n>\d+(?:[.,]\d+)*)(?![\w/])")


def _rank_total(doc: _Doc, figure: _Figure) -> tuple[int, int] | None:
    """The span of M in `xếp thứ N trong M ...` (N's rank among M), when N is a rank."""
    if figure.kind != "rank":
        return None
    total = _RANK_TOTAL.match(doc.masked, figure.end)
    return (total.start("n"), total.end("n")) if total else None


def _candidate(doc: _Doc, match: re.Match) -> _Figure | None:
    num, den, pct = match.group("num"), match.group("den"), match.group("pct")
    value = parse_number(num, percent=bool(pct))
    if value is None:
        return None
    start = match.start("num")
    before = doc.masked[max(0, start - 40):start]
    after = doc.masked[match.end():match.end() + 40]
    unit_match = None if pct else _UNIT_RE.match(after)
    unit = "%" if pct else (_UNIT_NAME[unit_match.group(1)] if unit_match else None)
    unit_end = match.end() + (unit_match.end() if unit_match else 0)
    max_value = parse_number(den) if den else None
    if den and max_value in (63.0, 34.0) and (unit in (None, "hạng") or _RANK_WORD.search(before)):
        unit = "hạng"
    if den and unit is None and max_value is not None and _RANK_WORD.search(before):
        unit = "hạng"
    if not pct and _RANK_LEAD.search(before):
        # `xếp thứ 4 trong 63 tỉnh, thành phố`, `xếp thứ 7/124 xã`, `(xếp thứ 9)`: a rank, out of the total
        unit, unit_match = "hạng", None
        unit_end = match.end()
        total = None if den else _RANK_TOTAL.match(doc.masked, match.end())
        max_value = parse_number(total.group("n")) if total else max_value
    if re.match(r"^\s*(?:đến|-|–)\s*(?:dưới\s*)?\d", after) and unit == "%":
        return None  # a range bound: "0% đến dưới 2%"
    kind = "value"
    if _CHANGE.search(before) and not _FROM.search(before):
        kind = "change"
        value = value * _CHANGE_SIGN.get(" ".join(_CHANGE.search(before).group(1).lower().split()), 1)
    elif _TARGET_LEAD.search(before):
        kind = "target"
    elif _THRESHOLD.search(before):
        if _TARGET_WORD.search(before) or _in_target_context(doc, start):
            kind = "target"
        elif not (unit in _AMOUNT_UNITS and re.search(r"(?i:(?:hơn|trên)\s*)$", before)):
            return None  # `dưới 50%` states a band, not a figure; `hơn 96,4 tỷ đồng` is an amount
    if unit is None and kind == "value":
        unit = _breakdown_unit(doc, start) or _group_score_unit(doc, start, max_value)
    if unit is None and kind == "value":
        lead = doc.masked[doc.clause_start(start):start]
        counted = _COUNT_FROM_LABEL.findall(lead)
        if not counted or not re.search(r"(?i:\b(?:là|đạt|có|với|chiếm)\s*)$", lead):
            return None
        unit = _UNIT_NAME.get(counted[-1], counted[-1])
    if unit is None:
        return None
    if kind == "value" and unit in ("%", "điểm") and _in_target_section(doc, start):
        kind = "target"
    if unit == "hạng" and kind == "value":
        kind = "rank"
    elif unit not in ("%", "điểm", "hạng", "ngày", *_AMOUNT_UNITS, *_MEASURE_UNITS) and kind == "value":
        kind = "count"
    return _Figure(start, match.end() if not unit_match else match.end(), value, unit, max_value, kind, unit_end)


_BREAKDOWN = re.compile(
    _NUM + r"[ \t]+(?P<unit>" + "|".join(re.escape(w) for w, _ in _UNIT_WORDS) + r")(?![\wÀ-ỹ])[ \t]*"
    r"\((?:[^():;\n]{1,30}:[ \t]*" + _NUM + r"[ \t]*[;,][ \t]*)*[^():;\n\d]{1,30}:[ \t]*$"
)


def _breakdown_unit(doc: _Doc, start: int) -> str | None:
    """`1.784 thủ tục (cấp tỉnh: 1.365; cấp huyện: 276; cấp xã: 143)`: the parts named `<part>: <n>` in
    brackets right after a count are counts of its unit."""
    match = _BREAKDOWN.search(doc.masked[max(0, start - 200):start])
    return _UNIT_NAME[match.group("unit")] if match else None


def _group_score_unit(doc: _Doc, start: int, max_value: float | None) -> str | None:
    """`Công khai, minh bạch 16,9/18; Tiến độ, kết quả giải quyết 18,7/20`: an `x/max` written right after
    the name of a catalogued score group whose maximum is that denominator is the group's score."""
    if max_value is None:
        return None
    lead = doc.masked[max(doc.clause_start(start), start - 80):start]
    lead = re.split(r"[;:.]", lead)[-1].strip(" ,\t")
    if not lead:
        return None
    code = catalog.code_for(lead, max_value=max_value, unit="điểm")
    entry = catalog.entries().get(code or "")
    if entry is None or entry.unit != "điểm" or entry.max is None or float(entry.max) != max_value:
        return None
    return "điểm"


def _in_target_context(doc: _Doc, pos: int) -> bool:
    """`chưa đạt chỉ tiêu ...`, `phấn đấu đến ngày 31/12/2024 ... đạt từ 55% trở lên`: a goal, not a band."""
    lead = doc.masked[doc.clause_start(pos):pos].lower()
    return "chỉ tiêu" in lead or bool(re.search(r"phấn đấu|bảo đảm|đảm bảo", lead)) or _in_target_section(doc, pos)


_TARGET_HEADING = re.compile(r"^[ \t#*]*(?:\d{1,2}|[IVX]+)\.\s+[*\s]*(?i:(?:các\s+)?(?:chỉ tiêu|mục tiêu)\b)")


def _in_target_section(doc: _Doc, pos: int) -> bool:
    """Under a heading `2. Chỉ tiêu đến hết năm 2025` (a plan's goals), every figure is a target."""
    return bool(_TARGET_HEADING.match(_heading_before(doc, pos)))


def _clean_label(doc: _Doc, start: int, end: int) -> str:
    """The indicator name in masked[start:end], without subjects, source phrases, verbs and connectors."""
    chars = list(doc.masked[start:end])
    for mention in doc.subjects:
        if mention.start < end and start < mention.end:
            for i in range(max(mention.start, start) - start, min(mention.end, end) - start):
                chars[i] = " "
    piece = "".join(chars)
    inside = [m for m in doc.subjects if m.start < end and start < m.end]
    if inside and inside[-1].end < end:
        after = _strip_words(doc.masked[inside[-1].end:end])
        if after.lower() not in _GENERIC and not re.search(r"[()]", after):
            return after
    piece = re.sub(r"\([^()]*\)?|\)", lambda m: " " * len(m.group()), piece)
    piece = re.sub(r"(?i:\b(?:của tỉnh|trên toàn tỉnh|trên địa bàn tỉnh)\b)", " ", piece)
    piece = _SOURCE_PHRASE.sub(lambda m: " " * len(m.group()), piece)
    return _strip_words(piece)


def _strip_words(piece: str) -> str:
    piece = " ".join(piece.split())
    for _ in range(3):
        piece = _LEADING.sub("", piece)
        piece = _TRAILING.sub("", piece)
    return piece.strip(" ,:;-+()/")


def _protected_chunks(doc: _Doc, start: int, end: int) -> list[tuple[int, int]]:
    """Split [start, end) at commas and colons that are not inside a catalogued name."""
    cuts = [start]
    for i in range(start, end):
        if doc.masked[i] in ",:" and not any(m.start <= i < m.end for m in doc.mentions):
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
    if share and label and not catalog.find_mentions(label):
        label = _named_label(doc, chunks, end) or label
    return label if len(label) < 160 else ""


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


def _mention_label(doc: _Doc, start: int, end: int) -> str:
    """The nearest catalogued name in [start, end), with a `Tỷ lệ`/`Số`/`Điểm số` lead-in kept."""
    for mention in reversed(doc.mentions):
        if start <= mention.start and mention.end <= end:
            lead_in = re.search(r"(?i:(?:tỷ lệ|tổng số|số lượng|số|điểm số|điểm)\s+)$", doc.masked[start:mention.start])
            begin = mention.start - (len(lead_in.group()) if lead_in else 0)
            return " ".join(doc.text[begin:mention.end].split())
    return ""


def _tail_label(doc: _Doc, figure: _Figure) -> str:
    """Words after a count (`1.148 hồ sơ trễ hạn`): the unit and what qualifies it, up to a break."""
    end = doc.clause_end(figure.raw_unit_end)
    unit_words = doc.masked[figure.end:figure.raw_unit_end]
    rest = doc.masked[figure.raw_unit_end:end]
    if not unit_words.strip() and re.match(r"\s*(?:trong |trên )?tổng số", rest):
        return ""
    stop = re.search(
        r"[,()]|\s(?:đạt|chiếm|là|với|so với)\s+[+-]?\d|\s(?:trong|trên) tổng số|\sso với"
        r"|\s(?:và|hoặc)\s(?=[^,;()\d]{0,30}\d)", rest)
    if stop:
        rest = rest[: stop.start()]
    return " ".join((unit_words + rest).split()).strip(" ,:;-")


def _mark_roles(doc: _Doc, figures: list[_Figure]) -> None:
    """Brackets, previous values (`so với ngày 31/7/2023 (15,1 điểm)`, `từ vị trí 17/63 lên`) and footnote targets."""
    for figure in figures:
        clause = doc.clause_start(figure.start)
        figure.paren = doc.open_paren(figure.start, clause)
        if _is_footnote_line(doc, figure.start):
            figure.kind = "target"
            continue
        if figure.paren is not None and figure.kind in ("value", "count", "rank"):
            window = doc.masked[max(clause, figure.paren - 60):figure.paren].lower()
            if "so với" in window or _earlier_in_brackets(doc, figure):
                figure.kind = "previous"
            elif (re.search(r"chỉ tiêu[^(),;:\d]{0,60}$", window)
                  and not doc.masked[figure.paren + 1:figure.start].strip()):
                figure.kind = "target"
        if figure.kind == "value" and _directive_deadline(doc, figure) is not None:
            figure.kind = "target"
        if _FROM.search(doc.masked[max(0, figure.start - 30):figure.start]) and re.search(
            r"(?i:(?<!trở )\b(?:lên|xuống)\b)", doc.masked[figure.end:doc.clause_end(figure.end)]
        ):
            figure.kind = "previous"


_EARLIER_LEAD = re.compile(
    r"^\s*(?P<when>(?i:tháng|quý|năm)\s+[\dIVX]+(?:\s*/\s*\d{4})?|\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}"
    r"|(?i:cùng kỳ)(?:\s+năm)?(?:\s+(?:trước|\d{4}))?|(?i:(?:tháng|quý|năm|kỳ)\s+(?:trước|liền kề)))"
    r"\s*(?i:là|đạt|:)\s*$"
)


def _earlier_in_brackets(doc: _Doc, figure: _Figure) -> str | None:
    """`chiếm 68,95% (tháng 10/2024 là 66,12%)`: the bracket opens with another period and the value it had;
    returns that period's words (dated against the part's period end later)."""
    if figure.paren is None:
        return None
    lead = _EARLIER_LEAD.match(doc.masked[figure.paren + 1:figure.start])
    return lead.group("when") if lead else None


_DEADLINE = re.compile(
    r"(?i:trước ngày|đến ngày|trong)\s+(\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}|quý\s+[IV]+\s*/\s*\d{4}|năm\s+\d{4})"
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
        # a bare `năm 2025` dates nothing; `vào cuối năm 2025`, `đến hết năm 2025` set the year's end
        if (found.precision != "year" or re.search(r"(?i:hết|cuối)[\s*]*$", lead)) and _DUE.search(lead):
            return last_day(found.iso)
    # ... or before it (`phấn đấu đến hết quý II/2025 tỷ lệ ... đạt tối thiểu 60%`)
    before = doc.masked[doc.clause_start(figure.start):figure.start]
    for found in reversed(find_dates(before)):
        if found.precision != "year" and _DUE_BEFORE.search(before[: found.start]):
            return last_day(found.iso)
    return _directive_deadline(doc, figure, require_verb=False)


_DUE_BEFORE = re.compile(r"(?i:đến(?: hết)?|trước|chậm nhất)\s*(?:ngày\s*)?$")


def _directive_deadline(doc: _Doc, figure: _Figure, require_verb: bool = True) -> str | None:
    """`hoàn thành ... 100% ... trước ngày 31/12/2024`: a goal with a due date, returned in ISO."""
    clause = doc.clause_start(figure.start)
    if require_verb and not re.search(r"(?i:hoàn thành|phấn đấu|bảo đảm|đảm bảo)", doc.masked[clause:figure.start]):
        return None
    after = _DEADLINE.search(doc.masked[figure.end:doc.clause_end(figure.end)])
    if not after:
        return None
    phrase = " ".join(after.group(1).split())
    quarter = re.match(r"(?i:quý)\s+([IV]+)\s*/\s*(\d{4})", phrase)
    if quarter:
        return _month_end(_QUARTER_END.get(quarter.group(1).upper(), 12), int(quarter.group(2)))
    return parse_date_phrase(phrase, None)


def _assign_labels(doc: _Doc, figures: list[_Figure]) -> None:
    previous: _Figure | None = None
    last_coded: _Figure | None = None
    for figure in figures:
        clause = doc.clause_start(figure.start)
        same_clause = previous is not None and previous.end > clause
        paren = figure.paren
        if figure.kind == "target" and _is_footnote_line(doc, figure.start):
            figure.label = _footnote_label(doc, figure)
            continue
        governing = _governing(doc, figures, figure)
        if figure.kind in ("previous", "change") and governing is not None:
            figure.label = governing.label
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
        tail = _tail_label(doc, figure)
        lead_text = doc.masked[lead_start:figure.start].lower()
        if figure.unit in _ORG_UNITS and figure.kind == "count" and tail:
            label = tail
        elif (same_clause and previous.kind == "count" and figure.unit == "%" and previous.unit != "%"
              and label.lower() in _GENERIC and "tỷ lệ" in lead_text):
            whole = _whole_before_parts(doc, figures, figure, previous)
            label = f"tỷ lệ {whole.label}" if whole is previous else ""
        elif (same_clause and label and previous.unit == figure.unit and not catalog.find_mentions(label)
              and catalog.find_mentions(previous.label)):
            label = previous.label
        elif label.lower() in _GENERIC:
            label = _fallback_label(doc, figure, previous if same_clause else None, label, tail)
            if not label and last_coded is not None and _same_section(doc, last_coded.start, figure.start):
                label = last_coded.label
        label = _breakdown_label(doc, figures, figure, label)
        figure.share_of = _share_of(doc, figures, figure)
        if not label and figure.unit == "%" and same_clause and previous.kind == "count":
            whole = _whole_before_parts(doc, figures, figure, previous)
            figure.share_of = figures.index(whole) if whole is not previous else figure.share_of
        figure.label = label
        figure.rank_of = None
        if figure.unit == "hạng" and same_clause and previous.unit == "điểm":
            prior = catalog.code_for(previous.label, previous.max_value, previous.unit)
            figure.rank_of = prior if prior and not prior.startswith("766.") else None
        figure.code_hint = None
        if (last_coded is not None and figure.unit == "%" and figure.kind == "value" and label
                and not catalog.find_mentions(label) and not re.search(r"(?i:đơn vị|địa phương)", label)
                and _same_section(doc, last_coded.start, figure.start)):
            figure.code_hint = last_coded.label
        previous = figure
        if catalog.find_mentions(label) and figure.unit == "%":
            last_coded = figure


def _noun_first_label(doc: _Doc, figure: _Figure, label: str) -> str:
    """`toàn trình 746 thủ tục`, `trực tuyến 27.108 hồ sơ`, `đã xử lý 35 PAKN`: a count's qualifier written
    before it names, with the count's noun put first, a catalogued indicator (`thủ tục toàn trình`,
    `hồ sơ trực tuyến`, `PAKN đã xử lý`) where the qualifier alone names none."""
    noun = " ".join(doc.text[figure.end:figure.raw_unit_end].split())
    if figure.kind != "count" or not noun or not label.strip() or catalog.find_mentions(label):
        return label
    named = f"{noun} {label}"
    mentions = catalog.find_mentions(named)
    return named if mentions and mentions[0].start == 0 else label


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
    """Index of the count a bracketed share right after it belongs to (`đã trả lời 52 PAKN (đạt 91,23%)`)."""
    if figure.unit != "%" or figure.paren is None or figure.kind not in ("value", "previous"):
        return None
    index = figures.index(figure)
    previous = figures[index - 1] if index else None
    if previous is None or previous.kind != "count" or previous.end > figure.paren:
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
    """The figure a change or previous value belongs to: the last value of the same unit on its line."""
    line_start, _ = doc.line_bounds(figure.start)
    found = None
    for other in figures:
        if other.start >= figure.start:
            break
        if other.start >= line_start and other.kind in ("value", "rank") and other.unit == figure.unit:
            found = other
    return found


def _same_section(doc: _Doc, first: int, second: int) -> bool:
    for line_start in _line_starts_before(doc, second):
        if line_start <= first:
            return True
        line = doc.masked[line_start:doc.masked.find("\n", line_start)]
        if _TOP_HEADING.match(line):
            return False
    return True


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
    line_start, _ = doc.line_bounds(figure.start)
    return _mention_label(doc, line_start, figure.start) or lead


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


_LEGEND = re.compile(
    r"(?m)^[ \t]*\(?[ \t]*(?i:thứ tự|theo thứ tự|lần lượt(?: là)?)[ \t]*:[ \t]*(?P<items>[^()\n]+)\)?[ \t]*$"
)


def _legend_code(doc: _Doc, figure: _Figure) -> str | None:
    """`(Thứ tự: số hồ sơ tiếp nhận; tỷ lệ nộp trực tuyến; tỷ lệ số hóa hồ sơ)` over list lines `- X: a; b; c`:
    the n-th clause of each line is the n-th named indicator."""
    line_start, line_end = doc.line_bounds(figure.start)
    if not re.match(r"[ \t]*[-+•*]", doc.masked[line_start:line_end]):
        return None
    legend = None
    for match in _LEGEND.finditer(doc.masked, 0, line_start):
        between = doc.masked[match.end():line_start].strip("\n").split("\n")
        if all(re.match(r"[ \t]*[-+•*]", line) for line in between if line.strip()):
            legend = match
    if legend is None:
        return None
    items = [item.strip() for item in legend["items"].split(";")]
    body = doc.masked[line_start:figure.start]
    index = body[body.find(":") + 1:].count(";") if ":" in body else body.count(";")
    if index >= len(items):
        return None
    return catalog.code_for(items[index], figure.max_value, figure.unit)


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


def _sentence_start(doc: _Doc, pos: int) -> int:
    line_start, _ = doc.line_bounds(pos)
    stop = max((m.end() for m in re.finditer(r"\.\s", doc.masked[line_start:pos])), default=0)
    return line_start + stop


def _subject_after(doc: _Doc, figure: _Figure) -> SubjectMention | None:
    end = doc.clause_end(figure.end)
    nxt = _FIGURE.search(doc.masked, figure.end, end)
    stop = nxt.start() if nxt else end
    for mention in doc.subjects:
        if figure.end <= mention.start and mention.end <= stop:
            return mention
    return None


def _is_footnote_line(doc: _Doc, pos: int) -> bool:
    line_start, _ = doc.line_bounds(pos)
    return doc.text[line_start:line_start + 3].lstrip()[:1] in _SUPERSCRIPT and bool(
        doc.text[line_start:line_start + 3].strip()
    )


def _default_year(part: DocumentMeta) -> int | None:
    for value in (part.period_end, part.issued_date):
        if value and value[:4].isdigit():
            return int(value[:4])
    return None


def _assign_dates(doc: _Doc, figures: list[_Figure], parts: list[DocumentMeta]) -> None:
    by_clause: dict[int, _Figure] = {}
    previous: _Figure | None = None
    for figure in figures:
        part = parts[_part_index(parts, figure.start)] if parts else DocumentMeta()
        year = _default_year(part)
        figure.as_of = part.period_end
        clause = doc.clause_start(figure.start)
        if figure.kind == "previous":
            figure.as_of = None
            if figure.paren is not None:
                so_voi = _SO_VOI.search(doc.masked[max(clause, figure.paren - 60):figure.paren])
                earlier = _earlier_in_brackets(doc, figure)
                phrase = earlier or (so_voi.group(0) if so_voi else None)
                figure.as_of = _compared_date(phrase, year, part.period_end) if phrase else None
                if earlier and (figure.as_of is None or not part.period_end or figure.as_of >= part.period_end):
                    figure.kind, figure.as_of = "value", part.period_end  # the same period, or a later one
            governing = _governing(doc, [f for f in by_clause.values()], figure)
            if governing and governing.unit == figure.unit and figure.max_value is None:
                figure.max_value = governing.max_value
        until = re.match(r"\s*\(\s*(?i:tính đến|đến)\s+(?:ngày\s+)?([^)]*)\)", doc.masked[figure.end:figure.end + 40])
        if until:
            figure.as_of = parse_date_phrase(until.group(1), year) or figure.as_of
        if figure.kind == "target":
            figure.as_of = _target_date(doc, figure, year) or _due_date(doc, figure) or figure.as_of
        stated_year = re.search(r"(?<!đầu )(?<!cuối )(?i:năm)\s+(\d{4})", figure.label) or _year_of_results(
            doc, figure.start)
        if stated_year and year and int(stated_year.group(1)) < year and figure.kind in ("value", "rank"):
            figure.as_of = _iso(31, 12, int(stated_year.group(1)))
        if figure.rank_of and previous is not None:
            figure.as_of = previous.as_of
        if figure.kind in ("value", "rank"):
            by_clause[figure.start] = figure
        previous = figure


_RESULTS_YEAR = re.compile(
    r"^[ \t#*]*(?:\d{1,2}|[IVX]+)\.\s+[*\s]*(?i:kết quả(?: thực hiện)?(?: năm)?)\s+(?:năm\s+)?(\d{4})\b"
)
_SENTENCE_YEAR = re.compile(r"^[\s*]*(?i:(?:trong\s+)?năm)\s+(\d{4})\s*,")


def _year_of_results(doc: _Doc, pos: int) -> re.Match | None:
    """`1. Kết quả năm 2024` above, or a sentence opening `Năm 2024, ...`: the year the figure is a result of
    (a plan for 2025 states 2024's results)."""
    return _SENTENCE_YEAR.match(doc.masked[_sentence_start(doc, pos):pos]) or _RESULTS_YEAR.match(
        _heading_before(doc, pos))


_RELATIVE = re.compile(r"(?i:(tháng|quý|năm|kỳ) (?:trước|liền kề|báo cáo trước)|cùng kỳ(?: năm)?(?: trước| (\d{4}))?)")


def _compared_date(phrase: str, year: int | None, period_end: str | None) -> str | None:
    """The date a `so với ...` phrase compares with: written (`ngày 31/7/2023`, `quý II/2024`) or relative
    to the period (`tháng trước`, `quý trước`, `cùng kỳ năm trước`, `cùng kỳ năm 2023`)."""
    relative = _RELATIVE.search(phrase)
    if relative and period_end and len(period_end) == 10:
        end_year, end_month = int(period_end[:4]), int(period_end[5:7])
        unit = (relative.group(1) or "").lower()
        if unit == "tháng":
            return _month_end(end_month - 1 or 12, end_year - (end_month == 1))
        if unit == "quý":
            month = 3 * ((end_month - 1) // 3)
            return _month_end(month or 12, end_year - (month == 0))
        if unit == "năm":
            return _iso(31, 12, end_year - 1)
        if not unit:
            to_year = int(relative.group(2)) if relative.group(2) else end_year - 1
            return _iso(min(int(period_end[8:]), calendar.monthrange(to_year, end_month)[1]), end_month, to_year)
    return parse_date_phrase(phrase, year)


def _target_date(doc: _Doc, figure: _Figure, year: int | None) -> str | None:
    if not _is_footnote_line(doc, figure.start):
        return None
    line_start, _ = doc.line_bounds(figure.start)
    before = doc.masked[line_start:figure.start]
    found = list(re.finditer(r"(?i:đến (?:hết )?(?:ngày )?)(\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}|năm \d{4})", before))
    return parse_date_phrase(found[-1].group(1), year) if found else None


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
        return _month_end(int(months.group(1)), int(months.group(2) or year))
    month = re.match(r"[Tt]háng (\d{1,2})(?:/(\d{4}))?", phrase)
    if month and year:
        return _month_end(int(month.group(1)), int(month.group(2) or year))
    return fallback


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
        return bool(re.search(r"sở|cấp tỉnh|trung tâm hành chính công tỉnh", words))
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
    figures = _parse_candidates(doc)
    doc.subjects = [
        m for m in doc.subjects if not any(f.end <= m.start and m.end <= f.raw_unit_end for f in figures)
    ]
    _mark_roles(doc, figures)
    _assign_labels(doc, figures)
    _assign_subjects(doc, figures)
    _assign_dates(doc, figures, parts)
    regions = _period_phrases(doc)
    indicators = []
    for figure in figures:
        indicators.append(_to_indicator(doc, figure, parts, regions))
    for figure, indicator in zip(figures, indicators, strict=True):
        if indicator.code is None and figure.share_of is not None:
            indicator.code = catalog.share_code(indicators[figure.share_of].code)
    _national_averages(doc, indicators)
    _attach_targets(doc, indicators)
    return indicators


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
    if figure.kind == "previous" and max_value is None and code and figure.unit == "điểm":
        entry = catalog.entries()[code]
        max_value = entry.max if entry.unit == "điểm" and entry.max else None  # a score is on its index's scale
    subject = figure.subject or _issuing_district(doc, parts, figure.start)
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
        subject=None if subject is None or subject.whole_province else " ".join(subject.text.split()),
        level=None if subject is None else subject.level,
        as_of=as_of,
        stated_status=_stated_status(doc, figure),
        kind=figure.kind,
        source="text",
        part=_part_index(parts, figure.start) if parts else 0,
    )


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


_FILLER_BEFORE_COUNT = re.compile(r"(?i:\s+(?:tổng cộng|tổng số|tất cả|cả|thêm|được|đã))+\s*$")


def _count_phrase_code(doc: _Doc, figure: _Figure, context: str) -> str | None:
    """`đã tiếp nhận 1.208 phản ánh, kiến nghị`, `tiếp nhận tổng cộng 486.213 hồ sơ`: the verb right before
    a count and its noun name a catalogued count of that very unit, whatever the sentence began with."""
    if figure.kind not in ("count", "previous", "target") or figure.unit in ("%", "điểm", "hạng", "ngày"):
        return None
    lead = doc.masked[max(doc.clause_start(figure.start), figure.start - 40):figure.start]
    lead = _FILLER_BEFORE_COUNT.sub("", " " + lead)
    words = re.split(r"[\s,:;()]+", lead.strip())[-3:]
    unit_words = doc.masked[figure.end:figure.raw_unit_end].strip()
    for size in range(len(words), 0, -1):
        lead_words = " ".join(words[-size:])
        # `đã xử lý 35 PAKN` → `PAKN đã xử lý` too, unless the lead already wrote the noun (`Số hồ sơ trực
        # tuyến tiếp nhận là 101.237 hồ sơ` names the online files, not the files received)
        noun_first = [] if unit_words and unit_words.lower() in lead.lower() else [f"{unit_words} {lead_words}"]
        for phrase in (f"{lead_words} {unit_words}", *noun_first):
            code = catalog.code_for(phrase, None, None, context)
            entry = catalog.entries().get(code or "")
            if entry is not None and entry.unit == figure.unit:
                return code
    return None


def _tail_code(doc: _Doc, figure: _Figure, context: str) -> str | None:
    """`còn 2.317 hồ sơ giải quyết quá hạn`, `1.356.920 tài khoản định danh điện tử`: the words after a
    count name it when the words before do not."""
    if figure.unit in ("%", "điểm", "hạng") or figure.kind not in ("count", "previous", "target"):
        return None
    tail = _tail_label(doc, figure)
    return catalog.code_for(tail, None, figure.unit, context) if tail else None


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


def _code_of(doc: _Doc, figure: _Figure, context: str) -> str | None:
    """The catalog code of a figure: from its label, else its unit, its section, or the score it is."""
    if figure.unit in _ORG_UNITS:
        return None
    code = (_legend_code(doc, figure) or _count_phrase_code(doc, figure, context) or _tail_code(doc, figure, context)
            or catalog.code_for(figure.label, figure.max_value, figure.unit, context))
    if code is None and figure.unit not in ("%", "điểm", "hạng"):
        code = catalog.code_for(f"{figure.label} {figure.unit}", figure.max_value, figure.unit, context)
    if code is None:
        code = _tail_code(doc, figure, context)
    if code is None and figure.kind == "count":
        code = _clause_name_code(doc, figure, context)
    code = _count_of_group(figure, code)
    entry = catalog.entries().get(code or "")
    if figure.unit == "%" and entry is not None and entry.share_code and entry.unit not in ("%", None):
        code = entry.share_code  # `đã xử lý xong 209 PAKN, đạt 97,66%`: a share of a count is its rate
    if code is None and figure.code_hint:
        code = catalog.code_for(figure.code_hint, None, figure.unit, context)
    if figure.unit == "hạng" and code in (None, "766.xep_hang"):
        code = figure.rank_of or "766.xep_hang"
    if code is None and figure.unit == "điểm" and (figure.max_value == 100 or not figure.label.strip()):
        code = "766.tong_hop"
    return code


def _heading_before(doc: _Doc, pos: int) -> str:
    """The numbered section heading above `pos` (context for codes that need one), or ''."""
    for line_start in _line_starts_before(doc, pos):
        end = doc.masked.find("\n", line_start)
        line = doc.masked[line_start:end if end != -1 else len(doc.masked)]
        if _TOP_HEADING.match(line):
            return line
    return ""


def _line_starts_before(doc: _Doc, pos: int):
    i = doc.masked.rfind("\n", 0, pos)
    while i != -1:
        yield i + 1
        i = doc.masked.rfind("\n", 0, i)
    yield 0
