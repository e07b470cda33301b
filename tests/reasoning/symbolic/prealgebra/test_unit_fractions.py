"""An amount as a fraction or percent of one unit (our own problems)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("What fraction of an hour is 40 minutes?", r"\frac{2}{3}"),        # 40/60
    ("Express 18 hours as a fraction of a day.", r"\frac{3}{4}"),       # 18/24
    ("What is 9 inches as a fraction of a foot?", r"\frac{3}{4}"),      # 9/12
    ("What percent of a dollar is 85 cents?", "85"),                    # 85/100
    ("What percent of a meter is 45 centimeters?", "45"),               # 45/100
])
def test_an_amount_as_part_of_one_unit(problem, answer):
    assert_solved(problem, answer)


def test_units_of_different_kinds_decline():
    assert solve_now("What fraction of an hour is 30 inches?").answer is None
