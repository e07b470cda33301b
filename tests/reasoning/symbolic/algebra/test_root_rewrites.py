"""Exact rewrites of roots in an equation (`algebra.root_rewrites`): the root of a product
of positive powers taken factor by factor. Our own equations; answers worked out by hand."""

from __future__ import annotations

import pytest
import sympy as sp

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.algebra.root_rewrites import roots_of_powers
from tutor.reasoning.symbolic.engine import solve_now

T = sp.Symbol("t")


@pytest.mark.parametrize(("problem", "answer"), [
    # sqrt(4 * 4^t) = 2 * 2^t: 4 * 2^t = 32
    (r"Solve for $t$: $2 \cdot 2^t + \sqrt{4 \cdot 4^t} = 32$.", "3"),
    # sqrt(9^x) = 3^x: 2 * 3^x = 54
    (r"Solve for $x$: $\sqrt{9^x} + 3^x = 54$.", "3"),
    # sqrt(25 * 5^{2y}) = 5 * 5^y = 125
    (r"Find $y$ if $\sqrt{25 \cdot 5^{2y}} = 125$.", "2"),
    # sqrt(2^x) = 2^{x/2} = 8
    (r"Solve $\sqrt{2^x} = 8$.", "6"),
])
def test_roots_of_positive_powers(problem: str, answer: str) -> None:
    solution = assert_solved(problem, answer)
    assert any(s.rule == "take the root of each power" for s in solution.steps)


def test_only_a_product_of_positive_numbers_and_powers_is_rewritten() -> None:
    # t - 1 may be negative: its root is not taken
    assert roots_of_powers(sp.sqrt(4 * (T - 1)), sp.Integer(2), T) is None
    # a negative base: (-2)^t is not a real power
    assert roots_of_powers(sp.sqrt(4 * (-2) ** T), sp.Integer(2), T) is None
    lhs, _rhs, _step = roots_of_powers(sp.sqrt(4 * 4 ** T), sp.Integer(8), T)  # type: ignore[misc]
    assert sp.simplify(lhs - 2 * 2 ** T) == 0


def test_a_radical_that_is_not_a_power_still_goes_to_the_radical_solver() -> None:
    assert solve_now(r"Solve $\sqrt{x} + x = 6$.").answer == "4"
