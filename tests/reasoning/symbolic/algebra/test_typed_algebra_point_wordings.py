"""Distance, midpoint and slope of two points (`geometry.point_questions`), asked in wordings
of our own, short stories included: someone moving in a straight line from one point to
the other, two people meeting halfway; near misses decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # (-2, 1) to (4, 9): 6 and 8, distance 10; midpoint (1, 5); slope 8/6 = 4/3
    (r"An ant crawls in a straight line from the point $(-2, 1)$ to the point $(4, 9)$. How "
     r"far does it crawl?", "10"),
    (r"Maya walks directly from $(-2, 1)$ to $(4, 9)$. How far does she walk?", "10"),
    (r"Two hikers stand at $(-2, 1)$ and $(4, 9)$ and meet halfway between them. At what "
     r"point do they meet?", "(1, 5)"),
    (r"A line goes through $(-2, 1)$ and $(4, 9)$. What is its slope?", r"\frac{4}{3}"),
    (r"Points $P(-2, 1)$ and $Q(4, 9)$ are plotted. How long is segment $PQ$?", "10"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_point_wordings(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # the distance from the origin, not between the points
    r"A bee flies from $(-2, 1)$ to $(4, 9)$. How far is it from the origin?",
    # a third leg of the trip
    r"Maya walks from $(-2, 1)$ to $(4, 9)$ and then back to $(0, 0)$. How far does she walk?",
    # meeting, but not halfway: where is not known
    r"Two hikers stand at $(-2, 1)$ and $(4, 9)$ and walk toward each other. At what point do "
    r"they meet?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
