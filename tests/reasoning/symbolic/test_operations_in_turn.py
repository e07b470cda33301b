"""Operations done to a number in turn, said as the number phrases read them
(tutor/reasoning/symbolic/operations_in_turn.py). Our own wordings; an operation no phrase
says, or one operation alone, leaves the text as it is."""

from __future__ import annotations

import pytest

from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.operations_in_turn import operations_said


@pytest.mark.parametrize(("text", "said"), [
    ("If you add 9 to a number and then double it, you get 40. What is the number?",
     "Twice the sum of a number and 9 is 40. What is the number?"),
    ("I think of a number, multiply it by 5 and subtract 3. The result is 27. What is my "
     "number?", "The difference of 5 times a number and 3 is 27. What is the number?"),
])
def test_operations_said_as_one_phrase(text: str, said: str) -> None:
    assert operations_said(text) == said


@pytest.mark.parametrize(("problem", "answer"), [
    ("If you add 9 to a number and then double it, you get 40. What is the number?", "11"),
    ("I think of a number, multiply it by 5 and subtract 3. The result is 27. What is my "
     "number?", "6"),
    ("If you double a number and add 11, you get 35. What is the number?", "12"),
    # (x - 2) * 3 + 5 = 26
    ("If you subtract 2 from a number, multiply by 3, then add 5, you get 26. Find the "
     "number.", "9"),
])
def test_operations_in_turn_solved(problem: str, answer: str) -> None:
    assert solve_now(problem).answer == answer


@pytest.mark.parametrize("text", [
    "If you add 5 to a number you get 12. What is it?",  # one operation: read elsewhere
    "If you add 5 to a number and then paint it, you get 12. What is the number?",
])
def test_other_texts_stay(text: str) -> None:
    assert operations_said(text) == text


@pytest.mark.parametrize(("problem", "answer"), [
    ("A number doubled and then increased by 9 gives 35. What is the number?", "13"),
    ("When a number is tripled and then reduced by 4, the result is 26. Find the number.",
     "10"),
    ("A number is divided by 3 and then increased by 5, giving 12. What is the number?", "21"),
])
def test_operations_said_of_the_number(problem: str, answer: str) -> None:
    assert solve_now(problem).answer == answer


def test_operations_said_of_the_number_that_are_not_read_decline() -> None:
    assert solve_now("A number doubled and then rotated by 9 gives 35. What is the "
                     "number?").answer is None
