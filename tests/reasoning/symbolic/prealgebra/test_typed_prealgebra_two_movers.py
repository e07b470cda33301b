"""Two movers starting together or a distance apart (prealgebra/two_movers.py): opposite
directions, toward each other, the same direction; the gap after a time, or the time for a gap
or until they meet. Our own stories, answers worked out by hand; near misses (a later start,
"the faster one", meeting while moving apart, passing each other, equal speeds the same way)
must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 330 / (50 + 60)
    ("Two cars leave the same town at the same time and drive in opposite directions, one at "
     "50 mph and the other at 60 mph. After how many hours will they be 330 miles apart?", "3"),
    # 90 / (20 + 25)
    ("Two cyclists 90 km apart ride toward each other at 20 km/h and 25 km/h. In how many "
     "hours do they meet?", "2"),
    # 3 mph and 4 mph for 1.5 hours
    ("Ida and Ned walk in opposite directions from the same spot. Ida walks 3 miles every hour "
     "and Ned walks 2 miles every 30 minutes. How far apart are they after 90 minutes?", "21/2"),
    # (55 - 40) * 4
    ("Two trains leave the same station at the same time in the same direction, one at 40 mph "
     "and the other at 55 mph. How many miles apart are they after 4 hours?", "60"),
    # 6 / 12 hour
    ("Two joggers start 6 miles apart and run toward each other at 5 mph and 7 mph. How many "
     "minutes until they meet?", "30"),
    # 900 * 2.5
    ("Two planes leave an airport at the same time and fly in opposite directions at 400 km/h "
     "and 500 km/h. How far apart are they after 2.5 hours?", "2250"),
    # (60 + 80) * 3, the directions told last
    ("Two trains leave the same station at the same time, one at 60 mph and the other at 80 "
     "mph, in opposite directions. How far apart are they after 3 hours?", "420"),
    # 250 / (45 + 55), "one ... the other" in a sentence of their own
    ("Two buses leave a station at the same time, traveling in opposite directions. One "
     "travels at 45 mph and the other at 55 mph. In how many hours will they be 250 miles "
     "apart?", "5/2"),
    # 3 / (5 - 3)
    ("Ben and Cal start from the same point and walk in the same direction, Ben at 3 mph and "
     "Cal at 5 mph. After how many hours are they 3 miles apart?", "3/2"),
    # "heading" toward each other from towns a distance apart: 360 / (50 + 40)
    ("Two buses leave cities 360 miles apart heading toward each other at 50 mph and 40 mph. "
     "In how many hours will they meet?", "4"),
    ("Two hikers start 12 miles apart, heading towards each other at 2 mph and 4 mph. After how "
     "many hours do they meet?", "2"),
]

NEAR_MISSES = [
    # one leaves later
    "Two trains leave the same station in the same direction, one at 40 mph and the other at "
    "55 mph an hour later. How many miles apart are they after 4 hours?",
    # "the faster train": not read
    "Two trains 300 miles apart travel toward each other at 70 mph and 80 mph. How far has the "
    "faster train gone when they meet?",
    # moving apart, they never meet
    "Two cars leave the same town in opposite directions at 50 mph and 60 mph. How many hours "
    "until they meet?",
    # they have passed each other by then
    "Two cyclists 90 km apart ride toward each other at 20 km/h and 25 km/h. How far apart are "
    "they after 3 hours?",
    # equal speeds the same way: the gap never changes
    "Two cars leave the same town at the same time in the same direction, one at 50 mph and the "
    "other at 50 mph. After how many hours will they be 10 miles apart?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_two_movers_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_two_movers_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
