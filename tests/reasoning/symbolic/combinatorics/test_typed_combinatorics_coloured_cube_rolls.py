"""A die or cube with coloured faces, the colour on top said after the roll ('when it is
rolled, a gold face will be facing up', 'if the die is thrown, a white face lands up')
(`combinatorics.coloured_dice`). Our own problems; each chance is the colour's faces over all
faces, listed here again."""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _share(faces: dict[str, int], colour: str) -> str:
    listed = [c for c, n in faces.items() for _ in range(n)]
    f = Fraction(listed.count(colour), len(listed))
    return f"\\frac{{{f.numerator}}}{{{f.denominator}}}"


@pytest.mark.parametrize(("problem", "answer"), [
    ("A cube has 2 gold faces and 4 black faces. When it is tossed, what is the chance that "
     "a gold face is facing up?", _share({"gold": 2, "black": 4}, "gold")),
    ("A cube has 3 red faces, 2 blue faces and 1 yellow face. When the cube is thrown, what is "
     "the chance that a blue face is on top?",
     _share({"red": 3, "blue": 2, "yellow": 1}, "blue")),
    ("A 10-sided die has 7 green faces and 3 white faces. If the die is rolled, find the "
     "probability that a white face lands up.", _share({"green": 7, "white": 3}, "white")),
    ("A fair cube has 5 orange sides and 1 purple side. What is the probability that an orange "
     "side comes up when the cube is tossed?", _share({"orange": 5, "purple": 1}, "orange")),
])
def test_colour_on_top(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a colour the cube does not have
    "A cube has 2 gold faces and 4 black faces. When it is tossed, what is the chance that "
    "a silver face is facing up?",
    # faces that do not make up the cube
    "Our cube has 2 gold faces and 3 black faces. When it is tossed, what is the chance that "
    "a gold face is facing up?",
    # rolled twice
    "Our cube has 2 gold faces and 4 black faces. When it is tossed twice, what is the chance "
    "that a gold face is facing up?",
])
def test_colour_on_top_not_read_are_declined(problem):
    assert solve_now(problem).answer is None
