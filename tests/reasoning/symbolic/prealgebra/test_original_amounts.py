"""The amount before percent changes from the amount after them
(`prealgebra.original_amounts`). Our own problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 0.85 x = 153
    (r"A scooter is on sale for $\$153$ after a 15\% discount. What was the original price in "
     r"dollars?", "180"),
    # 1.04 x = 520
    (r"After a 4\% raise, Dana earns $\$520$ per week. What did she earn per week before the "
     r"raise?", "500"),
    # 0.6 x = 57
    (r"A rug costs $\$57$ after it was discounted by 40\%. What was the original price?", "95"),
    # 0.9 \cdot 0.8 x = 36
    (r"A hat is on sale for $\$36$ after a 10\% discount and then another 20\% off. What was "
     r"the original price?", "50"),
    # the amount after told by "to": 0.8 x = 36, 1.25 x = 50
    (r"The price of a jacket is reduced by 20% to \$36. What was the original price in "
     r"dollars?", "45"),
    (r"The price of a lamp was raised by 25% to \$50. What was the price before?", "40"),
])
def test_the_amount_before(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # $40 is the price before the discount: the question is answered by the story itself
    r"A shirt costs $\$40$. It is discounted by 20\%. What was the original price?",
    # the saving is another question
    r"A TV costs $\$480$ after a 20\% discount. How much was saved?",
    # reduced to a percent, not to an amount
    r"The price of a shirt is reduced by 20% to 36% of its value. What was the original price?",
])
def test_other_stories_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
