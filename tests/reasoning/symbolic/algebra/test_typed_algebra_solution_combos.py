"""Values built from the solutions of one equation (`algebra.solution_combos`), in phrasings
of our own; near misses decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # y^2 + 4y - 21 = (y + 7)(y - 3)
    (r"For the equation $y^2 + 4y = 21$, find the positive difference between its two real "
     r"roots.", "10"),
    # y^2 + 4y - 12 = (y + 6)(y - 2)
    (r"For the quadratic equation $12 - 4y - y^2 = 0$, compute the sum of its two solutions.",
     "-4"),
    (r"The equation $y^2 + 5y + 3 = 0$ has two real roots. Find the absolute value of the "
     r"difference of these roots.", r"\sqrt{13}"),  # sqrt(25 - 12)
    # (2y + 1)(y - 3)
    (r"The equation $2y^2 - 5y - 3 = 0$ has two real roots. What is the bigger of these "
     r"roots?", "3"),
    # y(y + 4)(y - 2): 0, -4, 2
    (r"What is the average of the solutions of $y^3 + 2y^2 - 8y = 0$?", r"-\frac{2}{3}"),
    (r"For $y^2 + 6y + 2 = 0$, compute the sum of the squares of its real roots.", "32"),  # 36 - 4
    # (3y + 4)(y - 1): m, n = 1 and -4/3, (-1)(-10/3)
    (r"Let $m$ and $n$ denote the solutions of $3y^2 + y - 4 = 0$. Compute $(m - 2)(n - 2)$.",
     r"\frac{10}{3}"),
    # the question first: y^2 - 6y + 5 = (y - 1)(y - 5), so m + n = 6 and mn = 5
    (r"Compute $m + n$ where $m$ and $n$ are the two roots of $y^2 - 6y + 5 = 0$.", "6"),
    (r"What is $mn$, given that $m$ and $n$ are the solutions of $y^2 = 6y - 5$?", "5"),
    # the letters after the equation: 3y^2 - 10y + 3 = (3y - 1)(y - 3), so 1/9 + 9
    (r"The solutions of $3y^2 - 10y + 3 = 0$ are $u$ and $v$. Find $u^2 + v^2$.",
     r"\frac{82}{9}"),
    # an order told with the letters: y^2 + y - 20 = (y + 5)(y - 4), u = 4, v = -5
    (r"Let $u$ and $v$ be the roots of $y^2 + y - 20 = 0$, with $u > v$. What is $2u - v$?",
     "13"),
    # the order told as "if", the smaller first: u = -5, v = 4
    (r"The roots of $y^2 + y - 20 = 0$ are $u$ and $v$. If $u < v$, compute $v - u^2$.", "-21"),
    # the pick asked after the solving: y^2 + 3y - 28 = (y + 7)(y - 4)
    (r"Solve $y^2 + 3y = 28$. Enter the larger solution.", "4"),
    (r"Find the roots of $3y^2 - 5y - 2 = 0$ and give the smaller one.", r"-\frac{1}{3}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_solution_combinations(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # p - q depends on which solution is p
    r"Let $p$ and $q$ denote the solutions of $x^2 - 5x + 6 = 0$. What is $p - q$?",
    # a repeated root: "roots" could count it twice
    r"For the equation $4y^2 - 12y + 9 = 0$, find the sum of its roots.",
    # three solutions, not two
    r"Find the larger of the two solutions of $x^3 - x = 0$.",
    # an order that names a third letter
    r"Let $p$ and $q$ be the roots of $x^2 - 5x + 6 = 0$, with $p > r$. What is $p - q$?",
    # both asked, one after the other (it was answered with the larger alone)
    r"Solve $y^2 + 3y = 28$. Enter the larger solution, then the smaller.",
    # three solutions
    r"Solve $y^3 - 9y = 0$. Enter the larger root.",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_unclear_solution_combinations_are_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
