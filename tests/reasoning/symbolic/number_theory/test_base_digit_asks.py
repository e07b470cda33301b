"""Digits of a base-ten number once written in another base, the writing told in its own
clause (`number_theory.base_digit_asks`). Our own problems; each numeral worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 100 = 64 + 2*16 + 4 = 1210_4
    ("What is the sum of the digits when 100 is written in base 4?", "4"),
    # 300 = 256 + 32 + 8 + 4 = 100101100_2: four ones, five zeros
    ("Convert 300 to base 2. How many ones does it have?", "4"),
    ("How many zeros are there when 300 is written in base 2?", "5"),
    # 45 = 2*16 + 3*4 + 1 = 231_4
    ("The base-ten number 45 is written in base 4. What is the last digit?", "1"),
    # 500 lies between 3^5 = 243 and 3^6 = 729 (6 digits); 60 between 27 and 81 (4 digits)
    ("When 500 and 60 are written in base 3, how many more digits does 500 have than 60?", "2"),
    # 50 = 27 + 18 + 3 + 2 = 1212_3
    ("What is the product of the digits when 50 is written in base 3?", "4"),
    # 77 = 1001101_2
    ("If 77 is expressed in base 2, how many digits does it have?", "7"),
    # 200 = 1300_5
    ("Write 200 in base 5. What is the first digit?", "1"),
    # 1000 = 2*343 + 6*49 + 2*7 + 6 = 2626_7
    ("When the number 1000 is converted to base 7, what is its leading digit?", "2"),
    # 45 = 101101_2
    ("Express 45 in base 2. How many zeros does it have?", "2"),
    # 999 = 729 + 3*81 + 3*9 = 1330_9
    ("Once 999 is written in base 9, what is the sum of its digits?", "7"),
    # 109 = 1101101_2: five ones, two zeros
    ("When 109 is written in base 2, how many more ones than zeros does it have?", "3"),
    # 300 has 9 binary digits (256..511), 70 has 7 (64..127)
    ("When the base-ten numbers 300 and 70 are written in base 2, how many more digits does "
     "300 have than 70 (after being converted)?", "2"),
    # 23 * 19 = 437 = 3*125 + 2*25 + 2*5 + 2 = 3222_5
    ("The numbers 23 and 19 are multiplied, and the product is written in base 5. What is "
     "the units digit of the product?", "2"),
    # 58 + 41 = 99 = 81 + 2*9 = 10200_3
    ("The base-10 numbers 58 and 41 are added. The sum is then written in base 3. What is "
     "the sum of its digits?", "3"),
    # 150 = 10010110_2: four ones, four zeros
    ("Write 150 in base 2. Let $a$ be the number of ones and $b$ be the number of zeros. "
     "What is $a + 2b$?", "12"),
    # 81 = 10000_3: one 1, four zeros
    (r"Convert $81_{10}$ to base 3. Let $p$ be the number of zeros and $q$ be the number of "
     r"ones in base 3. What is the value of $p - q$?", "3"),
])
def test_digit_asks(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 255 = 11111111_2 has no zeros: fewer zeros than ones, not more
    "When 255 is written in base 2, how many more zeros than ones does it have?",
    # 8 has fewer binary digits than 64
    "When 64 and 8 are written in base 2, how many more digits does 8 have than 64?",
    # the digit 5 does not exist in base 4
    "When 100 is written in base 4, how many fives does it have?",
    # the expression names a letter that is not a count
    "Write 150 in base 2. Let $a$ be the number of ones and $b$ be the number of zeros. "
    "What is $a + c$?",
])
def test_declines(problem):
    assert solve_now(problem).answer is None
