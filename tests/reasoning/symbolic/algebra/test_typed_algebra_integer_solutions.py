"""The integers that satisfy inequalities (`algebra.integer_bounds`), asked in many wordings
of our own: how many, the number of, count, list them; near misses decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # |k + 2| <= 3: -5 <= k <= 1, seven integers
    (r"How many integer solutions does the inequality $|k + 2| \le 3$ have?", "7"),  # textbook
    (r"Count the integer solutions of $|k + 2| \le 3$.", "7"),  # terse
    (r"Find the number of integer solutions of $|k + 2| \le 3$.", "7"),
    (r"If $|k + 2| \le 3$, how many integer values can $k$ take?", "7"),  # reordered
    (r"When $k$ is an integer and $|k + 2| \le 3$, how many values of $k$ are there?", "7"),
    (r"Of all the integers, how many satisfy $3 \ge |k + 2|$?", "7"),  # written the other way
    # 1 < 2k - 3 <= 9: 2 < k <= 6, so 3, 4, 5, 6
    (r"How many integers lie in the solution set of \[1 < 2k - 3 \le 9\]?", "4"),
    (r"List all integer solutions of $1 < 2k - 3 \le 9$.", "3, 4, 5, 6"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_integer_solutions(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # a word that is not read
    r"For the inequality $|k + 2| \le 3$, what is the number of integers $k$ it allows?",
    # infinitely many integers
    r"How many integers satisfy $2k + 1 > 4$?",
    # too many integers to list
    r"List all integer solutions of $|k| < 50$.",
    # the largest of a set with no upper end
    r"Find the largest integer $k$ with $k > 7$.",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
