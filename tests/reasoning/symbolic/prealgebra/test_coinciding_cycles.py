"""Things that repeat with their own periods and happen together again
(prealgebra/coinciding_cycles.py): the least common multiple of the periods. Our own stories,
answers worked out by hand, and the clock time of the next meeting when the start is told as
one; near misses (another question, a start offset, a period that is not whole, two units, a
skipped day, a clock time past the twelve hours without a.m. or p.m.) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # lcm(4, 6, 10) = 60: ordinals written "4th", in words, and a plain count
    ("Gina works every 4th day, Hal works every sixth day and Ivy works every 10 days. Today "
     "they all work. In how many days will they next all work on the same day?", "60"),
    # a list of periods in one unit: lcm(8, 12, 18) = 72
    ("Three lights blink every 8, 12 and 18 seconds. They blink together now. After how many "
     "seconds will they next blink together?", "72"),
    # 'one ... the other', the start at noon: lcm(15, 25) = 75
    ("Two buses leave the depot together at noon; one leaves every 15 minutes and the other "
     "every 25 minutes. What is the least number of minutes before they leave together "
     "again?", "75"),
    # laps around a track: lcm(6, 9, 12) = 36
    ("Maria, Tom and Lee start jogging around a track at the same time. Maria completes a lap "
     "every 6 minutes, Tom every 9 minutes and Lee every 12 minutes. In how many minutes will "
     "all three next be at the starting line together?", "36"),
    # 'every third day', 'from today': 15
    ("Omar visits the library every third day and Priya visits it every fifth day. They were "
     "both at the library today. How many days from today will they next both be at the "
     "library on the same day?", "15"),
    ("Two bells ring together. One rings every 14 minutes and the other rings every 21 "
     "minutes. After how many minutes will they ring together again?", "42"),
    ("Kai mows lawns every 2 weeks, and Lena mows every 3 weeks. Both mowed this week, "
     "together. In how many weeks will they next mow together?", "6"),
    # 'every other day' is every 2nd day: lcm(2, 3, 4, 5) = 60
    ("Four friends volunteer at a shelter: Ana every other day, Bo every third day, Cy every "
     "fourth day and Di every fifth day. Today they are all volunteering together. In how many "
     "days will they next volunteer together?", "60"),
    ("A red light flashes every 6 seconds and a green light flashes every 10 seconds. They "
     "flash at the same time now. How many seconds until they next flash at the same time?",
     "30"),
    # numbers in dollar signs, 'first meet again'
    ("Zed runs a lap every $5$ minutes and Yara runs a lap every $7$ minutes. They start "
     "together at the start line. After how many minutes will they first meet again at the "
     "start line?", "35"),
    # school days asked in school days: lcm(4, 6, 9) = 36
    ("Three coaches are on duty together today. Coach Ruiz is on duty every 4th school day, "
     "Coach Kim every 6th school day and Coach Obi every 9th school day. In how many school "
     "days will all three next be on duty together?", "36"),
    # one period divides another: lcm(3, 12) = 12
    ("The blue alarm beeps every 3 hours and the white alarm beeps every 12 hours. Both beep "
     "together at midnight. After how many hours will they beep together again?", "12"),
    # 'one ... another', lcm(10, 14) = 70; 'one ... another one', lcm(9, 15) = 45
    ("One fountain sprays every 10 seconds and another every 14 seconds. They spray together "
     "now. In how many seconds will they next spray together?", "70"),
    ("one siren sounds every 9 minutes and another one sounds every 15 minutes. they sounded "
     "together just now. how many minutes until they sound together again", "45"),
    # a start at a clock time, a count asked: lcm(12, 20) = 60
    ("Two buses leave the station together at 7:00 a.m. One leaves every 12 minutes and the "
     "other every 20 minutes. How many minutes until they next leave together?", "60"),
]

AT_TIMES = [
    # 8:05 a.m. + 36 minutes
    ("Two bells ring together at 8:05 a.m. One rings every 12 minutes and the other every 18 "
     "minutes. At what time will they next ring together?", "8:41 a.m."),
    # 9:00 + lcm(5, 6, 8) = 120 minutes, on the same twelve hours
    ("Ana, Ben and Cal start running laps around a track together at 9:00. Ana completes a lap "
     "every 5 minutes, Ben every 6 minutes and Cal every 8 minutes. What is the earliest time "
     "when all three are back at the start line together?", "11:00"),
    # noon + 600 minutes
    ("Two buses leave the station together at noon. One leaves every 40 minutes and the other "
     "every 75 minutes. At what time will they next leave together?", "10:00 p.m."),
    # noon + lcm(14, 21) = 42 minutes
    ("Two bells ring every 14 minutes and every 21 minutes. They ring together at noon. At "
     "what time will they next ring together?", "12:42 p.m."),
]

NEAR_MISSES = [
    # 11:00 + 150 minutes is past the twelve hours: 1:30 with no a.m. or p.m. to tell which
    "Two alarms beep together at 11:00. One beeps every 30 minutes and the other every 25 "
    "minutes. At what time will they next beep together?",
    # a clock time after periods in seconds
    "Two lights flash together at 9:00 a.m. One flashes every 8 seconds and the other every 12 "
    "seconds. At what time will they next flash together?",
    # not the next time: they ring together at the start too
    "Two bells ring together at 8:05 a.m. One rings every 12 minutes and the other every 18 "
    "minutes. At what time do they ring together?",
    # one of them alone is asked
    "Gina works every 4th day and Hal works every 6 days. Today they both work. In how many "
    "days will Hal work next?",
    # a count of meetings, not the next one
    "Three lights blink every 8, 12 and 18 seconds. They blink together now. How many times "
    "will they blink together in the next 5 minutes?",
    # a skipped day changes the count
    "Omar visits every third day and Priya every fifth day, but Priya skips Sundays. They "
    "were both there today. In how many days will they next both be there on the same day?",
    # two units
    "A red light flashes every 6 seconds and a green light every 10 minutes. They flash "
    "together now. How many seconds until they next flash together?",
    # a period that is not whole
    "Lights blink every 2.5 and 4 seconds. They blink together now. After how many seconds "
    "will they next blink together?",
    # not together at the start
    "Gina works every 4th day and Hal works every 6th day. Gina worked today and Hal worked "
    "yesterday. In how many days will they next work on the same day?",
    # school days asked as days
    "Coach Ruiz is on duty every 4th school day and Coach Kim every 6th school day. Today they "
    "are both on duty. In how many days will they next be on duty together?",
    # the second meeting
    "Two bells ring together. One rings every 14 minutes and the other every 21 minutes. "
    "After how many minutes will they ring together for the second time?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_coinciding_cycles_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize(("problem", "answer"), AT_TIMES)
def test_coinciding_cycles_at_clock_times(problem: str, answer: str) -> None:
    assert solve_now(problem).answer == answer


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_coinciding_cycles_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None
