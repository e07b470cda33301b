"""An item moved at random from one container into another, then one drawn from the one that
received it (`combinatorics.transfers`). Our own problems; each answer worked out by hand in
the comment beside it."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

_BAGS = ("Bag A contains 3 red balls and 1 green ball, and bag B contains 1 red ball and 3 green "
         "balls. A ball is chosen at random from bag A and moved into bag B. Then a ball is drawn "
         "at random from bag {}. What is the probability that ")


@pytest.mark.parametrize(("problem", "answer"), [
    # red moved 3/4 -> B has 2 red of 5; green moved 1/4 -> 1 red of 5: 6/20 + 1/20
    (_BAGS.format("B") + "it is red?", "\\frac{7}{20}"),
    # the same, the event naming the container drawn from: green 13/20
    (_BAGS.format("B") + "the ball drawn from bag B is green?", "\\frac{13}{20}"),
    # white moved 4/6 -> jar 2 has 1 black of 4; black moved 2/6 -> 2 black of 4: 4/24 + 4/24
    ("Jar 1 holds 4 white and 2 black marbles; jar 2 holds 2 white and 1 black marble. One "
     "marble is transferred at random from jar 1 to jar 2, and a marble is then drawn from jar "
     "2. What is the probability that the marble is black?", "\\frac{1}{3}"),
    # blue moved 2/5 -> 2 blue of 4; yellow moved 3/5 -> 1 blue of 4: 4/20 + 3/20
    ("The first box has 2 blue balls and 3 yellow balls. The second box has 1 blue ball and 2 "
     "yellow balls. Priya moves a random ball from the first box to the second box, then draws "
     "a ball from the second box. What is the probability of drawing a blue ball?",
     "\\frac{7}{20}"),
])
def test_moved_then_drawn(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # drawn from the container the item left, or an event about the other container
    _BAGS.format("A") + "it is red?",
    _BAGS.format("B") + "the ball drawn from bag A is red?",
    # the colour of the ball moved, not drawn
    _BAGS.format("B") + "the ball moved is red?",
    # two balls moved
    _BAGS.format("B").replace("A ball is chosen at random from bag A and moved",
                              "Two balls are chosen at random from bag A and moved") + "it is red?",
    # a colour neither bag has
    _BAGS.format("B") + "it is blue?",
])
def test_transfer_near_misses_decline(problem):
    assert solve_now(problem).answer is None
