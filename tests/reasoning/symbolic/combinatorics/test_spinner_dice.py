"""Spinners of equal sections labelled 1 to n read as n-sided dice (`combinatorics.spinners`):
the labels listed ("labeled 1, 2, 3, 4"), a spinner "spun twice" in the same sentence, two
people who "each spin it once"; and "their numbers" of two dice. Our own problems, the
answers by hand; labels that are not 1 to n, or a spinner beside a die, decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # (odd, odd): 2 * 2 of 16
    ("A spinner with four equal sections labeled 1, 2, 3, 4 is spun twice. What is the "
     "probability that the product of the two numbers is odd?", "\\frac{1}{4}"),
    # |a - b| <= 1 for a, b in 1..5: 5 + 2 * 4 = 13 of 25
    ("A spinner is divided into 5 congruent sectors numbered 1 through 5. Jane and her brother "
     "each spin it once. What is the probability that the difference of the numbers is less "
     "than 2?", "\\frac{13}{25}"),
    # (1,4), (2,5), (3,6) and back: 6 of 36
    ("A spinner has 6 equal sections labeled 1, 2, 3, 4, 5, 6. Mia and her sister each spin it "
     "once. What is the probability that their numbers differ by 3?", "\\frac{1}{6}"),
    # 123 in 6 orders and 222: 7 of 27
    ("A spinner with 3 congruent sectors numbered 1 to 3 is spun 3 times. What is the "
     "probability that the sum of the numbers is 6?", "\\frac{7}{27}"),
    ("Two 5-sided dice are rolled. What is the probability that the difference of their numbers "
     "is less than 2?", "\\frac{13}{25}"),
])
def test_spinners_as_dice(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # four sections numbered 1 through 5
    "A spinner has 4 equal sections numbered 1 through 5. It is spun twice. What is the "
    "probability that the sum is 5?",
    # each spins twice: four spins, not read
    "A spinner has 4 equal sections numbered 1 through 4. Mia and her sister each spin it "
    "twice. What is the probability that the sum is 5?",
    # a spinner and a die
    "A spinner has 4 equal sections numbered 1 through 4 and a die is rolled. What is the "
    "probability that the sum is 5?",
])
def test_spinners_not_read_as_dice_decline(problem):
    assert solve_now(problem).answer is None


def test_labels_other_than_1_to_n_are_read_as_labels():
    # not a 4-sided die: 1 + 4 and 4 + 1 of 16 (listed_faces)
    assert_solved("A spinner has 4 equal sections labeled 1, 2, 4, 8. It is spun twice. What is "
                  "the probability that the sum is 5?", "\\frac{1}{8}")


@pytest.mark.parametrize(("problem", "answer"), [
    # 'if you spin it twice': two 4-sided dice, sum 5 in 4 of 16
    ("A spinner has 4 equal sections labeled 1, 2, 3, 4. If you spin it twice, what is the "
     "probability that the sum is 5?", "\\frac{1}{4}"),
    # three equal numbers: 6 of 216
    ("A spinner has 6 congruent sectors numbered 1 through 6. If we spin the spinner 3 times, "
     "what is the probability that all three numbers are the same?", "\\frac{1}{36}"),
    # an even product: 1 - (3/5)^2
    ("A spinner has 5 equal sections numbered 1 to 5. If you spin it twice, what is the "
     "probability that the product is even?", "\\frac{16}{25}"),
])
def test_spun_by_someone(problem, answer):
    assert_solved(problem, answer)


def test_spun_by_someone_other_labels_declined():
    assert solve_now("A spinner has 4 equal sections labeled 2, 4, 6, 8. If you spin it twice, "
                     "what is the probability that the sum is 10?").answer is None
