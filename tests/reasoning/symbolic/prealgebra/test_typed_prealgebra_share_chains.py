"""A whole split by a chain of fractions and percents (prealgebra/share_chains.py): a part of a
part ("a third of those adults"), "k out of every m", the rest, a size told before or after the
shares, the chain read backwards from a count, and fractions or percents of one group asked.
Our own problems, answers worked out by hand; near misses (a group the question does not fully
name, overlaps, counts that are not whole, "not", no size told) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 300 * 2/5 = 120 adults, 120 / 3 = 40
    ("Forty percent of the 300 members of a hiking club are adults, and one third of those "
     "adults are retired. How many retired adults are in the club?", "40"),
    # 84 * 2/7
    ("Two out of every seven dogs at a rescue shelter are puppies. If the shelter has 84 dogs, "
     "how many puppies does it have?", "24"),
    # 800 * 3/8 = 300, 300 / 4 = 75
    ("In a school of 800 pupils, $\\frac{3}{8}$ of the pupils take the bus. Of those pupils, "
     "$25\\%$ live in town. How many pupils take the bus and live in town?", "75"),
    # 3/8 * 1/4 = 3/32 = 9.375%
    ("In a school of 800 pupils, $\\frac{3}{8}$ of the pupils take the bus. Of those pupils, "
     "$25\\%$ live in town. What percent of the pupils take the bus and live in town?",
     "\\frac{75}{8}"),
    # 3/4 * 1/5, no size needed
    ("Three fourths of the trees in an orchard are apple trees, and $20\\%$ of the apple trees "
     "are old. What fraction of the trees in the orchard are old apple trees?", "\\frac{3}{20}"),
    # 640 * 3/8 = 240 textbooks, half used
    ("A library has 640 books. Five eighths of the books are novels and the rest are textbooks. "
     "Half of the textbooks are damaged. How many books are damaged textbooks?", "120"),
    # backwards: 16 = x * 2/5 * 1/3
    ("Forty percent of the members of a chess club are adults, and one third of those adults "
     "are retired. If 16 of the adults are retired, how many members does the club have?",
     "120"),
    ("There are 250 workers at a factory. $30\\%$ of them drive to work. How many workers "
     "drive to work?", "75"),
    # 360 / 4
    ("One out of every four students at a college plays a sport. In a random sample of 360 "
     "students, how many would you expect to play a sport?", "90"),
    ("A bakery made 120 pies; $\\frac{1}{4}$ of the pies were apple and the rest were cherry. "
     "How many pies were cherry?", "90"),
    # 90 * 7/10 = 63 adults, 63 / 7 = 9
    ("Seventy percent of the 90 guests at a wedding are adults. Of the adults, one seventh "
     "are teachers. What is the number of adult teachers at the wedding?", "9"),
    # the whole inside the opening clause, "of those" after a comma: 1/4 * 1/3
    ("Of the 360 nurses at a hospital, $25\\%$ work nights. Of those nurses, one third work "
     "weekends. What fraction of the nurses work nights and work weekends?", "\\frac{1}{12}"),
    # "found that", a share of the whole without "of": 500 * 3/5 = 300, 300 * 2/5 = 120
    ("A poll of 500 residents found that $60\\%$ favor the park plan. Of those "
     "residents, $40\\%$ are retired. How many residents favor the park plan and are retired?",
     "120"),
    # the size told in a question's condition
    ("Half of the cars in a parking lot are red, and $10\\%$ of the red cars are electric. How "
     "many electric red cars are there if the lot holds 160 cars?", "8"),
]

NEAR_MISSES = [
    # "not" is not read
    "Forty percent of the 300 members of a hiking club are adults, and one third of those "
    "adults are retired. How many members are not retired?",
    # the retired are a part of the members, not of the adults
    "Forty percent of the 300 members of a hiking club are adults, and one third of the "
    "members are retired. How many retired adults are in the club?",
    # 35 * 2/5 = 14 adults, 14 / 3 is not a count
    "Forty percent of the 35 members of a hiking club are adults, and one third of those "
    "adults are retired. How many retired adults are in the club?",
    # a pet is neither group told
    "Half of the 30 students own a dog and a third of the students own a cat. How many "
    "students own a pet?",
    # no size told
    "Two out of every seven dogs at a rescue shelter are puppies. How many puppies does the "
    "shelter have?",
    # amounts that change
    "There are 80 marbles in a jar. Three eighths of the marbles are blue. If 5 blue marbles "
    "are removed, how many blue marbles are in the jar?",
    "A bakery has 120 pies. One fourth of the pies are sold. How many pies does the bakery "
    "have?",
    # overlapping groups
    "There are 250 workers at a factory. $30\\%$ of them drive to work and $20\\%$ of them "
    "also cycle. How many workers cycle?",
    "There are 250 workers at a factory. $130\\%$ of them drive to work. How many workers "
    "drive to work?",
    # two sizes of the whole
    "Forty percent of the 300 members of a hiking club are adults. There are 200 members. How "
    "many adults are in the club?",
    # only the bus riders' homes are told
    "In a school of 800 pupils, $\\frac{3}{8}$ of the pupils take the bus. Of those pupils, "
    "$25\\%$ live in town. How many pupils live in town?",
    # the old trees among the other trees are not told
    "Three fourths of the trees in an orchard are apple trees, and $20\\%$ of the apple trees "
    "are old. What fraction of the trees in the orchard are old?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_share_chains_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_share_chains_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 35% of 60 are boys: 21 boys, 39 girls
    ("Thirty-five percent of the students in a class of 60 are boys. How many girls are in "
     "the class?", "39"),
    # 2/5 of 45 are women: 18 women, 27 men
    ("Two fifths of the 45 members of a choir are women. How many men are in the choir?",
     "27"),
])
def test_the_other_half_of_a_pair(problem, answer):
    assert_solved(problem, answer)


def test_a_third_kind_told_declines():
    # teachers are neither boys nor girls: the girls are not the rest
    assert solve_now("Thirty percent of the 40 people on a trip are boys and 4 are teachers. "
                     "How many girls are on the trip?").answer != "28"
