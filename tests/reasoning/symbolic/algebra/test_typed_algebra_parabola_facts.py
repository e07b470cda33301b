"""One parabola y = ax^2 + bx + c known by facts (vertex, greatest or least value, axis,
points, intercepts), asked a coefficient, a letter, the other x-intercept or the quadratic;
several wordings, and near misses."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(
    ("problem", "answer"),
    [
        # vertex (1, -4) through (3, 4): y = 2(x - 1)^2 - 4 = 2x^2 - 4x - 2
        (r"A parabola $y = ax^2 + bx + c$ has its vertex at $(1, -4)$ and passes through "
         r"$(3, 4)$. Find $a + b + c$.", "-4"),
        (r"The graph of $y = ax^2 + bx + c$ contains the point $(3, 4)$, and $(1, -4)$ is its "
         r"vertex. What is $b$?", "-4"),
        (r"Write the quadratic whose graph has vertex $(1, -4)$ and contains $(3, 4)$ in the "
         r"form $ax^2 + bx + c$.", "2x^2 - 4x - 2"),
        # vertex (2, 9), x-intercept (-1, 0): y = -(x - 2)^2 + 9, roots -1 and 5
        (r"A quadratic $y = ax^2 + bx + c$ has vertex $(2, 9)$, and one of its $x$-intercepts "
         r"is $(-1, 0)$. Find the $x$-coordinate of the other $x$-intercept.", "5"),
        # greatest value 8 at x = -1 and (0, 6) on it: y = -2(x + 1)^2 + 8; at x = 1: 0
        (r"The maximum value of the quadratic $y = ax^2 + bx + c$ is $8$, which occurs at "
         r"$x = -1$, and the graph passes through $(0, 6)$. If $(1, t)$ is on the graph, "
         r"what is $t$?", "0"),
        # least value -3 at x = 2, y-intercept 1: y = (x - 2)^2 - 3
        (r"The graph of $y = ax^2 + bx + c$ has a minimum value of $-3$ at $x = 2$ and a "
         r"$y$-intercept of $1$. What is $a$?", "1"),
        # y = -x^2 + bx + c contains (2, 1) and (-1, 7): 2b + c = 5, -b + c = 8: b = -1, c = 7
        (r"Both $(2, 1)$ and $(-1, 7)$ lie on the graph of the quadratic $y = -x^2 + bx + c$. "
         r"Find $b + c$.", "6"),
        # the vertex of y = ax^2 + bx + c at (-2, 3) and (0, 11) on it: a = 2
        (r"The vertex of the parabola $y = ax^2 + bx + c$ is $(-2, 3)$ and the parabola goes "
         r"through $(0, 11)$. Find $a$.", "2"),
        # vertex (3, -1), c = 8: 9a + 3b = -9 and b = -6a
        (r"The vertex of a parabola $y = ax^2 + bx + c$ is at $(3, -1)$ and its $y$-intercept "
         r"is $8$. What is $b$?", "-6"),
        # b = -4a, c = 1, a + b + c = -2
        (r"A parabola $y = ax^2 + bx + c$ has axis of symmetry $x = 2$ and passes through "
         r"$(0, 1)$ and $(1, -2)$. What is $a$?", "1"),
        # three points: c = -3; a + b = 3; 4a + 2b = 10: a = 2, b = 1
        (r"The parabola $y = ax^2 + bx + c$ passes through the points $(0, -3)$, $(1, 0)$ and "
         r"$(2, 7)$. What is $a$?", "2"),
        (r"The points $(0, -3)$, $(1, 0)$, and $(2, 7)$ lie on the graph of the parabola "
         r"$y = ax^2 + bx + c$. Find $a - b + c$.", "-2"),
        # "the graph of" the form alone, no word "parabola": c = -1, a + b = 3, a - b = 1
        (r"The graph of $y = ax^2 + bx + c$ goes through $(0, -1)$, $(1, 2)$ and $(-1, 0)$. "
         r"Find $a + b + c$.", "2"),
    ],
)
def test_parabola_facts(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(
    "problem",
    [
        # one fact only: the parabola is not fixed
        r"A parabola $y = ax^2 + bx + c$ has its vertex at $(1, -4)$. Find $a$.",
        # a maximum at a vertex with a > 0 is impossible
        r"The maximum value of $y = ax^2 + bx + c$ is $2$, which occurs at $x = 0$, and the "
        r"graph passes through $(1, 5)$. What is $a$?",
        # the vertex told does not lie between... a word the reader does not know
        r"A parabola $y = ax^2 + bx + c$ has its vertex at $(1, -4)$ and does not pass through "
        r"$(3, 4)$. Find $a$.",
        # the other x-intercept asked when none is told
        r"A parabola $y = ax^2 + bx + c$ has vertex $(0, -4)$ and passes through $(1, -3)$. "
        r"Find the $x$-coordinate of the other $x$-intercept.",
        # three points on one line: no parabola (a = 0) passes through them
        r"A parabola $y = ax^2 + bx + c$ passes through $(0, 1)$, $(1, 3)$ and $(2, 5)$. "
        r"Find $a + b$.",
        # two points fix no graph
        r"The graph of $y = ax^2 + bx + c$ passes through $(0, 3)$ and $(1, 6)$. Find $a$.",
    ],
)
def test_parabola_fact_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # a(x + 1)(x - 9) with vertex x = 4: -25a = 25, a = -1; a + b + c = f(1) = 16
    (r"The graph of $y = ax^2 + bx + c$ has a maximum value of 25, and passes through the "
     r"points $(-1,0)$ and $(9,0)$. Find $a + b + c$.", "16"),
    # ax(x - 4), vertex x = 2: -4a = -8, a = 2
    (r"The parabola $y = ax^2 + bx + c$ has a minimum value of $-8$ and passes through "
     r"$(0, 0)$ and $(4, 0)$. What is $a$?", "2"),
    # a(x - 1)(x - 3) + 0 ... through (1, 0), (3, 0): vertex x = 2, -a = 6: a = -6, c = 3a = -18
    (r"A quadratic $y = ax^2 + bx + c$ has a maximum value of $6$. Its graph passes through "
     r"$(1, 0)$ and $(3, 0)$. Find $c$.", "-18"),
    # through (0, 5) and (4, 5): axis x = 2; least value 1: y = (x - 2)^2 + 1, b = -4
    (r"The minimum value of the quadratic $y = ax^2 + bx + c$ is $1$, and its graph contains "
     r"$(0, 5)$ and $(4, 5)$. What is $b$?", "-4"),
])
def test_a_greatest_or_least_value_without_where(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the value told is a least value: -4a = -3 gives a = 3/4 > 0
    r"The graph of $y = ax^2 + bx + c$ has a maximum value of $-3$ and passes through $(1, 0)$ "
    r"and $(5, 0)$. Find $a$.",
    # one point and the value do not fix the parabola
    r"The graph of $y = ax^2 + bx + c$ has a maximum value of $4$ and passes through $(0, 0)$. "
    r"Find $a + b + c$.",
])
def test_a_value_without_where_that_does_not_fix_one_parabola_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
