"""Lookups shared by the tests of figure kinds: the row at a figure written in a context, and its subject."""

from __future__ import annotations

from extractor.models import Indicator


def figure_at(rows: list[Indicator], text: str, context: str, raw: str) -> Indicator:
    """The row whose figure is `raw` as written inside `context` (which occurs in `text`)."""
    start = text.index(context) + context.index(raw)
    found = [row for row in rows if row.start == start]
    assert found, f"no figure at {raw!r} in {context!r}: {[(r.raw, r.start) for r in rows]}"
    return found[0]


def subject_and_level(row: Indicator) -> tuple[str | None, str | None]:
    """Who a row is about: its subject and level."""
    return row.subject, row.level
