"""Roots said in words in a calculation (`word_grammar`: "the square root of", "the cube
root of"). A root whose value is a surd is still a reading, so "the square root of 4 plus 1"
(3, or √5) reads two ways and asks the student which is meant, naming both; a second root
said with "the" is a term of its own. Our own calculations, answers by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("what is the square root of 81 minus the square root of 16", "5"),
    ("what is the square root of 64 plus the cube root of 27", "11"),
    ("what is the cube root of 1000", "10"),
])
def test_roots_in_words_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "readings"), [
    ("what is the square root of 16 plus 9", ("√(16 + 9) = 5", "√16 + 9 = 13")),
    ("what is the square root of 9 plus 1", ("√(9 + 1) = √10", "√9 + 1 = 4")),
    ("what is the cube root of 8 times 8", ("∛(8 × 8) = 4", "∛8 × 8 = 16")),
])
def test_two_readings_are_named(problem: str, readings: tuple[str, str]) -> None:
    sol = solve_now(problem)
    assert sol.answer is None
    assert sol.declined is not None and sol.declined.startswith("The words read two ways")
    assert all(r in sol.declined for r in readings), sol.declined
