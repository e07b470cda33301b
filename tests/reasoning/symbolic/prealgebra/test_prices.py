"""A price before a percent discount or markup (`prealgebra.prices`), in more wordings: "a coat
costs $60 after a 25% discount; what was its original price?", "the sale price of a coat is
$60 after a 25% discount". Our own problems, answers worked out by hand; a price that is not
a whole number of cents, a discount of more than the price, or a "sale price" after a markup
declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 0.75 p = 60
    ("A coat costs $\\$60$ after a 25% discount. What was its original price?", "80"),
    ("The sale price of a coat is $\\$60$ after a 25% discount. What was the original price?",
     "80"),
    # 1.1 p = 55
    ("The new price of a lamp is $\\$55$ after a 10% markup. What was the original price of the "
     "lamp?", "50"),
])
def test_the_price_before_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 54 / 1.1 is not a whole number of cents
    "The new price of a lamp is $\\$54$ after a 10% markup. What was the original price of the "
    "lamp?",
    # a sale price after a markup
    "The sale price of a lamp is $\\$55$ after a 10% markup. What was the original price of the "
    "lamp?",
    "The sale price of a coat is $\\$60$ after a 125% discount. What was the original price?",
])
def test_the_price_before_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
