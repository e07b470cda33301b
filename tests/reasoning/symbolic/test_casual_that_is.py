""""thats" and "that's" typed for "that is" (`casual_text`): the question reads as the one
written in full. Our own numbers, each worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("whats the smallest multiple of 9 thats greater than 80", "81"),
    ("what's the largest multiple of 7 that's less than 100", "98"),
    ("whats the smallest prime thats bigger than 90", "97"),
])
def test_thats_said_in_full(problem: str, answer: str) -> None:
    assert assert_solved(problem).answer == answer


def test_thats_with_another_condition_is_not_dropped() -> None:
    # "a multiple of 9 thats odd and greater than 80": 81 as well; "even" changes it to 90
    assert solve_now("whats the smallest multiple of 9 thats even and greater than 80"
                     ).answer in (None, "90")
