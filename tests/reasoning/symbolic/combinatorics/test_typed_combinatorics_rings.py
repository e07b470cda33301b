"""Different things on a loop (beads on a bracelet, keys on a key ring), with turns of the
loop, and flips when the note says so, counting as the same. Our own problems; answers
worked out by hand: n!/n for turns only, n!/(2n) when flips count too."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 6!/12
    ("How many ways are there to arrange 6 distinct beads on a bracelet, if turning the "
     "bracelet or flipping it gives the same arrangement?", "60"),
    # 7!/14
    ("How many different necklaces can be made from 7 beads, each of a different colour, if "
     "rotations and flips of the necklace are not treated as different?", "360"),
    # 5!/5: turns only
    ("In how many ways can 5 different keys be put on a key ring? (Rotations of the ring count "
     "as the same.)", "24"),
    ("In how many ways can 5 different keys be put on a key ring if two arrangements are "
     "identical when one is a rotation of the other?", "24"),
    # 8!/16, listed with the first charm fixed
    ("In how many ways can 8 distinct charms be arranged on a bracelet if rotations and "
     "reflections are considered the same?", "2520"),
    ("How many different bracelets can be made from 4 distinct beads if rotations and "
     "reflections are not counted as distinct?", "3"),
])
def test_things_on_a_loop(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # no note: a bracelet may or may not be flipped
    "In how many ways can 6 distinct beads be placed on a bracelet?",
    # the beads may be alike ("different bracelets" says nothing of the beads)
    "How many different bracelets can be made from 4 beads if rotations and reflections are "
    "not counted as distinct?",
    # the note keeps reflections apart
    "In how many ways can 6 distinct beads be placed on a bracelet if rotations are the same "
    "but reflections are different?",
    "In how many ways can 6 distinct beads be placed on a bracelet if rotations and "
    "reflections are considered different?",
    # a part of the beads is named: not all different things
    "In how many ways can 6 distinct beads, two of which are red, be placed on a bracelet if "
    "rotations are the same?",
])
def test_loops_that_read_two_ways_decline(problem):
    assert solve_now(problem).answer is None
