"""Temperatures converted between Fahrenheit, Celsius and kelvins
(`prealgebra.temperatures`), in wordings of our own; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # (59 - 32) * 5/9 = 15
    ("Convert 59 degrees Fahrenheit to Celsius.", "15"),
    # 35 * 9/5 + 32 = 95
    ("What is 35°C in Fahrenheit?", "95"),
    ("How many degrees Fahrenheit is -10 degrees C?", "14"),
    # 0 C is 273.15 K
    ("Convert 0 degrees Celsius to kelvin.", "273.15"),
    # (70 - 32) * 5/9 = 190/9 = 21.11...
    ("Convert 70 F to Celsius.", r"\frac{190}{9}"),
    ("Convert 70 degrees Fahrenheit to Celsius. Round to the nearest tenth.", "21.1"),
    (r"Convert $40^\circ$C to Fahrenheit.", "104"),
])
def test_temperatures_converted(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "Convert 59 degrees Fahrenheit to Fahrenheit.",  # nothing to convert
    "Convert 59 degrees Fahrenheit to meters.",  # not a temperature
    "Convert x degrees Fahrenheit to Celsius.",  # a letter
])
def test_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
