"""A right triangle with the foot of the altitude from its right angle named
(`geometry.named_altitude_feet`): told as an altitude, a perpendicular, a foot, or by Thales'
circle on a leg. Our own problems, answers worked out by hand; near misses must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # Thales: BD is the altitude; BD^2 = AD * CD: 36 = 2 CD
    ("Let $\\triangle ABC$ be a right triangle such that $B$ is a right angle. A circle with "
     "diameter $BC$ meets side $AC$ at $D$. If $AD = 2$ and $BD = 6$, what is $CD$?", "18"),
    # the circle on the other leg: AB^2 = AD * AC = 4 * 13 -> AB = 2 sqrt 13
    ("In right triangle ABC with right angle at B, a circle with diameter AB intersects AC at "
     "D. If AD = 4 and DC = 9, what is AB?", "2\\sqrt{13}"),
    # an altitude: QS^2 = 4 * 9
    ("In right triangle PQR with right angle at Q, QS is perpendicular to PR. If PS = 4 and "
     "SR = 9, find QS.", "6"),
    # hypotenuse 25, area 150: altitude 2 * 150 / 25
    ("Let triangle XYZ be a right triangle such that angle XYZ = 90 degrees. W is the foot of "
     "the altitude from Y to XZ. If the area of triangle XYZ is 150 and XZ = 25, what is YW?",
     "12"),
    # legs 6, 8: hypotenuse 10, CD = 6 * 8 / 10
    ("In right triangle ABC with right angle at C, CD is the altitude to AB. If AC = 6 and "
     "BC = 8, what is CD?", "\\frac{24}{5}"),
    # legs 15, 20: AD = 15^2 / 25 = 9
    ("In right triangle ABC with right angle at C, CD is the altitude to the hypotenuse AB. "
     "If AC = 15 and BC = 20, find AD.", "9"),
    # AB^2 = AD * AC: 36 = 4 AC, AC = 9, DC = 5
    ("Triangle ABC has its right angle at B. The altitude from B meets AC at D. If AB = 6 and "
     "AD = 4, what is DC?", "5"),
    # the altitude asked with no foot named: 5 * 12 / 13
    ("In right triangle PQR with right angle at Q, PQ = 5 and QR = 12. Find the altitude from "
     "Q to PR.", "\\frac{60}{13}"),
    # the angle told in LaTeX, lengths with no spaces: BD^2 = 3 * 12
    ("In right triangle $ABC$, $m\\angle ABC = 90^\\circ$ and $BD$ is the altitude to $AC$. If "
     "$AD=3$ and $DC=12$, what is $BD$?", "6"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_named_altitude_foot_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # the circle's diameter is the hypotenuse: it does not place D
    "Let triangle ABC be a right triangle such that B is a right angle. A circle with "
    "diameter AC meets side BC at D. If AD = 2 and BD = 6, what is CD?",
    # one length told: the triangle is not fixed
    "In right triangle ABC with right angle at B, BD is perpendicular to AC. If AD = 1, what "
    "is CD?",
    # the perpendicular is not from the right angle
    "In right triangle ABC with right angle at B, AD is perpendicular to BC. If BD = 1 and "
    "CD = 4, what is AD?",
    # the altitude from an acute vertex is a leg, not this reader's
    "In right triangle PQR with right angle at Q, PQ = 5 and QR = 12. Find the altitude from "
    "P to QR.",
    # the median, not the altitude
    "In right triangle ABC with right angle at B, BD is the median to AC. If AD = 1 and BD = "
    "4, what is CD?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_named_altitude_foot_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
