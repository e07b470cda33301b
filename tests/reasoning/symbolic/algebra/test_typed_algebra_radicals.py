"""Rationalised denominators and products of roots named as integers (`algebra.radicals`), in
phrasings of our own; near misses decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 2 (sqrt6 + 2) / (6 - 4)
    (r"Simplify $\frac{2}{\sqrt{6}-2}$ by rationalizing the denominator.", r"\sqrt{6} + 2"),
    # 15 / (3 sqrt3) = 5 sqrt3 / 3
    (r"Simplify $\frac{15}{\sqrt{27}}$ by rationalizing the denominator.",
     r"\frac{5\sqrt{3}}{3}"),
    # 3 sqrt3 / (sqrt3 - 1) = 3 sqrt3 (sqrt3 + 1) / 2
    (r"Simplify $\frac{3}{1 - \frac{1}{\sqrt{3}}}$ by rationalizing the denominator.",
     r"\frac{9 + 3\sqrt{3}}{2}"),
    (r"Simplify $\frac{6}{\sqrt{12} + \sqrt{27}}$ by rationalizing the denominator.",
     r"\frac{2\sqrt{3}}{5}"),  # 6 / (5 sqrt3)
    (r"What is $\sqrt[3]{27} \cdot \sqrt{16} \cdot \sqrt[4]{81}$ expressed as a positive "
     r"integer?", "36"),
    # the verb alone, in either spelling, and plain text: 5 sqrt2 / 2; (sqrt5 + 1) / 2
    (r"Rationalize $\frac{5}{\sqrt{2}}$.", r"\frac{5\sqrt{2}}{2}"),
    ("rationalise 2/(sqrt(5) - 1)", r"\frac{1 + \sqrt{5}}{2}"),
    ("Rationalise the denominator of 4/(sqrt(7) + sqrt(3))", r"\sqrt{7} - \sqrt{3}"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_rationalised_and_integer_roots(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    r"Simplify $\frac{2}{1 - \sqrt[3]{5}}$ by rationalizing the denominator.",  # a cube root
    r"Compute $\sqrt{5} \cdot \sqrt{3}$ written as an integer.",  # not an integer
]


@pytest.mark.parametrize("problem", DECLINED)
def test_unsupported_radicals_are_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
