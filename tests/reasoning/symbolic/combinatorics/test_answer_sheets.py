"""The ways to answer every question of a quiz: c^n. Our own problems, the answers worked
out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("How many ways can a 5-question true-false test be answered?", "32"),
    ("A true/false quiz has 10 questions. In how many ways can the quiz be answered?", "1024"),
    ("A multiple-choice test has 6 questions, each with 4 choices. In how many ways can the "
     "test be answered?", "4096"),
    ("A quiz has 8 multiple choice questions, each with 5 possible answers. In how many ways "
     "can a student answer all the questions?", "390625"),
    ("In how many ways can a 12-question true or false exam be answered if every question "
     "must be answered?", "4096"),
])
def test_answer_sheets(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a blank is a third choice
    "A true-false test has 10 questions. In how many ways can a student answer the test if "
    "some questions may be left blank?",
    # a score asked too
    "A quiz has 6 multiple-choice questions, each with 4 choices. In how many ways can a "
    "student answer all the questions and get exactly 3 right?",
    # how many answers each question has is not said
    "A quiz has 6 questions. In how many ways can the quiz be answered?",
    # true-false and four choices at once
    "A true-false test has 6 questions, each with 4 choices. In how many ways can the test be "
    "answered?",
])
def test_declined(problem):
    assert solve_now(problem).answer is None
