"""Lattice paths whose step is said after the moves ("... one unit up at each step").
Our own problems, the answers worked out by hand."""

from __future__ import annotations

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def test_at_each_step():
    assert_solved("A bug walks from $(0,0)$ to $(6,4)$ moving only one unit right or one unit "
                  "up at each step. How many different paths can it take?", "210")  # C(10, 4)


def test_steps_that_cannot_arrive_are_declined():
    assert solve_now("How many paths are there from $(0,0)$ to $(4,2)$ if at each step you "
                     "move one unit right or one unit down?").answer is None
