"""The angle at a triangle's orthocentre, incentre or circumcentre (geometry/centre_angles.py).
Our own problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # A = 180 - 45 - 75 = 60, acute: 180 - 60
    ("In triangle $ABC$, altitudes $AD$, $BE$, and $CF$ intersect at $H$. If $\\angle ABC = "
     "45^\\circ$ and $\\angle ACB = 75^\\circ$, then find the measure of $\\angle BHC$, in "
     "degrees.", "120"),
    # A = 140, obtuse: H outside, still 180 - A
    ("In triangle $ABC$, altitudes $AD$ and $BE$ intersect at $H$. If $\\angle ABC = 25^\\circ$ "
     "and $\\angle ACB = 15^\\circ$, find $\\angle BHC$.", "40"),
    ("In acute triangle KLM, altitudes KP, LQ and MR meet at H. If angle LKM = 64 degrees, "
     "what is the measure of angle LHM?", "116"),
    # 90 + 30 / 2
    ("The angle bisectors of triangle DEF meet at I. If angle D = 30 degrees, what is angle "
     "EIF?", "105"),
    # 2 * 42
    ("$O$ is the circumcenter of triangle $RST$. If $\\angle R = 42^\\circ$, what is "
     "$\\angle SOT$?", "84"),
])
def test_the_angle_at_a_centre_of_a_triangle(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # not said acute: with an obtuse angle at B the angle is A, not 180 - A
    "In triangle ABC, altitudes AD, BE and CF meet at the orthocenter H. If angle BAC = 50 "
    "degrees, what is the measure of angle BHC?",
    # the centroid's angle depends on the sides, not the angles
    "In triangle ABC, medians AD and BE meet at G. If angle A = 50 degrees, what is angle BGC?",
    # angles that are no triangle's
    "In triangle $ABC$, altitudes $AD$ and $BE$ intersect at $H$. If $\\angle B = 100^\\circ$ "
    "and $\\angle C = 90^\\circ$, find $\\angle BHC$.",
])
def test_the_angle_at_a_centre_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
