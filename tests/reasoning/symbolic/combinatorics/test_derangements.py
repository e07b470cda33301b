"""Derangements: n things back in n places, none in its own place; the count D(n) or the
chance D(n)/n!. Our own problems; the answers worked out by hand (D = 1, 2, 9, 44, 265,
1854 for n = 2 .. 7)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("Four letters are put into four addressed envelopes at random. In how many ways can "
     "every letter end up in the wrong envelope?", "9"),
    ("How many permutations of 1, 2, 3, 4, 5 leave no number in its original position?", "44"),
    ("In how many ways can 5 letters be placed in 5 envelopes so that no letter is in its "
     "correct envelope?", "44"),
    ("How many permutations of 6 objects have no fixed points?", "265"),
    ("How many permutations of the numbers 1 through 7 have no fixed points?", "1854"),
    ("In how many ways can 3 letters go into 3 envelopes if each letter must be in the wrong "
     "envelope?", "2"),
    # 265/720
    ("Six letters are placed at random into six addressed envelopes. What is the probability "
     "that no letter goes into the right envelope?", "\\frac{53}{144}"),
    # 9/24
    ("Maria puts 4 letters into 4 envelopes at random. What is the probability that every "
     "letter ends up in the wrong envelope?", "\\frac{3}{8}"),
])
def test_derangements(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # more envelopes than letters
    "Four letters are put into five envelopes. In how many ways can every letter end up in "
    "the wrong envelope?",
    # exactly one in place: another count
    "How many permutations of 1, 2, 3, 4, 5 leave exactly one number in its original "
    "position?",
])
def test_declined(problem):
    assert solve_now(problem).answer is None
