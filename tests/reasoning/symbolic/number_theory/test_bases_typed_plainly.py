"""Numerals in bases as a student types them (`number_theory.base_questions`): the base said
after the digits ("1011 base 2", "101101 in binary"), arithmetic asked with a verb or a
sign and no answer base (answered in the numerals' shared base). Our own numbers, each
worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("convert 1011 base 2 to base 10", "11"),  # 8 + 2 + 1
    ("convert 212 base 3 to base 10", "23"),  # 18 + 3 + 2
    ("what is 101101 in binary in decimal", "45"),  # 32 + 8 + 4 + 1
    ("what is 77 base 8 in base 10", "63"),
    ("what is 110 in base 2 written in base 10", "6"),
    ("what is 201 (base 3) in decimal", "19"),  # 18 + 1
    ("what is 21 in base 4 expressed in base 3", "100_{3}"),  # 9 = 100 in base 3
    ("add 1011_2 and 110_2", "10001_{2}"),  # 11 + 6 = 17
    ("multiply 12_5 by 3_5", "41_{5}"),  # 7 * 3 = 21 = 4 * 5 + 1
    ("subtract 11_2 from 1000_2", "101_{2}"),  # 8 - 3 = 5
    ("what is 44_5 plus 13_5", "112_{5}"),  # 24 + 8 = 32
    ("what is 12_5 * 3_5", "41_{5}"),
    (r"What is $1011_2 + 110_2$?", "10001_{2}"),
    ("what is 1011_2 - 110_2", "101_{2}"),  # 11 - 6 = 5
    ("what is 1101_2 times 11_2 in base 2", "100111_{2}"),  # 13 * 3 = 39
])
def test_bases_typed_plainly(problem: str, answer: str) -> None:
    sol = assert_solved(problem)
    assert sol.answer == answer


@pytest.mark.parametrize("problem", [
    "convert 45 in base 2 to base 10",  # 4 and 5 are not binary digits
    "convert 1021 base 2 to base 10",
    "what is 1021 (base 2) in decimal",
    "add 1011_2 and 110_3",  # two bases: the answer's base is not said
    r"What is $1011_2 + 110_3$?",
    r"What is $1011_2 + 6$?",  # a plain number beside a numeral: in which base?
    r"What is $x_2 + y_2$?",
])
def test_plain_base_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
