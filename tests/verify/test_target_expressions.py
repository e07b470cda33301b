"""A step that rewrites the expression an expand, simplify or factor problem gives, wrongly
(`verify/target_expressions.py`): refuted at a point where the exact values differ, with
the point and the right rewriting named; right rewritings verified, and the same claim in
an equation to solve left as an equation. Our own problems."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_steps
from tutor.verify.target_expressions import target_expression
from tutor.verify.verdict import Verdict


@pytest.mark.parametrize(("problem", "expression"), [
    ("Expand (2x - 1)^2.", "(2x - 1)^2"),
    (r"Simplify $\frac{x^2 - 1}{x + 1}$.", r"\frac{x^2 - 1}{x + 1}"),
    ("Factor completely: y^2 - 5y + 6", "y^2 - 5y + 6"),
    ("Solve 2x + 1 = 5.", None),  # an equation: no expression to rewrite
    ("Simplify (x + 1)^2 when x = 3.", None),  # more said than the expression
])
def test_the_expression_to_rewrite(problem: str, expression: str | None) -> None:
    assert target_expression(problem) == expression


@pytest.mark.parametrize(("problem", "step", "said"), [
    ("Expand (y + 5)^2.", "(y + 5)^2 = y^2 + 25", "y² + 10 y + 25"),
    ("Expand $(2a - 3)^2$.", "$(2a - 3)^2 = 4a^2 - 9$", "4 a² - 12 a + 9"),
    ("Simplify (t + 2)(t - 2).", "(t + 2)(t - 2) = t^2 + 4", "t² - 4"),
    ("Factor x^2 - 25.", "x^2 - 25 = (x - 5)^2", "(x - 5) (x + 5)"),
    ("Simplify (x^2 - 9)/(x + 3).", "(x^2 - 9)/(x + 3) = x + 3", "x - 3"),
])
def test_a_wrong_rewriting_is_refuted_with_the_right_one(problem: str, step: str,
                                                          said: str) -> None:
    verdict = check_steps(problem, [step])[0]
    assert verdict.verdict is Verdict.REFUTED
    assert "not equal for every value" in verdict.reason and said in verdict.reason


@pytest.mark.parametrize(("problem", "step"), [
    ("Expand (y + 5)^2.", "(y + 5)^2 = y^2 + 10y + 25"),
    ("Factor x^2 - 25.", "x^2 - 25 = (x - 5)(x + 5)"),
    ("Simplify (x^2 - 9)/(x + 3).", "(x^2 - 9)/(x + 3) = x - 3"),
])
def test_a_right_rewriting_is_verified(problem: str, step: str) -> None:
    assert check_steps(problem, [step])[0].verdict is Verdict.VERIFIED


@pytest.mark.parametrize(("problem", "step"), [
    # an equation to solve: the same claim only says y = 0
    ("Solve (y + 5)^2 = y^2 + 25.", "(y + 5)^2 = y^2 + 25"),
    # another expression on the left: not the problem's
    ("Expand (y + 5)^2.", "(y + 4)^2 = y^2 + 16"),
    # no rational values to compare: never refuted
    (r"Simplify $\sin^2 x + \cos^2 x$.", r"$\sin^2 x + \cos^2 x = 2$"),
    # i is the imaginary unit here, not a letter to put 1 in for
    ("Simplify (1 + i)^2.", "(1 + i)^2 = 2"),
    # a root holds only where it is defined
    ("Simplify sqrt(x^2).", "sqrt(x^2) = x"),
])
def test_other_claims_are_not_refuted_here(problem: str, step: str) -> None:
    assert check_steps(problem, [step])[0].verdict is not Verdict.REFUTED


@pytest.mark.parametrize(("problem", "step", "verdict"), [
    # completing the square is a rewriting too: the constant's sign slips, or it is right
    ("Complete the square for x^2 - 4x + 1.", "x^2 - 4x + 1 = (x - 2)^2 + 3", Verdict.REFUTED),
    ("Complete the square: t^2 + 8t", "t^2 + 8t = (t + 4)^2 + 16", Verdict.REFUTED),
    ("Complete the square for x^2 - 4x + 1.", "x^2 - 4x + 1 = (x - 2)^2 - 3", Verdict.VERIFIED),
])
def test_completing_the_square_is_a_rewriting(problem: str, step: str,
                                              verdict: Verdict) -> None:
    assert target_expression(problem) is not None
    assert check_steps(problem, [step])[0].verdict is verdict
