"""Two angles written in one letter, related by what they are
(geometry/angle_expressions.py). Our own problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # equal: 2x + 25 = 4x - 15
    ("Two parallel lines are cut by a transversal. Two alternate interior angles measure "
     "$(2x+25)^\\circ$ and $(4x-15)^\\circ$. What is the value of $x$?", "20"),
    # sum 180: 7x - 30 = 180
    ("Two supplementary angles measure $(3x+10)^\\circ$ and $(4x-40)^\\circ$. What is the value "
     "of $x$?", "30"),
    # equal: 5x - 20 = 3x + 20, x = 20, each 80
    ("Two vertical angles measure $(5x-20)^\\circ$ and $(3x+20)^\\circ$. What is the measure of "
     "each angle?", "80"),
    # sum 90: 3x + 15 = 90, x = 25: 30 and 60
    ("Two complementary angles measure $(x+5)^\\circ$ and $(2x+10)^\\circ$. What is the measure "
     "of the larger angle?", "60"),
    # sum 180: 6x = 180 - 30... 2x + 4x + 30 = 180, x = 25: 50 and 130
    ("Two parallel lines are cut by a transversal. Two same-side interior angles measure "
     "$(2x)^\\circ$ and $(4x+30)^\\circ$. What is the measure of the smaller angle?", "50"),
])
def test_angle_expressions(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the lines are not said to be parallel
    "Two alternate interior angles measure $(3x+10)^\\circ$ and $(5x-30)^\\circ$. What is the "
    "value of $x$?",
    # an angle of 180 degrees or more
    "Two vertical angles measure $(10x)^\\circ$ and $(9x+20)^\\circ$. What is the measure of "
    "each angle?",
])
def test_angle_expressions_declined(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 5x + 30 = 180
    ("Two angles form a linear pair. One measures $(3x+10)^\\circ$ and the other "
     "$(2x+20)^\\circ$. What is $x$?", "30"),
    # 3x + 30 = 90: 30 and 60
    ("Two angles are complementary. One is $(2x+20)^\\circ$ and the other is $(x+10)^\\circ$. "
     "What is the measure of the larger angle?", "60"),
])
def test_one_angle_and_the_other(problem: str, answer: str) -> None:
    assert_solved(problem, answer)
