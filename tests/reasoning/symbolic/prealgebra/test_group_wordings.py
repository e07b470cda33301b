"""Two overlapping groups with "both" and "neither" said without those words
(prealgebra/group_wordings.py, read by two_sets): "4 have brothers and sisters" beside "10 have
brothers" and "13 have sisters", "5 of them paint and sculpt", "no bikes and no scooters", a
casual "club has 24 members". Our own stories; near misses (a joined clause naming a third
thing, "no X and no Y" of a thing no count is told of) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.prealgebra.group_wordings import restate

SOLVED = [
    # 28 - (10 + 13 - 4)
    ("In a class of 28 students, 10 have brothers, 13 have sisters, and 4 have brothers and "
     "sisters. How many students have no brothers and no sisters?", "9"),
    # 36 - (20 + 14 - 5)
    ("there are 36 students in the art club. 20 of them paint, 14 of them sculpt, and 5 of them "
     "paint and sculpt. how many students do neither", "7"),
    # 30 - (12 + 9 - 5)
    ("In a class of 30 kids, 12 have a bike, 9 have a scooter and 5 have a bike and a scooter. "
     "How many kids have no bike and no scooter?", "14"),
    # 24 - (15 + 12 - 6)
    ("club has 24 members, 15 play guitar, 12 play piano and 6 play both. how many play "
     "neither", "3"),
    # 22 - (14 + 10 - 5)
    ("Our team of 22 players: 14 of them like pizza, 10 of them like tacos, and 5 of them like "
     "pizza and tacos. How many of them like neither?", "3"),
]

NEAR_MISSES = [
    # 'no cousins': no count is told of cousins
    "In a class of 28 students, 10 have brothers, 13 have sisters, and 4 have brothers and "
    "sisters. How many students have no brothers and no cousins?",
    # 'both' of a word never told ('both younger', 'both unfriendly'): not the both count
    "In a class of 28 students, 10 have brothers, 13 have sisters, and 4 have brothers and "
    "sisters. How many students have brothers and sisters who are both younger?",
    "In a class of 28 students, 10 have older brothers, 13 have older sisters, and 4 have older "
    "brothers and older sisters. How many students have brothers and sisters who are both "
    "unfriendly?",
    # 'no bike or no scooter' is everyone not in both, never 'neither'
    "In a class of 30 kids, 12 have a bike, 9 have a scooter and 5 have a bike and a scooter. "
    "How many kids have no bike or no scooter?",
    # the joined clause names a third thing: three groups
    "In a class of 40 students, 18 play chess, 15 play go, and 6 play chess and checkers. How "
    "many students play neither?",
    "In a class of 30 kids, 12 have a bike, 9 have a scooter and 5 have a bike and a helmet. "
    "How many kids have neither a bike nor a scooter?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_groups_said_without_both_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_groups_said_without_both_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_restate_marks_only_the_joined_count() -> None:
    text = "#10 have brothers, #13 have sisters, and #4 have brothers and sisters. how many"
    assert restate(text) == ("#10 have brothers, #13 have sisters, and #4 have brothers and "
                             "sisters both. how many")
    # two counts of the same group: no joined clause is both
    same = "#10 have cats, #13 have cats, and #4 have cats and dogs. how many"
    assert restate(same) == same
