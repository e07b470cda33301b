"""A labelled triangle with one segment from a corner to the opposite side, restated in
words for the triangle solver (`diagrams.triangle_givens`)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _fig(points: str, drawn: str, labels: str) -> str:
    names = "".join(f'label("${n}$",{n},N);' for n in "PQRS")
    return f"[asy]\nunitsize(0.4cm);\npair {points};\n{drawn}\n{names}\n{labels}\n[/asy]"


# P at the top, Q and R on the base; S on QR, drawn nowhere near where a bisector would cut
_POINTS = "Q=(0,0), R=(10,0), P=(3,6), S=(6.5,0)"
_SIDES = "draw(P--Q--R--cycle); draw(P--S);"


def test_a_piece_of_the_cut_side_by_the_angle_bisector() -> None:
    figure = _fig(_POINTS, _SIDES, 'label("$12$",(P+Q)/2,W); label("$18$",(P+R)/2,NE);'
                                   'label("$8$",(Q+S)/2,S);')
    # QS / SR = PQ / PR: SR = 8 * 18 / 12
    assert_solved(f"Find $SR$ in the diagram if $PS$ bisects $\\angle QPR$. {figure}", "12")


def test_the_pieces_drawn_separately_and_the_question_first() -> None:
    figure = _fig(_POINTS, "draw(P--Q--S--R--P); draw(P--S);",
                  'label("$9$",(P+Q)/2,W); label("$15$",(P+R)/2,NE); label("$6$",(S+R)/2,S);')
    assert_solved(f"Segment $PS$ bisects angle $QPR$. What is $QS$? {figure}", "\\frac{18}{5}")


def test_an_area_ratio_with_the_whole_side_labelled() -> None:
    figure = _fig(_POINTS, _SIDES, 'label("$20$",(Q+R)/2,S); label("$14$",(P+Q)/2,W);'
                                   'label("$21$",(P+R)/2,NE);')
    assert_solved("If $PS$ bisects $\\angle QPR$, what is the ratio of the area of triangle "
                  f"$PQS$ to the area of triangle $PRS$? {figure}", "\\frac{2}{3}")


def test_a_letter_on_a_piece_and_a_median() -> None:
    figure = _fig("Q=(0,0), R=(8,0), P=(3,5), S=(4,0)", _SIDES,
                  'label("$6$",(P+Q)/2,W); label("$8$",(P+R)/2,NE); label("$x$",(Q+S)/2,S);'
                  'label("$5$",(P+S)/2,E);')
    # a median of 5 to the side between 6 and 8: 4 * 25 = 2 * 36 + 2 * 64 - QR^2, QR = 10
    assert_solved(f"$S$ is the midpoint of $\\overline{{QR}}$. What is $x$? {figure}", "5")


@pytest.mark.parametrize("problem", [
    # the words do not say what PS is
    "Find $SR$. " + _fig(_POINTS, _SIDES, 'label("$12$",(P+Q)/2,W); label("$18$",(P+R)/2,NE);'
                                          'label("$8$",(Q+S)/2,S);'),
    # a number set between the middle of QR and the middle of QS: which one it labels is
    # not clear
    "If $PS$ bisects $\\angle QPR$, find $SR$. " + _fig(
        _POINTS, _SIDES, 'label("$12$",(P+Q)/2,W); label("$18$",(P+R)/2,NE);'
                         'label("$8$",(4.2,0),S);'),
    # an angle label at the corner the segment splits
    "If $PS$ bisects $\\angle QPR$, find $SR$. " + _fig(
        _POINTS, _SIDES, 'label("$12$",(P+Q)/2,W); label("$8$",(Q+S)/2,S);'
                         'label("$50^\\circ$",P,3*S);'),
    # a fifth point and another segment: more than one cevian
    "If $PS$ bisects $\\angle QPR$, find $SR$. " + _fig(
        _POINTS + ", T=(5,3)", _SIDES + " draw(S--T);",
        'label("$T$",T,E); label("$12$",(P+Q)/2,W); label("$18$",(P+R)/2,NE);'
        'label("$8$",(Q+S)/2,S);'),
])
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
