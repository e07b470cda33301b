"""Handshakes when the people "each shake hands" (the plural verb). Our own problems."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("If 10 people each shake hands with every other person exactly once, how many handshakes "
     "are there?", "45"),  # C(10, 2)
    ("At a reunion, 9 friends each shake hands with each of the others once. How many "
     "handshakes take place?", "36"),  # C(9, 2)
    ("How many handshakes occur when 12 people each shake hands once with every other person?",
     "66"),  # C(12, 2)
])
def test_each_shake_hands(problem, answer):
    assert_solved(problem, answer)


def test_twice_is_declined():
    assert solve_now("If 10 people each shake hands with every other person twice, how many "
                     "handshakes are there?").answer is None
