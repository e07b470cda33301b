"""Conventions that public graders share (MARIO_EVAL, math-verify, PRM800K, Qwen2.5-Math,
Minerva's normalisation), in our own pairs: a plain-letter unit, units written in Chinese,
`\\text{ million}`, Unicode fractions, `sqrt 8` typed plainly, a percent against a decimal
of any length. Each with near misses that must stay unequal."""

from __future__ import annotations

import pytest

from tutor.verify.answers import equivalent


@pytest.mark.parametrize(("gold", "pred", "same"), [
    # a one-letter unit after a number: dropped against a bare number, compared with another
    ("6 m", "6 cm", False), ("6 cm", "6 m", False), ("9 km", "9 m", False),
    ("3 g", "3 kg", False), ("2 h", "2 min", False), ("5 L", "5 mL", False),
    ("6 m", "6", True), ("5 L", "5", True), ("5 L", "5 liters", True), ("3 g", "3 grams", True),
    ("7 m^2", "7", True), ("7 m^2", "7 m", False), ("6 m", "6 \\text{ m}", True),
    # units written in Chinese
    ("8厘米", "8", True), ("8厘米", "8米", False), ("8千米", "8 km", True),
    ("8公里", "8千米", True), ("2升", "2000毫升", False), ("4平方米", "4米", False),
    ("6立方厘米", "6 mL", True),
])
def test_units_of_measure(gold: str, pred: str, same: bool) -> None:
    assert equivalent(gold, pred) is same


@pytest.mark.parametrize(("gold", "pred", "same"), [
    ("4 \\text{ million}", "4000000", True), ("4\\text{ million}", "4 million", True),
    ("2.5\\text{ billion}", "2500000000", True), ("4 \\text{ million}", "4000", False),
    ("4 \\text{ million}", "4", False),
    ("¼", "0.25", True), ("2¾", "\\frac{11}{4}", True), ("⅔", "2/3", True),
    ("⅔", "3/2", False), ("2¾", "\\frac{3}{2}", False),
    ("3\\sqrt{3}", "sqrt 27", True), ("3\\sqrt{3}", "sqrt27", True), ("\\sqrt{7}", "sqrt(7)", True),
    ("3\\sqrt{3}", "sqrt 28", False), ("\\sqrt{7}", "sqrt 7 + 1", False),
])
def test_numbers_written_in_words_or_unicode(gold: str, pred: str, same: bool) -> None:
    assert equivalent(gold, pred) is same


@pytest.mark.parametrize(("gold", "pred", "same"), [
    # a plain percent reads as its number and as the fraction, written any way
    ("35\\%", "35.0", True), ("35\\%", "0.350", True), ("35\\%", "\\frac{7}{20}", True),
    ("0.35", "35.0\\%", True), ("2,500\\%", "25", True), ("-4\\%", "-0.04", True),
    ("35\\%", "3.5", False), ("35\\%", "0.035", False), ("3.5", "35\\%", False),
    ("12,5\\%", "125", False),  # a decimal comma is not a thousands group
    ("-4\\%", "0.04", False),
    # two percents: their numbers, never one read as a percent and the other as a fraction
    ("40\\%", "0.4\\%", False), ("40\\%", "40.0\\%", True), ("0.4\\%", "40\\%", False),
])
def test_percents(gold: str, pred: str, same: bool) -> None:
    assert equivalent(gold, pred) is same


@pytest.mark.parametrize(("gold", "pred", "same"), [
    # each entry of a list, a pair or a set with its unit (graders compare entry by entry)
    ("(5 \\text{ cm}, 12 \\text{ cm})", "(5, 12)", True),
    ("(5, 12)", "(5 \\text{ cm}, 12 \\text{ cm})", True),
    ("5 \\text{ kg}, 9 \\text{ kg}", "9, 5", True),
    ("\\{2 \\text{ m}, 6 \\text{ m}\\}", "\\{6, 2\\}", True),
    ("(5 \\text{ cm}, 12 \\text{ cm})", "(12, 5)", False),  # a pair keeps its order
    ("(5 \\text{ cm}, 12 \\text{ cm})", "(5 \\text{ m}, 12 \\text{ m})", False),
    ("5 kg, 9 kg", "5 g, 9 g", False),
    ("(3y \\text{ cm}, 4)", "(3, 4)", False),  # a letter there is maths, not a unit
])
def test_lists_with_units(gold: str, pred: str, same: bool) -> None:
    assert equivalent(gold, pred) is same


@pytest.mark.parametrize(("gold", "pred", "same"), [
    # the same writing up to spaces and synonymous commands, even where nothing parses it
    ("2, 4, \\ldots, 20", "2,4,\\dots,20", True), ("2, 4, \\ldots, 20", "2, 4, …, 20", True),
    ("\\{5, 10, 15, \\cdots\\}", "\\{5,10,15,\\ldots\\}", True),
    ("\\left[ 2, 7 \\right)", "[2,7)", True), ("\\dfrac{a}{b}", "\\frac{a}{b}", True),
    ("2, 4, \\ldots, 20", "2, 4, \\ldots, 22", False), ("2, 4, \\ldots, 20", "2, 4, 20", False),
    ("\\{5, 10, 15, \\cdots\\}", "\\{5, 10, 15\\}", False),
    ("4 2/3", "42/3", False),  # a space inside a number is a mixed number's
])
def test_the_same_writing(gold: str, pred: str, same: bool) -> None:
    assert equivalent(gold, pred) is same


def test_a_thousands_comma_is_not_a_list_comma() -> None:
    assert not equivalent("72,400", "72, 400")
    assert equivalent("72,400", "72400")
