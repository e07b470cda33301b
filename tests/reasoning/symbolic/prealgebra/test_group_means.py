"""The mean of a whole made of groups, each with its size and mean (prealgebra/group_means.py).
Our own stories, answers worked out by hand; near misses (a whole that is not the sum of the
groups, groups that may overlap, another measure asked, the median) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # (15 * 60 + 25 * 76) / 40 = 70
    ("The mean score of 15 boys is 60 and the mean score of 25 girls is 76. What is the mean "
     "score of all 40 students?", "70"),
    # (8 * 65 + 12 * 90) / 20 = 80
    ("In a class, 8 students had a mean score of 65 and the other 12 students had a mean score "
     "of 90. What is the mean score of the whole class?", "80"),
    # (6 * 70 + 4 * 95) / 10 = 80
    ("On a quiz, 6 students had an average of 70% and the remaining 4 students had an average "
     "of 95%. What is the average of all the students?", "80"),
    # groups told by what they did, then "their mean": (20 * 80 + 5 * 90) / 25
    ("In a class, 20 of the 25 students took a quiz and their mean score was 80. The other 5 "
     "students took it later and their mean score was 90. What is the new class mean?", "82"),
    # (24 * 75 + 6 * 85) / 30 = 2310 / 30
    ("In Mr. Park's class, 24 of the 30 students took the Chapter 3 test, and their mean score "
     "was 75. The next day the other 6 students took the test and their mean score was 85. "
     "What is the new class mean?", "77"),
    # a class named by its subject: (12 * 70 + 8 * 80) / 20 = 1480 / 20
    ("In Ms. Ortiz's history class, 12 of the 20 students took the exam, and their mean score "
     "was 70. Later the other 8 students took the exam and their mean score was 80. What is "
     "the new class mean?", "74"),
    ("In a class, 20 of the 25 students took a quiz and their mean score was 80%. The other 5 "
     "students took it later and their mean score was 90%. What is the new class mean? Express "
     "your answer as a percent.", "82"),
]

NEAR_MISSES = [
    "The mean score of 15 boys is 60 and the mean score of 25 girls is 76. What is the mean "
    "score of all 45 students?",
    # the 25 students may include the boys
    "The mean score of 15 boys is 60 and the mean score of 25 students is 76. What is the mean "
    "score of all 40 students?",
    "The mean score of 15 boys is 60 and the mean score of 25 girls is 76. What is the mean "
    "height of all 40 students?",
    "The mean score of 15 boys is 60 and the mean score of 25 girls is 76. What is the median "
    "score of all 40 students?",
    # one group asked, not the whole
    "The mean score of 15 boys is 60 and the mean score of 25 girls is 76. What is the mean "
    "score of all the girls?",
    # 20 and 5 are not the 26 students of the class
    "In a class, 20 of the 26 students took a quiz and their mean score was 80. The other 5 "
    "students took it later and their mean score was 90. What is the new class mean?",
    # the first group is "the other": no group before it
    "In a class, the other 5 students took a quiz and their mean score was 80. Then 20 of the "
    "25 students took it and their mean score was 90. What is the new class mean?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_group_means_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_group_means_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
