"""Handshakes when the people "each shake hands" (the plural verb). Our own problems."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("If 10 people each shake hands with every other person exactly once, how many handshakes "
     "are there?", "45"),  # C(10, 2)
    ("At a reunion, 9 friends each shake hands with each of the others once. How many "
     "handshakes take place?", "36"),  # C(9, 2)
    ("How many handshakes occur when 12 people each shake hands once with every other person?",
     "66"),  # C(12, 2)
])
def test_each_shake_hands(problem, answer):
    assert_solved(problem, answer)


def test_twice_is_declined():
    assert solve_now("If 10 people each shake hands with every other person twice, how many "
                     "handshakes are there?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # C(11, 2): the tournament's kind and its game say nothing more
    ("In a round-robin checkers tournament each player plays every other player exactly once. "
     "How many games are played if there are 11 players?", "55"),
    # C(7, 2), the group's size written "7-team"
    ("How many matches are played in a 7-team round-robin league where each team plays every "
     "other team once?", "21"),
    # C(9, 2): a committee of 9 people
    ("A committee of 9 people meets and every person shakes hands with every other person "
     "once. How many handshakes take place?", "36"),
])
def test_round_robins_and_committees(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    ("How many handshakes occur if each of 12 people shakes hands with everyone else once?",
     "66"),  # C(12, 2)
    ("Each of 10 people at a meeting shakes hands with everyone else exactly once. How many "
     "handshakes are there?", "45"),  # C(10, 2)
    ("At a party there are 9 people. Everyone shakes hands with everybody else once. How many "
     "handshakes take place?", "36"),  # C(9, 2)
    ("In a league of 6 teams, each team plays all the other teams twice. How many games are "
     "played?", "30"),  # 2 C(6, 2)
])
def test_everyone_else(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "Each of 10 people shakes hands with everyone else except their partner. How many "
    "handshakes are there?",
    "At a party there are 9 people. Everyone shakes hands with everybody else twice. How many "
    "handshakes take place?",
    "Each of 5 men shakes hands with everyone else, and each of 4 women shakes hands with every "
    "other woman. How many handshakes are there?",
])
def test_everyone_else_near_misses_decline(problem):
    assert solve_now(problem).answer is None
