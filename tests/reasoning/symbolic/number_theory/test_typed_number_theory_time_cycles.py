"""Days of the week, months and the hours of a 12-hour clock as cycles
(`number_theory.time_cycles`). Our own problems; each answer found again here by walking a
calendar (Python's datetime) or a clock hour by hour, plus near misses that must decline."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

# 2024-01-01 was a Monday: a real calendar to walk
_MONDAY = date(2024, 1, 1)
_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _day(start: str, days: int) -> str:
    at = _MONDAY + timedelta(days=_NAMES.index(start) + days)
    return at.strftime("%A")


def _hour(start: int, hours: int) -> int:
    h = start
    for _ in range(hours):
        h = 1 if h == 12 else h + 1
    return h


@pytest.mark.parametrize(("problem", "answer"), [
    ("Today is a Thursday. Which day of the week will it be 59 days from today?",
     _day("Thursday", 59)),
    ("Which day of the week was it 45 days before Saturday?", _day("Saturday", -45)),
    ("If today is Sunday, what day of the week was it 365 days ago?", _day("Sunday", -365)),
    ("What day of the week will it be in 500 days, given that today is Tuesday?", None),
    ("It is now November. What month will it be 30 months from now?", "May"),
    ("Which month was it 14 months before February?", "December"),
])
def test_days_and_months(problem, answer):
    if answer is None:
        answer = _day("Tuesday", 500)
    assert_solved(problem, f"\\text{{{answer}}}")


@pytest.mark.parametrize(("problem", "start", "hours"), [
    ("If it is 11 o'clock, what time will it be 50 hours from now?", 11, 50),
    ("It is 6 o'clock. What time will it be in 3000 hours on a 12-hour clock?", 6, 3000),
    ("It is now 4 o'clock. What time will it be on a 12-hour clock 333 hours from now?", 4, 333),
])
def test_clock_hours(problem, start, hours):
    assert_solved(problem, str(_hour(start, hours)))


@pytest.mark.parametrize("problem", [
    # the start said twice, or not at all
    "If today is Monday, what day of the week will it be 10 days after Friday?",
    "What day of the week will it be in 12 days?",
    # a.m. or p.m. asked; an hour that is not on a 12-hour clock
    "It is 3 o'clock. What time will it be in 25 hours, a.m. or p.m.?",
    "It is 15 o'clock. What time will it be in 7 hours?",
])
def test_unsettled_cycles_decline(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 27 days on from a Thursday: 27 = 7 \cdot 3 + 6
    ("If May 2 is a Thursday, what day of the week is May 29?", r"\text{Wednesday}"),
    # June 10 to July 22: 20 + 22 = 42 days, six weeks
    ("If June 10 is a Saturday, what day of the week is July 22?", r"\text{Saturday}"),
    # 14 days back
    ("If November 20 is a Sunday, on what day of the week does November 6 fall?",
     r"\text{Sunday}"),
])
def test_dates_in_one_year(problem, answer):
    assert_solved(problem, answer)


def test_dates_across_the_end_of_february_decline():
    assert solve_now("If February 10 is a Monday, what day of the week is March 10?"
                     ).answer is None


@pytest.mark.parametrize(("problem", "first", "weekday", "then"), [
    # dates written "the 5th of May", "May 5th": walked on a real calendar of a year
    ("The 4th of May was a Friday. On what day of the week was the 27th of May?",
     (5, 4), "Friday", (5, 27)),
    ("If August 2nd is a Wednesday, what day of the week is September 19th?",
     (8, 2), "Wednesday", (9, 19)),
])
def test_dates_written_with_ordinals(problem, first, weekday, then):
    days = (date(2023, *then) - date(2023, *first)).days
    assert_solved(problem, f"\\text{{{_day(weekday, days)}}}")


def test_ordinal_dates_across_february_decline():
    assert solve_now("If the 30th of January is a Monday, what day of the week is the 3rd of "
                     "March?").answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # the 20th time is 19 * 4 = 76 months after February: 76 = 6 * 12 + 4
    ("Every 4 months, Ana cleans the gutters. She first cleaned them in February. In what "
     "month will she clean them for the 20th time?", "June"),
    # 11 * 7 = 77 months after October: 77 = 6 * 12 + 5
    ("Every 7 months the club holds a raffle. It held its first raffle in October. In which "
     "month is the raffle held the 12th time?", "March"),
    # the 10th time is 9 * 3 = 27 days after a Monday
    ("Every 3 days Mia waters her ferns. She watered them for the first time on a Monday. On "
     "what day of the week will she water them the 10th time?", _day("Monday", 27)),
])
def test_the_nth_time_of_a_repeat(problem, answer):
    assert_solved(problem, f"\\text{{{answer}}}")


@pytest.mark.parametrize("problem", [
    # a skipped time, or another number in the story
    "Every 4 months, Ana cleans the gutters, except in winter. She first cleaned them in "
    "February. In what month will she clean them for the 20th time?",
    "Every 4 months, Ana cleans 2 gutters. She first cleaned them in February. In what month "
    "will she clean them for the 20th time?",
    # days counted, a month asked
    "Every 3 days Mia waters her ferns. She watered them for the first time in May. In what "
    "month will she water them the 10th time?",
])
def test_repeats_with_other_conditions_decline(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "start", "days"), [
    ("What day of the week will it be 100 days after a Friday?", "Friday", 100),
    ("What day of the week is 40 days after a Tuesday?", "Tuesday", 40),
    ("What day of the week was it 33 days before a Sunday?", "Sunday", -33),
    # today is told by yesterday or tomorrow
    ("If yesterday was Sunday, what day of the week will it be in 30 days?", "Monday", 30),
    ("If tomorrow is Saturday, what day of the week was it 10 days ago?", "Friday", -10),
    ("Tomorrow will be Monday. What day of the week will it be 15 days from today?", "Sunday",
     15),
    # two days of one month, the month not named
    ("If the 5th of a month is a Tuesday, what day of the week is the 30th of that month?",
     "Tuesday", 25),
    ("If the 23rd day of a month is a Saturday, on what day of the week was the 2nd of that "
     "month?", "Saturday", -21),
    ("The 1st of the month is a Wednesday. What day of the week is the 19th?", "Wednesday", 18),
    # the day of birth is the first day of a life
    ("Maria was born on a Monday. On what day of the week was the 500th day of her life?",
     "Monday", 499),
    ("If Tom was born on a Friday, what day of the week was the 100th day of his life?",
     "Friday", 99),
])
def test_days_counted_from_a_named_day(problem: str, start: str, days: int) -> None:
    got = solve_now(problem)
    assert got.answer == f"\\text{{{_day(start, days)}}}" and got.confirmed


@pytest.mark.parametrize("problem", [
    "If the 5th of a month is a Tuesday, what day of the week is the 40th of that month?",
    "If today is Monday, what day of the week will it be 10 days after a Friday?",  # two starts
    "If yesterday was Sunday, what day of the week will it be in 30 weeks?",
    "Maria was born on a Monday. On what day of the week was her 500th birthday party?",
])
def test_named_day_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
