"""The draw and the event said in one phrase (`combinatorics.urn_wording`): "What is the
probability of drawing a green marble?", "... of picking 2 purple beads". Every item drawn is
of the kind named; a count there is the number drawn (or must agree with the draw said
before). Our own problems, the answers worked out by hand; what the phrase does not fully say
must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 4 of 12
    ("A jar has 3 red marbles, 4 green marbles, and 5 blue marbles. What is the probability of "
     "drawing a green marble?", "\\frac{1}{3}"),
    ("A bag contains 6 red balls and 4 white balls. What is the probability of randomly picking "
     "a white ball?", "\\frac{2}{5}"),
    # the kinds are the things: 4 spoons of 12
    ("A drawer holds 5 forks, 4 spoons and 3 knives. What is the probability of pulling out a "
     "spoon?", "\\frac{1}{3}"),
    # 6/10 * 5/9; (6/10)^2 put back
    ("A bag contains 4 red and 6 blue marbles. What is the probability of drawing 2 blue marbles "
     "without replacement?", "\\frac{1}{3}"),
    ("A bag contains 4 red and 6 blue marbles. What is the probability of drawing 2 blue marbles "
     "with replacement?", "\\frac{9}{25}"),
    # the draw said before, the phrase agrees with it: 3/10 * 2/9
    ("A box has 7 yellow and 3 purple beads. Two beads are taken without replacement. Find the "
     "probability of picking 2 purple beads.", "\\frac{1}{15}"),
    ("A bag has 5 green and 5 orange balls. A ball is drawn at random. What is the probability "
     "of drawing an orange ball?", "\\frac{1}{2}"),
])
def test_draw_and_event_in_one_phrase(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # two events in order, or either of two kinds: not read
    "A jar has 3 red and 5 blue marbles. What is the probability of drawing a red marble and "
    "then a blue marble?",
    "A jar has 3 red and 5 blue marbles. What is the probability of drawing a red or blue "
    "marble?",
    # a kind the jar does not hold (a negation is read by `draws`: 5/8)
    "A jar has 3 red and 5 blue marbles. What is the probability of drawing a green marble?",
    # three drawn, the phrase speaks of two
    "A box has 7 yellow and 3 purple beads. Three beads are taken without replacement. Find the "
    "probability of picking 2 purple beads.",
])
def test_draw_phrases_not_fully_read_are_declined(problem):
    assert solve_now(problem).answer is None
