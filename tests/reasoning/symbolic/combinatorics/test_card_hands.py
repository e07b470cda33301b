"""How many k-card hands a standard deck gives (combinatorics/card_hands.py). Our own
wordings; C(52, k) worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def test_card_hands():
    # 52 * 51 / 2
    assert_solved("How many 2-card hands can be dealt from a standard 52-card deck?", "1326")
    # 52 * 51 * 50 * 49 / 24
    assert_solved("How many different 4-card hands are possible from a deck of 52 cards?",
                  "270725")


def test_a_hand_with_a_condition_is_counted_not_ignored():
    # C(4, 2) C(48, 3), not all C(52, 5) hands
    assert_solved("How many 5-card hands with exactly 2 aces can be dealt from a standard "
                  "52-card deck?", "103776")


def test_a_hand_with_an_unread_condition_is_declined():
    assert solve_now("How many 5-card hands with a pair of aces can be dealt from a standard "
                     "52-card deck?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # C(13, 3) C(39, 1) = 286 * 39
    ("How many 4-card hands from a standard 52-card deck contain exactly 3 spades?", "11154"),
    # C(40, 3): no face card among 3
    ("How many 3-card hands from a standard deck of 52 cards have no face cards?", "9880"),
    # C(52, 4) - C(48, 4) = 270725 - 194580
    ("How many 4-card hands from a standard 52-card deck contain at least one king?", "76145"),
    # C(26, 3): all red
    ("How many 3-card hands from a standard 52-card deck are all red cards?", "2600"),
])
def test_hands_with_a_kind_counted(problem, answer):
    assert_solved(problem, answer)


def test_hands_with_two_kinds_are_declined():
    assert solve_now("How many 5-card hands from a standard 52-card deck contain exactly 2 aces "
                     "and 3 kings?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # C(4, 1) C(48, 2) / C(52, 3)
    ("What is the probability that a 3-card hand dealt from a standard deck contains exactly "
     "one ace?", "\\frac{1128}{5525}"),
    # 1 - C(39, 5) / C(52, 5)
    ("A 5-card hand is dealt from a standard 52-card deck. What is the probability that it "
     "contains at least one heart?", "\\frac{7411}{9520}"),
    # C(40, 4) / C(52, 4)
    ("What is the probability that a random 4-card hand from a standard deck has no face "
     "cards?", "\\frac{1406}{4165}"),
    # C(13, 5) / C(52, 5)
    ("What is the probability that a 5-card poker hand dealt from a standard deck is all "
     "spades?", "\\frac{33}{66640}"),
])
def test_chance_of_a_hand(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # two kinds at once, or pairs: not read
    "What is the probability that a 3-card hand dealt from a standard deck contains exactly one "
    "ace and one king?",
    "What is the probability that a 5-card hand dealt from a standard deck contains exactly 2 "
    "pairs?",
    # no condition: every hand
    "What is the probability that a 5-card hand is dealt from a standard deck?",
])
def test_chance_of_a_hand_near_misses(problem):
    assert solve_now(problem).answer is None
