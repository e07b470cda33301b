"""A modulus or a part that is the same at every point of a complex number's circle
(`algebra.complex_circle_values`). Our own problems; answers by hand (z conj z = |z|^2,
Re 1/(r - z) = 1/(2r) on |z| = r, 1/z = conj z on the unit circle)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("Let $z$ be a nonreal complex number such that $|z| = 1.$  Find the real part of "
     "$\\frac{1}{1 - z}.$", "\\frac{1}{2}"),
    ("Let $z$ be a non-real complex number with $|z| = 2$. Find the real part of "
     "$\\frac{1}{2 - z}$.", "\\frac{1}{4}"),
    ("If $w$ is a complex number with $|w| = 3$, what is $w \\overline{w}$?", "9"),
    ("Let $z$ be a complex number such that $|z| = 2$. Find $z \\bar{z}$.", "4"),
    ("Let $z$ be a complex number such that $|z| = 4$. Find $\\frac{z \\overline{z}}{2}$.",
     "8"),
    ("Let $z$ be a complex number with $|z| = 5$. Compute $|z^2|$.", "25"),
    ("Let $z$ be a complex number with $|z| = 1$. What is the imaginary part of "
     "$z + \\frac{1}{z}$?", "0"),
])
def test_values_fixed_on_a_circle(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the real part moves around the circle
    "Let $z$ be a complex number such that $|z - 1| = 1$. Find the real part of $z$.",
    # z + conj z = 2 cos t is not fixed
    "Let $z$ be a complex number with $|z| = 1$. What is $z + \\overline{z}$?",
    # |z + 1| changes on the unit circle
    "Let $z$ be a complex number with $|z| = 1$. Compute $|z + 1|$.",
    # z itself is any point of the circle
    "Let $z$ be a complex number such that $|z| = 2$. Find $z$.",
])
def test_changing_values_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
