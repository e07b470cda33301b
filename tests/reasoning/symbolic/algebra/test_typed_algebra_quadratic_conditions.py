"""A quadratic's letters fixed by conditions on its roots (exactly one solution, roots d
apart) and relations between the letters, in several wordings; near misses."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(
    ("problem", "answer"),
    [
        # 144 = 4pq and p + q = 13: (4, 9) or (9, 4); p < q
        (r"Find the ordered pair $(p, q)$ with $p < q$ for which $p + q = 13$ and the "
         r"quadratic equation $px^2 + 12x + q = 0$ has exactly one solution.", "(4, 9)"),
        (r"Suppose $p + q = 13$, $p > q$, and the quadratic $px^2 + 12x + q$ has only one "
         r"root. What is the ordered pair $(p, q)$?", "(9, 4)"),
        # k^2 - 24 = 1: k = 5 or -5
        (r"The two roots of $x^2 - kx + 6 = 0$ differ by $1$. What is the least possible "
         r"value of $k$?", "-5"),
        (r"Find the largest possible value of $k$ if the solutions of $x^2 + kx + 6 = 0$ "
         r"differ by $1$.", "5"),
        # b^2 = 4c and c = b + 3: b = 6 or -2
        (r"Let $b$ and $c$ be real numbers. If $x^2 + bx + c$ has exactly one real root and "
         r"$c = b + 3$, what is the sum of all possible values of $b$?", "4"),
        (r"If the quadratic $x^2 + bx + c$ has exactly one real root and $c = b + 3$, find "
         r"the product of all possible values of $b$.", "-12"),
        # the quadratic given as a function's definition, the function named after it:
        # b^2 = 4 * 49, b = 14 or -14; b < 0
        (r"Let $q(x) = x^2 + bx + 49$. If $q$ has exactly one real root and $b < 0$, find $b$.",
         "-14"),
        (r"The function $q(x) = x^2 - mx + 4$ has exactly one real root. What is the product "
         r"of all possible values of $m$?", "-16"),
        # one root a multiple of the other: r + 2r = 12, r = 4, c = 4 * 8
        (r"One root of $x^2 - 12x + c = 0$ is twice the other. Find $c$.", "32"),
        # r * 4r = 36: r = 3 or -3, k = -(r + 4r) = -15 or 15; k < 0
        (r"One of the solutions of $x^2 + kx + 36 = 0$ is four times the other, and $k < 0$. "
         r"What is $k$?", "-15"),
        # 3x^2 - 24x + m: r + 3r = 8, r = 2, m/3 = 2 * 6
        (r"One root of the quadratic $3x^2 - 24x + m = 0$ is triple the other. What is $m$?",
         "36"),
    ],
)
def test_quadratic_conditions(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(
    "problem",
    [
        # two values and nothing picks one
        r"The equation $px^2 + 12x + q = 0$ has exactly one solution and $p + q = 13$. Find "
        r"$p$.",
        # p = 0, q = 13 gives a linear equation with one solution too: "quadratic" not said
        r"The equation $px^2 + 12x + q = 0$ has exactly one solution. Given $p + q = 13$ and "
        r"$p < q$, find the ordered pair $(p, q)$.",
        r"What is the largest $k$ for which the two roots of $x^2 + kx + 6 = 0$ differ by "
        r"$-1$?",  # a negative distance
        # a word the reader does not know
        r"The two roots of $x^2 - kx + 6 = 0$ differ by $1$. What is the least possible "
        r"positive value of $k$?",
        # "the same as the other" is a double root, not a multiple read here
        r"One root of $x^2 - 12x + c = 0$ is one times the other. Find $c$.",
        # the function named is not the one defined
        r"Let $q(x) = x^2 + bx + 49$. If $p$ has exactly one real root and $b < 0$, find $b$.",
        # two values of k and nothing picks one
        r"One of the solutions of $x^2 + kx + 36 = 0$ is four times the other. What is $k$?",
    ],
)
def test_quadratic_condition_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(
    ("problem", "answer"),
    [
        # b^2 - 48 = 1: roots 3, 4 or -3, -4
        (r"Find all $b$ such that the roots of $x^2 + bx + 12 = 0$ differ by $1$.", "-7, 7"),
        # roots r and 2r: 2r^2 = 8, p = -3r
        (r"Find all $p$ such that one root of $x^2 + px + 8 = 0$ is twice the other.", "-6, 6"),
        (r"Find all values of $m$ for which the two solutions of $x^2 - mx + 20 = 0$ differ by "
         r"$1$. Enter all the values, separated by commas.", "-9, 9"),
    ],
)
def test_all_values_listed(problem: str, answer: str) -> None:
    assert_solved(problem, answer)
