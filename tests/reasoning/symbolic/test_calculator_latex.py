"""Calculator-style maths as LaTeX: cube roots typed as `cbrt(..)` or said in words beside
typed maths ("sqrt(16) + cube root of 27")."""

from __future__ import annotations

import pytest

from tutor.reasoning.symbolic import solve_problem
from tutor.reasoning.symbolic.calculator_latex import plain_to_latex, roots_said


def test_cbrt_is_a_cube_root() -> None:
    assert plain_to_latex("cbrt(8) + sqrt(x+1)") == r"\sqrt[3]{8} + \sqrt{x+1}"


def test_roots_said_in_words_are_written_as_calls() -> None:
    assert roots_said("sqrt(25) - the cube root of 8") == "sqrt(25) - cbrt(8)"
    assert roots_said("2*square root of (x+1)") == "2*sqrt(x+1)"
    assert roots_said("cube root of 2x") == "cube root of 2x"  # not a number: left as said


@pytest.mark.parametrize(("problem", "answer"), [
    ("what is sqrt(49) - cube root of 8", "5"),
    ("compute cbrt(1000) + sqrt(81)", "19"),
    ("evaluate 3*cube root of 125", "15"),
    ("what's sqrt(36) + the cube root of 64?", "10"),
])
def test_roots_typed_and_said_together(problem: str, answer: str) -> None:
    assert solve_problem(problem).answer == answer


def test_a_root_of_a_letter_said_in_words_declines() -> None:
    assert solve_problem("what is sqrt(9) + cube root of y").answer is None


def test_the_value_of_roots_typed_and_said() -> None:
    assert solve_problem("What is the value of sqrt(64) - cube root of 27?").answer == "5"
