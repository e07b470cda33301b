"""Cube and fourth roots typed with their unicode signs outside maths delimiters: "∛27" is the
real root of a number that is not negative, written as the power 27^(1/3) in brackets (so
"∛27^2" is (∛27)² = 9); the cube root of a negative number is its real root ("∛(-27)" = -3,
as $\\sqrt[3]{-27}$ and "the cube root of -27" are); a root of a letter, or an even root of a
negative number, is left unread. Our own wordings."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.unicode_maths import symbols_respelled


@pytest.mark.parametrize(("problem", "answer"), [
    ("what is ∛64", "4"),
    ("What is √36 + ∛125?", "11"),
    ("what is ∜16 × ∛27", "6"),
    ("what is ∛8^2", "4"),
    ("∛(64) - √(9)", "1"),  # the number in brackets
    ("∜(16) + 1", "3"),
])
def test_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_the_root_is_bracketed_whole() -> None:
    assert symbols_respelled("∛8^2") == "(8^(1/3))^2"
    assert symbols_respelled("∛x") == "∛x"  # a letter's real cube root is no power


@pytest.mark.parametrize(("problem", "answer"), [
    ("what is ∛(-27)", "-3"),
    ("∛(-64) + 10", "6"),
    ("what is the cube root of -125?", "-5"),  # said in words: the same real root
    (r"Compute \sqrt[3]{-8} + 5", "3"),  # TeX typed without dollar signs
])
def test_the_cube_root_of_a_negative_number_is_its_real_root(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_an_even_root_of_a_negative_number_is_left_unread() -> None:
    assert solve_now("what is ∜(-16)").answer is None


def test_a_bracket_round_more_than_a_number_is_left_unread() -> None:
    assert symbols_respelled("∛(x + 1)") == "∛(x + 1)"
    assert symbols_respelled("∛(-x)") == "∛(-x)"
