"""An infinite geometric series from two of first term, ratio and sum
(`algebra.geometric_series`), in phrasings of our own; near misses decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # a = 27 (1 - 1/3) = 18
    (r"An infinite geometric series has a sum of $27$ and a common ratio of $\frac{1}{3}$. "
     r"Find its first term.", "18"),
    # r = 1 - 12/16
    (r"An infinite geometric series has the sum $16$, and the first term $12$. Compute its "
     r"ratio.", r"\frac{1}{4}"),
    # a = 9 (4/3) = 12, second term -4
    (r"An infinite geometric series has a sum of $9$ and a ratio of $-\frac{1}{3}$. Compute "
     r"its second term.", "-4"),
    (r"An infinite geometric series has first term $6$ and common ratio $\frac{2}{3}$. What "
     r"is the sum of the series?", "18"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_infinite_geometric_series(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # r = 1 - 12/3 = -3: no convergent series has these
    r"An infinite geometric series has the sum $3$, and the first term $12$. Compute its "
    r"ratio.",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_divergent_series_are_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
