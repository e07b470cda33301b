"""Arithmetic said not to hold ("it is not 6 + 7 = 12"): verified when the sides differ
(tutor/verify/negated_claims), never refuted; and `!=` typed as code (`6 + 7 != 12`,
`6+7!=12`) is never read as a factorial said to be a wrong value."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_step
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


@pytest.mark.parametrize("step", [
    "it is not 6 + 7 = 12",
    "the total is not 15 + 9 = 23, so I recount",
    "Hmm, not 3 × 4 = 7 but 3 × 4 = 12",
    "so the answer is not 81 / 9 = 8",
    "and not 2^5 = 30",
])
def test_a_false_equation_said_not_to_hold_is_verified(step: str) -> None:
    verdict = check_step("Work it out.", [], step)
    assert verdict.verdict is V
    assert any("said not to hold" in c.reason for c in verdict.claims)


@pytest.mark.parametrize("step", [
    "it is not 6 + 7 = 13",            # true sum: "not" may deny something else
    "not 3 + 4 = 7 but 3 + 4 + 1 = 8",
    "not 6 + 7 = 12 is wrong",         # a double denial: nothing is said for certain
    "a common mistake is 2^3 = 6",     # a mistake named, not a "not"
    "if it were 5 × 7 = 40, the total would change",
    "x is not 5 = 5",                  # no arithmetic on either side
])
def test_a_negation_that_is_not_certain_is_left_unchecked(step: str) -> None:
    verdict = check_step("Work it out.", [], step)
    assert verdict.verdict is not R
    assert not any("said not to hold" in c.reason for c in verdict.claims)


@pytest.mark.parametrize("step", [
    "6 + 7 != 12",
    "6+7!=12",
    "so 4!=20 can't be, check again",
    "x != 3 so 2x != 6",
])
def test_unequal_typed_as_code_is_not_refuted(step: str) -> None:
    assert check_step("Work it out.", [], step).verdict is not R


@pytest.mark.parametrize(("step", "verdict"), [
    ("so 5! = 120", V),
    ("7!=5040", V),
    ("4! = 20", R),
])
def test_a_factorial_beside_equals_is_still_read(step: str, verdict: Verdict) -> None:
    assert check_step("Work it out.", [], step).verdict is verdict
