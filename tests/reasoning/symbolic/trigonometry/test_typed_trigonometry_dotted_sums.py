"""Sums written with dots of trigonometric values at whole-degree angles in arithmetic
progression, and of powers of a root of unity, computed exactly with roots of unity (our own
problems, answers worked out by hand); near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # cos^2 = (1 + cos 2x)/2 over the 45 odd angles; cos 2, cos 6, ..., cos 178 cancel in pairs
    (r"What is the value of $\cos^2 1^{\circ} + \cos^2 3^{\circ} + \cos^2 5^{\circ} + \cdots + "
     r"\cos^2 89^{\circ}$?", r"\frac{45}{2}"),
    # sin^4 = 3/8 - cos 2x / 2 + cos 4x / 8 over 91 angles: 273/8 - 1/2 + 1/8
    (r"Simplify $\sin^4 0^{\circ} + \sin^4 4^{\circ} + \dots + \sin^4 360^{\circ}$.",
     r"\frac{135}{4}"),
    # all nine ninth roots of unity
    (r"Evaluate $e^{2\pi i/9} + e^{4\pi i/9} + \dots + e^{18\pi i/9}$.", "0"),
    # cos(180 - x) = -cos x pairs the terms off; cos 90 = 0
    (r"What is the value of $\cos 10^\circ + \cos 20^\circ + \cos 30^\circ + \dots + "
     r"\cos 170^\circ$?", "0"),
    # 17/2 plus half the sum of cos 10k for k = 1..17, which is 0
    (r"Compute the sum $\cos^2 5^\circ + \cos^2 10^\circ + \cdots + \cos^2 85^\circ$.",
     r"\frac{17}{2}"),
    # sin^4 = 3/8 - cos 2x / 2 + cos 4x / 8; both cosine sums over k = 1..18 vanish
    (r"Determine $\sin^4 10^\circ + \sin^4 20^\circ + \dots + \sin^4 180^\circ$.",
     r"\frac{27}{4}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_dotted_trigonometric_sums(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the sum is not rational (it is cot 5 degrees)
    r"Compute $\sin 10^\circ + \sin 20^\circ + \dots + \sin 170^\circ$.",
    # a letter in the angles
    r"Compute $\sin^2 x + \sin^2 2x + \dots + \sin^2 9x$.",
    # a word that changes the question
    r"Find the largest term of $\cos 10^\circ + \cos 20^\circ + \dots + \cos 170^\circ$.",
])
def test_irrational_or_unread_sums_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
