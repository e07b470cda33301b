"""Integers whose digits are all different, said several ways ("with all different digits",
"whose digits are all distinct", "with its digits all different", "with no repeated
digits"), as one more condition of the integer search (`condition_phrases`,
`integer_properties`). Our own problems; each answer checked by hand in the comment."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.number_theory import integer_properties as props


@pytest.mark.parametrize(("problem", "answer"), [
    # 992 repeats a 9; 983: 9 + 8 + 3 = 20
    ("What is the largest three-digit number with all different digits whose digits add up "
     "to 20?", "983"),
    ("What is the largest three-digit number whose digits are all different and whose digits "
     "add up to 20?", "983"),
    # 9 choices for the first digit, 9 for the second, 8 for the third
    ("How many three-digit numbers have all different digits?", "648"),
    # 1008 and 1017 repeat a digit; 1 + 0 + 2 + 6 = 9
    ("What is the smallest four-digit number with no repeated digits that is divisible by 9?",
     "1026"),
    # 98736 = 11 * 8976
    ("What is the largest five-digit integer, with its digits all different, that is a "
     "multiple of 11?", "98736"),
    # 10, 12, ..., 98: 45 even two-digit numbers, less 22, 44, 66, 88
    ("How many even two-digit numbers have distinct digits?", "41"),
])
def test_distinct_digits(problem, answer):
    assert_solved(problem, answer)


def test_both_ways_agree():
    first, other = props.test("distdig", 0, 0), props.again("distdig", 0, 0)
    for n in range(0, 20000):
        assert first(n) == other(n) == (len(set(str(n))) == len(str(n)))


def test_no_length_declines():
    # with no number of digits said, the search has no bound (up to ten digits): declines
    assert solve_now("What is the largest number, with its digits all different, whose "
                     "digits add up to 16?").answer is None
