"""A choice of k of a group of n said with another verb ("takes 5 of the 12 players", "invites
2 of her 5 friends", "wants to bring 4 of them"). Our own problems."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.combinatorics.choice_phrases import as_choose
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("Gina wants to take 2 of her 7 cousins to the movies. How many ways can she choose?", "21"),
    ("Priya will bring 4 of her 9 friends to the beach. In how many ways can she do this?",
     "126"),
    ("A coach takes 5 of the 12 players to a tournament. In how many ways can the coach do "
     "this?", "792"),
    ("Tom picks 2 of his 6 shirts to take on a trip. In how many ways can he do this?", "15"),
    ("Dana invites 2 of her 5 friends to dinner. In how many ways can she do this?", "10"),
    ("A teacher picks 3 of her 20 students to help. In how many ways can she do this?", "1140"),
])
def test_choice_said_with_another_verb(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # seated in a row: an order
    "Gina wants to take 2 of her 7 cousins to the movies in a row of seats. How many ways can "
    "she choose?",
    # two choices from two groups, one told twice
    "A coach takes 5 of the 12 players to a tournament and names one of them captain. In how "
    "many ways can the coach do this?",
    # one to each seat: an order
    "Priya will bring 4 of her 9 friends to the beach, one in each seat of her car. In how "
    "many ways can she do this?",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None


def test_only_a_choice_of_some_of_a_group_is_reworded():
    assert as_choose(" dana invites #2 of her #5 friends") == (
        " dana will choose #2 of her #5 friends")
    assert as_choose(" i may invite #2 of my cousins") == " i may invite #2 of my cousins"
    assert as_choose(" take #2 of them") == " choose #2 of them"
    assert as_choose(" she takes #2 buses") == " she takes #2 buses"
