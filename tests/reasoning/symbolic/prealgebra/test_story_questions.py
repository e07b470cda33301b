"""Questions of related-amount stories (prealgebra/story_questions.py) said "what does X
cost" or "what does X weigh". Our own stories, answers worked out by hand; a question about
a thing the story never priced must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 60 * 1.15 = 69
    ("A scarf costs $\\$60$. A hat costs $15\\%$ more than the scarf. What does the hat cost?",
     "69"),
    # c + (c + 2) = 5: c = 1.5, so the cup costs 3.5
    ("A cup and a plate cost $\\$5$ together. The cup costs $\\$2$ more than the plate. What "
     "does the cup cost?", "3.5"),
    # r = f + 4, r + f = 20: r = 12
    ("A sack of oats weighs 4 pounds more than a sack of corn. Together they weigh 20 pounds. "
     "What does the sack of oats weigh?", "12"),
]

NEAR_MISSES = [
    "A scarf costs $\\$60$. A hat costs $15\\%$ more than the scarf. What does the coat cost?",
    "A scarf costs $\\$60$. A hat costs $15\\%$ more than the scarf. What does the hat have?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_what_does_it_cost_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_what_does_it_cost_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # the noun left out of "how many": the one thing the story counts; 3x = 57
    ("Rosa has twice as many shells as Tim. Together they have 57 shells. How many does Rosa "
     "have?", "38"),
    # x + (x + 7) = 29
    ("Ivan has 7 more cards than Pia. Together they have 29 cards. How many does Pia have?",
     "11"),
])
def test_how_many_with_the_noun_left_out(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # two kinds of things: "how many" of which?
    "Sam has 3 apples and twice as many pears. How many does Sam have?",
])
def test_how_many_of_two_kinds_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
