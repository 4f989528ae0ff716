"""Golden tests for prose and list figures (tables are left to the table extractor)."""

from __future__ import annotations

import re

import pytest
from golden.docs import parts_for, read, table_spans
from golden.facts import ANY, NEW_DOCS, SEEDS, Fact
from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.dates import parse_date_phrase
from extractor.extract.figures import extract_figures
from extractor.extract.prose import mask_text
from extractor.models import DocumentMeta

ALL = {**SEEDS, **NEW_DOCS}

CHECKED = ("value", "unit", "kind", "max_value", "subject", "level")


def _locate(text: str, fact: Fact) -> int:
    first = text.find(fact.context)
    assert first != -1, f"golden context not in document: {fact.context!r}"
    assert text.find(fact.context, first + 1) == -1, f"golden context not unique: {fact.context!r}"
    return first + fact.context.index(fact.raw)


def _extract(prefix: str):
    text = read(prefix)
    parts = parts_for(prefix, text)
    return text, parts, extract_figures(text, parts, table_spans(text))


def _mismatches(fact: Fact, row, parts: list[DocumentMeta]) -> list[str]:
    wrong = []
    for name in CHECKED:
        expected, got = getattr(fact, name), getattr(row, name)
        if expected is ANY:
            continue
        if isinstance(expected, float | int) and isinstance(got, float | int):
            if abs(expected - got) > 1e-9:
                wrong.append(f"{name}: {got!r} != {expected!r}")
        elif expected != got:
            wrong.append(f"{name}: {got!r} != {expected!r}")
    as_of = parts[row.part].period_end if fact.as_of == "period" else fact.as_of
    if row.as_of != as_of:
        wrong.append(f"as_of: {row.as_of!r} != {as_of!r}")
    for name in ("code", "target", "stated_status", "part"):
        expected = getattr(fact, name)
        if expected is not ANY and getattr(row, name) != expected:
            wrong.append(f"{name}: {getattr(row, name)!r} != {expected!r}")
    return wrong


@pytest.mark.parametrize("prefix", sorted(ALL))
def test_every_stated_figure_is_found_with_its_facts(prefix):
    text, parts, rows = _extract(prefix)
    by_start = {row.start: row for row in rows}
    problems = []
    for fact in ALL[prefix]:
        start = _locate(text, fact)
        row = by_start.get(start)
        if row is None:
            problems.append(f"missing {fact.raw!r} in {fact.context!r}")
            continue
        wrong = _mismatches(fact, row, parts)
        if wrong:
            problems.append(f"{fact.context!r}: " + "; ".join(wrong))
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("prefix", sorted(ALL))
def test_nothing_else_is_stored_as_a_figure(prefix):
    text, _, rows = _extract(prefix)
    expected = {_locate(text, fact) for fact in ALL[prefix]}
    extra = [f"{row.raw!r} in {row.snippet!r}" for row in rows if row.start not in expected]
    assert not extra, "not figures: " + "\n".join(extra)


@pytest.mark.parametrize("prefix", sorted(ALL))
def test_provenance_points_at_the_figure_as_written(prefix):
    text, _, rows = _extract(prefix)
    for row in rows:
        assert text[row.start:row.end] == row.raw
        assert row.raw in row.snippet
        assert "*" not in row.raw and "<" not in row.raw


def test_no_document_number_date_or_numbering_is_a_figure():
    text, _, rows = _extract("003")
    never = ["6274", "2874", "5053", "6092", "2216", "2062", "766", "2023", "16", "30"]
    assert not [row.raw for row in rows if row.raw in never]
    text, _, rows = _extract("000")
    assert not [row for row in rows if re.fullmatch(r"4352|03|08|2023|237|294|321|468|107|2021", row.raw)]


def test_period_phrases_tell_month_from_year_to_date_figures():
    text, _, rows = _extract("004")
    by_raw = {row.raw: row for row in rows}
    assert "(tháng 9)" in by_raw["96,95%"].label
    assert "(9 tháng đầu năm)" in by_raw["97,27%"].label
    assert by_raw["96,95%"].code == by_raw["97,27%"].code
    assert by_raw["97,27%"].as_of == "2024-09-30"


def test_attached_report_figures_belong_to_the_second_part():
    _, _, rows = _extract("003")
    assert rows and all(row.part == 1 for row in rows)


def test_markup_is_blanked_without_moving_offsets():
    text = "đạt **96,9%** (<b>DVC</b> tỉnh)"
    masked = mask_text(text)
    assert len(masked) == len(text)
    assert masked[text.index("96,9%"):text.index("96,9%") + 5] == "96,9%"
    assert "*" not in masked and "<b>" not in masked


def test_table_regions_are_skipped():
    text = "Tỷ lệ hồ sơ nộp trực tuyến: 42,56%\nSTT\tTỷ lệ\n1\t55,5%\n"
    start = text.index("STT")
    rows = extract_figures(text, [DocumentMeta(period_end="2024-02-29", end=len(text))], [(start, len(text))])
    assert [row.raw for row in rows] == ["42,56%"]


@pytest.mark.parametrize(
    ("phrase", "year", "iso"),
    [("ngày 31/7/2023", None, "2023-07-31"), ("30/9", 2024, "2024-09-30"), ("tháng 7/2023", None, "2023-07-31"),
     ("năm 2025", None, "2025-12-31"), ("31/2/2024", None, None), ("6 tháng đầu năm 2024", None, "2024-06-30"),
     ("9 tháng đầu năm 2024", None, "2024-09-30"), ("quý II/2024", None, "2024-06-30")],
)
def test_date_phrases(phrase, year, iso):
    assert parse_date_phrase(phrase, year) == iso


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=list("0123456789.,/%()*<>b: \n\fđạt là có tỷ lệ cấp huyện xã Sở Tư pháp;-+¹"), max_size=120))
def test_any_text_gives_figures_that_point_at_themselves(text):
    for row in extract_figures(text, [], []):
        assert text[row.start:row.end] == row.raw
        assert row.raw in row.snippet
