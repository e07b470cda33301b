"""The ring between two concentric circles (geometry/concentric_rings.py): our own problems,
pi (R^2 - r^2) worked out by hand, or pi (c/2)^2 for a chord of the larger circle tangent
to the smaller."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 64 - 25 = 39
    ("Two concentric circles have radii 5 and 8. What is the area of the ring between them? "
     "Express your answer in terms of $\\pi$.", "39\\pi"),
    # 49 - 9 = 40
    ("The radii of two concentric circles are 3 cm and 7 cm. What is the area of the region "
     "between the two circles? Express your answer in terms of $\\pi$.", "40\\pi"),
    # radii 5 and 13: 169 - 25
    ("Two concentric circles have diameters 10 and 26. Find the area of the annulus between "
     "them. Express your answer in terms of $\\pi$.", "144\\pi"),
    # half chord 12: 144 pi
    ("A chord of the larger of two concentric circles is tangent to the smaller circle and has "
     "length 24. What is the area of the ring between the two circles? Express your answer in "
     "terms of $\\pi$.", "144\\pi"),
    ("In two concentric circles, a chord of length 16 of the larger circle is tangent to the "
     "smaller circle. What is the area of the ring between the circles? Express your answer "
     "in terms of $\\pi$.", "64\\pi"),
])
def test_ring_areas(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # one circle twice: no ring
    "Two concentric circles have radii 5 and 5. What is the area of the ring between them?",
    # a shaded region needs its figure
    "Two concentric circles have radii 5 and 8. What is the area of the shaded region?",
    # a ring has no circumference
    "Two concentric circles have radii 5 and 8. What is the circumference of the ring between "
    "them?",
    # two units would need a conversion
    "Two concentric circles have radii 4 cm and 6 inches. What is the area of the ring between "
    "them?",
])
def test_ring_questions_that_do_not_fit_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
