"""Rationalised denominators and products of roots named as integers (`algebra.radicals`), in
phrasings of our own; near misses decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 3 (sqrt5 + 2) / (5 - 4)
    (r"Rationalize the denominator: $\frac{3}{\sqrt{5}-2}$.", r"3\sqrt{5} + 6"),
    (r"Rationalize the denominator of $\frac{6}{\sqrt{12}}$.", r"\sqrt{3}"),
    (r"Simplify and rationalize the denominator: $\frac{1}{2+\frac{1}{\sqrt{2}}}$.",
     r"\frac{4 - \sqrt{2}}{7}"),  # sqrt2 / (2 sqrt2 + 1) = sqrt2 (2 sqrt2 - 1) / 7
    (r"Simplify the fraction by rationalizing the denominator: "
     r"$\frac{10}{\sqrt{20}+\sqrt{45}}$.", r"\frac{2\sqrt{5}}{5}"),  # 10 / (5 sqrt5)
    (r"What is $\sqrt[3]{27} \cdot \sqrt{16} \cdot \sqrt[4]{81}$ expressed as a positive "
     r"integer?", "36"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_rationalised_and_integer_roots(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    r"Rationalize the denominator: $\frac{1}{\sqrt[3]{3}+1}$.",  # a cube root
    r"What is $\sqrt{2} \cdot \sqrt{3}$ expressed as a positive integer?",  # not an integer
]


@pytest.mark.parametrize("problem", DECLINED)
def test_unsupported_radicals_are_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
