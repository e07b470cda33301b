"""Moduli of complex numbers multiply (`algebra.complex_modulus_products`): a product told
equal to a + bi with a real unknown of a told sign, or the modulus of a product asked. Our
own problems; answers worked by hand from |zw| = |z||w|."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # |zw| = 2 * sqrt(41)/2 = sqrt(41): c^2 + 25 = 41
    ("Find the positive value of $c$ such that $zw = c + 5i$, given $|z| = 2$ and "
     "$|w| = \\frac{\\sqrt{41}}{2}$.", "4"),
    # |xy| = 13: r^2 + 144 = 169
    ("The complex numbers $x$ and $y$ satisfy $|x| = 1$ and $|y| = 13$. If $xy = r + 12i$ "
     "and $r > 0$, find $r$.", "5"),
    # |uv| = 10: 36 + k^2 = 100, the negative root
    ("Given $|u| = 2$ and $|v| = 5$, find the negative real number $k$ such that "
     "$uv = 6 + ki$.", "-8"),
    # |a^2 b| = 4 * 3 = 12
    ("If $|a| = 2$ and $|b| = 3$, find $|a^2 b|$.", "12"),
    # |z^3 / w| = 27 / 9 = 3
    ("Suppose $|z| = 3$ and $|w| = 9$. What is $\\left|\\frac{z^3}{w}\\right|$?", "3"),
])
def test_moduli_multiply(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # |s - 9i| = 6 has no real s
    "Let $|p| = 2$ and $|q| = 3$. If $pq = s - 9i$ where $s$ is a positive real number, "
    "find $s$.",
    # no sign told: t = 4 or t = -4
    "Given $|z| = 1$ and $|w| = 5$, find $t$ such that $zw = t + 3i$.",
    # the sign is said of z's real part, not of t: t = 8 or t = -8
    "Let $z$ have a positive real part. Given $|z| = 2$ and $|w| = 5$, find $t$ such that "
    "$zw = t + 6i$.",
    # a sum of the letters: not fixed by the moduli
    "If $|a| = 2$ and $|b| = 3$, find $|a + b|$.",
    # the modulus of a letter not told
    "If $|a| = 2$ and $|b| = 3$, find $|a c|$.",
])
def test_moduli_that_do_not_settle_it_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
