"""Which type of conic section an equation in x and y describes (`algebra.conic_kinds`,
`algebra.conic_shapes`). Our own equations; each kind worked by hand (completing squares,
B^2 - 4AC, the distance between two foci against the sum or difference told)."""

from __future__ import annotations

import pytest
import sympy as sp

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.algebra.conic_shapes import X, Y, kind
from tutor.reasoning.symbolic.engine import solve_now

_LETTERS = (' Enter "C" for circle, "P" for parabola, "E" for ellipse, "H" for hyperbola, and '
            '"N" for none of the above.')


@pytest.mark.parametrize(("p", "name"), [
    (X**2 + Y**2 - 10 * X + 9, "circle"),            # (x - 5)^2 + y^2 = 16
    (9 * X**2 + Y**2 - 36, "ellipse"),
    (X**2 - 2 * X * Y + Y**2 - Y, "parabola"),        # (x - y)^2 = y, B^2 = 4AC
    (X * Y - X + 2, "hyperbola"),                     # B^2 - 4AC = 1
    (X**2 + 3 * Y**2 + 7, "none"),                    # no real point
    (X**2 - 4 * Y**2, "none"),                        # two crossing lines
    (X**2 - 6 * X + 9, "none"),                       # (x - 3)^2 = 0: one line
    (X**2 + Y**2 - 4 * X + 4, "none"),                # (x - 2)^2 + y^2 = 0: one point
])
def test_kind_of_quadratic(p: sp.Expr, name: str) -> None:
    assert kind(p) == name


@pytest.mark.parametrize(("problem", "answer"), [
    # (x + 1)^2 + 9(y - 1)^2 = 9
    ("Which type of conic section is described by the equation $x^2 + 9y^2 + 2x - 18y = "
     "-1$?" + _LETTERS, "\\text{(E)}"),
    # x = y^2 - 4y: a parabola opening right
    ("What type of conic section is given by x = y^2 - 4y + 7? Enter C for circle, P for "
     "parabola, E for ellipse, H for hyperbola, or N for none of the above.", "\\text{(P)}"),
    # 5x^2 + 5y^2 = 20 + 10y: x^2 + (y - 1)^2 = 5
    ("Which type of conic section is described by the equation \\[5x^2 + 5y^2 = 20 + "
     "10y?\\]" + _LETTERS, "\\text{(C)}"),
    # (y + 2)^2 - (x - 1)^2 = 6
    ("Which type of conic section is described by the equation $(y+2)^2 = (x-1)^2 + 6$?"
     + _LETTERS, "\\text{(H)}"),
    # (x - 4)^2 + 2(y + 1)^2 = -3: no real point
    ("Which type of conic section is described by the equation $x^2 + 2y^2 - 8x + 4y + 21 = "
     "0$?" + _LETTERS, "\\text{(N)}"),
    # (x - 3y)(x + 3y) = 0: two lines
    ("Which kind of conic section is described by the equation $x^2 = 9y^2$?" + _LETTERS,
     "\\text{(N)}"),
    # foci (2, 0) and (-2, 3) are 5 apart; 9 > 5
    ("Which type of conic section is described by the equation \\[\\sqrt{(x-2)^2 + y^2} + "
     "\\sqrt{(x+2)^2 + (y-3)^2} = 9?\\]" + _LETTERS, "\\text{(E)}"),
    # foci 5 apart; the sum 5 is the segment between them
    ("Which type of conic section is described by the equation \\[\\sqrt{(x-2)^2 + y^2} + "
     "\\sqrt{(x+2)^2 + (y-3)^2} = 5?\\]" + _LETTERS, "\\text{(N)}"),
    # foci (0, 5) and (0, -5) are 10 apart; 0 < 8 < 10
    ("Which type of conic section is described by the equation $\\sqrt{x^2 + (y-5)^2} - "
     "\\sqrt{x^2 + (y+5)^2} = -8$?" + _LETTERS, "\\text{(H)}"),
    # the difference 12 is more than the distance 10: nothing
    ("Which type of conic section is described by the equation $\\sqrt{x^2 + (y-5)^2} - "
     "\\sqrt{x^2 + (y+5)^2} = 12$?" + _LETTERS, "\\text{(N)}"),
    # distance to (2, 1) equals distance to the line y = -3
    ("Which type of conic section is described by the equation $\\sqrt{(x-2)^2 + (y-1)^2} "
     "= |y + 3|$?" + _LETTERS, "\\text{(P)}"),
    # distance to (0, 1) is half the distance to the line x = 4: eccentricity 1/2
    ("Which type of conic section is described by the equation $2\\sqrt{x^2 + (y-1)^2} = "
     "|x - 4|$?" + _LETTERS, "\\text{(E)}"),
    # distance to (1, 0) is twice the distance to the line x = -1: eccentricity 2
    ("Which type of conic section is described by the equation $\\sqrt{(x-1)^2 + y^2} = "
     "2|x + 1|$?" + _LETTERS, "\\text{(H)}"),
    ("what kind of conic is x^2 + 4y^2 = 16, answer c p e h or n", "\\text{(E)}"),
    # no letters offered: the kind's name
    ("Identify the conic section given by $2x^2 + 2y^2 + 12y = 0$.", "circle"),
    ("What type of conic section does the equation $y^2 - 4x^2 - 4y = 0$ represent?",
     "hyperbola"),
    ("Is the graph of $x = 3y^2 - y$ a circle, a parabola, an ellipse, or a hyperbola?",
     "parabola"),
    ("is 4x^2 + y^2 = 4 a circle, parabola, ellipse or hyperbola", "ellipse"),
])
def test_conic_types(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a letter in a coefficient
    "Which type of conic section is described by the equation $ax^2 + 4y^2 = 1$?" + _LETTERS,
    # a cubic is not read as a conic
    "Which type of conic section is described by the equation $y = x^3 - x$?" + _LETTERS,
    # two roots on the two sides: squaring could add points
    "Which type of conic section is described by the equation $\\sqrt{x^2 + y^2} = "
    "\\sqrt{(x-4)^2 + 1}$?" + _LETTERS,
    # another quantity asked
    "Which type of conic section is described by the equation $x^2 + 9y^2 = 9$, and what are "
    "its foci?" + _LETTERS,
    # no real point, and no letter offered for "none of these"
    "What conic section is the graph of $x^2 + 2y^2 + 3 = 0$?",
    # the letters offered leave out N
    "Which conic section is $x^2 + y^2 = -1$? Enter C for circle, P for parabola, E for "
    "ellipse or H for hyperbola.",
])
def test_not_settled_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
