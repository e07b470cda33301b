"""The remainder of an expression in letters with given residues, or said only to be
integers (`number_theory.given_residues`), in our own wordings; a remainder that depends on
the letters, a residue modulo a number the question's modulus does not divide and a
fraction decline."""

from __future__ import annotations

import pytest

from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 18 - 73 = -55 = -2 * 42 + 29
    (r"If $a \equiv 18 \pmod{42}$ and $b \equiv 73 \pmod{42}$, what is $a - b$ modulo 42?",
     "29"),
    (r"If $x \equiv 4 \pmod{9}$, what is $5x + 2$ modulo 9?", "4"),  # 22 = 2 * 9 + 4
    (r"Given $n \equiv 2 \pmod 5$, find $n^2 + 3n \pmod 5$.", "0"),  # 4 + 6 = 10
    (r"Given that $x \equiv 2 \pmod{7}$, what is $x^3$ mod 7?", "1"),  # 8 = 7 + 1
    (r"Suppose $p \equiv 6 \pmod{11}$ and $q \equiv 9 \pmod{11}$. Find the remainder when "
     r"$pq + p$ is divided by 11.", "5"),  # 54 + 6 = 60 = 5 * 11 + 5
    # a residue modulo a multiple: 64 = 29 and 99 = 29 (mod 35)
    (r"If $a \equiv 64 \pmod{70}$ and $b \equiv 99 \pmod{105}$, what is the remainder when "
     r"$a + b$ is divided by 35?", "23"),
    # letters said to be integers: the remainder is the same for all of them
    (r"If $n$ is an integer, what is the remainder when $(9 - n) + (n + 5)$ is divided by 7?",
     "0"),
    (r"If $k$ is an integer, what is the remainder when the sum of $12 - k$ and $k + 3$ is "
     r"divided by $4$?", "3"),
    (r"If $n$ is an integer, what is $n^3 - n$ modulo 6?", "0"),  # (n - 1) n (n + 1)
    (r"If $n$ is a positive integer, what is the remainder when $(n + 7) + (13 - n)$ is "
     r"divided by 6?", "2"),  # 20 = 3 * 6 + 2
    (r"If $m \equiv 5 \pmod{8}$ and $k$ is an integer, what is the remainder when $m + 8k$ is "
     r"divided by 8?", "5"),
    (r"If $x$ and $y$ are integers, what is the remainder when $(x + y)^2 - (x - y)^2 + 9$ is "
     r"divided by 4?", "1"),  # 4xy + 9
])
def test_remainders_of_expressions_in_told_letters(problem: str, answer: str) -> None:
    got = solve_now(problem)
    assert got.answer == answer and got.confirmed


@pytest.mark.parametrize("problem", [
    # n^2 leaves 0 or 1 on division by 4
    r"If $n$ is an integer, what is the remainder when $n^2$ is divided by 4?",
    # 2 (mod 6) says nothing of the residue modulo 4
    r"If $x \equiv 2 \pmod{6}$, what is $x$ modulo 4?",
    r"If $n \equiv 2 \pmod{5}$, what is $n/2$ modulo 5?",  # not a polynomial in n
    r"If $n \equiv 2 \pmod{5}$, what is the remainder when $n + m$ is divided by 5?",  # m?
    r"If $n$ is a real number, what is the remainder when $n - n + 8$ is divided by 5?",
    # "odd" is not read as "an integer" (and the remainder is 2 for n = 1, 0 for n = 3)
    r"If $n$ is an odd integer, what is the remainder when $n^2 + n$ is divided by 4?",  # 2 or 0
])
def test_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # a parity: an odd n is 1, 3, 5 or 7 modulo 8, and each square leaves 1
    ("If n is odd, what is the remainder when n^2 is divided by 8?", "1"),
    ("If n is odd, what remainder does n^2 leave when divided by 8?", "1"),
    ("Let n be an odd integer. Find the remainder when n^2 + 3 is divided by 8.", "4"),
    ("k is an even integer. What is the remainder when k^2 + 1 is divided by 4?", "1"),
    ("If x and y are odd, what is the remainder when x^2 + y^2 is divided by 4?", "2"),
    # a congruence said in words: 2^3 = 8 = 5 + 3
    ("If x is congruent to 2 mod 5, what is the remainder when x^3 is divided by 5?", "3"),
    # 3 modulo 4 leaves 3 or 7 modulo 8, and 2 (3) + 1 = 7 = 2 (7) + 1 - 8
    (r"If $n \equiv 3 \pmod{4}$, what is the remainder when $2n + 1$ is divided by 8?", "7"),
])
def test_parity_and_residues_modulo_a_divisor(problem: str, answer: str) -> None:
    got = solve_now(problem)
    assert got.answer == answer and got.confirmed


@pytest.mark.parametrize("problem", [
    "If n is even, what is the remainder when n^2 is divided by 8?",  # 0 or 4
    "If n is odd, what is the remainder when n^3 is divided by 4?",  # 1 or 3
    r"If $n \equiv 1 \pmod{4}$, what is the remainder when $n$ is divided by 8?",  # 1 or 5
    "If n is odd and n is even, what is the remainder when n^2 is divided by 8?",
])
def test_residues_a_fact_leaves_open_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
