"""A quadratic with its square completed, the vertex form (`algebra.completed_squares`), in
wordings of our own; every step is an identity the checker verifies. Answers by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.verify.api import check_steps
from tutor.verify.verdict import Verdict

SOLVED = [
    # half of 8 is 4: (x + 4)^2 - 16 + 5
    ("Complete the square: x^2 + 8x + 5", r"(x + 4)^2 - 11"),
    (r"Complete the square for $y^2 - 2y + 9$.", r"(y - 1)^2 + 8"),
    # 3(x^2 + 2x) - 1 = 3(x + 1)^2 - 4
    ("complete the square on 3x^2 + 6x - 1", r"3(x + 1)^2 - 4"),
    # (x - 7/2)^2 - 49/4 + 10
    ("Write x^2 - 7x + 10 in vertex form.", r"\left(x - \frac{7}{2}\right)^2 - \frac{9}{4}"),
    # -(x^2 - 6x) + 2 = -(x - 3)^2 + 11
    ("What is the vertex form of y = -x^2 + 6x + 2?", r"y = -(x - 3)^2 + 11"),
    (r"Find the vertex form of $\frac{1}{2}x^2 + 2x$", r"\frac{1}{2}(x + 2)^2 - 2"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_square_completed(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_every_step_is_verified() -> None:
    problem = "Complete the square for 2x^2 + 12x + 7"
    got = solve_now(problem)
    assert got.answer is not None and len(got.steps) == 3
    verdicts = check_steps(problem, [s.text for s in got.steps])
    assert [v.verdict for v in verdicts] == [Verdict.VERIFIED] * 3


@pytest.mark.parametrize("problem", [
    "Complete the square: x^3 + 2x",  # not a quadratic
    "Complete the square: x^2 + xy + 1",  # two letters
    "Complete the square for x^2 + 0.5x + sqrt(2)",  # an irrational coefficient
])
def test_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
