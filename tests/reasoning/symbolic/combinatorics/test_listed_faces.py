"""Spinners and dice whose equal sections or faces carry listed numbers. Our own problems,
the answers worked out by listing the outcomes by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # odd + odd (9) or 2 + 2 (1) of 16
    ("A spinner has 4 congruent sectors labeled 2, 3, 5 and 7. It is spun twice. What is the "
     "probability that the sum is even?", "\\frac{5}{8}"),
    # 2*4, 4*2, 4*4 of 9
    ("A spinner is divided into three equal sections labeled 1, 2 and 4. If it is spun twice, "
     "what is the probability that the product of the two numbers is greater than 4?",
     "\\frac{1}{3}"),
    # |a - b| <= 1 over 3, 4, 5, 6, 8: 5 equal, 8 one apart, of 25
    ("A fair spinner has five equal sections numbered 3, 4, 5, 6 and 8. Jo and her brother "
     "each spin it once. What is the probability that the positive difference of their "
     "numbers is less than 2? Express your answer as a common fraction.", "\\frac{11}{25}"),
    # 2+2 (9), 1+3 (2), 3+1 (2) of 36
    ("A cube has its faces labeled 1, 1, 2, 2, 2, 3. The cube is rolled twice. What is the "
     "probability that the sum of the two numbers rolled is 4?", "\\frac{13}{36}"),
    # 3 + 3 + 3: (1/2)^3
    ("A spinner has 6 equal sections marked 1, 2, 2, 3, 3, 3. Sam spins it 3 times. What is "
     "the probability that the sum of the numbers is 9?", "\\frac{1}{8}"),
    ("A spinner has $3$ equal regions numbered $2$, $4$, and $5$. The spinner is spun twice. "
     "What is the probability that both numbers are even?", "\\frac{4}{9}"),
    # a product of two of 2, 4, 6 is a multiple of 8 unless it is 2*2, 2*6, 6*2, 6*6 (16 of 36)
    ("A number cube has faces labeled 2, 2, 4, 4, 6, 6. If it is tossed twice, what is the "
     "probability that the product of the two numbers is a multiple of 8?", "\\frac{5}{9}"),
    ("A spinner has 4 equal sections labeled 10, 20, 30 and 40. It is spun twice. What is the "
     "probability that the sum of the two results is at least 60?", "\\frac{3}{8}"),
    ("A spinner has 8 congruent sectors numbered 1, 2, 3, 5, 8, 13, 21 and 34. If the spinner "
     "is spun once, what is the probability that the number is odd?", "\\frac{5}{8}"),
    # 2, 3, 5 of 0 to 5
    ("A fair 6-sided die has faces numbered 0, 1, 2, 3, 4, 5. It is rolled once. What is the "
     "probability that the number rolled is prime?", "\\frac{1}{2}"),
    # coins with numbered sides: two 2s and a 1 of 8
    ("A coin has sides labeled 1 and 2. It is flipped 3 times. What is the probability that "
     "the sum of the numbers is 5?", "\\frac{3}{8}"),
    ("A fair coin has its sides labeled 3 and 8. Maria flips the coin twice. What is the "
     "probability that the sum is odd?", "\\frac{1}{2}"),
    # 1 + 1, 3 + 3 and 1 + 3 both ways of 9, the die named as the one rolled
    ("A die whose 3 faces are numbered 1, 3 and 5 is rolled twice. What is the probability that "
     "the sum is at most 6?", "\\frac{2}{3}"),
    # the spinning told before the spinner: 1 + 4, 2 + 3 both ways of 16
    ("Mia and her brother each spin a spinner once. The spinner has 4 equal sections labeled "
     "1, 2, 3 and 4. What is the probability that the sum is 5?", "\\frac{1}{4}"),
    # 5 + 5 + 5 and the 6 orders of 4, 5, 6 of 27
    ("Raj spins a spinner 3 times. The spinner is divided into 3 congruent sectors labeled 4, "
     "5 and 6. What is the probability that the sum of the numbers is 15?", "\\frac{7}{27}"),
])
def test_listed_sections(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    ("A die has faces labeled 1, 1, 2, 3, 5, 8. What is the expected value of a roll?",
     "\\frac{10}{3}"),
    ("A spinner has 4 equal sections labeled 1, 2, 5 and 10. What is the expected value of a "
     "spin?", "\\frac{9}{2}"),
    ("A spinner has 5 congruent sectors labeled 2, 4, 6, 8 and 20. What is the expected value "
     "of the number spun?", "8"),
    # twice the mean 7/3
    ("A cube has faces numbered 1, 2, 2, 3, 3, 3. It is rolled twice. What is the expected "
     "value of the sum?", "\\frac{14}{3}"),
    ("A coin whose sides are labeled 10 and 20 is tossed 4 times. What is the expected value "
     "of the sum?", "60"),
    # the mean 2 squared
    ("A spinner has 3 equal sections labeled 1, 2 and 3. It is spun twice. What is the "
     "expected value of the product of the numbers?", "4"),
])
def test_expected_values(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 'a spin' of two spins
    "A spinner has 4 equal sections labeled 1, 2, 5 and 10. It is spun twice. What is the "
    "expected value of a spin?",
    # the sum of spins never made
    "A spinner has 4 equal sections labeled 1, 2, 5 and 10. What is the expected value of the "
    "sum?",
    # four labels on five sectors
    "A spinner has 5 congruent sectors labeled 1, 2, 3 and 4. It is spun twice. What is the "
    "probability that the sum is even?",
    # sections not equal
    "A spinner has sections labeled 1, 2 and 3, and the section labeled 1 is twice as large "
    "as the others. It is spun twice. What is the probability that the sum is even?",
    # how many times it is spun said twice
    "Raj spins a spinner 3 times. The spinner is divided into 3 congruent sectors labeled 4, 5 "
    "and 6. It is spun twice. What is the probability that the sum of the numbers is 15?",
    # two spinners
    "Mia and her brother each spin a spinner once. A spinner has 4 equal sections labeled 1, 2, "
    "3 and 4 and another has 3 equal sections labeled 1, 2 and 3. What is the probability that "
    "the sum is 5?",
    # three labels on a coin
    "A coin has sides labeled 1, 2 and 3. It is flipped twice. What is the probability that "
    "the sum is 4?",
    # heads and tails of a numbered coin
    "A coin has sides labeled 1 and 2. It is flipped 3 times. What is the probability that "
    "heads comes up twice?",
    # five labels on a cube
    "A cube has its faces labeled 1, 1, 2, 2, 3. It is rolled twice. What is the probability "
    "that the sum is 4?",
    # not said how many times it is spun
    "A spinner has 4 congruent sectors labeled 2, 3, 5 and 7. What is the probability that "
    "the sum is even?",
    # a second condition
    "A spinner has 4 congruent sectors labeled 2, 3, 5 and 7. It is spun twice. What is the "
    "probability that the sum is even and at least one spin is a 2?",
    # 'both' of three spins
    "A spinner has 4 congruent sectors labeled 2, 3, 5 and 7. It is spun 3 times. What is the "
    "probability that both numbers are odd?",
    # a difference of three numbers
    "A spinner has 4 congruent sectors labeled 2, 3, 5 and 7. It is spun 3 times. What is the "
    "probability that the difference of the numbers is odd?",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None
