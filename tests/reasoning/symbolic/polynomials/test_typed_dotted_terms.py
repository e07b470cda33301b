"""Products of bracketed factors and alternating sums written with dots, read by their
pattern (our own problems, answers worked out by hand); near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # (k + 2)/k for k = 1..10: 11 * 12 / (1 * 2)
    (r"Evaluate $\left(1 + \frac{2}{1}\right)\left(1 + \frac{2}{2}\right)"
     r"\left(1 + \frac{2}{3}\right) \dotsm \left(1 + \frac{2}{10}\right)$.", "66"),
    # (k - 1)(k + 1)/k^2 for k = 2..20: (1/2)(21/20)
    (r"Find the product $\left(1 - \frac{1}{2^2}\right)\left(1 - \frac{1}{3^2}\right) \cdots "
     r"\left(1 - \frac{1}{20^2}\right)$.", r"\frac{21}{40}"),
    # each numerator cancels the denominator before it: 2/60
    (r"Simplify $\left(\frac{2}{3}\right) \cdot \left(\frac{3}{4}\right) \cdot "
     r"\left(\frac{4}{5}\right) \cdots \left(\frac{59}{60}\right)$.", r"\frac{1}{30}"),
    # 25 pairs (-1 + 3), (-5 + 7), ... each 2
    (r"Compute $-1 + 3 - 5 + 7 - \cdots + 99$.", "50"),
    # (1000 - 729) + (512 - 343) + (216 - 125) + (64 - 27) + (8 - 1)
    (r"What is $10^3 - 9^3 + 8^3 - 7^3 + \dots + 2^3 - 1^3$?", "575"),
    # half of 1 - 1/2 + 1/3 - ... - 1/10 = 1627/2520
    (r"Find the value of $\frac{1}{2} - \frac{1}{4} + \frac{1}{6} - \dots - \frac{1}{20}$.",
     r"\frac{1627}{5040}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_dotted_products_and_alternating_sums(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the signs after the dots do not keep alternating
    r"Compute $3 - 6 + 9 - 12 + \dots + 45 + 48$.",
    # the last term is not in the pattern
    r"Compute $-1 + 3 - 5 + \cdots + 98$.",
    # a factor that breaks the pattern
    r"Evaluate $\left(1 + \frac{1}{2}\right)\left(1 + \frac{1}{4}\right) \dotsm "
    r"\left(1 + \frac{1}{7}\right)$.",
    # a word that changes the question
    r"Compute the largest factor of $\left(1 + \frac{1}{2}\right)\left(1 + \frac{1}{3}\right)"
    r" \dotsm \left(1 + \frac{1}{9}\right)$.",
])
def test_broken_patterns_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
