"""One missing digit asked with "will make" or as "single-digit replacements" for it
(number_theory/missing_digits.py), and a numeral wrapped in braces (`${53{,}y16}$`). Our own
numbers, answers by hand; several digits where one is asked, or none at all, decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 7 + 2 + 4 + A a multiple of 9: A = 5
    ("What digit $A$ will make the number $72A4$ divisible by $9$?", "5"),
    # 4 - D + 1 - 7 a multiple of 11: D = 9
    ("What digit $D$ will make the number $4D17$ divisible by $11$?", "9"),
    # 16 ends it, so every digit works: 0 + 1 + ... + 9
    ("Determine the sum of all single-digit replacements for $y$ such that the number "
     "${53{,}y16}$ is divisible by 4.", "45"),
    # 9 + q a multiple of 3: q = 0, 3, 6, 9
    ("Find the sum of all single-digit replacements for $q$ such that the number $7q2$ is "
     "divisible by 3.", "18"),
]

NEAR_MISSES = [
    # q = 0, 3, 6, 9 all work: one digit is asked
    "What digit $q$ will make the number $7q2$ divisible by $3$?",
    # no digit makes 7q2 a multiple of 5
    "Find the sum of all single-digit replacements for $q$ such that the number $7q2$ is "
    "divisible by 5.",
    # two unknown letters
    "Find the sum of all single-digit replacements for $q$ such that the number $7qr2$ is "
    "divisible by 3.",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_missing_digit_replacements_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_missing_digit_replacements_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
