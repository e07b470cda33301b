"""Letters given a list of numbers in some order, and the extreme value of an expression in
them (`algebra.assigned_numbers`). Our own problems; each answer listed again here."""

from __future__ import annotations

from itertools import permutations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _best(values, f, which):
    got = [f(*p) for p in permutations(values)]
    return max(got) if which == "max" else min(got)


@pytest.mark.parametrize(("problem", "answer"), [
    ("The numbers $p,$ $q,$ $r,$ $s$ are equal to 2, 3, 5, 7, in some order.  Find the "
     "smallest possible value of \\[pq + qr + rs + sp.\\]",
     _best((2, 3, 5, 7), lambda p, q, r, s: p * q + q * r + r * s + s * p, "min")),
    ("Let $a$, $b$, $c$ be the numbers $1$, $4$, $6$ in some order. What is the largest "
     "possible value of $ab - c$?", _best((1, 4, 6), lambda a, b, c: a * b - c, "max")),
    # d is a letter here, not a differential
    ("The numbers $a,$ $b,$ $c,$ $d$ are equal to 2, 4, 6, 8 in some order. Find the "
     "greatest possible value of $ab + bc + cd + da$.",
     _best((2, 4, 6, 8), lambda a, b, c, d: a * b + b * c + c * d + d * a, "max")),
    # subscripted letters and a listed range with dots
    ("The numbers $u_1,$ $u_2,$ $u_3,$ $v_1,$ $v_2,$ $v_3$ are equal to the numbers $1,$ "
     "$2,$ $3,$ $\\dots,$ $6$ in some order. Find the minimum possible value of "
     "\\[u_1 u_2 u_3 + v_1 v_2 v_3.\\]",
     _best(range(1, 7), lambda a, b, c, d, e, f: a * b * c + d * e * f, "min")),
    ("Suppose $x$, $y$, and $z$ are the numbers 3, 5, and 9 in some order. Compute the least "
     "possible value of $x^2 - yz$.", _best((3, 5, 9), lambda x, y, z: x * x - y * z, "min")),
])
def test_assigned_numbers(problem, answer):
    assert_solved(problem, str(answer))


@pytest.mark.parametrize("problem", [
    # a letter that was given no number
    "The numbers $a,$ $b,$ $c$ are equal to 1, 2, 3 in some order. Find the largest possible "
    "value of $ab + e$.",
    # more numbers than letters
    "The numbers $a,$ $b,$ $c$ are equal to 1, 2, 3, 4 in some order. Find the largest "
    "possible value of $ab + c$.",
    # a condition the reader does not read
    "The numbers $a,$ $b,$ $c$ are equal to 1, 2, 3 in some order. Find the largest possible "
    "positive value of $ab - c^2$.",
    "The numbers $a,$ $b,$ $c$ are equal to 1, 2, 3 in some order, and $a < b$. Find the "
    "largest possible value of $ab - c$.",
    # not a polynomial
    "The numbers $a,$ $b,$ $c$ are equal to 1, 2, 3 in some order. Find the largest possible "
    "value of $\\sqrt{a} + bc$.",
])
def test_assigned_numbers_decline(problem):
    assert solve_now(problem).answer is None
