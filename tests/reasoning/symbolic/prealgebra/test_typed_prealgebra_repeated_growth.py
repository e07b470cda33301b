"""An amount multiplied by the same factor every period (prealgebra/repeated_growth.py): the
amount after a whole number of periods, and the time after which it is exactly a stated
number. Our own stories, answers worked out by hand; near misses (a total over all periods,
"more than", a time that is part of a period, another unit, the start asked, a second change,
the change itself asked) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 12 / 3 = 4 periods: 200 * 3^4
    ("A colony of $200$ bacteria triples every 3 hours. How many bacteria are there after "
     "12 hours?", "16200"),
    ("There are 150 yeast cells in a jar now, and the cells double every 2 hours. How many "
     "cells will there be in 8 hours?", "2400"),
    # 15 / 5 = 3 halvings: 640 / 8
    ("A sample of 640 grams halves every 5 days. How many grams are left after 15 days?", "80"),
    ("A sample of 640 grams is cut in half every 5 days. How much of the sample remains after "
     "20 days?", "40"),
    # 1000 * 1.2^3
    ("The population of a village is 1000 and is increasing by 20% each year. What is the "
     "population after 3 years?", "1728"),
    ("A town of 2500 people grows by $10\\%$ every year. What is its population after 2 "
     "years?", "3025"),
    # 64 * (3/4)^2
    ("A pond has 64 fish. The number of fish decreases by 25 percent each month. How many fish "
     "are left after 2 months?", "36"),
    ("A lab dish holds 5 amoebas, and the number of amoebas quadruples each day. How many "
     "amoebas are in the dish after 3 days?", "320"),
]

TIMES = [
    # 32000 / 500 = 64 = 2^6: six periods of 4 hours
    ("A culture of 500 bacteria doubles in number every four hours. In how many hours will "
     "there be exactly 32000 bacteria?", "24"),
    # 3240 / 40 = 81 = 3^4
    ("A culture of 40 cells triples each day. In how many days will there be 3240 cells?", "4"),
    ("Right now a petri dish contains 7 cells. The cells double every 3 minutes. After how "
     "many minutes will the dish contain 224 cells?", "15"),
    # 96 / 3 = 32 = 2^5: five halvings of 2 weeks
    ("A tank holds 96 ounces of water and the amount halves every 2 weeks. How many weeks "
     "will it take until there are 3 ounces?", "10"),
]

NEAR_MISSES = [
    # a total over all the periods is not the amount at the end
    "A colony of 100 bacteria doubles every 3 hours. How many bacteria are there in all after "
    "9 hours?",
    # "more than": a least time, not read here
    "A colony of 100 bacteria doubles every 3 hours. After how many hours will there be more "
    "than 1000 bacteria?",
    # ten hours is not a whole number of 3-hour periods
    "A colony of 100 bacteria doubles every 3 hours. How many bacteria are there after 10 "
    "hours?",
    # days against hours
    "A colony of 100 bacteria doubles every 3 hours. How many bacteria are there after 2 days?",
    # the amount later is told and the start is asked
    "The number of bacteria doubles every hour. After 5 hours there are 3200 bacteria. How "
    "many were there at the start?",
    # a second change
    "A colony of 100 bacteria doubles every 3 hours and half of them die every 6 hours. How "
    "many bacteria are there after 6 hours?",
    # the part that decays is asked, not what is left
    "A sample of 640 grams halves every 5 days. How much of it decays in 10 days?",
    # a percent of the start is asked
    "A population of 1000 grows by 20% each year. What percent of the start is it after 3 "
    "years?",
    # the amount asked in another unit than the one told
    "A sample of 640 grams halves every 5 days. How many grams are left after 15 days, in "
    "kilograms?",
    "A sample of 2 kilograms halves every 5 days. How many grams are left after 10 days?",
    # no whole number of periods reaches the target
    "A culture of 40 cells triples each day. In how many days will there be 1000 cells?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_growth_amount_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), TIMES)
def test_growth_time_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_growth_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


def test_a_starting_amount_without_a_noun() -> None:
    # "a population of 5000": no noun after the number (once an IndexError in the reader);
    # 5000 * 1.2 * 1.2 = 7200
    assert_solved("A population of 5000 grows by 20% each year. What is the population after "
                  "2 years?", "7200")


@pytest.mark.parametrize(("problem", "answer"), [
    # 30 * 3^3 = 810 <= 2000 < 2430 = 30 * 3^4: 4 periods of 2 days
    ("A culture of 30 cells triples every 2 days. After how many days will there first be "
     "more than 2000 cells?", "8"),
    # 960 -> 480 -> 240 -> 120 -> 60: the first below 100 is after 4 halvings
    ("A sample of 960 grams halves every year. After how many years will there first be less "
     "than 100 grams left?", "4"),
    # "at least": 25 * 2^6 = 1600 reaches 1600 exactly
    ("A colony of 25 ants doubles every month. How many months will it take for the colony "
     "to first have at least 1600 ants?", "6"),
])
def test_the_first_time_past_a_threshold(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a growing amount never falls below
    "A culture of 30 cells triples every 2 days. After how many days will there first be "
    "fewer than 10 cells?",
    # passed already at the start
    "A culture of 300 cells triples every 2 days. After how many days will there first be "
    "more than 200 cells?",
])
def test_a_threshold_never_passed_declines(problem: str) -> None:
    assert solve_now(problem).answer is None
