"""Equations with square, cube and fourth roots of the unknown, side by side or nested:
every real solution found from the polynomial left when the roots are taken out, each
candidate checked in the equation as written (our own problems, answers worked out by
hand); near misses decline."""

from __future__ import annotations

import pytest
import sympy as sp

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.algebra import radical_equations
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import parse_latex

SOLVED = [
    # u = sqrt(x - 2): cbrt(1 - u^2) = 1 - u, so u(u - 1)(u - 3) = 0 after dividing by 1 - u
    (r"Solve $\sqrt[3]{3 - x} + \sqrt{x - 2} = 1$. Enter all the solutions, separated by "
     r"commas.", "2, 3, 11"),
    # u = sqrt(x): (1 + u)^3 = (1 + 2u)^2, u(u^2 - u - 1) = 0
    (r"Solve \[\sqrt{1 + \sqrt{x}} = \sqrt[3]{1 + 2\sqrt{x}}.\]", r"0, \frac{3 + \sqrt{5}}{2}"),
    # a + b = 4, a^3 + b^3 = 16: ab = 4, a = b = 2
    (r"Find all solutions to $\sqrt[3]{y} + \sqrt[3]{16 - y} = 4$.", "8"),
    # a + b = 2, a^3 + b^3 = 8: ab = 0
    (r"What is the sum of all real solutions of $\sqrt[3]{7 - x} + \sqrt[3]{x + 1} = 2$?", "6"),
    # a + b = 2 with a^3 + b^3 = 20: ab = -2, a = 1 +- sqrt(3), x = 10 -+ 6 sqrt(3) + ...
    (r"Find all real numbers $t$ such that $\sqrt[3]{t} + \sqrt[3]{20 - t} = 2$.",
     r"10 - 6\sqrt{3}, 10 + 6\sqrt{3}"),
    # sqrt(x + 2 + 2 sqrt(x + 1)) = sqrt(x + 1) + 1
    (r"Find all real solutions to $\sqrt{x + 2 + 2\sqrt{x + 1}} = 5$.", "15"),
    # x = -1 squares to a solution of x^2 = x + 2 but sqrt(1) is not -1
    (r"Solve $\sqrt{x + 2} = x$.", "2"),
    # u = the real cube root: u^2 + u - 12 = 0, u = 3 or -4 (a negative x is kept)
    (r"Solve $y^{2/3} + y^{1/3} = 12$.", "-64, 27"),
    # u = fourth root of x: u^2 + u - 6 = 0, u = 2 (u = -3 is not a fourth root)
    (r"Solve for $x$: $\sqrt{x} + \sqrt[4]{x} = 6$.", "16"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_radical_equations_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # |sqrt(x) - 2| + |sqrt(x) - 3| = 1 holds for every x in [4, 9]: not a list
    r"Find all solutions to $\sqrt{x + 4 - 4\sqrt{x}} + \sqrt{x + 9 - 6\sqrt{x}} = 1$.",
    # both roots are at least 0 and not both 0: no solution, never a candidate shown
    r"Solve $\sqrt{x - 1} + \sqrt{x + 3} = 0$.",
    # "positive" asked of a list that has 0 in it: the word is not read here
    r"Find all positive solutions to $\sqrt{1 + \sqrt{x}} = \sqrt[3]{1 + 2\sqrt{x}}$ that are "
    r"integers.",
])
def test_radical_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_candidates_include_every_branch() -> None:
    # squaring both sides: x = 0 and x = 3 are candidates of sqrt(x + 1) = x - 1; 0 fails
    x = sp.Symbol("x")
    eq = parse_latex(r"\sqrt{x + 1} = x - 1")
    assert set(radical_equations.candidates(eq.lhs - eq.rhs, x)) == {0, 3}
    assert radical_equations.solve(eq.lhs, eq.rhs, x) == [3]


def test_whole_interval_declines() -> None:
    x = sp.Symbol("x")
    eq = parse_latex(r"\sqrt{x + 4 - 4\sqrt{x}} + \sqrt{x + 9 - 6\sqrt{x}} = 1")
    with pytest.raises(Decline):
        radical_equations.solve(eq.lhs, eq.rhs, x)
