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


@pytest.mark.parametrize(("problem", "answer"), [
    # a chord tangent to the inner circle: 2 sqrt(13^2 - 5^2)
    ("Two concentric circles have radii 5 and 13. A chord of the larger circle is tangent to "
     "the smaller circle. How long is the chord?", "24"),
    # 2 sqrt(100 - 36)
    ("Two concentric circles have radii 6 and 10. A chord of the outer circle is tangent to the "
     "inner circle. What is the length of the chord?", "16"),
    # 2 sqrt(49 - 9) = 2 sqrt(40)
    ("The radii of two concentric circles are 3 and 7. A chord of the larger circle lies "
     "tangent to the smaller circle. Find the length of the chord.", "4\\sqrt{10}"),
    ("Two concentric circles have diameters 10 and 26. A chord of the larger circle is tangent "
     "to the smaller circle. How long is the chord?", "24"),
    # the ring's area from the chord, "in the larger of two concentric circles": 12^2 pi
    ("A chord of length 24 in the larger of two concentric circles is tangent to the smaller "
     "circle. What is the area of the ring between the circles?", "144\\pi"),
])
def test_tangent_chords(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "Two concentric circles have radii 5 and 5. A chord of the larger circle is tangent to the "
    "smaller circle. How long is the chord?",
    # not tangent
    "Two concentric circles have radii 5 and 13. A chord of the larger circle crosses the "
    "smaller circle. How long is the chord?",
    # radii and the chord's length: told twice
    "Two concentric circles have radii 5 and 13. A chord of length 24 of the larger circle is "
    "tangent to the smaller circle. What is the area of the ring?",
    # no chord said
    "Two concentric circles have radii 5 and 13. How long is the chord?",
])
def test_tangent_chords_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
