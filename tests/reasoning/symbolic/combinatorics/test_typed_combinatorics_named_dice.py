"""Dice whose numbers are named and an event written in maths about them
(`combinatorics.dice_relations`), and many dice counted die by die (`combinatorics.dice`).
Our own problems; each answer worked out by hand (the comment) and counted again here by
plain enumeration or by the binomial formula."""

from __future__ import annotations

from fractions import Fraction
from itertools import product
from math import comb, isqrt

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _rolls(k: int, s: int, test) -> Fraction:
    rolls = list(product(range(1, s + 1), repeat=k))
    return Fraction(sum(1 for r in rolls if test(*r)), len(rolls))


def _tex(v: Fraction) -> str:
    return rf"\frac{{{v.numerator}}}{{{v.denominator}}}"


def _prime(n: int) -> bool:
    return n > 1 and all(n % d for d in range(2, isqrt(n) + 1))


@pytest.mark.parametrize(("problem", "expected"), [
    # z is the sum of the other two: 1 + 2 + 3 + 4 + 5 = 15 of 216
    ("When three fair dice are rolled, the numbers $x, y, z$ come up. What is the probability "
     "that $x + y = z$?", _rolls(3, 6, lambda x, y, z: x + y == z)),
    # terse, two letters in two pieces: 6 pairs at distance 0 and 10 at distance 1, of 36
    ("A die is rolled twice and the results are $p$ and $q$. What is the probability that "
     "$|p - q| \\le 1$?", _rolls(2, 6, lambda p, q: abs(p - q) <= 1)),
    # four-sided dice: 1 + 4 + 9 + 16 + 9 + 4 + 1 = 44 of 256
    ("Four 4-sided dice are rolled; the results are $a, b, c, d$. What is the probability "
     "that $a+b = c+d$?", _rolls(4, 4, lambda a, b, c, d: a + b == c + d)),
    # an inequality of squares: 10 of the 36 pairs exceed 40
    ("Two dice are rolled, and the numbers shown are $m$ and $n$. What is the probability "
     "that $m^2 + n^2 > 40$?", _rolls(2, 6, lambda m, n: m * m + n * n > 40)),
    # a property in words of a formula: a prime sum of three dice, 73 of 216
    ("Three dice are rolled and the numbers $a, b, c$ are obtained. What is the probability "
     "that $a + b + c$ is prime?", _rolls(3, 6, lambda a, b, c: _prime(a + b + c))),
    # a story, 'let ... be': no die shows a 3, (5/6)^3
    ("Mia throws three standard dice. Let $u, v, w$ be the numbers rolled. Find the "
     "probability that $(u - 3)(v - 3)(w - 3) \\neq 0$.",
     _rolls(3, 6, lambda u, v, w: (u - 3) * (v - 3) * (w - 3) != 0)),
    # the product is a multiple of 4 with 8-sided dice
    ("Two 8-sided dice are tossed, giving $r$ and $s$. What is the probability that $rs$ is "
     "a multiple of 4?", _rolls(2, 8, lambda r, s: r * s % 4 == 0)),
    # a product equal to a number: 6 = 1*6, 2*3 in either order, 4 of 36
    ("Two fair dice are rolled and the values $g, h$ are recorded. What is the probability "
     "that $gh = 6$?", _rolls(2, 6, lambda g, h: g * h == 6)),
])
def test_named_dice_events(problem: str, expected: Fraction) -> None:
    assert_solved(problem, _tex(expected))


@pytest.mark.parametrize("problem", [
    # fewer names than dice: which die is which?
    "Three dice are rolled and the numbers $a, b$ are obtained. What is the probability that "
    "$a + b$ is prime?",
    # a letter that is not a die
    "Two dice are rolled and the numbers $a, b$ are obtained. What is the probability that "
    "$a + c = 7$?",
    # a property we do not read ('a whole number')
    "Two dice are rolled and the numbers $a, b$ are obtained. What is the probability that "
    "$a/b$ is a whole number?",
    # an extra condition word ('given')
    "Two dice are rolled and the numbers $a, b$ are obtained. Given that $a > 2$, what is the "
    "probability that $a + b = 7$?",
    # one die cannot be two numbers
    "A die is rolled and the numbers $a, b$ are obtained. What is the probability that "
    "$a = b$?",
])
def test_named_dice_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


def _exactly(k: int, j: int, p: Fraction) -> Fraction:
    return comb(k, j) * p**j * (1 - p) ** (k - j)


@pytest.mark.parametrize(("problem", "expected"), [
    # 6^12 rolls are too many to list: counted die by die, and by C(12, 2) 5^10 / 6^12
    ("Jo throws 12 fair dice. What is the probability of getting exactly two 6's?",
     _exactly(12, 2, Fraction(1, 6))),
    # at least one even number of 15 dice: 1 - 2^-15
    ("Fifteen standard dice are thrown. What is the probability that at least one of the dice "
     "shows an even number?", 1 - Fraction(1, 2**15)),
    # at most one 4-sided die showing a 1 among ten
    ("With 10 four-sided dice, what is the probability of rolling at most one 1?",
     _exactly(10, 0, Fraction(1, 4)) + _exactly(10, 1, Fraction(1, 4))),
])
def test_many_dice_counted_die_by_die(problem: str, expected: Fraction) -> None:
    assert_solved(problem, _tex(expected))
