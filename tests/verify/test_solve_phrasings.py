"""The equation a problem asks to solve is found however the student asks ("find all
solutions of 2t - 1 = t + 4", "what are the roots of ...", "find x if 3x + 2 = 11", "find
all real x such that x^2 = 9"), so a step's value is put into it; an equation after "the
roots of" is read whole, not as the end of an operand ("one-third of 27 = 9")."""

from __future__ import annotations

import pytest

from tutor.verify.api import check_step
from tutor.verify.problem_context import problem_context
from tutor.verify.verdict import Verdict

V, R = Verdict.VERIFIED, Verdict.REFUTED


@pytest.mark.parametrize(("problem", "equation"), [
    ("Find all solutions of 5k - 2 = 3k + 6.", ("5k - 2", "3k + 6")),
    ("find the roots of x^2 - 9x + 20 = 0", ("x^2 - 9x + 20", "0")),
    ("what are the solutions of y^2 + y - 12 = 0", ("y^2 + y - 12", "0")),
    ("List the zeros of w^2 - 16 = 0.", ("w^2 - 16", "0")),
    ("find n if 4n - 7 = 25", ("4n - 7", "25")),
    ("Find all real $x$ such that $x^2 = 49$.", ("x^2", "49")),
    ("find all integer values of m for which 3m + 1 = 16", ("3m + 1", "16")),
])
def test_the_equation_asked_about_is_found(problem: str, equation: tuple[str, str]) -> None:
    context = problem_context(problem)
    assert context.solve_task
    assert context.target_equation == equation


@pytest.mark.parametrize("problem", [
    "What is the value of 56 - 42?",  # an evaluation, not an equation to solve
    "the sum of the roots of x^2 - 5x + 6 = 0",  # no request
    "find the area if the side is 4",
])
def test_other_questions_are_no_solve_task(problem: str) -> None:
    assert not problem_context(problem).solve_task


@pytest.mark.parametrize(("problem", "step", "verdict"), [
    ("Find all solutions of 5k - 2 = 3k + 6.", "k = 4", V),
    ("Find all solutions of 5k - 2 = 3k + 6.", "so k = 2", R),
    ("find n if 4n - 7 = 25", "4n = 32, so n = 8", V),
    ("find n if 4n - 7 = 25", "n = 9", R),
    ("what are the solutions of y^2 + y - 12 = 0", "y = 3 or y = -4", V),
    ("what are the solutions of y^2 + y - 12 = 0", "y = 3 or y = 4", R),
])
def test_a_value_is_put_into_the_equation_asked_about(problem: str, step: str,
                                                      verdict: Verdict) -> None:
    assert check_step(problem, [], step).verdict is verdict
