"""A bag emptied one thing at a time, the chance that every colour comes out in one run
(combinatorics/kind_runs.py). Our own problems, the answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def test_every_colour_in_one_run():
    # 2! 3! 2! / 5! = 24/120 = 1/5
    assert_solved("An urn holds 3 red and 2 black balls. All 5 balls are drawn one at a time "
                  "without replacement. What is the probability that the balls of each colour "
                  "are drawn consecutively?", "1/5")
    # three colours: 3! * 2! * 1! * 3! / 6! = 72/720 = 1/10
    assert_solved("A box contains 2 green, 1 white and 3 blue cubes. If the 6 cubes are drawn "
                  "from the box one at a time and without replacement, what is the probability "
                  "that cubes of the same colour are drawn consecutively?", "1/10")


def test_each_colour_named():
    # 2! 4! 2! / 6! = 96/720 = 2/15
    assert_solved("a tin has 4 pink and 2 brown sweets. you take them all out one by one without "
                  "putting any back. whats the probability the pink ones come out consecutively "
                  "and the brown ones come out consecutively", "2/15")
    # LaTeX counts: 2! 2! 3! / 5! = 24/120 = 1/5
    assert_solved(r"A jar holds $2$ orange and $3$ purple beads. All $5$ beads are drawn one at "
                  r"a time at random without replacement. What is the probability that the $2$ "
                  r"orange beads are drawn consecutively and the $3$ purple beads are drawn "
                  r"consecutively?", "1/5")


def test_in_such_a_way_that():
    # a colour of one thing is a run of one: 3! * 3! * 2! * 1! / 6! = 72/720 = 1/10
    assert_solved("A sack has 3 purple, 2 white and 1 orange buttons. If the 6 buttons are "
                  "randomly drawn from the sack, one at a time and without replacement, what "
                  "is the probability that the buttons are drawn in such a way that the 3 "
                  "purple buttons are drawn consecutively, the 2 white buttons are drawn "
                  "consecutively, and the 1 orange button is drawn consecutively?", "1/10")


@pytest.mark.parametrize("problem", [
    # not every bead drawn
    "A jar holds 2 orange and 3 purple beads. If 4 beads are drawn one at a time without "
    "replacement, what is the probability that the beads of each colour are drawn "
    "consecutively?",
    # one colour only: another count
    "A jar holds 2 orange and 3 purple beads. All 5 beads are drawn one at a time without "
    "replacement. What is the probability that the 2 orange beads are drawn consecutively?",
    # a colour's count told wrong
    "A jar holds 2 orange and 3 purple beads. All 5 beads are drawn one at a time without "
    "replacement. What is the probability that the 3 orange beads are drawn consecutively and "
    "the 3 purple beads are drawn consecutively?",
    # drawn with replacement
    "A jar holds 2 orange and 3 purple beads. Beads are drawn one at a time with replacement 5 "
    "times. What is the probability that the beads of each colour are drawn consecutively?",
])
def test_near_misses_decline(problem: str):
    assert solve_now(problem).answer is None
