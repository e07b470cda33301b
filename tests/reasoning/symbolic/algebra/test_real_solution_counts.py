"""Complete lists of solutions of polynomial systems (algebra/real_solution_counts.py)."""

from __future__ import annotations

import pytest
import sympy as sp

from tutor.reasoning.symbolic.algebra.real_solution_counts import is_real, solution_list
from tutor.reasoning.symbolic.model import Decline

x, y = sp.symbols("x y")


def test_four_solutions_all_found() -> None:
    sols = solution_list([x**2 + y**2 - 4, x * y - 1], [], [x, y])
    assert len(sols) == 4 and all(is_real(s) for s in sols)


def test_non_real_solutions_are_listed_and_told_apart() -> None:
    sols = solution_list([x**2 + 1, y - x], [], [x, y])
    assert len(sols) == 2 and not any(is_real(s) for s in sols)


def test_nonzero_conditions_remove_solutions() -> None:
    assert solution_list([x**2 - 1, y - x], [x - 1], [x, y]) == [{x: -1, y: -1}]


def test_an_inconsistent_system_has_none() -> None:
    assert solution_list([x * y - 1, x], [], [x, y]) == []


@pytest.mark.parametrize("nums", [
    [(x - 1) ** 2, y],  # a double root: the count cannot be certified
    [x - y],  # infinitely many
])
def test_uncertain_lists_decline(nums: list[sp.Expr]) -> None:
    with pytest.raises(Decline):
        solution_list(nums, [], [x, y])
