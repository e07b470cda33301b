"""A percent of a group and the rest of it (`prealgebra.shares`), in more wordings: "a class
has 25 students and 40% of them are boys", "how many boys are there?". Our own problems,
answers worked out by hand; another group asked, a part not whole, or a part that is not one
of a pair declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 25 - 40% of 25 = 15
    ("A class has 25 students and 40% of them are boys. How many girls are in the class?",
     "15"),
    # 40 - 35% of 40 = 26
    ("The club has 40 members, and 35% of them are girls. How many boys are there?", "26"),
    # 30 - 60% of 30 = 12
    ("In a class of 30 students, 60% are girls. How many boys are there?", "12"),
])
def test_a_percent_of_a_group_and_the_rest(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # teachers are not the rest of the students
    "A class has 25 students and 40% of them are boys. How many teachers are in the class?",
    # 30% of 25 is not a whole number of boys
    "A class has 25 students and 30% of them are boys. How many girls are in the class?",
    # "tall" has no pair
    "A class has 25 students and 40% of them are tall. How many girls are in the class?",
])
def test_a_percent_of_a_group_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
