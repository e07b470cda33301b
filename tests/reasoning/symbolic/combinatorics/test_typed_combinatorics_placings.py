"""Placings, lineups and one officer with a group (`combinatorics.placings`, `roles.head_and_group`,
`roles.officers`): places in a race given out when ties are ruled out, medals, an officer
and a committee that must not include the officer, and the one-office rule said in
brackets. Our own problems; each count listed again here, plus near misses."""

from __future__ import annotations

from itertools import combinations, permutations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _placings(n: int, k: int) -> int:
    return sum(1 for _ in permutations(range(n), k))


def _head_and_group(n: int, k: int) -> int:
    return sum(1 for p in range(n) for c in combinations(range(n), k) if p not in c)


@pytest.mark.parametrize(("problem", "answer", "listed"), [
    ("In how many ways can 7 sprinters finish first, second and third if there are no ties?",
     210, _placings(7, 3)),
    ("Ten snails enter a race. Assuming there are no ties, in how many ways can the first, "
     "second, third and fourth places be filled?", 5040, _placings(10, 4)),
    ("A contest has 9 finalists. If ties are not possible, how many ways can the gold, silver "
     "and bronze medals be handed out?", 504, _placings(9, 3)),
    ("Six boats race with no ties. In how many ways can first and second place be taken?", 30,
     _placings(6, 2)),
])
def test_placings(problem, answer, listed):
    assert listed == answer
    assert_solved(problem, str(answer))


@pytest.mark.parametrize(("problem", "answer", "listed"), [
    ("From 9 volunteers, a leader and a 2-person crew (not including the leader) are chosen. "
     "How many ways can this be done?", 252, _head_and_group(9, 2)),
    ("In how many ways can a secretary and a committee of 4 be picked from 8 members if the "
     "secretary cannot serve on the committee?", 280, _head_and_group(8, 4)),
    ("In how many ways can a captain and a 3-person team be chosen from 11 players if the "
     "captain is not part of the team?", 1320, _head_and_group(11, 3)),
])
def test_officer_and_group(problem, answer, listed):
    assert listed == answer
    assert_solved(problem, str(answer))


@pytest.mark.parametrize(("problem", "answer", "listed"), [
    ("Our hockey team has 14 members, each of whom can play any position. In how many ways can "
     "we pick a starting lineup consisting of a goalie, a left wing and a right wing?", 2184,
     _placings(14, 3)),
    ("A volleyball club has 8 players. In how many ways can the coach choose a lineup of a "
     "setter, a libero, a blocker and a server?", 1680, _placings(8, 4)),
])
def test_lineups(problem, answer, listed):
    assert listed == answer
    assert_solved(problem, str(answer))


@pytest.mark.parametrize(("problem", "answer"), [
    ("In how many ways can a chair and a secretary be picked from 12 people (assuming the chair "
     "and the secretary cannot be the same person)?", 132),
    ("A team of 10 players elects a captain, a manager and a spokesperson. No player may hold "
     "more than one position. In how many ways can this be done?", 720),
])
def test_officers_said_other_ways(problem, answer):
    assert answer == _placings(12 if answer == 132 else 10, 2 if answer == 132 else 3)
    assert_solved(problem, str(answer))


@pytest.mark.parametrize("problem", [
    # ties not ruled out: two could share a place
    "Five swimmers race. In how many ways can first, second and third place be awarded?",
    # whether the officer may be in the group is not said, or said of another role or group
    "In how many ways can a president and a 2-person committee be picked from a group of 10 "
    "people?",
    "In how many ways can a president and a 2-person committee be picked from a group of 10 "
    "people if the treasurer cannot be on the committee?",
    # a position named twice; a position open to some players only
    "A rugby club has 15 players. In how many ways can the coach pick a lineup of a hooker, a "
    "wing and a wing?",
    "A team has 9 players, but only 2 can pitch. In how many ways can we choose a lineup "
    "consisting of a pitcher, a catcher and a shortstop?",
    # more places than racers
    "In how many ways can 2 runners finish first, second and third with no ties?",
])
def test_unsettled_placings_decline(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # the whole order of finish with no ties: n!
    ("In how many different orders can 5 runners finish a race if there are no ties?", "120"),
    ("In how many ways can 6 horses finish a race if there are no ties?", "720"),
    ("Seven swimmers compete in a race. Assuming there are no ties, in how many different "
     "orders can they finish?", "5040"),
])
def test_whole_orders_of_finish(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # ties not ruled out
    "In how many ways can 6 horses finish a race?",
    # the racers counted two ways
    "Eight cars enter a race. In how many orders can the 5 cars finish if there are no ties?",
    # another condition on the order
    "In how many ways can 6 horses finish a race if there are no ties and Comet beats Dasher?",
])
def test_whole_orders_of_finish_near_misses_decline(problem):
    assert solve_now(problem).answer is None
