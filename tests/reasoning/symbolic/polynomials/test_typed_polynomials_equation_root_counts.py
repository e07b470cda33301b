"""How many real or complex solutions one equation has once its denominators are cleared
(our own problems, worked by hand); a count that does not say real or complex where it
matters, or 'roots' with a repeated root, declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # z^4 = 81: four distinct complex roots
    ("Find the number of complex solutions to $z^4 = 81$.", "4"),
    # z^3 + 8 = 0 has z = -2, which the denominator excludes: 2 left
    ("How many complex solutions does $\\frac{z^3 + 8}{z^2 - 4} = 0$ have?", "2"),
    # x = 3 is excluded: only x = -3
    ("How many real solutions does $\\frac{x^2 - 9}{x - 3} = 0$ have?", "1"),
    # (x^2 + x + 1)(x^3 - x^2 + 1): one real root
    ("Find the number of real solutions of $x^5 + x + 1 = 0$.", "1"),
    # 2x = 2 gives x = 1, where two denominators vanish
    ("How many real numbers $x$ satisfy $\\frac{1}{x-1} + \\frac{1}{x+1} = "
     "\\frac{2}{x^2-1}$?", "0"),
    # SymPy cancels x^2 / x to x, but x = 0 is not allowed
    ("How many real solutions does $\\frac{x^2}{x} = 0$ have?", "0"),
    # (z - 1)^2 (z + 2): two distinct roots
    ("How many distinct complex roots does $(z-1)^2(z+2) = 0$ have?", "2"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_solution_counts(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # real or complex? one real root and two complex ones
    "How many solutions does $x^3 = 27$ have?",
    # a double root: counted once or twice?
    "How many complex roots does $(z-1)^2(z+2) = 0$ have?",
    # x^2/x is cancelled to x by SymPy, so x = 0 would be kept: a slash declines
    "How many real solutions does $x^2/x = 0$ have?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_unsettled_counts_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # x(x - 6) = 0: 0 and 6; nonnegative both, positive one
    (r"How many nonnegative solutions are there to the equation $x^2 = 6x$?", "2"),
    (r"How many positive solutions does the equation $x^2 = 6x$ have?", "1"),
    # x(x - 2)(x + 4)(x + 5): negative -4 and -5
    (r"How many negative real solutions does $x(x - 2)(x + 4)(x + 5) = 0$ have?", "2"),
    # x^2 + 9 = 0 has no real solution at all
    (r"How many positive solutions does $x^2 + 9 = 0$ have?", "0"),
    # x = 3 makes the denominator zero and -3 is negative: none
    (r"How many positive real solutions does $\frac{x^2 - 9}{x - 3} = 0$ have?", "0"),
])
def test_solutions_of_one_sign(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_sign_for_complex_solutions_declines() -> None:
    assert solve_now(r"How many positive complex solutions does $x^2 + 9 = 0$ have?").answer \
        is None
