"""Choices from two groups of people in more wordings (`combinatorics.two_group_choices`):
the parts named with the committee ("a committee of 2 boys and 3 girls is chosen from ..."),
asked in the question ("how many delegations of 2 seniors and 2 juniors"), one of a group in
the singular ("3 girls and 1 boy"), the owner of the groups described ("the chess club
has"), and more kinds of people (seniors, parents, doctors, democrats ...). Our own
problems; answers worked by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # C(10,2) C(12,3) = 45 * 220
    ("In how many ways can a committee of 2 boys and 3 girls be chosen from a class of 10 "
     "boys and 12 girls?", "9900"),
    # C(6,3) C(5,2) = 20 * 10
    ("A club has 6 men and 5 women. How many ways can a team of 3 men and 2 women be "
     "selected?", "200"),
    # C(7,2) C(5,2) = 21 * 10
    ("A committee of 4 people is to be chosen from 7 teachers and 5 parents. How many "
     "committees have exactly 2 teachers?", "210"),
    # C(8,3) C(6,2) = 56 * 15
    ("From a group of 8 seniors and 6 juniors, a team of 5 is chosen. How many teams include "
     "exactly 3 seniors?", "840"),
    # C(9,2) C(7,2) = 36 * 21
    ("A school has 9 seniors and 7 juniors. How many different delegations of 2 seniors and "
     "2 juniors can be formed?", "756"),
    # C(5,3) C(4,1) = 10 * 4
    ("The chess club has 5 girls and 4 boys. How many ways are there to pick a team of 3 "
     "girls and 1 boy?", "40"),
    # C(6,2) C(8,3) = 15 * 56
    ("A panel consisting of 2 doctors and 3 nurses is chosen from 6 doctors and 8 nurses. In "
     "how many ways can this be done?", "840"),
    # C(7,3) C(6,1) + C(7,4) = 210 + 35
    ("From 7 democrats and 6 republicans, a committee of 4 is formed. How many committees "
     "contain at least 3 democrats?", "245"),
])
def test_two_group_wordings(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a condition on two named people is not read
    "A club has 6 men and 5 women. How many ways can a team of 3 men and 2 women be selected "
    "if Bob refuses to serve with Ann?",
    # more girls chosen than there are
    "A committee of 3 boys and 2 girls is to be chosen from 4 boys and 1 girl. How many "
    "committees are possible?",
    # marbles of one colour may be alike
    "A bag has 5 red marbles and 3 blue marbles. How many ways can a group of 2 red marbles "
    "and 1 blue marble be chosen?",
    # a senior may be a girl: the groups may overlap
    "A club has 6 seniors and 5 girls. How many ways can a team of 2 seniors and 2 girls be "
    "chosen?",
    # an officer as well
    "A club has 6 men and 5 women. How many ways can a president, a team of 3 men and 2 "
    "women be chosen?",
    # a group the pool does not have
    "A school has 9 seniors and 7 juniors. How many different delegations of 2 seniors and "
    "2 freshmen can be formed?",
])
def test_two_group_wordings_not_read_are_declined(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # C(10,4) - C(7,4) = 210 - 35
    ("A committee of 4 people is to be selected from 7 men and 3 women. How many of the "
     "possible committees contain at least one woman?", "175"),
    # 5 * C(6,2) = 5 * 15: "student" in the singular
    ("A committee of 3 is chosen from 6 teachers and 5 students. How many committees include "
     "exactly one student?", "75"),
    # C(11,3) - C(6,3) = 165 - 20
    ("A team of 3 is chosen from 6 teachers and 5 students. How many teams have at least one "
     "student?", "145"),
    # 5 * C(4,2) = 5 * 6: "actress" from "actresses"
    ("A club has 5 actresses and 4 actors. How many committees of 3 have exactly one "
     "actress?", "30"),
])
def test_one_of_a_group_in_the_singular(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # "member" is no group of the two
    "A committee of 3 is chosen from 6 teachers and 5 students. How many committees include "
    "exactly one member?",
    # "players" is not one of the groups
    "A team of 3 is chosen from 6 teachers and 5 students. How many teams have at least one "
    "player?",
])
def test_one_of_a_group_near_misses_decline(problem):
    assert solve_now(problem).answer is None
