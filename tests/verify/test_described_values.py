"""A value alone that the sentence goes on to describe or put in ("x = 4 is the axis of
symmetry", "x = 0 gives -6", "x = 1 is where x - 1 changes sign") is no solution given, so
it is never refuted against the problem's equation; "x = 3 is a solution" still is."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_step
from tutor.verify.extract.claim import described_value
from tutor.verify.verdict import Verdict

R = Verdict.REFUTED


@pytest.mark.parametrize(("problem", "step"), [
    ("solve x^2 - 10x + 16 = 0", "x = 5 is the axis of symmetry."),
    ("solve x^2 - 10x + 16 = 0", "The parabola turns at its vertex: x = 5 is where it is lowest."),
    ("Solve $t^3 - 7t + 6 = 0$.", "Case 1: t = 0 gives 6, not zero."),
    ("solve x^3 - 2x^2 - 5x + 6 = 0", "x = 2 yields 2^3 - 8 - 10 + 6 = -4."),
    ("solve |x + 2| = 5", "x = -2 splits the number line into two cases."),
    ("solve |x - 3| + |x + 1| = 8", "Case 2: x = 3 marks where x - 3 changes sign."),
    ("solve |x - 3| + |x + 1| = 8", "x = -1 divides the line again."),
])
def test_a_value_the_sentence_describes_is_not_refuted(problem: str, step: str) -> None:
    verdict = check_step(problem, [], step)
    assert verdict.verdict is not R, [(c.claim, c.reason) for c in verdict.claims]


@pytest.mark.parametrize("step", [
    "x = 3 is a solution",
    "x = 3 is the other root.",
    "Therefore x = 3 is the answer",
    "$x = 3$ is one solution",
    "so x = 3.",
    "x = 2 or x = 3",
])
def test_a_value_given_as_a_solution_is_still_refuted(step: str) -> None:
    assert check_step("solve x^2 - 10x + 16 = 0", [], step).verdict is R


@pytest.mark.parametrize(("text", "after", "described"), [
    ("x = 4", " is the axis of symmetry", True),
    ("x = 0", " gives -6", True),
    ("x = 4", " is a root", False),
    ("x = 4", " is the only real solution", False),
    ("x + 1 = 4", " gives x = 3", False),  # an equation, not a value alone
    ("x = 4", ", so", False),
])
def test_described_value(text: str, after: str, described: bool) -> None:
    assert described_value(text, after) is described
