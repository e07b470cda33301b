"""Sums written with dots whose terms grow by a constant ratio (`geometric_dotted`)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(
    ("problem", "answer"),
    [
        # 1 + 4 + ... + 4^5 = (4^6 - 1)/3
        (r"Compute $1 + 4 + 16 + \cdots + 1024$.", "1365"),
        # 7 terms: 2 * (3^7 - 1)/2
        (r"What is the value of $2 + 6 + 18 + \dots + 1458$?", "2186"),
        # alternating: 3 - 6 + 12 - ... + 192 has 7 terms, 3 (1 + 2^7)/3
        (r"Find the sum $3 - 6 + 12 - 24 + \cdots + 192$.", "129"),
        # a shrinking ratio: 81 + 27 + ... + 1/3
        (r"Evaluate $81 + 27 + 9 + \cdots + \frac{1}{3}$.", r"\frac{364}{3}"),
        # read by its ratio (three terms before the dots), not by a step in the denominators
        (r"Compute $\frac{1}{2} + \frac{1}{4} + \frac{1}{8} + \cdots + \frac{1}{1024}$.",
         r"\frac{1023}{1024}"),
        (r"Compute $1 + 2 + 4 + \dots + 64$.", "127"),
        # two written after the dots
        (r"Compute $10 + 20 + 40 + \cdots + 640 + 1280$.", "2550"),
    ],
)
def test_geometric_sums_with_dots(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(
    "problem",
    [
        r"Compute $1 + 4 + 16 + \cdots + 1000$.",  # 1000 is no power of 4
        r"Compute $1 + 4 + 16 + \cdots + 512 + 1024$.",  # 512 is skipped by the ratio
        r"Compute $3 - 6 + 12 - \cdots - 192$.",  # 192 comes with a plus sign
        r"Compute $1 + 4 + 16 + 63 + \cdots + 1024$.",  # a written term breaks the ratio
    ],
)
def test_broken_patterns_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
