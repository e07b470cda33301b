"""A point moved by several reflections in turn (geometry/point_moves.py), the second
reflection written without its verb ("and then over the $y$-axis"): our own problems,
images worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # (2, 5) -> (2, -5) -> (-2, -5)
    ("The point $(2,5)$ is reflected over the $x$-axis and then over the $y$-axis. What are "
     "the coordinates of the final image?", "(-2,-5)"),
    ("The point $(2,5)$ is reflected over the $x$-axis. The image is then reflected over the "
     "$y$-axis. What are the coordinates of the final image?", "(-2,-5)"),
    # (-3, 1) -> (1, -3) over y = x -> (1, 3 - (-3) + 3) = (1, 9) over y = 3
    ("The point $(-3,1)$ is reflected across the line $y=x$ and then across the line $y=3$. "
     "What are the coordinates of its image?", "(1,9)"),
])
def test_reflections_in_turn(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # "then over" without a reflection before it: what the move is is not said
    "The point $(2,5)$ is translated 3 units up and then over the $y$-axis. What are the "
    "coordinates of its image?",
])
def test_moves_not_said_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # a half turn about the origin negates both coordinates, whichever way it turns
    ("Point $P(6,-2)$ is rotated $180^\\circ$ about the origin. What are the coordinates of "
     "its image?", "(-6,2)"),
    ("The point $(-5,3)$ is rotated 180 degrees around the origin. What are the "
     "coordinates of the image?", "(5,-3)"),
])
def test_half_turn_needs_no_direction(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a quarter turn without its direction: two different images
    "The point $(4,1)$ is rotated $90^\\circ$ about the origin. What are the coordinates of "
    "its image?",
    "The point $(4,1)$ is rotated $270^\\circ$ about the origin. What is its image?",
])
def test_quarter_turn_without_direction_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
