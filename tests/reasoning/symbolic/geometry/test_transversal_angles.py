"""Parallel lines cut by a transversal, one angle told (geometry/transversal_angles.py): equal
angles (vertical, corresponding, alternate) and supplementary ones (same-side interior, a
linear pair). Our own problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("Two parallel lines are cut by a transversal. One of the angles formed is $58^\\circ$. What "
     "is the measure of its corresponding angle?", "58"),
    ("Two parallel lines are cut by a transversal. One angle measures $81^\\circ$. What is the "
     "measure of its alternate exterior angle?", "81"),
    # 180 - 125
    ("Two parallel lines are cut by a transversal. If one of two same-side interior angles is "
     "$125^\\circ$, what is the measure of the other?", "55"),
    ("Two parallel lines are cut by a transversal. One angle measures $64^\\circ$. What is the "
     "measure of its consecutive interior angle?", "116"),
    # a linear pair: 180 - 35
    ("Two parallel lines are cut by a transversal. One of the angles formed measures $35^\\circ$. "
     "What is the measure of the angle that forms a linear pair with it?", "145"),
])
def test_an_angle_at_a_transversal(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the lines are not said to be parallel
    "Two lines are cut by a transversal. One angle measures $72^\\circ$. What is the measure of "
    "its alternate interior angle?",
    # "the other" with no relation said
    "Two parallel lines are cut by a transversal. One angle measures $72^\\circ$. What is the "
    "measure of the other angle?",
])
def test_an_angle_at_a_transversal_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
