"""Derivatives of a function defined earlier, in prime notation (`verify/derivatives.py`).
Our own variants, written for these tests."""

from __future__ import annotations

import sympy

from tutor.verify.api import ChainChecker
from tutor.verify.claims import extract_claims
from tutor.verify.context import Context
from tutor.verify.derivatives import _numeric_derivative, derivative_claim
from tutor.verify.verdict import Verdict

V, R, U = Verdict.VERIFIED, Verdict.REFUTED, Verdict.UNCHECKED


def last_claim(problem: str, *steps: str) -> Verdict:
    """The verdict on the last claim of the last step (a generous time limit: a busy
    machine must not turn a verification into a timeout)."""
    checker = ChainChecker(problem, time_limit=20)
    return [checker.check(step) for step in steps][-1].claims[-1].verdict


def test_first_derivatives_in_several_writings() -> None:
    assert last_claim("Let $g(x) = 2x^3 - 7x^2 + 4$.", "Then $g'(x) = 6x^2 - 14x$.") is V
    assert last_claim("Find where $k(t) = t^4 + 3t$ is smallest.",
                      "Define $k(t) = t^4 + 3t$.", "So $k^{\\prime}(t) = 4t^3 + 3$.") is V
    assert last_claim("Let $r(u) = \\frac{1}{u} + \\frac{3}{8 - u}$.",
                      "Differentiating, $r'(u) = -\\frac{1}{u^2} + \\frac{3}{(8 - u)^2}$.") is V
    assert last_claim("Let $s(x) = \\sqrt{x} - \\ln x$ for $x > 0$.",
                      "We get $s'(x) = \\frac{1}{2\\sqrt{x}} - \\frac{1}{x}$.") is V


def test_higher_derivatives_values_and_letters() -> None:
    problem = "Let $w(x) = x^3 - 12x + 5$."
    assert last_claim(problem, "$w''(x) = 6x$") is V
    assert last_claim(problem, "At the critical point, $w'(2) = 0$.") is V
    assert last_claim(problem, "$w'''(x) = 6$") is V
    assert last_claim("Let $q(x) = x^4 + bx^2 - 3$.", "$q'(x) = 4x^3 + 2bx$") is V


def test_wrong_derivatives_are_refuted_when_both_methods_agree() -> None:
    problem = "Let $w(x) = x^3 - 12x + 5$."
    assert last_claim(problem, "$w'(x) = 3x^2 + 12$") is R
    assert last_claim(problem, "$w'(2) = 1$") is R  # w'(2) = 0
    assert last_claim(problem, "$w''(x) = 3x^2 - 12$") is R
    assert last_claim("Let $r(u) = \\frac{1}{u} + \\frac{3}{8 - u}$.",
                      "$r'(u) = -\\frac{1}{u^2} - \\frac{3}{(8 - u)^2}$") is R


def test_wrong_derivatives_that_may_be_right_stay_unchecked() -> None:
    # a letter in the definition: the claim may hold for its value
    assert last_claim("Let $q(x) = x^4 + bx^2 - 3$.", "$q'(0) = 2b$") is U
    assert last_claim("Let $q(x) = x^4 + bx^2 - 3$.", "$q'(x) = 4x^3 + 2x$") is U
    # a definition beside a comparison may be one piece of several
    assert last_claim("Let $p(x) = x^2$ for $x < 1$ and $2x - 1$ otherwise.",
                      "$p'(x) = 2$") is U
    # a rounded value is not read
    assert last_claim("Let $w(x) = x^3 - 12x + 5$.", "$w'(0.5) = -11.2$") is U
    # the derivative at another expression than the variable
    assert last_claim("Let $w(x) = x^3 - 12x + 5$.", "$w'(2t) = 12t^2$") is U


def test_near_misses_are_not_read_as_derivatives() -> None:
    problem = "Let $w(x) = x^3 - 12x + 5$."
    # setting the derivative to zero is an equation to solve, not an identity
    assert last_claim(problem, "$w'(x) = 0$") is U
    # a function nobody defined, or one of two variables
    assert last_claim(problem, "$v'(x) = 3x^2 - 12$") is U
    assert last_claim("Let $F(x, y) = x^2 y$.", "$F'(x) = 2xy$") is U
    # a primed letter that is a point or a new length, not a derivative
    assert last_claim(problem, "$A' = (3, 4)$") is U


def test_derivative_claim_declines_without_a_definition() -> None:
    claim = extract_claims("So $h'(x) = 2x$.")[0]
    assert derivative_claim(claim, Context()) is None
    assert derivative_claim(claim, Context(functions=(("h", "x", "x^2 + 1"),))) is not None
    wrong = derivative_claim(claim, Context(functions=(("h", "x", "x^2 + x"),)))
    assert wrong is not None and wrong.verdict is Verdict.REFUTED
    assert "at x = 2 it is 5, not 4" in wrong.reason
    unsure = Context(functions=(("h", "x", "x^2 + x"),), unsure_functions=("h",))
    assert derivative_claim(claim, unsure) is None


def test_the_numeric_derivative_is_independent_of_the_symbolic_one() -> None:
    x = sympy.Symbol("x")
    body = x**3 - 4 * x
    point = {x: sympy.Float("1.5", 40)}
    slope = _numeric_derivative(body, x, point, point[x], 1)
    assert slope is not None and abs(slope - (3 * 1.5**2 - 4)) < 1e-12
    curvature = _numeric_derivative(sympy.sqrt(x), x, point, point[x], 2)
    assert curvature is not None and abs(curvature - (-0.25 * 1.5 ** -1.5)) < 1e-12
