"""Constants fixed by writing a quadratic in a given form when the problem does not say
what kind of numbers they are (`algebra.form_constants`), in phrasings of our own; near
misses decline.

Every problem here is written for this file; the answers were worked out by hand.
"""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # (x + 4)^2 - 16
    (r"Suppose $x^2 + 8x$ is rewritten as $a(x - h)^2 + k$. What is the value of $k$?",
     "-16"),
    # 2(x - 3)^2 - 11: 2 + 3 - 11
    (r"When $2x^2 - 12x + 7$ is written in the form $a(x - h)^2 + k$, what is $a + h + k$?",
     "-6"),
    # -(x - 2)^2 + 5
    (r"If $-x^2 + 4x + 1$ is expressed as $a(x - h)^2 + k$, find $h$.", "2"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_form_constants_without_kinds(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


DECLINED = [
    # a second letter in the expression: which letters are the constants is unclear
    r"Suppose $y^2 - 2y + c$ is put in the form $(y - h)^2 + k$. Find $k$.",
    # a quartic is no quadratic's square form
    r"Suppose $t^4 - 3t^2$ is rewritten as $a(t - h)^2 + k$. What is the value of $k$?",
]


@pytest.mark.parametrize("problem", DECLINED)
def test_unfixed_form_constants_are_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
