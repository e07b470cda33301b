"""An expansion or a factoring is true for every value or wrong: a known root, a value
or a linear equation never verifies it, while a side-by-side rewrite of an earlier
equation still does. Our own variants."""

from __future__ import annotations

import sympy

from tutor.verify.api import ChainChecker
from tutor.verify.identity_shape import identity_shaped
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
