"""A trip to one place timed at a steady pace, asked again for another place
(prealgebra/place_paces.py): the distances told after the place ("which is 3 miles from my
house") or of it ("if school is 3 miles away"), in other units (yards of a trip in miles), the
time asked in hours of a trip in minutes. Our own stories; near misses (a distance from another
place, no pace said, another way of moving) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 24 minutes for 3 miles: 8 a mile, 2 miles
    ("It takes me 24 minutes to jog to the park, which is 3 miles from my house. The library is "
     "2 miles from my house. At the same pace, how many minutes will it take me to jog from my "
     "house to the library?", "16"),
    # 15 minutes a mile
    ("I walk at a constant pace, and it takes me 45 minutes to walk to school from my house. If "
     "school is 3 miles away, and my aunt's house is 2 miles away from my house, how many "
     "minutes will it take me to walk from my house to my aunt's house?", "30"),
    # 5 minutes a mile: 50 minutes = 5/6 hour
    ("I bike at a steady pace, and it takes me 20 minutes to bike to the pool from my house. If "
     "the pool is 4 miles away, and the mall is 10 miles away, how many hours will it take me "
     "to bike to the mall?", "\\frac{5}{6}"),
    # 1.5 miles = 2640 yards in 30 minutes; 800 yards
    ("It takes her 30 minutes to walk to the store, which is 1.5 miles from her house. Her "
     "friend's house is 800 yards away. At this rate, how many minutes will it take her to "
     "walk to her friend's house?", "\\frac{100}{11}"),
]

NEAR_MISSES = [
    # the library's distance is from the park: the trip from home is not told
    "It takes me 24 minutes to jog to the park, which is 3 miles from my house. The library is "
    "2 miles from the park. At the same pace, how many minutes will it take me to jog from my "
    "house to the library?",
    # no word that the pace is the same
    "It takes me 24 minutes to jog to the park, which is 3 miles from my house. The library is "
    "2 miles from my house. How many minutes will it take me to jog from my house to the "
    "library?",
    # driving is not the biking timed
    "I bike at a steady pace, and it takes me 20 minutes to bike to the pool from my house. If "
    "the pool is 4 miles away, and the mall is 10 miles away, how many minutes will it take me "
    "to drive to the mall?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_trip_at_one_pace_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_trip_at_one_pace_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
