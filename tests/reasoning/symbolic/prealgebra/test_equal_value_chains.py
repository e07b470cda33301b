"""Chains of equal values ("8 apples cost the same as 4 bananas, and 2 bananas cost the same
as 3 cucumbers"), asked how many of one thing match some of another
(`prealgebra.equal_value_chains`). Our own problems; each answer followed along the chain
by hand in the comment."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 3 pencils = 2 pens, so 10 pens = 15 pencils
    ("If 3 pencils cost the same as 2 pens, how many pencils cost the same as 10 pens?", "15"),
    # 10 rulers = 8 notebooks = 12 pens
    ("If 3 pens cost the same as 2 notebooks, and 4 notebooks cost the same as 5 rulers, how "
     "many pens cost the same as 10 rulers?", "12"),
    # 12 marbles = 6 shells = 10 beads
    ("If 5 beads can be traded for 3 shells, and 2 shells will buy 4 marbles, how many beads "
     "are needed to purchase one dozen marbles?", "10"),
    # 18 oranges = 12 lemons = 8 limes
    ("If six oranges cost the same as four lemons, and three lemons cost the same as two "
     "limes, how many limes can Ana buy for the price of 18 oranges?", "8"),
])
def test_chains(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 7 rulers = 5.6 notebooks = 8.4 pens: not a whole number of pens
    "If 3 pens cost the same as 2 notebooks, and 4 notebooks cost the same as 5 rulers, how "
    "many pens cost the same as 7 rulers?",
    # rulers are never linked to pens
    "If 3 pens cost the same as 2 notebooks, how many pens cost the same as 10 rulers?",
    # 2 pens = 3 notebooks and 1 pen = 1 notebook contradict each other
    "If 2 pens cost the same as 3 notebooks, and 1 pen costs the same as 1 notebook, how many "
    "pens cost the same as 6 notebooks?",
])
def test_declines(problem):
    assert solve_now(problem).answer is None
