"""Segments and angles cut into equal parts, and points on one line told by their order and
relations (geometry/divided_spans.py, line_positions.py, span_tokens.py). Our own problems;
answers worked by hand."""

from __future__ import annotations

import pytest
import sympy as sp

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.geometry.line_positions import Line, solve
from tutor.reasoning.symbolic.model import Decline


@pytest.mark.parametrize(("problem", "answer"), [
    # A, P, Q, B: AQ = 2/3 of 27
    ("Points $P$ and $Q$ trisect $\\overline{AB}$, and $AB = 27$. What is $AQ$?", "18"),
    ("Points P and Q trisect segment AB, and AB = 27. What is the length of AP?", "9"),
    ("Points M and N trisect segment XY with XM = 5. What is XY?", "15"),
    # N at 3/4 of XY
    ("$M$ is the midpoint of $\\overline{XY}$ and $N$ is the midpoint of $\\overline{MY}$. If "
     "$XN = 12$, find $XY$.", "16"),
    ("Point C is the midpoint of segment AB, and point D is the midpoint of segment AC. If "
     "DC = 3, what is AB?", "12"),
    ("Points $C$, $D$ and $E$ divide $\\overline{AF}$ into four equal parts. If $AF = 36$, "
     "what is $CE$?", "18"),
    ("Segment $RS$ is trisected by points $T$ and $U$. If $TU = 7$ cm, how long is $RS$?", "21"),
    # a trisection point 2/3 along, the midpoint 1/2: MC = AD / 6
    ("Points $B$ and $C$ trisect $\\overline{AD}$ and $M$ is the midpoint of $\\overline{AD}$. "
     "If $MC = 8$, what is $AD$?", "48"),
    ("$M$ is the midpoint of $\\overline{AB}$. What is the ratio of $AM$ to $AB$? Express your "
     "answer as a common fraction.", "\\frac{1}{2}"),
    ("Points $E$ and $F$ trisect $\\overline{GH}$. Find $\\frac{GE}{GF}$.", "\\frac{1}{2}"),
    ("The midpoint of $\\overline{KL}$ is $J$, and $KJ = 4.5$. What is $KL$?", "9"),
    ("Points A, B, C and D lie on a line in that order, with AB = BC = CD. If AD = 12, what is "
     "BD?", "8"),
    ("Points $A$, $B$, $C$, $D$ lie on a line in that order so that $AB = BC = CD$ and "
     "$AD = 18$. Find $AC$.", "12"),
    ("Point $C$ is on $\\overline{AB}$ with $AC = 2CB$. If $AB = 15$, what is $AC$?", "10"),
    ("Points A, B, C are collinear with B between A and C. If AB = 7 and BC = 5, what is AC?",
     "12"),
    ("$A$, $B$, $C$ and $D$ are collinear in that order, $AB = 3$, $BC = 4$ and $AD = 12$. "
     "What is $CD$?", "5"),
    # angles
    ("Ray BD bisects angle ABC. If angle ABC is 72 degrees, what is the measure of angle ABD?",
     "36"),
    ("Rays $BP$ and $BQ$ trisect $\\angle ABC$, which measures $81^\\circ$. What is the measure "
     "of $\\angle PBQ$?", "27"),
    # Z at 1/2, Y at 2/3 of KOL: ZOY = 1/6, KOY = 2/3
    ("$OX$ and $OY$ trisect $\\angle KOL$. $OZ$ bisects $\\angle XOY$. Find the ratio of the "
     "measure of $\\angle ZOY$ to the measure of $\\angle KOY$.", "\\frac{1}{4}"),
    # G at 1/2, H at 3/4
    ("$\\angle DEF$ is bisected by $EG$, and $EH$ bisects $\\angle GEF$. If $m\\angle DEF = "
     "64^\\circ$, what is the measure of $\\angle DEH$?", "48"),
    ("$QS$ is the bisector of $\\angle PQR$ and $\\angle PQS = 35^\\circ$. What is the measure "
     "of $\\angle PQR$?", "70"),
    ("Rays $OA$, $OB$, $OC$ divide $\\angle POQ$ into four equal angles. If $\\angle POQ = "
     "100^\\circ$, find $\\angle AOQ$.", "75"),
    # unknowns in the measures: 3x = 2x + 10
    ("If $BD$ bisects $\\angle ABC$ and $m\\angle ABD = 3x$ and $m\\angle DBC = 2x + 10$, what "
     "is $x$?", "10"),
    ("$M$ is the midpoint of $\\overline{AB}$, $AM = 2x + 1$ and $MB = 9$. What is $AB$?", "18"),
    ("Point $B$ is between $A$ and $C$. If $AB = 3x$, $BC = x + 4$ and $AC = 20$, find $x$.",
     "4"),
    # 4x - 6 = 2x + 18: x = 12, each half 42
    ("Ray $OQ$ bisects $\\angle POR$. If $\\angle POQ = 4x - 6$ and $\\angle QOR = 2x + 18$, "
     "find $\\angle POR$.", "84"),
    ("Points $P$ and $Q$ trisect $\\overline{AB}$, $AP = x + 2$ and $QB = 3x - 6$. What is "
     "$AB$?", "18"),
    ("Points $A$, $B$, $C$, and $D$ lie on a line in that order. $AC = 10$, $BD = 12$ and "
     "$AD = 17$. What is $BC$?", "5"),
    ("Rays $OB$ and $OC$ trisect $\\angle AOD$. If $\\angle BOD = 50^\\circ$, what is "
     "$\\angle AOD$?", "75"),
    # a chain named the other way round (BC, with C before B): D at 3/4 of AB
    ("Segment $AB$ has midpoint $C$, and segment $BC$ has midpoint $D$. If $AB = 16$, find "
     "$AD$.", "12"),
    ("Line segment $AB$ is divided into three equal parts by points $C$ and $D$. If $AB = 12$, "
     "what is $AD$?", "8"),
    # AB + CD = 16: MN = 8 + 4
    ("Points A, B, C and D lie on a line in that order. M is the midpoint of AB and N is the "
     "midpoint of CD. If AD = 20 and BC = 4, what is MN?", "12"),
    ("B is between A and C, and C is between B and D. AB = 2, BC = 3 and CD = 4. Find AD.", "9"),
    ("Points $X$ and $Y$ divide $\\overline{UV}$ into three congruent segments, and $UV = 4.5$. "
     "Find $XV$.", "3"),
    # P at 3/4 of KL
    ("$N$ is the midpoint of $\\overline{KL}$ and $P$ is the midpoint of $\\overline{NL}$. What "
     "is the ratio of $KP$ to $PL$?", "3"),
    ("Ray $SU$ bisects $\\angle RST$ and $\\angle RSU = 2y + 7$ while $\\angle UST = 45^\\circ$. "
     "Find $y$.", "19"),
])
def test_a_span_cut_or_ordered(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a drawing the text does not carry: the order of the rays may be another
    "In the diagram, $BP$ and $BQ$ trisect $\\angle ABC$. If $\\angle ABC = 60^\\circ$, what "
    "is $\\angle ABQ$?",
    # a letter the facts do not place
    "Points $P$ and $Q$ trisect $\\overline{AB}$, and $AB = 27$. What is $PC$?",
    # facts that disagree (AP would be 9)
    "Points $P$ and $Q$ trisect $\\overline{AB}$, $AB = 27$ and $AP = 10$. What is $AQ$?",
    # no angle of a figure is 240 degrees
    "Rays $BP$ and $BQ$ trisect $\\angle ABC$, which measures $240^\\circ$. What is the "
    "measure of $\\angle PBQ$?",
    # on the segment, but nowhere in particular
    "Points $P$ and $Q$ lie on $\\overline{AB}$ and $AB = 27$. What is $PQ$?",
    # three points make four parts, not three
    "Points $P$, $Q$ and $R$ trisect $\\overline{AB}$, and $AB = 27$. What is $AQ$?",
    # C is not on the line told
    "$M$ is the midpoint of $\\overline{AB}$ and $AB = 10$. $AC = 4$. What is $MC$?",
    # two vertices
    "$BD$ bisects $\\angle ABC$ and $\\angle DEF = 30^\\circ$. What is $\\angle ABD$?",
    # a word the reader does not know
    "Points $P$ and $Q$ trisect $\\overline{AB}$ and $AB = 27$. What is the smallest possible "
    "value of $AQ$?",
    # collinear, but the order is not told: AC is 12 or 2
    "Points A, B, C are collinear. If AB = 7 and BC = 5, what is AC?",
    # on line AB (not the segment): C may lie beyond B
    "Point $C$ is on line $AB$ with $AC = 2CB$. If $AB = 15$, what is $AC$?",
    # the same expression twice fixes nothing
    "$M$ is the midpoint of $\\overline{AB}$, $AM = 2x + 1$ and $MB = 2x + 1$. What is $x$?",
    # x = -2 makes AB negative
    "Point $B$ is between $A$ and $C$. If $AB = 3x$, $BC = x + 4$ and $AC = 2x$, find $x$.",
    # C may lie on either side of B: MN is 8 or 2
    "M is the midpoint of AB and N is the midpoint of BC. If AB = 10 and BC = 6, what is MN?",
])
def test_a_span_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_positions_that_contradict_decline() -> None:
    # A, B, C in order with AB = 5 and AC = 3: C cannot come after B
    line = Line(angles=False, chains=[["A", "B", "C"]],
                relations=[([(sp.Integer(1), ("A", "B"))], [(sp.Integer(5), None)]),
                           ([(sp.Integer(1), ("A", "C"))], [(sp.Integer(3), None)])])
    with pytest.raises(Decline):
        solve(line, [("B", "C")], ratio=False)


def test_a_ratio_with_the_scale_free() -> None:
    line = Line(angles=False, chains=[["A", "P", "Q", "B"]], equal_parts=[["A", "P", "Q", "B"]])
    answer, steps = solve(line, [("A", "Q"), ("P", "B")], ratio=True)
    assert answer == 1 and steps
