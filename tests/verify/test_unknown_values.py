"""Identities whatever values an unknown function takes (`exact.is_identity_in_unknown_values`):
each application is put in as a letter of its own. Our own variants."""

from __future__ import annotations

import sympy

from tutor.verify.api import ChainChecker
from tutor.verify.exact import is_identity_in_unknown_values
from tutor.verify.verdict import Verdict

V, U = Verdict.VERIFIED, Verdict.UNCHECKED
PROBLEM = "Find every polynomial $R$ such that $R(x^2) = R(x)^2$ for all $x$."


def verdict(step: str) -> Verdict:
    """The step's last claim (a generous time limit for a busy machine)."""
    return ChainChecker(PROBLEM, time_limit=20).check(step).claims[-1].verdict


def test_factoring_and_expanding_around_an_unknown_value() -> None:
    assert verdict("$m(t-3)(t+3)R(t) = m(t^2-9)R(t)$") is V
    assert verdict("So $m(4^2-9)R(4) = 7mR(4)$.") is V
    assert verdict("$(1 + 3x)(x - R(x)) + R(x) = x + 3x^2 - 3xR(x)$") is V
    assert verdict("$(R(2) + 1)^2 = R(2)^2 + 2R(2) + 1$") is V


def test_wrong_expansions_and_equations_stay_unchecked() -> None:
    assert verdict("So $m(4^2-9)R(4) = 8mR(4)$.") is U
    assert verdict("$(1 + 3x)(x - R(x)) + R(x) = x + 3x^2 + 3xR(x)$") is U
    assert verdict("$(R(2) + 1)^2 = R(2)^2 + 1$") is U
    # two values of the function are no identity: an equation to solve
    assert verdict("$R(2) = R(5)$") is U
    assert verdict("$R(x)^2 - R(x) = 0$") is U


def test_derivatives_and_inverses_are_not_opaque_values() -> None:
    # R'(x) = 0 would pass if R(x) inside the derivative were a constant letter
    assert verdict("$R'(x) + 1 = 1$") is U
    # R^{-1}(x) is no reciprocal of R(x)
    assert verdict("$R^{-1}(x) R(x) = 1$") is U
    x = sympy.Symbol("x")
    g = sympy.Function("g")
    assert not is_identity_in_unknown_values(sympy.Derivative(g(x), x))
    assert not is_identity_in_unknown_values(sympy.Integral(g(x), (x, 0, 1)) - 1)
    assert not is_identity_in_unknown_values(x - 1)  # no function: not this test's case
    assert is_identity_in_unknown_values((x + g(x)) ** 2 - x**2 - 2 * x * g(x) - g(x) ** 2)
    # f(x) and f(1 - x) are different values: no identity makes them equal
    assert not is_identity_in_unknown_values(g(x) - g(1 - x))
