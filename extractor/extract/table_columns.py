"""What a table column is, read from its header: the columns of a table whose rows are indicators.

A table of indicators (`STT | Chỉ tiêu | Đơn vị tính | Kế hoạch năm 2025 | Thực hiện | Tỷ lệ (%)`) names each
row's indicator in its label column and each row's unit in a unit column; beside the figures it may give each
row's maximum score (`Điểm tối đa`), the plan the figures are measured against (`Kế hoạch`, `Chỉ tiêu giao`) and
how much of that plan was done (`Tỷ lệ (%)`, `So với kế hoạch (%)`). Headers here are folded (`vietnamese.fold`).
"""

from __future__ import annotations

import re

from ..dates import find_dates, last_day, period_bounds
from ..vietnamese import fold

# `Đơn vị tính`, `ĐVT`, `Đ.V.T`: each row's unit, never a unit of the administration (`Đơn vị`).
_UNIT_HEADER = re.compile(r"^(?:don vi tinh|d\.?\s*v\.?\s*t\.?)$")
# `Điểm tối đa`, `Thang điểm`, `Tối đa`, `Điểm chuẩn`: each row's maximum score.
_MAX_HEADER = re.compile(r"^(?:diem toi da|thang diem|toi da|diem chuan|so diem toi da)(?:\s*\(diem\))?$")
# `Kế hoạch năm 2025`, `KH 2025`, `Chỉ tiêu giao`, `Mục tiêu năm 2025`: the plan a row's figures are held to.
_PLAN_HEADER = re.compile(r"^(?:ke hoach|kh\b|chi tieu\b|muc tieu\b|de xuat\b|phan dau\b)")
# `Tỷ lệ (%)`, `Tỷ lệ thực hiện`, `So với kế hoạch (%)`, `Đạt (%)`, `% KH`: how much of the plan was done.
_COMPLETION_HEADER = re.compile(
    r"^(?:(?:ty le|ti le)(?:\s+(?:thuc hien|hoan thanh|dat))?(?:\s*\(%\))?$"
    r"|(?:ty le |ti le )?(?:dat |thuc hien )?so (?:voi|sanh)(?: (?:ke hoach|kh|chi tieu))?(?:\s*\(%\))?$"
    r"|(?:dat|hoan thanh)\s*\(%\)$|%\s*(?:so voi\s+)?(?:ke hoach|kh)$)"
)
# Words that, with a date, name a period and nothing more (`6 tháng đầu năm 2024`, `Lũy kế 5 tháng`, `Cùng kỳ`).
_PERIOD_WORDS = re.compile(
    r"\b(?:\d+|thang|quy|nam|dau|cuoi|luy ke|cung ky|ky bao cao|ky|ngay|den|tinh den|tu|so lieu|ket qua|thuc hien)\b"
)


def is_unit_header(header: str) -> bool:
    """`Đơn vị tính`, `ĐVT` (folded): a column stating each row's unit."""
    return bool(_UNIT_HEADER.match(header.strip(" .:")))


def is_max_header(header: str) -> bool:
    """`Điểm tối đa`, `Thang điểm` (folded): a column stating each row's maximum score."""
    return bool(_MAX_HEADER.match(header.strip(" .:")))


def is_plan_header(header: str) -> bool:
    """`Kế hoạch năm 2025`, `Chỉ tiêu giao năm 2025` (folded): a column of the plan each row is held to."""
    return bool(_PLAN_HEADER.match(header.strip(" .:")))


def is_completion_header(header: str) -> bool:
    """`Tỷ lệ (%)`, `So với kế hoạch (%)`, `Tỷ lệ thực hiện` (folded), beside a plan column: the share of the plan
    done, not a share the row's indicator names."""
    return bool(_COMPLETION_HEADER.match(" ".join(header.split()).strip(" .:")))


def plan_period_end(header: str) -> str | None:
    """The day a plan column's target falls due: the end of the period its header names (`Kế hoạch năm 2025` →
    2025-12-31, `Chỉ tiêu quý III/2025` → 2025-09-30), else None."""
    found = find_dates(header)
    if not found:
        return None
    bounds = period_bounds(header)
    return bounds[1] if bounds else last_day(found[-1].iso)


def running_period_end(header: str) -> str | None:
    """`6 tháng đầu năm 2024`, `Lũy kế 5 tháng năm 2025`, `9 tháng năm 2024` (a header naming the first or last
    months of a year): the last day of those months, else None."""
    if not re.search(r"(?<!\d)\d{1,2}\s+thang\s+(?:(?:dau|cuoi)\s+)?nam\b", fold(header)):
        return None
    bounds = period_bounds(header)
    return bounds[1] if bounds else None


def names_only_period(header: str) -> bool:
    """`6 tháng đầu năm 2024`, `Tháng 3/2025`, `Lũy kế`: a header naming a period and nothing else."""
    if not find_dates(header):
        return False
    return not _PERIOD_WORDS.sub(" ", fold(header)).strip(" ,.:;()/-")
