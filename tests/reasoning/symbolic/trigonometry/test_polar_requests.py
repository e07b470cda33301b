"""A complex number asked in polar, exponential or trigonometric form, in our own wordings
(answers worked out by hand), and near misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    (r"Write $1 + i$ in polar form.",
     r"\sqrt{2}\left(\cos \frac{\pi}{4} + i \sin \frac{\pi}{4}\right)"),
    # |-2 + 2i| = 2 sqrt 2, at 135 degrees
    ("Express -2 + 2i in exponential form.", r"2 \sqrt{2} e^{\frac{3 \pi}{4} i}"),
    (r"What is the trigonometric form of $-6$?", r"6\left(\cos \pi + i \sin \pi\right)"),
    # sqrt 3 - i: r = 2, below the axis; the range said puts it at 330 degrees
    (r"Convert $\sqrt{3} - i$ to the form $re^{i\theta}$ with $0 \le \theta < 2\pi$.",
     r"2 e^{\frac{11 \pi}{6} i}"),
    # the other range puts -1 - i at -135 degrees
    (r"Put $-1 - i$ in polar form, where $-\pi < \theta \le \pi$.",
     r"\sqrt{2}\left(\cos - \frac{3 \pi}{4} + i \sin - \frac{3 \pi}{4}\right)"),
    (r"Rewrite $5i$ in exponential form.", r"5 e^{\frac{\pi}{2} i}"),
    # |2 + 2 sqrt 3 i| = 4, at 60 degrees
    (r"Write $2 + 2\sqrt{3}i$ in polar form, in degrees.",
     r"4\left(\cos 60^\circ + i \sin 60^\circ\right)"),
    # plain text: |-3 + 3 sqrt 3 i| = 6, at 120 degrees
    ("write -3 + 3 sqrt(3) i in exponential form", r"6 e^{\frac{2 \pi}{3} i}"),
    # unit modulus: no factor written
    (r"Find the polar form of $\frac{\sqrt{3}}{2} + \frac{1}{2}i$.",
     r"\cos \frac{\pi}{6} + i \sin \frac{\pi}{6}"),
]

DECLINED = [
    # below the real axis and no range said: 7 pi / 4 or -pi / 4?
    r"Write $1 - i$ in polar form.",
    # 3 + 4i is not at an exact angle
    r"Write $3 + 4i$ in polar form.",
    # a condition the reader does not apply
    r"Write $1 + i$ in polar form if it is in the first quadrant.",
    # an exponential form is in radians
    r"Write $1 + i$ in exponential form, in degrees.",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_forms_written(problem: str, answer: str) -> None:
    sol = assert_solved(problem)
    assert sol.answer == answer


@pytest.mark.parametrize("problem", DECLINED)
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
