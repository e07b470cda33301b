"""Two things chosen from distinguishable things of several colours, of the same colour or
of different colours. Our own problems; the answers worked out by hand (the comment)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # C(5,2) + C(4,2) + C(3,2)
    ("I have 12 distinguishable socks in my drawer: 5 white, 4 black and 3 red. In how many "
     "ways can I choose a pair of socks if both socks are the same colour?", "19"),
    # 5*4 + 5*2 + 4*2
    ("Tom has 11 distinguishable gloves: 5 grey, 4 navy and 2 tan. In how many ways can he "
     "choose two gloves, provided that he gets two gloves of different colors?", "38"),
    # 6*4 + 6*5 + 4*5
    ("A box holds 6 red, 4 green and 5 yellow pens, all different. In how many ways can I pick "
     "two pens of different colours?", "74"),
    # C(6,2) + C(4,2) + C(5,2)
    ("A box holds 6 red, 4 green and 5 yellow pens, all different. In how many ways can I pick "
     "two pens of the same colour?", "31"),
    ("Maria has 9 distinct marbles: 4 red, 3 blue and 2 green. In how many ways can she choose "
     "two marbles of the same color?", "10"),
])
def test_pairs_by_colour(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # not said to be told apart: socks of one colour may be alike
    "I have 12 socks in my drawer: 5 white, 4 black and 3 red. In how many ways can I choose a "
    "pair of socks of the same colour?",
    # 13 said, 12 listed
    "I have 13 distinguishable socks in my drawer: 5 white, 4 black and 3 red. In how many ways "
    "can I choose a pair of socks of the same colour?",
    # 'not' is never skipped
    "I have 12 distinguishable socks in my drawer: 5 white, 4 black and 3 red. In how many ways "
    "can I choose a pair of socks that are not the same colour?",
    # three, not a pair
    "I have 12 distinguishable socks in my drawer: 5 white, 4 black and 3 red. In how many ways "
    "can I choose three socks of the same colour?",
])
def test_colour_pairs_near_misses_decline(problem):
    assert solve_now(problem).answer is None
