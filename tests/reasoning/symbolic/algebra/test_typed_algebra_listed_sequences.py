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
    ],
)
def test_listed_sequences_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
