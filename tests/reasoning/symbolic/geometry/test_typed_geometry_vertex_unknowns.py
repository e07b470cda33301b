"""A polygon whose vertices hold one letter, its area told and the letter asked: our own
wordings and numbers (answers worked out by hand), and near misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # (1/2) * k * 3k = 24: k = 4
    ("For $k > 0$, the triangle with vertices $(0, 0)$, $(k, 0)$ and $(k, 3k)$ has area 24. "
     "What is $k$?", "4"),
    # (1/2) * 4 * |a - 1| = 10: a = 6 or -4
    ("The area of the triangle with vertices $(1, 1)$, $(a, 1)$ and $(1, 5)$ is 10 and $a$ is "
     "positive. Find $a$.", "6"),
    ("Find $t$ if $t < 0$ and the triangle whose vertices are $(0, 2)$, $(0, 8)$ and $(t, 5)$ "
     "has an area of 15 square units.", "-5"),
    # (1/2) * a * 6 = 24
    ("The triangle with vertices $(0,0)$, $(a,0)$ and $(0,6)$ has area 24, where $a>0$. What "
     "is the value of $a$?", "8"),
    # a rectangle m by 3
    ("A rectangle has vertices $(0,0)$, $(m,0)$, $(m,3)$ and $(0,3)$, where $m > 0$. Its area "
     "is 21. What is $m$?", "7"),
    # a parallelogram with base 2p and height 5: 10p = 30
    ("If $p > 0$ and the parallelogram with vertices $(0, 0)$, $(2p, 0)$, $(2p + 1, 5)$, "
     "$(1, 5)$ has an area of 30, what is $p$?", "3"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_vertex_unknown_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # no sign told: a = 8 or a = -8
    "The triangle with vertices $(0,0)$, $(a,0)$ and $(0,6)$ has area 24. Find $a$.",
    # two positive values: k(10 - k) = 16 at k = 2 and k = 8
    "For $k > 0$, the triangle with vertices $(0, 0)$, $(k, 0)$ and $(0, 10 - k)$ has area 8. "
    "What is $k$?",
    # the vertices are not in order round the quadrilateral
    "If $m > 0$ and the quadrilateral with vertices $(0, 0)$, $(m, 3)$, $(m, 0)$ and $(0, 3)$ "
    "has area 12, what is $m$?",
    # a perimeter, not an area
    "For $k > 0$, the triangle with vertices $(0, 0)$, $(k, 0)$ and $(0, k)$ has perimeter 12. "
    "What is $k$?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_vertex_unknown_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
