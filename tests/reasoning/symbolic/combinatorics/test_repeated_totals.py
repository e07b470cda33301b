"""How many rolls or tosses make a repeated total certain (combinatorics/repeated_totals.py).
Our own problems, the answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def test_dice_sums():
    # 3 dice of 6 faces: sums 3..18, 16 of them; 17 rolls
    assert_solved("What is the fewest number of times you have to throw 3 standard dice to make "
                  "sure that the same total is thrown twice?", "17")
    # 2 dice of 4 faces: sums 2..8, 7 of them; 8 rolls
    assert_solved("How many times must you roll two fair 4-sided dice to guarantee that the same "
                  "sum comes up twice?", "8")
    # one die: 6 faces, 7 rolls
    assert_solved("how many times do you need to roll a fair 6-sided die to be certain the same "
                  "total shows up twice", "7")


def test_heads_among_coins():
    # 3 coins: 0..3 heads, 4 values; 5 tosses
    assert_solved("What is the minimum number of times 3 fair coins must be tossed to ensure "
                  "that the same number of tails is tossed twice?", "5")


@pytest.mark.parametrize("problem", [
    # likely, not certain
    "How many times must you roll two fair 4-sided dice so that the same sum is likely to come "
    "up twice?",
    # three times, not twice
    "How many times must you roll two fair 4-sided dice to guarantee that the same sum comes up "
    "three times?",
    # heads counted for dice
    "How many times must you roll two fair 4-sided dice to guarantee that the same number of "
    "heads comes up twice?",
    # a product, not a sum
    "How many times must you roll two fair 4-sided dice to guarantee that the same product "
    "comes up twice?",
])
def test_near_misses_decline(problem: str):
    assert solve_now(problem).answer is None
