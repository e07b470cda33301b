"""An angle of a triangle fixed by one relation among its sides, by the law of cosines (our
own problems, worked by hand); relations that leave the angle free, or that do not give the
opposite side squared, decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # a^2 + b^2 - c^2 = -ab: cos C = -1/2
    (r"Triangle $ABC$ has $a^2 + b^2 + ab = c^2$. Find $\angle C$ in degrees.", r"120^\circ"),
    # p^2 + q^2 - r^2 = pq: cos = 1/2
    (r"The sides $p$, $q$, $r$ of a triangle satisfy $p^2 + q^2 - r^2 = pq$. What is the "
     r"measure, in degrees, of the angle opposite the side of length $r$?", r"60^\circ"),
    # x^2 + y^2 - z^2 = sqrt(2) xy: cos = sqrt(2)/2
    (r"Let $x$, $y$, $z$ be the side lengths of a triangle with $x^2 + y^2 = z^2 + \sqrt{2} xy$. "
     r"Find the angle opposite the side of length $z$, in radians.", r"\frac{\pi}{4}"),
    # (u + v)^2 - w^2 = uv gives u^2 + v^2 - w^2 = -uv: cos = -1/2
    (r"A triangle has sides of lengths $u$, $v$ and $w$ with $(u + v - w)(u + v + w) = uv$. "
     r"Find the angle opposite the side of length $w$ in degrees.", r"120^\circ"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_side_relations(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a^2 + b^2 = 2c^2 leaves cos C = c^2 / (2ab) free
    r"A triangle has sides of lengths $a$, $b$ and $c$ with $a^2 + b^2 = 2c^2$. Find the "
    r"angle opposite the side of length $c$ in degrees.",
    # the side opposite the asked angle appears to the first power
    r"The side lengths $k$, $m$, $n$ of a triangle satisfy $(k + m)^2 = n^2 + km$. Find the "
    r"angle opposite the side of length $k$, in degrees.",
    # neither degrees nor radians said
    r"Triangle $ABC$ has $a^2 + b^2 + ab = c^2$. Find $\angle C$.",
])
def test_free_angles_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
