"""A score told as a count or a percent right (or wrong), the rest asked
(prealgebra/score_percents.py). Our own problems, answers worked out by hand; near misses
(another person, a percent that is no whole count, another clause) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 60 - 60(70%)
    ("A test has 60 questions. Nora got 70% right. How many did she get wrong?", "18"),
    # 25(80%) wrong asked as 'missed', typed casually
    ("quiz had 25 problems and i got 80% correct. how many did i miss", "5"),
    # (36 - 27)/36
    ("Omar answered 27 of 36 questions correctly. What percent did he miss?", "25"),
    # 'on a N-question exam', percent right
    ("On a 50-question exam, Rita got 43 right. What percent did she get right?", "86"),
    # 'out of', percent wrong asked as 'get wrong'
    ("Sam answered 12 out of 16 correctly. What percent of the questions did Sam get wrong?",
     "25"),
    # missed told, right asked: 30 - 30(10%)
    ("A quiz has 30 questions. Tom missed 10% of them. How many did he answer correctly?",
     "27"),
]

NEAR_MISSES = [
    # another person asked
    "A test has 60 questions. Nora got 70% right. How many did Paul get wrong?",
    # 85% of 30 is not a whole number of questions
    "A test has 30 questions. Nora got 85% right. How many did she get wrong?",
    # another clause: points, not questions
    "A test has 60 questions worth 2 points each. Nora got 70% right. How many did she get "
    "wrong?",
    # two totals
    "A test has 60 questions. Nora answered 20 of 30 correctly. What percent did she miss?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_score_percents_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_score_percents_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
