"""Counting questions asked in many wordings (issue 13: one question, many phrasings):
letter arrangements with the word named any way (the word, "the word X, ... its letters",
"X's letters", the letters one by one, in quotes, as maths), and near misses that decline.
Our own words; answers by hand (n! over the factorials of the repeats)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # CANNON: 6!/3!; ADDED: 5!/3!; SEEDS: 5!/(2! 2!); BOOT: 4!/2!; MAMA: 4!/(2! 2!)
    ("Using the word CANNON, how many distinct rearrangements of its letters can be made?", "120"),
    ("Count the distinct arrangements of the letters in ADDED.", "20"),
    ("Find how many ways the letters of SEEDS can be arranged.", "30"),
    ("For the word BOOT, how many distinct orderings of its letters are there?", "12"),
    ("The letters of the word MAMA can be arranged in how many distinct ways?", "6"),
    # X Y Y Z: 4!/2!; TATTOO: 6!/(3! 2!); REFER: 5!/(2! 2!); MOON: 4!/2!
    ("In how many distinct orders can the letters X, Y, Y and Z be written?", "12"),
    ("Compute the number of distinct arrangements of TATTOO's letters.", "60"),
    ('In how many distinct ways can the letters of "REFER" be arranged?', "30"),
    (r"Take the word $\text{MOON}$. In how many distinct ways can its letters be arranged?",
     "12"),
])
def test_letter_arrangements(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "How many distinct arrangements of the letters in CANNON keep the N's together?",
    "How many 3-letter arrangements of the letters of CANNON are there?",
    "For the word BOOT and the word MOON, how many arrangements of its letters are there?",
])
def test_letter_near_misses_decline(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # two dice: 9 from (3,6) (4,5) (5,4) (6,3); 4 from (1,3) (2,2) (3,1); 11 from (5,6) (6,5)
    ("Compute the probability that two fair 6-sided dice show a total of 9.", r"\frac{1}{9}"),
    ("If two standard dice are rolled, what is the probability that the total is 4?",
     r"\frac{1}{12}"),
    ("Two fair dice are thrown. What's the probability that the numbers shown add up to 11?",
     r"\frac{1}{18}"),
    ("Find the probability that three fair dice show a sum of 4.", r"\frac{1}{72}"),  # 3/216
    # coins: C(4, 2)/16; (C(6, 5) + C(6, 6))/64
    ("Flip a fair coin four times. What is the chance that exactly two of the flips are heads?",
     r"\frac{3}{8}"),
    ("Tossing one fair coin 6 times, find the probability that at least 5 of the tosses come "
     "up tails.", r"\frac{7}{64}"),
])
def test_dice_and_coins_reworded(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "Two fair dice show a sum of 7. What is the probability that one die is 3?",
    "Two fair dice are rolled. What is the probability that the numbers shown add up to more "
    "than their product?",
])
def test_dice_near_misses_decline(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    ("A class has 10 pupils. In how many ways can it choose a 4-member panel?", "210"),
    ("A school with 12 teachers wants to form a committee of 3 teachers. How many different "
     "committees are possible?", "220"),
    ("In how many ways can Omar pick 2 of his 9 cousins?", "36"),
    ("Out of 7 students, how many different groups of 3 can be selected?", "35"),
    ("Count the ways to select a 5-person team from a pool of 11 athletes.", "462"),
    ("Give the number of ways to pick 4 pupils out of 9 pupils.", "126"),
])
def test_committees_reworded(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "In how many ways can Omar pick 2 of his 9 cousins to sit at the front?",  # a purpose not read
    # two roles in the panel: not read
    "A class has 10 pupils. In how many ways can it choose a 4-member panel with a leader and a "
    "deputy?",
])
def test_committee_near_misses_decline(problem):
    assert solve_now(problem).answer is None


def test_a_panel_with_a_leader_counts_the_leader():
    # not the 210 plain panels: C(10, 4) panels times 4 choices of the leader (`led_groups`)
    assert_solved("A class has 10 pupils. In how many ways can it choose a 4-member panel with "
                  "a leader?", "840")
