"""Two figures of one kind told apart by their letters, and the ratio of a measure of each
(geometry/labelled_figures.py). Our own problems; answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # (10/15)^2
    ("The side length of square M is 10 cm and the side length of square N is 15 cm. What is "
     "the ratio of the area of square M to the area of square N? Express your answer as a "
     "common fraction.", "\\frac{4}{9}"),
    ("Square C has side 7 and square D has side 4. What is the ratio of the perimeter of "
     "square C to the perimeter of square D?", "\\frac{7}{4}"),
    # radius 5 against diameter 4: (5/2)^2
    ("Circle P has radius 5 and circle Q has diameter 4. What is the ratio of the area of "
     "circle P to the area of circle Q?", "\\frac{25}{4}"),
    # told in a letter: (x / 4x)^2
    ("Square $A$ has side lengths each measuring $x$ inches. Square $B$ has side lengths each "
     "measuring $4x$ inches. What is the ratio of the area of square $A$ to the area of square "
     "$B$? Express your answer as a common fraction.", "\\frac{1}{16}"),
    # the smaller and the larger, by their sizes: side 2k against 6k
    ("Square E has side lengths each measuring $2k$ cm. Square F has side lengths each "
     "measuring $6k$ cm. What is the ratio of the area of the larger square to the area of the "
     "smaller square?", "9"),
    # area 36 gives side 6: diagonal 6 sqrt 2 over the perimeter 12
    ("Square G has area 36 and square H has perimeter 12. What is the ratio of the diagonal of "
     "square G to the perimeter of square H?", "\\frac{\\sqrt{2}}{2}"),
    ("Equilateral triangle $X$ has perimeter 15 and equilateral triangle $Y$ has side 10. What "
     "is the ratio of the area of equilateral triangle $X$ to the area of equilateral triangle "
     "$Y$?", "\\frac{1}{4}"),
    ("Circle R has circumference $6\\pi$ and circle S has radius 2. Find the ratio of the "
     "diameter of circle R to that of circle S.", "\\frac{3}{2}"),
])
def test_ratios_of_two_labelled_figures(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the ratio depends on x
    "Square A has side $x$ and square B has side $x + 2$. What is the ratio of the area of "
    "square A to the area of square B?",
    # two letters
    "Square A has side $x$ and square B has side $y$. What is the ratio of the area of square "
    "A to the area of square B?",
    # which is the smaller depends on nothing told: equal squares
    "Square A has side 3 and square B has side 3. What is the ratio of the area of the smaller "
    "square to the area of the larger square?",
    # a figure told by no measure
    "Square A has side 3 and square B is drawn. What is the ratio of the area of square A to "
    "the area of square B?",
    # a rectangle needs two measures: not this reader's
    "Rectangle A has length 3 and rectangle B has length 6. What is the ratio of the area of "
    "rectangle A to the area of rectangle B?",
])
def test_ratios_that_are_not_fixed_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
