"""A range for a residue said after the question without "express your answer"
(", as a residue from 0 to 10"): read as the usual note (`number_theory.answer_ranges`).
Our own problems; each inverse or remainder checked by multiplying out."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 3 * 4 = 12 = 11 + 1
    ("Find the inverse of 3 modulo 11, as a residue from 0 to 10.", "4"),
    # 9 * 9 = 81 = 2 * 40 + 1
    (r"Find $9^{-1} \pmod{40}$, as a residue from 0 to 39.", "9"),
    # 5 * 5 = 25 = 2 * 12 + 1
    ("Find the inverse of 5 modulo 12, as an integer between 0 and 11 inclusive.", "5"),
    # 3^6 = 1 (mod 7), so 3^100 = 3^4 = 81 = 4 (mod 7)
    (r"What is the remainder when $3^{100}$ is divided by 7, as an integer from 0 to 6?", "4"),
])
def test_range_after_question(problem, answer):
    assert_solved(problem, answer)


def test_other_range_declines():
    # 1 to 11 is not the least non-negative residues
    assert solve_now("Find the inverse of 3 modulo 11, as a residue from 1 to 11.").answer is None
