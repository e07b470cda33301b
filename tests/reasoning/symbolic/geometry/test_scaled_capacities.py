"""A box holding a number of things and another box with its three dimensions scaled
(geometry/scaled_capacities.py). Our own problems; answers worked by hand: the count times the
product of the three factors."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 30 * 2 * 2 * 2
    ("A drawer holds 30 socks. A second drawer is twice as long, twice as wide and twice as "
     "deep. About how many socks does it hold?", "240"),
    # 12 * 3 * 2 * 1.5
    ("a jar holds 12 cookies. a bigger jar is 3 times as tall, 2 times as wide and 1.5 times "
     "as long. roughly how many cookies fit", "108"),
    # 64 * 1/2 * 1/2 * 1/2
    ("A crate holds $64$ oranges when full. Each dimension of another crate is halved. How "
     "many oranges does it hold?", "8"),
    # 45 * 3^3
    ("A basket holds 45 eggs. If every dimension of the basket is tripled, how many eggs will "
     "it hold?", "1215"),
    # (6 * 8 * 10) / (3 * 4 * 5) = 8 times 15
    ("A box 3 inches long, 4 inches wide and 5 inches tall holds 15 cubes. How many cubes does "
     "a box 6 inches long, 8 inches wide and 10 inches tall hold?", "120"),
    # the box asked about is Ana's, the scaled one: 10 * 2 * 2 * 5
    ("Ben's chest holds 10 books. Ana's chest is twice as long, twice as wide and five times "
     "as high as Ben's. How many books does Ana's chest hold?", "200"),
])
def test_scaled_capacity(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # only two dimensions scaled: the height is not told
    "A drawer holds 30 socks. A second drawer is twice as long and twice as wide. How many "
    "socks does it hold?",
    # the box whose count is told is asked about
    "Ben's chest holds 10 books. Ana's chest is twice as long, twice as wide and five times as "
    "high as Ben's. How many books does Ben's chest hold?",
    "A drawer holds 30 socks. A second drawer is twice as long, twice as wide and twice as "
    "deep. How many socks does the first drawer hold?",
    # something else asked
    "A drawer holds 30 socks. A second drawer is twice as long, twice as wide and twice as "
    "deep. How much does the second drawer weigh?",
    # scaled against a third box never told
    "A drawer holds 30 socks. A second drawer is twice as long, twice as wide and twice as deep "
    "as a third drawer. How many socks does the second drawer hold?",
    # the sized boxes in the wrong order for the count: the first told is the one asked
    "How many cubes does a box 6 inches long, 8 inches wide and 10 inches tall hold, while a "
    "box 3 inches long, 4 inches wide and 5 inches tall holds 15 cubes?",
    # a surface area is no scale of each dimension
    "A drawer holds 30 socks. A second drawer has twice the surface area. How many socks does "
    "it hold?",
])
def test_scaled_capacity_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
