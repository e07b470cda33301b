"""Two chords crossing inside a circle (geometry/crossing_chords.py). Our own problems;
answers worked by hand with AP * PB = CP * PD."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 6 * 4 = 3 * PD
    ("Two chords $AB$ and $CD$ of a circle intersect at $P$. If $AP = 6$, $PB = 4$ and $CP = 3$, "
     "what is $PD$?", "8"),
    # AP * PC = 10 = BP * DP with BP + DP = 7 and BP < DP: 2 and 5
    ("Chords $\\overline{AC}$ and $\\overline{BD}$ meet at $P$. If $AP = 5$, $PC = 2$, $BD = 7$ "
     "and $BP < DP$, find $BP$.", "2"),
    # JN * NK = 24 = LN * NM = 4 * 6, LM = 10
    ("$\\overline{JK}$ and $\\overline{LM}$ are chords of a circle that intersect at $N$. If "
     "$JN = 8$, $NK = 3$ and $LN = 4$, what is $LM$?", "10"),
    # AP * BP = CP * DP: BP / DP = CP / AP
    ("Two chords $AB$ and $CD$ meet inside a circle at $P$. If $AP = 5$ and $CP = 7$, then what "
     "is $\\frac{BP}{DP}$?", "\\frac{7}{5}"),
])
def test_crossing_chords(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # CP * PD = 18 with CP + PD = 12: two answers, 6 +- 3 sqrt 2
    "Chords $AB$ and $CD$ of a circle intersect at $P$. If $AP = 2$, $PB = 9$ and $CD = 12$, "
    "what is $PD$?",
    # one part of the second chord is not told
    "Two chords $AB$ and $CD$ of a circle intersect at $P$. If $AP = 2$ and $PB = 9$, what is "
    "$PD$?",
    # chords AC and BD: this ratio is not fixed
    "Chords $AC$ and $BD$ intersect at $P$. If $AP = 3$ and $CP = 8$, then what is "
    "$\\frac{BP}{DP}$?",
])
def test_crossing_chords_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
