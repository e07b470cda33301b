"""The typed reading (`typed.read_typed`): the first reader that reads a problem answers it;
a reader that fails with an error of its own declines for itself only."""

from __future__ import annotations

import pytest

from tutor.reasoning.symbolic import typed
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.parsing import split_problem
from tutor.verify.answers import equivalent


def test_a_failing_reader_does_not_stop_the_readers_after_it(
        monkeypatch: pytest.MonkeyPatch) -> None:
    real = typed.readers()

    def broken(_split, _template):  # noqa: ANN001, ANN202
        raise TypeError("a bug in one reader")

    monkeypatch.setattr(typed, "readers", lambda: [broken, *real])
    split = split_problem("How many positive divisors does $84$ have?")
    got = typed.read_typed(split, split.template)
    assert not isinstance(got, str) and got is not None
    assert got[0] == 12


def test_a_failure_alone_is_reported_as_the_reason(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken(_split, _template):  # noqa: ANN001, ANN202
        raise IndexError("a bad slot")

    monkeypatch.setattr(typed, "readers", lambda: [broken])
    split = split_problem("How many positive divisors does $84$ have?")
    assert typed.read_typed(split, split.template) == (
        "a reader failed on this problem (IndexError)")


@pytest.mark.parametrize("problem", [
    # a sum, product or mean of one quantity: a reader that dropped the word gave the quantity
    "What is the sum of the area of a square with side 7?",
    "what's the product of the perimeter of a rectangle 4 by 9",
    "What is the sum of the slope of the line 4x - 2y = 10?",
    "Find the average of the hypotenuse of a right triangle with legs 5 and 12.",
])
def test_an_operation_over_one_quantity_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # two quantities joined by "and" are a sum or product to work out (square 7: 49 and 28)
    ("What is the sum of the area and the perimeter of a square with side 7?", "77"),
    ("What is the area of a square with side 7?", "49"),
    ("What is the slope of the line 4x - 2y = 10?", "2"),
])
def test_one_quantity_or_two_joined_are_answered(problem: str, answer: str) -> None:
    got = solve_now(problem)
    assert got.answer is not None and equivalent(answer, got.answer, timeout=10.0)
