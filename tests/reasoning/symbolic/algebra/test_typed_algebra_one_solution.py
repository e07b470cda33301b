"""The constant for which a quadratic has exactly one solution (`algebra.one_solution`), in
phrasings of our own; near misses decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # n^2 = 4 * 4 * 25 = 400
    (r"For which positive $n$ does $4y^2 + ny + 25 = 0$ have exactly one solution in $y$?",
     "20"),
    # (c - 3)^2 = 36: c = 9 or -3
    (r"What is the sum of all values of $c$ for which $y^2 + cy - 3y + 9 = 0$ has exactly one "
     r"solution for $y$?", "6"),
    # y^2 + 2y - 8 = ky - 17 -> y^2 + (2 - k)y + 9: (2 - k)^2 = 36 -> k = -4 or 8
    (r"Find all values of $k$ for which $(y - 2)(y + 4) = ky - 17$ has exactly one real "
     r"solution in $y$.", "-4, 8"),
    # 64 - 8c = 0 -> c = 8; x = 8 / 16
    (r"If $cx^2 - 8x + 2 = 0$ has only one solution and $c$ is a nonzero constant, find this "
     r"solution.", r"\frac{1}{2}"),
    # 16s^2 - 12s = 0 -> s = 0 or 3/4; positive: 3/4
    (r"For which positive $s$ does the quadratic $y^2 - 4sy + 3s$ have exactly one real root "
     r"in $y$?", r"\frac{3}{4}"),
    # the quadratic as a function's formula: n^2 = 4 * 36, n = 12 (positive)
    (r"Find the positive value of $n$ for which $p(x) = x^2 + nx + 36$ has exactly one real "
     r"root.", "12"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_one_solution_constants(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # a = 0 also gives one solution (a linear equation): the question expects one value
    r"Find the value of $a$ for which $ax^2 + 4x + 1 = 0$ has exactly one solution.",
    # a word no reader knows ("the largest value" is read by quadratic_conditions: 4)
    r"Find the largest prime value of $k$ such that $x^2 + kx + 4 = 0$ has exactly one "
    r"solution.",
    # a function of another variable: x is not its variable
    r"Find the positive value of $n$ for which $p(t) = x^2 + nx + 36$ has exactly one real "
    r"root.",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_unclear_one_solution_questions_are_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("ask", "answer"), [
    ("Give that solution.", "\\frac{1}{3}"),          # 9t^2 - 6t + 1 = (3t - 1)^2: t = 1/3
    ("What is the root then?", "\\frac{1}{3}"),
    ("Find the value of $b$.", "9"),
])
def test_the_solution_is_never_answered_with_the_constant(ask: str, answer: str) -> None:
    # Once 8 (the constant) was given for "find that solution".
    sol = solve_now(f"The constant $b$ is nonzero and $bt^2 - 6t + 1 = 0$ has exactly one "
                    f"solution in $t$. {ask}")
    assert sol.answer is None or sol.answer.replace(" ", "") == answer


@pytest.mark.parametrize(("problem", "answer"), [
    # a double (repeated, equal) root: one solution of a quadratic, zero discriminant
    (r"For what value of $q$ will the equation $x^2 - 10x + q = 0$ have a double root?", "25"),
    (r"Find $r$ so that $y^2 - r y + 49 = 0$ has a repeated root in $y$. Give the sum of all "
     r"such values.", "0"),  # r = 14 or -14
    (r"Find the negative value of $s$ for which $4x^2 + sx + 9 = 0$ has equal roots.", "-12"),
    # "a double root" keeps the x^2 term: the linear case (m = 0) is not one
    (r"For what value of $m$ does $mx^2 - 6x + 3 = 0$ have a double root?", "3"),
])
def test_double_roots(problem: str, answer: str) -> None:
    sol = solve_now(problem)
    assert sol.answer == answer, sol.detail


def test_exactly_one_solution_still_counts_the_linear_case() -> None:
    # m = 0 leaves -6x + 3 = 0: one solution, but no double root
    sol = solve_now(r"For what values of $m$ does $mx^2 - 6x + 3 = 0$ have exactly one "
                    r"solution?")
    assert sol.answer == "0, 3"


@pytest.mark.parametrize(("problem", "answer"), [
    # b x^2 + x + 5 = 0: 1 - 20 b = 0 (b = 0 is a line crossing a line: "nonzero" rules it out)
    (r"For what nonzero value of $b$ do the graphs of $y = bx^2 + 2x + 3$ and $y = x - 2$ "
     r"intersect at exactly one point?", r"\frac{1}{20}"),
    # x^2 - m x + 4 = 0: m^2 = 16
    (r"For what values of $m$ do the graphs of $y = x^2 + 3$ and $y = mx - 1$ intersect at "
     r"exactly one point?", "-4, 4"),
    # x^2 - 6x + c + 3 = 0: 36 = 4(c + 3), c = 6 only
    (r"Find the sum of all values of $c$ for which the graphs of $y = x^2 - 4x + c$ and "
     r"$y = 2x - 3$ meet in exactly one point.", "6"),
    # 2x^2 + 4x + 2 - k = 0 (the x^2 term stays): 16 = 8(2 - k), k = 0
    (r"At what value of $k$ do the graphs of $y = 2x^2 + 5x + 2$ and $y = x + k$ intersect at "
     r"exactly one point?", "0"),
])
def test_graphs_meeting_at_one_point(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # b = 0 gives a line that crosses the other once too: two values, "value" expects one
    r"At what value of $b$ do the graphs of $y = bx^2 + 2x + 3$ and $y = x - 2$ intersect at "
    r"exactly one point?",
    # a graph not written as y = ...
    r"At what value of $k$ do the graphs of $y = x^2 + k$ and $x = y^2$ intersect at exactly "
    r"one point?",
    # a cubic: not a zero discriminant
    r"At what value of $k$ do the graphs of $y = x^3 + k$ and $y = 2x$ intersect at exactly one "
    r"point?",
])
def test_graphs_meeting_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 100 - 4c = 0
    (r"For what value of $c$ is the graph of $y = x^2 - 10x + c$ tangent to the $x$-axis?", "25"),
    # b^2 = 64, b > 0
    (r"For what value of $b$ does the parabola $y = x^2 + bx + 16$ touch the $x$-axis exactly "
     r"once, given $b > 0$?", "8"),
    # 36 - 4 * 3 * k = 0 -> k = 3; the parabola keeps its x^2 term
    (r"Find $k$ so that the parabola $y = 3x^2 - 6x + k$ touches the x-axis at exactly one "
     r"point.", "3"),
    # p^2 - 4 * 2 * 8 = 0 -> p = -8 or 8; negative
    (r"For which negative $p$ does the graph of $y = 2x^2 + px + 8$ meet the $x$-axis at exactly "
     r"one point?", "-8"),
    (r"What value of $q$ makes the graph of $y = 2x^2 + qx + 8$ touch the $x$-axis, if "
     r"$q < 0$?", "-8"),
])
def test_a_graph_touching_the_x_axis_once(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # m = 3, and m = 0 gives the line y = 6x + 3, which meets the axis once too: two values
    r"What value of $m$ makes the graph of $y = mx^2 + 6x + 3$ intersect the $x$-axis at exactly "
    r"one point?",
    # meeting the axis, not once: a different question
    r"For what values of $c$ does the graph of $y = x^2 + 4x + c$ meet the $x$-axis?",
    # the y-axis
    r"For what value of $c$ is the graph of $y = x^2 + 4x + c$ tangent to the $y$-axis?",
    # a sign told of the unknown, not of the constant
    r"For what value of $c$ is the graph of $y = x^2 - 6x + c$ tangent to the $x$-axis, "
    r"given $x > 0$?",
])
def test_a_graph_and_the_x_axis_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
