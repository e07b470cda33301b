"""Trigonometric values of angles at the named points of a triangle (median_relations with
squared_sides.solve_angle): our own triangles and wordings, answers worked by hand; a
triangle its facts do not fix, or a point it does not place, declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # cos A = 1/8, so cos (A/2) = sqrt(9/16)
    (r"In triangle $ABC,$ $AB = 4,$ $AC = 5,$ $BC = 6,$ and $D$ lies on $\overline{BC}$ such "
     r"that $\overline{AD}$ bisects $\angle BAC.$  Find $\cos \angle BAD.$", r"\frac{3}{4}"),
    # cos X = 11/21, cos (X/2) = 4 / sqrt 21
    (r"In triangle $XYZ,$ $XY = 7,$ $XZ = 9,$ $YZ = 8,$ and $W$ lies on $\overline{YZ}$ such "
     r"that $\overline{XW}$ bisects $\angle YXZ.$  Find $\cos \angle YXW.$",
     r"\frac{4 \sqrt{21}}{21}"),
    # BD = 8/3, A = (37/16, sqrt 935 / 16): sin = (sqrt 935 / 16) / (sqrt 34 / 3)
    (r"In triangle $ABC,$ $AB = 3,$ $AC = 6,$ $BC = 8,$ and $D$ lies on $\overline{BC}$ such "
     r"that $\overline{AD}$ bisects $\angle BAC.$  Find $\sin \angle ADB.$",
     r"\frac{3 \sqrt{110}}{32}"),
    # MA = (-3/2, 5 sqrt 3 / 2), MB = (-4, 0): cos = 6 / (4 sqrt 21)
    (r"In triangle $ABC,$ $AB = 5,$ $AC = 7,$ $BC = 8,$ and $M$ is the midpoint of "
     r"$\overline{BC}.$  Find $\cos \angle AMB.$", r"\frac{\sqrt{21}}{14}"),
    # isosceles: AM = 4, BM = 3
    (r"In triangle $ABC,$ $AB = AC = 5,$ $BC = 6,$ and $M$ is the midpoint of $\overline{BC}.$  "
     r"Find $\tan \angle BAM.$", r"\frac{3}{4}"),
    # the right triangle 6, 8, 10: ABD has sides 6, 5, 5, cos D = 7/25
    (r"In triangle $ABC,$ $AB = 6,$ $AC = 8,$ $BC = 10,$ and $D$ is the midpoint of "
     r"$\overline{BC}.$  Find $\sin \angle ADB.$", r"\frac{24}{25}"),
]

NEAR_MISSES = [
    # no side told: the triangle is not fixed
    r"In triangle $ABC,$ $D$ is the midpoint of $\overline{BC}.$  Find $\cos \angle ADB.$",
    # E is never placed
    r"In triangle $ABC,$ $AB = 4,$ $AC = 5,$ $BC = 6,$ and $D$ lies on $\overline{BC}$ such "
    r"that $\overline{AD}$ bisects $\angle BAC.$  Find $\cos \angle BED.$",
    # no triangle has these sides
    r"In triangle $ABC,$ $AB = 2,$ $AC = 3,$ $BC = 6,$ and $M$ is the midpoint of "
    r"$\overline{BC}.$  Find $\cos \angle AMB.$",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_point_angles_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_point_angles_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
