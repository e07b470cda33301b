"""How many pieces or servings of one size a whole makes (prealgebra/pieces_of_a_length.py).
Our own wordings; a count that is not whole without "whole pieces" asked, and units of two
kinds, decline."""

from __future__ import annotations

import pytest

from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("A ribbon is 12 m long. It is cut into pieces 1.5 m long. How many pieces?", "8"),
    ("A 9 m wire is cut into pieces that are each 0.25 m long. How many pieces are there?",
     "36"),
    ("How many pieces 6 inches long can be cut from a 4-foot board?", "8"),  # 48 / 6
    ("How many 1/3 cup servings are in 4 cups?", "12"),
    ("How many pieces 6 inches long can be cut from a 4-foot steel pipe?", "8"),
    # 10 / 4 = 2.5: two whole pieces
    ("A 10 m rope is cut into pieces 4 m long. How many whole pieces are there?", "2"),
])
def test_pieces_of_a_length(problem: str, answer: str) -> None:
    got = solve_now(problem)
    assert got.answer == answer and got.confirmed
    assert "\\div" in " ".join(s.text for s in got.steps)


@pytest.mark.parametrize("problem", [
    "A 10 m rope is cut into pieces 4 m long. How many pieces?",  # 2.5: whole pieces or not?
    "A 10 m rope is cut into pieces 4 minutes long. How many pieces?",
    # a measure across the whole, or a shape, is not its length (wrong answers before: 9, 9)
    "How many pieces 6 inches long can be cut from a 4-foot wide plank?",
    "How many pieces 6 inches long can be cut from a 4-foot square board?",
    "A square cloth is 4 feet long. It is cut into pieces 6 inches long. How many pieces?",
    "How many pieces 6 inches long can be cut from a 4-foot thick log?",
])
def test_pieces_not_read_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
