"""The two conics whose union is the graph of a quartic in x and y (`algebra.conic_pairs`).
Our own quartics, factored by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # (x^2 - 3)^2 = (2y^2)^2: x^2 - 2y^2 = 3 and x^2 + 2y^2 = 3
    ("The graph of $x^4 - 6x^2 + 9 = 4y^4$ is the union of the graphs of two different conic "
     "sections. Which two types of conic sections are they? (Write your answer as a list, "
     "with \"C\" for circle, \"E\" for ellipse, \"H\" for hyperbola, and \"P\" for parabola.)",
     "\\text{H, E}"),
    # (x^2 + y^2 - 4)(y - x^2) = 0: a circle and a parabola
    ("The graph of $(x^2 + y^2 - 4)(y - x^2) = 0$ is the union of the graphs of two different "
     "conic sections. Which two types of conic sections are they? (Write your answer as a "
     "list, with \"C\" for circle, \"E\" for ellipse, \"H\" for hyperbola, and \"P\" for "
     "parabola.)", "\\text{C, P}"),
    # (y^2 - 4)^2 = (x^2)^2: y^2 - x^2 = 4 and x^2 + y^2 = 4
    ("the graph of y^4 - x^4 = 8y^2 - 16 is the union of two different conic sections. which "
     "two types of conic sections are they? write your answer as a list with C for circle, E "
     "for ellipse, H for hyperbola and P for parabola", "\\text{H, C}"),
])
def test_two_conics(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the quartic is two lines and a point, not two conics
    "The graph of $x^4 = y^4$ is the union of the graphs of two different conic sections. "
    "Which two types of conic sections are they? (Write your answer as a list, with \"C\" for "
    "circle, \"E\" for ellipse, \"H\" for hyperbola, and \"P\" for parabola.)",
    # factors only with a root of 2: declined, not guessed
    "The graph of $x^4 - 2y^4 = 0$ is the union of the graphs of two different conic "
    "sections. Which two types of conic sections are they? (Write your answer as a list, "
    "with \"C\" for circle, \"E\" for ellipse, \"H\" for hyperbola, and \"P\" for parabola.)",
])
def test_not_two_conics_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
