"""A value told for π ("Use 3.14 for π.", "Using π = 22/7, ...") is put in the exact
answer: the answer is a plain number, and the step that puts it in shows the arithmetic."""

from __future__ import annotations

from fractions import Fraction

import pytest

from tutor.reasoning.symbolic import solve_problem
from tutor.reasoning.symbolic.pi_values import split_off


@pytest.mark.parametrize(("problem", "answer"), [
    ("A circular garden has a radius of 7 m. What is its area? Use 22/7 for pi.", "154"),
    ("Using π = 22/7, find the circumference of a wheel of diameter 21 cm.", "66"),
    ("Find the area of a circle whose radius is 10 m. Use 3.14 for π.", "314"),
    ("What is the circumference of a circle with radius 6, using 3.14 for pi?", "37.68"),
    ("A circle has a diameter of 8 inches. Find its area. (Use π ≈ 3.14.)", "50.24"),
    ("Find the volume of a cylinder with radius 3 and height 10. Take pi to be 3.14.",
     "282.6"),
    ("A circle has a radius of 2.5 cm. Find its area. Use 3.14 for π. Round your answer to "
     "the nearest tenth.", "19.6"),
])
def test_the_value_told_is_put_in(problem: str, answer: str) -> None:
    sol = solve_problem(problem)
    assert sol.answer == answer, sol.declined
    last = sol.steps[-1]
    assert last.rule in ("put in the value for π", "round as asked")


def test_the_step_shows_the_arithmetic_with_the_value() -> None:
    sol = solve_problem("Find the area of a circle whose radius is 10 m. Use 3.14 for π.")
    assert "100 \\cdot 3.14 = 314" in sol.steps[-1].latex


@pytest.mark.parametrize("problem", [
    "Find the area of a circle with radius 5. Use 3 for pi.",  # far from π: another problem
    "Find the area of a circle with radius 5 in terms of pi. Use 3.14 for pi.",
    "Find the area of a square with side 5. Use 3.14 for pi.",  # no π in the answer
    "Use 3.14 for pi. Find the area of a circle with radius 5. Use 22/7 for pi.",
])
def test_near_misses_decline(problem: str) -> None:
    assert solve_problem(problem).answer is None


def test_split_off_gives_the_rest_and_the_value() -> None:
    assert split_off("Using $\\pi = \\frac{22}{7}$, find the area of a circle of radius 7.") \
        == ("Find the area of a circle of radius 7.", Fraction(22, 7), "\\frac{22}{7}")
    assert split_off("What is the area, using 3.14 as an approximation for pi?") == (
        "What is the area?", Fraction(157, 50), "3.14")
    assert split_off("Find the area of a circle of radius 7.") is None


@pytest.mark.parametrize(("problem", "answer"), [
    ("Compute $i^{22}$ where $i$ is the imaginary unit.", "-1"),
    ("Multiply (3 - 2i)(3 + 2i), where i is the imaginary unit.", "13"),
])
def test_the_imaginary_unit_named_in_words(problem: str, answer: str) -> None:
    assert solve_problem(problem).answer == answer


def test_another_letter_named_the_imaginary_unit_declines() -> None:
    assert solve_problem("Compute $j^{22}$ where $j$ is the imaginary unit.").answer is None
