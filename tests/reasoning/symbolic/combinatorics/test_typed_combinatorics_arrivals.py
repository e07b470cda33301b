"""Two arrivals at random times in a window, with stays: the probability that the stays
overlap. Our own problems; the areas are worked out by hand in the comments (minutes)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.combinatorics.arrivals import window
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # |x - y| <= 20 in a 60-minute square: 1 - (40/60)^2
    ("Two students arrive independently at random times between 3:00 and 4:00 and each waits "
     "20 minutes for the other. What is the probability that they meet?", "5/9"),
    ("Ann and Bo each arrive at the gym at a random time between 3 p.m. and 4 p.m.; they each "
     "stay for 20 minutes. Find the chance that Ann and Bo see each other.", "5/9"),
    # x <= y <= x + 10: 50 * 10 + 10 * 10 / 2 = 550 of 3600
    ("A shuttle arrives at random between 7:00 and 8:00 a.m. and waits 10 minutes. Kim also "
     "arrives at a random time between 7:00 and 8:00 a.m. Find the probability that the shuttle "
     "is still there when Kim arrives.", "11/72"),
    # 1 - (45/60)^2
    ("Two friends arrive independently at random times between noon and 1 p.m., and each "
     "waits 15 minutes for the other. Find the probability that they meet.", "7/16"),
    # a two-hour window: 1 - (90/120)^2
    ("Cal and Dee each arrive at the park at a random time between 1 p.m. and 3 p.m.; each "
     "stays for 30 minutes. What is the probability that they see each other?", "7/16"),
    # a two-word place, 12 minutes: 1 - (48/60)^2
    ("Two colleagues arrive independently at random times between 2:00 p.m. and 3:00 p.m. at "
     "the coffee shop; each stays for 12 minutes and then leaves. Find the chance that they "
     "meet.", "9/25"),
])
def test_stays_that_overlap(problem, answer):
    assert_solved(problem, answer)


def test_windows_that_differ():
    # Eve in [0, 60], Fay in [30, 90] (minutes after 1:00), each stays 10:
    # meet iff |x - y| <= 10. Area of the band inside [0,60]x[30,90]:
    # the band between y = x - 10 and y = x + 10 for x in [20, 60] clipped to y >= 30:
    # x in [20, 40]: y from 30 to x + 10 -> x - 20; x in [40, 60]: length 20.
    # integral: 200 + 400 = 600, of 3600 -> 1/6
    assert_solved("Eve arrives at the cafe at a random time between 1:00 and 2:00 and stays "
                  "for 10 minutes. Fay arrives at the cafe at a random time between 1:30 and "
                  "2:30 and stays for 10 minutes. What is the probability that they meet?", "1/6")


@pytest.mark.parametrize("problem", [
    # nobody stays: the overlap has no area, and the text does not say how long
    "Ann and Bo each arrive at the gym at a random time between 3 p.m. and 4 p.m. Find the "
    "chance that they meet.",
    # the question names someone who never arrives
    "Ann and Bo each arrive at the gym at a random time between 3 p.m. and 4 p.m.; they each "
    "stay for 20 minutes. Find the chance that Ann and Cy see each other.",
    # the window runs backwards
    "Ann and Bo each arrive at the gym at a random time between 4 p.m. and 3 p.m.; they each "
    "stay for 20 minutes. Find the chance that they meet.",
    # an unread condition
    "Ann and Bo each arrive at the gym at a random time between 3 p.m. and 4 p.m.; they each "
    "stay for 20 minutes. Find the chance that they do not meet before 3:30.",
    # the shuttle never waits
    "A shuttle arrives at random between 7:00 and 8:00 a.m. Kim also arrives at a random time "
    "between 7:00 and 8:00 a.m. Find the probability that the shuttle is still there when Kim "
    "arrives.",
])
def test_near_misses_decline(problem):
    assert solve_now(problem).answer is None


def test_clock_windows():
    assert window("#9 a.m. and #10 a.m.") == (540, 600)
    assert window("noon and #1 p.m.") == (720, 780)
    assert window("#11 and #1 pm") == (660, 780)
    assert window("#1: #30 and #2: #15") == (90, 135)


def test_a_wait_before_leaving():
    # Kim comes within 20 minutes after the ferry: (60*20 - 20*20/2) / 3600 = 5/18
    assert_solved("A ferry arrives at a random time between 9:00 and 10:00 and waits 20 minutes "
                  "before leaving. Kim arrives at a random time between 9:00 and 10:00. What is "
                  "the probability that the ferry is there when Kim arrives?", "5/18")
