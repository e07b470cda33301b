"""Choices from what a shop "has", and pizzas "with exactly k different toppings". Our own
problems, the answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    ("A pizza parlor has 8 different toppings. How many different three-topping pizzas are "
     "possible?", "56"),  # C(8, 3)
    ("A pizza shop offers 9 toppings. How many different pizzas with exactly 2 different "
     "toppings can be made?", "36"),  # C(9, 2)
])
def test_toppings(problem, answer):
    assert_solved(problem, answer)


def test_toppings_that_may_repeat_are_declined():
    # "3 toppings" not said different: a topping could be doubled
    assert solve_now("A pizza shop offers 9 toppings. How many different pizzas with exactly 3 "
                     "toppings can be made?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # the pool said as a k-person group: C(8, 3), C(9, 2)
    ("How many ways can a 3-person subcommittee be chosen from an 8-person committee?", "56"),
    ("In how many ways can a 2-member panel be selected from a 9-member council?", "36"),
])
def test_pool_said_as_a_sized_group(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # C(8, 3), the size typed without its hyphen and 'make' for the verb
    ("how many ways can you make a 3 person committee from 8 people", "56"),
    ("How many ways can we make a 2 member team from 6 players?", "15"),  # C(6, 2)
])
def test_size_typed_without_hyphen(problem, answer):
    assert_solved(problem, answer)


def test_two_committees_made_declined():
    assert solve_now("how many ways can you make 3 person committee and a 2 person committee "
                     "from 8 people").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # co-captains, co-presidents, co-chairs share one role: a choice, not an order
    ("A team has 12 players. In how many ways can the coach choose 2 co-captains?", "66"),
    ("in how many ways can i choose 3 co-presidents from a club of 9 people", "84"),
    ("A club of 20 members needs to choose 2 co-chairs. How many ways can this be done?",
     "190"),
    ("How many ways can 2 co-captains be chosen from a team of 10?", "45"),
])
def test_shared_roles_are_choices(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), [
    # the pool as the ones who make the groups: C(7, 3), C(10, 4)
    ("There are 7 students in a club. How many different groups of 3 can they make?", "35"),
    ("there are 10 kids in the class. how many teams of 4 can the ten of them form", "210"),
])
def test_groups_the_pool_makes(problem, answer):
    assert_solved(problem, answer)


def test_groups_made_by_another_number_declined():
    # eight said to make the groups, seven in the pool
    assert solve_now("There are 7 students in a club. How many different groups of 3 can the "
                     "eight of them make?").answer is None
