"""Quantities told by their sums two at a time (prealgebra/pair_sums.py): three unnamed numbers
added in pairs, and named people weighed in pairs. Our own problems, answers worked by hand;
near misses (a sum missing, a total the pairs leave free, whole numbers that would be halves,
a difference instead of a sum) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # (13 + 22 + 27) / 2
    ("When three numbers are added two at a time, the sums are 13, 22 and 27. What is the sum "
     "of the three numbers?", "31"),
    # total 31: 31 - 13 = 18 is the largest
    ("three numbers are added in pairs and the sums are 13, 22 and 27. whats the largest number",
     "18"),
    ("The pairwise sums of three whole numbers are 13, 22 and 27. What is the smallest of the "
     "three numbers?", "4"),
    # numbers 18, 9, 4
    ("Adding three numbers two at a time gives $13$, $22$ and $27$. Find the product of the "
     "numbers.", "648"),
    ("Three numbers added two at a time give 13, 22 and 27. What is the middle number?", "9"),
    # (9 + 14 + 16) / 2 = 39/2, mean 13/2
    ("The sums of three numbers taken in pairs are 9, 14 and 16. What is the average of the "
     "three numbers?", "\\frac{13}{2}"),
    # total 23: 23 - 15 = 8
    ("The ages of three brothers added two at a time are 15, 17 and 14. How old is the youngest "
     "brother?", "6"),
    # total 300: Kai = 300 - (Lu + Mo) = 300 - 190
    ("Kai and Lu together weigh 220 pounds, Lu and Mo together weigh 190 pounds, and Mo and Kai "
     "together weigh 190 pounds. How many pounds does Kai weigh?", "110"),
    # 18 - 4, the largest and the smallest read one at a time
    ("When three numbers are added two at a time, the sums are 13, 22 and 27. What is the "
     "difference between the largest and smallest numbers?", "14"),
    # P + S = 180 - 150 + 170
    ("Pia, Quin, Ravi and Sol weigh themselves in pairs. Together Pia and Quin weigh 180 pounds, "
     "Quin and Ravi weigh 150 pounds, and Ravi and Sol weigh 170 pounds. How many pounds do Pia "
     "and Sol weigh together?", "200"),
]

NEAR_MISSES = [
    "When three numbers are added two at a time, two of the sums are 13 and 22. What is the "
    "sum of the three numbers?",
    # Pia alone is not fixed by three sums of four people
    "Pia, Quin, Ravi and Sol weigh themselves in pairs. Together Pia and Quin weigh 180 pounds, "
    "Quin and Ravi weigh 150 pounds, and Ravi and Sol weigh 170 pounds. How many pounds does "
    "Pia weigh?",
    # (11 + 14 + 18) / 2 is not whole
    "When three whole numbers are added two at a time, the sums are 11, 14 and 18. What is the "
    "largest of the numbers?",
    "When three numbers are subtracted two at a time, the differences are 3, 5 and 8. What is "
    "the largest of the numbers?",
    "Three pairs of numbers have sums 13, 22 and 27. What is the mean of the three sums?",
    # another quantity of the numbers than those read
    "When three numbers are added two at a time, the sums are 13, 22 and 27. What is the sum of "
    "the squares of the three numbers?",
    "Kai and Lu together weigh 220 pounds, and Lu and Mo together weigh 190 pounds. How many "
    "pounds does Lu weigh?",
    "Kai and Lu together weigh 220 pounds, Lu and Mo together weigh 190 pounds, and Mo and Kai "
    "together weigh 190 kilograms. How many pounds does Kai weigh?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_pair_sums_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_pair_sums_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
