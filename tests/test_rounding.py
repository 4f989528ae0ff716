"""Tolerance from the precision as written."""

from __future__ import annotations

import pytest

from extractor.rounding import fmt, half_unit, is_exact_count, raw_decimals, share_tolerance, sum_tolerance, within


@pytest.mark.parametrize("raw, places", [("42,58%", 2), ("78,49/100", 2), ("1.773", 0), ("80.89%", 2),
                                         ("18", 0), ("+0,38", 2), ("Tăng 0,59 điểm", 2), ("", 0)])
def test_decimals_as_written(raw, places):
    assert raw_decimals(raw) == places


def test_half_unit_of_last_stated_decimal():
    assert half_unit("42,58") == pytest.approx(0.005)
    assert half_unit("11,1/18") == pytest.approx(0.05)
    assert half_unit("86 %") == pytest.approx(0.5)
    assert half_unit("1.277", exact=True) == 0.0


def test_counts_are_exact_and_measures_are_not():
    assert is_exact_count("1.277", "hồ sơ")
    assert is_exact_count("30", "đơn vị", "count")
    assert not is_exact_count("18", "điểm")
    assert not is_exact_count("42,58", "%")


def test_seed_001_total_is_within_rounding_of_its_six_groups():
    # 78,49 stated; 11,1 + 17,6 + 7,2 + 9,1 + 17,9 + 15,7 = 78,6 (seed 001)
    tolerance = sum_tolerance([("78,49", False)] + [(raw, False) for raw in
                                                    ["11,1", "17,6", "7,2", "9,1", "17,9", "15,7"]])
    assert tolerance == pytest.approx(0.305)
    assert within(78.49, 78.6, tolerance)


def test_seed_000_share_of_1901_is_outside_rounding():
    # 809 of 809 + 642 + 450 = 1 901 TTHC is 42,556...%, stated 42,58%
    tolerance = share_tolerance("42,58%", 809, 1901)
    assert not within(42.58, 100 * 809 / 1901, tolerance)
    assert within(42.56, 100 * 809 / 1901, tolerance)


def test_rounded_operands_widen_a_share_tolerance():
    # 7,5/12 điểm is 62,5%; a score rounded to 0,05 moves the share by up to 100 × 0,05 / 12
    assert share_tolerance("62,5%", 7.5, 12, part_half=0.05) == pytest.approx(0.05 + 100 * 0.05 / 12)


def test_messages_write_figures_the_vietnamese_way():
    assert fmt(1277.0) == "1.277"
    assert fmt(42.5565) == "42,56"
    assert fmt(0.305, 3) == "0,305"
