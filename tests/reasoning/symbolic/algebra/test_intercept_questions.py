"""The x-intercepts of a polynomial's graph (algebra/intercept_questions.py): listed as
points, their sum or product; a double root is one intercept, a complex root none. Our
own polynomials; answers by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # (x - 6)(x + 2)
    (r"What is the sum of the $x$-intercepts of the graph of $y = x^2 - 4x - 12$?", "4"),
    (r"Find the product of the $x$-intercepts of $y = x^2 - 4x - 12$.", "-12"),
    # (3x + 2)(x - 4): -2/3 and 4
    (r"What is the sum of the x-coordinates of the points where the graph of "
     r"$y = 3x^2 - 10x - 8$ crosses the $x$-axis?", r"\frac{10}{3}"),
    # x (x - 3)^2: 0 and the double root 3 (one intercept): 0 + 3, not 0 + 3 + 3
    (r"What is the sum of the $x$-intercepts of $y = x^3 - 6x^2 + 9x$?", "3"),
    # (x - 1)(x^2 + 4): one real root
    (r"What is the product of the $x$-intercepts of the graph of $y = x^3 - x^2 + 4x - 4$?",
     "1"),
    # the distance between two intercepts: (x - 4)(x + 2); 2x^2 - 3x - 1 has roots
    # (3 +- sqrt 17) / 4, sqrt 17 / 2 apart
    (r"What is the distance between the $x$-intercepts of $y = x^2 - 2x - 8$?", "6"),
    (r"Find the positive difference between the two $x$-intercepts of the parabola "
     r"$y = 2x^2 - 3x - 1$.", r"\frac{\sqrt{17}}{2}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_intercepts(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_the_intercepts_are_listed_as_points() -> None:
    sol = solve_now(r"What are the $x$-intercepts of $y = x^2 - 4x - 12$?")
    assert sol.answer == r"\left(-2, 0\right), \left(6, 0\right)"


def test_no_intercept_to_list_declines() -> None:
    assert solve_now(r"What are the $x$-intercepts of $y = x^2 + 9$?").answer is None


@pytest.mark.parametrize("problem", [
    r"What is the distance between the $x$-intercepts of $y = x^2 - 6x + 9$?",  # one intercept
    r"What is the distance between the $x$-intercepts of $y = (x - 1)(x + 2)(x - 4)$?",  # three
])
def test_a_distance_needs_two_intercepts(problem: str) -> None:
    assert solve_now(problem).answer is None
