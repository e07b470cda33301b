"""Prealgebra questions typed the way a student types them: "pls"/"plz"/"thx" around the
question (`clause_order`), "their sum" after a mean (`mean_statements`), "20% off $45" and
"what percent is 18 out of 24" (`percent`). Our own problems, answers worked by hand; near
misses must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("whats 40% of 35 pls", "14"),
    ("pls find the median of 9, 2, 7", "7"),
    ("what is 2/9 + 1/3 plz", "\\frac{5}{9}"),
    ("round 8.345 to the nearest tenth thx", "8.3"),
    # the sum asked after a mean: 6 x 7 = 42, 4 x 2.5 = 10
    ("the mean of 6 numbers is 7 what is their sum", "42"),
    ("the average of 4 numbers is 2.5. find their sum", "10"),
    ("The average of 9 numbers is 11. What is the sum of them?", "99"),
    # a price after a discount: 60 x 0.75, 80 x 0.9
    ("what is 25% off $60", "45"),
    ("whats 10% off of 80", "72"),
    ("Calculate 30% off 250.", "175"),
    # a part out of a whole as a percent: 21/28, 7/20
    ("what percent is 21 out of 28", "75"),
    ("What percent is 7 out of 20?", "35"),
    # the percent change, signed: (54 - 60)/60, (63 - 45)/45
    ("find the percent change from 60 to 54", "-10"),
    ("what is the percentage change from 45 to 63?", "40"),
])
def test_student_wordings_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "how much is 20% off $45",            # the discount or the price: not read
    "whats 40% of 35 pls and why",        # a request the reader does not know
    "the mean of 6 numbers is 7 and one of them is 3. what is their sum",  # which sum
    "what percent is 21 out of",          # no whole
])
def test_student_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
