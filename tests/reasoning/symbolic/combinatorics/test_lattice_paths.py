"""Lattice paths whose step is said after the moves ("... one unit up at each step").
Our own problems, the answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def test_at_each_step():
    assert_solved("A bug walks from $(0,0)$ to $(6,4)$ moving only one unit right or one unit "
                  "up at each step. How many different paths can it take?", "210")  # C(10, 4)


def test_steps_that_cannot_arrive_are_declined():
    assert solve_now("How many paths are there from $(0,0)$ to $(4,2)$ if at each step you "
                     "move one unit right or one unit down?").answer is None


def test_shortest_paths_on_the_grid():
    # 'shortest' on a grid: 5 steps right and 2 up in some order, C(7, 2)
    assert_solved("How many shortest lattice paths are there from $(0,0)$ to $(5,2)$?", "21")
    # towards the end: 2 left and 3 down, C(5, 2)
    assert_solved("What is the number of shortest lattice paths from $(4,5)$ to $(2,2)$?", "10")
    # C(6, 3) = 20 in all; through (1,2): C(3, 1) C(3, 2) = 9; 20 - 9 = 11
    assert_solved("How many shortest paths along the grid lines go from $(0,0)$ to $(3,3)$ "
                  "without passing through $(1,2)$?", "11")


def test_without_passing_through():
    # C(7, 3) = 35 in all; through (2,1): C(3, 1) C(4, 2) = 18; 35 - 18 = 17
    assert_solved("Moving only right or up along grid lines, how many paths go from $(0,0)$ "
                  "to $(4,3)$ without passing through $(2,1)$?", "17")


def test_shortest_paths_off_a_grid_are_declined():
    # no grid said: the shortest path in the plane is one straight segment
    assert solve_now("How many shortest paths are there from $(0,0)$ to $(3,4)$?").answer \
        is None


@pytest.mark.parametrize(("problem", "answer"), [
    # C(6, 2) = 15: the steps said after "that move only ... at each step"
    ("How many paths from $(0,0)$ to $(4,2)$ that move only one unit right or one unit up at "
     "each step are there?", "15"),
    # through (1,1): C(2, 1) C(4, 1) = 8
    ("How many paths from $(0,0)$ to $(4,2)$ consisting of unit steps right or up pass "
     "through $(1,1)$?", "8"),
    # avoiding (1,1): 15 - 8 = 7
    ("How many paths from $(0,0)$ to $(4,2)$ made up of steps up or right avoid the point "
     "$(1,1)$?", "7"),
])
def test_steps_said_after_the_paths(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # C(6, 2)
    ("how many ways to walk from (0,0) to (4,2) if i can only step right or up by 1", "15"),
    # C(7, 3)
    ("How many ways are there to walk from (0,0) to (4,3) if each step is one unit right or "
     "one unit up?", "35"),
    # C(5, 2)
    ("How many ways can a robot get from (1,1) to (4,3) if it can only move one unit right or "
     "one unit up at each step?", "10"),
])
def test_ways_to_walk(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "how many ways to walk from (0,0) to (5,2)",  # no steps said: any walk
    "how many ways to walk from (0,0) to (5,2) if i can only step right or left by 1",
])
def test_ways_to_walk_near_misses_decline(problem):
    assert solve_now(problem).answer is None
