"""The chance that a committee chosen at random from two groups holds so many of one group
(combinatorics/committee_chances.py): our own problems, worked out by hand with binomials."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # C(5,3) / C(11,3) = 10/165
    ("Three students are chosen at random from 6 boys and 5 girls. What is the probability "
     "that all three are girls?", "\\frac{2}{33}"),
    # C(6,2) C(5,1) / C(11,3) = 75/165
    ("A committee of 3 is selected at random from 6 boys and 5 girls. What is the probability "
     "that exactly 2 boys are chosen?", "\\frac{5}{11}"),
    # 1 - C(7,4)/C(12,4) = 1 - 35/495
    ("Our club has 7 seniors and 5 juniors. If a committee of 4 is chosen at random, what is "
     "the probability that it has at least one junior?", "\\frac{92}{99}"),
    # C(8,4) + 4 C(8,3) over C(12,4): at most one of the 4 doctors
    ("A panel of 4 people is picked at random from 8 nurses and 4 doctors. What is the "
     "probability that the panel has at most one doctor?", "\\frac{98}{165}"),
])
def test_chances_of_random_committees(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # groups along two lines may overlap (a senior girl)
    "Three students are chosen at random from 6 seniors and 5 girls. What is the probability "
    "that all three are girls?",
    # a group that is not there
    "Three students are chosen at random from 6 boys and 5 girls. What is the probability "
    "that all three are teachers?",
])
def test_committee_chances_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # C(4,2) / C(6,2) = 6/15
    ("Of 6 finalists, 4 are female and 2 are male. If two are chosen at random, what is the "
     "probability that both are female?", "\\frac{2}{5}"),
    # C(4,2) C(5,1) / C(9,3) = 30/84
    ("Of the 9 remaining contestants, 5 are female and 4 are male. If three are chosen at "
     "random, what is the probability that exactly 2 of them are male?", "\\frac{5}{14}"),
    # the whole group said before its parts: C(4,3) / C(7,3)
    ("A group of 7 students has 3 boys and 4 girls. If 3 students are chosen at random, what "
     "is the probability that all three are girls?", "\\frac{4}{35}"),
])
def test_parts_said_other_ways(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # 3 + 4 is not 8
    "A group of 8 students has 3 boys and 4 girls. If 3 students are chosen at random, what "
    "is the probability that all three are girls?",
    # 'both' of three
    "A group of 7 students has 3 boys and 4 girls. If 3 students are chosen at random, what "
    "is the probability that both are girls?",
    # 'all four' of three
    "Three students are chosen at random from 6 boys and 5 girls. What is the probability "
    "that all 4 are girls?",
])
def test_counts_that_disagree_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 3 * 4 / C(7,2): "exactly one is a girl" (no "of them")
    ("A class has 4 boys and 3 girls. Two students are chosen at random. What is the "
     "probability that exactly one is a girl?", "\\frac{4}{7}"),
    # the same, said as one of each
    ("A class has 4 boys and 3 girls. Two students are chosen at random. What is the "
     "probability that one is a boy and one is a girl?", "\\frac{4}{7}"),
    # 6 * 4 / C(10,2)
    ("A group has 6 doctors and 4 nurses. Two people are selected at random. What is the "
     "probability that one is a nurse and the other is a doctor?", "\\frac{8}{15}"),
    # (C(6,2) * 5 + C(6,3)) / C(11,3) = 95/165
    ("A club has 5 men and 6 women. Three members are chosen at random. What is the "
     "probability that at least 2 are women?", "\\frac{19}{33}"),
])
def test_one_of_each_and_counts_without_of_them(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # one of each, but both named the same group
    "A class has 4 boys and 3 girls. Two students are chosen at random. What is the "
    "probability that one is a boy and the other is a boy?",
    # one of each said of three chosen
    "A class has 4 boys and 3 girls. Three students are chosen at random. What is the "
    "probability that one is a boy and one is a girl?",
])
def test_one_of_each_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # a chance asked of a committee chosen: each committee is as likely, said or not
    ("A committee of 3 is chosen from 6 men and 3 women. What is the probability that all "
     "three are women?", "\\frac{1}{84}"),
    ("A committee of 4 is selected from 5 boys and 4 girls. What is the probability that the "
     "committee has exactly 3 girls?", "\\frac{10}{63}"),
    ("A 3-person committee is to be formed from 6 seniors and 2 juniors. What is the "
     "probability that it includes at least one junior?", "\\frac{9}{14}"),
])
def test_at_random_unsaid(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # who chooses, or a condition on the choice: not every committee is as likely
    "A committee of 3 is chosen from 6 men and 3 women by the men. What is the probability "
    "that all three are women?",
    "A committee of 3 is chosen from 6 men and 3 women, with at least one man. What is the "
    "probability that exactly one is a woman?",
])
def test_choices_that_are_not_uniform_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
