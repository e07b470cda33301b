"""A base problem's request naming letters for digits above nine (`number_theory.digit_letters`):
taken off when every letter is the standard one (A = 10, B = 11, ...), so the conversion is
answered with those letters; any other letter keeps the request, and the engine declines.
Our own numbers, each worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.number_theory.digit_letters import without_digit_letters


@pytest.mark.parametrize(("text", "kept"), [
    ("Convert 140 to base 12. Use A for 10 if needed.", "Convert 140 to base 12."),
    ("Write 31 in base 16, using F for fifteen.", "Write 31 in base 16"),
    ("write 54 in base 13 (use A for 10, B for 11 and C for 12)", "write 54 in base 13"),
    (r"Convert $120_{10}$ to base 11. Represent $10$ as $A$, if necessary.",
     r"Convert $120_{10}$ to base 11."),
])
def test_standard_letters_are_taken_off(text: str, kept: str) -> None:
    assert without_digit_letters(text) == kept


@pytest.mark.parametrize("text", [
    "Convert 140 to base 12. Use X for 10 if needed.",  # not the standard letter
    "Convert 140 to base 12. Represent 11 as A.",  # A is ten, not eleven
    "I use A for 10 of my answers",  # no base in the problem
    "Use A for 10 and write 140 in base 12",  # the request opens the text: left as it is
])
def test_other_requests_are_kept(text: str) -> None:
    assert without_digit_letters(text) == text


@pytest.mark.parametrize(("problem", "answer"), [
    ("Convert 140 to base 12. Use A for 10 if needed.", "B8_{12}"),  # 11 * 12 + 8
    ("Write 31 in base 16, using F for fifteen.", "1F_{16}"),  # 16 + 15
    ("write 54 in base 13 (use A for 10, B for 11 and C for 12)", "42_{13}"),  # 4 * 13 + 2
    # 10 * 11 + 10
    (r"Convert $120_{10}$ to base 11. Represent $10$ as $A$, if necessary.", "AA_{11}"),
    ("what is 21 in base 11? use the letter A for ten", "1A_{11}"),  # 11 + 10
])
def test_conversions_with_letters_are_answered(problem: str, answer: str) -> None:
    assert assert_solved(problem).answer == answer


@pytest.mark.parametrize("problem", [
    "Convert 140 to base 12. Use X for 10 if needed.",
    "Convert 140 to base 12. Represent 11 as A.",
])
def test_other_letters_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
