"""An arithmetic or geometric sequence known by facts about its terms in words (a term, a
sum or product of terms, the common difference or ratio), asked a calculation with its
terms, also when the facts fix the asked quantity but not the whole sequence; several
wordings each, and near misses that decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(
    ("problem", "answer"),
    [
        # a_3 = 7, d = 2: 3, 5, 7, ...
        ("In an arithmetic progression the common difference is 2, and the third term is 7. "
         "Compute the product of the first two terms.", "15"),
        ("If 2 is the difference between any two consecutive terms of an arithmetic "
         "progression whose third term equals 7, compute the sum of the first three terms.",
         "15"),
        # a_1 + a_9 = 2 a_5: fixed without the sequence
        ("Thirty is the sum of the first term and the ninth term of an arithmetic "
         "progression. Find the fifth term.", "15"),
        ("If the sum of the fourth and eighth terms of an arithmetic progression equals 22, "
         "find the sixth term.", "11"),
        # geometric: a_3 = 12, r = 2 -> 3, 6, 12, 24
        ("The common ratio of a geometric sequence is 2 and its third term is 12. What is "
         "the sum of the first two terms?", "9"),
        # positive geometric: a_2 = 2, a_6 = 32 -> r = 2
        ("In a geometric sequence of positive numbers the sixth term equals 32, while 2 is "
         "the second term. Determine the fourth term.", "8"),
        # a_2 a_6 = a_4^2 for a positive geometric sequence
        ("The product of the second and sixth terms of a geometric sequence of positive "
         "numbers is 81. Compute the fourth term.", "9"),
        # a radical answer: a_1 = 2, a_5 = 6 -> r^2 = sqrt 3, a_3 = 2 sqrt 3
        ("The first term of a geometric sequence of positive numbers is 2 and the fifth term "
         "is 6. Find the third term.", r"2\sqrt{3}"),
    ],
)
def test_sequence_facts(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(
    "problem",
    [
        # the facts leave the asked term open
        "If the sum of the fourth and eighth terms of an arithmetic progression equals 22, "
        "find the fourth term.",
        # two ratios (r = 2 or -2) give two values of the fourth term
        "Find the fourth term, given that in a geometric progression the sixth term equals 32 "
        "while the second term equals 2.",
        # without "positive": a_4 = 9 or -9
        "The product of the second and sixth terms of a geometric sequence is 81. Compute "
        "the fourth term.",
        # whole-number terms are a condition this reader does not apply
        "In an arithmetic sequence of integers, twice the fifth term is equal to 9. Compute "
        "the fifth term.",
        # a word the reader does not know is never skipped
        "The third term of an arithmetic sequence is 7 and its common difference is negative. "
        "What is the second term?",
    ],
)
def test_sequence_facts_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(
    ("problem", "answer"),
    [
        # 12/2 (2a + 11 * 3) = 150: 2a + 33 = 25
        ("In an arithmetic sequence, the sum of the first 12 terms is 150 and the common "
         "difference is 3. Find the first term.", "-4"),
        # 6/2 (10 + 5d) = 75: 10 + 5d = 25
        ("The first term of an arithmetic progression is 5 and the sum of the first 6 terms "
         "is 75. What is the common difference?", "3"),
        # 2a + 3d = 14 and 2a + 7d = 38: d = 6, a = -2
        ("The sum of the first 4 terms of an arithmetic sequence is 28, and the sum of the "
         "first 8 terms is 152. What is the first term?", "-2"),
        # 1 + 2 + 4 + 8 + 16
        ("The first term of a geometric sequence is 1 and the common ratio is 2. What is the "
         "sum of the first 5 terms?", "31"),
    ],
)
def test_sums_of_the_first_terms(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_sum_that_fits_two_ratios_declines() -> None:
    # 3(1 + r + r^2) = 21: r = 2 or r = -3
    assert solve_now("The first term of a geometric sequence is 3 and the sum of the first 3 "
                     "terms is 21. What is the common ratio?").answer is None
