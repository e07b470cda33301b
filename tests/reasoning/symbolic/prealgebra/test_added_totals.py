"""Amounts that grow or shrink by the same number each period, told as a story
(prealgebra/added_totals.py through growing_totals). Our own stories; answers by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 12, 15, 18, 21, 24
    ("Omar ran 12 laps on Monday, and each day after he ran 3 more laps than the day before. "
     "How many laps did he run in total from Monday to Friday?", "90"),
    # 8, 10, 12, 14, 16, 18
    ("Lena wrote 8 poems in the first week. Each week after that she wrote 2 more poems than "
     "the week before. How many poems did she write in the first 6 weeks?", "78"),
    # 4, 7, 10, 13 (a near miss of the multiplying reader before added_totals)
    ("A shop made 4 kites in March, and each following month it made three more kites than the "
     "month before. How many kites did it make in all by the end of June?", "34"),
    # 40, 35, 30, 25: April
    ("A farm sold 40 pumpkins in January and each following month it sold 5 fewer pumpkins "
     "than the previous month. How many pumpkins did it sell in April?", "25"),
])
def test_amounts_that_grow_by_the_same_number(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 10, 4, -2: a count below zero
    "A shop sold 10 hats on Monday and each following day it sold 6 fewer hats than the day "
    "before. How many hats did it sell in total from Monday to Wednesday?",
    # more than what? the rule names no earlier period
    "Omar ran 12 laps on Monday, and each day after he ran 3 more laps than Ana. How many laps "
    "did he run in total from Monday to Friday?",
])
def test_stories_that_do_not_fit_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
