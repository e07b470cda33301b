"""Infinite sums and products written out term by term (our own problems; values worked
by hand from the geometric series and its derivative: sum of x^k is 1/(1 - x), sum of
(k + 1) x^k is 1/(1 - x)^2); near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # (k + 1)(1/4)^k: 1/(3/4)^2
    (r"Compute the infinite sum $1 + 2(\tfrac14) + 3(\tfrac14)^2 + 4(\tfrac14)^3 + 5(\tfrac14)^4 "
     r"+ \cdots$.", r"\frac{16}{9}"),
    # (k + 1)/2^(k + 1): half of 1/(1/2)^2
    (r"Evaluate $\frac{1}{2} + \frac{2}{4} + \frac{3}{8} + \frac{4}{16} + \dotsb$.", "2"),
    # (2k + 1)/3^k: 2 (1/3)/(2/3)^2 + 3/2
    (r"What is the value of $1 + \frac{3}{3} + \frac{5}{9} + \frac{7}{27} + \cdots$?", "3"),
    # signs alternate: (k + 1)(-1/2)^k = 1/(3/2)^2
    (r"Compute $1 - \frac{2}{2} + \frac{3}{4} - \frac{4}{8} + \cdots$.", r"\frac{4}{9}"),
    # 5^((k + 1)/2^(k + 1)): the exponents add to 2
    (r"Find $5^{1/2} \cdot 25^{1/4} \cdot 125^{1/8} \cdot 625^{1/16} \dotsm$.", "25"),
    # 3^((k + 1)/4^(k + 1)): the exponents add to (1/4)/(3/4)^2 = 4/9
    (r"Determine the value of the infinite product "
     r"$(3^{1/4})(9^{1/16})(27^{1/64})(81^{1/256}) \dotsm$.", r"3^{\frac{4}{9}}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_infinite_patterned_sums_and_products(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the harmonic series grows without bound
    r"Evaluate $1 + \frac{1}{2} + \frac{1}{3} + \frac{1}{4} + \cdots$.",
    # 1/k^2 converges, but too slowly to be added up as a check
    r"Evaluate $1 + \frac{1}{4} + \frac{1}{9} + \frac{1}{16} + \cdots$.",
    # the numbers 1, 2, 5 follow neither a step nor a ratio
    r"Evaluate $\frac{1}{3} + \frac{2}{9} + \frac{5}{27} + \cdots$.",
    # a condition the reader does not know
    r"Evaluate $\frac{1}{3} + \frac{2}{9} + \frac{3}{27} + \frac{4}{81} + \cdots$ "
    r"if only the positive terms are counted.",
])
def test_infinite_patterns_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
