"""Guesses on multiple-choice questions in more wordings (`combinatorics.guesses`): random
answers "for the last 3 questions" and the event about "these last 3 questions", the
choices said of "each question on a test". Our own problems; 1 - (1 - 1/c)^n by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

_QUIZ = ("Maya is taking a 20-question multiple choice quiz in which each question has 4 "
         "choices. She guesses random answers for the last three questions. What is the "
         "probability that she gets at least one of these ")


@pytest.mark.parametrize(("problem", "answer"), [
    # 1 - (3/4)^3
    (_QUIZ + "last three questions right?", "\\frac{37}{64}"),
    (_QUIZ + "final three questions right?", "\\frac{37}{64}"),
    ("Each question on a test has 4 answer choices. Maya guesses random answers for 3 "
     "questions. What is the probability that she gets at least one of them right?",
     "\\frac{37}{64}"),
    # 1 - (4/5)^2
    ("Each question on an exam has 5 possible choices. Leo guesses the answers to 2 questions. "
     "What is the probability that he gets at least one of them right?", "\\frac{9}{25}"),
])
def test_guesses_in_more_wordings(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the first questions were not the ones guessed
    _QUIZ + "first three questions right?",
    # five questions asked about, three guessed
    _QUIZ + "last five questions right?",
])
def test_other_questions_than_guessed_decline(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 1 - (1/2)^5
    ("A quiz has 5 true-false questions. If Sam guesses on every question, what is the "
     "probability that he gets at least one right?", "\\frac{31}{32}"),
    # C(4, 2) / 2^4
    ("A true-false test has 4 questions. If Kim guesses on all of the questions, what is the "
     "probability that she gets exactly 2 right?", "\\frac{3}{8}"),
    ("Ana takes a 6-question true or false quiz and guesses on each question. What is the "
     "probability that she gets all 6 right?", "\\frac{1}{64}"),
])
def test_true_false_guesses(problem, answer):
    assert_solved(problem, answer)


def test_true_false_with_choices_declined():
    assert solve_now("A quiz has 4 true-false questions, each with 3 answer choices. If Sam "
                     "guesses on every question, what is the probability that he gets at least "
                     "one right?").answer is None
