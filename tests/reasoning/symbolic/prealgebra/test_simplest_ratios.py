"""A ratio written in simplest form (prealgebra/simplest_ratios.py): "simplify the ratio 24 to
36", "write 12:18:24 in simplest form". Our own ratios, answers worked by hand; near misses
(no word that asks for a ratio, units, a fraction asked for, a zero part) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("simplify the ratio 18 to 27", "2:3"),            # gcd 9
    ("Simplify the ratio 35:49.", "5:7"),              # gcd 7
    ("write 16:40 in simplest form", "2:5"),           # gcd 8
    ("What is the ratio of 45 to 20 in lowest terms?", "9:4"),
    ("express the ratio $2.4 : 3.6$ in simplest form", "2:3"),   # 24:36
    ("reduce 30:45:75", "2:3:5"),                      # gcd 15
    ("what is the ratio of 3/4 to 5/6 in simplest form", "9:10"),  # times 12: 9:10
    ("simplify the ratio $\\frac{2}{5} : \\frac{7}{10}$", "4:7"),   # times 10: 4:7
    ("ratio of 64 to 48 in simplest form", "4:3"),     # a bare phrase
    ("write 7:11 in simplest form", "7:11"),           # already simplest
])
def test_ratios_simplified(problem: str, answer: str) -> None:
    sol = assert_solved(problem)
    assert sol.answer == answer


@pytest.mark.parametrize("problem", [
    "what is 24:36",                        # may ask for the quotient
    "simplify 24 to 36",                    # "to" with no "ratio"
    "write 3:4 as a fraction",              # another form asked
    "simplify the ratio 30 minutes to 2 hours",  # units to convert first
    "simplify the ratio 0:5",               # a zero part
    "simplify the ratio 2 to 3:4",          # not one ratio
])
def test_ratio_near_misses_decline(problem: str) -> None:
    sol = solve_now(problem)
    assert sol.answer is None or ":" not in sol.answer
