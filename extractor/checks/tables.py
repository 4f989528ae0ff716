"""Rules on tables, read from `table_cells`: total rows, delta columns, partitions and two-way splits."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from ..numbers import NUMBER, parse_number
from ..rounding import EPSILON, fmt, half_unit, raw_decimals, within
from ..vietnamese import fold
from .context import Context, Doc, make_check
from .within import check_partition, complement_check, complement_kind, partition_windows

_TOTAL_LABEL = re.compile(r"^\W*(tong so|tong cong|tong hop|tong|cong)\b")
_FRACTION = re.compile(r"^\s*(\d+(?:[.,]\d+)*)\s*/\s*(\d+(?:[.,]\d+)*)")
_DELTA_WORDS = re.compile(r"^\s*(tang|giam|giu nguyen|khong doi)\b")


@dataclass
class Cell:
    """A table cell's figure: its value (the numerator of `x/y`), denominator, sign and text."""

    text: str
    value: float
    raw: str
    max_value: float | None = None


@dataclass
class Grid:
    """A table as rows of cell texts, with the columns' roles worked out."""

    doc: Doc
    table: dict
    rows: dict[int, dict[int, str]] = field(default_factory=dict)
    label_col: int = 1
    delta_col: int | None = None
    value_cols: list[int] = field(default_factory=list)
    headers: dict[int, str] = field(default_factory=dict)

    def text(self, row: int, col: int) -> str:
        return self.rows.get(row, {}).get(col, "") or ""

    def label(self, row: int) -> str:
        cells = self.rows.get(row, {})
        return " ".join(cells.get(c, "") for c in range(self.label_col + 1) if cells.get(c)).strip()

    def is_share_col(self, col: int) -> bool:
        """A column of percentages: its header says so, or (no header) every figure is 0–100, some with decimals."""
        header = fold(self.headers.get(col, ""))
        if header.strip():
            return "%" in header or "ty le" in header
        cells = [parse_cell(self.text(r, col)) for r in self.rows]
        cells = [c for c in cells if c is not None]
        return bool(cells) and all(c.max_value is None and 0 <= c.value <= 100 for c in cells) and any(
            raw_decimals(c.raw) for c in cells)

    def pseudo(self, row: int, col: int, cell: Cell, unit: str | None) -> dict:
        """An indicator-like dict for a cell, carrying the stored indicator's id when there is one."""
        ind = self.doc_cells.get((row, col), {})
        start = int(self.table.get("start") or 0)
        return {"id": ind.get("id"), "raw": cell.raw, "value": cell.value, "unit": unit, "kind": "value",
                "max_value": cell.max_value, "start": start, "end": start, "page": self.table.get("page"),
                "snippet": f"table “{self.table.get('title') or 'untitled'}”, row “{self.label(row)}”"}

    @property
    def doc_cells(self) -> dict[tuple[int, int], dict]:
        key = "_cells_index"
        if key not in self.table:
            self.table[key] = {(i.get("row"), i.get("col")): i for i in self.doc.indicators
                               if i.get("table_id") == self.table.get("id")}
        return self.table[key]


def parse_cell(text: str | None, percent: bool = False) -> Cell | None:
    """The figure in a cell: `1.773/1.773` → 1773 of 1773, `Đạt 75,1 điểm; ...` → 75.1, `Giảm 13 TTHC` → −13."""
    if not text or not text.strip():
        return None
    clean = text.replace("*", "").strip()
    fraction = _FRACTION.match(clean)
    if fraction:
        num, den = parse_number(fraction.group(1)), parse_number(fraction.group(2))
        if num is not None and den:
            return Cell(clean, num, fraction.group(1), den)
    folded = fold(clean)
    if folded.startswith(("giu nguyen", "khong doi")):
        return Cell(clean, 0.0, "0")
    match = NUMBER.search(clean)
    if not match:
        return None
    value = parse_number(match.group(0), percent=percent or "%" in clean)
    if value is None:
        return None
    if folded.startswith("giam") and value > 0:
        value = -value
    return Cell(clean, value, match.group(0))


def _words(text: str) -> int:
    return len(re.findall(r"[^\W\d_]{2,}", text))


def build_grid(doc: Doc, table: dict) -> Grid:
    """Lay out a table's cells and find its label, value and delta columns."""
    grid = Grid(doc, table)
    for cell in table.get("cells", []):
        grid.rows.setdefault(int(cell["row"]), {})[int(cell["col"])] = cell.get("text") or ""
    width = max([len(table.get("header_texts") or [])] + [max(r) + 1 for r in grid.rows.values() if r] + [0])
    headers = {c: (table["header_texts"][c] if c < len(table.get("header_texts") or []) else "") for c in range(width)}
    for row in sorted(grid.rows):
        cells = grid.rows[row]
        if any(parse_cell(t) for c, t in cells.items() if c > 0):
            break
        for c, t in cells.items():
            headers[c] = f"{headers.get(c, '')} {t}".strip()
    grid.headers = headers
    grid.label_col = _label_column(grid, width)
    grid.delta_col = _delta_column(grid, width)
    end = grid.delta_col if grid.delta_col is not None else width
    grid.value_cols = list(range(grid.label_col + 1, end))
    return grid


def _label_column(grid: Grid, width: int) -> int:
    for col in range(width):
        texts = [grid.text(r, col) for r in grid.rows if grid.text(r, col).strip()]
        if texts and sum(_words(t) >= 2 for t in texts) >= len(texts) / 2:
            return col
    return 0


def _delta_column(grid: Grid, width: int) -> int | None:
    for col in range(width - 1, grid.label_col, -1):
        header = fold(grid.headers.get(col, ""))
        if ("tang" in header and "giam" in header) or "chenh lech" in header:
            return col
    last = width - 1
    texts = [grid.text(r, last).strip() for r in grid.rows if grid.text(r, last).strip()]
    signed = [t for t in texts if t[0] in "+-\u2212" or _DELTA_WORDS.match(fold(t))]
    return last if texts and len(signed) >= 0.6 * len(texts) and last > grid.label_col + 1 else None


def _is_total(grid: Grid, row: int) -> bool:
    return any(_TOTAL_LABEL.match(fold(grid.text(row, c))) for c in range(grid.label_col + 1))


def _top_level(grid: Grid, row: int) -> bool:
    return bool(re.fullmatch(r"\d+\.?", grid.text(row, 0).strip()))


def grids(ctx: Context) -> Iterator[Grid]:
    for doc in ctx.docs:
        for table in doc.tables:
            if table.get("cells"):
                if "_grid" not in table:
                    table["_grid"] = build_grid(doc, table)
                yield table["_grid"]


# --- table_total ---------------------------------------------------------------------------------

def table_total(ctx: Context) -> Iterator[dict]:
    """A table's total row equals the sum of its column (numerators and denominators of `x/y` cells apart)."""
    for grid in grids(ctx):
        block_start = min(grid.rows, default=0)
        for row in sorted(grid.rows):
            if not _is_total(grid, row):
                continue
            body = [r for r in sorted(grid.rows) if block_start <= r < row and not _is_total(grid, r)]
            cols = grid.value_cols + ([grid.delta_col] if grid.delta_col is not None else [])
            for col in cols:
                check = _column_total(grid, row, col, body)
                if check:
                    yield check
            block_start = row + 1


def _column_total(grid: Grid, row: int, col: int, body: list[int]) -> dict | None:
    total = parse_cell(grid.text(row, col))
    if total is None or grid.is_share_col(col) or "%" in grid.text(row, col):
        return None
    cells = [(r, parse_cell(grid.text(r, col))) for r in body]
    cells = [(r, c) for r, c in cells if c is not None]
    if len(cells) < 2 or any((c.max_value is None) != (total.max_value is None) for _, c in cells):
        return None
    if total.max_value is not None and abs(sum(c.max_value for _, c in cells) - total.max_value) > EPSILON:
        return None  # the denominators do not add up: the rows are not parts of the total
    result = _sum_verdict(total, cells)
    if not result[0] and any(_top_level(grid, r) for r, _ in cells):
        top = [(r, c) for r, c in cells if _top_level(grid, r)]
        if len(top) >= 2 and _sum_verdict(total, top)[0]:
            cells, result = top, _sum_verdict(total, top)
    ok, recomputed, tolerance = result
    header = " ".join(grid.headers.get(col, f"column {col + 1}").split()) or f"column {col + 1}"
    message = (f"The {grid.label(row) or 'total'} row of table “{grid.table.get('title') or 'untitled'}” "
               f"(page {grid.table.get('page') or '?'}) states {total.text} in column “{header}”, and the "
               f"{len(cells)} rows above it add up to {fmt(recomputed, raw_decimals(total.raw))}"
               f"{'' if ok else ': a row or the total is wrong'}.")
    inds = [grid.pseudo(row, col, total, None)] + [grid.pseudo(r, col, c, None) for r, c in cells]
    return make_check(grid.doc, "table_total", "ok" if ok else "mismatch", total.value, recomputed, tolerance,
                      message, inds)


def _sum_verdict(total: Cell, cells: list[tuple[int, Cell]]) -> tuple[bool, float, float]:
    recomputed = sum(c.value for _, c in cells)
    tolerance = sum(half_unit(c.raw, exact=raw_decimals(c.raw) == 0) for _, c in cells)
    tolerance += half_unit(total.raw, exact=raw_decimals(total.raw) == 0) + EPSILON
    return within(total.value, recomputed, tolerance), recomputed, tolerance


# --- delta columns -------------------------------------------------------------------------------

def table_delta(ctx: Context) -> Iterator[dict]:
    """A delta column (`Tăng (+)/Giảm (-)`) equals the later column minus the earlier one."""
    for grid in grids(ctx):
        if grid.delta_col is None:
            continue
        for row in sorted(grid.rows):
            stated = parse_cell(grid.text(row, grid.delta_col))
            pairs = _value_pairs(grid, row)
            if stated is None or not pairs:
                continue
            best = min(pairs, key=lambda p: abs((p[3].value - p[1].value) - stated.value))
            earlier_col, earlier, later_col, later = best
            share = grid.is_share_col(later_col)
            value = grid.pseudo(row, later_col, later, "%" if share else "n")
            previous = grid.pseudo(row, earlier_col, earlier, "%" if share else "n")
            change = grid.pseudo(row, grid.delta_col, stated, None)
            yield _cell_delta(grid, row, value, previous, change, exact=not share)


def _value_pairs(grid: Grid, row: int) -> list[tuple[int, Cell, int, Cell]]:
    cols = grid.value_cols
    parsed = {c: parse_cell(grid.text(row, c)) for c in cols}
    pairs = []
    if len(cols) % 2 == 0:
        half_width = len(cols) // 2
        for a, b in zip(cols[:half_width], cols[half_width:], strict=False):
            if parsed[a] is not None and parsed[b] is not None:
                pairs.append((a, parsed[a], b, parsed[b]))
    present = [c for c in cols if parsed[c] is not None]
    if not pairs and len(present) == 2:
        pairs.append((present[0], parsed[present[0]], present[1], parsed[present[1]]))
    return pairs


def _cell_delta(grid: Grid, row: int, value: dict, previous: dict, change: dict, exact: bool) -> dict:
    stated = float(change["value"])
    recomputed = float(value["value"]) - float(previous["value"])
    tolerance = (half_unit(value["raw"], exact and not raw_decimals(value["raw"]))
                 + half_unit(previous["raw"], exact and not raw_decimals(previous["raw"]))
                 + half_unit(change["raw"], exact and not raw_decimals(change["raw"])) + EPSILON)
    ok = within(stated, recomputed, tolerance)
    places = max(raw_decimals(value["raw"]), raw_decimals(previous["raw"]))
    message = (f"Row “{grid.label(row)}” of table “{grid.table.get('title') or 'untitled'}” "
               f"(page {grid.table.get('page') or '?'}) states a change of {grid.text(row, grid.delta_col)}, "
               f"and {value['raw']} − {previous['raw']} = {fmt(recomputed, places)}"
               f"{'' if ok else ': correct the change or one of the two values'}.")
    return make_check(grid.doc, "delta", "ok" if ok else "mismatch", stated, recomputed, tolerance, message,
                      [value, previous, change])


# --- partitions and two-way splits in tables -----------------------------------------------------

def table_partitions(ctx: Context) -> Iterator[dict]:
    """Consecutive rows `count | share` whose shares make 100: each share is its count ÷ their sum."""
    for grid in grids(ctx):
        for col in grid.value_cols:
            if col + 1 not in grid.value_cols or grid.is_share_col(col) or not grid.is_share_col(col + 1):
                continue
            runs: list[list[tuple[dict, dict]]] = [[]]
            for row in sorted(grid.rows):
                count = parse_cell(grid.text(row, col))
                share = parse_cell(grid.text(row, col + 1), percent=True)
                if (count is None or share is None or count.max_value is not None
                        or raw_decimals(count.raw) or _is_total(grid, row)):
                    runs.append([])
                    continue
                runs[-1].append((grid.pseudo(row, col, count, "n"), grid.pseudo(row, col + 1, share, "%")))
            for run in runs:
                for window in partition_windows(run):
                    yield from check_partition(grid.doc, window)


def table_complements(ctx: Context) -> Iterator[dict]:
    """Rows a) and b) (or two rows naming the sides of a split) in a share column make 100."""
    for grid in grids(ctx):
        ordered = sorted(grid.rows)
        for col in grid.value_cols:
            if not grid.is_share_col(col):
                continue
            for first, second in zip(ordered, ordered[1:], strict=False):
                a = parse_cell(grid.text(first, col), percent=True)
                b = parse_cell(grid.text(second, col), percent=True)
                if a is None or b is None or a.max_value or b.max_value:
                    continue
                if _split_rows(grid, ordered, first, second):
                    yield complement_check(grid.doc, grid.pseudo(first, col, a, "%"), grid.pseudo(second, col, b, "%"))


def _split_rows(grid: Grid, ordered: list[int], first: int, second: int) -> bool:
    stt_a, stt_b = fold(grid.text(first, 0)).strip(), fold(grid.text(second, 0)).strip()
    index = ordered.index(second)
    following = fold(grid.text(ordered[index + 1], 0)).strip() if index + 1 < len(ordered) else ""
    if stt_a.startswith("a") and stt_b.startswith("b") and not following.startswith("c)"):
        return True
    kind_a = complement_kind(fold(grid.label(first)))
    kind_b = complement_kind(fold(grid.label(second)))
    return bool(kind_a and kind_b and kind_a[0] == kind_b[0] and kind_a[1] == 0 and kind_b[1] == 1)
