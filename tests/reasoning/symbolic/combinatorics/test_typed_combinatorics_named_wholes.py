"""The product rule when the whole is named in the question by what it is for ('how many
different coat designs') and said in an 'if each ... requires' clause (`combinatorics.products`).
Our own problems; each count is the product of the kinds' sizes, listed here again."""

from __future__ import annotations

from itertools import product

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _listed(*sizes: int) -> str:
    return str(sum(1 for _ in product(*(range(n) for n in sizes))))


@pytest.mark.parametrize(("problem", "answer"), [
    ("A tailor has 4 colours and 3 patterns. If each coat design requires exactly one colour and "
     "one pattern, how many different coat designs are possible?", _listed(4, 3)),
    ("A florist stocks 6 vases and 5 ribbons. If every gift bouquet needs one vase and one ribbon, "
     "how many gift bouquets can be made?", _listed(6, 5)),
    ("A cafe offers 3 breads, 4 cheeses and 2 spreads. Each lunch special includes one bread, "
     "one cheese and one spread. How many lunch specials are possible?", _listed(3, 4, 2)),
    ("There are 7 frames and 2 lens types. If each glasses order uses one frame and one lens "
     "type, find how many different glasses orders are possible.", _listed(7, 2)),
])
def test_named_wholes(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a word before the whole that the story never says the whole is
    "A tailor has 4 colours and 3 patterns. How many red coat designs with one colour and one "
    "pattern are possible?",
    # a word that changes the count
    "A tailor has 4 colours and 3 patterns. If each coat design requires exactly one colour and "
    "one pattern, how many more coat designs are possible?",
])
def test_named_wholes_not_read_are_declined(problem):
    assert solve_now(problem).answer is None
