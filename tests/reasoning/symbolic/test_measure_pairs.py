"""Two measures of a figure told together ("The radius and height of a cylinder are 3 and
5.") said one at a time (`measure_pairs`), so the figure readers bind each number to its
measure. Our own problems, answers worked by hand; what is not two measures and two numbers
is left as it is."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.measure_pairs import measures_said_apart


@pytest.mark.parametrize(("problem", "answer"), [
    # 120 / (5 * 4)
    ("The volume of a rectangular prism is 120 and its length and width are 5 and 4. What is "
     "its height?", "6"),
    ("The length and width of a rectangle are 8 and 6. What is the length of its diagonal?",
     "10"),
    (r"The radius and height of a cylinder are 3 and 5. What is its volume?", r"45 \pi"),
    ("The base and height of a triangle are 10 and 7, respectively. What is its area?", "35"),
    ("A cone's radius and height are 6 and 8. What is its slant height?", "10"),
    ("A rectangle's length and width are 12 and 5 respectively. Find its perimeter.", "34"),
    ("The length and width of a rectangular box are 6 cm and 4 cm, and its height is 5 cm. What "
     "is its volume?", "120"),
    # 2 pi r h with r = 4
    (r"The diameter and height of a cylinder are $8$ and $10$. Find its lateral surface area.",
     r"80 \pi"),
    ("The base radius and height of a cone are 5 and 12, respectively. What is its slant height?",
     "13"),
    # x (x + 2) = 48
    (r"The length and width of a rectangle are $x + 2$ and $x$, and its area is 48. What is $x$?",
     "6"),
])
def test_two_measures_told_together(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("text", [
    "The length and width of a rectangle are in the ratio 3:2.",
    "The area and perimeter of a square are equal.",
    "The sum and product of two numbers are 10 and 21.",
    "The length and length of a rectangle are 8 and 6.",
    "The length and width of a rectangle are 8 feet and 6 meters.",
])
def test_what_is_not_two_measures_is_left(text: str) -> None:
    assert measures_said_apart(text) == text


def test_the_pair_said_apart() -> None:
    assert measures_said_apart("The radius and height of a cylinder are 3 and 5, respectively.") \
        == "The radius of a cylinder is 3 and its height is 5."
    assert measures_said_apart("its length and width are $5$ cm and $4$ cm.") == \
        "its length is $5$ cm and its width is $4$ cm."
