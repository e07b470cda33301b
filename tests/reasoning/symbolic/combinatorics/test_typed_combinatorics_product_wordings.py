"""The product rule (`combinatorics.products`) in more wordings: the kinds named in the whole
('how many hat-and-scarf outfits'), what one whole 'uses' or 'requires', 'exactly one' of each,
and designs. Our own problems; each count is the product, listed here again."""

from __future__ import annotations

from itertools import product

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _listed(*counts: int) -> str:
    return str(sum(1 for _ in product(*(range(c) for c in counts))))


@pytest.mark.parametrize(("problem", "answer"), [
    ("Lina owns 6 hats and 9 scarves. How many hat-and-scarf outfits can she make?",
     _listed(6, 9)),
    ("A cafe offers 4 breads and 6 fillings. How many bread-and-filling sandwiches are "
     "possible?", _listed(4, 6)),
    ("Jon has 5 shirts, 3 ties and 2 belts. How many shirt-and-tie-and-belt outfits can he "
     "make?", _listed(5, 3, 2)),
    ("An artist has 6 colors and 7 patterns. Every design uses one color and one pattern. How "
     "many different designs are possible?", _listed(6, 7)),
    ("A potter has 5 glazes and 4 shapes. Each design requires exactly one glaze and one shape. "
     "How many designs are there?", _listed(5, 4)),
])
def test_products_in_more_words(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a kind named in the whole that was never listed
    "Lina owns 6 hats and 9 scarves. How many hat-and-glove outfits can she make?",
    # two of one kind, not said to be different
    "A potter has 5 glazes and 4 shapes. Each design requires exactly two glazes and one shape. "
    "How many designs are there?",
])
def test_product_wordings_declined(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # the stock said with the ask: "can be made from ..."
    ("How many outfits consisting of a shirt and a pair of pants can be made from 4 shirts "
     "and 3 pairs of pants?", "12"),
    ("How many sandwiches with one bread, one meat and one cheese can be made from 3 breads, "
     "4 meats and 2 cheeses?", "24"),
    ("How many meals of one main and one dessert can be put together from 6 mains and 5 "
     "desserts?", "30"),
])
def test_products_stock_said_with_the_ask(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # what one outfit is, unsaid
    "How many outfits can be made from 4 shirts and 3 pairs of pants?",
    # a kind chosen that is not in the stock
    "How many outfits consisting of a shirt and a hat can be made from 4 shirts and 3 pairs "
    "of pants?",
])
def test_products_stock_said_with_the_ask_declined(problem):
    assert solve_now(problem).answer is None
