"""z^n + 1/z^n for a number told only by z + 1/z = c (our own problems, worked by hand:
c = 2 cos t gives 2 cos(n t); otherwise s_n = c s_{n-1} - s_{n-2} from s_0 = 2, s_1 = c)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 2 cos 5 degrees: 2 cos 360 degrees = 2
    (r"If $w + \frac{1}{w} = 2\cos 5^\circ$, find $w^{72} + \frac{1}{w^{72}}$.", "2"),
    # sqrt(3) = 2 cos 30 degrees: 2 cos(2023 * 30 degrees) = 2 cos 210 degrees = -sqrt(3)
    (r"If $z$ is a complex number such that $z + z^{-1} = \sqrt{3}$, what is "
     r"$z^{2023} + z^{-2023}$?", r"-\sqrt{3}"),
    # -1 = 2 cos 120 degrees: 2 cos(100 * 120 degrees) = 2 cos 120 degrees = -1
    ("Given that 1/a + a = -1, compute a^100 + 1/a^100", "-1"),
    # 2 cos(pi/12): 2 cos(30 pi / 12) = 2 cos(5 pi / 2) = 0
    (r"Suppose $t + t^{-1} = 2 \cos \frac{\pi}{12}$. Evaluate $t^{30} + t^{-30}$.", "0"),
    # no angle: 3, 7, 18, 47, 123
    ("z + 1/z = 3. what is z^5 + 1/z^5?", "123"),
    # 5: 23, 527 (s_4 = s_2^2 - 2)
    (r"Let $p$ be a nonzero number with $p + \frac1p = 5$. Find $p^4 + \frac{1}{p^4}$.",
     "527"),
    # i: -3, -4i, then s_6 = s_3^2 - 2 = -18
    (r"Suppose $t$ is a complex number with $t + t^{-1} = i$. Compute $t^6 + t^{-6}$.", "-18"),
    # -2 cos 3 degrees = 2 cos 177 degrees: 2 cos(2000 * 177 degrees) = 2 cos 120 degrees = -1
    (r"If $z + \frac{1}{z} = -2\cos 3^\circ$, find $z^{2000} + \frac{1}{z^{2000}}$.", "-1"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_reciprocal_powers(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # no real x has x + 1/x = 1
    "Let x be a real number with x + 1/x = 1. Find x^5 + 1/x^5.",
    # a difference, not a sum, is asked: it depends on which root z is
    r"If $z + \frac{1}{z} = \sqrt{2}$, find $z^{3} - \frac{1}{z^{3}}$.",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_unsettled_reciprocal_powers_decline(problem: str) -> None:
    assert solve_now(problem).answer is None

