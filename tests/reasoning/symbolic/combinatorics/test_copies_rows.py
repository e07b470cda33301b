"""A row of n things, k of them identical copies and the rest different: n!/k!. Our own
problems; the answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 5!/2!
    ("I have 5 books, two of which are identical copies of the same novel, and all of the rest "
     "of the books are different. In how many ways can I arrange them on a shelf?", "60"),
    # 8!/3!
    ("Leo has 8 trophies, 3 of which are identical. In how many ways can he arrange them on a "
     "shelf?", "6720"),
])
def test_copies_rows(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # only some of the books on the shelf
    "I have 5 books, two of which are identical copies of the same novel. In how many ways can I "
    "arrange 3 of them on a shelf?",
    # the copies as many as the books
    "Leo has 3 trophies, 3 of which are identical. In how many ways can he arrange them on a "
    "shelf?",
])
def test_declined(problem):
    assert solve_now(problem).answer is None
