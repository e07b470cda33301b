"""The values of a letter in a quadratic's coefficients for which its roots are real,
distinct and real, or not real, as intervals (`algebra/root_reality.py`). Our own problems;
the answers were worked out by hand from the discriminant."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # m^2 - 100 >= 0
    (r"If $y^2 + my + 25$ has at least one real root, find all possible values of $m$. "
     r"Express your answer in interval notation.", r"(-\infty, -10] \cup [10, \infty)"),
    # c^2 - 36 < 0
    (r"Find all real values of $c$ for which $t^2 + ct + 9$ has two non-real roots. Express "
     r"your answer in interval notation.", "(-6, 6)"),
    # 64 - 4k > 0
    (r"For what values of $k$ does $x^2 - 8x + k = 0$ have two distinct real solutions?",
     r"(-\infty, 16)"),
    # 4 - 12q < 0
    (r"For which values of $q$ does the equation $3x^2 + 2x + q = 0$ have no real roots?",
     r"(\frac{1}{3}, \infty)"),
    # 4b^2 - 4(2b + 3) < 0: b^2 - 2b - 3 < 0
    (r"If $x^2 + 2bx + 2b + 3$ has two nonreal roots, find all possible values of $b$.",
     "(-1, 3)"),
    # n^2 - 12 >= 0
    (r"Find all values of $n$ such that $3x^2 + nx + 1$ has real roots.",
     r"(-\infty, -2\sqrt{3}] \cup [2\sqrt{3}, \infty)"),
])
def test_the_values_come_from_the_discriminant(problem: str, answer: str) -> None:
    sol = assert_solved(problem, answer)
    assert any(s.rule == "the discriminant" for s in sol.steps)


@pytest.mark.parametrize("problem", [
    # two real roots: distinct or not is not said
    r"For what values of $k$ does $x^2 + kx + 4 = 0$ have two real roots?",
])
def test_unclear_conditions_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
