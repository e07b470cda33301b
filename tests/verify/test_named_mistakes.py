"""Arithmetic the words name a mistake or a counterfactual ("a common slip is 2^4 = 8",
"the error: 7 × 8 = 54", "not 2 × 5 = 7 but 2 + 5 = 7", "if it were 4 × 6 = 30",
"suppose 3 + 3 = 7; then ...") is not claimed, so a tutor explaining a slip is never
red-marked; nor is a sum "in binary" read as a decimal one (stop 52, fr26). What the
writer states in their own voice after such words is still checked. Our own variants."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_step
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


@pytest.mark.parametrize("step", [
    "a common slip is 2^4 = 8",
    "A typical mistake: (3 + 2)^2 = 13",
    "the error: 7 × 8 = 54 should be 56",
    "the mistake here is 12/4 = 4",
    "not 2 × 5 = 7 but 2 + 5 = 7",
    "Many students wrongly write 3^2 = 6",
    "she used 4 × 6 = 20 instead of 4 × 6 = 24",
    "if it were 4 × 6 = 30, each row would have 5",
    "if we had 9 + 8 = 18, the total would be even",
    "suppose 3 + 3 = 7; then everything breaks",
    "Assume that 10 / 4 = 2 for a moment",
    "1 + 1 = 10 in binary",
    "11 + 1 = 100 in binary",
    "7 + 1 = 10 in octal",
])
def test_named_mistake_is_not_refuted(step: str) -> None:
    assert check_step("", [], step).verdict is not R, step


@pytest.mark.parametrize("step", [
    "Suppose 3 + 4 = 7. Then 7 × 2 = 15.",
    "Note 7 × 8 = 54",
    "So 7 × 8 = 54",
    "I got 7 × 8 = 54",
    "7 × 8 = 54 in total",
    "the mistake was fixed: now 7 × 8 = 54",
])
def test_own_statement_after_such_words_is_refuted(step: str) -> None:
    assert check_step("", [], step).verdict is R, step


@pytest.mark.parametrize("step", [
    "suppose x = 5. Then 3x = 15",
    "assume n = 4, so n^2 = 16",
    "2 × 6 = 12, not 13",
])
def test_right_steps_stay_verified(step: str) -> None:
    assert check_step("", [], step).verdict is V, step
