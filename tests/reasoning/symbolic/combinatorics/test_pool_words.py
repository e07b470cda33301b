"""Unordered choices from a pool told with describing words (combinatorics/pool_words.py, read
by selections.choices): the kind of class or book, 'different colored', where the things are
kept, a club told by its kind, members chosen 'to form a k-person planning committee'. Our own
wordings, answers C(n, k) by hand; identical things, colours that may repeat, no size and an
extra condition decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # the kind of class, course or book: C(8, 3), C(11, 2), C(6, 4)
    ("In how many ways can Tariq choose 3 out of 8 cooking classes to take?", "56"),
    ("how many ways can ines pick 2 of 11 biology courses", "55"),
    ("In how many ways can Mei choose $4$ out of $6$ mystery novels to read?", "15"),
    # different colours said, kept in a container: C(10, 3), C(7, 2), C(12, 5)
    ("Aziz has 10 different colored buttons in a tin. In how many ways can he choose three "
     "different buttons from his tin to sew on a coat?", "120"),
    ("There are 7 different-colored ribbons in a box. How many ways can Lea select two ribbons "
     "if the order in which she takes them out does not matter?", "21"),
    # why they are chosen: "to play a game", C(8, 2)
    ("Ruth has 8 different colored marbles in her bag. In how many ways can she choose two "
     "different marbles from her bag to play a game?", "28"),
    ("Bo has 12 different coloured balloons. In how many ways can he choose five of them?",
     "792"),
    ("In how many ways can Chloé choose 3 of her 9 colored markers?", "84"),
    # members chosen to form a committee of a purpose: C(15, 4), C(9, 3)
    ("Our hiking club has 15 members. In how many ways can I choose members to form a 4-person "
     "safety committee?", "1365"),
    ("the chess club has 9 members. how many ways can i choose members to form a 3-person "
     "advisory committee", "84"),
    # a pool listed by its members, kept in a box, taken from it: C(6, 2)
    ("Six pens, colored white, grey, green, pink, teal and gold, are in a basket. In how many "
     "ways can we choose two pens from the basket if the order does not matter?", "15"),
])
def test_described_pools(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # identical things: one way, not C(10, 3)
    "Aziz has 10 identical colored buttons in a tin. In how many ways can he choose three "
    "buttons?",
    # colours that may repeat
    "There are 7 ribbons in a box, some of the same colour. How many ways can Lea select two "
    "ribbons?",
    # no committee size
    "Our hiking club has 15 members. In how many ways can I choose members to form a safety "
    "committee?",
    # a committee of a kind that puts a condition on who is in it
    "Our hiking club has 15 members. In how many ways can I choose members to form a 4-person "
    "mixed committee?",
    # a condition on the choice
    "In how many ways can Tariq choose 3 out of 8 cooking classes if two of them meet at the "
    "same time?",
    # two kinds told: the things chosen are not of the pool
    "There are 9 science books on a shelf. In how many ways can Ana choose 3 poetry books?",
    "Ana has 9 different colored pens. In how many ways can she choose 3 different flavored "
    "pens?",
    # red things may be alike: not read as a described pool
    "In how many ways can Tariq choose 3 of 8 red marbles?",
])
def test_described_pools_near_misses(problem: str) -> None:
    assert solve_now(problem).answer is None
