"""The constant for which two graphs meet once, with a sign told of it or said another way
(`polynomials.tangent_graphs`). Our own graphs, values by hand; near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # x^2 + (c - 3)x + 9 = 0: (c - 3)^2 = 36, c = 9 or -3; the positive one
    ("At what value of $c$ do the graphs of $y = x^2 + cx + 10$ and $y = 3x + 1$ meet in "
     "exactly one point? Enter the positive value.", "9"),
    # the negative one of the same pair
    ("What negative value of $c$ makes the graphs of $y = x^2 + cx + 10$ and $y = 3x + 1$ "
     "intersect at exactly one point?", "-3"),
    # x^2 - mx + 4 = 0: m^2 = 16; told m < 0 as maths
    ("Find m so that the graphs of y = x^2 + 5 and y = mx + 1 intersect in exactly one point, "
     "where m < 0.", "-4"),
    # 'touch at exactly one point': x^2 - 8x + a = 0, a = 16
    ("What value of $a$ makes the graphs of $y = x^2 + a$ and $y = 8x$ touch at exactly one "
     "point?", "16"),
    # 'have exactly one point in common': 2x^2 - 4x + (d + 3) = 0: 16 = 8(d + 3), d = -1
    ("Find $d$ if the graphs of $y = 2x^2 + d$ and $y = 4x - 3$ have exactly one point in "
     "common.", "-1"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_signed_or_reworded_meeting(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # the sign is said of the meeting point, not of the constant
    "For what value of $c$ do the graphs of $y = x^2 + cx + 10$ and $y = 3x + 1$ meet at "
    "exactly one point with a positive x-coordinate?",
    # both signs told
    "Find m so that the graphs of y = x^2 + 5 and y = mx + 1 intersect in exactly one point, "
    "where m > 0 and m < 0.",
    # no value has the told sign: x^2 + 2x + (k + 1) = 0 gives k = 0 only
    "What positive value of $k$ makes the graphs of $y = x^2 + 2x + k$ and $y = -1$ meet at "
    "exactly one point?",
    # the constant in the x^2 term: a = 0 also meets once, and one value is asked
    "At what value of $a$ do the graphs of $y = ax^2 + 5x + 1$ and $y = x - 1$ have exactly "
    "one point in common?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_unsettled_signed_meeting_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
