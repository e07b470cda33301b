"""The operation on a described quantity is written as maths the checker works out
(`\\sqrt[3]{-125} = -5`, `-\\left(-6\\right) = 6`, `4 \\cdot \\frac{1}{4} = 1`), where the step
read `\\text{cube root of } -125 = -5`, which nothing could check; a number only read back
(`-6 = -6`) is no step of its own. Our own wordings and numbers."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.verify.api import check_steps
from tutor.verify.verdict import Verdict


@pytest.mark.parametrize(("problem", "answer", "claim"), [
    ("what is the cube root of -125", "-5", "\\sqrt[3]{-125} = -5"),
    ("What is the opposite of -6?", "6", "-\\left(-6\\right) = 6"),
    ("Find the absolute value of $-31$.", "31", "\\left|-31\\right| = 31"),
    # |3 + 4i| = 5: its reciprocal 1/5 is checked back, 5 · 1/5 = 1
    ("Find the reciprocal of the modulus of $3 + 4i$.", "\\frac{1}{5}",
     "5 \\cdot \\frac{1}{5} = 1"),
    # distance (0, 0) to (1, 2) is sqrt 5; squared 5
    ("What is the square of the distance between $(0, 0)$ and $(1, 2)$?", "5",
     "\\left(\\sqrt{5}\\right)^{2} = 5"),
])
def test_the_operation_is_a_checked_claim(problem: str, answer: str, claim: str) -> None:
    sol = assert_solved(problem, answer)
    assert claim in sol.steps[-1].text, sol.steps[-1].text
    assert "\\text" not in sol.steps[-1].text
    assert not any(s.text.strip("$ .") == f"{answer} = {answer}" for s in sol.steps)
    verdicts = check_steps(problem, [s.text for s in sol.steps])
    assert all(v.verdict is Verdict.VERIFIED for v in verdicts), [v.summary for v in verdicts]


@pytest.mark.parametrize(("problem", "step"), [
    ("what is the cube root of -125", "The cube root of $-125$: $\\sqrt[3]{-125} = 5$"),
    ("What is the opposite of -6?", "The opposite of $-6$: $-\\left(-6\\right) = -6$"),
])
def test_the_same_step_with_a_wrong_value_is_refuted(problem: str, step: str) -> None:
    assert check_steps(problem, [step])[0].verdict is Verdict.REFUTED
