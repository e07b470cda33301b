"""Prealgebra reader of a mean split into parts (a group's mean, parts told by their means or
values, the rest asked): several phrasings, our own numbers (answers worked out by hand),
and near misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # a part told by its mean, the rest asked by its mean
    ("The average of seven numbers is 20. The first three have an average of 16. What is the "
     "mean of the other four?", "23"),  # (140 - 48) / 4
    ("A list of nine values has an average of 40. The first four values have an average of 35. "
     "Find the mean of the last five values.", "44"),  # (360 - 140) / 5
    ("The last two of the 8 values have a mean of 30 and the mean of the 8 values is 21. Find "
     "the average of the first 6 values.", "18"),  # (168 - 60) / 6
    # a part told by its values
    ("Six test scores have a mean of 85; four of them are 80, 92, 78 and 90. What is the "
     "average of the remaining two scores?", "85"),  # (510 - 340) / 2
    ("The average of three numbers is 9, and two of them are 6 and 8. What is the third "
     "number?", "13"),
    ("Five integers have a mean of 12. Four of them are 10, 11, 13 and 20. What is the fifth "
     "integer?", "6"),
    ("The average of 4 numbers is 2.5. If three of them are 1, 2 and 3, what is the remaining "
     "number?", "4"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # the first four and the last four of six numbers overlap
    "The mean of 6 numbers is 4. The first 4 numbers have a mean of 3 and the last 4 numbers "
    "have a mean of 5. What is the mean of the other 2?",
    # five and four are more than the eight numbers
    "Eight numbers have a mean of 10, and the first five of them have a mean of 9. Find the "
    "mean of the last four.",
    # two of four are told: "the third" is not the only one left
    "The average of four numbers is 9, and two of them are 6 and 8. What is the third number?",
    # a word the reader does not apply
    "The mean of 6 numbers is 4. The first 4 numbers have a mean of 3. What is the largest of "
    "the other 2?",
    # the integer left would be 4.5
    "Three integers have a mean of 5. Two of them are 4 and 6.5. What is the other integer?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
