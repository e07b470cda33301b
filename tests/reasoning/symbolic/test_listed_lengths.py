"""Lengths listed in one piece of maths (`listed_lengths`): "sides $13, 14, 15$", "lengths
$11, 15,$ and $k,$" split into one piece each, so the readers of sides see every number. Our
own problems (answers worked by hand in the comments), and lists that must stay one piece."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.listed_lengths import listed_lengths

SPLIT = [
    ("A triangle has sides $5, 12,$ and $13$.", "A triangle has sides $5$, $12$, and $13$."),
    ("side lengths $13, 14, 15$?", "side lengths $13$, $14$, $15$?"),
    ("The sides have lengths $11, 15,$ and $k,$ where", "The sides have lengths $11$, $15$, and "
     "$k,$ where"),
    ("A box has edges of lengths $2.5, 3, 4$.", "A box has edges of lengths $2.5$, $3$, $4$."),
]

KEPT = [
    # a point, a sequence, a number with a thousands comma
    "A triangle has vertices $(3, 4)$, $(0, 0)$ and $(5, 1)$.",
    "The sides of a polygon have lengths $2, 5, 8, \\ldots$ in order.",
    "A triangle has sides $1,000$ and $k$.",
    # no figure or length said in the sentence
    "What is the mean of $4, 8, 15$?",
    "The numbers $3, 4, 5$ are the sides. Is that all?",
    # the numbers on a die's sides
    "A die has sides numbered $1, 2, 3, 4, 5, 6$ and is a cube.",
]

SOLVED = [
    # 5-12-13 is right: 5 * 12 / 2
    ("A triangle has sides $5, 12,$ and $13$. What is its area?", "30"),
    # s = 21: sqrt(21 * 8 * 7 * 6) = 84
    ("What is the area of a triangle with side lengths $13, 14, 15$?", "84"),
    # area sqrt(12 * 5 * 4 * 3) = 12 sqrt(5); the altitude to 9 is 24 sqrt(5) / 9
    ("A triangle has side lengths $7, 8,$ and $9$. What is the length of its shortest "
     "altitude?", "\\frac{8\\sqrt{5}}{3}"),
    # a right triangle: the hypotenuse 10 is a diameter
    ("A triangle has sides of length $6, 8$ and $10$. What is the radius of its circumscribed "
     "circle?", "5"),
    ("What is the perimeter of a triangle with sides $3, 4,$ and $5$?", "12"),
    # (25 + 36 - 49) / (2 * 5 * 6)
    ("The sides of a triangle are $5, 6,$ and $7$. Find the cosine of its largest angle.",
     "\\frac{1}{5}"),
    # area 48 (height 8 on the base 12), half perimeter 16: r = 3
    ("A triangle has sides $10, 10,$ and $12$. What is the radius of its inscribed circle?",
     "3"),
    # 8-15-17 is right
    ("Find the area of a triangle whose sides measure $8, 15,$ and $17$.", "60"),
    # 1.5-2-2.5 is right: 1.5 * 2 / 2
    ("The sides of a triangle are $1.5, 2,$ and $2.5$. What is its area?", "\\frac{3}{2}"),
    # a box's three edges are its dimensions: sqrt(4 + 9 + 36)
    ("A rectangular box has edges of lengths $2, 3,$ and $6$. What is the length of its "
     "diagonal?", "7"),
    ("A rectangular box has edges of lengths 2, 3 and 6. What is the length of its diagonal?",
     "7"),
    ("A rectangular box with edge lengths 3 cm, 4 cm and 12 cm has what volume?", "144"),
    # 2 (4 + 8 + 32)
    ("A box has edges 1, 4, and 8. What is its surface area?", "88"),
]

DECLINED = [
    # no triangle: 2 + 3 < 10
    "The sides of a triangle are $2, 3,$ and $10$. What is its area?",
    # a box has three dimensions
    "A rectangular box has edges of lengths 2, 3, 6 and 7. What is its volume?",
]


@pytest.mark.parametrize(("text", "expected"), SPLIT)
def test_a_list_of_lengths_is_split(text: str, expected: str) -> None:
    assert listed_lengths(text) == expected


@pytest.mark.parametrize("text", KEPT)
def test_other_lists_are_kept(text: str) -> None:
    assert listed_lengths(text) == text


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_listed_lengths_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", DECLINED)
def test_listed_lengths_declined(problem: str) -> None:
    assert solve_now(problem).answer is None
