"""A quadrilateral with a circle inscribed in it (geometry/tangential_quadrilaterals.py). Our
own problems; answers worked by hand: the opposite sides' sums equal (Pitot), r^2 = e_3 / e_1
from four tangent lengths."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 11 + 4 - 6
    ("Quadrilateral WXYZ has an inscribed circle with WX = 11, XY = 6 and YZ = 4. Find ZW.",
     "9"),
    # 2 (7 + 12)
    ("A circle is inscribed in quadrilateral $ABCD$. If $BC = 7$ and $DA = 12$, what is the "
     "perimeter of $ABCD$?", "38"),
    # AB + CD = 5 + 8 fixes BC = 13 - 4: the perimeter 2 * 13
    ("quadrilateral abcd is circumscribed about a circle, ab = 5, cd = 8, da = 4. find the "
     "perimeter of abcd", "26"),
    # every tangent length 2: a square of side 4
    ("A circle inscribed in quadrilateral ABCD touches AB at P and CD at Q. AP = 2, PB = 2, "
     "CQ = 2 and QD = 2. What is the radius of the circle?", "2"),
    # e1 = 8, e3 = 24: r = sqrt 3, area r * 8
    ("A circle is inscribed in quadrilateral ABCD, tangent to AB at P and to CD at Q. If "
     "AP = 1, PB = 3, CQ = 3 and QD = 1, find the area of ABCD.", "8\\sqrt{3}"),
    # e1 = 14, e3 = 2*3*4 + 2*3*5 + 2*4*5 + 3*4*5 = 154: r^2 = 11
    ("a circle inscribed in quadrilateral abcd is tangent to ab at p and cd at q. ap = 2, "
     "pb = 3, cq = 4, qd = 5. find the square of the radius of the circle", "11"),
])
def test_tangential_quadrilateral(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # 6 + 8 - 5, the circle said four other ways
    ("PQRS is a tangential quadrilateral with PQ = 6, QR = 5 and RS = 8. Find SP.", "9"),
    ("Quadrilateral PQRS circumscribes a circle. PQ = 6, QR = 5 and RS = 8. Find SP.", "9"),
    ("A circle is tangent to all four sides of quadrilateral PQRS, where PQ = 6, QR = 5 and "
     "RS = 8. How long is SP?", "9"),
    ("quadrilateral pqrs is drawn around a circle with pq = 6 and rs = 8. whats the perimeter "
     "of pqrs", "28"),
])
def test_tangential_quadrilateral_said_otherwise(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # AB + CD = 12, BC + DA = 15: no circle fits
    "A circle is inscribed in quadrilateral ABCD with AB = 5, BC = 6, CD = 7 and DA = 9. What "
    "is the perimeter of ABCD?",
    # two sides only: the fourth is not fixed
    "A circle is inscribed in quadrilateral ABCD. AB = 8 and CD = 6. What is DA?",
    # the fourth side would be 2 + 3 - 15 < 0
    "A circle is inscribed in quadrilateral ABCD. AB = 2, BC = 15 and CD = 3. What is DA?",
    # three tangent lengths: D's is not told
    "A circle is inscribed in quadrilateral ABCD, tangent to AB at P and to BC at Q, with "
    "AP = 2, PB = 3 and QC = 4. What is the radius of the circle?",
    # a circle touching two sides only
    "A circle is tangent to two sides of quadrilateral PQRS. PQ = 6, QR = 5 and RS = 8. Find "
    "SP.",
    # a circle through the corners
    "A circle is circumscribed about quadrilateral ABCD. AB = 7, BC = 9 and CD = 10. What is "
    "DA?",
])
def test_tangential_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
