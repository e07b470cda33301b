"""The real or imaginary part of a complex value, and conjugates of letters given complex
values (algebra/complex_values.py): our own numbers, answers by hand; a value with an
unknown letter, or a part not named, declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # (3 + i)(2 - i) = 6 - 3i + 2i + 1 = 7 - i
    ("Find the imaginary part of $(3 + i)(2 - i)$.", "-1"),
    # 10 / (3 + i) = 10(3 - i)/10 = 3 - i
    ("What is the real part of $\\frac{10}{3 + i}$?", "3"),
    # (2 + i)/(1 - 2i) = (2 + i)(1 + 2i)/5 = (2 + 5i - 2)/5 = i
    ("Determine the real part of $\\frac{2 + i}{1 - 2i}$.", "0"),
    ("Compute the imaginary part of the complex number $i^{11}$.", "-1"),  # i^11 = -i
    # a conjugate of a letter given a value: (3 - 7i)(3 + 7i) = 9 + 49
    ("If $q = 3 - 7i$, find $q \\bar{q}$.", "58"),
    # (2 + i)^2 with the conjugate of 2 - i: 4 + 4i - 1
    ("Let $w = 2 - i$. Compute $\\overline{w}^2$.", "3 + 4i"),
    # (1 + 2i)(1 + i) + (1 - 2i)(1 - i) = (-1 + 3i) + (-1 - 3i)
    ("What is $u\\overline{v} + \\overline{u}v$, where $u = 1 + 2i$ and $v = 1 - i$?", "-2"),
]

NEAR_MISSES = [
    "Find the real part of $x + 2i$.",  # an unknown letter
    "Find the part of $(3 + i)(2 - i)$.",  # which part?
    "Find the real part and the imaginary part of $(3 + i)(2 - i)$.",
    "If $q = 3 - 7i$, find $q \\bar{p}$.",  # the conjugate of a letter with no value
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_complex_parts_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_complex_parts_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
