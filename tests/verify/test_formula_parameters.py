"""A formula's parameters given their values ("where $a = 6$, $b = 10$ and $h = 4$",
"Here, $r = 3$", "in this case $u = t$ and $v = 2$", "with $n = 9$") are choices, not
claims: the arithmetic that uses them is what gets checked. Our own variants."""

from __future__ import annotations

from tutor.verify.api import ChainChecker
from tutor.verify.claims import extract_claims
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED

_FORMULA = "A trapezoid's area is $T = \\frac{1}{2}(a + b)h$."


def last_verdict(problem: str, *steps: str) -> Verdict:
    checker = ChainChecker(problem)
    return [checker.check(step).verdict for step in steps][-1]


def supposed(text: str) -> list[bool]:
    return [claim.supposed for claim in extract_claims(text)]


def test_parameters_listed_after_where_or_here_are_choices() -> None:
    assert supposed("Apply it, where $a = 6$, $b = 10$, and $h = 4$.") == [True] * 3
    assert supposed("Here, \\(r = 3\\) and \\(h = 5\\).") == [True, True]
    assert supposed("In this case $u = t$ and $v = 2$.") == [True, True]
    assert supposed("Using the sum formula with $n = 9$ terms.") == [True]
    assert supposed("Let's denote $w = \\sqrt{3} + 2$.") == [True]
    assert supposed("Let $p = 2k$ and $q = 5k$.") == [True, True]


def test_results_are_still_claims() -> None:
    assert supposed("We are left with $x = -9$.") == [False]
    assert supposed("So $x = 3$ and $y = 2$.") == [False, False]
    assert supposed("With $x = 3$ we get $y = 7$.") == [True, False]
    assert supposed("Let $x = 2$, then $y = 5$.") == [True, False]
    assert supposed("If $x = 2$, $y = 5$.") == [True, False]
    # a chain after the cue computes the name's value: its links are claims
    assert supposed("where $m = \\frac{12}{4} = 3$") == [False, False]


def test_a_step_that_applies_a_formula_is_verified_by_its_arithmetic() -> None:
    step = ("Here $a = 6$, $b = 10$ and $h = 4$, so $T = \\frac{1}{2}(6 + 10)(4) = 32$.")
    assert last_verdict("Find the area T.", _FORMULA, step) is V
    step = ("With the formula, where $a = 6$, $b = 10$ and $h = 4$: "
            "$\\frac{1}{2}(6 + 10)(4) = 32$.")
    assert last_verdict("Find the area T.", _FORMULA, step) is V


def test_a_slip_in_the_arithmetic_is_still_refuted() -> None:
    step = ("Here $a = 6$, $b = 10$ and $h = 4$, so $T = \\frac{1}{2}(6 + 10)(4) = 30$.")
    assert last_verdict("Find the area T.", _FORMULA, step) is R


def test_a_value_computed_after_where_carries_to_the_next_step() -> None:
    steps = ["The focal distance is $2c$, where $c = \\sqrt{25 - 9} = 4$.", "So $2c = 8$."]
    assert last_verdict("Find the focal distance.", *steps) is V
