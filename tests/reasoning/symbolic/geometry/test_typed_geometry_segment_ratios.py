"""Ratios of two segments on one line through points placed on a triangle
(`geometry.segment_ratios`, read by `geometry.median_relations`): where two cevians cross,
the centroid. Our own problems, answers worked out by mass points in the comments, and near
misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # masses B = 2, C = 1 (BD:DC = 1:2) and A = 1/3 (AE:EC = 3:1): AP:PD = 3 : 1/3
    ("In triangle $ABC$, $D$ is on $\\overline{BC}$ with $BD:DC = 1:2$ and $E$ is on "
     "$\\overline{AC}$ with $AE:EC = 3:1$. Segments $AD$ and $BE$ intersect at $P$. Find "
     "$\\frac{AP}{PD}$.", "9"),
    # the centroid is two thirds of the way along a median
    ("In triangle $ABC$, $M$ is the midpoint of $\\overline{BC}$ and $G$ is the centroid. "
     "What is the ratio of $AG$ to $GM$?", "2"),
    # masses A = 1, C = 1 (N the midpoint of AC) and B = 2 (CK:KB = 2:1): BQ:QN = 2 : 2
    ("Let $N$ be the midpoint of $\\overline{AC}$ in triangle $ABC$, and let $K$ lie on "
     "$\\overline{CB}$ with $CK:KB = 2:1$. If $\\overline{AK}$ meets $\\overline{BN}$ at $Q$, "
     "find $BQ:QN$.", "1"),
]

SOLVED += [
    # BD:DC = AB:AC = 3:2 puts D at (0, 2/5, 3/5) and M at (1/2, 1/5, 3/10); the line BM
    # meets AC at (5/8, 0, 3/8), so CP:PA = 5:3
    ("In triangle $ABC$, $AB = 12$ and $AC = 8$. The bisector of angle $A$ meets "
     "$\\overline{BC}$ at $D$, and $M$ is the midpoint of $\\overline{AD}$. Segment $BM$ meets "
     "$\\overline{AC}$ at $P$. Find $\\frac{CP}{PA}$.", "\\frac{5}{3}"),
]

DECLINED = [
    # the bisector's ratio needs both sides at the angle
    "In triangle $ABC$, $AB = 12$. The bisector of angle $A$ meets $\\overline{BC}$ at $D$, "
    "and $M$ is the midpoint of $\\overline{AD}$. Segment $BM$ meets $\\overline{AC}$ at $P$. "
    "Find $\\frac{CP}{PA}$.",
    # two medians are not on one line
    "In triangle $ABC$, $M$ is the midpoint of $\\overline{BC}$ and $N$ is the midpoint of "
    "$\\overline{AC}$. Find $AM:BN$.",
    # the point on BC is not placed
    "In triangle $ABC$, $D$ is on $\\overline{BC}$ and $E$ is on $\\overline{AC}$ with "
    "$AE:EC = 3:1$. Segments $AD$ and $BE$ intersect at $P$. Find $\\frac{AP}{PD}$.",
    # segments that do not cross inside the triangle
    "In triangle $ABC$, $M$ is the midpoint of $\\overline{AB}$ and $N$ is the midpoint of "
    "$\\overline{AC}$. Segments $MN$ and $BC$ intersect at $P$. Find $\\frac{MP}{PN}$.",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_segment_ratios_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_segment_ratios_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
