"""A tangent from an outside point, the point's distance from the centre and the radius
(geometry/tangent_lengths.py): our own problems, d^2 = r^2 + t^2 worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # sqrt(13^2 - 5^2) = 12
    ("From a point $P$ outside a circle of radius 5, the distance to the center is 13. What is "
     "the length of a tangent segment from $P$ to the circle?", "12"),
    # sqrt(9^2 + 12^2) = 15
    ("A tangent segment from an external point to a circle has length 12, and the radius of "
     "the circle is 9. How far is the point from the center of the circle?", "15"),
    ("Point $P$ is 10 units from the center of a circle of radius 6. Find the length of the "
     "tangent from $P$ to the circle.", "8"),
    # sqrt(17^2 - 15^2) = 8
    ("A point is 17 cm from the centre of a circle, and the length of the tangent drawn from "
     "the point to the circle is 15 cm. Find the radius of the circle.", "8"),
    ("The tangent from a point to a circle of radius 7 measures 24. How far is the point from "
     "the center of the circle?", "25"),
    # sqrt(64 - 9)
    ("Point $Q$ is 8 inches from the center of a circle with a radius of 3 inches. What is the "
     "length of a tangent from $Q$ to the circle? Express your answer in simplest radical "
     "form.", "\\sqrt{55}"),
    ("A circle has radius 6 and point $P$ is 10 units from its center. What is the length of "
     "the tangent from $P$?", "8"),
    # sqrt(17^2 - 8^2)
    ("The radius of a circle is 8 and a point is 17 units from its center. Find the length of "
     "the tangent from the point to the circle.", "15"),
    # "from point $P$" with no article: sqrt(13^2 - 12^2)
    ("A tangent segment from point $P$ to a circle has length 12, and $P$ is 13 units from "
     "the center. What is the radius of the circle?", "5"),
])
def test_tangent_lengths(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the point is inside the circle: no tangent
    "Point $P$ is 4 units from the center of a circle of radius 6. Find the length of the "
    "tangent from $P$ to the circle.",
    # two units would need a conversion
    "Point $P$ is 10 feet from the center of a circle of radius 6 inches. Find the length of "
    "the tangent from $P$ to the circle.",
    # a chord, not a tangent
    "Point $P$ is 10 units from the center of a circle of radius 6. Find the length of the "
    "chord from $P$ to the circle.",
    # all three told
    "Point $P$ is 10 units from the center of a circle of radius 6, and the tangent from $P$ "
    "to the circle has length 8. What is the radius of the circle?",
])
def test_tangent_questions_that_do_not_fit_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
