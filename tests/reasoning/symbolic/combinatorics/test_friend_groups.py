"""Groups made from someone and their friends (combinatorics/friend_groups.py). Our own
problems: the person and n friends are n + 1 people, and a group of k is C(n + 1, k)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 1 + 5 = 6 people, groups of 3: C(6, 3) = 20
    ("Omar is at the park with five friends. They all want to ride the pedal boat, but only "
     "three people can fit in a boat. How many different groups of three can the six of them "
     "make?", "20"),
    # 1 + 7 = 8 people, groups of 4: C(8, 4) = 70
    ("Zoe and her seven friends want to play a game that needs exactly 4 players. How many "
     "different groups of 4 can be formed from the eight of them?", "70"),
    # 1 + 4 = 5 people, groups of 2: C(5, 2) = 10
    ("kai and his 4 friends are at the arcade, and only 2 people fit on the ride. how many "
     "groups of 2 can they make", "10"),
    # 1 + 6 = 7 people, groups of 5 with seats: C(7, 5) = 21
    ("Ivy is at the theatre with six friends. Only five seats are left together. How many "
     "different groups of five can the seven of them make?", "21"),
])
def test_friend_groups(problem, answer):
    assert_solved(problem, answer)


def test_guests_restate_the_invited() -> None:
    # C(9, 2) = 36
    assert_solved("Lena has 9 friends and wants to invite 2 of them to lunch. In how many ways "
                  "can she choose the guests?", "36")


@pytest.mark.parametrize("problem", [
    # 'the seven of them' when the person and five friends are six
    "Omar is at the park with five friends. How many different groups of three can the "
    "seven of them make?",
    # how many friends is not said
    "Omar is at the park with some friends. How many different groups of three can they make?",
    # the group asked is not the size that fits
    "Omar is at the park with five friends. Only three people can fit in a boat. How many "
    "different groups of four can the six of them make?",
    # a condition on who is in the group
    "Omar is at the park with five friends. How many different groups of three with Omar in "
    "them can the six of them make?",
])
def test_declines(problem):
    assert solve_now(problem).answer is None
