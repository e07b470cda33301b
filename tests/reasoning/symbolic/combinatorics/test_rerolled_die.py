"""A die rolled each day and rolled again on some faces, counted over days
(combinatorics/rerolled_die.py). Our own problems, the answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

_TIM = ("Tim rolls a standard die every morning. If he rolls a 2, 4 or 6, he reads. If he rolls "
        "a 3 or a 5, he runs. If he rolls a 1, he rolls again. ")


def test_rolls_over_days():
    # 4 faces, one means again: 4/3 rolls a day, 16 over 12 evenings
    assert_solved("Every evening Omar rolls a fair 4-sided die. If he rolls a 4, then he rolls "
                  "again. What is the expected number of times Omar will roll his die over 12 "
                  "evenings?", "16")


def test_days_of_a_doing():
    # primes 2, 3, 5, 7 of the 9 faces that stay: 30 * 4/9 = 40/3
    assert_solved("Each day Pia rolls a fair 10-sided die. If she rolls a prime number, she "
                  "cycles. If she rolls a 10, she rolls again. Over 30 days, what is the "
                  "expected number of days on which Pia cycles?", "40/3")
    # reads on 3 of 5, runs on 2 of 5: 366 * 1/5
    assert_solved(_TIM + "In a leap year, what is the expected value of the difference between "
                  "the number of days Tim reads and the number of days he runs?", "366/5")


@pytest.mark.parametrize("problem", [
    # the smaller minus the larger: which difference is meant
    _TIM + "In a leap year, what is the expected value of the difference between the number of "
    "days Tim runs and the number of days he reads?",
    # faces that overlap (1 is odd)
    "Nina rolls a fair eight-sided die every morning. If she rolls a 1 or a 2, she rolls again. "
    "If she rolls an odd number, she reads. Over 10 days, what is the expected number of days "
    "on which Nina reads?",
    # every face means rolling again
    "Tim rolls a standard die every morning. If he rolls a 1, 2, 3, 4, 5 or 6, he rolls again. "
    "In a week, what is the expected number of times Tim rolls his die?",
    # a face the die does not have
    "Tim rolls a standard die every morning. If he rolls a 7, he rolls again. In a week, what is "
    "the expected number of times Tim rolls his die?",
    # a doing the rules do not tell
    _TIM + "In a leap year, what is the expected number of days on which Tim swims?",
    # school days are not the 7 days of a week
    "Tim rolls a standard die every school day. If he rolls a 1, he rolls again. In a week, "
    "what is the expected number of times Tim rolls his die?",
])
def test_near_misses_decline(problem: str):
    assert solve_now(problem).answer is None
