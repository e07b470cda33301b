"""The angles of a named parallelogram or rhombus (`geometry.angle_relations`): opposite
angles equal, the four adding to 360 degrees. Our own problems (answers by hand, in the
comments), and near misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # B = 180 - 72
    ("In parallelogram $KLMN$, angle $K$ measures $72^\\circ$. What is the measure of angle "
     "$L$?", "108"),
    # opposite: M = K
    ("In parallelogram $KLMN$, angle $K$ measures $72^\\circ$. How many degrees are in angle "
     "$M$?", "72"),
    # E = 5F, 6F = 180: F = 30, G = E = 150
    ("In parallelogram $EFGH$, the measure of angle $E$ is $5$ times the measure of angle $F$. "
     "Find the measure of angle $G$.", "150"),
    # T = 180 - 124
    ("For rhombus $QRST$, $\\angle Q = 124^\\circ$. What is $\\angle T$?", "56"),
]

DECLINED = [
    # two adjacent angles of 70 degrees do not fit a parallelogram
    "In parallelogram $ABCD$, angle $A$ measures $70^\\circ$ and angle $B$ measures "
    "$70^\\circ$. What is angle $C$?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_parallelogram_angles_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_parallelogram_angles_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
