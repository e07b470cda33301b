"""Prealgebra questions asked in more than one shape: two numbers told by verbs
("add up to", "differ by", "multiply to", "whose sum is ..."), consecutive integers told by
two of them or by "add up to", a number increased or decreased by a percent, successive
discounts asked as "by what percent has the original price been reduced", and a mean told
as "the numbers ... have an average of ...". Our own wordings and numbers (answers worked
out by hand), and near misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # two numbers
    ("Two numbers add up to 33 and differ by 9. Find the larger number.", "21"),
    ("What is the smaller of two numbers whose sum is 44 and whose difference is 10?", "17"),
    ("Two positive integers differ by 5 and have a product of 84. What is their sum?", "19"),
    ("Determine the larger of two integers whose product is 72 and whose sum is 18.", "12"),
    ("Two positive numbers differ by 2 and multiply to 63. What is the smaller number?", "7"),
    ("Two numbers add up to 46, and one exceeds the other by 14. What is the smaller "
     "number?", "16"),
    ("The sum of two numbers is 75 and the larger exceeds the smaller by 9. Find the larger.",
     "42"),
    # consecutive integers
    ("Five consecutive integers add up to 115. What is the largest of them?", "25"),
    ("The product of the first and third of three consecutive positive odd integers is 221. "
     "Find the middle one.", "15"),
    ("The sum of the smallest and largest of four consecutive integers is 45. Find the "
     "smallest.", "21"),
    ("The product of the first and second of three consecutive positive integers is 90. What "
     "is the third?", "11"),
    # a number changed by a percent
    ("What number is obtained when 60 is increased by $35\\%$?", "81"),
    ("If 150 is decreased by 12%, what is the result?", "132"),
    ("Increase 90 by 40\\%. What number do you get?", "126"),
    ("Decrease 250 by 8 percent.", "230"),
    ("Find the number of which 27 is $45\\%$.", "60"),
    ("If 18 is some percent of 72, what is that percent?", "25"),
    # successive changes
    ("A lamp is marked down $30\\%$ and then the sale price is reduced another $20\\%$. By "
     "what percent has the original price been reduced?", "44"),
    ("The cost of a ticket is cut by $20\\%$ and later by another $50\\%$. What is the total "
     "percent decrease from the original price?", "60"),
    # a mean told after its numbers
    ("What must $k$ be so that 9, 13 and $k$ have an average of 15?", "23"),
    ("The numbers 4, 7, 12 and $w$ have a mean of 9. Find $w$.", "13"),
    ("If 20, 31 and $n$ have an average of 25, what is $n$?", "24"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # real numbers differing by 3 with product 40: 8 and 5, or -5 and -8
    "Two numbers differ by 3 and multiply to 40. What is the larger number?",
    # the smaller cannot exceed the larger
    "The sum of two numbers is 50 and the smaller exceeds the larger by 8. What is the smaller "
    "number?",
    # two consecutive integers have no third
    "The sum of two consecutive integers is 41. What is the third?",
    # the first and the first again: not two of them
    "The sum of the first and first of three consecutive integers is 20. What is the middle "
    "integer?",
    # the price went up overall: no reduction
    "A price is raised 50% and then reduced 10%. By what percent has the original price been "
    "reduced?",
    # 13, 15, 17 or -17, -15, -13: two middles
    "The product of the first and third of three consecutive odd integers is 221. What is the "
    "middle integer?",
    # the question is about a number not given
    "What number is increased by 25% to give 80?",
    # an average of at least 12 is not an equation
    "What must $t$ be so that 8, 14 and $t$ have an average of at least 12?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
