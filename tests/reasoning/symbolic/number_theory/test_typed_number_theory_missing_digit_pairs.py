"""A number with two unknown digits and a divisibility condition: the sum, largest or
smallest of the distinct values of a sum, difference or product of the two digits. Our own
numbers; each answer worked by hand in the comment."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 4+B+7+3+C+2 = 16+B+C is a multiple of 9: B+C is 2 or 11
    ("If $4B7\\,3C2$ is divisible by 9, where $B$ and $C$ each represent a single digit, what "
     "is the sum of all possible values of $B + C$?", "13"),
    # by 4: 1B is 12 or 16; by 9: 18+A+B, so A+B = 9: (7, 2) and (3, 6); products 14 and 18
    ("Both $A$ and $B$ are digits, and $7\\,2A5\\,31B$ is a multiple of $36$. What is the sum "
     "of all different possible values of the product $AB$? (Count each possible value of $AB$ "
     "only once.)", "32"),
    # a rule and examples first; 3P51Q by 4: Q is 2 or 6; by 9: P+Q = 9 either way
    ("A number is divisible by $4$ if the number formed by its last two digits is divisible by "
     "$4.$ For example, the number $5\\,316$ is divisible by $4$ but $5\\,318$ is not. If "
     "$3P\\,51Q$ is divisible by $4$ and by $9$, where $P$ and $Q$ are digits, what is the "
     "largest possible value of $P + Q$?", "9"),
    # 5M2N by 5 (N = 0 or 5) and by 3 (7+M+N): N=0: M in {2,5,8}; N=5: M in {0,3,6,9}, M
    # leads? no, 5 leads. M - N: 2,5,8,-5,-2,1,4; smallest -5
    ("If $M$ and $N$ are digits and $5M2N$ is a multiple of $15$, what is the least possible "
     "value of $M - N$?", "-5"),
])
def test_the_values_of_two_digits(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # `AB` without the word product could be the two-digit numeral AB
    "If $7\\,2A5\\,31B$ is divisible by $36$, where $A$ and $B$ each represent a single "
    "digit, what is the sum of all possible values of $AB$?",
    # words before the question that are no divisibility rule
    "Ann wrote $12$ on the board. If $4B7\\,3C2$ is divisible by 9, where $B$ and $C$ each "
    "represent a single digit, what is the sum of all possible values of $B + C$?",
    # the words and the expression name different operations
    "If $4B7\\,3C2$ is divisible by 9, where $B$ and $C$ each represent a single digit, what "
    "is the sum of all possible values of the product $B + C$?",
])
def test_what_it_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_a_rule_stated_first_is_read_past_for_one_digit_too() -> None:
    # last three digits 1A4 divisible by 8: 104, 144, 184, so A is 0, 4 or 8
    assert_solved("A number is divisible by $8$ if the number formed by its last $3$ digits is "
                  "divisible by $8.$ For example, the number $12\\,344$ is divisible by $8$ "
                  "because $344$ is divisible by $8.$ If $77\\,1A4$ is divisible by $8,$ where "
                  "$A$ represents one digit, what is the sum of the possible values of $A?$",
                  "12")


def test_words_before_that_are_no_rule_leave_the_one_digit_reader_as_it_was() -> None:
    # 3+A+2 a multiple of 3: A is 1, 4 or 7
    assert_solved("$A$ is a digit. The number $3A2$ is divisible by $3$. What is the sum "
                  "of all possible values of $A$?", "12")
