"""A figure told by its named vertices and moved, its image unnamed, and the image of one
vertex (or the image's area) asked (`figure_images`, answered by `named_images` and
`point_moves`); and moves said as "4 units to the left" or "dilated by a factor of 3 about
the origin". Our own problems, answers worked by hand; near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # (1, 5) + (3, -2)
    (r"Triangle $ABC$ with vertices $A(1,1)$, $B(4,1)$ and $C(1,5)$ is translated 3 units right "
     r"and 2 units down. What are the coordinates of the image of $C$?", r"\left(4, 3\right)"),
    (r"Triangle $ABC$ has vertices $A(1,1)$, $B(4,1)$ and $C(1,5)$. It is reflected over the "
     r"$y$-axis. What is the image of $B$?", r"\left(-4, 1\right)"),
    (r"The vertices of triangle $PQR$ are $P(2,3)$, $Q(5,7)$ and $R(6,1)$. The triangle is "
     r"reflected across the $x$-axis. What are the coordinates of the image of $Q$?",
     r"\left(5, -7\right)"),
    # (x, y) -> (-y, x)
    (r"Triangle $ABC$ has vertices $A(1,1)$, $B(4,1)$ and $C(1,5)$. It is rotated $90^\circ$ "
     r"counterclockwise about the origin. What are the coordinates of the image of $C$?",
     r"\left(-5, 1\right)"),
    # (x, y) -> (y, -x)
    (r"The vertices of triangle $KLM$ are $K(-2,4)$, $L(3,0)$ and $M(0,-3)$. The triangle is "
     r"rotated $90^\circ$ clockwise about the origin. What are the coordinates of the image of "
     r"$K$?", r"\left(4, 2\right)"),
    (r"Triangle $ABC$ has vertices $A(1,1)$, $B(4,1)$ and $C(1,5)$. It is rotated $180^\circ$ "
     r"about the origin. Where is the image of $A$?", r"\left(-1, -1\right)"),
    (r"Quadrilateral $ABCD$ has vertices $A(0,0)$, $B(4,0)$, $C(5,3)$ and $D(1,3)$. It is "
     r"translated 4 units to the left. Find the coordinates of the image of $D$.",
     r"\left(-3, 3\right)"),
    (r"Rectangle $WXYZ$ has vertices $W(1,1)$, $X(5,1)$, $Y(5,3)$ and $Z(1,3)$. The rectangle is "
     r"reflected over the line $y = x$. What are the coordinates of the image of vertex $Y$?",
     r"\left(3, 5\right)"),
    (r"Square $ABCD$ has vertices $A(0,0)$, $B(2,0)$, $C(2,2)$ and $D(0,2)$. It is dilated by a "
     r"factor of 3 about the origin. What are the coordinates of the image of $C$?",
     r"\left(6, 6\right)"),
    # F(3, 5) -> (3, -5)
    (r"Triangle $DEF$ has vertices $D(2,-1)$, $E(6,2)$ and $F(3,5)$. It is reflected over the "
     r"$x$-axis. What is the sum of the coordinates of the image of $F$?", "-2"),
    # a reflection keeps the area: legs 3 and 4
    (r"Triangle $ABC$ has vertices $A(1,1)$, $B(4,1)$ and $C(1,5)$. It is reflected over the "
     r"$y$-axis. What is the area of the image?", "6"),
    # one point, moves said in other words
    (r"The point $(2,2)$ is dilated by a factor of 3 about the origin. What are the coordinates "
     r"of its image?", r"\left(6, 6\right)"),
    (r"The point $(1,3)$ is translated 4 units to the left and 1 unit up. What are the "
     r"coordinates of its image?", r"\left(-3, 4\right)"),
])
def test_the_image_of_a_vertex(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # E is not a vertex
    r"Triangle $ABC$ has vertices $A(1,1)$, $B(4,1)$ and $C(1,5)$. It is reflected over the "
    r"$y$-axis. What is the image of $E$?",
    # C has no coordinates
    r"Triangle $ABC$ has vertices $A(1,1)$, $B(4,1)$ and $C$. It is reflected over the $y$-axis. "
    r"What is the image of $C$?",
    # a dilation with no centre said
    r"The point $(2,2)$ is dilated by a factor of 3. What are the coordinates of its image?",
    r"Square $ABCD$ has vertices $A(0,0)$, $B(2,0)$, $C(2,2)$ and $D(0,2)$. It is dilated by a "
    r"factor of 3. What are the coordinates of the image of $C$?",
    # rotated about a point that is not the origin
    r"Triangle $ABC$ has vertices $A(1,1)$, $B(4,1)$ and $C(1,5)$. It is rotated $90^\circ$ "
    r"counterclockwise about $A$. What are the coordinates of the image of $C$?",
])
def test_the_image_of_a_vertex_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
