"""Letters among the coordinates of a segment's ends or midpoint, fixed by the midpoint told
(`algebra.midpoint_unknowns`). Our own problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # a + 6 = 6, 4 + b = 14
    ("The midpoint of the segment from $(a, 4)$ to $(6, b)$ is $(3, 7)$. What is $a + b$?",
     "10"),
    # 2x + 4 = 2, 5 + y - 1 = 6
    ("The points $(2x, 5)$ and $(4, y - 1)$ have midpoint $(1, 3)$. Find $xy$.", "-2"),
    # p + 5 = 8, q - 3 = 4
    ("The midpoint of the line segment joining $(p, -3)$ and $(5, q)$ is $(4, 2)$. What is the "
     "value of $p - q$?", "-4"),
    # in space: a + 3 = 4, c + 7 = 8
    ("The midpoint of the segment from $(a, 1, c)$ to $(3, 5, 7)$ is $(2, 3, 4)$. Find $a + c$.",
     "2"),
    # one letter in both ends: 2a = 6, 4 + b = 14
    ("The midpoint of the segment from $(a, 4)$ to $(a, b)$ is $(3, 7)$. What is $a + b$?", "13"),
])
def test_letters_fixed_by_the_midpoint(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a^2 = 0 is not linear in a (read by nothing here)
    "The midpoint of the segment from $(a^2, 4)$ to $(6, b)$ is $(3, 7)$. What is $b$?",
    # c is not among the coordinates
    "The midpoint of the segment from $(a, 4)$ to $(6, b)$ is $(3, 7)$. What is $c$?",
    # 4 + 2 is not twice 5: the points told do not fit
    "The midpoint of the segment from $(a, 4)$ to $(6, 2)$ is $(3, 5)$. What is $a$?",
])
def test_midpoint_letters_near_misses_decline(problem):
    assert solve_now(problem).answer is None
