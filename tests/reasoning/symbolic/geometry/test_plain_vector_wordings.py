"""Angles between vectors and projections typed as a student types them (answers worked
out by hand), and near misses that must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # the unit said between the commas: (1, 1) . (-1, 0) = -1, |.| = sqrt 2, cos = -1/sqrt 2
    ("Find the angle, in degrees, between the vectors (1, 1) and (-1, 0).", "135"),
    # 2 - 4 + 2 = 0
    ("What is the angle, in degrees, between the vectors <1, 2, 2> and <2, -2, 1>?", "90"),
    # 0 + 1 + 0 = 1, |.| = sqrt 2 each: cos = 1/2
    (r"Compute the angle, in degrees, between vectors $(1, 1, 0)$ and $(0, 1, 1)$.", "60"),
    # (4, -2) . (1, 1) = 2, |(1, 1)|^2 = 2
    ("Find the projection of (4, -2) onto (1, 1).", r"\begin{pmatrix} 1 \\ 1 \end{pmatrix}"),
    # (5, 5) . (2, 0) = 10, |(2, 0)|^2 = 4: 10/4 (2, 0)
    (r"Compute the projection of $(5, 5)$ onto $(2, 0)$.",
     r"\begin{pmatrix} 5 \\ 0 \end{pmatrix}"),
    # (2, 0, 1) . (1, 1, 1) = 3, |(1, 1, 1)|^2 = 3
    ("What is the projection of <2, 0, 1> onto <1, 1, 1>?",
     r"\begin{pmatrix} 1 \\ 1 \\ 1 \end{pmatrix}"),
]

DECLINED = [
    # not a whole number of degrees: cos = 11 / (5 sqrt 5)
    "Find the angle, in degrees, between the vectors (1, 2) and (3, 4).",
    # the zero vector has no direction
    "Find the projection of (1, 2) onto (0, 0).",
    # a scalar projection is a number, not the projected vector
    "Find the scalar projection of (4, -2) onto (1, 1).",
    # two things asked: the magnitude alone (3 sqrt 2) was answered before session 41
    "Find the magnitude and direction of the vector (3, -3).",
    # two products asked: the dot product alone (14) was answered before session 41
    "Given u = <3, 4> and v = <-2, 5>, find their dot product and their cross product.",
    "Let a = (2, 1) and b = (1, 5). Find their dot product and the angle between them.",
]


def test_one_product_asked_of_named_vectors_is_answered() -> None:
    # 2 * 1 + 1 * 5 (the names joined by "and" are not a second question)
    assert_solved("Let a = (2, 1) and b = (1, 5). Find their dot product.", "7")


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
