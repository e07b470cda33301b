"""The integers left in a range once the multiples of some numbers are taken out
(`combinatorics.removed_multiples`), and a listed set written with its last two members
('1, 2, 3, ..., 69, 70'). Our own problems; each count is found here again by listing."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.combinatorics.wording import set_members
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.model import Decline


def _left(lo: int, hi: int, *divisors: int) -> str:
    return str(sum(1 for x in range(lo, hi + 1) if all(x % d for d in divisors)))


@pytest.mark.parametrize(("problem", "answer"), [
    ("Start with the set $T = \\{1, 2, 3, \\ldots, 69, 70\\}$. If we delete the multiples of 2 "
     "or 7, how many members are left in $T$?", _left(1, 70, 2, 7)),
    ("The integers from 1 to 120 are written on a board. If all multiples of 4 and all multiples "
     "of 6 are erased, how many numbers are left?", _left(1, 120, 4, 6)),
    ("The whole numbers from 10 through 40 are listed. Once the multiples of 2, 3 or 5 are "
     "crossed out, how many numbers remain?", _left(10, 40, 2, 3, 5)),
    ("The first 90 positive integers are on a list. After removing the multiples of 9, how many "
     "remain?", _left(1, 90, 9)),
])
def test_integers_left(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the set said two ways that differ
    "Start with the set $T = \\{1, 2, 3, \\ldots, 70\\}$, which is the first $60$ positive "
    "integers. If we delete the multiples of 2 or 7, how many members are left in $T$?",
    # 'of 4 and 6' could mean the multiples of both
    "The integers from 1 to 120 are written on a board. If the multiples of 4 and 6 are erased, "
    "how many numbers are left?",
    # a property asked of what is left
    "The integers from 1 to 120 are written on a board. If all multiples of 4 and all multiples "
    "of 6 are erased, how many odd numbers are left?",
    # another set named in the question
    "Start with the set $T = \\{1, 2, 3, \\ldots, 70\\}$. If we delete the multiples of 2 or 7, "
    "how many members are left in $U$?",
])
def test_integers_left_not_read_are_declined(problem):
    assert solve_now(problem).answer is None


def test_listed_set_with_its_last_two_members():
    assert set_members("\\{3, 6, 9, \\ldots, 27, 30\\}") == list(range(3, 31, 3))
    with pytest.raises(Decline):
        set_members("\\{3, 6, 9, \\ldots, 27, 31\\}")
