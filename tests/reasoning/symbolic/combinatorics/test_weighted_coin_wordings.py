"""More wordings of a coin with a stated chance of heads, flipped n times
(combinatorics/attempts.py, weighted_coin). Our own problems, worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # "weighted so that the probability of heads is", at least one tail: 1 - (3/5)^3 = 98/125
    ("A coin is weighted so that the probability of heads is 3/5. If it is flipped 3 times, "
     "what is the probability of getting at least one tail?", "\\frac{98}{125}"),
    # "twice": 2 * (1/3)(2/3) = 4/9
    ("A biased coin lands heads with probability 1/3. It is tossed twice. What is the "
     "probability of exactly one head?", "\\frac{4}{9}"),
    # "all 4 flips are tails": (3/4)^4 = 81/256
    ("An unfair coin comes up heads with probability 1/4. If it is flipped 4 times, what is "
     "the probability that all 4 flips are tails?", "\\frac{81}{256}"),
    # "both tosses come up heads": (2/5)^2 = 4/25
    ("A coin is biased so that the chance of heads is 2/5. If it is tossed twice, what is the "
     "probability that both tosses come up heads?", "\\frac{4}{25}"),
])
def test_weighted_coin_wordings(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # "both" of three flips
    "A biased coin lands heads with probability 2/3. It is flipped 3 times. What is the "
    "probability that both flips are heads?",
    # "all 4 flips" of 3 flips
    "A biased coin lands heads with probability 2/3. It is flipped 3 times. What is the "
    "probability that all 4 flips are heads?",
])
def test_mismatched_counts_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
