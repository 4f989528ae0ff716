"""Rounding tolerance from the precision a figure is written with.

A figure written `78,49` can stand for anything in [78,485, 78,495): half a unit of its last stated
decimal. A sum of rounded terms may drift by the sum of their half-units; a share computed from
counts may differ from the stated share by the stated share's half-unit (counts are exact) plus
whatever the rounding of non-integer operands carries through the division.
"""

from __future__ import annotations

import re

from .numbers import decimals

# Floating-point slack added to every comparison so that 0.1 + 0.2 == 0.3 holds.
EPSILON = 1e-9

_NUMBER_IN_RAW = re.compile(r"[+-]?\d+(?:[.,]\d+)*")


def number_part(raw: str | None) -> str:
    """Return the first number written in `raw` (`11,1/18` → `11,1`, `42,58%` → `42,58`)."""
    if not raw:
        return ""
    match = _NUMBER_IN_RAW.search(raw)
    return match.group(0).lstrip("+-") if match else ""


def raw_decimals(raw: str | None) -> int:
    """Decimals as written in the first number of `raw`; 0 when nothing is written."""
    text = number_part(raw)
    if not text:
        return 0
    if "%" in (raw or "") and "." in text and "," not in text and text.count(".") == 1:
        return len(text.rsplit(".", 1)[1])  # `80.89%` is a share with two decimals
    return decimals(text)


def half_unit(raw: str | None, exact: bool = False) -> float:
    """Half a unit of the last stated decimal of `raw` (`42,58` → 0.005, `18` → 0.5).

    `exact` says the figure is a count, which is not rounded: its half-unit is 0.
    """
    if exact:
        return 0.0
    return 0.5 * 10.0 ** (-raw_decimals(raw))


def is_exact_count(raw: str | None, unit: str | None = None, kind: str | None = None) -> bool:
    """Tell whether a figure is an exact count (an integer of hồ sơ, TTHC, đơn vị...), not a rounded measure."""
    if raw and raw_decimals(raw) > 0:
        return False
    if unit in ("%", "điểm", "ngày", "giờ", "hạng"):
        return False
    if kind == "count":
        return True
    return unit is not None


def sum_tolerance(raws: list[tuple[str | None, bool]]) -> float:
    """Tolerance of comparing a stated figure with a sum: half-units of every term and of the stated figure.

    Each item is (raw, exact); the stated figure is one of the items.
    """
    return sum(half_unit(raw, exact) for raw, exact in raws) + EPSILON


def share_tolerance(
    stated_raw: str | None, part: float, whole: float, part_half: float = 0.0, whole_half: float = 0.0
) -> float:
    """Tolerance of comparing a stated percentage with 100 × part ÷ whole.

    The stated share carries its own half-unit; rounded operands add 100 × (Δpart/whole +
    part × Δwhole / whole²) by first-order propagation.
    """
    propagated = 0.0
    if whole:
        propagated = 100.0 * (part_half / abs(whole) + abs(part) * whole_half / (whole * whole))
    return half_unit(stated_raw) + propagated + EPSILON


def within(stated: float, recomputed: float, tolerance: float) -> bool:
    """Tell whether two figures agree within a tolerance."""
    return abs(stated - recomputed) <= tolerance + EPSILON


def fmt(value: float | None, places: int | None = None) -> str:
    """Write a figure the Vietnamese way for messages (`42.556` → `42,56`; `1277.0` → `1.277`; `75.1` → `75,1`).

    Without `places`, up to two decimals are shown and trailing zeros dropped.
    """
    if value is None:
        return "?"
    trim = places is None
    text = f"{value:,.{2 if trim else places}f}"
    if trim and "." in text:
        text = text.rstrip("0").rstrip(".")
    return text.replace(",", "\u0001").replace(".", ",").replace("\u0001", ".")
