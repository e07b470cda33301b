"""Roots of monomials in simplest radical form (`algebra.monomial_roots`), through the
engine's "Simplify". Our own expressions; answers worked by hand."""

from __future__ import annotations

import pytest
import sympy as sp

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.algebra.monomial_roots import pulled_out
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 50 = 5^2 * 2, x^4 = (x^2)^2
    (r"Simplify $\sqrt{50x^4}$.", r"5x^2\sqrt{2}"),
    (r"Simplify $\sqrt{18a^4b^8}$.", r"3a^2b^4\sqrt{2}"),
    # the real cube root: -54 = (-3)^3 * 2, y^4 = y^3 * y
    (r"Simplify $\sqrt[3]{-54x^6 y^4}$.", r"-3x^2y\sqrt[3]{2y}"),
    (r"Simplify $\sqrt[3]{54x^6}$.", r"3x^2\sqrt[3]{2}"),
    # a fourth root: 32 = 2^4 * 2
    (r"Simplify $\sqrt[4]{32x^8}$.", r"2x^2\sqrt[4]{2}"),
    # two roots of one index, multiplied: sqrt(18 y^4)
    (r"Simplify $\sqrt{2} \cdot \sqrt{9y^4}$.", r"3y^2\sqrt{2}"),
])
def test_powers_come_out_of_the_root(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    r"Simplify $\sqrt{x^2}$.",  # |x|, not x
    r"Simplify $3\sqrt{8m^6}$.",  # 6|m|^3 sqrt 2
    r"Simplify $\sqrt{72x^3}$.",  # 6x sqrt(2x) only for x >= 0
])
def test_roots_that_hold_only_for_some_signs_are_not_simplified(problem):
    assert solve_now(problem).answer is None


def test_pulled_out_keeps_only_what_holds_for_every_sign():
    x = sp.Symbol("x")
    assert pulled_out(sp.sqrt(12 * x**4)) == 2 * sp.sqrt(3) * x**2
    assert pulled_out(sp.sqrt(x**2)) is None
    assert pulled_out(sp.sqrt(x) * sp.sqrt(x**3)) is None  # x^2, but only for x >= 0
    assert pulled_out(sp.sqrt(5 * x)) is None  # nothing to take out
