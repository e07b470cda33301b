"""A pass mark told as a percent of a whole number of items (prealgebra/percent_thresholds.py):
the least number right, or the most missed, that still passes. Our own stories, answers worked
out by hand; near misses (a question asking something else, points per item, no count that
reaches the mark) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 0.85 * 40 = 34
    ("A science test has 40 questions. To pass, a student needs at least 85$\\%$ of them "
     "right. What is the least number of questions a student must answer correctly to pass?",
     "34"),
    # 0.9 * 30 = 27: 3 missed
    ("To pass a driving exam of 30 questions, Ana must answer at least 90% of the questions "
     "correctly. What is the greatest number of questions she can answer incorrectly and "
     "still pass?", "3"),
    # 0.75 * 24 = 18: 6 missed
    ("A quiz has 24 problems and you need at least 75% to pass. How many problems can you "
     "miss and still pass?", "6"),
    # more than 75%: 19 right, 5 missed
    ("A quiz has 24 problems and you need more than 75% to pass. How many problems can you "
     "miss and still pass?", "5"),
    # 0.7 * 33 = 23.1: 24 right
    ("Lee's worksheet holds 33 exercises, and he must get at least 70% of them right. What is "
     "the fewest number of exercises he must solve?", "24"),
    # 0.6 * 45 = 27: 18 missed
    ("To pass the spelling bee round of 45 words, Kim needs to spell at least 60% of them. "
     "What is the most number of words she can miss and still pass?", "18"),
    # a hyphenated count; 0.92 * 50 = 46
    ("To get an A on a 50-question test, you must answer at least 92% of the questions "
     "correctly. What is the greatest number of questions you can miss and still get an A?",
     "4"),
    # 'a passing score is 80%', asked in the passive
    ("A driving test has 25 questions and a passing score is 80%. What is the largest number "
     "of questions that can be missed while still passing?", "5"),
]

NEAR_MISSES = [
    # points per problem
    "A quiz has 24 problems and you need at least 75% to pass. Each problem is worth 2 points. "
    "How many problems can you miss and still pass?",
    # the least number missed is not what a pass mark fixes
    "A quiz has 24 problems and you need at least 75% to pass. What is the least number of "
    "problems you can miss?",
    # a second percent
    "A quiz has 24 problems and you need at least 75% to pass, or 90% for a merit. How many "
    "problems can you miss and still pass?",
    # no percent bar
    "A quiz has 24 problems and you need 18 right to pass. How many problems can you miss and "
    "still pass?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_percent_thresholds_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_percent_thresholds_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
