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


def test_a_second_value_of_a_trial_joined_by_and_is_one_more_choice() -> None:
    assert supposed("Choose \\(u = 4\\) and \\(w = 0.5\\) to see what happens.") == [True, True]
    assert supposed("Substituting $s = 3$ and $t = -2$ into the sum, ") == [True, True]
    assert supposed("If $p = 0$ and $q = 6$, the sum is 6.") == [True, True]
    assert supposed("If \\(g \\geq 1\\) and \\(h < 4\\), both hold.") == [True, True]
    assert supposed("Plugging in $r = 2$ and $s = 7$, ") == [True, True]


def test_what_a_trial_gives_is_still_a_claim() -> None:
    assert supposed("If $u = 6$, then $w = 9$ and $z = 1$.") == [True, False, False]
    assert supposed("If $u = 6$, $w = 9$.") == [True, False]
    # after "when", the second value is more often where a result holds
    assert supposed("It is smallest when $p = 0$ and $q = 6$.") == [True, False]
    # a comma breaks the list: what follows it may be what the trial gives
    assert supposed("For $m = 5$, $n = 1$ and $k = 9$.") == [True, False, False]
    assert supposed("Solving for $u$ and $w$ gives $u = 6$ and $w = 9$.") == [False, False]
    assert supposed("Then $u = 6$ and $w = 9$, so we substitute.") == [False, False]
    assert supposed("When we try $u = 6$ we get $w = 9$ and $z = 1$.") == [True, False, False]


def test_a_step_with_a_two_value_trial_is_verified_by_its_arithmetic() -> None:
    step = ("Take $u = 3$ and $w = 5$: then $u^2 + w^2 = 9 + 25 = 34$.")
    assert last_verdict("Is u^2 + w^2 ever 34?", step) is V
    slip = ("Take $u = 3$ and $w = 5$: then $u^2 + w^2 = 9 + 25 = 36$.")
    assert last_verdict("Is u^2 + w^2 ever 34?", slip) is R
