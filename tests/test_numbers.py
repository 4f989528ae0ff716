"""Vietnamese number notation (extractor/numbers.py): the values are the brief's and the reports' own forms."""

from __future__ import annotations

import pytest

from extractor.numbers import decimals, parse_number


@pytest.mark.parametrize("raw, percent, value", [
    ("1.773", False, 1773),
    ("216.219", False, 216219),
    ("90,19", False, 90.19),
    ("80.89", True, 80.89),  # `80.89%`: a share cannot be eighty thousand
    ("1.234,5", False, 1234.5),
    ("1.862,5", True, 1862.5),  # a decimal comma after the dot: thousands, whatever follows
    ("+0,38", False, 0.38),
    ("-5", False, -5),
    ("1,2,3", False, None),
    ("abc", False, None),
])
def test_parse_number(raw, percent, value):
    assert parse_number(raw, percent=percent) == value


@pytest.mark.parametrize("raw, count", [("42,58", 2), ("1.773", 0), ("80.89", 2), ("7", 0)])
def test_decimals_as_written(raw, count):
    assert decimals(raw) == count


def test_spaces_join_thousands_only_where_the_document_groups_them_so():
    from extractor.numbers import GROUP_SPACE, join_spaced_thousands

    spaced = "tiếp nhận 12 846 hồ sơ, giải quyết 12 604 hồ sơ"
    joined = join_spaced_thousands(spaced)
    assert len(joined) == len(spaced) and f"12{GROUP_SPACE}846" in joined and f"12{GROUP_SPACE}604" in joined
    dotted = "tiếp nhận 1.846 hồ sơ, 2.604 hồ sơ và 3.118 hồ sơ; tháng 12 846 lượt truy cập"
    assert join_spaced_thousands(dotted) == dotted  # a document with thousands dots: a space separates numbers
