"""Complex numbers as points: the midpoint and distance asked with hyphenated words
('mid-point', 'end-points') and the segment 'plotted', and a power of cos t + i sin t in
rectangular form by De Moivre (our own numbers, worked by hand)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # ((-6 + 8) / 2, (2 - 4) / 2)
    ("A segment is drawn in the complex plane between the end-points $-6 + 2i$ and $8 - 4i$. "
     "What is the complex number at its mid-point?", "1 - i"),
    # ((4 - 2) / 2, (-6 + 2) / 2)
    ("In the complex plane, a segment has endpoints $4 - 6i$ and $-2 + 2i$. Which complex "
     "number is its midpoint?", "1 - 2i"),
    # sqrt(6^2 + 8^2)
    ("The line segment with end-points $1 + 5i$ and $7 - 3i$ is plotted in the complex plane. "
     "Find the distance between its end-points.", "10"),
    # 'the points', 'how far apart', 'from the origin', 'joining': (5 - 1, -2 - 1) is 3-4-5
    ("Find the distance between the points $5 - 2i$ and $1 + i$ in the complex plane.", "5"),
    ("How far apart are the points $-3 + 7i$ and $2 - 5i$ in the complex plane?", "13"),
    ("How far is $-8 + 15i$ from the origin in the complex plane?", "17"),
    ("What is the distance from the origin to $7 - 24i$ in the complex plane?", "25"),
    ("Find the midpoint of the segment joining the points $6 - 3i$ and $-2 + 9i$ in the "
     "complex plane.", "2 + 3i"),
    # De Moivre: 40 * 6 = 240 degrees
    (r"Write $(\cos 40^\circ + i \sin 40^\circ)^{6}$ in rectangular form.",
     r"-\frac{1}{2} - \frac{\sqrt{3}}{2}i"),
    # 12 * 15 = 180 degrees, times 2
    (r"Express $2(\cos 12^\circ + i \sin 12^\circ)^{15}$ in rectangular form.", "-2"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_complex_points(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_power_at_an_angle_without_exact_values_declines() -> None:
    # 2 * 10 = 20 degrees: cos 20 has no exact value in radicals here
    assert solve_now(r"Convert $(\cos 10^\circ + i \sin 10^\circ)^{2}$ to rectangular "
                     r"form.").answer is None
