"""Scientific notation and back (`prealgebra.scientific_notation`): our own numbers and
wordings, LaTeX and plain text; each answer read back from its own digits."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("Write 0.00052 in scientific notation.", r"5.2 \times 10^{-4}"),
    ("Express 380,000 in scientific notation.", r"3.8 \times 10^{5}"),
    ("What is 7,000,000,000 in scientific notation?", r"7 \times 10^{9}"),
    ("Convert -0.0409 to scientific notation.", r"-4.09 \times 10^{-2}"),
    # 1.5e3 * 4e-5 = 6e-2
    (r"Express $(1.5 \times 10^3)(4 \times 10^{-5})$ in scientific notation.",
     r"6 \times 10^{-2}"),
    # 9e6 / 3e-2 = 3e8
    (r"Write $\frac{9 \times 10^{6}}{3 \times 10^{-2}}$ in scientific notation.",
     r"3 \times 10^{8}"),
    ("Write (2.5 x 10^3)(4 x 10^2) in scientific notation.", r"1 \times 10^{6}"),
    (r"Write $4.18 \times 10^{4}$ in standard form.", "41800"),
    (r"What is $6.5 \times 10^{-3}$ as a decimal?", "0.0065"),
    ("Write 1.2 x 10^-1 in decimal notation.", "0.12"),
])
def test_scientific_notation_both_ways(problem: str, answer: str) -> None:
    assert assert_solved(problem).answer == answer


@pytest.mark.parametrize("problem", [
    "Write 2/7 in scientific notation.",  # no finite decimal
    "Write 0 in scientific notation.",
    "Write 3500 in standard form.",  # not in scientific notation: another question
])
def test_what_has_no_scientific_form_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
