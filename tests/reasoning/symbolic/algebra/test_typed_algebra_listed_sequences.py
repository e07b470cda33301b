"""An arithmetic or geometric sequence written out with letters among its terms, perhaps
with dots and its last terms after them; several wordings, and near misses that decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(
    ("problem", "answer"),
    [
        # 48, 48 r, 48 r^2 = 3: r = 1/4 (b > 0)
        (r"In the geometric sequence $48, b, 3$, $b$ is positive. What is $b$?", "12"),
        (r"If $b$ is positive and $48, b, 3$ are the first, second and third terms of a "
         r"geometric progression, find $b$.", "12"),
        # 4, 9, 14, ..., 39, 44, 49: u = 39, v = 44
        (r"Find $u + v$ if $4, 9, 14, \ldots, u, v, 49$ is an arithmetic progression.",
         "83"),
        (r"The following sequence is arithmetic: $4, 9, 14, \ldots, u, v, 49$. What is "
         r"$v - u$?", "5"),
        # 1, w^2, 9 arithmetic: w^2 = 5
        (r"With $w > 0$, the arithmetic sequence $1, w^2, 9, \ldots$ has what value of "
         r"$w$?", r"\sqrt{5}"),
        # 2, 2k, 18 geometric, k > 0: 2k = 6
        (r"In the geometric sequence $2, 2k, 18, \ldots$ with $k > 0$, what is $k$?", "3"),
        # terms one piece each: (2y + 1) - (y + 2) = y - 1, (4y - 2) - (2y + 1) = 2y - 3: y = 2
        (r"The first three terms of an arithmetic sequence are $y + 2$, $2y + 1$ and $4y - 2$. "
         r"What is $y$?", "2"),
        # 5, 5r, 5r^2, 5r^3 = 40: r = 2, p = 10, q = 20
        (r"The numbers $5$, $p$, $q$, $40$ form a geometric sequence. What is $p + q$?", "30"),
        # 2, m, n, 17: d = 5, m = 7, n = 12
        (r"The numbers $2, m, n, 17$ form an arithmetic sequence. Find $mn$.", "84"),
    ],
)
def test_listed_sequences(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(
    "problem",
    [
        # b = 12 or -12
        r"In the geometric sequence $48, b, 3$, what is $b$?",
        # the terms are not the first ones
        r"If $b$ is positive and $48, b, 3$ are the second, third and fourth terms of a "
        r"geometric progression, find $b$.",
        # 50 is never reached from 4 in steps of 5
        r"Find $u + v$ if $4, 9, 14, \ldots, u, v, 50$ is an arithmetic progression.",
        # the first terms are not in equal steps
        r"Find $u + v$ if $4, 9, 15, \ldots, u, v, 49$ is an arithmetic progression.",
        # pieces joined by a word that is not "and": not one list of terms
        r"The numbers $5$, $p$, $q$ or $40$ form a geometric sequence. What is $p + q$?",
    ],
)
def test_listed_sequences_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
