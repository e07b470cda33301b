"""The least or greatest value of an expression in several real variables
(symbolic/polynomials/extreme_values): each capability asked in several phrasings of our
own, answered exactly and confirmed by a numerical search, and declined when the extreme is
only approached, unbounded, or asked of integers.

Every problem here is written for this file; the answers were worked out by hand (the
critical point by calculus or AM-GM, then the value by arithmetic).
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # unconstrained, two variables: grad 2x + y = 0, x + 4y = 4 at (-4/7, 8/7)
    (r"For real $x$ and $y$, what is the minimum of $2y^2 + xy + x^2 - 4y$?",
     r"-\frac{16}{7}"),
    (r"What is the least possible value of \[x^2 + xy + 2y^2 - 4y,\] where $x$ and $y$ are "
     r"real?", r"-\frac{16}{7}"),
    (r"Determine the smallest value that $2y^2 + yx + x^2 - 4y$ can take for real numbers "
     r"$x$ and $y$.", r"-\frac{16}{7}"),
    # a quotient unchanged by scaling (AM-GM): p/q + 4q/p >= 4
    (r"Find the smallest value of $\frac{p}{q} + \frac{4q}{p}$ where $p$ and $q$ are positive "
     r"reals.", "4"),
    (r"Let $m$ and $n$ be positive real numbers. Compute the minimum of "
     r"$\frac{4n}{m} + \frac{m}{n}$.", "4"),
    (r"If $u$ and $v$ are positive real numbers, what is the greatest possible value of "
     r"$\frac{uv}{u^2 + v^2}$?", r"\frac{1}{2}"),
    # one positive variable, a critical point the quadratic formula cannot give
    (r"Suppose $t$ is positive. Compute the least value of $\frac{3}{t^2} + 2t^3$.", "5"),
    (r"For $t > 0$, what is the smallest possible value of $\frac{3}{t^{2}} + 2t^{3}$?", "5"),
    # a sum fixed: 1/x + 4/y + 9/z with x + y + z = 6 is least at (1, 2, 3)
    (r"Suppose $x + y + z = 6$, where $x$, $y$, $z$ are positive real numbers. Determine the "
     r"minimum of \[\frac{1}{x} + \frac{4}{y} + \frac{9}{z}.\]", "6"),
    (r"Positive real numbers $x$, $y$ and $z$ satisfy $x + y + z = 6$. Find the least possible "
     r"value of $\frac{9}{z} + \frac{4}{y} + \frac{1}{x}$.", "6"),
    # a product fixed: x + 2y + 4z with xyz = 8 is least at (4, 2, 1)
    (r"If $xyz = 8$ and $x$, $y$, $z$ are positive, what is the least possible value of "
     r"$4z + 2y + x$?", "12"),
    (r"Given positive real numbers $a$, $b$, $c$ with $abc = 8$, what is the smallest possible "
     r"value of $a + 2b + 4c$?", "12"),
    # a sum fixed, a maximum: a^2 b with a + b = 1 at a = 2/3
    (r"Let $a$ and $b$ be positive real numbers with $a + b = 1$. What is the largest "
     r"possible value of $a^2 b$?", r"\frac{4}{27}"),
    (r"With $r + s = 3$, $r > 0$ and $s > 0$, compute the greatest value of $r^2 s$.", "4"),
    # a curved condition on real numbers, both square-root branches searched:
    # (x + 2y)^2 <= 2(x^2 + 4y^2) = 16 (Cauchy), reached at x = 2, y = 1
    (r"What is the maximum of $x + 2y$ if the real numbers $x$ and $y$ satisfy "
     r"$x^2 + 4y^2 = 8$?", "4"),
    (r"If $4y^2 + x^2 = 8$ for real numbers $x$ and $y$, what is the greatest possible value "
     r"of $2y + x$?", "4"),
    # a circle (x - 2)^2 + (y - 1)^2 = 9 written expanded: x + y <= 3 + 3 sqrt 2
    (r"If $x^2 + y^2 - 4x = 2y + 4$, compute the maximum of $y + x$.", r"3 + 3\sqrt{2}"),
    # nonnegative on a sphere: 2b(a + c) <= 2 sqrt 2 b sqrt(1 - b^2) <= sqrt 2
    (r"The nonnegative numbers $a$, $b$, $c$ satisfy $c^2 + b^2 + a^2 = 1$. What is the "
     r"greatest possible value of $2b(a + c)$?", r"\sqrt{2}"),
    # the best point on an edge: x + y^2 with x + y = 1, x, y >= 0 is largest (1) at x = 1
    (r"Suppose $x \ge 0$, $y \ge 0$ and $x + y = 1$. Compute the maximum of $2y^2 + x$.",
     "2"),
    # the best point a corner of the region: p^2 + q^3 + 2r <= p + q + 2r <= 2, at r = 1
    (r"Let $p$, $q$, $r$ be nonnegative real numbers with $p + q + r = 1$. Find the greatest "
     r"value of $p^2 + q^3 + 2r$.", "2"),
    # an irrational constant: a sqrt 3 + b <= sqrt(3 + 1) = 2 at a = sqrt 3 / 2, b = 1/2
    (r"If $a^2 + b^2 = 1$ and $a, b$ are positive, what is the largest value of "
     r"$a\sqrt{3} + b$?", "2"),
    # a named function, and "as t ranges over"
    (r"Find the minimum value of $g(t) = t^2 + \frac{16}{t}$ for $t > 0$.", "12"),
    (r"Find the maximum value of $\frac{4t}{t^2 + 1}$ as $t$ ranges over all real "
     r"numbers.", "2"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_extreme_values(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # the least value is only approached as x, y -> 0
    r"Suppose $x$ and $y$ are positive. What is the least value of $xy + y + x$?",
    # approached as t grows, never reached
    r"Let $t$ be a positive real number. Find the maximum value of $\frac{t}{t + 1} + "
    r"\frac{t}{t + 2}$.",
    # unbounded below
    r"For real $x$ and $y$, compute the minimum of $y^2 - 3xy + x^2$.",
    # a parameter left in the answer
    r"Give the minimum of $x^2 + kx$ in terms of the positive constant $k$.",
    # a sign qualifier that leaves only an edge the expression never reaches
    r"Suppose $x > 0$, $y > 0$ and $x + y = 1$. Compute the maximum of $2y^2 + x$.",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_extreme_values_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_integers_are_tried_one_by_one_not_by_calculus() -> None:
    # calculus would give a = 14/3; the integer cases give 6, 20, 36, 48, 50, 36
    assert_solved(r"Let $a$ and $b$ be positive integers with $a + b = 7$. Find the maximum "
                  r"value of $a^2 b$.", "50")


PAIRS = [
    # on the unit circle x^2 + 4xy + y^2 = 1 + 2 sin 2t runs from -1 to 3
    (r"Suppose $x^2 + y^2 = 1$ for real numbers $x$ and $y$. Let $m$ and $M$ denote the "
     r"minimum and maximum values of $x^2 + 4xy + y^2$ respectively. Compute $m + M$.", "2"),
    (r"Real numbers $x$ and $y$ satisfy $x^2 + y^2 = 1$. Let $p$ and $q$ be the largest and "
     r"smallest values of $4xy + x^2 + y^2$. What is $p - q$?", "4"),
    # 2t/(t^2 + 1) for real t runs from -1 (t = -1) to 1 (t = 1)
    (r"Let $a$ and $b$ be the minimum and maximum values of $\frac{2t}{t^2 + 1}$ over all "
     r"real numbers $t$. Find the product $ab$.", "-1"),
]


@pytest.mark.parametrize(("problem", "answer"), PAIRS)
def test_both_extremes_combined(problem: str, answer: str) -> None:
    assert_solved(problem, answer)
