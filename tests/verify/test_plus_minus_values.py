"""`x = a ± b` gives a name two values; for a problem that asks to solve an equation in x,
both are put into it. Both solve it: verified. One certainly fails: refuted, naming it.
Rounded values, suppositions and `∓` are left unchecked."""

from __future__ import annotations

import pytest

from tutor.verify.api import ChainChecker
from tutor.verify.verdict import Verdict


def claims_of_last(problem: str, *steps: str):
    checker = ChainChecker(problem)
    result = None
    for step in steps:
        result = checker.check(step)
    assert result is not None
    return result


@pytest.mark.parametrize(("problem", "step"), [
    ("Solve $x^2 - 4x + 1 = 0$.", "By the quadratic formula, $x = 2 \\pm \\sqrt{3}$."),
    ("Solve $3t^2 - 2t - 7 = 0$.", "$t = \\frac{2 \\pm \\sqrt{88}}{6}$"),
    ("Solve $y^2 = 49$.", "Taking square roots, $y = \\pm 7$."),
    ("Solve for $x$: $x^2 + 10x + 22 = 0$.", "So $x = -5 \\pm \\sqrt{3}$."),
])
def test_both_values_solving_the_equation_verify(problem: str, step: str) -> None:
    result = claims_of_last(problem, step)
    assert result.verdict is Verdict.VERIFIED
    assert any("both values" in claim.reason for claim in result.claims)


@pytest.mark.parametrize(("problem", "steps", "named"), [
    # 4·61·227 + 108² = 67052, which is not 259² = 67081
    ("Solve $61x^2 - 108x - 227 = 0$.",
     ("$x = \\frac{108 \\pm \\sqrt{67052}}{122}$.", "$x = \\frac{108 \\pm 259}{122}$."),
     "x = 367/122"),
    ("Solve $x^2 - 6x + 4 = 0$.", ("Then $(x - 3)^2 = 4$, so $x = 3 \\pm 2$.",), "x = 5"),
    # the sign slip: -b is 4, not -4
    ("Solve $u^2 - 4u - 5 = 0$.", ("$u = \\frac{-4 \\pm 6}{2}$",), "u = 1"),
])
def test_a_value_that_fails_the_equation_refutes(problem: str, steps: tuple[str, ...],
                                                 named: str) -> None:
    result = claims_of_last(problem, *steps)
    assert result.verdict is Verdict.REFUTED
    refuted = [claim for claim in result.claims if claim.verdict is Verdict.REFUTED]
    assert any(named in claim.reason and "is not a solution of" in claim.reason
               for claim in refuted)


@pytest.mark.parametrize("step", [
    "Suppose $x = 3 \\pm 2$.",  # a supposition
    "$x \\approx 3 \\pm 2.24$",  # rounded
    "$x = 3 \\pm 2.236$",
    "$x = 3 \\mp 2$",  # another sign convention
])
def test_rounded_supposed_or_minus_plus_values_stay_unchecked(step: str) -> None:
    result = claims_of_last("Solve $x^2 - 6x + 4 = 0$.", step)
    assert all(claim.verdict is not Verdict.REFUTED for claim in result.claims)


def test_without_an_equation_to_solve_nothing_is_compared() -> None:
    result = claims_of_last("Find the two numbers whose sum is 6 and product 5.",
                            "The numbers are $x = 3 \\pm 2$.")
    assert all(claim.verdict is Verdict.UNCHECKED for claim in result.claims)
