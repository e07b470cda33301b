"""A group of k chosen from n with one of the k given a role (captain, chair, leader):
C(n, k) * k. Our own problems; the answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # C(11, 6) * 6 = 462 * 6
    ("In how many ways can a team of 6 with a designated captain be chosen from 11 players?",
     "2772"),
    # C(12, 3) * 3 = 220 * 3
    ("From a group of 12 people, a committee of 3 is chosen, and one of the 3 is named "
     "chairperson. In how many ways can this be done?", "660"),
    # C(8, 5) * 5 = 56 * 5
    ("A team of 5 players is to be chosen from 8 players, and one of them is to be captain. "
     "How many ways can this be done?", "280"),
    # C(9, 4) * 4 = 126 * 4
    ("A committee of 4 people, one of whom is the leader, is to be chosen from 9 people. How "
     "many such committees are there?", "504"),
    ("In how many ways can a 3-person committee with a chairperson be selected from 7 people?",
     "105"),
    ("A club has 10 members. In how many ways can the club choose a 2-member committee and "
     "then name one of its members as the spokesperson?", "90"),
])
def test_led_groups(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the captain is one of the 9, not of the 5: does the captain play?
    "A team of 5 players is to be chosen from 9 players, and one of the 9 is to be captain. "
    "How many ways can this be done?",
    # two roles in the group
    "In how many ways can a team of 5 with a captain and a vice-captain be chosen from 9 "
    "players?",
])
def test_declined(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # a leader and k interchangeable others: n * C(n - 1, k); 11 * C(10, 4) = 11 * 210
    ("Our netball team has 11 players. I need to choose a starting lineup of a goalkeeper and 4 "
     "regular players (the regular players are interchangeable). How many different starting "
     "lineups can I choose?", "2310"),
    # 8 * C(7, 2) = 8 * 21
    ("my band has 8 members. i have to choose a lineup of a leader and 2 other members (the "
     "other members are interchangeable). how many different lineups can i choose", "168"),
    # a team of k with one of them named: k * C(n, k); 10 * C(9, 2) = 10 * 36 = 3 * C(10, 3)
    ("Our baseball team has 10 players. I want to choose a team of 3, one of whom will be the "
     "pitcher (the other two are interchangeable). In how many ways can I choose the team?",
     "360"),
    # 12 * C(11, 5) = 12 * 462
    ("Our rowing club has 12 members. I want to choose a group of 6 members, one of whom will be "
     "the leader (the other five positions are interchangeable, so the order in which they are "
     "chosen does not matter). In how many ways can I choose the group?", "5544"),
    # a team told by two words of its kind: 9 * C(8, 3) = 9 * 56
    ("Our ice hockey team has 9 players. I need to choose a starting lineup of a goalie and 3 "
     "regular players (the regular players are interchangeable). How many different starting "
     "lineups can I choose?", "504"),
    # "a starting team consisting of 5 players": 13 * C(12, 4) = 13 * 495
    ("Our lacrosse team has 13 members. I want to choose a starting team consisting of 5 "
     "players, one of whom will be the goalie (the other four positions are interchangeable, so "
     "the order in which they are chosen doesn't matter). In how many ways can I choose my "
     "starting team?", "6435"),
])
def test_leader_and_interchangeable_others(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # how many regular players: not said
    "Our netball team has 11 players. I need to choose a starting lineup of a goalkeeper and "
    "some regular players. How many different starting lineups can I choose?",
    # a condition on who may be the leader
    "Our netball team has 11 players, but only 3 of them can play goalkeeper. I need to choose "
    "a starting lineup of a goalkeeper and 4 regular players. How many different starting "
    "lineups can I choose?",
    # the others are not said interchangeable: their places may differ
    "Our rowing club has 12 members. I want to choose a group of 6 members, one of whom will be "
    "the leader, and the other five each get a different seat. In how many ways can I choose "
    "the group?",
])
def test_leader_and_others_near_misses(problem: str) -> None:
    assert solve_now(problem).answer is None
