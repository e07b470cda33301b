"""A number with one unknown digit and a divisibility condition: the digit, or the sum,
count, largest or smallest of the digits that work. Our own numbers; answers by trying the
ten digits in plain Python."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 7735 = 7 * 1105, the only one of dd35
    ("Suppose $dd35$, a four-digit number, is divisible by $7$. Find the value of $d$.", "7"),
    # 3771 = 9 * 419
    ("The numeral $3AA1$ is a multiple of $9$. Which digit does $A$ stand for?", "7"),
    # 5472 = 72 * 76
    ("For what digit $n$ is $5n72$ divisible by both $8$ and $9$?", "4"),
    ("Find the digit $x$ that makes $2{,}x63$ divisible by $9$.", "7"),
    # 64n2: 6 - 4 + n - 2 = n is a multiple of 11
    ("What digit must replace $n$ so that the four-digit number $64n2$ is divisible by $11$?",
     None),
    ("The missing digit $n$ makes $64n2$ a multiple of $11$. What is $n$?", "0"),
])
def test_the_one_digit_that_works(problem, answer):
    if answer is None:
        assert solve_now(problem).answer in (None, "0")
    else:
        assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # 81d6 divisible by 12: d = 3 or 9
    ("What is the sum of all possible values of the digit $d$ such that $81d6$ is divisible by "
     "$12$?", "12"),
    ("How many digits $d$ make $23d4$ divisible by $4$?", "5"),
    # 4853N: 20 + N a multiple of 3, so N = 1, 4 or 7
    ("Which is the greatest digit $N$ so that $4853N$ is a multiple of $3$?", "7"),
    # 1n8n divisible by 6: n = 0 or 6
    ("What is the smallest digit $n$ for which $1n8n$ is a multiple of $6$?", "0"),
])
def test_several_digits_combined(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 5AA2 is a multiple of 6 for A = 1, 4 and 7: one digit is asked
    "The numeral $5AA2$ is a multiple of $6$. Which digit does $A$ stand for?",
    # the stated length is not the numeral's
    "The three-digit number $71n52$ is a multiple of $3$; what digit is $n$?",
    # 3n is a product, not a numeral with a missing digit
    "If $3n$ is divisible by $7$, what is the units digit of $n$?",
    # two unknown digits
    "If the number $4A7B$ is divisible by $9$, what is $A + B$?",
    # the smallest number, not the smallest digit
    "What is the smallest number of the form $5d2$ that is divisible by $3$?",
])
def test_unsafe_missing_digit_questions_decline(problem):
    assert solve_now(problem).answer is None
