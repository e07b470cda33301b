"""A list with one unknown member fixed by its median or mean (prealgebra/median_unknowns.py).
Our own lists, answers worked out by hand; near misses (a median that holds on a whole
stretch, an ordinal that is not the next one, a word such as 'mode' or 'largest possible', no
value that fits) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 75 80 88 90 92 and t: (t + 88)/2 = 87 for 80 <= t <= 88
    ("Tom's first five quiz scores were 80, 92, 75, 88 and 90. After his sixth quiz, the "
     "median of his six scores was 87. What was his score on the sixth quiz?", "86"),
    # median 12 for every x >= 12; the mean fixes x = 55 - 38
    ("The median of the numbers 3, 8, 12, 15 and x is 12, and x is greater than 15. The mean "
     "is 11. What is x?", "17"),
    # x < 10: median 12, mean (92 + x)/5 = 17
    (r"The median of the set $\{10, 30, 40, x, 12\}$ is five less than the mean. If $x$ is a "
     r"negative integer, what is $x$?", "-7"),
    ("The numbers 4, 9, 11 and x have a mean of 10. What is x?", "16"),
    # 49 50 52 55 and t: the median is t for 50 <= t <= 52
    ("Ana's times in her first four races were 52, 49, 55 and 50 seconds. After her fifth "
     "race, her median time was 51 seconds. What was her time in the fifth race?", "51"),
    # x < 2: median 6, mean (31 + x)/5 = 6
    ("The median of the numbers 2, 6, 9, x and 14 is equal to their mean. If x is less than "
     "2, what is x?", "-1"),
    # the mean: 4 * 80 - (70 + 85 + 91)
    ("Lena's scores on her first three tests were 70, 85 and 91. After the fourth test, the "
     "mean of her four scores was 80. What was her score on the fourth test?", "74"),
    # x > 20: median 17.5, mean (47 + x)/4 = 20.5
    (r"The mean of the set $\{12, 15, 20, x\}$ is 3 more than its median, and $x$ is greater "
     r"than 20. What is the value of $x$?", "35"),
]

NEAR_MISSES = [
    # the mean of the first five is no fact about the six
    "Tom's first five quiz scores were 80, 92, 75, 88 and 90, and their mean was 85. After "
    "his sixth quiz, the median of his six scores was 87. What was his score on the sixth "
    "quiz?",
    # the median is 12 for every x from 12 up
    "The median of the numbers 3, 8, 12, 15 and x is 12. What is x?",
    # the seventh quiz is not the next one after five
    "Tom's first five quiz scores were 80, 92, 75, 88 and 90. After his seventh quiz, the "
    "median of his scores was 87. What was his score on the seventh quiz?",
    # the mode
    "The mode of the numbers 3, 8, 12, 15 and x is 12. What is x?",
    # the largest possible value
    "The median of the numbers 3, 8, 12, 15 and x is 12. What is the largest possible value "
    "of x?",
    # no negative value fits (12, 8.25 and 37 do)
    r"The median of the set $\{5, 9, 14, x, 20\}$ is three less than the mean. If $x$ is a "
    r"negative integer, what is $x$?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_median_unknowns_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_median_unknowns_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
