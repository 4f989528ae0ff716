"""Tables laid out with runs of spaces, as text pulled from a PDF keeps them (`pdftotext -layout`):

```
  STT   Đơn vị                        Tiếp nhận     Trực tuyến
                                         (hồ sơ)          (%)
   1    Thành phố Trà Vinh                3.482         81,36
        Cộng                             19.170         68,67
```

A line is a row when two or more runs of at least two spaces part it into three or more pieces (a letter's two-column
header, `UBND TỈNH ...      CỘNG HÒA ...`, has two). Its pieces are put in the columns of the region's fullest row by
where they stand on the line: a piece goes to the column it overlaps most (numbers are right-aligned, names
left-aligned, a header's words centred), else to the nearest; an empty slot is an empty cell.

A two-column table may come out with dot leaders instead (`Số hồ sơ tiếp nhận (hồ sơ) ........ 6.842`): each such line
is a row of two cells, label and value, and a line of two pieces and no digit right above them
(`Chỉ tiêu            Kết quả`) is their header.
"""

from __future__ import annotations

import re

_PIECE = re.compile(r"[^ \t\f\r]+(?: [^ \t\f\r]+)*")
_MIN_PIECES = 3


def pieces(line: str) -> list[tuple[int, int]]:
    """The spans of the pieces of a line parted by runs of two or more spaces (offsets within the line)."""
    return [(m.start(), m.end()) for m in _PIECE.finditer(line)]


# `<label> ........ <value>`: a label, a run of dots (or ellipses), a short value holding a digit
_LEADER_ROW = re.compile(r"^[ \t\f]*(?P<label>[^ \t.…](?:.*?[^ \t])?)[ \t]*(?:\.{4,}|…{2,})[ \t]*"
                         r"(?P<value>[^ \t.…](?:.*[^ \t\r])?)[ \t\r]*$")
# a table of contents' entry (`I. KẾT QUẢ ........ 5`, `Phần II ........ 12`): a section and its page, no figure
_CONTENTS_ENTRY = re.compile(r"^(?:[IVXLC]+|\d+(?:\.\d+)*)[.)]\s|^(?:Phần|Chương|Mục|Phụ lục)\b", re.IGNORECASE)
_LEADER_VALUE_LENGTH = 40


def leader_row(line: str) -> re.Match | None:
    """The label and value of a dot-leader row (`Tỷ lệ hồ sơ giải quyết đúng hạn ........ 98,2%`), or None; a table of
    contents' entry is none."""
    if "...." not in line and "……" not in line:
        return None  # most lines: no dot run at all, no need for the full pattern
    found = _LEADER_ROW.match(line)
    if found is None or len(found["value"]) > _LEADER_VALUE_LENGTH or not re.search(r"\d", found["value"]):
        return None
    if re.fullmatch(r"\d{1,3}", found["value"]) and _CONTENTS_ENTRY.match(found["label"]):
        return None
    return found


def is_leader_header(line: str) -> bool:
    """`Chỉ tiêu            Kết quả`: two pieces and no digit, the header a dot-leader table may have."""
    return "  " in line and "|" not in line and "\t" not in line.strip(" \f\r") and len(pieces(line)) == 2 and (
        not re.search(r"\d", line))


def leader_pieces(line: str) -> list[tuple[int, int]]:
    """The spans of a dot-leader row's label and value, or of its header's two pieces."""
    found = leader_row(line)
    if found is None:
        return pieces(line)
    return [found.span("label"), found.span("value")]


def is_spaced_row(line: str) -> bool:
    """Whether a line (no bars, no tabs) is parted into three or more pieces by runs of two or more spaces."""
    if "|" in line or "\t" in line.strip(" \f\r"):
        return False
    return len(pieces(line)) >= _MIN_PIECES


def align(rows: list[list[tuple[int, int]]], template: list[tuple[int, int]]) -> list[list[list[int]]]:
    """For each row's pieces (spans within their line), the indices of the pieces in each of the template's columns."""
    return [_align_row(row, template) for row in rows]


def _align_row(row: list[tuple[int, int]], template: list[tuple[int, int]]) -> list[list[int]]:
    slots: list[list[int]] = [[] for _ in template]
    for index, piece in enumerate(row):
        slots[_column_of(piece, template)].append(index)
    if any(len(slot) > 1 for slot in slots) and len(row) <= len(template):
        # a header set off from its columns (`Tiếp nhận` over nothing, two figures under `Tỷ lệ trực tuyến`): one
        # piece per column, in order, nearest overall
        slots = [[] for _ in template]
        for index, column in enumerate(_ordered_columns(row, template)):
            slots[column].append(index)
    return slots


def _ordered_columns(row: list[tuple[int, int]], template: list[tuple[int, int]]) -> list[int]:
    """The columns of a row's pieces, one piece each and in the pieces' order, that put them nearest their columns in
    all (the sum of the distances between centres, least)."""
    def centre(span: tuple[int, int]) -> float:
        return (span[0] + span[1]) / 2

    n, m = len(row), len(template)
    inf = float("inf")
    # cost[i][j]: the least cost of the first i pieces in the first j columns
    cost = [[0.0] * (m + 1)] + [[inf] * (m + 1) for _ in range(n)]
    for i in range(1, n + 1):
        for j in range(i, m + 1):
            placed = cost[i - 1][j - 1] + abs(centre(row[i - 1]) - centre(template[j - 1]))
            cost[i][j] = min(cost[i][j - 1], placed)
    columns, j = [], m
    for i in range(n, 0, -1):
        while cost[i][j] == cost[i][j - 1]:
            j -= 1
        columns.append(j - 1)
        j -= 1
    return columns[::-1]


def _column_of(piece: tuple[int, int], template: list[tuple[int, int]]) -> int:
    """The column a piece overlaps most, else the one whose centre is nearest."""
    overlaps = [min(piece[1], end) - max(piece[0], start) for start, end in template]
    best = max(range(len(template)), key=lambda j: (overlaps[j], -j))
    if overlaps[best] > 0:
        return best
    centre = (piece[0] + piece[1]) / 2
    return min(range(len(template)), key=lambda j: (abs((template[j][0] + template[j][1]) / 2 - centre), j))
