"""The expected number of neighbouring pairs in a random row or circle of two kinds
(combinatorics/adjacent_pairs.py). Our own problems, the answers worked out by hand."""

from __future__ import annotations

from fractions import Fraction
from itertools import permutations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.combinatorics.adjacent_pairs import _by_every_order
from tutor.reasoning.symbolic.engine import solve_now


def test_mixed_places_in_a_row_and_a_circle():
    # 3 boys, 5 girls in a row: 7 places, each mixed with chance 2*15/56; 15/4
    assert_solved("Three boys and five girls stand in a line in random order. What is the "
                  "expected number of spots in the line where a girl and a boy stand next to "
                  "each other?", "15/4")
    # 6 men, 6 women round a table: 12 places, each mixed with chance 2*36/132; 72/11
    assert_solved("Six men and six women sit around a circular table at random. What is the "
                  "expected number of pairs of neighbours who are a man and a woman?", "72/11")


def test_pairs_of_one_kind():
    # 4 green among 9 in a row: 8 places, each both green with chance 12/72; 4/3
    assert_solved("A box of 9 tiles has 4 green and 5 yellow tiles. The tiles are laid out in a "
                  "row at random. What is the expected number of pairs of adjacent tiles which "
                  "are both green?", "4/3")
    # 5 red among 11 in a circle: 11 places, each 20/110; 2
    assert_solved("5 red and 6 blue counters are placed in a circle in a random order. what is "
                  "the expected number of adjacent pairs that are both red", "2")


def test_a_standard_deck():
    # 13 spades among 52 in a circle: 52 * 156/2652 = 52/17
    assert_solved("The cards of a standard deck are shuffled and dealt out in a circle. What is "
                  "the expected number of pairs of adjacent cards which are both spades?",
                  "52/17")


@pytest.mark.parametrize("problem", [
    # no random order said
    "Four boys and five girls line up in a row. What is the expected number of places where a "
    "boy and a girl stand next to each other?",
    # a colour the tiles do not have
    "A box of 9 tiles has 4 green and 5 yellow tiles. The tiles are laid out in a row at random. "
    "What is the expected number of pairs of adjacent tiles which are both red?",
    # the counts do not add up
    "A box of 10 tiles has 4 green and 5 yellow tiles. The tiles are laid out in a row at random. "
    "What is the expected number of pairs of adjacent tiles which are both green?",
    # people, not places
    "Four boys and five girls line up in a row at random. What is the expected number of girls "
    "standing next to a boy?",
    # too many seats
    "Four boys and five girls sit in a row of 10 chairs at random. What is the expected number "
    "of places where a boy and a girl sit next to each other?",
])
def test_near_misses_decline(problem: str):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize("circle", [False, True])
def test_walking_every_order_agrees_with_listing(circle: bool):
    for a in range(1, 4):
        for b in range(1, 4):
            orders = set(permutations([0] * a + [1] * b))
            n = a + b
            for mixed, kind in ((True, 0), (False, 0), (False, 1)):
                total = 0
                for o in orders:
                    pairs = [(o[i], o[(i + 1) % n]) for i in range(n if circle else n - 1)]
                    total += sum((p != q) if mixed else (p == q == kind) for p, q in pairs)
                assert _by_every_order(a, b, circle, mixed=mixed, kind=kind) == Fraction(
                    total, len(orders))
