"""The speed along a parametric path and the length of a parametric curve
(geometry/parametric_lengths.py): our own paths and wordings, answers by hand; a speed that
changes, or a curve that goes round twice, must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # velocity (5, -12): speed 13
    ("A particle moves so that at time $t$ it is at $(5t - 1, 3 - 12t)$. Find the speed of "
     "the particle.", "13"),
    # velocity (1, 1, 1): sqrt 3
    ("An object travels along a line so that it is at $(t + 2, t, t - 4)$ at time $t$. What "
     "is the speed of the object?", "\\sqrt{3}"),
    # a circle of radius 3 traced once at unit angular rate: a quarter turn is 3 pi / 2
    ("Find the length of the parametric curve described by $(x,y) = (3\\cos t, 3\\sin t)$ "
     "from $t = 0$ to $t = \\frac{\\pi}{2}$.", "\\frac{3\\pi}{2}"),
    # velocity (6, 8): speed 10 for 3 units of time
    ("Find the length of the path traced by $(6t + 1, 8t)$ for $0 \\le t \\le 3$.", "30"),
    # (e^t, 2e^t): speed sqrt 5 e^t, integral sqrt 5 (e^2 - 1)
    ("Find the arc length of the curve given by $(e^t, 2e^t)$ from $t = 0$ to $t = 2$.",
     "\\sqrt{5}(e^2 - 1)"),
]

NEAR_MISSES = [
    # the speed 2t changes with time
    "A particle moves so that at time $t$ it is at $(t^2, 5)$. Find the speed of the particle.",
    # twice round the unit circle: the distance travelled (4 pi) or the circle (2 pi)?
    "Find the length of the curve described by $(x,y) = (\\cos t, \\sin t)$ from $t = 0$ to "
    "$t = 4\\pi$.",
    # the time letter is not the path's letter
    "A particle moves so that at time $s$ it is at $(3t, 4t)$. Find the speed of the particle.",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_parametric_lengths_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_parametric_lengths_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


# The length asked in more wordings: coordinates told one by one ("x = ..., y = ..."), in
# an align block told first, without "described by", ranges "between", "on the interval",
# "as t goes from", and typed without dollar signs.
WORDINGS = [
    # radius 3, half a turn
    (r"Find the length of the curve $(x,y) = (3 \cos t, 3 \sin t)$ from $t = 0$ to "
     r"$t = \pi.$", r"3\pi"),
    # radius 2, a quarter turn
    (r"Find the arc length of the parametric curve $x = 2 \cos t$, $y = 2 \sin t$ for "
     r"$0 \le t \le \frac{\pi}{2}$.", r"\pi"),
    # speed t sqrt(4 + 9 t^2): (13^{3/2} - 8) / 27
    (r"Compute the length of the path $x = t^2$, $y = t^3$ from $t = 0$ to $t = 1$.",
     r"\frac{13\sqrt{13} - 8}{27}"),
    # speed sqrt 2 e^t
    (r"Find the length of the curve $x = e^t \cos t$, $y = e^t \sin t$ between $t = 0$ and "
     r"$t = 1$.", r"\sqrt{2}(e - 1)"),
    # a helix: speed sqrt 2
    (r"Find the length of the curve $(\cos t, \sin t, t)$ for $0 \le t \le 2 \pi$.",
     r"2\sqrt{2}\pi"),
    # speed 6t sqrt(1 + t^2): 2 (1 + t^2)^{3/2} from 0 to 2
    ("A curve is given by\n\\begin{align*}\nx &= 3t^2, \\\\\ny &= 2t^3.\n\\end{align*}"
     "Find the length of the curve from $t = 0$ to $t = 2$.", r"10\sqrt{5} - 2"),
    # velocity (5, 12): speed 13 for 2 units of time
    ("Find the length of the curve x = 5t + 1, y = 12t - 3 for 0 <= t <= 2.", "26"),
    (r"Find the length of the parametric curve described by $(x,y) = (4 \sin t, 4 \cos t)$ "
     r"on the interval $0 \le t \le \pi$.", r"4\pi"),
    # velocity (2, -1, 2): speed 3 for 4 units of time
    (r"What is the length of the path $x = 2t$, $y = 1 - t$, $z = 2t + 5$ as $t$ goes from "
     r"$0$ to $4$?", "12"),
]

WORDING_NEAR_MISSES = [
    # no range of the parameter
    r"Find the length of the curve $x = \cos t$, $y = \sin t$.",
    # the coordinates told in another order
    r"Find the length of the curve $y = \cos t$, $x = \sin t$ for $0 \le t \le \pi$.",
    # two letters
    r"Find the length of the curve $x = t$, $y = s$ from $t = 0$ to $t = 1$.",
    # the range runs backwards
    r"Find the length of the curve $(x, y) = (t^2, t)$ from $t = 1$ to $t = 0$.",
    # another letter in "as ... goes from"
    r"Find the length of the curve $x = 3t$, $y = 4t$ as $s$ goes from $0$ to $1$.",
    r"Find the area under the curve $(x,y) = (t, t^2)$ from $t = 0$ to $t = 1$.",
]


@pytest.mark.parametrize(("problem", "answer"), WORDINGS)
def test_parametric_lengths_in_more_wordings(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", WORDING_NEAR_MISSES)
def test_parametric_length_wording_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
