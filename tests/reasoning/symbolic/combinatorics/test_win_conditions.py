"""A game won on an event, asked as the winner's chance (combinatorics/win_conditions.py),
and spinners told by their labels alone (combinatorics/spinners.py). Our own problems, the
answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.combinatorics.win_conditions import event_asked
from tutor.reasoning.symbolic.engine import solve_now


def test_the_winner_asked_is_the_event_asked():
    said = event_asked("Two fair 6-sided dice are rolled. If the sum is greater than 8, Omar "
                       "wins. Otherwise, Pat wins. What is the probability that Omar wins? "
                       "Express your answer as a common fraction.")
    assert said == ("Two fair 6-sided dice are rolled. What is the probability that the sum is "
                    "greater than 8? Express your answer as a common fraction.")


def test_the_other_player_is_left_as_written():
    text = ("Two fair 6-sided dice are rolled. If the sum is greater than 8, Omar wins. "
            "Otherwise, Pat wins. What is the probability that Pat wins?")
    assert event_asked(text) == text


@pytest.mark.parametrize("text", [
    "Two fair 6-sided dice are rolled. If the sum is 7, Omar wins. Otherwise, they roll again. "
    "What is the probability that Omar wins?",
    # a game of many rounds: the chance of winning is not the chance of one round's event
    "Rae and Sol take turns tossing a coin, Rae first. If Rae tosses heads, Rae wins. What is "
    "the probability that Rae wins?",
    "A die is rolled repeatedly. If a 5 comes up before a 2, Rae wins. What is the probability "
    "that Rae wins?",
])
def test_another_rule_of_the_game_is_left_as_written(text: str):
    assert event_asked(text) == text


def test_solved():
    # sums 9 to 12: 4 + 3 + 2 + 1 of 36
    assert_solved("Two fair 6-sided dice are rolled. If the sum is greater than 8, Omar wins. "
                  "Otherwise, Pat wins. What is the probability that Omar wins?", "5/18")
    # labels alone: 1 to 4, difference 0 or 1 on 4 + 6 of 16
    assert_solved("Ivy and her cousin each spin a spinner numbered 1 through 4 once. If the "
                  "positive difference of their numbers is at most 1, Ivy wins. What is the "
                  "probability that Ivy wins?", "5/8")


@pytest.mark.parametrize("problem", [
    # the other player wins on the complement
    "Two fair 6-sided dice are rolled. If the sum is greater than 8, Omar wins. Otherwise, Pat "
    "wins. What is the probability that Pat wins?",
    # labels that do not start at 1
    "Ivy and her cousin each spin a spinner numbered 2 through 5 once. If the positive "
    "difference of their numbers is at most 1, Ivy wins. What is the probability that Ivy wins?",
])
def test_near_misses_decline(problem: str):
    assert solve_now(problem).answer is None
