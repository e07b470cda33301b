"""Repeating decimals asked in words (`number_theory.decimals.repetend`,
`number_theory.value_questions`): the block that repeats, and how much one number exceeds
another said as 'by what common fraction does a exceed b' or 'how much greater is a than
b'. Our own problems; each answer worked again here in exact fractions, plus near misses
that must decline."""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _block(p: int, q: int) -> str:
    """The repeating digits of p/q by long division, written out here."""
    seen: dict[int, int] = {}
    digits = []
    r = p % q
    while r not in seen:
        seen[r] = len(digits)
        digits.append(str(r * 10 // q))
        r = r * 10 % q
    return "".join(digits[seen[r]:])


@pytest.mark.parametrize(("problem", "p", "q"), [
    ("Give the repeating block of digits of the decimal for the fraction $\\frac{2}{7}$.", 2, 7),
    ("Identify the 6-digit repetend of the decimal for the fraction $\\frac{9}{13}$.", 9, 13),
    ("Determine the repeating block in the decimal for $\\frac{5}{11}$.", 5, 11),
    ("Write down the repetend of the decimal expansion for $\\frac{7}{12}$.", 7, 12),
])
def test_repetend(problem, p, q):
    assert_solved(problem, str(int(_block(p, q))))


@pytest.mark.parametrize(("problem", "answer"), [
    ("How much larger is $0.\\overline{72}$ than $0.72$?", Fraction(72, 99) - Fraction(72, 100)),
    ("How much greater is $0.\\overline{5}$ than $0.5$?", Fraction(5, 9) - Fraction(1, 2)),
    ("How much smaller is $0.\\overline{3}$ than $0.4$?", Fraction(2, 5) - Fraction(1, 3)),
    ("By what number does $\\frac{5}{6}$ exceed $0.\\overline{7}$?",
     Fraction(5, 6) - Fraction(7, 9)),
])
def test_how_much_more(problem, answer):
    assert_solved(problem, f"\\frac{{{answer.numerator}}}{{{answer.denominator}}}")


@pytest.mark.parametrize("problem", [
    # the length said is not the block's; a block that starts with 0; a decimal that ends
    "Determine the 3-digit repeating block in the decimal for $\\frac{4}{7}$.",
    "Give the repetend of the decimal for the fraction $\\frac{1}{13}$.",
    "Write down the repeating block of the decimal expansion for $\\frac{3}{8}$.",
])
def test_unsettled_repetends_decline(problem):
    assert solve_now(problem).answer is None
