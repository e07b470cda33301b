"""Dice and numbers-from-a-set probabilities (`combinatorics.chance`, `combinatorics.draws`)
in more phrasings: faced dice, sums 'of the face up integers', 'rolled twice', distinct
numbers, a face 'exactly twice', members of a set multiplied, a gcd of two numbers; our own
problems with answers counted by hand, and declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # only 1 + 1 + 2 in some order makes 4: 3 of 5^3
    ("Mia throws 3 ordinary 5-faced dice. Find the chance that the sum of the face-up integers "
     "is 4.", r"\frac{3}{125}"),
    # sums 6 (5 ways) and 12 (5 ways) of 64
    ("A pair of fair 8-sided dice is rolled. Find the chance that the sum of the numbers rolled "
     "is a multiple of 6.", r"\frac{5}{32}"),
    ("Lena rolls a fair 4-sided die 4 times. Find the chance that the product of the rolls is "
     "odd.", r"\frac{1}{16}"),  # (1/2)^4
    ("Three fair 8-sided dice are thrown. Find the chance that all the numbers rolled are "
     "different.", r"\frac{21}{32}"),  # 8 * 7 * 6 / 512
    # C(5, 2) 3^3 / 4^5 = 270 / 1024
    ("Tom throws a fair 4-sided die 5 times. Find the chance that he will roll the number 3 "
     "exactly twice.", r"\frac{135}{512}"),
    ("Priya rolls 4 fair 12-sided dice, and each is numbered 1 through 12. Find the chance that "
     "exactly 3 of the dice show an even number.", r"\frac{1}{4}"),  # C(4, 3) / 2^4
])
def test_dice(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # (1 + 7 + 21) / 2^7; C(6, 4) / 2^6; 1 - 1/32; C(4, 3) / 2^4; 4 / 16; 1 - (3/4)^4;
    # primes 2, 3, 5, 7 of 1-10: C(3, 2) (2/5)^2 (3/5)
    ("Kai tosses 7 fair coins at once. Find the chance that tails are showing on at most 2 of "
     "them.", r"\frac{29}{128}"),
    ("A fair coin is tossed 6 times. Find the chance of getting exactly 4 tails.",
     r"\frac{15}{64}"),
    ("Omar flips 5 fair coins. Find the chance of getting at least 1 tail.", r"\frac{31}{32}"),
    ("A fair 6-sided die is thrown 4 times. Find the chance that exactly 3 of the rolls are odd.",
     r"\frac{1}{4}"),
    ("Lea and Max each throw a fair 4-sided die. Find the chance that the sum of the numbers "
     "they roll is 5.", r"\frac{1}{4}"),
    ("Four fair 4-sided dice are thrown. Find the chance of rolling at least one 4.",
     r"\frac{175}{256}"),
    ("With 3 fair 10-sided dice, each numbered 1 to 10, find the chance that exactly 2 of the "
     "dice show a prime number.", r"\frac{36}{125}"),
])
def test_coins_and_dice_in_other_words(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # products 12, 15, 24, 20, 32, 40 of the six pairs: 12 and 24
    (r"Two different elements of the set $\{3, 4, 5, 8\}$ are picked at random and multiplied "
     r"together. Find the probability that the product is a multiple of 12.", r"\frac{1}{3}"),
    # gcd 1 for 2-3, 2-5, 3-4, 3-5, 4-5, 5-6: 6 of 10 pairs
    (r"Two different numbers are chosen at random from the set $\{2, 3, 4, 5, 6\}$. Find the "
     r"probability that their greatest common divisor is 1.", r"\frac{3}{5}"),
    # two evens (3 pairs) or two odds (6 pairs) of 21
    (r"From the set $\{1, 2, 3, 4, 5, 6, 7\}$, two distinct numbers are drawn at random. Find "
     r"the probability that their sum is even.", r"\frac{3}{7}"),
    # both odd: C(6, 2) / C(11, 2) = 15 / 55
    ("Two different integers are picked at random from 1 to 11, inclusive. Find the "
     "probability that their product is odd.", r"\frac{3}{11}"),
])
def test_two_numbers_from_a_set(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 'between' may or may not include 1 and 11
    "Two different integers are picked at random from between 1 and 11. Find the probability "
    "that their product is odd.",
    # 12-sided dice numbered only to 10
    "Priya rolls 4 fair 12-sided dice, and each is numbered 1 through 10. Find the chance that "
    "exactly 3 of the dice show an even number.",
    # '2 different numbers' on 3 dice: exactly two values, or at least two?
    "Three fair 8-sided dice are thrown. Find the chance of rolling 2 different numbers.",
    # 4 throws, but '3 of the 5 rolls'
    "A fair 6-sided die is thrown 4 times. Find the chance that exactly 3 of the 5 rolls are odd.",
])
def test_declines(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    (r"Find $12!/10!$ (do not use a calculator).", "132"),
    (r"Find the value of $\sqrt[3]{2744}$ without using a calculator.", "14"),
    (r"What is the value of $3^4 - 2 \cdot 3^3$? (No calculators!)", "27"),
])
def test_a_calculator_remark_changes_nothing(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # C(8, 3), C(12, 4), C(10, 6), C(7, 3), C(11, 4)
    ("Using the vertices of a regular octagon, how many distinct triangles can be formed?", "56"),
    ("How many quadrilaterals are there whose vertices are the vertices of a regular dodecagon?",
     "495"),
    ("10 different points are drawn on a circle. Using these 10 points as vertices, how many "
     "convex hexagons can be made?", "210"),
    ("From the vertices of a regular heptagon (a 7-sided polygon), how many triangles can be "
     "drawn?", "35"),
    ("A club has 11 members. In how many ways can a 4-member committee be chosen?", "330"),
])
def test_polygons_from_points_and_committees(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "From the vertices of a regular heptagon (an 8-sided polygon), how many triangles can be "
    "drawn?",
    "Five distinct points are marked on a circle. How many hexagons can be formed if each "
    "vertex must be one of these 5 points?",
    "Consider a regular dodecagon. Using the vertices of a hexagon, how many triangles can be "
    "made?",
])
def test_polygon_declines(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # the row with 14 numbers is row 13: C(13, 3) = 286; 1 + 2 + ... + 12 = 78
    ("Find the fourth element in the row of Pascal triangle that has $14$ numbers.", "286"),
    ("How many numbers are in the first 12 rows of Pascal's Triangle?", "78"),
    # row n has 2^(binary ones of n) odd entries: rows 0-9 have 1+2+2+4+2+4+4+8+2+4 = 33 odd
    # of 55 numbers, so 22 even; rows 0-2 have 5 odd, rows 0-11 have 33 + 4 + 8 = 45
    ("How many even numbers are in the top 10 rows of Pascal's triangle?", "22"),
    ("There are 5 odd numbers in the top 3 rows of Pascal triangle. How many odd numbers are "
     "there in the top 12 rows of Pascal triangle?", "45"),
    ("How many odd numbers are in the top 4 rows of Pascal's triangle?", "9"),
])
def test_pascals_triangle(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "What is the third number in row 10 of Pascal's triangle?",  # is the top row 0 or 1?
    # the example is wrong (5, not 4); a proportion reader once answered 16 here
    "There are 4 odd numbers in the top 3 rows of Pascal triangle. How many odd numbers are "
    "there in the top 12 rows of Pascal triangle?",
    "Find the fifteenth element in the row of Pascal triangle that has $14$ numbers.",
])
def test_pascal_declines(problem):
    assert solve_now(problem).answer is None
