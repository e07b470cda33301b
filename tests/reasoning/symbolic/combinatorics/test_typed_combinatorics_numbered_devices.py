"""One spin of a spinner with equal numbered sections, or one roll of a fair die with
numbered faces, and a property of the number (`combinatorics.numbered`). Our own problems;
answers worked by hand from the numbers listed."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # primes 2, 3, 5, 7 of 8
    ("A spinner has 8 congruent sectors numbered 1 through 8. What is the probability that "
     "the spinner lands on a prime number?", "\\frac{1}{2}"),
    # 3, 6, 9 of 10
    ("A spinner is divided into 10 equal sections numbered from 1 to 10. What is the "
     "probability of spinning a multiple of 3?", "\\frac{3}{10}"),
    # 1, 4, 9 of 12
    ("A fair 12-sided die with faces numbered 1 through 12 is rolled. What is the "
     "probability that the number rolled is a perfect square?", "\\frac{1}{4}"),
    # 4 and 8 of the five
    ("A spinner with 5 equal sections labeled 2, 4, 6, 8 and 10 is spun once. What is the "
     "probability that it lands on a multiple of 4?", "\\frac{2}{5}"),
    # 1, 2, 3, 4, 6 of 10
    ("A fair 10-sided die has its faces numbered 1 through 10. Nia rolls the die once. What "
     "is the probability that the number rolled is a divisor of 12?", "\\frac{1}{2}"),
    # 16 to 20 of 20
    ("A fair 20-sided die with faces numbered 1 through 20 is rolled. What is the "
     "probability of rolling a number greater than 15?", "\\frac{1}{4}"),
])
def test_numbered_devices(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # sections not said to be equal: the numbers need not be equally likely
    "A spinner is divided into 6 sections numbered 1 through 6. What is the probability of "
    "spinning an even number?",
    # two spins
    "A spinner has 8 congruent sectors numbered 1 through 8. The spinner is spun twice. What "
    "is the probability that it lands on a prime number both times?",
    # a die not said to be fair
    "A 6-sided die with faces numbered 1 through 6 is rolled. What is the probability of "
    "rolling a prime?",
    # 8 sectors but nine numbers
    "A spinner has 8 equal sectors numbered 1 through 9. What is the probability that it "
    "lands on 9?",
])
def test_numbered_devices_not_read_are_declined(problem):
    assert solve_now(problem).answer is None


def test_a_spin_lands_on():
    # 1..10 equal sections, more than 7: 8, 9, 10
    assert_solved("A spinner is divided into 10 equal sections numbered 1 through 10. What is "
                  "the probability that a spin lands on a number greater than 7?",
                  "\\frac{3}{10}")
