"""A triangle told by its medians, midpoints and centroid (`geometry.median_relations`,
with the point model `geometry.triangle_points`): our own problems, answers worked out by
hand in the comments, and near misses that must decline."""

from __future__ import annotations

import pytest
import sympy as sp

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.geometry.triangle_points import TrianglePoints

SOLVED = [
    # perpendicular medians meet at G with PG = 4, QG = 6: PQ^2 = 16 + 36
    ("Triangle $PQR$ has perpendicular medians $PM$ and $QN$ of lengths 6 and 9, "
     "respectively. Find $PQ$.", "2\\sqrt{13}"),
    # same triangle: QR^2 + PR^2 = 5 PQ^2 = 260 and 2 PR^2 + 2 PQ^2 - QR^2 = 144: PR = 10
    ("In $\\triangle PQR$ the medians $PM$ and $QN$ are perpendicular to each other, with "
     "$PM = 6$ and $QN = 9$. How long is $PR$?", "10"),
    # the right triangle PGQ has area 12, a third of the whole
    ("Suppose $PM = 6$ and $QN = 9$, where $PM$ and $QN$ are perpendicular medians of "
     "triangle $PQR$. Compute the area of the triangle.", "36"),
    # Apollonius: 4 * 25 = 2 * 49 + 2 * 81 - YZ^2
    ("In triangle $XYZ$, $XY = 7$, $XZ = 9$ and the median from $X$ has length 5. What is "
     "$YZ$?", "4\\sqrt{10}"),
    # 4 * 16 = 50 + 98 - BC^2: BC^2 = 84
    ("In triangle $ABC$, $M$ is the midpoint of $\\overline{BC}$, $AB = 5$, $AC = 7$ and "
     "$AM = 4$. Find $BC$.", "2\\sqrt{21}"),
    # GA^2 + GB^2 + GC^2 = (a^2 + b^2 + c^2) / 3 = 77, and 9 GC^2 = 2a^2 + 2b^2 - c^2
    ("Point $G$ is the centroid of triangle $ABC$. If $GA = 4$, $GB = 5$ and $GC = 6$, what "
     "is $AB$?", "\\sqrt{46}"),
    # a right angle at B, hypotenuse 10: the median from B is 5 and BG two thirds of it
    ("The medians of triangle $ABC$ meet at $G$. If $AB = 6$, $BC = 8$ and $\\angle B = "
     "90^\\circ$, what is $BG$?", "\\frac{10}{3}"),
    # a^2 + b^2 = 5 c^2 with a = 6, b = 8
    ("In triangle $ABC$, the medians $AD$ and $BE$ are perpendicular, $BC = 6$ and $AC = 8$. "
     "What is the length of $AB$?", "2\\sqrt{5}"),
    # right angle at C: AM^2 = AC^2 + CM^2, so CM = 8, BC = 16, area 6 * 16 / 2
    ("In right triangle $ABC$ with a right angle at $C$, $AC = 6$ and the median from $A$ is "
     "10. What is the area of triangle $ABC$?", "48"),
    # the same triangle: AB = sqrt(36 + 256)
    ("Triangle $ABC$ has a right angle at $C$. If $AC = 6$ and the median from $A$ is 10, "
     "what is the perimeter of triangle $ABC$?", "22 + 2\\sqrt{73}"),
    # Stewart: 100 * 4 + 36 * 8 = 12 (AD^2 + 32), AD^2 = 76/3
    ("In triangle $ABC$, $AB = 6$, $AC = 10$, and point $D$ lies on $\\overline{BC}$ with "
     "$BD = 4$ and $DC = 8$. Find $AD$.", "\\frac{2\\sqrt{57}}{3}"),
    # BD = 3, DC = 6: 49 * 3 + 25 * 6 = 9 (AD^2 + 18)
    ("Point $D$ is on side $BC$ of triangle $ABC$ so that $BD:DC = 1:2$. If $AB = 5$, "
     "$AC = 7$ and $BC = 9$, what is $AD$?", "\\sqrt{15}"),
    ("Point $D$ is on side $BC$ of triangle $ABC$. If $AB = 5$, $AC = 7$, $BD = 3$ and "
     "$BC = 9$, what is $AD$?", "\\sqrt{15}"),
    # isosceles: 36 * 3 + 36 * 5 = 8 (XW^2 + 15)
    ("In $\\triangle XYZ$, $W$ is a point on $\\overline{YZ}$ with $YW = 3$ and $WZ = 5$. If "
     "$XY = XZ = 6$, how long is $XW$?", "\\sqrt{21}"),
    # medians 3, 9/2, 6; the triangle of the medians has 3/4 of the area (Heron: 27 sqrt 15 / 16)
    ("Let $G$ be the centroid of triangle $ABC$, and let $GA = 2$, $GB = 3$ and $GC = 4$. "
     "Find the area of triangle $ABC$.", "\\frac{9\\sqrt{15}}{4}"),
    # medians from X and Z: GN = 2, GM = 3 give them as 6 and 9, MN = 4 is half of XZ;
    # the triangle GMN (2, 3, 4) is 1/12 of the whole and XNMZ three quarters of it
    ("In triangle $XYZ$, medians $XM$ and $ZN$ meet at $G$, $GN = 2$, $GM = 3$ and $MN = 4$. "
     "What is the area of quadrilateral $XNMZ$?", "\\frac{27\\sqrt{15}}{4}"),
    # m_b^2 = (2 * 64 + 2 * 49 - 81) / 4
    ("The lengths of the sides of triangle $ABC$ are $AB = 7$, $BC = 8$ and $AC = 9$. Find "
     "the length of the median $\\overline{BM}$.", "\\frac{\\sqrt{145}}{2}"),
    # Stewart from B: 64 * 9 + 100 * 3 = 12 (BD^2 + 27)
    ("In triangle $ABC$, $AB = 8$, $BC = 10$, $AC = 12$, and $D$ is the point on "
     "$\\overline{AC}$ such that $AD = 3$. Find $BD$.", "\\sqrt{46}"),
    # the bisector from A cuts BC as 6 : 9
    ("In triangle $ABC$, $AB = 6$, $AC = 9$ and $BC = 10$. If $AD$ bisects $\\angle BAC$ with "
     "$D$ on $\\overline{BC}$, what is $BD$?", "4"),
    # BD:DC = 5:7 of 9
    ("Point $D$ is on side $BC$ of triangle $ABC$ so that $AD$ bisects angle $A$. If $AB = 5$, "
     "$AC = 7$ and $BC = 9$, what is $BD$?", "\\frac{15}{4}"),
    # the same Apollonius with the side named: 100 = 98 + 162 - BC^2
    ("In triangle $ABC$, $AB = 7$, $AC = 9$, and the median drawn from vertex $A$ to "
     "$\\overline{BC}$ is 5. Find $BC$.", "4\\sqrt{10}"),
    # the median to KL: 4 m^2 = 2 * 36 + 2 * 64 - 100 = 100
    ("Triangle $JKL$ has $JK = 6$, $JL = 8$ and $KL = 10$. Find the median to side $KL$.",
     "5"),
    # the bisector named by its vertex ("from $P$"): QS / SR = 8 / 12, QS = 15 * 8 / 20
    ("In triangle $PQR$, $PQ=8$, $PR=12$ and $QR=15$. The angle bisector from $P$ meets $QR$ "
     "at $S$. Find $QS$.", "6"),
    # UW / WV = 5 / 9 on UV = 7: VW = 7 * 9 / 14
    ("In triangle $TUV$, $TU = 5$, $TV = 9$ and $UV = 7$. The bisector drawn from vertex $T$ "
     "intersects $UV$ at $W$. How long is $VW$?", "\frac{9}{2}"),
]

DECLINED = [
    # a bisector from Q cannot meet QR
    "In triangle $PQR$, $PQ=8$, $PR=12$ and $QR=15$. The angle bisector from $Q$ meets $QR$ "
    "at $S$. Find $QS$.",
    # a median from B cannot be drawn to BC
    "In triangle $ABC$, $AB = 7$, $AC = 9$, and the median from $B$ to side $BC$ has length 5. "
    "What is $BC$?",
    # a point on a side with only one of its pieces known: not placed
    "Point $D$ is on side $BC$ of triangle $ABC$. If $AB = 5$, $AC = 7$ and $BD = 3$, what is "
    "$AD$?",
    # a piece longer than the side
    "Point $D$ is on side $BC$ of triangle $ABC$. If $AB = 5$, $AC = 7$, $BD = 10$ and "
    "$BC = 9$, what is $AD$?",
    # D placed by an angle bisector whose two sides at A are not both told
    "Point $D$ is on side $BC$ of triangle $ABC$ so that $AD$ bisects angle $A$. If $AB = 5$ "
    "and $BC = 9$, what is $BD$?",
    # two medians, nothing more: the triangle is not fixed
    "Medians $\\overline{AD}$ and $\\overline{BE}$ of $\\triangle ABC$ have $AD = 9$ and "
    "$BE = 12$. Find $AB$.",
    # altitudes, not medians
    "In triangle $PQR$ the altitude from $P$ is perpendicular to the altitude from $Q$, with "
    "lengths 9 and 12. Find $PQ$.",
    # no such triangle: the median from A is shorter than the leg AC at the right angle
    "In right triangle $ABC$ with a right angle at $C$, $AC = 6$ and the median from $A$ is "
    "5. What is the area of triangle $ABC$?",
    # an angle that is not right is not part of this model
    "In triangle $ABC$, $AB = 5$, $\\angle A = 60^\\circ$ and the median from $A$ has length "
    "4. Find $AC$.",
    # a right triangle without its right angle named
    "In right triangle $ABC$, the medians $AD$ and $BE$ are perpendicular and $AB = 6$. Find "
    "$BC$.",
    # a word the reader does not know
    "In $\\triangle ABC$ the median $AD$ is perpendicular to the median $BE$; $AD = 9$ and "
    "$BE = 12$. Which side is shortest, and how long is it?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_median_relations_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_median_relations_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_points_as_blends_give_linear_lengths() -> None:
    tri = TrianglePoints("ABC")
    tri.midpoint("M", "BC")
    tri.centroid("G")
    a2, b2, c2 = tri.sq.values()
    # Apollonius' median formula and the centroid two thirds of the way
    assert sp.expand(tri.length2(("A", "M")) - (2 * b2 + 2 * c2 - a2) / 4) == 0
    assert sp.expand(tri.length2(("A", "G")) - sp.Rational(4, 9) * tri.length2(("A", "M"))) == 0
    # a right angle at C is Pythagoras
    assert sp.expand(tri.dot(("C", "A"), ("C", "B")) - (a2 + b2 - c2) / 2) == 0


@pytest.mark.parametrize(("problem", "answer"), [
    # the triangle is not fixed, but AG = 2/3 AD in every triangle
    ("The medians of triangle $XYZ$ meet at the centroid $G$. If median $XM$ has length 24, "
     "what is $XG$?", "16"),
    # GD = 1/3 AD
    ("In triangle $ABC$, $G$ is the centroid and $AD$ is a median. If $AD = 27$, find $GD$.",
     "9"),
    # AG = 2/3 AD, so AD = 3/2 * 14
    ("In triangle $ABC$, $G$ is the centroid and $AD$ is a median. If $AG = 14$, what is "
     "$AD$?", "21"),
    # D cuts BC in the ratio 3:4, so DC = 4/7 BC
    ("In triangle $ABC$, point $D$ is on $BC$ with $BD:DC = 3:4$. If $BC = 28$, what is $DC$?",
     "16"),
])
def test_a_length_on_one_line_with_a_told_one(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # BG is on another line than AD: the triangle is not fixed
    "In triangle $ABC$, $G$ is the centroid and $AD$ is a median. If $AD = 12$, find $BG$.",
    # AG and AD told apart from each other do not agree with AG = 2/3 AD
    "In triangle $ABC$, $G$ is the centroid and $AD$ is a median. If $AD = 12$ and $AG = 5$, "
    "what is $GD$?",
])
def test_a_length_off_the_told_line_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 4 * 16 = 2 * 36 + 2 * 64 - BC^2: BC^2 = 136
    ("In triangle $ABC$, $AB = 6$, $AC = 8$, and the length of median $AD$ is 4. What is $BC$?",
     "2\\sqrt{34}"),
    # 4 * 25 = 2 * 25 + 2 * 49 - YZ^2: YZ^2 = 48; 16 K^2 = 2(25*49 + 49*48 + 48*25)
    # - 25^2 - 49^2 - 48^2 = 4224, so K^2 = 264
    ("In triangle $XYZ$, $XY = 5$, $XZ = 7$, and the length of median $XM$ is 5. Find the area "
     "of triangle $XYZ$.", "2\\sqrt{66}"),
])
def test_a_median_told_by_the_length_of(problem: str, answer: str) -> None:
    assert_solved(problem, answer)
