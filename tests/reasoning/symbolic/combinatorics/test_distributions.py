"""Distributions where no lower bound is said outright ("each student can receive any
number of books", "a box may be left empty"). Our own problems, the answers worked out by
hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("In how many ways can 5 different books be distributed among 3 students if each student "
     "can receive any number of books?", "243"),  # 3^5
    ("In how many ways can 6 identical balls be put into 3 distinct boxes if a box may be left "
     "empty?", "28"),  # C(8, 2)
    ("In how many ways can 6 identical candies be given to 4 children if each child can "
     "receive any number of candies?", "84"),  # C(9, 3)
    # letters and mailboxes, gifts and envelopes: 4^3; C(7, 2); S(5, 1) + S(5, 2) = 1 + 15
    ("How many ways can 3 different letters be put into 4 different mailboxes?", "64"),
    ("In how many ways can 5 identical gifts be given to 3 children?", "21"),
    ("How many ways can 5 distinct letters be placed into 2 identical envelopes?", "16"),
])
def test_no_lower_bound(problem, answer):
    assert_solved(problem, answer)


def test_bound_said_both_ways_is_declined():
    assert solve_now("In how many ways can 6 identical candies be given to 4 children if each "
                     "child can receive any number of candies and each child gets at least 1 "
                     "candy?").answer is None


def test_letters_not_said_distinct_or_identical_are_declined():
    assert solve_now("How many ways can 5 letters be put into 3 mailboxes?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # S(6, 2) = 31: two boxes that cannot be told apart, neither empty
    ("How many ways are there to put 6 distinguishable balls into 2 indistinguishable boxes if "
     "neither box may be empty?", "31"),
    # onto maps 5 -> 3: 3^5 - 3 * 2^5 + 3 = 150
    ("In how many ways can 5 different letters be placed in 3 different mailboxes so that "
     "every mailbox gets at least one letter?", "150"),
])
def test_no_box_empty_said_more_ways(problem, answer):
    assert_solved(problem, answer)


def test_neither_of_three_boxes_is_declined():
    assert solve_now("How many ways are there to put 6 distinguishable balls into 3 "
                     "indistinguishable boxes if neither box may be empty?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # C(10 + 3, 3)
    ("In how many ways can 10 identical candies be distributed among 4 children if some "
     "children may get no candy?", "286"),
    # C(7 + 2, 2)
    ("In how many ways can 7 identical cookies be given to 3 children (a child may receive "
     "nothing)?", "36"),
    # C(5 + 4, 4)
    ("In how many ways can 5 identical stickers be given to 5 students if some students may "
     "receive none?", "126"),
])
def test_some_may_get_none(problem, answer):
    assert_solved(problem, answer)


def test_none_and_at_least_one_together_are_declined():
    assert solve_now("In how many ways can 7 identical cookies be given to 3 children if each "
                     "child gets at least one cookie and some children may get none?"
                     ).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # S(5, 1) + S(5, 2) = 1 + 15: someone puts the things, "can this be done"
    ("A store clerk puts 5 different gifts into 2 identical boxes. In how many ways can this be "
     "done if a box may be empty?", "16"),
    # C(6 + 2, 2)
    ("A florist places 6 identical flowers into 3 different vases. In how many ways can she do "
     "this?", "28"),
    # partitions of 7 into at most 3 parts: 7, 61, 52, 43, 511, 421, 331, 322
    ("How many ways are there to put 7 identical stickers on 3 identical sheets of paper?", "8"),
    # 2^6 / 2 = 32 ways to split 6 toys between two bins that look alike
    ("In how many ways can 6 different toys be placed in 2 identical bins, assuming some of the "
     "bins might be empty?", "32"),
    ("How many ways are there to put 4 distinct pens into 3 identical cups, assuming he might "
     "leave some of the cups empty?", "14"),  # 1 + 7 + 6
])
def test_more_things_and_boxes(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # owned in one sentence, moved in the next; partitions of 9 into at most 3 parts
    ("A teacher has 9 identical pencils and 3 identical cups. How many ways are there to put "
     "the pencils in the cups if only the number of pencils in each cup matters?", "12"),
    # partitions of 10 into at most 3 parts
    ("Lena's younger sister has 10 identical stamps and 3 identical pages. How many ways are "
     "there for her to put all of the stamps on the pages?", "14"),
    # S(5, 1) + S(5, 2) + S(5, 3) = 1 + 15 + 25; and S(5, 3) alone
    ("Omar has 5 distinct rocks and 3 identical cups. In how many ways can he put the rocks into "
     "the cups?", "41"),
    ("Omar has 5 distinct rocks and 3 identical cups. In how many ways can he put the rocks into "
     "the cups if no cup is empty?", "25"),
])
def test_owned_then_moved(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # the things moved are not the ones owned
    "A teacher has 9 identical pencils and 3 identical cups. How many ways are there to put the "
    "pencils in the bags?",
    "Ann has 6 identical pens and 2 identical cups. How many ways are there to put 4 of the pens "
    "in the cups?",
    "Ann has 6 identical pens and 2 identical cups and 3 identical bags. How many ways are there "
    "to put the pens in the cups?",
    # whether the gifts can be told apart is not said
    "A store clerk puts 5 gifts into 2 identical boxes. In how many ways can this be done?",
    # said different, then only their number matters
    "Henry has 8 different stickers and 4 identical sheets of paper. How many ways are there to "
    "put the stickers on the sheets of paper if only the number of stickers on each sheet "
    "matters?",
    # a word that changes the story is not part of who acts
    "A store clerk never puts 5 different gifts into 2 identical boxes. In how many ways can "
    "this be done?",
    "In how many ways can 6 different toys be placed in 2 identical bins, assuming some of the "
    "bins might be full?",
])
def test_stories_not_fully_read_are_declined(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # the things 'go into' the boxes: partitions of 3 into at most 3 parts (3, 2+1, 1+1+1)
    ("How many ways can 3 identical balls go into 3 identical boxes?", "3"),
    # S(4, 1) + S(4, 2) = 1 + 7
    ("How many ways can 4 different books go into 2 identical bags?", "8"),
    ("How many ways can 5 distinguishable balls go into 3 distinguishable boxes?", "243"),
])
def test_things_go_into_boxes(problem, answer):
    assert_solved(problem, answer)


def test_things_go_into_boxes_unsaid_kind_declined():
    assert solve_now("How many ways can 5 balls go into 2 boxes?").answer is None


def test_things_said_as_things():
    # 4 different things into 3 identical bags, some may be empty: 1 + 7 + 6 = 14
    assert_solved("In how many ways can 4 different things be put into 3 identical bags if a "
                  "bag may be left empty?", "14")
