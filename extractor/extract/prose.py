"""The document text as the figure pass reads it: a same-length mask, soft line breaks, clauses, headings.

The text is read through a *masked* copy of the same length: markup (`**`, `<b>`), footnote markers
and table regions become spaces, so every offset found in the mask is an offset into the document
text and `text[start:end]` is the figure as written. Numbers that are never figures (document and
decision numbers, dates, years, list numbering, legal references, phone numbers, links) are found
here too, so that the candidate pass can skip them.
"""

from __future__ import annotations

import bisect
import itertools
import re

from ..numbers import join_spaced_thousands, read_confused_digits
from . import catalog
from .subjects import SubjectMention, find_subjects

_MARKUP = re.compile(r"</?(?:b|i|u|em|strong|sup|sub)>|\*+|__|[¹²³⁴⁵⁶⁷⁸⁹⁰]")
_SUPERSCRIPT = "¹²³⁴⁵⁶⁷⁸⁹⁰"
# (`52 .318`: OCR split a thousands dot off; `12\u202f846`: thousands grouped by spaces, `join_spaced_thousands`)
_NUM = r"[+-]?\d+(?:[.,]\d+|[ ]\.\d{3}(?!\d)|\u202f\d{3}(?!\d))*"
_FIGURE = re.compile(
    # (after a slash only when a word ends right before it: `198 hồ sơ quá hạn/2.846 hồ sơ đã giải quyết`)
    # (after a dash only as a range's upper bound: `dao động 2-3 ngày`, `15-20%`)
    r"(?:(?<![\w.,+-])|(?<=\d-)(?=\d+(?:[.,]\d+)?(?:[ \t]*%|[ \t]+[^\W\d])))(?:(?<!/)|(?<=[a-zà-ỹđ]/))"
    r"(?P<num>" + _NUM + r")(?![\w])"
    r"(?:[ \t]*/[ \t]*(?P<den>\d+(?:[.,]\d+|\u202f\d{3}(?!\d))*)(?![\w/]))?(?P<pct>[ \u00a0]?%)?"
)

_DATE = r"\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{2,4}"
_NEVER = [
    r"https?://\S+|www\.\S+|\S+@\S+\.\w+",
    r"\d+\s*/\s*[A-ZĐ][\wĐ&.\-]*(?:\s?[/-]\s?[\wĐ&.\-]+)*",  # 4352/UBND-NC, 2062 /SNV-CCHC, 545/QĐ BGTVT
    r"\d+-[A-ZĐ]+/[A-ZĐ]+",  # 52-NQ/TU
    _DATE,
    r"\d{1,2}-\d{1,2}-\d{4}",
    r"(?i:ngày)\s+\d{1,2}(?:\s*/\s*\d{1,2})?(?:\s*/\s*\d{2,4})?",
    # not the count that follows them: `cấp mới trong quý 1.146 chứng thư`, `trong tháng 1.205 hồ sơ`
    r"(?i:tháng)\s+\d{1,2}(?![.,]\d{3}(?!\d))(?:\s*/\s*\d{4})?(?:\s+năm\s+\d{4})?",
    r"(?i:năm)\s+\d{4}",
    r"(?i:quý)\s+(?:[IVX]+|\d(?![.,]\d{3}(?!\d)))(?:\s*/\s*\d{4})?",
    r"\d{1,2}\s*/\s*(?:19|20)\d{2}(?!\d)",
    r"(?<![\d.,])(?:19|20)\d{2}(?![\d.,%])",
    r"\d+\s+tháng(?:\s+(?:đầu|cuối)\s+năm)?",
    # `08 giờ`, `16 giờ 30 phút`, `16 giờ 30 ngày ...`: a time of day (not the hours of `1,9 giờ`, nor a duration:
    # `bình quân 18 giờ làm việc`, `trong 16 giờ`)
    r"(?<![\d,.])(?<!bình quân )(?<!trung bình )(?<!trong )(?<!tối đa )(?<!không quá )(?<!rút ngắn )"
    r"\d+\s*giờ(?!\s+làm việc)(?:\s*\d{1,2}(?![\d.,%])(?:\s*phút)?)?",
    r"(?:Điều|điều|[Kk]hoản|Chương|Mục|[Pp]hụ lục|Chỉ thị|chỉ thị|Nghị quyết|Quyết định|Nghị định|Thông tư|Công văn"
    r"|Báo cáo|Kế hoạch|Thông báo|Tờ trình|Luật|Biểu|[Bb]iểu mẫu"
    r"|Đề án)(?:\s+số)?\s+[\dIVXLC]+(?:\s?[.,/-]\s?[\dIVXLC]+)*"
    r"(?:\s*(?:,|và)\s*[\dIVX]+(?:\.\d+)+)*",
    r"(?i:(?:chỉ số|bộ chỉ số|theo)\s+)766",
    r"(?<=Thuế cơ sở )\d{1,2}(?!\d)",  # a grassroots tax office's name (`Thuế cơ sở 12 tỉnh Phú Thọ`)
    r"(?i:(?:điện thoại|đt|tel|fax|hotline)\s*:?\s*)[\d .()+-]{6,}",
    r"(?<!\d)0\d{2,3}[.\s]\d{3}[.\s]?\d{3,4}(?!\d)",
    r"(?m)^[ \t#>\-+•–]*(?:(?:[IVXLC]+|\d{1,2}(?:[.,]\d{1,2})*|[a-zđ])[.)](?:\d{1,2}[.)]?)*"
    r"|\d{1,2}(?:\.\d{1,2})+)(?=\s)",
]
_NEVER_RE = [re.compile(p) for p in _NEVER]
_PERIOD_LINE = re.compile(
    r"^\s*(?P<phrase>(?:[Tt]rong )?[Tt]háng \d{1,2}(?:/\d{4})?|(?:\d{1,2}) tháng (?:đầu|cuối) năm(?: \d{4})?"
    r"|[Qq]uý [IVX]+(?:/\d{4})?|[Ll]ũy kế(?: từ đầu năm)?|[Tt]ừ đầu năm(?: đến nay)?)\s*:"
)
# A section's number (`1.`, `II.`) and a part's (`II.`), a resolution's article (`Điều 1. Đánh giá tình hình thực
# hiện kế hoạch năm 2025`) being both
_ARTICLE = r"(?:Điều|ĐIỀU)[ \t]+\d{1,2}"
# (a page break may open the line: `\f4. Kết quả Bộ chỉ số ...` at the top of a PDF's page)
SECTION_NUMBER = r"[ \t#*\f]*(?:" + _ARTICLE + r"|\d{1,2}|[IVX]+)\.\s+"
PART_NUMBER = r"[ \t#*\f]*(?:" + _ARTICLE + r"|[IVX]+)\.\s+"
_TOP_HEADING = re.compile(r"^" + SECTION_NUMBER + r"\S")


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
    broken_mid_clause = _MID_CLAUSE.search(before) is not None and _GOES_ON.match(after) is not None
    return full or (open_sentence and (len(before) >= _LONG_LINE * width or broken_mid_clause))


# A short wrapped line broken mid-clause (`Số hồ sơ nộp trực tuyến là` over `8.652 hồ sơ, chiếm 91,21% ...`): it ends
# in a lower-case word and the next line goes on in lower case or with a figure and its unit.
_MID_CLAUSE = re.compile(r"[a-zđà-ỹ]$")
_GOES_ON = re.compile(r"\s*(?:[a-zđà-ỹ]|\d[\d.,]*(?:%|[ \t]+[a-zđà-ỹ]))")


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


_NUMBER_WORD = (r"(?:không|một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi|trăm|nghìn|ngàn|triệu|tỷ|tỉ"
                r"|lẻ|linh|phẩy)")
# `02 (hai) quyết định`, `97 (chín mươi bảy) TTHC`: a number written again in words in brackets right after it
_NUMBER_IN_WORDS = re.compile(
    r"(?<=\d)[ \t]*\([ \t]*(?i:" + _NUMBER_WORD + r"(?:[ \t,]+" + _NUMBER_WORD + r")*)[ \t]*\)(?![\wÀ-ỹ])"
)


def blank_number_words(masked: str) -> str:
    """`masked` with every bracket that only repeats the number before it in words (`09 (chín) phản ánh`) made
    spaces: same length, so the number is read with the unit written after the bracket."""
    return _NUMBER_IN_WORDS.sub(lambda m: " " * len(m.group()), masked)


def never_figure_spans(masked: str) -> list[tuple[int, int]]:
    """Spans of numbers that are never figures: document numbers, dates, numbering, legal references."""
    spans = []
    for regex in _NEVER_RE:
        spans.extend((m.start(), m.end()) for m in regex.finditer(masked))
    return sorted(spans)


class SpanSet:
    """Character spans that answer "does any of them overlap [start, end)?" by bisection, not by a scan: a long
    document has thousands of never-figure spans and asks once per number."""

    def __init__(self, spans):
        ordered = sorted(spans)
        self.starts = [s for s, _ in ordered]
        self.reach = list(itertools.accumulate((e for _, e in ordered), max))  # furthest end among spans so far

    def overlaps(self, start: int, end: int) -> bool:
        """True if a span starts before `end` and ends after `start`."""
        before = bisect.bisect_left(self.starts, end)
        return before > 0 and self.reach[before - 1] > start

    def covers(self, start: int, end: int) -> bool:
        """True if a span starts at or before `start` and ends at or after `end`."""
        before = bisect.bisect_right(self.starts, start)
        return before > 0 and self.reach[before - 1] >= end


def _covered(spans, start: int, end: int) -> bool:
    if isinstance(spans, SpanSet):
        return spans.overlaps(start, end)
    return any(s < end and start < e for s, e in spans)


# `do Văn phòng UBND tỉnh công bố, Sở đạt 81,07 điểm`: the verb after a body that publishes or scores results.
_PUBLISHED = re.compile(r"\s*(?i:công bố|đánh giá|chấm điểm|xếp hạng|tổng hợp|thẩm định|ban hành)(?![\wÀ-ỹ])"
                        r"(?:\s+(?:kết quả|số liệu|điểm))?\s*[,;.)]")


# `Thông báo số 142/TB-VPUBND ngày 24/6/2025 của `: a cited document's number (masked) and date before its issuer
_CITED_OF = re.compile(r"(?i:quyết định|thông báo|công văn|kế hoạch|báo cáo|văn bản|chỉ thị|nghị quyết|hướng dẫn)"
                       r"\s+(?i:số)\s+[^,;\n]{0,40}?(?:\s+(?i:ngày)\s+[^,;\n]{0,12})?\s+(?i:của)\s*$")


class _Doc:
    """The document text with its mask, clause boundaries and subject mentions."""

    def __init__(self, text: str, skip_spans: list[tuple[int, int]]):
        self.text = text
        self.masked = join_spaced_thousands(read_confused_digits(blank_number_words(join_wrapped_lines(
            text, mask_text(text, skip_spans)))))
        self.skip = SpanSet(skip_spans)
        self.never = SpanSet(never_figure_spans(self.masked))
        self.parts: list = []  # the documents the text holds (DocumentMeta), when the caller knows them
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
        """`theo số liệu của X`, `do X công bố`: the body a figure comes from, not the body it is about."""
        before = self.masked[max(0, mention.start - 40):mention.start]
        if re.search(r"(?i:theo (?:số liệu|dữ liệu|thống kê)(?: của| từ)?)\s*$", before):
            return True
        if _CITED_OF.search(self.masked, max(0, mention.start - 120), mention.start):
            return True  # `Theo Thông báo số 142/TB-VPUBND ngày 24/6/2025 của Văn phòng UBND tỉnh, ... Sở đạt 92,15`
        after = self.masked[mention.end:mention.end + 40]
        return bool(re.search(r"(?i:(?<![\wÀ-ỹ])do)\s*$", before) and _PUBLISHED.match(after))

    def _joins_bodies(self, i: int) -> bool:
        """A `;` inside one subject mention (`Các sở, ban, ngành; UBND các huyện`) ends no clause."""
        return any(m.start < i for m in self.overlapping(getattr(self, "subjects", []), i, i + 1))

    def overlapping(self, mentions: list, start: int, end: int) -> list:
        """The mentions (sorted, non-overlapping: `self.subjects` or `self.mentions`) that overlap [start, end), in
        order, found by bisection over their ends."""
        cache = self.__dict__.setdefault("_ends", {})
        cached = cache.get(id(mentions))
        if cached is None or cached[0] is not mentions:
            cached = cache[id(mentions)] = (mentions, [m.end for m in mentions])
        found = []
        for index in range(bisect.bisect_right(cached[1], start), len(mentions)):
            if mentions[index].start >= end:
                break
            found.append(mentions[index])
        return found

    def inside_a_name(self, i: int) -> bool:
        """True if position `i` lies inside a catalogued indicator's name or a body's name."""
        return bool(self.overlapping(self.mentions, i, i + 1) or self.overlapping(self.subjects, i, i + 1))

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
        """The last subject mention inside [start, end) (only levels and the province with `levels_only`)."""
        found = None
        for mention in self.overlapping(self.subjects, start, end):
            if mention.start >= start and mention.end <= end:
                if levels_only and not (mention.whole_province or "cấp" in mention.text.lower()):
                    continue
                found = mention
        return found


def _same_section(doc: _Doc, first: int, second: int) -> bool:
    for line_start in _line_starts_before(doc, second):
        if line_start <= first:
            return True
        line = doc.masked[line_start:doc.masked.find("\n", line_start)]
        if _TOP_HEADING.match(line):
            return False
    return True


# A list item's bullet opening a line (`- `, `+ `, `• `).
LIST_ITEM = re.compile(r"[ \t]*[-+•*–][ \t]")
_HEADED_ITEM = re.compile(r"[ \t]*[-+•*–][ \t]*[^\d:;\n]{2,120}:[ \t*]*")


def first_in_headed_item(doc: _Doc, pos: int) -> bool:
    """`pos` is the first figure of a list item headed by a name and a colon (`- Sở Xây dựng: 72,46 điểm, ...`)."""
    line_start, _ = doc.line_bounds(pos)
    return bool(_HEADED_ITEM.fullmatch(doc.masked, line_start, pos))


def list_lead(doc: _Doc, pos: int) -> tuple[int, int]:
    """`... tiếp nhận 2.386 hồ sơ. Cụ thể theo lĩnh vực:` over list lines `- Quốc tịch: 87 hồ sơ;`: for a figure in
    a list item, (start, colon) of the last sentence of the line that opens the list when it ends with `:`, else
    (pos, -1)."""
    line_start, _ = doc.line_bounds(pos)
    if not LIST_ITEM.match(doc.masked, line_start):
        return pos, -1
    while line_start > 0:
        above, _ = doc.line_bounds(line_start - 1)
        line = doc.masked[above:line_start - 1]
        if not line.strip():
            return pos, -1
        if not LIST_ITEM.match(line):
            colon = above + len(line.rstrip()) - 1
            if doc.masked[colon] != ":":
                return pos, -1
            return _sentence_start(doc, colon), colon
        line_start = above
    return pos, -1


def _sentence_start(doc: _Doc, pos: int) -> int:
    line_start, _ = doc.line_bounds(pos)
    stop = max((m.end() for m in re.finditer(r"\.\s", doc.masked[line_start:pos])), default=0)
    return line_start + stop


def _is_footnote_line(doc: _Doc, pos: int) -> bool:
    line_start, _ = doc.line_bounds(pos)
    return doc.text[line_start:line_start + 3].lstrip()[:1] in _SUPERSCRIPT and bool(
        doc.text[line_start:line_start + 3].strip()
    )


def _heading_before(doc: _Doc, pos: int) -> str:
    """The numbered section heading above `pos` (context for codes that need one), or ''."""
    for line_start in _line_starts_before(doc, pos):
        end = doc.masked.find("\n", line_start)
        line = doc.masked[line_start:end if end != -1 else len(doc.masked)]
        if _TOP_HEADING.match(line):
            return line
    return ""


_ROMAN_HEADING = re.compile(r"^" + PART_NUMBER + r"\S")


def _enclosing_headings(doc: _Doc, pos: int) -> list[str]:
    """The numbered heading above `pos` and, when that is not one, the Roman-numbered part it sits in (`II. KẾT QUẢ
    ... TẠI SỞ TÀI CHÍNH` over `1. Tiếp nhận, giải quyết hồ sơ`), nearest first."""
    nearest = _heading_before(doc, pos)
    if not nearest or _ROMAN_HEADING.match(nearest):
        return [nearest] if nearest else []
    for line_start in _line_starts_before(doc, pos):
        end = doc.masked.find("\n", line_start)
        line = doc.masked[line_start:end if end != -1 else len(doc.masked)]
        if _ROMAN_HEADING.match(line):
            return [nearest, line]
    return [nearest]


def _line_starts_before(doc: _Doc, pos: int):
    i = doc.masked.rfind("\n", 0, pos)
    while i != -1:
        yield i + 1
        i = doc.masked.rfind("\n", 0, i)
    yield 0
