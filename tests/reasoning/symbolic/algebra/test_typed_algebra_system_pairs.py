"""The ordered pair or triple that solves a linear system (`algebra.system_pairs`), in
phrasings of our own; near misses decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # textbook: n = m + 2 -> 4m - 3m - 6 = 1 -> m = 7, n = 9
    (r"Given $4m = 3n + 1$ and $n = m + 2$, give the solution as an ordered pair $(m,n)$.",
     r"(7, 9)"),
    # terse, the unknowns asked as a pair
    (r"Solve for $(u,v)$: $u + v = 12$ and $u - v = 2$.", r"(7, 5)"),
    # a displayed system: 3x + y = 11, x - 2y = -1 -> x = 3, y = 2
    (r"Which ordered pair $(x,y)$ solves the system below? \begin{align*} 3x + y &= 11,\\ "
     r"x - 2y &= -1. \end{align*}", r"(3, 2)"),
    # decimals in, decimals out: a - b = 0.5, a + 2b = 3.2 -> b = 0.9, a = 1.4
    (r"Solve the linear system $a - b = 0.5$ and $a + 2b = 3.2$. Express your answer as an "
     r"ordered pair $(a,b)$ of decimals.", r"(1.4, 0.9)"),
    # a triple: p + q + r = 6, p - q = 1, q - r = 1 -> p = 3, q = 2, r = 1
    (r"Find the ordered triple $(p,q,r)$ satisfying $p + q + r = 6$, $p - q = 1$ and "
     r"$q - r = 1$.", r"(3, 2, 1)"),
    # of integers, checked: 5s + 2t = 4, 3s - t = 9 -> s = 2, t = -3
    (r"What ordered pair of integers $(s,t)$ satisfies both $5s + 2t = 4$ and $3s - t = 9$?",
     r"(2, -3)"),
    # one system in other wordings: 2x - y = 4, x + y = 11 -> x = 5, y = 6
    (r"Solve the system of equations $2x - y = 4$ and $x + y = 11$.", "(5, 6)"),  # no pair
    (r"Find $x$ and $y$ if $2x - y = 4$ and $x + y = 11$.", "(5, 6)"),  # the letters named
    (r"Solve for $y$ and $x$: $2x - y = 4$, $x + y = 11$.", "(6, 5)"),  # in the order named
    (r"What is the solution $(x, y)$ of the system $x + y = 11$, $2x - y = 4$?", "(5, 6)"),
    (r"Find $y$ in the system $x + y = 11$ and $2x - y = 4$.", "6"),
    (r"Solve for $y$: $2x - y = 4$ and $x + y = 11$.", "6"),  # one unknown of the two
    # two polynomial equations with one common point: (x - y)(x + y) = 24 and x + y = 8 give
    # x - y = 3, so (11/2, 5/2)
    (r"Find the ordered pair $(x,y)$ that satisfies $x^2 - y^2 = 24$ and $x + y = 8$.",
     r"\left(\frac{11}{2}, \frac{5}{2}\right)"),
    # y = x^2 + 4 meets y = 4x at x = 2 only (a double root): the line is a tangent
    (r"Solve the system of equations $y = x^2 + 4$ and $y = 4x$. Enter the solution as an "
     r"ordered pair.", "(2, 8)"),
    # "Enter your answer as an ordered pair": p - q = 2, so p + q = 15 and (17/2, 13/2)
    (r"Solve the system $p^2 - q^2 = 30$, $p - q = 2$. Enter your answer as an ordered pair "
     r"$(p, q)$.", r"\left(\frac{17}{2}, \frac{13}{2}\right)"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_system_pairs(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # the same line twice: no single solution
    r"Find the ordered pair $(x,y)$ that satisfies $x + y = 2$ and $2x + 2y = 4$.",
    # integers asked, fractions found: 2c + d = 1, c - d = 1 -> c = 2/3
    r"Solve for the ordered pair of integers $(c,d)$ with $2c + d = 1$ and $c - d = 1$.",
    # not linear, and two common points: (2, 3) and (3, 2)
    r"Find the ordered pair $(x,y)$ that satisfies $xy = 6$ and $x + y = 5$.",
    # a circle and a line meeting twice: (0, 5) and (5, 0)
    r"Find the ordered pair $(x, y)$ such that $x^2 + y^2 = 25$ and $x + y = 5$.",
    # x^2 + y^2 = 0 and x + y = 2 meet only at complex points (1 + i, 1 - i) and its twin
    r"Find the ordered pair $(x, y)$ such that $x^2 + y^2 = 0$ and $x + y = 2$.",
    # a count of pairs, not the pair
    r"Give the number of ordered pairs $(a,b)$ with $a + b = 7$ and $a - b = 3$.",
    # a word the reader does not apply
    r"Find the ordered pair $(x,y)$ that nearly satisfies $x + y = 2$ and $x - y = 0$.",
    # three unknowns, two equations
    r"Solve the system $2x - y = 4$ and $x + y + z = 11$.",
    # a letter that is not one of the system's
    r"Solve for $z$: $2x - y = 4$ and $x + y = 11$.",
    # a letter named twice
    r"Find $x$ and $x$ if $2x - y = 4$ and $x + y = 11$.",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
