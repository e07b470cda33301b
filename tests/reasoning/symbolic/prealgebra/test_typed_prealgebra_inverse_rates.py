"""Inverse proportion told as a story (prealgebra/inverse_rates.py): two amounts whose product
stays the same - workers and time for one job, a speed and a time for one distance, the size
of an item and a count for one total. Our own stories, answers worked out by hand; near
misses (a direct proportion, a second job, "more", a trip that may differ, a count that is not
whole, a unit asked that is not the story's) must decline or stay with the direct readers."""

from __future__ import annotations

import pytest

from tests.solved_problems import assert_solved
from tutor.reasoning.symbolic.engine import solve_now

WORKERS = [
    # 6 * 4 = 24 painter-days; 24 / 8
    ("Six painters can paint a barn in 4 days. How many days would 8 painters need to paint "
     "the barn?", "3"),
    ("If 6 painters take 4 days to paint a barn, how long would it take 8 painters to paint "
     "it?", "3"),
    ("It took 5 hours for 12 pumps to drain a flooded field. With only 10 pumps working at "
     "the same rate, how many hours would it take to drain the field?", "6"),
    ("Nine cooks can make the soup for a festival in 2 hours. Working at the same rate, how "
     "many cooks would be needed to make it in 3 hours?", "6"),
    ("45 volunteers cleaned a beach in 8 days. Compute the number of days 30 volunteers "
     "would take to clean the beach.", "12"),
    ("Two tractors can plow a field in 9 hours. Find the number of hours 3 tractors would "
     "take to plow the field.", "6"),
    ("How many hours would it take 3 people to paint a fence if 4 people can paint it in 6 "
     "hours?", "8"),
    # 30 machine-hours for 300 parts; 200 parts need 20 machine-hours, shared by 8
    ("Six machines make 300 parts in 5 hours. How many hours do 8 machines take to make 200 "
     "parts?", "\\frac{5}{2}"),
    # once read as a direct proportion (12): the work, not the time per painter, stays fixed
    ("If 4 painters can paint a fence in 6 hours, how many hours would 8 painters take?", "3"),
    # 20 workers * 9 days = 180; 180 / 15
    ("A road crew of 20 workers finished a job in 9 days. How many days would the same job "
     "take 15 workers?", "12"),
    # 6 * 4 / 2 houses = 12 painter-days a house; 8 * x = 12 * 6
    ("Six painters paint 2 houses in 4 days. How many days do 8 painters need to paint 6 "
     "houses?", "9"),
]

SPEEDS = [
    # 12 * 3.5 = 42 miles; 42 / 3
    ("Kai cycled at 12 miles per hour for three and a half hours. At what speed, in miles "
     "per hour, must Lu cycle to cover the same distance in 3 hours?", "14"),
    ("A bus drove at 50 miles per hour for 6 hours. How many hours would a car at 60 miles "
     "per hour take to drive the same distance?", "5"),
    ("Driving at an average speed of 45 mph, Rosa needs 4 hours for a trip. How fast would "
     "she have to drive to make the same distance in 3 hours?", "60"),
    # 30 h/week * 10 weeks = $3000 -> $10 an hour; 12 weeks for $4800: 480 hours
    ("Ray works 30 hours per week for 10 weeks and earns $\\$3000$. At the same rate of pay, "
     "how many hours per week must he work for 12 weeks to earn $\\$4800$?", "40"),
    ("A machine fills 40 bottles per minute for 9 minutes. How many minutes does it need "
     "at 30 bottles per minute to fill the same number of bottles?", "12"),
]

MEASURES = [
    # 2 * 10 * 9 = 180 pounds; 2 * 15 * x = 180
    ("Mia carries two 10-pound bags up the stairs 9 times. If she carries two 15-pound bags "
     "instead, how many times must she carry them to move the same total weight?", "6"),
    ("A rider sits 6 feet from the center of a carousel and makes 20 turns. How many turns "
     "would a rider 10 feet from the center make to travel the same distance?", "12"),
    ("With a 3-foot stride Ana takes 400 strides to cross a field. How many strides does "
     "Ella, with a 2-foot stride, take to cover the same distance?", "600"),
]

TOLD = [
    # said in words to be inversely proportional: 20 * 60 = 30 * x
    ("The number of guests at a party is inversely proportional to the ticket price. When "
     "tickets cost $\\$20$, 60 guests come. How many guests come when tickets cost $\\$30$?",
     "40"),
    ("The number of days a food supply lasts is inversely proportional to the number of "
     "campers. It lasts 12 days for 10 campers. How many days does it last for 8 campers?",
     "15"),
    ("The current in a circuit is inversely proportional to its resistance. With a "
     "resistance of 8 ohms the current is 3 amperes. What is the new current, in amperes, "
     "when the resistance is 12 ohms?", "2"),
    ("At a fixed temperature the volume of a gas is inversely proportional to its pressure. "
     "A gas fills 6 liters at a pressure of 4 kPa. It is squeezed to a pressure of 8 kPa. "
     "What will the new volume be, in liters?", "3"),
    ("The time a trip takes varies inversely with the speed. At 40 miles per hour the trip "
     "takes 3 hours. How many hours does it take at 60 miles per hour?", "2"),
]

NEAR_MISSES = [
    # the new amount asked in another unit
    "The current in a circuit is inversely proportional to its resistance. With a resistance "
    "of 8 ohms the current is 3 amperes. What is the new current, in milliamperes, when the "
    "resistance is 12 ohms?",
    # inversely proportional to a square: not a plain product
    "The number of days a food supply lasts is inversely proportional to the square of the "
    "number of campers. It lasts 12 days for 10 campers. How many days does it last for 8 "
    "campers?",
    # a second job in the question
    "Three pumps fill a pool in 6 hours. How many hours would 3 pumps take to fill 2 pools?",
    # more workers join
    "Four people can paint a house in 6 hours. If 2 more people join them, how many hours "
    "will the job take?",
    # a trip not said to be the same
    "Kim drove at 50 miles per hour for 3 hours. How long would it take her at 60 miles per "
    "hour?",
    # nine point six workers: not a whole number
    "Eight workers take 6 days to build a wall. How many workers are needed to build it in "
    "5 days?",
    # a unit asked that is not the story's
    "A bus drove at 50 miles per hour for 6 hours. How many minutes would a car at 60 miles "
    "per hour take to drive the same distance?",
    "Kai cycled at 12 miles per hour for 3 hours. At what speed, in kilometers per hour, "
    "must Lu cycle to cover the same distance in 4 hours?",
    # a radius and a diameter are not one length
    "A wheel with a 2-foot radius makes 30 turns. How many turns does a wheel with a 3-foot "
    "diameter make to roll the same distance?",
    # walking to school is not shared out among walkers
    "Four students take 30 minutes to walk to school. How many minutes do 8 students take?",
    # the length of each piece is what stays the same: a direct proportion
    "A 20-foot board is cut into 12 pieces. How many pieces of the same length can be cut "
    "from a 15-foot board?",
]


@pytest.mark.parametrize(("problem", "answer"), [p for p in WORKERS + SPEEDS + MEASURES + TOLD
                                                 if p[1] is not None])
def test_inverse_rates_solved(problem: str, answer: str) -> None:
    assert_solved(problem, answer)


@pytest.mark.parametrize("problem", NEAR_MISSES)
def test_inverse_rates_near_misses_decline(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize("problem", [
    # another job in the question: the work is not the same
    "4 workers paint a shed in 9 hours. How long would 6 workers take to build it?",
    "Five pumps drained a pond in 8 hours. How long would 4 pumps take to fill it?",
])
def test_another_job_asked_declines(problem: str) -> None:
    assert solve_now(problem).answer is None


@pytest.mark.parametrize(("problem", "answer"), [
    # one job, said in two forms: 4 * 9 / 6; 5 * 8 / 2
    ("4 workers paint a shed in 9 hours. How long would 6 workers take to paint it?", "6"),
    ("5 men dug a ditch in 8 days. How many days would 2 men take to dig it?", "20"),
])
def test_one_job_in_two_forms_still_answered(problem: str, answer: str) -> None:
    assert_solved(problem, answer)
