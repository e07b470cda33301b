"""Points named by letters, moved to new named points, then a question about the named
points (geometry/named_images.py). Our own problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # P(5,2) -> Q(5,-2) -> R(-2,5): shoelace 1/2 |5(-2-5) + 5(5-2) + (-2)(2+2)| = 14
    ("The point $P$ $(5,2)$ is reflected over the $x$-axis to $Q$. Then $Q$ is reflected over "
     "the line $y=x$ to $R$. What is the area of triangle $PQR$?", "14"),
    # M(-3,1) -> N(3,1): 6 apart
    ("Point $M(-3,1)$ is reflected across the $y$-axis to point $N$. What is the length of "
     "segment $MN$?", "6"),
    # A(3,1) -> B(3,6) -> C(-3,6): legs 5 and 6, area 15
    ("Point $A(3,1)$ is translated 5 units up to point $B$, and then $B$ is reflected over the "
     "$y$-axis to point $C$. What is the area of triangle $ABC$?", "15"),
    # K(2,-1) -> L(1,2) (a quarter turn counterclockwise): sqrt(1 + 9)
    ("The point $K(2,-1)$ is rotated $90^\\circ$ counterclockwise about the origin to get $L$. "
     "What is the distance from $K$ to $L$?", "\\sqrt{10}"),
    # D(1,4) -> E(5,4) over x = 3 -> F(5,-4): 5 + (-4)
    ("Point $D(1,4)$ is reflected over the line $x=3$ to $E$, then $E$ is reflected over the "
     "$x$-axis to $F$. What is the sum of the coordinates of $F$?", "1"),
    ("Point $D(1,4)$ is reflected over the line $x=3$ to $E$. What are the coordinates of "
     "$E$?", "(5,4)"),
    # A(2,5) rotated a quarter turn clockwise: (5,-2); slope (-2 - 5) / (5 - 2)
    ("The point $A(2,5)$ is rotated $90^\\circ$ clockwise about the origin to $B$. What is the "
     "slope of line $AB$?", "-7/3"),
    # an image named with a prime: (2,-1) -> (-1,3), sqrt(9 + 16)
    ("The point $A(2,-1)$ is translated 3 units left and 4 units up to $A'$. What is the "
     "distance $AA'$?", "5"),
    ("Point $B(4,-3)$ is reflected over the $y$-axis to $B^\\prime$. What is the length of "
     "$BB^\\prime$?", "8"),
])
def test_named_points_moved_then_asked_about(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # C is never placed
    "Point $A(2,3)$ is reflected over the line $x=5$ to $B$. What is the area of triangle $ABC$?",
    # B is moved before it is placed
    "Point $B$ is reflected over the $x$-axis to $C$. What is the length of $BC$?",
    # the image's letter is already taken
    "Point $A(2,3)$ is reflected over the $x$-axis to $A$. What is the sum of the coordinates of "
    "$A$?",
    # a word about the segment that is not a length, slope or midpoint
    "The point $A(3,4)$ is reflected over the $x$-axis to $B$. What is the product of $AB$?",
])
def test_named_points_not_all_placed_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # C(-5, 2) to C'(5, 2)
    ("Triangle $ABC$ with vertices $A(-2, 1)$, $B(3, 4)$ and $C(-5, 2)$ is reflected over the "
     "$y$-axis to form triangle $A'B'C'$. What is the length of a segment drawn from $C$ to "
     "$C'$?", "10"),
    # R(2, -4) to R'(2, 4)
    ("Triangle $PQR$ with vertices $P(1, 2)$, $Q(4, 6)$ and $R(2, -4)$ is reflected over the "
     "$x$-axis to form triangle $P'Q'R'$. What is the length of segment $RR'$?", "8"),
    # over y = x: C(1, 5) to (5, 1)
    ("Triangle $ABC$ has vertices $A(0,0)$, $B(3,0)$ and $C(1,5)$. It is reflected over the line "
     "$y=x$ to triangle $A'B'C'$. What are the coordinates of $C'$?", "(5, 1)"),
])
def test_a_named_figure_moved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_figure_moved_to_other_letters_declines() -> None:
    assert solve_now("Triangle $ABC$ with vertices $A(-2, 1)$, $B(3, 4)$ and $C(-5, 2)$ is "
                     "reflected over the $y$-axis to form triangle $DEF$. What is the length of "
                     "a segment drawn from $C$ to $F$?").answer is None
