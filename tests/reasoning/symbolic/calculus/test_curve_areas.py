"""The area between a curve and the x-axis over an interval, asked in words
(`calculus.curve_areas`), in wordings of our own. Answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # x^3/3 from 0 to 3
    ("what is the area under y = x^2 from x = 0 to x = 3", "9"),
    # (2/3) x^(3/2) from 1 to 9: 18 - 2/3
    (r"Find the area under the curve $y = \sqrt{x}$ between $x = 1$ and $x = 9$.",
     r"\frac{52}{3}"),
    # x^3 + 2x from 0 to 1
    ("find the area under y = 3x^2 + 2 from 0 to 1", "3"),
    ("find the area of the region under y = sin(x) from 0 to pi", "2"),
    # 9 - x^2 from 0 to 3: 27 - 9 = 18; x^2 - 9 from 3 to 4: (64/3 - 36) - (9 - 27) = 10/3
    (r"Find the area of the region bounded by $y = x^2 - 9$, the x-axis and the lines $x = 0$ "
     r"and $x = 4$.", r"\frac{64}{3}"),
    # 2 + 1/2 under y = x from -1 to 2... here y = 2x: 4 + 1
    ("find the area bounded by y = 2x, the x-axis, x = -1 and x = 2", "5"),
    (r"What is the area under the graph of $f(x) = e^x$ from $x = 0$ to $x = 2$?", "e^2 - 1"),
    ("find the area under y = 1/x from x = 1 to x = e^2", "2"),
    # between two curves, from their first crossing to their last
    # 3x - x^2 on [0, 3]: 27/2 - 9
    ("find the area between y = 3x and y = x^2", r"\frac{9}{2}"),
    # 9 - x^2 on [-3, 3]: 54 - 18
    ("What is the area of the region enclosed by y = x^2 and y = 9?", "36"),
    # x^3 - 4x changes sign at 0: 4 + 4
    (r"Find the area bounded by the curves $y = x^3$ and $y = 4x$.", "8"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_area_found(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "find the area under y = x - 1 from x = 0 to x = 2",  # below the axis on [0, 1]
    "find the area under y = x^3 from 2 to 1",  # the ends the wrong way round
    "find the area under y = x^2 + k from 0 to 1",  # a second letter
    "find the area bounded by y = x^2, the y-axis, x = 0 and x = 1",  # the other axis
    "find the area between y = x^2 + 1 and y = x",  # they never meet
    "find the area between y = sin(x) and y = 0",  # they meet infinitely often
    "find the area between y = x^2 and x = 2",  # a vertical line: a side is missing
])
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
