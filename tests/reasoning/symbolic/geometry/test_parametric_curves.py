"""A curve given by parametric equations (geometry/parametric_curves.py): its point at one
value of the parameter, and its equation y = f(x) with the parameter eliminated. Our own
curves and wordings; answers by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    (r"A curve is parameterized by $(x,y) = (t^3 + 1, 2t - t^2)$. Find the point the curve "
     r"passes through at $t = 2$.", "(9, 0)"),
    (r"A line is parameterized by $\begin{pmatrix} x \\ y \\ z \end{pmatrix} = "
     r"\begin{pmatrix} 2 \\ -1 \\ 3 \end{pmatrix} + t \begin{pmatrix} 1 \\ 4 \\ -2 "
     r"\end{pmatrix}$. Find the point on the line at $t = 2$.",
     r"\begin{pmatrix} 4 \\ 7 \\ -1 \end{pmatrix}"),
    (r"A path is described by $(x, y) = (2 \cos t, 5 \sin t)$. What is the point on the path "
     r"at $t = \frac{\pi}{3}$?", r"\left(1, \frac{5\sqrt{3}}{2}\right)"),
    # x = 4 - s at s = -1
    (r"A curve is given by $x = 4 - s$, $y = s^2 - 3s$. Find the point on the curve at "
     r"$s = -1$.", "(5, 4)"),
    # t = x - 1
    (r"The parametric curve $(x,y) = (t + 1, t^2)$ is the graph of a function $y = f(x)$. "
     r"Find $f(x)$.", "x^2 - 2x + 1"),
    # t = (x - 1) / 2
    (r"Find the Cartesian equation of the curve $x = 2t + 1$, $y = t^2$. Enter your answer "
     r"in the form $y = ax^2 + bx + c$.", r"y = \frac{x^2}{4} - \frac{x}{2} + \frac{1}{4}"),
    # t = 3 - x: (3 - x)^2 + 4 (3 - x)
    (r"A curve is given by $x = 3 - t$, $y = t^2 + 4t$. The curve can be expressed in the form "
     r"$y = ax^2 + bx + c$. Enter the ordered triple $(a,b,c)$.", "(1, -10, 21)"),
    # t = (x + 2) / 3: y = 2(x + 2)/3 - 1
    (r"A curve is parameterized by $(x,y) = (3t - 2, 2t - 1)$. Find the equation of the "
     r"curve in the form $y = mx + b$.", r"y = \frac{2x}{3} + \frac{1}{3}"),
])
def test_parametric_curves(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # x is not linear in t: two values of t for one x
    r"A curve is parameterized by $(x,y) = (t^2, t^3)$. Find the equation of the curve.",
    # another letter than the parameter
    r"A curve is parameterized by $(x,y) = (t + 1, t^2)$. Find the point the curve passes "
    r"through at $s = 2$.",
    # y = (x - 1)^3 does not fit a quadratic form
    r"A curve is parameterized by $(x,y) = (t + 1, t^3)$. The curve can be expressed in the "
    r"form $y = ax^2 + bx + c$. Enter the ordered triple $(a,b,c)$.",
    # the function named is not the one asked
    r"The parametric curve $(x,y) = (t + 1, t^2)$ is the graph of a function $y = g(x)$. "
    r"Find $f(x)$.",
    # a point at a value of t not told
    r"A curve is parameterized by $(x,y) = (t + 1, t^2)$. Find the point on the curve.",
])
def test_parametric_curve_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
