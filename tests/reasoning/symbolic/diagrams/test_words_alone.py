"""A drawing that only illustrates a problem the words tell in full (our own problems and
drawings): the words are read alone once the readers of the drawing decline; a problem whose
words point to the drawing, or name a point the drawing labels, is never read without it."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.diagrams.words_alone import words_alone
from tutor.reasoning.symbolic.engine import solve_now

CLOCK = ("[asy]\nunitsize(0.8cm);\ndraw(circle((0,0),2));\nfor(int i=1;i<=12;++i)"
         "{label(string(i),1.7*dir(90-30*i));}\ndraw((0,0)--1.2*dir(-30));\n"
         "draw((0,0)--1.8*dir(90));\n[/asy]")
SPINNER = ("[asy]\nimport graph;\ndraw(Circle((0,0),25));\ndraw((0,0)--(7,18));\n"
           "draw((0,0)--(0,-25));\nlabel(\"BLUE\",(10,10),S);\nlabel(\"RED\",(-10,-10),S);\n"
           "[/asy]")
PRISM = ("[asy]\ndraw((0,0)--(2,0)--(3,1)--(2,2)--(0,2)--(-1,1)--cycle);\n"
         "draw((0,3)--(2,3)--(3,4)--(2,5)--(0,5)--(-1,4)--cycle);\n"
         "draw((0,0)--(0,3));draw((2,0)--(2,3));\n[/asy]")
CYLINDER = ("[asy]\nsize(120);\ndraw(scale(1,0.3)*unitcircle);\n"
            "draw(shift(0,2)*scale(1,0.3)*unitcircle);\ndraw((-1,0)--(-1,2)); "
            "draw((1,0)--(1,2));\n[/asy]")
TRIANGLE = ("[asy]\npair A=(0,0), B=(4,0), C=(0,3), D=(2,0);\ndraw(A--B--C--cycle);\n"
            "label(\"$A$\",A,SW); label(\"$B$\",B,SE); label(\"$C$\",C,N); "
            "label(\"$D$\",D,S);\n[/asy]")


@pytest.mark.parametrize(("problem", "answer"), [
    ("How many degrees are in the smaller angle between the hour hand and the minute hand "
     "of a clock at 4:40? " + CLOCK, "100"),
    ("At 10:10, what is the measure, in degrees, of the smaller angle formed by the two "
     "hands of a clock?\n" + CLOCK, "115"),
    ("What is the number of degrees in the smaller angle formed by the hands of a clock at "
     "2:45? Express your answer as a decimal to the nearest tenth.\n" + CLOCK, "172.5"),
    ("How many edges does a hexagonal prism have?\n" + PRISM, "18"),
    ("A cylinder has a radius of 3 inches and a height of 7 inches. What is its volume in "
     "cubic inches? Express your answer in terms of $\\pi$.\n" + CYLINDER, "63\\pi"),
    ("A circular spinner has a radius of 8 cm. The probability of winning on one spin is "
     "$\\frac{3}{8}$. What is the area of the WIN sector? Express your answer in terms of "
     "$\\pi$. " + SPINNER, "24\\pi"),
])
def test_the_words_alone_answered(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "What is the area of the shaded region? " + SPINNER,
    "The cylinder shown has radius 3 and height 7. What is its volume? " + CYLINDER,
    "How many edges does the prism in the diagram have? " + PRISM,
    "A spinner is divided into sectors as drawn. What is the probability of landing on RED? "
    + SPINNER,
    "In triangle $ABC$, $AB = 4$ and $AC = 3$. What is the length of $CD$? " + TRIANGLE,
])
def test_words_that_need_the_drawing_are_not_read_alone(problem: str) -> None:
    assert words_alone(problem) is None
    assert solve_now(problem).answer is None


def test_the_drawing_is_taken_out_and_the_words_kept() -> None:
    alone = words_alone("How many edges does a hexagonal prism have?\n" + PRISM)
    assert alone == "How many edges does a hexagonal prism have?"
    assert words_alone("How many edges does a hexagonal prism have?") is None  # no drawing


def test_a_point_the_drawing_labels_keeps_the_drawing() -> None:
    # the words name A and D; the drawing labels both: D may be placed by the drawing alone
    assert words_alone("Find $AD$. " + TRIANGLE) is None
    assert words_alone("Point A is on the circle. How long is the clock's minute hand? "
                       + TRIANGLE) is None
    # "A" opening a sentence is the article, not the point
    assert words_alone("A cylinder has radius 2 and height 5. What is its volume? "
                       + TRIANGLE) is not None


def test_an_ambiguous_question_stays_declined_without_its_drawing() -> None:
    # which of the two angles between the hands is not said: the reader declines
    assert solve_now("What is the angle between the hands of a clock at 7:30? "
                     + CLOCK).answer is None
