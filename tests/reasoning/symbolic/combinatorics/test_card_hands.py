"""How many k-card hands a standard deck gives (combinatorics/card_hands.py). Our own
wordings; C(52, k) worked out by hand."""

from __future__ import annotations

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def test_card_hands():
    # 52 * 51 / 2
    assert_solved("How many 2-card hands can be dealt from a standard 52-card deck?", "1326")
    # 52 * 51 * 50 * 49 / 24
    assert_solved("How many different 4-card hands are possible from a deck of 52 cards?",
                  "270725")


def test_a_hand_with_a_condition_is_declined():
    assert solve_now("How many 5-card hands with exactly 2 aces can be dealt from a standard "
                     "52-card deck?").answer is None
