"""Remainders and last digits of towers of powers whose exponent is too large to write out
(`number_theory.tower_residues`). Our own problems, each worked by hand in its comment; the
two ways of the module checked against the exact integers of small towers."""

from __future__ import annotations

import itertools

import pytest
import sympy as sp

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.number_theory import tower_residues


def _tower(b: int, c: int, d: int) -> sp.Basic:
    return sp.Pow(b, sp.Pow(c, d, evaluate=False), evaluate=False)


@pytest.mark.parametrize(("b", "c", "d"), list(itertools.product((2, 3, 6, 7, 10, -3), (2, 3, 5),
                                                                   (2, 3))))
def test_both_ways_agree_with_the_exact_integer(b, c, d):
    exact = b ** (c**d)
    for m in (1, 2, 7, 9, 10, 12, 100, 1000, 97):
        assert tower_residues.euler_modulo(_tower(b, c, d), m) == exact % m
        assert tower_residues.cycle_modulo(_tower(b, c, d), m) == exact % m


def test_a_tower_too_large_to_write_agrees_both_ways():
    for b, m in itertools.product(range(2, 13), (7, 10, 36, 100, 1000, 561)):
        e = _tower(b, 3, 200)
        assert tower_residues.euler_modulo(e, m) == tower_residues.cycle_modulo(e, m)


def test_an_exponent_not_shown_large_is_refused():
    assert not tower_residues.exceeds(sp.Integer(3), 10)
    assert tower_residues.exceeds(sp.Pow(2, sp.Integer(100), evaluate=False), 10**20)


@pytest.mark.parametrize(("problem", "answer"), [
    # 2^k mod 10 runs 2, 4, 8, 6 from k = 1; 2^{500} is a multiple of 4: 6
    (r"What is the units digit of $2^{2^{500}}$?", "6"),
    # as above, plus 1
    (r"Find the ones digit of $2^{2^{300}} + 1$.", "7"),
    # 3^k mod 10 runs 3, 9, 7, 1; 3^{200} = 1 (mod 4): 3
    (r"What is the last digit of $3^{3^{200}}$?", "3"),
    # 5 has order 6 mod 7; 5^{80} = (-1)^{80} = 1 (mod 6): 5^1 = 5
    (r"What is the remainder when $5^{5^{80}}$ is divided by 7?", "5"),
    # 7^4 = 2401 = 1 (mod 100); 7^{300} = (-1)^{300} = 1 (mod 4): 07
    (r"What are the last two digits of $7^{7^{300}}$?", "07"),
    # 4 has order 3 mod 9; 4^{4^4} = 1 (mod 3): 4
    (r"What is $4^{4^{4^4}} \pmod{9}$?", "4"),
    # 2 has order 10 mod 11 and 3^{60} = 1 (mod 10): 2; 3 has order 5 and 2^{60} = 1 (mod 5): 3
    (r"Find the remainder when $2^{3^{60}} + 3^{2^{60}}$ is divided by 11.", "5"),
    # 9 = -1 (mod 10) and 9^{200} is odd: 9
    (r"What is the units digit of $9^{9^{200}}$?", "9"),
])
def test_towers_too_large_to_write(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a letter in the tower
    r"What is the units digit of $x^{2^{100}}$?",
    # no remainder on division by 0
    r"What is the remainder when $2^{2^{100}}$ is divided by 0?",
    # a fraction in the tower
    r"What is the units digit of $2^{2^{100}/3}$?",
])
def test_towers_not_read_are_declined(problem):
    assert solve_now(problem).answer is None
