"""Which kind of curve a polar equation or a moving point traces, the letter of the option
asked: phrasings and curves of our own (kinds worked out by hand), each confirmed on a
second set of points; and a curve that is no conic declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

_OPTIONS = ("(A) Line\n(B) Circle\n(C) Parabola\n(D) Ellipse\n(E) Hyperbola\n\n"
            "Enter the letter of the correct option.")
CURVES = [
    # eccentricity 1: a parabola (r + r cos = 2 -> r = 2 - x -> y^2 = 4 - 4x)
    (r"Find the curve defined by the equation \[r = \frac{2}{1 + \cos \theta}.\]" + _OPTIONS,
     "(C)"),
    # r^2 = 4 r sin: x^2 + y^2 = 4y
    (r"Find the curve defined by the equation \[r = 4 \sin \theta.\]" + _OPTIONS, "(B)"),
    # x = t^2 + 1 with t = (y + 3)/2: a parabola
    (r"For real numbers $t,$ the point \[(x,y) = (t^2 + 1, 2t - 3)\]is plotted.  All the "
     "plotted points lie on what kind of curve?\n\n" + _OPTIONS, "(C)"),
    # (x/2)^2 + (y/3)^2 = 1
    (r"For real numbers $t,$ the point \[(x,y) = \left( 2\cos t, 3 \sin t \right)\]is "
     "plotted.  All the plotted points lie on what kind of curve?\n\n" + _OPTIONS, "(D)"),
    # a ray and its opposite: the line y = x
    (r"Find the curve defined by the equation \[\theta = \frac{\pi}{4}.\]" + _OPTIONS, "(A)"),
    # y^2 - x^2 = 4
    (r"For real numbers $t,$ the point \[(x,y) = \left( e^t - e^{-t}, e^t + e^{-t} \right)\]"
     "is plotted.  All the plotted points lie on what kind of curve?\n\n" + _OPTIONS
     + "\n\nNote: $e$ is a mathematical constant that is approximately $2.71828.$", "(E)"),
]


@pytest.mark.parametrize(("problem", "answer"), CURVES)
def test_the_kind_of_curve_a_point_traces(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_curve_that_is_no_conic_declines() -> None:
    assert solve_now(r"Find the curve defined by the equation \[r = \theta.\]"
                     + _OPTIONS).answer is None
