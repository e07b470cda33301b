"""A number asked as a power of a base ("... equals 3 raised to what power?"), in several
wordings, and near misses: an exponent that is not rational, a letter for the base."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(
    ("problem", "answer"),
    [
        (r"What power of $2$ is $\frac{\sqrt[3]{2}}{\sqrt[6]{2}}$?", r"\frac{1}{6}"),
        (r"To what power must $5$ be raised to get $\frac{1}{125}$?", "-3"),
        (r"The number $\sqrt{8}$ is $2$ to what power?", r"\frac{3}{2}"),
        (r"$\frac{1}{\sqrt[4]{27}}$ is equal to $3$ raised to what power?", r"-\frac{3}{4}"),
        (r"The expression $\sqrt[3]{11}\cdot\sqrt{11}$ equals $11$ to what power?",
         r"\frac{5}{6}"),
    ],
)
def test_power_questions(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(
    "problem",
    [
        r"The expression $\sqrt{6}$ equals 2 raised to what power?",
        r"Which power of $x$ equals $\sqrt[3]{x}$?",
        r"The number $-8$ is $2$ to what power?",
    ],
)
def test_power_questions_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
