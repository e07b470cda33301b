"""Base conversions asked in many wordings (issue 13): the numeral's base said after it
("from base 3", "432 in base 5 equals ..."), "change" and "translate" for "convert", "how is
... written in base 6", "what decimal number does ... represent"; and near misses that must
decline. Our own numerals; values worked out digit by digit."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("Convert 1102 from base 3 to base 10.", "38"),  # 27 + 9 + 2
    ("Change $321_4$ into a decimal number.", "57"),  # 48 + 8 + 1
    ("What decimal number does $777_8$ represent?", "511"),  # 448 + 56 + 7
    ("How is $10110_2$ written in base ten?", "22"),  # 16 + 4 + 2
    ("In base 10, $123_6$ is written as what?", "51"),  # 36 + 12 + 3
    ("The number 432 in base 5 equals what number in base 10?", "117"),  # 100 + 15 + 2
    ("Translate $2A_{16}$ into base 10.", "42"),  # 32 + 10
    ("Convert the base-six number 254 to base ten.", "106"),  # 72 + 30 + 4
])
def test_to_base_ten(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    ("Convert 85 from base 10 to base 4.", "1111_{4}"),  # 64 + 16 + 4 + 1
    ("How is 50 written in base 3?", "1212_{3}"),  # 27 + 2 9 + 3 + 2
    ("In base 6, 100 is written as what?", "244_{6}"),  # 2 36 + 4 6 + 4
    ("Change 19 into binary.", "10011_{2}"),  # 16 + 2 + 1
    ("How would 200 be written in base 9?", "242_{9}"),  # 2 81 + 4 9 + 2
])
def test_from_base_ten(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "Convert 2034 from base 5 to base 10 and then to base 3.",
    "How is 100 written in base 1?",
    "Convert 2089 from base 5 to base 10.",  # 8 and 9 are not base-5 digits
])
def test_base_near_misses_decline(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "n", "base"), [
    ("How many digits does 1200 have in base 2?", 1200, 2),
    ("How many digits are in 500 when written in base 3?", 500, 3),
    ("How many digits does 255 have when expressed in base 16?", 255, 16),
    ("How many digits does 4095 have, when represented in base 8?", 4095, 8),
])
def test_digit_counts_in_a_base_said_after(problem, n, base):
    count, left = 0, n
    while left:
        count, left = count + 1, left // base
    got = solve_now(problem)
    assert got.answer == str(count) and got.confirmed
