"""Residues asked with a note on the answer's range, and inverses asked after a stated fact
about another inverse (checked before it is used). Our own problems; answers by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # -100 = 7 * (-15) + 5
    (r"Compute $-100 \pmod{7}$. Your answer should be an integer in the range "
     r"$0, 1, 2, \ldots, 6$.", "5"),
    (r"Determine the residue of $-58 \pmod{9}$.", "5"),
    # 6 * 4 = 24 = 23 + 1
    (r"Find $6^{-1} \pmod{23}$. The answer should be an integer from $0$ to $22$.", "4"),
    (r"Find the remainder when $2^{20}$ is divided by $11$. (Give an answer between $0$ and "
     "$10$, inclusive.)", "1"),
    (r"What is the remainder when $13 \cdot 17$ is divided by $5$? Enter your answer as an "
     "integer from $0$ to $4$.", "1"),
])
def test_answer_range_notes(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # 3 * 9 = 27 = 2 * 13 + 1, so 9^{-1} = 3 (mod 13)
    (r"Given that $3^{-1} \equiv 9 \pmod{13}$, find $9^{-1} \pmod{13}$.", "3"),
    # 4 * 3 = 12 = 11 + 1; 16^{-1} = 3 * 3 = 9 (mod 11): 16 * 9 = 144 = 13 * 11 + 1
    (r"Since $4^{-1} \equiv 3 \pmod{11}$, what is $16^{-1} \pmod{11}$, as a residue modulo "
     r"$11$?", "9"),
    (r"If $2^{-1} \equiv 10 \pmod{19}$, then find the inverse of $8$ modulo $19$. Express "
     r"your answer as an integer from $0$ to $18$, inclusive.", "12"),
])
def test_inverses_after_a_stated_fact(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the range 1..9 is not the least non-negative residue
    r"Find the remainder when $7^{40}$ is divided by $9$. Express your answer as an integer "
    r"from $1$ to $9$.",
    # the stated fact is false (3 * 8 = 24 = 11 mod 13)
    r"Given that $3^{-1} \equiv 8 \pmod{13}$, find $9^{-1} \pmod{13}$.",
    # a range that skips
    r"Compute $-100 \pmod{7}$. Your answer should be an integer in the range "
    r"$0, 2, 4, \ldots, 12$.",
])
def test_notes_that_do_not_fit_decline(problem):
    assert solve_now(problem).answer is None
