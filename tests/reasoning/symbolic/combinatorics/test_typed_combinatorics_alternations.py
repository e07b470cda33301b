"""Two groups of different people seated so that the groups alternate, in a row or around
a round table. Our own problems; the answers worked out by hand (the comment) and counted
again here by listing every seating."""

from __future__ import annotations

from itertools import permutations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _alternating(a: int, b: int, ring: bool) -> int:
    n = a + b
    good = 0
    for p in permutations(range(n)):
        if ring and p[0] != 0:
            continue
        side = [x < a for x in p]
        if all(side[i] != side[(i + 1) % n] for i in range(n if ring else n - 1)):
            good += 1
    return good


@pytest.mark.parametrize(("problem", "a", "b", "ring", "answer"), [
    # 2 * 4! * 4!
    ("In how many ways can 4 boys and 4 girls sit in a row if boys and girls must alternate?",
     4, 4, False, "1152"),
    # 4! * 3!: the row starts and ends with a man
    ("How many ways are there for 4 men and 3 women to stand in a line so that men and women "
     "alternate?", 4, 3, False, "144"),
    # 4! * 3!
    ("In how many ways can 4 men and 4 women sit around a round table if no two men sit next "
     "to each other and no two women sit next to each other?", 4, 4, True, "144"),
    # 3! * 2!
    ("In how many ways can 3 girls and 3 boys be seated at a round table so that girls and "
     "boys alternate? (Two seatings are the same if one is a rotation of the other.)",
     3, 3, True, "12"),
])
def test_groups_that_alternate(problem, a, b, ring, answer):
    assert _alternating(a, b, ring) == int(answer)
    assert_solved(problem, answer)


def test_reflections_halve_the_table():
    # 3! * 2! / 2
    assert_solved("In how many ways can 3 men and 3 women sit around a round table so that men "
                  "and women alternate? (Rotations and reflections are considered the same.)",
                  "6")


@pytest.mark.parametrize("problem", [
    # 5 and 3 cannot alternate in a row
    "In how many ways can 5 boys and 3 girls sit in a row if boys and girls alternate?",
    # 'not' changes the condition
    "In how many ways can 4 boys and 4 girls sit in a row if boys and girls do not alternate?",
    # the condition names a group that is not there
    "In how many ways can 4 boys and 4 girls sit in a row if men and women alternate?",
    # more chairs than people
    "In how many ways can 3 boys and 3 girls sit in a row of 8 chairs if boys and girls "
    "alternate?",
])
def test_alternations_that_do_not_read_decline(problem):
    assert solve_now(problem).answer is None


def test_without_restrictions_is_the_plain_seating():
    # (9 - 1)! around a table, 9! in a row
    assert_solved("In how many ways can 4 boys and 5 girls sit around a round table without "
                  "restrictions?", "40320")
    assert_solved("In how many ways can 9 people sit in a row without any restrictions?",
                  "362880")


def test_each_one_between_two_of_the_others_around_a_table():
    # 3 boys and 3 girls around a table, each boy between two girls: 3! * 2! = 12
    assert_solved("In how many ways can 3 boys and 3 girls sit around a round table so that "
                  "each boy sits between two girls? (Rotations are considered the same.)", "12")
    assert_solved("How many ways can 5 men and 5 women sit around a circular table if each man "
                  "sits next to two women? Two seatings that are rotations of each other are the "
                  "same.", "2880")


@pytest.mark.parametrize("problem", [
    # in a row the ends differ: not an alternation
    "In how many ways can 3 boys and 4 girls sit in a row so that each boy sits between two "
    "girls?",
    # next to two of his own group
    "In how many ways can 3 boys and 3 girls sit around a round table so that each boy sits "
    "next to two boys?",
])
def test_each_between_near_misses_decline(problem):
    assert solve_now(problem).answer is None
