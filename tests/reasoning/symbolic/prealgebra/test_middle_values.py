"""Three numbers known by their mean, median, range and relations (our own problems; each
answer worked by hand in the comment)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # total 48, middle 17, largest 17 + 6 = 23: smallest 8
    ("Three positive integers have a mean of 16 and a median of 17. If the median is 6 less "
     "than the largest number, what is the smallest number?", "8"),
    # total 36, middle 11, largest - smallest = 9: 2c = 34
    ("Three numbers have an average of 12, a median of 11 and a range of 9. What is the "
     "largest number?", "17"),
    # total 30, middle 9, largest 15
    ("The mean of three numbers is 10 and their median is 9. The largest number is 15. What "
     "is the smallest number?", "6"),
    # total 21, middle 6, c = 3a: 4a = 15
    ("The mean of three numbers is 7, their median is 6, and the largest is 3 times the "
     "smallest. Find the smallest number.", r"\frac{15}{4}"),
    # a second fact after "and" without its article: total 90, middle 31, largest 35
    ("Three positive integers have an arithmetic mean of 30 and median of 31. If the median is "
     "4 less than the largest number, what is the smallest number?", "24"),
    ("Three positive integers have a median of 31 and mean of 30. The largest number is 4 more "
     "than the median. What is the smallest number?", "24"),
    # total 36, middle 11, c - a = 9
    ("Three numbers have a mean of 12 and median of 11 and range of 9. What is the largest "
     "number?", "17"),
])
def test_three_numbers(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # two facts: the numbers are not fixed
    "Three numbers have a mean of 10 and a median of 9. What is the largest number?",
    "Three integers have a mean of 12 and median of 11. What is the largest number?",
    # the facts give a largest number below the median
    "The mean of three numbers is 10. Their median is 12 and the range is 3. What is the "
    "smallest number?",
    # whole numbers asked, but the facts give 15/4
    "The mean of three integers is 7, their median is 6, and the largest is 3 times the "
    "smallest. What is the smallest integer?",
])
def test_declined(problem):
    assert solve_now(problem).answer is None
