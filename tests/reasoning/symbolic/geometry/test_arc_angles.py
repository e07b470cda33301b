"""An inscribed angle, a central angle and their arc (geometry/arc_angles.py): our own
problems; a central angle equals its arc, an inscribed angle is half of it."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("An inscribed angle intercepts an arc of $110^\\circ$. What is the measure of the "
     "inscribed angle, in degrees?", "55"),
    ("A central angle of a circle measures $84^\\circ$. What is the measure of an inscribed "
     "angle that intercepts the same arc?", "42"),
    ("An inscribed angle of a circle measures $35^\\circ$. What is the measure of the central "
     "angle that subtends the same arc?", "70"),
    ("An inscribed angle measures 40 degrees. What is the measure of its intercepted arc?",
     "80"),
    ("An inscribed angle in a circle measures $72^\\circ$. How many degrees are in the central "
     "angle that intercepts the same arc?", "144"),
    ("A central angle intercepts an arc of $130^\\circ$. What is the measure of an inscribed "
     "angle that intercepts the same arc?", "65"),
])
def test_inscribed_and_central_angles(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the central angle would be reflex (200 degrees)
    "An inscribed angle of a circle measures $100^\\circ$. What is the measure of the central "
    "angle that subtends the same arc?",
    # an inscribed angle is under 180 degrees
    "An inscribed angle of a circle measures $200^\\circ$. What is the measure of the arc it "
    "intercepts?",
    # two angles told: which arc is meant is not clear
    "An inscribed angle of a circle measures $35^\\circ$ and a central angle measures "
    "$50^\\circ$. What is the measure of the central angle that subtends the same arc?",
    # "an inscribed angle" not said to stand on the central angle's arc
    "A central angle of a circle measures $84^\\circ$. What is the measure of an inscribed "
    "angle?",
    # the same chord: the inscribed angle may be on either arc
    "An inscribed angle of a circle measures $35^\\circ$. What is the measure of the central "
    "angle that subtends the same chord?",
])
def test_angle_questions_that_do_not_fit_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
