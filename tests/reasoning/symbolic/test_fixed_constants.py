"""Functions defined with unknown constants that stated values fix, then a question about
the functions (`fixed_constants`). Our own problems; answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # h(2) = 4 + c; h(4 + c) = 8 + 2c + c = 8 + 3c = 23, c = 5
    ("Let $h(x) = 2x + c$. If $h(h(2)) = 23$, what is $c$?", "5"),
    ("Suppose $p(t) = 5t + m$ and $p(p(0)) = 18$. Find $m$.", "3"),
    # q(1) = a - 2; q(a - 2) = a(a - 2) - 2 = 1: a^2 - 2a - 3 = 0, a = 3 or -1
    ("Let $q(x) = ax - 2$. If $q(q(1)) = 1$ and $a > 0$, find $a$.", "3"),
    ("Let $q(x) = ax - 2$. If $q(q(1)) = 1$, what is the sum of all possible values of $a$?",
     "2"),
    ("Let $q(x) = ax - 2$. If $q(q(1)) = 1$, find the negative value of $a$.", "-1"),
    # 4a - 3 = 13: a = 4; f(x) = 4x - 3: f(1) + f(-1) = 1 + (-7)
    ("The function $f(x) = ax - 3$ satisfies $f(4) = 13$. Find $f(1) + f(-1)$.", "-6"),
    # a + b = 6, 4a + 2b = 16: a = 2, b = 4; f(-2) = 8 - 8 = 0
    ("Let $f(x) = ax^2 + bx$ where $a$ and $b$ are constants. If $f(1) = 6$ and $f(2) = 16$, "
     "what is $f(-2)$?", "0"),
    # a constant left free: f(-2) = -(8a + 2b) + 7 = 1, so 8a + 2b = 6 and f(2) = 6 + 7
    ("Let $f(x) = ax^3 + bx + 7$. If $f(-2) = 1$, what is $f(2)$?", "13"),
    # m = 2: g(x) = x^2 - 2x - 8 = (x - 4)(x + 2), roots add to 2
    ("Let $g(x) = x^2 - mx - 8$. If $g(1) = -9$, find the sum of all $x$ such that $g(x) = 0$.",
     "2"),
    # k = 3 from 2k + 1 = 7; then f(5) through the other definition: g(x) = x - 3, g(16) = 13
    ("Let $f(x) = kx + 1$ and $g(x) = x - k$. If $f(2) = 7$, what is $g(f(5))$?", "13"),
    # identities: a(ax + b) + b = 9x + 4 for every x: a^2 = 9, ab + b = 4; a > 0: a = 3, b = 1
    ("Let $h(x) = ax + b$ with $a > 0$. If $h(h(x)) = 9x + 4$ for all $x$, find $h(5)$.",
     "16"),
    # (x - 1)^2 + p(x - 1) + q = x^2 + x + 3: p - 2 = 1, 1 - p + q = 3: p = 3, q = 5
    ("Suppose $r(x) = x^2 + px + q$ and $r(x - 1) = x^2 + x + 3$ for every real $x$. What is "
     "$p + q$?", "8"),
    # a point on the graph: 2(4) + c = 11, c = 3; 2(-1) + 3 = 1
    ("Let $f(x) = 2x + c$. If the graph of $y = f(x)$ passes through $(4, 11)$, what is "
     "$f(-1)$?", "1"),
    ("Let $g(x) = x^2 - kx$. If the point $(2, 8)$ lies on the graph of $g$, find $k$.", "-2"),
    # an inverse value: k^{-1}(10) = 3 says k(3) = 10: 3m - 2 = 10, m = 4; k(0) = -2
    ("Let $k(x) = mx - 2$. If $k^{-1}(10) = 3$, what is $k(0)$?", "-2"),
    # a bound said after the conditions: p(1) = a + 1, p(a + 1) = a^2 + a + 1 = 7
    # a = 2 or -3; a > 0: p(4) = 9
    ("If $p(x) = ax + 1$ and $p(p(1)) = 7$, where $a > 0$, what is $p(4)$?", "9"),
    # re-solved with the constant in: 1 - n + 1 = -3, n = 5; x^2 - 5x + 1 has its vertex at
    # x = 5/2, y = 25/4 - 25/2 + 1 = -21/4 (the vertex now confirmed two ways)
    ("Let $q(x) = x^2 - nx + 1$. If $q(1) = -3$, what is the vertex of the parabola "
     "$y = q(x)$?", r"\left(\frac{5}{2}, -\frac{21}{4}\right)"),
    # definitions set out in an array: u(2) = 8 + 1 = 9, v(2) = 2c + 4; 9 - (2c + 4) = 1, c = 2
    (r"Consider the following functions: $$\begin{array}{ccc} u(x) & = & x^3 + \frac{2}{x} \\"
     r" v(x) & = & cx + 4 \end{array}$$ If $u(2) - v(2) = 1$, what is the value of $c$?", "2"),
    # an identity whose x terms cancel: ab + 2 = b + 2 with a = 3 from p(1) = 5, so b = 0
    ("Let $p(x) = ax + 2$ and $q(x) = x + b$. If $p(q(x)) = q(p(x))$ for all $x$ and "
     "$p(1) = 5$, find $b$.", "0"),
    # the function named before its definition: 3a + 2 = 14, a = 4; f(-1) = -2
    ("A function $f$ is defined by $f(x) = ax + 2$, and $f(3) = 14$. What is $f(-1)$?", "-2"),
])
def test_constants_fixed_then_the_question(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a bound, not a value, on the function
    "Let $f(x) = ax + 5$. If $f(3) > 17$, what is $f(0)$?",
    # two constants, one condition: f(2) = 4a + 2b + 1 is not fixed by a + b + 1 = 4
    "Let $f(x) = ax^2 + bx + 1$. If $f(1) = 4$, what is $f(2)$?",
    # a word about the function that is not read
    "Let $f(x) = ax + 5$ be increasing. If $f(3) = 17$, what is $f(1)$?",
    # two values of the constant and nothing to choose between them
    "Let $q(x) = ax - 2$. If $q(q(1)) = 1$, what is $a$?",
    # the condition holds for every k
    "Let $f(x) = kx + 1$. If $f(2) = 2f(1) - 1$, what is $f(4)$?",
    # an identity no constants can make hold: x^2 on the left, none on the right
    "Let $f(x) = ax + b$. If $f(x)^2 = 4x + 1$ for all $x$, what is $f(1)$?",
    # the same equation not said to hold for every x is an equation in x, not read here
    "Let $h(x) = ax + b$ with $a > 0$. If $h(h(x)) = 9x + 4$, find $h(5)$.",
    # a row of the array that is not a definition
    r"Consider the following functions: $$\begin{array}{ccc} u(x) & = & x^3 \\ v(x) & > & cx"
    r" \end{array}$$ If $u(2) - v(2) = 1$, what is the value of $c$?",
    # a point that is not a pair of coordinates
    "Let $f(x) = 2x + c$. If the graph of $y = f(x)$ passes through $P$, what is $f(-1)$?",
])
def test_constants_not_fixed_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
