"""Which kind of curve a polar equation or a moving point traces, the letter of the option
asked: phrasings, curves and an order of the options of our own (kinds worked out by
hand), each confirmed on a second set of points; and a curve that is no conic declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

_OPTIONS = ("\n\n(A) Hyperbola\n(B) Parabola\n(C) Line\n(D) Ellipse\n(E) Circle\n\n"
            "Which option is correct? Enter its letter.")
_NOTE = "\n\nNote: $e$ is a mathematical constant that is approximately $2.71828.$"
CURVES = [
    # eccentricity 1: a parabola (2r + 2r sin = 4 -> r = 2 - y -> x^2 = 4 - 4y)
    (r"What kind of curve is defined by the equation $r = \frac{4}{2 + 2 \sin \theta}$?"
     + _OPTIONS, "(B)"),
    # r^2 = -6 r cos: x^2 + 6x + y^2 = 0, centre (-3, 0)
    (r"The equation $r = -6 \cos \theta$ is the equation of what kind of curve?" + _OPTIONS,
     "(E)"),
    # t = (x + 1)/3 and y = t^2 + 2t: y is quadratic in x, a parabola
    (r"All the points $(x,y) = (3t - 1, t^2 + 2t)$, for real numbers $t$, lie on what kind "
     "of curve?" + _OPTIONS, "(B)"),
    # ((x - 1)/4)^2 + y^2 = 1
    (r"All the points $(x,y) = \left( 4 \sin t + 1, \cos t \right)$, for real numbers $t$, "
     "lie on what kind of curve?" + _OPTIONS, "(D)"),
    # a ray and its opposite: the line through the origin at 120 degrees
    (r"What kind of curve is defined by the equation $\theta = \frac{2\pi}{3}$?" + _OPTIONS,
     "(C)"),
    # (x - 1)^2 - y^2 = (e^t + e^-t)^2 - (e^t - e^-t)^2 = 4
    (r"All the points $(x,y) = \left( e^t + e^{-t} + 1, e^t - e^{-t} \right)$, for real "
     "numbers $t$, lie on what kind of curve?" + _OPTIONS + _NOTE, "(A)"),
]


@pytest.mark.parametrize(("problem", "answer"), CURVES)
def test_the_kind_of_curve_a_point_traces(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_curve_that_is_no_conic_declines() -> None:  # a spiral
    assert solve_now(r"What kind of curve is defined by the equation $r = 1 + \theta$?"
                     + _OPTIONS).answer is None
