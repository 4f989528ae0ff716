"""Tables written one cell per line, read as tab-separated rows in a copy of the same length.

A Word table saved as plain text often comes out with every cell on a line of its own:

    STT
    Xã, phường
    Điểm tháng 8/2025
    1
    Phường Thục Phán
    89,15

The header's cells come first, then each row's cells in the same order. `cell_lines_view` finds such a run of short
lines (its header naming no figure, then rows of as many lines whose figure columns hold figures in every row) and
joins each row's lines with tabs instead of line breaks, so that the table reader sees a tab-separated table. Only
line breaks are replaced, one character for one, so every figure keeps its offset in the stored text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# a cell holding only a figure (`15,86`, `1.126`, `-2,3`, `+4`, `78,64/100`, `96,5%`) or a dash for none
_FIGURE_CELL = re.compile(r"[-+]?\d[\d.,]*(?:/\d[\d.,]*)?[ \t]*%?|[-–—x]")
# a header cell: short words (not a caption `Bảng 1. ...`, a list item, a sentence, nor a line with a colon: a lead
# `... như sau:`, a document's `Số: 415/BC-SNV`)
_CAPTION = re.compile(r"(?i:bảng|biểu|phụ lục)(?![\wÀ-ỹ])|[-+•*]\s")
_MAX_CELL = 80
_MAX_COLUMNS = 12
_MIN_ROWS = 2


@dataclass
class _Line:
    start: int
    end: int
    text: str

    @property
    def is_figure(self) -> bool:
        return _FIGURE_CELL.fullmatch(self.text) is not None


def cell_lines_view(text: str) -> str:
    """`text` with each table written one cell per line joined into tab-separated rows (same length); a text with no
    such table comes back unchanged."""
    lines = _lines(text)
    chars: list[str] | None = None
    index = 0
    while index < len(lines):
        found = _table_at(lines, index)
        if found is None:
            index += 1
            continue
        columns, rows = found
        chars = chars if chars is not None else list(text)
        for row in range(rows + 1):  # the header, then each row
            first = index + row * columns
            for line in lines[first:first + columns - 1]:
                chars[line.end] = "\t"
        index += (rows + 1) * columns
    return text if chars is None else "".join(chars)


def _lines(text: str) -> list[_Line]:
    """Every line of `text` with its offsets, its text stripped."""
    out = []
    for match in re.finditer(r"[^\n]*", text):
        if match.start() and match.start() == match.end() and text[match.start() - 1] != "\n":
            continue
        out.append(_Line(match.start(), match.end(), match.group().strip(" \t\r\f")))
    return out


def _table_at(lines: list[_Line], start: int) -> tuple[int, int] | None:
    """(columns, rows) of a one-cell-per-line table whose header starts at lines[start], the widest header that
    reads; None when none does."""
    best = None
    for columns in range(2, _MAX_COLUMNS + 1):
        header = lines[start:start + columns]
        if len(header) < columns or not all(_is_header_cell(line) for line in header):
            break
        rows = _rows_after(lines, start + columns, columns)
        if rows >= _MIN_ROWS and (best is None or rows * columns > best[1] * best[0]):
            best = (columns, rows)
    return best


def _is_header_cell(line: _Line) -> bool:
    return (0 < len(line.text) <= _MAX_CELL and not line.is_figure and not _CAPTION.match(line.text)
            and ":" not in line.text and not line.text.endswith((".", ";")))


def _rows_after(lines: list[_Line], first: int, columns: int) -> int:
    """How many rows of `columns` cells follow from lines[first]: each row's cells non-blank and short, its figure
    columns those of the first row (at least one), its other cells words. A later row's first cell may be blank: a
    total row with no number (`` over `Tổng cộng` over `3.346`), its empty cell written as an empty line."""
    pattern = None
    rows = 0
    while first + (rows + 1) * columns <= len(lines):
        cells = lines[first + rows * columns:first + (rows + 1) * columns]
        blank_first = rows > 0 and not cells[0].text
        if not all(0 < len(cell.text) <= _MAX_CELL for cell in cells[blank_first:]):
            break
        kinds = tuple(cell.is_figure for cell in cells)
        if pattern is None:
            if not any(kinds[1:]):
                break
            pattern = kinds
        if not _fits(kinds, pattern):
            break
        rows += 1
    return rows


def _fits(kinds: tuple[bool, ...], pattern: tuple[bool, ...]) -> bool:
    """A row fits the first row when its figure columns are figures and its word columns words, the first column
    (a row number or a label) either."""
    return all(kind == expected for kind, expected in zip(kinds[1:], pattern[1:], strict=True))
