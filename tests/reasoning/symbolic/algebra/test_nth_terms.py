"""Listed sequences whose kind is not named (`algebra.sequence_kinds`) and the formula for
their n-th term (`algebra.nth_terms`), in wordings of our own. Answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # the step asked names the kind
    ("what is the common ratio of 5, 10, 20, 40", "2"),
    ("find the common difference of 9, 6, 3, 0", "-3"),
    ("What is the common ratio of $4, -2, 1, \\ldots$?", r"-\frac{1}{2}"),
    # four terms with one difference: arithmetic; 3 + 9 * 5
    ("what is the 10th term of 3, 8, 13, 18, ...", "48"),
    # 15/2 (2 * 1 + 14 * 4) = 15 * 29
    ("what is the sum of the first 15 terms of 1, 5, 9, 13, ...", "435"),
    ("what is the next term in the sequence 2, 10, 50, 250", "1250"),
    # the kind unsaid, four terms 7 apart (this declined before the kinds were read)
    ("Find the next term of the sequence 5, 12, 19, 26, ...", "33"),
    # n-th terms
    ("find the nth term of 4, 7, 10, 13", "a_n = 3n + 1"),
    ("Find the nth term of the arithmetic sequence 20, 17, 14, ...", "a_n = 23 - 3n"),
    (r"write a formula for the $n$th term of 5, 10, 20, 40, ...", r"a_n = 5 \cdot 2^{n - 1}"),
    ("What is the general term of the geometric sequence 3, -12, 48, ...?",
     r"a_n = 3 \cdot (-4)^{n - 1}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_answered(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "find the next term of 1, 2, 4, ...",  # three terms: 8 or 7?
    "find the nth term of 1, 4, 9, 16",  # squares: neither kind
    "find the 6th term of 5, 5, 5, 5",  # both kinds at once
    "find the 8th term of 2, 3, 5, 8",
    "what is the common difference of 2, 6, 18",  # not arithmetic
])
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
