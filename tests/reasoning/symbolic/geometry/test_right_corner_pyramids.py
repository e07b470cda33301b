"""Pyramids with a corner of right angles told by named points
(geometry.right_corner_pyramids): three edges from one point each perpendicular to the other
two, or a rectangle's corner edge perpendicular to the base; the volume, a distance to a
face, a face's area or a length asked. Perpendiculars that do not fix the solid, lengths that
contradict each other, and words not read decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("Points P, Q, R and S are in space so that SP, SQ and SR are each perpendicular to the "
     "other two. If SP = 2, SQ = 6 and SR = 7, what is the volume of pyramid SPQR?", "14"),
    # 1/d^2 = 1/16 + 1/16 + 1/4
    ("Segments OA, OB and OC are mutually perpendicular, OA = 4, OB = 4 and OC = 2. Find the "
     "distance from O to the plane ABC.", "\\frac{2\\sqrt{6}}{3}"),
    ("In tetrahedron $WXYZ$, edges $\\overline{WX}$, $\\overline{WY}$ and $\\overline{WZ}$ are "
     "pairwise perpendicular, $WX = WY = WZ = 3$. What is the area of triangle XYZ?",
     "\\frac{9\\sqrt{3}}{2}"),
    # XY = 10 with WX = 6: WY = 8
    ("Each of the segments WX, WY and WZ is perpendicular to the other two, with WX = 6, "
     "XY = 10 and WZ = 3. What is the volume of tetrahedron WXYZ?", "24"),
    ("Rectangle EFGH is the base of pyramid VEFGH. EF = 9, FG = 4, VE is perpendicular to EF "
     "and to EH, and VE = 5. What is the volume of VEFGH?", "60"),
    # GH = 4 beside the corner F: VH^2 = 81 + 16 + 25
    ("Rectangle EFGH is the base of pyramid VEFGH, EF = 9, FG = 4, VF ⊥ plane EFGH and "
     "VF = 5. What is the length of VH?", "\\sqrt{122}"),
    # VB = 13 with AB = 5: VA = 12
    ("Square $ABCD$ is the base of pyramid $VABCD$. If $AB = 5$, $\\overline{VA}\\perp"
     "\\overline{AB}$, $\\overline{VA}\\perp\\overline{AD}$ and $VB = 13$, what is the volume "
     "of $VABCD$?", "100"),
])
def test_right_corner_pyramids_answered(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # perpendicular to one side of the base only: the apex could lean
    "Rectangle EFGH is the base of pyramid VEFGH. EF = 9, FG = 4, VE is perpendicular to EF, "
    "and VE = 5. What is the volume of VEFGH?",
    # perpendicular to sides at another corner than its own
    "Rectangle EFGH is the base of pyramid VEFGH. EF = 9, FG = 4, VE is perpendicular to EF "
    "and to FG, and VE = 5. What is the volume of VEFGH?",
    # two pairs only
    "Points P, Q, R and S are in space with SP perpendicular to SQ and SQ perpendicular to SR. "
    "If SP = 2, SQ = 6 and SR = 7, what is the volume of pyramid SPQR?",
    # lengths that contradict each other: 3, 4 and 6 make no right triangle
    "Rectangle ABCD is the base of pyramid PABCD. AB = 3, PA is perpendicular to AB and AD, "
    "PA = 4 and PB = 6. What is the volume of PABCD?",
    # the other side of the base never told
    "Rectangle ABCD is the base of pyramid PABCD. AB = 6, PA is perpendicular to AB and to "
    "AD, and PA = 4. What is the volume of PABCD?",
    # a volume of another solid
    "Points P, Q, R and S are in space so that SP, SQ and SR are each perpendicular to the "
    "other two. If SP = 2, SQ = 6 and SR = 7, what is the volume of the cube?",
    # a statement not read
    "Points P, Q, R and S are in space so that SP, SQ and SR are each perpendicular to the "
    "other two. If SP = 2, SQ = 6 and SR = 7 and M is the midpoint of PQ, what is the volume "
    "of pyramid SPQR?",
])
def test_unfixed_or_unread_pyramids_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
