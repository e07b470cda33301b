"""The greatest or least modulus, real part or imaginary part over complex numbers on circles
(`algebra.complex_circle_extremes`). Our own problems; answers worked out by hand (distances
from the centre, |z^k| = r^k pulled out of a product, or cos theta optimised)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # the centre 3 + 4i is 5 from 0: 5 - 2
    ("Let $z$ be a complex number such that $|z - 3 - 4i| = 2.$ Find the minimum value of "
     "$|z|.$", "3"),
    # centre -1 + i at distance sqrt 2, radius sqrt 2
    ("Suppose the complex number $w$ satisfies $|w + 1 - i| = \\sqrt{2}$. What is the largest "
     "possible value of $|w|$?", "2\\sqrt{2}"),
    # |z - 3i| from the centre 6: sqrt 45 - 4
    ("The complex number $z$ satisfies $|z - 6| = 4$. What is the least possible value of "
     "$|z - 3i|$?", "3\\sqrt{5} - 4"),
    # |z^2 + 4| <= |z|^2 + 4 = 8, reached at z = 2
    ("Let $z$ be a complex number with $|z| = 2$. Find the largest possible value of "
     "$|z^2 + 4|$.", "8"),
    # 8 sin^2(t/2) |cos(t/2)| is largest at cos = 1/sqrt 3
    ("Let $z$ be a complex number such that $|z| = 1.$ Find the maximum value of "
     "$|(z - 1)^2 (z + 1)|.$", "\\frac{16\\sqrt{3}}{9}"),
    # z = omega makes it 0
    ("Let $z$ be a complex number such that $|z| = 1.$ Find the minimum value of "
     "$|z^2 + z + 1|.$", "0"),
    # |z|^2 |(2 + i) - z| <= 25 (sqrt 5 + 5)
    ("Let $z$ be a complex number such that $|z| = 5.$ Find the largest possible distance "
     "between $(2 + i)z^2$ and $z^3$ when plotted in the complex plane.", "125 + 25\\sqrt{5}"),
    # parts: centre -2i, radius 3; |2z + 4 - 2i| = 6 is the circle about -2 + i of radius 3
    ("Let $z$ be a complex number such that $|z + 2i| = 3$. What is the greatest possible "
     "value of the real part of $z$?", "3"),
    ("Let $z$ be a complex number with $|2z + 4 - 2i| = 6$. Find the largest possible value "
     "of the imaginary part of $z$.", "4"),
    ("Given that $z$ is a complex number with $|z - 4i| = 1$, find the smallest possible "
     "value of the imaginary part of $z$.", "3"),
    # Re(z^2 + 2z) = 4 cos 2t + 4 cos t, least at cos t = -1/4
    ("Let $z$ be a complex number such that $|z| = 2$. Find the smallest possible value of "
     "the real part of $z^2 + 2z$.", "-\\frac{9}{2}"),
    # |z + conj z| = 2 |Re z| <= 4 on the circle about 1 of radius 1
    ("Let $z$ be a complex number such that $|z - 1| = 1$. Find the maximum value of "
     "$|z + \\overline{z}|$.", "4"),
    # two numbers: centres 2 + i and -3 - 4i are 5 sqrt 2 apart
    ("Let $z$ and $w$ be complex numbers such that $|z - 2 - i| = 2$ and $|w + 3 + 4i| = 1.$ "
     "Find the smallest possible value of $|z - w|.$", "5\\sqrt{2} - 3"),
    # one circle inside the other: 5 - 1 - 1
    ("Let $z$ and $w$ be complex numbers such that $|z| = 5$ and $|w - 1| = 1.$ Find the "
     "smallest possible value of $|z - w|$.", "3"),
    ("Suppose $u$ and $v$ are complex numbers with $|u| = 2$ and $|v - 10| = 3$. What is the "
     "greatest possible value of $|u + v|$?", "15"),
    # |a - 2b| with |a| = 3, |2b| = 8: from 8 - 3 to 8 + 3
    ("Let $a$ and $b$ be complex numbers with $|a| = 3$ and $|b| = 4$. Find the largest "
     "possible value of $|a - 2b|$.", "11"),
    ("Let $a$ and $b$ be complex numbers with $|a| = 3$ and $|b| = 4$. Find the least "
     "possible value of $|a - 2b|$.", "5"),
])
def test_extremes_over_circles(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # z real as well: only z = 2 or -2 (the reader does not take that condition)
    "Let $z$ be a complex number such that $|z| = 2$ and $z$ is real. Find the maximum value "
    "of $|z + 3i|$.",
    # a disc, not a circle
    "Let $z$ be a complex number such that $|z| \\le 1$. Find the maximum value of $|z + 3|$.",
    # two conditions on one number
    "Let $z$ be a complex number such that $|z| = 1$ and $|z - 1| = 1$. Find the maximum "
    "value of $|z + 2|$.",
    # a line, not a circle
    "Let $z$ be a complex number such that $|z - 1| = |z + 1|$. Find the minimum value of "
    "$|z - 2i|$.",
    # no points
    "Let $z$ be a complex number such that $|z| = -2$. Find the maximum value of $|z + 3i|$.",
    # complex numbers have no order
    "Let $z$ be a complex number such that $|z| = 1$. Find the maximum value of $z$.",
    # a letter that is not on a circle
    "Let $z$ be a complex number such that $|z| = 1$. Find the maximum value of $|z - w|$.",
    # integer parts are a condition the reader does not take
    "Let $z$ be a complex number with integer real part such that $|z - 3| = 5$. Find the "
    "largest possible value of $|z|$.",
])
def test_unsettled_circle_questions_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
