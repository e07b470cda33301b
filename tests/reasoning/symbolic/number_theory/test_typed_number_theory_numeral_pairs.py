"""One integer written as two numerals with unknown digits or unknown bases
(`number_theory.numeral_pairs`). Our own problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 9A + B = 7B + A: 4A = 3B, so A = 3, B = 4
    ("A positive integer is expressed as $AB_9$ in base 9 and as $BA_7$ in base 7. What is "
     "the integer in decimal?", "31"),
    # 7A + B = 4B + A: B = 2A with B < 4, so A = 1, B = 2
    ("When a positive integer is written in base 7 it is $AB_7$, and when it is written in "
     "base 4 it is $BA_4$. Find the integer in base ten.", "9"),
    # 10C = 5D: D = 2C, the least C = 1
    ("Find the least integer that can be written as $CC_9$ and also as $DD_4$, where $C$ and "
     "$D$ stand for digits.", "10"),
    # a + 3 = 3b + 1 with a, b > 3: b = 4, a = 10
    ("Some integer can be written as $13_a$ in one base and as $31_b$ in another, with $a$ "
     "and $b$ both more than 3. Find the least such integer in base ten.", "13"),
])
def test_numeral_pairs(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 4A + B = 5A + B only for A = 0, which cannot lead
    "When a positive integer is written in base 4 it is $AB_4$, and in base 5 it is $AB_5$. "
    "What is the integer in base 10?",
    # the largest is not read
    "Find the greatest integer that can be written as $CC_9$ and also as $DD_4$, where $C$ "
    "and $D$ stand for digits.",
    # a letter in one numeral only, never named: a hexadecimal digit or an unknown?
    "A positive integer is expressed as $1A_{16}$ in base 16 and as $BB_5$ in base 5. What is "
    "the integer in decimal?",
])
def test_numeral_pairs_not_read_are_declined(problem):
    assert solve_now(problem).answer is None
