"""Dotted sums whose terms are spaced differently ('\\frac{1}{1\\cdot 2} + ... +
\\frac{1}{99 \\cdot 100}': a space only before the last `\\cdot`) share one pattern
(number_theory/dotted_pattern.py: `_skeleton`); a written term that breaks the pattern still
declines. Our own problems; answers added up with Python fractions."""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.number_theory import dotted_pattern


def _total(first: int, step: int, gap: int, count: int) -> str:
    total = sum(Fraction(1, (first + step * k) * (first + step * k + gap)) for k in range(count))
    return f"{total.numerator}/{total.denominator}"


SOLVED = [
    ("Compute $\\frac{1}{1\\cdot 2} + \\frac{1}{2\\cdot 3} + \\cdots + \\frac{1}{49 \\cdot 50}$.",
     _total(1, 1, 1, 49)),
    ("Find the sum $\\frac{1}{1 \\cdot 3} + \\frac{1}{3\\cdot 5} + \\cdots + \\frac{1}{29\\cdot "
     "31}$.", _total(1, 2, 2, 15)),
    ("Evaluate $\\frac{1}{3\\times 4}+\\frac{1}{4\\times 5}+\\dots+\\frac{1}{20 \\times 21}$.",
     _total(3, 1, 1, 18)),
    ("What is $\\frac{1}{2 \\cdot 5} + \\frac{1}{5 \\cdot 8} + \\cdots + \\frac{1}{32\\cdot35}$?",
     _total(2, 3, 3, 11)),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_spacing_does_not_break_the_pattern(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_pattern_reads_terms_spaced_differently() -> None:
    f, n, count = dotted_pattern.pattern("\\frac{1}{4\\cdot 5} + \\frac{1}{5 \\cdot 6} + "
                                         "\\cdots + \\frac{1}{10  \\cdot  11}")
    assert count == 7 and sum(f.subs(n, k) for k in range(count)) == Fraction(1, 4) - Fraction(
        1, 11)


@pytest.mark.parametrize("src", [
    # the second term's denominators jump by 2: no one pattern through 1·2, 2·4 and 9·10
    "\\frac{1}{1\\cdot 2} + \\frac{1}{2 \\cdot 4} + \\cdots + \\frac{1}{9 \\cdot 10}",
    # a written third term that breaks the pattern of the first two
    "\\frac{1}{1\\cdot 2} + \\frac{1}{2\\cdot 3} + \\frac{1}{4 \\cdot 5} + \\cdots + "
    "\\frac{1}{9 \\cdot 10}",
])
def test_a_term_off_the_pattern_declines(src: str) -> None:
    with pytest.raises(Decline):
        dotted_pattern.pattern(src)


def test_near_miss_problem_declines() -> None:
    assert solve_now("Compute $\\frac{1}{1\\cdot 2} + \\frac{1}{2 \\cdot 4} + \\cdots + "
                     "\\frac{1}{9 \\cdot 10}$.").answer is None
