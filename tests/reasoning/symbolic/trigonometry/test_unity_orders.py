"""The least positive power of a complex number that is 1 or real
(trigonometry/unity_orders.py): our own numbers and wordings, answers by hand; a modulus
other than 1, or an angle that is no rational multiple of pi, must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # (-1 + i)/sqrt 2 = cis 135: 135 n a multiple of 360 first at n = 8
    ("Find the smallest positive integer $n$ such that $\\left( \\frac{-1 + i}{\\sqrt{2}} "
     "\\right)^n = 1$.", "8"),
    # cis 72: n = 5
    ("What is the least positive integer $n$ for which $(\\cos 72^\\circ + i \\sin 72^\\circ)^n "
     "= 1$?", "5"),
    # cis 48 real: 48 n a multiple of 180 first at n = 15
    ("Find the smallest positive integer $n$ such that $(\\cos 48^\\circ + i \\sin 48^\\circ)^n$ "
     "is a real number.", "15"),
    # sqrt 3 + i = 2 cis 30: real first at n = 6
    ("Find the least positive integer $n$ such that $(\\sqrt{3} + i)^n$ is real.", "6"),
]

NEAR_MISSES = [
    # modulus sqrt 2: no power is 1
    "Find the smallest positive integer $n$ such that $(1 - i)^n = 1$.",
    # one radian: never a whole number of turns
    "Find the smallest positive integer $n$ such that $(\\cos 2 + i \\sin 2)^n = 1$.",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_unity_orders_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_unity_orders_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
