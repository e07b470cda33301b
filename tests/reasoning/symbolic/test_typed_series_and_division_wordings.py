"""An infinite geometric series from two of its facts, and the remainder or quotient of a
polynomial division, asked in many of our own wordings (answers worked out by hand), and
near misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SERIES = [
    # a textbook: 10 / (1 - 3/5) = 25
    (r"What is the sum of the infinite geometric series whose first term is $10$ and whose "
     r"common ratio is $\frac{3}{5}$?", "25"),
    # b terse: 4 / (1 - 1/3) = 6
    ("Find the sum of the infinite geometric series with first term 4 and ratio 1/3.", "6"),
    # c the sum first, then the asked ratio: 1 - 3/15 = 4/5
    (r"The sum of an infinite geometric series is $15$ and its first term is $3$. Find the "
     r"common ratio.", r"\frac{4}{5}"),
    # e a decimal ratio: 7 / (1 - 0.3) = 10
    ("An infinite geometric series has first term 7 and common ratio 0.3. What is its sum?",
     "10"),
    # the first term from the sum and the ratio: 18 * (1 - 2/3) = 6
    (r"An infinite geometric progression has sum $18$ and common ratio $\frac{2}{3}$. "
     r"Determine its first term.", "6"),
]

DIVISION = [
    # a textbook: 2 * 2^3 + 3 * 2 - 1 = 21
    (r"Compute the remainder on dividing $2x^3 + 3x - 1$ by $x - 2$.", "21"),
    # b imperative, "the division of ... by ...": (-1)^4 - 3 = -2
    (r"Find the remainder of the division of $x^4 - 3$ by $x + 1$.", "-2"),
    # b "divide ... and give ...": x^2 - 4 = (x - 2)(x + 2)
    (r"Divide $x^2 - 4$ by $x - 2$ and give the quotient.", "x + 2"),
    # c a named polynomial first: p(3) = 27 - 9 + 1 = 19
    (r"If $p(x) = x^3 - x^2 + 1$, what is the remainder when $p(x)$ is divided by $x - 3$?",
     "19"),
    # d in words: what is left over, 3^2 + 3 + 1 = 13
    (r"What is left over when $y^2 + y + 1$ is divided by $y - 3$?", "13"),
    # e written with a division sign: x^3 + 2 = (x^2 + 1)x - x + 2
    (r"Find the remainder: $(x^3 + 2) \div (x^2 + 1)$.", "2 - x"),
    # e "leave upon division by": 2(1/2)^2 + 1 = 3/2
    (r"What remainder does $2t^2 + 1$ leave upon division by $2t - 1$?", r"\frac{3}{2}"),
]

DECLINED = [
    # the ratio is not below 1 in size: the series has no sum
    "An infinite geometric series has first term 3 and common ratio 3. What is its sum?",
    # two quantities asked at once
    "An infinite geometric series has first term 8 and common ratio 1/2. What is its sum and "
    "its second term?",
    # remainder and quotient both asked
    r"Divide $x^2 + 1$ by $x - 1$ and find the quotient and the remainder.",
    # a second letter: not one polynomial in one variable
    r"Find the remainder of the division of $x^3 + y$ by $x - 2$.",
]


@pytest.mark.parametrize(("problem", "answer"), SERIES + DIVISION)
def test_solved_in_many_wordings(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
