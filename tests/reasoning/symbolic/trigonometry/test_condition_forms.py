"""Conditions on an angle in other forms (our own problems, worked by hand): e^{i v} = a + bi
tells cos v = a and sin v = b; an inequality on a function of the angle keeps only the
solutions where it holds. A point off the unit circle, or a sign that leaves two values,
declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # cos = 1/3, sin = 2 sqrt 2 / 3: cos 2v = 2/9 - 1 ... = 1/9 - 8/9 = -7/9
    (r"If $e^{i \theta} = \frac{1}{3} + \frac{2\sqrt{2}}{3} i,$ then find $\cos 2\theta.$",
     r"-\frac{7}{9}"),
    # cos = 4/5, sin = -3/5: tan = -3/4
    (r"Suppose $e^{i x} = \frac{4}{5} - \frac{3}{5} i$. Compute $\tan x$.", r"-\frac{3}{4}"),
    # cos = 2/3, sin = sqrt5/3: sin 2 = 4 sqrt5/9, cos 2 = -1/9, sin 4 = -8 sqrt5/81
    (r"Given $e^{i t} = \frac{2 + i \sqrt{5}}{3}$, find $\sin 4t$.", r"-\frac{8\sqrt{5}}{81}"),
    # sin = 3/5 with cos < 0: cos = -4/5, tan = -3/4
    (r"If $\sin\theta = \frac{3}{5}$ and $\cos\theta < 0$, find $\tan\theta$.",
     r"-\frac{3}{4}"),
    # cos = 12/13 with sin < 0: sin = -5/13
    (r"Given that $\cos x = \frac{12}{13}$ and $\sin x < 0$, find $\sin x$.", r"-\frac{5}{13}"),
    # tan = -3/4 with sin > 0: second quadrant, cos = -4/5
    (r"Let $\tan u = -\frac{3}{4}$ with $\sin u > 0$. What is $\cos u$?", r"-\frac{4}{5}"),
    # cos = 1/3 and tan < 0: sin = -2 sqrt2/3, sin 2A = -4 sqrt2/9
    (r"If $\cos A = \frac{1}{3}$ and $\tan A < 0$, find $\sin 2A$.", r"-\frac{4\sqrt{2}}{9}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_conditions_in_other_forms(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # |1/2 + i/2| is not 1: no real angle
    r"If $e^{i x} = \frac{1}{2} + \frac{1}{2} i$, find $\tan x$.",
    # e^{2 i x}: not the angle itself
    r"If $e^{2 i x} = \frac{3}{5} + \frac{4}{5} i$, find $\cos x$.",
    # sin > 0 leaves both signs of the cosine
    r"If $\sin v = \frac{3}{5}$ and $\sin v > 0$, find $\cos v$.",
    # no solution keeps the sign: sin = 3/5 > 0 contradicts sin < 0
    r"If $\sin v = \frac{3}{5}$ and $\sin v < 0$, find $\cos v$.",
])
def test_unfixed_or_impossible_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
