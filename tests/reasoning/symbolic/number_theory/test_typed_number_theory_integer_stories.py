"""An integer described in a short story by the condition language (bounds, 'r more / less
than a multiple of m', 'a multiple of m', 'not a multiple of m'), asked as the greatest or
least possible value or, when only one qualifies, as 'how many'. Our own stories; the
answers found by plain Python listing."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("Mia chose a positive integer less than 150. It is three more than a multiple of 10. It is "
     "also two less than a multiple of 7. What is the largest possible integer Mia could have "
     "chosen?", "103"),
    ("Omar picked a positive integer less than 80. It is 2 more than a multiple of 5 and it is 1 "
     "more than a multiple of 3. What is the smallest possible integer Omar could have picked?",
     "7"),
    ("The number of marbles in the jar is more than 40 and fewer than 70 and is 2 more than a "
     "multiple of 9 and 3 more than a multiple of 4. How many marbles are in the jar?", "47"),
    ("The number of pupils in the choir is between 20 and 40. It is 1 less than a multiple of 6, "
     "and it is 3 more than a multiple of 5. How many pupils are in the choir?", "23"),
    ("Ravi chose a positive integer less than 60. It is a multiple of 7 and it is one more than "
     "a multiple of 4. What is the largest possible integer Ravi could have chosen?", "49"),
])
def test_integers_told_in_stories(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 13, 17, 21, ... all qualify: 'how many cups' has no one answer
    "The number of cups on the tray is more than 10 and fewer than 50 and is 1 more than a "
    "multiple of 4. How many cups are on the tray?",
    # 'if' adds a condition the question does not read
    "Kim is thinking of a positive integer less than 100. It is 2 more than a multiple of 9. "
    "What is the greatest possible integer Kim could be thinking of if it is odd?",
    # the question counts something else
    "The number of pens in the box is more than 20 and fewer than 40 and is 1 less than a "
    "multiple of 7 and 2 more than a multiple of 3. How many pencils are in the box?",
    # no integer qualifies
    "The number of chairs in the hall is more than 50 and less than 100. It is 1 less than a "
    "multiple of 6 and 2 less than a multiple of 4. How many chairs are in the hall?",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None
