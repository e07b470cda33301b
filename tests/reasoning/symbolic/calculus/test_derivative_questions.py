"""Derivatives asked in primed or Leibniz notation (`calculus.derivative_words`) and the
questions about them (`calculus.derivative_questions`): the second derivative, its value at
a point, the tangent line's slope and equation, critical points. Our own functions, worked by
hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.calculus.derivative_words import as_tex
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("Find dy/dx if y = 4x^3 - x", "12x^2 - 1"),
    ("If y = x^2 + 5x, find dy/dx.", "2x + 5"),
    ("Given g(t) = t^3 + t, find g'(t).", "3t^2 + 1"),
    ("Find f''(x) if f(x) = x^5.", "20x^3"),
    # f'(x) = 2x - 4, at 3: 2
    ("If f(x) = x^2 - 4x, what is f'(3)?", "2"),
    ("Let h(x) = x^3. Find h'(-2).", "12"),
    ("Find the second derivative of x^3 + x^2.", "6x + 2"),
    ("Find the derivative of x^2 - 3x at x = 4.", "5"),
    ("What is the slope of the tangent line to y = x^3 - x at x = 2?", "11"),
    # slope 4 at (2, 4): y = 4x - 4
    ("Find the equation of the tangent line to y = x^2 at the point (2, 4).", "y = 4x - 4"),
    # slope 3 at (1, 2): y = 3x - 1
    ("Find the equation of the tangent line to y = x^3 + 1 at x = 1.", "y = 3x - 1"),
    # f' = 3x^2 - 27 = 0 at -3, 3
    ("Find the critical points of f(x) = x^3 - 27x.", "-3, 3"),
    # the slope, gradient or rate of change of the curve itself at a point: 3x^2 - 4 at 2
    ("what is the slope of y = x^3 - 4x at x = 2", "8"),
    ("find the gradient of the curve y = x^2 + x at x = -1", "-1"),
    ("What is the instantaneous rate of change of g(t) = t^3 at t = 2?", "12"),
])
def test_derivative_questions(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("said", "written"), [
    ("Find dy/dx if y = 2x", "Find the derivative of $2x$."),
    ("If f(x) = x^4, what is f'(1)?", "Find the derivative of $x^{4}$ at $x = 1$."),
    ("Find g'(x) if f(x) = x^2.", "Find g'(x) if f(x) = x^2."),  # another function's name
    ("Find dy/dt if y = x^2.", "Find dy/dt if y = x^2."),  # another letter
    ("If f(x) = ax^2, find f'(x).", "If f(x) = ax^2, find f'(x)."),  # a parameter
])
def test_the_notation_read(said: str, written: str) -> None:
    assert as_tex(said) == written


@pytest.mark.parametrize("problem", [
    # the point told is not on the curve
    "Find the equation of the tangent line to y = x^2 at the point (2, 5).",
    # no critical point: 3x^2 + 1 is never 0
    "Find the critical points of f(x) = x^3 + x.",
    # the derivative does not exist at 0
    "Find the derivative of sqrt(x) at x = 0.",
    # an average rate of change is over an interval, not at a point
    "What is the average rate of change of f(x) = x^2 at x = 3?",
    # a line in two letters: no curve y = f(x) to differentiate
    "What is the slope of 2x + 3y = 6 at x = 1?",
])
def test_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
