"""A mean that changes when several members join or leave at once (prealgebra/mean_changes.py):
the mean or the sum of those members is asked. Our own stories; answers by hand (the comment):
the k members add up to the total after minus the total before (or the reverse)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # (9 * 30 - 6 * 25) / 3 = 40
    ("The average of six numbers is 25. Three more numbers are added to the list, and the "
     "average of all 9 numbers becomes 30. What is the average of the three numbers added?",
     "40"),
    # 12 * 50 - 10 * 46 = 140
    ("The mean of 10 test scores is 46. If two new scores are added, the mean of all 12 scores "
     "is 50. What is the sum of the two new scores?", "140"),
    # (15 * 70 - 12 * 72) / 3 = 62
    ("The arithmetic mean of fifteen numbers is 70. When 3 numbers are removed, the mean of the "
     "remaining 12 numbers is 72. What is the mean of the 3 numbers that were removed?", "62"),
    # 7 * 13 - 5 * 12 = 31 (two members joining, once declined by the one-member reading)
    ("The average of five numbers is 12. When two numbers are added the average becomes 13. "
     "What is the sum of the two numbers?", "31"),
    # letters: (8 * 40 - 6 * 35) / 2 = 55
    (r"Six numbers have a mean of 35. When 2 numbers $p$ and $q$ are added to the set, the average "
      r"of the eight-member set is 40. Find the average of $p$ and $q$.", "55"),
])
def test_mean_after_several_change(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the count after the change disagrees (6 + 3 is not 10)
    "The average of six numbers is 25. Three more numbers are added to the list, and the "
    "average of all 10 numbers becomes 30. What is the average of the three numbers added?",
    # asked about numbers removed when numbers were added
    "The mean of 10 test scores is 46. If two new scores are added, the mean of the 12 scores "
    "is 50. What is the mean of the two scores that were removed?",
    # the letters asked are not the letters added
    r"Six numbers have a mean of 35. When 2 numbers $p$ and $q$ are added to the set, the "
    r"average of the eight-member set is 40. Find the average of $p$ and $r$.",
])
def test_mean_after_several_declined(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 6 * 80 - 5 * 78 = 90: the score asked for the mean to reach a value, in other words
    ("The average of 5 quiz scores is 78. What must the sixth score be for the average of all "
     "six to be 80?", "90"),
    ("The mean of five test scores is 78. What score on a sixth test would make the mean of "
     "all six scores 80?", "90"),
    ("Lee has an average of 78 on five quizzes. What must he score on the sixth quiz to have "
     "an average of 80?", "90"),
])
def test_score_needed_for_a_new_mean(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the counts do not agree: five scores, a sixth one, "all seven"
    "The average of 5 quiz scores is 78. What must the sixth score be for the average of all "
    "seven to be 80?",
    "The average of 5 quiz scores is 78. What must the seventh score be for the average to be "
    "80?",
])
def test_score_needed_declines_when_counts_disagree(problem):
    assert solve_now(problem).answer is None
