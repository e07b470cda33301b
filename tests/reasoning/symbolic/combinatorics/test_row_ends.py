"""A named person in one given place of a row (first, last, at the front, in the middle),
and "at one end" spelled as a count. Our own problems, the answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("In how many ways can 5 people line up if Ann must be first in line?", "24"),  # 4!
    ("In how many ways can 5 children stand in a line if Tom must be last?", "24"),
    ("In how many ways can 7 people be arranged in a row if Carl must be in the middle?",
     "720"),  # 6!
    ("Eight students stand in a line. In how many ways can they line up if Dana must stand at "
     "the front of the line?", "5040"),  # 7!
    ("In how many ways can 9 people sit in a row if Eve must sit at the far left?", "40320"),
    ("In how many ways can 7 friends stand in a line if Mei must stand at the left end?",
     "720"),
    # 2 * 5!
    ("In how many ways can 6 people stand in a line if Bob must stand at one end?", "240"),
])
def test_given_place(problem, answer):
    assert_solved(problem, answer)


def test_a_row_of_chairs():
    # the row said as its chairs, one for each: (6 - 2) * 5! = 480
    assert_solved("Six people are to be seated in a row of six chairs. If Ann refuses to sit at "
                  "either end, how many different seating arrangements are possible?", "480")


@pytest.mark.parametrize("problem", [
    # no middle place in a row of six
    "In how many ways can 6 people be arranged in a row if Carl must be in the middle?",
    # two conditions
    "In how many ways can 5 people line up if Ann must be first and Bob must be last?",
    "In how many ways can 5 people line up if Ann must be first or last?",
    "In how many ways can 5 people line up if Ann must not be first?",
    # more chairs than people: empty seats change the count
    "Five people are to be seated in a row of seven chairs. If Ann refuses to sit at either "
    "end, how many seating arrangements are possible?",
])
def test_declined(problem):
    assert solve_now(problem).answer is None
