"""The probability that a stated event does not happen (`combinatorics.complements`). Our own
problems; each answer is one minus the probability given."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 'does not' and the verb's plain form
    ("The probability that Kim takes the bus today is $\\frac{3}{8}$. What is the probability "
     "that Kim does not take the bus today?", "\\frac{5}{8}"),
    # a game that cannot be tied: lose <-> win, 'a match' and 'the match'
    ("The probability that Ravi will lose a match is $\\frac{5}{12}$. If it is impossible to tie, "
     "what is the probability that Ravi will win the match?", "\\frac{7}{12}"),
    # 'of not getting'
    ("The probability of getting a prize is $\\frac{2}{11}$. What is the probability of not "
     "getting a prize?", "\\frac{9}{11}"),
    # a decimal, 'is not'
    ("The probability that the train is late is $0.15$. Find the probability that the train is "
     "not late.", "\\frac{17}{20}"),
    # a contraction and a plain-text fraction
    ("The chance that the ferry leaves on time is 4/9. What is the chance that the ferry "
     "doesn't leave on time?", "\\frac{5}{9}"),
])
def test_complements(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # another event, not the negation of the stated one
    "The probability that Kim takes the bus today is $\\frac{3}{8}$. What is the probability "
    "that Kim does not take the train today?",
    # win and lose without a word that ties are impossible
    "The probability that Ravi will lose a match is $\\frac{5}{12}$. What is the probability "
    "that Ravi will win the match?",
    # another day
    "The probability that Kim takes the bus today is $\\frac{3}{8}$. What is the probability "
    "that Kim does not take the bus tomorrow?",
    # 'never' is not one event's negation
    "The probability that Kim takes the bus today is $\\frac{3}{8}$. What is the probability "
    "that Kim never takes the bus?",
])
def test_complement_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
