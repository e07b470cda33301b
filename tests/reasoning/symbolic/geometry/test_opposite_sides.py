"""A parallelogram's (rectangle's, rhombus's) sides as expressions in letters
(geometry/opposite_sides.py). Our own problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 3x - 1 = 20, 2y + 2 = 12
    ("In parallelogram ABCD, AB = 20, BC = 2y + 2, CD = 3x - 1 and AD = 12. What is x + y?",
     "12"),
    # 4x + 2 = 18, y - 3 = 10
    ("In rectangle PQRS, PQ = 4x + 2, QR = 10, RS = 18 and SP = y - 3. What is the product of "
     "x and y?", "52"),
    # 3x + 3 = 15, 2y^3 = 16
    ("In parallelogram $WXYZ$, $WX = 15$ cm, $XY = 2y^3$ cm, $YZ = 3x + 3$ cm, and $ZW = 16$ "
     "cm. What is the product of $x$ and $y$?", "8"),
    # all four sides 9
    ("In rhombus ABCD, AB = 2x + 1, BC = 9, CD = y + 4 and DA = 9. What is the sum of x and "
     "y?", "9"),
    ("For parallelogram $EFGH$, $EF = 5t - 4$ and $GH = 3t + 6$. Find $t$.", "5"),
])
def test_sides_of_a_parallelogram_as_expressions(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # x = 3 and x = -3 both give a side of 9
    "In parallelogram ABCD, AB = x^2, CD = 9, BC = 5 and AD = 5. What is x?",
    # neighbouring sides are not equal in a parallelogram
    "In parallelogram ABCD, AB = 2x, BC = 10. What is x?",
    # diagonals, not sides
    "In parallelogram ABCD, AC = 2x, BD = 10. What is x?",
    # a trapezoid's sides need not be equal
    "In trapezoid ABCD, AB = 2x, CD = 10. What is x?",
    # the side comes out negative
    "In parallelogram ABCD, AB = x - 5, CD = 2x. What is x?",
])
def test_sides_of_a_parallelogram_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
