"""One real number chosen at random from an interval, the event an inequality in it
(combinatorics/interval_chances.py). Our own problems, the answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # [0, 3) of [0, 8]
    ("A number $x$ is chosen at random from the interval $[0, 8]$. What is the probability "
     "that $x < 3$?", "\\frac{3}{8}"),
    # x^2 > 9 on [0, 6]: (3, 6], length 3 of 6
    ("A real number $x$ is selected uniformly at random from the interval $[0, 6]$. What is "
     "the probability that $x^2 > 9$?", "\\frac{1}{2}"),
    # |u + 1| < 1: (-2, 0), length 2 of the 8 of [-4, 4]
    ("A real number $u$ is chosen at random from $[-4, 4]$. What is the probability that "
     "$|u + 1| < 1$?", "\\frac{1}{4}"),
    # (x - 2)(x - 5) < 0: (2, 5), length 3 of 10
    ("A number $x$ is chosen uniformly from the interval $[0, 10]$. What is the probability "
     "that $x^2 - 7x + 10 < 0$?", "\\frac{3}{10}"),
    # x^2 < 3 on [0, 2]: [0, sqrt 3)
    ("A real number $x$ is picked at random from the interval $[0, 2]$. What is the "
     "probability that $x^2 < 3$?", "\\frac{\\sqrt{3}}{2}"),
    # the event in words: [6, 10] of [2, 10]
    ("A real number is chosen at random from the interval $[2, 10]$. What is the probability "
     "that it is at least 6?", "\\frac{1}{2}"),
    ("A real number is selected at random between 0 and 9. What is the probability that it "
     "is less than 4?", "\\frac{4}{9}"),
    # a point on the number line: closer to 8 than to 2 means x > 5, (5, 10] of [0, 10]
    ("A point is chosen at random on the number line between 0 and 10. What is the "
     "probability that the point is closer to 8 than to 2?", "\\frac{1}{2}"),
    # farther from 1 than from 4: x > 5/2, of [0, 6]
    ("A point is selected at random on the number line between 0 and 6. What is the "
     "probability that it is farther from 1 than from 4?", "\\frac{7}{12}"),
])
def test_interval_chances(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a single value: not an inequality (probability 0, but not what is usually asked)
    "A number $x$ is chosen at random from the interval $[0, 5]$. What is the probability "
    "that $x = 2$?",
    # a second letter the problem does not choose
    "A number $x$ is chosen at random from the interval $[0, 5]$. What is the probability "
    "that $x < y$?",
    # 'a number between 1 and 7' may be a whole number
    "A number is picked at random between 1 and 7. What is the probability that it is "
    "greater than 3?",
])
def test_declined(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # (7, 10] of [0, 10]
    ("pick a random real number between 0 and 10. what's the probability it's bigger than 7?",
     "\\frac{3}{10}"),
    # [2, 5) of [2, 12]
    ("A random real number between 2 and 12 is chosen. What is the probability that it is "
     "less than 5?", "\\frac{3}{10}"),
    # [4, 9] of [1, 9]
    ("Choose a random real number from 1 to 9. What is the probability it is at least 4?",
     "\\frac{5}{8}"),
    # (6, 8] of [0, 8]
    ("A real number is chosen at random between 0 and 8. What is the probability that it is "
     "bigger than 6?", "\\frac{1}{4}"),
])
def test_random_real_number_said_casually(problem, answer):
    assert_solved(problem, answer)


def test_random_number_not_said_real_declines():
    # 'a random number between 0 and 10' may be a whole number
    assert solve_now("pick a random number between 0 and 10. what's the probability it's "
                     "bigger than 7?").answer is None
