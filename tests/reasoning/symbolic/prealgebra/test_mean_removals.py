"""Means when several members leave or join, some of them told, and part of a listed set with a
known mean (our own problems; each answer worked by hand in the comment)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # total 700, the other 8 total 576: removed 124, lowest 124 - 95
    ("The mean of 10 scores is 70. When the highest and lowest scores are removed, the mean of "
     "the other scores is 72. If the highest score is 95, what is the lowest score?", "29"),
    # total 1500, 18 left total 1368: removed 132, highest 132 - 40
    ("The mean of 20 quiz scores is 75. When the highest and lowest scores are removed, the new "
     "mean is 76. If the lowest score is 40, what is the highest score?", "92"),
    # total 120, 6 left total 84: removed 36
    ("The mean of 8 numbers is 15. Two of the numbers are removed and the mean of the "
     "remaining numbers is 14. What is the sum of the two removed numbers?", "36"),
    # removed 36, one is 10
    ("The average of 8 numbers is 15. Two of the numbers are removed and the average of the "
     "remaining numbers is 14. If one of them is 10, what is the other?", "26"),
    # before 120, after 8 x 22 = 176: added 56, one is 30
    ("The average of 6 numbers is 20. When two more numbers are added, the average becomes 22. "
     "If one of the added numbers is 30, what is the other number?", "26"),
    # total 960, 10 left total 810: removed 150
    ("The mean of 12 test scores is 80. When the largest and smallest scores are dropped, the "
     "mean of the remaining 10 scores is 81. What is the sum of the largest and smallest "
     "scores?", "150"),
    ("The mean of 12 test scores is 80. When the largest and smallest scores are dropped, the "
     "mean of the remaining 10 scores is 81. What is the mean of the two removed scores?", "75"),
    # total 450, 8 left total 432: the lowest is 18 (below the others' mean 54)
    ("The average of 9 numbers is 50. If the lowest number is removed, the average of the "
     "remaining numbers is 54. What is the lowest number?", "18"),
    # 700 - 576 = 124, highest 74: lowest 50 (the others can all be 72, between 50 and 74)
    ("The arithmetic mean of 10 grades is 70. When the greatest and least grades are removed, "
     "the new mean becomes 72. If the greatest of the 10 grades is 74, what is the least "
     "grade?", "50"),
])
def test_members_moved(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # 10+12+15+20+23 = 80, three total 42 (10+12+20): the other two 38, mean 19
    ("Three of the five numbers 10, 12, 15, 20 and 23 have a mean of 14. What is the mean of "
     "the other two numbers?", "19"),
    # 112 in all, four total 64 (11+13+17+23): the other two 48
    ("Four of the six numbers 11, 13, 17, 19, 23 and 29 have a mean of 16. What is the sum of "
     "the other two numbers?", "48"),
    # 48 in all, three total 21 (4+8+9): the rest 27, mean 27/2
    ("The mean of three of the numbers 4, 8, 9, 12 and 15 is 7. What is the mean of the "
     "remaining numbers?", r"\frac{27}{2}"),
])
def test_part_of_a_list(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the highest removed cannot be 14 when the other eight have mean 54
    "The average of 9 numbers is 50. If the highest number is removed, the average of the "
    "remaining numbers is 54. What is the highest number?",
    # highest 70 is below the others' mean 72: no such scores
    "The mean of 10 scores is 70. When the highest and lowest scores are removed, the mean of "
    "the other scores is 72. If the highest score is 70, what is the lowest score?",
    # the median is not fixed
    "The mean of 10 scores is 70. When the highest and lowest scores are removed, the mean of "
    "the other scores is 72. If the highest score is 95, what is the median score?",
    # the two highest: a rank this reader does not read
    "The mean of 10 scores is 70. When the two highest scores are removed, the mean of the "
    "other scores is 72. If the highest score is 95, what is the lowest score?",
    # two removed and none told: each one is not fixed
    "The mean of 8 numbers is 15. Two of the numbers are removed and the mean of the remaining "
    "numbers is 14. What is the larger removed number?",
    # no two of 3, 5, 8, 10 have mean 7 (sum 14)
    "Two of the four numbers 3, 5, 8 and 10 have a mean of 7. What is the mean of the other two "
    "numbers?",
    # a median, not a mean
    "Three of the five numbers 10, 12, 15, 20 and 23 have a median of 15. What is the mean of "
    "the other two numbers?",
    # the count of the list disagrees with the numbers listed
    "Three of the six numbers 10, 12, 15, 20 and 23 have a mean of 14. What is the mean of the "
    "other two numbers?",
])
def test_declined(problem):
    assert solve_now(problem).answer is None
