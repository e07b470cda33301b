"""Some of a group in a row: "3 of 8 different books arranged on a shelf" is 8 * 7 * 6.
Our own problems, the answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("In how many ways can 3 of 8 different books be arranged on a shelf?", "336"),
    ("In how many ways can 4 of the 10 students stand in a line?", "5040"),
    ("In how many ways can 3 of 7 different trophies be placed in a row?", "210"),
    # books, paintings and trophies are told apart by what they are, as people are
    ("In how many ways can 3 of 8 books be arranged on a shelf?", "336"),
])
def test_some_in_a_row(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # marbles not said different may be alike
    "In how many ways can 3 of 8 marbles be arranged in a row?",
    # a condition on top of the choice
    "In how many ways can 3 of 8 different books be arranged on a shelf if two of them must "
    "be next to each other?",
])
def test_declined(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 7! - 5! 3! = 5040 - 720
    ("In how many ways can 7 people be seated in a row of chairs if three of them, Ann, Ben "
     "and Cy, refuse to sit in three consecutive seats?", "4320"),
    ("In how many ways can 7 people sit in a row if Ann, Ben and Cy must not all sit "
     "together?", "4320"),
    # 9! - 7! 3! = 362880 - 30240
    ("In how many ways can 9 people be seated in a row if 3 of them refuse to sit in 3 "
     "consecutive seats?", "332640"),
    # round a table: 6! - 4! 3! = 720 - 144
    ("In how many ways can 7 people sit around a round table if 3 of them must not all sit "
     "together?", "576"),
    # three people named as a block: 5! 3!
    ("In how many ways can 7 people sit in a row if Ann, Ben and Cy must sit together?", "720"),
])
def test_not_all_together(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # three people "not together": not all three in a block, or no two side by side?
    "In how many ways can 7 people sit in a row if Ann, Ben and Cy must not sit together?",
    # two consecutive seats for three people
    "In how many ways can 7 people sit in a row if 3 of them refuse to sit in 2 consecutive "
    "seats?",
    # four names for "three of them"
    "In how many ways can 7 people sit in a row if three of them, Ann, Ben, Cy and Di, must "
    "not all sit together?",
])
def test_not_all_together_declined(problem):
    assert solve_now(problem).answer is None


def test_things_of_different_colours_are_different():
    # 7 different beads in a row: 7!
    assert_solved("How many ways are there to arrange 7 beads of different colors in a row?",
                  "5040")
    assert_solved("In how many ways can 4 flags of 4 different colours be arranged in a row?",
                  "24")


def test_fewer_colours_than_things_is_declined():
    # some beads share a colour: how many of each is not said
    assert solve_now("In how many ways can 6 beads of 3 different colours be arranged in a "
                     "row?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # rotations the same, said as "only the relative positions matter": (7 - 1)!
    ("Seven guests sit around a round table. How many seating arrangements are possible if "
     "only the relative positions matter?", "720"),
    # "assuming ... distinguishable" says nothing new about people: (6 - 1)!
    ("A group has 3 boys and 3 girls. Assuming all the children are distinguishable, in "
     "how many ways can they sit around a circular table? (Two seatings are the same if one "
     "is a rotation of the other.)", "120"),
])
def test_rotation_notes_said_more_ways(problem, answer):
    assert_solved(problem, answer)


def test_relative_positions_in_a_row_is_declined():
    assert solve_now("Seven guests sit in a row of chairs. How many seating arrangements are "
                     "possible if only the relative positions matter?").answer is None


def test_no_two_of_a_kind_said_without_of():
    # the 5 men in a row (5!), the 2 women in 2 of the 6 gaps (6 * 5): 120 * 30
    assert_solved("In how many ways can 5 men and 2 women stand in a line if no two women "
                  "stand next to each other?", "3600")


@pytest.mark.parametrize(("problem", "answer"), [
    # why they line up ("for a photo") changes nothing: 4!
    ("In how many ways can 4 people line up for a photo?", "24"),
    ("In how many ways can 6 students stand in a row for a class photo?", "720"),
    # 2 * 5!
    ("In how many ways can 6 students stand in a row for a class photo if Ann and Bo must "
     "stand together?", "240"),
    # 7! - 2 * 6!
    ("Seven students stand in a line for a photo. In how many ways can they line up if Ann and "
     "Ben refuse to stand next to each other?", "3600"),
])
def test_lined_up_for_a_photo(problem, answer):
    assert_solved(problem, answer)


def test_a_photo_with_another_condition_is_declined():
    assert solve_now("In how many ways can 6 students stand in a row for a photo with the "
                     "tallest in the middle?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    ("In how many ways can 5 books be arranged in a row?", "120"),
    ("How many ways are there to hang 4 paintings in a row?", "24"),
    ("In how many ways can 4 students be seated in 4 chairs?", "24"),
    ("In how many ways can 3 guests be seated in 6 chairs?", "120"),  # 6 * 5 * 4
])
def test_books_and_chairs_need_no_word_different(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "In how many ways can 5 marbles be arranged in a row?",  # marbles may be alike
    # next to each other, in chairs not said to be in a row
    "In how many ways can 4 students be seated in 4 chairs if Ann and Bo sit next to each "
    "other?",
])
def test_alike_things_and_adjacency_in_chairs_decline(problem):
    assert solve_now(problem).answer is None


def _brute(n: int, k: int, ring: bool, apart: bool) -> int:
    """Orders of n people (k of them named) counted one by one: the k named adjacent, or
    (apart) the two named not adjacent; round a table, one seat fixed."""
    from itertools import permutations
    count = 0
    for order in permutations(range(n)):
        if ring and order[0] != 0:
            continue
        spots = sorted(order.index(i) for i in range(k))
        block = spots[-1] - spots[0] == k - 1 or (ring and any(
            all((s + j) % n in spots for j in range(k)) for s in spots))
        count += block != apart
    return count


@pytest.mark.parametrize(("problem", "n", "k", "ring", "apart"), [
    # a bare count before the condition, "if 2 must be together": 2 particular ones
    ("In how many ways can 5 books be arranged on a shelf if 2 must be together?", 5, 2, False,
     False),
    ("How many ways can 6 different trophies be placed on a shelf if 3 must be together?", 6, 3,
     False, False),
    ("How many ways can 5 people sit in a row if 2 must sit together?", 5, 2, False, False),
    ("How many ways can 7 friends line up if 3 insist on standing together?", 7, 3, False,
     False),
    ("In how many ways can 6 guests sit around a circular table if 2 must sit together?", 6, 2,
     True, False),
    ("In how many ways can 6 books be arranged on a shelf if 2 must not be together?", 6, 2,
     False, True),
    ("How many ways can 7 students stand in a line if 2 refuse to stand next to each other?", 7,
     2, False, True),
    ("How many ways can 5 kids sit around a round table if 2 do not want to sit next to each "
     "other?", 5, 2, True, True),
    # kept, stay, put: the same wish
    ("How many ways can 6 books be arranged on a shelf if 2 must be kept together?", 6, 2, False,
     False),
    ("How many ways can 7 books be arranged on a shelf if 3 particular books must stay "
     "together?", 7, 3, False, False),
    ("How many ways can 6 books be arranged on a shelf if 2 must not be kept together?", 6, 2,
     False, True),
])
def test_bare_count_together_or_apart(problem, n, k, ring, apart):
    assert_solved(problem, str(_brute(n, k, ring, apart)))


@pytest.mark.parametrize("problem", [
    # "2 are together" states a fact, not a wish: which two, and how many, is unsaid
    "How many ways can 5 books be arranged on a shelf if 2 are together?",
    # "the first 2" are not two particular ones said by count
    "How many ways can 5 books be arranged on a shelf if the first 2 must be together?",
    # more than there are
    "How many ways can 5 people sit in a row if 7 must sit together?",
    # cars not said to be different
    "In how many ways can 6 cars be parked in a row if 2 must be together?",
])
def test_bare_count_declined(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "n", "k", "ring", "apart"), [
    # people named by single letters, as a student types them
    ("In how many ways can 6 people be arranged in a row if A and B must sit next to each "
     "other?", 6, 2, False, False),
    ("In how many ways can 5 people stand in a line if A and B refuse to stand next to each "
     "other?", 5, 2, False, True),
    ("How many ways can 7 people sit around a round table if A, B and C must sit together?", 7,
     3, True, False),
    ("How many ways can 6 students sit in a row if P and Q must not sit together?", 6, 2, False,
     True),
])
def test_people_named_by_letters(problem, n, k, ring, apart):
    assert_solved(problem, str(_brute(n, k, ring, apart)))


@pytest.mark.parametrize("problem", [
    "How many ways can 6 students sit in a row if A and A must sit together?",  # one person
    "How many ways can 6 students sit in a row if I and A must sit together?",  # "I": the asker
    "How many ways can 6 students sit in a row if A and Bob must sit together?",  # "a": article?
])
def test_people_named_by_letters_declined(problem):
    assert solve_now(problem).answer is None
