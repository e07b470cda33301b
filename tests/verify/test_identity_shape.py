"""An expansion or a factoring is true for every value or wrong: a known root, a value
or a linear equation never verifies it, while a side-by-side rewrite of an earlier
equation still does. Our own variants."""

from __future__ import annotations

import sympy

from tutor.verify.api import ChainChecker
from tutor.verify.identity_shape import identity_shaped
from tutor.verify.rewrites import rewrites_another_equation
from tutor.verify.verdict import Verdict

V, U = Verdict.VERIFIED, Verdict.UNCHECKED
t = sympy.Symbol("t")


def last_verdict(problem: str, *steps: str) -> Verdict:
    checker = ChainChecker(problem, time_limit=10)
    for step in steps[:-1]:
        checker.check(step)
    return checker.check(steps[-1]).verdict


def test_a_wrong_factoring_is_not_verified_by_a_known_root() -> None:
    problem = "One solution of $t^2 - 11t + 28 = 0$ is $t = 7$. Find the other."
    assert last_verdict(problem, "So \\(t^2 - 11t + 28 = (t - 7)(t - 2)\\).") is U
    assert last_verdict(problem, "So \\(t^2 - 11t + 28 = (t - 7)(t - 4)\\).") is V
    assert last_verdict("We know $t = 7$.", "Then \\(t^2 + 3t = t(t + 10)\\).") is U


def test_a_rewrite_of_an_earlier_equation_side_by_side_still_counts() -> None:
    problem = "Solve $(t + 5)^2 = t^2 + 45$."
    assert last_verdict(problem, "Expanding, \\(t^2 + 10t + 25 = t^2 + 45\\).") is V
    assert last_verdict("Solve it.", "We have $\\sqrt{t^2 + 9} = t + 3$.",
                        "Squaring, $t^2 + 9 = t^2 + 6t + 9$.") is V


def test_the_shape() -> None:
    assert identity_shaped(t**2 - 11 * t + 28, (t - 7) * (t - 2))
    assert not identity_shaped(t**2, sympy.Integer(49))  # an equation for t
    assert not identity_shaped(t**2 + 1, (t + 1) ** 2 - 2 * t)  # equal: an identity
    assert not identity_shaped(t**3 - t, sympy.Integer(0))


def test_a_wrong_factored_equation_is_not_verified_by_a_known_root() -> None:
    problem = "It is known that $t = 6$ solves $t^2 - 2t - 24 = 0$. What is the other solution?"
    # holds at t = 6, but as a rewrite of the quadratic it is wrong: roots 6 and -5, not -4
    assert last_verdict(problem, "Factoring, $(t - 6)(t + 5) = 0$.") is U
    assert last_verdict(problem, "Expanded wrongly: $t^2 - t - 30 = 0$.") is U
    assert last_verdict(problem, "Factoring, $(t - 6)(t + 4) = 0$.") is V
    # with no equation of higher degree around, a value still verifies a consequence
    assert last_verdict("We found $t = 6$.", "So $t^2 - 36 = 0$.") is V


def test_rewrites_another_equation() -> None:
    quadratic = [(t**2 - 2 * t - 24, sympy.Integer(0)), (t, sympy.Integer(6))]
    assert rewrites_another_equation((t - 6) * (t + 5), quadratic)
    assert not rewrites_another_equation((t - 6) * (t + 4), quadratic)
    assert not rewrites_another_equation(t - 6, quadratic)  # degree 1: a solution claim
    assert not rewrites_another_equation((t - 6) * (t + 5), quadratic[1:])
    cubic = [(t**3 - 16 * t, sympy.Integer(0)), (t, sympy.Integer(4))]
    assert not rewrites_another_equation(t**2 - 16, cubic)  # a factor: some of its solutions
    assert rewrites_another_equation(t**2 - 9, cubic)
