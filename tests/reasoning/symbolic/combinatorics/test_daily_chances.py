"""A subject's daily chance of doing something, counted over days
(combinatorics/daily_chances.py). Our own problems, the answers worked out by hand."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


def test_exactly_so_many_days():
    # C(3,2) (1/4)^2 (3/4) = 9/64
    assert_solved("Each day a corner shop has a 1/4 chance of running out of milk. What is the "
                  "probability that it runs out of milk on exactly 2 of the next 3 days?", "9/64")
    # C(4,1) (2/3) (1/3)^3 = 8/81, the chance said with 'the probability that ... on any given day'
    assert_solved("The probability that Omar's ferry is delayed on any given day is 2/3. What is "
                  "the probability that it is delayed on exactly 1 of the next 4 days?", "8/81")
    # the chance said after the doing, in LaTeX: C(4,3) (1/5)^3 (4/5) = 16/625
    assert_solved(r"A street lamp has a $\frac{1}{5}$ chance of flickering each night. What is "
                  r"the probability that it flickers on exactly $3$ of the next $4$ nights?",
                  "16/625")


def test_at_least_none_and_all():
    # 1 - (7/10)^2 = 51/100
    assert_solved("Each day, a gardener has a 30% chance of spotting a fox. What is the "
                  "probability that she spots a fox on at least one of the next 2 days?",
                  "51/100")
    # (5/6)^3 = 125/216
    assert_solved("A lift has a 1/6 chance of breaking down each day. What is the probability "
                  "that it does not break down on any of the next 3 days?", "125/216")
    # (3/4)^2 = 9/16, the subject named again as 'the kettle'
    assert_solved("Every morning my old kettle has a 3/4 chance of boiling first time. What is "
                  "the probability that the kettle boils first time on both of the next 2 "
                  "mornings?", "9/16")


def test_more_ways_to_say_the_chance():
    # a doing said with 'with probability': C(3,1) (2/5) (3/5)^2 = 54/125
    assert_solved("Dev cycles to school each morning with probability 2/5. What is the "
                  "probability that he cycles to school on exactly 1 of the next 3 mornings?",
                  "54/125")
    # a subject of three words and no 'on' before the count: C(2,1) (1/10) (9/10) = 9/50
    assert_solved("The chance that the night bus breaks down on a given day is 10%. What is the "
                  "probability that it breaks down exactly 1 of the next 2 days?", "9/50")


def test_days_said_by_a_visit():
    # C(3,2) (2/5)^2 (3/5) = 36/125
    assert_solved("Each day a food truck has a 2/5 chance of selling tacos. Ben visits the food "
                  "truck on 3 days. What is the probability that it sells tacos on exactly 2 of "
                  "the 3 days?", "36/125")


def test_a_week_is_seven_days():
    # C(7,6) (1/2)^7 + (1/2)^7 = 8/128 = 1/16
    assert_solved("Every day for a week, Zoe's cat has a 1/2 chance of sleeping on the sofa. "
                  "What is the probability that the cat sleeps on the sofa on at least 6 of the "
                  "7 days?", "1/16")


@pytest.mark.parametrize("problem", [
    # a chance with no day said
    "Dev cycles to school with probability 2/5. What is the probability that he cycles to "
    "school on exactly 1 of the next 3 mornings?",
    # another doing asked than the one whose chance is told
    "Each day a corner shop has a 1/4 chance of running out of milk. What is the probability "
    "that it runs out of bread on exactly 2 of the next 3 days?",
    # another subject
    "Each day a corner shop has a 1/4 chance of running out of milk. What is the probability "
    "that the bakery runs out of milk on exactly 2 of the next 3 days?",
    # the number of days said twice, differently
    "Every day for a week, Zoe's cat has a 1/2 chance of sleeping on the sofa. What is the "
    "probability that the cat sleeps on the sofa on exactly 3 of the 5 days?",
    # the visit is to another place than the one whose chance is told
    "Each day a food truck has a 2/5 chance of selling tacos. Ben visits the park on 3 days. "
    "What is the probability that it sells tacos on exactly 2 of the 3 days?",
    # no number of days
    "Each day a corner shop has a 1/4 chance of running out of milk. What is the probability "
    "that it runs out of milk on exactly 2 of the days?",
    # days in a row
    "Each day a corner shop has a 1/4 chance of running out of milk. What is the probability "
    "that it runs out of milk on 2 days in a row out of the next 3?",
    # a chance that depends on the day before
    "Each day a corner shop has a 1/4 chance of running out of milk, but the day after it runs "
    "out the chance is 1/2. What is the probability that it runs out of milk on exactly 2 of "
    "the next 3 days?",
    # a denied doing counted on so many days is not read
    "Each day a corner shop has a 1/4 chance of running out of milk. What is the probability "
    "that it does not run out of milk on exactly 2 of the next 3 days?",
])
def test_near_misses_decline(problem: str):
    assert solve_now(problem).answer is None
