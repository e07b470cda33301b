"""A percent told for each of two or more groups (prealgebra/group_percents.py): how many
have the property in all, or what percent of the whole has it. Our own stories, answers
worked out by hand; near misses (a question about one group, 'not', another property, a third
group left uncounted, groups that do not make up the whole) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 60 + 135 = 195 of 500
    ("In a poll, 30% of the men and 45% of the women said yes. 200 men and 300 women were "
     "polled. What percent of the people polled said yes?", "39"),
    # 600 adults: 60 + 150
    ("Half of the 1200 guests were adults. If 10% of the adults and 25% of the children won "
     "a prize, how many guests won a prize?", "210"),
    # 160 girls, 240 boys: 24 + 48
    ("A school has 400 students and 40% of them are girls; 15% of the girls and 20% of the "
     "boys walk to school. What is the total number of students who walk to school?", "72"),
    ("Of 3000 adults, half were women. If 12% of the women and 8% of the men wore hats, how "
     "many adults wore hats?", "300"),
    ("A club has 50 boys and 30 girls. 20% of the boys and 10% of the girls play chess. How "
     "many boys and girls play chess?", "13"),
    ("If 20% of the 50 boys and 10% of the 30 girls in a club play chess, how many members of "
     "the club play chess?", "13"),
    # 120 + 50 of 500
    ("A library has 300 novels and 200 biographies. 40% of the novels and 25% of the "
     "biographies are on loan. What percent of the books are on loan?", "34"),
    # 300 children, 200 adults: 90 + 20
    ("Of the 500 people at a fair, 60% were children. 30% of the children and 10% of the "
     "adults rode the wheel. How many of the people at the fair rode the wheel?", "110"),
    # three groups: 10 + 12 + 6 of 100
    ("A team has 20 juniors, 40 seniors and 40 veterans. 50% of the juniors, 30% of the "
     "seniors and 15% of the veterans were injured. What percent of the team was injured?",
     "28"),
    # the sizes before the list, in one sentence; a collective noun asked: 10 + 30
    ("Of the 40 boys and 60 girls at a camp, 25% of the boys and 50% of the girls can swim. "
     "How many campers can swim?", "40"),
    # 20 + 18 of 200
    ("A company employs 80 women and 120 men. 25% of the women and 15% of the men drive to "
     "work. What percentage of the employees drive to work?", "19"),
    # the rest named: 200 apartments, 300 houses; 60 + 180
    ("In a town, 40% of the 500 homes are apartments and the rest are houses. If 30% of the "
     "apartments and 60% of the houses have a garden, how many homes have a garden?", "240"),
]

NEAR_MISSES = [
    # one group asked
    "A club has 50 boys and 30 girls. 20% of the boys and 10% of the girls play chess. What "
    "percent of the boys play chess?",
    "A club has 50 boys and 30 girls. 20% of the boys and 10% of the girls play chess. How "
    "many boys play chess?",
    "A club has 50 boys and 30 girls. 20% of the boys and 10% of the girls play chess. How "
    "many members do not play chess?",
    # another property asked
    "A club has 50 boys and 30 girls. 20% of the boys and 10% of the girls play chess. How "
    "many members play tennis?",
    # a third group whose percent is not told
    "A club has 50 boys and 30 girls and 5 coaches. 20% of the boys and 10% of the girls play "
    "chess. What percent of the people in the club play chess?",
    # the groups do not make up the whole
    "A hall holds 100 people: 40 men and 50 women. 20% of the men and 10% of the women dance. "
    "How many people dance?",
    # a percent of a third kind, never counted
    "A farm has 120 sheep and 80 goats. 25% of the sheep and 15% of the goats are black, and "
    "10% of the cows are brown. How many animals are black?",
    # groups that overlap: the band is part of the school
    "A school has 500 students and 200 are in the band. 30% of the students and 50% of the "
    "band went on the trip. How many students went on the trip?",
    # a share that is not a whole number of people
    "A club has 45 boys and 35 girls. 10% of the boys and 10% of the girls play chess. How "
    "many members play chess?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_group_percents_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_group_percents_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
