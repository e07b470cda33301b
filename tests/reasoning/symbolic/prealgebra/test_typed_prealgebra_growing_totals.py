"""An amount each period that is a fixed multiple of the period before, added up
(prealgebra/growing_totals.py). Our own stories, answers worked out by hand; near misses (a
fixed amount more each period, a last period before the first, a rule about another period)
must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 4 + 12 + 36 + 108
    ("A shop made 4 kites in March, and each following month it made three times as many "
     "kites as the month before. How many kites did it make in all by the end of June?",
     "160"),
    # 3 + 6 + 12 + 24 + 48
    ("Ada reads 3 pages on Monday and each day after that twice the number of pages she read "
     "the previous day. How many pages does she read from Monday to Friday?", "93"),
    # 5 (2^6 - 1)
    ("A farm planted 5 trees in the first week, and each week after that it planted twice as "
     "many trees as the week before. How many trees did it plant in the first 6 weeks?",
     "315"),
    # June alone: 4 * 27
    ("A shop made 4 kites in March, and each following month it made three times as many "
     "kites as the month before. How many kites did it make in June?", "108"),
    # 2 + 8 + 32
    ("Tom saved 2 coins on Tuesday. Every subsequent day he saved four times the number of "
     "coins he had saved the preceding day. How many coins had he saved in total through "
     "Thursday?", "42"),
    # 'double the number': 5 + 10 + 20 + 40
    ("A company made 5 bikes in January. Each month after that, it made double the number of "
     "bikes it made the month before. What was the total number of bikes made through April?",
     "75"),
]

NEAR_MISSES = [
    "A shop made 4 kites in March, and each following month it made three times as many kites "
    "as the month before. How many kites did it make in all by the end of February?",
    "A shop made 4 kites in March, and each following week it made three times as many kites "
    "as the month before. How many kites did it make in all by the end of June?",
    "A shop made 4 kites in March, and each following month it made three times as many kites "
    "as the month before, but 2 broke. How many kites did it make in all by the end of June?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_growing_totals_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_growing_totals_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
