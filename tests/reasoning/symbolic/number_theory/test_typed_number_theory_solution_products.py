"""Solutions in positive integers of an equation of higher degree with positive terms
(`number_theory.solution_products`), and the wider wordings of `solution_counts`: the
letters declared first, "the number of ...", a stated prime factorisation set aside.
Our own problems; each count found again here by brute force."""

from __future__ import annotations

from collections.abc import Callable
from itertools import product

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _brute(k: int, top: int, holds: Callable[..., bool]) -> str:
    return str(sum(1 for xs in product(range(1, top + 1), repeat=k) if holds(*xs)))


@pytest.mark.parametrize(("problem", "answer"), [
    ("Find the number of ordered pairs of positive integers $(w, z)$ with $wz = 180$.",
     _brute(2, 180, lambda w, z: w * z == 180)),
    (r"The prime factorization of 3388 is $2^2 \cdot 7 \cdot 11^2$. How many ordered pairs "
     r"$(m, n)$ of positive integers solve $mn = 3388$?", "18"),
    ("If $u$ and $v$ are positive integers with $uv = 98$, how many ordered pairs $(u, v)$ "
     "are there?", _brute(2, 98, lambda u, v: u * v == 98)),
    ("Determine the number of ordered triples $(p,q,r)$ of positive integers such that "
     "$pqr = 36$.", _brute(3, 36, lambda p, q, r: p * q * r == 36)),
    ("Suppose $a$, $b$ and $c$ are positive integers with $5abc = 150$. How many ordered "
     "triples $(a,b,c)$ are there?", _brute(3, 30, lambda a, b, c: a * b * c == 30)),
    ("How many ordered pairs $(s,t)$ of positive integers satisfy $s^2 + 4t = 61$?",
     _brute(2, 61, lambda s, t: s * s + 4 * t == 61)),
    ("Find the number of ordered pairs of positive integers $(x, y)$ that satisfy "
     "$x^2 + y^2 = 65$.", _brute(2, 65, lambda x, y: x * x + y * y == 65)),
    ("What is the number of ordered pairs $(g, h)$ of positive integers with $g^2 h = 72$?",
     _brute(2, 72, lambda g, h: g * g * h == 72)),
    ("Consider the equation $m + 3n = 40$, where $m$ and $n$ are positive integers. How many "
     "ordered pairs $(m, n)$ are there?", _brute(2, 40, lambda m, n: m + 3 * n == 40)),
    ("For the equation $2x + y = 21$, where $x$ and $y$ are both positive integers, how "
     "many solutions $(x, y)$ are there?", _brute(2, 21, lambda x, y: 2 * x + y == 21)),
    ("If $g$ and $f$ are positive integers such that $7fg = 40$, how many ordered pairs "
     "$(f, g)$ exist?", "0"),
])
def test_solution_counts_of_products_and_powers(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # nonnegative: x = 0 leaves y free when the product is 0, and is not read
    "How many ordered pairs of nonnegative integers $(x,y)$ satisfy $xy = 20$?",
    # a difference of squares is counted by factoring (test_factored_solutions)
    # a wrong stated factorisation
    r"The prime factorization of 90 is $2 \cdot 3 \cdot 15$. How many ordered pairs of "
    "positive integers $(x,y)$ satisfy $xy = 90$?",
    # declared letters other than the equation's
    "If $a$ and $b$ are positive integers with $xy = 30$, how many ordered pairs $(a, b)$ "
    "are there?",
    # unordered pairs are another count
    "How many unordered pairs of positive integers satisfy $xy = 36$?",
])
def test_unsettled_products_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
