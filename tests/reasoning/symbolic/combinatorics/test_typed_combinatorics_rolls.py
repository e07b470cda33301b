"""Coins and dice (`combinatorics.coins`, `combinatorics.dice`) asked the many ways people ask:
a side that 'appears' or 'turns up' k times, 'every time', 'no tails', flips counted after
the event ('in 6 tosses of a coin'), one die and a property of its number ('rolling a number
greater than 4'), two dice whose numbers 'differ by' an amount. Our own problems; every
answer worked out by hand (the comment) and counted again by plain enumeration here."""

from __future__ import annotations

from fractions import Fraction
from itertools import product

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def _coins(n: int, test) -> Fraction:
    flips = list(product((0, 1), repeat=n))
    return Fraction(sum(1 for f in flips if test(sum(f))), len(flips))


def _fraction(tex: str) -> Fraction:
    top, bottom = tex.removeprefix("\\frac{").removesuffix("}").split("}{")
    return Fraction(int(top), int(bottom))


def _dice(k: int, s: int, test) -> Fraction:
    rolls = list(product(range(1, s + 1), repeat=k))
    return Fraction(sum(1 for r in rolls if test(r)), len(rolls))


@pytest.mark.parametrize(("problem", "answer", "enumerated"), [
    # textbook: C(4, 2) / 16
    ("A coin is flipped four times. What is the probability that heads appears exactly twice?",
     r"\frac{3}{8}", _coins(4, lambda h: h == 2)),
    # terse, the count of flips after the event: C(6, 2) / 64
    ("Find the probability of getting exactly 2 heads in 6 tosses of a fair coin.",
     r"\frac{15}{64}", _coins(6, lambda h: h == 2)),
    # a name, 'at least k times': (C(5, 4) + 1) / 32
    ("Maya tosses five unbiased coins. Find the chance that she will see heads at least 4 "
     "times.", r"\frac{3}{16}", _coins(5, lambda h: h >= 4)),
    # a word number and 'turns up once': 3 / 8
    ("Tossing a coin three times, what is the probability that tails turns up exactly once?",
     r"\frac{3}{8}", _coins(3, lambda h: h == 1)),
    # 'no tails': every flip heads, 1 / 16
    ("When flipping a fair coin 4 times, what is the probability of getting no tails?",
     r"\frac{1}{16}", _coins(4, lambda h: h == 0)),
    # 'every time' and 'on every toss'
    ("What is the probability that a fair coin flipped 3 times lands heads every time?",
     r"\frac{1}{8}", _coins(3, lambda h: h == 3)),
    ("A fair coin is tossed 5 times. What is the probability that the coin lands on tails on "
     "every toss?", r"\frac{1}{32}", _coins(5, lambda h: h == 0)),
])
def test_coin_events_in_other_words(problem, answer, enumerated):
    assert _fraction(answer) == enumerated
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer", "enumerated"), [
    # one die, a property of its number: 5, 6 of 6
    ("A fair six-sided die is rolled. What is the probability of rolling a number greater than "
     "4?", r"\frac{1}{3}", _dice(1, 6, lambda r: r[0] > 4)),
    # 2, 3, 5, 7 of 8
    ("Sam rolls a fair 8-sided die once. What is the probability that he rolls a prime number?",
     r"\frac{1}{2}", _dice(1, 8, lambda r: r[0] in (2, 3, 5, 7))),
    # 3, 6, 9 of 10
    ("If you roll a fair ten-sided die, what is the probability of getting a multiple of 3?",
     r"\frac{3}{10}", _dice(1, 10, lambda r: r[0] % 3 == 0)),
    ("A standard die is rolled. Find the probability that the die shows an odd number.",
     r"\frac{1}{2}", _dice(1, 6, lambda r: r[0] % 2 == 1)),
    # the die named after the event, one face asked by its number
    ("What is the probability of rolling a 4 on a fair six-sided die?", r"\frac{1}{6}",
     _dice(1, 6, lambda r: r[0] == 4)),
    ("What is the probability of getting a 7 on a fair 12-sided die?", r"\frac{1}{12}",
     _dice(1, 12, lambda r: r[0] == 7)),
    # every die the same: 6 of 6^4
    ("Each of four standard dice is rolled once. What is the probability that all four show the "
     "same number?", r"\frac{1}{216}", _dice(4, 6, lambda r: len(set(r)) == 1)),
])
def test_one_die_and_each_of_the_dice(problem, answer, enumerated):
    assert _fraction(answer) == enumerated
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer", "enumerated"), [
    # |a - b| = 2: (1,3) (2,4) (3,5) (4,6) both ways, 8 of 36
    ("Two dice are tossed. Find the probability that the numbers shown differ by 2.",
     r"\frac{2}{9}", _dice(2, 6, lambda r: abs(r[0] - r[1]) == 2)),
    # distance 4 (4 pairs) or 5 (2 pairs): 6 of 36
    ("Two fair 6-sided dice are rolled. What is the probability that the positive difference "
     "between the two numbers rolled is at least 4?", r"\frac{1}{6}",
     _dice(2, 6, lambda r: abs(r[0] - r[1]) >= 4)),
    # distance 0 (6) or 1 (10): 16 of 36
    ("A pair of standard dice is rolled. What is the probability that the numbers rolled differ "
     "by at most 1?", r"\frac{4}{9}", _dice(2, 6, lambda r: abs(r[0] - r[1]) <= 1)),
    # 8-sided, the absolute difference odd: 32 of 64
    ("Lu throws 2 fair 8-sided dice. Find the chance that the absolute difference of the numbers "
     "is odd.", r"\frac{1}{2}", _dice(2, 8, lambda r: (r[0] - r[1]) % 2 == 1)),
])
def test_two_dice_apart_by(problem, answer, enumerated):
    assert _fraction(answer) == enumerated
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # three numbers have no one difference
    "Three fair dice are rolled. What is the probability that the positive difference of the "
    "numbers is 1?",
    # a signed difference ('first minus second') is not read as a distance
    "Two fair dice are rolled. What is the probability that the difference of the first roll "
    "minus the second is 2?",
    # a die rolled twice is not one die
    "Sam rolls a fair 8-sided die twice. What is the probability that he rolls a prime number?",
    # the flips counted are not the flips made
    "A fair coin is tossed 5 times. What is the probability of getting heads 6 times?",
    # 'consecutive' is a condition the coin reader does not apply
    "A fair coin is flipped 6 times. What is the probability that heads comes up 3 times in a "
    "row?",
])
def test_declines(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer", "enumerated"), [
    # not: 30 of 36 sums are not 7
    ("Jun throws 2 standard dice. Find the chance that their sum is not 7.", r"\frac{5}{6}",
     _dice(2, 6, lambda r: sum(r) != 7)),
    # or: 6 + 2 of 36
    ("Jun throws 2 standard dice. Find the chance that their sum is 7 or 11.", r"\frac{2}{9}",
     _dice(2, 6, lambda r: sum(r) in (7, 11))),
    # and: 6 and 12 of 1-12
    ("Zoe rolls one fair twelve-sided die. Find the chance that she rolls a number that is even "
     "and a multiple of 3.", r"\frac{1}{6}", _dice(1, 12, lambda r: r[0] % 6 == 0)),
    # not prime: 1, 4, 6
    ("A fair six-sided die is rolled. Find the chance of rolling a number that is not prime.",
     r"\frac{1}{2}", _dice(1, 6, lambda r: r[0] in (1, 4, 6))),
    # or with a comparison: 27 even products and (5, 5)
    ("Jun throws 2 standard dice. Find the chance that their product is even or greater than "
     "20.", r"\frac{7}{9}", _dice(2, 6, lambda r: r[0] * r[1] % 2 == 0 or r[0] * r[1] > 20)),
])
def test_properties_joined(problem, answer, enumerated):
    assert _fraction(answer) == enumerated
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer", "listed"), [
    # 10 + 7 - 1 of 50
    ("One whole number is drawn at random from 1 to 50, inclusive. Find the chance that it is "
     "a multiple of 5 or 7 or both.", r"\frac{8}{25}",
     sum(1 for v in range(1, 51) if v % 5 == 0 or v % 7 == 0)),
    # 100 - (10 + 4 - 2)
    ("One whole number is drawn at random from 1 to 100, inclusive. Find the chance that it is "
     "neither a perfect square nor a perfect cube.", r"\frac{22}{25}",
     sum(1 for v in range(1, 101) if v not in {k * k for k in range(11)}
         and v not in {k ** 3 for k in range(5)})),
])
def test_joined_properties_of_one_number(problem, answer, listed):
    top, bottom = answer.removeprefix("\\frac{").removesuffix("}").split("}{")
    total = 50 if "50" in problem else 100
    assert Fraction(listed, total) == Fraction(int(top), int(bottom))
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "One whole number is drawn at random from 1 to 40, inclusive. Find the chance that it is not "
    "odd or a perfect square.",
    "Jun throws 2 standard dice. Find the chance that their sum is odd and 6.",
])
def test_joined_properties_decline(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer", "enumerated"), [
    ("Two cubes whose faces are numbered 1 through 6 are rolled, and the numbers on the top "
     "faces are added. What is the probability that the sum is a multiple of 3?", "1/3",
     _dice(2, 6, lambda r: sum(r) % 3 == 0)),
    ("Three cubes with faces numbered 1 to 6 are thrown. What is the probability that the sum "
     "of the numbers shown is 10?", "1/8", _dice(3, 6, lambda r: sum(r) == 10)),
])
def test_cubes_numbered_one_to_six_are_dice(problem, answer, enumerated):
    assert Fraction(answer) == enumerated
    assert_solved(problem, answer)


def test_a_cube_has_six_faces():
    assert solve_now("Two cubes with faces numbered 1 to 8 are thrown. What is the probability "
                     "that the sum of the numbers shown is 10?").answer is None


def _dice_with(k: int, hit: set[int], ok) -> Fraction:
    rolls = list(product(range(1, 7), repeat=k))
    return Fraction(sum(1 for r in rolls if ok(sum(1 for x in r if x in hit))), len(rolls))


@pytest.mark.parametrize(("problem", "answer"), [
    ("Four fair six-sided dice are rolled. What is the probability that exactly one of them "
     "shows a 6?", _dice_with(4, {6}, lambda h: h == 1)),
    ("Five standard dice are tossed. What is the probability that at most one of them shows "
     "a 2?", _dice_with(5, {2}, lambda h: h <= 1)),
    ("Three dice are rolled. What is the probability that at least two of them show an odd "
     "number?", _dice_with(3, {1, 3, 5}, lambda h: h >= 2)),
])
def test_dice_counted_as_of_them(problem, answer):
    assert_solved(problem, f"\\frac{{{answer.numerator}}}{{{answer.denominator}}}")


@pytest.mark.parametrize(("problem", "answer"), [
    # 1 - 6*5*4*3/6^4
    ("Four standard dice are rolled. What is the probability that at least two of them show "
     "the same number?", "\\frac{13}{18}"),
    # 6*5*4/6^3
    ("Three standard dice are rolled. What is the probability that no two of them show the "
     "same number?", "\\frac{5}{9}"),
])
def test_repeats_counted_as_of_them(problem, answer):
    assert_solved(problem, answer)
