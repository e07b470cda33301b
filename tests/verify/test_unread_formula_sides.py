"""A formula the plain-text runs cannot read before a chain (`b^2 - 4ac = 25 + 24 = 49`)
was taken for words ("Total = 5 + 3 = 8") and only the arithmetic after it was checked, so
a wrong discriminant was verified. Now such a run is left unchecked; words, ordinals and
units before a chain keep their standing. Our own variants."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_step
from tutor.verify.verdict import Verdict

V = Verdict.VERIFIED
PROBLEM = "Solve 2x^2 - 7x + 3 = 0."


@pytest.mark.parametrize("step", [
    "The discriminant is b^2 - 4ac = 49 + 24 = 73",
    "b^2 - 4ac = 49 + 24 = 73",
    "D = b^2 - 4ac = 49 + 24 = 73",
])
def test_a_chain_after_an_unread_formula_is_not_verified(step: str) -> None:
    assert check_step(PROBLEM, [], step).verdict is not V, step


@pytest.mark.parametrize("step", [
    "Total = 5 + 3 = 8",
    "The 2nd = 5 + 3 = 8",
    "the 4th term = 5 + 3 = 8",
])
def test_words_before_a_chain_still_leave_it_verified(step: str) -> None:
    assert check_step("", [], step).verdict is V, step


@pytest.mark.parametrize("step", [
    "b^2 - 4ac = 49 - 24 = 26",
    "the discriminant is b^2 - 4ac = 36 + 40 = 75",
    "For cubes, u^3 + v^3 = s^3 - 3ps = 125 - 3·6·5 = 125 - 90 = 45",
])
def test_false_arithmetic_after_an_unread_formula_is_refuted(step: str) -> None:
    # the chain after the formula is read on its own: its arithmetic is plain arithmetic
    assert check_step(PROBLEM, [], step).verdict is Verdict.REFUTED, step


@pytest.mark.parametrize("step", [
    "For cubes, u^3 + v^3 = s^3 - 3ps = 125 - 3·6·5 = 125 - 90 = 35",
    "the area is 2ab = 2·3·5 = 30",
])
def test_true_arithmetic_after_an_unread_formula_is_not_verified_or_refuted(step: str) -> None:
    assert check_step(PROBLEM, [], step).verdict is Verdict.UNCHECKED, step
