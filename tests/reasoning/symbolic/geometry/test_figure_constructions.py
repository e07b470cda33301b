"""Points built on a named square, rectangle, triangle, trapezoid or parallelogram, and a
length, distance, area or ratio asked (geometry/figure_constructions.py). Our own problems;
answers worked by hand (in the comments)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # the altitude from A is 12 (area 84), the centroid a third of the way up
    ("In triangle $ABC$, $AB = 13$, $BC = 14$, $CA = 15$. The medians meet at the centroid "
     "$G$. Find the distance from $G$ to $BC$.", "4"),
    # 6 * 8 / 10
    ("In right triangle $XYZ$ with right angle at $Y$, $XY = 6$ and $YZ = 8$. $YW$ is the "
     "altitude to $XZ$. Find $YW$.", "24/5"),
    # the circle on QR meets PR at the foot from Q: 12 * 5 / 13
    ("Let $\\triangle PQR$ be a right triangle with a right angle at $Q$. A circle with "
     "diameter $QR$ meets side $PR$ at $S$. If $PQ = 12$ and $QR = 5$, what is $QS$?", "60/13"),
    # 16 - 4 - 4 - 2
    ("Square ABCD has side length 4. E is the midpoint of AB and F is the midpoint of BC. "
     "What is the area of triangle DEF?", "6"),
    # 40 - 3 * 4 / 2
    ("Rectangle $PQRS$ has $PQ = 10$ and $QR = 4$. Point $T$ is on $PQ$ with $PT = 3$. What "
     "is the area of quadrilateral $TQRS$?", "34"),
    # DMP and BAP are similar with ratio 1:2
    ("In parallelogram $ABCD$, $M$ is the midpoint of $CD$, and $AM$ and $BD$ intersect at "
     "$P$. What is the ratio of the area of triangle $DMP$ to the area of triangle $ABP$?",
     "1/4"),
    # a quarter of the parallelogram
    ("Parallelogram $KLMN$ has area 60. $E$ is the midpoint of $LM$. What is the area of "
     "triangle $KLE$?", "15"),
    # height 10; OR:OP... QOR is 3/5 of triangle PQR's 60
    ("In trapezoid $PQRS$ with $PQ \\parallel RS$, $PQ = 12$ and $RS = 18$. Its diagonals "
     "cross at $O$. The area of the trapezoid is 150. Find the area of triangle $QOR$.", "36"),
    # 100 - 25 - 25 - 12.5
    ("Square $WXYZ$ has sides of length 10. Points $M$ and $N$ are the midpoints of $XY$ and "
     "$YZ$. Find the area of triangle $WMN$.", "75/2"),
    # a right angle at E; half of DE
    ("In triangle DEF, DE = 9, EF = 12, and DF = 15. M is the midpoint of DF. What is the "
     "distance from M to EF?", "9/2"),
    ("Equilateral triangle $ABC$ has side length 6. $D$ is the midpoint of $BC$. Find $AD$.",
     "3\\sqrt{3}"),
    # EB = 6, BF = 6
    ("In square ABCD with side length 8, E is on AB with AE = 2 and F is on BC with BF = 6. "
     "Find EF.", "6\\sqrt{2}"),
    # the same height, base 3 of 8
    ("In triangle $ABC$, $D$ is on $BC$ with $BD = 3$ and $DC = 5$. If the area of triangle "
     "$ABC$ is 40, what is the area of triangle $ABD$?", "15"),
    # the midline is 10; (6 + 10) / 2 * 5
    ("In trapezoid $ABCD$, the parallel sides $AB$ and $CD$ have lengths 6 and 14, and the "
     "height is 10. $E$ and $F$ are the midpoints of $AD$ and $BC$. What is the area of "
     "quadrilateral $ABFE$?", "40"),
    # P is 2/3 of the way from D... height 4 above AB
    ("In square $ABCD$ with side 6, $M$ is the midpoint of $CD$. $AM$ and $BD$ meet at $P$. "
     "Find the area of triangle $ABP$.", "12"),
    ("Rectangle ABCD has AB = 12 and BC = 9. The diagonals intersect at O. What is the "
     "distance from O to AB?", "9/2"),
    # BH = 5
    ("In triangle $ABC$, $AB = 13$, $BC = 14$, $CA = 15$. Let $H$ be the foot of the "
     "perpendicular from $A$ to $BC$. What is the length of $HC$?", "9"),
    # side 6, DE = 2
    ("Square $ABCD$ has area 36. Point $E$ lies on side $CD$ such that $DE:EC = 1:2$. What "
     "is the area of triangle $ADE$?", "6"),
    ("In rectangle ABCD, AB = 8 and BC = 6. Find the distance from B to the diagonal AC.",
     "24/5"),
    # BC = 10, the median to the hypotenuse is half of it
    ("In triangle $ABC$, $AB = 6$, $AC = 8$ and $\\angle BAC = 90^\\circ$. $M$ is the "
     "midpoint of $BC$. Find $AM$.", "5"),
    # a square of any size: F is a third of the way from E to A
    ("In square $ABCD$, $E$ is the midpoint of $BC$, and $AE$ meets $BD$ at $F$. Find "
     "$AF:FE$.", "2"),
    ("Square ABCD has side 10. E is the midpoint of CD. What fraction of the area of square "
     "ABCD is the area of triangle ABE?", "1/2"),
    # the altitude from A is 84 / 20 (area 42), a third of it
    ("In triangle $ABC$, $AB = 7$, $AC = 15$, and $BC = 20$. The medians $AD$, $BE$, and $CF$ "
     "meet at the centroid $G$. Let $P$ be the foot of the perpendicular from $G$ to $BC$. "
     "Find $GP$.", "7/5"),
    # a third of each altitude: 5/3 + 20/13 + 4
    ("Triangle $XYZ$ has $XY = 5$, $YZ = 12$, $XZ = 13$. Let $G$ be the centroid, and let the "
     "projections of $G$ onto $YZ$, $XZ$, and $XY$ be $P$, $Q$, and $R$, respectively. Find "
     "$GP + GQ + GR$.", "281/39"),
    # K(0,0), L(3,0), M(0,4): F = (12/41)(4,3)
    ("In triangle $KLM$, right-angled at $K$, $KL = 3$ and $KM = 4$. Altitude $KH$ meets "
     "median $MN$ at $F$. Find $KF$.", "60/41"),
    # height 8; EO:OG = 10:16, so 5/13 of triangle EFG's 40
    ("Trapezoid $EFGH$ has base $EF = 10$ units and base $GH = 16$ units. Its diagonals meet "
     "at $O$. The area of $EFGH$ is 104 square units. What is the area of triangle $EOF$?",
     "200/13"),
    # AC/AP = 4 + 5
    ("In parallelogram $ABCD$, point $M$ is on $AB$ so that $\\frac{AM}{AB} = \\frac{1}{4}$ and "
     "point $N$ is on $AD$ so that $\\frac{AN}{AD} = \\frac{1}{5}$. $AC$ and $MN$ meet at $P$. "
     "Find $\\frac{AC}{AP}$.", "9"),
    # the midline is 16: (16 + 22) / 2 * 3
    ("In trapezoid $ABCD$, the parallel sides $AB$ and $CD$ have lengths of 10 and 22 units, "
     "respectively, and the altitude is 6 units. Points $M$ and $N$ are the midpoints of sides "
     "$AD$ and $BC$, respectively. What is the area of quadrilateral $MNCD$?", "57"),
    ("Rectangle $ABCD$ has $AB = 9$ and $BC = 4$. Point $E$ is on $CD$ with "
     "$\\frac{DE}{DC} = \\frac13$. What is the area of triangle $ADE$?", "6"),
    ("In the figure, triangle $ABC$ has $AB = 5$, $BC = 5$ and $AC = 6$. $D$ is the midpoint "
     "of $AC$. Find $BD$.", "4"),
    # a triangle named by its sign: a right angle at E, half of 60
    ("In $\\triangle DEF$, $DE = 8$, $EF = 15$ and $DF = 17$. $M$ is the midpoint of $DF$. "
     "Find the area of $\\triangle DEM$.", "30"),
    # A(0,0), B(3,0), C(0, 3 sqrt 3): P = (3 sqrt 3 / 7)(sqrt 3, 1)
    ("In the diagram, $\\triangle ABC$ is right-angled at $A$ and has $AB = 3$ and "
     "$AC = 3\\sqrt{3}$. Altitude $AH$ intersects median $CM$ at $P$. What is the length of "
     "$AP$?", "6\\sqrt{3}/7"),
    # Heron: area 15 sqrt 7 / 4
    ("$\\triangle PQR$ has $PQ = 4$, $QR = 5$ and $PR = 6$. Find the distance from $P$ to "
     "$QR$.", "3\\sqrt{7}/2"),
    # the figure's area in brackets; the question's triangle is not the figure
    ("In $\\triangle ABC$, $[ABC] = 48$ and $D$ is the midpoint of $\\overline{BC}$. What is "
     "the area, in square units, of triangle $ABD$?", "24"),
    ("Square $ABCD$ has side length 10. $M$ is the midpoint of $\\overline{CD}$. What is the "
     "number of square units in the area of triangle $ABM$?", "50"),
    ("In rectangle $ABCD$, $AB = 6$ and $BC = 8$. How many units are in the length of "
     "$\\overline{AC}$?", "10"),
    # two sides only: the ratio is the same whatever the angle between them (BD:DC = 3:2,
    # P = 3/8 of the way from A to C; BM meets AC beyond M)
    ("In triangle $ABC$, $AB = 12$ and $AC = 8$. The angle bisector of $\\angle A$ intersects "
     "$BC$ at point $D$, and point $M$ is the midpoint of $AD$. Let $P$ be the point of "
     "intersection of $AC$ and $BM$. Find $CP:PA$.", "5/3"),
    ("In triangle $PQR$, $PQ = 9$ and $PR = 15$. The bisector of angle $P$ meets $QR$ at $S$. "
     "Find $\\frac{QS}{SR}$.", "3/5"),
    # regular polygons: corners on a circle
    ("Regular hexagon $ABCDEF$ has side length 6. What is the area of triangle $ACE$?",
     "27\\sqrt{3}"),
    # a rectangle 2 by 2 sqrt 3
    ("In regular hexagon $ABCDEF$ with side 2, what is the area of quadrilateral $ABDE$?",
     "4\\sqrt{3}"),
    # A(10, 0), M(-7.5, 2.5 sqrt 3)
    ("Regular hexagon ABCDEF has side 10. M is the midpoint of CD. Find AM.", "5\\sqrt{13}"),
    # the golden ratio times the side
    ("In regular pentagon $PQRST$ with side length 2, find the length of diagonal $PR$.",
     "1 + \\sqrt{5}"),
    # a diameter: 2 / sin(22.5 degrees)
    ("Regular octagon $ABCDEFGH$ has side length 2. Find $AE$.", "\\sqrt{16 + 8\\sqrt{2}}"),
    # AE = 4: 6 + 4 + sqrt(52)
    ("Square $ABCD$ has side length 6. Point $E$ is on $AB$ with $AE = 2EB$. Find the "
     "perimeter of triangle $DAE$.", "10 + 2\\sqrt{13}"),
    ("Rectangle $ABCD$ has $AB = 8$ and $BC = 6$. $M$ is the midpoint of $AB$. What is the "
     "perimeter of triangle $MCD$?", "8 + 4\\sqrt{13}"),
    # isosceles right: the legs are equal; the median to the hypotenuse is half of it
    ("In isosceles right triangle $PQR$ with right angle at $Q$, $PQ = 6$. $M$ is the "
     "midpoint of $PR$. Find $QM$.", "3\\sqrt{2}"),
    # corners told by coordinates: M(4, 2)
    ("Triangle $ABC$ has vertices $A(0,0)$, $B(6,0)$ and $C(2,4)$. $M$ is the midpoint of "
     "$BC$. Find the area of triangle $ABM$.", "6"),
    # the centroid (4, 7/3) above the line y = 1
    ("The vertices of triangle $PQR$ are $P(1,1)$, $Q(7,1)$ and $R(4,5)$. $G$ is the "
     "centroid. Find the distance from $G$ to $PQ$.", "4/3"),
    # M(3, 3.5): half of 4 times 3.5
    ("Quadrilateral $ABCD$ has vertices $A(0,0)$, $B(4,0)$, $C(5,3)$ and $D(1,4)$. $M$ is the "
     "midpoint of $CD$. Find the area of triangle $ABM$.", "7"),
    # an area told that agrees with the sides (a 5-12-13 right triangle has area 30)
    ("Triangle $ABC$ has $AB = 5$, $BC = 12$, $CA = 13$ and the area is 30. $M$ is the "
     "midpoint of $CA$. Find the area of triangle $ABM$.", "15"),
    # a right angle told beside three sides that make it
    ("In triangle $ABC$, $AB = 3$, $BC = 4$, $CA = 5$ and $\\angle ABC = 90^\\circ$. $M$ is the "
     "midpoint of $CA$. Find $BM$.", "5/2"),
])
def test_constructions_answered(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # G is never placed
    "Square ABCD has side 4. E is the midpoint of AB. What is the area of triangle DEG?",
    # a trapezoid's leg is not fixed by its bases and height
    "In trapezoid ABCD with AB parallel to CD, AB = 6, CD = 10 and the height is 4. Find AD.",
    # nor is a length in a parallelogram known by nothing
    "In parallelogram ABCD, M is the midpoint of CD. Find AM.",
    # one side of the rectangle only
    "Rectangle ABCD has AB = 8. M is the midpoint of CD. Find the area of triangle ABM.",
    # E would lie beyond B
    "Square ABCD has side 4. E is on AB with AE = 5. Find DE.",
    # ACBD crosses itself
    "Square ABCD has side 6. What is the area of quadrilateral ACBD?",
    # 3 + 4 < 8: no triangle
    "In triangle ABC, AB = 3, BC = 4 and CA = 8. M is the midpoint of BC. Find AM.",
    # two sides only
    "In triangle ABC, AB = 5 and BC = 6. M is the midpoint of BC. Find AM.",
    # opposite sides of a square never meet
    "Square ABCD has side 4. Lines AB and CD meet at P. Find AP.",
    # the right angle's vertex is not told
    "In right triangle ABC, AB = 6 and BC = 8. Find the distance from B to AC.",
    # a word the reader does not know
    "Square ABCD has side 4. E is the midpoint of AB. What is the largest possible area of "
    "triangle DEP?",
    # which sides are parallel is not told
    "In trapezoid ABCD, AB = 6, CD = 10 and the height is 4. E and F are the midpoints of AD "
    "and BC. Find the area of triangle CDE.",
    # a part as long as the whole
    "Rectangle $ABCD$ has $AB = 9$ and $BC = 4$. Point $E$ is on $CD$ with "
    "$\\frac{DE}{DC} = \\frac32$. What is the area of triangle $ADE$?",
    # only one base's length
    "Trapezoid $EFGH$ has base $EF = 10$ and $EFGH$ has area 104. Its diagonals meet at $O$. "
    "What is the area of triangle $EOF$?",
    # two sides: the median depends on the angle between them
    "In triangle $ABC$, $AB = 10$ and $AC = 4$. $M$ is the midpoint of $BC$. Find $AM$.",
    # a hexagon that is not said to be regular
    "Hexagon $ABCDEF$ has side length 4. Find the length of diagonal $AC$.",
    # six letters do not name a pentagon
    "Regular pentagon $ABCDEF$ has side length 4. Find $AC$.",
    # which two sides of an isosceles triangle are equal is not told
    "Isosceles triangle $ABC$ has $AB = 10$ and $BC = 12$. $M$ is the midpoint of $BC$. Find "
    "the area of triangle $ABM$.",
    # three corners on one line make no triangle
    "Triangle $ABC$ has vertices $A(0,0)$, $B(2,0)$ and $C(4,0)$. $M$ is the midpoint of $BC$. "
    "Find $AM$.",
    # ABCD goes round a crossed shape
    "Quadrilateral $ABCD$ has vertices $A(0,0)$, $B(4,4)$, $C(4,0)$ and $D(0,4)$. $M$ is the "
    "midpoint of $CD$. Find the area of triangle $ABM$.",
    # a quadrilateral told by nothing
    "Quadrilateral $ABCD$ has $AB = 4$. $M$ is the midpoint of $CD$. Find $AM$.",
    # facts that disagree with the figure are never set aside
    "Triangle $ABC$ has $AB = 5$, $BC = 12$, $CA = 13$ and the area is 40. $M$ is the midpoint "
    "of $CA$. Find the area of triangle $ABM$.",
    "Square $ABCD$ has side length 4 and area 20. $M$ is the midpoint of $CD$. Find the area of "
    "triangle $ABM$.",
    "Rectangle $ABCD$ has side 5, $AB = 8$ and $BC = 6$. $M$ is the midpoint of $CD$. Find the "
    "area of triangle $ABM$.",
    # a midpoint cuts 1:1, not 1:3
    "Square $ABCD$ has side 4. $E$ is the midpoint of $AB$ and $AE:EB = 1:3$. Find $DE$.",
    # 3, 4, 6 with a right angle at B
    "In triangle $ABC$, $AB = 3$, $BC = 4$, $CA = 6$ and $\\angle ABC = 90^\\circ$. $M$ is the "
    "midpoint of $CA$. Find $BM$.",
])
def test_constructions_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
