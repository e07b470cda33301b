"""Both foci or both vertices of an ellipse or hyperbola when "the foci" are asked and
nothing picks one (`geometry.conic_questions`). Our own curves, points by hand; a question
for one of the two without saying which declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # c^2 = 9 + 16
    (r"Find the foci of the hyperbola $\frac{x^2}{9} - \frac{y^2}{16} = 1$.",
     r"\left(-5, 0\right), \left(5, 0\right)"),
    # a = 6 along x
    (r"Find the vertices of the ellipse $\frac{x^2}{36} + \frac{y^2}{20} = 1$.",
     r"\left(-6, 0\right), \left(6, 0\right)"),
    # centre (2, -1), c^2 = 25 - 16 = 9 along y
    (r"What are the coordinates of the foci of the ellipse "
     r"$\frac{(x-2)^2}{16} + \frac{(y+1)^2}{25} = 1$?", r"\left(2, -4\right), \left(2, 2\right)"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_both_points(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_one_focus_unpicked_declines() -> None:
    assert solve_now(r"The hyperbola $x^2 - y^2 = 8$ has two foci. Find the coordinates of one "
                     r"of them.").answer is None
