"""The equation of a circle written from its centre and radius, its centre and a point on
it, or a diameter's ends (`algebra.circle_standard_forms`): our own wordings, plain text and
LaTeX, answers worked out by hand; readings that leave something told unused decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.verify.api import check_steps
from tutor.verify.verdict import Verdict


@pytest.mark.parametrize(("problem", "answer"), [
    ("Find the equation of the circle with center (4, -1) and radius 6.",
     r"\left(x - 4\right)^{2} + \left(y + 1\right)^{2} = 36"),
    ("Write the equation of a circle centred at (-2, 7) with radius 3.",
     r"\left(x + 2\right)^{2} + \left(y - 7\right)^{2} = 9"),
    ("What is the equation of the circle whose centre is (0, 0) and whose radius is 9?",
     r"x^{2} + y^{2} = 81"),
    ("Find the equation of the circle centered at the origin with radius 2.",
     r"x^{2} + y^{2} = 4"),
    # radius from the centre to the point: 3^2 + 4^2 = 25
    ("A circle has center (1, -2) and passes through (4, 2). Find its equation.",
     r"\left(x - 1\right)^{2} + \left(y + 2\right)^{2} = 25"),
    # centre the midpoint (2, 2); radius squared 3^2 + 1^2 = 10
    ("Find the equation of the circle with diameter endpoints (-1, 1) and (5, 3).",
     r"\left(x - 2\right)^{2} + \left(y - 2\right)^{2} = 10"),
    ("What is the equation of the circle whose diameter has endpoints $(0, 6)$ and $(4, 0)$?",
     r"\left(x - 2\right)^{2} + \left(y - 3\right)^{2} = 13"),
    ("Find the equation of the circle with center (3, 0) and diameter 8.",
     r"\left(x - 3\right)^{2} + y^{2} = 16"),
    (r"Find the equation of the circle with center $(-3, -3)$ and radius $\sqrt{7}$.",
     r"\left(x + 3\right)^{2} + \left(y + 3\right)^{2} = 7"),
    # (x - 2)^2 + (y + 1)^2 = 4 expanded: x^2 - 4x + y^2 + 2y + 1 = 0
    ("Write the equation in general form of the circle with center (2, -1) and radius 2.",
     r"x^{2} - 4 x + y^{2} + 2 y + 1 = 0"),
    (r"Find the equation of the circle with center $\left(\frac{3}{2}, 0\right)$ passing "
     r"through the point $(0, 2)$.",
     r"\left(x - \frac{3}{2}\right)^{2} + y^{2} = \frac{25}{4}"),
])
def test_the_equation_is_written_from_what_is_told(problem: str, answer: str) -> None:
    assert assert_solved(problem).answer == answer


def test_the_radius_squared_is_a_checked_step() -> None:
    problem = "A circle has center (-2, 1) and passes through (1, 5). Find its equation."
    sol = assert_solved(problem)
    assert sol.steps[0].text == (r"The radius squared is $\left(1 - \left(-2\right)\right)^2 + "
                                 r"\left(5 - 1\right)^2 = 25$.")
    assert check_steps(problem, [sol.steps[0].text])[0].verdict is Verdict.VERIFIED


@pytest.mark.parametrize("problem", [
    # something told that the reader does not use
    "Find the equation of the circle with center (1, 1) and radius 2 and another circle.",
    "Find the equation of the circle tangent to the x-axis with center (2, 3).",
    # the radius and a point both told: two facts for one radius
    "Find the equation of the circle with center (0, 0) and radius 5 passing through (3, 4).",
    # a point that is the centre itself gives no radius
    "A circle has center (2, 2) and passes through (2, 2). Find its equation.",
    # a radius named by a letter
    "Find the equation of the circle with center (1, 2) and radius r.",
])
def test_what_is_not_fully_read_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
