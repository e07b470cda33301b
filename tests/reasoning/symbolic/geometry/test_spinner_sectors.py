"""A spinner's sector from the probability of landing in it (geometry/spinner_sectors.py).
Our own problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 1/4 of pi 8^2
    ("A circular spinner has radius 8 cm. The probability of landing on the red sector is "
     "$\\frac{1}{4}$. What is the area of the red sector in square centimeters? Express your "
     "answer in terms of $\\pi$.", "16\\pi"),
    ("A circular spinner for a game has a radius of 10 cm. The probability of winning on one "
     "spin of this spinner is $\\frac{3}{5}$. What is the area, in sq cm, of the WIN sector? "
     "Express your answer in terms of $\\pi$.", "60\\pi"),
    # 1/8 of 360
    ("A circular spinner has a diameter of 12 cm. The probability of landing on the green "
     "sector is $\\frac{1}{8}$. What is the degree measure of the central angle of the green "
     "sector?", "45"),
])
def test_spinner_sectors(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_probability_above_one_declines() -> None:
    assert solve_now("A circular spinner has radius 8 cm. The probability of landing on the red "
                     "sector is $\\frac{5}{4}$. What is the area of the red sector?").answer is None
