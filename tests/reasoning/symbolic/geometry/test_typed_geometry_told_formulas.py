"""A solid's standard formula stated before the question (`geometry.told_formulas`): dropped
when it is the standard one, so the solids reader answers; a formula that differs keeps the
sentence and the problem declines. Our own problems (answers by hand, in the comments)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 2 pi 16 + 2 pi 4 h = 56 pi: 32 + 8h = 56, h = 3
    ("The formula for the total surface area of a cylinder is $SA = 2\\pi r^2 + 2\\pi rh,$ "
     "where $r$ is the radius and $h$ is the height. A cylinder of radius $4$ inches has a "
     "total surface area of $56\\pi$ square inches. Find its height.", "3"),
    # pi 25 h / 3 = 50 pi: h = 6
    ("The formula for the volume of a cone is $V = \\frac{1}{3}\\pi r^2 h$, where $r$ is the "
     "radius and $h$ is the height. A cone has radius $5$ cm and volume $50\\pi$ cubic cm. "
     "What is its height?", "6"),
    # 4/3 pi r^3 = 36 pi: r = 3
    ("The formula for the volume of a sphere is $V = \\frac{4}{3}\\pi r^3$, where $r$ is the "
     "radius. A sphere has a volume of $36\\pi$ cubic feet. What is its radius?", "3"),
    # other letters: 2 pi 9 + 2 pi 3 b = 42 pi: 18 + 6b = 42, b = 4
    ("The formula for the total surface area of a cylinder is $T = 2\\pi a^2 + 2\\pi ab,$ "
     "where $a$ is the radius and $b$ is the height. A solid right cylinder of radius $3$ m "
     "has a total surface area of $42\\pi$ square meters. How tall is this cylinder?", "4"),
]

DECLINED = [
    # not the standard formula: the sentence stays and is not read
    "The formula for the total surface area of a cylinder is $SA = 2\\pi r^2 + \\pi rh,$ where "
    "$r$ is the radius and $h$ is the height. A cylinder of radius $3$ feet has a total "
    "surface area of $30\\pi$ square feet. What is its height?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_told_formulas_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_told_formulas_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
