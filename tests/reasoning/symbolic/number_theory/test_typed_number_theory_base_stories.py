"""An amount told in another base inside a story, asked in base ten: one amount, or the
total of several. Our own stories; values worked out by place value by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 1302_4 = 64 + 48 + 0 + 2
    ("An old tortoise says it has lived $1302_4$ years. How many years is that in base ten?",
     "114"),
    # 77_8 = 56 + 7
    ("A wizard owns $77_8$ books. How many books does the wizard own in base ten?", "63"),
    # 110_2 = 6
    ("A tree is $110_2$ years old. In base ten, how old is the tree?", "6"),
    # 345_6 = 108 + 24 + 5
    ("A robot reports that it has walked $345_6$ meters. Express this distance in base 10.",
     "137"),
    # 2101_3 + 112_3 + 21_3 = 64 + 14 + 7
    ("A dragon guards $2101_3$ coins, $112_3$ rubies and $21_3$ pearls. In base 10, what is the "
     "total number of treasures?", "85"),
    # 43_5 + 102_5 = 23 + 27
    ("Martians measure in base five. A Martian farmer grew $43_5$ melons and $102_5$ pumpkins. "
     "How many vegetables did the farmer grow altogether? Express your answer in base 10.", None),
    ("A Martian farmer harvested $43_5$ melons and $102_5$ pumpkins. How many items were "
     "harvested altogether? Express your answer in base 10.", "50"),
])
def test_amounts_told_in_another_base(problem, answer):
    if answer is None:  # "base five" in the story is not read: the question is left alone
        assert solve_now(problem).answer is None
    else:
        assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # something happens to the amount
    "A wizard owns $77_8$ books and gives away $12_8$ of them. How many books does the wizard "
    "own in base ten?",
    "A squirrel hid $231_4$ acorns and ate half of them. How many acorns are left, in base ten?",
    # two amounts, one asked: which?
    "A pirate found $2213_5$ gold coins and $34_5$ silver coins. How many gold coins are there "
    "in base 10?",
    "A dragon guards $2101_3$ coins and $112_3$ rubies. In base 10, what is the total number of "
    "coins?",
    # a plain number beside the numeral
    "A baker sold $25_6$ cakes on each of $3$ days. How many cakes is that in base ten?",
    # the answer asked in another base
    "A tortoise has lived $1302_4$ years. How many years is that in base $8$?",
])
def test_stories_that_change_the_amount_decline(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 245_6 = 72 + 24 + 5: "travel" is the story's "traveled"
    ("A whale reports that it traveled $245_6$ miles. In base ten, how many miles did it "
     "travel?", "101"),
    # 210_3 + 102_3 = 21 + 11: "coins", the noun of both amounts, asks for the total
    ("A goblin keeps $210_3$ silver coins and $102_3$ copper coins. In base 10, how many coins "
     "does it keep altogether?", "32"),
])
def test_a_verb_in_the_past_and_a_noun_of_every_amount(problem, answer):
    assert_solved(problem, answer)


def test_a_total_of_one_kind_of_several_declines():
    # "silver coins altogether" names one of the amounts, not the total
    assert solve_now("A goblin keeps $210_3$ silver coins and $102_3$ copper coins. In base 10, "
                     "how many silver coins does it keep altogether?").answer is None
