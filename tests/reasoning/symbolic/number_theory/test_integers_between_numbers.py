"""How many integers lie strictly between two numbers that are not whole
(number_theory.integers_between)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(
    ("problem", "answer"),
    [
        # sqrt 3 = 1.73..., sqrt 40 = 6.32...: 2, 3, 4, 5, 6
        (r"How many integers are there between $\sqrt{3}$ and $\sqrt{40}$?", "5"),
        # 2.41... and 2.2^2 = 4.84: 3, 4
        (r"How many whole numbers can be found between $\sqrt[3]{14}$ and $(2.2)^2$?", "2"),
        # 1.3^3 = 2.197 and 1.9^3 = 6.859: 3 to 6
        (r"How many integers fall between $(1.3)^3$ and $(1.9)^3$ on the number line?", "4"),
        # the ends given the other way round
        (r"How many integers are there between $\frac{29}{4}$ and $1.6$?", "6"),
        # a range across 0: -2.23... to 3.14...: -2 to 3
        (r"How many integers are between $-\sqrt{5}$ and $\pi$?", "6"),
        # no integer between 3.16... and 3.46...
        (r"How many integers lie between $\sqrt{10}$ and $\sqrt{12}$?", "0"),
        (r"How many positive integers are between $\sqrt{2}$ and $\frac{23}{3}$?", "6"),
    ],
)
def test_integers_between_two_numbers(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(
    "problem",
    [
        # whole numbers below 0 are not whole: which are meant is unclear
        r"How many whole numbers lie between $-2.5$ and $\sqrt{30}$?",
        # an end that is a whole number: with it or without it?
        r"How many integers are between $4$ and $\sqrt{90}$?",
        r"How many integers are between $\sqrt{16}$ and $\sqrt{90}$?",
        # a letter is not a number
        r"How many integers are between $\sqrt{x}$ and $10.5$?",
    ],
)
def test_unclear_ranges_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
