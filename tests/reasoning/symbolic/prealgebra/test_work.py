"""Work done together at constant rates (prealgebra/work.py), in more wordings: a verb
without "can" ("fills", "washes"), the job named again for the second worker, the question
with no job ("how many hours will it take them working together?") or opening with "working
together, ...". Our own stories, answers worked out by hand; near misses must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 1/(1/8 + 1/24) = 6
    ("Mara can tile a floor in 8 hours and Joe can tile it in 24 hours. How many hours will it "
     "take them working together?", "6"),
    ("One hose fills a pool in 10 hours and another fills it in 15 hours. Working together, "
     "how many hours do they take to fill the pool?", "6"),
    ("Mara can tile a floor in 8 hours and Joe can tile the floor in 24 hours. How many hours "
     "will it take them to tile the floor together?", "6"),
    # 1/(1/20 + 1/30) = 12
    ("Rita washes the van in 20 minutes and Sol washes it in 30 minutes. How many minutes does "
     "it take them to wash the van together?", "12"),
    # "working alone," said first; 1/(1/10 + 1/15) = 6
    ("Working alone, Kim can mow a lawn in 10 hours and Lee can mow it in 15 hours. How many "
     "hours will it take them to mow the lawn together?", "6"),
    # pipes named by letters, and "if both pipes are open"; 1/(1/6 + 1/3) = 2
    ("Pipe A can fill a tank in 6 hours and pipe B can fill it in 3 hours. How many hours will "
     "it take both pipes together to fill the tank?", "2"),
    ("One pipe can fill a tank in 6 hours and another pipe can fill it in 3 hours. How many "
     "hours will it take to fill the tank if both pipes are open?", "2"),
]

NEAR_MISSES = [
    # different jobs
    "Mara can tile a floor in 8 hours and Joe can tile a wall in 24 hours. How many hours will "
    "it take them working together?",
    # one worker alone
    "Mara can tile a floor in 8 hours and Joe can tile it in 24 hours. How many hours will it "
    "take Mara alone?",
    # two different verbs
    "Rita washes the van in 20 minutes and Sol paints it in 30 minutes. How many minutes does "
    "it take them working together?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_work_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_work_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 1/6 + 1/b = 1/4: b = 12
    ("Working together, Al and Bo can finish a job in 4 hours. Al alone takes 6 hours. How "
     "many hours would Bo take alone?", "12"),
    # 1/10 + 1/l = 1/6: l = 15
    ("Kim and Lee can paint a fence together in 6 hours. Kim can paint the fence alone in 10 "
     "hours. How many hours would it take Lee to paint the fence alone?", "15"),
    # 1/30 + 1/r = 1/20: r = 60
    ("Together, Ray and Sue can mow a lawn in 20 minutes. Sue alone takes 30 minutes. How many "
     "minutes would it take Ray alone?", "60"),
])
def test_one_workers_time_alone_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # a house is another job
    "Al and Bo can paint a fence together in 4 hours. Al can paint a house alone in 6 hours. "
    "How many hours would it take Bo alone?",
    # together cannot be slower than Al alone
    "Al and Bo can finish a job together in 8 hours. Al alone takes 6 hours. How many hours "
    "would Bo take alone?",
    # Cy does not work in the story
    "Al and Bo can finish a job together in 4 hours. Al alone takes 6 hours. How many hours "
    "would Cy take alone?",
    # minutes and hours
    "Al and Bo can finish a job together in 4 hours. Al alone takes 6 minutes. How many hours "
    "would Bo take alone?",
])
def test_one_workers_time_alone_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # 1/12 + 1/4 = 1/3
    ("Pipe C can fill a cistern in 12 hours. Pipe D can fill it in 4 hours. Working together, "
     "how many hours will it take to fill the cistern?", "3"),
    # 1/3 + 1/6 = 1/2: "working alone" opens the story
    ("Working alone, Rita can weed a garden in 3 hours and Omar can weed it in 6 hours. How "
     "many hours will it take them working together?", "2"),
])
def test_named_pipes_and_working_alone(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_a_pipe_that_empties_declines() -> None:
    assert solve_now("Pipe C can fill a cistern in 4 hours and pipe D can empty it in 6 hours. "
                     "Working together, how many hours will it take to fill the cistern?"
                     ).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # the verb said once; 1/3 + 1/6 = 1/2 of the job an hour
    ("Kim can mow a lawn in 3 hours and Lee in 6 hours. How long working together?", "2"),
    ("Tap A fills a sink in 10 minutes and tap B in 15 minutes. How many minutes with both "
     "taps open?", "6"),
    ("Rosa can wash the dishes in 20 minutes and Tom in 30 minutes. How long will it take them "
     "together?", "12"),
])
def test_said_briefly(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_said_briefly_in_two_units_declines() -> None:
    assert solve_now("Kim can mow a lawn in 3 hours and Lee in 6 days. How long working "
                     "together?").answer is None
