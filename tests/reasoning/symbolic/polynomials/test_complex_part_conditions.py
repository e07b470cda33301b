"""The real values of a letter that make a complex expression real or purely imaginary
(our own problems, answers worked out by hand); near misses decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # (a + 3i)(2 - i) = (2a + 3) + (6 - a) i
    (r"For what real value of $a$ is $(a + 3i)(2 - i)$ a real number?", "6"),
    (r"Find the real number $a$ such that $(a + 3i)(2 - i)$ is real.", "6"),
    # (5 + bi)(1 - i)/2 = ((5 + b) + (b - 5) i)/2
    (r"For what value of $b$ is $\frac{5 + bi}{1 + i}$ a real number?", "5"),
    # (x + i)(x + 3i) = (x^2 - 3) + 4x i
    (r"Find all real numbers $x$ such that the product $(x + i)(x + 3i)$ is pure imaginary.",
     r"-\sqrt{3}, \sqrt{3}"),
    # (3 + ci)^2 = (9 - c^2) + 6c i
    (r"For what values of $c$ is $(3 + ci)^2$ purely imaginary?", "-3, 3"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_complex_part_conditions(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # two values, one asked
    r"For what value of $c$ is $(3 + ci)^2$ purely imaginary?",
    # real for every t
    r"For what value of $t$ is $(t + i)(t - i)$ real?",
    # at x = 0 the value is 0: real as well as imaginary
    r"For what value of $x$ is $x(1 + i)$ purely imaginary?",
])
def test_complex_part_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
