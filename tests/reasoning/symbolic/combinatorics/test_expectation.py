"""Expected values with equally likely outcomes (combinatorics/expectation.py): the die
with its faces said again ("whose faces are numbered 1 through 8"), the roll asked as
"the expected value of rolling ...", and a named person who rolls. Our own wordings,
answers by hand; faces that disagree with the sides named, or two different dice, decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # (1 + 10) / 2
    ("What is the expected value of the roll of a fair 10-sided die whose faces are numbered 1 "
     "through 10? Express your answer as a decimal.", "5.5"),
    ("A fair 12-sided die has faces numbered from 1 to 12. What is the expected value of a "
     "roll?", "\\frac{13}{2}"),
    ("A fair 4-sided die, with faces numbered 1 to 4, is rolled. What is the expected value of "
     "the number rolled?", "\\frac{5}{2}"),
    ("The expected value of rolling a fair six-sided die is what? Express your answer as a "
     "decimal.", "3.5"),
    ("Find the expected value of rolling a standard 20-sided die.", "\\frac{21}{2}"),
    ("Priya rolls a fair 10-sided die. What is the expected value of the number rolled?",
     "\\frac{11}{2}"),
    # 2 * (1 + 8) / 2
    ("Omar rolls two fair 8-sided dice. What is the expected value of the sum of the numbers "
     "rolled?", "9"),
    ("Lena flips a fair coin 9 times. What is the expected number of heads?", "\\frac{9}{2}"),
    # how many numbers are added, said again: 3 * (1 + 4) / 2
    ("Three fair 4-sided dice are rolled. What is the expected value of the sum of the three "
     "numbers rolled?", "\\frac{15}{2}"),
]

NEAR_MISSES = [
    # three dice rolled, "the two numbers" added: which two?
    "Three fair dice are rolled. What is the expected value of the sum of the two numbers "
    "rolled?",
    # the faces told do not match the sides named
    "A fair 12-sided die has faces numbered from 1 to 10. What is the expected value of a roll?",
    # faces numbered from 0 to 8: nine numbers on an 8-sided die
    "A fair 8-sided die has faces numbered 0 through 8. What is the expected value of a roll?",
    # the note names another die than the one rolled
    "What is the expected value of the roll of a fair octahedral die? (A dodecahedral die has "
    "12 faces, numbered from 1 to 12.)",
    # two faces alike: not the numbers in a row
    "A die has its faces numbered from 1 to 6, but two of its faces show a 4. What is the "
    "expected value of the roll of the die?",
    # two different dice
    "Sam rolls a fair 10-sided die and a fair 6-sided die. What is the expected value of the "
    "sum?",
    # a die rolled twice, one number asked: which roll?
    "Sam rolls a fair 10-sided die twice. What is the expected value of the number rolled?",
    # "one roll" of two dice: which one?
    "What is the expected value of one roll of two fair 6-sided dice?",
]


@pytest.mark.parametrize(("problem", "answer"), [
    *SOLVED,
    ("What is the expected value of one roll of a fair 10-sided die?", "\\frac{11}{2}"),
    ("What is the expected value of one roll of a fair icosahedral die?", "\\frac{21}{2}"),
])
def test_expectation_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_expectation_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # the dice named in the question: k (s + 1) / 2
    ("What is the expected value of the sum of two fair six-sided dice?", "7"),
    ("What is the expected value of the sum of three standard dice?", "\\frac{21}{2}"),
    ("What is the expected value of the sum of 2 fair 8-sided dice?", "9"),
    # "an eight-sided die"
    ("An eight-sided die has faces numbered 1 through 8. What is the expected value of a "
     "roll?", "\\frac{9}{2}"),
])
def test_dice_named_in_the_question(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "What is the expected value of the sum of two fair six-sided dice rolled twice?",
    "What is the expected value of the product of two fair six-sided dice?",
    # the faces said disagree with the sides
    "An eight-sided die has faces numbered 1 through 6. What is the expected value of a roll?",
])
def test_dice_named_near_misses(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_expected_sum_of_the_rolls():
    # 4 rolls of a fair 8-sided die: 4 * 9/2
    assert_solved("A fair 8-sided die is rolled 4 times. What is the expected sum of the four "
                  "rolls?", "18")
    # the rolls said are not the rolls made
    assert solve_now("A fair 8-sided die is rolled 4 times. What is the expected sum of the "
                     "three rolls?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # one die rolled once, asked "the expected value" bare: the value of its roll
    ("A fair die is rolled. What is the expected value?", "\\frac{7}{2}"),
    ("a standard die is rolled once. whats the expected value", "\\frac{7}{2}"),
    ("A fair 12-sided die is rolled. Find the expected value.", "\\frac{13}{2}"),
    ("find the expected value when rolling a fair 8-sided die", "\\frac{9}{2}"),
    ("What is the expected value when you roll a fair 20-sided die?", "\\frac{21}{2}"),
    # "of a die": of its roll
    ("What is the expected value of a fair six-sided die?", "\\frac{7}{2}"),
    ("expected value of a fair 10-sided die", "\\frac{11}{2}"),
])
def test_expected_value_of_one_die_asked_bare(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # several dice: the sum, the largest, each one? never guessed
    "Two fair dice are rolled. What is the expected value?",
    "A fair die is rolled 3 times. What is the expected value?",
    "A die is rolled twice. What is the expected value?",
    # coins have no value of their own
    "A fair coin is flipped 5 times. What is the expected value?",
    # the expected value of something else than the roll
    "A fair die is rolled. What is the expected value of the product?",
    "What is the expected value of two fair dice?",
])
def test_expected_value_asked_bare_near_misses(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    ("What is the expected value of the roll of a fair 10-sided die with faces 1 through 10?",
     "\\frac{11}{2}"),
    ("A fair 6-sided die has faces labeled 1 to 6. What is the expected value of a roll?",
     "\\frac{7}{2}"),
])
def test_faces_told_without_numbered(problem, answer):
    assert_solved(problem, answer)


def test_faces_that_do_not_match_declined():
    assert solve_now("What is the expected value of the roll of a fair 10-sided die with faces "
                     "1 through 12?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # "the roll of the die", its faces told with "its": (1 + 10) / 2
    ("A ten-sided die has its faces numbered from 1 to 10. What is the expected value of the "
     "roll of the die?", "\\frac{11}{2}"),
    ("a 4 sided die has its faces numbered 1 to 4. whats the expected value of the roll of the "
     "die", "\\frac{5}{2}"),
    # the die named again in a note
    ("What is the expected value of the roll of a fair tetrahedral die? (A tetrahedral die has 4 "
     "faces, numbered from 1 to 4.)", "\\frac{5}{2}"),
    ("What is the expected value of the roll of a fair decahedral die? (A decahedral die has 10 "
     "faces, numbered 1 through 10.)", "5.5"),
    # faces from another first number: (0 + 7) / 2, (2 + 7) / 2
    ("A fair 8-sided die has faces numbered 0 through 7. What is the expected value of a roll?",
     "\\frac{7}{2}"),
    ("A six-sided die has its faces numbered from 2 to 7. What is the expected value of the roll "
     "of the die?", "\\frac{9}{2}"),
])
def test_die_with_its_faces_told(problem: str, answer: str) -> None:
    assert_solved(problem, answer)
