"""Dice and numbers-from-a-set probabilities (`combinatorics.chance`, `combinatorics.draws`)
in more phrasings: faced dice, sums 'of the face up integers', 'rolled twice', distinct
numbers, a face 'exactly twice', members of a set multiplied, a gcd of two numbers; our own
problems with answers counted by hand, and declines."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # only 4 + 4 + 4 makes 12
    ("If three, standard, 4-faced dice are rolled, what is the probability that the sum of "
     "the face up integers is 12?", r"\frac{1}{64}"),
    # sums 5 (4 ways) and 10 (3 ways)
    ("Two fair 6-sided dice are tossed. What is the probability that the sum of the numbers "
     "shown on the dice is a multiple of 5?", r"\frac{7}{36}"),
    ("A standard die is rolled 3 times. What is the probability that the product of all 3 "
     "rolls is even?", r"\frac{7}{8}"),
    ("What is the probability of rolling four standard, six-sided dice and getting four "
     "distinct numbers?", r"\frac{5}{18}"),
    ("If I roll a fair 6-sided die three times, what is the probability that I will roll the "
     "number 6 exactly twice?", r"\frac{5}{72}"),
    ("Jo rolls three fair 10-sided dice, and each of the dice has faces numbered from 1 to 10. "
     "What is the probability that exactly one of the dice shows an odd number?", r"\frac{3}{8}"),
])
def test_dice(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # (1 + 6) / 2^6; C(5, 2) / 2^5; 1 - 1/16; 3 / 8; 6 / 36; 1 - 125/216; C(3,2) (1/2)^3
    ("Six coins are simultaneously flipped. What is the probability that heads are showing on "
     "at most 1 of them?", r"\frac{7}{64}"),
    ("We flip a fair coin 5 times. What is the probability that we get heads in exactly 2 of "
     "the 5 flips?", r"\frac{5}{16}"),
    ("Ana tosses 4 coins. What is the probability that she will get at least one head?",
     r"\frac{15}{16}"),
    ("We roll a fair 6-sided die 3 times. What is the probability that we get an even number "
     "in exactly 2 of the 3 rolls?", r"\frac{3}{8}"),
    ("Sam and Kim each roll a fair six-sided die. What is the probability that the sum of the "
     "numbers they roll is 7?", r"\frac{1}{6}"),
    ("Three fair 6-sided dice are rolled. What is the probability at least one of the dice "
     "shows a 6?", r"\frac{91}{216}"),
    ("Ben rolls three fair 8-sided dice, each numbered with numbers from 1 to 8. What is the "
     "probability that exactly two of the dice show a prime number?", r"\frac{3}{8}"),
])
def test_coins_and_dice_in_other_words(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # products 6, 12, 18, 30 of the six pairs
    (r"If two distinct members of the set $\{2, 3, 5, 6\}$ are randomly selected and "
     r"multiplied, what is the probability that the product is a multiple of 6?", r"\frac{2}{3}"),
    (r"Two different natural numbers are selected from the set $\{1, 2, 3, 4\}$. What is the "
     r"probability that the greatest common factor of these two numbers is one?", r"\frac{5}{6}"),
    (r"Two distinct numbers are selected simultaneously and at random from the set "
     r"$\{1, 2, 3, 4, 5, 6\}$. What is the probability that their sum is an odd number?",
     r"\frac{3}{5}"),
    ("Suppose two distinct integers are chosen from between 1 and 9, inclusive. What is the "
     "probability that their product is even?", r"\frac{13}{18}"),
])
def test_two_numbers_from_a_set(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "Suppose two distinct integers are chosen from between 1 and 9. What is the probability "
    "that their product is even?",
    "Jo rolls three fair 10-sided dice, and each of the dice has faces numbered from 1 to 8. "
    "What is the probability that exactly one of the dice shows an odd number?",
    "What is the probability of rolling four standard, six-sided dice and getting three "
    "distinct numbers?",
    "We roll a fair 6-sided die 3 times. What is the probability that we get an even number "
    "in exactly 2 of the 4 rolls?",
])
def test_declines(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    (r"Compute without using a calculator: $10!/8!$", "90"),
    (r"Determine $\sqrt[3]{1331}$ without a calculator.", "11"),
    (r"What is the value of $3^4 - 2 \cdot 3^3$? (No calculators!)", "27"),
])
def test_a_calculator_remark_changes_nothing(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # C(6, 3), C(10, 4), C(8, 5), C(9, 3), C(9, 3)
    ("How many triangles can be formed using the vertices of a regular hexagon?", "20"),
    ("Consider a regular decagon. How many quadrilaterals can be formed whose vertices are the "
     "vertices of the decagon?", "210"),
    ("Eight distinct points are marked on a circle. How many different convex pentagons can be "
     "formed if each vertex must be one of these 8 points?", "56"),
    ("How many triangles can be formed using the vertices of a regular nonagon (a 9-sided "
     "polygon)?", "84"),
    ("From a group of 9 students, how many different 3-student committees can be chosen?",
     "84"),
])
def test_polygons_from_points_and_committees(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "How many triangles can be formed using the vertices of a regular hexagon (a 7-sided "
    "polygon)?",
    "Five distinct points are marked on a circle. How many hexagons can be formed if each "
    "vertex must be one of these 5 points?",
    "Consider a regular decagon. How many triangles can be formed whose vertices are the "
    "vertices of the octagon?",
])
def test_polygon_declines(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # the row with 11 numbers is row 10: C(10, 2) = 45, C(10, 9) = 10; 1 + 2 + ... + 12 = 78
    ("What is the third number in the row of Pascal's triangle that has 11 numbers?", "45"),
    ("What is the 10th number in the row of Pascal's triangle that has 11 numbers?", "10"),
    ("How many numbers are in the first 12 rows of Pascal's Triangle?", "78"),
    # rows 0-5: the even ones are 2; 4, 6, 4; 10, 10 (and none in rows 0, 1, 3) - 6 in all;
    # row 6 adds 6, 20, 6 (15 is odd) and row 7 none: 9 in the top 8 rows
    ("There are six even integers in the top six rows of Pascal's Triangle. How many even "
     "integers are in the top 8 rows of the triangle?", "9"),
    ("How many odd numbers are in the top 4 rows of Pascal's triangle?", "9"),
])
def test_pascals_triangle(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "What is the third number in row 10 of Pascal's triangle?",  # is the top row 0 or 1?
    "There are five even integers in the top six rows of Pascal's Triangle. How many even "
    "integers are in the top 8 rows of the triangle?",  # the example is wrong
    "What is the 12th number in the row of Pascal's triangle that has 11 numbers?",
])
def test_pascal_declines(problem):
    assert solve_now(problem).answer is None
