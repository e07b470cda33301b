"""Complex numbers multiplied or divided with the verb said ("multiply (2 + 3i)(1 - i)"),
in wordings of our own. The letter i there is the imaginary unit: "multiply" once expanded
it as a letter and answered -3i^2 + i + 2. Answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 2 - 2i + 3i - 3i^2 = 5 + i
    ("multiply (2 + 3i)(1 - i)", "5 + i"),
    # 8 + 20i - 2i - 5i^2 = 13 + 18i
    ("Multiply (4 - i)(2 + 5i).", "13 + 18i"),
    ("multiply 2i(3 - i)", "2 + 6i"),
    # (1 + i)^2 / 2 = i
    ("divide (1 + i)/(1 - i)", "i"),
    # (3 + i)(2 + i)/5 = (5 + 5i)/5
    (r"Divide $\frac{3 + i}{2 - i}$.", "1 + i"),
    ("expand (1 + 2i)^2", "-3 + 4i"),
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_complex_numbers_multiplied_or_divided(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "multiply 3i",  # nothing to multiply
    "divide 2 + i",  # nothing to divide
])
def test_a_verb_with_nothing_to_do_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_a_letter_beside_i_is_never_expanded_as_if_i_were_a_letter() -> None:
    got = solve_now("multiply (x + 2i)(x - 2i)")
    assert got.answer is None or "i^{2}" not in got.answer
