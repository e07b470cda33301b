"""The time between two clock times (`prealgebra.elapsed_times`). Our own problems; the
spans worked by hand from minutes after midnight."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 9:40 -> 13:15: 795 - 580
    ("A train leaves at 9:40 a.m. and arrives at 1:15 p.m. How many minutes does the trip "
     "take?", "215"),
    ("How many minutes are there from 10:35 a.m. to 2:10 p.m.?", "215"),
    ("A movie starts at 7:45 p.m. and ends at 9:20 p.m. How long is the movie in minutes?", "95"),
    # past midnight: 375 + 1440 - 1350
    ("Sara fell asleep at 10:30 PM and woke up at 6:15 AM. How many minutes did she sleep?",
     "465"),
    ("Sara fell asleep at 10:30 p.m. and woke up at 6:00 a.m. How many hours did she sleep?",
     "\\frac{15}{2}"),
    # across noon; noon named
    ("The meeting ran from 11:50 a.m. until 12:25 p.m. How many minutes long was it?", "35"),
    ("A flight departs at noon and lands at 3:30 p.m. How many minutes is the flight?", "210"),
    ("A flight departs at 11:20 a.m. and lands at 2:05 p.m. How many hours long is the "
     "flight?", "\\frac{11}{4}"),
    ("Ann leaves home at 7:50 a.m. and walks to school, arriving at 8:25 a.m. How many "
     "minutes does her walk take?", "35"),
    ("A store opens at 9 a.m. and closes at 6 p.m. How many hours is it open?", "9"),
])
def test_elapsed_times(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # no a.m. or p.m.: 95 minutes or 13 hours 35 minutes
    "A movie starts at 7:45 and ends at 9:20. How long is the movie in minutes?",
    # something changes the span
    "A train leaves at 9:40 a.m. and arrives 20 minutes late at 1:15 p.m. How many minutes "
    "does the trip take?",
    "A train leaves at 9:40 a.m. and stops for 15 minutes before arriving at 1:15 p.m. How "
    "many minutes is it moving?",
    "A bus leaves at 8:15 a.m. and arrives at 11:45 a.m. each day. How many hours does it "
    "travel in a week?",
    # the end told first
    "A class ends at 2:30 p.m. and began at 1:45 p.m. How many minutes long is the class?",
    # not a time of day
    "A film starts at 13:15 p.m. and ends at 3:00 p.m. How many minutes long is it?",
])
def test_elapsed_times_not_read_are_declined(problem):
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # a 24-hour clock, told by an hour past 12: 13:20 - 10:35 = 2 h 45 min
    ("A bus leaves at 10:35 and arrives at 13:20. How many minutes is the ride?", "165"),
    # past midnight: 23:40 to 02:10 is 2 h 30 min
    ("The party starts at 23:40 and ends at 02:10. How long is it in minutes?", "150"),
    # a leading zero says so too: 07:30 to 09:00
    ("A class starts at 07:30 and finishes at 09:00. How many hours is the class?",
     "\\frac{3}{2}"),
])
def test_times_on_a_24_hour_clock(problem: str, answer: str) -> None:
    got = solve_now(problem)
    assert got.answer == answer and got.confirmed


@pytest.mark.parametrize("problem", [
    "A bus leaves at 10:35 and arrives at 13:75. How many minutes is the ride?",  # no such time
    "A bus leaves at 10:35 and arrives at 25:20. How many minutes is the ride?",
    "A bus leaves at 10:35 and arrives at 1:20 pm. How many minutes is the ride?",  # mixed
])
def test_times_no_24_hour_clock_has_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
