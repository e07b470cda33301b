"""Integer solutions of a two-letter quadratic equation whose square terms split into two
different linear factors (`number_theory.factored_solutions`): counted through
`solution_counts`, and the greatest or least value of an expression over them. Our own
problems; each answer found again here by brute force over a wide box."""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

_BOX = range(-300, 301)


def _pairs(holds: Callable[[int, int], bool], low: int | None = None) -> list[tuple[int, int]]:
    return [(a, b) for a in _BOX for b in _BOX
            if holds(a, b) and (low is None or min(a, b) >= low)]


@pytest.mark.parametrize(("problem", "answer"), [
    ("How many pairs of positive integers $(m,n)$ satisfy $m^2-n^2=45$?",
     str(len(_pairs(lambda m, n: m * m - n * n == 45, 1)))),
    ("How many ordered pairs $(h, k)$ of positive integers solve $h^2 - k^2 = 33$?",
     str(len(_pairs(lambda h, k: h * h - k * k == 33, 1)))),
    ("Find the number of ordered pairs of positive integers $(r, s)$ such that "
     "$2r^2 + rs - s^2 = 20$.",
     str(len(_pairs(lambda r, s: 2 * r * r + r * s - s * s == 20, 1)))),
    ("How many ordered pairs of nonnegative integers $(p,q)$ satisfy $pq - 2p - 3q = 0$?",
     str(len(_pairs(lambda p, q: p * q - 2 * p - 3 * q == 0, 0)))),
])
def test_counts_by_factoring(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    ("Suppose $a$ and $b$ are integers with $ab+3a+2b=7$. What is the largest possible "
     "value of $b$?", str(max(b for _a, b in _pairs(lambda a, b: a * b + 3 * a + 2 * b == 7)))),
    ("If $p$ and $q$ are integers such that $pq - 2p + 5q = 20$, find the least possible "
     "value of $p+q$.",
     str(min(p + q for p, q in _pairs(lambda p, q: p * q - 2 * p + 5 * q == 20)))),
    ("If $m$ and $n$ are positive integers such that $mn - 3m - n = 4$, what is the "
     "smallest possible value of $m$?",
     str(min(m for m, _n in _pairs(lambda m, n: m * n - 3 * m - n == 4, 1)))),
    ("What is the greatest possible value of $uv$ if $u$ and $v$ are integers with "
     "$u^2 - v^2 = 24$?", str(max(u * v for u, v in _pairs(lambda u, v: u * u - v * v == 24)))),
])
def test_extremes_over_integer_solutions(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a product equal to 0: infinitely many solutions
    "If $m$ and $n$ are integers such that $mn - 2m = 0$, what is the greatest possible "
    "value of $m$?",
    # one factor squared: not two different factors
    "If $x$ and $y$ are integers such that $x^2 - 2xy + y^2 = 9$, what is the greatest "
    "possible value of $x$?",
    # real numbers, not integers
    "If $m$ and $n$ are real numbers such that $mn + m = 6$, what is the greatest possible "
    "value of $m$?",
    # a further condition the reader does not take
    "If $m$ and $n$ are integers such that $mn + m = 6$ and $m > 2$, what is the greatest "
    "possible value of $m$?",
    # no integer solutions: no greatest value
    "If $a$ and $b$ are integers such that $a^2 - b^2 = 6$, what is the least possible "
    "value of $a$?",
])
def test_unsettled_integer_solutions_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


def _fraction_pairs(holds: Callable[[Fraction, Fraction], bool]) -> str:
    """Positive solutions listed by brute force (each letter at most 400, more than enough
    for these: a factor of the cleared equation divides a number below 400)."""
    return str(sum(1 for a in range(1, 400) for b in range(1, 400)
                   if holds(Fraction(a), Fraction(b))))


@pytest.mark.parametrize(("problem", "answer"), [
    # fractions cleared: (a - 6)(b - 6) = 36, (x - 2)(y - 3) = 6, (p - 12)(q + 12) = -144
    (r"How many ordered pairs of positive integers $(a,b)$ satisfy $\frac1a + \frac1b = "
     r"\frac15$?", _fraction_pairs(lambda a, b: 1 / a + 1 / b == Fraction(1, 5))),
    (r"Find the number of ordered pairs of positive integers $(x,y)$ such that $\frac{2}{x} + "
     r"\frac{3}{y} = 1$.", _fraction_pairs(lambda x, y: 2 / x + 3 / y == 1)),
    (r"How many ordered pairs of positive integers $(p,q)$ satisfy $\frac{1}{p} - \frac{1}{q} "
     r"= \frac{1}{10}$?", _fraction_pairs(lambda p, q: 1 / p - 1 / q == Fraction(1, 10))),
])
def test_counts_of_fraction_equations(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_fraction_equation_that_is_not_quadratic_declines() -> None:
    # x = 3y: infinitely many
    assert solve_now(r"How many ordered pairs of positive integers $(x,y)$ satisfy "
                     r"$\frac{x}{y} = 3$?").answer is None
