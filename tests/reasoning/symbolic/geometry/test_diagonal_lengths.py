"""Diagonals of a polygon (geometry/diagonal_lengths.py): how many from one vertex, and the
longest or shortest diagonal of a regular polygon. Our own problems, worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("How many diagonals can be drawn from one vertex of a decagon?", "7"),
    ("How many diagonals can be drawn from one vertex of a 15-sided polygon?", "12"),
    ("How many diagonals can be drawn from each vertex of a regular octagon?", "5"),
    # side 8: the longest diagonal is a diameter of the circle, 2 * 8
    ("The perimeter of a regular hexagon is 48. What is the length of its longest diagonal?",
     "16"),
    ("A regular hexagon has a perimeter of 48. What is the length of its longest diagonal?",
     "16"),
    # two sides of 4 at 120 degrees: 4 sqrt 3
    ("A regular hexagon has side length 4. What is the length of its shortest diagonal?",
     "4\\sqrt{3}"),
    # the golden ratio times the side
    ("A regular pentagon has side length 2. What is the length of its longest diagonal?",
     "1 + \\sqrt{5}"),
    ("What is the length of the longest diagonal of a regular hexagon with side length 7?",
     "14"),
])
def test_polygon_diagonals(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a triangle has no diagonals
    "A regular triangle has side length 3. What is the length of its longest diagonal?",
    # not said to be regular: its diagonals are not fixed
    "A hexagon has side length 4. What is the length of its shortest diagonal?",
])
def test_polygon_diagonals_that_do_not_fit_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # half the side 3 and the angle 30 degrees at the centre: 3 sqrt 3
    ("A regular hexagon has side length 6. What is its apothem? Express your answer in simplest "
     "radical form.", "3\\sqrt{3}"),
    # s / (2 tan 22.5 degrees) = 2 / (sqrt 2 - 1) = 2 + 2 sqrt 2
    ("What is the apothem of a regular octagon with side 4?", "2 + 2\\sqrt{2}"),
    # a hexagon's shorter diagonal skips one vertex: s sqrt 3
    ("What is the length of the shorter diagonal of a regular hexagon with side 2? Express your "
     "answer in simplest radical form.", "2\\sqrt{3}"),
    ("A regular hexagon has a perimeter of 42. What is the length of its longer diagonal?",
     "14"),
])
def test_apothem_and_a_hexagons_two_diagonals(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_shorter_diagonal_of_an_octagon_is_not_one_length() -> None:
    # an octagon's diagonals have three lengths
    assert solve_now("A regular octagon has side 2. What is the length of its shorter "
                     "diagonal?").answer is None
