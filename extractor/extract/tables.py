"""Tables in a document text, and one `Indicator` per numeric cell.

Three written forms are read: Markdown pipe tables (`| 1 | Công khai minh bạch | 11,1/18 |`),
tab-separated lines (what loaders write for PDF/DOCX/OCR tables, and what some text files hold), and
columns laid out with runs of spaces (text pulled from a PDF with its layout: spaced_columns.py).
A Markdown table that goes on after a page break or blank lines with its header repeated is one table;
a tab-separated table interrupted by a blank line is one table when the next block has the same
columns and does not start with a header.

Header rows are flattened per column: a top cell spanning two sub-columns (`Thống kê ... ngày
31/7/2023` over `Số liệu | Tỷ lệ (%)`) is carried over both, giving `Thống kê ... ngày 31/7/2023, Tỷ lệ
(%)`. Row numbers (`1`, `1,1`, `I`, `a)`) are never figures; neither are dates or document numbers
(a cell holding anything but figures and a few unit words yields nothing).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from ..dates import bare_period_end, find_dates, folded, last_day
from ..gazetteer import exact_province, find_province, is_centrally_run_city
from ..models import DocumentMeta, Indicator, Table, TableSpan
from ..numbers import decimals, parse_number
from ..patterns import read_jsonl
from ..vietnamese import fold, fold_keep_length
from .spaced_columns import align as align_columns
from .spaced_columns import is_leader_header, is_spaced_row, leader_pieces, leader_row
from .spaced_columns import pieces as spaced_pieces
from .subjects import (
    SubjectMention,
    above_province,
    find_subjects,
    names_division,
    national_issuer,
    subject_name,
    village_words,
)
from .table_columns import (
    is_completion_header,
    is_max_header,
    is_plan_header,
    is_unit_header,
    names_only_period,
    plan_period_end,
    running_period_end,
)

# ---------------------------------------------------------------- finding tables

_SEPARATOR = re.compile(r"^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-*:?\s*)*\|?\s*$")
_MARKUP = re.compile(r"</?(?:b|strong|i|em|u|br)\s*/?>|\*\*|__|(?<!\w)\*(?!\s)|(?<=\S)\*(?!\w)", re.I)
_LINE_BREAK = re.compile(r"<br\s*/?>", re.I)
# A row written with bars between its cells only: at least two ` | ` separators, no bar at either end.
_BARE_PIPE_ROW = re.compile(r"^[^|\s][^|]*?(?:\s\|\s[^|]*?){2,}[^|\s]$")
# `4 | Chứng thực | 3.212 | 3.106 | 100 |`: a row of a bordered table whose opening bar was lost (OCR, a cut line)
_OPEN_PIPE_ROW = re.compile(r"^\d{1,3}[ \t]*(?:\|[^|]+){3,}\|$")
_ROW_NUMBER = re.compile(r"^(?:\d+(?:[.,]\d+)*\.?|[IVXLivxl]{1,5}\.?|[a-zđ][)\.]|[-+•–])$")


@dataclass
class _Line:
    start: int
    end: int
    kind: str  # pipe | tab | blank | other


@dataclass
class _Cell:
    text: str  # markup removed, spaces collapsed
    start: int  # span of the cell content in the document text
    end: int


@dataclass
class _Layout:
    header_rows: list[list[_Cell]] = field(default_factory=list)
    body: list[list[_Cell]] = field(default_factory=list)
    body_lines: list[tuple[int, int]] = field(default_factory=list)


def clean_cell(raw: str) -> str:
    """Return a cell's text without HTML/Markdown emphasis and with single spaces."""
    # (a line break inside a cell, `Hồ sơ tiếp nhận<br>(hồ sơ)`, parts its words)
    return " ".join(_MARKUP.sub(lambda m: " " if _LINE_BREAK.fullmatch(m.group()) else "", raw).split())


def _lines(text: str, start: int = 0, end: int | None = None) -> list[_Line]:
    """Lines of text[start:end]; a page break ends a line too (a PDF page may end mid-line)."""
    end = len(text) if end is None else end
    out = []
    for match in re.finditer(r"[^\n\f]*", text[start:end]):
        if match.start() > 0 and match.start() == match.end() and text[start + match.start() - 1] not in "\n\f":
            continue
        s, e = start + match.start(), start + match.end()
        out.append(_Line(s, e, _line_kind(text[s:e])))
    return out


def _line_kind(line: str) -> str:
    stripped = line.strip().strip("\f")
    if not stripped:
        return "blank"
    if stripped.startswith("|") and stripped.count("|") >= 2:
        return "pipe"
    if _BARE_PIPE_ROW.match(stripped) or _OPEN_PIPE_ROW.match(stripped) or (
            "|" in stripped and _SEPARATOR.match(stripped) and "-" in stripped):
        return "pipe"  # `Nhóm chỉ số | Điểm | Xếp hạng`: bars between cells only, no outer bars
    if "\t" in line.strip(" \f") or (line.startswith("\t") and line.strip()):
        return "tab"
    if stripped.count(";") >= 2 and _SEMICOLON_ROW.match(stripped) and len(_FILLED_CELL.findall(stripped)) >= 2:
        return "semi"  # `Xã Bồ Lý;118;117;99,15`: a portal's export, one row per line, cells between semicolons
    if stripped[0] == "+" and _GRID_RULE.match(stripped):
        return "pipe"  # `+-----+------+`, `+=====+`: a grid table's borders (pandoc, reStructuredText)
    if leader_row(line):
        return "leader"  # `Số hồ sơ tiếp nhận (hồ sơ) ........ 6.842`: a two-column table written with dot leaders
    if _SPACED_SECTION_ROW.match(line):
        return "spaced"  # `   I   Cụm trung tâm` (not a dot-leader table's header: it opens on a numeral)
    if is_leader_header(line):
        return "leader_header"
    if is_spaced_row(line) or _RULE_LINE.match(line):
        return "spaced"  # `   1    Thành phố Trà Vinh        3.482      81,36`: columns kept by runs of spaces
    return "other"


_ROW_KINDS = ("pipe", "tab", "semi", "spaced", "leader", "leader_header")
# cells between semicolons with no space beside one (a sentence's `; ` is prose): at least three cells, two filled; a
# spreadsheet's merged or blank cells are empty (`STT;Đơn vị;Số hồ sơ;Tỷ lệ (%);;`, `;;;Nộp trực tuyến;Đúng hạn`)
_SEMICOLON_ROW = re.compile(r"^(?:[^;\s](?:[^;]*[^;\s])?)?(?:;(?:[^;\s](?:[^;]*[^;\s])?)?){2,}$")
_FILLED_CELL = re.compile(r"(?:^|;)[^;]")
_GRID_RULE = re.compile(r"^\+(?:[-=:]{2,}\+)+$")
_GRID_HEADER_RULE = re.compile(r"^\s*\+(?:=+\+)+\s*$")  # `+====+====+`: the end of a grid table's header
_BRACKETED_FALL = re.compile(r"\(\s*\d[\d.,]*\s*\)")
# `   I   Cụm trung tâm`: a section row of a table laid out with spaces, its numeral and name only (no figure)
_SPACED_SECTION_ROW = re.compile(r"^[ \t]+[IVXL]{1,5}[ \t]{2,}[^\s\d][^\d\t]*$")
# `  -----------------`: a rule under a space-aligned table's header (read as its separator)
_RULE_LINE = re.compile(r"^[ \t]*[-=_]{10,}[ \t]*$")


def _aligned(rows: list[tuple[_Line, list[_Cell]]]) -> list[tuple[_Line, list[_Cell]]]:
    """The rows of a table laid out with spaces, each piece put in its column (spaced_columns.align), by the fullest
    row holding a figure; a column a row leaves empty is an empty cell, two pieces in one column one cell."""
    spans = [[(cell.start - line.start, cell.end - line.start) for cell in cells] for line, cells in rows]
    figured = [j for j, (_, cells) in enumerate(rows) if _figure_cells(cells)] or list(range(len(rows)))
    template = spans[max(figured, key=lambda j: (len(spans[j]), -j))]
    out = []
    for (line, cells), slots in zip(rows, align_columns(spans, template), strict=True):
        row = []
        for slot in slots:
            if not slot:
                row.append(_Cell("", line.start, line.start))
                continue
            first, last = cells[slot[0]], cells[slot[-1]]
            row.append(_Cell(" ".join(cells[k].text for k in slot), first.start, last.end))
        out.append((line, row))
    return out


def _split_cells(text: str, line: _Line) -> list[_Cell]:
    """The cells of a row line (`line.kind` as `_lines` read it)."""
    raw = text[line.start : line.end]
    kind = line.kind
    cells: list[_Cell] = []
    if _is_grid_rule(raw):
        return cells
    if kind == "pipe" and not raw.strip(" \f\r\t").startswith("|"):
        end = len(raw.rstrip(" \f\r"))
        pieces = _spans(raw, "|", 0, end - 1 if raw[:end].endswith("|") else end)  # (a lost opening bar)
    elif kind == "pipe":
        first = raw.index("|")
        last = raw.rstrip(" \f\r").rindex("|")
        pieces = _spans(raw, "|", first + 1, last)
    elif kind == "spaced":
        pieces = spaced_pieces(raw)
    elif kind in ("leader", "leader_header"):
        pieces = leader_pieces(raw)
    elif kind == "semi":
        pieces = _spans(raw, ";", 0, len(raw.rstrip(" \f\r")))
    else:
        pieces = _spans(raw, "\t", 0, len(raw.rstrip("\r")))
    for s, e in pieces:
        piece = raw[s:e]
        lead = len(piece) - len(piece.lstrip(" \f\r"))
        trail = len(piece) - len(piece.rstrip(" \f\r"))
        cells.append(_Cell(clean_cell(piece), line.start + s + lead, line.start + e - trail))
    return cells


def _is_grid_rule(raw: str) -> bool:
    return bool(_GRID_RULE.match(raw.strip(" \f\r\t")))


def _grid_rows(text: str, rows: list[tuple[_Line, list[_Cell]]]) -> list[tuple[_Line, list[_Cell]]]:
    """A grid table's rows: the lines between two borders are one row (a cell wraps its words over them), each
    column's pieces joined; the `+====+` border under the header is kept as an empty row marking its end."""
    out: list[tuple[_Line, list[_Cell]]] = []
    group: list[tuple[_Line, list[_Cell]]] = []
    for line, cells in rows + [(_Line(len(text), len(text), "pipe"), [])]:
        raw = text[line.start : line.end]
        if not (_is_grid_rule(raw) or line.start == len(text)):
            group.append((line, cells))
            continue
        if group:
            out.append(_merged_row(group))
        group = []
        if _GRID_HEADER_RULE.match(raw):
            out.append((line, []))
    return out


def _merged_row(group: list[tuple[_Line, list[_Cell]]]) -> tuple[_Line, list[_Cell]]:
    """Lines of one grid row as one row: a column's non-empty pieces joined by spaces, spanning the first to the
    last of them."""
    merged = []
    for j in range(max(len(cells) for _, cells in group)):
        pieces = [cells[j] for _, cells in group if j < len(cells) and cells[j].text]
        if not pieces:
            first = next(cells[j] for _, cells in group if j < len(cells))
            merged.append(_Cell("", first.start, first.start))
            continue
        merged.append(_Cell(" ".join(p.text for p in pieces), pieces[0].start, pieces[-1].end))
    return _Line(group[0][0].start, group[-1][0].end, "pipe"), merged


def _spans(raw: str, sep: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, cursor = [], start
    while True:
        index = raw.find(sep, cursor, end)
        if index < 0:
            spans.append((cursor, end))
            return spans
        spans.append((cursor, index))
        cursor = index + 1


def _texts(row: list[_Cell]) -> list[str]:
    return [cell.text for cell in row]


def _key(row: list[_Cell]) -> tuple[str, ...]:
    texts = [fold(t) for t in _texts(row)]
    while texts and not texts[-1]:
        texts.pop()
    return tuple(texts)


def _is_header_like(row: list[_Cell]) -> bool:
    """A row with text but no figure and no row number in its first cell."""
    texts = _texts(row)
    if not any(texts) or (texts[0] and _ROW_NUMBER.match(texts[0])):
        return False
    return not any(cell_figures(t) for t in texts)


def _figure_cells(row: list[_Cell]) -> int:
    return sum(1 for cell in row if cell.text and cell_figures(cell.text))


def _heads_body(row: list[_Cell], following: list[tuple[_Line, list[_Cell]]]) -> bool:
    """A first row whose cells are mostly names over a row of figures: a header that holds a number
    (`STT | Đơn vị | Điểm 766 | Xếp hạng`), not a body row."""
    texts = [t for t in _texts(row) if t]
    if not texts or _ROW_NUMBER.match(_texts(row)[0] or "-"):
        return False
    if _STT_HEADER.match(fold(texts[0]).strip(" .")):
        return True
    figures = _figure_cells(row)
    return bool(following) and 2 * figures < len(texts) and _figure_cells(following[0][1]) > figures


def _is_subheader(row: list[_Cell]) -> bool:
    texts = _texts(row)
    return bool(texts) and not texts[0] and any(texts) and _is_header_like(row)


def _heads_under_a_spaced_header(line: _Line, row: list[_Cell], above: list[_Cell]) -> bool:
    """`STT   Đơn vị   (hồ sơ)   (%)` under `Tiếp nhận   Trực tuyến` in a table laid out with spaces: a header line
    naming the first columns the line above left empty goes on with the header."""
    return line.kind == "spaced" and bool(above) and not above[0].text and bool(row[0].text) and _is_header_like(row)


def _layout(text: str, start: int, end: int) -> _Layout:
    """Split a table region into header rows and body rows (repeated headers dropped)."""
    layout = _Layout()
    rows = [(line, _split_cells(text, line)) for line in _lines(text, start, end) if line.kind in _ROW_KINDS]
    if rows and rows[0][0].kind == "spaced":
        rows = _aligned(rows)
    if any(_is_grid_rule(text[line.start : line.end]) for line, _ in rows):
        rows = _grid_rows(text, rows)
    in_header = True
    header_keys: set[tuple[str, ...]] = set()
    body_keys: set[tuple[str, ...]] = set()
    for index, (line, cells) in enumerate(rows):
        raw = text[line.start : line.end]
        if _SEPARATOR.match(raw) or _GRID_HEADER_RULE.match(raw):
            in_header = "after-separator"
            continue
        key = _key(cells)
        if layout.header_rows and key in header_keys:
            continue  # header repeated after a page break
        if _numbers_the_columns(cells):
            continue  # `| A | B | (1) | (2) | (3) = (1) + (2) |`: the columns' numbers, neither header nor figures
        if key in body_keys and index and "\f" in text[rows[index - 1][0].end : line.start + 1]:
            continue  # a row repeated at the top of the next page (a PDF writer's repeated rows)
        if in_header is True and index == 0 and (
            _is_header_like(cells) or _next_is_separator(text, rows, 0) or _heads_body(cells, rows[1:2])
        ):
            layout.header_rows.append(cells)
            header_keys.add(key)
            continue
        if in_header is True and _next_is_separator(text, rows, index):
            layout.header_rows.append(cells)
            header_keys.add(key)
            continue
        if in_header and layout.header_rows and (_is_subheader(cells) or _heads_under_a_spaced_header(
                line, cells, layout.header_rows[-1])):
            layout.header_rows.append(cells)
            header_keys.add(key)
            continue
        if in_header is False and layout.body and _continues_the_label(cells, layout.body[-1]):
            first = layout.body_lines[-1]
            layout.body[-1] = _merged_row([(_Line(*first, line.kind), layout.body[-1]), (line, cells)])[1]
            layout.body_lines[-1] = (first[0], line.end)
            continue
        in_header = False
        body_keys.add(key)
        layout.body.append(cells)
        layout.body_lines.append((line.start, line.end))
    return _without_empty_columns(layout)


def _continues_the_label(cells: list[_Cell], previous: list[_Cell]) -> bool:
    """`| 6 | Ban Quản lý các khu kinh tế và khu | 846 | 96,10 |` over `| | công nghiệp Quảng Nam | | |`: a row whose
    only words go on, in lower case, from the words of the row of figures above it in the same column (a name
    wrapped in a converted Word table) is that row's label continued."""
    filled = [j for j, cell in enumerate(cells) if cell.text]
    if len(cells) != len(previous) or len(filled) != 1:
        return False
    j = filled[0]
    above = previous[j].text
    return (cells[j].text[0].islower() and any(c.isalpha() for c in above)
            and any(_FIGURE.fullmatch(cell.text) for cell in previous))


# a column's number in the row under a form's header: `A`, `(1)`, `(3) = (1) + (2)`, `(4)=(1)/(3)`, `5 = 3 - 4`
_COLUMN_NUMBER = re.compile(r"^(?:[A-Z]|\(?\d{1,2}\)?(?:\s*=\s*[()\d\s+\-*/x:]+)?)$")


def _numbers_the_columns(row: list[_Cell]) -> bool:
    """A row of column numbers (`| A | B | (1) | (2) | (3) = (1) + (2) |`): every cell one, at least a letter or a
    bracketed number among them (a row of small bare numbers may be figures)."""
    texts = [t for t in _texts(row) if t]
    return len(texts) >= 3 and all(_COLUMN_NUMBER.match(t) for t in texts) and any(
        re.fullmatch(r"[A-Z]|\(\d{1,2}\)", t) for t in texts)


def _without_empty_columns(layout: _Layout) -> _Layout:
    """Drop columns empty in every header and body row (a PDF's merged-cell artefacts, `|--|` gaps)."""
    rows = layout.header_rows + layout.body
    n_cols = max((len(row) for row in rows), default=0)
    keep = [j for j in range(n_cols) if any(j < len(row) and row[j].text for row in rows)]
    if len(keep) == n_cols:
        return layout
    layout.header_rows = [[row[j] for j in keep if j < len(row)] for row in layout.header_rows]
    layout.body = [[row[j] for j in keep if j < len(row)] for row in layout.body]
    return layout


def _next_is_separator(text: str, rows: list, index: int) -> bool:
    if index + 1 >= len(rows):
        return False
    line = rows[index + 1][0]
    return bool(_SEPARATOR.match(text[line.start : line.end]) or _GRID_HEADER_RULE.match(text[line.start : line.end]))


def flatten_header(header_rows: list[list[str]], n_cols: int) -> list[str]:
    """Join stacked header rows per column, carrying a spanning top cell over its sub-columns."""
    grid = [row + [""] * (n_cols - len(row)) for row in header_rows]
    carried_rows = []
    for r, row in enumerate(grid):
        carried = list(row)
        below = grid[r + 1 :]
        for j in range(1, n_cols):
            spans_left = any(lower[j] and lower[j - 1] for lower in below)
            if not carried[j] and carried[j - 1] and spans_left:
                carried[j] = carried[j - 1]
        carried_rows.append(carried)
    return [_joined_header(list(dict.fromkeys(row[j] for row in carried_rows if row[j]))) for j in range(n_cols)]


def _joined_header(parts: list[str]) -> str:
    """A column's stacked header cells as one: `Thống kê ... ngày 31/7/2023, Tỷ lệ (%)`; a cell that only states the
    unit in brackets goes on the one above it (`Tiếp nhận` over `(hồ sơ)`: `Tiếp nhận (hồ sơ)`)."""
    joined = ""
    for part in parts:
        gap = " " if re.fullmatch(r"\([^()]+\)", part) else ", "
        joined = f"{joined}{gap}{part}" if joined else part
    return joined


def _blocks(text: str) -> list[tuple[int, int, str]]:
    """Maximal runs of pipe lines or of tab lines: (start, end, kind)."""
    blocks: list[tuple[int, int, str]] = []
    current: list[_Line] = []
    for line in _lines(text) + [_Line(len(text), len(text), "other")]:
        if current and (line.kind == current[-1].kind or _leads_leaders(current, line)):
            current.append(line)
            continue
        if current and len(current) >= 2 and _whole_block(current):
            blocks.append((current[0].start, current[-1].end, current[-1].kind))
        current = [line] if line.kind in _ROW_KINDS else []
    return blocks


def _leads_leaders(current: list[_Line], line: _Line) -> bool:
    """A dot-leader table's header line (`Chỉ tiêu      Kết quả`) right above its first row."""
    return len(current) == 1 and current[0].kind == "leader_header" and line.kind == "leader"


def _whole_block(lines: list[_Line]) -> bool:
    """Header lines alone are no table; dot leaders make one from two rows."""
    return lines[-1].kind != "leader_header" and (
        lines[-1].kind != "leader" or sum(1 for line in lines if line.kind == "leader") >= 2)


def _first_row(text: str, start: int, end: int) -> list[_Cell]:
    for line in _lines(text, start, end):
        if line.kind in _ROW_KINDS and not (_SEPARATOR.match(text[line.start : line.end])
                                            or _is_grid_rule(text[line.start : line.end])):
            return _split_cells(text, line)
    return []


def _columns(text: str, start: int, end: int) -> int:
    return max(
        (len(_split_cells(text, line)) for line in _lines(text, start, end) if line.kind in _ROW_KINDS),
        default=0,
    )


def _continues(text: str, previous: tuple[int, int, str], block: tuple[int, int, str]) -> bool:
    """Tell whether `block` goes on with the table `previous` (same kind, only blank lines between)."""
    if previous[2] != block[2] or text[previous[1] : block[0]].strip(" \t\n\r\f"):
        return False
    first = _first_row(text, block[0], block[1])
    repeated = _key(first) == _key(_first_row(text, previous[0], previous[1]))
    if repeated:
        return True
    if _columns(text, *block[:2]) != _columns(text, *previous[:2]):
        return False
    has_separator = any(_SEPARATOR.match(text[line.start : line.end]) for line in _lines(text, *block[:2]))
    rows = [(line, _split_cells(text, line)) for line in _lines(text, *block[:2]) if line.kind in _ROW_KINDS]
    return not has_separator and not _is_header_like(first) and not _heads_body(first, rows[1:2])


def find_tables(text: str, table_spans: list[TableSpan]) -> list[Table]:
    """Find Markdown pipe tables, tab-separated tables and tables laid out with runs of spaces in `text`, in order.

    A table continued after a page break, blank lines or a repeated header is stitched into one
    `Table`; `start`/`end` span all of it. Tables inside a loader's `TableSpan` take its source
    (`pdf`, `ocr`, `docx`) and title. `header` holds the flattened column headers; `rows` the body
    rows' cell texts without markup.
    """
    regions: list[list] = []
    for block in _blocks(text):
        if regions and _continues(text, tuple(regions[-1]), block) and not _crosses_span(
            regions[-1][0], block[0], table_spans
        ):
            regions[-1][1] = block[1]
        else:
            regions.append(list(block))
    tables = []
    for start, end, kind in regions:
        layout = _layout(text, start, end)
        if not layout.body or (kind == "spaced" and sum(1 for row in layout.body if _figure_cells(row)) < 2):
            continue  # lines of spaced pieces with fewer than two rows of figures: a letter's layout, no table
        n_cols = max(len(row) for row in layout.header_rows + layout.body)
        span = _span_at(start, table_spans)
        headers = [_texts(r) + [""] * (n_cols - len(r)) for r in layout.header_rows]
        tables.append(
            Table(
                # a space-aligned header wraps its words over lines (`Điểm` over `tối đa`): one name per column
                header=([" ".join(" ".join(row[j] for row in headers).split()) for j in range(n_cols)]
                        if kind == "spaced" else flatten_header([_texts(r) for r in layout.header_rows], n_cols)),
                rows=[_texts(r) + [""] * (n_cols - len(r)) for r in layout.body],
                source=span.source if span else ("markdown" if kind == "pipe" else "tsv"),
                start=start,
                end=end,
                title=(span.title if span and span.title else _title_before(text, start)),
            )
        )
    return tables


def _span_at(offset: int, spans: list[TableSpan]) -> TableSpan | None:
    return next((s for s in spans if s.start <= offset < max(s.end, s.start + 1)), None)


def _crosses_span(start: int, offset: int, spans: list[TableSpan]) -> bool:
    return _span_at(start, spans) is not _span_at(offset, spans)


def _title_before(text: str, start: int) -> str | None:
    for line in reversed(text[max(0, start - 600) : start].splitlines()):
        title = clean_cell(line).strip("#* ")
        if title:
            return title[:200]
    return None


# ---------------------------------------------------------------- figures in cells

_FIGURE = re.compile(
    # `21 486`, `1\u2009238`: thousands set apart by a space or a thin space inside one cell; `1 .214`: OCR split a
    # thousands dot off its number
    r"(?<![\w.,/])(?P<num>[+-]?(?:\d{1,3}(?:[ \u2009\u202f\u00a0]\d{3}(?!\d))+(?:,\d+)?"
    r"|\d+(?:[.,]\d+|[ ]\.\d{3}(?!\d))*))(?:\s*/\s*(?P<max>\d+(?:[.,]\d+)*))?(?P<pct>\s*%)?"
    r"(?![\w/])"
)
# Words a figure cell may hold besides its figures (folded); anything else means a text cell.
_CELL_WORDS = {
    "tang", "giam", "dat", "diem", "xep", "hang", "ho", "so", "tthc", "tinh", "thanh", "pho", "pakn",
    "tai", "khoan", "don", "vi", "ngay", "van", "ban", "thu", "tong",
}
_UNIT_WORDS = [
    ("diem", "điểm"), ("ho so", "hồ sơ"), ("tthc", "TTHC"), ("pakn", "PAKN"), ("tai khoan", "tài khoản"),
    ("don vi", "đơn vị"), ("van ban", "văn bản"), ("ngay", "ngày"),
    # a change of shares in percentage points (`Tăng/giảm so với cùng kỳ (điểm %)`), an average time per file
    # (`Thời gian bình quân (ngày/hồ sơ)`)
    ("diem %", "%"), ("diem phan tram", "%"), ("ngay/ho so", "ngày"), ("ngay/pakn", "ngày"),
]
# `Bản sao điện tử`, `Số bản chứng thực`: copies (never the bare `ban`, which is also `sở, ban, ngành`)
_COUNT_NOUNS = [("tthc", "TTHC"), ("ho so", "hồ sơ"), ("tai khoan", "tài khoản"), ("pakn", "PAKN"),
                ("ban sao", "bản"), ("so ban chung thuc", "bản")]
_UNCHANGED = re.compile(r"^giu nguyen$")


# an event's days (`11-12/3/2025`, `15 - 17/4/2025`): a date, no figure
_DAY_RANGE = re.compile(r"^\s*\d{1,2}\s*[-–]\s*\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*\d{4})?\s*$")


@dataclass
class CellFigure:
    """A figure inside a cell, with offsets relative to the cell text."""

    start: int
    end: int
    value: float
    raw: str
    max_value: float | None = None
    unit: str | None = None  # stated in the cell (`%`, `điểm`, `hồ sơ`...)
    rank: bool = False


def cell_figures(cell: str) -> list[CellFigure]:
    """Return the figures of a cell that holds only figures (and a few unit words), else [].

    `11,1/18` → 11.1 of 18; `Tăng 44.289 hồ sơ` → +44289 hồ sơ; `-0,38`; `Giữ nguyên` → 0;
    `78,49/100 Xếp hạng: 11/63` → 78.49 of 100 and rank 11 of 63. Dates, document numbers and
    prose give nothing.
    """
    key = folded(cell)
    if _UNCHANGED.match(key.strip()):
        return [CellFigure(0, len(cell), 0.0, cell)]
    if find_dates(cell) or _DAY_RANGE.match(key) or not _FIGURE.search(cell):
        return []
    rest = _FIGURE.sub(" ", key)
    # Single stray letters are OCR specks from table rulings (`100% ị`), not words that make a cell prose.
    if any(word not in _CELL_WORDS for word in re.findall(r"[a-z]{2,}", rest)):
        return []
    return [_figure(cell, key, match) for match in _FIGURE.finditer(cell) if _figure(cell, key, match)]


def _figure(cell: str, key: str, match: re.Match) -> CellFigure | None:
    before, after = key[: match.start()].rstrip(" :"), key[match.end() :].lstrip()
    percent = bool(match["pct"])
    value = parse_number(match["num"], percent=percent or "," in match["num"])
    if value is None:
        return None
    if re.search(r"(?:^|\s)giam$", before) and value > 0:
        value = -value
    unit = "%" if percent else next((u for w, u in _UNIT_WORDS if re.match(w + r"\b", after)), None)
    rank = bool(re.search(r"hang$", before))
    max_value = parse_number(match["max"]) if match["max"] else None
    end = match.end("max") if match["max"] else match.end("num")
    if percent:
        end = match.end("pct")
    return CellFigure(match.start(), end, value, cell[match.start() : end].strip(), max_value, unit, rank)


# ---------------------------------------------------------------- indicators from tables

_SUBJECT_HEADER = re.compile(r"\b(?:don vi|co quan|dia phuong|dia ban|ten don vi|ten co quan|chi nhanh|to chuc"
                             r"|tinh, thanh pho|tinh/thanh pho|khoa|khu pho|thon|xom|buon|ap|to dan pho|khom"
                             r"|xa|phuong|thi tran|huyen|quan|thi xa)\b")  # `Xã, thị trấn`: a column of units
_STT_HEADER = re.compile(r"^(?:stt|so tt|tt|so thu tu)$")
# not `Thay đổi hợp đồng (hồ sơ)`: a service (changing a contract), counted
_CHANGE_HEADER = re.compile(
    r"tang\s*\(\+\)|tang.{0,6}giam|chenh lech|bien dong|^thay doi\b(?!\s+(?:hop dong|thong tin))"
)
_RANK_HEADER = re.compile(r"^(?:xep hang|thu hang|vi tri(?: xep hang)?|hang)\b")
_SCORE_HEADER = re.compile(r"^(?:tong )?diem\b|\bdiem so\b")


@dataclass
class _Roles:
    stt: int | None
    subject: int | None
    label: int | None
    change: set[int]
    dates: dict[int, str]  # column → ISO date of the figures in it
    rank: set[int] = field(default_factory=set)  # columns of ranks (`Xếp hạng`)
    unit: str | None = None  # the unit the line introducing the table states (`(đơn vị tính: hồ sơ)`)
    noun: str | None = None  # the one count noun the title or section heading over the table names (`hồ sơ`)
    unit_col: int | None = None  # the column naming each row's unit (`Đơn vị tính`: `hồ sơ`, `%`, `PAKN`)
    max_col: int | None = None  # the column stating each row's maximum score (`Điểm tối đa`)
    plan: dict[int, str | None] = field(default_factory=dict)  # plan columns (`Kế hoạch năm 2025`) → due date
    completion: set[int] = field(default_factory=set)  # shares of the plan done (`Tỷ lệ (%)` beside a plan)
    task: int | None = None  # the column naming each row's task beside a column of bodies (`Nhiệm vụ`)
    due: int | None = None  # the column stating each row's deadline (`Thời hạn`) beside a plan column
    task_due: int | None = None  # the column stating each task's deadline (`Thời gian hoàn thành`), plan or not


def _column_roles(table: Table) -> _Roles:
    n_cols = len(table.header)
    headers = [fold(h) for h in table.header]
    column = [[row[j] if j < len(row) else "" for row in table.rows] for j in range(n_cols)]
    first_is_rank = bool(n_cols) and bool(_RANK_HEADER.match(headers[0].strip()))
    stt = 0 if n_cols and not first_is_rank and (_STT_HEADER.match(headers[0]) or _mostly_row_numbers(column[0])) \
        else None  # a first column headed `Xếp hạng` numbers the rows by rank: its cells are ranks, not STT
    unit_col = next((j for j in range(n_cols) if j != stt and _is_unit_column(headers[j], column[j])), None)
    textual = [j for j in range(n_cols) if j not in (stt, unit_col) and _mostly_text(column[j])]
    subject = next((j for j in textual if _SUBJECT_HEADER.search(headers[j])), None)
    label = subject if subject is not None else (textual[0] if textual else None)
    if subject is not None and _LEAD_BODY_HEADER.search(headers[subject]) and (indicator := next(
            (j for j in textual if j < subject and _INDICATOR_HEADER.match(headers[j].strip())), None)) is not None:
        # `Chỉ tiêu | Kết quả năm 2025 | Chỉ tiêu | Cơ quan chủ trì | Thời hạn`: a plan's indicators, each led by a
        # body; the indicator names the row, the province's, and the lead body only carries it out
        subject, label = None, indicator
    change = {j for j in range(n_cols) if _CHANGE_HEADER.search(headers[j])}
    dates = {}
    for j in range(n_cols):
        found = [m for m in find_dates(table.header[j]) if m.precision in ("day", "month", "quarter")]
        running = running_period_end(table.header[j]) if j not in change else None
        # `Điểm năm 2023 | Điểm năm 2024`: a column of a year, when no shorter period is written
        found = found or ([] if running else [m for m in find_dates(table.header[j]) if m.precision == "year"])
        if found and j not in change:
            dates[j] = last_day(found[-1].iso)
        elif running:
            dates[j] = running  # `6 tháng đầu năm 2024`: the end of those months, not the report's period
    rank = {j for j in range(n_cols) if j not in change and (
        _RANK_HEADER.match(headers[j].strip()) or _RANK_HEADER.match(fold(_sub_header(table.header[j])))
    )}
    figures = [j for j in range(n_cols) if j not in (stt, unit_col, label, subject) and j not in change]
    max_col = next((j for j in figures if is_max_header(_sub_header(headers[j]))), None)
    plan = {j: plan_period_end(table.header[j]) for j in figures if is_plan_header(_sub_header(headers[j]))}
    completion = {j for j in figures if plan and j not in plan and is_completion_header(_sub_header(headers[j]))}
    for j in plan:
        dates.pop(j, None)
    # `Nhiệm vụ | Chỉ tiêu | Đơn vị chủ trì | Thời hạn`: a plan's rows name their task beside the body, with a deadline
    task = next((j for j in textual if j != subject and _TASK_HEADER.match(headers[j].strip())), None)
    due = next((j for j in textual if _DUE_HEADER.match(headers[j].strip())), None)
    return _Roles(stt, subject, label, change, dates, rank, unit_col=unit_col, max_col=max_col, plan=plan,
                  completion=completion, task=task if subject is not None else None, due=due if plan else None,
                  task_due=due if task is not None and subject is not None else None)


_LEAD_BODY_HEADER = re.compile(r"\bchu tri\b")
_INDICATOR_HEADER = re.compile(r"^(?:ten )?chi tieu$")
_TASK_HEADER = re.compile(r"^(?:nhiem vu|noi dung(?: nhiem vu| cong viec)?|cong viec|ten nhiem vu)$")
_DUE_HEADER = re.compile(r"^(?:thoi han|thoi gian hoan thanh|thoi gian thuc hien|han hoan thanh)"
                         r"(?: hoan thanh| dat chi tieu)?$")


def _undated_value_column(table: Table, roles: _Roles) -> bool:
    """Whether a column of figures names no date (its figures are of the report's period) beside dated ones."""
    skipped = {roles.stt, roles.label, roles.subject, roles.unit_col, roles.max_col, *roles.change, *roles.plan}
    return any(j not in skipped and j not in roles.dates and any(
        j < len(row) and cell_figures(row[j]) for row in table.rows) for j in range(len(table.header)))


def _bare_quarter_dates(table: Table, roles: _Roles, period_end: str | None) -> dict[int, str]:
    """`Quý I | Quý II | Quý III | Quý IV | Cả năm` under `Bảng 2. ... theo quý năm 2024` (or `Tháng 1 | Tháng 2 |
    ...`): a quarter's or month's column written without its year is of the year the table's title names, else of
    the report's period."""
    year = _table_year(table, period_end)
    if not year:
        return {}
    dates = {}
    for j, header in enumerate(table.header):
        if j in roles.dates or j in roles.change or j in roles.plan:
            continue
        if end := bare_period_end(fold(_sub_header(header)).strip(), year):
            dates[j] = end  # `Tháng 1 | ... | Tháng 9 | Lũy kế`
    return dates


def _table_year(table: Table, period_end: str | None) -> str:
    """The year a table's title names (its last), else the report period's, else ``."""
    years = [m.iso[:4] for m in find_dates(table.title or "") if m.precision == "year"]
    return years[-1] if years else (period_end or "")[:4]


_LAST_YEAR_COLUMN = re.compile(r"^cung ky(?: nam truoc|(?: nam)? (?P<year>\d{4}))?$")


def _same_period_last_year(table: Table, roles: _Roles, period_end: str | None) -> dict[int, str]:
    """`Năm 2024 | Cùng kỳ năm trước | % so với cùng kỳ`, `Quý I/2025 | Cùng kỳ năm 2024`, `Cùng kỳ 2025`: the column
    of the same period in an earlier year is dated at the report's period end in that year (a year before unless
    named)."""
    if not period_end or len(period_end) != 10:
        return {}
    dates = {}
    for j, header in enumerate(table.header):
        same = _LAST_YEAR_COLUMN.match(fold(_without_bracketed_unit(_sub_header(header))).strip())
        if same and j not in roles.change:
            year = int(same["year"]) if same["year"] else int(period_end[:4]) - 1
            dates[j] = f"{year}{period_end[4:]}" if period_end[4:] != "-02-29" else f"{year}-02-28"
    return dates


def _is_unit_column(header: str, cells: list[str]) -> bool:
    """`Chỉ tiêu | Đơn vị tính | Tháng 5/2025`: a column headed `Đơn vị tính`/`ĐVT`, or one whose every filled cell
    is a unit name (`hồ sơ`, `%`, `PAKN`), states each row's unit; it names no subject."""
    filled = [cell for cell in cells if cell.strip()]
    if not filled:
        return False
    if is_unit_header(header):
        return all(not cell_figures(cell) for cell in filled)
    return all(row_unit(cell) for cell in filled)


def row_unit(cell: str) -> str | None:
    """The unit a `Đơn vị tính` cell names (`hồ sơ`, `%`, `Phản ánh, kiến nghị` → `PAKN`), else None."""
    words = fold(cell).strip(" .()")
    return next((unit for name, unit in _STATED_UNIT_NAMES if words == name), None)


def _sub_header(header: str) -> str:
    """The name a column's own header cell gives it: `Điểm` of `Ngày 30/9/2025, Điểm` (a flattened two-row
    header whose top cell spans two columns), else the whole header."""
    return header.rsplit(", ", 1)[1].strip() if ", " in header else header.strip()


def _mostly_row_numbers(cells: list[str]) -> bool:
    filled = [c for c in cells if c]
    return bool(filled) and sum(1 for c in filled if _ROW_NUMBER.match(c)) >= 0.6 * len(filled)


def _mostly_text(cells: list[str]) -> bool:
    filled = [c for c in cells if c]
    return bool(filled) and sum(1 for c in filled if not cell_figures(c)) > 0.5 * len(filled)


def _count_noun(*texts: str | None) -> str | None:
    for text in texts:
        if not text:
            continue
        key = fold(text)
        hits = [(m.start(), unit) for word, unit in _COUNT_NOUNS for m in [re.search(rf"\b{word}\b", key)] if m]
        if hits:
            return min(hits)[1]
    return None


def _level(subject: str | None) -> str | None:
    if not subject:
        return None
    # `cấp huyện` (a total row of one level), `Toàn xã` (the commune whole, in a commune's table of its hamlets; not
    # `Toàn thành phố`, which may be a centrally-run city)
    key = re.sub(r"^(?:cap |toan (?=xa|phuong|thi tran|huyen|quan|thi xa))", "", fold(subject))
    key = re.sub(r"^(?:tong cong |tong |cong )?khoi ", "", key)  # `Cộng khối sở, ban, ngành`: the block's total
    if key == "tinh":
        return "tỉnh"
    if re.match(r"(?:ubnd |uy ban nhan dan )?(?:cac )?(?:xa|phuong|thi tran)\b", key):
        return "xã"
    if re.match(r"(?:ubnd |uy ban nhan dan )?(?:huyen|thi xa|thanh pho|quan)\b", key):
        return "huyện"
    if re.match(r"(?:cac )?(?:so|ban)\b|(?:thanh tra tinh|van phong|cong an tinh|bhxh tinh)\b", key):
        return "tỉnh"  # `Sở Xây dựng`, `Các sở, ban, ngành còn lại`
    if exact_province(subject):
        return "tỉnh"  # `Hà Nội`, `Hải Phòng` in a table of provinces (`Tỉnh, thành phố`)
    if of_level := re.fullmatch(r"cac (?:co quan|don vi)(?:, don vi)? cap (tinh|huyen|xa)", key):
        return _LEVEL_WORDS[of_level[1]]  # `Các cơ quan cấp tỉnh`: the bodies of one level
    # any other body the subject vocabulary names whole (`BHXH huyện Mỹ Lộc`, `Chi cục Thuế khu vực`): its level
    named = find_subjects(subject)
    whole = len(named) == 1 and named[0].text == " ".join(subject.split()) and not named[0].whole_province
    return named[0].level if whole else None


def _part_index(offset: int, parts: list[DocumentMeta]) -> int:
    for index, part in enumerate(parts):
        if part.start <= offset < (part.end or 10**12):
            return index
    return 0


def _code_for(label: str, max_value: float | None, unit: str | None, context: str | None = None) -> str | None:
    try:
        from . import catalog  # noqa: PLC0415 (written by another helper; may not exist yet)
    except ImportError:
        return None
    code_for = getattr(catalog, "code_for", None)
    if code_for is None:
        return None
    try:
        return code_for(label, max_value=max_value, unit=unit, context=context)
    except Exception:  # the catalog is optional: a failure there never loses a figure
        return None


def table_indicators(text: str, tables: list[Table], parts: list[DocumentMeta]) -> list[Indicator]:
    """Return one Indicator per numeric cell of `tables` (found by `find_tables` in `text`).

    subject: the row's unit for tables with a unit column (`Sở Tư pháp`; `TỔNG` on total rows), else
    None (the whole province). label: `row label — column header` (a lettered row keeps its parent:
    `Tỷ lệ hồ sơ thanh toán trực tuyến / Thanh toán trực tuyến — ...`). as_of: the column header's
    date, else the part's period end (change columns: the latest date of the other columns).
    unit: stated in the cell, else the row's `Đơn vị tính` cell (a table whose rows are indicators), the header
    (`Tỷ lệ (%)` → `%`), the row label, or the difference a change cell matches. A `Điểm tối đa` column gives
    its row's scores their max_value; a `Kế hoạch năm 2025` column holds targets (kind `target`, dated at the
    plan's end) carried by the row's current values (table_columns.py reads these headers). Also fills each
    table's `cell_values`.
    """
    found: list[Indicator] = []
    for index, table in enumerate(tables):
        found.extend(_one_table(text, index, table, parts))
    return found


def _one_table(text: str, table_index: int, table: Table, parts: list[DocumentMeta]) -> list[Indicator]:
    layout = _layout(text, table.start, table.end)
    if (lead := _headers_from_lead(text, table) or _headers_from_legend(text, table)) is not None:
        table = replace(table, header=lead)  # (the stored table keeps its header as written, or none)
    roles = _column_roles(table)
    roles.unit = stated_unit(text, table.start)
    caption_top = _caption_maximum(text, table.start, roles)
    roles.noun = section_count_noun(text, table.start)
    part = _part_index(table.start, parts)
    period_end = (parts[part].period_end or parts[part].issued_date) if parts else None  # no period: its own day
    period_end = _caption_day(text, table.start) or period_end
    roles.dates.update(_bare_quarter_dates(table, roles, period_end))
    roles.dates.update(_same_period_last_year(table, roles, period_end))
    if any(due is None for due in roles.plan.values()) and (due := _caption_plan_end(text, table.start)):
        roles.plan.update({c: due for c, date in roles.plan.items() if date is None})  # `so với kế hoạch cả năm 2024:`
    if _targets_caption(text, table.start):  # `CHỈ TIÊU ... NĂM 2025, ĐỊNH HƯỚNG NĂM 2026` over `Năm 2025 | Năm 2026`
        roles.plan.update({c: date for c, date in roles.dates.items() if c not in roles.change})
    latest = max(roles.dates.values(), default=None) or period_end
    if latest and period_end and period_end > latest and _undated_value_column(table, roles):
        latest = period_end  # `Điểm đạt | Điểm năm 2023 | Tăng (+), giảm (-)`: the change up to this period's column
    out: list[Indicator] = []
    parent = None
    section: tuple[str, str] | None = None
    level_rows = _has_level_rows(table, roles)
    group_levels: set[str | None] = set()  # the levels of the rows since the last section or subtotal row
    sectioned = False  # whether a section row has opened a group of rows
    owned: list = []  # `_issuer_own` masks and joins the whole text: read once per table, when a row first asks

    def issuer_own() -> tuple[str, str | None] | None:
        if not owned:
            owned.append(_issuer_own(text, table, parts))
        return owned[0]

    for r, cells in enumerate(layout.body):
        row = table.rows[r]
        stt = row[roles.stt] if roles.stt is not None else ""
        label_text = row[roles.label] if roles.label is not None else ""
        if not label_text and stt and not _ROW_NUMBER.match(stt):
            label_text = stt  # `Tổng hợp` written in the STT column
        if stt and not re.match(r"^[a-zđ][).]$|^[-+•–]$", stt):
            parent = label_text
        if _ROMAN_ROW.match(stt.strip(" *")) and not any(
                cell.text for c, cell in enumerate(cells) if c not in (roles.stt, roles.label)):
            section = _section_bodies(label_text)  # `| **II** | **UBND các huyện, thị xã, thành phố** | | |`
            group_levels, sectioned = set(), True
        row_label = f"{parent} / {label_text}" if re.match(r"^[a-zđ][).]$|^[-+•–]$", stt) and parent else label_text
        if roles.task is not None and roles.task < len(row) and row[roles.task].strip():
            row_label = row[roles.task]  # the task the body's figure is set for, not the body
        row_due = _row_due(row, roles)
        of_issuer = False  # the row's subject is the issuer's own, for want of a body named
        subject = _subject(row, roles, label_text, level_rows)
        subject, level = _issuer_row(subject, label_text, parts[part] if parts else None)
        subject, level = _province_row(subject, level, parts[part] if parts else None, period_end)
        if whole := _average_above_province(label_text):
            subject, level = whole, None  # `Bình quân vùng Bắc Trung Bộ`, `Bình quân cả nước`: no level
        if subject is None and level is None and section is not None and not find_subjects(label_text):
            subject, level = section  # a row of indicators under a section row naming the bodies they are set for
        elif level is None and section is not None and subject not in (None, "TỔNG"):
            level = section[1]  # `| 5 | Các cơ quan còn lại |` under `| I | CẤP TỈNH |`: of that level
        if level is None and subject is not None and subject != "TỔNG":
            level = _average_row_level(label_text)
        named = _named_row_body(label_text) if roles.subject is None else None
        if named is not None:
            subject, level = label_text, named.level  # `Điểm tiếp nhận xã Đức Xuân (cũ)`: a row naming a unit
        elif roles.subject is None and (whole := _TOTAL_OF_LEVEL.match(fold(label_text))):
            subject, level = f"cấp {_LEVEL_WORDS[whole[1]]}", _LEVEL_WORDS[whole[1]]  # `Cộng cấp xã` under `Phường, xã`
        elif roles.subject is None and _names_village(label_text):
            subject, level = " ".join(label_text.split()), None  # `Thôn Trường Thịnh` in a table with no header
        elif roles.subject is None and (own := issuer_own()) and names_division(label_text, own[0], bare=True):
            subject, level = " ".join(label_text.split()), own[1]  # `Điểm giao dịch Phúc Yên` of the issuing centre
        elif roles.subject is None and not find_subjects(label_text) and (group := _bodies_titled(table)):
            subject, level = group  # rows of kinds of work under `Bảng 1. ... tại UBND các xã, phường`: theirs
        elif roles.subject is None and (own := issuer_own()) and not find_subjects(label_text):
            subject, level = own  # rows of fields (`Lĩnh vực`) in a report on the issuer itself
            of_issuer = True
            if _TOTAL_ROW.match(fold(label_text)) and (heading_level := _level_heading_over(text, table.start)):
                subject, level = heading_level  # `Tổng cộng` of a table of fields under `a) Cấp huyện`
        if subject == "TỔNG" and (whole_level := _title_level(table, roles) or _title_level(
                table, roles, section_heading(text, table.start))):
            subject, level = f"cấp {whole_level}", whole_level
        elif subject == "TỔNG" and (heading_level := _level_heading_over(text, table.start)):
            subject, level = heading_level  # the `Cộng` of a table of wards under `b) Cấp phường`: that level
        elif subject == "TỔNG" and (own := issuer_own()):
            subject, level = own  # the bodies working at the issuer (`các cơ quan ... tại Trung tâm`): it, as a whole
        # `Cộng cụm trung tâm` under the cluster's communes, a bare `Cộng` closing the group a section row opened
        # (`| II | Thị xã Hồng Lĩnh (cũ) |`): their level; the `Tổng cộng` of a table of districts, with no
        # sections: the level as a whole (`cấp huyện`)
        if _SUBTOTAL_ROW.match(fold(label_text)) or (subject == "TỔNG" and group_levels
                                                      and not _WHOLE_IN_TOTAL.search(fold(label_text))):
            if level is None and subject and len(group_levels) == 1:
                level = next(iter(group_levels))
                subject = f"cấp {level}" if subject == "TỔNG" and not sectioned and level else subject
            group_levels = set()
        elif subject and not _ROMAN_ROW.match(stt.strip(" *")):  # (not the group's own section row)
            group_levels.add(level)
        row_date = _row_period_end(label_text, table, period_end)
        ranked = _RANK_ROW.fullmatch(fold(label_text))  # `| Xếp hạng (/34) | 21 | 19 |`: a row of ranks
        line_start, line_end = layout.body_lines[r]
        snippet = text[line_start:line_end].strip("\f\r")
        row_out = []
        for c, cell in enumerate(cells):
            if c in (roles.stt, roles.label, roles.subject, roles.unit_col) or not cell.text:
                continue
            cell_subject, cell_level = _level_column(table.header[c], subject, level)
            if of_issuer and (body := _column_body(table.header[c])):
                cell_subject, cell_level = body  # `Chỉ tiêu | Bệnh viện Đà Nẵng | ...` in a Sở Y tế's report
            for fig in cell_figures(cell.text):
                if fig.value == 0 and fig.raw == cell.text and c not in roles.change and _UNCHANGED.match(
                    folded(cell.text)
                ):
                    continue
                start, end = _locate(text, cell, fig)
                row_out.append(
                    Indicator(
                        label=f"{row_label} — {table.header[c]}" if table.header[c] else row_label,
                        # `(0,32)` in a change column: a fall, written in brackets as accountants do
                        value=-fig.value if c in roles.change and _BRACKETED_FALL.fullmatch(cell.text) else fig.value,
                        raw=text[start:end],
                        start=start,
                        end=end,
                        snippet=snippet,
                        unit=fig.unit,
                        max_value=fig.max_value,
                        subject=subject_name(cell_subject) if cell_subject else cell_subject,
                        level=cell_level,
                        as_of=(latest if c in roles.change else (row_due if c in roles.plan and row_due else None)
                               or roles.plan.get(c) or roles.dates.get(c, row_date or period_end)),
                        kind="change" if c in roles.change else ("rank" if fig.rank or c in roles.rank
                                                                 or ranked else (
                            "target" if c in roles.plan else "value")),
                        source="table",
                        table_index=table_index,
                        row=r,
                        col=c,
                        part=part,
                    )
                )
                if row_out[-1].kind == "rank":
                    row_out[-1].unit = "hạng"
                if ranked and row_out[-1].kind in ("rank", "change"):
                    row_out[-1].unit = "hạng"  # `| Xếp hạng (/34) | 21 | 19 | 16 | +5 |`: places, out of 34
                    if ranked["of"] and row_out[-1].kind == "rank" and row_out[-1].max_value is None:
                        row_out[-1].max_value = float(ranked["of"])
                table.cell_values.setdefault((r, c), fig.value)
        if roles.task is not None and roles.task < len(cells) and (due := _task_due(row, roles)):
            row_out.extend(_task_targets(text, cells[roles.task], due, snippet, (table_index, r, roles.task, part)))
        _row_maximum(row_out, roles, table.header)
        _column_maximum(row_out, table.header, caption_top)
        _label_maximum(row_out, label_text)
        _assign_units(row_out, table, roles, row, label_text, parent, _stated_row_unit(row, roles))
        _row_plan(row_out, roles)
        out.extend(row_out)
    context = " ".join([*table.header, table.title or ""])
    heading = section_heading(text, table.start)
    # (or the section the table sits in: `5. Về Bộ chỉ số phục vụ người dân, doanh nghiệp theo Quyết định số 766`)
    about_index = _about_index(table, parts[part].title if parts else None) or bool(heading and _names_index(heading))
    for indicator in out:
        indicator.code = _cell_code(table, indicator, roles, context, heading, about_index)
    _bare_share_codes(table, out)
    _period_column_codes(table, out)
    _index_total_codes(table, roles, out)
    from .figure_codes import titled_index  # noqa: PLC0415

    if index := titled_index(text):  # a report titled on the PAR INDEX: its table's scores and ranks are of it
        for indicator in out:
            if indicator.code in (_INDEX_TOTAL, _INDEX_RANK) or (indicator.code is None and indicator.unit == "điểm"):
                indicator.code = index
    for indicator in out:
        if indicator.col in roles.completion:
            indicator.code = None  # the share of the plan done: no indicator of its own
    _change_codes(out)
    _rank_change_codes(out)
    _levels_of_the_rest(out)
    return out


# the words naming what a figure counts, after it in a sentence: up to a comma, a bracket or the next clause's word
_NOUN_AFTER = re.compile(r"[ \t]+((?:[^\W\d_]+[ \t]+){0,5}?[^\W\d_]+)"
                         r"(?=[ \t]*(?:[,.;:()]|$)|[ \t]+(?:và|chiếm|đạt|của|trong|với|tại|so)(?![\wÀ-ỹ]))")


def _headers_from_lead(text: str, table: Table) -> list[str] | None:
    """Column names for a table written with no header under a paragraph that states its total row's figures
    (`... với 168 thành viên ... nộp 1.046 hồ sơ trực tuyến ... kích hoạt 412 tài khoản định danh điện tử` over `Cộng |
    168 | 1.046 | 412 | 86,75`): each column matched by its total is named by the words after that figure (the others
    stay unnamed). None when the table has a header, no total row, or fewer than two columns match."""
    if any(table.header):
        return None
    total = next((row for row in table.rows if any(_TOTAL_ROW.match(fold(cell)) for cell in row[:2] if cell)), None)
    if total is None:
        return None
    above = text[:table.start].rstrip()
    lead = above[above.rfind("\n") + 1:]  # the paragraph (one line) right above the table
    headers = [""] * len(table.header)
    for c, cell in enumerate(total[:len(headers)]):
        figures = cell_figures(cell) if cell else []
        if len(figures) != 1 or figures[0].raw != cell.strip():
            continue
        found = list(re.finditer(r"(?<![\d.,/])" + re.escape(cell.strip()) + r"(?![\d/]|[.,]\d)", lead))
        named = _NOUN_AFTER.match(lead, found[0].end()) if len(found) == 1 else None
        if named:
            headers[c] = named.group(1)
    return headers if sum(1 for h in headers if h) >= 2 else None


_CODED_HEADER = re.compile(r"[A-Z]{1,3}\d{1,3}")
_LEGEND_ENTRY = r"(?<![\wÀ-ỹ]){code}[ \t]*[-–:=][ \t]*(?P<name>[^;\n]+)"


def _headers_from_legend(text: str, table: Table) -> list[str] | None:
    """Column names for a table whose header holds codes (`| STT | Đơn vị | C01 | C02 |`, as a portal exports it) that a
    legend right below or above it spells out (`Chú giải mã cột: C01 - Số hồ sơ tiếp nhận (hồ sơ); C02 - Tỷ lệ hồ sơ
    nộp trực tuyến (%)`): each code is named by its legend entry. None when fewer than two codes are spelt out."""
    header = [" ".join(h.split()) for h in table.header]
    codes = [h for h in header if _CODED_HEADER.fullmatch(h)]
    if len(codes) < 2:
        return None
    around = text[table.end:table.end + 1500] + "\n" + text[max(0, table.start - 1000):table.start]
    names = {}
    for code in codes:
        entry = re.search(_LEGEND_ENTRY.format(code=re.escape(code)), around)
        if entry:
            names[code] = entry["name"].strip().rstrip(".").strip()
    return [names.get(h, h) for h in header] if len(names) >= 2 else None


def _cell_code(table: Table, indicator: Indicator, roles: _Roles, context: str, heading: str | None,
               about_index: bool) -> str | None:
    """A cell's catalog code: its row's channel, its sub-column, its label (row and column), its count or share
    column, a bare score of a table on the 766 index, the table's title or the section heading over it."""
    return (_channel_row_code(table, indicator, context)
            or _sub_column_code(table, indicator, context)
            or _code_for(indicator.label, indicator.max_value, indicator.unit, context)
            or _noun_first_label_code(indicator, context)
            or _count_column_code(table, indicator, context)
            or _share_column_code(table, indicator, roles, context)
            or (_INDEX_TOTAL if about_index and _is_bare_score(table, indicator) else None)
            or _title_code(table, indicator, context)
            or _heading_code(heading, table, indicator, context))


def _row_due(row: list[str], roles: _Roles) -> str | None:
    """The end of the period a row's `Thời hạn` cell names (`Trước ngày 31/01/2026`, `Quý II/2026`, `Tháng 9/2026`);
    None for `Thường xuyên` or a recurring day."""
    return _due_in(row, roles.due)


def _due_in(row: list[str], col: int | None) -> str | None:
    """The end of the period the row's cell in column `col` names as a deadline, else None."""
    if col is None or col >= len(row) or re.search(r"(?i:hằng|hàng)", row[col]):
        return None
    found = [m for m in find_dates(row[col]) if m.precision in ("day", "month", "quarter", "year")]
    return last_day(found[-1].iso) if found else None


def _task_due(row: list[str], roles: _Roles) -> str | None:
    """The end of the period a task's `Thời gian hoàn thành` cell names (`Trước ngày 31/3/2025`, `Quý III/2025`)."""
    return _due_in(row, roles.task_due)


# a share written in a task's words (`nâng tỷ lệ TTHC cung cấp trực tuyến toàn trình đạt tối thiểu 65%`)
_TASK_SHARE = re.compile(r"(?<![\d.,/])\d{1,3}(?:,\d{1,2})?[ \t]*%")


def _task_targets(text: str, cell: _Cell, due: str, snippet: str, where: tuple[int, int, int, int]) -> list[Indicator]:
    """`| 3 | Tái cấu trúc quy trình, nâng tỷ lệ ... đạt tối thiểu 65% | Sở Khoa học và Công nghệ | ... | Tháng 5/2025
    |`: each share a plan's task names is a target due when the task is, of the body or level its words name (`của
    cấp xã`), else the province's; the body in charge of the task is no subject. Its label is the clause of the task
    that holds it (`bảo đảm tỷ lệ hồ sơ thanh toán trực tuyến của cấp xã đạt tối thiểu 50%`)."""
    table_index, row, col, part = where
    words = text[cell.start:cell.end]
    out = []
    for found in _TASK_SHARE.finditer(words):
        named = [m for m in find_subjects(words) if not m.whole_province and m.level]
        start, end = cell.start + found.start(), cell.start + found.end()
        opening = max(words.rfind(",", 0, found.start()), words.rfind(";", 0, found.start())) + 1
        closing = min((at for at in (words.find(",", found.end()), words.find(";", found.end())) if at != -1),
                      default=len(words))
        out.append(Indicator(
            label=clean_cell(words[opening:closing]), value=parse_number(found.group().rstrip(" \t%")),
            raw=text[start:end], start=start, end=end, snippet=snippet, unit="%",
            subject=named[0].text if named else None, level=named[0].level if named else None, as_of=due,
            kind="target", source="table", table_index=table_index, row=row, col=col, part=part))
    return out


_ROMAN_ROW = re.compile(r"^[IVX]+\.?$")
_TARGETS_CAPTION = re.compile(r"^(?:phu luc[\s.:\dIVX-]*)?(?:chi tieu|giao chi tieu)\b")


_PLAN_OF_YEAR = re.compile(r"(?i:kế hoạch)[ \t]+(?:(?i:cả)[ \t]+)?(?i:năm)[ \t]+(\d{4})\b")


def _caption_plan_end(text: str, start: int) -> str | None:
    """`Kết quả thực hiện các chỉ tiêu 6 tháng đầu năm 2024 so với kế hoạch cả năm 2024:` over `Kế hoạch | Thực hiện`:
    the year's end the caption names for a plan column naming no period."""
    found = [m for line in lines_above(text, start, 2) for m in _PLAN_OF_YEAR.finditer(line)]
    return f"{found[-1].group(1)}-12-31" if found else None


_AT_DAY = re.compile(r"(?<![a-z])(?:tai|den) (?:ngay|thoi diem)[ \t]+(?:ngay[ \t]+)?$")


def _caption_day(text: str, start: int) -> str | None:
    """`ĐIỂM BỘ CHỈ SỐ CỦA UBND CÁC XÃ, PHƯỜNG, ĐẶC KHU TẠI NGÀY 30/9/2025` over a table (an appendix comparing two
    days): the day its cells stand at; not the day of the report an appendix is attached to (`Kèm theo ... ngày`)."""
    for line in reversed(lines_above(text, start, 4)):
        key = fold(clean_cell(line)).strip(" #*():.")
        days = [m for m in find_dates(key) if m.precision == "day" and _AT_DAY.search(key, 0, m.start)]
        if days and days[-1].end == len(key):  # a caption closed by the day, not a sentence citing one
            return days[-1].iso
    return None


def _targets_caption(text: str, start: int) -> bool:
    """`CHỈ TIÊU CẢI CÁCH TTHC ... NĂM 2025, ĐỊNH HƯỚNG NĂM 2026` among the three lines over a table (a decision's
    appendix of goals): its cells dated by year are targets."""
    return any(_TARGETS_CAPTION.match(fold(clean_cell(line)).strip(" #*")) for line in lines_above(text, start, 3))


def _section_bodies(label: str) -> tuple[str, str] | None:
    """`Các sở, ban, ngành tỉnh`, `UBND các xã, phường, thị trấn`: a section row naming the bodies of one level (the
    bodies as written, and their level); None for the whole province (`Toàn tỉnh`) or a row naming none."""
    name = " ".join(clean_cell(label).strip(" *").split())
    found = find_subjects(name.lower() if name.isupper() else name)  # `CẤP TỈNH`, `KHỐI UBND CẤP HUYỆN`
    if len(found) != 1 or found[0].whole_province or found[0].level is None:
        return None
    return name, found[0].level


def _index_total_codes(table: Table, roles: _Roles, indicators: list[Indicator]) -> None:
    """`Tổng cộng | 100 | 89,19` under the rows of the 766 index's groups (`Công khai, minh bạch | 18 | 17,20`): the
    total self-score, out of 100, is the index's total."""
    if roles.label is None or not any((i.code or "").startswith("766.") for i in indicators):
        return
    for indicator in indicators:
        label = table.rows[indicator.row][roles.label] if indicator.row < len(table.rows) else ""
        if (indicator.code is None and indicator.unit == "điểm" and indicator.max_value == 100
                and _TOTAL_ROW.match(fold(label or ""))):
            indicator.code = _INDEX_TOTAL


def _level_column(header: str, subject: str | None, level: str | None) -> tuple[str | None, str | None]:
    """`Lĩnh vực | Cấp tỉnh | Cấp huyện | Cấp xã | Tổng số`: in a row that names no body (a field, the total), a
    column headed by a level holds that level's figure (`cấp tỉnh`), and one headed by a body that body's (`Huyện Tây
    Giang`: a table with the units as columns); other cells keep the row's subject."""
    if level is not None or (subject is not None and subject != "TỔNG"):
        return subject, level
    words = _without_bracketed_unit(_sub_header(header or "")).strip()
    if not _is_level(words):
        # `Chỉ tiêu | Huyện Nam Trà My | Huyện Tây Giang | Toàn tỉnh`: a column headed by one body is that body's
        return _column_body(header) or (subject, level)
    named = fold(words).split()[1]
    return f"cấp {_LEVEL_WORDS[named]}", _LEVEL_WORDS[named]


def _column_body(header: str) -> tuple[str, str] | None:
    """The one body a column's header names whole (`Huyện Tây Giang`, `Bệnh viện C Đà Nẵng`), with its level."""
    words = _without_bracketed_unit(_sub_header(header or "")).strip()
    bodies = find_subjects(words)
    if len(bodies) == 1 and bodies[0].text == words and bodies[0].level and not bodies[0].whole_province:
        return words, bodies[0].level
    return None


def _levels_of_the_rest(indicators: list[Indicator]) -> None:
    """`Các cơ quan còn lại` among rows of Sở, or their `Bình quân` (`Bình quân khối`): a row naming no level, in a
    table whose named rows are all of one level, is of that level too (the remaining bodies of the same kind, or
    their average)."""
    levels = {i.level for i in indicators if i.subject and i.subject != "TỔNG" and i.level}
    if len(levels) != 1:
        return
    level = levels.pop()
    for indicator in indicators:
        if indicator.level is None and indicator.subject and indicator.subject != "TỔNG" and re.match(
                r"(?i:các |những |(?:bình quân|trung bình)(?: khối| chung)?$)", indicator.subject):
            indicator.level = level  # `Các cơ quan còn lại`, or the `Bình quân (khối)` of a table of districts


_POINTS_LOST = re.compile(r"\b(?:bi tru|tru diem|diem tru|bi mat|mat diem|bi giam)\b")


def _row_maximum(row_out: list[Indicator], roles: _Roles, headers: list[str]) -> None:
    """`Nhóm chỉ số | Điểm tối đa | Tháng 3/2025 | Tháng 4/2025`: the row's maximum is a stated score itself, and
    the maximum of the row's other scores (cells stating no unit or `điểm`; a `%` cell, or one under a header of
    shares `Tỷ lệ đạt (%)`, is no score)."""
    top = next((i for i in row_out if i.col == roles.max_col and i.kind == "value"), None)
    if top is None:
        return
    top.unit = top.unit or "điểm"
    for ind in row_out:
        if ind is top or ind.kind not in ("value", "change") or ind.unit not in (None, "điểm"):
            continue
        if "(%)" in headers[ind.col] or fold(headers[ind.col]).startswith("ty le"):
            continue
        ind.unit = "điểm"
        if _POINTS_LOST.search(fold(headers[ind.col])):
            continue  # `Điểm bị trừ`: the points lost, a score's gap with no maximum of its own
        if ind.kind == "value" and ind.max_value is None and abs(ind.value) <= top.value:
            ind.max_value = top.value


# a column's header stating its scores' maximum: `Điểm thẩm định (tối đa 70)`, `Điểm điều tra (tối đa 30 điểm)`, a
# rating's scale `Điểm bình quân (thang 5)` (golden/blind67.py's 411 reads a header's `(thang điểm 100)` as naming
# the scale only, its cells with no maximum)
_COLUMN_MAXIMUM = re.compile(r"\(\s*(?:toi da|thang)\s+(?P<max>\d+(?:,\d+)?)(?:\s+diem)?\s*\)")
# a rank column's header stating how many are ranked: `Xếp hạng (/96)`
_RANKED_OUT_OF = re.compile(r"\(\s*/\s*(?P<max>\d+)\s*\)")


def _stated_maximum(words: str) -> float | None:
    """The maximum a header or a row label states in brackets (`(tối đa 18)`, `(tối đa 70 điểm)`), else None."""
    found = _COLUMN_MAXIMUM.search(fold(words))
    return parse_number(found["max"]) if found else None


def _column_maximum(row_out: list[Indicator], headers: list[str], caption_top: float | None = None) -> None:
    """`Điểm thẩm định (tối đa 70)`, `Số hóa hồ sơ (22)` (a score group and its maximum): a column's header states the
    maximum of the scores under it; else the table's caption does for all its scores (`Bảng 1. Điểm đánh giá của các
    sở, ngành (điểm tối đa 100)`), whose changes are in points too."""
    for ind in row_out:
        ranked = _RANKED_OUT_OF.search(headers[ind.col]) if ind.unit == "hạng" and ind.max_value is None else None
        if ranked and ind.value <= parse_number(ranked["max"]):
            ind.max_value = parse_number(ranked["max"])  # `Xếp hạng (/96)`: each rank out of the units ranked
        if ind.unit not in (None, "điểm") or ind.kind not in ("value", "change"):
            continue
        top = _stated_maximum(headers[ind.col]) or _group_maximum(headers[ind.col])
        if top is None and (caption_top is None or _not_a_score_column(headers[ind.col])):
            continue
        if ind.kind == "change":
            ind.unit = "điểm" if top is None else ind.unit
        elif ind.max_value is None and abs(ind.value) <= (top or caption_top):
            ind.unit, ind.max_value = "điểm", top or caption_top


# the maximum a table's caption states for all its scores: `(điểm tối đa 100)`, `(tối đa 100 điểm)`, `thang điểm 100`
_CAPTION_MAXIMUM = re.compile(r"\((?:\s*diem)?\s*toi da\s+(?P<max>\d+)(?:\s+diem)?\s*\)[\s:.*_]*$"
                              r"|\(\s*thang diem\s+(?P<scale>\d+)\s*\)[\s:.*_]*$")


def _caption_maximum(text: str, start: int, roles: _Roles) -> float | None:
    """The maximum of all scores the caption right above a table states, closing it (`Bảng 1. Điểm đánh giá của các
    sở, ngành (điểm tối đa 100)`), else None; a table with a column of maxima states its own."""
    if roles.max_col is not None:
        return None
    lines = lines_above(text, start, 1)
    found = _CAPTION_MAXIMUM.search(fold(lines[-1])) if lines else None
    return parse_number(found["max"] or found["scale"]) if found else None


def _not_a_score_column(header: str) -> bool:
    """A column of shares, ranks, grades or counts (`Tỷ lệ (%)`, `Xếp hạng`, `Xếp loại`, `Số hồ sơ`)."""
    key = fold(header)
    return "%" in header or bool(re.search(r"\b(?:ty le|xep hang|xep loai|thu hang|hang|so ho so|so tthc)\b", key))


_BRACKETED_NUMBER = re.compile(r"^(?P<name>[^()]+?)\s*\(\s*(?P<max>\d+)\s*\)\s*$")


def _group_maximum(header: str) -> float | None:
    """`Công khai, minh bạch (18)`, `Tổng điểm (100)`: a catalogued score named with its maximum in brackets."""
    found = _BRACKETED_NUMBER.match(header.strip())
    if found is None:
        return None
    top = float(found["max"])
    if _is_group_score(found["name"], top) or (top == 100 and _BARE_SCORE.match(fold(found["name"]).strip())):
        return top
    return None


def _label_maximum(row_out: list[Indicator], label: str) -> None:
    """`Công khai, minh bạch (tối đa 18) | 16,60 | 16,85 | +0,25` (or a catalogued group with its maximum alone in
    brackets: `Công khai, minh bạch (18)`, `Tổng điểm (100)`): a row's label states the maximum of its scores (its
    change is in points too, with no maximum of its own)."""
    top = _stated_maximum(label) or _group_maximum(label)
    if top is None:
        return
    for ind in row_out:
        if ind.unit not in (None, "điểm") or ind.kind not in ("value", "change") or abs(ind.value) > top:
            continue
        ind.unit = "điểm"
        if ind.kind == "value" and ind.max_value is None:
            ind.max_value = top


def _row_plan(row_out: list[Indicator], roles: _Roles) -> None:
    """`Chỉ tiêu | Kế hoạch năm 2025 | Thực hiện | Tỷ lệ (%)`: the plan cell is the row's target, carried by the
    row's values of its unit dated at the report's period (not an earlier column's); the share of the plan done
    is a percentage."""
    for ind in row_out:
        if ind.col in roles.completion and ind.unit is None:
            ind.unit = "%"
    plans = [i for i in row_out if i.kind == "target"]
    if len(plans) != 1:
        return
    plan = plans[0]
    dated = [i.as_of for i in row_out if i.kind == "value" and i.col not in roles.completion and i.as_of]
    latest = max(dated, default=None)
    for ind in row_out:
        if ind.kind == "value" and ind.col not in roles.completion and ind.unit == plan.unit and ind.as_of == latest:
            ind.target = plan.value


def _row_period_end(label: str, table: Table, period_end: str | None) -> str | None:
    """`| Tháng 7/2024 | 19.804 | ...`: a row whose label is a period and nothing else (a month, a quarter, a
    year) holds that period's figures, dated at its end when the column names no date; a quarter or month written
    with no year (`| Quý II | 149.806 | ...` under `Bảng 1. ... theo quý năm 2024`) is of the year the table's title
    names, else of the report's period (as a column headed so: `_bare_quarter_dates`)."""
    if (half := _HALF_IN_LABEL.match(fold(label).strip(" *.:"))) and (year := _table_year(table, period_end)):
        return f"{year}-06-30" if "dau" in half["half"] else f"{year}-12-31"  # `..., 6 tháng đầu năm`
    found = find_dates(label)
    if not found:
        return bare_period_end(fold(label).strip(" *.:"), _table_year(table, period_end))
    if len(found) != 1 or found[0].precision not in ("month", "quarter", "year"):
        return None
    if re.sub(r"[\s*.:]", "", label[:found[0].start] + label[found[0].end:]):
        return None
    return last_day(found[0].iso)


_INDEX_TOTAL = "766.tong_hop"
_INDEX_RANK = "766.xep_hang"
# `Điểm`, `Tổng điểm`, `Điểm số`, `Điểm đạt` (the score a unit reached)
_BARE_SCORE = re.compile(r"^(?:tong )?diem(?: so| dat)?(?:\s*\(diem\))?$")


def _without_bracketed_unit(header: str) -> str:
    """`Tiếp nhận (hồ sơ)` → `Tiếp nhận`: a unit in brackets at the end of a header names no noun of its own."""
    match = re.search(r"\s*\(([^()]*)\)\s*$", header)
    if match and fold(match.group(1)).strip() in {w for w, _u in _UNIT_WORDS} | {"%"}:
        return header[:match.start()].strip()
    return header


# The nouns a count unit counts, as a row label may open with them (folded).
_UNIT_NOUNS = {"PAKN": ("phan anh, kien nghi", "phan anh kien nghi", "pakn"), "hồ sơ": ("ho so",),
               "TTHC": ("thu tuc hanh chinh", "tthc")}


def _noun_first_label_code(indicator: Indicator, context: str) -> str | None:
    """`Phản ánh, kiến nghị tiếp nhận | PAKN | 21`: a row label that opens with the noun its unit counts and goes on
    with a bare verb names the indicator `tiếp nhận PAKN` names (the verb first, as reports mostly write it)."""
    nouns = _UNIT_NOUNS.get(indicator.unit or "")
    label = indicator.label.split(" — ", 1)[0].rsplit(" / ", 1)[-1]
    key = fold_keep_length(label)
    noun = next((n for n in nouns or () if key.startswith(n + " ")), None)
    if noun is None:
        return None
    rest = label[len(noun):].strip(" ,:")
    if not rest or _count_noun(rest):
        return None
    return _code_for(f"{rest} {indicator.unit}", indicator.max_value, indicator.unit, context)


# `Số TTHC`, `Tổng số hồ sơ`: a column header that is only the count of a noun
_BARE_COUNT_HEADER = re.compile(
    r"^(?:tong so|so luong|so)\s+(?:tthc|thu tuc hanh chinh|ho so|pakn|phan anh, kien nghi)$")


# a row naming how files were handed in (`Trực tiếp`, `Trực tuyến`, `Qua dịch vụ bưu chính công ích`), folded
_CHANNEL_ROW = re.compile(r"^(?:nop |qua )?(truc tiep|truc tuyen)$")


def _channel_row_code(table: Table, indicator: Indicator, context: str) -> str | None:
    """`Hình thức tiếp nhận | Tiếp nhận (hồ sơ) | Tỷ lệ (%) | Đã giải quyết` with rows `Trực tiếp`, `Trực tuyến`: the
    files received through a channel, and their share of all received, are that channel's (`hồ sơ nộp trực tiếp`);
    the other columns keep their own."""
    if indicator.col is None or indicator.unit not in ("hồ sơ", "%") or " — " not in indicator.label:
        return None
    channel = _CHANNEL_ROW.match(fold(indicator.label.split(" — ")[0]).strip())
    header = fold(_without_bracketed_unit(table.header[indicator.col])).strip()
    if channel is None or header not in ("tiep nhan", "so ho so tiep nhan", "ho so tiep nhan", "ty le", "so luong"):
        return None
    words = f"hồ sơ nộp {'trực tiếp' if channel[1] == 'truc tiep' else 'trực tuyến'}"
    return _code_for(f"tỷ lệ {words}" if indicator.unit == "%" else words, None, indicator.unit, context)


def _count_column_code(table: Table, indicator: Indicator, context: str) -> str | None:
    """`Lĩnh vực | Tiếp nhận | Nộp trực tuyến | Đã giải quyết | Quá hạn` under `(đơn vị tính: hồ sơ)`: a column of
    counts whose header is a bare verb names the indicator of the noun it counts (`hồ sơ tiếp nhận`)."""
    full = table.header[indicator.col] if indicator.col is not None else ""
    header = _without_bracketed_unit(_sub_header(full))
    if fold(header) in _BARE_TOTALS and ", " in full:
        header = full.rsplit(", ", 1)[0].strip()  # `Tiếp nhận, Tổng số (hồ sơ)`: the total of its group's step
    if not header or indicator.kind != "value" or indicator.unit not in {u for _w, u in _COUNT_NOUNS}:
        return None
    if _BARE_COUNT_HEADER.match(fold(header)) and _count_noun(header) == indicator.unit:
        return _code_for(f"tổng số {indicator.unit}", indicator.max_value, indicator.unit, context)  # `Số TTHC`
    if _count_noun(header):
        return None  # the header names its noun already (`Hồ sơ tiếp nhận`): `_code_for` read it
    header = _RUNNING_LEAD.sub("", header)  # `Lũy kế tiếp nhận từ đầu năm`: the count so far of the same step
    return _code_for(f"{indicator.unit} {header}", indicator.max_value, indicator.unit, context)


_BARE_TOTALS = {"tong so", "tong", "tong cong", "so luong"}
_RUNNING_LEAD = re.compile(r"^[ \t]*(?i:lũy kế|luỹ kế|cộng dồn)[ \t]+")


def _share_column_code(table: Table, indicator: Indicator, roles: _Roles, context: str) -> str | None:
    """`Đơn vị | Tiếp nhận (hồ sơ) | Trực tuyến (%) | Đúng hạn (%)`: a column of rates whose header is a bare word
    naming no noun is the rate of the noun the table's counts count (`tỷ lệ hồ sơ trực tuyến`)."""
    header = _sub_header(table.header[indicator.col]) if indicator.col is not None else ""
    header = _without_bracketed_unit(header)
    if not header or indicator.kind != "value" or indicator.unit != "%" or _count_noun(header):
        return None
    if qualified := re.match(r"(?:ty le|ti le)\s+(\S.*)$", fold(header).strip()):
        # `Chứng thực điện tử (trường hợp) | Tỷ lệ điện tử (%)`: the share of the count its words name right before it
        before = table.header[indicator.col - 1] if indicator.col else ""
        if re.search(rf"\b{re.escape(qualified[1])}\b", fold(_without_bracketed_unit(before))):
            return _code_for(_without_bracketed_unit(before), None, "%", context)
    if re.match(r"(?:ty le|ti le)\b", fold(header)):
        return None  # `Tỷ lệ (%)`: a bare share, read by `_bare_share_codes`
    nouns = {_count_noun(h) for j, h in enumerate(table.header) if j != indicator.col and "(%)" not in h}
    nouns.discard(None)
    before = [_count_noun(h) for h in table.header[:indicator.col] if "(%)" not in h]
    nearest = next((noun for noun in reversed(before) if noun), None)
    noun = nouns.pop() if len(nouns) == 1 else (roles.unit if roles.unit in {u for _w, u in _COUNT_NOUNS} else None)
    if noun is None and nearest is not None and table.header[indicator.col - 1:indicator.col] and _count_noun(
            table.header[indicator.col - 1]) == nearest:
        noun = nearest  # `Số TTHC | Hồ sơ tiếp nhận | Trực tuyến (%)`: the rate of the count right before it
    noun = noun or roles.noun  # `Tiếp nhận | Trực tuyến | Đúng hạn (%)` under a section counting `hồ sơ`
    if noun is None:
        return None
    return _code_for(f"tỷ lệ {noun} {header}", indicator.max_value, "%", context)


def _about_index(table: Table, document_title: str | None) -> bool:
    """Whether the table is about the 766 index: its title or the report's title names the index
    (`Kết quả thực hiện Bộ chỉ số phục vụ người dân, doanh nghiệp ...`), by a catalogued name of its total or by
    an `index_name` of patterns/subjects.jsonl (`Kết quả đánh giá, xếp hạng Bộ chỉ số của UBND các xã`, `Bộ chỉ
    số chỉ đạo, điều hành và đánh giá chất lượng phục vụ ...`) when the title names no other catalogued indicator."""
    return any(_names_index(title) for title in (table.title, document_title) if title)


def _names_index(title: str) -> bool:
    code = _code_for(title, None, None)
    if code == _INDEX_TOTAL:
        return True
    return code in (None, _INDEX_RANK) and bool(_index_names().search(fold(title)))


@cache
def _index_names() -> re.Pattern:
    names = [fold(r["phrase"]) for r in read_jsonl("subjects.jsonl") if r["kind"] == "index_name"]
    words = "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) or "(?!)"
    return re.compile(rf"(?<![a-z])(?:{words})(?![a-z])")


def _is_bare_score(table: Table, indicator: Indicator) -> bool:
    """A score cell whose column is named `Điểm` and nothing more (`Ngày 31/10/2025, Điểm`), or only by its date
    (`Tháng 8/2025`, `Quý I/2026`) when it is no group's (out of 100 or of no stated maximum), in a row that names
    no indicator."""
    if indicator.unit != "điểm" or indicator.kind != "value" or indicator.col is None:
        return False
    header = table.header[indicator.col]
    key = fold(_without_dates(_sub_header(header))).strip()
    dated_only = not key and bool(find_dates(header)) and indicator.max_value in (None, 100)
    # (a score out of a group's maximum, `Cộng nhóm | Điểm đạt` 15,47/22, is no total)
    return dated_only or (bool(_BARE_SCORE.match(key)) and indicator.max_value in (None, 100))


def _without_dates(header: str) -> str:
    """`Điểm quý I/2024`, `Điểm ngày 31/3/2025`, `Điểm tính đến 30/4` → `Điểm`: the date a column header states
    (its cells' as_of), with the word that introduces it, names no indicator; so do the months of a year run so far
    (`Điểm 6 tháng đầu năm 2024`)."""
    header = _RUNNING_MONTHS.sub(" ", header)
    for found in reversed(find_dates(header)):
        lead = re.search(r"(?:\s+(?i:ngày|tại|đến|tính đến|đến ngày|tính đến ngày))+\s*$", header[:found.start])
        cut = lead.start() if lead else found.start
        header = header[:cut] + " " + header[found.end:]
    return " ".join(header.split())


_RUNNING_MONTHS = re.compile(r"(?<![\d/])\d{1,2}[ \t]+(?i:tháng)(?:[ \t]+(?i:đầu|cuối))?[ \t]+(?i:năm)[ \t]+\d{4}")


def _change_codes(indicators: list[Indicator]) -> None:
    """`Tăng (+), giảm (-) điểm` beside two dated scores: a change that is the difference of two values of one
    row coded alike is a change of that indicator."""
    for change in indicators:
        if change.kind != "change" or change.code:
            continue
        values = [v for v in indicators if v.row == change.row and v.kind == "value" and v.unit == change.unit]
        matched = _matching_pair(change, values)
        if matched and matched[0].code and matched[0].code == matched[1].code:
            change.code = matched[0].code


def _rank_change_codes(indicators: list[Indicator]) -> None:
    """`Xếp hạng tháng 5/2025 | Tăng (+), giảm (-) bậc`: a change counted in places (`hạng`) in a row with one
    coded rank is a change of that rank."""
    for change in indicators:
        if change.kind != "change" or change.code or change.unit != "hạng":
            continue
        codes = {i.code for i in indicators if i.row == change.row and i.kind == "rank"}
        if len(codes) == 1 and None not in codes:
            change.code = codes.pop()


_BARE_SHARE = re.compile(r"^(?:ty le|ti le)(?:\s*\(%\))?$")


def _bare_share_codes(table: Table, indicators: list[Indicator]) -> None:
    """`Số hồ sơ | Trong đó: chứng thực điện tử | Tỷ lệ (%)`: a share column that names nothing is the share of
    the nearest earlier column of its row that names an indicator."""
    from . import catalog  # noqa: PLC0415

    for indicator in indicators:
        header = table.header[indicator.col] if indicator.col is not None else ""
        if indicator.code or indicator.unit != "%" or not _BARE_SHARE.match(fold(header).strip()):
            continue
        earlier = [other for other in indicators if other.row == indicator.row and other.col is not None
                   and other.col < indicator.col and other.code]
        if earlier:
            indicator.code = catalog.share_code(max(earlier, key=lambda other: other.col).code)


def _period_column_codes(table: Table, indicators: list[Indicator]) -> None:
    """`... | Tỷ lệ (%) | Tháng 4/2025 (%)`: a column naming only a period (and its unit) repeats, for that period,
    the indicator of the one other column of its row in the same unit."""
    for indicator in indicators:
        header = table.header[indicator.col] if indicator.col is not None else ""
        if indicator.code or not header or not names_only_period(_without_bracketed_unit(header)):
            continue
        codes = {other.code for other in indicators if other.row == indicator.row and other.col != indicator.col
                 and other.unit == indicator.unit and other.code and other.col is not None
                 and not names_only_period(_without_bracketed_unit(table.header[other.col]))}
        if len(codes) == 1:
            indicator.code = codes.pop()


def _title_code(table: Table, indicator: Indicator, context: str) -> str | None:
    """`Tỷ lệ hồ sơ ... được số hóa ... đạt 81,36%. Kết quả của một số cơ quan:` above a table whose row and
    column name nothing (`Ngày 31/10/2024 (%)`): the sentence that introduces the table names its cells,
    when the indicator it names is of the cell's unit."""
    if not table.title or indicator.unit is None:
        return None
    code = _code_for(table.title, None, indicator.unit, context)
    entry = _catalog_entry(code)
    return code if entry is not None and entry.unit == indicator.unit else None


def _heading_code(heading: str | None, table: Table, indicator: Indicator, context: str) -> str | None:
    """`2. Kết quả tiếp nhận hồ sơ của các sở, ngành` over `Cơ quan | 6 tháng đầu năm 2024 | 6 tháng đầu năm 2025`:
    a column that names a period and nothing more holds the indicator the section heading over the table names,
    when that indicator is of the cell's unit."""
    if not heading or indicator.unit is None or indicator.kind not in ("value", "previous") or indicator.col is None:
        return None
    header = table.header[indicator.col]
    if header and not names_only_period(header):
        return None
    code = _code_for(heading, None, indicator.unit, context)
    entry = _catalog_entry(code)
    return code if entry is not None and entry.unit == indicator.unit else None


def _catalog_entry(code: str | None):
    try:
        from . import catalog  # noqa: PLC0415
    except ImportError:
        return None
    return catalog.entries().get(code or "")


_COUNT_UNIT_NAMES = frozenset(unit for _, unit in _COUNT_NOUNS)


_PART_LEAD = re.compile(r"^(?i:trong đó|riêng|gồm)[ \t]*:?[ \t]*")


def _sub_column_code(table: Table, indicator: Indicator, context: str) -> str | None:
    """`Hồ sơ tiếp nhận | Tổng số | Nộp trực tuyến`: under a two-row header, a sub-column that names an
    indicator by itself (`Nộp trực tuyến`) is that indicator, not the group it sits under; the group
    names the cells of sub-columns that name nothing (`Tổng số`). Rows that name an indicator keep theirs."""
    header = table.header[indicator.col] if indicator.col is not None else ""
    if ", " not in header:
        return None
    sub = _PART_LEAD.sub("", header.rsplit(", ", 1)[1])  # `Trong đó trực tuyến`: the part, named by its channel
    code = _code_for(sub, indicator.max_value, indicator.unit, context)
    if code is None and indicator.unit in _COUNT_UNIT_NAMES:
        # `Hồ sơ tiếp nhận (hồ sơ) | Trực tuyến`: the sub-column names the files by their channel alone
        code = _code_for(f"{indicator.unit} {sub}", indicator.max_value, indicator.unit, context)
    row_label = indicator.label.split(" — ", 1)[0]
    if code is None or _code_for(row_label, indicator.max_value, indicator.unit, context):
        return None
    return code


def _subject(row: list[str], roles: _Roles, label_text: str, level_rows: bool = False) -> str | None:
    """The row's unit. `Toàn tỉnh` is the province; `Tổng cộng cấp huyện`, `Cấp huyện (Phòng Tư pháp)` a level as
    a whole; a total row is `TỔNG`, except in a table whose rows are levels (`level_rows`): the sum of the
    levels is the province itself."""
    if roles.subject is None:
        return None
    key = fold(label_text)
    if _WHOLE_PROVINCE_ROW.match(key):
        return None  # `Toàn tỉnh`: the province itself
    if level := _TOTAL_OF_LEVEL.match(key):
        return f"cấp {_LEVEL_WORDS[level[1]]}"  # `Tổng cộng cấp huyện`: the level as a whole
    if _TOTAL_ROW.match(key):
        return None if level_rows and not re.search(r"\bcap\b", key) else "TỔNG"
    if half := _HALF_IN_LABEL.match(fold_keep_length(row[roles.subject])):
        # `Tỉnh Bắc Giang (cũ), 6 tháng đầu năm`: the body before the half it is dated at; `Cả năm 2025`: the whole
        return row[roles.subject][:half.end("who")].strip(" ,;-–") or None
    return row[roles.subject] or None


# a row label ending on the half of the year (or the whole year) it gives figures for
_HALF_IN_LABEL = re.compile(r"^(?P<who>.*?)[\s,;\-–]*(?<![^\s,;\-–])(?P<half>6 thang (?:dau|cuoi) nam|ca nam)"
                            r"(?:\s+\d{4})?\s*$", re.IGNORECASE)


def _issuer_row(subject: str | None, label_text: str, part: DocumentMeta | None) -> tuple[str | None, str | None]:
    """The row's subject and level, read against the report's issuer (`Sở Tài nguyên và Môi trường`): the row
    `Toàn Sở` (`Toàn Chi cục`) is the issuer itself, and a division's row (`Phòng Quản lý đất đai`, `Chi cục ...`,
    `Đội Quản lý thị trường số 1`: the `division` words of patterns/subjects.jsonl) sits at the issuer's level."""
    level = _level(subject) if subject != "TỔNG" else None
    issuer = " ".join((part.issuer or "").split()) if part else ""
    if not issuer or subject is None:
        return subject, level
    own_level = _level(issuer) or ("tỉnh" if _organ_body(issuer) else None)
    whole = re.fullmatch(r"toan\s+(\S+(?:\s+\S+){0,2})", fold(label_text).strip())
    if whole and (fold(issuer) + " ").startswith(whole[1] + " "):
        return issuer, own_level  # `Toàn Sở`, `Toàn Chi cục`
    if level is None and names_division(subject, issuer, bare=True):
        return subject, own_level
    return subject, level


_CITY_ROW = re.compile(r"(?i:thành phố|tp\.?)[ \t]+(?P<name>.+)")
_PROVINCE_WORD = re.compile(r"^(?i:tỉnh)[ \t]+")


def _province_row(subject: str | None, level: str | None, part: DocumentMeta | None, day: str | None
                  ) -> tuple[str | None, str | None]:
    """A row naming a province (`| 2 | Thanh Hóa |` in a table comparing provinces): the province, at its level; the
    document's own province is the province itself (no subject, as in its prose), and a centrally-run city named
    with its unit word (`Thành phố Huế` in 2025, `Thành phố Cần Thơ`) is a province, not a district's city."""
    if not subject or subject == "TỔNG":
        return subject, level
    city = _CITY_ROW.fullmatch(subject.strip())
    if city and is_centrally_run_city(city["name"], day):
        record = find_province(city["name"])
    else:  # `Thanh Hóa`, `Tỉnh Bắc Ninh`
        record = exact_province(_PROVINCE_WORD.sub("", subject.strip()))
    if record is None:
        return subject, level
    own = find_province(part.province) if part and part.province and not national_issuer(part.issuer) else None
    return (None, None) if own and own["id"] == record["id"] else (subject, "tỉnh")


def _average_above_province(label: str) -> str | None:
    """`Bình quân vùng Bắc Trung Bộ`, `Bình quân cả nước`: a row averaging a region or the country, named as written
    after the average word (patterns/subjects.jsonl kinds `average`, `region`, `national`)."""
    whole = " ".join((_averaged(label) or "").split())
    return whole if whole and above_province(whole) else None


def _averaged(label: str) -> str | None:
    """What a row opening on an `average` word of patterns/subjects.jsonl averages (`Bình quân khối huyện` → `khối
    huyện`), as written; None for a row opening otherwise."""
    average = re.match(rf"(?:{_AVERAGE_WORD})\b", fold(label)) if _AVERAGE_WORD else None
    return label[average.end():] if average else None




def _named_row_body(label: str) -> SubjectMention | None:
    """The one local unit or body a row label names when the table has no unit column (`Điểm tiếp nhận xã Đức
    Xuân (cũ)`, `Trung tâm Phục vụ hành chính công xã (xã Nam Tuấn cũ)`): the row is that place's, at its level.
    Levels as a whole (`Cấp huyện`), plural groups and the province name no one body."""
    mentions = [m for m in find_subjects(label) if not m.whole_province]
    levels = {m.level for m in mentions}
    if not mentions or len(levels) != 1 or None in levels:
        return None
    if any(_is_level(m.text) or _is_plural(m.text) for m in mentions):
        return None
    return mentions[0]


def _names_village(label: str) -> bool:
    """A row label that is one village's or residential group's name and nothing else (`Thôn Trường Thịnh`,
    `Tổ dân phố số 7`): the row is that village's (no level of its own)."""
    mentions = find_subjects(label)
    words = fold(label).split()
    return (len(mentions) == 1 and mentions[0].level is None and mentions[0].text == label.strip()
            and any(" ".join(words[:len(word.split())]) == fold(word) for word in village_words()))


def _organ_body(issuer: str) -> bool:
    from .figure_subjects import _organ_body

    return _organ_body(issuer)


def _issuer_own(text: str, table: Table, parts: list[DocumentMeta]) -> tuple[str, str | None] | None:
    """The issuer and its level when the report is about the issuer itself (figure_subjects.issuer_own_subject)."""
    from .figure_subjects import issuer_own_subject

    if not parts:
        return None
    if captioned := _captioned_issuer(text, table.start, parts[_part_index(table.start, parts)]):
        return captioned
    own = issuer_own_subject(text, parts, [(table.start, table.end)], table.start)
    intro = text[:table.start].rstrip()
    if own is None and intro.endswith(":"):
        # `Sở tiếp nhận 11.463 hồ sơ ... Kết quả từng tháng như sau:`: a table is of the paragraph introducing it
        own = issuer_own_subject(text, parts, [(table.start, table.end)], len(intro) - 1)
    caption_start = intro.rfind("\n") + 1
    if own is None and _NUMBERED_CAPTION.match(intro, caption_start) and not find_subjects(intro[caption_start:]) and (
            not _PROVINCE_CAPTION.search(fold(intro[caption_start:]))) and (above := intro[:caption_start].rstrip()):
        # `Sở đã giải quyết 9.318 hồ sơ ...` over `Bảng 1. Kết quả ... theo lĩnh vực năm 2025`: a numbered caption
        # naming no body passes the table to the paragraph above it
        own = issuer_own_subject(text, parts, [(table.start, table.end)], len(above) - 1)
    return (" ".join(own.text.split()), own.level) if own is not None else None


_NUMBERED_CAPTION = re.compile(r"[ \t*_]*(?i:bảng|biểu)[ \t]+\d{1,2}\b")
_PROVINCE_CAPTION = re.compile(r"\b(?:toan tinh|dia ban tinh|cua tinh|cac co quan|cac don vi|cac dia phuong)\b")


def _captioned_issuer(text: str, start: int, part: DocumentMeta) -> tuple[str, str | None] | None:
    """`KẾT QUẢ TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ TTHC CỦA SỞ GIÁO DỤC VÀ ĐÀO TẠO NĂM 2024` over a table (an appendix after
    the signature, in a report that also speaks of the province): a caption naming the issuer's own results makes the
    table the issuer's, at its level. Not the appendix's attachment line (`(Kèm theo Báo cáo số ... của Sở ...)`),
    which names the report, not the table's body."""
    issuer = " ".join((part.issuer or "").split())
    if not issuer:
        return None
    caption = [line for line in text[:start].split("\n")[-5:] if line.strip()][-3:]
    folded = fold(" ".join(line for line in caption if "kem theo" not in fold(line)))
    if re.search(r"(?<![a-z])cua\s+" + re.escape(fold(issuer)) + r"(?![a-z])", folded) is None:
        return None
    return issuer, _level(issuer) or ("tỉnh" if _organ_body(issuer) else None)


# `từng xã, thị trấn`, `mỗi huyện`: each unit of a group, read as the group (`các xã, thị trấn`).
_EACH_UNIT = re.compile(r"(?<![\wÀ-ỹ])(?i:từng|mỗi)\s+")


# `của 08 sở, ngành`: bodies counted in a title, a group like `các sở, ngành`
_COUNT_BEFORE = re.compile(r"(?<![\d.,/])\d{1,3}[ \t]+$")


def _title_level(table: Table, roles: _Roles, title: str | None = None) -> str | None:
    """`Kết quả ... của các sở, ban, ngành` (or `Chi tiết từng xã, thị trấn`: each unit of a level; `của 08 sở,
    ngành`: a number of them; or the section heading `2. Kết quả ... tại cấp huyện`) over rows that are all of that
    level: its total row is that level as a whole (`cấp tỉnh`), not a bare `TỔNG`."""
    title = title or table.title
    if roles.subject is None or not title:
        return None
    title = _EACH_UNIT.sub("các ", title)
    levels = {m.level for m in find_subjects(title) if not m.whole_province
              and (_is_plural(m.text) or _is_level(m.text) or _COUNT_BEFORE.search(title, 0, m.start))}
    if len(levels) != 1 or None in levels:
        return None
    level = levels.pop()
    rows = [row[roles.subject] for row in table.rows if roles.subject < len(row) and row[roles.subject].strip()]
    named = [_level(name) for name in rows if not _TOTAL_ROW.match(fold(name))]
    return level if named and all(found == level for found in named) else None


def _average_row_level(label: str) -> str | None:
    """`Bình quân khối huyện, thành phố`, `Trung bình các xã, phường` (an `average` word of patterns/subjects.jsonl
    before the units of one level as a group): the row averages that level's units, at that level."""
    averaged = _averaged(label)
    if averaged is None:
        return None
    mentions = [m for m in find_subjects(averaged) if not m.whole_province]
    if len(mentions) != 1 or mentions[0].level is None:
        return None
    group = mentions[0].text
    return mentions[0].level if _is_level(group) or _names_bodies(group) else None


def _names_bodies(words: str) -> bool:
    """`các xã, phường`, `khối huyện`, `sở, ban, ngành`: bodies of one kind or level as a group."""
    return _is_plural(words) or fold(words).startswith("khoi ") or "," in words


# the bodies a table's title says did the work (`tại UBND các xã, phường`, `của các sở, ban, ngành`), or whose
# average it gives (`Điểm thẩm định bình quân khối xã, phường theo lĩnh vực`)
_DONE_BY = re.compile(r"(?<![\wÀ-ỹ])(?i:tại|của|(?:bình quân|trung bình)(?:\s+khối)?)\s+$")


def _bodies_titled(table: Table) -> tuple[str, str] | None:
    """`Bảng 1. Kết quả đăng ký hộ tịch trực tuyến tại UBND các xã, phường` over rows of kinds of work: the one group of
    bodies of one level the title names as doing the work (a plural after `tại` or `của`), with its level."""
    title = table.title or ""
    groups = [m for m in find_subjects(title) if not m.whole_province and m.level and _names_bodies(m.text)
              and _DONE_BY.search(title, 0, m.start)]
    if len(groups) != 1:
        return None
    return subject_name(groups[0].text), groups[0].level


def _is_level(words: str) -> bool:
    """`cấp huyện` (`Kết quả của các đơn vị cấp huyện`), `UBND cấp huyện`: a level as a whole."""
    return bool(re.fullmatch(r"(?:ubnd |uy ban nhan dan )?cap (?:tinh|huyen|xa)", fold(words).strip()))


def _is_plural(words: str) -> bool:
    return fold(words).startswith(("cac ", "ubnd cac ", "uy ban nhan dan cac "))


def _has_level_rows(table: Table, roles: _Roles) -> bool:
    """Whether at least two rows of the table are whole levels (`Cấp huyện`, `Cấp xã`)."""
    if roles.label is None:
        return False
    return sum(bool(_TOTAL_OF_LEVEL.match(fold(row[roles.label]))) for row in table.rows if roles.label < len(row)) >= 2


# A row named only `Toàn tỉnh` is the province; `TỔNG CỘNG TOÀN TỈNH` stays a total row (`TỔNG`), as in 003.
_WHOLE_PROVINCE_ROW = re.compile(r"^(?:toan|ca) tinh$")
# `Tổng`, `Tổng số`, `Tổng cộng`, or a bare `Cộng` (alone, or before `cấp huyện`/`:`; `Cộng đồng` is no total).
_TOTAL_WORD = r"(?:tong(?: so| cong)?\b|cong(?=$|\s*:|\s+cap\b))"
_TOTAL_ROW = re.compile(r"^" + _TOTAL_WORD)
# `TỔNG CỘNG TOÀN TỈNH`: a total naming the whole province, not the level of its rows
_WHOLE_IN_TOTAL = re.compile(r"\b(?:toan|ca) (?:tinh|thanh pho)\b")
# `Cộng cụm trung tâm`, `Cộng huyện Kỳ Anh (cũ)`: the subtotal of the rows of a group above it (not `Cộng đồng`)
_SUBTOTAL_ROW = re.compile(r"^cong\s+(?!dong\b)\S")
# `Bình quân cấp huyện`, `Trung bình cấp xã` (patterns/subjects.jsonl kind `average`): the level as a whole too.
_AVERAGE_WORD = "|".join(re.escape(fold(r["phrase"])) for r in read_jsonl("subjects.jsonl") if r["kind"] == "average")
_TOTAL_OF_LEVEL = re.compile(r"^(?:(?:" + _TOTAL_WORD + (f"|{_AVERAGE_WORD}" if _AVERAGE_WORD else "")
                             + r")\s+)?cap (tinh|huyen|xa)(?:\s*\([^()]*\))?$")
_LEVEL_WORDS = {"tinh": "tỉnh", "huyen": "huyện", "xa": "xã"}


def _locate(text: str, cell: _Cell, fig: CellFigure) -> tuple[int, int]:
    """Offsets of a figure in the document: the cell text has markup removed, so search the raw cell."""
    raw = text[cell.start : cell.end]
    at = raw.find(fig.raw)
    if at < 0 and " " in fig.raw:  # `1 238` read from `1\u2009238`: the cell's spaces were made plain
        found = re.search(r"\s+".join(map(re.escape, fig.raw.split())), raw)
        if found:
            return cell.start + found.start(), cell.start + found.end()
    if at < 0:
        at = raw.find(fig.raw.split("/")[0])
        return cell.start + at, cell.start + at + len(fig.raw.split("/")[0])
    return cell.start + at, cell.start + at + len(fig.raw)


def _group(header: str) -> str:
    """The top part of a flattened header (`Thống kê ... 31/7/2023` of `..., Tỷ lệ (%)`)."""
    return header.rsplit(", ", 1)[0] if ", " in header else header


def _stated_row_unit(row: list[str], roles: _Roles) -> str | None:
    """The unit the row's `Đơn vị tính` cell names (`hồ sơ`, `%`; a word of no list, `lượt`, as written)."""
    if roles.unit_col is None or roles.unit_col >= len(row) or not row[roles.unit_col].strip():
        return None
    cell = row[roles.unit_col].strip(" .")
    return row_unit(cell) or (cell.lower() if len(cell.split()) <= 3 else None)


def _header_names_unit(header: str) -> bool:
    """`Tỷ lệ (%)`, `Tăng, giảm (%)`, `Chênh lệch (hồ sơ)`, `% so với cùng kỳ`: a column header that states its cells'
    unit itself."""
    return (_percent_header(header) or fold(header).startswith(("ty le", "ti le"))
            or _header_unit(header) is not None)


def _percent_header(header: str) -> bool:
    """`Tỷ lệ (%)`, `% so với cùng kỳ`, `Tỷ lệ đạt`: a column of shares (not `Tỷ lệ điểm`)."""
    key = fold(header)
    return "(%)" in header or header.strip().startswith("%") or (key.startswith("ty le") and "diem" not in key)


def _assign_units(
    row_out: list[Indicator], table: Table, roles: _Roles, row: list[str], label: str, parent: str | None,
    stated: str | None = None,
) -> None:
    """Fill units not stated in the cells: the row's `Đơn vị tính` cell (unless the column names its own unit),
    header, row label, then what change cells match."""
    for ind in row_out:
        if ind.unit is None and stated and not _header_names_unit(table.header[ind.col]):
            ind.unit = stated
    for ind in row_out:
        if ind.unit is None and ind.kind != "change":
            ind.unit = _unit_from_context(ind, table, roles, row, label, parent)
    values = [i for i in row_out if i.kind != "change"]
    for ind in row_out:
        if ind.kind != "change":
            continue
        matched = _matching_pair(ind, values)
        if ind.unit is None:
            ind.unit = _header_unit(table.header[ind.col]) or (
                matched[0].unit if matched else _fallback_change_unit(ind, values, table)
            ) or roles.unit
        if ind.unit and matched and all(v.unit is None for v in matched):
            for value in matched:  # `Quý IV/2025 | Quý I/2026 | Tăng/giảm (điểm)`: the values the change is between
                value.unit = ind.unit


def _lists_things(label: str) -> bool:
    """Whether a label ends on a bracket listing several things (`(máy tính, máy quét, ki-ốt)`)."""
    found = _BRACKETED_END.search(fold(label))
    return found is not None and "," in found[1]


def _unit_from_context(
    ind: Indicator, table: Table, roles: _Roles, row: list[str], label: str, parent: str | None
) -> str | None:
    header = table.header[ind.col]
    key = fold(header)
    label_key = fold(label)
    bracketed = _bracketed_unit(header)
    if bracketed and bracketed != "%":
        return bracketed  # `Văn bản đi (văn bản)`, `Số TTHC (thủ tục)`: the header states its cells' unit
    if not bracketed and (stated := _bracketed_unit(label)) and not (roles.unit and _lists_things(label)):
        # `Điểm Bộ chỉ số 766 (điểm) | 80,92 | 84,37`: the row's label states its cells' unit (not the things a row
        # lists in a table whose unit is stated: `Mua sắm trang thiết bị (máy tính, máy quét, ki-ốt)` in triệu đồng)
        return stated
    if _percent_header(header):
        if label_key.startswith("so luong") and _sibling_empty(ind.col, table, row, percent=False):
            return _count_noun(label, parent)  # a count written in the rate column (merged cells)
        return "%"
    if _is_group_score_column(header, ind.value, ind.raw) or _is_group_score_column(label, ind.value, ind.raw):
        return "điểm"  # a column, or a row (`| 1 | Công khai, minh bạch | 16,21 | 16,58 |`), headed by a group's name
    if re.search(r"\bso (?:lieu|luong)\b", key) or _count_noun(header):
        if label_key.startswith("ty le") and _sibling_empty(ind.col, table, row, percent=True):
            return "%"  # a rate written in the count column of its group (merged cells)
        # (`Số trường thu phí ..., Tháng 7/2024, Số lượng`: the count its group's header opens with)
        # a sub-header naming its own noun before its group's (`Giải quyết TTHC quý III/2024, Hồ sơ tiếp nhận`)
        return _count_noun(_sub_header(header), header, label, parent) or (
            _header_count_unit(header) if float(ind.value).is_integer() else None)
    if _SCORE_HEADER.search(key) or _SCORE_HEADER.search(fold(_sub_header(header))) or (
        ind.max_value is not None and ("diem" in key or "diem" in label_key)
    ):
        return "điểm"
    if _is_group_score(label, ind.max_value):
        return "điểm"
    if label_key.startswith("ty le"):
        return "%"
    if float(ind.value).is_integer() and (noun := _header_count_unit(header)):
        return noun  # `Sinh viên nhập học`, `Văn bằng đã cấp`: a column headed by what it counts
    if roles.label is not None and _INDEX_PARTS_HEADER.match(fold(table.header[roles.label]).strip()):
        # `Chỉ số thành phần | Năm 2023 | Năm 2024`: the scores of an index's components, unless the caption states
        # the unit (`Bảng 1. Một số chỉ số thành phần ... (đơn vị tính: %)`)
        return roles.unit or "điểm"
    if float(ind.value).is_integer() and ind.col - 1 not in (roles.label, roles.subject) and (
            noun := _done_of_column_before(table, ind.col)):
        return noun
    if float(ind.value).is_integer() and (units := _COUNTED_UNITS_HEADER.match(key.strip())):
        return _COUNTED_UNITS[units[1]]  # `Số xã, phường phụ trách`: the units a branch serves, counted
    if float(ind.value).is_integer() and (noun := _unit_word_column(table, ind.col)):
        return noun
    return roles.unit or _count_noun(label, parent) or _table_count_noun(ind, table) or _section_noun(ind, roles)


_TOTAL_HEADER = re.compile(r"^(?:cong|tong|tong cong|tong so)$")


def _unit_word_column(table: Table, col: int) -> str | None:
    """`Xếp loại | Phường | Xã | Cộng`: a column headed by a kind of local unit alone counts those units (`xã`), and a
    total column after such columns counts units of either kind (`đơn vị`)."""
    key = fold(table.header[col]).strip(" .:*")
    if key in ("xa", "huyen"):
        return _LEVEL_WORDS[key]
    if _TOTAL_HEADER.match(key) and any(fold(h).strip(" .:*") in ("xa", "phuong", "huyen", "thi tran", "dac khu")
                                        for h in table.header[:col]):
        return "đơn vị"
    return None


_COUNTED_UNITS = {**_LEVEL_WORDS, "phuong": "xã", "don vi": "đơn vị", "co quan": "đơn vị"}
_COUNTED_UNITS_HEADER = re.compile(r"^(?:tong )?so (xa|phuong|huyen|don vi|co quan)\b")
_DONE_HEADER = re.compile(r"^(?:da (?:giai quyet|xu ly|tra loi|tra ket qua)(?: xong)?"
                          # `Số TTHC | Toàn trình`: the procedures of the column before offered fully (or partly) online
                          r"|(?:trong do )?(toan trinh|mot phan))$")


def _done_of_column_before(table: Table, col: int) -> str | None:
    """`Đơn thuộc thẩm quyền | Đã giải quyết`, `Số TTHC | Toàn trình`: a column of what was done, or of a part
    named by how it is offered, naming no noun, counts the noun of the column of figures before it (not of the rows'
    names: `Lĩnh vực | Đã giải quyết`)."""
    done = _DONE_HEADER.match(fold(table.header[col]).strip()) if col else None
    if done is None:
        return None
    noun = _header_count_unit(table.header[col - 1])
    if noun is None and done.group(1):  # `Số TTHC | Toàn trình`: the procedures the column before counts
        noun = _header_unit(table.header[col - 1])
    return noun if noun != "%" else None


# a column of an index's components (`Chỉ số thành phần` of the PCI, `Chỉ số` of the PAPI)
_INDEX_PARTS_HEADER = re.compile(r"^(?:ten )?chi so(?: thanh phan)?$")


def _header_count_unit(header: str) -> str | None:
    """The count unit (patterns/figure_words.jsonl `count_unit`) a column's header opens with (`Số tin, bài` →
    `tin`); not a plan's words (`Chỉ tiêu năm 2026`, `Kế hoạch`: the column of targets)."""
    folded = fold(header).strip()
    if re.sub(r"^so (?:luong )?", "", folded).startswith(("chi tieu", "ke hoach")):
        return None
    # with marks when the header has them (`Đơn thuộc thẩm quyền` is no `đơn thuốc`), folded when OCR lost them
    marked = header.strip().lower() != folded
    key = (re.sub(r"^(?:tổng (?:số )?|số )(?:lượng )?", "", header.strip().lower()) if marked
           else re.sub(r"^(?:tong (?:so )?|so )(?:luong )?", "", folded))  # `Tổng số trường`, `Tổng lượt thanh toán`
    units = _header_count_units(marked)
    return next((unit for word, unit in units if re.match(re.escape(word) + r"(?![\wÀ-ỹ])", key)), None)


@cache
def _header_count_units(marked: bool = False) -> tuple[tuple[str, str], ...]:
    """The count units (patterns/figure_words.jsonl), lower-cased with their marks or folded, longest first."""
    words = [(r["word"].lower() if marked else fold(r["word"]), r.get("unit", r["word"]))
             for r in read_jsonl("figure_words.jsonl") if r["kind"] == "count_unit"]
    return tuple(sorted(words, key=lambda w: -len(w[0])))


_BRACKETED_END = re.compile(r"\(([^()]+)\)\s*$")


def _bracketed_unit(header: str) -> str | None:
    """The unit a header states in brackets at its end (`Văn bản đi (văn bản)` → `văn bản`; money per thing, `(đồng/hồ
    sơ)` → `đồng`); None for other bracketed words (`Điểm (tối đa 18)`)."""
    found = _BRACKETED_END.search(fold(header))
    words = found[1].strip(" .") if found else None
    if words and (rate := re.fullmatch(r"([^/]+?)\s*/\s*[^/\d]+", words)) and (
            money := next((unit for word, unit in _money_units() if rate[1] == word), None)):
        return money  # `Chi phí tuân thủ (đồng/hồ sơ)`: money per file, in đồng
    stated = next((unit for name, unit in _STATED_UNIT_NAMES if words == name), None)
    if stated or not words:
        return stated
    # a count unit of the reports (`(bản)`, `(vụ, việc)`: the first of the nouns listed), or money (`(triệu đồng)`)
    return next((unit for word, unit in _header_count_units() + _money_units()
                 if words == word or words.startswith(word + ",")), None)


@cache
def _money_units() -> tuple[tuple[str, str], ...]:
    """Units of money and measure a header may state in brackets (`Tiền phạt (triệu đồng)`), folded → unit."""
    words = [(fold(r["word"]), r.get("unit", r["word"])) for r in read_jsonl("figure_words.jsonl")
             if r["kind"] == "measure_unit"]
    return tuple(words + [("ty dong", "tỷ đồng"), ("trieu dong", "triệu đồng"), ("nghin dong", "nghìn đồng")])


def _section_noun(ind: Indicator, roles: _Roles) -> str | None:
    """`2. Tiếp nhận và giải quyết hồ sơ` … `| Lĩnh vực | Tiếp nhận | Đã giải quyết | Quá hạn |`: a whole number in a
    table no header or row of which names a unit counts the one noun its title or section heading names."""
    if roles.noun is None or not float(ind.value).is_integer() or "," in ind.raw or ind.max_value is not None:
        return None
    return roles.noun


# `(đơn vị tính: hồ sơ)`, `ĐVT: hồ sơ`, `Đơn vị: %`, `(số liệu hồ sơ tính bằng hồ sơ)` (folded) in the lines
# introducing a table.
_STATED_UNIT = re.compile(r"(?:(?:\bdon vi tinh|\bdvt|\bdon vi)\s*[:\-]|\btinh bang)\s*(?P<unit>[^():;,\n]+)")
# Unit names a table may state (folded → unit), longest first.
# A rank's places (`Tăng (+), giảm (-) bậc`, `Tăng, giảm thứ hạng`) are counted in `hạng`.
_RANK_UNIT_NAMES = [("bac", "hạng"), ("thu hang", "hạng"), ("xep hang", "hạng"), ("hang", "hạng")]
_STATED_UNIT_NAMES = sorted(
    [*_UNIT_WORDS, ("thu tuc hanh chinh", "TTHC"), ("thu tuc", "TTHC"), ("phan anh, kien nghi", "PAKN"),
     ("%", "%"), ("phan tram", "%"), ("giao dich", "giao dịch"), *_RANK_UNIT_NAMES],
    key=lambda pair: -len(pair[0]),
)


def lines_above(text: str, start: int, count: int) -> list[str]:
    """The last `count` non-blank lines of the 600 characters before `start` (a table's caption and its lead)."""
    return [line for line in text[max(0, start - 600):start].splitlines() if line.strip()][-count:]


def stated_unit(text: str, start: int) -> str | None:
    """The unit the lines introducing a table (the two non-blank lines before `start`) state for all its cells:
    `Chi tiết theo lĩnh vực (đơn vị tính: hồ sơ):`, `ĐVT: hồ sơ`, `Đơn vị: %`, a caption closed by `(%)`. None when
    they state none, or a word that is no unit (`Đơn vị: Sở Tư pháp`)."""
    lines = lines_above(text, start, 2)
    if lines and _PERCENT_CAPTION.search(lines[-1]):
        return "%"  # `Bảng 2. Tỷ lệ hồ sơ nộp trực tuyến theo quý năm 2024 (%)`
    for line in reversed(lines):
        for match in _STATED_UNIT.finditer(fold(line)):
            words = match["unit"].strip(" .*_")  # `*Đơn vị tính: trường hợp*` (italic)
            unit = next((u for w, u in _STATED_UNIT_NAMES + list(_header_count_units()) + list(_money_units())
                         if words == w), None)  # (also money: `(đơn vị tính: triệu đồng)`)
            if unit:
                return unit
    return None


# a table's caption closed by `(%)`: every cell of the table is a share
_PERCENT_CAPTION = re.compile(r"\(%\)[\s:.*_]*$")


# A numbered section heading: `2. Tiếp nhận và giải quyết hồ sơ`, `II. KẾT QUẢ`, `a) Hồ sơ`; not a wrapped line that
# opens on a number (`14.519 hồ sơ, trong đó ...`)
_SECTION_HEADING = re.compile(r"^\s*#*\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[IVXLC]+\.|[a-zđ]\))\s+\S")


def section_heading(text: str, start: int) -> str | None:
    """The nearest numbered heading (`2. Kết quả tiếp nhận hồ sơ ...`) in the 2,000 characters above `start`."""
    lines = [line for line in text[max(0, start - 2000) : start].splitlines() if line.strip()]
    heading = next((line for line in reversed(lines) if _SECTION_HEADING.match(line)), None)
    return clean_cell(heading).strip("# ") if heading else None


# `a) Cấp huyện`, `a) Cấp huyện (Bộ phận Một cửa thành phố)` (folded)
_LEVEL_HEADING = re.compile(r"^\s*#*\s*(?:[a-zđ]\)|\d+(?:\.\d+)*\.?)\s+cap (tinh|huyen|thi xa|quan|xa|phuong)"
                            r"(?:\s*\([^()]*\))?\s*:?\s*$")


def _level_heading_over(text: str, start: int) -> tuple[str, str] | None:
    """`a) Cấp huyện` as the nearest heading over a table: the level it names, written as the heading writes it
    (`cấp huyện`, `cấp thị xã`), and the level (`huyện`)."""
    heading = section_heading(text, start)
    found = _LEVEL_HEADING.match(fold(heading)) if heading else None
    if found is None:
        return None
    words = {"tinh": "tỉnh", "huyen": "huyện", "thi xa": "thị xã", "quan": "quận", "xa": "xã", "phuong": "phường"}
    word = words[found[1]]
    return f"cấp {word}", {"thị xã": "huyện", "quận": "huyện", "phường": "xã"}.get(word, word)


def section_count_noun(text: str, start: int) -> str | None:
    """The count noun (`hồ sơ`, `TTHC`) the line introducing a table, else the nearest numbered heading above it,
    names — only when that line names exactly one (`Kết quả theo lĩnh vực:` under `2. Tiếp nhận và giải quyết
    hồ sơ` → `hồ sơ`). None when neither names one, or a line names two."""
    lines = [line for line in text[max(0, start - 2000) : start].splitlines() if line.strip()]
    title = lines[-1:] if lines else []
    # the nearest heading, and above it the ones it sits under (`a) Cấp huyện` under `2. Tiếp nhận, giải quyết hồ sơ`)
    headings = [clean_cell(line).strip("# ") for line in reversed(lines) if _SECTION_HEADING.match(line)]
    for line in [*title, *headings]:
        key = fold(line)
        nouns = {unit for word, unit in _COUNT_NOUNS if re.search(rf"\b{word}\b", key)}
        if len(nouns) == 1:
            return nouns.pop()
        if nouns:
            return None
    return None


_COMPARED_WITH = re.compile(r"\s+so voi (?:ngay|thang|quy|nam|ky)\b[^()]*$")


def _header_unit(header: str) -> str | None:
    """The unit a change column's header ends with (`Tăng (+), giảm (-) điểm`, `Tăng, giảm (%)`, `Chênh lệch (hồ
    sơ)`), also before the time it compares with (`Tăng (+), giảm (-) bậc so với ngày 30/9/2025`); other words after
    the unit leave it to the cells' values."""
    key = _COMPARED_WITH.sub("", fold(header).strip())
    for words, unit in _STATED_UNIT_NAMES:
        if re.search(rf"(?:\b|\(){re.escape(words)}\)?$", key):
            return unit
    return None


def _table_count_noun(ind: Indicator, table: Table) -> str | None:
    """`Hồ sơ tiếp nhận | Nộp trực tuyến | Tỷ lệ (%) | Hồ sơ quá hạn`: a whole number in a column whose header
    names no unit counts what the table's other count columns count, when they all count one noun."""
    if not float(ind.value).is_integer() or "," in ind.raw:
        return None
    nouns = {_count_noun(h) for j, h in enumerate(table.header) if j != ind.col and "(%)" not in h}
    nouns.discard(None)
    if nouns == {"TTHC"} and _names_a_file_step(table.header[ind.col]):
        return "hồ sơ"  # `Số TTHC | Tiếp nhận | Đã giải quyết`: the procedures' files
    if not nouns and _holds_a_file_step(table.header[ind.col]):
        return _count_noun(table.title)  # `Tiếp nhận trực tuyến` under `Bảng 1. Kết quả tiếp nhận hồ sơ TTHC ...`
    return nouns.pop() if len(nouns) == 1 else None


@cache
def _file_steps() -> frozenset[str]:
    return frozenset(fold(r["word"]) for r in read_jsonl("figure_words.jsonl") if r["kind"] == "file_column")


def _names_a_file_step(header: str) -> bool:
    """`Tiếp nhận`, `Đã giải quyết`, `Quá hạn`: a header that is only a step of handling files (patterns/
    figure_words.jsonl kind `file_column`)."""
    return " ".join(fold(_without_bracketed_unit(header)).split()).strip(" *") in _file_steps()


def _holds_a_file_step(header: str) -> bool:
    """`Tiếp nhận trực tuyến`, `Tổng số tiếp nhận`: a header naming a step of handling files among its words."""
    key = f" {' '.join(fold(_without_bracketed_unit(header)).split())} "
    return any(f" {step} " in key for step in _file_steps())


def _is_group_score(label: str, max_value: float | None) -> bool:
    """`Công khai, minh bạch | 15,6/18`: an `x/max` cell of a row naming a catalogued score whose maximum
    is that denominator is a score, whatever count noun the name holds (`Số hóa hồ sơ` /22)."""
    if max_value is None or not label:
        return False
    try:
        from . import catalog  # noqa: PLC0415
    except ImportError:
        return False
    code = catalog.code_for(label, max_value=max_value, unit="điểm")
    entry = catalog.entries().get(code or "")
    return entry is not None and entry.unit == "điểm" and entry.max is not None and float(entry.max) == max_value


# A row whose label is nothing but a rank (`| | Xếp hạng | 39/63 | 31/63 |`): its cells are ranks.
# `Xếp hạng`, `Thứ hạng của tỉnh toàn quốc`, `Xếp hạng Bộ chỉ số 766`, `Xếp hạng PAR INDEX`: a row of ranks (folded)
_RANK_ROW = re.compile(r"\s*(?:xep hang|thu hang|xep thu)(?: cua tinh)?(?: (?:toan quoc|ca nuoc|trong ca nuoc))?"
                       r"(?: (?:bo chi so(?: 766)?|chi so [a-z ]{2,40}|par index|sipas|pci))?"
                       r"(?:\s*\(\s*/\s*(?P<of>\d{2,3})\s*\))?\s*")  # `Xếp hạng (/34)`: out of 34


def _is_group_score_column(header: str, value: float, raw: str) -> bool:
    """`Tổng điểm | Tiến độ, kết quả giải quyết | Số hóa hồ sơ`: a column headed by nothing but a catalogued
    score group's name holds that group's score when its cell is a decimal within the group's maximum
    (a count of files under `Số hóa hồ sơ` is a whole number, a share carries `%`)."""
    if "," not in raw and "." not in raw:
        return False
    try:
        from . import catalog  # noqa: PLC0415
    except ImportError:
        return False
    code = catalog.code_for(header, unit="điểm")
    entry = catalog.entries().get(code or "")
    if entry is None or entry.unit != "điểm" or entry.max is None or not 0 <= value <= float(entry.max):
        return False
    mention = catalog.find_mentions(header)
    return len(mention) == 1 and fold(header[mention[0].start : mention[0].end]) == fold(header).strip()


def _sibling_empty(col: int, table: Table, row: list[str], percent: bool) -> bool:
    """Tell whether the other (rate if `percent`, else count) column of this column's group is empty."""
    group = _group(table.header[col])
    siblings = [
        j for j, h in enumerate(table.header) if j != col and _group(h) == group and ("(%)" in h) == percent
    ]
    return bool(siblings) and all(not row[j] for j in siblings)


def _matching_pair(change: Indicator, values: list[Indicator]) -> list[Indicator] | None:
    """Two values of one unit, at two dates, whose difference is the stated change."""
    tolerance = 0.5 * 10 ** -decimals(change.raw) + 1e-9 if change.raw[-1:].isdigit() else 1e-9
    by_unit: dict[str | None, list[Indicator]] = {}
    for value in values:
        if value.kind == "value" and value.as_of:
            by_unit.setdefault(value.unit, []).append(value)
    for group in by_unit.values():
        dated = sorted(group, key=lambda i: i.as_of or "")
        for early in dated:
            for late in dated:
                if early.as_of < late.as_of and abs((late.value - early.value) - change.value) <= tolerance:
                    return [early, late]
    return None


def _fallback_change_unit(change: Indicator, values: list[Indicator], table: Table) -> str | None:
    units = {v.unit for v in values if v.kind == "value"}
    if len(units) == 1:
        return units.pop()
    return "%" if "(%)" in table.header[change.col] else None
