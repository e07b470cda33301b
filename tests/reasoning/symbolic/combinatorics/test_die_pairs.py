"""One roll of a die compared with another, the noun said once ("the first roll is greater
than the second"). Our own problems, the answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # (36 - 6) / 2 = 15 of 36
    ("A fair die is rolled twice. What is the probability that the first roll is greater than "
     "the second?", "\\frac{5}{12}"),
    ("Two fair dice are rolled. What is the probability that the first number is larger than "
     "the second?", "\\frac{5}{12}"),
    ("A die is rolled twice. What is the probability that the second number is greater than "
     "the first?", "\\frac{5}{12}"),
    # (64 - 8) / 2 = 28 of 64
    ("A fair 8-sided die is rolled twice. What is the probability that the first roll is less "
     "than the second?", "\\frac{7}{16}"),
])
def test_compared(problem, answer):
    assert_solved(problem, answer)


def test_more_than_a_comparison_is_declined():
    assert solve_now("A die is rolled twice. What is the probability that the second number is "
                     "greater than the first number rolled plus one?").answer is None
