"""A trigonometric value fixed by two conditions on two angles (our own problems, worked by
hand); conditions that leave several values, or no real angles, decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # tan u tan v = 6/3 = 2, so tan(u + v) = 6 / (1 - 2)
    (r"Suppose $\tan u + \tan v = 6$ and $\cot u + \cot v = 3$. What is $\tan(u + v)$?", "-6"),
    # cos a cos b = 5/12 and sin a sin b = 1/12
    (r"The angles $\alpha$ and $\beta$ satisfy $\cos(\alpha + \beta) = \frac{1}{3}$ and "
     r"$\cos(\alpha - \beta) = \frac{1}{2}$. Compute $\tan \alpha \tan \beta$.", r"\frac{1}{5}"),
    # sin a cos b = 1/2 and cos a sin b = 1/6
    (r"Given that $\sin(a+b) = \frac{2}{3}$ and $\sin(a-b) = \frac{1}{3}$, find "
     r"$\frac{\tan a}{\tan b}$.", "3"),
    # squaring and adding: 2 + 2 cos(x - y) = 2
    (r"Let $x$ and $y$ be real numbers with $\sin x + \sin y = 1$ and $\cos x + \cos y = 1$. "
     r"Determine $\cos(x - y)$.", "0"),
    # both acute: sin a = 12/13, cos b = 3/5; 5/13 * 3/5 + 12/13 * 4/5 = 63/65
    (r"Suppose $a$ and $b$ are acute angles with $\cos a = \frac{5}{13}$ and "
     r"$\sin b = \frac{4}{5}$. Evaluate $\cos(a - b)$.", r"\frac{63}{65}"),
    # both acute: sin x = 3/5, cos y = sqrt(3)/2 (y = 30 degrees)
    (r"Given $\cos x = \frac{4}{5}$ and $\sin y = \frac{1}{2}$ where $x$ and $y$ are both "
     r"acute, find $\sin(x + y)$.", r"\frac{3\sqrt{3} + 4}{10}"),
    # second quadrant: cos u = -3/5; third quadrant: sin v = -5/13
    (r"Suppose $\sin u = \frac{4}{5}$ with $u$ in the second quadrant, and $\cos v = "
     r"-\frac{12}{13}$ with $v$ in the third quadrant. Compute $\cos(u + v)$.",
     r"\frac{56}{65}"),
    # fourth quadrant: sin s = -3/5, cos s = 4/5; first quadrant: cos t = sqrt(3)/2
    (r"Let $\tan s = -\frac{3}{4}$, where $s$ lies in the fourth quadrant, and $\sin t = "
     r"\frac{1}{2}$, where $t$ lies in the first quadrant. Find $\sin(s + t)$.",
     r"\frac{4 - 3\sqrt{3}}{10}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_two_angle_values(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # sin x is not fixed by these two conditions
    r"If $\sin(x+y) = \frac12$ and $\sin(x-y) = \frac13$, find $\sin x$.",
    # one condition on two angles
    r"If $\tan x + \tan y = 4$, find $\tan(x+y)$.",
    # tan x and tan y would be the roots of z^2 - 2z + 3: not real
    r"If $\tan x + \tan y = 2$ and $\tan x \tan y = 3$, find $\tan(x+y)$.",
    # a question the reader does not read
    r"If $\tan x+\tan y=6$ and $\cot x + \cot y=3$, what is the largest possible value of "
    r"$\tan(x+y)$?",
    # without "acute" the signs of cos b and sin a are open
    r"If $\cos a = \frac{5}{13}$ and $\sin b = \frac{4}{5}$, evaluate $\cos(a - b)$.",
    # acute said of one angle only
    r"If $\cos a = \frac{5}{13}$ and $\sin b = \frac{4}{5}$, where $a$ is acute, evaluate "
    r"$\cos(a - b)$.",
    # a quadrant said of one angle only: the sign of sin v is open
    r"Suppose $\sin u = \frac{4}{5}$ with $u$ in the second quadrant, and $\cos v = "
    r"-\frac{12}{13}$. Compute $\cos(u + v)$.",
])
def test_unfixed_or_unread_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
