"""The values of a constant for which a quadratic inequality holds for every real x (our own
problems, worked by hand); 'for some x', or two constants, decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # m^2 - 16 < 0
    ("For what values of $m$ is $x^2 + mx + 4 > 0$ for every real number $x$?", "(-4, 4)"),
    # a > 0 and 16 - 4a^2 <= 0; a = 0 leaves 4x >= 0, false for x < 0
    ("For which $a$ does $ax^2 + 4x + a \\ge 0$ hold for all real $x$?", "[2, \\infty)"),
    # leading coefficient -1 < 0 and b^2 - 36 < 0
    ("Find all values of $b$ such that $-x^2 + bx - 9 < 0$ for all real numbers $x$.",
     "(-6, 6)"),
    # c - 1 < 0 and 4 + 12(c - 1) < 0
    ("For what values of $c$ is $(c-1)x^2 + 2x - 3 < 0$ for all $x$?",
     "(-\\infty, \\frac{2}{3})"),
    # (t + 1)^2 - 4(t + 4) = t^2 - 2t - 15 < 0
    ("Determine all real numbers $t$ so that $x^2 + (t+1)x + t + 4 > 0$ for each real $x$. "
     "Express your answer in interval notation.", "(-3, 5)"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_inequalities_for_every_x(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # for some x, not every x
    "For what values of $m$ is $x^2 + mx + 4 > 0$ for some real number $x$?",
    # two constants
    "For what values of $m$ is $x^2 + mx + n > 0$ for every real number $x$?",
    # a cubic is never of one sign
    "For what values of $m$ is $x^3 + mx + 4 > 0$ for every real number $x$?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_other_inequalities_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
