"""HTML markup read as the text it shows, in a copy of the same length.

A report saved from Word as HTML (or pasted with its markup into a `.txt`) holds its paragraphs in `<p>` and its
tables in `<table><tr><td>`. The extractor reads such a text through `markup_view`: every tag becomes spaces, each
paragraph or row starts a line, and a table's rows become pipe rows (`| STT | Cơ quan | 6.842 |`), so that the
table reader sees a Markdown table. Every character keeps its offset, so a figure's span in the view is its span
in the stored text, which keeps the markup as the file had it.
"""

from __future__ import annotations

import re

_HTML_SIGNS = re.compile(r"<(?:html|body|table|p|div)(?:\s[^<>]*)?>", re.I)
_HIDDEN = re.compile(r"<(head|script|style)\b[^<>]*>.*?</\1\s*>", re.I | re.S)
_TABLE = re.compile(r"<table\b[^<>]*>.*?</table\s*>", re.I | re.S)
_TAG = re.compile(r"</?([a-z][a-z0-9]*)\b[^<>]*>", re.I)
_ENTITY = re.compile(r"&(?:#\d{1,6}|#x[0-9a-f]{1,5}|[a-z]{2,8});", re.I)
_ENTITIES = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'"}
# tags after which the text shown starts a new line
_LINE_TAGS = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "table", "ul", "ol", "hr",
              "blockquote", "title", "body", "html"}


def looks_like_html(text: str) -> bool:
    """Whether `text` is marked up as HTML (a page, a paragraph or a table tag), not only emphasised (`<b>`)."""
    return _HTML_SIGNS.search(text) is not None


def markup_view(text: str) -> str:
    """`text` as an HTML page shows it, with the same length: tags blanked, lines at paragraphs and rows, a table's
    cells as pipe rows. A text that is not HTML comes back unchanged."""
    if not looks_like_html(text):
        return text
    chars = list(text)
    for hidden in _HIDDEN.finditer(text):
        _blank(chars, hidden.start(), hidden.end())
    for table in _TABLE.finditer(text):
        _table_rows(text, chars, table.start(), table.end())
    for tag in _TAG.finditer(text):
        if chars[tag.start()] == "<":  # not yet read as a table's row or cell
            _blank(chars, tag.start(), tag.end())
            if tag.group(1).lower() in _LINE_TAGS:
                chars[tag.start()] = "\n"
    for entity in _ENTITY.finditer(text):
        if chars[entity.start()] == "&":
            shown = _ENTITIES.get(entity.group().lower(), " ")
            _blank(chars, entity.start(), entity.end())
            chars[entity.start()] = shown
    return "".join(chars)


def _blank(chars: list[str], start: int, end: int) -> None:
    """Spaces over chars[start:end], keeping its line breaks."""
    for i in range(start, end):
        if chars[i] not in "\n\f":
            chars[i] = " "


_SPAN = re.compile(r"""\b(?P<kind>rowspan|colspan)\s*=\s*["']?(?P<n>\d{1,2})""", re.I)


def _spans(tag: str) -> tuple[int, int]:
    """(rows, columns) a `<td>`/`<th>` tag spans (`rowspan="2"`, `colspan="3"`), 1 each by default."""
    found = {m["kind"].lower(): max(1, int(m["n"])) for m in _SPAN.finditer(tag)}
    return found.get("rowspan", 1), found.get("colspan", 1)


def _pipes(chars: list[str], start: int, end: int, count: int) -> None:
    """Write up to `count` pipes over the blanked tag at chars[start:end] (never past its end)."""
    written = min(count, end - start)
    chars[start:start + written] = ["|"] * written


def _table_rows(text: str, chars: list[str], start: int, end: int) -> None:
    """One pipe row per `<tr>` inside a table: the row starts a line, each cell opens with `|`, the row ends with
    one; the table's own line breaks become spaces, so a row written over several lines is one line. A cell that
    spans columns (`colspan="3"`) is followed by as many empty cells, and one that spans rows (`rowspan="2"`) leaves
    an empty cell in the rows below, so that every row's cells stand under their header (the pipes are written over
    the blanked tags, within their length)."""
    for i in range(start, end):
        if chars[i] == "\n":
            chars[i] = " "
    open_row = False
    column, extra_after = 0, 0
    below: dict[int, int] = {}  # column → rows still covered by a cell above that spans rows
    for tag in _TAG.finditer(text, start, end):
        name = tag.group(1).lower()
        closing = text[tag.start() + 1] == "/"
        _blank(chars, tag.start(), tag.end())
        if name == "tr" and not closing:
            chars[tag.start()] = "\n"
            open_row, column, extra_after = True, 0, 0
        elif name in ("td", "th") and not closing and open_row:
            covered = _covered_run(below, column)
            rows, columns = _spans(tag.group())
            _pipes(chars, tag.start(), tag.end(), covered + 1)
            column += covered
            for spanned in range(column, column + columns):
                if rows > 1:
                    below[spanned] = rows
            column += columns
            extra_after = columns - 1
        elif name in ("td", "th") and closing and open_row and extra_after:
            _pipes(chars, tag.start(), tag.end(), extra_after)
            extra_after = 0
        elif name == "tr" and closing and open_row:
            trailing = _covered_run(below, column)
            _pipes(chars, tag.start(), tag.end(), trailing + 1)
            _next_row(below)
            open_row = False
        elif name == "table" and closing:
            chars[tag.end() - 1] = "\n"


def _covered_run(below: dict[int, int], column: int) -> int:
    """How many columns from `column` on are covered by cells of the rows above."""
    run = 0
    while below.get(column + run, 0) > 0:
        run += 1
    return run


def _next_row(below: dict[int, int]) -> None:
    """One row fewer for every cell spanning rows."""
    for column in list(below):
        below[column] -= 1
        if below[column] <= 0:
            del below[column]
