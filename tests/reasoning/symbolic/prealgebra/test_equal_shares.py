"""Things shared equally among people (prealgebra/equal_shares.py). Our own problems, answers
worked out by hand; near misses (a count that does not share out, another thing or person
asked about) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 2/3 of a cake each
    ("3 kids share 2 cakes equally. How much cake does each get?", "\\frac{2}{3}"),
    # 5/8 of a pie each, the person named again
    ("8 students share 5 pies equally. How much pie does each student get?", "\\frac{5}{8}"),
    # 12/4 whole sandwiches
    ("4 friends share 12 sandwiches equally. How many sandwiches does each friend get?", "3"),
    # the things first, no 'equally' and the question after a comma: a count each
    ("18 grapes shared between 3 kids, how many does each kid get?", "6"),
    # 'divided equally among' with an irregular plural
    ("35 crayons are divided equally among 7 children. How many crayons does each child get?",
     "5"),
    # a named sharer
    ("Omar shares 48 stamps equally among 6 cousins. How many stamps does each cousin receive?",
     "8"),
    ("leo has 20 cards and splits them evenly between 4 friends. how many cards does each "
     "friend get", "5"),
    # the question first, 'if' after
    ("how many nuts does each squirrel get if 5 squirrels split 45 nuts equally?", "9"),
    # into groups
    ("32 beads are divided into 4 equal bags. How many beads go in each bag?", "8"),
    # more things than people, 'among themselves'
    ("2 sisters share 5 melons equally among themselves. How much melon does each get?",
     "\\frac{5}{2}"),
]

NEAR_MISSES = [
    # 10 sandwiches do not share out whole among 4
    "4 friends share 10 sandwiches equally. How many sandwiches does each friend get?",
    # another thing asked
    "3 kids share 2 cakes equally. How much pie does each get?",
    # another person asked
    "8 students share 5 pies equally. How much pie does each teacher get?",
    # not said to be equal shares
    "3 kids share 2 cakes. How much cake does each get?",
    # no count of people
    "18 grapes shared between some kids, how many does each kid get?",
    # 19 grapes do not share out among 3
    "19 grapes shared between 3 kids, how many does each kid get?",
    # another question
    "18 grapes shared between 3 kids, how many bowls are there?",
    # another thing asked
    "32 beads are divided into 4 equal bags. How many buttons go in each bag?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_equal_shares_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_equal_shares_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    ("Lena and her three cousins share 24 cupcakes equally. How many does each person get?",
     "6"),
    ("Omar and his 5 teammates share 42 oranges equally. How many oranges does each get?", "7"),
    ("Ivy and her two friends share 18 cards equally. How many cards does each one get?", "6"),
])
def test_the_one_named_and_the_others_share(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "Lena and her three cousins share 25 cupcakes equally. How many does each person get?",
    "Lena and her three cousins share 24 cupcakes. How many does Lena get?",
])
def test_the_one_named_and_the_others_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    ("3 sisters share $27 equally. How much does each sister get?", "9"),
    ("Five friends split 65 dollars equally. How much money does each friend get?", "13"),
    ("Ana and her three cousins share $50 equally. How much does each person get?", "12.50"),
])
def test_money_shared_equally(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    "3 sisters share $27. How much does each sister get?",  # not said to be equal
    "3 sisters share $27 equally. How much does each brother get?",
    "3 sisters share 27 apples equally. How much does each sister get?",  # not money
])
def test_money_shared_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
