"""The time a task takes when one doer's speed is a multiple of another's (our own problems;
each answer worked by hand in the comment)."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now


@pytest.mark.parametrize(("problem", "answer"), [
    # 4 times the speed: a quarter of 120 minutes
    ("My sister reads four times as fast as I do. If it takes me 2 hours to read a novel, how "
     "many minutes will it take my sister to read the same novel?", "30"),
    # the slower one takes twice as long
    ("Ann paints twice as fast as Ben. It takes Ann 4 hours to paint a fence. How long does it "
     "take Ben to paint the fence?", "8"),
    # 1.25 times the speed: 50 / 1.25
    ("Kim types 25% faster than Lee. It takes Lee 50 minutes to type the report. How many "
     "minutes does it take Kim to type the report?", "40"),
    # 2/3 of the speed: 30 * 3/2
    ("Jo can mow the lawn in 30 minutes. Max mows two-thirds as fast as Jo. How many minutes "
     "does it take Max to mow the lawn?", "45"),
    # one hour is 60 minutes, a third of it
    ("Carl swims three times as fast as Dee. It takes Dee 1 hour to swim across the lake. How "
     "many minutes does it take Carl to swim across the lake?", "20"),
    ("My brother runs 1.5 times as fast as I do. It takes me 12 minutes to run to the park. "
     "How many minutes will it take my brother to run to the park?", "8"),
    # doers named by a letter, the task's object told with the speed: 6 / 2; 2 * 3
    ("Pipe A fills the tank twice as fast as pipe B. It takes pipe B 6 hours to fill the tank. "
     "How long does it take pipe A to fill the tank?", "3"),
    ("Pump A drains the pool 3 times as fast as pump B. It takes pump A 2 hours to drain the "
     "pool. How many hours does it take pump B to drain the pool?", "6"),
])
def test_times(problem, answer):
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", [
    # "three times faster" is read two ways
    "Ann paints three times faster than Ben. It takes Ann 4 hours to paint a fence. How long "
    "does it take Ben to paint the fence?",
    # another task
    "Ann paints twice as fast as Ben. It takes Ann 4 hours to paint a fence. How long does it "
    "take Ben to paint the house?",
    # a third person
    "Ann paints twice as fast as Ben. It takes Ann 4 hours to paint a fence. How long does it "
    "take Cal to paint the fence?",
    # the speed compared is typing, the time is for painting
    "Ann types twice as fast as Ben. It takes Ann 4 hours to paint a fence. How long does it "
    "take Ben to paint the fence?",
    # working together is another question
    "Ann paints twice as fast as Ben. It takes Ann 4 hours to paint a fence. How long does it "
    "take Ann and Ben together to paint the fence?",
    # the speeds are compared filling the pool, the time is for the tank
    "Pipe A fills the pool twice as fast as pipe B. It takes pipe B 6 hours to fill the tank. "
    "How long does it take pipe A to fill the tank?",
    "Pipe A fills the tank twice as fast as pipe B. It takes pipe B 6 hours to fill the tank. "
    "How long does it take pipes A and B together to fill the tank?",
    "Ann paints 20% slower than Ben. It takes Ann 4 hours to paint a fence. How long does it "
    "take Ben to paint the fence?",
])
def test_declined(problem):
    assert solve_now(problem).answer is None
