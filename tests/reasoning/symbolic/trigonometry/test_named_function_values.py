"""A trigonometric function of an angle said in words (`trigonometry.named_function_values`).
Our own wordings; near misses (no unit, undefined, no closed form) decline."""

from __future__ import annotations

import pytest

from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("what is tan of 135 degrees", "-1"),
    ("what is the sine of 150 degrees", r"\frac{1}{2}"),
    ("find the cosine of 240°", r"- \frac{1}{2}"),
    ("sin of pi/6", r"\frac{1}{2}"),
    ("what is the cosine of 2pi/3 radians", r"- \frac{1}{2}"),
    ("find the exact value of the secant of 300 degrees", "2"),
    ("cot of -45°", "-1"),
])
def test_a_function_said_in_words(problem: str, answer: str) -> None:
    sol = solve_now(problem)
    assert sol.answer == answer and sol.confirmed, sol.detail


@pytest.mark.parametrize("problem", [
    "tan of 90 degrees",  # undefined
    "sine of 30",  # degrees or radians?
    "what is the sine of 2 radians",  # no closed form
    "what is the sine of x degrees",  # a letter
    "sin of pi/6 + pi/3",  # sin(pi/6 + pi/3) or sin(pi/6) + pi/3?
    "what is the sine of 30 + 60 degrees",
])
def test_a_function_said_in_words_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
