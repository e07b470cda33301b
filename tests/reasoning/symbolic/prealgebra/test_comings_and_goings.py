"""A count in one place as some leave and some come (prealgebra/comings_and_goings.py). Our own
problems, answers worked out by hand; near misses (no starting count, another thing or place,
more leaving than there are, a past-tense question, a lone "k left") must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 15 - 4 + 2
    ("15 sparrows were on a fence, 4 flew away and then 2 came back. How many sparrows are on "
     "the fence now?", "13"),
    # 28 - 9 + 5, two sentences of story
    ("There were 28 passengers on a train. At the next stop 9 got off and 5 got on. How many "
     "passengers are on the train now?", "24"),
    # the place as subject, 'then ... more'
    ("a tank had 11 fish. 3 fish were taken out, then 6 more fish were added. how many fish are "
     "in the tank now", "14"),
    # word numbers, three events
    ("Nine frogs sat on a rock. Two hopped off, four hopped on and then one hopped off. How "
     "many frogs are on the rock now?", "10"),
    # 'more' leaving after some went: 50 - 12 + 5 - 3
    ("There were 50 sheep in a field. 12 sheep ran away, then 5 came back and 3 more ran away. "
     "How many sheep are in the field now?", "40"),
    # 'does the PLACE have'
    ("A garage had 16 cars. 7 cars drove away and 3 cars came back. How many cars does the "
     "garage have now?", "12"),
]

NEAR_MISSES = [
    # no starting count
    "Some ducks were on a lake, 4 swam away and then 2 came back. How many ducks are on the "
    "lake now?",
    # more leave than there are
    "10 birds were on a wire, 12 flew away and then 3 came back. How many birds are on the "
    "wire now?",
    # another thing comes
    "10 birds were on a wire, 2 flew away and then 3 cats came. How many birds are on the wire "
    "now?",
    # another place asked
    "10 birds were on a wire, 2 flew away and then 3 came back. How many birds are on the roof "
    "now?",
    # past tense without 'now': at the start or at the end
    "10 birds were on a wire, 2 flew away and then 3 came back. How many birds were on the "
    "wire?",
    # a lone 'left': went away, or remained
    "A car park had 50 cars. 20 cars left. How many cars are in the car park now?",
    # 'more' leaving with none gone before
    "There were 50 sheep in a field. 12 more ran away. How many sheep are in the field now?",
    # a number in the question
    "10 birds were on a wire, 2 flew away and then 3 came back. How many birds are on the wire "
    "after 5 more come?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_comings_and_goings_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_comings_and_goings_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
