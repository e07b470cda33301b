"""Committees with named people in, out, both in, or not both. Our own problems, the
answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # C(8, 3)
    ("In how many ways can a committee of 4 be chosen from 9 people if Ann must be on the "
     "committee?", "56"),
    ("In how many ways can a committee of 4 be chosen from 9 people if the committee must "
     "include Ann?", "56"),
    # C(9, 4) - C(7, 2) = 126 - 21
    ("In how many ways can a committee of 4 be chosen from 9 people if two particular people "
     "cannot both be on it?", "105"),
    ("In how many ways can a committee of 4 be chosen from 9 people if Ann and Bob refuse to "
     "serve together?", "105"),
    # C(11, 5)
    ("A committee of 5 is to be chosen from 12 people. In how many ways can this be done if "
     "Carl must not be on the committee?", "462"),
    # C(8, 2)
    ("How many 4-person committees can be chosen from 10 people if two specific people must "
     "both be included?", "28"),
    # C(11, 3) - C(9, 1) = 165 - 9
    ("A club has 11 members. How many 3-person committees can be formed if Dev and Eli cannot "
     "both be on the committee?", "156"),
    # the group told first ("from a group of 10 people"), then the committee: C(10, 3) - C(8, 1)
    ("From a group of 10 people, a committee of 3 is to be formed. If two particular people "
     "refuse to serve together, how many committees are possible?", "112"),
    # the question names the one person: C(11, 4) in, C(11, 5) out
    ("From 12 students, a team of 5 is chosen. How many teams include a particular student?",
     "330"),
    ("A committee of 4 is chosen from 9 people. How many committees contain one specific "
     "person?", "56"),
    ("A committee of 3 is chosen from 8 people. How many committees do not include a certain "
     "member?", "35"),
    # the condition as a sentence of its own: C(9, 4) - C(7, 2)
    ("A panel of 4 is to be chosen from 9 students. Two of the students refuse to work "
     "together. How many panels are possible?", "105"),
    ("A 4-person committee is to be formed from 10 people, but two of them, Dana and Eli, "
     "will not serve together. How many committees can be formed?", "182"),
    # the question names both: C(10, 2)
    ("A team of 4 is picked from 12 players. How many teams include both Kim and Lee?", "45"),
])
def test_named_members(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # anyone of a kind, not one person
    "In how many ways can a committee of 4 be chosen from 9 people if a woman must be on the "
    "committee?",
    "In how many ways can a committee of 4 be chosen from 9 people if everyone must be on the "
    "committee?",
    # two conditions
    "In how many ways can a committee of 4 be chosen from 9 people if Ann must be on the "
    "committee and Bob must not be on the committee?",
    # two people named in the question: not one condition the reader knows
    "From 9 people, a team of 3 is chosen. How many teams include a particular student and a "
    "particular teacher?",
])
def test_declined(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # C(7,2): "how many committees include Ann"
    ("A committee of 3 is chosen from 8 people. How many committees include Ann?", "21"),
    ("A club has 8 members. How many 3-person committees include Ann?", "21"),
    # C(9,4): one named person left out
    ("From a group of 10 students, a team of 4 is chosen. How many teams do not include Raj?",
     "126"),
])
def test_the_question_names_the_person(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a kind of people, not a name
    "From a group of 10 students, a team of 4 is chosen. How many teams include women?",
    # a role as well
    "A committee of 3 is chosen from 8 people. How many committees include Ann as chair?",
])
def test_the_question_names_the_person_near_misses_decline(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # both named players in: C(10, 3)
    ("In how many ways can a team of 5 be chosen from 12 players if two particular players must "
     "both be chosen?", "120"),
    # 'refuses to serve': left out, C(7, 3)
    ("In how many ways can a committee of 3 be chosen from 8 people if Sam refuses to serve?",
     "35"),
])
def test_more_named_member_wordings(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # serving with someone, or in a role: another condition
    "In how many ways can a committee of 3 be chosen from 8 people if Sam refuses to serve with "
    "Ann?",
    "In how many ways can a committee of 3 be chosen from 8 people if Sam refuses to serve as "
    "chair?",
])
def test_more_named_member_near_misses(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # C(9,4) - C(7,2) = 126 - 21
    ("A 4-person team is chosen from 9 students, but Eva and Finn will not serve on it "
     "together. How many teams are possible?", "105"),
    # C(7,3) - C(5,1) = 35 - 5
    ("A committee of 3 is chosen from 7 people. How many committees are possible if Gus and "
     "Hana cannot be on the committee together?", "30"),
    # C(10,3) - C(8,1) = 120 - 8
    ("A 3-person committee is picked from 10 people, but Ivo and Jun refuse to serve on it "
     "together. How many committees are possible?", "112"),
])
def test_not_together_on_it(problem, answer):
    assert_solved(problem, answer)


def test_not_together_somewhere_else_declines():
    # 'together at lunch' is not about the committee
    assert solve_now("A 3-person committee is chosen from 8 people, but Carl and Dana refuse to "
                     "eat lunch together. How many committees are possible?").answer is None
