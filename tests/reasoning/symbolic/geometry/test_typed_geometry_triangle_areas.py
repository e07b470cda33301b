"""Areas cut from a triangle by points placed on it (`geometry.triangle_areas`, read by
`geometry.median_relations`): midpoints, points dividing a segment in a ratio, two segments
crossing; an area asked from one told, or a ratio of two areas. Our own problems, answers
worked out by hand in the comments, and near misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # S = (0, 1/2, 1/2), T = (3/4, 0, 1/4): the determinant is 1/8 of 48
    ("In triangle $PQR$, $S$ is the midpoint of $\\overline{QR}$ and $T$ is on "
     "$\\overline{PR}$ with $PT:TR = 1:3$. If the area of triangle $PQR$ is 48, what is the "
     "area of triangle $PST$?", "6"),
    # ABD is 2/7 of the whole
    ("Point $D$ lies on side $BC$ of triangle $ABC$ with $BD:DC = 2:5$. The area of triangle "
     "$ABD$ is 14. Find the area of triangle $ABC$.", "49"),
    # two medians cross at the centroid: GBC and AMGN are each a third
    ("In triangle $ABC$, $M$ and $N$ are the midpoints of $\\overline{AB}$ and "
     "$\\overline{AC}$, respectively, and $\\overline{BN}$ and $\\overline{CM}$ intersect at "
     "$G$. What is the ratio of the area of triangle $GBC$ to the area of quadrilateral "
     "$AMGN$?", "1"),
    # the same height: the areas are as the bases, 3 : 5
    ("In triangle $ABC$, $D$ is on $\\overline{BC}$ with $BD = 3$ and $DC = 5$. What is the "
     "ratio of the area of triangle $ABD$ to the area of triangle $ADC$?", "\\frac{3}{5}"),
    # P halfway from J to the midpoint M of KL: P = (1/2, 1/4, 1/4), so P is a quarter of
    # L's height above JK and [JKP] = 1/4 of 64
    ("Triangle $JKL$ has area 64. Point $M$ is the midpoint of side $KL$ and point $P$ is "
     "on $\\overline{JM}$ with $JP:PM = 1:1$. Find the area of triangle $JKP$.", "16"),
    # the cevians from A to D (BD:DC = 1:1) and from B to E (AE:EC = 1:2) cross at X:
    # X = A + s(D - A) = B + t(E - B) gives s = 1/2, t = 3/4: X = (1/2, 1/4, 1/4), a quarter
    # of C's height above AB, so [ABX] = 30 / 4
    ("In triangle $ABC$, $D$ is the midpoint of $\\overline{BC}$ and $E$ is on "
     "$\\overline{AC}$ with $AE:EC = 1:2$. Segments $\\overline{AD}$ and $\\overline{BE}$ "
     "meet at $X$. If triangle $ABC$ has an area of 30, what is the area of triangle $ABX$?",
     "\\frac{15}{2}"),
]

EXTRA = [
    # the bracket notation for areas: ABM is half of ABC
    ("Let $M$ be the midpoint of $\\overline{BC}$ in $\\triangle ABC$. If $[ABC] = 40$, "
     "find $[ABM]$.", "20"),
    # BD = 2 DC: the areas on the two sides of AD are 2 : 1
    ("Point $D$ lies on $\\overline{BC}$ of $\\triangle ABC$ so that $BD = 2DC$. What is the "
     "ratio of the areas of triangles $ABD$ and $ADC$?", "2"),
    # the 13-14-15 triangle has area 84 (Heron); ABD is 5/14 of it
    ("In triangle $ABC$, $AB = 13$, $BC = 14$ and $CA = 15$. Point $D$ is on "
     "$\\overline{BC}$ with $BD = 5$. What is the area of triangle $ABD$?", "30"),
    # cutting off the corner triangle AMN (a quarter) leaves three quarters of 84
    ("In triangle $ABC$, $AB = 13$, $BC = 14$ and $CA = 15$. $M$ and $N$ are the midpoints of "
     "$AB$ and $AC$, respectively. What is the area of quadrilateral $MNCB$?", "63"),
]
SOLVED += [*EXTRA,
           # two points a third of the way along two sides from A: a ninth of the area
           ("In triangle $ABC$, points $D$ and $E$ are on sides $AB$ and $AC$ such that "
            "$AD:DB = 1:2$ and $AE:EC = 1:2$. If the area of triangle $ABC$ is 27, what is the "
            "area of triangle $ADE$?", "3")]

DECLINED = [
    # the quadrilateral's corners in an order whose sides cross
    "In triangle $ABC$, $AB = 13$, $BC = 14$ and $CA = 15$. $M$ and $N$ are the midpoints of "
    "$AB$ and $AC$, respectively. What is the area of quadrilateral $MNBC$?",
    # an area told together with sides that already fix it
    "In triangle $ABC$, $AB = 13$, $BC = 14$ and $CA = 15$, and the area of triangle $ABC$ is "
    "80. $M$ is the midpoint of $\\overline{BC}$. What is the area of triangle $ABM$?",
    # the whole side disagrees with its two pieces
    "In triangle $ABC$, $D$ is on $\\overline{BC}$ with $BD = 3$, $DC = 5$ and $BC = 10$. What "
    "is the ratio of the area of triangle $ABD$ to the area of triangle $ADC$?",
    # no area told: the area of a part is not fixed
    "In triangle $PQR$, $S$ is the midpoint of $\\overline{QR}$. What is the area of triangle "
    "$PQS$?",
    # the point's place on the side is not told
    "Point $D$ lies on side $BC$ of triangle $ABC$. The area of triangle $ABD$ is 14. Find "
    "the area of triangle $ABC$.",
    # corners in an order whose sides cross: not a polygon
    "In triangle $ABC$, $M$ and $N$ are the midpoints of $\\overline{AB}$ and "
    "$\\overline{AC}$, respectively. If the area of triangle $ABC$ is 40, what is the area of "
    "quadrilateral $MNBC$?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_triangle_areas_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_triangle_areas_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
