"""A figure's measures told in an unknown, and the unknown asked (`geometry.figure_unknowns`
through `figure_questions`). Our own problems; answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # (x + 5)(x - 1) = 27: x = 4 or x = -8, and -8 makes the sides negative
    (r"A rectangle has length $x + 5$ and width $x - 1$. If its area is $27$, what is $x$?", "4"),
    # 2(2x + x + 1) = 32
    (r"The length of a rectangle is $2x$ and its width is $x + 1$. The perimeter is $32$. "
     r"Find $x$.", "5"),
    # (2y + 1)^2 = 49: 2y + 1 = 7
    (r"A square has side length $2y + 1$ and area 49. What is $y$, if $y > 0$?", "3"),
    # (x + 2)(2x)/2 = 24: x = 4 (x = -6 gives a negative base)
    (r"The base of a triangle is $x + 2$ and its height is $2x$. Its area is 24. What is $x$, "
     r"given that $x$ is positive?", "4"),
    # 4(3a - 2) = 28
    (r"The side of a square is $3a - 2$ and its perimeter is 28. What is $a$?", "3"),
    # pi (r + 1)^2 = 16 pi
    (r"A circle has radius $r + 1$ and area $16\pi$. Find $r$.", "3"),
])
def test_the_unknown_in_a_figures_measures(problem: str, answer: str) -> None:
    solution = assert_solved(problem, answer)
    assert solution.steps[-1].latex, "the value is put back into the figure's formula"


@pytest.mark.parametrize("problem", [
    # nothing told but the sides: the unknown is free
    r"A rectangle has length $x + 5$ and width $x - 1$. What is $x$?",
    # the letter asked is in no measure
    r"A rectangle has length 5 and width 3. What is $x$?",
    # x(12 - x) = 32: x = 4 and x = 8 both give a rectangle
    r"A rectangle has length $x$ and width $12 - x$. Its area is 32. What is $x$?",
    # a second letter
    r"A rectangle has length $x + y$ and width $x$. Its area is 20. What is $x$?",
])
def test_an_unknown_the_figure_does_not_fix_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # "of dimensions A by B", "We have ...", "such that its area is": the usual measures
    (r"We have a rectangle of dimensions $y + 3$ by $y - 2$ such that its area is $14$. What "
     r"is the value of $y$?", "4"),
    (r"Consider a rectangle with dimensions $2t$ by $t + 1$ so that its area is $24$. Find $t$.",
     "3"),
    # two measures said equal: 4s = s^2 at s = 4 (s = 0 is no square)
    (r"The area and the perimeter of a square of side $q$ are equal. What is $q$?", "4"),
    (r"A square's area and perimeter are numerically equal. What is its side length?", "4"),
    # L * 4 = 2L + 8
    (r"A rectangle has width 4 and its area is equal to its perimeter. What is its length?",
     "4"),
    # 3x(x + 1) = 2(4x + 1): 3x^2 - 5x - 2 = 0, x = 2 (x = -1/3 gives a negative side)
    (r"A rectangle with length $3x$ cm and width $x + 1$ cm has area and perimeter of equal "
     r"value. What is $x$?", "2"),
    # pi r^2 = 2 pi r
    (r"A circle has radius $k$, and its area is numerically equal to its circumference. Find "
     r"$k$.", "2"),
])
def test_measures_told_in_other_words_and_measures_said_equal(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 2L = 2L + 4 has no solution
    r"A rectangle has width 2 and its area is equal to its perimeter. What is its length?",
    # a rectangle's two sides are free: area = perimeter does not fix its length
    r"A rectangle's area and perimeter are equal. What is its length?",
    # a circle has no perimeter in this reading
    r"A circle has radius $k$ and its area and perimeter are equal. Find $k$.",
])
def test_equal_measures_that_fix_nothing_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
