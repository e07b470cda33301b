"""Dice events about one roll among several ("at least one roll is a 6"). Our own problems,
the answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 1 - (5/6)^3
    ("A fair die is rolled 3 times. What is the probability that at least one roll is a 6?",
     "\\frac{91}{216}"),
    # 1 - (5/6)^4
    ("Four fair dice are rolled. What is the probability that at least one die shows a 1?",
     "\\frac{671}{1296}"),
    # 5 * 5^4 / 6^5
    ("A fair die is rolled 5 times. What is the probability that exactly one roll is a 2?",
     "\\frac{3125}{7776}"),
    # the face first, then how often it comes: 1 - (5/6)^3
    ("A fair die is rolled 3 times. What is the probability that a 4 appears at least once?",
     "\\frac{91}{216}"),
    # C(4, 2) 5^2 / 6^4 = 150 / 1296
    ("A standard die is rolled 4 times. What is the probability that the number 5 comes up "
     "exactly twice?", "\\frac{25}{216}"),
])
def test_one_roll(problem, answer):
    assert_solved(problem, answer)


def test_singular_after_a_larger_count_is_declined():
    assert solve_now("Two fair dice are rolled. What is the probability that at least 2 roll "
                     "is a 6?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # the larger is 3 in 3^2 - 2^2 = 5 of the 36 rolls
    ("Two fair dice are rolled. What is the probability that the larger of the two numbers is "
     "3?", "\\frac{5}{36}"),
    # the smaller is at least 4: both at least 4, 3^2 = 9 rolls
    ("Two fair six-sided dice are rolled. What is the probability that the smaller number is at "
     "least 4?", "\\frac{1}{4}"),
    # the largest of three is at most 2: 2^3 = 8 rolls of 216
    ("Three fair dice are rolled. What is the probability that the largest number rolled is at "
     "most 2?", "\\frac{1}{27}"),
])
def test_largest_or_smallest(problem, answer):
    assert_solved(problem, answer)


def test_the_larger_of_three_is_declined():
    assert solve_now("Three fair dice are rolled. What is the probability that the larger "
                     "number is 5?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # doubles: the two dice equal, 6 of 36 rolls
    ("A pair of dice is thrown. What is the probability of throwing doubles?", "\\frac{1}{6}"),
    # two 10-sided dice: 10 of 100
    ("Two fair 10-sided dice are rolled. What is the probability of getting a double?",
     "\\frac{1}{10}"),
])
def test_doubles(problem, answer):
    assert_solved(problem, answer)


def test_doubles_of_three_dice_is_declined():
    # a pair among three, or all three alike?
    assert solve_now("Three fair dice are rolled. What is the probability of getting "
                     "doubles?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # C(5, 2) 5^3 / 6^5 = 1250/7776
    ("A fair die is rolled 5 times. What is the probability of getting exactly two sixes?",
     "\\frac{625}{3888}"),
    # three dice, at least two fours: (C(3,2) 5 + 1)/216 = 16/216
    ("Three fair dice are rolled. What is the probability of rolling at least two fours?",
     "\\frac{2}{27}"),
])
def test_faces_said_as_plural_words(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # two spinners 1..6 are two dice: sum 7 in 6 of 36
    ("Two spinners are each divided into 6 equal sections numbered 1 through 6. Each is spun "
     "once. What is the probability that the sum of the two numbers is 7?", "\\frac{1}{6}"),
    # 1..3 each: product odd needs both odd (2 * 2 of 9), so even 5/9
    ("Two spinners are each divided into 3 congruent sectors numbered 1 through 3. Each is "
     "spun once. What is the probability that the product of the two numbers is even?",
     "\\frac{5}{9}"),
    # one spinner spun several times: 1..6 twice, sum 8 in 5 of 36; 1..4 three times, sum 5
    # in 6 of 64
    ("A spinner has 6 equal sections numbered 1 to 6. If it is spun twice, what is the "
     "probability that the sum is 8?", "\\frac{5}{36}"),
    ("A spinner is divided into 4 equal sections numbered 1 through 4. If it is spun 3 times, "
     "what is the probability that the sum is 5?", "\\frac{3}{32}"),
])
def test_spinners_of_equal_sections(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the sections numbered are not the sections there are
    "Two spinners are each divided into 4 equal sections numbered 1 through 5. Each is spun "
    "once. What is the probability that the sum of the two numbers is 5?",
    # dice named in a problem about spinners
    "Two spinners are each divided into 6 equal sections numbered 1 through 6. Each is spun "
    "once. What is the probability that both dice show the same number?",
    "A spinner has 5 equal sections numbered 1 to 6. If it is spun twice, what is the "
    "probability that the sum is 6?",
])
def test_spinners_declined(problem):
    assert solve_now(problem).answer is None


def test_the_difference_of_two_dice_is_the_larger_less_the_smaller():
    # |a - b| = 3: (1,4), (2,5), (3,6) and back: 6 of 36
    assert_solved("Two fair dice are rolled. What is the probability that the difference "
                  "between the numbers rolled is 3?", "\\frac{1}{6}")


@pytest.mark.parametrize(("problem", "answer"), [
    ("Two fair dice are rolled. What is the probability that both show a 3?", "\\frac{1}{36}"),
    ("Three fair dice are rolled. What is the probability that all three show 5?",
     "\\frac{1}{216}"),
])
def test_every_die_shows_one_face(problem, answer):
    assert_solved(problem, answer)


def test_both_said_of_three_dice_is_declined():
    assert solve_now("Three fair dice are rolled. What is the probability that both show a "
                     "3?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # "of getting" / "of rolling": the event as an outcome got; 10 of 36 sums above 8
    ("Two dice are rolled. What is the probability of getting a sum greater than 8?",
     "\\frac{5}{18}"),
    ("Two dice are rolled. What is the probability of rolling a sum of 7?", "\\frac{1}{6}"),
])
def test_the_event_as_getting(problem, answer):
    assert_solved(problem, answer)


def test_not_getting_is_declined():
    assert solve_now("Two dice are rolled. What is the probability of not getting a sum of "
                     "7?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # |x - y| = 3: (1,4) (2,5) (3,6) both ways, 6 of 36
    ("Maya rolls a standard 6-sided die twice. What is the probability that the two numbers she "
     "rolls differ by 3?", "\\frac{1}{6}"),
    # |x - y| >= 4: 4 + 2 = 6 of 36
    ("Tom rolls a fair die twice. What is the probability that the numbers he rolls differ by "
     "at least 4?", "\\frac{1}{6}"),
    # |x - y| = 2: 8 of 36
    ("I roll a fair six-sided die two times. What is the probability that the difference "
     "between the numbers I roll is 2?", "\\frac{2}{9}"),
])
def test_two_rolls_told_by_who_rolls(problem, answer):
    assert_solved(problem, answer)


def test_two_rolls_told_by_who_rolls_without_a_gap_declines():
    assert solve_now("Maya rolls a fair die twice. What is the probability that the numbers she "
                     "rolls differ?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # |x - y| = 1: 10 of 36
    ("Maya rolls a standard $6$-sided die twice. What is the probability of rolling integers "
     "that differ by $1$ on her first two rolls?", "\\frac{5}{18}"),
    # sums of 7: 6 of 36
    ("Tom rolls a fair die twice. What is the probability that the sum is 7 on his two rolls?",
     "\\frac{1}{6}"),
])
def test_every_roll_named(problem, answer):
    assert_solved(problem, answer)


def test_some_of_the_rolls_named_declines():
    # rolled 3 times, asked of the first two only
    assert solve_now("Maya rolls a fair die 3 times. What is the probability of rolling a sum "
                     "of 4 on her first two rolls?").answer is None
