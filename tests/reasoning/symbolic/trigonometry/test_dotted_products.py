"""Products written with dots of trigonometric values (trigonometry/dotted_products.py):
factors side by side or with \\cdot, several dot commands, our own angles, answers by hand;
a product that is undefined or not rational, or a run that is not a product, must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # tan k tan(90 - k) = 1: the factors pair off, tan 45 = 1 in the middle
    ("Compute $\\tan 3^\\circ \\tan 6^\\circ \\tan 9^\\circ \\cdots \\tan 87^\\circ$.", "1"),
    ("Find the value of $\\cot 2^\\circ \\cdot \\cot 4^\\circ \\cdot \\cot 6^\\circ \\cdots "
     "\\cot 88^\\circ$.", "1"),
    # (1 + tan a)(1 + tan(45 - a)) = 2; a = 3, 6, ..., 42 is 14 factors, 7 pairs: 2^7
    ("Evaluate $(1 + \\tan 3^\\circ)(1 + \\tan 6^\\circ)(1 + \\tan 9^\\circ) \\dotsm "
     "(1 + \\tan 42^\\circ)$.", "128"),
    # 5, 10, ..., 40 is 4 pairs, and the last factor 1 + tan 45 = 2: 2^5
    ("Compute the product $(1 + \\tan 5^\\circ)(1 + \\tan 10^\\circ)(1 + \\tan 15^\\circ) "
     "\\cdots (1 + \\tan 45^\\circ)$.", "32"),
]

NEAR_MISSES = [
    # tan 90 is undefined
    "Compute $\\tan 2^\\circ \\tan 4^\\circ \\tan 6^\\circ \\cdots \\tan 90^\\circ$.",
    # sin 1 sin 2 ... sin 89 = sqrt(180) / 2^89.5: not rational
    "Compute $\\sin 1^\\circ \\sin 2^\\circ \\sin 3^\\circ \\cdots \\sin 89^\\circ$.",
    # a letter in the factors
    "Compute $\\tan x \\tan 2x \\tan 3x \\cdots \\tan 9x$.",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_dotted_products_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_dotted_products_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
