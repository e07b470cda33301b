"""A whole told as the sum of its listed parts, one part asked as a percent or a fraction
(prealgebra/listed_parts.py). Our own problems, answers worked out by hand; near misses (a
third kind of member, a part not listed, a whole that is not the listed parts) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 12 / 30
    ("A class has 12 boys and 18 girls. What percent of the class are boys?", "40"),
    # the part named by its adjective: 4 / 20
    ("A bag contains 5 red marbles, 4 green marbles and 11 blue marbles. What fraction of the "
     "marbles are green?", "\\frac{1}{5}"),
    # the pair's kind as the whole: 9 / 24
    ("There are 9 cats and 15 dogs at a shelter. What percent of the animals are cats?",
     "37.5"),
    ("There are 14 boys and 11 girls in the choir. What fraction of the students are girls?",
     "\\frac{11}{25}"),
    ("A box holds 6 pears, 10 apples and 4 plums. What percent of the box is apples?", "50"),
    ("A team has 8 men and 12 women. What percentage of the team are women?", "60"),
]

NEAR_MISSES = [
    # teachers are people too, and not listed as students
    "A class has 12 boys and 18 girls and 2 teachers. What percent of the people are boys?",
    # a part not listed
    "A class has 12 boys and 18 girls. What percent of the students are teachers?",
    "A bag contains 5 red marbles and 7 blue marbles. What fraction of the marbles are green?",
    # the whole is the school, not the class
    "A class has 12 boys and 18 girls. What percent of the children in the school are boys?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_listed_parts_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_listed_parts_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
