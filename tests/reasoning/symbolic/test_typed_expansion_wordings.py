"""A coefficient of an expanded polynomial asked in many of our own wordings (answers
worked out by hand with the binomial theorem), and near misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # a textbook: C(3, 2) * 5 = 15
    (r"Give the coefficient of $y^2$ in the expanded form of $(5 + y)^3$.", "15"),
    # b terse
    (r"Find the $y^2$ coefficient of $(y + 3)^4$.", "54"),
    # c the expression first, in display maths with the sentence's comma: C(5, 1) * 2^4 = 80
    (r"In the expansion of \[(2 + t)^5,\] what is the coefficient of $t$?", "80"),
    # c "when ... is expanded" first: C(3, 1) * (-2)^1 * 1 = -6 for x^2 in (x - 2)^3
    (r"When $(x - 2)^3$ is multiplied out, what number multiplies $x^2$?", "-6"),
    # d two sentences, expand and then ask: C(6, 3) = 20
    (r"Expand $(1 + z)^6$. What is the coefficient of the term containing $z^3$?", "20"),
    # e the order said as "has what coefficient on": C(4, 3) * 2^3 * 1 = 32 for w^3
    (r"When expanded, $(2w + 1)^4$ has what coefficient on $w^3$?", "32"),
    # e the constant term, said first: (-1)^4 = 1
    (r"Expand $(3v - 1)^4$; what is its constant term?", "1"),
]

DECLINED = [
    # two quantities asked
    r"Find the coefficient of $x^2$ and the constant term in $(x + 1)^3$.",
    # a word the reader does not apply
    r"What is the largest coefficient of $x^2$ in $(x + 1)^3$?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_solved_in_many_wordings(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
