"""A wire, string or rope of a told length made into one figure (geometry.bent_wires): its
length is the figure's perimeter or circumference, in many wordings; a wire cut into pieces,
made into two figures, or made into a figure its perimeter does not fix, declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.geometry.bent_wires import as_perimeter


@pytest.mark.parametrize(("problem", "answer"), [
    ("A wire of length 52 cm is bent into a square. What is the area of the square?", "169"),
    ("a piece of string 36 inches long is bent to form an equilateral triangle. what is its "
     "area", "36\\sqrt{3}"),
    ("A wire of length $14\\pi$ is bent into a circle. Find the radius of the circle.", "7"),
    ("A rope that is 54 feet long is formed into a regular hexagon. What is the length of each "
     "side?", "9"),
    ("Sam bends a 24 cm wire into a square. How long is the diagonal of the square?",
     "6\\sqrt{2}"),
    ("A wire 8π meters long is bent into a circle. What is its area?", "16\\pi"),
    ("A string of length 36 is used to form a square. What is the area of the square?", "81"),
    ("If a 30 cm piece of wire is bent into a circle, what is the diameter of the circle?",
     "\\frac{30}{\\pi}"),
])
def test_a_bent_wire_is_the_perimeter(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # cut into pieces: how long the square's piece is, is not told
    "A wire of length 48 is cut into two pieces and one piece is bent into a square. What is "
    "the area of the square?",
    # a rectangle's perimeter alone does not fix its area
    "A wire of length 48 is bent into a rectangle. What is the area of the rectangle?",
    # two figures from one wire
    "A wire of length 48 is bent into a square and a circle. What is the area of the square?",
    # the wire named again: its length asked is no measure of the figure read
    "A wire of length 48 is bent into a square. How long is the wire?",
])
def test_wires_not_read_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_the_words_rewritten() -> None:
    assert as_perimeter("a wire of length @0@ cm is bent into a square. what is its area?") == \
        "a square has a perimeter of @0@ cm. what is its area?"
    assert as_perimeter("a rope @0@ feet long is shaped into a circle.") == \
        "a circle has a circumference of @0@ feet."
    assert as_perimeter("a ribbon of length @0@ is formed into a rectangle whose length is "
                        "twice its width.") == \
        "a rectangle has a perimeter of @0@ and its length is twice its width."
    told = "a wire of length @0@ is bent into a square and a circle."
    assert as_perimeter(told) == told
