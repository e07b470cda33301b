"""Shortest routes told in city blocks: a blocks one way and b blocks a perpendicular way,
C(a + b, a) orders of the blocks. Our own problems; the answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("Alex walks 5 blocks east and 2 blocks north to school, always taking a shortest route. "
     "How many different routes can he take?", "21"),  # C(7, 2)
    ("Maya lives 3 blocks west and 4 blocks south of the library. If she always takes a "
     "shortest path, how many different paths can she take?", "35"),  # C(7, 3)
    ("Sam has to walk 4 blocks north and 3 blocks east to get to the park. How many shortest "
     "routes are there?", "35"),
])
def test_block_routes(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # both along one street
    "Jo walks 4 blocks east and 3 blocks east to school, always taking a shortest route. How "
    "many different routes can he take?",
    # not said to be shortest: routes could wander
    "Alex walks 5 blocks east and 2 blocks north to school. How many different routes can he "
    "take?",
])
def test_declined(problem):
    assert solve_now(problem).answer is None
