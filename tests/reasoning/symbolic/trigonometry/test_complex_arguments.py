"""The argument of a complex number (`trigonometry.complex_arguments`), in phrasings of our
own; the range is the one stated, and without one only numbers on or above the real axis
are answered. Near misses decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # the point (-2, 2): 135 degrees, the same in [0, 2pi) and (-pi, pi]
    (r"Find the argument of $-2 + 2i$.", r"\frac{3\pi}{4}"),
    # (1, -sqrt 3) is at -60 degrees, 300 degrees in [0, 2pi)
    (r"What is the argument of $1 - i\sqrt{3}$, in the interval $[0, 2\pi)$?",
     r"\frac{5\pi}{3}"),
    # the same point in (-pi, pi]
    (r"Determine the argument of $1 - i\sqrt{3}$ in the interval $(-\pi, \pi]$.",
     r"-\frac{\pi}{3}"),
    # (1 + i)^2 = 2i: straight up
    (r"Find the argument of the complex number $(1 + i)^2$ in degrees.", "90"),
    # -3i is straight down: 270 degrees measured from 0 up to 360
    (r"Find the argument of $-3i$, where $0^\circ \le \theta < 360^\circ$.", "270"),
    # a negative real number: pi in either range
    (r"What is the argument of $-7$?", r"\pi"),
    # (-sqrt 3, -1) is at 210 degrees
    (r"Write $-\sqrt{3} - i$ in the form $re^{i\theta}$ with $0 \le \theta < 2\pi$. What is "
     r"$\theta$?", r"\frac{7\pi}{6}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_arguments_of_complex_numbers(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # below the real axis and no range: -pi/4 or 7pi/4?
    r"Find the argument of $1 - i$.",
    # not a rational multiple of pi
    r"Find the argument of $3 + 4i$.",
    # a letter in the number
    r"Find the argument of $a + i$.",
    # a range the reader does not know
    r"Find the argument of $-1 - i$, where $\pi \le \theta < 3\pi$.",
    # zero has no argument
    r"Find the argument of $0i$.",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_unclear_arguments_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
