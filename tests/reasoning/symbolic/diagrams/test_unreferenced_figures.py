"""A figure beside words that never point at it: solved from the words alone
(diagrams.unreferenced_figures); words that point at the figure, or name what only its
labels say, decline."""

from __future__ import annotations

import pytest

from tutor.reasoning.symbolic import solve_problem
from tutor.reasoning.symbolic.diagrams.unreferenced_figures import words_alone
from tutor.reasoning.symbolic.model import Decline

BOX = "\n[asy]\ndraw((0,0)--(4,0)--(4,3)--(0,3)--cycle);\ndraw((4,0)--(5,1)--(5,4)--(4,3));\n[/asy]"
CLOCK = "\n[asy]\ndraw(circle((0,0),1));\ndraw((0,0)--(0,0.8));\nlabel(\"12\",(0,0.9),S);\n[/asy]"
LABELLED = ("\n[asy]\ndraw((0,0)--(4,0)--(2,3)--cycle);\ndraw((2,3)--(3,0));\n"
            "label(\"$A$\",(0,0),SW); label(\"$B$\",(4,0),SE); label(\"$C$\",(2,3),N);"
            " label(\"$D$\",(3,0),S);\n[/asy]")


@pytest.mark.parametrize(("problem", "answer"), [
    ("How many vertices does a pentagonal prism have?" + BOX, "10"),
    ("What is the sum of the number of faces, edges and vertices of a cube?" + BOX, "26"),
    ("How many degrees are in the smaller angle between the hour hand and the minute hand "
     "of a clock at 4:00?" + CLOCK, "120"),
    ("A rectangular box is $4$ cm long, $3$ cm wide and $1$ cm tall. What is its volume in "
     "cubic centimeters?" + BOX, "12"),
])
def test_complete_words_are_solved_beside_the_figure(problem: str, answer: str) -> None:
    sol = solve_problem(problem, time_limit=20)
    assert sol.answer == answer, sol.declined
    assert sol.confirmed


@pytest.mark.parametrize("problem", [
    "What is the area of the rectangle shown?" + BOX,  # the givens are in the drawing
    "The box in the figure is 4 by 3 by 1. What is its volume?" + BOX,
    "Triangle ABC has AB = 4 and angle A = 60 degrees. What is angle CAD?" + LABELLED,
    "In triangle $ABC$, $AB = 4$. Find $BD$." + LABELLED,  # D exists only in the drawing
])
def test_words_that_need_the_figure_are_not_read_alone(problem: str) -> None:
    with pytest.raises(Decline):
        words_alone(problem)


def test_words_naming_no_figure_label_are_kept() -> None:
    problem = "A spinner has radius 5. What is the area of the WIN sector?" + (
        "\n[asy]\ndraw(circle((0,0),5));\nlabel(\"WIN\",(1,1));\n[/asy]")
    assert words_alone(problem) == "A spinner has radius 5. What is the area of the WIN sector?"


def test_the_near_miss_declines_whole() -> None:
    sol = solve_problem("The square shown has side 4. What is the area of the shaded part?"
                        + BOX, time_limit=20)
    assert sol.answer is None
