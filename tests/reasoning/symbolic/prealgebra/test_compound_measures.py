"""A measure told in two units, converted to one (prealgebra/compound_measures.py). Our own
wordings; the smaller unit first, a second amount of a whole first unit or more, and units of
two kinds decline."""

from __future__ import annotations

import pytest

from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("How many minutes are in 3 hours and 40 minutes?", "220"),
    ("How many minutes is 1 hour and 5 minutes?", "65"),
    ("Convert 6 feet 2 inches to inches.", "74"),
    ("What is 2 hours 45 minutes in minutes?", "165"),
    ("How many seconds are in 2 minutes 30 seconds?", "150"),
    ("What is 1 hour 45 minutes in hours?", "\\frac{7}{4}"),
    ("How many inches are in 2 yards 5 inches?", "77"),  # 72 + 5
])
def test_a_measure_in_two_units(problem: str, answer: str) -> None:
    got = solve_now(problem)
    assert got.answer == answer and got.confirmed
    assert got.steps[-1].text.startswith("$") and "+" in got.steps[-1].text


@pytest.mark.parametrize("problem", [
    "How many minutes are in 2 hours and 75 minutes?",  # 75 minutes is more than an hour
    "How many minutes are in 15 minutes and 2 hours?",  # the smaller unit first
    "How many inches are in 2 hours and 15 minutes?",  # no inches in an hour
])
def test_two_units_not_read_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
