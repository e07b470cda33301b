"""Answers of different kinds kept apart (`answer_kinds`): a set against a tuple or an
interval, a numeral in another base against a plain number, two different units.
Own pairs, equal and not."""

from __future__ import annotations

import pytest

from tutor.verify.answer_kinds import set_against_tuple, units_differ
from tutor.verify.answers import equivalent


@pytest.mark.parametrize(("gold", "pred", "same"), [
    # a set of numbers is neither a pair nor an interval
    ("\\{-4, 9\\}", "(-4, 9)", False), ("(-4, 9)", "\\{9, -4\\}", False),
    ("\\{-4, 9\\}", "[-4, 9]", False), ("\\{-4, 9\\}", "\\{9, -4\\}", True),
    ("\\{-4, 9\\}", "-4, 9", True),  # a bare list of the same numbers
    # a numeral in another base is its value, or the same digits written without the base
    # (the answer to "write it in base 2" is often given as 110)
    ("6", "110_2", True), ("110", "110_2", True), ("21", "10101_{2}", True),
    ("8", "12_8", False), ("10", "12_8", True), ("111", "110_2", False), ("12", "110_2", False),
    # the same unit in two spellings, or two different units
    ("12 \\text{ cm}", "12 centimeters", True), ("9 \\text{ ft}", "9 feet", True),
    ("2 \\text{ hours}", "2 hrs", True), ("45 \\text{ km/h}", "45 kph", True),
    ("20 in^2", "20 square inches", True), ("15 \\text{ cm}^3", "15 \\text{ mL}", True),
    ("12 \\text{ cm}", "12 \\text{ m}", False), ("2 \\text{ hours}", "2 \\text{ minutes}", False),
    ("20 in^2", "20 in", False), ("45 \\text{ km/h}", "45 \\text{ m/s}", False),
    # one side without a unit, or a generic one: the value decides
    ("12 \\text{ cm}", "12", True), ("5", "5 \\text{ kg}", True),
    ("16 \\text{ square units}", "16 \\text{ m}^2", True),
])
def test_kinds(gold: str, pred: str, same: bool) -> None:
    assert equivalent(gold, pred, timeout=30) is same


def test_what_the_kind_checks_read() -> None:
    assert set_against_tuple("\\{1, 5\\}", "\\left(1, 5\\right)")
    assert not set_against_tuple("\\{(1, 5)\\}", "(1, 5)")  # a set holding the point
    assert not set_against_tuple("\\{3\\}", "(3)")
    assert units_differ("4 \\text{ mL}", "4 \\text{ L}")
    assert not units_differ("4 \\text{ mL}", "4 ml") and not units_differ("4", "4 \\text{ L}")


@pytest.mark.parametrize(("gold", "pred", "same"), [
    # ratios of three parts or more: proportional, in order
    ("3:4:7", "6:8:14", True), ("3:4:7", "\\frac{3}{2} : 2 : \\frac{7}{2}", True),
    ("1:\\sqrt{3}:2", "2:2\\sqrt{3}:4", True),
    ("3:4:7", "7:4:3", False), ("3:4:7", "6:8:15", False), ("3:4:7", "3:4", False),
    ("2:45:10", "4:90:20", False),  # a clock time with seconds is no ratio
])
def test_ratios_of_three_parts(gold: str, pred: str, same: bool) -> None:
    assert equivalent(gold, pred, timeout=30) is same


def test_a_union_of_intervals_is_not_read_as_one_tuple() -> None:
    assert not set_against_tuple("\\{0, 2, 5\\}", "(0, 2) \\cup (5, 7)")


@pytest.mark.parametrize(("gold", "pred", "same"), [
    # two numerals with their bases, the digits maybe written as text
    (r"\text{A5}_{11}", "A5_{11}", True),
    (r"\mathrm{1F}_{16}", "1F_{16}", True),
    (r"\text{B5}_{12}", "B5_{12}", True),
    (r"\text{A5}_{11}", "A6_{11}", False),
    (r"\text{A5}_{11}", "A5_{12}", False),  # another base
])
def test_two_numerals_with_bases(gold: str, pred: str, same: bool) -> None:
    assert equivalent(gold, pred) is same
