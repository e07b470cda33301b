"""The ordered pair where an expression in two letters tied by one equation is largest or
smallest (`algebra.extreme_points`). Our own problems; answers by hand (derivative of the
one-letter form, or the weighted AM-GM split)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # x^2 y = x^2 (12 - x): 24x - 3x^2 = 0 at x = 8
    ("Suppose $p$ and $q$ are positive real numbers with $p + q = 12$. Enter the ordered "
     "pair $(p,q)$ at which $p^2 q$ is maximized.", "(8, 4)"),
    # a (8 - 2a) is largest at a = 2
    ("Let $a$ and $b$ be positive real numbers with $2a + b = 8$. For what ordered pair "
     "$(a, b)$ is $ab$ largest?", "(2, 4)"),
    # the point of the line nearest the origin
    ("Find the ordered pair $(x, y)$ that minimizes $x^2 + y^2$ subject to $x + 2y = 5$.",
     "(1, 2)"),
    # x (x - 6) is least at x = 3
    ("Let $x$ and $y$ be real numbers such that $x - y = 6$. Enter the ordered pair "
     "$(x, y)$ for which $xy$ is minimized.", "(3, -3)"),
    # split 10 in the ratio 3 : 2
    ("If $u$ and $v$ are positive real numbers and $u + v = 10$, what is the ordered pair "
     "$(u, v)$ for which $u^3 v^2$ is as large as possible?", "(6, 4)"),
    # the pair asked in the other order
    ("Let $m$ and $n$ be positive real numbers such that $m + 3n = 9$. Find the ordered pair "
     "$(n, m)$ that maximizes $mn$.", "(\\frac{3}{2}, \\frac{9}{2})"),
])
def test_extreme_points(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # least value 0 at two points, x = 0 and x = 4
    "Let $x$ and $y$ be real numbers such that $x + y = 4$. Enter the ordered pair $(x, y)$ "
    "for which $x^2 y^2$ is minimized.",
    # approached as x -> 0 or 12 but never reached
    "Let $x$ and $y$ be positive real numbers such that $x + y = 12.$  Enter the ordered pair "
    "$(x,y)$ for which $x^2 y$ is minimized.",
    # no greatest value over all reals
    "Let $x$ and $y$ be real numbers such that $x + y = 12.$  Enter the ordered pair $(x,y)$ "
    "for which $x^2 y$ is maximized.",
    # integers are a condition the reader does not take
    "Let $x$ and $y$ be positive integers such that $x + y = 12.$  Enter the ordered pair "
    "$(x,y)$ for which $x^2 y$ is maximized.",
])
def test_unsettled_extreme_points_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
