"""Trips made of legs at steady speeds (prealgebra/motion.py): the average speed of a whole trip,
a round trip's speed back from its average, the distance one way or in all from times and an
average, a time from a distance and a speed or a pace, units converted inside the story. Our own
stories, answers worked out by hand; near misses (a stop, two movers, "how many more", "a
different path", a leg not fixed, no distance, two people's legs) must decline."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

SOLVED = [
    # 210 miles in 2 + 2 hours
    ("Dana drives 120 miles at 60 mph and then 90 miles at 45 mph. What is her average speed, "
     "in miles per hour, for the whole trip?", "52.5"),
    # 30 + 12 km in 3 hours
    ("A cyclist rides for 2 hours at 15 km/h and then for 1 hour at 12 km/h. What is the "
     "cyclist's average speed in km/h?", "14"),
    # 2d / (d/3 + d/6) = 4, whatever d is
    ("Leo walks to the park at 3 miles per hour and walks back home along the same path at 6 "
     "miles per hour. What is his average speed for the round trip?", "4"),
    # 2d / (d/40 + d/60) = 48
    ("Going to work at 40 km/h and returning by the same road at 60 km/h, what is the average "
     "speed for the round trip?", "48"),
    # 6 miles in 3/4 hour
    ("Kim jogs a 6-mile loop in 45 minutes. What is her average speed in miles per hour?", "8"),
    # 300 miles in 5 hours; 3 hours out, 2 back
    ("A car travels the 150 miles from $P$ to $Q$ at 50 miles per hour and returns on the same "
     "road. If the average speed for the round trip is 60 miles per hour, what is its speed on "
     "the way back?", "75"),
    # 36 minutes at 5 mph is 3 miles in all, 1.5 each way
    ("Ravi runs to the store in 12 minutes and walks back home by the same route in 24 "
     "minutes. His average speed for the whole trip is 5 miles per hour. How many miles is it "
     "to the store?", "3/2"),
    # 40 minutes at 6 mph: 4 miles in all
    ("Pia skates to the rink in 15 minutes. Using the same path, it takes Pia 25 minutes to "
     "get back home. If her average skating speed for the whole trip is 6 miles per hour, how "
     "many miles long is the whole trip?", "4"),
    # 5 miles at 9 minutes a mile
    ("Uma runs 5 miles at a pace of 9 minutes per mile. How many minutes does her run take?",
     "45"),
    # 1500 km in 2.5 hours
    ("A plane flies 900 kilometers in 1.5 hours and then 600 kilometers in 1 hour. What is its "
     "average speed for the entire journey, in kilometers per hour?", "600"),
    # 30 feet in 120 seconds
    ("A bug crawls 30 feet in 2 minutes. What is its speed in feet per second?", "1/4"),
    # 3 mph for 2 hours, 8 mph for 1 hour
    ("Jo walks 1.5 miles every 30 minutes for 2 hours and then runs 4 miles every 30 minutes "
     "for 1 hour. What is her average speed in miles per hour for the whole walk?", "14/3"),
    # 12/16 hour
    ("Jen cycles 12 miles at 16 miles per hour. How many minutes does the ride take?", "45"),
    # "what is the total distance": 50 * 3 + 40 * 1.5 = 210
    ("A bus travels at 50 miles per hour for 3 hours, then at 40 miles per hour for 1.5 hours. "
     "What is the total distance?", "210"),
    # a speed asked in no unit: the story's miles (kilometers) per hour, meters per second
    ("A van goes 210 miles in 3.5 hours. What is its average speed?", "60"),
    ("A ferry covers 54 km in 3 hours. How fast is it going?", "18"),
    ("A swimmer swims 100 meters in 80 seconds. What is her speed?", "5/4"),
    # 5 + 7 miles in 1 + 1/2 hours
    ("Pia cycles 5 miles in 1 hour and then 7 miles in 30 minutes. What is her average "
     "speed?", "8"),
]

NEAR_MISSES = [
    # a stop changes the average: not read
    "Dana drives 120 miles at 60 mph, stops for 30 minutes, and then drives 90 miles at 45 mph. "
    "What is her average speed for the whole trip?",
    # two movers, one of them after the other: not one trip (two_movers declines it too)
    "A bus leaves a town at 40 mph. Two hours later a car leaves the town at 60 mph on the same "
    "road. How many hours after the car leaves does it catch the bus?",
    # "how many more"
    "Ann walks 3 miles at 4 miles per hour. Bob walks 5 miles at 5 miles per hour. How many more "
    "minutes does Bob walk than Ann?",
    # a different path back: not the same distance
    "Leo walks to the park at 3 mph and walks back by a different path at 6 mph. What is his "
    "average speed?",
    # the second leg is not fixed
    "Sue drives 100 miles at 50 mph and then 60 miles. What is her average speed?",
    # a pace asked (minutes per mile): not read
    "Uma runs 6 miles in 48 minutes. What is her pace in minutes per mile?",
    # no distance
    "Kim jogs a loop in 45 minutes. What is her average speed in miles per hour?",
    # two people's legs are not one trip
    "Ann drives 100 miles at 50 mph. Bob drives 60 miles at 30 mph. What is the average speed?",
    # a speed asked in no unit from miles and minutes only (per hour or per minute?), or feet
    "Sam walks 3 miles in 45 minutes. What is his speed?",
    "A snail crawls 6 feet in 4 minutes. How fast is it going?",
]


@pytest.mark.parametrize(("problem", "answer"), SOLVED)
def test_motion_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_motion_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # the mover told, or a pronoun: 70 * 3
    ("A bus travels at 70 km/h for 3 hours. How far does the bus go?", "210"),
    ("A bus travels at 70 km/h for 3 hours. How far does it go?", "210"),
])
def test_the_mover_told_is_answered(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


def test_another_mover_asked_declines() -> None:
    # nothing is told of the truck
    assert solve_now("A bus travels at 70 km/h for 3 hours. How far does the truck go?"
                     ).answer is None
