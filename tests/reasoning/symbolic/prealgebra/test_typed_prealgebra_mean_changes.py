"""A mean that changes when one member joins or leaves a group (prealgebra/mean_changes.py).
Our own stories, several wordings; the near misses must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("The average of five numbers is 12. When a sixth number is added the average becomes "
     "13. What is the sixth number?", "18"),
    ("The mean of four numbers is 15. A fifth number is added and the mean becomes 16. What "
     "is the fifth number?", "20"),
    ("The average of 5 numbers is 12. If one number is removed, the average of the remaining "
     "numbers is 10. What number was removed?", "20"),
    ("The mean of 9 values is 20. One of the values is removed and the mean of the remaining "
     "values is 19. What is the removed value?", "28"),
    ("Sam has an average of 84 on his first four tests. What score does he need on the fifth "
     "test to raise his average to 86?", "94"),
    ("Lea's average on her first three quizzes is 80. What score does she need on the fourth "
     "quiz to bring her average up to 85?", "100"),
    ("Seven children have a mean age of 10. A new child joins and the mean age becomes 11. "
     "How old is the new child?", "18"),
    # the mean may fall
    ("Six boxes have an average weight of 20. Another box is added and the average weight "
     "drops to 18. What is the new box?", "6"),
    # the count after the change told without a noun
    ("Nine numbers have a mean of 70. When one of them is removed, the mean of the other "
     "eight is 69. Which number was removed?", "78"),
    ("The average of four values is 15. After a fifth value is added, the average of all five "
     "values is 16. What is the fifth value?", "20"),
])
def test_a_mean_that_changes(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the ordinal does not agree with the count
    "The average of six numbers is 10. When a sixth number is added the average becomes 11. "
    "What is the sixth number?",
    # asked about an added member when one was removed
    "The mean of 8 scores is 70. One score is dropped and the mean becomes 72. What score "
    "was added?",
    # the count told after the change disagrees with the story (9 - 1 is not 7)
    "Nine numbers have a mean of 70. When one of them is removed, the mean of the other "
    "seven is 69. Which number was removed?",
    # a median is another statistic
    "The average of five numbers is 12. When a sixth number is added the median becomes 13. "
    "What is the sixth number?",
])
def test_other_stories_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 5(12) - 4(10) = 20: "the rest" are the four left
    ("The average of 5 numbers is 12. One number is removed and the average of the rest "
     "becomes 10. What number was removed?", "20"),
    # 8(70) - 7(72) = 56
    ("The mean of 8 scores is 70. When one score is dropped, the mean of the rest of the "
     "scores is 72. What score was dropped?", "56"),
])
def test_the_mean_of_the_rest(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # every member up by 3: the mean up by 3
    ("The average of 6 numbers is 20. If each number is increased by 3, what is the new "
     "average?", "23"),
    ("The mean of 4 scores is 80. If 5 is subtracted from each score, what is the new mean?",
     "75"),
    # every member doubled (halved): the mean doubled (halved)
    ("The average of 10 numbers is 7. If each number is doubled, what is the new average?",
     "14"),
    ("The mean of 5 values is 12. Each value is halved. What is the new mean?", "6"),
    ("The average of 9 numbers is 4. If each of the numbers is multiplied by 3, what is the "
     "new average?", "12"),
])
def test_every_member_changed_alike(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # another statistic
    "The average of 6 numbers is 20. If each number is increased by 3, what is the new "
    "median?",
    # one member, not each: the new mean is 20 + 3/6
    "The average of 6 numbers is 20. If one number is increased by 3, what is the new average?",
    # a percent is not read here
    "The average of 6 numbers is 20. If each number is increased by 10%, what is the new "
    "average?",
    "The average of 6 numbers is 20. If each number is divided by 0, what is the new average?",
])
def test_every_member_changed_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 4(80) - 3(78) = 86
    ("Ana's average on 3 tests is 78. What must she score on the fourth test to have an "
     "average of 80?", "86"),
    ("Ana's average on 3 tests is 78. What must she score on the 4th test to have an average "
     "of 80?", "86"),
])
def test_the_next_test_without_a_determiner(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_the_next_test_with_a_wrong_ordinal_declines() -> None:
    # three tests so far: the next is the fourth
    assert solve_now("Ana's average on 3 tests is 78. What must she score on the fifth test to "
                     "have an average of 80?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 5 * 88 - 4 * 86: the scores said to average, the score "needed", "makes" without a modal
    ("Leo's scores on four quizzes average 86. What must he score on the fifth quiz to have an "
     "average of 88?", "96"),
    ("The average of four tests is 75. What score is needed on the fifth test for an average "
     "of 78?", "90"),
    ("The average of 4 tests is 75. What score on a 5th test makes the average 77?", "85"),
])
def test_the_score_needed_said_other_ways(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_the_score_needed_with_a_wrong_ordinal_declines() -> None:
    assert solve_now("The average of 4 tests is 75. What score on a 6th test makes the average "
                     "77?").answer is None
