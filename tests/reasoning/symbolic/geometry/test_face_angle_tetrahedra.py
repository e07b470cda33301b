"""Tetrahedra told by two faces meeting at an angle along their common edge
(geometry.face_angle_tetrahedra): V = 2·A₁·A₂·sin θ/(3a). Faces that do not share the told
edge, an angle told between other faces, a missing angle, another edge or another question
decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 2·6·10·(1/2)/(3·4)
    ("In tetrahedron EFGH, edge FG has length 4. Face EFG has area 6 and face FGH has area 10, "
     "and the two faces meet at an angle of 30 degrees. What is the volume?", "5"),
    # 2·4·9·(√3/2)/(3·3)
    ("Faces $ABD$ and $ABC$ of tetrahedron $ABCD$ meet at a $60^\\circ$ angle. $AB = 3$, the "
     "area of face $ABD$ is $4$ and the area of face $ABC$ is $9$. Find the volume of $ABCD$.",
     "4\\sqrt{3}"),
    # 2·3·5·(√2/2)/(3·2)
    ("the dihedral angle along edge kl of tetrahedron klmn is 45 degrees. kl = 2, face klm has "
     "area 3 and face kln has area 5. find the volume", "\\frac{5\\sqrt{2}}{2}"),
    # an obtuse angle: sin 120° = √3/2
    ("Tetrahedron WXYZ has WX = 10. Faces WXY and WXZ have areas 25 and 12 and meet at an "
     "angle of 120°. Find its volume.", "10\\sqrt{3}"),
    # areas in \mbox{cm}^2 and the volume asked in \mbox{cm}^3
    ("In tetrahedron $PQRS$, edge $PQ$ has length 4 cm. The area of face $PQR$ is "
     "$10\\mbox{cm}^2$ and the area of face $PQS$ is $6 \\mbox { cm}^2$. These two faces meet "
     "each other at a $30^\\circ$ angle. Find the volume of the tetrahedron in $\\mbox{cm}^3$.",
     "5"),
    # the angle told along the edge ("at edge RS"): 2·6·9·(1/2)/(3·3)
    ("in tetrahedron pqrs, the dihedral angle at edge rs is 30 degrees, rs = 3, face prs has "
     "area 6 and face qrs has area 9. find the volume", "6"),
])
def test_face_angle_tetrahedra_answered(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the told edge BC is not the common edge AB of the two faces
    "Faces ABC and ABD of tetrahedron ABCD meet at an angle of 30 degrees. BC = 4, the area "
    "of face ABC is 6 and the area of face ABD is 10. Find the volume of the tetrahedron.",
    # the angle is told between other faces than the two whose areas are told
    "Faces ABC and ACD of tetrahedron ABCD meet at an angle of 30 degrees. AB = 4, the area "
    "of face ABC is 6 and the area of face ABD is 10. Find the volume of the tetrahedron.",
    # no angle between the faces
    "In tetrahedron ABCD, AB = 4, the area of face ABC is 6 and the area of face ABD is 10. "
    "Find the volume of the tetrahedron.",
    # a second edge told: a statement the reading does not use
    "In tetrahedron ABCD, AB = 4 and CD = 5, the area of face ABC is 6 and the area of face "
    "ABD is 10. These faces meet at an angle of 30 degrees. Find the volume of the tetrahedron.",
    # another question
    "In tetrahedron ABCD, AB = 4, the area of face ABC is 6 and the area of face ABD is 10. "
    "These faces meet at an angle of 30 degrees. Find the length of CD.",
])
def test_unfixed_or_unread_tetrahedra_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
