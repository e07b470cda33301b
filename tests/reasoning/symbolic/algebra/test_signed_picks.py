"""Picking the positive or negative solutions says where each stands against 0 ("Of -5, 3,
the negative ones: -5, as -5 < 0 < 3"), a claim the checker confirms. Our own equations."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.algebra.expressions import sign_claims
from tutor.verify.api import check_steps
from tutor.verify.verdict import Verdict


def test_the_values_are_put_in_order_with_zero() -> None:
    import sympy as sp

    assert sign_claims([sp.Integer(3), sp.Integer(-5)]) == "-5 < 0 < 3"
    assert sign_claims([sp.Rational(1, 2), sp.Integer(4)]) == "0 < \\frac{1}{2} < 4"
    assert sign_claims([sp.I]) == ""


@pytest.mark.parametrize(("problem", "answer"), [
    ("what is the negative root of x^2 + 2x - 15 = 0", "-5"),
    ("Find the negative solution of x^2 - 3x - 10 = 0.", "-2"),
])
def test_the_pick_is_a_verified_step(problem: str, answer: str) -> None:
    sol = assert_solved(problem, answer)
    verdicts = check_steps(problem, [s.text for s in sol.steps])
    picks = [v for s, v in zip(sol.steps, verdicts, strict=True) if "< 0 <" in s.text]
    assert picks and all(v.verdict is Verdict.VERIFIED for v in picks), [
        s.text for s in sol.steps]
