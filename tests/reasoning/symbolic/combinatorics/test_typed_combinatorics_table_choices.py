"""k of n different people chosen and seated around a round table with k seats, turns of
the table the same. Our own problems: C(n, k) (k - 1)!, halved when reflections count the
same too."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # C(8,5) 4! = 56 * 24
    ("In how many ways can 5 of 8 people be seated around a round table if rotations are "
     "considered the same?", "1344"),
    # C(9,7) 6! = 36 * 720
    ("Nine people come to a party, but the circular table only seats seven. If two seatings "
     "that are rotations of each other are the same, in how many ways can we choose seven "
     "people and seat them at the table?", "25920"),
    # C(8,6) 5! = 28 * 120
    ("Eight guests arrive for dinner, but the round table has only 6 seats. In how many ways "
     "can we choose 6 of the guests and seat them around the table? (Seatings that are "
     "rotations of each other are the same.)", "3360"),
    # C(6,4) 3! / 2
    ("In how many ways can 4 of 6 people be seated around a round table if rotations and "
     "reflections are considered the same?", "45"),
])
def test_some_of_the_people_at_a_round_table(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # turns kept apart: another count
    "In how many ways can 5 of 8 people be seated around a round table if rotations are "
    "considered different?",
    # the chosen are fewer than the seats
    "Seven people arrive for lunch, but the round table only seats five. In how many different "
    "ways can we choose four people and seat them at the table?",
    "Seven people arrive for lunch, but the round table only seats five. If two seatings in "
    "which one is a rotation of the other are not the same, then in how many different ways "
    "can we choose five people and seat them at the table?",
])
def test_table_choices_that_read_otherwise_decline(problem):
    assert solve_now(problem).answer is None
