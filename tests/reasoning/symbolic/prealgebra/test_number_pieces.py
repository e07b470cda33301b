"""Calculations said in words whose numbers are written as powers, roots, factorials or
absolute values (prealgebra/number_pieces.py, read by spoken_arithmetic), "Simplify" before a
calculation said in words, and "the absolute value of" in the words' grammar. Our own
problems, answers worked out by hand; near misses must decline."""

from __future__ import annotations

from fractions import Fraction

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now
from tutor.reasoning.symbolic.parsing import split_problem
from tutor.reasoning.symbolic.prealgebra.number_pieces import valued_pieces
from tutor.reasoning.symbolic.prealgebra.number_words import Num

SOLVED = [
    # 8 * 16
    ("What is $2^3$ times $2^4$?", "128"),
    # 1000 / (1/100), typed without dollars
    ("What is 10^3 divided by 10^{-2}?", "100000"),
    ("What is $\\sqrt{16}$ plus $\\sqrt{9}$?", "7"),
    # 24 - 6
    ("Find $4!$ minus $3!$.", "18"),
    # 27 / 9, a cube root
    ("Compute $\\sqrt[3]{27}$ divided by $3^2$.", "\\frac{1}{3}"),
    # -8 + 5: an odd power of a negative number
    ("What is $(-2)^3$ plus 5?", "-3"),
    ("What is the sum of $5^2$ and $12$?", "37"),
    ("What is the product of $\\sqrt{49}$ and $\\frac{2}{7}$?", "2"),
    # "Simplify" before a calculation in words
    ("Simplify 2/3 divided by 4/9.", "\\frac{3}{2}"),
    ("Simplify 3/4 times 8/9.", "\\frac{2}{3}"),
    ("simplify 5/6 plus 1/4", "\\frac{13}{12}"),
    ("Simplify $\\frac{7}{10}$ minus $\\frac{1}{4}$.", "\\frac{9}{20}"),
    # the absolute value of a number
    ("What is the absolute value of -12?", "12"),
    ("Find the absolute value of $-\\frac{3}{4}$.", "\\frac{3}{4}"),
    # |-4| * 5 and |-4 * 5| agree
    ("Find the absolute value of -4 times 5.", "20"),
]

NEAR_MISSES = [
    # |-8 - 3| = 11 or |-8| - 3 = 5: the words read two ways
    "What is the absolute value of -8 minus 3?",
    # |-7 + |3|| = 4 or |-7| + |3| = 10
    "What is the absolute value of -7 plus the absolute value of 3?",
    # 2 + 3 * 4 = 14 or (2 + 3) * 4 = 20
    "What is 2 plus 3 times 4?",
    # a letter in a piece: not a number
    "What is $x^2$ times $2^4$?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_number_pieces_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_number_pieces_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize("piece", ["\\sqrt{2}", "2^{1000}", "2 + 3", "x^2", "2 \\cdot 3",
                                   "\\frac{1}{0}", "10^{100}"])
def test_pieces_not_one_modest_rational_are_not_read(piece: str) -> None:
    split = split_problem(f"What is ${piece}$ plus 1?")
    assert valued_pieces(split, ["what", "is", "@0@", "plus", Num(Fraction(1), "1")]) is None


def test_piece_keeps_its_writing() -> None:
    split = split_problem("What is $3^4$ plus 1?")
    got = valued_pieces(split, ["@0@"])
    assert got is not None and isinstance(got[0], Num)
    assert got[0].value == 81 and got[0].tex == "3^4"
