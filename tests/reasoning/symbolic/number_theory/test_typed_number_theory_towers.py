"""Digits and remainders of towers of powers (`3^{4^5}`): the exponent is written out, the
remainder found by repeated squaring and confirmed by the cycle of remainders of the base.
Our own problems; answers by Python's pow with a modulus."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    (r"What is the last digit of $3^{4^5}$?", "1"),
    (r"When $6^{5^{3}}$ is divided by $11$, what is the remainder?", "10"),
    (r"Determine the last two digits of $3^{3^{4}}$.", "3"),
    (r"What is $2^{3^{4}}$ modulo $11$?", "2"),
    (r"What is the ones digit of $7^{2 \cdot 5^{3}}$?", "9"),
])
def test_towers_of_powers(problem, answer):
    assert_solved(problem, answer)


def test_a_tower_too_tall_to_write_out_is_reduced_by_euler():
    # 10^{30} is a multiple of 4 and 2^4 = 16 ends in 6 (`tower_residues`)
    assert_solved(r"What is the last digit of $2^{10^{30}}$?", "6")


def test_a_tower_with_a_letter_declines():
    assert solve_now(r"What is the last digit of $2^{10^{n}}$?").answer is None
