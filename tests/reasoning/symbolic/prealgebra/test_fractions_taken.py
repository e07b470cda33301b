"""Fractions of one whole taken in turn (prealgebra/fractions_taken.py): what is left, or what
was taken in all. Our own problems, answers worked out by hand; near misses (a fraction of the
rest, fractions over the whole, two wholes) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 1 - (4/12 + 3/12)
    ("Tom ate 1/3 of a pizza and Jerry ate 1/4 of the pizza. What fraction of the pizza is "
     "left?", "\\frac{5}{12}"),
    # 1 - (6/15 + 5/15); the second taking without its subject
    ("Ana painted $\\frac{2}{5}$ of the fence on Monday and $\\frac{1}{3}$ of the fence on "
     "Tuesday. What fraction of the fence is still unpainted?", "\\frac{4}{15}"),
    # 1/6 + 3/6, 'of it'
    ("Lee read 1/6 of a book on Saturday and 1/2 of it on Sunday. What fraction of the book did "
     "he read in all?", "\\frac{2}{3}"),
    # three takings: 1 - (3 + 4 + 2)/12
    ("Mia drank 1/4 of the juice, Ben drank 1/3 of the juice and Kim drank 1/6 of the juice. "
     "What fraction of the juice is left?", "\\frac{1}{4}"),
]

NEAR_MISSES = [
    # a fraction of the rest is another story
    "Tom ate 1/3 of a pizza and Jerry ate 1/4 of the rest. What fraction of the pizza is left?",
    # 2/3 + 1/2 is more than the whole
    "Tom ate 2/3 of a pizza and Jerry ate 1/2 of the pizza. What fraction of the pizza is left?",
    # his pizza and his pizza may be two pizzas
    "Tom ate 1/3 of his pizza and Jerry ate 1/4 of his pizza. What fraction of the pizza is "
    "left?",
    # 'a pizza' again is another pizza
    "Tom ate 1/3 of a pizza and Jerry ate 1/4 of a pizza. What fraction of the pizza is left?",
    # two wholes
    "Tom ate 1/3 of a pizza and Jerry ate 1/4 of a cake. What fraction of the pizza is left?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_fractions_taken_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_fractions_taken_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
