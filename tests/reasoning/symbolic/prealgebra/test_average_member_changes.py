"""A mean after one member is removed (named by its value, by "a score of", or as the lowest
or highest with its value) or changed from one value to another (`prealgebra.averages`).
Our own problems, worked by hand in the comments."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 5 * 90 = 450; 450 - 70 = 380 over 4: 95; 95 is above the lowest, 70
    ("The average of 5 quiz scores is 90. If the lowest score, 70, is dropped, what is the "
     "average of the remaining scores?", "95"),
    # 4 * 60 = 240; 240 - 84 = 156 over 3: 52, below the highest, 84
    ("The mean of 4 numbers is 60. When the largest number, 84, is removed, what is the mean "
     "of the remaining numbers?", "52"),
    # 7 * 10 = 70; 70 - 16 = 54 over 6: 9
    ("The average of 7 numbers is 10. If a number of 16 is removed, what is the average of "
     "the other 6 numbers?", "9"),
    # 3 * 20 = 60; 60 + 8 = 68 over 4: 17
    ("The mean of 3 values is 20. When the number 8 is added, what is the mean of the new "
     "values?", "17"),
    # 6 * 15 = 90; 90 - 9 + 21 = 102 over 6: 17
    ("The average of 6 numbers is 15. If one of the numbers is changed from 9 to 21, what "
     "is the new average?", "17"),
    # 4 * 70 = 280; 280 - 62 + 90 = 308 over 4: 77
    ("The mean of 4 scores is 70. If one score, 62, is replaced by 90, what is the new "
     "mean?", "77"),
])
def test_average_after_one_member_changes(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the others' mean, 86, would lie below the "highest" score 50: impossible
    "The average of 6 test scores is 80. If the highest score, 50, is dropped, what is the "
    "average of the remaining scores?",
    # the others' mean, 77, would lie below the "lowest" score 95
    "The average of 6 test scores is 80. If the lowest score, 95, is dropped, what is the "
    "average of the remaining scores?",
    # 5 numbers are left, not 4
    "The mean of 6 numbers is 80. When the number 50 is removed, what is the mean of the "
    "other 4 numbers?",
    # after a change, nothing was removed: "the remaining" names no group
    "The mean of 4 scores is 70. If one score, 62, is replaced by 90, what is the mean of "
    "the remaining scores?",
    # 3 positive numbers of mean 5 add up to 15: none of them can be 20 (it answered -1/3)
    "The mean of 3 positive numbers is 5. If one of the numbers is changed from 20 to 4, what "
    "is the new mean?",
    # 4 positive numbers of mean 10 add up to 40: none of them can be 50 (it answered -10/3)
    "The average of 4 positive numbers is 10. If the number 50 is removed, what is the new "
    "average?",
])
def test_average_member_changes_not_read_are_declined(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # the twins of the two near misses above, members that fit: (15 - 2 + 8) / 3 = 7
    ("The mean of 3 positive numbers is 5. If one of the numbers is changed from 2 to 8, what "
     "is the new mean?", "7"),
    # (40 - 4) / 3 = 12
    ("The average of 4 positive numbers is 10. If the number 4 is removed, what is the new "
     "average?", "12"),
])
def test_a_member_that_fits_positive_numbers(problem, answer):
    assert_solved(problem, answer)
