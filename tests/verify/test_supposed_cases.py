r"""A case worked out on an earlier equation: "If $d = -1$, then $c^2 + 2(-1) = 1$" after
$c^2 + 2d = 1$, "plugging in $x = 2$, we get $4 + 2a = 10$" long after $x^2 + ax = 10$.
The claim is that equation with the value the step's own supposition gave put in (verify
only; a value found earlier may be another case's). Our own variants, written for these
tests."""

from __future__ import annotations

import pytest

from tutor.verify.api import ChainChecker
from tutor.verify.verdict import Verdict

V, U = Verdict.VERIFIED, Verdict.UNCHECKED

# Eight equations between other unknowns: they push the first one out of the window.
_BETWEEN = ["From the second clue, $p - q = 1$ and $p + q = 9$.",
            "Adding them, $2p = 10$, so $p = 5$ and $q = 4$.",
            "Next, $u + w = 7$ and $u - w = 3$.",
            "Adding, $2u = 10$, so $u = 5$ and $w = 2$."]


def last(problem: str, *steps: str) -> tuple[Verdict, str]:
    checker = ChainChecker(problem, time_limit=30)
    for step in steps[:-1]:
        checker.check(step)
    result = checker.check(steps[-1])
    reasons = " / ".join(c.reason for c in result.claims)
    return result.verdict, reasons


_TWO_CASES = "Find all real m and n with m^2 + 3n = 10 and n^2 = 4."


@pytest.mark.parametrize(("step", "expected"), [
    (r"If \(n = -2\), then \(m^2 + 3(-2) = 10\), so \(m^2 = 16\).", V),
    (r"Suppose $n = -2$. Then $m^2 - 6 = 10$.", V),
    (r"For $n = -2$ we get $m^2 + 3 \cdot (-2) = 10$.", V),
    (r"Case $n = 2$: if $n = 2$, then $m^2 + 6 = 10$, and $m^2 = 4$.", V),
    # the value put in is not the one supposed
    (r"If \(n = 2\), then \(m^2 + 3(-2) = 10\).", U),
    # a slip in the arithmetic of the case
    (r"If \(n = -2\), then \(m^2 - 6 = 12\).", U),
])
def test_a_case_worked_out_on_an_equation_of_degree_two(step: str, expected: Verdict) -> None:
    verdict, reasons = last(_TWO_CASES, "From $n^2 = 4$, $n = 2$ or $n = -2$.", step)
    assert verdict is expected, reasons


@pytest.mark.parametrize("step", [
    "Plugging in $x = 2$, we get $4 + 2a = 10$, so $a = 3$.",
    r"Substituting \(x = 2\) gives \(2^2 + 2a = 10\).",
    r"When $x = 2$: $2a = 10 - 4 = 6$.",
])
def test_an_equation_many_steps_back_with_the_supposed_value(step: str) -> None:
    steps = ["At the point we want, $x^2 + ax = 10$.", *_BETWEEN, *_BETWEEN, step]
    verdict, reasons = last("The curve y = x^2 + ax meets y = 10.", *steps)
    assert verdict is V, reasons
    assert "with x = 2 put in" in reasons


def test_coefficients_compared_long_before_then_each_case() -> None:
    steps = ["Comparing coefficients, $b^2 - 4c = 9$ and $c^2 = 1$.", *_BETWEEN, *_BETWEEN,
             r"When \(c = 1\), \(b^2 - 4 = 9\), so \(b^2 = 13\)."]
    verdict, reasons = last("Find b and c.", *steps)
    assert verdict is V and "with c = 1 put in" in reasons


@pytest.mark.parametrize("step", [
    # the value was found, not supposed in this step: it may be another case's
    "So $x = 2$ and $4 + 2a = 10$.",
    # the wrong value put in
    "Plugging in $x = 2$, we get $4 + 2a = 12$.",
    # the claim still uses the supposed name: not the equation with it put in
    "Plugging in $x = 2$, we get $x + 2a = 8$.",
])
def test_near_misses_on_an_old_equation_stay_unchecked(step: str) -> None:
    steps = ["At the point we want, $x^2 + ax = 10$.", *_BETWEEN, *_BETWEEN, step]
    verdict, reasons = last("The curve y = x^2 + ax meets y = 10.", *steps)
    assert verdict is U, reasons
