"""A midpoint the text names with letters, then an expression in those letters: "Find x + y,
where (x, y) is the midpoint of ...". Our own points; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # M = (1, -6)
    ("Find $x + y$, where $(x, y)$ is the midpoint of the segment joining $(3, -7)$ and "
     "$(-1, -5)$.", "-5"),
    # M = (5, 3)
    ("The midpoint of the segment from $(2,9)$ to $(8,-3)$ is $(a,b)$. What is $a+b$?", "8"),
    # M = (4, 7)
    ("Let $(p, q)$ be the midpoint of the segment with endpoints $(1, 4)$ and $(7, 10)$. "
     "Compute $pq$.", "28"),
    # M = (3, -1)
    ("The point $(m, n)$ is the midpoint of the line segment between $(0,0)$ and $(6,-2)$. "
     "What is $m - n$?", "4"),
])
def test_an_expression_in_the_midpoints_letters(problem, answer):
    assert_solved(problem, answer)


def test_the_midpoint_steps_write_a_negative_end_as_a_difference():
    solution = solve_now("Find $x + y$, where $(x, y)$ is the midpoint of the segment joining "
                         "$(3, -7)$ and $(-1, -5)$.")
    assert "3 - 1" in solution.steps[0].text and "+ -" not in solution.steps[0].text


@pytest.mark.parametrize("problem", [
    # a letter the midpoint does not name
    "Find $x + z$, where $(x, y)$ is the midpoint of the segment joining $(3, 1)$ and $(5, 7)$.",
    # one letter for both coordinates
    "Find $2x$, where $(x, x)$ is the midpoint of the segment joining $(3, 1)$ and $(5, 7)$.",
])
def test_letters_the_midpoint_does_not_define_decline(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # ((-4 + 10) / 2, (9 + 1) / 2) = (3, 5): the closing request is not the question
    ("Find the midpoint of the segment whose endpoints are $(-4,9)$ and $(10,1)$. Express "
     "your answer as an ordered pair.", "(3,5)"),
    # ((1 + 6) / 2, (-2 + 4) / 2) = (7/2, 1)
    ("What are the coordinates of the midpoint of the segment joining $(1,-2)$ and $(6,4)$? "
     "Express your answer as an ordered pair.", "(7/2,1)"),
])
def test_a_midpoint_asked_before_a_request_for_its_form(problem, answer):
    assert_solved(problem, answer)


def test_a_told_midpoint_asked_again_before_a_form_request_declines():
    assert solve_now("The midpoint of a segment is $(1,2)$ and one endpoint is $(5,-2)$. Find "
                     "the midpoint. Express your answer as an ordered pair.").answer is None
