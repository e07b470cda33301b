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
