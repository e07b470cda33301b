"""Consecutive integers told as "find three consecutive integers whose sum is 45" or "with a
product of ..." (prealgebra/consecutive.py). Our own wordings, answers worked out by hand; a
sum no run of integers has, and a product two runs have (one negative) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    ("Find three consecutive integers whose sum is 57. What is the middle one?", "19"),
    ("Find three consecutive integers whose sum is 57. What is the largest integer?", "20"),
    # 7 + 9 + 11 + 13 = 40
    ("Find four consecutive odd integers with a sum of 40. What is the smallest?", "7"),
    # 8 * 9 = 72
    ("There are two consecutive positive integers whose product is 72. What is the larger "
     "one?", "9"),
    # 27 + 29 + 31 = 87: the question names the run again ("of the three")
    ("The sum of three consecutive odd integers is 87. What is the largest of the three?",
     "31"),
    ("The sum of four consecutive even integers is 76. What is the smallest of the four "
     "integers?", "16"),
    # the question first: 35 + 36 + 37 + 38 + 39 = 185
    ("Find the largest of five consecutive integers whose sum is 185.", "39"),
    # 14 + 16 + 18 + 20 = 68
    ("What is the smallest of four consecutive even integers whose sum is 68?", "14"),
    # 13 + 15 + 17 = 45: 13 * 17
    ("Three consecutive odd integers add up to 45. What is the product of the smallest and "
     "largest?", "221"),
    # 14 + 16 + 18 = 48: 14 * 16 * 18
    ("The sum of three consecutive even integers is 48. What is the product of the three "
     "integers?", "4032"),
    # "bigger" as a student says it: 42 + 44 = 86, 30 + 31 = 61
    ("the sum of two consecutive even numbers is 86. what is the bigger one?", "44"),
    ("Two consecutive integers have a sum of 61. Find the bigger number.", "31"),
    # a mean told: the sum is the mean times the count (16 + 18 + 20 = 54 = 3 * 18)
    ("The average of three consecutive even numbers is 18. What is the smallest?", "16"),
    ("The mean of five consecutive integers is 30. What is the largest?", "32"),
]

NEAR_MISSES = [
    # "the bigger one" of three is no one integer
    "The sum of three consecutive integers is 60. What is the bigger one?",
    # four consecutive integers have a mean of a whole number and a half
    "The average of four consecutive integers is 20. What is the smallest?",
    "Find three consecutive integers whose sum is 58. What is the middle one?",
    # 8 * 10 and (-10)(-8)
    "There are two consecutive even integers whose product is 80. What is the larger one?",
    # the question counts four integers, the story three
    "The sum of three consecutive odd integers is 87. What is the largest of the four?",
    # four integers have no middle one
    "Find the middle of four consecutive integers whose sum is 186.",
    # the first and fourth of three integers
    "The sum of three consecutive integers is 36. What is the product of the first and fourth?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_consecutive_whose_sum_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_consecutive_whose_sum_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 49 * 50 = 2450
    (r"The product of two consecutive page numbers is $2{,}450$. What is the sum of the two "
     r"page numbers?", "99"),
    # 31 * 32 = 992
    ("The product of two consecutive page numbers is 992. What is the smaller of the page "
     "numbers?", "31"),
])
def test_page_numbers_are_positive_integers(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_consecutive_integers_of_either_sign_with_a_product_decline() -> None:
    # 22 * 23 = 506 = (-23)(-22): the sum is 45 or -45
    assert solve_now("The product of two consecutive integers is 506. What is their "
                     "sum?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 2x + 2 = 98: 48, 50; x + (x+1) + (x+2) = 63: 20, 21, 22
    ("The sum of two consecutive even integers is 98. What are they?", "48, 50"),
    ("Three consecutive integers add up to 63. Find the integers.", "20, 21, 22"),
    # 13 * 15 = 195
    ("The product of two consecutive positive odd integers is 195. What are the integers?",
     "13, 15"),
])
def test_every_integer_asked(problem: str, answer: str) -> None:
    got = solve_now(problem)
    assert got.answer == answer, got.detail


def test_every_integer_asked_with_two_runs_declines() -> None:
    # 13 * 15 and (-15) * (-13)
    assert solve_now("The product of two consecutive odd integers is 195. What are they?"
                     ).answer is None
