"""The constant that makes a line tangent to a parabola or circle, or meet it at exactly one
point (our own problems, answers worked by hand); near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # x^2 - mx + 9 = 0: m^2 = 36
    (r"Find $m$ so that the line $y = mx - 9$ is tangent to the parabola $y = x^2$, where "
     r"$m > 0$.", "6"),
    # -2y^2 + 4y + 3 - k = 0: 16 + 8(3 - k) = 0
    (r"The line $x = k$ intersects the graph of the parabola $x = -2y^2 + 4y + 3$ at "
     r"exactly one point. What is $k$?", "5"),
    # x^2 - 2x + 5 - c = 0: 4 - 4(5 - c) = 0
    (r"For what value of $c$ is the line $y = 3x + c$ tangent to the parabola "
     r"$y = x^2 + x + 5$?", "4"),
    (r"what value of b makes the line y = 2x + b tangent to the parabola y = x^2 + 4x",
     "-1"),
    # (1 + m^2) x^2 - 10x + 20 = 0: 100 = 80(1 + m^2)
    (r"For what positive value of $m$ is the line $y = mx$ tangent to the circle "
     r"$(x - 5)^2 + y^2 = 5$?", r"\frac{1}{2}"),
    # 2x^2 + 2cx + c^2 - 8 = 0: c^2 = 16
    (r"The line $y = x + c$ is tangent to the circle $x^2 + y^2 = 8$. Find the negative "
     r"value of $c$.", "-4"),
    # x^2 + 5x - k = 0 after y = -x + k meets y = x^2 + 4x: 25 + 4k = 0
    (r"Find the value of $k$ such that the line $y = -x + k$ and the parabola "
     r"$y = x^2 + 4x$ intersect at exactly one point.", r"-\frac{25}{4}"),
    # x^2 - kx + 4 = 0: k = -4 or 4
    (r"The line $y = kx$ is tangent to the parabola $y = x^2 + 4$. Find all possible "
     r"values of $k$.", "-4, 4"),
    # a x^2 + x + 1 = 0: 1 - 4a = 0 (a = 0 leaves a line, which is no tangent: another
    # reader answers this one, as this reader declines a vanishing x^2 term)
    (r"For what value of $a$ is the line $y = 2x + 1$ tangent to the parabola "
     r"$y = ax^2 + 3x + 2$?", r"\frac{1}{4}"),
    # the curve named first: a x^2 - 4x + 8 = 0, 16 - 32a = 0
    (r"The parabola $y = ax^2 + 8$ is tangent to the line $y = 4x$. Find $a$.",
     r"\frac{1}{2}"),
    # 2x^2 + 12x + 36 - r = 0: 144 = 8(36 - r)
    (r"The circle $x^2 + y^2 = r$ is tangent to the line $y = x + 6$. What is $r$?", "18"),
])
def test_tangent_line_constant(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # two meeting points: a whole range of c
    r"For what value of $c$ does the line $y = 3x + c$ meet the parabola $y = x^2 + x + 5$ "
    r"at exactly two points?",
    # a vertical line meets y = f(x) once for every k
    r"The line $x = k$ intersects the graph of $y = x^2 - 1$ at exactly one point. What is "
    r"$k$?",
    # c = -5 or 5, and one value is asked
    r"For what value of $c$ is the line $y = 2x + c$ tangent to the circle $x^2 + y^2 = 5$?",
    # parallel to an asymptote: one meeting point for every nonzero c
    r"For what value of $c$ does the line $y = 3x + c$ meet the hyperbola "
    r"$x^2 - \frac{y^2}{9} = 1$ at exactly one point?",
])
def test_tangent_line_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
