"""Terms two arithmetic sequences have in common (`number_theory.common_terms`). Our own
problems; answers worked by hand (n = a1 mod d1 and n = a2 mod d2, then every lcm)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

_LISTED = ("The arithmetic sequences $\\{4, 9, 14, 19, \\ldots\\}$ and $\\{1, 8, 15, 22, "
           "\\ldots\\}$ have some terms in common. ")


@pytest.mark.parametrize(("problem", "answer"), [
    # 29, 64, 99, ..., 274 (every 35)
    (_LISTED + "What is the largest common term less than 300?", "274"),
    # 23, 58, 93, 128, 163, 198
    ("One sequence has first term 3 and common difference 5; another has first term 2 and "
     "common difference 7. How many numbers from 1 to 200 are in both sequences?", "6"),
    # 5, 9, ... and 3, 9, ...
    ("An arithmetic progression starts at 5 and goes up by 4. A second progression starts at "
     "3 and goes up by 6. What is the smallest number that appears in both progressions?", "9"),
    # 7 + 27 + 47 + 67 + 87
    ("The sequences $2, 7, 12, 17, \\ldots$ and $3, 7, 11, 15, \\ldots$ share some terms. What "
     "is the sum of the shared terms less than 100?", "235"),
    # 29, 64, 99, 134: the same with or without the ends
    (_LISTED + "How many common terms are between 10 and 150?", "4"),
])
def test_common_terms(problem, answer):
    sol = assert_solved(problem, answer)
    assert any("lcm" in s.text for s in sol.steps)


@pytest.mark.parametrize("problem", [
    # even and odd numbers: none in common
    "The arithmetic sequences $\\{2, 4, 6, \\ldots\\}$ and $\\{1, 3, 5, \\ldots\\}$ have some "
    "terms in common. What is the largest common term less than 300?",
    # no bound: the common terms go on for ever
    _LISTED + "What is the largest common term?",
    # 'between' 29 and 134: 4 with the ends, 2 without
    _LISTED + "How many common terms are between 29 and 134?",
    # terms listed that do not go up evenly
    "The sequences $\\{1, 2, 4, 8, \\ldots\\}$ and $\\{1, 3, 5, \\ldots\\}$ have some terms in "
    "common. What is the largest common term less than 100?",
    # three terms of sequences not said to be arithmetic: 1, 2, 3 may go on 5, 8
    "The sequences $\\{1, 2, 3, \\ldots\\}$ and $\\{2, 4, 6, \\ldots\\}$ have some terms in "
    "common. What is the largest common term less than 50?",
    # three sequences
    "One sequence has first term 3 and common difference 5; another has first term 2 and "
    "common difference 7; a third has first term 1 and common difference 2. How many numbers "
    "from 1 to 200 are in both sequences?",
])
def test_common_terms_not_read_are_declined(problem):
    assert solve_now(problem).answer is None
