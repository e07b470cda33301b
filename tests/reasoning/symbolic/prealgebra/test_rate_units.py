"""Rates converted between units (`prealgebra.rate_units`), in wordings of our own; answers
worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 54 * 1000 / 3600
    ("Convert 54 km/h to m/s.", "15"),
    # 25 * 3600 / 1000
    ("What is 25 m/s in km/h?", "90"),
    # 45 * 5280 / 3600
    ("How many feet per second is 45 miles per hour?", "66"),
    # 50 * 60 / 1000
    ("50 meters per minute is how many kilometers per hour?", "3"),
    # 3 dollars per pound = 300 cents per 16 ounces
    ("Express 3 dollars per pound in cents per ounce.", "18.75"),
    # 15 mph in feet per second: 15 * 5280 / 3600 = 22
    ("Convert 15 mph to feet per second.", "22"),
])
def test_rates_converted(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "Convert 54 km/h to miles.",  # not a rate asked
    "Convert 54 km/h to kilograms per second.",  # a length asked as a mass
    "Convert 54 blips per hour to meters per second.",  # no such unit
])
def test_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
