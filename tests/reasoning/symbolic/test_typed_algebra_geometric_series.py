"""An infinite geometric series from two of first term, ratio and sum
(`algebra.geometric_series`), in phrasings of our own; near misses decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # a = 12 (1 - 1/4) = 9
    (r"An infinite geometric series has common ratio $\frac{1}{4}$ and sum $12$. What is the "
     r"first term of the series?", "9"),
    # r = 1 - 10/25
    (r"An infinite geometric series has first term $10$ and a sum of $25$. What is its "
     r"common ratio?", r"\frac{3}{5}"),
    # a = 8 (3/2) = 12, second term -6
    (r"An infinite geometric series has common ratio $-\frac{1}{2}$ and sum $8$. What is the "
     r"second term of the sequence?", "-6"),
    (r"An infinite geometric series has first term $6$ and common ratio $\frac{2}{3}$. What "
     r"is the sum of the series?", "18"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_infinite_geometric_series(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # r = 1 - 10/4 = -3/2: no convergent series has these
    r"An infinite geometric series has first term $10$ and a sum of $4$. What is its common "
    r"ratio?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_divergent_series_are_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
