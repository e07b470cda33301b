"""A figure drawn to its givens, measured (our own figures and wordings): every statement
of the text and every number label must hold on the exact coordinates, up to one common
scale, or the engine declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.diagrams.figure_sentences import read_sentences
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import split_problem


def _fig(body: str) -> str:
    return "[asy]\nunitsize(0.4cm);\n" + body + "\n[/asy]"


def _labels(points: str) -> str:
    return " ".join(f'label("${p}$", {p}, N);' for p in points)


# a right angle at B, AB = 9 and BC = 12; W on the hypotenuse above V on BC, WV = 3
_LADDER = _fig("pair B=(0,0), C=(12,0), A=(0,9), W=(8,3), V=(8,0);"
               "draw(A--B--C--cycle); draw(W--V); draw(rightanglemark(A,B,C,10));"
               + _labels("ABCWV"))
# the same figure drawn at a third of the size
_SMALL = _fig("pair B=(0,0), C=(4,0), A=(0,3), W=(8/3,1), V=(8/3,0);"
              "draw(A--B--C--cycle); draw(W--V);" + _labels("ABCWV"))


@pytest.mark.parametrize("problem", [
    "In triangle $ABC$, $\\angle B = 90^\\circ$, $AB = 9$ and $BC = 12$. Point $W$ is on "
    "$\\overline{AC}$ and point $V$ is on $\\overline{BC}$ with $\\angle WVC = 90^\\circ$. If "
    "$WV = 3$, what is the length of $CW$? " + _LADDER,
    "If $WV = 3$, $AB = 9$ and $BC = 12$, find $CW$. " + _LADDER,
    "Triangle $ABC$ is right-angled at $B$, with $AB = 9$, $BC = 12$. Points $W$ and $V$ lie on "
    "$AC$ and $BC$, respectively, and $\\overline{WV} \\perp \\overline{BC}$, $WV = 3$. "
    "Compute $CW$. " + _SMALL,
])
def test_a_length_measured_on_a_figure_drawn_to_its_givens(problem: str) -> None:
    assert_solved(problem, "5")


def test_the_square_of_a_length_and_a_scale_from_two_labels() -> None:
    figure = _fig("pair B=(0,0), C=(4,0), A=(0,3), W=(8/3,1), V=(8/3,0);"
                  "draw(A--B--C--cycle); draw(W--V);" + _labels("ABCWV")
                  + 'label("$9$", (A+B)/2, W); label("$12$", (B+C)/2, S);')
    assert_solved("Point $W$ is on $\\overline{AC}$ and $WV \\parallel AB$. If $WV = 3$, "
                  "what is $BW^2$? " + figure, "73")


def test_an_area_fixed_by_a_stated_area_and_a_midpoint() -> None:
    figure = _fig("pair A=(0,0), B=(4,0), C=(5,3), D=(1,3), E=(3,3);"
                  "draw(A--B--C--D--cycle); draw(A--E);" + _labels("ABCDE"))
    problem = ("Parallelogram $ABCD$ has an area of $30$ and $E$ is the midpoint of "
               "$\\overline{CD}$. What is the area of triangle $ADE$? " + figure)
    assert_solved(problem, "\\frac{15}{2}")


def test_an_angle_in_a_figure_built_with_directions() -> None:
    figure = _fig("pair P=(0,0), Q=dir(0), R=dir(70), S=Q+dir(-50);"
                  "draw(P--Q--R--cycle); draw(Q--S--R);" + _labels("PQRS"))
    assert_solved("In the figure, $PQ = PR$ and $\\angle QPR = 70^\\circ$. What is the "
                  "degree measure of $\\angle PQR$? " + figure, "55")


def test_two_lines_meeting_at_a_named_crossing() -> None:
    figure = _fig("pair A=(0,0), B=(8,0), C=(8,6), D=(0,6); draw(A--B--C--D--cycle);"
                  "draw(A--C); draw(B--D);" + _labels("ABCD") + 'label("$M$", (4,3), S);')
    assert_solved("Rectangle $ABCD$ has $AB = 16$ and $BC = 12$. Diagonals $AC$ and $BD$ "
                  "intersect at $M$. Find $AM$. " + figure, "10")


@pytest.mark.parametrize("problem", [
    # a stated length the drawing does not keep to (WV = 4 against AB = 9, BC = 12)
    "If $WV = 4$, $AB = 9$ and $BC = 12$, find $CW$. " + _LADDER,
    # a stated angle the drawing does not keep to
    "In triangle $ABC$, $\\angle A = 50^\\circ$ and $AB = 9$. Find $CW$. " + _LADDER,
    # a point said to be a midpoint that is not drawn as one
    "$W$ is the midpoint of $\\overline{AC}$ and $AB = 9$. Find $CW$. " + _LADDER,
    # a clause this reader does not know (a point moving on a circle)
    "Point $W$ moves so that $\\angle AWC$ stays the same. If $AB = 9$, find $CW$. " + _LADDER,
    # nothing fixes the size, and a length is asked
    "Point $W$ is on $\\overline{AC}$. Find $CW$. " + _LADDER,
    # rounded coordinates
    "If $AB = 2$, find $BC$. " + _fig("pair A=(0,0), B=(2,0), C=(1,1.732);"
                                      "draw(A--B--C--cycle);" + _labels("ABC")),
    # a number label that disagrees with the stated length
    "If $AB = 9$, find $CW$. " + _fig("pair B=(0,0), C=(12,0), A=(0,9), W=(8,3), V=(8,0);"
                                      "draw(A--B--C--cycle); draw(W--V);" + _labels("ABCWV")
                                      + 'label("$10$", (B+C)/2, S);'),
])
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_sentences_become_statements() -> None:
    text = ("In square $KLMN$, points $P$ and $Q$ lie on $\\overline{KL}$ and $\\overline{LM}$, "
            "respectively, and $R$ is the midpoint of $MN$. Segment $PR$ is perpendicular to "
            "segment $KN$, and $KP = 2$. What is the area of triangle $PQR$?")
    split = split_problem(text)
    found = read_sentences(split, split.template)
    kinds = sorted(f.kind for f in found.facts)
    assert kinds == ["midpoint", "on", "on", "perpendicular", "shape", "shape"]
    assert found.question is not None and found.question.kind == "area"
    assert found.question.target == "PQR"


@pytest.mark.parametrize("text", [
    "Suppose $ABCD$ is folded along $AC$. What is $BD$?",           # an action not read
    "In triangle $ABC$, $AB = 7$ and the other side is 3. Find $BC$.",  # a number in words
    "Points $D$ and $E$ are on $AB$ and $BC$ and $AC$. Find $DE$.",  # which point is where
])
def test_sentences_not_read_decline(text: str) -> None:
    split = split_problem(text)
    with pytest.raises(Decline):
        read_sentences(split, split.template)


def test_the_measure_step_shows_the_distance_formula_on_the_coordinates() -> None:
    sol = solve_now("If $WV = 3$, $AB = 9$ and $BC = 12$, find $CW$. " + _LADDER)
    measure = sol.steps[-1]
    assert measure.latex == "CW = \\sqrt{(12 - 8)^2 + (0 - 3)^2} = 5", measure.latex
    assert "$C = (12, 0)$ and $W = (8, 3)$" in measure.text
