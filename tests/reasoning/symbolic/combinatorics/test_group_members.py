"""Divisions into groups of different sizes with named members placed
(combinatorics/group_members.py). Our own problems; the counts worked out in the comments."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 9 into 2, 3, 4 (1260 in all); together: 7!/(3!4!) + 7!/(2!4!) + 7!/(2!3!2!) = 350
    ("In how many ways can 9 students be split into a group of 2, a group of 3 and a group of "
     "4 if Ann and Ben must be in the same group?", "350"),
    # apart: 1260 - 350
    ("In how many ways can 9 students be split into a group of 2, a group of 3 and a group of "
     "4 if Ann and Ben must be in different groups?", "910"),
    # Ann in the 4: 8!/(2!3!3!)
    ("in how many ways can 9 students be divided into a group of 2, a group of 3 and a group "
     "of 4 so that ann is in the group of 4", "560"),
    # 12 cats into 2, 4, 6 with Tom in the 2 and Kit in the 6: 10!/(1!4!5!) = 1260
    ("Suppose we want to divide the 12 cats into three groups, one with 2 cats, one with 4 "
     "cats, and one with 6 cats. How many ways can we form the groups such that Tom is in the "
     "2-cat group and Kit is in the 6-cat group?", "1260"),
    # 8 kids into 3 and 5 with Tom in the 3: choose his 2 partners of 7
    ("We want to split 8 kids into two groups, one with 3 kids and one with 5 kids. How many "
     "ways can we form the groups so that Tom is in the 3-kid group?", "21"),
])
def test_group_members(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # two groups of 4: 'the group' a member is in has no name
    "In how many ways can 8 students be split into a group of 4 and a group of 4 if Ann is in "
    "the group of 4?",
    # no group of 6 is formed
    "In how many ways can 9 students be split into a group of 2, a group of 3 and a group of 4 "
    "if Ann is in the group of 6?",
    # the sizes do not add up to the dogs
    "Suppose we want to divide the 11 dogs into three groups, one with 3 dogs, one with 5 dogs, "
    "and one with 2 dogs. How many ways can we form the groups such that Rex is in the 3-dog "
    "group?",
    # four groups said, three sizes listed
    "Suppose we want to divide the 10 dogs into four groups, one with 3 dogs, one with 5 dogs, "
    "and one with 2 dogs. How many ways can we form the groups such that Rex is in the 3-dog "
    "group?",
    # one dog in two groups
    "Suppose we want to divide the 10 dogs into three groups, one with 3 dogs, one with 5 dogs, "
    "and one with 2 dogs. How many ways can we form the groups such that Rex is in the 3-dog "
    "group and Rex is in the 5-dog group?",
])
def test_declines(problem):
    assert solve_now(problem).answer is None
