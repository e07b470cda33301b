"""A probability asked as a percent: solved exactly, then written as 100p percent when that
decimal ends. Our own problems; the answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.percent_requests import split_off


@pytest.mark.parametrize(("problem", "answer"), [
    # 0.3 * 0.5
    ("The probability of snow on Monday is $30\\%$, and the probability of snow on Tuesday is "
     "$50\\%$. If the two days are independent, what is the probability of snow on both days, "
     "expressed as a percent?", "15\\%"),
    # C(3,2)/8 = 3/8
    ("A fair coin is flipped three times. What is the probability of exactly two heads? Express "
     "your answer as a percent.", "37.5\\%"),
    # C(4,1)/16 = 1/4
    ("A fair coin is tossed 4 times. What is the probability of getting exactly one tail? "
     "Give your answer as a percent.", "25\\%"),
])
def test_probability_as_a_percent(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 1/36 as a percent does not end
    "Three fair dice are rolled. What is the probability that all three show the same number? "
    "Express your answer as a percent.",
    # a percent rounded: another question
    "A fair coin is flipped three times. What is the probability of exactly two heads? Express "
    "your answer as a percent rounded to the nearest tenth.",
])
def test_percents_that_do_not_end_decline(problem):
    assert solve_now(problem).answer is None


def test_only_a_probability_is_split_off():
    assert split_off("What percent of 80 is 20? Express your answer as a percent.") is None
    assert split_off("A coin is flipped. What is the probability of heads, expressed as a "
                     "percent?") == "A coin is flipped. What is the probability of heads?"
