"""An estimate by rounding (prealgebra/estimates.py): "estimate 49 times 21 by rounding each
number to the nearest ten". Our own calculations, answers worked by hand; near misses (no
place to round to, a calculation that reads two ways, a number that rounds to zero, a
negative number) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("estimate 58 times 32 by rounding each number to the nearest ten", "1800"),   # 60 x 30
    ("Estimate 468 + 221 by rounding each number to the nearest hundred.", "700"),  # 500 + 200
    ("round each factor to the nearest whole number, then estimate 7.4 x 2.6", "21"),  # 7 x 3
    ("estimate 8.5 times 3.2 by rounding each to the nearest whole number", "27"),  # 9 x 3
    ("estimate the product of 61 and 19 by rounding both numbers to the nearest ten",
     "1200"),                                                                      # 60 x 20
    ("estimate 1850 - 640 by rounding to the nearest hundred", "1300"),             # 1900 - 600
    ("estimate 3.47 + 2.81 by rounding each number to the nearest tenth", "6.3"),   # 3.5 + 2.8
])
def test_estimates_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "estimate 58 times 32",                                                   # no place
    "estimate 58 times 32 plus 7 by rounding each number to the nearest ten",  # two readings
    "estimate 4 times 32 by rounding each number to the nearest ten",         # 4 rounds to 0
    "estimate 58 times 32 by rounding each number to the nearest dozen",      # no such place
])
def test_estimate_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
