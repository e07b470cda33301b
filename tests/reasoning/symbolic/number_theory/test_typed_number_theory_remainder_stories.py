"""Totals told by what is left over when things are put into groups (remainder_stories)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(
    ("problem", "answer"),
    [
        # n = 2 mod 5 and n = 3 mod 7: 17
        ("When Nina puts her stickers into groups of 5, she has 2 left over, and when she puts "
         "them into groups of 7, she has 3 left over. What is the smallest number of stickers "
         "she could have?", "17"),
        # n = 16 mod 18, below 100: 88
        ("The band has fewer than 100 members. When they line up in rows of 6, 4 are left "
         "over; in rows of 9, 7 are left over. What is the largest possible number of "
         "members?", "88"),
        # number words; n = 17 mod 140
        ("When the students line up in rows of four, one is left over; in rows of five, two "
         "are left over; in rows of seven, three are left over. What is the fewest number of "
         "students possible?", "17"),
        # none left over; n = 35 mod 40 between 50 and 90 (either reading of 'between')
        ("Omar has between 50 and 90 marbles. When he divides them into bags of 8, he has 3 "
         "left over, and when he divides them into bags of 5, he has none left over. How many "
         "marbles does Omar have?", "75"),
        # every possible total: 11 + 23 + 35 + 47 + 59
        ("A baker has fewer than 60 rolls. If she packs them in boxes of 6, she has 5 rolls "
         "left over. If she packs them in boxes of 4, she has 3 left over. What is the sum of "
         "all possible numbers of rolls?", "175"),
        # shared among people; 'remain'
        ("A box holds fewer than 100 pencils. When they are shared equally among 6 children, "
         "4 pencils remain; when shared among 9 children, 7 remain. What is the largest "
         "possible number of pencils?", "88"),
        # one remainder for three sizes, a lower bound said with 'assuming': n = 1 mod 60
        ("When Dev stacks his coins in piles of 3, 4, or 5, he always has 1 coin left over. "
         "Assuming he has more than one coin, what is the smallest number of coins he could "
         "own?", "61"),
        # the bound and the question in one sentence; rows 'formed', 'extra': n = 3 mod 8 and
        # n = 1 mod 3, below 50: 19 + 43
        ("When the children formed rows of 8 kids, there were 3 extra kids. When they lined up in "
         "rows of 3, there was 1 child left over. If there are fewer than 50 children, what is "
         "the sum of all possible numbers of children?", "62"),
    ],
)
def test_remainder_stories(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(
    "problem",
    [
        # 2 books would fill no shelf of 8 or 6: is 2 the smallest or 26? Two readings
        "When Kim arranges her books on shelves of 8, she has 2 left over. When she arranges "
        "them on shelves of 6, she has 2 left over. What is the smallest number of books she "
        "could have?",
        # the number of boxes, not the number of rolls
        "A baker has fewer than 60 rolls. If she packs them in boxes of 6, she has 5 rolls left "
        "over. What is the largest number of boxes she can fill?",
        # no upper bound: no largest total
        "When Nina puts her stickers into groups of 5, she has 2 left over. What is the largest "
        "number of stickers she could have?",
        # 'more than' one group: an unread relation between the totals
        "When Ann puts her beads into groups of 5, she has 2 left over, and she has twice as "
        "many beads as Bo. What is the smallest number of beads Ann could have?",
        # a remainder as large as the group
        "When Lee puts his cards into piles of 4, he has 5 left over. What is the smallest "
        "number of cards he could have?",
    ],
)
def test_remainder_story_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
