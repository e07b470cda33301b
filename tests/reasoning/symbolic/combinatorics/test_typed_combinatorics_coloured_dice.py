"""Dice with coloured faces (`combinatorics.coloured_dice`): one die and a colour, or two alike
dice coming up the same colour. Our own problems; each answer is counted here by listing the
faces (labelled, so that faces of one colour are still different faces)."""

from __future__ import annotations

from fractions import Fraction
from itertools import product

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _tex(v: Fraction) -> str:
    return f"\\frac{{{v.numerator}}}{{{v.denominator}}}"


def _faces(**counts: int) -> list[str]:
    return [c for c, n in counts.items() for _ in range(n)]


def _one(faces: list[str], colour: str) -> str:
    return _tex(Fraction(faces.count(colour), len(faces)))


def _same(faces: list[str]) -> str:
    pairs = list(product(faces, repeat=2))
    return _tex(Fraction(sum(1 for a, b in pairs if a == b), len(pairs)))


@pytest.mark.parametrize(("problem", "answer"), [
    ("A 10-sided die has 6 green faces, 3 white faces and a black face. What is the probability "
     "of rolling a white face?", _one(_faces(green=6, white=3, black=1), "white")),
    ("A fair cube has 1 purple face, 2 orange faces and 3 silver faces. What is the probability "
     "of rolling a silver face?", _one(_faces(purple=1, orange=2, silver=3), "silver")),
    ("Two 12-sided dice each have 5 gold sides, 4 plain sides and 3 striped sides. If both dice "
     "are rolled, what is the probability that they come up the same colour?",
     _same(_faces(gold=5, plain=4, striped=3))),
    ("We have two 6-sided dice that each have 3 red faces, 2 blue faces and one white face. If "
     "we roll both dice, what is the probability that they show the same color?",
     _same(_faces(red=3, blue=2, white=1))),
])
def test_coloured_dice(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the faces listed (2 + 5 + 3) are not the 9 sides
    "A 9-sided die has 2 lime faces, 5 navy faces and 3 tan faces. Find the probability of "
    "rolling a navy face.",
    # a colour the die does not have
    "A 9-sided die has 2 lime faces, 5 navy faces and 2 tan faces. Find the probability of "
    "rolling a pink face.",
    # 'not' changes the event
    "A 9-sided die has 2 lime faces, 5 navy faces and 2 tan faces. Find the probability of not "
    "rolling a navy face.",
    # the die is rolled twice: another sample space
    "A 10-sided die has 6 green faces, 3 white faces and a black face. If it is rolled twice, "
    "what is the probability of rolling a white face?",
])
def test_coloured_dice_declined(problem):
    assert solve_now(problem).answer is None
